"""Attributions, round 13 (attr13): what one sentence tells and the next refers back to.

A sentence that ends inside its own relative clause (", which killed 40.") leaves the next
sentence's subject alone: "Okvara Front, a banned group tied to al-Qaeda, said ..." is the
group's claim, not a name closing the clause before. Others' doubt of what was told before
by a back-reference ("cast doubt on that theory", "the claim could be an attempt to
deflect attention") denies the actor of that claim or blame. Invented names with known ones.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import extract
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised, unknown_group
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()

_KNOWN = (("al-Shabaab", "al-Shabaab"), ("Boko Haram", "Boko Haram"), ("Jundullah", "Jundallah"))
_CLAUSE_ENDS = (
    "The bomb went off near the Velka market on Sunday, which was a holiday.",
    "Gunmen stormed the hotel in Dunmar, where 40 guests were staying.",
    "The blast hit a bus carrying Zelvanian pilgrims, who had come from Okvara.",
    "Jundullah claimed the attack on Sunday, which killed 55.",
)
_APPOSITIONS = (
    "a banned group",
    "a banned Islamist group closely tied to al-Qaeda and the Taliban",
    "an armed group based in Okvara",
    "a splinter of the Velka movement",
)
_TELLINGS = (
    ("said the attack was a reaction to the military operation", Stance.CLAIMED),
    ("claimed responsibility for the bombing", Stance.CLAIMED),
    ("said it carried out the attack", Stance.CLAIMED),
    ("denied any role in the attack", Stance.DENIED),
)


@st.composite
def subject_after_a_closed_clause(draw: st.DrawFn) -> AttributionCase:
    """A sentence ending in ", which ...", then "X, <apposition>, <claims>" in the next."""
    written, name = draw(st.one_of(st.sampled_from(_KNOWN), unknown_group()))
    first = draw(st.sampled_from(_CLAUSE_ENDS))
    gap = draw(st.sampled_from((" ", "\n\n")))
    aside = draw(st.sampled_from(_APPOSITIONS))
    telling, stance = draw(st.sampled_from(_TELLINGS))
    text = f"{first}{gap}{capitalised(written)}, {aside}, {telling}."
    expected = {(name, stance)}
    if first.startswith("Jundullah"):
        expected.add(("Jundallah", Stance.CLAIMED))
    return text, frozenset(expected)


@given(subject_after_a_closed_clause())
def test_a_clause_closed_in_the_sentence_before_leaves_the_subject(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@given(st.sampled_from(_KNOWN))
def test_a_name_closing_a_clause_of_its_own_sentence_is_no_subject(known: tuple[str, str]) -> None:
    """The clause opened in the name's own sentence still hides it from the verb after."""
    written, _ = known
    text = f"Its cell in Velka, which borders Okvara and {written}, was responsible, it said."
    assert (known[1], Stance.CLAIMED) not in _read(text, _LEXICON)


# --- others' doubt of what was told before: "cast doubt on that theory" -------------------

_CLAIMS_TOLD = (
    "{g} claimed responsibility for the attack on the Velka hotel.",
    "{g} said in a statement that its fighters carried out the bombing.",
)
_BLAMES_TOLD = (
    ("Dunmar officials blamed {g} for the attack.", Stance.ASSERTED),
    ("Police suspect {g} was behind the bombing.", Stance.SUSPECTED),
    ("Officials in Okvara believe {g} carried out the attack.", Stance.BELIEVED),
)
_BETWEEN = ("", " The city was calm on Monday.", " Twelve people were killed.")
_DOUBTERS = (
    "Western officials",
    "Senior officials",
    "Foreign diplomats",
    "Analysts",
    "Velka intelligence sources",
    "The minister",
)
_CLAIM_REFS = ("the claim", "that claim", "the statement", "this claim")
_BLAME_REFS = ("that theory", "the allegation", "this account", "the accusation")
_DOUBTS = (
    "{s} cast doubt on {r}.",
    "{s} have dismissed {r}.",
    "But {s} questioned {r} on Tuesday.",
    "{s} said {r} could be an attempt to deflect attention.",
    "{s} warned that {r} may well be an attempt to mislead investigators.",
)


@st.composite
def doubt_of_a_told_claim(draw: st.DrawFn) -> AttributionCase:
    """A claim or a blame, then others' doubt of it by a back-reference: its denial."""
    written, name = draw(st.one_of(st.sampled_from(_KNOWN), unknown_group()))
    if draw(st.booleans()):
        told, stance = draw(st.sampled_from(_CLAIMS_TOLD)), Stance.CLAIMED
        ref = draw(st.sampled_from(_CLAIM_REFS))
    else:
        told, stance = draw(st.sampled_from(_BLAMES_TOLD))
        ref = draw(st.sampled_from(_BLAME_REFS))
    doubt = draw(st.sampled_from(_DOUBTS))
    doubter = draw(st.sampled_from(_DOUBTERS))
    text = (
        told.format(g=capitalised(written))
        + draw(st.sampled_from(_BETWEEN))
        + " "
        + capitalised(doubt.format(s=doubter, r=ref))
    )
    return text, frozenset({(name, stance), (name, Stance.DENIED)})


@given(doubt_of_a_told_claim())
def test_a_doubt_of_what_was_told_before_denies_its_actor(case: AttributionCase) -> None:
    text, expected = case
    assert _read_document(text) == expected


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(
        (
            "Analysts did not dispute the claim.",
            "Officials never questioned that claim.",
            "Analysts cast doubt on that theory.",  # a claim told, no blame: nothing doubted
            "Police dismissed the claim that the bomb was planted overnight.",
        )
    ),
)
def test_no_doubt_or_nothing_of_its_kind_before_denies_nothing(
    known: tuple[str, str], doubt: str
) -> None:
    written, name = known
    text = f"{written} claimed responsibility for the attack. {doubt}"
    assert _read_document(text) == {(name, Stance.CLAIMED)}


def _read_document(text: str) -> set[tuple[str, Stance]]:
    """The (actor, stance) pairs of a whole document's reading (doubts look back)."""
    return {
        (c.actor, c.stance)
        for c in extract(Document(id="d", text=text), _LEXICON)
        if c.type == "attribution"
    }


# --- a capitalised adjective of a bloc, a rank or a reach names no one ----------------------


@given(
    st.sampled_from(
        ("Western", "Eastern", "Foreign", "International", "Senior", "Top", "Regional", "Local")
    ),
    st.sampled_from(("officials", "diplomats", "analysts", "intelligence sources")),
    st.sampled_from(
        (
            "{w} {s} have dismissed the allegation.",
            "{w} {s} rejected the accusations as baseless.",
            "{w} {s} dismissed the claim.",
        )
    ),
)
def test_a_capitalised_adjective_before_speakers_is_no_actor(
    adjective: str, speakers: str, frame: str
) -> None:
    assert _read(frame.format(w=adjective, s=speakers), _LEXICON) == set()


# --- a person named again by his name alone speaks for the group he was tied to -----------

_PERSONS = (("Karim Zelvani", "Zelvani"), ("Tariq Hurdane", "Hurdane"), ("Amir Okvari", "Okvari"))
_ROLES = (
    "a spokesman for the",
    "a commander of the",
    "the leader of the",
    "a senior commander of the Dunmar faction of the",
)
_INTRODUCTIONS = (
    "{p}, {r} {g}, spoke to reporters by telephone.",
    "{p}, {r} {g}, sent a message to journalists on Friday.",
)
_OWN_QUOTES = (
    (
        "\u201cOur four fighters carried out the attack on the Velka hotel today,\u201d said {s}.",
        Stance.CLAIMED,
    ),
    ('"We carried out the attack on the army base," {s} said.', Stance.CLAIMED),
    ("\u201cOur men stormed the school,\u201d {s} told reporters.", Stance.CLAIMED),
    ("{s} said the suicide bombing was the revenge for the army's offensive.", Stance.CLAIMED),
    (
        "{s} said the attack \u201cis the revenge of the killing of our people.\u201d",
        Stance.CLAIMED,
    ),
    ("Police said the attack was carried out by {s}.", Stance.ASSERTED),
)


@st.composite
def person_named_again(draw: st.DrawFn) -> AttributionCase:
    """ "X, a commander of G, spoke ... " then ""We carried out the attack," said X": G's.

    What he says of the attack ("X said the bombing was revenge") is G's claim; the attack
    "carried out by X" is G's, as "X" is no group of his own.

    (A group the lexicon does not know is named by no frame here, so is no actor.)
    """
    written, name = draw(st.sampled_from(_KNOWN))
    person, surname = draw(st.sampled_from(_PERSONS))
    intro = draw(st.sampled_from(_INTRODUCTIONS)).format(
        p=person, r=draw(st.sampled_from(_ROLES)), g=written
    )
    quote, stance = draw(st.sampled_from(_OWN_QUOTES))
    between = draw(st.sampled_from(_BETWEEN))
    return f"{intro}{between} {quote.format(s=surname)}", frozenset({(name, stance)})


@given(person_named_again())
def test_a_person_named_again_speaks_for_the_group_he_was_tied_to(case: AttributionCase) -> None:
    text, expected = case
    assert _read_document(text) == expected
