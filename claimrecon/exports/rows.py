"""The report as flat rows: the columns of each table and the functions that fill them.

May import: the models, independence, eventdata, eventview (the per-event view), wording,
trust and registry modules; the other modules of its package build on it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from claimrecon.eventdata import ACLED_COLUMNS, GED_COLUMNS, acled_rows, ged_rows, headline
from claimrecon.eventview import EventView, ReportIndex
from claimrecon.independence import independent_roots, provenance_of, root_of
from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    Document,
    Estimate,
    Event,
    FigureClaim,
    Metric,
    Note,
    Report,
    Source,
    Timeline,
)
from claimrecon.registry import Registry
from claimrecon.wording import source_label

Claim = FigureClaim | AttributionClaim

CLAIM_COLUMNS = (
    "id",
    "type",
    "doc",
    "start",
    "end",
    "quote",
    "source_name",
    "source_kind",
    "source_chain",
    "metric",
    "subject",
    "low",
    "high",
    "qualifier",
    "figure_text",
    "actor",
    "actor_text",
    "stance",
    "date",
    "date_precision",
    "date_text",
    "event",
    "aggregate",
    "part_of",
    "revision",
    "provisional",
    "confidence",
    "root",
    "root_agency",
    "copies",
    "source_trust",
)
"""The columns of the ``claims`` table, in order. ``root`` is the claim's evidence root (an
agency, or the earliest document carrying its wording), ``copies`` the other documents
that carry it (see :mod:`claimrecon.independence`); ``source_trust`` the trust TruthFinder
learned for its speaker over the report (see :mod:`claimrecon.trust`)."""

EVENT_COLUMNS = (
    "id",
    "kind",
    "date",
    "date_precision",
    "location",
    "target",
    "n_claims",
    "n_documents",
    "n_contradictions",
    "claims",
    "documents",
    "country",
    "division",
    "geonameid",
    "latitude",
    "longitude",
    "actors",
    "low",
    "best",
    "high",
    "wounded_low",
    "wounded_best",
    "wounded_high",
    "number_of_sources",
    "sources",
    "number_of_roots",
    "roots",
    "source_trust",
)
"""The columns of the ``events`` table, in order.

``low``/``best``/``high`` are the event's ``killed`` estimates over everyone (the estimate
for ``people`` when there is one, otherwise the sum over subjects that do not nest in one
another); ``actors`` the perpetrators its attribution claims name; ``sources`` the
distinct speakers of its claims, the outlet's own voice counted by its evidence root (two
reprints of one AP story are one speaker, "AP"); ``roots`` the independent evidence roots
of its claims; ``source_trust`` the mean learned trust of the speakers of its figures."""

CONTRADICTION_COLUMNS = (
    "id",
    "event",
    "rule",
    "kind",
    "severity",
    "metric",
    "subject",
    "sides",
    "claims",
    "explanation",
)
"""The columns of the ``contradictions`` table, in order."""

ESTIMATE_COLUMNS = (
    "event",
    "metric",
    "subject",
    "low",
    "best",
    "high",
    "policy",
    "n_claims",
    "claims",
    "n_sources",
    "sources",
)
"""The columns of the ``estimates`` table, in order; ``sources`` are the independent roots."""

TABLES: Mapping[str, tuple[str, ...]] = {
    "claims": CLAIM_COLUMNS,
    "events": EVENT_COLUMNS,
    "contradictions": CONTRADICTION_COLUMNS,
    "estimates": ESTIMATE_COLUMNS,
    "ged": GED_COLUMNS,
    "acled": ACLED_COLUMNS,
}
"""Every table's name and its columns."""

_LIST_SEP = "; "
_SIDE_SEP = " | "


# --- flat rows ---------------------------------------------------------------------------


def _join(items: Iterable[str]) -> str:
    return _LIST_SEP.join(items)


def _chain(source: Source) -> str:
    return _join(s.label for s in source.via)


def _claim_events(report: Report) -> dict[str, str]:
    return {claim_id: event.id for event in report.events for claim_id in event.claims}


def claim_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row a claim, with the columns of :data:`CLAIM_COLUMNS`.

    Cells that do not apply to a claim's type (``actor`` for a figure) are ``None``.
    """
    events = _claim_events(report)
    aggregates = set(report.aggregates)
    provenance = provenance_of(report)
    trust = _claim_trust(report)
    rows = []
    for claim in report.claims:
        row: dict[str, Any] = dict.fromkeys(CLAIM_COLUMNS)
        date = claim.date
        row.update(
            id=claim.id,
            type=claim.type,
            doc=claim.span.doc,
            start=claim.span.start,
            end=claim.span.end,
            quote=claim.quote,
            source_name=claim.source.name,
            source_kind=claim.source.kind.value,
            source_chain=_chain(claim.source),
            date=date.value.isoformat() if date and date.value else None,
            date_precision=date.precision.value if date and date.precision else None,
            date_text=date.text if date else None,
            event=events.get(claim.id),
            aggregate=claim.id in aggregates,
            confidence=claim.confidence,
        )
        traced = provenance.get(claim.id)
        if traced is not None:
            row.update(root=traced.root, root_agency=traced.agency, copies=_join(traced.copies))
        row["source_trust"] = trust.get(claim.id)
        row.update(claim_values(claim))
        if isinstance(claim, FigureClaim):
            row.update(
                figure_text=claim.figure.text,
                part_of=claim.part_of,
                revision=claim.revision,
                provisional=claim.provisional,
            )
        else:
            row.update(actor_text=claim.actor_text)
        rows.append(row)
    return rows


def claim_values(claim: Claim) -> dict[str, Any]:
    """Return what a claim says as flat cells, in the words of ``claimrecon-gold/1``.

    A figure gives its metric, subject, low, high and qualifier; an attribution its actor
    and stance. The claims table and the gold writer both start from these cells.
    """
    if isinstance(claim, FigureClaim):
        return {
            "metric": claim.metric.value,
            "subject": claim.subject.value,
            "low": claim.figure.low,
            "high": claim.figure.high,
            "qualifier": claim.figure.qualifier.value,
        }
    return {"actor": claim.actor, "stance": claim.stance.value}


def event_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row an event, with the columns of :data:`EVENT_COLUMNS`."""
    per_event = Counter(x.event for x in report.contradictions)
    claims = {c.id: c for c in report.claims}
    documents = {d.id: d for d in report.documents}
    estimates: dict[str, list[Estimate]] = by_event(report.estimates)
    trust = _claim_trust(report)
    rows = []
    for event in report.events:
        members = [claims[c] for c in event.claims if c in claims]
        actors = sorted({c.actor for c in members if isinstance(c, AttributionClaim)})
        rows.append(
            {
                **_event_cells(event, per_event[event.id]),
                "actors": _join(actors),
                **_event_tolls(estimates[event.id]),
                **_event_sources(report, members, documents),
                "source_trust": _mean_trust(event, trust),
            }
        )
    return rows


def _event_cells(event: Event, contradictions: int) -> dict[str, Any]:
    """Return an event's own cells: what, when, where, and how many claims and documents."""
    return {
        "id": event.id,
        "kind": event.kind.value,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision.value if event.date_precision else None,
        "location": event.location,
        "target": event.target,
        "n_claims": len(event.claims),
        "n_documents": len(event.documents),
        "n_contradictions": contradictions,
        "claims": _join(event.claims),
        "documents": _join(event.documents),
        **_place_columns(event),
    }


def _event_sources(
    report: Report, members: list[Claim], documents: Mapping[str, Document]
) -> dict[str, Any]:
    """Return who speaks of an event: its sources and their independent evidence roots."""
    sources = sorted({_root_source_label(report, c, documents) for c in members})
    roots = independent_roots(report, [(c.id, c.span.doc) for c in members])
    return {
        "number_of_sources": len(sources),
        "sources": _join(sources),
        "number_of_roots": len(roots),
        "roots": _join(roots),
    }


def _event_tolls(estimates: list[Estimate]) -> dict[str, Any]:
    """Return the headline killed and wounded estimates of an event."""
    low, best, high = headline(estimates, Metric.KILLED)
    w_low, w_best, w_high = headline(estimates, Metric.WOUNDED)
    return {
        "low": low,
        "best": best,
        "high": high,
        "wounded_low": w_low,
        "wounded_best": w_best,
        "wounded_high": w_high,
    }


def _mean_trust(event: Event, trust: Mapping[str, float]) -> float | None:
    trusted = [trust[c] for c in event.claims if c in trust]
    return round(sum(trusted) / len(trusted), 4) if trusted else None


def contradiction_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row a contradiction, with the columns of :data:`CONTRADICTION_COLUMNS`.

    ``sides`` joins each side's claim ids with ``"; "`` and the sides with ``" | "``.
    """
    return [
        {
            "id": c.id,
            "event": c.event,
            "rule": c.rule,
            "kind": c.kind.value,
            "severity": c.severity.value,
            "metric": c.metric.value if c.metric else None,
            "subject": c.subject.value if c.subject else None,
            "sides": _SIDE_SEP.join(_join(side) for side in c.sides),
            "claims": _join(c.claim_ids),
            "explanation": c.explanation,
        }
        for c in report.contradictions
    ]


def estimate_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row an estimate, with the columns of :data:`ESTIMATE_COLUMNS`."""
    return [
        {
            "event": e.event,
            "metric": e.metric.value,
            "subject": e.subject.value,
            "low": e.low,
            "best": e.best,
            "high": e.high,
            "policy": e.policy,
            "n_claims": len(e.claims),
            "claims": _join(e.claims),
            "n_sources": len(e.sources),
            "sources": _join(e.sources),
        }
        for e in report.estimates
    ]


_E = TypeVar("_E", Contradiction, Note, Estimate, Timeline)


def by_event(items: Iterable[_E]) -> dict[Any, list[_E]]:
    """Return findings, estimates or timelines grouped by their event, in report order."""
    found: dict[Any, list[_E]] = defaultdict(list)
    for item in items:
        found[item.event].append(item)
    return found


def _place_columns(event: Event) -> dict[str, Any]:
    """Return the gazetteer's columns of an event's place (all empty when unresolved)."""
    place = event.place
    return {
        "country": place.country if place else None,
        "division": place.division if place else None,
        "geonameid": place.geonameid if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
    }


def _claim_trust(report: Report) -> dict[str, float]:
    """Return the learned trust of each claim's speaker, for the claims in events."""
    from claimrecon.trust import learned_trust  # the trust module imports the estimates

    learned = learned_trust(report)
    found: dict[str, float] = {}
    # One index for every view: built per event, it made this quadratic in the report.
    index = ReportIndex.of(report)
    for event in report.events:
        ctx = EventView.build(report, event, index=index)
        for claim in ctx.claims:
            value = learned.sources.get(ctx.label(claim))
            if value is not None:
                found[claim.id] = round(value, 4)
    return found


def _root_source_label(report: Report, claim: Claim, documents: Mapping[str, Document]) -> str:
    """Label a claim's speaker; the outlet's own voice is its evidence root's."""
    if claim.source.name is None and provenance_of(report):
        root = root_of(report, claim.id, claim.span.doc)
        if root in documents:
            return source_label(claim.source, documents, root)
        return f"{root} (the document)"
    return source_label(claim.source, documents, claim.span.doc)


RowsFunction = Callable[[Report], list[dict[str, Any]]]
"""What makes one table: a report in, its flat rows out."""

table_makers = Registry[RowsFunction](
    "table",
    entries=[
        ("claims", claim_rows),
        ("events", event_rows),
        ("contradictions", contradiction_rows),
        ("estimates", estimate_rows),
        ("ged", ged_rows),
        ("acled", acled_rows),
    ],
)
"""The function that makes each table of :data:`TABLES`, by table name."""


def table_rows(report: Report, *names: str) -> dict[str, list[dict[str, Any]]]:
    """Return the tables named (every table of :data:`TABLES` by default) as flat rows."""
    return {name: table_makers.get(name)(report) for name in names or TABLES}
