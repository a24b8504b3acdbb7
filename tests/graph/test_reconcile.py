"""Reconciliation: what articles say about judgements and take-overs, checked against the official record."""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from cskg import api
from cskg.graph.reconcile import RECONCILIATION_GRAPH, reconcile
from cskg.graph.store import Store, open_store
from cskg.loaders import facts as f
from cskg.loaders.articles import Article
from cskg.loaders.dates import PartialDate
from cskg.loaders.gazetteer import authorities
from cskg.loaders.triples import article_graph
from cskg.queries.runner import find_query, run_query

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reconcile"
WRONG_GRADE = "sunderland-wrong-grade.txt"

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="the seed articles are not present")


def checks(store: Store, **params: str) -> list[dict[str, str | None]]:
    return run_query(store, find_query("checks"), params).rows


def sunderland_by_hand(name: str, *found: f.Fact) -> tuple:
    """An article graph written straight from facts, for claims the extractor has no sentence for."""
    article = Article(name=name, title="A claim made by hand", body=[], published=date(2024, 1, 1))
    return article.iri, article_graph(article, list(found))


def judgement(grade: str, when: str | None, kind: str = "inspection") -> f.Judgement:
    evidence = f.Evidence(sentence="A sentence.", quote="rated", confidence=0.8, rule="test")
    return f.Judgement(evidence=[evidence], authority=authorities().lookup("Sunderland"), area="overall",
                       grade=grade, date=PartialDate.parse(when) if when else None, kind=kind)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = open_store(str(tmp_path_factory.mktemp("reconcile") / "s"))
    api.load_articles(store, [SEEDS, FIXTURES])
    api.load_official(store)
    store.replace_graphs([
        sunderland_by_hand("no-date.txt", judgement("good", None)),
        sunderland_by_hand("kinds.txt", judgement("inadequate", "2015", "re-inspection"),
                           judgement("inadequate", "2018", "inspection")),
    ])
    yield store
    store.close()


@pytest.fixture(scope="module")
def counts(store: Store) -> dict[str, int]:
    return reconcile(store)


@pytest.fixture(scope="module")
def rows(store: Store, counts: dict[str, int]) -> list[dict[str, str | None]]:
    return checks(store)


def seed_rows(rows: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    names = {p.name for p in SEEDS.glob("*.txt")}
    return [r for r in rows if r["source"] in names]


def test_every_seed_judgement_of_sunderland_in_2015_and_2018_is_corroborated(rows):
    judged = [r for r in seed_rows(rows) if r["subject"] == "Sunderland City Council"
              and r["area"] != "service run by" and (r["date"] or "")[:4] in ("2015", "2018")]
    # the seeds state Sunderland's 2015 inspection and its 2018 re-inspection, area by area
    assert {r["date"][:4] for r in judged} == {"2015", "2018"}
    assert len(judged) >= 8
    for row in judged:
        assert row["status"] == "corroborated", row
        assert row["official"] == row["claimed"], row
    by_area_2018 = {r["area"]: r["official"] for r in judged if r["date"] == "2018"}
    assert by_area_2018["adoption"] == "good"
    assert by_area_2018["children in care"] == "requires improvement"
    assert by_area_2018["overall"] == "inadequate"


def test_the_seeds_take_over_is_corroborated_by_the_delivery_model_table(rows):
    # The articles say Together for Children took over in April 2017; the table says 2017-04-01,
    # which falls within the month the articles give.
    take_overs = [r for r in seed_rows(rows) if r["area"] == "service run by"]
    assert take_overs, "the seeds state who runs Sunderland's children's services"
    for row in take_overs:
        assert row["subject"] == "Sunderland City Council"
        assert row["claimed"] == "Together for Children since 2017-04"
        assert row["official"] == "Together for Children since 2017-04-01"
        assert row["status"] == "corroborated"


def test_a_wrong_grade_is_contradicted_and_shows_the_official_grade(rows):
    wrong = [r for r in rows if r["source"] == WRONG_GRADE and r["date"] == "2015-07"]
    assert wrong == [{"subject": "Sunderland City Council", "area": "overall", "claimed": "good",
                      "official": "inadequate", "date": "2015-07", "status": "contradicted", "source": WRONG_GRADE}]


def test_a_wrong_take_over_date_is_contradicted_with_the_official_start(rows):
    wrong = [r for r in rows if r["source"] == WRONG_GRADE and r["area"] == "service run by"]
    assert [(r["claimed"], r["official"], r["status"]) for r in wrong] == [
        ("Together for Children since 2016-04", "Together for Children since 2017-04-01", "contradicted")]


def test_a_claim_no_official_record_covers_is_unmatched(rows):
    # Sunderland had no graded inspection in 2013 (2012 and 2015 either side)
    uncovered = [r for r in rows if r["source"] == WRONG_GRADE and r["date"] == "2013-03"]
    assert [(r["claimed"], r["official"], r["status"]) for r in uncovered] == [("outstanding", None, "unmatched")]


def test_a_claim_without_a_date_is_unmatched(rows):
    undated = [r for r in rows if r["source"] == "no-date.txt"]
    assert [(r["claimed"], r["official"], r["status"]) for r in undated] == [("good", None, "unmatched")]


def test_a_claimed_re_inspection_matches_only_a_re_inspection_but_an_inspection_may_be_one(rows):
    by_year = {r["date"]: (r["official"], r["status"]) for r in rows if r["source"] == "kinds.txt"}
    # 2015 was a full inspection, so a claimed 2015 re-inspection has nothing to match
    assert by_year["2015"] == (None, "unmatched")
    # 2018 was a re-inspection; an article calling it an inspection is still checked against it
    assert by_year["2018"] == ("inadequate", "corroborated")


def test_an_article_about_a_new_council_is_checked_against_its_predecessor(rows):
    # Somerset Council replaced Somerset County Council in 2023; the 2015 grade is the county's
    somerset = [r for r in rows if r["source"] == "somerset-history.txt"]
    assert [(r["subject"], r["claimed"], r["official"], r["status"]) for r in somerset] == [
        ("Somerset Council", "inadequate", "inadequate", "corroborated")]


def test_the_status_parameter_filters_and_counts_agree_with_the_rows(store, counts, rows):
    for status in ("corroborated", "contradicted", "unmatched"):
        only = checks(store, status=status)
        assert only and all(r["status"] == status for r in only)
        assert len(only) == counts[status] == sum(r["status"] == status for r in rows)


def test_reconciling_twice_writes_the_same_graph(store, counts):
    def graph() -> set:
        return {(s, p, o) for s, p, o, g in store.quads() if g == RECONCILIATION_GRAPH}

    first = graph()
    assert reconcile(store) == counts
    assert graph() == first and len(first) > 0


def test_reconciling_is_cheap_enough_to_run_after_every_load(store):
    started = time.perf_counter()
    reconcile(store)
    assert time.perf_counter() - started < 2.0


def test_without_the_official_record_every_claim_is_unmatched(tmp_path: Path):
    with open_store(str(tmp_path / "s")) as store:
        api.load_articles(store, [SEEDS, FIXTURES])
        counts = reconcile(store)
        rows = checks(store)
    assert counts["corroborated"] == counts["contradicted"] == 0
    assert counts["unmatched"] == len(rows) > 10
    assert all(r["status"] == "unmatched" and r["official"] is None for r in rows)

