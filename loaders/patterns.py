"""Reading the fact patterns of loaders/data/patterns.toml into compiled rules."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# The order facts are read in: a report or an inspection a sentence names dates the judgements it gives.
FACT_TYPES = ("report", "inspection", "judgement", "change", "operator", "post", "intervention")
TOKEN = re.compile(r"\{([A-Z_]+)(?::(\w+))?\}")
TOKEN_KINDS = {"GRADE", "AREA", "AUTH", "BODY", "BODYREF", "DATE", "DUR", "KIND", "INTERVENTION", "ROLE",
               "SERVICE", "PERSON", "GOV", "OFSTED"}


@dataclass(frozen=True)
class Rule:
    type: str
    id: str
    regex: re.Pattern[str]
    confidence: float
    effect: str = ""
    kind: str = ""
    role: str = ""
    kinds: tuple[str, ...] = ()  # the only kinds the rule may give
    # Where a hedge must not stand: "clause" (its clause up to the match's end), "before" (the clause
    # before the match: "ordered that a trust should take over" has the modal as the order's content),
    # "match" ("the trust that will take over has appointed its first chief executive"), or "around" (the
    # whole clause, after the match too: what loose rules check).
    hedge_scope: str = "clause"
    slots: tuple[str, ...] = field(default=())
    # A loose rule (data/fallbacks.toml) is read only where no strict rule of these types matched.
    covered_by: tuple[str, ...] = ()

    @property
    def loose(self) -> bool:
        """A rule of data/fallbacks.toml (every loose rule defers to some strict type)."""
        return bool(self.covered_by)

    def slot_groups(self, match: re.Match[str], slot: str) -> list[str | None]:
        """Every group that fills a slot (a slot may appear in several alternatives)."""
        return [match.group(g) for g in match.re.groupindex if g == slot or g.startswith(slot + "__")]

    def matched(self, match: re.Match[str], name: str) -> str | None:
        """The text of a named group, whichever of its repeats matched."""
        return next((value for value in self.slot_groups(match, name) if value), None)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(5):  # macros may use macros
        pattern = re.sub(r"\{([A-Z_]+)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)
    return pattern


def compile_pattern(pattern: str, macros: dict[str, str]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    used: dict[str, int] = {}

    def group(slot: str) -> str:
        used[slot] = used.get(slot, 0) + 1
        return slot if used[slot] == 1 else f"{slot}__{used[slot]}"

    def token(match: re.Match[str]) -> str:
        kind, slot = match.group(1), match.group(2)
        if kind == "AREAS":
            # "services for help and protection, the experiences and progress of children in care, and
            # leadership", "the support the council gives to care leavers": a few plain words may stand before each area
            # of a list.
            filler = (r"(?:work\s+with\s+|(?:support|services?|help|work)\s+(?:that\s+)?(?:the\s+(?:council|authority)|it)\s+"
                      r"(?:gives|provides|offers)\s+(?:to\s+)?|(?!(?:although|though|while|whilst|but|whereas|however|with|were|was|are|is|found"
                      r"|judged|rated|finds|judges|rates|branded|brands|graded|grades|deemed|described|gave|gives"
                      r"|awarded|said|says|told)\b)(?:[a-z’'][a-z’'-]*|[-–—])\s+){0,7}?")
            # "the help and protection given to children, and ...": a few after an area, before the next
            # ("the help and protection given to children and families, and ...")
            trail = (r"(?:\s+(?:children|young\s+people)\s+and\s+(?:families|young\s+people|carers)\b"
                     r"|\s+(?!(?:although|though|while|whilst|but|whereas|however|and|or|with|were|was|are|is)\b)[a-z’'-]+){0,6}?")
            # "children in care and, for the first time under the new framework, care leavers"
            aside = r"\s+and\s*,(?:[^,.;⟪]|⟪DATE:\d+⟫){1,60},\s*"
            inner = rf"{filler}⟪AREA:\d+⟫(?:{trail}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+|\s+through\s+to\s+|{aside}){filler}⟪AREA:\d+⟫)*"
            return f"(?P<{group(slot)}>{inner})" if slot else f"(?:{inner})"
        if kind == "AUTHS":
            # "Kingston, and in our neighbouring borough of Richmond"
            inner = (r"⟪AUTH:\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:in\s+)?(?:(?:our|its|their|the)\s+"
                     r"(?:neighbouring\s+)?(?:borough|county|city|council)\s+of\s+)?(?:the\s+)?⟪AUTH:\d+⟫)*")
            return f"(?P<{group(slot)}>{inner})" if slot else f"(?:{inner})"
        if kind == "OPERATOR":
            alternatives = [f"(?:the\\s+)?⟪BODY:(?P<{group(slot)}>\\d+)⟫(?:\\s+(?:Limited|Ltd|CIC))?",
                            f"⟪BODYREF:(?P<{group(slot)}>\\d+)⟫"]
            return "(?:" + "|".join(alternatives) + ")"
        if kind not in TOKEN_KINDS:
            raise ValueError(f"unknown token {{{kind}}} in pattern {pattern!r}")
        return f"⟪{kind}:(?P<{group(slot)}>\\d+)⟫" if slot else f"⟪{kind}:\\d+⟫"

    expanded = TOKEN.sub(token, _expand(pattern, macros))
    # A macro used twice repeats its own named groups ("interim", "thecouncil"): number the repeats.
    seen: dict[str, int] = {}

    def renumber(match: re.Match[str]) -> str:
        name = match.group(1)
        seen[name] = seen.get(name, 0) + 1
        return match.group(0) if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

    expanded = re.sub(r"\(\?P<(\w+)>", renumber, expanded)
    return re.compile(expanded, re.IGNORECASE), tuple(used)


@cache
def rules() -> dict[str, list[Rule]]:
    """The strict rules of data/patterns.toml, by fact type."""
    return _compile(_data(), strict=True)


@cache
def fallbacks() -> dict[str, list[Rule]]:
    """The loose rules of data/fallbacks.toml, by fact type: what a reader still sees in a sentence whose
    phrasing no strict rule knows."""
    return _compile(_data("fallbacks.toml"), strict=False)


@cache
def loose_rule_ids() -> frozenset[str]:
    return frozenset(rule.id for typed in fallbacks().values() for rule in typed)


def _compile(data: dict, *, strict: bool) -> dict[str, list[Rule]]:
    macros = _data().get("macros", {})
    out: dict[str, list[Rule]] = {}
    for fact_type in FACT_TYPES:
        for entry in data.get(fact_type, []):
            regex, slots = compile_pattern(entry["pattern"], macros)
            covered_by = () if strict else tuple(entry.get("covered_by", (fact_type,)))
            out.setdefault(fact_type, []).append(Rule(
                type=fact_type, id=entry["id"], regex=regex, confidence=float(entry["confidence"]),
                effect=entry.get("effect", ""), kind=entry.get("kind", ""), role=entry.get("role", ""),
                kinds=tuple(entry.get("kinds", ())), slots=slots,
                hedge_scope=entry.get("hedge_scope", "clause" if strict else "around"),
                covered_by=covered_by))
    return out


@cache
def _data(name: str = "patterns.toml") -> dict:
    return tomllib.loads(resources.files("cskg.loaders").joinpath(f"data/{name}").read_text("utf-8"))


@cache
def every_area_tail() -> re.Pattern[str]:
    """"... in every area it looked at: A, B and C", read after any judgement a rule matched."""
    return compile_pattern("{EVERY_AREA}", _data().get("macros", {}))[0]


@cache
def reports_dated_after() -> list[tuple[re.Pattern[str], int]]:
    return [(re.compile(entry["pattern"], re.IGNORECASE), int(entry["sentences_back"]))
            for entry in _data()["reports_dated_after"]]


@cache
def report_page() -> re.Pattern[str]:
    return re.compile(_data()["report_page"]["title"], re.IGNORECASE)


@cache
def habitual() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{cue})" for cue in _data()["habitual"]["cues"]), re.IGNORECASE)


def recorded_posts() -> list[str]:
    return _data()["posts"]["recorded"]


def area_sets() -> dict[str, list[str]]:
    return _data()["area_sets"]


def framework_areas(year: int) -> list[str]:
    """The areas judged under the framework in force in a year (none before 2013)."""
    return next((area_sets()[name] for name, (first, last) in _data()["area_frameworks"].items()
                 if first <= year <= last), [])


@cache
def hedges() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{cue})" for cue in _data()["hedges"]["cues"]), re.IGNORECASE)


@cache
def conditional_opening() -> re.Pattern[str]:
    """A sentence that opens with one of these is a condition, not an event."""
    words = "|".join(re.escape(w) for w in _data()["conditions"]["openers"])
    told = "|".join(re.escape(w) for w in _data()["conditions"]["not_openers"])
    past = "|".join(re.escape(w) for w in _data()["conditions"]["past_openers"])
    return re.compile(rf"^\W*(?!(?:{told})\b)(?!(?:{past})\b[^,;]*\b(?:had|was|were)\b)(?:{words})\b", re.IGNORECASE)


@cache
def generic_statement() -> re.Pattern[str]:
    """A sentence about how inspection works in general, not about any council."""
    return re.compile("|".join(f"(?:{cue})" for cue in _data()["generic"]["cues"]), re.IGNORECASE)


@cache
def other_places() -> re.Pattern[str]:
    """A place named and then said to be a home, a school or a nursery, by apposition: group 1 is its name (not a
    person said to be "a former home secretary" or "a school governor from Alnwick")."""
    kinds = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _data()["other_subjects"]["places"])
    # (... or said to be one: "Brookfield House is the council's short-break centre for disabled children")
    return re.compile(r"\W*((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}|⟪PERSON:\d+⟫)(?:,|\s+is)\s+(?:a|an|the|its|our)\s+"
                      rf"[^,⟪]{{0,60}}?\b(?:{kinds})s?(?:\s+(?:in|for|near|on|at|run|which|that|with)\b[^,⟪]{{0,60}})?[,.]", re.IGNORECASE)


@cache
def other_subjects() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _data()["other_subjects"]["words"])
    # ... and a place called by its town: "The Bicester home had been registered by Ofsted in September"
    places = "|".join(re.escape(p) for p in _data()["other_subjects"]["places"])
    return re.compile(rf"(?<![\w-])(?:{words}|the\s+(?-i:[A-Z])[\w'’-]+\s+(?:{places}))(?![\w-])", re.IGNORECASE)
