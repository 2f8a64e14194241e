"""Builders for hand-made claims and reports, shared by the rules and estimates tests."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from functools import partial
from typing import Any

from claimrecon import (
    AttributionClaim,
    Document,
    Event,
    Figure,
    FigureClaim,
    Metric,
    Report,
    Source,
    Span,
    Subject,
    analyze,
)
from claimrecon.extract.places import gazetteer
from claimrecon.vocab import Lexicon
from tests import strategies

LEXICON = Lexicon.default().extend(
    {
        "actors": {
            "aliases": {"isis-k": "Islamic State Khorasan", "isis": "Islamic State"},
            "affiliations": {
                "Islamic State Khorasan": "Islamic State",
                "Haqqani network": "Taliban",
            },
        }
    }
)

# Two empty documents a day apart, for a source's figure and its later one.
EARLY_LATE = (
    Document(id="early", text="", published=dt.date(2018, 1, 1)),
    Document(id="late", text="", published=dt.date(2018, 1, 2)),
)

_counter = iter(range(10**9))


def fig(
    low,
    high="same",
    *,
    q="exact",
    metric="killed",
    subject="people",
    source=None,
    kind="media",
    doc=None,
    part_of=None,
    revision=False,
    provisional=False,
    date=None,
    cid=None,
    quote="x",
):
    if high == "same":
        high = low
    start = next(_counter)
    return FigureClaim(
        id=cid or "",
        span=Span(doc=doc or f"d{start}", start=start, end=start + 1),
        quote=quote,
        source=Source(name=source, kind=kind),
        metric=metric,
        subject=subject,
        figure=Figure(low=low, high=high, qualifier=q),
        part_of=part_of,
        revision=revision,
        provisional=provisional,
        date=date,
    )


def att(actor, stance, *, source=None, kind="media", doc=None, date=None):
    start = next(_counter)
    return AttributionClaim(
        span=Span(doc=doc or f"d{start}", start=start, end=start + 1),
        quote="x",
        source=Source(name=source, kind=kind),
        actor=actor,
        stance=stance,
        date=date,
    )


def report_of(*claims, documents=(), event="e1"):
    return Report(
        documents=tuple(documents),
        claims=tuple(claims),
        events=(Event(id=event, claims=tuple(c.id for c in claims)),),
    )


# Small counts, so that generated figures often meet and often clash.
small_figures = partial(strategies.figures, max_count=30)


def killed_at(doc: Document, quote: str, n: int = 1, occurrence: int = 0) -> FigureClaim:
    """People killed, exactly ``n``, where ``quote`` stands in ``doc``.

    ``occurrence`` counts the places it stands in from 0, the first.
    """
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(quote, start + 1)
    return FigureClaim(
        span=Span(doc=doc.id, start=start, end=start + len(quote)),
        quote=quote,
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(n),
    )


@functools.cache
def nameless_lexicon() -> Lexicon:
    """The default lexicon without actor names or outlets: no group is known to it.

    How the reading fares on a group it has never heard of (benchmarks/lexicon_free.py
    measures the same on dev). Built once; its gazetteer is loaded here, not inside a
    test's deadline.
    """
    data = Lexicon.default().model_dump(mode="json")
    data["actors"]["aliases"], data["actors"]["outlets"] = {}, {}
    lexicon = Lexicon.model_validate(data)
    gazetteer(lexicon)
    return lexicon


def contradictions_of(reports: Iterable[tuple[int, str]], day: dt.date) -> tuple[Any, ...]:
    """Analyse reports ``r0``, ``r1``, ... told as ``(days after day, text)``; their findings."""
    docs = [
        Document(id=f"r{i}", text=text, published=day + dt.timedelta(days=after))
        for i, (after, text) in enumerate(reports)
    ]
    return analyze(docs).contradictions
