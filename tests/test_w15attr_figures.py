"""Figure phenomena of wave 15 (w15attr), in invented sentences.

A toll that "mounted" from one count to another is a revision, as "rose" is: both counts are
read. Contractors killed in an attack are civilians, not people at large.
"""

from __future__ import annotations

import pytest

from tests.strategies import read_figure_values as read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from the bombing in Dunmar has mounted from 55 to 68.",
            [("killed", "people", 55, 55), ("killed", "people", 68, 68)],
        ),
        ("The death toll in Velka has mounted to 41.", [("killed", "people", 41, 41)]),
    ],
)
def test_a_toll_that_mounted_is_read_as_a_revision(
    text: str, expected: list[tuple[str, str, int, int]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Three soldiers died and two contractors were killed in Okvara.", 2),
        ("Four contractors were killed when gunmen stormed the Dunmar base.", 4),
        ("A contractor was killed in the Velka raid.", 1),
    ],
)
def test_contractors_killed_are_civilians(text: str, count: int) -> None:
    assert ("killed", "civilians", count, count) in read(text)


def test_a_rising_pressure_is_no_toll() -> None:
    assert read("Pressure mounted on the government after 12 people were killed.") == [
        ("killed", "people", 12, 12)
    ]
