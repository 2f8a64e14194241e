"""Read, check, combine and write ``claimrecon-gold/1`` files.

May import: :mod:`claimrecon.gold.schema`, :mod:`claimrecon.exports.rows` (the one flattener
of a claim), and the models, files, io and errors modules.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Container, Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimrecon.errors import GoldFormatError, InputError
from claimrecon.exports.rows import claim_values
from claimrecon.files import (
    DEFAULT_LIMITS,
    EncodingErrors,
    Limits,
    confined,
    read_text_file,
    write_text_atomic,
)
from claimrecon.gold.schema import GoldEvent, GoldFile, GoldSet
from claimrecon.io import GOLD_FORMAT
from claimrecon.models import (
    DatePrecision,
    FindingKind,
    Report,
)

# --- reading ---------------------------------------------------------------------------------


def read_gold(
    path: str | Path,
    *,
    texts: Mapping[str, str] | None = None,
    root: str | Path | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "strict",
) -> GoldSet:
    """Read and check a ``claimrecon-gold/1`` file.

    Document texts are read from each document's ``file``, relative to the JSON file's
    folder and confined to it (see :func:`claimrecon.files.confined`), within ``limits``
    and decoded as :func:`claimrecon.files.decode` says; ``root`` widens that folder (a
    prediction file written elsewhere points back at its texts with ``../``); ``texts``
    supplies (or overrides) them by document id, so that a prediction file can be read
    against the gold's texts.

    Raises:
        GoldFormatError: If the file is not in the format: an unknown format tag, a quote
            not found in its document, an unknown document, event or claim id. The message
            names the file and the place.
    """
    path = Path(path)
    where = str(path)
    limits = limits or DEFAULT_LIMITS
    try:
        raw = json.loads(read_text_file(path, limits, encoding_errors))
    except InputError as exc:
        raise GoldFormatError(exc.message, where=exc.where, place=exc.place) from exc
    except json.JSONDecodeError as exc:
        raise GoldFormatError(
            f"not JSON: {exc.msg}", where=where, place=f"line {exc.lineno} column {exc.colno}"
        ) from exc
    except RecursionError as exc:
        raise GoldFormatError("not JSON: nested too deeply", where=where) from exc
    return parse_gold(
        raw,
        base=path.parent,
        root=Path(root) if root is not None else None,
        texts=texts,
        where=where,
        limits=limits,
        encoding_errors=encoding_errors,
    )


def parse_gold(
    raw: Any,
    *,
    base: Path | None = None,
    texts: Mapping[str, str] | None = None,
    where: str = "gold",
    root: Path | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "strict",
) -> GoldSet:
    """Check an already-decoded ``claimrecon-gold/1`` object; see :func:`read_gold`.

    Raises:
        GoldFormatError: If the object is not in the format, or a document file cannot be
            read or lies outside ``base``.
    """
    data = _validate(raw, where)
    all_texts = _document_texts(data, dict(texts or {}), base, where, root, limits, encoding_errors)
    claims = [_resolve(c, all_texts, where, f"claims[{i}]") for i, c in enumerate(data.claims)]
    ignore = [_resolve(n, all_texts, where, f"ignore[{i}]") for i, n in enumerate(data.ignore)]
    distractors = [
        _resolve(n, all_texts, where, f"distractors[{i}]") for i, n in enumerate(data.distractors)
    ]
    data = data.model_copy(update={"claims": claims, "ignore": ignore, "distractors": distractors})
    _check_references(data, where)
    return GoldSet(data, all_texts, where)


def _validate(raw: Any, where: str) -> GoldFile:
    """Return the object as a gold file, or raise naming the first place it breaks the format."""
    if not isinstance(raw, dict) or raw.get("format") != GOLD_FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else type(raw).__name__
        raise GoldFormatError(
            f"unknown format tag {found!r}, expected {GOLD_FORMAT!r}", where=where, place="format"
        )
    try:
        return GoldFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        place = ".".join(str(p) for p in err["loc"])
        raise GoldFormatError(str(err["msg"]), where=where, place=place) from exc


def _document_texts(
    data: GoldFile,
    texts: dict[str, str],
    base: Path | None,
    where: str,
    root: Path | None,
    limits: Limits | None,
    encoding_errors: EncodingErrors,
) -> dict[str, str]:
    """Return ``texts`` with the text of every listed document not in it, read from its file."""
    for i, doc in enumerate(data.documents):
        if doc.id in texts:
            continue
        if base is None:
            raise GoldFormatError("no text for document", where=where, place=f"documents[{i}]")
        try:
            name = doc.file or f"{doc.id}.txt"
            file = confined(base, name, where, f"documents[{i}].file", root=root)
            texts[doc.id] = read_text_file(file, limits or DEFAULT_LIMITS, encoding_errors)
        except InputError as exc:
            raise GoldFormatError(exc.message, where=exc.where, place=exc.place) from exc
    return texts


def combine_gold(sets: Iterable[GoldSet], *, where: str = "combined gold") -> GoldSet:
    """Return one gold set made of several, as for a corpus annotated folder by folder.

    Document, claim and contradiction ids must be distinct across the sets. An event may
    appear in several sets (a background event that several folders mention) when every
    set describes it alike.

    Raises:
        GoldFormatError: If two sets use one document or claim id, or describe one event
            id differently; the message names the id and both files.
    """
    sets = list(sets)
    owner: dict[tuple[str, str], str] = {}
    events: dict[str, tuple[GoldEvent, str]] = {}
    for gold in sets:
        here = gold.path or "gold"
        ids = [("document", d.id) for d in gold.data.documents]
        ids += [("claim", c.id) for c in gold.data.claims]
        ids += [("contradiction", x.id) for x in gold.data.contradictions if x.id]
        for kind, key in ids:
            if (kind, key) in owner:
                raise GoldFormatError(
                    f"{kind} id {key!r} is used in {owner[kind, key]} and in {here}",
                    where=where,
                    place=f"{kind} {key}",
                )
            owner[kind, key] = here
        for event in gold.data.events:
            seen = events.setdefault(event.id, (event, here))
            if seen[0] != event:
                raise GoldFormatError(
                    f"event {event.id!r} is described differently in {seen[1]} and in {here}",
                    where=where,
                    place=f"event {event.id}",
                )

    def joined(field: str) -> list[Any]:
        return [item for gold in sets for item in getattr(gold.data, field)]

    data = GoldFile(
        format="claimrecon-gold/1",
        documents=joined("documents"),
        events=[event for event, _ in events.values()],
        claims=joined("claims"),
        contradictions=joined("contradictions"),
        consistent=joined("consistent"),
        ignore=joined("ignore"),
        distractors=joined("distractors"),
    )
    texts = {doc: text for gold in sets for doc, text in gold.texts.items()}
    return GoldSet(data, texts, where)


def _resolve(entry: Any, texts: Mapping[str, str], where: str, place: str) -> Any:
    text = texts.get(entry.doc)
    if text is None:
        raise GoldFormatError(f"unknown document {entry.doc!r}", where=where, place=place)
    if entry.start is not None and entry.end is not None:
        if entry.end > len(text):
            raise GoldFormatError(
                f"span {entry.start}..{entry.end} runs past the end of document {entry.doc!r} "
                f"({len(text)} characters)",
                where=where,
                place=place,
            )
        if text[entry.start : entry.end] != entry.quote:
            raise GoldFormatError(
                f"quote {entry.quote[:60]!r} is not at {entry.start}..{entry.end} "
                f"of document {entry.doc!r}",
                where=where,
                place=place,
            )
        return entry
    start = text.find(entry.quote)
    if start < 0 or not entry.quote:
        raise GoldFormatError(
            f"quote {entry.quote[:60]!r} not found in document {entry.doc!r}",
            where=where,
            place=place,
        )
    return entry.model_copy(update={"start": start, "end": start + len(entry.quote)})


def _check_references(data: GoldFile, where: str) -> None:
    claim_ids = Counter(c.id for c in data.claims)
    duplicates = sorted(i for i, n in claim_ids.items() if n > 1)
    if duplicates:
        raise GoldFormatError(f"claim ids used twice: {duplicates}", where=where, place="claims")
    event_ids = {e.id for e in data.events}
    for i, claim in enumerate(data.claims):
        if claim.event is not None and claim.event not in event_ids:
            raise GoldFormatError(
                f"unknown event {claim.event!r}", where=where, place=f"claims[{i}].event"
            )
    for i, x in enumerate(data.contradictions):
        sides = (c for side in x.groups for c in side)
        _check_claim_ids(sides, claim_ids, where, f"contradictions[{i}]")
    for i, pair in enumerate(data.consistent):
        _check_claim_ids(pair.claims, claim_ids, where, f"consistent[{i}]")


def _check_claim_ids(ids: Iterable[str], known: Container[str], where: str, place: str) -> None:
    for claim_id in ids:
        if claim_id not in known:
            raise GoldFormatError(f"unknown claim id {claim_id!r}", where=where, place=place)


# --- writing ---------------------------------------------------------------------------------


def format_partial_date(value: dt.date | None, precision: DatePrecision | None) -> str | None:
    """Write a date at its precision: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    if value is None:
        return None
    if precision in (DatePrecision.MONTH, DatePrecision.SEASON, DatePrecision.PERIOD):
        return value.strftime("%Y-%m")
    if precision is DatePrecision.YEAR:
        return value.strftime("%Y")
    return value.isoformat()


def report_to_gold(report: Report, files: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return a report as a ``claimrecon-gold/1`` object (predictions).

    Args:
        report: The report to write.
        files: Document id to the path of its text, relative to where the file will be
            written; ``<id>.txt`` by default.
    """
    files = files or {}
    event_of = {claim_id: e.id for e in report.events for claim_id in e.claims}
    claims: list[dict[str, Any]] = []
    for claim in sorted(report.claims, key=lambda c: (c.span.doc, c.span.start, c.id)):
        entry: dict[str, Any] = {
            "id": claim.id,
            "type": claim.type,
            "doc": claim.span.doc,
            "quote": claim.quote,
            "start": claim.span.start,
            "end": claim.span.end,
            "event": event_of.get(claim.id),
            "source": claim.source.name,
            "source_kind": claim.source.kind.value,
        }
        entry.update(claim_values(claim))
        claims.append(entry)
    return {
        "format": GOLD_FORMAT,
        "documents": [
            {
                "id": d.id,
                "file": files.get(d.id, f"{d.id}.txt"),
                "published": d.published.isoformat() if d.published else None,
                "outlet": d.outlet,
                "title": d.title,
                **({"url": d.url} if d.url else {}),
            }
            for d in report.documents
        ],
        "events": [
            {
                "id": e.id,
                "kind": e.kind.value,
                "date": format_partial_date(e.date, e.date_precision),
                "date_precision": e.date_precision.value if e.date_precision else None,
                "location": e.location,
                "target": e.target,
            }
            for e in report.events
        ],
        "claims": claims,
        "contradictions": [
            {
                "id": x.id,
                "event": x.event,
                # GOLD.md's kinds: a correction is a figure contradiction over time.
                "kind": "figure" if x.kind is FindingKind.REVISION else x.kind.value,
                "sides": [list(side) for side in x.sides],
                "severity": x.severity.value,
                "why": x.explanation,
                **({"metric": x.metric.value} if x.metric else {}),
                **({"subject": x.subject.value} if x.subject else {}),
            }
            for x in report.contradictions
        ],
        "consistent": [],
        "ignore": [],
        "distractors": [],
    }


def write_gold(report: Report, path: str | Path, files: Mapping[str, str] | None = None) -> None:
    """Write a report as a ``claimrecon-gold/1`` file; see :func:`report_to_gold`.

    The file is written atomically: a kill leaves the previous file whole.
    """
    text = json.dumps(report_to_gold(report, files), indent=1, ensure_ascii=False) + "\n"
    write_text_atomic(path, text)
