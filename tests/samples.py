"""A hand-built report for tests of the exports and the command line.

It is built the way the pipeline would build it, from a short article, so the exports
can be tested before (and independently of) extraction, events and rules.
"""

from __future__ import annotations

import datetime as dt

from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    Document,
    Estimate,
    Event,
    EventKind,
    Figure,
    FigureClaim,
    FindingKind,
    Metric,
    Note,
    Qualifier,
    Report,
    Severity,
    Source,
    SourceKind,
    Span,
    Stance,
    Subject,
)

TEXT = (
    "Around ten militants stormed the ministry. "
    "Afghan officials said seven attackers were killed. "
    "The Islamic State claimed responsibility through its Amaq news agency. "
    'Police said <script>alert("x")</script> & "no one" | was *hurt*. '
    "Over 1,600 civilians were killed in the first half of the year."
)


def _span(doc: Document, quote: str) -> Span:
    start = doc.text.index(quote)
    return Span(doc=doc.id, start=start, end=start + len(quote))


def sample_report() -> Report:
    doc = Document(
        id="d1",
        text=TEXT,
        published=dt.date(2018, 5, 30),
        outlet="Example <News>",
        title="Attack on the ministry",
    )
    about_ten = FigureClaim(
        span=_span(doc, "Around ten militants"),
        quote="Around ten militants",
        metric=Metric.COUNT,
        subject=Subject.MILITANTS,
        figure=Figure(low=10, high=10, qualifier=Qualifier.ABOUT, text="Around ten"),
    )
    seven = FigureClaim(
        span=_span(doc, "seven attackers were killed"),
        quote="seven attackers were killed",
        source=Source(name="Afghan officials", kind=SourceKind.OFFICIAL),
        metric=Metric.KILLED,
        subject=Subject.MILITANTS,
        figure=Figure.exact(7, "seven"),
    )
    amaq = Source(name="Amaq news agency", kind=SourceKind.MILITANT)
    claimed = AttributionClaim(
        span=_span(doc, "The Islamic State claimed responsibility"),
        quote="The Islamic State claimed responsibility",
        source=Source(name="Islamic State", kind=SourceKind.MILITANT, via=(amaq,)),
        actor="Islamic State",
        actor_text="The Islamic State",
        stance=Stance.CLAIMED,
    )
    nobody = FigureClaim(
        span=_span(doc, '<script>alert("x")</script> & "no one" | was *hurt*'),
        quote='<script>alert("x")</script> & "no one" | was *hurt*',
        source=Source(name="Police <b>", kind=SourceKind.OFFICIAL),
        metric=Metric.WOUNDED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(0, "no one"),
    )
    aggregate = FigureClaim(
        span=_span(doc, "Over 1,600 civilians were killed"),
        quote="Over 1,600 civilians were killed",
        metric=Metric.KILLED,
        subject=Subject.CIVILIANS,
        figure=Figure(low=1601, qualifier=Qualifier.AT_LEAST, text="Over 1,600"),
    )
    loose = AttributionClaim(
        span=_span(doc, "Amaq news agency"),
        quote="Amaq news agency",
        actor="Islamic State",
        stance=Stance.ASSERTED,
    )
    event = Event(
        id="ministry-attack",
        kind=EventKind.ATTACK,
        date=dt.date(2018, 5, 30),
        date_precision=DatePrecision.DAY,
        location="Kabul",
        target="the <ministry>",
        claims=(about_ten.id, seven.id, claimed.id, nobody.id),
        documents=(doc.id,),
    )
    contradiction = Contradiction(
        rule="figure-disagreement",
        kind=FindingKind.FIGURE,
        severity=Severity.SOFT,
        event=event.id,
        metric=Metric.COUNT,
        subject=Subject.MILITANTS,
        sides=((about_ten.id,), (seven.id,)),
        explanation="around ten <attackers> against seven killed when all died",
    )
    note = Note(
        rule="self-interested-source",
        kind=FindingKind.ATTRIBUTION,
        event=event.id,
        claims=(claimed.id,),
        explanation="the claim comes from the group itself",
    )
    estimates = (
        Estimate(
            event=event.id,
            metric=Metric.KILLED,
            subject=Subject.MILITANTS,
            low=7,
            best=7,
            high=7,
            policy="ucdp",
            claims=(seven.id,),
        ),
        Estimate(
            event=event.id,
            metric=Metric.KILLED,
            subject=Subject.POLICE,
            low=1,
            best=1,
            high=None,
            policy="ucdp",
            claims=(),
        ),
    )
    return Report(
        documents=(doc,),
        claims=(about_ten, seven, claimed, nobody, aggregate, loose),
        events=(event,),
        aggregates=(aggregate.id,),
        contradictions=(contradiction,),
        notes=(note,),
        estimates=estimates,
    )
