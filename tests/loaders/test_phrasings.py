"""Phrasings that review found the loaders getting wrong, each kept here once put right."""
from __future__ import annotations

import pytest

from cskg.loaders.text import clean_body

from fact_helpers import J, O, R, facts


@pytest.mark.parametrize("body, expected", [
    ("Services at Rotherham Council improved from inadequate in 2014 to good in 2018.",
     [J("Rotherham", "inadequate", "2014"), J("Rotherham", "good", "2018")]),
    ("Children's services in Stockport were taken over by the community interest company Bright Horizons "
     "for Children in 2022.",
     [O("Stockport", "Bright Horizons for Children", "2022", None, "community interest company")]),
    ("Children's services in Stockport were handed to community interest company Bright Horizons for Children "
     "in June 2019.",
     [O("Stockport", "Bright Horizons for Children", "2019-06", None, "community interest company")]),
    ("Wessex Children's Trust took over children's services in Dorset in April 2021.",
     [O("Dorset", "Wessex Children's Trust", "2021-04", None, "trust")]),
    ("Children's services in Dorset were taken over by Wessex Children First, a staff mutual, in April 2021.",
     [O("Dorset", "Wessex Children First", "2021-04", None, "mutual")]),
    ("Ofsted gave Leeds City Council a rating of good in May 2022.", [J("Leeds", "good", "2022-05")]),
    ("Bradford Council's children's services require improvement, according to an Ofsted report published "
     "in July 2018.", [J("Bradford", "requires improvement", "2018-07")]),
    ("Wessex Children's Trust ran children's services in Dorset from 2014.",
     [O("Dorset", "Wessex Children's Trust", "2014", None, "trust")]),
    ("Wessex Children's Trust is led by chief executive Jo Bloggs.",
     [R("Jo Bloggs", "chief executive", "Wessex Children's Trust")]),
    ("The trust that will run children's services in Dorset, Wessex Children's Trust, has appointed its first "
     "chief executive. Jo Bloggs, a social worker by training, will start in May.",
     [R("Jo Bloggs", "chief executive", "Wessex Children's Trust")]),
])
def test_phrasing_is_read(body, expected):
    assert facts(body) == sorted(expected, key=repr)


@pytest.mark.parametrize("body", [
    "Wessex Children's Trust has appointed its first chief executive. The board met on Monday.",
    "If Kirklees Council fails its inspection, Wessex Children's Trust takes over children's services.",
    "Kirklees Council has been told it risks being stripped of its children's services.",
    "Oakfield Primary School in Leeds was rated inadequate by Ofsted in March 2022.",
    "Schools in Leeds were judged good by Ofsted in 2022.",
    "Leeds City Council's adult social care services were rated good by the Care Quality Commission in March 2022.",
])
def test_no_fact_of_childrens_services(body):
    assert facts(body) == []


def test_related_headlines_ending_in_a_question_mark_are_not_body():
    body, skipped = clean_body(["Related articles", "Is the trust model working?",
                                "A long paragraph of real body text follows the list of links, and it goes on for "
                                "long enough to be read as an ordinary paragraph of the article."])
    assert body == [body[0]] and body[0].startswith("A long paragraph")
    assert ("Is the trust model working?", "related links") in skipped


def test_a_caption_credited_in_brackets_takes_its_uncredited_copy_with_it():
    body, _ = clean_body(["Children play in a park in the borough.",
                          "Children play in a park in the borough. (Picture: Jo Lens)",
                          "The council said the report was fair."])
    assert body == ["The council said the report was fair."]
