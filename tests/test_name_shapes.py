"""Unknown groups read from the shape of their names (names, round 10).

A group the lexicon has never heard of, told with invented names: a describing word that
opens a sentence or a headline is not the name's ("Banned Okvara Front claims ..."), a
possessive inside a name before its head stays in it ("the Okvara People's Army"), and a
title-case headline's bare verb after a plural name ends the name ("... Falcons Claim
... Bombing"). Each is read with a lexicon that knows no group by name.
"""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.names import name_grammar, names_in
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import capitalised

_WORDS = ("Qarnat", "Zelvani", "Tamrezi", "Hurdane", "Okvara", "Sabrun", "Vestal", "Korimo")
_HEADS = ("Brigade", "Front", "Movement", "Battalion", "Army", "Falcons", "Council")
_EVENTS = ("the attack", "Friday's bombing", "the hotel siege", "the raid on the base")


@functools.cache
def _nameless() -> Lexicon:
    data = Lexicon.default().model_dump(mode="json")
    data["actors"]["aliases"], data["actors"]["outlets"] = {}, {}
    lexicon = Lexicon.model_validate(data)
    gazetteer(lexicon)  # loaded once, not inside a test's deadline
    return lexicon


def _read(text: str) -> set[tuple[str, Stance]]:
    ctx = DocContext(Document(id="d", text=text), _nameless())
    return {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}


@st.composite
def _name(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2, unique=True))
    return " ".join([*words, draw(st.sampled_from(_HEADS))])


_OPENERS = ("Banned", "Outlawed", "Little-known", "Shadowy", "Separatist", "Suspected")
_OPENED = (
    ("{o} {n} claims {e}", Stance.CLAIMED),
    ("{o} {n} claimed responsibility for {e}.", Stance.CLAIMED),
    ("{o} {n} denies role in {e}", Stance.DENIED),
    ("{o} {n} said it carried out {e}.", Stance.CLAIMED),
)


@given(_name(), st.sampled_from(_OPENERS), st.sampled_from(_OPENED), st.sampled_from(_EVENTS))
def test_a_describing_word_opening_a_sentence_is_not_the_name(
    name: str, opener: str, framed: tuple[str, Stance], event: str
) -> None:
    frame, stance = framed
    text = frame.format(o=opener, n=name, e=event)
    found = _read(text)
    assert found and {actor for actor, _ in found} == {name}, text
    if opener != "Suspected":
        assert found == {(name, stance)}, text


_POSSESSORS = ("People's", "Martyrs'", "Workers'", "Women's", "Nation's")
_POSSESSIVE_FRAMES = (
    ("{n} claimed responsibility for {e}.", Stance.CLAIMED),
    ("Officials blamed the {n} for {e}.", Stance.ASSERTED),
    ("{E} was the work of the {n}, the governor said.", Stance.ASSERTED),
    ("The {n} denied any involvement in {e}.", Stance.DENIED),
)


@given(
    st.sampled_from(_WORDS),
    st.sampled_from(_POSSESSORS),
    st.sampled_from(("Army", "Front", "Brigade", "Party", "Liberation Front")),
    st.sampled_from(_POSSESSIVE_FRAMES),
    st.sampled_from(_EVENTS),
)
def test_a_possessive_inside_a_name_stays_in_it(
    word: str, possessor: str, head: str, framed: tuple[str, Stance], event: str
) -> None:
    frame, stance = framed
    name = f"{word} {possessor} {head}"
    text = capitalised(frame.format(n=name, e=event, E=capitalised(event)))
    assert _read(text) == {(name, stance)}, text


@given(st.sampled_from(_WORDS), st.sampled_from(("Ministry", "City", "Police")))
def test_a_possessive_before_a_thing_still_ends_the_name(word: str, thing: str) -> None:
    """A possessive before no organisation head ends the name, as before: "Zelvani's City"."""
    text = f"Officials said {word}'s {thing} was closed."
    names = [n.name for n in names_in(name_grammar(_nameless()), text, 0, len(text))]
    assert f"{word}'s {thing}" not in names


_HEADLINES = (
    ("{n} Claim {P} Bombing", Stance.CLAIMED),
    ("{n} Claim Responsibility For {P} Attack", Stance.CLAIMED),
    ("{n} Deny Role In {P} Attack", Stance.DENIED),
)


@given(
    st.sampled_from(_WORDS),
    st.sampled_from(("Falcons", "Brigades", "Martyrs", "Battalions")),
    st.sampled_from(("Dunmar", "Sabrun", "Korimo")),
    st.sampled_from(_HEADLINES),
)
def test_a_headline_verb_after_a_plural_name_ends_it(
    word: str, head: str, place: str, framed: tuple[str, Stance]
) -> None:
    frame, stance = framed
    name = f"{word} Freedom {head}"
    text = frame.format(n=name, P=place)
    assert _read(text) == {(name, stance)}, text


_ATTACKER_NOUNS = ("suicide bomber", "suicide bombers", "terrorist", "gunmen", "militants")
_ACTS = ("attacked a mosque", "rammed a car into the convoy", "stormed the hotel")


@given(
    st.sampled_from(_WORDS),
    st.sampled_from(("{w} Front", "Jaish-e-{w}", "Harakat-ul-{w}", "{w} Martyrs Brigade")),
    st.sampled_from(_ATTACKER_NOUNS),
    st.sampled_from(_ACTS),
    st.sampled_from(("", "Last March, ", "On Friday, ")),
)
def test_an_unknown_group_before_its_attackers_and_their_act(
    word: str, form: str, noun: str, act: str, opening: str
) -> None:
    """ "an Okvara Front suicide bomber attacked", "a Jaish-e-Okvara terrorist rammed"."""
    name = form.format(w=word)
    article = "" if noun.endswith("s") else ("an " if name[0] in "AEIOU" else "a ")
    text = capitalised(f"{opening}{article}{name} {noun} {act}.")
    assert _read(text) == {(name, Stance.ASSERTED)}, text


@given(
    st.sampled_from(("Chechen", "Zelvanian", "Okvaran")),
    st.sampled_from(_ATTACKER_NOUNS),
    st.sampled_from(_ACTS),
)
def test_a_one_word_nationality_before_attackers_is_no_group(
    word: str, noun: str, act: str
) -> None:
    text = f"{word} {noun} {act}."
    assert _read(text) == set(), text
