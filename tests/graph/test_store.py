"""Where the graph lives: an embedded store on disk that outlives the process, or a remote SPARQL
endpoint (a real `oxigraph serve`) that must answer exactly as the embedded store does."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

CSKG = Path(sys.executable).parent / "cskg"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"


def _one_error_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("cskg: ")
    return lines[0]


def test_the_embedded_store_persists_across_processes(cskg, seeds_dir: Path) -> None:
    cskg("load", str(seeds_dir))
    assert Path(cskg.store).is_dir() and any(Path(cskg.store).iterdir())
    first = cskg.json("who-runs")
    # a second, separate process sees what the first wrote
    assert first and first == cskg.json("who-runs")
    assert {row["operator"] for row in first} == {"Together for Children"}
    done = cskg("stats", "--format", "json")
    counts = {row["what"]: int(row["count"]) for row in json.loads(done.stdout)}
    assert counts["articles"] == 2 and counts["triples"] > 0


def test_the_store_directory_is_made_on_first_use(cskg, tmp_path: Path, seeds_dir: Path) -> None:
    where = tmp_path / "not" / "yet" / "there"
    other = type(cskg)(str(where), tmp_path)
    other("load", str(seeds_dir / "2018-07-27-sunderland-trust-inadequate.txt"))
    assert where.is_dir()
    assert other.json("judgements", "-p", "authority=Sunderland")


def test_a_store_location_that_is_a_file_is_a_one_line_error(cskg, tmp_path: Path, seeds_dir: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"precious")
    other = type(cskg)(str(path), tmp_path)
    for args in (("load", str(seeds_dir)), ("stats",), ("query", "who-runs"), ("export",)):
        done = other(*args, check=False)
        assert done.returncode == 1, args
        assert str(path) in _one_error_line(done)
    assert path.read_bytes() == b"precious"


def test_the_cskg_store_variable_names_the_store(tmp_path: Path, seeds_dir: Path) -> None:
    where = tmp_path / "from-env"
    env = {**os.environ, "CSKG_STORE": str(where)}
    work = tmp_path / "work"
    work.mkdir()
    subprocess.run([str(CSKG), "load", str(seeds_dir)], env=env, cwd=work, check=True, capture_output=True)
    assert where.is_dir()
    assert not (work / "cskg-store").exists()  # not the default location
    done = subprocess.run([str(CSKG), "query", "who-runs", "--format", "json"], env=env, cwd=work, check=True,
                          capture_output=True, text=True)
    assert json.loads(done.stdout)
    # --store wins over the variable
    elsewhere = tmp_path / "elsewhere"
    done = subprocess.run([str(CSKG), "--store", str(elsewhere), "query", "who-runs", "--format", "json"],
                          env=env, cwd=work, check=True, capture_output=True, text=True)
    assert json.loads(done.stdout) == []


def _http_select(base: str, sparql: str) -> list[dict]:
    url = f"{base}/query?{urllib.parse.urlencode({'query': sparql})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["results"]["bindings"]


def test_a_remote_endpoint_answers_as_the_embedded_store(cskg, oxigraph_server: str, seeds_dir: Path,
                                                         tmp_path: Path) -> None:
    remote = type(cskg)(oxigraph_server, tmp_path)
    remote("load", str(seeds_dir))
    cskg("load", str(seeds_dir))

    who_runs = cskg.json("who-runs")
    assert who_runs and remote.json("who-runs") == who_runs
    assert remote.json("judgements") == cskg.json("judgements")
    timeline = cskg.json("timeline", "-p", "authority=Sunderland")
    assert timeline and remote.json("timeline", "-p", "authority=Sunderland") == timeline
    embedded_export = cskg("export", "--format", "nquads", input=b"").stdout
    assert remote("export", "--format", "nquads", input=b"").stdout == embedded_export
    assert remote("stats").stdout == cskg("stats").stdout

    # On the server itself: each article has its named graph, and nothing went to the default graph
    on_server = [b["g"]["value"] for b in _http_select(oxigraph_server, GRAPHS)]
    embedded = [row["g"] for row in cskg.json("--sparql", GRAPHS)]
    assert on_server == embedded
    assert sum("/id/article/" in g for g in on_server) == 2
    assert not _http_select(oxigraph_server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    assert "urn:x-rdflib:default" not in on_server

    # Loading again replaces the articles' graphs, it does not add to them
    remote("load", str(seeds_dir))
    assert remote("export", "--format", "nquads", input=b"").stdout == embedded_export


def test_a_malformed_query_on_the_remote_endpoint_is_a_one_line_error(cskg, oxigraph_server: str,
                                                                      tmp_path: Path) -> None:
    remote = type(cskg)(oxigraph_server, tmp_path)
    done = remote("query", "--sparql", "SELEC ?x", check=False)
    assert done.returncode == 1
    assert "--sparql" in _one_error_line(done)


def test_an_unreachable_endpoint_is_a_one_line_error(cskg, tmp_path: Path, seeds_dir: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    remote = type(cskg)(url, tmp_path)
    for args in (("load", str(seeds_dir)), ("query", "who-runs"), ("export",)):
        done = remote(*args, check=False)
        assert done.returncode == 1, args
        assert url in _one_error_line(done)
