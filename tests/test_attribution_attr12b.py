"""A group's men counted as one event's attackers, round 12 (attr12b).

Members' nouns ("militants", "fighters") after a group's name are its attackers only when
the count is one closed set ("the last of six X militants", "all four X fighters") or when
they were killed in the operation that ended the attack ("were killed in the army
operation to retake the plant"); a count alone ("killing 90 X fighters") stays the
victims or the group's strength. Invented names with known ones, other counts and ties.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()

_GROUPS = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Taliban", "Taliban"),
    ("al Qaeda-linked", "al-Qaeda"),
    ("Boko Haram-affiliated", "Boko Haram"),
)
_MEMBERS = ("militants", "fighters", "insurgents", "militant", "fighter")
_COUNTS = ("six", "4", "thirty-two", "twenty-one", "12")
_CLOSED = ("the last of", "the last of the", "all", "all the", "both")
_KILLERS = ("Soldiers", "Security forces", "Commandos", "Zelvanian troops")


@st.composite
def closed_count(draw: st.DrawFn) -> AttributionCase:
    """ "Troops killed the last of six X militants": the whole of one event's attackers."""
    written, name = draw(st.sampled_from(_GROUPS))
    closed = draw(st.sampled_from(_CLOSED))
    count = "two" if closed == "both" else draw(st.sampled_from(_COUNTS))
    noun = draw(st.sampled_from(_MEMBERS[:3]))
    killer = draw(st.sampled_from(_KILLERS))
    verb = draw(st.sampled_from(("killed", "had killed", "shot dead")))
    tail = draw(st.sampled_from((" inside the hotel", " to end the siege in Velka", "")))
    return f"{killer} {verb} {closed} {count} {written} {noun}{tail}.", frozenset(
        {(name, Stance.ASSERTED)}
    )


@given(closed_count())
def test_a_closed_count_of_a_groups_men_is_its_attackers(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@st.composite
def killed_ending_it(draw: st.DrawFn) -> AttributionCase:
    """ "Thirty X militants were killed in the army operation to retake the plant"."""
    written, name = draw(st.sampled_from(_GROUPS))
    count = draw(st.sampled_from(_COUNTS)).capitalize()
    noun = draw(st.sampled_from(_MEMBERS[:3]))
    killed = draw(st.sampled_from(("were killed", "had been killed", "were shot dead")))
    prep = draw(st.sampled_from(("in the", "during the", "in an", "during a")))
    kind = draw(st.sampled_from(("army operation", "operation", "commando raid", "assault")))
    goal = draw(
        st.sampled_from(
            (
                "to recapture the gas plant",
                "to free the hostages",
                "to end the siege",
                "to retake the Okvara mall",
            )
        )
    )
    text = f"{count} {written} {noun} {killed} {prep} {kind} {goal}, officials said."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(killed_ending_it())
def test_men_killed_ending_the_attack_are_its_attackers(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_an_open_count_or_another_operation_is_no_attacker() -> None:
    # Victims of a strike, the group's strength, an operation that ended nothing here, a
    # large number that is no siege's attackers: no claim.
    for text in (
        "Airstrikes killed 90 Boko Haram fighters in the forest.",
        "The army said 32 Boko Haram militants were killed in the operation.",
        "Thirty Boko Haram militants were killed in an army operation in the Okvara forest.",
        "Over the years, all 300 Boko Haram fighters in the camp surrendered.",
        "Some 5,000 Boko Haram fighters remain in the Sambisa forest.",
    ):
        assert _read(text, _LEXICON) == set(), text


# --- others' doubt of a group named again by "the group" --------------------------------

_CLAIMANTS = (
    ("Boko Haram", "Boko Haram"),
    ("al-Shabaab", "al-Shabaab"),
    ("The Islamic State", "Islamic State"),
)


@st.composite
def doubt_of_the_groups_claim(draw: st.DrawFn) -> AttributionCase:
    """ "X claimed the attack. Officials cast doubt on the group's claim": X denied."""
    written, name = draw(st.sampled_from(_CLAIMANTS))
    event = draw(st.sampled_from(("the attack", "the bombing in Velka", "Friday's assault")))
    speaker = draw(st.sampled_from(("Officials", "Zelvanian police", "Analysts", "The army")))
    verb = draw(st.sampled_from(("cast doubt on", "doubted", "questioned", "have cast doubt on")))
    owner = draw(st.sampled_from(("the group's", "the militant group's", "the organisation's")))
    noun = draw(st.sampled_from(("claim", "claim of responsibility")))
    text = f"{written} claimed {event} on Monday. {speaker} {verb} {owner} {noun}."
    return text, frozenset({(name, Stance.CLAIMED), (name, Stance.DENIED)})


@given(doubt_of_the_groups_claim())
def test_others_doubt_of_the_groups_claim_is_its_denial(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


def test_others_denial_of_people_named_again_is_none() -> None:
    # "the militants" are people: who they are is not said, so no denial is theirs.
    text = "Boko Haram claimed the attack on Monday. Police denied the militants were foreigners."
    assert _read(text, _LEXICON) == {("Boko Haram", Stance.CLAIMED)}


# --- the attackers' membership told with a hedge ----------------------------------------


@st.composite
def hedged_membership(draw: st.DrawFn) -> AttributionCase:
    """ "The bomber was an alleged member of X": a hedged membership is suspicion."""
    written, name = draw(
        st.sampled_from((("Boko Haram", "Boko Haram"), ("the Okvara Front", "Okvara Front")))
    )
    one = draw(st.booleans())
    who = draw(
        st.sampled_from(("the bomber", "the gunman", "the attacker") if one else ("the gunmen",))
    )
    tense = draw(st.sampled_from(("was", "is") if one else ("were", "are")))
    hedge = draw(st.sampled_from(("alleged", "suspected")))
    member = (
        (f"an {hedge} member" if hedge[0] == "a" else f"a {hedge} member")
        if one
        else (f"{hedge} members")
    )
    tail = draw(st.sampled_from(("", ", police said", ", according to Zelvanian officials")))
    text = f"Police said {who} {tense} {member} of {written}{tail}."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(hedged_membership())
def test_a_hedged_membership_of_the_attackers_is_suspicion(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected
