"""Time the rules and the estimates per claim, from 10,000 to 1,000,000 claims.

Run on demand from the repository root (not part of the test suite)::

    python benchmarks/bench_rules.py [--sizes 10000 100000 1000000] [--per-event 10]
    python benchmarks/bench_rules.py --one-event 400 3200

The report holds events of ``--per-event`` figure claims each, from a few sources, over a
few publication days, with rival, rising and corrected figures, parts and zeros: the
shapes real news gives. Each size reports the wall seconds of ``find_contradictions`` and
``estimate``, their CPU seconds and CPU microseconds per claim, and the process's peak
memory; the ratio of the largest to the smallest per-claim CPU time is the check (flat
within 2x means linear). CPU time, not wall time, because the machine may be shared.
``--one-event`` puts all the claims in one event (the hostile case of 400 different
figures in one event) and reports the same ratio as the claims grow.

Claims are built with ``model_construct`` so that the benchmark times the rules, not
pydantic's validation of a million claims.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimrecon.estimates import estimate  # noqa: E402
from claimrecon.models import (  # noqa: E402
    Document,
    Event,
    Figure,
    FigureClaim,
    Metric,
    Qualifier,
    Report,
    Source,
    SourceKind,
    Span,
    Subject,
)
from claimrecon.rules import find_contradictions  # noqa: E402

SOURCES = ("police", "the ministry", "the Red Cross", None)
SUBJECTS = (Subject.PEOPLE, Subject.PEOPLE, Subject.CIVILIANS, Subject.POLICE)


def _claim(n: int, event: int, i: int, days: int) -> FigureClaim:
    """Return the i-th claim of an event: varied sources, days, figures and subjects."""
    doc = f"d{event}-{i % days}"
    name = SOURCES[i % len(SOURCES)]
    value = 10 + (i * 7) % 23 if i % 5 else 0
    qualifier = Qualifier.AT_LEAST if i % 3 == 0 else Qualifier.EXACT
    high = None if qualifier is Qualifier.AT_LEAST else value
    return FigureClaim.model_construct(
        id=f"c{n}",
        span=Span.model_construct(doc=doc, start=i, end=i + 1),
        quote="",
        source=Source.model_construct(
            name=name, kind=SourceKind.OFFICIAL if name else SourceKind.MEDIA, via=None
        ),
        date=None,
        confidence=1.0,
        type="figure",
        metric=Metric.KILLED if i % 4 else Metric.WOUNDED,
        subject=SUBJECTS[i % len(SUBJECTS)],
        figure=Figure.model_construct(low=value, high=high, qualifier=qualifier, text=""),
        part_of=None,
        revision=i % 11 == 0,
        provisional=i % 13 == 0,
    )


def build(claims: int, per_event: int, days: int = 3) -> Report:
    """Return a report of ``claims`` figure claims in events of ``per_event`` claims."""
    made: list[FigureClaim] = []
    events: list[Event] = []
    documents: list[Document] = []
    start = dt.date(2020, 1, 1)
    for event in range(max(1, claims // per_event)):
        ids = []
        for i in range(per_event):
            claim = _claim(len(made), event, i, days)
            made.append(claim)
            ids.append(claim.id)
        events.append(Event.model_construct(id=f"e{event}", claims=tuple(ids)))
        for d in range(days):
            documents.append(
                Document.model_construct(
                    id=f"d{event}-{d}", text="", published=start + dt.timedelta(d), outlet=None
                )
            )
    return Report.model_construct(
        documents=tuple(documents),
        claims=tuple(made),
        events=tuple(events),
        aggregates=(),
        contradictions=(),
        notes=(),
        estimates=(),
    )


def measure(report: Report) -> tuple[float, float, float]:
    """Return the wall seconds of the rules and of the estimates, and their CPU seconds.

    The CPU seconds of this process are the fair measure on a shared machine, where the
    wall time also counts the other processes' turns.
    """
    cpu = time.process_time()
    began = time.perf_counter()
    find_contradictions(report)
    rules = time.perf_counter() - began
    began = time.perf_counter()
    estimate(report, "ibc")
    estimates = time.perf_counter() - began
    return rules, estimates, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--per-event", type=int, default=10)
    parser.add_argument("--one-event", type=int, nargs="+", default=None)
    args = parser.parse_args(argv)
    sizes = args.one_event or args.sizes
    per_claim: list[float] = []
    print(
        f"{'claims':>10}{'events':>9}{'rules s':>10}{'estimates s':>13}{'cpu s':>9}"
        f"{'cpu us/claim':>14}{'peak MB':>9}"
    )
    for size in sizes:
        report = build(size, size if args.one_event else args.per_event)
        rules, estimates, cpu = measure(report)
        each = cpu / size * 1e6
        per_claim.append(each)
        # The process's peak resident memory so far (Linux reports KiB): the report and
        # the findings of the largest size dominate it.
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{size:>10}{len(report.events):>9}{rules:>10.2f}{estimates:>13.2f}{cpu:>9.2f}"
            f"{each:>14.1f}{peak:>9.0f}",
            flush=True,
        )
    print(f"CPU time per claim, largest over smallest size: {per_claim[-1] / per_claim[0]:.2f}x")
    if len(per_claim) > 2:
        print(
            f"CPU time per claim, largest over the one before: {per_claim[-1] / per_claim[-2]:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
