"""Regressions: real sentences from the dev corpus (benchmarks/real/dev) and the claims they yield.

One parametrized table; each helper appends its rows in its own titled block.
"""

from __future__ import annotations

import pytest

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon

CLAIMED, ASSERTED, BELIEVED = Stance.CLAIMED, Stance.ASSERTED, Stance.BELIEVED
SUSPECTED, DENIED = Stance.SUSPECTED, Stance.DENIED

# --- attributions (actor, stance): the claims a sentence must yield, all of them ----------
ATTRIBUTIONS: list[tuple[str, set[tuple[str, Stance]]]] = [
    (
        "Iran has blamed Israel and the United States (US) for twin blasts near the grave.",
        {("Israel", ASSERTED), ("United States", ASSERTED)},
    ),
    (
        "Washington says USA and Israel had no role in terrorist attack in Kerman, Iran.",
        {("United States", DENIED), ("Israel", DENIED)},
    ),
    (
        "The responsibility for this crime lies with the US and Zionist regimes (Israel) and "
        "terrorism is just a tool.",
        {("United States", ASSERTED), ("Israel", ASSERTED)},
    ),
    (
        "The US refuted the notion that either Israel or Washington was responsible for the "
        "recent blasts.",
        {("Israel", DENIED), ("United States", DENIED)},
    ),
    (
        "We have no reason to believe that Israel was involved in this explosion.",
        {("Israel", DENIED)},
    ),
    (
        "However, a federal law enforcement official said Tuesday there was no immediate reason "
        "to doubt the Islamic State\u2019s claim of responsibility.",
        {("Islamic State", BELIEVED)},
    ),
    (
        "The armed group al-Shabab was blamed for Saturday's blasts.",
        {("al-Shabaab", ASSERTED)},
    ),
    (
        "Islamist militant group Al-Shebab stormed a university campus near the border.",
        {("al-Shabaab", ASSERTED)},
    ),
    (
        "Local media speculation quickly settled on Lashkar-e-Tayyeba, a Pakistan rebel group.",
        {("Lashkar-e-Taiba", SUSPECTED)},
    ),
    (
        "The only gunman captured by police told authorities he belonged to the Pakistani "
        "militant group Lashkar-e-Taiba, a senior police officer said Sunday.",
        {("Lashkar-e-Taiba", ASSERTED)},
    ),
    (
        "A previously unknown group calling itself the Deccan Mujahideen has claimed "
        "responsibility for the attacks.",
        {("Deccan Mujahideen", CLAIMED)},
    ),
    (
        "In late 2016, Ansar Beit Al-Maqdis claimed responsibility for killing the sheikh.",
        {("Ansar Beit al-Maqdis", CLAIMED)},
    ),
    (
        "This figure does not include the three ISIL bombers, who were also killed in the attack.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "The attack on the gate was followed by a number of ISIS gunmen who opened fire on "
        "civilians.",
        {("Islamic State", ASSERTED)},
    ),
    (
        "Turkish officials said the main suspect is the Islamic State militant group.",
        {("Islamic State", SUSPECTED)},
    ),
    (
        "The Kenyan leader vowed that al-Shabaab's continued ability to strike the capital would "
        "be broken.",
        set(),
    ),
    (
        "The top U.S. general confirmed that an American gunship carried out the aerial assault.",
        {("United States military", ASSERTED)},
    ),
    (
        "The general, who died in a U.S. drone strike in Iraq in January 2020, was buried there.",
        set(),
    ),
]
# --- end of attributions -----------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), ATTRIBUTIONS)
def test_real_attributions(sentence: str, expected: set[tuple[str, Stance]]) -> None:
    ctx = DocContext(Document(id="d", text=sentence), Lexicon.default())
    found = {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}
    assert found == expected
