"""Read, write and score the ``claimrecon-gold/1`` annotation format.

One format serves as gold (a hand annotation), as predictions (the library's output) and
as bootstrapped annotation (predictions corrected by hand). See ``GOLD.md`` in the
project's shared folder; the rules are restated in the docs' evaluation guide.

Scoring the library on an annotated corpus::

    import claimrecon
    from claimrecon.gold import read_gold, score

    gold = read_gold("seeds/gold.json")
    print(score(gold, claimrecon.analyze(gold.documents())).format())
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from claimrecon.errors import GoldFormatError, InputError
from claimrecon.files import (
    DEFAULT_LIMITS,
    EncodingErrors,
    Limits,
    confined,
    read_text_file,
    write_text_atomic,
)
from claimrecon.io import GOLD_FORMAT
from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    Document,
    Event,
    EventKind,
    Figure,
    FigureClaim,
    FindingKind,
    Metric,
    Qualifier,
    Report,
    Severity,
    Source,
    SourceKind,
    Span,
    Stance,
    Subject,
)

__all__ = [
    "GOLD_FORMAT",
    "PRF",
    "AttributeAccuracy",
    "GoldAttribution",
    "GoldContradiction",
    "GoldDocument",
    "GoldEvent",
    "GoldFigure",
    "GoldFile",
    "GoldSet",
    "Scores",
    "combine_gold",
    "fold_actor",
    "format_partial_date",
    "parse_gold",
    "read_gold",
    "report_to_gold",
    "score",
    "write_gold",
]


# --- the format ----------------------------------------------------------------------------


class _Gold(BaseModel):
    # Unknown keys are ignored so that files written by other tools still read.
    model_config = ConfigDict(frozen=True, extra="ignore")


class GoldDocument(_Gold):
    """A document entry: where its text is and what is known of it."""

    id: Annotated[str, Field(min_length=1)]
    file: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class GoldEvent(_Gold):
    """An event entry; ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""

    id: Annotated[str, Field(min_length=1)]
    kind: EventKind = EventKind.OTHER
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: str | None = None
    target: str | None = None

    @field_validator("date")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value:
            _parse_partial_date(value)  # raises ValueError for "2017-13-45", "07/31"
        return value


class _Spanned(_Gold):
    """An entry that may give where its quote stands: ``0 <= start <= end``."""

    start: int | None = None
    end: int | None = None

    @model_validator(mode="after")
    def _ordered_span(self) -> _Spanned:
        if (self.start is None) != (self.end is None):
            raise ValueError("give both start and end, or neither")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise ValueError(f"impossible span {self.start}..{self.end}")
        return self


class _GoldClaim(_Spanned):
    id: Annotated[str, Field(min_length=1)]
    doc: str
    quote: str
    event: str | None = None
    source: str | None = None
    source_kind: SourceKind = SourceKind.UNKNOWN


class GoldFigure(_GoldClaim):
    """A figure claim entry."""

    type: Literal["figure"] = "figure"
    metric: Metric
    subject: Subject
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    qualifier: Qualifier = Qualifier.EXACT

    @model_validator(mode="after")
    def _low_not_above_high(self) -> GoldFigure:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        # Whatever else a Figure refuses ("exact" with only a high bound) is refused here,
        # so that to_report never meets it.
        try:
            Figure(low=self.low, high=self.high, qualifier=self.qualifier)
        except ValidationError as exc:
            raise ValueError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None
        return self


class GoldAttribution(_GoldClaim):
    """An attribution claim entry."""

    type: Literal["attribution"] = "attribution"
    actor: str
    stance: Stance


GoldClaim = Annotated[GoldFigure | GoldAttribution, Field(discriminator="type")]


class GoldContradiction(_Gold):
    """A contradiction entry: ``sides`` of claim ids, or ``claims`` (one side a claim)."""

    id: str = ""
    event: str | None = None
    kind: FindingKind = FindingKind.OTHER
    sides: list[list[str]] | None = None
    claims: list[str] | None = None
    severity: Severity = Severity.HARD
    why: str = ""
    metric: Metric | None = None
    subject: Subject | None = None

    @property
    def groups(self) -> list[list[str]]:
        """The sides, with ``claims`` read as one side a claim."""
        if self.sides:
            return self.sides
        return [[c] for c in self.claims or []]


class GoldConsistent(_Gold):
    """Two claims that look alike but do not contradict."""

    claims: list[str]
    why: str = ""


class GoldSpanNote(_Spanned):
    """An ``ignore`` or ``distractors`` entry: a quote scored neither way, or a non-claim."""

    doc: str
    quote: str
    why: str = ""


class GoldFile(_Gold):
    """A whole ``claimrecon-gold/1`` file."""

    format: Literal["claimrecon-gold/1"]
    documents: list[GoldDocument] = []
    events: list[GoldEvent] = []
    claims: list[GoldClaim] = []
    contradictions: list[GoldContradiction] = []
    consistent: list[GoldConsistent] = []
    ignore: list[GoldSpanNote] = []
    distractors: list[GoldSpanNote] = []


class GoldSet:
    """A gold file read and checked, with its document texts and every span resolved.

    Attributes:
        data: The file's content; every claim and note has ``start`` and ``end``.
        texts: Document id to text.
        path: Where it was read from, if from a file.
    """

    def __init__(self, data: GoldFile, texts: Mapping[str, str], path: str | None = None):
        self.data = data
        self.texts = dict(texts)
        self.path = path

    def documents(self) -> Iterator[Document]:
        """Yield the documents the file lists, with their texts."""
        for entry in self.data.documents:
            yield Document(
                id=entry.id,
                text=self.texts.get(entry.id, ""),
                published=entry.published,
                outlet=entry.outlet,
                title=entry.title,
                url=entry.url,
            )

    def restrict(self, documents: Iterable[str]) -> GoldSet:
        """Return the part of the set that concerns some documents only.

        Claims, notes and events follow their documents; a contradiction keeps the sides'
        claims that remain and is dropped when fewer than two sides remain; a consistent pair
        is kept when both its claims remain. Useful to score one attack of a corpus.
        """
        keep = set(documents)
        data = self.data
        claims = [c for c in data.claims if c.doc in keep]
        kept = {c.id for c in claims}
        events = {c.event for c in claims}
        cut = (_cut_contradiction(x, kept) for x in data.contradictions)
        restricted = data.model_copy(
            update={
                "documents": [d for d in data.documents if d.id in keep],
                "events": [e for e in data.events if e.id in events],
                "claims": claims,
                "contradictions": [x for x in cut if x is not None],
                "consistent": [p for p in data.consistent if kept.issuperset(p.claims)],
                "ignore": _notes_in(data.ignore, keep),
                "distractors": _notes_in(data.distractors, keep),
            }
        )
        texts = {doc: text for doc, text in self.texts.items() if doc in keep}
        return GoldSet(restricted, texts, self.path)

    def to_report(self) -> Report:
        """Return the annotation as a report: its documents, claims, events, contradictions."""
        documents = tuple(self.documents())
        claims = tuple(_claim_from_gold(c) for c in self.data.claims)
        members: dict[str, list[str]] = defaultdict(list)
        for claim in self.data.claims:
            if claim.event is not None:
                members[claim.event].append(claim.id)
        doc_of = {c.id: c.doc for c in self.data.claims}
        events = tuple(
            Event(
                id=e.id,
                kind=e.kind,
                date=_parse_partial_date(e.date),
                date_precision=e.date_precision,
                location=e.location,
                target=e.target,
                claims=tuple(members[e.id]),
                documents=tuple(sorted({doc_of[c] for c in members[e.id]})),
            )
            for e in self.data.events
        )
        aggregates = tuple(c.id for c in self.data.claims if c.event is None)
        contradictions = tuple(
            Contradiction(
                id=x.id,
                rule="gold",
                kind=x.kind,
                severity=x.severity,
                event=x.event,
                metric=x.metric,
                subject=x.subject,
                sides=tuple(tuple(side) for side in x.groups),
                explanation=x.why,
            )
            for x in self.data.contradictions
            if len(x.groups) >= 2
        )
        return Report(
            documents=documents,
            claims=claims,
            events=events,
            aggregates=aggregates,
            contradictions=contradictions,
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
    if not isinstance(raw, dict) or raw.get("format") != GOLD_FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else type(raw).__name__
        raise GoldFormatError(
            f"unknown format tag {found!r}, expected {GOLD_FORMAT!r}", where=where, place="format"
        )
    try:
        data = GoldFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        place = ".".join(str(p) for p in err["loc"])
        raise GoldFormatError(str(err["msg"]), where=where, place=place) from exc

    all_texts = dict(texts or {})
    for i, doc in enumerate(data.documents):
        if doc.id in all_texts:
            continue
        if base is None:
            raise GoldFormatError("no text for document", where=where, place=f"documents[{i}]")
        try:
            name = doc.file or f"{doc.id}.txt"
            file = confined(base, name, where, f"documents[{i}].file", root=root)
            all_texts[doc.id] = read_text_file(file, limits or DEFAULT_LIMITS, encoding_errors)
        except InputError as exc:
            raise GoldFormatError(exc.message, where=exc.where, place=exc.place) from exc

    claims = [_resolve(c, all_texts, where, f"claims[{i}]") for i, c in enumerate(data.claims)]
    ignore = [_resolve(n, all_texts, where, f"ignore[{i}]") for i, n in enumerate(data.ignore)]
    distractors = [
        _resolve(n, all_texts, where, f"distractors[{i}]") for i, n in enumerate(data.distractors)
    ]
    data = data.model_copy(update={"claims": claims, "ignore": ignore, "distractors": distractors})
    _check_references(data, where)
    return GoldSet(data, all_texts, where)


def _cut_contradiction(x: GoldContradiction, kept: set[str]) -> GoldContradiction | None:
    sides = [[c for c in side if c in kept] for side in x.groups]
    sides = [side for side in sides if side]
    return x.model_copy(update={"sides": sides, "claims": None}) if len(sides) >= 2 else None


def _notes_in(notes: list[GoldSpanNote], documents: set[str]) -> list[GoldSpanNote]:
    return [note for note in notes if note.doc in documents]


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
        for claim_id in (c for side in x.groups for c in side):
            if claim_id not in claim_ids:
                raise GoldFormatError(
                    f"unknown claim id {claim_id!r}", where=where, place=f"contradictions[{i}]"
                )
    for i, pair in enumerate(data.consistent):
        for claim_id in pair.claims:
            if claim_id not in claim_ids:
                raise GoldFormatError(
                    f"unknown claim id {claim_id!r}", where=where, place=f"consistent[{i}]"
                )


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse_partial_date(value: str | None) -> dt.date | None:
    """Return the first day a ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` date can mean.

    Raises:
        ValueError: If the text is not such a date, or no such day exists.
    """
    if not value:
        return None
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise ValueError(f"date {value[:40]!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {value!r} does not exist: {exc}") from exc


def _claim_from_gold(entry: GoldFigure | GoldAttribution) -> FigureClaim | AttributionClaim:
    span = Span(doc=entry.doc, start=entry.start or 0, end=entry.end or 0)
    source = Source(name=entry.source, kind=entry.source_kind)
    if isinstance(entry, GoldFigure):
        return FigureClaim(
            id=entry.id,
            span=span,
            quote=entry.quote,
            source=source,
            metric=entry.metric,
            subject=entry.subject,
            figure=Figure(low=entry.low, high=entry.high, qualifier=entry.qualifier),
        )
    return AttributionClaim(
        id=entry.id,
        span=span,
        quote=entry.quote,
        source=source,
        actor=entry.actor,
        stance=entry.stance,
    )


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
        if isinstance(claim, FigureClaim):
            entry.update(
                metric=claim.metric.value,
                subject=claim.subject.value,
                low=claim.figure.low,
                high=claim.figure.high,
                qualifier=claim.figure.qualifier.value,
            )
        else:
            entry.update(actor=claim.actor, stance=claim.stance.value)
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


# --- scoring ---------------------------------------------------------------------------------

_ISLAMIC_STATE_ALIASES = frozenset(
    {
        "is",
        "isis",
        "isil",
        "daesh",
        "islamic state",
        "is k",
        "isk",
        "iskp",
        "isis k",
        "islamic state khorasan",
        "islamic state khorasan province",
        "islamic state of iraq and syria",
        "islamic state of iraq and the levant",
    }
)


def fold_actor(actor: str) -> str:
    """Fold an actor name as GOLD.md's scoring does.

    IS, ISIS, ISIL, Daesh, Islamic State, IS-K, ISKP and Islamic State Khorasan are the
    Islamic State; the Haqqani network is the Taliban. Other names are compared after
    lower-casing and dropping punctuation and a trailing parenthesis.

    Example:
        >>> fold_actor("Haqqani network (Taliban)"), fold_actor("ISIS-K")
        ('taliban', 'islamic state')
    """
    name = re.sub(r"\([^)]*\)", " ", actor.lower())
    name = " ".join(re.sub(r"[^\w\s]", " ", name).split())
    if "haqqani" in name:
        return "taliban"
    if name in _ISLAMIC_STATE_ALIASES or "khorasan" in name:
        return "islamic state"
    return name


def _fold_name(name: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (name or "").lower()).split())


class PRF(BaseModel):
    """Precision, recall and F1 from counts.

    ``right`` of the ``predicted`` items are right, and ``found`` of the ``gold`` items
    were found. For claims the two numerators are the same matched pairs; for
    contradictions a prediction is right when it matches any gold contradiction, while
    recall counts the hard gold contradictions found.
    """

    model_config = ConfigDict(frozen=True)

    right: int
    predicted: int
    found: int
    gold: int

    @classmethod
    def from_matches(cls, matched: int, predicted: int, gold: int) -> PRF:
        """Return the measures for a one-to-one matching of ``matched`` pairs."""
        return cls(right=matched, predicted=predicted, found=matched, gold=gold)

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when there are none)."""
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items found (1.0 when there are none)."""
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int]:
        """Return the counts and the three measures."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "right": self.right,
            "predicted": self.predicted,
            "found": self.found,
            "gold": self.gold,
        }


class AttributeAccuracy(BaseModel):
    """How often an attribute is right over span-matched pairs."""

    model_config = ConfigDict(frozen=True)

    right: int
    total: int

    @property
    def accuracy(self) -> float:
        """The share right (1.0 when there are no pairs)."""
        return self.right / self.total if self.total else 1.0


class Scores(BaseModel):
    """The scores of predictions against gold, as GOLD.md defines them."""

    model_config = ConfigDict(frozen=True)

    figures: PRF
    figure_attributes: dict[str, AttributeAccuracy]
    attributions: PRF
    attribution_attributes: dict[str, AttributeAccuracy]
    source_kind: AttributeAccuracy
    """Source kind over matched figure and attribution claims together."""
    events_bcubed_precision: float
    events_bcubed_recall: float
    event_dates: AttributeAccuracy
    contradictions: PRF
    consistent_flagged: int
    missed: list[str] = []
    """Gold claims and contradictions no prediction matched, as readable lines."""
    false_positives: list[str] = []
    """Predictions that matched nothing, as readable lines."""

    @property
    def events_bcubed_f1(self) -> float:
        """B-cubed F1 of the event assignment over matched claims."""
        p, r = self.events_bcubed_precision, self.events_bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        """Return every figure as a JSON-ready dictionary."""
        return {
            "figures": {
                **self.figures.summary(),
                "attributes": {k: round(v.accuracy, 4) for k, v in self.figure_attributes.items()},
            },
            "attributions": {
                **self.attributions.summary(),
                "attributes": {
                    k: round(v.accuracy, 4) for k, v in self.attribution_attributes.items()
                },
            },
            "source_kind_accuracy": round(self.source_kind.accuracy, 4),
            "events": {
                "bcubed_precision": round(self.events_bcubed_precision, 4),
                "bcubed_recall": round(self.events_bcubed_recall, 4),
                "bcubed_f1": round(self.events_bcubed_f1, 4),
                "date_accuracy": round(self.event_dates.accuracy, 4),
                "dates_right": self.event_dates.right,
                "dates_scored": self.event_dates.total,
            },
            "contradictions": {
                **self.contradictions.summary(),
                "consistent_flagged": self.consistent_flagged,
            },
            "missed": self.missed,
            "false_positives": self.false_positives,
        }

    def format(self, details: bool = True) -> str:
        """Return the scores as readable text, then the misses and false positives."""

        def row(name: str, prf: PRF) -> str:
            return (
                f"{name:<15} P {prf.precision:6.3f}  R {prf.recall:6.3f}  F1 {prf.f1:6.3f}"
                f"   ({prf.right}/{prf.predicted} right, {prf.found}/{prf.gold} found)"
            )

        lines = [
            row("figures", self.figures),
            row("attributions", self.attributions),
            f"{'events':<15} P {self.events_bcubed_precision:6.3f}  "
            f"R {self.events_bcubed_recall:6.3f}  F1 {self.events_bcubed_f1:6.3f}   (B-cubed)"
            f"   dates right {self.event_dates.right}/{self.event_dates.total}",
            row("contradictions", self.contradictions)
            + f"   consistent pairs flagged: {self.consistent_flagged}",
            "",
            "figure attributes over span-matched pairs: "
            + ", ".join(
                f"{k} {v.accuracy:.2f} ({v.right}/{v.total})"
                for k, v in self.figure_attributes.items()
            ),
            f"source kind over matched claims: {self.source_kind.accuracy:.2f} "
            f"({self.source_kind.right}/{self.source_kind.total})",
        ]
        if details and self.missed:
            lines += ["", "missed:", *(f"  {m}" for m in self.missed)]
        if details and self.false_positives:
            lines += ["", "false positives:", *(f"  {m}" for m in self.false_positives)]
        return "\n".join(lines)


def score(gold: GoldSet, predicted: GoldSet | Report) -> Scores:
    """Score predictions against gold exactly as GOLD.md says.

    Figure claims match when in one document, their spans overlap, and metric, subject,
    low and high are equal; each gold claim matches at most one prediction, greedily by
    largest overlap. Predictions overlapping an ``ignore`` span are left out of precision;
    those overlapping a ``distractors`` span are false positives. Attribution claims match
    on document, overlap and folded actor. Events are scored with B-cubed over matched
    claims, and by the share of gold events whose predicted event has the same date at the
    gold precision (day, month or year). A predicted contradiction matches a gold one when
    its claims, mapped through the claim matching, include claims from two gold sides.
    """
    pred = (
        parse_gold(report_to_gold(predicted), texts=gold.texts, where="predictions")
        if (isinstance(predicted, Report))
        else predicted
    )
    g, p = gold.data, pred.data
    gold_figs = [c for c in g.claims if isinstance(c, GoldFigure)]
    pred_figs = [c for c in p.claims if isinstance(c, GoldFigure)]
    gold_atts = [c for c in g.claims if isinstance(c, GoldAttribution)]
    pred_atts = [c for c in p.claims if isinstance(c, GoldAttribution)]

    def same_figure(a: GoldFigure, b: GoldFigure) -> bool:
        return (a.metric, a.subject, a.low, a.high) == (b.metric, b.subject, b.low, b.high)

    def same_actor(a: GoldAttribution, b: GoldAttribution) -> bool:
        return fold_actor(a.actor) == fold_actor(b.actor)

    fig_match = _greedy_match(gold_figs, pred_figs, same_figure)
    att_match = _greedy_match(gold_atts, pred_atts, same_actor)
    missed: list[str] = []
    false_positives: list[str] = []

    # Figures: precision leaves out predictions on ignore spans; distractors count as wrong.
    matched_preds = set(fig_match.values())
    fp = 0
    for claim in pred_figs:
        if claim.id in matched_preds or _overlaps_any(claim, g.ignore):
            continue
        fp += 1
        why = " (a distractor)" if _overlaps_any(claim, g.distractors) else ""
        false_positives.append(f"{claim.doc}: {_describe(claim)}{why}")
    figures = PRF.from_matches(len(fig_match), len(fig_match) + fp, len(gold_figs))
    missed += [f"{c.id} {c.doc}: {_describe(c)}" for c in gold_figs if c.id not in fig_match]

    matched_atts = set(att_match.values())
    att_fp = [c for c in pred_atts if c.id not in matched_atts]
    attributions = PRF.from_matches(len(att_match), len(pred_atts), len(gold_atts))
    missed += [f"{c.id} {c.doc}: {_describe(c)}" for c in gold_atts if c.id not in att_match]
    false_positives += [f"{c.doc}: {_describe(c)}" for c in att_fp]

    outlets = {d.id: d.outlet for d in g.documents}
    pred_by_id = {c.id: c for c in p.claims}
    span_pairs = _greedy_match(gold_figs, pred_figs, lambda a, b: True)
    figure_attributes = _figure_attributes(gold_figs, span_pairs, pred_by_id, outlets)
    att_span_pairs = _greedy_match(gold_atts, pred_atts, lambda a, b: True)
    attribution_attributes = {
        "actor": _accuracy(
            fold_actor(a.actor) == fold_actor(pred_by_id[att_span_pairs[a.id]].actor)  # type: ignore[union-attr]
            for a in gold_atts
            if a.id in att_span_pairs
        ),
        "stance": _accuracy(
            (a.stance == pred_by_id[att_span_pairs[a.id]].stance)  # type: ignore[union-attr]
            for a in gold_atts
            if a.id in att_span_pairs
        ),
    }
    matched = {**fig_match, **att_match}
    gold_by_id = {c.id: c for c in g.claims}
    source_kind = _accuracy(
        gold_by_id[gid].source_kind == pred_by_id[pid].source_kind for gid, pid in matched.items()
    )

    bp, br = _bcubed(matched, gold_by_id, pred_by_id)
    event_dates = _event_dates(g, p, matched, gold_by_id, pred_by_id)
    contradictions, consistent_flagged, x_missed, x_false = _score_contradictions(g, p, matched)
    missed += x_missed
    false_positives += x_false
    return Scores(
        figures=figures,
        figure_attributes=figure_attributes,
        attributions=attributions,
        attribution_attributes=attribution_attributes,
        source_kind=source_kind,
        events_bcubed_precision=bp,
        events_bcubed_recall=br,
        event_dates=event_dates,
        contradictions=contradictions,
        consistent_flagged=consistent_flagged,
        missed=missed,
        false_positives=false_positives,
    )


def _overlap(a: Any, b: Any) -> int:
    if a.doc != b.doc:
        return 0
    return max(0, min(int(a.end), int(b.end)) - max(int(a.start), int(b.start)))


def _overlaps_any(claim: Any, notes: Iterable[GoldSpanNote]) -> bool:
    return any(_overlap(claim, n) > 0 for n in notes)


def _greedy_match(gold: Sequence[Any], pred: Sequence[Any], same: Any) -> dict[str, str]:
    """Match each gold item to at most one prediction, largest overlap first."""
    candidates = [
        (-_overlap(gc, pc), gc.id, pc.id)
        for gc in gold
        for pc in pred
        if _overlap(gc, pc) > 0 and same(gc, pc)
    ]
    matches: dict[str, str] = {}
    used: set[str] = set()
    for _, gid, pid in sorted(candidates):
        if gid not in matches and pid not in used:
            matches[gid] = pid
            used.add(pid)
    return matches


def _accuracy(results: Iterable[bool]) -> AttributeAccuracy:
    values = list(results)
    return AttributeAccuracy(right=sum(values), total=len(values))


def _figure_attributes(
    gold_figs: Sequence[GoldFigure],
    pairs: Mapping[str, str],
    pred_by_id: Mapping[str, Any],
    outlets: Mapping[str, str | None],
) -> dict[str, AttributeAccuracy]:
    rows = [(g, pred_by_id[pairs[g.id]]) for g in gold_figs if g.id in pairs]

    def same_source(a: GoldFigure, b: GoldFigure) -> bool:
        outlet = _fold_name(outlets.get(a.doc))
        names = {_fold_name(a.source) or outlet, _fold_name(b.source) or outlet}
        return len(names) == 1

    return {
        "metric": _accuracy(a.metric == b.metric for a, b in rows),
        "subject": _accuracy(a.subject == b.subject for a, b in rows),
        "interval": _accuracy((a.low, a.high) == (b.low, b.high) for a, b in rows),
        "qualifier": _accuracy(a.qualifier == b.qualifier for a, b in rows),
        "source_kind": _accuracy(a.source_kind == b.source_kind for a, b in rows),
        "source_name": _accuracy(same_source(a, b) for a, b in rows),
    }


def _bcubed(
    matched: Mapping[str, str], gold_by_id: Mapping[str, Any], pred_by_id: Mapping[str, Any]
) -> tuple[float, float]:
    if not matched:
        return 1.0, 1.0
    # A claim with no event (an aggregate) is a cluster of its own.
    gold_event = {gid: gold_by_id[gid].event or f"~{gid}" for gid in matched}
    pred_event = {gid: pred_by_id[pid].event or f"~{pid}" for gid, pid in matched.items()}
    precision = recall = 0.0
    for gid in matched:
        same_gold = {o for o in matched if gold_event[o] == gold_event[gid]}
        same_pred = {o for o in matched if pred_event[o] == pred_event[gid]}
        both = len(same_gold & same_pred)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    return precision / len(matched), recall / len(matched)


_DATE_LENGTH = {DatePrecision.DAY: 10, DatePrecision.MONTH: 7, DatePrecision.YEAR: 4}


def _event_dates(
    g: GoldFile,
    p: GoldFile,
    matched: Mapping[str, str],
    gold_by_id: Mapping[str, Any],
    pred_by_id: Mapping[str, Any],
) -> AttributeAccuracy:
    pred_events = {e.id: e for e in p.events}
    right = total = 0
    for event in g.events:
        if event.date_precision not in _DATE_LENGTH or not event.date:
            continue
        total += 1
        votes = Counter(
            pred_by_id[pid].event
            for gid, pid in matched.items()
            if gold_by_id[gid].event == event.id and pred_by_id[pid].event
        )
        if not votes:
            continue
        predicted = pred_events.get(votes.most_common(1)[0][0])
        length = _DATE_LENGTH[event.date_precision]
        if (
            predicted is not None
            and predicted.date
            and len(predicted.date) >= length
            and predicted.date[:length] == event.date[:length]
        ):
            right += 1
    return AttributeAccuracy(right=right, total=total)


def _score_contradictions(
    g: GoldFile, p: GoldFile, matched: Mapping[str, str]
) -> tuple[PRF, int, list[str], list[str]]:
    to_gold = {pid: gid for gid, pid in matched.items()}
    found_hard: set[str] = set()
    right = 0
    false: list[str] = []
    for x in p.contradictions:
        mapped_sides = [{to_gold[c] for c in side if c in to_gold} for side in x.groups]
        hits = [
            gx
            for gx in g.contradictions
            if sum(1 for side in gx.groups if any(c in side for s in mapped_sides for c in s)) >= 2
        ]
        if hits:
            right += 1
            found_hard.update(gx.id for gx in hits if gx.severity is Severity.HARD)
        else:
            false.append(f"contradiction {x.id}: {x.why or x.groups}")
    hard = [gx for gx in g.contradictions if gx.severity is Severity.HARD]
    missed = [f"{gx.id}: {gx.why}" for gx in hard if gx.id not in found_hard]
    prf = PRF(right=right, predicted=len(p.contradictions), found=len(found_hard), gold=len(hard))

    flagged = 0
    for pair in g.consistent:
        a, b = pair.claims[0], pair.claims[-1]
        for x in p.contradictions:
            sides = [{to_gold.get(c) for c in side} for side in x.groups]
            if any(a in s1 and b in s2 for s1 in sides for s2 in sides if s1 is not s2):
                flagged += 1
                break
    return prf, flagged, missed, false


def _describe(claim: GoldFigure | GoldAttribution) -> str:
    if isinstance(claim, GoldFigure):
        interval = f"{claim.low if claim.low is not None else ''}..{claim.high or ''}"
        what = f"{claim.metric.value} {claim.subject.value} {interval}"
    else:
        what = f"{claim.actor} {claim.stance.value}"
    return f"{what}  «{claim.quote[:80]}»"
