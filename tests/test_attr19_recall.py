"""Attributions, round 19 (attr19): phrasings that name a perpetrator the frames missed.

- "the latest in a wave of bombings by X": the attack told is one of X's series (a group
  the lexicon knows: the cue holds no word that admits an unknown name).
- "the blasts, which X said was targeting the hotel": a group's own words on its target,
  in a relative clause after the event, claim it.
- "The attack was asserted by X": a passive of asserting, as news agencies print "claimed".
- "“Our friend K operated this attack,” a spokesman wrote": "operated" an attack is an act.
- "X released the details of K, claiming that he carried out the bombing": the claim takes
  its participle clause, where the act is told.
- "The X Front Saturday claimed ...": a weekday after a name the lexicon does not know
  dates the verb; it ends the name.
- "when X packed an ambulance with explosives": loading a vehicle bomb is the attack.
- "the minister described the attackers as members of X": the attackers' group, named.
- "last week's devastating X attacks": a possessive opens the noun phrase as an article does.
- "X church bombing kills 12", "X church bombings kill 47": a site between the actor and
  its event noun; a plural event opens a headline whose verb agrees with it.
- "Death Toll in Velka X Attack Rises": a place between a headline's preposition and X.
- "these bombings were a project of X": the event is the group's undertaking.
- "accused Morocco and Spain of being responsible": a country the gazetteer knows,
  coordinated after another in an accusation, is accused too (the lexicon need not know
  it as an actor), while "the West" still is not.
- "The attack in Velka, southern Zelvania, by X": the event's place may be set off by its
  region between commas before "by".
- "X claimed ... . Suicide bombers with the jihadist group struck ...": attackers from a
  group named back are the group's.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.models import AttributionClaim, Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import read_attributions

_GROUPS = {
    "al-Shabaab": "al-Shabaab",
    "Boko Haram": "Boko Haram",
    "the Zelvan Front": "Zelvan Front",
    "the Okvara Brigade": "Okvara Brigade",
}
_PEOPLE = ("Karim Okvara", "Lokman Zelvani", "Ahmed Tamrezi")
_PLACES = ("Velka", "Dunmar", "Qarnat")
_SERIES = ("wave", "string", "series", "spate")
_EVENTS = ("attacks", "bombings", "suicide bombings", "raids")
_WEEKDAYS = ("Monday", "Tuesday", "Saturday", "Sunday")


@given(
    st.sampled_from(("al-Shabaab", "Boko Haram")),
    st.sampled_from(_SERIES),
    st.sampled_from(_EVENTS),
    st.sampled_from(_PLACES),
)
def test_the_latest_in_a_series_by_a_group_names_it(
    group: str, series: str, event: str, place: str
) -> None:
    text = f"Friday's attack in {place} was the latest in a {series} of {event} by {group}."
    assert (_GROUPS[group], Stance.ASSERTED) in read_attributions(text)


@given(st.sampled_from(sorted(_GROUPS)), st.sampled_from(_PLACES))
def test_a_group_saying_what_the_blasts_targeted_claims_them(group: str, place: str) -> None:
    text = (
        f"Three blasts went off in {place}, which the militant group {group} said was "
        f"targeting the Grand Hotel."
    )
    assert (_GROUPS[group], Stance.CLAIMED) in read_attributions(text)


@given(st.sampled_from(sorted(_GROUPS)), st.sampled_from(_PLACES))
def test_an_attack_asserted_by_a_group_is_its_claim(group: str, place: str) -> None:
    text = f"The attack in {place} was asserted by {group}, which is active in the east."
    assert (_GROUPS[group], Stance.CLAIMED) in read_attributions(text)


@given(st.sampled_from(sorted(_GROUPS)), st.sampled_from(_PEOPLE), st.sampled_from(_PEOPLE))
def test_a_member_who_operated_the_attack_is_the_groups_claim(
    group: str, fighter: str, speaker: str
) -> None:
    first = fighter.split()[0]
    text = (
        f"\u201cOur friend {first} operated this attack,\u201d {speaker}, "
        f"the spokesman for {group} wrote."
    )
    assert (_GROUPS[group], Stance.CLAIMED) in read_attributions(text)


@pytest.mark.parametrize("group", sorted(_GROUPS))
def test_fighters_who_operated_in_an_area_did_not_attack(group: str) -> None:
    name = group.removeprefix("the ")
    assert read_attributions(f"{name} fighters operated in the area for years.") == set()


def _claims(text: str) -> list[AttributionClaim]:
    return [
        c
        for c in extract(Document(id="d", text=text), Lexicon.default())
        if isinstance(c, AttributionClaim)
    ]


@pytest.mark.parametrize("group", sorted(_GROUPS))
@pytest.mark.parametrize("person", _PEOPLE)
def test_released_details_claiming_takes_the_participle_clause(group: str, person: str) -> None:
    text = (
        f"{group[0].upper()}{group[1:]} released the details of {person}, claiming that he "
        f"carried out the suicide bombing at the ceremony, officials said."
    )
    claims = [c for c in _claims(text) if c.actor == _GROUPS[group]]
    assert claims and all(c.stance is Stance.CLAIMED for c in claims)
    assert any(c.quote.endswith("claiming that") for c in claims)


_UNKNOWN = ("Okvara Jamaat", "Velka Front", "Dunmari Brigade")


@given(
    st.sampled_from(_UNKNOWN),
    st.sampled_from(_WEEKDAYS),
    st.sampled_from(("claimed responsibility for", "denied any role in")),
)
def test_a_weekday_after_an_unknown_name_ends_it(name: str, day: str, verb: str) -> None:
    text = f"The {name} {day} {verb} the suicide attack in Qarnat."
    stance = Stance.CLAIMED if verb.startswith("claimed") else Stance.DENIED
    assert read_attributions(text) == {(name, stance)}


_KNOWN = ("al-Shabaab", "Boko Haram")
_VEHICLES = ("an ambulance", "a car", "a truck", "a minibus")
_SITES = ("church", "mosque", "school", "hotel", "market")


@given(st.sampled_from(_KNOWN), st.sampled_from(_VEHICLES), st.sampled_from(_PLACES))
def test_packing_a_vehicle_with_explosives_is_the_attack(
    group: str, vehicle: str, place: str
) -> None:
    text = (
        f"It was the deadliest attack since 2018, when {group} packed {vehicle} with "
        f"explosives and detonated it in {place}."
    )
    assert (group, Stance.ASSERTED) in read_attributions(text)


@given(
    st.sampled_from(sorted(_GROUPS)),
    st.sampled_from(("described", "identified")),
    st.sampled_from(("the attackers", "the two gunmen", "the gunmen who stormed the hotel")),
    st.sampled_from(("members of", "fighters of", "belonging to")),
)
def test_attackers_described_as_a_groups_members(
    group: str, verb: str, attackers: str, tie: str
) -> None:
    text = f"Interior Minister Karim Okvara {verb} {attackers} as {tie} {group}."
    assert (_GROUPS[group], Stance.ASSERTED) in read_attributions(text)


@pytest.mark.parametrize("group", sorted(_GROUPS))
def test_victims_described_as_members_are_no_attribution(group: str) -> None:
    assert read_attributions(f"Police described the victims as members of {group}.") == set()


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(("last week's", "last week\u2019s", "Friday's")),
    st.sampled_from(("devastating", "deadly", "coordinated")),
    st.sampled_from(("attacks", "suicide attacks", "bombing")),
)
def test_a_possessive_then_a_describing_word_before_the_actor(
    group: str, owner: str, adjective: str, event: str
) -> None:
    text = f"Officials raised the toll from {owner} {adjective} {group} {event} on the airport."
    assert (group, Stance.ASSERTED) in read_attributions(text)


@given(st.sampled_from(_KNOWN), st.sampled_from(_SITES))
def test_a_site_between_the_actor_and_its_event(group: str, site: str) -> None:
    assert (group, Stance.ASSERTED) in read_attributions(f"{group} {site} bombing kills 12")
    assert (group, Stance.ASSERTED) in read_attributions(f"{group} {site} bombings kill 47")


@pytest.mark.parametrize("group", _KNOWN)
def test_a_plural_headline_event_needs_its_agreeing_verb(group: str) -> None:
    assert read_attributions(f"{group} attacks on the rise in Velka") == set()


@given(st.sampled_from(_KNOWN), st.sampled_from(_PLACES), st.sampled_from(("in", "after")))
def test_a_place_after_a_headline_preposition(group: str, place: str, prep: str) -> None:
    text = f"Death Toll {prep} {place} {group} Attack Rises to 44"
    assert (group, Stance.ASSERTED) in read_attributions(text)


@given(
    st.sampled_from(sorted(_GROUPS)),
    st.sampled_from(("these bombings were", "the attack was", "the raid was")),
    st.sampled_from(("", "a ", "the ")),
)
def test_an_event_that_was_a_groups_project(group: str, event: str, article: str) -> None:
    text = f"\u201cI have sources that {event} {article}project of {group},\u201d he said."
    assert (_GROUPS[group], Stance.ASSERTED) in read_attributions(text)


@pytest.mark.parametrize("group", sorted(_GROUPS))
def test_a_project_that_is_no_event_names_no_one(group: str) -> None:
    assert read_attributions(f"The new road was a project of {group}.") == set()


def _bare() -> Lexicon:
    """The default lexicon without any actor name or outlet: every name is new to it."""
    data = Lexicon.default().model_dump(mode="json")
    data["actors"]["aliases"] = {}
    data["actors"]["outlets"] = {}
    return Lexicon.model_validate(data)


_BARE = _bare()
_COUNTRIES = ("Morocco", "Spain", "Mexico", "Colombia", "Belgium", "Jordan")


@given(
    st.lists(st.sampled_from(_COUNTRIES), min_size=2, max_size=2, unique=True),
    st.sampled_from(("accused {} of being responsible", "blamed {} for the attack")),
)
def test_a_coordinated_country_in_an_accusation_is_accused(
    countries: list[str], frame: str
) -> None:
    first, second = countries
    text = "Officials " + frame.format(f"{first} and {second}") + "."
    found = read_attributions(text, _BARE)
    assert {(first, Stance.ASSERTED), (second, Stance.ASSERTED)} <= found


@pytest.mark.parametrize("country", _COUNTRIES)
def test_the_west_coordinated_with_a_country_is_still_no_actor(country: str) -> None:
    found = read_attributions(f"Officials blamed {country} and the West for the attack.", _BARE)
    assert found == {(country, Stance.ASSERTED)}


@given(
    st.sampled_from(sorted(_GROUPS)),
    st.sampled_from(_PLACES),
    st.sampled_from(("Zelvania", "southern Zelvania", "the Dunmar region")),
)
def test_an_event_whose_place_is_set_off_by_its_region(group: str, place: str, region: str) -> None:
    text = f"The attack in {place}, {region}, by {group} killed at least 50 people."
    assert (_GROUPS[group], Stance.ASSERTED) in read_attributions(text)


@given(st.sampled_from(sorted(_GROUPS)), st.sampled_from(_PLACES))
def test_a_group_in_apposition_after_the_event_is_no_region(group: str, place: str) -> None:
    # Set off by commas but with no "by" after it, the name is the apposition's suspect.
    text = f"One likely culprit in the attack in {place}, {group}, is active in the area."
    assert (_GROUPS[group], Stance.SUSPECTED) in read_attributions(text)


@pytest.mark.parametrize("group", _KNOWN)
def test_a_claim_of_an_event_keeps_its_span_before_a_comma(group: str) -> None:
    claims = _claims(f"{group} claimed the attack in Velka, officials said, adding that 50 died.")
    assert [c.quote for c in claims] == [f"{group} claimed the attack"]


@given(
    st.sampled_from(sorted(_GROUPS)),
    st.sampled_from(("the jihadist group", "the group", "the militant group")),
    st.sampled_from(("Suicide bombers with", "Gunmen from", "Fighters belonging to")),
)
def test_attackers_from_a_group_named_back(group: str, back: str, attackers: str) -> None:
    text = (
        f"{group[0].upper()}{group[1:]} claimed the hotel attack. {attackers} {back} "
        f"struck a church in Velka in December, killing 29 people."
    )
    assert (_GROUPS[group], Stance.ASSERTED) in read_attributions(text)


@pytest.mark.parametrize("group", _KNOWN)
def test_soldiers_from_the_army_named_back_are_no_group(group: str) -> None:
    text = f"The army fought {group}. Soldiers from the army stormed the camp in Velka."
    assert read_attributions(text) <= {(group, Stance.ASSERTED)}
