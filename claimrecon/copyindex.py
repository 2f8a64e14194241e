"""The claim store's index of copied wording, kept up to date batch by batch.

:func:`~claimrecon.independence.trace_roots` finds wire copies over a whole corpus; a
store cannot reread its corpus for every batch. It keeps instead, in four tables, what
copy finding needs to see a new document against the stored ones:

- ``fingerprints``: each stored document's winnowing fingerprints
  (:meth:`~claimrecon.independence.CopyFinder.fingerprints`), with its publication day,
  indexed by fingerprint (its holders, the earliest first) and by document;
- ``fingerprint_counts``: how many documents hold each fingerprint;
- ``passages``: the copied passages found so far;
- ``claim_copies``: each claim's copies (the other documents that carry its passage), a
  row a copy, so that a hub gains one row with each reprint and is never read whole.

A batch looks its documents' fingerprints up, and pairs them as
:meth:`~claimrecon.independence.CopyFinder.candidates` pairs the whole corpus: all
holders of a fingerprint while they are ``max_postings`` or fewer, else each with the
earliest. A batch can also take pairs away: a fingerprint that passes ``max_postings``,
or gets an earlier hub, no longer pairs its old holders, and a stored pair loses its
passages when no fingerprint it shares pairs it any more. The documents whose passages
changed are then traced again from their passages and their copies' days and credits,
which the ``documents`` table keeps: the new documents and those that lost a copy wholly
(:func:`~claimrecon.independence.claim_roots`), a stored document that only gained copies
from its new passages and its claims' old roots
(:func:`~claimrecon.independence.added_roots`), so that the first print of a wire, which
gains a copy with every reprint, is not traced again over all its copies at every batch.

May import: the independence and models modules.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from pydantic import TypeAdapter

from claimrecon.independence import (
    AGENCIES,
    CopyFinder,
    added_roots,
    claim_roots,
    document_credits,
)
from claimrecon.models import Claim, CopiedPassage, Document, Provenance

__all__ = [
    "UNDATED",
    "CopyChanges",
    "CopyIndex",
    "Fresh",
    "day_of",
    "document_from_row",
    "passage_from_row",
    "sql_chunks",
    "sql_marks",
]

UNDATED = dt.date.max.isoformat()
"""The day an undated document is ranked by: after every dated one."""

_CLAIM: TypeAdapter[Any] = TypeAdapter(Claim)
_CHUNK = 400
# How many shingles to keep between batches (about 200 bytes each: some 40 MB): a stored
# document pairs with the new ones of several batches in a row (while its fingerprints
# stay uncrowded), and shingling it again each time cost as much as aligning it. Bounded
# in shingles, not documents, so that memory stays flat whatever the documents' length.
_SHINGLED = 200_000
# How many parsed claims and documents to keep between the stages of a batch and from one
# batch to the next: a stored claim was parsed again for grouping, tracing and the rules
# of each batch that touched its event (and the garbage collector paid for every copy).
# Bounded so that memory stays flat: some 15 MB of claims, 20 MB of long articles.
_CLAIMS_KEPT = 8192
_DOCUMENTS_KEPT = 2048
# A document's day and credits, for the roots of the claims it is a copy of (some 100 bytes).
_CREDITS_KEPT = 16384
Pair = tuple[str, str]
Rank = tuple[str, str]


def day_of(document: Document) -> str:
    """Return the day a document is ranked by in the index (ISO; undated ones last)."""
    return document.published.isoformat() if document.published else UNDATED


def credits_json(document: Document) -> str:
    """Return a document's credits (:func:`document_credits`) as the store keeps them."""
    return json.dumps(list(document_credits(document, AGENCIES)))


def sql_chunks(items: Iterable[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    """Yield ``items`` in lists of at most ``size`` (SQLite caps the host parameters)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def document_from_row(row: Sequence[Any]) -> Document:
    """Return a document from its stored row: id, published, outlet, title, url, text."""
    doc_id, published, outlet, title, url, text = row
    return Document(
        id=doc_id,
        text=text,
        published=dt.date.fromisoformat(published) if published else None,
        outlet=outlet,
        title=title,
        url=url,
    )


def passage_from_row(row: Sequence[Any]) -> CopiedPassage:
    """Return a passage from its stored row: first, its start and end, second, ..., words."""
    a, a0, a1, b, b0, b1, n = row
    # From one dict: a third faster than building its two spans first.
    return CopiedPassage.model_validate(
        {
            "first": {"doc": a, "start": a0, "end": a1},
            "second": {"doc": b, "start": b0, "end": b1},
            "words": n,
        }
    )


def _changes(new: set[str], found: list[CopiedPassage], gone: list[Pair]) -> CopyChanges:
    """Return what a batch's new passages and lost pairs change, document by document."""
    whole = new | {d for pair in gone for d in pair}
    gained: dict[str, list[CopiedPassage]] = defaultdict(list)
    # Every pair a batch adds holds a new document, and no pair it takes away does:
    # a new document's passages are the ones just found.
    fresh: dict[str, list[CopiedPassage]] = {d: [] for d in new}
    for p in found:
        for doc in (p.first.doc, p.second.doc):
            if doc in new:
                fresh[doc].append(p)
            elif doc not in whole:
                gained[doc].append(p)
    return CopyChanges(whole=whole, gained=dict(gained), lost=gone, fresh=fresh)


def _remember(kept: OrderedDict[Any, Any], key: Any, value: Any, limit: int) -> None:
    """Put an item last in a kept table, dropping the first ones past ``limit``."""
    kept[key] = value
    kept.move_to_end(key)
    while len(kept) > limit:
        kept.popitem(last=False)


def _changed_roots(
    claims: list[tuple[int, Any]],
    traced: list[Provenance],
    before: Mapping[int, tuple[str | None, str | None]],
    rows: list[tuple[Any, ...]],
    copies: list[tuple[int, str]],
) -> bool:
    """Add the claims' changed roots to ``rows`` and their copies to ``copies``.

    Returns:
        Whether a claim's root moved.
    """
    moved = False
    for (seq, _), now in zip(claims, traced, strict=True):
        copies.extend((seq, copy) for copy in now.copies)
        if (now.root, now.agency) == before[seq]:
            continue  # most of a stored document's claims keep their roots
        rows.append((now.root, now.agency, seq))
        moved = moved or now.root != before[seq][0]
    return moved


def sql_marks(n: int) -> str:
    """Return ``n`` comma-separated SQL placeholders."""
    return ",".join("?" * n)


@dataclass
class CopyChanges:
    """What a batch changed in the copies: the documents to trace again, and how."""

    whole: set[str] = field(default_factory=set)
    """Documents to trace again over all their passages: the new ones, and stored ones
    that lost a copy."""
    gained: dict[str, list[CopiedPassage]] = field(default_factory=dict)
    """Stored documents that only gained passages, with the new ones."""
    lost: list[Pair] = field(default_factory=list)
    """Pairs of stored documents whose passages were taken away."""
    fresh: dict[str, list[CopiedPassage]] = field(default_factory=dict)
    """Every passage of each new document: all were found by this batch."""


@dataclass
class Fresh:
    """What a batch holds in memory of its new documents, so that tracing need not read it back."""

    documents: dict[str, Document]
    claims: dict[str, list[Any]]
    """Each new document's claims, in the order they were stored."""
    passages: dict[str, list[CopiedPassage]]
    """Each new document's passages (:attr:`CopyChanges.fresh`)."""


class CopyIndex:
    """The copy tables of one store, inside the caller's transaction.

    Args:
        db: The store's connection.
        finder: The copy finder; the same for the life of the store.
    """

    def __init__(self, db: sqlite3.Connection, finder: CopyFinder) -> None:
        self._db = db
        self.finder = finder
        # Shingles by text, not by id: a text's shingles never change, whatever happens
        # to the batch that read it (a rolled-back batch's id may come back with another text).
        self._shingled: OrderedDict[str, Any] = OrderedDict()
        self._kept = 0
        # Claims by their stored JSON: a text always parses to the same claim.
        self._claims: OrderedDict[str, Any] = OrderedDict()
        # Documents by id: only those of committed batches or of the running one
        # (:meth:`forget` drops them all when a batch rolls back).
        self._documents: OrderedDict[str, Document] = OrderedDict()
        # Day and credits by id, under the same rule as documents.
        self._credits: OrderedDict[str, tuple[dt.date | None, tuple[str, ...]]] = OrderedDict()

    def claim(self, text: str) -> Any:
        """Return the claim stored as ``text``, keeping the last few thousand parsed."""
        found = self._claims.get(text)
        if found is None:
            found = _CLAIM.validate_json(text)
        self.keep_claim(text, found)
        return found

    def keep_claim(self, text: str, claim: Any) -> None:
        """Keep a claim under the JSON it is stored as."""
        _remember(self._claims, text, claim, _CLAIMS_KEPT)

    def keep_documents(self, documents: Iterable[Document]) -> None:
        """Keep documents just stored, for the stages of the batch that read them."""
        for document in documents:
            _remember(self._documents, document.id, document, _DOCUMENTS_KEPT)

    def forget(self) -> None:
        """Drop the kept documents: the batch that stored some of them rolled back."""
        self._documents.clear()
        self._credits.clear()

    def shingles(self, document: Document) -> Any:
        """Return a document's shingles, keeping the last few thousand made."""
        found = self._shingled.get(document.text)
        if found is not None:
            self._shingled.move_to_end(document.text)
            return found
        found = self._shingled[document.text] = self.finder.shingles(document.text)
        self._kept += len(found.hashes) + 1
        while self._kept > _SHINGLED and len(self._shingled) > 1:
            self._kept -= len(self._shingled.popitem(last=False)[1].hashes) + 1
        return found

    # -- adding documents -----------------------------------------------------------------

    def add(self, documents: Sequence[Document]) -> CopyChanges:
        """Index documents already in the ``documents`` table; store their passages.

        Returns:
            The documents whose passages changed: the new ones and the stored ones that
            lost a copy, to trace again whole, and the stored ones that gained copies.
        """
        if not documents:
            return CopyChanges()
        prints = {d.id: self.finder.fingerprints(self.shingles(d)) for d in documents}
        ranks = {d.id: (day_of(d), d.id) for d in documents}
        postings: dict[int, list[str]] = defaultdict(list)
        for doc, held in prints.items():
            for fp in held:
                postings[fp].append(doc)
        added, maybe_gone = self._pairs(postings, ranks)
        self._insert_prints(prints, ranks)
        gone = self._unsupported(self._with_passages(maybe_gone))
        found = self._align(added, {d.id: d for d in documents})
        self._db.executemany(
            "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.first.doc,
                    p.first.start,
                    p.first.end,
                    p.second.doc,
                    p.second.start,
                    p.second.end,
                    p.words,
                )
                for p in found
            ],
        )
        return _changes({d.id for d in documents}, found, gone)

    def _pairs(
        self, postings: dict[int, list[str]], ranks: dict[str, Rank]
    ) -> tuple[set[Pair], set[Pair]]:
        """Return the pairs the new documents add, and the stored pairs they may take away."""
        added: set[Pair] = set()
        maybe_gone: set[Pair] = set()
        limit = self.finder.max_postings
        counts = self._counts(postings)
        for fp, new in postings.items():
            before = counts.get(fp, 0)
            if before > limit:
                hub = self._hub(fp)
                if all(hub < ranks[n] for n in new):
                    # A crowded fingerprint whose hub stays: each newcomer pairs with it.
                    added.update((min(hub[1], n), max(hub[1], n)) for n in new)
                    continue
            stored = self._holders(fp) if before else []
            if before + len(new) <= limit:
                # Still every pair, the new ones those with a newcomer: no need to make
                # the pairs of the stored holders twice (up to max_postings squared).
                held = [*(d for d, _ in stored), *new]
                added.update((min(n, d), max(n, d)) for n in new for d in held if d != n)
                continue
            rank = {**dict(stored), **{n: ranks[n] for n in new}}
            then = self.finder.posting_pairs([d for d, _ in stored], rank.__getitem__)
            now = self.finder.posting_pairs([*(d for d, _ in stored), *new], rank.__getitem__)
            added |= now - then
            maybe_gone |= then - now
        return added, maybe_gone

    def _counts(self, fps: Iterable[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for chunk in sql_chunks(fps):
            marks = sql_marks(len(chunk))
            found.update(
                self._db.execute(
                    f"SELECT fp, documents FROM fingerprint_counts WHERE fp IN ({marks})", chunk
                ).fetchall()
            )
        return found

    def _hub(self, fp: int) -> Rank:
        row = self._db.execute(
            "SELECT day, document FROM fingerprints WHERE fp = ? ORDER BY day, document LIMIT 1",
            (fp,),
        ).fetchone()
        return (row[0], row[1])

    def _holders(self, fp: int) -> list[tuple[str, Rank]]:
        rows = self._db.execute("SELECT day, document FROM fingerprints WHERE fp = ?", (fp,))
        return [(doc, (day, doc)) for day, doc in rows]

    def _insert_prints(self, prints: dict[str, set[int]], ranks: dict[str, Rank]) -> None:
        self._db.executemany(
            "INSERT INTO fingerprints (fp, day, document) VALUES (?, ?, ?)",
            [(fp, ranks[doc][0], doc) for doc, found in prints.items() for fp in sorted(found)],
        )
        counts: dict[int, int] = defaultdict(int)
        for found in prints.values():
            for fp in found:
                counts[fp] += 1
        self._db.executemany(
            "INSERT INTO fingerprint_counts (fp, documents) VALUES (?, ?) "
            "ON CONFLICT (fp) DO UPDATE SET documents = documents + excluded.documents",
            sorted(counts.items()),
        )

    def _with_passages(self, pairs: Iterable[Pair]) -> list[Pair]:
        """Return the pairs that have passages stored (the only ones a loss can change)."""
        return [
            pair
            for pair in sorted(pairs)
            if self._db.execute(
                "SELECT 1 FROM passages WHERE first = ? AND second = ? LIMIT 1", pair
            ).fetchone()
        ]

    def _unsupported(self, pairs: Sequence[Pair]) -> list[Pair]:
        """Delete the passages of the pairs no shared fingerprint pairs any more.

        The fingerprints, counts and hubs are read once for all the pairs: a fingerprint
        that crowds takes away up to ``max_postings`` squared pairs at once.
        """
        held: dict[str, set[int]] = defaultdict(set)
        for chunk in sql_chunks(sorted({d for pair in pairs for d in pair})):
            for fp, doc in self._db.execute(
                "SELECT fp, document FROM fingerprints "
                f"WHERE document IN ({sql_marks(len(chunk))})",
                chunk,
            ):
                held[doc].add(fp)
        shared = {(a, b): held[a] & held[b] for a, b in pairs}
        counts = self._counts(set().union(*shared.values()))
        limit = self.finder.max_postings
        hubs: dict[int, str] = {}

        def hub(fp: int) -> str:
            if fp not in hubs:
                hubs[fp] = self._hub(fp)[1]
            return hubs[fp]

        gone = [
            (a, b)
            for (a, b), fps in shared.items()
            if not any(counts[fp] <= limit or hub(fp) in (a, b) for fp in sorted(fps))
        ]
        self._db.executemany("DELETE FROM passages WHERE first = ? AND second = ?", gone)
        return gone

    def _align(self, pairs: set[Pair], new: dict[str, Document]) -> list[CopiedPassage]:
        """Align the new candidate pairs, reading the stored documents they name by chunks.

        A batch pairs with more stored documents as the store grows (up to
        ``max_postings`` for each fingerprint it holds): only a chunk of them, with their
        shingles, is held at a time; the new documents' shingles are made once.
        """
        cache: dict[str, Any] = {doc: self.shingles(d) for doc, d in new.items()}
        # Each document is aligned with many: look its shingles up in one table, not in
        # one made again for each pair.
        lookups = {doc: self.finder.lookup(s) for doc, s in cache.items()}
        found: list[CopiedPassage] = []
        of_stored: dict[str, list[Pair]] = defaultdict(list)
        for a, b in sorted(pairs):
            if a in new and b in new:
                found.extend(self.finder.between(new[a], new[b], cache, lookups))
            else:
                of_stored[a if a not in new else b].append((a, b))
        for chunk in sql_chunks(sorted(of_stored), 100):
            for stored in self.documents(chunk):
                cache[stored.id] = self.shingles(stored)
                lookups[stored.id] = self.finder.lookup(cache[stored.id])
                for a, b in of_stored[stored.id]:
                    found.extend(
                        self.finder.between(new.get(a, stored), new.get(b, stored), cache, lookups)
                    )
                del cache[stored.id], lookups[stored.id]
        return found

    # -- reading --------------------------------------------------------------------------

    def documents(self, ids: Iterable[str]) -> list[Document]:
        """Return stored documents by id (in the order of their ids)."""
        wanted = sorted(set(ids))
        found = {d: self._documents[d] for d in wanted if d in self._documents}
        for chunk in sql_chunks(d for d in wanted if d not in found):
            for row in self._db.execute(
                "SELECT id, published, outlet, title, url, text FROM documents "
                f"WHERE id IN ({sql_marks(len(chunk))})",
                chunk,
            ):
                found[row[0]] = document_from_row(row)
        self.keep_documents(found.values())
        return [found[d] for d in wanted if d in found]

    def passages(self, documents: Iterable[str], *, both: bool = False) -> list[CopiedPassage]:
        """Return the stored passages that touch the documents (or, ``both``, lie between them).

        Sorted as :func:`~claimrecon.independence.find_passages` sorts them.
        """
        ids = set(documents)
        rows: set[tuple[Any, ...]] = set()
        for chunk in sql_chunks(sorted(ids)):
            marks = sql_marks(len(chunk))
            for column in ("first", "second"):
                rows.update(
                    self._db.execute(f"SELECT * FROM passages WHERE {column} IN ({marks})", chunk)
                )
        found = [
            passage_from_row(row) for row in sorted(rows, key=lambda r: (r[0], r[3], r[1], r[4]))
        ]
        if both:
            found = [p for p in found if p.first.doc in ids and p.second.doc in ids]
        return found

    def passages_within(self, groups: Iterable[Iterable[str]]) -> list[CopiedPassage]:
        """Return the stored passages between two documents of one group, sorted.

        Looked up pair by pair: a document that is the first print of a wire has a passage
        with each of its reprints, and reading them all to keep a few would cost as much
        as the store is large.
        """
        pairs = {(a, b) for group in groups for a in set(group) for b in set(group) if a < b}
        rows: list[tuple[Any, ...]] = []
        for pair in sorted(pairs):
            rows.extend(
                self._db.execute("SELECT * FROM passages WHERE first = ? AND second = ?", pair)
            )
        return [
            passage_from_row(row) for row in sorted(rows, key=lambda r: (r[0], r[3], r[1], r[4]))
        ]

    # -- tracing --------------------------------------------------------------------------

    def retrace(self, documents: Iterable[str], fresh: Fresh | None = None) -> set[str]:
        """Trace the roots of every claim of the documents again, from the stored passages.

        Args:
            documents: The documents to trace.
            fresh: The batch's new documents, their claims and passages, taken from
                memory rather than read back from the tables.

        Returns:
            The documents with a claim whose root moved (or had none).
        """
        known = fresh or Fresh({}, {}, {})
        moved: set[str] = set()
        for chunk in sql_chunks(sorted(documents), 100):
            touching = self._touching(chunk, known.passages)
            others = self._copied(
                {d for ps in touching.values() for p in ps for d in (p.first.doc, p.second.doc)}
            )
            claims, before = self._claims_of(chunk, known.claims)
            rows: list[tuple[Any, ...]] = []
            copies: list[tuple[int, str]] = []
            kept = [known.documents[d] for d in claims if d in known.documents]
            for document in [*self.documents(set(claims) - set(known.documents)), *kept]:
                mine = claims[document.id]
                traced = claim_roots(document, [c for _, c in mine], touching[document.id], others)
                if _changed_roots(mine, traced, before, rows, copies):
                    moved.add(document.id)
            self._db.executemany("UPDATE claims SET root = ?, agency = ? WHERE seq = ?", rows)
            self._replace_copies([seq for seq, (root, _) in before.items() if root], copies)
        return moved

    def _replace_copies(self, traced: list[int], copies: list[tuple[int, str]]) -> None:
        """Make the claims' rows of ``claim_copies`` the ``copies``, writing only what changed.

        ``traced`` are the claims that had been traced (the others have no rows yet). A
        stored document traced again keeps most of its copies: deleting and inserting
        them all wrote thousands of rows a batch that were already there.
        """
        old: set[tuple[int, str]] = set()
        for chunk in sql_chunks(traced):
            marks = sql_marks(len(chunk))
            old.update(
                self._db.execute(
                    f"SELECT claim, copy FROM claim_copies WHERE claim IN ({marks})", chunk
                )
            )
        now = set(copies)
        self._db.executemany("DELETE FROM claim_copies WHERE claim = ? AND copy = ?", old - now)
        self._db.executemany("INSERT INTO claim_copies VALUES (?, ?)", sorted(now - old))

    def _claims_of(
        self, chunk: list[str], held: Mapping[str, list[Any]]
    ) -> tuple[dict[str, list[tuple[int, Any]]], dict[int, tuple[str | None, str | None]]]:
        """Return the documents' claims with their rows, and each row's root and agency before.

        The claims of the documents in ``held`` are taken from it, in their stored order.
        """
        claims: dict[str, list[tuple[int, Any]]] = defaultdict(list)
        before: dict[int, tuple[str | None, str | None]] = {}
        for seq, doc, text, root, agency in self._db.execute(
            "SELECT seq, document, json, root, agency FROM claims "
            f"WHERE document IN ({sql_marks(len(chunk))}) ORDER BY seq",
            chunk,
        ):
            mine = held[doc][len(claims[doc])] if held.get(doc) else self.claim(text)
            claims[doc].append((seq, mine))
            before[seq] = (root, agency)
        return claims, before

    def _touching(
        self, chunk: list[str], fresh: Mapping[str, list[CopiedPassage]]
    ) -> dict[str, list[CopiedPassage]]:
        """Return the passages of each document of the chunk: fresh ones or stored ones."""
        touching: dict[str, list[CopiedPassage]] = defaultdict(list)
        stored = {d for d in chunk if d not in fresh}
        for p in self.passages(stored):
            for doc in (p.first.doc, p.second.doc):
                if doc in stored:
                    touching[doc].append(p)
        for doc in chunk:
            if doc in fresh:
                touching[doc].extend(fresh[doc])
        return touching

    def extend(self, gained: Mapping[str, Sequence[CopiedPassage]]) -> set[str]:
        """Add new passages to the roots of stored documents' claims, from their old roots.

        Returns:
            The documents with a claim whose root moved (the rules of its event read it).
        """
        moved: set[str] = set()
        untraced: set[str] = set()
        for chunk in sql_chunks(sorted(gained), 100):
            before = self._roots_before(chunk, untraced)
            new = {d for doc in before for p in gained[doc] for d in (p.first.doc, p.second.doc)}
            roots = {old.root for rows in before.values() for _, _, old in rows}
            others = self._copied(new | roots)
            updates: list[tuple[Any, ...]] = []
            copies: list[tuple[int, str]] = []
            for document in self.documents(before):
                rows = before[document.id]
                found = added_roots(
                    document,
                    [s for _, s, _ in rows],
                    [o for _, _, o in rows],
                    gained[document.id],
                    others,
                )
                for (seq, _, old), now in zip(rows, found, strict=True):
                    if now is None:
                        continue
                    copies.extend((seq, copy) for copy in now.copies)
                    if (now.root, now.agency) == (old.root, old.agency):
                        continue  # a copy more, and the same root: only its row to add
                    if now.root != old.root:
                        moved.add(document.id)
                    updates.append((now.root, now.agency, seq))
            self._db.executemany("UPDATE claims SET root = ?, agency = ? WHERE seq = ?", updates)
            self._db.executemany("INSERT OR IGNORE INTO claim_copies VALUES (?, ?)", copies)
        self.retrace(untraced)
        return moved | untraced

    def _roots_before(
        self, documents: list[str], untraced: set[str]
    ) -> dict[str, list[tuple[int, tuple[int, int], Provenance]]]:
        """Return the traced documents' claims: row, span and provenance, without copies.

        A hub's copies are as many as its reprints: reading them at every batch would cost
        as much as the store is large. A batch's passages each pair a stored document with
        a new one, which cannot be among its old copies, so :func:`added_roots` filters
        none of them out, and its result holds the new copies only: the caller adds them
        to the old ones. Documents with a claim never traced go to ``untraced`` instead.
        """
        before: dict[str, list[tuple[int, tuple[int, int], Provenance]]] = defaultdict(list)
        for seq, doc, claim, start, end, root, agency in self._db.execute(
            'SELECT seq, document, id, start, "end", root, agency FROM claims '
            f"WHERE document IN ({sql_marks(len(documents))}) ORDER BY seq",
            documents,
        ):
            if root is None:  # never traced (cannot happen after an ingest): trace it
                untraced.add(doc)
                continue
            before[doc].append(
                (seq, (start, end), Provenance(claim=claim, root=root, agency=agency))
            )
        for doc in untraced:
            before.pop(doc, None)
        return before

    def _copied(self, ids: set[str]) -> dict[str, tuple[dt.date | None, tuple[str, ...]]]:
        """Return the day and credits of documents, keeping the last few thousand read.

        A hub is named by the passages of every batch that reprints it.
        """
        kept = self._credits
        found = {d: kept[d] for d in ids if d in kept}
        for chunk in sql_chunks(sorted(ids - found.keys())):
            for doc, published, agencies in self._db.execute(
                "SELECT id, published, credits FROM documents "
                f"WHERE id IN ({sql_marks(len(chunk))})",
                chunk,
            ):
                day = dt.date.fromisoformat(published) if published else None
                found[doc] = (day, tuple(json.loads(agencies)))
        for doc, copied in found.items():
            _remember(kept, doc, copied, _CREDITS_KEPT)
        return found
