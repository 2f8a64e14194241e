"""The interval chart of a contradiction: its structure, its escaping, and a real browser."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from claimrecon import Contradiction, Document, Event, Report
from claimrecon.charts import contradiction_chart
from tests.builders import att, fig

SVG = "{http://www.w3.org/2000/svg}"


def _contradiction(report: Report, *sides, rule="figure-disagreement", kind="figure"):
    return Contradiction(
        rule=rule,
        kind=kind,
        severity="hard",
        event=report.events[0].id if report.events else None,
        metric="killed",
        subject="people",
        sides=tuple(tuple(c.id for c in side) for side in sides),
        explanation="they disagree",
    )


def _report(*claims, documents=()):
    event = Event(
        id="ev-1", kind="attack", location="Springfield", claims=tuple(c.id for c in claims)
    )
    return Report(documents=tuple(documents), claims=tuple(claims), events=(event,))


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # well-formed XML, or this raises


def _scale(root: ET.Element) -> tuple[float, float]:
    """Return the axis as drawn: pixels per count and the pixel of 0, read from its numbers."""
    ticks = [
        (float(t.get("x", "nan")), int((t.text or "").replace(",", "")))
        for t in root.iter(f"{SVG}text")
        if t.get("text-anchor") == "middle"
    ]
    (x0, v0), (x1, v1) = ticks[0], ticks[-1]
    per = (x1 - x0) / (v1 - v0)
    return per, x0 - v0 * per


def _claims(root: ET.Element) -> dict[str, ET.Element]:
    return {g.get("data-claim", ""): g for g in root.iter(f"{SVG}g") if g.get("data-claim")}


def test_one_row_per_side_with_a_lane_per_claim():
    a, b, c = fig(7, source="police"), fig(20, source="IS", kind="militant"), fig(21, source="AP")
    report = _report(a, b, c)
    root = _parse(contradiction_chart(report, _contradiction(report, [a], [b, c])))
    sides = [g for g in root.iter(f"{SVG}g") if g.get("class") == "side"]
    assert [g.get("data-side") for g in sides] == ["1", "2"]
    assert [list(_claims(side)) for side in sides] == [[a.id], [b.id, c.id]]
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "police: 7" in texts and "IS: 20" in texts and "AP: 21" in texts
    # The title names the subject, the metric and the event.
    assert root.find(f"{SVG}title").text == "People killed: attack, in Springfield"
    assert "event ev-1" in texts


def test_bars_span_their_intervals_on_one_axis():
    ranged, other = fig(15, 30, q="range"), fig(40, 45, q="range")
    about = fig(50, q="about")  # 45..55 under the default tolerance
    report = _report(ranged, other, about)
    root = _parse(contradiction_chart(report, _contradiction(report, [ranged], [other, about])))
    per, zero = _scale(root)
    for claim, (low, high) in ((ranged, (15, 30)), (other, (40, 45)), (about, (45, 55))):
        bar = _claims(root)[claim.id].find(f"{SVG}rect")
        x, width = float(bar.get("x")), float(bar.get("width"))
        assert x == pytest.approx(zero + low * per, abs=0.1)
        assert width == pytest.approx((high - low) * per, abs=0.15)
        caps = [float(line.get("x1")) for line in _claims(root)[claim.id].iter(f"{SVG}line")]
        assert caps == pytest.approx([x, x + width], abs=0.15)  # closed at both ends


def _caps(group: ET.Element) -> list[float]:
    return [float(line.get("x1", "nan")) for line in group.iter(f"{SVG}line")]


def _arrow(group: ET.Element) -> tuple[str, list[float]]:
    arrow = group.find(f"{SVG}polygon")
    assert arrow is not None
    xs = [float(p.split(",")[0]) for p in arrow.get("points", "").split()]
    return arrow.get("class", ""), xs


def test_open_ends_have_arrows_and_an_exact_figure_is_a_dot():
    least, most, exact = fig(101, None, q="at_least"), fig(None, 30, q="at_most"), fig(55)
    report = _report(least, most, exact)
    root = _parse(contradiction_chart(report, _contradiction(report, [most], [exact], [least])))
    per, zero = _scale(root)
    axis = next(e for e in root.iter(f"{SVG}line") if e.get("class") == "axis")
    left, right = float(axis.get("x1")), float(axis.get("x2"))
    groups = _claims(root)
    assert "at-least" in groups[least.id].get("class")
    # At least 101: from 101 to the right end, with an arrow there, closed at 101 only.
    bar = groups[least.id].find(f"{SVG}rect")
    assert float(bar.get("x")) == pytest.approx(zero + 101 * per, abs=0.1)
    way, xs = _arrow(groups[least.id])
    assert way == "arrow right" and max(xs) == pytest.approx(right)
    assert _caps(groups[least.id]) == pytest.approx([zero + 101 * per], abs=0.1)
    assert groups[least.id].get("data-high") == ""
    # At most 30: open at the left end, with an arrow there, closed at 30 only.
    way, xs = _arrow(groups[most.id])
    assert way == "arrow left" and min(xs) == pytest.approx(left)
    assert _caps(groups[most.id]) == pytest.approx([zero + 30 * per], abs=0.1)
    # Exactly 55: a dot, and no bar.
    dot = groups[exact.id].find(f"{SVG}circle")
    assert float(dot.get("cx")) == pytest.approx(zero + 55 * per, abs=0.1)
    assert groups[exact.id].find(f"{SVG}rect") is None
    # The axis reaches past the largest finite end, so the open bar still shows.
    assert right > zero + 101 * per + 20


def test_text_is_escaped_and_the_svg_carries_no_script():
    hostile = '<script>alert("x")</script> & Co'
    a = fig(3, source=hostile, quote="they said ]]> <img src=x onerror=alert(1)>")
    b = fig(9, doc="d-out")
    documents = (Document(id="d-out", text="x", outlet='The "Daily" <b>'),)
    report = _report(a, b, documents=documents)
    svg = contradiction_chart(report, _contradiction(report, [a], [b]))
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert "onerror" not in re.sub(r"&lt;img[^<]*", "", svg)  # only inside escaped text
    root = _parse(svg)
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert any(t.startswith(hostile) for t in texts)
    assert any(t.startswith('The "Daily" <b>') for t in texts)
    assert not [
        e for e in root.iter() if e.tag in (f"{SVG}script", f"{SVG}a", f"{SVG}foreignObject")
    ]
    assert " id=" not in svg  # several charts share a page


def test_the_same_report_gives_the_same_bytes():
    a, b, c = fig(7, source="police"), fig(12, 14, q="range"), fig(30, None, q="at_least")
    first = _report(a, b, c)
    again = Report(claims=(c, a, b), events=first.events)
    x = _contradiction(first, [a], [b, c])
    assert contradiction_chart(first, x) == contradiction_chart(again, x)


def test_a_contradiction_without_figures_has_no_chart():
    one, other = att("Taliban", "claimed"), att("Islamic State", "claimed")
    report = _report(one, other)
    x = _contradiction(report, [one], [other], rule="attribution-conflict", kind="attribution")
    assert contradiction_chart(report, x) == ""


# --- a real browser -------------------------------------------------------------------------

_BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    assert _BROWSER is not None
    return subprocess.run(
        [_BROWSER, *_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        timeout=120,
        check=True,
    )


def _pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB or RGBA PNG (what Chromium writes) into rows of RGB pixels."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data, width, height, channels = 8, b"", 0, 0, 0
    while at < len(png):
        (size,) = struct.unpack(">I", png[at : at + 4])
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + size]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            data += body
        at += size + 12
    raw, stride, rows = zlib.decompress(data), width * channels, []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        line = _unfilter(
            raw[start], bytearray(raw[start + 1 : start + 1 + stride]), previous, channels
        )
        rows.append(bytes(b for x in range(width) for b in line[x * channels : x * channels + 3]))
        previous = line
    return width, height, rows


def _unfilter(kind: int, line: bytearray, previous: bytearray, channels: int) -> bytearray:
    """Undo one PNG row filter (none, sub, up, average, Paeth) in place."""
    for i in range(len(line)):
        left = line[i - channels] if i >= channels else 0
        up, corner = previous[i], previous[i - channels] if i >= channels else 0
        if kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            predicted = left if pa <= pb and pa <= pc else up if pb <= pc else corner
        else:
            predicted = (0, left, up, (left + up) // 2)[kind]
        line[i] = (line[i] + predicted) & 0xFF
    return line


@pytest.mark.skipif(_BROWSER is None, reason="no chromium binary on this machine")
def test_a_real_browser_draws_the_charts(tmp_path):
    a, b = fig(7, source="police", kind="official"), fig(20, None, q="at_least", source="IS")
    c = fig(None, 3, q="at_most", source="<medics>")
    report = _report(a, b, c)
    first = _contradiction(report, [c], [a], [b])
    second = _contradiction(report, [a], [b])
    page = tmp_path / "report.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
        + contradiction_chart(report, first)
        + contradiction_chart(report, second)
        + "</body></html>",
        encoding="utf-8",
    )
    shot = tmp_path / "shot.png"
    # One launch both paints the page and prints its DOM: Chromium starts in about a second.
    done = _browser(
        tmp_path, "--dump-dom", f"--screenshot={shot}", "--window-size=760,400", page.as_uri()
    )
    dom = done.stdout.decode()
    assert dom.count("<svg") == 2
    assert dom.count('class="side"') == 5
    assert "&lt;medics&gt;: at most 3" in dom and "<medics>" not in dom
    width, height, rows = _pixels(shot.read_bytes())
    assert (width, height) == (760, 400)
    # The first chart's three sides are painted in their colours (blue, red, green).
    painted = b"".join(rows[:300])
    for colour in ((0x1F, 0x5F, 0xA8), (0xC0, 0x39, 0x2B), (0x2E, 0x8B, 0x3D)):
        assert bytes(colour) in painted, colour
