"""What a document tells of an event: cues around a claim, mentions, date windows.

May import: the extract and models modules; nothing else of its package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claimrecon.extract import date_window
from claimrecon.models import DatePrecision, DateRef, EventKind, Place

_LEAD_SENTENCES = 6


# How far down a date told with an attack word may date the main event.
_BOUND_SENTENCES = 12


# How far before a weak target ("hospital") an attack word must be for it to count.
_WEAK_REACH = 40


# A main event is reported soon after it happens; an older date in the lead is background.
_RECENT = dt.timedelta(days=31)


# How many days after the main event a dated development of it may come.
_FOLLOW_UP = dt.timedelta(days=3)


# How far an event dated to a day may run into the next days, for merging reports.
_SPILL = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)


# How many days apart reports naming one site by its proper name may date it: a siege
# runs for days ("stormed on Saturday", "ended on Tuesday").
_SITE_DAYS = dt.timedelta(days=4)


def _near(a: Window | None, b: Window | None, by: dt.timedelta) -> bool:
    """Say whether two windows overlap once each is widened by ``by`` on both sides."""
    return (
        a is not None
        and b is not None
        and _shifted(a[0], -by) <= b[1]
        and _shifted(b[0], -by) <= a[1]
    )


# How many days before a statement ("police said on Sunday") the event it reports may be.
_REPORTED_WITHIN = dt.timedelta(days=3)


def _shifted(day: dt.date, by: dt.timedelta) -> dt.date:
    """Return ``day + by``, held at the calendar's ends instead of overflowing."""
    try:
        return day + by
    except OverflowError:
        return dt.date.max if by > dt.timedelta(0) else dt.date.min


_PRECISION_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.MONTH: 1,
    DatePrecision.PERIOD: 2,
    DatePrecision.SEASON: 3,
    DatePrecision.YEAR: 4,
}


# How far before and after a date an attack word binds it to the attack.
_BIND_BEFORE = 100


_BIND_AFTER = 20


Window = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class _Target:
    label: str
    text: str
    start: int
    end: int
    definite: bool = False
    """Introduced by "the", "this", "its"...: more likely an event already told."""


@dataclass(frozen=True)
class _ClauseFacts:
    """What a clause says about events, whichever of its claims is read."""

    elsewhere: bool
    """It names another place ("in a separate attack in X")."""
    new_event: bool
    """It names an event as new: "a bomb", not "the siege"."""
    period: bool
    """It counts over a period ("since January", "this year")."""
    kind: EventKind | None


@dataclass(frozen=True)
class _Cues:
    """What the text around a claim says about its event."""

    date: DateRef | None = None
    target: _Target | None = None
    kind: EventKind | None = None
    places: tuple[str, ...] = ()
    fronted_place: bool = False
    elsewhere: bool = False
    """The clause says it tells another event ("in a separate attack")."""
    past: bool = False
    """The clause tells the other event as an earlier one ("an earlier attack in Zelva")."""
    new_event: bool = False
    """The clause names an event as new: "a bomb", "an attack" (not "the siege")."""
    aggregate: bool = False
    outskirts: bool = False
    """Its sentence names places only as near them: "exploded outside <city>"."""
    labels: frozenset[str] = frozenset()
    """The labels of every target of the clause."""

    @property
    def window(self) -> Window | None:
        return date_window(self.date) if self.date is not None else None


@dataclass
class _Mention:
    """One event as one document tells it."""

    doc: str
    key: int
    main: bool
    date: DateRef | None = None
    target: str | None = None
    target_text: str | None = None
    kind: EventKind = EventKind.OTHER
    places: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    window: Window | None = None
    """The date's window, set by :meth:`finish` once the document is read."""
    rank: int = 99
    distinct: bool = False
    """Told as another event ("in a separate attack"): never folded into the main event."""
    past: bool = False
    """Told as an earlier event ("a previous bombing"): no news of the report's day."""
    within: frozenset[str] = frozenset()
    """The countries its places lie in, by the gazetteer ("Kabul": AF)."""
    aliases: frozenset[str] = frozenset()
    """Other targets named with the target: "an air strike hit a bus at a market"."""
    countries: frozenset[str] = frozenset()
    """Those of its places that are countries."""
    weak: frozenset[str] = frozenset()
    """Places named only in the dateline: where the reporter files from, maybe not the
    event's place ("ISLAMABAD (AP) - ... a mosque in northwest Pakistan")."""
    geo: tuple[Place, ...] = ()
    """Its places as the gazetteer resolved them, in the order of :attr:`places`."""
    reported: Window | None = None
    """For an undated event, the days before the lead's statement date ("residents said
    on Tuesday"): it is not dated by it, but can only be merged with events in them."""
    related: frozenset[str] = frozenset()
    """Targets that may name the same site as its own ("college" for "university")."""
    actors: frozenset[str] = frozenset()
    """The actors its attribution claims name (claimed, blamed or denied)."""
    figures: frozenset[tuple[object, ...]] = frozenset()
    """Its figures as (metric, subject, low, high): two reports sharing one agree."""
    last_weekday: bool = False
    """Dated by "last <weekday>": the latest such day before publication, or the one a week
    before it, as a report written days later and published later still may mean."""
    sites: frozenset[str] = frozenset()
    """The telling words of the proper name of the site it hit ("sunrise" of "the Sunrise
    shopping mall" or "the siege at Sunrise"): reports naming it so agree."""
    siege: bool = False
    """Told as an event that runs for days ("the siege", "held hostages"): reports of its
    site may date it by any of its days."""

    @property
    def ident(self) -> tuple[str, int]:
        return (self.doc, self.key)

    def finish(self) -> _Mention:
        self.window = date_window(self.date) if self.date is not None else None
        self.rank = _rank(self.date)
        if self.window is not None and self.rank == 0:
            # A day's event may run into the next ("stormed on Saturday evening", "ended
            # the siege on Sunday"): reports dating it by either day can be one event.
            self.window = (self.window[0], _shifted(self.window[1], _SPILL))
        if self.window is not None and self.last_weekday:
            self.window = (self.window[0] - _WEEK, self.window[1])
        if self.window is None and self.reported is not None:
            self.window, self.rank = self.reported, _PRECISION_RANK[DatePrecision.PERIOD]
        return self


# The kinds of event that hit something: an operation told with them is their response.
_HITS = frozenset({EventKind.ATTACK, EventKind.STRIKE})


_DEFINITE = frozenset("the this that these those its their his her our".split())

# "a second explosion", "a third attacker": one more part of a series already told, as
# "the" would tell it, not a new event.
_SERIES = frozenset("second third fourth fifth sixth twin".split())


_INDEFINITE = frozenset("a an another one some".split())


def _definite(text: str, at: int) -> bool:
    """Say whether the noun phrase ending before ``at`` opens on a definite determiner."""
    for word in reversed(text[max(0, at - 40) : at].split()[-3:]):
        word = word.lower().strip("\"'\u201c\u2018(")
        if word in _DEFINITE or word in _SERIES or word.endswith(("'s", "\u2019s")):
            return True
        if word in _INDEFINITE:
            return False
    return False


def _next_word(text: str, at: int) -> str:
    """Return the word starting after ``at`` (lower case, punctuation stripped)."""
    words = text[at : at + 30].split(None, 1)
    return words[0].lower().strip(".,;:!?\"'\u201d\u2019()") if words else ""


def _window_of(mention: _Mention) -> Window | None:
    return date_window(mention.date) if mention.date is not None else None


def _overlap(a: Window | None, b: Window | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def _rank(ref: DateRef | None) -> int:
    if ref is None or ref.precision is None or not ref.resolved:
        return 99
    return _PRECISION_RANK.get(ref.precision, 99)


# One attack is often told as a battle ("a four-hour gun battle"); a strike or an
# operation is another thing. The first kind of a compatible pair names the event.
_KIND_ORDER = [
    EventKind.ATTACK,
    EventKind.STRIKE,
    EventKind.OPERATIONS,
    EventKind.BATTLE,
    EventKind.OTHER,
]


_ALIKE = {frozenset({EventKind.ATTACK, EventKind.BATTLE})}


def _kinds_agree(a: EventKind, b: EventKind) -> bool:
    return a == b or EventKind.OTHER in (a, b) or frozenset({a, b}) in _ALIKE
