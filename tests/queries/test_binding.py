"""Parameters are bound as RDF terms: no value can change a query's text, and the WHERE group is
found whatever braces sit in comments, strings and IRIs before it."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from cskg.graph.store import open_store
from cskg.queries.binding import QuerySyntaxError, bind, where_brace
from cskg.queries.runner import named_queries, parse_query_file, run_query

HOSTILE = [
    'O\'Brien said "inadequate"',
    "{ } }} {{",
    "} ; DROP ALL ; {",
    '" } ; DROP ALL ; { "',
    "\"\"\" } ; DROP ALL ; { '''",
    "first line\nsecond line } ;",
    "ends with a backslash \\",
    "<https://example.org/x> ?s ?p ?o",
    "# not a comment } ",
]

ECHO = parse_query_file("# name: echo\n# parameters: value (string)\n# columns: value\n"
                        "SELECT ?value WHERE { }\n", "echo.rq")


@pytest.fixture
def loaded(cskg, seeds_dir) -> str:
    cskg("load", str(seeds_dir))
    return cskg.store


def _count(store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))[0])


def test_a_hostile_value_comes_back_as_one_literal_and_changes_nothing(loaded: str) -> None:
    with open_store(loaded) as store:
        before = _count(store)
        for value in HOSTILE:
            table = run_query(store, ECHO, {"value": value})
            assert table.rows == [{"value": value}], value
            # and in a real query it is just a name nobody has
            assert run_query(store, named_queries()["people"], {"organisation": value}).rows == []
        assert _count(store) == before
        assert run_query(store, named_queries()["who-runs"]).rows  # the data is all still there


def test_the_cli_binds_a_hostile_value_without_touching_the_store(cskg, loaded: str) -> None:
    before = cskg("export", "--format", "nquads", input=b"").stdout
    for value in HOSTILE:
        done = cskg("query", "judgements", "-p", f"grade={value}", "--format", "json")
        assert done.stdout.strip() == "[]", value
    assert cskg("export", "--format", "nquads", input=b"").stdout == before


@pytest.mark.parametrize("value", HOSTILE)
def test_bound_text_parses_with_exactly_one_value(value: str) -> None:
    sparql = bind("SELECT ?x WHERE { ?s ?p ?o }", {"x": Literal(value)})
    query = prepareQuery(sparql)  # rdflib's own SPARQL parser: the text is well-formed
    text = str(query.algebra)
    assert "DROP" not in sparql.replace(Literal(value).n3(), "")
    assert text.count("ToMultiSet") == 1


def test_bind_leaves_a_query_without_parameters_alone() -> None:
    assert bind("SELECT * WHERE { ?s ?p ?o }", {}) == "SELECT * WHERE { ?s ?p ?o }"


def test_bind_puts_values_first_in_the_where_group() -> None:
    sparql = bind("SELECT ?a WHERE { ?a ?p ?o }", {"b": URIRef("https://example.org/b"), "a": Literal(1)})
    assert sparql.startswith("SELECT ?a WHERE {\n  VALUES (?a ?b) { (")
    assert "<https://example.org/b>" in sparql


WHERE = "{ ?s ?p ?o }"


@pytest.mark.parametrize("sparql", [
    # PREFIX lines whose IRIs end in '#', which must not start a comment
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX x: <https://example.org/a#b>\nSELECT * WHERE " + WHERE,
    # comments with braces, before and after the prefixes
    "# a { comment } with {braces\nPREFIX x: <https://example.org/#>\n# another }\nSELECT * WHERE " + WHERE,
    # strings with braces before the group
    'SELECT (CONCAT("{", \'}\') AS ?x) WHERE ' + WHERE,
    'SELECT ("""a { long\n } string""" AS ?x) WHERE ' + WHERE,
    # escaped quotes and an escaped backslash at the end of a string
    'SELECT ("say \\"{\\"" AS ?x) ("back\\\\" AS ?y) ("}" AS ?z) WHERE ' + WHERE,
    # no WHERE keyword, FROM with an IRI
    "SELECT * FROM <https://example.org/g> " + WHERE,
    "ASK " + WHERE,
    # a CONSTRUCT template comes before the group, even after '#' prefixes
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nCONSTRUCT { ?s a owl:Class . { } } WHERE " + WHERE,
    "# CONSTRUCT { }\nCONSTRUCT {\n ?s ?p \"{\" } WHERE " + WHERE,
    "CONSTRUCT WHERE " + WHERE,
    "construct { ?s ?p ?o } where " + WHERE,
])
def test_where_brace_finds_the_where_group(sparql: str) -> None:
    assert sparql[where_brace(sparql):] == WHERE


@pytest.mark.parametrize("sparql", [
    "DESCRIBE <https://example.org/x>",
    "SELECT * # WHERE { ?s ?p ?o }",
    'SELECT ("{" AS ?x)',
])
def test_no_where_group_is_a_syntax_error(sparql: str) -> None:
    with pytest.raises(QuerySyntaxError):
        where_brace(sparql)


def test_an_unterminated_string_is_a_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError, match="unterminated"):
        where_brace('SELECT ("{ AS ?x) WHERE { }')


def test_bound_construct_with_hash_prefix_still_parses() -> None:
    sparql = ("PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
              "CONSTRUCT { ?s a owl:Class } WHERE { ?s ?p ?o }")
    bound = bind(sparql, {"s": URIRef("https://example.org/s")})
    prepareQuery(bound)
    assert "CONSTRUCT { ?s a owl:Class } WHERE {\n  VALUES (?s)" in bound
