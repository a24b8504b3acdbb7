"""What a reader knows at a point in an article: which council it is about, which inspection it is
describing, which body "the trust" is; and the clause-level reading that the fact readers share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from cskg.loaders import facts as f
from cskg.loaders.dates import PartialDate
from cskg.loaders.gazetteer import Authority, authorities
from cskg.loaders.mentions import BodyIndex, Mention, Relative, Sentence, config
from cskg.loaders.patterns import Rule, area_sets, every_area_tail, framework_areas, hedges

GRADED_KINDS = {"inspection", "re-inspection"}
CLAUSE_BREAK = re.compile(r"[,;—–()]|:(?!\d+⟫)|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b")
# A clause that goes on from the one before, and takes its date: "judged inadequate in 2019, with help and protection
# also inadequate", "judged good in 2018, and in that inspection our work with children in care was already outstanding"
WITH_OR_WHEN = re.compile(r"\s*(?:with|when|(?:and\s+)?(?:in|at|on)\s+that\s+(?:⟪KIND:\d+⟫|occasion|report|time)\s)", re.IGNORECASE)
# "issued a statutory direction to the council, which also appointed a commissioner": the same occasion
ALSO_START = re.compile(r"\s*(?:(?:which|who|and)\s+also|which\s+(?:required|directed|ordered|obliged))\b", re.IGNORECASE)
AREA_LIST_BEFORE = re.compile(r"(?:(?:(?:and|or)\s+)?(?:[a-z’'-]+\s+){0,5}?⟪AREA:\d+⟫[^,;.⟪]{0,45},\s*)+$")
BEFORE_THAT_DATED = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:before|after|prior\s+to)\s+(?:that|this|then),?\s+(?:in|on|by)\s+"
                               r"⟪DATE:(\d+)⟫\s*,", re.IGNORECASE)
SENTENCE_OPENING_DATE = re.compile(
    r"\W*(?:(?:on|from|as\s+of|with\s+effect\s+from|in)\s+(?:⟪DATE:\d+⟫\s*,\s*)?(?:(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\s+)?⟪DATE:(?P<date>\d+)⟫\s*(?:,|(?=\s+(?:the\s+)?⟪AUTH:\d+⟫)"
    # "On 1 April 2025 our services, and almost 1,100 staff, transferred back to the city council"
    r"|(?=\s+(?:our|its|their|the\s+council['’]s)\s+(?:services|⟪SERVICE:\d+⟫|staff)\b))"
    # "Last Friday (12 July) brought the news Leicestershire had been waiting for: ..."
    r"|(?:(?:on|in)\s+)?⟪DATE:(?P<first>\d+)⟫(?:\s*\(⟪DATE:(?P<date2>\d+)⟫\))?\s+(?:brought|saw|came|delivered)\b"
    # "Last Wednesday, with almost no fanfare, Reading's children's services went back in-house" (a day)
    r"|⟪DATE:(?P<day>\d+)⟫\s*,"
    # "3 July 2017 – Bath and North East Somerset Children's Trust takes over ...": a timeline's entry
    r"|⟪DATE:(?P<entry>\d+)⟫\s*[–—]\s+(?=\S))", re.IGNORECASE)
# "..., bringing to an end seven years in which they were run by X": a clause that hangs on another
SUBORDINATE_START = re.compile(r"\s*(?:(?:in\s+|of\s+|by\s+)?(?:which|who|whom|whose|that|where|when)\b|[a-z]+ing\b)", re.IGNORECASE)
RELATIVE_START = re.compile(r"^\s*(?:which|who|that|where|covering|concerning)\b", re.IGNORECASE)
CONTEXT_PENALTY = 0.9
FIELDWORK_TO_REPORT = 200  # days: the longest a report follows its fieldwork
# The words that say a report came out (the report rules of patterns.toml say them in their own way).
PUBLICATION_VERBS = r"(?:published|released|landed|came\s+out|made\s+public)"
FOCUS_SPAN = 2  # sentences (after the next) a council named in passing stays the subject of what follows
# "Swindon, Halton and the Isles of Scilly": councils listed together.
COUNCIL_LIST = re.compile(r"(?:the\s+)?⟪AUTH:\d+⟫(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:the\s+)?⟪AUTH:\d+⟫)+")
GROUP_WORDS = re.compile(r"\b(?:(?:both|the\s+two|the\s+three|all\s+three|each\s+of\s+the)\s+(?:of\s+(?:the|those|these)\s+)?(?:[A-Z][\w-]+\s+)?(?:council\s+)?"
                         r"(?:councils|authorities|boroughs|areas)|(?:of|for|to)\s+both)\b", re.IGNORECASE)


NEWS_DAY_SPAN = 10  # days: how long before publication a day can be the article's news


def is_news_day(day: PartialDate, published: date | None) -> bool:
    """A day in the days before the article appeared: what it reports as news."""
    return day.day is not None and published is not None and 0 <= (published - day.start()).days <= NEWS_DAY_SPAN


@dataclass
class Context:
    """What a reader knows at a point in the article."""

    published: date | None
    bodies: BodyIndex
    main: Authority | None = None
    publisher: Authority | None = None  # the council whose own page or paper the article is
    focus: Authority | None = None
    focus_age: int = 0  # sentences since the focus was named
    section: Authority | None = None  # the council the section heading above names
    headed: dict[str, Authority] = field(default_factory=dict)  # "Daniel Okoro": a heading's council, said before
    batch_report: PartialDate | None = None  # "Ofsted published a batch of reports on 12 July": every council's
    scene: PartialDate | None = None  # set by a sentence that only sets the scene, for the one after it
    heading: PartialDate | None = None  # the date heading the paragraph in a timeline
    # gss -> the inspection the article is describing: (kind, date, whether the date is the report's)
    current: dict[str, tuple[str, PartialDate, bool]] = field(default_factory=dict)
    reports: dict[str, list[PartialDate]] = field(default_factory=dict)  # gss -> every report date the article gave
    judged: dict[str, list[tuple[PartialDate, str]]] = field(default_factory=dict)  # gss -> (date, grade)
    body_authority: dict[str, Authority] = field(default_factory=dict)
    ref_kinds: dict[str, list[str]] = field(default_factory=dict)
    group: list[Authority] = field(default_factory=list)  # the councils "both councils" means
    # verdicts dated from an inspection's fieldwork, for a report date given after them: (gss, fieldwork, judgement)
    fieldwork_dated: list[tuple[str, PartialDate, f.Judgement]] = field(default_factory=list)
    group_focus: bool = False  # the sentence before was about "both councils"
    seen: list[Authority] = field(default_factory=list)  # councils named so far, in order
    people: list[str] = field(default_factory=list)  # full names, so that "Smith" later is "Jacqui Smith"
    kinds_named: list[str] = field(default_factory=list)  # inspection kinds named so far, in order
    kind_age: int = 0  # sentences since the last that named an inspection kind
    kind_year: int | None = None  # the year that sentence gave, if any
    title_kind: str = ""  # the one kind of visit the headline names
    section_kind: str = ""  # the one kind of visit the section heading above names
    last_inspection_kind: str = ""  # of the last inspection or visit read
    interventions_named: list[str] = field(default_factory=list)  # kinds of intervention said in general
    previous: str = ""  # the sentence before, as written
    before_previous: str = ""  # the sentence before that
    previous_areas: list[str] = field(default_factory=list)  # the areas the sentence before opened on
    dates_before: list[PartialDate] = field(default_factory=list)  # the dates the sentence before gave a verdict or a visit
    graded_before: bool = False  # the sentence before gave a verdict
    roles_said_before: list[str] = field(default_factory=list)  # the posts the sentence before named
    roles_named: list[str] = field(default_factory=list)  # every post the article has named so far, in order
    areas_said_before: list[str] = field(default_factory=list)  # every area the sentence before named
    previous_interventions: list[str] = field(default_factory=list)  # the interventions the sentence before named
    news_day: PartialDate | None = None  # "Last Thursday a small piece of history slipped by": the lead's day
    in_lead: bool = False  # the sentence is in the article's first paragraph
    lead: str = ""  # the article's first sentence
    looked_back: dict[str, tuple] = field(default_factory=dict)  # current inspections to restore after the sentence
    looked_back_on: dict[str, tuple] = field(default_factory=dict)  # the earlier inspections the sentence before told
    last_date: PartialDate | None = None  # the last date the sentences before gave
    last_person: Mention | None = None  # whom "he" or "she" at a sentence's start means
    announced: f.Post | None = None  # "has appointed its first chief executive": whom, the next sentence says
    posts: list[f.Post] = field(default_factory=list)  # the posts read so far: whose post a successor took
    reports_here: list[tuple[int, PartialDate, str]] = field(default_factory=list)  # (where, date, kind) of its reports
    reports_before: list[tuple[int, PartialDate, str]] = field(default_factory=list)  # the sentence before's
    dated_from_context: set[int] = field(default_factory=set)  # ids of verdicts their sentence did not date
    bodies_named: list[str] = field(default_factory=list)  # bodies the sentences before named, in order
    reported_before: set[str] = field(default_factory=set)  # gss codes whose report the sentence before gave
    author: str = ""  # the byline, as written
    signer: str = ""  # whom "I" means: the byline's person, else the name that signs the page off
    elsewhere: bool = False  # the sentences before went on about a home or a school, not a council's services
    places: set[str] = field(default_factory=set)  # names the article gave homes and schools ("Harbour View")
    kind_guessed: list[f.Inspection] = field(default_factory=list)  # visits of no kind said yet, till a kind is named
    # visits given the kind of visit the article named before, till the next sentence says what came of them
    kind_from_before: list[f.Inspection] = field(default_factory=list)
    run_for: dict[str, Authority] = field(default_factory=dict)  # gss of a council -> the council whose services it runs
    verdicts_here: set[tuple[str, PartialDate | None]] = field(default_factory=set)  # strictly read in this sentence
    verdicts_before: set[tuple[str, PartialDate | None]] = field(default_factory=set)  # ... in the sentence before
    graded: dict[tuple[str, str, PartialDate], str] = field(default_factory=dict)  # (council, area, date) -> grade read
    redated: dict[str, tuple] = field(default_factory=dict)  # council -> (date in context, date of the verdict before)


@dataclass
class Hit:
    rule: Rule
    match: re.Match[str]
    sentence: Sentence
    owned: set[int] = field(default_factory=set)

    def clause_date(self, *, before: bool = True) -> Mention | None:
        """A date in the match's clause that no inspection has taken: after the match, else before it."""
        template = self.sentence.template
        # a date inside the match but before its core is another reading's: "Leicester, rated good in 2021,
        # now requires improvement"
        core = "core" in self.match.re.groupindex and self.match.group("core") is not None
        match_start, match_end = self.match.span("core") if core else self.match.span()
        start = clause_start(template, self.match.start())
        end = clause_end(template, match_end)
        dash = re.compile(r"\s-\s").search(template, match_end, end)
        if dash:  # "graded them as requires improvement - an improvement on the rating it received in 2019"
            end = dash.start()
        def free(a: int, b: int) -> list[int]:
            # (not "the first time since the introduction of the single inspection framework in 2013 that ...")
            return [int(m.group(1)) for m in re.finditer(r"⟪DATE:(\d+)⟫", template[a:b]) if int(m.group(1)) not in self.owned
                    and not FIRST_TIME_SINCE.search(template, 0, a + m.start())]
        # "holds on to the good rating it first achieved in 2019": a date after a relative clause's verb is its own
        after = [i for i in free(match_end, end)
                 if not OWN_VERB_BEFORE.search(template, match_end, self.sentence.at(self.sentence.mentions[i]))]
        if after:
            # "shortly afterwards, in June of that year": the second says when
            token = f"⟪DATE:{after[0]}⟫"
            then = re.match(r"\s*,\s*(?:in|on)\s+⟪DATE:(\d+)⟫", template[template.find(token) + len(token):])
            if then and int(then.group(1)) not in self.owned:
                return self.sentence.mentions[int(then.group(1))]
            return self.sentence.mentions[after[0]]
        inside = free(match_start, match_end)
        if inside:
            return self.sentence.mentions[inside[0]]
        earlier = free(start, self.match.start()) if before else []
        if earlier:
            return self.sentence.mentions[earlier[-1]]
        if before:
            # "Four years earlier, in 2019, the borough had been rated good", "Since April 2017, ...":
            # a clause that is only a date dates the clause after it ("Last September, for the first time in the
            # borough's history, inspectors judged ...": past an aside).
            # ("Before then, under an older inspection regime in 2017, the council had been rated good")
            lead = re.search(r"(?:^|[,;:])\s*(?:(?:only|also|and|but|yet|then|later|earlier|so)\s+)?(?:⟪DUR:\d+⟫\s*,?\s*)?"
                             r"(?:(?:under|at|during)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}⟪KIND:\d+⟫(?:\s+[\w-]+){0,2}\s+(?=in\s))?"
                             r"(?:(?:since|from|in|on|by|during|this|last|back\s+in|(?:back\s+)?to|at\s+the\s+(?:end|start|beginning)\s+of|"
                             r"in\s+(?:early|late|mid-?))\s+)?(?:(?:monday|tuesday|wednesday|thursday|"
                             r"friday|saturday|sunday)\s+)?⟪DATE:(\d+)⟫\s*,"
                             r"(?:(?:[^,;⟪]|⟪(?:INTERVENTION|OFSTED|GOV|PERSON|ROLE):\d+⟫){1,100},)?\s*(?:and\s+)?$", template[:start], re.IGNORECASE)
            if lead and int(lead.group(1)) not in self.owned:
                return self.sentence.mentions[int(lead.group(1))]
            # "When the county council was replaced ... in April 2021, the trust began ...": an opening
            # clause of time with one date dates the clause after it.
            # ("It is worth remembering that when Ofsted last came in 2018, the same service was judged good")
            opening = re.match(r"\W*(?:[^,;]*?\bthat\s+)?(?:when|after|once|following|as)\b[^,;]*,\s*$", template[:start],
                               re.IGNORECASE)
            dates = re.findall(r"⟪DATE:(\d+)⟫", template[:start]) if opening else []
            if len(dates) == 1 and int(dates[0]) not in self.owned:
                return self.sentence.mentions[int(dates[0])]
            # "And before that, in 2016, under the old single inspection framework, we were judged good overall": a time
            # set against the one told before, then its date
            before_that = BEFORE_THAT_DATED.match(template)
            if before_that and before_that.end() <= start and int(before_that.group(1)) not in self.owned:
                return self.sentence.mentions[int(before_that.group(1))]
            # "On 1 October 2024, services previously delivered by X ... returned to the council", "From
            # today, Wednesday 1 October 2025, services ... are once again delivered by the council": a
            # sentence that opens on a date dates its main clause.
            opening = SENTENCE_OPENING_DATE.match(template)
            said = opening and int(opening.group("date") or opening.group("date2") or opening.group("first")
                                   or opening.group("day") or opening.group("entry"))
            if opening and opening.group("day") and not getattr(self.sentence.mentions[said].value, "day", None):
                said = None  # "In 2013, ...": a year or month opening may be another clause's
            # (an entry's date dates the entry's sentence from its start)
            opens_it = opening and (opening.end() <= start or (opening.group("entry") and opening.end() <= self.match.start()))
            if said is not None and opens_it and said not in self.owned and not SUBORDINATE_START.match(template, start):
                return self.sentence.mentions[said]
            # "In 2018 Ofsted branded Torbay's services inadequate, and the then education secretary sent in a
            # commissioner": the one date a sentence opens on dates the clauses joined by "and"
            opening = re.match(r"\W*(?:in|on|during|by)\s+⟪DATE:(\d+)⟫", template, re.IGNORECASE)
            # (and the clauses after a colon that spell the verdict out: "In January 2019 the inspectorate found the service
            # inadequate, and it was not a narrow call: the impact of leaders was inadequate")
            if opening and (re.match(r"\s*and\b", template[start:], re.IGNORECASE) or template[:start].rstrip().endswith(":")
                            or re.search(r"\band\s*,\s*(?:at\s+the\s+same\s+time|simultaneously)\s*,\s*$", template[:start])) \
                    and len(re.findall(r"⟪DATE:", template)) == 1 and int(opening.group(1)) not in self.owned:
                return self.sentence.mentions[int(opening.group(1))]
            # "go back to May 2015, when the old county council, Cumbria, was branded inadequate": past the aside
            # ("Stoke's low point came in March 2019, when Ofsted, after an inspection in February that year, rated ...")
            when = re.search(r"⟪DATE:(\d+)⟫\s*,\s*when\b(?:[^;.⟪]|⟪(?:AUTH|BODY|BODYREF|SERVICE|OFSTED|KIND|DATE):\d+⟫)*$", template[:start])
            if when and int(when.group(1)) not in self.owned:
                return self.sentence.mentions[int(when.group(1))]
            if template[:start].rstrip().endswith(":"):
                # "Inspectors returned in May, and in July they went one better: Northumberland was judged outstanding"
                colon = template[:start].rstrip()[:-1]
                said = [int(m.group(1)) for m in re.finditer(r"(?:\b(?:in|on|during|by)\s+|,\s*)⟪DATE:(\d+)⟫", re.split(r";|:(?!\d)", colon)[-1])
                        if int(m.group(1)) not in self.owned]
                if said:
                    return self.sentence.mentions[said[-1]]
            if WITH_OR_WHEN.match(template, start) or ALSO_START.match(template, start):
                # "judged inadequate in 2019, with help and protection also inadequate", "the same as in
                # 2019, when Slough was also rated ...": the date of the clause before.
                previous = free(clause_start(template, max(start - 1, 0)), start)
                if previous:
                    return self.sentence.mentions[previous[-1]]
        return None

    def published_date(self) -> Mention | None:
        """"Ofsted's first full look at services, published in November 2015, found them inadequate":
        a publication date the sentence gives before the match."""
        published = (rf"{PUBLICATION_VERBS}\s+(?:(?:in|on)\s+(?:the\s+(?:first|last|early)\s+"
                     r"(?:days|weeks)\s+of\s+)?)?⟪DATE:(\d+)⟫")
        template = self.sentence.template
        found = [m for m in re.finditer(r"\b" + published, template[: self.match.start()], re.IGNORECASE)
                 # "found to require improvement in a report published in April 2020, is now rated good":
                 # a report after another grade in its clause is that grade's
                 if "⟪GRADE:" not in template[clause_start(template, m.start()): m.start()]]
        # "The verdict took a while longer. It came in the new year, on 24 January 2020, and it was blunt: ..."
        found += list(VERDICT_CAME.finditer(template[: self.match.start()]))
        free = [int(m.group(1)) for m in found if int(m.group(1)) not in self.owned]
        if free:
            return self.sentence.mentions[free[-1]]
        # "... was rated good, a verdict published in July 2023", "Verdict: inadequate overall, published
        # Thursday": the clause right after, if it says so
        after = re.match(r"(?:,[^,;.]{0,40}(?=,))?,?\s+(?:(?:a|the|in\s+a|in\s+the|in\s+its)\s+(?:verdict|report|judgement|decision)\s+)?" + published,
                         self.sentence.template[self.match.end():], re.IGNORECASE)
        if after and int(after.group(1)) not in self.owned:
            return self.sentence.mentions[int(after.group(1))]
        # "Services remain rated inadequate, the verdict Ofsted reached again in its report of January 2023"
        after = re.match(r",?\s+(?:a|the)\s+(?:verdict|judgement|grade|rating)\s+(?:[^,;.⟪]|⟪OFSTED:\d+⟫){0,40}?\b"
                         r"(?:report|inspection)\s+(?:of|in|(?:published|released)\s+(?:in|on))\s+⟪DATE:(\d+)⟫",
                         self.sentence.template[self.match.end():], re.IGNORECASE)
        if after and int(after.group(1)) not in self.owned:
            return self.sentence.mentions[int(after.group(1))]
        # "had been rated good when Ofsted last carried out a full inspection, its report landing in January 2022"
        after = re.match(r"(?:[^;.⟪]|⟪(?:OFSTED|AUTH|SERVICE|KIND):\d+⟫){0,80}?,\s+(?:its|the|whose)\s+(?:report|verdict)\s+"
                         r"(?:landing|published|coming\s+out|released|arriving|appearing)\s+(?:in|on)\s+⟪DATE:(\d+)⟫",
                         self.sentence.template[self.match.end():], re.IGNORECASE)
        if after and int(after.group(1)) not in self.owned:
            return self.sentence.mentions[int(after.group(1))]
        return None

    def date_earlier_in_sentence(self) -> Mention | None:
        """"The department intervened in March, issuing notices to ...": the last free date before
        the match, when nothing else that a date could belong to comes between. "15 months after the
        council was stripped of ...": a date before "after" dates something else."""
        return self._free_date_beside(self.sentence.template[: self.match.start()], nearest_last=True,
                                      blockers=r"|⟪DUR:\d+⟫|\b(?:after|before)\b")

    def date_of_the_one_before(self) -> Mention | None:
        """"said it had issued a statutory direction and appointed a commissioner": the date the first of the pair
        takes from before it."""
        before = self.sentence.template[: self.match.start()]
        # (... "issued a statutory direction to Sheffield City Council under section 497A(4B) of the Education Act 1996
        # and appointed X as commissioner")
        pair = re.search(r"⟪INTERVENTION:\d+⟫(?:[^⟪;.]|⟪AUTH:\d+⟫){0,100}?\s+and\s+(?:also\s+)?$", before)
        if pair is None:
            return None
        return self._free_date_beside(before[: pair.start()], nearest_last=True, blockers=r"|⟪DUR:\d+⟫|\b(?:after|before)\b")

    def date_later_in_sentence(self) -> Mention | None:
        """"X took over social work, fostering and adoption on Sunday": the first free date after the
        match, when nothing else that a date could belong to comes between."""
        return self._free_date_beside(self.sentence.template[self.match.end():], nearest_last=False)

    def _free_date_beside(self, text: str, *, nearest_last: bool, blockers: str = "") -> Mention | None:
        tokens = list(re.finditer(r"⟪(DATE|GRADE|KIND|INTERVENTION|BODY|BODYREF):(\d+)⟫" + blockers, text))
        for match in reversed(tokens) if nearest_last else tokens:
            if match.group(1) != "DATE":
                return None
            if int(match.group(2)) not in self.owned:
                return self.sentence.mentions[int(match.group(2))]
        return None

    def confidence(self, *guesses: bool) -> float:
        """The rule's confidence, less for each slot filled from context rather than the sentence."""
        return self.rule.confidence * CONTEXT_PENALTY ** sum(guesses)

    def slot(self, name: str) -> Mention | None:
        for value in self.rule.slot_groups(self.match, name):
            if value is not None and value.isdigit():
                return self.sentence.mentions[int(value)]
        return None

    def span_mentions(self, name: str, kind: str) -> list[Mention]:
        for group in self.match.re.groupindex:  # a slot may appear in several alternatives: name, name__2 ...
            if (group == name or group.startswith(name + "__")) and self.match.group(group):
                start, end = self.match.span(group)
                return mentions_in(self.sentence, start, end, kind)
        return []

    def evidence(self, confidence: float) -> f.Evidence:
        quote = self.sentence.original(self.match.start(), self.match.end())
        return f.Evidence(self.sentence.text, quote, round(confidence, 3), self.rule.id)


def mentions_in(sentence: Sentence, start: int, end: int, kind: str) -> list[Mention]:
    return [sentence.mentions[int(i)] for i in re.findall(rf"⟪{kind}:(\d+)⟫", sentence.template[start:end])]


VERDICT_CAME = re.compile(r"^\W*(?:the\s+)?(?:verdict|report|judgement|it)\s+(?:came|arrived|landed)(?:\s+[^.;⟪,]{1,20},)?"
                          r"\s+(?:on|in)\s+⟪DATE:(\d+)⟫", re.IGNORECASE)


def clause_start(template: str, at: int, *, follow_relative: bool = False) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(template, 0, at)]
    start = breaks[-1] if breaks else 0
    if follow_relative and breaks and RELATIVE_START.match(template[start:at]):
        # "adoption services, which has been upgraded": the subject of "which" is before the comma.
        start = breaks[-2] if len(breaks) > 1 else 0
    elif follow_relative and len(breaks) > 1 and "⟪" not in template[start:at] \
            and RELATIVE_START.match(template[breaks[-2]:breaks[-1]]):
        # "Help and protection, which was judged inadequate in 2015, has improved": the subject comes
        # before the relative clause.
        start = breaks[-3] if len(breaks) > 2 else 0
    if follow_relative and not WITH_OR_WHEN.match(template, start):
        # "Services for children in care, care leavers and leadership moved ...": the whole list (not
        # "... inadequate overall, with children in care found to ...": a clause of its own).
        listed = AREA_LIST_BEFORE.search(template, 0, start)
        if listed:
            start = listed.start()
    return start


def clause_end(template: str, at: int) -> int:
    """Where the clause that goes on at `at` ends: the next clause break, else the sentence's end."""
    end_break = CLAUSE_BREAK.search(template, at)
    return end_break.start() if end_break else len(template)


def hedged(template: str, match: re.Match[str], scope: str = "clause") -> bool:
    """Whether a hedge stands where the rule's scope says one must not (see patterns.Rule.hedge_scope)."""
    if scope == "match":
        return bool(hedges().search(template, match.start(), match.end()))
    if scope == "around":  # "wanted the company to reach a good rating at its next inspection"
        return bool(hedges().search(template, clause_start(template, match.start()), clause_end(template, match.end())))
    begin = clause_start(template, match.start())
    relative = [m.end() for m in RELATIVE_CLAUSE.finditer(template, begin) if m.end() <= match.start()]
    if relative:  # "Not bad for a borough that was judged inadequate in 2017": what the relative clause says stands
        begin = relative[-1]
    dashes = list(re.finditer(r"\s[-–—]\s", template[: match.start()]))
    if len(dashes) % 2:  # "Not everything reached the top mark - children in care stayed at good -": the aside's own
        begin = max(begin, dashes[-1].end())
    end = match.start() if scope == "before" else match.end()
    # "The fourth area - the help and protection we give children who may be at risk - was judged good": an aside
    # before the match that describes its subject hedges nothing
    if begin < match.start():
        template = template[:begin] + ASIDE.sub(lambda aside: " " * len(aside.group()), template[begin: match.start()]) \
            + template[match.start():]
    return bool(hedges().search(template, begin, max(end, begin)))


ASIDE = re.compile(r"\s[-–—]\s[^-–—()]*?\s[-–—](?=\s)|\s?\([^()]*\)")


FIRST_TIME_SINCE = re.compile(r"\b(?:first|only)\s+time\s+since\b(?:[^.;⟪]|⟪KIND:\d+⟫)*$", re.IGNORECASE)
OWN_VERB_BEFORE = re.compile(r"\b(?:it|they)\s+(?:had\s+)?(?:first\s+|last\s+|previously\s+)?"
                             r"(?:achieved|earned|won|gained|secured|received)\s+(?:in|on)\s+$"
                             # "rated the county outstanding overall — as it had been in January 2019"
                             r"|\bas\s+(?:it|they)\s+(?:had\s+been|was|were)\s+(?:in|at\s+the\s+end\s+of)\s+$", re.IGNORECASE)
# "a borough that was judged": a relative clause whose subject is the noun before it
RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who)\s+(?=(?:was|were|had|has|have|is|are)\b)", re.IGNORECASE)


def resolve_body(mention: Mention | None, ctx: Context, sentence: Sentence | None = None) -> str | None:
    """The full name of the body a mention means; "the trust" means the body the article names."""
    if mention is None:
        return None
    if mention.kind == "BODY":
        return mention.value
    if mention.kind != "BODYREF":
        return None
    named = ctx.bodies.order
    if sentence is not None:
        nearby = [m.value for m in sentence.mentions if m.kind == "BODY"]
        if nearby:
            named = nearby
        later = all(m.start > mention.start for m in sentence.mentions if m.kind == "BODY")
        if nearby and later and mention.value and not _of_kind(nearby, mention.value, ctx):
            # "The council-owned company took over ... from Slough Children's Services Trust": bodies
            # named after the reference, none of its kind, so one of its kind the article named before
            named = _of_kind(ctx.bodies.order, mention.value, ctx) or named
    if len(set(named)) > 1 and mention.value:
        # "the trust" among a trust and a company: the one of that kind ("the organisation" says none).
        named = _of_kind(named, mention.value, ctx)
    if len(set(named)) > 1:
        # "... Northamptonshire Children's Trust began operating in 2020. Following reorganisation, the
        # trust has served both councils": of several, the one named last
        named = next(([n] for n in reversed(ctx.bodies_named) if n in named), named)
    if len(set(named)) == 1:
        if mention.value:
            ctx.ref_kinds.setdefault(named[0], []).append(mention.value)
        return named[0]
    return None


def _of_kind(names: list[str], kind: str, ctx: Context) -> list[str]:
    def known(name: str) -> list[str]:
        return ctx.bodies.kinds.get(name, []) + [ctx.bodies.table_kinds.get(name, "").replace(" ", "-"), kind_by_name(name)]
    # a community interest company is a company too
    return [n for n in dict.fromkeys(names) if any(k == kind or (kind == "company" and k.endswith("-company"))
                                                   for k in known(n))]


def kind_by_name(name: str) -> str:
    """"Wessex Children's Trust" is a trust: the kind a body's own name gives."""
    for ending, kind in config()["name_kinds"].items():
        if re.search(ending, name):
            return kind
    return ""


def council_of(hit: Hit, ctx: Context, *slots: str, body: str | None = None) -> tuple[Authority | None, bool]:
    """The council a match is about, and whether it came from context rather than the sentence."""
    for slot in slots:
        mention = hit.slot(slot)
        if mention is not None and mention.kind == "AUTH":
            return mention.value, False
        if mention is not None and mention.kind in ("BODY", "BODYREF"):
            name = resolve_body(mention, ctx, hit.sentence)
            if name and name in ctx.body_authority:
                return ctx.body_authority[name], True
    mentions = hit.sentence.mentions
    named_for = NAMED_FOR.match(hit.sentence.template, hit.match.end())
    if named_for is not None:
        # "Rosalind Tewkes, a former director at Norfolk County Council, was appointed commissioner for Herefordshire":
        # the council the post or the act is for
        return mentions[int(named_for.group(1))].value, False
    # (not "Essex" of "Thurrock in Essex was rated outstanding": where the council named before it lies)
    before = [m for m in mentions if m.kind == "AUTH" and m.start < hit.sentence.positions[hit.match.start()]
              and not measured_against(hit.sentence, m)
              and not re.search(r"⟪AUTH:\d+⟫\s+in\s+$", hit.sentence.template[: hit.sentence.at(m)])]
    subject = described_opening(hit.sentence.template, ctx, hit.match.start())
    if subject is not None:
        # "Services in the borough, which are run by a company Kingston and Richmond set up, ...", "Services in
        # the borough are delivered by AfC, the company that has run them since 2014 and is owned with Richmond"
        return subject, True
    # "Redcar and Cleveland, like Stockton, was judged ...": a council set beside the subject in an aside is not it
    compared = [m for m in before if LIKE_ASIDE.search(hit.sentence.template[: hit.sentence.at(m)])]
    if len(before) > len(compared) and compared and compared[-1] is before[-1]:
        before = [m for m in before if m not in compared]
    if before:
        return before[-1].value, False
    after = [m for m in mentions if m.kind == "AUTH"]
    that = re.search(r"\bthat\s+(county|city|borough|island)\b", hit.match.group(), re.IGNORECASE)
    if that and body and ctx.bodies.named_for.get(body) is not None \
            and DESCRIPTIONS[that.group(1).lower()](ctx.bodies.named_for[body]):
        return ctx.bodies.named_for[body], True  # "Northamptonshire Children's Trust, which took over that county's services"
    described = council_by_description(hit, ctx) if after else None
    if described is not None:
        return described, True  # "the trust, which has looked after the county's children since ..., now serves X and Y"
    # "... that put the borough's children's social care in the hands of neighbouring Lincolnshire County Council": the
    # council sent to help is not the one acted on
    after = [m for m in after if not measured_against(hit.sentence, m) and not _someone_s_past(hit.sentence, m)
             and not NEIGHBOURING.search(hit.sentence.template[: hit.sentence.at(m)])]
    if after:
        return after[0].value, False
    described = described_council(hit.match.group(), ctx)
    if described is not None:
        return described, True  # "AfC has also run children's services in the Royal Borough since 2017"
    if body and body in ctx.body_authority:
        return ctx.body_authority[body], True
    described = council_by_description(hit, ctx)
    if described is not None:
        return described, True
    if ctx.main is not None and OUR_SERVICES.search(hit.sentence.template[: hit.match.end()]):
        # "Our children's social care was rated outstanding", after a sentence about a colleague's move to Buckinghamshire
        return ctx.main, True
    return ctx.focus or ctx.main, True


OUR_SERVICES = re.compile(r"\bour\s+(?:own\s+)?(?:⟪SERVICE:\d+⟫|services\b|council\b|authority\b|borough\b|county\b|city\b)",
                          re.IGNORECASE)


NAMED_FOR = re.compile(r"\s+(?:for|to)\s+(?:the\s+)?⟪AUTH:(\d+)⟫")
# "appointed an improvement adviser, the former Wigan director Gail Frodsham": where someone worked, not the council acted on
SOMEONE_S_PAST = re.compile(r"\b(?:former|ex-?)\s*$", re.IGNORECASE)
SOMEONE_S_POST = re.compile(r"['’]?s?\s+(?:[\w'’-]+\s+){0,3}?(?:director|chief|head|boss|manager|leader|executive|⟪ROLE:\d+⟫)",
                            re.IGNORECASE)


NEIGHBOURING = re.compile(r"\b(?:neighbouring|nearby|neighbour(?:ing)?\s+councils?,?)\s+$", re.IGNORECASE)


def _someone_s_past(sentence: Sentence, mention: Mention) -> bool:
    return bool(SOMEONE_S_PAST.search(sentence.template[: sentence.at(mention)])
                and SOMEONE_S_POST.match(sentence.template, sentence.after(mention)))
# "in a report published a week before Kirklees's": a council whose report another's is measured against
MEASURED_AGAINST = re.compile(r"\b(?:(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|months?|fortnight)\s+(?:before|after)|than)\s+$",
                              re.IGNORECASE)


def measured_against(sentence: Sentence, mention: Mention) -> bool:
    at = sentence.at(mention)
    return bool(MEASURED_AGAINST.search(sentence.template[:at]) and re.match(r"⟪[^⟫]*⟫['’]s?\b", sentence.template[at:]))


LIKE_ASIDE = re.compile(r",\s*(?:like|unlike|as\s+with|as\s+in|much\s+like)\s+$", re.IGNORECASE)


def described_opening(template: str, ctx: Context, before: int | None = None) -> Authority | None:
    """The council a sentence's opening clause describes ("Services in the borough", "The new unitary"),
    when it names none (and ends before `before`)."""
    first = CLAUSE_BREAK.search(template)
    if first is None or (before is not None and first.end() > before) or "⟪AUTH" in template[: first.start()]:
        return None
    if OUTSIDE_IT.match(template):
        return None  # "Across the city boundary, Trafford's children's services were judged ...": another place
    return described_council(template[: first.start()], ctx)


OUTSIDE_IT = re.compile(r"\W*(?:across|beyond|outside|over|unlike|like|near|along|up|down)\b", re.IGNORECASE)


# "the island", "the county": the council of that description the article named last.
DESCRIPTIONS = {
    "island": lambda a: "Isle" in a.name,
    "county": lambda a: a.gss_code.startswith("E10") or "County" in a.name,
    "city": lambda a: "City" in a.name,
    "borough": lambda a: "Borough" in a.name or a.gss_code.startswith(("E09", "E08")),
    "royal borough": lambda a: a.name.startswith("Royal Borough"),
    "unitary": lambda a: a.gss_code.startswith("E06"),
}
DESCRIBED = re.compile(r"\b(?:the|that)\s+(?P<former>(?:former|old)\s+)?(?:new\s+)?(island|county|city|royal\s+borough|borough|unitary)\b",
                       re.IGNORECASE)


def _a_county_itself(council: Authority) -> bool:
    """A unitary council that is a whole county ("Cumberland Council", "Shropshire Council"), not a town's borough or
    city, nor a county's part ("West Northamptonshire")."""
    return council.gss_code.startswith("E06") and not re.search(r"\b(?:Borough|City)\b", council.name) \
        and not re.match(r"(?:North|South|East|West|Central)\b", council.short_name)


def council_by_description(hit: Hit, ctx: Context) -> Authority | None:
    template = hit.sentence.template
    zone = template[clause_start(template, hit.match.start(), follow_relative=True): hit.match.end()]
    return described_council(zone, ctx, [m.value for m in hit.sentence.mentions if m.kind == "AUTH"])


def described_council(text: str, ctx: Context, named_here: list[Authority] | None = None) -> Authority | None:
    said = DESCRIBED.search(text)
    if not said:
        return None
    if said.group("former"):
        # "services in the former county": the council the ones named since (or in the sentence) replaced
        named = list(reversed(ctx.seen)) + (named_here or [])
        return next((a for a in authorities().by_code.values()
                     if a.end_date and any(s.gss_code in a.replaced_by for s in named)), None)
    fits = DESCRIPTIONS[re.sub(r"\s+", " ", said.group(2).lower())]
    if ctx.focus is not None and (fits(ctx.focus) or (said.group(2).lower() == "county" and _a_county_itself(ctx.focus))):
        # "the borough" is the one the article is talking about, if it is one; "the county" too, when that council is a
        # whole county ("Cumberland Council has been judged good ... Inspectors were in the county from 7 to 18
        # October", "Buckinghamshire's journey was the longest. The county council was rated inadequate in August 2014")
        return ctx.focus
    found = next((a for a in reversed(ctx.seen) if fits(a)), None)
    if found is None:
        # "X, which has looked after the county's children since 2020, passed to two new unitaries, A and B,
        # which replace the county council": the county they replaced
        named = list(reversed(ctx.seen)) + (named_here or [])
        found = next((a for a in authorities().by_code.values()
                      if a.end_date and fits(a) and any(s.gss_code in a.replaced_by for s in named)), None)
    return found


APART_FROM = re.compile(r"\s+across\s+the\s+board,?\s+(?:apart\s+from|except(?:\s+for)?|bar|save\s+for)\s+"
                        r"(?P<apart>(?:[\w’'-]+\s+){0,5}?⟪AREA:\d+⟫(?:(?:\s*,\s*|\s+and\s+)(?:[\w’'-]+\s+){0,5}?⟪AREA:\d+⟫)*)")
COLON_LIST = re.compile(r"(?:\s+(?:this\s+time|again|too|across\s+the\s+board))?\s*:\s*(?:[a-z’'-]+\s+){0,6}?⟪AREA:\d+⟫(?:(?:(?:[^.;:⟪]|⟪DATE:\d+⟫){0,60}?(?:[,;]\s*(?:and\s+)?|\s+and\s+))"
                        r"(?:[a-z’'-]+\s+){0,5}?⟪AREA:\d+⟫)*")
SEMICOLON_ITEM = re.compile(r"[^.;⟪]{0,60}?;\s*(?:and\s+)?(?:[a-z’'-]+\s+){0,6}?⟪AREA:(\d+)⟫")
INCLUDING = re.compile(r",?\s+(?:including|notably|especially)\s+(?:(?:for|in)\s+)?(?:the\s+)?⟪AREA:\d+⟫"
                       r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:for|in)\s+)?(?:the\s+)?⟪AREA:\d+⟫)*", re.IGNORECASE)
NEXT_SUBJECT = re.compile(r"\s+(?:was|were|is|are|has|have|had|remains|remained)\b", re.IGNORECASE)


THEIR_EXPERIENCES = re.compile(r"\W*(?:their|its)\s+(?:experiences|work|service|services)\b", re.IGNORECASE)


# "rated inadequate in May 2019 - overall, for leadership, for help and protection and for children in care - prompting ..."
DASHED_AREAS = re.compile(r"\s+[-–—]\s+(?:for\s+|in\s+)?⟪AREA:\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:for\s+|in\s+)?⟪AREA:\d+⟫)+"
                          r"(?=\s+[-–—]\s|\s*[.;]|\s*$)")
THE_NTH_AREA = re.compile(r"^\W*the\s+(?:first|second|third|fourth|fifth|other|remaining|last|final)(?:\s+(?:one|area))?\s*,\s+"
                         r"(?:the\s+)?(⟪AREA:\d+⟫)[^,;⟪]{0,80},\s*$", re.IGNORECASE)


def areas_of(hit: Hit, when: PartialDate | None = None) -> list[str]:
    """The areas a grade is for: those the match names, else those its clause names before it, else
    overall; "in every area: A, B" adds A and B to overall, "in three of five areas: A, B, C" is only them."""
    also = [m.value for m in hit.span_mentions("also", "AREA")]
    template, grade = hit.sentence.template, hit.slot("grade")
    apart = None
    if grade is not None:  # the words right after the grade's token
        apart = APART_FROM.match(template, hit.sentence.after(grade))
    if apart and when is not None and framework_areas(when.year):
        # "judged inadequate across the board apart from its work with care leavers"
        excluded = {m.value for m in mentions_in(hit.sentence, *apart.span("apart"), "AREA")}
        return ["overall"] + [area for area in framework_areas(when.year) if area not in excluded]
    said = hit.span_mentions("areas", "AREA")
    overall_after = re.match(r"\s+⟪AREA:(\d+)⟫", template[hit.sentence.after(grade):]) if grade is not None else None
    if said and overall_after and hit.sentence.mentions[int(overall_after.group(1))].value == "overall" \
            and re.search(r"\bservices\s+for\s+$", template[: hit.sentence.at(said[0])]):
        # "judged Hartlepool's services for children in need of help and protection, children looked after and care
        # leavers to be good overall": the old framework's name for what it inspected, and its overall verdict
        return ["overall"]
    if len(said) > 1 and grade is not None and hit.sentence.at(grade) < hit.match.start("areas") \
            and NEXT_SUBJECT.match(template, hit.match.end("areas")):
        said = said[:-1]  # "rated good overall and the impact of leaders was judged outstanding": the next clause's
    listed = (COLON_LIST.match(template, hit.match.end()) or DASHED_AREAS.match(template, hit.match.end())) if not said else None
    if listed:
        # "Three of the four areas examined were also rated inadequate: A, the experiences of B, and C"
        return [m.value for m in mentions_in(hit.sentence, *listed.span(), "AREA")]
    if not said:
        start = clause_start(template, hit.match.start(), follow_relative=True)
        said = mentions_in(hit.sentence, start, hit.match.start(), "AREA")
        aside = re.search(r"(?:^|[;:])\W*(?:the\s+(?:service|council|authority)['’]s\s+|the\s+|its\s+|their\s+)?(?:(?:services?|work|support)\s+(?:for|with|to)\s+|experiences\s+(?:and\s+progress\s+)?of\s+)?(⟪AREA:\d+⟫)(?:['’]s?)?(?:\s+(?:services?|work))?\s*,[^,;⟪]{1,60},\s*$",
                          template[:start], re.IGNORECASE)
        # "Adoption, at least, had moved up to good.", "Its care leavers' service, though, was graded good.", "The
        # experiences and progress of care leavers, judged separately for the first time, were found to ...", "...;
        # leadership, too, was judged inadequate.", "...; services for children in care, by contrast, were judged good"
        if not said and aside:
            said = mentions_in(hit.sentence, aside.start(1), aside.end(1), "AREA")
        nth = THE_NTH_AREA.search(template[:start])
        if not said and nth:  # "The third, help and protection for children who first come to its attention, was found ..."
            said = mentions_in(hit.sentence, nth.start(1), nth.end(1), "AREA")
        bracketed = re.search(r"(?:\(([^()]*⟪AREA:\d+⟫[^()]*)\)|(?:[—–]|--|\s-\s)\s*((?:(?!--|\s-\s)[^—–])*⟪AREA:\d+⟫(?:(?!--|\s-\s)[^—–])*?)\s*(?:[—–]|--|\s-(?=\s)))"
                              r"\s*(?:and\s+)?(?:(?:all|each\s+of\s+the|the)\s+)?(?:(?:two|three|four|five)\s+)?(?:of\s+them\s+)?$",
                              template[: hit.match.start()])
        if not said and bracketed:
            # "All four areas (A, B, C and D) were graded good", "The other three — A, B and C — all came out as ...",
            # "graded four areas – A, B, C and D – and all four received the top grade"
            said = mentions_in(hit.sentence, *bracketed.span(1 if bracketed.group(1) else 2), "AREA")
        if not said and hit.rule.effect == "previous" and template[:start].rstrip().endswith(","):
            # "the impact of leaders ... was rated outstanding, up from good in 2019": the area the verdict before it is for
            said = mentions_in(hit.sentence, 0, start, "AREA")[-1:]
        if not said and THEIR_EXPERIENCES.match(template, start):
            # "Care leavers are the exception: their experiences are rated requires improvement": the area before
            said = mentions_in(hit.sentence, 0, start, "AREA")[-1:]
    # "... rated good overall and the impact of leaders was judged outstanding": an area right after
    # another grade is that grade's
    named = [m.value for m in said if not re.search(r"⟪GRADE:\d+⟫\s*$", template[: hit.sentence.at(m)])
             or (grade is not None and template[: hit.sentence.at(m)].rstrip().endswith(f"⟪GRADE:{hit.sentence.mentions.index(grade)}⟫"))]
    count = hit.rule.matched(hit.match, "count")
    every = hit.rule.matched(hit.match, "every")
    tail = every_area_tail().match(hit.sentence.template, hit.match.end())
    if not also and not every and tail and tail.group("every"):
        # a rule that stops at the grade: "handed the council inadequate in every area it looked at: A, B"
        count, every = tail.group("count"), tail.group("every")
        if tail.group("also"):
            also = [m.value for m in mentions_in(hit.sentence, *tail.span("also"), "AREA")]
    also_said = "also" in hit.match.re.groupindex and hit.match.group("also") is not None
    if also and also_said and every and when is not None and framework_areas(when.year) \
            and re.search(r"\bincluding\s*$", template[: hit.match.start("also")]):
        # "in every single area, including care leavers": all of them, that one too
        also = list(dict.fromkeys(framework_areas(when.year) + also))
    if not also and every and when is not None and framework_areas(when.year):
        # "in every area", "in all five areas": the areas of the framework then in force (writers count
        # the overall verdict in or out, so the date decides rather than the number)
        also = framework_areas(when.year)
    elif not also and count and every:
        also = area_sets()[count.lower()]
    if hit.rule.effect == "areas-only":
        return also
    if also and also_said and re.search(r":(?!\d)", hit.match.group()):  # a colon in the text, not in a token
        # "... and in each of the four underlying judgements: A on practice; the experiences of B; ...; and C"
        at = hit.match.end()
        while (more := SEMICOLON_ITEM.match(template, at)) is not None:
            also.append(hit.sentence.mentions[int(more.group(1))].value)
            at = more.end()
    if named and not also and "areas" in hit.match.re.groupindex and hit.match.group("areas") is not None \
            and re.search(r":(?!\d)", template[hit.match.start(): hit.match.start("areas")]):  # not a token's
        # "outstanding for each of the four underlying judgements: A on practice; the experiences of B; ...; and C"
        at = hit.match.end()
        while (more := SEMICOLON_ITEM.match(template, at)) is not None:
            named.append(hit.sentence.mentions[int(more.group(1))].value)
            at = more.end()
    including = INCLUDING.match(template, hit.match.end())
    if including and not also:
        # "found the county's services inadequate, including for help and protection and for care leavers"
        return list(dict.fromkeys((named or ["overall"]) + [m.value for m in mentions_in(hit.sentence, *including.span(), "AREA")]))
    if "withall" in hit.match.re.groupindex and hit.match.group("withall") is not None:
        # "gave the top grade overall and for three of the four areas looked at - A, B and C": that one too
        named = named + [m.value for m in mentions_in(hit.sentence, *hit.match.span("withall"), "AREA")]
    if not named and (not also or every):
        named = ["overall"]
    return list(dict.fromkeys(named + also))


# "Five years ago inspectors rated the service good overall, although help and protection ... was found to ...": a
# concession about the same verdict
CONCESSION = re.compile(r",\s*(?:although|though|while|whilst)\b(?:[^,;]|,[^,;]*,)*$", re.IGNORECASE)
EVEN_THEN = re.compile(r"\b(?:even|already)\s+then\b", re.IGNORECASE)


def relative_before(hit: Hit) -> Relative | None:
    """How far back the graded event lies: "three years after it was handed ..." just before the
    match, "judged inadequate two years earlier" right after it, or "... ago" on either side."""
    template = hit.sentence.template
    # "Help and protection, which had been judged inadequate two years ago, was deemed ...": "ago"
    # right after a grade belongs to that grade ("three years after it was handed ..." to what follows).
    window = max(0, hit.match.start() - 40)
    # "Four years after it was judged inadequate, Medway Council is now good": a verdict between the span
    # and the match is what the span dates
    before = [hit.sentence.mentions[int(m.group(1))].value
              for m in re.finditer(r"⟪DUR:(\d+)⟫", template[window: hit.match.start()])
              if not (hit.sentence.mentions[int(m.group(1))].value.word == "ago"
                      and re.search(r"⟪GRADE:\d+⟫\s*$", template[: window + m.start()]))
              and "⟪GRADE:" not in template[window + m.end(): hit.match.start()]
              # "A little over a year later, in May 2019, Ofsted judged ...": the date said is the verdict's
              and "⟪DATE:" not in template[window + m.end(): hit.match.start()]]
    opening = re.match(r"\W*⟪DUR:(\d+)⟫\s*(,?)", template)
    if not before and opening and (
            (opening.group(2) and not re.search("⟪(?:GRADE|DATE):", template[opening.end(): hit.match.start()]))
            or EVEN_THEN.search(template[opening.end(): hit.match.start()])
            or CONCESSION.search(template, opening.end(), hit.match.start())):
        # "Five years ago, at its previous full inspection, Liverpool was rated ...": the sentence's opening; "Four
        # years ago inspectors found ... - although even then the leadership was judged inadequate": its time too
        before = [hit.sentence.mentions[int(opening.group(1))].value]
    after = re.match(r"\s*⟪DUR:(\d+)⟫", template[hit.match.end():])
    if after and hit.sentence.mentions[int(after.group(1))].value.word in ("earlier", "before", "ago"):
        return hit.sentence.mentions[int(after.group(1))].value
    if before and before[-1].word in ("after", "later", "ago", "earlier"):  # "five years earlier the service had been judged good"
        return before[-1]
    return None


def years_back(relative: Relative, authority: Authority, ctx: Context) -> PartialDate | None:
    in_context = inspection_in_context(authority, ctx)
    anchor = in_context[1] if in_context and relative.word != "ago" else (
        PartialDate(ctx.published.year, ctx.published.month) if ctx.published else None)
    if anchor is None:
        return None
    if relative.half and anchor.month:  # "two and a half years after": thirty months back, of which the year is sure
        months = anchor.year * 12 + anchor.month - 1 - relative.years * 12 - 6
        return PartialDate(months // 12)
    return PartialDate(anchor.year - relative.years)


def inspection_in_context(authority: Authority, ctx: Context) -> tuple[str, PartialDate, bool] | None:
    current = ctx.current.get(authority.gss_code)
    batch = ctx.batch_report
    if current and current[0] in GRADED_KINDS:
        if batch and not current[2] and within_report_window(current[1], batch):
            return current[0], batch, True  # the round-up's reports are this fieldwork's
        return current
    if batch is not None and current is None:
        return "inspection", batch, True
    return None


def verdict_date(entry: tuple[str, PartialDate, bool]) -> PartialDate:
    """The date of the verdict an inspection in context led to: a report's date as it is; from
    fieldwork dates only the year is sure, the verdict coming some weeks later."""
    _kind, when, is_report = entry
    return when if is_report else when.to_year()


def record_judged(ctx: Context, authority: Authority, when: PartialDate | None, grade: str) -> None:
    if when is not None:
        ctx.judged.setdefault(authority.gss_code, []).append((when, grade))


def previous_judged(authority: Authority, ctx: Context, grade: str,
                    before: PartialDate | None = None) -> PartialDate | None:
    """The date of the judgement before the new one ("improved from inadequate to ..."), given, else
    the one in context: the latest the article gave that grade, else the latest of any."""
    judged = ctx.judged.get(authority.gss_code, [])
    in_context = inspection_in_context(authority, ctx)
    if before is not None:
        judged = [(d, g) for d, g in judged if d.year < before.year]
    elif in_context:
        judged = [(d, g) for d, g in judged if d.year < in_context[1].year]
    dates = [d for d, g in judged if g == grade] or [d for d, _ in judged]
    return max(dates, key=lambda d: d.start()) if dates else None


def listed_councils(sentence: Sentence) -> list[Authority]:
    listed = COUNCIL_LIST.search(sentence.template)
    if not listed:
        return []
    return list(dict.fromkeys(m.value for m in mentions_in(sentence, listed.start(), listed.end(), "AUTH")))


def subjects_of(hit: Hit, ctx: Context, authority: Authority) -> list[Authority]:
    """The councils a match is about: a list in its clause ("Swindon and the Isles of Scilly were ..."),
    "both councils" for the councils the article listed last, else the one council."""
    template = hit.sentence.template
    zone_start = clause_start(template, hit.match.start(), follow_relative=True)
    zone = template[zone_start: hit.match.end()]
    if GROUP_WORDS.search(zone) and ctx.group:
        return ctx.group
    if ctx.group_focus and ctx.group and not any(m.kind == "AUTH" for m in hit.sentence.mentions) \
            and not DESCRIBED.search(template):
        # "Both councils' services were judged ... In each area, leadership was also rated ..."
        return ctx.group
    return conjoined_subjects(hit) or [authority]


def conjoined_subjects(hit: Hit) -> list[Authority]:
    """"Swindon and the Isles of Scilly are among four councils issued with ...": each council listed
    as the clause's subject."""
    template = hit.sentence.template
    start = clause_start(template, hit.match.start())
    start += len(template[start:]) - len(template[start:].lstrip())
    listed = COUNCIL_LIST.match(template, start, hit.match.start())
    if not listed:
        return []
    return [m.value for m in mentions_in(hit.sentence, listed.start(), listed.end(), "AUTH")]


def own_range(hit: Hit, when: Mention) -> None:
    """Mark a date, and the end of a range it opens ("during April and May", "from May to July"), as taken."""
    if not any(m is when for m in hit.sentence.mentions):
        return  # a date from outside the sentence (a timeline's heading)
    index = hit.sentence.mentions.index(when)
    hit.owned.add(index)
    token = f"⟪DATE:{index}⟫"
    at = hit.sentence.template.find(token)
    opens_range = re.search(r"\b(?:during|between|from)\s+$", hit.sentence.template[:at], re.IGNORECASE)
    joiner = r"(?:and|to|until|till|-|–|—)" if opens_range else r"(?:to|until|till|-|–|—)"
    follow = re.match(rf"\s*{joiner}\s*⟪DATE:(\d+)⟫", hit.sentence.template[at + len(token):])
    if follow:
        hit.owned.add(int(follow.group(1)))


def fieldwork_of_known_report(ctx: Context, authority: Authority, when: PartialDate, tied: bool = False) -> bool:
    """True when the article already gave the report these visits led to (published a few months later,
    or however much later, when one sentence ties them: "The report, published on Tuesday, relates to an
    inspection carried out between 30 September and 11 October last year")."""
    current = ctx.current.get(authority.gss_code)
    if not current or not current[2]:
        return False
    if tied and when.start() <= current[1].start():
        return True
    if ctx.reports_before and 0 <= (current[1].start() - when.start()).days <= 366:
        # "The watchdog's report, published on Tuesday, found ... Inspectors were in Exeter ... for three weeks from the
        # end of September. Their findings have taken more than seven months to appear": the report just given
        return True
    if when.precision == "year":
        return when.year == current[1].year  # "the 2022 inspection" of a report published in 2022
    return within_report_window(when, current[1])


def report_of_fieldwork(ctx: Context, authority: Authority, when: PartialDate) -> PartialDate | None:
    """The report, of those the article gave (not only the last), that fieldwork at this date led to."""
    if when.precision == "year":
        return None
    return next((day for day in reversed(ctx.reports.get(authority.gss_code, [])) if within_report_window(when, day)), None)


def within_report_window(fieldwork: PartialDate, report: PartialDate) -> bool:
    return 0 <= (report.start() - fieldwork.start()).days <= FIELDWORK_TO_REPORT


def nearest_body(hit: Hit, ctx: Context) -> str | None:
    names = [m for m in hit.sentence.mentions if m.kind in ("BODY", "BODYREF")]
    for mention in names:
        name = resolve_body(mention, ctx, hit.sentence)
        if name:
            return name
    if len(ctx.bodies.order) == 1:
        return ctx.bodies.order[0]
    # "Kingston and Richmond transferred their services to it", "Windsor and Maidenhead followed in August 2017":
    # the body said last
    return ctx.bodies_named[-1] if ctx.bodies_named else None
