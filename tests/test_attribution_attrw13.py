"""Attributions of round 16 (attrw13): a group's "soldiers", told in its own idiom.

A group calls its attackers its "soldiers" ("a soldier of the Okvara Front"); news prints
the word only when it relays the group's statement, so what the soldiers did is the
group's claim, whoever quotes it. The men may be counted by a collective before them ("a
group of soldiers of X"), and the act may hit one of several targets ("struck one of the
city's hotels"). A state's soldiers are no such idiom. In its own words a group names
itself by one word, often in lower case ("two soldiers of the caliphate", "of the
Khilafah"), never another group's name, with where the men were or a
gloss after it ("of the khilafah (caliphate) in Velka"), and its speaker, its statement or
its radio broadcast may follow the quotation.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import ARMED_NAMES, AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()

_COUNTS = ("A soldier", "A heroic soldier", "Two soldiers", "Soldiers", "A group of soldiers")
_WHERE = ("", " in Velka", " in eastern Dunmar")
# Places the gazetteer knows: an unknown capitalised word there may be read as a new group.
_PLACES = ("", " in Indonesia", " in northern Nigeria")
_ACTS = (
    "stormed the Okvara hotel",
    "executed an attack on the Velka centre",
    "struck one of the most famous nightclubs",
    "targeted a gathering of police",
    "attacked one of the churches in Dunmar",
)
_RELAYS = (
    ("\u201c", ",\u201d the statement said."),
    ('"', '," the radio broadcast said in English.'),
    ("", "."),
)


@st.composite
def soldiers_of_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "Two soldiers of X stormed the hotel," the statement said: X claims it."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    count = draw(st.sampled_from(_COUNTS))
    opening, closing = draw(st.sampled_from(_RELAYS))
    where = draw(st.sampled_from(_WHERE))
    act = draw(st.sampled_from(_ACTS))
    text = f"{opening}{count} of {written}{where} {act}{closing}"
    return text, frozenset({(name, Stance.CLAIMED)})


@given(soldiers_of_a_group())
def test_a_groups_soldiers_tell_its_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected, text


@st.composite
def own_name_then_speaker(draw: st.DrawFn) -> AttributionCase:
    """ "Two soldiers of the caliphate in Velka struck ...," X said: X's own name, X's claim."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    count = draw(st.sampled_from(_COUNTS))
    # The idiom's name may be written capitalised: no other, unknown group.
    own = draw(
        st.sampled_from(
            (
                *("caliphate", "khilafah (caliphate)", "state", "emirate"),
                *("Khilafah (caliphate)", "Khilafa", "Caliphate", "Emirate", "Wilayat"),
            )
        )
    )
    where = draw(st.sampled_from(_PLACES))
    speaker = draw(
        st.sampled_from(
            (
                f"{written} said in a statement",
                f"the {written.removeprefix('the ')} radio broadcast said",
            )
        )
    )
    text = f"\u201c{count} of the {own}{where} {draw(st.sampled_from(_ACTS))},\u201d {speaker}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(own_name_then_speaker())
def test_a_groups_own_name_for_its_men_before_its_speaker(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected, text


@given(st.sampled_from(_ACTS))
def test_a_states_soldiers_are_no_groups_idiom(act: str) -> None:
    """ "Soldiers of the Afghan army" speak for no armed group."""
    text = f"Soldiers of the Afghan army {act}."
    assert all(stance is not Stance.CLAIMED for _, stance in _read(text, _LEXICON)), text


@given(st.sampled_from(ARMED_NAMES), st.sampled_from(("hotels", "churches", "schools")))
def test_one_of_several_targets_is_a_target(group: tuple[str, str], noun: str) -> None:
    """ "X stormed one of the city's hotels": the act hits a target as "the hotel" does."""
    written, name = group
    text = f"{capitalised(written)} gunmen stormed one of the {noun} in Velka on Friday."
    assert _read(text, _LEXICON) == {(name, Stance.ASSERTED)}, text


def test_the_caliphate_alone_names_no_actor() -> None:
    """Outside the idiom, "the caliphate" is a place or a state of mind, not the group."""
    text = "Fighters returning from the caliphate carried out the attack on the hotel."
    assert _read(text, _LEXICON) == set()


@given(
    st.sampled_from(ARMED_NAMES),
    st.sampled_from(("the statement", "the radio broadcast", "a statement")),
    st.sampled_from(_ACTS),
)
def test_a_bare_statement_in_a_groups_idiom_is_the_groups(
    group: tuple[str, str], speaker: str, act: str
) -> None:
    """ "\u201c... X is waging, a soldier of the caliphate struck ...,\u201d the statement said"."""
    written, name = group
    text = (
        f"\u201cIn continuation of the operations that {written} is waging, a heroic soldier "
        f"of the caliphate {act},\u201d {speaker} said."
    )
    assert _read(text, _LEXICON) == {(name, Stance.CLAIMED)}, text


@given(st.sampled_from(ARMED_NAMES), st.sampled_from(_ACTS))
def test_a_bare_statement_of_plain_gunmen_claims_nothing(group: tuple[str, str], act: str) -> None:
    """Without the group's idiom, "the statement" may be anyone's: no claim of the group."""
    written, name = group
    text = f"\u201cGunmen opposed to {written} {act},\u201d the statement said."
    assert (name, Stance.CLAIMED) not in _read(text, _LEXICON), text


# --- one event told in its parts: "twin blasts", bare and plural -------------------------------
_PARTS = ("twin", "triple", "double", "simultaneous")
_PART_NOUNS = ("bombings", "church bombings", "suicide attacks", "blasts", "hotel attacks")
_PART_FRAMES = (
    ("{g} claimed {e} in Velka.", Stance.CLAIMED),
    ("Police said {g} was behind {e} in Velka.", Stance.ASSERTED),
    ("A state of emergency followed {e} by {g} that killed dozens.", Stance.ASSERTED),
    ("Officials said {g} carried out {e} on Sunday.", Stance.ASSERTED),
)


@given(
    st.sampled_from(ARMED_NAMES),
    st.sampled_from(_PARTS),
    st.sampled_from(_PART_NOUNS),
    st.sampled_from(_PART_FRAMES),
)
def test_twin_blasts_are_one_event(
    group: tuple[str, str], parts: str, noun: str, frame: tuple[str, Stance]
) -> None:
    """ "X claimed twin bombings": a bare plural after "twin" is one event, as "the bombing"."""
    written, name = group
    template, stance = frame
    text = capitalised(template.format(g=written, e=f"{parts} {noun}"))
    assert _read(text, _LEXICON) == {(name, stance)}, text


@given(st.sampled_from(ARMED_NAMES), st.sampled_from(("attacks", "bombings")))
def test_a_bare_plural_alone_is_no_one_event(group: tuple[str, str], noun: str) -> None:
    """ "X carried out bombings": a class of events, not one."""
    written, _ = group
    text = f"{capitalised(written)} carried out {noun} in the region."
    assert _read(text, _LEXICON) == set(), text


# --- an unnamed affiliate, new to the text: "a Velka-affiliated group" is its parent's -----------
@given(
    st.sampled_from(ARMED_NAMES),
    st.sampled_from(("linked", "affiliated", "aligned", "allied")),
    st.sampled_from(
        (
            ("was responsible for the attack", Stance.ASSERTED),
            ("claimed responsibility for the bombing", Stance.CLAIMED),
            ("carried out the attack", Stance.ASSERTED),
        )
    ),
)
def test_an_unnamed_affiliate_is_written_as_its_parent(
    group: tuple[str, str], tie: str, frame: tuple[str, Stance]
) -> None:
    """ "A Boko Haram-linked group claimed ...": no name of its own, so the parent's."""
    written, name = group
    cue, stance = frame
    body = written.removeprefix("the ")
    article = "an" if body[:1].lower() in "aeiou" else "a"
    text = f"Police said {article} {body}-{tie} group {cue}."
    assert _read(text, _LEXICON) == {(name, stance)}, text


@given(st.sampled_from(ARMED_NAMES))
def test_a_definite_linked_group_stays_another_body(group: tuple[str, str]) -> None:
    """ "used by the X-linked organisation": a body told before, not X itself."""
    written, name = group
    text = f"Such truck bombs are used by the {written.removeprefix('the ')}-linked organisation."
    assert name not in {actor for actor, _ in _read(text, _LEXICON)}, text
