"""Attributions of round 13 (attrhedge13): a group's own media, and what others believe.

A group that publishes its claim ("published the claim of responsibility", "issued its
claim of responsibility") or shows its attack in its own media ("released a video of the
attackers", "posted footage of the attack", "published photos showing the gunmen") claims
it. Known groups and invented ones with a group's form, in several sentence shapes; a
state's forces or the police that release pictures of the attackers claim nothing. A
group's statement that names its man by what it calls itself ("a heroic soldier of the
caliphate struck") claims his act; "a soldier of the army" is its enemy's. Others' guesses
suspect a group: speculation and rumour ("there is speculation that X carried out"), and a
claim foretold ("X is expected to claim the attack").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import ARMED_NAMES, AttributionCase, any_group
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()

# --- a group's own media: its claim published, its attack shown -----------------------------
_MEDIA_VERBS = ("released", "posted", "published", "issued", "has released", "later posted")
_CLAIMS = (
    "the claim of responsibility",
    "its claim of responsibility",
    "a claim of responsibility",
    "an online claim of responsibility",
)
_PICTURES = ("a video", "video", "footage", "photos", "pictures", "images")
_SHOWN = (
    "of the attackers",
    "of the gunmen",
    "of the attack",
    "of Sunday's bombing",
    "showing the attackers",
    "showing the three gunmen",
)
_WHERE = ("", " on its Telegram channel", " through its news agency", " on Monday")
_AFTER = ("", ", saying its fighters stormed the hotel", ", a monitoring group said")


@st.composite
def group_publishes_its_attack(draw: st.DrawFn) -> AttributionCase:
    """ "X published the claim of responsibility", "X released a video of the attackers"."""
    verb = draw(st.sampled_from(_MEDIA_VERBS))
    if draw(st.booleans()):
        written, name = draw(any_group())
        what = draw(st.sampled_from(_CLAIMS))
    else:
        # A name the lexicon does not know is read only by a cue that names responsibility
        # (the pictures' verbs are reporting verbs, "posted", "released"): known groups.
        written, name = draw(st.sampled_from(ARMED_NAMES))
        what = f"{draw(st.sampled_from(_PICTURES))} {draw(st.sampled_from(_SHOWN))}"
    where, after = draw(st.sampled_from(_WHERE)), draw(st.sampled_from(_AFTER))
    text = f"{written[0].upper()}{written[1:]} {verb} {what}{where}{after}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(group_publishes_its_attack())
def test_a_group_that_publishes_its_attack_claims_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police released photos of the attackers on Monday.",
        "The interior ministry published pictures of the gunmen.",
        "Investigators released a video of the attack on the hotel.",
    ],
)
def test_pictures_released_by_others_name_no_group(text: str) -> None:
    assert _read(text, _LEXICON) == set()


# --- a guess others make: speculation, rumours -----------------------------------------------
_SPECULATION = (
    "There is speculation that",
    "There was widespread speculation that",
    "There has been speculation that",
    "The video sparked speculation that",
    "Local media speculated that",
    "Analysts speculate that",
    "There were rumours that",
    "It was rumoured that",
)
_GUESSED = (
    "{g} carried out the attack",
    "{g} was behind Sunday's bombing",
    "{g} fighters stormed the hotel",
    "{g} staged the raid on the market",
)
_FOCUSED = ("Speculation quickly focused on", "Speculation centred on", "Speculation fell on")


@st.composite
def speculation_about_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "There is speculation that X carried out the attack": X is suspected, not named."""
    written, name = draw(any_group())
    if draw(st.booleans()):
        frame = draw(st.sampled_from(_SPECULATION))
        clause = draw(st.sampled_from(_GUESSED)).format(g=written)
        text = f"{frame} {clause}."
    else:
        text = f"{draw(st.sampled_from(_FOCUSED))} {written}."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(speculation_about_a_group())
def test_speculation_about_a_group_suspects_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- a claim foretold: the group is expected to claim the attack -----------------------------
_FORETOLD = (
    "is expected to claim responsibility",
    "is expected to claim the attack",
    "is likely to claim Sunday's bombing",
    "is widely expected to claim the attack",
    "was expected to say it was behind the blasts",
    "is expected to say it carried out the attack",
)
_BEFORE = ("", "No group has claimed the attack. ", "No group has claimed it so far, but ")


@st.composite
def claim_foretold(draw: st.DrawFn) -> AttributionCase:
    """ "X is expected to claim the attack": a guess that X did it, not X's claim."""
    written, name = draw(any_group())
    before = draw(st.sampled_from(_BEFORE))
    opens = not before or before.endswith(". ")
    subject = f"{written[0].upper()}{written[1:]}" if opens else written
    return f"{before}{subject} {draw(st.sampled_from(_FORETOLD))}.", frozenset(
        {(name, Stance.SUSPECTED)}
    )


@given(claim_foretold())
def test_a_claim_foretold_suspects_the_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected


# --- a group's statement names its men by what it calls itself -------------------------------
_OWN_NAMES = (
    "a heroic soldier of the caliphate",
    "a brave soldier of the caliphate",
    "two knights of the state",
    "our heroic fighters of the emirate",
    "one soldier of the caliphate",
)
_ENEMY_MEN = ("a soldier of the army", "two soldiers of the regime", "a fighter of the enemy")
_TOLD = ("stormed the hotel", "struck one of the nightclubs", "attacked the base")
_OPENERS = ("", "In continuation of the blessed operations, ", "By the grace of God, ")


@st.composite
def group_names_its_men(draw: st.DrawFn) -> AttributionCase:
    """'X said: "... a heroic soldier of the caliphate struck ..."': X's claim."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    own = draw(st.booleans())
    # (right after "said", "a soldier of" is read as the group's own by a cue of its own)
    opener = draw(st.sampled_from(_OPENERS if own else _OPENERS[1:]))
    men = draw(st.sampled_from(_OWN_NAMES if own else _ENEMY_MEN))
    said = draw(st.sampled_from(("said:", "said in a statement:")))
    men = men if opener else f"{men[0].upper()}{men[1:]}"
    text = (
        f'{written[0].upper()}{written[1:]} {said} "{opener}{men} {draw(st.sampled_from(_TOLD))}."'
    )
    return text, frozenset({(name, Stance.CLAIMED)} if own else set())


@given(group_names_its_men())
def test_a_group_naming_its_men_claims_their_act(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text, _LEXICON) == expected
