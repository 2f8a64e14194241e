"""The rules engine: the context a rule runs in, and the run over every event.

A rule (see :mod:`.registry`) is a function of an :class:`EventContext`: the per-event
view of claims (:class:`~claimrecon.eventview.EventView`: the claims of one event, the
lexicon, the tolerance, and the helpers that read time, scope and speakers) bound to the
running rule, so that the findings it makes carry the rule's name, kind and severity.
:func:`run_rules` runs rules over every event of a report. It may import the models, errors
and vocab (the lexicon) modules, :mod:`.registry`, :mod:`claimrecon.eventview` and
:mod:`claimrecon.wording`.

The engine never raises on contradictory data: every finding goes into the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from claimrecon.errors import RuleError
from claimrecon.eventview import EventView, ReportIndex
from claimrecon.models import (
    ABOUT_TOLERANCE,
    Contradiction,
    FindingKind,
    Metric,
    Note,
    Report,
    Severity,
    Subject,
    Tolerance,
)
from claimrecon.rules.registry import Rule
from claimrecon.vocab import Lexicon

__all__ = ["EventContext", "ReportIndex", "run_rules"]


@dataclass(frozen=True)
class EventContext(EventView):
    """What a rule sees of one event: the event's view, bound to the running rule.

    ``contradiction`` and ``note`` make findings that carry the running rule's name, kind
    and severity.
    """

    current: Rule | None = None

    def bind(self, item: Rule) -> EventContext:
        """Return this context bound to a rule, for the findings it makes."""
        # One index and one memo for every rule of the event: the scopes are read once.
        return replace(self, current=item, index=self._index)

    # findings

    def contradiction(
        self,
        sides: Sequence[Iterable[str]],
        explanation: str,
        *,
        metric: Metric | None = None,
        subject: Subject | None = None,
        severity: Severity | str | None = None,
        kind: FindingKind | None = None,
    ) -> Contradiction:
        """Make a contradiction of the running rule; sides and their claims are sorted."""
        item = self._rule()
        ordered = tuple(sorted(tuple(sorted(set(side))) for side in sides))
        return Contradiction(
            rule=item.name,
            kind=kind if kind is not None else item.kind,
            severity=Severity(severity) if severity is not None else item.severity,
            event=self.event.id,
            metric=metric,
            subject=subject,
            sides=ordered,
            explanation=explanation,
        )

    def note(self, claims: Iterable[str], explanation: str) -> Note:
        """Make a note of the running rule about some claims."""
        item = self._rule()
        return Note(
            rule=item.name,
            kind=item.kind,
            event=self.event.id,
            claims=tuple(sorted(set(claims))),
            explanation=explanation,
        )

    def _rule(self) -> Rule:
        if self.current is None:
            raise RuleError("findings are made by a running rule: call the rule with a context")
        return self.current


# --- running ---------------------------------------------------------------------------------


def run_rules(
    report: Report,
    rules: Iterable[Rule],
    *,
    lexicon: Lexicon | None = None,
    tolerance: Tolerance = ABOUT_TOLERANCE,
) -> tuple[tuple[Contradiction, ...], tuple[Note, ...]]:
    """Run rules over every event of a report and return the findings, sorted.

    Findings with one id (the same rule on the same claims) are kept once. The order is
    by event, rule and claims, so it depends neither on the order of the rules nor on
    the order of the claims.
    """
    chosen = list(rules)
    lex = lexicon if lexicon is not None else Lexicon.default()
    index = ReportIndex.of(report)
    contradictions: dict[str, Contradiction] = {}
    notes: dict[str, Note] = {}
    for event in report.events:
        ctx = EventContext.build(report, event, lexicon=lex, tolerance=tolerance, index=index)
        for item in chosen:
            for finding in item(ctx):
                if isinstance(finding, Contradiction):
                    contradictions.setdefault(finding.id, finding)
                else:
                    notes.setdefault(finding.id, finding)
    return (
        tuple(sorted(contradictions.values(), key=_contradiction_key)),
        tuple(sorted(notes.values(), key=_note_key)),
    )


def _contradiction_key(c: Contradiction) -> tuple[str, str, tuple[tuple[str, ...], ...], str]:
    return (c.event or "", c.rule, c.sides, c.id)


def _note_key(n: Note) -> tuple[str, str, tuple[str, ...], str]:
    return (n.event or "", n.rule, n.claims, n.id)
