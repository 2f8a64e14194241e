"""Attributions, round 18 (attr18c): ranked kinds, a group's leader, plural descriptions.

- "the first such attack by X", "the deadliest such raid by X": a rank among a kind of
  attack names X as the author of none in particular, while "an attack by X" still does.
- "The leader of X, Karim Okvara, claimed", "X's spokesman, Karim Okvara, said": the
  person stands in apposition to a role of the group, which is the actor.
- "Rival groups claimed", "Competing factions claimed": a capitalised description at the
  start of a sentence is no group's name.
- "police said there were close links with X": a suspected tie, not a claim.
- A province of Islamic State named by its region alone ("the group's Barqa Province").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import read_attributions

_GROUPS = ("al-Shabaab", "Boko Haram", "the Zelvan Front", "the Okvara Brigade")
_ACTORS = {
    "al-Shabaab": "al-Shabaab",
    "Boko Haram": "Boko Haram",
    "the Zelvan Front": "Zelvan Front",
    "the Okvara Brigade": "Okvara Brigade",
}
_PEOPLE = ("Karim Okvara", "Lokman Zelvani", "Ahmed Tamrezi")
_RANKS = ("first", "deadliest", "worst", "largest")
_EVENTS = ("attack", "attacks", "bombing", "raid", "assault")
_PLACES = ("Velka", "Dunmar", "Qarnat")


@given(
    st.sampled_from(_GROUPS),
    st.sampled_from(_RANKS),
    st.sampled_from(_EVENTS),
    st.sampled_from(_PLACES),
)
def test_a_ranked_kind_of_attack_names_no_author(
    group: str, rank: str, event: str, place: str
) -> None:
    text = f"If confirmed, it would be the {rank} such {event} by {group} in {place}."
    assert read_attributions(text) == set()


@given(st.sampled_from(_GROUPS), st.sampled_from(_EVENTS), st.sampled_from(_PLACES))
def test_an_attack_by_a_group_without_a_rank_is_still_read(
    group: str, event: str, place: str
) -> None:
    text = f"Officials said the blast in {place} was an {event} by {group}."
    if event.endswith("s"):
        text = f"Officials said the blasts in {place} were {event} by {group}."
    assert (_ACTORS[group], Stance.ASSERTED) in read_attributions(text)


@given(
    st.sampled_from(_GROUPS),
    st.sampled_from(_PEOPLE),
    st.sampled_from(
        ("The leader of {g}, {p},", "{g}'s spokesman, {p},", "The commander of {g}, {p},")
    ),
)
def test_a_groups_role_before_the_person_makes_the_group_the_actor(
    group: str, person: str, frame: str
) -> None:
    subject = frame.format(g=group, p=person)
    subject = subject[0].upper() + subject[1:]
    text = f"{subject} claimed responsibility for the attack."
    found = read_attributions(text)
    assert (_ACTORS[group], Stance.CLAIMED) in found
    assert all(actor != person for actor, _ in found)


def test_a_person_after_a_group_told_in_another_clause_stays_himself() -> None:
    text = "Police blamed al-Shabaab. Karim Okvara claimed the attack."
    assert ("Karim Okvara", Stance.CLAIMED) in read_attributions(text)


@given(
    st.sampled_from(("Rival", "Various", "Competing", "Opposing")),
    st.sampled_from(("groups", "factions", "militant groups")),
)
def test_a_capitalised_description_is_no_name(word: str, noun: str) -> None:
    assert read_attributions(f"{word} {noun} claimed the attack on the hotel.") == set()


@given(
    st.sampled_from(_GROUPS),
    st.sampled_from(("were close links", "were links", "was a link", "were strong ties")),
    st.sampled_from(("with", "to")),
)
def test_links_told_as_there_being_some_are_a_suspicion(group: str, links: str, prep: str) -> None:
    text = f"Police said there {links} {prep} {group}."
    assert read_attributions(text) == {(_ACTORS[group], Stance.SUSPECTED)}


def test_no_link_is_no_suspicion() -> None:
    assert read_attributions("Officials said there was no link with al-Shabaab.") == set()


def test_a_province_of_islamic_state_by_its_region() -> None:
    text = "The statement said the attack was carried out by the group's Barqa Province affiliate."
    assert ("Islamic State Barqa Province", Stance.ASSERTED) in read_attributions(text)
