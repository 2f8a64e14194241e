"""A time adverb between the attackers and their act ("four gunmen last night stormed").

News writing, in South Asian outlets above all, puts "last night" or "yesterday" between
the subject and its verb; the count of attackers must read past it, as must a toll.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

TIMES = ["last night", "late last night", "yesterday", "overnight", "this morning", "tonight"]
NOUNS = ["militants", "gunmen", "attackers", "assailants"]
ACTS = ["stormed", "raided", "forced their way into", "forced their entry into"]
PLACES = ["Zelvania", "Okvara", "Dunmar", "Brelton"]


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    time=st.sampled_from(TIMES),
    noun=st.sampled_from(NOUNS),
    act=st.sampled_from(ACTS),
    place=st.sampled_from(PLACES),
    lead=st.sampled_from(["", "Reports said ", "Police in Okvara said "]),
)
def test_attackers_act_past_a_time_adverb(n, words, time, noun, act, place, lead):
    number = spell(n) if words else str(n)
    clause = f"{number} {noun} {time} {act} a police academy in {place}."
    text = f"{lead}{clause}" if lead else clause[0].upper() + clause[1:]
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == [("count", "militants", n, n)], text


@given(n=st.integers(2, 400), time=st.sampled_from(TIMES), place=st.sampled_from(PLACES))
def test_a_toll_past_a_time_adverb(n, time, place):
    text = f"{n} people {time} were killed in {place}."
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == [("killed", "people", n, n)], text
