"""A count of the dead told by how they died is a part of the toll, not a rival of it.

"Two people later died of their injuries", "three died at the scene", "one died on the way
to hospital": a report that tells how some of the dead died counts those, a part of the
toll another report gives whole, on the same day or the next. A grammar writes a toll and,
in another report, such a count (words from ``scopes.death_manners``); no contradiction may
be found. A later report that gives a lower toll of its own, beside such a count, still
corrects the first.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.builders import contradictions_of

DAY = dt.date(2035, 2, 5)
LEADS = [
    "Gunmen attacked a market in Dunmere, Okvaria, on Monday.",
    "Attackers opened fire at a market in Dunmere on Monday morning.",
    "Explosions and gunfire hit a market in central Dunmere on Monday.",
]
SAID = ["police said", "the interior ministry said", "a hospital official said", "officials said"]
WORDS = {2: "Two", 3: "Three", 4: "Four", 5: "Five"}
MANNERS = [
    "{K} people later died of their injuries, {said}.",
    "{K} people died of their wounds in hospital, {said}.",
    "{K} victims succumbed to their injuries, {said}.",
    "{K} people died at the scene, {said}.",
    "{K} people died on the way to hospital, {said}.",
    "{K} of the victims died instantly, {said}.",
    "{K} people were killed on the spot, {said}.",
    "{K} people were pronounced dead on arrival, {said}.",
]


@st.composite
def told(draw: st.DrawFn) -> tuple[list[tuple[int, str]], int]:
    n = draw(st.integers(8, 40))
    k = draw(st.integers(2, 5))
    number = draw(st.sampled_from([str(k), WORDS[k]]))
    manner = draw(st.sampled_from(MANNERS)).format(K=number, said=draw(st.sampled_from(SAID)))
    leads = draw(st.permutations(LEADS))
    whole = f"{leads[0]} The attack killed {n} people, {draw(st.sampled_from(SAID))}."
    return [(0, whole), (draw(st.integers(0, 2)), f"{leads[1]} {manner}")], n


def found(reports: list[tuple[int, str]]) -> tuple:
    return contradictions_of(reports, DAY)


@settings(max_examples=50, deadline=None)
@given(case=told())
def test_the_dead_told_by_how_they_died_are_a_part(case):
    reports, _ = case
    assert found(reports) == (), reports


@settings(max_examples=20, deadline=None)
@given(case=told(), less=st.integers(3, 6))
def test_a_lower_toll_beside_them_still_corrects(case, less):
    reports, n = case
    day, text = reports[1]
    lower = f"The attack killed {n - less} people, the governor said."
    reports = [reports[0], (max(day, 1), f"{text} {lower}")]
    assert found(reports) != (), reports
