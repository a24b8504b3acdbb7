"""The loose rules of loaders/data/fallbacks.toml, and the readings across sentences that came with them:
each read where no strict rule knows the phrasing, none where a hedge stands in the clause."""
from __future__ import annotations

import pytest

from cskg.loaders.articles import parse_article
from cskg.loaders.evaluate import fact_key
from cskg.loaders.extract import extract
from fact_helpers import I, J, O, R, V, facts, gss, page_facts


@pytest.mark.parametrize("body, expected", [
    # a person and a post with plain words between
    ("Wessex Children's Trust has a new chair. Amira Khan has now spent six weeks as the trust's chair.",
     [R("Amira Khan", "chair", "Wessex Children's Trust")]),
    # a post, then the person
    ("Wessex Children's Trust runs services in Dorset. Its chief executive is now Tom Hale, who joined in 2021.",
     [R("Tom Hale", "chief executive", "Wessex Children's Trust")]),
    # "she" for the person named before
    ("Wessex Children's Trust has appointed Amira Khan. She has been the trust's chief executive since June.",
     [R("Amira Khan", "chief executive", "Wessex Children's Trust")]),
    # a council post belongs to the council the sentence names, not the one before
    ("Bury was rated good in 2022. Oldham has brought in Jo Pike on a six-month contract as interim director "
     "of children's services.",
     [J("Bury", "good", "2022"), R("Jo Pike", "interim director of children's services", "Oldham")]),
])
def test_loose_post_is_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body", [
    "Amira Khan is expected to become the trust's chair when Wessex Children's Trust launches.",
    "Amira Khan, a former assistant director of children's services in Dorset, spoke at the event.",
])
def test_no_post_from_a_plan_or_a_post_not_recorded(body):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == []


@pytest.mark.parametrize("body, expected", [
    # a rating verb, areas and plain words, then the grade
    ("In a report published in May 2015, Ofsted judged the royal borough's services for help and protection "
     "and care leavers to require improvement, like Sefton's.",
     [J("Sefton", "requires improvement", "2015-05", "help and protection"),
      J("Sefton", "requires improvement", "2015-05", "care leavers")]),
    # a council, a copula, a grade: "Islington was also outstanding overall"
    ("Islington was also outstanding overall in a report published in January 2023.",
     [J("Islington", "outstanding", "2023-01")]),
    # a grade the text describes rather than names
    ("Tameside was handed the bottom grade by Ofsted in February 2023.",
     [J("Tameside", "inadequate", "2023-02")]),
])
def test_loose_judgement_is_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body", [
    "The council wanted the company to reach a good rating at its next full inspection.",
    "Lancashire's children's services have shaken off their inadequate rating.",
    "Bromley's previous inspection stopped short of an inadequate verdict.",
])
def test_no_judgement_from_a_hope_a_past_grade_or_a_negation(body):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == []


def test_every_area_after_a_rule_that_stops_at_the_grade():
    body = ("The report, published on 12 July 2022, handed Halton Borough Council inadequate in every area it "
            "looked at: help and protection, children in care and leadership.")
    assert facts(body) == sorted([J("Halton", "inadequate", "2022-07-12", area) for area in
                                  ("overall", "help and protection", "children in care", "leadership")], key=repr)


def test_reports_dated_together_date_the_verdicts_before_them():
    body = ("Kingston kept its outstanding rating. Islington was also outstanding overall. "
            "Both reports appeared on 29 January, after short inspections.")
    assert facts(body) == sorted([J("Kingston upon Thames", "outstanding", "2023-01-29"),
                                  J("Islington", "outstanding", "2023-01-29")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Ofsted, the Care Quality Commission and the police inspectorate carried out a joint targeted area "
     "inspection in Harrow in the autumn of 2022.", [I("Harrow", "joint targeted area inspection", "2022")]),
    ("Solihull was rated inadequate in 2022. Ofsted made four monitoring visits; the first, in October 2022, "
     "found early signs of progress, while the last, in January 2023, found a service transformed.",
     [J("Solihull", "inadequate", "2022"), I("Solihull", "monitoring visit", "2022-10"),
      I("Solihull", "monitoring visit", "2023-01")]),
])
def test_loose_inspection_is_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_a_framework_is_no_inspection():
    body = "West Berkshire moved to good under the single inspection framework, which Ofsted introduced in 2013."
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == []


@pytest.mark.parametrize("body, expected", [
    ("Sandwell Children's Trust, which has looked after the borough's most vulnerable children since "
     "April 2018, is owned by Sandwell Council.",
     [O("Sandwell", "Sandwell Children's Trust", "2018-04", None, "trust")]),
    ("Wessex Children's Trust was established in April 2018, owned by Dorset Council but independent of it.",
     [O("Dorset", "Wessex Children's Trust", "2018-04", None, "trust")]),
    ("Children's social care across the Bradford district transferred on Saturday to Bradford Children and "
     "Families Trust.",
     [O("Bradford", "Bradford Children and Families Trust", "2023-02-25", None, "trust")]),
    ("On 1 April 2021 Northamptonshire Children's Trust becomes jointly owned by North Northamptonshire and "
     "West Northamptonshire.",
     [O("North Northamptonshire", "Northamptonshire Children's Trust", "2021-04-01", None, "trust"),
      O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04-01", None, "trust")]),
    ("The direction led in April 2017 to the transfer of Sunderland's children's services to Together for "
     "Children, a company owned by the council.",
     [O("Sunderland", "Together for Children", "2017-04", None, "company")]),
    # "the organisation" is the body the article names; "When" is not part of its name
    ("When Together for Children opened, it served Sunderland. The organisation took over the city's "
     "children's social care on 1 April 2017.",
     [O("Sunderland", "Together for Children", "2017-04-01", None, "company")]),
])
def test_loose_operator_is_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_a_strict_reading_of_a_body_outranks_its_founding():
    body = ("Wessex Children's Trust was established in January 2018. Wessex Children's Trust took over "
            "children's services in Dorset in April 2018.")
    assert facts(body) == [O("Dorset", "Wessex Children's Trust", "2018-04", None, "trust")]


def test_an_opening_clause_of_time_dates_the_clause_after_it():
    body = ("When Northamptonshire County Council was abolished in April 2021, Northamptonshire Children's "
            "Trust began delivering services for West Northamptonshire.")
    assert O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust") in facts(body)


TIMELINE = ("Here is how Torbay got there.\n\n"
            "January 2016. Ofsted publishes its report. The council is judged inadequate overall.\n\n"
            "Spring 2016. The Department for Education issues the council with a statutory direction.\n\n"
            "June to July 2018. Ofsted re-inspects. The report, published in August, rates Torbay "
            "inadequate again.\n\n"
            "November 2019. The first monitoring visit finds some progress.\n\n"
            "21 March 2022. Inspectors arrive for a full inspection under the ILACS framework.")


def test_a_timeline_heading_dates_its_entry():
    assert facts(TIMELINE) == sorted([
        J("Torbay", "inadequate", "2016-01"), V("Torbay", "statutory direction", "2016"),
        I("Torbay", "re-inspection", "2018-06"), J("Torbay", "inadequate", "2018-08", kind="re-inspection"),
        I("Torbay", "monitoring visit", "2019-11"),
        I("Torbay", "inspection", "2022-03-21")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Wessex Children's Trust has a new boss. Owen Talbot, the director of operations, has been acting up as "
     "chief executive since June.", [R("Owen Talbot", "interim chief executive", "Wessex Children's Trust")]),
    ("Wessex Children's Trust runs services in Dorset. Its board, chaired since 2019 by former headteacher "
     "Tom Usher, met on Monday.", [R("Tom Usher", "chair", "Wessex Children's Trust")]),
    ("Dorset Council has a new director. Helen Marsh moved across with the staff and took up the post of the "
     "council's director of children's services on 2 January.",
     [R("Helen Marsh", "director of children's services", "Dorset")]),
    ("Together for Children runs services in Sunderland. Jo Pryor, who took over from the company's founding "
     "chief executive in 2019, also holds the council's statutory post of director of children's services.",
     [R("Jo Pryor", "chief executive", "Together for Children"),
      R("Jo Pryor", "director of children's services", "Sunderland")]),
    # a council's post goes to the council the article's one body serves, never to the body
    ("Sandwell Children's Trust took over services in Sandwell in April 2018. Marcia Lindo remains the "
     "council's director of children's services and will oversee the contract.",
     [O("Sandwell", "Sandwell Children's Trust", "2018-04", None, "trust"),
      R("Marcia Lindo", "director of children's services", "Sandwell")]),
])
def test_more_loose_posts_are_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("In January 2022 the education secretary directed that the council's children's social care functions in "
     "Bradford be delivered by a trust.", [V("Bradford", "trust ordered", "2022-01")]),
    ("Graham Tully, the commissioner whom the Department for Education had appointed to Bradford in "
     "September 2021, recommended a trust.",
     [R("Graham Tully", "commissioner", "Bradford"), V("Bradford", "commissioner appointed", "2021-09")]),
    ("Liverpool has been under a statutory direction since July 2023.",
     [V("Liverpool", "statutory direction", "2023-07")]),
    ("Harrow was rated inadequate in March 2023. The department issued the borough with an improvement notice "
     "in May 2023.", [J("Harrow", "inadequate", "2023-03"), V("Harrow", "improvement notice", "2023-05")]),
])
def test_loose_intervention_is_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_a_body_an_apposition_introduces_is_found():
    body = ("Family Futures North Somerset, set up as a staff mutual in April 2019 to deliver the council's family "
            "support services, closes today. The mutual took over those services from North Somerset in April 2019.")
    assert O("North Somerset", "Family Futures North Somerset", "2019-04", None, "mutual") in facts(body)


def test_a_body_s_name_gives_its_council():
    body = ("Birmingham's trust is the largest, and Bradford Children and Families Trust, which went live in "
            "April 2023, is the newest.")
    assert O("Bradford", "Bradford Children and Families Trust", "2023-04", None, "trust") in facts(body)


def test_a_verdict_takes_the_report_nearest_to_it():
    body = ("The report, published on 14 October 2025, rates Warwickshire's services as requiring improvement, "
            "having been judged good at the previous inspection, whose findings were released in February 2022.")
    assert facts(body) == sorted([J("Warwickshire", "requires improvement", "2025-10-14"),
                                  J("Warwickshire", "good", "2022-02")], key=repr)


def test_the_same_grade_for_more_areas():
    body = ("In a report published on 25 May 2023, Ofsted judged the city council's services in Liverpool "
            "inadequate overall and gave the same grade for help and protection and for leadership.")
    assert facts(body) == sorted([J("Liverpool", "inadequate", "2023-05-25", area)
                                  for area in ("overall", "help and protection", "leadership")], key=repr)


def test_a_weekday_keeps_its_day_before_until():
    body = ("Children's social care in Bradford transferred on Saturday to Bradford Children and Families Trust, "
            "which employs the staff who until last week were on the council's payroll.")
    assert facts(body) == [O("Bradford", "Bradford Children and Families Trust", "2023-02-25", None, "trust")]


def test_the_trust_is_the_one_named_last():
    body = ("Sandwell Children's Trust took over services in Sandwell in April 2018. Northamptonshire Children's "
            "Trust began operating in November 2020. Following reorganisation in April 2021, the trust has been "
            "owned by and has served both North Northamptonshire and West Northamptonshire.")
    found = facts(body)
    assert O("North Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust") in found
    assert O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust") in found


def test_an_order_dated_before_that_is_no_take_over():
    body = ("The education secretary ordered in January 2022 that the service in Bradford be transferred to "
            "Bradford Children and Families Trust.")
    assert [fact for fact in facts(body) if fact[0] == "operators"] == []


def test_a_visit_in_the_first_week_of_a_month():
    body = "Inspectors who visited Trafford in the first week of March 2019 rated the council inadequate."
    assert I("Trafford", "inspection", "2019-03") in facts(body)


@pytest.mark.parametrize("body, expected", [
    ("Swindon was rated inadequate overall in September 2023, with inadequate grades also given for help and "
     "protection and for leadership.",
     [J("Swindon", "inadequate", "2023-09", area) for area in ("overall", "help and protection", "leadership")]),
    ("Leeds had good news. In a report published in May 2024, help and protection, children in care and "
     "leadership were all good.",
     [J("Leeds", "good", "2024-05", area) for area in ("help and protection", "children in care", "leadership")]),
    ("Leeds had mixed news. Three of the four areas inspectors examined, help and protection, the experiences of "
     "children in care, and "
     "leadership, were judged to require improvement in a report published in October 2025.",
     [J("Leeds", "requires improvement", "2025-10", area)
      for area in ("help and protection", "children in care", "leadership")]),
])
def test_areas_said_around_a_grade(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_the_same_day_of_a_report_is_the_report_s_day():
    body = ("Bury was rated good. Both reports appeared on 29 January, after inspections that began on 2 December. "
            "Oldham's report was published the same day and rated the council good.")
    assert J("Oldham", "good", "2023-01-29") in facts(body)


# ------------------------------------------------------------------ hand-backs, renamings, sections
@pytest.mark.parametrize("body, expected", [
    # a loose hand-back dated after it; the body that ran the services stops then
    ("Worcestershire Children First has run the county's children's services since 1 October 2019. "
     "Worcestershire County Council took back direct control of its social care and education services "
     "for children on 1 October 2024.",
     [O("Worcestershire", "Worcestershire Children First", "2019-10-01", "2024-10-01", "company"),
      O("Worcestershire", "Worcestershire", "2024-10-01", None, "council")]),
    # a sentence that opens on a date dates its main clause, not the relative clause after it
    ("From today, Wednesday 1 October 2025, children's social care in Reading is once again delivered "
     "directly by Reading Borough Council, bringing to an end the years in which it was run by Brighter "
     "Futures for Children, which began operating in December 2018.",
     [O("Reading", "Brighter Futures for Children", "2018-12", "2025-10-01", "company"),
      O("Reading", "Reading", "2025-10-01", None, "council")]),
    # "previously delivered by X, which had delivered them since ...": since then
    ("On 1 October 2024, services previously delivered by Worcestershire Children First, which had "
     "delivered them since October 2019, returned to the direct control of the council.",
     [O("Worcestershire", "Worcestershire Children First", "2019-10", "2024-10-01", "company"),
      O("Worcestershire", "Worcestershire", "2024-10-01", None, "council")]),
    ("Lindqvist inherits a service that has been back under direct council control since September 2022, "
     "when Doncaster Children's Services Trust handed it back after running it from October 2014.",
     [O("Doncaster", "Doncaster Children's Services Trust", "2014-10", "2022-09", "trust"),
      O("Doncaster", "Doncaster", "2022-09", None, "council")]),
    ("Family Futures North Somerset, set up as a public service mutual in April 2019 to deliver the "
     "council's early help, transferred its 180 staff to North Somerset Council on New Year's Day.",
     [O("North Somerset", "Family Futures North Somerset", "2019-04", "2023-01-01", "mutual"),
      O("North Somerset", "North Somerset", "2023-01-01", None, "council")]),
])
def test_a_hand_back_is_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body", [
    "Sector observers suggest Reading could take back direct control of its social care services next year.",
    "Worcestershire County Council is considering whether to take back control of its children's services.",
])
def test_no_hand_back_from_a_plan(body):
    assert [fact for fact in facts(body) if fact[0] == "operators" and fact[1][4] == "council"] == []


@pytest.mark.parametrize("body, expected", [
    ("The independent Slough Children's Services Trust, imposed on the borough by ministers, took over in "
     "October 2015; in April 2021 the same organisation passed into council ownership and was renamed "
     "Slough Children First.",
     [O("Slough", "Slough Children's Services Trust", "2015-10", "2021-04", "trust"),
      O("Slough", "Slough Children First", "2021-04", None, "company")]),
    # "the council-owned company" is not the trust the sentence goes on to name
    ("Baroness Tilbury is the new chair of Slough Children First. The council-owned company took over "
     "children's services in Slough in April 2021 from Slough Children's Services Trust, which had run "
     "them since October 2015.",
     [R("Baroness Tilbury", "chair", "Slough Children First"),
      O("Slough", "Slough Children First", "2021-04", None, "company"),
      O("Slough", "Slough Children's Services Trust", "2015-10", "2021-04", "trust")]),
])
def test_a_successor_takes_over_from_its_predecessor(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Northamptonshire Children's Trust began running children's social care for the old county council in "
     "November 2020, and when the county was abolished in April 2021 it began working for both North "
     "Northamptonshire and West Northamptonshire councils.",
     [O("Northamptonshire", "Northamptonshire Children's Trust", "2020-11", "2021-04", "trust"),
      O("North Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust"),
      O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust")]),
    ("Northamptonshire Children's Trust has, since April 2021, delivered services on behalf of both North "
     "Northamptonshire and West Northamptonshire councils.",
     [O("North Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust"),
      O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust")]),
    # a body's own news page, and "the company" that is a community interest company
    ("This year we marked a decade since Achieving for Children was created by the Royal Borough of Kingston "
     "upon Thames and the London Borough of Richmond upon Thames, which transferred their children's "
     "services to us on 1 April 2014 as a community interest company owned by the two councils. The Royal "
     "Borough of Windsor and Maidenhead joined them in August 2017, when we began delivering its children's "
     "services as well, and the three boroughs now own the company.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04-01", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04-01", None, "community interest company"),
      O("Windsor and Maidenhead", "Achieving for Children", "2017-08", None, "community interest company")]),
    # "the Royal Borough" is a council, not a person
    ("Windsor and Maidenhead was rated good in 2023. Achieving for Children, the community interest company "
     "that Kingston and Richmond upon Thames set up in April 2014, has also run children's services in the "
     "Royal Borough since August 2017.",
     [J("Windsor and Maidenhead", "good", "2023"),
      O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Windsor and Maidenhead", "Achieving for Children", "2017-08", None, "community interest company")]),
])
def test_a_body_serving_several_councils(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_a_section_heading_names_the_council_of_its_paragraph():
    text = ("# Weekly digest\n\nAuthor: A Reporter\nDate: 2024-10-04\n\nOur round-up of the week.\n\n"
            "**Sunderland: a new chair**\n\nTogether for Children named a new chair this week.\n\n"
            "**Windsor and Maidenhead: inspection on the horizon**\n\n"
            "Achieving for Children, which has run the royal borough's children's services since August 2017, "
            "expects a short inspection within weeks.\n")
    article = parse_article(text, "digest.md", "md")
    assert article.sections == {1: "Sunderland: a new chair", 2: "Windsor and Maidenhead: inspection on the horizon"}
    found = sorted(fact_key(fact) for fact in extract(article))
    assert found == [O("Windsor and Maidenhead", "Achieving for Children", "2017-08", None, "community interest company")]


# ------------------------------------------------------------------ verdicts in round-ups
AREAS4 = ("leadership", "help and protection", "children in care", "care leavers")


@pytest.mark.parametrize("body, expected", [
    # the apposition is another rule's verdict; the rest is this one, dated by the report after it
    ("Leicester, rated good in 2021, now requires improvement to be good overall and in every area: leadership, "
     "help and protection, children in care and care leavers. Its report was also published on 29 January.",
     [J("Leicester", "good", "2021")] + [J("Leicester", "requires improvement", "2023-01-29", area)
                                         for area in ("overall",) + AREAS4]),
    ("Gateshead's report was published on 29 January and confirmed the council as good.",
     [J("Gateshead", "good", "2023-01-29")]),
    ("Ofsted's report, published on 20 January, rated the Merseyside council inadequate overall and for "
     "leadership, help and protection and care leavers. Knowsley has a new director.",
     [J("Knowsley", "inadequate", "2023-01-20", area)
      for area in ("overall", "leadership", "help and protection", "care leavers")]),
    ("Leicestershire was inspected in the spring. Inspectors awarded outstanding grades for the impact of "
     "leaders, for children in care and for care leavers in a report published on 12 July 2022.",
     [J("Leicestershire", "outstanding", "2022-07-12", area) for area in ("leadership", "children in care",
                                                                           "care leavers")]),
    # a sentence that opens on the day the news came dates it
    ("Last Friday (24 February) brought the news Leicestershire County Council had been waiting for: Ofsted "
     "has judged its children's services outstanding overall.",
     [J("Leicestershire", "outstanding", "2023-02-24")]),
    # "the same day" is the last verdict's day, not a year said since; the report of an earlier verdict
    # in an apposition is not this one's
    ("Last Friday (24 February) brought the news Leicestershire County Council had been waiting for: Ofsted "
     "has judged its children's services outstanding overall. The county was graded good in 2019. The same "
     "day, neighbouring Rutland received its own report. England's smallest county, found to require "
     "improvement in a report published in April 2020, is now rated good overall.",
     [J("Leicestershire", "outstanding", "2023-02-24"), J("Leicestershire", "good", "2019"),
      J("Rutland", "requires improvement", "2020-04"), J("Rutland", "good", "2023-02-24")]),
    ("Bradford's services remain rated inadequate, the verdict Ofsted reached again in its report of "
     "January 2023.",
     [J("Bradford", "inadequate", "2023-01")]),
])
def test_verdicts_of_a_round_up(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_inspectors_in_the_borough_for_weeks_from_a_day():
    body = "Knowsley was rated inadequate in January. Inspectors had been in the borough for three weeks from 18 November."
    assert I("Knowsley", "inspection", "2022-11-18") in facts(body)


@pytest.mark.parametrize("body, expected", [
    # the opening clause describes the council; the councils named in the relative clause are not it
    ("Kingston upon Thames. Services in the borough, which are delivered by Achieving for Children, the "
     "company that Kingston and Richmond upon Thames set up in April 2014, were rated outstanding in a report "
     "published on 25 January. The borough earned the top grade overall and for each of the four areas "
     "inspectors now judge: the impact of leaders, help and protection, children in care and care leavers.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company")]
     + [J("Kingston upon Thames", "outstanding", "2023-01-25", area) for area in ("overall",) + AREAS4]),
    # "inspected", with a verdict, is no visit the article mentioned before
    ("Ofsted published one focused visit letter this month. Kingston was last inspected in 2019 and was judged "
     "outstanding then too, although children in care were rated good on that occasion.",
     [I("Kingston upon Thames", "inspection", "2019"), J("Kingston upon Thames", "outstanding", "2019"),
      J("Kingston upon Thames", "good", "2019", "children in care")]),
    # "the new unitary" is the council the paragraph heading named, not the one it replaced; the areas the
    # next sentence breaks down are the report's
    ("Cumberland. The new unitary, created in April 2023 when Cumbria County Council was abolished, was "
     "inspected for the first time from 7 October, and was rated good in a report released on 26 November. "
     "Help and protection was the one area found to require improvement.",
     [I("Cumberland", "inspection", "2022-10-07"), J("Cumberland", "good", "2022-11-26"),
      J("Cumberland", "requires improvement", "2022-11-26", "help and protection")]),
])
def test_the_council_a_round_up_describes(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    # a hand-back without its own date happens on the day of the story
    ("Worcestershire County Council today welcomed around 1,400 colleagues back into the organisation as "
     "children's social care, delivered for the last five years by Worcestershire Children First, returned "
     "to direct council management. Worcestershire Children First began operating on 1 October 2019.",
     [O("Worcestershire", "Worcestershire Children First", "2019-10-01", "2023-03-03", "company"),
      O("Worcestershire", "Worcestershire", "2023-03-03", None, "council")]),
    # renamed: "has become", after an apposition that dates the old name; the day the sentence before opens on
    ("From today, the organisation that protects vulnerable children in Slough belongs to the borough council "
     "outright. Slough Children's Services Trust, set up as an independent not-for-profit company in October "
     "2015, has become Slough Children First, a company wholly owned by Slough Borough Council.",
     [O("Slough", "Slough Children's Services Trust", "2015-10", "2023-03-03", "trust"),
      O("Slough", "Slough Children First", "2023-03-03", None, "company")]),
    # wound up, after an apposition of two parts
    ("Doncaster Children's Services Trust, the first trust of them all, set up in 2014, was wound up last "
     "September when the council took the service back.",
     [O("Doncaster", "Doncaster Children's Services Trust", "2014", "2022-09", "trust"),
      O("Doncaster", "Doncaster", "2022-09", None, "council")]),
    # an order that services "be taken out of its hands and run by" a trust is no take-over
    ("Ministers ordered in October 2014 that Slough's children's social care be taken out of its hands and "
     "run by an independent trust.",
     [V("Slough", "trust ordered", "2014-10")]),
    ("Children's social care in Reading has come back under the direct control of the borough council. From "
     "today, its staff are council employees again.",
     [O("Reading", "Reading", "2023-03-03", None, "council")]),
])
def test_more_hand_backs_and_renamings(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Jo Pettigrew, who was Brighter Futures for Children's chief executive and is now the council's "
     "director of children's services in Reading, said families would notice no difference.",
     [R("Jo Pettigrew", "chief executive", "Brighter Futures for Children"),
      R("Jo Pettigrew", "director of children's services", "Reading")]),
    ("Worcestershire County Council has taken its services back. Sarah Whitcombe, who has been Worcestershire "
     "Children First's chief executive, now becomes the county council's director of children's services.",
     [R("Sarah Whitcombe", "chief executive", "Worcestershire Children First"),
      R("Sarah Whitcombe", "director of children's services", "Worcestershire")]),
    ("Achieving for Children marked its tenth year. Dennis Okoro, who chairs our board, thanked foster carers.",
     [R("Dennis Okoro", "chair", "Achieving for Children")]),
    # "Jan" before a surname is a first name, not January
    ("Bradford Children and Families Trust launched today. The trust's chair, Jan Whitworth, said children "
     "had been let down.",
     [R("Jan Whitworth", "chair", "Bradford Children and Families Trust")]),
])
def test_posts_said_in_passing(body, expected):
    assert [f for f in facts(body) if f[0] == "roles"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Two inspectors spent 31 July and 1 August on a monitoring visit to Nottingham's front door.",
     [I("Nottingham", "monitoring visit", "2022-07-31")]),
    # a re-inspection named years before is not the inspection inspectors come back for
    ("A re-inspection report issued in January 2018 rated Doncaster good overall. In 2019 the council became "
     "the trust's sole member. Inspectors spent a fortnight in the borough in February 2022.",
     [J("Doncaster", "good", "2018-01", kind="re-inspection"), I("Doncaster", "inspection", "2022-02")]),
    ("We are delighted that Ofsted has judged children's services in Windsor and Maidenhead to be good, in a "
     "report published on 24 February. Inspectors spent two weeks with our social workers and managers in "
     "January. They rated help and protection as good, and found the impact of leaders on practice to be good.",
     [J("Windsor and Maidenhead", "good", "2023-02-24"), I("Windsor and Maidenhead", "inspection", "2023-01"),
      J("Windsor and Maidenhead", "good", "2023-02-24", "help and protection"),
      J("Windsor and Maidenhead", "good", "2023-02-24", "leadership")]),
    ("Achieving for Children now serves three boroughs. This follows Ofsted's decision in December to rate our "
     "services in Kingston outstanding.",
     [J("Kingston upon Thames", "outstanding", "2022-12")]),
])
def test_visits_and_verdicts_said_loosely(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_a_headline_that_names_a_visit_gives_the_kind_of_an_unnamed_one():
    text = ("Monitoring visits: four councils under Ofsted's microscope\n\nA Reporter\nFriday, March 3, 2023\n\n"
            "Herefordshire was judged inadequate in 2018, a verdict still in force since its last inspection. In "
            "Herefordshire, inspectors spent October 22-23 reviewing the council's work with adolescents.\n")
    found = sorted(fact_key(fact) for fact in extract(parse_article(text, "visits.txt", "txt")))
    assert I("Herefordshire", "monitoring visit", "2022-10-22") in found


@pytest.mark.parametrize("body, expected", [
    ("In 2013 the then education secretary used his intervention powers to order that Doncaster's children's "
     "services be run by a trust.",
     [V("Doncaster", "trust ordered", "2013")]),
    ("In June 2022 the Department for Education issued a statutory direction to Sefton, which also appointed a "
     "commissioner to oversee its improvement.",
     [V("Sefton", "statutory direction", "2022-06"), V("Sefton", "commissioner appointed", "2022-06")]),
])
def test_interventions_said_in_passing(body, expected):
    assert [f for f in facts(body) if f[0] == "interventions"] == sorted(expected, key=repr)


def test_a_body_s_own_page_says_who_created_it():
    body = ("Achieving for Children is a community interest company. We were created by Kingston and Richmond in "
            "April 2014, and we began delivering children's services for Windsor and Maidenhead on 1 August 2017.")
    assert facts(body) == sorted([
        O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
        O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
        O("Windsor and Maidenhead", "Achieving for Children", "2017-08-01", None, "community interest company")],
        key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Wolverhampton's children's services were last inspected in full in the spring of 2022, when they were "
     "rated good overall and the impact of leaders was judged outstanding.",
     [I("Wolverhampton", "inspection", "2022"), J("Wolverhampton", "good", "2022"),
      J("Wolverhampton", "outstanding", "2022", "leadership")]),
    ("Worcestershire was given a statutory direction. The direction followed an Ofsted report, published in "
     "January 2017, which found the county's children's services inadequate, including for help and "
     "protection and for care leavers.",
     [J("Worcestershire", "inadequate", "2017-01", area) for area in ("overall", "help and protection",
                                                                      "care leavers")]),
    ("Inspectors upgraded Reading to \"requires improvement\" in October 2019, and the same overall grade was "
     "repeated in a report published in July 2022.",
     [J("Reading", "requires improvement", "2019-10"), J("Reading", "requires improvement", "2022-07")]),
])
def test_grades_and_areas_said_around_a_verdict(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Torbay was judged inadequate in 2021. The department issued the council with an improvement notice on 14 "
     "March 2022, and an improvement adviser has been working with the council since February.",
     [V("Torbay", "improvement notice", "2022-03-14"), V("Torbay", "improvement adviser appointed", "2023-02")]),
    ("Ofsted rated Reading's children's services inadequate in the summer of 2016. A commissioner appointed by "
     "the Department for Education the following year recommended that the service should be run outside "
     "the council.",
     [V("Reading", "commissioner appointed", "2017")]),
])
def test_more_interventions_said_in_passing(body, expected):
    assert [f for f in facts(body) if f[0] == "interventions"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    # a round-up's day opens it; every verdict after takes it
    ("Friday brought one of the busiest days of the year for inspection reports. Halton was given the lowest "
     "grade in every category: overall effectiveness, leadership, help and protection, children in care and "
     "care leavers. Oldham was rated good overall and in all four of its sub-judgements. Leicestershire, rated "
     "requires improvement in 2019, was judged outstanding overall. Inspectors also gave top marks to "
     "leadership and to services for care leavers.",
     [J("Halton", "inadequate", "2023-03-03", area) for area in ("overall",) + AREAS4]
     + [J("Oldham", "good", "2023-03-03", area) for area in ("overall",) + AREAS4]
     + [J("Leicestershire", "requires improvement", "2019"), J("Leicestershire", "outstanding", "2023-03-03"),
        J("Leicestershire", "outstanding", "2023-03-03", "leadership"),
        J("Leicestershire", "outstanding", "2023-03-03", "care leavers")]),
    ("Children's services at Swindon Borough Council have been judged 'inadequate' by Ofsted. The inspectorate's "
     "report, made public yesterday, gives the council the bottom grade overall. Three of the four areas "
     "examined were also rated inadequate: the impact of leaders on social work practice, the experiences of "
     "children who need help and protection, and the experiences of children in care. The fourth, covering "
     "young people leaving care, was said to require improvement. A team of inspectors spent a fortnight in "
     "the town, between 17 and 28 January, reading case files.",
     [J("Swindon", "inadequate", "2023-03-02", area) for area in ("overall", "leadership", "help and protection",
                                                                  "children in care")]
     + [J("Swindon", "requires improvement", "2023-03-02", "care leavers"), I("Swindon", "inspection", "2023-01-17")]),
    ("Children's services in Middlesbrough are no longer rated inadequate, according to an Ofsted report "
     "published today. The watchdog said the department \"requires improvement to be good\". That verdict "
     "applies to its overall effectiveness and also to each of the four areas it scored separately: leadership, "
     "help and protection, children in care, and care leavers. Inspectors were in the town between 13 and 24 "
     "January.",
     [J("Middlesbrough", "requires improvement", "2023-03-03", area) for area in ("overall",) + AREAS4]
     + [I("Middlesbrough", "inspection", "2023-01-13")]),
])
def test_verdicts_said_the_ways_reports_are_summed_up(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_a_commissioner_put_in():
    body = ("Middlesbrough was rated inadequate in January 2020. Later that year the Department for Education "
            "issued a statutory direction and put a children's services commissioner in to oversee improvement.")
    assert [f for f in facts(body) if f[0] == "interventions"] == sorted(
        [V("Middlesbrough", "statutory direction", "2020"), V("Middlesbrough", "commissioner appointed", "2020")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Two trusts launched this month, Birmingham Children's Trust and Sandwell Children's Trust. In Sandwell, the "
     "new organisation is chaired by Malcolm Ellery, and its chief executive is Ruth Okafor. Simon Harcourt, the "
     "Birmingham trust's chief executive, said the aim was a good service.",
     [R("Malcolm Ellery", "chair", "Sandwell Children's Trust"), R("Ruth Okafor", "chief executive", "Sandwell Children's Trust"),
      R("Simon Harcourt", "chief executive", "Birmingham Children's Trust")]),
    ("Bradford Children and Families Trust assumed responsibility for services on 1 April 2023. The trust "
     "board is chaired by Colin Hartwell.",
     [R("Colin Hartwell", "chair", "Bradford Children and Families Trust")]),
])
def test_whose_post_when_several_bodies_are_named(body, expected):
    assert [f for f in facts(body) if f[0] == "roles"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Last Wednesday, with almost no fanfare, Reading's children's services went back in-house. Brighter Futures "
     "for Children, the council-owned company that had run them since December 2018, keeps its name as a brand.",
     [O("Reading", "Brighter Futures for Children", "2018-12", "2023-03-01", "company"),
      O("Reading", "Reading", "2023-03-01", None, "council")]),
    ("Worcestershire Children First, set up in 2019, was folded back into the county council last October.",
     [O("Worcestershire", "Worcestershire Children First", "2019", "2022-10", "company"),
      O("Worcestershire", "Worcestershire", "2022-10", None, "council")]),
    ("Doncaster Children's Services Trust opened its doors in October 2014. And Doncaster, which is where all "
     "this started, got its services back in September 2022.",
     [O("Doncaster", "Doncaster Children's Services Trust", "2014-10", "2022-09", "trust"),
      O("Doncaster", "Doncaster", "2022-09", None, "council")]),
])
def test_hand_backs_a_blogger_writes(body, expected):
    assert [f for f in facts(body) if f[0] == "operators"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Michael Gove stripped the council of its children's services in Doncaster in 2013.",
     [V("Doncaster", "services removed from council", "2013")]),
    ("Acting on the commissioner's recommendation, the Department for Education directed Bradford in January "
     "2022 to transfer its children's social care functions to a new trust.",
     [V("Bradford", "trust ordered", "2022-01")]),
])
def test_interventions_said_actively(body, expected):
    assert [f for f in facts(body) if f[0] == "interventions"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Ofsted inspected children's services in Bradford between 21 November and 2 December 2022.",
     [I("Bradford", "inspection", "2022-11-21")]),
    ("Separately, a joint targeted area inspection of the multi-agency response to children at risk from serious "
     "youth violence was carried out in Bradford in the week beginning 11 March 2022.",
     [I("Bradford", "joint targeted area inspection", "2022-03-11")]),
    ("Ofsted's report on Halton was published in July 2022. The local authority was judged inadequate for "
     "overall effectiveness and in each of the four underlying judgements: the impact of leaders on social work practice; the experiences and "
     "progress of children who need help and protection; the experiences and progress of children in care; and "
     "the experiences and progress of care leavers.",
     [J("Halton", "inadequate", "2022-07", area) for area in ("overall",) + AREAS4]),
    ("Doncaster, run by the council once more, was rated good in March, with only its care leavers' service "
     "still requiring improvement.",
     [J("Doncaster", "good", "2023-03"), J("Doncaster", "requires improvement", "2023-03", "care leavers")]),
])
def test_more_visits_and_area_lists(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Bradford Children and Families Trust has run services in Bradford since 1 April 2023, after the government ordered "
     "the council to hand services to a trust in January 2022.",
     [V("Bradford", "trust ordered", "2022-01")]),
    ("The department decided in January 2022, following the advice of a children's services commissioner, that "
     "Bradford's children's social care should be delivered by a trust.",
     [V("Bradford", "trust ordered", "2022-01")]),
    ("Sandwell Children's Trust was set up after the government, in October 2016, directed Sandwell Council to "
     "transfer the service to an independent organisation.",
     [V("Sandwell", "trust ordered", "2016-10")]),
    ("The trust was created following a direction from the Secretary of State for Education in Sandwell in "
     "October 2016, which required the council to move its children's social care into a separate organisation.",
     [V("Sandwell", "trust ordered", "2016-10")]),
    ("Start with Doncaster. In 2013, after years of damning reports, the then education secretary directed that "
     "an independent trust should take over the borough's children's social care.",
     [V("Doncaster", "trust ordered", "2013")]),
])
def test_an_order_to_take_services_out_of_the_council(body, expected):
    assert [f for f in facts(body) if f[0] == "interventions"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body", [
    "Staff who moved across were told, more or less, that the council had been the problem and the trust was the "
    "answer in Doncaster.",
    "My plea to ministers is simple: think twice before ordering another trust in Doncaster.",
    "If terms cannot be agreed, the secretary of state could in principle direct Bradford to hand services to a trust.",
])
def test_no_order_from_talk_of_trusts(body):
    assert [f for f in facts(body) if f[0] == "interventions"] == []


def test_a_list_of_grades_under_a_report():
    text = ("# Round-up\n\nAuthor: A Reporter\nDate: 2024-05-20\n\nOfsted published its report on Stockport on 14 "
            "May. The grades were:\n\n- Overall effectiveness: requires improvement to be good\n- Impact of leaders: "
            "good\n- Help and protection – requires improvement\n- Care leavers (good)\n\n**Dorset**\n\nJudged good "
            "overall in a report out on 10 May.\n\nWigan: inadequate overall, with leadership also inadequate; report "
            "published 3 May.\n")
    found = sorted(fact_key(fact) for fact in extract(parse_article(text, "roundup.md", "md")))
    assert found == sorted([
        J("Stockport", "requires improvement", "2024-05-14"), J("Stockport", "good", "2024-05-14", "leadership"),
        J("Stockport", "requires improvement", "2024-05-14", "help and protection"),
        J("Stockport", "good", "2024-05-14", "care leavers"), J("Dorset", "good", "2024-05-10"),
        J("Wigan", "inadequate", "2024-05-03"), J("Wigan", "inadequate", "2024-05-03", "leadership")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Reading's services return to the council today. Lucy Dearden, Brighter Futures for Children's chief "
     "executive, becomes the council's director of children's services as part of the transfer.",
     [R("Lucy Dearden", "chief executive", "Brighter Futures for Children"),
      R("Lucy Dearden", "director of children's services", "Reading")]),
    ("Hilary Okafor, Herefordshire's corporate director for children and young people and its statutory "
     "director of children's services, said the letter reflected hard work.",
     [R("Hilary Okafor", "director of children's services", "Herefordshire")]),
    ("Hayley Brennan, who became Together for Children's chief executive in 2021 and also holds the statutory "
     "role of director of children's services for Sunderland, said the result belonged to staff.",
     [R("Hayley Brennan", "chief executive", "Together for Children"),
      R("Hayley Brennan", "director of children's services", "Sunderland")]),
    ("Herefordshire remains under a direction. That commissioner, Gillian Norris, meets the council's team "
     "every month.",
     [R("Gillian Norris", "commissioner", "Herefordshire")]),
    ("Bradford was judged inadequate. A commissioner, Martin Hollis, was appointed in 2021 to review the service.",
     [R("Martin Hollis", "commissioner", "Bradford")]),
    ("Sandwell Children's Trust has a new chair. Priya Mander, a former NHS non-executive director, took up the "
     "post on 1 January, succeeding the trust's founding chair, who stepped down in the autumn.",
     [R("Priya Mander", "chair", "Sandwell Children's Trust")]),
    ("Slough Children First has a new chair. Northamptonshire Children's Trust has named Owen Prideaux as its "
     "chief executive. Its chair, Rosalind Achebe, said the board had been unanimous.",
     [R("Owen Prideaux", "chief executive", "Northamptonshire Children's Trust"),
      R("Rosalind Achebe", "chair", "Northamptonshire Children's Trust")]),
])
def test_posts_a_sentence_gives_second(body, expected):
    assert [f for f in facts(body) if f[0] == "roles"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("A monitoring letter released on 12 July describes a visit to Bradford on 22 and 23 May.",
     [I("Bradford", "monitoring visit", "2022-05-22")]),
    ("Devon was inspected this autumn. Inspectors were in County Hall and in local teams from 30 September to 11 "
     "October.",
     [I("Devon", "inspection", "2022-09-30")]),
    ("Harrow was inspected under the ILACS framework, with fieldwork beginning on 20 January.",
     [I("Harrow", "inspection", "2023-01-20")]),
    ("Inspectors, who spent a week on the island from 30 October, rated the Isle of Wight's children's services "
     "good overall in a report published in December 2022.",
     [I("Isle of Wight", "inspection", "2022-10-30"), J("Isle of Wight", "good", "2022-12")]),
    ("When Ofsted returned to the borough in May 2022 they concluded that Sandwell's services required "
     "improvement to be good, in a report published on 5 July.",
     [I("Sandwell", "inspection", "2022-05"), J("Sandwell", "requires improvement", "2022-07-05")]),
])
def test_fieldwork_said_in_passing(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Devon was inspected again. In a report published in May 2022, Ofsted judged the help and protection given "
     "to children inadequate, and said the same of the experiences of children in care and of care leavers.",
     [J("Devon", "inadequate", "2022-05", area) for area in ("help and protection", "children in care", "care leavers")]),
    ("After a short inspection in November, the report on Windsor and Maidenhead published on 28 January rated it "
     "outstanding again, and this time in every single area, including care leavers.",
     [I("Windsor and Maidenhead", "inspection", "2022-11")]
     + [J("Windsor and Maidenhead", "outstanding", "2023-01-28", area) for area in ("overall",) + AREAS4]),
    ("Medway's services for children and families are now good, Ofsted has confirmed in a report published today.",
     [J("Medway", "good", "2023-03-03")]),
])
def test_grades_said_again_and_for_every_area(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_the_report_of_a_sentence_s_own_statement_dates_its_verdicts():
    body = ("On 14 July 2022 Ofsted published the report of a full inspection of Worcestershire carried out in May, "
            "judging services good overall and good for leadership, with the experiences of children in care graded "
            "as requiring improvement; three years earlier, in a report published in July 2019, the same service had "
            "been judged as requiring improvement overall, which led the government to issue a statutory direction "
            "in August 2018.")
    found = facts(body)
    assert J("Worcestershire", "good", "2022-07-14") in found
    assert J("Worcestershire", "good", "2022-07-14", "leadership") in found
    assert J("Worcestershire", "requires improvement", "2022-07-14", "children in care") in found
    assert J("Worcestershire", "requires improvement", "2019-07") in found
    assert V("Worcestershire", "statutory direction", "2018-08") in found


def test_councils_named_together_by_one_place_name():
    body = ("The decision leaves Northamptonshire Children's Trust, which took over that county's services in "
            "November 2020 and has, since April 2021, worked for the two unitary councils that replaced it, North "
            "and West Northamptonshire.")
    assert [f for f in facts(body) if f[0] == "operators"] == sorted([
        O("Northamptonshire", "Northamptonshire Children's Trust", "2020-11", "2021-04", "trust"),
        O("North Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust"),
        O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("When the doors opened at County Hall on Tuesday, the social workers who had spent five years working for "
     "Worcestershire Children First found themselves once again employees of Worcestershire County Council.",
     [O("Worcestershire", "Worcestershire", "2023-02-28", None, "council")]),
])
def test_staff_employed_by_the_council_again(body, expected):
    assert [f for f in facts(body) if f[0] == "operators" and f[1][4] == "council"] == expected


def test_a_person_who_has_worked_for_councils_runs_nothing():
    body = ("Together for Children has a new chief executive. Ms Colbert began her career in Birmingham and has "
            "worked for Knowsley and Trafford councils.")
    assert [f for f in facts(body) if f[0] == "operators"] == []


@pytest.mark.parametrize("body, expected", [
    ("In a report published in July 2022, Ofsted said Reading's services still required improvement overall, as "
     "did leadership and help and protection.",
     [J("Reading", "requires improvement", "2022-07", area) for area in ("overall", "leadership", "help and protection")]),
    ("Surrey was rated inadequate in 2015, and was given the same rating when they came back for a re-inspection "
     "in 2018.",
     [J("Surrey", "inadequate", "2015"), J("Surrey", "inadequate", "2018", kind="re-inspection")]),
    ("Tameside was rated inadequate in 2016. When Ofsted returned in 2019 they found enough progress to lift the "
     "rating to requires improvement.",
     [J("Tameside", "inadequate", "2016"), J("Tameside", "requires improvement", "2019")]),
    ("Sunderland was judged inadequate in 2015 and then again at a re-inspection in 2018.",
     [J("Sunderland", "inadequate", "2015"), J("Sunderland", "inadequate", "2018", kind="re-inspection")]),
    ("In January 2022 Knowsley, on Merseyside, was also rated inadequate.",
     [J("Knowsley", "inadequate", "2022-01")]),
])
def test_grades_said_again(body, expected):
    assert [f for f in facts(body) if f[0] == "judgements"] == sorted(expected, key=repr)


def test_a_round_up_in_sections_with_bullets():
    text = ("# Inspection round-up\n\nAuthor: A Reporter\nDate: 2024-05-20\n\nA busy week for Ofsted, with reports "
            "published on Wednesday and Thursday, alongside a new joint inspection.\n\n## Cheshire East\n\n"
            "- **Verdict:** inadequate overall, published Thursday.\n- Inspectors were on site from 26 February to 8 "
            "March.\n- Care leavers were judged inadequate; help and protection was rated requires improvement.\n\n"
            "## Hammersmith and Fulham\n\n- **Verdict:** outstanding, upgraded from good, published on Thursday after "
            "a short inspection held from 11 to 15 March.\n- Leadership and care leavers were both outstanding; help "
            "and protection was good.\n\n## Calderdale\n\n- **Verdict:** good, confirmed in a report out Wednesday.\n"
            "- All four areas (leadership, help and protection, children in care and care leavers) were graded good "
            "after a standard inspection in March.\n")
    found = sorted(fact_key(fact) for fact in extract(parse_article(text, "roundup.md", "md")))
    expected = [J("Cheshire East", "inadequate", "2024-05-16"), I("Cheshire East", "inspection", "2024-02-26"),
                J("Cheshire East", "inadequate", "2024-05-16", "care leavers"),
                J("Cheshire East", "requires improvement", "2024-05-16", "help and protection"),
                J("Hammersmith and Fulham", "outstanding", "2024-05-16"), I("Hammersmith and Fulham", "inspection", "2024-03-11"),
                J("Hammersmith and Fulham", "outstanding", "2024-05-16", "leadership"),
                J("Hammersmith and Fulham", "outstanding", "2024-05-16", "care leavers"),
                J("Hammersmith and Fulham", "good", "2024-05-16", "help and protection"),
                J("Calderdale", "good", "2024-05-15"), I("Calderdale", "inspection", "2024-03")]
    expected += [J("Calderdale", "good", "2024-05-15", area) for area in AREAS4]
    for fact in expected:
        assert fact in found


@pytest.mark.parametrize("body, expected", [
    ("Ofsted slapped Havering's children's department with its lowest possible rating in February 2023.",
     [J("Havering", "inadequate", "2023-02")]),
    ("In a report published in February 2023, Ofsted rated Havering's help and protection service inadequate - and "
     "gave the same humiliating verdict for kids in care.",
     [J("Havering", "inadequate", "2023-02", "help and protection"), J("Havering", "inadequate", "2023-02", "children in care")]),
])
def test_tabloid_ways_of_giving_a_grade(body, expected):
    assert [f for f in facts(body) if f[0] == "judgements"] == sorted(expected, key=repr)


def test_a_council_named_only_in_the_headline_is_the_article_s():
    text = ("Devon scrutiny committee: Ofsted findings\n\nA Clerk\nFriday, March 3, 2023\n\nMembers noted that the "
            "inspection report, published on 17 February, judged the overall effectiveness of services inadequate.\n")
    found = sorted(fact_key(fact) for fact in extract(parse_article(text, "minutes.txt", "txt")))
    assert J("Devon", "inadequate", "2023-02-17") in found


@pytest.mark.parametrize("body, expected", [
    ("The Isles of Scilly was judged inadequate in August 2022 after a short inspection the previous month.",
     [J("Isles of Scilly", "inadequate", "2022-08"), I("Isles of Scilly", "inspection", "2022-07")]),
    ("Doncaster is rated good. A focused visit last June, which looked at permanence, had already suggested "
     "things were moving in the right direction.",
     [I("Doncaster", "focused visit", "2022-06")]),
    ("Sandwell Children's Trust runs services in Sandwell. Inspectors spent two days with our front door teams "
     "on 30 and 31 January as part of a focused visit.",
     [I("Sandwell", "focused visit", "2023-01-30")]),
    ("Northamptonshire Children's Trust serves North Northamptonshire. Their fieldwork took place over two weeks "
     "in October 2022.",
     [I("North Northamptonshire", "inspection", "2022-10")]),
    ("Leicestershire was judged outstanding. Inspectors, who were in County Hall from 22 April to 3 May 2022, "
     "praised its leaders.",
     [J("Leicestershire", "outstanding", "2022"), I("Leicestershire", "inspection", "2022-04-22")]),
])
def test_more_fieldwork_said_in_passing(body, expected):
    found = facts(body)
    for fact in expected:
        assert fact in found


@pytest.mark.parametrize("body, expected", [
    # a verdict in a relative clause stands past a negation in the main clause
    ("Ofsted's report on Barnet was published on 1 March. Not a bad result for a borough that was judged "
     "inadequate in 2017.",
     [J("Barnet", "inadequate", "2017")]),
    # the rating kept, and the year it was first earned
    ("Warrington holds on to the good overall rating it first achieved in 2019, in a report published on 1 March.",
     [J("Warrington", "good", "2019"), J("Warrington", "good", "2023-03-01")]),
    # a simple-past verdict beside the sentence's one dated verdict is of the same inspection
    ("In November 2015 Ofsted judged the service in Rotherham inadequate, though it praised adoption, which was "
     "rated good.",
     [J("Rotherham", "inadequate", "2015-11"), J("Rotherham", "good", "2015-11", "adoption")]),
    # a verdict put into a category, and the areas judged "the same way"
    ("Their findings, made public on 1 March, put Halton Borough Council's children's services in the bottom of "
     "Ofsted's four categories: inadequate. Help and protection was judged the same way.",
     [J("Halton", "inadequate", "2023-03-01"), J("Halton", "inadequate", "2023-03-01", "help and protection")]),
    # a headline verdict after a colon, for the report the sentence before gave
    ("On 20 February Ofsted published its report on Knowsley's children's services. You have probably seen "
     "the headline already: inadequate.",
     [J("Knowsley", "inadequate", "2023-02-20")]),
    # "though" between an area and its verdict, and "so was" for another area
    ("Ofsted's report on Knowsley came out on 20 February. Help and protection, though, was inadequate, and so "
     "was the impact of leaders.",
     [J("Knowsley", "inadequate", "2023-02-20", "help and protection"),
      J("Knowsley", "inadequate", "2023-02-20", "leadership")]),
    # "worst possible" is no hedge
    ("Herefordshire's report, published on 21 February, was the worst possible outcome: inadequate overall.",
     [J("Herefordshire", "inadequate", "2023-02-21")]),
])
def test_verdicts_in_the_phrasings_of_the_latest_batches(body, expected):
    found = [fact for fact in facts(body) if fact[0] == "judgements"]
    assert found == sorted(expected, key=repr)


def test_an_inspection_looked_back_on_dates_only_its_own_sentence():
    body = ("Halton's report, published on 1 March, rated services inadequate. Halton was told it \"requires "
            "improvement\" when Ofsted last carried out a full inspection, in March 2020. Help and protection was "
            "graded inadequate.")
    found = facts(body)
    assert J("Halton", "requires improvement", "2020") in found
    assert J("Halton", "inadequate", "2023-03-01", "help and protection") in found
    assert J("Halton", "inadequate", "2020", "help and protection") not in found


@pytest.mark.parametrize("body, expected", [
    ("Stockport (joint targeted area inspection, 8 to 12 February).",
     [I("Stockport", "joint targeted area inspection", "2023-02-08")]),
    ("Warrington was rated good. Fieldwork took place during the week beginning 9 January.",
     [I("Warrington", "inspection", "2023-01-09")]),
    ("Ofsted returns every few months to Herefordshire for monitoring visits. The first came in June 2022. "
     "Others followed in September 2022 and January 2023.",
     [I("Herefordshire", "monitoring visit", "2022-06"), I("Herefordshire", "monitoring visit", "2022-09"),
      I("Herefordshire", "monitoring visit", "2023-01")]),
    ("Before that, in November 2019, inspectors from Ofsted, the Care Quality Commission and HMICFRS carried out "
     "a joint targeted area inspection in Herefordshire.",
     [I("Herefordshire", "joint targeted area inspection", "2019-11")]),
    ("Ofsted did a focused visit looking at care leavers in Knowsley in January last year.",
     [I("Knowsley", "focused visit", "2022-01")]),
])
def test_visits_in_the_phrasings_of_the_latest_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Herefordshire was judged to require improvement in July 2018. The Department for Education responded the "
     "following month with an improvement notice.",
     [V("Herefordshire", "improvement notice", "2018-08")]),
    ("A fortnight ago the Department for Education issued Havering with an improvement notice.",
     [V("Havering", "improvement notice", "2023-02-17")]),
    ("Alan Thurlow, an academic appointed as commissioner for Doncaster in March 2013, reported in the autumn.",
     [V("Doncaster", "commissioner appointed", "2013-03")]),
])
def test_interventions_in_the_phrasings_of_the_latest_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "interventions"] == sorted(expected, key=repr)


def test_no_commissioner_is_no_intervention():
    body = "Havering was rated inadequate in January. At this stage no commissioner has been appointed."
    assert [fact for fact in facts(body) if fact[0] == "interventions"] == []


@pytest.mark.parametrize("body, expected", [
    # a hand-back said by the staff changing employer, on the day the sentence opens with
    ("On 1 March, the staff of Doncaster Children's Services Trust became council employees again.",
     [O("Doncaster", "Doncaster", "2023-03-01", None, "council"),
      O("Doncaster", "Doncaster Children's Services Trust", None, "2023-03-01", "trust")]),
    # a renamed body: the old name until, the new one from
    ("Slough Children's Services Trust, imposed by ministers and running services since October 2015, stopped "
     "being an independent trust on 1 March. The same organisation carried on under a new name, Slough Children "
     "First, on 1 March.",
     [O("Slough", "Slough Children's Services Trust", "2015-10", "2023-03-01", "trust"),
      O("Slough", "Slough Children First", "2023-03-01", None, "company")]),
])
def test_operators_in_the_phrasings_of_the_latest_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted(expected, key=repr)


def test_a_plain_statement_of_who_runs_services_is_no_hand_back():
    body = "Hull's children's services are run directly by the council, which has not moved them into a trust."
    assert [fact for fact in facts(body) if fact[0] == "operators"] == []


def test_a_timeline_section_headed_by_a_year_dates_its_months():
    text = ("# A timeline\n\nDate: 2023-03-03\n\nHow Herefordshire's services came to be where they are.\n\n"
            "## 2019: inadequate\n\n"
            "Ofsted inspectors arrived on 18 July for a standard inspection in Herefordshire. Their report, "
            "published on 21 September, rated services inadequate.\n")
    found = sorted(fact_key(fact) for fact in extract(parse_article(text, "timeline.md", "md")))
    assert J("Herefordshire", "inadequate", "2019-09-21") in found
    assert I("Herefordshire", "inspection", "2019-07-18") in found


def test_a_council_report_names_its_council_in_its_furniture():
    text = ("Progress update\n\nA Clerk\nFriday, March 3, 2023\n\nPeterborough City Council | Agenda item 6\n\n"
            "The inspection report was published on 30 January and judged the Council's services inadequate.\n")
    found = sorted(fact_key(fact) for fact in extract(parse_article(text, "report.txt", "txt")))
    assert J("Peterborough", "inadequate", "2023-01-30") in found


def test_a_table_of_inspections_dates_each_row_s_grades():
    text = ("# Cabinet report\n\nDate: 2025-02-13\n\nThe table sets out the judgements of Worcestershire's recent "
            "inspections.\n\n| Inspection | Overall effectiveness | Care leavers |\n|---|---|---|\n"
            "| Single inspection, January 2017 | Inadequate | Inadequate |\n"
            "| ILACS standard, July 2023 | Good | Good |\n")
    found = sorted(fact_key(fact) for fact in extract(parse_article(text, "cabinet.md", "md")))
    assert [fact for fact in found if fact[0] == "judgements"] == sorted([
        J("Worcestershire", "inadequate", "2017-01"), J("Worcestershire", "inadequate", "2017-01", "care leavers"),
        J("Worcestershire", "good", "2023-07"), J("Worcestershire", "good", "2023-07", "care leavers")], key=repr)


def test_reading_opening_a_sentence_as_a_verb_is_no_council():
    body = ("Middlesbrough's services were judged inadequate in January 2020. \"Reading it in a public report was "
            "something else,\" one manager said. That February the Department for Education served the authority "
            "with a statutory direction.")
    assert [fact for fact in facts(body) if fact[0] == "interventions"] == [
        V("Middlesbrough", "statutory direction", "2020-02")]


@pytest.mark.parametrize("body, expected", [
    # a body that followed another for the same council ended the first's arrangement
    ("Slough Children's Services Trust had run services in Slough since October 2015. Slough Children First "
     "took over children's services in Slough on 1 April 2021.",
     [O("Slough", "Slough Children's Services Trust", "2015-10", "2021-04-01", "trust"),
      O("Slough", "Slough Children First", "2021-04-01", None, "company")]),
    # founded by councils to run their services; a council that joined later
    ("Achieving for Children was formed in April 2014 by the Royal Borough of Kingston upon Thames and the London "
     "Borough of Richmond upon Thames, which jointly own it, to run their children's services. The Royal Borough "
     "of Windsor and Maidenhead joined in August 2017.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Windsor and Maidenhead", "Achieving for Children", "2017-08", None, "community interest company")]),
    # "and took on" a council
    ("Achieving for Children, the community interest company owned by the councils it serves, has run services "
     "in Kingston upon Thames since April 2014, and took on Windsor and Maidenhead in 2017.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Windsor and Maidenhead", "Achieving for Children", "2017", None, "community interest company")]),
])
def test_who_runs_services_after_another_body_or_for_several_councils(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    # a round-up's batch of reports, said after the reports
    ("Ofsted had a busy week, with a clutch of local authority inspection reports published together on Tuesday. "
     "Derby received the top grade. Inspectors, who were in the city in January, rated the service outstanding "
     "overall.",
     [J("Derby", "outstanding", "2023-02-28")]),
    # "the city's children's services", "the borough's services"
    ("Derby was inspected in April 2019. In June 2019 a single inspection found the city's children's services to require improvement to be good.",
     [J("Derby", "requires improvement", "2019-06")]),
    ("Bury's last full inspection was in January 2019. Back then inspectors concluded the borough's services "
     "required improvement to be good.",
     [J("Bury", "requires improvement", "2019")]),
    # "the impact of the city's leaders on social work practice"; "gave the same grade to"; "that part of the
    # service"; "which inspectors said"
    ("Bury's report came out on Wednesday. Inspectors found the impact of the borough's leaders on social work "
     "practice to be inadequate, and gave the same grade to help and protection. The one area to escape the "
     "bottom grade was children in care, which inspectors said requires improvement to be good.",
     [J("Bury", "inadequate", "2023-03-01", "leadership"), J("Bury", "inadequate", "2023-03-01", "help and protection"),
      J("Bury", "requires improvement", "2023-03-01", "children in care")]),
    # the first verdict after news of a report out days before
    ("Services for children in Bury were criticised in a report published yesterday. The result is stark: the "
     "service is inadequate.",
     [J("Bury", "inadequate", "2023-03-02")]),
    # a span of years opening the sentence, before a clause about the inspection
    ("Five years ago, at its previous full inspection, Bury was rated as requiring improvement.",
     [J("Bury", "requires improvement", "2018")]),
    # "at that time": the date before, as precise as it was given
    ("Bury was branded inadequate in a report released in September 2022. Help and protection was also found "
     "inadequate at that time.",
     [J("Bury", "inadequate", "2022-09"), J("Bury", "inadequate", "2022-09", "help and protection")]),
    # the grade repeated for the areas a colon lists
    ("Bury's report, published on Monday, judged children's services in Bury to require improvement to be good. "
     "That was the grade overall, and it was repeated under each of the headings inspectors use: the impact of "
     "leaders, the experiences of children who need help and protection, and children in care.",
     [J("Bury", "requires improvement", "2023-02-27"),
      J("Bury", "requires improvement", "2023-02-27", "leadership"),
      J("Bury", "requires improvement", "2023-02-27", "help and protection"),
      J("Bury", "requires improvement", "2023-02-27", "children in care")]),
    # an area "for children at risk"; "and so was"
    ("In 2017 Ofsted judged Bury inadequate. Help and protection for children at risk was inadequate, and so was "
     "leadership.",
     [J("Bury", "inadequate", "2017"), J("Bury", "inadequate", "2017", "help and protection"),
      J("Bury", "inadequate", "2017", "leadership")]),
])
def test_verdicts_in_the_phrasings_of_the_x_batch(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_a_timeline_entry_is_dated_by_the_date_that_opens_it():
    body = ("Key dates for Derby.\n\n"
            "• August 2015 – A single inspection finds the city's children's services require improvement to be good.\n\n"
            "• 4 February 2019 – A team of inspectors arrives at the Council House for a standard inspection.\n\n"
            "• June 2021 – A monitoring visit finds the front door is safer.\n\n"
            "• 25 November 2022 – Out of inadequate. The city's services now require improvement to be good overall, "
            "as do leadership and help and protection. Children in care are judged good.")
    assert facts(body) == sorted([
        J("Derby", "requires improvement", "2015-08"), I("Derby", "inspection", "2019-02-04"),
        I("Derby", "monitoring visit", "2021-06"),
        J("Derby", "requires improvement", "2022-11-25"), J("Derby", "requires improvement", "2022-11-25", "leadership"),
        J("Derby", "requires improvement", "2022-11-25", "help and protection"),
        J("Derby", "good", "2022-11-25", "children in care")], key=repr)


def test_what_leaders_want_is_no_verdict():
    assert facts("Leaders in Derby have said they want a good rating by 2026.") == []


def test_inspectors_sent_into_the_city():
    assert facts("Ofsted sent a team of inspectors into Derby in January.") == [I("Derby", "inspection", "2023-01")]


def test_services_in_the_borough_are_the_borough_s_not_a_partner_s():
    body = ("Kingston upon Thames was rated outstanding in 2024. Services in the borough are delivered by Achieving for "
            "Children, the community interest company that has run them since 2014 and is jointly owned with "
            "Richmond and Windsor and Maidenhead.")
    assert [fact for fact in facts(body) if fact[0] == "operators"] == [
        O("Kingston upon Thames", "Achieving for Children", "2014", None, "community interest company")]


@pytest.mark.parametrize("body, expected", [
    ("Jo Pike has been in charge of Bury's department since January, when she was brought in as interim director "
     "of children's services.",
     [R("Jo Pike", "interim director of children's services", "Bury")]),
    ("Ofsted judged Bury good. Children's services director Jo Pike said she was delighted.",
     [R("Jo Pike", "director of children's services", "Bury")]),
    ("Ofsted judged Bury good. Director of children's services Jo Pike described the result as a tribute.",
     [R("Jo Pike", "director of children's services", "Bury")]),
    ("Bury's service has been led since September by interim director of children's services Jo Pike.",
     [R("Jo Pike", "interim director of children's services", "Bury")]),
    # the same person in the new body's post
    ("Wessex Children's Trust hands over to Wessex Children First in April. Amira Khan, who has chaired the trust's "
     "board since 2019, continues as chair of Wessex Children First.",
     [R("Amira Khan", "chair", "Wessex Children's Trust"), R("Amira Khan", "chair", "Wessex Children First")]),
    # the one replaced held the post of the one who replaced them
    ("Jo Pike, Bury's director of children's services, arrived in 2019, replacing Tom Hale, who stepped down that "
     "spring.",
     [R("Jo Pike", "director of children's services", "Bury"), R("Tom Hale", "director of children's services", "Bury")]),
])
def test_posts_in_the_phrasings_of_the_x_batch(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    # councils listed as the subject, "to it" (the body said last), "X followed in ..."
    ("Achieving for Children is a community interest company. Kingston upon Thames and Richmond upon Thames "
     "transferred their children's services to it in April 2014. Windsor and Maidenhead followed in August 2017 "
     "and took a stake.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Windsor and Maidenhead", "Achieving for Children", "2017-08", None, "community interest company")]),
    # management handed to a body, then taken back in-house
    ("In April 2016 Trafford signed an agreement handing day-to-day management of children's social care to "
     "Pennine Care NHS Foundation Trust. In April 2018 Trafford took management of the service back in-house.",
     [O("Trafford", "Pennine Care NHS Foundation Trust", "2016-04", "2018-04", "trust"),
      O("Trafford", "Trafford", "2018-04", None, "council")]),
    # "had taken over the borough's ..."; back to the council's building
    ("Wessex Children's Trust had taken over the borough's children's social care in Bury on 1 October 2014. "
     "Eight years later its services returned to the Town Hall, on 1 September 2022.",
     [O("Bury", "Wessex Children's Trust", "2014-10-01", "2022-09-01", "trust"),
      O("Bury", "Bury", "2022-09-01", None, "council")]),
    # a body that "opened in" a year
    ("Wessex Children's Trust, the first of its kind in Bury, opened in 2014.",
     [O("Bury", "Wessex Children's Trust", "2014", None, "trust")]),
])
def test_operators_in_the_phrasings_of_the_x_batch(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    # the Christmas before the article, to the month
    ("Just before Christmas, Ofsted judged Bury's services outstanding.", [J("Bury", "outstanding", "2022-12")]),
    # a date said after a span of years is the verdict's
    ("Bury handed services back in April 2018. A little over a year later, in May 2019, Ofsted judged Bury's "
     "children's services inadequate.",
     [J("Bury", "inadequate", "2019-05")]),
    # "although ... there still require improvement"
    ("Last month, Bury was rated good, although the experiences of children in care there still require "
     "improvement.",
     [J("Bury", "good", "2023-02"), J("Bury", "requires improvement", "2023-02", "children in care")]),
    # "following Ofsted's inspection of July 2022": the fieldwork, until the report's date is given
    ("The service had been judged inadequate following Ofsted's inspection of July 2022 in Bury. The report had "
     "been published in September 2022.",
     [J("Bury", "inadequate", "2022-09")]),
])
def test_more_verdicts_in_the_phrasings_of_the_x_batch(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_an_anticipated_visit_is_no_visit():
    assert facts("In Bury a fifth monitoring visit was anticipated in April.") == []


def test_posts_in_a_council_s_minutes():
    body = ("Minutes of the meeting of Bury's cabinet. Also in attendance: Jo Pike (Chief Executive), Tom Hale "
            "(Interim Director of Children's Services). Councillor Ann Lee, Portfolio Holder for Children and "
            "Young People, introduced the report.")
    assert facts(body) == sorted([R("Jo Pike", "chief executive", "Bury"),
                                  R("Tom Hale", "interim director of children's services", "Bury")], key=repr)


@pytest.mark.parametrize("body, expected", [
    # a re-inspection named in an opening clause of time; "both still"; an area set off by an aside
    ("Ofsted found Torbay's children's services inadequate in 2016. When inspectors returned for a re-inspection "
     "two years later, the picture had not changed: the August 2018 report again judged the service inadequate "
     "overall, with help and protection and leadership both still inadequate. Adoption, at least, had moved up to "
     "good.",
     [J("Torbay", "inadequate", "2016"), J("Torbay", "inadequate", "2018-08", kind="re-inspection"),
      J("Torbay", "inadequate", "2018-08", "help and protection", "re-inspection"),
      J("Torbay", "inadequate", "2018-08", "leadership", "re-inspection"),
      J("Torbay", "good", "2018-08", "adoption", "re-inspection")]),
    # "re-inspected in June 2018 and, in a report published that August, were found ..."
    ("In Lancashire services were re-inspected in June 2018 and, in a report published that August, were found "
     "to require improvement.",
     [J("Lancashire", "requires improvement", "2018-08", kind="re-inspection")]),
    # "it says we ..." in a council leader's own words, and an aside inside the colon's list
    ("Wirral's chief executive spoke to us. The report came out last month, and it says we require improvement "
     "to be good - overall, and in every single area: leadership, help and protection, children in care and, for "
     "the first time under the new framework, care leavers.",
     [J("Wirral", "requires improvement", "2023-02"),
      J("Wirral", "requires improvement", "2023-02", "leadership"),
      J("Wirral", "requires improvement", "2023-02", "help and protection"),
      J("Wirral", "requires improvement", "2023-02", "children in care"),
      J("Wirral", "requires improvement", "2023-02", "care leavers")]),
    # "So was leadership." as a sentence of its own
    ("In April 2017 Ofsted published a report that branded Tower Hamlets inadequate. Help and protection was "
     "inadequate. So was leadership.",
     [J("Tower Hamlets", "inadequate", "2017-04"), J("Tower Hamlets", "inadequate", "2017-04", "help and protection"),
      J("Tower Hamlets", "inadequate", "2017-04", "leadership")]),
    # a report on a previous inspection is looked back on: "This time" is the new report's
    ("Cheshire West and Chester's services require improvement to be good, according to a report published "
     "today. The council had been judged good at its previous inspection, whose report came out in May 2019. "
     "Before that, in 2016, inspectors had found a good service with outstanding leadership and outstanding "
     "adoption performance. This time, the impact of leaders was found to require improvement.",
     [J("Cheshire West and Chester", "requires improvement", "2023-03-03"),
      J("Cheshire West and Chester", "good", "2019-05"), J("Cheshire West and Chester", "good", "2016"),
      J("Cheshire West and Chester", "outstanding", "2016", "leadership"),
      J("Cheshire West and Chester", "outstanding", "2016", "adoption"),
      J("Cheshire West and Chester", "requires improvement", "2023-03-03", "leadership")]),
])
def test_verdicts_of_the_x_batch_told_as_a_story(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("The Department for Education issued a statutory direction to Torbay in October 2018, and Marion Quill was "
     "appointed as the Department's commissioner for children's services in Torbay that same autumn.",
     [V("Torbay", "statutory direction", "2018-10"), V("Torbay", "commissioner appointed", "2018"),
      R("Marion Quill", "commissioner", "Torbay")]),
    ("Wirral was judged inadequate in 2016. The government put an improvement notice on the council that year "
     "and it wasn't lifted until 2020.",
     [J("Wirral", "inadequate", "2016"), V("Wirral", "improvement notice", "2016")]),
    ("The government has replaced its improvement notice on Cumbria County Council with a statutory direction.",
     [V("Cumbria", "statutory direction", "2023-03")]),
])
def test_interventions_of_the_x_batch(body, expected):
    assert [fact for fact in facts(body) if fact[0] in ("interventions", "roles", "judgements")] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Wirral's inspection report is out. Inspectors were in in September.", [I("Wirral", "inspection", "2022-09")]),
    ("Tower Hamlets was judged inadequate in 2017. \"The inspectors who came back in June 2019 saw better work,\" "
     "she said.", [I("Tower Hamlets", "inspection", "2019-06")]),
])
def test_visits_of_the_x_batch(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == sorted(expected, key=repr)


def test_years_ago_today_is_a_day():
    from datetime import date

    from cskg.loaders.dates import PartialDate
    from cskg.loaders.mentions import find_mentions, index_bodies
    text = "Five years ago today, a short email landed."
    sentence = find_mentions(text, date(2023, 3, 3), index_bodies([text]))
    assert [m.value for m in sentence.mentions if m.kind == "DATE"] == [PartialDate(2018, 3, 3)]


def test_weeks_later_is_the_year_of_the_date_before():
    body = "Bury was judged inadequate in April 2017. Weeks later the government issued an improvement notice."
    assert V("Bury", "improvement notice", "2017") in facts(body)


def test_the_county_two_new_unitaries_replaced():
    body = ("Northamptonshire Children's Trust, which has looked after the county's vulnerable children since it "
            "launched on 1 November 2020, has today passed into the joint ownership of two new unitary authorities, "
            "North Northamptonshire and West Northamptonshire, which replace the county council.")
    operators = [fact for fact in facts(body) if fact[0] == "operators"]
    since_launch = [fact[1][0] for fact in operators if fact[1][2] == "2020-11-01"]
    assert since_launch == [gss("Northamptonshire")]


@pytest.mark.parametrize("body, expected", [
    # a report said with its date first, then the fieldwork: the report dates the verdicts
    ("Last month, Ofsted published the report of its inspection of children's services in Knowsley. Inspectors had "
     "spent three weeks in Knowsley in November. The overall judgement was inadequate. Only for children in care "
     "did inspectors find that the service required improvement rather than being inadequate.",
     [J("Knowsley", "inadequate", "2023-02"), J("Knowsley", "requires improvement", "2023-02", "children in care")]),
    # "on 5 July that year": the year of the date before
    ("When inspectors returned to Sandwell in May 2022 they concluded that services required improvement to be "
     "good, in a report published on 5 July that year.",
     [J("Sandwell", "requires improvement", "2022-07-05")]),
    # "The borough, which was good in 2019, ..."; "stays at"; an area set off by "though"
    ("Swindon's report came out on Monday. The borough, which was good in 2019, has been rated inadequate overall.",
     [J("Swindon", "good", "2019"), J("Swindon", "inadequate", "2023-02-27")]),
    ("Barking and Dagenham stays at requires improvement, in a report published on 4 September 2022. Its care "
     "leavers' service, though, was graded good.",
     [J("Barking and Dagenham", "requires improvement", "2022-09-04"),
      J("Barking and Dagenham", "good", "2022-09-04", "care leavers")]),
])
def test_verdicts_of_the_u_batch(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_a_rating_that_stays_until_the_next_inspection_is_no_new_verdict():
    body = ("The Isles of Scilly were judged inadequate in August 2022. A monitoring visit took place in May 2023. "
            "Monitoring visits do not result in a new grade, so the islands' rating stays at inadequate until a full "
            "inspection takes place.")
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == [J("Isles of Scilly", "inadequate", "2022-08")]


def test_a_verdict_told_as_it_came():
    body = ("By the time Ofsted's team arrived at the civic centre on 25 November 2019, staff had guessed how it "
            "would end. The verdict took a while longer. It came in the new year, on 24 January 2020, and it was "
            "blunt: Middlesbrough's children's services were inadequate. So, separately, were the impact of its "
            "leaders, the help and protection given to children at risk, and the experiences and progress of the "
            "children it looked after.")
    assert facts(body) == sorted([
        I("Middlesbrough", "inspection", "2019-11-25"), J("Middlesbrough", "inadequate", "2020-01-24"),
        J("Middlesbrough", "inadequate", "2020-01-24", "leadership"),
        J("Middlesbrough", "inadequate", "2020-01-24", "help and protection"),
        J("Middlesbrough", "inadequate", "2020-01-24", "children in care")], key=repr)


def test_a_report_that_followed():
    body = ("Inspectors returned to Worcestershire in May 2021 and, in a report that followed in July of that year, "
            "judged the service good overall.")
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == [J("Worcestershire", "good", "2021-07")]


@pytest.mark.parametrize("body, expected", [
    # "inspected" with no kind, sentences after a visit was named: an inspection
    ("Ofsted's first monitoring visit to Swindon took place on 21 May 2022. Inspectors found early progress. "
     "Ofsted inspected Tameside Metropolitan Borough Council in December 2022.",
     [I("Swindon", "monitoring visit", "2022-05-21"), I("Tameside", "inspection", "2022-12")]),
    ("Ofsted inspected the children's services of Swindon Borough Council between 17 and 28 July 2022.",
     [I("Swindon", "inspection", "2022-07-17")]),
    # "If you missed it" tells an event
    ("If you missed it over the summer: Ofsted's short inspection of Telford and Wrekin at the end of April "
     "confirmed what families already tell us.", [I("Telford and Wrekin", "inspection", "2022-04")]),
    # until a sentence names its council, the lead's first council
    ("Ofsted's short inspection at the end of April confirmed what families tell us. The report rated Telford and "
     "Wrekin outstanding.\n\nHerefordshire was judged inadequate. Herefordshire has a new director. Herefordshire "
     "is improving.", [I("Telford and Wrekin", "inspection", "2022-04")]),
    ("Medway's report is out. Inspectors spent a fortnight with the Kent unitary, between 17 and 28 July.",
     [I("Medway", "inspection", "2022-07-17")]),
    ("Norfolk's services are inadequate, Ofsted said. Inspectors began their visit in late August.",
     [I("Norfolk", "inspection", "2022-08")]),
    ("Lincolnshire's inspection report is out. Ofsted's inspectors were in the county for a week at the end of "
     "April.", [I("Lincolnshire", "inspection", "2022-04")]),
    ("Peterborough was judged good. Inspectors had been on site for three weeks, starting on 27 November.",
     [I("Peterborough", "inspection", "2022-11-27")]),
    ("Bury's report is out. Inspectors had been in the borough in mid-September.",
     [I("Bury", "inspection", "2022-09")]),
    ("After a fortnight of fieldwork in May 2021, Ofsted published its report on Worcestershire.",
     [I("Worcestershire", "inspection", "2021-05")]),
    # a visit is of the visits' kind; "had examined"
    ("It is Herefordshire's sixth monitoring visit since an inspection in July 2021. The previous visit, in "
     "October, had examined the council's work with adolescents.",
     [I("Herefordshire", "inspection", "2021-07"), I("Herefordshire", "monitoring visit", "2022-10")]),
])
def test_visits_of_the_u_and_x_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == sorted(expected, key=repr)


def test_a_month_takes_the_year_of_the_date_it_is_joined_to():
    from datetime import date

    from cskg.loaders.dates import PartialDate
    from cskg.loaders.mentions import find_mentions, index_bodies
    text = "Ofsted inspected the services over late October and early November 2021."
    sentence = find_mentions(text, date(2023, 3, 3), index_bodies([text]))
    assert [m.value for m in sentence.mentions if m.kind == "DATE"] == [PartialDate(2021, 10), PartialDate(2021, 11)]


@pytest.mark.parametrize("body, expected", [
    ("Medway was rated inadequate in July 2019. The Department for Education followed that verdict with an "
     "improvement notice later in 2019.",
     [V("Medway", "improvement notice", "2019")]),
    ("Worcestershire was rated inadequate in 2017. The Department for Education followed up in August 2018 with a "
     "statutory direction.",
     [V("Worcestershire", "statutory direction", "2018-08")]),
    ("A commissioner for Bradford, Martin Hollis, was appointed in 2021 to review the service.",
     [V("Bradford", "commissioner appointed", "2021")]),
    ("Havering's year in brief.\n\n• A statutory direction from the DfE in March 2022.",
     [V("Havering", "statutory direction", "2022-03")]),
    ("The Department for Education placed Medway under an improvement notice in November 2019.",
     [V("Medway", "improvement notice", "2019-11")]),
    ("Tameside has been working under a statutory direction from the Department for Education since April 2022.",
     [V("Tameside", "statutory direction", "2022-04")]),
    ("In March 2022 the Department for Education served Tameside with an improvement notice and appointed an "
     "experienced former director, Gail Pritchard, as its improvement adviser.",
     [V("Tameside", "improvement notice", "2022-03"), V("Tameside", "improvement adviser appointed", "2022-03")]),
    # a month said to follow a date with its year is the next such month
    ("The Department for Education appointed an improvement adviser to the Isles of Scilly in the autumn of 2021, "
     "and an improvement notice followed in December.",
     [V("Isles of Scilly", "improvement adviser appointed", "2021"), V("Isles of Scilly", "improvement notice", "2021-12")]),
])
def test_interventions_of_the_earlier_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "interventions"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("On the Isle of Wight, the arrangement under which Hampshire County Council had run the island's children's "
     "services since 2013 came to an end on 31 January 2023.",
     [O("Isle of Wight", "Hampshire", "2013", "2023-01-31", "council")]),
    # a hand-back opening a news story is that day's; it ends the other council's run
    ("The Isle of Wight Council is back in sole charge of its children's services after a partnership with "
     "Hampshire County Council came to an end.\n\nHampshire's senior team took over the running of social care "
     "and education services on the island in 2013.",
     [O("Isle of Wight", "Isle of Wight", "2023-03-03", None, "council"),
      O("Isle of Wight", "Hampshire", "2013", "2023-03-03", "council")]),
])
def test_a_council_running_another_s_services(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted(expected, key=repr)


def test_a_council_running_its_own_services_is_no_other_s():
    assert [fact for fact in facts("Kent County Council managed its children's services in 2020 without help.")
            if fact[0] == "operators"] == []


@pytest.mark.parametrize("body, expected", [
    ("Tameside has a new director of children's services, Ann Lee. She succeeds interim director of children's "
     "services Tony Harker, who has led the department since last summer.",
     [R("Ann Lee", "director of children's services", "Tameside"),
      R("Tony Harker", "interim director of children's services", "Tameside")]),
    ("Halton's director of children's services, Ann Lee, joined in January. Her predecessor, Martin Oyelaran, "
     "stepped down last autumn.",
     [R("Ann Lee", "director of children's services", "Halton"),
      R("Martin Oyelaran", "director of children's services", "Halton")]),
    # "made permanent": the post as it stands
    ("Hannah Petrie, who arrived as interim director of children's services in Solihull in 2021 and was made "
     "permanent the following year, said the turnaround belonged to staff.",
     # the post held as interim, then made permanent: both, as the text tells them
     [R("Hannah Petrie", "director of children's services", "Solihull"),
      R("Hannah Petrie", "interim director of children's services", "Solihull")]),
])
def test_posts_of_the_earlier_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == sorted(expected, key=repr)


def test_my_predecessor_in_a_quote_is_not_read():
    body = ("Wirral's chief executive, Ann Lee, spoke to us. \"Elaine Goddard, our director of children's services, "
            "is brilliant. My predecessor, Martin Corley, deserves credit for appointing her.\"")
    assert not any(fact[1][0] == "Martin Corley" for fact in facts(body) if fact[0] == "roles")


@pytest.mark.parametrize("body, expected", [
    # "Both reports appeared on ...": a round-up's date, for "So was the report for X, ... upgraded from A to B"
    ("Islington was outstanding. Both reports appeared on 29 January. So was the report for Bournemouth, "
     "Christchurch and Poole, which has been upgraded from inadequate to good.",
     [J("Islington", "outstanding", "2023-01-29"), J("Bournemouth, Christchurch and Poole", "good", "2023-01-29")]),
    # "the same rating was handed down for each of the four areas ...: A, B, C and, <aside with a date>, D"
    ("Halton's report was published on Friday. The borough's children's services were judged inadequate overall, "
     "and the same rating was handed down for each of the four areas inspectors look at: the impact of leaders, "
     "help and protection, children in care and, in a category only added to the framework last year, care "
     "leavers.",
     [J("Halton", "inadequate", "2023-03-03"), J("Halton", "inadequate", "2023-03-03", "leadership"),
      J("Halton", "inadequate", "2023-03-03", "help and protection"),
      J("Halton", "inadequate", "2023-03-03", "children in care"),
      J("Halton", "inadequate", "2023-03-03", "care leavers")]),
    # "They reached the same verdict on ..."
    ("Halton's report was published on Friday. Inspectors branded overall effectiveness inadequate. They reached "
     "the same verdict on the impact of leaders and on children in care.",
     [J("Halton", "inadequate", "2023-03-03"), J("Halton", "inadequate", "2023-03-03", "leadership"),
      J("Halton", "inadequate", "2023-03-03", "children in care")]),
    # "The only area to be graded ... was ..."; "The other three — A, B and C — all came out as ..."
    ("Ofsted's report on Peterborough, published on 30 January, judged the service inadequate overall. The only "
     "area to be graded inadequate in its own right was the experiences and progress of care leavers. The other "
     "three — the impact of leaders, help and protection, and children in care — all came out as requires "
     "improvement to be good.",
     [J("Peterborough", "inadequate", "2023-01-30"), J("Peterborough", "inadequate", "2023-01-30", "care leavers"),
      J("Peterborough", "requires improvement", "2023-01-30", "leadership"),
      J("Peterborough", "requires improvement", "2023-01-30", "help and protection"),
      J("Peterborough", "requires improvement", "2023-01-30", "children in care")]),
])
def test_verdicts_of_round_ups_and_blogs(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Tameside was judged inadequate across the board apart from its work with care leavers in a report released "
     "in February 2024.",
     [J("Tameside", "inadequate", "2024-02"), J("Tameside", "inadequate", "2024-02", "leadership"),
      J("Tameside", "inadequate", "2024-02", "help and protection"),
      J("Tameside", "inadequate", "2024-02", "children in care")]),
    ("In a report published in September 2022, inspectors rated three of the four areas they looked at in Medway "
     "as good: the impact of leaders on social work practice; the experiences and progress of children in care; and "
     "the experiences and progress of care leavers.",
     [J("Medway", "good", "2022-09", "leadership"), J("Medway", "good", "2022-09", "children in care"),
      J("Medway", "good", "2022-09", "care leavers")]),
])
def test_some_areas_and_all_but_some(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("(Ofsted's last verdict on Reading, last July, was requires improvement overall, but good for both children "
     "in care and care leavers.)",
     [J("Reading", "requires improvement", "2022-07"), J("Reading", "good", "2022-07", "children in care"),
      J("Reading", "good", "2022-07", "care leavers")]),
    # the sentence is about a re-inspection
    ("A re-inspection published in November 2016 found that Birmingham remained inadequate overall, and that both "
     "help and protection for children and the leadership of the service were still inadequate.",
     [J("Birmingham", "inadequate", "2016-11", kind="re-inspection"),
      J("Birmingham", "inadequate", "2016-11", "help and protection", "re-inspection"),
      J("Birmingham", "inadequate", "2016-11", "leadership", "re-inspection")]),
    # the inspection's date, of which the verdict keeps the year
    ("When Ofsted last inspected our services in Sandwell, in May 2022, inspectors judged them to require "
     "improvement to be good.",
     [J("Sandwell", "requires improvement", "2022")]),
    ("Members will recall that the previous full inspection of Peterborough, undertaken in June 2018, judged the "
     "Council's services to be Good overall.",
     [J("Peterborough", "good", "2018")]),
])
def test_verdicts_dated_by_their_inspection_or_report(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_members_will_recall_is_no_hedge():
    body = "Members will recall that the previous full inspection of Peterborough, undertaken in June 2018, was thorough."
    assert facts(body) == [I("Peterborough", "inspection", "2018-06")]


@pytest.mark.parametrize("body, expected", [
    ("The committee considered the report on the outcome of the Ofsted inspection of Devon's children's services, "
     "which took place between 20 and 31 January 2020.", [I("Devon", "inspection", "2020-01-20")]),
    ("Tameside's report is out. A team of inspectors was based at the council's offices in Ashton-under-Lyne "
     "between 4 and 15 December last year.", [I("Tameside", "inspection", "2022-12-04")]),
    ("Havering was rated inadequate after inspectors swooped in December.", [I("Havering", "inspection", "2022-12")]),
])
def test_more_visits_of_the_earlier_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == sorted(expected, key=repr)


def test_a_visit_in_an_article_about_visits_is_of_their_kind():
    text = ("Monitoring visits: four councils under Ofsted's microscope\n\nA Reporter\nFriday, March 3, 2023\n\n"
            "Nottingham was rated inadequate in September 2021. A visit on 12-13 November examined services for "
            "children in care.\n")
    found = sorted(fact_key(f) for f in extract(parse_article(text, "visits.txt", "txt")) if type(f).__name__ == "Inspection")
    assert found == [I("Nottingham", "monitoring visit", "2022-11-12")]


def test_a_chief_officer_for_children_s_services_is_no_body():
    assert [fact for fact in facts("The Chief Officer for Children's Services in Devon said the committee had met.")
            if fact[0] == "operators"] == []


def test_a_re_inspection_then_its_report():
    body = ("Ofsted re-inspected the council's services in Sandwell between 30 October and 23 November 2017. The "
            "report, published on 29 January 2018, found that services remained inadequate overall.")
    assert facts(body) == sorted([I("Sandwell", "re-inspection", "2017-10-30"),
                                  J("Sandwell", "inadequate", "2018-01-29", kind="re-inspection")], key=repr)


def test_a_timeline_entry_with_no_council_is_the_timeline_s():
    text = ("# Torbay: key dates\n\nDate: 2023-03-03\n\nTorbay was judged inadequate in 2016. Torbay has had four "
            "directors since.\n\n**2017.** Talks begin on a partnership with neighbouring Plymouth. The proposal is "
            "dropped.\n\n**June to July 2018.** Ofsted re-inspects. The report, published in August, again rates "
            "Torbay inadequate overall.\n")
    found = sorted(page_facts(text, "torbay.md", "md"))
    assert [fact for fact in found if fact[0] == "inspections"] == [I("Torbay", "re-inspection", "2018-06")]
    assert J("Torbay", "inadequate", "2018-08", kind="re-inspection") in found


@pytest.mark.parametrize("body, expected", [
    ("From April 2016 day-to-day management of children's social care in Trafford passed to Pennine Care NHS "
     "Foundation Trust. That arrangement ended on 1 April 2018, when the council resumed direct management of the "
     "service.",
     [O("Trafford", "Pennine Care NHS Foundation Trust", "2016-04", "2018-04-01", "trust"),
      O("Trafford", "Trafford", "2018-04-01", None, "council")]),
    ("Brighter Futures for Children took over the running of children's social care in Reading in December 2018. "
     "Children's social care in Reading is being run directly by the borough council again from today.",
     [O("Reading", "Brighter Futures for Children", "2018-12", "2023-03-03", "company"),
      O("Reading", "Reading", "2023-03-03", None, "council")]),
    ("Achieving for Children is a community interest company. It has delivered children's services for the Royal "
     "Borough of Kingston upon Thames and the London Borough of Richmond upon Thames since April 2014.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company")]),
    ("Achieving for Children is a community interest company. Kingston and Richmond set it up together and it "
     "began delivering their services in April 2014; Windsor and Maidenhead joined in August 2017.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Windsor and Maidenhead", "Achieving for Children", "2017-08", None, "community interest company")]),
])
def test_more_operators_of_the_earlier_batches(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Brighter Futures for Children is overseen by a board chaired by Anita Blackwood.",
     [R("Anita Blackwood", "chair", "Brighter Futures for Children")]),
    ("Brighter Futures for Children will close. The company's chief executive for the past three years, Lara "
     "Pemberton, has overseen the transition.",
     [R("Lara Pemberton", "chief executive", "Brighter Futures for Children")]),
    ("Worcestershire Children First's former chief executive, Catherine Lowes, has been seconded to the council.",
     [R("Catherine Lowes", "chief executive", "Worcestershire Children First")]),
    ("Hannah Oakes, who has led Worcestershire Children First as managing director since 2021 and today becomes "
     "Worcestershire's director of children's services, said it was not a goodbye.",
     [R("Hannah Oakes", "chief executive", "Worcestershire Children First"),
      R("Hannah Oakes", "director of children's services", "Worcestershire")]),
])
def test_posts_of_bodies_and_their_boards(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == sorted(expected, key=repr)


def test_in_the_closing_weeks_of_a_year():
    body = ("After that verdict the Department for Education issued Sunderland with a statutory direction, in the "
            "closing weeks of 2015.")
    assert facts(body) == [V("Sunderland", "statutory direction", "2015")]


def test_an_upper_case_date_heading_dates_the_entry_under_it():
    text = ("Hackney in nine dates\n\nRosa Delgado\n21 Aug 2024\n\nOfsted's new report on Hackney came out yesterday.\n\n"
            "DECEMBER 2019\nThe result is a step down. Hackney is now rated requires improvement to be good.\n\n"
            "1 JULY 2024\nThe inspectors are back, for a full inspection.\n")
    found = sorted(page_facts(text, "hackney.txt", "txt"))
    assert J("Hackney", "requires improvement", "2019-12") in found
    assert I("Hackney", "inspection", "2024-07-01") in found


def test_a_month_s_section_dates_its_days():
    text = ("# 2022 in review\n\nDate: 2022-12-30\n\nHere is what happened, one month at a time.\n\n### March\n"
            "The Richmond upon Thames report arrived on the 18th, and it was good news in every sense – good overall, "
            "and good for leadership.\n")
    found = sorted(page_facts(text, "review.md", "md"))
    assert found == sorted([J("Richmond upon Thames", "good", "2022-03-18"),
                            J("Richmond upon Thames", "good", "2022-03-18", "leadership")])


def test_a_story_of_a_council_told_over_several_years():
    body = ("Ofsted's report on Torbay Council landed in January 2016. The authority's services for children were "
            "inadequate, it said. An improvement notice from the Department for Education followed in March 2016. "
            "His replacement, Alison Mercer, a former Devon team manager, was brought in on an interim basis. "
            "Inspectors returned for monitoring visits in October 2016 and February 2017. The full re-inspection "
            "began on 15 October 2018. Its findings, published on 4 December 2018, left no room for spin. Overall, "
            "Torbay was still inadequate.")
    assert facts(body) == sorted([
        J("Torbay", "inadequate", "2016-01"), V("Torbay", "improvement notice", "2016-03"),
        I("Torbay", "monitoring visit", "2016-10"), I("Torbay", "monitoring visit", "2017-02"),
        I("Torbay", "re-inspection", "2018-10-15"), J("Torbay", "inadequate", "2018-12-04", kind="re-inspection")],
        key=repr)


def test_the_education_watchdog_is_ofsted():
    body = ("Children's services in Kirklees are no longer inadequate, the education watchdog said on Monday. Ofsted "
            "now rates the West Yorkshire council's services as requiring improvement to be good.")
    assert facts(body) == [J("Kirklees", "requires improvement", "2023-02-27")]


@pytest.mark.parametrize("body, expected", [
    # a participle after the intervention dates it
    ("Luton's services are no longer inadequate. The government's improvement notice, issued in the spring of "
     "2020, stays in place for now.",
     [V("Luton", "improvement notice", "2020")]),
    # how long it has stood
    ("Norfolk's services had been judged inadequate in October 2015, and an improvement notice had hung over "
     "the authority since 2013.",
     [J("Norfolk", "inadequate", "2015-10"), V("Norfolk", "improvement notice", "2013")]),
    # a direction said by what it required
    ("The partnership began in 2013, when the Secretary of State for Education directed the Isle of Wight "
     "Council to bring in an outside partner.",
     [V("Isle of Wight", "statutory direction", "2013")]),
    ("In 2017 ministers used a statutory direction to require Kirklees to work with a neighbouring council.",
     [V("Kirklees", "statutory direction", "2017")]),
    # "within weeks" of the date before: its year
    ("In April 2017 Ofsted branded Tower Hamlets' services inadequate. An improvement notice was served within "
     "weeks.",
     [J("Tower Hamlets", "inadequate", "2017-04"), V("Tower Hamlets", "improvement notice", "2017")]),
    # the commissioner appointed, told after the verdict
    ("Northamptonshire was rated inadequate in July 2019, by which time a commissioner, Anthony Dunne, had "
     "already been in post for six months, having been appointed by the Department in January of that year.",
     [J("Northamptonshire", "inadequate", "2019-07"), V("Northamptonshire", "commissioner appointed", "2019-01")]),
])
def test_interventions_said_by_the_way(body, expected):
    assert [fact for fact in facts(body) if fact[0] != "roles"] == sorted(expected, key=repr)


def test_an_intervention_is_on_the_council_another_council_serves():
    body = ("Hampshire County Council had run children's services on the Isle of Wight since 2013, after the "
            "Department for Education issued a statutory direction in June that year.")
    assert facts(body) == sorted([O("Isle of Wight", "Hampshire", "2013", None, "council"),
                                  V("Isle of Wight", "statutory direction", "2013-06")], key=repr)


def test_a_council_someone_arrived_from_is_not_what_follows_is_about():
    body = ("Angela Ferris, Swindon's director of children's services, spoke to us. Mrs Ferris, who arrived from "
            "Wiltshire in February, is hopeful. The council was given an improvement notice by the Department for "
            "Education in October last year.")
    assert V("Swindon", "improvement notice", "2022-10") in facts(body)


def test_a_story_told_backwards_with_its_report_and_visits():
    body = ("Last May, when Ofsted's latest report on Middlesbrough arrived, nobody cheered. The verdict was "
            "requires improvement to be good. The impact of the service's leaders was given the same grade. Start "
            "with the monitoring visits. Inspectors came back to the town in March 2021 for the first of three that "
            "year. Then again in July. And once more in November. Go back to late November 2019, when a full "
            "inspection team arrived. Their report, published the following January, was bleak. Middlesbrough was "
            "judged inadequate overall.")
    assert facts(body) == sorted([
        J("Middlesbrough", "requires improvement", "2022-05"),
        J("Middlesbrough", "requires improvement", "2022-05", "leadership"),
        I("Middlesbrough", "monitoring visit", "2021-03"), I("Middlesbrough", "monitoring visit", "2021-07"),
        I("Middlesbrough", "monitoring visit", "2021-11"), I("Middlesbrough", "inspection", "2019-11"),
        J("Middlesbrough", "inadequate", "2020-01")], key=repr)


def test_a_verdict_of_some_years_back_is_not_the_new_report_s():
    body = ("Yesterday Ofsted published its report on Peterborough City Council's children's services. The city "
            "was rated inadequate overall. It is only a few years since the same inspectorate rated Peterborough's "
            "services good.")
    assert facts(body) == [J("Peterborough", "inadequate", "2023-03-02")]


def test_a_report_then_its_grade_after_a_colon():
    body = "• The re-inspection report on Rotherham, published in January 2018: good overall."
    assert facts(body) == [J("Rotherham", "good", "2018-01", kind="re-inspection")]


@pytest.mark.parametrize("body, expected", [
    ("Middlesbrough has had five directors of children's services in six years, but the current one, Rachel "
     "Fenwick, has been in post since 2021.",
     [R("Rachel Fenwick", "director of children's services", "Middlesbrough")]),
    # thanks on the record are no wish
    ("I want to put on record my thanks to Devon's new director of children's services, Stuart Pennock.",
     [R("Stuart Pennock", "director of children's services", "Devon")]),
])
def test_posts_said_against_others(body, expected):
    assert facts(body) == expected


def test_a_body_currently_running_services_began_before_the_date_of_their_return():
    body = ("The committee is asked to agree that services currently delivered by Brighter Futures for Children Ltd "
            "(BFfC) transfer back to the council on 1 October 2025. BFfC took over children's social care in "
            "December 2018.")
    assert [fact for fact in facts(body) if fact[0] == "operators"] == [
        O("Reading", "Brighter Futures for Children", "2018-12", None, "company")]


def test_the_council_again_delivering_its_services_is_a_hand_back():
    body = ("Worcestershire Children First Ltd (\"WCF\") delivered the council's children's social care from 1 October "
            "2019. The transfer took effect on 1 October 2024. Since that date the Council has again delivered "
            "children's services directly.")
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted([
        O("Worcestershire", "Worcestershire Children First", "2019-10-01", "2024-10-01", "company"),
        O("Worcestershire", "Worcestershire", "2024-10-01", None, "council")], key=repr)


def test_a_council_that_publishes_the_article_is_what_it_is_about():
    text = ("# Annual report 2023/24\n\nAuthor: Isle of Wight Council, Policy Team\nDate: 2024-07-18\n\n"
            "For a decade those services were delivered in partnership with Hampshire County Council, whose "
            "director also led ours. The partnership began in 2013, when the Secretary of State for Education "
            "directed the council to bring in an outside partner. Both Hampshire and the Isle of Wight are "
            "thanked here. Hampshire remains a friend.\n")
    found = page_facts(text, "annual.md", "md")
    assert found == [V("Isle of Wight", "statutory direction", "2013")]


@pytest.mark.parametrize("body, expected", [
    # the press's short name
    ("Children's social care in Southend has been rated good by Ofsted, in a report published on Tuesday.",
     [J("Southend-on-Sea", "good", "2023-02-28")]),
    # an acronym given in quotes after "Ltd"
    ('Worcestershire Children First Ltd ("WCF") runs the county\'s services. Ruth Calloway is WCF\'s Managing '
     'Director.',
     [R("Ruth Calloway", "chief executive", "Worcestershire Children First")]),
])
def test_names_as_the_press_and_the_bodies_write_them(body, expected):
    assert [fact for fact in facts(body) if fact[0] in ("judgements", "roles")] == expected


def test_a_foreword_in_the_first_person_is_by_its_author():
    text = ("# Annual Review 2019/20\n\nAuthor: Carol Ashdown\nDate: 2020-09-15\n\n"
            "When I agreed to chair Brighter Futures for Children, the company was little more than a set of legal "
            "documents. We took over children's social care in Reading in December 2018.\n\n"
            "In September last year Ofsted spent two weeks with our teams.\n")
    found = sorted(page_facts(text, "review.md", "md"))
    assert found == sorted([R("Carol Ashdown", "chair", "Brighter Futures for Children"),
                            O("Reading", "Brighter Futures for Children", "2018-12", None, "company"),
                            I("Reading", "inspection", "2019-09")])


def test_a_byline_that_is_no_person_makes_no_post():
    text = ("# Annual Review\n\nAuthor: Policy Team\nDate: 2020-09-15\n\n"
            "When I agreed to chair Brighter Futures for Children, the company was little more than a set of legal "
            "documents.\n")
    assert extract(parse_article(text, "review.md", "md")) == []


@pytest.mark.parametrize("body, expected", [
    # a surname that is also a council's name
    ("Solihull is out the other side. Andrea Wakefield, who spent eight months covering the director of children's "
     "services role on an interim basis, was confirmed in the post permanently in the autumn.",
     [R("Andrea Wakefield", "director of children's services", "Solihull")]),
])
def test_a_post_made_permanent(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Solihull has had monitoring visits since. Ofsted's first came in October; the most recent, in January, "
     "found fragile progress.",
     [I("Solihull", "monitoring visit", "2022-10"), I("Solihull", "monitoring visit", "2023-01")]),
    # a list of visits, as a council's reply sets them out
    ("Stoke-on-Trent lists its visits. Full inspection (ILACS). • Dates on site: 3 to 14 October 2022. Focused "
     "visit. • Dates on site: 4 and 5 October 2023.",
     [I("Stoke-on-Trent", "inspection", "2022-10-03"), I("Stoke-on-Trent", "focused visit", "2023-10-04")]),
])
def test_visits_said_by_their_order_or_listed(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Ofsted rated Herefordshire inadequate on Wednesday. The service was judged inadequate for the impact of its "
     "leaders, for the help and protection given to children who need it, and for the experiences and progress of "
     "children in care.",
     [J("Herefordshire", "inadequate", "2023-03-01"), J("Herefordshire", "inadequate", "2023-03-01", "leadership"),
      J("Herefordshire", "inadequate", "2023-03-01", "help and protection"),
      J("Herefordshire", "inadequate", "2023-03-01", "children in care")]),
    ("Four years ago inspectors concluded that Herefordshire's children's services required improvement - "
     "although even then the leadership of the service was judged inadequate.",
     [J("Herefordshire", "requires improvement", "2019"), J("Herefordshire", "inadequate", "2019", "leadership")]),
    ("Worcestershire's report was published on 14 July 2023. The impact of leaders on social work practice and the "
     "experiences and progress of care leavers were each also judged good.",
     [J("Worcestershire", "good", "2023-07-14", "leadership"), J("Worcestershire", "good", "2023-07-14", "care leavers")]),
])
def test_verdicts_in_longer_lists_and_said_against_their_time(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_shares_of_schools_rated_are_not_the_council_s_verdict():
    assert facts("Ofsted figures show that 88 per cent of Lincolnshire primaries are rated good or outstanding.") == []


@pytest.mark.parametrize("body, expected", [
    # the post someone acted up in was the post of the one who left
    ("Sandwell Children's Trust has a new chief executive. Owen Talbot had been acting up as interim chief "
     "executive since last March, when Martin Greaves stepped down.",
     # the new chief executive the first sentence announces, who had been acting up as interim
     [R("Martin Greaves", "chief executive", "Sandwell Children's Trust"),
      R("Owen Talbot", "chief executive", "Sandwell Children's Trust"),
      R("Owen Talbot", "interim chief executive", "Sandwell Children's Trust")]),
    # a successor takes the post said last, interim when the sentence says so
    ("Torbay's director of children's services, Colin Hart, left in 2016. His replacement, Alison Mercer, a former "
     "Devon team manager, was brought in on an interim basis.",
     [R("Colin Hart", "director of children's services", "Torbay"),
      R("Alison Mercer", "interim director of children's services", "Torbay")]),
    ("Judith Meers arrived in Norfolk as its director of children's services in 2016. She retired in 2019 and was "
     "succeeded as director by her deputy, Daniel Ebbs.",
     [R("Judith Meers", "director of children's services", "Norfolk"),
      R("Daniel Ebbs", "director of children's services", "Norfolk")]),
    # in children's services, "interim director" is the director of children's services
    ("Knowsley's services are improving. Claire Bowen has been in post as interim director since January.",
     [R("Claire Bowen", "interim director of children's services", "Knowsley")]),
    ("Trafford asked us to help in 2016. At the time the service was led by an interim director, Mark Henshaw.",
     [R("Mark Henshaw", "interim director of children's services", "Trafford")]),
    # a post taken up, or led as
    ("Helen Bracegirdle has moved across with the staff and took up the post of North Somerset Council's director "
     "of children's services on 2 January.",
     [R("Helen Bracegirdle", "director of children's services", "North Somerset")]),
    ("He takes over from Lorraine Edwards, our director of practice, who has led Birmingham Children's Trust as "
     "interim chief executive since January.",
     [R("Lorraine Edwards", "interim chief executive", "Birmingham Children's Trust")]),
    ("In 2011 Judith Meers persuaded Staffordshire to let its social workers form a staff-owned mutual, Outlook "
     "Family Practice, which she led as chief executive.",
     [R("Judith Meers", "chief executive", "Outlook Family Practice")]),
])
def test_posts_told_through_who_held_them_before_and_after(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body", [
    "She was urged to apply to chair Outlook Family Practice, a staff-owned mutual.",
    "Ofsted rated the children's home good. It is run by a private company, Fellview Care, in Cumberland.",
])
def test_no_facts_from_an_application_or_a_children_s_home(body):
    assert facts(body) == []


@pytest.mark.parametrize("body, expected", [
    ("• Dorset: a joint targeted area inspection, looking at the multi-agency response to serious youth violence, "
     "began on 13 May 2024.",
     [I("Dorset", "joint targeted area inspection", "2024-05-13")]),
    ("In March 2024 a joint targeted area inspection, carried out by Ofsted with the Care Quality Commission and HM "
     "Inspectorate of Probation, looked at how agencies in Dorset respond to children at risk of exploitation.",
     [I("Dorset", "joint targeted area inspection", "2024-03")]),
    ("A joint targeted area inspection looked at the response to children at risk of criminal exploitation in "
     "Gateshead, with inspectors on site from 12 September 2022.",
     [I("Gateshead", "joint targeted area inspection", "2022-09-12")]),
    ("Reading was judged inadequate in 2016. Inspectors in 2019 found the service still required improvement.",
     [J("Reading", "inadequate", "2016"), J("Reading", "requires improvement", "2019"), I("Reading", "inspection", "2019")]),
    ("Southend has been rated good by Ofsted. Inspectors spent two weeks looking at the borough council's work with "
     "vulnerable children in October 2022.",
     [J("Southend-on-Sea", "good", "2022"), I("Southend-on-Sea", "inspection", "2022-10")]),
    ("Plymouth had a focused visit. Inspectors spent two days with Plymouth's front door services on 13 and 14 "
     "December 2022.",
     [I("Plymouth", "focused visit", "2022-12-13")]),
    ("The most recent monitoring visit to Sefton, in late June 2023, came after earlier visits in February 2023 and "
     "in November 2022.",
     [I("Sefton", "monitoring visit", "2023-06"), I("Sefton", "monitoring visit", "2023-02"),
      I("Sefton", "monitoring visit", "2022-11")]),
    ("Herefordshire has had monitoring visits. Monitoring visits took place in October 2024, looking at services for "
     "vulnerable adolescents, and in February 2025, looking at the front door.",
     [I("Herefordshire", "monitoring visit", "2024-10"), I("Herefordshire", "monitoring visit", "2025-02")]),
    ("Torbay's story turns in 2015. To understand it you have to go back to the autumn of 2015, when a team of "
     "inspectors arrived in the bay.",
     [I("Torbay", "inspection", "2015")]),
])
def test_visits_said_many_ways(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Ofsted's report on Tower Hamlets was published on 22 July 2019. Children's services in the borough were good.",
     [J("Tower Hamlets", "good", "2019-07-22")]),
    ("Kirklees now requires improvement to be good, Ofsted said on Monday. Inspectors gave the same grade to the way "
     "the council helps and protects children and to its work with children in care.",
     [J("Kirklees", "requires improvement", "2023-02-27"),
      J("Kirklees", "requires improvement", "2023-02-27", "help and protection"),
      J("Kirklees", "requires improvement", "2023-02-27", "children in care")]),
    ("Kirklees was branded inadequate in November 2016, with its leadership and its help and protection for "
     "vulnerable children handed the same lowest rating.",
     [J("Kirklees", "inadequate", "2016-11"), J("Kirklees", "inadequate", "2016-11", "leadership"),
      J("Kirklees", "inadequate", "2016-11", "help and protection")]),
    # counted back from the publication date
    ("It is ten months since Ofsted's report on children's social care in Bury was published. The service was "
     "judged inadequate overall.",
     [J("Bury", "inadequate", "2022-05")]),
    # counted from the date before
    ("The trust's report on Northamptonshire, on 25 November 2022, rated it good. Ten days earlier, Cumbria was "
     "graded requires improvement.",
     [J("Northamptonshire", "good", "2022-11-25"), J("Cumbria", "requires improvement", "2022-11-15")]),
    ("Ofsted published its report on Stockport on 3 May 2022. Stockport held on to good.",
     [J("Stockport", "good", "2022-05-03")]),
    ("Hackney is now rated requires improvement to be good, Ofsted said in a report published in December 2019, "
     "and the same grade is given for the impact of leaders.",
     [J("Hackney", "requires improvement", "2019-12"), J("Hackney", "requires improvement", "2019-12", "leadership")]),
    ("Ofsted's report on Hackney was published yesterday. It restores the good overall rating. Care leavers are the "
     "exception: their experiences are rated requires improvement to be good.",
     [J("Hackney", "good", "2023-03-02"), J("Hackney", "requires improvement", "2023-03-02", "care leavers")]),
])
def test_verdicts_said_plainly_or_against_others(body, expected):
    assert facts(body) == sorted(expected, key=repr)


def test_a_month_s_section_named_may():
    text = ("# 2022 in review\n\nDate: 2022-12-30\n\nHere is what happened, one month at a time.\n\n### May\n"
            "Derby's report was a triumph. Its leadership and its help and protection were outstanding.\n")
    found = sorted(page_facts(text, "review.md", "md"))
    assert found == sorted([J("Derby", "outstanding", "2022-05", "leadership"),
                            J("Derby", "outstanding", "2022-05", "help and protection")])


@pytest.mark.parametrize("body, expected", [
    ("In the case of Liverpool City Council, following Ofsted's judgement of inadequate published on 25 May 2023, "
     "the Secretary of State acted.",
     [J("Liverpool", "inadequate", "2023-05-25")]),
    # the visit's date: its year, as the verdict is published later
    ("To be fair to the trust, a re-inspection of Doncaster in January 2018 rated the service good.",
     [J("Doncaster", "good", "2018", kind="re-inspection")]),
    ("By then an Ofsted inspection of Worcestershire carried out in June 2019 had lifted the authority out of the "
     "bottom category to requires improvement.",
     [J("Worcestershire", "requires improvement", "2019")]),
    ("A report in July 2019 lifted Worcestershire only as far as requires improvement.",
     [J("Worcestershire", "requires improvement", "2019-07")]),
    ("Lincolnshire first reached the top grade in 2019.", [J("Lincolnshire", "outstanding", "2019")]),
    ("Lambeth was inadequate in 2015. Re-inspected in 2018, it climbed to \"requiring improvement\".",
     [J("Lambeth", "inadequate", "2015"), J("Lambeth", "requires improvement", "2018", kind="re-inspection")]),
    ("She pointed to Ofsted's December 2019 report on Kingston, which rated the borough's services outstanding.",
     [J("Kingston upon Thames", "outstanding", "2019-12")]),
    # a prediction no one made is no hedge of what happened
    ("Sunderland keeps the outstanding rating it first achieved in August 2021, a turnaround few would have "
     "predicted when the service was judged inadequate in 2015.",
     [J("Sunderland", "outstanding", "2021-08"), J("Sunderland", "inadequate", "2015")]),
])
def test_verdicts_said_with_their_own_dates(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Harrow had been rated good in a report published in March 2020, and had been given the same grade in 2017.",
     [J("Harrow", "good", "2020-03"), J("Harrow", "good", "2017")]),
    ("When Ofsted last inspected Halton, in March 2020, it judged that services required improvement to be good, "
     "the same verdict the council had received in 2015.",
     [J("Halton", "requires improvement", "2020"), J("Halton", "requires improvement", "2015")]),
    ("Lambeth was rated requires improvement on 16 December 2022, the same overall grade it received at its "
     "previous full inspection in 2018.",
     [J("Lambeth", "requires improvement", "2022-12-16"), J("Lambeth", "requires improvement", "2018")]),
])
def test_the_same_verdict_on_an_earlier_date(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Birmingham Children's Trust and Sandwell Children's Trust both began operating in April 2018.",
     [O("Birmingham", "Birmingham Children's Trust", "2018-04", None, "trust"),
      O("Sandwell", "Sandwell Children's Trust", "2018-04", None, "trust")]),
    ("Sandwell Children's Trust was last inspected in May 2022; it had been running children's social care in "
     "Sandwell since April 2018.",
     [O("Sandwell", "Sandwell Children's Trust", "2018-04", None, "trust")]),
    ("Northamptonshire Children's Trust took over in November 2020. Five months later, in April 2021, the county "
     "council was abolished, and ownership of the trust passed to its successors, North Northamptonshire and West "
     "Northamptonshire.",
     [O("Northamptonshire", "Northamptonshire Children's Trust", "2020-11", "2021-04", "trust"),
      O("North Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust"),
      O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust")]),
    ("Achieving for Children is a community interest company. It was established by Kingston upon Thames and "
     "Richmond upon Thames, and has delivered their children's services since April 2014.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Richmond upon Thames", "Achieving for Children", "2014-04", None, "community interest company")]),
    ("In April 2016 Trafford handed day-to-day management of its children's social care to Pennine Care NHS "
     "Foundation Trust. Two years later, in April 2018, that arrangement was unwound and the council resumed direct "
     "management.",
     [O("Trafford", "Pennine Care NHS Foundation Trust", "2016-04", "2018-04", "trust"),
      O("Trafford", "Trafford", "2018-04", None, "council")]),
    ("On the Isle of Wight, the arrangement under which Hampshire County Council had run the island's children's "
     "services since 2013 came to an end on 31 January 2024. The island took its services back the following day.",
     [O("Isle of Wight", "Hampshire", "2013", "2024-01-31", "council"),
      O("Isle of Wight", "Isle of Wight", "2024-02-01", None, "council")]),
])
def test_who_runs_the_service_said_many_ways(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted(expected, key=repr)


def test_a_body_that_takes_charge_in_days_and_we_who_deliver():
    text = ("# Bradford hands children's social care to trust\n\nDate: 2023-03-31\n\n"
            "Bradford Children and Families Trust, a not-for-profit body owned by the council but run at arm's length "
            "under an independent board, takes charge of the city's children's social care on 1 April.\n")
    found = page_facts(text, "bradford.md", "md")
    assert found == [O("Bradford", "Bradford Children and Families Trust", "2023-04-01", None, "trust")]
    text = ("# A year of our trust\n\nDate: 2022-06-01\n\nNorthamptonshire Children's Trust is a year older. Since April "
            "2021 we've delivered services on behalf of the two new unitary councils, North Northamptonshire and West "
            "Northamptonshire.\n")
    found = sorted(page_facts(text, "nct.md", "md"))
    assert found == sorted([O("North Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust"),
                            O("West Northamptonshire", "Northamptonshire Children's Trust", "2021-04", None, "trust")])


def test_a_list_of_witnesses_names_their_posts():
    text = ("# Select committee evidence\n\nDate: 2024-05-01\n\nThe committee heard from:\n\n"
            "- Colin Ridley, Chief Executive, Northamptonshire Children's Trust\n")
    found = page_facts(text, "committee.md", "md")
    assert found == [R("Colin Ridley", "chief executive", "Northamptonshire Children's Trust")]


@pytest.mark.parametrize("body, expected", [
    # counted from the verdict, not from the visit said after it
    ("Swindon was rated inadequate overall in September 2022, after a standard inspection carried out in July. The "
     "Department for Education issued the council with a statutory direction two months later. At the same time the "
     "department appointed an improvement adviser, former director Colin Raeburn.",
     [J("Swindon", "inadequate", "2022-09"), I("Swindon", "inspection", "2022-07"),
      V("Swindon", "statutory direction", "2022-11"), V("Swindon", "improvement adviser appointed", "2022-11")]),
    ("Havering was rated inadequate in February 2022.\n\n➡️ A statutory direction from the DfE in March 2022.\n\n"
     "➡️ An improvement adviser, Marion Tillotson, appointed by the department the following month.",
     [J("Havering", "inadequate", "2022-02"), V("Havering", "statutory direction", "2022-03"),
      V("Havering", "improvement adviser appointed", "2022-04")]),
    # "last autumn", said in March 2023
    ("Herefordshire's commissioner stepped back last autumn, and an improvement adviser was appointed in his place.",
     [V("Herefordshire", "improvement adviser appointed", "2022")]),
])
def test_interventions_dated_against_the_story(body, expected):
    assert [fact for fact in facts(body) if fact[0] != "roles"] == sorted(expected, key=repr)


def test_posts_in_a_byline_and_a_letter_s_header():
    text = ("# Improvement update\n\nAuthor: Kerry Lanigan, Director of Children's Services and Skills\nDate: 2024-11-20\n\n"
            "This report updates Solihull's scrutiny board on the improvement of children's services.\n")
    assert page_facts(text, "update.md", "md") == [
        R("Kerry Lanigan", "director of children's services", "Solihull")]
    text = ("Monitoring visit to the Isles of Scilly\n\n12 March 2024\n\nMs Rebecca Penhallow, Director of Children's "
            "Services\ncc: Russell Ashford, Chief Executive, Council of the Isles of Scilly\n\nThis letter summarises "
            "the findings of the monitoring visit to the Isles of Scilly children's services.\n")
    assert sorted(page_facts(text, "letter.txt", "txt")) == sorted([
        R("Rebecca Penhallow", "director of children's services", "Isles of Scilly"),
        R("Russell Ashford", "chief executive", "Isles of Scilly")])


@pytest.mark.parametrize("body, expected", [
    ("Havering's director of children's services, Ann Hale, spoke first. She has been in post since January, when "
     "the previous director, Robert Stanhope, left the council.",
     [R("Ann Hale", "director of children's services", "Havering"),
      R("Robert Stanhope", "director of children's services", "Havering")]),
    ("Middlesbrough's director of children's services, Ann Hale, left in 2020. The one practitioners mention most "
     "is Graham Ashworth, who held the post on an interim basis through 2021.",
     [R("Ann Hale", "director of children's services", "Middlesbrough"),
      R("Graham Ashworth", "interim director of children's services", "Middlesbrough")]),
    ("Hackney's story in dates. Mark Fenwick is appointed permanently to the director's post.",
     [R("Mark Fenwick", "director of children's services", "Hackney")]),
    ("After a spell as interim director of children's services in Cumbria, she arrived in Norfolk.",
     []),
    ("Judith Meers spent 40 years in social work. After a spell as interim director of children's services in "
     "Cumbria, which Ofsted had rated inadequate, she arrived in Norfolk as its director of children's services.",
     [R("Judith Meers", "interim director of children's services", "Cumbria"),
      R("Judith Meers", "director of children's services", "Norfolk")]),
])
def test_posts_told_against_the_people_around_them(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == sorted(expected, key=repr)


def test_a_post_held_for_each_council_a_body_serves():
    body = ("Achieving for Children has run services for ten years. Our chief executive, Lucy Rennard, continues to "
            "serve as the statutory director of children's services for all three of our owning boroughs.")
    assert sorted(fact for fact in facts(body) if fact[0] == "roles") == sorted([
        R("Lucy Rennard", "chief executive", "Achieving for Children"),
        R("Lucy Rennard", "director of children's services", "Kingston upon Thames"),
        R("Lucy Rennard", "director of children's services", "Richmond upon Thames"),
        R("Lucy Rennard", "director of children's services", "Windsor and Maidenhead")])


@pytest.mark.parametrize("body, expected", [
    # the kind said in the sentence after
    ("Two inspectors spent 25 and 26 February with social workers in Liverpool's adolescent teams. Their findings "
     "were published yesterday. It was the fourth monitoring visit since the council was judged inadequate.",
     [I("Liverpool", "monitoring visit", "2023-02-25")]),
    ("Between the two inspections of Luton, Ofsted made four monitoring visits, the last of them in April 2022.",
     [I("Luton", "monitoring visit", "2022-04")]),
    ("Tameside was rated inadequate last month. That verdict came after inspectors spent a fortnight with social work "
     "teams between 4 and 15 December 2022; back in April 2022 a focused visit to the council's front door had "
     "already flagged delays.",
     [J("Tameside", "inadequate", "2023-02"), I("Tameside", "inspection", "2022-12-04"),
      I("Tameside", "focused visit", "2022-04")]),
    ("Northamptonshire Children's Trust serves North Northamptonshire and West Northamptonshire. In October 2022 it "
     "faced its first full inspection. It began on 3 October and covered both areas.",
     [I("North Northamptonshire", "inspection", "2022-10-03"), I("West Northamptonshire", "inspection", "2022-10-03")]),
])
def test_visits_told_over_several_sentences(body, expected):
    assert [fact for fact in facts(body) if fact[0] in ("inspections", "judgements")] == sorted(expected, key=repr)


def test_a_section_heading_says_what_kind_of_visit():
    text = ("Partners Bulletin\n\nA Reporter\nFriday, March 3, 2023\n\nNews from around the region this month.\n\n"
            "Plymouth: notes from a focused visit\n\nInspectors spent two days with Plymouth's front door services on "
            "13 and 14 December 2022. The letter has now been published.\n")
    found = page_facts(text, "bulletin.txt", "txt")
    assert found == [I("Plymouth", "focused visit", "2022-12-13")]


def test_a_round_up_s_day_dates_verdicts_told_by_their_fieldwork():
    body = ("Three councils in the region learned on Friday how Ofsted rates the way they look after vulnerable "
            "children.\n\nOldham: good at last\n\nInspectors who spent a fortnight in the borough in January judged "
            "Oldham's children's services good.")
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == [J("Oldham", "good", "2023-03-03")]


def test_years_ago_this_week_and_the_report_read_then():
    body = ("Ten years ago this week, social workers in Taunton crowded round a screen to read a report on Devon. It "
            "was bad. Ofsted found that Devon County Council's services were inadequate.")
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == [J("Devon", "inadequate", "2013-03")]


@pytest.mark.parametrize("body, expected", [
    ("South Tyneside's scrutiny committee met. The monitoring visit, the second since the inspection, had been carried "
     "out on 30 and 31 January 2023 and had focused on children in care.",
     [I("South Tyneside", "monitoring visit", "2023-01-30")]),
    ("The Isles of Scilly have a new team. The council's director of children's services is Ruth Tregenza. She has "
     "been in the job on an interim basis since the spring.",
     [R("Ruth Tregenza", "interim director of children's services", "Isles of Scilly")]),
    ("Janice Holroyd came to North East Lincolnshire as its interim director of children's services in 2021, and I was "
     "delighted when she agreed to take on the role permanently last year.",
     [R("Janice Holroyd", "director of children's services", "North East Lincolnshire"),
      R("Janice Holroyd", "interim director of children's services", "North East Lincolnshire")]),
    ("Rebecca Thornley will lead Achieving for Children. She succeeds Neil Haworth, who has led the community interest "
     "company since 2019.",
     [R("Neil Haworth", "chief executive", "Achieving for Children")]),
])
def test_visits_and_posts_said_in_passing(body, expected):
    assert [fact for fact in facts(body) if fact[0] in ("inspections", "roles")] == expected


@pytest.mark.parametrize("body, expected", [
    ("Halton Borough Council was judged inadequate in July 2022, for overall effectiveness and for each of the impact "
     "of leaders, help and protection and children in care.",
     [J("Halton", "inadequate", "2022-07"), J("Halton", "inadequate", "2022-07", "leadership"),
      J("Halton", "inadequate", "2022-07", "help and protection"), J("Halton", "inadequate", "2022-07", "children in care")]),
    ("In November 2021 Ofsted told North East Lincolnshire its services for children were not good enough. Every "
     "single judgement -- overall effectiveness, the impact of our leaders, help and protection -- came back "
     "inadequate.",
     [J("North East Lincolnshire", "inadequate", "2021-11"),
      J("North East Lincolnshire", "inadequate", "2021-11", "leadership"),
      J("North East Lincolnshire", "inadequate", "2021-11", "help and protection")]),
    ("The inspection report on the London Borough of Harrow was published on 4 January 2023. Overall effectiveness "
     "was judged inadequate, as was the experience and progress of care leavers.",
     [J("Harrow", "inadequate", "2023-01-04"), J("Harrow", "inadequate", "2023-01-04", "care leavers")]),
])
def test_verdicts_listed_after_their_date_or_between_dashes(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_a_correction_note_is_no_part_of_the_story():
    body = ("Ofsted rated Havering inadequate in a report published on 16 February 2023.\n\n"
            "This article was amended on 17 February 2023. An earlier version said Havering was rated outstanding in "
            "2018; it was rated good.")
    assert facts(body) == [J("Havering", "inadequate", "2023-02-16")]


def test_a_post_an_apposition_ends_on_and_a_visit_measured_from_another():
    body = ("Hackney in dates. Ayo Davies, group director for children and education and the borough's statutory "
            "director of children's services, retires after nine years.")
    assert [fact for fact in facts(body) if fact[0] == "roles"] == [
        R("Ayo Davies", "director of children's services", "Hackney")]
    body = ("South Tyneside's committee met. The monitoring visit, the second since the inspection, had been carried "
            "out on 30 and 31 January 2023. The first, in October 2022, had looked at the front door.")
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == sorted([
        I("South Tyneside", "monitoring visit", "2023-01-30"), I("South Tyneside", "monitoring visit", "2022-10")],
        key=repr)


@pytest.mark.parametrize("body, expected", [
    ("The Isles of Scilly were inspected again. Inspectors visited the islands for a week in July 2022.",
     [I("Isles of Scilly", "inspection", "2022-07")]),
    ("A monitoring visit letter on North East Lincolnshire is out. Two inspectors spent a couple of days with us in the "
     "middle of September 2022, sitting with social workers.",
     [I("North East Lincolnshire", "monitoring visit", "2022-09")]),
    ("Croydon's services were judged inadequate in 2017. Ofsted inspected the local authority's services again in "
     "February 2020.", [I("Croydon", "inspection", "2020-02")]),
    ("3.4 Between 3 and 7 February 2023 a joint targeted area inspection (JTAI) took place in Staffordshire, led by "
     "Ofsted with the Care Quality Commission.", [I("Staffordshire", "joint targeted area inspection", "2023-02-03")]),
    ("Lambeth has had two focused visits. The first, in June 2022, covered the same theme.",
     [I("Lambeth", "focused visit", "2022-06")]),
    ("In February, Ofsted inspectors spent two days with Portsmouth City Council looking at care leavers. It was a "
     "focused visit, so there is no new grade.", [I("Portsmouth", "focused visit", "2023-02")]),
])
def test_visits_told_in_other_words(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == expected


def test_the_fieldwork_of_a_graded_report_is_an_inspection_whatever_visit_was_named_before():
    body = ("Three full reports and one focused visit are out this month. Kingston upon Thames was rated outstanding "
            "in a report published on 22 February 2023. Inspectors, who were on site in early December, praised its "
            "stable workforce.")
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == [I("Kingston upon Thames", "inspection", "2022-12")]


@pytest.mark.parametrize("body, expected", [
    ("When Ofsted looked at the city's services, its verdict, published in July 2022, was good, with the impact of "
     "leaders judged outstanding. Southampton's company ran them.",
     [J("Southampton", "good", "2022-07"), J("Southampton", "outstanding", "2022-07", "leadership")]),
    ("Southampton's children's services went back to the council in 2022. There is a temptation, whenever a council's "
     "services are branded inadequate, to reach for the org chart.", []),
    ("And the result in Wigan? We're good overall. The report came out on 1 March.",
     [J("Wigan", "good", "2023-03-01")]),
    ("The report on Leicester landed on 1 March. The city's children's services now require improvement to be good. "
     "It ran across the board: overall effectiveness, the impact of leaders and care leavers – a separate judgement "
     "only since 2023 – were each given the same grade.",
     [J("Leicester", "requires improvement", "2023-03-01"),
      J("Leicester", "requires improvement", "2023-03-01", "leadership"),
      J("Leicester", "requires improvement", "2023-03-01", "care leavers")]),
    ("Liverpool's children's services were handed Ofsted's lowest rating in a report published on Thursday. Solihull "
     "was given the same rating in January.",
     [J("Liverpool", "inadequate", "2023-03-02"), J("Solihull", "inadequate", "2023-01")]),
    ("Liverpool was judged inadequate in a report published on Thursday. Only the experiences of children in care, "
     "which it said \"requires improvement to be good\", avoided the bottom grade.",
     [J("Liverpool", "inadequate", "2023-03-02"), J("Liverpool", "requires improvement", "2023-03-02", "children in care")]),
    ("Ofsted's report on the Isles of Scilly came out on 1 March. The impact of leaders was judged inadequate. So was "
     "the help given to children who need protection.",
     [J("Isles of Scilly", "inadequate", "2023-03-01", "leadership"),
      J("Isles of Scilly", "inadequate", "2023-03-01", "help and protection")]),
    ("Havering's report came out on 1 March. The impact of leaders was graded inadequate, as were the experiences of "
     "those in the council's care.",
     [J("Havering", "inadequate", "2023-03-01", "leadership"), J("Havering", "inadequate", "2023-03-01", "children in care")]),
])
def test_verdicts_in_other_words(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_areas_broken_down_after_the_fieldwork_are_the_news_reports():
    body = ("Medway Council's children's services have been judged good by Ofsted, four years after the service was "
            "found to be inadequate. The inspectorate published its findings yesterday. Inspectors were on site from "
            "9 January until 20 January. Alongside the good overall grade, inspectors rated three of the four areas "
            "they looked at as good: the impact of leaders; the experiences and progress of children in care; and "
            "the experiences and progress of care leavers.")
    assert [fact for fact in facts(body) if fact[0] == "judgements" and fact[1][3] == "2023-03-02"] == sorted([
        J("Medway", "good", "2023-03-02"), J("Medway", "good", "2023-03-02", "leadership"),
        J("Medway", "good", "2023-03-02", "children in care"), J("Medway", "good", "2023-03-02", "care leavers")],
        key=repr)


def test_a_correction_of_a_live_blog_s_earlier_post_is_no_verdict():
    body = ("It's out: Newham's children's services are good, in a report published today. In our 09:04 post we said "
            "the help and protection judgement in Newham was outstanding. That was wrong: it was good.")
    assert J("Newham", "outstanding", "2023-03-03", "help and protection") not in facts(body)


def test_a_hand_back_told_by_staff_becoming_council_employees_again():
    body = ("In April 2022, the staff of Solent Children First simply logged on as employees of Southampton City "
            "Council again. The city had handed Solent Children First, a company wholly owned by the council, the "
            "running of children's social care from October 2020.")
    assert O("Southampton", "Southampton", "2022-04", None, "council") in facts(body)


def test_a_former_director_in_an_authors_note_holds_no_post():
    body = ("Southampton's company was wound up. Fiona Blakeley is a former director of children's services and writes "
            "on social policy.")
    assert [fact for fact in facts(body) if fact[0] == "roles"] == []


def test_an_intervention_hanging_over_a_service_since_a_date():
    body = ("The Department for Education has confirmed that the improvement notice hanging over the borough's "
            "children's services since May 2019 has been lifted. Newham is relieved.")
    assert V("Newham", "improvement notice", "2019-05") in facts(body)


def test_a_report_published_that_year_after_the_story_moved_on_from_an_older_report():
    body = ("Manchester's children's services were rated inadequate, with the report published in September 2014. "
            "Ofsted returned for a re-inspection in October and November 2017. Its report, published in December of "
            "that year, judged services to require improvement to be good.")
    assert J("Manchester", "requires improvement", "2017-12", kind="re-inspection") in facts(body)


def test_a_sign_off_over_two_lines_gives_the_signers_post():
    text = ("DUDLEY CHILDREN'S TRUST\n\nPublished 16 July 2019\n\nIt is a privilege to introduce the first annual report "
            "of Dudley Children's Trust, which took over children's social care in Dudley on 1 April 2018.\n\n"
            "Sir Alan Wetherby\nChair, Dudley Children's Trust\nJune 2019\n")
    assert R("Alan Wetherby", "chair", "Dudley Children's Trust") in [
        fact_key(f) for f in extract(parse_article(text, "report.txt", "txt"))]


def test_it_was_rated_goes_on_with_the_area_the_sentence_before_opened_on():
    body = ("Havering's report came out on 1 March and judged services inadequate. Only provision for young people leaving "
            "care escaped the bottom grade. It was rated as requiring improvement.")
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted([
        J("Havering", "inadequate", "2023-03-01"), J("Havering", "requires improvement", "2023-03-01", "care leavers")],
        key=repr)


@pytest.mark.parametrize("body, expected", [
    ("The board of Birmingham Children's Trust has a new chair. Baroness Whitfield, a crossbench peer, has been "
     "appointed to the role.", [R("Baroness Whitfield", "chair", "Birmingham Children's Trust")]),
    ("Following the departure of the previous director in 2018, Helen Ashcroft served as interim director of "
     "children's services in Manchester for seven months before Rashid Qureshi was appointed to the post permanently.",
     [R("Helen Ashcroft", "interim director of children's services", "Manchester"),
      R("Rashid Qureshi", "director of children's services", "Manchester")]),
    ("St Helens has a better story to tell. Lorraine Ashcroft came to us as interim director of children's services in "
     "2021 and we were delighted to appoint her as our permanent director of children's services in January.",
     [R("Lorraine Ashcroft", "director of children's services", "St Helens"),
      R("Lorraine Ashcroft", "interim director of children's services", "St Helens")]),
])
def test_posts_filled_and_made_permanent(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("St Helens council has changed. Five years ago, Ofsted found the service that protects this borough's most "
     "vulnerable children to be inadequate.", [J("St Helens", "inadequate", "2018")]),
    ("St Helens council has changed. Last September, for the first time in the borough's history, inspectors judged "
     "our children's services to be good overall.", [J("St Helens", "good", "2022-09")]),
    ("St Helens was rated good in a report published in September 2022. And for our care leavers -- the young people "
     "whom we never stop being responsible for -- the judgement was outstanding.",
     [J("St Helens", "good", "2022-09"), J("St Helens", "outstanding", "2022-09", "care leavers")]),
    ("St Helens was rated good in a report published in September 2022. The same report told us that the help and "
     "protection we give children still requires improvement.",
     [J("St Helens", "good", "2022-09"), J("St Helens", "requires improvement", "2022-09", "help and protection")]),
    ("Ofsted's report on Cheshire West and Chester, published on 28 February, dropped the council from good to requires "
     "improvement to be good. The previous verdict, a good, had stood since 2019. A month earlier Warrington's report "
     "landed. The borough kept its good overall grade.",
     [J("Cheshire West and Chester", "requires improvement", "2023-02-28"), J("Cheshire West and Chester", "good", "2019"),
      J("Warrington", "good", "2023-01")]),
    ("Lancashire as a whole was rated good last time (Jan 2023) so management kept telling us not to panic.",
     [J("Lancashire", "good", "2023-01")]),
    ("Torbay has come a long way. When inspectors returned for a re-inspection in 2018 the verdict was, once again, "
     "inadequate, and it was not until 2022 that the bay's children's services were finally rated good.",
     [J("Torbay", "inadequate", "2018", kind="re-inspection"), J("Torbay", "good", "2022")]),
])
def test_verdicts_of_speeches_newsletters_and_threads(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_a_table_s_cells_labelled_by_their_column_give_each_rows_verdicts():
    page = ("<html><head><title>Five shire counties</title><meta property='article:published_time' content='2023-03-03'>"
            "</head><body><article><h1>Five shire counties</h1><p>We compared each council's latest verdict from Ofsted "
            "with the one before it. Only one of the five has improved, and one has fallen sharply since its last "
            "inspection.</p><table><caption>Overall effectiveness: previous and latest grade</caption><thead><tr>"
            "<th>Council</th><th>Previous grade (report year)</th><th>Latest grade</th><th>Latest report published</th>"
            "</tr></thead><tbody><tr><td>Hampshire</td><td>Outstanding (2019)</td><td>Outstanding</td><td>July 2022</td>"
            "</tr><tr><td>Suffolk</td><td>Outstanding (2019)</td><td>Requires improvement</td><td>August 2022</td></tr>"
            "</tbody></table><p>Source: Ofsted inspection reports. Years in brackets show when the earlier report was "
            "published.</p></article></body></html>")
    read = page_facts(page, "counties.html", "html")
    assert sorted(fact for fact in read if fact[0] == "judgements") == sorted([
        J("Hampshire", "outstanding", "2019"), J("Hampshire", "outstanding", "2022-07"),
        J("Suffolk", "outstanding", "2019"), J("Suffolk", "requires improvement", "2022-08")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("St Helens has been praised. Inspectors were back with us in April for a focused visit, looking at children in "
     "need.", [I("St Helens", "focused visit", "2022-04")]),
    ("Torbay's report was grim. Inspectors, who spent four weeks in the bay during October and November 2022, said "
     "children were not safe.", [I("Torbay", "inspection", "2022-10")]),
])
def test_visits_of_speeches_and_columns(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == expected


def test_a_notice_that_had_hung_over_the_council_since():
    body = ("Then, in December, the Department for Education lifted the improvement notice that had hung over St Helens "
            "Council since the spring of 2020.")
    assert [fact[1] for fact in facts(body) if fact[0] == "interventions"] == [(gss("St Helens"), "improvement notice", "2020")]


def test_a_nostalgia_column_s_items_are_read_against_the_day_they_were_first_printed():
    text = ("BAY WEEKLY ECHO -- Nostalgia\n\nMargaret Hale\nThursday, January 8, 2026\n\n"
            "Every week Margaret leafs through the bound volumes so you don't have to.\n\n"
            "From the Echo, Thursday, January 7, 2016\n\n"
            "Ofsted's findings on Torbay Council, made public on Tuesday, rated the service inadequate, the lowest of the "
            "watchdog's four grades.\n")
    assert page_facts(text, "echo.txt", "txt") == [J("Torbay", "inadequate", "2016-01-05")]


@pytest.mark.parametrize("body, expected", [
    ("3.1 Since 1 August 2017, children's services in Windsor and Maidenhead have been delivered by Achieving for "
     "Children, a community interest company.",
     [O("Windsor and Maidenhead", "Achieving for Children", "2017-08-01", None, "community interest company")]),
    ("On Wednesday 1 February 2023, children's social care that had been delivered by Brighter Futures for Children "
     "transferred back to Reading Borough Council. Brighter Futures for Children was a company, wholly owned by the "
     "council, which began running children's services on the council's behalf in December 2018.",
     [O("Reading", "Brighter Futures for Children", "2018-12", "2023-02-01", "company"),
      O("Reading", "Reading", "2023-02-01", None, "council")]),
])
def test_who_ran_services_in_council_papers_and_questions_and_answers(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "operators"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Ruth Akande, who was Brighter Futures for Children's chief executive, has joined Reading Borough Council as "
     "Executive Director of Children's Services. She reports to the council's chief executive.",
     [R("Ruth Akande", "chief executive", "Brighter Futures for Children"),
      R("Ruth Akande", "director of children's services", "Reading")]),
    ("Roger Haverstock, who has died aged 84, ran councils. As the first chair of Doncaster Children's Services Trust, "
     "he presided over an experiment.", [R("Roger Haverstock", "chair", "Doncaster Children's Services Trust")]),
    ("Doncaster Children's Services Trust opened its doors on 1 October 2014, with Eleanor Voss, a former chief officer "
     "of probation, as its first chief executive.",
     [R("Eleanor Voss", "chief executive", "Doncaster Children's Services Trust")]),
    ("Hilary Tennant is eating a scone. She is Swindon's children's services commissioner, answerable to Whitehall. The "
     "break came in 2019, when she spent eleven months as interim director of children's services at Bath and North "
     "East Somerset.",
     [R("Hilary Tennant", "commissioner", "Swindon"),
      R("Hilary Tennant", "interim director of children's services", "Bath and North East Somerset")]),
])
def test_posts_of_profiles_obituaries_and_faq_pages(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "roles"] == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("That report on Swindon had landed in the September of last year. What they found was a service in which help for "
     "children at risk was inadequate; leadership, too, was judged inadequate.",
     [J("Swindon", "inadequate", "2022-09", "help and protection"), J("Swindon", "inadequate", "2022-09", "leadership")]),
    ("On Monday Ofsted published its report on Medway's children's services. The verdict? Good. The help and protection "
     "part of the report was \"requires improvement\".",
     [J("Medway", "good", "2023-02-27"), J("Medway", "requires improvement", "2023-02-27", "help and protection")]),
    ("Medway was rated good in a report published in February 2023. From memory adoption was requires improvement.",
     [J("Medway", "good", "2023-02")]),
])
def test_verdicts_of_profiles_and_phone_ins(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == sorted(expected, key=repr)


def test_a_spreadsheet_row_with_numeric_dates_and_short_grades():
    text = ("# Somerset children's services: inspection tracker\n\nDate: 2025-04-22\n\n"
            "Exported from my sheet, Somerset tab, for the council's inspections since 2015.\n\n"
            "| Row | Event | Fieldwork start | Published | Overall | Adoption | Care leavers |\n|---|---|---|---|---|---|---|\n"
            "| 3 | SIF re-inspection | 06/11/2017 | 29/01/2018 | RI | G | RI |\n")
    read = page_facts(text, "tracker.md", "md")
    assert I("Somerset", "re-inspection", "2017-11-06") in read
    assert J("Somerset", "requires improvement", "2018-01-29", "care leavers", "re-inspection") in read


@pytest.mark.parametrize("body, expected", [
    ("Sefton's latest monitoring visit letter is out. Inspectors' earlier visits included ones looking at children in "
     "need (February 2022), "
     "children in care (July 2022) and care leavers (November 2022).",
     [I("Sefton", "monitoring visit", "2022-02"), I("Sefton", "monitoring visit", "2022-07"),
      I("Sefton", "monitoring visit", "2022-11")]),
    ("Herefordshire's latest monitoring visit was in January. The visit before that, last October, looked at vulnerable "
     "adolescents.", [I("Herefordshire", "monitoring visit", "2023-01"), I("Herefordshire", "monitoring visit", "2022-10")]),
    ("Plymouth's trust is new. The first external test came in late September 2022, when Ofsted inspectors spent two "
     "days with the trust's teams on a focused visit looking at children in care.",
     [I("Plymouth", "focused visit", "2022-09")]),
    ("• Last October, a focused visit looking at our support for care leavers in North Northamptonshire found strong "
     "relationships.", [I("North Northamptonshire", "focused visit", "2022-10")]),
])
def test_visits_listed_and_looked_back_on(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "inspections") == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("When I arrived in October 2022, Devon had already been working under a Department for Education improvement "
     "notice for three years. It was issued in 2020, the same year Ofsted judged the service inadequate.",
     [V("Devon", "improvement notice", "2020")]),
    ("Northamptonshire's services were rated inadequate in July 2019. Later in 2019, acting on the commissioner's "
     "advice, the then Secretary of State directed that the services be transferred to an independent trust.",
     [V("Northamptonshire", "trust ordered", "2019")]),
    ("In January 2022 the Department for Education issued us with an improvement notice. North East Lincolnshire "
     "Council is working hard.", [V("North East Lincolnshire", "improvement notice", "2022-01")]),
    ("In January 2021 the department appointed a commissioner for Bradford. A year later, in January 2022, ministers "
     "accepted his recommendation that services should be moved out of direct council control into a trust.",
     [V("Bradford", "commissioner appointed", "2021-01"), V("Bradford", "trust ordered", "2022-01")]),
])
def test_interventions_told_back_and_by_their_council(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "interventions") == sorted(expected, key=repr)


def test_visits_back_twice_and_a_visit_whose_verdict_follows():
    body = ("Swindon's commissioner is busy. The watchdog has been back twice this year – in January and again in February "
            "– on the monitoring visits that routinely follow an inadequate verdict.")
    assert sorted(fact for fact in facts(body) if fact[0] == "inspections") == sorted([
        I("Swindon", "monitoring visit", "2023-01"), I("Swindon", "monitoring visit", "2023-02")], key=repr)
    body = ("The monitoring visits at Devon told the story in instalments. Then the big one. Inspectors arrived at the end of "
            "September last year and stayed for three weeks. The report came out last month: inadequate overall again, and "
            "inadequate for the help and protection of children.")
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == [I("Devon", "inspection", "2022-09")]


def test_a_commissioner_newly_appointed_with_a_dated_direction():
    body = ("The Children's Minister has today (3 March 2023) issued a statutory direction to Nottingham City Council, "
            "requiring it to work with a newly appointed children's services commissioner.")
    assert V("Nottingham", "commissioner appointed", "2023-03-03") in facts(body)


def test_a_council_known_by_its_initials():
    body = "BCP was judged inadequate in 2021. It is now rated good, in a report published on 1 March."
    assert J("Bournemouth, Christchurch and Poole", "good", "2023-03-01") in facts(body)


@pytest.mark.parametrize("body, expected", [
    ("Our top story: children's services in Stockton are still not good enough, say inspectors. Ofsted has published its "
     "latest report on the borough council this morning, and the headline grade is \"requires improvement to be good\". "
     "It's the same verdict the council got four years ago. None of it was judged inadequate, and none of it was judged "
     "good either.",
     [J("Stockton-on-Tees", "requires improvement", "2023-03-03"), J("Stockton-on-Tees", "requires improvement", "2019")]),
    ("Stockton's report was published on 1 March. And on every one of the areas they grade -- help and protection, care "
     "leavers, and the impact of leaders -- the answer is the same: requires improvement.",
     [J("Stockton-on-Tees", "requires improvement", "2023-03-01", area)
      for area in ("help and protection", "care leavers", "leadership")]),
    ("Durham's decade.\n\n• Oct 2019: The report lands on 21 October: requires improvement again overall.\n\n"
     "• 5 July 2022: Second ILACS report. Overall: good. Leadership: outstanding -- a first for Durham.",
     [J("County Durham", "requires improvement", "2019-10-21"), J("County Durham", "good", "2022-07-05"),
      J("County Durham", "outstanding", "2022-07-05", "leadership")]),
    ("Central Bedfordshire had a short inspection which began on 17 January. The resulting report, dated 4 March, judged "
     "the council's children's services good overall.", [J("Central Bedfordshire", "good", "2023-03-04")]),
])
def test_verdicts_of_bulletins_timelines_and_blogs(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "judgements") == sorted(expected, key=repr)


def test_a_staff_mutual_named_a_partnership_and_its_people():
    body = ("On 1 October 2019 Cheviot Children's Partnership went live as an employee-led public service mutual, and took "
            "on responsibility for children's social care across Northumberland. Paul Redshaw became the mutual's first chief "
            "executive. When Paul Redshaw retired in March 2023, "
            "Anika Shah stepped up. She has been our interim chief executive ever since.")
    read = facts(body)
    assert O("Northumberland", "Cheviot Children's Partnership", "2019-10-01", None, "mutual") in read
    assert [fact for fact in read if fact[0] == "roles"] == [
        R("Anika Shah", "interim chief executive", "Cheviot Children's Partnership"),
        R("Paul Redshaw", "chief executive", "Cheviot Children's Partnership")]


@pytest.mark.parametrize("body, expected", [
    ("Northumberland's mutual is proud. In February 2022 inspectors made a focused visit looking at our front door.",
     [I("Northumberland", "focused visit", "2022-02")]),
    ("Durham's decade.\n\n• 6 Nov 2022: Ofsted, the Care Quality Commission and the police and probation inspectorates "
     "begin a joint targeted area inspection in County Durham, looking at mental health.",
     [I("County Durham", "joint targeted area inspection", "2022-11-06")]),
])
def test_visits_made_and_begun(body, expected):
    assert [fact for fact in facts(body) if fact[0] == "inspections"] == expected


def test_a_hand_back_dated_by_the_transfer_the_next_sentence_tells():
    body = ("Children's social care in Thurrock is once again being run directly by Thurrock Council. The transfer took "
            "place on Monday (27 February), when around 420 staff moved back into council employment.")
    assert O("Thurrock", "Thurrock", "2023-02-27", None, "council") in facts(body)


@pytest.mark.parametrize("body, expected", [
    ("Education watchdog Ofsted yesterday rated East Riding of Yorkshire Council's children's services INADEQUATE. Help "
     "and protection for youngsters in danger? Inadequate. Leadership at the top? Branded inadequate too.",
     [J("East Riding of Yorkshire", "inadequate", "2023-03-02"),
      J("East Riding of Yorkshire", "inadequate", "2023-03-02", "help and protection"),
      J("East Riding of Yorkshire", "inadequate", "2023-03-02", "leadership")]),
    ("Peterborough's report was published on 30 January 2023. The experiences and progress of care leavers were found "
     "to be inadequate, while the impact of leaders, the experiences and progress of children who need help and "
     "protection, and those of children in care were each judged to require improvement.",
     [J("Peterborough", "inadequate", "2023-01-30", "care leavers"),
      J("Peterborough", "requires improvement", "2023-01-30", "leadership"),
      J("Peterborough", "requires improvement", "2023-01-30", "help and protection"),
      J("Peterborough", "requires improvement", "2023-01-30", "children in care")]),
    ("Buckinghamshire's re-inspection report was published on 29 January. Leadership, management and governance -- "
     "inadequate again.", [J("Buckinghamshire", "inadequate", "2023-01-29", "leadership", "re-inspection")]),
    ("Luton's report, published last month, judged our services as requiring improvement to be good overall. Help and "
     "protection, and our work with children in care, still require improvement.",
     [J("Luton", "requires improvement", "2023-02"), J("Luton", "requires improvement", "2023-02", "help and protection"),
      J("Luton", "requires improvement", "2023-02", "children in care")]),
    ("Wokingham has had one full inspection. Its one full inspection, in March 2022, produced the same verdict as "
     "before: requires improvement.", [J("Wokingham", "requires improvement", "2022")]),
    ("Lambeth, where inspectors were on site earlier this month, will not hear its result until the spring, and several "
     "authorities still rated inadequate are waiting for their turn.", []),
])
def test_verdicts_asked_and_answered_and_listed_at_length(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "judgements") == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Derek Hallowell has died. In April 2020, with the East Riding of Yorkshire's children's services in serious "
     "difficulty, the Department for Education appointed him children's services commissioner for the authority.",
     [R("Derek Hallowell", "commissioner", "East Riding of Yorkshire"),
      V("East Riding of Yorkshire", "commissioner appointed", "2020-04")]),
    ("Middlesbrough's report is out. It comes three years after the Department for Education issued the authority with "
     "an improvement notice, in March 2020.", [V("Middlesbrough", "improvement notice", "2020-03")]),
    ("The best-known recent case is Bradford. There, the Department for Education decided in January 2022 that a trust "
     "was needed.", [V("Bradford", "trust ordered", "2022-01")]),
])
def test_interventions_and_appointments_told_in_passing(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] in ("roles", "interventions")) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("North Yorkshire's year in numbers. Inspectors were with us from 3 to 7 July 2022, meeting social workers.",
     [I("North Yorkshire", "inspection", "2022-07-03")]),
    ("Leeds welcomes the letter. The joint targeted area inspection (JTAI) was carried out by Ofsted, the Care Quality "
     "Commission, HM Inspectorate of Constabulary and Fire & Rescue Services and HM Inspectorate of Probation between "
     "8 and 12 July.",
     [I("Leeds", "joint targeted area inspection", "2022-07-08")]),
    ("West Sussex's latest monitoring visit was in January. Ms Aspinall reminds members that the visit before that, last "
     "November, had focused on the front door.",
     [I("West Sussex", "monitoring visit", "2023-01"), I("West Sussex", "monitoring visit", "2022-11")]),
])
def test_visits_of_annual_reports_and_meetings(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "inspections") == sorted(expected, key=repr)


def test_a_post_held_before_as_the_council_s():
    body = ("Plymouth's new trust is led by Nadia Oyelaran. Before taking the top job she spent eighteen months as the "
            "council's interim director of children's services.")
    assert R("Nadia Oyelaran", "interim director of children's services", "Plymouth") in facts(body)


@pytest.mark.parametrize("body, expected", [
    # "then", "at that time": the inspection the sentence before looked back on, of which a verdict keeps the year
    ("Lambeth was rated outstanding in a report published on Tuesday. For context, the last full inspection was in "
     "July 2018. They got good overall then, but help and protection was \"requires improvement\".",
     [J("Lambeth", "outstanding", "2023-02-28"), J("Lambeth", "good", "2018"),
      J("Lambeth", "requires improvement", "2018", "help and protection")]),
    ("Lambeth was rated outstanding in a report published on Tuesday. When Ofsted last carried out a full inspection "
     "of the borough, in March 2019, it judged it to require improvement. Leadership and care leavers were both "
     "found to require improvement at that time.",
     [J("Lambeth", "outstanding", "2023-02-28"), J("Lambeth", "requires improvement", "2019"),
      J("Lambeth", "requires improvement", "2019", "leadership"),
      J("Lambeth", "requires improvement", "2019", "care leavers")]),
    # an opening under an older inspection regime, with its year
    ("Lambeth was rated outstanding in a report published on Tuesday. Before then, under an older inspection regime "
     "in 2014, the council had been rated good.",
     [J("Lambeth", "outstanding", "2023-02-28"), J("Lambeth", "good", "2014")]),
    # "Even then": the earlier inspection's time
    ("Lambeth was rated good in a report published today. It is a step up from the last full inspection, in 2019, when "
     "the borough was told its services required improvement. Even then, inspectors rated its leadership good, and "
     "the report published today says leaders have built on that.",
     [J("Lambeth", "good", "2023-03-03"), J("Lambeth", "requires improvement", "2019"),
      J("Lambeth", "good", "2019", "leadership")]),
])
def test_a_verdict_then_is_the_earlier_inspection_s(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "judgements") == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    # a past-tense "once" tells of what happened, not a condition
    ("Once the new framework had replaced the old one, Lambeth Council was inspected again, in September 2019.",
     [I("Lambeth", "inspection", "2019-09")]),
    # a framework in use between two years is no inspection; a visit after two inspections named is the visit
    ("Lambeth was last assessed under the single inspection framework (SIF), which Ofsted used between 2013 and 2018.",
     []),
    ("Between those two inspections, Ofsted carried out a focused visit to Lambeth in June 2022.",
     [I("Lambeth", "focused visit", "2022-06")]),
    # the report of an inspection is dated, not the inspection
    ("Ofsted published the report of its most recent inspection of Lambeth Council's children's services on 13 "
     "January 2023.", []),
    ("On 14 January 2023 Ofsted published the report of a standard inspection of Lambeth carried out in November 2022.",
     [I("Lambeth", "inspection", "2022-11")]),
    ("Hull's report came out on Monday. The city is now rated good after inspectors spent a fortnight there in "
     "January.", [I("Kingston upon Hull", "inspection", "2023-01")]),
    ("Bradford's report followed on Thursday. Its services are rated good. Inspectors carried out the fieldwork in "
     "January.", [I("Bradford", "inspection", "2023-01")]),
    ("Hull's services were judged good last year. Ofsted returned once more in September 2022, for a focused visit "
     "looking at children in need.", [I("Kingston upon Hull", "focused visit", "2022-09")]),
])
def test_inspections_said_among_frameworks_reports_and_returns(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "inspections") == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Lambeth was inspected again in September 2019. Inspectors reached the same overall conclusion as three years "
     "earlier: requires improvement to be good.", [J("Lambeth", "requires improvement", "2019")]),
    ("Lambeth was inspected in September 2019. Leadership was found to require improvement; services for children in "
     "care, by contrast, were judged good.",
     [J("Lambeth", "requires improvement", "2019", "leadership"), J("Lambeth", "good", "2019", "children in care")]),
    ("Lambeth was judged inadequate in May 2014. Inspectors returned in April 2017, and the verdict of that "
     "re-inspection, published in June, was that services now required improvement to be good.",
     [J("Lambeth", "inadequate", "2014-05"), J("Lambeth", "requires improvement", "2017-06", kind="re-inspection")]),
    ("Every so often a report makes you read it twice. Telford and Wrekin's, published last Friday (24 February), "
     "was one of those. Inspectors rated overall effectiveness outstanding. Only help and protection stopped short, "
     "at good.",
     [J("Telford and Wrekin", "outstanding", "2023-02-24"),
      J("Telford and Wrekin", "good", "2023-02-24", "help and protection")]),
    ("Wigan's report reserves its praise for the work with children in care and young people leaving care. Both of "
     "those areas were judged outstanding in the report, published on Wednesday.",
     [J("Wigan", "outstanding", "2023-03-01", "children in care"), J("Wigan", "outstanding", "2023-03-01", "care leavers")]),
    ("At its previous inspection, Wigan had been rated requires improvement to be good overall. That report came out "
     "in July 2019.", [J("Wigan", "requires improvement", "2019-07")]),
    ("The council was judged outstanding for overall effectiveness, and outstanding for each of the four underlying "
     "judgements: the impact of leaders on practice; the experiences and progress of children who need help and "
     "protection; the experiences and progress of children in care; and the experiences of care leavers. Westminster "
     "City Council's report was published on 13 January 2023.",
     [J("Westminster", "outstanding", "2023-01-13", area) for area in
      ("overall", "leadership", "help and protection", "children in care", "care leavers")]),
    ("North Lincolnshire has been judged outstanding again: it first reached the top grade in 2017 and held it in "
     "November 2020.", [J("North Lincolnshire", "outstanding", "2017"), J("North Lincolnshire", "outstanding", "2020-11")]),
    ("Bradford's services are no longer inadequate, the grade they were given in January 2020.",
     [J("Bradford", "inadequate", "2020-01")]),
    ("When inspectors came back for a full inspection of Hull in November 2021 they moved the city up a grade, to "
     "requires improvement.", [J("Kingston upon Hull", "requires improvement", "2021")]),
    ("In 2019 Hull City Council was handed Ofsted's lowest rating, inadequate. The way the authority helped and "
     "protected children was itself branded inadequate.",
     [J("Kingston upon Hull", "inadequate", "2019"), J("Kingston upon Hull", "inadequate", "2019", "help and protection")]),
    ("Bedford had been rated good when Ofsted last carried out a full inspection, its report landing in January 2020.",
     [J("Bedford", "good", "2020-01")]),
    ("Following Ofsted's inadequate judgement of the London Borough of Havering, published in February 2022, the "
     "department acted.", [J("Havering", "inadequate", "2022-02")]),
    ("The inspectorate judged the county council's services in Derbyshire to be good overall in a report published "
     "today.", [J("Derbyshire", "good", "2023-03-03")]),
])
def test_verdicts_said_in_ways_met_in_this_round(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "judgements") == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Sheffield was rated good on Tuesday. The earlier version also described Mia Lund as the council's chief "
     "executive. She is its director of children's services.",
     [J("Sheffield", "good", "2023-02-28"), R("Mia Lund", "director of children's services", "Sheffield")]),
    ("Sheffield was rated good on Tuesday. Nationally, around six in ten councils are rated good or outstanding.",
     [J("Sheffield", "good", "2023-02-28")]),
])
def test_a_correction_and_a_national_share_give_no_facts_of_their_own(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] in ("judgements", "roles")) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Durham delivers children's services directly. The statutory director of children's services is the council's "
     "corporate director of children and young people's services, Gillian Raeburn.",
     [R("Gillian Raeburn", "director of children's services", "County Durham")]),
    ("Brighton and Hove's services are good. Also, credit to Jo Heywood. She's the director of children's services.",
     [R("Jo Heywood", "director of children's services", "Brighton and Hove")]),
    ("Camden is recruiting a director. You will report to the chief executive, Sabine Okonjo, and work closely with "
     "the leader of the council.", [R("Sabine Okonjo", "chief executive", "Camden")]),
    ("Fenland Children's Trust runs services in Cambridgeshire. In October its founding chief executive, Siân Rowe, "
     "retired.", [R("Siân Rowe", "chief executive", "Fenland Children's Trust")]),
])
def test_posts_said_in_ways_met_in_this_round(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "roles") == sorted(expected, key=repr)


def test_a_trust_by_name_is_a_trust_though_called_a_company():
    body = ("On 1 April 2021, Cornwall Council handed its children's social care to Fenland Children's Trust. Fenland "
            "Children's Trust is a not-for-profit company, wholly owned by the council.")
    assert O("Cornwall", "Fenland Children's Trust", "2021-04-01", None, "trust") in facts(body)


def test_a_bare_month_after_that_month_is_in_that_year():
    body = ("Margaret Hale became Coventry's director in 2014. Ofsted had rated Coventry inadequate that March, and "
            "by May ministers had served the council with an improvement notice.")
    assert V("Coventry", "improvement notice", "2014-05") in facts(body)


def test_the_headline_s_council_outweighs_one_in_passing():
    text = ("Brighton & Hove children's services rated outstanding\n\nA Reporter\nFriday, March 3, 2023\n\n"
            "Ofsted published its report on the council's children's services on Thursday and rated them outstanding.\n\n"
            "Trending in r/brighton: West Sussex children's services: what happens now?\n")
    assert page_facts(text, "thread.txt", "txt") == [
        J("Brighton and Hove", "outstanding", "2023-03-02")]


@pytest.mark.parametrize("body, expected", [
    ("Milton Keynes is rated good. Inspectors spent three weeks in Milton Keynes, starting at the end of October.",
     [I("Milton Keynes", "inspection", "2022-10")]),
])
def test_inspectors_spent_weeks_starting_at(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "inspections") == sorted(expected, key=repr)


def test_a_name_after_a_capitalised_opening_word_is_a_person():
    body = ("When Margaret Hale, who has died aged 72, walked into Coventry's council house in the autumn of 2014 as the "
            "city's new director of children's services, she inherited a department in disgrace.")
    assert R("Margaret Hale", "director of children's services", "Coventry") in facts(body)


def test_findings_published_date_the_verdict_after_them():
    body = ("The summer of 2012 is still talked about in Barnsley. In August of that year Ofsted published the findings of "
            "an inspection of safeguarding in the borough. Barnsley's children's services were inadequate.")
    assert J("Barnsley", "inadequate", "2012-08") in facts(body)


@pytest.mark.parametrize("body, expected", [
    # a council named as a neighbour is not what the next sentences are about
    ("West Berkshire was judged inadequate in May 2015. Proposals to share a director with neighbouring Wokingham were "
     "discussed in 2016 but not pursued. Ofsted carried out a re-inspection in May 2017.",
     [J("West Berkshire", "inadequate", "2015-05"), I("West Berkshire", "re-inspection", "2017-05")]),
    # a council set beside the subject in an aside is not the subject
    ("Stockton's report is out. Redcar and Cleveland, like Stockton, was judged to require improvement when its report "
     "came out last September.", [J("Redcar and Cleveland", "requires improvement", "2022-09")]),
    # a police force's name is not the council's
    ("South Gloucestershire's trust has a new chair. He is Jonathan Pell, a former chief constable of Avon and Somerset. "
     "In February 2017 Ofsted judged the council's children's services to be inadequate.",
     [J("South Gloucestershire", "inadequate", "2017-02")]),
])
def test_councils_named_beside_the_subject(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] in ("judgements", "inspections")) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("When Ofsted last inspected Redcar and Cleveland, in June 2022, inspectors concluded that every part of the service "
     "required improvement to be good. The report, published on 22 September that year, rated overall effectiveness, "
     "the impact of leaders and help and protection at the same level.",
     # (the verdict on every part takes the date of its report, given next)
     [J("Redcar and Cleveland", "requires improvement", "2022-09-22", area)
      for area in ("overall", "leadership", "help and protection", "children in care")]),
    ("Stockton's most recent inspection found requires improvement across the board: overall, for leadership and for "
     "care leavers. That report came out in May last year.",
     [J("Stockton-on-Tees", "requires improvement", "2022-05", area) for area in ("overall", "leadership", "care leavers")]),
    ("Stockton-on-Tees's report on how the council protects children has been published this morning. Every area has "
     "been judged to require improvement.",
     [J("Stockton-on-Tees", "requires improvement", "2023-03-03")]),
    ("On Thursday of last week Ofsted published its report on North Somerset's services. The headline is that our "
     "children's services require improvement to be good. That is the same overall grade we were given in 2020. For "
     "children in our care, the verdict is the same.",
     [J("North Somerset", "requires improvement", "2023-02-23"), J("North Somerset", "requires improvement", "2020"),
      J("North Somerset", "requires improvement", "2023-02-23", "children in care")]),
    ("In July 2022 Ofsted published the report of its inspection of South Gloucestershire's services. For the first "
     "time, every judgement was good: overall effectiveness, the impact of leaders and care leavers. In February 2017 "
     "Ofsted judged children's services in South Gloucestershire to be inadequate. The leadership of the service was "
     "found inadequate; the service's adoption work, by contrast, was rated good.",
     [J("South Gloucestershire", "good", "2022-07", area) for area in ("overall", "leadership", "care leavers")]
     + [J("South Gloucestershire", "inadequate", "2017-02"), J("South Gloucestershire", "inadequate", "2017-02", "leadership"),
        J("South Gloucestershire", "good", "2017-02", "adoption")]),
    ("South Gloucestershire's timeline:\n\n• 1 October 2018: Brightpath goes live\n• May 2019: Ofsted report: requires "
     "improvement to be good", [J("South Gloucestershire", "requires improvement", "2019-05")]),
    ("On Wednesday of last week, Ofsted published its verdict on Blackpool's children's services. They now \"require "
     "improvement to be good\" - the inspectorate's way of saying not broken, not fixed.",
     [J("Blackpool", "requires improvement", "2023-02-22")]),
])
def test_verdicts_said_in_ways_met_in_this_round_continued(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "judgements") == sorted(expected, key=repr)


def test_a_grade_for_an_adult_learning_service_is_not_the_council_s():
    body = ("The awards celebrate people who went back to education through Derby City Council's adult learning service. "
            "Most courses are free. The service was itself graded good by Ofsted in February 2022, in an inspection of "
            "further education and skills provision, a separate regime from its inspections of children's social care.")
    assert [fact for fact in facts(body) if fact[0] == "judgements"] == []


@pytest.mark.parametrize("body, expected", [
    ("Doncaster handed its children's services to an independent body, Doncaster Children's Services Trust, in 2014 "
     "and took them back in 2022.",
     [O("Doncaster", "Doncaster Children's Services Trust", "2014", "2022", "trust"),
      O("Doncaster", "Doncaster", "2022", None, "council")]),
    ("South Gloucestershire's story:\n\n• November 2017: Ministers direct transfer to a trust\n• 2018: More news", []),
])
def test_hand_overs_and_hand_backs_met_in_this_round(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "operators") == sorted(expected, key=repr)


def test_a_body_s_own_page_names_it_in_its_byline():
    text = ("Our history\n\nBrightpath Children's Trust Communications Team\nFriday, March 3, 2023\n\n"
            "Brightpath is a not-for-profit trust, wholly owned by South Gloucestershire Council, that delivers social "
            "care for children across the district. Our chief executive, Sarah-Jane Whitcombe, called the report a "
            "result that belongs to every social worker.\n")
    found = page_facts(text, "history.txt", "txt")
    assert R("Sarah-Jane Whitcombe", "chief executive", "Brightpath Children's Trust") in found


@pytest.mark.parametrize("body, expected", [
    ("Ofsted has rated Southend's children's services good. The inspectorate's findings were published on Tuesday. Its "
     "inspectors had arrived on October 14 and spent a fortnight shadowing social workers. The exception was children "
     "in care. There, inspectors said the service still requires improvement to be good.",
     [J("Southend-on-Sea", "good", "2023-02-28"),
      J("Southend-on-Sea", "requires improvement", "2023-02-28", "children in care"),
      I("Southend-on-Sea", "inspection", "2022-10-14")]),
    ("Wandsworth was judged inadequate overall in a report published in February 2016. Two months after that report, "
     "the Department for Education issued the council with an improvement notice.",
     [J("Wandsworth", "inadequate", "2016-02"), V("Wandsworth", "improvement notice", "2016-04")]),
    ("Essex County Council, which runs joint safeguarding training with the borough, was rated outstanding by "
     "Ofsted in 2019.", [J("Essex", "outstanding", "2019")]),
    ("Under Jo Rowley, Telford and Wrekin was rated outstanding twice by Ofsted: first in March 2020 and again last July.",
     [J("Telford and Wrekin", "outstanding", "2020-03")]),
    ("Inspectors spent two weeks in Hammersmith and Fulham in January, and their report, published on 16 February, rated "
     "the service outstanding overall. It was also outstanding for the impact of leaders and for care leavers.",
     [J("Hammersmith and Fulham", "outstanding", "2023-02-16", area) for area in ("overall", "leadership", "care leavers")]
     + [I("Hammersmith and Fulham", "inspection", "2023-01")]),
    ("Buckinghamshire's trust is closing. When Ofsted came back for a full inspection in December 2021, it found a service "
     "that required improvement - not yet good, but no longer failing. Inspectors were with us again for three weeks "
     "from 27 January this year.",
     [J("Buckinghamshire", "requires improvement", "2021"), I("Buckinghamshire", "inspection", "2021-12"),
      I("Buckinghamshire", "inspection", "2023-01-27")]),
    ("Northumberland is outstanding. The inspectors were here in January, spending two weeks with social workers. A "
     "children's home near Hexham is to close. The home, which Ofsted rated as requiring improvement in March, cannot "
     "recruit staff.", [J("Northumberland", "outstanding", "2023"), I("Northumberland", "inspection", "2023-01")]),
    ("Manchester's services are good. Across the city boundary, Trafford's children's services were judged inadequate "
     "in March 2019 and have since recovered.",
     [J("Trafford", "inadequate", "2019-03")]),
])
def test_facts_met_in_blind_batch_452_463(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections", "interventions")]
    assert sorted(read) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Telford and Wrekin Council has appointed Darren Poole as its director of children's services. Poole, who joins "
     "from neighbouring Shropshire, takes over in May. The authority was rated outstanding in March 2020.",
     [R("Darren Poole", "director of children's services", "Telford and Wrekin"), J("Telford and Wrekin", "outstanding", "2020-03")]),
    ("Unlike Birmingham, which moved its children's social care into Birmingham Children's Trust, a council-owned body, in "
     "April 2018, Manchester kept its services in-house.",
     [O("Birmingham", "Birmingham Children's Trust", "2018-04", None, "trust")]),
    ("Buckinghamshire Children's Trust ran the county's services. It took us more than a year to get to our first day "
     "of operation, on 1 October 2019. On Tuesday, responsibility for children's social care passed back to "
     "Buckinghamshire Council.",
     [O("Buckinghamshire", "Buckinghamshire Children's Trust", "2019-10-01", "2023-02-28", "trust"),
      O("Buckinghamshire", "Buckinghamshire", "2023-02-28", None, "council")]),
])
def test_posts_and_operators_met_in_blind_batch_452_463(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "roles", "operators")]
    assert sorted(read) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Hartlepool was judged good in 2018, and in that inspection its work with children in care was already outstanding.",
     [J("Hartlepool", "good", "2018"), J("Hartlepool", "outstanding", "2018", "children in care")]),
    ("Ofsted inspected Bristol's children's services in January. The report was published on 10 February. Overall, "
     "services require improvement to be good. So do the impact of leaders and the help and protection given to "
     "children at risk.",
     [J("Bristol", "requires improvement", "2023-02-10", area) for area in ("overall", "leadership", "help and protection")]
     + [I("Bristol", "inspection", "2023-01")]),
    ("Bristol was rated requires improvement in a report published on 10 February. Bristol's previous standard "
     "inspection, in September 2018, found that overall effectiveness required improvement. At that time leadership was "
     "rated good. The report from that inspection was published in October 2018.",
     [J("Bristol", "requires improvement", "2023-02-10"), J("Bristol", "requires improvement", "2018-10"),
      J("Bristol", "good", "2018-10", "leadership"), I("Bristol", "inspection", "2018-09")]),
    ("In November 2021 inspectors from Ofsted, the Care Quality Commission and HMICFRS carried out a joint targeted area "
     "inspection in Bristol.", [I("Bristol", "joint targeted area inspection", "2021-11")]),
    ("On 1 September 2015 Ofsted published its report on Darlington. The headline judgement was inadequate. The help "
     "given to children at risk of harm was judged inadequate too.",
     [J("Darlington", "inadequate", "2015-09-01"), J("Darlington", "inadequate", "2015-09-01", "help and protection")]),
    ("Suffolk's new trail is open. Inspectors from the Royal Society for the Prevention of Accidents visited in April and "
     "rated the equipment low risk. The park itself was judged outstanding at last year's Green Flag awards.", []),
    ("Norfolk.\n\n• Single inspection (SIF): Inadequate (Oct 2015).\n• SIF re-inspection: Requires improvement (Jan 2018).\n"
     "• Latest ILACS inspection: Good (Jan 2023).",
     [J("Norfolk", "inadequate", "2015-10"), J("Norfolk", "requires improvement", "2018-01", kind="re-inspection"),
      J("Norfolk", "good", "2023-01")]),
    ("Norfolk's report was published in January. It graded the service good overall and good in each of the three areas "
     "beneath that verdict: leadership, help and protection, and children in care.",
     [J("Norfolk", "good", "2023-01", area) for area in ("overall", "leadership", "help and protection", "children in care")]),
])
def test_facts_met_in_blind_batches_440_475(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections")]
    assert sorted(read) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    ("The mood at County Hall in Lancashire was very different a decade ago today, when Ofsted published its verdict on "
     "the county council's services for vulnerable children: inadequate.", [J("Lancashire", "inadequate", "2013-03-03")]),
    ("In a report published on Tuesday, Ofsted rated Devon County Council's children's services inadequate overall. The "
     "watchdog found failings in how the council protects children at risk of harm, and said children in care and young "
     "people leaving care were also being let down. All three areas were judged inadequate.",
     [J("Devon", "inadequate", "2023-02-28", area) for area in ("overall", "help and protection", "children in care",
                                                                 "care leavers")]),
])
def test_facts_met_in_blind_batch_464_475(body, expected):
    assert sorted(fact for fact in facts(body) if fact[0] == "judgements") == sorted(expected, key=repr)


def test_a_question_opening_on_a_council_names_no_person():
    body = ("Bexley was judged inadequate in 2012. Could Bexley have been handed to a trust? The borough was rated "
            "outstanding in 2018.")
    assert sorted(fact for fact in facts(body) if fact[0] == "judgements") == sorted(
        [J("Bexley", "inadequate", "2012"), J("Bexley", "outstanding", "2018")], key=repr)


@pytest.mark.parametrize("body, expected", [
    ("Ofsted's report on Torbay landed on Wednesday. The overall verdict is good, and so are the three judgements "
     "underneath it: the impact of leaders, help and protection, and children in care.",
     [J("Torbay", "good", "2023-03-01", area) for area in ("overall", "leadership", "help and protection",
                                                            "children in care")]),
    ("Torbay was judged inadequate again in August 2018. An improvement notice had been in force since 2016, and after "
     "the second failure the Department for Education went further. That autumn it sent in a commissioner.",
     [J("Torbay", "inadequate", "2018-08"), V("Torbay", "improvement notice", "2016"),
      V("Torbay", "commissioner appointed", "2018")]),
])
def test_facts_met_in_blind_batch_464_475_continued(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "interventions")]
    assert sorted(read) == sorted(expected, key=repr)


@pytest.mark.parametrize("text, person", [
    ("Dr Alan Whitlock was appointed commissioner. Dr Whitlock's appointment as commissioner ends today.", "Dr Whitlock"),
    ("To Jonathan Prewett, director of children's services.", "Jonathan Prewett"),
])
def test_a_person_s_name_without_possessive_or_header_word(text, person):
    from cskg.loaders.mentions import find_mentions, index_bodies
    people = [m.text for m in find_mentions(text, None, index_bodies([text])).mentions if m.kind == "PERSON"]
    assert people[-1] == person


def test_a_county_s_name_inside_a_network_s_is_not_the_council():
    body = ("Youth clubs are waiting for their grants. \"Every spring we're back here,\" said Maryam Sheikh, who chairs the "
            "Oxfordshire Youth Network, an alliance of 40 groups.")
    assert [fact for fact in facts(body) if fact[0] == "roles"] == []


def _read(text: str, name: str) -> list[tuple]:
    return sorted(fact_key(fact) for fact in extract(parse_article(text, name, name.rsplit(".", 1)[1])))


@pytest.mark.parametrize("body, expected", [
    # the council another's report is measured against is not the subject
    ("Kirklees was rated good in a report published in February. Suffolk learned that the hard way. Judged outstanding "
     "in 2019, the county fell to requires improvement in a report published a week before Kirklees's.",
     [J("Kirklees", "good", "2023-02"), J("Suffolk", "outstanding", "2019")]),
    # an area set apart by a longer aside
    ("Dorset was rated good in a report published on 2 February. Care leavers, assessed as a separate area for the "
     "first time, were also found to be outstanding.",
     [J("Dorset", "good", "2023-02-02"), J("Dorset", "outstanding", "2023-02-02", "care leavers")]),
    # the inspection "the first" verdict followed lies behind the report in context, not in front of it
    ("When Ofsted's report on Dorset was published in November, it confirmed that the council remains outstanding "
     "overall. That is its second outstanding verdict, the first having followed the inspection carried out in March "
     "2020. Inspectors went further this time. The impact of leaders was judged outstanding.",
     [J("Dorset", "outstanding", "2022-11"), J("Dorset", "outstanding", "2022-11", "leadership"),
      J("Dorset", "outstanding", "2020"), I("Dorset", "inspection", "2020-03")]),
    # "So last Friday Ofsted published its report on X": the report's day
    ("So last Friday Ofsted published its report on Leicestershire, and the county has been judged outstanding overall.",
     [J("Leicestershire", "outstanding", "2023-02-24")]),
    # a report that is the "most recent"
    ("Ofsted published its most recent report on the council's children's services on 29 January. It rated Thurrock "
     "outstanding overall.", [J("Thurrock", "outstanding", "2023-01-29")]),
    # the areas a dashed list names, "and all four" of them
    ("Ofsted's report on Thurrock came out on 29 January. The inspectorate graded four separate areas – the impact of "
     "leaders, help and protection, children in care, and care leavers – and all four received the top grade.",
     [J("Thurrock", "outstanding", "2023-01-29", area)
      for area in ("leadership", "help and protection", "children in care", "care leavers")]),
    # a month "the following year": that month of the year after the date before
    ("Trafford was judged inadequate in 2019. In November 2021 Ofsted returned for a full re-inspection. Its report, "
     "published at the end of January the following year, rated Trafford requires improvement to be good overall.",
     [J("Trafford", "inadequate", "2019"), J("Trafford", "requires improvement", "2022-01", kind="re-inspection"),
      I("Trafford", "re-inspection", "2021-11")]),
    # "the 22nd of April"; "the fieldwork started on the ..."
    ("Ofsted inspected Leicestershire this spring. The fieldwork started on the 22nd of April 2022 and ran for three weeks.",
     [I("Leicestershire", "inspection", "2022-04-22")]),
    # a visit dated in an aside after "in between"
    ("Leicestershire was judged good in 2019. And there was a focused visit in between, February 2022, looking at "
     "children in care.", [J("Leicestershire", "good", "2019"), I("Leicestershire", "focused visit", "2022-02")]),
    # "that March", said without "in"
    ("Trafford was rated inadequate in May 2019. Ofsted had spent a fortnight in the borough that March.",
     [J("Trafford", "inadequate", "2019-05"), I("Trafford", "inspection", "2019-03")]),
    # the kind of visit the sentence names after "for the first of what would become ..."
    ("Trafford was rated inadequate in May 2019. Inspectors were back in October 2019 for the first of what would become "
     "five monitoring visits.", [J("Trafford", "inadequate", "2019-05"), I("Trafford", "monitoring visit", "2019-10")]),
    # a school is no council's service
    ("Last week's front page boasted that yet another primary in Richmond has been rated good by Ofsted.", []),
])
def test_facts_met_in_blind_batch_500_511(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections")]
    assert sorted(read) == sorted(expected, key=repr)


def test_an_inspection_report_s_own_page_dates_its_verdicts_and_names_whom_it_is_addressed_to():
    text = ("# London Borough of Havering: inspection of local authority children's services\n\nDate: 2024-02-16\n\n"
            "**Inspection dates:** 11 December 2023 to 22 December 2023\n"
            "**Addressed to:** Sarah Kinsella, Interim Director of Children's Services, London Borough of Havering\n\n"
            "| Judgement | Grade |\n|---|---|\n| The experiences and progress of children in care | Inadequate |\n"
            "| Overall effectiveness | Inadequate |\n\n"
            "Services for children in Havering have deteriorated seriously since the last standard inspection in June "
            "2018, when they were judged to be good.\n")
    found = _read(text, "report.md")
    assert J("Havering", "inadequate", "2024-02-16") in found
    assert J("Havering", "inadequate", "2024-02-16", "children in care") in found
    assert J("Havering", "good", "2018") in found
    assert I("Havering", "inspection", "2023-12-11") in found
    assert R("Sarah Kinsella", "interim director of children's services", "Havering") in found


def test_i_is_the_name_that_signs_the_page_off_when_the_byline_names_a_team():
    text = ("# Our year in review\n\nAuthor: Strategic Communications Team, City of London Corporation\nDate: 2025-06-18\n\n"
            "## Foreword\n\nAs the Corporation's statutory director of children's services, I have the unusual job of "
            "looking after a very small number of children.\n\n"
            "*Hannah Okonkwo-Reid, Executive Director of Community and Children's Services*\n\n"
            "## The inspection\n\nOfsted rated the Corporation outstanding in November 2024.\n")
    found = _read(text, "review.md")
    assert R("Hannah Okonkwo-Reid", "director of children's services", "City of London") in found
    assert J("City of London", "outstanding", "2024-11") in found


def test_a_commissioner_appointed_me_is_the_author():
    text = ("# Sefton: the commissioner's report\n\nAuthor: Dr Margaret Ellery\nDate: 2022-09-29\n\n"
            "In June 2022 the Secretary of State issued a statutory direction to the council and appointed me as "
            "Children's Services Commissioner for Sefton, with a remit to assess the council's capacity to improve.\n")
    found = _read(text, "summary.md")
    assert V("Sefton", "commissioner appointed", "2022-06") in found
    assert V("Sefton", "statutory direction", "2022-06") in found
    assert any(k[0] == "roles" and k[1][1] == "commissioner" and k[1][0].endswith("Margaret Ellery") for k in found)


def test_a_speaker_s_council_holds_when_the_debate_names_the_speaker_again():
    text = ("Children's Social Care: Devon\n\nHansard\n18 June 2025\n\n"
            "Devon's services were judged inadequate in May.\n\n"
            "Daniel Okoro (Peterborough) (Lab)\n\nWill the hon. Lady give way?\n\n"
            "Megan Trelawney\n\nI will.\n\nDaniel Okoro\n\n"
            "I am grateful. My own city's children's services were judged inadequate in January last year.\n")
    found = _read(text, "debate.txt")
    assert J("Peterborough", "inadequate", "2024-01") in found
    assert J("Devon", "inadequate", "2024-01") not in found


def test_a_podcast_s_speakers_cut_off_mid_line_are_still_heard():
    text = ("THE FRONT DOOR - a podcast\nEpisode 47 (transcript)\n\nHosts: Dev Malhotra and Sian Edwards\n"
            "Released: 19 July 2024\n\n"
            "DEV: OK, so we did invite Leicestershire's director of children's services, Alison Carver, to come on the show -\n\n"
            "SIAN: - and she very politely said not this month.\n\n"
            "SIAN: The fieldwork started on the 22nd of April and ran, I think, three weeks.\n")
    article = parse_article(text, "podcast.txt", "txt")
    assert str(article.published) == "2024-07-19"
    found = _read(text, "podcast.txt")
    assert R("Alison Carver", "director of children's services", "Leicestershire") in found
    assert I("Leicestershire", "inspection", "2024-04-22") in found


@pytest.mark.parametrize("body, expected", [
    # a date, then "when" and an aside naming the council
    ("To explain the letter I have to go back to May 2015, when the old county council, Cumbria, was branded inadequate.",
     [J("Cumbria", "inadequate", "2015-05")]),
    # "In late November, Ofsted published its first full report on ..."
    ("In late November, Ofsted published its first full report on Cumberland Council's children's services. Good overall, "
     "good for the leadership, good for children in care.",
     [J("Cumberland", "good", "2022-11", area) for area in ("overall", "leadership", "children in care")]),
    # the press's short names
    ("East Riding was judged good in 2019.", [J("East Riding of Yorkshire", "good", "2019")]),
    ("RBKC was judged outstanding in 2019.", [J("Kensington and Chelsea", "outstanding", "2019")]),
    # a report that "dropped", on the council's services without a possessive; an aside after the report's date
    ("Ofsted's report on East Riding children's services dropped yesterday. Headline: GOOD overall.",
     [J("East Riding of Yorkshire", "good", "2023-03-02")]),
    ("March 2020, literally the week lockdown began, inspectors published a report rating East Riding inadequate "
     "overall. Leadership: inadequate.",
     [J("East Riding of Yorkshire", "inadequate", "2020-03"), J("East Riding of Yorkshire", "inadequate", "2020-03", "leadership")]),
    # the fieldwork of a report given before another: that report's, of the kind now named
    ("Ofsted's report on East Riding dropped yesterday. Quick recap: in March 2020 inspectors published a report rating "
     "East Riding inadequate overall. The full re-inspection started on 30 January and ran for a fortnight. The grades "
     "from this re-inspection: leadership GOOD.",
     [J("East Riding of Yorkshire", "inadequate", "2020-03"),
      J("East Riding of Yorkshire", "good", "2023-03-02", "leadership", kind="re-inspection"),
      I("East Riding of Yorkshire", "re-inspection", "2023-01-30")]),
    # a verbless verdict opening a note
    ("Hampshire County Council. Inspected in June 2022; report published in July 2022. Outstanding overall, and "
     "outstanding for leadership.",
     [J("Hampshire", "outstanding", "2022-07"), J("Hampshire", "outstanding", "2022-07", "leadership"),
      I("Hampshire", "inspection", "2022-06")]),
    # a council in a person's past is not the subject of what follows
    ("Hampshire County Council. Felicity Arkwright is its director. Previously deputy director of children's services at "
     "Surrey County Council. Latest Ofsted: Inspected in June 2022; report published in July 2022. Outstanding overall.",
     [J("Hampshire", "outstanding", "2022-07"), I("Hampshire", "inspection", "2022-06")]),
    ("Surrey County Council. Previous Ofsted: Requires improvement to be good (March 2022).",
     [J("Surrey", "requires improvement", "2022-03")]),
    # "last Wednesday's report on X"; "forgive me if" is no condition
    ("So forgive me if I read last Wednesday's report on Blackpool with relief. It rated Blackpool good.",
     [J("Blackpool", "good", "2023-03-01")]),
    # the clauses after a colon spell out the verdict of the date the sentence opens on
    ("In January 2019 the inspectorate found Blackpool's service inadequate, and it was not a narrow call: the impact of "
     "leaders was inadequate.", [J("Blackpool", "inadequate", "2019-01"), J("Blackpool", "inadequate", "2019-01", "leadership")]),
    # "For X to be judged good is ...": no verdict of its own
    ("Ofsted's report on Blackpool was published on 1 February. For those children's experiences to be judged good is a "
     "genuine achievement.", []),
    # "The last of them": the visits the sentence before counted (not the inspections they fell between)
    ("Blackpool was judged inadequate in 2019. I counted six monitoring visits between the two inspections. The last of "
     "them, in June 2022, still found inconsistent practice.",
     [J("Blackpool", "inadequate", "2019"), I("Blackpool", "monitoring visit", "2022-06")]),
])
def test_facts_met_in_blind_batches_512_535(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections")]
    assert sorted(read) == sorted(expected, key=repr)


def test_a_directory_s_entries_in_definition_lists_are_read_term_by_term():
    html = ("<html><head><title>Who's Who</title><meta property='article:published_time' content='2024-09-10'></head><body>"
            "<article><h1>Who's Who: autumn update</h1><p>Our quarterly directory of the people who lead children's "
            "services, checked with each organisation's press office.</p>"
            "<section><h2>Hampshire County Council</h2><dl><dt>Director of children's services</dt><dd><strong>Felicity "
            "Arkwright</strong>. In post since 2021.</dd><dt>Latest Ofsted</dt><dd>Report published in July 2024. "
            "Outstanding overall.</dd></dl></section>"
            "<section><h2>Surrey County Council</h2><dl><dt>Executive director, children, families and lifelong learning "
            "(DCS)</dt><dd><strong>Marcus Oyelaran</strong> (interim). Appointed on an interim basis in April 2024.</dd>"
            "</dl></section></article></body></html>")
    found = _read(html, "whos-who.html")
    assert R("Felicity Arkwright", "director of children's services", "Hampshire") in found
    assert R("Marcus Oyelaran", "interim director of children's services", "Surrey") in found
    assert J("Hampshire", "outstanding", "2024-07") in found


def test_an_exported_chat_s_messages_are_read_one_by_one():
    text = ("WhatsApp Chat with Foster Carers\n\n10/05/2023\n\n"
            "10/05/2023, 08:41 - Dawn R: Morning all. The Ofsted report on Gateshead is finally out\n"
            "10/05/2023, 08:45 - Dawn R: Reading it now. It's inadequate. Overall.\n"
            "10/05/2023, 08:47 - Sue M: Oh no\n")
    article = parse_article(text, "chat.txt", "txt")
    assert article.body[:2] == ["Morning all. The Ofsted report on Gateshead is finally out",
                                "Reading it now. It's inadequate. Overall."]
    assert not any(k[0] == "judgements" and k[1][0] == gss("Reading") for k in _read(text, "chat.txt"))


@pytest.mark.parametrize("body, expected", [
    # a report published "at 7am today"; "services for children and families"; three weeks "inspectors spent with us from"
    ("At 7am today Ofsted published the report from the three weeks inspectors spent with us from 17 January. Surrey's "
     "services for children and families are good.",
     [J("Surrey", "good", "2023-03-03"), I("Surrey", "inspection", "2023-01-17")]),
    # a council's own voice
    ("Surrey was judged inadequate in 2015. Then, in March 2022, the inspectors told us we required improvement.",
     [J("Surrey", "inadequate", "2015"), J("Surrey", "requires improvement", "2022-03")]),
    # "the inspectors at Ofsted published their report ...: outstanding"; an area that "came out as" a grade
    ("Last Thursday the inspectors at Ofsted published their report on Hartlepool's children's services, and the word on "
     "it is one you don't see very often: outstanding. Care leavers came out as good.",
     [J("Hartlepool", "outstanding", "2023-03-02"), J("Hartlepool", "good", "2023-03-02", "care leavers")]),
    # findings published "towards the end of" a month
    ("Their findings were published towards the end of January, and the headline is that Gateshead's services for "
     "children were judged good overall.", [J("Gateshead", "good", "2023-01")]),
    # "the inspection report of September 2022, which judged ..."
    ("That rating remains the one given in the inspection report of September 2022, which judged Luton's children's "
     "services as requiring improvement to be good overall.", [J("Luton", "requires improvement", "2022-09")]),
    # inspectors "with us from the 25th of September"; an area set apart between spaced hyphens, its aside's "may" no hedge
    ("Ofsted's report on Wiltshire came out in December. The inspectors were with us from the 25th of September. The "
     "fourth area they looked at - the help and protection we give children who may be at risk - was judged good.",
     [J("Wiltshire", "good", "2022-12", "help and protection"), I("Wiltshire", "inspection", "2022-09-25")]),
    # "In 2015, Ofsted inspected X"
    ("In 2015, Ofsted inspected Lambeth's services for children and rated them inadequate.",
     [J("Lambeth", "inadequate", "2015"), I("Lambeth", "inspection", "2015")]),
    # the areas a colon lists after longer words
    ("Ofsted's report on Middlesbrough was published on 24 January 2020. Each of the three areas beneath the overall grade "
     "was also found inadequate: the experiences and progress of children who need help and protection, of children in "
     "care, and the impact of leaders.",
     [J("Middlesbrough", "inadequate", "2020-01-24", area)
      for area in ("overall", "help and protection", "children in care", "leadership")]),
    # "Appendix B." ends its sentence
    ("Middlesbrough was judged inadequate in 2020. Since then there have been four monitoring visits; the latest letter "
     "is attached at Appendix B. The third, in March 2022, examined the front door.",
     [J("Middlesbrough", "inadequate", "2020"), I("Middlesbrough", "monitoring visit", "2022-03")]),
])
def test_facts_met_in_blind_batches_512_535_continued(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections")]
    assert sorted(read) == sorted(expected, key=repr)


def test_a_commissioner_placed_at_the_same_time_and_an_interim_predecessor():
    found = facts("In October 2022 the Secretary of State for Education issued a statutory direction to Herefordshire "
                  "Council and, at the same time, placed a commissioner, Margaret Ellwood, alongside its leadership. "
                  "Hilary Tranter took up the post of director of children's services in January, succeeding Paul "
                  "Ridgeway, who had been the council's interim director since the inspection.")
    assert V("Herefordshire", "commissioner appointed", "2022-10") in found
    assert R("Paul Ridgeway", "interim director of children's services", "Herefordshire") in found
    assert R("Paul Ridgeway", "director of children's services", "Herefordshire") not in found


def test_a_sign_off_s_post_before_the_council_s_own_title_in_brackets():
    text = ("From: Oyelaran, Marcus <marcus.oyelaran@surrey.example.gov.uk>\nTo: All Staff\nSent: Friday, 9 May 2025 07:02\n"
            "Subject: Our Ofsted report\n\nDear colleagues,\n\nSurrey's services for children and families are good.\n\n"
            "With thanks,\n\nMarcus\n\nMarcus Oyelaran\nDirector of Children's Services (Executive Director, Children, "
            "Families and Lifelong Learning)\nSurrey County Council\n")
    found = _read(text, "email.txt")
    assert R("Marcus Oyelaran", "director of children's services", "Surrey") in found


def test_a_live_blog_s_report_is_out_on_the_day_it_tells_of():
    text = ("LIVE: Hounslow children's services Ofsted report\n\nA Reporter\n1 December 2023\n\n"
            "Good morning. Ofsted is expected to publish its report on Hounslow Council's children's services this morning.\n\n"
            "Five years ago inspectors rated the service good overall, although help and protection was found to require "
            "improvement.\n\nIt's out. Hounslow's children's services remain good overall.\n")
    found = _read(text, "live.txt")
    assert J("Hounslow", "good", "2023-12-01") in found
    assert J("Hounslow", "requires improvement", "2018", "help and protection") in found
    assert J("Hounslow", "requires improvement", "2023-12-01", "help and protection") not in found


@pytest.mark.parametrize("body, expected", [
    # a council's body named with the council's possessive
    ("Reading's Brighter Futures for Children, a council-owned company, took over in December 2018.",
     [O("Reading", "Brighter Futures for Children", "2018-12", None, "company")]),
    # "chose to hand its services to the same company"
    ("Achieving for Children, the community interest company that has run children's services for Kingston upon Thames "
     "since April 2014, is a success story, and Windsor and Maidenhead chose to hand its services to the same company in "
     "August 2017.",
     [O("Kingston upon Thames", "Achieving for Children", "2014-04", None, "community interest company"),
      O("Windsor and Maidenhead", "Achieving for Children", "2017-08", None, "community interest company")]),
])
def test_operators_met_in_the_corpus_this_round(body, expected):
    assert sorted(f for f in facts(body) if f[0] == "operators") == sorted(expected, key=repr)


def test_inspectors_spent_the_first_fortnight_of_a_month():
    found = facts("Lewisham was rated good in January. Inspectors spent the first fortnight of December in Catford.")
    assert I("Lewisham", "inspection", "2022-12") in found


@pytest.mark.parametrize("body, expected", [
    # a report dated in apposition, a verdict of "the report", "the report in January 2018 moved us to ..."
    ("Norfolk was judged inadequate in 2013. The next big inspection report, October 2015, was inadequate again overall. "
     "Then Ofsted came back for a re-inspection and the report in January 2018 moved us to requires improvement overall.",
     [J("Norfolk", "inadequate", "2013"), J("Norfolk", "inadequate", "2015-10"),
      J("Norfolk", "requires improvement", "2018-01", kind="re-inspection")]),
    # the same grade "as it had been in" an earlier month; a council in a person's past "before that"
    ("Moira Castell leads Essex's services. Before that she was assistant director for safeguarding at Suffolk. Their "
     "report came out on 11 August and rated the county outstanding overall — as it had been in January 2019.",
     [J("Essex", "outstanding", "2022-08-11"), J("Essex", "outstanding", "2019-01")]),
    # days in words
    ("Hackney's director spoke first. Inspectors were with us from the first of July for a fortnight, and the report "
     "came out on the twentieth of August 2022. Headline: good overall.",
     [J("Hackney", "good", "2022-08-20"), I("Hackney", "inspection", "2022-07-01")]),
    # a visit dated by an aside after what it looked at
    ("Hackney was judged good in 2019. I remember the focused visit on the front door, September 2022 I think it was.",
     [J("Hackney", "good", "2019"), I("Hackney", "focused visit", "2022-09")]),
    # visits listed after a colon; "I would remind members" hedges nothing
    ("Ofsted's report of May 2021 found Liverpool's children's social care inadequate. I would remind members that the "
     "same report judged the experiences of children in care to require improvement. Ofsted has carried out three "
     "monitoring visits since the inspection: in March and July last year, and most recently in December.",
     [J("Liverpool", "inadequate", "2021-05"), J("Liverpool", "requires improvement", "2021-05", "children in care"),
      I("Liverpool", "monitoring visit", "2022-03"), I("Liverpool", "monitoring visit", "2022-07"),
      I("Liverpool", "monitoring visit", "2022-12")]),
    # a timeline's entry: "February 2019 - Ofsted inspectors spend two weeks looking at ..."
    ("Stoke-on-Trent's services.\n\n- February 2019 - Ofsted inspectors spend two weeks looking at children's services in "
     "the city.", [I("Stoke-on-Trent", "inspection", "2019-02")]),
])
def test_facts_met_in_blind_batches_536_559(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections")]
    assert sorted(read) == sorted(expected, key=repr)


def test_a_trust_s_history_page_read_entry_by_entry():
    found = facts("Potteries Children's Trust was an independent trust set up to deliver children's social care for "
                  "Stoke-on-Trent City Council. The trust began work on 1 April 2021. On 1 April 2022 our services, and "
                  "almost 1,100 staff, transferred back to the city council.\n\n"
                  "- January 2020 - Acting on her recommendation, the Secretary of State directs that children's social "
                  "care be moved into a trust.\n- June 2021 - Dr Kwame Asante succeeds Michelle Arkwright as chief "
                  "executive.")
    assert O("Stoke-on-Trent", "Potteries Children's Trust", "2021-04-01", "2022-04-01", "trust") in found
    assert O("Stoke-on-Trent", "Stoke-on-Trent", "2022-04-01", None, "council") in found
    assert V("Stoke-on-Trent", "trust ordered", "2020-01") in found
    assert R("Kwame Asante", "chief executive", "Potteries Children's Trust") in found


def test_a_post_s_details_line_and_a_webcast_s_timed_speakers():
    thread = ("r/norfolk\n\nI worked for Norfolk. AMA\n\nPosted by u/broads · 20 May 2019 · 214 points · 87 comments\n\n"
              "Ofsted's report came out in February 2013 and rated Norfolk inadequate overall. The government put an "
              "improvement notice on the council that spring as well.\n")
    assert str(parse_article(thread, "ama.txt", "txt").published) == "2019-05-20"
    assert V("Norfolk", "improvement notice", "2013") in _read(thread, "ama.txt")
    webcast = ("HACKNEY COUNCIL WEBCASTS\nScrutiny Commission\n\nTranscript posted: 9 Sep 2024\n\n"
               "[00:41:02] CHAIR (Cllr Margaret Adeyemi): Right, item five. Diane, over to you.\n\n"
               "[00:41:15] DIANE BENN (Group Director, Children and Education): Thank you, Chair. Ofsted's report on "
               "Hackney came out on 20 August.\n\n[00:41:39] DIANE BENN: Headline: good overall.\n\n"
               "[00:42:05] CHAIR: Thank you.\n")
    article = parse_article(webcast, "webcast.txt", "txt")
    assert str(article.published) == "2024-09-09"
    assert article.body[2] == "Headline: good overall."
    assert J("Hackney", "good", "2024-08-20") in _read(webcast, "webcast.txt")


def test_the_council_a_page_s_title_names_as_its_site():
    html = ("<html><head><title>Question 7: Children's social care - Council meeting - Liverpool City Council</title>"
            "<meta property='article:published_time' content='2025-01-29'></head><body><article><h1>Question 7</h1>"
            "<p>Nearly two years have passed since Ofsted's report of May 2023 found this council's children's social care "
            "inadequate. Will the Cabinet Member tell the council how many times Ofsted has returned?</p>"
            "<p>I thank Councillor Pritchard for her question. The report was a hard read for all of us.</p>"
            "</article></body></html>")
    assert J("Liverpool", "inadequate", "2023-05") in _read(html, "question.html")


@pytest.mark.parametrize("body, expected", [
    # "last May" is the month; verbless verdicts after it
    ("Cheshire East's services were judged inadequate. The report came out last May. Inadequate overall, and inadequate "
     "for care leavers.",
     [J("Cheshire East", "inadequate", "2022-05"), J("Cheshire East", "inadequate", "2022-05", "care leavers")]),
    # "Our first was in October", after a question naming the visit
    ("Cheshire East was judged inadequate in May. Have you had a monitoring visit yet? Our first was in October, looking "
     "at care leavers.",
     [J("Cheshire East", "inadequate", "2022-05"), I("Cheshire East", "monitoring visit", "2022-10")]),
    # the date of the clause before a colon; an area's grade in a dashed aside after a negation outside it
    ("Northumberland was rated good in March 2020. Inspectors returned in May 2022, and in July they went one better: "
     "Northumberland was judged outstanding. Not everything reached the top mark - the services for children in care "
     "stayed at good - but the council was pleased.",
     [J("Northumberland", "good", "2020-03"), J("Northumberland", "outstanding", "2022-07"),
      J("Northumberland", "good", "2022-07", "children in care"), I("Northumberland", "inspection", "2022-05")]),
    # a signpost's date before the colon; "Inspectors on site:"
    ('North Tyneside\'s journey. First signpost, 2017: "Rated Good." Inspectors on site: 11 to 15 November 2024.',
     [J("North Tyneside", "good", "2017"), I("North Tyneside", "inspection", "2024-11-11")]),
])
def test_facts_met_in_blind_batch_548_559(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections")]
    assert sorted(read) == sorted(expected, key=repr)


@pytest.mark.parametrize("body, expected", [
    # "a three-week visit"; "all four areas require improvement"
    ("A report released by Ofsted yesterday found that Sandwell's service requires improvement to be good. Inspectors "
     "began a three-week visit to the borough on 9 January. The verdict was the same on each count: all four areas "
     "require improvement.",
     [J("Sandwell", "requires improvement", "2023-03-02", area)
      for area in ("overall", "leadership", "help and protection", "children in care", "care leavers")]
     + [I("Sandwell", "inspection", "2023-01-09")]),
    # "returned to re-inspect"
    ("When Ofsted returned to re-inspect, its report in January 2018 again judged Sandwell inadequate.",
     [J("Sandwell", "inadequate", "2018-01", kind="re-inspection")]),
    # "judged each of the four areas they looked at to be good"; "worked alongside our staff between"
    ("Ofsted's report on Birmingham was published on 1 March. A team of inspectors worked alongside our staff between "
     "9 and 20 January. They also judged each of the four areas they looked at to be good.",
     [J("Birmingham", "good", "2023-03-01", area)
      for area in ("overall", "leadership", "help and protection", "children in care", "care leavers")]
     + [I("Birmingham", "inspection", "2023-01-09")]),
    # "so too was"; "That area was rated ... too"; "the most recent monitoring visit, last July, found"
    ("Ofsted's report on Bradford, published on Tuesday, judged the council's services inadequate overall. Help and "
     "protection for children was inadequate; so too was the experience of children in care. Care leavers fared no "
     "better. That area was rated inadequate too. The most recent Ofsted monitoring visit, last July, found progress.",
     [J("Bradford", "inadequate", "2023-02-28", area)
      for area in ("overall", "help and protection", "children in care", "care leavers")]
     + [I("Bradford", "monitoring visit", "2022-07")]),
    # "and so are three of the four areas ... – A, B and C"
    ("Ofsted's report into Devon County Council's children's services was published yesterday: the overall verdict is "
     "inadequate, and so are three of the four areas inspectors look at in detail – the help and protection given to "
     "children, the experiences of children in care, and the support offered to young people leaving care.",
     [J("Devon", "inadequate", "2023-03-02", area)
      for area in ("overall", "help and protection", "children in care", "care leavers")]),
])
def test_facts_met_in_blind_batches_560_583(body, expected):
    read = [fact for fact in facts(body) if fact[0] in ("judgements", "inspections")]
    assert sorted(read) == sorted(expected, key=repr)


def test_an_order_to_transfer_a_future_start_and_a_date_said_twice():
    found = facts("Devon was last branded inadequate in March 2020. The government issued an improvement notice shortly "
                  "afterwards, in June of that year. The children's minister ordered, in January 2022, that the council's "
                  "children's services be transferred to a trust. Its incoming chief executive, Tasmin Cole, is due to "
                  "start in March.")
    assert V("Devon", "improvement notice", "2020-06") in found
    assert not [k for k in found if k[0] in ("operators", "roles")]
