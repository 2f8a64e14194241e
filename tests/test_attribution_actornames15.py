"""False actors of round 15 (actornames15), drawn by grammars with the claims each yields.

A creed or an ideology is no perpetrator: "possible ties to radical Islam", "blamed
Salafism for the attack" name a belief, not who holds it (``ideology_words``). A name the
document gives as a costume or a disguise is no group either: the attacker "dressed as
Velka", "in a Velka costume", is nicknamed "the Velka gunman" in a headline, and that
nickname names no one (``disguise_openers``, ``disguise_nouns``). "A soldier of X", a
group's own word for its attacker, names a victim when he suffered the attack ("a soldier
of X was killed", "20 people, including a soldier of X, were killed"): X claims nothing.
Invented names, other frames and word orders; the same frames with a group in the slot
still name the group.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import capitalised, unknown_group
from tests.strategies import read_attributions as _read

_IDEOLOGIES = (
    "radical Islam",
    "Radical Islam",
    "Islam",
    "Islamism",
    "Salafism",
    "Wahhabism",
    "Hindutva",
    "Neo-Nazism",
    "political Islam",
    "Militant Islam",
)
_EVENTS = ("the attack", "the shooting", "the bombing", "Friday's attack")
_SPEAKERS = ("Officials", "The police chief", "Velka's president", "Witnesses")

# frame, and the stance a group in its slot is read with
_IDEOLOGY_FRAMES = (
    ("The FBI is investigating {e} as an act of terrorism with possible ties to {n}.",
     Stance.SUSPECTED),
    ("{s} blamed {n} for {e}.", Stance.ASSERTED),
    ("{s} said {n} was behind {e}.", Stance.ASSERTED),
    ("{s} said {e} was carried out by {n}.", Stance.ASSERTED),
)  # fmt: skip


def _frame(frame: str, name: str, event: str, speaker: str) -> str:
    return capitalised(frame.format(n=name, e=event, s=speaker))


@given(
    st.sampled_from(_IDEOLOGIES),
    st.sampled_from(_IDEOLOGY_FRAMES),
    st.sampled_from(_EVENTS),
    st.sampled_from(_SPEAKERS),
)
def test_a_creed_or_an_ideology_in_an_actors_slot_names_no_one(
    ideology: str, framed: tuple[str, Stance], event: str, speaker: str
) -> None:
    text = _frame(framed[0], ideology, event, speaker)
    assert _read(text) == set(), text


@given(
    unknown_group(),
    st.sampled_from(_IDEOLOGY_FRAMES),
    st.sampled_from(_EVENTS),
    st.sampled_from(_SPEAKERS),
)
def test_a_group_in_the_same_slots_is_still_named(
    group: tuple[str, str], framed: tuple[str, Stance], event: str, speaker: str
) -> None:
    written, name = group
    frame, stance = framed
    text = _frame(frame, written, event, speaker)
    assert _read(text) == {(name, stance)}, text


_COSTUMES = ("Velka Claus", "Okvara", "Zelvan Knight", "Dunmar Joker")
_WORN = (
    "A gunman dressed as {c} opened fire at a nightclub in Okvara, killing 35 people.",
    "The attacker, disguised as {c}, opened fire at a nightclub in Okvara.",
    "A gunman believed to have been dressed in a {c} costume opened fire at the club.",
    "The gunman, who wore a {c} mask, opened fire at the club.",
    "Police said the attacker had been posing as {c} when he opened fire.",
    "The shooter, dressed up as {c}, opened fire at the club.",
)
_NICKNAMES = (
    "{c} gunman kills 35 in Okvara nightclub",
    "{c} gunman kills at least 35 people in Okvara nightclub",
    "{c} attacker kills 35 in nightclub",
    "The {c} gunman killed 35 people at the club on Sunday.",
)


@given(st.sampled_from(_COSTUMES), st.sampled_from(_NICKNAMES), st.sampled_from(_WORN))
def test_a_nickname_from_a_costume_the_text_tells_names_no_group(
    costume: str, nickname: str, worn: str
) -> None:
    text = f"{nickname.format(c=costume)}\n\n{worn.format(c=costume)}"
    assert _read(text) == set(), text


@given(st.sampled_from(_NICKNAMES), st.sampled_from(_WORN))
def test_a_known_groups_gunman_is_the_group_beside_a_costume_of_another_name(
    nickname: str, worn: str
) -> None:
    """The costume sets aside its own name only: "Daesh gunman" is still Daesh's."""
    text = f"{nickname.format(c='Daesh')}\n\n{worn.format(c='Velka Claus')}"
    assert _read(text) == {("Islamic State", Stance.ASSERTED)}, text


_UNITS = (
    ("the Okvara Rifles", "Okvara Rifles"),
    ("the Zelvani Brigade", "Zelvani Brigade"),
    ("the Hurdane Battalion (HB)", "Hurdane Battalion"),
)
_SUFFERINGS = (
    "A soldier of {u} was killed in {e}.",
    "A soldier of {u} was among the dead.",
    "A soldier of {u} died in hospital after {e}.",
    "A soldier of {u} had been wounded in {e}.",
    "Twenty people, including a soldier of {u}, were killed in {e}.",
    "Officials said 20 people, including a soldier of {u} and two children, were killed.",
    "At least 20 people, including a soldier of {u}, died in {e}.",
)


@given(st.sampled_from(_UNITS), st.sampled_from(_SUFFERINGS), st.sampled_from(_EVENTS))
def test_a_soldier_of_a_unit_who_suffered_the_attack_claims_nothing(
    unit: tuple[str, str], told: str, event: str
) -> None:
    """ "A soldier of X was killed": a victim named by his unit, not a group's own word."""
    text = told.format(u=unit[0], e=event)
    assert _read(text) == set(), text


@given(
    st.sampled_from(_UNITS),
    st.sampled_from(
        (
            "A soldier of {u} carried out {e}, the group said.",
            "The group said {e} was carried out by a soldier of {u}.",
        )
    ),
    st.sampled_from(_EVENTS),
)
def test_a_soldier_of_a_group_who_carried_it_out_is_its_claim(
    unit: tuple[str, str], told: str, event: str
) -> None:
    text = told.format(u=unit[0], e=event)
    assert (unit[1], Stance.CLAIMED) in _read(text), text


# A known group's name with a lower-case head ("the Zelvanni network"), respelt: the head
# is the name's, so the spelling folds to the group the lexicon knows.
_NETWORK_LEXICON = Lexicon.default().extend(
    {"actors": {"aliases": {"zelvanni network": "Zelvanni network"}}}
)
_RESPELT = ("Zelvani", "Zelvany", "Zelvanni", "Zelvni")
_NETWORK_FRAMES = (
    ("Officials blamed the {n} network for {e}.", Stance.ASSERTED),
    ("Officials said the {n} network was behind {e}.", Stance.ASSERTED),
    ("Agencies have gathered inputs on the involvement of {n} network in {e}.",
     Stance.SUSPECTED),
)  # fmt: skip


@given(
    st.sampled_from(_RESPELT),
    st.sampled_from(_NETWORK_FRAMES),
    st.sampled_from(_EVENTS),
    st.sampled_from(("Haqqni", "Haqani", "Haqqany")),
)
def test_a_respelt_name_before_its_lower_case_network_is_the_known_group(
    respelt: str, framed: tuple[str, Stance], event: str, haqqani: str
) -> None:
    frame, stance = framed
    text = frame.format(n=respelt, e=event)
    assert _read(text, _NETWORK_LEXICON) == {("Zelvanni network", stance)}, text
    text = frame.format(n=haqqani, e=event)
    assert _read(text) == {("Haqqani network", stance)}, text


_KNOWN_GROUPS = (
    ("ISWAP", "Islamic State West Africa Province"),
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
)
_COMPASS_REGIONS = (
    "the Southwest",
    "the North-East",
    "the Northeast",
    "the South-West",
    "the Northwest",
    "the South-Eastern",
)


@given(
    st.sampled_from(_KNOWN_GROUPS),
    st.sampled_from(_COMPASS_REGIONS),
    st.sampled_from(
        (
            ("It is the first attack linked to {g} in {r}.", Stance.ASSERTED),
            ("Officials blamed {g} in {r} for {e}.", Stance.ASSERTED),
        )
    ),
    st.sampled_from(_EVENTS),
)
def test_a_known_group_in_a_compass_region_is_the_group_where_it_acts(
    group: tuple[str, str], region: str, framed: tuple[str, Stance], event: str
) -> None:
    """ "ISWAP in the Southwest": where the group acts, never an affiliate's name."""
    frame, stance = framed
    text = frame.format(g=group[0], r=region, e=event)
    assert _read(text) == {(group[1], stance)}, text
