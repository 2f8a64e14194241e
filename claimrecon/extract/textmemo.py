r"""Spans read in a range of text, kept for every document that holds the same text.

A step whose result depends on a range's text alone (the cues a sentence holds) finds the
same spans wherever that text recurs: a wire story that several outlets print, the
paragraphs a corpus repeats. :class:`TextMemo` keeps such spans by the range's text, their
offsets counted from the range's start, so that the next document holding the text reads
them from the memo instead of reading the range again.

A pattern matched inside the range may still read a few characters before it: a
look-behind (``(?<![\w\-])``), ``\b`` or ``^`` at the range's first character. The key is
therefore the range's text with the ``reach`` characters before it (all the text before
it, where that is shorter), and :func:`lookbehind_reach` says how far a set of patterns
looks back. Nothing after the range counts: the patterns are matched with the range's end
as the end of the text.

Example:
    >>> memo = TextMemo(reach=1)
    >>> memo.spans("Velka: abb.", 6, 10, lambda: [(8, 10, 0)])
    [(8, 10, 0)]
    >>> memo.spans("Okvara: abb.", 7, 11, lambda: [])  # ": abb" again: kept, one further on
    [(9, 11, 0)]
    >>> lookbehind_reach([r"(?<![\w\-])claimed", r"(?<=al-)\w+"])
    3

May import: nothing of claimrecon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

try:  # the parser of ``re`` (Python 3.11 and later)
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    _parser = None

__all__ = ["TextMemo", "lookbehind_reach"]

T = TypeVar("T")
Spans = list[tuple[int, int, T]]  # start, end and what the reader says of it (a cue's index)

# A look-behind wider than this is not worth keying a range by (and no lexicon writes one).
_WIDEST = 200
_LOOKBEHIND = re.compile(r"\(\?<[=!]")


class TextMemo(Generic[T]):
    """Spans of ranges of text, kept by the range's text and the ``reach`` characters before."""

    def __init__(self, reach: int, size: int = 20_000) -> None:
        """Keep up to ``size`` ranges (all are dropped when that many are kept).

        A kept range costs its text and the spans it holds: 20,000 sentences, some megabytes.
        """
        self.reach = reach
        self.size = size
        self._kept: dict[tuple[str, int], tuple[tuple[int, int, T], ...]] = {}

    def spans(self, text: str, lo: int, hi: int, read: Callable[[], Spans[T]]) -> Spans[T]:
        """Return the spans of ``text[lo:hi]``: kept ones, or ``read()`` (offsets in ``text``)."""
        start = max(0, lo - self.reach)
        key = (text[start:hi], lo - start)
        found = self._kept.get(key)
        if found is None:
            if len(self._kept) >= self.size:
                self._kept.clear()
            found = self._kept[key] = tuple((a - lo, b - lo, n) for a, b, n in read())
        return [(a + lo, b + lo, n) for a, b, n in found]


def lookbehind_reach(
    sources: Iterable[str], flags: int = 0, expand: Callable[[str], str] = str
) -> int | None:
    r"""Return how many characters before a match's start ``sources`` may read, or ``None``.

    At least one (``\b``, ``^``); a look-behind reads as far as its widest match, and one
    inside another adds to it. ``expand`` writes out what a source abbreviates (the marks
    of :class:`~claimrecon.extract.placeholders.Placeholders`). ``None`` when a look-behind
    does not parse on its own or reads further than is worth keying by.
    """
    if _parser is None:  # pragma: no cover - Python 3.10
        return None
    widths: dict[str, int] = {}
    nested = False
    for source in sources:
        for m in _LOOKBEHIND.finditer(source):
            inner = source[m.end() : _group_end(source, m.start()) - 1]
            if inner in widths:
                continue
            written = expand(inner)
            nested = nested or _LOOKBEHIND.search(written) is not None
            try:
                widths[inner] = int(_parser.parse(written, flags).getwidth()[1])
            except (re.error, OverflowError, RecursionError):
                return None
    reach = sum(widths.values()) if nested else max(widths.values(), default=0)
    return max(1, reach) if reach <= _WIDEST else None


def _group_end(source: str, start: int) -> int:
    """Where the group opening at ``start`` ends (past its bracket), skipping escapes and sets."""
    depth, i, n = 0, start, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _set_end(source, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def _set_end(source: str, i: int) -> int:
    """Where the character set opening at ``i`` ends (past its bracket)."""
    i += 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1  # a bracket first in a set is a character of it
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1
