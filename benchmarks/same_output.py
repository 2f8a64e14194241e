"""Write a digest of what extraction and analysis output, to check a speed-up changes none.

Run on demand from the repository root (not part of the test suite)::

    python -W ignore benchmarks/same_output.py --out /tmp/reference.txt   # before a change
    python -W ignore benchmarks/same_output.py --check /tmp/reference.txt # after it

The digest covers four inputs:

- the seed articles (``seeds/``), analysed as one corpus;
- every document of the real dev split (``benchmarks/real/dev``), analysed as one corpus,
  as ``benchmarks/real.py`` does;
- the real test split, analysed the same way, but kept **only as hashes**: its claims and
  its report are never written or printed, only the SHA-256 of their serialised forms (the
  test split is blind);
- the generated megabyte of ``benchmarks/bench_extract.py`` (``--mb``, 1 by default), each
  document extracted on its own, and a small generated news corpus (``tests/newsgen.py``)
  analysed as one corpus.

For each input the file holds one line per claim (its ``model_dump_json``, the lines sorted)
and one line per event, contradiction and estimate of the analysed report (also
``model_dump_json``, sorted), then a line with the SHA-256 of the section. ``--check``
recomputes the digest and compares it with a recorded one section by section; it prints
the first differing lines of a section that changed (never for the test split, whose section
holds hashes only) and exits 1 if any differs.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_extract import build_corpus  # noqa: E402

import claimrecon  # noqa: E402
from claimrecon.gold import combine_gold, read_gold  # noqa: E402
from claimrecon.models import Document, Report  # noqa: E402
from claimrecon.vocab import Lexicon  # noqa: E402
from tests.newsgen import generate  # noqa: E402

REAL = ROOT / "benchmarks" / "real"


def _sorted_json(items: Iterable[object]) -> list[str]:
    return sorted(item.model_dump_json() for item in items)  # type: ignore[attr-defined]


def report_lines(report: Report) -> list[str]:
    """Return the claims, events, contradictions and estimates of a report, one a line."""
    lines = ["claim " + line for line in _sorted_json(report.claims)]
    lines += ["event " + line for line in _sorted_json(report.events)]
    lines += ["contradiction " + line for line in _sorted_json(report.contradictions)]
    lines += ["estimate " + line for line in _sorted_json(report.estimates)]
    return lines


def split_documents(split: str) -> list[Document]:
    """Return the documents of a split of the real corpus, as benchmarks/real.py reads them."""
    folders = sorted(p.parent for p in (REAL / split).glob("*/gold.json"))
    gold = combine_gold(
        (read_gold(folder / "gold.json") for folder in folders), where=f"benchmarks/real/{split}"
    )
    return list(gold.documents())


def seed_documents() -> list[Document]:
    """Return the seed articles."""
    return list(read_gold(ROOT / "seeds" / "gold.json").documents())


def bench_lines(megabytes: float) -> list[str]:
    """Return the claims of bench_extract's generated corpus, each document extracted alone."""
    lexicon = Lexicon.default()
    lines = []
    for doc in build_corpus(megabytes):
        lines += [claim.model_dump_json() for claim in claimrecon.extract(doc, lexicon)]
    return sorted(lines)


def sections(megabytes: float) -> dict[str, list[str]]:
    """Return each input's digest lines, by section name."""
    test = report_lines(claimrecon.analyze(split_documents("test")))
    return {
        "seeds": report_lines(claimrecon.analyze(seed_documents())),
        "dev": report_lines(claimrecon.analyze(split_documents("dev"))),
        # Blind: only the hash of each line, so that nothing of the test split is readable.
        "test (hashes only)": [hashlib.sha256(line.encode()).hexdigest() for line in test],
        "newsgen": report_lines(claimrecon.analyze(generate(120, filler=2))),
        f"bench_extract --mb {megabytes:g}": bench_lines(megabytes),
    }


def digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def write(path: Path, found: dict[str, list[str]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for name, lines in found.items():
            out.write(f"== {name}\n")
            out.writelines(line + "\n" for line in lines)
            out.write(f"sha256 {digest(lines)} ({len(lines)} lines)\n")


def read(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            current = found.setdefault(line[3:], [])
        elif not line.startswith("sha256 "):
            current.append(line)
    return found


def check(reference: dict[str, list[str]], found: dict[str, list[str]]) -> bool:
    """Print each section as the same or changed; return whether all are the same."""
    same = True
    for name, lines in found.items():
        before = reference.get(name)
        if before == lines:
            print(f"same     {name}: {len(lines)} lines, sha256 {digest(lines)[:16]}")
            continue
        same = False
        print(f"CHANGED  {name}")
        if before is not None and not name.startswith("test"):
            diff = difflib.unified_diff(before, lines, "reference", "now", n=0, lineterm="")
            for row in list(diff)[:12]:
                print("   ", row[:400])
    return same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the digest to this file")
    parser.add_argument("--check", type=Path, help="compare with a digest written before")
    parser.add_argument("--mb", type=float, default=1.0, help="size of the generated corpus")
    args = parser.parse_args()
    found = sections(args.mb)
    if args.out:
        write(args.out, found)
        for name, lines in found.items():
            print(f"{name}: {len(lines)} lines, sha256 {digest(lines)[:16]}")
    if args.check:
        sys.exit(0 if check(read(args.check), found) else 1)


if __name__ == "__main__":
    main()
