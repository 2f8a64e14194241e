"""Small synthetic news corpora for the store's tests and benchmark.

Each article reports an attack in a city on a day, with a toll, a source and sometimes a
claim of responsibility. Articles about one attack agree or disagree on the toll, so the
corpus has events told by several documents, merges across batches and contradictions.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from claimrecon.models import Document

CITIES = [
    ("Kabul", "Afghanistan"),
    ("Baghdad", "Iraq"),
    ("Mogadishu", "Somalia"),
    ("Peshawar", "Pakistan"),
    ("Maiduguri", "Nigeria"),
    ("Aden", "Yemen"),
    ("Quetta", "Pakistan"),
    ("Mosul", "Iraq"),
]
TARGETS = ["market", "mosque", "police station", "checkpoint", "hotel", "school"]
GROUPS = ["the Taliban", "the Islamic State", "al-Shabaab", "Boko Haram"]
SOURCES = ["police said", "a health official said", "the interior ministry said"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random, number: int, day: dt.date, attack: int) -> Document:
    """Return one article about attack number ``attack`` on ``day``."""
    local = random.Random(attack)  # the attack's facts, shared by every report of it
    city, country = local.choice(CITIES)
    target = local.choice(TARGETS)
    group = local.choice(GROUPS)
    killed = local.randint(3, 40) + rng.choice([0, 0, 0, 5])  # some reports disagree
    wounded = local.randint(5, 80)
    published = day + dt.timedelta(days=rng.choice([0, 0, 1]))
    weekday = WEEKDAYS[day.weekday()]
    lines = [
        f"Attack on {target} in {city}",
        "",
        f"{city.upper()}, {country} (Reuters) - A suicide bomber killed {killed} people and "
        f"wounded {wounded} others at a {target} in {city} on {weekday}, {rng.choice(SOURCES)}.",
        "",
    ]
    if rng.random() < 0.5:
        lines.append(f"{group.capitalize()} claimed responsibility for the attack.")
    else:
        lines.append(f"No group has claimed responsibility; officials blamed {group}.")
    return Document(
        id=f"a{number:06d}",
        text="\n".join(lines) + "\n",
        published=published,
        outlet=rng.choice(["Reuters", "AP", "AFP", None]),
    )


def corpus(
    n: int, *, start: dt.date = dt.date(2020, 1, 1), per_day: int = 10, seed: int = 0
) -> Iterator[Document]:
    """Yield ``n`` articles over ``n / per_day`` days, three reports an attack on average."""
    rng = random.Random(seed)
    for number in range(n):
        day = start + dt.timedelta(days=number // per_day)
        # Attacks are numbered within their day, so reports of one attack share its day.
        attack = (day - dt.date(2000, 1, 1)).days * 1000 + rng.randrange(max(1, per_day // 3))
        yield article(rng, number, day, attack)
