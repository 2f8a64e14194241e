"""Attributions of round 13 (attrw10): the frames the wave-10 attacks showed, made general.

A group said to have ordered or instructed the attack ("carried out on the orders of X",
"under the instructions of X", "at the behest of X", "ordered by X") is named as its
author. Known groups and invented ones with a group's form, in several sentence shapes.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, any_group
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()

_EVENTS = ("the attack", "the bombing", "Saturday's assault on the museum", "the raid")
_ORDERS = (
    "on the orders of",
    "on the instructions of",
    "under the instructions of",
    "under orders from",
    "on orders from",
    "at the behest of",
    "at the direction of",
)
_DONE = ("was carried out", "had been carried out", "was staged", "was launched")
_SAYERS = ("The statement said", "Police said", "Investigators say", "Officials said")


@st.composite
def ordered_by_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "The attack was carried out on the orders of X": X is named as its author."""
    written, name = draw(any_group())
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        order = draw(st.sampled_from(_ORDERS))
        done = draw(st.sampled_from(_DONE))
        leader = draw(st.sampled_from(("", " leader Dunmar Velka", " chief Tariq Hurdane")))
        clause = f"{event} {done} {order} {written}{leader}"
    else:
        clause = f"{event} was ordered by {written}"
    sayer = draw(st.sampled_from(_SAYERS))
    return f"{sayer} that {clause}.", frozenset({(name, Stance.ASSERTED)})


@given(ordered_by_a_group())
def test_a_group_that_ordered_the_attack_is_its_author(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected
