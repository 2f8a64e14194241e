"""Revisions, provisional figures, corrections and timelines over time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import (
    Document,
    Event,
    find_contradictions,
    models,
)
from claimrecon.models import FindingKind, Severity
from claimrecon.rules import EventContext
from tests.builders import EARLY_LATE, LEXICON, att, fig, report_of
from tests.rulecases import day, rules_found, run

# --- revision and self-interest ----------------------------------------------------------------


def test_a_later_figure_from_the_same_source_is_a_revision():
    docs = EARLY_LATE
    a = fig(20, source="police", kind="official", doc="early")
    b = fig(30, source="police", kind="official", doc="late")
    result = run(a, b, documents=docs)
    assert result.contradictions == ()
    assert [n.rule for n in result.notes] == ["revision"]
    assert set(result.notes[0].claims) == {a.id, b.id}


def test_the_same_source_on_the_same_day_is_not_a_revision():
    a = fig(20, source="police", kind="official")
    b = fig(30, source="police", kind="official")
    assert rules_found(run(a, b)) == ["figure-disagreement"]


def test_a_figure_introduced_as_a_revision():
    before = fig(0, source="officials", kind="official", doc="d")
    after = fig(2, source="officials", kind="official", doc="d", revision=True)
    result = run(before, after)
    assert result.contradictions == ()
    assert [n.rule for n in result.notes] == ["revision"]
    assert "update, not a contradiction" in result.notes[0].explanation


def test_a_revision_updates_other_sources_figures_given_no_later():
    docs = [
        Document(id="mon", text="", published=dt.date(2019, 3, 4)),
        Document(id="tue", text="", published=dt.date(2019, 3, 5)),
        Document(id="wed", text="", published=dt.date(2019, 3, 6)),
    ]
    early = fig(12, source="police", kind="official", doc="mon")
    rose = fig(18, doc="tue", revision=True)
    result = run(early, rose, documents=docs)
    assert result.contradictions == ()
    (note,) = result.notes
    assert "from 12" in note.explanation and "to 18" in note.explanation
    # A figure published after the revision is a rival again.
    late = fig(9, source="AP", doc="wed")
    (x,) = run(early, rose, late, documents=docs).contradictions
    # The 9 says both earlier steps were wrong: the 12 and the 18 that rose from it are
    # what was said before, one side, against the 9.
    assert {frozenset(side) for side in x.sides} == {
        frozenset({early.id, rose.id}),
        frozenset({late.id}),
    }


def test_a_provisional_figure_is_completed_by_a_larger_one():
    so_far = fig(15, source="police", kind="official", provisional=True)
    later = fig(20, source="AP")
    result = run(so_far, later)
    assert result.contradictions == ()
    (note,) = result.notes
    assert "completes" in note.explanation and "from 15" in note.explanation
    # A smaller figure does not complete it.
    assert rules_found(run(so_far, fig(10, source="AP"))) == ["figure-disagreement"]


def test_a_provisional_zero_is_completed_by_a_count():
    initially = fig(0, source="officials", kind="official", doc="d", provisional=True)
    confirmed = fig(2, source="officials", kind="official", doc="d")
    result = run(initially, confirmed)
    assert result.contradictions == ()
    assert [n.rule for n in result.notes] == ["revision"]


def test_a_provisional_figure_published_later_is_not_completed_by_an_earlier_one():
    docs = [
        Document(id="mon", text="", published=dt.date(2019, 3, 4)),
        Document(id="tue", text="", published=dt.date(2019, 3, 5)),
    ]
    earlier = fig(20, doc="mon")
    so_far = fig(15, source="police", kind="official", doc="tue", provisional=True)
    assert rules_found(run(earlier, so_far, documents=docs)) == ["figure-disagreement"]


# --- provisional figures and the direction of revisions ---------------------------------------

# Each case: the provisional figure, then the later one, as (number, source, kind, subject).
PROVISIONAL_CASES = [
    # "Police initially said 30 people had been killed" ... "killing 56"
    ((30, "police", "official", "people"), (56, None, "media", "people")),
    # "15 dead so far, the ministry said" ... "hospital officials counted 19 bodies"
    (
        (15, "the interior ministry", "official", "people"),
        (19, "hospital officials", "official", "people"),
    ),
    # "a preliminary count of 4 soldiers" ... "the army said 6 soldiers died"
    ((4, "military sources", "official", "soldiers"), (6, "the army", "official", "soldiers")),
]


@pytest.mark.parametrize(("early", "late"), PROVISIONAL_CASES)
def test_a_provisional_figure_is_updated_not_contradicted(early, late):
    n, source, kind, subject = early
    first = fig(n, source=source, kind=kind, subject=subject, doc="d", provisional=True)
    n, source, kind, subject = late
    second = fig(n, source=source, kind=kind, subject=subject, doc="d")
    result = run(first, second)
    assert result.contradictions == ()
    (note,) = result.notes
    assert note.rule == "revision" and set(note.claims) == {first.id, second.id}
    assert "not a contradiction" in note.explanation


@pytest.mark.parametrize(
    ("whole", "part", "part_subject"),
    [(30, 56, "civilians"), (0, 3, "police"), (12, 14, "children")],
)
def test_a_provisional_whole_does_not_cap_its_parts(whole, part, part_subject):
    # "Officials initially said 30 people were killed"; later "56 worshippers were killed".
    early = fig(whole, source="officials", kind="official", doc="d", provisional=True)
    larger = fig(part, source="witnesses", kind="witness", subject=part_subject, doc="d")
    result = run(early, larger)
    assert result.contradictions == ()
    (note,) = result.notes
    assert "provisional" in note.explanation and subject_words_of(part_subject) in note.explanation
    # The same whole, not provisional, is capped by its part.
    final = fig(whole, source="officials", kind="official", doc="d")
    assert rules_found(run(final, larger)) in (["part-and-whole"], ["zero-against-count"])


def subject_words_of(subject):
    return subject.replace("_", " ")


def test_a_provisional_whole_with_parts_given_inside_it_is_still_capped():
    # "15 people were killed so far, including 20 policemen": wrong in one breath.
    whole = fig(15, doc="d", provisional=True)
    part = fig(20, subject="police", doc="d", part_of=whole.id)
    assert rules_found(run(whole, part)) == ["part-and-whole"]


def test_a_larger_figure_for_a_containing_subject_completes_a_provisional_one():
    # "Police initially said 30 civilians had died" ... "the blast killed 56 people".
    early = fig(
        30, source="police", kind="official", subject="civilians", doc="d", provisional=True
    )
    later = fig(56, doc="d")
    result = run(early, later)
    assert result.contradictions == ()
    assert [n.rule for n in result.notes] == ["revision"]


def test_a_provisional_casualty_total_caps_no_parts():
    # "So far 40 people were killed or wounded"; later "31 killed and 25 wounded".
    total = fig(40, metric="casualties", source="police", kind="official", provisional=True)
    killed = fig(31)
    wounded = fig(25, metric="wounded")
    assert run(total, killed, wounded).contradictions == ()
    final = fig(40, metric="casualties", source="police", kind="official")
    assert rules_found(run(final, killed, wounded)) == ["casualties-against-parts"]


@pytest.mark.parametrize(
    "quote",
    [
        "the death toll later rose to 21",
        "the toll climbed to 21, officials said",
        "officials later put the toll at 21",
    ],
)
def test_a_revision_does_not_supersede_a_higher_rival(quote):
    # The armed group claims 30 killed; officials first said 15, then the toll rose to 21.
    claim = att("Al-Shabaab", "claimed", source="Al-Shabaab", kind="militant", doc="d")
    boast = fig(30, source="Al-Shabaab", kind="militant", doc="d")
    first = fig(15, source="officials", kind="official", doc="d")
    rose = fig(21, source="officials", kind="official", doc="d", revision=True, quote=quote)
    result = run(claim, boast, first, rose)
    (x,) = result.contradictions
    assert x.rule == "figure-disagreement" and x.severity is Severity.HARD
    assert set(x.claim_ids) == {boast.id, rose.id}
    assert "officials (official) say 21" in x.explanation
    rules = sorted(n.rule for n in result.notes)
    assert rules == ["revision", "self-interest"]
    (revised,) = [n for n in result.notes if n.rule == "revision"]
    assert set(revised.claims) == {first.id, rose.id}
    (boasted,) = [n for n in result.notes if n.rule == "self-interest"]
    assert boast.id in boasted.claims


@pytest.mark.parametrize(
    "quote",
    [
        "the toll was later revised down to 12",
        "authorities lowered the death toll to 12",
        "the number of dead fell to 12 after bodies were identified",
        "the ministry revised its count downward, to 12",
    ],
)
def test_an_explicit_downward_revision_is_a_correction(quote):
    higher = fig(20, source="local media", doc="d")
    down = fig(12, source="the ministry", kind="official", doc="d", revision=True, quote=quote)
    (x,) = run(higher, down).contradictions
    assert x.kind is FindingKind.REVISION and x.severity is Severity.HARD
    assert "correction" in x.explanation and "the ministry" in x.explanation


@pytest.mark.parametrize(
    "quote",
    ["the toll now stands at 12", "the death toll rose to 12", "an updated toll of 12"],
)
def test_a_lower_revision_from_another_source_is_a_rival(quote):
    higher = fig(20, source="local media", doc="d")
    lower = fig(12, source="the ministry", kind="official", doc="d", revision=True, quote=quote)
    assert rules_found(run(higher, lower)) == ["figure-disagreement"]
    # From the same source it is an update, whatever the wording.
    own = fig(20, source="the ministry", kind="official", doc="d")
    result = run(own, lower)
    assert result.contradictions == ()
    assert [n.rule for n in result.notes] == ["revision"]


@pytest.mark.parametrize("early", [30, 40, 25])
def test_a_revision_below_a_provisional_figure_is_a_correction(early):
    # "Police initially said 30 were killed"; "the toll now stands at 21".
    initially = fig(early, source="police", kind="official", doc="d", provisional=True)
    revised = fig(21, doc="d", revision=True, quote="the toll now stands at 21")
    (x,) = run(initially, revised).contradictions
    assert x.kind is FindingKind.REVISION
    assert x.sides == tuple(sorted(((initially.id,), (revised.id,))))


def test_the_perpetrators_revision_replaces_no_one_elses_figure():
    claim = att("Islamic State", "claimed", source="Islamic State", kind="militant", doc="d")
    official = fig(21, source="officials", kind="official", doc="d")
    boast = fig(40, source="Islamic State", kind="militant", doc="d", revision=True)
    result = run(claim, official, boast)
    assert rules_found(result) == ["figure-disagreement"]
    assert [n.rule for n in result.notes] == ["self-interest"]


def test_the_later_of_two_revisions_does_not_supersede_a_higher_one():
    rose = fig(40, source="hospital", kind="official", doc="d", revision=True)
    later = fig(21, source="police", kind="official", doc="d", revision=True)
    assert rules_found(run(rose, later)) == ["figure-disagreement"]


def test_a_downward_revision_pattern_is_safe_on_adversarial_input():
    ctx_claim = fig(5, doc="d", revision=True, quote="revised " * 5000 + "dow" * 5000)
    report = report_of(ctx_claim)
    ctx = EventContext.build(report, report.events[0], lexicon=LEXICON)
    assert ctx.revised_down(ctx_claim) is False
    assert ctx.revised_down(fig(5, doc="d", revision=True, quote="revised  down to 5"))
    # Only a revision can be revised down.
    assert not ctx.revised_down(fig(5, doc="d", quote="revised down to 5"))


@pytest.mark.parametrize(("floor", "q"), [(21, "at_least"), (20, "at_least"), (12, "exact")])
def test_a_revision_leaves_figures_it_agrees_with_or_updates_lower_ones(floor, q):
    # "killing at least 21 people" ... "the death toll later rose to 21".
    other = fig(floor, None if q == "at_least" else floor, q=q, source="officials", doc="d")
    rose = fig(21, source="police", kind="official", doc="d", revision=True)
    result = run(other, rose)
    assert result.contradictions == ()
    assert len(result.notes) == (0 if q == "at_least" else 1)


@pytest.mark.parametrize("boast", [40, 100, 31])
def test_the_perpetrators_figure_completes_no_one_elses_provisional_one(boast):
    claim = att("Al-Shabaab", "claimed", source="Al-Shabaab", kind="militant", doc="d")
    so_far = fig(30, source="police", kind="official", doc="d", provisional=True)
    theirs = fig(boast, source="Al-Shabaab", kind="militant", doc="d")
    result = run(claim, so_far, theirs)
    assert rules_found(result) == ["figure-disagreement"]
    assert [n.rule for n in result.notes] == ["self-interest"]


def test_an_early_figure_is_noted_against_the_figures_still_standing():
    # "15 so far" ... "rose to 21" ... "now stands at 25": the 15 against the 25 only.
    so_far = fig(15, source="police", kind="official", doc="d", provisional=True)
    rose = fig(21, source="police", kind="official", doc="d", revision=True)
    now = fig(25, source="police", kind="official", doc="d", revision=True)
    result = run(so_far, rose, now)
    assert result.contradictions == ()
    pairs = sorted(tuple(sorted(n.claims)) for n in result.notes)
    assert pairs == sorted([tuple(sorted((so_far.id, now.id))), tuple(sorted((rose.id, now.id)))])


@pytest.mark.parametrize(
    ("early", "metric", "subject", "later"),
    [
        (0, "killed", "police", 2),  # "initially reported no casualties"; "two police died"
        (0, "wounded", "people", 5),  # ...; "five people were hurt"
        (10, "wounded", "civilians", 12),  # "ten casualties so far"; "12 civilians injured"
    ],
)
def test_a_provisional_casualty_count_is_completed_by_a_larger_part(early, metric, subject, later):
    so_far = fig(early, metric="casualties", source="officials", kind="official", provisional=True)
    count = fig(later, metric=metric, subject=subject, source="hospital staff", kind="official")
    result = run(so_far, count)
    assert result.contradictions == ()
    (note,) = result.notes
    assert f"more than the provisional {early} people killed or wounded" in note.explanation
    # Not provisional, the zero is contradicted and the ten caps its part.
    final = fig(early, metric="casualties", source="officials", kind="official")
    assert len(run(final, count).contradictions) == 1


# --- conflicts over time, scope and events (issue 12) ---------------------------------------


def test_no_rule_compares_claims_of_two_events_in_one_city_and_week():
    # Two attacks in one city, days apart, with tolls and perpetrators that would clash.
    docs = [
        Document(id="mon", text="", published=dt.date(2019, 3, 4)),
        Document(id="thu", text="", published=dt.date(2019, 3, 7)),
    ]
    first = [fig(12, source="police", doc="mon", date=day("on Monday", 2019, 3, 4))]
    first.append(att("Taliban", "claimed", source="Taliban", kind="militant", doc="mon"))
    second = [fig(40, source="police", doc="thu", date=day("on Thursday", 2019, 3, 7))]
    second.append(fig(3, source="officials", kind="official", doc="thu"))
    second.append(
        att("Islamic State", "claimed", source="Islamic State", kind="militant", doc="thu")
    )
    report = models.Report(
        documents=tuple(docs),
        claims=(*first, *second),
        events=(
            Event(id="monday", claims=tuple(c.id for c in first)),
            Event(id="thursday", claims=tuple(c.id for c in second)),
        ),
    )
    result = find_contradictions(report, lexicon=LEXICON)
    ids = {"monday": {c.id for c in first}, "thursday": {c.id for c in second}}
    assert result.contradictions  # the second event's own rivals are found
    for x in result.contradictions:
        assert set(x.claim_ids) <= ids[x.event]


def test_a_later_larger_part_is_a_timeline_not_a_contradiction():
    docs = [
        Document(id="mon", text="", published=dt.date(2019, 3, 4)),
        Document(id="tue", text="", published=dt.date(2019, 3, 5)),
    ]
    whole = fig(15, source="officials", kind="official", metric="wounded", doc="mon")
    part = fig(140, subject="civilians", metric="wounded", doc="tue")
    assert run(whole, part, documents=docs).contradictions == ()
    # Published the same day, the part cannot fit in the whole: the scope is explained.
    same = fig(140, subject="civilians", metric="wounded", doc="mon2")
    docs.append(Document(id="mon2", text="", published=dt.date(2019, 3, 4)))
    (x,) = run(whole, same, documents=docs).contradictions
    assert "civilians \u2282 people: 140 civilians cannot fit in 15 people" in x.explanation


# --- corrections told apart by what they correct ---------------------------------------------


def test_each_correction_lists_the_earlier_figures_it_corrects():
    days = (
        Document(id="mon", text="", published=dt.date(2019, 3, 4)),
        Document(id="tue", text="", published=dt.date(2019, 3, 5)),
    )
    claimed = fig(47, source="a militant channel", kind="media", doc="mon")
    floor = fig(15, None, q="at_least", source="local radio", doc="mon")
    low = fig(14, source="the president", kind="official", doc="tue")
    mid = fig(24, source="the Red Cross", kind="ngo", doc="tue")
    result = run(claimed, floor, low, mid, documents=days)
    corrections = {
        frozenset(frozenset(side) for side in x.sides)
        for x in result.contradictions
        if x.kind is FindingKind.REVISION
    }
    # The 14 corrects both Monday figures; the 24 only the 47 ("at least 15" holds for it).
    assert frozenset({frozenset({low.id}), frozenset({floor.id, claimed.id})}) in corrections
    assert frozenset({frozenset({mid.id}), frozenset({claimed.id})}) in corrections
    for x in result.contradictions:
        for i, side in enumerate(x.sides):
            for other in x.sides[i + 1 :]:
                assert not (floor.id in side and mid.id in other), x.explanation
                assert not (mid.id in side and floor.id in other), x.explanation


# --- a figure retold as history ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("told", "years_after", "flagged"),
    [
        (day("in 2014", 2014, 1, 1, precision="year"), 3, False),
        (day("on 2 May 2014", 2014, 5, 2), 2, False),
        (day("on 2 May 2014", 2014, 5, 2), 0, True),
    ],
)
def test_a_figure_retold_years_later_corrects_nothing(told, years_after, flagged):
    # "an assault on a church in 2014 that claimed 88 lives", told years later below the
    # 89 of the time: the old event's settled figure, not a correction of the count.
    published = dt.date(2014 + years_after, 5, 9)
    docs = [
        Document(id="then", text="", published=dt.date(2014, 5, 3)),
        Document(id="later", text="", published=published),
    ]
    then = fig(89, source="the ministry", kind="official", doc="then", date=told)
    later = fig(88, doc="later", date=told)
    assert bool(run(then, later, documents=docs).contradictions) is flagged


# --- a speaker's floor that it also tells as a rise (round 7c) ---------------------------------

_ONE_DAY = (
    Document(id="morning", text="", published=dt.date(2014, 6, 16)),
    Document(id="evening", text="", published=dt.date(2014, 6, 16)),
)


@st.composite
def _floor_told_as_rise(draw: st.DrawFn) -> tuple[int, int, bool]:
    """Draw an invented toll, an other outlet's lower count of its day, and the telling order."""
    toll = draw(st.integers(min_value=5, max_value=300))
    lower = toll - draw(st.integers(min_value=1, max_value=4))
    return toll, lower, draw(st.booleans())


def _evening(toll: int, rise_to: int, rise_first: bool):
    floor = fig(toll, None, q="at_least", source="the Zarvel Aid", kind="ngo", doc="evening")
    rise = fig(rise_to, source="the Zarvel Aid", kind="ngo", doc="evening", revision=True)
    return [rise, floor] if rise_first else [floor, rise]


@given(_floor_told_as_rise())
def test_a_floor_its_speaker_tells_as_a_rise_leaves_the_lower_count_of_its_day_behind(drawn):
    # "Reports put the toll at 47" (morning) against "at least 48 were killed, the Red
    # Cross said ... 'the toll has risen to 48', the organisation said": a rising toll.
    toll, lower, rise_first = drawn
    count = fig(lower, source="Quillon Wire", doc="morning")
    result = run(count, *_evening(toll, toll, rise_first), documents=_ONE_DAY)
    assert result.contradictions == ()


@given(_floor_told_as_rise())
def test_a_floor_without_a_rise_to_it_is_still_a_rival_of_a_lower_count(drawn):
    toll, lower, _ = drawn
    count = fig(lower, source="Quillon Wire", doc="morning")
    floor = fig(toll, None, q="at_least", source="the Zarvel Aid", kind="ngo", doc="evening")
    assert rules_found(run(count, floor, documents=_ONE_DAY)) == ["figure-disagreement"]


@given(_floor_told_as_rise(), st.integers(min_value=0, max_value=4))
def test_a_rise_to_another_number_does_not_make_the_floor_a_rise(drawn, below):
    # The speaker's rise to a figure at or below the other outlet's count leaves it standing.
    toll, lower, rise_first = drawn
    count = fig(lower, source="Quillon Wire", doc="morning")
    evening = _evening(toll, max(1, lower - below), rise_first)
    assert rules_found(run(count, *evening, documents=_ONE_DAY)) == ["figure-disagreement"]
