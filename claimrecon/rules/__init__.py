"""The rules engine and the built-in rules: what cannot all be true, and why.

:func:`find_contradictions` runs the enabled rules of a registry over every event of a
report and puts every finding in it: a :class:`~claimrecon.models.Contradiction` when
claims cannot all be true, a :class:`~claimrecon.models.Note` when they can but a reader
should know (a revised figure, a perpetrator's own claim). Contradictory data never
raises.

The built-in rules, one module a family:

| rule | kind | what it flags |
|---|---|---|
| `figure-disagreement` | figure | one metric and subject, intervals that cannot meet |
| `zero-against-count` | figure | none against a count of the subject or a narrower one |
| `part-and-whole` | figure | a part above its whole, or a total's parts adding up above it |
| `casualties-against-parts` | figure | casualties that cannot be the killed plus the wounded |
| `attribution-conflict` | attribution | different perpetrators, or a denial of a named one |
| `date-conflict` | date | two dates that cannot both hold, weekdays included |
| `revision` | figure | (note) a figure that updates an earlier or provisional one |
| `self-interest` | other | (note) figures and claims from the perpetrator itself |
| `wire-edit` | figure | (note) an outlet that changed the figure of a wire copy |
| `part-within-whole` | other | (note) a part below a whole it fits in: no contradiction |
| `timeline` | other | (note) a toll that rose from day to day across sources |

Example:
    >>> from claimrecon.rules import default_registry
    >>> "figure-disagreement" in default_registry
    True

May import: the modules of :mod:`claimrecon.rules`, and the eventview, wording, vocab and
models modules.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimrecon.eventview import is_unnamed_part
from claimrecon.models import ABOUT_TOLERANCE, Report, Tolerance
from claimrecon.rules import (
    attribution,
    dates,
    figures,
    notes,
    refusals,
    registry,
    timelines,
    wires,
)
from claimrecon.rules.engine import EventContext, ReportIndex, run_rules
from claimrecon.rules.registry import (
    ENTRY_POINT_GROUP,
    Finding,
    Rule,
    RuleFunction,
    RuleRegistry,
    default_registry,
    rule,
)
from claimrecon.rules.timelines import source_label, source_timelines
from claimrecon.vocab import Lexicon
from claimrecon.wording import figure_words

__all__ = [
    "ENTRY_POINT_GROUP",
    "EventContext",
    "Finding",
    "ReportIndex",
    "Rule",
    "RuleFunction",
    "RuleRegistry",
    "attribution",
    "dates",
    "default_registry",
    "figure_words",
    "figures",
    "find_contradictions",
    "is_unnamed_part",
    "load_plugins",
    "notes",
    "refusals",
    "registry",
    "rule",
    "run_rules",
    "source_label",
    "source_timelines",
    "timelines",
    "wires",
]


def find_contradictions(
    report: Report,
    *,
    rules: Iterable[str] | None = None,
    disable: Iterable[str] = (),
    tolerance: Tolerance = ABOUT_TOLERANCE,
    registry: RuleRegistry | None = None,
    lexicon: Lexicon | None = None,
) -> Report:
    """Return ``report`` with the findings of the rules; earlier findings are replaced.

    The report's per-source timelines (:attr:`~claimrecon.models.Report.timelines`) are
    filled too, whichever rules run.

    Args:
        report: A report whose claims are grouped into events. Claims in no event, and
            the report's aggregates, are never compared.
        rules: The names of the rules to run; the registry's enabled rules by default.
        disable: Names of rules not to run this time.
        tolerance: How far an ``about`` figure may stray.
        registry: The rules to choose from; by default the default registry: the
            built-in rules, those added with :func:`rule`, and those other packages
            publish under the ``claimrecon.rules`` entry-point group (loaded on first use).
        lexicon: The lexicon for actor families; the built-in one by default.

    Raises:
        UnknownRuleError: If a name in ``rules`` or ``disable`` is not registered.
        DuplicateRuleError: If a published rule takes the name of another.

    Example:
        >>> from claimrecon.models import Event, Figure, FigureClaim, Report, Span
        >>> def claim(n, doc):
        ...     return FigureClaim(span=Span(doc=doc, start=0, end=1), quote="",
        ...                        metric="killed", subject="people", figure=Figure.exact(n))
        >>> a, b = claim(7, "one"), claim(10, "other")
        >>> report = Report(claims=(a, b), events=(Event(id="e", claims=(a.id, b.id)),))
        >>> find_contradictions(report).contradictions[0].rule
        'figure-disagreement'
    """
    if registry is None:
        registry = default_registry
        load_plugins()
    chosen = registry.select(rules, disable)
    contradictions, found_notes = run_rules(report, chosen, lexicon=lexicon, tolerance=tolerance)
    return report.model_copy(
        update={
            "contradictions": contradictions,
            "notes": found_notes,
            "timelines": timelines.source_timelines(report),
        }
    )


_plugins_loaded: list[bool] = []


def load_plugins() -> None:
    """Register the rules other packages publish, in the default registry, once a process.

    :func:`find_contradictions` calls it before its first run with the default registry;
    call it yourself to list those rules before then.

    Raises:
        DuplicateRuleError: If a published rule takes the name of another.
    """
    if not _plugins_loaded:
        default_registry.load_entry_points()
        _plugins_loaded.append(True)
