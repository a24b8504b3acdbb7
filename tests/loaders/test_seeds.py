"""The two seed articles, loaded through the real command, answer exactly the facts a reader finds."""
from __future__ import annotations

from collections import Counter

import pytest

from cskg.loaders.gazetteer import authorities

QUERIES = {  # expected-facts.json key -> (named query, how a row and an expected fact become comparable)
    "judgements": ("judgements", lambda r: (_council(r["subject"]), r["area"], r["grade"], r["date"], r.get("inspection_kind", r.get("kind")))),
    "operators": ("who-runs", lambda r: (r["operator"], _council(r["authority"]), r["service"], r["since"], r.get("until"), r["operator_kind"])),
    "roles": ("people", lambda r: (r["person"], r["role"], r["organisation"])),
    "inspections": ("inspections", lambda r: (_council(r["subject"]), r["kind"], r["date"])),
    "interventions": ("interventions", lambda r: (_council(r["authority"]), r["kind"], r["date"], r.get("by"))),
}


def _council(name: str) -> str:
    found = authorities().lookup(name)
    assert found is not None, f"'{name}' names no council"
    return found.gss_code


@pytest.fixture
def loaded(cskg, seeds_dir):
    cskg("load", str(seeds_dir))
    return cskg


@pytest.mark.parametrize("fact_type", list(QUERIES))
def test_each_query_answers_exactly_the_expected_facts(loaded, expected_facts, fact_type):
    name, key = QUERIES[fact_type]
    rows = loaded.json(name)
    for article, entry in expected_facts["articles"].items():
        got = Counter(key(r) for r in rows if r["source"] == article)
        expected = Counter(key(fact) for fact in entry["facts"][fact_type])
        assert got == expected, f"{fact_type} of {article}: missing {expected - got}, extra {got - expected}"
    assert {r["source"] for r in rows} <= set(expected_facts["articles"])


def test_names_are_full_names_never_an_acronym_alone(loaded):
    rows = loaded.json("who-runs") + loaded.json("people")
    names = {r.get("operator") or r.get("organisation") for r in rows}
    assert names == {"Together for Children"}
    assert {r["authority"] for r in loaded.json("who-runs")} == {"Sunderland City Council"}


def test_shadow_running_began_the_september_before_the_april_launch(loaded):
    """Trap: 'since September, prior to officially launching in April' (Nov 2017) is September 2016."""
    events = loaded.json("timeline", "-p", "authority=Sunderland")
    shadow = [e for e in events if e["event"] == "service run in shadow form by"]
    assert [(e["date"], e["detail"]) for e in shadow] == [("2016-09", "Together for Children")]
    assert all(e["date"] != "2017-09" for e in events)


def test_the_reused_caption_does_not_date_the_takeover_to_2018(loaded):
    """Trap: the 2018 article's caption says 'in April'; read against July 2018 that would be 2018-04."""
    sinces = {r["since"] for r in loaded.json("who-runs")}
    assert sinces == {"2017-04"}
    quotes = [r["quote"] for r in loaded.json("facts")]
    assert not any("Picture:" in q or "staff mutual in April" in q for q in quotes)


def test_related_headlines_and_subscription_footer_yield_no_facts(loaded):
    facts = loaded.json("facts")
    assert facts, "the seeds have facts"
    text = " ".join(r["quote"] + " " + r["subject"] + " " + r["object"] for r in facts)
    for absent in ("Birmingham", "intelligence-led", "membership", "Subscribe", "£"):
        assert absent not in text
    every_council = {r["subject"] for name in ("judgements", "inspections") for r in loaded.json(name)}
    assert every_council == {"Sunderland City Council", "Dudley Metropolitan Borough Council"}


def test_the_independent_trust_and_tfc_are_one_body(loaded):
    """Trap: 'taken over by an independent trust last year' and 'community interest company Together
    for Children (TfC)' name the same body: one arrangement, dated April 2017, not two."""
    rows = [r for r in loaded.json("who-runs") if r["source"].startswith("2018-07-27")]
    assert len(rows) == 1
    assert rows[0]["operator"] == "Together for Children" and rows[0]["since"] == "2017-04"
    quotes = {r["quote"] for r in loaded.json("facts") if r["predicate"] == "run by" and r["source"] == rows[0]["source"]}
    assert any("independent trust" in q for q in quotes) and any("(TfC)" in q for q in quotes)


def test_every_fact_keeps_sentence_quote_and_confidence(loaded):
    facts = loaded.json("facts")
    for row in facts:
        assert row["quote"] and row["source"]
        assert 0 < float(row["confidence"]) <= 1
    high = loaded.json("facts", "-p", "min_confidence=0.85")
    assert 0 < len(high) < len(facts)
    assert all(float(r["confidence"]) >= 0.85 for r in high)


def test_the_seeds_load_clean_against_the_shapes(loaded):
    done = loaded("validate")
    assert done.stdout.strip() == "all 3 graph(s) conform to the cskg shapes"
