"""The rule registry: rules by name, which are switched on, and the ones plug-ins publish.

A rule is a function of one event that yields findings. It is declared where it is
defined, with a name, a kind and a default severity:

Example:
    >>> from claimrecon.rules import EventContext, RuleRegistry
    >>> registry = RuleRegistry()
    >>> @registry.rule("no-figures", kind="other", severity="soft")
    ... def no_figures(ctx: EventContext):
    ...     '''Flag an event with attributions but no figure at all.'''
    ...     return iter(())
    >>> registry.names()
    ('no-figures',)
    >>> registry.get("no-figures").doc
    'Flag an event with attributions but no figure at all.'

It may import the models, the errors and the generic :class:`~claimrecon.registry.Registry`;
the per-event context of :mod:`.engine` only as a type.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Union

from claimrecon.errors import DuplicateRuleError, RuleError, UnknownRuleError
from claimrecon.models import Contradiction, FindingKind, Note, Severity
from claimrecon.registry import Registry

if TYPE_CHECKING:
    from claimrecon.rules.engine import EventContext

__all__ = [
    "ENTRY_POINT_GROUP",
    "Finding",
    "Rule",
    "RuleFunction",
    "RuleRegistry",
    "default_registry",
    "rule",
]

ENTRY_POINT_GROUP = "claimrecon.rules"
"""The entry-point group other packages register their rules under."""

Finding = Union[Contradiction, Note]  # noqa: UP007 (runtime alias on Python 3.10)
"""What a rule yields: a contradiction, or a note that is not one."""
RuleFunction = Callable[["EventContext"], Iterable[Finding]]
"""The signature of a rule: an event's context in, findings out."""


@dataclass(frozen=True)
class Rule:
    """A registered rule: its name, kind, default severity, one-line doc and function.

    Calling a rule with an :class:`EventContext` runs its function with the context
    bound to the rule, so the findings it makes carry the rule's name, kind and severity.
    """

    name: str
    kind: FindingKind
    severity: Severity
    function: RuleFunction = field(repr=False, compare=False)
    doc: str = ""

    def __call__(self, ctx: EventContext) -> list[Finding]:
        """Run the rule on one event and return its findings."""
        return list(self.function(ctx.bind(self)))


class RuleRegistry:
    """The rules the engine knows, and which of them are switched off.

    Example:
        >>> registry = RuleRegistry()
        >>> len(registry), registry.names()
        (0, ())
    """

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules = Registry[Rule]("rule", duplicate=DuplicateRuleError, unknown=UnknownRuleError)
        self._disabled: set[str] = set()
        for item in rules:
            self.add(item)

    def rule(
        self,
        name: str,
        *,
        kind: FindingKind | str,
        severity: Severity | str = Severity.HARD,
        enabled: bool = True,
    ) -> Callable[[RuleFunction], Rule]:
        """Return a decorator that registers a function as a rule of this registry.

        The decorated name becomes a :class:`Rule` (still callable with a context);
        its docstring's first line is the rule's one-line doc.

        Raises:
            DuplicateRuleError: If the name is registered already.
            ValueError: If the kind or severity is not one of the known words.
        """
        finding_kind = FindingKind(kind)
        default_severity = Severity(severity)

        def register(function: RuleFunction) -> Rule:
            doc = (function.__doc__ or "").strip().splitlines()
            made = Rule(
                name=name,
                kind=finding_kind,
                severity=default_severity,
                function=function,
                doc=doc[0].strip() if doc else "",
            )
            self.add(made)
            if not enabled:
                self.disable(name)
            return made

        return register

    def add(self, item: Rule) -> None:
        """Register a rule made elsewhere.

        Raises:
            DuplicateRuleError: If another rule has the name.
        """
        self._rules.add(item.name, item)

    def remove(self, name: str) -> Rule:
        """Unregister a rule and return it.

        Raises:
            UnknownRuleError: If no rule has the name.
        """
        found = self._rules.remove(name)
        self._disabled.discard(name)
        return found

    def get(self, name: str) -> Rule:
        """Return the rule with this name.

        Raises:
            UnknownRuleError: If no rule has the name (the message lists the known ones).
        """
        return self._rules.get(name)

    def disable(self, *names: str) -> None:
        """Switch rules off; they stay registered.

        Raises:
            UnknownRuleError: If a name is not registered (nothing is switched off).
        """
        self._switch(names, on=False)

    def enable(self, *names: str) -> None:
        """Switch rules back on.

        Raises:
            UnknownRuleError: If a name is not registered (nothing is switched on).
        """
        self._switch(names, on=True)

    def _switch(self, names: tuple[str, ...], *, on: bool) -> None:
        for name in names:
            self.get(name)  # every name known before any is switched
        if on:
            self._disabled.difference_update(names)
        else:
            self._disabled.update(names)

    def is_enabled(self, name: str) -> bool:
        """Say whether the rule is switched on.

        Raises:
            UnknownRuleError: If no rule has the name.
        """
        self.get(name)
        return name not in self._disabled

    def names(self) -> tuple[str, ...]:
        """Return every registered rule name, sorted."""
        return self._rules.names()

    def enabled(self) -> tuple[Rule, ...]:
        """Return the rules that are switched on, sorted by name."""
        return tuple(r for r in self._rules.values() if r.name not in self._disabled)

    def select(self, names: Iterable[str] | None = None, disable: Iterable[str] = ()) -> list[Rule]:
        """Return the rules to run: ``names`` (default: the enabled ones) less ``disable``.

        Raises:
            UnknownRuleError: If any name is not registered.
        """
        off = set(disable)
        for name in off:
            self.get(name)
        chosen = self.enabled() if names is None else tuple(self.get(n) for n in names)
        return sorted((r for r in chosen if r.name not in off), key=lambda r: r.name)

    def copy(self) -> RuleRegistry:
        """Return an independent registry with the same rules and switches."""
        other = RuleRegistry(self._rules.values())
        other._disabled = set(self._disabled)
        return other

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> list[str]:
        """Register the rules other packages publish under an entry-point group.

        An entry point may name a :class:`Rule` or a module; a module contributes every
        :class:`Rule` defined at its top level. A rule already registered as the very
        same object (a module that registered itself on import) is left as it is.

        Returns:
            The names of the rules this call registered.

        Raises:
            DuplicateRuleError: If a published rule takes a name another rule holds.
            RuleError: If an entry point names neither a rule nor a module.
        """
        added: list[str] = []
        points = sorted(importlib.metadata.entry_points(group=group), key=lambda e: e.name)
        for point in points:
            loaded = point.load()
            if isinstance(loaded, Rule):
                found = [loaded]
            elif isinstance(loaded, ModuleType):
                found = [v for v in vars(loaded).values() if isinstance(v, Rule)]
            else:
                raise RuleError(
                    f"entry point {point.name!r} ({point.value}) in group {group!r} "
                    f"is a {type(loaded).__name__}, not a rule or a module of rules"
                )
            for item in found:
                if item.name in self._rules and self._rules.get(item.name) is item:
                    continue
                self.add(item)
                added.append(item.name)
        return added

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __contains__(self, name: object) -> bool:
        return name in self._rules


default_registry = RuleRegistry()
"""The registry the built-in rules live in, and the one :func:`rule` adds to."""


def rule(
    name: str,
    *,
    kind: FindingKind | str,
    severity: Severity | str = Severity.HARD,
    enabled: bool = True,
    registry: RuleRegistry | None = None,
) -> Callable[[RuleFunction], Rule]:
    """Register a function as a rule (in the default registry unless another is given).

    Example:
        >>> from claimrecon.rules import EventContext, RuleRegistry, rule
        >>> mine = RuleRegistry()
        >>> @rule("demo", kind="figure", severity="soft", registry=mine)
        ... def demo(ctx: EventContext):
        ...     '''Do nothing, for the example.'''
        ...     yield from ()
        >>> mine.get("demo").severity.value
        'soft'

    Raises:
        DuplicateRuleError: If the name is registered already.
    """
    target = registry if registry is not None else default_registry
    return target.rule(name, kind=kind, severity=severity, enabled=enabled)
