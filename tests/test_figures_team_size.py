"""A team's size glued to its number: "a four-man team stormed", "a six-member squad".

The size is a count of attackers when the team does an attacker's act, a toll when the
team is killed; the number word or digits carry a suffix ("-man", "-member", "-strong").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

SUFFIXES = ["man", "member", "strong"]
TEAMS = ["team", "squad", "cell", "unit"]
ACTS = ["stormed", "carried out the attack on", "conducted the assault on", "raided"]
PLACES = ["Zelvania", "Okvara", "Dunmar", "Brelton"]


def _team(n: int, words: bool, suffix: str, team: str) -> str:
    number = spell(n) if words else str(n)
    article = "an" if number[0] in "8e" or number in ("11", "18") else "a"
    return f"{article} {number}-{suffix} {team}"


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    suffix=st.sampled_from(SUFFIXES),
    team=st.sampled_from(TEAMS),
    act=st.sampled_from(ACTS),
    place=st.sampled_from(PLACES),
    speaker=st.sampled_from(["", "Colonel Varnek said "]),
)
def test_a_team_that_attacks_counts_its_members(n, words, suffix, team, act, place, speaker):
    phrase = f"{_team(n, words, suffix, team)} {act} the {place} hotel."
    text = f"{speaker}{phrase}" if speaker else phrase[0].upper() + phrase[1:]
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == [("count", "militants", n, n)], text
