"""A hypothesis grammar of the figure phenomena the fifth round read on attacks never seen.

Each grammar draws its numbers, nouns, verbs, speakers and places from open sets and states
the figures the sentence must yield: vague amounts (none, whatever their wording), compound
number words ("a hundred and thirty-odd"), and attacker counts told in many frames.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.vocab import Lexicon
from tests.test_figure_grammar import (
    ATTACKERS,
    KILLED_PASSIVES,
    SPEAKERS_AFTER,
    SPEAKERS_BEFORE,
    VICTIMS,
    WHERE,
    WOUNDED_PASSIVES,
    Read,
    cap,
    counts,
)

LEX = Lexicon.default()


def read(text: str) -> list[Read]:
    return [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]


# --- vague amounts --------------------------------------------------------------------------

VAGUE = st.sampled_from(
    [
        "dozens of",
        "scores of",
        "hundreds of",
        "thousands of",
        "tens of thousands of",
        "several",
        "several dozen",
        "several hundred",
        "a few",
        "a handful of",
        "a number of",
    ]
)
VAGUE_OPENERS = st.sampled_from(["", "at least ", "more than ", "some ", "another "])


@st.composite
def vague_sentences(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'Dozens of <victims> were killed', 'killing several <victims>', a precise figure beside."""
    vague = draw(VAGUE)
    opener = draw(VAGUE_OPENERS)
    noun, _ = draw(VICTIMS)
    frame = draw(st.sampled_from(["passive", "participle", "wounded", "beside"]))
    if frame == "passive":
        text = f"{opener}{vague} {noun} {draw(KILLED_PASSIVES)}{draw(WHERE)}"
        expected: list[Read] = []
    elif frame == "participle":
        text = f"a bomb exploded{draw(WHERE)}, killing {opener}{vague} {noun}"
        expected = []
    elif frame == "wounded":
        text = f"{opener}{vague} {noun} {draw(WOUNDED_PASSIVES)}"
        expected = []
    else:
        number, value = draw(counts(2, 300, dozen=False))
        text = f"{number} people were killed and {vague} {noun} {draw(WOUNDED_PASSIVES)}"
        expected = [("killed", "people", value, value)]
    return cap(f"{draw(SPEAKERS_BEFORE)}{text}{draw(SPEAKERS_AFTER)}."), expected


@given(vague_sentences())
def test_a_vague_amount_is_never_an_interval(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(st.sampled_from(["", "Officials said "]), ATTACKERS)
def test_a_vague_number_of_attackers_is_no_count(before: str, noun: str) -> None:
    assert read(cap(f"{before}several {noun} stormed the building.")) == []
