"""Hypothesis strategies for every public model, for reuse across the test suite."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    DateRef,
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

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=1, max_size=12)
texts = st.text(max_size=40)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
counts = st.integers(min_value=0, max_value=100_000)


@st.composite
def spans(draw: st.DrawFn, doc: str | None = None) -> Span:
    start = draw(st.integers(0, 5000))
    end = draw(st.integers(start, start + 300))
    return Span(doc=doc or draw(ids), start=start, end=end)


@st.composite
def figures(draw: st.DrawFn, max_count: int = 100_000) -> Figure:
    qualifier = draw(st.sampled_from(Qualifier))
    bounded = st.integers(min_value=0, max_value=max_count)
    a, b = sorted((draw(bounded), draw(bounded)))
    text = draw(texts)
    if qualifier in (Qualifier.EXACT, Qualifier.ABOUT):
        return Figure(low=a, high=a, qualifier=qualifier, text=text)
    if qualifier is Qualifier.AT_LEAST:
        return Figure(low=a, high=None, qualifier=qualifier, text=text)
    if qualifier is Qualifier.AT_MOST:
        return Figure(low=None, high=b, qualifier=qualifier, text=text)
    return Figure(low=a, high=b, qualifier=qualifier, text=text)


sources = st.recursive(
    st.builds(Source, name=st.none() | texts, kind=st.sampled_from(SourceKind)),
    lambda inner: st.builds(
        Source,
        name=st.none() | texts,
        kind=st.sampled_from(SourceKind),
        via=st.lists(inner, max_size=2).map(tuple),
    ),
    max_leaves=3,
)

date_refs = st.builds(
    DateRef,
    text=texts,
    value=st.none() | dates,
    precision=st.none() | st.sampled_from(DatePrecision),
    span=st.none() | spans(),
)


@st.composite
def figure_claims(draw: st.DrawFn, doc: str | None = None) -> FigureClaim:
    return FigureClaim(
        span=draw(spans(doc)),
        quote=draw(texts),
        source=draw(sources),
        date=draw(st.none() | date_refs),
        confidence=draw(st.floats(0, 1)),
        metric=draw(st.sampled_from(Metric)),
        subject=draw(st.sampled_from(Subject)),
        figure=draw(figures()),
        part_of=draw(st.none() | ids),
        revision=draw(st.booleans()),
    )


@st.composite
def attribution_claims(draw: st.DrawFn, doc: str | None = None) -> AttributionClaim:
    return AttributionClaim(
        span=draw(spans(doc)),
        quote=draw(texts),
        source=draw(sources),
        date=draw(st.none() | date_refs),
        actor=draw(st.sampled_from(["Islamic State", "Taliban", "al-Shabaab", "unknown"])),
        actor_text=draw(st.none() | texts),
        stance=draw(st.sampled_from(Stance)),
    )


claims = st.one_of(figure_claims(), attribution_claims())

documents = st.builds(
    Document,
    id=ids,
    text=st.text(max_size=200),
    published=st.none() | dates,
    outlet=st.none() | texts,
    title=st.none() | texts,
    url=st.none() | texts,
)

events = st.builds(
    Event,
    id=ids,
    kind=st.sampled_from(EventKind),
    date=st.none() | dates,
    date_precision=st.none() | st.sampled_from(DatePrecision),
    location=st.none() | texts,
    target=st.none() | texts,
    claims=st.lists(ids, max_size=4).map(tuple),
    documents=st.lists(ids, max_size=3).map(tuple),
)

contradictions = st.builds(
    Contradiction,
    rule=ids,
    kind=st.sampled_from(FindingKind),
    severity=st.sampled_from(Severity),
    event=st.none() | ids,
    metric=st.none() | st.sampled_from(Metric),
    subject=st.none() | st.sampled_from(Subject),
    sides=st.lists(st.lists(ids, min_size=1, max_size=3).map(tuple), min_size=2, max_size=3).map(
        tuple
    ),
    explanation=texts,
)

notes = st.builds(
    Note,
    rule=ids,
    kind=st.sampled_from(FindingKind),
    event=st.none() | ids,
    claims=st.lists(ids, min_size=1, max_size=3).map(tuple),
    explanation=texts,
)


@st.composite
def estimates(draw: st.DrawFn) -> Estimate:
    low, best, high = sorted(draw(st.lists(counts, min_size=3, max_size=3)))
    return Estimate(
        event=draw(ids),
        metric=draw(st.sampled_from(Metric)),
        subject=draw(st.sampled_from(Subject)),
        low=draw(st.none() | st.just(low)),
        best=best,
        high=draw(st.none() | st.just(high)),
        policy=draw(st.sampled_from(["ucdp", "acled", "ibc"])),
        claims=tuple(draw(st.lists(ids, max_size=3))),
    )


reports = st.builds(
    Report,
    documents=st.lists(documents, max_size=2).map(tuple),
    claims=st.lists(claims, max_size=4).map(tuple),
    events=st.lists(events, max_size=2).map(tuple),
    aggregates=st.lists(ids, max_size=2).map(tuple),
    contradictions=st.lists(contradictions, max_size=2).map(tuple),
    notes=st.lists(notes, max_size=2).map(tuple),
    estimates=st.lists(estimates(), max_size=2).map(tuple),
)


# --- attribution sentences: phenomena with the claims each must yield ----------------------

ARMED_NAMES = (
    ("al-Shabaab", "al-Shabaab"),
    ("Al-Shebab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Lashkar-e-Tayyeba", "Lashkar-e-Taiba"),
    ("the Islamic State", "Islamic State"),
    ("Ansar Beit al-Maqdis", "Ansar Beit al-Maqdis"),
    ("al-Murabitoun", "al-Murabitoun"),
    ("the Deccan Mujahideen", "Deccan Mujahideen"),
)
STATE_NAMES = (
    ("Israel", "Israel"),
    ("the United States", "United States"),
    ("Washington", "United States"),
)
_SPEAKERS = ("Officials", "The interior minister", "Iran's president", "Police in the city")
_EVENTS = ("the attack", "Saturday's bombing", "the twin blasts", "the deadly assault")
_WHEN = ("", " on Tuesday", " later")

AttributionCase = tuple[str, frozenset[tuple[str, Stance]]]


@st.composite
def _two_actors(draw: st.DrawFn) -> tuple[tuple[str, str], tuple[str, str]]:
    names = draw(
        st.lists(
            st.sampled_from(ARMED_NAMES + STATE_NAMES),
            min_size=2,
            max_size=2,
            unique_by=lambda n: n[1],
        )
    )
    return names[0], names[1]


@st.composite
def coordinated_blame(draw: st.DrawFn) -> AttributionCase:
    """ "Officials blamed X and Y for the attack": both actors are asserted."""
    (a, ca), (b, cb) = draw(_two_actors())
    verb = draw(st.sampled_from(("blamed", "has blamed", "blames")))
    speaker = draw(st.sampled_from(_SPEAKERS)) + draw(st.sampled_from(_WHEN))
    text = f"{speaker} {verb} {a} and {b} for {draw(st.sampled_from(_EVENTS))}."
    return text, frozenset({(ca, Stance.ASSERTED), (cb, Stance.ASSERTED)})


@st.composite
def coordinated_denial(draw: st.DrawFn) -> AttributionCase:
    """ "X and Y had no role in the attack" / "refuted the notion that either X or Y was ..."."""
    (a, ca), (b, cb) = draw(_two_actors())
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        cue = draw(
            st.sampled_from(("had no role in", "were not involved in", "had nothing to do with"))
        )
        text = f"{a[:1].upper()}{a[1:]} and {b} {cue} {event}, a spokesman said."
    else:
        cue = draw(st.sampled_from(("refuted the notion that", "rejected the notion that")))
        speaker = draw(st.sampled_from(_SPEAKERS))
        text = f"{speaker} {cue} either {a} or {b} was responsible for {event}."
    return text, frozenset({(ca, Stance.DENIED), (cb, Stance.DENIED)})


@st.composite
def attackers_named(draw: st.DrawFn) -> AttributionCase:
    """The actor modifies the attackers: "the three X bombers", "X gunmen who opened fire"."""
    name, actor = draw(st.sampled_from(ARMED_NAMES))
    name = name.removeprefix("the ")
    count = draw(st.sampled_from(("three", "two", "4", "five")))
    if draw(st.booleans()):
        noun = draw(st.sampled_from(("bombers", "gunmen", "attackers")))
        text = f"The toll does not include the {count} {name} {noun}, who also died."
    else:
        act = draw(st.sampled_from(("opened fire on the crowd", "stormed the hotel")))
        text = f"The blast was followed by {count} {name} gunmen who {act}."
    return text, frozenset({(actor, Stance.ASSERTED)})


@st.composite
def hedged_state_strike(draw: st.DrawFn) -> AttributionCase:
    """A state named before its forces' strike: "an apparent US air strike" (suspected);
    told as plain fact it is background narration and yields nothing."""
    name = draw(st.sampled_from(("US", "U.S.", "American")))
    strike = draw(st.sampled_from(("air strike", "airstrike", "drone strike", "gunship")))
    verb = draw(st.sampled_from(("destroyed", "hit")))
    if draw(st.booleans()):
        return (
            f"The charity withdrew after an apparent {name} {strike} {verb} its hospital.",
            frozenset({("United States military", Stance.SUSPECTED)}),
        )
    return f"The general died in a {name} {strike} in 2020.", frozenset()


@st.composite
def not_an_attribution(draw: st.DrawFn) -> AttributionCase:
    """A group named without tying it to one event."""
    name, _ = draw(st.sampled_from(ARMED_NAMES))
    template = draw(
        st.sampled_from(
            (
                "The assault showed {n}'s continued ability to strike the capital.",
                "Analysts said {n} remains a threat to the region.",
            )
        )
    )
    return template.format(n=name), frozenset()


attribution_sentences = st.one_of(
    coordinated_blame(),
    coordinated_denial(),
    attackers_named(),
    hedged_state_strike(),
    not_an_attribution(),
)
