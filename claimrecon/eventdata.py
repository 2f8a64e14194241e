"""Rows in the columns of the two standard event datasets: UCDP GED and ACLED.

One row an event. The columns are the datasets' own names, in their own order, and only
those claimrecon can fill from what it reads: an event's date window, its place as the
gazetteer resolved it, who the sources name as perpetrator, its figures by subject, its
estimates and its documents. ``docs/exports.md`` gives every column's mapping and the
rows' limits; the ids of conflicts, dyads and actors these datasets keep are theirs to
give and are left out.

Example:
    >>> from claimrecon.models import Event, Report
    >>> report = Report(events=(Event(id="e1", date=dt.date(2017, 7, 31),
    ...                               date_precision="day"),))
    >>> row = ged_rows(report)[0]
    >>> row["date_start"], row["date_end"], row["date_prec"]
    ('2017-07-31', '2017-07-31', 1)

May import: the extract (date windows, the gazetteer), independence (each claim's
provenance), vocab and models modules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimrecon import models
from claimrecon.extract import Gazetteer, date_window, division_of
from claimrecon.independence import provenance_of
from claimrecon.vocab import Lexicon

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_TYPES",
    "GED_COLUMNS",
    "GED_TYPES",
    "acled_rows",
    "ged_rows",
    "headline",
]

GED_COLUMNS = (
    "id",
    "relid",
    "year",
    "type_of_violence",
    "dyad_name",
    "side_a",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
)
"""The UCDP GED columns ``--format ged`` writes, in the order of the GED codebook (version
25.1; the same 49 columns since 23.1): a subsequence of its list."""

GED_TYPES: Mapping[str, type] = {
    **dict.fromkeys(GED_COLUMNS, str),
    **dict.fromkeys(
        ("id", "year", "type_of_violence", "number_of_sources", "where_prec", "date_prec",
         "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low"),
        int,
    ),
    "latitude": float,
    "longitude": float,
}  # fmt: skip
"""Each GED column's type in the codebook (a date is ISO text): what a filled cell holds."""

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "civilian_targeting",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
)
"""The ACLED columns ``--format acled`` writes, in the order of ACLED's exports (the
31-column layout of March 2023): a subsequence of its list."""

ACLED_TYPES: Mapping[str, type] = {
    **dict.fromkeys(ACLED_COLUMNS, str),
    **dict.fromkeys(("year", "time_precision", "geo_precision", "fatalities"), int),
    "latitude": float,
    "longitude": float,
}
"""Each ACLED column's type in its exports (a date is ISO text): what a filled cell holds."""

_SEP = "; "

# --- dates and places ----------------------------------------------------------------------

_GED_DATE_PREC = {
    models.DatePrecision.DAY: 1,
    models.DatePrecision.PERIOD: 3,  # the only period claimrecon reads is a week
    models.DatePrecision.MONTH: 4,
    models.DatePrecision.SEASON: 5,
    models.DatePrecision.YEAR: 5,
}
"""GED's date_prec: 1 the day, 2 two to six days, 3 a week, 4 a month, 5 up to a year."""

_ACLED_TIME_PREC = {models.DatePrecision.DAY: 1, models.DatePrecision.PERIOD: 2}
"""ACLED's time_precision: 1 the day, 2 the week, 3 the month or more (the rest)."""

_GED_WHERE_PREC = {"city": 1, "division": 4, "country": 6}
"""GED's where_prec: 1 the place itself, 4 a first-order division, 6 only the country."""

_ACLED_GEO_PREC = {"city": 1, "division": 3, "country": 3}
"""ACLED's geo_precision: 1 the town, 3 a larger region (a province or the country)."""


def _ged_id(event_id: str) -> int:
    """Return a GED ``id`` for an event: an integer, as GED's are, the same for the same event.

    48 bits of a hash of claimrecon's event id, far above GED's own ids (six digits), so
    that rows joined to GED's do not take its events' ids; ``relid`` keeps the event id.
    """
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:12], 16)


def _middle(window: tuple[dt.date, dt.date]) -> dt.date:
    """Return the middle day of a date window, the day ACLED codes a week or a month by."""
    return window[0] + (window[1] - window[0]) // 2


def _window(event: models.Event) -> tuple[dt.date, dt.date] | None:
    if event.date is None:
        return None
    ref = models.DateRef(
        text="", value=event.date, precision=event.date_precision or models.DatePrecision.DAY
    )
    return date_window(ref)


@dataclass(frozen=True)
class _Where:
    """An event's place in the terms both datasets use."""

    country: str | None
    admin1: str | None
    name: str | None
    latitude: float | None
    longitude: float | None
    level: str | None


def _where(event: models.Event, country_name: Callable[[str], str]) -> _Where:
    place = event.place
    if place is None:
        return _Where(None, None, event.location, None, None, None)
    code = place.country
    return _Where(
        country=country_name(code) if code else None,
        admin1=_admin1(place),
        name=place.name,
        latitude=place.latitude,
        longitude=place.longitude,
        level=place.level,
    )


def _admin1(place: models.Place) -> str | None:
    """Return the name of a place's first-level division, or GeoNames' key for it.

    Both datasets want the name; without the division table only the key is known.
    """
    if place.level == "division":
        return place.name
    division = division_of(place)
    if division is not None:
        return division.name
    code = place.country
    return f"{code}.{place.division}" if code and place.division else None


def _country_namer(report: models.Report) -> Callable[[str], str]:
    """Return a function naming a country by its ISO code ("AF" is "Afghanistan")."""
    if not any(e.place for e in report.events):
        return str
    gazetteer = Gazetteer(Lexicon.default())
    return lambda code: gazetteer.country_name(code) or code


# --- figures -------------------------------------------------------------------------------


def headline(estimates: Sequence[models.Estimate], metric: models.Metric) -> tuple[Any, Any, Any]:
    """Return low, best and high of ``metric`` over everyone, as GED counts deaths.

    An estimate for ``people`` is used when there is one; otherwise the estimates whose
    subjects nest in no other estimate's subject are added up, since those count
    different people.
    """
    found = [e for e in estimates if e.metric is metric]
    if not found:
        return None, None, None
    for e in found:
        if e.subject is models.Subject.PEOPLE:
            return e.low, e.best, e.high
    subjects = {e.subject for e in found}
    top = [e for e in found if not any(s.contains(e.subject) for s in subjects - {e.subject})]

    def total(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v for v in values if v)

    return (
        total([e.low for e in top]),
        total([e.best for e in top]),
        total([e.high for e in top]),
    )


_HURT = (models.Metric.KILLED, models.Metric.WOUNDED, models.Metric.CASUALTIES)

_CLASSES = (models.Subject.CIVILIANS, models.Subject.SECURITY_FORCES, models.Subject.MILITANTS)
"""The subjects whose deaths GED keeps apart: civilians, each side's fighters."""


def _deaths_by_class(estimates: Sequence[models.Estimate]) -> dict[models.Subject, int]:
    """Return the best count of the killed in each class of :data:`_CLASSES` the figures give."""
    killed = [e for e in estimates if e.metric is models.Metric.KILLED and e.best is not None]
    found: dict[models.Subject, int] = {}
    for root in _CLASSES:
        inside = [e for e in killed if root.contains(e.subject)]
        if not inside:
            continue
        subjects = {e.subject for e in inside}
        top = [e for e in inside if not any(s.contains(e.subject) for s in subjects - {e.subject})]
        found[root] = sum(e.best or 0 for e in top)
    return found


# --- who fought whom ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Sides:
    """The dyad GED codes: the type of violence, the two sides and whose dead are whose."""

    violence: int | None
    side_a: str | None
    side_b: str | None
    class_a: models.Subject | None
    class_b: models.Subject | None


_NAMING = (
    models.Stance.CLAIMED,
    models.Stance.ASSERTED,
    models.Stance.BELIEVED,
    models.Stance.SUSPECTED,
)


def _perpetrator(claims: Sequence[models.AttributionClaim]) -> str | None:
    """Return the actor the sources name most, a claim of responsibility counting first."""
    named = [c for c in claims if c.stance in _NAMING]
    if not named:
        return None
    claimed = Counter(c.actor for c in named if c.stance is models.Stance.CLAIMED)
    cited = Counter(c.actor for c in named)
    return max(sorted(cited), key=lambda actor: (claimed[actor], cited[actor]))


def _sides(
    event: models.Event,
    perpetrator: str | None,
    killed: Mapping[models.Subject, int],
    where: _Where,
) -> _Sides:
    """Code the dyad by GED's conventions: a government is side A of state-based violence."""
    if perpetrator is None:
        return _Sides(None, None, None, None, None)
    government = f"Government of {where.country}" if where.country else None
    if perpetrator in Lexicon.default().actors.state_actors:
        return _Sides(
            1, perpetrator, None, models.Subject.SECURITY_FORCES, models.Subject.MILITANTS
        )
    fought = killed.get(models.Subject.SECURITY_FORCES) or event.kind is models.EventKind.BATTLE
    if fought:
        return _Sides(
            1, government, perpetrator, models.Subject.SECURITY_FORCES, models.Subject.MILITANTS
        )
    return _Sides(3, perpetrator, "Civilians", models.Subject.MILITANTS, None)


def _breakdown(
    sides: _Sides, killed: Mapping[models.Subject, int], best: int | None
) -> dict[str, int | None]:
    """Split ``best`` into GED's deaths columns; all empty when the figures do not add up."""
    empty: dict[str, int | None] = dict.fromkeys(
        ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
    )
    if best is None:
        return empty
    a = killed.get(sides.class_a, 0) if sides.class_a else 0
    b = killed.get(sides.class_b, 0) if sides.class_b else 0
    civilians = killed.get(models.Subject.CIVILIANS, 0)
    unknown = best - a - b - civilians
    if unknown < 0:
        return empty
    return {"deaths_a": a, "deaths_b": b, "deaths_civilians": civilians, "deaths_unknown": unknown}


# --- sources ---------------------------------------------------------------------------------


def _documents(
    event: models.Event, report: models.Report, members: Sequence[Any]
) -> list[models.Document]:
    by_id = {d.id: d for d in report.documents}
    ids = event.documents or tuple(dict.fromkeys(c.span.doc for c in members))
    return [by_id[i] for i in ids if i in by_id]


def _article(document: models.Document) -> str:
    """Cite a document as GED's source_article does: outlet, date and headline."""
    parts = [
        document.outlet or document.id,
        document.published.isoformat() if document.published else "",
        f'"{document.title}"' if document.title else "",
    ]
    return ", ".join(p for p in parts if p)


def _column(documents: Sequence[models.Document], field: str) -> str | None:
    values = [getattr(d, field) for d in documents]
    shown = [v.isoformat() if isinstance(v, dt.date) else v for v in values if v]
    return _SEP.join(dict.fromkeys(shown)) or None


# --- the rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _EventFacts:
    """What both datasets' rows are made of, for one event."""

    event: models.Event
    members: tuple[Any, ...]
    documents: tuple[models.Document, ...]
    where: _Where
    window: tuple[dt.date, dt.date] | None
    low: int | None
    best: int | None
    high: int | None
    killed: Mapping[models.Subject, int]
    estimates: tuple[models.Estimate, ...]
    perpetrator: str | None
    sides: _Sides


def _facts(report: models.Report) -> list[_EventFacts]:
    claims = {c.id: c for c in report.claims}
    estimates: dict[str, list[models.Estimate]] = defaultdict(list)
    for e in report.estimates:
        estimates[e.event].append(e)
    names = _country_namer(report)
    found = []
    for event in report.events:
        members = tuple(claims[c] for c in event.claims if c in claims)
        where = _where(event, names)
        low, best, high = headline(estimates[event.id], models.Metric.KILLED)
        killed = _deaths_by_class(estimates[event.id])
        perpetrator = _perpetrator([c for c in members if isinstance(c, models.AttributionClaim)])
        found.append(
            _EventFacts(
                event=event,
                members=members,
                documents=tuple(_documents(event, report, members)),
                where=where,
                window=_window(event),
                low=low,
                best=best,
                high=high,
                killed=killed,
                estimates=tuple(estimates[event.id]),
                perpetrator=perpetrator,
                sides=_sides(event, perpetrator, killed, where),
            )
        )
    return found


def ged_rows(report: models.Report) -> list[dict[str, Any]]:
    """Return one row an event in the columns of the UCDP GED (:data:`GED_COLUMNS`).

    ``best``/``low``/``high`` are the event's ``killed`` estimates over everyone under the
    policy the report was estimated with; ``deaths_*`` split ``best`` by the subjects the
    figures name, and are empty when they do not add up to it.
    """
    rows = []
    for f in _facts(report):
        row: dict[str, Any] = dict.fromkeys(GED_COLUMNS)
        row.update(
            id=_ged_id(f.event.id),
            relid=f.event.id,
            **_ged_sides(f.sides),
            **_ged_sources(f.documents),
            **_ged_where(f),
            **_ged_when(f),
            best=f.best,
            high=f.high,
            low=f.low,
            **_breakdown(f.sides, f.killed, f.best),
        )
        rows.append(row)
    return rows


def _ged_sides(sides: _Sides) -> dict[str, Any]:
    """Return the GED columns of who fought: the kind of violence, the dyad and its sides."""
    return {
        "type_of_violence": sides.violence,
        "dyad_name": f"{sides.side_a} - {sides.side_b}" if sides.side_a and sides.side_b else None,
        "side_a": sides.side_a,
        "side_b": sides.side_b,
    }


def _ged_sources(documents: Sequence[models.Document]) -> dict[str, Any]:
    """Return the GED columns of the sources: how many, their articles, outlets and dates."""
    return {
        "number_of_sources": len(documents),
        "source_article": _SEP.join(_article(d) for d in documents) or None,
        "source_office": _column(documents, "outlet"),
        "source_date": _column(documents, "published"),
        "source_headline": _column(documents, "title"),
    }


def _ged_where(f: _EventFacts) -> dict[str, Any]:
    """Return the GED columns of where: precision, place, division, coordinates, country."""
    where = f.where
    return {
        "where_prec": _GED_WHERE_PREC.get(where.level or ""),
        "where_coordinates": where.name if where.level else None,
        "where_description": ", ".join(x for x in (f.event.target, f.event.location) if x) or None,
        "adm_1": where.admin1,
        "latitude": where.latitude,
        "longitude": where.longitude,
        "geom_wkt": _wkt(where),
        "country": where.country,
    }


def _ged_when(f: _EventFacts) -> dict[str, Any]:
    """Return the GED columns of when: the year, the date's precision, its first and last day."""
    window = f.window
    if not window:
        return {"year": None, "date_prec": None, "date_start": None, "date_end": None}
    return {
        "year": window[0].year,
        "date_prec": _GED_DATE_PREC.get(f.event.date_precision or models.DatePrecision.DAY),
        "date_start": window[0].isoformat(),
        "date_end": window[1].isoformat(),
    }


def _wkt(where: _Where) -> str | None:
    if where.latitude is None or where.longitude is None:
        return None
    return f"POINT ({where.longitude} {where.latitude})"


# --- ACLED ---------------------------------------------------------------------------------

_WEAPONS = (
    (re.compile(r"\bsuicide\b", re.I), "Suicide bomb"),
    (re.compile(r"\b(air ?strikes?|air raids?|drones?|warplanes?|jets|bombers)\b", re.I),
     "Air/drone strike"),
    (re.compile(r"\b(shell(ing|ed)?|artillery|missiles?|rockets?|mortars?)\b", re.I),
     "Shelling/artillery/missile attack"),
    (re.compile(r"\bgrenades?\b", re.I), "Grenade"),
    (re.compile(r"\b(ieds?|landmines?|bomb(s|ing|ings)?|blasts?|explosions?|explosives?)\b",
                re.I), "Remote explosive/landmine/IED"),
)  # fmt: skip
"""Wordings of a weapon in an event's quotes and ACLED's sub-event type for it, first match
first: a suicide car bombing is a suicide bomb."""


_REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack")
"""The weapons of a strike: what it is, whatever else its quotes mention."""


def _weapon(facts: _EventFacts) -> str | None:
    text = " ".join([facts.event.target or "", *(c.quote for c in facts.members)])
    for pattern, sub_event in _WEAPONS:
        if pattern.search(text) and (
            facts.event.kind is not models.EventKind.STRIKE or sub_event in _REMOTE
        ):
            return sub_event
    return None


def _event_type(facts: _EventFacts) -> tuple[str, str]:
    """Return ACLED's event type and sub-event type of an event."""
    weapon = _weapon(facts)
    if weapon is not None:
        return "Explosions/Remote violence", weapon
    kind = facts.event.kind
    if kind is models.EventKind.STRIKE:
        return "Explosions/Remote violence", "Air/drone strike"
    if kind is models.EventKind.ATTACK and facts.sides.violence == 3:
        return "Violence against civilians", "Attack"
    return "Battles", "Armed clash"


def _victims(facts: _EventFacts) -> str | None:
    """Name ACLED's actor2 from whom the estimates count among the dead and wounded."""
    country = facts.where.country
    subjects = {e.subject for e in facts.estimates if e.metric in _HURT and (e.best or e.low)}
    if models.Subject.POLICE in subjects and country:
        return f"Police Forces of {country}"
    if any(models.Subject.SECURITY_FORCES.contains(s) for s in subjects) and country:
        return f"Military Forces of {country}"
    if any(models.Subject.CIVILIANS.contains(s) for s in subjects) or facts.sides.violence == 3:
        return f"Civilians ({country})" if country else "Civilians"
    return None


def _scale(report: models.Report, facts: _EventFacts) -> str | None:
    """Say "International" when a news agency is credited with a claim, else nothing."""
    provenance = provenance_of(report)
    agencies = {
        provenance[c.id].agency
        for c in facts.members
        if c.id in provenance and provenance[c.id].agency
    }
    return "International" if agencies else None


def _notes(facts: _EventFacts, fatalities: int) -> str:
    event = facts.event
    when = f"On {facts.window[0].isoformat()}" if facts.window else "On an unknown date"
    if facts.window and facts.window[0] != facts.window[1]:
        when = f"Between {facts.window[0].isoformat()} and {facts.window[1].isoformat()}"
    who = facts.perpetrator or "unidentified perpetrators"
    # "operations on operations": a target that only names the kind is no target.
    named = event.target and event.kind.value[:5] not in event.target.lower()
    what = event.kind.value + (f" on {event.target}" if named else "")
    where = f" in {event.location}" if event.location else ""
    return f"{when}, {who}: {what}{where}. {fatalities} fatalities (the lowest estimate)."


def acled_rows(report: models.Report) -> list[dict[str, Any]]:
    """Return one row an event in the columns of ACLED (:data:`ACLED_COLUMNS`).

    ``fatalities`` is the conservative figure, the low estimate of the killed (ACLED
    writes 0 when no figure is given).
    """
    rows = []
    for f in _facts(report):
        event_type, sub_event = _event_type(f)
        fatalities = next((v for v in (f.low, f.best) if v is not None), 0)
        where = f.where
        row: dict[str, Any] = dict.fromkeys(ACLED_COLUMNS)
        row.update(
            event_id_cnty=f.event.id,
            event_date=_middle(f.window).isoformat() if f.window else None,
            year=f.window[0].year if f.window else None,
            time_precision=_ACLED_TIME_PREC.get(
                f.event.date_precision or models.DatePrecision.DAY, 3
            )
            if f.window
            else None,
            disorder_type="Political violence",
            event_type=event_type,
            sub_event_type=sub_event,
            actor1=f.perpetrator,
            actor2=_victims(f),
            civilian_targeting="Civilian targeting"
            if event_type == "Violence against civilians"
            else None,
            country=where.country,
            admin1=where.admin1,
            location=where.name,
            latitude=where.latitude,
            longitude=where.longitude,
            geo_precision=_ACLED_GEO_PREC.get(where.level or ""),
            source=_column(f.documents, "outlet"),
            source_scale=_scale(report, f),
            notes=_notes(f, fatalities),
            fatalities=fatalities,
        )
        rows.append(row)
    return rows
