"""One registry of named things, used by every registry of the library.

The rules (:data:`claimrecon.rules.default_registry`), the estimation policies
(:data:`claimrecon.estimates.default_policies`), the export tables and renderers
(:data:`claimrecon.exports.table_makers`, :data:`claimrecon.exports.renderers`) and the lexicon
sections all keep their entries in a :class:`Registry`: registering a name twice is an
error, and an unknown name is an error that lists the known ones.

May import: :mod:`claimrecon.errors` only.

Example:
    >>> from claimrecon.registry import Registry
    >>> shapes = Registry[int]("shape", entries=[("square", 4)])
    >>> shapes.add("triangle", 3)
    >>> shapes.names(), shapes.get("triangle")
    (('square', 'triangle'), 3)
    >>> shapes.get("circle")
    Traceback (most recent call last):
    ...
    claimrecon.errors.UnknownNameError: unknown shape 'circle'; known: square, triangle
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from claimrecon.errors import DuplicateNameError, UnknownNameError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Things of one kind by name, in the order of their names.

    Args:
        what: What one entry is, for error messages ("rule", "estimation policy").
        duplicate: The error a second registration of a name raises.
        unknown: The error an unknown name raises; it lists the known names.
        entries: Entries to start with, as ``(name, thing)`` pairs.
    """

    def __init__(
        self,
        what: str,
        *,
        duplicate: type[DuplicateNameError] = DuplicateNameError,
        unknown: type[UnknownNameError] = UnknownNameError,
        entries: Iterable[tuple[str, T]] = (),
    ) -> None:
        self.what = what
        self._duplicate = duplicate
        self._unknown = unknown
        self._entries: dict[str, T] = {}
        for name, thing in entries:
            self.add(name, thing)

    def add(self, name: str, thing: T) -> None:
        """Register a thing under a name.

        Raises:
            DuplicateNameError: If the name is registered already (the registry's own
                subclass of it, such as ``DuplicateRuleError``).
        """
        if name in self._entries:
            raise self._duplicate(
                f"a {self.what} named {name!r} is registered already; "
                f"known: {', '.join(self.names())}"
            )
        self._entries[name] = thing

    def register(self, name: str) -> Callable[[T], T]:
        """Return a decorator that registers what it decorates under ``name``, unchanged.

        Raises:
            DuplicateNameError: If the name is registered already.
        """

        def decorate(thing: T) -> T:
            self.add(name, thing)
            return thing

        return decorate

    def get(self, name: str) -> T:
        """Return the thing registered under a name.

        Raises:
            UnknownNameError: If no thing has the name (the message lists the known ones).
        """
        try:
            return self._entries[name]
        except KeyError:
            error = self._unknown(name, self._entries)
            if self._unknown is UnknownNameError:
                error.what = self.what
            raise error from None

    def remove(self, name: str) -> T:
        """Unregister a name and return its thing.

        Raises:
            UnknownNameError: If no thing has the name.
        """
        found = self.get(name)
        del self._entries[name]
        return found

    def names(self) -> tuple[str, ...]:
        """Return every registered name, sorted."""
        return tuple(sorted(self._entries))

    def values(self) -> tuple[T, ...]:
        """Return every registered thing, in the order of their names."""
        return tuple(self._entries[n] for n in self.names())

    def items(self) -> tuple[tuple[str, T], ...]:
        """Return every ``(name, thing)`` pair, in the order of the names."""
        return tuple((n, self._entries[n]) for n in self.names())

    def copy(self) -> Registry[T]:
        """Return an independent registry with the same entries."""
        return Registry(
            self.what, duplicate=self._duplicate, unknown=self._unknown, entries=self.items()
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __repr__(self) -> str:
        return f"Registry({self.what!r}, {list(self.names())})"
