"""Hostile inputs, each built in a folder: the cases of issue 15, shared by the tests."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

GOLD = "claimrecon-gold/1"


def manifest(
    folder: Path, *entries: dict[str, object], files: dict[str, bytes] | None = None
) -> Path:
    """Write a folder with a documents.json listing ``entries`` and the given files."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (files or {}).items():
        (folder / name).write_bytes(data)
    (folder / "documents.json").write_text(
        json.dumps({"format": GOLD, "documents": list(entries)}), encoding="utf-8"
    )
    return folder


def gold(
    folder: Path,
    *entries: dict[str, object],
    claims: list[dict[str, object]] | None = None,
    events: list[dict[str, object]] | None = None,
    files: dict[str, bytes] | None = None,
) -> Path:
    """Write a gold file listing ``entries``, with claims and events, and the given files."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (files or {}).items():
        (folder / name).write_bytes(data)
    path = folder / "gold.json"
    path.write_text(
        json.dumps(
            {
                "format": GOLD,
                "documents": list(entries),
                "claims": claims or [],
                "events": events or [],
            }
        ),
        encoding="utf-8",
    )
    return path


TEXT = b"Five people were killed in Kabul on Monday, police said."


def _fifo(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def _big(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "big.txt"
    path.write_bytes(TEXT * 100)
    return path


def _symlink_out(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "link.txt").symlink_to("/etc/hostname")
    return manifest(folder, {"id": "x", "file": "link.txt"})


def _gold_claim(**fields: object) -> list[dict[str, object]]:
    """Return one figure claim of ``a.txt`` with ``fields`` changed (None: left out)."""
    claim: dict[str, object] = {
        "id": "f1",
        "type": "figure",
        "doc": "a",
        "quote": "Five people were killed",
        "metric": "killed",
        "subject": "people",
        "low": 5,
        "high": 5,
    }
    claim.update(fields)
    return [{key: value for key, value in claim.items() if value is not None}]


def _gold_a(folder: Path, **parts: list[dict[str, object]]) -> Path:
    """Write a gold file of the one document ``a.txt`` (:data:`TEXT`) with ``parts``."""
    return gold(folder, {"id": "a", "file": "a.txt"}, files={"a.txt": TEXT}, **parts)


Case = Callable[[Path], Path]

# Each case builds its input under a folder and returns the path to give `analyze`, or a
# gold file (the name starts with "gold:") to give `evaluate --gold`; `message` is a piece
# of the one-line error.
ANALYZE_CASES: dict[str, tuple[Case, str]] = {
    "manifest-parent-path": (
        lambda d: manifest(d, {"id": "x", "file": "../../../../etc/passwd"}),
        "outside the folder",
    ),
    "manifest-absolute-path": (
        lambda d: manifest(d, {"id": "x", "file": "/etc/passwd"}),
        "outside",
    ),
    "manifest-proc": (lambda d: manifest(d, {"id": "x", "file": "/proc/self/environ"}), "outside"),
    "manifest-dev-zero": (lambda d: manifest(d, {"id": "x", "file": "/dev/zero"}), "outside"),
    "manifest-path-in-id": (lambda d: manifest(d, {"id": "../../../../etc/passwd"}), "outside"),
    "manifest-symlink-out": (_symlink_out, "outside"),
    "manifest-file-number": (lambda d: manifest(d, {"id": "x", "file": 42}), "non-empty path"),
    "manifest-file-list": (lambda d: manifest(d, {"id": "x", "file": ["a.txt"]}), "non-empty path"),
    "manifest-not-utf8": (
        lambda d: (d.mkdir(), (d / "documents.json").write_bytes(b'{"format": "\xff"}'), d)[2],
        "byte 12",
    ),
    "manifest-duplicate-ids": (
        lambda d: manifest(
            d,
            {"id": "a", "file": "a.txt"},
            {"id": "a", "file": "b.txt"},
            files={"a.txt": TEXT, "b.txt": TEXT},
        ),
        "used twice",
    ),
    "fifo": (_fifo, "not a regular file"),
    "dev-zero": (lambda d: Path("/dev/zero"), "not a regular file"),
    "too-big": (_big, "larger than the limit"),
    "text-latin1": (
        lambda d: (d.mkdir(), (d / "a.txt").write_bytes("Saïd".encode("latin-1")), d / "a.txt")[2],
        "byte 2",
    ),
    "text-utf16-no-bom": (
        lambda d: (
            d.mkdir(),
            (d / "a.txt").write_bytes(TEXT.decode().encode("utf-16-le")),
            d / "a.txt",
        )[2],
        "NUL",
    ),
    "jsonl-bad-byte": (
        lambda d: (
            d.mkdir(),
            (d / "a.jsonl").write_bytes(b'{"id": "a", "text": "\xff"}\n'),
            d / "a.jsonl",
        )[2],
        "byte 21",
    ),
    "jsonl-surrogate": (
        lambda d: (
            d.mkdir(),
            (d / "a.jsonl").write_text('{"id": "a", "text": "x\\ud800"}\n'),
            d / "a.jsonl",
        )[2],
        "line 1",
    ),
    "manifest-surrogate": (
        lambda d: manifest(d, {"id": "a\ud800", "file": "a.txt"}, files={"a.txt": TEXT}),
        "unicode string",
    ),
    "jsonl-deep": (
        lambda d: (d.mkdir(), (d / "a.jsonl").write_text("[" * 100_000 + "\n"), d / "a.jsonl")[2],
        "line 1",
    ),
    "jsonl-duplicate-ids": (
        lambda d: (
            d.mkdir(),
            (d / "a.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n'),
            d / "a.jsonl",
        )[2],
        "used twice",
    ),
    "missing": (lambda d: d / "nothing.txt", "no such file"),
    "gold:escape": (
        lambda d: gold(d, {"id": "a", "file": "../../../../etc/passwd"}),
        "outside the folder",
    ),
    "gold:not-utf8": (
        lambda d: (
            d.mkdir(),
            (d / "gold.json").write_bytes(b'{"format": "\xff"}'),
            d / "gold.json",
        )[2],
        "byte 12",
    ),
    "gold:text-not-utf8": (
        lambda d: gold(d, {"id": "a", "file": "a.txt"}, files={"a.txt": b"Sa\xefd"}),
        "byte 2",
    ),
    "gold:span-backwards": (
        lambda d: _gold_a(d, claims=_gold_claim(start=9, end=2)),
        "impossible span",
    ),
    "gold:span-past-end": (
        lambda d: _gold_a(d, claims=_gold_claim(quote="", start=5000, end=5000)),
        "past the end",
    ),
    "gold:span-negative": (
        lambda d: _gold_a(d, claims=_gold_claim(start=-23, end=0)),
        "impossible span",
    ),
    "gold:low-above-high": (
        lambda d: _gold_a(d, claims=_gold_claim(low=9, high=5)),
        "low 9 is above high 5",
    ),
    "gold:impossible-date": (
        lambda d: _gold_a(d, events=[{"id": "e1", "date": "2017-02-30"}]),
        "does not exist",
    ),
    "gold:date-shape": (
        lambda d: _gold_a(d, events=[{"id": "e1", "date": "31/07/2017"}]),
        "not YYYY-MM-DD",
    ),
    # Found by benchmarks/fuzz.py (its saved inputs are benchmarks/fuzz_corpus/fixed_*).
    "path-too-long": (lambda d: (d.mkdir(), d / ("x" * 300))[1], "File name too long"),
    "manifest-file-too-long": (
        lambda d: manifest(d, {"id": "x", "file": "9" * 300}, files={"a.txt": TEXT}),
        "File name too long",
    ),
    "manifest-id-too-long": (
        lambda d: manifest(d, {"id": "9" * 300 + " people were killed"}),
        "File name too long",
    ),
    "manifest-file-surrogate": (
        lambda d: manifest(d, {"id": "x", "file": "a\ud83d"}, files={"a.txt": TEXT}),
        "cannot resolve file",
    ),
    "gold:file-too-long": (
        lambda d: gold(d, {"id": "a", "file": "\u0301" * 300}, files={"a.txt": TEXT}),
        "File name too long",
    ),
    "gold:exact-figure-without-low": (
        lambda d: _gold_a(d, claims=_gold_claim(low=None)),
        "needs low == high",
    ),
}

LEXICON_CASES: dict[str, tuple[bytes, str]] = {
    "lexicon-list": (b"[1, 2]", "must be a JSON object"),
    "lexicon-not-utf8": (b'{"actors": "\xff"}', "byte 12"),
    "lexicon-not-json": (b"{", "not JSON"),
}
