"""Binding query parameters as RDF terms.

The SPARQL 1.1 protocol has no way to send parameters beside a query, so bindings travel as inline
data: a VALUES block placed first in the query's WHERE group, each value written by rdflib as an RDF
term (escaped, typed). Being inside the group, the values are joined before that group's FILTERs run,
which is the meaning of pre-binding. (So a query compares a parameter in a FILTER of its top-level
group: a FILTER inside a nested group, such as GRAPH ?g { }, cannot see it.) Being the same text for every store, a query behaves the same on
the embedded store and on a remote endpoint.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping

from rdflib.term import Identifier


class QuerySyntaxError(ValueError):
    """The query text is not well-formed SPARQL."""


def where_brace(sparql: str) -> int:
    """Offset of the '{' that opens the query's WHERE group (the first one outside strings,
    IRIs and comments, after a CONSTRUCT template if there is one)."""
    template_pending = False  # CONSTRUCT seen, its template not yet passed
    for kind, at, text in _tokens(sparql):
        if kind == "word" and text.upper() == "CONSTRUCT":
            template_pending = True
        elif kind == "word" and text.upper() == "WHERE":
            template_pending = False  # CONSTRUCT WHERE { }: the group is the template
        elif kind == "{":
            if not template_pending:
                return at
            return _after_group(sparql, at)
    raise QuerySyntaxError("the query has no WHERE group")


def _after_group(sparql: str, template: int) -> int:
    """The WHERE group's '{' after the CONSTRUCT template that opens at TEMPLATE."""
    depth = 0
    for kind, at, _text in _tokens(sparql, template):
        if kind == "{":
            if depth == 0 and at != template:
                return at
            depth += 1
        elif kind == "}":
            depth -= 1
            if depth < 0:
                raise QuerySyntaxError("unbalanced braces in query")
    raise QuerySyntaxError("the query has no WHERE group")


_IRI_FORBIDDEN = set('<>"{}|^`\\') | {chr(c) for c in range(0x21)}


def _tokens(sparql: str, start: int = 0) -> Iterator[tuple[str, int, str]]:
    """Braces and bare words, skipping comments, strings and IRIs (the only places a brace or a
    keyword can appear without meaning one)."""
    i, n = start, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            newline = sparql.find("\n", i)
            i = n if newline < 0 else newline + 1
        elif c in "\"'":
            i = _string_end(sparql, i)
        elif c == "<" and _looks_like_iri(sparql, i):
            i = sparql.index(">", i) + 1
        elif c in "{}":
            yield c, i, c
            i += 1
        elif c.isalpha() or c in "?$_":
            end = i
            while end < n and (sparql[end].isalnum() or sparql[end] in "_-:?$."):
                end += 1
            yield "word", i, sparql[i:end]
            i = end
        else:
            i += 1


def _string_end(sparql: str, at: int) -> int:
    """Offset just past the string literal that opens at AT (backslash escapes honoured)."""
    quote = sparql[at] * 3 if sparql.startswith(sparql[at] * 3, at) else sparql[at]
    i = at + len(quote)
    while i < len(sparql):
        if sparql[i] == "\\":
            i += 2
        elif sparql.startswith(quote, i):
            return i + len(quote)
        else:
            i += 1
    raise QuerySyntaxError("unterminated string in query")


def bind(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    if not bindings:
        return sparql
    names = sorted(bindings)
    variables = " ".join(f"?{name}" for name in names)
    values = " ".join(bindings[name].n3() for name in names)
    at = where_brace(sparql) + 1
    return f"{sparql[:at]}\n  VALUES ({variables}) {{ ({values}) }}{sparql[at:]}"


def _looks_like_iri(text: str, at: int) -> bool:
    # An IRIREF holds none of these; a '<' followed by one is a less-than.
    end = text.find(">", at)
    return end > 0 and not any(ch in _IRI_FORBIDDEN for ch in text[at + 1:end])
