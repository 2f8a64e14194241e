"""Kill ``claimrecon ingest`` with SIGKILL at random moments and check what it left.

Each batch is one transaction in WAL mode, so after any kill the file must be a sound
database holding exactly the batches that committed, whole, with the report analyze
gives for their documents; running the ingest again must finish the job.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from claimrecon import Document, Store, analyze
from tests.corpus import corpus
from tests.test_store import _summary

ROOT = Path(__file__).resolve().parent.parent
KILLS = 20
BATCH = 2


def _ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    # The worktree's package, whatever is installed: run from its root.
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimrecon",
            "ingest",
            str(source),
            "--db",
            str(db),
            "--batch-size",
            str(BATCH),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _finish(source: Path, db: Path) -> None:
    proc = _ingest(source, db)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()


def _check(db: Path, documents: list[Document]) -> int:
    """Check the store a killed ingest left; return how many documents it holds."""
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
    with Store.open(db) as store:
        assert _summary(store.report()) == _summary(analyze(documents[: len(stored)]))
    return len(stored)


def _kill_after(proc: subprocess.Popen[bytes], seconds: float) -> bool:
    """Kill the process with SIGKILL after some time; say whether it was still running."""
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True
    return False


def _kill_on_write(proc: subprocess.Popen[bytes], wal: Path, writes: int) -> bool:
    """Kill the process with SIGKILL as soon as it has grown the WAL file ``writes`` times."""
    seen = _stamp(wal)
    while proc.poll() is None:
        now = _stamp(wal)
        if now != seen:
            seen, writes = now, writes - 1
            if writes == 0:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return True
    return False


def _stamp(path: Path) -> tuple[int, int]:
    # The size alone stops changing once a checkpoint lets the log be reused from the start.
    try:
        found = path.stat()
    except FileNotFoundError:
        return (-1, -1)
    return (found.st_size, found.st_mtime_ns)


def test_sigkill_at_random_moments_leaves_exactly_the_committed_batches(tmp_path: Path) -> None:
    documents = list(corpus(30, per_day=5))
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(d.model_dump_json() + "\n" for d in documents))

    reference = tmp_path / "reference.db"
    started = time.monotonic()
    _finish(source, reference)
    # How long a whole run takes here: the kills are drawn within it.
    whole = time.monotonic() - started

    rng = random.Random(20240613)
    db = tmp_path / "killed.db"
    kills = restarts = partial = 0
    while kills < KILLS:
        proc = _ingest(source, db)
        # Half the kills at a random moment of a run; half just after a random write to
        # the log, which is when a batch split over two transactions would show.
        if kills % 2 == 0:
            killed = _kill_after(proc, rng.uniform(0.1, 1.0) * whole)
        else:
            killed = _kill_on_write(proc, Path(f"{db}-wal"), rng.randint(1, 60))
        kills += killed
        if not killed:
            assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
        held = _check(db, documents)
        partial += 0 < held < len(documents)
        if held == len(documents):
            # Done before the kill: start again from nothing, so later kills find work.
            for leftover in tmp_path.glob("killed.db*"):
                leftover.unlink()
            restarts += 1

    _finish(source, db)
    assert _check(db, documents) == len(documents)
    with Store.open(db) as resumed, Store.open(reference) as uninterrupted:
        assert _summary(resumed.report()) == _summary(uninterrupted.report())
    print(f"{kills} kills, {partial} left a partial store, {restarts} restarts")
