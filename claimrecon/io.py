"""Read documents from text files, folders and JSON Lines.

A folder's metadata (publication dates, outlets, titles) comes from a ``documents.json``
in it, in the ``claimrecon-gold/1`` format (at least ``format`` and ``documents``), when
there is one; otherwise every ``*.txt`` file in it is a document named after the file.
Everything here is an iterator, so a caller can stream a large corpus.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimrecon.errors import InputError
from claimrecon.models import Document

__all__ = [
    "GOLD_FORMAT",
    "document_files",
    "documents_from_texts",
    "read_documents",
    "read_jsonl",
    "read_manifest",
]

GOLD_FORMAT = "claimrecon-gold/1"
"""The format tag of annotation and metadata files."""


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Yield the documents found at each path: a text file, a folder or a JSON Lines file.

    Raises:
        InputError: If a path does not exist or a file cannot be read; the message names it.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.suffix in (".jsonl", ".ndjson"):
            yield from read_jsonl(path)
        elif path.suffix == ".json":
            yield from read_manifest(path)
        elif path.is_file():
            yield Document(id=path.stem, text=_read_text(path))
        else:
            raise InputError("no such file or folder", where=str(path))


def document_files(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path]]:
    """Yield each document id found at the paths with the text file it is read from.

    The same walk as :func:`read_documents`, without reading the texts; documents from
    JSON Lines have no file of their own and are left out. Writers of the gold format use
    it to point a prediction file at the texts.

    Raises:
        InputError: If a path does not exist or a manifest cannot be read.
    """
    for raw in paths:
        path = Path(raw)
        manifest = path / "documents.json" if path.is_dir() else path
        if path.is_dir() and not manifest.is_file():
            for text in sorted(path.glob("*.txt")):
                yield text.stem, text
        elif path.suffix in (".jsonl", ".ndjson"):
            continue
        elif manifest.suffix == ".json":
            data = _read_json(manifest)
            entries = data.get("documents") if isinstance(data, dict) else None
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict) and "id" in entry:
                    file = entry.get("file") or f"{entry['id']}.txt"
                    yield str(entry["id"]), manifest.parent / file
        elif path.is_file():
            yield path.stem, path
        else:
            raise InputError("no such file or folder", where=str(path))


def documents_from_texts(
    texts: Mapping[str, str] | Iterable[str],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
) -> Iterator[Document]:
    """Yield a document for each text held in memory.

    Args:
        texts: A mapping of document id to text, or texts alone, which are named
            ``doc1``, ``doc2``, ... in order.
        published: The publication date every document gets (relative dates such as
            "on Tuesday" are resolved against it).
        outlet: The outlet every document gets.

    Examples:
        >>> [d.id for d in documents_from_texts(["Two were killed.", "None was hurt."])]
        ['doc1', 'doc2']
        >>> next(documents_from_texts({"a": "Calm."})).text
        'Calm.'
    """
    if isinstance(texts, str):
        # A lone string is almost always a mistake: iterating it would give one-letter texts.
        raise TypeError("documents_from_texts needs a mapping or an iterable of texts, not a str")
    pairs = texts.items() if isinstance(texts, Mapping) else _numbered(texts)
    for doc_id, text in pairs:
        yield Document(id=doc_id, text=text, published=published, outlet=outlet)


def _numbered(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    for number, text in enumerate(texts, start=1):
        yield f"doc{number}", text


def read_jsonl(path: str | Path) -> Iterator[Document]:
    """Yield one document a line of a JSON Lines file (``{"id", "text", ...}``).

    Raises:
        InputError: If a line is not JSON or not a document; the message names the line.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=str(path)) from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield Document.model_validate_json(line)
            except ValidationError as exc:
                raise InputError(
                    _first_error(exc), where=str(path), place=f"line {number}"
                ) from exc


def read_manifest(path: str | Path) -> Iterator[Document]:
    """Yield the documents a ``claimrecon-gold/1`` file lists, reading each one's text.

    Raises:
        InputError: If the file is not in the format or a listed file cannot be read.
    """
    path = Path(path)
    data = _read_json(path)
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise InputError(
            f"expected format {GOLD_FORMAT!r}, found {found!r}", where=str(path), place="format"
        )
    entries = data.get("documents")
    if not isinstance(entries, list):
        raise InputError("'documents' must be a list", where=str(path), place="documents")
    for i, entry in enumerate(entries):
        yield _manifest_document(path, i, entry)


def _manifest_document(path: Path, i: int, entry: Any) -> Document:
    place = f"documents[{i}]"
    if not isinstance(entry, dict) or "id" not in entry:
        raise InputError("a document needs at least an 'id'", where=str(path), place=place)
    file = entry.get("file") or f"{entry['id']}.txt"
    try:
        return Document.model_validate(
            {
                **{k: entry.get(k) for k in ("id", "published", "outlet", "title", "url")},
                "text": _read_text(path.parent / file),
            }
        )
    except ValidationError as exc:
        raise InputError(_first_error(exc), where=str(path), place=place) from exc


def _read_folder(folder: Path) -> Iterator[Document]:
    manifest = folder / "documents.json"
    if manifest.is_file():
        yield from read_manifest(manifest)
        return
    for path in sorted(folder.glob("*.txt")):
        yield Document(id=path.stem, text=_read_text(path))


def _read_text(path: Path) -> str:
    try:
        # errors="replace" keeps a document with a stray bad byte instead of losing it.
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=str(path)) from exc


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not JSON: {exc.msg}", where=str(path), place=f"line {exc.lineno} column {exc.colno}"
        ) from exc


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else str(err["msg"])
