"""A generated news corpus: many reports of overlapping events, for scale and equivalence.

Events are drawn from few cities, targets and weeks, so that many share a block (the same
month and target, or the same month and place) without being one event; each event is
told by one to eight outlets that disagree on the toll, blame different groups, date it by
weekday or by date, and sometimes recall an earlier attack in the same city. Up to 500
events (2,000 reports) fall in 90 days; a larger corpus spans proportionally more days, as a
feed followed for longer does, so that a block holds about as many events whatever the
size of the corpus. The same seed gives the same corpus.

Each outlet writes its own report: its lead, headline and background paragraphs are put
together from interchangeable parts and people's names, so two reports share a run of
wording long enough to be a copied passage only where the generator means it:

- **wire copies** (``wire``, the share of reports that are one): an outlet reprints an
  agency's report of the same event, dateline and all, sometimes with the toll edited or
  a paragraph of its own added;
- **boilerplate** (``background``, the share of reports that carry it): one paragraph of
  context that many reports reuse word for word, so that its fingerprints are held by
  more documents than a posting pairs (a hub), as a press pack's or an agency's standard
  background is in real news.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import claimrecon
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
AGENCIES = ["Reuters", "AP", "AFP", "Xinhua", "Anadolu"]
OUTLETS = [*AGENCIES, "BBC", "Al Jazeera", "Dawn"]
SPEAKERS = [
    "police said",
    "a health ministry spokesman said",
    "officials said",
    "witnesses said",
    "a police spokesman said",
    "local officials said",
    "the interior ministry said",
    "a hospital official said",
    "a provincial spokesman said",
]
BOMBERS = ["A suicide bomber", "An attacker", "A suicide attacker", "A bomber"]
STRUCK = ["attacked", "struck", "targeted", "hit"]
GUNMEN = ["gunmen", "militants", "armed men", "attackers"]
STORMED = ["stormed", "raided", "opened fire on", "attacked"]
BOMBS = ["A car bomb", "A roadside bomb", "A truck bomb", "A motorcycle bomb", "A bomb"]
EXPLODED = ["exploded", "went off"]
NEAR = ["near", "outside", "close to", "next to"]
KILLING = [
    "killing {killed} people and wounding {wounded}",
    "killing {killed} and wounding {wounded} others",
    "leaving {killed} people dead and {wounded} wounded",
    "killing at least {killed} people and injuring {wounded}",
]
OPENINGS = [
    "{bomber} {struck} a {target} in {city} on {day}, {killing}, {speaker}.",
    "At least {killed} people were killed when {gunmen} {stormed} a {target} in {city} on "
    "{day}, {speaker}.",
    "{bomb} {exploded} {near} a {target} in {city} on {day}, killing {killed} people, {speaker}.",
]
CHANNELS = ["in a statement", "online", "on social media", "through its agency", "in a message"]
CLAIMS = [
    "{group} claimed responsibility {channel}, saying {claimed} were killed.",
    "{group} claimed the attack {channel}, saying {claimed} were killed.",
]
ROSE = ["rose", "later rose", "climbed", "has risen", "had risen"]
TOLLS = [
    "The death toll {rose} to {toll}, {speaker}.",
    "By evening the toll {rose} to {toll}, {speaker}.",
]
RECALLS = [
    "On {day}, an attack on a {target} in {city} killed {killed} people.",
    "Earlier, on {day}, an attack on a {target} in {city} killed {killed} people.",
]
HEADLINES = [
    "Attack on {target} in {city}",
    "{city}: attack on {target}",
    "Militants strike {target} in {city}",
    "Violence in {city}",
    "{city} {target} attack",
]
# Background paragraphs: each sentence a person's name, their trade, and what they
# spoke of, put together from these parts, short enough that every run of eight words
# (a shingle) holds a name: two reports share one only by chance, and no sentence is long
# enough to be a copied passage on its own. No figures, dates, places
# or blame, so that they add no claim.
FIRST = [
    "Ahmad",
    "Farid",
    "Hamid",
    "Nasir",
    "Omar",
    "Yusuf",
    "Bilal",
    "Karim",
    "Samir",
    "Tariq",
    "Zainab",
    "Amina",
    "Fatima",
    "Layla",
    "Nadia",
    "Sara",
    "Hawa",
    "Maryam",
    "Idris",
    "Musa",
    "Abdullah",
    "Hassan",
    "Jamal",
    "Khalid",
    "Rashid",
    "Salma",
    "Huda",
    "Aisha",
    "Rania",
    "Mahmoud",
]
LAST = [
    "Rahimi",
    "Noori",
    "Karimi",
    "Hussaini",
    "Abdi",
    "Yusufzai",
    "Bello",
    "Haidari",
    "Saleh",
    "Qasim",
    "Farah",
    "Osman",
    "Sultani",
    "Latifi",
    "Hashimi",
    "Ibrahim",
    "Mansour",
    "Aziz",
    "Jama",
    "Danjuma",
    "Sharifi",
    "Nazari",
    "Hamdan",
    "Warsame",
    "Adamu",
    "Taheri",
    "Sadiq",
    "Barakzai",
    "Khalil",
    "Obeid",
]
JOBS = [
    "shopkeeper",
    "teacher",
    "driver",
    "student",
    "nurse",
    "tailor",
    "baker",
    "mechanic",
    "vendor",
    "pharmacist",
    "farmer",
    "clerk",
]
SPOKE = [
    "described",
    "mentioned",
    "recalled",
    "feared",
    "noticed",
    "spoke of",
    "worried about",
    "complained of",
    "pointed to",
    "talked about",
]
WHAT = [
    "broken windows",
    "thick smoke",
    "slow ambulances",
    "rising prices",
    "closed shops",
    "power cuts",
    "anxious crowds",
    "sealed roads",
    "missing relatives",
    "scattered debris",
    "burned cars",
    "a strict curfew",
    "extra patrols",
    "blood donors",
    "empty streets",
    "long queues for bread",
    "shuttered stalls",
    "frightened children",
    "wailing sirens",
    "shattered glass",
]
BACKGROUND = (
    "Armed groups have stepped up their campaign in the region in recent years, and the "
    "government says its forces are stretched thin along the borders and in the countryside, "
    "where many roads are closed to traffic after dark."
)
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
    days = max(90, count * 90 // 500)
    for _ in range(count):
        city, country = rng.choice(CITIES)
        events.append(
            _Event(
                city=city,
                country=country,
                target=rng.choice(TARGETS),
                day=START + dt.timedelta(days=rng.randrange(days)),
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


def _opening(rng: random.Random, event: _Event, published: dt.date, killed: int) -> str:
    return rng.choice(OPENINGS).format(
        bomber=rng.choice(BOMBERS),
        struck=rng.choice(STRUCK),
        gunmen=rng.choice(GUNMEN),
        stormed=rng.choice(STORMED),
        bomb=rng.choice(BOMBS),
        exploded=rng.choice(EXPLODED),
        near=rng.choice(NEAR),
        target=event.target,
        city=event.city,
        day=_day(rng, event, published),
        killing=rng.choice(KILLING).format(
            killed=killed, wounded=event.wounded + rng.choice([0, 0, 5])
        ),
        killed=killed,
        speaker=rng.choice(SPEAKERS),
    )


def _sentence(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}, a {rng.choice(JOBS)},"
    return f"{name} {rng.choice(SPOKE)} {rng.choice(WHAT)}."


def _report(
    rng: random.Random,
    event: _Event,
    outlet: str,
    earlier: _Event | None,
    filler: int,
    background: float,
) -> tuple[str, dt.date]:
    published = event.day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
    killed = max(1, event.killed + rng.choice([0, 0, 0, -2, 3, 7]))
    headline = rng.choice(HEADLINES).format(target=event.target, city=event.city)
    paragraphs = [
        headline[0].upper() + headline[1:],
        f"{event.city.upper()} ({outlet}) - {_opening(rng, event, published, killed)}",
    ]
    # A witness's paragraph between the paragraphs with figures, as in real reports: the
    # formulaic sentences that tell figures are too short to be a copied passage alone.
    if rng.random() < 0.5:
        paragraphs.append(_sentence(rng))
        claimed = killed + rng.choice([0, 5, 12])
        group = event.group[0].upper() + event.group[1:]
        channel = rng.choice(CHANNELS)
        paragraphs.append(rng.choice(CLAIMS).format(group=group, channel=channel, claimed=claimed))
    if rng.random() < 0.3:
        paragraphs.append(_sentence(rng))
        toll = killed + rng.randint(1, 9)
        rose, speaker = rng.choice(ROSE), rng.choice(SPEAKERS)
        paragraphs.append(rng.choice(TOLLS).format(rose=rose, toll=toll, speaker=speaker))
    if earlier is not None:
        paragraphs.append(_sentence(rng))
        paragraphs.append(
            rng.choice(RECALLS).format(
                day=f"{earlier.day:%B} {earlier.day.day}",
                target=earlier.target,
                city=earlier.city,
                killed=earlier.killed,
            )
        )
    # Paragraphs without figures make the reports as long as real ones.
    paragraphs.extend(" ".join(_sentence(rng) for _ in range(4)) for _ in range(filler))
    if rng.random() < background:
        paragraphs.append(BACKGROUND)
    return "\n\n".join(paragraphs) + "\n", published


def _reprint(rng: random.Random, wire: Document, outlet: str) -> tuple[str, dt.date]:
    """An outlet's reprint of an agency's report: its own headline, sometimes an edit."""
    assert wire.published is not None
    published = wire.published + dt.timedelta(days=rng.choice([0, 0, 1]))
    paragraphs = wire.text.rstrip("\n").split("\n\n")
    paragraphs[0] = f"{paragraphs[0]} ({outlet})"
    if rng.random() < 0.3:
        paragraphs.append(" ".join(_sentence(rng) for _ in range(3)))
    text = "\n\n".join(paragraphs) + "\n"
    if rng.random() < 0.2:
        # An edited toll: the copy tells another figure than its wire.
        more = rng.choice([1, 2, 5])
        text = re.sub(r"\d+(?= people)", lambda m: str(int(m.group()) + more), text, count=1)
    return text, published


def generate(
    documents: int,
    seed: int = 20261201,
    filler: int = 0,
    *,
    wire: float = 0.15,
    background: float = 0.0,
) -> list[Document]:
    """Return ``documents`` generated news reports, about four to an event.

    Args:
        documents: How many reports.
        seed: The same seed gives the same corpus.
        filler: Paragraphs without figures (about 330 characters each) in each report.
        wire: The share of reports that reprint an agency's earlier report of their event.
        background: The share of reports that end with the shared background paragraph.
    """
    rng = random.Random(seed)
    events = _events(rng, max(1, documents // 4))
    by_city: dict[str, list[_Event]] = {}
    for event in sorted(events, key=lambda e: e.day):
        by_city.setdefault(event.city, []).append(event)
    wires: dict[_Event, list[Document]] = {}
    out: list[Document] = []
    while len(out) < documents:
        event = rng.choice(events)
        doc_id = f"g{len(out):07d}"
        sent = wires.get(event)
        if sent and rng.random() < wire:
            outlet = rng.choice([o for o in OUTLETS if o not in AGENCIES])
            text, published = _reprint(rng, rng.choice(sent), outlet)
            out.append(Document(id=doc_id, text=text, published=published, outlet=outlet))
            continue
        before = [e for e in by_city[event.city] if e.day < event.day]
        earlier = rng.choice(before) if before and rng.random() < 0.3 else None
        outlet = rng.choice(OUTLETS)
        text, published = _report(rng, event, outlet, earlier, filler, background)
        document = Document(id=doc_id, text=text, published=published, outlet=outlet)
        if outlet in AGENCIES:
            wires.setdefault(event, []).append(document)
        out.append(document)
    return out


def write_jsonl(documents: list[Document], path: Path) -> Path:
    """Write documents to a JSON Lines file, one a line, and return its path."""
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document.model_dump(mode="json")) + "\n")
    return path


def single(documents: list[Document]) -> claimrecon.Report:
    """The single-process report, documents in the order the Parquet dataset reads back."""
    return claimrecon.analyze(sorted(documents, key=lambda d: d.id))
