"""Attributions of round 14 (attrclaims14): frames of claims and denials as news prints them.

Misspellings news prints of a cue's word ("claimed responsibilty") read as the word spelt
right, wherever a cue holds it (before or after the actor); a cue whose first words an
editing slip prints twice ("has claimed has claimed responsibility") reads as the cue.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import ActorLexicon, Lexicon
from tests.strategies import AttributionCase, any_group, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
_EVENTS = ("the attack", "Saturday's bombing", "the deadly assault on the hotel")

# --- a cue's word misspelt, or its first words printed twice ---------------------------------
_MISSPELT = ("responsibilty", "responsiblity", "resposibility", "reponsibility")
_CLAIM_VERBS = ("claimed", "has claimed", "took", "has taken", "accepted", "later claimed")
_DENY_VERBS = ("denied", "has denied", "rejected", "disowned")
_SLIPS = (
    ("claimed", "claimed claimed"),
    ("has claimed", "has claimed has claimed"),
    ("has claimed", "has has claimed"),
    ("took", "took took"),
)


@st.composite
def misspelt_responsibility(draw: st.DrawFn) -> AttributionCase:
    """ "X claimed responsibilty for the attack": the misspelt word reads as the right one."""
    written, name = draw(any_group())
    word = draw(st.sampled_from(_MISSPELT))
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        verb, stance = draw(st.sampled_from(_CLAIM_VERBS)), Stance.CLAIMED
    else:
        verb, stance = draw(st.sampled_from(_DENY_VERBS)), Stance.DENIED
    if stance is Stance.CLAIMED and draw(st.booleans()):
        text = f"{capitalised(word)} for {event} was claimed by {written}."
    else:
        text = f"{capitalised(written)} {verb} {word} for {event}."
    return text, frozenset({(name, stance)})


@given(misspelt_responsibility())
def test_a_misspelt_cue_word_reads_as_the_word(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@st.composite
def cue_printed_twice(draw: st.DrawFn) -> AttributionCase:
    """ "X has claimed has claimed responsibility": a slip repeats the cue's first words."""
    written, name = draw(any_group())
    _, slip = draw(st.sampled_from(_SLIPS))
    event = draw(st.sampled_from(_EVENTS))
    text = f"{capitalised(written)} {slip} responsibility for {event}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(cue_printed_twice())
def test_a_cue_printed_twice_reads_as_the_cue(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a word that is no misspelling of the cue's word reads as nothing
        "Boko Haram claimed respectability for the attack.",
        # words before a cue that are not its own first words still part it from its actor
        "Boko Haram has said officials claimed responsibility for the attack.",
    ],
)
def test_no_claim_from_other_words(text: str) -> None:
    assert ("Boko Haram", Stance.CLAIMED) not in _read(text, _LEXICON)


@pytest.mark.parametrize(
    "misspellings",
    [{"responsibility": ["responsibilty for"]}, {"Responsibility": ["responsibilty"]}],
)
def test_a_misspelling_is_one_lower_case_word(misspellings: dict[str, list[str]]) -> None:
    with pytest.raises(ValueError, match="one lower-case word"):
        ActorLexicon(misspellings=misspellings)
