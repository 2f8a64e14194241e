"""Time the grouping of claims into events per claim, from 10,000 to 100,000 claims.

Run on demand from the repository root (not part of the test suite)::

    python benchmarks/bench_events.py [--sizes 10000 30000 100000] [--per-doc 5]

Each document tells one attack in a lead sentence (a target, a city, a weekday) and gives
``--per-doc`` figure claims; every attack is told by a few reports over a few days, and
the attacks are spread over the years, over a few dozen cities and targets, with
background sentences recalling an older attack. This is the shape that makes blocking
matter: many reports of one target in one country, most of them of other months. Each size
reports the seconds of ``group_events`` and its microseconds per claim; the ratio of the
largest to the smallest per-claim time is the check (flat within 2x means the candidate
pairs grow with the claims, not with their square).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimrecon.events import group_events  # noqa: E402
from claimrecon.models import (  # noqa: E402
    Document,
    Figure,
    FigureClaim,
    Metric,
    Qualifier,
    Report,
    Span,
    Subject,
)

CITIES = ("Kabul", "Mogadishu", "Nairobi", "Baghdad", "Peshawar", "Maiduguri", "Kandahar", "Mosul")
TARGETS = ("hotel", "market", "mosque", "school", "police station", "embassy", "checkpoint")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REPORTS = 3  # reports of one attack, on consecutive days


def _document(attack: int, report: int, per_doc: int) -> tuple[Document, list[FigureClaim]]:
    """Return the report-th report of an attack, with its figure claims."""
    day = dt.date(2000, 1, 3) + dt.timedelta(days=attack * 2 % 9000)
    city = CITIES[attack % len(CITIES)]
    target = TARGETS[attack // len(CITIES) % len(TARGETS)]
    doc_id = f"a{attack}-r{report}"
    lines = [
        f"Gunmen attacked a {target} in {city} on {WEEKDAYS[day.weekday()]}, "
        f"killing {10 + attack % 50} people."
    ]
    for i in range(1, per_doc):
        if i % 4 == 3:
            lines.append(f"A bombing of a {TARGETS[i % len(TARGETS)]} in 1998 killed {i} people.")
        else:
            lines.append(f"Police said {i + attack % 7} people were wounded in the attack.")
    text = "\n\n".join(lines)
    claims = []
    for n, line in enumerate(lines):
        offset = text.index(line)
        value = 10 + attack % 50 if n == 0 else (n if n % 4 == 3 else n + attack % 7)
        claims.append(
            FigureClaim(
                span=Span(doc=doc_id, start=offset, end=offset + len(line)),
                quote=line,
                metric=Metric.KILLED if n == 0 or n % 4 == 3 else Metric.WOUNDED,
                subject=Subject.PEOPLE,
                figure=Figure(low=value, high=value, qualifier=Qualifier.EXACT),
            )
        )
    published = day + dt.timedelta(days=report)
    return Document(id=doc_id, text=text, published=published), claims


def build(claims: int, per_doc: int) -> Report:
    """Return a report of about ``claims`` figure claims, ``per_doc`` a document."""
    documents: list[Document] = []
    made: list[FigureClaim] = []
    for attack in range(max(1, claims // (per_doc * REPORTS))):
        for report in range(REPORTS):
            document, found = _document(attack, report, per_doc)
            documents.append(document)
            made.extend(found)
    return Report(documents=tuple(documents), claims=tuple(made))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--per-doc", type=int, default=5)
    args = parser.parse_args(argv)
    group_events(build(300, args.per_doc))  # load the gazetteer and compile the lexicon
    per_claim: list[float] = []
    print(f"{'claims':>10}{'documents':>11}{'events':>9}{'seconds':>10}{'us/claim':>10}")
    for size in args.sizes:
        report = build(size, args.per_doc)
        began = time.perf_counter()
        grouped = group_events(report)
        seconds = time.perf_counter() - began
        each = seconds / len(report.claims) * 1e6
        per_claim.append(each)
        print(
            f"{len(report.claims):>10}{len(report.documents):>11}{len(grouped.events):>9}"
            f"{seconds:>10.2f}{each:>10.1f}"
        )
    print(f"per-claim time, largest over smallest size: {per_claim[-1] / per_claim[0]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
