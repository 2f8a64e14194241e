"""Rules about figures: disagreement, zero against a count, part and whole, casualties.

Each rule reads only the event's current figures: a figure that a revision, a larger
count after a provisional one, or its own source's later figure replaces (see
:meth:`EventContext.updates`) is never flagged here; the ``revision`` rule notes it
instead. A provisional total ("so far") caps none of the parts counted apart from it.
Each pair of claims is the business of one rule: a zero against a count belongs to
``zero-against-count``, not to ``figure-disagreement`` or ``part-and-whole``.

May import: :mod:`.conflicts`, :mod:`.engine` and :mod:`.registry`, and the eventview,
wording, vocab and models modules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from claimrecon.eventview import is_unnamed_part
from claimrecon.models import Contradiction, FigureClaim, FindingKind, Metric, Severity, Subject
from claimrecon.rules.conflicts import Conflict, attackers_within, conflicts, early, own_count
from claimrecon.rules.engine import EventContext
from claimrecon.rules.registry import rule
from claimrecon.wording import figure_words, metric_words, participle, subject_words

__all__ = [
    "agreeing_sides",
    "casualties_against_parts",
    "figure_disagreement",
    "is_unnamed_part",
    "is_zero",
    "part_and_whole",
    "rival_groups",
    "scope_words",
    "zero_against_count",
]


_RISING = "; the higher figure was published later, so the toll may have risen"


def _rising(ctx: EventContext, lower: Sequence[FigureClaim], higher: Sequence[FigureClaim]) -> bool:
    """Say whether every higher figure was published after every lower one.

    Tolls rise as the dead are counted, so a lower figure followed by a higher one from
    another source is a soft contradiction; a higher figure followed by a lower one, or
    two on one day, stays hard.
    """
    before = [ctx.published(c) for c in lower]
    after = [ctx.published(c) for c in higher]
    if any(d is None for d in before) or any(d is None for d in after):
        return False
    return max(d for d in before if d is not None) < min(d for d in after if d is not None)


def is_zero(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure claim says none ("no police fatalities": 0..0)."""
    return ctx.bounds(claim)[1] == 0


def agreeing_sides(
    ctx: EventContext, claims: Sequence[FigureClaim]
) -> list[tuple[list[FigureClaim], list[FigureClaim]]]:
    """Split figure claims into groups that agree, and pair the groups that cannot meet.

    Claims are swept in the order of their intervals; a claim joins the current group
    while the group's common interval still meets it (for intervals, claims that meet
    pairwise all meet together). Each returned pair holds, from two groups, the claims
    that disagree with every claim of the other side, so a finding never puts a
    compatible pair on opposite sides. Pairs the groups leave out come back one to one.
    Claims related by an update are never opposed.
    """

    def key(c: FigureClaim) -> tuple[int, float, str]:
        low, high = ctx.bounds(c)
        return (low, float("inf") if high is None else high, c.id)

    def opposed(a: FigureClaim, b: FigureClaim) -> bool:
        return not ctx.compatible(a, b) and not ctx.related_by_update(a, b)

    ordered = sorted(claims, key=key)
    pairs = _group_pairs(_meeting_groups(ctx, ordered), opposed)
    covered = {(a.id, b.id) for left, right in pairs for a in left for b in right}
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            pair = (a.id, b.id) if key(a) <= key(b) else (b.id, a.id)
            if opposed(a, b) and pair not in covered and (pair[1], pair[0]) not in covered:
                pairs.append(([a], [b]))
    return pairs


def _meeting_groups(ctx: EventContext, ordered: Sequence[FigureClaim]) -> list[list[FigureClaim]]:
    """Sweep claims ordered by interval into groups whose common interval is not empty."""
    groups: list[list[FigureClaim]] = []
    common_high: float = -1
    for claim in ordered:
        low, high = ctx.bounds(claim)
        top = float("inf") if high is None else high
        if groups and low <= common_high:
            groups[-1].append(claim)
            common_high = min(common_high, top)
        else:
            groups.append([claim])
            common_high = top
    return groups


def _group_pairs(
    groups: Sequence[Sequence[FigureClaim]],
    opposed: Callable[[FigureClaim, FigureClaim], bool],
) -> list[tuple[list[FigureClaim], list[FigureClaim]]]:
    """Pair groups by the claims of each opposed to every claim of the other."""
    pairs: list[tuple[list[FigureClaim], list[FigureClaim]]] = []
    for i, first in enumerate(groups):
        for second in groups[i + 1 :]:
            left = [a for a in first if all(opposed(a, b) for b in second)]
            right = [b for b in second if left and all(opposed(a, b) for a in left)]
            if left and right:
                pairs.append((left, right))
    return pairs


@rule("figure-disagreement", kind="figure", severity="hard")
def figure_disagreement(ctx: EventContext) -> Iterator[Contradiction]:
    """Flag rival figures for one metric and subject, and later figures that correct earlier ones.

    One finding a conflict, listing every side (see :mod:`claimrecon.rules.conflicts`):
    rival figures of one day, or a correction (kind ``revision``) of earlier figures by a
    later, lower one. A toll that rises over time is a timeline, not a contradiction.
    """
    for (metric, subject, _), claims in rival_groups(ctx).items():
        for conflict in conflicts(ctx, claims):
            yield _conflict_finding(ctx, conflict, metric, subject)


def rival_groups(ctx: EventContext) -> dict[tuple[Metric, Subject, str], list[FigureClaim]]:
    """Return the figures ``figure-disagreement`` compares, by metric, subject and scope.

    A zero against a count is the zero-against-count rule's to report; a part of unnamed
    kind ("16 killed, including two") is no total of its subject. Parts of a named scope
    (one site, one unit) are compared with each other, under the scope's key.
    """
    groups: dict[tuple[Metric, Subject, str], list[FigureClaim]] = defaultdict(list)
    for claim in ctx.figures:
        key = ctx.scope(claim).key
        if is_zero(ctx, claim) or loose(ctx, claim):
            continue
        if key is not None or not is_unnamed_part(ctx, claim):
            groups[claim.metric, claim.subject, key or ""].append(claim)
    return dict(sorted(groups.items()))


def loose(ctx: EventContext, claim: FigureClaim) -> bool:
    """Say whether a figure bounds no count: a vague amount, or one person singled out.

    "Scores dead", "several of the wounded", "killing a prominent lawyer": such a figure
    says how the toll looks, not what it is, so it forms no contradiction with a count
    (a zero against it still does: see ``zero-against-count``). Nor does a count of the
    militants killed in a response to the attack ("45 fighters in retaliatory strikes").
    """
    return ctx.vague(claim) or ctx.lone(claim) or ctx.scope(claim).response


def _counted(ctx: EventContext) -> tuple[FigureClaim, ...]:
    """Return the event's current figures that bound a count (not :func:`loose`)."""
    found = ctx.memo.get("counted")
    if not isinstance(found, tuple):
        found = tuple(c for c in ctx.current_figures if not loose(ctx, c))
        ctx.memo["counted"] = found
    return found


def _conflict_finding(
    ctx: EventContext, conflict: Conflict, metric: Metric, subject: Subject
) -> Contradiction:
    """Describe one conflict: every side, what it says, and why they cannot all hold."""
    sides = [list(side) for side in conflict.sides]
    said = "; ".join(
        f"{ctx.says(side)} {subject_words(subject)} {metric_words(metric)}"
        if i == 0
        else ctx.says(side)
        for i, side in enumerate(sides)
    )
    why = f"{_none_meet(ctx, sides)}: {_cannot_all_be(sides, metric, subject)}"
    if conflict.correction:
        old = [c for side in sides for c in side if c.id in conflict.corrected]
        new = [c for side in sides for c in side if c.id not in conflict.corrected]
        text = (
            f"{said}; {why}. A correction: {ctx.speakers(new, 'gives')} "
            f"{' or '.join(_figures(new))} later ({_days(ctx, new)}), below the "
            f"{' or '.join(_figures(old))} {ctx.speakers(old, 'gives').rsplit(' ', 1)[0]} "
            f"gave earlier ({_days(ctx, old)}); a toll rises as the dead are counted but "
            "does not fall, so the later, lower figure says the earlier one was wrong."
        )
        kind: FindingKind | None = FindingKind.REVISION
    else:
        text = f"{said}; {why}; {_same_time(ctx, conflict)}.{_corrected_within(ctx, conflict)}"
        kind = None
    return ctx.contradiction(
        [[c.id for c in side] for side in sides],
        text + _self_interest(ctx, sides),
        metric=metric,
        subject=subject,
        kind=kind,
    )


def _corrected_within(ctx: EventContext, conflict: Conflict) -> str:
    """Say who corrected whom inside a rivalry told on later days, if anyone did."""
    claims = [c for side in conflict.sides for c in side]
    old = [c for c in claims if c.id in conflict.corrected]
    new = [c for c in claims if c.id in conflict.correcting]
    if not old or not new:
        return ""
    return (
        f" Later, {ctx.speakers(new, 'gives')} {' or '.join(_figures(new))} "
        f"({_days(ctx, new)}), below the {' or '.join(_figures(old))} "
        f"{ctx.speakers(old, 'gives').rsplit(' ', 1)[0]} gave earlier: a correction of it."
    )


def _cannot_all_be(sides: Sequence[Sequence[FigureClaim]], metric: Metric, subject: Subject) -> str:
    """Say in words why the sides cannot all be right: "the number ... cannot be both 2 and 27"."""
    told = [" or ".join(_figures(side)) for side in sides]
    what = f"the number of {subject_words(subject)} {participle(metric)}"
    if len(told) == 2:
        return f"{what} cannot be both {told[0]} and {told[1]}"
    return f"{what} can be at most one of {', '.join(told[:-1])} and {told[-1]}"


def _same_time(ctx: EventContext, conflict: Conflict) -> str:
    """Say why the sides are rivals and not steps of a rising toll."""
    claims = [c for side in conflict.sides for c in side]
    days = sorted({d for d in (ctx.published(c) for c in claims) if d is not None})
    if conflict.retold and len(days) > 1:
        return _told_again(ctx, conflict, days)
    if all(c.metric is Metric.COUNT for c in claims):
        if any(own_count(ctx, c) for c in claims):
            return (
                f"rival counts of those who took part ({_days(ctx, claims)}): the "
                "perpetrator's count of those it sent does not grow as a toll does, so no "
                "count of another day is a step towards it"
            )
        return (
            f"rival counts of those who took part ({_days(ctx, claims)}), none of them "
            "given as an earlier or partial count that the others update"
        )
    if not days:
        return (
            "rival figures of one time (dates unknown), none of them given as an earlier "
            "or provisional count"
        )
    return (
        f"rival figures of one time ({_days(ctx, claims)}), none of them given as an "
        "earlier or provisional count that the others update"
    )


def _told_again(ctx: EventContext, conflict: Conflict, days: Sequence[dt.date]) -> str:
    """Say why rivals told again on several days are no timeline."""
    steps = [side for side in conflict.sides if not _one_interval(ctx, side)]
    if steps:
        told = "; ".join(", then ".join(_figures(_by_day(ctx, side))) for side in steps)
        return (
            f"rival figures told again from {days[0].isoformat()} to "
            f"{days[-1].isoformat()}; a side whose figure changed ({told}) tells its own "
            "count over time, each step of it against the other sides"
        )
    return (
        f"rival figures told again from {days[0].isoformat()} to {days[-1].isoformat()}, "
        "none of them given as a revision of the others"
    )


def _one_interval(ctx: EventContext, side: Sequence[FigureClaim]) -> bool:
    """Say whether the claims of a side all meet in one interval."""
    bounds = [ctx.bounds(c) for c in side]
    low = max(b[0] for b in bounds)
    highs = [b[1] for b in bounds if b[1] is not None]
    return not highs or low <= min(highs)


def _by_day(ctx: EventContext, side: Sequence[FigureClaim]) -> list[FigureClaim]:
    """Order a side's claims by publication day, then by position in their text."""
    return sorted(side, key=lambda c: (ctx.published(c) or dt.date.min, c.span.doc, c.span.start))


def _figures(claims: Sequence[FigureClaim]) -> list[str]:
    seen: list[str] = []
    for claim in claims:
        text = figure_words(claim.figure)
        if text not in seen:
            seen.append(text)
    return seen


def _days(ctx: EventContext, claims: Sequence[FigureClaim]) -> str:
    """Name the publication days of some claims: "16 Jan 2019" or "15-16 Jan 2019"."""
    days = sorted({d for d in (ctx.published(c) for c in claims) if d is not None})
    if not days:
        return "dates unknown"
    if len(days) == 1:
        return f"published {days[0].isoformat()}"
    return f"published {days[0].isoformat()} to {days[-1].isoformat()}"


def _self_interest(ctx: EventContext, sides: Sequence[Sequence[FigureClaim]]) -> str:
    own = [c for side in sides for c in side if ctx.self_interested(c)]
    if not own:
        return ""
    return (
        f" {ctx.speakers(own, 'speaks')} for the perpetrator, whose own figures are often inflated."
    )


def _none_meet(ctx: EventContext, sides: Sequence[Sequence[FigureClaim]]) -> str:
    """Say that the sides' intervals do not meet: "[0, 0] and [7, 7] do not meet".

    A side may hold a figure that meets one of another side's and not the rest ("25-50"
    and "at least 50" beside "at least 81"): then what each side's figures agree on is
    what does not meet.
    """
    common = [_common(ctx, side) for side in sides] if _bridged(ctx, sides) else []
    if common and all(common):
        return f"what each side's figures agree on, {', '.join(map(str, common))}, does not meet"
    if len(sides) == 2:
        return _do_not_meet(ctx, sides[0], sides[1])
    parts = [" or ".join(_intervals(ctx, side)) for side in sides]
    return f"no two of {', '.join(parts[:-1])} and {parts[-1]} meet"


@rule("zero-against-count", kind="figure", severity="hard")
def zero_against_count(ctx: EventContext) -> Iterator[Contradiction]:
    """Flag a figure of none against a positive count for the same or a narrower subject."""
    zeros: dict[tuple[Metric, Subject], list[FigureClaim]] = defaultdict(list)
    for claim in ctx.current_figures:
        if is_zero(ctx, claim):
            zeros[claim.metric, claim.subject].append(claim)
    for (metric, subject), none in sorted(zeros.items()):
        # "No casualties" also says no one was killed and no one was wounded.
        metrics = {metric, *metric.components}
        # Each count against the zeros it is no update of; counts that face the same
        # zeros make one finding.
        by_zeros = _counts_by_zeros(ctx, none, metrics, subject)
        for _, (against, positive) in sorted(by_zeros.items()):
            counts = "; ".join(
                f"{ctx.says([c])} {subject_words(c.subject)} {metric_words(c.metric)}"
                for c in positive
            )
            rising = _rising(ctx, against, positive)
            yield ctx.contradiction(
                [[z.id for z in against], [c.id for c in positive]],
                f"{ctx.says(against)} {subject_words(subject)} {metric_words(metric)}; "
                f"{counts}; {_do_not_meet(ctx, against, positive)}: if no "
                f"{subject_words(subject)} were {participle(metric)}, no narrower count "
                f"of them can be above zero{_RISING if rising else ''}.",
                severity=Severity.SOFT if rising else None,
                metric=metric,
                subject=subject,
            )


def _counts_by_zeros(
    ctx: EventContext, none: Sequence[FigureClaim], metrics: set[Metric], subject: Subject
) -> dict[tuple[str, ...], tuple[list[FigureClaim], list[FigureClaim]]]:
    """Return the positive counts of the zeros' subject, grouped by the zeros they face."""
    by_zeros: dict[tuple[str, ...], tuple[list[FigureClaim], list[FigureClaim]]] = {}
    for count in ctx.current_figures:
        if not (
            count.metric in metrics and subject.contains(count.subject) and ctx.bounds(count)[0] > 0
        ):
            continue
        facing = [
            z for z in none if not ctx.related_by_update(z, count) and _zero_faces(ctx, z, count)
        ]
        if facing:
            key = tuple(z.id for z in facing)
            by_zeros.setdefault(key, (facing, []))[1].append(count)
    return by_zeros


def _zero_faces(ctx: EventContext, zero: FigureClaim, count: FigureClaim) -> bool:
    """Say whether a zero speaks of the people a count counts.

    "No Canadians were killed" says nothing of the toll: a zero of one unit, nationality
    or site faces only counts of that same scope. "Four were hurt, though none seriously",
    "no one suffered life-threatening injuries": a zero of a part named by no narrower
    subject (the wounded by their condition) says none of that part, and faces only
    counts of the same part.
    """
    scope = ctx.scope(zero)
    if scope.key is not None:
        return ctx.scope(count).key == scope.key
    if is_unnamed_part(ctx, zero):
        return is_unnamed_part(ctx, count) and ctx.scope(count).words == scope.words
    return True


def _encloses(ctx: EventContext, whole: FigureClaim, part: FigureClaim) -> bool:
    """Say whether ``whole`` is the total ``part`` was given as a part of."""
    if part.part_of is not None:
        return part.part_of == whole.id
    return (
        whole.metric is part.metric
        and whole.subject is not part.subject
        and whole.subject.contains(part.subject)
        and whole.span.doc == part.span.doc
        and ctx.same_source(whole, part)
    )


@rule("part-and-whole", kind="figure", severity="hard")
def part_and_whole(ctx: EventContext) -> Iterator[Contradiction]:
    """Flag a part, or parts together, above their whole ("5 killed, 7 of them police").

    Each whole tries only the figures that could exceed it (see :class:`_PartIndex`), so
    the cost grows with the figures and the findings, not with every pair of figures. A
    part and a whole told more than once (a headline and its body, two outlets of one
    wire) are one conflict: one finding, each side listing every telling.
    """
    parts = _PartIndex.of(ctx)
    pairs: list[tuple[FigureClaim, FigureClaim]] = []
    for whole in _counted(ctx):
        if is_zero(ctx, whole):
            continue  # zero-against-count reports these
        exceeding, flagged = _parts_above(ctx, parts, whole)
        pairs.extend((part, whole) for part in flagged)
        if not exceeding:
            yield from _parts_add_up(ctx, parts.given.get(whole.id, []), whole)
    for group in _told_alike(ctx, pairs):
        found = _retold_pairs(group)
        if found is not None:
            wholes, above = found
            yield _part_above_whole(ctx, above, wholes, scope_words(ctx, above[0], wholes[0]))
            continue
        for part, whole in group:
            yield _part_above_whole(ctx, [part], [whole], scope_words(ctx, part, whole))


def _parts_above(
    ctx: EventContext, parts: _PartIndex, whole: FigureClaim
) -> tuple[bool, list[FigureClaim]]:
    """Return whether any part exceeds ``whole``, and the parts to flag against it.

    A part whose own total already disagrees with the whole is not flagged (see
    :func:`_explained_by_own_total`), though it still exceeds it.
    """
    exceeding = False
    flagged: list[FigureClaim] = []
    for part in parts.above(ctx, whole):
        if part.part_of != whole.id and not _may_cap(ctx, whole, part):
            continue
        if part.part_of == whole.id and _misread_link(ctx, part, whole):
            continue
        if part.part_of is None and _above_own_total(ctx, part):
            continue
        if not part.figure.exceeds(whole.figure, ctx.tolerance):
            continue
        if ctx.related_by_update(whole, part):
            continue
        exceeding = True
        if not _explained_by_own_total(ctx, parts, part, whole):
            flagged.append(part)
    return exceeding, flagged


def _misread_link(ctx: EventContext, part: FigureClaim, whole: FigureClaim) -> bool:
    """Say whether a part given "of" a total of another metric cannot be of that total.

    "One of its bombers carried out the attack on a bus, killing 44 of them": a text
    that gives a part of its own figure ("N of them") keeps the part inside it, so a part
    of another metric above the figure its words were linked to counts something else
    (the bus's passengers), not a part of it: no contradiction of the text with itself.
    """
    return part.metric is not whole.metric and ctx.text_voice(part) == ctx.text_voice(whole)


def _above_own_total(ctx: EventContext, part: FigureClaim) -> bool:
    """Say whether a part exceeds a total its own speaker gives of a wider subject in its text.

    "He said 16 people were killed and over 100 women were evacuated": one speaker in one
    text does not put more women among the dead than it counts dead, so a part above its
    speaker's own total was read from words about something else, and faces no other
    speaker's total either. A part given inside the total ("15 killed so far, including
    20 policemen") is read as given: wrong in one breath, and flagged.
    """
    voice = ctx.text_voice(part)
    return any(
        other.metric is part.metric
        and other.subject is not part.subject
        and other.subject.contains(part.subject)
        and ctx.text_voice(other) == voice
        and part.figure.exceeds(other.figure, ctx.tolerance)
        for other in _figures_in_text(ctx, part.span.doc)
    )


def _figures_in_text(ctx: EventContext, doc: str) -> tuple[FigureClaim, ...]:
    """Return the event's figures of one text (every text indexed once an event)."""
    memo = ctx.memo.get("figures by text")
    found: dict[str, tuple[FigureClaim, ...]] = memo if isinstance(memo, dict) else {}
    if not isinstance(memo, dict):
        grouped: dict[str, list[FigureClaim]] = {}
        for claim in ctx.figures:
            grouped.setdefault(claim.span.doc, []).append(claim)
        found = {d: tuple(claims) for d, claims in grouped.items()}
        ctx.memo["figures by text"] = found
    return found.get(doc, ())


_Told = tuple[Metric, Subject, int, int | None, str | None]


def _told(ctx: EventContext, claim: FigureClaim) -> _Told:
    """Return what a figure says: its metric, subject, interval and scope."""
    low, high = ctx.bounds(claim)
    return (claim.metric, claim.subject, low, high, ctx.scope(claim).key)


def _told_alike(
    ctx: EventContext, pairs: Sequence[tuple[FigureClaim, FigureClaim]]
) -> list[list[tuple[FigureClaim, FigureClaim]]]:
    """Group (part, whole) pairs by what the part and the whole say, in order found."""
    groups: dict[tuple[_Told, _Told], list[tuple[FigureClaim, FigureClaim]]] = {}
    for part, whole in pairs:
        groups.setdefault((_told(ctx, part), _told(ctx, whole)), []).append((part, whole))
    return list(groups.values())


def _retold_pairs(
    group: Sequence[tuple[FigureClaim, FigureClaim]],
) -> tuple[list[FigureClaim], list[FigureClaim]] | None:
    """Return the wholes and parts of pairs that tell one part above one whole, or ``None``.

    The pairs are one conflict when every telling of the whole faces every telling of the
    part; when a part faces only some of the wholes (one total may cap it, another not),
    the pairs stay findings of their own.
    """
    wholes = list({w.id: w for _, w in group}.values())
    above = list({p.id: p for p, _ in group}.values())
    if len(group) < 2 or len({(p.id, w.id) for p, w in group}) != len(wholes) * len(above):
        return None
    return wholes, above


def _part_above_whole(
    ctx: EventContext, parts: list[FigureClaim], wholes: list[FigureClaim], scope: str
) -> Contradiction:
    part, whole = parts[0], wholes[0]
    return ctx.contradiction(
        [[w.id for w in wholes], [p.id for p in parts]],
        f"{ctx.says(wholes)} {subject_words(whole.subject)} "
        f"{metric_words(whole.metric)}; {ctx.says(parts)} "
        f"{subject_words(part.subject)} {metric_words(part.metric)}; "
        f"{scope}: {figure_words(part.figure)} "
        f"{subject_words(part.subject)} cannot fit in {figure_words(whole.figure)} "
        f"{subject_words(whole.subject)} (the part {ctx.interval(part)} exceeds the "
        f"whole {ctx.interval(whole)}).",
        metric=part.metric,
        subject=part.subject,
    )


@dataclass
class _PartIndex:
    """The event's current figures indexed as parts, read once a rule run.

    ``given`` holds the parts a text gives of a total ("including ..."), by that total;
    ``ranked`` the figures of each metric and subject, and apart the parts of that subject
    ("40 of the bodies", a site's toll), each list by falling lower bound, so that a
    whole reads only the figures above its upper bound; ``in_text`` the figures of each
    text and metric, for the totals a text gives around its parts.
    """

    given: dict[str, list[FigureClaim]] = field(default_factory=dict)
    ranked: dict[tuple[Metric, Subject, bool], list[tuple[int, FigureClaim]]] = field(
        default_factory=dict
    )
    in_text: dict[tuple[str, Metric], list[FigureClaim]] = field(default_factory=dict)

    @classmethod
    def of(cls, ctx: EventContext) -> _PartIndex:
        """Index the current figures of an event."""
        found = cls()
        for claim in _counted(ctx):
            if claim.part_of is not None:
                found.given.setdefault(claim.part_of, []).append(claim)
            scoped = is_unnamed_part(ctx, claim) or ctx.scope(claim).key is not None
            key = (claim.metric, claim.subject, scoped)
            found.ranked.setdefault(key, []).append((ctx.bounds(claim)[0], claim))
            found.in_text.setdefault((claim.span.doc, claim.metric), []).append(claim)
        for ranked in found.ranked.values():
            ranked.sort(key=lambda item: (-item[0], item[1].id))
        return found

    def above(self, ctx: EventContext, whole: FigureClaim) -> list[FigureClaim]:
        """Return the figures that may be parts of ``whole`` and lie above its upper bound."""
        high = ctx.bounds(whole)[1]
        if high is None:
            return []
        found = [p for p in self.given.get(whole.id, []) if p.id != whole.id]
        key = ctx.scope(whole).key
        if key is None and is_unnamed_part(ctx, whole):
            # "Four of them Americans" counts a few of the dead, not all the people
            # killed: it caps only the parts given inside it, never another speaker's
            # count of a narrower subject ("at least six foreigners").
            return found
        whole_part = key is not None
        for subject in Subject:
            if subject is whole.subject:
                kinds: tuple[bool, ...] = () if whole_part else (True,)
            else:
                kinds = (False, True) if whole.subject.contains(subject) else ()
            for scoped in kinds:
                for low, part in self.ranked.get((whole.metric, subject, scoped), []):
                    if low <= high:
                        break
                    if part.part_of != whole.id and key in (None, ctx.scope(part).key):
                        found.append(part)
        return found

    def own_totals(self, ctx: EventContext, part: FigureClaim) -> list[FigureClaim]:
        """Return the totals a part was given within: its named total, or its text's own."""
        if part.part_of is not None:
            whole = ctx.whole_of(part)
            return [whole] if whole is not None else []
        return [
            t for t in self.in_text.get((part.span.doc, part.metric), []) if _encloses(ctx, t, part)
        ]


def scope_words(ctx: EventContext, part: FigureClaim, whole: FigureClaim) -> str:
    """Name how a part sits in its whole: "civilians ⊂ people", or "a part of the 27"."""
    if part.subject is whole.subject:
        words = ctx.scope(part).words
        if part.part_of is None and words:
            what = subject_words(part.subject)
            return f"{what} {words} \u2282 all {subject_words(whole.subject)}"
        return f"given as a part of the {figure_words(whole.figure)}"
    return f"{subject_words(part.subject)} \u2282 {subject_words(whole.subject)}"


_ADDITIVE = re.compile(r"\b(?:also|more|others?|another|further|additional)\b", re.IGNORECASE)


def _additive(claim: FigureClaim) -> bool:
    """Say whether a figure counts people besides those counted before ("15 others")."""
    return _ADDITIVE.search(claim.quote) is not None


def _may_cap(ctx: EventContext, whole: FigureClaim, part: FigureClaim) -> bool:
    """Say whether a total caps a narrower figure not given as its part.

    An early count ("so far", an exact count of the attackers one report saw: see
    :func:`~claimrecon.rules.conflicts.early`) caps no part counted apart from it; nor does a total
    published before the part (the toll rose since). Within one text, one speaker's wider
    figure and larger narrower one count different scopes ("13 Americans were killed ...
    at least 90 Afghan civilians also died"), and so do figures given as more of them
    ("15 others were injured ... 140 more"): a text that meant a part says so ("among
    them"). A toll of people, mostly the attackers' victims, caps no count of attackers
    not given as its part ("the attack killed one person ... police killed the five
    attackers").
    """
    if early(ctx, whole):
        return False  # "so far", "confirmed", the toll a rise began at, a group seen
    if _below_own_toll(ctx, whole):
        return False  # "six deacons killed" beside the same voice's "45 killed": some of them
    if whole.subject is Subject.PEOPLE and Subject.MILITANTS.contains(part.subject):
        # "the attack killed one person" and "police killed the five attackers": a toll of
        # people is mostly the attackers' victims; it caps the attackers only as their total.
        return False
    if whole.span.doc == part.span.doc and (
        ctx.same_source(whole, part) or _additive(whole) or _additive(part)
    ):
        return False
    if _other_force(ctx, whole, part):
        return False
    whole_day, part_day = ctx.published(whole), ctx.published(part)
    if whole.span.doc != part.span.doc and (whole_day is None) is not (part_day is None):
        # One text dated, the other not: which came first is unknown, and the toll may
        # have risen between them (as for rival totals, see conflicts.conflicts).
        return False
    return not (whole_day is not None and part_day is not None and part_day > whole_day)


def _other_force(ctx: EventContext, whole: FigureClaim, part: FigureClaim) -> bool:
    """Say whether a force's toll by nationality lies outside another report's toll of forces.

    "Nine Zelvanian soldiers were killed" (one report) and "three soldiers died" (another,
    of a foreign command): each force counts its own dead, so a whole of soldiers or police
    told in another text caps no count of them by nationality.
    """
    return (
        whole.subject in _FORCES
        and whole.span.doc != part.span.doc
        and (ctx.scope(part).key or "").startswith("nation:")
    )


_FORCES = frozenset({Subject.SOLDIERS, Subject.POLICE, Subject.SECURITY_FORCES})


def _below_own_toll(ctx: EventContext, whole: FigureClaim) -> bool:
    """Say whether a figure's own voice gives a larger toll of its subject in its text.

    One voice in one text tells one toll: "Dunmar lost his son, among six deacons killed"
    beside the same outlet's "at least 45 killed" counts some of the dead (or a step the
    toll rose from), not all of them, so it caps no other speaker's part ("27 were killed
    at the Velka church"). A figure given as a correction of the toll stays a toll.
    """
    _, high = ctx.bounds(whole)
    if high is None or ctx.revised_down(whole) or ctx.lowered(whole) or ctx.retracted(whole):
        return False
    voice = ctx.text_voice(whole)
    return any(
        other.metric is whole.metric
        and other.subject is whole.subject
        and ctx.scope(other).key == ctx.scope(whole).key
        and not is_unnamed_part(ctx, other)
        and ctx.bounds(other)[0] > high
        and ctx.text_voice(other) == voice
        for other in _figures_in_text(ctx, whole.span.doc)
    )


def _parts_add_up(
    ctx: EventContext, parts: Sequence[FigureClaim], whole: FigureClaim
) -> Iterator[Contradiction]:
    """Flag the parts a text gives of a total when together they exceed it.

    "Five killed, including three soldiers and four civilians": soldiers and civilians
    share no one, so at least seven were killed. Only the widest parts are added (police
    are not added again to security forces), each at its largest floor.
    """
    _, high = ctx.bounds(whole)
    if high is None:
        return
    chosen = _widest_floors(ctx, parts, whole)
    total = sum(ctx.bounds(p)[0] for p in chosen)
    if len(chosen) < 2 or total <= high:
        return
    listed = "; ".join(f"{figure_words(p.figure)} {subject_words(p.subject)}" for p in chosen)
    yield ctx.contradiction(
        [[whole.id], [p.id for p in chosen]],
        f"{ctx.says([whole])} {subject_words(whole.subject)} {metric_words(whole.metric)}, "
        f"among them {listed}; the parts add up to at least {total}, above the whole "
        f"{ctx.interval(whole)}.",
        metric=whole.metric,
        subject=whole.subject,
    )


def _widest_floors(
    ctx: EventContext, parts: Sequence[FigureClaim], whole: FigureClaim
) -> list[FigureClaim]:
    """Return the widest parts of a total, one a subject at its largest floor.

    Only parts the text gives as parts ("including ...") add up: two figures of one
    source may as well count the same people twice.
    """
    widest = [
        p
        for p in parts
        if p.metric is whole.metric
        and p.subject is not whole.subject
        and not any(q.subject is not p.subject and q.subject.contains(p.subject) for q in parts)
    ]
    floors: dict[Subject, FigureClaim] = {}
    for part in widest:
        best = floors.get(part.subject)
        if best is None or ctx.bounds(part)[0] > ctx.bounds(best)[0]:
            floors[part.subject] = part
    return sorted(floors.values(), key=lambda c: (c.subject.value, c.id))


def _explained_by_own_total(
    ctx: EventContext, parts: _PartIndex, part: FigureClaim, whole: FigureClaim
) -> bool:
    """Say whether the part's own total already disagrees with ``whole``.

    "27 killed, including seven policemen" against "two killed": the 27 and the two are
    the contradiction; the seven against the two says nothing more. Not so when the total
    meets the whole once the attackers it counts in are left out ("60 dead", three
    attackers among them, against "59 killed"): rivals read it so (see
    :func:`~claimrecon.rules.conflicts.steps`), so the total is no contradiction, and a
    part above the whole ("at least 60 policemen") is one.
    """
    return any(
        whole.subject.contains(total.subject)
        and total.metric is whole.metric
        and (
            total.figure.exceeds(whole.figure, ctx.tolerance)
            or not total.figure.compatible(whole.figure, ctx.tolerance)
        )
        and not _meets_without_attackers(ctx, total, whole)
        for total in parts.own_totals(ctx, part)
        if total.id not in (part.id, whole.id)
    )


def _meets_without_attackers(ctx: EventContext, total: FigureClaim, whole: FigureClaim) -> bool:
    """Say whether a toll meets another once the attackers its text counts in are left out."""
    attackers = attackers_within(ctx, total)
    if not attackers:
        return False
    low, high = ctx.bounds(total)
    other_low, other_high = ctx.bounds(whole)
    top = min(h for h in (high, other_high, float("inf")) if h is not None)
    return max(low - attackers, other_low) <= top


@rule("casualties-against-parts", kind="figure", severity="hard")
def casualties_against_parts(ctx: EventContext) -> Iterator[Contradiction]:
    """Flag casualties that cannot be the killed plus the wounded.

    For each total, one finding a way it fails: a part alone above it, the largest killed
    and wounded floors together above it, or the smallest killed and wounded ceilings
    together below it. Only parts the total may cap count (see :func:`_may_cap`), so each
    total is one pass over the parts.
    """
    figures = _counted(ctx)
    killed = [c for c in figures if c.metric is Metric.KILLED]
    wounded = [c for c in figures if c.metric is Metric.WOUNDED]
    for total in figures:
        if total.metric is not Metric.CASUALTIES or is_zero(ctx, total):
            continue
        inside_k = [k for k in killed if _capped(ctx, total, k)]
        inside_w = [w for w in wounded if _capped(ctx, total, w)]
        yield from _casualties_above(ctx, total, inside_k, inside_w)
        yield from _casualties_below(ctx, total, killed, wounded)


def _capped(ctx: EventContext, total: FigureClaim, part: FigureClaim) -> bool:
    """Say whether a casualty total caps a killed or wounded figure.

    A total told for one site ("42 dead and wounded at the Velka church") caps only the
    figures of that site, not those of the whole attack or of its other sites.
    """
    key = ctx.scope(total).key
    return (
        total.subject.contains(part.subject)
        and key in (None, ctx.scope(part).key)
        and _may_cap(ctx, total, part)
    )


def _casualties_above(
    ctx: EventContext, total: FigureClaim, killed: list[FigureClaim], wounded: list[FigureClaim]
) -> Iterator[Contradiction]:
    """Flag parts above a casualty total: one alone, or the largest killed and wounded."""
    # "So far" and "confirmed" counts are no ceiling.
    high = None if total.provisional or ctx.partial_count(total) else ctx.bounds(total)[1]
    if high is None:
        return
    alone = [p for p in (*killed, *wounded) if ctx.bounds(p)[0] > high]
    if alone:
        verb = "alone exceed" if len(alone) > 1 else "alone exceeds"
        yield _against_parts(ctx, total, alone, verb)
        return
    k = max(killed, key=lambda c: (ctx.bounds(c)[0], c.id), default=None)
    w = max(wounded, key=lambda c: (ctx.bounds(c)[0], c.id), default=None)
    # Killed and wounded are different people, so their lows add up.
    if k is not None and w is not None and ctx.bounds(k)[0] + ctx.bounds(w)[0] > high:
        yield _against_parts(ctx, total, [k, w], "exceed")


def _casualties_below(
    ctx: EventContext, total: FigureClaim, killed: list[FigureClaim], wounded: list[FigureClaim]
) -> Iterator[Contradiction]:
    """Flag the killed and wounded of the total's subject and day that fall short of it.

    Of the day's tellings of each part, the largest is set against the total: a total
    that some telling of its parts reaches ("21 killed and more than 50 wounded" beside
    "20 killed and 48 wounded") fits them, and a floor of a part leaves room for any
    total.

    A part (one hospital's wounded, those in critical condition) caps only itself, never
    the killed or wounded of the whole attack: "30 wounded arrived at the Velka hospital"
    leaves the casualties of a toll of "more than 100 killed and wounded" unbounded.
    """

    def ceiling(claims: list[FigureClaim]) -> FigureClaim | None:
        told = [
            c
            for c in claims
            if c.subject is total.subject
            and not c.provisional
            and not ctx.scope(c).part
            and ctx.published(c) == ctx.published(total)
        ]
        if any(ctx.bounds(c)[1] is None for c in told):
            return None  # a floor of the day leaves room for the total
        return max(told, key=lambda c: (ctx.bounds(c)[1] or 0, c.id), default=None)

    k, w = ceiling(killed), ceiling(wounded)
    if k is None or w is None:
        return
    if ctx.bounds(total)[0] > (ctx.bounds(k)[1] or 0) + (ctx.bounds(w)[1] or 0):
        yield _against_parts(ctx, total, [k, w], "fall short of")


def _against_parts(
    ctx: EventContext, total: FigureClaim, parts: list[FigureClaim], verb: str
) -> Contradiction:
    pieces = "; ".join(
        f"{ctx.says([p])} {subject_words(p.subject)} {metric_words(p.metric)}" for p in parts
    )
    bounds = " plus ".join(ctx.interval(p) for p in parts)
    return ctx.contradiction(
        [[total.id], [p.id for p in parts]],
        f"{ctx.says([total])} {subject_words(total.subject)} "
        f"{metric_words(total.metric)}; {pieces}; {bounds} {verb} {ctx.interval(total)}: "
        "casualties are the killed and the wounded together.",
        metric=Metric.CASUALTIES,
        subject=total.subject,
    )


def _bridged(ctx: EventContext, sides: Sequence[Sequence[FigureClaim]]) -> bool:
    """Say whether some figure meets a figure of another side (distinct bounds once)."""
    bounds = [{ctx.bounds(c) for c in side} for side in sides]
    return any(
        (hi1 is None or lo2 <= hi1) and (hi2 is None or lo1 <= hi2)
        for i, one in enumerate(bounds)
        for other in bounds[i + 1 :]
        for lo1, hi1 in one
        for lo2, hi2 in other
    )


def _common(ctx: EventContext, side: Sequence[FigureClaim]) -> str | None:
    """Return the interval every figure of a side allows, if they share one."""
    bounds = [ctx.bounds(c) for c in side]
    low = max(b[0] for b in bounds)
    highs = [b[1] for b in bounds if b[1] is not None]
    if highs and min(highs) < low:
        return None
    return f"[{low}, {min(highs)}]" if highs else f"[{low}, ∞)"


def _intervals(ctx: EventContext, claims: Sequence[FigureClaim]) -> list[str]:
    seen: list[str] = []
    for claim in claims:
        text = ctx.interval(claim)
        if text not in seen:
            seen.append(text)
    return seen


def _do_not_meet(
    ctx: EventContext, left: Sequence[FigureClaim], right: Sequence[FigureClaim]
) -> str:
    """Say which intervals do not meet: "[0, 0] and [7, 7] do not meet"."""
    one, other = _intervals(ctx, left), _intervals(ctx, right)
    if len(one) == 1 and len(other) == 1:
        return f"{one[0]} and {other[0]} do not meet"
    if len(one) > 1 and len(other) == 1:
        one, other = other, one
    if len(one) == 1:
        return f"{one[0]} meets neither {' nor '.join(other)}"
    return f"none of {', '.join(one)} meets any of {', '.join(other)}"
