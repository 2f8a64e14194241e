"""The ``claimrecon-gold/1`` format as pydantic models, and :class:`GoldSet`, a file checked.

May import: :mod:`claimrecon.models` only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from claimrecon import models

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
    kind: models.EventKind = models.EventKind.OTHER
    date: str | None = None
    date_precision: models.DatePrecision | None = None
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
    source_kind: models.SourceKind = models.SourceKind.UNKNOWN


class GoldFigure(_GoldClaim):
    """A figure claim entry."""

    type: Literal["figure"] = "figure"
    metric: models.Metric
    subject: models.Subject
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    qualifier: models.Qualifier = models.Qualifier.EXACT

    @model_validator(mode="after")
    def _low_not_above_high(self) -> GoldFigure:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        # Whatever else a Figure refuses ("exact" with only a high bound) is refused here,
        # so that to_report never meets it.
        try:
            models.Figure(low=self.low, high=self.high, qualifier=self.qualifier)
        except ValidationError as exc:
            raise ValueError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None
        return self


class GoldAttribution(_GoldClaim):
    """An attribution claim entry."""

    type: Literal["attribution"] = "attribution"
    actor: str
    stance: models.Stance


GoldClaim = Annotated[GoldFigure | GoldAttribution, Field(discriminator="type")]


class GoldContradiction(_Gold):
    """A contradiction entry: ``sides`` of claim ids, or ``claims`` (one side a claim)."""

    id: str = ""
    event: str | None = None
    kind: models.FindingKind = models.FindingKind.OTHER
    sides: list[list[str]] | None = None
    claims: list[str] | None = None
    severity: models.Severity = models.Severity.HARD
    why: str = ""
    metric: models.Metric | None = None
    subject: models.Subject | None = None

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

    def documents(self) -> Iterator[models.Document]:
        """Yield the documents the file lists, with their texts."""
        for entry in self.data.documents:
            yield models.Document(
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
        texts = {doc: text for doc, text in self.texts.items() if doc in keep}
        return GoldSet(_restrict(self.data, keep), texts, self.path)

    def to_report(self) -> models.Report:
        """Return the annotation as a report: its documents, claims, events, contradictions."""
        documents = tuple(self.documents())
        claims = tuple(_claim_from_gold(c) for c in self.data.claims)
        members: dict[str, list[str]] = defaultdict(list)
        for claim in self.data.claims:
            if claim.event is not None:
                members[claim.event].append(claim.id)
        doc_of = {c.id: c.doc for c in self.data.claims}
        events = tuple(
            models.Event(
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
            models.Contradiction(
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
        return models.Report(
            documents=documents,
            claims=claims,
            events=events,
            aggregates=aggregates,
            contradictions=contradictions,
        )


def _cut_contradiction(x: GoldContradiction, kept: set[str]) -> GoldContradiction | None:
    sides = [[c for c in side if c in kept] for side in x.groups]
    sides = [side for side in sides if side]
    return x.model_copy(update={"sides": sides, "claims": None}) if len(sides) >= 2 else None


def _restrict(data: GoldFile, keep: set[str]) -> GoldFile:
    """Return the entries of ``data`` that concern the documents ``keep`` (see restrict)."""
    claims = [c for c in data.claims if c.doc in keep]
    kept = {c.id for c in claims}
    events = {c.event for c in claims}
    cut = (_cut_contradiction(x, kept) for x in data.contradictions)
    return data.model_copy(
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


def _notes_in(notes: list[GoldSpanNote], documents: set[str]) -> list[GoldSpanNote]:
    return [note for note in notes if note.doc in documents]


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


def _claim_from_gold(
    entry: GoldFigure | GoldAttribution,
) -> models.FigureClaim | models.AttributionClaim:
    common: dict[str, Any] = {
        "id": entry.id,
        "span": models.Span(doc=entry.doc, start=entry.start or 0, end=entry.end or 0),
        "quote": entry.quote,
        "source": models.Source(name=entry.source, kind=entry.source_kind),
    }
    if isinstance(entry, GoldFigure):
        figure = models.Figure(low=entry.low, high=entry.high, qualifier=entry.qualifier)
        return models.FigureClaim(
            **common, metric=entry.metric, subject=entry.subject, figure=figure
        )
    return models.AttributionClaim(**common, actor=entry.actor, stance=entry.stance)
