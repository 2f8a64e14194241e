"""Round 21 (ev21): a period's bound dates the aftermath, not the attack.

"the government has announced three days of mourning from today", "train services will
stay suspended until November 14": a date right after a word that opens or closes a
period (``period_edge_words``) tells when the response runs, so it neither dates the
main event nor keeps the lead sentence that holds it from telling the main event's target.
The attack told later with its own day ("On Saturday morning, a blast ...") is then the
main event, and the claims below it join it. "from Saturday's attack" still names the
attack by its day. Names of towns and bodies are invented; the capitals are real.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

CAPITALS = ["Lima", "Accra", "Dakar", "Amman"]
SITES = ["railway station", "market", "bus station", "hotel"]
BOUNDS = ["three-day mourning from today", "three days of mourning starting today"]
ENDS = ["until November 14", "till November 14", "from today"]


def _dates(doc: Document, quotes: list[tuple[str, int]]) -> list[str]:
    claims = tuple(killed_at(doc, q, n) for q, n in quotes)
    report = group_events(Report(documents=(doc,), claims=claims))
    of = {c: e for e in report.events for c in e.claims}
    return [str(of[c.id].date) for c in claims]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CAPITALS),
    st.sampled_from(SITES),
    st.sampled_from(BOUNDS),
    st.sampled_from(ENDS),
    st.integers(20, 60),
)
def test_a_mourning_from_today_does_not_date_the_attack(
    city: str, site: str, bound: str, end: str, n: int
) -> None:
    doc = Document(
        id="d",
        published=dt.date(2024, 11, 10),  # a Sunday
        text=(
            f"Following the suicide blast at the {city} {site}, the provincial government "
            f"has announced {bound}.\n\n"
            f"Officials said train services would remain suspended {end}.\n\n"
            f"On Saturday morning, an explosion rocked the {site} in {city}, claiming at "
            f"least {n} lives.\n\n"
            f"A police surgeon said the death toll had reached {n}."
        ),
    )
    assert _dates(doc, [(f"at least {n} lives", n), (f"reached {n}", n)]) == ["2024-11-09"] * 2


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(CAPITALS), st.sampled_from(SITES), st.integers(20, 60))
def test_a_day_named_by_its_attack_after_from_still_dates_it(city: str, site: str, n: int) -> None:
    doc = Document(
        id="d",
        published=dt.date(2024, 11, 12),
        text=(
            f"The toll from Saturday's bombing at the {site} in {city} rose as officials said "
            f"at least {n} people were killed."
        ),
    )
    assert _dates(doc, [(f"at least {n} people", n)]) == ["2024-11-09"]
