"""``claimrecon ingest`` in a child process that starts warm, for the SIGKILL test.

A fresh ``python -m claimrecon ingest`` spends most of its life importing the package and
reading the lexicon and gazetteer before it writes anything. This module is the
preload of a multiprocessing fork server (see ``tests/test_store_crash.py``): importing it
does that work once, by ingesting two articles into a throwaway store, so each child forked
from the server runs the command line's ``main`` straight into the ingest. The child is
still a process of its own, with its own SQLite connection, and is killed with SIGKILL.

Importing it anywhere else costs what the first analysis of a test session costs anyway;
conftest keeps it out of doctest collection all the same.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

from tqdm import tqdm

from claimrecon import Store
from claimrecon.cli import main
from tests.corpus import corpus

ROOT = Path(__file__).resolve().parent.parent


def _warm() -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "warm.db") as store:
        store.ingest(corpus(2))
    # The progress bar's lock is a semaphore: made here, a killed child leaves none behind
    # for the resource tracker to report.
    tqdm.get_lock()


def ingest(argv: list[str], stderr: str) -> None:
    """Run ``claimrecon ARGV`` as the command line would, from the worktree's root.

    Standard output goes nowhere and standard error to the file ``stderr``; the exit
    code is the process's.
    """
    # The server's progress-bar lock is one semaphore shared by every child it forks: a
    # child killed while it draws would hold it for ever, and every later child would wait
    # on it. A child's bars are its own, so a lock of its own threads suffices.
    tqdm.set_lock(threading.RLock())
    os.chdir(ROOT)
    out = open(os.devnull, "w")  # noqa: SIM115  (the process's own streams until it ends)
    err = open(stderr, "w")  # noqa: SIM115
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    sys.stdout, sys.stderr = out, err
    sys.exit(main(argv))


_warm()
