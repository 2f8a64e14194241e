"""Attributions, round 14 (attrnames14): groups named through a noun group around the name.

A group tied to another by a link word acts for it ("a local organisation affiliated with
X bombed", "groups linked to X stormed"), as attackers tied to it do; "associated with" is
one of those ties. Invented names (Zelvania, Okvara, Dunmar, Velka), known and unknown.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import AttributionCase, capitalised, unknown_group
from tests.strategies import read_attributions as _read

_KNOWN = (("al-Shabaab", "al-Shabaab"), ("the Islamic State", "Islamic State"))
_TIED_NOUNS = (
    "a local organisation",
    "an organization",
    "a group",
    "jihadist groups",
    "a network",
    "militants",
    "gunmen",
)
_TIES = ("affiliated with", "linked to", "associated with", "loyal to")
_ACTS = (
    "bombed a mosque in Dunmar",
    "stormed the Velka hotel",
    "attacked a police post in Okvara",
    "seized the town of Dunmar",
)


@st.composite
def group_tied_to_an_actor_acts(draw: st.DrawFn) -> AttributionCase:
    """'<a group noun> <tie> <X> <act>': the act is asserted of X."""
    written, name = draw(st.one_of(st.sampled_from(_KNOWN), unknown_group()))
    noun = draw(st.sampled_from(_TIED_NOUNS))
    tie = draw(st.sampled_from(_TIES))
    act = draw(st.sampled_from(_ACTS))
    opening = draw(st.sampled_from(("", "A week earlier, ", "On Friday, ")))
    text = f"{opening}{noun} {tie} {written} {act}."
    return capitalised(text), frozenset({(name, Stance.ASSERTED)})


@given(group_tied_to_an_actor_acts())
def test_a_group_tied_to_an_actor_acts_for_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected


@given(unknown_group(), st.sampled_from(("militants", "fighters", "a cell", "members")))
def test_attackers_associated_with_a_group_in_an_agent_are_its(
    group: tuple[str, str], noun: str
) -> None:
    written, name = group
    text = f"The spokesman said the attack was carried out by {noun} associated with {written}."
    assert _read(text) == {(name, Stance.ASSERTED)}
