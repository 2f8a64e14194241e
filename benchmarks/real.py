"""Score the library on the real-news corpus in benchmarks/real (run on demand).

    python benchmarks/real.py                 # both splits: totals, fields, per attack
    python benchmarks/real.py -v              # also dev's misses and false positives
    python benchmarks/real.py --update        # record the current scores in scores.json
    python benchmarks/real.py --wave 8        # also the totals of one wave's attacks alone
    python benchmarks/real.py agree A.json B.json   # agreement of two annotations of one folder

Each attack is a folder ``<split>/<attack>/`` with its texts, ``documents.json`` and a
``gold.json``. A split is analysed as one corpus, so that events of different attacks can be
told apart (or wrongly merged) as they would be in use, and scored with
``claimrecon.gold.score``. Only dev's misses are ever printed: the test split is blind, and its
misses are never read to change the library.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

# The package of this checkout, not whichever claimrecon is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import claimrecon
from claimrecon.gold import (
    GoldAttribution,
    GoldSet,
    Scores,
    combine_gold,
    parse_gold,
    read_gold,
    report_to_gold,
    score,
)
from claimrecon.gold.scoring import fold_actor

HERE = Path(__file__).resolve().parent / "real"
SPLITS = ("dev", "test")
SCORES = HERE / "scores.json"
TOLERANCE = 0.02
"""How far a guarded score may fall below scores.json before the regression test fails."""

GUARDED = (
    "figures_f1",
    "attributions_f1",
    "events_bcubed_f1",
    "event_date_accuracy",
    "contradictions_f1",
)


def attacks(split: str) -> dict[str, GoldSet]:
    """Return each attack of a split with its gold, by folder name."""
    folders = sorted(p.parent for p in (HERE / split).glob("*/gold.json"))
    return {folder.name: read_gold(folder / "gold.json") for folder in folders}


def headline(scores: Scores) -> dict[str, Any]:
    """Return the figures that are recorded and guarded."""
    return {
        "figures_f1": round(scores.figures.f1, 4),
        "attributions_f1": round(scores.attributions.f1, 4),
        "events_bcubed_f1": round(scores.events_bcubed_f1, 4),
        "event_date_accuracy": round(scores.event_dates.accuracy, 4),
        "contradictions_f1": round(scores.contradictions.f1, 4),
        "contradictions_precision": round(scores.contradictions.precision, 4),
        "contradictions_hard_recall": round(scores.contradictions.recall, 4),
        "consistent_flagged": scores.consistent_flagged,
    }


class SplitResult:
    """The scores of one split: the whole of it, and each attack within the same run."""

    def __init__(self, split: str) -> None:
        self.split = split
        self.attacks = attacks(split)
        self.gold = combine_gold(self.attacks.values(), where=f"benchmarks/real/{split}")
        report = claimrecon.analyze(self.gold.documents())
        # The predictions, read as a gold set over the gold's texts, so that they can be cut
        # down to one attack's documents with the same code as the gold.
        self.predicted = parse_gold(
            report_to_gold(report), texts=self.gold.texts, where="predictions"
        )
        self.scores = score(self.gold, self.predicted)
        self.per_attack = {
            name: score(gold, self.predicted.restrict(gold.texts))
            for name, gold in self.attacks.items()
        }

    def record(self) -> dict[str, Any]:
        """Return what scores.json keeps of this split."""
        docs = sum(len(g.data.documents) for g in self.attacks.values())
        return {
            "attacks": len(self.attacks),
            "documents": docs,
            **headline(self.scores),
            "per_attack": {name: headline(s) for name, s in self.per_attack.items()},
        }


def current() -> dict[str, SplitResult]:
    """Analyse and score both splits."""
    return {split: SplitResult(split) for split in SPLITS}


def _overlap(a: GoldAttribution, b: GoldAttribution) -> int:
    if a.doc != b.doc:
        return 0
    return max(0, min(int(a.end), int(b.end)) - max(int(a.start), int(b.start)))


def attribution_attributes(result: SplitResult) -> str:
    """Return one totals-only line: where attribution recall is lost.

    Each gold attribution is paired with the prediction overlapping it most (each prediction
    used once), whatever its actor. Over those span-matched pairs it counts how often actor,
    stance and source kind agree; the gold attributions with no overlapping prediction at all
    are the spans missed. Totals only, so that it may be printed for the blind split too.
    """
    gold = [c for c in result.gold.data.claims if isinstance(c, GoldAttribution)]
    pred = [c for c in result.predicted.data.claims if isinstance(c, GoldAttribution)]
    candidates = sorted(
        (-_overlap(g, p), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if _overlap(g, p) > 0
    )
    pairs: dict[int, int] = {}
    for _, i, j in candidates:
        if i not in pairs and j not in pairs.values():
            pairs[i] = j
    rows = [(gold[i], pred[j]) for i, j in pairs.items()]
    agree = {
        "actor": sum(fold_actor(g.actor) == fold_actor(p.actor) for g, p in rows),
        "stance": sum(g.stance == p.stance for g, p in rows),
        "source_kind": sum(g.source_kind == p.source_kind for g, p in rows),
    }
    shares = ", ".join(
        f"{k} {v / len(rows) if rows else 0:.2f} ({v}/{len(rows)})" for k, v in agree.items()
    )
    return (
        f"attribution attributes over span-matched pairs: {shares}; "
        f"gold spans with no prediction {len(gold) - len(rows)}/{len(gold)}"
    )


def _table(result: SplitResult) -> str:
    header = (
        f"{'attack':<24}{'docs':>5}{'figures':>16}{'attributions':>16}"
        f"{'events':>8}{'dates':>7}{'contra':>9}{'false':>6}{'cons':>5}"
    )
    rows = [header, "-" * len(header)]
    for name, s in result.per_attack.items():
        docs = len(result.attacks[name].data.documents)
        rows.append(
            f"{name:<24}{docs:>5}"
            f"{s.figures.f1:>7.2f} ({s.figures.found:>2}/{s.figures.gold:>2})"
            f"{s.attributions.f1:>7.2f} ({s.attributions.found:>2}/{s.attributions.gold:>2})"
            f"{s.events_bcubed_f1:>8.2f}{s.event_dates.right:>4}/{s.event_dates.total:<2}"
            f"{s.contradictions.found:>5}/{s.contradictions.gold:<3}"
            f"{s.contradictions.predicted - s.contradictions.right:>6}{s.consistent_flagged:>5}"
        )
    return "\n".join(rows)


def report(results: dict[str, SplitResult], verbose: bool) -> str:
    """Return the printed report of both splits."""
    parts = []
    for split, result in results.items():
        docs = sum(len(g.data.documents) for g in result.attacks.values())
        parts += [
            f"== {split}: {len(result.attacks)} attacks, {docs} documents",
            result.scores.format(details=verbose and split == "dev"),
            attribution_attributes(result),
            "",
            _table(result),
            "",
        ]
    return "\n".join(parts)


def waves() -> tuple[tuple[str, ...], ...]:
    """Return the attacks of each wave, as ``real/split.py`` drew them (wave 1 first)."""
    spec = importlib.util.spec_from_file_location("real_split", HERE / "split.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(tuple(wave) for wave in module.WAVES)


def report_wave(results: dict[str, SplitResult], wave: int) -> str:
    """Return the totals of one wave's attacks in each split, scored on the same run.

    Totals only, for test too: what a wave's blind baseline records.
    """
    names = set(waves()[wave - 1])
    parts = []
    for split, result in results.items():
        chosen = [gold for name, gold in result.attacks.items() if name in names]
        if not chosen:
            continue
        gold = combine_gold(chosen, where=f"wave {wave} of benchmarks/real/{split}")
        docs = sum(len(g.data.documents) for g in chosen)
        parts += [
            f"== wave {wave} in {split}: {len(chosen)} attacks, {docs} documents",
            score(gold, result.predicted.restrict(gold.texts)).format(details=False),
            "",
        ]
    return "\n".join(parts)


def agree(first: Path, second: Path) -> str:
    """Return how far a second annotation of a folder agrees with the first, and where not.

    The first is read as gold and the second as predictions over the same texts, so every
    disagreement is listed: "missed" are the first reader's items the second lacks, "false
    positives" the second reader's items the first lacks.
    """
    gold = read_gold(first)
    other = read_gold(second, texts=gold.texts)
    return score(gold, other).format(details=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print dev's misses")
    parser.add_argument("--update", action="store_true", help="record the scores in scores.json")
    parser.add_argument("--wave", type=int, help="also print the totals of this wave's attacks")
    parser.add_argument("command", nargs="*", help="'agree FIRST SECOND' to compare annotations")
    args = parser.parse_args(argv)
    if args.command:
        if args.command[0] != "agree" or len(args.command) != 3:
            parser.error("the only command is: agree FIRST SECOND")
        print(agree(Path(args.command[1]), Path(args.command[2])))
        return 0
    results = current()
    print(report(results, args.verbose))
    if args.wave is not None:
        if not 1 <= args.wave <= len(waves()):
            parser.error(f"--wave takes a wave from 1 to {len(waves())}")
        print(report_wave(results, args.wave))
    if args.update:
        recorded = json.loads(SCORES.read_text()) if SCORES.exists() else {}
        recorded.update({split: result.record() for split, result in results.items()})
        SCORES.write_text(json.dumps(recorded, indent=1) + "\n")
        print(f"recorded in {SCORES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
