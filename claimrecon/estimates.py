"""Low, best and high estimates per event, metric and subject, under named policies.

A policy is a function of one group of figure claims (one event, metric and subject)
that returns an :class:`~claimrecon.models.Estimate`, declared with :func:`policy`:

Example:
    >>> from claimrecon.estimates import PolicyContext, PolicyRegistry
    >>> mine = PolicyRegistry()
    >>> @mine.policy("highest")
    ... def highest(ctx: PolicyContext):
    ...     '''Take the highest figure any source gives.'''
    ...     top = max(ctx.claims, key=ctx.point)
    ...     return ctx.estimate(best=ctx.point(top), claims=[top])
    >>> mine.names()
    ('highest',)

Built-in policies (see ``docs/estimates.md`` for worked examples):

- ``ucdp``: best from the most credible independent sources, low and high the lowest
  and highest credible figures;
- ``acled``: the most conservative credible figure, as low, best and high;
- ``ibc``: the minimum and the maximum over all sources, no best.

Open intervals: an "at least n" figure sets a floor and no ceiling, an "at most n"
figure a ceiling and no floor. ``low`` is the lowest floor (``None`` when no claim sets
one) and ``high`` the highest ceiling or floor (``None`` when no claim sets a ceiling):
"over 100" alone gives low 101, high ``None``. ``best`` never falls outside them.
Copies of one wire are one voice (:func:`claimrecon.independence.one_voice`): a policy
sees each root's figure once, and an estimate lists its independent ``sources``.
Figures that a later figure updates (a revision, a larger count after a provisional one,
the same source later: see :meth:`EventView.updates`) are left out, and
so are parts of unnamed kind ("16 killed, including two"), which count no toll of their own.
A provisional figure sets no ceiling, and sets no best once a later figure exists.

May import: the eventview (the per-event view), independence, registry, vocab, models and
errors modules; not the rules, which read the same view.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from claimrecon.errors import DuplicatePolicyError, UnknownPolicyError
from claimrecon.eventview import EventView, ReportIndex, is_unnamed_part
from claimrecon.independence import one_voice, with_roots
from claimrecon.models import (
    ABOUT_TOLERANCE,
    Estimate,
    FigureClaim,
    Metric,
    Qualifier,
    Report,
    SourceKind,
    Subject,
    Tolerance,
)
from claimrecon.registry import Registry
from claimrecon.vocab import Lexicon

__all__ = [
    "SOURCE_RANK",
    "PolicyContext",
    "PolicyFunction",
    "PolicyRegistry",
    "default_policies",
    "estimate",
    "policy",
]

SOURCE_RANK: dict[SourceKind, int] = {
    SourceKind.NGO: 3,
    SourceKind.OFFICIAL: 3,
    SourceKind.MEDIA: 3,
    SourceKind.EXPERT: 2,
    SourceKind.WITNESS: 2,
    SourceKind.UNKNOWN: 1,
    SourceKind.MILITANT: 0,
}
"""How credible each kind of source is for ``ucdp``'s best: independent monitors,
officials and the press first, a party to the fighting last."""


@dataclass(frozen=True)
class PolicyContext:
    """One event, metric and subject: its figure claims and helpers to estimate from them."""

    event: EventView
    metric: Metric
    subject: Subject
    claims: tuple[FigureClaim, ...]
    policy: str
    _final_cache: dict[tuple[str, ...], tuple[bool, dt.date | None]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def credible(self) -> tuple[FigureClaim, ...]:
        """The claims less the perpetrator's own figures, unless nothing else is left."""
        independent = tuple(c for c in self.claims if not self.event.self_interested(c))
        return independent or self.claims

    @staticmethod
    def floor(claim: FigureClaim) -> int | None:
        """Return the lowest count a claim states, or ``None`` ("at most n" sets none)."""
        return claim.figure.low

    @staticmethod
    def ceiling(claim: FigureClaim) -> int | None:
        """Return the highest count a claim states, or ``None``.

        "At least n" sets no ceiling, and neither does a provisional figure ("15 dead so
        far"), which counts the dead found until then.
        """
        return None if claim.provisional else claim.figure.high

    @property
    def settled(self) -> tuple[FigureClaim, ...]:
        """The credible claims less the provisional ones a later figure has overtaken.

        A provisional figure ("initially 30", "so far 15") stays only when no figure
        that is not provisional was given no earlier (in a document published no
        earlier); when all are provisional, all stay.
        """
        credible = self.credible
        kept = tuple(c for c in credible if not self._overtaken(c, credible))
        return kept or credible

    def _overtaken(self, claim: FigureClaim, others: Sequence[FigureClaim]) -> bool:
        """Say whether a figure that is not provisional was given no earlier than ``claim``."""
        if not claim.provisional:
            return False
        unknown, latest = self._final_days(others)
        day = self.event.published(claim)
        if day is None:
            return unknown or latest is not None
        return unknown or (latest is not None and latest >= day)

    def _final_days(self, others: Sequence[FigureClaim]) -> tuple[bool, dt.date | None]:
        """Return whether a figure that is not provisional has no date, and the latest date.

        Computed once per group, so that settling a group is linear in its claims.
        """
        key = tuple(c.id for c in others)
        cached = self._final_cache.get(key)
        if cached is None:
            days = [self.event.published(c) for c in others if not c.provisional]
            known = [d for d in days if d is not None]
            cached = (len(known) < len(days), max(known) if known else None)
            self._final_cache[key] = cached
        return cached

    @staticmethod
    def point(claim: FigureClaim) -> int:
        """Return the single number a claim stands for: a range's midpoint, else its number."""
        figure = claim.figure
        if figure.qualifier is Qualifier.RANGE and figure.low is not None:
            return (figure.low + (figure.high or figure.low)) // 2
        value = figure.low if figure.low is not None else figure.high
        return value if value is not None else 0

    @staticmethod
    def conservative(claim: FigureClaim) -> int:
        """Return the smallest number a claim commits to (a range's low end)."""
        figure = claim.figure
        value = figure.low if figure.low is not None else figure.high
        return value if value is not None else 0

    def span(self, claims: Sequence[FigureClaim]) -> tuple[int | None, int | None]:
        """Return the lowest floor and the highest ceiling-or-floor of some claims."""
        floors = [f for f in map(self.floor, claims) if f is not None]
        ceilings = [c for c in map(self.ceiling, claims) if c is not None]
        low = min(floors) if floors else None
        high = max(ceilings + floors) if ceilings else None
        return low, high

    def estimate(
        self,
        *,
        low: int | None = None,
        best: int | None = None,
        high: int | None = None,
        claims: Iterable[FigureClaim] = (),
    ) -> Estimate:
        """Make this group's estimate, widening low and high to take in ``best``."""
        if best is not None:
            low = best if low is not None and low > best else low
            high = best if high is not None and high < best else high
        return Estimate(
            event=self.event.event.id,
            metric=self.metric,
            subject=self.subject,
            low=low,
            best=best,
            high=high,
            policy=self.policy,
            claims=tuple(sorted({c.id for c in claims})),
        )


PolicyFunction = Callable[[PolicyContext], "Estimate | None"]
"""The signature of a policy: a group's context in, an estimate (or none) out."""


class PolicyRegistry(Registry[PolicyFunction]):
    """The estimation policies by name (a :class:`~claimrecon.registry.Registry`)."""

    def __init__(self) -> None:
        super().__init__(
            "estimation policy", duplicate=DuplicatePolicyError, unknown=UnknownPolicyError
        )

    def policy(self, name: str) -> Callable[[PolicyFunction], PolicyFunction]:
        """Return a decorator that registers a function as a policy.

        Raises:
            DuplicatePolicyError: If the name is registered already.
        """
        return self.register(name)

    def describe(self) -> dict[str, str]:
        """Return each policy's name and the first line of its docstring."""
        return {
            name: ((function.__doc__ or "").strip().splitlines() or [""])[0]
            for name, function in self.items()
        }


default_policies = PolicyRegistry()
"""The registry of the built-in policies, and the one :func:`policy` adds to."""


def policy(
    name: str, *, registry: PolicyRegistry | None = None
) -> Callable[[PolicyFunction], PolicyFunction]:
    """Register a function as an estimation policy (in the default registry by default).

    Raises:
        DuplicatePolicyError: If the name is registered already.
    """
    return (registry if registry is not None else default_policies).policy(name)


@policy("ucdp")
def ucdp(ctx: PolicyContext) -> Estimate:
    """Best from the most credible independent sources; low and high the credible extremes.

    The best is the (lower) median of the figures from the highest-ranked kind of source
    present (:data:`SOURCE_RANK`); the perpetrator's own figures count only when no one
    else gives one, and a provisional figure only when no later figure exists
    (:attr:`PolicyContext.settled`). An open floor ("dozens", "at least 20") sets no best
    when a figure of the same rank with a ceiling meets it.
    """
    credible = ctx.credible
    # A provisional figure sets no best once a later figure exists.
    candidates = ctx.settled
    top = max(SOURCE_RANK[c.source.kind] for c in candidates)
    ranked = [c for c in candidates if SOURCE_RANK[c.source.kind] == top]
    # A bare floor ("dozens", "at least 20") that a count of the same rank meets says
    # less than the count: the count is the best.
    counted = [
        c
        for c in ranked
        if c.figure.high is not None
        or not any(
            d.figure.high is not None and ctx.point(d) >= ctx.conservative(c) for d in ranked
        )
    ]
    leading = sorted(counted or ranked, key=lambda c: (ctx.point(c), c.id))
    best = ctx.point(leading[(len(leading) - 1) // 2])
    low, high = ctx.span(credible)
    return ctx.estimate(low=low, best=best, high=high, claims=credible)


@policy("acled")
def acled(ctx: PolicyContext) -> Estimate:
    """The most conservative credible figure, as low, best and high.

    A range counts by its low end; the perpetrator's own figures count only when no one
    else gives one, and a provisional figure only when no later figure exists.
    """
    chosen = min(ctx.settled, key=lambda c: (ctx.conservative(c), c.id))
    value = ctx.conservative(chosen)
    return ctx.estimate(low=value, best=value, high=value, claims=[chosen])


@policy("ibc")
def ibc(ctx: PolicyContext) -> Estimate:
    """The minimum and the maximum over every source, and no best."""
    low, high = ctx.span(ctx.claims)
    return ctx.estimate(low=low, high=high, claims=ctx.claims)


def estimate(
    report: Report,
    policy: str = "ucdp",
    *,
    tolerance: Tolerance = ABOUT_TOLERANCE,
    registry: PolicyRegistry | None = None,
    lexicon: Lexicon | None = None,
) -> Report:
    """Return ``report`` with an estimate per event, metric and subject under ``policy``.

    Earlier estimates are replaced. Claims in no event, and the report's aggregates,
    are not used.

    Args:
        report: A report whose claims are grouped into events.
        policy: The name of the policy: ``ucdp``, ``acled``, ``ibc`` or one registered.
        tolerance: How far an ``about`` figure may stray, when telling updates apart.
        registry: The policies to choose from; the built-in ones by default.
        lexicon: The lexicon for actor families; the built-in one by default.

    Raises:
        UnknownPolicyError: If no policy has the name.

    Example:
        >>> from claimrecon.models import Event, Figure, FigureClaim, Report, Span
        >>> def claim(n, start):
        ...     return FigureClaim(span=Span(doc="d", start=start, end=start + 1), quote="",
        ...                        metric="killed", subject="people", figure=Figure.exact(n))
        >>> a, b = claim(7, 0), claim(10, 5)
        >>> report = Report(claims=(a, b), events=(Event(id="e", claims=(a.id, b.id)),))
        >>> e = estimate(report, "ibc").estimates[0]
        >>> e.low, e.best, e.high
        (7, None, 10)
    """
    function = (registry if registry is not None else default_policies).get(policy)
    lex = lexicon if lexicon is not None else Lexicon.default()
    found: list[Estimate] = []
    index = ReportIndex.of(report)
    for event in report.events:
        ctx = EventView.build(report, event, lexicon=lex, tolerance=tolerance, index=index)
        groups: dict[tuple[Metric, Subject], list[FigureClaim]] = defaultdict(list)
        for claim in ctx.figures:
            # "16 killed, including two": the two are a part, not a toll of their own.
            if not is_unnamed_part(ctx, claim):
                groups[claim.metric, claim.subject].append(claim)
        # A figure a later one updates is history, not evidence.
        current = {c.id for c in ctx.current_figures}
        for (metric, subject), every in sorted(groups.items()):
            claims = [c for c in every if c.id in current] or every
            # Ten reprints of one wire are one voice: policies see each voice once.
            voices = one_voice(report, claims)
            made = function(
                PolicyContext(
                    event=ctx,
                    metric=metric,
                    subject=subject,
                    claims=tuple(v[0] for v in voices.values()),
                    policy=policy,
                )
            )
            if made is not None:
                found.append(with_roots(report, made, voices))
    found.sort(key=lambda e: (e.event, e.metric.value, e.subject.value, e.policy))
    return report.model_copy(update={"estimates": tuple(found)})
