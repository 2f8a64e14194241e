"""Attribution phenomena of wave 15 (w15attr), each in invented sentences with the claims it yields.

Denials told as a noun ("reiterated its complete denial of involvement"), as the absence of
a tie ("there is no relationship between X and the attack") and as the rejection of claims
"of" the group being involved; a group's statement "in which it claimed responsibility"
after "said in a statement"; an outlet's claim that the attacker "was a soldier" of the
group without "that"; findings that "point to" a group; an attack made "with orders from" a
group; a headline's accusation "over" an attack and its present-tense "strike"; the stock
phrase "Kurdish militants" for the PKK; a quantity of the group's attackers ("dozens of X
fighters stormed", "an unknown number of X militants gained entry"). And what is not a
claim: "a video in which X had claimed allegiance" ("which" is not what X claimed), and
"nobody" claiming.
"""

from __future__ import annotations

import pytest

from claimrecon.models import Stance
from tests.strategies import read_attributions

_A, _C, _D, _S = Stance.ASSERTED, Stance.CLAIMED, Stance.DENIED, Stance.SUSPECTED

CASES = [
    # a denial told as a noun the group repeats
    (
        "The Okvara Front reiterated its complete denial for involvement in the attack.",
        "Okvara Front",
        _D,
    ),
    (
        "The Zelvani Brigade repeated its denial of any involvement in the bombing.",
        "Zelvani Brigade",
        _D,
    ),
    ("Boko Haram has restated its categorical denial of responsibility.", "Boko Haram", _D),
    # no tie between the group and the event
    (
        '"There is no relationship between Boko Haram and yesterday\u2019s explosion in Dunmar,"'
        " the group\u2019s spokesman said.",
        "Boko Haram",
        _D,
    ),
    (
        "There is no connection between al-Shabaab and the attack, a spokesman said.",
        "al-Shabaab",
        _D,
    ),
    (
        "There are no links between the Taliban and Sunday's blast, the movement said.",
        "Taliban",
        _D,
    ),
    # the rejection of claims "of" the group being involved
    (
        "The Okvara Front rejected claims of its fighters being involved in the deadly explosion.",
        "Okvara Front",
        _D,
    ),
    (
        "Dorin Pask, top commander of the Hurdane Movement, dismissed reports of the group"
        " being involved in the attack.",
        "Hurdane Movement",
        _D,
    ),
    # "said in a statement in which it claimed": the statement is the group's message
    (
        '"Seven aircraft were destroyed," the Okvara Front said in a statement in which it'
        " claimed responsibility for the assault.",
        "Okvara Front",
        _C,
    ),
    (
        "Al-Shabaab said in a statement in which it claimed responsibility for the raid.",
        "al-Shabaab",
        _C,
    ),
    # an outlet's claim that the attacker was the group's soldier, without "that"
    (
        "The Okvara Front's news agency claimed the attacker was a soldier of the group.",
        "Okvara Front",
        _C,
    ),
    (
        "The Islamic State group's Amaq news agency claimed he was a \u201csoldier\u201d"
        " of the group.",
        "Islamic State",
        _C,
    ),
    # findings that point to a group
    ("A Zelvanian official said initial findings point to the Okvara Front.", "Okvara Front", _S),
    ("Evidence points to the Hurdane Movement, an investigator said.", "Hurdane Movement", _S),
    # an attack made on a group's orders
    (
        "Police said the bomber carried out the attack with orders from the Okvara Front.",
        "Okvara Front",
        _A,
    ),
    (
        "The suspect carried out the attack with alleged orders from the Zelvani Brigade,"
        " police said.",
        "Zelvani Brigade",
        _S,
    ),
    # a headline's accusation "over" an attack
    ("Zelvania arrests Velkan woman, accuses Okvara Front over Dunmar bombing", "Okvara Front", _A),
    ("Velka blames Hurdane Movement over market attack", "Hurdane Movement", _A),
    # a headline's present-tense strike
    (
        "Okvara Front militants strike military camp in Dunmar\n\nSeven soldiers died.",
        "Okvara Front",
        _A,
    ),
    # a quantity of the group's attackers, and acts of entry
    ("Dozens of Boko Haram fighters stormed the village.", "Boko Haram", _A),
    ("Hundreds of Boko Haram fighters stormed the village at dawn.", "Boko Haram", _A),
    ("An unknown number of al-Shabaab militants stormed the airstrip.", "al-Shabaab", _A),
    (
        "The report said an unknown number of al-Shabaab militants gained entry into the"
        " airstrip through Dunmar.",
        "al-Shabaab",
        _A,
    ),
    ("Okvara Front militants gained entry into the airstrip before dawn.", "Okvara Front", _A),
    ("Boko Haram fighters forced their way into the school.", "Boko Haram", _A),
    # the stock phrase for the PKK
    (
        "Zelvania blamed Kurdish militants on Monday for an explosion that killed six people.",
        "Kurdistan Workers' Party",
        _A,
    ),
]


@pytest.mark.parametrize(("text", "actor", "stance"), CASES)
def test_a_phenomenon_of_wave_15_yields_its_claim(text: str, actor: str, stance: Stance) -> None:
    assert (actor, stance) in read_attributions(text)


NOT_CLAIMS = [
    "Investigators found a video in which Dorin Pask had claimed allegiance to the group.",
    "Police found a recording in which Karim Velkan claimed loyalty to the Okvara Front.",
    "Nobody has claimed responsibility for the blast.",
    "Nobody claimed the attack on Sunday.",
]


def test_a_quantity_word_is_no_part_of_a_groups_name() -> None:
    found = read_attributions("Dozens of Okvara Front militants stormed the base at dawn.")
    assert not {a for a, _ in found if a.lower().startswith("dozens")}


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_no_claim_is_read_where_nobody_claims_the_attack(text: str) -> None:
    assert not {a for a, s in read_attributions(text) if s is Stance.CLAIMED}
