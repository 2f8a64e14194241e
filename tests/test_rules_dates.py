"""Date rules: dates of one event that cannot all be true."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import DateRef, Document, Event, Report, Span, find_contradictions
from claimrecon.models import DatePrecision, Severity
from tests.builders import LEXICON, fig
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


# --- a background event's date from its text's main story --------------------------------------

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(
    st.sampled_from(["Korvath", "Elmira", "Santel", "Budrow"]),
    st.sampled_from(["a week after", "days after", "two weeks after", "shortly after"]),
    st.integers(3, 200),
    st.integers(5, 40),
    st.integers(0, 6),
    st.booleans(),
)
def test_a_background_claim_takes_no_date_from_another_sentence(
    city, distance, n, gap, weekday, own_sentence
):
    # A report of a market bombing on Friday recalls, in passing, a hotel siege weeks
    # earlier. The lede's "Friday" is the bombing's: a claim about the siege in another
    # sentence does not carry it against the siege's own date. Told in the siege's own
    # sentence ("killed 30 at the hotel on Friday"), a date is the siege's and is compared.
    published = dt.date(2031, 5, 10)
    told_day = published - dt.timedelta(days=(published.weekday() - weekday) % 7 or 7)
    name = _WEEKDAYS[told_day.weekday()]
    lede = f"A car bomb killed {n} people at a market in {city} on {name}, police said."
    recall = f"The blast came {distance} gunmen killed 30 people at the {city} hotel"
    text = f"{lede} {recall}{' on ' + name if own_sentence else ''}."
    main = fig(n, doc="a", source="police", kind="official")
    at = text.index(f"on {name}", len(lede) if own_sentence else 0)
    when = DateRef(
        text=f"on {name}",
        value=told_day,
        precision=DatePrecision.DAY,
        span=Span(doc="a", start=at, end=at + len(f"on {name}")),
    )
    start = text.index("killed 30", len(lede))
    recalled = fig(30, doc="a", date=when, quote="killed 30 people")
    recalled = recalled.model_copy(
        update={"span": Span(doc="a", start=start, end=start + len("killed 30 people"))}
    )
    others = [fig(n, doc="a", source=f"witness {i}", kind="witness") for i in range(2)]
    siege_day = told_day - dt.timedelta(days=gap)
    own = fig(30, doc="b", date=day(siege_day.strftime("%B %d"), *siege_day.timetuple()[:3]))
    docs = (
        Document(id="a", text=text, published=published),
        # A later look back at the siege: the bombing's report is its first.
        Document(id="b", text="", published=published + dt.timedelta(days=30)),
    )
    report = Report(
        documents=docs,
        claims=(main, *others, recalled, own),
        events=(
            Event(id="bombing", claims=tuple(c.id for c in (main, *others))),
            Event(id="siege", claims=(recalled.id, own.id)),
        ),
    )
    found = find_contradictions(report, lexicon=LEXICON).contradictions
    dated = [x for x in found if x.rule == "date-conflict"]
    assert len(dated) == (1 if own_sentence else 0)
