"""Round 13's figure phenomena, drawn with invented places, schools and numbers.

A group of victims named by a fronted partitive ("Of the 22 victims, 18 were students")
is the whole the part is taken from: the toll, with the part a part of it, as "Of the 22
dead" was. A bare definite "the 22 victims" stays no toll (often those identified or
mourned so far).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
FRONTS = st.sampled_from(["Of", "Among"])
TOLL_NOUNS = st.sampled_from(["victims", "martyrs"])
# (the part's predicate noun, the subject it counts)
PARTS = st.sampled_from(
    [
        ("students", "civilians"),
        ("policemen", "police"),
        ("children", "children"),
        ("women", "women"),
        ("soldiers", "soldiers"),
    ]
)
AFTER = st.sampled_from(["", " of the {place} law school", " from {place}", " at the time"])


@given(FRONTS, st.integers(3, 400), TOLL_NOUNS, st.data(), PARTS, AFTER, PLACES, st.booleans())
def test_a_fronted_partitive_of_victims_is_the_whole_toll(
    front: str,
    whole: int,
    noun: str,
    data: st.DataObject,
    part: tuple[str, str],
    after: str,
    place: str,
    words: bool,
) -> None:
    n = data.draw(st.integers(2, whole - 1))
    noun_part, subject = part
    text = (
        f"{front} the {number(whole, words)} {noun}, {number(n, words)} were {noun_part}"
        f"{after.format(place=place)}."
    )
    assert read(text) == [("killed", "people", whole, whole), ("killed", subject, n, n)]


@given(st.integers(3, 400), PLACES, st.booleans())
def test_a_bare_definite_group_of_victims_is_no_toll(whole: int, place: str, words: bool) -> None:
    text = f"The {number(whole, words)} victims were buried in {place} on Friday."
    assert read(text) == []
