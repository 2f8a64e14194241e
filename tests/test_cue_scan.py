"""The cue scan that keeps each cue's match finds what searching every cue again finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Lexicon
from claimrecon.extract.actors import _CueSet, _patterns

# Words of the cues that open with a placeholder ("{event} by", "{event} linked to",
# "{number} gunmen from"), so that a text holds several of them, some at one place.
WORDS = [
    "the", "attack", "bombing", "raid", "was", "were", "carried", "out", "by", "claimed",
    "linked", "tied", "to", "had", "links", "ties", "two", "five", "gunmen", "militants",
    "attackers", "from", "Okvara", "Front", "in", "Dunmar", "a", ",", ".",
]  # fmt: skip


def _every_cue_again(
    cues: _CueSet, text: str, present: set[str], lo: int, hi: int
) -> list[tuple[int, int, int]]:
    """Each step searches every cue from the step's start; the leftmost, first cue wins."""
    active = [regex for need, regex in cues.anywhere if not need or need in present]
    out, pos = [], lo
    while active:
        hits = [m for regex in active if (m := regex.search(text, pos, hi)) is not None]
        if not hits:
            break
        m = min(hits, key=lambda hit: hit.start())
        out.append((m.start(), m.end(), int((m.lastgroup or "c0")[1:])))
        pos = m.end()
    return out


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.integers(0, 5))
def test_cues_opening_with_a_placeholder_are_found_as_by_searching_again(
    words: list[str], lo: int
) -> None:
    cues = _patterns(Lexicon.default()).before_cues
    assert cues.anywhere  # "{event} by" and the like
    text = " ".join(words)
    lo = min(lo, len(text))
    present = set(re.findall(r"\w+", text[lo:].lower()))
    found = list(cues._anywhere(text, present, lo, len(text)))
    assert found == _every_cue_again(cues, text, present, lo, len(text))


def test_of_two_cues_matching_at_one_place_the_first_wins() -> None:
    # "{event} claimed by" and "{event} by" both match "the raid in Dunmar claimed by": the
    # cue first in order is the one found, then the scan goes on past it.
    cues = _patterns(Lexicon.default()).before_cues
    text = "The raid in Dunmar claimed by the Okvara Front, and two gunmen from Velka."
    present = set(re.findall(r"\w+", text.lower()))
    found = list(cues._anywhere(text, present, 0, len(text)))
    expected = _every_cue_again(cues, text, present, 0, len(text))
    assert found == expected
    assert len(found) >= 2
    tied = [r.search(text) for need, r in cues.anywhere if not need or need in present]
    starts = [m.start() for m in tied if m is not None]
    assert len(starts) > len(set(starts))  # two cues do match at one place
