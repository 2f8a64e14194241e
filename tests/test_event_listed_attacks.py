"""Grammars of a list of a group's past attacks, each item with its own year.

"It had been involved in several attacks, including the bombing of a barracks in Dunmar in
2009, the murder of 12 monks in Okvara in 2015 and a church bombing of last year": a toll
told in one item is dated by its own item's year and takes no target from another item.
Groups, places and numbers are invented.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

PLACES = ["Dunmar", "Okvara", "Zelvan Heights", "Marrowby"]
OPENERS = [
    "The Okvara Front is a dangerous group and had been involved in several attacks, including",
    "The group, founded a decade ago, has carried out many high profile attacks such as",
    "Its fighters are blamed for",
]
ITEMS = [
    "the murder of {n} climbers in {p} in {y}",
    "the killing of {n} monks in {p} in {y}",
    "a raid in {p} in {y} that killed {n} people",
]
TAILS = [
    "the church bombing of last year",
    "an attack on a Marrowby school in {y2}",
    "the siege of a hotel in {y2}",
]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(OPENERS),
    st.sampled_from(ITEMS),
    st.sampled_from(TAILS),
    st.sampled_from(PLACES),
    st.integers(2001, 2008),
    st.integers(2009, 2016),
    st.integers(5, 99),
    st.booleans(),
)
def test_a_toll_in_a_listed_attack_is_dated_by_its_own_item(
    opener: str, item: str, tail: str, place: str, y1: int, y: int, n: int, first: bool
) -> None:
    own = item.format(n=n, p=place, y=y)
    other = f"the bombing of an army barracks in {y1}"
    listed = [own, other] if first else [other, own]
    text = (
        "Gunmen killed four people at a Dunmar market on Sunday, police said.\n\n"
        f"{opener} {listed[0]}, {listed[1]} and {tail.format(y2=y + 1)}."
    )
    doc = Document(id="d", text=text, published=dt.date(2017, 5, 8))
    claim = killed_at(doc, f" {n} ", n)  # not the digits of a year
    main = killed_at(doc, "four people", 4)
    events = group_events(Report(documents=(doc,), claims=(claim, main))).events
    (event,) = (e for e in events if claim.id in e.claims)
    assert event.date is not None and event.date.year == y
    assert main.id not in event.claims
    assert event.target is None or event.target not in {"church", "school", "hotel", "barracks"}
