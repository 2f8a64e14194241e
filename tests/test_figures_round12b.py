"""Round 12b's figure phenomenon, drawn with invented places, speakers and numbers.

A speaker's count told as the predicate of a cleft ("what we have now is 34", "the number
we have so far is 12") names no metric of its own: the casualty word earlier in its
sentence gives it ("more bodies have been found and ..."). Without one, or with one only
in the sentence before, the number is no figure; the toll counts people, not a group the
paragraph named before it.

A group's members ("two of its members", "three members of the cell") who do an
attacker's act ("stormed the hall", "shot dead three guards") are attackers, counted as
"three men" who do it are; members killed or arrested stay people.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.models import Document, FigureClaim
from claimrecon.vocab import Lexicon
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

LEX = Lexicon.default()

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
CLEFTS = st.sampled_from(
    [
        "what we have now is",
        "what we have so far is",
        "what we have is",
        "what we have got is",
        "what they have now is",
        "the number we have is",
        "the number we have so far is",
        "the count we have so far is",
    ]
)
# (a clause naming what befell the people, the metric it gives)
CLAUSES = st.sampled_from(
    [
        ("more bodies have been found in {place}", "killed"),
        ("more bodies were recovered from the market in {place}", "killed"),
        ("several more people died overnight in {place}", "killed"),
        ("more injured people arrived at the hospital in {place}", "wounded"),
        ("more wounded were taken to hospital in {place}", "wounded"),
    ]
)
SPEAKERS = st.sampled_from(["the police chief of {place} said", "Colonel Varnek of {place} said"])


@given(
    CLAUSES,
    CLEFTS,
    st.integers(2, 400),
    st.booleans(),
    PLACES,
    SPEAKERS,
    st.booleans(),
)
def test_a_cleft_count_takes_the_metric_of_its_sentence(
    clause: tuple[str, str],
    cleft: str,
    n: int,
    words: bool,
    place: str,
    speaker: str,
    quoted: bool,
) -> None:
    said, metric = clause
    said = said.format(place=place)
    count = number(n, words)
    who = speaker.format(place=place)
    text = (
        f'"{said.capitalize()} and {cleft} {count}," {who}.'
        if quoted
        else f"{who.capitalize()} {said} and {cleft} {count}."
    )
    assert read(text) == [(metric, "people", n, n)]


@given(CLEFTS, st.integers(2, 400), st.booleans(), PLACES)
def test_a_cleft_without_a_casualty_word_is_no_figure(
    cleft: str, n: int, words: bool, place: str
) -> None:
    count = number(n, words)
    assert read(f"Rescue teams reached {place} at dawn and {cleft} {count}.") == []
    assert read(f"{cleft.capitalize()} {count}, the mayor of {place} said.") == []


@given(CLEFTS, st.integers(2, 400), PLACES)
def test_a_cleft_takes_no_metric_from_the_sentence_before(cleft: str, n: int, place: str) -> None:
    text = f"Many people died in {place}. {cleft.capitalize()} {n}."
    assert [f for f in read(text) if f[2] == n] == []


@given(st.integers(20, 80), st.integers(2, 19), CLEFTS, PLACES)
def test_a_cleft_toll_counts_people_after_attackers_named(
    attackers: int, n: int, cleft: str, place: str
) -> None:
    text = (
        f'"There were around {attackers} attackers in three vehicles," he said. '
        f'"More bodies have been found in {place} and {cleft} {n}," a police official said.'
    )
    claims = extract(Document(id="d", text=text), LEX)
    got = [
        (c.metric.value, c.subject.value, c.figure.low, c.figure.high)
        for c in claims
        if isinstance(c, FigureClaim)
    ]
    assert got == [("count", "militants", attackers, attackers), ("killed", "people", n, n)]


MEMBERS = st.sampled_from(["{n} of its members", "{n} members of the cell", "{n} members"])
ACTS = st.sampled_from(
    [
        ("stormed the hall in {place}", []),
        ("opened fire on worshippers in {place}", []),
        ("shot dead three guards in {place}", [("killed", "guards", 3, 3)]),
    ]
)


@given(MEMBERS, ACTS, st.integers(2, 9), st.booleans(), PLACES)
def test_members_who_do_an_attackers_act_are_attackers(
    members: str, act: tuple[str, list], n: int, words: bool, place: str
) -> None:
    said, more = act
    # "two men of the cell shot dead three guards": a harm verb after a postmodifier is
    # not read as the persons' act yet, for any bare noun; left out here.
    assume(not (more and "of the cell" in members))
    who = members.format(n=number(n, words))
    text = f"The group said {who} {said.format(place=place)}."
    assert read(text) == [("count", "militants", n, n), *more]


@given(
    MEMBERS,
    st.sampled_from([("were killed", "killed"), ("were arrested", "arrested")]),
    st.integers(2, 9),
    PLACES,
)
def test_members_who_suffer_stay_people(
    members: str, fate: tuple[str, str], n: int, place: str
) -> None:
    text = f"Police in {place} said {members.format(n=n)} {fate[0]}."
    assert read(text) == [(fate[1], "people", n, n)]
