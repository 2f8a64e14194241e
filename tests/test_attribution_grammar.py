"""Attribution phenomena drawn by a grammar (tests/strategies.py), with the claims each yields."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import (
    AttributionCase,
    a_member_named_in_passing,
    a_members_own_relative_clause,
    a_place_that_has_seen_attacks,
    a_town_in_its_district,
    actor_in_the_event_phrase,
    admired_or_told_by_itself,
    affiliate_behind_a_family_name,
    apposed_suspect,
    attackers_in_a_part_of_the_group,
    attackers_with_modifiers,
    attribution_sentences,
    back_reference_sentences,
    blame_of_a_back_reference,
    blame_told_any_way,
    claimants_after_a_colon,
    claimed_acts_and_inquiries,
    claims_in_a_subordinate_clause,
    claims_over_several_attacks,
    claims_told_any_way,
    described_group_takes_a_stance,
    described_in_a_lede,
    headline_claims_a_bomb,
    headline_with_a_place,
    headlines_in_title_case,
    no_link_found,
    own_order_of_the_attack,
    own_voice_sentences,
    particles_either_way,
    partners_in_a_claim,
    responsibility_frame_composed,
    spelling_variants,
    stance_held_back_paired_or_voiced,
    stance_told_after_or_by_a_copula,
    stance_with_an_adverb,
    statement_quoted_in_the_present,
    subject_with_chained_asides,
    takeover_dating_another_event,
    unclaimed_but_suspected,
    unknown_actor_sentences,
)
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline


@given(attribution_sentences)
def test_attribution_phenomena_yield_their_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(unknown_actor_sentences)
def test_unknown_actors_are_read_from_their_frame(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(
    st.sampled_from(("Ankara", "Nairobi", "Paris", "Tunisia", "Kenya", "Canberra")),
    st.sampled_from(("blamed", "has blamed", "quickly blamed")),
    st.sampled_from(("the Qarnat Brigade", "the Okvara Front (OF)")),
)
def test_a_capital_or_country_blaming_is_the_source(speaker: str, verb: str, group: str) -> None:
    """ "Moscow blamed X": the capital, or the country, speaks for its government."""
    text = f"{speaker} {verb} {group} for the attack."
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    (claim,) = [c for s in ctx.sentences for c in find_attributions(ctx, s)]
    assert claim.stance is Stance.ASSERTED, text
    assert claim.source is not None and claim.source.name == speaker, text


@given(own_voice_sentences)
def test_a_group_speaking_of_its_own_act_claims_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(back_reference_sentences)
def test_back_references_stand_for_the_group_they_follow(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(attackers_with_modifiers())
def test_attackers_modified_before_their_act_are_the_actors(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(unclaimed_but_suspected())
def test_a_group_that_has_not_claimed_but_is_pointed_at_is_suspected(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(attackers_in_a_part_of_the_group())
def test_attackers_in_a_part_of_a_group_are_the_groups(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(apposed_suspect())
def test_a_suspect_noun_in_apposition_names_the_group_before_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- attrib4, round 4: phrasings any outlet uses with any group ------------------------------


@given(claims_told_any_way())
def test_a_claim_told_any_way_is_the_groups(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(blame_told_any_way())
def test_blame_suspicion_and_denial_told_any_way(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(headlines_in_title_case())
def test_a_title_case_headline_names_the_group_before_its_verb(case: AttributionCase) -> None:
    text, expected = case
    assert {(a.lower(), s) for a, s in _read(text)} == set(expected), text


@given(a_member_named_in_passing())
def test_a_member_named_in_passing_is_no_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(spelling_variants())
def test_a_spelling_the_lexicon_lacks_folds_to_the_usual_name(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(affiliate_behind_a_family_name())
def test_a_family_name_is_the_one_affiliate_the_document_names(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(stance_told_after_or_by_a_copula())
def test_a_stance_told_after_the_claim_or_by_a_copula(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- attrib, round 5 ------------------------------------------------------------------------


@given(actor_in_the_event_phrase())
def test_an_actor_modifying_the_event_noun_is_named_by_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(claims_in_a_subordinate_clause())
def test_a_claim_in_an_absolute_or_relative_clause(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(stance_with_an_adverb())
def test_any_adverb_of_manner_may_follow_the_auxiliary(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(blame_of_a_back_reference())
def test_blame_may_name_the_group_by_a_back_reference(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(statement_quoted_in_the_present())
def test_a_quoted_statement_tells_the_act_in_the_present(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(subject_with_chained_asides())
def test_chained_asides_and_the_groups_words_for_its_attackers(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- attrw11, wave 11 -----------------------------------------------------------------------


@given(particles_either_way())
def test_a_particle_may_be_joined_by_a_space_or_a_hyphen(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(a_members_own_relative_clause())
def test_a_members_relative_clause_without_comma_is_the_groups_claim(
    case: AttributionCase,
) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(described_in_a_lede())
def test_a_group_described_in_a_lede_or_headline_is_the_one_named_next(
    case: AttributionCase,
) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(own_order_of_the_attack())
def test_a_groups_own_order_of_the_attack_is_its_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(partners_in_a_claim())
def test_a_partner_along_with_the_actor_shares_the_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(claimed_acts_and_inquiries())
def test_a_claimed_act_and_an_inquiry_into_involvement(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(headline_claims_a_bomb())
def test_a_headlines_bomb_is_the_attack_claimed(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(a_town_in_its_district())
def test_a_town_placed_in_its_district_is_no_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- attrgram15, round 15: a responsibility frame composed -----------------------------------


@given(responsibility_frame_composed())
def test_a_frame_composed_of_any_actor_shape_stance_and_speaker(case: AttributionCase) -> None:
    """Any noun-group shape of the actor, any tense, voice, hedge or negation of the stance,
    any place of the speaker: the clause's own stance, for its actor alone."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(stance_held_back_paired_or_voiced())
def test_blame_held_back_groups_paired_and_a_groups_own_voice(case: AttributionCase) -> None:
    """ "declined to blame X": no claim; "X and Y claimed", "blamed X and Y": each its
    stance; "In a statement, X denied", "a spokesman for X claimed": the group's own."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(headline_with_a_place())
def test_a_town_naming_the_event_is_no_actor(case: AttributionCase) -> None:
    """ "X blamed for Dunmar attack", "X rejects role in Dunmar bombing": the group's
    stance; the town the event is named by is what it is blamed for, not its author."""
    text, expected = case
    assert _read(text) == set(expected), text


# --- attr18, round 18 -----------------------------------------------------------------------


@given(claims_over_several_attacks())
def test_one_claim_over_several_attacks_is_the_groups(case: AttributionCase) -> None:
    """ "X claimed both attacks", "all three attacks were claimed by X": X's claim."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(no_link_found())
def test_a_finding_of_no_link_denies_the_groups_part(case: AttributionCase) -> None:
    """ "found no evidence of any association with X", "no known links to X": denied, also
    past an aside on the attacker."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(no_link_found())
def test_a_finding_of_no_link_is_the_finders(case: AttributionCase) -> None:
    """The denial is the speaker's, not the group's own."""
    text, expected = case
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    claims = [c for s in ctx.sentences for c in find_attributions(ctx, s)]
    assert len(claims) == len(expected), text
    for claim in claims:
        assert claim.source is None or claim.source.name != claim.actor, text


@given(claimants_after_a_colon())
def test_claimants_a_colon_names_each_claim(case: AttributionCase) -> None:
    """ "Two groups have claimed responsibility: X released a statement and Y said ...":
    both claim it."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(takeover_dating_another_event())
def test_a_takeover_dating_another_event_is_no_blame(case: AttributionCase) -> None:
    """ "The strike came days after X fighters seized the city": no attribution."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(described_group_takes_a_stance())
def test_a_described_groups_stance_is_not_its_ties(case: AttributionCase) -> None:
    """ "A Velka-linked group denied involvement": not Velka's denial, nor that of a group
    that claims the attack in a later sentence."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(admired_or_told_by_itself())
def test_an_admired_group_is_no_author_and_its_own_agency_claims(case: AttributionCase) -> None:
    """ "X-inspired gunmen", "an X sympathizer": no claim; "'A unit of X attacked',
    <X's agency> reported": X's claim."""
    text, expected = case
    assert _read(text) == set(expected), text


@given(a_place_that_has_seen_attacks())
def test_a_place_that_has_seen_attacks_names_no_author(case: AttributionCase) -> None:
    """ "a district that has seen attacks by X": no attribution of one event."""
    text, expected = case
    assert _read(text) == set(expected), text
