"""Round 21 (ev21): a moment told within a period is a date, not a count over the period.

"during an attack earlier this year", "killed in a raid later this month": "earlier" or
"later" before "this year" (``point_cues``) makes the period phrase a moment in it. A lead
that dates its attack so is dated by it (a year or a month), so that the same attack told
later with its month ("In August, ...") is one event with it, and a count in it is no
aggregate over the year. A bare "this year" still makes a count over the year.
Names of towns, groups and bodies are invented.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

NAMES = st.text(alphabet="bdfgklmnprstvz", min_size=4, max_size=8).map(str.capitalize)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]


def _events(doc: Document, quotes: list[tuple[str, int]]) -> tuple[set[str], list[str]]:
    claims = tuple(killed_at(doc, q, n) for q, n in quotes)
    report = group_events(Report(documents=(doc,), claims=claims))
    of = {c: e for e in report.events for c in e.claims}
    events = {of[c.id].id for c in claims if c.id in of}
    dates = [str(of[c.id].date) for c in claims if c.id in of]
    return events, dates


@settings(max_examples=30, deadline=None)
@given(
    NAMES,
    NAMES,
    st.sampled_from(["earlier this year", "earlier this month"]),
    st.sampled_from(["Human Rights Watch", "Amnesty International", "the commission"]),
    st.integers(20, 90),
    st.integers(100, 200),
)
def test_an_attack_told_earlier_this_year_is_one_dated_event(
    town: str, group: str, when: str, body: str, n: int, m: int
) -> None:
    published = dt.date(2023, 10, 24)
    month = "October" if when.endswith("month") else MONTHS[len(town) % len(MONTHS)]
    doc = Document(
        id="late",
        published=published,
        text=(
            f"The government needlessly exposed villagers to danger during a militant attack "
            f"{when}, {body} said in a report released Tuesday.\n\n"
            f"In {month}, at least {n} villagers were killed by fighters of the {group} group "
            f"near {town}.\n\n"
            f"{body[0].upper() + body[1:]} said it had confirmed that at least {m} people were "
            f"killed."
        ),
    )
    events, dates = _events(doc, [(f"at least {n} villagers", n), (f"at least {m} people", m)])
    assert len(events) == 1
    assert dates[0].startswith("2023")


@settings(max_examples=20, deadline=None)
@given(NAMES, st.integers(100, 900))
def test_a_bare_this_year_still_counts_over_the_year(country: str, n: int) -> None:
    doc = Document(
        id="d",
        published=dt.date(2023, 10, 24),
        text=(
            f"Gunmen killed 12 people at a market in {country} on Sunday.\n\n"
            f"Militants have killed {n} people this year, the monitor said."
        ),
    )
    claims = (killed_at(doc, "12 people", 12), killed_at(doc, f"{n} people", n))
    report = group_events(Report(documents=(doc,), claims=claims))
    joined = {c for e in report.events for c in e.claims}
    assert claims[0].id in joined
    assert claims[1].id not in joined
