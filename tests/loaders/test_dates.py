"""Dates are read at the precision the text gives them, against the article's publication date."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from cskg.loaders.articles import parse_article
from cskg.loaders.dates import PartialDate
from cskg.loaders.evaluate import fact_key
from cskg.loaders.extract import extract
from cskg.loaders.gazetteer import authorities
from cskg.loaders.mentions import date_mentions

# A Friday, so that "on Friday" is the publication day and "on Sunday" five days before.
FRIDAY = date(2023, 3, 3)


def _dates(text: str, published: date = FRIDAY) -> list[str]:
    return [str(m.value) for m in date_mentions(text, published) if m.kind == "DATE"]


@pytest.mark.parametrize("text, expected", [
    ("The visit took place last month.", ["2023-02"]),
    ("The trust launched earlier this year.", ["2023"]),
    ("The board met later this month.", ["2023-03"]),
    ("The council was warned last year.", ["2022"]),
    ("A new plan starts next month.", ["2023-04"]),
    ("The report was published today.", ["2023-03-03"]),
    ("The report was published yesterday.", ["2023-03-02"]),
    ("Inspectors returned this morning.", ["2023-03-03"]),
    ("The report came out on Sunday.", ["2023-02-26"]),
    ("The report came out on Friday.", ["2023-03-03"]),
    ("The report came out last Friday.", ["2023-02-24"]),
])
def test_relative_words_are_read_against_the_publication_date(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Inspectors visited in February.", ["2023-02"]),
    ("Inspectors visited in March.", ["2023-03"]),  # the publication month is this year's
    ("Inspectors visited in April.", ["2022-04"]),  # a month after the publication month was last year
    ("The board met in Sept.", ["2022-09"]),
    ("The board met last March.", ["2022-03"]),
    ("The trust opens next April.", ["2023-04"]),
    ("The trust opens next March.", ["2024-03"]),
    ("The visit was in October last year.", ["2022-10"]),
    ("The visit was in March of last year.", ["2022-03"]),
    ("The trust opens in June next year.", ["2024-06"]),
])
def test_a_month_without_a_year_is_the_nearest_one_the_text_allows(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The report was published on 28 June.", ["2022-06-28"]),
    ("The report was published on 3 March.", ["2023-03-03"]),
    ("The report was published on 1st February.", ["2023-02-01"]),
])
def test_a_day_and_month_take_the_year_of_the_latest_such_day(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The company took over on 1 October 2014.", ["2014-10-01"]),
    ("The company took over on October 1, 2014.", ["2014-10-01"]),
    ("The company took over on 1st October, 2014.", ["2014-10-01"]),
    ("The company took over in April 2017.", ["2017-04"]),
    ("The company took over in Sept 2019.", ["2019-09"]),
    ("The company took over in 2016.", ["2016"]),
    ("The council set its 2019/20 budget.", ["2019"]),
])
def test_dates_that_name_their_year_keep_their_own_precision(text, expected):
    assert _dates(text) == expected


def test_a_range_gives_each_month_its_year():
    assert _dates("A re-inspection ran during April and May.") == ["2022-04", "2022-05"]


@pytest.mark.parametrize("text, expected", [
    # launched in April 2022, so the shadow period began the September before that
    ("It ran in shadow form since September, prior to launching in April.", ["2021-09", "2022-04"]),
    ("It ran in shadow form since September, prior to launching in February.", ["2022-09", "2023-02"]),
    ("It ran in shadow form since September, before it launched in April.", ["2021-09", "2022-04"]),
])
def test_an_ordering_clue_puts_the_first_month_before_the_second(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "Services may improve next year, the council said.",
    "The trust may take over.",
    "The budget was £2019 in total.",
])
def test_words_that_only_look_like_dates_are_not_dates(text):
    assert all(not m.text.startswith("May") for m in date_mentions(text, FRIDAY))
    assert not any(str(m.value) == "2019" for m in date_mentions(text, FRIDAY))


def test_a_month_without_a_year_means_nothing_without_a_publication_date():
    assert date_mentions("Inspectors visited in April.", None) == []
    assert [str(m.value) for m in date_mentions("Inspectors visited in April 2017.", None)] == ["2017-04"]


@pytest.mark.parametrize("text, years", [
    ("It was rated good three years after.", 3),
    ("It was rated good two years ago.", 2),
    ("It was rated good 4 years later.", 4),
])
def test_a_span_of_years_is_a_duration_not_a_date(text, years):
    [mention] = date_mentions(text, FRIDAY)
    assert mention.kind == "DUR"
    assert mention.value.years == years


def _article(body: str, dateline: str = "Friday, March 3, 2023") -> list[tuple]:
    text = f"Children's services news\n\nA Reporter\n{dateline}\n\n{body}\n"
    return sorted((fact_key(f) for f in extract(parse_article(text, "dates.txt", "txt"))), key=repr)


def _gss(name: str) -> str:
    return authorities().lookup(name).gss_code


def test_three_years_after_dates_the_earlier_judgement_from_the_later_one():
    facts = _article("Kent County Council was rated good by Ofsted in January 2023, "
                     "three years after being rated inadequate.")
    kent = _gss("Kent")
    assert facts == [("judgements", (kent, "overall", "good", "2023-01", "inspection")),
                     ("judgements", (kent, "overall", "inadequate", "2020", "inspection"))]


def test_earlier_this_year_gives_a_fact_dated_to_the_year_only():
    facts = _article("Children's services in Kent were taken over by community interest company "
                     "Weald Futures for Children earlier this year.")
    assert facts == [("operators", (_gss("Kent"), "Weald Futures for Children", "2023", None,
                                    "community interest company"))]


@pytest.mark.parametrize("text, year, month, day, precision", [
    ("2019", 2019, None, None, "year"),
    ("2019-05", 2019, 5, None, "month"),
    ("2019-05-31", 2019, 5, 31, "day"),
])
def test_partial_date_parse_keeps_precision(text, year, month, day, precision):
    parsed = PartialDate.parse(text)
    assert (parsed.year, parsed.month, parsed.day, parsed.precision) == (year, month, day, precision)
    assert parsed.iso() == text
    assert str(parsed) == text


@pytest.mark.parametrize("text", ["2019-13", "2019-02-30", "May 2019", "19", "2019-5", ""])
def test_partial_date_parse_rejects_what_is_not_an_iso_date(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


@pytest.mark.parametrize("value, datatype", [
    (PartialDate(2019), XSD.gYear),
    (PartialDate(2019, 5), XSD.gYearMonth),
    (PartialDate(2019, 5, 31), XSD.date),
])
def test_literal_datatype_follows_precision(value, datatype):
    literal = value.literal()
    assert literal.datatype == datatype
    assert str(literal) == value.iso()
    assert PartialDate.from_literal(literal) == value


def test_from_literal_reads_a_typed_literal():
    assert PartialDate.from_literal(Literal("2014-10", datatype=XSD.gYearMonth)) == PartialDate(2014, 10)


@pytest.mark.parametrize("finer, coarser, expected", [
    (PartialDate(2017, 4), PartialDate(2017), True),
    (PartialDate(2017, 4, 1), PartialDate(2017, 4), True),
    (PartialDate(2017, 4, 1), PartialDate(2017), True),
    (PartialDate(2017), PartialDate(2017, 4), False),  # a year is not a finer reading of a month
    (PartialDate(2017, 4), PartialDate(2017, 4), False),  # the same date does not refine itself
    (PartialDate(2017, 5), PartialDate(2017, 4), False),
    (PartialDate(2018, 4), PartialDate(2017), False),
    (PartialDate(2017, 4, 2), PartialDate(2017, 4, 1), False),
])
def test_refines(finer, coarser, expected):
    assert finer.refines(coarser) is expected


def test_start_and_end_span_the_precision():
    assert (PartialDate(2020).start(), PartialDate(2020).end()) == (date(2020, 1, 1), date(2020, 12, 31))
    assert (PartialDate(2020, 2).start(), PartialDate(2020, 2).end()) == (date(2020, 2, 1), date(2020, 2, 29))
    assert PartialDate.of(date(2020, 2, 3)) == PartialDate(2020, 2, 3)


@pytest.mark.parametrize("text, expected", [
    # the second date says the first more precisely
    ("The visit took place last month, on 14 February.", ["2023-02-14", "2023-02-14"]),
    # "until" orders a bare month, not a weekday
    ("Services transferred on Saturday to the trust, which employs staff who until last week were council staff.",
     ["2023-02-25", "2023-02"]),
])
def test_dates_read_against_each_other(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("He stepped back last autumn.", date(2025, 3, 1), ["2024"]),
    ("He stepped back last autumn.", date(2024, 10, 1), ["2023"]),
    ("Ofsted reported six months ago.", date(2023, 3, 3), ["2022-09"]),
    ("Ten years ago this week, staff read the report.", date(2025, 3, 27), ["2015-03"]),
    # a day and month a few days after publication is the one to come
    ("The trust takes charge on 1 April.", date(2023, 3, 31), ["2023-04-01"]),
    ("The trust took charge on 1 April.", date(2023, 6, 30), ["2023-04-01"]),
])
def test_dates_said_against_the_publication_day(text, published, expected):
    assert _dates(text, published) == expected


def test_a_place_after_an_adjective_is_no_surname():
    from fact_helpers import facts
    assert facts("The Labour-run Sutton council was rated good by Ofsted in May 2022.") == [
        ("judgements", (authorities().lookup("Sutton").gss_code, "overall", "good", "2022-05", "inspection"))]


def test_a_sentence_opening_on_a_year_sets_the_year_of_its_bare_months():
    from fact_helpers import I, facts
    found = facts("Last year inspectors made two monitoring visits to Oldham: in March and in July.")
    assert I("Oldham", "monitoring visit", "2022-03") in found and I("Oldham", "monitoring visit", "2022-07") in found


def test_an_undated_article_that_says_last_autumn_is_read_without_that_date():
    article = parse_article("Kent news\n\nKent was judged inadequate last autumn. It was rated good in March 2021.\n",
                            "undated.txt", "txt")
    assert article.published is None
    assert [fact_key(fact) for fact in extract(article)] == [
        ("judgements", (authorities().lookup("Kent").gss_code, "overall", "good", "2021-03", "inspection"))]
