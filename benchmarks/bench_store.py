"""Scale of the claim store: throughput, cost of a batch as the store grows, memory.

Run on demand, never in the suite::

    python -m benchmarks.bench_store                 # stores of 1,000 and 100,000
    python -m benchmarks.bench_store --only-throughput
    python -m benchmarks.bench_store --large 10000   # quicker
    python -m benchmarks.bench_store --skip-throughput --large 30000
    python -m benchmarks.bench_store --skip-throughput --sizes 1000 10000 30000 --stores DIR

It measures what issue #13 asks:

1. ingest throughput against in-memory ``analyze`` on the same documents (target >= 0.8x),
   and the work of each stage of both, counted (pairs aligned, claims grouped, events
   whose rules run, and each timed run's full garbage collections): counts do not depend
   on the machine's load, as times do;
2. the time to add 100 documents to a store of ``--large`` documents against a store of
   ``--small`` (target <= 2x);
3. the memory of adding those 100 documents as the store grows (target: flat): the peak
   of Python's heap (tracemalloc) and, apart, the resident memory (SQLite's page cache too).

Filling the stores takes long (about a second of CPU a batch of 100): ``--stores DIR``
keeps them, one file a size, so that later runs measure without filling again.

The corpus is synthetic (``tests/corpus.py``): ten reports a day of about three attacks
a day, so a larger store is a longer history at the same density, as a store that follows
a conflict day after day becomes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import multiprocessing
import os
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimrecon import Store, analyze
from tests.corpus import corpus

PER_DAY = 10
START = dt.date(2000, 1, 1)
# Batches of 100, as the CLI: the rules engine builds a claim index per event, so a batch's
# rules cost grows with events x claims of the batch, and big batches pay for it.
BATCH = 100


def _full_collections() -> Callable[[], int]:
    """Count the garbage collector's full collections from now on (each walks every object).

    A count, not a time: it does not depend on the load. Counted in the timed process
    itself, since a collection's timing depends on everything the process holds.
    """
    done = [0]

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            done[0] += 1

    gc.callbacks.append(collected)
    return lambda: done[0]


def _time_analyze(n: int) -> tuple[float, int]:
    documents = list(corpus(n, per_day=PER_DAY, start=START))
    analyze(documents[:20])  # load the lexicon and compile its patterns first
    collections = _full_collections()
    started = time.process_time()
    analyze(documents)
    return time.process_time() - started, collections()


def _time_ingest(n: int) -> tuple[float, int]:
    documents = list(corpus(n, per_day=PER_DAY, start=START))
    analyze(documents[-20:])  # the same warm-up, on documents the timed run skips reading
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder, "s.db")) as store:
        collections = _full_collections()
        started = time.process_time()
        store.ingest(documents[:-20], batch_size=100)
        return time.process_time() - started, collections()


def _counts(n: int) -> dict[str, dict[str, int]]:
    """Count, for analyze and for ingest of the same documents, the work of each stage.

    Counts do not depend on the machine's load, as times do: pairs of documents aligned
    (:meth:`~claimrecon.independence.CopyFinder.align`), claims grouped (each call of
    ``group_events`` counts its claims), events whose rules run, documents extracted.
    """
    import claimrecon.pipeline as pipeline
    import claimrecon.store as store
    from claimrecon.independence import CopyFinder

    found: dict[str, dict[str, int]] = {}
    align = CopyFinder.align
    done: dict[str, int] = {}

    def counted(module: Any, name: str, what: str, size: Callable[[Any], int]) -> None:
        original = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            done[what] = done.get(what, 0) + size(args)
            return original(*args, **kwargs)

        setattr(module, name, wrapper)

    counted(CopyFinder, "align", "pairs aligned", lambda args: 1)
    for module in (pipeline, store):
        counted(module, "group_events", "claims grouped", lambda args: len(args[0].claims))
        counted(module, "find_contradictions", "event rule runs", lambda a: len(a[0].events))
        counted(module, "extract", "documents extracted", lambda args: 1)
    documents = list(corpus(n, per_day=PER_DAY, start=START))
    analyze(documents[-20:])
    done.clear()
    analyze(documents[:-20])
    found["analyze"] = dict(done)
    done.clear()
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder, "s.db")) as s:
        s.ingest(documents[:-20], batch_size=BATCH)
    found["ingest"] = dict(done)
    CopyFinder.align = align  # type: ignore[method-assign]
    return found


def _print_counts(n: int) -> None:
    """Print the stage counts of analyze and ingest over the same documents, side by side."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        found = pool.apply(_counts, (n,))
    print(f"work by stage, the same {n - 20} documents (counts, independent of load):")
    for what in sorted(found["ingest"]):
        a, i = found["analyze"].get(what, 0), found["ingest"][what]
        print(f"  {what:>20}: analyze {a:>7}, ingest in batches of {BATCH} {i:>7} ({i / a:.2f}x)")


def _fresh(function: Callable[[int], tuple[float, int]], n: int) -> tuple[float, int]:
    """Run a timing in a fresh process, so that no cache of one run helps the other."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        seconds, collections = pool.apply(function, (n,))
        return float(seconds), int(collections)


def _throughput(n: int, repeat: int = 3) -> None:
    """Time analyze and ingest side by side, ``repeat`` times, each in a fresh process.

    Each round runs one of each, one after the other, so that the two see alike the load
    of a shared machine; the ratio of a round is what to compare, not the seconds.
    """
    m = n - 20
    rounds: list[tuple[float, float]] = []
    print(f"throughput, {n} documents (CPU time, each run in a fresh process):")
    for number in range(1, repeat + 1):
        (memory, full_a), (stored, full_i) = _fresh(_time_analyze, n), _fresh(_time_ingest, n)
        rounds.append((memory, stored))
        print(
            f"  round {number}: analyze {memory:.2f} s ({n / memory:.0f} doc/s), ingest in "
            f"batches of 100 of {m} {stored:.2f} s ({m / stored:.0f} doc/s): "
            f"{(m / stored) / (n / memory):.2f}x; full garbage collections {full_a} and "
            f"{full_i}",
            flush=True,
        )
    memory = min(r[0] for r in rounds)
    stored = min(r[1] for r in rounds)
    ratios = sorted((m / s) / (n / a) for a, s in rounds)
    print(
        f"ingest/analyze throughput: median of rounds {ratios[len(ratios) // 2]:.2f}x, "
        f"best times {(m / stored) / (n / memory):.2f}x (target >= 0.8x)"
    )


def _grow(path: Path, upto: int) -> None:
    """Fill the store at ``path`` with the first ``upto`` documents of the history."""
    with Store.open(path) as store:
        have = len(store)
        if have >= upto:
            return
        documents = itertools.islice(corpus(upto, per_day=PER_DAY, start=START), have, None)
        started, cpu = time.perf_counter(), time.process_time()
        store.ingest(documents, batch_size=BATCH)
        print(
            f"  filled {have} -> {len(store)} documents in {time.perf_counter() - started:.0f} s "
            f"({time.process_time() - cpu:.0f} s of CPU)",
            flush=True,
        )


def _rss() -> int:
    """Return the resident memory of this process now, in bytes (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def _add_100(path: str, size: int, traced: bool) -> dict[str, float]:
    """Add 100 reports of the days after the store's last, in this (fresh) process.

    The lexicon's patterns and gazetteer are loaded first, on other documents, so that
    the measure is the batch's and not the first use's. CPU time of this process, not
    wall time: it does not depend on what else the machine runs (SQLite runs in this
    process, so its work is counted). The peak of Python memory is taken in another run
    (``traced``): tracing every allocation slows Python down and would inflate the time.
    Resident memory counts what tracemalloc does not see: SQLite's page cache and the
    interpreter's own.
    """
    after = START + dt.timedelta(days=size // PER_DAY)
    documents = [
        d.model_copy(update={"id": f"new-{d.id}"})
        for d in corpus(100, per_day=PER_DAY, start=after, seed=size)
    ]
    analyze(list(corpus(20, per_day=PER_DAY, start=after, seed=size + 1)))  # warm-up
    with Store.open(path) as store:
        rss = [_rss()]

        def sample(stage: str, done: int, total: int) -> None:
            rss.append(_rss())  # at every step of every stage: the peak, near enough

        if traced:
            tracemalloc.start()
        started, cpu = time.perf_counter(), time.process_time()
        result = store.ingest(documents, progress=sample)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
        tracemalloc.stop()
    return {
        "cpu": cpu,
        "wall": wall,
        "peak": peak,
        "rss_before": rss[0],
        "rss_grew": max(rss) - rss[0],
        "regrouped": result.regrouped_events,
    }


def _measure(stores: Path, size: int, traced: bool) -> dict[str, float]:
    """Measure an add-100 on a fresh copy of the store of ``size``, in a fresh process."""
    trial = stores / f"trial-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{trial}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(stores / f"store-{size}.db", trial)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        found = dict(pool.apply(_add_100, (str(trial), size, traced)))
    found["file"] = trial.stat().st_size
    return found


def _build(stores: Path, sizes: list[int]) -> None:
    """Grow one history through the sizes, keeping a copy of the store at each."""
    history = stores / "history.db"
    for size in sizes:
        if (stores / f"store-{size}.db").exists():
            continue
        _grow(history, size)
        with sqlite3.connect(history) as db:  # everything in the main file before copying
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(history, stores / f"store-{size}.db")


def _scale(stores: Path, sizes: list[int], repeat: int) -> None:
    _build(stores, sizes)
    runs: dict[int, list[dict[str, float]]] = {size: [] for size in sizes}
    for _ in range(repeat):  # the sizes side by side, so that the load is alike for each
        for size in sizes:
            runs[size].append(_measure(stores, size, traced=False))
    print(f"add 100 documents (CPU and wall: best of {repeat}, each in a fresh process):")
    small = min(r["cpu"] for r in runs[sizes[0]])
    for size in sizes:
        best = min(runs[size], key=lambda r: r["cpu"])
        traced = _measure(stores, size, traced=True)
        print(
            f"  store of {size:>7}: {best['cpu']:.2f} s CPU ({best['cpu'] / small:.2f}x), "
            f"{min(r['wall'] for r in runs[size]):.1f} s wall; peak Python memory "
            f"{traced['peak'] / 1e6:.1f} MB; RSS {best['rss_before'] / 1e6:.0f} MB before, "
            f"+{best['rss_grew'] / 1e6:.1f} MB during; {int(best['regrouped'])} stored events "
            f"re-grouped; file {best['file'] / 1e6:.0f} MB",
            flush=True,
        )
    large = min(r["cpu"] for r in runs[sizes[-1]])
    print(
        f"add 100: store of {sizes[-1]} / store of {sizes[0]} = {large / small:.2f}x CPU "
        "(target <= 2x)"
    )


def main() -> None:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--throughput", type=int, default=2000, metavar="N")
    parser.add_argument("--small", type=int, default=1000, metavar="N")
    parser.add_argument("--large", type=int, default=100_000, metavar="N")
    parser.add_argument("--sizes", type=int, nargs="+", metavar="N", help="instead of the range")
    parser.add_argument("--repeat", type=int, default=3, metavar="N")
    parser.add_argument(
        "--stores",
        type=Path,
        metavar="DIR",
        help="keep the grown stores here (store-N.db) and reuse them; a temporary one by default",
    )
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--only-throughput", action="store_true")
    args = parser.parse_args()
    if not args.skip_throughput:
        _throughput(args.throughput, args.repeat)
        _print_counts(args.throughput)
    if args.only_throughput:
        return
    between = (s for s in (10_000, 30_000) if args.small < s < args.large)
    sizes = sorted(args.sizes or {args.small, *between, args.large})
    if args.stores is not None:
        args.stores.mkdir(parents=True, exist_ok=True)
        _scale(args.stores, sizes, args.repeat)
        return
    with tempfile.TemporaryDirectory() as folder:
        _scale(Path(folder), sizes, args.repeat)


if __name__ == "__main__":
    main()
