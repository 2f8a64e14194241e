"""A back-reference after "X was part of Y": the group told of is X, not Y (attr20a).

"X was also part of Y until last year. It is a dangerous group. This group also claimed
responsibility for ...": Y is named only as what X belonged to, so "this group", "the
group" and "it" stand for X. With no such tie, two groups in scope leave the phrase
unresolved, as before.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import read_attributions

C = Stance.CLAIMED

# (as written, as read): names the lexicon knows, so that no frame is needed to find them.
GROUPS = (
    ("Boko Haram", "Boko Haram"),
    ("al-Shabaab", "al-Shabaab"),
    ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar"),
)
PARTS = (
    "{x} was also part of {y} until last year.",
    "{x} was part of {y} until 2012.",
    "{x} was once part of the {y} before it broke away.",
    "{x}, which was part of {y} until last year, is based in the north.",
)
MIDDLES = ("", "It is a dangerous group. ", "It has a history of attacks on markets. ")
REFERENCES = (
    "This group also claimed responsibility for last month's attack at a market in Dunmar.",
    "The group also claimed responsibility for the bombing in Velka.",
    "This group has claimed the attack on a market in Dunmar.",
)


@settings(max_examples=60)
@given(
    st.sampled_from(GROUPS),
    st.sampled_from(GROUPS),
    st.sampled_from(PARTS),
    st.sampled_from(MIDDLES),
    st.sampled_from(REFERENCES),
)
def test_the_group_told_of_is_the_part_not_the_whole(
    x: tuple[str, str], y: tuple[str, str], part: str, middle: str, reference: str
) -> None:
    assume(x != y)
    text = f"{part.format(x=x[0], y=y[0])} {middle}{reference}"
    found = read_attributions(text)
    assert (x[1], C) in found, text
    assert (y[1], C) not in found, text


@settings(max_examples=20)
@given(st.sampled_from(REFERENCES))
def test_two_groups_without_a_tie_leave_the_group_unresolved(reference: str) -> None:
    text = f"Boko Haram fought al-Shabaab for years. {reference}"
    found = read_attributions(text)
    assert ("Boko Haram", C) not in found, text
    assert ("al-Shabaab", C) not in found, text
