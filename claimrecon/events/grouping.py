"""Claims to events for a whole report: each document read once, then clustered.

May import: :mod:`.clustering`, :mod:`.reader`, :mod:`.mentions` and :mod:`.words`, and the
vocab and models modules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, OrderedDict, defaultdict

from claimrecon.events.clustering import _cluster
from claimrecon.events.mentions import _KIND_ORDER, _Mention, _rank
from claimrecon.events.reader import _Reader
from claimrecon.events.words import _words
from claimrecon.models import (
    AttributionClaim,
    DatePrecision,
    DateRef,
    Document,
    Event,
    EventKind,
    FigureClaim,
    Place,
    Report,
)
from claimrecon.vocab import Lexicon, per_lexicon


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _date_text(ref: DateRef | None) -> str:
    if ref is None or ref.value is None:
        return "undated"
    if ref.precision is DatePrecision.YEAR:
        return f"{ref.value:%Y}"
    if ref.precision in (DatePrecision.MONTH, DatePrecision.SEASON):
        return f"{ref.value:%Y-%m}"
    return ref.value.isoformat()


_COARSENESS = {"division": 1, "country": 2}
"""How coarse a place is for naming an event: a city before its province, then its country."""


def _coarseness(place: Place) -> int:
    return _COARSENESS.get(place.level or "", 0)


def _location(members: list[_Mention]) -> tuple[str | None, Place | None]:
    """Return the place most reports name first, a city before its country."""
    # A place named only in a dateline counts only when no report names another.
    firsts = [
        next(((p, g) for p, g in zip(m.places, m.geo, strict=True) if p not in m.weak), None)
        for m in members
    ]
    named = [f for f in firsts if f is not None] or [
        (m.places[0], m.geo[0]) for m in members if m.places and m.geo
    ]
    if not named:
        return None, None
    votes = Counter(p for p, _ in named)
    # A tie goes to the place more reports name anywhere: the one they share.
    anywhere = Counter(p for m in members for p in set(m.places))
    geo = dict(named)
    best = min(
        votes,
        key=lambda p: (
            -votes[p],
            not geo[p].resolved,
            _coarseness(geo[p]),
            -anywhere[p],
            p,
        ),
    )
    return best, geo[best] if geo[best].resolved else None


def _event(members: list[_Mention], evidence: list[str]) -> Event:
    date = _first_date(members)
    location, place = _location(members)
    targets = Counter(m.target_text for m in members if m.target_text)
    target = min(targets, key=lambda t: (-targets[t], t)) if targets else None
    claims = tuple(sorted({c for m in members for c in m.claims}))
    documents = tuple(sorted({m.doc for m in members}))
    label = next((m.target for m in members if m.target), "")
    return Event(
        id=_event_id([location or "", label, _date_text(date)], claims),
        kind=_kind_of(members),
        date=date.value if date else None,
        date_precision=date.precision if date else None,
        location=location,
        place=place,
        target=target,
        claims=claims,
        documents=documents,
        evidence=tuple(evidence),
    )


def _first_date(members: list[_Mention]) -> DateRef | None:
    """Return the finest date of an event's mentions; among days, the first.

    An attack that runs through the night, or a siege over days, is dated by its start,
    which later reports tell by its end.
    """
    best = min(
        members,
        key=lambda m: (_rank(m.date), (m.date.value if m.date else None) or dt.date.max, m.ident),
    )
    return best.date if best.date is not None and best.date.resolved else None


def _kind_of(members: list[_Mention]) -> EventKind:
    """Return the kind most telling of an event's mentions (an attack before a battle)."""
    kinds = {m.kind for m in members} - {EventKind.OTHER}
    return min(kinds, key=_KIND_ORDER.index) if kinds else EventKind.OTHER


def _event_id(labels: list[str], claims: tuple[str, ...]) -> str:
    """Return an event's id: its place, target and date, and a digest of its claims."""
    digest = hashlib.blake2b("\n".join(claims).encode(), digest_size=4).hexdigest()
    slug = "-".join(s for s in (_slug(x) for x in labels) if s)
    return f"ev-{slug}-{digest}" if slug else f"ev-{digest}"


def group_events(report: Report, lexicon: Lexicon | None = None) -> Report:
    """Return ``report`` with its claims grouped into events and aggregates.

    Every claim ends in exactly one event or in ``aggregates``. Events already in the
    report are replaced, so grouping a grouped report again changes nothing.

    Args:
        report: The report whose claims to group.
        lexicon: The lexicon for dates, targets and places; the built-in one by default.

    Example:
        >>> import datetime as dt
        >>> from claimrecon.models import Document, FigureClaim, Figure, Metric, Span, Subject
        >>> text = "Two people were killed in an attack on a market on Monday."
        >>> doc = Document(id="d1", text=text, published=dt.date(2020, 3, 4))
        >>> claim = FigureClaim(span=Span(doc="d1", start=0, end=22), quote=text[:22],
        ...                     metric=Metric.KILLED, subject=Subject.PEOPLE,
        ...                     figure=Figure.exact(2))
        >>> event = group_events(Report(documents=(doc,), claims=(claim,))).events[0]
        >>> event.date, event.target, event.claims == (claim.id,)
        (datetime.date(2020, 3, 2), 'market', True)
    """
    mentions, names, aggregates = _read(report, lexicon or Lexicon.default())
    events = [_event(group, why) for group, why in _cluster(mentions, names)]
    events.sort(key=lambda e: (e.date or dt.date.max, e.id))
    return report.model_copy(
        update={"events": tuple(events), "aggregates": tuple(sorted(set(aggregates)))}
    )


# How many documents' readings to keep: a store reads a batch's documents for their
# blocks, then again to group them with what they touch; one batch must fit.
_READINGS = 4096


_Reading = tuple[list[_Mention], set[str], list[str]]


@per_lexicon
def _readings(lexicon: Lexicon) -> OrderedDict[object, _Reading]:
    return OrderedDict()


def forget_readings(lexicon: Lexicon) -> None:
    """Drop the kept readings of documents' mentions (see :func:`_read_document`)."""
    _readings(lexicon).clear()


def _read_document(
    document: Document, claims: list[FigureClaim | AttributionClaim], lexicon: Lexicon
) -> _Reading:
    """Read a document's mentions, its places and its aggregates; the last few are kept."""
    cache = _readings(lexicon)
    key = (document, tuple(claims))
    hit = cache.get(key)
    if hit is not None:
        cache.move_to_end(key)
        return hit
    reader = _Reader(document, lexicon)
    aggregates = reader.assign(claims)
    names = reader.all_places | set(reader.main.places)
    _describe(reader.mentions, claims, _words(lexicon).related)
    # Nothing downstream changes a finished mention, so a kept reading can be shared.
    reading = ([m.finish() for m in reader.mentions if m.claims], names, aggregates)
    cache[key] = reading
    if len(cache) > _READINGS:
        cache.popitem(last=False)
    return reading


def _describe(
    mentions: list[_Mention],
    claims: list[FigureClaim | AttributionClaim],
    related: dict[str, frozenset[str]],
) -> None:
    """Give each mention its related targets, its actors and its figures, for scoring."""
    by_id = {c.id: c for c in claims}
    for m in mentions:
        own = {t for t in (m.target, *m.aliases) if t is not None}
        m.related = frozenset(r for t in own for r in related.get(t, ())) - own
        mine = [by_id[c] for c in m.claims if c in by_id]
        m.actors = frozenset(c.actor for c in mine if isinstance(c, AttributionClaim))
        m.figures = frozenset(
            (c.metric.value, c.subject.value, c.figure.low, c.figure.high)
            for c in mine
            if isinstance(c, FigureClaim)
        )


def _read(
    report: Report, lexicon: Lexicon
) -> tuple[list[_Mention], dict[str, set[str]], list[str]]:
    """Read each document's mentions; return them, each document's places, the aggregates."""
    documents = {d.id: d for d in report.documents}
    by_doc: dict[str, list[FigureClaim | AttributionClaim]] = defaultdict(list)
    for claim in report.claims:
        by_doc[claim.span.doc].append(claim)
    mentions: list[_Mention] = []
    names: dict[str, set[str]] = {}
    aggregates: list[str] = []
    for doc_id in sorted(by_doc):
        document = documents.get(doc_id) or Document(id=doc_id, text="")
        claims = sorted(by_doc[doc_id], key=lambda c: (c.span.start, c.span.end, c.id))
        found, names[doc_id], aggregated = _read_document(document, claims, lexicon)
        mentions.extend(found)
        aggregates.extend(aggregated)
    return mentions, names, aggregates
