"""Interval charts: one contradiction drawn as inline SVG, so a reader sees it at a glance.

:func:`contradiction_chart` draws every side of a contradiction as a row, and each
figure claim of a side as its interval on one axis shared by all sides:

- an exact figure is a dot;
- "at least N" is a bar from N that runs off the right end of the axis, with an arrow;
- "at most N" is a bar that comes in from the left end, with an arrow, and stops at N;
- "about N" is a bar over the interval the tolerance allows, with a dot at N;
- a range is a bar with a cap at each end.

Each claim is labelled with its source and figure (its quote in a tooltip), and the
chart is titled with the event, metric and subject. The SVG holds no script, no link and
no id (several charts can share one page), every text is escaped, and the same report
gives the same bytes.

Example:
    >>> from claimrecon.models import (Contradiction, Event, Figure, FigureClaim, Report,
    ...                                Span)
    >>> def claim(n, doc):
    ...     return FigureClaim(span=Span(doc=doc, start=0, end=1), quote="", metric="killed",
    ...                        subject="people", figure=Figure.exact(n))
    >>> a, b = claim(7, "one"), claim(10, "other")
    >>> x = Contradiction(rule="figure-disagreement", kind="figure", severity="hard",
    ...                   event="e", metric="killed", subject="people",
    ...                   sides=((a.id,), (b.id,)), explanation="7 against 10")
    >>> report = Report(claims=(a, b), events=(Event(id="e", claims=(a.id, b.id)),))
    >>> svg = contradiction_chart(report, x)
    >>> svg.startswith("<svg") and svg.count('class="side"')
    2

May import: the models and wording modules.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from claimrecon.models import (
    ABOUT_TOLERANCE,
    Contradiction,
    Document,
    Event,
    FigureClaim,
    Qualifier,
    Report,
    Tolerance,
)
from claimrecon.wording import figure_words, source_label, subject_words

__all__ = ["contradiction_chart"]

_LEFT = 72
"""Room left of the axis for the side names."""
_RIGHT = 28
_TOP = 50
"""Room above the rows for the title and the rule's line."""
_LANE = 34
"""The height of one claim's lane: its label above, its bar below."""
_GAP = 10
"""Space between two sides."""
_AXIS = 34
"""Room below the rows for the axis and its numbers."""
_BAR = 8
_ARROW = 9
_CHAR = 6.6
"""About how wide a character of the 12 px labels is, to clip labels that would overflow."""

_COLOURS = ("#1f5fa8", "#c0392b", "#2e8b3d", "#7b4ea3", "#c06d00", "#5b6770")
"""One colour a side, dark enough to read as text on white."""

_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


@dataclass(frozen=True)
class _Lane:
    """One claim as drawn: its interval (``high`` ``None``: no upper end) and its label."""

    claim: FigureClaim
    low: int
    high: int | None
    label: str
    tip: str


@dataclass(frozen=True)
class _Axis:
    """The shared axis: counts from 0 to ``top`` across ``left`` to ``right`` pixels."""

    top: int
    step: int
    left: float
    right: float

    def x(self, value: float) -> float:
        """Return the pixel at which a count stands."""
        return self.left + (self.right - self.left) * value / self.top


def contradiction_chart(
    report: Report,
    contradiction: Contradiction,
    *,
    width: int = 720,
    tolerance: Tolerance = ABOUT_TOLERANCE,
) -> str:
    """Return one contradiction as an inline SVG interval chart (see the module doc).

    Args:
        report: The report that holds the contradiction's claims and documents.
        contradiction: The contradiction to draw.
        width: The chart's width in pixels; it scales down with its container.
        tolerance: How far an ``about`` figure may stray, as the rules compared it.

    Returns:
        The ``<svg>`` element as text, or ``""`` when no claim of the contradiction is a
        figure the report holds (an attribution or a date conflict has no intervals).
    """
    claims = {c.id: c for c in report.claims if isinstance(c, FigureClaim)}
    documents = {d.id: d for d in report.documents}
    sides = [
        [_lane(claims[c], contradiction, documents, tolerance) for c in side if c in claims]
        for side in contradiction.sides
    ]
    if not any(sides):
        return ""
    axis = _axis([lane for side in sides for lane in side], width)
    title = _title(report, contradiction)
    height = _TOP + sum(len(s) * _LANE for s in sides) + _GAP * (len(sides) - 1) + _AXIS
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="interval-chart" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'style="max-width:100%;height:auto" font-family="{_h(_FONT)}" font-size="12">',
        f"<title>{_h(title)}</title>",
        f'<rect width="{width}" height="{height}" fill="#fff"/>',
        *_heading(title, contradiction, width),
        *_grid(axis, _TOP - 4, height - _AXIS + 4),
    ]
    y = _TOP
    for i, side in enumerate(sides):
        out.extend(_side(i, side, axis, y))
        y += len(side) * _LANE + _GAP
    out.extend(_ticks(axis, height - _AXIS + 4))
    out.append("</svg>")
    return "\n".join(out)


def _h(text: object) -> str:
    """Escape text for an SVG element or attribute (inline in HTML or as XML)."""
    return html.escape(str(text), quote=True)


def _n(value: float) -> str:
    """Write a coordinate with one decimal at most, the same bytes on every run."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _lane(
    claim: FigureClaim,
    contradiction: Contradiction,
    documents: dict[str, Document],
    tolerance: Tolerance,
) -> _Lane:
    """Read one claim as a lane: its interval, its label and its tooltip."""
    low, high = claim.figure.bounds(tolerance)
    source = source_label(claim.source, documents, claim.span.doc, own="{}")
    what = figure_words(claim.figure)
    if claim.metric is not contradiction.metric or claim.subject is not contradiction.subject:
        what += f" {subject_words(claim.subject)} {claim.metric.value}"
    document = documents.get(claim.span.doc)
    day = document.published if document is not None else None
    label = f"{source}: {what}" + (f" ({day.isoformat()})" if day is not None else "")
    interval = f"[{low}, {'∞' if high is None else high}]"
    tip = f"{label}, {interval}. «{' '.join(claim.quote.split())}» [{claim.id}]"
    return _Lane(claim=claim, low=low, high=high, label=label, tip=tip)


def _title(report: Report, contradiction: Contradiction) -> str:
    """Name the metric and subject, then the event: "People killed: attack, 2016-03-22, ..."."""
    event = next((e for e in report.events if e.id == contradiction.event), None)
    where = _event_words(event) if event is not None else (contradiction.event or "no event")
    subject = subject_words(contradiction.subject) if contradiction.subject else ""
    metric = contradiction.metric.value if contradiction.metric else ""
    what = " ".join(w for w in (subject, metric) if w) or contradiction.kind.value
    return f"{what[:1].upper()}{what[1:]}: {where}"


def _event_words(event: Event) -> str:
    parts = [event.kind.value]
    if event.date is not None:
        parts.append(event.date.isoformat())
    if event.location:
        parts.append(f"in {event.location}")
    return ", ".join(parts)


def _heading(title: str, contradiction: Contradiction, width: int) -> list[str]:
    """Return the title and, under it, the finding's severity, kind, rule and event."""
    room = width - 16
    rule = (
        f"{contradiction.severity.value} {contradiction.kind.value} contradiction "
        f"({contradiction.rule}), {len(contradiction.sides)} sides"
        + (f", event {contradiction.event}" if contradiction.event else "")
    )
    return [
        f'<text x="8" y="18" font-size="14" font-weight="bold" fill="#222">'
        f"{_h(_clip(title, room, 8.6))}</text>",
        f'<text x="8" y="35" fill="#666">{_h(_clip(rule, room, _CHAR))}</text>',
    ]


def _clip(text: str, room: float, char: float = _CHAR) -> str:
    """Shorten a text to about ``room`` pixels, with an ellipsis."""
    most = max(4, int(room / char))
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _axis(lanes: Sequence[_Lane], width: int) -> _Axis:
    """Choose the axis: from 0 past the largest finite end, in round steps."""
    ends = [v for lane in lanes for v in (lane.low, lane.high) if v is not None]
    largest = max([*ends, 1])
    step = _round_step(largest / 5)
    # Room past the largest end, so that "at least" bars still run on with an arrow.
    top = step * math.ceil(largest * 1.12 / step)
    if top <= largest:
        top += step
    return _Axis(top=top, step=step, left=_LEFT, right=width - _RIGHT)


def _round_step(rough: float) -> int:
    """Return the round step (1, 2 or 5 times a power of ten) at or above ``rough``."""
    power = int(10 ** max(0, math.floor(math.log10(max(rough, 1)))))
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return factor * power
    return 10 * power  # pragma: no cover (the loop always returns)


def _grid(axis: _Axis, y0: float, y1: float) -> list[str]:
    return [
        f'<line x1="{_n(axis.x(v))}" y1="{_n(y0)}" x2="{_n(axis.x(v))}" y2="{_n(y1)}" '
        f'stroke="#e4e4e4"/>'
        for v in range(0, axis.top + 1, axis.step)
    ]


def _ticks(axis: _Axis, y: float) -> list[str]:
    out = [
        f'<line class="axis" x1="{_n(axis.left)}" y1="{_n(y)}" x2="{_n(axis.right)}" '
        f'y2="{_n(y)}" stroke="#888"/>'
    ]
    for v in range(0, axis.top + 1, axis.step):
        x = _n(axis.x(v))
        out.append(f'<line x1="{x}" y1="{_n(y)}" x2="{x}" y2="{_n(y + 4)}" stroke="#888"/>')
        out.append(f'<text x="{x}" y="{_n(y + 17)}" text-anchor="middle" fill="#555">{v:,}</text>')
    return out


def _side(i: int, lanes: Sequence[_Lane], axis: _Axis, y: float) -> list[str]:
    """Return one side's row: its name on the left, a lane for each of its claims."""
    colour = _COLOURS[i % len(_COLOURS)]
    middle = y + len(lanes) * _LANE / 2
    out = [
        f'<g class="side" data-side="{i + 1}">',
        f'<rect x="0" y="{_n(y - 2)}" width="4" height="{_n(len(lanes) * _LANE)}" '
        f'fill="{colour}"/>',
        f'<text x="10" y="{_n(middle + 4)}" font-weight="bold" fill="{colour}">side {i + 1}</text>',
    ]
    for j, lane in enumerate(lanes):
        out.extend(_claim(lane, axis, y + j * _LANE, colour))
    out.append("</g>")
    return out


def _claim(lane: _Lane, axis: _Axis, y: float, colour: str) -> list[str]:
    """Return one claim: its label above, its interval drawn below (see the module doc)."""
    shape, start, end = _shape(lane, axis, y + 22, colour)
    anchor, at, room = _label_place(start, end, axis)
    kind = lane.claim.figure.qualifier.value.replace("_", "-")
    return [
        f'<g class="claim {kind}" data-claim="{_h(lane.claim.id)}" data-low="{lane.low}" '
        f'data-high="{"" if lane.high is None else lane.high}">',
        f"<title>{_h(lane.tip)}</title>",
        f'<text x="{_n(at)}" y="{_n(y + 11)}" text-anchor="{anchor}" fill="#222">'
        f"{_h(_clip(lane.label, room))}</text>",
        *shape,
        "</g>",
    ]


def _label_place(start: float, end: float, axis: _Axis) -> tuple[str, float, float]:
    """Place a label over its bar: from its start, or ending at its end past the middle."""
    if start <= (axis.left + axis.right) / 2:
        return "start", max(start - 4, axis.left - 4), axis.right + _RIGHT - start
    return "end", min(end + 4, axis.right + _RIGHT - 4), end + 4


def _shape(lane: _Lane, axis: _Axis, y: float, colour: str) -> tuple[list[str], float, float]:
    """Draw a claim's interval at height ``y``; return the shapes and their extent."""
    q = lane.claim.figure.qualifier
    x0 = axis.x(lane.low)
    if lane.high is None:  # at least: runs off the right end
        return _bar(x0, axis.right, y, colour, right_arrow=True), x0, axis.right
    x1 = axis.x(lane.high)
    if q is Qualifier.AT_MOST:  # from the left end: open there
        return _bar(axis.left, x1, y, colour, left_arrow=True, caps=(False, True)), axis.left, x1
    if q is Qualifier.EXACT or lane.low == lane.high:
        return [_dot(x0, y, colour)], x0, x0
    shapes = _bar(x0, x1, y, colour, caps=(True, True))
    if q is Qualifier.ABOUT and lane.claim.figure.low is not None:
        shapes.append(_dot(axis.x(lane.claim.figure.low), y, colour))
    return shapes, x0, x1


def _dot(x: float, y: float, colour: str) -> str:
    return f'<circle class="point" cx="{_n(x)}" cy="{_n(y)}" r="5" fill="{colour}"/>'


def _bar(
    x0: float,
    x1: float,
    y: float,
    colour: str,
    *,
    left_arrow: bool = False,
    right_arrow: bool = False,
    caps: tuple[bool, bool] = (True, False),
) -> list[str]:
    """Draw a bar from ``x0`` to ``x1``, open (with an arrow) or capped at each end."""
    start = x0 + (_ARROW if left_arrow else 0)
    end = x1 - (_ARROW if right_arrow else 0)
    half = _BAR / 2
    out = [
        f'<rect class="bar" x="{_n(start)}" y="{_n(y - half)}" width="{_n(max(end - start, 0))}" '
        f'height="{_BAR}" fill="{colour}" fill-opacity="0.75"/>'
    ]
    if right_arrow:
        out.append(_arrow(end, x1, y, colour, "right"))
    if left_arrow:
        out.append(_arrow(start, x0, y, colour, "left"))
    for on, x in zip(caps, (x0, x1), strict=True):
        if on and not (left_arrow and x == x0) and not (right_arrow and x == x1):
            out.append(
                f'<line class="cap" x1="{_n(x)}" y1="{_n(y - 7)}" x2="{_n(x)}" y2="{_n(y + 7)}" '
                f'stroke="{colour}" stroke-width="2"/>'
            )
    return out


def _arrow(base: float, tip: float, y: float, colour: str, way: str) -> str:
    """Draw an arrow head from ``base`` to ``tip``: the bar goes on that way."""
    points = f"{_n(base)},{_n(y - 7)} {_n(tip)},{_n(y)} {_n(base)},{_n(y + 7)}"
    return f'<polygon class="arrow {way}" points="{points}" fill="{colour}"/>'
