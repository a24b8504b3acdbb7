"""The gazetteer tables the article loaders use to recognise councils and delivery bodies."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "loaders" / "data"
REFERENCE = REPO.parent / "shared" / "reference"

OPERATOR_KINDS = {"trust", "mutual", "community interest company", "company", "council"}
FORMER = {"E06000028", "E06000029", "E10000009", "E10000021", "E10000006",
          "E10000002", "E10000023", "E10000027"}

needs_reference = pytest.mark.skipif(
    not REFERENCE.is_dir(), reason=f"shared reference data not found at {REFERENCE}"
)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def authorities() -> list[dict[str, str]]:
    return read(DATA / "authorities.csv")


@pytest.fixture(scope="module")
def bodies() -> list[dict[str, str]]:
    return read(DATA / "bodies.csv")


def names_of(row: dict[str, str]) -> list[str]:
    return [row["short_name"], row["official_name"], *filter(None, row["variants"].split(";"))]


def test_each_gss_code_once(authorities):
    codes = [r["gss_code"] for r in authorities]
    assert len(codes) == len(set(codes))


@needs_reference
def test_current_authorities_are_ofsteds_153(authorities):
    ofsted = {r["Local authority area code"]
              for r in read(REFERENCE / "ofsted_la_latest_judgements_2025-03-31.csv")}
    current = {r["gss_code"] for r in authorities if not r["end_date"]}
    assert len(ofsted) == 153
    assert current == ofsted


def test_no_name_points_at_two_councils(authorities):
    owner: dict[str, str] = {}
    clashes = []
    for r in authorities:
        for name in names_of(r):
            seen = owner.setdefault(name.casefold(), r["gss_code"])
            if seen != r["gss_code"]:
                clashes.append((name, seen, r["gss_code"]))
    assert clashes == []


def test_variants_are_proper_names(authorities):
    generic = {"city", "county", "council", "borough", "city council", "county council"}
    for r in authorities:
        for name in names_of(r):
            assert name[0].isupper(), (r["gss_code"], name)
            assert name.casefold() not in generic, (r["gss_code"], name)
            assert name == name.strip() and "  " not in name, (r["gss_code"], name)


def test_sunderland(authorities):
    row = next(r for r in authorities if r["gss_code"] == "E08000024")
    assert row["dfe_code"] == "394"
    assert row["official_name"] == "Sunderland City Council"
    assert row["short_name"] == "Sunderland"
    assert "sunderland council" in {n.casefold() for n in names_of(row)}
    assert row["end_date"] == ""


def test_dudley_present(authorities):
    row = next(r for r in authorities if r["gss_code"] == "E08000027")
    assert row["dfe_code"] == "332" and row["short_name"] == "Dudley"


def test_press_spellings_reach_the_right_council(authorities):
    by_name = {n.casefold(): r["gss_code"] for r in authorities for n in names_of(r)}
    expected = {
        "Bristol": "E06000023", "Bristol, City of": "E06000023",
        "Hull": "E06000010", "Kingston upon Hull": "E06000010",
        "County Durham": "E06000047", "Durham County Council": "E06000047",
        "St Helens": "E08000013", "St. Helens": "E08000013",
        "Brighton & Hove": "E06000043", "Richmond Upon Thames": "E09000027",
        "Southend on Sea": "E06000033",
    }
    assert {k: by_name.get(k.casefold()) for k in expected} == expected


def test_shared_county_names_belong_to_the_new_unitary(authorities):
    by_name = {n.casefold(): r["gss_code"] for r in authorities for n in names_of(r)}
    assert by_name["dorset"] == "E06000059"
    assert by_name["buckinghamshire"] == "E06000060"
    assert by_name["north yorkshire"] == "E06000065"
    assert by_name["somerset"] == "E06000066"
    assert by_name["dorset county council"] == "E10000009"
    assert by_name["north yorkshire county council"] == "E10000023"


def test_former_authorities_end_and_have_successors(authorities):
    by_gss = {r["gss_code"]: r for r in authorities}
    assert FORMER <= set(by_gss)
    for gss in FORMER:
        row = by_gss[gss]
        assert row["end_date"], gss
        successors = row["replaced_by"].split(";")
        assert successors and all(s in by_gss for s in successors), gss
        # A successor starts on the day its predecessor ends.
        assert all(by_gss[s]["start_date"] == row["end_date"] for s in successors), gss
    assert by_gss["E10000021"]["end_date"] == "2021-04-01"
    assert set(by_gss["E10000006"]["replaced_by"].split(";")) == {"E06000063", "E06000064"}


def test_body_kinds_and_councils(authorities, bodies):
    codes = {r["gss_code"] for r in authorities}
    assert bodies
    for b in bodies:
        assert b["operator_kind"] in OPERATOR_KINDS, b
        assert b["council_gss_code"] in codes, b
        assert b["start_precision"] in {"day", "month", "year"}, b
        assert b["source_urls"] and all(u.startswith("http") for u in b["source_urls"].split(";")), b


def test_together_for_children_sunderland(bodies):
    tfc = [b for b in bodies if b["body_name"] == "Together for Children"]
    assert len(tfc) == 1
    row = tfc[0]
    assert row["council_gss_code"] == "E08000024"
    assert row["start_date"].startswith("2017-04")
    assert row["acronym"] == "TfC"
    assert row["operator_kind"] == "company"  # a company wholly owned by the council, per the table
    assert row["end_date"] == ""


def test_body_acronyms_are_unambiguous(bodies):
    owner: dict[str, str] = {}
    for b in bodies:
        if b["acronym"]:
            assert owner.setdefault(b["acronym"], b["body_name"]) == b["body_name"]


@needs_reference
def test_script_rebuilds_the_committed_tables(tmp_path):
    # Run a copy of the script in a scratch folder so the committed tables are left alone.
    script = tmp_path / "build_gazetteer.py"
    script.write_text((DATA / "build_gazetteer.py").read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, str(script), str(REFERENCE)], check=True, capture_output=True)
    for name in ("authorities.csv", "bodies.csv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("text, named", [
    ("the two unitary councils, North and West Northamptonshire, took over", ["North Northamptonshire", "West Northamptonshire"]),
    ("East and West Sussex", ["East Sussex", "West Sussex"]),
    ("North and South America", []),  # no council by either name
])
def test_two_councils_named_by_one_place_name(text, named):
    from cskg.loaders.gazetteer import authorities as loaded
    assert sorted(a.short_name for _, _, a in loaded().find(text)) == named
