from __future__ import annotations

import datetime as dt
import importlib.metadata
import re
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import (
    AttributionClaim,
    Contradiction,
    DateRef,
    Document,
    DuplicateRuleError,
    Event,
    FigureClaim,
    Source,
    Span,
    UnknownRuleError,
    find_contradictions,
    models,
)
from claimrecon.errors import RuleError
from claimrecon.gold import read_gold, score
from claimrecon.models import DatePrecision, FindingKind, Metric, Severity, SourceKind, Subject
from claimrecon.rules import EventContext, RuleRegistry, default_registry, rule
from claimrecon.rules import engine as engine_module
from tests import strategies
from tests.builders import LEXICON, att, fig, report_of, small_figures

DOCS = Path(__file__).resolve().parent.parent / "docs"


def run(*claims, documents=(), **options):
    options.setdefault("lexicon", LEXICON)
    return find_contradictions(report_of(*claims, documents=documents), **options)


def rules_found(result):
    return sorted(c.rule for c in result.contradictions)


# --- figure disagreement ---------------------------------------------------------------------


def test_disagreeing_figures_are_flagged_with_an_explanation():
    a = fig(10, source="Afghan officials", kind="official", subject="militants")
    b = fig(7, subject="militants")
    result = run(a, b)
    assert rules_found(result) == ["figure-disagreement"]
    (x,) = result.contradictions
    assert x.severity is Severity.HARD
    assert x.metric is Metric.KILLED and x.subject is Subject.MILITANTS
    assert sorted(x.sides) == sorted([(a.id,), (b.id,)])
    assert "Afghan officials (official)" in x.explanation
    assert "[7, 7] and [10, 10] do not meet" in x.explanation


def test_a_higher_figure_published_later_is_a_timeline_and_a_lower_one_a_correction():
    docs = [
        Document(id="mon", text="", published=dt.date(2019, 3, 4)),
        Document(id="tue", text="", published=dt.date(2019, 3, 5)),
    ]
    early, late = fig(12, doc="mon"), fig(18, source="AP", doc="tue")
    # Tolls rise as the dead are counted: a higher figure published later is no rival.
    assert run(early, late, documents=docs).contradictions == ()
    # A lower figure published later corrects the earlier one: hard, of kind revision.
    early, late = fig(27, doc="mon"), fig(2, source="AP", doc="tue")
    (x,) = run(early, late, documents=docs).contradictions
    assert x.severity is Severity.HARD and x.kind is FindingKind.REVISION
    assert "correction" in x.explanation and "2019-03-05" in x.explanation


def test_every_disagreeing_pair_is_in_one_contradiction_with_every_side():
    claims = [fig(n, source=f"source {n}") for n in (1, 2, 3, 5, 8)]
    (x,) = run(*claims).contradictions
    assert len(x.sides) == 5
    pairs = {
        frozenset((p, q))
        for i, a in enumerate(x.sides)
        for b in x.sides[i + 1 :]
        for p in a
        for q in b
    }
    assert len(pairs) == 10


def test_one_speakers_several_figures_in_one_text_are_parts_not_rivals():
    # "Authorities said 18 were killed in the hotel and 10 at the cafe."
    hotel = fig(18, source="authorities", kind="official", doc="d")
    cafe = fig(10, source="authorities", kind="official", doc="d")
    assert run(hotel, cafe).contradictions == ()
    # The same figures from two speakers are rivals.
    other = fig(10, source="witnesses", kind="witness", doc="d")
    assert rules_found(run(hotel, other)) == ["figure-disagreement"]


# --- zero against count ----------------------------------------------------------------------


def test_zero_against_a_count_of_the_same_subject():
    zero = fig(0, subject="police", source="Afghan authorities", kind="official")
    seven = fig(7, subject="police", source="Islamic State", kind="militant")
    result = run(zero, seven)
    assert rules_found(result) == ["zero-against-count"]
    text = result.contradictions[0].explanation
    assert text.startswith("Afghan authorities (official) say 0 police were killed")
    assert "Islamic State (militant) says 7" in text
    assert "[0, 0] and [7, 7] do not meet" in text


def test_zero_against_a_count_of_a_narrower_subject():
    zero = fig(0, subject="security_forces")
    seven = fig(7, subject="police")
    assert rules_found(run(zero, seven)) == ["zero-against-count"]


def test_counts_facing_one_zero_make_one_finding():
    zero = fig(0, subject="security_forces", source="ministry", kind="official")
    police, soldiers = fig(7, subject="police"), fig(3, subject="soldiers")
    (x,) = run(zero, police, soldiers).contradictions
    assert x.sides == tuple(sorted([(zero.id,), tuple(sorted((police.id, soldiers.id)))]))
    assert "7 police were killed" in x.explanation and "3 soldiers" in x.explanation


def test_a_zero_updated_by_its_own_source_still_faces_other_zeros():
    docs = [
        Document(id="early", text="", published=dt.date(2018, 1, 1)),
        Document(id="late", text="", published=dt.date(2018, 1, 2)),
    ]
    first = fig(0, source="police", kind="official", doc="early")
    later = fig(2, source="police", kind="official", doc="late")
    other = fig(0, source="hospital", kind="official", doc="early")
    result = run(first, later, other, documents=docs)
    (x,) = result.contradictions
    assert set(x.claim_ids) == {later.id, other.id}
    assert [n.rule for n in result.notes] == ["revision"]


def test_zero_police_against_people_killed_is_not_a_contradiction():
    assert run(fig(0, subject="police"), fig(2, subject="people")).contradictions == ()
    assert run(fig(0, subject="staff"), fig(2, subject="people")).contradictions == ()


def test_no_casualties_against_killed():
    assert rules_found(run(fig(0, metric="casualties"), fig(2, metric="killed"))) == [
        "zero-against-count"
    ]


def test_zero_against_zero_or_open_counts_is_fine():
    assert run(fig(0), fig(0)).contradictions == ()
    assert run(fig(0), fig(None, 5, q="at_most")).contradictions == ()


# --- part and whole --------------------------------------------------------------------------


def test_a_part_above_its_whole_is_flagged():
    whole = fig(5, source="police", kind="official", doc="d")
    part = fig(7, subject="police", source="police", kind="official", doc="d", part_of=whole.id)
    result = run(whole, part)
    assert rules_found(result) == ["part-and-whole"]
    assert "exceeds the whole" in result.contradictions[0].explanation


def test_a_part_within_its_whole_is_fine():
    whole = fig(27, source="Islamic State", kind="militant", doc="d")
    part = fig(7, subject="police", source="Islamic State", kind="militant", doc="d")
    assert run(whole, part).contradictions == ()


def test_a_part_above_another_sources_whole_is_flagged():
    whole = fig(2, doc="d1")
    part = fig(7, subject="police", source="Islamic State", kind="militant", doc="d2")
    assert rules_found(run(whole, part)) == ["part-and-whole"]


def test_a_part_is_not_flagged_again_when_its_own_total_disagrees():
    total = fig(27, source="Islamic State", kind="militant", doc="d")
    part = fig(7, subject="police", source="Islamic State", kind="militant", doc="d")
    other = fig(2, doc="d2")
    result = run(total, part, other)
    assert rules_found(result) == ["figure-disagreement"]
    assert set(result.contradictions[0].claim_ids) == {total.id, other.id}


def test_parts_of_one_total_that_add_up_above_it():
    total = fig(5, source="police", kind="official", doc="d")
    soldiers = fig(3, subject="soldiers", doc="d", part_of=total.id)
    civilians = fig(4, subject="civilians", doc="d", part_of=total.id)
    result = run(total, soldiers, civilians)
    (x,) = result.contradictions
    assert x.rule == "part-and-whole"
    assert "add up to at least 7" in x.explanation
    # Nested parts are not added twice, and parts that fit are fine.
    police = fig(3, subject="police", doc="d", part_of=total.id)
    forces = fig(3, subject="security_forces", doc="d", part_of=total.id)
    two = fig(2, subject="civilians", doc="d", part_of=total.id)
    assert run(total, police, forces, two).contradictions == ()
    # Figures of one source without "including" are not added up.
    soldiers = fig(3, subject="soldiers", source="police", kind="official", doc="d")
    civilians = fig(4, subject="civilians", source="police", kind="official", doc="d")
    assert run(total, soldiers, civilians).contradictions == ()


def test_parts_from_other_sources_are_not_added():
    total = fig(5, source="police", kind="official", doc="d")
    soldiers = fig(3, subject="soldiers", doc="e")
    civilians = fig(4, subject="civilians", doc="f")
    assert run(total, soldiers, civilians).contradictions == ()


def test_a_part_of_unnamed_kind_is_no_total():
    whole = fig(16, None, q="at_least", source="officials", kind="official", doc="d")
    babies = fig(2, source="officials", kind="official", doc="d", part_of=whole.id)
    other = fig(24, None, q="at_least", doc="e")
    assert run(whole, babies, other).contradictions == ()
    # It is still a floor for any total of its subject.
    loose = fig(1, None, q="at_least", source="officials", kind="official", doc="d")
    two = fig(2, source="officials", kind="official", doc="d", part_of=loose.id)
    one = fig(1, doc="f")
    (x,) = run(loose, two, one).contradictions
    assert x.rule == "part-and-whole"
    assert set(x.claim_ids) == {two.id, one.id}


def test_disjoint_subjects_are_not_part_and_whole():
    assert run(fig(2, subject="civilians"), fig(7, subject="police")).contradictions == ()


# --- casualties against killed and wounded ------------------------------------------------------


def test_casualties_above_killed_plus_at_most_wounded():
    total = fig(400, metric="casualties")
    killed = fig(49, metric="killed")
    wounded = fig(None, 90, q="at_most", metric="wounded")
    result = run(total, killed, wounded)
    assert rules_found(result) == ["casualties-against-parts"]
    (x,) = result.contradictions
    assert sorted(x.sides) == sorted([(total.id,), tuple(sorted((killed.id, wounded.id)))])


def test_casualties_within_killed_plus_wounded_is_fine():
    killed = fig(49, metric="killed")
    wounded = fig(None, 90, q="at_most", metric="wounded")
    assert run(fig(100, metric="casualties"), killed, wounded).contradictions == ()
    assert run(fig(49, metric="casualties"), killed, wounded).contradictions == ()


def test_casualties_below_killed_plus_wounded():
    result = run(fig(30, metric="casualties"), fig(20), fig(15, metric="wounded"))
    assert rules_found(result) == ["casualties-against-parts"]


def test_casualties_below_killed_alone():
    result = run(fig(10, metric="casualties"), fig(20), fig(1, metric="wounded"))
    (x,) = result.contradictions
    assert len(x.claim_ids) == 2
    assert "alone exceeds" in x.explanation


def test_open_wounded_leaves_casualties_unbounded():
    wounded = fig(3, None, q="at_least", metric="wounded")
    assert run(fig(400, metric="casualties"), fig(49), wounded).contradictions == ()


# --- attribution -----------------------------------------------------------------------------


def test_two_perpetrators_conflict_with_stances_in_the_explanation():
    claimed = att("Islamic State", "claimed", source="Islamic State", kind="militant")
    believed = att("Haqqani network", "believed", source="a US general", kind="official")
    result = run(claimed, believed)
    assert rules_found(result) == ["attribution-conflict"]
    (x,) = result.contradictions
    assert x.severity is Severity.HARD
    assert "claims responsibility" in x.explanation
    assert "believes Haqqani network did it" in x.explanation


def test_one_family_is_one_perpetrator():
    assert (
        run(
            att("Islamic State", "claimed"), att("Islamic State Khorasan", "asserted")
        ).contradictions
        == ()
    )
    assert run(att("Taliban", "suspected"), att("Haqqani network", "believed")).contradictions == ()
    assert run(att("ISIS-K", "asserted"), att("ISIS", "claimed")).contradictions == ()


def test_bracketed_group_names_its_family():
    assert (
        run(
            att("Taliban", "suspected"), att("Haqqani network (Taliban)", "believed")
        ).contradictions
        == ()
    )


def test_a_denial_by_a_group_nobody_names_is_no_conflict():
    result = run(att("Islamic State", "claimed"), att("Taliban", "denied", source="Taliban"))
    assert result.contradictions == ()


def test_a_denial_of_a_named_group_conflicts():
    result = run(att("Taliban", "asserted"), att("Taliban", "denied", source="Taliban"))
    assert rules_found(result) == ["attribution-conflict"]
    assert "denies responsibility" in result.contradictions[0].explanation


def test_a_denial_against_a_suspicion_is_soft():
    result = run(att("Taliban", "suspected"), att("Taliban", "denied", source="Taliban"))
    assert [x.severity for x in result.contradictions] == [Severity.SOFT]


def test_two_suspicions_are_a_soft_conflict():
    (x,) = run(att("Islamic State", "suspected"), att("Taliban", "suspected")).contradictions
    assert x.severity is Severity.SOFT


# --- dates -----------------------------------------------------------------------------------


def day(text, y, m, d, precision="day"):
    return DateRef(text=text, value=dt.date(y, m, d), precision=precision)


def test_dates_a_day_apart_agree_and_further_apart_conflict():
    a = fig(7, date=day("on Tuesday", 2018, 5, 29))
    # A day apart is no conflict: an overnight attack, a time zone, a statement's day.
    assert run(a, fig(7, date=day("May 30", 2018, 5, 30))).contradictions == ()
    far = run(a, fig(7, date=day("June 2", 2018, 6, 2)))
    assert "Tuesday 29 May 2018" in far.contradictions[0].explanation
    far = run(a, fig(7, date=day("June 2", 2018, 6, 2)))
    assert [x.severity for x in far.contradictions] == [Severity.HARD]


def test_claims_giving_one_date_form_one_side():
    monday = day("on Monday", 2018, 5, 28)
    thursday = day("on Thursday", 2018, 5, 31)
    a = [fig(n, doc="a", source="police", kind="official", date=monday) for n in (1, 2, 3)]
    b = [fig(n, doc="b", date=thursday) for n in (1, 2)]
    result = run(*a, *b, disable=["figure-disagreement"])
    (x,) = result.contradictions
    assert x.sides == tuple(
        sorted([tuple(sorted(c.id for c in a)), tuple(sorted(c.id for c in b))])
    )
    assert x.explanation.startswith("police (official) date it Monday 28 May 2018")


def test_two_dates_in_one_document_are_not_compared():
    a = fig(7, doc="d", date=day("on Monday", 2018, 5, 28))
    b = fig(7, doc="d", date=day("said on Thursday", 2018, 5, 31))
    assert run(a, b).contradictions == ()


def test_a_day_within_a_month_is_fine():
    a = fig(7, date=day("in January", 2018, 1, 1, "month"))
    b = fig(7, date=day("January 27", 2018, 1, 27))
    assert run(a, b).contradictions == ()


def test_a_season_spans_three_months():
    winter = day("this winter", 2017, 12, 1, "season")
    assert run(fig(7, date=winter), fig(7, date=day("Jan 27", 2018, 1, 27))).contradictions == ()
    assert rules_found(run(fig(7, date=winter), fig(7, date=day("Mar 3", 2018, 3, 3)))) == [
        "date-conflict"
    ]


def test_an_unresolved_weekday_against_a_day():
    monday = DateRef(text="on Monday")
    wednesday = day("May 30", 2018, 5, 30)
    assert rules_found(run(fig(7, date=monday), fig(7, date=wednesday))) == ["date-conflict"]
    assert (
        run(fig(7, date=DateRef(text="on Wednesday")), fig(7, date=wednesday)).contradictions == ()
    )


def test_period_dates_contradict_nothing():
    period = day("over two months", 2018, 1, 1, "period")
    assert run(fig(7, date=period), fig(7, date=day("x", 2019, 5, 5))).contradictions == ()


# --- revision and self-interest ----------------------------------------------------------------


def test_a_later_figure_from_the_same_source_is_a_revision():
    docs = [
        Document(id="early", text="", published=dt.date(2018, 1, 1)),
        Document(id="late", text="", published=dt.date(2018, 1, 2)),
    ]
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
    # The superseded 12 is history and is compared with nothing.
    assert set(x.claim_ids) == {rose.id, late.id}


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


# --- grammar of explanations ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Afghan authorities",
        "officials",
        "police",
        "Kabul police",
        "residents",
        "hospital officials in Mogadishu",
        "security forces",
        "Witnesses",
        "Officials",
        "police and medics",
        "the Afghan National Police",
        "local people",
        "medics",
        "Amnesty International and Human Rights Watch",
    ],
)
def test_plural_speakers_take_a_plural_verb(name):
    ctx = EventContext.build(report_of(), Event(id="e"), lexicon=LEXICON)
    assert ctx.plural(name)


@pytest.mark.parametrize(
    "name",
    [
        "Reuters",
        "Airwars",
        "Doctors Without Borders",
        "The New York Times",
        "the interior ministry",
        "Islamic State",
        "Islamic State (via Amaq news agency)",
        "a police spokesman",
        "the Associated Press",
        "the United Nations",
        "the Syrian Observatory for Human Rights",
        "the census",
        "the Ministry of Health and Population",
        "CBS",
        "",
    ],
)
def test_singular_speakers_take_a_singular_verb(name):
    ctx = EventContext.build(report_of(), Event(id="e"), lexicon=LEXICON)
    assert not ctx.plural(name)


@pytest.mark.parametrize(
    ("verb", "plural"),
    [
        ("says", "say"),
        ("denies responsibility", "deny responsibility"),
        ("believes X did it", "believe X did it"),
        ("dates it", "date it"),
        ("has", "have"),
        ("pushes", "push"),
        ("speaks for", "speak for"),
    ],
)
def test_verbs_agree_with_plural_speakers(verb, plural):
    assert engine_module.agree(verb, plural=True) == plural
    assert engine_module.agree(verb, plural=False) == verb


SPEAKERS = ["Afghan officials", "Reuters", "police", "residents of the village", "the ministry"]


@given(
    st.sampled_from(SPEAKERS) | st.text(max_size=200),
    st.sampled_from(["via Amaq", "AP", "officials", "a doctor"]) | st.text(max_size=30),
)
def test_plural_name_reads_the_speaker_before_an_aside(name, aside):
    # "Islamic State (via Amaq)" agrees as "Islamic State" does, whatever the name.
    assert engine_module.plural_name(f"{name} ({aside})") is engine_module.plural_name(name)


@given(
    st.from_regex(r"[A-Za-z]{1,10}", fullmatch=True), st.from_regex(r"[a-z]{1,10}", fullmatch=True)
)
def test_joined_speakers_are_plural(first, second):
    assert engine_module.plural_name(f"{first} and {second}") is True


def test_plural_name_is_fast_on_adversarial_input():
    assert engine_module.plural_name("a" * 100_000 + "s") is True
    assert engine_module.plural_name("Of " * 30_000) is False


@pytest.mark.parametrize(
    ("source", "kind", "expected"),
    [
        ("Afghan officials", "official", "Afghan officials (official) believe Taliban did it"),
        ("residents", "witness", "residents (witness) believe Taliban did it"),
        ("the governor", "official", "the governor (official) believes Taliban did it"),
    ],
)
def test_attribution_explanations_agree_with_the_speaker(source, kind, expected):
    believed = att("Taliban", "believed", source=source, kind=kind)
    claimed = att("Islamic State", "claimed", source="Amaq", kind="militant")
    (x,) = run(believed, claimed).contradictions
    assert expected in x.explanation


def test_plural_militant_speakers_speak_for_the_perpetrator():
    boast = fig(30, source="the militants", kind="militant")
    (note,) = run(boast).notes
    assert note.explanation.startswith("the militants (militant) speak for the perpetrator (say 30")


def test_a_plural_speaker_revises_in_the_plural():
    first = fig(15, source="police", kind="official", doc="d")
    rose = fig(21, source="police", kind="official", doc="d", revision=True)
    (note,) = run(first, rose).notes
    assert note.explanation.startswith("police (official) revise the number of people killed")


def test_of_two_revisions_the_later_one_wins():
    first = fig(10, doc="d", revision=True)
    second = fig(20, doc="d", revision=True)
    result = run(first, second)
    assert result.contradictions == ()
    assert "from 10" in result.notes[0].explanation


def test_self_interested_figures_and_claims_are_noted():
    amaq = Source(name="Amaq", kind=SourceKind.MILITANT)
    claim = AttributionClaim(
        span=Span(doc="d", start=0, end=1),
        quote="x",
        source=Source(name="Islamic State", kind="militant", via=(amaq,)),
        actor="Islamic State",
        stance="claimed",
    )
    toll = fig(27, source="Islamic State", kind="militant", doc="d")
    other = fig(2)
    result = run(claim, toll, other)
    notes = [n for n in result.notes if n.rule == "self-interest"]
    assert {c for n in notes for c in n.claims} == {claim.id, toll.id}
    assert all("inflated" in n.explanation for n in notes)


def test_a_reported_claim_of_responsibility_names_the_claimant():
    reported = att("Islamic State", "claimed", source="Reuters", kind="media")
    (note,) = run(reported).notes
    assert note.explanation.startswith("Islamic State (as reported by Reuters (media))")


def test_a_militant_speaking_of_another_groups_attack_is_not_self_interested():
    named = att("Islamic State", "claimed", source="Islamic State", kind="militant")
    toll = fig(3, source="Taliban", kind="militant")
    notes = run(named, toll).notes
    assert toll.id not in {c for n in notes for c in n.claims}


# --- the engine ------------------------------------------------------------------------------


def test_the_registry_lists_the_built_in_rules():
    listed = {r.name: (r.kind.value, r.severity.value, r.doc) for r in default_registry}
    for name in (
        "figure-disagreement",
        "zero-against-count",
        "part-and-whole",
        "casualties-against-parts",
        "attribution-conflict",
        "date-conflict",
        "revision",
        "self-interest",
    ):
        assert name in listed
        assert listed[name][2]
    assert listed["attribution-conflict"][:2] == ("attribution", "hard")


def test_unknown_rule_names_list_the_known_ones():
    with pytest.raises(UnknownRuleError, match="figure-disagreement"):
        run(fig(1), rules=["no-such-rule"])
    with pytest.raises(UnknownRuleError):
        run(fig(1), disable=["no-such-rule"])
    with pytest.raises(UnknownRuleError):
        RuleRegistry().get("x")


def test_registering_a_name_twice_is_an_error():
    registry = RuleRegistry()

    @rule("twice", kind="other", registry=registry)
    def first(ctx):
        """First."""
        return iter(())

    with pytest.raises(DuplicateRuleError, match="twice"):

        @rule("twice", kind="other", registry=registry)
        def second(ctx):
            """Second."""
            return iter(())


def test_rules_can_be_chosen_and_switched_off():
    a, b = fig(10), fig(7)
    assert run(a, b, disable=["figure-disagreement"]).contradictions == ()
    assert run(a, b, rules=["date-conflict"]).contradictions == ()
    registry = default_registry.copy()
    registry.disable("figure-disagreement")
    assert run(a, b, registry=registry).contradictions == ()
    assert not registry.is_enabled("figure-disagreement")
    registry.enable("figure-disagreement")
    assert rules_found(run(a, b, registry=registry)) == ["figure-disagreement"]
    assert default_registry.is_enabled("figure-disagreement")


def test_an_empty_registry_finds_nothing():
    assert run(fig(10), fig(7), registry=RuleRegistry()).contradictions == ()


def test_findings_need_a_running_rule():
    ctx = EventContext.build(report_of(fig(1)), Event(id="e1"), lexicon=LEXICON)
    with pytest.raises(RuleError):
        ctx.contradiction([["a"], ["b"]], "x")


def test_earlier_findings_are_replaced_not_appended():
    once = run(fig(10), fig(7))
    twice = find_contradictions(once, lexicon=LEXICON)
    assert twice.contradictions == once.contradictions


def test_rules_are_loaded_from_entry_points(monkeypatch):
    registry = RuleRegistry()
    plugin_registry = RuleRegistry()

    @rule("plugin-rule", kind="other", registry=plugin_registry)
    def plugin_rule(ctx):
        """Note every event."""
        yield ctx.note([c.id for c in ctx.claims], "seen")

    module = types.ModuleType("fake_plugin")
    module.plugin_rule = plugin_rule
    points = [
        importlib.metadata.EntryPoint(
            name="fake", value="fake_plugin", group=engine_module.ENTRY_POINT_GROUP
        )
    ]
    monkeypatch.setitem(__import__("sys").modules, "fake_plugin", module)
    monkeypatch.setattr(
        engine_module.importlib.metadata,
        "entry_points",
        lambda group: [p for p in points if p.group == group],
    )
    assert registry.load_entry_points() == ["plugin-rule"]
    assert registry.load_entry_points() == []
    assert [n.rule for n in run(fig(1), registry=registry).notes] == ["plugin-rule"]

    clash = RuleRegistry()
    clash.rule("plugin-rule", kind="other")(lambda ctx: iter(()))
    with pytest.raises(DuplicateRuleError):
        clash.load_entry_points()


def test_an_entry_point_that_is_not_a_rule_is_an_error(monkeypatch):
    point = importlib.metadata.EntryPoint(
        name="bad", value="builtins:len", group=engine_module.ENTRY_POINT_GROUP
    )
    monkeypatch.setattr(engine_module.importlib.metadata, "entry_points", lambda group: [point])
    with pytest.raises(RuleError, match="bad"):
        RuleRegistry().load_entry_points()


def test_the_engine_never_raises_on_contradictory_data():
    claims = [fig(n, subject=s) for n in (0, 3, 50) for s in ("people", "police", "militants")]
    claims += [att(a, s) for a in ("Islamic State", "Taliban") for s in ("claimed", "denied")]
    result = run(*claims)
    assert len(result.contradictions) > 5


def test_the_user_rule_example_from_the_docs_runs():
    text = (DOCS / "how-to" / "write-a-rule.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    namespace: dict = {}
    try:
        exec(blocks[0], namespace)
        exec(blocks[1], namespace)
        found = namespace["found"]
        (x,) = found.contradictions
        assert x.rule == "killed-more-attackers-than-took-part"
        assert "[15, 15] exceeds [8, 12]" in x.explanation
        # The page shows the explanation as the output of the block that prints it.
        shown = re.search(r"<!-- output -->\n```text\n(.*?)\n```", text, re.S)
        assert shown is not None and x.explanation == shown[1]
    finally:
        if "killed-more-attackers-than-took-part" in default_registry:
            default_registry.remove("killed-more-attackers-than-took-part")


# --- properties ------------------------------------------------------------------------------


SUBJECTS = [Subject.PEOPLE, Subject.POLICE, Subject.SECURITY_FORCES]
METRICS = [Metric.KILLED, Metric.WOUNDED, Metric.CASUALTIES]


@st.composite
def event_claims(draw):
    n = draw(st.integers(1, 6))
    docs = ["d1", "d2", "d3"]
    claims = []
    for i in range(n):
        if draw(st.integers(0, 4)) == 0:
            claims.append(
                AttributionClaim(
                    span=Span(doc=draw(st.sampled_from(docs)), start=i, end=i + 1),
                    quote="x",
                    source=Source(
                        name=draw(st.sampled_from([None, "Islamic State", "police"])),
                        kind=draw(st.sampled_from([SourceKind.MILITANT, SourceKind.OFFICIAL])),
                    ),
                    actor=draw(st.sampled_from(["Islamic State", "Taliban", "ISIS-K"])),
                    stance=draw(st.sampled_from(["claimed", "believed", "denied"])),
                )
            )
            continue
        date = draw(
            st.none()
            | st.builds(
                DateRef,
                text=st.sampled_from(["on Monday", "on Tuesday", "then"]),
                value=st.dates(dt.date(2018, 1, 1), dt.date(2018, 2, 28)),
                precision=st.sampled_from(DatePrecision),
            )
        )
        claims.append(
            FigureClaim(
                span=Span(doc=draw(st.sampled_from(docs)), start=i, end=i + 1),
                quote=draw(st.sampled_from(["x", "the toll was revised down to", "rose to"])),
                source=Source(
                    name=draw(st.sampled_from([None, "Islamic State", "police"])),
                    kind=draw(st.sampled_from([SourceKind.MILITANT, SourceKind.OFFICIAL])),
                ),
                metric=draw(st.sampled_from(METRICS)),
                subject=draw(st.sampled_from(SUBJECTS)),
                figure=draw(small_figures()),
                revision=draw(st.booleans()),
                provisional=draw(st.booleans()),
                date=date,
            )
        )
    return claims


DOCUMENTS = (
    Document(id="d1", text="", published=dt.date(2018, 1, 1)),
    Document(id="d2", text="", published=dt.date(2018, 1, 2)),
    Document(id="d3", text=""),
)


@given(event_claims(), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_the_order_of_claims_or_rules(claims, rnd):
    forward = run(*claims, documents=DOCUMENTS)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    names = list(default_registry.names())
    rnd.shuffle(names)
    backward = run(*shuffled, documents=DOCUMENTS[::-1], rules=names)
    assert backward.contradictions == forward.contradictions
    assert backward.notes == forward.notes


@given(event_claims())
def test_a_contradiction_is_symmetric(claims):
    result = run(*claims, documents=DOCUMENTS)
    for x in result.contradictions:
        assert list(x.sides) == sorted(x.sides)
        assert all(list(side) == sorted(side) for side in x.sides)
        swapped = Contradiction(**{**x.model_dump(), "id": "", "sides": x.sides[::-1]})
        assert swapped.id == x.id
    # Swapping two claims in the report swaps nothing in the findings.
    if len(claims) >= 2:
        swapped_claims = [claims[1], claims[0], *claims[2:]]
        again = run(*swapped_claims, documents=DOCUMENTS)
        assert again.contradictions == result.contradictions


@given(
    st.integers(0, 1000),
    st.lists(
        st.tuples(
            # Casualties are killed plus wounded, so one value for all three can clash.
            st.sampled_from([Metric.KILLED, Metric.WOUNDED, Metric.ARRESTED]),
            st.sampled_from(list(Subject)),
            st.sampled_from(["a", "b", None]),
            st.sampled_from(["d1", "d2"]),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_figures_that_share_one_value_have_no_figure_findings(n, shapes):
    claims = [
        fig(n, metric=metric, subject=subject, source=source, doc=doc)
        for metric, subject, source, doc in shapes
    ]
    result = run(*claims)
    assert [x for x in result.contradictions if x.kind.value == "figure"] == []


@given(
    st.text(alphabet="aoMnday Tuesd", max_size=2000)
    | st.lists(
        st.sampled_from(["Monday", "TUESDAY", "tuesday", "Mondays", "aMonday", "day", " ", ","])
    ).map("".join)
)
def test_a_date_names_a_weekday_only_when_it_names_one(text):
    from claimrecon.rules.dates import named_weekday

    # Whole words only ("Mondays" or "aMonday" name no day), and one day or none.
    text *= 3
    names = {w.casefold() for w in re.split(r"\W+", text)} & {"monday", "tuesday"}
    expected = {"monday": 0, "tuesday": 1}[names.pop()] if len(names) == 1 else None
    assert named_weekday(DateRef(text=text)) == expected


# --- golden ----------------------------------------------------------------------------------


def test_golden_contradictions_on_the_seed_gold(seeds_dir):
    gold = read_gold(seeds_dir / "gold.json")
    report = gold.to_report().model_copy(update={"contradictions": ()})
    found = find_contradictions(report, lexicon=LEXICON)
    scores = score(gold, found)
    summary = scores.summary()
    text = scores.format()
    assert "(4/4 right, 4/4 found)" in text, text
    assert "consistent pairs flagged: 0" in text, text
    hard = [x for x in found.contradictions if x.severity is Severity.HARD]
    assert len(hard) == 4, [x.explanation for x in hard]
    assert summary is not None


def test_find_contradictions_loads_published_rules_once(monkeypatch):
    import claimrecon.rules as rules_module

    plugin_registry = RuleRegistry()

    @rule("published-rule", kind="other", registry=plugin_registry)
    def published_rule(ctx):
        """Note every event."""
        yield ctx.note([c.id for c in ctx.claims], "seen")

    calls = []

    def entry_points(group):
        calls.append(group)
        point = importlib.metadata.EntryPoint(name="p", value="x:y", group=group)
        monkeypatch.setattr(importlib.metadata.EntryPoint, "load", lambda self: published_rule)
        return [point]

    monkeypatch.setattr(rules_module, "_plugins_loaded", [])
    monkeypatch.setattr(engine_module.importlib.metadata, "entry_points", entry_points)
    try:
        first = run(fig(1))
        second = run(fig(2))
        assert "published-rule" in {n.rule for n in first.notes}
        assert "published-rule" in {n.rule for n in second.notes}
        assert calls == ["claimrecon.rules"]
    finally:
        if "published-rule" in default_registry:
            default_registry.remove("published-rule")


@given(strategies.reports, st.data())
def test_any_report_is_checked_without_raising(report, data):
    # Point the events at claims the report holds, so the rules have something to read.
    ids = [c.id for c in report.claims]
    events = tuple(
        event.model_copy(
            update={"claims": tuple(data.draw(st.lists(st.sampled_from(ids), max_size=4)))}
        )
        if ids
        else event
        for event in report.events
    )
    result = find_contradictions(report.model_copy(update={"events": events}))
    for x in result.contradictions:
        assert len(x.sides) >= 2 and all(x.sides)
        assert x.explanation.endswith(".")


def test_the_rules_command_lists_published_rules(monkeypatch, capsys):
    import claimrecon.rules as rules_module
    from claimrecon.cli import main

    plugin_registry = RuleRegistry()

    @rule("listed-plugin-rule", kind="other", severity="soft", registry=plugin_registry)
    def listed(ctx):
        """Note nothing, from another package."""
        yield from ()

    def entry_points(group):
        point = importlib.metadata.EntryPoint(name="p", value="x:y", group=group)
        monkeypatch.setattr(importlib.metadata.EntryPoint, "load", lambda self: listed)
        return [point]

    monkeypatch.setattr(rules_module, "_plugins_loaded", [])
    monkeypatch.setattr(engine_module.importlib.metadata, "entry_points", entry_points)
    try:
        assert main(["rules"]) == 0
        out = capsys.readouterr().out
        assert "listed-plugin-rule" in out and "Note nothing, from another package." in out
        assert "figure-disagreement" in out
    finally:
        if "listed-plugin-rule" in default_registry:
            default_registry.remove("listed-plugin-rule")


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
    ("actor", "speaker", "kind"),
    [
        ("Saudi-led coalition", "the coalition", "official"),  # an air strike
        ("Nigerian army", "the army", "official"),  # a village raid
        ("police", "Police", "official"),  # a shooting at a protest
    ],
)
def test_a_perpetrator_of_any_kind_speaks_for_itself(actor, speaker, kind):
    blamed = att(actor, "asserted", source="residents", kind="witness", doc="d")
    own = fig(12, subject="militants", source=speaker, kind=kind, doc="d")
    other = fig(30, subject="civilians", source="local health officials", kind="official", doc="d")
    result = run(blamed, own, other)
    (note,) = [n for n in result.notes if n.rule == "self-interest"]
    assert note.claims == (own.id,)
    assert note.explanation.startswith(f"{speaker} (official)")


@pytest.mark.parametrize("speaker", ["the government", "Afghan officials", "army sources", "UN"])
def test_a_speaker_that_is_not_the_perpetrator_is_not_self_interested(speaker):
    blamed = att("Nigerian army", "asserted", source="residents", kind="witness", doc="d")
    figure = fig(12, source=speaker, kind="official", doc="d")
    assert [n.rule for n in run(blamed, figure).notes] == []


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


@pytest.mark.parametrize("description", ["gunmen", "unknown assailants", "suspected jihadists"])
def test_a_description_of_the_attackers_rivals_no_named_group(description):
    described = att(description, "asserted", source="police", kind="official")
    named = att("al-Shabaab", "claimed", source="al-Shabaab", kind="militant")
    assert run(described, named).contradictions == ()
    # A militant figure is still the perpetrator's when only a description is named.
    boast = fig(30, source="al-Shabaab", kind="militant")
    assert "self-interest" in [n.rule for n in run(att(description, "asserted"), boast).notes]


@pytest.mark.parametrize("name", ["Fulani gunmen", "isis", "Boko Haram"])
def test_a_named_group_still_rivals_another(name):
    named = att(name, "believed", source="officials", kind="official")
    other = att("Taliban", "claimed", source="Taliban", kind="militant")
    assert rules_found(run(named, other)) == ["attribution-conflict"]


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
