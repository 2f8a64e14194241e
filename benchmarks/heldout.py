"""Score the library on the held-out articles in benchmarks/heldout (run on demand)."""

from __future__ import annotations

import sys
from pathlib import Path

# The package of this checkout, not whichever one is installed: a worktree scores its own code.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import claimrecon
from claimrecon.gold import read_gold, score

HERE = Path(__file__).resolve().parent / "heldout"


def main() -> int:
    for name in [a for a in sys.argv[1:] if not a.startswith("-")] or ["a", "b"]:
        gold = read_gold(HERE / name / "gold.json")
        scores = score(gold, claimrecon.analyze(gold.documents()))
        print(f"== held-out set {name}")
        print(scores.format(details="-v" in sys.argv))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
