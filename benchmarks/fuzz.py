"""Fuzz extract, read_documents and read_gold with atheris, from a committed seed corpus.

The first byte of an input picks the target, the rest is its data:

- 0: ``extract`` (and the whole ``analyze``) on the bytes decoded as a text file is;
- 1: ``read_documents`` on a JSON Lines file holding the bytes;
- 2: ``read_documents`` on a folder whose ``documents.json`` holds the bytes;
- 3: ``read_gold`` on a gold file holding the bytes.

A crash is any exception that is not a typed claimrecon error (``ClaimreconError``) or,
where documented, pydantic's ``ValidationError``; a hang is an input that runs over
``-timeout`` seconds (libFuzzer's per-input time cap). Usage::

    pip install atheris
    python benchmarks/fuzz.py -atheris_runs=100000 -timeout=10 \\
        /tmp/fuzz-work benchmarks/fuzz_corpus

(``/tmp/fuzz-work`` collects new inputs; keep the committed corpus read-only by listing
it second.) The figures of the runs made so far are in ``docs/reliability.md``.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import atheris

with atheris.instrument_imports():
    from pydantic import ValidationError

    import claimrecon
    from claimrecon.errors import ClaimreconError
    from claimrecon.files import Limits, decode

WORK = Path(tempfile.mkdtemp(prefix="claimrecon-fuzz-"))
TEXT = b"Five people were killed in Kabul on Monday, police said."
LIMITS = Limits(max_bytes=1_000_000, max_document_chars=200_000)


def _fresh(name: str) -> Path:
    folder = WORK / name
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_bytes(TEXT)
    return folder


def _text(data: bytes) -> None:
    try:
        text = decode(data, "input", "replace")
    except ClaimreconError:
        return
    doc = claimrecon.Document(id="fuzz", text=text)
    claimrecon.exports.to_json(claimrecon.analyze([doc], limits=LIMITS))


def _jsonl(data: bytes) -> None:
    path = _fresh("jsonl") / "docs.jsonl"
    path.write_bytes(data)
    docs = list(claimrecon.read_documents([path], limits=LIMITS))
    claimrecon.exports.to_json(claimrecon.analyze(docs[:3], limits=LIMITS))


def _manifest(data: bytes) -> None:
    folder = _fresh("manifest")
    (folder / "documents.json").write_bytes(data)
    for doc in claimrecon.read_documents([folder], limits=LIMITS):
        # Only the one file inside the folder can ever be read.
        if doc.text != TEXT.decode():
            raise AssertionError(f"read a text from outside the folder: {doc.text[:60]!r}")


def _gold(data: bytes) -> None:
    path = _fresh("gold") / "gold.json"
    path.write_bytes(data)
    gold = claimrecon.read_gold(path, limits=LIMITS)
    gold.to_report()
    if any(text != TEXT.decode() for text in gold.texts.values()):
        raise AssertionError("read a text from outside the folder")


TARGETS = (_text, _jsonl, _manifest, _gold)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    target = TARGETS[data[0] % len(TARGETS)]
    with warnings.catch_warnings(), contextlib.suppress(ClaimreconError, ValidationError):
        warnings.simplefilter("ignore")
        target(data[1:])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
