"""Readable reports: plain text, Markdown, HTML and the HTML summary.

May import: :mod:`claimrecon.exports.rows`, and the models, charts, eventdata, independence modules.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import jinja2
from markupsafe import Markup

from claimrecon.charts import contradiction_chart
from claimrecon.eventdata import headline
from claimrecon.exports.rows import Claim, by_event
from claimrecon.exports.wording import figure_key, figure_text, source_label
from claimrecon.independence import root_label
from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    Estimate,
    Event,
    FigureClaim,
    Metric,
    Note,
    Place,
    Report,
    Timeline,
)

# --- readable reports --------------------------------------------------------------------


class _View:
    """The report regrouped the way a person reads it: event by event."""

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

    def members(self, event: Event) -> list[Claim]:
        return [self.claims[c] for c in event.claims if c in self.claims]

    def source(self, claim: Claim) -> str:
        return source_label(claim.source, self.documents, claim.span.doc)

    def figures(self, event: Event) -> dict[str, list[tuple[str, FigureClaim]]]:
        """Figure claims by metric and subject, each with its source label."""
        table: dict[str, list[tuple[str, FigureClaim]]] = defaultdict(list)
        for claim in self.members(event):
            if isinstance(claim, FigureClaim):
                table[figure_key(claim)].append((self.source(claim), claim))
        return dict(table)

    def attributions(self, event: Event) -> list[tuple[str, AttributionClaim]]:
        return [(self.source(c), c) for c in self.members(event) if isinstance(c, AttributionClaim)]

    # The rows the Markdown and HTML reports both show, one tuple a table row.

    def figure_rows(self, event: Event) -> list[tuple[str, str, str, str]]:
        """Return (metric · subject, source, figure, quote) for each figure of the event."""
        return [
            (key, label, figure_text(claim), claim.quote)
            for key, entries in self.figures(event).items()
            for label, claim in entries
        ]

    def attribution_rows(self, event: Event) -> list[tuple[str, str, str, str]]:
        """Return (source, actor, stance, quote) for each attribution of the event."""
        return [(label, a.actor, a.stance.value, a.quote) for label, a in self.attributions(event)]

    def estimate_rows(self, event: Event) -> list[tuple[object, ...]]:
        """Return (metric, subject, low, best, high, policy) for each estimate of the event."""
        return [
            (e.metric.value, e.subject.value, e.low, e.best, e.high, e.policy)
            for e in self.estimates.get(event.id, [])
        ]

    def describe(self, claim_id: str) -> str:
        claim = self.claims.get(claim_id)
        if claim is None:
            return claim_id
        if isinstance(claim, FigureClaim):
            what = f"{figure_text(claim)} {figure_key(claim)}"
        else:
            what = f"{claim.actor} ({claim.stance.value})"
        return f"{self.source(claim)}: {what}, «{_clip(claim.quote)}» [{claim_id}]"

    def event_title(self, event: Event) -> str:
        parts = [event.kind.value, _event_date(event)]
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


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _event_date(event: Event) -> str:
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


def _estimate_text(e: Estimate, view: _View | None = None) -> str:
    def show(v: int | None) -> str:
        return "?" if v is None else str(v)

    counted = _count(len(e.claims), "claim")
    if e.sources and view is not None:
        # "3 reports, 1 independent source: Reuters"
        reports = {view.claims[c].span.doc for c in e.claims if c in view.claims}
        names = ", ".join(root_label(view.report, s) for s in e.sources)
        counted += (
            f", {_count(len(reports), 'report')}, "
            f"{_count(len(e.sources), 'independent source')}: {names}"
        )
    return (
        f"{e.metric.value} · {e.subject.value.replace('_', ' ')}: low {show(e.low)}, "
        f"best {show(e.best)}, high {show(e.high)} ({e.policy}, {counted})"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _summary(report: Report) -> str:
    return ", ".join(
        _count(len(items), noun)
        for items, noun in (
            (report.documents, "document"),
            (report.claims, "claim"),
            (report.events, "event"),
            (report.contradictions, "contradiction"),
            (report.estimates, "estimate"),
        )
    )


def to_text(report: Report) -> str:
    """Return the report as plain text a person reads in a terminal.

    Each event with its date, place and target; its figures side by side by source; who
    names whom as the perpetrator; its contradictions with their explanations; its
    estimates; then, briefly, the aggregates and the claims that belong to no event.
    """
    view = _View(report)
    timelines = _timelines_by_event(report)
    out: list[str] = [f"claimrecon report: {_summary(report)}", ""]
    for event in report.events:
        out += _text_event(view, event, timelines.get(event.id, []))
    if view.orphans:
        out.append("== Contradictions outside any event")
        for x in view.orphans:
            out.extend(_text_contradiction(view, x))
        out.append("")
    if view.aggregates:
        n = _count(len(view.aggregates), "claim")
        out.append(f"== Aggregates ({n} over a period, in no event)")
        out.extend(f"   {view.describe(c.id)}" for c in view.aggregates)
        out.append("")
    if view.loose:
        out.append(f"== Claims in no event ({len(view.loose)})")
        out.extend(f"   {view.describe(c.id)}" for c in view.loose)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _text_event(view: _View, event: Event, timelines: Sequence[Timeline]) -> list[str]:
    """Return an event's section of the text report, a blank line last."""
    out = [f"== Event {event.id}", f"   {view.event_title(event)}"]
    if event.documents:
        out.append(f"   documents: {', '.join(event.documents)}")
    out.extend(f"   merged: {why}" for why in event.evidence)
    out += _text_claims(view, event)
    contradictions = view.contradictions.get(event.id, [])
    if contradictions:
        out.append("   Contradictions:")
        for x in contradictions:
            out.extend(_text_contradiction(view, x))
    for note in view.notes.get(event.id, []):
        out.append(f"   Note ({note.rule}): {note.explanation}")
    out.extend(_text_timelines(view, timelines))
    estimates = view.estimates.get(event.id, [])
    if estimates:
        out.append("   Estimates:")
        out.extend(f"     {_estimate_text(e, view)}" for e in estimates)
    out.append("")
    return out


def _text_claims(view: _View, event: Event) -> list[str]:
    """Return an event's figures side by side by source, then who names the perpetrator."""
    out = []
    figures = view.figures(event)
    if figures:
        out.append("   Figures:")
        for key, entries in figures.items():
            cells = "  |  ".join(f"{label}: {figure_text(claim)}" for label, claim in entries)
            out.append(f"     {key:<28} {cells}")
    attributions = view.attributions(event)
    if attributions:
        out.append("   Perpetrator:")
        for label, attribution in attributions:
            out.append(
                f"     {label}: {attribution.actor} ({attribution.stance.value}), "
                f"«{_clip(attribution.quote, 60)}»"
            )
    return out


def _timelines_by_event(report: Report) -> dict[str, list[Timeline]]:
    return by_event(report.timelines)


def _text_timelines(view: _View, timelines: Sequence[Timeline]) -> list[str]:
    """Show each source's figures in publication order: "20 (2016-01-15) → 27 (2016-01-16)".

    One text's repeats of a figure are shown once.
    """
    if not timelines:
        return []
    out = ["   Timelines (each source's figures, earliest first):"]
    for timeline in timelines:
        steps: list[str] = []
        for claim_id in timeline.claims:
            claim = view.claims.get(claim_id)
            if not isinstance(claim, FigureClaim):
                continue
            document = view.documents.get(claim.span.doc)
            day = document.published if document is not None else None
            step = f"{figure_text(claim)} ({day.isoformat() if day else claim.span.doc})"
            if not steps or steps[-1] != step:
                steps.append(step)
        key = f"{timeline.metric.value} · {timeline.subject.value.replace('_', ' ')}"
        out.append(f"     {key:<28} {timeline.source}: {' → '.join(steps)}")
    return out


def _text_contradiction(view: _View, x: Contradiction) -> list[str]:
    lines = [f"     [{x.severity.value}] {x.kind.value} ({x.rule}): {x.explanation}"]
    for i, side in enumerate(x.sides, start=1):
        lines.append(f"       side {i}: " + "; ".join(view.describe(c) for c in side))
    return lines


def _md(text: object) -> str:
    """Escape text for a Markdown table cell or line."""
    s = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for ch in "*_`[]<>#":
        s = s.replace(ch, "\\" + ch)
    return s


def to_markdown(report: Report) -> str:
    """Return the report as Markdown: a section an event, figures in a table by source."""
    view = _View(report)
    out = ["# claimrecon report", "", _summary(report), ""]
    for event in report.events:
        out += [f"## {_md(view.event_title(event))}", "", f"Event `{event.id}`", ""]
        out += _md_claims(view, event)
        out += _md_findings(view, event)
        numbers = view.estimate_rows(event)
        if numbers:
            header = ("metric", "subject", "low", "best", "high", "policy")
            out += ["### Estimates", "", *_md_table(header, numbers), ""]
    if view.orphans:
        out += ["## Contradictions outside any event", ""]
        out += [f"- **{x.severity.value}** {_md(x.explanation)}" for x in view.orphans]
        out.append("")
    if view.aggregates:
        out += ["## Aggregates", ""]
        out += [f"- {_md(view.describe(c.id))}" for c in view.aggregates]
        out.append("")
    if view.loose:
        out += ["## Claims in no event", ""]
        out += [f"- {_md(view.describe(c.id))}" for c in view.loose]
        out.append("")
    return "\n".join(out)


def _md_claims(view: _View, event: Event) -> list[str]:
    """Return an event's figures and attributions as Markdown tables."""
    out: list[str] = []
    figures = view.figure_rows(event)
    if figures:
        header = ("metric · subject", "source", "figure", "quote")
        out += ["### Figures", "", *_md_table(header, figures), ""]
    attributions = view.attribution_rows(event)
    if attributions:
        header = ("source", "actor", "stance", "quote")
        out += ["### Perpetrator", "", *_md_table(header, attributions), ""]
    return out


def _md_findings(view: _View, event: Event) -> list[str]:
    """Return an event's contradictions, their sides, and its notes as Markdown lists."""
    out: list[str] = []
    contradictions = view.contradictions.get(event.id, [])
    if contradictions:
        out += ["### Contradictions", ""]
        for x in contradictions:
            what = f"{x.kind.value} (`{x.rule}`)"
            out.append(f"- **{x.severity.value}** {what}: {_md(x.explanation)}")
            for i, side in enumerate(x.sides, start=1):
                out.append(f"    - side {i}: " + "; ".join(_md(view.describe(c)) for c in side))
        out.append("")
    notes = view.notes.get(event.id, [])
    if notes:
        out += ["### Notes", ""]
        out += [f"- `{n.rule}`: {_md(n.explanation)}" for n in notes]
        out.append("")
    return out


def _md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Return the lines of a Markdown table, every cell escaped, ``None`` as empty."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join("" if c is None else _md(c) for c in row) + " |")
    return lines


@functools.lru_cache(maxsize=1)
def _templates() -> jinja2.Environment:
    """Return the template environment: HTML escaped throughout, templates in the package."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimrecon", "templates"),
        autoescape=jinja2.select_autoescape(("html.j2",)),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def chart(report: Report, contradiction: Contradiction) -> Markup:
    """Return the interval chart drawn for a contradiction in the HTML report.

    The HTML template puts it in the contradiction's ``chart`` slot, unescaped: only
    markup the library draws itself may go there (:mod:`claimrecon.charts` escapes every
    text it draws).
    """
    return Markup(contradiction_chart(report, contradiction))


def _documents_table(view: _View, ids: Iterable[str]) -> list[tuple[Any, ...]]:
    return [
        (
            d.id,
            d.outlet,
            d.title,
            d.published.isoformat() if d.published else None,
        )
        for d in (view.documents[i] for i in ids if i in view.documents)
    ]


def _html_event(view: _View, event: Event) -> dict[str, Any]:
    """Return what the HTML template shows of one event."""
    return {
        "id": event.id,
        "title": view.event_title(event),
        "documents": [_document_label(view, d) for d in event.documents],
        "evidence": event.evidence,
        "figures": view.figure_rows(event),
        "attributions": view.attribution_rows(event),
        "contradictions": [
            _html_contradiction(view, x) for x in view.contradictions.get(event.id, [])
        ],
        "notes": [(n.rule, n.explanation) for n in view.notes.get(event.id, [])],
        "estimates": view.estimate_rows(event),
    }


def _document_label(view: _View, doc_id: str) -> str:
    """Name a document by its outlet and date when it has them: "d1 (Reuters, 2017-07-31)"."""
    document = view.documents.get(doc_id)
    if document is None:
        return doc_id
    about = [
        x for x in (document.outlet, document.published and document.published.isoformat()) if x
    ]
    return f"{doc_id} ({', '.join(about)})" if about else doc_id


def _html_contradiction(view: _View, x: Contradiction) -> dict[str, Any]:
    return {
        "severity": x.severity.value,
        "kind": x.kind.value,
        "rule": x.rule,
        "explanation": x.explanation,
        "sides": [[view.describe(c) for c in side] for side in x.sides],
        "chart": chart(view.report, x),
    }


def to_html(report: Report, *, title: str = "claimrecon report") -> str:
    """Return the report as one self-contained HTML page (inline style, no scripts).

    Rendered from the package's Jinja2 template ``report.html.j2``: the documents with
    their outlets, titles and dates, then event by event. All text from the documents is
    escaped.
    """
    view = _View(report)
    page = (
        _templates()
        .get_template("report.html.j2")
        .render(
            title=title,
            summary=_summary(report),
            documents=_documents_table(view, view.documents),
            events=[_html_event(view, event) for event in report.events],
            orphans=[_html_contradiction(view, x) for x in view.orphans],
            aggregates=[view.describe(c.id) for c in view.aggregates],
            loose=[view.describe(c.id) for c in view.loose],
        )
    )
    return page.rstrip("\n") + "\n"


SUMMARY_ROWS = 20
"""How many events the notebook summary of a report shows."""


def summary_html(report: Report) -> str:
    """Return a compact HTML table of a report's events: what a notebook shows of it.

    One row an event (the first :data:`SUMMARY_ROWS`): its kind, date and place, the
    killed over everyone, and how many contradictions and estimates it has.
    """
    view = _View(report)
    estimates: dict[str, list[Estimate]] = view.estimates
    rows = []
    for event in report.events[:SUMMARY_ROWS]:
        low, best, high = headline(estimates.get(event.id, []), Metric.KILLED)
        killed = " / ".join("?" if v is None else str(v) for v in (low, best, high))
        rows.append(
            (
                event.id,
                event.kind.value,
                _event_date(event),
                event.location,
                killed if (low, best, high) != (None, None, None) else None,
                len(view.contradictions.get(event.id, [])),
                len(estimates.get(event.id, [])),
            )
        )
    return (
        _templates()
        .get_template("summary.html.j2")
        .render(
            summary=_summary(report), events=rows, more=max(0, len(report.events) - SUMMARY_ROWS)
        )
    )
