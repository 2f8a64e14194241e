"""A generated news corpus: many reports of overlapping events, for scale and equivalence.

Events are drawn from few cities, targets and weeks, so that many share a block (the same
month and target, or the same month and place) without being one event; each event is
told by one to eight outlets that disagree on the toll, blame different groups, date it by
weekday or by date, and sometimes recall an earlier attack in the same city. The same seed
gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

from claimrecon.models import Document

CITIES = [
    ("Kabul", "Afghanistan"),
    ("Kandahar", "Afghanistan"),
    ("Peshawar", "Pakistan"),
    ("Quetta", "Pakistan"),
    ("Baghdad", "Iraq"),
    ("Mogadishu", "Somalia"),
    ("Maiduguri", "Nigeria"),
    ("Sanaa", "Yemen"),
]
TARGETS = ["market", "mosque", "hotel", "police station", "checkpoint", "school", "bus"]
GROUPS = ["the Islamic State", "the Taliban", "al-Shabaab", "Boko Haram"]
OUTLETS = ["Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Xinhua", "Dawn", "Anadolu"]
SPEAKERS = ["police said", "a health ministry spokesman said", "officials said", "witnesses said"]
OPENINGS = [
    "A suicide bomber attacked a {target} in {city} on {day}, killing {killed} people and "
    "wounding {wounded}, {speaker}.",
    "At least {killed} people were killed when gunmen stormed a {target} in {city} on {day}, "
    "{speaker}.",
    "A car bomb exploded near a {target} in {city} on {day}, killing {killed} people, {speaker}.",
]
FILLER = [
    "Security forces sealed off the area and ambulances ferried the wounded to hospitals.",
    "Residents said security had been tightened across the city in recent weeks.",
    "The government condemned the attack and promised to find those responsible.",
    "Local traders said the area had been calm until the blast shook nearby buildings.",
    "Analysts said militants have stepped up attacks on soft targets across the region.",
    "Photographs shared online showed burned vehicles and debris scattered on the road.",
]
START = dt.date(2021, 3, 1)


@dataclass(frozen=True)
class _Event:
    city: str
    country: str
    target: str
    day: dt.date
    killed: int
    wounded: int
    group: str


def _events(rng: random.Random, count: int) -> list[_Event]:
    events = []
    for _ in range(count):
        city, country = rng.choice(CITIES)
        events.append(
            _Event(
                city=city,
                country=country,
                target=rng.choice(TARGETS),
                day=START + dt.timedelta(days=rng.randrange(90)),
                killed=rng.randint(2, 60),
                wounded=rng.randint(0, 90),
                group=rng.choice(GROUPS),
            )
        )
    return events


def _day(rng: random.Random, event: _Event, published: dt.date) -> str:
    if published - event.day < dt.timedelta(days=6) and rng.random() < 0.6:
        return event.day.strftime("%A")
    return f"{event.day:%B} {event.day.day}"


def _report(
    rng: random.Random, event: _Event, outlet: str, earlier: _Event | None, filler: int
) -> tuple[str, dt.date]:
    published = event.day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
    killed = max(1, event.killed + rng.choice([0, 0, 0, -2, 3, 7]))
    wounded = event.wounded + rng.choice([0, 0, 5])
    opening = rng.choice(OPENINGS).format(
        target=event.target,
        city=event.city,
        day=_day(rng, event, published),
        killed=killed,
        wounded=wounded,
        speaker=rng.choice(SPEAKERS),
    )
    paragraphs = [
        f"Attack on {event.target} in {event.city}",
        f"{event.city.upper()} ({outlet}) - {opening}",
    ]
    if rng.random() < 0.5:
        claimed = killed + rng.choice([0, 5, 12])
        paragraphs.append(
            f"{event.group[0].upper()}{event.group[1:]} claimed responsibility for the attack, "
            f"saying {claimed} were killed."
        )
    if rng.random() < 0.3:
        paragraphs.append(f"The death toll rose to {killed + rng.randint(1, 9)}, officials said.")
    if earlier is not None:
        paragraphs.append(
            f"On {earlier.day:%B} {earlier.day.day}, an attack on a {earlier.target} in "
            f"{earlier.city} killed {earlier.killed} people."
        )
    # Paragraphs without figures make the reports as long as real ones.
    paragraphs.extend(" ".join(rng.sample(FILLER, 4)) for _ in range(filler))
    return "\n\n".join(paragraphs) + "\n", published


def generate(documents: int, seed: int = 20261201, filler: int = 0) -> list[Document]:
    """Return ``documents`` generated news reports, about four to an event.

    ``filler`` paragraphs without figures (about 300 characters each) lengthen each report.
    """
    rng = random.Random(seed)
    events = _events(rng, max(1, documents // 4))
    by_city: dict[str, list[_Event]] = {}
    for event in sorted(events, key=lambda e: e.day):
        by_city.setdefault(event.city, []).append(event)
    out: list[Document] = []
    while len(out) < documents:
        event = rng.choice(events)
        before = [e for e in by_city[event.city] if e.day < event.day]
        earlier = rng.choice(before) if before and rng.random() < 0.3 else None
        outlet = rng.choice(OUTLETS)
        text, published = _report(rng, event, outlet, earlier, filler)
        out.append(Document(id=f"g{len(out):07d}", text=text, published=published, outlet=outlet))
    return out


def write_jsonl(documents: list[Document], path: Path) -> Path:
    """Write documents to a JSON Lines file, one a line, and return its path."""
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document.model_dump(mode="json")) + "\n")
    return path
