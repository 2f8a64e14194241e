"""Which mentions are compared: units of identical mentions and the blocks they share.

May import: :mod:`.scoring` and :mod:`.mentions`, and the models module.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from claimrecon.events.mentions import _SITE_DAYS, Window, _Mention, _shifted
from claimrecon.events.scoring import _compatible, _day_like, _fine_names, _within_week


def _months(window: Window) -> list[tuple[int, int]]:
    lo, hi = window
    out: list[tuple[int, int]] = []
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month) and len(out) < 13:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass
class _Unit:
    """Mentions with one signature (date, target, kind, places) from distinct documents.

    Identical mentions are merged before any pair is compared, so a much reported event
    costs one comparison per distinct way of telling it, not one per pair of reports.
    """

    members: list[_Mention]
    names: set[str]
    docs: set[str] = field(default_factory=set)
    _head: _Mention | None = None
    _count: int = 0

    @property
    def head(self) -> _Mention:
        """The unit's first mention, with the actors and figures of all its members.

        Mentions told alike are one telling of the event: what any of them gives (a
        toll, a group) is what the unit gives when it meets another report.
        """
        first = self.members[0]
        if len(self.members) == 1:
            return first
        if self._head is None or self._count != len(self.members):
            self._count = len(self.members)
            actors = frozenset().union(*(m.actors for m in self.members))
            figures = frozenset().union(*(m.figures for m in self.members))
            self._head = replace(first, actors=actors, figures=figures)
        return self._head


def _signature(m: _Mention) -> tuple[object, ...]:
    value = m.date.value if m.date is not None else None
    return (
        value,
        m.window,
        m.rank,
        m.target,
        m.kind.value,
        tuple(sorted(m.places)),
        tuple(sorted(m.within)),
        tuple(sorted(m.aliases)),
        tuple(sorted(m.sites)),
        m.siege,
    )


def _units(mentions: list[_Mention], names: dict[str, set[str]]) -> list[_Unit]:
    units: list[_Unit] = []
    by_signature: dict[tuple[object, ...], list[_Unit]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.ident):
        unit = None
        own = names[m.doc]
        if m.window is not None and _compatible(m, m, own, own, same_doc=True):
            for candidate in by_signature[_signature(m)]:
                if m.doc not in candidate.docs:
                    unit = candidate
                    break
        if unit is None:
            unit = _Unit([], set())
            units.append(unit)
            if m.window is not None:
                by_signature[_signature(m)].append(unit)
        unit.members.append(m)
        unit.docs.add(m.doc)
        unit.names |= own
    return units


def _start(unit: _Unit) -> dt.date:
    window = unit.head.window
    return window[0] if window is not None else dt.date.min


# Degrees of a grid cell for blocking by coordinates: wider than REACH_KM, so two cities
# within reach lie in the same or in neighbouring cells.
_CELL = 0.5


def _place_keys(m: _Mention) -> set[object]:
    """Return the blocking keys of a mention's places: names, countries, grid cells."""
    keys: set[object] = {p.lower() for p, g in zip(m.places, m.geo, strict=True) if not g.resolved}
    keys |= set(m.within)
    for g in m.geo:
        if g.latitude is None or g.longitude is None:
            continue
        row, col = int(g.latitude // _CELL), int(g.longitude // _CELL)
        keys.update((row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))
    return keys


def _blocks(m: _Mention) -> Iterator[tuple[str, object, object]]:
    """Yield the blocks of a mention: (month, target) and (month, place) keys.

    A target's block also holds the targets related to it ("college", "university"), so
    that they meet. A mention with a target and a place is also blocked by the two
    without a month, so that an undated one (no date at all, no publication date) meets
    the dated reports of its target in its country.
    """
    labels = {m.target, *m.aliases, *m.related} - {None} if m.target is not None else set()
    if m.target is not None and m.places:
        for label in labels:
            for key in _coarse_place_keys(m):
                yield ("x", label, key)
    # A place finer than a country, at any date: an undated report with no target meets
    # the reports of its town by the toll they share.
    for name in _fine_names(m):
        yield ("n", name, "")
    if m.window is None:
        return
    for month in _months(m.window):
        for label in labels:
            yield ("t", month, label)
        for site in m.sites:
            yield ("s", month, site)
        if m.siege:
            # Days of one siege at one target may lie a few days apart, as at a named site.
            for label in labels:
                yield ("s", month, label)
        yield from _dated_blocks(m, month)


def _dated_blocks(m: _Mention, month: object) -> Iterator[tuple[str, object, object]]:
    """Yield a dated mention's blocks by place, and a day-dated one's by group."""
    if m.target is None or _day_like(m):
        for key in _place_keys(m):
            yield ("p", month, key)
    if _day_like(m) or _within_week(m, m):
        # A report that names no place it can be blocked by meets its day's (or week's)
        # reports of the same group or the same toll.
        for actor in m.actors:
            yield ("a", month, actor)
        for figure in m.figures:
            yield ("f", month, figure)


def _block_keys(m: _Mention) -> set[tuple[object, ...]]:
    """Return the blocks a mention is compared in, as a set (for engines that split)."""
    return set(_blocks(m))


def _coarse_place_keys(m: _Mention) -> set[object]:
    """Return a mention's countries and the names of places the gazetteer does not know."""
    keys: set[object] = {p.lower() for p, g in zip(m.places, m.geo, strict=True) if not g.resolved}
    return keys | set(m.within)


def _candidate_pairs(units: list[_Unit]) -> list[tuple[int, int]]:
    """Return the pairs of unit indexes that share a block and whose dates overlap."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        for found in _blocks(unit.head):
            blocks[found].append(i)
    pairs: set[tuple[int, int]] = set()
    for key, block in blocks.items():
        block.sort(key=lambda i: (_start(units[i]), i))
        active: list[tuple[dt.date, int]] = []
        # Days of one siege at a named site may lie a few days apart.
        pad = _SITE_DAYS if key[0] == "s" else dt.timedelta(0)
        # A sweep by window start: only units whose windows overlap are paired.
        for i in block:
            start = _shifted(_start(units[i]), -pad)
            active = [(end, j) for end, j in active if end >= start]
            pairs.update((min(i, j), max(i, j)) for _, j in active)
            window = units[i].head.window
            active.append((window[1] if window is not None else dt.date.max, i))
    return sorted(pairs)
