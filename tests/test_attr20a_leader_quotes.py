"""A leader's own words, quoted after the text has tied him to his group (attr20a).

A group's leader or spokesman is introduced once ("Karim Velo, the leader of X", "the
leader of X, Karim Velo", "Velo is the leader of X", "the wanted leader of the outlawed X
sect, Karim Velo") and quoted later by his surname, maybe with the manner of his words
("Velo in his usual manner said:"). What he says of the act in the first person ("We
carried out ...", "We are the ones who carried out ...") is the group's claim. A man tied
to the group otherwise (arrested with its members, a former leader) does not speak for it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import read_attributions

C = Stance.CLAIMED

GROUPS = (("al-Shabaab", "al-Shabaab"), ("Boko Haram", "Boko Haram"))
PEOPLE = (("Karim Velo", "Velo"), ("Abu Harun Dasko", "Dasko"), ("Idris Marren", "Marren"))
# How the text ties the man to the group: {p} the full name, {g} the group.
TIES = (
    "{p}, the leader of {g}, appeared in a video on Saturday.",
    "{p}, a spokesman for {g}, appeared in a video on Saturday.",
    "The leader of {g}, {p}, appeared in a video on Saturday.",
    "A new video emerged of the wanted leader of the outlawed {g} sect, {p}, on Saturday.",
    "{p} is the leader of {g}.",
    "{p} is the self-styled emir of {g}.",
    "Mr {s} is leader of {g}, an Islamist militant group.",
)
# The man's first-person words: {s} the surname, {e} the event.
QUOTES = (
    '"We carried out {e}," {s} said.',
    '{s} said: "We carried out {e}."',
    '"We are the ones who carried out {e}," {s} said.',
    '{s} said: "We are the ones who carried out {e}."',
    '{s} in his usual manner said: "We are the ones who carried out {e}."',
    '{s} in his usual sarcastic manner said: "We carried out {e}."',
)
EVENTS = ("the bombing in Dunmar", "the attack on the market in Velka")
# Ties that do not make the man speak for the group.
NOT_TIES = (
    "Police said {p} was arrested with three members of {g}.",
    "{p} was a former leader of {g}.",
    "{p} is a critic of {g}.",
)


@settings(max_examples=50)
@given(
    st.sampled_from(GROUPS),
    st.sampled_from(PEOPLE),
    st.sampled_from(TIES),
    st.sampled_from(QUOTES),
    st.sampled_from(EVENTS),
)
def test_a_leaders_first_person_words_are_his_groups_claim(
    group: tuple[str, str], person: tuple[str, str], tie: str, quote: str, event: str
) -> None:
    (written, read), (full, surname) = group, person
    text = f"{tie.format(p=full, s=surname, g=written)} {quote.format(s=surname, e=event)}"
    assert (read, C) in read_attributions(text), text


@settings(max_examples=30)
@given(
    st.sampled_from(GROUPS),
    st.sampled_from(PEOPLE),
    st.sampled_from(NOT_TIES),
    st.sampled_from(QUOTES[:2]),
)
def test_a_man_not_speaking_for_the_group_gives_it_no_claim(
    group: tuple[str, str], person: tuple[str, str], tie: str, quote: str
) -> None:
    (written, read), (full, surname) = group, person
    text = f"{tie.format(p=full, g=written)} {quote.format(s=surname, e=EVENTS[0])}"
    assert (read, C) not in read_attributions(text), text


@settings(max_examples=20)
@given(st.sampled_from(GROUPS), st.sampled_from(PEOPLE))
def test_the_ones_who_were_attacked_claim_nothing(
    group: tuple[str, str], person: tuple[str, str]
) -> None:
    (written, read), (full, surname) = group, person
    text = (
        f"{full}, a spokesman for {written}, spoke on Saturday. "
        f'"We are the ones who were attacked in Dunmar," {surname} said.'
    )
    assert (read, C) not in read_attributions(text), text
