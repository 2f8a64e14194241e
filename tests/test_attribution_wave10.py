"""Attributions of round 13 (attrw10): the frames the wave-10 attacks showed, made general.

A group said to have ordered or instructed the attack ("carried out on the orders of X",
"under the instructions of X", "at the behest of X", "ordered by X") is named as its
author. Known groups and invented ones with a group's form, in several sentence shapes.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.builders import att
from tests.rulecases import run
from tests.strategies import AttributionCase, any_group, unknown_group
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


# --- a responsibility told with a hedge, or found by an inquiry ------------------------------
_HEDGED = (
    "appeared to have been responsible",
    "appears to have been responsible",
    "appeared to be responsible for {e}",
    "appeared to be behind {e}",
    "appears to have been behind {e}",
    "seemed to be behind {e}",
    "may have been involved in {e}",
    "could have been involved in {e}",
)
_FOUND = (
    "has been found to be behind {e}",
    "was found to be behind {e}",
    "was involved in {e}",
    "were involved in {e}",
    "was found responsible for {e}",
)
_REPORTERS = (
    "Police said",
    "A second official also said",
    "Investigators say",
    "It has been established that",
)


@st.composite
def hedged_or_found(draw: st.DrawFn) -> AttributionCase:
    """ "X appeared to have been responsible" is a suspicion; "X was found to be behind" fact."""
    written, name = draw(any_group())
    hedged = draw(st.booleans())
    frame = draw(st.sampled_from(_HEDGED if hedged else _FOUND))
    reporter = draw(st.sampled_from(_REPORTERS))
    aside = draw(st.sampled_from(("", ", a group outlawed in Zelvania,")))
    event = draw(st.sampled_from(_EVENTS))
    text = f"{reporter} {written}{aside} {frame.format(e=event)}."
    return text, frozenset({(name, Stance.SUSPECTED if hedged else Stance.ASSERTED)})


@given(hedged_or_found())
def test_a_hedged_or_found_responsibility(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- a group's name with a conjunction glued to its article ("wal-") -------------------------
_WORDS = ("Velka", "Okvara", "Dunmar", "Zelvani", "Tamrezi")


@st.composite
def glued_conjunction(draw: st.DrawFn) -> AttributionCase:
    """ "Jamaat al-Velka wal-Okvara claimed ...": the name runs through "wal-"."""
    first, second = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=2, unique=True))
    opener = draw(st.sampled_from(("Jamaat", "Ahl", "Harakat", "Ansar")))
    name = f"{opener} al-{first} wal-{second}"
    frame, stance = draw(
        st.sampled_from(
            (
                ("{n} claimed responsibility for {e}.", Stance.CLAIMED),
                ("Police said {n} was behind {e}.", Stance.ASSERTED),
                ("Officials blamed {n} for {e}.", Stance.ASSERTED),
            )
        )
    )
    return frame.format(n=name, e=draw(st.sampled_from(_EVENTS))), frozenset({(name, stance)})


@given(glued_conjunction())
def test_a_name_runs_through_a_glued_conjunction(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- a person's title inside a group's name ("the Imam Velka Battalion") --------------------
@st.composite
def titled_group(draw: st.DrawFn) -> AttributionCase:
    """ "The Imam Velka Battalion claimed ...": a group named after a titled person.

    With a generic head ("Imam Velka Group") or none ("Sheikh Velka said") it is a person.
    """
    title = draw(st.sampled_from(("Imam", "Sheikh", "Mullah", "Maulana")))
    person = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2, unique=True)))
    head = draw(st.sampled_from(("Battalion", "Brigade", "Brigades", "Front", "Legion", "")))
    name = f"{title} {person} {head}".strip()
    frame, stance = draw(
        st.sampled_from(
            (
                ("The {n} claimed responsibility for {e}.", Stance.CLAIMED),
                ("The {n} said it carried out {e}.", Stance.CLAIMED),
                ("Police said the {n} was behind {e}.", Stance.ASSERTED),
            )
        )
    )
    text = frame.format(n=name, e=draw(st.sampled_from(_EVENTS)))
    return text, frozenset({(name, stance)} if head else ())


@given(titled_group())
def test_a_title_inside_a_groups_name(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- the present tense of a group's own responsibility --------------------------------------
@st.composite
def responsible_in_the_present(draw: st.DrawFn) -> AttributionCase:
    """ "X (news agency) issued a statement saying they're responsible": X claims it."""
    written, name = draw(any_group())
    verb = draw(st.sampled_from(("said", "says", "issued a statement saying", "stated")))
    pronoun = draw(
        st.sampled_from(("it is", "they are", "they're", "they\u2019re", "it's", "it\u2019s"))
    )
    event = draw(st.sampled_from(_EVENTS))
    return f"{written} {verb} {pronoun} responsible for {event}.", frozenset(
        {(name, Stance.CLAIMED)}
    )


@given(responsible_in_the_present())
def test_a_group_says_it_is_responsible(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- a group described before it is named ----------------------------------------------------
_DESCRIPTIONS = (
    "A little-known group claiming links to {p}",
    "A shadowy group claiming links to {p}",
    "An obscure militant group with ties to {p}",
    "A little-known group",
)
_LATER = (
    "The {n} said the bombing was revenge for the army's raids.",
    "The {n} said in a statement that it carried out the attack.",
    "{n} claimed responsibility for the attack.",
)


@st.composite
def described_then_named(draw: st.DrawFn) -> AttributionCase:
    """ "A little-known group claiming links to X has said ... The Y Battalion said ...".

    The description is the group the next sentence opens with, not X it is tied to; a
    group named later inside another's sentence is not it.
    """
    parent = draw(st.sampled_from(("al-Qaeda", "the Islamic State", "Boko Haram")))
    written, name = draw(unknown_group())
    description = draw(st.sampled_from(_DESCRIPTIONS)).format(p=parent)
    verb = draw(st.sampled_from(("has said it carried out", "claimed", "has claimed")))
    event = draw(st.sampled_from(_EVENTS))
    later = draw(st.sampled_from(_LATER)).format(n=written)
    if draw(st.booleans()):
        text = f"{description} {verb} {event}. {later}"
        return text, frozenset({(name, Stance.CLAIMED)})
    text = f"{description} {verb} {event}. Police blamed {written} for an earlier raid."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(described_then_named())
def test_a_group_described_before_it_is_named(case: AttributionCase) -> None:
    text, expected = case
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    first = {(c.actor, c.stance) for c in find_attributions(ctx, ctx.sentences[0])}
    (actor, stance), *_ = expected
    # The description's own sentence claims for the group named after it, or for none.
    assert first == ({(actor, stance)} if stance is Stance.CLAIMED else set())
    assert _read(text, _LEXICON) == expected


# --- the description a claim named its group by ties it to a larger one ---------------------
@pytest.mark.parametrize(
    ("description", "rivals"),
    [
        ("A little-known group claiming links to al-Qaeda", False),
        ("An obscure group with ties to al-Qaeda", False),
        ("A shadowy group linked to al-Qaeda", False),
        ("A little-known group", True),
        ("A group opposed to al-Qaeda", True),
    ],
)
def test_a_described_groups_tie_makes_one_side(description: str, rivals: bool) -> None:
    claim = att("Okvara Battalion", "claimed", source="Okvara Battalion", kind="militant")
    claim = claim.model_copy(update={"actor_text": description})
    ordered = att("al-Qaeda", "asserted", source="Okvara Battalion", kind="militant")
    assert bool(run(claim, ordered).contradictions) is rivals


# --- a headline's event after a preposition and describing words ----------------------------
_KNOWN = (("Al Shabaab", "al-Shabaab"), ("Boko Haram", "Boko Haram"), ("Taliban", "Taliban"))


@st.composite
def headline_event_after_describing_words(draw: st.DrawFn) -> AttributionCase:
    """ "15 killed in ongoing X siege on hotel": the group is the event's attribute."""
    written, name = draw(st.sampled_from(_KNOWN))
    opening = draw(st.sampled_from(("15 killed", "UPDATE: Children dead", "Toll rises")))
    prep = draw(st.sampled_from(("in", "after", "from")))
    words = draw(st.sampled_from(("ongoing", "deadly", "fresh", "ongoing deadly", "latest")))
    event = draw(st.sampled_from(("siege", "attack", "raid", "bombing")))
    target = draw(st.sampled_from((" on Mogadishu hotel", " on church in Velka", "")))
    text = f"{opening} {prep} {words} {written} {event}{target}"
    return text, frozenset({(name, Stance.ASSERTED)})


@given(headline_event_after_describing_words())
def test_a_headline_event_after_describing_words(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@pytest.mark.parametrize(
    "headline",
    ["Police in ongoing Taliban talks", "Troops in fresh Boko Haram territory", "Deadly Taliban"],
)
def test_no_headline_event_without_an_event_noun(headline: str) -> None:
    assert _read(headline, _LEXICON) == set()


# --- the group the forces fought at the attack: a party to its gunfire ---------------------
@st.composite
def fire_exchanged_with_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "gunfire between the forces and members of X", "exchanged fire with X militants"."""
    written, name = draw(st.sampled_from(_KNOWN))
    forces = draw(st.sampled_from(("security forces", "the police", "Zelvanian troops")))
    men = draw(st.sampled_from(("members of {g}", "{g} militants", "{g} gunmen"))).format(g=written)
    frame = draw(
        st.sampled_from(
            (
                "Three explosions and gunfire between {f} and {m} occurred at the hotel.",
                "A gun battle between {f} and {m} raged for hours.",
                "{F} exchanged fire with {m} inside the mall.",
                "{F} had a gunfight with {m} at the gate.",
            )
        )
    )
    text = frame.format(f=forces, F=forces[:1].upper() + forces[1:], m=men)
    return text, frozenset({(name, Stance.ASSERTED)})


@given(fire_exchanged_with_a_group())
def test_a_group_the_forces_exchanged_fire_with(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- an attacker's tie to a group confirmed; a suicide bomber from a group ----------------
_TIE_NOUNS = (("connection", False), ("connections", True), ("links", True), ("ties", True))
_TIE_NOUNS += (("affiliation", False),)


@st.composite
def tie_confirmed_or_bomber_from(draw: st.DrawFn) -> AttributionCase:
    """ "his connection with X had been confirmed", "caused by a suicide bomber from X"."""
    written, name = draw(st.sampled_from(_KNOWN))
    if draw(st.booleans()):
        noun, plural = draw(st.sampled_from(_TIE_NOUNS))
        who = draw(st.sampled_from(("his", "her", "their")))
        prep = draw(st.sampled_from(("with", "to")))
        done = ("had been", "have been", "were") if plural else ("had been", "has been", "was")
        verb = draw(st.sampled_from(done))
        lead = draw(st.sampled_from(("The minister said", "Officials said", "Police said")))
        clause = f"the bomber was identified and {who} {noun} {prep} {written} {verb} confirmed"
        return f"{lead} {clause}.", frozenset({(name, Stance.ASSERTED)})
    bomber = draw(
        st.sampled_from(("a suicide bomber", "a female suicide bomber", "two suicide bombers"))
    )
    frame = draw(
        st.sampled_from(
            (
                "Officials said the blast was caused by {b} from {g}.",
                "At least 12 people were killed when {b} from {g} blew up the market.",
            )
        )
    )
    return frame.format(b=bomber, g=written), frozenset({(name, Stance.ASSERTED)})


@given(tie_confirmed_or_bomber_from())
def test_a_tie_confirmed_or_a_suicide_bomber_from_a_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said his connection with Al Shabaab has not been confirmed.",
        "Officials said the suicide bomber from Dunmar was identified.",
    ],
)
def test_no_tie_unconfirmed_nor_a_bomber_from_a_town(text: str) -> None:
    assert {s for _, s in _read(text, _LEXICON)} <= {Stance.DENIED}
