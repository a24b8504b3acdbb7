"""Finding what a sentence names (councils, bodies, grades, areas, dates, people ...) and writing the
sentence as a template in which each mention is a token, so that the fact patterns can be plain
regular expressions over tokens such as ⟪GRADE:3⟫."""
from __future__ import annotations

import calendar
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from rdflib.namespace import SKOS

from cskg.loaders import dates as d
from cskg.loaders.gazetteer import Authority, authorities
from cskg.ontology import VOCAB, vocabulary_graph

MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in d.MONTHS), key=len, reverse=True)) + r")\.?"
MONTH_UNNAMED = MONTH.replace("(?P<month>", "(?:")  # the same, for a lookahead beside a pattern that names its month
YEAR = r"(?P<year>(?:19|20)\d\d)"


@dataclass
class Mention:
    kind: str
    start: int
    end: int
    text: str
    value: Any = None  # a concept key, a council, a date, a body name, ...


@dataclass
class Sentence:
    text: str
    mentions: list[Mention]
    template: str = ""
    positions: list[int] = field(default_factory=list)  # template offset -> sentence offset

    def __post_init__(self) -> None:
        parts, positions, at = [], [], 0
        for index, mention in enumerate(self.mentions):
            plain = self.text[at: mention.start]
            parts.append(plain)
            positions.extend(range(at, mention.start))
            token = f"⟪{mention.kind}:{index}⟫"
            parts.append(token)
            positions.extend([mention.start] * len(token))
            at = mention.end
        parts.append(self.text[at:])
        positions.extend(range(at, len(self.text) + 1))
        self.template = "".join(parts)
        self.positions = positions

    def at(self, mention: Mention) -> int:
        """Where a mention's token stands in the template."""
        return self.template.find(f"⟪{mention.kind}:{self.mentions.index(mention)}⟫")

    def after(self, mention: Mention) -> int:
        """Where the template goes on after a mention's token."""
        return self.at(mention) + len(f"⟪{mention.kind}:{self.mentions.index(mention)}⟫")

    def original(self, start: int, end: int) -> str:
        """The sentence text behind a template span."""
        first = self.positions[start]
        last = self.positions[end - 1] if end > start else first
        # A span that ends on a token ends where that token's mention ends.
        token_end = next((m.end for m in self.mentions if m.start == last and self.template[end - 1] == "⟫"), None)
        return self.text[first: token_end or last + 1].strip()


@cache
def config() -> dict[str, Any]:
    return tomllib.loads(resources.files("cskg.loaders").joinpath("data/mentions.toml").read_text("utf-8"))


def _label_pattern(label: str) -> str:
    escaped = re.escape(label).replace(r"\ ", r"\s+").replace("'", "['’]").replace(r"\-", "[- ]?")
    return escaped if label.isupper() else f"(?i:{escaped})"


@cache
def concept_patterns() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """For each concept scheme, (pattern, concept key) pairs from the SKOS labels, longest first."""
    graph = vocabulary_graph()
    schemes: dict[str, list[tuple[str, str]]] = {}
    for concept, _, scheme in graph.triples((None, SKOS.inScheme, None)):
        scheme_name = str(scheme).removeprefix(str(VOCAB))
        key = str(concept).removeprefix(f"{VOCAB}{scheme_name}/")
        for predicate in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in graph.objects(concept, predicate):
                schemes.setdefault(scheme_name, []).append((str(label), key))
    compiled = {}
    for scheme_name, labels in schemes.items():
        labels.sort(key=lambda item: len(item[0]), reverse=True)
        compiled[scheme_name] = [(re.compile(r"(?<![\w-])" + _label_pattern(lab) + r"(?![\w-])"), key)
                                 for lab, key in labels]
    return compiled


# Concept schemes and the mention kind each gives. Grades may stand in quotation marks.
SCHEME_KINDS = {"grade": "GRADE", "area": "AREA", "inspection-kind": "KIND", "intervention-kind": "INTERVENTION",
                "role": "ROLE", "service": "SERVICE"}


@cache
def _not_an_area() -> re.Pattern[str]:
    return re.compile(config()["area"]["not_followed_by"], re.IGNORECASE)


@cache
def _not_a_grade() -> re.Pattern[str]:
    return re.compile(config()["grade"]["not_followed_by"], re.IGNORECASE)


def _concept_mentions(text: str) -> list[Mention]:
    found = []
    not_an_area = _not_an_area()
    not_a_grade = _not_a_grade()
    for scheme, kind in SCHEME_KINDS.items():
        for pattern, key in concept_patterns().get(scheme, []):
            for match in pattern.finditer(text):
                start, end = match.span()
                if kind == "AREA" and match.group().lower() in config()["area"]["words"] and not_an_area.match(text, end):
                    continue
                if kind == "GRADE":
                    if not_a_grade.match(text, end):
                        continue
                    start, end = _widen_quotes(text, start, end)
                found.append(Mention(kind, start, end, text[start:end], key))
    return found


def _widen_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    if start > 0 and text[start - 1] in "\"'“‘" and end < len(text) and text[end] in "\"'”’":
        return start - 1, end + 1
    return start, end


@dataclass(frozen=True)
class Relative:
    """A date read against another event: "three years after", "two years ago"."""

    years: int
    word: str  # after, later, before, earlier or ago, as the text says
    to_the_day: bool = False  # "five years to the day after"
    half: bool = False  # "two and a half years after"


ORDINALS = {word: n for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
ORDINALS.update({f"twenty-{word}": 20 + n for word, n in list(ORDINALS.items())[:9]})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))


DATE_PATTERNS: list[tuple[str, str]] = [
    # "The Richmond report arrived on the 18th", under "### March": a day of the month the text is in
    ("day-of", r"\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"),
    # "in a report published on 5 July that year": before "5 July" alone is read as the last 5 July
    ("month-that", r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH + r"\s+(?:of\s+)?that\s+year\b"),
    # "published at the end of January the following year": that month of the year after the date before
    ("month-that", r"\b" + MONTH + r"\s+(?:of\s+)?the\s+(?P<nextyear>following|next)\s+year\b"),
    # "Five years ago today", "A year ago yesterday": that day, that many years back
    ("ago-today", r"\b(?P<n>\w+)\s+years?\s+ago\s+(?:today|(?P<yesterday>yesterday))\b"),
    # "a decade ago today"
    ("ago-today", r"\ba\s+(?P<decade>decade)\s+ago\s+today\b"),
    # "Ten years ago this week": the month of publication, so many years back
    ("ago-this", r"\b(?P<n>\w+)\s+years?\s+ago\s+this\s+(?:week|month)\b"),
    # "on 17 and 18 September 2024", "between 11-22 March": the first day
    ("day", r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r",?\s+" + YEAR + r"\b"),
    ("day-no-year", r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"(?![\w-])"),
    # "October 15 and 16", "October 22-23": the first day
    ("day-no-year", r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?(?![\w-]|,\s*\d|\s*,?\s*(?:19|20)\d\d)"),
    ("day", r"\b(?P<day>\d{1,2})(?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th)?\s+)" + MONTH + r",?\s+" + YEAR + r"\b"),
    # "from the first of July", "on the twentieth of August": a day in words
    ("day", r"\b(?P<day>" + ORDINAL_WORDS + r")\s+of\s+" + MONTH + r",?\s+" + YEAR + r"\b"),
    ("day-no-year", r"\b(?P<day>" + ORDINAL_WORDS + r")\s+of\s+" + MONTH + r"(?![\w-])"),
    # "Published: 29/01/2018", a spreadsheet's or a council paper's day, in the British order
    ("numeric-day", r"(?<![\d/])(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)/" + YEAR + r"(?![\d/])"),
    ("day", r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + YEAR + r"\b"),
    ("month", r"\b" + MONTH + r",?\s+(?:of\s+)?" + YEAR + r"\b"),
    ("month-rel", r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?" + MONTH + r"\s+(?:of\s+)?(?P<rely>last|this|next)\s+year\b"),
    # "on Thursday 16 May", "On Friday the 12th of July": the day's name with it
    ("day-no-year", r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                    + MONTH + r"(?![\w-])(?!,?\s+(?:19|20)\d\d)"),
    ("day-no-year", r"\b(?P<day>\d{1,2})(?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th)?\s+)" + MONTH + r"(?![\w-])"),
    # "On Thursday of last week": that weekday in the week (Monday to Sunday) before the publication's
    ("day-last-week", r"\b(?:on\s+)?(?P<dayrel>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+of\s+last\s+week\b"),
    # (not "On Wednesday 1 October 2025", "on Thursday 16 May", "On Friday the 12th of July": the day's name of a date
    # given; "Last Tuesday, 24 February" is both)
    ("day-rel", r"\b(?P<dayrel>today|yesterday|this\s+morning|(?:on|last|this\s+past)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                r"(?!,?\s+\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_UNNAMED + r",?\s+(?:19|20)\d\d)"
                r"(?!\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_UNNAMED + r"))\b"),
    # "Friday brought one of the busiest days of the year for inspection reports": a weekday opening a sentence
    ("day-rel", r"^\W*(?P<dayrel>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?=\s+[a-z])"),
    # "published Thursday", "out Monday": a weekday right after words of publication
    ("day-rel", r"(?:(?<=\bpublished\s)|(?<=\breleased\s)|(?<=\bout\s))(?P<dayrel>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"),
    # "transferred its staff to the council on New Year's Day": the last such day before publication
    ("holiday", r"\b(?P<holiday>New\s+Year['’]s\s+Day|Christmas\s+Eve|Christmas\s+Day|Boxing\s+Day)"),
    # "Just before Christmas, Ofsted judged ...": the December of the last Christmas, to the month
    ("holiday-month", r"\b(?:[Jj]ust\s+)?(?:before|over|at)\s+(?P<holiday>Christmas)\b(?!\s+(?:Eve|Day))"),
    # "A fortnight ago the Department for Education issued ...", "three weeks ago"
    ("days-ago", r"\b(?P<span>a|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>days?|weeks?|fortnights?)\s+ago\b"),
    # "six months ago", "It is ten months since Ofsted's report ... was published": the month
    ("months-ago", r"\b(?P<span>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?(?:\s+ago\b|(?=\s+since\b))"),
    ("same-day", r"\b(?:on\s+)?(?:the\s+same|that)\s+(?:day|date|morning|afternoon|evening)\b"),
    ("same-month", r"\b(?:in\s+)?(?:the\s+same|that)\s+month\b"),
    ("that-year", r"\b(?:(?:earlier|later)\s+(?:that|the\s+same)\s+year|(?:in\s+)?(?:that|the)\s+same\s+year)\b"),
    # "Back then they concluded ...": as vague as "that year"; "also found inadequate at that time": the date before
    ("that-year", r"\bback\s+then\b"),
    # "An improvement notice followed weeks later", "was served within weeks": the year of the date before, all that is sure
    # "The trust's report, on the 25th, ... Ten days earlier, Cumbria was also graded ...": counted from the date before
    ("days-against", r"\b(?P<span>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days|weeks|months)\s+(?P<dir>earlier|later)\b"),
    # "Two months after that report, the Department for Education issued ... an improvement notice"
    ("days-against", r"\b(?P<span>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days|weeks|months)\s+"
                     r"(?P<dir>after)\s+(?:that|the|this|its)\s+(?:report|verdict|inspection|judgement|visit)\b"),
    # "A month earlier Warrington's report landed": one unit back from the date before
    ("days-against", r"\b(?P<span>a|one)\s+(?P<unit>day|week|month)\s+(?P<dir>earlier)\b"),
    ("next-day", r"\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later)\b"),
    ("that-year", r"\b(?:(?:days|weeks|a\s+few\s+(?:days|weeks))\s+later|within\s+(?:days|weeks|a\s+(?:few\s+(?:days|weeks)|fortnight))|(?:shortly|soon)\s+afterwards)\b"),
    ("same-time", r"\bat\s+that\s+time\b|^\W*at\s+the\s+(?:same\s+)?time\b"),
    # "He stepped back last autumn": the year of the last such season before this one
    ("season-rel", r"\blast\s+(?P<season>spring|summer|autumn|winter)\b"),
    ("month-that", r"\b[Tt]hat\s+" + MONTH + r"(?![\w-])"),
    # "Their report, published the following January": the first January after the date before
    ("month-that", r"\b[Tt]he\s+(?P<following>following|next)\s+" + MONTH + r"(?![\w-])"),
    ("month-that", r"\b" + MONTH + r"\s+(?:of\s+)?that\s+year\b"),
    ("season-that", r"\b(?:that(?:\s+same)?|the\s+same|the\s+(?P<following>following|next))\s+(?:spring|summer|autumn|winter|year)\b"),
    ("next-month", r"\b(?:the\s+(?:following|next)\s+month|a\s+month\s+later)\b"),
    ("relative", r"\b(?P<rel>(?:earlier|later)\s+this\s+(?:year|month|week)|(?:last|this|next|the\s+previous|the\s+past)\s+(?:year|month|week))\b"),
    ("month", r"\b(?:(?P<which>last|this|next)\s+)?(?:mid-)?" + MONTH + r"(?![\w-])"),
    ("year", r"(?<![\w£$.,/-])(?<!Act\s)" + YEAR + r"(?:/\d\d)?(?![\w,.]\d|\w)"),
    ("ago", r"\b(?P<n>\w+)\s+(?P<half>and\s+a\s+half\s+)?years?\s+(?P<exact>to\s+the\s+day\s+)?(?P<dir>after|later|before|earlier|ago)\b"),
]
HOLIDAYS = {"new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
            "christmas": (12, 25)}
FULL_MONTHS = {name.lower() for name in calendar.month_name if name}
# Read whatever the case ("Last month ..."); month names keep theirs, so that "may" stays a verb.
CASELESS = ("ago-this", "days-ago", "months-ago", "days-against", "next-day", "season-rel", "ago-today", "day-of", "same-day", "same-time", "same-month", "next-month", "that-year", "season-that", "relative", "day-rel", "ago")
# "May" is a month only where a date word leads to it; elsewhere it is the verb.
MAY_LEAD = re.compile(r"(?:in|since|from|during|by|until|till|of|between|and|to|early|late|mid|last|this|next|that|"
                      r"before|after|the|their|its|'s|on)\s+$", re.IGNORECASE)
BEFORE_CLUE = re.compile(r"\b(?:prior\s+to|before|ahead\s+of|in\s+advance\s+of|until)\b", re.IGNORECASE)


def date_mentions(text: str, published: date | None) -> list[Mention]:
    found: list[Mention] = []
    for precision, pattern in DATE_PATTERNS:
        flags = re.IGNORECASE if precision in CASELESS else 0
        for match in re.finditer(pattern, text, flags):
            start, end = match.span()
            if any(m.start <= start < m.end or start <= m.start < end for m in found):
                continue
            groups = match.groupdict()
            if groups.get("month", "").startswith("May") and precision == "month" and not groups.get("year") \
                    and not groups.get("which") and not MAY_LEAD.search(text[:start]):  # "last May" is the month
                continue
            if precision == "month" and not groups.get("year") and groups.get("month", "").lower() not in FULL_MONTHS \
                    and re.match(r"\s+[A-Z][a-z]", text[end:]):
                continue  # "Jan Whitworth", "Dec Walsh": a first name
            if groups.get("day") in ORDINALS:
                groups["day"] = str(ORDINALS[groups["day"]])
            value = _date_value(precision, groups, published)
            if value is None:
                continue
            found.append(Mention("DUR" if isinstance(value, Relative) else "DATE", start, end, text[start:end], value))
    found.sort(key=lambda m: m.start)
    found = _year_said_after(text, found)
    _apposed_count(text, found)
    _same_day_named(text, found, published)
    found = _resolve_that_year(found, published)
    _previous_of_a_date(found)
    _year_of_the_next(text, found)
    _year_of_the_last(text, found)
    _apply_ordering_clues(text, found, published)
    return found


YEAR_AFTER = re.compile(r"(?:,\s*|\s+)(?:of\s+)?(last|this|next)\s+year", re.IGNORECASE)


def _year_said_after(text: str, found: list[Mention]) -> list[Mention]:
    """"between November 11 and 15 last year", "on 3 and 4 March this year": days said without their year, then
    the year against the publication's, are one date (not the days in the last such month, and a year beside)."""
    kept: list[Mention] = []
    for mention in found:
        first = kept[-1] if kept else None
        if first is not None and first.kind == "DATE" and isinstance(first.value, d.PartialDate) and first.value.month \
                and mention.kind == "DATE" and isinstance(mention.value, d.PartialDate) and mention.value.month is None \
                and not re.search(r"\d{4}", first.text) and YEAR_AFTER.fullmatch(text[first.end: mention.end]):
            kept[-1] = Mention("DATE", first.start, mention.end, text[first.start: mention.end],
                               d.PartialDate(mention.value.year, first.value.month, first.value.day))
            continue
        kept.append(mention)
    return kept


FOLLOWED = re.compile(r"\b(?:followed|came|arrived|later|then)\s+(?:in\s+)?$", re.IGNORECASE)


def _year_of_the_next(text: str, found: list[Mention]) -> None:
    """"over late October and early November 2021": a month said without its year, joined to a date that
    has one, is in that year (or the one before, if its month comes later)."""
    for first, second in zip(found, found[1:]):
        if not (isinstance(first.value, d.PartialDate) and isinstance(second.value, d.PartialDate)) \
                or first.value.month is None or second.value.month is None or re.search(r"\d{4}", first.text) \
                or not re.search(r"\d{4}", second.text):
            continue
        if re.fullmatch(r"\s*(?:and|to|until|-|–)\s+(?:(?:early|late|mid)[\s-]+)?", text[first.end: second.start], re.IGNORECASE):
            year = second.value.year - (first.value.month > second.value.month)
            first.value = d.PartialDate(year, first.value.month, first.value.day)


def _year_of_the_last(text: str, found: list[Mention]) -> None:
    """"in the autumn of 2023, and an improvement notice followed in December": a bare month said to follow a
    date with its year, in the same sentence, is the next such month after it (not the last before publication)."""
    for at, mention in enumerate(found):
        if not isinstance(mention.value, d.PartialDate) or mention.value.month is None \
                or not re.fullmatch(r"(?:mid-)?[A-Za-z]+\.?", mention.text.strip()) \
                or not FOLLOWED.search(text[: mention.start]):
            continue
        said = [m.value for m in found[:at] if isinstance(m.value, d.PartialDate) and re.search(r"\d{4}", m.text)]
        if said:
            before = said[-1]
            month = mention.value.month
            mention.value = d.PartialDate(before.year + (before.month is not None and month < before.month), month)


def _previous_of_a_date(found: list[Mention]) -> None:
    """"judged inadequate in August 2023 after a short inspection the previous month": the month before
    the date said before it, not before the article's."""
    for at, mention in enumerate(found):
        said = re.fullmatch(r"(?i)the\s+previous\s+(month|year)", mention.text.strip())
        before = [m.value for m in found[:at] if m.kind == "DATE" and isinstance(m.value, d.PartialDate)]
        if not said or not before:
            continue
        anchor = before[-1]
        if said.group(1).lower() == "year":
            mention.value = d.PartialDate(anchor.year - 1)
        elif anchor.month:
            mention.value = d.PartialDate(anchor.year - (anchor.month == 1), 12 if anchor.month == 1 else anchor.month - 1)


SOON = 14  # days: a day and month said this close after publication is the one to come


def _days_ahead(day: d.PartialDate, published: date) -> bool:
    try:
        return 0 < (date(day.year, day.month, day.day) - published).days <= SOON
    except ValueError:
        return False


def _date_value(precision: str, g: dict[str, str], published: date | None) -> Any:
    if precision in ("same-day", "same-time", "same-month", "next-month"):
        return {"same-day": SAME_DAY, "same-time": SAME_TIME, "same-month": SAME_MONTH,
                "next-month": NEXT_MONTH}[precision] if published else None
    if precision == "that-year":
        return ThatYear()
    if precision == "next-day":
        return CountedFrom(days=1)
    if precision == "days-against":
        count = d.number(g["span"])
        if count is None:
            return None
        sign = 1 if g["dir"].lower() in ("later", "after") else -1
        if g["unit"].lower().startswith("month"):
            return CountedFrom(months=sign * count)
        return CountedFrom(days=sign * count * (7 if g["unit"].lower().startswith("week") else 1))
    if precision == "season-rel":
        if published is None:
            return None  # "last autumn" in an article with no date of its own
        start = SEASON_STARTS[g["season"].lower()]
        begun = published.year if published.month >= start else published.year - 1  # the year it last began
        in_it = (published.month - start) % 12 < 3
        # the one before the season we are in, else the last one ("this autumn" may be either: left unread)
        return d.PartialDate(begun - 1 if in_it else begun)
    if precision == "day-of":
        return ThatMonth(int(g["day"]))
    if precision == "season-that":
        return ThatYear(offset=1 if g.get("following") else 0)
    if precision == "month-that":
        return ThatYear(d.MONTHS[(g.get("month") or "").lower().rstrip(".")], day=int(g["day"]) if g.get("day") else None,
                        following=bool(g.get("following")), offset=1 if g.get("nextyear") else 0)
    if precision == "ago-this":
        n = d.number(g["n"])
        return d.PartialDate(published.year - n, published.month) if n is not None and published else None
    if precision == "ago-today":
        n = 10 if g.get("decade") else d.number(g["n"])
        if n is None or published is None:
            return None
        when = published - timedelta(days=1) if g.get("yesterday") else published  # "A year ago yesterday"
        day = min(when.day, 28) if (when.month, when.day) == (2, 29) else when.day
        return d.PartialDate(when.year - n, when.month, day)
    if precision == "ago":
        n = d.number(g["n"])
        if n is None:
            return None
        return Relative(n, g["dir"].lower(), bool(g.get("exact")), bool(g.get("half")))
    if precision == "year":
        return d.PartialDate(int(g["year"]))
    if precision == "numeric-day":
        try:
            return d.PartialDate.of(date(int(g["year"]), int(g["mon"]), int(g["day"])))
        except ValueError:  # "31/02/2024", or a US month first: no day of the calendar
            return None
    month = d.MONTHS.get((g.get("month") or "").lower().rstrip("."))
    if precision == "day":
        return d.PartialDate(int(g["year"]), month, int(g["day"]))
    if precision == "month" and g.get("year"):
        return d.PartialDate(int(g["year"]), month)
    if published is None:
        return None  # "in April" means nothing without the article's date
    if precision == "day-no-year":
        if published is None or month is None:
            return None
        result = d.PartialDate(d.month_before(month, published).year, month, int(g["day"]))
        try:
            result.check()
        except ValueError:
            return None
        # "takes charge on 1 April", written on 31 March: the day to come, not the year before's
        coming = d.PartialDate(result.year + 1, month, result.day)
        return coming if _days_ahead(coming, published) else result
    if precision == "month-rel":
        offset = {"last": -1, "this": 0, "next": 1}[g["rely"].lower()]
        result = d.PartialDate(published.year + offset, month, int(g["day"]) if g.get("day") else None)
        try:
            result.check()
        except ValueError:
            return None
        return result
    if precision == "day-rel":
        return d.PartialDate.of(d.day_before(g["dayrel"], published))
    if precision == "day-last-week":
        monday = published - timedelta(days=published.weekday() + 7)
        return d.PartialDate.of(monday + timedelta(days=d.WEEKDAYS[g["dayrel"].lower()]))
    if precision == "days-ago":
        count = 1 if g["span"].lower() == "a" else d.number(g["span"])
        if count is None:
            return None
        unit = g["unit"].lower().rstrip("s")
        return d.PartialDate.of(published - timedelta(days=count * {"day": 1, "week": 7, "fortnight": 14}[unit]))
    if precision == "months-ago":
        count = 1 if g["span"].lower() == "a" else d.number(g["span"])
        if count is None:
            return None
        months = published.year * 12 + published.month - 1 - count
        return d.PartialDate(months // 12, months % 12 + 1)
    if precision in ("holiday", "holiday-month"):
        month, day = HOLIDAYS[" ".join(g["holiday"].lower().replace("’", "'").split())]
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        return d.PartialDate(year, month, day if precision == "holiday" else None)
    if precision == "relative":
        rel = " ".join(g["rel"].lower().split())
        if rel.endswith("week"):
            days = {"last week": -7, "the previous week": -7, "the past week": -7, "next week": 7}.get(rel, 0)
            day = published + timedelta(days=days)
            return d.PartialDate(day.year, day.month)
        if rel.endswith("month"):
            offset = {"last month": -1, "the previous month": -1, "the past month": -1, "next month": 1}.get(rel, 0)
            index = published.year * 12 + published.month - 1 + offset
            return d.PartialDate(index // 12, index % 12 + 1)
        offset = {"last year": -1, "the previous year": -1, "the past year": -1, "next year": 1}.get(rel, 0)
        return d.PartialDate(published.year + offset)
    if month is None:
        return None
    which = (g.get("which") or "").lower()
    if which == "next":
        return d.PartialDate(published.year + (1 if month <= published.month else 0), month)
    result = d.month_before(month, published)
    if which == "last" and result.year == published.year and month == published.month:
        result = d.PartialDate(published.year - 1, month)
    return result


# "in a report released the same day": the day the sentences before gave (see extract.py)
SAME_DAY = "same-day"
SAME_MONTH = "same-month"
SAME_TIME = "same-time"  # "at that time": the date before, as precise as it was given
NEXT_MONTH = "next-month"  # "The Department for Education responded the following month"


@dataclass(frozen=True)
class ThatYear:
    """"earlier that year", "that October", "in March that year": read against the date before it."""

    month: int | None = None
    offset: int = 0  # "the following spring": the year after
    day: int | None = None  # "on 5 July that year"
    following: bool = False  # "the following January": the first after the date before


@dataclass(frozen=True)
class ThatMonth:
    """"on the 18th": a day of the month said before (a timeline entry's, or the last date's)."""

    day: int


@dataclass(frozen=True)
class CountedFrom:
    """"Ten days earlier", "two months later", "the following day": so long from the date said before."""

    days: int = 0
    months: int = 0


SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def read_against(marker: Any, day: d.PartialDate) -> d.PartialDate:
    """A date said against another: "the same day", "in the same month", "earlier that year", "that October"."""
    if marker in (SAME_DAY, SAME_TIME):
        return day
    if isinstance(marker, ThatMonth):
        return d.PartialDate(day.year, day.month, marker.day) if day.month else d.PartialDate(day.year)
    if marker == SAME_MONTH:
        return d.PartialDate(day.year, day.month)
    if isinstance(marker, CountedFrom) and marker.months:
        if day.month is None:
            return d.PartialDate(day.year)
        months = day.year * 12 + day.month - 1 + marker.months
        return d.PartialDate(months // 12, months % 12 + 1)
    if isinstance(marker, CountedFrom):
        if day.day is None:  # "in March ... ten days earlier": no more than the year is sure
            return d.PartialDate(day.year)
        return d.PartialDate.of(date(day.year, day.month, day.day) + timedelta(days=marker.days))
    if marker == NEXT_MONTH:
        if day.month is None:
            return d.PartialDate(day.year)  # "in 2018 ... the following month": the year is all that is known
        return d.PartialDate(day.year + (day.month == 12), day.month % 12 + 1)
    if marker.following and marker.month:
        return d.PartialDate(day.year + (day.month is None or marker.month <= day.month), marker.month)
    return d.PartialDate(day.year + marker.offset, marker.month, marker.day if marker.month else None)


WEEKDAYS = [name.lower() for name in calendar.day_name]


def _same_day_named(text: str, found: list[Mention], published: date | None) -> None:
    """"Two reports landed on the same day - Tuesday - and ...": the day named beside it says which (the last such
    day the article's date reaches back to)."""
    for mention in found:
        named = re.match(r"\s*(?:,|[-–—])\s*(?:on\s+)?(" + "|".join(WEEKDAYS) + r")\b", text[mention.end:], re.IGNORECASE)
        if mention.value == SAME_DAY and named and published is not None:
            back = (published.weekday() - WEEKDAYS.index(named.group(1).lower())) % 7
            mention.value = d.PartialDate.of(published - timedelta(days=back))


def _apposed_count(text: str, found: list[Mention]) -> None:
    """"On 29 September, eight days after the report came out, ...": a count from an event, set beside a date,
    says when that event was, not another day; the date stands for both."""
    for at, mention in enumerate(found[1:], 1):
        before = found[at - 1]
        if isinstance(mention.value, CountedFrom) and isinstance(before.value, d.PartialDate) and before.value.day \
                and re.fullmatch(r"\s*,\s*", text[before.end: mention.start]) and re.search(r"\bafter\b", mention.text, re.I):
            found[at] = Mention("DATE", mention.start, mention.end, mention.text, before.value)


def said_against(value: Any) -> bool:
    return isinstance(value, (ThatYear, ThatMonth, CountedFrom)) or value in (SAME_DAY, SAME_TIME, SAME_MONTH, NEXT_MONTH)


def _resolve_that_year(found: list[Mention], published: date | None) -> list[Mention]:
    """"issued in August 2012, after an inspection judged it inadequate earlier that year": read against
    the date before it in the sentence; with none, against the sentences before (resolved in extract.py),
    which needs the publication date to fall back on."""
    kept: list[Mention] = []
    for mention in found:
        if said_against(mention.value):
            before = [m for m in kept if m.kind == "DATE" and isinstance(m.value, d.PartialDate)]
            if before:
                mention.value = read_against(mention.value, before[-1].value)
            elif published is None:
                continue
        kept.append(mention)
    return kept


def _apply_ordering_clues(text: str, found: list[Mention], published: date | None) -> None:
    """"since September, prior to launching in April": the month before the clue came earlier.
    "That 2023 inspection, carried out in March": a bare month takes the year the sentence gave."""
    if published is None:
        return
    found = [m for m in found if isinstance(m.value, d.PartialDate)]  # not yet "that year", nor spans
    # "in April and May last year": the month before the range's end takes the end's year.
    for first, second in zip(found, found[1:]):
        if (first.kind == second.kind == "DATE" and first.value.month and not re.search(r"\d{4}|year", first.text)
                and re.search(r"\d{4}|year", second.text) and second.value.month
                and re.fullmatch(r"\s*(?:and|to|until|till|-|–|or)\s*", text[first.end: second.start])):
            first.value = d.PartialDate(second.value.year, first.value.month, first.value.day)
    # "took place last week, on 11 February": the second date says the first more precisely
    for first, second in zip(found, found[1:]):
        if first.kind == second.kind == "DATE" and second.value.refines(first.value) \
                and re.fullmatch(r"\s*,\s*(?:on|in)?\s*", text[first.end: second.start]):
            first.value = second.value
    year_only = None
    for mention in found:
        if mention.kind != "DATE":
            continue
        if re.fullmatch(r"(?:19|20)\d\d", mention.text.strip()):
            # "That 2023 inspection, carried out in March": a named event's year; "rated inadequate in
            # 2023, had a visit on 10 December" gives the month no year; nor does an event counted from ("the fourth
            # since the 2022 judgement – took place in August").
            named = re.search(r"\b(?:that|the|this|its|their)\s+$", text[: mention.start], re.IGNORECASE) \
                and not re.search(r"\b(?:since|after|before|from)\s+\w+\s+$", text[: mention.start], re.IGNORECASE)
            year_only = mention.value.year if named else None
        elif year_only and mention.value.month and not re.search(r"\d{4}|year|month|today|yesterday|day", mention.text, re.IGNORECASE):
            mention.value = d.PartialDate(year_only, mention.value.month, mention.value.day)
    for first, later in zip(found, found[1:]):
        # a bare month said after a month of a year given in full
        if not (first.kind == later.kind == "DATE" and re.search(r"\d{4}", first.text) and first.value.month
                and later.value.month and later.value.day is None and not re.search(r"\d|year|week|day", later.text, re.I)):
            continue
        if re.search(r"\bafter\b", text[first.end: later.start], re.IGNORECASE):
            # "rated inadequate in September 2023, ..., after a standard inspection carried out in July": the July before
            later.value = d.month_before(later.value.month, published, not_after=first.value)
        if 0 < later.value.month - first.value.month <= 4 \
                and re.search(r"\b(?:published|released|came\s+out|out)\s+(?:in\s+)?$", text[: later.start], re.IGNORECASE):
            # "Inspectors returned in April 2017, and the verdict ..., published in June, was ...": the report of that
            # fieldwork, weeks later, not the last June
            later.value = d.PartialDate(first.value.year, later.value.month)
    for first, later in zip(found, found[1:]):
        # "When Ofsted returned in the spring of 2015 ..., its report in May judged ...": the report of that year's visit
        if first.kind == later.kind == "DATE" and re.search(r"\d{4}", first.text) and first.value.month is None \
                and later.value.month and later.value.day is None and not re.search(r"\d|year|week|day", later.text, re.I) \
                and re.search(r"\b(?:report|verdict|findings|letter)\s+(?:\w+\s+)?(?:in|on)\s+$", text[: later.start], re.IGNORECASE) \
                and re.search(r"\b(?:returned|came|arrived|visited|inspected|inspectors)\b", text[max(0, first.start - 60): first.start],
                              re.IGNORECASE):
            later.value = d.PartialDate(first.value.year, later.value.month)
    for i, first in enumerate(found[:-1]):
        later = found[i + 1]
        if first.kind != "DATE" or later.kind != "DATE" or re.search(r"\d{4}", first.text):
            continue
        if BEFORE_CLUE.search(text[first.end: later.start]) and first.value.month and first.value.day is None \
                and not re.search(r"week|day|month|year", first.text, re.IGNORECASE):  # a bare month, not "on Saturday"
            first.value = d.month_before(first.value.month, published, not_after=later.value)


@cache
def _any_descriptor() -> str:
    """One alternation of every body descriptor ("community interest company", "the trust" ...)."""
    return "|".join(f"(?:{p})" for p in config()["body_descriptors"])


@cache
def _body_descriptor_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern), kind) for pattern, kind in config()["body_descriptors"].items()]


NAME_WORD = r"[A-Z][\w'’&-]*"
# Month and day names end a body's name: "X for Children in June 2019" is X for Children.
_NOT_NAME = "(?!(?:" + "|".join(list(calendar.month_name)[1:] + list(calendar.day_name)) + r")\b)"
NAME = rf"{NAME_WORD}(?:[^\S\n]+(?:(?:for|of|and|the|in|&)[^\S\n]+)*{_NOT_NAME}{NAME_WORD})*"  # not across lines


@dataclass
class BodyIndex:
    """The bodies one article names, with their acronyms and the kind each is called."""

    names: dict[str, str] = field(default_factory=dict)  # any name or acronym -> full name
    kinds: dict[str, list[str]] = field(default_factory=dict)  # full name -> kinds it is called, in order
    table_kinds: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    named_for: dict[str, Authority] = field(default_factory=dict)  # "Sandwell Children's Trust" -> Sandwell
    surnames: set[str] = field(default_factory=set)  # "Darren Poole" ... "Poole, who joins": a person, not the council
    # "Gareth Pimblett ... Pimblett, who became Sefton's DCS in 2020, ...": the surnames of the people the article names
    # in full, none of them a word it also writes in lower case ("Hall", "Young")
    people: set[str] = field(default_factory=set)
    first_names: dict[str, str] = field(default_factory=dict)  # "Kerry" -> "Kerry Aldous", when she alone has it

    def add(self, name: str, kind: str | None = None, acronym: str = "") -> None:
        name = name.strip()
        if name not in self.order:
            self.order.append(name)
        self.names.setdefault(name, name)
        if acronym:
            self.names.setdefault(acronym, name)
        if kind:
            self.kinds.setdefault(name, []).append(kind)

    def pattern(self) -> re.Pattern[str] | None:
        if not self.names:
            return None
        names = sorted(self.names, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def descriptor_for(text: str) -> str | None:
    for pattern, kind in _body_descriptor_patterns():
        if re.fullmatch(pattern.pattern, text.strip(), flags=re.IGNORECASE):
            return kind
    return None


# "Together for Children (TfC)", 'Worcestershire Children First Ltd ("WCF")': the acronym a name is given
ACRONYM = r"(?:\s+(?:Ltd|Limited|CIC)\.?)?\s+\([\"“‘']?(?P<acr>[A-Z][A-Za-z]{1,7})[\"”’']?\)"


# "the Lighthouse Schools Partnership, a multi-academy trust", "an NHS trust": trusts of another kind
OTHER_KIND_NOT = (r"(?!(?:[\w'’-]+\s+){0,3}?(?i:(?:multi-)?academy|NHS|housing|wildlife|hospital|ambulance|health|schools?|"
                  r"learning|education(?:al)?|charitable|heritage|arts)\s+trust\b)")


def index_bodies(paragraphs: list[str], bylines: list[str] | None = None, headings: list[str] | None = None) -> BodyIndex:
    """Find the delivery bodies an article names: those the table knows, those a descriptor introduces
    ("community interest company X"), and names with a body's ending ("X Children's Trust"), in its text or
    its byline ("Brightpath Children's Trust Communications Team": a body's own page); and the people it names, in its
    text or its headings ("### Joanne Freeth, observer" over "Joanne is the council's ...")."""
    from cskg.loaders.gazetteer import bodies

    index = BodyIndex()
    text = "\n".join(paragraphs)
    people_text = "\n".join(paragraphs + [f"{heading}." for heading in headings or []])  # (one name a line)
    # (a name inside a sentence, whose first word is no word written in lower case elsewhere: not "Could Bexley")
    index.surnames = {person.text.split()[-1] for person in _person_mentions(text, [])
                      if authorities().lookup(person.text.split()[-1]) is not None
                      and not re.search(r"(?:^|[.!?:\"“]\s*)$", text[: person.start])
                      and not re.search(rf"\b{re.escape(person.text.split()[0].lower())}\b", text)}
    titles = set(config()["person"]["titles"])
    said = [person.text.split() for person in _person_mentions(people_text, [])]
    names = [[w for w in words if w.rstrip(".") not in titles] for words in said]
    # (not "Nadia", of "Dr Nadia" and "Nadia Coker"; but "Mr Dodd" is Ian Dodd's surname)
    firsts_said = {name[0] for words, name in zip(said, names) if name and not (
        len(name) == 1 and words[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss"))}
    index.people = {name[-1] for name in names if len(name) > 1 and not re.search(rf"\b{re.escape(name[-1].lower())}\b", text)} \
        - firsts_said - index.surnames
    # "This morning we welcome Kerry Aldous ... Kerry takes on the statutory role": a first name said alone, of the one
    # person the article names with it (none a word it writes in lower case, a council or another's surname)
    not_names = set(config()["person"]["not_in_name"]) | set(config()["person"]["not_first"])
    full = {" ".join(name) for name in names if len(name) in (2, 3) and not not_names & set(name)}
    given = Counter(name.split()[0] for name in full)
    last_names = {name.split()[-1] for name in full}
    firsts = {first for first, count in given.items()
              if count == 1 and not re.search(rf"\b{re.escape(first.lower())}\b", text) and authorities().lookup(first) is None
              and first not in last_names
              # said alone as the one who does something: "Kerry takes on", "Kerry hopes to"
              and re.search(rf"(?<![\w'’-]){re.escape(first)}\s+(?:is|was|has|had|takes|took|will|joins|joined|arrives|"
                            rf"arrived|started|starts|became|becomes|succeeds|succeeded|left|leaves|hopes|said|says)\b", text)}
    index.people |= firsts
    index.first_names = {name.split()[0]: name for name in full if name.split()[0] in firsts}
    for body in bodies().known:
        if body.kind == "council":
            continue
        hit = re.search(r"(?<![\w-])" + re.escape(body.name) + r"(?![\w-])", text)
        if hit or (body.acronym and re.search(r"(?<![\w-])" + re.escape(body.acronym) + r"(?![\w-])", text)):
            index.add(body.name, acronym=body.acronym)
            index.table_kinds[body.name] = body.kind
    descriptor = _any_descriptor()
    for match in re.finditer(rf"(?i:(?P<desc>{descriptor}))[ \t]+(?:(?:called|named|known as)[ \t]+)?(?P<name>{NAME})"
                             rf"(?:{ACRONYM})?", text):
        name = _trim_name(match.group("name"))
        # (not "the Company Secretary": a post's title)
        if name and not authorities().lookup(name) and name not in ("Ofsted",) and not _post_title().match(name):
            index.add(name, descriptor_for(match.group("desc")), match.group("acr") or "")
    endings = "|".join(re.escape(e) for e in config()["body_name_endings"])
    # ("Ealing Children's Partnership Trust": an ending, and the word Trust after it, or its legal form: "... CIC")
    for match in re.finditer(rf"(?P<name>(?:{NAME_WORD}[^\S\n]+)+?(?:{endings})(?:[^\S\n]+(?:Trust|CIC|Ltd|Limited)\b)?)(?:{ACRONYM})?",
                             "\n".join([text] + (bylines or []))):
        name = re.sub(r"\s+Limited$", "", _trim_name(match.group("name")))  # (a formal paper's "Limited", no part of its name)
        # ("Bath and North East Somerset Children's Trust": a council's name with "and" in it begins the body's)
        joined = re.search(rf"((?:{NAME_WORD}[^\S\n]+)+(?:and|upon|on|under)[^\S\n]+)$", text[:match.start("name")])
        if joined and name == match.group("name").strip() and authorities().lookup(
                joined.group(1) + re.sub(rf"\s+(?:{endings})$", "", name)) is not None:
            name = joined.group(1) + name
        # (not "Head of Service for Children in Care": a post's words, and the phrase going on past the ending)
        # (... nor "Strategic Director for Children": a post's title anywhere in it; nor "the Department for Children, Schools
        # and Families")
        if name and len(name.split()) >= 2 and not _post_title().search(name) and name.split()[0] not in ("Service", "Services", "Department", "Ministry") \
                and not re.match(r"\s+in\s+(?:[Cc]are|[Nn]eed)\b", text[match.end():]):
            index.add(name, acronym=match.group("acr") or "")
            stem = re.sub(rf"\s+(?:{endings})$", "", name)
            # "Brightpath was that trust": a one-word stem said alone, not a place ("Sandwell" is the council)
            if re.fullmatch(r"[A-Z][a-z]{3,}", stem) and not authorities().lookup(stem) \
                    and re.search(rf"(?<![\w-]){stem}(?![\w-])(?![^\S\n]+(?:{endings}))", text):
                index.names.setdefault(stem, name)
    # "a staff-owned mutual, Outlook Family Practice, which she led": the name after a descriptor and a comma
    for match in re.finditer(rf"\b(?:a|an)\s+(?!private\b){OTHER_KIND_NOT}(?:[\w'’-]+\s+){{0,2}}?(?i:(?P<desc>{descriptor})),\s+(?P<name>{NAME})(?=\s*[,.(])", text):
        name = _trim_name(match.group("name"))
        if len(name.split()) >= 2 and not authorities().lookup(name) and name not in index.order:
            index.add(name, descriptor_for(match.group("desc")))
    # "Family Futures North Somerset, set up as a staff mutual in 2019": an apposition names a body no
    # table knows (not "Jane Hill, a trust chair": a post, not what she is).
    for match in re.finditer(rf"(?P<name>{NAME})(?:{ACRONYM})?,\s+(?:(?:set\s+up|established|"
                             rf"created|launched|formed|founded)\s+(?:in\s+\d{{4}}\s+)?as\s+)?(?:a|an)\s+{OTHER_KIND_NOT}(?:[\w'’-]+\s+){{0,3}}?"
                             rf"(?i:(?P<desc>{descriptor}))\b(?!\s+(?:chief|chair|board|executive|director|manager|leader|"
                             rf"member|staff|worker|employee|boss|head|lawyer|spokes\w*))", text):
        name = _trim_name(match.group("name"))
        if len(name.split()) >= 2 and not authorities().lookup(name) and name not in index.order:
            index.add(name, descriptor_for(match.group("desc")), match.group("acr") or "")
    # "Growing Futures Staffordshire Ltd is a company limited by shares, wholly owned by Staffordshire County Council": a
    # company the council owns, known there by the start of its name too ("Growing Futures took over ..."); "Family
    # Futures Newcastle Ltd, which is wholly owned by Newcastle City Council"
    for match in re.finditer(rf"(?P<name>{NAME})\s+(?:Ltd|Limited)\.?,?\s+(?:which\s+)?(?:is|was)\s+(?:a\s+company\s+)?(?:limited\s+by\s+"
                             rf"(?:shares|guarantee),?\s+)?(?:and\s+)?(?:wholly\s+)?owned\s+by\s+(?:the\s+)?{NAME_WORD}", text):
        name = _trim_name(match.group("name"))
        if len(name.split()) >= 2 and not authorities().lookup(name) and name not in index.order:
            index.add(name, "company")
            for length in range(len(name.split()) - 1, 1, -1):
                start = " ".join(name.split()[:length])
                if re.search(rf"(?<![\w-]){re.escape(start)}(?![\w-])(?![^\S\n]+{re.escape(name.split()[length])})", text):
                    index.names.setdefault(start, name)
                    break
    # "Merton Family Futures is a not-for-profit company wholly owned by the London Borough of Merton": a body named by
    # what it is, in a sentence about whom it serves
    for match in re.finditer(rf"(?P<name>{NAME})(?:{ACRONYM})?(?:\s+(?:Ltd|Limited))?\s+(?:is|was|became)\s+(?:a|an)\s+{OTHER_KIND_NOT}"
                             rf"(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<desc>{descriptor}))\b(?=[^.\n]*\b(?:owned|[Cc]ouncil|children))", text):
        name = re.sub(r"\s+(?:Ltd|Limited)$", "", _trim_name(match.group("name")))
        kind = descriptor_for(match.group("desc"))
        if kind and len(name.split()) >= 2 and not authorities().lookup(name) and name not in index.order:
            index.add(name, kind, match.group("acr") or "")
    # "Together for Children, a company wholly owned by the council": an apposition says what it is.
    for name in list(index.order):
        for match in re.finditer(re.escape(name) + rf"(?:{ACRONYM})?(?:,|\s+is|\s+was)\s+(?:now\s+)?(?:a|an|the)\s+"
                                 rf"(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<desc>{descriptor}))\b(?!\s+limited\s+by)", text):
            # "X is a company limited by guarantee": its legal form, not what kind of body it is
            kind = descriptor_for(match.group("desc"))
            if kind:
                index.kinds.setdefault(name, []).append(kind)
    # "Ealing Children's Partnership CIC" found with and without its legal form: one body, by the name a table knows it
    # by, else as the article first names it
    for name in list(index.order):
        stem = re.sub(r"\s+(?:CIC|C\.I\.C\.|Ltd\.?|Limited)$", "", name)
        if stem != name and stem in index.order:
            bare = re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])(?!\s+(?:CIC|C\.I\.C\.|Ltd|Limited)\b)", text)
            first_in_full = bare is None or text.find(name) < bare.start()
            keep, drop = (name, stem) if first_in_full and stem not in index.table_kinds else (stem, name)
            index.order.remove(drop)
            index.kinds.setdefault(keep, []).extend(index.kinds.pop(drop, []))
            for said, full in list(index.names.items()):
                if full == drop:
                    index.names[said] = keep
    # "Bradford Children and Families Trust" serves the council its name begins with (while it exists).
    for name in index.order:
        words = name.split()
        for length in range(min(len(words) - 1, 6), 0, -1):  # ("Bath and North East Somerset Children's Trust")
            council = authorities().lookup(" ".join(words[:length])) if len(words) > length else None
            if council is not None:
                index.named_for[name] = council
                break
    # "Together for Children (TfC)" ties an acronym to a name found any way above.
    for name in list(index.order):
        for match in re.finditer(re.escape(name) + ACRONYM, text):
            index.names.setdefault(match.group("acr"), name)
    return index


@cache
def _leading_noise() -> re.Pattern[str]:
    return re.compile(r"^(?:(?:" + "|".join(config()["body_name"]["leading_noise"]) + r")\s+)+")


@cache
def _post_title() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(config()["body_name"]["posts"]) + r")\b")


def _trim_name(name: str) -> str:
    name = _leading_noise().sub("", name.strip())
    name = re.sub(r"['’]s$", "", name).strip()
    owner = re.match(r"(.+?)['’]s\s+(\S.*)$", name)
    if owner and authorities().lookup(owner.group(1)) is not None:
        name = owner.group(2)  # "Reading's Brighter Futures for Children": the council's body, not its name
    # "Buckinghamshire Children's Trust Ltd": the legal form after a descriptor's word is no body's name
    return "" if re.fullmatch(r"(?:Ltd|Limited|CIC|Plc|LLP)\.?", name) else name


def body_mentions(text: str, index: BodyIndex) -> list[Mention]:
    found = []
    pattern = index.pattern()
    if pattern:
        descriptor = _any_descriptor()
        for match in pattern.finditer(text):
            start, end = match.span()
            name = index.names[match.group(1)]
            lead = re.search(rf"(?i:(?:{descriptor}))\s+(?:(?:called|named|known as)\s+)?$", text[:start])
            if lead:
                start = lead.start()
            tail = re.match(ACRONYM, text[end:])
            if tail:
                end += tail.end()
            found.append(Mention("BODY", start, end, text[start:end], name))
    for pattern, kind in _body_descriptor_patterns():
        for match in re.finditer(rf"(?i:\b(?:the|a|an|its|this|that)\s+(?:{pattern.pattern}))(?![\w-])", text):
            found.append(Mention("BODYREF", match.start(), match.end(), match.group(), kind))
    return found


@cache
def _phrase_patterns(section: str) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for key, phrases in config()[section].items():
        for phrase in phrases:
            out.append((re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])"), key))
    out.sort(key=lambda item: len(item[0].pattern), reverse=True)
    return out


def _person_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    settings = config()["person"]
    not_first = set(settings["not_first"])
    titles = "|".join(settings["titles"])
    # letters with accents too: "Siân Rowe", "Zoë Hart", "Sinéad Ó Ceallaigh"
    # ... and "Grace O'Neill", "Maria D'Souza"
    word = r"(?:[ODL]['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’-][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*"
    found = []
    pattern = rf"(?<![\w'’-])(?:(?:{titles})\.?\s+{word}(?:\s+(?:{word}|[A-Z]\.)){{0,3}}|{word}(?:\s+(?:{word}|[A-Z]\.)){{1,3}})(?![\w'’-])"
    for match in re.finditer(pattern, text):
        start, end = match.span()
        tokens = list(re.finditer(r"\S+", match.group()))
        first = 0
        overlapping = [m for m in taken if m.start < end and start < m.end]
        if overlapping:
            # "Chief Executive Laura Whitcombe": the name after a post (or a place) the capitalised run began with
            after = max(m.end for m in overlapping) - start
            if min(m.start for m in overlapping) > start:
                continue
            first = sum(1 for token in tokens if token.start() < after)
        if first == 0 and tokens[0].group() in settings["pronouns"]:
            continue
        while first < len(tokens) and tokens[first].group().rstrip(".") in not_first \
                and tokens[first].group().rstrip(".") not in settings["titles"]:
            first += 1  # "When Margaret Alleyne, who has died, ...": the name after the capitalised word before it
        if len(tokens) - first < 2:
            continue
        start = match.start() + tokens[first].start()
        words = [token.group() for token in tokens[first:]]
        if re.search(r"['’]s$", words[-1]):  # "Dr Whitlock's appointment": the name without the possessive
            end -= 2
            words[-1] = words[-1][:-2]
        if any(w in not_first for w in words[1:]) or any(w in settings["not_in_name"] for w in words):
            continue
        found.append(Mention("PERSON", start, end, text[start:end], text[start:end]))
    return found


def _not_a_council(text: str, start: int, end: int) -> bool:
    """"Greater Manchester Police", "Leeds Teaching Hospitals": a place name in another body's name; "Reading
    it in a public report ...": a verb; "Andrea Wakefield": a surname."""
    words = config()["not_council"]
    return bool(re.search(words["before"] + r"$", text[:start]) or re.match(words["after"], text[end:])
                or re.compile(words["described"]).match(text, start)
                or bool(re.match(words["verb"], text[start:]) and re.fullmatch(r"(?:.*:\s)?\W*", text[:start]))
                or _a_surname(text, start, end))


def _a_surname(text: str, start: int, end: int) -> bool:
    """A one-word council name after a capitalised word that may begin a person's name: mid-sentence ("said
    Andrea Wakefield"), or opening one with what is said of a person ("Andrea Wakefield, who ...")."""
    if " " in text[start:end]:
        return False
    before = re.search(r"(?:^|(?<=[\s\"“‘(]))([A-Z][a-z]+(?:['’][A-Z]?[a-z]+|-[A-Z][a-z]+)?)\s+$", text[:start])
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if before is None or sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return False  # not "Labour-run Sutton", nor a headline in title case ("Ofsted Rates Kent Inadequate")
    word = before.group(1)
    if word in config()["person"]["not_first"] or word in config()["body_name"]["leading_noise"] \
            or word.endswith(("ing", "ed", "ly", "ern")) or authorities().lookup(word) is not None:
        return False
    opening = re.fullmatch(r"\W*", text[: before.start()]) is not None
    return not opening or bool(re.match(r",\s+(?:who|whose)\b|\s+(?:said|says|told|added)\b", text[end:]))


def find_mentions(text: str, published: date | None, bodies: BodyIndex) -> Sentence:
    candidates: list[Mention] = []
    candidates += date_mentions(text, published)
    candidates += [Mention("AUTH", s, e, text[s:e], a) for s, e, a in authorities().find(text)
                   if not _not_a_council(text, s, e) and text[s:e] not in bodies.surnames]
    candidates += body_mentions(text, bodies)
    candidates += _concept_mentions(text)
    for pattern, key in _phrase_patterns("government"):
        candidates += [Mention("GOV", m.start(), m.end(), m.group(), key) for m in pattern.finditer(text)]
    for name in config()["inspectorate"]["names"]:
        # (not "Inspectors from the Royal Society for the Prevention of Accidents visited in April")
        candidates += [Mention("OFSTED", m.start(), m.end(), m.group(), "ofsted")
                       for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])(?!\s+from\s+(?!Ofsted\b))", text)]
    chosen = _without_overlaps(candidates)
    chosen += _person_mentions(text, chosen)
    chosen += [Mention("PERSON", m.start(), m.end(), m.group(), m.group()) for m in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+(?![\w'’-])", text)
               if m.group() in bodies.people and not any(c.start < m.end() and m.start() < c.end for c in chosen)
               and not re.search(r"[A-Z][\w'’-]*\s+$", text[: m.start()])]  # not "Newcastle Polytechnic"
    chosen.sort(key=lambda m: m.start)
    return Sentence(text, chosen)


PRIORITY = {"DATE": 0, "DUR": 0, "BODY": 1, "AUTH": 2, "GRADE": 3, "KIND": 4, "INTERVENTION": 5, "ROLE": 6,
            "AREA": 7, "SERVICE": 8, "GOV": 9, "OFSTED": 10, "BODYREF": 11}


def _without_overlaps(candidates: list[Mention]) -> list[Mention]:
    """Keep the longest mention where several overlap; on equal length, the more specific kind."""
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), PRIORITY.get(m.kind, 99), m.start))
    kept: list[Mention] = []
    for mention in ordered:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return kept
