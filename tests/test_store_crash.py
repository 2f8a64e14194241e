"""Kill ``claimrecon ingest`` with SIGKILL at random moments and check what it left.

Each batch is one transaction in WAL mode, so after any kill the file must be a sound
database holding exactly the batches that committed, whole, with the report analyze
gives for their documents; running the ingest again must finish the job.

The killed runs are children of a fork server that has already imported the package and
read its data (``tests/ingest_child.py``): a fresh interpreter would spend most of each run
starting up, before the store is touched. Each is still a process of its own running the
command line's ``main``, killed with a real SIGKILL; the run that finishes the job after
the kills is a fresh ``python -m claimrecon ingest``.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from claimrecon import Document, Store, analyze
from tests.corpus import corpus
from tests.ingest_child import ingest
from tests.test_store import _summary

ROOT = Path(__file__).resolve().parent.parent
KILLS = 20
BATCH = 2


def _argv(source: Path, db: Path) -> list[str]:
    return ["ingest", str(source), "--db", str(db), "--batch-size", str(BATCH)]


@pytest.fixture(scope="module")
def server() -> Iterator[multiprocessing.context.ForkServerContext]:
    """A fork server whose children start with the package imported and its data read."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.ingest_child"])
    yield context


def _ingest(
    server: multiprocessing.context.ForkServerContext, source: Path, db: Path
) -> BaseProcess:
    proc = server.Process(target=ingest, args=(_argv(source, db), f"{db}.stderr"))
    proc.start()
    return proc


def _finish(source: Path, db: Path) -> None:
    # A fresh interpreter, the worktree's package whatever is installed: run from its root.
    done = subprocess.run(
        [sys.executable, "-m", "claimrecon", *_argv(source, db)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()


def _check(db: Path, documents: list[Document], expected: dict[int, object]) -> int:
    """Check the store a killed ingest left; return how many documents it holds.

    ``expected`` keeps the summary of analyze's report for each number of documents
    already checked: kills often leave the same number.
    """
    if not db.exists():
        return 0
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        if "runs" not in tables:
            return 0  # killed before the schema's transaction committed: nothing in it
        runs = dict(raw.execute("SELECT batch, documents_new FROM runs"))
        per_batch = dict(raw.execute("SELECT batch, count(*) FROM documents GROUP BY batch"))
        stored = [row[0] for row in raw.execute("SELECT id FROM documents ORDER BY seq")]
        orphans = raw.execute(
            "SELECT count(*) FROM claims WHERE document NOT IN (SELECT id FROM documents)"
        ).fetchone()
    # Exactly the committed batches: every stored document belongs to a logged batch,
    # every logged batch holds all its documents, and batches commit in input order.
    assert {b: n for b, n in runs.items() if n} == per_batch
    assert stored == [d.id for d in documents[: len(stored)]]
    assert orphans == (0,)
    n = len(stored)
    if n not in expected:
        expected[n] = _summary(analyze(documents[:n]))
    with Store.open(db) as store:
        assert _summary(store.report()) == expected[n]
    return n


# A child ingests a few dozen documents in seconds; this is for a child that hangs.
CHILD_SECONDS = 300


def _kill_after(proc: BaseProcess, seconds: float) -> bool:
    """Kill the process with SIGKILL after some time; say whether it was still running."""
    proc.join(timeout=seconds)
    return proc.exitcode is None and _sigkill(proc)


def _kill_on_write(proc: BaseProcess, wal: Path, writes: int) -> bool:
    """Kill the process with SIGKILL as soon as it has grown the WAL file ``writes`` times."""
    seen, deadline = _stamp(wal), time.monotonic() + CHILD_SECONDS
    while proc.is_alive():
        _stop_if_stuck(proc, deadline)
        now = _stamp(wal)
        if now != seen:
            seen, writes = now, writes - 1
            if writes == 0:
                return _sigkill(proc)
    return False


def _sigkill(proc: BaseProcess) -> bool:
    """Kill the process with SIGKILL; say whether it was still running to be killed.

    A child may end on its own between the last look at it and the kill: then there is no
    such process, and the run counts as finished, not killed.
    """
    try:
        os.kill(proc.pid, signal.SIGKILL)  # type: ignore[arg-type]
    except ProcessLookupError:
        proc.join()
        return False
    proc.join()
    return proc.exitcode is None or proc.exitcode < 0


def _stop_if_stuck(proc: BaseProcess, deadline: float) -> None:
    """Fail, rather than wait for ever, when a child ingest outlives any honest run."""
    if time.monotonic() > deadline:
        os.kill(proc.pid, signal.SIGKILL)  # type: ignore[arg-type]
        proc.join()
        pytest.fail(f"a child ingest ran for more than {CHILD_SECONDS} s")


def _count_writes(proc: BaseProcess, wal: Path) -> int:
    """Count the times the process grows the WAL file, as ``_kill_on_write`` sees them."""
    seen, writes, deadline = _stamp(wal), 0, time.monotonic() + CHILD_SECONDS
    while proc.is_alive():
        _stop_if_stuck(proc, deadline)
        now = _stamp(wal)
        if now != seen:
            seen, writes = now, writes + 1
    return writes


def _stamp(path: Path) -> tuple[int, int]:
    # The size alone stops changing once a checkpoint lets the log be reused from the start.
    try:
        found = path.stat()
    except FileNotFoundError:
        return (-1, -1)
    return (found.st_size, found.st_mtime_ns)


def test_sigkill_at_random_moments_leaves_exactly_the_committed_batches(
    tmp_path: Path, server: multiprocessing.context.ForkServerContext
) -> None:
    documents = list(corpus(30, per_day=5))
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(d.model_dump_json() + "\n" for d in documents))
    expected: dict[int, object] = {}

    # A first child waits for the server to have read its data, so that the run timed
    # next is one like those that are killed.
    first = server.Process(target=os.getpid)
    first.start()
    first.join()
    reference = tmp_path / "reference.db"
    started = time.monotonic()
    proc = _ingest(server, source, reference)
    logged = _count_writes(proc, Path(f"{reference}-wal"))
    proc.join()
    assert proc.exitcode == 0, Path(f"{reference}.stderr").read_text()
    # How long a whole run takes here, and how many writes to the log it makes: the kills
    # are drawn within them, so that each is likely to land before the run ends.
    whole = time.monotonic() - started
    assert logged > 0

    rng = random.Random(20240613)
    db = tmp_path / "killed.db"
    kills = restarts = partial = held = 0
    while kills < KILLS:
        proc = _ingest(server, source, db)
        # A run after a kill has only the batches left to do: its kill is drawn within them.
        left = 1 - held / len(documents)
        # Half the kills at a random moment of a run; half just after a random write to
        # the log, which is when a batch split over two transactions would show.
        if kills % 2 == 0:
            killed = _kill_after(proc, rng.uniform(0.1, 1.0) * whole * left)
        else:
            writes = rng.randint(1, max(1, round(logged * left)))
            killed = _kill_on_write(proc, Path(f"{db}-wal"), writes)
        kills += killed
        if not killed:
            assert proc.exitcode == 0, Path(f"{db}.stderr").read_text()
        held = _check(db, documents, expected)
        partial += 0 < held < len(documents)
        if held == len(documents):
            # Done before the kill: start again from nothing, so later kills find work.
            for leftover in tmp_path.glob("killed.db*"):
                leftover.unlink()
            held = 0
            restarts += 1

    # The last run, uninterrupted, is a fresh command line finishing what was killed.
    _finish(source, db)
    assert _check(db, documents, expected) == len(documents)
    with Store.open(db) as resumed, Store.open(reference) as uninterrupted:
        assert _summary(resumed.report()) == _summary(uninterrupted.report())
    print(f"{kills} kills, {partial} left a partial store, {restarts} restarts")
