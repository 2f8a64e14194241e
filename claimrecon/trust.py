"""Source track records and learned trust: TruthFinder, weighted by independence.

**Track records** (:func:`track_records`) say, for each speaker of a report, how often its
figures fall inside the final estimate of their event, metric and subject, how often its
figures were later updated and in which direction, and how often its attributions were
contradicted.

**Trust** (:func:`truthfinder`) is TruthFinder (Yin, Han and Yu, "Truth discovery with
multiple conflicting information providers on the web", KDD 2007, IEEE TKDE 2008). Each
event, metric and subject is an object; each distinct figure a fact about it; speakers
provide facts. A speaker's trust is the mean confidence of its facts; a fact's confidence
grows with the trust of its providers and with the support of similar facts:

- ``tau(w) = -ln(1 - t(w))``;
- ``sigma(f) = sum of weight * tau(w)`` over the claims giving ``f``;
- ``sigma*(f) = sigma(f) + rho * sum of sigma(f') * imp(f' -> f)`` over the other facts
  of the object, ``imp`` being the closeness of the two numbers less one half;
- ``s(f) = 1 / (1 + exp(-gamma * sigma*(f)))``;
- ``t(w) = mean s(f)`` over its facts; repeated until trust moves less than ``1e-6``.

Two features of claimrecon enter as weights of a claim's vote: **independence** (the
claims of one voice, copies of one wire, share one vote: see
:func:`claimrecon.independence.one_voice`) and **self-interest** (a perpetrator's own
figures vote with ``self_interest_weight``).

The ``truthfinder`` estimation policy takes as best the figure of highest confidence.

May import: the estimates, eventview, independence and models modules.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from claimrecon.estimates import PolicyContext, policy
from claimrecon.eventview import EventView, ReportIndex, is_unnamed_part
from claimrecon.independence import one_voice
from claimrecon.models import (
    AttributionClaim,
    Estimate,
    FigureClaim,
    FindingKind,
    Metric,
    Report,
    Subject,
)

__all__ = [
    "TrackRecord",
    "Trust",
    "learned_trust",
    "track_record_rows",
    "track_records",
    "truthfinder",
]


@dataclass(frozen=True)
class _Vote:
    claim: FigureClaim
    speaker: str
    value: int
    weight: float


@dataclass(frozen=True)
class Trust:
    """What TruthFinder learned from a report: each speaker's trust, each claim's confidence."""

    sources: Mapping[str, float]
    """Trust by speaker label."""
    claims: Mapping[str, float]
    """Confidence of the fact each figure claim gives, by claim id."""
    iterations: int


def _speaker(ctx: EventView, claim: FigureClaim | AttributionClaim) -> str:
    return ctx.label(claim)


def _fill_objects(
    report: Report,
    found: dict[tuple[str, Metric, Subject], list[_Vote]],
    *,
    self_interest_weight: float,
) -> dict[tuple[str, Metric, Subject], list[_Vote]]:
    index = ReportIndex.of(report)  # one index for every event's view, not one each
    for event in report.events:
        ctx = EventView.build(report, event, index=index)
        groups: dict[tuple[Metric, Subject], list[FigureClaim]] = defaultdict(list)
        for claim in ctx.current_figures:
            if not is_unnamed_part(ctx, claim):
                groups[claim.metric, claim.subject].append(claim)
        for (metric, subject), claims in sorted(groups.items()):
            votes: list[_Vote] = []
            for voice in one_voice(report, claims).values():
                for claim in voice:
                    weight = 1.0 / len(voice)  # copies of one wire share one vote
                    if ctx.self_interested(claim):
                        weight *= self_interest_weight
                    votes.append(
                        _Vote(claim, _speaker(ctx, claim), PolicyContext.point(claim), weight)
                    )
            found[event.id, metric, subject] = votes
    return found


def truthfinder(
    report: Report,
    *,
    initial: float = 0.8,
    rho: float = 0.5,
    gamma: float = 0.3,
    self_interest_weight: float = 0.5,
    max_iterations: int = 50,
) -> Trust:
    """Learn each speaker's trust and each figure's confidence with TruthFinder.

    Args:
        report: A report whose claims are grouped into events (and, for independence,
            traced with :func:`claimrecon.independence.trace_roots`).
        initial: Every speaker's trust before the first round.
        rho: How much similar facts support one another.
        gamma: The dampening of the logistic (the paper's 0.3).
        self_interest_weight: The vote of a perpetrator's own figure.
        max_iterations: Rounds at most.

    Example:
        >>> truthfinder(Report()).iterations
        0
    """
    objects = _fill_objects(report, {}, self_interest_weight=self_interest_weight)
    speakers = sorted({v.speaker for votes in objects.values() for v in votes})
    trust = dict.fromkeys(speakers, initial)
    confidence: dict[str, float] = {}
    rounds = 0
    for rounds in range(1, max_iterations + 1):  # noqa: B007 (reported after the loop)
        confidence = _confidences(objects, trust, rho, gamma)
        sums: dict[str, list[float]] = defaultdict(list)
        for votes in objects.values():
            for v in votes:
                sums[v.speaker].append(confidence[v.claim.id])
        new = {w: min(sum(s) / len(s), 0.999) for w, s in sums.items()}
        moved = max((abs(new[w] - trust[w]) for w in new), default=0.0)
        trust = new
        if moved < 1e-6:
            break
    return Trust(sources=trust, claims=confidence, iterations=rounds if objects else 0)


def _confidences(
    objects: Mapping[tuple[str, Metric, Subject], list[_Vote]],
    trust: Mapping[str, float],
    rho: float,
    gamma: float,
) -> dict[str, float]:
    confidence: dict[str, float] = {}
    for votes in objects.values():
        sigma: dict[int, float] = defaultdict(float)
        for v in votes:
            sigma[v.value] += v.weight * -math.log(1.0 - trust[v.speaker])
        adjusted = {
            f: s + rho * sum(s2 * _implication(f2, f) for f2, s2 in sigma.items() if f2 != f)
            for f, s in sigma.items()
        }
        for v in votes:
            confidence[v.claim.id] = 1.0 / (1.0 + math.exp(-gamma * adjusted[v.value]))
    return confidence


def _implication(source: int, target: int) -> float:
    """How much a figure supports another: their closeness (1 when equal) less one half."""
    return 1.0 - abs(source - target) / max(source, target, 1) - 0.5


_trust_cache: list[tuple[Report, Trust]] = []


def learned_trust(report: Report) -> Trust:
    """Return :func:`truthfinder` of a report, kept for the last report asked about."""
    if _trust_cache and _trust_cache[0][0] is report:
        return _trust_cache[0][1]
    learned = truthfinder(report)
    _trust_cache[:] = [(report, learned)]
    return learned


@policy("truthfinder")
def truthfinder_policy(ctx: PolicyContext) -> Estimate:
    """Best is the figure TruthFinder trusts most; low and high the credible extremes.

    Trust is learned over the whole report (every event), each wire's copies sharing one
    vote and a perpetrator's own figures voting with half weight.
    """
    learned = learned_trust(ctx.event.report)
    candidates = ctx.settled
    top = max(candidates, key=lambda c: (learned.claims.get(c.id, 0.0), -ctx.point(c), c.id))
    low, high = ctx.span(ctx.credible)
    return ctx.estimate(low=low, best=ctx.point(top), high=high, claims=ctx.credible)


class TrackRecord(BaseModel):
    """One speaker's record over a report."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    figures: int = 0
    inside_estimate: int = 0
    """Figures whose interval holds the best estimate of their event, metric and subject."""
    revised_up: int = 0
    """Figures a later, higher figure updated."""
    revised_down: int = 0
    attributions: int = 0
    attributions_contradicted: int = 0
    self_interested: int = 0
    """Claims made for the perpetrator itself (the ``self-interest`` note)."""
    trust: float | None = None


def track_records(report: Report, trust: Trust | None = None) -> list[TrackRecord]:
    """Return every speaker's track record, sorted by speaker.

    ``report`` should carry estimates and findings (as :func:`claimrecon.analyze` makes it);
    trust is learned with :func:`truthfinder` unless given.
    """
    learned = trust if trust is not None else truthfinder(report)
    best = {(e.event, e.metric, e.subject): e.best for e in report.estimates}
    contradicted = {
        c for x in report.contradictions if x.kind is FindingKind.ATTRIBUTION for c in x.claim_ids
    }
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    index = ReportIndex.of(report)
    for event in report.events:
        ctx = EventView.build(report, event, index=index)
        for claim in ctx.claims:
            row = tally[_speaker(ctx, claim)]
            row["self_interested"] += ctx.self_interested(claim)
            if isinstance(claim, AttributionClaim):
                row["attributions"] += 1
                row["attributions_contradicted"] += claim.id in contradicted
                continue
            row["figures"] += 1
            value = best.get((event.id, claim.metric, claim.subject))
            low, high = ctx.bounds(claim)
            row["inside_estimate"] += value is not None and low <= value <= (high or value)
            _count_revisions(ctx, claim, row)
    return [
        TrackRecord(source=name, trust=learned.sources.get(name), **counts)
        for name, counts in sorted(tally.items())
    ]


def _count_revisions(ctx: EventView, claim: FigureClaim, row: dict[str, int]) -> None:
    for other in ctx.figures:
        if ctx.updates(claim, other) and not ctx.updates(other, claim):
            up = ctx.bounds(other)[0] >= ctx.bounds(claim)[0]
            row["revised_up" if up else "revised_down"] += 1
            return


def track_record_rows(records: Iterable[TrackRecord]) -> list[dict[str, object]]:
    """Return track records as flat rows (the columns are the fields of :class:`TrackRecord`)."""
    return [r.model_dump() for r in records]
