"""Binding query parameters as RDF terms.

The SPARQL 1.1 protocol has no way to send parameters beside a query, so bindings travel as inline
data: a VALUES block placed first in the query's WHERE group, each value written by rdflib as an RDF
term (escaped, typed). Being inside the group, the values are joined before that group's FILTERs run,
which is the meaning of pre-binding. (So a query compares a parameter in a FILTER of its top-level
group: a FILTER inside a nested group, such as GRAPH ?g { }, cannot see it.) Being the same text for every store, a query behaves the same on
the embedded store and on a remote endpoint.
"""
from __future__ import annotations

from collections.abc import Mapping

from rdflib.term import Identifier


class QuerySyntaxError(ValueError):
    """The query text is not well-formed SPARQL."""


def where_brace(sparql: str) -> int:
    """Offset of the '{' that opens the query's WHERE group (the first one outside strings,
    IRIs and comments, after a CONSTRUCT template if there is one)."""
    i, n = 0, len(sparql)
    seen_construct_template = not _is_construct(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            i = sparql.find("\n", i)
            if i < 0:
                break
        elif c in "\"'":
            quote = c * 3 if sparql.startswith(c * 3, i) else c
            end = i + len(quote)
            while True:
                end = sparql.find(quote, end)
                if end < 0:
                    raise QuerySyntaxError("unterminated string in query")
                if sparql[end - 1] != "\\":
                    break
                end += 1
            i = end + len(quote) - 1
        elif c == "<" and _looks_like_iri(sparql, i):
            i = sparql.index(">", i)
        elif c == "{":
            if seen_construct_template:
                return i
            i = _matching_brace(sparql, i)
            seen_construct_template = True
        i += 1
    raise QuerySyntaxError("the query has no WHERE group")


def bind(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    if not bindings:
        return sparql
    names = sorted(bindings)
    variables = " ".join(f"?{name}" for name in names)
    values = " ".join(bindings[name].n3() for name in names)
    at = where_brace(sparql) + 1
    return f"{sparql[:at]}\n  VALUES ({variables}) {{ ({values}) }}{sparql[at:]}"


def _is_construct(sparql: str) -> bool:
    import re

    body = re.sub(r"#[^\n]*", "", sparql)
    body = re.sub(r"(?i)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(re.match(r"(?i)\s*CONSTRUCT\s*\{", body))


def _looks_like_iri(text: str, at: int) -> bool:
    end = text.find(">", at)
    return end > 0 and not any(ch.isspace() for ch in text[at + 1:end])


def _matching_brace(text: str, at: int) -> int:
    depth = 0
    for i in range(at, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise QuerySyntaxError("unbalanced braces in query")
