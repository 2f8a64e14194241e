"""Attributions of round 13 (attrbg13): the attack's place in a group's record.

News tells where the attack stands among a group's acts: "the first claimed by the group
in Zelvania", "the deadliest ever claimed by the group", "the first by X in Velka", "the
bloodiest by the group since 2019". The superlative places this event in the record, so
the group is named as its author: claimed when the record is of claims (a back-reference
may carry it, since it is a new statement, no recap of a claim told before), asserted
when it is of attacks. A plain "an attack claimed by the group" stays a recap.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import ARMED_NAMES, AttributionCase, any_group

_LEXICON = Lexicon.default()

_SUBJECTS = ("The attack", "Tuesday's bombing", "The rare attacks", "It", "The assault")
_VERBS = {"The rare attacks": "were"}
_TOPS = ("first", "deadliest", "bloodiest", "worst", "first ever", "deadliest ever")
_NOUNS = ("", " attack", " bombing", " one")
_TAILS = ("", " in Zelvania", " since 2019", " in northern Velka")
_BACK = ("the group", "the militant group", "the terrorist group", "the jihadist group")
_FIRST_SENTENCES = (
    "{n} claimed responsibility for the bombing in Dunmar.",
    "Police in Dunmar said {n} had carried out the bombing.",
)


def _last_sentence(text: str) -> set[tuple[str, Stance]]:
    """The (actor, stance) pairs read in the text's last sentence, the others as context."""
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    return {(c.actor, c.stance) for c in find_attributions(ctx, ctx.sentences[-1])}


@st.composite
def first_claimed_by(draw: st.DrawFn) -> AttributionCase:
    """ "The attack was the first claimed by the group in Zelvania": the group's claim."""
    written, name = draw(any_group())
    subject = draw(st.sampled_from(_SUBJECTS))
    verb = _VERBS.get(subject, "was")
    top = draw(st.sampled_from(_TOPS))
    noun = draw(st.sampled_from(_NOUNS))
    tail = draw(st.sampled_from(_TAILS))
    if draw(st.booleans()):
        lead = draw(st.sampled_from(_FIRST_SENTENCES)).format(n=written)
        agent = draw(st.sampled_from(_BACK))
        text = f"{lead} {subject} {verb} the {top}{noun} claimed by {agent}{tail}."
    else:
        text = f"{subject} {verb} the {top}{noun} claimed by {written}{tail}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(first_claimed_by())
def test_the_first_claimed_by_a_group_is_its_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _last_sentence(text) == expected


@st.composite
def first_by(draw: st.DrawFn) -> AttributionCase:
    """ "The assault was the first by X in Velka": X is named as the author.

    A known group: "the first by" is too weak a cue to read a name not known as a group.
    """
    written, name = draw(st.sampled_from(ARMED_NAMES))
    subject = draw(st.sampled_from(_SUBJECTS))
    verb = _VERBS.get(subject, "was")
    top = draw(st.sampled_from(_TOPS))
    tail = draw(st.sampled_from(_TAILS))
    sayer = draw(st.sampled_from(("", "Analysts said ", "Officials say ")))
    if sayer:
        subject = subject[:1].lower() + subject[1:] if subject != "It" else "it"
    return f"{sayer}{subject} {verb} the {top} by {written}{tail}.", frozenset(
        {(name, Stance.ASSERTED)}
    )


@given(first_by())
def test_the_first_by_a_group_names_it_as_author(case: AttributionCase) -> None:
    text, expected = case
    assert _last_sentence(text) == expected


@given(st.sampled_from(ARMED_NAMES), st.sampled_from(_BACK))
def test_an_attack_claimed_by_the_group_is_a_recap(group: tuple[str, str], back: str) -> None:
    """No superlative: "an attack claimed by the group" repeats the claim told before."""
    written, _ = group
    text = f"{written} claimed responsibility for the bombing. It was an attack claimed by {back}."
    assert _last_sentence(text) == set()


@given(st.sampled_from(ARMED_NAMES))
def test_the_first_by_far_names_no_one(group: tuple[str, str]) -> None:
    """ "the first by far" has no group after "by": nothing is read."""
    written, _ = group
    text = f"Dunmar was the first by far to report the toll, before {written} spoke."
    assert _last_sentence(text) == set()


_ORGANISATIONS = (
    "The group",
    "The militant outfit",
    "The outfit",
    "The militant group",
)
_SUSPICIONS = (
    ("was also suspected to have orchestrated", Stance.SUSPECTED),
    ("was also suspected of carrying out", Stance.SUSPECTED),
    ("is suspected of carrying out", Stance.SUSPECTED),
    ("was also blamed for", Stance.ASSERTED),
)
_EARLIER = (
    "the January 2 attack on a hotel in Dunmar",
    "the 2019 bombing of a market in Velka",
    "the March attack on a police post",
)


@st.composite
def suspected_of_an_earlier_attack(draw: st.DrawFn) -> AttributionCase:
    """ "The outfit was also suspected to have orchestrated the January 2 attack": the group's."""
    written, name = draw(any_group())
    lead = draw(st.sampled_from(_FIRST_SENTENCES)).format(n=written)
    subject = draw(st.sampled_from(_ORGANISATIONS))
    cue, stance = draw(st.sampled_from(_SUSPICIONS))
    event = draw(st.sampled_from(_EARLIER))
    return f"{lead} {subject} {cue} {event}.", frozenset({(name, stance)})


@given(suspected_of_an_earlier_attack())
def test_an_organisation_told_back_may_be_suspected(case: AttributionCase) -> None:
    text, expected = case
    assert _last_sentence(text) == expected


@given(st.sampled_from(ARMED_NAMES), st.sampled_from(("The militants", "The gunmen")))
def test_people_told_back_are_not_suspected(group: tuple[str, str], people: str) -> None:
    """ "The gunmen were suspected of ...": who they are is not said, nothing is read."""
    written, _ = group
    text = f"{written} is active in Dunmar. {people} were suspected of carrying out the raid."
    assert _last_sentence(text) == set()


@st.composite
def a_negated_rank(draw: st.DrawFn) -> AttributionCase:
    """ "The attack is no longer the deadliest ever claimed by X": X's claim still stands."""
    written, name = draw(any_group())
    negation = draw(st.sampled_from(("no longer", "not")))
    top = draw(st.sampled_from(_TOPS))
    noun = draw(st.sampled_from(_NOUNS))
    lead = draw(st.sampled_from(("", "As a result of the change, ", "Officials said ")))
    subject = "the attack" if lead else "The attack"
    return (
        f"{lead}{subject} is {negation} the {top}{noun} claimed by {written}.",
        frozenset({(name, Stance.CLAIMED)}),
    )


@given(a_negated_rank())
def test_a_negated_rank_keeps_the_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _last_sentence(text) == expected


@given(
    st.sampled_from(ARMED_NAMES), st.sampled_from(("was not claimed by", "was never claimed by"))
)
def test_a_negated_claim_is_no_claim(group: tuple[str, str], cue: str) -> None:
    """The negation of the claim itself, with no rank after it, still undoes it."""
    written, _ = group
    assert _last_sentence(f"The bombing {cue} {written}.") == set()
