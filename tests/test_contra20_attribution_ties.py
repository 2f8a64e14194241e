"""Two groups a text ties together are one side, never rival perpetrators.

A grammar writes reports of one invented attack in which one group claims it (or is blamed)
and another group is named with a tie to it in one of the texts: a branch, faction or
splinter of it ("a breakaway faction of", "the armed wing of"), a group sworn to it
("which pledged allegiance to"), an alliance it belongs to ("an alliance that includes"),
or a partner the speaker names beside it ("with the help of", "in coordination with", "on
the orders of"). No contradiction may be found. A matching grammar writes the same reports
with the tie made to a third group: the two groups are rivals, and the contradiction must
still be found.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.builders import contradictions_of

DAY = dt.date(2034, 6, 5)
GROUPS = [
    "the Okvara Front",
    "the Zelvan Brigades",
    "the Dunmere Liberation Army",
    "the Kestrel Battalion",
    "Jamaat al-Varsan",
]
LEADS = [
    "Gunmen attacked a hotel in Velka, Zelvania, on Monday.",
    "Gunmen stormed a hotel in the Zelvanian city of Velka on Monday.",
    "Attackers opened fire at a hotel in Velka on Monday morning.",
    "Explosions and gunfire hit a hotel in central Velka on Monday.",
]
BRANCHES = [
    "{C}, an affiliate of {P},",
    "{C}, a splinter group of {P},",
    "{C}, a breakaway faction of {P},",
    "{C}, an offshoot of {P},",
    "{C}, a local branch of {P},",
    "{C}, the armed wing of {P},",
    "{C}, a subgroup of {P},",
    "{C}, an ally of {P},",
    "{C}, a front for {P},",
    "{C}, which pledged allegiance to {P},",
    "{C}, which has sworn allegiance to {P},",
    "{C}, which broke away from {P},",
    "{C}, which has ties to {P},",
    "{C}, believed to be close to {P},",
    "{C}, part of {P},",
    "{C}, a group backed by {P},",
    "{C}, associated with {P},",
    "{C}, an alliance that includes {P},",
    "{C}, which brings together {P} and two smaller groups,",
]
CLAIMS = [
    "{C} claimed responsibility for the attack.",
    "{C} said in a statement that it carried out the attack.",
]
BLAMES = [
    "Officials blamed {P} for the attack.",
    "The interior ministry said {P} was behind the attack.",
    "{Pc} claimed responsibility for the attack in a statement.",
]
PARTNERS = [
    "{said} {C} carried out the attack with the help of {P}.",
    "{said} {C} carried out the attack with support from {P}.",
    "{said} {C} carried out the attack on the orders of {P}.",
    "{said} {C} carried out the attack in coordination with {P}.",
    "{said} {C} carried out the attack together with {P}.",
    "{said} {C} carried out the attack alongside {P}.",
    "{said} {C}, backed by {P}, carried out the attack.",
    "{said} {C} staged the attack, aided by {P}.",
]
SAID = ["Police said", "Officials said", "The governor said"]


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def reports(draw: st.DrawFn, tie_to: str, child: str, parent: str) -> list[tuple[int, str]]:
    """A text naming ``child`` tied to ``tie_to``, and one naming ``parent`` as perpetrator."""
    if draw(st.booleans()):
        named = draw(st.sampled_from(BRANCHES)).format(C=cap(child), P=tie_to)
        first = draw(st.sampled_from(CLAIMS)).format(C=named)
    else:
        first = draw(st.sampled_from(PARTNERS)).format(
            said=draw(st.sampled_from(SAID)), C=child, P=tie_to
        )
    second = draw(st.sampled_from(BLAMES)).format(P=parent, Pc=cap(parent))
    leads = draw(st.permutations(LEADS))
    one = f"{leads[0]} {first}"
    if draw(st.booleans()):
        return [(0, f"{one} {second}")]
    return [(0, one), (draw(st.integers(0, 2)), f"{leads[1]} {second}")]


@st.composite
def tied(draw: st.DrawFn) -> list[tuple[int, str]]:
    child, parent = draw(st.permutations(GROUPS))[:2]
    return reports(draw, parent, child, parent)


@st.composite
def rivals(draw: st.DrawFn) -> list[tuple[int, str]]:
    """The tie made to a third group: the claimed and the blamed groups stay rivals."""
    child, parent, third = draw(st.permutations(GROUPS))[:3]
    return reports(draw, third, child, parent)


def found(told: list[tuple[int, str]]) -> tuple:
    return contradictions_of(told, DAY)


@settings(max_examples=60, deadline=None)
@given(told=tied())
def test_groups_a_text_ties_together_are_one_side(told):
    assert found(told) == (), told


@settings(max_examples=30, deadline=None)
@given(told=rivals())
def test_a_tie_to_a_third_group_leaves_the_two_rivals(told):
    assert [x.kind.value for x in found(told)] == ["attribution"], told


def test_a_partner_named_with_a_bare_with_stays_a_rival():
    """ "carried out the attack with X" may be a weapon or a place: no tie is read from it."""
    told = [
        (0, f"{LEADS[0]} Police said the Zelvan Brigades carried out the attack with rifles."),
        (1, f"{LEADS[1]} The Okvara Front claimed responsibility for the attack."),
    ]
    assert [x.kind.value for x in found(told)] == ["attribution"]
