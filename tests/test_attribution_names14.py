"""Attributions, round 14 (attrnames14): groups named through a noun group around the name.

A group tied to another by a link word acts for it ("a local organisation affiliated with
X bombed", "groups linked to X stormed"), as attackers tied to it do; "associated with" is
one of those ties. A group's own aside ("members of X, a main supporter of Y", "X (XYZ), a
supporter of Y") describes X, where a person's ("Karim Okvara, a supporter of Y") makes him
one of Y's people. A belief verb hedges a cue that opens on the attackers however long
their relative clause ("police suspect the gunmen who stormed the hotel on Sunday were
members of X"). A known name and an Arabic part glued to its article ("<X> al-Zelvani") is
a faction's longer name, not the known group alone. A group's fighters "took part in" or
"participated in" the attack as they "were involved in" it; a doubt of how many ("it was
unclear how many X fighters ...") leaves the act told. A region's adjective ("Sindhi
militants") names no group, and a quotation opening after the cue ('carried out by "militants
linked to X."') leaves X the agent. Invented names (Zelvania, Okvara, Dunmar,
Velka), known and unknown.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import AttributionCase, capitalised, unknown_group
from tests.strategies import read_attributions as _read

_KNOWN = (("al-Shabaab", "al-Shabaab"), ("the Islamic State", "Islamic State"))
_TIED_NOUNS = (
    "a local organisation",
    "an organization",
    "a group",
    "jihadist groups",
    "a network",
    "militants",
    "gunmen",
)
_TIES = ("affiliated with", "linked to", "associated with", "loyal to")
_EVENTS = ("the attack", "the assault on the Velka hotel", "Friday's raid in Dunmar")
_ACTS = (
    "bombed a mosque in Dunmar",
    "stormed the Velka hotel",
    "attacked a police post in Okvara",
    "seized the town of Dunmar",
)


@st.composite
def group_tied_to_an_actor_acts(draw: st.DrawFn) -> AttributionCase:
    """'<a group noun> <tie> <X> <act>': the act is asserted of X."""
    written, name = draw(st.one_of(st.sampled_from(_KNOWN), unknown_group()))
    noun = draw(st.sampled_from(_TIED_NOUNS))
    tie = draw(st.sampled_from(_TIES))
    act = draw(st.sampled_from(_ACTS))
    opening = draw(st.sampled_from(("", "A week earlier, ", "On Friday, ")))
    text = f"{opening}{noun} {tie} {written} {act}."
    return capitalised(text), frozenset({(name, Stance.ASSERTED)})


@given(group_tied_to_an_actor_acts())
def test_a_group_tied_to_an_actor_acts_for_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected


@given(unknown_group(), st.sampled_from(("militants", "fighters", "a cell", "members")))
def test_attackers_associated_with_a_group_in_an_agent_are_its(
    group: tuple[str, str], noun: str
) -> None:
    written, name = group
    text = f"The spokesman said the attack was carried out by {noun} associated with {written}."
    assert _read(text) == {(name, Stance.ASSERTED)}


_SUPPORTS = ("a supporter of", "a main supporter of", "a loyal follower of", "a key backer of")


@st.composite
def group_described_as_a_supporter(draw: st.DrawFn) -> AttributionCase:
    """'members of X, <a supporter of> Y' or 'X (XYZ), <...> Y': X, a group, is the actor."""
    written, name = draw(unknown_group())
    parent = draw(st.sampled_from(("the Islamic State", "al-Qaeda")))
    support = draw(st.sampled_from(_SUPPORTS))
    if "(" in written:
        frame = "Police said the attack was carried out by {n}, {s} {p}."
    else:
        frame = draw(
            st.sampled_from(
                (
                    "Police said the gunmen were members of {n}, {s} {p}.",
                    "Police said the gunmen were members of the {n}, {s} {p}.",
                )
            )
        )
    return frame.format(n=written, s=support, p=parent), frozenset({(name, Stance.ASSERTED)})


@given(group_described_as_a_supporter())
def test_a_group_s_aside_describes_the_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected


@given(st.sampled_from(_SUPPORTS[:3]), st.sampled_from(("Karim Zelvani", "Tariq Hurdane")))
def test_a_person_s_aside_names_his_group(support: str, person: str) -> None:
    text = f"The attack was carried out by {person}, {support} al-Shabaab."
    assert _read(text) == {("al-Shabaab", Stance.ASSERTED)}


_BELIEFS = (("suspects", Stance.SUSPECTED), ("believes", Stance.BELIEVED))
_RELATIVES = (
    "who stormed the Velka hotel on Sunday",
    "that attacked the church in Dunmar last week",
    "who opened fire on worshippers at the Okvara mosque",
)
_TELLS = ("were members of", "belonged to")


@st.composite
def belief_before_attackers_with_their_act(draw: st.DrawFn) -> AttributionCase:
    """'<speaker> <believes> the <attackers> <who did it> <were members of> X'."""
    written, name = draw(st.one_of(st.sampled_from(_KNOWN), unknown_group()))
    verb, stance = draw(st.sampled_from(_BELIEFS))
    noun = draw(st.sampled_from(("gunmen", "militants", "bombers", "attackers")))
    rel = draw(st.sampled_from(_RELATIVES))
    tell = draw(st.sampled_from(_TELLS))
    said = draw(st.sampled_from(("The police chief said he", "The governor")))
    text = f"{said} {verb} the {noun} {rel} {tell} {written}."
    return text, frozenset({(name, stance)})


@given(belief_before_attackers_with_their_act())
def test_a_belief_hedges_attackers_told_with_their_act(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected


_PARENTS = (("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi"), ("al-Qaeda", "al-Qaeda"))
_PARTS = ("al-Zelvani", "al-Okvari", "el-Dunmari", "al-Velki")
_PART_FRAMES = (
    ("The attack was carried out by the militants belonging to {n}.", Stance.ASSERTED),
    ("{n} claimed responsibility for the bombing in Dunmar.", Stance.CLAIMED),
    ("Officials blamed {n} for the attack.", Stance.ASSERTED),
)


@given(st.sampled_from(_PARENTS), st.sampled_from(_PARTS), st.sampled_from(_PART_FRAMES))
def test_a_known_name_and_an_arabic_part_is_a_longer_name(
    parent: tuple[str, str], part: str, frame: tuple[str, Stance]
) -> None:
    written, name = parent
    template, stance = frame
    assert _read(template.format(n=f"{written} {part}")) == {(f"{name} {part}", stance)}


def test_two_known_names_side_by_side_make_no_longer_one() -> None:
    found = _read("Officials blamed al-Qaeda al-Shabaab for the attack.")
    assert ("al-Qaeda al-Shabaab", Stance.ASSERTED) not in found


_PARTICIPATIONS = (
    "took part in",
    "participated in",
    "had taken part in",
    "had participated in",
    "were involved in",
)
_HOW_MANY_DOUBTS = (
    "It was unclear how many",
    "It is not known how many",
    "Officials did not say how many",
    "Police would not say exactly how many",
    "",
)
_KNOWN_FIGHTERS = (("al-Shabaab", "al-Shabaab"), ("Boko Haram", "Boko Haram"))


@given(
    st.sampled_from(_KNOWN_FIGHTERS),
    st.sampled_from(_PARTICIPATIONS),
    st.sampled_from(_HOW_MANY_DOUBTS),
    st.sampled_from(("fighters", "militants", "members")),
    st.sampled_from(_EVENTS),
)
def test_fighters_taking_part_in_the_attack_are_the_group_s(
    group: tuple[str, str], verb: str, doubt: str, noun: str, event: str
) -> None:
    written, name = group
    text = capitalised(f"{doubt} {written} {noun} {verb} {event}.".strip())
    assert _read(text) == {(name, Stance.ASSERTED)}


@given(st.sampled_from(_KNOWN_FIGHTERS), st.sampled_from(("unclear whether", "not known if")))
def test_a_doubt_of_the_act_itself_still_names_no_one(group: tuple[str, str], doubt: str) -> None:
    written, _ = group
    assert _read(f"It was {doubt} {written} fighters took part in the attack.") == set()


_REGIONAL = ("Kashmiri", "Sindhi", "Balochistani")


@given(
    st.sampled_from(_REGIONAL),
    unknown_group(),
    st.sampled_from(("linked to", "associated with", "loyal to")),
    st.booleans(),
)
def test_a_region_s_adjective_names_no_group(
    region: str, group: tuple[str, str], tie: str, quoted: bool
) -> None:
    written, name = group
    q = '"' if quoted else ""
    agent = f"{q}{region} militants {tie} {written}.{q}"
    text = f"The spokesman said the attack was carried out by {agent}"
    assert _read(text) == {(name, Stance.ASSERTED)}
    assert _read(f"The attack was carried out by {region} militants.") == set()
