"""Time every stage on adversarial texts at n, 2n, 4n and 8n; report the growth exponent.

Each generator repeats a pattern n times: the families that made a stage quadratic
(text without sentence punctuation, long comma lists) and those that already passed
(long runs of one character, of digits, of quotes, of qualifiers). For each family and
stage the script prints the time at each size and the exponent of a least-squares fit
of log(time) on log(size): 1 is linear, 2 quadratic. The target is <= 1.15.

Run on demand (never in the test suite):

    python benchmarks/adversarial.py              # every family, n = 100
    python benchmarks/adversarial.py --n 200 --family prose-no-stop
    python benchmarks/adversarial.py --stages extract events

Stages: read (read_documents on a file), extract, events (group_events), rules
(find_contradictions), estimates. Rules and estimates over many claims in one event are
the contradictions issue's work; they are measured here all the same.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimrecon import Document, read_documents
from claimrecon.estimates import estimate
from claimrecon.events import group_events
from claimrecon.models import Report
from claimrecon.pipeline import extract_report
from claimrecon.rules import find_contradictions

FAMILIES: dict[str, Callable[[int], str]] = {
    "prose-no-stop": lambda n: (
        "militants killed 5 people and wounded 7 police in Kabul said officials " * n
    ),
    "comma-list": lambda n: "5 killed, " * (10 * n),
    "same-figure-no-stop": lambda n: "police said 5 people were killed " * (2 * n),
    "words-no-stop": lambda n: "the market was busy and calm " * (4 * n),
    "dots": lambda n: "." * (100 * n),
    "digits": lambda n: "killed " + "9" * (100 * n),
    "commas-digits": lambda n: "1," * (50 * n) + " killed",
    "qualifiers": lambda n: "at least " * (20 * n) + "5 people were killed",
    "quotes": lambda n: '"' * (50 * n) + "killed" + '"' * (50 * n),
    "said": lambda n: "said " * (40 * n),
    "actors": lambda n: "IS " * (60 * n) + "claimed responsibility.",
    # Runs of name shapes, where a name's scan could reach to the end of the run.
    "possessives": lambda n: "IS's " * (40 * n) + "attack",
    "comma-names": lambda n: "Taliban, " * (25 * n) + "claimed the attack.",
    "capitalised": lambda n: "suspected " * (20 * n) + "Taliban gunmen stormed the hotel.",
    "sentences": lambda n: "Five people were killed in Kabul on Monday, police said. " * (2 * n),
    # Runs of date words, where a date pattern could backtrack.
    "dates-months": lambda n: "July " * (40 * n),
    "dates-weekdays": lambda n: "Monday, " * (25 * n),
    "dates-periods": lambda n: "in the last " * (20 * n),
    "dates-numbers": lambda n: "1 " * (60 * n) + "July",
    "dates-edges": lambda n: "the end of " * (20 * n) + "July",
    "dates-years": lambda n: "2014 " * (40 * n),
}

STAGES = ("read", "extract", "events", "rules", "estimates")


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_family(text: str, stages: tuple[str, ...], folder: Path) -> dict[str, float]:
    """Return the seconds each stage takes on one document holding ``text``."""
    times: dict[str, float] = {}
    path = folder / "doc.txt"
    path.write_text(text, encoding="utf-8")
    if "read" in stages:
        times["read"] = _time(lambda: list(read_documents([path])))
    doc = Document(id="doc", text=text)
    report: Report = Report()

    last = max(STAGES.index(stage) for stage in stages)

    def step(name: str, fn: Callable[[Report], Report]) -> None:
        nonlocal report
        if STAGES.index(name) > last:
            return  # later stages are not asked for: do not spend time on them
        start = time.perf_counter()
        report = fn(report)
        if name in stages:
            times[name] = time.perf_counter() - start

    step("extract", lambda _: extract_report([doc]))
    step("events", group_events)
    step("rules", find_contradictions)
    step("estimates", estimate)
    return times


def exponent(sizes: list[int], times: list[float]) -> float:
    """Return the slope of log(time) against log(size), by least squares."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="the smallest size (default 100)")
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--target", type=float, default=1.15)
    args = parser.parse_args(argv)
    sizes = [args.n, 2 * args.n, 4 * args.n, 8 * args.n]
    stages = tuple(args.stages)
    over = []
    print(
        f"{'family':<22}{'stage':<11}"
        + "".join(f"{'x' + str(s // args.n):>9}" for s in sizes)
        + f"{'chars@8n':>10}{'exponent':>10}",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        # Warm up: compile the lexicon's patterns and caches before anything is timed.
        run_family(FAMILIES["sentences"](5), stages, Path(tmp))
        for name in args.family or sorted(FAMILIES):
            runs = []
            for n in sizes:
                text = FAMILIES[name](n)
                runs.append(run_family(text, stages, Path(tmp)))
            for stage in stages:
                times = [r[stage] for r in runs]
                # Below a few milliseconds the fit measures noise, not growth.
                k = exponent(sizes, times) if times[-1] > 0.05 else float("nan")
                flag = "  <-- over" if k > args.target else ""
                if flag:
                    over.append((name, stage, k))
                print(
                    f"{name:<22}{stage:<11}"
                    + "".join(f"{t:9.3f}" for t in times)
                    + f"{len(text):>10}{k:10.2f}{flag}",
                    flush=True,
                )
    if over:
        print(f"\n{len(over)} stage(s) grow faster than n^{args.target}:")
        for name, stage, k in over:
            print(f"  {name} / {stage}: n^{k:.2f}")
        return 1
    print(f"\nevery stage grows at most as n^{args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
