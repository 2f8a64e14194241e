"""Attribution phenomena of round 12 (stance frames), drawn by grammars with the claims each yields.

A group's own denial told as a clause ("denied it was responsible for the attack",
"denies being behind", "denied having a hand in"); a group refuting another's claim or
report of its part ("has refuted the claim", "rejected reports that it carried out");
another's denial of a group's part without "that" ("officials denied the Front was
behind the attack"), which says nothing else of the group. A claim in the progressive ("was
claiming responsibility"); a group or its outlet naming its attackers; the group's formula
"were soldiers of X" in a quotation its outlet closes; "another X-claimed attack"; a modal
before a passive's agent ("could have been planned by X") hedges it; a name after a
participle is not what was blamed ("blamed the unrest sweeping Zelvania"). An inquiry
("are investigating whether X was behind", "the possibility that X carried out") or a
suspicion voiced ("expressed suspicion that X had a hand in") suspects. A blame may put
the speaker's epithet in quotation marks before the name ("blamed on “terrorist state”
Dunmar"). Invented names
of groups and speakers, known groups, and other tenses and word orders.
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


@st.composite
def claim_in_the_progressive(draw: st.DrawFn) -> AttributionCase:
    """ "X was claiming responsibility for the attack", told by a relay or not."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    aux = draw(st.sampled_from(("is", "was", "are", "were")))
    what = draw(st.sampled_from(("responsibility", "credit", "responsibility for the attack")))
    relay = draw(st.sampled_from(("", "Amaq reported that ", "Officials said ")))
    written = written if relay else capitalised(written)
    return f"{relay}{written} {aux} claiming {what}.", frozenset({(name, Stance.CLAIMED)})


@given(claim_in_the_progressive())
def test_a_claim_in_the_progressive_is_a_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def group_names_its_attackers(draw: st.DrawFn) -> AttributionCase:
    """ "Amaq named the attackers", "X named the bomber as Y": the group tells its men."""
    written, name = draw(
        st.sampled_from(
            (*_KNOWN, ("Amaq", "Islamic State"), ("The group's outlet Amaq", "Islamic State"))
        )
    )
    verb = draw(st.sampled_from(("named", "has named", "later named")))
    who = draw(st.sampled_from(("the attackers", "the bomber", "both gunmen", "the two attackers")))
    tail = draw(st.sampled_from(("", " as Karim Zelvani", " in a statement")))
    return f"{capitalised(written)} {verb} {who}{tail}.", frozenset({(name, Stance.CLAIMED)})


@given(group_names_its_attackers())
def test_a_group_naming_its_attackers_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_an_official_naming_the_attackers_claims_nothing() -> None:
    assert _read("Police named the attackers as Karim Zelvani and Tariq Hurdane.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe executors of the attack were soldiers of the Islamic State,\u201d Amaq said.",
        '"The attackers are soldiers of the Islamic State," the group\'s Amaq agency said.',
    ],
)
def test_the_formula_soldiers_of_after_a_copula_claims(text: str) -> None:
    assert _read(text) == {("Islamic State", Stance.CLAIMED)}, text


@pytest.mark.parametrize("det", ["another", "an", "the second"])
def test_another_group_claimed_attack_is_its_claim(det: str) -> None:
    found = _read(f"The blast came a week after {det} IS-claimed attack on a mosque in Velka.")
    assert found == {("Islamic State", Stance.CLAIMED)}


@st.composite
def modal_passive_agent(draw: st.DrawFn) -> AttributionCase:
    """ "The attack could have been planned by X": the modal hedges the agent."""
    written, name = draw(st.sampled_from(_KNOWN))
    modal = draw(st.sampled_from(("could", "may", "might")))
    verb = draw(st.sampled_from(("carried out", "planned", "orchestrated", "staged")))
    event = draw(st.sampled_from(_EVENTS))
    speaker = draw(st.sampled_from(("", "The minister said ", "Police believe ")))
    told = event if speaker else capitalised(event)
    text = f"{speaker}{told} {modal} have been {verb} by {written}."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(modal_passive_agent())
def test_a_modal_before_a_passive_agent_hedges_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He blamed the protests sweeping Zelvania for the attack.", set()),
        ("He blamed the unrest gripping Pakistan for the bombing.", set()),
        ("He blamed the ruling Okvara Front for the attack.", {("Okvara Front", Stance.ASSERTED)}),
        ("Officials blamed al-Shabaab for the attack.", {("al-Shabaab", Stance.ASSERTED)}),
    ],
)
def test_a_name_after_a_participle_is_not_the_blamed(text: str, expected: set) -> None:
    assert _read(text) == expected, text


@st.composite
def inquiry_or_suspicion(draw: st.DrawFn) -> AttributionCase:
    """ "Police are investigating whether X was behind the attack": an inquiry suspects X."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    speaker = draw(st.sampled_from(("Police", "Investigators", "The interior ministry")))
    frame = draw(
        st.sampled_from(
            (
                "are investigating whether",
                "were looking into whether",
                "are examining the possibility that",
                "expressed suspicion that",
            )
        )
    )
    event = draw(st.sampled_from(_EVENTS))
    told = draw(
        st.sampled_from(
            (
                f"was behind {event}",
                f"could have carried out {event}",
                f"had a hand in {event}",
                f"carried out {event}",
            )
        )
    )
    text = f"{speaker} {frame} {written} {told}."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(inquiry_or_suspicion())
def test_an_inquiry_or_a_voiced_suspicion_suspects(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether al-Shabaab was behind the attack.",
        "Police do not believe that al-Shabaab was behind the attack.",
        "Police do not suspect that the Zelvani Front was behind the attack.",
    ],
)
def test_a_negation_outside_the_frame_still_holds(text: str) -> None:
    assert _read(text) == set(), text


@pytest.mark.parametrize("epithet", ["terrorist", "terrorist state", "rogue terror state"])
@pytest.mark.parametrize(
    ("frame", "written", "name"),
    [
        ("The minister blamed the attack on {q} {n}.", "Pakistan", "Pakistan"),
        ("The attack, which the minister blamed on {q} {n}, killed 17.", "Pakistan", "Pakistan"),
        ("Officials blamed the {q} {n} for the bombing.", "Okvara Front", "Okvara Front"),
    ],
)
def test_a_quoted_epithet_before_the_blamed_name(
    epithet: str, frame: str, written: str, name: str
) -> None:
    text = frame.format(q=f"\u201c{epithet}\u201d", n=written)
    assert _read(text) == {(name, Stance.ASSERTED)}, text
