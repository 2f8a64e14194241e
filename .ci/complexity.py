"""Fail when a function of the package is above cyclomatic complexity 15 (radon's measure).

The functions above it today are listed in `.ci/complexity-allowlist.txt`, one
`path::[Class.]function` a line with the complexity it had: they may stay until they are
split, and a line whose function has come down to 15 or below is reported, to be deleted.
A function not on the list that goes above 15 fails the check.

Usage: python .ci/complexity.py [--write]   (--write rewrites the list from the tree)
"""

from __future__ import annotations

import sys
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Class

LIMIT = 15
ROOT = Path(__file__).resolve().parent.parent
ALLOWLIST = ROOT / ".ci" / "complexity-allowlist.txt"


def measure(package: Path) -> dict[str, int]:
    """Return every function and method of the package by ``path::[Class.]name``."""
    found: dict[str, int] = {}
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for block in cc_visit(path.read_text(encoding="utf-8")):
            functions = block.methods if isinstance(block, Class) else [block]
            for function in functions:
                owner = f"{function.classname}." if function.classname else ""
                key = f"{where}::{owner}{function.name}"
                found[key] = max(found.get(key, 0), function.complexity)
    return found


def read_allowlist() -> dict[str, int]:
    """Return the listed functions and the complexity each had when it was listed."""
    listed: dict[str, int] = {}
    for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, number = line.rsplit(maxsplit=1)
            listed[key] = int(number)
    return listed


def main(argv: list[str]) -> int:
    """Check the package against the list (or rewrite the list with ``--write``)."""
    found = measure(ROOT / "claimrecon")
    over = {key: n for key, n in found.items() if n > LIMIT}
    if "--write" in argv:
        head = "# Functions above complexity 15 when the check came in: split, then delete.\n"
        lines = "".join(f"{k} {n}\n" for k, n in sorted(over.items()))
        ALLOWLIST.write_text(head + lines, encoding="utf-8")
        print(f"{len(over)} functions listed in {ALLOWLIST.relative_to(ROOT)}")
        return 0
    listed = read_allowlist()
    new = sorted(key for key in over if key not in listed)
    for key in sorted(k for k in listed if found.get(k, 0) <= LIMIT):
        now = found.get(key, "gone")
        print(f"complexity: {key} is at {now}: delete its line from the allowlist")
    for key in new:
        print(f"complexity: {key} is {over[key]}, above {LIMIT}: split it into named steps")
    listed_over = len(over) - len(new)
    print(f"complexity: {len(over)} functions above {LIMIT} ({listed_over} listed, {len(new)} new)")
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
