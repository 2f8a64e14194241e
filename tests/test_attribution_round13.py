"""Attributions, round 13 (attr13): a clause of one sentence ends there.

A sentence that ends inside its own relative clause (", which killed 40.") leaves the next
sentence's subject alone: "Okvara Front, a banned group tied to al-Qaeda, said ..." is the
group's claim, not a name closing the clause before. Invented names with known ones.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
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
