"""Per-source timelines: what each source said of an event's toll, day after day.

A source that gives "20 killed" on Monday and "27 killed" on Tuesday tells a timeline; so
does an outlet whose reports follow a rising toll. :func:`source_timelines` lists, for
each event, metric and subject, each source's figure claims in publication order. It
reads only the report's documents, claims and events (no lexicon), so a report read
back from a store or a Parquet dataset gets the same timelines; it is one sort of the
events' figure claims.

May import: the models module only (no lexicon, see above).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from claimrecon.models import Document, FigureClaim, Metric, Report, Subject, Timeline

__all__ = ["source_label", "source_timelines"]


def source_label(claim: FigureClaim, documents: dict[str, Document]) -> str:
    """Name who speaks, as explanations do: "police (official)", "Reuters (media)".

    The document's own voice is its outlet when known, else the document.
    """
    name = claim.source.label
    if claim.source.name is None and not claim.source.via:
        document = documents.get(claim.span.doc)
        name = document.outlet if document is not None and document.outlet else name
        if name == "the document":
            name = f"the document {claim.span.doc}"
    return f"{name} ({claim.source.kind.value})"


def source_timelines(report: Report) -> tuple[Timeline, ...]:
    """Return each source's figures for each event, metric and subject, earliest first.

    Only sources that gave two different figures are listed (see
    :class:`~claimrecon.models.Timeline`); the report's aggregates belong to no event
    and are left out. Timelines come by event, metric, subject and source.
    """
    claims = {c.id: c for c in report.claims if isinstance(c, FigureClaim)}
    documents = {d.id: d for d in report.documents}
    aggregates = set(report.aggregates)
    found: list[Timeline] = []
    for event in sorted(report.events, key=lambda e: e.id):
        groups: dict[tuple[Metric, Subject, str], list[FigureClaim]] = defaultdict(list)
        for claim_id in dict.fromkeys(event.claims):
            claim = claims.get(claim_id)
            if claim is not None and claim_id not in aggregates:
                key = (claim.metric, claim.subject, source_label(claim, documents))
                groups[key].append(claim)
        for (metric, subject, source), group in sorted(groups.items()):
            if len({(c.figure.low, c.figure.high, c.figure.qualifier) for c in group}) < 2:
                continue
            group.sort(key=lambda c: _when(c, documents))
            found.append(
                Timeline(
                    event=event.id,
                    metric=metric,
                    subject=subject,
                    source=source,
                    claims=tuple(c.id for c in group),
                )
            )
    return tuple(found)


def _when(claim: FigureClaim, documents: dict[str, Document]) -> tuple[dt.date, str, int, str]:
    """Order claims by publication (unknown last), then by text and place in it."""
    document = documents.get(claim.span.doc)
    day = document.published if document is not None else None
    return (day or dt.date.max, claim.span.doc, claim.span.start, claim.id)
