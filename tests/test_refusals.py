"""Notes that say why differing figures are no contradiction: a part, or a timeline."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Document, find_contradictions
from claimrecon.exports import to_text
from claimrecon.models import FindingKind
from tests.builders import LEXICON, fig, report_of

DAYS = [dt.date(2016, 1, 15), dt.date(2016, 1, 16), dt.date(2016, 1, 17)]
DOCS = tuple(Document(id=f"d{i}", text="", published=day) for i, day in enumerate(DAYS))


def run(*claims, documents=DOCS):
    return find_contradictions(report_of(*claims, documents=documents), lexicon=LEXICON)


def refusals(result):
    return [n for n in result.notes if n.rule in ("part-within-whole", "timeline")]


def test_a_narrower_subject_below_its_whole_is_noted_as_fitting():
    civilians = fig(80, subject="civilians", source="Reuters", doc="d0")
    people = fig(101, None, q="at_least", source="officials", kind="official", doc="d1")
    result = run(civilians, people)
    assert result.contradictions == ()
    (note,) = refusals(result)
    assert note.rule == "part-within-whole" and note.kind is FindingKind.OTHER
    assert set(note.claims) == {civilians.id, people.id}
    assert "80 civilians fit within at least 101 people (civilians \u2282 people)" in (
        note.explanation
    )
    # The text report shows it with its event.
    assert f"Note (part-within-whole): {note.explanation}" in to_text(result)


def test_a_part_in_so_many_words_is_noted_as_fitting():
    bodies = fig(160, quote="160 of the bodies were taken to Madina", source="a doctor", doc="d0")
    total = fig(301, source="the government", kind="official", doc="d1")
    result = run(bodies, total)
    assert result.contradictions == ()
    (note,) = refusals(result)
    assert "160 people fit within 301 people (given as a part of a total of people)" in (
        note.explanation
    )


def test_only_parts_a_reader_could_take_for_a_rival_total_are_noted():
    whole = fig(148, source="the minister", kind="official", doc="d0")
    small = fig(4, subject="militants", source="police", kind="official", doc="d1")
    given = fig(100, subject="civilians", source="the minister", kind="official", doc="d0")
    inside = fig(120, subject="police", source="AP", doc="d2", part_of=whole.id)
    assert refusals(run(whole, small)) == []  # 4 militants beside 148 people: no doubt
    assert refusals(run(whole, given)) == []  # one speaker in one text: its own part
    assert refusals(run(whole, inside)) == []  # given as a part of that very whole


def test_a_part_above_its_whole_is_flagged_not_noted():
    civilians = fig(120, subject="civilians", source="Reuters", doc="d0")
    people = fig(100, source="officials", kind="official", doc="d0")
    result = run(civilians, people)
    assert [x.rule for x in result.contradictions] == ["part-and-whole"]
    assert refusals(result) == []


def test_a_toll_that_rises_from_day_to_day_is_noted_as_a_timeline():
    first = fig(20, source="Reuters", doc="d0")
    later = fig(27, source="officials", kind="official", doc="d1")
    last = fig(31, source="AP", doc="d2")
    result = run(first, later, last)
    assert result.contradictions == ()
    (note,) = refusals(result)
    assert note.rule == "timeline" and note.kind is FindingKind.OTHER
    assert set(note.claims) == {first.id, later.id, last.id}
    assert note.explanation.startswith(
        "The number of people killed rose from 20 (Reuters (media), published 2016-01-15) to "
        "27 (officials (official), published 2016-01-16) to 31 (AP (media), published "
        "2016-01-17): a timeline"
    )


def test_a_falling_toll_a_rival_of_one_day_or_ones_own_update_is_no_timeline():
    high = fig(27, source="Reuters", doc="d0")
    low = fig(20, source="officials", kind="official", doc="d1")
    falling = run(high, low)
    assert [x.kind for x in falling.contradictions] == [FindingKind.REVISION]
    assert refusals(falling) == []
    same_day = run(fig(20, source="Reuters", doc="d0"), fig(27, source="AP", doc="d0"))
    assert [x.rule for x in same_day.contradictions] == ["figure-disagreement"]
    assert refusals(same_day) == []
    own = run(fig(20, source="police", doc="d0"), fig(27, source="police", doc="d1"))
    assert [n.rule for n in own.notes] == ["revision"]  # the revision rule says it


def test_without_publication_days_there_is_no_timeline():
    result = run(fig(20, source="Reuters", doc="a"), fig(27, source="AP", doc="b"), documents=())
    assert refusals(result) == []


_FIGURES = st.lists(
    st.tuples(
        st.integers(0, 40),
        st.sampled_from(["people", "civilians", "police"]),
        st.sampled_from(["Reuters", "AP", "police"]),
        st.integers(0, 2),
    ),
    min_size=2,
    max_size=6,
)


@given(_FIGURES)
def test_no_refusal_explains_away_a_pair_that_is_flagged(figures):
    claims = [
        fig(n, subject=subject, source=source, doc=f"d{day}") for n, subject, source, day in figures
    ]
    result = run(*claims)
    opposed = {
        frozenset((a, b))
        for x in result.contradictions
        for i, one in enumerate(x.sides)
        for other in x.sides[i + 1 :]
        for a in one
        for b in other
    }
    for note in refusals(result):
        ids = list(note.claims)
        pairs = {frozenset((a, b)) for a in ids for b in ids if a != b}
        assert not pairs & opposed, (note.explanation, result.contradictions)
