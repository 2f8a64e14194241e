"""Recruits, cadets and trainees of a force are of that force; "embraced martyrdom" is a death.

"40 police recruits embraced martyrdom and 90 were injured": the trainees of the police are
police (the wounded after them too), and the idiom of South Asian outlets names a death.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

FORCES = {"police": "police", "army": "soldiers"}
TRAINEES = ["recruits", "cadets", "trainees"]
DEATHS = ["embraced martyrdom", "were martyred", "were killed", "died"]
PLACES = ["Zelvania", "Okvara", "Dunmar", "Brelton"]


@given(
    n=st.integers(2, 300),
    words=st.booleans(),
    force=st.sampled_from(sorted(FORCES)),
    trainees=st.sampled_from(TRAINEES),
    death=st.sampled_from(DEATHS),
    place=st.sampled_from(PLACES),
    floor=st.booleans(),
)
def test_trainees_of_a_force_are_of_it(n, words, force, trainees, death, place, floor):
    if force == "army" and trainees == "trainees":
        trainees = "cadets"
    number = spell(n) if words else str(n)
    head = f"at least {number}" if floor else number
    text = f"{head} {force} {trainees} {death} in the attack on the {place} academy."
    text = text[0].upper() + text[1:]
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == [("killed", FORCES[force], n, None if floor else n)], text


@given(n=st.integers(2, 300), m=st.integers(2, 300), place=st.sampled_from(PLACES))
def test_the_wounded_after_trainees_are_of_their_force(n, m, place):
    text = f"{n} police recruits embraced martyrdom and {m} were injured in {place}."
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == [("killed", "police", n, n), ("wounded", "police", m, m)], text
