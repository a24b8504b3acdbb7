"""What the sentences after a fact settle about it, once the whole article is read: a date the next
sentences give, the kind of inspection one report names, the end of an arrangement with an abolished
council."""
from __future__ import annotations

import re
from datetime import date

from cskg.loaders import facts as f
from cskg.loaders.context import GRADED_KINDS, verdict_date, within_report_window
from cskg.loaders.dates import PartialDate
from cskg.loaders.mentions import Sentence
from cskg.loaders.patterns import reports_dated_after


def settle(found: list[f.Fact], sentences: list[Sentence], published: date | None,
           undated: list[tuple[int, f.Judgement]], described: list[tuple[int, dict]],
           guessed: list[tuple[int, f.Judgement]] | None = None) -> None:
    """Complete the facts read sentence by sentence with what the rest of the article says. `guessed`
    are the verdicts whose date came from context, not from their sentence."""
    dated_with_its_sentence(undated, found)
    date_from_what_follows([(n, j) for n, j in undated if j.date is None], described)
    dated_by_reports_after([(n, j) for n, j in undated if j.date is None] + (guessed or []), sentences)
    hand_back_dated_next(found, sentences)
    dated_alongside(found)
    listed_on_the_report_day(found)
    ended_by_the_next_operator(found)
    ended_with_the_council(found, published)
    one_kind_per_report(found)


def dated_with_its_sentence(undated: list[tuple[int, f.Judgement]], found: list[f.Fact]) -> None:
    """"In November 2015 Ofsted judged the service inadequate, even though it praised adoption, which was
    rated good": a verdict in the simple past beside the sentence's one dated verdict of the same council
    is of the same inspection ("having been rated" or "had been" would be an earlier one)."""
    for _, judgement in undated:
        if not re.match(r"(?:was|were)\s+(?:rated|judged|graded|found|deemed|assessed)\b", judgement.evidence[0].quote,
                        re.IGNORECASE) or EARLIER.search(judgement.evidence[0].sentence):
            continue
        beside = {(other.date, other.kind) for other in found
                  if isinstance(other, f.Judgement) and other.date is not None and other.authority == judgement.authority
                  and other.evidence[0].sentence == judgement.evidence[0].sentence}
        if len(beside) == 1:
            judgement.date, judgement.kind = next(iter(beside))


EARLIER = re.compile(r"\b(?:after|before|since|ago|previously|earlier|once)\b", re.IGNORECASE)


def date_from_what_follows(undated: list[tuple[int, f.Judgement]], described: list[tuple[int, dict]]) -> None:
    """"..., after Ofsted found the county's services inadequate. That inspection, carried out in June
    2019, ...": a verdict given without a date takes the date of the inspection the next sentences describe."""
    for number, judgement in undated:
        assert judgement.authority is not None
        near = [changed[judgement.authority.gss_code] for later, changed in described
                if number < later <= number + 2 and judgement.authority.gss_code in changed
                and changed[judgement.authority.gss_code][0] in GRADED_KINDS]
        # a report the next sentences give dates the verdict better than the fieldwork they give first
        context = next((c for c in near if c[2]), near[0] if near else None)
        if context is not None:
            judgement.date, judgement.kind = verdict_date(context), context[0]


def dated_by_reports_after(verdicts: list[tuple[int, f.Judgement]], sentences: list[Sentence]) -> None:
    """"Islington was also outstanding. Both reports appeared on 29 January.": the date of the reports a
    later sentence gives together, for the verdicts before it that their own sentence did not date."""
    for number, judgement in verdicts:
        for pattern, back in reports_dated_after():
            dated = next((later.mentions[int(said.group(1))].value for later in sentences[number + 1: number + 1 + back]
                          if (said := pattern.search(later.template))), None)
            if dated is not None:
                judgement.date = dated
                break


def hand_back_dated_next(found: list[f.Fact], sentences: list[Sentence]) -> None:
    """"Services have returned to the direct control of the council. ... From today its staff are council
    employees.", "The transfer took place yesterday (Monday 1 April)": a hand-back given no date takes the one either
    of the next two sentences opens with."""
    for fact in found:
        if not isinstance(fact, f.Arrangement) or fact.operator is None or fact.operator.kind != "council" \
                or fact.since is not None:
            continue
        said = next((i for i, s in enumerate(sentences) if s.text == fact.evidence[0].sentence), None)
        if said is None:
            continue
        openings = [(s, re.match(r"\W*(?:(?:from|since|as\s+of|on)\s+|the\s+(?:transfer|handover|hand-back|move|switch)\s+"
                                 r"(?:took\s+place|happened|came|was\s+made)\s+(?:on\s+)?(?:⟪DATE:\d+⟫\s*\()?)⟪DATE:(\d+)⟫",
                                 s.template, re.IGNORECASE))
                    for s in sentences[said + 1: said + 3]]
        following, opening = next(((s, m) for s, m in openings if m), (None, None))
        if following is None or opening is None:
            continue
        when = following.mentions[int(opening.group(1))].value
        fact.since = when
        for other in found:  # the body it was handed back from stops then
            if isinstance(other, f.Arrangement) and other.authority == fact.authority and other.until is None \
                    and other.operator is not None and other.operator.kind != "council" \
                    and other.evidence[0].sentence == fact.evidence[0].sentence:
                other.until = when


def ended_by_the_next_operator(found: list[f.Fact]) -> None:
    """"When Worcestershire County Council resumed direct control of its children's services on Tuesday,
    ... Worcestershire Children First had run them since October 2019": the body that ran the services
    last before the council took them back, or before another body took them on ("Slough Children First
    was created on 1 April 2021 ... the trust had run services since October 2015"), stopped then."""
    for later in found:
        if not isinstance(later, f.Arrangement) or later.operator is None or later.since is None or later.authority is None:
            continue
        before = [o for o in found if isinstance(o, f.Arrangement) and o.authority == later.authority
                  and o.operator is not None and not _own_council(o)
                  and o.operator.name != later.operator.name
                  and (o.until is None or o.until == later.since)
                  and o.since is not None and o.since.start() < later.since.start()]
        ends = [o.until for o in found if isinstance(o, f.Arrangement) and o.authority == later.authority
                and o.until is not None and o.until != later.since and o.until.start() >= later.since.start()]
        if before and not ends:
            latest = max(o.since.start() for o in before if o.since is not None)
            for other in before:
                if other.since is not None and other.since.start() == latest:
                    other.until = later.since


ALONGSIDE = re.compile(r"^\W*(?:alongside\s+(?:it|this|that|the\s+\w+)|at\s+the\s+same\s+time)\b", re.IGNORECASE)


def dated_alongside(found: list[f.Fact]) -> None:
    """"The government has issued an improvement notice ... Alongside it, the department appointed an
    improvement adviser": the date of the intervention before it."""
    before: dict[str, PartialDate] = {}
    for fact in found:
        if not isinstance(fact, f.Intervention) or fact.authority is None:
            continue
        if fact.date is None and ALONGSIDE.match(fact.evidence[0].sentence):
            fact.date = before.get(fact.authority.gss_code)
        if fact.date is not None:
            before[fact.authority.gss_code] = fact.date


def listed_on_the_report_day(found: list[f.Fact]) -> None:
    """"The report, published on 3 July 2023, judged the overall effectiveness ... to be good", then a table's column
    "2023 grade" listing each area: the areas a list or a table dates only by year are the verdicts of that report,
    when the article gives one fuller date for the council's verdicts of that year."""
    fuller: dict[tuple[str, int], set[PartialDate]] = {}
    for fact in found:
        if isinstance(fact, f.Judgement) and fact.authority is not None and fact.date is not None and fact.date.precision != "year":
            fuller.setdefault((fact.authority.gss_code, fact.date.year), set()).add(fact.date)
    for fact in found:
        if not isinstance(fact, f.Judgement) or fact.authority is None or fact.date is None or fact.date.precision != "year":
            continue
        days = fuller.get((fact.authority.gss_code, fact.date.year), set())
        if len(days) == 1 and all(e.quote.lstrip().startswith("•") for e in fact.evidence):
            fact.date = next(iter(days))


def ended_with_the_council(found: list[f.Fact], published: date | None) -> None:
    """A body cannot run the services of a council after the council was abolished: in an article
    written since, its arrangement ends then (the month the gazetteer gives), unless the article says."""
    for fact in found:
        if isinstance(fact, f.Arrangement) and fact.until is None and fact.authority is not None \
                and fact.authority.end_date and fact.operator is not None and fact.operator.kind != "council" \
                and published is not None and published.isoformat() >= fact.authority.end_date:
            ended = PartialDate.parse(fact.authority.end_date[:7])
            # the day the article gives the body's new owners, within that month, is the day it ended
            ended = next((o.since for o in found if isinstance(o, f.Arrangement) and o.operator is not None
                          and o.operator.name == fact.operator.name and o.authority != fact.authority
                          and o.since is not None and o.since.refines(ended)), ended)
            if fact.since is None or fact.since.start() < ended.start():
                fact.until = ended


def one_kind_per_report(found: list[f.Fact]) -> None:
    """"A report published yesterday found the service requires improvement ... The re-inspection judged
    adoption good": the verdicts of one council on one date come from one inspection, of the kind named."""
    kinds: dict[tuple, str] = {}
    for fact in found:
        if isinstance(fact, f.Judgement) and fact.date is not None and fact.kind != "inspection":
            kinds[(fact.authority, fact.date)] = fact.kind
    for fact in found:
        if isinstance(fact, f.Judgement) and (fact.authority, fact.date) in kinds:
            fact.kind = kinds[(fact.authority, fact.date)]
        elif isinstance(fact, f.Inspection) and fact.kind == "inspection" and fact.date is not None:
            # "Inspectors spent four weeks in the county in June ... The re-inspection judged ..."
            fact.kind = next((kind for (authority, day), kind in kinds.items() if authority == fact.authority
                              and day is not None and within_report_window(fact.date, day)), fact.kind)


def _own_council(arrangement: f.Arrangement) -> bool:
    """The council running its own services (not another council running them, as Hampshire ran the Isle of Wight's)."""
    runner = arrangement.operator.authority if arrangement.operator else None
    return runner is not None and arrangement.authority is not None and runner.gss_code == arrangement.authority.gss_code
