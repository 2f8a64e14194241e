"""Set aside figures no casualty count can be: exponents, years, absurd magnitudes.

A figure read from ``10^400 people were killed`` is an exponent, from ``In 9999 three
people were killed`` a year, from ``999,999,999,999,999 billion`` a number larger than
any recorded casualty figure by far. None of them is a claim. Each one set aside is
logged (logger ``claimrecon.extract``, level INFO: ``claimrecon analyze -v`` shows it),
naming the document, the characters and the reason, so that nothing vanishes silently.

Example:
    >>> MAX_FIGURE
    1000000000

May import: :mod:`.figures`, and the vocab, models and errors modules.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Collection

from claimrecon.extract.figures import FoundFigure

__all__ = ["MAX_FIGURE", "plausible"]

MAX_FIGURE = 1_000_000_000
"""The largest figure read as a claim: a billion, more than ten times the deaths of the
Second World War (70 to 85 million), the largest casualty figure on record."""

logger = logging.getLogger("claimrecon.extract")

Interval = tuple[int | None, int | None]

# Just before a number: "10^", "10**", "1e", "2.5E+", "x10^".
_EXPONENT_BEFORE = re.compile(r"(?:\^|\*\*|\d[eE][+-]?)$")
_FOUR_DIGITS = re.compile(r"[1-9]\d{3}")
# A year opens the figure's text and a count follows: "9999 three", "1994 800".
_YEAR_THEN_COUNT = re.compile(
    r"[1-9]\d{3},?\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds"
    r"|thousands|several|scores)\b)",
    re.IGNORECASE,
)
_YEAR_CUES = frozenset("in since during until before after".split())


def _reason(fig: FoundFigure, text: str, given: Collection[Interval] = ()) -> str | None:
    """Say why the figure is no claim, or return ``None`` if it may be one."""
    if fig.implied and (fig.low, fig.high) in given:
        return "implied by another figure, and the document gave it already"
    if _EXPONENT_BEFORE.search(text, max(0, fig.start - 3), fig.start):
        return "an exponent"
    if any(v is not None and v > MAX_FIGURE for v in (fig.low, fig.high)):
        return f"larger than {MAX_FIGURE:,}, more than any recorded casualty figure"
    number = _FOUR_DIGITS.match(text, fig.start)
    if number is not None and fig.low == int(number.group()):
        words = text[max(0, fig.start - 12) : fig.start].split()
        cue = words[-1].lower().strip(",") if words else ""
        if cue in _YEAR_CUES or _YEAR_THEN_COUNT.match(text, fig.start):
            return "a year"
    return None


def plausible(
    found: list[FoundFigure],
    text: str,
    doc: str,
    offset: int = 0,
    given: Collection[Interval] = (),
) -> list[FoundFigure]:
    """Return the figures that may be claims, logging each one set aside and why.

    Args:
        found: The figures read from ``text`` (``part_of`` indexes this list).
        text: The text their offsets index.
        doc: The document id, for the log.
        offset: Added to the offsets in the log (where ``text`` stands in the document).
        given: The intervals of the counts the document gave before ``found``: an implied
            count that repeats one is no claim of its own.
    """
    reasons = [_reason(fig, text, given) for fig in found]
    if not any(reasons):
        return found
    kept: dict[int, int] = {}
    out: list[FoundFigure] = []
    for index, (fig, reason) in enumerate(zip(found, reasons, strict=True)):
        if reason is not None:
            logger.info(
                "%s: characters %d..%d: %r is not a claim: %s",
                doc,
                fig.start + offset,
                fig.end + offset,
                text[fig.start : fig.end][:80],
                reason,
            )
            continue
        kept[index] = len(out)
        out.append(fig)
    # part_of indexes the list: renumber it, and drop a link to a figure set aside.
    return [
        dataclasses.replace(fig, part_of=kept.get(fig.part_of)) if fig.part_of is not None else fig
        for fig in out
    ]
