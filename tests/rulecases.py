"""Running the rules on a handful of claims, for the rules' tests."""

from __future__ import annotations

import datetime as dt

from claimrecon import DateRef, find_contradictions
from tests.builders import LEXICON, report_of


def run(*claims, documents=(), **options):
    options.setdefault("lexicon", LEXICON)
    return find_contradictions(report_of(*claims, documents=documents), **options)


def rules_found(result):
    return sorted(c.rule for c in result.contradictions)


def day(text, y, m, d, precision="day"):
    return DateRef(text=text, value=dt.date(y, m, d), precision=precision)
