"""Round 18 (fig18c) figure phenomena, drawn with invented names and places.

- A lone attacker as the predicate of a copula ("he was a lone assailant") is a count of
  one attacker; a doubt in its clause ("whether he was ...", "it is possible that ..."), a
  modal ("can be") or a second person ("you can be a lone attacker") tells no count.
- "Okvaro acted alone" (a name, a pronoun of one or an attacker's singular noun before a
  predicate of acting alone) is a count of one attacker; "whether he acted alone", "may
  have acted alone" and a plural "they acted alone" are none.
- A reporting clause between a fronted partitive and its part ("Of the 30 dead, police
  said that 12 were soldiers") leaves the part a part of that group.
- Coordinated partitives of an unnumbered group ("eleven of the victims were men and nine
  were women"): the nine are no part of the eleven.
- An ordinal after a noun of death ("the death of a third tourist") tells the toll: three
  dead; an ordinal elsewhere ("a fourth attacker was shot dead") is one of a group.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.vocab import Lexicon
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

NAMES = st.sampled_from(["Okvaro", "Dunmar Velkis", "he", "she", "the attacker", "the gunman"])
LONE_NOUNS = st.sampled_from(["assailant", "gunman", "attacker", "bomber", "shooter"])
SPEAKERS = st.sampled_from(
    ["the minister said", "police said on Saturday", "Colonel Varnek told reporters"]
)
COPULAS = st.sampled_from(["was", "had been", "is"])


@given(NAMES, COPULAS, LONE_NOUNS, SPEAKERS)
def test_a_lone_attacker_as_a_predicate_is_a_count(
    name: str, copula: str, noun: str, speaker: str
) -> None:
    text = f"The footage confirmed that {name} {copula} a lone {noun}, {speaker}."
    assert read(text) == [("count", "militants", 1, 1)]


@given(
    st.sampled_from(
        [
            "You can be a lone {noun} and still belong to a network.",
            "Investigators are asking whether {name} was a lone {noun}.",
            "It remains possible that {name} was a lone {noun}.",
            "Police said {name} was not a lone {noun}.",
            "{name} may be a lone {noun}.",
        ]
    ),
    NAMES,
    LONE_NOUNS,
)
def test_a_doubted_or_general_lone_attacker_is_no_count(frame: str, name: str, noun: str) -> None:
    text = frame.format(name=name, noun=noun)
    assert read(text[0].upper() + text[1:]) == []


@given(
    NAMES,
    st.sampled_from(
        ["acted alone", "had acted alone", "worked alone", "carried out the attack alone"]
    ),
    SPEAKERS,
)
def test_acting_alone_is_a_count_of_one(name: str, act: str, speaker: str) -> None:
    assert read(f"The investigation found that {name} {act}, {speaker}.") == [
        ("count", "militants", 1, 1)
    ]


@given(
    st.sampled_from(
        [
            "Officials were investigating whether {name} acted alone.",
            "Investigators asked if {name} acted alone.",
            "{name} may have acted alone, police said.",
            "They acted alone, police said.",
            "Police believe the two brothers acted alone.",
        ]
    ),
    NAMES,
)
def test_doubted_or_plural_acting_alone_is_no_count(frame: str, name: str) -> None:
    text = frame.format(name=name)
    assert read(text[0].upper() + text[1:]) == []


def _parts(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [
        (f.subject.value, f.metric.value, f.low, f.part_of)
        for f in read_figures(text, Lexicon.default())
    ]


@given(
    st.integers(20, 90),
    st.integers(2, 19),
    st.sampled_from(["police said", "police said that", "an official told reporters that"]),
    st.sampled_from([("dead", "killed"), ("wounded", "wounded")]),
)
def test_a_reporting_clause_before_a_fronted_part(
    whole: int, part: int, clause: str, group: tuple[str, str]
) -> None:
    text = f"Of the {whole} {group[0]}, {clause} {part} were soldiers."
    assert _parts(text) == [("people", group[1], whole, None), ("soldiers", group[1], part, 0)]


@given(
    st.integers(2, 20),
    st.integers(2, 20),
    st.sampled_from(["victims", "dead"]),
    st.sampled_from([("men", "women"), ("civilians", "soldiers")]),
)
def test_coordinated_partitives_of_an_unnumbered_group(
    first: int, second: int, group: str, nouns: tuple[str, str]
) -> None:
    first_words = number(first, True).capitalize()
    text = f"{first_words} of the {group} were {nouns[0]} and {second} were {nouns[1]}."
    got = _parts(text)
    assert len(got) == 2
    assert [g[3] for g in got] == [None, None]
    assert [g[2] for g in got] == [first, second]


@given(
    st.sampled_from([("third", 3), ("fourth", 4), ("fifth", 5)]),
    st.sampled_from([("tourist", "civilians"), ("member of the public", "civilians")]),
    st.sampled_from(["Police confirmed the death of a", "The death of a"]),
)
def test_an_ordinal_after_a_death_is_a_toll(
    ordinal: tuple[str, int], noun: tuple[str, str], opening: str
) -> None:
    text = f"{opening} {ordinal[0]} {noun[0]} was announced on Friday."
    assert read(text) == [("killed", noun[1], ordinal[1], ordinal[1])]


@given(st.sampled_from(["third", "fourth"]), st.sampled_from(["was shot dead", "fled"]))
def test_an_ordinal_of_one_attacker_is_no_toll(ordinal: str, fate: str) -> None:
    assert all(low == 1 for _, _, low, _ in read(f"A {ordinal} attacker {fate}."))
