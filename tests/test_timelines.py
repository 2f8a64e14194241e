"""Per-source timelines: each source's figures for an event, in publication order."""

from __future__ import annotations

import datetime as dt

from claimrecon import Document, Event, Report, Timeline, find_contradictions
from claimrecon.exports import from_json, from_jsonl, iter_jsonl, to_json, to_text
from claimrecon.rules.timelines import source_timelines
from tests.builders import LEXICON, fig

DOCS = (
    Document(id="mon", text="", published=dt.date(2016, 1, 15), outlet="Reuters"),
    Document(id="tue", text="", published=dt.date(2016, 1, 16), outlet="Reuters"),
    Document(id="wed", text="", published=dt.date(2016, 1, 17)),
    Document(id="undated", text=""),
)


def _report(*claims, aggregates=()):
    return Report(
        documents=DOCS,
        claims=tuple(claims),
        events=(Event(id="e1", claims=tuple(c.id for c in claims)),),
        aggregates=tuple(aggregates),
    )


def test_a_sources_figures_come_in_publication_order_unknown_days_last():
    later = fig(27, source="police", kind="official", doc="tue")
    unknown = fig(31, source="police", kind="official", doc="undated")
    first = fig(20, source="police", kind="official", doc="mon")
    other = fig(25, source="AP", doc="wed")  # one figure: no timeline
    (timeline,) = source_timelines(_report(later, unknown, first, other))
    assert timeline == Timeline(
        event="e1",
        metric="killed",
        subject="people",
        source="police (official)",
        claims=(first.id, later.id, unknown.id),
    )


def test_an_outlets_own_voice_is_one_source_across_its_reports():
    monday, tuesday = fig(20, doc="mon", kind="media"), fig(27, doc="tue", kind="media")
    (timeline,) = source_timelines(_report(tuesday, monday))
    assert timeline.source == "Reuters (media)"
    assert timeline.claims == (monday.id, tuesday.id)


def test_one_figure_repeated_metrics_apart_and_aggregates_make_no_timeline():
    again = (fig(20, source="AP", doc="mon"), fig(20, source="AP", doc="tue"))
    apart = (fig(20, source="UN", doc="mon"), fig(7, source="UN", doc="tue", metric="wounded"))
    period = fig(1662, source="UN", doc="tue")  # counted over a period: in no event
    assert source_timelines(_report(*again, *apart, period, aggregates=[period.id])) == ()


def test_the_rules_stage_fills_the_timelines_and_the_text_report_shows_them():
    first = fig(20, source="police", kind="official", doc="mon")
    later = fig(27, source="police", kind="official", doc="tue")
    result = find_contradictions(_report(first, later), rules=[], lexicon=LEXICON)
    assert [t.claims for t in result.timelines] == [(first.id, later.id)]
    text = to_text(result)
    assert "Timelines (each source's figures, earliest first):" in text
    assert "police (official): 20 (2016-01-15) → 27 (2016-01-16)" in text
    # The timelines travel with the report.
    assert from_json(to_json(result)).timelines == result.timelines
    assert from_jsonl(iter_jsonl(result)).timelines == result.timelines
