"""Date rules: dates of one event that cannot all be true."""

from __future__ import annotations

from claimrecon import DateRef
from claimrecon.models import Severity
from tests.builders import fig
from tests.rulecases import day, rules_found, run

# --- dates -----------------------------------------------------------------------------------


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
