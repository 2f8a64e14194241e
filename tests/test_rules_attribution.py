"""Attribution rules and who speaks for the perpetrator (self-interest notes)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import (
    AttributionClaim,
    Document,
    Event,
    Report,
    Source,
    Span,
)
from claimrecon.models import Severity, SourceKind
from claimrecon.rules import find_contradictions
from tests.builders import LEXICON, att, fig
from tests.rulecases import rules_found, run

# --- attribution -----------------------------------------------------------------------------


def test_two_perpetrators_conflict_with_stances_in_the_explanation():
    claimed = att("Islamic State", "claimed", source="Islamic State", kind="militant")
    believed = att("Haqqani network", "believed", source="a US general", kind="official")
    result = run(claimed, believed)
    assert rules_found(result) == ["attribution-conflict"]
    (x,) = result.contradictions
    assert x.severity is Severity.HARD
    assert "claims responsibility" in x.explanation
    assert "believes Haqqani network did it" in x.explanation


def test_one_family_is_one_perpetrator():
    assert (
        run(
            att("Islamic State", "claimed"), att("Islamic State Khorasan", "asserted")
        ).contradictions
        == ()
    )
    assert run(att("Taliban", "suspected"), att("Haqqani network", "believed")).contradictions == ()
    assert run(att("ISIS-K", "asserted"), att("ISIS", "claimed")).contradictions == ()


def test_bracketed_group_names_its_family():
    assert (
        run(
            att("Taliban", "suspected"), att("Haqqani network (Taliban)", "believed")
        ).contradictions
        == ()
    )


@pytest.mark.parametrize("parent", ["Lashkar-e-Jhangvi", "al-Qaeda", "Jaish-e-Mohammed"])
@pytest.mark.parametrize("part", ["al-Zelvani", "al-Okvari", "el-Dunmari"])
def test_a_known_group_and_an_arabic_part_is_its_branch(parent: str, part: str) -> None:
    """A name the lexicon does not know, "<group> al-<Part>", is a branch of the group."""
    branch = att(f"{parent} {part}", "asserted")
    assert run(att(parent, "asserted"), branch).contradictions == ()
    assert rules_found(run(att("Taliban", "asserted"), branch)) == ["attribution-conflict"]


@pytest.mark.parametrize("parent", ["Islamic State", "al-Qaeda", "Boko Haram"])
@pytest.mark.parametrize("land", ["Velka", "North Okvara", "Greater Dunmar"])
def test_a_known_group_and_a_province_is_its_branch(parent: str, land: str) -> None:
    """A name the lexicon does not know, "<group> <land> Province", is a branch of the group."""
    branch = att(f"{parent} {land} Province", "claimed")
    assert run(att(parent, "asserted"), branch).contradictions == ()
    assert rules_found(run(att("Taliban", "asserted"), branch)) == ["attribution-conflict"]


def test_a_province_of_no_known_group_is_its_own_name() -> None:
    """ "Zelvan Velka Province" names no group the lexicon or the event knows: a rival."""
    rival = att("Zelvan Velka Province", "claimed")
    assert rules_found(run(att("Islamic State", "asserted"), rival)) == ["attribution-conflict"]


def test_a_denial_by_a_group_nobody_names_is_no_conflict():
    result = run(att("Islamic State", "claimed"), att("Taliban", "denied", source="Taliban"))
    assert result.contradictions == ()


def test_a_denial_of_a_named_group_conflicts():
    result = run(att("Taliban", "asserted"), att("Taliban", "denied", source="Taliban"))
    assert rules_found(result) == ["attribution-conflict"]
    assert "denies responsibility" in result.contradictions[0].explanation


def test_a_denial_against_a_suspicion_is_soft():
    result = run(att("Taliban", "suspected"), att("Taliban", "denied", source="Taliban"))
    assert [x.severity for x in result.contradictions] == [Severity.SOFT]


def test_two_suspicions_are_a_soft_conflict():
    (x,) = run(att("Islamic State", "suspected"), att("Taliban", "suspected")).contradictions
    assert x.severity is Severity.SOFT


def test_self_interested_figures_and_claims_are_noted():
    amaq = Source(name="Amaq", kind=SourceKind.MILITANT)
    claim = AttributionClaim(
        span=Span(doc="d", start=0, end=1),
        quote="x",
        source=Source(name="Islamic State", kind="militant", via=(amaq,)),
        actor="Islamic State",
        stance="claimed",
    )
    toll = fig(27, source="Islamic State", kind="militant", doc="d")
    other = fig(2)
    result = run(claim, toll, other)
    notes = [n for n in result.notes if n.rule == "self-interest"]
    assert {c for n in notes for c in n.claims} == {claim.id, toll.id}
    assert all("inflated" in n.explanation for n in notes)


def test_a_reported_claim_of_responsibility_names_the_claimant():
    reported = att("Islamic State", "claimed", source="Reuters", kind="media")
    (note,) = run(reported).notes
    assert note.explanation.startswith("Islamic State (as reported by Reuters (media))")


def test_a_militant_speaking_of_another_groups_attack_is_not_self_interested():
    named = att("Islamic State", "claimed", source="Islamic State", kind="militant")
    toll = fig(3, source="Taliban", kind="militant")
    notes = run(named, toll).notes
    assert toll.id not in {c for n in notes for c in n.claims}


@pytest.mark.parametrize(
    ("actor", "speaker", "kind"),
    [
        ("Saudi-led coalition", "the coalition", "official"),  # an air strike
        ("Nigerian army", "the army", "official"),  # a village raid
        ("police", "Police", "official"),  # a shooting at a protest
    ],
)
def test_a_perpetrator_of_any_kind_speaks_for_itself(actor, speaker, kind):
    blamed = att(actor, "asserted", source="residents", kind="witness", doc="d")
    own = fig(12, subject="militants", source=speaker, kind=kind, doc="d")
    other = fig(30, subject="civilians", source="local health officials", kind="official", doc="d")
    result = run(blamed, own, other)
    (note,) = [n for n in result.notes if n.rule == "self-interest"]
    assert note.claims == (own.id,)
    assert note.explanation.startswith(f"{speaker} (official)")


@pytest.mark.parametrize("speaker", ["the government", "Afghan officials", "army sources", "UN"])
def test_a_speaker_that_is_not_the_perpetrator_is_not_self_interested(speaker):
    blamed = att("Nigerian army", "asserted", source="residents", kind="witness", doc="d")
    figure = fig(12, source=speaker, kind="official", doc="d")
    assert [n.rule for n in run(blamed, figure).notes] == []


@pytest.mark.parametrize("description", ["gunmen", "unknown assailants", "suspected jihadists"])
def test_a_description_of_the_attackers_rivals_no_named_group(description):
    described = att(description, "asserted", source="police", kind="official")
    named = att("al-Shabaab", "claimed", source="al-Shabaab", kind="militant")
    assert run(described, named).contradictions == ()
    # A militant figure is still the perpetrator's when only a description is named.
    boast = fig(30, source="al-Shabaab", kind="militant")
    assert "self-interest" in [n.rule for n in run(att(description, "asserted"), boast).notes]


@pytest.mark.parametrize("name", ["Fulani gunmen", "isis", "Boko Haram"])
def test_a_named_group_still_rivals_another(name):
    named = att(name, "believed", source="officials", kind="official")
    other = att("Taliban", "claimed", source="Taliban", kind="militant")
    assert rules_found(run(named, other)) == ["attribution-conflict"]


# --- a denial answers those who name the group itself --------------------------------------------

_BRANCHES = [("Taliban", "Haqqani network"), ("Islamic State", "Islamic State Khorasan")]


@given(
    pair=st.sampled_from(_BRANCHES),
    branch_stance=st.sampled_from(["claimed", "asserted", "believed", "suspected"]),
    parent_stance=st.sampled_from(["claimed", "asserted", "believed", "suspected"]),
    name_parent=st.booleans(),
)
def test_a_denial_conflicts_with_the_group_named_never_with_its_branch(
    pair, branch_stance, parent_stance, name_parent
):
    parent, branch = pair
    denial = att(parent, "denied", source=parent, kind="militant")
    claims = [denial, att(branch, branch_stance, source="officials", kind="official")]
    if name_parent:
        claims.append(att(parent, parent_stance, source="a newspaper"))
    found = run(*claims).contradictions
    branch_ids = {claims[1].id}
    assert not any(
        any(denial.id in s for s in x.sides) and any(branch_ids & set(s) for s in x.sides)
        for x in found
    )
    assert len(found) == (1 if name_parent else 0)


# --- a group the texts tie to another ("the Zelva-linked Okvara Front") ----------------------

GROUPS = ["Zelva Brigade", "Velka Front", "Dunmar Movement", "Okvara Army"]
TIED = [
    "the {big}-linked {small}",
    "the {big}-aligned {small}",
    "the {big} affiliated {small}",
    "the {small}, which is loyal to the {big}",
    "the {small}, a faction allied with the {big}",
    "the {small}, a banned group that recently began to work under the {big},",
    "the {small}, which operates under the {big},",
    "the {small}, a wing of the {big},",
]


def _named_in(doc_id: str, text: str, actor: str, stance: str) -> AttributionClaim:
    start = text.index(actor)
    return AttributionClaim(
        span=Span(doc=doc_id, start=start, end=start + len(actor)),
        quote=actor,
        source=Source(name="officials", kind="official"),
        actor=actor,
        stance=stance,
    )


def _claim_and_suspicion(big: str, small: str, told: str) -> Report:
    first = f"The {big} claimed responsibility for the bombing in Korvath."
    second = f"The army suspects {told.format(big=big, small=small)} of the bombing."
    claims = (
        _named_in("a", first, big, "claimed"),
        _named_in("b", second, small, "suspected"),
    )
    report = Report(
        documents=(Document(id="a", text=first), Document(id="b", text=second)),
        claims=claims,
        events=(Event(id="e", claims=tuple(c.id for c in claims)),),
    )
    return find_contradictions(report, lexicon=LEXICON)


@given(
    st.lists(st.sampled_from(GROUPS), min_size=2, max_size=2, unique=True), st.sampled_from(TIED)
)
def test_a_group_tied_to_the_claimant_is_no_rival(groups: list[str], told: str) -> None:
    big, small = groups
    assert rules_found(_claim_and_suspicion(big, small, told)) == []


@given(st.lists(st.sampled_from(GROUPS), min_size=2, max_size=2, unique=True))
def test_a_group_named_without_a_tie_still_rivals_the_claimant(groups: list[str]) -> None:
    big, small = groups
    result = _claim_and_suspicion(big, small, "the {small}, not the {big},")
    assert rules_found(result) == ["attribution-conflict"]


# --- a part of a group named by its noun ("a local faction of the group") --------------------

_PARTS = ("some local faction of ", "a splinter group of ", "a cell of ", "the youth wing of ")


def _named_after(quote: str, actor_text: str, stance: str) -> AttributionClaim:
    return AttributionClaim(
        span=Span(doc="d1", start=0, end=len(quote)),
        quote=quote,
        source=Source(name="sources", kind="unknown"),
        actor="Velka Front",
        actor_text=actor_text,
        stance=stance,
    )


@given(
    part=st.sampled_from(_PARTS),
    told=st.sampled_from(("the Velka Front", "the group", "the outlawed group")),
    stance=st.sampled_from(["asserted", "suspected", "believed"]),
)
def test_a_denial_does_not_answer_a_part_of_the_group(part: str, told: str, stance: str) -> None:
    """ "It was the handiwork of some local faction of X": X's denial may be true as well."""
    named = _named_after(f"the handiwork of {part}{told}", told, stance)
    denial = att("Velka Front", "denied", source="Velka Front", kind="militant")
    assert run(named, denial).contradictions == ()


@pytest.mark.parametrize("quote", ["the handiwork of the Velka Front", "the Velka Front's faction"])
def test_a_denial_answers_the_group_named_whole(quote: str) -> None:
    named = _named_after(quote, "the Velka Front", "asserted")
    denial = att("Velka Front", "denied", source="Velka Front", kind="militant")
    assert rules_found(run(named, denial)) == ["attribution-conflict"]
