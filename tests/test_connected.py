from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.connected import components

KEYS = st.lists(st.integers(0, 12), max_size=12)


def _reachable(keys: list[int], links: list[tuple[int, int]]) -> list[list[int]]:
    """The groups by a plain search over the links, to compare with the union-find."""
    order = list(dict.fromkeys(keys))
    near: dict[int, set[int]] = {k: {k} for k in order}
    for a, b in links:
        near[a].add(b)
        near[b].add(a)
    seen: set[int] = set()
    groups = []
    for key in order:
        if key in seen:
            continue
        found, todo = {key}, [key]
        while todo:
            for other in near[todo.pop()] - found:
                found.add(other)
                todo.append(other)
        seen |= found
        groups.append([k for k in order if k in found])
    return groups


@st.composite
def keys_and_links(draw: st.DrawFn) -> tuple[list[int], list[tuple[int, int]]]:
    keys = draw(KEYS)
    if not keys:
        return keys, []
    link = st.tuples(st.sampled_from(keys), st.sampled_from(keys))
    return keys, draw(st.lists(link, max_size=15))


@given(keys_and_links())
def test_the_groups_are_what_the_links_reach(case: tuple[list[int], list[tuple[int, int]]]) -> None:
    keys, links = case
    assert components(keys, links) == _reachable(keys, links)


@given(keys_and_links(), st.randoms(use_true_random=False))
def test_the_groups_do_not_depend_on_the_links_order_or_direction(
    case: tuple[list[int], list[tuple[int, int]]], rng: random.Random
) -> None:
    keys, links = case
    turned = [(b, a) for a, b in links]
    rng.shuffle(turned)
    assert components(keys, turned) == components(keys, links)


def test_groups_keep_the_order_of_the_keys() -> None:
    groups = components(
        ["Okvara", "Dunmar", "Zelvania", "Okvara Front"], [("Okvara Front", "Okvara")]
    )
    assert groups == [["Okvara", "Okvara Front"], ["Dunmar"], ["Zelvania"]]


def test_a_link_to_an_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        components(["a"], [("a", "b")])
