"""Attribution stances of round 11, drawn by a grammar with the claims each yields.

Denials told as rejecting the accusation, whoever made it ("rubbished Zelvania's
allegations", "said the charges were baseless"). Invented names of groups, states and
accusers, and other tenses, owners and verdicts.
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

_INVENTED = (
    ("the Okvara Brigade", "Okvara Brigade"),
    ("the Zelvani Front", "Zelvani Front"),
    ("the Hurdane Movement", "Hurdane Movement"),
)
_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Islamic State", "Islamic State"),
)
_STATES = (("Pakistan", "Pakistan"), ("Israel", "Israel"), ("Iran", "Iran"))
_EVENTS = ("the attack", "Friday's bombing", "the hotel assault", "the twin blasts")
# Whose accusation: an article, an accuser's possessive, with or without a modifier.
_OWNERS = (
    "the ",
    "",
    "Zelvania's ",
    "Dunmar's recent ",
    "the Velka government's ",
    "these ",
    "all the ",
)
_CHARGES = ("allegations", "allegation", "accusations", "charges", "charge")
_VERDICTS = ("baseless", "unfounded", "false", "absurd", "groundless", "fabricated")


def _read(text: str) -> set[tuple[str, Stance]]:
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    return {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}


@st.composite
def accusation_rejected(draw: st.DrawFn) -> AttributionCase:
    """A state or group rejects the accusation: the verb, whose accusation, a verdict."""
    written, name = draw(st.sampled_from(_STATES + _INVENTED + _KNOWN))
    verb = draw(
        st.sampled_from(
            (
                "dismissed",
                "rubbished",
                "has rubbished",
                "rejected",
                "has rejected",
                "refuted",
                "denied",
                "denies",
                "brushed aside",
                "on Sunday dismissed",
            )
        )
    )
    owner, charge = draw(st.sampled_from(_OWNERS)), draw(st.sampled_from(_CHARGES))
    tail = draw(
        st.sampled_from(("", " against it", ' as "baseless and irresponsible"', " on the attack"))
    )
    return f"{written} {verb} {owner}{charge}{tail}.", frozenset({(name, Stance.DENIED)})


@given(accusation_rejected())
def test_rejecting_an_accusation_is_a_denial(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def accusation_called_untrue(draw: st.DrawFn) -> AttributionCase:
    """A state or group says the accusation is untrue: "said the charges were baseless"."""
    written, name = draw(st.sampled_from(_STATES + _INVENTED + _KNOWN))
    owner, charge = draw(st.sampled_from(_OWNERS)), draw(st.sampled_from(_CHARGES))
    verdict = draw(st.sampled_from(_VERDICTS))
    frame = draw(st.integers(0, 2))
    if frame == 0:
        copula = "were" if charge.endswith("s") else "was"
        adverb = draw(st.sampled_from(("", "totally ")))
        that = draw(st.sampled_from(("", "that ", "on Monday that ")))
        text = f"{written} said {that}{owner}{charge} {copula} {adverb}{verdict}."
    elif frame == 1:
        text = f"{written} called {owner}{charge} {verdict}."
    else:
        other = draw(st.sampled_from(("vitriolic", "irresponsible")))
        text = f"{written} says {owner}{charge} \u2018{other}, {verdict}\u2019."
    return text, frozenset({(name, Stance.DENIED)})


@given(accusation_called_untrue())
def test_calling_an_accusation_untrue_is_a_denial(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_a_charge_dropped_or_weighed_is_no_denial() -> None:
    # A court dropping charges, or a state weighing them, denies no attack.
    assert _read("The court dismissed the charges against the Okvara Brigade.") == set()
    assert _read("Pakistan said the allegations would be investigated.") == set()
