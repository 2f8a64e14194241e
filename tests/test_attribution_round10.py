"""Attribution phenomena of round 10 (attrib), drawn by a grammar with the claims each yields.

A count with no article before a group's attackers ("four X gunmen were among the dead"), but
not a year ("in 2014 X ...") nor a state's strength ("3,000 Zelvanian troops"). Known groups
under their spellings, invented places, other numbers, tenses and sentence positions.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Taliban", "Taliban"),
    ("ISIS", "Islamic State"),
    ("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar"),
)
_COUNTS = ("Four", "Two", "At least three", "Five", "7", "About a dozen")
_ATTACKERS = ("attackers", "gunmen", "suicide bombers", "assailants")
_AFTER = (
    "were among the dead",
    "were killed by the security forces",
    "stormed the Velmar hotel",
    "had entered the Ostrin campus before dawn",
)


def _read(text: str) -> set[tuple[str, Stance]]:
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    return {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}


@st.composite
def counted_attackers(draw: st.DrawFn) -> AttributionCase:
    """ "Four X gunmen were among the dead": a count of a group's attackers, no article."""
    written, name = draw(st.sampled_from(_KNOWN))
    count = draw(st.sampled_from(_COUNTS))
    noun = draw(st.sampled_from(_ATTACKERS))
    after = draw(st.sampled_from(_AFTER))
    lead = draw(st.sampled_from(("", "Police in Velmar said ", "On Monday, ")))
    if lead:
        count = count[0].lower() + count[1:] if not count[0].isdigit() else count
    text = f"{lead}{count} {written} {noun} {after}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(counted_attackers())
def test_a_count_of_a_groups_attackers_needs_no_article(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(st.sampled_from(("2014", "1998", "2021")), st.sampled_from(_ATTACKERS))
def test_a_year_before_a_groups_name_is_no_count(year: str, noun: str) -> None:
    # The name is still read by the attacker frame with its act, so only the span may not
    # open at the year.
    ctx = DocContext(Document(id="d", text=f"In {year} ISIS {noun} were seen in Velmar."), _LEXICON)
    quotes = [c.quote for s in ctx.sentences for c in find_attributions(ctx, s)]
    assert not any(q.startswith(year) for q in quotes), quotes


@given(st.sampled_from(("3,000", "About 500", "Two")), st.sampled_from(("troops", "forces")))
def test_a_count_of_a_states_troops_is_no_attribution(count: str, noun: str) -> None:
    assert _read(f"{count} US {noun} are deployed in Velmar.") == set()
