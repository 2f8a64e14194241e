"""Merging compatible units into events, the strongest agreements first, with evidence.

May import: :mod:`.blocking`, :mod:`.scoring` and :mod:`.mentions`, and the models module.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from claimrecon.events.blocking import _candidate_pairs, _Unit, _units
from claimrecon.events.mentions import _KIND_ORDER, Window, _kinds_agree, _Mention
from claimrecon.events.scoring import (
    _agreement,
    _one_siege,
    _one_site_hit,
    _related_target,
    _same_target,
)
from claimrecon.models import EventKind


@dataclass
class _Cluster:
    window: Window
    target: str | None
    kind: EventKind
    docs: set[str]
    size: int
    aliases: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    related: set[str] = field(default_factory=set)


def _merge(
    a: _Cluster,
    b: _Cluster,
    why: list[str],
    loose: bool,
    one_site: bool = False,
    siege: bool = False,
) -> bool:
    """Merge ``b`` into ``a`` if the result still holds together; say whether it did.

    ``loose`` merges lift the one-target rule: the main events of two reports told on
    the same day in one city. ``one_site`` merges lift the one-kind rule: an attack and
    an operation that hit the same site. ``siege`` merges join days a few days apart at
    one named site.
    """
    lo, hi = max(a.window[0], b.window[0]), min(a.window[1], b.window[1])
    if lo > hi and siege:
        # Days of one siege: the cluster spans them all.
        lo, hi = min(a.window[0], b.window[0]), max(a.window[1], b.window[1])
    if lo > hi or not a.docs.isdisjoint(b.docs):
        return False
    if (
        not loose
        and a.target is not None
        and b.target is not None
        and a.target != b.target
        and a.target not in b.aliases | b.related
        and b.target not in a.aliases | a.related
    ):
        return False
    if not one_site and not _kinds_agree(a.kind, b.kind):
        return False
    a.window = (lo, hi)
    a.target = a.target or b.target
    a.aliases |= b.aliases
    a.related |= b.related
    a.kind = min({a.kind, b.kind} - {EventKind.OTHER} or {EventKind.OTHER}, key=_KIND_ORDER.index)
    small, large = sorted((a.docs, b.docs), key=len)
    large |= small
    a.docs = large
    a.size += b.size
    a.evidence.extend(b.evidence)
    a.evidence.append("; ".join(why))
    return True


def _cluster(
    mentions: list[_Mention], names: dict[str, set[str]]
) -> list[tuple[list[_Mention], list[str]]]:
    """Return the groups of mentions that are one event, each with its merges' evidence."""
    groups: dict[int, list[_Mention]] = defaultdict(list)
    units, clusters, parent = _union(mentions, names)
    for i, unit in enumerate(units):
        groups[_root(parent, i)].extend(unit.members)
    return [
        (sorted(members, key=lambda m: m.ident), clusters[root].evidence)
        for root, members in groups.items()
    ]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _start_cluster(unit: _Unit) -> _Cluster:
    """Return the cluster of one unit: its mentions were told alike."""
    head = unit.head
    window = head.window or (dt.date.min, dt.date.max)
    docs = {m.doc for m in unit.members}
    aliases = {t for t in (head.target, *head.aliases) if t is not None}
    alike = f"{', '.join(sorted(docs))}: told alike (same date, places, target and kind)"
    cluster = _Cluster(window, head.target, head.kind, docs, len(unit.members), aliases)
    cluster.evidence = [alike] if len(docs) > 1 else []
    cluster.related = set(head.related)
    return cluster


def _union(
    mentions: list[_Mention], names: dict[str, set[str]]
) -> tuple[list[_Unit], list[_Cluster], list[int]]:
    """Merge units over their compatible candidate pairs, the most precise first."""
    units = _units(mentions, names)
    clusters = [_start_cluster(unit) for unit in units]
    pairs = []
    for i, j in _candidate_pairs(units):
        a, b = units[i].head, units[j].head
        found = _agreement(a, b, units[i].names, units[j].names)
        if found is not None:
            why = [f"{a.doc} + {b.doc}", *found.why, f"score {found.value:g}"]
            pairs.append((-found.value, i, j, why))
    # The strongest agreements first, then the most precise: two reports of one day
    # before a season; ties by content, so the input order never matters.
    pairs.sort(
        key=lambda p: (
            p[0],
            max(units[p[1]].head.rank, units[p[2]].head.rank),
            units[p[1]].head.ident,
            units[p[2]].head.ident,
        )
    )
    parent = list(range(len(units)))
    for _, i, j, why in pairs:
        ri, rj = _root(parent, i), _root(parent, j)
        if ri == rj:
            continue
        if clusters[ri].size < clusters[rj].size:
            ri, rj = rj, ri
        a, b = units[i].head, units[j].head
        loose = (
            a.target is not None
            and b.target is not None
            and not _same_target(a, b)
            and not _related_target(a, b)
        )
        if _merge(clusters[ri], clusters[rj], why, loose, _one_site_hit(a, b), _one_siege(a, b)):
            parent[rj] = ri
    return units, clusters, parent
