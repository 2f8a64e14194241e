"""Wave 16's wordings that are data: community victims, masked attackers, group names.

- A community named as the victims ("killed more than 10 Alawites", "12 Druze") is
  civilians, as the corpus' Christians and Hazara Shias are.
- "masked men" who entered or opened fire are the attackers: a count of militants.
- "Saraya Ansar al-Sunna" is a group of its own, not the "Ansar al-Sunna" its name holds;
  every spelling of the Balochistan Liberation Army is one actor, under that full name.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.figures import read_figures
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()
TOWNS = ["Varnok", "Okvara", "Tesmur", "Dunmarra"]
COMMUNITIES = ["Alawites", "Druze", "Hazaras", "Ismailis", "Catholics"]
WORDS = {2: "two", 3: "three", 4: "four", 10: "10", 12: "12", 15: "15"}


def _figures(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(COMMUNITIES),
    st.sampled_from([10, 12, 15]),
    st.sampled_from(["killed", "massacred", "killing"]),
    st.sampled_from(TOWNS),
    st.booleans(),
)
def test_a_community_killed_is_civilians(
    people: str, n: int, verb: str, town: str, floor: bool
) -> None:
    amount = f"more than {n}" if floor else str(n)
    text = f"Gunmen in {town} {verb} {amount} {people}, officials said."
    low = n + 1 if floor else n
    assert _figures(text) == [("killed", "civilians", low, None if floor else n)]


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from([2, 3, 4]),
    st.sampled_from(["entered the church", "opened fire on worshippers", "stormed a cafe"]),
    st.sampled_from(TOWNS),
    st.booleans(),
)
def test_masked_men_are_the_attackers(n: int, act: str, town: str, capital: bool) -> None:
    word = WORDS[n]
    opening = f"{word.capitalize()} masked men" if capital else f"Police said {word} masked men"
    text = f"{opening} {act} in {town} on Sunday."
    assert _figures(text) == [("count", "militants", n, n)]


def _actors(text: str) -> set[tuple[str, Stance]]:
    ctx = DocContext(Document(id="d", text=text), LEX)
    return {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(["Saraya Ansar al-Sunna", "Saraya Ansar al-Sunnah"]),
    st.sampled_from(
        ["A little-known group called", "The extremist group", "A group calling itself"]
    ),
    st.sampled_from(["a church in Varnok", "the bombing of a shrine in Okvara", "the attack"]),
)
def test_saraya_ansar_al_sunna_is_its_own_group(name: str, opening: str, what: str) -> None:
    text = f"{opening} {name} has claimed responsibility for {what}."
    assert _actors(text) == {("Saraya Ansar al-Sunna", Stance.CLAIMED)}


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(
        ["Baloch Liberation Army (BLA)", "Balochistan Liberation Army", "BLA", "the BLA"]
    ),
    st.sampled_from(["a bombing at a station in Varnok", "the attack", "the blast in Tesmur"]),
)
def test_every_spelling_of_the_bla_is_one_actor(name: str, what: str) -> None:
    text = f"The banned {name} has claimed responsibility for {what}."
    assert _actors(text) == {("Balochistan Liberation Army", Stance.CLAIMED)}


PLURALS = {"attacker": "attackers", "gunman": "gunmen", "assailant": "assailants"}


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from([(1, "one"), (2, "two"), (3, "three")]),
    st.sampled_from(sorted(PLURALS)),
    st.sampled_from(["on the run", "{be} on the run", "{be} at large", "at large"]),
    st.booleans(),
)
def test_attackers_on_the_run_are_counted(
    n: tuple[int, str], noun: str, state: str, toll_first: bool
) -> None:
    count, word = n
    head = noun if count == 1 else PLURALS[noun]
    told = state.format(be="was" if count == 1 else "were")
    opening = "Three dead, several injured and " if toll_first else "Police said "
    text = f"{opening}{word} {head} {told} after the attack in Varnok."
    assert ("count", "militants", count, count) in _figures(text)
