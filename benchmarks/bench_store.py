"""Scale of the claim store: throughput, cost of a batch as the store grows, memory.

Run on demand, never in the suite::

    python -m benchmarks.bench_store                 # stores of 1,000 and 100,000
    python -m benchmarks.bench_store --large 10000   # quicker
    python -m benchmarks.bench_store --skip-throughput --large 30000

It measures what issue #13 asks:

1. ingest throughput against in-memory ``analyze`` on the same documents (target >= 0.8x);
2. the time to add 100 documents to a store of ``--large`` documents against a store of
   ``--small`` (target <= 2x);
3. the peak Python memory of adding those 100 documents as the store grows (target: flat).

The corpus is synthetic (``tests/corpus.py``): ten reports a day of about three attacks
a day, so a larger store is a longer history at the same density, as a store that follows
a conflict day after day becomes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import multiprocessing
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from claimrecon import Store, analyze
from tests.corpus import corpus

PER_DAY = 10
START = dt.date(2000, 1, 1)
# Batches of 100, as the CLI: the rules engine builds a claim index per event, so a batch's
# rules cost grows with events x claims of the batch, and big batches pay for it.
BATCH = 100


def _time_analyze(n: int) -> float:
    documents = list(corpus(n, per_day=PER_DAY, start=START))
    analyze(documents[:20])  # load the lexicon and compile its patterns first
    started = time.perf_counter()
    analyze(documents)
    return time.perf_counter() - started


def _time_ingest(n: int) -> float:
    documents = list(corpus(n, per_day=PER_DAY, start=START))
    analyze(documents[-20:])  # the same warm-up, on documents the timed run skips reading
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder, "s.db")) as store:
        started = time.perf_counter()
        store.ingest(documents[:-20], batch_size=100)
        return time.perf_counter() - started


def _fresh(function: Callable[[int], float], n: int) -> float:
    """Run a timing in a fresh process, so that no cache of one run helps the other."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return float(pool.apply(function, (n,)))


def _throughput(n: int, repeat: int = 3) -> None:
    memory = min(_fresh(_time_analyze, n) for _ in range(repeat))
    stored = min(_fresh(_time_ingest, n) for _ in range(repeat))
    m = n - 20
    print(
        f"throughput, {n} documents (best of {repeat}, each in a fresh process): analyze "
        f"{memory:.2f} s ({n / memory:.0f} doc/s), ingest in batches of 100 of {m} "
        f"{stored:.2f} s ({m / stored:.0f} doc/s): ingest/analyze throughput "
        f"{(m / stored) / (n / memory):.2f}x (target >= 0.8x)"
    )


def _grow(store: Store, upto: int) -> None:
    """Fill the store with the first ``upto`` documents of the history."""
    have = len(store)
    documents = itertools.islice(corpus(upto, per_day=PER_DAY, start=START), have, None)
    started, cpu = time.perf_counter(), time.process_time()
    store.ingest(documents, batch_size=BATCH)
    print(
        f"  filled to {len(store)} documents in {time.perf_counter() - started:.0f} s "
        f"({time.process_time() - cpu:.0f} s of CPU)"
    )


def _add_100(path: Path, size: int, *, traced: bool) -> tuple[float, int, int]:
    """Add 100 reports of the days after the store's last; return CPU seconds, peak bytes.

    CPU time of this process, not wall time: the measure does not depend on what else
    the machine runs (SQLite runs in this process, so its work is counted). The peak of
    Python memory is taken on another copy of the store (``traced``): tracing every
    allocation slows Python down, and would inflate the time.
    """
    after = START + dt.timedelta(days=size // PER_DAY)
    documents = [
        d.model_copy(update={"id": f"new-{d.id}"})
        for d in corpus(100, per_day=PER_DAY, start=after, seed=size)
    ]
    with Store.open(path) as store:
        if traced:
            tracemalloc.start()
        started = time.process_time()
        result = store.ingest(documents)
        seconds = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
        tracemalloc.stop()
    return seconds, peak, result.regrouped_events


def main() -> None:
    """Run the three measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--throughput", type=int, default=2000, metavar="N")
    parser.add_argument("--small", type=int, default=1000, metavar="N")
    parser.add_argument("--large", type=int, default=100_000, metavar="N")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    if not args.skip_throughput:
        _throughput(args.throughput)

    between = (s for s in (10_000, 30_000) if args.small < s < args.large)
    sizes = sorted({args.small, *between, args.large})
    timings: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        history, trial = Path(folder, "history.db"), Path(folder, "trial.db")
        for size in sizes:
            # The history grows from one size to the next; 100 new reports on the days
            # after it go into a copy of it, so that they are not part of the next size.
            with Store.open(history) as store:
                _grow(store, size)
            shutil.copyfile(history, trial)
            seconds, _, regrouped = _add_100(trial, size, traced=False)
            shutil.copyfile(history, trial)
            _, peak, _ = _add_100(trial, size, traced=True)
            timings[size] = seconds
            print(
                f"add 100 to a store of {size}: {seconds:.2f} s of CPU, peak Python memory "
                f"{peak / 1e6:.1f} MB, {regrouped} stored events re-grouped, file "
                f"{trial.stat().st_size / 1e6:.0f} MB",
                flush=True,
            )
    small, large = timings[sizes[0]], timings[sizes[-1]]
    print(
        f"add 100: store of {sizes[-1]} / store of {sizes[0]} = {large / small:.2f}x (target <= 2x)"
    )


if __name__ == "__main__":
    main()
