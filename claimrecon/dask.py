"""The whole analysis on Dask, with the same results as :func:`claimrecon.analyze`.

An optional extra: ``pip install ".[dask]"`` from a checkout. The same code runs on a laptop's
``LocalCluster`` and on a SLURM, Kubernetes or cloud cluster; pass its ``Client``.

Five stages, none of which holds the corpus in one place:

1. **Extract**, one task a partition of the input (a byte range of a JSON Lines file, a
   batch of text files): documents, their claims, and for each per-document event its
   blocking keys and window (:func:`claimrecon.events.linkables`), written to Parquet
   in a working folder.
2. **Copies and roots** (:mod:`claimrecon.independence`): each partition's winnowing
   fingerprints are shuffled by value, so that a fingerprint's holders meet and pair as
   :meth:`~claimrecon.independence.CopyFinder.candidates` pairs them in one process;
   each pair is joined with its two documents and aligned into passages; each passage
   goes to both its documents with the other's day and credits, and each document's
   claims are traced there (:func:`~claimrecon.independence.claim_roots`): a claim's
   root depends on nothing else. Alignment reads the shingles kept at extraction.
3. **Link**: a shuffle by signature (events told identically), then a shuffle by tile
   (a block and a week of window starts, so that no task holds a whole block, which
   grows with the corpus); in each tile a sweep over the windows pairs the events that
   overlap, and :func:`claimrecon.events.may_link` decides each pair, once: in the tile
   of the first block the two share. The pairs accepted (an edge list between mentions)
   are written to the working folder.
4. **Resolve** the edges into connected components of mentions, on the client, one file
   of edges at a time: the edge list holds two mention ids an edge and is far smaller
   than the corpus (see ``benchmarks/bench_dask.py`` for its measured size).
5. **Analyse** each component: a shuffle of the documents by component, then per
   partition the single-process :func:`~claimrecon.events.group_events`,
   :func:`~claimrecon.rules.find_contradictions` and :func:`~claimrecon.estimates.estimate`.

Why this gives the same result as one process: grouping merges events greedily and may
refuse a merge, so events are not simply the connected components of accepted pairs; but
grouping never lets two documents interact unless a chain of linked pairs joins them
(the contract in :mod:`claimrecon.events`), so grouping each component on its own is
grouping the whole corpus. Rules and estimates work one event at a time, and read of the
roots only those of the event's claims, the passages between its documents and the
documents named as roots: each event's task is given exactly these.

May import: the store, copyindex, exports, estimates, rules, events, independence, extract,
io, vocab, models and errors modules; never the command line.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import glob
import itertools
import json
import operator
import os
import pickle
import shutil
import struct
import tempfile
import time
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast, overload

from pydantic import TypeAdapter, ValidationError

from claimrecon import exports, models
from claimrecon.copyindex import UNDATED, credits_json, day_of
from claimrecon.errors import InputError
from claimrecon.estimates import estimate
from claimrecon.events import Linkable, events_from, forget_readings, linkables, may_link
from claimrecon.extract import extract, forget_contexts, forget_definitions, resolve_groups
from claimrecon.independence import CopyFinder, _Shingles, claim_roots, passage_order
from claimrecon.io import GOLD_FORMAT
from claimrecon.rules import find_contradictions, source_timelines
from claimrecon.vocab import Lexicon

try:
    import dask.dataframe as dd
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq
    from dask.base import compute
    from dask.delayed import Delayed, delayed
except ImportError as exc:  # pragma: no cover - the extra is missing
    raise ImportError(
        'claimrecon.dask needs Dask, an optional extra: pip install ".[dask]" (from a checkout)'
    ) from exc

if TYPE_CHECKING:
    import dask.bag as db
    from distributed import Client

__all__ = [
    "PARTITION_BYTES",
    "TABLE_NAMES",
    "WORKER_CONFIG",
    "Analysis",
    "analyze",
    "read_report",
    "tables",
    "write_parquet",
]

PARTITION_BYTES = 8 * 1024 * 1024
"""How much input text one extraction task reads, by default."""

WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}
"""Dask settings for the workers of a run: set them before the workers start.

Dask's statistical profiler keeps, in every worker, one call tree a second of work and one
per task key, for the last 1,000 seconds: measured on a worker extracting generated news,
about 150 KB a second, so a worker's memory grew with the length of the run (by up to
about 150 MB) whatever the size of a partition. ``claimrecon analyze --engine dask
--workers N`` starts its workers without it; on a cluster of your own, set the same in
Dask's configuration (``distributed.worker.profile.enabled: false``), or shorten the
history with ``distributed.admin.low-level-log-length``.
"""

TABLE_NAMES = (
    "documents",
    "claims",
    "events",
    "contradictions",
    "notes",
    "estimates",
    "passages",
    "provenance",
)

_STRING = pd.api.types.pandas_dtype("string")
_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "published", "outlet", "title", "url", "json"),
    "claims": (*exports.CLAIM_COLUMNS, "seq", "json"),
    "events": (*exports.EVENT_COLUMNS, "json"),
    "contradictions": (*exports.CONTRADICTION_COLUMNS, "json"),
    "notes": ("id", "event", "rule", "claims", "json"),
    "estimates": (*exports.ESTIMATE_COLUMNS, "json"),
    "passages": (
        "first",
        "first_start",
        "first_end",
        "second",
        "second_start",
        "second_end",
        "words",
        "json",
    ),
    "provenance": ("claim", "doc", "seq", "root", "agency", "copies", "json"),
}


# --- input ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Chunk:
    """A part of the input that one task reads: a byte range of JSON Lines, or files."""

    path: str = ""
    start: int = 0
    stop: int = 0
    files: tuple[tuple[str, str, dict[str, Any]], ...] = ()
    """Document id, text file and metadata (from a documents.json) of each document."""

    def documents(self) -> Iterator[models.Document]:
        if self.path:
            yield from _jsonl_range(self.path, self.start, self.stop)
        for doc_id, file, meta in self.files:
            try:
                text = Path(file).read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror}", where=file) from exc
            try:
                yield models.Document.model_validate({**meta, "id": doc_id, "text": text})
            except ValidationError as exc:
                raise InputError(str(exc.errors()[0]["msg"]), where=file) from exc


def _jsonl_range(path: str, start: int, stop: int) -> Iterator[models.Document]:
    """Yield the documents whose lines start in ``[start, stop)`` of a JSON Lines file."""
    with open(path, "rb") as handle:
        if start > 0:
            # The line under way at ``start`` belongs to the range before.
            handle.seek(start - 1)
            handle.readline()
        while handle.tell() < stop:
            at = handle.tell()
            line = handle.readline()
            if not line:
                break
            if not line.strip():
                continue
            try:
                yield models.Document.model_validate_json(line)
            except ValidationError as exc:
                err = exc.errors()[0]
                where = ".".join(str(p) for p in err["loc"])
                raise InputError(
                    f"{where}: {err['msg']}" if where else str(err["msg"]),
                    where=path,
                    place=f"the line at byte {at}",
                ) from exc


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        text = str(raw)
        if glob.has_magic(text):
            matches = sorted(glob.glob(text))
            if not matches:
                raise InputError("no file matches the pattern", where=text)
            found.extend(Path(m) for m in matches)
        elif Path(text).exists():
            found.append(Path(text))
        else:
            raise InputError("no such file or folder", where=text)
    return found


def _file_entries(path: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """Return the id, text file and metadata of each document a folder or manifest lists."""
    manifest = path / "documents.json" if path.is_dir() else path
    if path.is_dir() and not manifest.is_file():
        return [(p.stem, str(p), {}) for p in sorted(path.glob("*.txt"))]
    if manifest.suffix != ".json":
        return [(path.stem, str(path), {})]
    return [_manifest_entry(manifest, i, entry) for i, entry in enumerate(_manifest(manifest))]


def _manifest(manifest: Path) -> list[Any]:
    """Return the document entries of a ``claimrecon-gold/1`` manifest."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", where=str(manifest)) from exc
    if not isinstance(data, dict) or data.get("format") != GOLD_FORMAT:
        raise InputError(f"expected format {GOLD_FORMAT!r}", where=str(manifest), place="format")
    return list(data.get("documents") or [])


def _manifest_entry(manifest: Path, i: int, entry: Any) -> tuple[str, str, dict[str, Any]]:
    if not isinstance(entry, dict) or "id" not in entry:
        place = f"documents[{i}]"
        raise InputError("a document needs at least an 'id'", where=str(manifest), place=place)
    file = manifest.parent / (entry.get("file") or f"{entry['id']}.txt")
    meta = {k: entry[k] for k in ("published", "outlet", "title", "url") if k in entry}
    return (str(entry["id"]), str(file), meta)


def _chunks(paths: Iterable[str | Path], size: int) -> list[_Chunk]:
    """Cut the input into parts of about ``size`` bytes, reading no text."""
    chunks: list[_Chunk] = []
    files: list[tuple[str, str, dict[str, Any]]] = []
    held = 0
    for path in _expand(paths):
        if path.suffix in (".jsonl", ".ndjson") and path.is_file():
            total = path.stat().st_size
            chunks.extend(
                _Chunk(path=str(path), start=at, stop=min(at + size, total))
                for at in range(0, total, size)
            )
            continue
        for entry in _file_entries(path):
            files.append(entry)
            held += _size(entry[1])
            if held >= size:
                chunks.append(_Chunk(files=tuple(files)))
                files, held = [], 0
    if files:
        chunks.append(_Chunk(files=tuple(files)))
    return chunks


def _size(file: str) -> int:
    try:
        return os.stat(file).st_size
    except OSError:
        return 0  # reported, with its name, when the task reads it


# --- stage 1: extract -------------------------------------------------------------------


@lru_cache(maxsize=4)
def _lexicon(blob: bytes | None) -> Lexicon:
    # One object a worker process: the lexicon's compiled patterns are cached by identity.
    return Lexicon.default() if blob is None else pickle.loads(blob)


_LINK_COLUMNS = ("uid", "doc", "signature", "shape", "blocks", "start", "end", "names", "link")
_LINK_TYPES = {c: np.dtype("int64") if c in ("start", "end") else _STRING for c in _LINK_COLUMNS}


def _extract_part(
    source: _Chunk | Sequence[models.Document],
    folder: str,
    index: int,
    lexicon_blob: bytes | None,
    finder: CopyFinder,
) -> dict[str, float]:
    """Extract one partition, read its events and fingerprints; write them to Parquet."""
    began = time.perf_counter()
    lexicon = _lexicon(lexicon_blob)
    docs = source.documents() if isinstance(source, _Chunk) else iter(source)
    documents: list[models.Document] = []
    doc_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    print_rows: list[tuple[int, str, str]] = []
    shingle_rows: list[tuple[str, bytes]] = []
    for document in docs:
        claims = extract(document, lexicon)
        documents.append(document)
        found, names, aggregates = linkables(document, claims, lexicon)
        doc_rows.append(
            {
                "doc": document.id,
                "claims": "[" + ",".join(c.model_dump_json() for c in claims) + "]",
                "document": document.model_dump_json(),
                "day": day_of(document),
                "credits": credits_json(document),
                "aggregates": json.dumps(sorted(set(aggregates))),
            }
        )
        link_rows.extend(_link_row(link, names) for link in found)
        # Extraction and linkables have read the document; its reading (sentences, tokens,
        # memos) is not needed again on this worker. Kept, the last 4,096 documents' would
        # stay in every worker from task to task and stage to stage: a worker's memory
        # would grow with the documents it has read, up to that many.
        forget_contexts(lexicon)
        forget_readings(lexicon)  # the events stage's reading, kept the same way
        day = day_of(document)
        shingles = finder.shingles(document.text)
        # Kept for alignment, which would otherwise shingle each document again in every
        # partition whose pairs name it.
        shingle_rows.append((document.id, _pack_shingles(shingles)))
        print_rows.extend((fp, day, document.id) for fp in sorted(finder.fingerprints(shingles)))
    extracted = time.perf_counter()
    # Typed, so that a partition without documents (a byte range in which no line starts)
    # writes the schema of the others, not columns of nulls that a filter cannot read.
    _write(_typed(doc_rows, _DOC_COLUMNS, _DOC_TYPES), folder, "docs", index)
    _write(_typed(link_rows, _LINK_COLUMNS, _LINK_TYPES), folder, "links", index)
    columns = {c: [row[i] for row in print_rows] for i, c in enumerate(_PRINTS_META.columns)}
    _write(_frame(columns, _PRINTS_META.dtypes.to_dict()), folder, "prints", index)
    kept = pa.table(
        {
            "doc": pa.array([doc for doc, _ in shingle_rows], pa.string()),
            "shingles": pa.array([blob for _, blob in shingle_rows], pa.binary()),
        }
    )
    (Path(folder) / "shingles").mkdir(parents=True, exist_ok=True)
    pq.write_table(kept, Path(folder) / "shingles" / f"part.{index:05d}.parquet")
    made = tables(models.Report(documents=tuple(documents)), ["documents"])
    _write(made["documents"], folder, "documents", index)
    return {
        "documents": len(doc_rows),
        "mentions": len(link_rows),
        "seconds": extracted - began,
        "write_seconds": time.perf_counter() - extracted,
    }


_DOC_COLUMNS = ("doc", "claims", "document", "day", "credits", "aggregates")
_DOC_TYPES = dict.fromkeys(_DOC_COLUMNS, _STRING)
_PRINTS_META = pd.DataFrame(
    {
        "fp": pd.Series(dtype="int64"),
        "day": pd.Series(dtype="string"),
        "doc": pd.Series(dtype="string"),
    }
)


def _pack_shingles(shingles: _Shingles) -> bytes:
    """Pack a document's shingles as machine integers (a few KB, a tenth of Python's ints)."""
    spans = array("i", [at for span in shingles.spans for at in span])
    head = struct.pack("<2I", len(shingles.hashes), len(shingles.spans))
    hashes, starts = array("q", shingles.hashes), array("i", shingles.starts)
    return head + hashes.tobytes() + starts.tobytes() + spans.tobytes()


def _unpack_shingles(blob: bytes) -> _Shingles:
    """Read shingles packed by :func:`_pack_shingles` (on a worker of the same byte order)."""
    n, m = struct.unpack_from("<2I", blob)
    at = struct.calcsize("<2I")
    hashes, starts, spans = array("q"), array("i"), array("i")
    hashes.frombytes(blob[at : at + 8 * n])
    starts.frombytes(blob[at + 8 * n : at + 12 * n])
    spans.frombytes(blob[at + 12 * n : at + 12 * n + 8 * m])
    pairs = zip(spans[0::2], spans[1::2], strict=True)
    return _Shingles(tuple(hashes), tuple(starts), tuple(pairs))


def _link_row(link: Linkable, names: frozenset[str]) -> dict[str, Any]:
    return {
        "uid": f"{link.doc}\n{link.key}",
        "doc": link.doc,
        "signature": link.signature,
        "shape": link.shape,
        "blocks": json.dumps(list(link.blocks)),
        "start": link.start.toordinal() if link.start is not None else -1,
        "end": link.end.toordinal() if link.end is not None else -1,
        "names": json.dumps(sorted(names)),
        "link": base64.b64encode(pickle.dumps(link)).decode("ascii"),
    }


def _with_seq(frame: pd.DataFrame, doc_rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Number each claim by its place among all its document's claims."""
    seq = {c["id"]: i for row in doc_rows for i, c in enumerate(json.loads(row["claims"]))}
    return frame.assign(seq=frame["id"].map(seq).astype("Int64"))


def _write(frame: pd.DataFrame, folder: str, table: str, index: int) -> None:
    target = Path(folder) / table
    target.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(target / f"part.{index:05d}.parquet", index=False)


# --- stage 2: link ----------------------------------------------------------------------


def _by_signature(frame: pd.DataFrame, folder: str, index: int) -> pd.DataFrame:
    """Link the mentions of each signature; return one representative a shape.

    The links are written to the ``edges`` folder, not returned: the client reads them
    one file at a time. Each representative carries the names of every document of its
    signature, the most :func:`may_link` can see for any mention of that signature, its
    blocks (cut into tiles by :func:`_tiles`), and its mention packed for linking
    (:func:`_pack_link`).
    """
    edges: list[tuple[str, str]] = []
    reps: list[dict[str, Any]] = []
    for _, group in frame.groupby("signature", sort=False):
        uids = sorted(group["uid"])
        edges.extend((uids[0], other) for other in uids[1:])
        names = json.dumps(sorted({n for raw in group["names"] for n in json.loads(raw)}))
        for _, alike in group.groupby("shape", sort=False):
            row = alike.sort_values("uid").iloc[0]
            reps.append(
                {
                    "uid": row["uid"],
                    "start": row["start"],
                    "end": row["end"],
                    "names": names,
                    "link": _pack_link(row["link"]),
                    "blocks": row["blocks"],
                }
            )
    _write(pd.DataFrame(edges, columns=["a", "b"], dtype="string"), folder, "edges", index)
    return pd.DataFrame(reps, columns=list(_REPS_META.columns)).astype(_REPS_META.dtypes.to_dict())


def _pack_link(text: str) -> bytes:
    """Pack a linkable as the tiles carry it: its blocks dropped, pickled, compressed.

    A representative is copied into every tile it reaches (one a block and week, about
    seventeen a mention in generated news), so its size sets what a linking task holds
    and what the shuffle by tile moves. :func:`may_link` reads only the mention; its
    blocks (a third of the pickle) are dropped, and the rest is compressed and kept as
    bytes, not Base64 text: about a third of the text it was.
    """
    link = dataclasses.replace(_unpickle(text), blocks=())
    return zlib.compress(pickle.dumps(link, protocol=pickle.HIGHEST_PROTOCOL))


def _unpack_link(blob: bytes) -> Linkable:
    link: Linkable = pickle.loads(zlib.decompress(blob))
    return link


_BYTES = pd.ArrowDtype(pa.binary())
_REPS_META = pd.DataFrame(
    {
        "uid": pd.Series(dtype="string"),
        "start": pd.Series(dtype="int64"),
        "end": pd.Series(dtype="int64"),
        "names": pd.Series(dtype="string"),
        "link": pd.Series(dtype=_BYTES),
        "blocks": pd.Series(dtype="string"),
    }
)
_TILE_DAYS = 7
"""Days of window starts a linking tile holds (see :func:`_tiles`)."""
_TILES_META = _REPS_META.assign(tile=pd.Series(dtype="string"), own=pd.Series(dtype="bool"))


def _tiles(frame: pd.DataFrame) -> pd.DataFrame:
    """Cut each block into tiles of a week of window starts; one row a tile a mention reaches.

    A block grows with the corpus (a target in a country holds every month of it), so a
    task that swept a whole block would hold a share of the corpus. A tile holds the
    representatives whose windows start in its week (its *own*), and those that started
    earlier and are still open in it: each overlapping pair is decided in the tile of the
    later start, where both are present, of the first block the two share (see
    :func:`_by_tile`), and nowhere else. Each row keeps its mention's blocks (a few dozen
    bytes of digests) for that. The rows are taken by position (Arrow copies the packed
    mentions once; no Python object is made for each).
    """
    frame = frame.reset_index(drop=True)
    first = frame["start"].to_numpy(dtype="int64") // _TILE_DAYS
    last = np.maximum(frame["start"].to_numpy(dtype="int64"), frame["end"].to_numpy(dtype="int64"))
    last = last // _TILE_DAYS
    at: list[int] = []
    tiles: list[str] = []
    own: list[bool] = []
    for i, raw in enumerate(frame["blocks"]):
        for block in json.loads(raw):
            for week in range(int(first[i]), int(last[i]) + 1):
                at.append(i)
                tiles.append(f"{block}|{week}")
                own.append(week == first[i])
    made = frame.take(at).reset_index(drop=True)
    made = made.assign(tile=pd.array(tiles, dtype="string"), own=np.array(own, dtype=bool))
    return made[list(_TILES_META.columns)].astype(_TILES_META.dtypes.to_dict())


def _by_tile(frame: pd.DataFrame, folder: str, index: int) -> tuple[int, int, int]:
    """Pair the representatives of each tile that overlap and may link; write the pairs.

    A sweep by window start, as one process sweeps a block; a pair is made only when its
    later member is one of the tile's own (see :func:`_tiles`), and only in the tiles of
    the first block (in sorted order) that the two share: two mentions that share several
    blocks meet in a tile of each, and would otherwise be decided, and linked, in each
    (about six times over on generated news). Returns the pairs written, the rows of the
    largest tile and the pairs decided.
    """
    edges: set[tuple[str, str]] = set()
    largest = decided = 0
    for key, tile in itertools.groupby(_tile_rows(frame), key=operator.itemgetter("tile")):
        block = str(key).rpartition("|")[0]
        active: list[dict[str, Any]] = []
        size = 0
        for row in tile:
            size += 1
            active = [other for other in active if other["end"] >= row["start"]]
            if row["own"]:
                for other in active:
                    if _first_shared(other, row) != block:
                        continue
                    decided += 1
                    if _decide(other, row):
                        edges.add((min(other["uid"], row["uid"]), max(other["uid"], row["uid"])))
            active.append(row)
        largest = max(largest, size)
    made = pd.DataFrame(sorted(edges), columns=["a", "b"], dtype="string")
    _write(made, folder, "edges", _TILE_FILES + index)
    return len(made), largest, decided


def _first_shared(a: dict[str, Any], b: dict[str, Any]) -> str:
    """Return the first block (in sorted order) two rows' mentions share: the pair's tile."""
    for row in (a, b):
        if "_blocks" not in row:
            row["_blocks"] = frozenset(json.loads(row["blocks"]))
    return min(a["_blocks"] & b["_blocks"])


def _tile_rows(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """Yield a partition's rows by tile, window start and id, one at a time.

    One sort of the partition, not one a tile: a block cut in weeks makes many small
    tiles. Only the sort keys are sorted (not a copy of the packed mentions), and a row's
    mention and names are read when the row is made, so that only the open rows' are held.
    """
    frame = frame.reset_index(drop=True)
    keys = frame[["tile", "start", "uid"]].sort_values(["tile", "start", "uid"])
    links, names = frame["link"].array, frame["names"].array
    ends, owns = frame["end"].to_numpy(dtype="int64"), frame["own"].to_numpy(dtype=bool)
    blocks = frame["blocks"].array
    for at, tile, start, uid in zip(
        keys.index, keys["tile"], keys["start"], keys["uid"], strict=True
    ):
        yield {
            "tile": tile,
            "uid": uid,
            "start": int(start),
            "end": int(ends[at]),
            "own": bool(owns[at]),
            "names": names[at],
            "link": links[at],
            "blocks": blocks[at],
        }


_TILE_FILES = 50_000
"""Where the tiles' edge files are numbered from, after the signatures' (one a partition)."""


def _decide(a: dict[str, Any], b: dict[str, Any]) -> bool:
    for row in (a, b):
        if "_link" not in row:
            row["_link"] = _unpack_link(row["link"])
            row["_names"] = set(json.loads(row["names"]))
    return may_link(a["_link"], b["_link"], a["_names"], b["_names"])


def _unpickle(text: str) -> Linkable:
    link: Linkable = pickle.loads(base64.b64decode(text))
    return link


def _components(edges: Iterable[tuple[str, str]]) -> tuple[dict[str, str], int]:
    """Return each linked mention's component, named by its smallest id, and the edges read."""
    parent: dict[str, str] = {}
    count = 0

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        count += 1
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {uid: root(uid) for uid in parent}, count


@dataclass(frozen=True)
class _Held:
    """The working folder, and the extraction partitions that hold documents."""

    folder: Path
    parts: tuple[int, ...]

    @property
    def npartitions(self) -> int:
        return len(self.parts)

    def files(self, table: str) -> list[str]:
        """Return the files of a table the extraction wrote, one a partition held."""
        return [str(self.folder / table / f"part.{i:05d}.parquet") for i in self.parts]

    def read(self, table: str, columns: list[str] | None = None) -> dd.DataFrame:
        return dd.read_parquet(self.files(table), columns=columns)


# --- stage 2b: copies and evidence roots ----------------------------------------------


_PASSAGE_COLUMNS = ("first", "first_start", "first_end", "second", "second_start", "second_end")
_PAIRS_META = pd.DataFrame({name: pd.Series(dtype="string") for name in ("a", "b", "hub", "route")})
_TOUCH_META = pd.DataFrame(
    {
        "doc": pd.Series(dtype="string"),
        "other": pd.Series(dtype="string"),
        "passage": pd.Series(dtype="string"),
    }
)
_GATHERED_META = pd.DataFrame(
    {name: pd.Series(dtype="string") for name in ("doc", "passages", "others")}
)
_TRACED_COLUMNS = ("doc", "claims", "document", "provenance", "passages", "roots")


def _roots(held: _Held, finder: CopyFinder, stats: dict[str, Any]) -> None:
    """Find the copied passages and trace every claim's root, as ``trace_roots`` does.

    Fingerprints are shuffled by value, so that each fingerprint's holders meet and pair
    as :meth:`~claimrecon.independence.CopyFinder.candidates` pairs them. Each pair then
    goes to the partition of one of its documents, the one that is not a crowded
    fingerprint's hub: a hub (the earliest holder of a wire or of boilerplate) pairs
    with thousands of documents, and its pairs, sent by the hub, would all land on one
    worker. Each partition reads only the documents its pairs name and aligns them, each
    document shingled once; each passage goes to both its documents with the day and
    credits of the other, and each document's claims are traced from those
    (:func:`~claimrecon.independence.claim_roots`). No task joins a document's text to
    each of its pairs, and no passage is parsed by pydantic's validators on the way.
    """
    folder, npartitions = held.folder, held.npartitions
    prints = held.read("prints")
    by_print = prints.shuffle(on="fp", npartitions=npartitions)
    pairs = by_print.map_partitions(_pairs_part, finder, meta=_PAIRS_META)
    # By the pair, not by its first document: a crowded fingerprint's hub (boilerplate
    # a share of the corpus carries) is the first of nearly all its pairs, and each
    # partition of fingerprints holding one sends all of them again, so one partition
    # took (its holders) x (the partitions) rows, a number that grows with the corpus.
    unique = pairs.shuffle(on=["a", "b"], npartitions=npartitions).map_partitions(
        _one_route, meta=_PAIRS_META
    )
    routed = unique.shuffle(on="route", npartitions=npartitions)
    align = delayed(_align_part, pure=True)
    shingles = held.files("shingles")
    passages = dd.from_delayed(
        [align(part, shingles, finder) for part in routed.to_delayed()],
        meta=_TOUCH_META,
        verify_meta=False,
    )
    days = held.read("docs", ["doc", "day", "credits"])
    touching = passages.merge(
        days.rename(columns={"doc": "other", "day": "other_day", "credits": "other_credits"}),
        on="other",
    )
    gathered = touching.shuffle(on="doc", npartitions=npartitions).map_partitions(
        _gather_part, meta=_GATHERED_META
    )
    docs = held.read("docs", ["doc", "claims", "document", "aggregates"])
    traced = docs.merge(gathered, on="doc", how="left")
    write = delayed(_trace_part, pure=False)
    counts = compute(*(write(part, str(folder), i) for i, part in enumerate(traced.to_delayed())))
    stats["passages"] = sum(counts)


def _pairs_part(frame: pd.DataFrame, finder: CopyFinder) -> pd.DataFrame:
    """Pair the holders of each fingerprint (whole, after the shuffle) as one process does.

    A pair made by a crowded fingerprint names its hub, so that it can be sent by the
    other document (see :func:`_one_route`).
    """
    shared = frame[frame.groupby("fp")["doc"].transform("size") >= 2]
    rows: set[tuple[str, str, str]] = set()
    for _, group in shared.groupby("fp", sort=False):
        docs = [str(d) for d in group["doc"]]
        rank = {d: (str(day), d) for d, day in zip(docs, group["day"], strict=True)}
        made = finder.posting_pairs(docs, rank.__getitem__)
        hub = min(docs, key=rank.__getitem__) if len(docs) > finder.max_postings else ""
        rows.update((a, b, hub if hub in (a, b) else "") for a, b in made)
    frame = pd.DataFrame(sorted(rows), columns=["a", "b", "hub"])
    return frame.assign(route="").astype(_PAIRS_META.dtypes.to_dict())


def _one_route(frame: pd.DataFrame) -> pd.DataFrame:
    """Keep one row a pair, and send it by its document that is not a hub.

    The same pair may come from several fingerprints, as a hub's pair or not; the row kept
    is the first in sorted order, so the route does not depend on the order of the shuffle.
    """
    frame = frame.sort_values(["a", "b", "hub"], ascending=[True, True, False])
    frame = frame.drop_duplicates(["a", "b"])
    route = frame["b"].where(frame["hub"] == frame["a"], frame["a"])
    return frame.assign(route=route.astype("string"))


def _read_shingles(files: list[str], wanted: set[str]) -> dict[str, _Shingles]:
    """Read the shingles of the given documents from files of the ``shingles`` table."""
    if not wanted:
        return {}
    table = ds.dataset(files, format="parquet").to_table(
        columns=["doc", "shingles"], filter=ds.field("doc").isin(sorted(wanted))
    )
    return {
        doc: _unpack_shingles(blob)
        for doc, blob in zip(
            table.column("doc").to_pylist(), table.column("shingles").to_pylist(), strict=True
        )
    }


def _align_part(frame: pd.DataFrame, shingles: list[str], finder: CopyFinder) -> pd.DataFrame:
    """Align each pair; one row a passage and each of its two documents.

    Alignment reads only the shingles kept at extraction (a document is known here by its
    id alone). Those of the documents the pairs are sent by (their routes, about one in as
    many as there are partitions) are read once and kept; the others are read one
    extracted file at a time, each aligned with its routes and let go. A partition's pairs
    may name a document of every file (a wire's reprints, a hub's holders): read all at
    once, they would be the whole corpus in one worker.
    """
    routes = set(frame["route"])
    by_other: dict[str, list[str]] = {}
    for route, a, b in zip(frame["route"], frame["a"], frame["b"], strict=True):
        by_other.setdefault(b if route == a else a, []).append(route)
    held = _read_shingles(shingles, routes)
    rows: list[tuple[str, str, str]] = []

    def align(other: str, shingles: _Shingles) -> None:
        cache = {other: shingles}
        for route in sorted(by_other.pop(other)):
            cache[route] = held[route]
            # With both in the cache, between() reads no text: the ids will do.
            found = finder.between(_ided(route), _ided(other), cache)
            for p in found:
                text = json.dumps(_pack(p))
                rows.append((p.first.doc, p.second.doc, text))
                rows.append((p.second.doc, p.first.doc, text))
            del cache[route]

    for doc in sorted(set(by_other) & routes):
        align(doc, held[doc])
    for file in shingles:
        if not by_other:
            break
        for other, found in _read_shingles([file], set(by_other)).items():
            align(other, found)
    rows.sort()
    return pd.DataFrame(rows, columns=list(_TOUCH_META.columns)).astype("string")


def _ided(doc: str) -> models.Document:
    return models.Document.model_construct(id=doc, text="")


def _pack(p: models.CopiedPassage) -> list[Any]:
    return [*_passage_cells(p), p.words]


class _At(NamedTuple):
    doc: str
    start: int
    end: int


class _Copy(NamedTuple):
    """A packed passage read back: what :func:`claim_roots` reads of a passage, no model."""

    first: _At
    second: _At
    words: int


def _unpack(raw: str) -> list[_Copy]:
    """Read passages packed by :func:`_pack` as plain tuples (cheap: one a copy and side)."""
    return [_Copy(_At(a, a0, a1), _At(b, b0, b1), n) for a, a0, a1, b, b0, b1, n in json.loads(raw)]


def _model(p: _Copy) -> models.CopiedPassage:
    """Return a passage read by :func:`_unpack` as the model (made here: not validated again)."""
    return models.CopiedPassage.model_construct(
        first=models.Span.model_construct(**p.first._asdict()),
        second=models.Span.model_construct(**p.second._asdict()),
        words=p.words,
    )


def _gather_part(frame: pd.DataFrame) -> pd.DataFrame:
    """Gather each document's passages, and the day and credits of the other documents."""
    rows = []
    for doc, group in frame.groupby("doc", sort=True):
        others = {
            o: [day, json.loads(credits)]
            for o, day, credits in zip(
                group["other"], group["other_day"], group["other_credits"], strict=True
            )
        }
        passages = "[" + ",".join(group["passage"]) + "]"
        rows.append((doc, passages, json.dumps(others)))
    return pd.DataFrame(rows, columns=list(_GATHERED_META.columns)).astype("string")


_PROVENANCE: TypeAdapter[list[models.Provenance]] = TypeAdapter(list[models.Provenance])


def _trace_part(frame: pd.DataFrame, folder: str, index: int) -> int:
    """Trace the roots of each document's claims; write them, and the aggregate claims."""
    traced: list[dict[str, Any]] = []
    documents: list[models.Document] = []
    every: list[models.Claim] = []
    aggregates: list[str] = []
    provenance: list[models.Provenance] = []
    passages: list[models.CopiedPassage] = []
    for row in frame.to_dict("records"):
        document = models.Document.model_validate_json(row["document"])
        claims = _claims(row["claims"])
        touching = _unpack(row["passages"]) if _given(row["passages"]) else []
        others = _others(row["others"])
        # claim_roots reads only the documents and offsets of a passage: tuples will do.
        found = claim_roots(document, claims, cast("list[models.CopiedPassage]", touching), others)
        mine = [p for p in touching if p.first.doc == document.id]
        traced.append(
            {
                "doc": document.id,
                "claims": row["claims"],
                "document": row["document"],
                "provenance": _PROVENANCE.dump_json(found).decode(),
                "passages": json.dumps([(*p.first, *p.second, p.words) for p in mine]),
                "roots": json.dumps(sorted({p.root for p in found if p.agency is None})),
            }
        )
        documents.append(document)
        every.extend(claims)
        aggregates.extend(json.loads(row["aggregates"]))
        provenance.extend(found)
        passages.extend(_model(p) for p in mine)
    # Typed, as every table the workers write: a partition of the merge that feeds this task
    # may hold no document (a hash bucket no id falls in), and untyped, its empty columns
    # would be written as nulls, read back as objects by the merge of the events stage.
    traced_frame = pd.DataFrame(traced, columns=list(_TRACED_COLUMNS)).astype("string")
    _write(traced_frame, folder, "traced", index)
    wanted = set(aggregates)
    report = models.Report(
        documents=tuple(documents),
        claims=tuple(c for c in every if c.id in wanted),
        aggregates=tuple(sorted(wanted)),
        passages=tuple(sorted(passages, key=passage_order)),
        provenance=tuple(p for p in provenance if p.claim in wanted),
    )
    made = tables(report, ["claims", "passages"])
    _write(_with_seq(made["claims"], traced), folder, "aggregates", index)
    rows = _provenance_rows(provenance, every)
    _write(_typed(rows, _COLUMNS["provenance"]), folder, "provenance", index)
    _write(made["passages"], folder, "passages", index)
    return len(passages)


def _given(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _others(value: Any) -> dict[str, tuple[dt.date | None, tuple[str, ...]]]:
    """The other documents of a row's passages: each one's day and credit lines."""
    given = json.loads(value) if _given(value) else {}
    return {
        o: (None if day == UNDATED else dt.date.fromisoformat(day), tuple(credits))
        for o, (day, credits) in given.items()
    }


# --- stages 4 and 5: events, then rules and estimates -----------------------------------


def _events_part(frame: pd.DataFrame) -> pd.DataFrame:
    """Group the mentions of whole components into events; one row an event and document."""
    names = {
        doc: set(json.loads(raw)) for doc, raw in zip(frame["doc"], frame["names"], strict=True)
    }
    events = events_from((_unpickle(raw) for raw in frame["link"]), names)
    rows = [
        {"event": e.id, "doc": doc, "json": e.model_dump_json()}
        for e in events
        for doc in e.documents
    ]
    return pd.DataFrame(rows, columns=["event", "doc", "json"], dtype="string")


def _analyze_part(frame: pd.DataFrame, lexicon_blob: bytes | None, policy: str) -> dict[str, Any]:
    """Run the rules and estimates over whole events and make their tables.

    Each event comes with its documents, their claims' roots, the passages between them,
    and the documents named as roots: all the rules read of ``trace_roots``' result.
    """
    lexicon = _lexicon(lexicon_blob)
    docs = frame[frame["kind"] == "own"].drop_duplicates("doc").sort_values("doc")
    report = resolve_groups(_part_report(frame, docs), lexicon)
    report = find_contradictions(report, lexicon=lexicon)
    report = estimate(report, policy=policy, lexicon=lexicon)
    forget_contexts(lexicon)  # the rules' readings of these documents, as in extraction
    forget_readings(lexicon)
    # And the names each document defines, which resolve_groups keeps with the document
    # (its text too) for the last 4,096 documents: a worker's analysis tasks would
    # otherwise carry every document they had read, up to that many (219 and 694 documents
    # on two workers after a 925-document run).
    forget_definitions()
    made = tables(report, _ANALYSED)
    made["claims"] = _with_seq(made["claims"], docs.to_dict("records"))
    return made


_ANALYSED = ("claims", "events", "contradictions", "notes", "estimates")
"""The tables each analysis task makes (the others are written by the earlier stages)."""


def _part_report(frame: pd.DataFrame, docs: pd.DataFrame) -> models.Report:
    """Return the report the rules read of a partition's events (see :func:`_analyze_part`)."""
    mine = frame[frame["kind"] == "own"]
    events = {e.id: e for e in (models.Event.model_validate_json(raw) for raw in mine["json"])}
    wanted = {c for e in events.values() for c in e.claims}
    claims = [c for raw in docs["claims"] for c in _claims(raw) if c.id in wanted]
    ids = set(docs["doc"])
    passages = [_model(p) for raw in docs["passages"] for p in _unpack(raw) if p.second.doc in ids]
    return models.Report(
        documents=tuple(_part_documents(frame, docs, ids)),
        claims=tuple(claims),
        events=tuple(sorted(events.values(), key=_event_key)),
        passages=tuple(sorted(passages, key=passage_order)),
        provenance=tuple(
            p
            for raw in docs["provenance"]
            for p in _PROVENANCE.validate_json(raw)
            if p.claim in wanted
        ),
    )


def _part_documents(
    frame: pd.DataFrame, docs: pd.DataFrame, ids: set[str]
) -> list[models.Document]:
    """The events' own documents, then the other documents named as roots."""
    named = frame[frame["kind"] == "root"].drop_duplicates("doc").sort_values("doc")
    extra = [
        raw for doc, raw in zip(named["doc"], named["document"], strict=True) if doc not in ids
    ]
    return [models.Document.model_validate_json(raw) for raw in (*docs["document"], *extra)]


def _claims(raw: str) -> list[models.Claim]:
    return _CLAIM_LIST.validate_json(raw)


_CLAIM_LIST: TypeAdapter[list[models.Claim]] = TypeAdapter(list[models.Claim])


def _event_key(event: models.Event) -> tuple[dt.date, str]:
    return (event.date or dt.date.max, event.id)


def tables(report: models.Report, names: Iterable[str] = TABLE_NAMES) -> dict[str, pd.DataFrame]:
    """Return a report's tables as pandas DataFrames with a lossless ``json`` column.

    The tables are those of :func:`claimrecon.exports.to_pandas` but ``ged``, with
    columns of fixed types, plus ``documents`` and ``notes``; each row's ``json`` is the
    model's JSON, and a claim's ``seq`` its place among its document's claims.

    Args:
        report: The report.
        names: The tables to make, of :data:`TABLE_NAMES`; only these are made.

    Raises:
        ValueError: If a name is not a table's.
    """
    unknown = [name for name in names if name not in _ROWS]
    if unknown:
        raise ValueError(f"unknown table {unknown[0]!r}; the tables are {', '.join(_ROWS)}")
    return {name: _typed(_ROWS[name](report), _COLUMNS[name]) for name in names}


def _claim_rows(report: models.Report) -> list[dict[str, Any]]:
    seq: dict[str, int] = {}
    rows = exports.claim_rows(report)
    for row, claim in zip(rows, report.claims, strict=True):
        row["seq"] = seq[claim.span.doc] = seq.get(claim.span.doc, -1) + 1
        row["json"] = claim.model_dump_json()
    return rows


def _document_rows(report: models.Report) -> list[dict[str, Any]]:
    return [
        {
            "id": d.id,
            "published": d.published.isoformat() if d.published else None,
            "outlet": d.outlet,
            "title": d.title,
            "url": d.url,
            "json": d.model_dump_json(),
        }
        for d in report.documents
    ]


def _note_rows(report: models.Report) -> list[dict[str, Any]]:
    return [
        {
            "id": n.id,
            "event": n.event,
            "rule": n.rule,
            "claims": "; ".join(n.claims),
            "json": n.model_dump_json(),
        }
        for n in report.notes
    ]


def _passage_rows(report: models.Report) -> list[dict[str, Any]]:
    return [
        {
            **dict(zip(_PASSAGE_COLUMNS, _passage_cells(p), strict=True)),
            "words": p.words,
            "json": p.model_dump_json(),
        }
        for p in report.passages
    ]


_ROWS: dict[str, Callable[[models.Report], list[dict[str, Any]]]] = {
    "documents": _document_rows,
    "claims": _claim_rows,
    "events": lambda r: _with_json(exports.event_rows(r), r.events),
    "contradictions": lambda r: _with_json(exports.contradiction_rows(r), r.contradictions),
    "notes": _note_rows,
    "estimates": lambda r: _with_json(exports.estimate_rows(r), r.estimates),
    "passages": _passage_rows,
    "provenance": lambda r: _provenance_rows(r.provenance, r.claims),
}
"""How each table's rows are made, in the order of :data:`TABLE_NAMES`."""


def _passage_cells(p: models.CopiedPassage) -> tuple[Any, ...]:
    return (p.first.doc, p.first.start, p.first.end, p.second.doc, p.second.start, p.second.end)


def _provenance_rows(
    provenance: Iterable[models.Provenance], claims: Iterable[models.Claim]
) -> list[dict[str, Any]]:
    """One row a claim's root, with the claim's document and place among its claims."""
    seq: dict[str, int] = {}
    place: dict[str, tuple[str, int]] = {}
    for claim in claims:
        doc = claim.span.doc
        seq[doc] = seq.get(doc, -1) + 1
        place.setdefault(claim.id, (doc, seq[doc]))
    return [
        {
            "claim": p.claim,
            "doc": place[p.claim][0],
            "seq": place[p.claim][1],
            "root": p.root,
            "agency": p.agency,
            "copies": "; ".join(p.copies),
            "json": p.model_dump_json(),
        }
        for p in provenance
    ]


def _with_json(rows: list[dict[str, Any]], models: Sequence[Any]) -> list[dict[str, Any]]:
    for row, model in zip(rows, models, strict=True):
        row["json"] = model.model_dump_json()
    return rows


def _typed(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], types: dict[str, Any] | None = None
) -> pd.DataFrame:
    """Return rows as a frame of the given types, else those of :data:`_TYPES`, else string."""
    return _frame({c: [row.get(c) for row in rows] for c in columns}, types)


def _frame(columns: dict[str, list[Any]], types: dict[str, Any] | None = None) -> pd.DataFrame:
    """Return columns of values as a frame of fixed types, each made once from its values.

    Fixed, so that every partition writes one Parquet schema even when a column is empty
    in it. Made column by column from the values, with the dtypes resolved once: a whole
    frame cast by ``astype`` (with dtypes named by strings) cost about 25 ms a table, a
    cost every partition paid for each table, most of them empty.
    """
    dtypes = tuple((c, _dtype(c, types)) for c in columns)
    if not any(columns.values()):
        return _empty(dtypes).copy()
    return pd.DataFrame({c: _column(columns[c], t) for c, t in dtypes})


def _column(values: list[Any], dtype: Any) -> Any:
    if dtype == _STRING and all(v is None or type(v) is str for v in values):
        return pd.array(values, dtype=dtype)
    # Read as pandas reads a column of rows (ints and None as floats: "7.0"), then cast.
    return pd.Series(values).astype(dtype).array


def _dtype(column: str, types: dict[str, Any] | None) -> Any:
    if types is not None and column in types:
        return types[column]
    return _DTYPES.get(column, _STRING)


@lru_cache(maxsize=64)
def _empty(dtypes: tuple[tuple[str, Any], ...]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.array([], dtype=t) for c, t in dtypes})


_TYPES = {
    **dict.fromkeys(("start", "end", "low", "high", "best", "seq", "words"), "Int64"),
    **dict.fromkeys(("first_start", "first_end", "second_start", "second_end"), "Int64"),
    **dict.fromkeys(("n_claims", "n_documents", "n_contradictions"), "Int64"),
    **dict.fromkeys(("aggregate", "provisional"), "boolean"),
    "confidence": "Float64",
}
_DTYPES = {c: pd.api.types.pandas_dtype(t) for c, t in _TYPES.items()}


# --- the public API ---------------------------------------------------------------------


class _Table:
    """One table of an :class:`Analysis` read as an attribute (``analysis.events``)."""

    def __init__(self, doc: str) -> None:
        self.__doc__ = doc
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, analysis: None, owner: type | None = None) -> _Table: ...
    @overload
    def __get__(self, analysis: Analysis, owner: type | None = None) -> dd.DataFrame: ...
    def __get__(self, analysis: Analysis | None, owner: type | None = None) -> Any:
        return self if analysis is None else analysis.table(self.name)


@dataclass
class Analysis:
    """The result of :func:`analyze`: the report's tables as Dask DataFrames.

    Each DataFrame computes the rules and estimates on its own when computed;
    :meth:`to_parquet` computes them once for every table.
    """

    parts: list[Delayed]
    workdir: Path
    stats: dict[str, Any] = field(default_factory=dict)

    def table(self, name: str) -> dd.DataFrame:
        """Return one table (``documents``, ``claims``, ``events``, ...) lazily.

        Raises:
            ValueError: If there is no table of that name.
        """
        if name not in _COLUMNS:
            raise ValueError(f"unknown table {name!r}; the tables are {', '.join(_COLUMNS)}")
        meta = _typed([], _COLUMNS[name])
        if name in ("documents", "passages", "provenance"):
            return dd.read_parquet(str(self.workdir / name))
        frame = (
            dd.from_delayed([_pick(p, name) for p in self.parts], meta=meta)
            if self.parts
            else dd.from_pandas(meta, npartitions=1)
        )
        if name == "claims":
            frame = dd.concat([frame, dd.read_parquet(str(self.workdir / "aggregates"))])
        return frame

    claims = _Table("The claims, with the event each is in (aggregates in none).")
    events = _Table("The events.")
    contradictions = _Table("The contradictions.")
    estimates = _Table("The estimates.")

    def to_parquet(self, folder: str | Path) -> Path:
        """Write every table to ``folder/<table>/part.N.parquet``, computing each part once.

        The rows written of each table the rules stage makes (``contradictions``, ...) are
        kept in :attr:`stats` as ``rows_written``, so that a caller need not compute a
        table again to count it.
        """
        folder = Path(folder)
        writes = [_write_tables(part, str(folder), i) for i, part in enumerate(self.parts)]
        copy = delayed(_copy, pure=False)
        copied = ("documents", "passages", "provenance")
        for table, into in (*((t, t) for t in copied), ("aggregates", "claims")):
            for file in sorted((self.workdir / table).glob("*.parquet")):
                writes.append(copy(str(file), str(folder / into / f"{table}-{file.name}")))
        for name in TABLE_NAMES:
            (folder / name).mkdir(parents=True, exist_ok=True)
        began = self.stats.setdefault("stage_starts", {})["analyse"] = time.perf_counter()
        written: Counter[str] = Counter()
        for rows in compute(*writes):
            written.update(rows or {})
        self.stats["rows_written"] = {name: written[name] for name in _ANALYSED}
        self.stats["analyse_seconds"] = time.perf_counter() - began
        return folder

    def to_report(self) -> models.Report:
        """Compute every table into one in-memory :class:`Report` (for small results).

        The tables are computed together, so each part's analysis runs once for all of them.
        """
        frames = compute(*(self.table(name) for name in TABLE_NAMES))
        return _report_from_frames(dict(zip(TABLE_NAMES, frames, strict=True)))

    def close(self) -> None:
        """Remove the working folder (the extracted documents and claims)."""
        shutil.rmtree(self.workdir, ignore_errors=True)


def _pick(part: Delayed, name: str) -> Delayed:
    return delayed(operator.getitem, pure=True)(part, name)


def _copy(source: str, target: str) -> None:
    shutil.copyfile(source, target)


def _write_tables(part: Delayed, folder: str, index: int) -> Delayed:
    return delayed(_write_all, pure=False)(part, folder, index)


def _write_all(part: dict[str, pd.DataFrame], folder: str, index: int) -> dict[str, int]:
    for name, frame in part.items():
        _write(frame, folder, name, index)
    return {name: len(frame) for name, frame in part.items()}


def analyze(
    source: Iterable[str | Path] | db.Bag,
    client: Client | None = None,
    *,
    lexicon: Lexicon | None = None,
    policy: str = "ucdp",
    workdir: str | Path | None = None,
    partition_bytes: int = PARTITION_BYTES,
    finder: CopyFinder | None = None,
) -> Analysis:
    """Run the whole analysis on Dask; return its tables as Dask DataFrames.

    Extraction, linking and grouping run when this is called (linking joins the edges
    on the client); the rules and estimates run when a table is computed or written.

    Args:
        source: Paths (folders, text files, JSON Lines files, globs of shards) the
            workers read, or a Dask Bag of :class:`~claimrecon.models.Document`.
        client: The Dask client to run on; Dask's current one (or its default local
            scheduler) if None.
        lexicon: The lexicon; the built-in one by default.
        policy: The estimation policy.
        workdir: A folder every worker can write and read, for the extracted documents
            and claims; a new temporary folder by default (fine on one machine; give a
            shared one on a cluster). :meth:`Analysis.close` removes it.
        partition_bytes: How much JSON Lines or text one extraction task reads.
        finder: The copy finder (:func:`~claimrecon.independence.trace_roots`'); the
            one ``analyze`` uses by default.

    Raises:
        InputError: If a path does not exist or a document cannot be read.
    """
    if client is not None:
        with client.as_current():
            return analyze(
                source,
                lexicon=lexicon,
                policy=policy,
                workdir=workdir,
                partition_bytes=partition_bytes,
                finder=finder,
            )
    folder = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="claimrecon-"))
    folder.mkdir(parents=True, exist_ok=True)
    blob = None if lexicon is None else pickle.dumps(lexicon)
    if hasattr(source, "to_delayed"):
        sources: list[Any] = list(source.to_delayed())
    else:
        sources = list(_chunks(list(source), partition_bytes))
    # When each stage began (time.perf_counter), for a caller that samples the workers.
    starts: dict[str, float] = {}
    stats: dict[str, Any] = {"partitions": len(sources), "stage_starts": starts}
    began = starts["extract"] = time.perf_counter()
    task = delayed(_extract_part, pure=False)
    finder = finder or CopyFinder()
    counts = compute(*(task(s, str(folder), i, blob, finder) for i, s in enumerate(sources)))
    stats["extract_seconds"] = time.perf_counter() - began
    stats["extract_task_seconds"] = [c["seconds"] for c in counts]
    stats["documents"] = sum(int(c["documents"]) for c in counts)
    stats["mentions"] = sum(int(c["mentions"]) for c in counts)
    if stats["documents"] == 0:
        return Analysis(parts=[], workdir=folder, stats=stats)
    # The later stages read only the partitions that hold documents, and shuffle into as
    # many: a byte range in which no line starts (or a small input cut fine) adds no work.
    held = _Held(folder, tuple(i for i, c in enumerate(counts) if c["documents"]))
    began = starts["roots"] = time.perf_counter()
    _roots(held, finder, stats)
    stats["roots_seconds"] = time.perf_counter() - began
    began = starts["link"] = time.perf_counter()
    labels = _link(held, stats)
    stats["link_seconds"] = time.perf_counter() - began
    began = starts["group"] = time.perf_counter()
    parts = _analysis_parts(held, labels, blob, policy)
    stats["group_seconds"] = time.perf_counter() - began
    return Analysis(parts=parts, workdir=folder, stats=stats)


def _link(held: _Held, stats: dict[str, Any]) -> pd.DataFrame:
    """Return the component of every linked mention (stages 2 and 3).

    The workers write the links (two mention ids each) to the working folder and the
    client reads them one file at a time into a union-find: no worker holds more than
    one partition's links, and no task more than one partition of tiles.
    """
    folder, npartitions = held.folder, held.npartitions
    links = held.read("links", list(_LINK_COLUMNS))
    dated = links[links["start"] >= 0]
    by_sig = dated.shuffle(on="signature", npartitions=npartitions).to_delayed()
    sign = delayed(_by_signature, pure=False)
    split = [sign(part, str(folder), i) for i, part in enumerate(by_sig)]
    reps = dd.from_delayed(split, meta=_REPS_META, verify_meta=False)
    tiles = reps.map_partitions(_tiles, meta=_TILES_META)
    by_tile = tiles.shuffle(on="tile", npartitions=npartitions).to_delayed()
    pair = delayed(_by_tile, pure=False)
    counts = compute(*(pair(p, str(folder), i) for i, p in enumerate(by_tile)))
    stats["largest_tile"] = max((largest for _, largest, _ in counts), default=0)
    # Each overlapping pair of representatives in a block is decided once, in one tile.
    stats["pairs_decided"] = sum(decided for _, _, decided in counts)
    stats["links_written"] = sum(written for written, _, _ in counts)
    began = time.perf_counter()
    components, stats["edges"] = _components(_edges(folder / "edges"))
    stats["resolve_seconds"] = time.perf_counter() - began
    stats["linked_mentions"] = len(components)
    # Grouping holds a component in one task: its size, not the corpus's, bounds it.
    stats["largest_component"] = max(Counter(components.values()).values(), default=0)
    return pd.DataFrame(
        {"uid": list(components), "component": list(components.values())}, dtype="string"
    )


def _edges(folder: Path) -> Iterator[tuple[str, str]]:
    """Yield the links the workers wrote, one file in memory at a time."""
    for file in sorted(folder.glob("*.parquet")):
        frame = pd.read_parquet(file)
        yield from zip(frame["a"].tolist(), frame["b"].tolist(), strict=True)


def _analysis_parts(
    held: _Held, labels: pd.DataFrame, blob: bytes | None, policy: str
) -> list[Delayed]:
    """Group the mentions into events (computed now); return the rules and estimates tasks."""
    folder, npartitions = held.folder, held.npartitions
    links = held.read("links", ["uid", "doc", "names", "link"])
    # The labels of every linked mention come from the client, in as many parts as the
    # mentions (and of at most _LABELS rows), joined by a shuffle. In one part (as
    # ``len // _LABELS`` made them below 200,000 labels) Dask joins it whole to every
    # partition of the mentions: every worker held the corpus's labels.
    parts = max(npartitions, -(-len(labels) // _LABELS))
    small = dd.from_pandas(labels, npartitions=parts)
    merged = links.merge(small, on="uid", how="left", broadcast=False)
    merged = merged.map_partitions(_fill_component)
    grouped = merged.shuffle(on="component", npartitions=npartitions)
    meta = pd.DataFrame(columns=["event", "doc", "json"]).astype("string")
    pairs = grouped.map_partitions(_events_part, meta=meta)
    events_dir = folder / "events"
    pairs.to_parquet(str(events_dir), write_index=False)
    events = dd.read_parquet(str(folder / "events"))
    heavy = [c for c in _TRACED_COLUMNS if c != "roots"]
    traced = dd.read_parquet(str(folder / "traced"), columns=heavy)
    own = events.merge(traced, on="doc", how="inner")
    # The documents named as roots (the first print of a wire, which may tell another
    # event) go to the events whose claims they are the root of, for the rules' wording.
    # Found by a join of their own, of ids only: taken from ``own``, each partition of
    # it (the documents' text, claims and roots) had two readers, and a worker kept
    # every partition it made until the second had run; its whole share of the corpus.
    ids = dd.read_parquet(str(folder / "events"), columns=["event", "doc"])
    named_by = ids.merge(
        dd.read_parquet(str(folder / "traced"), columns=["doc", "roots"]), on="doc"
    )
    roots = named_by[["event", "roots"]].map_partitions(_root_rows, meta=_ROOTS_META)
    texts = held.read("docs", ["doc", "document"])
    named = roots.merge(texts, on="doc").assign(kind="root")
    rows = dd.concat([own.assign(kind="own"), named])
    by_event = rows.shuffle(on="event", npartitions=npartitions)
    task = delayed(_analyze_part, pure=True)
    return [task(part, blob, policy) for part in by_event.to_delayed()]


_LABELS = 100_000
_ROOTS_META = pd.DataFrame({"event": pd.Series(dtype="string"), "doc": pd.Series(dtype="string")})


def _root_rows(frame: pd.DataFrame) -> pd.DataFrame:
    rows = {
        (event, root)
        for event, raw in zip(frame["event"], frame["roots"], strict=True)
        for root in json.loads(raw)
    }
    return pd.DataFrame(sorted(rows), columns=["event", "doc"]).astype("string")


def _fill_component(frame: pd.DataFrame) -> pd.DataFrame:
    # A mention linked to no other is a component of its own.
    return frame.assign(component=frame["component"].fillna(frame["uid"]).astype("string"))


# --- Parquet in and out -----------------------------------------------------------------


def write_parquet(report: models.Report, folder: str | Path) -> Path:
    """Write a single-process report in the Parquet layout :meth:`Analysis.to_parquet` writes."""
    folder = Path(folder)
    for name, frame in tables(report).items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        frame.to_parquet(folder / name / "part.00000.parquet", index=False)
    return folder


def read_report(folder: str | Path) -> models.Report:
    """Read a Parquet dataset written by :meth:`Analysis.to_parquet` into one report.

    Raises:
        InputError: If the folder does not hold the tables.
    """
    folder = Path(folder)
    frames = {}
    for name in TABLE_NAMES:
        files = sorted((folder / name).glob("*.parquet"))
        if not files:
            raise InputError(f"no {name} table (expected {name}/*.parquet)", where=str(folder))
        frames[name] = pd.concat(
            [pd.read_parquet(f, columns=_read_columns(name)) for f in files], ignore_index=True
        )
    return _report_from_frames(frames)


def _read_columns(name: str) -> list[str]:
    extra = {"claims": ["seq", "aggregate"], "provenance": ["doc", "seq"]}
    return ["json", *extra.get(name, [])]


def _report_from_frames(frames: dict[str, pd.DataFrame]) -> models.Report:
    """Build a report from the tables, in the order the single-process run gives."""
    documents = sorted(
        (models.Document.model_validate_json(raw) for raw in frames["documents"]["json"]),
        key=lambda d: d.id,
    )
    claims_frame = frames["claims"]
    claims = _claims("[" + ",".join(claims_frame["json"]) + "]")
    order = {d.id: i for i, d in enumerate(documents)}
    ranked = sorted(
        zip(claims, claims_frame["seq"], strict=True), key=lambda p: (order[p[0].span.doc], p[1])
    )
    aggregates = sorted(
        c.id for c, flag in zip(claims, claims_frame["aggregate"], strict=True) if bool(flag)
    )
    events = [models.Event.model_validate_json(raw) for raw in frames["events"]["json"]]
    contradictions = [
        models.Contradiction.model_validate_json(raw) for raw in frames["contradictions"]["json"]
    ]
    notes = [models.Note.model_validate_json(raw) for raw in frames["notes"]["json"]]
    estimates = [models.Estimate.model_validate_json(raw) for raw in frames["estimates"]["json"]]
    passages = sorted(
        (models.CopiedPassage.model_validate_json(raw) for raw in frames["passages"]["json"]),
        key=passage_order,
    )
    traced = frames["provenance"]
    provenance = [
        p
        for p, _, _ in sorted(
            zip(
                (models.Provenance.model_validate_json(raw) for raw in traced["json"]),
                traced["doc"],
                traced["seq"],
                strict=True,
            ),
            key=lambda row: (order[row[1]], row[2]),
        )
    ]
    report = models.Report(
        documents=tuple(documents),
        claims=tuple(c for c, _ in ranked),
        events=tuple(sorted(events, key=_event_key)),
        aggregates=tuple(aggregates),
        contradictions=tuple(
            sorted(contradictions, key=lambda c: (c.event or "", c.rule, c.sides, c.id))
        ),
        notes=tuple(sorted(notes, key=lambda n: (n.event or "", n.rule, n.claims, n.id))),
        estimates=tuple(
            sorted(estimates, key=lambda e: (e.event, e.metric.value, e.subject.value, e.policy))
        ),
        passages=tuple(passages),
        provenance=tuple(provenance),
    )
    # Timelines are read from the claims and documents, as the rules stage reads them.
    return report.model_copy(update={"timelines": source_timelines(report)})
