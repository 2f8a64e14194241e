"""The one walk over a report that the text, Markdown and HTML reports lay out."""

from __future__ import annotations

import re

import pytest

from claimrecon import exports
from claimrecon.exports.outline import outline
from claimrecon.models import Event, FigureClaim, Report
from tests.samples import sample_report


@pytest.fixture
def report() -> Report:
    return sample_report()


def _with_events(report: Report, n: int) -> Report:
    """Return the report with ``n`` copies of its event, each under its own id."""
    [event] = report.events
    events = tuple(
        Event.model_validate({**event.model_dump(), "id": f"e{i:02d}"}) for i in range(n)
    )
    return report.model_copy(update={"events": events})


def test_an_outline_has_a_section_an_event_in_report_order(report: Report) -> None:
    report = _with_events(report, 3)
    page = outline(report)
    assert [s.event.id for s in page.sections] == ["e00", "e01", "e02"]
    assert outline(report, events=2).sections == page.sections[:2]


def test_a_section_holds_its_figures_findings_and_estimates(report: Report) -> None:
    [section] = outline(report).sections
    members = set(section.event.claims)
    figures = [c for c in report.claims if isinstance(c, FigureClaim) and c.id in members]
    assert len(section.figures) == len(figures)
    keys = [row[0] for row in section.figures]
    # The rows of one metric and subject stand together, so the text report can group them.
    assert keys == sorted(keys, key=keys.index)
    assert [f.rule for f in section.findings] == [x.rule for x in report.contradictions]
    assert len(section.estimate_rows) == len(section.estimate_lines) == len(report.estimates)


def test_a_finding_outside_any_event_is_an_orphan(report: Report) -> None:
    stray = report.contradictions[0].model_copy(update={"event": "no-such-event"})
    report = report.model_copy(update={"contradictions": (*report.contradictions, stray)})
    page = outline(report)
    assert [f.contradiction for f in page.orphans] == [stray]
    assert stray not in [f.contradiction for s in page.sections for f in s.findings]


def test_the_three_readable_reports_show_the_same_walk(report: Report) -> None:
    """Every side of every finding appears once in each format: one walk feeds all three."""
    page = outline(report)
    sides = sum(len(f.sides) for s in page.sections for f in s.findings)
    assert sides > 0
    text, markdown, html = (
        exports.to_text(report),
        exports.to_markdown(report),
        exports.to_html(report),
    )
    assert len(re.findall(r"side \d+:", text)) == sides
    assert len(re.findall(r"side \d+:", markdown)) == sides
    assert len(re.findall(r"side \d+:", html)) == sides
    for section in page.sections:
        assert f"== Event {section.event.id}" in text
        assert f"Event `{section.event.id}`" in markdown
        assert f'<section id="{section.event.id}">' in html
