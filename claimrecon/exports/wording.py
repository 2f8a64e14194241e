"""How the exports word a claim: its figure, its interval, its speaker.

May import: :mod:`claimrecon.models` only.
"""

from __future__ import annotations

from collections.abc import Mapping

from claimrecon.models import Document, Figure, FigureClaim, Metric, Qualifier, Source, Subject


def source_label(source: Source, documents: Mapping[str, Document], doc_id: str) -> str:
    """Name a claim's speaker; a claim in the outlet's own voice is the outlet's."""
    if source.name is None:
        document = documents.get(doc_id)
        if document is not None and document.outlet:
            return f"{document.outlet} (the document)"
        return f"the document {doc_id}"
    return source.label


def figure_text(claim: FigureClaim) -> str:
    """Show a claim's figure, marked when it is an update or an early count."""
    marks = [m for m, on in (("update", claim.revision), ("provisional", claim.provisional)) if on]
    return interval_text(claim.figure) + (f" ({', '.join(marks)})" if marks else "")


_INTERVALS = {
    Qualifier.EXACT: "{low}",
    Qualifier.ABOUT: "~{low}",
    Qualifier.AT_LEAST: "{low}+",
    Qualifier.AT_MOST: "<={high}",
    Qualifier.RANGE: "{low}-{high}",
}
"""A figure's interval in short, by qualifier: "~20", "20+", "<=20", "20-30"."""


def interval_text(figure: Figure) -> str:
    """Show a figure as worded, with its interval when the wording is not just the number."""
    interval = _INTERVALS[figure.qualifier].format(low=figure.low, high=figure.high)
    text = figure.text.strip()
    return f"{text} [{interval}]" if text and text != interval else interval


def figure_key(claim: FigureClaim) -> str:
    """Name what a figure counts: "killed · police"."""
    return metric_key(claim.metric, claim.subject)


def metric_key(metric: Metric, subject: Subject) -> str:
    """Name a metric and subject as the reports head them: "killed · security forces"."""
    return f"{metric.value} · {subject.value.replace('_', ' ')}"
