"""Round 12's figure phenomena, drawn with invented places, speakers and numbers.

Each grammar varies a phenomenon (numbers in digits or words, speakers before or after,
nouns, verbs) and states the figures it must yield:

- adjectives of the dead between a number and its metric noun ("25 charred bodies", "12
  burned and disfigured bodies") leave the noun the figure's metric.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

PLACES = ["Zelvania", "Okvara", "Dunmar", "Velka"]
BEFORE = st.sampled_from(["", "Police in Okvara said ", "A Zelvanian official said that "])
AFTER = st.sampled_from(["", ", a police spokesman said", ", Colonel Varnek told reporters"])


def read(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]


def number(n: int, words: bool) -> str:
    return spell(n) if words and n <= 99 else str(n)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@given(
    n=st.integers(2, 90),
    words=st.booleans(),
    adjectives=st.sampled_from(
        ["burned", "charred", "mutilated", "burned and disfigured", "badly burned", "unidentified"]
    ),
    noun=st.sampled_from(["bodies", "corpses"]),
    verb=st.sampled_from(["found", "discovered", "recovered", "pulled out"]),
    before=BEFORE,
    place=st.sampled_from(PLACES),
)
def test_adjectives_of_the_dead_before_a_metric_noun(
    n, words, adjectives, noun, verb, before, place
):
    text = f"{before}rescuers {verb} {number(n, words)} {adjectives} {noun} in {place}."
    assert read(capital(text)) == [("killed", "people", n, n)]


@given(
    thing=st.sampled_from(["body", "shape", "figure"]),
    state=st.sampled_from(["apparently dead", "motionless and dead", "probably dead"]),
    place=st.sampled_from(PLACES),
)
def test_a_comma_closes_the_noun_before_adjectives_of_the_dead(thing, state, place):
    # "one body, apparently dead": the comma ends the noun group, so "dead" is no noun of
    # adjectives after the number.
    assert read(f"The video showed one {thing}, {state}, on the floor in {place}.") == []
