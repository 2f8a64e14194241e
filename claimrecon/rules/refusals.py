"""Rules that say why figures that differ are no contradiction: a part, or a timeline.

The figure rules leave alone pairs of figures that differ without contradicting: a part
below a whole it fits in, and a toll that rose from one day to the next. A reader who
sees "80 civilians" beside "more than 100 people", or "20" on Monday beside "27" on
Tuesday, would suspect a contradiction the report does not show; these rules note why
there is none, as notes of kind ``other``:

- ``part-within-whole``: "80 civilians fit within more than 100 people (civilians ⊂
  people)": a narrower subject, a site, a unit or a part in so many words, below a whole
  it fits in, from another source or another text, and of the whole's order (at least
  half its floor: "3 militants" beside "148 people" raises no doubt).
- ``timeline``: "the number of people killed rose from 20 to 27": figures that do not
  meet, each published later than the one before and higher than it, from sources that
  do not update one another (the ``revision`` rule notes those).

Each rule notes what the figure rules decided, with their own helpers, so a note never
explains away a pair they flag. Each is a pass over the event's figures, grouped.

May import: :mod:`.figures`, :mod:`.conflicts`, :mod:`.engine` and :mod:`.registry`, and the
eventview, wording, vocab and models modules.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import pairwise

from claimrecon.eventview import is_unnamed_part
from claimrecon.models import FigureClaim, Metric, Note, Subject
from claimrecon.rules.conflicts import Step, largest_per_voice, steps
from claimrecon.rules.engine import EventContext
from claimrecon.rules.figures import is_zero, rival_groups
from claimrecon.rules.registry import rule
from claimrecon.wording import figure_words, metric_words, participle, subject_words

__all__ = ["part_within_whole", "timeline"]


@rule("part-within-whole", kind="other", severity="soft")
def part_within_whole(ctx: EventContext) -> Iterator[Note]:
    """Note a part below a whole it fits in: "80 civilians fit within more than 100 people".

    One note for each part's scope (a narrower subject, a site, a unit, a part in so many
    words) and each whole that contains it: the largest such part below the largest whole,
    when their intervals do not meet, they come from different sources or texts, and the
    part reaches half the whole's floor (a reader could take it for a rival total).
    """
    wholes: dict[tuple[Metric, Subject], list[FigureClaim]] = defaultdict(list)
    parts: dict[tuple[Metric, Subject, str], list[FigureClaim]] = defaultdict(list)
    for claim in ctx.current_figures:
        if is_zero(ctx, claim):
            continue  # zero-against-count judges a zero against a count
        key = _part_key(ctx, claim)
        if not key:
            wholes[claim.metric, claim.subject].append(claim)
        parts[claim.metric, claim.subject, key].append(claim)
    # The largest whole of each metric and subject, read once: every part group tries it.
    largest = {k: max(v, key=lambda c: (ctx.bounds(c)[0], c.id)) for k, v in wholes.items()}
    for (metric, subject, key), group in sorted(parts.items()):
        above = subject.ancestors() if not key else (subject, *subject.ancestors())
        for wider in above:
            whole = largest.get((metric, wider))
            part = _fitting_part(ctx, group, whole) if whole is not None else None
            if whole is not None and part is not None:
                yield _fits(ctx, part, whole)


def _part_key(ctx: EventContext, claim: FigureClaim) -> str:
    """Return the key of a figure's narrower scope, "" for a whole of its subject."""
    key = ctx.scope(claim).key
    if key is not None:
        return key
    return "part" if is_unnamed_part(ctx, claim) else ""


def _fitting_part(
    ctx: EventContext, parts: Sequence[FigureClaim], whole: FigureClaim
) -> FigureClaim | None:
    """Return the largest part lying wholly below a whole, of its order, if any."""
    floor = ctx.bounds(whole)[0]
    below = [
        p
        for p in parts
        if (high := ctx.bounds(p)[1]) is not None
        and high < floor
        and 2 * high >= floor
        and p.part_of != whole.id
        and not (p.span.doc == whole.span.doc and ctx.same_source(p, whole))
        and not ctx.related_by_update(p, whole)
    ]
    return max(below, key=lambda c: (ctx.bounds(c)[1] or 0, c.id), default=None)


def _fits(ctx: EventContext, part: FigureClaim, whole: FigureClaim) -> Note:
    return ctx.note(
        [part.id, whole.id],
        f"{ctx.says([part])} {subject_words(part.subject)} {metric_words(part.metric)}; "
        f"{ctx.says([whole])} {subject_words(whole.subject)}; "
        f"{figure_words(part.figure)} {subject_words(part.subject)} fit within "
        f"{figure_words(whole.figure)} {subject_words(whole.subject)} "
        f"({_inside(ctx, part, whole)}): a part, not a rival total.",
    )


def _inside(ctx: EventContext, part: FigureClaim, whole: FigureClaim) -> str:
    """Say how a part sits in a whole: "civilians ⊂ people", "people at the hotel ⊂ all people"."""
    if part.subject is not whole.subject:
        return f"{subject_words(part.subject)} \u2282 {subject_words(whole.subject)}"
    scope = ctx.scope(part)
    what = subject_words(part.subject)
    if scope.key is not None and scope.key.startswith("site:"):
        return f"{what} {scope.words} \u2282 all {what}"
    if scope.key is not None:
        return f"{scope.words} \u2282 all {what}"
    return f"given as a part of a total of {what}"


@rule("timeline", kind="other", severity="soft")
def timeline(ctx: EventContext) -> Iterator[Note]:
    """Note a toll that rose from one day to the next across sources: a timeline, no rival.

    For each metric, subject and scope the ``figure-disagreement`` rule compares, the
    highest figure of each publication day is followed through the days; each that lies
    above the last one noted is a step. A chain whose steps all update one another is
    the ``revision`` rule's to note.
    """
    for (metric, subject, _), claims in rival_groups(ctx).items():
        chain = _rises(ctx, claims)
        if len(chain) < 2:
            continue
        if all(ctx.related_by_update(a.claim, b.claim) for a, b in pairwise(chain)):
            continue
        yield _timeline_note(ctx, chain, metric, subject)


def _rises(ctx: EventContext, claims: Sequence[FigureClaim]) -> list[Step]:
    """Return the rising chain of the days' highest figures.

    There is none when a day is unknown, or when one day holds rival figures: a day whose
    voices disagree has no toll of its own to rise from or to, and its rivals are the
    ``figure-disagreement`` rule's to flag.
    """
    highest: dict[dt.date, Step] = {}
    meet: dict[dt.date, tuple[float, float]] = {}  # a day's highest low, lowest high
    for item in largest_per_voice(ctx, steps(ctx, claims)):
        if item.day == dt.date.min:
            return []  # an unknown day: no order in time to read
        low, high = meet.get(item.day, (item.low, item.high))
        meet[item.day] = (max(low, item.low), min(high, item.high))
        if meet[item.day][0] > meet[item.day][1]:
            return []
        held = highest.get(item.day)
        if held is None or (item.low, item.high, item.claim.id) > (
            held.low,
            held.high,
            held.claim.id,
        ):
            highest[item.day] = item
    chain: list[Step] = []
    for day in sorted(highest):
        item = highest[day]
        if not chain or item.low > chain[-1].high:
            chain.append(item)
    return chain


def _timeline_note(
    ctx: EventContext, chain: Sequence[Step], metric: Metric, subject: Subject
) -> Note:
    where = ctx.scope(chain[0].claim).words
    what = f"{subject_words(subject)} {participle(metric)}" + (f" ({where})" if where else "")
    said = " to ".join(
        f"{figure_words(s.claim.figure)} ({ctx.label(s.claim)}, published {s.day.isoformat()})"
        for s in chain
    )
    return ctx.note(
        [s.claim.id for s in chain],
        f"The number of {what} rose from {said}: a timeline, not a contradiction; "
        "tolls rise as the dead are counted.",
    )
