"""Trust learned over a report: what each reader of it sees of an event.

The trust module and the exports' trust columns read every event through a view that
shares one index of the report with the other events' views (indexed again for each
event, a run was quadratic in the report's claims). These tests hold each of them to what
a view of that event alone, indexed by itself, reads.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from claimrecon import analyze, exports
from claimrecon.eventview import EventView, ReportIndex, is_unnamed_part
from claimrecon.models import AttributionClaim, Report
from claimrecon.trust import learned_trust, track_records
from tests.newsgen import generate


@pytest.fixture(scope="module")
def report() -> Report:
    # Wires reprinted and a shared background paragraph: speakers heard in many events.
    return analyze(generate(40, seed=5, wire=0.3, background=0.3))


def test_a_shared_index_reads_every_event_as_its_own_view(report: Report) -> None:
    index = ReportIndex.of(report)
    for event in report.events:
        shared = EventView.build(report, event, index=index)
        alone = EventView.build(report, event)
        assert shared.claims == alone.claims
        assert [shared.label(c) for c in shared.claims] == [alone.label(c) for c in alone.claims]
        assert shared.current_figures == alone.current_figures
        assert [shared.self_interested(c) for c in shared.claims] == [
            alone.self_interested(c) for c in alone.claims
        ]
        assert [is_unnamed_part(shared, c) for c in shared.figures] == [
            is_unnamed_part(alone, c) for c in alone.figures
        ]


def test_claims_table_trust_is_the_speakers_as_each_event_labels_them(report: Report) -> None:
    learned = learned_trust(report)
    expected: dict[str, float] = {}
    for event in report.events:
        alone = EventView.build(report, event)
        for claim in alone.claims:
            value = learned.sources.get(alone.label(claim))
            if value is not None:
                expected[claim.id] = round(value, 4)
    rows = exports.claim_rows(report)
    got = {row["id"]: row["source_trust"] for row in rows if row["source_trust"] is not None}
    assert len(expected) > 20
    assert got == expected


def test_track_records_count_each_speaker_as_each_event_labels_them(report: Report) -> None:
    expected: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for event in report.events:
        alone = EventView.build(report, event)
        for claim in alone.claims:
            row = expected[alone.label(claim)]
            row["self_interested"] += alone.self_interested(claim)
            row["attributions" if isinstance(claim, AttributionClaim) else "figures"] += 1
    records = track_records(report)
    assert len(records) > 5
    assert {
        r.source: {
            "self_interested": r.self_interested,
            "attributions": r.attributions,
            "figures": r.figures,
        }
        for r in records
    } == {
        name: {key: counts[key] for key in ("self_interested", "attributions", "figures")}
        for name, counts in expected.items()
    }
