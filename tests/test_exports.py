from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from hypothesis import given

from claimrecon import exports
from claimrecon.models import FigureClaim, Report, Subject
from tests import strategies
from tests.samples import sample_report


@pytest.fixture
def report() -> Report:
    return sample_report()


# --- JSON and JSON Lines -----------------------------------------------------------------


def test_json_round_trips(report: Report) -> None:
    assert exports.from_json(exports.to_json(report)) == report


def test_jsonl_records_are_tagged_and_round_trip(report: Report) -> None:
    lines = list(exports.iter_jsonl(report))
    tags = [json.loads(line)["record"] for line in lines]
    assert tags == [
        "document",
        *["claim"] * 6,
        "event",
        "contradiction",
        "note",
        "estimate",
        "estimate",
        "aggregate",
    ]
    assert all("\n" not in line for line in lines)
    assert exports.from_jsonl(lines) == report


def test_jsonl_rejects_an_unknown_tag() -> None:
    with pytest.raises(ValueError, match="line 2: unknown record tag 'bogus'"):
        exports.from_jsonl(["", '{"record": "bogus"}'])


def test_jsonl_rejects_a_line_that_is_not_json() -> None:
    with pytest.raises(ValueError, match="line 1: not JSON"):
        exports.from_jsonl(["{nope"])


@given(strategies.reports)
def test_json_round_trips_for_any_report(report: Report) -> None:
    assert exports.from_json(exports.to_json(report)) == report


@given(strategies.reports)
def test_jsonl_round_trips_for_any_report(report: Report) -> None:
    assert exports.from_jsonl(exports.iter_jsonl(report)) == report


# --- rows and CSV ------------------------------------------------------------------------


def test_claim_rows_flatten_figures_and_attributions(report: Report) -> None:
    rows = {row["quote"]: row for row in exports.claim_rows(report)}
    seven = rows["seven attackers were killed"]
    assert (seven["metric"], seven["subject"], seven["low"], seven["high"]) == (
        "killed",
        "militants",
        7,
        7,
    )
    assert seven["source_name"] == "Afghan officials"
    assert seven["event"] == "ministry-attack"
    assert seven["actor"] is None
    claimed = rows["The Islamic State claimed responsibility"]
    assert claimed["actor"] == "Islamic State"
    assert claimed["stance"] == "claimed"
    assert claimed["source_chain"] == "Amaq news agency"
    assert claimed["metric"] is None
    aggregate = rows["Over 1,600 civilians were killed"]
    assert aggregate["aggregate"] is True
    assert aggregate["event"] is None
    assert (aggregate["low"], aggregate["high"], aggregate["qualifier"]) == (1601, None, "at_least")


def test_contradiction_rows_join_sides(report: Report) -> None:
    [row] = exports.contradiction_rows(report)
    claims = report.contradictions[0].sides
    assert row["sides"] == f"{claims[0][0]} | {claims[1][0]}"
    assert row["severity"] == "soft"


def test_event_rows_add_disjoint_subjects_and_list_sources(report: Report) -> None:
    [row] = exports.event_rows(report)
    # militants 7..7 and police 1..unbounded count different people: 8, no upper bound.
    assert (row["low"], row["best"], row["high"]) == (8, 8, None)
    assert row["actors"] == "Islamic State"
    assert row["number_of_sources"] == 4
    assert "Afghan officials" in row["sources"].split("; ")
    assert row["n_documents"] == 1


def test_ged_prefers_an_estimate_for_everyone(report: Report) -> None:
    people = report.estimates[0].model_copy(update={"subject": Subject.PEOPLE, "low": 9, "best": 9})
    report = report.model_copy(update={"estimates": (*report.estimates, people)})
    [row] = exports.ged_rows(report)
    assert (row["low"], row["best"]) == (9, 9)


def test_write_csv_writes_one_file_a_table(report: Report, tmp_path) -> None:
    written = exports.write_csv(report, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in exports.TABLES)
    for name, columns in exports.TABLES.items():
        with (tmp_path / "out" / f"{name}.csv").open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
        assert tuple(reader.fieldnames or ()) == columns
        assert len(rows) == len(exports.table_rows(report)[name])
    with (tmp_path / "out" / "claims.csv").open(newline="", encoding="utf-8") as handle:
        quotes = [row["quote"] for row in csv.DictReader(handle)]
    assert '<script>alert("x")</script> & "no one" | was *hurt*' in quotes


def test_to_csv_stacks_tables_with_a_table_column(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(report))))
    assert {row["table"] for row in rows} == set(exports.TABLES) - set()
    assert sum(row["table"] == "claims" for row in rows) == len(report.claims)
    header = next(csv.reader(io.StringIO(exports.to_csv(report))))
    assert header[0] == "table"
    for columns in exports.TABLES.values():
        assert set(columns) <= set(header)


def test_empty_report_gives_header_only_tables(tmp_path) -> None:
    exports.write_csv(Report(), tmp_path)
    header = (tmp_path / "claims.csv").read_bytes()
    assert header == ",".join(exports.CLAIM_COLUMNS).encode() + b"\r\n"


# --- pandas ------------------------------------------------------------------------------


def test_to_pandas_has_the_columns(report: Report) -> None:
    pytest.importorskip("pandas")
    frames = exports.to_pandas(report)
    assert set(frames) == set(exports.TABLES)
    for name, frame in frames.items():
        assert tuple(frame.columns) == exports.TABLES[name]
    assert len(frames["claims"]) == len(report.claims)
    killed = frames["claims"].query("metric == 'killed'")
    assert set(killed["subject"]) == {"militants", "civilians"}


def test_to_pandas_says_how_to_install_pandas(report: Report, monkeypatch) -> None:
    import sys

    # None in sys.modules is how Python itself marks a module that cannot be imported.
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "\.\[pandas\]"'):
        exports.to_pandas(report)


# --- readable reports --------------------------------------------------------------------


def test_text_report_shows_event_figures_contradictions_and_estimates(report: Report) -> None:
    text = exports.to_text(report)
    assert "== Event ministry-attack" in text
    assert "attack, 2018-05-30, in Kabul, target: the <ministry>" in text
    assert "Afghan officials: seven" in text
    assert "Example <News> (the document): Around ten" in text
    assert "around ten <attackers> against seven killed when all died" in text
    assert "killed · militants: low 7, best 7, high 7 (ucdp, 1 claim)" in text
    assert "Islamic State (via Amaq news agency): Islamic State (claimed), «The Islamic" in text
    assert "== Aggregates (1 claim over a period, in no event)" in text
    assert "== Claims in no event (1)" in text


def test_text_report_of_an_empty_report() -> None:
    assert exports.to_text(Report()).startswith("claimrecon report: 0 documents, 0 claims")


def test_markdown_escapes_table_cells(report: Report) -> None:
    md = exports.to_markdown(report)
    assert "## attack, 2018-05-30, in Kabul, target: the \\<ministry\\>" in md
    assert '\\<script\\>alert("x")\\</script\\> & "no one" \\| was \\*hurt\\*' in md
    assert "<script>" not in md
    # Every table row has as many cells as its header: no stray pipe split a cell.
    for block in md.split("\n\n"):
        lines = [line for line in block.splitlines() if line.startswith("|")]
        if lines:
            widths = {len(line.replace("\\|", "").split("|")) for line in lines}
            assert len(widths) == 1, block


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escapes_text(report: Report) -> None:
    page = exports.to_html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    # The SVG namespace is a name, not a resource: nothing else may point outside the page.
    linked = page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "http://" not in linked
    assert "https://" not in linked
    assert '<a href="#ministry-attack">' in page
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "link" not in parser.tags
    assert "b" not in parser.tags  # the source named "Police <b>" stays text
    text = "".join(parser.text)
    assert '<script>alert("x")</script>' in text
    assert "around ten <attackers> against seven killed when all died" in text


@given(strategies.reports)
def test_readable_reports_never_fail_and_html_never_leaks_tags(report: Report) -> None:
    exports.to_text(report)
    exports.to_markdown(report)
    parser = _Collector()
    parser.feed(exports.to_html(report))
    assert set(parser.tags) <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "section",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "span",
        "nav",
        "a",
    }


@given(strategies.reports)
def test_csv_reads_back_row_for_row_for_any_report(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(report))))
    tables = exports.table_rows(report)
    assert len(rows) == sum(len(t) for t in tables.values())
    claim_rows = [row for row in rows if row["table"] == "claims"]
    # Text that a spreadsheet would read as a formula comes back behind a quote.
    assert [row["quote"] for row in claim_rows] == [
        exports.csv_cell(c.quote) for c in report.claims
    ]
    assert [row["id"] for row in claim_rows] == [c.id for c in report.claims]


def test_contradictions_outside_any_event_are_shown(report: Report) -> None:
    stray = report.contradictions[0].model_copy(
        update={"event": None, "explanation": "a stray finding"}
    )
    report = report.model_copy(update={"contradictions": (*report.contradictions, stray)})
    for render in (exports.to_text, exports.to_markdown, exports.to_html):
        page = render(report)
        assert "Contradictions outside any event" in page
        assert "a stray finding" in page


def test_updates_and_early_counts_are_marked(report: Report) -> None:
    seven = report.claims[1]
    marked = seven.model_copy(update={"revision": True, "provisional": True})
    claims = tuple(marked if c.id == seven.id else c for c in report.claims)
    report = report.model_copy(update={"claims": claims})
    assert "Afghan officials: seven [7] (update, provisional)" in exports.to_text(report)
    [row] = [r for r in exports.claim_rows(report) if r["id"] == seven.id]
    assert (row["revision"], row["provisional"]) == (True, True)


def test_html_draws_one_interval_chart_per_figure_contradiction() -> None:
    from claimrecon import analyze, read_documents

    seeds = analyze(read_documents(["seeds"]))
    figure_conflicts = [
        x
        for x in seeds.contradictions
        if any(isinstance(seeds.claim(c), FigureClaim) for side in x.sides for c in side)
    ]
    page = exports.to_html(seeds)
    assert figure_conflicts
    assert page.count("<svg") == len(figure_conflicts)
    assert "<script" not in page
