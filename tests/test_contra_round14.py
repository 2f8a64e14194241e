"""Contradictions, round fourteen: what a zero, a total and a text say against other figures.

Each grammar writes a phenomenon as another outlet would tell another attack (invented
places and speakers, numbers in digits or words), reads it with the whole library, and
checks what the rules make of it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, analyze
from tests.builders import LEXICON

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
DAY = dt.date(2031, 5, 4)
PLACES = st.sampled_from(["the Dunmar academy", "the Okvara hotel", "a Velka market"])
SPEAKERS = st.sampled_from(["police said", "the interior ministry said", "officials said"])


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


# --- a zero of the wounded by their condition: none of a part, not of all -----------------------

WOUNDED = st.sampled_from(
    [
        "{n} people were wounded in the attack on {place}, {said}.",
        "The attack on {place} wounded {n} people, {said}.",
        "{n} people were injured when gunmen stormed {place}, {said}.",
    ]
)
NONE_BY_CONDITION = st.sampled_from(
    [
        "None of them was seriously injured.",
        "No one was critically wounded.",
        "None are thought to have life-threatening injuries.",
        "Nobody suffered life-threatening injuries.",
        "None of the injured had serious injuries.",
        "None were in critical condition.",
    ]
)


@st.composite
def wounded_none_by_condition(draw: st.DrawFn) -> tuple[str, str]:
    """An outlet's count of the wounded, a zero of the gravely wounded, and another's count."""
    n = draw(st.integers(2, 8))
    place = draw(PLACES)
    first = draw(WOUNDED).format(n=number(draw, n), place=place, said=draw(SPEAKERS))
    other = draw(WOUNDED).format(n=number(draw, n + 1), place=place, said=draw(SPEAKERS))
    return f"{capital(first)} {draw(NONE_BY_CONDITION)}", capital(other)


def _zero_findings(texts: list[str]) -> list[str]:
    docs = [
        Document(id=f"d{i}", text=text, published=DAY, outlet=f"Outlet {i}")
        for i, text in enumerate(texts)
    ]
    report = analyze(docs, lexicon=LEXICON)
    return [x.rule for x in report.contradictions if x.rule == "zero-against-count"]


@settings(max_examples=25)
@given(case=wounded_none_by_condition())
def test_no_one_gravely_wounded_is_no_zero_of_the_wounded(case: tuple[str, str]) -> None:
    # "Four were hurt, though none seriously": the zero counts none of the gravely
    # wounded, and faces neither its own text's count nor another outlet's.
    text, other = case
    assert _zero_findings([text, other]) == []


@settings(max_examples=10)
@given(n=st.integers(2, 8), place=PLACES, said=SPEAKERS)
def test_a_zero_of_the_gravely_wounded_still_faces_a_count_of_them(
    n: int, place: str, said: str
) -> None:
    # "No one was seriously injured" against "three were seriously injured": the same part.
    zero = f"Five people were wounded in the attack on {place}. No one was seriously injured."
    count = f"{n} people were seriously injured in the attack on {place}, {said}."
    assert _zero_findings([zero, count]) == ["zero-against-count"]
