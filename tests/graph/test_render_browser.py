"""Open the rendered page in a real headless Chromium with networking switched off."""
import os
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from cskg.graph.network import to_networkx
from cskg.graph.render import KIND_STYLE, render_html
import sample_dataset as sample  # tests/ is on pytest's pythonpath

CHROMIUM = Path("/usr/bin/chromium")
WIDTH, HEIGHT = 1200, 900

if not CHROMIUM.exists() and os.environ.get("CI", "").lower() in ("", "0", "false"):
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium); under CI this test fails instead",
                allow_module_level=True)



def _chromium(page: Path, profile: Path, *args: str) -> str:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing; install it with apt-get install -y chromium"
    command = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}",
        # Every request goes to a proxy that is not there, loopback included: no network at all.
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--virtual-time-budget=5000", *args, page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _body_attrs(dom: str) -> dict[str, str]:
    body = re.search(r"<body([^>]*)>", dom)
    assert body, dom[:500]
    return dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1)))


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG into rows of RGB(A) bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    step = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * step
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up = previous[i]
            corner = previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(b for i, b in enumerate(row) if i % step < 3) for row in rows]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "graph.html"
    render_html(to_networkx(sample.build_sample_dataset()), path, title="Sample graph")
    return path


def test_network_is_off_for_the_browser(tmp_path):
    # Proves the isolation the other tests rely on: a page that needs a CDN gets nothing.
    needs_cdn = tmp_path / "cdn.html"
    needs_cdn.write_text(
        '<html><body><script src="https://cdn.jsdelivr.net/npm/vis-network@9.1.2/standalone/umd/'
        'vis-network.min.js"></script><script>document.body.dataset.vis = typeof vis;</script></body></html>'
    )
    assert _body_attrs(_chromium(needs_cdn, tmp_path / "profile", "--dump-dom"))["data-vis"] == "undefined"


def test_browser_draws_every_node_offline(page, tmp_path):
    attrs = _body_attrs(_chromium(page, tmp_path / "profile", "--dump-dom"))
    assert attrs.get("data-nodes") == str(sample.NODE_COUNT), attrs
    assert attrs.get("data-edges") == str(sample.EDGE_COUNT), attrs
    assert attrs.get("data-drawn") == "1", "the vis canvas stayed empty"


def test_screenshot_shows_the_graph(page, tmp_path):
    shot = tmp_path / "shot.png"
    _chromium(page, tmp_path / "profile", f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}")
    width, height, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    pixels = [row[i:i + 3] for row in rows for i in range(0, len(row), 3)]
    not_white = sum(1 for p in pixels if p != b"\xff\xff\xff")
    assert not_white > 0.02 * len(pixels), f"only {not_white} non-white pixels: the page looks blank"
    assert len(set(pixels)) > 50
    # Two arrangement squares fill far more pixels of their colour than the legend's small icon.
    colour = bytes.fromhex(KIND_STYLE["arrangement"]["color"][1:])
    assert sum(1 for p in pixels if p == colour) > 400
