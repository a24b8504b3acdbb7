"""Shared fixtures: the seed articles, a way to run the real `cskg` command, and a real Oxigraph server."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CSKG = Path(sys.executable).parent / "cskg"
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")


def need(path: Path) -> Path:
    """A path the tests read; under CI its absence is a failure, elsewhere a skip."""
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing")
        pytest.skip(f"{path} is missing")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def expected_facts(seeds_dir: Path) -> dict:
    return json.loads((seeds_dir / "expected-facts.json").read_text("utf-8"))


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    return str(tmp_path / "store")


class Cskg:
    """Runs the installed `cskg` command the way a user does."""

    def __init__(self, store: str, cwd: Path) -> None:
        self.store, self.cwd = store, cwd

    def __call__(self, *args: str, input: str | bytes | None = None, check: bool = True) -> subprocess.CompletedProcess:
        text = not isinstance(input, bytes)
        done = subprocess.run([str(CSKG), "--store", self.store, *args], input=input, capture_output=True,
                              text=text, cwd=self.cwd, timeout=300)
        if check and done.returncode != 0:
            raise AssertionError(f"cskg {' '.join(args)} failed ({done.returncode}): {done.stderr}")
        return done

    def json(self, *args: str) -> list[dict]:
        return json.loads(self("query", *args, "--format", "json").stdout)


@pytest.fixture
def cskg(store_dir: str, tmp_path: Path) -> Cskg:
    return Cskg(store_dir, tmp_path)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path: Path):
    """A real `oxigraph serve` on 127.0.0.1, with its data on disk; yields its base URL."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server is not installed (pip install '.[test]')")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server-data"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode() if process.stderr else ''}")
            time.sleep(0.1)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
