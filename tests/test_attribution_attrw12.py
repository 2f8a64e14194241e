"""Attributions of round 15 (attrw12): a subject's place, a quoted second predicate, a device.

A group's subject may tell where the group is before its verb, with a region's adjective,
an article or a region's noun: "an Okvara affiliate in eastern Velka claimed", "Okvara
militants in the Dunmar region denied". The claim or denial is the group's.

A group's second predicate, after a first whose object holds a quoted phrase ("X condemned
the attack as \u201cun-Islamic\u201d and denied any involvement"), is still the group's.

A device planted, placed or set off by a group ("a car bomb placed by X", "the explosives
were planted by X") is the other voice of "X planted a bomb": the group is said to have
done it.

A group's own "we" may deny after a first predicate in the present ("We have a truce and
are not involved"), and its spokesman may carry a role word ("X's political spokesman",
"deputy", "acting", "principal"): the denial is the group's.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import ARMED_NAMES, AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
_EVENTS = ("the attack", "Saturday's bombing", "the deadly assault on the hotel")

# --- where the group is, told between it and its verb ---------------------------------------
_HEADS = ("", " affiliate", " militants", " fighters", " commander", " branch")
# Not "from": "an affiliate from Velka" may name a group Velka as a member's ("a
# spokesman from X"), which an unknown capitalised word leaves open.
_PREPOSITIONS = ("in", "across")
_PLACES = (
    "Velka",
    "eastern Velka",
    "north-western Dunmar",
    "the Okvara region",
    "the Lower Dunmar province",
    "southern Velka province",
    "the Sinai",
)
_VERBS = (
    ("claimed responsibility for", Stance.CLAIMED),
    ("has claimed", Stance.CLAIMED),
    ("denied any role in", Stance.DENIED),
    ("has denied involvement in", Stance.DENIED),
)


@st.composite
def group_placed_before_its_verb(draw: st.DrawFn) -> AttributionCase:
    """ "An Okvara affiliate in eastern Velka claimed responsibility for the attack"."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    head = draw(st.sampled_from(_HEADS))
    subject = f"{'An' if head == ' affiliate' else 'A'} {written.removeprefix('the ')}{head}"
    if not head:
        subject = capitalised(written)
    # A bare name before "in the Okvara region" reads as a branch, "X in the Okvara": so a
    # place with an article follows a group noun only.
    places = _PLACES if head else tuple(p for p in _PLACES if not p.startswith("the "))
    where = f"{draw(st.sampled_from(_PREPOSITIONS))} {draw(st.sampled_from(places))}"
    verb, stance = draw(st.sampled_from(_VERBS))
    text = f"{subject} {where} {verb} {draw(st.sampled_from(_EVENTS))}."
    return text, frozenset({(name, stance)})


@given(group_placed_before_its_verb())
def test_a_group_placed_before_its_verb_is_its_subject(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_a_place_with_no_capital_is_no_place() -> None:
    """ "in recent weeks" is no place: the words after it are no subject gap."""
    text = "Boko Haram in recent weeks officials said claimed responsibility for the attack."
    assert ("Boko Haram", Stance.CLAIMED) not in _read(text, _LEXICON)


# --- a second predicate after a first with a quoted phrase ----------------------------------
_FIRST = (
    "condemned {e} as {q}",
    "called {e} {q}",
    "described {e} as {q}",
    "condemned {e}, calling it {q},",
)
_QUOTES = (
    "\u201cforbidden and unjustifiable\u201d",
    '"un-Islamic"',
    "\u201ca crime against the nation\u201d",
    '"cowardly"',
)
_SECOND = ("denied any involvement", "denied any role in it", "denied responsibility")


@st.composite
def a_quoted_first_predicate(draw: st.DrawFn) -> AttributionCase:
    """ "X condemned the attack as \u201cun-Islamic\u201d and denied any involvement"."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    first = draw(st.sampled_from(_FIRST)).format(
        e=draw(st.sampled_from(_EVENTS)), q=draw(st.sampled_from(_QUOTES))
    )
    text = f"{capitalised(written)} {first} and {draw(st.sampled_from(_SECOND))}."
    return text, frozenset({(name, Stance.DENIED)})


@given(a_quoted_first_predicate())
def test_a_second_predicate_after_a_quote_is_the_groups(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- a device planted, placed or set off by a group -----------------------------------------
_DEVICES = (
    "a car bomb",
    "a bomb",
    "the explosives",
    "an improvised explosive device",
    "a roadside bomb",
    "the devices",
    "a landmine",
)
_PLACED = ("planted", "placed", "set off", "detonated", "hidden", "laid")
_AFTER = ("exploded near the market", "killed five soldiers", "went off on Tuesday")


@st.composite
def device_placed_by_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "A car bomb placed by X exploded", "The explosives were planted by X"."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    device = draw(st.sampled_from(_DEVICES))
    verb = draw(st.sampled_from(_PLACED))
    if draw(st.booleans()) and verb != "laid":
        aux = "were" if device.endswith("s") else "was"
        text = f"Police said {device} {aux} {verb} by {written}."
    else:
        text = f"{capitalised(device)} {verb} by {written} {draw(st.sampled_from(_AFTER))}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(device_placed_by_a_group())
def test_a_device_placed_by_a_group_is_said_to_be_its_act(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_a_cause_is_no_device() -> None:
    """ "triggered by" after no device tells a cause, not an attacker."""
    text = "The crisis was triggered by the Taliban's advance, officials said."
    assert ("Taliban", Stance.ASSERTED) not in _read(text, _LEXICON)


# --- a group's own "we" with a first predicate in the present; a spokesman's role word -------
_PRESENT_FIRST = (
    "We have a ceasefire with the government",
    "We have a truce",
    "We condemn it",
    "We condemn this cowardly act",
)
_OWN_DENIALS = (
    "are not involved in any of these attacks",
    "deny any role in it",
    "had no role in the attack",
)
_ROLES = ("political", "deputy", "acting", "principal", "chief")
_TOLD = ("said", "told reporters", "told the Velka Times")


@st.composite
def own_voice_with_a_present_first_predicate(draw: st.DrawFn) -> AttributionCase:
    """ "X's political spokesman told Y, "We have a truce and are not involved"": X denies."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    role = draw(st.sampled_from(_ROLES))
    speaker = f"{capitalised(written)}'s {role} spokesman Karim Zelvani"
    first = draw(st.sampled_from(_PRESENT_FIRST))
    quote = f"\u201c{first} and {draw(st.sampled_from(_OWN_DENIALS))}.\u201d"
    text = f"{speaker} {draw(st.sampled_from(_TOLD))}, {quote}"
    return text, frozenset({(name, Stance.DENIED)})


@given(own_voice_with_a_present_first_predicate())
def test_a_groups_own_we_denies_after_a_present_predicate(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- a denial of a person's links to a group --------------------------------------------------
_DENIERS = ("{G}'s spokesman Karim Zelvani", "Officials in Velka", "The interior ministry")
_DENY = ("denied", "has denied", "rejected", "dismissed")
_PERSONS = ("the bomber", "Karim Okvari", "Dunmar Velkov\u2019s brother", "the suspect")
_LINKS = ("links to", "ties with", "connection to", "affiliation with")


@st.composite
def denial_of_a_persons_links(draw: st.DrawFn) -> AttributionCase:
    """ "X's spokesman denied the bomber's links to X": X's part is denied."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    who = draw(st.sampled_from(_DENIERS)).format(G=capitalised(written))
    person = draw(st.sampled_from(_PERSONS))
    apostrophe = "\u2019s" if draw(st.booleans()) else "'s"
    links = draw(st.sampled_from(_LINKS))
    verb = draw(st.sampled_from(_DENY))
    text = f"{who} {verb} {person}{apostrophe} {links} {written}."
    return text, frozenset({(name, Stance.DENIED)})


@given(denial_of_a_persons_links())
def test_a_denial_of_a_persons_links_denies_the_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_a_denial_of_links_to_no_group_names_no_one() -> None:
    """ "X denied any links to the attack": no possessive, no group after: X's own denial."""
    found = _read("Boko Haram denied the bomber's links to the attack.", _LEXICON)
    assert all(stance is not Stance.DENIED or actor == "Boko Haram" for actor, stance in found)


# --- a group's attackers with their act as a present participle ---------------------------------
_ATTACKERS = ("gunmen", "fighters", "militants", "insurgents")
_ACTS = (
    "raiding the prison",
    "storming the hotel",
    "attacking a checkpoint",
    "firing rockets at the base",
    "targeting the convoy",
)
_FRAMES = (
    "Fighting raged between police and {g} {n} {a}, officials said.",
    "{G} {n} {a} were seen on the footage, the army said.",
)


@st.composite
def attackers_acting_as_a_participle(draw: st.DrawFn) -> AttributionCase:
    """ "fighting between police and X gunmen raiding the prison": X is said to do it."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    frame = draw(st.sampled_from(_FRAMES))
    text = frame.format(
        g=written.removeprefix("the "),
        G=capitalised(written.removeprefix("the ")),
        n=draw(st.sampled_from(_ATTACKERS)),
        a=draw(st.sampled_from(_ACTS)),
    )
    return f"Velka, Zelvania. {text}", frozenset({(name, Stance.ASSERTED)})


@given(attackers_acting_as_a_participle())
def test_attackers_acting_as_a_participle_are_the_groups(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_a_participle_of_no_attack_verb_names_no_act() -> None:
    """ "X fighters fleeing the town": no act of attack, no attribution."""
    text = "Velka, Zelvania. Police watched Boko Haram fighters fleeing the town, officials said."
    assert _read(text, _LEXICON) == set()
