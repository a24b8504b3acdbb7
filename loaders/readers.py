"""The fact readers: each turns one pattern match (a Hit) into facts, filling what the sentence
leaves unsaid from the Context."""
from __future__ import annotations

import re
from collections import Counter

from cskg.loaders import facts as f
from cskg.loaders.context import (DESCRIPTIONS, GRADED_KINDS, GROUP_WORDS, PUBLICATION_VERBS, Context, Hit, areas_of, clause_end,
                                  clause_start, council_by_description, council_of, described_council, fieldwork_of_known_report,
                                  inspection_in_context,
                                  is_news_day, listed_councils, mentions_in, nearest_body, own_range,
                                  previous_judged, record_judged, report_of_fieldwork, relative_before, resolve_body, subjects_of,
                                  verdict_date, within_report_window, years_back)
from cskg.loaders.dates import PartialDate
from cskg.loaders.gazetteer import Authority, authorities, bodies
from cskg.loaders.mentions import Mention, Sentence, config
from cskg.loaders.patterns import habitual, other_subjects, recorded_posts


def _graded_kind_named(hit: Hit) -> str | None:
    """"The re-inspection judged adoption good": the kind of inspection the clause names before the match."""
    start = clause_start(hit.sentence.template, hit.match.start())
    if OPENING_CLAUSE.match(hit.sentence.template[:start]):
        start = 0  # "When inspectors came back for a re-inspection, their report ... judged the service good"
    named = [m.value for m in mentions_in(hit.sentence, start, hit.match.start(), "KIND") if m.value in GRADED_KINDS]
    subject = re.match(r"\W*(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?⟪KIND:(\d+)⟫", hit.sentence.template)
    if not named and subject and hit.sentence.mentions[int(subject.group(1))].value in GRADED_KINDS:
        # "A re-inspection published in November 2016 found that X remained inadequate overall, and that both A and
        # B were still inadequate": the sentence is about the re-inspection
        named = [hit.sentence.mentions[int(subject.group(1))].value]
    if not named and re.match(r"\W*(?:when|after|once)\b", hit.sentence.template, re.IGNORECASE):
        # "When inspectors returned for a re-inspection two years later, the picture had not changed: the
        # August 2018 report again judged the service inadequate" (not "..., and it was not until 2022 that the
        # services were rated good", a verdict of another time)
        said = mentions_in(hit.sentence, 0, hit.match.start(), "KIND")
        later = re.search(r"\bnot\s+until\s+⟪DATE:\d+⟫", hit.sentence.template[: hit.match.start()], re.IGNORECASE)
        named = [said[-1].value] if said and said[-1].value in GRADED_KINDS and not later else []
    return named[-1] if named else None


OPENING_CLAUSE = re.compile(r"\W*(?:when|after|once|following)\b[^;,]*,\s*$", re.IGNORECASE)


def _kind_named_last(ctx: Context, when: Mention | None = None) -> str:
    kind = ctx.kinds_named[-1] if ctx.kinds_named else "inspection"
    if kind == "re-inspection" and (ctx.kind_age > 0 or (when is not None and ctx.kind_year not in (None, when.value.year))):
        # a re-inspection is one event: "inspectors spent a fortnight in the borough" years on is not it
        return "inspection"
    if kind == "inspection" and (ctx.section_kind or ctx.title_kind):
        # "Monitoring visits: four councils under Ofsted's microscope", a section "Plymouth: notes from a focused visit"
        return ctx.section_kind or ctx.title_kind
    return kind


# "on 26 and 27 March for a focused visit", "on March 26 and 27, in what Ofsted calls a focused visit"
KIND_AFTER = re.compile(r"(?:\s+(?:and|to)\s+⟪DATE:\d+⟫)?(?:\s+(?:on|for|during|as\s+part\s+of)\s+(?:an?|its|their|the)|,?\s+in\s+what\s+"
                        r"(?:⟪OFSTED:\d+⟫|is|are)\s+(?:calls?|called|terms?|termed|known\s+as|describes?\s+as)\s+an?)\s+(?:[\w-]+\s+)?⟪KIND:(\d+)⟫")


def _judgement_when(hit: Hit, authority: Authority, ctx: Context) -> tuple[PartialDate | None, str, bool]:
    """(date, inspection kind, from context) for a judgement."""
    in_context = inspection_in_context(authority, ctx)
    named = _graded_kind_named(hit)
    kind = hit.slot("kind").value if hit.slot("kind") else (named or "inspection")
    if hit.slot("date") is not None:
        return hit.slot("date").value, kind, False
    if hit.slot("grade") is not None and AT_EARLIER_INSPECTIONS.match(hit.sentence.template, hit.match.end()):
        # (only a verdict of that grade the article dated before)
        earlier = [when for when, said in ctx.judged.get(authority.gss_code, []) if said == hit.slot("grade").value
                   and (in_context is None or when.start() < in_context[1].start())]
        return (max(earlier, key=lambda when: when.start()) if earlier else None), "inspection", True
    if hit.slot("fieldwork") is not None:
        fieldwork = hit.slot("fieldwork").value
        if ctx.batch_report is not None and within_report_window(fieldwork, ctx.batch_report):
            return ctx.batch_report, kind, False  # the round-up's reports are this fieldwork's
        if in_context and in_context[2] and within_report_window(fieldwork, in_context[1]):
            # "Verdict: good, in a report out Wednesday. All four areas were graded good after an inspection in March"
            return in_context[1], kind, True
        return fieldwork.to_year(), kind, False
    report = REPORT_AFTER.match(hit.sentence.template, hit.match.end())
    if report is not None and isinstance(hit.sentence.mentions[int(report.group(1))].value, PartialDate):
        # "inspectors who descended on the council in November branded the service inadequate in a scathing report
        # published on January 9": the report's date, not the visit's
        return hit.sentence.mentions[int(report.group(1))].value, kind, False
    if hit.rule.effect == "previous" or LAST_TIME_WHEN.search(hit.sentence.template, 0, hit.match.start()):
        return previous_judged(authority, ctx, hit.slot("grade").value), "inspection", True
    opening = re.match(r"\W*⟪DUR:(\d+)⟫\s*,", hit.sentence.template)
    if opening and ctx.last_date is not None and hit.sentence.mentions[int(opening.group(1))].value.word in (
            "after", "later"):
        # "In 2017 Barnet was judged inadequate. Two years later, ..., the service was rated good."
        return PartialDate(ctx.last_date.year + hit.sentence.mentions[int(opening.group(1))].value.years), kind, True
    later = re.match(r"\s*⟪DUR:(\d+)⟫", hit.sentence.template[hit.match.end():])
    if later and hit.sentence.mentions[int(later.group(1))].value.word == "later":
        # "rated inadequate in 2015, but recovered to good at a re-inspection two years later": later than the date
        # the sentence gave before, else the story's
        earlier = [m.value for m in mentions_in(hit.sentence, 0, hit.match.start(), "DATE") if isinstance(m.value, PartialDate)]
        base = earlier[-1] if earlier else ctx.last_date
        if base is not None:
            return PartialDate(base.year + hit.sentence.mentions[int(later.group(1))].value.years), kind, True
    relative = relative_before(hit)
    if relative is not None:
        back = years_back(relative, authority, ctx)
        if back is not None:
            return back, "inspection", True
    said = hit.clause_date()
    if THAT_REPORT.match(hit.sentence.template) and ctx.reports_before and said is None:
        # "... the previous inspection, the report of which was published on 25 November 2022. At that inspection the
        # local authority was judged outstanding": that report's verdict
        return ctx.reports_before[-1][1], named or ctx.reports_before[-1][2], True
    if THAT_REPORT.match(hit.sentence.template) and said is None and len(ctx.dates_before) == 1:
        # "This builds on the outstanding rating we received in 2020. At that inspection the experiences ... of children
        # in care were judged good": the one date the sentence before gave a verdict ("... took place in September 2021.
        # At that inspection the council was judged good": the year of a visit's)
        when = ctx.dates_before[0] if ctx.graded_before else PartialDate(ctx.dates_before[0].year)
        return when, named or "inspection", True
    if said is None and AT_THAT_POINT.match(hit.sentence.template, hit.match.end()):
        # "by the spring of 2022 they had climbed to good, although help and protection still required improvement at
        # that point": the time the sentence gave before
        earlier = mentions_in(hit.sentence, 0, hit.match.start(), "DATE")
        if earlier and isinstance(earlier[-1].value, PartialDate):
            return earlier[-1].value, kind, True
    told = ctx.looked_back_on.get(authority.gss_code)
    if told and (THEN_SAID.search(hit.sentence.template) if said is None else said.text.lower() in THAT_TIME and said.value == told[1]):
        # "For context, the last full inspection was in July 2018. They got good overall then", "... were all found
        # to require improvement at that time": that inspection's verdict
        return verdict_date(told), named or told[0], True
    # "keeps the outstanding rating it first achieved in 2021": kept at the report in context, not then
    mention = None if hit.rule.effect == "kept" else hit.clause_date() or hit.published_date()
    fieldwork = _fieldwork_before(hit)
    if fieldwork is not None and (mention is None or mention is fieldwork):
        # "When Ofsted last inspected our services, in May 2022, inspectors judged them ...", "the previous full
        # inspection, undertaken in June 2018, judged ...": the inspection's date, of which the verdict keeps the year
        # (or the round-up's reports, when they follow it)
        if ctx.batch_report is not None and within_report_window(fieldwork.value, ctx.batch_report):
            return ctx.batch_report, kind, False
        # "an Ofsted report in March 2020, based on a short inspection carried out in December 2019, which rated ...":
        # the report the sentence gives for that fieldwork
        report = next((r for r in ctx.reports_here if within_report_window(fieldwork.value, r[1])), None)
        if report is not None:
            return report[1], named or report[2], False
        return fieldwork.value.to_year(), kind, False
    if mention is not None:
        if not named and in_context and in_context[2] and in_context[1] == mention.value:
            kind = in_context[0]  # "Ofsted re-inspected ... The report, published on 29 January 2018, found ..."
        return mention.value, kind, False
    template, span = hit.sentence.template, hit.match.span()
    if SINCE_JUDGED.search(template[: span[0]]) and "⟪DATE" not in template[span[1]:]:
        return None, "inspection", True  # "the fourth visit since the council was judged inadequate": some time back
    # "found to require improvement in a report published in April 2020, is now rated good": a report
    # after another grade in its clause is that grade's
    reports = [r for r in ctx.reports_here if not any(
        not span[0] <= g.start() < span[1] for g in re.finditer("⟪GRADE:", template[: r[0]])
        if g.start() >= clause_start(template, r[0]))]
    if reports:
        # "The report, published on Tuesday, rates the council ..., having been judged good at the previous
        # inspection, whose findings were released in 2022": the report said nearest the verdict
        def distance(report: tuple[int, PartialDate, str]) -> float:
            between = template[min(report[0], span[1]): max(report[0], span[0])]
            # a report across a semicolon belongs to another statement
            return max(span[0] - report[0], report[0] - span[1], 0) + (report[0] > span[1]) * 0.5 + 1000 * (";" in between)
        nearest = min(reports, key=distance)
        return nearest[1], named or nearest[2], False
    if ctx.scene is not None:
        if not named and in_context and in_context[1] == ctx.scene:
            kind = in_context[0]  # "Its findings, published on 4 December, left no room for spin. Overall, ..."
        return ctx.scene, kind, True
    # ("### April 2024" over "... was published on 15 March 2024. ... inspectors judged": the report the entry tells)
    # ("ILACS standard inspection, 2022. ... the report was published on 22 September 2022": a report of the entry's year)
    told_under_it = ctx.heading is not None and in_context is not None and in_context[2] and in_context[1].precision == "day" \
        and (0 <= (ctx.heading.start() - in_context[1].start()).days <= REPORT_BEFORE_ENTRY
             or (ctx.heading.precision == "year" and ctx.heading.year == in_context[1].year))
    if ctx.heading is not None and not told_under_it and (
            not in_context or verdict_date(in_context).start() < ctx.heading.start()
            or not within_report_window(ctx.heading, verdict_date(in_context))):
        # the entry's own report ("June to July 2018. ... The report, published in August, ...") else its date (not
        # the report the article is news of, when the entry lies years before it)
        return ctx.heading, kind, True
    if in_context and hit.rule.effect == "kept" and (authority.gss_code, in_context[1]) in ctx.verdicts_here:
        return None, "inspection", True  # "keeps the rating ..., when it was judged inadequate in 2015": not then
    before = [when for gss, when in ctx.verdicts_before if gss == authority.gss_code and when is not None]
    if len(before) == 1 and VERDICT_GOES_ON.search(template[clause_start(template, span[0]): span[1]]) \
            and "⟪DATE:" not in template and authority.gss_code not in ctx.looked_back_on:
        # (not a verdict the sentence before looked back on: "The county had been rated good when it was last
        # inspected, in a report published in March 2019. Inspectors also judged ...": the news report's)
        # "That year Hull City Council was handed Ofsted's lowest rating, inadequate ... The way the authority
        # helped and protected children was itself branded inadequate."
        return before[0], "inspection", True
    if in_context and not YEARS_SINCE.search(template[clause_start(template, span[0]): span[0]]):
        return verdict_date(in_context), named or in_context[0], True
    return None, "inspection", True


# ("... rated good overall in one published last December": the report's date said without "on" or "in")
REPORT_AFTER = re.compile(r"(?:\s+⟪AREA:\d+⟫)?,?\s+in\s+(?:(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}report|one)\s+(?:that\s+was\s+|which\s+was\s+)?"
                          r"(?:published|released|issued)\s+(?:(?:on|in)\s+)?⟪DATE:(\d+)⟫", re.IGNORECASE)
THAT_REPORT = re.compile(r"\W*(?:at|in|after|following)\s+(?:that|this)\s+(?:⟪KIND:\d+⟫|(?:inspection|report)\b)", re.IGNORECASE)
# "It is an improvement on the council's last inspection, when it was rated good": the verdict before the news
LAST_TIME_WHEN = re.compile(r"\b(?:last|previous|earlier)\s+(?:full\s+)?(?:⟪KIND:\d+⟫|inspection),?\s+when\s+(?:it|they|the\s+"
                            r"(?:council|service|services|authority|borough|county|city))\s+(?:(?:was|were|had\s+been)\s+)?$", re.IGNORECASE)
# "The council had been judged to require improvement at its two previous inspections": verdicts before the one told of
# (not "at their last full inspection, in 2022": dated)
AT_EARLIER_INSPECTIONS = re.compile(r"\s+(?:at|in)\s+(?:its|their|the|both)\s+(?:(?:two|three|last|previous|earlier)\s+){1,2}"
                                    r"(?:⟪KIND:\d+⟫|inspections?\b)(?!,?\s+(?:in|on)\s+⟪DATE)", re.IGNORECASE)
VERDICT_GOES_ON = re.compile(r"\b(?:itself|too|also|as\s+well|likewise)\b", re.IGNORECASE)


# "They got good overall then", "It was rated inadequate at the time": at the time the sentence before told
THAT_TIME = ("at that time", "at the time", "then", "at that point")
THEN_SAID = re.compile(r"(?<!\bthe\s)(?<!\bsince\s)(?<!\balready\s)(?<!\bbefore\s)(?<!\buntil\s)(?<!\bfrom\s)"
                       r"\b(?:then|at\s+th(?:e|at)\s+time|at\s+that\s+(?:point|stage|inspection))\b(?!\s+(?:the|a|an|⟪))",
                       re.IGNORECASE)
AT_THAT_POINT = re.compile(r"(?:\s+to\s+be\s+⟪GRADE:\d+⟫)?\s+(?:at\s+that\s+(?:point|stage|time)|at\s+the\s+time)\b", re.IGNORECASE)
# "It is only a few years since the same inspectorate rated Peterborough's services good", "the fourth monitoring
# visit since the council was judged inadequate": a verdict of some time back, not of the report in context
YEARS_SINCE = re.compile(r"\b(?:years|months|decades?|a\s+(?:long\s+)?(?:while|time))\s+since\b", re.IGNORECASE)
SINCE_JUDGED = re.compile(r"\bsince\s+(?:the\s+(?:council|authority|borough|county|city|service)|it|they|⟪AUTH:\d+⟫)\s*$",
                          re.IGNORECASE)

FIELDWORK_BEFORE = re.compile(r"(?:⟪KIND:\d+⟫|\binspected\b(?:[^.;⟪]|⟪(?:AUTH|SERVICE):\d+⟫){0,40}?)\s*,?\s+(?:(?:undertaken|carried\s+out|conducted|held)\s+)?"
                              r"(?:in|on|during)\s+⟪DATE:(\d+)⟫(?=(?:[^⟪]|⟪(?:OFSTED|AUTH|SERVICE):\d+⟫)*$)", re.IGNORECASE)


def _fieldwork_before(hit: Hit) -> Mention | None:
    said = FIELDWORK_BEFORE.search(hit.sentence.template[: hit.match.start()])
    if said is None:
        return None
    if int(said.group(1)) in hit.owned:
        # "At its previous inspection, in June 2022, the council was rated outstanding": the date the inspection
        # took is its verdict's fieldwork too (not a visit's, which grades nothing)
        kind = re.match(r"⟪KIND:(\d+)⟫", said.group())
        if kind is None or hit.sentence.mentions[int(kind.group(1))].value not in GRADED_KINDS \
                or len(mentions_in(hit.sentence, 0, hit.match.start(), "DATE")) > 1:
            return None  # ("In February 2024, following an inspection in December 2023, Ofsted rated ...": the report's)
    mention = hit.sentence.mentions[int(said.group(1))]
    return mention if isinstance(mention.value, PartialDate) else None


def _context_date_stands(hit: Hit, authority: Authority, when: PartialDate | None, ctx: Context) -> bool:
    """The context dates a loose verdict after all: it breaks down by area the report the sentence before
    gave ("... rated good in a report released on 26 November. Help and protection was the one area found
    to require improvement."), or gives the grade that report's sentence did not ("... no longer rated
    inadequate, according to a report published today. The watchdog said the department requires
    improvement"), or a strict reading of the same sentence took that date for the council ("They rated
    help and protection as good, and found the impact of leaders to be good"), or goes on with the areas of
    the verdict said last ("Inadequate for the impact of leaders. Inadequate for help and protection."), or
    gives the first verdict after news of a report out days before the article."""
    if (authority.gss_code, when) in ctx.verdicts_here:
        return True
    said = ctx.judged.get(authority.gss_code, [])
    current = ctx.current.get(authority.gss_code)
    if current and current[2] and current[1] == when and is_news_day(when, ctx.published) \
            and all(day.start() < when.start() for day, _ in said):
        # "... a report published this morning. ... The result ...: the service is inadequate.": the news
        # report, of which no verdict was said yet (only older ones: "found to be Inadequate four years ago")
        return True
    if said and said[-1][0] == when and _areas_or_the_ones_before(hit, when, ctx) != ["overall"]:
        return True
    if (authority.gss_code, when) in ctx.verdicts_before and VERDICT_GOES_ON.search(hit.sentence.template):
        return True  # "... was itself branded inadequate": the verdict the sentence before gave goes on
    return authority.gss_code in ctx.reported_before and (
        _areas_or_the_ones_before(hit, when, ctx) != ["overall"] or all(day != when for day, _ in ctx.judged.get(authority.gss_code, [])))


def _fieldwork_told_here(hit: Hit, authority: Authority, ctx: Context) -> bool:
    """"Its one full inspection, in March 2023, produced the same verdict as before: requires improvement.": the
    verdict of the visit its own sentence tells (of which it keeps the year)."""
    current = inspection_in_context(authority, ctx)
    return bool(current) and not current[2] and any(
        m.kind == "DATE" and m.value == current[1] for m in hit.sentence.mentions)


def _either_grade(sentence: Sentence, grade: Mention) -> bool:
    """A grade said as one of two ("good or outstanding", "good or better"): a kind of council or home, no verdict."""
    return bool(re.match(r"\s+or\s+(?:⟪GRADE:|better\b|above\b|worse\b|below\b)", sentence.template[sentence.after(grade):])
                or re.search(r"⟪GRADE:\d+⟫,?\s+or\s+$", sentence.template[: sentence.at(grade)]))


def _about_something_else(hit: Hit, ctx: Context) -> bool:
    """A grade for a school, adult social care or a hospital, not for the council's children's services."""
    template = hit.sentence.template
    before = ctx.previous + " " + hit.sentence.original(0, hit.match.start())
    said_of_it = re.match(r"\W*(?:the\s+service|it)\s+(?:was|is|has\s+been)\s+(?:itself\s+|also\s+|last\s+|previously\s+)?(?:rated|judged|graded)\b",
                          template, re.IGNORECASE)
    if said_of_it and OTHER_INSPECTION.search(hit.sentence.original(hit.match.end(), len(template))):
        return True  # "The service was itself graded good by Ofsted in February 2023, in an inspection of further education"
    if (re.search(r"\b(?:rated|rates|judged|judges|found|finds|graded|deemed|branded|gave|gives|said|says)\s+(?:it|them)\b", hit.match.group())
            or said_of_it) \
            and other_subjects().search(before) \
            and not any(m.kind in ("AUTH", "SERVICE", "BODY", "BODYREF") for m in hit.sentence.mentions
                        if hit.sentence.at(m) < clause_end(template, hit.match.end()) and not _where_it_is(hit.sentence, m)):
        return True  # "The school itself is wonderful. Ofsted rated it outstanding last year.", "... its adult learning
        # service, which runs 300 courses a year. The service was itself graded good by Ofsted in February 2023", "A
        # council-run children's home in Bolton has been rated outstanding - two years after inspectors said it required
        # improvement"
    if re.match(r"\W*(?:when\s+)?(?:⟪OFSTED:\d+⟫|inspectors)\s+(?:last\s+|first\s+)?(?:visited|came|called|inspected)\b", template,
                re.IGNORECASE) \
            and other_subjects().search(ctx.before_previous + " " + ctx.previous) \
            and not any(m.kind in ("AUTH", "SERVICE", "BODY", "BODYREF", "KIND") for m in hit.sentence.mentions) \
            and not re.search(r"\bthe\s+(?:service|council|authority)\b", template, re.IGNORECASE):
        return True  # "A Brierley Hill day nursery has been rated outstanding by Ofsted ... Inspectors visited in January."
    if re.match(r"(?:has|have|had|was|were|is|are)\b", hit.match.group()) and UNKNOWN_NAME_BEFORE.search(template[: hit.match.start()]):
        return True  # "I am delighted to share that Braunstone Fields has been judged good": a name no council's or body's
    opening = re.match(r"\W*(.{3,120}?)(?:,|\s+(?:was|were|is|are|has|have|had)\b)", hit.sentence.original(0, hit.match.start()))
    said = hit.sentence.original(hit.match.start(), hit.match.end())
    if any(re.search(rf"\b{re.escape(name.split()[0])}\b", said) for name in ctx.places
           if len(name.split()[0]) > 3 and authorities().lookup(name.split()[0]) is None):
        return True  # "Brookfield House is the council's short-break centre ... Ofsted rated Brookfield good in 2023"
    lead = len(hit.sentence.text) - len(hit.sentence.text.lstrip())  # (the original's offset in the sentence's text)
    if opening and other_subjects().search(opening.group(1)) and not any(
            m.kind in ("AUTH", "SERVICE", "BODY", "BODYREF") for m in hit.sentence.mentions if m.start < lead + opening.end(1)):
        return True  # "Marsh Lane Academy, which educates 118 children ..., was judged inadequate ... after an inspection in September"
    start = clause_start(template, hit.match.start(), follow_relative=True)
    if "⟪" not in template[start: hit.match.start()]:
        start = 0  # "The Safeguarding Children Board, reviewed alongside the council, was found ...": its subject
    elif PARTICIPLE.match(template, start):
        start = clause_start(template, max(start - 1, 0))  # "My son's school, rated good when inspectors visited"
    # The words as written: a school's name may have become a token.
    clause = hit.sentence.original(start, clause_end(template, hit.match.end()))
    if habitual().search(hit.sentence.original(clause_start(template, max(start - 1, 0)), hit.match.end())):
        return True  # "a decade in which the borough's services were judged inadequate"
    return bool(other_subjects().search(clause))


# "a children's home in ⟪AUTH⟫", "a primary school near ⟪AUTH⟫", "a children's home run by ⟪AUTH⟫": the words by which a
# council names where another subject is, or whose it is
WHERE_OR_WHOSE = r"(?:in|near|outside|run\s+by|owned\s+by)"


def _where_it_is(sentence: Sentence, mention: Mention) -> bool:
    """The council mentioned names where the other subject before it is, or whose it is (WHERE_OR_WHOSE)."""
    before = sentence.template[max(0, sentence.at(mention) - 60): sentence.at(mention)]
    said = re.search(rf"\s+{WHERE_OR_WHOSE}\s+$", before)
    return bool(said) and bool(other_subjects().search(before[: said.start()].rsplit(",", 1)[-1]))


OTHER_INSPECTION = re.compile(r"\binspection\s+of\s+(?:its\s+|the\s+)?(?:further\s+education|adult\s+learning|schools?|"
                              r"nurser(?:y|ies)|children['’]s\s+homes?|apprenticeships?|skills)\b", re.IGNORECASE)


PARTICIPLE = re.compile(r"\s*(?:rated|judged|graded|deemed|which|who|that|when|where)\b", re.IGNORECASE)


# "Only provision for young people leaving care escaped the bottom grade. It was rated as requiring improvement."
# "The exception was children in care. There, inspectors said the service still requires improvement to be good."
THERE = re.compile(r"\W*there,", re.IGNORECASE)
IT_WAS_RATED = re.compile(r"\W*(?:it|they|th(?:at|is)\s+area)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?"
                          r"(?:rated|judged|graded|found|deemed|assessed)\b", re.IGNORECASE)


def _areas_or_the_ones_before(hit: Hit, when: PartialDate | None, ctx: Context) -> list[str]:
    """The areas of a verdict; for "It was rated ..." or "There, ..." with none named, the areas the sentence before
    opened on; for "Both of those areas", every area the sentence before named."""
    areas = areas_of(hit, when)
    if areas == ["overall"] and ctx.previous_areas and (IT_WAS_RATED.match(hit.sentence.template) or THERE.match(hit.sentence.template)) \
            and not mentions_in(hit.sentence, 0, hit.match.end(), "AREA"):
        # (an area in a later clause is another matter: "..., with inspectors noting that most young people leaving care ...")
        return ctx.previous_areas
    template = hit.sentence.template
    colon = template.rfind(":", 0, hit.match.start())
    if areas == ["overall"] and colon > 0 and IT_WAS_RATED.match(template, colon + 1) \
            and not mentions_in(hit.sentence, colon, hit.match.end(), "AREA"):
        # "The authority's work with care leavers was the one area not to reach that standard: it was judged to ..."
        before = [m.value for m in mentions_in(hit.sentence, clause_start(template, colon), colon, "AREA")]
        if before:
            return list(dict.fromkeys(before))
    if areas != ["overall"] or not THOSE_AREAS.search(template, clause_start(template, hit.match.start()), hit.match.start()):
        return areas
    # "Children in care fared no better, and neither did young people leaving care - both of those areas were also
    # given the lowest rating": the areas named before in the sentence
    named = [m.value for m in mentions_in(hit.sentence, 0, hit.match.start(), "AREA") if m.value != "overall"]
    if len(named) > 1:
        return list(dict.fromkeys(named))
    if len(ctx.areas_said_before) > 1:
        # "... its highest praise for the work with children in care and young people leaving care. Both of those
        # areas were judged outstanding", "... All three areas were judged inadequate."
        return list(dict.fromkeys(ctx.areas_said_before))
    return areas


THOSE_AREAS = re.compile(r"\b(?:(?:both|all|each)\s+(?:of\s+)?(?:those|these|the)\s+(?:two\s+|three\s+)?|(?:those|these)\s+(?:two\s+|three\s+)?"
                         r"|all\s+(?:two|three|four)\s+|both\s+)(?:areas|services)\b",
                         re.IGNORECASE)


REPORT_BEFORE_ENTRY = 62  # days: a report a dated entry tells may have come out in the month before the entry's


def read_judgement(hit: Hit, ctx: Context) -> list[f.Fact]:
    if _about_something_else(hit, ctx):
        return []
    if hit.rule.effect == "pairs":
        return _judgements_by_council_and_date(hit, ctx)
    authority, from_context = council_of(hit, ctx, "subject")
    grade = hit.slot("grade")
    if grade is not None and _either_grade(hit.sentence, grade):
        return []  # "councils previously rated good or outstanding", "The remaining four were rated good or outstanding"
    if grade is None and hit.rule.effect == "same-grade":
        said = mentions_in(hit.sentence, 0, hit.match.start(), "GRADE")
        grade = said[-1] if said else None
    # "That verdict applies to ...", "That report gave the same grade for the impact of leaders" (no grade
    # said before in the sentence): the council's last verdict, on its date
    if grade is None and hit.rule.effect in ("that-verdict", "same-grade") and authority is not None and ctx.judged.get(authority.gss_code):
        last_date, last_grade = ctx.judged[authority.gss_code][-1]
        # ("still 'require improvement' - the same overall grade the borough was given in 2019. Inspectors reached the
        # same verdict on ...": the newest verdict the sentence before gave, not the one it compared it with)
        before = [(when, said) for when, said in ctx.judged[authority.gss_code]
                  if when is not None and (authority.gss_code, when) in ctx.verdicts_before]
        if len(before) > 1:
            last_date, last_grade = max(before, key=lambda verdict: verdict[0].start())
        if hit.slot("date") is not None:  # "That is the same overall grade we were given in 2020."
            last_date = hit.slot("date").value
        relative = relative_before(hit)
        if relative is not None:  # "It's the same verdict the council got four years ago."
            last_date = years_back(relative, authority, ctx)
        reported = [when for at, when, _ in ctx.reports_here if at < hit.match.start()]
        if reported and last_date is not None and last_date.precision == "year" and reported[-1].year == last_date.year:
            # "... in June 2022, inspectors concluded that every part of the service required improvement. The report,
            # published on 22 September that year, rated ... at the same level": that verdict, on its report's day
            last_date = reported[-1]
        return [f.Judgement(evidence=[hit.evidence(hit.rule.confidence)], authority=authority, area=area,
                            grade=last_grade, date=last_date, kind="inspection") for area in areas_of(hit, last_date)
                if last_date is not None]
    if grade is None and hit.rule.effect == "same-grade" and hit.slot("date") is not None:
        # "Liverpool ... handed Ofsted's lowest rating. ... Solihull ... was given the same rating in January":
        # the grade of the newest verdict the article gave, another council's
        said_before = [verdict for verdicts in ctx.judged.values() for verdict in verdicts]
        if said_before:
            grade = Mention("GRADE", 0, 0, "", max(said_before, key=lambda verdict: verdict[0].start())[1])
    if authority is None or grade is None:
        return []
    when, kind, dated_from_context = _judgement_when(hit, authority, ctx)
    if hit.rule.kind == "re-inspection":  # "Re-inspected in 2018, it climbed to ..."
        kind = hit.rule.kind
    reinspected = REINSPECTED.search(hit.sentence.template[: hit.match.start()])
    if kind == "inspection" and when is not None and reinspected and within_report_window(
            hit.sentence.mentions[int(reinspected.group(1))].value, when):
        kind = "re-inspection"  # "Services were re-inspected in June 2018 and, in a report published that August, ..."
    elif kind == "inspection" and TO_REINSPECT.search(hit.sentence.template[: hit.match.start()]):
        kind = "re-inspection"  # "When Ofsted returned to re-inspect, its report in January 2018 again judged ..."
    if not hit.rule.loose:
        ctx.verdicts_here.add((authority.gss_code, when))
    elif dated_from_context and when is not ctx.heading and not _context_date_stands(hit, authority, when, ctx) \
            and not any(m.kind == "DATE" and m.value == when for m in hit.sentence.mentions) \
            and not _fieldwork_told_here(hit, authority, ctx) \
            and not re.search(r"⟪DUR:\d+⟫[^,;]{0,40}$", hit.sentence.template[: hit.match.start()]) \
            and not re.match(r"\W*⟪DUR:\d+⟫\s*,", hit.sentence.template):  # "Five years ago, Ofsted found ..."
        # a loose rule's verdict takes no date from context: its sentence's, or what follows ("four years
        # after the same department was told it was good" is its sentence's)
        when = None
    if when is not None and (when is ctx.scene or when is ctx.heading or when is ctx.batch_report):
        # "By July 2023 the picture had changed. Ofsted judged ...": the verdict the next sentences break down
        ctx.current[authority.gss_code] = (kind, when, True)
    record_judged(ctx, authority, when, grade.value)
    current = ctx.current.get(authority.gss_code)
    if when is not None and not dated_from_context and kind in GRADED_KINDS and (
            current is None or current[0] not in GRADED_KINDS or when.start() >= current[1].start()):
        # The verdict named here is the one the article goes on to break down by area (an older one,
        # "up from its inadequate rating in 2015", is not).
        ctx.current[authority.gss_code] = (kind, when, True)
    confidence = hit.confidence(from_context, dated_from_context)
    listed = [m.value for m in hit.span_mentions("authorities", "AUTH")]
    subjects = listed if len(listed) > 1 else subjects_of(hit, ctx, authority)
    out: list[f.Fact] = []
    for subject in subjects:
        if subject is not authority:
            when, kind, _ = _judgement_when(hit, subject, ctx)
        made = [f.Judgement(evidence=[hit.evidence(confidence)], authority=subject, area=area, grade=grade.value,
                            date=when, kind=kind) for area in _areas_or_the_ones_before(hit, when, ctx)]
        if dated_from_context:
            _not_the_report_in_context(made, ctx)
            ctx.dated_from_context.update(id(j) for j in made)
        ctx.graded.update(((j.authority.gss_code, j.area, j.date), j.grade) for j in made if j.date is not None)
        fieldwork = inspection_in_context(subject, ctx)
        if hit.slot("fieldwork") is not None:
            ctx.fieldwork_dated += [(subject.gss_code, hit.slot("fieldwork").value, j) for j in made]
        elif fieldwork and not fieldwork[2] and when == verdict_date(fieldwork):
            ctx.fieldwork_dated += [(subject.gss_code, fieldwork[1], j) for j in made]
        out += made
    return out


def _not_the_report_in_context(made: list[f.Judgement], ctx: Context) -> None:
    """"In July 2024 Ofsted published the report ...: every judgement was good. ... In February 2017 Ofsted judged
    children's services in South Gloucestershire to be inadequate. The help and protection offered to children ...
    were both found inadequate": an area the report in context already graded otherwise is graded at the verdict
    the sentence before told."""
    for judgement in made:
        gss = judgement.authority.gss_code
        said = ctx.graded.get((gss, judgement.area, judgement.date))
        before = {when for council, when in ctx.verdicts_before if council == gss and when is not None}
        if said is not None and said != judgement.grade and len(before) == 1 and judgement.date not in before:
            ctx.redated[gss] = (judgement.date, next(iter(before)))
        if gss in ctx.redated and judgement.date == ctx.redated[gss][0]:
            judgement.date = ctx.redated[gss][1]  # "...; the service's adoption work, by contrast, was rated good": the same


TO_REINSPECT = re.compile(r"\b(?:returned|came\s+back|went\s+back)\s+to\s+re-?inspect\b", re.IGNORECASE)
REINSPECTED = re.compile(r"\bre-?inspected\s+(?:in|on|during)\s+⟪DATE:(\d+)⟫", re.IGNORECASE)


def _judgements_by_council_and_date(hit: Hit, ctx: Context) -> list[f.Fact]:
    """"an overall effectiveness of inadequate: Stockport on 13 February and Halton on 12 July": each
    council's verdict on its own date, which is also the report the article goes on to describe."""
    grade = hit.slot("grade")
    start, end = hit.match.span("pairs")
    pairs = re.findall(r"⟪AUTH:(\d+)⟫\s+(?:on|in)\s+⟪DATE:(\d+)⟫", hit.sentence.template[start:end])
    out: list[f.Fact] = []
    for auth, day in pairs:
        authority, when = hit.sentence.mentions[int(auth)].value, hit.sentence.mentions[int(day)].value
        ctx.current[authority.gss_code] = ("inspection", when, True)
        record_judged(ctx, authority, when, grade.value)
        out += [f.Judgement(evidence=[hit.evidence(hit.rule.confidence)], authority=authority, area=area,
                            grade=grade.value, date=when, kind="inspection") for area in areas_of(hit, when)]
    return out


def read_change(hit: Hit, ctx: Context) -> list[f.Fact]:
    if _about_something_else(hit, ctx):
        return []
    authority, from_context = council_of(hit, ctx, "subject")
    old, new = hit.slot("from"), hit.slot("to")
    if authority is None or old is None or new is None:
        return []
    if hit.slot("from_date"):
        hit.owned.add(hit.sentence.mentions.index(hit.slot("from_date")))
    in_context = inspection_in_context(authority, ctx)
    stated = hit.slot("to_date") or hit.clause_date()
    if stated is not None:
        # "A re-inspection upgraded the borough from inadequate to good in January 2018"
        new_date, new_kind = stated.value, (_graded_kind_named(hit) or "inspection")
    elif in_context:
        new_date = verdict_date(in_context)
        new_kind = in_context[0]
    else:
        new_date, new_kind = None, "inspection"
    if hit.slot("from_date"):
        old_date = hit.slot("from_date").value
    elif hit.slot("from_rel"):
        old_date = years_back(hit.slot("from_rel").value, authority, ctx)
    else:
        old_date = previous_judged(authority, ctx, old.value, before=stated.value if stated else None)
    if stated is not None:
        # The new grade is the verdict the article goes on to break down by area.
        ctx.current[authority.gss_code] = ("inspection", new_date, True)
    record_judged(ctx, authority, old_date, old.value)
    confidence = hit.confidence(from_context)
    out: list[f.Fact] = []
    for area in areas_of(hit, new_date):
        # "falling from good to requiring improvement in every area": the old grade was overall
        old_area = "overall" if hit.rule.matched(hit.match, "every") else area
        out.append(f.Judgement(evidence=[hit.evidence(confidence)], authority=authority, area=old_area,
                               grade=old.value, date=old_date, kind="inspection"))
        out.append(f.Judgement(evidence=[hit.evidence(confidence)], authority=authority, area=area,
                               grade=new.value, date=new_date, kind=new_kind))
    return out


THAT_ONE = re.compile(r"\b(?:that|this|the\s+same)\s+$", re.IGNORECASE)


def read_inspection(hit: Hit, ctx: Context) -> list[f.Fact]:
    kind = hit.slot("kind").value if hit.slot("kind") else hit.rule.kind
    if OTHER_INSPECTORS.search(hit.sentence.template[: hit.match.start()]):
        return []  # "Inspectors from the Royal Society for the Prevention of Accidents visited in April"
    if hit.slot("kind") is not None and REPORT_OF.search(hit.sentence.template[: hit.sentence.at(hit.slot("kind"))]) \
            and not FIELDWORK_VERB.search(hit.match.group()):
        # "Ofsted published the report of its most recent inspection of X's services on 13 January 2025": the date is
        # the report's (but "the report of a standard inspection carried out in May" dates the inspection)
        return []
    visits = hit.rule.matched(hit.match, "visits")
    guessed = False
    from_before = False  # the kind is the one the article named last, not this sentence's
    kind_said = hit.slot("kind")
    if kind == "inspection" and kind_said is not None and kind_said.text.lower() == "inspection" and ctx.kinds_named \
            and ctx.kinds_named[-1] == "jtai" and ctx.kind_age <= 1 \
            and THAT_ONE.search(hit.sentence.template[: hit.sentence.at(kind_said)]):
        kind = "jtai"  # "... picked for a joint targeted area inspection ... That inspection, in February 2023, looked at ..."
    if hit.rule.matched(hit.match, "reinspected"):
        kind = "re-inspection"
    elif kind == "named-before":
        # "Two inspectors spent 31 July and 1 August on a monitoring visit": the kind said right after
        said = KIND_AFTER.match(hit.sentence.template, hit.match.end())
        kind = hit.sentence.mentions[int(said.group(1))].value if said else _kind_named_last(ctx, hit.slot("date"))
        from_before = not said
        guessed = not said and not ctx.kinds_named and not ctx.title_kind and not ctx.section_kind  # the next may say
        if kind.endswith("visit") and WEEKS_ON_SITE.search(hit.match.group()):
            kind = "inspection"  # "inspectors spent three weeks with us": no visit of a day or two, an inspection
        if guessed and BARE_DATE_LABEL.match(hit.match.group()):
            return []  # "• Date: 14 November 2024" among a paper's header lines: the paper's own date
        if kind not in GRADED_KINDS and hit.match.group().lower().startswith("inspected") \
                and (any(m.kind == "GRADE" for m in hit.sentence.mentions) or ctx.kind_age > 0):
            # "Kingston was last inspected in 2019 and was judged outstanding": graded, so no visit; nor is
            # "Ofsted inspected Tameside in December 2023" when the visit the article named was sentences ago
            kind = next((k for k in reversed(ctx.kinds_named) if k in GRADED_KINDS), "inspection")
    elif kind == "read-before":  # "This was the second such visit. The first, in May, ...": of its kind
        dated_at = hit.sentence.at(hit.slot("date")) if hit.slot("date") is not None else hit.match.start()
        named = [m.value for m in mentions_in(hit.sentence, 0, dated_at, "KIND")]
        # "Ofsted returns every few months for monitoring visits. The first came in June 2023."
        said_before = ctx.kinds_named[-1] if ctx.kinds_named and ctx.kind_age == 0 else ""
        kind = (named[-1] if named else "") or said_before or ctx.last_inspection_kind or _kind_named_last(ctx)
        if re.search(r"\bvisit\b", hit.match.group(), re.IGNORECASE) and not kind.endswith("visit"):
            # "It is the council's sixth monitoring visit since ... an inspection in July. The previous visit, ...":
            # a visit is of the visits' kind
            kind = next((k for k in reversed([ctx.title_kind] + ctx.kinds_named) if k.endswith("visit")), kind)
    elif kind == "visit-named":  # "a visit to Bradford", in a letter about a monitoring visit: a visit of the kind named
        named = [m.value for m in hit.sentence.mentions if m.kind == "KIND"] + ctx.kinds_named[::-1] + [ctx.title_kind]
        kind = next((k for k in named if k and k.endswith("visit")), "")
        if not kind and re.search(r"\bmonitoring\b", hit.sentence.template, re.IGNORECASE):
            kind = "monitoring-visit"  # "A monitoring letter ... describes a visit"
        if not kind and re.search(r"\b(?:two|three|four|\d)-week\s+visit\b", hit.match.group(), re.IGNORECASE):
            kind = _kind_named_last(ctx)  # "Inspectors began a three-week visit to the borough on May 9": weeks, not days
    if visits:  # "the previous visits": of the kind the article named last (in this sentence or before)
        named = ctx.kinds_named + [m.value for m in mentions_in(hit.sentence, 0, hit.match.start(), "KIND")]
        kind = next((k for k in reversed(named) if visits.lower().startswith("inspection") or k.endswith("visit")), "")
        if not kind and visits.lower() == "visit":
            kind = _kind_named_last(ctx)  # "Inspectors began their visit in late August", of a full inspection
    if kind != "jtai" and _about_something_else(hit, ctx):
        return []  # "My son's school, rated good when inspectors visited in 2022"; a joint inspection has partners
    when = hit.slot("date")
    if when is None and hit.rule.effect in ("date-in-clause", "heading-only"):
        # a loose rule: the date its clause gives, else the timeline entry's
        when = hit.clause_date() if hit.rule.effect == "date-in-clause" else None
        when = when or (Mention("DATE", 0, 0, "", ctx.heading) if ctx.heading else None)
    if when is not None and hit.rule.effect == "after-the-last":
        _month_after_the_last(when, ctx)
    body = resolve_body(hit.slot("body"), ctx, hit.sentence)
    authority, from_context = council_of(hit, ctx, "subject", "body", body=body)
    if from_context and hit.rule.effect == "heading-only" and ctx.main is not None:
        authority = ctx.main  # "**June to July 2018.** Ofsted re-inspects.": a timeline's entries are about its council
    if authority is None or not kind or when is None:
        return []
    report = ctx.current.get(authority.gss_code)
    if from_before and kind not in GRADED_KINDS and report and report[0] in GRADED_KINDS and report[2] \
            and within_report_window(when.value, report[1]):
        # "... rated outstanding in a report published last Wednesday. Inspectors, who were on site in early
        # December, ...": the fieldwork of the graded report just given, not a visit the article named before
        kind = report[0]
    subjects = listed_councils(hit.sentence) if hit.slot("subject") is None else []
    if len(subjects) < 2:  # "A focused visit in October looked at the front door in both areas."
        subjects = _group_after(hit, ctx, authority)
    subjects = subjects if len(subjects) > 1 else subjects_of(hit, ctx, authority)
    for subject in subjects if not visits else ():  # visits looked back on describe no inspection now
        known = ctx.current.get(subject.gss_code)
        earlier_report = report_of_fieldwork(ctx, subject, when.value) if kind in GRADED_KINDS else None
        if kind in GRADED_KINDS and known and known[2] and known[0] != kind \
                and fieldwork_of_known_report(ctx, subject, when.value, tied=bool(ctx.reports_here)):
            # "Ofsted's report ... dropped yesterday. ... The full re-inspection started on 30 January": the report's kind
            ctx.current[subject.gss_code] = (kind, known[1], True)
        elif earlier_report is not None and not fieldwork_of_known_report(ctx, subject, when.value, tied=bool(ctx.reports_here)):
            # "The report dropped yesterday. ... Quick recap: in March 2020 a report rated it inadequate. ... The
            # re-inspection started on 30 January": the fieldwork of the report given first, again in context
            ctx.current[subject.gss_code] = (kind, earlier_report, True)
        elif not fieldwork_of_known_report(ctx, subject, when.value, tied=bool(ctx.reports_here)):
            if _looked_back_on(hit, ctx, subject, when.value):
                ctx.looked_back.setdefault(subject.gss_code, ctx.current[subject.gss_code])
            ctx.current[subject.gss_code] = (kind, when.value, False)
    own_range(hit, when)
    if kind in GRADED_KINDS and when.value.precision == "year" and any(
            d.year == when.value.year and d.precision != "year" for d, _ in ctx.judged.get(authority.gss_code, [])):
        return []  # "the 2022 inspection" of a verdict the article dated "September 2022": said already
    confidence = hit.confidence(from_context)
    plural = visits or (hit.slot("kind") is not None and hit.slot("kind").text.lower().endswith("s"))
    # "visits in March and July" are two; "a re-inspection in April and May" is one, from April
    ctx.last_inspection_kind = kind
    listed = [m.value for m in _more_dates(hit)]  # taken either way: no other fact is dated by them
    dates = [when.value] + listed if plural else [when.value]
    if plural and when.value.precision == "year" and listed and all(
            d.month and not d.day for d in listed) and re.match(r"\s*,\s*in\s+⟪DATE", hit.sentence.template[hit.match.end():]):
        # "two monitoring visits in 2022, in July and December": the months of that year
        dates = [PartialDate(when.value.year, d.month) for d in listed]
    read = [f.Inspection(evidence=[hit.evidence(confidence)], authority=subject, kind=kind, date=day)
            for subject in subjects for day in dates]
    if guessed:  # "Two inspectors spent 25 and 26 March with social workers. It was the fourth monitoring visit ..."
        ctx.kind_guessed += read
    elif from_before and kind not in GRADED_KINDS:
        ctx.kind_from_before = read
    return read


WEEKS_ON_SITE = re.compile(r"\b(?:(?:two|three|four|five|[2-5])[\s-]weeks?|(?:a|one)\s+fortnight)\b", re.IGNORECASE)
# two or more capitalised words that no table knows, right before the verb (read as a person's, when they look like one):
# a school's or a home's name
# (not "The Council had been judged", "The Corporation was also rated")
UNKNOWN_NAME_BEFORE = re.compile(r"(?:(?:^|[^\w⟫'’])(?!(?-i:The|This|That|Its|Our|Their|An?|And|But)\b)(?-i:[A-Z][a-z'’]+)"
                                 r"(?:\s+(?!(?-i:Council|Corporation|Authority|Services?|Trust|Partnership|Board|Department)\b)"
                                 r"(?-i:[A-Z][a-z'’]+)){1,3}|⟪PERSON:\d+⟫)\s+$")
BARE_DATE_LABEL = re.compile(r"[^\w⟪]*dates?\s*:\s*⟪", re.IGNORECASE)
OTHER_INSPECTORS = re.compile(r"\b(?:inspectors?|assessors|auditors)\s+from\s+(?!⟪OFSTED)(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
FIELDWORK_VERB = re.compile(r"\b(?:carried\s+out|conducted|took\s+place|undertaken|held|began|started)\b", re.IGNORECASE)
REPORT_OF = re.compile(rf"\b{PUBLICATION_VERBS}\s+(?:the|its|their|a)\s+report\s+(?:of|on|into)\s+(?:its|the|their|an?)\s+(?:[\w-]+\s+){{0,3}}$",
                       re.IGNORECASE)


def _month_after_the_last(when: Mention, ctx: Context) -> None:
    """"Inspectors came back in March 2022. Then again in July.": a month said without its year is the first
    such month after the date the story had reached, not the last before publication (and the story goes on
    from there)."""
    last = ctx.last_date
    if last is None or when.value.month is None or re.search(r"\d{4}", when.text):
        return
    year = last.year + (last.month is not None and when.value.month <= last.month)
    when.value = PartialDate(year, when.value.month, when.value.day)


def _looked_back_on(hit: Hit, ctx: Context, authority: Authority, when: PartialDate) -> bool:
    """"... when Ofsted last carried out a full inspection, in March 2020", said after the report the
    article is about: an earlier inspection, its sentence's verdicts' but not the one the next sentences
    break down."""
    current = ctx.current.get(authority.gss_code)
    return bool(current and current[2] and when.end() < current[1].start()
                and re.search(r"\b(?:last|previous|previously|earlier|prior|before\s+that|the\s+first)\b",
                                      hit.sentence.template[max(0, hit.match.start() - 40): hit.match.end()], re.IGNORECASE))


NEW_CLAUSE = re.compile(r"\s+(?:(?:they|it|we|he|she|the\s+(?:council|report|inspectors|department))\b|⟪OFSTED:\d+⟫)", re.IGNORECASE)


def _more_dates(hit: Hit) -> list[Mention]:
    """"visits in March and July and in November": every date of the list, not only the first."""
    template, at, found = hit.sentence.template, hit.match.end(), []
    while True:
        # "in October 2024, looking at services for adolescents, and in February 2025": past what each looked at
        # ("in March, when they looked at the front door, and in July"; "and, most recently, October 2024"; "in April
        # 2022, looking at children in care, and in February 2024")
        more = re.match(r"(?:,\s+(?:looking\s+at|focusing\s+on|examining|when\s+(?:they|inspectors|it)\s+(?:looked|focused|examined))"
                        r"\b(?:[^,;.⟪]|⟪(?:AREA|SERVICE):\d+⟫){1,120})?"
                        r"(?:\s*,\s*|\s*,?\s+and,?\s+)(?:again,?\s+|most\s+recently,?\s+)?(?:(?:in|on|during)\s+)?⟪DATE:(\d+)⟫"
                        # "... child protection plans (February 2023), children in care (July 2023) and care leavers
                        # (February 2024)": what each looked at, then its date in brackets
                        r"|(?:\s*,\s*|\s*,?\s+and\s+)(?:[^,;.()⟪]|⟪(?:AREA|SERVICE):\d+⟫){1,80}?\(\s*⟪DATE:(\d+)⟫\s*\)",
                        template[at:])
        said = more and int(more.group(1) or more.group(2))
        if not more or said in hit.owned or NEW_CLAUSE.match(template, at + more.end()):
            return found  # (not "returned in May, and in July they went one better": a date opening the next clause)
        found.append(hit.sentence.mentions[said])
        hit.owned.add(said)
        at += more.end()


def _organisation(name: str) -> f.Organisation:
    return f.Organisation(name=name, kind="")


def _council(authority: Authority) -> f.Organisation:
    return f.Organisation(name=authority.name, kind="council", authority=authority)


def read_operator(hit: Hit, ctx: Context) -> list[f.Fact]:
    if hit.rule.matched(hit.match, "eversince"):
        # "When the county council was abolished in April 2021, the trust ... has delivered them ever since"
        earlier = re.findall(r"⟪DATE:(\d+)⟫", hit.sentence.template[: hit.match.start()])
        when = hit.sentence.mentions[int(earlier[-1])] if earlier else None
    elif hit.rule.effect == "since-then":
        when = hit.date_earlier_in_sentence()
    elif PREVIOUSLY.search(hit.sentence.template[max(0, hit.match.start() - 20): hit.match.end()]):
        # "services previously delivered by X are again provided by the council, from today": not since
        # then; but "previously delivered by X, which had delivered them since October 2019" says when
        when = hit.slot("since") or _since_in_relative(hit)
    else:
        when = hit.slot("since") or hit.clause_date(before=False) or hit.clause_date() or hit.date_later_in_sentence()
    since = when.value if when else None
    if since is None and re.match(r"\W*(?:ever\s+)?since\s+then\b", hit.sentence.template, re.IGNORECASE) and ctx.last_date:
        since = ctx.last_date  # "... passed to the two new unitary authorities in April 2021. Since then NCT has delivered ..."
    counted = re.search(r"⟪DATE:(\d+)⟫\s*,?\s*⟪DUR:(\d+)⟫\s*$", hit.sentence.template[: hit.match.start()])
    if since is None and counted:
        # "dissolved it on 1 October 2024, five years to the day after the company took on the county's services"
        end, span = hit.sentence.mentions[int(counted.group(1))].value, hit.sentence.mentions[int(counted.group(2))].value
        if span.word in ("after", "later"):
            since = PartialDate(end.year - span.years, end.month if span.to_the_day else None,
                                end.day if span.to_the_day else None)
    if since is None and hit.rule.effect in ("returned", "succeeds"):
        since = _news_day(hit, ctx)
    if hit.rule.effect == "council-runs":
        return _run_by_another_council(hit, ctx)
    if hit.rule.effect == "returned":
        body = nearest_body(hit, ctx)
        authority, from_context = council_of(hit, ctx, "authority", body=body)
        if authority is None:
            return []
        if body and ctx.body_authority.get(body, authority) is not authority:
            body = None  # the article's body serves another council: "a similar decision in Doncaster"
        evidence = hit.evidence(hit.confidence(from_context))
        out: list[f.Fact] = [f.Arrangement(evidence=[evidence], authority=authority, operator=_council(authority),
                                           since=since)]
        if body:
            out.append(f.Arrangement(evidence=[evidence], authority=authority, operator=_organisation(body), until=since))
        return out
    operators = [hit.sentence.mentions[int(g)] for g in hit.rule.slot_groups(hit.match, "operator") if g and g.isdigit()]
    if len(operators) > 1:  # "Birmingham Children's Trust and Sandwell Children's Trust both began operating in ..."
        return [fact for mention in operators for fact in _read_one_operator(hit, ctx, since, mention)]
    return _read_one_operator(hit, ctx, since, hit.slot("operator"))


def _read_one_operator(hit: Hit, ctx: Context, since: PartialDate | None, operator: Mention | None) -> list[f.Fact]:
    name = resolve_body(operator, ctx, hit.sentence) if operator else nearest_body(hit, ctx)
    if name is None:
        return []
    said_before = hit.sentence.template[clause_start(hit.sentence.template, hit.match.start()): hit.match.start()]
    if re.search(r"\bschools?\b", said_before, re.IGNORECASE) and not any(m.kind == "SERVICE" for m in hit.sentence.mentions):
        return []  # "the borough's schools and education support services were overseen by The Learning Trust"
    if hit.rule.effect == "succeeds":
        # "Slough Children First took over from Slough Children's Services Trust on 1 April 2021"
        predecessor = resolve_body(hit.slot("predecessor"), ctx, hit.sentence)
        if predecessor in (None, name) and hit.slot("predecessor") is not None:
            # "the same organisation ... was renamed Slough Children First": the body named before
            before = [m.value for m in hit.sentence.mentions if m.kind == "BODY" and m.start < hit.slot("predecessor").start]
            predecessor = next((n for n in before[::-1] + ctx.bodies_named[::-1] if n != name), None)
        authority, from_context = council_of(hit, ctx, "authority", body=name)
        if predecessor is None or authority is None:
            return []
        evidence = hit.evidence(hit.confidence(from_context))
        return [f.Arrangement(evidence=[evidence], authority=authority, operator=_organisation(name), since=since),
                f.Arrangement(evidence=[evidence], authority=authority, operator=_organisation(predecessor), until=since)]
    listed = [m.value for m in hit.span_mentions("authorities", "AUTH")] or _subject_councils(hit)
    authority, from_context = (listed[0], False) if listed else council_of(hit, ctx, "authority", body=name)
    named_for = ctx.bodies.named_for.get(name)
    if named_for is not None and not listed and hit.slot("authority") is None and len(listed_councils(hit.sentence)) < 2:
        # "Birmingham's trust ..., and Bradford Children and Families Trust, which went live in 2023": the
        # council a body's own name gives, over another the sentence names
        authority = named_for
    if authority is None:
        return []
    if len(listed) < 2:  # a body several councils share is no one council's
        ctx.body_authority.setdefault(name, authority)
    until = hit.slot("until").value if hit.slot("until") else None
    confidence = hit.confidence(from_context)
    return [f.Arrangement(evidence=[hit.evidence(confidence)], authority=subject, operator=_organisation(name),
                          since=since, until=until) for subject in (listed or _group_after(hit, ctx, authority))]


# "When Kingston and Richmond councils handed their children's services to a new company"
SUBJECT_COUNCILS = re.compile(r"(?:^|[,;:]\s+|\b(?:then|when|after|once)\s+)\W*(?:the\s+)?⟪AUTH:\d+⟫(?:,\s*(?:the\s+)?⟪AUTH:\d+⟫)*,?\s+and\s+"
                              r"(?:the\s+)?⟪AUTH:\d+⟫\s+(?:(?:councils|boroughs|authorities)\s+)?$", re.IGNORECASE)


def _subject_councils(hit: Hit) -> list[Authority]:
    """"Kingston and Richmond transferred their children's services to it": councils listed as the subject."""
    subject = SUBJECT_COUNCILS.search(hit.sentence.template[: hit.match.start()])
    if subject is None:
        return []
    return [m.value for m in mentions_in(hit.sentence, subject.start(), hit.match.start(), "AUTH")]


def _run_by_another_council(hit: Hit, ctx: Context) -> list[f.Fact]:
    """"Hampshire County Council had run the island's children's services since 2013": one council running
    another's services (the other is the council the sentence or its context is about, never the runner)."""
    runner = hit.slot("runner").value
    others = [m.value for m in hit.sentence.mentions if m.kind == "AUTH" and m.value.gss_code != runner.gss_code]
    authority = others[0] if others else council_by_description(hit, ctx) or ctx.focus or ctx.main
    if authority is None or authority.gss_code == runner.gss_code:
        return []
    since = hit.slot("since").value if hit.slot("since") else None  # not the date of a hand-back said beside it
    until = hit.slot("until").value if hit.slot("until") else None
    confidence = hit.confidence(not others)
    ctx.run_for[runner.gss_code] = authority
    return [f.Arrangement(evidence=[hit.evidence(confidence)], authority=authority, operator=_council(runner),
                          since=since if since != until else None, until=until)]


def _news_day(hit: Hit, ctx: Context) -> PartialDate | None:
    """A change said without its date happened on the day the story is about: "Worcestershire County Council
    today welcomed 1,400 colleagues back as services returned to council management"; "From today, the
    organisation belongs to the council outright. Slough Children's Services Trust has become Slough
    Children First." """
    today = next((m for m in hit.sentence.mentions if m.kind == "DATE" and isinstance(m.value, PartialDate)
                  and re.fullmatch(r"(?i)today|yesterday|this\s+morning", m.text.strip())), None)
    if today is not None:
        return today.value
    if ctx.last_date is not None and ctx.last_date.day and re.match(
            r"\W*(?:from|as\s+of|with\s+effect\s+from)\s+(?:today|yesterday|this\s+morning|\w+day\b|\d)", ctx.previous, re.IGNORECASE):
        return ctx.last_date
    if ctx.in_lead and ctx.news_day is None and ctx.published is not None and hit.sentence.text == ctx.lead \
            and NEWS_OF_THE_DAY.search(hit.sentence.template[: hit.match.end()]):
        # "The Isle of Wight Council is back in sole charge of its children's services after ...", opening a
        # news story: the day it appeared
        return PartialDate.of(ctx.published)
    return ctx.news_day if ctx.in_lead else None


NEWS_OF_THE_DAY = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:taken|brought|handed)\s+back\b|\b(?:is|are)\s+(?:now\s+)?back\s+in\b",
                             re.IGNORECASE)


def _since_in_relative(hit: Hit) -> Mention | None:
    said = re.match(r"[^.;]{0,80}?\b(?:which|that)\s+(?:had|has)\s+(?:run|delivered|provided|managed|operated)\s+"
                    r"(?:them|it|the\s+services?|services)\s+since\s+⟪DATE:(\d+)⟫", hit.sentence.template[hit.match.end():])
    if said is None or int(said.group(1)) in hit.owned:
        return None
    hit.owned.add(int(said.group(1)))
    return hit.sentence.mentions[int(said.group(1))]


# "services previously delivered by X", "services currently delivered by X transfer back on 1 October": the
# clause's date is not when X began
# ("the services that had been delivered by X transferred back to the council": by X, but not since then)
PREVIOUSLY = re.compile(r"\b(?:(?:previously|formerly|until\s+recently|once|currently|presently)\s+(?:been\s+)?|(?:that|which)\s+had\s+been\s+)"
                        r"(?:run|delivered|provided|managed|operated)\b", re.IGNORECASE)


def _group_after(hit: Hit, ctx: Context, authority: Authority) -> list[Authority]:
    """"on behalf of both councils": the councils the article listed last."""
    template = hit.sentence.template
    # "The two London councils ... handed their services to it": the subject before, or the words after
    rest = template[clause_start(template, hit.match.start()): clause_end(template, hit.match.end())]
    listed = listed_councils(hit.sentence)
    if GROUP_WORDS.search(rest) and (len(listed) > 1 or ctx.group):
        return listed if len(listed) > 1 else ctx.group  # "the two new unitaries, X and Y, ... for both"
    return [authority]


def refinement(hit: Hit, ctx: Context) -> tuple[str, f.Organisation | None, PartialDate, f.Evidence] | None:
    since = hit.slot("since")
    body = nearest_body(hit, ctx)
    if since is None or body is None:
        return None
    return hit.rule.effect, _organisation(body), since.value, hit.evidence(hit.rule.confidence)


# Posts that belong to a council, whoever runs its services, when the sentence names no employer.
COUNCIL_POSTS = ("commissioner", "director-of-childrens-services")


COUNCILLOR = re.compile(r"(?:Councillor|Cllr)\b", re.IGNORECASE)


# An organisation named by a capitalised name and what it is: "the Jurassic Coast Learning Trust", "Thames Valley Schools
# Partnership", "Oakhurst Care Group". (A delivery body the article knows is a BODY mention, not plain words.)
OTHER_ORGANISATION = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+\s+)+(?:Trust|Partnership|Group|Foundation|Ltd|Limited|plc|"
                                r"Academy|College|Schools?|Hospital|Federation)\b")


OUR_POST = re.compile(r"\bour\s+(?:(?:new|first|permanent|former|previous|interim|acting)\s+)*⟪ROLE:", re.IGNORECASE)
# A capitalised name (not a council or body the article knows: those are tokens) owning the post said next
# ("Brackenhill Care's managing director" reads as a person's name)
NAMED_OWNER = re.compile(r"(?:(?:(?<![\w'’⟫-])(?-i:[A-Z][a-z][\w-]*)(?:\s+(?-i:[A-Z][\w-]+)){0,3}|⟪PERSON:\d+⟫)['’]s"
                         # "Northern Lights chief executive Dr Amanda Wheeler": two capitalised words or more, as a title
                         r"|(?<![\w'’⟫-])(?-i:[A-Z][a-z][\w-]*)(?:\s+(?-i:[A-Z][\w-]+)){1,3}|⟪PERSON:\d+⟫)"
                         r"\s+(?:(?:new|interim|acting|former)\s+)?$")


# What other organisations are called, said without a name
OTHER_KINDS = (r"(?:company|firm|business|charity|developer|association|provider|club|consultancy|(?:multi-)?academy\s+trust|"
               r"housing\s+association|chamber\s+of\s+commerce)")
COMPANY_THEN_ITS = re.compile(rf"\b{OTHER_KINDS}\b(?:[^.;⟪]|⟪PERSON:\d+⟫){{0,60}}\bits\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
OTHER_KIND_OWNS = re.compile(rf"\b(?:the|this|that)\s+{OTHER_KINDS}['’]s\s+(?:(?:former|new|interim|acting|then)\s+)?$", re.IGNORECASE)
# "The multi-academy trust, which runs 14 schools across Merton and Sutton, has appointed X as chief executive", "The
# Wimbledon-based commercial property consultancy has promoted Sophie Tran to managing director": the sentence's subject
# ... or "Kinship Horizons, the Woolwich-based charity that supports kinship carers ..., has appointed X as its chief executive"
OTHER_SUBJECT = re.compile(rf"^\W*(?:(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,4}}?{OTHER_KINDS}\b(?:,[^.;,]*,)?\s+"
                           rf"|(?:[^,;.⟪]|⟪PERSON:\d+⟫){{2,60}},\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?{OTHER_KINDS}\b[^;.]{{0,120}}?)"
                           r"(?:has\s+|have\s+|had\s+)?(?:appointed|named|promoted|hired|recruited|welcomed|announced|confirmed)\b",
                           re.IGNORECASE)
# "Ofsted has rated the small children's home run by the charity Safe Harbour Homes ... Chief executive David Amos said":
# a post said bare, after sentences about another organisation
# (not "company": a delivery body is one)
OTHER_NEARBY = re.compile(r"\b(?:charity|firm|business|consultancy|(?:multi-)?academy(?:\s+trust)?|housing\s+association|"
                          r"children['’]s\s+homes?|nursery|school|hospital|headteacher)\b", re.IGNORECASE)


COUNCIL_SAID = re.compile(r"\b(?:council|borough|county|city|authority)\b", re.IGNORECASE)


def _another_organisation(hit: Hit, ctx: Context) -> bool:
    """The post, said without its organisation, is that of an organisation the sentence names by name ("the Jurassic
    Coast Learning Trust, appointed a new chief executive, Martin Fry"), or the one the sentence before named, for
    "Its managing director, Craig Mowbray"."""
    if OTHER_ORGANISATION.search(hit.sentence.template) or OTHER_SUBJECT.match(hit.sentence.template):
        return True
    role = hit.slot("role")
    before_role = hit.sentence.template[: hit.sentence.at(role)] if role is not None else None
    if before_role is not None and NAMED_OWNER.search(before_role):
        return True  # "Severnvale's managing director, Gareth Lomas": a company the article names only in passing
    if before_role is not None and OTHER_KIND_OWNS.search(before_role):
        return True  # "The firm's former managing director, Alan Cheyney": a firm no table knows
    if before_role is not None and COMPANY_THEN_ITS.search(before_role):
        return True  # "the council's regeneration company, Be First, announced that its managing director, X, would leave"
    # ("after leading the Trust since its creation", of an academy trust: a reference to no delivery body the article knows)
    if role is not None and re.match(r"\W*(?:(?:she|he)\s+succeeds\s+(?:[\w-]+\s+)?)?⟪ROLE:", hit.sentence.template, re.IGNORECASE) \
            and not any(m.kind in ("AUTH", "BODY") or (m.kind == "BODYREF" and resolve_body(m, ctx, hit.sentence))
                                    for m in hit.sentence.mentions) \
            and not COUNCIL_SAID.search(hit.sentence.template) and OTHER_NEARBY.search(ctx.before_previous + " " + ctx.previous):
        return True
    its = re.match(r"\W*(?:its|their)\s+(?:[\w-]+\s+)?⟪ROLE:", hit.sentence.template, re.IGNORECASE)
    # (not a delivery body the article knows: "Bradford Children and Families Trust ... Its chief executive, X")
    return bool(its) and any(not any(body in named.group() or named.group() in body for body in ctx.bodies.order)
                             for named in OTHER_ORGANISATION.finditer(ctx.previous))


def read_post(hit: Hit, ctx: Context) -> list[f.Fact]:
    person, role_mention = hit.slot("person"), hit.slot("role")
    if person is None and hit.rule.matched(hit.match, "pronoun"):
        # "she": the person named last, in the sentence or before it
        named = mentions_in(hit.sentence, 0, hit.match.start(), "PERSON")
        person = named[-1] if named else ctx.last_person
    if person is None and hit.rule.matched(hit.match, "me") and ctx.signer:
        person = Mention("PERSON", 0, 0, ctx.signer, ctx.signer)  # "When I agreed to chair ...", by its byline
    if hit.rule.effect in ("predecessor", "successor"):
        return _predecessor_post(hit, ctx)
    if hit.rule.effect == "for-its-councils":
        return _post_in_each_council(hit, ctx)
    if hit.rule.effect == "each-named" and person is not None:
        # "... director of children's services for both Westminster and Kensington and Chelsea": each council named after it
        named = mentions_in(hit.sentence, hit.sentence.after(role_mention), hit.match.end(), "AUTH")
        interim = bool(hit.rule.matched(hit.match, "interim")) or "interim" in role_mention.text.lower()
        return [f.Post(evidence=[hit.evidence(hit.confidence(False))], person=person_name(person.value, ctx),
                       role=role_mention.value, organisation=_council(council.value), interim=interim) for council in named]
    if hit.rule.effect == "interim-now":
        # "The council's director is Ruth Tregenza. She has been in the job on an interim basis since the spring."
        if ctx.posts and ctx.last_person is not None and ctx.posts[-1].person == person_name(ctx.last_person.value, ctx):
            ctx.posts[-1].interim = True
            ctx.posts[-1].evidence.append(hit.evidence(hit.confidence(True)))
        return []
    role = role_mention.value if role_mention else hit.rule.role
    if role_mention is not None and hit.slot("org") is None and ANOTHER_EMPLOYER.match(hit.sentence.template,
                                                                                        hit.sentence.after(role_mention)):
        return []  # "Ben Fairley, managing director of the Winnersh building firm that carried out the refurbishment"
    if hit.rule.effect == "post-said-before":  # "... three directors of children's services since. The most recent
        role = ctx.roles_said_before[-1] if ctx.roles_said_before else ""  # permanent appointee, Sue Petrie, left"
        if not role and ctx.roles_named and re.search(r"\b(?:post|role|job)(?:-?holder)?\b", hit.match.group(), re.IGNORECASE):
            role = ctx.roles_named[-1]  # "The statutory Director ... is X. ... the post was held on an interim basis by Y"
        if "director" in hit.match.group().lower() and "director" not in role:
            # "An interim director, X," is no chief executive; it is the director of children's services an article
            # about one has named ("X, the city council's director of children's services, ... quit. ... Y has been
            # named as interim director")
            # (... or this sentence names: "Our previous director, Dan Barrett, left ... since then X has led the service
            # as interim director of children's services")
            role = "director-of-childrens-services" if "director-of-childrens-services" in ctx.roles_named or any(
                m.kind == "ROLE" and m.value == "director-of-childrens-services" for m in hit.sentence.mentions) else ""
    if role_mention is not None and role_mention.kind == "INTERVENTION":
        # "appointed X as Birmingham's commissioner": the intervention's post
        role = "commissioner" if role == "commissioner-appointed" else ""
    if (person is None and hit.rule.effect != "announce") or role not in recorded_posts():
        return []
    if person is not None and COUNCILLOR.match(person.text) and role in COUNCIL_POSTS + ("chief-executive", "chair"):
        # "Its chair, Councillor Rhys Penhallow": a council committee's, not a body's; "the Cabinet Member, Councillor Lynn
        # Harker, the Chief Executive and an adviser": a list, not her post
        return []
    org_mention = hit.slot("org")
    # "Bury has brought in Jo Hill as interim director": the council the sentence names before the post
    named = [m.value for m in mentions_in(hit.sentence, 0, hit.match.start(), "AUTH")]
    one_council_named = len({a.gss_code for a in named}) == 1
    council = named[0] if one_council_named else ctx.focus or ctx.main
    our = OUR_POST.search(hit.sentence.template[max(0, hit.match.start() - 40): hit.match.end()])
    if not named and ctx.main is not None and (our or (
            ctx.publisher is not None and re.search(r"\bour\s", hit.match.group(), re.IGNORECASE))):
        # "Paul Ridley, who has been our interim Director of Children's Services", "Kate Lowry, our executive director of
        # resources, acted as chief executive": the publisher's own
        council = ctx.main
    if council is None and len(ctx.bodies.order) == 1:
        council = ctx.body_authority.get(ctx.bodies.order[0])  # the council the article's one body serves
    said = (hit.rule.matched(hit.match, "thecouncil") or "").lower().split()
    if council is not None and said and said[-1] in DESCRIPTIONS and not DESCRIPTIONS[said[-1]](council):
        # "Hampshire's director of children's services, X, was also the island's director": the island is not Hampshire
        council = described_council(f"the {said[-1]}", ctx) or council
    # "Chief executive – Marcia Levene" over "Levene has been chief executive since January 2023": the post already read
    who = person_name(person.value, ctx) if person is not None else None
    held = [p.organisation for p in ctx.posts if who is not None and p.role == role and p.person == who]
    if org_mention is None and held and not hit.rule.matched(hit.match, "thecouncil"):
        organisation = held[-1]
    elif org_mention is None and hit.rule.matched(hit.match, "thecouncil") and council is not None:
        organisation = _council(council)
    elif org_mention is None and role in COUNCIL_POSTS and council is not None:
        organisation = _council(council)
    elif org_mention is not None and org_mention.kind == "AUTH":
        organisation = _council(org_mention.value)
    elif org_mention is None and _another_organisation(hit, ctx):
        return []  # "Downland Learning Trust's chief executive, Richard Bamford": an academy trust's, not the council's
    else:
        # "- **Oldham** – Chief executive Shelley Kynaston is to leave": a council the sentence names, and no body
        council_said = one_council_named and not any(m.kind in ("BODY", "BODYREF") for m in hit.sentence.mentions)
        if org_mention is not None:
            name = resolve_body(org_mention, ctx, hit.sentence)
        elif council_said and role == "chief-executive":
            name = None
        else:
            name = ctx.bodies.order[0] if len(ctx.bodies.order) == 1 else _body_said_before(hit, ctx)
        if name is None and org_mention is None and ctx.bodies_named and our:
            # "Our previous chief executive, Andrew Kerrigan, led the company", on a body's own page: the body it talks of most
            name = Counter(ctx.bodies_named).most_common(1)[0][0]
        same_post = [p.organisation for p in ctx.posts if p.role == role]
        if name is None and org_mention is None and council is not None and role == "chief-executive" \
                and (not ctx.bodies.order or council_said):
            organisation = _council(council)  # "Daniel Oyelaran (Chief Executive)", in a council's minutes
        elif name is None and org_mention is None and same_post and role not in COUNCIL_POSTS:
            # "She succeeds Frances Doyle, who stepped down as chief executive": the post the article is about
            organisation = same_post[-1]
        elif name is None or (org_mention is None and role in COUNCIL_POSTS):
            return []  # a council's post, in an article that names no council for it
        else:
            organisation = _organisation(name)
    if role == "director-of-childrens-services" and organisation.kind != "council" and role_mention is not None \
            and "services" not in role_mention.text.lower():
        return []  # "previously the company's director of children's social care": a trust's own post, not the statutory one
    interim = bool(hit.rule.matched(hit.match, "interim")) or (role_mention is not None and "interim" in role_mention.text.lower()) \
        or (role_mention is not None and bool(INTERIM_AFTER.match(hit.sentence.template, hit.sentence.after(role_mention))))
    if hit.rule.effect == "held-before":  # "acting up as interim chief executive since June, when X retired": X's post
        interim = False
    confidence = hit.confidence(org_mention is None)
    if hit.rule.effect == "announce":
        ctx.announced = f.Post(evidence=[hit.evidence(confidence)], role=role, organisation=organisation, interim=interim)
        return []
    # (but "having served as interim director" before it is the post held as interim)
    if hit.rule.effect == "post-said-before" and any(p.person == who and p.role == role and (p.interim or not interim)
                                                     for p in ctx.posts):
        return []  # "X was appointed interim director ... Ms X took up the post on Monday": the post already read
    held_first = []
    if interim and _made_permanent(hit):
        # "X, who arrived as interim director of children's services in 2023 and was made permanent the following
        # year": the post held as interim, then as it stands
        held_first = [f.Post(evidence=[hit.evidence(confidence)], person=who, role=role, organisation=organisation,
                             interim=True)]
        interim = False
    post = f.Post(evidence=[hit.evidence(confidence)], person=who, role=role, organisation=organisation, interim=interim)
    ctx.posts.append(post)
    return held_first + [post]


# "Carol Ashdown", not "Isle of Wight Council, Policy Team" or "A Reporter"
# "Kerry Lanigan", "Hannah Okonkwo-Reid", "Siobhan McCarthy"
AUTHOR_IS_A_PERSON = re.compile(r"(?!.*\b(?:Team|Office|Unit|Desk|Services?|Council|Department|Group|Staff|Reporter|Correspondent|"
                                r"Editor|News|Press|Communications|Trust|Partnership|Board|Committee)\b)"
                                r"(?:(?:Dr|Professor|Prof|Sir|Dame|Cllr)\.?\s+)?(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]*(?:[A-Z][a-z'’-]+)*)){1,2}$")

MADE_PERMANENT = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:made\s+permanent|confirmed\s+(?:in\s+the\s+(?:role|post|job)\s+)?"
                            r"(?:on\s+a\s+permanent\s+basis|permanently))\b"
                            r"|\b(?:take|took|taken|taking)\s+on\s+the\s+(?:role|post|job)\s+permanently\b"
                            r"|\b(?:given|offered|handed)\s+the\s+(?:role|post|job)\s+(?:permanently|on\s+a\s+permanent\s+basis)\b"
                            # "... and whom we were delighted to appoint as our permanent director in January"
                            r"|\b(?:appoint|appointed)\s+(?:her|him|them)?\s*(?:as|to\s+be)\s+(?:our|its|their|the)\s+permanent\b",
                            re.IGNORECASE)


def _made_permanent(hit: Hit) -> bool:
    """The match, or the words after it, say the post became permanent."""
    return bool(MADE_PERMANENT.search(hit.match.group()) or MADE_PERMANENT.search(hit.sentence.template, hit.match.end()))


def _post_in_each_council(hit: Hit, ctx: Context) -> list[f.Fact]:
    """A council post held for every council the article's one body serves (as the bodies table knows them)."""
    body = bodies().by_name().get(ctx.bodies.order[0]) if len(ctx.bodies.order) == 1 else None
    known = authorities().by_code
    councils = [known[gss] for gss in (body.councils if body else ()) if gss in known and not known[gss].end_date]
    person = person_name(hit.slot("person").value, ctx)
    return [f.Post(evidence=[hit.evidence(hit.confidence(True))], person=person, role=hit.slot("role").value,
                   organisation=_council(council)) for council in councils]


def _predecessor_post(hit: Hit, ctx: Context) -> list[f.Fact]:
    """"Ms James arrived in 2019, replacing Hannah Brookes": the one replaced held the post of the one who
    replaced them, when the article has said what that post is."""
    successor = hit.slot("successor")
    if successor is None and hit.rule.matched(hit.match, "pronoun"):
        successor = ctx.last_person  # "He replaces Jan Morrow": the one the sentence before named
        if successor is None:
            return []
    if hit.slot("person") is None:
        return []
    name = person_name(successor.value, ctx) if successor else None
    # "Her predecessor, X, ...": the post said last (but "She retired ... and was succeeded by her deputy, X": the post of
    # the one "she" is, when the article has given it)
    said_of = ctx.last_person if successor is None and re.match(r"\W*(?:she|he)\b", hit.sentence.template, re.IGNORECASE) else None
    theirs = [p for p in ctx.posts if said_of is not None and p.person == person_name(said_of.value, ctx)]
    held = [p for p in ctx.posts if p.person == name] if successor else (theirs or ctx.posts[-1:])
    # "appointed Tim Hollis, a former chief executive of Wolverhampton City Council, as chair": the post taken, not one left
    held = [p for p in held if not _said_former(p)] or held
    named = SUCCEEDED_AS.search(hit.match.group())
    if named:  # "was succeeded as director by her deputy, X": the last post of that name
        held = [p for p in ctx.posts if p.role == POSTS_NAMED[named.group(1).lower()]][-1:]
    if not held or held[-1].person == person_name(hit.slot("person").value, ctx):
        return []
    # "His replacement, Alison Mercer, ..., was brought in on an interim basis" (not "... and was made permanent")
    interim = hit.rule.effect == "successor" and not _made_permanent(hit) and (
        bool(hit.rule.matched(hit.match, "interim")) or bool(INTERIM_BASIS.search(hit.sentence.template, hit.match.end())))
    interim = interim or (hit.rule.effect == "predecessor" and _who_was_interim(hit))
    post = f.Post(evidence=[hit.evidence(hit.confidence(True))], person=person_name(hit.slot("person").value, ctx),
                  role=held[-1].role, organisation=held[-1].organisation, interim=interim)
    ctx.posts.append(post)
    return [post]


def _said_former(post: f.Post) -> bool:
    words = POST_WORDS.get(post.role, post.role)
    return bool(re.search(rf"\bformer\s+(?:\w+\s+)?{words}", post.evidence[0].quote, re.IGNORECASE))


SUCCEEDED_AS = re.compile(r"\b(?:succeeded\s+as|previous|former|outgoing|last)\s+(?:\w+\s+)?(director|chief\s+executive|chair)\b",
                          re.IGNORECASE)
POSTS_NAMED = {"director": "director-of-childrens-services", "chief executive": "chief-executive", "chair": "chair"}
POST_WORDS = {post: words for words, post in POSTS_NAMED.items()}
PREDECESSOR_WHO = re.compile(r"(?:,\s+[^,;.⟪]{1,60})?,\s+who\b[^.;]*", re.IGNORECASE)


def _who_was_interim(hit: Hit) -> bool:
    """"succeeding Paul Ridgeway, who had been the council's interim director since the inspection", "She succeeds Gary
    Pilling, who steered the company through its first five months as interim chief executive", "Owen Talbot, the
    director of operations, who had been acting up as interim chief executive": the one replaced held the post as interim."""
    who = PREDECESSOR_WHO.match(hit.sentence.template, hit.match.end())
    return bool(who) and bool(re.search(r"\b(?:interim|acting)\b", hit.sentence.original(who.start(), who.end()), re.IGNORECASE))


ANOTHER_EMPLOYER = re.compile(r"\s+(?:(?:at|in|with|for)\s+(?:a|an|another)\s+(?:[\w'’-]+\s+){0,3}?(?:borough|council|authority|county|city)\b"
                              # "Rob Hanley, Managing Director of Harwood Lane Executive, said": a firm named by no token
                              r"|(?:of|at)\s+(?-i:[A-Z][\w&'’-]+)(?:\s+(?:&\s+)?(?-i:[A-Z][\w&'’-]+)){0,4}(?=\s*[,.;)]|\s+(?:said|says|told)\b)"
                              # "who becomes chief executive of a larger trust in Surrey": a trust the article does not name
                              r"|(?:of|at|with|for)\s+(?:a|another)\s+(?:[\w'’-]+\s+){0,2}?trust\b"
                              # "who has spent the past four years as director of children's social care at a large London
                              # borough": a council the article does not name; "of the care leavers' charity" (an area's words)
                              r"|(?:of|at|for)\s+(?:the|a|an|its|their)\s+(?:(?:[\w'’-]+|⟪[A-Z]+:\d+⟫['’]?)\s+){0,4}?(?:firm|business|charity|school|chamber|"
                              r"academy|club|practice|agency|group|hospital|bank|university|college|builders?|contractors?|"
                              r"consultancy|housing\s+association|safeguarding\s+(?:children\s+)?partnership|"
                              # "chief executive of the local NHS trust that provides child and adolescent mental health services"
                              r"(?:NHS|health|hospital|academy|multi-academy|learning|schools?)(?:\s+foundation)?\s+trust)\b"
                              # "Martin Kowalczyk, as Chair of the Finance, Audit and Risk Committee": a committee's chair
                              r"|(?:of|for)\s+(?:the|its|their|a|an)\s+(?:[\w'’&-]+,?\s+){0,6}?(?:committee|sub-committee|panel)\b)",
                              re.IGNORECASE)
# "who took over as the council's director of children's services on an interim basis in January"
INTERIM_AFTER = re.compile(r"\s+on\s+an?\s+(?:interim|acting|temporary)\s+basis\b", re.IGNORECASE)
INTERIM_BASIS = re.compile(r"\bon\s+an\s+(?:interim|acting|temporary)\s+basis\b|\bas\s+(?:interim|acting)\b", re.IGNORECASE)


def _body_said_before(hit: Hit, ctx: Context) -> str | None:
    """Whose post, when the article names several bodies: "Simon Harcourt, the Birmingham trust's chief
    executive"; "The new organisation is chaired by X, and its chief executive is Y"."""
    template = hit.sentence.template
    council_body = re.search(r"the\s+⟪AUTH:(\d+)⟫\s+(?:trust|company|mutual)['’]s\s+(?:[\w-]+\s+)?⟪ROLE:\d+⟫", hit.match.group())
    if council_body:
        council = hit.sentence.mentions[int(council_body.group(1))].value
        serving = [n for n in ctx.bodies.order if council.gss_code in
                   (getattr(ctx.body_authority.get(n), "gss_code", None), getattr(ctx.bodies.named_for.get(n), "gss_code", None))]
        return serving[0] if len(serving) == 1 else None
    before = [m for m in mentions_in(hit.sentence, 0, hit.match.start(), "BODY") + mentions_in(hit.sentence, 0, hit.match.start(), "BODYREF")]
    its = re.search(r"(?i)\bits\s+(?:[\w-]+\s+)?$", template[: hit.sentence.at(hit.slot("role"))] if hit.slot("role") else "")
    if before and its:
        return resolve_body(max(before, key=lambda m: m.start), ctx, hit.sentence)
    if its and re.match(r"\W*its\b", template, re.IGNORECASE) and ctx.bodies_named:
        return ctx.bodies_named[-1]  # "Northamptonshire Children's Trust has named X. Its chair, Y, said ..."
    subject = BODY_HAS.match(template)
    if subject and subject.end(1) < hit.match.start():  # "The board of Birmingham Children's Trust has a new chair."
        return resolve_body(hit.sentence.mentions[int(subject.group(1))], ctx, hit.sentence)
    return None


# ... "Achieving for Children - the community interest company that has run ... since 2017 - has named X as interim chief
# executive": the body, past a clause set apart by dashes
BODY_HAS = re.compile(r"\W*(?:the\s+board\s+(?:of|at)\s+)?⟪(?:BODY|BODYREF):(\d+)⟫(?:\s+[-–—][^.;]{0,200}?\s[-–—])?\s+(?:has|have|had)\b",
                      re.IGNORECASE)


def person_name(text: str, ctx: Context | None = None) -> str:
    """A person's name without the title ("Dr", "Cllr") the text gives; a surname alone ("Smith",
    "Ms Smith") is the full name the article gave before it."""
    titles = "|".join(t for t in config()["person"]["titles"] if t not in config()["person"]["kept_titles"])
    name = re.sub(rf"^(?:{titles})\.?\s+", "", text.strip())
    if ctx is not None and " " not in name:
        named = [p for p in ctx.people if p.split()[-1] == name]
        if len(set(named)) == 1:
            return named[0]
        if name in ctx.bodies.first_names:
            return ctx.bodies.first_names[name]  # "Kerry", of "Kerry Aldous"
    return name


APPOSED_DATE = re.compile(r",\s*⟪PERSON:\d+⟫(?:,[^,;.⟪]{0,80})?,\s*(?:who\s+was\s+(?:appointed|installed|sent\s+in)\s+)?(?:(?:in|on|during)\s+)?"
                          r"(?:(?:early|late|mid)[-\s]*)?⟪DATE:(\d+)⟫"
                          r"|(?:,\s*⟪PERSON:\d+⟫,)?(?:[^.;⟪–—]|⟪(?:GOV|OFSTED):\d+⟫){0,60}?\s+[–—-]\s*(?:(?:in|on|during)\s+)?"
                          r"⟪DATE:(\d+)⟫(?=\s*[–—-])")
OPENING_DATE = re.compile(r"\W*(?:⟪DUR:\d+⟫\s*,?\s*)?(?:(?:in|on|by|during)\s+)?⟪DATE:(\d+)⟫\s*,")


def read_intervention(hit: Hit, ctx: Context) -> list[f.Fact]:
    post = hit.rule.matched(hit.match, "commissioner")
    if hit.slot("kind"):
        kind = hit.slot("kind").value
    elif post:
        kind = "commissioner-appointed" if "commissioner" in post.lower() else "improvement-adviser-appointed"
    elif hit.rule.matched(hit.match, "notice") or hit.rule.matched(hit.match, "direction"):
        kind = "improvement-notice" if hit.rule.matched(hit.match, "notice") else "statutory-direction"
    else:
        kind = hit.rule.kind
    if kind == "named-before":  # a list under "... are subject to a statutory direction"
        kind = ctx.interventions_named[-1] if ctx.interventions_named else ""
    if kind == "said-before":  # "... working under an improvement notice for three years. It was issued in 2020."
        kinds = set(ctx.previous_interventions)
        kind = kinds.pop() if len(kinds) == 1 else ""
    if kind == "commissioner":  # the post's name, read where the intervention is meant
        kind = "commissioner-appointed"
    if hit.rule.kinds and kind not in hit.rule.kinds:
        return []
    authority, from_context = council_of(hit, ctx, "authority")
    if authority is None or not kind:
        return []
    listed = [m.value for m in hit.span_mentions("authorities", "AUTH")]
    subjects = listed or subjects_of(hit, ctx, authority)
    if not listed and hit.slot("authority") is None:
        # "Hampshire ... had run the island's services since 2013, after the department issued a statutory
        # direction": the council that runs another's is not the one the intervention was made on
        subjects = [ctx.run_for.get(subject.gss_code, subject) for subject in subjects]
    # "appointed a commissioner, Jenny Oakes, the following month", "sent in a commissioner, Ian Thorne, who was appointed
    # in March 2016", "a commissioner ... had been sent in – in December of that year –": the date set after the one
    # appointed, or between dashes
    apposed = APPOSED_DATE.match(hit.sentence.template, hit.match.end())
    apposed = apposed and hit.sentence.mentions[int(apposed.group(1) or apposed.group(2))]
    opening = OPENING_DATE.match(hit.sentence.template)  # "Seven years earlier, in 2015, ... and the government issued"
    opening = opening and hit.sentence.mentions[int(opening.group(1))]
    mention = hit.slot("date") or apposed or hit.clause_date() or hit.date_earlier_in_sentence() \
        or hit.date_of_the_one_before() or opening
    trailing = re.match(r"(?:\s*⟪DUR:\d+⟫)?,\s*(?:in|on|during)\s+⟪DATE:(\d+)⟫(?=\s*(?:[.;,]|$))", hit.sentence.template[hit.match.end():])
    if mention is None and trailing:  # "... issued the authority with an improvement notice, in March 2020.", "... two years earlier, in 2013."
        mention = hit.sentence.mentions[int(trailing.group(1))]
    if mention is None and re.search(r"\bnewly\s+$", hit.sentence.template[: hit.match.start()], re.IGNORECASE):
        # "has today (13 October 2022) issued a statutory direction ..., requiring it to work with a newly appointed
        # commissioner": appointed with the intervention the sentence dates
        said = mentions_in(hit.sentence, 0, hit.match.start(), "DATE")
        mention = said[-1] if said else None
    when = mention.value if mention else ctx.heading  # "Spring 2016. The department issues a direction."
    lead_in = hit.sentence.template[max(0, hit.match.start() - 30): hit.match.end()]
    if when is None and ctx.published is not None and PRESENT_PERFECT.search(lead_in):
        # "The government has issued a formal notice to X": news of the month the article appeared (of the day, when the
        # sentence says "today": "I have today issued a new improvement notice ..., and I have appointed X as ...")
        today = any(m.kind == "DATE" and m.text.lower() == "today" for m in hit.sentence.mentions)
        when = PartialDate.of(ctx.published) if today else PartialDate(ctx.published.year, ctx.published.month)
    by = hit.slot("by") or next((m for m in hit.sentence.mentions if m.kind == "GOV"), None)
    by_org = f.Organisation(name=_government_name(by.value), kind="government") if by else None
    confidence = hit.confidence(from_context)
    return [f.Intervention(evidence=[hit.evidence(confidence)], authority=subject, kind=kind,
                           date=when, by=by_org) for subject in subjects]


PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:been\s+)?\w+ed\b", re.IGNORECASE)


def _government_name(key: str) -> str:
    return config()["government_names"][key]


def read_report(hit: Hit, ctx: Context) -> list[f.Fact]:
    """A report's publication date: the date of the judgements the article goes on to give."""
    when = hit.slot("date")
    if when is not None and (hit.rule.effect == "batch"
                             or re.search(r"\b(?:reports|batch|round-?up)\b", hit.sentence.text, re.IGNORECASE)):
        ctx.batch_report = when.value
        own_range(hit, when)
        return []
    authority, _ = council_of(hit, ctx, "subject")
    day = when.value if when is not None else _out_today(hit, ctx)
    if day is None or authority is None:
        return []
    # "... carried out in November, judged services inadequate. The report was published in January.":
    # the verdicts dated by the fieldwork's year take the report's date.
    for gss, fieldwork, judgement in ctx.fieldwork_dated:
        if gss == authority.gss_code and within_report_window(fieldwork, day):
            judgement.date = day
    ctx.fieldwork_dated = [e for e in ctx.fieldwork_dated if e[0] != authority.gss_code]
    kind = hit.slot("kind").value if hit.slot("kind") else next(
        (m.value for m in hit.sentence.mentions if m.kind == "KIND" and m.value in GRADED_KINDS), None)
    before = hit.sentence.template[: hit.match.start()]
    told = list(re.finditer(r"\bre-?inspected\b", before, re.IGNORECASE))
    if kind is None and told and not re.search(r"\b(?:inspectors?|inspection|visit)\b|⟪(?:KIND|OFSTED):", before[told[-1].end():],
                                               re.IGNORECASE):
        # "Ofsted re-inspected the services in 2018; its report, published on 24 August 2018, ...", when no other
        # inspection is told between them
        kind = "re-inspection"
    if kind is None and ctx.kinds_named and ctx.kind_age == 0 and ctx.kinds_named[-1] not in GRADED_KINDS:
        return []  # "Joint targeted area inspection (JTAI): .... • When: Fieldwork 10–14 June 2024; letter 25 July 2024.": no verdict's
    current = ctx.current.get(authority.gss_code)
    if kind in (None, "inspection") and current and current[0] in GRADED_KINDS and (
            current[1] == day or within_report_window(current[1], day)):
        kind = current[0]  # the report of the inspection the article is describing
    if kind in GRADED_KINDS or kind is None:
        if _looked_back_on(hit, ctx, authority, day):
            # "... judged good at its previous inspection, whose report came out in May 2019": that sentence's
            ctx.looked_back.setdefault(authority.gss_code, ctx.current[authority.gss_code])
        ctx.current[authority.gss_code] = (kind or "inspection", day, True)
        ctx.reports.setdefault(authority.gss_code, []).append(day)
        ctx.reports_here.append((hit.sentence.at(when) if when else hit.match.start(), day, kind or "inspection"))
    if when is not None:
        own_range(hit, when)
    return []


def _out_today(hit: Hit, ctx: Context) -> PartialDate | None:
    """"It's out.", in a live blog waiting for the report: out on the day the page tells of."""
    if hit.rule.effect != "out-today":
        return None
    if ctx.news_day is not None:
        return ctx.news_day
    return PartialDate(ctx.published.year, ctx.published.month, ctx.published.day) if ctx.published else None


READERS = {"report": read_report, "judgement": read_judgement, "change": read_change, "inspection": read_inspection,
           "operator": read_operator, "post": read_post, "intervention": read_intervention}


# ------------------------------------------------------------------ merging
