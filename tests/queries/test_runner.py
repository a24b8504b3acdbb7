"""The named queries: their headers, their parameters, and running them against a real store."""
from __future__ import annotations

import re
from importlib import resources

import pytest
from rdflib import URIRef

from cskg.graph.store import open_store
from cskg.queries.binding import bind
from cskg.queries.runner import (TYPES, Parameter, QueryError, bindings_for, find_query, named_queries,
                                 parse_query_file, run_query, to_term)

SHIPPED = sorted(e.name for e in resources.files("cskg.queries").iterdir() if e.name.endswith(".rq"))
EXAMPLE = {"authority": "Sunderland", "string": "inadequate", "decimal": "0.5", "integer": "1", "date": "2018",
           "iri": "https://example.org/x"}


@pytest.fixture
def loaded(cskg, seeds_dir) -> str:
    cskg("load", str(seeds_dir))
    return cskg.store


def test_queries_are_shipped() -> None:
    assert "who-runs.rq" in SHIPPED and "timeline.rq" in SHIPPED
    assert sorted(named_queries()) == sorted(name[:-3] for name in SHIPPED)


@pytest.mark.parametrize("file_name", SHIPPED)
def test_every_shipped_query_has_a_full_header(file_name: str) -> None:
    text = resources.files("cskg.queries").joinpath(file_name).read_text("utf-8")
    query = parse_query_file(text, file_name)
    assert query.name == file_name[:-3]
    assert query.description and not query.description.startswith("#")
    assert query.columns and all(re.fullmatch(r"\w+", c) for c in query.columns)
    for parameter in query.parameters:
        assert parameter.type in TYPES
        assert re.fullmatch(r"\w+", parameter.binds)
        assert parameter.help, f"{file_name}: parameter {parameter.name} says nothing about itself"


def test_parameter_attributes_parse() -> None:
    query = parse_query_file(
        "# name: q\n# description: d\n"
        "# parameters: council (authority, binds auth): the council; min (decimal, default 0.5); "
        "since (date, optional): from when\n# columns: a, b\nSELECT ?a ?b WHERE { }\n", "q.rq")
    assert query.columns == ("a", "b")
    assert query.parameters == (
        Parameter("council", "authority", False, None, "the council", "auth"),
        Parameter("min", "decimal", True, "0.5", "", ""),
        Parameter("since", "date", True, None, "from when", ""),
    )
    assert query.parameters[0].binds == "auth" and query.parameters[1].binds == "min"


def test_a_malformed_parameter_header_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="bad.rq.*colour"):
        parse_query_file("# name: q\n# parameters: x (string, colour)\nSELECT * WHERE { }", "bad.rq")


@pytest.mark.parametrize("name", ["Sunderland", "sunderland council", "Sunderland City Council"])
def test_authority_names_resolve_to_the_same_council(name: str) -> None:
    assert to_term(Parameter("authority", "authority"), name) == URIRef(
        to_term(Parameter("authority", "authority"), "Sunderland"))
    assert str(to_term(Parameter("authority", "authority"), name)).startswith("https://w3id.org/cskg/id/authority/")


def test_an_unknown_council_is_a_query_error_naming_it() -> None:
    with pytest.raises(QueryError, match="Atlantis"):
        to_term(Parameter("authority", "authority"), "Atlantis Borough Council")


@pytest.mark.parametrize("kind, value", [("decimal", "lots"), ("integer", "1.5"), ("date", "July"),
                                         ("iri", "not an iri"), ("iri", "https://x/> } ; DROP ALL ; {<")])
def test_a_badly_typed_value_is_a_query_error(kind: str, value: str) -> None:
    with pytest.raises(QueryError, match="-p p:"):
        to_term(Parameter("p", kind), value)


def test_a_missing_required_parameter_is_an_error() -> None:
    timeline = named_queries()["timeline"]
    with pytest.raises(QueryError, match="authority"):
        bindings_for(timeline, {})


def test_an_unknown_parameter_is_an_error_naming_it() -> None:
    with pytest.raises(QueryError, match="colour"):
        bindings_for(named_queries()["who-runs"], {"colour": "red"})


def test_defaults_apply_and_optional_parameters_may_be_left_out() -> None:
    facts = named_queries()["facts"]
    assert set(bindings_for(facts, {})) == {p.binds for p in facts.parameters}
    assert bindings_for(named_queries()["who-runs"], {}) == {}


def test_find_query_by_name_or_file(tmp_path) -> None:
    assert find_query("who-runs").name == "who-runs"
    path = tmp_path / "mine.rq"
    path.write_text("# columns: n\nSELECT ?n WHERE { }\n", "utf-8")
    assert find_query(str(path)).name == "mine"
    with pytest.raises(QueryError, match="absent.rq"):
        find_query(str(tmp_path / "absent.rq"))
    with pytest.raises(QueryError, match="no-such-query"):
        find_query("no-such-query")


def test_every_shipped_query_runs_with_its_parameters_and_projects_its_columns(loaded: str) -> None:
    with open_store(loaded) as store:
        for query in named_queries().values():
            values = {p.name: EXAMPLE[p.type] for p in query.parameters}
            result = store.query(bind(query.sparql, bindings_for(query, values)))
            projected = {str(v) for v in result.vars}
            assert set(query.columns) <= projected, f"{query.name}: columns not in the SELECT"
            run_query(store, query, values)


def test_timeline_is_the_same_for_every_name_of_the_council(loaded: str) -> None:
    timeline = named_queries()["timeline"]
    with open_store(loaded) as store:
        answers = [run_query(store, timeline, {"authority": name}).rows
                   for name in ("Sunderland", "sunderland council", "Sunderland City Council")]
        with pytest.raises(QueryError, match="authority"):
            run_query(store, timeline, {})
    assert answers[0] and answers[0] == answers[1] == answers[2]
    assert {"date", "event", "detail", "source"} == set(answers[0][0])


def test_unknown_values_are_none_not_the_string_none(loaded: str) -> None:
    with open_store(loaded) as store:
        rows = run_query(store, named_queries()["who-runs"], {"authority": "Sunderland"}).rows
    assert rows and all(row["until"] is None for row in rows)
    assert all(row["operator"] == "Together for Children" for row in rows)


def test_a_malformed_query_is_an_error_naming_it(loaded: str) -> None:
    from cskg.graph.store import StoreError

    with open_store(loaded) as store:
        with pytest.raises((QueryError, StoreError), match="broken"):
            run_query(store, parse_query_file("SELEC ?x", "broken.rq"))
        with pytest.raises(QueryError, match="broken"):
            run_query(store, parse_query_file("# parameters: x (string)\nSELECT ?x", "broken.rq"), {"x": "1"})
