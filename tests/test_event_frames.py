"""Grammars of the event phenomena: what was hit, the response, related targets, scoring.

Each test generates variations of one phenomenon as different outlets would tell
different attacks (targets, places, determiners, modifiers, cue words) and checks the
events they must make.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import MERGE_SCORE, group_events
from claimrecon.models import (
    AttributionClaim,
    Document,
    EventKind,
    Figure,
    FigureClaim,
    Metric,
    Report,
    Span,
    Stance,
    Subject,
)
from claimrecon.vocab import Lexicon

LEX = Lexicon.default().events
CITIES = [("Kabul", "Afghanistan"), ("Mogadishu", "Somalia"), ("Maiduguri", "Nigeria")]
HIT = ["market", "mosque", "police station", "wedding", "bus"]
LANDMARKS = ["embassy", "hotel", "ministry", "army base", "airport", "stadium"]
BOMBS = ["A car bomb exploded", "A suicide bomber blew himself up", "A blast went off"]
MODIFIERS = ["", "busy ", "Iraqi ", "heavily guarded "]
RELATED = sorted({(a, b) for a, others in LEX.target_relations.items() for b in others})


def claim(doc: Document, quote: str, n: int) -> FigureClaim:
    start = doc.text.index(quote)
    return FigureClaim(
        span=Span(doc=doc.id, start=start, end=start + len(quote)),
        quote=quote,
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(n),
    )


def claimed(doc: Document, quote: str, actor: str) -> AttributionClaim:
    start = doc.text.index(quote)
    return AttributionClaim(
        span=Span(doc=doc.id, start=start, end=start + len(quote)),
        quote=quote,
        actor=actor,
        stance=Stance.CLAIMED,
    )


@given(
    st.sampled_from(BOMBS),
    st.sampled_from(LEX.locator_words),
    st.sampled_from(["the ", "a ", ""]),
    st.sampled_from(MODIFIERS),
    st.sampled_from(LANDMARKS),
    st.sampled_from(CITIES),
    st.integers(2, 90),
)
def test_a_landmark_is_no_target(
    bomb: str,
    locator: str,
    det: str,
    modifier: str,
    landmark: str,
    city: tuple[str, str],
    n: int,
) -> None:
    # "A car bomb exploded not far from the Iraqi embassy in Kabul": where, not what.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"{bomb} {locator} {det}{modifier}{landmark} in {city[0]} on Monday, "
        f"killing {n} people.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, f"killing {n}", n),)))
    (event,) = report.events
    assert event.target is None or landmark not in event.target
    assert event.location == city[0]


@given(
    st.sampled_from(["struck", "hit", "targeted", "tore through"]),
    st.sampled_from(["a gathering of", "a crowd of", "a bus carrying", "dozens of"]),
    st.sampled_from(LANDMARKS),
    st.sampled_from(LEX.victim_nouns),
    st.integers(2, 90),
)
def test_a_victim_description_is_no_target(
    verb: str, gathering: str, landmark: str, victims: str, n: int
) -> None:
    # "struck a gathering of finance ministry clerks": who was hit, not which building.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"A suicide bomber {verb} {gathering} {landmark} {victims} in Kabul on Monday, "
        f"killing {n} people.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, f"killing {n}", n),)))
    (event,) = report.events
    assert event.target is None or landmark not in event.target


@given(
    st.sampled_from(["citing", "according to", "quoting"]),
    st.sampled_from(["the interior ministry", "the hospital", "the embassy"]),
    st.sampled_from(HIT),
)
def test_a_source_is_no_target(cue: str, source: str, hit: str) -> None:
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"Gunmen attacked a {hit} in Kabul on Monday. The toll stands at 12, "
        f"state media reported, {cue} {source}.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "at 12", 12),)))
    (event,) = report.events
    assert event.target is not None and hit in event.target


@given(
    st.sampled_from(HIT),
    st.sampled_from(
        [
            "A clearance operation was continuing, and",
            "Security forces launched an operation in which",
            "In the operation that followed,",
            "The army said its raids had ended and",
        ]
    ),
    st.integers(2, 9),
)
def test_the_response_is_the_attack_s_event(hit: str, response: str, n: int) -> None:
    # The security forces' answer is part of the attack, not an operations event.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"Gunmen attacked a {hit} in Kabul on Monday, killing 12 people. "
        f"{response} {n} attackers were killed, police said.",
    )
    claims = (claim(doc, "killing 12", 12), claim(doc, f"{n} attackers were killed", n))
    report = group_events(Report(documents=(doc,), claims=claims))
    (event,) = report.events
    assert event.kind is EventKind.ATTACK


@given(
    st.sampled_from(RELATED),
    st.booleans(),
    st.sampled_from(CITIES),
    st.sampled_from(["stormed", "attacked", "raided"]),
)
def test_related_targets_are_one_event_across_reports(
    pair: tuple[str, str], swap: bool, city: tuple[str, str], verb: str
) -> None:
    # "a college" in one report, "the university campus" in another: one site.
    first, second = reversed(pair) if swap else pair
    a = Document(
        id="a",
        published=dt.date(2015, 4, 2),
        text=f"Gunmen {verb} a {first} in {city[0]} on Thursday, killing 14 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2015, 4, 3),
        text=f"Gunmen attacked a {second} in {city[1]} on Thursday, killing 147 people.",
    )
    claims = (claim(a, "killing 14", 14), claim(b, "killing 147", 147))
    report = group_events(Report(documents=(a, b), claims=claims))
    (event,) = report.events
    assert any("name one site" in why and "score" in why for why in event.evidence)


@given(st.sampled_from(HIT), st.sampled_from(CITIES), st.booleans())
def test_undated_reports_merge_on_place_target_and_actor(
    hit: str, city: tuple[str, str], same_actor: bool
) -> None:
    # No date word and no publication date: the place, the target and who claimed it.
    texts = [
        f"Gunmen attacked a {hit} in {city[0]}, killing 9 people. The Red Group claimed it.",
        f"An attack on a {hit} in {city[0]} killed 9 people. The Red Group claimed it.",
    ]
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    actors = ["Red Group", "Red Group" if same_actor else "Blue Front"]
    claims = [
        c
        for d, actor in zip(docs, actors, strict=True)
        for c in (claim(d, "9 people", 9), claimed(d, "The Red Group claimed it", actor))
    ]
    report = group_events(Report(documents=tuple(docs), claims=tuple(claims)))
    assert len(report.events) == (1 if same_actor else 2)
    assert all(e.date is None for e in report.events)


@given(st.sampled_from(HIT), st.sampled_from(CITIES))
def test_two_attacks_on_one_target_in_other_weeks_stay_apart(
    hit: str, city: tuple[str, str]
) -> None:
    # Same target, same place, same actor, same toll: other weeks are other attacks.
    docs = [
        Document(
            id=f"d{day}",
            published=dt.date(2021, 5, day),
            text=f"Gunmen attacked a {hit} in {city[0]} on Monday, killing 9 people. "
            "The Red Group claimed it.",
        )
        for day in (4, 18)
    ]
    claims = [
        c
        for d in docs
        for c in (claim(d, "9 people", 9), claimed(d, "The Red Group claimed it", "Red Group"))
    ]
    report = group_events(Report(documents=tuple(docs), claims=tuple(claims)))
    assert len(report.events) == 2


def test_the_merge_score_is_what_the_evidence_says() -> None:
    a = Document(
        id="a",
        published=dt.date(2021, 5, 4),
        text="Gunmen attacked a hotel in Kabul on Monday, killing 9 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2021, 5, 5),
        text="Gunmen attacked a hotel and a cafe in Kabul on Monday, killing 9 people.",
    )
    claims = (claim(a, "killing 9", 9), claim(b, "killing 9", 9))
    (event,) = group_events(Report(documents=(a, b), claims=claims)).events
    (why,) = event.evidence
    score = float(why.rsplit("score ", 1)[1])
    assert score >= MERGE_SCORE
    assert "same day" in why and "target 'hotel' in both" in why and "1 shared figure" in why
