"""Score predictions against gold as ``GOLD.md`` says: claims, events, contradictions.

May import: :mod:`claimrecon.gold.schema`, :mod:`claimrecon.gold.io`, :mod:`claimrecon.models`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from claimrecon.gold.io import parse_gold, report_to_gold
from claimrecon.gold.schema import (
    GoldAttribution,
    GoldConsistent,
    GoldContradiction,
    GoldFigure,
    GoldFile,
    GoldSet,
    GoldSpanNote,
)
from claimrecon.models import (
    DatePrecision,
    Report,
    Severity,
)

# --- scoring ---------------------------------------------------------------------------------

_ISLAMIC_STATE_ALIASES = frozenset(
    {
        "is",
        "isis",
        "isil",
        "daesh",
        "islamic state",
        "is k",
        "isk",
        "iskp",
        "isis k",
        "islamic state khorasan",
        "islamic state khorasan province",
        "islamic state of iraq and syria",
        "islamic state of iraq and the levant",
    }
)


def fold_actor(actor: str) -> str:
    """Fold an actor name as GOLD.md's scoring does.

    IS, ISIS, ISIL, Daesh, Islamic State, IS-K, ISKP and Islamic State Khorasan are the
    Islamic State; the Haqqani network is the Taliban. Other names are compared after
    lower-casing and dropping punctuation and a trailing parenthesis.

    Example:
        >>> fold_actor("Haqqani network (Taliban)"), fold_actor("ISIS-K")
        ('taliban', 'islamic state')
    """
    name = re.sub(r"\([^)]*\)", " ", actor.lower())
    name = " ".join(re.sub(r"[^\w\s]", " ", name).split())
    if "haqqani" in name:
        return "taliban"
    if name in _ISLAMIC_STATE_ALIASES or "khorasan" in name:
        return "islamic state"
    return name


def _fold_name(name: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (name or "").lower()).split())


class PRF(BaseModel):
    """Precision, recall and F1 from counts.

    ``right`` of the ``predicted`` items are right, and ``found`` of the ``gold`` items
    were found. For claims the two numerators are the same matched pairs; for
    contradictions a prediction is right when it matches any gold contradiction, while
    recall counts the hard gold contradictions found.
    """

    model_config = ConfigDict(frozen=True)

    right: int
    predicted: int
    found: int
    gold: int

    @classmethod
    def from_matches(cls, matched: int, predicted: int, gold: int) -> PRF:
        """Return the measures for a one-to-one matching of ``matched`` pairs."""
        return cls(right=matched, predicted=predicted, found=matched, gold=gold)

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when there are none)."""
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items found (1.0 when there are none)."""
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int]:
        """Return the counts and the three measures."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "right": self.right,
            "predicted": self.predicted,
            "found": self.found,
            "gold": self.gold,
        }


class AttributeAccuracy(BaseModel):
    """How often an attribute is right over span-matched pairs."""

    model_config = ConfigDict(frozen=True)

    right: int
    total: int

    @property
    def accuracy(self) -> float:
        """The share right (1.0 when there are no pairs)."""
        return self.right / self.total if self.total else 1.0


class Scores(BaseModel):
    """The scores of predictions against gold, as GOLD.md defines them."""

    model_config = ConfigDict(frozen=True)

    figures: PRF
    figure_attributes: dict[str, AttributeAccuracy]
    attributions: PRF
    attribution_attributes: dict[str, AttributeAccuracy]
    source_kind: AttributeAccuracy
    """Source kind over matched figure and attribution claims together."""
    events_bcubed_precision: float
    events_bcubed_recall: float
    event_dates: AttributeAccuracy
    contradictions: PRF
    consistent_flagged: int
    missed: list[str] = []
    """Gold claims and contradictions no prediction matched, as readable lines."""
    false_positives: list[str] = []
    """Predictions that matched nothing, as readable lines."""

    @property
    def events_bcubed_f1(self) -> float:
        """B-cubed F1 of the event assignment over matched claims."""
        p, r = self.events_bcubed_precision, self.events_bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, Any]:
        """Return every figure as a JSON-ready dictionary."""
        return {
            "figures": {
                **self.figures.summary(),
                "attributes": {k: round(v.accuracy, 4) for k, v in self.figure_attributes.items()},
            },
            "attributions": {
                **self.attributions.summary(),
                "attributes": {
                    k: round(v.accuracy, 4) for k, v in self.attribution_attributes.items()
                },
            },
            "source_kind_accuracy": round(self.source_kind.accuracy, 4),
            "events": {
                "bcubed_precision": round(self.events_bcubed_precision, 4),
                "bcubed_recall": round(self.events_bcubed_recall, 4),
                "bcubed_f1": round(self.events_bcubed_f1, 4),
                "date_accuracy": round(self.event_dates.accuracy, 4),
                "dates_right": self.event_dates.right,
                "dates_scored": self.event_dates.total,
            },
            "contradictions": {
                **self.contradictions.summary(),
                "consistent_flagged": self.consistent_flagged,
            },
            "missed": self.missed,
            "false_positives": self.false_positives,
        }

    def format(self, details: bool = True) -> str:
        """Return the scores as readable text, then the misses and false positives."""

        def row(name: str, prf: PRF) -> str:
            return (
                f"{name:<15} P {prf.precision:6.3f}  R {prf.recall:6.3f}  F1 {prf.f1:6.3f}"
                f"   ({prf.right}/{prf.predicted} right, {prf.found}/{prf.gold} found)"
            )

        lines = [
            row("figures", self.figures),
            row("attributions", self.attributions),
            f"{'events':<15} P {self.events_bcubed_precision:6.3f}  "
            f"R {self.events_bcubed_recall:6.3f}  F1 {self.events_bcubed_f1:6.3f}   (B-cubed)"
            f"   dates right {self.event_dates.right}/{self.event_dates.total}",
            row("contradictions", self.contradictions)
            + f"   consistent pairs flagged: {self.consistent_flagged}",
            "",
            "figure attributes over span-matched pairs: "
            + ", ".join(
                f"{k} {v.accuracy:.2f} ({v.right}/{v.total})"
                for k, v in self.figure_attributes.items()
            ),
            f"source kind over matched claims: {self.source_kind.accuracy:.2f} "
            f"({self.source_kind.right}/{self.source_kind.total})",
        ]
        if details and self.missed:
            lines += ["", "missed:", *(f"  {m}" for m in self.missed)]
        if details and self.false_positives:
            lines += ["", "false positives:", *(f"  {m}" for m in self.false_positives)]
        return "\n".join(lines)


def score(gold: GoldSet, predicted: GoldSet | Report) -> Scores:
    """Score predictions against gold exactly as GOLD.md says.

    Figure claims match when in one document, their spans overlap, and metric, subject,
    low and high are equal; each gold claim matches at most one prediction, greedily by
    largest overlap. Predictions overlapping an ``ignore`` span are left out of precision;
    those overlapping a ``distractors`` span are false positives. Attribution claims match
    on document, overlap and folded actor. Events are scored with B-cubed over matched
    claims, and by the share of gold events whose predicted event has the same date at the
    gold precision (day, month or year). A predicted contradiction matches a gold one when
    its claims, mapped through the claim matching, include claims from two gold sides.
    """
    pred = (
        parse_gold(report_to_gold(predicted), texts=gold.texts, where="predictions")
        if (isinstance(predicted, Report))
        else predicted
    )
    g, p = gold.data, pred.data
    gold_figs = [c for c in g.claims if isinstance(c, GoldFigure)]
    pred_figs = [c for c in p.claims if isinstance(c, GoldFigure)]
    gold_atts = [c for c in g.claims if isinstance(c, GoldAttribution)]
    pred_atts = [c for c in p.claims if isinstance(c, GoldAttribution)]
    fig_match = _greedy_match(gold_figs, pred_figs, _same_figure)
    att_match = _greedy_match(gold_atts, pred_atts, _same_actor)
    figures, missed, false_positives = _score_figures(g, gold_figs, pred_figs, fig_match)
    attributions, att_missed, att_false = _score_attributions(gold_atts, pred_atts, att_match)

    outlets = {d.id: d.outlet for d in g.documents}
    pred_by_id = {c.id: c for c in p.claims}
    span_pairs = _greedy_match(gold_figs, pred_figs, lambda a, b: True)
    figure_attributes = _figure_attributes(gold_figs, span_pairs, pred_by_id, outlets)
    matched = {**fig_match, **att_match}
    gold_by_id = {c.id: c for c in g.claims}
    source_kind = _accuracy(
        gold_by_id[gid].source_kind == pred_by_id[pid].source_kind for gid, pid in matched.items()
    )

    bp, br = _bcubed(matched, gold_by_id, pred_by_id)
    event_dates = _event_dates(g, p, matched, gold_by_id, pred_by_id)
    contradictions, consistent_flagged, x_missed, x_false = _score_contradictions(g, p, matched)
    return Scores(
        figures=figures,
        figure_attributes=figure_attributes,
        attributions=attributions,
        attribution_attributes=_attribution_attributes(gold_atts, pred_atts),
        source_kind=source_kind,
        events_bcubed_precision=bp,
        events_bcubed_recall=br,
        event_dates=event_dates,
        contradictions=contradictions,
        consistent_flagged=consistent_flagged,
        missed=missed + att_missed + x_missed,
        false_positives=false_positives + att_false + x_false,
    )


def _same_figure(a: GoldFigure, b: GoldFigure) -> bool:
    return (a.metric, a.subject, a.low, a.high) == (b.metric, b.subject, b.low, b.high)


def _same_actor(a: GoldAttribution, b: GoldAttribution) -> bool:
    return fold_actor(a.actor) == fold_actor(b.actor)


def _score_figures(
    g: GoldFile, gold_figs: list[GoldFigure], pred_figs: list[GoldFigure], match: dict[str, str]
) -> tuple[PRF, list[str], list[str]]:
    """Return the figures' scores, the gold figures missed and the false positives.

    Precision leaves out predictions on ``ignore`` spans; those on ``distractors`` are wrong.
    """
    matched_preds = set(match.values())
    false_positives = []
    for claim in pred_figs:
        if claim.id in matched_preds or _overlaps_any(claim, g.ignore):
            continue
        why = " (a distractor)" if _overlaps_any(claim, g.distractors) else ""
        false_positives.append(f"{claim.doc}: {_describe(claim)}{why}")
    figures = PRF.from_matches(len(match), len(match) + len(false_positives), len(gold_figs))
    missed = [f"{c.id} {c.doc}: {_describe(c)}" for c in gold_figs if c.id not in match]
    return figures, missed, false_positives


def _score_attributions(
    gold_atts: list[GoldAttribution], pred_atts: list[GoldAttribution], match: dict[str, str]
) -> tuple[PRF, list[str], list[str]]:
    """Return the attributions' scores, the gold ones missed and the false positives."""
    matched_preds = set(match.values())
    missed = [f"{c.id} {c.doc}: {_describe(c)}" for c in gold_atts if c.id not in match]
    false = [f"{c.doc}: {_describe(c)}" for c in pred_atts if c.id not in matched_preds]
    return PRF.from_matches(len(match), len(pred_atts), len(gold_atts)), missed, false


def _attribution_attributes(
    gold_atts: list[GoldAttribution], pred_atts: list[GoldAttribution]
) -> dict[str, AttributeAccuracy]:
    """Return how often actor and stance are right over span-matched attribution pairs."""
    by_id = {c.id: c for c in pred_atts}
    span_pairs = _greedy_match(gold_atts, pred_atts, lambda a, b: True)
    pairs = [(a, by_id[span_pairs[a.id]]) for a in gold_atts if a.id in span_pairs]
    return {
        "actor": _accuracy(fold_actor(a.actor) == fold_actor(b.actor) for a, b in pairs),
        "stance": _accuracy(a.stance == b.stance for a, b in pairs),
    }


def _overlap(a: Any, b: Any) -> int:
    if a.doc != b.doc:
        return 0
    return max(0, min(int(a.end), int(b.end)) - max(int(a.start), int(b.start)))


def _overlaps_any(claim: Any, notes: Iterable[GoldSpanNote]) -> bool:
    return any(_overlap(claim, n) > 0 for n in notes)


def _greedy_match(gold: Sequence[Any], pred: Sequence[Any], same: Any) -> dict[str, str]:
    """Match each gold item to at most one prediction, largest overlap first."""
    candidates = [
        (-_overlap(gc, pc), gc.id, pc.id)
        for gc in gold
        for pc in pred
        if _overlap(gc, pc) > 0 and same(gc, pc)
    ]
    matches: dict[str, str] = {}
    used: set[str] = set()
    for _, gid, pid in sorted(candidates):
        if gid not in matches and pid not in used:
            matches[gid] = pid
            used.add(pid)
    return matches


def _accuracy(results: Iterable[bool]) -> AttributeAccuracy:
    values = list(results)
    return AttributeAccuracy(right=sum(values), total=len(values))


def _figure_attributes(
    gold_figs: Sequence[GoldFigure],
    pairs: Mapping[str, str],
    pred_by_id: Mapping[str, Any],
    outlets: Mapping[str, str | None],
) -> dict[str, AttributeAccuracy]:
    rows = [(g, pred_by_id[pairs[g.id]]) for g in gold_figs if g.id in pairs]

    def same_source(a: GoldFigure, b: GoldFigure) -> bool:
        outlet = _fold_name(outlets.get(a.doc))
        names = {_fold_name(a.source) or outlet, _fold_name(b.source) or outlet}
        return len(names) == 1

    return {
        "metric": _accuracy(a.metric == b.metric for a, b in rows),
        "subject": _accuracy(a.subject == b.subject for a, b in rows),
        "interval": _accuracy((a.low, a.high) == (b.low, b.high) for a, b in rows),
        "qualifier": _accuracy(a.qualifier == b.qualifier for a, b in rows),
        "source_kind": _accuracy(a.source_kind == b.source_kind for a, b in rows),
        "source_name": _accuracy(same_source(a, b) for a, b in rows),
    }


def _bcubed(
    matched: Mapping[str, str], gold_by_id: Mapping[str, Any], pred_by_id: Mapping[str, Any]
) -> tuple[float, float]:
    if not matched:
        return 1.0, 1.0
    # A claim with no event (an aggregate) is a cluster of its own.
    gold_event = {gid: gold_by_id[gid].event or f"~{gid}" for gid in matched}
    pred_event = {gid: pred_by_id[pid].event or f"~{pid}" for gid, pid in matched.items()}
    precision = recall = 0.0
    for gid in matched:
        same_gold = {o for o in matched if gold_event[o] == gold_event[gid]}
        same_pred = {o for o in matched if pred_event[o] == pred_event[gid]}
        both = len(same_gold & same_pred)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    return precision / len(matched), recall / len(matched)


_DATE_LENGTH = {DatePrecision.DAY: 10, DatePrecision.MONTH: 7, DatePrecision.YEAR: 4}


def _event_dates(
    g: GoldFile,
    p: GoldFile,
    matched: Mapping[str, str],
    gold_by_id: Mapping[str, Any],
    pred_by_id: Mapping[str, Any],
) -> AttributeAccuracy:
    pred_events = {e.id: e for e in p.events}
    right = total = 0
    for event in g.events:
        if event.date_precision not in _DATE_LENGTH or not event.date:
            continue
        total += 1
        votes = Counter(
            pred_by_id[pid].event
            for gid, pid in matched.items()
            if gold_by_id[gid].event == event.id and pred_by_id[pid].event
        )
        if not votes:
            continue
        predicted = pred_events.get(votes.most_common(1)[0][0])
        length = _DATE_LENGTH[event.date_precision]
        if (
            predicted is not None
            and predicted.date
            and len(predicted.date) >= length
            and predicted.date[:length] == event.date[:length]
        ):
            right += 1
    return AttributeAccuracy(right=right, total=total)


def _score_contradictions(
    g: GoldFile, p: GoldFile, matched: Mapping[str, str]
) -> tuple[PRF, int, list[str], list[str]]:
    to_gold = {pid: gid for gid, pid in matched.items()}
    found_hard: set[str] = set()
    right = 0
    false: list[str] = []
    for x in p.contradictions:
        hits = _gold_contradictions_met(g, x, to_gold)
        if hits:
            right += 1
            found_hard.update(gx.id for gx in hits if gx.severity is Severity.HARD)
        else:
            false.append(f"contradiction {x.id}: {x.why or x.groups}")
    hard = [gx for gx in g.contradictions if gx.severity is Severity.HARD]
    missed = [f"{gx.id}: {gx.why}" for gx in hard if gx.id not in found_hard]
    prf = PRF(right=right, predicted=len(p.contradictions), found=len(found_hard), gold=len(hard))
    flagged = sum(1 for pair in g.consistent if _flagged(pair, p, to_gold))
    return prf, flagged, missed, false


def _gold_contradictions_met(
    g: GoldFile, x: GoldContradiction, to_gold: Mapping[str, str]
) -> list[GoldContradiction]:
    """Return the gold contradictions two of whose sides hold claims of prediction ``x``."""
    mapped = {to_gold[c] for side in x.groups for c in side if c in to_gold}
    return [gx for gx in g.contradictions if sum(bool(mapped & set(s)) for s in gx.groups) >= 2]


def _flagged(pair: GoldConsistent, p: GoldFile, to_gold: Mapping[str, str]) -> bool:
    """Say whether a predicted contradiction sets the two claims of a consistent pair apart."""
    a, b = pair.claims[0], pair.claims[-1]
    for x in p.contradictions:
        sides = [{to_gold.get(c) for c in side} for side in x.groups]
        if any(a in s1 and b in s2 for s1 in sides for s2 in sides if s1 is not s2):
            return True
    return False


def _describe(claim: GoldFigure | GoldAttribution) -> str:
    if isinstance(claim, GoldFigure):
        interval = f"{claim.low if claim.low is not None else ''}..{claim.high or ''}"
        what = f"{claim.metric.value} {claim.subject.value} {interval}"
    else:
        what = f"{claim.actor} {claim.stance.value}"
    return f"{what}  «{claim.quote[:80]}»"
