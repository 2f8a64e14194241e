"""The cue scan that keeps each cue's match finds what searching every cue again finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Lexicon
from claimrecon.extract.actors import _FOLD_TO_ASCII, _CueSet, _in_order, _patterns

# Words of the cues that open with a placeholder ("{event} by", "{event} linked to",
# "{number} gunmen from"), so that a text holds several of them, some at one place.
WORDS = [
    "the", "attack", "bombing", "raid", "was", "were", "carried", "out", "by", "claimed",
    "linked", "tied", "to", "had", "links", "ties", "two", "five", "gunmen", "militants",
    "attackers", "from", "Okvara", "Front", "in", "Dunmar", "a", ",", ".",
    # Cased and folded spellings, and words that hold an event noun's first word.
    "ATTACK", "Bombing", "By", "attacked", "carbomb", "suicide", "bomber", "\u0130n",
]  # fmt: skip


def _low(text: str, lo: int, hi: int) -> str:
    """The range's text as the scan reads a cue's plain words in it."""
    return text[lo:hi].translate(_FOLD_TO_ASCII).lower()


def _every_cue_again(
    cues: _CueSet, text: str, present: set[str], lo: int, hi: int
) -> list[tuple[int, int, int]]:
    """Each step searches every cue from the step's start; the leftmost, first cue wins.

    Every cue whose word the range holds is searched, whether or not its words (an event
    noun, then "by") follow one another there.
    """
    active = [regex for need, _, regex in cues.anywhere if not need or need in present]
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
    found = list(cues._anywhere(text, present, _low(text, lo, len(text)), lo, len(text)))
    assert found == _every_cue_again(cues, text, present, lo, len(text))


def test_of_two_cues_matching_at_one_place_the_first_wins() -> None:
    # "{event} claimed by" and "{event} by" both match "the raid in Dunmar claimed by": the
    # cue first in order is the one found, then the scan goes on past it.
    cues = _patterns(Lexicon.default()).before_cues
    text = "The raid in Dunmar claimed by the Okvara Front, and two gunmen from Velka."
    present = set(re.findall(r"\w+", text.lower()))
    found = list(cues._anywhere(text, present, _low(text, 0, len(text)), 0, len(text)))
    expected = _every_cue_again(cues, text, present, 0, len(text))
    assert found == expected
    assert len(found) >= 2
    tied = [r.search(text) for need, _, r in cues.anywhere if not need or need in present]
    starts = [m.start() for m in tied if m is not None]
    assert len(starts) > len(set(starts))  # two cues do match at one place


def test_a_cue_opening_with_an_event_needs_an_event_noun_before_its_words() -> None:
    # "{event} by": a range with "by" but no event noun before it never runs the cue.
    cues = _patterns(Lexicon.default()).before_cues
    by = [n for _, n, _ in cues.anywhere if n and "attack" in n[0] and n[1:] == (("by",),)]
    assert len(by) == 1
    for text, runs in [
        ("The bridge was built by the Okvara Front after the attack.", False),
        ("The ATTACK on the bridge was carried out by the Okvara Front.", True),
    ]:
        assert _in_order(_low(text, 0, len(text)), 0, by[0]) is runs
