"""Read documents from text files, folders and JSON Lines.

A folder's metadata (publication dates, outlets, titles) comes from a ``documents.json``
in it, in the ``claimrecon-gold/1`` format (at least ``format`` and ``documents``), when
there is one; otherwise every ``*.txt`` file in it is a document named after the file.
Everything here is an iterator, so a caller can stream a large corpus.

Files are read by :mod:`claimrecon.files`: only regular files, within :class:`Limits`,
decoded as UTF-8 (or as a byte-order mark says). A ``documents.json`` may name only files
inside its own folder. Two documents with one id are refused, naming both files.

May import: the errors, files and models modules.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimrecon.errors import InputError
from claimrecon.files import (
    DEFAULT_LIMITS,
    EncodingErrors,
    Limits,
    confined,
    decode,
    path_mode,
    read_text_file,
)
from claimrecon.models import Document

__all__ = [
    "GOLD_FORMAT",
    "STDIN",
    "document_files",
    "documents_from_texts",
    "read_documents",
    "read_jsonl",
    "read_manifest",
]

GOLD_FORMAT = "claimrecon-gold/1"
"""The format tag of annotation and metadata files."""

STDIN = "-"
"""The path that means standard input: JSON Lines when it starts with ``{``, else one
text, the document ``stdin``."""

logger = logging.getLogger(__name__)


def read_documents(
    paths: Iterable[str | Path],
    *,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "strict",
    origins: dict[str, str] | None = None,
) -> Iterator[Document]:
    """Yield the documents found at each path: a text file, a folder or a JSON Lines file.

    Args:
        paths: Text files, folders, JSON Lines files and ``claimrecon-gold/1`` files;
            ``"-"`` (:data:`STDIN`) reads standard input.
        limits: Size limits on each file and each document (:class:`Limits` by default).
        encoding_errors: ``"strict"`` refuses a file with undecodable bytes; ``"replace"``
            replaces them and warns (:class:`~claimrecon.files.DecodingWarning`).
        origins: A dictionary to fill with where each document was read, by id: its
            file, or a JSON Lines file and line (for error messages that name the file).

    Raises:
        InputError: If a path does not exist, a file cannot be read or decoded, is not a
            regular file or is over a limit, or two documents share an id; the message
            names the file and the place.
    """
    reader = _Reader(limits or DEFAULT_LIMITS, encoding_errors)
    seen: dict[str, str] = origins if origins is not None else {}
    for raw in paths:
        for doc, origin in reader.read(Path(raw)):
            if doc.id in seen:
                raise InputError(
                    f"document id {doc.id!r:.80} is used twice: by {seen[doc.id]} and by {origin}",
                    where=origin,
                )
            seen[doc.id] = origin
            yield doc


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
        if str(raw) == STDIN:
            continue  # standard input is no file
        if path.is_dir() and not manifest.is_file():
            for text in sorted(path.glob("*.txt")):
                yield text.stem, text
        elif path.suffix in (".jsonl", ".ndjson"):
            continue
        elif manifest.suffix == ".json":
            data = _Reader(DEFAULT_LIMITS, "replace").json(manifest)
            entries = data.get("documents") if isinstance(data, dict) else None
            for i, entry in enumerate(entries if isinstance(entries, list) else []):
                if isinstance(entry, dict) and "id" in entry:
                    file = _entry_file(manifest, i, entry)
                    yield str(entry["id"]), file
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


def read_jsonl(
    path: str | Path, *, limits: Limits | None = None, encoding_errors: EncodingErrors = "strict"
) -> Iterator[Document]:
    """Yield one document a line of a JSON Lines file (``{"id", "text", ...}``).

    Raises:
        InputError: If the file cannot be read, or a line is not JSON or not a document;
            the message names the line.
    """
    for doc, _ in _Reader(limits or DEFAULT_LIMITS, encoding_errors).jsonl(Path(path)):
        yield doc


def read_manifest(
    path: str | Path, *, limits: Limits | None = None, encoding_errors: EncodingErrors = "strict"
) -> Iterator[Document]:
    """Yield the documents a ``claimrecon-gold/1`` file lists, reading each one's text.

    Each entry's ``file`` (``<id>.txt`` when absent) must be a regular file inside the
    manifest's folder.

    Raises:
        InputError: If the file is not in the format or a listed file cannot be read or
            lies outside the folder.
    """
    for doc, _ in _Reader(limits or DEFAULT_LIMITS, encoding_errors).manifest(Path(path)):
        yield doc


def _entry_file(manifest: Path, i: int, entry: dict[str, Any]) -> Path:
    """Return the text file of a manifest entry, confined to the manifest's folder."""
    name = entry.get("file")
    if name is None:
        doc_id = entry["id"]
        if not isinstance(doc_id, str):
            raise InputError(
                "'id' must be a string", where=str(manifest), place=f"documents[{i}].id"
            )
        name = f"{doc_id}.txt"
    return confined(manifest.parent, name, str(manifest), f"documents[{i}].file")


class _Reader:
    """Read documents from files within limits; each comes with where it was read."""

    def __init__(self, limits: Limits, encoding_errors: EncodingErrors):
        self.limits = limits
        self.errors: EncodingErrors = encoding_errors

    def read(self, path: Path) -> Iterator[tuple[Document, str]]:
        if str(path) == STDIN:
            yield from self.stdin()
            return
        mode = path_mode(path, str(path))
        if mode is not None and stat.S_ISDIR(mode):
            yield from self.folder(path)
        elif path.suffix in (".jsonl", ".ndjson"):
            yield from self.jsonl(path)
        elif path.suffix == ".json":
            yield from self.manifest(path)
        elif mode is not None:
            yield self.document(path.stem, self.text(path), str(path)), str(path)
        else:
            raise InputError("no such file or folder", where=str(path))

    def text(self, path: Path, where: str | None = None) -> str:
        return read_text_file(path, self.limits, self.errors, where)

    def check_length(self, text: str, where: str, place: str | None = None) -> None:
        if len(text) > self.limits.max_document_chars:
            raise InputError(
                f"document longer than the limit of {self.limits.max_document_chars} characters",
                where=where,
                place=place,
            )

    def document(self, doc_id: str, text: str, where: str, place: str | None = None) -> Document:
        self.check_length(text, where, place)
        try:
            return Document(id=doc_id, text=text)
        except ValidationError as exc:
            raise InputError(_first_error(exc), where=where, place=place) from exc

    def json(self, path: Path) -> Any:
        text = self.text(path)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not JSON: {exc.msg}",
                where=str(path),
                place=f"line {exc.lineno} column {exc.colno}",
            ) from exc
        except RecursionError as exc:
            raise InputError("not JSON: nested too deeply", where=str(path)) from exc

    def folder(self, folder: Path) -> Iterator[tuple[Document, str]]:
        manifest = folder / "documents.json"
        mode = path_mode(manifest, str(manifest))
        if mode is not None and stat.S_ISREG(mode):
            yield from self.manifest(manifest)
            return
        try:
            files = sorted(folder.glob("*.txt"))
        except OSError as exc:
            raise InputError(f"cannot list: {exc.strerror}", where=str(folder)) from exc
        for path in files:
            yield self.document(path.stem, self.text(path), str(path)), str(path)

    def stdin(self) -> Iterator[tuple[Document, str]]:
        """Read standard input: JSON Lines when it starts with ``{``, else one text."""
        where = "<stdin>"
        logger.info("reading documents from standard input")
        data = sys.stdin.buffer.read(self.limits.max_bytes + 1)
        if len(data) > self.limits.max_bytes:
            raise InputError(
                f"input larger than the limit of {self.limits.max_bytes} bytes (see --max-bytes)",
                where=where,
            )
        text = decode(data, where, self.errors)
        if text.lstrip().startswith("{"):
            yield from self.jsonl_lines(text, where)
        else:
            yield self.document("stdin", text, where), where

    def jsonl(self, path: Path) -> Iterator[tuple[Document, str]]:
        yield from self.jsonl_lines(self.text(path), str(path))

    def jsonl_lines(self, text: str, where: str) -> Iterator[tuple[Document, str]]:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            place = f"line {number}"
            try:
                doc = Document.model_validate_json(line)
            except ValidationError as exc:
                raise InputError(_first_error(exc), where=where, place=place) from exc
            except RecursionError as exc:
                raise InputError("not JSON: nested too deeply", where=where, place=place) from exc
            self.check_length(doc.text, where, place)
            yield doc, f"{where} {place}"

    def manifest(self, path: Path) -> Iterator[tuple[Document, str]]:
        data = self.json(path)
        if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise InputError(
                f"expected format {GOLD_FORMAT!r}, found {found!r:.80}",
                where=str(path),
                place="format",
            )
        entries = data.get("documents")
        if not isinstance(entries, list):
            raise InputError("'documents' must be a list", where=str(path), place="documents")
        for i, entry in enumerate(entries):
            yield self.entry(path, i, entry)

    def entry(self, path: Path, i: int, entry: Any) -> tuple[Document, str]:
        place = f"documents[{i}]"
        if not isinstance(entry, dict) or "id" not in entry:
            raise InputError("a document needs at least an 'id'", where=str(path), place=place)
        file = _entry_file(path, i, entry)
        text = self.text(file)
        self.check_length(text, str(file))
        try:
            doc = Document.model_validate(
                {
                    **{k: entry.get(k) for k in ("id", "published", "outlet", "title", "url")},
                    "text": text,
                }
            )
        except ValidationError as exc:
            raise InputError(_first_error(exc), where=str(path), place=place) from exc
        return doc, str(file)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    msg = str(err["msg"])
    return f"{where}: {msg}" if where else msg
