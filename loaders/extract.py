"""Reading the facts of an article: the patterns of loaders/data/patterns.toml applied sentence by
sentence, with what the article said before (which council it is about, which inspection it is
describing, which body "the trust" is) filling what a sentence leaves unsaid."""
from __future__ import annotations

import calendar
import copy
import re
from collections import Counter
from datetime import date
from functools import cache

from cskg.loaders import facts as f
from cskg.loaders.articles import Article, parse_date
from cskg.loaders.context import (FOCUS_SPAN, GRADED_KINDS, GROUP_WORDS, NEIGHBOURING, PUBLICATION_VERBS, Context, Hit,
                                  described_council, described_opening, hedged, is_news_day, listed_councils,
                                  measured_against, mentions_in)
from cskg.loaders.dates import PartialDate
from cskg.loaders.gazetteer import Authority, authorities, bodies
from cskg.loaders.merge import apply_refinements, complete, merge, settle_operator_kinds
from cskg.loaders.mentions import (SAME_DAY, BodyIndex, Mention, Sentence, ThatMonth, find_mentions, index_bodies, read_against,
                                   said_against)
from cskg.loaders.patterns import (FACT_TYPES, Rule, conditional_opening, fallbacks, generic_statement, loose_rule_ids,
                                   other_places, other_subjects, report_page, rules)
from cskg.loaders.readers import AUTHOR_IS_A_PERSON, READERS, WHERE_OR_WHOSE, person_name, refinement
from cskg.loaders.settle import settle
from cskg.loaders.text import split_sentences


def extract(article: Article) -> list[f.Fact]:
    """Every fact the article states, merged so that each is listed once with all its evidence."""
    # a body's own page names it in full in its byline ("Brightpath Children's Trust Communications Team") and may
    # call itself by the first word of its name ("Brightpath was that trust")
    # "NEWCASTLE CITY COUNCIL" heading a committee paper names its council as a headline in title case would;
    # "BRADFORD CHILDREN AND FAMILIES TRUST" heading its board's minutes names the body
    title = _title_case(article.title) if article.title.isupper() else article.title
    # (a staff newsletter's "### Joanne Freeth, observer" names the "Joanne" the paragraph under it talks of)
    # ... or a board page's "Daniel Whitcombe" over "Chief Executive" over "Daniel is our chief executive. He also ..."
    names_set_apart = [line for line, reason in article.skipped if reason == "not body text" and SIGNED_NAME.fullmatch(line)]
    index = index_bodies(article.body, ([article.author] if article.author else []) + ([title] if title != article.title else []),
                         list(article.sections.values()) + names_set_apart)
    ctx = Context(published=article.published, bodies=index, author=(article.author or "").strip())
    signer = ctx.signer = _signer(article)
    sentences, paragraph_of = [], []
    for number, paragraph in enumerate(article.body):
        told_on = _section_day(article, number) or article.published
        for text in split_sentences(paragraph):
            sentences.append(find_mentions(text, told_on, index))
            paragraph_of.append(number)
    headline = find_mentions(title, article.published, index)
    # an article that names its council only in the headline ("Devon scrutiny: Ofsted findings") is about
    # it; a council report that says only "the Council" names itself in its byline ("Democratic Services;
    # Devon County Council") or its page's header or footer
    furniture = [article.author or ""] + [line for line, reason in article.skipped if reason in FURNITURE]
    publisher = ctx.publisher = _publisher(article, sentences, index)
    # the headline counts as two mentions: a body that names its council once in passing ("West Sussex: what
    # happens now?" among trending links, "B&H" elsewhere) is still about the council its headline names
    # (a tie goes to the council the page's masthead or header names: "The staff magazine of Cheshire West and Chester
    # Council" over a profile that names every council of a career once)
    furnished = [find_mentions(line, article.published, index) for line in furniture]
    ctx.main = publisher or _main_authority(sentences + [headline, headline], furnished) or _main_authority(furnished)
    # "Ofsted's short inspection at the end of April confirmed ... The report rated Telford & Wrekin outstanding":
    # until a sentence names its council, the article is about the first its lead paragraph names
    lead = [m.value for sentence, paragraph in zip(sentences, paragraph_of) if paragraph == 0
            for m in sentence.mentions if m.kind == "AUTH" and not _in_passing(sentence, m)]
    ctx.focus = publisher or (lead[0] if lead else None)
    visits = {m.value for m in headline.mentions if m.kind == "KIND"} - GRADED_KINDS
    ctx.title_kind = visits.pop() if len(visits) == 1 else ""
    _known_body_authorities(ctx)
    if article.published and report_page().search(article.title):
        ctx.batch_report = PartialDate(article.published.year, article.published.month, article.published.day)
    found: list[f.Fact] = _header_posts(article, index, ctx)
    ctx.people += [fact.person for fact in found if isinstance(fact, f.Post) and " " in fact.person]  # "Levene" after
    refinements: list[tuple[str, f.Organisation | None, PartialDate, f.Evidence]] = []
    undated: list[tuple[int, f.Judgement]] = []
    guessed: list[tuple[int, f.Judgement]] = []  # verdicts dated from context
    described_next: list[tuple[int, dict]] = []  # the inspections each sentence put in context
    last_date: PartialDate | None = None
    last_report: PartialDate | None = None  # the last date given for a report's publication
    report_at = date_at = -1  # the sentences that gave them
    last_day: PartialDate | None = None  # the last verdict dated to the day
    heading: tuple[int, PartialDate] | None = None  # "**January 2016.** Ofsted publishes ...": a timeline's entry
    section_year: PartialDate | None = None  # under the section heading "2022: inadequate"
    labelled = -1  # the paragraph a council's name alone heads (a table's row)
    listing = False  # in the list a sentence naming a council introduced
    for number, sentence in enumerate(sentences):
        if heading is not None and heading[0] != paragraph_of[number]:
            heading = None
        if number == 0 or paragraph_of[number - 1] != paragraph_of[number]:
            _section_named(article.sections.get(paragraph_of[number]), ctx)
            ctx.signer = _speaker(sentence, ctx, signer)
            if paragraph_of[number] in article.sections:
                # a new section ("2. Children in care: finally good") is about the article's news again, unless it says
                _back_to_the_newest_report(ctx)
                section_year = _year_heading(article.sections[paragraph_of[number]])
                dated = _dated_heading(article.sections[paragraph_of[number]], article)
                if dated is not None:  # "SEPTEMBER 2016" above a timeline's entry, "### March" in a year's review
                    heading = (paragraph_of[number], dated)
        opens_entry = _entry_date(sentence)
        if opens_entry is not None:
            heading = (paragraph_of[number], opens_entry)
            # "• Oct 2019: The report lands on 21 October": the entry's own year
            _months_in_the_year_of(sentence, PartialDate(opens_entry.year, opens_entry.month))
        elif heading is not None:
            _months_in_the_year_of(sentence, heading[1])
        elif section_year is not None:
            _months_in_the_year_of(sentence, section_year)
        elif (year := _opening_year(sentence)) is not None:
            _months_in_the_year_of(sentence, year)
        elif date_at == number - 1 and paragraph_of[date_at] == paragraph_of[number] and last_date is not None \
                and _opens_on_a_later_month(sentence, last_date):
            # "Within weeks, in June 2019, the department sent an adviser. In July it issued a formal improvement
            # notice": the story's year goes on, not the July before the article appeared
            _months_in_the_year_of(sentence, PartialDate(last_date.year, last_date.month))
        ctx.heading = heading[1] if heading else None
        ctx.in_lead = paragraph_of[number] == 0
        if number == 0:
            ctx.news_day = _lead_day(sentence, article)
            ctx.lead = sentence.text
        # (not a report the story has gone on from: "published in December of that year" after "returned in October
        # and November 2017" is 2017's, whatever report of 2014 was told before, and "a report published that
        # September" after "last inspected in July 2023" is 2023's, whatever letter of 2025 was told before)
        report = last_report if last_report and (last_date is None or report_at > date_at or (
            report_at == date_at and last_report.start() >= last_date.start())) else None
        _dates_said_before(sentence, last_date, article, report, last_day, heading[1] if heading else None)
        ctx.last_date = last_date
        ctx.verdicts_before = ctx.verdicts_here if sentence.mentions else ctx.verdicts_before
        ctx.reports_before = ctx.reports_here
        ctx.reports_here, ctx.verdicts_here, ctx.redated = [], set(), {}
        published = [m.value for m in sentence.mentions if m.kind == "DATE" and isinstance(m.value, PartialDate)
                     and PUBLISHED_BEFORE.search(sentence.template[: sentence.at(m)])]
        if published:
            last_report, report_at = published[-1], number
        # (not another council someone names in a quote: '"We were losing people to Lancashire," he said')
        named = [m.value for m in sentence.mentions if m.kind == "AUTH" and not _in_passing(sentence, m)
                 and not (_in_quote(sentence, m) and ctx.main is not None and m.value.gss_code != ctx.main.gss_code)]
        opening = described_opening(sentence.template, ctx) if named else None
        if opening is not None:  # "The new unitary, created when Cumbria County Council was abolished, ..."
            named = [opening] + named
        if not named and not any(m.kind == "AUTH" for m in sentence.mentions):
            # "The island had been judged ...": the island is the subject from here on.
            described = described_council(sentence.template, ctx)
            named = [described] if described is not None else []
            if described is not None:
                ctx.focus, ctx.focus_age = described, 0
        found.extend(_announced_post_filled(sentence, ctx))
        if ctx.kind_guessed and any(m.kind == "KIND" for m in sentence.mentions):
            named_kind = KIND_SAID_AFTER.match(sentence.template)
            for visit in ctx.kind_guessed if named_kind else []:
                visit.kind = sentence.mentions[int(named_kind.group(1))].value
            ctx.kind_guessed = []
        owned: set[int] = set()  # dates that date an inspection belong to it, not to other facts
        at_start = dict(ctx.current)
        visits_before, ctx.kind_from_before = ctx.kind_from_before, []
        read_from = len(found)
        own = _subject_elsewhere(sentence, ctx.places)
        if (number == 0 or paragraph_of[number - 1] != paragraph_of[number]) and KIND_ITEM.match(sentence.template):
            # "ILACS standard inspection, 2022. Fieldwork took place ...": an inspection history's next entry, whatever
            # the last entry ended on ("The Local Safeguarding Children Board was reviewed at the same time")
            ctx.elsewhere = False
        # ("the trust's target", in an article that knows no delivery body, is an NHS trust's)
        elsewhere = (own and not _names_a_council(sentence, SERVICES_NAMED)) or (ctx.elsewhere and not _names_a_council(
            sentence, COUNCIL_NAMED if ctx.bodies.order else COUNCIL_NAMED_NO_BODY))
        ctx.elsewhere = own or elsewhere
        if THIS_TIME.match(sentence.template):
            # "A further inspection, reported in January 2020, again found ... This time, the impact of senior leaders
            # was rated outstanding": back to the newest report the article gave for its council
            _back_to_the_newest_report(ctx)
        hits = _sentence_hits(sentence) if _states_events(sentence, dated=heading is not None) and not elsewhere else {}
        for fact_type, typed in hits.items():
            if fact_type == "post":  # posts in the order said: the last said is whose post "her successor" took
                typed = sorted(typed, key=lambda hit: hit.match.start())
            for hit in typed:
                if fact_type == "operator" and hit.rule.effect in REFINING:
                    change = refinement(hit, ctx)
                    if change:
                        refinements.append(change)
                    continue
                hit.owned = owned
                before = dict(ctx.current)
                read = READERS[fact_type](hit, ctx)
                found.extend(read)
                # not the old grade of a change (read_change gives old, new for each area): it is before what follows
                said = read if fact_type == "judgement" else read[1::2] if fact_type == "change" else []
                undated += [(number, j) for j in said if isinstance(j, f.Judgement) and j.date is None]
                guessed += [(number, j) for j in said if id(j) in ctx.dated_from_context]
                last_day = next((j.date for j in said if isinstance(j, f.Judgement) and j.date and j.date.day), last_day)
                if fact_type in ("report", "inspection"):  # another verdict describes no inspection
                    described_next.append((number, {k: v for k, v in ctx.current.items() if before.get(k) != v}))
        _graded_after_all(visits_before, found[read_from:])
        # what a quote dates is the speaker's aside: the narrative goes on from the date before it (read after
        # the sentence's facts, which may have read a date against the narrative: "Then again in July.")
        narrated = [m for m in sentence.mentions if m.kind == "DATE" and isinstance(m.value, PartialDate)
                    and not _in_quote(sentence, m) and not _about_the_speaker(sentence, m)]
        story_date = _story_date(sentence, narrated)
        if story_date:
            last_date, date_at = story_date, number
        ctx.looked_back_on = {gss: ctx.current[gss] for gss in ctx.looked_back}
        ctx.current.update(ctx.looked_back)
        ctx.looked_back = {}
        if sentence.mentions:  # not past "It was." between the report and its verdict
            ctx.reported_before = {gss for gss, now in ctx.current.items() if now[2] and at_start.get(gss) != now}
        ctx.scene = _scene_date(sentence)
        entry = _date_only(sentence) if number == 0 or paragraph_of[number - 1] != paragraph_of[number] else None
        if entry is not None:
            heading = (paragraph_of[number], entry)
        ctx.before_previous, ctx.previous = ctx.previous, sentence.text
        ctx.dates_before = [m.value for m in sentence.mentions if m.kind == "DATE" and isinstance(m.value, PartialDate)] \
            if any(m.kind in ("GRADE", "KIND") for m in sentence.mentions) else []
        ctx.graded_before = any(m.kind == "GRADE" for m in sentence.mentions)
        opening = OPENS_ON_AREAS.match(sentence.template)
        ctx.previous_areas = [m.value for m in mentions_in(sentence, *opening.span(1), "AREA")] if opening else []
        ctx.roles_said_before = [m.value for m in sentence.mentions if m.kind == "ROLE"]
        ctx.roles_named += ctx.roles_said_before
        ctx.areas_said_before = [m.value for m in sentence.mentions if m.kind == "AREA" and m.value != "overall"]
        ctx.previous_interventions = [m.value for m in sentence.mentions if m.kind == "INTERVENTION"]
        # not "the second since the inspection": an earlier event the sentence measures from
        kinds = [m.value for m in sentence.mentions if m.kind == "KIND"
                 and not SINCE_THE.search(sentence.template[: sentence.at(m)])]
        ctx.kinds_named += kinds
        ctx.kind_age = 0 if kinds else ctx.kind_age + 1
        if kinds:
            ctx.kind_year = next((m.value.year for m in sentence.mentions if m.kind == "DATE" and isinstance(m.value, PartialDate)), None)
        if not any(m.kind in ("AUTH", "DATE") for m in sentence.mentions):  # a list's heading, not an item
            ctx.interventions_named += [m.value for m in sentence.mentions if m.kind == "INTERVENTION"]
        # ("He will lead the service while the council recruits a successor to Joanna Pike, ...": still him)
        if not re.match(r"\W*(?:he|she)\b", sentence.template, re.IGNORECASE):
            ctx.last_person = _subject_person(sentence) or ctx.last_person
        ctx.bodies_named += [m.value for m in sentence.mentions if m.kind == "BODY"]
        ctx.people += [name for m in sentence.mentions if m.kind == "PERSON" and " " in (name := person_name(m.value))]
        ctx.seen.extend(named)
        alone = (number == 0 or paragraph_of[number - 1] != paragraph_of[number]) and (
            number + 1 == len(sentences) or paragraph_of[number + 1] != paragraph_of[number])
        council_alone = COUNCIL_ALONE.fullmatch(sentence.template) is not None
        # "Hertfordshire County Council had a short inspection ... The report gave these grades:" and the list after it
        # ... or a box's heading that is only a council's name ("Darlington Borough Council" over its key facts)
        listing = (listing and sentence.text.lstrip().startswith("•")) or sentence.text.rstrip().endswith(":") or council_alone
        if named:  # the first council a sentence names is most often its subject
            ctx.focus, ctx.focus_age = named[0], 0
            labelled = paragraph_of[number] if council_alone else -1
        elif alone and sentence.text.rstrip().endswith("?") and len(sentence.text.split()) <= 12:
            # an explainer's question heading ("Who is running the service now?") ends talk of a council named in passing
            ctx.focus, ctx.focus_age = ctx.section or ctx.main, 0
        elif labelled == paragraph_of[number] or listing:
            # "Hounslow. • Report published: March 2014. • Overall: ...": a table's row, about the council its label names;
            # a list's items, about the council named before the sentence that introduced them
            pass
        elif not CONTINUES.match(sentence.text):
            ctx.focus_age += 1
            if ctx.focus_age > FOCUS_SPAN:
                # A council named in passing ("who had led services in Northumberland") is not what
                # the article goes on to talk about: after a sentence, it is the main council again.
                ctx.focus = ctx.section or ctx.main
        ctx.group_focus = not named and bool(GROUP_WORDS.search(sentence.template))
        listed = listed_councils(sentence)
        if len(listed) > 1:
            ctx.group = listed
    settle(found, sentences, article.published, undated, described_next, guessed)
    merged = merge(found, loose_rule_ids())
    apply_refinements(merged, refinements)
    settle_operator_kinds(merged, ctx)
    return [fact for fact in merged if complete(fact)]


# "Both reports appeared on 29 January, after inspections that began on 2 December. Gateshead's report was
# published the same day": a date said against another, just after words of publication, is said against
# the last report's date.
PUBLISHED_BEFORE = re.compile(rf"\b(?:{PUBLICATION_VERBS}|appeared)\s+(?:(?:on|in)\s+)?$", re.IGNORECASE)


# A name in a byline, a letter's header or a sign-off: "Sir Alan Wetherby", "Kerry Lanigan"
SIGNED_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Cllr|Councillor|Sir|Dame)\.?\s+)?"
                         r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")
POST_TITLE_WORDS = re.compile(r"\b(?:Chief|Executive|Director|Chair|Officer|Head|Manager|Member|Commissioner|Secretary)\b")
NAME_THEN_POST = re.compile(r"^((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+((?:Interim\s+|Acting\s+)?(?:Chair|Chief\s+Executive|"
                            r"Director\s+of\s+Children['’]s\s+Services)\b,?\s+\S.*)$")
# "Author: Kerry Lanigan, Director of Children's Services and Skills", "cc: Russell Ashford, Chief Executive,
# Council of the Isles of Scilly", a committee paper's "Report of: Amanda Leckie, Director of Children's Services": a
# person and their post in a byline or a letter's header; a decision notice's "Signed: Howard Linnell, Chief Executive"
HEADER_POST = re.compile(r"^[•*·\s-]*(?:(?:cc|to|addressed\s+to|from|by|signed(?:\s+by)?|report\s+(?:author|of)|author|contact(?:\s+officer)?|lead\s+officer)\s*:?\s+)?"
                         rf"((?:{SIGNED_NAME.pattern}),\s+\S.*)$", re.IGNORECASE)


VERDICT_WITHIN = 365  # days: a verdict the very next sentence gives, however late the article says it came


def _graded_after_all(visits: list[f.Inspection], read: list[f.Fact]) -> None:
    """"Inspectors arrived at the end of September last year and stayed for three weeks. The report came out last
    month ...: inadequate overall again": a visit given the kind of the visits named before is the inspection whose
    verdict the next sentence gives."""
    for visit in visits:
        if visit.date is not None and any(
                isinstance(fact, f.Judgement) and fact.authority == visit.authority and fact.date is not None
                and 0 <= (fact.date.start() - visit.date.start()).days <= VERDICT_WITHIN for fact in read):
            visit.kind = "inspection"


def _section_day(article: Article, paragraph: int) -> date | None:
    """"From the Echo, Thursday, January 7, 2016" over a nostalgia column's item, "Tuesday 3 March 2024" over a live
    blog's: the day a section was written, against which its "on Tuesday" and "last month" are read."""
    above = [n for n in article.sections if n <= paragraph]
    if not above:
        return None
    parts = re.split(r",\s*", article.sections[max(above)])
    day = next((when for i in range(len(parts)) if (when := parse_date(", ".join(parts[i:]))) is not None), None)
    return day if day is not None and (article.published is None or day <= article.published) else None


def _header_posts(article: Article, index: BodyIndex, ctx: Context) -> list[f.Fact]:
    """The posts the byline and the page's header lines give, read as the sentence "Name, Post, Body"."""
    lines = [article.author or ""] + [line for line, reason in article.skipped if reason == "not body text"]
    # a sign-off over two lines: "Sir Alan Wetherby" then "Chair, Dudley Children's Trust"
    # ... or a council report's contact block, the name set apart above its post: "Verity Albright" / "Corporate
    # Director, Children, Families and Cultural Services (Director of Children's Services)", the post a line of the
    # body when it reads as a sentence (the statutory post in brackets after the council's own title for it)
    pairs = list(zip(lines[1:], lines[2:])) + [(name, article.body[number]) for number, name in article.sections.items()
                                               if number < len(article.body) and len(article.body[number].split()) <= 15]
    # (not a post's title over the next person's name: "Chief Executive" then "Shireen Adebola-Ward")
    lines += [f"{name}, {_statutory_post(post)}" for name, post in pairs if SIGNED_NAME.fullmatch(name.strip())
              and not POST_TITLE_WORDS.search(name)]
    # a letter's heading: "• Addressed to: Sarah Kinsella, Interim Director of Children's Services, London Borough of Havering"
    lines += [heading for heading in article.sections.values() if HEADER_POST.match(heading)]
    # ... or the two lines of a markdown sign-off run together: "Margaret Oyelaran Chair, Buckinghamshire Children's Trust"
    lines += [f"{joined.group(1)}, {joined.group(2)}" for line in lines if (joined := NAME_THEN_POST.match(line.strip()))]
    # ... or a structure page's heading, the post before the name: "Chief Executive – Helen Marwood", "Strategic director,
    # children's services – Judith Okwuosa (interim)", the statutory post the paragraph under it may say ("The statutory
    # director of children's services, responsible for ...")
    for number, heading in article.sections.items():
        named = POST_DASH_NAME.fullmatch(heading.strip())
        if named is None:
            continue
        interim = f"{named.group(3).lower()} " if named.group(3) else ""
        described = POST_DESCRIBED.match(article.body[number]) if number < len(article.body) else None
        post = named.group(1) if described is None else f"{DESCRIBED_POSTS[described.lastgroup]} of the council"
        lines.append(f"{named.group(2)}, {interim}{post}")
    # ... or a table's row of statutory officers: "Director of Children's Services (s.18 Children Act 2004). • Post: Executive
    # Director, Children's Services. • Post-holder: Adaeze Nwankwo (interim)."
    for row in article.body:
        held = POST_HOLDER_ROW.match(row)
        if held:
            # ("• Notes: Interim. Covering the vacancy ...": the post held as interim)
            noted = re.search(r"•\s*notes?\s*:\s*(interim|acting)\b", row, re.IGNORECASE)
            interim = f"{(held.group('interim') or noted.group(1)).lower()} " if held.group("interim") or noted else ""
            # (not its "(s.18 Children Act 2004)", but "(statutory Director of Children's Services)")
            label = re.sub(r"^statutory\s+|\s*\([^()]*\)", "", _statutory_post(held.group("label")), flags=re.IGNORECASE)
            lines.append(f"{held.group('name')}, {interim}{label}")
    # ... or a list of a post's holders, the post in the page's title: "List of directors of children's services of Hackney"
    # over rows "1. • Name: Geoffrey Mannion. • Took office: April 2006. ..."
    listed = LIST_OF_HOLDERS.match(article.title)
    for row in article.body if listed else []:
        holder = HOLDER_ROW.search(row)
        if holder:
            interim = f"{holder.group(2).lower()} " if holder.group(2) else ""
            lines.append(f"{holder.group(1)}, {interim}{listed.group(1)}")
    # ... or a table of a post's holders under a sentence that names the post ("The council has had several directors of
    # children's services since ..." over rows "Malcolm Pryor. • Years: 2011–2016. • Notes: Interim.")
    plural = None  # the post the sentence above the table's rows names
    for number, row in enumerate(article.body):
        holder = HOLDER_TABLE_ROW.match(row)
        if holder and (number == 0 or not HOLDER_TABLE_ROW.match(article.body[number - 1])):
            plural = PLURAL_POST.search(article.body[number - 1]) if number > 0 else None
        if holder and plural:
            interim = "interim " if re.search(r"\b(?:interim|acting)\b", row, re.IGNORECASE) else ""
            lines.append(f"{holder.group(1)}, {interim}{plural.group(1)}{plural.group(2) or ''} of the council")
    # ... or a table of those present by name and role: "Martin Eldridge. • Role: Chief Executive, Brighton & Hove City
    # Council.", "• Martin Eldridge: Chief Executive, Brighton & Hove City Council"
    lines += [f"{row.group(1) or row.group(2)}, {row.group(3)}" for line in article.body if (row := NAME_ROLE_ROW.match(line))]
    # ... or a list of those present, a dash between name and post: "Karen Ashdown - Chief Executive, North Yorkshire Council"
    lines += [f"{dashed.group(1)}, {dashed.group(2)}" for line in list(lines) if (dashed := NAME_DASH_POST.match(line.strip()))]
    # ... or a board's attendance list: "Dame Frances Oyelaran (Chair) (FO)"
    lines += [f"{listed.group(1)}, {listed.group(2)}" for line in lines if (listed := BRACKETED_POST.match(line.strip()))]
    found: list[f.Fact] = []
    for line in lines:
        said = HEADER_POST.match(line.strip())
        if said is None:
            continue
        name, _, post = said.group(1).partition(", ")
        # "Signed by: Sarah Whitcombe, Director of Children, Families and Education (statutory Director of Children's
        # Services)": the statutory post in brackets
        bracketed_post = re.search(r"\([^()]*\b(?:director|chief\s+executive|chair)\b[^()]*\)\s*$", post, re.IGNORECASE)
        sentence = find_mentions(f"{name}, {_statutory_post(post)}" if bracketed_post else said.group(1), article.published, index)
        # ("Author: Dr Alan Mayhew, Children's Services Commissioner": the post an intervention names)
        if not any(m.kind == "PERSON" for m in sentence.mentions) or not any(
                m.kind == "ROLE" or (m.kind == "INTERVENTION" and m.value == "commissioner-appointed") for m in sentence.mentions):
            continue
        for hit in _sentence_hits(sentence).get("post", []):
            found.extend(READERS["post"](hit, ctx))
    return found


POST_DASH_NAME = re.compile(rf"([A-Z][\w'’ ,&:-]{{2,70}}?)\s+[–—-]\s+({SIGNED_NAME.pattern})(?:\s*\((interim|acting)\))?", re.IGNORECASE)
# "The statutory director of children's services, responsible for ...", "The borough's most senior paid official and its
# head of paid service": the council post a paragraph under a person's heading describes
POST_DESCRIBED = re.compile(r"(?:the|its|our)\s+(?:(?:(?:borough|council|county|city)['’]s\s+)?statutory\s+(?P<dcs>director\s+of\s+children['’]s\s+services)"
                            r"|(?:borough|council|county|city)['’]s\s+(?P<ce>most\s+senior\s+paid\s+official|head\s+of\s+paid\s+service|chief\s+executive))\b",
                            re.IGNORECASE)
POST_HOLDER_ROW = re.compile(rf"(?P<label>[^•]{{3,120}}?)\.\s+(?:•[^•]*?\.\s+)*?•\s*(?:post-?holder|holder|held\s+by|name|incumbent)\s*:\s*"
                             rf"(?P<name>{SIGNED_NAME.pattern})(?:\s*\((?P<interim>interim|acting)\))?", re.IGNORECASE)
DESCRIBED_POSTS = {"dcs": "director of children's services", "ce": "chief executive"}
LIST_OF_HOLDERS = re.compile(r"\s*list\s+of\s+(.{5,120}?)\s*$", re.IGNORECASE)
HOLDER_ROW = re.compile(rf"•\s*(?:name|holder|post-?holder)\s*:\s*({SIGNED_NAME.pattern})(?:\s*\((interim|acting)\))?", re.IGNORECASE)
NAME_ROLE_ROW = re.compile(rf"^(?:({SIGNED_NAME.pattern})\.\s+•\s*(?:role|post|title|position|job\s+title)\s*:|•\s*({SIGNED_NAME.pattern}):)"
                           rf"\s*(.+?)\.?$")
HOLDER_TABLE_ROW = re.compile(rf"^({SIGNED_NAME.pattern})\.\s+•\s+[^:•]{{1,30}}:\s+")
PLURAL_POST = re.compile(r"\b(director|chief\s+executive|chair)s?(\s+of\s+children['’]s\s+services)?\b(?=[^.]*\.?$)", re.IGNORECASE)
NAME_DASH_POST = re.compile(rf"^({SIGNED_NAME.pattern})\s+[-–—]\s+(\S.{{2,150}})$")
BRACKETED_POST = re.compile(rf"^({SIGNED_NAME.pattern})\s*\(([^()]{{3,60}})\)(?:\s*\([A-Z]{{1,4}}\))?$")


OPENING_CLAUSE_OF_TIME = re.compile(r"\W*(?:when|after|as|since|once|following|before|while|until)\b[^,;]*,", re.IGNORECASE)


LINKEDIN_NAME = re.compile(r"^((?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s*\([^)]{1,20}\))?\s*[•·]\s*(?:1st|2nd|3rd)\b")


def _title_case(text: str) -> str:
    """"BRADFORD CHILDREN AND FAMILIES TRUST" as its name is written: "Bradford Children and Families Trust"."""
    # ... and "STOCKTON-ON-TEES BOROUGH COUNCIL", "KINGSTON UPON HULL": "Stockton-on-Tees", "Kingston upon Hull"
    # str.title() would write "CHILDREN'S" as "Children'S"
    capitalised = re.sub(r"[^\W\d_][\w'’]*", lambda word: word.group(0)[0].upper() + word.group(0)[1:].lower(), text)
    return re.sub(r"(?<=[\s-])(And|Of|For|The|In|On|Upon|Under|By|Le)(?=[\s-])", lambda small: small.group(1).lower(), capitalised)


def _signer(article: Article) -> str:
    """Whom "I" means: the byline's person, else the name of a sign-off line ("Hannah Okonkwo-Reid, Executive
    Director of Community and Children's Services") when the page has one."""
    author = (article.author or "").strip()
    if AUTHOR_IS_A_PERSON.match(author):
        return author
    # "Priya Raghunathan (She/Her) • 1st", the poster's name over a LinkedIn post (or under the site's name)
    member = LINKEDIN_NAME.match(article.title) or next(
        (said for line, reason in article.skipped[:2] if reason == "not body text" and (said := LINKEDIN_NAME.match(line))), None)
    if member:
        return member.group(1)
    names = {said.group(1) for line, reason in article.skipped if reason == "not body text"
             if (said := re.match(rf"^\W*({SIGNED_NAME.pattern}),\s+\S", line)) and AUTHOR_IS_A_PERSON.match(said.group(1))}
    return names.pop() if len(names) == 1 else ""


# "Karen Aldous: Thank you, Chair. I have chaired ...", "Q102 Chair: ...": a transcript's speaker, who "I" is there
SPEAKER_LABEL = re.compile(r"\W*(?:Q\d+\s+)?⟪(PERSON|ROLE):(\d+)⟫\s*:\s")


def _speaker(sentence: Sentence, ctx: Context, signer: str) -> str:
    """Whom "I" means in the paragraph this sentence opens: the person its speaker's label names, no one known when the
    label is a post ("Chair:"), else the article's signer."""
    label = SPEAKER_LABEL.match(sentence.template)
    if label is None:
        return signer
    return person_name(sentence.mentions[int(label.group(2))].value, ctx) if label.group(1) == "PERSON" else ""


def _subject_person(sentence: Sentence) -> Mention | None:
    """Whom "she" in the next sentence means: the first person the sentence names, past an opening clause of time
    ("When Paul Redshaw retired in March 2023, Anika Shah stepped up. She has been ...")."""
    people = [m for m in sentence.mentions if m.kind == "PERSON"]
    opening = OPENING_CLAUSE_OF_TIME.match(sentence.template)
    main = [m for m in people if opening is None or sentence.at(m) >= opening.end()]
    return (main or people or [None])[0]


def _statutory_post(title: str) -> str:
    """"Corporate Director, Children and Families (Director of Children's Services)": the statutory post in brackets;
    "Director of Children's Services (Executive Director, Children, Families and Lifelong Learning)": before them."""
    bracketed = re.search(r"\(([^()]+)\)\s*$", title)
    # (and "Chief Executive, Merton Council (shareholder representative, non-voting)": before a bracket that names no post)
    if bracketed and (STATUTORY_POST.match(title[: bracketed.start()].strip())
                      or not re.search(r"\b(?:director|chief\s+executive|chair|commissioner)\b", bracketed.group(1), re.IGNORECASE)):
        return title[: bracketed.start()].strip()
    return bracketed.group(1) if bracketed else title


STATUTORY_POST = re.compile(r"(?:Interim\s+|Acting\s+)?(?:Chair|Chief\s+Executive|Director\s+of\s+Children['’]s\s+Services)$",
                            re.IGNORECASE)


def _story_date(sentence: Sentence, narrated: list[Mention]) -> PartialDate | None:
    """The date a sentence leaves the story at: its last, but not one said to come before it ("rated inadequate in
    September 2023, after an inspection in July. Two months later ..." is November; so is "following an inspection")."""
    # "The previous verdict had stood since 2019.", "An improvement notice had been in force since 2016": how long a
    # state has lasted, looking back, moves no story on
    narrated = [m for m in narrated if not re.search(r"\b(?:stood|lasted|been\s+in\s+(?:place|force))\s+since\s+$",
                                                     sentence.template[: sentence.at(m)], re.IGNORECASE)]
    if not narrated:
        return None
    last = narrated[-1]
    for earlier in narrated[:-1]:
        between = sentence.template[sentence.at(earlier): sentence.at(last)]
        if earlier.value.start() > last.value.start() and re.search(r"\b(?:after|following)\b", between, re.IGNORECASE):
            return earlier.value
    return last.value


def _in_quote(sentence: Sentence, mention: Mention) -> bool:
    before = sentence.text[: mention.start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# '"We were in the dark," says one manager who has been with the borough since 2014.'
SPEAKER_AFTER_QUOTE = re.compile(r"^\W*[\"“].*[\"”],?\s+(?:says|said|recalls|recalled|adds|added)\b", re.DOTALL)


def _about_the_speaker(sentence: Sentence, mention: Mention) -> bool:
    """A date in the words that say who spoke a quote dates the speaker, not the narrative."""
    return bool(SPEAKER_AFTER_QUOTE.match(sentence.text[: mention.start]))


def _lead_day(sentence: Sentence, article: Article) -> PartialDate | None:
    """"Last Thursday a small piece of history slipped by ...": the day a news story's first sentence
    opens on, the day of what its lead paragraph tells without a date of its own."""
    opening = re.match(r"\W*(?:on\s+)?⟪DATE:(\d+)⟫", sentence.template, re.IGNORECASE)
    if opening is None:
        return None
    day = sentence.mentions[int(opening.group(1))].value
    return day if isinstance(day, PartialDate) and is_news_day(day, article.published) else None


SMALL_WORDS = {"and", "of", "upon", "on", "the", "in", "with"}


# "Only provision for young people leaving care escaped the bottom grade.": a sentence about areas, which the
# next may go on with ("It was rated as requiring improvement.")
OPENS_ON_AREAS = re.compile(r"\W*(?:[\w'’-]+\s+){0,5}?((?:⟪AREA:\d+⟫(?:,\s*|,?\s+and\s+)?)+)")

KIND_ITEM = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?⟪KIND:\d+⟫")
SINCE_THE = re.compile(r"\b(?:since|between)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

# "It was the fourth monitoring visit since ...", "It was a focused visit, so there is no new grade": the kind of
# the visit the sentence before told of
KIND_SAID_AFTER = re.compile(r"\W*(?:it|this|that)\s+(?:was|is)\s+(?:an?|the|its|their|(?:the\s+)?council['’]s)\s+"
                             r"(?:[\w-]+\s+){0,2}⟪KIND:(\d+)⟫", re.IGNORECASE)


def _section_named(heading: str | None, ctx: Context) -> None:
    """"**Windsor and Maidenhead: inspection on the horizon**": a section heading that names one council
    makes it the subject of the paragraph under it."""
    if not heading:
        return
    if heading.isupper():  # "BARKING AND DAGENHAM - REQUIRES IMPROVEMENT": names are matched as written
        heading = " ".join(word.lower() if word.lower() in SMALL_WORDS else word.capitalize() for word in heading.split())
    mentions = find_mentions(heading, ctx.published, ctx.bodies).mentions
    # (not a council in an aside: "Kate Lind - Director of Public Health (joint post with Islington)")
    named = {m.value.gss_code: m.value for m in mentions if m.kind == "AUTH"
             and not re.search(r"\([^()]*\w[^()]*$", heading[: m.start])}
    # a speaker's turn is headed "Daniel Okoro (Peterborough) (Lab)" first and "Daniel Okoro" after
    speaker = heading.split("(")[0].strip()
    if len(named) == 1:
        ctx.headed[speaker] = next(iter(named.values()))
    elif speaker in ctx.headed:
        named = {ctx.headed[speaker].gss_code: ctx.headed[speaker]}
    ctx.section = None  # "2. Outstanding is not for ever": a section that names no council is not the last one's
    if len(named) == 1:
        ctx.focus, ctx.focus_age = next(iter(named.values())), 0
        ctx.section = ctx.focus
        ctx.seen.append(ctx.focus)
        ctx.kinds_named = []  # a new section's visits are its own
        # "Plymouth: notes from a focused visit": the kind of visit the section tells of
        visits = {m.value for m in mentions if m.kind == "KIND"} - GRADED_KINDS
        ctx.section_kind = visits.pop() if len(visits) == 1 else ""


def _dates_said_before(sentence: Sentence, last_date: PartialDate | None, article: Article,
                       last_report: PartialDate | None = None, last_day: PartialDate | None = None,
                       entry: PartialDate | None = None) -> None:
    """"The notice was issued in March 2022. An adviser was appointed in the same month.", "In November that
    year": what date_mentions could not read against a date in the sentence, read against the date the
    sentences before gave, else the publication date (date_mentions leaves these only when there is one)."""
    told: PartialDate | None = None  # the month said against the sentences before: "that March"
    for mention in sentence.mentions:
        if told is not None and mention.kind == "DATE" and isinstance(mention.value, PartialDate) \
                and mention.value.day is None and BARE_MONTH.fullmatch(mention.text):
            # "Ofsted had rated it inadequate that March, and by May ministers had served ... a notice": that year's May
            mention.value = PartialDate(told.year + (mention.value.month < told.month), mention.value.month)
        if said_against(mention.value):
            anchor = last_report if last_report and PUBLISHED_BEFORE.search(sentence.template[: sentence.at(mention)]) \
                else last_date
            if mention.value == SAME_DAY and last_day is not None and (anchor is None or anchor.day is None):
                anchor = last_day  # "the same day" is a day: not "in 2019", said since, but the last verdict's
            if isinstance(mention.value, ThatMonth) and entry is not None:
                anchor = entry  # "### March ... The report arrived on the 18th"
            mention.value = read_against(mention.value, anchor or PartialDate.of(article.published))  # type: ignore[arg-type]
            told = mention.value if mention.value.month and mention.value.day is None else None


BARE_MONTH = re.compile(r"(?:(?:in|by|during|from|until|till)\s+)?(?:(?:early|late|mid)[-\s]?)?(?:" + "|".join(
    calendar.month_name[1:]) + r")", re.IGNORECASE)


def _announced_post_filled(sentence: Sentence, ctx: Context) -> list[f.Fact]:
    """The post announced in the sentence before, filled by the person this sentence opens with."""
    announced, ctx.announced = ctx.announced, None
    opening = re.match(r"\W*⟪PERSON:(\d+)⟫", sentence.template)
    if announced is None or opening is None:
        return []
    post = copy.copy(announced)
    person = sentence.mentions[int(opening.group(1))]
    post.person = person_name(person.value, ctx)
    post.evidence = announced.evidence + [f.Evidence(sentence.text, person.text, 0.7, "post-announced")]
    return [post]


# "Paul Moffat, who had led children's services in Northumberland, ...": a council named in a clause
# about a person's past is not what the article goes on to talk about; nor is one named as a neighbour ("Proposals to
# share a director with neighbouring Wokingham were discussed").
PASSING = re.compile(r"(?:,\s*who\s+(?:had\s+|has\s+)?(?:previously\s+)?(?:led|ran|worked|served|was)\b[^,;]*"
                     r"|\bformer\s+⟪ROLE:\d+⟫\s+(?:of|at|in)\s+|\b(?:joins|joined|join|moves|moved|comes|came|arrived|arrives|transferred)\s+(?:us\s+)?(?:(?:in|on)\s+⟪DATE:\d+⟫\s+)?from\s+"
                     r"|\b(?:a|an)\s+former\s+|,\s*(?:the\s+)?former\s+|\b(?:spell|stint)\b[^,;.]{0,80}\b(?:in|at|with)\s+(?:the\s+)?"
                     # "Dr Raman, currently a deputy director in Leeds, will start in January": where the person is now (or
                     # was: "X, previously a deputy director in Buckinghamshire, who started as Wokingham's director"; a
                     # table's "Notes: Previously assistant director of social care in Oxfordshire")
                     r"|,\s*(?:currently|previously|formerly)\s+(?:an?\s+|the\s+)?[^,;.⟪]{0,40}?\b(?:in|at|with)\s+(?:the\s+)?"
                     r"|:\s*(?:[Cc]urrently|[Pp]reviously|[Ff]ormerly)\s+[^.;⟪]{0,60}?(?:⟪(?:ROLE|AREA|SERVICE):\d+⟫[^.;⟪]{0,40}?)*\b(?:in|at|with)\s+(?:the\s+)?"
                     r"|\bin\s+partnership\s+with\s+(?:the\s+)?|\b(?:with|to|from|of|like|than|alongside)\s+(?:its\s+)?neighbouring\s+"
                     # "the city will not be the next Bradford": a council held up as a warning
                     r"|\b(?:the\s+next|another|a\s+second)\s+"
                     # "On Monday she started work as chief executive of Havering Council", "left to join Leeds": a new post
                     # elsewhere, the article going on about the council left
                     r"|\b(?:(?:started|starts|began|begins)\s+(?:work\s+)?as|to\s+become)\s+(?:the\s+)?(?:new\s+)?⟪ROLE:\d+⟫\s+(?:of|at|for)\s+"
                     r"|\bto\s+join\s+"
                     # "left the Council to take up the post of Director of Children's Services at Stockton-on-Tees": ditto
                     r"|\bto\s+take\s+up\s+(?:the\s+)?(?:post|role|position)\s+of\s+⟪ROLE:\d+⟫\s+(?:of|at|for|with)\s+(?:the\s+)?"
                     # "Previously deputy director of children's services at Surrey County Council.": a person's past
                     r"|^\W*(?:[Pp]reviously|[Ff]ormerly|[Bb]efore\s+(?:that|then|joining)\b)[^.;⟪]*(?:⟪(?:ROLE|AREA|SERVICE):\d+⟫[^.;⟪]*)*\b(?:at|in|for|with)\s+(?:the\s+)?"
                     # "..., and before that worked in Lambeth and Bromley": each council of the list
                     r"|\b(?:and\s+)?before\s+that\s+(?:(?:she|he|they)\s+)?(?:worked|served|was)\b[^.;⟪]*(?:⟪(?:ROLE|AREA|SERVICE):\d+⟫[^.;⟪]*)*\b(?:at|in|for|with)\s+(?:the\s+)?)"
                     r"(?:⟪AUTH:\d+⟫(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")  # "His replacement, X, a former Devon team manager, ..."


def _in_passing(sentence: Sentence, mention: Mention) -> bool:
    if measured_against(sentence, mention):
        return True
    said_before = sentence.template[: sentence.at(mention)]
    return bool(PASSING.search(said_before))


THIS_TIME = re.compile(r"\W*(?:this\s+time|in\s+the\s+(?:latest|new)\s+report)\b", re.IGNORECASE)


def _back_to_the_newest_report(ctx: Context) -> None:
    for gss, verdicts in ctx.judged.items():
        newest = max((when for when, _ in verdicts if when.precision == "day"), key=lambda when: when.start(), default=None)
        current = ctx.current.get(gss)
        if newest is not None and current is not None and current[1].start() < newest.start():
            ctx.current[gss] = ("inspection", newest, True)


# A sentence that opens by referring back keeps talking about the same council.
CONTINUES = re.compile(r"^\W*(?:it|its|they|their|the\s+(?:council|authority|service|services|department)|"
                       r"services|a\s+(?:short|full|standard)\s+inspection)\b", re.IGNORECASE)


def _scene_date(sentence: Sentence) -> PartialDate | None:
    """"By July 2023 the picture had changed.": a short sentence with a date and nothing that a date
    could belong to dates what the next sentence says."""
    kinds = {m.kind for m in sentence.mentions}
    dates = [m for m in sentence.mentions if m.kind == "DATE"]
    if re.search(r"\b(?:inspected|visited)\b", sentence.template):
        return None  # "Oldham, also inspected in May, had better news.": the date is the inspection's
    if _entry_date(sentence) is not None:
        return None  # "• 1 October 2018: Brightpath goes live": a timeline's entry, and the next has its own date
    if len(dates) == 1 and kinds <= {"DATE", "AUTH", "SERVICE"} and len(sentence.text.split()) <= 12:
        return dates[0].value
    return None


def _date_only(sentence: Sentence) -> PartialDate | None:
    """A sentence that is only a date or a range ("June to July 2018."), or a table row's label ("Single
    inspection, January 2017."): a timeline's heading, and its date."""
    if not sentence.mentions or not all(m.kind in ("DATE", "KIND") and m.value is not None for m in sentence.mentions):
        return None
    entry = re.fullmatch(r"\W*(?:(?:⟪KIND:\d+⟫|[\w-]+)\s+){0,3}?(?:⟪KIND:\d+⟫|[\w-]+),\s*⟪DATE:(\d+)⟫\W*"
                         r"|\W*(?:(?:early|late|mid|spring|summer|autumn|winter)\W+)?⟪DATE:(\d+)⟫"
                         r"(?:\s*(?:to|until|-|–|—|and)\s*⟪DATE:\d+⟫)?\W*", sentence.template, re.IGNORECASE)
    if entry is None or (entry.group(1) is None and any(m.kind == "KIND" for m in sentence.mentions)):
        return None
    return sentence.mentions[int(entry.group(1) or entry.group(2))].value


def _entry_date(sentence: Sentence) -> PartialDate | None:
    """"• August 2015 – A single inspection finds ...": a timeline entry that opens with its date, set off by a
    dash or colon, is dated by it as an entry under a dated heading is."""
    entry = re.match(r"\W*⟪DATE:(\d+)⟫\s*(?:–|—|-|:)\s+\S", sentence.template)
    if entry is None:
        return None
    value = sentence.mentions[int(entry.group(1))].value
    return value if isinstance(value, PartialDate) else None


def _dated_heading(heading: str, article: Article) -> PartialDate | None:
    """A section heading that is only a date, in whatever case: the date of the entry under it."""
    if heading.isupper():
        heading = heading.title()
    heading = re.split(r"\s*[·|•:]\s+|\s+[–—-]\s+", heading)[0]  # "1 September 2015 · The fall": the date, then the entry's title
    if re.fullmatch(r"\W*(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:19|20)?\d\d\W*", heading):
        return None  # "2014–2018: inadequate rating and intervention": a span of years heads a chapter, not an entry
    if heading.strip().lower() == "may":  # a month alone, not the verb
        said = find_mentions("in May", article.published, index_bodies([])).mentions
        return said[0].value if said and said[0].kind == "DATE" else None
    return _date_only(find_mentions(heading, article.published, index_bodies([])))


def _year_heading(heading: str) -> PartialDate | None:
    """"2022: inadequate", "2023-2025: the monitoring years": a timeline's section opens with its year."""
    opening = re.match(r"\W*((?:19|20)\d\d)\b(?!\s*(?:-|–|—|to)\s*\d)", heading)
    return PartialDate(int(opening.group(1))) if opening else None  # not a span of years


OPENING_YEAR = re.compile(r"\W*(?:(?:in|during|by|throughout)\s+)?⟪DATE:(\d+)⟫(?!\s*[–—-]\s*⟪DATE)")


def _opening_year(sentence: Sentence) -> PartialDate | None:
    """"Last year inspectors made two monitoring visits: in March ... and in July": a sentence that opens on a year
    (no month) sets the year of the bare months it goes on to name."""
    opening = OPENING_YEAR.match(sentence.template)
    if opening is None:
        return None
    value = sentence.mentions[int(opening.group(1))].value
    return value if isinstance(value, PartialDate) and value.precision == "year" else None


def _opens_on_a_later_month(sentence: Sentence, told: PartialDate) -> bool:
    """"In July it issued ...": the sentence opens on a month, named alone, later in the year than the date told before."""
    opening = re.match(r"\W*(?:in|by|during|then\s+in)\s+⟪DATE:(\d+)⟫", sentence.template, re.IGNORECASE)
    if opening is None:
        return False
    mention = sentence.mentions[int(opening.group(1))]
    return isinstance(mention.value, PartialDate) and BARE_MONTH.fullmatch(mention.text) is not None \
        and mention.value.month is not None and told.month is not None and mention.value.month > told.month


MONTHS_BEFORE_AN_ENTRY = 3  # an entry dated by month tells what led to it in the months before


def _months_in_the_year_of(sentence: Sentence, heading: PartialDate) -> None:
    """Under a timeline's heading "June to July 2018", "published in August" is August 2018, not the
    August before the article appeared; "published on 21 September" is 21 September 2018."""
    for mention in sentence.mentions:
        if mention.kind == "DATE" and isinstance(mention.value, PartialDate) and mention.value.month is not None \
                and not re.search(r"\d{4}", mention.text) and not re.match(r"(?i)\W*(?:last|this|next)\b", mention.text) \
                and (re.search(r"\d", mention.text) if mention.value.day else not re.search(r"\d", mention.text)):
            # (not "last December", whose year its word gives)
            month = mention.value.month
            # ("### April 2024" over "the inspection, carried out over January and February, was published on 15 March":
            # the months just before the heading's are its year's; further back, the year after's)
            later = heading.month is not None and month < heading.month - MONTHS_BEFORE_AN_ENTRY
            mention.value = PartialDate(heading.year + (1 if later else 0), month, mention.value.day)


# the words that open a sentence on its subject: "A privately run children's home", "The home", "One primary school"
SUBJECT_OPENING = re.compile(r"\W*(?:the|a|an|this|that|its|their|our|one|⟪AUTH:\d+⟫['’]s)\s+((?:(?:[\w'’-]+|⟪PERSON:\d+⟫)\s+){0,4})",
                             re.IGNORECASE)
# "Hampden Road Children's Centre nursery is one of the council's nurseries": a name ending in what it is
NAMED_SUBJECT = re.compile(r"\W*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}|⟪PERSON:\d+⟫)\s+")
# "Services for children and young people at St Aldhelm's Hospital in Southampton have been rated ...": a named place's
SERVICES_AT_A_PLACE = re.compile(r"\W*(?:[\w'’-]+\s+){1,8}?at\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:Hospital|School|Academy|College|Nursery)\b"
                                 r"[^.;]{0,40}?\s(?:has|have|had|was|were|is|are)\s")
SUBJECT_VERB = re.compile(r"\s+(?:is|was|are|were|has|had|have)\b")
COUNCIL_NAMED = re.compile(r"⟪(?:AUTH|SERVICE|BODYREF|GOV|INTERVENTION):\d+⟫|\b(?:council|borough|county|authority)\b", re.IGNORECASE)
SERVICES_NAMED = re.compile(r"⟪(?:AUTH|SERVICE):\d+⟫")
COUNCIL_ALONE = re.compile(r"\W*⟪AUTH:\d+⟫\W*")  # "Hounslow.", a table row's label or a box's heading
COUNCIL_NAMED_NO_BODY = re.compile(COUNCIL_NAMED.pattern.replace("|BODYREF", ""), re.IGNORECASE)


def _subject_elsewhere(sentence: Sentence, places: set[str]) -> bool:
    """"A privately run children's home in Hayes has been rated inadequate ... The home, which ..., is run by
    Oakhurst Care Group ... It was inspected over two days earlier this month": a sentence whose subject is no
    council's children's services (a home, a school) tells of it, and so do the sentences after it till one
    names a council. A place said to be a home ("Harbour View, a four-bedroom home in the borough, was inspected")
    is added to `places`, and a sentence opening on its name is about it too."""
    template = sentence.template
    place = other_places().match(template)
    if place:
        token = re.fullmatch(r"⟪PERSON:(\d+)⟫", place.group(1))
        places.add(sentence.mentions[int(token.group(1))].text if token else place.group(1))
        return True
    if any(re.match(r"\W*" + re.escape(name) + r"\b", sentence.text) for name in places):
        return True
    named = NAMED_SUBJECT.match(template)
    if named and (other := other_subjects().match(template, named.end())) and SUBJECT_VERB.match(template, other.end()):
        return True
    if SERVICES_AT_A_PLACE.match(sentence.text):
        return True
    opening = SUBJECT_OPENING.match(template)
    if opening is None:
        return False
    starts = [opening.start(), opening.start(1)] + [opening.start(1) + word.end() for word in re.finditer(r"\S+\s+", opening.group(1))]
    return any(other_subjects().match(template, at) for at in starts)


@cache
def _others_services() -> re.Pattern[str]:
    return re.compile(rf"(?:{other_subjects().pattern})['’]s\s+⟪SERVICE:\d+⟫", re.IGNORECASE)


def _names_a_council(sentence: Sentence, named: re.Pattern[str] = COUNCIL_NAMED) -> bool:
    # (not where the other subject is, or whose it is: "a children's home in Bolton", "Camden's council-run nursery")
    # (nor a hospital's or a school's own services: "an inspection of the hospital's children's services")
    template = _others_services().sub("", sentence.template)
    return bool(named.search(re.sub(rf"\b{WHERE_OR_WHOSE}\s+⟪AUTH:\d+⟫|^\W*⟪AUTH:\d+⟫['’]s\b", "", template)))


def _states_events(sentence: Sentence, *, dated: bool = False) -> bool:
    """A condition ("If the council fails ...") or how inspection works in general states no event; a
    sentence with a date, or under a timeline's dated heading, is about an event, whatever general words
    it uses ("... good, the grade below outstanding on the watchdog's four-point scale")."""
    if conditional_opening().match(sentence.template):
        return False
    return not generic_statement().search(sentence.template) or dated or any(m.kind == "DATE" for m in sentence.mentions)


def _sentence_hits(sentence: Sentence) -> dict[str, list[Hit]]:
    """The strict rules' matches by fact type, then the loose rules' where no strict rule they defer to
    matched the same words."""
    strict = {t: _hits(sentence, rules().get(t, [])) for t in FACT_TYPES}
    out: dict[str, list[Hit]] = {}
    for fact_type in FACT_TYPES:
        # a strict reading of when a body launched ("since it launched on 1 November 2020") says nothing of
        # whom it serves: it leaves the loose reading of that alone
        loose = [hit for hit in _hits(sentence, fallbacks().get(fact_type, []))
                 if not any(_overlap(hit, other) for covering in hit.rule.covered_by for other in strict[covering]
                            if other.rule.effect not in REFINING)]
        out[fact_type] = strict[fact_type] + loose
    return out


REFINING = ("launch", "shadow")  # operator effects that refine an arrangement read elsewhere


def _overlap(a: Hit, b: Hit) -> bool:
    # a rule's (?P<core>...) is the part it reads: "Leicester, rated good in 2021, now requires improvement":
    # the apposition is another rule's, the rest is this one's
    (start, end), (other_start, other_end) = _core(a), _core(b)
    return start < other_end and other_start < end


def _core(hit: Hit) -> tuple[int, int]:
    return hit.match.span("core") if "core" in hit.match.re.groupindex and hit.match.group("core") else hit.match.span()


def _hits(sentence: Sentence, rules: list[Rule]) -> list[Hit]:
    return [Hit(rule, match, sentence)
            for rule in rules
            for match in rule.regex.finditer(sentence.template)
            if not hedged(sentence.template, match, rule.hedge_scope)]


FURNITURE = ("not body text", "footer", "page furniture")  # not captions or related headlines: other stories


def _publisher(article: Article, sentences: list[Sentence], index: BodyIndex) -> Authority | None:
    """A council that wrote the article ("Author: Isle of Wight Council, Policy Team", a page of its own site) is what it is about,
    when its body names that council too; a newspaper named for its town ("Sunderland Echo") is not one."""
    byline = find_mentions(article.author or "", article.published, index).mentions
    council = next((m.value for m in byline if m.kind == "AUTH" and "council" in m.text.lower()), None)
    if council is None:  # a council's own page: "New faces ... | Bracknell Forest Council" in its <title>
        council = next((found for line, reason in article.skipped if reason == "page furniture" and "council" in line.lower()
                        and (found := authorities().lookup(line)) is not None), None)
    if council is None or not any(m.kind == "AUTH" and m.value.gss_code == council.gss_code
                                  for s in sentences for m in s.mentions):
        return None
    return council


def _main_authority(sentences: list[Sentence], tie_break: list[Sentence] | None = None) -> Authority | None:
    # a council named as another's help ("in the hands of neighbouring Lincolnshire County Council", then
    # "Lincolnshire's managers sat beside ours") is not what an article about North East Lincolnshire is about
    counts = Counter(m.value.gss_code for s in sentences for m in s.mentions if m.kind == "AUTH"
                     and not NEIGHBOURING.search(s.template[: s.at(m)]))
    if not counts:
        return None
    most = counts.most_common(1)[0][1]
    tied = [gss for gss, count in counts.items() if count == most]
    named = Counter(m.value.gss_code for s in tie_break or [] for m in s.mentions if m.kind == "AUTH" and m.value.gss_code in tied)
    return authorities().by_code[named.most_common(1)[0][0] if named else tied[0]]


def _known_body_authorities(ctx: Context) -> None:
    known = bodies().by_name()
    for name in ctx.bodies.order:
        body = known.get(name)
        if body and len(body.councils) == 1 and body.councils[0] in authorities().by_code:
            ctx.body_authority[name] = authorities().by_code[body.councils[0]]
