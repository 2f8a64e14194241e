"""The public data structures: documents, claims, events, findings, estimates and reports.

Every model is a frozen pydantic model that forbids unknown fields, so a report written
as JSON reads back as an equal report. The vocabularies (metrics, subjects, source kinds,
stances, ...) are string enums whose values are the words of the ``claimrecon-gold/1``
format.

May import: :mod:`claimrecon.exports`, and only to draw a report in a notebook.

Example:
    >>> from claimrecon.models import Figure, Qualifier
    >>> over_100 = Figure(low=101, high=None, qualifier=Qualifier.AT_LEAST, text="over 100")
    >>> more_than_100 = Figure(low=101, high=None, qualifier=Qualifier.AT_LEAST)
    >>> over_100.compatible(more_than_100)
    True
    >>> Figure.exact(7).compatible(Figure.exact(10))
    False
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Annotated, Any, ClassVar, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, model_validator

__all__ = [
    "ABOUT_TOLERANCE",
    "AttributionClaim",
    "Claim",
    "Contradiction",
    "CopiedPassage",
    "DatePrecision",
    "DateRef",
    "Document",
    "Estimate",
    "Event",
    "EventKind",
    "Figure",
    "FigureClaim",
    "FindingKind",
    "Metric",
    "Note",
    "Place",
    "Provenance",
    "Qualifier",
    "Report",
    "Severity",
    "Skipped",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "Subject",
    "Timeline",
    "Tolerance",
]


_SURROGATE = re.compile("[\ud800-\udfff]")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def _set_derived_id(self, value: str) -> None:
        """Set a content id in an after-validator: the one write to a frozen model.

        It runs once, during validation, before anyone sees the model.
        """
        object.__setattr__(self, "id", value)


_SelfIdentified = TypeVar("_SelfIdentified", bound="_ContentIdentified")


class _ContentIdentified(_Frozen):
    """A model whose ``id``, when not given, is a hash of what it says (see ``_id_payload``)."""

    id: str = ""
    _id_prefix: ClassVar[str]

    def _id_payload(self) -> dict[str, Any]:
        raise NotImplementedError

    @model_validator(mode="after")
    def _derive_id(self: _SelfIdentified) -> _SelfIdentified:
        if not self.id:
            self._set_derived_id(_content_id(self._id_prefix, self._id_payload()))
        return self


# --- vocabularies ------------------------------------------------------------------------


class SourceKind(str, Enum):
    """What kind of speaker asserts a claim."""

    OFFICIAL = "official"
    """A government, its ministries, police, army or spokespeople."""
    MILITANT = "militant"
    """An armed group, its members or its media outlets (Amaq, ...)."""
    MEDIA = "media"
    """A news outlet or agency speaking in its own voice."""
    NGO = "ngo"
    """A humanitarian or human-rights organisation, a hospital charity, the UN."""
    EXPERT = "expert"
    """An analyst or researcher."""
    WITNESS = "witness"
    """A witness, survivor or resident."""
    UNKNOWN = "unknown"
    """A speaker the text does not name or type."""


class Metric(str, Enum):
    """What a figure counts."""

    KILLED = "killed"
    """People killed."""
    WOUNDED = "wounded"
    """People wounded or injured."""
    CASUALTIES = "casualties"
    """Killed and wounded together."""
    COUNT = "count"
    """How many took part, e.g. attackers."""
    ARRESTED = "arrested"
    """People arrested or detained."""
    MISSING = "missing"
    """People missing."""
    DISPLACED = "displaced"
    """People displaced or evacuated from their homes."""

    @property
    def components(self) -> tuple[Metric, ...]:
        """The metrics this one adds up (``casualties`` is ``killed`` plus ``wounded``)."""
        if self is Metric.CASUALTIES:
            return (Metric.KILLED, Metric.WOUNDED)
        return ()


class Subject(str, Enum):
    """Whom a figure counts; the members form a tree rooted at ``people``.

    Example:
        >>> Subject.SECURITY_FORCES.contains(Subject.POLICE)
        True
        >>> Subject.POLICE.contains(Subject.PEOPLE)
        False
    """

    PEOPLE = "people"
    """Everyone: the root of the tree."""
    CIVILIANS = "civilians"
    """Civilians."""
    SECURITY_FORCES = "security_forces"
    """Police, soldiers and guards together."""
    MILITANTS = "militants"
    """Members of armed groups, attackers included."""
    STAFF = "staff"
    """Staff of a place: embassy, hospital or ministry employees."""
    OFFICIALS = "officials"
    """Officials and politicians."""
    POLICE = "police"
    """Police officers (within security forces)."""
    SOLDIERS = "soldiers"
    """Soldiers (within security forces)."""
    GUARDS = "guards"
    """Guards (within security forces)."""
    LEADERS = "leaders"
    """Leaders and commanders of armed groups (within militants)."""
    CHILDREN = "children"
    """Children (within civilians)."""
    WOMEN = "women"
    """Women (within civilians)."""
    JOURNALISTS = "journalists"
    """Journalists (within civilians)."""

    @property
    def parent(self) -> Subject | None:
        """The subject directly above this one, or ``None`` for ``people``."""
        return _SUBJECT_PARENT[self]

    def ancestors(self) -> tuple[Subject, ...]:
        """Return the subjects above this one, nearest first."""
        chain: list[Subject] = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return tuple(chain)

    def contains(self, other: Subject) -> bool:
        """Say whether every member of ``other`` is a member of this subject."""
        return other is self or self in other.ancestors()

    def disjoint(self, other: Subject) -> bool:
        """Say whether the two subjects can share no member (neither contains the other)."""
        return not (self.contains(other) or other.contains(self))


_SUBJECT_PARENT: dict[Subject, Subject | None] = {
    Subject.PEOPLE: None,
    Subject.CIVILIANS: Subject.PEOPLE,
    Subject.SECURITY_FORCES: Subject.PEOPLE,
    Subject.MILITANTS: Subject.PEOPLE,
    Subject.STAFF: Subject.PEOPLE,
    Subject.OFFICIALS: Subject.PEOPLE,
    Subject.POLICE: Subject.SECURITY_FORCES,
    Subject.SOLDIERS: Subject.SECURITY_FORCES,
    Subject.GUARDS: Subject.SECURITY_FORCES,
    Subject.LEADERS: Subject.MILITANTS,
    Subject.CHILDREN: Subject.CIVILIANS,
    Subject.WOMEN: Subject.CIVILIANS,
    Subject.JOURNALISTS: Subject.CIVILIANS,
}


class Qualifier(str, Enum):
    """The kind of wording a figure was given in."""

    EXACT = "exact"
    """27"""
    AT_LEAST = "at_least"
    """at least 5, more than 100, over 100"""
    AT_MOST = "at_most"
    """up to 235, as many as 235, fewer than 10"""
    ABOUT = "about"
    """around ten: compared with a tolerance"""
    RANGE = "range"
    """1,000-2,000; between 5 and 10"""


class Stance(str, Enum):
    """How an attribution claim names its perpetrator."""

    CLAIMED = "claimed"
    """The actor itself claims responsibility."""
    ASSERTED = "asserted"
    """Stated as fact."""
    BELIEVED = "believed"
    """Believed by the speaker to be the perpetrator."""
    SUSPECTED = "suspected"
    """Suspected, or named with a hedge ("apparent", "likely")."""
    DENIED = "denied"
    """The actor denies it."""


class EventKind(str, Enum):
    """What kind of event a group of claims describes."""

    ATTACK = "attack"
    """An attack: a bombing, a shooting, a raid on a place."""
    STRIKE = "strike"
    """An air, drone, missile or artillery strike."""
    OPERATIONS = "operations"
    """A military operation or campaign over days."""
    BATTLE = "battle"
    """Fighting between armed forces."""
    OTHER = "other"
    """Anything else."""


class DatePrecision(str, Enum):
    """How much of a date is known."""

    DAY = "day"
    """The day is known."""
    MONTH = "month"
    """Only the month is known."""
    SEASON = "season"
    """Only the season is known (three months)."""
    YEAR = "year"
    """Only the year is known."""
    PERIOD = "period"
    """A span of days, such as a week."""


class FindingKind(str, Enum):
    """What a finding is about."""

    FIGURE = "figure"
    """Figures of one metric and subject that disagree."""
    ATTRIBUTION = "attribution"
    """Sources that name different perpetrators."""
    DATE = "date"
    """Dates that cannot be the same event's."""
    OTHER = "other"
    """Anything else."""
    REVISION = "revision"
    """A later figure corrects an earlier one (a figure contradiction over time)."""


class Severity(str, Enum):
    """How sure a contradiction is."""

    HARD = "hard"
    """The claims cannot all be true."""
    SOFT = "soft"
    """The claims are unlikely to all be true."""


# --- documents and provenance ------------------------------------------------------------


class _Shortened:
    """A long text in a repr: its start, then how long it is."""

    def __init__(self, text: str, keep: int) -> None:
        self.head, self.length = text[:keep], len(text)

    def __repr__(self) -> str:
        return f"{self.head!r}… ({self.length:,} characters)"


class Document(_Frozen):
    """A news article to analyse.

    Example:
        >>> Document(id="d1", text="Two people were killed.").published is None
        True
    """

    id: Annotated[str, Field(min_length=1)]
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None

    _REPR_TEXT: ClassVar[int] = 60
    """Characters of the text a repr shows: a notebook cell stays one line, not an article."""

    def __repr_args__(self) -> Iterable[tuple[str | None, Any]]:
        for name, value in super().__repr_args__():
            if name == "text" and isinstance(value, str) and len(value) > self._REPR_TEXT:
                value = _Shortened(value, self._REPR_TEXT)
            yield name, value

    @model_validator(mode="after")
    def _encodable(self) -> Document:
        # A lone surrogate ("\ud800") is no character: no output format could write it.
        for name in ("id", "text", "outlet", "title", "url"):
            value = getattr(self, name)
            found = _SURROGATE.search(value) if isinstance(value, str) else None
            if found is not None:
                raise ValueError(
                    f"{name} holds a lone surrogate U+{ord(found.group()):04X} at character "
                    f"{found.start()}: not Unicode text"
                )
        return self


class Span(_Frozen):
    """A run of characters in a document: ``text[start:end]``.

    Example:
        >>> doc = Document(id="d1", text="Two people were killed.")
        >>> Span(doc="d1", start=0, end=10).text(doc)
        'Two people'
    """

    doc: Annotated[str, Field(min_length=1)]
    start: NonNegativeInt
    end: NonNegativeInt

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} is after its end {self.end}")
        return self

    def text(self, document: Document) -> str:
        """Return the characters this span covers in ``document``.

        Raises:
            ValueError: If the document is another one, or too short for the span.
        """
        if document.id != self.doc:
            raise ValueError(f"span is in document {self.doc!r}, not {document.id!r}")
        if self.end > len(document.text):
            raise ValueError(
                f"span {self.start}..{self.end} runs past the end of document {self.doc!r} "
                f"({len(document.text)} characters)"
            )
        return document.text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Say whether the two spans are in one document and share a character."""
        return self.doc == other.doc and self.start < other.end and other.start < self.end


class Source(_Frozen):
    """Who asserts a claim.

    ``name=None`` is the document's own voice: the outlet or its reporter. ``via`` is the
    chain of intermediaries, nearest the reader first: the Islamic State speaking via its
    Amaq news agency, or police quoted by AP.

    Example:
        >>> amaq = Source(name="Amaq news agency", kind=SourceKind.MILITANT)
        >>> Source(name="Islamic State", kind=SourceKind.MILITANT, via=(amaq,)).label
        'Islamic State (via Amaq news agency)'
    """

    name: str | None = None
    kind: SourceKind = SourceKind.UNKNOWN
    via: tuple[Source, ...] = ()

    @property
    def label(self) -> str:
        """A readable name: the speaker, then its intermediaries."""
        name = self.name or "the document"
        if not self.via:
            return name
        return f"{name} (via {', '.join(s.label for s in self.via)})"


class DateRef(_Frozen):
    """A date expression in the text and what it resolves to.

    ``value`` is the first day the expression can mean at its ``precision`` ("in January
    2018" is 2018-01-01 at month precision); ``None`` when it could not be resolved, for
    example a relative date in a document without a publication date.
    """

    text: str
    value: dt.date | None = None
    precision: DatePrecision | None = None
    span: Span | None = None

    @property
    def resolved(self) -> bool:
        """Say whether the expression was resolved to a date."""
        return self.value is not None


# --- figures -----------------------------------------------------------------------------


class Tolerance(_Frozen):
    """How far an ``about`` figure may stray: ``max(absolute, relative * n)`` either way.

    The default, 10 % and at least 1, reads "around five" as 4..6 and "around 100" as
    90..110: a writer who rounds to "about" rounds to the nearest round number, so a count
    12 % away ("around 100" against 88) is another count, not the same one rounded. The
    rules (which figures are compatible) and the estimates (which figures update which)
    read ``about`` figures under one tolerance, passed to both.
    """

    relative: Annotated[float, Field(ge=0)] = 0.1
    absolute: NonNegativeInt = 1

    def widen(self, n: int) -> tuple[int, int]:
        """Return the interval an ``about n`` figure allows."""
        slack = max(float(self.absolute), self.relative * n)
        return max(0, math.floor(n - slack)), math.ceil(n + slack)


ABOUT_TOLERANCE = Tolerance()
"""The tolerance used for ``about`` figures unless another one is given."""


def _one_count(low: int | None, high: int | None) -> bool:
    return low is not None and low == high


_FIGURE_SHAPES: dict[Qualifier, tuple[Callable[[int | None, int | None], bool], str]] = {
    Qualifier.EXACT: (_one_count, "an 'exact' figure needs low == high"),
    Qualifier.ABOUT: (_one_count, "an 'about' figure needs low == high"),
    Qualifier.AT_LEAST: (
        lambda low, high: low is not None and high is None,
        "an 'at_least' figure needs a low and no high",
    ),
    Qualifier.AT_MOST: (
        lambda low, high: high is not None and low is None,
        "an 'at_most' figure needs a high and no low",
    ),
    Qualifier.RANGE: (
        lambda low, high: low is not None and high is not None,
        "a 'range' figure needs both ends",
    ),
}
"""Which ends each qualifier's interval has, and the error that says so when they differ."""

_FIGURE_WORDS = {
    Qualifier.EXACT: "{low}",
    Qualifier.ABOUT: "about {low}",
    Qualifier.AT_LEAST: "at least {low}",
    Qualifier.AT_MOST: "at most {high}",
    Qualifier.RANGE: "{low}-{high}",
}
"""How a figure without its own wording reads, by qualifier."""


class Figure(_Frozen):
    """A number as the text gives it: an interval of whole numbers and its qualifier.

    ``low=None`` or ``high=None`` is unbounded on that side; counts are never negative, so
    an unbounded ``low`` is 0 in comparisons.
    """

    low: NonNegativeInt | None = None
    high: NonNegativeInt | None = None
    qualifier: Qualifier = Qualifier.EXACT
    text: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> Figure:
        low, high = self.low, self.high
        if low is not None and high is not None and low > high:
            raise ValueError(f"figure low {low} is above its high {high}")
        holds, needs = _FIGURE_SHAPES[self.qualifier]
        if not holds(low, high):
            raise ValueError(f"{needs}, got {low}..{high}")
        return self

    @classmethod
    def exact(cls, n: int, text: str = "") -> Figure:
        """Return the figure ``n`` exactly."""
        return cls(low=n, high=n, qualifier=Qualifier.EXACT, text=text)

    def bounds(self, tolerance: Tolerance = ABOUT_TOLERANCE) -> tuple[int, int | None]:
        """Return the lowest and highest counts the figure allows (``None``: no limit)."""
        if self.qualifier is Qualifier.ABOUT and self.low is not None:
            return tolerance.widen(self.low)
        return (self.low or 0), self.high

    def compatible(self, other: Figure, tolerance: Tolerance = ABOUT_TOLERANCE) -> bool:
        """Say whether both figures can be true of one count: their intervals meet."""
        lo1, hi1 = self.bounds(tolerance)
        lo2, hi2 = other.bounds(tolerance)
        return (hi1 is None or lo2 <= hi1) and (hi2 is None or lo1 <= hi2)

    def exceeds(self, other: Figure, tolerance: Tolerance = ABOUT_TOLERANCE) -> bool:
        """Say whether this figure must be larger than every count ``other`` allows."""
        lo, _ = self.bounds(tolerance)
        _, other_hi = other.bounds(tolerance)
        return other_hi is not None and lo > other_hi

    def words(self) -> str:
        """Return the figure as a number phrase, whatever its text: "about 10", "5-10".

        Example:
            >>> Figure(low=101, high=None, qualifier=Qualifier.AT_LEAST, text="over 100").words()
            'at least 101'
        """
        return _FIGURE_WORDS[self.qualifier].format(low=self.low, high=self.high)

    def __str__(self) -> str:
        return self.text or self.words()


# --- claims ------------------------------------------------------------------------------


def _content_id(prefix: str, payload: dict[str, Any]) -> str:
    blob = json.dumps(payload, sort_keys=True, default=str).encode()
    return f"{prefix}-{hashlib.blake2b(blob, digest_size=6).hexdigest()}"


class _ClaimBase(_ContentIdentified):
    id: str = Field(
        default="",
        description="Stable identifier; derived from the claim's content when not given.",
    )
    span: Span
    quote: str = Field(description="The text the span covers, kept for reading exports.")
    source: Source = Source()
    date: DateRef | None = None
    confidence: Annotated[float, Field(ge=0, le=1)] = 1.0

    _id_prefix: ClassVar[str] = "c"

    def _identity(self) -> dict[str, Any]:
        raise NotImplementedError

    def _id_payload(self) -> dict[str, Any]:
        span = self.span
        return {"doc": span.doc, "start": span.start, "end": span.end, **self._identity()}


class FigureClaim(_ClaimBase):
    """A source gives a figure for a metric and a subject.

    ``part_of`` names the claim this one is a part of ("27 killed, including seven
    policemen"); ``revision`` marks a figure introduced as an update ("the toll rose to");
    ``provisional`` marks one given as early or incomplete ("initially", "so far").
    """

    type: Literal["figure"] = "figure"
    metric: Metric
    subject: Subject
    figure: Figure
    part_of: str | None = None
    revision: bool = False
    provisional: bool = False
    """The figure is given as early or incomplete ("initially said 30", "15 dead so far"): a
    later, larger figure for the same event updates it rather than contradicting it."""

    _id_prefix: ClassVar[str] = "fig"

    def _identity(self) -> dict[str, Any]:
        f = self.figure
        return {
            "metric": self.metric.value,
            "subject": self.subject.value,
            "low": f.low,
            "high": f.high,
            "qualifier": f.qualifier.value,
        }


class AttributionClaim(_ClaimBase):
    """A source names a perpetrator, with a stance.

    ``actor`` is the canonical name after alias folding ("ISIS-K" is the Islamic State);
    ``actor_text`` is the name as written.
    """

    type: Literal["attribution"] = "attribution"
    actor: Annotated[str, Field(min_length=1)]
    actor_text: str | None = None
    stance: Stance

    _id_prefix: ClassVar[str] = "att"

    def _identity(self) -> dict[str, Any]:
        return {"actor": self.actor, "stance": self.stance.value}


Claim = Annotated[FigureClaim | AttributionClaim, Field(discriminator="type")]
"""A figure claim or an attribution claim, told apart by ``type``."""


# --- events, findings, estimates, report ---------------------------------------------------


class Place(_Frozen):
    """A place as a gazetteer knows it, or only its name when the gazetteer does not.

    ``geonameid`` is the GeoNames id, ``country`` the ISO 3166 alpha-2 code, ``division``
    the GeoNames code of the first-level division (province, state) within the country.
    """

    name: Annotated[str, Field(min_length=1)]
    geonameid: int | None = None
    country: str | None = None
    division: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    level: Literal["country", "division", "city"] | None = None

    @property
    def resolved(self) -> bool:
        """Say whether the gazetteer knew the name."""
        return self.level is not None


class Event(_Frozen):
    """One real-world event and the claims that describe it.

    ``place`` is ``location`` as the gazetteer resolved it; ``evidence`` says, for each
    merge of two reports into this event, why they were taken as one.
    """

    id: Annotated[str, Field(min_length=1)]
    kind: EventKind = EventKind.OTHER
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    location: str | None = None
    place: Place | None = None
    target: str | None = None
    claims: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


class _Finding(_ContentIdentified):
    """What a rule found: the rule's name and the kind of finding."""

    rule: str
    kind: FindingKind


class Contradiction(_Finding):
    """Claims of one event that cannot all be true, found by a rule.

    ``sides`` holds two or more groups of claim ids: each claim agrees with its own side
    and disagrees with every other side.
    """

    severity: Severity
    event: str | None = None
    metric: Metric | None = None
    subject: Subject | None = None
    sides: Annotated[tuple[tuple[str, ...], ...], Field(min_length=2)]
    explanation: str

    _id_prefix: ClassVar[str] = "x"

    def _id_payload(self) -> dict[str, Any]:
        # Sorted sides make the id independent of the order the rule found them in.
        return {
            "rule": self.rule,
            "event": self.event,
            "sides": sorted(sorted(side) for side in self.sides),
        }

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """Every claim on every side."""
        return tuple(c for side in self.sides for c in side)


class Note(_Finding):
    """A remark that is not a contradiction: a revised figure, a self-interested source."""

    event: str | None = None
    claims: tuple[str, ...]
    explanation: str

    _id_prefix: ClassVar[str] = "n"

    def _id_payload(self) -> dict[str, Any]:
        return {"rule": self.rule, "event": self.event, "claims": sorted(self.claims)}


class _EventCount(_Frozen):
    """What a timeline or an estimate is of: one event's count of one metric and subject."""

    event: str
    metric: Metric
    subject: Subject


class Timeline(_EventCount):
    """One source's figures for one event, metric and subject, in publication order.

    ``source`` names the speaker as explanations do ("police (official)"; an outlet for
    its own voice); ``claims`` are its figure claims, earliest publication first (a
    claim of unknown publication last), then in the order of the text. Only a source that
    gave two different figures has a timeline.
    """

    source: str
    claims: Annotated[tuple[str, ...], Field(min_length=2)]


class Estimate(_EventCount):
    """Low, best and high figures for one event, metric and subject under a policy."""

    low: NonNegativeInt | None = None
    best: NonNegativeInt | None = None
    high: NonNegativeInt | None = None
    policy: str
    claims: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    """The independent evidence roots of the claims: an agency, or the earliest document
    of a copied passage (see :mod:`claimrecon.independence`)."""

    @model_validator(mode="after")
    def _ordered(self) -> Estimate:
        known = [v for v in (self.low, self.best, self.high) if v is not None]
        if known != sorted(known):
            raise ValueError(
                f"estimate needs low <= best <= high, got {self.low}, {self.best}, {self.high}"
            )
        return self


class CopiedPassage(_Frozen):
    """A run of wording two documents share, copied from one another or from a wire.

    Numbers are compared masked, so a passage whose figure an outlet edited ("40" to
    "45") is still one passage (see :mod:`claimrecon.independence`).
    """

    first: Span
    second: Span
    words: NonNegativeInt
    """How many words the shared run holds."""


class Provenance(_Frozen):
    """A claim's evidence root: where its wording came from.

    ``root`` is a news agency the text credits ("AFP"), or the id of the earliest
    document that carries the wording; claims with one root are one voice, however many
    outlets reprinted them.
    """

    claim: str
    root: str
    agency: str | None = None
    """The agency credited, when the root is one."""
    copies: tuple[str, ...] = ()
    """The other documents that carry the claim's passage."""


class Skipped(_Frozen):
    """A document left out of a report because it could not be analysed, and why.

    Example:
        >>> Skipped(document="d7", stage="extract", error="sentence 3: ...").stage
        'extract'
    """

    document: str
    stage: str
    error: str


class Report(_Frozen):
    """Everything claimrecon found in a set of documents.

    ``aggregates`` lists the claims that count over a period ("1,662 civilians killed in
    the first six months of 2017") and so belong to no event. ``passages`` are the wire
    copies found between documents and ``provenance`` each claim's evidence root (both
    empty until :func:`claimrecon.independence.trace_roots` runs).
    """

    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    aggregates: tuple[str, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    notes: tuple[Note, ...] = ()
    timelines: tuple[Timeline, ...] = ()
    """Each source's figures in publication order (see :class:`Timeline`), filled by
    :func:`claimrecon.rules.find_contradictions`."""
    estimates: tuple[Estimate, ...] = ()
    passages: tuple[CopiedPassage, ...] = ()
    provenance: tuple[Provenance, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    """The documents left out under ``analyze(..., on_error="skip" | "collect")``."""

    def __repr__(self) -> str:
        """Count what the report holds, in one short line (the fields are in the model).

        Example:
            >>> Report()
            Report(0 documents, 0 claims, 0 events, 0 contradictions, 0 estimates)
        """
        counts = ", ".join(
            f"{len(getattr(self, field))} {field}"
            for field in ("documents", "claims", "events", "contradictions", "estimates")
        )
        return f"Report({counts})"

    def _repr_html_(self) -> str:
        """Show the report in a notebook: a table of its events, contradictions and estimates."""
        from claimrecon.exports import summary_html  # exports builds on these models

        return summary_html(self)

    def claim(self, claim_id: str) -> FigureClaim | AttributionClaim:
        """Return the claim with this id.

        Raises:
            KeyError: If no claim has the id.
        """
        return _by_id(self.claims, claim_id)

    def document(self, doc_id: str) -> Document:
        """Return the document with this id.

        Raises:
            KeyError: If no document has the id.
        """
        return _by_id(self.documents, doc_id)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Identified = TypeVar("_Identified", bound=_HasId)


def _by_id(items: Iterable[_Identified], wanted: str) -> _Identified:
    """Return the first item with the id; a linear search, as reports are looked up rarely."""
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)
