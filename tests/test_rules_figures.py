"""Figure rules: disagreement, zero against a count, part and whole, casualties."""

from __future__ import annotations

import datetime as dt

from claimrecon import Document
from claimrecon.models import FindingKind, Metric, Severity, Subject
from tests.builders import EARLY_LATE, fig
from tests.rulecases import rules_found, run

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
    docs = EARLY_LATE
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


def test_a_toll_of_people_caps_no_count_of_attackers_told_apart():
    # "The attack killed one person" (the group's claim, relayed) and "police killed the
    # five attackers" (the outlet): the victims' toll leaves out the attackers police shot.
    toll = fig(1, source="Zelvanian Front", kind="militant", doc="d")
    attackers = fig(5, subject="militants", doc="d")
    assert run(toll, attackers).contradictions == ()
    assert run(fig(1, doc="e"), fig(5, subject="militants", doc="f")).contradictions == ()
    # Given as a part of the toll, the attackers still cannot exceed it.
    whole = fig(3, doc="g")
    part = fig(5, subject="militants", doc="g", part_of=whole.id)
    assert rules_found(run(whole, part)) == ["part-and-whole"]


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
