"""The councils and delivery bodies cskg knows by name (tables in loaders/data/)."""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rdflib import URIRef

from cskg.ontology import ID

# Words the press adds to a council's place name that do not change which council is meant.
COUNCIL_SUFFIX = re.compile(
    r"(?:'s?)?\s+(?:(?:city|county|borough|metropolitan borough|district|unitary)\s+)?"
    r"(?:council|authority|local authority)$", re.IGNORECASE)


def slugify(name: str) -> str:
    """A name as an IRI path segment: "Doncaster Children's Services Trust" -> doncaster-childrens-services-trust."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['’]", "", text.replace("&", " and "))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).replace("’", "'").replace("&", " and ")
    text = re.sub(r"\bst\.?\s", "st ", text.lower())
    text = re.sub(r"\s+", " ", text.replace(",", " ")).strip()
    return text


@dataclass(frozen=True)
class Authority:
    gss_code: str
    name: str
    short_name: str
    dfe_code: str = ""
    names: tuple[str, ...] = ()
    end_date: str = ""
    replaced_by: tuple[str, ...] = ()

    @property
    def iri(self) -> URIRef:
        return ID[f"authority/{self.gss_code}"]


@dataclass(frozen=True)
class Body:
    name: str
    kind: str
    acronym: str = ""
    councils: tuple[str, ...] = ()

    @property
    def iri(self) -> URIRef:
        return ID[f"org/{slugify(self.name)}"]


@dataclass
class Authorities:
    by_code: dict[str, Authority]
    by_key: dict[str, Authority] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        names: dict[str, Authority] = {}
        for authority in self.by_code.values():
            for name in authority.names:
                self.by_key.setdefault(name_key(name), authority)
                names.setdefault(name, authority)
        alternatives = sorted(names, key=len, reverse=True)
        # Proper names are matched as written (capitalised), so that "reading" or "bury" the verbs
        # are not taken for councils.
        self.pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w-])")
        self._by_name = names

    def lookup(self, name: str) -> Authority | None:
        """The council a name means ("Sunderland", "sunderland council", "E08000024")."""
        text = name.strip()
        if text.upper() in self.by_code:
            return self.by_code[text.upper()]
        key = name_key(text)
        if key in self.by_key:
            return self.by_key[key]
        stripped = COUNCIL_SUFFIX.sub("", text).strip()
        stripped = re.sub(r"'s?$", "", stripped)
        return self.by_key.get(name_key(stripped))

    def find(self, text: str) -> list[tuple[int, int, Authority]]:
        """Every council named in a text, as (start, end, council)."""
        assert self.pattern is not None
        found = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            tail = COUNCIL_TAIL.match(text, end)
            if tail:
                end = tail.end()
            found.append((start, end, self._by_name[match.group(1)]))
        for match in ELIDED.finditer(text):
            # "North and West Northamptonshire": the first council's name shares the second's place name
            first = self._by_name.get(f"{match.group(1)} {match.group(3)}")
            if first is not None and any(start == match.start(2) for start, _, _ in found):
                found.append((match.start(1), match.end(1), first))
        return found


ELIDED = re.compile(r"\b(North|South|East|West)\s+and\s+((?:North|South|East|West)\s+([A-Z][\w-]+))")
# "Sunderland council", "Dudley Metropolitan Borough Council": the council words belong to the name.
COUNCIL_TAIL = re.compile(r"(?:\s+(?:City|County|Borough|Metropolitan Borough|District))?\s+[Cc]ouncil\b")


@dataclass
class Bodies:
    known: list[Body]

    def by_name(self) -> dict[str, Body]:
        names = {}
        for body in self.known:
            names[body.name] = body
            if body.acronym:
                names[body.acronym] = body
        return names


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("cskg.loaders").joinpath(f"data/{name}").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def authorities() -> Authorities:
    by_code = {}
    for row in _rows("authorities.csv"):
        names = [row["short_name"], row["official_name"]] + [v for v in row["variants"].split(";") if v]
        by_code[row["gss_code"]] = Authority(
            gss_code=row["gss_code"], name=row["official_name"], short_name=row["short_name"],
            dfe_code=row["dfe_code"], names=tuple(dict.fromkeys(n.strip() for n in names if n.strip())),
            end_date=row["end_date"], replaced_by=tuple(c for c in row["replaced_by"].split(";") if c))
    return Authorities(by_code)


@cache
def bodies() -> Bodies:
    merged: dict[str, Body] = {}
    for row in _rows("bodies.csv"):
        name = row["body_name"]
        previous = merged.get(name)
        councils = (previous.councils if previous else ()) + (row["council_gss_code"],)
        merged[name] = Body(name=name, kind=row["operator_kind"], acronym=row["acronym"] or "",
                            councils=tuple(dict.fromkeys(councils)))
    return Bodies(list(merged.values()))
