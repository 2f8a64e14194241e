"""Hooks for engines that split the corpus: block keys, linkables and their events.

May import: :mod:`.grouping`, :mod:`.clustering`, :mod:`.blocking`, :mod:`.scoring` and
:mod:`.mentions`, and the vocab and models modules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claimrecon.events.blocking import _block_keys, _blocks, _signature
from claimrecon.events.clustering import _cluster
from claimrecon.events.grouping import _event, _read, _read_document
from claimrecon.events.mentions import _Mention
from claimrecon.events.scoring import _compatible
from claimrecon.models import AttributionClaim, Document, Event, FigureClaim, Report
from claimrecon.vocab import Lexicon


def _block_text(key: object) -> str:
    if isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, int) for k in key):
        return f"{key[0]:04d}-{key[1]:02d}"
    return str(key)


def block_keys(
    report: Report, lexicon: Lexicon | None = None
) -> dict[str, frozenset[tuple[str, dt.date, dt.date]]]:
    """Return, for each document with claims, its events' blocks: a key and a date window.

    :func:`group_events` compares two documents' events only when they share a block
    key and their windows overlap, or when they tell one event in exactly the same way
    (a ``u|`` key); two documents with no such block in common are never compared,
    which lets a store re-group only the documents a new batch can touch. A document's
    blocks depend on it alone.

    Args:
        report: A report holding documents and their claims.
        lexicon: The lexicon for dates, targets and places; the built-in one by default.

    Example:
        >>> import datetime as dt
        >>> from claimrecon import Document, extract_report
        >>> text = "Two people were killed in an attack on a market on Monday."
        >>> doc = Document(id="d1", text=text, published=dt.date(2020, 3, 4))
        >>> blocks = block_keys(extract_report([doc]))["d1"]
        >>> sorted(k for k, _, _ in blocks if k[0] == "t")  # a market's block holds malls too
        ['t|2020-03|mall', 't|2020-03|market']
        >>> {(str(lo), str(hi)) for _, lo, hi in blocks}
        {('2020-03-02', '2020-03-03')}
    """
    mentions, _, _ = _read(report, lexicon or Lexicon.default())
    found: dict[str, set[tuple[str, dt.date, dt.date]]] = defaultdict(set)
    for m in mentions:
        lo, hi = m.window or (dt.date.min, dt.date.max)
        blocks = found[m.doc]
        blocks.update((f"{k}|{_block_text(key)}|{label}", lo, hi) for k, key, label in _blocks(m))
        if m.window is None:
            continue
        # Mentions told in exactly the same way merge before any block is compared.
        digest = hashlib.blake2b(repr(_signature(m)).encode(), digest_size=8).hexdigest()
        blocks.add((f"u|{digest}", lo, hi))
    return {doc: frozenset(blocks) for doc, blocks in found.items()}


# A distributed engine (claimrecon.dask) reads each document on its own with
# ``linkables``, links mentions that may end in one event, and calls ``events_from`` on
# each connected set of mentions. Call a set of mentions *closed* when it holds, with each
# of its mentions,
#   - every mention of the same ``signature``, and
#   - every mention that shares a block with it, whose window overlaps its own, and that
#     ``may_link`` accepts, each side with the union of the ``names`` of every document
#     with a mention of its signature.
# Then ``events_from`` on a closed set gives the events ``group_events`` gives those
# mentions on the whole corpus: identical mentions are only merged within one signature,
# and two units are compared only when their heads share a block, overlap and are
# compatible, which ``may_link`` with larger names never refuses.


@dataclass(frozen=True)
class Linkable:
    """One event as one document tells it, with what decides which others it may join."""

    doc: str
    key: int
    """The mention's number within its document."""
    signature: str
    """Mentions told identically share it: they may be merged before any comparison."""
    shape: str
    """Mentions with one shape are alike for :func:`may_link`: compare one of them."""
    blocks: tuple[str, ...]
    """The blocks (month and target, month and place) it is compared in; none if undated."""
    start: dt.date | None
    end: dt.date | None
    mention: _Mention


def _digest(value: object) -> str:
    return hashlib.blake2b(repr(value).encode(), digest_size=12).hexdigest()


def _linkable(m: _Mention) -> Linkable:
    signature = _signature(m)
    # Everything may_link reads beyond the signature: the groups and tolls a report gives
    # score a pair (a block by group or toll is how two such reports meet), and so does
    # whether it is its document's main event.
    shape = (
        signature,
        m.date is None,
        m.reported,
        tuple(m.places),
        sorted(m.weak),
        m.main,
        sorted(m.actors),
        sorted(map(repr, m.figures)),
    )
    return Linkable(
        doc=m.doc,
        key=m.key,
        # An undated mention is never merged: its signature is its own.
        signature=_digest(signature if m.window is not None else m.ident),
        shape=_digest(shape if m.window is not None else m.ident),
        blocks=tuple(sorted(_digest(k) for k in _block_keys(m))),
        start=m.window[0] if m.window is not None else None,
        end=m.window[1] if m.window is not None else None,
        mention=m,
    )


def linkables(
    document: Document,
    claims: Iterable[FigureClaim | AttributionClaim],
    lexicon: Lexicon | None = None,
) -> tuple[list[Linkable], frozenset[str], list[str]]:
    """Read one document as :func:`group_events` does.

    Returns:
        Its per-document events, the places the document names, and the ids of its
        aggregate claims.
    """
    ordered = sorted(claims, key=lambda c: (c.span.start, c.span.end, c.id))
    mentions, names, aggregates = _read_document(document, ordered, lexicon or Lexicon.default())
    return [_linkable(m) for m in mentions], frozenset(names), list(aggregates)


def may_link(a: Linkable, b: Linkable, names_a: set[str], names_b: set[str]) -> bool:
    """Say whether two linkables that share a block and overlap may end in one event."""
    return _compatible(a.mention, b.mention, names_a, names_b, same_doc=True)


def events_from(links: Iterable[Linkable], names: Mapping[str, set[str]]) -> list[Event]:
    """Return the events of a closed set of linkables (see above), given each document's names."""
    clusters = _cluster([x.mention for x in links], dict(names))
    return [_event(group, why) for group, why in clusters]
