"""Attribution phenomena of round 7b, drawn by a grammar with the claims each yields.

A group "the first to claim" an attack (its subject past an aside that names other actors:
"X, a splinter of Y, was the first to claim"), and a group telling the motive of its own
attack ("said the bombing was a warning to", "on its Telegram channel said ... was a
reaction to"), and a state's accusation told in a headline's present ("Army Accuses X Of
Masterminding ...", "Government says X responsible for ..."): each told with invented names
or other groups, speakers and events.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.places import gazetteer
from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised, unknown_group
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

_GROUPS = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Islamic State", "Islamic State"),
    ("the Haqqani network", "Haqqani network"),
)
_ASIDES = (
    "a little-known splinter of a larger movement",
    "a faction of the Pakistani Taliban",
    "a banned group closely tied to al-Qaeda and the Taliban",
    "which split from its parent group in 2016",
    "an offshoot of the Islamic State (IS)",
)
_EVENTS = ("the attack", "Friday's siege", "the twin bombings", "the hotel assault")


@st.composite
def first_to_claim(draw: st.DrawFn) -> AttributionCase:
    """ "X was (the) first to claim (responsibility for) the attack", an aside or not."""
    # An unknown name is found before the cue itself, not yet over an aside naming others.
    if draw(st.booleans()):
        written, name = draw(unknown_group())
        aside = draw(st.sampled_from(("", f", {_ASIDES[0]},")))
    else:
        written, name = draw(st.sampled_from(_GROUPS))
        aside = draw(st.sampled_from(("", *(f", {a}," for a in _ASIDES))))
    aux = draw(st.sampled_from(("was", "is")))
    first = draw(st.sampled_from(("first", "the first")))
    what = draw(st.sampled_from((*_EVENTS, "responsibility for the attack")))
    text = f"{capitalised(written)}{aside} {aux} {first} to claim {what}."
    return text, frozenset({(name, Stance.CLAIMED)})


@st.composite
def motive_of_its_own_attack(draw: st.DrawFn) -> AttributionCase:
    """A group tells why it struck: "X said the bombing was a reaction to ...": a claim."""
    written, name = draw(st.sampled_from(_GROUPS))
    where = draw(
        st.sampled_from(("", " on its Telegram channel", " on its website", " in a statement"))
    )
    verb = draw(st.sampled_from(("said", "says", "claimed")))
    motive = draw(
        st.sampled_from(
            (
                "was a reaction to the army's offensive",
                "was a warning to the government",
                "was carried out in revenge for the killing of its commander",
                "was carried out in retaliation for air strikes",
            )
        )
    )
    event = draw(st.sampled_from(_EVENTS))
    return f"{capitalised(written)}{where} {verb} {event} {motive}.", frozenset(
        {(name, Stance.CLAIMED)}
    )


@st.composite
def accusation_in_the_present(draw: st.DrawFn) -> AttributionCase:
    """ "Army accuses X of masterminding the siege", "Government says X responsible for it"."""
    who = draw(st.sampled_from(("Army", "Government", "The interior minister", "Police")))
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        # An accusation finds an unknown group too; "says X responsible" needs a known one.
        written, name = draw(st.one_of(unknown_group(), st.sampled_from(_GROUPS)))
        verb = draw(st.sampled_from(("accuses", "accuse")))
        act = draw(
            st.sampled_from(
                ("masterminding", "orchestrating", "staging", "being behind", "carrying out")
            )
        )
        text = f"{who} {verb} {{n}} of {act} {event}."
    else:
        written, name = draw(st.sampled_from(_GROUPS))
        verb = draw(st.sampled_from(("says", "said", "say")))
        text = f"{who} {verb} {{n}} responsible for {event}."
    # A headline's capitals, the name as written (a known one: in capitals an unknown
    # name's edge is not yet found).
    if (written, name) in _GROUPS and draw(st.booleans()):
        text = " ".join(w[:1].upper() + w[1:] for w in text.rstrip(".").split())
    return text.format(n=written), frozenset({(name, Stance.ASSERTED)})


@given(first_to_claim())
def test_first_to_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(motive_of_its_own_attack())
def test_motive_of_its_own_attack(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_an_official_telling_a_motive_names_no_group() -> None:
    assert _read("Officials said the attack was a warning to the government.") == set()


@given(accusation_in_the_present())
def test_accusation_in_the_present(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text
