"""Attribution phenomena of round 12 (stance frames), drawn by grammars with the claims each yields.

A group's own denial told as a clause ("denied it was responsible for the attack",
"denies being behind", "denied having a hand in"); a group refuting another's claim or
report of its part ("has refuted the claim", "rejected reports that it carried out");
another's denial of a group's part without "that" ("officials denied the Front was
behind the attack"), which says nothing else of the group. Invented names of groups and
speakers, known groups, and other tenses and word orders.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_INVENTED = (
    ("the Okvara Brigade", "Okvara Brigade"),
    ("the Zelvani Front", "Zelvani Front"),
    ("the Hurdane Movement", "Hurdane Movement"),
)
_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Taliban", "Taliban"),
)
_EVENTS = ("the attack", "Friday's bombing", "the hotel assault", "the massacre")
_DENY = ("denied", "denies", "has denied", "later denied", "swiftly denied")


@st.composite
def denial_told_as_a_clause(draw: st.DrawFn) -> AttributionCase:
    """ "X denied it was responsible for the attack": the group's own denial."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    verb = draw(st.sampled_from(_DENY))
    that = draw(st.sampled_from(("", "that ")))
    own = draw(st.sampled_from(("it", "they", "its fighters", "the group")))
    event = draw(st.sampled_from(_EVENTS))
    plural = own in ("they", "its fighters")
    be = "were" if plural else "was"
    told = draw(
        st.sampled_from(
            (
                f"{be} responsible for {event}",
                f"{be} behind {event}",
                f"had carried out {event}",
                f"{be} responsible",
                f"{be} involved",
            )
        )
    )
    return f"{capitalised(written)} {verb} {that}{own} {told}.", frozenset({(name, Stance.DENIED)})


@given(denial_told_as_a_clause())
def test_a_denial_told_as_a_clause_is_the_groups_denial(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def denial_by_a_gerund(draw: st.DrawFn) -> AttributionCase:
    """ "X denies being responsible for", "denied having a hand in": a gerund after the verb."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    verb = draw(st.sampled_from(_DENY))
    event = draw(st.sampled_from(_EVENTS))
    told = draw(
        st.sampled_from(
            (
                f"being responsible for {event}",
                f"having carried out {event}",
                f"having any role in {event}",
                f"having a hand in {event}",
                f"any hand in {event}",
                "being responsible",
            )
        )
    )
    return f"{capitalised(written)} {verb} {told}.", frozenset({(name, Stance.DENIED)})


@given(denial_by_a_gerund())
def test_a_denial_by_a_gerund_is_the_groups_denial(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def claim_refuted(draw: st.DrawFn) -> AttributionCase:
    """ "X has refuted the claim", "rejected reports that it carried out": the group denies."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    verb = draw(
        st.sampled_from(
            ("refuted", "has refuted", "rejected", "rejects", "dismissed", "denied", "has denied")
        )
    )
    whose = draw(st.sampled_from(("the", "Velka's", "the Dunmar army's", "these")))
    noun = draw(st.sampled_from(("claim", "claims", "report", "reports")))
    event = draw(st.sampled_from(_EVENTS))
    what = draw(
        st.sampled_from(
            (
                f"{whose} {noun}",
                f"{whose} claim of responsibility",
                f"reports that it carried out {event}",
                f"the claim that its fighters carried out {event}",
                f"{whose} report that it was behind {event}",
            )
        )
    )
    return f"{capitalised(written)} {verb} {what}.", frozenset({(name, Stance.DENIED)})


@given(claim_refuted())
def test_a_group_refuting_a_claim_of_its_part_denies(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def part_denied_by_another(draw: st.DrawFn) -> AttributionCase:
    """ "Officials denied X was behind the attack": X's part denied, and nothing asserted."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    speaker = draw(
        st.sampled_from(("Officials", "The interior minister", "A police spokesman", "Velka"))
    )
    verb = draw(st.sampled_from(("denied", "denies", "has denied", "had denied")))
    event = draw(st.sampled_from(_EVENTS))
    told = draw(
        st.sampled_from(
            (
                f"was behind {event}",
                f"was responsible for {event}",
                "was involved",
                f"had carried out {event}",
            )
        )
    )
    return f"{speaker} {verb} {written} {told}.", frozenset({(name, Stance.DENIED)})


@given(part_denied_by_another())
def test_another_denying_a_groups_part_asserts_nothing(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # A claim of figures refuted, or a denial of something else: no attribution.
        "The Okvara Brigade rejected the army's claim that 40 of its fighters were killed.",
        "The Zelvani Front denied it was holding hostages.",
        "Boko Haram denied reports that its leader had been killed.",
    ],
)
def test_a_denial_of_something_else_is_no_attribution(text: str) -> None:
    assert not any(stance is Stance.DENIED for _, stance in _read(text)), text
