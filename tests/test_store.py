from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import itertools
import os
import pty
import sqlite3
import struct
import subprocess
import sys
import tempfile
import termios
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, InputError, Report, Store, StoreError, analyze, read_documents
from claimrecon.cli import main
from claimrecon.estimates import estimate
from claimrecon.events import group_events
from claimrecon.extract import resolve_groups
from claimrecon.gold import read_gold
from claimrecon.independence import CopyFinder, trace_roots
from claimrecon.pipeline import extract_report
from claimrecon.rules import find_contradictions
from claimrecon.store import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import SEEDS
from tests.corpus import corpus

MONDAY = dt.date(2020, 3, 4)  # published on the Wednesday after


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text + "\n", published=MONDAY)


# Two attacks on a market on one Monday in two cities, and a report naming no city that
# can be either: grouping merges all three, so ingesting it later merges two events.
KABUL = _doc("kabul", "Five people were killed in an attack on a market in Kabul on Monday.")
HERAT = _doc("herat", "Seven people were killed in an attack on a market in Herat on Monday.")
NOWHERE = _doc("nowhere", "Six people were killed in an attack on a market on Monday.")


@cache
def _corpus() -> tuple[Document, ...]:
    """The seeds, a small synthetic corpus with events told by several reports, the market."""
    return (
        *read_documents([SEEDS]),
        *corpus(18, per_day=6, start=dt.date(2020, 3, 1)),
        KABUL,
        HERAT,
        NOWHERE,
    )


@cache
def _whole() -> Report:
    return analyze(_corpus())


def _summary(report: Report) -> dict[str, object]:
    """What must not depend on batches or order: events as partitions, findings, estimates."""
    return {
        "documents": {d.id for d in report.documents},
        "claims": {c.id for c in report.claims},
        "partition": {frozenset(e.claims) for e in report.events},
        "events": set(report.events),
        "aggregates": set(report.aggregates),
        "contradictions": set(report.contradictions),
        "notes": set(report.notes),
        "estimates": set(report.estimates),
        "passages": set(report.passages),
        "provenance": set(report.provenance),
    }


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "claims.db") as opened:
        yield opened


# The events whose findings an interrupted ingest still owes (the file's own record).
_OWED = "SELECT event FROM pending_rules WHERE event IN (SELECT id FROM events) ORDER BY event"


def _sql(store: Store, query: str) -> list[tuple[Any, ...]]:
    """Return the rows of ``query`` read from the store's file, as any SQLite reader would."""
    with contextlib.closing(sqlite3.connect(store.path)) as db:
        return db.execute(query).fetchall()


# --- equivalence --------------------------------------------------------------------------


# Each example ingests a whole corpus batch by batch: 30 of them keep the suite within
# its five minutes.
@settings(max_examples=30)
@given(st.data())
def test_any_batches_in_any_order_give_the_report_of_analyze(data: st.DataObject) -> None:
    documents = data.draw(st.permutations(_corpus()), label="order")
    cuts = data.draw(
        st.lists(st.integers(1, len(documents) - 1), max_size=6, unique=True), label="cuts"
    )
    bounds = [0, *sorted(cuts), len(documents)]
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder, "s.db")) as store:
        for lo, hi in itertools.pairwise(bounds):
            store.ingest(documents[lo:hi])
        assert _summary(store.report()) == _summary(_whole())


def test_the_stored_report_equals_analyze_in_the_order_ingested(store: Store) -> None:
    documents = list(read_documents([SEEDS]))
    store.ingest(documents[:2])
    store.ingest(documents[2:])
    assert store.report() == analyze(documents)


def test_batch_size_splits_an_ingest_into_logged_batches(store: Store) -> None:
    result = store.ingest(_corpus()[:10], batch_size=4)
    assert result.batches == (1, 2, 3)
    assert len(result.new_documents) == 10
    runs = _sql(store, "SELECT batch, documents_new FROM runs ORDER BY batch")
    assert runs == [(1, 4), (2, 4), (3, 2)]


# --- identity and incrementality --------------------------------------------------------------


def test_ingesting_a_document_again_adds_nothing(store: Store) -> None:
    documents = list(read_documents([SEEDS]))
    first = store.ingest(documents)
    before = store.report()
    again = store.ingest(documents)
    assert first.new_claims > 0
    assert again.new_documents == ()
    assert again.skipped_documents == tuple(d.id for d in documents)
    assert again.new_claims == 0
    assert store.report() == before


def test_a_repeated_document_in_one_batch_is_stored_once(store: Store) -> None:
    result = store.ingest([KABUL, KABUL])
    assert result.new_documents == ("kabul",)
    assert result.skipped_documents == ("kabul",)


def test_a_stored_id_with_other_content_is_an_input_error(store: Store) -> None:
    store.ingest([KABUL])
    changed = KABUL.model_copy(update={"text": "Nine people were killed."})
    with pytest.raises(InputError, match="kabul"):
        store.ingest([changed])
    assert len(store) == 1


def test_a_batch_far_from_stored_events_leaves_them_alone(store: Store) -> None:
    store.ingest([KABUL, HERAT])
    before = {e.id for e in store.events()}
    elsewhere = Document(
        id="later",
        text="Three people were killed in an attack on a mosque in Quetta on Monday.\n",
        published=dt.date(2021, 6, 9),
    )
    result = store.ingest([elsewhere])
    assert result.regrouped_events == 0
    assert len(result.created_events) == 1
    assert before < {e.id for e in store.events()}


def test_an_event_regrouped_but_unchanged_keeps_its_row_and_findings(store: Store) -> None:
    # Herat's market attack shares the (month, market) block with Kabul's, so the batch
    # looks at Kabul's event again; it does not join it, so Kabul's event and its
    # contradiction are left as stored, not written again.
    later = _doc(
        "kabul-later", "Eight people were killed in an attack on a market in Kabul on Monday."
    )
    store.ingest([KABUL, later])
    (kabul,) = store.events()
    before = store.report(event=kabul.id).contradictions
    assert before
    result = store.ingest([HERAT])
    assert result.regrouped_events == 1
    assert result.changed_events == {}
    rows = dict(_sql(store, "SELECT id, batch FROM events"))
    assert rows[kabul.id] == 1
    assert store.report(event=kabul.id).contradictions == before
    assert store.report() == analyze([KABUL, later, HERAT])


def test_a_batch_that_fails_leaves_nothing_a_later_batch_reads(store: Store) -> None:
    # The batch stores its documents, then fails: they roll back, and the same id with
    # another text is then a new document, read from the store and not from the
    # failed batch.
    def fail(stage: str, done: int, total: int) -> None:
        if stage == "roots":  # the batch's documents, claims and events are written
            raise KeyboardInterrupt

    store.ingest([HERAT])
    with pytest.raises(KeyboardInterrupt):
        store.ingest([KABUL], progress=fail)
    assert store.report() == analyze([HERAT])
    other = KABUL.model_copy(update={"text": KABUL.text.replace("Five", "Nine")})
    store.ingest([other])
    assert store.report() == analyze([HERAT, other])


def test_findings_owed_by_an_unsettled_ingest_are_made_by_report_and_settled_later(
    store: Store,
) -> None:
    # The batches commit; the rules they owe run once as the call ends. An ingest stopped
    # before that leaves its events marked: report() makes their findings without writing
    # them, and the next settle writes them.
    later = _doc(
        "kabul-later", "Eight people were killed in an attack on a market in Kabul on Monday."
    )

    def fail(stage: str, done: int, total: int) -> None:
        if stage == "rules":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.ingest([KABUL, later, HERAT], batch_size=1, progress=fail)
    assert len(store) == 3
    owed = [event for (event,) in _sql(store, _OWED)]
    assert owed and set(owed) <= {e.id for e in store.events()}
    assert _sql(store, "SELECT count(*) FROM contradictions") == [(0,)]
    whole = analyze([KABUL, later, HERAT])
    assert whole.contradictions
    assert store.report() == whole
    (kabul,) = (e for e in whole.events if "kabul-later" in e.documents)
    assert store.report(event=kabul.id).contradictions == tuple(
        c for c in whole.contradictions if c.event == kabul.id
    )
    assert store.settle() == len(owed)
    assert _sql(store, _OWED) == []
    assert _sql(store, "SELECT count(*) FROM contradictions") == [(len(whole.contradictions),)]
    assert store.report() == whole


def test_a_new_report_of_a_stored_event_changes_it_and_the_old_id_resolves(
    store: Store,
) -> None:
    store.ingest([KABUL])
    (old,) = (e.id for e in store.events())
    again = _doc("kabul-2", "Five people were killed in an attack on a market in Kabul on Monday.")
    result = store.ingest([again])
    (new,) = (e.id for e in store.events())
    assert result.changed_events == {old: new}
    assert store.resolve(old) == (new,)
    assert [e.id for e in store.report(event=old).events] == [new]


def test_two_stored_events_merged_by_a_new_report_are_recorded(store: Store) -> None:
    store.ingest([KABUL, HERAT])
    old = sorted(e.id for e in store.events())
    assert len(old) == 2
    result = store.ingest([NOWHERE])
    (merged,) = (e.id for e in store.events())
    assert result.merged_events == {old[0]: merged, old[1]: merged}
    assert result.regrouped_events == 2
    for old_id in old:
        assert store.resolve(old_id) == (merged,)
    aliases = _sql(store, "SELECT old, new, how FROM event_aliases ORDER BY old")
    assert aliases == [(old[0], merged, "merged"), (old[1], merged, "merged")]


# --- reading ---------------------------------------------------------------------------------


def test_report_filters_by_event_date_and_place(store: Store) -> None:
    store.ingest(read_documents([SEEDS]))
    whole = store.report()
    dated = [e for e in whole.events if e.date is not None]
    since = dt.date(2018, 1, 1)
    recent = store.report(since=since)
    assert {e.id for e in recent.events} == {e.id for e in dated if e.date >= since}
    assert {e.id for e in store.report(until=since).events} == {
        e.id for e in dated if e.date <= since
    }
    kabul = store.report(place="KABUL")
    assert kabul.events and all(e.location == "Kabul" for e in kabul.events)
    one = store.report(event=whole.events[0].id)
    assert one.events == (whole.events[0],)
    assert {c.id for c in one.claims} == set(whole.events[0].claims)
    assert {d.id for d in one.documents} == set(whole.events[0].documents)
    assert all(c.event == whole.events[0].id for c in one.contradictions)


def test_an_unknown_event_is_a_key_error(store: Store) -> None:
    store.ingest([KABUL])
    with pytest.raises(KeyError):
        store.report(event="ev-nothing")


def test_events_and_claims_iterate_the_store(store: Store) -> None:
    store.ingest(read_documents([SEEDS]))
    report = store.report()
    assert list(store.events()) == list(report.events)
    assert list(store.claims()) == list(report.claims)
    event = report.events[0]
    assert {c.id for c in store.claims(event=event.id)} == set(event.claims)
    first = report.documents[0].id
    assert {c.id for c in store.claims(document=first)} == {
        c.id for c in report.claims if c.span.doc == first
    }


def test_claims_name_groups_as_the_report_and_the_rules_do(store: Store) -> None:
    # One attack told by two reports in two batches: one defines the invented group's
    # initials, the other uses them alone. The event gives both claims one name.
    full = _doc(
        "zelvan-full",
        "Twelve people were killed in a bombing at a market in Dunmar on Monday. "
        "The Okvara Zelvan Front (OZF) claimed responsibility for the attack.",
    )
    short = _doc(
        "zelvan-short",
        "A bombing at a market in Dunmar killed 12 people on Monday, police said. "
        "The OZF claimed responsibility.",
    )
    store.ingest([full])
    store.ingest([short])
    report = store.report()
    assert list(store.claims()) == list(report.claims)
    (event,) = report.events
    assert list(store.claims(event=event.id)) == list(report.claims)
    named = [c for c in store.claims(document="zelvan-short") if c.type == "attribution"]
    assert [(c.actor, c.actor_text) for c in named] == [("Okvara Zelvan Front", "OZF")]
    # The table keeps the claim as extracted: the name follows the event's reports.
    stored = _sql(
        store, "SELECT actor FROM claims WHERE document = 'zelvan-short' AND type = 'attribution'"
    )
    assert stored == [("OZF",)]


def test_a_reader_during_an_ingest_sees_the_store_before_it(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    documents = _corpus()
    with Store.open(path) as writer, Store.open(path) as reader:
        writer.ingest(documents[:5])
        before = reader.report()
        seen: list[Report] = []

        def read_midway(stage: str, done: int, total: int) -> None:
            # Called inside the batch's transaction, after its rows are written.
            if stage == "write" and done == 1:
                seen.append(reader.report())

        writer.ingest(documents[5:], progress=read_midway)
        after = reader.report()
    assert seen == [before]
    assert after != before
    assert _summary(after) == _summary(_whole())


# --- the database ------------------------------------------------------------------------------


def test_the_file_is_a_wal_sqlite_database_at_the_schema_version(store: Store) -> None:
    store.ingest([KABUL])
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT metric, low, high FROM claims").fetchall()
    assert rows == [("killed", 5, 5)]
    assert len(MIGRATIONS) == SCHEMA_VERSION


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    Store.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="upgrade claimrecon"):
        Store.open(path)


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a claimrecon store"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some text, long enough to hold no SQLite header at all\n" * 20)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store.open(path)


def test_the_policy_is_kept_with_the_store(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, policy="ibc") as store:
        store.ingest([KABUL])
        assert {e.policy for e in store.report().estimates} == {"ibc"}
    with Store.open(path) as store:
        assert store.policy == "ibc"
    with pytest.raises(StoreError, match="ibc"):
        Store.open(path, policy="ucdp")


def test_batch_size_must_be_positive(store: Store) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        store.ingest([KABUL], batch_size=0)


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    db = tmp_path / "claims.db"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--batch-size", "2"]) == 0
    return db


def test_ingest_prints_what_changed_and_no_bar_off_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "claims.db"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--batch-size", "2"]) == 0
    assert main(["ingest", str(SEEDS), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    first, again = out.splitlines()
    assert first.startswith("5 new documents, 0 already stored; 38 new claims")
    assert again.startswith("0 new documents, 5 already stored; 0 new claims")
    assert err == ""


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "markdown", "html"])
def test_report_writes_what_analyze_writes(
    seeded: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    stored, analysed = tmp_path / f"stored.{fmt}", tmp_path / f"analysed.{fmt}"
    assert main(["report", "--db", str(seeded), "--format", fmt, "-o", str(stored)]) == 0
    assert main(["analyze", str(SEEDS), "--format", fmt, "-o", str(analysed)]) == 0
    assert stored.read_bytes() == analysed.read_bytes()
    assert capsys.readouterr().out == ""


def test_report_writes_csv_tables_to_a_folder_and_gold(seeded: Path, tmp_path: Path) -> None:
    assert main(["report", "--db", str(seeded), "--format", "csv", "-o", str(tmp_path / "t")]) == 0
    assert (tmp_path / "t" / "events.csv").is_file()
    gold = tmp_path / "pred.json"
    assert main(["report", "--db", str(seeded), "--format", "gold", "-o", str(gold)]) == 0
    texts = {d.id: d.text for d in read_documents([SEEDS])}
    assert len(read_gold(gold, texts=texts).data.claims) == 38


def test_report_filters_on_the_command_line(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--db", str(seeded), "--format", "json", "--since", "2018-01-01"]) == 0
    report = Report.model_validate_json(capsys.readouterr().out)
    assert report.events and all(e.date and e.date >= dt.date(2018, 1, 1) for e in report.events)
    assert main(["report", "--db", str(seeded), "--format", "json", "--place", "kabul"]) == 0
    report = Report.model_validate_json(capsys.readouterr().out)
    assert report.events and {e.location for e in report.events} == {"Kabul"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "--db", "{tmp}/none.db"], "none.db: no such claim store"),
        (["report", "--db", "{db}", "--event", "ev-x"], "no event 'ev-x' in the store"),
        (["ingest", "{tmp}/missing", "--db", "{tmp}/new.db"], "missing: no such file or folder"),
        (["report", "--db", "{tmp}/text.db"], "text.db: not a claimrecon store"),
    ],
)
def test_store_errors_are_one_line_and_exit_2(
    seeded: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    (tmp_path / "text.db").write_text("not a database, and long enough to be read as one\n" * 9)
    argv = [a.format(tmp=tmp_path, db=seeded) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_ingest_shows_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    main_end, child_end = pty.openpty()
    # A terminal of 24 rows and 80 columns: a fresh pseudo-terminal has no width at all.
    fcntl.ioctl(child_end, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimrecon", "ingest", str(SEEDS), "--db", str(tmp_path / "s.db")],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.PIPE,
        stderr=child_end,
    )
    os.close(child_end)
    shown = b""
    while True:
        try:
            chunk = os.read(main_end, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    proc.communicate(timeout=120)
    os.close(main_end)
    assert proc.returncode == 0
    assert b"claimrecon: extract" in shown
    assert b"/5 [" in shown  # documents done out of the five


# --- wire copies and evidence roots --------------------------------------------------------


def _analyze_with(documents: tuple[Document, ...], finder: CopyFinder) -> Report:
    """``analyze`` with another copy finder: the stages one by one."""
    report = resolve_groups(group_events(extract_report(documents)))
    report = trace_roots(report, finder=finder)
    return estimate(find_contradictions(report), policy="ucdp")


@cache
def _whole_with(documents: tuple[Document, ...], max_postings: int | None) -> Report:
    """The whole corpus's report, which every example of a property below is compared with."""
    finder = CopyFinder() if max_postings is None else CopyFinder(max_postings=max_postings)
    return _analyze_with(documents, finder)


@cache
def _wires() -> tuple[Document, ...]:
    """Templated reports: every one shares wording with many others, across events."""
    return (*corpus(16, per_day=6, start=dt.date(2020, 3, 1), seed=4), KABUL, HERAT)


# Each example ingests a whole corpus batch by batch: 30 of them keep the suite within
# its five minutes.
@settings(max_examples=30)
@given(st.data())
def test_batches_pair_copies_as_the_whole_corpus_when_fingerprints_crowd(
    data: st.DataObject,
) -> None:
    # With at most two documents a fingerprint before it pairs with its earliest holder
    # only, batches make fingerprints crowd, change hub and drop pairs of stored documents.
    finder = CopyFinder(max_postings=2)
    documents = data.draw(st.permutations(_wires()), label="order")
    cuts = data.draw(
        st.lists(st.integers(1, len(documents) - 1), max_size=8, unique=True), label="cuts"
    )
    bounds = [0, *sorted(cuts), len(documents)]
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder, "s.db"), finder=finder) as store:
            for lo, hi in itertools.pairwise(bounds):
                store.ingest(documents[lo:hi])
            got = store.report()
        expected = _whole_with(_wires(), finder.max_postings)
        assert set(got.passages) == set(expected.passages)
        assert set(got.provenance) == set(expected.provenance)
        assert _summary(got) == _summary(expected)


@cache
def _uncredited() -> tuple[Document, ...]:
    """The templated reports with no agency credited: each root is an earliest print."""
    return tuple(
        d.model_copy(update={"text": d.text.replace(" (Reuters)", ""), "outlet": None})
        for d in _wires()
    )


@settings(max_examples=30)
@given(st.data())
def test_batches_that_add_copies_move_roots_to_the_earliest_print_as_the_whole_corpus(
    data: st.DataObject,
) -> None:
    # A stored document that gains copies has only the claims they touch traced again,
    # from their old roots: the result is the whole corpus's, the earliest print's.
    documents = data.draw(st.permutations(_uncredited()), label="order")
    cuts = data.draw(
        st.lists(st.integers(1, len(documents) - 1), max_size=6, unique=True), label="cuts"
    )
    bounds = [0, *sorted(cuts), len(documents)]
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder, "s.db")) as store:
            for lo, hi in itertools.pairwise(bounds):
                store.ingest(documents[lo:hi])
            got = store.report()
        expected = _whole_with(_uncredited(), None)
        assert any(p.agency is None and p.copies for p in expected.provenance)
        assert set(got.provenance) == set(expected.provenance)
        assert _summary(got) == _summary(expected)


def test_an_earlier_copy_ingested_later_moves_the_stored_roots(store: Store) -> None:
    wire = (
        "Gunmen stormed a hotel complex in the capital on Tuesday, killing at least 40 "
        "people in an attack claimed by the militant group, officials said on Wednesday."
    )
    later = Document(id="reprint", text=wire + "\n", published=dt.date(2020, 3, 5))
    first = Document(id="original", text=wire + "\n", published=dt.date(2020, 3, 4))
    store.ingest([later])
    (before,) = store.report().provenance
    assert before.root == "reprint"
    store.ingest([first])
    report = store.report()
    assert {p.root for p in report.provenance} == {"original"}
    assert [e.sources for e in report.estimates] == [("original",)]
    assert report == analyze([later, first])


def test_the_copy_finder_is_kept_with_the_store(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store.open(path, finder=CopyFinder(max_postings=9)) as store:
        assert store.finder.max_postings == 9
    with Store.open(path) as store:
        assert store.finder.max_postings == 9
    with pytest.raises(StoreError, match="copy finder"):
        Store.open(path, finder=CopyFinder())


def _two_batches(path: Path) -> tuple[Document, ...]:
    """Ingest the first twelve templated reports into a new store in two batches."""
    documents = _wires()[:12]
    with Store.open(path) as store:
        store.ingest(documents[:7])
        store.ingest(documents[7:])
    return documents


def test_a_store_of_schema_1_is_migrated_and_its_roots_traced(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    documents = _two_batches(path)
    # Take the store back to schema 1: no copy tables, no roots, findings made without.
    with sqlite3.connect(path) as db:
        for table in ("fingerprints", "fingerprint_counts", "passages", "claim_copies"):
            db.execute(f"DROP TABLE {table}")
        db.execute("DROP INDEX claims_root")
        for column in ("root", "agency"):
            db.execute(f"ALTER TABLE claims DROP COLUMN {column}")
        db.execute("ALTER TABLE documents DROP COLUMN credits")
        db.execute("DELETE FROM estimates")
        db.execute("DELETE FROM meta WHERE key = 'copy_finder'")
        db.execute("PRAGMA user_version = 1")
    with Store.open(path) as store:
        assert _sql(store, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
        assert _sql(store, "SELECT value FROM meta WHERE key = 'retrace'") == []
        assert store.report() == analyze(documents)


def test_a_store_of_schema_2_keeps_its_copies_in_their_own_table(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    documents = _two_batches(path)
    # Take the store back to schema 2: each claim's copies a JSON list in its row.
    with sqlite3.connect(path) as db:
        copies = db.execute("SELECT count(*) FROM claim_copies").fetchone()[0]
        assert copies > 0  # the templated reports copy one another
        db.execute("ALTER TABLE claims ADD COLUMN copies TEXT NOT NULL DEFAULT '[]'")
        db.execute(
            "UPDATE claims SET copies = (SELECT json_group_array(copy) FROM claim_copies "
            "WHERE claim = claims.seq)"
        )
        db.execute("DROP TABLE claim_copies")
        db.execute("PRAGMA user_version = 2")
    with Store.open(path) as store:
        assert _sql(store, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
        assert _sql(store, "SELECT count(*) FROM claim_copies") == [(copies,)]
        assert store.report() == analyze(documents)
        store.ingest(_wires()[12:])
        assert store.report() == analyze(_wires())
