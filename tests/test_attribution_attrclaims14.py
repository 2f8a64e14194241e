"""Attributions of round 14 (attrclaims14): frames of claims and denials as news prints them.

Misspellings news prints of a cue's word ("claimed responsibilty") read as the word spelt
right, wherever a cue holds it (before or after the actor); a cue whose first words an
editing slip prints twice ("has claimed has claimed responsibility") reads as the cue.

A group that distances or dissociates itself from the attack ("It later distanced itself
from it", "X dissociated itself from the bombing") denies it; others that de-link the
attack from a group ("New details de-link school raid from X") deny the group's part.

A group's statement that tells the attack with where it struck before its verb ("an
earlier X statement says the attack on the restaurant in the capital, Zelvagrad,
targeted ...") claims it, and a negation in a later clause ("..., saying they would not
be safe") does not take the claim back.

A group acting with its own, told after it ("X along with its allies claimed"), is the
subject of the claim; a group's statement that a man "was a soldier" ("X claimed that
Karim Zelvani was a soldier of the caliphate") claims his act.

Others' guess whose object is the one organisation in scope, named again ("assessments
indicated the attack was most likely the work of the extremist group", "police suspect
the group") suspects that organisation; not people ("police suspect the militants").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import ActorLexicon, Lexicon
from tests.strategies import AttributionCase, any_group, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
_EVENTS = ("the attack", "Saturday's bombing", "the deadly assault on the hotel")

# --- a cue's word misspelt, or its first words printed twice ---------------------------------
_MISSPELT = ("responsibilty", "responsiblity", "resposibility", "reponsibility", "responsility")
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


# --- a group distances itself from the attack; others de-link the attack from it -------------
_DISTANCING = (
    "distanced itself from the attack",
    "later distanced itself from it",
    "has distanced itself from the bombing",
    "distances itself from Sunday's attack",
    "sought to distance itself from the attack",
    "dissociated itself from the bombing",
    "has disassociated itself from it",
)
_CLAIMED_FIRST = ("", "{G} had initially claimed responsibility for the attack. ")
_DELINKING = (
    ("New details de-link school raid from {g}", "New details de-link school raid from {g}"),
    ("Police de-linked the attack from {g}.", ""),
    ("Investigators are delinking Sunday's bombing from {g}.", ""),
)


@st.composite
def group_distances_itself(draw: st.DrawFn) -> tuple[str, list[tuple[str, Stance]]]:
    """ "X later distanced itself from it": X denies, after its claim or alone."""
    written, name = draw(any_group())
    first = draw(st.sampled_from(_CLAIMED_FIRST)).format(G=capitalised(written))
    subject = "It" if first else capitalised(written)
    text = f"{first}{subject} {draw(st.sampled_from(_DISTANCING))}."
    return text, [(name, Stance.CLAIMED)] * bool(first) + [(name, Stance.DENIED)]


@given(group_distances_itself())
def test_a_group_distancing_itself_denies(case: tuple[str, list[tuple[str, Stance]]]) -> None:
    text, expected = case
    assert _read_in_order(text) == expected


@st.composite
def attack_delinked_from_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "Police de-linked the attack from X": X's part is denied."""
    written, name = draw(any_group())
    frame, _ = draw(st.sampled_from(_DELINKING))
    return frame.format(g=written), frozenset({(name, Stance.DENIED)})


@given(attack_delinked_from_a_group())
def test_an_attack_delinked_from_a_group_denies_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def _read_in_order(text: str) -> list[tuple[str, Stance]]:
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    return [(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)]


# --- a group's statement tells the attack, with where it struck, and its act ----------------
_STATEMENTS = ("An {g} statement said", "An earlier {g} statement says", "{G} said in a statement")
_EVENT_PLACES = (
    "the attack on the restaurant",
    "the attack on the upscale restaurant in the capital",
    "the attack on the restaurant in the capital, Zelvagrad,",
    "Sunday's bombing at the market in Okvara",
    "the assault on the army base near Velka",
)
_ACT_VERBS = ("targeted citizens of crusader countries", "killed 20 soldiers")
_LATER_CLAUSES = ("", ', saying such citizens would "not be safe"', ", but gave no details")


@st.composite
def statement_tells_the_attack_and_its_place(draw: st.DrawFn) -> AttributionCase:
    """ "An X statement says the attack on the restaurant in Zelvagrad targeted ..."."""
    written, name = draw(st.sampled_from(_NAMED_IN_STATEMENTS))
    frame = draw(st.sampled_from(_STATEMENTS)).format(g=written, G=capitalised(written))
    event = draw(st.sampled_from(_EVENT_PLACES))
    act, later = draw(st.sampled_from(_ACT_VERBS)), draw(st.sampled_from(_LATER_CLAUSES))
    return f"{frame} {event} {act}{later}.", frozenset({(name, Stance.CLAIMED)})


_NAMED_IN_STATEMENTS = (
    ("IS", "Islamic State"),
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
)


@given(statement_tells_the_attack_and_its_place())
def test_a_statement_telling_the_attack_and_its_place_claims_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own about the place: the attack is no subject of the act
        "Al-Shabaab said the attack on the base where police stormed the building was over.",
        # the negation stands in the act's own clause
        "Al-Shabaab said the attack on the base in Velka killed no soldiers.",
    ],
)
def test_no_claim_when_the_event_is_no_subject_or_the_act_is_negated(text: str) -> None:
    assert _read(text, _LEXICON) == set()


# --- a group with its own ("along with its allies"); its statement that a man was a soldier --
_COMITATIVES = (
    "along with its allies",
    "together with its affiliates",
    "along with their local allies",
    "together with its fighters",
)


@st.composite
def group_with_its_own_claims(draw: st.DrawFn) -> AttributionCase:
    """ "X along with its allies claimed responsibility for the attack"."""
    written, name = draw(any_group())
    with_own = draw(st.sampled_from(_COMITATIVES))
    verb = draw(st.sampled_from(("claimed responsibility for", "claimed", "has claimed")))
    event = draw(st.sampled_from(_EVENTS))
    return f"{capitalised(written)} {with_own} {verb} {event}.", frozenset({(name, Stance.CLAIMED)})


@given(group_with_its_own_claims())
def test_a_group_with_its_own_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


_SOLDIERS = (
    "Karim Zelvani was a soldier",
    "Karim Zelvani was a soldier of the caliphate",
    "the attacker was a soldier of the caliphate",
    "the two men were soldiers of the caliphate",
)


@st.composite
def group_calls_the_attacker_its_soldier(draw: st.DrawFn) -> AttributionCase:
    """ "X claimed that Karim Zelvani was a soldier of the caliphate"."""
    written, name = draw(any_group())
    when = draw(st.sampled_from(("", "Later on Saturday, ", "On Sunday, ")))
    subject = written if when else capitalised(written)
    text = f"{when}{subject} claimed that {draw(st.sampled_from(_SOLDIERS))}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(group_calls_the_attacker_its_soldier())
def test_a_group_calling_the_attacker_its_soldier_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "along with" another group: two actors, neither the other's own
        "Boko Haram along with al-Shabaab officials met in Mogadishu.",
        # others say so of a man: no group speaks
        "Police claimed that Karim Zelvani was a soldier.",
    ],
)
def test_no_claim_by_a_group_from_others_words(text: str) -> None:
    assert not {s for _, s in _read(text, _LEXICON)} & {Stance.CLAIMED}


# --- others' guess of the organisation in scope, named again ---------------------------------
_GUESSES = (
    "said the attack was most likely the work of {back}",
    "said the attack was probably the work of {back}",
    "suspect {back}",
)
_GUESSERS = (
    "US officials",
    "Police",
    "The claim dovetailed with intelligence assessments, which indicated the attack was "
    "most likely the work of {back}, according to officials",
)
_ORGANISATIONS_BACK = ("the group", "the extremist group", "the militant group", "the organisation")


@st.composite
def guess_of_the_group_named_again(draw: st.DrawFn) -> tuple[str, list[tuple[str, Stance]]]:
    """ "X claimed the attack. Officials said it was most likely the work of the group"."""
    written, name = draw(any_group())
    back = draw(st.sampled_from(_ORGANISATIONS_BACK))
    guesser = draw(st.sampled_from(_GUESSERS))
    second = guesser if "{back}" in guesser else f"{guesser} {draw(st.sampled_from(_GUESSES))}"
    text = f"{capitalised(written)} claimed the attack on Thursday. {second.format(back=back)}."
    return text, [(name, Stance.CLAIMED), (name, Stance.SUSPECTED)]


@given(guess_of_the_group_named_again())
def test_a_guess_of_the_group_named_again_suspects_it(
    case: tuple[str, list[tuple[str, Stance]]],
) -> None:
    text, expected = case
    assert _read_in_order(text) == expected


def test_a_guess_of_people_named_again_names_no_group() -> None:
    text = "Boko Haram claimed the attack on Thursday. Police suspect the militants."
    assert _read_in_order(text) == [("Boko Haram", Stance.CLAIMED)]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Officials said the attack was probably the work of Boko Haram.", Stance.SUSPECTED),
        ("Officials said the attack was possibly the work of Boko Haram.", Stance.SUSPECTED),
        ("Officials said Boko Haram was probably behind the attack.", Stance.SUSPECTED),
        ("Boko Haram was swiftly blamed for the attack.", Stance.ASSERTED),
    ],
)
def test_a_hedge_of_likelihood_guesses(text: str, stance: Stance) -> None:
    assert _read(text, _LEXICON) == {("Boko Haram", stance)}


# --- a group's man calls someone to claim the attack -----------------------------------------
_CALLERS = (
    "{G} spokesman",
    "A spokesman for {g}",
    "A representative of {g}",
    "{G} representatives",
)
_CALLS = ("called", "contacted", "telephoned", "phoned", "rang")
_CALLED = ("the BBC", "a local journalist from Velka", "news agencies", "a radio station in Okvara")
_TO_CLAIM = ("to claim responsibility for the attack", "to claim Sunday's bombing")


@st.composite
def group_man_calls_to_claim(draw: st.DrawFn) -> AttributionCase:
    """ "A spokesman for X called the BBC to claim responsibility for the attack"."""
    written, name = draw(st.sampled_from(_CALLING_GROUPS))
    caller = draw(st.sampled_from(_CALLERS)).format(g=written, G=capitalised(written))
    verb, called = draw(st.sampled_from(_CALLS)), draw(st.sampled_from(_CALLED))
    text = f"{caller} {verb} {called} {draw(st.sampled_from(_TO_CLAIM))}."
    return text, frozenset({(name, Stance.CLAIMED)})


_CALLING_GROUPS = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Taliban", "Taliban"),
)


@given(group_man_calls_to_claim())
def test_a_group_man_calling_to_claim_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_others_calling_to_claim_their_things_name_no_claim() -> None:
    text = "Police called residents to claim their belongings after the Boko Haram attack."
    assert ("Boko Haram", Stance.CLAIMED) not in _read(text, _LEXICON)
