"""Round 21 (ev21): a "when" clause is told of the date just before it.

"Thursday's attack took place in the same market that was hit in January 2018, when at
least 27 people were killed": the toll after ", when" (``time_relatives``) belongs to the
date the clause follows, an earlier attack, not to the sentence's first date (the main
event's day). A "when" clause after the main event's own day stays with the main event.
Names of towns and sites are invented; the capitals are real (the gazetteer's).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

CAPITALS = ["Lima", "Accra", "Dakar", "Amman"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
SITES = ["market", "square", "mosque", "bus station"]


def _events_of(doc: Document, quotes: list[tuple[str, int]]) -> list[tuple[str, str]]:
    claims = tuple(killed_at(doc, q, n) for q, n in quotes)
    report = group_events(Report(documents=(doc,), claims=claims))
    of = {c: e for e in report.events for c in e.claims}
    return [(of[c.id].id, str(of[c.id].date)) for c in claims]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CAPITALS),
    st.sampled_from(SITES),
    st.sampled_from(MONTHS),
    st.integers(2009, 2019),
    st.sampled_from(["", "the latest major attack, ", "a previous bombing, "]),
    st.integers(20, 60),
    st.integers(5, 19),
)
def test_a_when_clause_after_an_older_date_is_the_older_attack(
    city: str, site: str, month: str, year: int, between: str, n: int, m: int
) -> None:
    doc = Document(
        id="d",
        published=dt.date(2021, 1, 22),
        text=(
            f"Two suicide bombers killed {n} people at a crowded {site} in central {city} "
            f"on Thursday.\n\n"
            f"Thursday's attack took place in the same {site} that was hit in {between}"
            f"{month} {year}, when at least {m} people were killed."
        ),
    )
    (main, main_date), (other, other_date) = _events_of(
        doc, [(f"{n} people", n), (f"at least {m} people", m)]
    )
    assert main != other
    assert main_date == "2021-01-21"
    assert other_date.startswith(str(year))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CAPITALS), st.sampled_from(SITES), st.integers(20, 60))
def test_a_when_clause_after_the_main_day_stays_with_the_main_event(
    city: str, site: str, n: int
) -> None:
    doc = Document(
        id="d",
        published=dt.date(2021, 1, 22),
        text=(
            f"Gunmen stormed a {site} in central {city} on Thursday, when at least {n} "
            f"people were killed."
        ),
    )
    ((_, date),) = _events_of(doc, [(f"at least {n} people", n)])
    assert date == "2021-01-21"
