"""Readable reports: plain text, Markdown, HTML and the HTML summary.

Each lays out the one walk of the report that :func:`claimrecon.exports.outline.outline`
makes, and escapes it for its format.

May import: :mod:`claimrecon.exports.outline`, and the models, charts and eventdata modules.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence

import jinja2
from markupsafe import Markup

from claimrecon.charts import contradiction_chart
from claimrecon.eventdata import headline
from claimrecon.exports.outline import (
    Finding,
    Section,
    clip,
    count,
    event_date,
    outline,
)
from claimrecon.models import Contradiction, Metric, Report

# --- plain text --------------------------------------------------------------------------


def to_text(report: Report) -> str:
    """Return the report as plain text a person reads in a terminal.

    Each event with its date, place and target; its figures side by side by source; who
    names whom as the perpetrator; its contradictions with their explanations; its
    estimates; then, briefly, the aggregates and the claims that belong to no event.
    """
    page = outline(report)
    out: list[str] = [f"claimrecon report: {page.summary}", ""]
    for section in page.sections:
        out += _text_event(section)
    if page.orphans:
        out.append("== Contradictions outside any event")
        for x in page.orphans:
            out.extend(_text_contradiction(x))
        out.append("")
    if page.aggregates:
        n = count(len(page.aggregates), "claim")
        out.append(f"== Aggregates ({n} over a period, in no event)")
        out.extend(f"   {claim}" for claim in page.aggregates)
        out.append("")
    if page.loose:
        out.append(f"== Claims in no event ({len(page.loose)})")
        out.extend(f"   {claim}" for claim in page.loose)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _text_event(section: Section) -> list[str]:
    """Return an event's section of the text report, a blank line last."""
    event = section.event
    out = [f"== Event {event.id}", f"   {section.title}"]
    if event.documents:
        out.append(f"   documents: {', '.join(event.documents)}")
    out.extend(f"   merged: {why}" for why in event.evidence)
    out += _text_claims(section)
    if section.findings:
        out.append("   Contradictions:")
        for x in section.findings:
            out.extend(_text_contradiction(x))
    for rule, explanation in section.notes:
        out.append(f"   Note ({rule}): {explanation}")
    if section.timelines:
        out.append("   Timelines (each source's figures, earliest first):")
        for line in section.timelines:
            out.append(f"     {line.key:<28} {line.source}: {' → '.join(line.steps)}")
    if section.estimate_lines:
        out.append("   Estimates:")
        out.extend(f"     {line}" for line in section.estimate_lines)
    out.append("")
    return out


def _text_claims(section: Section) -> list[str]:
    """Return an event's figures side by side by source, then who names the perpetrator."""
    out = []
    if section.figures:
        out.append("   Figures:")
        for key, rows in itertools.groupby(section.figures, key=lambda row: row[0]):
            cells = "  |  ".join(f"{source}: {figure}" for _key, source, figure, _quote in rows)
            out.append(f"     {key:<28} {cells}")
    if section.attributions:
        out.append("   Perpetrator:")
        for source, actor, stance, quote in section.attributions:
            out.append(f"     {source}: {actor} ({stance}), «{clip(quote, 60)}»")
    return out


def _text_contradiction(x: Finding) -> list[str]:
    lines = [f"     [{x.severity}] {x.kind} ({x.rule}): {x.explanation}"]
    for i, side in enumerate(x.sides, start=1):
        lines.append(f"       side {i}: " + "; ".join(side))
    return lines


# --- Markdown ----------------------------------------------------------------------------


def _md(text: object) -> str:
    """Escape text for a Markdown table cell or line."""
    s = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for ch in "*_`[]<>#":
        s = s.replace(ch, "\\" + ch)
    return s


def to_markdown(report: Report) -> str:
    """Return the report as Markdown: a section an event, figures in a table by source."""
    page = outline(report)
    out = ["# claimrecon report", "", page.summary, ""]
    for section in page.sections:
        out += [f"## {_md(section.title)}", "", f"Event `{section.event.id}`", ""]
        out += _md_claims(section)
        out += _md_findings(section)
        if section.estimate_rows:
            header = ("metric", "subject", "low", "best", "high", "policy")
            out += ["### Estimates", "", *_md_table(header, section.estimate_rows), ""]
    if page.orphans:
        out += ["## Contradictions outside any event", ""]
        out += [f"- **{x.severity}** {_md(x.explanation)}" for x in page.orphans]
        out.append("")
    for heading, claims in (("Aggregates", page.aggregates), ("Claims in no event", page.loose)):
        if claims:
            out += [f"## {heading}", "", *(f"- {_md(claim)}" for claim in claims), ""]
    return "\n".join(out)


def _md_claims(section: Section) -> list[str]:
    """Return an event's figures and attributions as Markdown tables."""
    out: list[str] = []
    if section.figures:
        header = ("metric · subject", "source", "figure", "quote")
        out += ["### Figures", "", *_md_table(header, section.figures), ""]
    if section.attributions:
        header = ("source", "actor", "stance", "quote")
        out += ["### Perpetrator", "", *_md_table(header, section.attributions), ""]
    return out


def _md_findings(section: Section) -> list[str]:
    """Return an event's contradictions, their sides, and its notes as Markdown lists."""
    out: list[str] = []
    if section.findings:
        out += ["### Contradictions", ""]
        for x in section.findings:
            out.append(f"- **{x.severity}** {x.kind} (`{x.rule}`): {_md(x.explanation)}")
            for i, side in enumerate(x.sides, start=1):
                out.append(f"    - side {i}: " + "; ".join(_md(claim) for claim in side))
        out.append("")
    if section.notes:
        out += ["### Notes", ""]
        out += [f"- `{rule}`: {_md(explanation)}" for rule, explanation in section.notes]
        out.append("")
    return out


def _md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Return the lines of a Markdown table, every cell escaped, ``None`` as empty."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join("" if c is None else _md(c) for c in row) + " |")
    return lines


# --- HTML --------------------------------------------------------------------------------


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


def to_html(report: Report, *, title: str = "claimrecon report") -> str:
    """Return the report as one self-contained HTML page (inline style, no scripts).

    Rendered from the package's Jinja2 template ``report.html.j2``: the documents with
    their outlets, titles and dates, then event by event. All text from the documents is
    escaped.
    """
    page = outline(report)
    html = (
        _templates()
        .get_template("report.html.j2")
        .render(
            title=title,
            page=page,
            chart=lambda finding: chart(report, finding.contradiction),
        )
    )
    return html.rstrip("\n") + "\n"


SUMMARY_ROWS = 20
"""How many events the notebook summary of a report shows."""


def summary_html(report: Report) -> str:
    """Return a compact HTML table of a report's events: what a notebook shows of it.

    One row an event (the first :data:`SUMMARY_ROWS`): its kind, date and place, the
    killed over everyone, and how many contradictions and estimates it has.
    """
    page = outline(report, events=SUMMARY_ROWS)
    rows = []
    for section in page.sections:
        event = section.event
        low, best, high = headline(section.estimates, Metric.KILLED)
        killed = " / ".join("?" if v is None else str(v) for v in (low, best, high))
        rows.append(
            (
                event.id,
                event.kind.value,
                event_date(event),
                event.location,
                killed if (low, best, high) != (None, None, None) else None,
                len(section.findings),
                len(section.estimates),
            )
        )
    return (
        _templates()
        .get_template("summary.html.j2")
        .render(summary=page.summary, events=rows, more=max(0, len(report.events) - SUMMARY_ROWS))
    )
