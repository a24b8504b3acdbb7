"""Negation, hedging, conditions, plans and fears are not events; neither are stories that are not
about children's services, nor lists of other articles' headlines."""
from __future__ import annotations

import pytest

from cskg.loaders.articles import parse_article
from cskg.loaders.evaluate import fact_key
from cskg.loaders.extract import extract
from cskg.loaders.gazetteer import authorities


def facts(body: str, title: str = "Council news") -> list[tuple]:
    text = f"{title}\n\nA Reporter\nFriday, March 3, 2023\n\n{body}\n"
    return [fact_key(f) for f in extract(parse_article(text, "hedges.txt", "txt"))]


@pytest.mark.parametrize("body", [
    "Kirklees Council could be stripped of its children's services.",
    "Kirklees Council is considering a trust to run its children's services.",
    "Kirklees Council was not rated inadequate in 2019.",
    "Kirklees Council has never been rated inadequate.",
    "Kirklees Council wasn't rated inadequate in 2019.",
    "If the council fails to improve, its children's services will be handed to a trust.",
    "Ministers warned that Kirklees Council's children's services may be taken over by a trust.",
    "Kirklees Council fears Ofsted will rate it inadequate.",
    "Kirklees Council plans to hand services to a trust.",
    "Kirklees Council plans to hand its children's services to Wessex Children's Trust in April.",
    "The council is considering whether to hand its children's services to Wessex Children's Trust.",
    "Kirklees Council avoided being rated inadequate in 2019.",
    "Kirklees Council is expected to be issued with a statutory direction.",
    "Ministers are likely to appoint a commissioner at Kirklees Council.",
])
def test_a_hedged_or_negated_statement_is_no_fact(body):
    assert facts(body) == []


@pytest.mark.parametrize("hedged", [
    "If the council fails its next inspection, it will be rated inadequate.",
    "There are fears that services could be taken over by an independent trust.",
    "The council would be stripped of its children's services if it failed again.",
])
def test_a_hedged_sentence_adds_nothing_to_a_plain_one(hedged):
    kirklees = authorities().lookup("Kirklees").gss_code
    assert facts("Kirklees Council was rated good in 2019. " + hedged) == [
        ("judgements", (kirklees, "overall", "good", "2019", "inspection"))]


@pytest.mark.parametrize("title, body", [
    ("Primary school in special measures",
     "Oakfield Primary School in Leeds has been placed in special measures. The headteacher said pupils were safe "
     "and that the school would improve."),
    ("Primary school criticised",
     "Ofsted rated Oakfield Primary School inadequate in March 2022. The school, in Leeds, said it would improve."),
    ("Care watchdog praises council",
     "The Care Quality Commission rated Leeds City Council's adult social care good in March 2022."),
    ("Bin collections to change",
     "Leeds City Council will collect bins every three weeks from April. Residents in Leeds have complained "
     "about missed collections since 2022."),
])
def test_an_article_about_something_else_gives_no_facts(title, body):
    assert facts(body, title) == []


def test_a_list_of_related_headlines_gives_no_facts():
    body = "\n".join([
        "Leeds City Council opened a new library in the city centre last week.", "",
        "Related articles", "",
        "Leeds council rated inadequate by Ofsted",
        "Trust to take over Bradford children's services",
        "Commissioner appointed at Kirklees",
        "Kirklees council stripped of children's services",
    ])
    assert facts(body) == []


def test_a_block_after_click_link_gives_no_facts():
    body = "\n".join([
        "Residents in Leeds praised the new library.", "",
        "Click link below for related articles",
        "Kirklees council stripped of children's services",
        "Bradford trust chair Alan Marsh appointed",
    ])
    assert facts(body) == []
