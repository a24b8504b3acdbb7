"""Delivery bodies an article names: acronyms tied to full names, "the trust" resolved to the one body
the article names, the kind the article gives, and bodies no table knows found by their name."""
from __future__ import annotations

import pytest

from cskg.loaders.articles import parse_article
from cskg.loaders.evaluate import fact_key
from cskg.loaders.extract import extract
from cskg.loaders.gazetteer import authorities
from cskg.loaders.mentions import index_bodies


def facts(body: str) -> list[tuple]:
    text = f"Children's services news\n\nA Reporter\nFriday, March 3, 2023\n\n{body}\n"
    return sorted((fact_key(f) for f in extract(parse_article(text, "bodies.txt", "txt"))), key=repr)


def gss(name: str) -> str:
    return authorities().lookup(name).gss_code


def of_type(found: list[tuple], fact_type: str) -> list[tuple]:
    return [key for kind, key in found if kind == fact_type]


@pytest.mark.parametrize("paragraph, full, acronym", [
    ("Children's services in Stockport are run by Brighter Days for Children (BDC).", "Brighter Days for Children", "BDC"),
    ("Children's services in Sunderland are run by Together for Children (TfC).", "Together for Children", "TfC"),
    ("The community interest company Harbour Lights for Children (HLfC) runs the service.",
     "Harbour Lights for Children", "HLfC"),
])
def test_an_acronym_in_brackets_names_the_body(paragraph, full, acronym):
    index = index_bodies([paragraph])
    assert index.names[acronym] == full
    assert full in index.order


@pytest.mark.parametrize("body, person, role, organisation", [
    ("Children's services in Sunderland are run by Together for Children (TfC). "
     "TfC chair Margaret Hollis welcomed the report.", "Margaret Hollis", "chair", "Together for Children"),
    ("Children's services in Stockport have been run by Brighter Days for Children (BDC) since April 2017. "
     "BDC chair Alan Marsh said staff had worked hard.", "Alan Marsh", "chair", "Brighter Days for Children"),
    ("Children's services in Stockport have been run by Brighter Days for Children (BDC) since April 2017. "
     "BDC's chief executive, Rita Shah, said staff had worked hard.", "Rita Shah", "chief executive",
     "Brighter Days for Children"),
])
def test_a_post_in_an_acronym_belongs_to_the_full_name(body, person, role, organisation):
    assert of_type(facts(body), "roles") == [(person, role, organisation)]


@pytest.mark.parametrize("body, person, role", [
    ("Children's services in Stockport have been run by Brighter Days for Children since April 2017. "
     "The trust's chief executive, Rita Shah, said staff had worked hard.", "Rita Shah", "chief executive"),
    ("Stockport Council handed its children's services to Brighter Days for Children in April 2017. "
     "Rita Shah, the chief executive of the company, said staff had worked hard.", "Rita Shah", "chief executive"),
    ("Stockport Council handed its children's services to Brighter Days for Children in April 2017. "
     "Alan Marsh, the chair of the trust, said staff had worked hard.", "Alan Marsh", "chair"),
])
def test_a_later_reference_resolves_to_the_one_body_named(body, person, role):
    found = facts(body)
    assert of_type(found, "roles") == [(person, role, "Brighter Days for Children")]
    assert [key[:4] for key in of_type(found, "operators")] == [
        (gss("Stockport"), "Brighter Days for Children", "2017-04", None)]


def test_an_independent_trust_named_later_is_the_operator():
    body = ("Children's services in Stockport are delivered by an independent trust. "
            "The trust, Brighter Days for Children, launched in April 2017.")
    assert of_type(facts(body), "operators") == [
        (gss("Stockport"), "Brighter Days for Children", "2017-04", None, "trust")]


@pytest.mark.parametrize("later", [
    "The trust was rated good in 2022.",
    "Alan Marsh, the chair of the trust, said staff had worked hard.",
    "The company said staff had worked hard.",
])
def test_the_kind_the_article_gives_wins_over_a_later_reference(later):
    body = ("Children's services in Stockport are run by community interest company Brighter Days for Children. "
            + later)
    assert [key[4] for key in of_type(facts(body), "operators")] == ["community interest company"]


def test_an_apposition_gives_the_kind():
    body = ("Children's services in Dorset were taken over by Wessex Children's Trust in April 2021. "
            "Wessex Children's Trust, an independent trust, said it was pleased.")
    assert of_type(facts(body), "operators") == [(gss("Dorset"), "Wessex Children's Trust", "2021-04", None, "trust")]


@pytest.mark.parametrize("body, name, council, since", [
    ("Wessex Children's Trust took over children's services in Dorset in April 2021.",
     "Wessex Children's Trust", "Dorset", "2021-04"),
    ("Children's services in Dorset were handed over to Wessex Children's Services Trust in April 2021.",
     "Wessex Children's Services Trust", "Dorset", "2021-04"),
    ("Children's services in Stockport were handed over to Bright Horizons for Children in June 2019.",
     "Bright Horizons for Children", "Stockport", "2019-06"),
    ("Children's services in Stockport were handed over to Mersey Children First in June 2019.",
     "Mersey Children First", "Stockport", "2019-06"),
])
def test_a_body_no_table_knows_is_found_by_its_name_ending(body, name, council, since):
    assert name in index_bodies([body]).order
    assert [key[:4] for key in of_type(facts(body), "operators")] == [(gss(council), name, since, None)]


def test_a_council_is_not_a_body():
    index = index_bodies(["The council-owned company Stockport Council runs the service."])
    assert "Stockport Council" not in index.order


def test_a_company_the_council_owns_known_by_the_start_of_its_name():
    found = facts("Growing Futures took over the running of Staffordshire's children's social care on 1 October 2022. Its "
                  "managing director, Lee Oko, runs the company day to day. Growing Futures Staffordshire Ltd is a company "
                  "limited by shares, wholly owned by Staffordshire County Council.")
    assert ("operators", (gss("Staffordshire"), "Growing Futures Staffordshire", "2022-10-01", None, "company")) in found
    assert ("roles", ("Lee Oko", "chief executive", "Growing Futures Staffordshire")) in found


def test_a_post_s_title_ending_for_children_is_no_body():
    index = index_bodies(["Option 3: Create a combined post of Strategic Director for Children and Adults."])
    assert index.order == []
