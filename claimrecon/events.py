"""Claims to events: the main event of a document, background events, the same event elsewhere.

Grouping runs in two passes.

**Within a document**, the headline and lead give the *main event*: the first date close
to publication (refined by any finer date that agrees with it), the first target named
("the interior ministry", "the Iraqi embassy"), the places, and the kind. Each claim then
reads the cues around it: the dates of its clause and sentence, the target nearest to it
in its clause, a sentence opening on a place ("In Mosul, ..."). A claim whose cues agree
with the main event joins it; a claim whose cues point elsewhere (another time, another
target) makes or joins a *background event* of the document; a claim with no cue follows
the last event its paragraph pointed to, which is the main event at the start of every
paragraph. A dateline ("MOGADISHU (Reuters) -") gives the main event's city; demonyms
are no places. At the end, background events that may be the main event (dates agree or
one is undated, no other target or place, not told as separate) are folded into it.
A claim whose clause counts over a period ("in the first six months of 2017",
"this year", "in the last year") with no target of its own is an *aggregate* and joins no
event.

**Across documents**, the per-document events ("mentions") that can be the same event are
merged: windows of their dates overlap at their precision, same target (or, when one
names no target, the same day and a shared place), compatible kind, and places that agree
or that each document also names; a city lies within its country by the lexicon's table
of cities. Identical mentions are merged first; the rest are
blocked by (month, target) and (month, place) keys, and only those sharing a block whose
date windows overlap are compared, found by a sweep over the block sorted by date.
Merging is greedy over the candidate pairs sorted by precision then content, and a merge
that would leave a cluster without a common date, with two targets or two kinds, or with
two mentions from one document is refused, so dates that cannot both hold stay in
separate events. Cost: O(n log n) for n claims to sort and block, plus the candidate
pairs, bounded by the number of distinct mentions of one target or place whose dates
overlap.

Every id is derived from content (documents, spans, dates), never from input order, so
the result does not depend on the order of documents or claims, and grouping a grouped
report again gives the same events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from claimrecon.extract.dates import date_window, find_dates, is_stamp, statement_dates
from claimrecon.extract.places import gazetteer, relation
from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.models import (
    AttributionClaim,
    DatePrecision,
    DateRef,
    Document,
    Event,
    EventKind,
    FigureClaim,
    Place,
    Report,
    Span,
)
from claimrecon.vocab import Lexicon, per_lexicon

__all__ = ["Linkable", "block_keys", "events_from", "group_events", "linkables", "may_link"]

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
_FOLLOWING = re.compile(r"\b(?:after|following|since)\b", re.IGNORECASE)
# A date's possessive and at most two modifiers before the noun it owns.
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
# Before a date that a count held by: "By October 20, the toll had reached 358".
_COUNT_BY = re.compile(r"\b(?:[Bb]y|[Aa]s\s+of|[Uu]p\s+to)\s+(?:late\s+|early\s+)?$")
_WORD = re.compile(r"[\w-]+\s+")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but)\b|\s+(?:while|whereas)\b")

_CAPITAL = re.compile(r"\s+capital,?\s+(?P<c>[A-Z][\w-]*)")
_BARE_CAPITAL = re.compile(r"\s+capital\b")
# A dateline opens the first body paragraph: "MOGADISHU (Reuters) -", "PESHAWAR, Pakistan
# \u2014", "MAIDUGURI, Nigeria (AP) -". Tokens hold no white space and the separators are
# white space, so the pattern does not backtrack.
_DATELINE = re.compile(
    r"\s*(?P<city>[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,3})"
    r"(?:,[ \t]+(?P<region>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}))?"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-\u2013\u2014]+|:)\s"
)

Window = tuple[dt.date, dt.date]


# --- lexicon patterns ------------------------------------------------------------------


@dataclass(frozen=True)
class _Patterns:
    target: re.Pattern[str]
    kind: re.Pattern[str]
    period: re.Pattern[str]
    since: re.Pattern[str]
    other: re.Pattern[str]
    place: re.Pattern[str]
    place_before_kind: re.Pattern[str]
    dateline: re.Pattern[str]
    record: re.Pattern[str]
    night: re.Pattern[str]
    aside: re.Pattern[str]
    """Ends the text before a target that is a landmark or a source, not what was hit."""


def _alternation(words: Iterable[str]) -> str:
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or "(?!)"


@per_lexicon
def _patterns(lexicon: Lexicon) -> _Patterns:
    # Keyed by the whole lexicon: the patterns read two of its sections.
    lex, dates = lexicon.events, lexicon.dates
    name = r"[A-Z][\w'\u2019-]*"
    # Place names are at most three capitalised tokens; the separators are white space,
    # which the tokens cannot hold, so the pattern does not backtrack.
    place_name = rf"{name}(?:\s+{name}){{0,2}}"
    return _Patterns(
        target=re.compile(rf"\b(?:{_alternation(lex.targets)})\b", re.IGNORECASE),
        kind=re.compile(rf"\b(?:{_alternation(lex.kind_words)})\b", re.IGNORECASE),
        period=re.compile(
            rf"\b(?:{_alternation(lex.aggregate_phrases)})\b"
            rf"|\b(?:in|during|over|for|throughout|within)\s+the\s+"
            rf"(?:{_alternation(lex.period_openers)})\s+(?:[\w-]+\s+)?"
            rf"(?:{_alternation(dates.duration_units)})\b",
            re.IGNORECASE,
        ),
        other=re.compile(rf"\b(?:{_alternation(lex.other_event_phrases)})\b", re.IGNORECASE),
        since=re.compile(
            rf"\b[Ss]ince\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+beginning\s+of)"
            rf"[\s-]+)?(?:{_alternation(m.capitalize() for m in dates.months)}|(?:19|20)\d\d)\b"
        ),
        place=re.compile(
            rf"\b(?:{_alternation(lex.place_prepositions)})\s+(?:the\s+)?"
            rf"(?:(?:{_alternation(lex.place_modifiers)})\s+)?(?P<p>{place_name})"
        ),
        place_before_kind=re.compile(
            rf"(?P<p>{name})\s+(?i:{_alternation(w for w in lex.kind_words if ' ' not in w)})\b"
        ),
        dateline=re.compile(rf"\b(?:{_alternation(lex.dateline_words)})\b", re.IGNORECASE),
        record=re.compile(rf"\b(?:{_alternation(lex.record_words)})\b", re.IGNORECASE),
        night=re.compile(rf"\b(?:{_alternation(lex.night_words)})\b", re.IGNORECASE),
        # The cue, then at most three words of the target's noun phrase ("near the busy
        # Kabul hotel"); no punctuation between, so a cue of another clause never counts.
        aside=re.compile(
            rf"\b(?:{_alternation([*lex.locator_words, *lex.source_cues])})"
            rf"(?:\s+[\w'\u2019.-]+){{0,3}}\s*$",
            re.IGNORECASE,
        ),
    )


@dataclass(frozen=True)
class _Words:
    not_places: frozenset[str]
    suffixes: frozenset[str]
    weak: frozenset[str]
    speakers: frozenset[str]
    victims: frozenset[str]
    adjective_of: frozenset[str]
    demonyms: dict[str, str]
    """Demonym (lower case) to its country."""
    capitals: dict[str, str]
    """Country (lower case) to its capital."""
    capital_of: frozenset[str]
    """The countries of :attr:`capitals`, in lower case."""
    country_of: dict[str, str]
    """City (lower case) to its country."""
    spelling: dict[str, str]
    """Place (lower case) to its spelling in the lexicon: "MOGADISHU" is "Mogadishu"."""
    related: dict[str, frozenset[str]]
    """Target to the targets that may name the same site (both ways)."""


@per_lexicon
def _words(lexicon: Lexicon) -> _Words:
    lex = lexicon.events
    return _Words(
        not_places=frozenset(
            {w.lower() for w in lex.not_places} | {a.lower() for a in lexicon.actors.aliases}
        ),
        suffixes=frozenset(w.lower() for w in lex.place_suffixes),
        weak=frozenset(lex.weak_targets),
        speakers=frozenset(w.lower() for w in lex.speaker_words),
        victims=frozenset(w.lower() for w in lex.victim_nouns),
        adjective_of=frozenset(w.lower() for w in (*lex.targets, *lex.kind_words) if " " not in w),
        demonyms={k.lower(): v for k, v in lex.demonyms.items()},
        capitals={k.lower(): v for k, v in lex.capitals.items()},
        capital_of=frozenset(k.lower() for k in lex.capitals),
        country_of={
            **{v.lower(): k for k, v in lex.capitals.items()},
            **{k.lower(): v for k, v in lex.cities.items()},
        },
        spelling={
            p.lower(): p
            for p in (*lex.capitals, *lex.capitals.values(), *lex.cities, *lex.cities.values())
        },
        related=_related(lex.target_relations),
    )


def _related(relations: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Return the target relations read both ways."""
    out: dict[str, set[str]] = defaultdict(set)
    for label, others in relations.items():
        for other in others:
            if other != label:
                out[label].add(other)
                out[other].add(label)
    return {label: frozenset(others) for label, others in out.items()}


# --- cues --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    label: str
    text: str
    start: int
    end: int
    definite: bool = False
    """Introduced by "the", "this", "its"...: more likely an event already told."""


_ClauseFacts = tuple[bool, bool, bool, "EventKind | None"]
"""Of a clause: names another place, tells a new event, counts over a period, its kind."""


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
    new_event: bool = False
    """The clause names an event as new: "a bomb", "an attack" (not "the siege")."""
    aggregate: bool = False
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
        if self.window is None and self.reported is not None:
            self.window, self.rank = self.reported, _PRECISION_RANK[DatePrecision.PERIOD]
        return self


# The kinds of event that hit something: an operation told with them is their response.
_HITS = frozenset({EventKind.ATTACK, EventKind.STRIKE})
_DEFINITE = frozenset("the this that these those its their his her our".split())
_INDEFINITE = frozenset("a an another one some".split())


def _definite(text: str, at: int) -> bool:
    """Say whether the noun phrase ending before ``at`` opens on a definite determiner."""
    for word in reversed(text[max(0, at - 40) : at].split()[-3:]):
        word = word.lower().strip("\"'\u201c\u2018(")
        if word in _DEFINITE or word.endswith(("'s", "\u2019s")):
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


class _Reader:
    """Read one document's cues and assign its claims to mentions."""

    def __init__(self, document: Document, lexicon: Lexicon) -> None:
        self.document = document
        self.lexicon = lexicon
        self.lex = lexicon.events
        self.ctx = DocContext(document, lexicon)
        self.patterns = _patterns(lexicon)
        words = _words(lexicon)
        self.not_places = words.not_places
        self.suffixes = words.suffixes
        self.weak = words.weak
        self.speakers = words.speakers
        self.adjective_of = words.adjective_of
        self.words = words
        self._dates: dict[int, list[DateRef]] = {}
        self._target_cache: dict[tuple[int, int, int], list[_Target]] = {}
        self._place_cache: dict[int, tuple[list[str], bool]] = {}
        self._clause_cache: dict[tuple[int, int, int], _ClauseFacts] = {}
        self.dateline = self._dateline()
        self.all_places: set[str] = set()
        for sentence in self.ctx.sentences:
            self.all_places.update(self._sentence_places(sentence)[0])
        named = self.all_places | set(self.within(self.all_places))
        self.dateline_only = frozenset(p for p in self.dateline if p not in named)
        self.all_places.update(self.dateline)
        self.mentions: list[_Mention] = []
        self.main = self._main()

    # -- low-level cue finders --

    def _sentence_dates(self, sentence: Sentence) -> list[DateRef]:
        found = self._dates.get(sentence.index)
        if found is None:
            found = [d for d in find_dates(self.ctx, sentence) if d.resolved]
            if self.patterns.dateline.search(sentence.text) or is_stamp(sentence, found):
                found = []  # publication metadata, not an event's date
            self._dates[sentence.index] = found
        return found

    def _targets(self, text: str) -> list[_Target]:
        out = []
        for match in self.patterns.target.finditer(text):
            phrase = " ".join(match.group().lower().split())
            label = self.lex.targets.get(phrase)
            if label is None:
                continue
            follower = _next_word(text, match.end())
            if follower in self.speakers:
                continue  # "ministry spokesman", "the embassy said": a speaker
            if follower in self.words.victims:
                continue  # "a gathering of ministry clerks": who was hit, not what
            if self.patterns.aside.search(text, max(0, match.start() - 60), match.start()):
                continue  # "not far from the embassy", "citing the ministry"
            if label in self.weak and not self._attacked(text, match):
                continue
            out.append(
                _Target(
                    label,
                    self._target_text(text, match),
                    match.start(),
                    match.end(),
                    definite=_definite(text, match.start()),
                )
            )
        return out

    def _attacked(self, text: str, match: re.Match[str]) -> bool:
        """Say whether a weak target ("school") is told as hit, not as where people went.

        An attack word (or a target that is a way of hitting, "a raid") shortly before it
        ("a raid on a school"), or an attack word right after it ("the school attack").
        """
        before = max(0, match.start() - _WEAK_REACH)
        if self.patterns.kind.search(text, before, match.start()):
            return True
        if any(
            self.lex.target_kinds.get(" ".join(m.group().lower().split()))
            for m in self.patterns.target.finditer(text, before, match.start())
        ):
            return True
        after = self.patterns.kind.match(text, match.end() + 1)
        return after is not None and text[match.end() : match.end() + 1] == " "

    def _target_text(self, text: str, match: re.Match[str]) -> str:
        kinds = self.lex.kind_words
        # Keep a capitalised qualifier before the target: "Iraqi embassy", "Interior Ministry".
        before = text[max(0, match.start() - 30) : match.start()].split()
        words: list[str] = []
        for word in reversed(before[-2:]):
            lower = word.lower()
            if word[:1].isupper() and word.isalpha() and lower not in ("the", "a", "an"):
                if lower in kinds:
                    break
                words.insert(0, word)
            else:
                break
        return " ".join([*words, match.group()])

    def _clean_place(self, raw: str) -> str | None:
        tokens = raw.replace("\u2019", "'").split()
        kept: list[str] = []
        for token in tokens:
            possessive = token.endswith("'s")
            word = token[:-2] if possessive else token
            word = word.strip("'-")
            if not word or word.lower() in self.suffixes:
                break
            kept.append(word)
            if possessive:
                break
        if not kept:
            return None
        first = kept[0].lower()
        parts = first.split("-")
        if first in self.not_places or any(p in self.not_places for p in parts):
            return None
        whole = " ".join(kept)
        if first in self.words.demonyms or whole.lower() in self.words.demonyms:
            return None  # "a Nigerian village": a demonym, not a place
        if kept[0].isupper() and len(kept[0]) <= 3:
            return None  # an acronym ("ANA", "UN"), not a place name
        return self.words.spelling.get(whole.lower(), whole)

    def _names_kind_of_place(self, text: str, match: re.Match[str]) -> bool:
        before = text[max(0, match.start() - 20) : match.start()].split()
        return bool(before) and before[-1].lower() in self.suffixes

    def _capital_of(self, raw: str, tail: str) -> str | None:
        """Return the capital meant by "the Somali capital" or "Somalia's capital", if known."""
        if _BARE_CAPITAL.match(tail) is None:
            return None
        name = raw.replace("\u2019", "'").removesuffix("'s").lower()
        country = self.words.demonyms.get(name, name)
        return self.words.capitals.get(country.lower())

    def _dateline(self) -> list[str]:
        """Return the places of the document's dateline ("PESHAWAR, Pakistan (AP) -")."""
        for sentence in self.ctx.sentences[:3]:
            first_of_paragraph = sentence.index == 0 or (
                self.ctx.sentences[sentence.index - 1].paragraph != sentence.paragraph
            )
            if not first_of_paragraph:
                continue
            match = _DATELINE.match(sentence.text)
            if match is None:
                continue
            city = " ".join(match.group("city").split())
            if len(city.replace(" ", "")) < 4 or city.lower() in self.not_places:
                continue  # "AP -", "UN:": an acronym, not a city
            places = [self.words.spelling.get(city.lower(), city.title())]
            region = match.group("region")
            if region:
                places.append(self.words.spelling.get(region.lower(), region))
            return places
        return []

    def within(self, places: Iterable[str]) -> frozenset[str]:
        """Return the countries the lexicon places ``places`` in ("Kabul": Afghanistan)."""
        out = {self.words.country_of.get(p.lower()) for p in places}
        return frozenset(c for c in out if c)

    def _places(self, text: str) -> tuple[list[str], bool]:
        """Return the places named in ``text`` and whether it opens on one ("In Mosul, ")."""
        places: list[str] = []
        fronted = False
        for match in self.patterns.place.finditer(text):
            raw = match.group("p")
            prep = match.group().split()[0].lower()
            possessive = raw.endswith(("'s", "\u2019s"))
            if prep == "of" and not possessive and not self._names_kind_of_place(text, match):
                continue  # "of Peshawar" only after "the city of", "the village of"
            if prep == "of" and possessive and _next_word(text, match.end()).endswith("est"):
                continue  # "one of Europe's busiest": a comparison, not where it happened
            # "Afghanistan's capital, Kabul": the capital is the place.
            tail = text[match.end() : match.end() + 40]
            capital = _CAPITAL.match(tail) if possessive else None
            known_capital = self._capital_of(raw, tail) if capital is None else None
            if known_capital is not None:
                places.append(known_capital)
                continue
            if capital is None and _next_word(text, match.end()) in self.adjective_of:
                continue  # "the German embassy", "a Kabul attack": a qualifier
            place = self._clean_place(capital.group("c") if capital else raw)
            if place is None:
                continue
            places.append(place)
            if match.start() == 0 and prep == "in" and text[match.end() : match.end() + 1] == ",":
                fronted = True
        for match in self.patterns.place_before_kind.finditer(text):
            if match.start() == 0 or text[match.end("p") :].lstrip()[:1].isupper():
                continue  # "Coalition Strike" in a title-case headline: no place
            place = self._clean_place(match.group("p"))
            if place is not None:
                places.append(place)
        return list(dict.fromkeys(places)), fronted

    def _kind(self, text: str) -> EventKind | None:
        match = self.patterns.kind.search(text)
        if match is None:
            return None
        return self.lex.kind_words.get(" ".join(match.group().lower().split()))

    def _attack_targets(self, targets: list[_Target], kind: EventKind | None) -> list[_Target]:
        """Leave out the response to an attack: "a clearance operation", "the raids".

        Once the text has told an attack, an operation is the security forces' answer to
        it, not what was attacked, and not the kind of the event.
        """
        if kind not in _HITS:
            return targets
        return [
            t for t in targets if self.lex.target_kinds.get(t.label) is not EventKind.OPERATIONS
        ]

    def _story_kind(self, texts: list[str]) -> EventKind | None:
        """Return the kind the lead tells: an attack or strike before the response to it.

        "Police arrest 13 in raids" above "the bombers who attacked the airport" tells
        the attack; the raids are what followed it.
        """
        kinds = [
            self.lex.kind_words.get(" ".join(m.group().lower().split()))
            for text in texts
            for m in self.patterns.kind.finditer(text)
        ]
        return next((k for k in kinds if k in _HITS), None)

    def _target_kind(self, target: _Target | None) -> EventKind | None:
        if target is None:
            return None
        return self.lex.target_kinds.get(target.label)

    # -- the main event --

    def _recent(self, ref: DateRef) -> bool:
        window = date_window(ref)
        pub = self.document.published
        if window is None:
            return False
        if pub is None:
            return True
        return window[0] <= pub and pub - window[1] <= _RECENT

    def _main(self) -> _Mention:
        main = _Mention(doc=self.document.id, key=-1, main=True)
        texts: list[str] = []
        title = self.document.title
        first_line = self.ctx.sentences[0].text if self.ctx.sentences else ""
        if title and title.strip() not in first_line:
            texts.append(title)
        lead = [(s, self._sentence_dates(s)) for s in self.ctx.sentences[:_LEAD_SENTENCES]]
        main.date = self._main_date(lead)
        main_window = _window_of(main)
        for sentence, own in lead:
            if own and not any(_overlap(date_window(d), main_window) for d in own):
                continue  # the sentence is about another time
            texts.append(sentence.text)
        kind, implied, located = self._read_lead(main, texts, title)
        main.places = self._order_places(located, main.places)
        main.kind = implied or self._story_kind(texts) or kind or EventKind.OTHER
        self.mentions.append(main)
        return main

    def _main_date(self, lead: list[tuple[Sentence, list[DateRef]]]) -> DateRef | None:
        """Return the main event's date from the lead's dates."""
        dates = [d for _, own in lead for d in own if self._recent(d)]
        # A date told with the attack ("Tuesday's attack", "blasts in Kerman on Wednesday")
        # before one told with something else ("little information on Wednesday"); failing
        # one in the lead, a few sentences below it that refers back ("Tuesday's attack").
        bound = [d for s, own in lead for d in own if d in dates and self._binds_event(s, d)]
        bound = bound or self._back_references()
        dates = bound + [d for d in dates if d not in bound]
        if not dates:
            # A piece written long after the event ("the July 31st attack", published in
            # October): the lead's first date to the day or month stands for it.
            dates = [d for _, own in lead for d in own if _rank(d) <= 1][:1]
        if not dates:
            dates = self._overnight([s for s, _ in lead])
        if not dates:
            return None
        first = date_window(dates[0])
        agreeing = [d for d in dates if _overlap(date_window(d), first)]
        date = self._began(lead, dates[0], min(agreeing, key=_rank))
        return self._week_before(lead, self._refined(lead, date))

    def _week_before(self, lead: list[tuple[Sentence, list[DateRef]]], date: DateRef) -> DateRef:
        """Return a bare weekday of the publication day moved a week back when so told.

        "Saturday's attack" in a report published on a Saturday is today's attack or the
        last one; "last week's bombing" in the lead, told with an attack word, says which.
        """
        pub = self.document.published
        if pub is None or date.value != pub or date.span is None or _rank(date) != 0:
            return date
        if date.text.strip().lower() not in self.lexicon.dates.weekdays:
            return date
        back = pub - dt.timedelta(days=7)
        for sentence, own in lead:
            for ref in own:
                window = date_window(ref)
                if (
                    window is not None
                    and window[0] <= back <= window[1] < pub
                    and (self._binds_event(sentence, ref) or self._possessive(sentence, ref))
                ):
                    return date.model_copy(update={"value": back})
        return date

    def _refined(self, lead: list[tuple[Sentence, list[DateRef]]], date: DateRef) -> DateRef:
        """Return a finer date the lead tells the attack on within a coarse main date.

        "killed in blasts in October ... In the attacks on October 14, a truck bomb
        exploded": a report written weeks later names the month first and the day below;
        the day, told with an attack word and inside the month, is the event's.
        """
        window = date_window(date)
        if window is None or _rank(date) == 0:
            return date
        finer = [
            d
            for s, own in lead
            for d in own
            if _rank(d) < _rank(date)
            and (inner := date_window(d)) is not None
            and window[0] <= inner[0] <= inner[1] <= window[1]
            and self._binds_event(s, d)
        ]
        return min(finer, key=_rank, default=date)

    def _began(
        self, lead: list[tuple[Sentence, list[DateRef]]], first: DateRef, date: DateRef
    ) -> DateRef:
        """Return the day the event began, when its first sentence tells it from its end.

        "ended a siege on Saturday ... stormed on Friday": the event began on the earliest
        day a few days before; the later one is its development. Only in the sentence of
        the first date, and not in a clause telling another event ("a day after a
        separate attack on Saturday").
        """
        days = [d for d in self._same_event_days(lead, first) if d.value is not None]
        start = min(days, key=lambda d: d.value or dt.date.max, default=None)
        if (
            start is not None
            and _rank(date) == 0
            and start.value is not None
            and date.value is not None
            and dt.timedelta(0) < date.value - start.value <= _FOLLOW_UP
        ):
            return start
        return date

    def _read_lead(
        self, main: _Mention, texts: list[str], title: str | None
    ) -> tuple[EventKind | None, EventKind | None, list[str]]:
        """Read the main event's target and places from the lead; return its kinds.

        Returns the first kind word, the kind a target implies ("an airstrike" says more
        than "bombs") and the places named with the target.
        """
        kind: EventKind | None = None
        implied: EventKind | None = None
        located: list[str] = []
        told = 0  # lead sentences read that tell the main event
        story = self._story_kind(texts)
        for text in texts:
            places = self._places(text)[0]
            if text is not title and told and self._opens_event(text, places, main.places):
                continue  # "A car bomb at a checkpoint in Damaturu ...": another event
            if text is not title and (kind or main.target or self._kind(text)):
                told += 1
            kind = kind or self._kind(text)
            targets = self._attack_targets(self._targets(text), story or kind)
            located = self._take_target(main, targets, places, located)
            main.places.extend(p for p in places if p not in main.places)
            implied = implied or next(
                (k for k in map(self._target_kind, targets) if k is not None), None
            )
        return kind, implied, located

    def _take_target(
        self, main: _Mention, targets: list[_Target], places: list[str], located: list[str]
    ) -> list[str]:
        """Give the main event its target from a lead text; return the places told with it."""
        if main.target is not None and any(t.label == main.target for t in targets):
            main.aliases |= {t.label for t in targets}
        if main.target is None:
            if targets:
                # What was hit names the event better than how: "an air strike on a
                # market" is the market's, as other reports will name it.
                hit = [t for t in targets if t.label not in self.lex.target_kinds]
                named = (hit or targets)[0]
                main.target, main.target_text = named.label, named.text
                main.aliases |= {t.label for t in targets}
                # The place named with the target is the event's ("the embassy in Kabul").
                return places
        elif not any(not self._is_country(p) for p in located) and any(
            t.label == main.target for t in targets
        ):
            return places  # "in Yemen" in the headline, "in Dahyan district" below
        return located

    def _is_country(self, place: str) -> bool:
        return place.lower() in self.words.capital_of

    def _order_places(self, located: list[str], places: list[str]) -> list[str]:
        """Order the main event's places, the most telling first.

        The place named with the target first, then the dateline's city, then the rest; a
        country is the coarsest, so it comes last. A city named only in the dateline may
        be where the reporter files from.
        """
        told_in = [p for p in self.dateline if p not in self.dateline_only]
        ordered = list(dict.fromkeys([*located, *told_in, *places, *self.dateline]))
        return [p for p in ordered if not self._is_country(p)] + [
            p for p in ordered if self._is_country(p)
        ]

    def _back_references(self) -> list[DateRef]:
        """Return the recent dates below the lead told as the attack's: "Tuesday's attack"."""
        out = []
        for sentence in self.ctx.sentences[_LEAD_SENTENCES:_BOUND_SENTENCES]:
            for ref in self._sentence_dates(sentence):
                if ref.span is None or not self._recent(ref):
                    continue
                end = ref.span.end - sentence.start
                tail = sentence.text[end : end + 2].replace("\u2019", "'")
                if tail == "'s" and self.patterns.kind.match(sentence.text, end + 3):
                    out.append(ref)
        return out

    def _possessive(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date owns an attack word: "last week's devastating bombing"."""
        if ref.span is None:
            return False
        text = sentence.text
        match = _POSSESSIVE.match(text, ref.span.end - sentence.start)
        for _ in range(3):  # the noun, or one or two modifiers before it
            if match is None:
                return False
            if self.patterns.kind.match(text, match.end()):
                return True
            match = _WORD.match(text, match.end())
        return False

    def _binds_event(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date is told with an attack word of its clause.

        The word may stand shortly before the date ("the explosions in Kerman on
        Wednesday") or right after it ("Tuesday's attack"), but not after "after" ("a day
        of mourning on Thursday after blasts"): that date is of what followed.
        """
        if ref.span is None:
            return False
        rel, rel_end = ref.span.start - sentence.start, ref.span.end - sentence.start
        start, end = self._clause(sentence, rel)
        text = sentence.text
        if self.patterns.kind.search(text, max(start, rel - _BIND_BEFORE), rel):
            return True
        after = self.patterns.kind.search(text, rel_end, min(end, rel_end + _BIND_AFTER))
        return after is not None and not _FOLLOWING.search(text, rel_end, after.start())

    def _same_event_days(
        self, lead: list[tuple[Sentence, list[DateRef]]], first: DateRef
    ) -> list[DateRef]:
        """Return the days of the first date's sentence whose clause tells no other event."""
        for sentence, own in lead:
            if first not in own:
                continue
            out = []
            for ref in own:
                if _rank(ref) != 0 or ref.span is None:
                    continue
                rel = ref.span.start - sentence.start
                start, end = self._clause(sentence, rel)
                clause = sentence.text[start:end]
                new = any(
                    not _definite(clause, m.start()) for m in self.patterns.kind.finditer(clause)
                )
                if ref is not first and (new or self.patterns.other.search(clause)):
                    continue
                out.append(ref)
            return out
        return []

    def _overnight(self, lead: list[Sentence]) -> list[DateRef]:
        """Date "stormed a hotel overnight": the night before the statement or publication.

        "..., officials said on Sunday" after "overnight" is Saturday night; without a
        statement date, the night before publication.
        """
        for sentence in lead:
            match = self.patterns.night.search(sentence.text)
            if match is None:
                continue
            said = statement_dates(self.ctx, sentence)
            base = said[0].value if said else self.document.published
            if base is None or base == dt.date.min:  # no night before the calendar's first day
                return []
            span = Span(
                doc=self.document.id,
                start=sentence.start + match.start(),
                end=sentence.start + match.end(),
            )
            value = base - dt.timedelta(days=1)
            return [
                DateRef(text=match.group(), value=value, precision=DatePrecision.DAY, span=span)
            ]
        return []

    def _opens_event(self, text: str, places: list[str], known: list[str]) -> bool:
        """Say whether a lead sentence tells a new event: a new place and "a bomb"."""
        if self.patterns.other.search(text):
            return True
        if not known or not any(p not in known for p in places):
            return False  # no place yet, or none new: the main event told on
        return any(
            not _definite(text, m.start()) for m in self.patterns.kind.finditer(text)
        ) or any(not t.definite for t in self._targets(text))

    # -- claims --

    def _clause(self, sentence: Sentence, rel: int) -> tuple[int, int]:
        start, end = 0, len(sentence.text)
        for match in _CLAUSE_BREAK.finditer(sentence.text):
            if match.start() <= rel:
                start = match.end()
            else:
                end = match.start()
                break
        return start, end

    def cues(self, sentence: Sentence, start: int, end: int) -> _Cues:
        """Return the cues for a claim spanning ``start..end`` (document offsets)."""
        rel, rel_end = start - sentence.start, max(start, min(end, sentence.end)) - sentence.start
        c_start, c_end = self._clause(sentence, rel)
        elsewhere, new_event, period, clause_kind = self._clause_facts(sentence, c_start, c_end)
        targets = self._clause_targets(sentence, c_start, c_end)
        if not elsewhere:
            # An operation told with an attack is its response, unless told as separate.
            targets = self._attack_targets(targets, self.main.kind)
        a, b = rel - c_start, rel_end - c_start
        target = next((t for t in targets if t.start < b and a < t.end), None)
        target = target or next((t for t in targets if t.start >= b), None)
        target = target or next((t for t in reversed(targets) if t.end <= a), None)
        dates = self._claim_dates(sentence, rel)
        in_clause = [
            d
            for d in dates
            if d.span is not None and c_start <= d.span.start - sentence.start < c_end
        ]
        chosen = in_clause or dates
        date = chosen[0] if chosen else None
        places, fronted = self._sentence_places(sentence)
        kind = self._target_kind(target) or clause_kind
        if kind is EventKind.OPERATIONS and self.main.kind in _HITS and not elsewhere:
            kind = None  # "a clearance operation was continuing": the response
        # A count over a period, or dated only by a year with no attack named in its clause
        # ("In 2017, 3,438 civilians were killed"): an aggregate, unless it has a target.
        year_only = bool(in_clause) and all(d.precision is DatePrecision.YEAR for d in in_clause)
        aggregate = target is None and (period or (year_only and clause_kind is None))
        return _Cues(
            date=date,
            target=target,
            kind=kind,
            places=tuple(places),
            fronted_place=fronted,
            elsewhere=elsewhere,
            new_event=new_event,
            aggregate=aggregate,
            labels=frozenset(t.label for t in targets),
        )

    def _clause_facts(self, sentence: Sentence, start: int, end: int) -> _ClauseFacts:
        """Return what a clause says whichever of its claims is read, read once a clause.

        A run-on clause of hundreds of figures ("5 killed, 5 killed, ...") was scanned
        again for each of them.
        """
        key = (sentence.index, start, end)
        found = self._clause_cache.get(key)
        if found is None:
            clause = sentence.text[start:end]
            found = self._clause_cache[key] = (
                bool(self.patterns.other.search(clause)),
                any(not _definite(clause, m.start()) for m in self.patterns.kind.finditer(clause)),
                self._period(self.patterns.period, clause)
                or self._period(self.patterns.since, clause),
                self._kind(clause),
            )
        return found

    def _claim_dates(self, sentence: Sentence, rel: int) -> list[DateRef]:
        """Return the dates of a sentence that may date a claim at ``rel``."""
        return [
            d
            for d in self._sentence_dates(sentence)
            if not self._after_between(sentence, d, rel) and not self._count_by(sentence, d)
        ]

    def _count_by(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date is when a count held, not when anything happened.

        "By October 20, the toll had reached 358", "as of Monday, 40 were dead": the
        event came on or before it. "killed by Tuesday's bombing" is the event's own date.
        """
        if ref.span is None:
            return False
        at, end = ref.span.start - sentence.start, ref.span.end - sentence.start
        before = sentence.text[max(0, at - 12) : at]
        return bool(_COUNT_BY.search(before)) and not _POSSESSIVE.match(sentence.text, end)

    def _after_between(self, sentence: Sentence, ref: DateRef, rel: int) -> bool:
        """Say whether "after" or "following" parts a date from a claim at ``rel``.

        "a day of mourning on Thursday after blasts killed 95": Thursday is the
        mourning's, not the blasts'; "95 were killed, a day after a bombing on Tuesday":
        Tuesday is the other bombing's.
        """
        if ref.span is None:
            return False
        at = ref.span.start - sentence.start
        lo, hi = sorted((at, rel))
        return _FOLLOWING.search(sentence.text, lo, hi) is not None

    def _period(self, pattern: re.Pattern[str], clause: str) -> bool:
        """Say whether the clause counts over a period, not compares with one.

        "since 2015" makes a count over a period; "the deadliest attack since 2015" only
        ranks one event against it.
        """
        for match in pattern.finditer(clause):
            if self.patterns.record.search(clause, max(0, match.start() - 60), match.start()):
                continue
            return True
        return False

    def _clause_targets(self, sentence: Sentence, start: int, end: int) -> list[_Target]:
        key = (sentence.index, start, end)
        found = self._target_cache.get(key)
        if found is None:
            found = self._target_cache[key] = self._targets(sentence.text[start:end])
        return found

    def _sentence_places(self, sentence: Sentence) -> tuple[list[str], bool]:
        found = self._place_cache.get(sentence.index)
        if found is None:
            found = self._place_cache[sentence.index] = self._places(sentence.text)
        return found

    def _follow_up(self, cues: _Cues, main_window: Window) -> bool:
        """Say whether a day shortly after the main event's tells more of it.

        "Security forces ended the siege on Wednesday" or "on Thursday the toll rose to
        50" after a Monday attack: a day within a few days after it, naming no target and
        no new event.
        """
        window = cues.window
        target = cues.target
        # "ended the operation on Sunday": a back-reference is no new target.
        back = target is not None and (
            target.label == self.main.target
            or (target.definite and target.label in self.lex.target_kinds)
        )
        if window is None or (target is not None and not back) or cues.elsewhere:
            return False
        if cues.new_event and not back:
            return False
        if _rank(cues.date) != 0 or _rank(self.main.date) != 0:
            return False
        return dt.timedelta(0) < window[0] - main_window[0] <= _FOLLOW_UP

    def relation(self, cues: _Cues) -> bool | None:
        """Say whether cues agree with the main event (True), point elsewhere, or neither."""
        main = self.main
        window = cues.window
        main_window = _window_of(main)
        if window is not None and main_window is not None and not _overlap(window, main_window):
            # A later development of the main event ("the siege ended on Wednesday") is
            # still the main event; any other date is another event.
            return self._follow_up(cues, main_window)
        target = cues.target
        if cues.elsewhere and (target is None or target.label != main.target):
            return False
        known = {*main.places, *self.dateline}
        known |= self.within(known)
        # A place the main event was not told in: "in Kismayo" in a report from Mogadishu.
        foreign = bool(cues.places and known) and not any(p in known for p in cues.places)
        if cues.new_event and foreign and (target is None or target.label != main.target):
            return False  # "a similar attack on a nearby village in Yobe"
        if target is not None:
            if main.target is None:
                main.target, main.target_text = target.label, target.text
                return self._adopt(cues)
            if self._is_main_target(target.label, cues, foreign):
                # "An air strike hit a bus at a busy market": what the main event hit.
                return self._adopt(cues)
            if target.definite and target.label in self.lex.target_kinds:
                # "the operation", "the raid": the main event referred back to.
                return None if foreign else True
            # "the police headquarters" in a report of an attack on a police station is
            # most likely the same event told again; "an army base" is a new one, and "a
            # restaurant" with no new attack, time or place is part of the main event.
            if not target.definite:
                if cues.new_event or foreign or window is not None:
                    return False
                return None
        if window is not None:
            if _window_of(main) is not None:
                return True
            return cues.date is not None and self._recent(cues.date) and self._adopt(cues)
        if cues.fronted_place and cues.places:
            known = set(main.places)
            return any(p in known for p in cues.places)
        return None

    def _is_main_target(self, label: str, cues: _Cues, foreign: bool) -> bool:
        """Say whether a clause's target is the main event's: the same, or told with it.

        A target named with the main one ("an air strike on a hospital"), or one that may
        name the same site ("the campus" of a college attack) is the main event's, unless
        the clause tells a new event in a place the main event was not told in.
        """
        main = self.main
        if label == main.target:
            return True
        if foreign:
            return False
        related = self.words.related.get(main.target or "", frozenset())
        return self._names_main(cues) or label in main.aliases or label in related

    def _names_main(self, cues: _Cues) -> bool:
        """Say whether the clause names the main event's target, or its kind of strike."""
        main = self.main.target
        if main is None:
            return False
        kinds = self.lex.target_kinds
        return main in cues.labels or (
            main in kinds and any(kinds.get(label) == kinds[main] for label in cues.labels)
        )

    def _reported(self) -> Window | None:
        """Return the days an undated main event may be in: before a statement or publication."""
        for sentence in self.ctx.sentences[:_LEAD_SENTENCES]:
            for ref in statement_dates(self.ctx, sentence):
                if (
                    ref.value is not None
                    and ref.precision is DatePrecision.DAY
                    and self._recent(ref)
                ):
                    return (_shifted(ref.value, -_REPORTED_WITHIN), ref.value)
        # No date word at all: a report is about an event of the days before it.
        pub = self.document.published
        return (_shifted(pub, -_REPORTED_WITHIN), pub) if pub is not None else None

    def _adopt(self, cues: _Cues) -> bool:
        """Date an undated main event by a recent date of a clause that joins it."""
        if self.main.date is None and cues.date is not None and self._recent(cues.date):
            self.main.date = cues.date
        return True

    def absorb(self) -> None:
        """Fold into the main event the document's other events that may be it.

        Two events of one document whose dates agree (or one is undated), whose targets
        agree (or one names none), and whose places are the main event's are one event
        told in parts; one told as separate ("in a separate attack") stays apart.
        """
        main = self.main
        known = {*main.places, *self.dateline}
        known |= self.within(known)
        for mention in self.mentions:
            if mention.main or mention.distinct:
                continue
            a, b = _window_of(mention), _window_of(main)
            if a is not None and b is not None and not _overlap(a, b):
                continue
            if mention.target is not None and main.target not in (None, mention.target):
                continue
            if not _kinds_agree(mention.kind, main.kind):
                continue
            if any(p not in known for p in mention.places):
                continue
            main.claims.extend(mention.claims)
            mention.claims = []
            if main.date is None:
                main.date = mention.date
            main.target = main.target or mention.target
            main.target_text = main.target_text or mention.target_text

    def background(self, cues: _Cues, hint: _Mention | None = None) -> _Mention:
        """Return the document's background mention for these cues, made if need be.

        ``hint`` is the event the sentence points to; cues that say nothing more than
        "elsewhere" join it.
        """
        label = cues.target.label if cues.target else None
        window = cues.window
        vague = label is None and window is None
        if (
            vague
            and hint is not None
            and not hint.main
            and (not cues.places or set(cues.places) & set(hint.places))
        ):
            return hint
        for mention in self.mentions:
            if mention.main:
                continue
            if label is not None or mention.target is not None:
                same = label == mention.target and (
                    window is None
                    or _window_of(mention) is None
                    or _overlap(window, _window_of(mention))
                )
            elif window is not None or _window_of(mention) is not None:
                same = _overlap(window, _window_of(mention))
            else:
                same = bool(set(cues.places) & set(mention.places))
            if same:
                if _rank(cues.date) < _rank(mention.date):
                    mention.date = cues.date
                return mention
        mention = _Mention(
            doc=self.document.id,
            key=len(self.mentions),
            main=False,
            date=cues.date,
            target=label,
            target_text=cues.target.text if cues.target else None,
            kind=cues.kind or EventKind.OTHER,
            places=list(cues.places),
            distinct=cues.elsewhere,
        )
        self.mentions.append(mention)
        return mention

    def assign(self, claims: list[FigureClaim | AttributionClaim]) -> list[str]:
        """Assign the claims (sorted by offset) to mentions; return the aggregates."""
        by_sentence: dict[int, list[FigureClaim | AttributionClaim]] = defaultdict(list)
        unplaced: list[FigureClaim | AttributionClaim] = []
        for claim in claims:
            sentence = self.ctx.sentence_at(claim.span.start)
            if sentence is None:
                unplaced.append(claim)
            else:
                by_sentence[sentence.index].append(claim)
        aggregates: list[str] = []
        current = self.main
        paragraph = -1
        with_claims = {self.ctx.sentences[i].paragraph for i in by_sentence}
        for sentence in self.ctx.sentences:
            if sentence.paragraph not in with_claims:
                continue  # every paragraph starts on the main event: nothing to carry
            if sentence.paragraph != paragraph:
                paragraph, current = sentence.paragraph, self.main
            whole = self.cues(sentence, sentence.start, sentence.start)
            if not whole.aggregate:
                pointer = self.relation(whole)
                if pointer is True:
                    current = self.main
                elif pointer is False:
                    current = self.background(whole)
            for claim in by_sentence.get(sentence.index, []):
                cues = self.cues(sentence, claim.span.start, claim.span.end)
                if cues.aggregate:
                    aggregates.append(claim.id)
                    continue
                relation = self.relation(cues)
                if relation is None:
                    current.claims.append(claim.id)
                elif relation:
                    self.main.claims.append(claim.id)
                else:
                    self.background(cues, hint=current).claims.append(claim.id)
        self.main.claims.extend(c.id for c in unplaced)
        self.absorb()
        if self.main.date is None:
            self.main.reported = self._reported()
        self._locate()
        return aggregates

    def _locate(self) -> None:
        """Resolve every mention's places in the gazetteer, in the document's countries."""
        geo = gazetteer(self.lexicon)
        hints = geo.countries_of(self.all_places)
        self.main.weak = self.dateline_only
        for mention in self.mentions:
            mention.geo = tuple(geo.resolve(p, hints) for p in mention.places)
            mention.within = frozenset(g.country for g in mention.geo if g.country)
            mention.countries = frozenset(
                p for p, g in zip(mention.places, mention.geo, strict=True) if g.level == "country"
            )


# --- across documents -------------------------------------------------------------------


def _months(window: Window) -> list[tuple[int, int]]:
    lo, hi = window
    out: list[tuple[int, int]] = []
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month) and len(out) < 13:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass
class _Unit:
    """Mentions with one signature (date, target, kind, places) from distinct documents.

    Identical mentions are merged before any pair is compared, so a much reported event
    costs one comparison per distinct way of telling it, not one per pair of reports.
    """

    members: list[_Mention]
    names: set[str]
    docs: set[str] = field(default_factory=set)

    @property
    def head(self) -> _Mention:
        return self.members[0]


def _signature(m: _Mention) -> tuple[object, ...]:
    value = m.date.value if m.date is not None else None
    return (
        value,
        m.window,
        m.rank,
        m.target,
        m.kind.value,
        tuple(sorted(m.places)),
        tuple(sorted(m.within)),
        tuple(sorted(m.aliases)),
    )


def _units(mentions: list[_Mention], names: dict[str, set[str]]) -> list[_Unit]:
    units: list[_Unit] = []
    by_signature: dict[tuple[object, ...], list[_Unit]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.ident):
        unit = None
        own = names[m.doc]
        if m.window is not None and _compatible(m, m, own, own, same_doc=True):
            for candidate in by_signature[_signature(m)]:
                if m.doc not in candidate.docs:
                    unit = candidate
                    break
        if unit is None:
            unit = _Unit([], set())
            units.append(unit)
            if m.window is not None:
                by_signature[_signature(m)].append(unit)
        unit.members.append(m)
        unit.docs.add(m.doc)
        unit.names |= own
    return units


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


def _located(m: _Mention) -> list[Place]:
    """Return a mention's resolved places, leaving out those named only in a dateline."""
    return [g for p, g in zip(m.places, m.geo, strict=True) if g.resolved and p not in m.weak]


def _unknown(m: _Mention) -> set[str]:
    """Return the names of a mention's places that the gazetteer does not know."""
    return {p.lower() for p, g in zip(m.places, m.geo, strict=True) if not g.resolved}


def _place_pairs(a: _Mention, b: _Mention) -> list[tuple[Place, Place]]:
    """Return the pairs of resolved places to compare: cities if both name one."""
    ra, rb = _located(a), _located(b)
    fine_a = [g for g in ra if g.level != "country"]
    fine_b = [g for g in rb if g.level != "country"]
    if fine_a and fine_b:
        return [(x, y) for x in fine_a for y in fine_b]
    return [(x, y) for x in ra for y in rb]


def _place_relation(a: _Mention, b: _Mention) -> tuple[str, bool] | None:
    """Say how two mentions' places are one place, and whether finer than a country.

    Places the gazetteer resolved decide: two mentions that each name a city must name
    cities that are one place (the same, or within reach of each other); otherwise one
    must contain the other ("Kabul" in "Afghanistan"). A name the gazetteer does not know
    confirms only by its spelling. A city named only in a dateline counts as its country.
    """
    shared = sorted(_unknown(a) & _unknown(b))
    if shared:
        return f"same place, {shared[0]}", True
    pairs = _place_pairs(a, b)
    for x, y in pairs:
        words = relation(x, y)
        if words is not None:
            return words, x.level != "country" and y.level != "country"
    if not pairs and (a.weak or b.weak) and a.within & b.within:
        return f"in {sorted(a.within & b.within)[0]} (a dateline)", False
    return None


def _day_like(m: _Mention) -> bool:
    """Say whether a mention is dated to the day, or reported within a few days."""
    return m.rank == 0 or (m.date is None and m.reported is not None)


def _places_agree(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str]
) -> tuple[str, bool] | None:
    if not _located(a) or not _located(b):
        return "no place to compare", False
    found = _place_relation(a, b)
    if found is not None:
        return found
    # Beyond the gazetteer, a place counts as compatible when the other document names
    # it too ("Dahyan" and "Saada" in two reports that both mention both).
    if any(p in names_b for p in a.places) and any(p in names_a for p in b.places):
        return "each report names the other's place", False
    return None


def _may_meet(a: _Mention, b: _Mention, same_doc: bool) -> bool:
    """Say whether two mentions' documents, dates and kinds allow them to be one event.

    An undated mention may meet any date; only the score decides.
    """
    if a.doc == b.doc and not same_doc:
        return False
    dated = a.window is not None and b.window is not None
    if dated and not _overlap(a.window, b.window):
        return False
    return _kinds_agree(a.kind, b.kind)


def _same_target(a: _Mention, b: _Mention) -> bool:
    return a.target == b.target or a.target in b.aliases or b.target in a.aliases


def _related_target(a: _Mention, b: _Mention) -> bool:
    return a.target in b.related or b.target in a.related


# The score two mentions need to be merged, and what each agreement adds to it. The
# weights make the merges of the first round's rules and no more: the same target and
# overlapping dates (3 + 1); the same day in one city without a target on one side
# (2 + 2); a related target needs a place or a shared actor or figures besides the date.
MERGE_SCORE = 4.0
_WEIGHTS = {
    "same day": 2.0,
    "dates overlap": 1.0,
    "fine place": 2.0,
    "coarse place": 1.0,
    "named place": 0.5,
    "same target": 3.0,
    "related target": 1.5,
    "actor": 1.0,
    "figure": 0.5,
    "other actors": -2.0,
}
_MAX_SHARED_FIGURES = 3


@dataclass
class _Score:
    """Why two mentions may be one event: the sum of weighted agreements and their words."""

    value: float = 0.0
    why: list[str] = field(default_factory=list)

    def add(self, weight: str, words: str) -> None:
        self.value += _WEIGHTS[weight]
        self.why.append(words)


def _date_score(a: _Mention, b: _Mention, score: _Score) -> bool:
    """Score the dates; say whether both are dated."""
    if a.window is None or b.window is None:
        score.why.append("undated")
        return False
    if _day_like(a) and _day_like(b):
        score.add("same day", "same day")
    else:
        score.add("dates overlap", "dates overlap")
    return True


def _place_score(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str], score: _Score
) -> bool | None:
    """Score the places; say whether they are one place finer than a country (None: refused)."""
    found = _places_agree(a, b, names_a, names_b)
    if found is None:
        return None
    words, fine = found
    if fine:
        score.add("fine place", words)
    elif words == "each report names the other's place":
        score.add("named place", words)
    elif words != "no place to compare":
        score.add("coarse place", words)
    else:
        score.why.append(words)
    return fine


def _target_score(a: _Mention, b: _Mention, day: bool, fine: bool, score: _Score) -> bool:
    """Score the targets; say whether they allow one event."""
    if a.target is None or b.target is None:
        score.why.append("a target on one side only")
        return True
    if _same_target(a, b):
        score.add("same target", f"target {a.target!r} in both")
        return True
    if _related_target(a, b):
        score.add("related target", f"targets {a.target!r} and {b.target!r} name one site")
        return True
    # Two reports' main events on the same day in one city are one event, whatever each
    # names as hit first: "a hotel" and "a cafe" of one siege.
    if a.main and b.main and day and fine:
        score.why.append(f"main event of both reports ({a.target}, {b.target})")
        return True
    return False


def _shared_score(a: _Mention, b: _Mention, score: _Score) -> None:
    """Score the actors and the figures both reports give."""
    actors = sorted(a.actors & b.actors)
    if actors:
        score.add("actor", f"actor {actors[0]!r} in both")
    elif a.actors and b.actors:
        score.add("other actors", f"other actors ({sorted(a.actors)[0]}, {sorted(b.actors)[0]})")
    shared = len(a.figures & b.figures)
    if shared:
        for _ in range(min(shared, _MAX_SHARED_FIGURES)):
            score.value += _WEIGHTS["figure"]
        score.why.append(f"{shared} shared figure{'s' if shared > 1 else ''}")


def _agreement(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str], same_doc: bool = False
) -> _Score | None:
    """Return why two mentions can be one event and how strongly, or ``None``.

    Dates that cannot both hold, kinds that differ, places that are not one place and
    targets that name different sites refuse a pair; what agrees adds to its score (see
    ``_WEIGHTS``), and a pair scoring below :data:`MERGE_SCORE` is refused too. Without a
    target on one side, only the same day in one place will do; an undated mention needs
    the same target, a place and an actor in common.
    """
    if not _may_meet(a, b, same_doc):
        return None
    score = _Score()
    dated = _date_score(a, b, score)
    day = dated and _day_like(a) and _day_like(b)
    fine = _place_score(a, b, names_a, names_b, score)
    if fine is None or not _target_score(a, b, day, fine, score):
        return None
    _shared_score(a, b, score)
    if a.target is None or b.target is None:
        # Without a target on one side, only the same day in a place both name will do.
        return score if day and _place_relation(a, b) is not None else None
    if not dated and not (a.actors & b.actors and a.places):
        return None
    return score if score.value >= MERGE_SCORE else None


def _compatible(
    a: _Mention, b: _Mention, names_a: set[str], names_b: set[str], same_doc: bool = False
) -> bool:
    return _agreement(a, b, names_a, names_b, same_doc) is not None


def _start(unit: _Unit) -> dt.date:
    window = unit.head.window
    return window[0] if window is not None else dt.date.min


# Degrees of a grid cell for blocking by coordinates: wider than REACH_KM, so two cities
# within reach lie in the same or in neighbouring cells.
_CELL = 0.5


def _place_keys(m: _Mention) -> set[object]:
    """Return the blocking keys of a mention's places: names, countries, grid cells."""
    keys: set[object] = {p.lower() for p, g in zip(m.places, m.geo, strict=True) if not g.resolved}
    keys |= set(m.within)
    for g in m.geo:
        if g.latitude is None or g.longitude is None:
            continue
        row, col = int(g.latitude // _CELL), int(g.longitude // _CELL)
        keys.update((row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1))
    return keys


def _blocks(m: _Mention) -> Iterator[tuple[str, object, object]]:
    """Yield the blocks of a mention: (month, target) and (month, place) keys.

    A target's block also holds the targets related to it ("college", "university"), so
    that they meet. A mention with a target and a place is also blocked by the two
    without a month, so that an undated one (no date at all, no publication date) meets
    the dated reports of its target in its country.
    """
    labels = {m.target, *m.aliases, *m.related} - {None} if m.target is not None else set()
    if m.target is not None and m.places:
        for label in labels:
            for key in _coarse_place_keys(m):
                yield ("x", label, key)
    if m.window is None:
        return
    for month in _months(m.window):
        for label in labels:
            yield ("t", month, label)
        if m.target is None or _day_like(m):
            for key in _place_keys(m):
                yield ("p", month, key)


def _block_keys(m: _Mention) -> set[tuple[object, ...]]:
    """Return the blocks a mention is compared in, as a set (for engines that split)."""
    return set(_blocks(m))


def _coarse_place_keys(m: _Mention) -> set[object]:
    """Return a mention's countries and the names of places the gazetteer does not know."""
    keys: set[object] = {p.lower() for p, g in zip(m.places, m.geo, strict=True) if not g.resolved}
    return keys | set(m.within)


def _candidate_pairs(units: list[_Unit]) -> list[tuple[int, int]]:
    """Return the pairs of unit indexes that share a block and whose dates overlap."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        for key in _blocks(unit.head):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for block in blocks.values():
        block.sort(key=lambda i: (_start(units[i]), i))
        active: list[tuple[dt.date, int]] = []
        # A sweep by window start: only units whose windows overlap are paired.
        for i in block:
            start = _start(units[i])
            active = [(end, j) for end, j in active if end >= start]
            pairs.update((min(i, j), max(i, j)) for _, j in active)
            window = units[i].head.window
            active.append((window[1] if window is not None else dt.date.max, i))
    return sorted(pairs)


@dataclass
class _Cluster:
    window: Window
    target: str | None
    kind: EventKind
    docs: set[str]
    size: int
    aliases: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    related: set[str] = field(default_factory=set)


def _merge(a: _Cluster, b: _Cluster, why: list[str], loose: bool) -> bool:
    """Merge ``b`` into ``a`` if the result still holds together; say whether it did.

    ``loose`` merges lift the one-target rule: the main events of two reports told on
    the same day in one city.
    """
    lo, hi = max(a.window[0], b.window[0]), min(a.window[1], b.window[1])
    if lo > hi or not a.docs.isdisjoint(b.docs):
        return False
    if (
        not loose
        and a.target is not None
        and b.target is not None
        and a.target != b.target
        and a.target not in b.aliases | b.related
        and b.target not in a.aliases | a.related
    ):
        return False
    if not _kinds_agree(a.kind, b.kind):
        return False
    a.window = (lo, hi)
    a.target = a.target or b.target
    a.aliases |= b.aliases
    a.related |= b.related
    a.kind = min({a.kind, b.kind} - {EventKind.OTHER} or {EventKind.OTHER}, key=_KIND_ORDER.index)
    small, large = sorted((a.docs, b.docs), key=len)
    large |= small
    a.docs = large
    a.size += b.size
    a.evidence.extend(b.evidence)
    a.evidence.append("; ".join(why))
    return True


def _cluster(
    mentions: list[_Mention], names: dict[str, set[str]]
) -> list[tuple[list[_Mention], list[str]]]:
    """Return the groups of mentions that are one event, each with its merges' evidence."""
    groups: dict[int, list[_Mention]] = defaultdict(list)
    units, clusters, parent = _union(mentions, names)
    for i, unit in enumerate(units):
        groups[_root(parent, i)].extend(unit.members)
    return [
        (sorted(members, key=lambda m: m.ident), clusters[root].evidence)
        for root, members in groups.items()
    ]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _start_cluster(unit: _Unit) -> _Cluster:
    """Return the cluster of one unit: its mentions were told alike."""
    head = unit.head
    window = head.window or (dt.date.min, dt.date.max)
    docs = {m.doc for m in unit.members}
    aliases = {t for t in (head.target, *head.aliases) if t is not None}
    alike = f"{', '.join(sorted(docs))}: told alike (same date, places, target and kind)"
    cluster = _Cluster(window, head.target, head.kind, docs, len(unit.members), aliases)
    cluster.evidence = [alike] if len(docs) > 1 else []
    cluster.related = set(head.related)
    return cluster


def _union(
    mentions: list[_Mention], names: dict[str, set[str]]
) -> tuple[list[_Unit], list[_Cluster], list[int]]:
    """Merge units over their compatible candidate pairs, the most precise first."""
    units = _units(mentions, names)
    clusters = [_start_cluster(unit) for unit in units]
    pairs = []
    for i, j in _candidate_pairs(units):
        a, b = units[i].head, units[j].head
        found = _agreement(a, b, units[i].names, units[j].names)
        if found is not None:
            why = [f"{a.doc} + {b.doc}", *found.why, f"score {found.value:g}"]
            pairs.append((-found.value, i, j, why))
    # The strongest agreements first, then the most precise: two reports of one day
    # before a season; ties by content, so the input order never matters.
    pairs.sort(
        key=lambda p: (
            p[0],
            max(units[p[1]].head.rank, units[p[2]].head.rank),
            units[p[1]].head.ident,
            units[p[2]].head.ident,
        )
    )
    parent = list(range(len(units)))
    for _, i, j, why in pairs:
        ri, rj = _root(parent, i), _root(parent, j)
        if ri == rj:
            continue
        if clusters[ri].size < clusters[rj].size:
            ri, rj = rj, ri
        a, b = units[i].head, units[j].head
        loose = (
            a.target is not None
            and b.target is not None
            and not _same_target(a, b)
            and not _related_target(a, b)
        )
        if _merge(clusters[ri], clusters[rj], why, loose):
            parent[rj] = ri
    return units, clusters, parent


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _date_text(ref: DateRef | None) -> str:
    if ref is None or ref.value is None:
        return "undated"
    if ref.precision is DatePrecision.YEAR:
        return f"{ref.value:%Y}"
    if ref.precision in (DatePrecision.MONTH, DatePrecision.SEASON):
        return f"{ref.value:%Y-%m}"
    return ref.value.isoformat()


def _location(members: list[_Mention]) -> tuple[str | None, Place | None]:
    """Return the place most reports name first, a city before its country."""
    # A place named only in a dateline counts only when no report names another.
    firsts = [
        next(((p, g) for p, g in zip(m.places, m.geo, strict=True) if p not in m.weak), None)
        for m in members
    ]
    named = [f for f in firsts if f is not None] or [
        (m.places[0], m.geo[0]) for m in members if m.places and m.geo
    ]
    if not named:
        return None, None
    votes = Counter(p for p, _ in named)
    geo = dict(named)
    best = min(
        votes,
        key=lambda p: (-votes[p], not geo[p].resolved, geo[p].level == "country", p),
    )
    return best, geo[best] if geo[best].resolved else None


def _event(members: list[_Mention], evidence: list[str]) -> Event:
    best = min(members, key=lambda m: (_rank(m.date), m.ident))
    date = best.date if best.date is not None and best.date.resolved else None
    location, place = _location(members)
    targets = Counter(m.target_text for m in members if m.target_text)
    target = min(targets, key=lambda t: (-targets[t], t)) if targets else None
    kinds = {m.kind for m in members} - {EventKind.OTHER}
    kind = min(kinds, key=_KIND_ORDER.index) if kinds else EventKind.OTHER
    claims = tuple(sorted({c for m in members for c in m.claims}))
    documents = tuple(sorted({m.doc for m in members}))
    label = next((m.target for m in members if m.target), "")
    labels = [location or "", label, _date_text(date)]
    digest = hashlib.blake2b("\n".join(claims).encode(), digest_size=4).hexdigest()
    slug = "-".join(s for s in (_slug(x) for x in labels) if s)
    return Event(
        id=f"ev-{slug}-{digest}" if slug else f"ev-{digest}",
        kind=kind,
        date=date.value if date else None,
        date_precision=date.precision if date else None,
        location=location,
        place=place,
        target=target,
        claims=claims,
        documents=documents,
        evidence=tuple(evidence),
    )


def group_events(report: Report, lexicon: Lexicon | None = None) -> Report:
    """Return ``report`` with its claims grouped into events and aggregates.

    Every claim ends in exactly one event or in ``aggregates``. Events already in the
    report are replaced, so grouping a grouped report again changes nothing.

    Args:
        report: The report whose claims to group.
        lexicon: The lexicon for dates, targets and places; the built-in one by default.

    Example:
        >>> import datetime as dt
        >>> from claimrecon.models import Document, FigureClaim, Figure, Metric, Span, Subject
        >>> text = "Two people were killed in an attack on a market on Monday."
        >>> doc = Document(id="d1", text=text, published=dt.date(2020, 3, 4))
        >>> claim = FigureClaim(span=Span(doc="d1", start=0, end=22), quote=text[:22],
        ...                     metric=Metric.KILLED, subject=Subject.PEOPLE,
        ...                     figure=Figure.exact(2))
        >>> event = group_events(Report(documents=(doc,), claims=(claim,))).events[0]
        >>> event.date, event.target, event.claims == (claim.id,)
        (datetime.date(2020, 3, 2), 'market', True)
    """
    mentions, names, aggregates = _read(report, lexicon or Lexicon.default())
    events = [_event(group, why) for group, why in _cluster(mentions, names)]
    events.sort(key=lambda e: (e.date or dt.date.max, e.id))
    return report.model_copy(
        update={"events": tuple(events), "aggregates": tuple(sorted(set(aggregates)))}
    )


# How many documents' readings to keep: a store reads a batch's documents for their
# blocks, then again to group them with what they touch; one batch must fit.
_READINGS = 4096

_Reading = tuple[list[_Mention], set[str], list[str]]


@per_lexicon
def _readings(lexicon: Lexicon) -> OrderedDict[object, _Reading]:
    return OrderedDict()


def _read_document(
    document: Document, claims: list[FigureClaim | AttributionClaim], lexicon: Lexicon
) -> _Reading:
    """Read a document's mentions, its places and its aggregates; the last few are kept."""
    cache = _readings(lexicon)
    key = (document, tuple(claims))
    hit = cache.get(key)
    if hit is not None:
        cache.move_to_end(key)
        return hit
    reader = _Reader(document, lexicon)
    aggregates = reader.assign(claims)
    names = reader.all_places | set(reader.main.places)
    _describe(reader.mentions, claims, _words(lexicon).related)
    # Nothing downstream changes a finished mention, so a kept reading can be shared.
    reading = ([m.finish() for m in reader.mentions if m.claims], names, aggregates)
    cache[key] = reading
    if len(cache) > _READINGS:
        cache.popitem(last=False)
    return reading


def _describe(
    mentions: list[_Mention],
    claims: list[FigureClaim | AttributionClaim],
    related: dict[str, frozenset[str]],
) -> None:
    """Give each mention its related targets, its actors and its figures, for scoring."""
    by_id = {c.id: c for c in claims}
    for m in mentions:
        own = {t for t in (m.target, *m.aliases) if t is not None}
        m.related = frozenset(r for t in own for r in related.get(t, ())) - own
        mine = [by_id[c] for c in m.claims if c in by_id]
        m.actors = frozenset(c.actor for c in mine if isinstance(c, AttributionClaim))
        m.figures = frozenset(
            (c.metric.value, c.subject.value, c.figure.low, c.figure.high)
            for c in mine
            if isinstance(c, FigureClaim)
        )


def _read(
    report: Report, lexicon: Lexicon
) -> tuple[list[_Mention], dict[str, set[str]], list[str]]:
    """Read each document's mentions; return them, each document's places, the aggregates."""
    documents = {d.id: d for d in report.documents}
    by_doc: dict[str, list[FigureClaim | AttributionClaim]] = defaultdict(list)
    for claim in report.claims:
        by_doc[claim.span.doc].append(claim)
    mentions: list[_Mention] = []
    names: dict[str, set[str]] = {}
    aggregates: list[str] = []
    for doc_id in sorted(by_doc):
        document = documents.get(doc_id) or Document(id=doc_id, text="")
        claims = sorted(by_doc[doc_id], key=lambda c: (c.span.start, c.span.end, c.id))
        found, names[doc_id], aggregated = _read_document(document, claims, lexicon)
        mentions.extend(found)
        aggregates.extend(aggregated)
    return mentions, names, aggregates


def _block_text(key: object) -> str:
    if isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, int) for k in key):
        return f"{key[0]:04d}-{key[1]:02d}"
    return str(key)


def block_keys(
    report: Report, lexicon: Lexicon | None = None
) -> dict[str, frozenset[tuple[str, dt.date, dt.date]]]:
    """Return, for each document with claims, its events' blocks: a key and a date window.

    :func:`group_events` compares two documents' events only when they share a block
    key and their windows overlap, or when they tell one event in exactly the same way
    (a ``u|`` key); two documents with no such block in common are never compared,
    which lets a store re-group only the documents a new batch can touch. A document's
    blocks depend on it alone.

    Args:
        report: A report holding documents and their claims.
        lexicon: The lexicon for dates, targets and places; the built-in one by default.

    Example:
        >>> import datetime as dt
        >>> from claimrecon.models import Document, FigureClaim, Figure, Metric, Span, Subject
        >>> text = "Two people were killed in an attack on a market on Monday."
        >>> doc = Document(id="d1", text=text, published=dt.date(2020, 3, 4))
        >>> claim = FigureClaim(span=Span(doc="d1", start=0, end=22), quote=text[:22],
        ...                     metric=Metric.KILLED, subject=Subject.PEOPLE,
        ...                     figure=Figure.exact(2))
        >>> blocks = block_keys(Report(documents=(doc,), claims=(claim,)))["d1"]
        >>> sorted(k for k, _, _ in blocks if k[0] == "t")  # a market's block holds malls too
        ['t|2020-03|mall', 't|2020-03|market']
        >>> {(str(lo), str(hi)) for _, lo, hi in blocks}
        {('2020-03-02', '2020-03-03')}
    """
    mentions, _, _ = _read(report, lexicon or Lexicon.default())
    found: dict[str, set[tuple[str, dt.date, dt.date]]] = defaultdict(set)
    for m in mentions:
        lo, hi = m.window or (dt.date.min, dt.date.max)
        blocks = found[m.doc]
        blocks.update((f"{k}|{_block_text(key)}|{label}", lo, hi) for k, key, label in _blocks(m))
        if m.window is None:
            continue
        # Mentions told in exactly the same way merge before any block is compared.
        digest = hashlib.blake2b(repr(_signature(m)).encode(), digest_size=8).hexdigest()
        blocks.add((f"u|{digest}", lo, hi))
    return {doc: frozenset(blocks) for doc, blocks in found.items()}


# --- hooks for engines that split the corpus ----------------------------------------------
#
# A distributed engine (claimrecon.dask) reads each document on its own with
# ``linkables``, links mentions that may end in one event, and calls ``events_from`` on
# each connected set of mentions. Call a set of mentions *closed* when it holds, with each
# of its mentions,
#   - every mention of the same ``signature``, and
#   - every mention that shares a block with it, whose window overlaps its own, and that
#     ``may_link`` accepts, each side with the union of the ``names`` of every document
#     with a mention of its signature.
# Then ``events_from`` on a closed set gives the events ``group_events`` gives those
# mentions on the whole corpus: identical mentions are only merged within one signature,
# and two units are compared only when their heads share a block, overlap and are
# compatible, which ``may_link`` with larger names never refuses.


@dataclass(frozen=True)
class Linkable:
    """One event as one document tells it, with what decides which others it may join."""

    doc: str
    key: int
    """The mention's number within its document."""
    signature: str
    """Mentions told identically share it: they may be merged before any comparison."""
    shape: str
    """Mentions with one shape are alike for :func:`may_link`: compare one of them."""
    blocks: tuple[str, ...]
    """The blocks (month and target, month and place) it is compared in; none if undated."""
    start: dt.date | None
    end: dt.date | None
    mention: _Mention


def _digest(value: object) -> str:
    return hashlib.blake2b(repr(value).encode(), digest_size=12).hexdigest()


def _linkable(m: _Mention) -> Linkable:
    signature = _signature(m)
    shape = (signature, m.date is None, m.reported, tuple(m.places), sorted(m.weak))
    return Linkable(
        doc=m.doc,
        key=m.key,
        # An undated mention is never merged: its signature is its own.
        signature=_digest(signature if m.window is not None else m.ident),
        shape=_digest(shape if m.window is not None else m.ident),
        blocks=tuple(sorted(_digest(k) for k in _block_keys(m))),
        start=m.window[0] if m.window is not None else None,
        end=m.window[1] if m.window is not None else None,
        mention=m,
    )


def linkables(
    document: Document,
    claims: Iterable[FigureClaim | AttributionClaim],
    lexicon: Lexicon | None = None,
) -> tuple[list[Linkable], frozenset[str], list[str]]:
    """Read one document as :func:`group_events` does.

    Returns:
        Its per-document events, the places the document names, and the ids of its
        aggregate claims.
    """
    ordered = sorted(claims, key=lambda c: (c.span.start, c.span.end, c.id))
    mentions, names, aggregates = _read_document(document, ordered, lexicon or Lexicon.default())
    return [_linkable(m) for m in mentions], frozenset(names), list(aggregates)


def may_link(a: Linkable, b: Linkable, names_a: set[str], names_b: set[str]) -> bool:
    """Say whether two linkables that share a block and overlap may end in one event."""
    return _compatible(a.mention, b.mention, names_a, names_b, same_doc=True)


def events_from(links: Iterable[Linkable], names: Mapping[str, set[str]]) -> list[Event]:
    """Return the events of a closed set of linkables (see above), given each document's names."""
    clusters = _cluster([x.mention for x in links], dict(names))
    return [_event(group, why) for group, why in clusters]
