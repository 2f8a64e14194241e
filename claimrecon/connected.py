"""Things joined by links into groups: the connected components of a relation.

Several stages join things pairwise and then need the groups the pairs make: names that
stand for one group, attribution families one text names together, findings that share a
claim. :func:`components` is the one union-find they share.

May import: nothing of the package.

Example:
    >>> components(["a", "b", "c", "d"], [("c", "a")])
    [['a', 'c'], ['b'], ['d']]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

__all__ = ["components"]

K = TypeVar("K", bound=Hashable)


def components(keys: Iterable[K], links: Iterable[tuple[K, K]]) -> list[list[K]]:
    """Return ``keys`` in the groups that ``links`` join, directly or through others.

    The result does not depend on how the links are ordered or which way they point:
    each group lists its keys in the order of ``keys`` (a key given twice counts once),
    and the groups come in the order of their first key.

    Raises:
        KeyError: If a link joins a key that is not among ``keys``.
    """
    order = list(dict.fromkeys(keys))
    parent = {key: key for key in order}

    def root(key: K) -> K:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[K, list[K]] = {}
    for key in order:
        groups.setdefault(root(key), []).append(key)
    return list(groups.values())
