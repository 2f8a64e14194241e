"""Rules about dates: two dates for one event that cannot both hold.

A claim's date covers the days its precision allows ("in January 2018" is any day of that
month); a weekday named in the text ("on Tuesday") must fall inside the other's days.
``period`` dates are too loose to contradict anything.

Only dates on or before the day the event was first reported are an event's, and not a
date right after a reporting verb ("police said on Tuesday"), nor one in the speaker's
clause after a claim ("..., an investigator told a court hearing on Tuesday"): that is a
statement's; only
claims from different documents are compared: a writer gives one date for an event,
so two dates in one text are most often the event's and a statement's ("said on
Wednesday"), which the rule cannot tell apart. Dates a day apart are no conflict (time
zones and overnight attacks blur a day, and a statement is often dated the day after the
event); further apart, a hard one.

May import: :mod:`.engine` and :mod:`.registry`, and the wording, vocab and models modules.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    DateRef,
    FigureClaim,
)
from claimrecon.rules.engine import EventContext
from claimrecon.rules.registry import rule
from claimrecon.vocab import Lexicon, alternation, per_lexicon

__all__ = ["date_conflict", "date_days", "named_weekday"]

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_RE = re.compile(rf"\b({alternation(_WEEKDAYS)})\b", re.IGNORECASE)


def date_days(ref: DateRef) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a date reference can mean, or ``None`` if unknown.

    Example:
        >>> from claimrecon.models import DateRef, DatePrecision
        >>> date_days(DateRef(text="January 2018", value=dt.date(2018, 1, 1),
        ...                   precision=DatePrecision.MONTH))
        (datetime.date(2018, 1, 1), datetime.date(2018, 1, 31))
    """
    value, precision = ref.value, ref.precision
    if value is None or precision is None or precision is DatePrecision.PERIOD:
        return None
    if precision is DatePrecision.DAY:
        return value, value
    if precision is DatePrecision.MONTH:
        return value, _month_end(value.year, value.month)
    if precision is DatePrecision.SEASON:
        month = value.month + 2
        year = value.year + (month - 1) // 12
        return value, _month_end(year, (month - 1) % 12 + 1)
    return value, dt.date(value.year, 12, 31)


def named_weekday(ref: DateRef) -> int | None:
    """Return the weekday the text names (Monday is 0), or ``None``."""
    found = {_WEEKDAYS[m.lower()] for m in _WEEKDAY_RE.findall(ref.text)}
    return found.pop() if len(found) == 1 else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _compatible(a: DateRef, b: DateRef) -> bool:
    days_a, days_b = date_days(a), date_days(b)
    if days_a is not None and days_b is not None:
        start, end = max(days_a[0], days_b[0]), min(days_a[1], days_b[1])
        if start > end:
            return False
        days: tuple[dt.date, dt.date] | None = (start, end)
    else:
        days = days_a or days_b
    weekdays = {w for w in (named_weekday(a), named_weekday(b)) if w is not None}
    if len(weekdays) > 1:
        return False
    if weekdays and days is not None and (days[1] - days[0]).days < 6:
        wanted = weekdays.pop()
        span = (days[1] - days[0]).days + 1
        return any((days[0] + dt.timedelta(i)).weekday() == wanted for i in range(span))
    return True


def _gap(a: DateRef, b: DateRef) -> int | None:
    """Return the days between the two dates' nearest ends, if both are resolved."""
    days_a, days_b = date_days(a), date_days(b)
    if days_a is None or days_b is None:
        return None
    return max((days_b[0] - days_a[1]).days, (days_a[0] - days_b[1]).days)


def _describe(ref: DateRef) -> str:
    days = date_days(ref)
    if days is None or ref.value is None:
        return repr(ref.text)
    if ref.precision is DatePrecision.DAY:
        return f"{ref.value:%A} {ref.value.day} {ref.value:%B %Y} ({ref.text!r})"
    return f"{days[0].isoformat()}..{days[1].isoformat()} ({ref.text!r})"


_Key = tuple[tuple[dt.date, dt.date] | None, int | None]


def _apart(gap: int | None) -> str:
    """Say how two dates fail to meet: "they lie 3 days apart", "about 14 years apart"."""
    if gap is None or gap < 2:
        return "they do not fall on the same days"
    if gap > 366:
        return f"they lie about {round(gap / 365.25)} years apart"
    return f"they lie {gap} days apart"


@rule("date-conflict", kind="date", severity="hard")
def date_conflict(ctx: EventContext) -> Iterator[Contradiction]:
    """Flag two dates for one event that cannot both hold at their precision."""
    # Claims that give the same date form one side.
    sides = _dated_sides(ctx)
    keys = sorted(sides, key=_key_order)
    for i, one in enumerate(keys):
        for other in keys[i + 1 :]:
            found = _date_pair(ctx, sides[one], sides[other])
            if found is not None:
                yield found


def _date_pair(
    ctx: EventContext,
    one: list[tuple[FigureClaim | AttributionClaim, DateRef]],
    other: list[tuple[FigureClaim | AttributionClaim, DateRef]],
) -> Contradiction | None:
    """Return the contradiction of two sides that give different dates, if they conflict."""
    first_ref, second_ref = one[0][1], other[0][1]
    if _compatible(first_ref, second_ref):
        return None
    # A document that gives both dates is left out (see the module docstring).
    docs_one = {c.span.doc for c, _ in one}
    docs_other = {c.span.doc for c, _ in other}
    left = [c for c, _ in one if c.span.doc not in docs_other]
    right = [c for c, _ in other if c.span.doc not in docs_one]
    gap = _gap(first_ref, second_ref)
    # A day apart: an overnight attack, a time zone, or the day a statement was made
    # ("said on Sunday") rather than the day of the event.
    if not (left and right) or (gap is not None and gap <= 1):
        return None
    return ctx.contradiction(
        [[c.id for c in left], [c.id for c in right]],
        f"{_speakers(ctx, left)} {_describe(first_ref)}; "
        f"{_speakers(ctx, right)} {_describe(second_ref)}; "
        f"the two cannot both hold: the attack happened once, and {_apart(gap)}.",
    )


_Sides = dict[_Key, list[tuple[FigureClaim | AttributionClaim, DateRef]]]


def _dated_sides(ctx: EventContext) -> _Sides:
    """Group the claims by the date they give; claims that give the same date form one side."""
    sides: _Sides = {}
    first = _first_report(ctx)
    for claim in ctx.claims:
        ref = claim.date
        if ref is None:
            continue
        key = (date_days(ref), named_weekday(ref))
        if first is not None and key[0] is not None and key[0][0] > first:
            continue  # after the event was first reported: a statement's or a page's date
        if _said_on(ctx, ref) or _told_after(ctx, claim, ref) or _borrowed(ctx, claim, ref):
            continue
        if key != (None, None):
            sides.setdefault(key, []).append((claim, ref))
    return sides


def _said_on(ctx: EventContext, ref: DateRef) -> bool:
    """Say whether a date is a statement's day: "police said on Tuesday", "told AFP Monday".

    A date right after a reporting verb of the lexicon (up to three words between: "told
    reporters late on Monday"), or after "statement", dates what was said, not the event.
    """
    if ref.span is None:
        return False
    document = ctx.document(ref.span.doc)
    if document is None or document.text[ref.span.start : ref.span.end] != ref.text:
        return False
    pattern = _statement_pattern(ctx)
    start = ref.span.start
    return (
        pattern is not None and pattern.search(document.text, max(0, start - 60), start) is not None
    )


def _told_after(ctx: EventContext, claim: FigureClaim | AttributionClaim, ref: DateRef) -> bool:
    """Say whether a date stands in the speaker's clause after a claim: the telling's day.

    "X was behind the attack, an investigator told a court hearing on this case on
    Tuesday", "... Amaq said in a statement posted online on Monday": after the claim's
    words, a reporting verb and its audience or venue (no comma, no "that" between) lead to
    the date, which dates what was said, however many words the venue takes.
    """
    span = ref.span
    if span is None or span.doc != claim.span.doc or span.start < claim.span.end:
        return False
    document = ctx.document(span.doc)
    if document is None or document.text[span.start : span.end] != ref.text:
        return False
    pattern = _statement_pattern(ctx, reach=10)
    return (
        pattern is not None
        and pattern.search(document.text, claim.span.end, span.start) is not None
    )


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s+[A-Z\"\u201c]|\n")


_COARSE = frozenset({DatePrecision.MONTH, DatePrecision.SEASON, DatePrecision.YEAR})


def _borrowed(ctx: EventContext, claim: FigureClaim | AttributionClaim, ref: DateRef) -> bool:
    """Say whether a claim's date, read from another sentence of its text, is not its own.

    A report of one attack that recalls another ("it came a week after militants killed
    129 in Paris") dates its own story: a date from another sentence ("on Friday", in
    its lede) is the main story's, not the background event's. And a report dates its
    own story by the day: a month or a year that another sentence names ("the group
    had called for attacks in March", "formed in 2015") dates something else its
    background tells, not the attack a claim reports.
    """
    span = ref.span
    if span is None or span.doc != claim.span.doc:
        return False
    if not ctx.background(claim) and ref.precision not in _COARSE:
        return False
    document = ctx.document(span.doc)
    if document is None:
        return False
    lo, hi = sorted((span.start, claim.span.start))
    return _SENTENCE_END.search(document.text, lo, hi) is not None


def _statement_pattern(ctx: EventContext, reach: int = 3) -> re.Pattern[str] | None:
    """Return a reporting verb (or "statement") and up to ``reach`` words before a date."""
    words = _statement_words(ctx.lexicon)
    if words is None:
        return None
    return re.compile(
        rf"\b(?:{words})\b(?:\s+(?!that\b)[\w'\u2019.-]+){{0,{reach}}}?\s+"
        r"(?:(?:on|late|early)\s+)*$",
        re.IGNORECASE,
    )


@per_lexicon
def _statement_words(lexicon: Lexicon) -> str | None:
    """The lexicon's reporting verbs and "statement", as a regex; None without a verb."""
    verbs = sorted({" ".join(v.split()) for v in lexicon.sources.reporting_verbs} - {""})
    return alternation([*verbs, "statement"]) if verbs else None


def _first_report(ctx: EventContext) -> dt.date | None:
    """Return the earliest publication day of the event's documents, if any is known.

    An event happened on or before the day it was first reported: a later date in
    another text ("November 30", the day a report was stamped or a statement made) is
    not the event's.
    """
    days = [d for d in (ctx.published(c) for c in ctx.claims) if d is not None]
    return min(days, default=None)


def _key_order(key: _Key) -> tuple[dt.date, int]:
    days, weekday = key
    return (days[0] if days else dt.date.min, -1 if weekday is None else weekday)


def _speakers(ctx: EventContext, claims: list[FigureClaim | AttributionClaim]) -> str:
    return ctx.speakers(claims, "dates it")
