"""Conflicts among the figures of one event, metric and subject: sides, time and corrections.

Figures for one event, metric and subject are read as a story told over time:

- **A timeline.** A figure exceeded by one published later, or by a figure the text gives
  as a rise ("the toll rose to 21"), or given as provisional ("so far", "initially") is an
  earlier step, not a rival: tolls rise as the dead are counted.
- **A correction.** A figure below an earlier one (published earlier, or corrected in so
  many words: "revised down to 12") corrects it: a hard contradiction of kind
  ``revision``, between the earlier and the corrected figures. Not so for the missing
  and the displaced, whose counts fall as people are found or go home.
- **Rivals.** Figures published the same day whose intervals cannot meet are rivals: a
  hard contradiction of kind ``figure``.
- **A text of unknown day** is one time with itself, but is set against no other text:
  either may have come first, and a higher figure after a lower one is a rise. A figure
  told or dated before its event took place is another attack's, set against none.

One speaker's several figures in one text ("18 killed in the hotel and 10 at the cafe")
count parts, sites or steps, not rival totals: only the largest of them is compared.

Each conflict is reported once, with every side: the claims are swept in the order of
their intervals into sides of claims that agree, and a claim that agrees with a claim of
another side is left out of the sides (it contradicts no one there). Every step is a sort
or a pass over the claims, so the cost grows with the number of claims, not its square.

May import: :mod:`.engine`, and the extract, connected, wording, vocab and models modules.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from claimrecon.connected import components
from claimrecon.extract import date_window
from claimrecon.models import DatePrecision, FigureClaim, Metric, Qualifier, Subject
from claimrecon.rules.engine import EventContext
from claimrecon.vocab import Lexicon, alternation, per_lexicon
from claimrecon.wording import EARLIER_TELLING, head_word

__all__ = [
    "Conflict",
    "Step",
    "attackers_within",
    "conflicts",
    "merge_retold",
    "own_count",
    "sweep_sides",
]

_INF = float("inf")


@dataclass(frozen=True)
class Step:
    """A figure claim as the timeline reads it.

    ``low`` and ``high`` are its interval under the tolerance, a provisional figure
    counting as a floor ("15 so far" is at least 15); ``when`` orders the claims in time:
    the publication day, then the text's own order (a revision after the figures it
    revises).
    """

    claim: FigureClaim
    low: int
    high: float
    when: tuple[dt.date, int]

    @property
    def day(self) -> dt.date:
        """The publication day (the earliest date when unknown)."""
        return self.when[0]


@dataclass(frozen=True)
class Conflict:
    """One conflict: sides of agreeing claims, each side against every other.

    ``correction`` says whether a later figure corrects earlier ones; then ``corrected``
    holds the ids of the claims it corrects, the earlier sides.
    """

    sides: tuple[tuple[FigureClaim, ...], ...]
    correction: bool = False
    corrected: frozenset[str] = frozenset()
    retold: bool = False
    """Told on several days: rivals of one day repeated, or corrected, on another."""
    correcting: frozenset[str] = frozenset()
    """Of a conflict that is no correction as a whole, the claims that correct earlier
    ones within it (those in ``corrected``): a rivalry told on, and corrected, later."""


def steps(ctx: EventContext, claims: Iterable[FigureClaim]) -> list[Step]:
    """Read claims as steps of a timeline (see :class:`Step`).

    When any claim's publication day is unknown, none is used: all are read as one day.
    Counts of those who took part are dated like tolls: a siege's attackers are found one
    by one ("four gunmen" on its first day, "all six" when it ends), so a later, larger
    count is a step too, and only counts of one day are rivals.
    """
    claims = list(claims)
    days = _breakdown_days(ctx, claims, [told_day(ctx, c) for c in claims])
    # The perpetrator knows how many it sent: its count of its attackers is no step of a
    # count in progress, and every count of the attack stands against it at one time.
    dated = all(d is not None for d in days) and not any(own_count(ctx, c) for c in claims)
    speakers = _top_speakers(ctx, claims)
    found: list[Step] = []
    for claim, day in zip(claims, days, strict=True):
        low, high = _near(claim, *ctx.bounds(claim))
        # "21 killed, including two attackers" is 19 victims as well: a toll of the
        # victims alone ("19 killed") tells the same dead without the attackers.
        low = max(0, low - attackers_within(ctx, claim))
        low, high = _with_attackers_apart(ctx, claim, low, high)
        if ctx.combined(claim):
            low = 0  # several acts' dead together: this event's toll may be any part of it
        outrun = _counting(ctx, claim) and not _outspoken(ctx, claim, high, speakers)
        top: float = _INF if high is None or early(ctx, claim) or outrun else high
        tick = 1 if revision(ctx, claim) else 0
        when = (day if dated and day is not None else dt.date.min, tick)
        found.append(Step(claim=claim, low=low, high=top, when=when))
    return found


_APART_REACH = 120
"""How far from a toll, in characters, the attackers it sets apart are counted."""


def _with_attackers_apart(
    ctx: EventContext, claim: FigureClaim, low: int, high: int | None
) -> tuple[int, int | None]:
    """Read a toll that sets the attackers apart as the victims, or the victims and attackers.

    "16 people were killed besides the four attackers" counts the victims alone: a toll of
    people elsewhere is 16 if it leaves the attackers out too, 20 if it counts them in, and
    no number between. The toll is read as whichever of the two more of the event's tolls
    of people agree with. With the attackers uncounted ("besides the attackers"), it is a
    floor.
    """
    if high is None:
        return low, high
    apart = ctx.attackers_apart(claim)
    if apart is None and not ctx.attackers_beside(claim):
        return low, high
    tops = _attackers_near(ctx, claim) or ([apart] if apart else [])
    if not tops or any(t is None for t in tops):
        # "and four attackers were arrested": another count, the toll stays as told
        return (low, None) if apart is not None else (low, high)
    n = max(t for t in tops if t is not None)
    if _tolls_met(ctx, claim, low + n, high + n) > _tolls_met(ctx, claim, low, high):
        return low + n, high + n
    return low, high


def _attackers_near(ctx: EventContext, claim: FigureClaim) -> list[int | None]:
    """Return the ceilings of the counts of attackers killed (or hurt) near a toll."""
    return [
        ctx.bounds(other)[1]
        for other in ctx.figures
        if other.subject is Subject.MILITANTS
        and other.metric is claim.metric
        and other.span.doc == claim.span.doc
        and abs(other.span.start - claim.span.start) <= _APART_REACH
    ]


def _tolls_met(ctx: EventContext, claim: FigureClaim, low: int, high: int) -> int:
    """Count the event's other tolls of the claim's metric and subject that meet low..high."""
    found = 0
    for other in ctx.figures:
        if other.id == claim.id or other.metric is not claim.metric:
            continue
        if other.subject is not claim.subject:
            continue
        o_low, o_high = ctx.bounds(other)
        found += o_low <= high and (o_high is None or low <= o_high)
    return found


def told_day(ctx: EventContext, claim: FigureClaim) -> dt.date | None:
    """Return the day a figure was told: the day its text gives it, or its publication.

    "On Monday, an estimated toll of 280 was released", in a report of Thursday about an
    attack of Sunday: the day the text gives, after the attack's and before the report's,
    can only be when the figure was told, an earlier step than the report's own figures.
    A day that is the attack's is the event's date, not the telling's.
    """
    published = ctx.published(claim)
    start = ctx.event.date
    told = claim.date
    if (
        published is None
        or start is None
        or ctx.event.date_precision is not DatePrecision.DAY
        or told is None
        or told.value is None
        or told.precision is not DatePrecision.DAY
    ):
        return published
    if told.value == start < published and _said_on_the_day(ctx, claim, start):
        return start
    return told.value if start < told.value < published else published


def _said_on_the_day(ctx: EventContext, claim: FigureClaim, day: dt.date) -> bool:
    """Say whether a figure's sentence tells it as said on the attack's own day.

    "Police said on Sunday that 10 were killed", "On Sunday, the ministry said 10 died",
    in a report of Tuesday about an attack of Sunday: the figure is the count of Sunday,
    retold, an earlier step than the report's own figures, not a rival of Tuesday's. The
    words are the lexicon's ``sources.reporting_verbs`` and ``dates.weekdays``.
    """
    pattern = _said_on(ctx.lexicon).get(day.weekday())
    document = ctx.document(claim.span.doc)
    if pattern is None or document is None:
        return False
    before = document.text[max(0, claim.span.start - _REACH) : claim.span.start]
    before = re.split(r"[.!?]\s", before)[-1]
    return pattern.search(before) is not None


@per_lexicon
def _said_on(lexicon: Lexicon) -> dict[int, re.Pattern[str]]:
    verbs = alternation(lexicon.sources.reporting_verbs)
    found: dict[int, re.Pattern[str]] = {}
    for name, index in lexicon.dates.weekdays.items():
        day = re.escape(name)
        found.setdefault(
            index,
            re.compile(
                rf"\b(?:{verbs})\s+(?:[\w-]+\s+){{0,2}}?on\s+{day}\b"
                rf"|\bon\s+{day}\s*,?\s+(?:[\w'-]+\s+){{0,4}}?(?:{verbs})\b",
                re.IGNORECASE,
            ),
        )
    return found


def _near(claim: FigureClaim, low: int, high: int | None) -> tuple[int, int | None]:
    """Return a bound's interval with the number it is written with: "more than 300" is 300..

    "More than 300 died" and "300 died" tell one toll in two ways; a strict bound is one
    off its number, and one is no disagreement. Only a bound whose written number is
    one past its end is widened to it ("over 300", "fewer than 10").
    """
    written = _written_number(claim.figure.text)
    q = claim.figure.qualifier
    if q is Qualifier.AT_LEAST and written is not None and written == low - 1:
        return written, high
    if q is Qualifier.AT_MOST and high is not None and written == high + 1:
        return low, written
    return low, high


def _written_number(text: str) -> int | None:
    """Return the number a figure's words write in digits ("more than 1,200" is 1200)."""
    digits = [w.replace(",", "") for w in text.split()]
    found = [int(w) for w in digits if w.isdecimal()]  # "¹" is a digit, no number
    return found[-1] if len(found) == 1 else None


def attackers_within(ctx: EventContext, claim: FigureClaim) -> int:
    """Return how many attackers a toll of people counts in, as its own text says.

    "At least 21 people, including two attackers, were killed": the attackers are a part
    of the toll (a figure of militants given inside it). The same text's other tellings
    of that toll ("21 dead" in its headline) count them in too.
    """
    memo = ctx.memo.get("attackers within")
    found: dict[tuple[str, Metric, int], int] = memo if isinstance(memo, dict) else {}
    if not isinstance(memo, dict):
        for part in ctx.figures:
            whole = ctx.whole_of(part) if part.subject is Subject.MILITANTS else None
            if (
                whole is not None
                and whole.subject is Subject.PEOPLE
                and whole.metric is part.metric
                and whole.span.doc == part.span.doc
            ):
                key = (whole.span.doc, whole.metric, ctx.bounds(whole)[0])
                found[key] = max(found.get(key, 0), ctx.bounds(part)[0])
        ctx.memo["attackers within"] = found
    if claim.subject is not Subject.PEOPLE:
        return 0
    return int(found.get((claim.span.doc, claim.metric, ctx.bounds(claim)[0]), 0))


def _breakdown_days(
    ctx: EventContext, claims: Sequence[FigureClaim], days: Sequence[dt.date | None]
) -> list[dt.date | None]:
    """Date the parts of one unchanged total at its first telling.

    "13 killed, including 11 Marines" on Thursday and "13 killed, including 10 Marines" on
    Friday break down one toll that did not change: the parts cannot have risen with it,
    so they are read as told at one time (rivals, not a timeline). Parts of an early
    total ("so far") keep their own days: that total may grow.
    """
    first: dict[tuple[object, ...], dt.date] = {}
    keys: list[tuple[object, ...] | None] = []
    for claim, day in zip(claims, days, strict=True):
        whole = ctx.whole_of(claim)
        key = None
        if whole is not None and day is not None and not early(ctx, whole):
            key = (whole.metric, whole.subject, ctx.bounds(whole))
            first[key] = min(first.get(key, day), day)
        keys.append(key)
    return [day if key is None else first[key] for key, day in zip(keys, days, strict=True)]


def early(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure is given as an early step: provisional, or the toll a rise began at.

    "15 so far", "initially 30", "raised the death toll from 358", "we have confirmed
    300 dead", "a witness saw 12 bodies": a floor for what came after, never a correction
    of it. So is a breakdown by nationality ("three Britons"): the nationality of the dead
    is known as they are identified, so such a count is the part identified so far.
    """
    return claim.provisional or _floor_otherwise(ctx, claim)


def _floor_otherwise(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure is an early step for a reason other than its provisional flag."""
    return (
        ctx.previous_figure(claim)
        or ctx.partial_count(claim)
        or _group_count(ctx, claim)
        or (claim.metric is not Metric.COUNT and ctx.sighted(claim))
        or (ctx.scope(claim).key or "").startswith("nation:")
        or _added_to(ctx, claim)
        or _told_provisional(ctx, claim)
        or _told_while_ongoing(ctx, claim)
    )


def _told_while_ongoing(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a running toll was told while its attack went on: an early step.

    "The siege was continuing": a later, higher toll of people is a rise from it. As for
    :func:`_counting`, only the running tolls of people are so read: a breakdown by unit
    or nationality names its dead.
    """
    return claim.subject is Subject.PEOPLE and ctx.told_while_ongoing(claim)


def _told_provisional(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether its text tells the same count as provisional elsewhere: one early count.

    "The toll has climbed to 21, the minister said" in the lead and "we have so far
    confirmed 21 deaths" in a quote below tell one count of one metric and subject, which
    the text marks as still moving: the lead's figure is as early as the quote's.
    """
    memo = ctx.memo.get("told provisional")
    found: set[tuple[object, ...]] = memo if isinstance(memo, set) else set()
    if not isinstance(memo, set):
        for other in ctx.figures:
            if other.provisional:
                found.add(_count_key(ctx, other))
        ctx.memo["told provisional"] = found
    return not claim.provisional and _count_key(ctx, claim) in found


def _count_key(ctx: EventContext, claim: FigureClaim) -> tuple[object, ...]:
    return (claim.span.doc, claim.metric, claim.subject, ctx.bounds(claim))


_ADDED_WITHIN = 300
"""How far after a figure, in characters, a count of more of them adds to it."""


def _added_to(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether its text adds more to a figure soon after it: a step, not its toll.

    "Police said 40 people were killed, and five more died overnight": the text's toll is
    the 40 and the five together, so the 40 is a floor for it, not a count that a later
    "45" from another source would correct. The more ("five more", "three others") is a
    figure of the same metric whose scope counts some besides those counted.
    """
    memo = ctx.memo.get("additions")
    found: dict[tuple[str, Metric], list[int]] = memo if isinstance(memo, dict) else {}
    if not isinstance(memo, dict):
        for other in ctx.figures:
            if ctx.scope(other).additive:
                found.setdefault((other.span.doc, other.metric), []).append(other.span.start)
        ctx.memo["additions"] = found
    if ctx.scope(claim).additive:
        return False
    end = claim.span.end
    starts = found.get((claim.span.doc, claim.metric), [])
    return any(end <= start <= end + _ADDED_WITHIN for start in starts)


def _counting(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure comes from a report that an other report of its day outran.

    On the day of an attack the dead are still being counted, and its reports follow
    each other by the hour, with no order their date can tell. A report whose toll of the
    dead is below another report's of that day was written at an earlier step of the
    count: its figures are floors for the later report's, not rivals ("53 killed, around
    30 injured" in the morning, "at least 70 killed, 92 injured" by evening). Reports
    of one toll stay rivals, and a later day's lower figure still corrects them; the
    perpetrator's own figures keep their ceiling (see :func:`_boasts`), and so does one
    named speaker's count against another's (see :func:`_outspoken`). Only the running
    tolls of people are so read: a breakdown by unit or nationality names its dead.
    """
    day = ctx.event.date
    published = ctx.published(claim)
    if (
        day is None
        or published is None
        or ctx.event.date_precision is not DatePrecision.DAY
        or claim.subject is not Subject.PEOPLE
        or claim.metric in _FALLING
        or ctx.self_interested(claim)
    ):
        return False
    stages = _stages(ctx, published)
    own = stages.get(claim.span.doc, -1)
    if published == day:
        return own < max(stages.values(), default=-1)
    # On a later day, a report tells the count as still moving when it gives the toll as
    # a rise ("has risen to 103"): a report of that day whose toll trails the rise was
    # written before it, and its other figures ("about 158 wounded") are floors too. Its
    # lower tolls of the dead are the rise's business (see _after_rises).
    return claim.metric is not Metric.KILLED and own < _risen_to(ctx, published)


def _speaker(ctx: EventContext, claim: FigureClaim) -> str | None:
    """Return the one speaker a figure is told by, as the head of its name, if the text names one.

    "Interior Minister Ali Okvar said 64 were killed": the minister's count, whoever
    reports it. A figure in the outlet's own voice (or the outlet naming itself), a plural
    or collective speaker ("officials", "police", "witnesses") and the perpetrator name
    no one speaker: any of them may be the count of another who speaks.
    """
    name = claim.source.name
    if name is None or ctx.plural(name) or ctx.self_interested(claim):
        return None
    document = ctx.document(claim.span.doc)
    outlet = document.outlet if document is not None and document.outlet else ""
    if head_word(name) == head_word(outlet):
        return None
    voice = ctx.text_voice(claim)[0] or name
    return head_word(voice) or None


_Speakers = dict[dt.date, list[tuple[int, str]]]


def _top_speakers(ctx: EventContext, claims: Sequence[FigureClaim]) -> _Speakers:
    """Return, for each publication day, the two speakers named with the highest floors.

    Two are enough to tell whether another speaker than a figure's own gave more.
    """
    best: dict[dt.date, dict[str, int]] = {}
    for claim in claims:
        who = _speaker(ctx, claim)
        published = ctx.published(claim)
        # A count the speaker says is still rising is that speaker's count of the day
        # all the same: what another gives below it stands against it.
        if who is None or published is None or _floor_otherwise(ctx, claim):
            continue
        if claim.provisional and _told_before(ctx, claim):
            continue
        found = best.setdefault(published, {})
        found[who] = max(found.get(who, -1), ctx.bounds(claim)[0])
    return {
        day: sorted(((low, who) for who, low in found.items()), reverse=True)[:2]
        for day, found in best.items()
    }


def _outspoken(ctx: EventContext, claim: FigureClaim, high: int | None, tops: _Speakers) -> bool:
    """Say whether another named speaker of a figure's day gives more than its named speaker.

    A report the count outran gives floors (see :func:`_counting`), but not for a count
    one speaker gives against another's: "the interior ministry said 64 were killed" in a
    morning report and "the health ministry spokesman said 80" in an evening one are two
    counts at one time, rivals, whichever was written first. A speaker's own later, larger
    figure, or a larger one from officials unnamed, may be the same count risen.
    """
    mine = _speaker(ctx, claim)
    published = ctx.published(claim)
    if mine is None or high is None or published is None:
        return False
    return any(low > high and who != mine for low, who in tops.get(published, ()))


def _risen_to(ctx: EventContext, day: dt.date) -> int:
    """Return the highest toll of people killed a report of ``day`` gives as a rise."""
    found = _highest_by_day(ctx, "risen to", _told_as_rise, lambda c: "")
    return found.get(day, {}).get("", -1)


def _told_as_rise(ctx: EventContext, c: FigureClaim) -> bool:
    return (
        c.metric is Metric.KILLED
        and c.subject is Subject.PEOPLE
        and revision(ctx, c)
        and not ctx.revised_down(c)
        and not ctx.self_interested(c)
        and not ctx.scope(c).part
    )


def _stages(ctx: EventContext, day: dt.date) -> dict[str, int]:
    """Return, for each report published on ``day``, the toll of the dead it gives.

    The toll is the highest floor of the report's totals of people killed (no part, no
    early count, none from the perpetrator): how far the count had got when it was written.
    """
    return _highest_by_day(ctx, "stages", _a_stage, lambda c: c.span.doc).get(day, {})


def _a_stage(ctx: EventContext, c: FigureClaim) -> bool:
    return (
        c.metric is Metric.KILLED
        and c.subject is Subject.PEOPLE
        and ctx.scope(c).key is None
        and not ctx.scope(c).part
        and c.part_of is None
        and not ctx.vague(c)
        and not ctx.lone(c)
        and not ctx.self_interested(c)
    )


def _highest_by_day(
    ctx: EventContext,
    name: str,
    keep: Callable[[EventContext, FigureClaim], bool],
    key: Callable[[FigureClaim], str],
) -> dict[dt.date, dict[str, int]]:
    """Return the highest floor of the kept current figures, by publication day and key.

    Every day's values are read in one pass over the figures, once an event (memo ``name``).
    """
    memo = ctx.memo.get(name)
    if isinstance(memo, dict):
        return memo
    by_day: dict[dt.date, dict[str, int]] = {}
    for c in ctx.current_figures:
        told = ctx.published(c)
        if told is not None and keep(ctx, c):
            found = by_day.setdefault(told, {})
            found[key(c)] = max(found.get(key(c), -1), ctx.bounds(c)[0])
    ctx.memo[name] = by_day
    return by_day


def _group_count(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure counts those who took part as one group seen: a floor.

    "Two gunmen opened fire at the entrance", "three suicide bombers blew themselves up":
    a report counts the attackers it saw at one place or in one act, and more may have
    taken part, so an exact count of participants is no ceiling for another report's
    larger one. The perpetrator's own count ("four of our soldiers attacked") is all it
    sent, and keeps its ceiling. A range or a bound ("four to six attackers", "up to
    ten") is an estimate of them all and keeps its ceiling, and so does a count its words
    give as all who carried out the attack ("five men carried out the attack": see
    :meth:`~claimrecon.eventview.EventView.whole_count`).
    """
    return (
        claim.metric is Metric.COUNT
        and claim.figure.qualifier is Qualifier.EXACT
        and not ctx.self_interested(claim)
        and (claim.span.doc, claim.figure.low) not in _whole_counts(ctx)
    )


def own_count(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure is the perpetrator's count of those who took part."""
    return claim.metric is Metric.COUNT and ctx.self_interested(claim)


def _whole_counts(ctx: EventContext) -> frozenset[tuple[str, int | None]]:
    """Return the counts each text gives as all who took part, by text and number.

    A text that says once that five men carried out the attack means five each time it
    tells the count (a headline's "5 attackers" too).
    """
    found = ctx.memo.get("whole counts")
    if not isinstance(found, frozenset):
        found = frozenset(
            (c.span.doc, c.figure.low)
            for c in ctx.figures
            if c.metric is Metric.COUNT and ctx.whole_count(c)
        )
        ctx.memo["whole counts"] = found
    return found


def revision(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure is given as a revision, and not as the figure revised.

    A part given inside a revised total is revised with it: "the toll is now up to 23,
    including 13 staff" gives the staff count as it stands now, above the "12 staff" of
    the earlier "at least 22".
    """
    if ctx.previous_figure(claim):
        return False
    return claim.revision or _inside_revision(ctx, claim) or _beside_a_rise(ctx, claim)


def _beside_a_rise(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure counts a part of a toll its text tells as a rise.

    "Three more died, raising the toll to 72. At least 29 children are among the dead":
    a text that tells the toll as it stands now tells its breakdown as it stands now,
    above the "23 children" of an earlier text's smaller toll. A breakdown the text
    gives from another speaker ("as well as 14 policemen, the ministry said", beside the
    police's rising toll) is that speaker's count at its own time, not the rise's.
    """
    found = ctx.memo.get("rises by text")
    if not isinstance(found, frozenset):
        found = frozenset(
            (c.span.doc, c.metric, c.subject, voice)
            for c in ctx.figures
            if c.revision and not ctx.previous_figure(c) and not ctx.revised_down(c)
            for voice in (ctx.text_voice(c), None)
        )
        ctx.memo["rises by text"] = found
    voice = ctx.text_voice(claim) if claim.source.name is not None else None
    return any(
        (claim.span.doc, claim.metric, subject, voice) in found
        for subject in Subject
        if subject is not claim.subject and subject.contains(claim.subject)
    )


def _inside_revision(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure is a part given inside a total told as a revision."""
    whole = ctx.whole_of(claim)
    if whole is None or ctx.previous_figure(whole):
        return False
    return whole.revision or _told(whole) in _revisions_told(ctx)


def _told(claim: FigureClaim) -> tuple[object, ...]:
    return (claim.span.doc, claim.metric, claim.subject, claim.figure.low, claim.figure.high)


def _revisions_told(ctx: EventContext) -> frozenset[tuple[object, ...]]:
    """Return the revised figures of each text, read once an event.

    A text tells a revision once as such ("death toll rises to 23" in its headline) and
    may give the same figure again plainly ("the toll is now 23, including 13 staff"):
    the second is the revision too.
    """
    found = ctx.memo.get("revisions told")
    if not isinstance(found, frozenset):
        found = frozenset(
            _told(c) for c in ctx.figures if c.revision and not ctx.previous_figure(c)
        )
        ctx.memo["revisions told"] = found
    return found


def largest_per_voice(
    ctx: EventContext, items: Sequence[Step], *, exact: bool = False
) -> list[Step]:
    """Keep, of one speaker's several figures in one text, only the largest.

    "Authorities said 18 were killed in the hotel and 10 at the cafe": one speaker in one
    text does not contradict itself; its smaller figures are parts, sites or steps. A
    figure given as a correction ("revised down to 12", "had lowered the toll to 28")
    is kept as well, and so is the speaker's largest figure that is no early step: an
    earlier report it retells ("correcting earlier reports of 40 dead") is no
    part of its current figure, which may stand below it. A kept figure the speaker also
    tells as a rise to its number ("at least 48 killed ... the toll has risen to 48") is
    told as that rise: the lower figures of its day are steps it left behind. The speaker
    is read as the text names it: "Rescue spokesman Ali Khan", then "Khan" and "he", are
    one voice (see :meth:`~claimrecon.eventview.EventView.text_voice`).

    With ``exact``, of the voice's largest number its plain exact figure is kept before a
    bound of it (see :func:`_rank`): what a text says the toll is, for a correction.
    """
    best: dict[tuple[object, ...], Step] = {}
    rises: dict[tuple[object, ...], set[int]] = {}
    kept: list[Step] = []
    for item in items:
        claim = item.claim
        if ctx.revised_down(claim) or ctx.lowered(claim) or ctx.retracted(claim):
            kept.append(item)
            continue
        key = (claim.span.doc, *ctx.text_voice(claim), claim.provisional)
        if item.when[1]:
            rises.setdefault(key, set()).add(item.low)
        held = best.get(key)
        if held is None or _rank(ctx, item, exact) > _rank(ctx, held, exact):
            best[key] = item
    for voice_key, item in best.items():
        if not item.when[1] and item.low in rises.get(voice_key, ()):
            best[voice_key] = Step(item.claim, item.low, item.high, (item.when[0], 1))
    for (*voice, provisional), item in best.items():
        current = best.get((*voice, False)) if provisional else None
        # An early step below the speaker's current figure is a step, not a rival.
        if current is None or (item.low, item.high) > (current.low, current.high):
            kept.append(item)
    return sorted(kept, key=lambda s: s.claim.id)


def _rank(ctx: EventContext, item: Step, exact: bool) -> tuple[int, float]:
    """Rank one voice's figures: the largest first; with ``exact``, of one number the plain one.

    "12 killed" in a headline and "at least 12 killed" in its body tell one toll, which
    the text says is 12. Against the figures of its own day the text is read by its bound
    (a count still moving as it wrote); told after an earlier "at least 13", its exact 12
    is what puts the toll below the earlier one: a correction. A bound that an early step
    or a rise sets ("from 31", "15 so far") keeps its rank.
    """
    plain = exact and not item.when[1] and not early(ctx, item.claim)
    return (item.low, -item.high if plain else item.high)


def sweep_sides(items: Sequence[Step]) -> list[list[Step]]:
    """Split steps into sides that agree, each claim opposed to every later side.

    Steps are swept by interval; a step joins the current side while the side's common
    interval still meets it. A step that lies below no step kept on a side above it
    agrees with every one of them and is left out. A step bridged to a side above by one
    figure but below another stays ("25-50" under "at least 50" and "at least 81": the
    81 is still no count the 25-50 allows).
    """
    ordered = sorted(items, key=lambda s: (s.low, s.high, s.claim.id))
    groups: list[list[Step]] = []
    common = -1.0
    for item in ordered:
        if groups and item.low <= common:
            groups[-1].append(item)
            common = min(common, item.high)
        else:
            groups.append([item])
            common = item.high
    # From the top down: a step stays on its side while it lies below some step kept on
    # a side above (it faces that one); the side's narrowest step always does.
    sides: list[list[Step]] = []
    top = _INF
    for group in reversed(groups):
        kept = group if top == _INF else [s for s in group if s.high < top]
        if kept:
            sides.append(kept)
            top = max(top if top != _INF else -1.0, *(s.low for s in kept))
    return sides[::-1]


# How long after the time a figure is dated to a report retells it as history.
_HINDSIGHT = dt.timedelta(days=365)


def _retold_long_after(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a report tells a figure as history: a year or more after its own date.

    "an assault on a church in 2014 that claimed 88 lives", told in 2019: the
    settled figure of an old event, no step of the count of the time, so it neither
    corrects nor rivals the figures published then.
    """
    published = ctx.published(claim)
    window = date_window(claim.date) if claim.date is not None else None
    return published is not None and window is not None and published - window[1] > _HINDSIGHT


# How far before an event's day a figure may be told or dated and still be of it: a
# night attack is dated to either day, and a time zone may shift a report by a day.
_SLACK = dt.timedelta(days=1)
_EARLIEST = dt.date.min + _SLACK


def _before_event(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure is told, or dated by its text, before its event took place.

    No toll is counted before its attack: "the blast in the same city a month earlier
    that killed 12" is another attack's figure, whatever event it was put in, and is set
    against none of this one's.
    """
    start = ctx.event.date
    if start is None or ctx.event.date_precision is not DatePrecision.DAY or start <= _EARLIEST:
        return False
    first = start - _SLACK
    published = ctx.published(claim)
    window = date_window(claim.date) if claim.date is not None else None
    told_before = published is not None and published < first
    return told_before or (window is not None and window[1] < first)


def conflicts(ctx: EventContext, claims: Iterable[FigureClaim]) -> list[Conflict]:
    """Return the conflicts among figures of one metric and subject (see the module doc).

    A text of unknown day is read apart from the dated ones: its figures meet each other
    at one time (one text), but another text's figure may come before or after them, and
    a higher figure after a lower one is a rise. With no day, which came first is not
    known, so no pair across the two is flagged: a missing date does not turn a rise into
    a contradiction (nor does it make every dated report one day). An event whose texts
    all lack a day is read as one time.
    """
    claims = [c for c in claims if not _retold_long_after(ctx, c) and not _before_event(ctx, c)]
    undated: dict[str, list[FigureClaim]] = {}
    dated: list[FigureClaim] = []
    for claim in claims:
        if told_day(ctx, claim) is None:
            undated.setdefault(claim.span.doc, []).append(claim)
        else:
            dated.append(claim)
    if not dated or not undated:
        return _timeline_conflicts(ctx, claims)
    found = _timeline_conflicts(ctx, dated)
    for doc in sorted(undated):
        found.extend(_timeline_conflicts(ctx, undated[doc]))
    return found


def _timeline_conflicts(ctx: EventContext, claims: Sequence[FigureClaim]) -> list[Conflict]:
    """Return the conflicts among figures read as one timeline (see the module doc)."""
    told = steps(ctx, claims)
    by_when = _by_when(largest_per_voice(ctx, told))
    # What each text says the toll is, to tell whether it fell below an earlier one.
    said = _by_when(largest_per_voice(ctx, told, exact=True))
    # The missing are found, the displaced go home, suspects are released: such a count
    # falls with time.
    falls = any(_falls(c) for c in claims)
    found: list[Conflict] = []
    earlier: list[Step] = []
    top_low = -1
    for day in sorted({w[0] for w in by_when}):
        today = [*by_when.get((day, 0), []), *by_when.get((day, 1), [])]
        rising = by_when.get((day, 1), [])
        found.extend(_rivals(ctx, today, rising))
        # A figure below an earlier standing one corrects it.
        stated = map(_stated, [*said.get((day, 0), []), *said.get((day, 1), [])])
        correcting = [s for s in stated if s.high < top_low and not _told_before(ctx, s.claim)]
        if correcting and not falls:
            found.extend(_corrections_by_reach(correcting, earlier))
        # The steps a rise left behind were replaced the day they were told: a later,
        # lower figure corrects the rise, not them.
        standing = _after_rises(ctx, today, rising)
        earlier.extend(standing)
        top_low = max([top_low, *(s.low for s in standing)])
    return [_said_before(c) for c in merge_retold(ctx, found)]


def _by_when(items: Iterable[Step]) -> dict[tuple[dt.date, int], list[Step]]:
    """Group steps by when they were told: their day, and whether as a rise."""
    found: dict[tuple[dt.date, int], list[Step]] = {}
    for item in items:
        found.setdefault(item.when, []).append(item)
    return found


def _said_before(conflict: Conflict) -> Conflict:
    """Put the figures a correction corrects on one side: what was said before.

    A correction sets the later, lower figure against each earlier one, not the earlier
    ones against each other: 280 one day and 359 the next, both corrected to 253, rose
    before they were corrected, and agree as steps of one count.
    """
    if not conflict.correction:
        return conflict
    before = tuple(c for side in conflict.sides for c in side if c.id in conflict.corrected)
    after = [tuple(c for c in side if c.id not in conflict.corrected) for side in conflict.sides]
    sides = (before, *(side for side in after if side))
    if not before or len(sides) < 2:
        return conflict
    return Conflict(
        sides=sides, correction=True, corrected=conflict.corrected, retold=conflict.retold
    )


_FALLING = frozenset({Metric.MISSING, Metric.DISPLACED, Metric.ARRESTED})
"""Metrics whose counts fall as time goes by: a later, lower count of them is news, not a
correction. The missing are found, the displaced go home, and suspects are released (or a
later report counts one raid's arrests, not all of them). Attackers captured are no such
count (see :func:`_falls`)."""


def _falls(claim: FigureClaim) -> bool:
    """Say whether a figure counts what falls with time: the missing, the displaced, suspects.

    Attackers captured in the attack ("the army captured five militants") are no suspects
    a raid picks up and a court releases: their count is told once, and a later, lower
    count of them corrects it.
    """
    if claim.metric is Metric.ARRESTED:
        return claim.subject is not Subject.MILITANTS
    return claim.metric in _FALLING


_MERGE_LIMIT = 64
"""The most distinct intervals one merged conflict is checked over (the check is their
square): a larger tangle stays as the findings of each day."""


def merge_retold(ctx: EventContext, found: Sequence[Conflict]) -> list[Conflict]:
    """Merge the findings that tell one disagreement on several days into one conflict.

    Police say 10 and the hospital 20 on Monday, and both again on Tuesday: one
    disagreement, not a rivalry each day and a correction between them. Findings that
    share a claim are merged when every claim of one merged side is opposed, by its
    interval, to every claim of another side in one of the findings: a merge never sets
    against each other two figures that no finding opposed (a toll that rose).
    """
    if len(found) < 2:
        return list(found)
    owner: dict[str, int] = {}
    sharing = [
        (i, owner.setdefault(claim.id, i))
        for i, conflict in enumerate(found)
        for claim in (c for side in conflict.sides for c in side)
    ]
    merged: list[Conflict] = []
    for members in components(range(len(found)), sharing):
        group = [found[i] for i in members]
        one = _merged(ctx, group) if len(group) > 1 else None
        merged.extend([one] if one is not None else group)
    return merged


_Span = tuple[int, float]


def _merged(ctx: EventContext, group: Sequence[Conflict]) -> Conflict | None:
    """Return one conflict for findings that share claims, or ``None`` if they cannot be one."""
    components, opposed = _sides_and_oppositions(ctx, group)
    ordered = _agreeing(ctx, components)
    if sum(len({_span(ctx, c) for c in side}) for side in ordered) > _MERGE_LIMIT:
        return None
    ordered = _timelines(ctx, ordered, opposed)
    spans = [sorted({_span(ctx, c) for c in side}) for side in ordered]
    if len(ordered) < 2:
        return None
    if not _opposed_throughout(spans, opposed):
        return None
    return _retold(group, ordered)


def _retold(group: Sequence[Conflict], sides: Sequence[Sequence[FigureClaim]]) -> Conflict:
    """Return the one conflict of findings merged into ``sides``, with their corrections."""
    corrections = [c for c in group if c.correction]
    corrected = frozenset(i for c in corrections for i in c.corrected)
    correcting = {c.id for x in corrections for side in x.sides for c in side}
    return Conflict(
        sides=tuple(tuple(side) for side in sides),
        correction=len(corrections) == len(group),
        corrected=corrected,
        retold=True,
        correcting=frozenset(correcting - corrected),
    )


def _timelines(
    ctx: EventContext, sides: Sequence[list[FigureClaim]], opposed: set[tuple[_Span, _Span]]
) -> list[list[FigureClaim]]:
    """Join the sides that no finding set against each other: one side's count over time.

    The perpetrator says 15 on Monday; the police say 7 that day and 8 on Wednesday, when
    one of the wounded died. Each police figure is opposed to the 15, never to the other:
    the timeline read them as steps of one rising count. They are one side of one
    conflict, not two conflicts with the 15.
    """
    joined: list[list[FigureClaim]] = []
    told: list[set[_Span]] = []
    for side in sides:
        mine = {_span(ctx, c) for c in side}
        for i, theirs in enumerate(told):
            if not any((a, b) in opposed for a in mine for b in theirs):
                joined[i].extend(side)
                theirs.update(mine)
                break
        else:
            joined.append(list(side))
            told.append(mine)
    return joined


def _opposed_throughout(
    spans: Sequence[Sequence[_Span]], opposed: set[tuple[_Span, _Span]]
) -> bool:
    """Say whether every interval of each side is opposed to every interval of the others."""
    return all(
        (a, b) in opposed
        for i, mine in enumerate(spans)
        for theirs in spans[i + 1 :]
        for a in mine
        for b in theirs
    )


def _sides_and_oppositions(
    ctx: EventContext, group: Sequence[Conflict]
) -> tuple[list[list[FigureClaim]], set[tuple[_Span, _Span]]]:
    """Return the findings' sides joined where they share a claim, and the opposed intervals.

    The opposed intervals are the pairs of intervals some finding set on opposite sides:
    a merge may set against each other only figures of those intervals.
    """
    claims: dict[str, FigureClaim] = {}
    together: list[tuple[str, str]] = []
    opposed: set[tuple[_Span, _Span]] = set()
    for conflict in group:
        for side in conflict.sides:
            for claim in side:
                claims[claim.id] = claim
                together.append((claim.id, side[0].id))
        told = [{_span(ctx, c) for c in side} for side in conflict.sides]
        for i, one in enumerate(told):
            for other in told[i + 1 :]:
                opposed.update((a, b) for a in one for b in other)
                opposed.update((b, a) for a in one for b in other)
    sides = [[claims[c] for c in ids] for ids in components(sorted(claims), together)]
    return sides, opposed


def _agreeing(
    ctx: EventContext, components: Iterable[Sequence[FigureClaim]]
) -> list[list[FigureClaim]]:
    """Join the sides of several findings that agree into one side each, lowest first.

    The same 10 told on Monday and on Tuesday is one side; sides are swept by their
    common interval, and a side joins the one before while the two still meet.
    """

    def common(side: Sequence[FigureClaim]) -> tuple[int, float]:
        spans = [_span(ctx, c) for c in side]
        return (max(a for a, _ in spans), min(b for _, b in spans))

    joined: list[list[FigureClaim]] = []
    low, high = 0, -1.0
    for side in sorted(components, key=lambda s: (common(s), min(c.id for c in s))):
        a, b = common(side)
        if joined and a <= high and low <= b and max(a, low) <= min(b, high):
            joined[-1].extend(side)
            low, high = max(a, low), min(b, high)
        else:
            joined.append(list(side))
            low, high = a, b
    return joined


def _span(ctx: EventContext, claim: FigureClaim) -> _Span:
    low, high = ctx.bounds(claim)
    return (low, _INF if high is None else high)


_REACH = 40
"""How far before a figure's quote its words are read for a telling before its report."""


def _told_before(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure is retold as said before its report ("had initially said 100").

    Such a figure was told at some earlier time its report does not give, perhaps before
    the figures of the days between: it corrects none of them. A figure given for now
    ("15 so far") is told on its report's day, and corrects an earlier, higher one.
    """
    if not claim.provisional:
        return False
    document = ctx.document(claim.span.doc)
    text = document.text if document is not None else ""
    # The words just before the figure's quote, within its sentence.
    before = text[max(0, claim.span.start - _REACH) : claim.span.start]
    before = re.split(r"[.!?]\s", before)[-1]
    at = claim.quote.find(claim.figure.text) if claim.figure.text else -1
    return EARLIER_TELLING.search(f"{before} {claim.quote[: max(at, 0)]}") is not None


def _stated(item: Step) -> Step:
    """Return a step with the interval its claim states, a provisional one included.

    "15 so far" published after "20" is a floor for what is to come, but it still puts
    the toll below the earlier 20: a correction.
    """
    if not item.claim.provisional:
        return item
    high = item.claim.figure.high
    return Step(claim=item.claim, low=item.low, high=_INF if high is None else high, when=item.when)


def _rivals(ctx: EventContext, today: Sequence[Step], rising: Sequence[Step]) -> list[Conflict]:
    """Return the rivals of one day, less the figures a rise of that day leaves behind."""
    today = _after_rises(ctx, today, rising)
    downs = _lowered(ctx, today)
    if downs:
        # "Revised down to 12", "now stands at 12" after "initially 30": the higher
        # figures of that day are corrected.
        return _corrections(downs, [s for s in today if s not in downs])
    found: list[Conflict] = []
    sides = sweep_sides(today)
    if len(sides) >= 2:
        found.append(_conflict(sides))
    boast = _boasts(ctx, today)
    if len(boast) >= 2 and boast != sides:
        found.append(_conflict(boast))
    return found


def _conflict(sides: Sequence[Sequence[Step]]) -> Conflict:
    return Conflict(sides=tuple(tuple(s.claim for s in side) for side in sides))


def _after_rises(ctx: EventContext, today: Sequence[Step], rising: Sequence[Step]) -> list[Step]:
    """Leave out the figures of a day that a rise that day leaves behind.

    "The toll rose to 21": lower figures of that day are earlier steps, and so are lower
    rises told by other outlets that day ("rises to 69" in the morning, "raising the toll
    to 72" by evening): a toll climbs through a day in steps. Not so for the
    perpetrator's own figures, nor for a revision that lowers the toll ("revised down to
    12"), nor for a lower revision its text tells after the top one ("rose to 40 ... rose
    to 21"): those are corrections or rivals.
    """
    ups = [s for s in rising if not ctx.revised_down(s.claim) and not ctx.self_interested(s.claim)]
    floor = max((s.low for s in ups), default=-1)
    top_at: dict[str, int] = {}  # where each text first tells the top rise
    for s in ups:
        if s.low == floor:
            doc = s.claim.span.doc
            top_at[doc] = min(top_at.get(doc, s.claim.span.start), s.claim.span.start)
    return [s for s in today if s.high >= floor or _kept_below_rise(ctx, s, top_at)]


def _kept_below_rise(ctx: EventContext, item: Step, top_at: dict[str, int]) -> bool:
    """Say whether a figure below a rise of its day still stands.

    A downward or own revision stands, and so does a revision its text gives after the
    top rise: one text does not step back down a toll it told rising.
    """
    claim = item.claim
    if not revision(ctx, claim):
        return False
    after_top = top_at.get(claim.span.doc, claim.span.start) < claim.span.start
    return after_top or ctx.revised_down(claim) or ctx.self_interested(claim)


def _lowered(ctx: EventContext, today: Sequence[Step]) -> list[Step]:
    """Return the revisions of a day that lower figures given before them."""
    tops: dict[str, int] = {}
    for s in today:
        if not revision(ctx, s.claim):
            tops[s.claim.span.doc] = max(tops.get(s.claim.span.doc, -1), s.low)
    return [s for s in today if _lowers(ctx, s, tops)]


def _boasts(ctx: EventContext, today: Sequence[Step]) -> list[list[Step]]:
    """Return the sides of the perpetrator's figures against provisional ones of a day.

    The perpetrator's own figure completes no one else's provisional one: against it,
    "30 so far" says 30.
    """
    own = [s for s in today if ctx.self_interested(s.claim)]
    if not own:
        return []
    # A text's early count below a toll the same text gives as it stands is a step it
    # passed (or a part of that toll), not what the text says against the perpetrator.
    told: dict[str, int] = {}
    for s in today:
        if not s.claim.provisional and not ctx.self_interested(s.claim):
            told[s.claim.span.doc] = max(told.get(s.claim.span.doc, -1), s.low)
    early = [
        _stated(s)
        for s in today
        if s.claim.provisional
        and not ctx.self_interested(s.claim)
        and s.low >= told.get(s.claim.span.doc, -1)
    ]
    return sweep_sides([*own, *early]) if early else []


def _lowers(ctx: EventContext, item: Step, tops: dict[str, int]) -> bool:
    """Say whether a revision lowers figures given before it (in words, or in one text).

    ``tops`` holds, for each text, the largest low of its figures that are no revision.
    """
    claim = item.claim
    if not revision(ctx, claim) or ctx.self_interested(claim):
        return False
    return ctx.revised_down(claim) or tops.get(claim.span.doc, -1) > _stated(item).high


_REACHES = 4
"""How many corrections of different reach one day's figures are told apart into."""


def _corrections_by_reach(correcting: Sequence[Step], earlier: Sequence[Step]) -> list[Conflict]:
    """Return the corrections of a day, one for each set of earlier figures corrected.

    "At least 15" and "47" on Monday, "14" and "24" on Tuesday: the 14 corrects both
    Monday figures, the 24 only the 47 (it meets "at least 15"). Told apart, each
    correction lists the figures it corrects; swept together, "at least 15" would agree
    with the 24 and drop out. A correction reaches the earlier figures above its ceiling,
    so correctors are told apart by how many earlier lows lie above it (a binary search
    each); a day of more reaches than :data:`_REACHES` is one correction, to stay linear.
    """
    lows = sorted(s.low for s in earlier)
    by_reach: dict[int, list[Step]] = {}
    for item in correcting:
        reach = len(lows) - bisect.bisect_right(lows, item.high)
        by_reach.setdefault(reach, []).append(item)
    if len(by_reach) > _REACHES:
        return _corrections(correcting, earlier)
    return [c for _, group in sorted(by_reach.items()) for c in _corrections(group, earlier)]


def _corrections(correcting: Sequence[Step], earlier: Sequence[Step]) -> list[Conflict]:
    """Return the correction of earlier figures by later, lower ones."""
    ceiling = min(s.high for s in correcting)
    # Every earlier figure above the correction is corrected, the steps of a rise too:
    # they go on one side, what was said before (see :func:`_said_before`).
    standing = [s for s in earlier if s.low > ceiling]
    if not standing:
        return []
    sides = sweep_sides([*standing, *correcting])
    ids = frozenset(s.claim.id for s in standing)
    kept = [s.claim.id in ids for side in sides for s in side]
    if len(sides) < 2 or all(kept) or not any(kept):
        return []
    return [
        Conflict(
            sides=tuple(tuple(s.claim for s in side) for side in sides),
            correction=True,
            corrected=ids,
        )
    ]
