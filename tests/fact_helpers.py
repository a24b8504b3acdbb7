"""Small articles written for the tests, and their facts as cskg.loaders.evaluate.fact_key tuples."""
from __future__ import annotations

from cskg.loaders.articles import parse_article
from cskg.loaders.evaluate import fact_key
from cskg.loaders.extract import extract
from cskg.loaders.gazetteer import authorities

DATELINE = "Friday, March 3, 2023"


def page_facts(text: str, name: str, kind: str) -> list[tuple]:
    """The facts of a whole page, header and all, in the order they are read."""
    return [fact_key(f) for f in extract(parse_article(text, name, kind))]


def facts(body: str) -> list[tuple]:
    text = f"Children's services news\n\nA Reporter\n{DATELINE}\n\n{body}\n"
    return sorted((fact_key(f) for f in extract(parse_article(text, "patterns.txt", "txt"))), key=repr)


def gss(name: str) -> str:
    found = authorities().lookup(name)
    assert found is not None, name
    return found.gss_code


def J(council: str, grade: str, date: str | None, area: str = "overall", kind: str = "inspection") -> tuple:
    return ("judgements", (gss(council), area, grade, date, kind))


def I(council: str, kind: str, date: str | None) -> tuple:
    return ("inspections", (gss(council), kind, date))


def O(council: str, operator: str, since: str | None, until: str | None, kind: str) -> tuple:
    return ("operators", (gss(council), gss(operator) if kind == "council" else operator, since, until, kind))


def V(council: str, kind: str, date: str | None) -> tuple:
    return ("interventions", (gss(council), kind, date))


def R(person: str, role: str, organisation: str) -> tuple:
    council = authorities().lookup(organisation)
    return ("roles", (person, role, council.gss_code if council else organisation))
