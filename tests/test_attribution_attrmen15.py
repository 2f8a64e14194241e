"""Attributions of round 15 (attrmen15): a group named through its men in a noun group.

News names a group through its men before their act: "Okvara men stormed", "Okvara
elements attacked", "Okvara cadres opened fire", with a second attacker noun or the kind of
attack before the head ("Okvara rebel fighters", "Okvara's suicide squad"), owned by the
group ("Okvara's fighters"). The act may be their part in it: "were involved in planning
the attack", "were involved in the planning of the bombing". The group is said to have
done it.

Men tied to a group by "-linked", "-affiliated" ("Okvara-linked gunmen") are the men of
the one affiliate of that group the document names, as "an Okvara-linked group" is.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import ARMED_NAMES, STATE_NAMES, AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
ASSERTED = Stance.ASSERTED

_HEADS = (
    "men",
    "elements",
    "cadres",
    "rebel fighters",
    "militant gunmen",
    "jihadist fighters",
    "gunmen",
)
# The kind of attack before the head: read with an act of attack only.
_KIND_HEADS = ("suicide squad", "hit squad", "assault team")
_ACTS = (
    "stormed the hotel",
    "attacked the school",
    "opened fire on worshippers",
    "were involved in planning the attack",
    "were involved in facilitating the suicide bomber",
    "were involved in the planning of the bombing",
    "had been involved in financing the assault",
)
_SPEAKERS = ("", "Police said ", "Officials said on Monday that ")


@st.composite
def men_of_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "Police said Okvara elements stormed the hotel", "Okvara's suicide squad attacked"."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    owned = draw(st.booleans())
    group = f"{written}'s" if owned else written
    kind = draw(st.booleans())
    subject = f"{group} {draw(st.sampled_from(_KIND_HEADS if kind else _HEADS))}"
    speaker = draw(st.sampled_from(_SPEAKERS))
    if not speaker:
        subject = capitalised(subject)
    act = draw(st.sampled_from(_ACTS[:3] if kind else _ACTS))
    text = f"{speaker}{subject} {act}."
    return text, frozenset({(name, ASSERTED)})


@given(men_of_a_group())
def test_a_group_named_through_its_men_did_their_act(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# A parent as the lexicon's affiliations hold it, and an affiliate of it, as news writes them.
_FAMILIES = (
    ("Al-Qaeda", "al-Shabaab", "al-Shabaab"),
    ("Al Qaeda", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb"),
    ("Islamic State", "the Allied Democratic Forces", "Allied Democratic Forces"),
    ("Islamic State", "the Islamic State West Africa Province",
     "Islamic State West Africa Province"),
)  # fmt: skip
_TIES = ("-linked", "-affiliated", "-allied")
_TIED_HEADS = ("gunmen", "militants", "rebel fighters", "suicide bombers")
_SECOND = (
    ("{} claimed responsibility for the attack.", Stance.CLAIMED),
    ("{} denied any role in the attack.", Stance.DENIED),
)


@st.composite
def tied_men_and_the_affiliate_named(draw: st.DrawFn) -> AttributionCase:
    """ "Okvara-linked gunmen stormed the hotel. The Dunmar Front claimed the attack."."""
    parent, written, child = draw(st.sampled_from(_FAMILIES))
    tie, head = draw(st.sampled_from(_TIES)), draw(st.sampled_from(_TIED_HEADS))
    second, stance = draw(st.sampled_from(_SECOND))
    opener = draw(st.sampled_from(("", "A group of ")))
    first = f"{opener}{parent}{tie} {head} stormed the hotel on Friday."
    return f"{first} {second.format(capitalised(written))}", frozenset(
        {(child, ASSERTED), (child, stance)}
    )


@given(tied_men_and_the_affiliate_named())
def test_men_tied_to_a_group_are_its_named_affiliates(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_men_tied_to_a_group_with_no_affiliate_named_are_its_own() -> None:
    """With no affiliate named, "Okvara-linked gunmen" stay Okvara's."""
    text = "Al-Qaeda-linked gunmen stormed the hotel on Friday."
    assert _read(text, _LEXICON) == {("al-Qaeda", ASSERTED)}


def test_a_states_own_troops_are_no_attack_of_the_state() -> None:
    """ "Velka's troops stormed the camp": a state's forces ending an attack, not its act."""
    for written, name in STATE_NAMES:
        text = f"{capitalised(written)}'s troops stormed the camp."
        assert (name, ASSERTED) not in _read(text, _LEXICON)


def test_involvement_in_a_plain_errand_is_no_attack() -> None:
    """ "were involved in the talks": a gerund or noun of planning an attack is needed."""
    text = "Police said al-Shabaab elements were involved in the talks."
    assert _read(text, _LEXICON) == set()


# --- the men's second predicate: "Okvara fighters camped in the hills and stormed" ---------
_FIRSTS = (
    "camped in the hills for a week",
    "arrived in two pickup trucks",
    "waited near the gate for hours",
    "gathered in the village on Friday",
)
_SECOND_ACTS = (
    "carried out the attack",
    "staged the assault on the hotel",
    "launched the attack on the school",
)
_MEN = ("fighters", "militants", "gunmen", "elements", "men", "members")


@st.composite
def mens_second_act(draw: st.DrawFn) -> AttributionCase:
    """ "Police said Okvara elements camped in the hills and carried out the attack"."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    speaker = draw(st.sampled_from(_SPEAKERS[1:]))
    men = draw(st.sampled_from(_MEN))
    first = draw(st.sampled_from(_FIRSTS))
    comma = draw(st.sampled_from(("", ",")))
    act = draw(st.sampled_from(_SECOND_ACTS))
    return f"{speaker}{written} {men} {first}{comma} and {act}.", frozenset({(name, ASSERTED)})


@given(mens_second_act())
def test_the_mens_second_act_is_the_groups(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_the_second_act_of_other_people_is_no_groups() -> None:
    """ "Okvara hostages gathered in the hall and ...": hostages are no men of the group."""
    text = "Police said al-Shabaab hostages gathered in the hall and carried out the attack."
    assert _read(text, _LEXICON) == set()


# --- the men before the group: "elements of X", "men from X", "X cadres" ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Elements of Boko Haram attacked the village.",
        "Cadres of the Deccan Mujahideen attacked the village.",
        "Men from al-Shabaab stormed the hotel.",
        "Police said elements of Boko Haram were behind the attack.",
        "Police said men of al-Shabaab carried out the attack.",
        "Officials said Boko Haram cadres were involved in the planning of the attack.",
    ],
)
def test_the_groups_men_named_before_it(text: str) -> None:
    found = _read(text, _LEXICON)
    assert len(found) == 1
    assert next(iter(found))[1] is ASSERTED
