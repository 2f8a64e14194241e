"""Time the Dask engine with 1 and 2 worker processes, and watch each worker's memory.

Run on demand from the repository root (not part of the test suite)::

    python benchmarks/bench_dask.py [--mb 50] [--small-mb 12.5] [--workers 1 2]
    python benchmarks/bench_dask.py --memory --mb 12 --small-mb 3 --partition-mb 0.375 \
        --before CHECKOUT

    python benchmarks/bench_dask.py --memory --mb 6 --small-mb 1.5 --partition-mb 0.4
    python benchmarks/bench_dask.py --memory --tasks --mb 12 --small-mb 3 --partition-mb 0.4

The second form compares memory only: both corpora with the largest worker count, each
run with this engine and with the engine of CHECKOUT (an earlier checkout of the
repository, e.g. ``git worktree add /tmp/before HEAD~3``), and prints the peak resident
memory a worker in each stage side by side. Memory depends little on the machine's load,
so this form may run on a busy machine; its wall times may not. Without ``--before``
(the third form) it runs this engine alone on both corpora and puts each stage's peak
resident memory a worker at the two sizes side by side, with the ratio of the larger
corpus's peak to the smaller's: what issue #14 asks to be flat.
``--tasks`` (with any form) also probes every worker at each task (:class:`TaskProbe`), and
adds to each run, by stage and worker, the highest memory a worker held entering a task, the
largest rise within one task (and which), and what was live: Python's allocated blocks,
glibc's heap, Arrow's pool, anonymous and file-backed resident memory.

Run it on an otherwise idle machine: the speedup is a ratio of wall times, and other
processes on the cores make it noise. The table at the end puts the runs side by side:
wall time, speedup over 1 worker, CPU time of the workers, and peak memory per worker.

The corpus is generated news (``tests/newsgen.py``: about four reports an event, many
events sharing a city, a target and a week, reports lengthened with paragraphs without
figures, some wire reprints and one shared background paragraph) written as JSON Lines
shards. For each worker count a ``LocalCluster`` of that
many single-threaded processes runs ``claimrecon.dask.analyze`` and writes Parquet; the
wall time of each stage is reported, and each worker's resident memory and CPU time are
sampled every 50 ms from the client (psutil), for its peak and its total. The smaller
corpus is run with the largest worker count too, to show that the peak per worker does
not grow with the corpus.
Finally a projection to 32 workers and a 10 GB archive from the per-partition timings.

Where issue #14 stood on 30 November and 1 December 2026 (the current figures are in
docs/how-to/scale.md, "What it costs"; every run, and how it was made, in
docs/dask-measurements.md). The last ``--memory --mb 50 --small-mb 12.5`` run
(two workers) gave a worker's peak, 12.5 MB then 50 MB: extract 422, 425 MB (1.01x); copies
and roots 535, 614 MB (1.15x); link 604, 723 MB (1.20x); group 560, 605 MB (1.08x); rules,
estimates and writing 571, 645 MB (1.13x). Since then, the link stage alone on 4 and 16
copies of the same mentions (8 and 32 partitions) peaked at 413, 420 and 447, 452 MB (1.08x):
linking's own tasks do not grow; a crowded fingerprint's pairs no longer go to one
partition, and grouping no longer joins every linked mention's label to every partition.
After those changes the same command finished only the 12.5 MB corpus (the shared machine
at a load of 10 to 17): extract 404, 404 MB; copies and roots 490, 502; link 584, 594; group
507, 528; rules, estimates and writing 533, 534. Re-run on 1 December 2026 at 061e5ea (machine
idle, two workers, 7,710 then 30,840 documents): extract 430, 432 then 434, 435 MB (1.01x);
copies and roots 533, 558 then 621, 623 (1.12x); link 609, 628 then 744, 759 (1.21x); group
542, 557 then 588, 606 (1.09x); rules, estimates and writing 547, 580 then 637, 643 (1.11x);
wall 83 s then 366 s. Linking's own tasks no longer grow, yet the link stage's peak a worker
still does (1.21x), so the bound (each stage within about 1.05x from 12.5 to 50 MB) does not
hold: what the worker still holds while linking is not yet found.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
# ``--engine-from DIR`` (used by ``--before``) imports claimrecon from another checkout.
ENGINE = (
    Path(sys.argv[sys.argv.index("--engine-from") + 1]) if "--engine-from" in sys.argv else ROOT
)
sys.path[:0] = [str(ENGINE.resolve()), str(ROOT)]
# ``--tasks``: a probe on each worker reads its memory at every task (see TaskProbe).
PROBE_TASKS = "--tasks" in sys.argv

import dask  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402
from distributed.diagnostics.plugin import WorkerPlugin  # noqa: E402

from claimrecon import dask as engine  # noqa: E402
from claimrecon.models import Document  # noqa: E402
from tests.newsgen import generate, write_jsonl  # noqa: E402

DOC_BYTES = 1_700  # about the size of a generated report with six filler paragraphs, as JSON


def build(folder: Path, megabytes: float, partition: int) -> int:
    """Write about ``megabytes`` of generated news as JSON Lines shards; return its size.

    Each shard holds up to four partitions' bytes and is cut at a line, so that every
    extraction task of both corpora reads about ``partition`` bytes. With a fixed number
    of shards (eight, once) a shard's last byte range was a remainder, and the smaller
    corpus's partitions were smaller (0.19 MB against 0.4 MB at 1.5 and 6 MB; 1.55 against
    2 MB at 12.5 and 50 MB): its peaks were lower for that, not for the corpus's size.
    """
    count = int(megabytes * 1024 * 1024 / DOC_BYTES)
    # One report in ten ends with a background paragraph many reuse (a hub of copies),
    # and about one in seven reprints an agency's wire (the generator's defaults).
    documents = generate(count, filler=6, background=0.1)
    folder.mkdir(parents=True, exist_ok=True)
    shards: list[list[Document]] = [[]]
    held = 0
    for document in documents:
        size = len(json.dumps(document.model_dump(mode="json")).encode()) + 1
        if held + size > 4 * partition and shards[-1]:
            shards.append([])
            held = 0
        shards[-1].append(document)
        held += size
    for i, shard in enumerate(shards):
        write_jsonl(shard, folder / f"shard-{i:02d}.jsonl")
    return len(documents)


class Sampler(threading.Thread):
    """Sample the resident memory and CPU time of some processes until stopped.

    Keeps each one's peak memory and last CPU time (user + system, less what it had used
    when sampling began: the cluster's start-up is not counted).
    """

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.procs = [psutil.Process(p) for p in pids]
        self.peaks = dict.fromkeys(pids, 0)
        self.series: list[tuple[float, int, int]] = []  # (time, pid, resident bytes)
        self.start_cpu = {p.pid: _cpu(p) for p in self.procs}
        self.cpu = dict.fromkeys(pids, 0.0)
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            self.sample()
            time.sleep(0.05)
        self.sample()

    def sample(self) -> None:
        for proc in self.procs:
            with contextlib.suppress(psutil.NoSuchProcess):
                rss = proc.memory_info().rss
                self.series.append((time.perf_counter(), proc.pid, rss))
                self.peaks[proc.pid] = max(self.peaks[proc.pid], rss)
                self.cpu[proc.pid] = _cpu(proc) - self.start_cpu[proc.pid]


class TaskProbe(WorkerPlugin):
    """On each worker, what it held entering each task and how far the task took it.

    A thread samples the worker's resident memory every 20 ms and charges it to the task
    running; when a task ends, the probe reads what is live: Python's allocated blocks,
    glibc's heap in use (``mallinfo2``), Arrow's pool, anonymous and file-backed resident
    memory, and how many results the worker holds. A worker's peak that is its level
    entering a task (not a task's rise) is what the worker keeps, not what a task does.
    """

    name = "claimrecon-task-probe"

    def setup(self, worker: Any) -> None:
        import ctypes

        fields = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"

        class Mallinfo2(ctypes.Structure):
            _fields_ = [(n, ctypes.c_size_t) for n in fields.split()]

        self.mallinfo = ctypes.CDLL("libc.so.6").mallinfo2
        self.mallinfo.restype = Mallinfo2
        self.worker, self.proc = worker, psutil.Process()
        self.rows: list[dict[str, Any]] = []
        self.running: dict[Any, dict[str, Any]] = {}
        self.lock = threading.Lock()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while True:
            rss = self.proc.memory_info().rss
            with self.lock:
                for row in self.running.values():
                    row["peak"] = max(row["peak"], rss)
            time.sleep(0.02)

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish == "executing":
            rss = self.proc.memory_info().rss
            name = key[0] if isinstance(key, tuple) else key
            row = {"task": str(name), "at": time.time(), "in": rss, "peak": rss}
            with self.lock:
                self.running[key] = row
        elif start == "executing":
            with self.lock:
                row = self.running.pop(key, None)
            if row is not None:
                self.rows.append({**row, **self._live()})

    def _live(self) -> dict[str, Any]:
        import pyarrow as pa

        status = dict(
            line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
        )
        return {
            "blocks": sys.getallocatedblocks(),
            "heap": self.mallinfo().uordblks,
            "arrow": pa.total_allocated_bytes(),
            "anon": int(status["RssAnon"].split()[0]) * 1024,
            "file": int(status["RssFile"].split()[0]) * 1024,
            "held": len(self.worker.data),
        }


def _probe_rows(dask_worker: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = dask_worker.plugins[TaskProbe.name].rows
    return rows


def task_summary(
    rows: dict[str, list[dict[str, Any]]], starts: dict[str, float]
) -> dict[str, list[dict[str, Any]]]:
    """Return, each stage and worker, the highest level entering a task and the largest rise.

    ``starts`` are the stages' starts in wall-clock time (``time.time``), as the rows are.
    """
    marks = sorted(starts.items(), key=lambda kv: kv[1])
    summary: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in marks}
    mb = 2**20
    for worker_rows in rows.values():
        by_stage: dict[str, list[dict[str, Any]]] = {}
        for row in worker_rows:
            stage = next((n for n, t in reversed(marks) if t <= row["at"]), marks[0][0])
            by_stage.setdefault(stage, []).append(row)
        for stage, got in by_stage.items():
            rise = max(got, key=lambda r: r["peak"] - r["in"])
            summary[stage].append(
                {
                    "tasks": len(got),
                    "highest_in_mb": round(max(r["in"] for r in got) / mb),
                    "largest_rise_mb": round((rise["peak"] - rise["in"]) / mb),
                    "largest_rise_task": re.sub(r"-[0-9a-f]{8,}.*", "", rise["task"]),
                    "most_held": max(r["held"] for r in got),
                    "python_blocks_m": round(max(r["blocks"] for r in got) / 1e6, 2),
                    "glibc_heap_mb": round(max(r["heap"] for r in got) / mb),
                    "arrow_mb": round(max(r["arrow"] for r in got) / mb),
                    "rss_anon_mb": round(max(r["anon"] for r in got) / mb),
                    "rss_file_mb": round(max(r["file"] for r in got) / mb),
                }
            )
    return summary


def _wall_clock(starts: dict[str, float]) -> dict[str, float]:
    """The stages' starts (``time.perf_counter``) in wall-clock time, as the probe's rows."""
    offset = time.time() - time.perf_counter()
    return {name: at + offset for name, at in starts.items()}


def stage_peaks(sampler: Sampler, starts: dict[str, float]) -> dict[str, list[int]]:
    """Return each stage's peak resident memory per worker, in MB (from the samples)."""
    marks = sorted(starts.items(), key=lambda kv: kv[1])
    peaks: dict[str, dict[int, int]] = {name: {} for name, _ in marks}
    for at, pid, rss in sampler.series:
        stage = next((name for name, t in reversed(marks) if t <= at), None)
        if stage is not None:
            peaks[stage][pid] = max(peaks[stage].get(pid, 0), rss)
    return {name: sorted(round(v / 2**20) for v in got.values()) for name, got in peaks.items()}


def _cpu(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system)


def run(corpus: Path, workers: int, scratch: Path, partition: int) -> dict[str, Any]:
    work, out = scratch / "work", scratch / "out"
    for folder in (work, out):
        shutil.rmtree(folder, ignore_errors=True)
    # As claimrecon's command line starts its workers; an engine without it (``--before``
    # an older checkout) runs with Dask's defaults, as it did.
    settings = getattr(engine, "WORKER_CONFIG", {})
    with (
        dask.config.set(settings),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            silence_logs=logging.ERROR,
            memory_limit=0,
        ) as cluster,
        Client(cluster) as client,
    ):
        pids = list(client.run(os.getpid).values())
        sampler = Sampler(pids)
        idle = sorted(round(p.memory_info().rss / 2**20) for p in sampler.procs)
        if PROBE_TASKS:
            client.register_plugin(TaskProbe())
        sampler.start()
        began = time.perf_counter()
        client_cpu = time.process_time()
        analysis = engine.analyze(
            [str(corpus / "*.jsonl")], client, workdir=work, partition_bytes=partition
        )
        with client.as_current():
            analysis.to_parquet(out)
        wall = time.perf_counter() - began
        probed = client.run(_probe_rows) if PROBE_TASKS else {}
        client_cpu = time.process_time() - client_cpu
        sampler.halt.set()
        sampler.join()
    stats = dict(analysis.stats)
    tasks = stats.pop("extract_task_seconds")
    starts = stats.pop("stage_starts")
    return {
        "workers": workers,
        "worker_config": settings,
        "wall_seconds": round(wall, 1),
        "cpu_seconds_per_worker": sorted(round(v, 1) for v in sampler.cpu.values()),
        "cpu_seconds_client": round(client_cpu, 1),
        "stages_seconds": {
            "extract": round(stats["extract_seconds"], 1),
            "copies and roots (3 shuffles + alignment)": round(stats["roots_seconds"], 1),
            "link (2 shuffles + client union-find)": round(stats["link_seconds"], 1),
            "of which union-find on the client": round(stats["resolve_seconds"], 2),
            "group into events (shuffle by component)": round(stats["group_seconds"], 1),
            "rules + estimates + write (shuffle by event)": round(stats["analyse_seconds"], 1),
        },
        "partitions": stats["partitions"],
        "documents": stats["documents"],
        "mentions": stats["mentions"],
        "edges": stats["edges"],
        "largest_linking_tile": stats.get("largest_tile"),
        "largest_component": stats.get("largest_component"),
        "extract_seconds_per_partition": round(sum(tasks) / len(tasks), 2),
        "rss_mb_per_worker_before": idle,
        "peak_rss_mb_per_worker": sorted(round(v / 2**20) for v in sampler.peaks.values()),
        "peak_rss_mb_per_worker_by_stage": stage_peaks(sampler, starts),
        **({"tasks_by_stage": task_summary(probed, _wall_clock(starts))} if probed else {}),
    }


def side_by_side(results: list[dict[str, Any]]) -> str:
    """Return the runs on the large corpus as one table, with the speedup over 1 worker."""
    base = next((r for r in results if r["workers"] == 1), None)
    lines = [
        f"{'workers':>7} {'wall s':>8} {'speedup':>7} {'CPU s (sum of workers)':>22} "
        f"{'CPU/wall':>8}  peak RSS MB per worker"
    ]
    for r in results:
        cpu = sum(r["cpu_seconds_per_worker"])
        speedup = f"{base['wall_seconds'] / r['wall_seconds']:.2f}x" if base else "-"
        lines.append(
            f"{r['workers']:>7} {r['wall_seconds']:>8.1f} {speedup:>7} {cpu:>22.1f} "
            f"{cpu / r['wall_seconds']:>8.2f}  {r['peak_rss_mb_per_worker']}"
        )
    lines.append(
        "CPU/wall near the worker count means the workers were busy; well below it on an "
        "idle machine means waiting (the client, the shuffles); on a loaded machine, noise."
    )
    return "\n".join(lines)


def projection(result: dict[str, Any], megabytes: float, partition: int) -> str:
    per_partition = result["extract_seconds_per_partition"]
    partitions = 10 * 1024**3 / partition
    extract = partitions * per_partition / 32
    rest = result["wall_seconds"] - result["stages_seconds"]["extract"]
    # The stages after extraction move the mentions and documents through three shuffles;
    # at 1 worker their time is mostly CPU and scales like extraction, bar the client.
    rest_10gb = rest * (10 * 1024 / megabytes) / 32
    edges_10gb = result["edges"] * (10 * 1024 / megabytes)
    return (
        f"10 GB on 32 workers: {partitions:.0f} partitions of {partition // 2**20} MiB at "
        f"{per_partition:.1f} s each -> extraction ~{extract / 60:.0f} min; the later stages "
        f"~{rest_10gb / 60:.0f} min if they scale as measured here; the client resolves "
        f"~{edges_10gb / 1e6:.1f} M edges (~{edges_10gb * 60 / 2**20:.0f} MB of ids) in one "
        f"process. The shuffles then dominate: every document's text crosses the network "
        f"once (documents joined to their events), every mention twice."
    )


def run_before(corpus: Path, workers: int, partition_mb: float, checkout: Path) -> dict[str, Any]:
    """Run one corpus with the engine of another checkout, in a process of its own."""
    command = [sys.executable, __file__, "--one", str(corpus), "--workers", str(workers)]
    command += ["--partition-mb", str(partition_mb), "--engine-from", str(checkout)]
    command += ["--tasks"] if PROBE_TASKS else []
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def memory_table(
    labels: list[str], before: list[dict[str, Any]], after: list[dict[str, Any]]
) -> str:
    """Return the peak memory a worker in each stage, before and after, side by side."""
    head = "stage".ljust(10) + "".join(
        f"{f'{label} {when}':>22}" for label in labels for when in ("before", "after")
    )
    lines = [head]
    stages = after[0]["peak_rss_mb_per_worker_by_stage"]
    for stage in (*stages, "whole run"):
        cells = []
        for b, a in zip(before, after, strict=True):
            for r in (b, a):
                got = (
                    r["peak_rss_mb_per_worker"]
                    if stage == "whole run"
                    else r["peak_rss_mb_per_worker_by_stage"].get(stage, [])
                )
                cells.append(f"{', '.join(map(str, got)) + ' MB':>22}")
        lines.append(stage.ljust(10) + "".join(cells))
    return "\n".join(lines)


def sizes_table(labels: list[str], results: list[dict[str, Any]]) -> str:
    """Return each stage's peak memory a worker at each corpus size, and the largest ratio."""
    lines = ["stage".ljust(10) + "".join(f"{label:>22}" for label in labels) + f"{'ratio':>8}"]
    stages = results[0]["peak_rss_mb_per_worker_by_stage"]
    for stage in (*stages, "whole run"):
        got = [
            r["peak_rss_mb_per_worker"]
            if stage == "whole run"
            else r["peak_rss_mb_per_worker_by_stage"].get(stage, [])
            for r in results
        ]
        cells = "".join(f"{', '.join(map(str, g)) + ' MB':>22}" for g in got)
        ratio = f"{max(got[-1]) / max(got[0]):.2f}x" if got[0] and got[-1] else "-"
        lines.append(stage.ljust(10) + cells + f"{ratio:>8}")
    sizes = ", ".join(
        f"{label}: {r['documents']} documents in {r['partitions']} partitions, largest tile "
        f"{r['largest_linking_tile']}, largest component {r['largest_component']}, "
        f"{r['edges']} edges, {r['rss_mb_per_worker_before']} MB a worker before"
        for label, r in zip(labels, results, strict=True)
    )
    lines.append(f"(ratio: the larger corpus's highest worker peak over the smaller's; {sizes})")
    return "\n".join(lines)


def memory_at_sizes(
    corpora: list[tuple[str, Path]], workers: int, scratch: Path, partition: int
) -> None:
    """Run this engine on each corpus with ``workers`` workers; print the memory side by side."""
    results = []
    for label, corpus in corpora:
        results.append(run(corpus, workers, scratch, partition))
        print(label, json.dumps(results[-1], indent=1), flush=True)
    print(f"peak resident memory a worker, {workers} workers, by stage:")
    print(sizes_table([label for label, _ in corpora], results))


def compare_memory(
    args: argparse.Namespace, corpora: list[tuple[str, Path]], scratch: Path
) -> None:
    workers = max(args.workers)
    partition = int(args.partition_mb * 2**20)
    before, after = [], []
    for label, corpus in corpora:
        before.append(run_before(corpus, workers, args.partition_mb, args.before))
        after.append(run(corpus, workers, scratch, partition))
        for when, result in (("before", before[-1]), ("after", after[-1])):
            print(label, when, json.dumps(result, indent=1))
    print(f"peak resident memory a worker, {workers} workers, by stage:")
    print(memory_table([label for label, _ in corpora], before, after))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--small-mb", type=float, default=12.5)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-mb", type=float, default=2)
    parser.add_argument(
        "--memory",
        action="store_true",
        help="memory only: the two sizes side by side (with --before, against CHECKOUT too)",
    )
    parser.add_argument("--before", type=Path, help="a checkout whose engine to compare with")
    parser.add_argument(
        "--tasks",
        action="store_true",
        help="probe each worker at every task: its level entering a task, a task's rise, "
        "and what is live (Python blocks, glibc heap, Arrow, anonymous and file memory)",
    )
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # one run, JSON out
    parser.add_argument("--engine-from", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    partition = int(args.partition_mb * 2**20)
    scratch = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    try:
        if args.one is not None:
            print(json.dumps(run(args.one, max(args.workers), scratch, partition)))
            return
        big, small = scratch / "big", scratch / "small"
        began = time.perf_counter()
        n_big = build(big, args.mb, partition)
        n_small = build(small, args.small_mb, partition)
        print(f"generated {n_big} + {n_small} documents in {time.perf_counter() - began:.0f} s")
        corpora = [(f"{args.small_mb:g} MB", small), (f"{args.mb:g} MB", big)]
        if args.memory and args.before is None:
            memory_at_sizes(corpora, max(args.workers), scratch, partition)
            return
        if args.memory:
            compare_memory(args, corpora, scratch)
            return
        results = [run(big, w, scratch, partition) for w in args.workers]
        results.append(run(small, max(args.workers), scratch, partition))
        for label, result in zip(
            [f"{args.mb:g} MB" for _ in args.workers] + [f"{args.small_mb:g} MB"],
            results,
            strict=True,
        ):
            print(label, json.dumps(result, indent=1))
        print(side_by_side(results[: len(args.workers)]))
        print(projection(results[0], args.mb, partition))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
