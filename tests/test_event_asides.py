"""Grammars of an aside about a group or a site, dated by its own story.

"The ministry put the toll at 23 and blamed the Okvara Front, a group which split from
the Dunmar Brigade in 2011": the aside (a relative clause after a comma) tells
the group's past, and its year does not date the toll told before it. Groups, places and
numbers are invented.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.extract import resolve_date
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Report
from claimrecon.vocab import Lexicon
from tests.builders import killed_at

GROUPS = ["the Okvara Front", "the Dunmar Brigade", "Zelvan Martyrs"]
ASIDES = [
    ", a group which was founded in {y}",
    ", which split from the Dunmar Brigade in {y}",
    ", whose leader was arrested in {y}",
    ", which the government banned in {y}",
]
TELLERS = [
    "Police put the toll at {n} and blamed {g}{a}.",
    "Officials said {n} people were killed, blaming {g}{a}.",
]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(GROUPS),
    st.sampled_from(ASIDES),
    st.sampled_from(TELLERS),
    st.integers(2005, 2014),
    st.integers(11, 99),
)
def test_an_aside_year_does_not_date_a_toll_told_before_it(
    group: str, aside: str, teller: str, year: int, n: int
) -> None:
    lead = "Gunmen stormed a hotel in Dunmar on Sunday, police said."
    told = teller.format(n=n, g=group, a=aside.format(y=year))
    doc = Document(id="d", text=f"{lead}\n\n{told}", published=dt.date(2018, 1, 22))
    claim = killed_at(doc, f"{n}", n)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date == dt.date(2018, 1, 21)
    ctx = DocContext(doc, Lexicon.default())
    sentence = next(s for s in ctx.sentences if s.start <= claim.span.start < s.end)
    ref = resolve_date(ctx, sentence, claim.span.start)
    assert ref is None or ref.value is None or ref.value.year != year
