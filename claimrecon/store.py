"""A claim store: incremental ingest into an embedded SQLite database.

A :class:`Store` keeps documents, claims, events, contradictions, notes and estimates in
one SQLite file, so that a pipeline can add a batch of articles a day and read the report
at any time without reading the corpus again::

    store = Store.open("conflict.db")
    store.ingest(read_documents(["today/"]))
    report = store.report(since=dt.date(2024, 1, 1))

It is built on the public stages (:func:`~claimrecon.extract.extract`,
:func:`~claimrecon.events.group_events`, :func:`~claimrecon.rules.find_contradictions`,
:func:`~claimrecon.estimates.estimate`), so the store gives what :func:`analyze` gives
over the same documents, whatever the batches and their order.

**Incremental.** A document is identified by the hash of its content (id, text and
metadata): ingesting it again adds nothing. A batch extracts its new documents, reads
their block keys (:func:`~claimrecon.events.block_keys`: the date windows, targets and
places their events can be compared by), and re-groups only the stored events that share
a key with them; when that changes an event, the events sharing a key with the changed
one are re-grouped too, until nothing more changes. Rules and estimates are re-run for
the events a batch changed only, once per :meth:`Store.ingest` call: each batch marks
them (``pending_rules``), and the call runs them all as it ends (:meth:`Store.settle`),
so that an event several batches touch is checked once. An event that does not change
keeps its id; an event that changes or merges into another is recorded in
``event_aliases``, so its old id resolves to the new one (:meth:`Store.resolve`).

**Crash safety.** The database is in WAL mode and each batch is one transaction: a batch
is stored whole or not at all, and a reader sees the store as it was before or after a
batch, never in between. An ingest killed before it settled leaves its marks:
:meth:`Store.report` makes the findings they owe without writing them.

The schema is versioned with ``PRAGMA user_version`` and migrated on open
(:data:`MIGRATIONS`); ``docs/how-to/store.md`` describes its tables.

May import: the copyindex, estimates, rules, events, independence, extract, vocab, models
and errors modules; never the command line or Dask.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import sqlite3
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

from claimrecon.copyindex import CopyIndex, Fresh, credits_json
from claimrecon.copyindex import document_from_row as _document
from claimrecon.copyindex import sql_chunks as _chunks
from claimrecon.copyindex import sql_marks as _marks
from claimrecon.errors import InputError, StoreError
from claimrecon.estimates import estimate
from claimrecon.events import block_keys, group_events
from claimrecon.extract import extract, resolve_groups
from claimrecon.independence import CopyFinder, passage_order
from claimrecon.models import (
    AttributionClaim,
    Claim,
    Contradiction,
    CopiedPassage,
    Document,
    Estimate,
    Event,
    FigureClaim,
    Note,
    Provenance,
    Report,
    Span,
)
from claimrecon.rules import find_contradictions, source_timelines
from claimrecon.vocab import Lexicon

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "IngestResult", "Progress", "Store"]

AnyClaim = FigureClaim | AttributionClaim
Block = tuple[str, dt.date, dt.date]
Progress = Callable[[str, int, int], None]
"""A progress hook: called with the stage, the work done in it and its total."""

_CLAIM: TypeAdapter[AnyClaim] = TypeAdapter(Claim)
# SQLite allows 999 parameters in a statement in old builds; stay well below.
_CHUNK = 500
# The rules run on this many stored events at a time: a batch's memory then does not grow
# with the events it re-rules, which grow with the store (roots that move, copies lost).
_RULES_CHUNK = 32
# Store.claims resolves the names of this many events at a time: an event's claims are
# ingested together, so they come one after the other.
_NAMED_EVENTS = 64

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE runs (
        batch INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT NOT NULL,
        documents_new INTEGER NOT NULL,
        documents_skipped INTEGER NOT NULL,
        claims_new INTEGER NOT NULL,
        events_created INTEGER NOT NULL,
        events_changed INTEGER NOT NULL,
        events_merged INTEGER NOT NULL,
        events_regrouped INTEGER NOT NULL
    );
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        batch INTEGER NOT NULL REFERENCES runs (batch),
        published TEXT,
        outlet TEXT,
        title TEXT,
        url TEXT,
        text TEXT NOT NULL
    );
    CREATE TABLE blocks (
        key TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        document TEXT NOT NULL REFERENCES documents (id),
        PRIMARY KEY (key, start, "end", document)
    ) WITHOUT ROWID;
    CREATE INDEX blocks_document ON blocks (document);
    CREATE TABLE claims (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        document TEXT NOT NULL REFERENCES documents (id),
        type TEXT NOT NULL,
        metric TEXT,
        subject TEXT,
        low INTEGER,
        high INTEGER,
        qualifier TEXT,
        actor TEXT,
        stance TEXT,
        source TEXT NOT NULL,
        source_kind TEXT NOT NULL,
        quote TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        event TEXT,
        aggregate INTEGER NOT NULL DEFAULT 0,
        json TEXT NOT NULL
    );
    CREATE INDEX claims_id ON claims (id);
    CREATE INDEX claims_document ON claims (document);
    CREATE INDEX claims_event ON claims (event);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        date TEXT,
        date_precision TEXT,
        location TEXT,
        target TEXT,
        batch INTEGER NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX events_date ON events (date);
    -- The documents each event was grouped from, to find the events a document is in.
    CREATE TABLE event_documents (
        event TEXT NOT NULL REFERENCES events (id),
        document TEXT NOT NULL,
        PRIMARY KEY (event, document)
    ) WITHOUT ROWID;
    CREATE INDEX event_documents_document ON event_documents (document);
    CREATE TABLE event_aliases (
        old TEXT NOT NULL,
        new TEXT NOT NULL,
        how TEXT NOT NULL CHECK (how IN ('changed', 'merged', 'split')),
        batch INTEGER NOT NULL,
        PRIMARY KEY (old, new)
    ) WITHOUT ROWID;
    CREATE TABLE contradictions (
        id TEXT PRIMARY KEY,
        event TEXT,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        severity TEXT NOT NULL,
        metric TEXT,
        subject TEXT,
        explanation TEXT NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX contradictions_event ON contradictions (event);
    -- The claims on each side (0, 1, ...) of a contradiction, for queries that join them.
    CREATE TABLE contradiction_sides (
        contradiction TEXT NOT NULL REFERENCES contradictions (id),
        side INTEGER NOT NULL,
        claim TEXT NOT NULL
    );
    CREATE INDEX contradiction_sides_contradiction ON contradiction_sides (contradiction);
    CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        event TEXT,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        explanation TEXT NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX notes_event ON notes (event);
    CREATE TABLE estimates (
        event TEXT NOT NULL,
        metric TEXT NOT NULL,
        subject TEXT NOT NULL,
        policy TEXT NOT NULL,
        low INTEGER,
        best INTEGER,
        high INTEGER,
        json TEXT NOT NULL,
        PRIMARY KEY (event, metric, subject, policy)
    ) WITHOUT ROWID;
    """,
    # 2: wire copies and evidence roots (claimrecon.independence, claimrecon.copyindex).
    """
    ALTER TABLE documents ADD COLUMN credits TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE claims ADD COLUMN root TEXT;
    ALTER TABLE claims ADD COLUMN agency TEXT;
    ALTER TABLE claims ADD COLUMN copies TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX claims_root ON claims (root);
    CREATE TABLE fingerprints (
        fp INTEGER NOT NULL,
        day TEXT NOT NULL,
        document TEXT NOT NULL REFERENCES documents (id),
        PRIMARY KEY (fp, day, document)
    ) WITHOUT ROWID;
    CREATE INDEX fingerprints_document ON fingerprints (document);
    CREATE TABLE fingerprint_counts (fp INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
    CREATE TABLE passages (
        first TEXT NOT NULL REFERENCES documents (id),
        first_start INTEGER NOT NULL,
        first_end INTEGER NOT NULL,
        second TEXT NOT NULL REFERENCES documents (id),
        second_start INTEGER NOT NULL,
        second_end INTEGER NOT NULL,
        words INTEGER NOT NULL,
        PRIMARY KEY (first, second, first_start, second_start)
    ) WITHOUT ROWID;
    CREATE INDEX passages_second ON passages (second);
    INSERT INTO meta SELECT 'retrace', 'pending' WHERE EXISTS (SELECT 1 FROM documents);
    """,
    # 3: a claim's copies in a table of their own. In a JSON list, the first print of a
    # wire had its claims' lists read, grown and written whole at every batch that added a
    # reprint: a batch cost as much as the store was large.
    """
    CREATE TABLE claim_copies (
        claim INTEGER NOT NULL REFERENCES claims (seq),
        copy TEXT NOT NULL REFERENCES documents (id),
        PRIMARY KEY (claim, copy)
    ) WITHOUT ROWID;
    INSERT INTO claim_copies SELECT c.seq, j.value FROM claims AS c, json_each(c.copies) AS j;
    ALTER TABLE claims DROP COLUMN copies;
    """,
    # 4: the events whose findings and estimates are owed. The batches of one ingest call
    # only mark the events they touch; the rules run once for them all as the call ends
    # (an event a series of batches touched ran its rules after each of them).
    """
    CREATE TABLE IF NOT EXISTS pending_rules (event TEXT PRIMARY KEY) WITHOUT ROWID;
    """,
)
"""The schema migrations: entry ``n - 1`` takes a store from version ``n - 1`` to ``n``."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this claimrecon writes."""


class IngestResult(BaseModel):
    """What an ingest changed in the store.

    ``changed_events`` and ``merged_events`` map an old event id to the id that replaces
    it: changed when the event gained claims, merged when it was joined with another
    stored event. ``split_events`` maps an old id to the events its claims went to.
    ``regrouped_events`` counts the stored events the batches looked at again.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    batches: tuple[int, ...] = ()
    new_documents: tuple[str, ...] = ()
    skipped_documents: tuple[str, ...] = ()
    new_claims: int = 0
    created_events: tuple[str, ...] = ()
    changed_events: dict[str, str] = {}
    merged_events: dict[str, str] = {}
    split_events: dict[str, tuple[str, ...]] = {}
    regrouped_events: int = 0

    def __add__(self, other: IngestResult) -> IngestResult:
        return IngestResult(
            batches=self.batches + other.batches,
            new_documents=self.new_documents + other.new_documents,
            skipped_documents=self.skipped_documents + other.skipped_documents,
            new_claims=self.new_claims + other.new_claims,
            created_events=self.created_events + other.created_events,
            changed_events={**self.changed_events, **other.changed_events},
            merged_events={**self.merged_events, **other.merged_events},
            split_events={**self.split_events, **other.split_events},
            regrouped_events=self.regrouped_events + other.regrouped_events,
        )


def content_hash(document: Document) -> str:
    """Return the hash that identifies a document in a store: its id, text and metadata.

    Example:
        >>> a = content_hash(Document(id="d1", text="Calm."))
        >>> a == content_hash(Document(id="d1", text="Calm.")), a == content_hash(
        ...     Document(id="d1", text="Calm!"))
        (True, False)
    """
    return hashlib.sha256(document.model_dump_json().encode()).hexdigest()


class Store:
    """A claim store in one SQLite file. Open it with :meth:`open`.

    Args:
        connection: An open connection to a migrated store.
        path: The file, for messages.
        lexicon: The lexicon every stage runs with.
        policy: The estimation policy of the store's estimates.
        finder: The copy finder of the store's passages.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: str,
        lexicon: Lexicon,
        policy: str,
        finder: CopyFinder | None = None,
    ) -> None:
        self._db = connection
        self.path = path
        self.lexicon = lexicon
        self.policy = policy
        self.finder = finder or CopyFinder()
        self._copies = CopyIndex(connection, self.finder)

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        lexicon: Lexicon | None = None,
        policy: str | None = None,
        finder: CopyFinder | None = None,
    ) -> Store:
        """Open the store at ``path``, creating it or migrating its schema if need be.

        A store made by an older claimrecon is migrated in place; one made before wire
        copies were traced (schema 1) has its copies found, its roots traced and its
        findings and estimates made again, in one transaction, as it opens.

        Args:
            path: The database file.
            lexicon: The lexicon to extract and group with; the built-in one by default.
                Use the same one for every batch.
            policy: The estimation policy; chosen when the store is created (``ucdp`` by
                default) and kept with it.
            finder: The copy finder's settings
                (:class:`~claimrecon.independence.CopyFinder`); chosen when the store is
                created (the defaults of :func:`~claimrecon.pipeline.analyze` by default)
                and kept with it.

        Raises:
            StoreError: If the file is not a claimrecon store, is newer than this
                claimrecon, or was made with another policy or copy finder.
        """
        where = str(path)
        db = sqlite3.connect(where, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable at every checkpoint and never corrupts in WAL mode.
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA busy_timeout = 30000")
            _migrate(db, where)
            chosen = _settle(db, where, "policy", policy, "ucdp")
            settings = _settle(
                db,
                where,
                "copy_finder",
                None if finder is None else _finder_text(finder),
                _finder_text(CopyFinder()),
            )
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"not a claimrecon store: {exc}", where=where) from exc
        except StoreError:
            db.close()
            raise
        store = cls(db, where, lexicon or Lexicon.default(), chosen, _finder_of(settings))
        if _meta(db, "retrace") is not None:
            store._retrace_all()
        return store

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- ingesting ----------------------------------------------------------------------------

    def ingest(
        self,
        documents: Iterable[Document],
        *,
        batch_size: int | None = None,
        progress: Progress | None = None,
    ) -> IngestResult:
        """Add documents to the store, in batches of ``batch_size`` (all in one by default).

        Each batch is one transaction: after a crash the store holds the batches that
        committed, whole, and none of the others. Python's cyclic garbage collector is
        paused while a batch (and the rules as the call ends) runs, and runs as usual
        between batches: a batch's objects die old, and collecting them cost a seventh
        of an ingest's time.

        Args:
            documents: The documents to add; those already stored are skipped.
            batch_size: How many documents a batch holds; ``None`` for a single batch.
            progress: Called as each stage of each batch advances.

        Raises:
            InputError: If a document has the id of a stored document with another
                content, or of another document in the same batch.
        """
        if batch_size is not None and batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        result = IngestResult()
        batches = _chunks(documents, batch_size) if batch_size else iter([list(documents)])
        for batch in batches:
            result = result + self._ingest_batch(batch, progress or _quiet)
        self.settle(progress or _quiet)
        return result

    def settle(self, progress: Progress | None = None) -> int:
        """Run the rules and estimates the stored batches owe, in one transaction.

        A batch commits its documents, claims, events and roots, and marks the events whose
        findings it changed (``pending_rules``); :meth:`ingest` settles them as it ends, so
        that an event several batches of one call touch runs its rules once. A store left
        with marks (an ingest killed before it settled) is settled by the next ingest or by
        this method; :meth:`report` meanwhile makes the owed findings without writing them.

        Returns:
            How many events had their rules run.
        """
        with _transaction(self._db), _collector_paused():
            events = self._pending(None)
            if events:
                self._rerule(
                    set(events), self._scalar("SELECT max(batch) FROM runs"), progress or _quiet
                )
            self._db.execute("DELETE FROM pending_rules")
        return len(events)

    def _ingest_batch(self, documents: list[Document], progress: Progress) -> IngestResult:
        try:
            with _collector_paused():
                return self._ingest_one(documents, progress)
        except BaseException:
            self._copies.forget()  # it may keep documents the rollback took away
            raise

    def _ingest_one(self, documents: list[Document], progress: Progress) -> IngestResult:
        started = _now()
        with _transaction(self._db):
            new, skipped = self._new_documents(documents)
            if skipped:
                progress("skip", len(skipped), len(skipped))
            claims: list[AnyClaim] = []
            for done, doc in enumerate(new, start=1):
                claims.extend(extract(doc, self.lexicon))
                progress("extract", done, len(new))
            batch = self._next_batch()
            plan = _Plan(self, new, claims, progress) if new else None
            found = plan.run() if plan is not None else IngestResult()
            progress("write", 0, 1)
            self._insert_documents(batch, new, plan.keys if plan else {})
            self._copies.keep_documents(new)
            self._insert_claims(claims)
            if plan is not None:
                plan.write(batch)
                self._trace(new, _by_document(claims), plan.events, batch, progress)
            result = found.model_copy(
                update={
                    "batches": (batch,),
                    "new_documents": tuple(d.id for d in new),
                    "skipped_documents": tuple(d.id for d in skipped),
                    "new_claims": len(claims),
                }
            )
            self._log(batch, started, result)
            progress("write", 1, 1)
        return result

    def _new_documents(
        self, documents: Sequence[Document]
    ) -> tuple[list[Document], list[Document]]:
        new: list[Document] = []
        skipped: list[Document] = []
        seen: dict[str, str] = {}
        for doc in documents:
            digest = content_hash(doc)
            if digest in seen.values() or self._scalar(
                "SELECT 1 FROM documents WHERE hash = ?", digest
            ):
                skipped.append(doc)
                continue
            if doc.id in seen or self._scalar("SELECT 1 FROM documents WHERE id = ?", doc.id):
                raise InputError(
                    "another document with this id and other content is already in the store",
                    where=doc.id,
                )
            seen[doc.id] = digest
            new.append(doc)
        return new, skipped

    def _next_batch(self) -> int:
        last = self._scalar("SELECT max(batch) FROM runs")
        return int(last or 0) + 1

    def _insert_documents(
        self, batch: int, documents: list[Document], keys: dict[str, frozenset[Block]]
    ) -> None:
        self._db.executemany(
            "INSERT INTO documents (id, hash, batch, published, outlet, title, url, text, "
            "credits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    d.id,
                    content_hash(d),
                    batch,
                    d.published.isoformat() if d.published else None,
                    d.outlet,
                    d.title,
                    d.url,
                    d.text,
                    credits_json(d),
                )
                for d in documents
            ],
        )
        self._db.executemany(
            'INSERT INTO blocks (key, start, "end", document) VALUES (?, ?, ?, ?)',
            [
                (key, lo.isoformat(), hi.isoformat(), doc)
                for doc, found in keys.items()
                for key, lo, hi in sorted(found)
            ],
        )

    def _insert_claims(self, claims: list[AnyClaim]) -> None:
        rows = [_claim_row(c) for c in claims]
        self._db.executemany(
            "INSERT INTO claims (id, document, type, metric, subject, low, high, qualifier, "
            'actor, stance, source, source_kind, quote, start, "end", json) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        for claim, row in zip(claims, rows, strict=True):
            self._copies.keep_claim(row[-1], claim)  # the rules of its event read it back

    def _log(self, batch: int, started: str, result: IngestResult) -> None:
        self._db.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                batch,
                started,
                _now(),
                len(result.new_documents),
                len(result.skipped_documents),
                result.new_claims,
                len(result.created_events),
                len(result.changed_events),
                len(result.merged_events),
                result.regrouped_events,
            ),
        )

    def _trace(
        self,
        new: list[Document],
        claims: dict[str, list[AnyClaim]],
        events: set[str],
        batch: int,
        progress: Progress,
    ) -> None:
        """Find the batch's copies, trace again what they change, and re-run the rules.

        The new documents, and the stored ones that lost a copy, are traced again whole; a
        stored document that only gained copies has only the claims they overlap traced,
        from their old roots. The rules and estimates run for the re-grouped events, for
        every event with a claim whose root moved, and for every event that lost a passage
        between two of its documents.
        """
        progress("roots", 0, 1)
        changes = self._copies.add(new)
        fresh = Fresh({d.id: d for d in new}, claims, changes.fresh)
        moved = self._copies.retrace(changes.whole, fresh) | self._copies.extend(changes.gained)
        progress("roots", 1, 1)
        # A stored event's findings read its claims' roots and the passages between its
        # documents: they change when a root moves or a passage between two of its
        # documents is lost, not with each copy (a hub loses and gains them at every batch).
        touched = moved - {d.id for d in new}
        # By document, not event by pair: a crowded fingerprint takes away thousands of
        # pairs at once.
        holding: dict[str, set[str]] = defaultdict(set)
        for event in self._events_of({d for pair in changes.lost for d in pair}).values():
            for doc in event.documents:
                holding[doc].add(event.id)
        within = {e for a, b in changes.lost for e in holding.get(a, set()) & holding.get(b, set())}
        owed = events | set(self._events_of(touched)) | within
        # Owed, not run: the next batches of the call may touch these events again.
        self._db.executemany(
            "INSERT OR IGNORE INTO pending_rules VALUES (?)", [(e,) for e in sorted(owed)]
        )

    def _rerule(self, events: set[str], batch: int, progress: Progress) -> None:
        """Run the rules and estimates of stored events again and replace their findings."""
        for done, chunk in enumerate(_chunks(sorted(events), _RULES_CHUNK), start=1):
            report = self._rules_report(chunk)
            progress("rules", done - 1, -(-len(events) // _RULES_CHUNK))
            report = find_contradictions(report, lexicon=self.lexicon)
            report = estimate(report, self.policy, lexicon=self.lexicon)
            _delete_findings(self._db, chunk)
            _insert_results(self._db, report.model_copy(update={"events": ()}), batch)
        progress("rules", 1, 1)

    def _rules_report(self, events: Sequence[str]) -> Report:
        """Return stored events with what their rules read: claims, roots, passages, documents.

        The documents are the events' own and the documents named as roots (a wire copy
        printed first elsewhere), so that a note names the outlet as ``analyze``'s does.
        The claims' copies are left out: no rule or policy reads them, and a first print's
        are as many as its reprints.
        """
        marks = _marks(len(events))
        found = [
            Event.model_validate_json(text)
            for (text,) in self._db.execute(
                f"SELECT json FROM events WHERE id IN ({marks})", list(events)
            )
        ]
        claims: list[AnyClaim] = []
        provenance: list[Provenance] = []
        for text, root, agency in self._db.execute(
            f"SELECT json, root, agency FROM claims WHERE event IN ({marks}) ORDER BY seq",
            list(events),
        ):
            claim = self._copies.claim(text)
            claims.append(claim)
            if root is not None:
                provenance.append(Provenance(claim=claim.id, root=root, agency=agency))
        own = _docs_of(found)
        roots = {p.root for p in provenance} - own
        report = Report(
            documents=tuple(self._copies.documents(own | roots)),
            claims=tuple(claims),
            events=tuple(found),
            passages=tuple(self._copies.passages_within(e.documents for e in found)),
            provenance=tuple(provenance),
        )
        return resolve_groups(report, self.lexicon)

    def _retrace_all(self) -> None:
        """Find the copies of a store migrated from schema 1 and make its findings again."""
        with _transaction(self._db):
            batch = int(self._scalar("SELECT max(batch) FROM runs") or 0)
            ids = [row[0] for row in self._db.execute("SELECT id FROM documents ORDER BY seq")]
            changed: set[str] = set()
            for chunk in _chunks(ids, _CHUNK):
                docs = self._copies.documents(chunk)
                self._db.executemany(
                    "UPDATE documents SET credits = ? WHERE id = ?",
                    [(credits_json(d), d.id) for d in docs],
                )
                changes = self._copies.add(docs)
                changed |= changes.whole | set(changes.gained)
            self._copies.retrace(changed)
            events = {row[0] for row in self._db.execute("SELECT id FROM events")}
            self._rerule(events, batch, _quiet)
            self._db.execute("DELETE FROM meta WHERE key = 'retrace'")

    # -- reading ------------------------------------------------------------------------------

    def report(
        self,
        *,
        event: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
    ) -> Report:
        """Return the stored report, as :func:`~claimrecon.pipeline.analyze` would.

        Without filters it holds every document and claim; with any, it holds the events
        that pass them, with their claims, documents, findings and estimates. It is read
        in one transaction, so an ingest running meanwhile is seen whole or not at all.

        Args:
            event: Only this event; an old id resolves to the event that replaced it.
            since: Only events dated on or after this day (undated events are left out).
            until: Only events dated on or before this day (undated events are left out).
            place: Only events whose location is this place (any case).

        Raises:
            KeyError: If ``event`` is no stored event and replaced none.
        """
        with _transaction(self._db, write=False):
            events = list(self._select_events(event, since, until, place))
            whole = event is None and since is None and until is None and place is None
            ids = None if whole else [e.id for e in events]
            documents = self._select_documents(None if whole else _docs_of(events))
            claims, provenance = self._select_claims(ids)
            owed = self._owed(self._pending(ids))
            report = Report(
                documents=tuple(documents),
                claims=tuple(claims),
                events=tuple(sorted(events, key=lambda e: (e.date or dt.date.max, e.id))),
                aggregates=tuple(self._aggregates(ids)),
                contradictions=owed.settled("contradictions", Contradiction, ids),
                notes=owed.settled("notes", Note, ids),
                estimates=owed.settled("estimates", Estimate, ids),
                passages=tuple(self._select_passages(None if whole else _docs_of(events))),
                provenance=tuple(provenance),
            )
        # Claims are stored as extracted; each event's names are resolved as analyze does.
        report = resolve_groups(report, self.lexicon)
        # Timelines are read from the claims and documents, as the rules stage reads them.
        return report.model_copy(update={"timelines": source_timelines(report)})

    def events(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        place: str | None = None,
    ) -> Iterator[Event]:
        """Yield the stored events, by date then id, filtered as :meth:`report` does."""
        yield from self._select_events(None, since, until, place)

    def claims(
        self, *, event: str | None = None, document: str | None = None
    ) -> Iterator[AnyClaim]:
        """Yield the stored claims in the order they were ingested, of one event or document.

        They are the claims :meth:`report` holds: an attribution claim in an event names
        its group with the one name the event gives it across its reports
        (:func:`~claimrecon.extract.resolve_groups`, which the rules read too), and keeps
        the text's spelling in ``actor_text``. The store keeps claims as extracted, since
        the name depends on the event's other reports, which later batches change.
        """
        sql, args = "SELECT json, event FROM claims", list[str]()
        if event is not None:
            found = self.resolve(event)
            sql += f" WHERE event IN ({_marks(len(found))})"
            args.extend(found)
        elif document is not None:
            sql += " WHERE document = ?"
            args.append(document)
        named: OrderedDict[str, dict[str, AnyClaim]] = OrderedDict()
        for text, where in self._db.execute(sql + " ORDER BY seq", args):
            claim = _CLAIM.validate_json(text)
            if where is not None and isinstance(claim, AttributionClaim):
                if where not in named:
                    _remember_names(named, where, self._named(where))
                claim = named[where].get(claim.id, claim)
            yield claim

    def _named(self, event: str) -> dict[str, AnyClaim]:
        """Return the claims of a stored event with its groups' names resolved, by id."""
        row = self._db.execute("SELECT json FROM events WHERE id = ?", (event,)).fetchone()
        if row is None:
            return {}
        found = Event.model_validate_json(row[0])
        claims = [
            self._copies.claim(text)
            for (text,) in self._db.execute(
                "SELECT json FROM claims WHERE event = ? ORDER BY seq", (event,)
            )
        ]
        report = Report(
            documents=tuple(self._copies.documents(found.documents)),
            claims=tuple(claims),
            events=(found,),
        )
        return {c.id: c for c in resolve_groups(report, self.lexicon).claims}

    def resolve(self, event: str) -> tuple[str, ...]:
        """Return the ids of the stored events an event id stands for now.

        A stored event stands for itself; an event that changed or merged stands for the
        event that replaced it, following later changes; a split one for all its parts.

        Raises:
            KeyError: If the id is no stored event and replaced none.
        """
        found: list[str] = []
        todo, seen = [event], set()
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            if self._scalar("SELECT 1 FROM events WHERE id = ?", current):
                found.append(current)
                continue
            todo.extend(
                row[0]
                for row in self._db.execute(
                    "SELECT new FROM event_aliases WHERE old = ?", (current,)
                )
            )
        if not found:
            raise KeyError(event)
        return tuple(sorted(found))

    def __len__(self) -> int:
        return int(self._scalar("SELECT count(*) FROM documents") or 0)

    def _select_events(
        self, event: str | None, since: dt.date | None, until: dt.date | None, place: str | None
    ) -> Iterator[Event]:
        where: list[str] = []
        args: list[Any] = []
        if event is not None:
            found = self.resolve(event)
            where.append(f"id IN ({_marks(len(found))})")
            args.extend(found)
        if since is not None:
            where.append("date >= ?")
            args.append(since.isoformat())
        if until is not None:
            where.append("date <= ?")
            args.append(until.isoformat())
        if place is not None:
            where.append("lower(location) = lower(?)")
            args.append(place)
        sql = "SELECT json FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        # Undated events last, as group_events orders them.
        sql += " ORDER BY date IS NULL, date, id"
        for (text,) in self._db.execute(sql, args):
            yield Event.model_validate_json(text)

    def _select_documents(self, ids: set[str] | None) -> list[Document]:
        sql = "SELECT seq, id, published, outlet, title, url, text FROM documents"
        rows: list[Any] = []
        if ids is None:
            rows = self._db.execute(sql).fetchall()
        else:
            for chunk in _chunks(sorted(ids), _CHUNK):
                rows.extend(self._db.execute(sql + f" WHERE id IN ({_marks(len(chunk))})", chunk))
        return [_document(row[1:]) for row in sorted(rows)]

    def _select_claims(self, events: list[str] | None) -> tuple[list[AnyClaim], list[Provenance]]:
        """Return the claims (of the events, or all) in the order ingested, with their roots."""
        sql = (
            "SELECT seq, json, root, agency, (SELECT json_group_array(copy) FROM claim_copies "
            "WHERE claim = claims.seq) FROM claims"
        )
        if events is None:
            rows = self._db.execute(sql).fetchall()
        else:
            rows = []
            for chunk in _chunks(events, _CHUNK):
                rows.extend(
                    self._db.execute(sql + f" WHERE event IN ({_marks(len(chunk))})", chunk)
                )
        claims: list[AnyClaim] = []
        provenance: list[Provenance] = []
        for _, text, root, agency, copies in sorted(rows, key=lambda row: row[0]):
            claim = _CLAIM.validate_json(text)
            claims.append(claim)
            if root is not None:
                provenance.append(_provenance(claim.id, root, agency, copies))
        return claims, provenance

    def _select_passages(self, documents: set[str] | None) -> list[CopiedPassage]:
        """Return the passages between the documents (or all), as ``analyze`` sorts them."""
        if documents is not None:
            return self._copies.passages(documents, both=True)
        return sorted(
            (
                CopiedPassage(
                    first=Span(doc=a, start=a0, end=a1),
                    second=Span(doc=b, start=b0, end=b1),
                    words=n,
                )
                for a, a0, a1, b, b0, b1, n in self._db.execute("SELECT * FROM passages")
            ),
            key=passage_order,
        )

    def _aggregates(self, events: list[str] | None) -> list[str]:
        if events is not None:
            return []
        rows = self._db.execute("SELECT DISTINCT id FROM claims WHERE aggregate = 1 ORDER BY id")
        return [row[0] for row in rows]

    def _pending(self, events: list[str] | None) -> list[str]:
        """Return the stored events (of ``events``, or all) whose rules are owed."""
        sql = "SELECT event FROM pending_rules WHERE event IN (SELECT id FROM events)"
        if events is None:
            return [row[0] for row in self._db.execute(sql + " ORDER BY event")]
        found: list[str] = []
        for chunk in _chunks(sorted(events), _CHUNK):
            found.extend(
                row[0]
                for row in self._db.execute(sql + f" AND event IN ({_marks(len(chunk))})", chunk)
            )
        return found

    def _owed(self, events: list[str]) -> _Owed:
        """Make, without storing them, the findings and estimates owed to the events."""
        made = Report()
        for chunk in _chunks(events, _RULES_CHUNK):
            report = find_contradictions(self._rules_report(chunk), lexicon=self.lexicon)
            report = estimate(report, self.policy, lexicon=self.lexicon)
            made = made.model_copy(
                update={
                    "contradictions": made.contradictions + report.contradictions,
                    "notes": made.notes + report.notes,
                    "estimates": made.estimates + report.estimates,
                }
            )
        return _Owed(self, set(events), made)

    def _findings(self, table: str, model: type[Any], events: list[str] | None) -> list[Any]:
        rows: list[Any] = []
        if events is None:
            rows = self._db.execute(f"SELECT json FROM {table}").fetchall()
        else:
            for chunk in _chunks(events, _CHUNK):
                rows.extend(
                    self._db.execute(
                        f"SELECT json FROM {table} WHERE event IN ({_marks(len(chunk))})",
                        chunk,
                    )
                )
        found = [model.model_validate_json(text) for (text,) in rows]
        return sorted(found, key=_finding_key)

    def _scalar(self, sql: str, *args: Any) -> Any:
        row = self._db.execute(sql, args).fetchone()
        return row[0] if row else None

    # -- for _Plan ---------------------------------------------------------------------------

    def _documents_with_keys(self, blocks: Iterable[Block]) -> set[str]:
        """Return the stored documents with a block of the same key whose window overlaps."""
        found: set[str] = set()
        for chunk in _chunks(sorted(blocks), _CHUNK // 3):
            probes = " UNION ALL ".join(["SELECT ? AS key, ? AS lo, ? AS hi"] * len(chunk))
            args = [v for key, lo, hi in chunk for v in (key, lo.isoformat(), hi.isoformat())]
            found.update(
                row[0]
                for row in self._db.execute(
                    f"SELECT DISTINCT b.document FROM ({probes}) AS p JOIN blocks AS b "
                    'ON b.key = p.key AND b.start <= p.hi AND b."end" >= p.lo',
                    args,
                )
            )
        return found

    def _keys_of(self, documents: Iterable[str]) -> set[Block]:
        found: set[Block] = set()
        for chunk in _chunks(sorted(documents), _CHUNK):
            marks = _marks(len(chunk))
            found.update(
                (key, dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))
                for key, lo, hi in self._db.execute(
                    f'SELECT key, start, "end" FROM blocks WHERE document IN ({marks})', chunk
                )
            )
        return found

    def _events_of(self, documents: Iterable[str]) -> dict[str, Event]:
        """Return the stored events any of the documents has a claim in."""
        found: dict[str, Event] = {}
        for chunk in _chunks(sorted(documents), _CHUNK):
            for (text,) in self._db.execute(
                "SELECT json FROM events WHERE id IN (SELECT event FROM event_documents "
                f"WHERE document IN ({_marks(len(chunk))}))",
                chunk,
            ):
                event = Event.model_validate_json(text)
                found[event.id] = event
        return found

    def _stored(self, documents: Iterable[str]) -> tuple[list[Document], list[AnyClaim]]:
        ids = sorted(documents)
        docs: list[Document] = []
        claims: list[AnyClaim] = []
        for chunk in _chunks(ids, _CHUNK):
            marks = _marks(len(chunk))
            docs.extend(
                _document(row)
                for row in self._db.execute(
                    "SELECT id, published, outlet, title, url, text FROM documents "
                    f"WHERE id IN ({marks}) ORDER BY seq",
                    chunk,
                )
            )
            claims.extend(
                self._copies.claim(text)
                for (text,) in self._db.execute(
                    f"SELECT json FROM claims WHERE document IN ({marks}) ORDER BY seq", chunk
                )
            )
        return docs, claims

    def _replace(
        self, old: Iterable[str], report: Report, documents: set[str], batch: int, keep: set[str]
    ) -> None:
        """Replace the old events and their findings by the report's, for the documents.

        The events in ``keep`` are stored as the report has them: their rows and
        findings stay as they are.
        """
        db = self._db
        for chunk in _chunks(sorted(set(old) - keep), _CHUNK):
            marks = _marks(len(chunk))
            _delete_findings(db, chunk)
            db.execute(f"DELETE FROM event_documents WHERE event IN ({marks})", chunk)
            db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)
        fresh = tuple(e for e in report.events if e.id not in keep)
        _insert_results(db, report.model_copy(update={"events": fresh}), batch)
        membership = [(e.id, c) for e in report.events for c in e.claims]
        aggregates = set(report.aggregates)
        for chunk in _chunks(sorted(documents), _CHUNK):
            marks = _marks(len(chunk))
            db.execute(
                f"UPDATE claims SET event = NULL, aggregate = 0 WHERE document IN ({marks})", chunk
            )
        db.executemany("UPDATE claims SET event = ? WHERE id = ?", membership)
        db.executemany("UPDATE claims SET aggregate = 1 WHERE id = ?", [(a,) for a in aggregates])


class _Owed:
    """The findings a report owes to pending events, made in memory (see :meth:`Store.settle`)."""

    def __init__(self, store: Store, events: set[str], made: Report) -> None:
        self.store = store
        self.events = events
        self.made = made

    def settled(self, table: str, model: type[Any], ids: list[str] | None) -> tuple[Any, ...]:
        """Return the stored findings of ``table``, those of pending events made afresh."""
        stored = self.store._findings(table, model, ids)
        if not self.events:
            return tuple(stored)
        kept = [f for f in stored if f.event not in self.events]
        return tuple(sorted([*kept, *getattr(self.made, table)], key=_finding_key))


class _Plan:
    """One batch's re-grouping: which stored events it touches, and what they become."""

    def __init__(
        self, store: Store, new: list[Document], claims: list[AnyClaim], progress: Progress
    ) -> None:
        self.store = store
        self.new = new
        self.claims = claims
        self.progress = progress
        self.keys: dict[str, frozenset[Block]] = {}
        self.old: dict[str, Event] = {}
        self.documents: set[str] = set()
        self.report = Report()

    def run(self) -> IngestResult:
        """Re-group what the batch touches; say what changed."""
        store, lexicon = self.store, self.store.lexicon
        self.progress("group", 0, 1)
        self.keys = block_keys(
            Report(documents=tuple(self.new), claims=tuple(self.claims)), lexicon
        )
        new_ids = {d.id for d in self.new}
        expanded = set().union(*self.keys.values()) if self.keys else set()
        self._widen(store._documents_with_keys(expanded))
        while True:
            grouped = self._group()
            # Only an event that changed can change how its neighbours group: follow
            # the keys of changed events' documents until no new document is touched.
            changed = [e for e in grouped.events if self.old.get(e.id) != e]
            changed_docs = {d for e in changed for d in e.documents} - new_ids
            frontier = store._keys_of(changed_docs) - expanded
            expanded |= frontier
            touched = store._documents_with_keys(frontier) - self.documents
            if not touched:
                break
            self._widen(touched)
        self.report = grouped
        self.progress("group", 1, 1)
        return self._changes()

    @property
    def events(self) -> set[str]:
        """The ids of the re-grouped events that changed (whose rules must run again).

        An event the batch looked at again but left as it was keeps its id, its claims
        and its documents: its findings, which read nothing else of the grouping, stay.
        """
        return {e.id for e in self.report.events} - self.unchanged

    @property
    def unchanged(self) -> set[str]:
        """The ids of the re-grouped events that are as they were stored."""
        return {e.id for e in self.report.events if self.old.get(e.id) == e}

    def _widen(self, documents: set[str]) -> None:
        """Add the documents and every document of their events to the re-grouped set."""
        while documents:
            self.documents |= documents
            events = self.store._events_of(documents)
            self.old.update(events)
            documents = {d for e in events.values() for d in e.documents} - self.documents

    def _group(self) -> Report:
        docs, claims = self.store._stored(self.documents)
        report = Report(documents=(*docs, *self.new), claims=(*claims, *self.claims))
        return group_events(report, lexicon=self.store.lexicon)

    def _changes(self) -> IngestResult:
        where: dict[str, str] = {c: e.id for e in self.report.events for c in e.claims}
        new = {e.id for e in self.report.events}
        sources = self._sources(where)
        changed: dict[str, str] = {}
        merged: dict[str, str] = {}
        split: dict[str, tuple[str, ...]] = {}
        for old in self.old.values():
            targets = sorted({where[c] for c in old.claims if c in where})
            if old.id in new or not targets:
                continue
            if len(targets) > 1:
                split[old.id] = tuple(targets)
            elif len(sources[targets[0]]) > 1:
                merged[old.id] = targets[0]
            else:
                changed[old.id] = targets[0]
        created = tuple(sorted(e for e in new if not sources[e]))
        return IngestResult(
            created_events=created,
            changed_events=changed,
            merged_events=merged,
            split_events=split,
            regrouped_events=len(self.old),
        )

    def _sources(self, where: dict[str, str]) -> dict[str, set[str]]:
        """Return, for each re-grouped event, the old events its claims come from."""
        sources: dict[str, set[str]] = defaultdict(set)
        for old in self.old.values():
            for claim in old.claims:
                if claim in where:
                    sources[where[claim]].add(old.id)
        return sources

    def write(self, batch: int) -> None:
        """Write the re-grouped events and findings, and the aliases of replaced events."""
        docs = self.documents | {d.id for d in self.new}
        self.store._replace(self.old, self.report, docs, batch, self.unchanged)
        result = self._changes()
        aliases = [
            *((old, new, "changed") for old, new in result.changed_events.items()),
            *((old, new, "merged") for old, new in result.merged_events.items()),
            *((old, new, "split") for old, parts in result.split_events.items() for new in parts),
        ]
        self.store._db.executemany(
            "INSERT OR REPLACE INTO event_aliases VALUES (?, ?, ?, ?)",
            [(old, new, how, batch) for old, new, how in aliases],
        )


# --- rows ----------------------------------------------------------------------------------


def _claim_row(c: AnyClaim) -> tuple[Any, ...]:
    specific: tuple[Any, ...]
    if isinstance(c, FigureClaim):
        f = c.figure
        specific = (c.metric.value, c.subject.value, f.low, f.high, f.qualifier.value, None, None)
    else:
        specific = (None, None, None, None, None, c.actor, c.stance.value)
    return (
        c.id,
        c.span.doc,
        c.type,
        *specific,
        c.source.label,
        c.source.kind.value,
        c.quote,
        c.span.start,
        c.span.end,
        c.model_dump_json(),
    )


def _delete_findings(db: sqlite3.Connection, events: Sequence[str]) -> None:
    marks = _marks(len(events))
    db.execute(
        "DELETE FROM contradiction_sides WHERE contradiction IN "
        f"(SELECT id FROM contradictions WHERE event IN ({marks}))",
        list(events),
    )
    for table in ("contradictions", "notes", "estimates"):
        db.execute(f"DELETE FROM {table} WHERE event IN ({marks})", list(events))


def _provenance(claim: str, root: str, agency: str | None, copies: str) -> Provenance:
    found = tuple(sorted(json.loads(copies)))
    return Provenance(claim=claim, root=root, agency=agency, copies=found)


def _insert_results(db: sqlite3.Connection, report: Report, batch: int) -> None:
    db.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.id,
                e.kind.value,
                e.date.isoformat() if e.date else None,
                e.date_precision.value if e.date_precision else None,
                e.location,
                e.target,
                batch,
                e.model_dump_json(),
            )
            for e in report.events
        ],
    )
    db.executemany(
        "INSERT INTO event_documents VALUES (?, ?)",
        [(e.id, d) for e in report.events for d in e.documents],
    )
    db.executemany(
        "INSERT OR REPLACE INTO contradictions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.id,
                c.event,
                c.rule,
                c.kind.value,
                c.severity.value,
                c.metric.value if c.metric else None,
                c.subject.value if c.subject else None,
                c.explanation,
                c.model_dump_json(),
            )
            for c in report.contradictions
        ],
    )
    db.executemany(
        "INSERT INTO contradiction_sides VALUES (?, ?, ?)",
        [
            (c.id, number, claim)
            for c in report.contradictions
            for number, side in enumerate(c.sides)
            for claim in side
        ],
    )
    db.executemany(
        "INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?, ?, ?)",
        [
            (n.id, n.event, n.rule, n.kind.value, n.explanation, n.model_dump_json())
            for n in report.notes
        ],
    )
    db.executemany(
        "INSERT OR REPLACE INTO estimates VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.event,
                e.metric.value,
                e.subject.value,
                e.policy,
                e.low,
                e.best,
                e.high,
                e.model_dump_json(),
            )
            for e in report.estimates
        ],
    )


def _by_document(claims: Iterable[AnyClaim]) -> dict[str, list[AnyClaim]]:
    """Return the claims of each document, in their order."""
    found: dict[str, list[AnyClaim]] = defaultdict(list)
    for claim in claims:
        found[claim.span.doc].append(claim)
    return dict(found)


def _remember_names(
    named: OrderedDict[str, dict[str, AnyClaim]], event: str, claims: dict[str, AnyClaim]
) -> None:
    """Keep the resolved claims of the last few events :meth:`Store.claims` read."""
    named[event] = claims
    while len(named) > _NAMED_EVENTS:
        named.popitem(last=False)


def _docs_of(events: Iterable[Event]) -> set[str]:
    return {d for e in events for d in e.documents}


def _finding_key(found: Any) -> tuple[Any, ...]:
    # The orders run_rules and estimate give, so a stored report equals analyze's.
    if isinstance(found, Contradiction):
        return (found.event or "", found.rule, found.sides, found.id)
    if isinstance(found, Note):
        return (found.event or "", found.rule, found.claims, found.id)
    return (found.event, found.metric.value, found.subject.value, found.policy)


# --- database plumbing -----------------------------------------------------------------------


def _quiet(stage: str, done: int, total: int) -> None:
    """Report no progress."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _settle(db: sqlite3.Connection, where: str, key: str, wanted: str | None, default: str) -> str:
    """Return a setting kept with the store, choosing it if the store is new.

    Raises:
        StoreError: If the store keeps another value than ``wanted``.
    """
    stored = _meta(db, key)
    if stored is None:
        with _transaction(db):
            db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", (key, wanted or default))
        return _meta(db, key) or default
    if wanted is not None and wanted != stored:
        what = key.replace("_", " ")
        raise StoreError(f"the store's {what} is {stored!r}, not {wanted!r}", where=where)
    return stored


def _finder_text(finder: CopyFinder) -> str:
    return (
        f"k={finder.k} window={finder.window} min_words={finder.min_words} "
        f"max_postings={finder.max_postings}"
    )


def _finder_of(text: str) -> CopyFinder:
    settings = dict(item.split("=") for item in text.split())
    return CopyFinder(**{name: int(value) for name, value in settings.items()})


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one batch, as it was before after it.

    A batch's objects (its claims, passages, re-grouped events, the rows it reads) live
    until the batch ends: young collections promote them, and they die old. Each batch
    then set off full collections over every object of the process (the lexicon's
    hundreds of thousands first): about as many again as ``analyze`` makes over the whole
    corpus, a seventh of an ingest's time. A batch is bounded (``batch_size``
    documents, the rules 32 events at a time), and reference counting frees its objects
    as it goes, so its memory does not grow meanwhile; the collector runs as usual
    between batches.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def _transaction(db: sqlite3.Connection, *, write: bool = True) -> Iterator[None]:
    """Run a block in one transaction; a write takes the lock at once, a read a snapshot."""
    db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _migrate(db: sqlite3.Connection, where: str) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, each step in a transaction of its own."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {version}; this claimrecon reads up to "
            f"{SCHEMA_VERSION}: upgrade claimrecon",
            where=where,
        )
    if version == 0 and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StoreError("the file is an SQLite database but not a claimrecon store", where=where)
    for number in range(version, SCHEMA_VERSION):
        with _transaction(db):
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    db.execute(statement)
            # PRAGMA takes no parameters; the number is ours.
            db.execute(f"PRAGMA user_version = {number + 1}")
