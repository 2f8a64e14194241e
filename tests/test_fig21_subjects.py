"""Round 21 (fig21): whom a figure counts, on two wordings of real news.

Two phenomena, each a hypothesis grammar over invented places, forces and numbers:

- members of a military force: "N members of the <X> Revolutionary Guards (Corps)",
  "N <X> Revolutionary Guards members", the headline "N members Revolutionary Guards",
  "N army members" count soldiers (not guards, not people), and members of a bomb squad
  count security forces.
- a passive toll over two joined heads: "N villagers and soldiers were killed" counts
  both heads, so its subject is the nearest one holding both (people; security forces for
  police and soldiers), as the active "killed N villagers and soldiers" already reads; a
  clause after an object ("killed N soldiers and police were deployed") stays apart.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

Read = tuple[str, str, int | None, int | None]


def read(text: str) -> list[Read]:
    return sorted((f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX))


PLACES = ["Okvara", "Zelvania", "Brindor", "Tasmuk", "Velkaria"]
DEMONYMS = ["", "Okvaran ", "Zelvanian ", "Islamic "]
PASSIVES = [("killed", "killed"), ("wounded", "wounded"), ("injured", "wounded")]


def _number(draw: st.DrawFn) -> tuple[str, int]:
    n = draw(st.integers(3, 60))
    return (spell(n) if n <= 20 and draw(st.booleans()) else str(n)), n


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


@st.composite
def force_members(draw: st.DrawFn) -> tuple[str, int, str]:
    """A count of members of a military force, and the subject it must read."""
    words, n = _number(draw)
    demonym = draw(st.sampled_from(DEMONYMS))
    guard = draw(st.sampled_from(["Revolutionary Guards", "Revolutionary Guard"]))
    corps = draw(st.sampled_from(["", " Corps"]))
    shape = draw(st.sampled_from(["of", "before", "army", "squad"]))
    if shape == "of":
        return f"{words} members of the {demonym}{guard}{corps}", n, "soldiers"
    if shape == "before":
        return f"{words} {demonym}{guard}{corps} members", n, "soldiers"
    if shape == "army":
        return f"{words} army members", n, "soldiers"
    return f"{words} members of a {demonym}bomb squad", n, "security_forces"


@settings(max_examples=60, deadline=None)
@given(force_members(), st.sampled_from(PASSIVES), st.sampled_from(PLACES))
def test_members_of_a_military_force_are_its_soldiers(group, verb, place) -> None:
    noun, n, subject = group
    text = f"{_capital(noun)} were {verb[0]} in {place} on Tuesday, officials said."
    assert read(text) == [(verb[1], subject, n, n)], text


@settings(max_examples=40, deadline=None)
@given(force_members(), st.sampled_from(PLACES))
def test_members_of_a_force_killed_in_the_active(group, place) -> None:
    noun, n, subject = group
    text = f"A suicide bomber killed {noun} on a bus near {place}, state media reported."
    assert read(text) == [("killed", subject, n, n)], text


@settings(max_examples=30, deadline=None)
@given(st.integers(3, 60), st.sampled_from(PLACES))
def test_a_headline_of_members_without_of(n, place) -> None:
    text = f"Suicide bomber kills {n} members Revolutionary Guards in {place}"
    assert read(text) == [("killed", "soldiers", n, n)], text


JOINED = [
    ("villagers", "soldiers", "people"),
    ("civilians", "police officers", "people"),
    ("police officers", "soldiers", "security_forces"),
    ("worshippers", "guards", "people"),
    ("women", "children", "civilians"),
    ("shoppers", "policemen", "people"),
]
QUALIFIERS = [("", 0), ("at least ", 1), ("more than ", 2)]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(3, 200),
    st.sampled_from(JOINED),
    st.sampled_from(PASSIVES),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(["were", "have been", "had been"]),
    st.sampled_from(PLACES),
)
def test_a_passive_toll_over_two_heads_counts_both(n, joined, verb, qualifier, aux, place):
    one, other, subject = joined
    words, kind = qualifier
    low, high = (n, n) if kind == 0 else (n, None) if kind == 1 else (n + 1, None)
    text = f"{_capital(words)}{n} {one} and {other} {aux} {verb[0]} in {place} on Sunday."
    assert read(text) == [(verb[1], subject, low, high)], text


@settings(max_examples=40, deadline=None)
@given(
    st.integers(3, 60),
    st.sampled_from(["soldiers", "civilians", "villagers"]),
    st.sampled_from(["police were deployed", "troops sealed off the area"]),
    st.sampled_from(PLACES),
)
def test_a_clause_after_an_object_stands_apart(n, head, clause, place) -> None:
    text = f"The bombing in {place} killed {n} {head} and {clause}."
    subject = "soldiers" if head == "soldiers" else "civilians"
    assert read(text) == [("killed", subject, n, n)], text


HEDGES = ["suspected to be", "believed to be", "thought to be", "suspected of being"]
ATTACKERS = ["suicide bombers", "attackers", "gunmen", "bombers", "assailants"]
PERSONS = ["people", "men", "persons"]
DEATHS = [("died", "killed"), ("were killed", "killed"), ("were shot dead", "killed")]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 9),
    st.sampled_from(PERSONS),
    st.sampled_from(HEDGES),
    st.sampled_from(["the ", ""]),
    st.sampled_from(ATTACKERS),
    st.sampled_from(DEATHS),
    st.sampled_from(PLACES),
)
def test_persons_a_hedge_names_as_the_attackers_are_militants(
    n, persons, hedge, article, attackers, death, place
) -> None:
    text = f"{_capital(spell(n))} {persons} {hedge} {article}{attackers} {death[0]} in {place}."
    assert read(text) == [(death[1], "militants", n, n)], text


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 9), st.sampled_from(PERSONS), st.sampled_from(HEDGES[:2]))
def test_persons_a_hedge_names_as_civilians_stay_people(n, persons, hedge) -> None:
    text = f"{_capital(spell(n))} {persons} {hedge} civilians were killed."
    assert read(text) == [("killed", "people", n, n)], text


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 5),
    st.integers(6, 80),
    st.sampled_from(JOINED),
    st.sampled_from(["injured", "wounded"]),
)
def test_a_joined_toll_after_a_clause_of_deaths_keeps_its_own_verb(n, m, joined, verb) -> None:
    one, other, subject = joined
    text = f"{_capital(spell(n))} bombers died and {m} {one} and {other} were {verb}."
    assert read(text) == [("killed", "militants", n, n), ("wounded", subject, m, m)], text


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 9), st.sampled_from(["men", "people"]), st.sampled_from(PLACES))
def test_persons_who_blew_themselves_up_are_attackers(n, persons, place) -> None:
    text = f"{_capital(spell(n))} {persons} blew themselves up at a checkpoint in {place}."
    assert read(text) == [("killed", "militants", n, n)], text
