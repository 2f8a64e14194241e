"""Event dates: resolve the date expressions of a claim's context against publication.

A sentence is first searched (``str.find``) for a few substrings that every date
expression holds ("Jan", "day", "winter", "month", a four-digit number); the date pattern
is matched only where one is found, and only the expressions it finds are resolved, calendar
ones ("July 31st", "in January") by dateparser with ``RELATIVE_BASE`` set to the
publication date and ``PREFER_DATES_FROM="past"``, relative ones ("last month", "this
winter", "on Wednesday", "two days ago") by calendar arithmetic from the publication
date. dateparser's results are cached per expression and publication year and side of
the publication day (all a past-preferring reading depends on), the dates of each
sentence in the document's context; a month and its day, the commonest, are reckoned
directly as dateparser reads them (the latest such day not after publication), checked
against it over seventy years of publication dates. Not dates: durations, and a date right after a
reporting verb ("police said on Sunday"), which dates the statement, not the event.

Each date keeps its precision: ``day``, ``month``, ``season``, ``year``, or ``period``
for a week ("last week"). A relative expression in a document without a publication date
is returned unresolved (``value=None``): today's date is never used as a base. Durations
("a four hour battle", "almost 17 years after", "over the last two months") are not dates.

A weekday and a date check and complete each other: "Monday, July 31" published in
August 2022 is 2017-07-31 because 31 July 2022 was a Sunday, and a bare "the Monday
attack" in an article whose lead says "at the end of July" is the last Monday of July when
that falls within a month of publication.

Example:
    >>> import datetime as dt
    >>> from claimrecon.extract.segment import DocContext
    >>> from claimrecon.models import Document
    >>> from claimrecon.vocab import Lexicon
    >>> doc = Document(id="d", text="Gunmen attacked on Wednesday.", published=dt.date(2018, 5, 30))
    >>> ctx = DocContext(doc, Lexicon.default())
    >>> ref = resolve_date(ctx, ctx.sentences[0])
    >>> ref.value, ref.precision.value
    (datetime.date(2018, 5, 30), 'day')

May import: :mod:`.segment`, and the vocab, models and errors modules.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import dateparser

from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.models import DatePrecision, DateRef, Span
from claimrecon.vocab import DateLexicon, Lexicon, alternation, per_lexicon

__all__ = [
    "date_window",
    "find_dates",
    "lead_dates",
    "relative_clause_date",
    "resolve_date",
    "statement_dates",
    "weekday_gives_way",
]

# A weekday alone only completes against a date this close before publication: writers
# name a weekday for recent events, and an older date in the lead is background.
_WEEKDAY_REACH = dt.timedelta(days=31)
# The sentences at the top of a document that stand for its lead.
_LEAD_SENTENCES = 6
# How far back in a paragraph a sentence looks for a date, and how many dates of one
# sentence a weekday is checked against: both keep a pathological document linear.
_PARAGRAPH_REACH = 5
_ANCHORS_PER_SENTENCE = 4
# The edges of a month: "the end of July" is its last seven days, so a weekday is unique.
_EDGE_DAYS = {"start": (1, 7), "middle": (11, 20), "end": (-6, 0)}


@dataclass(frozen=True, slots=True)
class _Found:
    """A date expression found in a sentence, before weekday completion."""

    ref: DateRef
    lo: dt.date | None
    hi: dt.date | None
    weekday: int | None = None
    """Set for a bare weekday, which a nearby date may complete."""


@dataclass(frozen=True, slots=True)
class _Patterns:
    scan: re.Pattern[str]
    triggers: tuple[str, ...]
    """Substrings one of which every date expression holds, found with ``str.find``."""
    year: re.Pattern[str]


def _triggers(lex: DateLexicon) -> tuple[str, ...]:
    words = ["day", "week", "month", "year", "Week", "Month", "Year"]
    for name in [*lex.months, *lex.weekdays]:
        words.extend((name.capitalize(), name.upper()))
    for name in lex.seasons:
        words.extend((name, name.capitalize(), name.upper()))
    unique = set(words)
    # "January" is found by looking for "Jan", and every weekday by looking for "day".
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


def _starts(text: str, hit: int) -> list[int]:
    """Return where an expression holding ``text[hit]`` may start: up to 3 words before."""
    floor = max(0, hit - 40)
    j = hit
    while j > floor and text[j - 1].isalnum():
        j -= 1
    starts = [j]
    k = j
    for _ in range(3):
        while k > floor and not text[k - 1].isalnum():
            k -= 1
        if k <= floor:
            break
        while k > floor and text[k - 1].isalnum():
            k -= 1
        starts.append(k)
    return starts[::-1]


def _title_alternation(words: list[str]) -> str:
    # Month and weekday names count only capitalised ("May", not "may"), or in capitals.
    forms: set[str] = set()
    for word in words:
        forms.add(word.capitalize())
        forms.add(word.upper())
    return alternation(forms, never="", spaces=r"\ ")


def _any_case_first(words: list[str]) -> str:
    alts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        head, tail = word[:1], word[1:]
        alts.append(f"[{head.upper()}{head.lower()}]{re.escape(tail)}" if head else "")
    return "|".join(a for a in alts if a)


@per_lexicon
def _patterns(lex: DateLexicon) -> _Patterns:
    mon = _title_alternation(list(lex.months)) or "(?!)"
    wd = _title_alternation(list(lex.weekdays)) or "(?!)"
    season = _any_case_first(list(lex.seasons)) or "(?!)"
    edge = _any_case_first(list(lex.edge_cues)) or "(?!)"
    numbers = _any_case_first(list(lex.number_words)) or "(?!)"
    year = r"(?:19|20)\d\d(?![\d,.]\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    # Every quantifier is over a fixed token separated by white space: no nesting, so
    # the scan is linear in the sentence.
    # "November, 2, 2014": a comma after the month only when a day and a year follow, so
    # that "in March, 12 soldiers" stays a month and a count.
    mon_day = rf"(?P<a_m>{mon})\.?(?:\s+|,\s+(?={day},?\s+{year}))(?P<a_d>{day})"
    scan = re.compile(
        rf"(?:(?P<a_wd>{wd}),?\s+)?{mon_day}\b(?:,?\s+(?P<a_y>{year}))?"
        rf"|(?:(?P<b_wd>{wd}),?\s+)?(?:the\s+)?(?P<b_d>{day})\s+(?:of\s+)?(?P<b_m>{mon})\b"
        rf"(?:,?\s+(?P<b_y>{year}))?"
        rf"|(?:(?P<c_edge>{edge})(?:\s+of\s+|\s+|-))?(?P<c_m>{mon})\b"
        rf"(?:,?\s+(?:of\s+)?(?P<c_y>{year}))?"
        rf"|(?P<d_wd>{wd})\b"
        r"|(?:[Tt]he|[Ll]ast|[Tt]his|[Pp]ast)\s+(?P<k_we>weekend)\b"
        rf"|(?P<e_rel>[Ee]arlier\s+this|[Ll]ater\s+this|[Tt]his|[Ll]ast|[Pp]ast|[Nn]ext)\s+"
        rf"(?P<e_u>week|month|year|{season})\b"
        rf"|(?P<f_s>{season})\b(?:\s+(?:of\s+)?(?P<f_y>{year}))?"
        rf"|(?P<i_y>(?:19|20)\d\d)-(?P<i_m>0[1-9]|1[0-2])-(?P<i_d>0[1-9]|[12]\d|3[01])\b"
        rf"|(?P<j_n>\d{{1,2}}|{numbers})\s+(?P<j_u>days?|weeks?|months?|years?)\s+ago\b"
        rf"|\b(?P<g_y>{year})\b"
        r"|\b(?P<h_w>[Yy]esterday|[Tt]oday)\b"
    )
    patterns = _Patterns(scan=scan, triggers=_triggers(lex), year=re.compile(r"[12]\d\d\d"))
    return patterns


# --- calendar helpers ------------------------------------------------------------------


# Resolved dates keep a year from the calendar's ends, so that the arithmetic done on them
# later (a week's window, a month's reach, a spill into the next day) cannot overflow.
_EARLIEST = dt.date(2, 1, 1)
_LATEST = dt.date(9998, 12, 31)


# How far before a weekday a future cue is looked for ("will be released on Friday").
_FUTURE_REACH = 40


@per_lexicon
def _future_cues(lex: DateLexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lex.future_cues)})\b", re.IGNORECASE)


def _in_calendar(*days: dt.date | None) -> bool:
    """Say whether every given day lies between :data:`_EARLIEST` and :data:`_LATEST`."""
    return all(day is None or _EARLIEST <= day <= _LATEST for day in days)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _season_span(year: int, start_month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, start_month, 1)
    last = _add_months(start, 2)
    return start, _month_end(last.year, last.month)


def date_window(ref: DateRef) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a resolved date can mean, or ``None`` if unresolved.

    A ``period`` (the only one :func:`find_dates` makes is a week) spans seven days.

    Example:
        >>> date_window(DateRef(text="in July", value=dt.date(2017, 7, 1),
        ...                     precision=DatePrecision.MONTH))
        (datetime.date(2017, 7, 1), datetime.date(2017, 7, 31))
    """
    value, precision = ref.value, ref.precision
    if value is None:
        return None
    if precision is DatePrecision.MONTH:
        return value, _month_end(value.year, value.month)
    if precision is DatePrecision.SEASON:
        return _season_span(value.year, value.month)
    if precision is DatePrecision.YEAR:
        return value, dt.date(value.year, 12, 31)
    if precision is DatePrecision.PERIOD:
        return value, min(value, dt.date.max - dt.timedelta(days=6)) + dt.timedelta(days=6)
    return value, value


_CALENDAR_CACHE: dict[tuple[str, int, bool], dt.date | None] = {}
_CALENDAR_CACHE_SIZE = 65536


def _calendar(expression: str, published: dt.date, month: int, day: int) -> dt.date | None:
    """Resolve a calendar expression without a year ("July 31", "January") by dateparser.

    Preferring the past, the answer depends only on the publication year and on whether
    the month and day come before the publication's, so the cache is keyed by those and
    not by the publication date: far fewer dateparser calls over a corpus.
    """
    key = (expression, published.year, (month, day) <= (published.month, published.day))
    if key in _CALENDAR_CACHE:
        return _CALENDAR_CACHE[key]
    known = _latest_past(expression, published, month, day)
    if known is not None:
        return known
    value = _dateparser_reading(expression, published)
    if len(_CALENDAR_CACHE) >= _CALENDAR_CACHE_SIZE:
        _CALENDAR_CACHE.clear()
    _CALENDAR_CACHE[key] = value
    return value


def _dateparser_reading(expression: str, published: dt.date) -> dt.date | None:
    """Return the date dateparser reads ``expression`` as, preferring the past of ``published``."""
    base = dt.datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(
        expression,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_TIME_AS_PERIOD": False,
        },
    )
    return parsed.date() if isinstance(parsed, dt.datetime) else None


# Publication years over which :func:`_latest_past` was compared with dateparser for
# every month name and every day of a common year, with publication days before, on and
# after each (January 1, February 28, March 1, July 15, December 31): always the same day.
_CHECKED_YEARS = range(1970, 2040)


def _latest_past(expression: str, published: dt.date, month: int, day: int) -> dt.date | None:
    """Return the date dateparser reads a month's day (or a month: its first) as, or ``None``.

    Preferring the past, that day of the publication's year if it is not after the
    publication day, else of the year before. ``None`` (dateparser reads it) for February
    29, a day the month lacks, other words, and a year the reading was not checked in.
    """
    name = calendar.month_name[month] if 1 <= month <= 12 else ""
    if not name or published.year not in _CHECKED_YEARS:
        return None
    month_only = expression == name and day == 1
    if not (month_only or expression == f"{name} {day}"):
        return None
    if not 1 <= day <= calendar.monthrange(2001, month)[1]:  # a common year: no February 29
        return None
    past = (month, day) > (published.month, published.day)
    return dt.date(published.year - past, month, day)


def _latest_weekday(weekday: int, lo: dt.date, hi: dt.date) -> dt.date | None:
    """Return the last day in ``lo..hi`` that falls on ``weekday``, if any."""
    if hi < lo:
        return None
    day = hi - dt.timedelta(days=(hi.weekday() - weekday) % 7)
    return day if day >= lo else None


# --- scanning --------------------------------------------------------------------------


def _previous_words(text: str, at: int) -> tuple[str, str]:
    """Return the word before ``at`` and the two words before it, lower case."""
    window = text[max(0, at - 24) : at].split()
    last = window[-1].lower() if window else ""
    two = " ".join(window[-2:]).lower() if len(window) >= 2 else last
    return last, two


def _has_cue(text: str, at: int, cues: list[str]) -> bool:
    last, two = _previous_words(text, at)
    if last in cues or two in cues:
        return True
    # A possessive before a year ("IS's 2014 declaration").
    return any(c.startswith(("'", "\u2019")) and last.endswith(c) for c in cues)


def _is_duration(text: str, end: int) -> bool:
    """Say whether the expression ending at ``end`` is the first word of a duration."""
    tail = text[end : end + 8].lower()
    return tail.startswith(("-long", " long"))


_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon"})

# Words between a follow-up verb and a date that hand the date to something else: "arrested
# after the bombing on Sunday", "held in connection with the attack on Monday".
_FOLLOW_UP_BREAKS = frozenset(
    {"after", "following", "since", "when", "over", "for", "with", "linked", "during", "before"}
)
# Auxiliaries of a passive: "the toll was issued on Monday" dates the giving of the toll.
_PASSIVE = frozenset({"was", "were", "been"})
# Nothing but a stop and closing quotes after a date: it ends its sentence.
_CLOSING = re.compile(r"[\s.!?\"'\u201d\u2019]*$")

# How many words before a date a blaming verb may stand, its object between: "blamed the
# Okvara Front's youth wing on Monday for".
_BLAMED_REACH = 6
_POSSESSIVE = re.compile(r"\S+(?:\s+\S+)?['\u2019]s\b")


class _ScannerWords(NamedTuple):
    """The lexicon's words and patterns a :class:`_Scanner` reads, lower case."""

    fillers: frozenset[str]
    nouns: frozenset[str]
    blamers: frozenset[str]
    counts: frozenset[str]
    follow_ups: frozenset[str]
    addressed: frozenset[str]
    report_time: re.Pattern[str]
    short_months: frozenset[str]
    """Months written short: a name that begins another name of its month ("Mar", "Sept")."""


@per_lexicon
def _scanner_words(lex: DateLexicon) -> _ScannerWords:
    return _ScannerWords(
        fillers=frozenset(w.lower() for w in lex.statement_fillers),
        nouns=frozenset(w.lower() for w in lex.statement_nouns),
        blamers=frozenset(w.lower() for w in lex.statement_verbs if " " not in w),
        counts=frozenset(w.lower() for w in lex.count_nouns),
        follow_ups=frozenset(w.lower() for w in lex.follow_up_verbs),
        addressed=frozenset(w.lower() for w in lex.addressee_verbs),
        report_time=re.compile(
            rf"\b(?:{alternation(lex.report_time_cues)})\s+$"
            rf"|\b(?:{alternation(lex.victim_state_phrases)})\s+(?:(?:on|late|early)\s+)?$",
            re.IGNORECASE,
        ),
        short_months=frozenset(
            name.lower()
            for name, month in lex.months.items()
            if any(
                other != name and month == number and other.lower().startswith(name.lower())
                for other, number in lex.months.items()
            )
        ),
    )


class _Scanner:
    """Resolve the date expressions of one sentence."""

    def __init__(
        self,
        lex: DateLexicon,
        published: dt.date | None,
        doc: str,
        verbs: frozenset[str] = frozenset(),
        after: frozenset[str] = frozenset(),
        separate: re.Pattern[str] | None = None,
        deed: re.Pattern[str] | None = None,
    ) -> None:
        self.lex = lex
        self.separate = separate
        self.deed = deed
        self.after = after
        self.published = published
        self.doc = doc
        self.verbs = verbs
        words = _scanner_words(lex)  # one sentence's scanner each: built once a lexicon
        self.fillers = words.fillers
        self.nouns = words.nouns
        self.blamers = words.blamers
        self.counts = words.counts
        self.follow_ups = words.follow_ups
        self.addressed = words.addressed
        self.report_time = words.report_time
        self.short_months = words.short_months
        self.statements: list[_Found] = []
        """The dates of statements met by :meth:`scan` ("police said on Sunday")."""

    def _statement_date(self, text: str, at: int) -> bool:
        """Say whether the date at ``at`` dates a statement ("police said on Sunday").

        The addressee of a verb told to someone (the lexicon's ``addressee_verbs``) may
        stand between: "told The Associated Press on Monday", "warned Okvara on Friday".
        """
        if self.report_time.search(text, max(0, at - 40), at):
            # "what we know Tuesday evening", "as of Monday", "six remain hospitalized on
            # Tuesday": the time of the report, not of the event.
            return True
        words = text[max(0, at - 80) : at].split()[-8:]
        if words and words[-1].lower() in ("the", "a", "an", "its", "their", "this", "that"):
            return False  # "said the Monday attack", "claimed the July 31st attack"
        return self._statement_before(words)

    def _statement_before(self, words: list[str]) -> bool:
        """Say whether the words before a date end on a statement's verb or noun.

        Fillers ("in a statement", "late") and a name addressed ("told Reuters") may
        stand between.
        """
        named = False
        for i in range(len(words) - 1, -1, -1):
            token = words[i].strip(",;:\"'\u201c\u201d()")
            word = token.lower()
            if word in self.verbs or word in self.addressed:
                return not named or word in self.addressed
            if word in self.after and self._count_given(words, i):
                return not named  # "the toll was issued late on Monday": when it was given
            if word in self.nouns and not named:
                return True  # "in a statement on Sunday", "at a news conference on Monday"
            if word in self.fillers:
                continue
            if named and word == "the":
                continue  # "urged the Okvara Front on Monday": the name's article
            if token[:1].isupper():
                named = True  # a name: only "told <name>", "warned <name>" read on past it
                continue
            return False
        return False

    def _count_given(self, words: list[str], i: int) -> bool:
        """Say whether the revision verb at ``words[i]`` is a passive told of a count.

        "The final toll was issued on Monday", "the count was revised on Tuesday": a
        count's noun, at most three words before the auxiliary.
        """
        if i < 2 or words[i - 1].lower() not in _PASSIVE:
            return False
        return any(
            w.strip(",;:\"'\u201c\u201d()").lower() in self.counts
            for w in words[max(0, i - 5) : i - 1]
        )

    def _follow_up(self, text: str, at: int) -> bool:
        """Say whether the date at ``at`` ends a clause telling a follow-up of the attack.

        "Two suspects were apprehended by the police near Dunmar on Thursday": what is done
        to suspects afterwards dates itself, not the attack.
        """
        if _POSSESSIVE.match(text, at):
            return False  # "held over last week's attack": the attack's date
        if self.separate is not None and self.separate.search(text, 0, at):
            return False  # "in a separate operation, nine were detained on Monday": its own
        words = [
            w.strip("\"'\u201c\u201d()").lower() for w in re.split(r"[,;:]", text[:at])[-1].split()
        ]
        for word in reversed(words):
            if word in self.follow_ups:
                return True
            if word in _FOLLOW_UP_BREAKS:
                return False  # "detained a suspect after gunmen struck on Thursday"
        return False

    def _reported_that(self, text: str, start: int, end: int) -> bool:
        """Say whether a date stands between a report verb and what it reports.

        "Okvara media reported on Monday that the Front was behind the attack", "the
        ministry announced late on Friday that": the day of the report, whose news is
        the clause after "that"; "the blast was reported on Monday" may be the attack's.
        """
        if text[end:].split()[:1] != ["that"]:
            return False
        words = text[max(0, start - 40) : start].split()[-3:]
        for word in reversed([w.strip(",;:").lower() for w in words]):
            if word in self.verbs or word in self.after:
                return True
            if word not in self.fillers:
                return False
        return False

    def _blamed_for(self, text: str, start: int, end: int) -> bool:
        """Say whether a date stands between a blamed party and what it is blamed for.

        "the ministry blamed the Okvara Front on Monday for the bombing", "accused the
        group on Sunday of the attack": the day of the blame; the attack is told after
        "for" or "of", and happened on or before it.
        """
        if text[end:].split()[:1] not in (["for"], ["of"]):
            return False
        words = re.split(r"[,;:]", text[:start])[-1].split()[-_BLAMED_REACH:]
        return any(w.strip("\"'\u201c\u201d()").lower() in self.blamers for w in words)

    def _closing_report(self, text: str, start: int, end: int) -> bool:
        """Say whether a date closes a report told after its news, at the sentence's end.

        "..., Okvara officials reported on Monday.": the subject and its verb come after
        a comma, and nothing but the stop follows the date; "the blast was reported on
        Monday" (a passive) may be the attack's own day.
        """
        if not _CLOSING.match(text, end):
            return False
        clause = re.split(r"[,;:]", text[:start])
        if len(clause) < 2:
            return False
        words = [w.strip("\"'\u201c\u201d()").lower() for w in clause[-1].split()]
        while words and words[-1] in self.fillers and words[-1] not in self.after:
            words.pop()
        return len(words) >= 2 and words[-1] in self.after and words[-2] not in _PASSIVE

    def _statement_after(self, text: str, end: int) -> bool:
        """Say whether the date ending at ``end`` dates a statement told after it.

        "Officials on March 28 raised the death toll", "police on Sunday said": the verb
        right after the date is a reporting or revising one.
        """
        words = [w.strip(",;:.").lower() for w in text[end : end + 40].split()[:3]]
        # "on Thursday night sharply revised": a part of the day and an adverb may stand between.
        while words and (words[0] in _DAY_PARTS or (words[0].endswith("ly") and len(words) > 1)):
            words = words[1:]
        if words and words[0] in self.verbs and words[0] not in self.after:
            # "the group on Saturday claimed responsibility", "officials yesterday blamed":
            # a statement; "the bombing on Monday claimed 20 lives" is the attack's day.
            return (
                not words[0].startswith("claim")
                or words[1:2] in (["responsibility"], ["credit"])
                or self._claims_a_deed(text, end)
            )
        return bool(words) and words[0] in self.after

    def _of_a_report(self, text: str, start: int, end: int) -> bool:
        """Say whether the date at ``start..end`` dates a report, not an event.

        A statement ("police said on Sunday"), a follow-up, or a report told before or after
        its news.
        """
        return (
            self._statement_date(text, start)
            or self._statement_after(text, end)
            or self._follow_up(text, start)
            or self._reported_that(text, start, end)
            or self._blamed_for(text, start, end)
            or self._closing_report(text, start, end)
        )

    def _claims_a_deed(self, text: str, end: int) -> bool:
        """Say whether the "claimed" after the date at ``end`` takes an attack as its object.

        "the Front on Saturday claimed the attack", "claimed Friday's twin bombings": a
        group's claim, told on its day; "the blast on Monday claimed 20 lives" is the
        attack's own day.
        """
        return self.deed is not None and self.deed.match(text, end) is not None

    def scan(self, text: str, offset: int, hits: list[int]) -> list[_Found]:
        """Return the dates of ``text`` (at ``offset`` in its document) around ``hits``."""
        patterns = _patterns(self.lex)
        found: list[_Found] = []
        covered = 0
        for hit in hits:
            if hit < covered:
                continue
            match = None
            for start in _starts(text, hit):
                if start < covered:
                    continue
                match = patterns.scan.match(text, start)
                if match is not None and match.end() > hit:
                    break
                match = None
            if match is None:
                continue
            covered = match.end()
            if _is_duration(text, match.end()):
                continue
            statement = self._of_a_report(text, match.start(), match.end())
            item = self._resolve_safely(match, text)
            if item is None:
                continue
            span = Span(doc=self.doc, start=offset + match.start(), end=offset + match.end())
            (self.statements if statement else found).append(
                _Found(
                    ref=item.ref.model_copy(update={"span": span}),
                    lo=item.lo,
                    hi=item.hi,
                    weekday=item.weekday,
                )
            )
        return found

    def _make(
        self,
        text: str,
        precision: DatePrecision,
        lo: dt.date | None,
        hi: dt.date | None = None,
        weekday: int | None = None,
        value: dt.date | None = None,
    ) -> _Found:
        start = value if value is not None else lo
        return _Found(
            ref=DateRef(text=text, value=start, precision=precision),
            lo=lo,
            hi=hi if hi is not None else lo,
            weekday=weekday,
        )

    def _resolve_safely(self, m: re.Match[str], text: str) -> _Found | None:
        """Resolve a match; a day off the calendar's ends leaves it unresolved, not raising."""
        try:
            item = self._resolve(m, text)
        except (OverflowError, ValueError):
            # "next week" published 9999-12-31, "on Monday" published 0001-01-01.
            return self._make(m.group(), DatePrecision.DAY, None)
        if item is None or _in_calendar(item.lo, item.hi, item.ref.value):
            return item
        return self._make(item.ref.text, item.ref.precision or DatePrecision.DAY, None)

    def _resolve(self, m: re.Match[str], text: str) -> _Found | None:
        g = m.groupdict()
        if g["a_m"] or g["b_m"] or g["c_m"] or g["i_y"] or g["g_y"]:
            return self._resolve_calendar(m, g, text)
        return self._resolve_relative(m, g, text)

    def _resolve_calendar(self, m: re.Match[str], g: dict[str, Any], text: str) -> _Found | None:
        """Resolve a calendar date: a day of a month, a month, an ISO date or a year."""
        expr = m.group()
        if g["a_m"] or g["b_m"]:
            k = "a" if g["a_m"] else "b"
            return self._day_month(expr, g[f"{k}_m"], g[f"{k}_d"], g[f"{k}_y"], g[f"{k}_wd"])
        if g["c_m"]:
            if not (g["c_y"] or g["c_edge"] or _has_cue(text, m.start(), self.lex.month_cues)):
                return None
            if not g["c_y"] and g["c_m"].lower().rstrip(".") in self.short_months:
                return None  # "the Church of Mar Elias": a bare short month is a name's word
            return self._month(expr, g["c_m"], g["c_y"], g["c_edge"])
        if g["i_y"]:
            try:
                value = dt.date(int(g["i_y"]), int(g["i_m"]), int(g["i_d"]))
            except ValueError:
                return None
            return self._make(expr, DatePrecision.DAY, value)
        if not _has_cue(text, m.start(), self.lex.year_cues):
            return None
        y = int(g["g_y"])
        return self._make(expr, DatePrecision.YEAR, dt.date(y, 1, 1), dt.date(y, 12, 31))

    def _resolve_relative(self, m: re.Match[str], g: dict[str, Any], text: str) -> _Found | None:
        """Resolve a date told from publication: a weekday, "last month", a season, "ago"."""
        expr = m.group()
        if g["d_wd"]:
            before, _ = _previous_words(text, m.start())
            if before == "last":
                return self._last_weekday(expr, g["d_wd"])
            return self._weekday(expr, g["d_wd"], future=self._future(text, m.start()))
        if g["k_we"]:
            return self._weekend(expr)
        if g["e_rel"]:
            last, _ = _previous_words(text, m.start())
            if last in ("the", "over", "for"):
                # "the last year", "over the past month": a duration, not a date.
                return None
            return self._relative(expr, g["e_rel"], g["e_u"])
        if g["f_s"]:
            if not (g["f_y"] or _has_cue(text, m.start(), self.lex.season_cues)):
                return None
            return self._season(expr, g["f_s"].lower(), "in", g["f_y"])
        if g["j_u"]:
            return self._ago(expr, g["j_n"], g["j_u"])
        word = (g["h_w"] or "").lower()
        pub = self.published
        if pub is None:
            return self._make(expr, DatePrecision.DAY, None)
        day = pub - dt.timedelta(days=1) if word == "yesterday" else pub
        return self._make(expr, DatePrecision.DAY, day)

    def _month_number(self, name: str) -> int:
        return self.lex.months[name.lower().rstrip(".")]

    def _day_month(
        self, expr: str, month_name: str, day_text: str, year_text: str | None, wd: str | None
    ) -> _Found:
        month = self._month_number(month_name)
        day = int(day_text.rstrip("stndrh"))
        weekday = self.lex.weekdays[wd.lower()] if wd else None
        pub = self.published
        if year_text:
            try:
                value = dt.date(int(year_text), month, day)
            except ValueError:
                return self._make(expr, DatePrecision.DAY, None)
            return self._make(expr, DatePrecision.DAY, value)
        if pub is None:
            # No year and no publication date: even a weekday leaves the year open.
            return self._make(expr, DatePrecision.DAY, None)
        name = calendar.month_name[month]
        parsed = _calendar(f"{name} {day}", pub, month, day)
        if parsed is None or parsed.month != month or parsed.day != day:
            return self._make(expr, DatePrecision.DAY, None)
        if weekday is not None and parsed.weekday() != weekday:
            # The weekday fixes the year: the latest earlier year where the two agree.
            return self._make(
                expr, DatePrecision.DAY, self._year_for(month, day, weekday, parsed.year)
            )
        return self._make(expr, DatePrecision.DAY, parsed)

    @staticmethod
    def _year_for(month: int, day: int, weekday: int, latest: int) -> dt.date | None:
        for year in range(latest - 1, latest - 29, -1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday:
                return candidate
        return None

    def _month(
        self, expr: str, month_name: str, year_text: str | None, edge_text: str | None
    ) -> _Found:
        month = self._month_number(month_name)
        pub = self.published
        if year_text:
            year: int | None = int(year_text)
        elif pub is not None:
            value = _calendar(calendar.month_name[month], pub, month, 1)
            year = value.year if value is not None and value.month == month else None
        else:
            year = None
        if year is None:
            return self._make(expr, DatePrecision.MONTH, None)
        first, last = dt.date(year, month, 1), _month_end(year, month)
        lo, hi = first, last
        if edge_text:
            edge = self.lex.edge_cues.get(" ".join(edge_text.lower().split()))
            if edge is not None:
                a, b = _EDGE_DAYS[edge]
                lo = first.replace(day=a) if a > 0 else last + dt.timedelta(days=a)
                hi = first.replace(day=b) if b > 0 else last
        return self._make(expr, DatePrecision.MONTH, lo, hi, value=first)

    def _weekday(self, expr: str, name: str, future: bool = False) -> _Found:
        weekday = self.lex.weekdays[name.lower()]
        pub = self.published
        if pub is None:
            return self._make(expr, DatePrecision.DAY, None, weekday=weekday)
        if future:
            # "will be released on Friday": the next Friday after publication.
            start = pub + dt.timedelta(days=1)
            value = _latest_weekday(weekday, start, start + dt.timedelta(days=6))
            return self._make(expr, DatePrecision.DAY, value, weekday=weekday)
        # News usage: "on Wednesday" in a Wednesday paper is that day, not a week before
        # (dateparser's reading).
        value = _latest_weekday(weekday, pub - dt.timedelta(days=6), pub)
        return self._make(expr, DatePrecision.DAY, value, weekday=weekday)

    def _last_weekday(self, expr: str, name: str) -> _Found:
        """Resolve "last Saturday": that weekday of the week before, never today nor yesterday.

        A writer names yesterday by its weekday alone; "last" pushes the day back past it,
        also in a paper dated the day after it was written.
        """
        weekday = self.lex.weekdays[name.lower()]
        pub = self.published
        if pub is None:
            return self._make(expr, DatePrecision.DAY, None, weekday=weekday)
        value = _latest_weekday(weekday, pub - dt.timedelta(days=8), pub - dt.timedelta(days=2))
        return self._make(expr, DatePrecision.DAY, value, weekday=weekday)

    def _future(self, text: str, at: int) -> bool:
        """Say whether a future cue stands in the few words before ``at`` in its clause."""
        before = text[max(0, at - _FUTURE_REACH) : at]
        before = re.split(r"[,;:]", before)[-1]
        return bool(_future_cues(self.lex).search(before))

    def _relative(self, expr: str, rel_text: str, unit: str) -> _Found | None:
        rel = rel_text.split()[-1].lower()
        if unit.lower() in self.lex.seasons:
            return self._season(expr, unit.lower(), rel, None)
        pub = self.published
        step = {"this": 0, "last": -1, "past": -1, "next": 1}[rel]
        precision = {
            "week": DatePrecision.PERIOD,
            "month": DatePrecision.MONTH,
            "year": DatePrecision.YEAR,
        }[unit]
        if pub is None:
            return self._make(expr, precision, None)
        if unit == "week":
            if step < 0 and pub.weekday() == 6:
                # On a Sunday the week just ended is "last week": weeks that begin on
                # Sunday, as much of the press counts them ("last week's attack" on
                # Thursday, told in a Sunday paper).
                start = pub - dt.timedelta(days=7)
                return self._make(expr, precision, start, pub - dt.timedelta(days=1))
            monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
            return self._make(expr, precision, monday, monday + dt.timedelta(days=6))
        if unit == "month":
            first = _add_months(pub.replace(day=1), step)
            return self._make(expr, precision, first, _month_end(first.year, first.month))
        year = pub.year + step
        return self._make(expr, precision, dt.date(year, 1, 1), dt.date(year, 12, 31))

    def _weekend(self, expr: str) -> _Found:
        """Resolve "the weekend", "last weekend": the latest Saturday on or before publication.

        Told as a period, so that a report dating the attack by either day meets it.
        """
        pub = self.published
        if pub is None:
            return self._make(expr, DatePrecision.PERIOD, None)
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        return self._make(expr, DatePrecision.PERIOD, saturday, saturday + dt.timedelta(days=6))

    def _ago(self, expr: str, count_text: str, unit_text: str) -> _Found:
        count = (
            int(count_text)
            if count_text.isdigit()
            else self.lex.number_words.get(count_text.lower(), 1)
        )
        unit = unit_text.lower().rstrip("s")
        precision = {
            "day": DatePrecision.DAY,
            "week": DatePrecision.PERIOD,
            "month": DatePrecision.MONTH,
            "year": DatePrecision.YEAR,
        }[unit]
        pub = self.published
        if pub is None:
            return self._make(expr, precision, None)
        if unit == "day":
            return self._make(expr, precision, pub - dt.timedelta(days=count))
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday(), weeks=count)
            return self._make(expr, precision, monday, monday + dt.timedelta(days=6))
        if unit == "month":
            first = _add_months(pub.replace(day=1), -count)
            return self._make(expr, precision, first, _month_end(first.year, first.month))
        year = pub.year - count
        return self._make(expr, precision, dt.date(year, 1, 1), dt.date(year, 12, 31))

    def _season(self, expr: str, name: str, rel: str, year_text: str | None) -> _Found:
        start_month = self.lex.seasons[name]
        pub = self.published
        if year_text:
            # "winter 2018" is the winter that ends in 2018.
            year = int(year_text) - (1 if start_month == 12 else 0)
        elif pub is None:
            return self._make(expr, DatePrecision.SEASON, None)
        else:
            year = pub.year if dt.date(pub.year, start_month, 1) <= pub else pub.year - 1
            lo, hi = _season_span(year, start_month)
            if rel in ("last", "past") and lo <= pub <= hi:
                year -= 1
            elif rel == "next":
                year += 1
        lo, hi = _season_span(year, start_month)
        return self._make(expr, DatePrecision.SEASON, lo, hi)


# --- per sentence and per document -----------------------------------------------------


def _one_word_verbs(lexicon: Lexicon, more: list[str]) -> frozenset[str]:
    """Return the reporting verbs and ``more``, those of one word, in lower case."""
    return frozenset(v.lower() for v in (*lexicon.sources.reporting_verbs, *more) if " " not in v)


@per_lexicon
def _verbs_after(lexicon: Lexicon) -> frozenset[str]:
    return _one_word_verbs(lexicon, lexicon.dates.revision_verbs)


@per_lexicon
@per_lexicon
def _separate_news(lexicon: Lexicon) -> re.Pattern[str]:
    """Words that tell a sentence's news as another event ("in a separate operation").

    The events lexicon's ``other_event_phrases``, each word of a phrase allowed a word or
    two between ("a separate police operation").
    """
    phrases = sorted(lexicon.events.other_event_phrases, key=len, reverse=True)
    loose = [r"\s+(?:[\w-]+\s+){0,2}".join(map(re.escape, p.split())) for p in phrases]
    return re.compile(rf"\b(?:{'|'.join(loose) or '(?!)'})\b", re.IGNORECASE)


@per_lexicon
def _claimed_deed(lexicon: Lexicon) -> re.Pattern[str]:
    """Return "claimed" and an attack as its object: "claimed the attack", "claimed its bombings".

    A determiner or a possessive opens the object, and up to three words ("deadly
    suicide") stand before the events lexicon's attack word that ends it.
    """
    kinds = alternation(list(lexicon.events.kind_words), spaces=r"\s+")
    return re.compile(
        rf"\s+claim(?:s|ed)?\s+(?:the|an?|this|that|its|their|[A-Z][\w-]*(?:'s|\u2019s))\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{kinds})\b",
        re.IGNORECASE,
    )


def _reporting_verbs(lexicon: Lexicon) -> frozenset[str]:
    return _one_word_verbs(lexicon, lexicon.dates.statement_verbs)


@dataclass
class _DatesMemo:
    """What reading dates keeps of one document (``DocContext.memo``), by sentence."""

    hits: dict[int, list[int]] | None = None
    raw: dict[int, list[_Found]] = field(default_factory=dict)
    statements: dict[int, list[_Found]] = field(default_factory=dict)
    anchors: dict[int, list[_Found]] = field(default_factory=dict)
    found: dict[int, list[DateRef]] = field(default_factory=dict)
    lead: list[DateRef] | None = None


def _hits(ctx: DocContext) -> dict[int, list[int]]:
    """Return, by sentence, where the trigger substrings occur (sentence offsets, sorted)."""
    hits = ctx.memo(_DatesMemo).hits
    if hits is None:
        patterns = _patterns(ctx.lexicon.dates)
        text = ctx.text
        positions: list[int] = []
        # One pass of str.find a trigger over the whole document: C speed, no regex.
        for trigger in patterns.triggers:
            at = text.find(trigger)
            while at != -1:
                positions.append(at)
                at = text.find(trigger, at + len(trigger))
        positions.extend(m.start() for m in patterns.year.finditer(text))
        positions.sort()
        hits = {}
        for at in positions:
            sentence = ctx.sentence_at(at)
            if sentence is not None:
                hits.setdefault(sentence.index, []).append(at - sentence.start)
        ctx.memo(_DatesMemo).hits = hits
    return hits


def _raw(ctx: DocContext, sentence: Sentence) -> list[_Found]:
    cache = ctx.memo(_DatesMemo).raw
    found = cache.get(sentence.index)
    if found is None:
        hits = _hits(ctx).get(sentence.index)
        if hits:
            scanner = _Scanner(
                ctx.lexicon.dates,
                ctx.document.published,
                ctx.document.id,
                _reporting_verbs(ctx.lexicon),
                _verbs_after(ctx.lexicon),
                _separate_news(ctx.lexicon),
                _claimed_deed(ctx.lexicon),
            )
            found = scanner.scan(sentence.text, sentence.start, hits)
            statements = scanner.statements
        else:
            found, statements = [], []
        cache[sentence.index] = found
        ctx.memo(_DatesMemo).statements[sentence.index] = statements
    return found


def _earlier_in_paragraph(ctx: DocContext, sentence: Sentence) -> Iterator[Sentence]:
    """Yield the earlier sentences of the sentence's paragraph, nearest first (a few)."""
    index = sentence.index - 1
    while index >= 0 and sentence.index - index <= _PARAGRAPH_REACH:
        other = ctx.sentences[index]
        if other.paragraph != sentence.paragraph:
            return
        yield other
        index -= 1


def _anchors(ctx: DocContext, sentence: Sentence) -> Iterator[_Found]:
    """Yield dates a bare weekday may be completed against, nearest first.

    Each source gives at most a few dates, so a sentence of many weekdays stays linear.
    """
    sources = [sentence, *_earlier_in_paragraph(ctx, sentence)]
    # Only a date read before the weekday explains it ("at the end of July ... the Monday
    # attack"), not one further on, which is usually another event.
    sources.extend(ctx.sentences[: min(_LEAD_SENTENCES, sentence.index)])
    cache = ctx.memo(_DatesMemo).anchors
    for source in sources:
        anchors = cache.get(source.index)
        if anchors is None:
            anchors = [f for f in _raw(ctx, source) if f.weekday is None]
            anchors = cache[source.index] = anchors[:_ANCHORS_PER_SENTENCE]
        yield from anchors


def _complete(ctx: DocContext, sentence: Sentence, found: _Found) -> DateRef:
    pub = ctx.document.published
    if found.weekday is None or pub is None:
        return found.ref
    for anchor in _anchors(ctx, sentence):
        if anchor.lo is None or anchor.hi is None:
            continue
        if anchor.ref.precision not in (DatePrecision.DAY, DatePrecision.MONTH):
            continue
        if anchor.ref.precision is DatePrecision.DAY and anchor.lo == pub:
            # The publication day told in the text ("May 3, 2021 (OKVARA) -", "said on
            # Thursday, May 3") is today: a weekday is of its week, as with no anchor,
            # never of an older month named after it ("the bombing last April").
            return found.ref
        day = _latest_weekday(found.weekday, anchor.lo, min(anchor.hi, pub))
        if day is not None and pub - day <= _WEEKDAY_REACH:
            return found.ref.model_copy(update={"value": day})
    return found.ref


def find_dates(ctx: DocContext, sentence: Sentence) -> list[DateRef]:
    """Return the date expressions of ``sentence``, resolved, in text order.

    A bare weekday is completed against a nearby date (this sentence, then the earlier
    sentences of its paragraph, then the document's lead) when one holds that weekday
    within a month before publication; otherwise it is the latest such weekday on or
    before the publication date.
    """
    cache = ctx.memo(_DatesMemo).found
    refs = cache.get(sentence.index)
    if refs is None:
        refs = [_complete(ctx, sentence, f) for f in _raw(ctx, sentence)]
        refs = cache[sentence.index] = _in_years_named(refs)
    return list(refs)


_WRITTEN_YEAR = re.compile(r"\d{4}")
# A day named by its month ("May 23", "23 May", "early June"), not a weekday or "yesterday".
_MONTH_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE
)


def _in_years_named(refs: list[DateRef]) -> list[DateRef]:
    """Give a day written without its year the year its sentence names before it.

    "In 2009, Velka fighters seized the town on May 23": the day is of 2009, not of the
    year of publication.
    """
    out: list[DateRef] = []
    year: int | None = None
    for ref in refs:
        if ref.precision is DatePrecision.YEAR and ref.value is not None:
            year = ref.value.year
        elif (
            year is not None
            and ref.value is not None
            and ref.value.year != year
            and ref.precision in (DatePrecision.DAY, DatePrecision.MONTH)
            and _WRITTEN_YEAR.search(ref.text) is None
            and _MONTH_NAMED.search(ref.text) is not None
        ):
            ref = ref.model_copy(update={"value": _same_day_in(ref.value, year)})
        out.append(ref)
    return out


def _same_day_in(day: dt.date, year: int) -> dt.date:
    """``day`` in ``year``; the 29th of February becomes the 28th in a common year."""
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


def statement_dates(ctx: DocContext, sentence: Sentence) -> list[DateRef]:
    """Return the dates of statements in ``sentence`` ("police said on Sunday"), resolved.

    They are no event's date, but an event reported in a statement happened on or before
    it.
    """
    _raw(ctx, sentence)
    found = ctx.memo(_DatesMemo).statements.get(sentence.index, [])
    return [ref for ref in (_complete(ctx, sentence, f) for f in found) if ref.resolved]


# Words a stamp line holds besides its date: "Updated 10:42 GMT", "Tue, 03 Mar 2020 UTC".
_STAMP_WORDS = re.compile(r"[A-Za-z]{3,}")
_STAMP_MAX_WORDS = 2


def is_stamp(sentence: Sentence, refs: list[DateRef]) -> bool:
    """Say whether a line is a date stamp: a date with at most a word or two beside it.

    A stamp under a headline ("November 30, 2008", "Tue, 03 Mar 2020 00:00 UTC") is the
    publication's metadata, never the date of an event.
    """
    if not refs or "\n" in sentence.text.strip():
        return False
    text = sentence.text
    for ref in sorted((r for r in refs if r.span is not None), key=lambda r: -r.span.start):  # type: ignore[union-attr]
        start = ref.span.start - sentence.start  # type: ignore[union-attr]
        end = ref.span.end - sentence.start  # type: ignore[union-attr]
        text = text[:start] + " " + text[end:]
    return len(_STAMP_WORDS.findall(text)) <= _STAMP_MAX_WORDS and len(text.split()) <= 6


def lead_dates(ctx: DocContext) -> list[DateRef]:
    """Return the dates of the document's lead: its first sentences, in text order."""
    out = ctx.memo(_DatesMemo).lead
    if out is None:
        out = []
        for sentence in ctx.sentences[:_LEAD_SENTENCES]:
            out.extend(find_dates(ctx, sentence))
        ctx.memo(_DatesMemo).lead = out
    return list(out)


def _first(refs: list[DateRef]) -> DateRef | None:
    for ref in refs:
        if ref.resolved:
            return ref
    return refs[0] if refs else None


@per_lexicon
def _comparison(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A record word, then "since" within its clause: what follows is a period's start.

    The words are the events lexicon's ``record_words``, the ones that make "the deadliest
    attack since 2018" a ranking rather than a count over a period.
    """
    words = lexicon.events.record_words
    if not words:
        return None
    records = alternation(words, spaces=r"\ ")
    return re.compile(rf"\b(?:{records})\b[^,;:.]{{0,60}}?\bsince\b[^,;:]*", re.I)


def _claim_dates(ctx: DocContext, sentence: Sentence) -> list[DateRef]:
    """Return the dates of ``sentence`` that may date its claims.

    A date inside a comparison ("the deadliest since the group began its insurgency in
    2007") starts the period compared with; it dates nothing the sentence reports.
    """
    refs = find_dates(ctx, sentence)
    pattern = _comparison(ctx.lexicon)
    if pattern is None or not refs:
        return refs
    spans = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in pattern.finditer(sentence.text)
    ]
    return [r for r in refs if r.span is None or not any(a <= r.span.start < b for a, b in spans)]


def _recent(ref: DateRef, published: dt.date | None) -> bool:
    window = date_window(ref)
    if published is None or window is None:
        return window is not None
    return window[0] <= published and published - window[1] <= _WEEKDAY_REACH


# A claim told in a relative clause: "that killed", "where at least 40 people were".
_RELATIVE = re.compile(r"\b(?:that|which|who|where|in\s+which)\s+(?:[\w-]+\s+){0,4}$")


def relative_clause_date(sentence: Sentence, refs: list[DateRef], rel: int) -> DateRef | None:
    """Return the date of the noun a relative clause at ``rel`` tells of, if it is one.

    "the 2011 attack on a stadium that killed 41, and an assault on a church in 2014
    that claimed 88 lives": a claim in a relative clause is dated by a date of its own
    clause ("the gunmen who killed 40 people in Lyon in March"), else by the nearest
    date before it, not by the sentence's first. ``None`` when the claim is not in a
    relative clause or its sentence has fewer than two dates.
    """
    if len(refs) < 2 or not _RELATIVE.search(sentence.text[:rel]):
        return None
    at = sentence.start + rel
    comma = sentence.text.find(",", rel)
    end = sentence.start + (comma if comma >= 0 else len(sentence.text))
    placed = [r for r in refs if r.resolved and r.span is not None]
    own = [r for r in placed if r.span is not None and at <= r.span.start < end]
    if own:
        return own[0]
    before = [r for r in placed if r.span is not None and r.span.start < at]
    return max(before, key=lambda r: r.span.start if r.span else 0, default=None)


_ITEM_BREAK = re.compile(r"[,;]|\band\b")


def list_item_bounds(sentence: Sentence, refs: list[DateRef], rel: int) -> tuple[int, int] | None:
    """Return the bounds of the item of an enumeration of dated events holding ``rel``.

    "attacks including a raid on a Dunmar barracks in 2009, the killing of 12 monks in
    Okvara in 2015 and a church bombing last year": each item of a list of attacks carries
    its own date, target and place, and a claim in one of them is told by its item alone.
    ``None`` unless the claim's item (between commas, semicolons and "and") holds exactly
    one date and another item holds another. Offsets are relative to the sentence.
    """
    placed = [r for r in refs if r.resolved and r.span is not None]
    if len(placed) < 2:
        return None
    text = sentence.text
    cuts = [0, *(m.end() for m in _ITEM_BREAK.finditer(text)), len(text) + 1]
    lo = max(c for c in cuts if c <= rel)
    hi = min(c for c in cuts if c > rel)
    own = [r for r in placed if lo <= r.span.start - sentence.start < hi]  # type: ignore[union-attr]
    if len(own) != 1 or all(r.value == own[0].value for r in placed):
        return None
    return lo, min(hi, len(text))


def list_item_date(sentence: Sentence, refs: list[DateRef], rel: int) -> DateRef | None:
    """Return the date of the item of an enumeration a claim at ``rel`` stands in, if any.

    See :func:`list_item_bounds`: a claim in one item of a list of dated attacks takes
    its item's date, not the sentence's first.
    """
    bounds = list_item_bounds(sentence, refs, rel)
    if bounds is None:
        return None
    return next(
        r
        for r in refs
        if r.resolved
        and r.span is not None
        and bounds[0] <= r.span.start - sentence.start < bounds[1]
    )


def weekday_gives_way(
    lexicon: Lexicon, sentence: Sentence, refs: list[DateRef], rel: int
) -> DateRef | None:
    """Return the explicit date that outranks a sentence's first date, a bare weekday.

    "the arrest on Friday of a man, one of the gunmen who killed 40 people in Lyon in
    March": the weekday told before a claim at ``rel`` gives way to the nearest date
    after the claim that names a month or a year (a weekday is read relative to
    publication, an explicit date is not). ``None`` when the first date governs.
    """
    lex = lexicon.dates

    def words(ref: DateRef) -> list[str]:
        return re.findall(r"[a-z]+", ref.text.lower())

    def explicit(ref: DateRef) -> bool:
        return bool(re.search(r"\d", ref.text)) or any(w in lex.months for w in words(ref))

    def at(ref: DateRef) -> int:
        return ref.span.start - sentence.start if ref.span is not None else -(10**9)

    first = refs[0] if refs else None
    if first is None or len(refs) < 2 or explicit(first) or at(first) > rel:
        return None
    if not any(w in lex.weekdays for w in words(first)):
        return None
    later = [d for d in refs[1:] if explicit(d) and at(d) > rel]
    return min(later, key=lambda d: abs(at(d) - rel), default=None)


# A non-restrictive relative clause: ", which claimed a previous attack on it in 2011".
# ", a group which was founded in 2011", ", which split from it in 2011".
_ASIDE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3})?(?:which|who|whose)\b"
    # ", accusing the group who ruled the country until 2001": a clause of its own names a
    # party, and what "who" tells of it is that party's past.
    r"|,\s+(?:[\w-]+\s+){1,4}(?:who|whose|whom)\b"
)


def in_aside_after(sentence: Sentence, ref: DateRef, rel: int) -> bool:
    """Say whether a date stands in a relative clause opened after a claim at ``rel``.

    "the ministry blamed the Okvara Front, a group which claimed a previous attack on the
    hotel in 2011": what the aside tells of the group is its own story, and its date does
    not date the blame told before it.
    """
    if ref.span is None:
        return False
    at = ref.span.start - sentence.start
    return rel < at and _ASIDE.search(sentence.text, rel, at) is not None


def resolve_date(ctx: DocContext, sentence: Sentence, at: int | None = None) -> DateRef | None:
    """Return the event date that applies to claims in ``sentence``, if the text gives one.

    The sentence's own dates come first, then those of the earlier sentences of its
    paragraph (nearest first), then the lead's first date close to publication. A
    relative date in a document without a publication date comes back unresolved
    (``value=None``). Given the claim's offset ``at``, a claim in a relative clause
    takes the date of the noun it tells of (:func:`relative_clause_date`), and a bare
    weekday before it gives way to an explicit date after it (:func:`weekday_gives_way`).
    """
    # A relative clause's noun may sit in a comparison ("surpasses the attack on a stadium
    # in 2011, where 41 people were killed"): it is dated by every date of the sentence.
    if at is not None and (
        told := relative_clause_date(sentence, find_dates(ctx, sentence), at - sentence.start)
    ):
        return told
    refs = _claim_dates(ctx, sentence)
    if at is not None:
        refs = [r for r in refs if not in_aside_after(sentence, r, at - sentence.start)]
    if at is not None and (
        told := weekday_gives_way(ctx.lexicon, sentence, refs, at - sentence.start)
        or list_item_date(sentence, refs, at - sentence.start)
    ):
        return told
    own = _first(refs)
    if own is not None:
        return own
    for other in _earlier_in_paragraph(ctx, sentence):
        found = _first(_claim_dates(ctx, other))
        if found is not None:
            return found
    pub = ctx.document.published
    lead = lead_dates(ctx)
    for ref in lead:
        if _recent(ref, pub):
            return ref
    return None
