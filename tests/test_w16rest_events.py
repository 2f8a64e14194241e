"""Wave 16's event phenomena, each generated over invented towns, sites and groups.

- A dateline alone on its line ("OKVARA:") names the report's town, as one on the lead's
  line does; so a later "came a week after militants detonated a bomb in <another town>"
  tells another, earlier event, not the main one again.
- A short month in a site's name ("the Church of Mar Elias", "the Jan Hus chapel") is no
  date: only a full month, or a short one with its day or year, dates an event.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, analyze
from claimrecon.vocab import Lexicon

TOWNS = ["Varnok", "Okvara", "Tesmur", "Dunmarra", "Kelvaro"]
LEXICON = Lexicon.default().extend({"events": {"cities": dict.fromkeys(TOWNS, "Pakistan")}})
PUBLISHED = dt.date(2033, 4, 11)  # a Monday
SITES = ["railway station", "airport", "bus station", "market", "hotel"]
EARLIER = ["school", "hospital", "checkpoint", "police station"]
GAPS = {"a week": 7, "two days": 2, "three days": 3, "a day": 1}
SAID = ["police said", "officials said", "a police spokesman said"]
COUNTS = {26: "26", 14: "14", 31: "31"}


def _events(text: str, title: str | None = None) -> list[tuple[str | None, list[str]]]:
    doc = Document(id="d", text=text, outlet="Example News", published=PUBLISHED, title=title)
    report = analyze([doc], lexicon=LEXICON)
    return [
        (e.location, [c.quote for c in report.claims if c.id in e.claims]) for e in report.events
    ]


@st.composite
def background_after_distance(draw: st.DrawFn) -> tuple[str, str, str, str]:
    town, other = draw(st.lists(st.sampled_from(TOWNS), min_size=2, max_size=2, unique=True))
    site = draw(st.sampled_from(SITES))
    killed = draw(st.sampled_from(sorted(COUNTS)))
    gap = draw(st.sampled_from(sorted(GAPS)))
    earlier = draw(st.sampled_from(EARLIER))
    lives = draw(st.sampled_from(["eight lives", "nine lives"]))
    comma = draw(st.sampled_from(["", ","]))
    text = (
        f"{town.upper()}:\n\n"
        f"At least {killed} passengers were killed when a suicide bomb attack tore through "
        f"the {town} {site} Saturday morning, {draw(st.sampled_from(SAID))}.\n\n"
        f"A banned group claimed responsibility for the bombing{comma} which came {gap} after "
        f"militants detonated a bomb near a {earlier} in {other} district which claimed {lives}."
    )
    return text, town, other, lives


@settings(max_examples=6, deadline=None)
@given(background_after_distance())
def test_dateline_alone_on_its_line_parts_an_earlier_event_told_after_a_distance(
    case: tuple[str, str, str, str],
) -> None:
    text, town, other, lives = case
    events = _events(text)
    by_quote = {q: (loc or "").lower() for loc, quotes in events for q in quotes}
    assert by_quote[lives] == other.lower(), events
    main = [loc for loc, quotes in events if any("passengers" in q for q in quotes)]
    assert [(m or "").lower() for m in main] == [town.lower()], events


@st.composite
def short_month_in_a_name(draw: st.DrawFn) -> tuple[str, dt.date]:
    month = draw(st.sampled_from(["Mar", "Jan", "Dec", "Aug", "Oct"]))
    name = draw(st.sampled_from(["Elias", "Hus", "Yohanna", "Boulos"]))
    site = draw(st.sampled_from(["the Church of", "the Monastery of", "the shrine of"]))
    town = draw(st.sampled_from(TOWNS))
    killed = draw(st.sampled_from(sorted(COUNTS)))
    text = (
        f"A suicide bomber blew himself up inside {site} {month} {name} in {town} on Sunday, "
        f"killing {killed} people, {draw(st.sampled_from(SAID))}."
    )
    return text, PUBLISHED - dt.timedelta(days=1)


@settings(max_examples=6, deadline=None)
@given(short_month_in_a_name())
def test_a_short_month_in_a_sites_name_is_no_date(case: tuple[str, dt.date]) -> None:
    text, sunday = case
    doc = Document(id="d", text=text, outlet="Example News", published=PUBLISHED)
    report = analyze([doc], lexicon=LEXICON)
    assert [e.date for e in report.events] == [sunday], report.events


def test_a_short_month_with_its_day_or_year_still_dates() -> None:
    for when, day in (
        ("on Mar 3, 2031", dt.date(2031, 3, 3)),
        ("in Mar 2031", dt.date(2031, 3, 1)),
    ):
        text = f"A bomb exploded at a market in Varnok {when}, killing 12 people, police said."
        doc = Document(id="d", text=text, outlet="Example News", published=PUBLISHED)
        report = analyze([doc], lexicon=LEXICON)
        assert [e.date for e in report.events] == [day], report.events
