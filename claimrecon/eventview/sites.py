"""The sites of an event's figures: which mentions name one place, and how many places a text names.

A coordinated attack hits several places, and each outlet names them its own way: "the
Velka church in Okvara", "St Velka's in the city of Okvara", "the church", "in Okvara".
:mod:`.scope` reads each figure's site as a :class:`Site` mention; this module joins the
mentions that name one place, so that a site's figures are compared with that site's
figures only, and counts the places a text gives figures for.

Two mentions name one place when they share a name ("the Velka church", "the Velka
cathedral"), or a kind and a town ("the Velka church in Okvara", "the church of St Dunmar
in Okvara"). A mention with neither name nor town ("the church") is the one place of its
kind when the event names only one; a town alone ("20 were wounded in Okvara") is the one
place named there when the event names only one.

May import: :mod:`claimrecon.connected`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimrecon.connected import components

__all__ = ["Site", "count_places", "place_keys"]


@dataclass(frozen=True)
class Site:
    """One mention of a site near a figure: its kind (``head``), name and town, if told."""

    head: str
    """The kind of place ("church", "hotel"); empty for a town named alone ("in Okvara")."""
    name: str
    start: int
    end: int
    joined: bool  # several sites joined in one phrase: the whole attack
    other: bool = False  # marked as one of several: "the nearby cafe", "this blast"
    town: str = ""
    """The town the site is said to stand in ("the Velka church in Okvara"), folded."""

    @property
    def told(self) -> str:
        """Say where, in an explanation: "at the velka church", "in okvara"."""
        if not self.head:
            return f"in {self.town}"
        return f"at the {f'{self.name} {self.head}'.strip()}"


def _places(sites: Sequence[Site], counting: frozenset[str]) -> list[list[int]]:
    """Return the mentions (by index) joined into the places they name."""
    links: list[tuple[int, int]] = []
    first: dict[tuple[str, ...], int] = {}
    for i, site in enumerate(sites):
        for token in _tokens(site, counting):
            links.append((first.setdefault(token, i), i))
    links += _shorter_names(sites, counting)
    places = components(range(len(sites)), links)
    # Twice: "the airport in Okvara" joins "the Velka airport" before "the airport" does.
    for _ in range(2):
        of: dict[int, int] = {i: n for n, place in enumerate(places) for i in place}
        for i, site in enumerate(sites):
            found = {of[j] for j in _hosts(sites, site)} - {of[i]}
            if len(found) == 1:
                links.append((i, places[found.pop()][0]))
        places = components(range(len(sites)), links)
    return places


def _tokens(site: Site, counting: frozenset[str]) -> Iterable[tuple[str, ...]]:
    """Return what a mention shares with the others that name its place."""
    if site.head and site.name:
        # A name told with another noun names one place ("the Zelvan Star nightclub",
        # "the Zelvan Star bar"); a counting site only with its own noun.
        yield ("named", site.head if site.head in counting else "", site.name)
    if site.head and site.town:
        yield ("at", site.head, site.town)
    if site.head and not site.name and not site.town:
        yield ("nameless", site.head)  # "the school", told twice: one school


def _shorter_names(sites: Sequence[Site], counting: frozenset[str]) -> list[tuple[int, int]]:
    """Join a name to the longer names of its kind that hold all its words.

    "the Velka church" and "the St Dunmar Velka church" name one church.
    """
    named: dict[tuple[str, str], int] = {}
    for i, site in enumerate(sites):
        if site.head and site.name:
            named.setdefault((site.head, site.name), i)
    links = []
    for (head, name), i in named.items():
        words = set(name.split())
        links += [
            (i, j)
            for (other_head, other), j in named.items()
            if other != name
            and (other_head == head or counting.isdisjoint((head, other_head)))
            and words < set(other.split())
        ]
    return links


def _hosts(sites: Sequence[Site], site: Site) -> list[int]:
    """Return the mentions a mention of no name of its own may stand for.

    A nameless site ("the club", "the church in Okvara") stands for the named sites of its
    kind ("the Zelvan Star nightclub"), or for the sites of its kind in its town; a town
    alone, for the sites said to stand there.
    """
    if site.name:
        return []
    if not site.head:
        return [j for j, other in enumerate(sites) if other.head and other.town == site.town]
    return [
        j
        for j, other in enumerate(sites)
        if (other.name or (other.town and not site.town)) and other.head.endswith(site.head)
    ]


def count_places(sites: Sequence[Site], counting: frozenset[str]) -> tuple[int, int]:
    """Count the distinct places among some mentions: the sites, and the towns.

    One place may be told by several nouns: "the Zelvan Star nightclub", then "the Zelvan
    Star bar", then "the club". A counting site with no name or town ("the hospital")
    counts no place of its own. Towns are counted apart: a site named elsewhere may stand
    in a town named alone ("30 were killed in Okvara").
    """
    sites = list(sites)
    headed = sum(
        any(
            sites[i].head and (sites[i].name or sites[i].town or sites[i].head not in counting)
            for i in place
        )
        for place in _places(sites, counting)
    )
    return headed, len({site.town for site in sites if site.town})


def place_keys(sites: Sequence[Site], texts: Sequence[str], counting: frozenset[str]) -> list[str]:
    """Return the key of each mention's place ("site:hotel", "site:church:velka").

    A place is keyed by its kind, most told first, and by its name or town as well where
    one of ``texts`` (the text of each mention) tells two places of that kind apart;
    otherwise the places of one kind are one place told by several names ("the Velka
    metro station", "the Velkaa station"). A town named alone is keyed by its town
    ("site:town:okvara").
    """
    sites = list(sites)
    places = _places(sites, counting)
    heads = [_kind(sites, place) for place in places]
    of = {i: n for n, place in enumerate(places) for i in place}
    in_text: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        in_text[text, heads[of[i]]].add(of[i])
    apart = {head for (_, head), found in in_text.items() if len(found) > 1}
    keys = [""] * len(sites)
    for place, head in zip(places, heads, strict=True):
        key = _key(sites, place, head, head in apart)
        for i in place:
            keys[i] = key
    return keys


def _kind(sites: Sequence[Site], place: Sequence[int]) -> str:
    """Return the kind a place is told by most often ("" for a town alone)."""
    told = Counter(sites[i].head for i in place if sites[i].head)
    return min(told, key=lambda h: (-told[h], h)) if told else ""


def _key(sites: Sequence[Site], place: Sequence[int], head: str, apart: bool) -> str:
    """Return a place's key: its kind, with its first name or town where told apart."""
    names = sorted({sites[i].name for i in place} - {""})
    labels = names or sorted({sites[i].town for i in place} - {""})
    if not head:
        return f"site:town:{labels[0]}" if labels else "site:town"
    return f"site:{head}:{labels[0]}" if apart and labels else f"site:{head}"
