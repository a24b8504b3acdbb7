"""The cskg command as users run it: bad input is refused with one clear line and harms nothing,
and query answers print in every format."""
from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path

import pytest

MUTUAL = "2017-11-17-sunderland-mutual-progress.txt"
WHO_RUNS_COLUMNS = ["authority", "service", "operator", "operator_kind", "since", "until", "source"]


def _bad_inputs(where: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input: its path, and the name its error line must mention."""
    where.mkdir()
    (where / "no-articles").mkdir()
    (where / "no-articles" / "notes.csv").write_text("a,b\n1,2\n", "utf-8")
    files = {
        "binary.txt": b"Council judged inadequate\n\x00\x01\x02\x03\xff\x00 binary data",
        "empty.txt": b"",
        "blank.txt": b"  \n\n\t\n",
        "broken.html": b"<html><head><script>var x = '<p>';</script></head><body><div><p></div></body",
        "garbage.html": b"<<<>>> &&& </p></div></ <!-- ",
        "latin-1.txt": "Caf\u00e9 council's children's services were judged inadequate by Ofsted.".encode("latin-1"),
    }
    for name, data in files.items():
        (where / name).write_bytes(data)
    cases = {name: (where / name, name) for name in files}
    cases["missing file"] = (where / "absent.txt", "absent.txt")
    cases["folder without articles"] = (where / "no-articles", "no-articles")
    return cases


BAD = ["binary.txt", "empty.txt", "blank.txt", "broken.html", "garbage.html", "latin-1.txt", "missing file",
       "folder without articles"]


@pytest.fixture
def loaded(cskg, seeds_dir: Path):
    cskg("load", str(seeds_dir))
    return cskg


def _snapshot(cskg) -> tuple[bytes, bytes]:
    return (cskg("export", "--format", "nquads", input=b"").stdout,
            cskg("export", "--format", "turtle", input=b"").stdout)


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("cskg: ")]


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_one_line_exit_1_and_the_store_is_untouched(loaded, tmp_path: Path, case: str) -> None:
    path, name = _bad_inputs(tmp_path / "bad")[case]
    before = _snapshot(loaded)
    done = loaded("load", str(path), check=False)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("cskg: ") and name in lines[0]
    assert _snapshot(loaded) == before


def test_every_bad_input_at_once_gets_one_line_each(loaded, tmp_path: Path) -> None:
    cases = _bad_inputs(tmp_path / "bad")
    before = _snapshot(loaded)
    done = loaded("load", *[str(cases[c][0]) for c in BAD], check=False)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == len(BAD), done.stderr
    for case, line in zip(BAD, sorted(lines, key=lambda line: [cases[c][1] in line for c in BAD].index(True))):
        assert line.startswith("cskg: ") and cases[case][1] in line
    assert _snapshot(loaded) == before


def test_a_good_file_loads_beside_a_bad_one(cskg, tmp_path: Path, seeds_dir: Path) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02")
    done = cskg("load", str(seeds_dir / MUTUAL), str(bad), check=False)
    assert done.returncode == 1
    errors = _error_lines(done.stderr)
    assert len(errors) == 1 and "binary.txt" in errors[0]
    assert {row["source"] for row in cskg.json("who-runs")} == {MUTUAL}


def test_load_dash_reads_one_article_from_standard_input(cskg, seeds_dir: Path) -> None:
    cskg("load", "-", input=(seeds_dir / MUTUAL).read_text("utf-8"))
    rows = cskg.json("who-runs")
    assert [row["operator"] for row in rows] == ["Together for Children"]
    assert rows[0]["source"].startswith("stdin-")


def test_two_articles_read_from_standard_input_stay_two(cskg, seeds_dir: Path) -> None:
    for article in sorted(seeds_dir.glob("*.txt")):
        cskg("load", "-", input=article.read_text("utf-8"))
    cskg("load", "-", input=sorted(seeds_dir.glob("*.txt"))[0].read_text("utf-8"))  # the same one again
    sources = {row["source"] for row in cskg.json("who-runs")}
    assert len(sources) == 2 and all(s.startswith("stdin-") for s in sources)


def test_load_dash_with_nothing_on_standard_input_is_an_error(loaded) -> None:
    before = _snapshot(loaded)
    done = loaded("load", "-", input="", check=False)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("cskg: stdin")
    assert _snapshot(loaded) == before


def test_load_with_nothing_to_load_is_an_error(cskg) -> None:
    done = cskg("load", check=False)
    assert done.returncode == 1 and done.stderr.startswith("cskg: ") and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize("args, named", [
    (("query", "--sparql", "SELEC ?x"), "--sparql"),
    (("query", "--sparql", "SELECT ?x WHERE { ?x ?p"), "--sparql"),
    (("query", "no-such-query"), "no-such-query"),
    (("query", "who-runs", "-p", "colour=red"), "colour"),
    (("query", "who-runs", "-p", "authority"), "authority"),
    (("query", "who-runs", "-p", "authority=Atlantis"), "Atlantis"),
    (("query", "timeline"), "authority"),
    (("query", "absent.rq"), "absent.rq"),
    (("query",), "NAME_OR_FILE"),
])
def test_a_bad_query_is_one_line_and_exit_1(loaded, args: tuple[str, ...], named: str) -> None:
    before = _snapshot(loaded)
    done = loaded(*args, check=False)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("cskg: ") and named in lines[0]
    assert done.stdout == ""
    assert _snapshot(loaded) == before


def test_a_broken_query_file_is_one_line_and_exit_1(loaded, tmp_path: Path) -> None:
    binary = tmp_path / "binary.rq"
    binary.write_bytes(b"\xff\xfe\x00SELECT")
    broken = tmp_path / "broken.rq"
    broken.write_text("# parameters: x (string)\nSELECT ?x WHERE { FILTER(?x = \"unterminated) }\n", "utf-8")
    for path, args in ((binary, ()), (broken, ("-p", "x=1"))):
        done = loaded("query", str(path), *args, check=False)
        assert done.returncode == 1
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("cskg: ") and path.name in lines[0], done.stderr


def _shipped_headers() -> dict[str, list[str]]:
    """name -> columns, read straight from the .rq files' headers."""
    found = {}
    for entry in resources.files("cskg.queries").iterdir():
        if entry.name.endswith(".rq"):
            text = entry.read_text("utf-8")
            name = re.search(r"^#\s*name:\s*(\S+)", text, re.M).group(1)
            columns = re.search(r"^#\s*columns:\s*(.+)$", text, re.M).group(1)
            found[name] = [c.strip() for c in columns.split(",")]
    return found


def test_queries_lists_every_shipped_query_with_its_columns(cskg) -> None:
    listed = json.loads(cskg("queries", "--format", "json").stdout)
    shipped = _shipped_headers()
    assert sorted(row["name"] for row in listed) == sorted(shipped)
    for row in listed:
        assert row["columns"] == ", ".join(shipped[row["name"]])
        assert row["description"]
    table = cskg("queries").stdout
    for name in shipped:
        assert re.search(rf"^{re.escape(name)}\s", table, re.M), name


def test_query_formats_print_the_same_answer(loaded) -> None:
    rows = json.loads(loaded("query", "who-runs", "--format", "json").stdout)
    assert rows and all(list(row) == WHO_RUNS_COLUMNS for row in rows)
    assert all(isinstance(v, str) or v is None for row in rows for v in row.values())
    assert all(row["until"] is None for row in rows)  # unknown, not "None" or ""
    assert {row["operator"] for row in rows} == {"Together for Children"}
    as_text = [{k: v or "" for k, v in row.items()} for row in rows]

    out = loaded("query", "who-runs", "--format", "csv").stdout
    assert list(csv.DictReader(io.StringIO(out))) == as_text
    assert out.splitlines()[0] == ",".join(WHO_RUNS_COLUMNS)

    out = loaded("query", "who-runs", "--format", "tsv").stdout
    assert list(csv.DictReader(io.StringIO(out), delimiter="\t")) == as_text
    assert out.splitlines()[0] == "\t".join(WHO_RUNS_COLUMNS)

    out = loaded("query", "who-runs", "--format", "table").stdout
    lines = out.splitlines()
    assert lines[0].split() == WHO_RUNS_COLUMNS
    assert lines[-1] == f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    assert len(lines) == len(rows) + 3
    assert all("Together for Children" in line for line in lines[2:-1])


def test_query_by_file_and_by_sparql_text(loaded, tmp_path: Path) -> None:
    mine = tmp_path / "mine.rq"
    mine.write_text("# columns: n\nSELECT (COUNT(DISTINCT ?g) AS ?n) "
                    "WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } }\n", "utf-8")
    assert json.loads(loaded("query", str(mine), "--format", "json").stdout) == [{"n": "2"}]
    text = "SELECT ?g WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } } ORDER BY ?g"
    assert len(loaded.json("--sparql", text)) == 2


def test_a_store_error_is_one_line(cskg, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    other = type(cskg)(str(blocker / "store"), tmp_path)
    done = other("stats", check=False)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("cskg: ")
