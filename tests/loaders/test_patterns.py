"""Each family of fact patterns, in several phrasings, read from small articles written for the test."""
from __future__ import annotations

import pytest

from fact_helpers import I, J, O, R, V, facts

def expected(*keys: tuple) -> list[tuple]:
    return sorted(keys, key=repr)


@pytest.mark.parametrize("body, want", [
    ("Northamptonshire County Council was rated inadequate by Ofsted in July 2015.",
     [J("Northamptonshire", "inadequate", "2015-07")]),
    ("Ofsted judged Slough Borough Council inadequate in May 2019.", [J("Slough", "inadequate", "2019-05")]),
    ("Ofsted rated Leeds City Council good in May 2022.", [J("Leeds", "good", "2022-05")]),
    ("Services in Bristol were found to be inadequate in June 2021.", [J("Bristol", "inadequate", "2021-06")]),
    ("Services in Kent were branded inadequate last month.", [J("Kent", "inadequate", "2023-02")]),
    ("Children's services in Hull were deemed inadequate in April.", [J("Hull", "inadequate", "2022-04")]),
    ("Cumbria County Council was given a rating of inadequate in 2019.", [J("Cumbria", "inadequate", "2019")]),
    ("Services in Torbay remained inadequate in June 2021.", [J("Torbay", "inadequate", "2021-06")]),
    ("Torbay Council was handed Ofsted's lowest rating in June 2021.", [J("Torbay", "inadequate", "2021-06")]),
    ("Wakefield Council was rated requires improvement in 2022.", [J("Wakefield", "requires improvement", "2022")]),
    ("Lincolnshire County Council's children's services were rated as requiring improvement in 2017.",
     [J("Lincolnshire", "requires improvement", "2017")]),
    ("Wakefield Council's children's services were judged to require improvement in 2022.",
     [J("Wakefield", "requires improvement", "2022")]),
    ("Norfolk County Council was rated RI in 2019.", [J("Norfolk", "requires improvement", "2019")]),
    ("Hampshire County Council was upgraded from inadequate in 2015 to good in 2019.",
     [J("Hampshire", "inadequate", "2015"), J("Hampshire", "good", "2019")]),
    ("Leadership and help and protection were both rated inadequate at Essex County Council in March 2019.",
     [J("Essex", "inadequate", "2019-03", "leadership"), J("Essex", "inadequate", "2019-03", "help and protection")]),
    ("At Essex County Council, adoption and care leavers were rated good in March 2019.",
     [J("Essex", "good", "2019-03", "adoption"), J("Essex", "good", "2019-03", "care leavers")]),
    ("Leeds City Council was rated good in May 2022 after being rated requires improvement in 2015.",
     [J("Leeds", "good", "2022-05"), J("Leeds", "requires improvement", "2015")]),
])
def test_judgements(body, want):
    assert facts(body) == expected(*want)


@pytest.mark.parametrize("body, want", [
    ("Inspectors praised Sheffield City Council after its monitoring visit, which took place last month.",
     [I("Sheffield", "monitoring visit", "2023-02")]),
    ("Sheffield City Council's monitoring visit, which took place in January, found progress.",
     [I("Sheffield", "monitoring visit", "2023-01")]),
    ("An October monitoring visit to Sheffield City Council found progress.",
     [I("Sheffield", "monitoring visit", "2022-10")]),
    ("Sheffield City Council had a re-inspection during April and May.",
     [I("Sheffield", "re-inspection", "2022-04")]),  # a range is dated by its start
    ("Ofsted carried out a focused visit in March to Sheffield City Council.",
     [I("Sheffield", "focused visit", "2023-03")]),
    ("Sheffield City Council received a focused visit in January.", [I("Sheffield", "focused visit", "2023-01")]),
])
def test_inspections(body, want):
    assert facts(body) == expected(*want)


@pytest.mark.parametrize("body, want", [
    ("Children's services in Stockport were taken over by community interest company "
     "Brighter Days for Children (BDC) in April 2017.",
     [O("Stockport", "Brighter Days for Children", "2017-04", None, "community interest company")]),
    ("Stockport Council handed over its children's services to Bright Horizons for Children in June 2019.",
     [O("Stockport", "Bright Horizons for Children", "2019-06", None, "company")]),
    ("Children's services in Stockport were handed over to Bright Horizons for Children in June 2019.",
     [O("Stockport", "Bright Horizons for Children", "2019-06", None, "company")]),
    ("Bright Horizons for Children took over children's services in Stockport on 1 October 2014.",
     [O("Stockport", "Bright Horizons for Children", "2014-10-01", None, "company")]),
])
def test_operators(body, want):
    assert facts(body) == expected(*want)


@pytest.mark.parametrize("returned", [
    "They returned to the council in April 2022.",
    "They were taken back in-house in April 2022.",
    "The council took back its children's services in April 2022.",
])
def test_a_service_returned_to_the_council_ends_the_body_and_starts_the_council(returned):
    body = ("Stockport Council's children's services were run by Bright Horizons for Children from 2014. " + returned)
    assert facts(body) == expected(
        O("Stockport", "Bright Horizons for Children", "2014", "2022-04", "company"),
        O("Stockport", "Stockport", "2022-04", None, "council"),
    )


RUN_BY = "Children's services in Dorset are run by Wessex Children's Trust. "


@pytest.mark.parametrize("body, want", [
    (RUN_BY + "Alan Marsh, the chair of Wessex Children's Trust, said staff had worked hard.",
     R("Alan Marsh", "chair", "Wessex Children's Trust")),
    (RUN_BY + "Wessex Children's Trust chair Alan Marsh said staff had worked hard.",
     R("Alan Marsh", "chair", "Wessex Children's Trust")),
    (RUN_BY + "Wessex Children's Trust's chief executive, Rita Shah, said staff had worked hard.",
     R("Rita Shah", "chief executive", "Wessex Children's Trust")),
    (RUN_BY + "Wessex Children's Trust is chaired by Alan Marsh.",
     R("Alan Marsh", "chair", "Wessex Children's Trust")),
    (RUN_BY + "Our board is chaired by Professor Alan Marsh, a former NHS trust chair.",
     R("Alan Marsh", "chair", "Wessex Children's Trust")),
])
def test_posts_in_a_body(body, want):
    assert want in facts(body)
    assert [k for k in facts(body) if k[0] == "roles"] == [want]


@pytest.mark.parametrize("body, want", [
    ("Rita Shah has been appointed interim director of children's services at Dorset Council.",
     R("Rita Shah", "interim director of children's services", "Dorset")),
    ("Rita Shah has been appointed director of children's services at Dorset Council.",
     R("Rita Shah", "director of children's services", "Dorset")),
])
def test_posts_in_a_council(body, want):
    assert facts(body) == [want]


@pytest.mark.parametrize("body, want", [
    ("Kirklees Council was issued with a statutory direction in May 2019.",
     [V("Kirklees", "statutory direction", "2019-05")]),
    ("Children's services at Kirklees Council have struggled. In June 2018 a commissioner was appointed.",
     [V("Kirklees", "commissioner appointed", "2018-06")]),
    ("A commissioner was appointed to Kirklees Council in June 2018.",
     [V("Kirklees", "commissioner appointed", "2018-06")]),
    ("The government ordered Kirklees Council to hand its children's services to a trust in 2019.",
     [V("Kirklees", "trust ordered", "2019")]),
    ("Kirklees Council was stripped of its children's services in October 2019.",
     [V("Kirklees", "services removed from council", "2019-10")]),
    ("In 2019 Kirklees Council was stripped of its children's services.",
     [V("Kirklees", "services removed from council", "2019")]),
    # the notice the article is about, by its short name
    ("Lifting of the improvement notice: Kirklees. As you know, the department issued the notice to the council on "
     "14 October 2021.", [V("Kirklees", "improvement notice", "2021-10-14")]),
    ("Kirklees Council's improvement notice is lifted. In a letter, the department confirmed that the notice, which it "
     "issued in March 2025, is no longer in force.", [V("Kirklees", "improvement notice", "2025-03")]),
])
def test_interventions(body, want):
    assert facts(body) == expected(*want)


def test_every_rule_of_a_fact_type_has_its_own_id():
    # a fact's evidence is named by its rule: two rules of one id would make one piece of evidence of two
    from cskg.loaders.patterns import fallbacks, rules
    for fact_type in set(rules()) | set(fallbacks()):
        ids = [rule.id for rule in rules().get(fact_type, []) + fallbacks().get(fact_type, [])]
        assert len(ids) == len(set(ids)), (fact_type, sorted(i for i in ids if ids.count(i) > 1))
