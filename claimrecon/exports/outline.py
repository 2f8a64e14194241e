"""The one walk over a report that the readable formats share: event by event.

:func:`outline` regroups a report the way a person reads it, each event with its title,
figures, attributions, findings, notes, timelines and estimates, then what belongs to no
event, every piece already worded. The plain-text, Markdown and HTML renderers in
:mod:`claimrecon.exports.render` only lay it out and escape it.

May import: :mod:`claimrecon.exports.rows`, :mod:`claimrecon.wording`, and the
models, eventdata and independence modules.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from claimrecon.exports.rows import Claim, by_event
from claimrecon.independence import root_label
from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    Estimate,
    Event,
    FigureClaim,
    Note,
    Place,
    Report,
    Timeline,
)
from claimrecon.wording import figure_key, figure_text, metric_key, source_label

Row = tuple[Any, ...]
"""One row of a table: its cells, ``None`` for an empty one."""


@dataclass(frozen=True)
class Finding:
    """A contradiction as the reports word it: its sides described claim by claim."""

    contradiction: Contradiction
    severity: str
    kind: str
    rule: str
    explanation: str
    sides: list[list[str]]  # each side's claims, described ("Reuters: 20 killed, «...» [id]")


@dataclass(frozen=True)
class TimelineLine:
    """One source's figures for a metric and subject, in publication order."""

    key: str  # "killed · all"
    source: str
    steps: list[str]  # "20 (2016-01-15)", a figure once for each text that changes it


@dataclass(frozen=True)
class Section:
    """One event as the reports show it.

    The timelines and the estimates' sentences, which only the text report shows, are
    worded when first read.
    """

    event: Event
    title: str  # kind, date, place and target
    documents: list[str]  # each document's id with its outlet and date
    figures: list[Row]  # (metric · subject, source, figure, quote), grouped by the first
    attributions: list[Row]  # (source, actor, stance, quote)
    findings: list[Finding]
    notes: list[tuple[str, str]]  # (rule, explanation)
    estimates: list[Estimate]
    estimate_rows: list[Row]  # (metric, subject, low, best, high, policy)
    _view: _View = field(repr=False, compare=False)
    _timelines: Sequence[Timeline] = field(repr=False, compare=False)

    @functools.cached_property
    def timelines(self) -> list[TimelineLine]:
        """Each source's figures for a metric and subject, in publication order."""
        return [self._view.timeline(t) for t in self._timelines]

    @functools.cached_property
    def estimate_lines(self) -> list[str]:
        """One sentence an estimate, with its independent sources."""
        return [self._view.estimate_text(e) for e in self.estimates]


@dataclass(frozen=True)
class Outline:
    """The whole report as the readable formats show it."""

    summary: str  # "5 documents, 32 claims, ..."
    documents: list[Row]  # (id, outlet, title, published)
    sections: list[Section]
    orphans: list[Finding]  # contradictions whose event is not in the report
    aggregates: list[str]  # claims over a period, described
    loose: list[str]  # claims in no event, described


def outline(report: Report, *, events: int | None = None) -> Outline:
    """Return the report regrouped event by event, every piece worded.

    Args:
        report: The report to walk.
        events: Walk only the first ``events`` events (all of them when ``None``).
    """
    view = _View(report)
    timelines = by_event(report.timelines)
    return Outline(
        summary=summary(report),
        documents=[
            (d.id, d.outlet, d.title, d.published.isoformat() if d.published else None)
            for d in view.documents.values()
        ],
        sections=[view.section(e, timelines.get(e.id, [])) for e in report.events[:events]],
        orphans=[view.finding(x) for x in view.orphans],
        aggregates=[view.describe(c.id) for c in view.aggregates],
        loose=[view.describe(c.id) for c in view.loose],
    )


class _View:
    """The report's claims, documents and findings, indexed for the walk."""

    def __init__(self, report: Report):
        self.report = report
        self.claims: dict[str, Claim] = {c.id: c for c in report.claims}
        self.documents = {d.id: d for d in report.documents}
        self.contradictions: dict[str | None, list[Contradiction]] = by_event(report.contradictions)
        self.notes: dict[str | None, list[Note]] = by_event(report.notes)
        self.estimates: dict[str, list[Estimate]] = by_event(report.estimates)
        in_event = {c for event in report.events for c in event.claims}
        aggregates = set(report.aggregates)
        self.aggregates = [self.claims[c] for c in report.aggregates if c in self.claims]
        known_events = {e.id for e in report.events}
        self.orphans = [x for x in report.contradictions if x.event not in known_events]
        self.loose = [c for c in report.claims if c.id not in in_event and c.id not in aggregates]

    def section(self, event: Event, timelines: Sequence[Timeline]) -> Section:
        estimates = self.estimates.get(event.id, [])
        return Section(
            event=event,
            title=event_title(event),
            documents=[self.document_label(d) for d in event.documents],
            figures=self.figure_rows(event),
            attributions=[
                (self.source(c), c.actor, c.stance.value, c.quote)
                for c in self.members(event)
                if isinstance(c, AttributionClaim)
            ],
            findings=[self.finding(x) for x in self.contradictions.get(event.id, [])],
            notes=[(n.rule, n.explanation) for n in self.notes.get(event.id, [])],
            estimates=estimates,
            estimate_rows=[
                (e.metric.value, e.subject.value, e.low, e.best, e.high, e.policy)
                for e in estimates
            ],
            _view=self,
            _timelines=timelines,
        )

    def members(self, event: Event) -> list[Claim]:
        return [self.claims[c] for c in event.claims if c in self.claims]

    def source(self, claim: Claim) -> str:
        return source_label(claim.source, self.documents, claim.span.doc)

    def figure_rows(self, event: Event) -> list[Row]:
        """Return (metric · subject, source, figure, quote), the rows of one key together."""
        table: dict[str, list[FigureClaim]] = defaultdict(list)
        for claim in self.members(event):
            if isinstance(claim, FigureClaim):
                table[figure_key(claim)].append(claim)
        return [
            (key, self.source(claim), figure_text(claim), claim.quote)
            for key, claims in table.items()
            for claim in claims
        ]

    def finding(self, x: Contradiction) -> Finding:
        return Finding(
            contradiction=x,
            severity=x.severity.value,
            kind=x.kind.value,
            rule=x.rule,
            explanation=x.explanation,
            sides=[[self.describe(c) for c in side] for side in x.sides],
        )

    def describe(self, claim_id: str) -> str:
        claim = self.claims.get(claim_id)
        if claim is None:
            return claim_id
        if isinstance(claim, FigureClaim):
            what = f"{figure_text(claim)} {figure_key(claim)}"
        else:
            what = f"{claim.actor} ({claim.stance.value})"
        return f"{self.source(claim)}: {what}, «{clip(claim.quote)}» [{claim_id}]"

    def document_label(self, doc_id: str) -> str:
        """Name a document by its outlet and date when it has them: "d1 (Reuters, 2017-07-31)"."""
        document = self.documents.get(doc_id)
        if document is None:
            return doc_id
        published = document.published and document.published.isoformat()
        about = [x for x in (document.outlet, published) if x]
        return f"{doc_id} ({', '.join(about)})" if about else doc_id

    def timeline(self, timeline: Timeline) -> TimelineLine:
        """Return a source's figures in publication order; one text's repeats once."""
        steps: list[str] = []
        for claim_id in timeline.claims:
            claim = self.claims.get(claim_id)
            if not isinstance(claim, FigureClaim):
                continue
            document = self.documents.get(claim.span.doc)
            day = document.published if document is not None else None
            step = f"{figure_text(claim)} ({day.isoformat() if day else claim.span.doc})"
            if not steps or steps[-1] != step:
                steps.append(step)
        return TimelineLine(metric_key(timeline.metric, timeline.subject), timeline.source, steps)

    def estimate_text(self, e: Estimate) -> str:
        """Return "killed · all: low 20, best 27, high 30 (policy, 3 claims, ...)"."""

        def show(v: int | None) -> str:
            return "?" if v is None else str(v)

        counted = count(len(e.claims), "claim")
        if e.sources:
            # "3 reports, 1 independent source: Reuters"
            reports = {self.claims[c].span.doc for c in e.claims if c in self.claims}
            names = ", ".join(root_label(self.report, s) for s in e.sources)
            counted += (
                f", {count(len(reports), 'report')}, "
                f"{count(len(e.sources), 'independent source')}: {names}"
            )
        return (
            f"{metric_key(e.metric, e.subject)}: low {show(e.low)}, "
            f"best {show(e.best)}, high {show(e.high)} ({e.policy}, {counted})"
        )


def event_title(event: Event) -> str:
    """Return an event's kind, date, place and target, as a heading."""
    parts = [event.kind.value, event_date(event)]
    if event.location:
        parts.append(f"in {event.location}{_where(event.place)}")
    if event.target:
        parts.append(f"target: {event.target}")
    return ", ".join(parts)


def _where(place: Place | None) -> str:
    """Return " (AF, 34.53, 69.17)" for a resolved place, else nothing."""
    if place is None or place.country is None:
        return ""
    if place.latitude is None or place.longitude is None:
        return f" ({place.country})"
    return f" ({place.country}, {place.latitude:.2f}, {place.longitude:.2f})"


def clip(text: str, limit: int = 90) -> str:
    """Return ``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def event_date(event: Event) -> str:
    """Show an event's date no more precisely than it is known."""
    date, precision = event.date, event.date_precision
    if date is None:
        return "undated"
    if precision is None or precision is DatePrecision.DAY:
        return date.isoformat()
    if precision is DatePrecision.YEAR:
        return f"{date.year}"
    shown = f"{date.year}-{date.month:02d}"
    return shown if precision is DatePrecision.MONTH else f"{shown} ({precision.value})"


def count(n: int, noun: str) -> str:
    """Return "1 claim" or "3 claims"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary(report: Report) -> str:
    """Return what a report holds: "5 documents, 32 claims, 2 events, ..."."""
    return ", ".join(
        count(len(items), noun)
        for items, noun in (
            (report.documents, "document"),
            (report.claims, "claim"),
            (report.events, "event"),
            (report.contradictions, "contradiction"),
            (report.estimates, "estimate"),
        )
    )
