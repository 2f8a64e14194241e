"""Running the rules on a handful of claims, for the rules' tests."""

from __future__ import annotations

import datetime as dt

from claimrecon import DateRef, Document, Event, FigureClaim, Report, find_contradictions
from tests.builders import LEXICON, report_of


def run(*claims, documents=(), **options):
    options.setdefault("lexicon", LEXICON)
    return find_contradictions(report_of(*claims, documents=documents), **options)


def analysed(docs: list[tuple[Document, list[FigureClaim]]]) -> Report:
    """The rules' report on documents whose claims are all one event."""
    claims = [c for _, found in docs for c in found]
    report = Report(
        documents=tuple(d for d, _ in docs),
        claims=tuple(claims),
        events=(Event(id="e", claims=tuple(c.id for c in claims)),),
    )
    return find_contradictions(report, lexicon=LEXICON)


def rules_found(result):
    return sorted(c.rule for c in result.contradictions)


def day(text, y, m, d, precision="day"):
    return DateRef(text=text, value=dt.date(y, m, d), precision=precision)
