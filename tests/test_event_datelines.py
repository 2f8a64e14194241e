"""A dateline's date is the day a report was filed, not the day of what it tells.

"Okvara, Mar 5 (Agency): ... the attack, which took place on Tuesday": news agencies open
a report with the place and day they file from, in any case, then a colon or a dash. The
attack came on or before that day; a report that names no other day of it tells it
undated, before the filing, never on the filing day. Places and agencies are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.extract.dates import find_dates, statement_dates
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Report
from claimrecon.vocab import Lexicon
from tests.builders import killed_at

LEXICON = Lexicon.default()
# Published on Thursday 5 March 2026: Tuesday is 3 March.
PUBLISHED = dt.date(2026, 3, 5)
TUESDAY = dt.date(2026, 3, 3)

PLACES = st.sampled_from(["Okvara", "OKVARA", "Dunmar", "Port Velka", "NEW DUNMAR"])
REGIONS = st.sampled_from(["", ", Zelvania", ", Velka Province"])
DAYS = st.sampled_from(["Mar 5", "March 5", "Mar 05", "5 March", "Mar. 5", "March 5, 2026"])
AGENCIES = st.sampled_from(["", " (ZNA)", " (Zelvania Press Agency)", " (Reuters)"])
SEPARATORS = st.sampled_from([":", " :", " -", " \u2014", " --"])


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, str]:
    """Return a dateline and its date as written."""
    day = draw(DAYS)
    return f"{draw(PLACES)}{draw(REGIONS)}, {day}{draw(AGENCIES)}{draw(SEPARATORS)}", day


def _ctx(text: str) -> DocContext:
    return DocContext(Document(id="d", text=text, published=PUBLISHED), LEXICON)


@given(datelines())
def test_a_dateline_s_date_is_no_event_date(dateline: tuple[str, str]) -> None:
    opening, day = dateline
    ctx = _ctx(f"{opening} Gunmen stormed a hotel on Tuesday, killing 12 people.")
    (sentence,) = ctx.sentences
    assert [r.value for r in find_dates(ctx, sentence)] == [TUESDAY]
    assert [r.text for r in statement_dates(ctx, sentence)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, March 1, gunmen stormed a hotel.",
        "In Dunmar, March 1 was the day gunmen stormed a hotel.",
        "Okvara, March 1 and March 2 saw gunmen storm two hotels.",
    ],
)
def test_a_date_after_a_comma_opening_a_sentence_is_no_dateline(text: str) -> None:
    ctx = _ctx(text)
    (sentence,) = ctx.sentences
    assert any(r.text.endswith("March 1") for r in find_dates(ctx, sentence))


@given(datelines())
def test_a_report_dated_only_by_its_dateline_tells_the_attack_on_its_own_day(
    dateline: tuple[str, str],
) -> None:
    opening, _ = dateline
    text = (
        f"{opening} Officials said the recent bombing of a market in Velka had killed "
        "at least 80 people.\nThe bombing, which took place on Tuesday, was condemned "
        "by world leaders."
    )
    doc = Document(id="d", text=text, published=PUBLISHED)
    report = Report(documents=(doc,), claims=(killed_at(doc, "80 people", 80),))
    (event,) = group_events(report).events
    assert event.date == TUESDAY
