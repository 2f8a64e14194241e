"""A hypothesis grammar of the figure phenomena the round 7b read, told of any attack.

Paramilitary forces ("paramilitary policemen", "jawans", "Rangers") are security forces,
neither soldiers nor police, also past an adjective with its preposition ("present at").
Communities and outings ("Christians", "Shias", "climbers") are civilians.

A toll with a breakdown in an aside, then a second verb with a figure of its own joined by
", and": "the blast killed N people, including A women and B children, and left M injured".
The breakdown belongs to the first verb; the second verb's figure is a clause of its own.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.test_figure_grammar import SPEAKERS_AFTER, Read, cap, counts, read

AGENTS = st.sampled_from(
    [
        "The blast",
        "The attack at the gate of the Kalvor stadium",
        "The devastating bombing near the Orlen market",
        "Gunmen",
        "The suicide attack that shook the border town",
    ]
)
WHOLES = st.sampled_from([("people", "people"), ("villagers", "civilians")])
PART_CUES = st.sampled_from(["including", "among them"])
PARTS = st.permutations(["women", "children"])
# The second verb's figure, and whether it takes the toll's noun: "wounded 80" is of the
# same kind as the dead; "left 80 injured" names nobody, and "injured 80 others" of another
# fate than civilians are anyone hurt (the corpus's reading).
SECOND = st.sampled_from(
    [
        ("left {} injured", False),
        ("left {} wounded", False),
        ("left {} hurt", False),
        ("wounded {}", True),
        ("injured {} others", False),
    ]
)
SECOND_QUALIFIERS = st.sampled_from([("", 0), ("more than ", 1), ("at least ", 0)])


@st.composite
def tolls_with_a_breakdown_and_a_second_verb(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'X killed N people, including A women and B children, and left M injured'."""
    number, value = draw(counts(40, 300, dozen=False))
    (first, a), (second, b) = draw(counts(2, 19, dozen=False)), draw(counts(2, 19, dozen=False))
    word, whole = draw(WHOLES)
    p1, p2 = draw(PARTS)
    clause, same_kind = draw(SECOND)
    qualifier, plus = draw(SECOND_QUALIFIERS)
    more, more_value = draw(counts(301, 900, dozen=False))
    second_text = clause.format(f"{qualifier}{more}")
    text = (
        f"{draw(AGENTS)} killed {number} {word}, {draw(PART_CUES)} {first} {p1} and {second} "
        f"{p2}, and {second_text}{draw(SPEAKERS_AFTER)}."
    )
    low = more_value + plus
    high = more_value if not qualifier else None
    expected: list[Read] = [
        ("killed", whole, value, value),
        ("killed", p1, a, a),
        ("killed", p2, b, b),
        ("wounded", whole if same_kind else "people", low, high),
    ]
    return cap(text), expected


@given(tolls_with_a_breakdown_and_a_second_verb())
def test_a_breakdown_stays_with_its_verb_before_a_second_clause(
    case: tuple[str, list[Read]],
) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(
    counts(20, 300, dozen=False),
    st.sampled_from(["", "at least ", "up to "]),
    counts(2, 19, dozen=False),
    counts(2, 19, dozen=False),
    st.sampled_from(["were wounded", "were killed", "died"]),
)
def test_a_qualified_last_item_still_closes_the_list(
    whole: tuple[str, int],
    qualifier: str,
    first: tuple[str, int],
    last: tuple[str, int],
    verb: str,
) -> None:
    """'N people, including A women, and at least B children were wounded': still one list."""
    sentence = (
        f"At least {whole[0]} people, including {first[0]} women, and {qualifier}{last[0]} "
        f"children {verb}."
    )
    got = read(sentence)
    metric = "wounded" if verb == "were wounded" else "killed"
    assert got[0] == (metric, "people", whole[1], None)
    assert {g[0] for g in got} == {metric}


# --- paramilitary forces: neither soldiers nor police ----------------------------------------

FORCE_MODIFIERS = st.sampled_from(["", "Kalvorian ", "BKF ", "Frontier ", "border "])
FORCES = st.sampled_from(
    [
        "paramilitary policemen",
        "paramilitary troops",
        "paramilitary soldiers",
        "paramilitaries",
        "jawans",
        "Rangers",
        "rangers personnel",
    ]
)
POSTMODIFIERS = st.sampled_from(
    ["", " present at the main gate", " posted near the checkpoint", " stationed at the camp"]
)
FATES = st.sampled_from(
    [
        ("were killed", "killed"),
        ("have been killed", "killed"),
        ("were also among the dead", "killed"),
        ("were wounded", "wounded"),
        ("died", "killed"),
    ]
)


@given(counts(2, 90, dozen=False), FORCE_MODIFIERS, FORCES, POSTMODIFIERS, FATES, SPEAKERS_AFTER)
def test_paramilitary_forces_are_security_forces(
    number: tuple[str, int],
    modifier: str,
    force: str,
    postmodifier: str,
    fate: tuple[str, str],
    speaker: str,
) -> None:
    """'N <modifier> paramilitaries|jawans|Rangers [present at X] were killed'."""
    if postmodifier and not fate[0].startswith(("were", "have")):
        # An intransitive verb past a modifier is read by no frame yet ("posted at X died").
        postmodifier = ""
    sentence = cap(f"{number[0]} {modifier}{force}{postmodifier} {fate[0]}{speaker}.")
    assert read(sentence) == [(fate[1], "security_forces", number[1], number[1])]


@given(counts(2, 90, dozen=False), FORCES, st.sampled_from(["The blast", "A suicide bomber"]))
def test_paramilitary_forces_as_objects(number: tuple[str, int], force: str, agent: str) -> None:
    """'the blast killed N paramilitary policemen'."""
    sentence = f"{agent} killed {number[0]} {force} at a checkpoint."
    assert read(sentence) == [("killed", "security_forces", number[1], number[1])]


# --- communities and outings: civilians, as worshippers and tourists are ----------------------

COMMUNITIES = st.sampled_from(
    ["Christians", "Shias", "Hindus", "Sikhs", "Ahmadis", "Copts", "climbers", "hikers"]
)
KILLINGS = st.sampled_from(["killed {}", "the murder of {}", "the massacre of {}"])


@given(counts(2, 300, dozen=False), st.sampled_from(["", "at least "]), COMMUNITIES, KILLINGS)
def test_communities_and_outings_are_civilians(
    number: tuple[str, int], qualifier: str, noun: str, killing: str
) -> None:
    """'a bombing that killed at least N Christians at a church', 'the murder of N climbers'."""
    sentence = f"It recalled {killing.format(f'{qualifier}{number[0]} {noun}')} in the north."
    high = None if qualifier else number[1]
    assert read(sentence) == [("killed", "civilians", number[1], high)]
