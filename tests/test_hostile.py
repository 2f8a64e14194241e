"""Hostile input (issue 15): no path escapes, no hangs, no tracebacks, no silent loss."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import logging
import os
import subprocess
import sys
import warnings
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from claimrecon import (
    AnalysisError,
    Document,
    DocumentError,
    GoldFormatError,
    InputError,
    Lexicon,
    LexiconError,
    analyze,
    exports,
    extract,
    find_contradictions,
    group_events,
    read_documents,
    read_gold,
)
from claimrecon.cli import main
from claimrecon.extract.segment import MAX_SENTENCE, split_sentences
from claimrecon.files import DecodingWarning, Limits, confined, decode, read_text_file
from claimrecon.pipeline import extract_report
from tests.hostile import ANALYZE_CASES, LEXICON_CASES, TEXT, manifest

ROOT = Path(__file__).resolve().parent.parent

# --- the command line: every bad input is one line on stderr and exit 2 ----------------


def _claimrecon(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a real process; a hang hits the timeout and fails the test."""
    return subprocess.run(
        [sys.executable, "-m", "claimrecon", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )


def _run_case(name: str, folder: Path) -> list[str]:
    build, _ = ANALYZE_CASES[name]
    target = build(folder)
    extra = ["--max-bytes", "1000"] if name == "too-big" else []
    if name.startswith("gold:"):
        return ["evaluate", "--gold", str(target), *extra]
    return ["analyze", str(target), *extra]


@pytest.mark.parametrize("name", sorted(ANALYZE_CASES))
def test_each_bad_input_is_one_line_and_exit_2(name: str, tmp_path: Path, capsys) -> None:
    argv = _run_case(name, tmp_path / "case")
    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("claimrecon: error: ")
    assert ANALYZE_CASES[name][1] in lines[0]
    assert "Traceback" not in captured.err
    # Nothing of a file outside the folder reaches the output.
    assert "root:" not in captured.out


@pytest.mark.parametrize("name", sorted(LEXICON_CASES))
def test_each_bad_lexicon_is_one_line_and_exit_2(name: str, tmp_path: Path, capsys) -> None:
    data, message = LEXICON_CASES[name]
    (tmp_path / "lex.json").write_bytes(data)
    (tmp_path / "a.txt").write_bytes(TEXT)
    argv = ["analyze", str(tmp_path / "a.txt"), "--lexicon", str(tmp_path / "lex.json")]
    assert main(argv) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert message in line and "lex.json" in line


@pytest.mark.parametrize("path", ["fifo", "/dev/zero"])
def test_a_fifo_or_dev_zero_fails_at_once_in_a_real_process(path: str, tmp_path: Path) -> None:
    if path == "fifo":
        os.mkfifo(tmp_path / "pipe.txt")
        path = str(tmp_path / "pipe.txt")
    # A hang would hit the timeout and fail the test; no time is asserted.
    done = _claimrecon("analyze", path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"claimrecon: error: {path}: not a regular file"]


def _fifo_in_manifest(folder: Path) -> list[str]:
    manifest(folder, {"id": "x", "file": "pipe.txt"})
    os.mkfifo(folder / "pipe.txt")
    return ["analyze", str(folder)]


def _fifo_in_folder(folder: Path) -> list[str]:
    folder.mkdir()
    (folder / "a.txt").write_bytes(TEXT)
    os.mkfifo(folder / "pipe.txt")
    return ["analyze", str(folder)]


def _fifo_in_gold(folder: Path) -> list[str]:
    folder.mkdir()
    (folder / "gold.json").write_text(
        json.dumps({"format": "claimrecon-gold/1", "documents": [{"id": "x", "file": "pipe.txt"}]})
    )
    os.mkfifo(folder / "pipe.txt")
    return ["evaluate", "--gold", str(folder / "gold.json")]


@pytest.mark.parametrize("build", [_fifo_in_manifest, _fifo_in_folder, _fifo_in_gold])
def test_a_fifo_named_by_a_folder_manifest_or_gold_fails_in_a_real_process(
    build, tmp_path: Path
) -> None:
    """A FIFO named as a document's file blocked forever (issue 15); a hang hits the timeout."""
    done = _claimrecon(*build(tmp_path / "case"))
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("claimrecon: error: ") and "not a regular file" in line
    assert "pipe.txt" in line


def test_an_unreadable_folder_is_an_input_error(tmp_path: Path, monkeypatch) -> None:
    # Tests run as root, for whom chmod 000 changes nothing: the refusal is simulated.
    def refuse(self: Path, pattern: str) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "glob", refuse)
    with pytest.raises(InputError, match="cannot list: Permission denied"):
        list(read_documents([tmp_path]))


# --- paths --------------------------------------------------------------------------------


def test_a_file_inside_the_folder_is_read(tmp_path: Path) -> None:
    folder = manifest(tmp_path / "d", {"id": "a", "file": "sub/../a.txt"}, files={"a.txt": TEXT})
    [doc] = read_documents([folder])
    assert doc.text == TEXT.decode()


def test_confined_refuses_escapes_by_name(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text("x")
    assert confined(tmp_path, "in.txt", "m", "p") == (tmp_path / "in.txt").resolve()
    for name in ("../x", "/etc/passwd", "", None, 3, "a\0b"):
        with pytest.raises(InputError):
            confined(tmp_path, name, "m", "p")


def test_a_wider_root_lets_a_prediction_file_point_back(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_bytes(TEXT)
    pred = tmp_path / "out" / "pred.json"
    pred.parent.mkdir()
    pred.write_text(
        json.dumps(
            {"format": "claimrecon-gold/1", "documents": [{"id": "a", "file": "../texts/a.txt"}]}
        )
    )
    with pytest.raises(GoldFormatError, match="outside the folder"):
        read_gold(pred)
    assert read_gold(pred, root=tmp_path).texts["a"] == TEXT.decode()


# --- limits -------------------------------------------------------------------------------


def test_limits_bound_files_and_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT)
    with pytest.raises(InputError, match="larger than the limit of 10 bytes"):
        read_text_file(tmp_path / "a.txt", Limits(max_bytes=10))
    with pytest.raises(InputError, match="longer than the limit of 10 characters"):
        list(read_documents([tmp_path / "a.txt"], limits=Limits(max_document_chars=10)))
    with pytest.raises(DocumentError, match="longer than the limit"):
        analyze([Document(id="d", text="x" * 11)], limits=Limits(max_document_chars=10))
    with pytest.raises(ValidationError):
        Limits(max_bytes=0)


# --- decoding -----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_byte_order_mark_names_the_encoding(encoding: str, tmp_path: Path) -> None:
    data = "Five people were killed in Saïd, police said.".encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding] + data
    (tmp_path / "a.txt").write_bytes(data)
    [doc] = read_documents([tmp_path / "a.txt"])
    assert doc.text == "Five people were killed in Saïd, police said."
    assert [c.figure.low for c in extract(doc) if c.type == "figure"] == [5]


def test_undecodable_bytes_are_an_error_or_replaced_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Five killed in Saïd.".encode("latin-1"))
    with pytest.raises(InputError, match=r"a\.txt: byte 17: cannot decode as utf-8"):
        list(read_documents([tmp_path / "a.txt"]))
    with pytest.warns(DecodingWarning, match="byte 17"):
        [doc] = read_documents([tmp_path / "a.txt"], encoding_errors="replace")
    assert doc.text == "Five killed in Sa\ufffdd."


def test_decode_never_drops_text() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecodingWarning)
        assert decode(b"a\x00b", "f", "replace") == "a\ufffdb"
    with pytest.raises(InputError, match="NUL"):
        decode(b"a\x00b", "f")


def test_the_cli_warns_on_one_line_under_replace(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_bytes(b"Five people were killed in Sa\xefd, police said.")
    assert main(["analyze", str(tmp_path / "a.txt"), "--encoding-errors", "replace"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"claimrecon: warning: {tmp_path / 'a.txt'}: byte 29: undecodable bytes "
        "replaced with U+FFFD"
    ]


# --- values -------------------------------------------------------------------------------


def test_lone_surrogates_are_refused_at_the_document() -> None:
    with pytest.raises(ValidationError, match="lone surrogate U\\+D800 at character 1"):
        Document(id="d", text="a\ud800b")
    with pytest.raises(ValidationError, match="outlet holds a lone surrogate"):
        Document(id="d", text="a", outlet="\udfff")


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    for sub in ("one", "two"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_bytes(TEXT)
    with pytest.raises(InputError, match=r"'x' is used twice: by .*one/x\.txt and by .*two/x\.txt"):
        list(read_documents([tmp_path / "one", tmp_path / "two"]))
    with pytest.raises(DocumentError, match="used twice"):
        extract_report([Document(id="x", text="a"), Document(id="x", text="b")])


def test_csv_cells_cannot_be_formulas(tmp_path: Path) -> None:
    doc = Document(id="=cmd|' /C calc'!A0", text=TEXT.decode())
    report = analyze([doc])
    written = exports.write_csv(report, tmp_path / "tables")
    tables = [path.read_text(encoding="utf-8") for path in written]
    cells = [cell for text in tables for row in csv.reader(io.StringIO(text)) for cell in row]
    cells += [cell for row in csv.reader(io.StringIO(exports.to_csv(report))) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in cells)
    for value in ("+1", "-1", "@a", "\tx", "\rx", "=1"):
        assert exports.csv_cell(value) == "'" + value
    assert exports.csv_cell(-1) == -1


def test_write_csv_refuses_a_folder_holding_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(InputError, match=r"notes\.txt"):
        exports.write_csv(analyze([Document(id="d", text="x")]), tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "keep me"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("10^400 people were killed.", "an exponent"),
        ("1e9 people were killed.", "an exponent"),
        ("10**6 people were killed.", "an exponent"),
        ("In 9999 three people were killed.", "a year"),
        ("999,999,999,999,999 billion people were killed.", "larger than 1,000,000,000"),
    ],
)
def test_absurd_figures_are_logged_not_claimed(text: str, reason: str, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="claimrecon"):
        claims = extract(Document(id="d", text=text))
    assert [c for c in claims if c.type == "figure"] == []
    assert any(
        reason in r.getMessage() and r.getMessage().startswith("d: characters")
        for r in caplog.records
    )


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("9999 people were killed in 2023.", 9999),
        ("In 1994, 800,000 people were killed in Rwanda.", 800_000),
        ("In 2015, 12 people were killed.", 12),
        ("2000 soldiers were killed.", 2000),
    ],
)
def test_large_but_possible_figures_stay(text: str, low: int) -> None:
    assert [c.figure.low for c in extract(Document(id="d", text=text)) if c.type == "figure"] == [
        low
    ]


def test_rejections_show_with_verbose(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("10^400 people were killed.")
    assert main(["analyze", str(tmp_path / "a.txt"), "-v"]) == 0
    assert "is not a claim: an exponent" in capsys.readouterr().err
    assert main(["analyze", str(tmp_path / "a.txt")]) == 0
    assert capsys.readouterr().err == ""


# --- dates at the calendar's ends ---------------------------------------------------------

EXPRESSIONS = [
    "on Monday",
    "next week",
    "last week",
    "yesterday",
    "today",
    "last month",
    "next month",
    "last year",
    "next year",
    "three days ago",
    "two weeks ago",
    "on Sunday night",
    "in December",
    "on 31 December",
    "last night",
    "this week",
    "last Friday",
    "a month ago",
]
EDGES = [
    dt.date(1, 1, 1),
    dt.date(1, 1, 2),
    dt.date(1, 1, 8),
    dt.date(9999, 12, 31),
    dt.date(9999, 12, 30),
    dt.date(9999, 12, 25),
    dt.date(1, 2, 1),
]


@pytest.mark.parametrize("published", EDGES, ids=str)
def test_dates_at_the_calendar_edges_never_raise(published: dt.date) -> None:
    docs = [
        Document(
            id=f"d{i}",
            text=f"Five people were killed {e} in Kabul, police said.",
            published=published,
        )
        for i, e in enumerate(EXPRESSIONS)
    ]
    report = analyze(docs)
    assert len(report.documents) == len(EXPRESSIONS)
    for claim in report.claims:
        assert (
            claim.date is None
            or claim.date.value is None
            or (dt.date(2, 1, 1) <= claim.date.value <= dt.date(9998, 12, 31))
        )


# --- isolation ----------------------------------------------------------------------------


def _docs() -> list[Document]:
    return [Document(id="good", text=TEXT.decode()), Document(id="long", text="x" * 100)]


def test_on_error_raise_skip_collect() -> None:
    limits = Limits(max_document_chars=len(TEXT))
    with pytest.raises(DocumentError, match="long: document longer"):
        analyze(_docs(), limits=limits)
    report = analyze(_docs(), limits=limits, on_error="skip")
    assert [d.id for d in report.documents] == ["good"]
    assert [(s.document, s.stage) for s in report.skipped] == [("long", "extract")]
    assert report.claims
    with pytest.raises(AnalysisError) as caught:
        analyze(_docs(), limits=limits, on_error="collect")
    assert caught.value.report.skipped == report.skipped
    assert exports.from_json(exports.to_json(report)) == report
    assert exports.from_jsonl(exports.iter_jsonl(report)) == report
    with pytest.raises(ValueError, match="on_error"):
        analyze(_docs(), on_error="ignore")  # type: ignore[arg-type]


def test_a_document_failing_in_grouping_costs_only_itself(monkeypatch) -> None:
    import claimrecon.pipeline as pipeline

    real = pipeline.group_events

    def fragile(report, **kw):
        if any(d.id == "bad" for d in report.documents):
            raise OverflowError("date value out of range")
        return real(report, **kw)

    monkeypatch.setattr(pipeline, "group_events", fragile)
    docs = [Document(id="good", text=TEXT.decode()), Document(id="bad", text=TEXT.decode())]
    report = analyze(docs, on_error="skip")
    assert [d.id for d in report.documents] == ["good"]
    assert report.skipped[0].stage == "events"
    assert report.skipped[0].error == "OverflowError: date value out of range"
    assert all(c.span.doc == "good" for c in report.claims)


@pytest.mark.parametrize(("on_error", "code"), [("collect", 2), ("skip", 0)])
def test_the_cli_finishes_the_others_and_names_the_file(
    on_error: str, code: int, tmp_path: Path, capsys, monkeypatch
) -> None:
    import claimrecon.pipeline as pipeline

    real = pipeline.extract

    def fragile(doc, lexicon=None):
        if doc.id == "b":
            raise DocumentError("cannot extract claims: boom", where=doc.id)
        return real(doc, lexicon)

    monkeypatch.setattr(pipeline, "extract", fragile)
    (tmp_path / "a.txt").write_bytes(TEXT)
    (tmp_path / "b.txt").write_bytes(TEXT)
    out = tmp_path / "out.json"
    assert (
        main(["analyze", str(tmp_path), "--format", "json", "-o", str(out), "--on-error", on_error])
        == code
    )
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line == (
        f"claimrecon: error: {tmp_path / 'b.txt'}: document 'b': b: cannot extract claims: boom"
    )
    report = exports.from_json(out.read_text())
    assert [d.id for d in report.documents] == ["a"]
    assert main(["analyze", str(tmp_path), "--on-error", "raise"]) == 2
    assert str(tmp_path / "b.txt") in capsys.readouterr().err


# --- time: bounded windows, counted not timed ---------------------------------------------


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    unit=st.sampled_from(
        [
            "5 killed, ",
            "militants killed 5 people in Kabul said officials ",
            "x",
            "word ",
            " ",
            "a.b ",
            "\u00a0y",
        ]
    ),
    n=st.integers(1, 3000),
)
def test_no_sentence_is_longer_than_the_bound(unit: str, n: int) -> None:
    text = unit * n
    sentences = split_sentences(text)
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert all(s.text == text[s.start : s.end] for s in sentences)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    # The windows keep every character but white space, once and in order.
    assert "".join("".join(s.text for s in sentences).split()) == "".join(text.split())
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)


def _calls(monkeypatch, owner, name: str, measure=lambda *args: 1) -> list[int]:
    """Record ``measure`` of the arguments of every call of ``owner.name`` from now on."""
    seen: list[int] = []
    real = getattr(owner, name)

    def recording(*args):
        seen.append(measure(*args))
        return real(*args)

    monkeypatch.setattr(owner, name, recording)
    return seen


def test_a_run_on_text_is_grouped_figure_by_figure_at_any_length() -> None:
    """A text with no sentence end, 100 and 300 units long: every figure in one event.

    The events stage reads each claim within its sentence, and segmentation cuts a run-on
    text into windows of at most ``MAX_SENTENCE`` (above), so the work grows with the
    text, not with its square: ``benchmarks/adversarial.py`` measures that growth
    (families ``prose-no-stop`` and ``comma-list``, stage ``events``).
    """
    for n in (100, 300):
        text = "militants killed 5 people in Kabul said officials " * n
        report = group_events(extract_report([Document(id="d", text=text)]))
        assert len(split_sentences(text)) > 1  # read window by window
        assert len(report.claims) == n
        (event,) = report.events
        assert len(event.claims) == n and event.location == "Kabul"
        assert not report.aggregates


@pytest.mark.parametrize(("opening", "aggregate"), [("", False), ("Over the past year, ", True)])
def test_a_run_on_clause_of_figures_is_read_as_one_clause(opening: str, aggregate: bool) -> None:
    """300 figures in one clause: what the clause says holds for each of them.

    Found by benchmarks/fuzz.py (fuzz_corpus/slow_events_run_on_clause): the clause was
    read again for each figure. A period ("over the past year") makes every figure of the
    clause a count over the period; without it, all are one event of equal figures.
    """
    report = analyze([Document(id="d", text=opening + "5 killed, " * 300)])
    assert len(report.claims) == 300
    if aggregate:
        assert not report.events and len(report.aggregates) == 300
        return
    (event,) = report.events
    assert len(event.claims) == 300 and not report.aggregates
    assert not report.contradictions
    (estimate,) = report.estimates
    assert (estimate.low, estimate.best, estimate.high) == (5, 5, 5)


def test_figures_of_no_known_day_are_not_tried_as_each_others_updates(monkeypatch) -> None:
    """Count the rules' update checks: an undated figure has no later one to update it.

    300 undated figures of one speaker in one event were 630,000 checks (every pair),
    and as many when the figures all had one claim day and no publication date.
    """
    from claimrecon.rules.engine import EventContext

    checks = _calls(monkeypatch, EventContext, "updates")
    for lead in ("", "Five people were injured in Kabul on 3 May 2021, a witness said. "):
        # Undated, then all of one claim day (fuzz_corpus/slow_rules_one_claim_day).
        checks.clear()
        report = analyze([Document(id="d", text=lead + "5 killed, " * 300)])
        assert len(report.claims) >= 300
        assert len(checks) <= 3 * 300
    # A dated speaker's later figure still updates its earlier one.
    dated = analyze(
        [
            Document(id="a", text="Police said 5 were killed.", published=dt.date(2021, 5, 1)),
            Document(id="b", text="Police said 9 were killed.", published=dt.date(2021, 5, 2)),
        ]
    )
    assert not dated.contradictions


def _python_calls(work) -> int:
    """Count the Python function calls ``work()`` makes: a measure of work, not of time."""
    calls = 0

    def count(frame, event, arg) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


def test_many_figures_in_one_event_are_compared_in_linear_work() -> None:
    """The wire rule's work over one event of n witnesses' different figures grows as n.

    The issue's case (400 different figures, 28.5 s): the wire-edit rule tried every
    figure against every other for each copied passage, n cubed. Twice the witnesses
    must cost at most 2.5 times the calls (a quadratic rule costs 4 times, a cubic one 8).
    """
    work = {}
    for n in (100, 200):
        docs = [
            Document(
                id=f"d{i}",
                text=f"A suicide bomber attacked a market in Kabul on Monday. "
                f"Witness {i} said {i + 5} people were killed.",
                published=dt.date(2021, 5, 3),
            )
            for i in range(n)
        ]
        report = analyze(docs)
        assert len(report.claims) == n and len(report.events) == 1
        work[n] = _python_calls(partial(find_contradictions, report, rules=["wire-edit"]))
    assert 0 < work[200] <= 2.5 * work[100]


def _fuzz_harness():
    import importlib.util

    name = "claimrecon_fuzz_harness"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "fuzz.py")
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


FUZZ_FOUND = sorted((ROOT / "benchmarks" / "fuzz_corpus").glob("fixed_*"))


@pytest.mark.parametrize("path", FUZZ_FOUND, ids=lambda p: p.name)
def test_each_input_the_fuzzer_crashed_on_now_reads_or_refuses(path: Path, tmp_path: Path) -> None:
    """Replay each saved crash through the fuzzer's own targets: a typed error at most."""
    targets = _fuzz_harness().Targets(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        targets.run(path.read_bytes())  # an untyped exception fails the test


def test_a_name_too_long_fails_on_one_line_in_a_real_process(tmp_path: Path) -> None:
    path = str(tmp_path / ("x" * 300))
    done = _claimrecon("analyze", path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"claimrecon: error: {path}: cannot read: File name too long"
    ]


# --- hypothesis over hostile files ---------------------------------------------------------

hostile_bytes = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=100).map(lambda t: t.encode("utf-8")),
    st.text(max_size=100).map(lambda t: t.encode("utf-16")),
    st.text(max_size=100).map(lambda t: t.encode("utf-8", "surrogatepass")),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
file_names = st.one_of(
    st.sampled_from(
        [
            "../x.txt",
            "/etc/passwd",
            "/dev/zero",
            "a.txt",
            "",
            ".",
            "..",
            "sub/..",
            "a.txt/..",
            "//",
            "\\\\..\\x",
        ]
    ),
    st.text(max_size=20),
    json_values,
)


def _on_files(examples: int):
    """Settings of a property that writes its inputs to ``tmp_path``, a slow fixture it reuses."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@_on_files(150)
@given(data=hostile_bytes)
def test_any_bytes_read_or_refuse(data: bytes, tmp_path: Path) -> None:
    for suffix in (".txt", ".jsonl", ".json"):
        path = tmp_path / f"f{suffix}"
        path.write_bytes(data)
        try:
            docs = list(read_documents([path]))
        except InputError as exc:
            assert str(path) in str(exc)
            continue
        for doc in docs:
            assert "\x00" not in doc.text
            exports.to_json(analyze([doc]))  # whatever was read can be written


@_on_files(150)
@given(
    entries=st.lists(
        st.fixed_dictionaries({"id": json_values}, optional={"file": file_names}), max_size=3
    )
    | json_values
)
def test_any_manifest_reads_inside_or_refuses(entries: object, tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_bytes(TEXT)
    (folder / "documents.json").write_text(
        json.dumps({"format": "claimrecon-gold/1", "documents": entries})
    )
    try:
        docs = list(read_documents([folder]))
    except InputError as exc:
        assert "documents.json" in str(exc) or str(folder) in str(exc)
        return
    assert all(doc.text == TEXT.decode() for doc in docs)


@_on_files(100)
@given(
    raw=st.fixed_dictionaries(
        {"format": st.just("claimrecon-gold/1")},
        optional={"documents": json_values, "claims": json_values, "events": json_values},
    )
    | json_values
)
def test_any_gold_shape_reads_or_refuses(raw: object, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT)
    (tmp_path / "gold.json").write_text(json.dumps(raw))
    with contextlib.suppress(GoldFormatError):
        read_gold(tmp_path / "gold.json")


@settings(max_examples=50, deadline=None)
@given(data=json_values)
def test_any_lexicon_shape_loads_or_refuses(data: object) -> None:
    with contextlib.suppress(LexiconError):
        Lexicon.default().extend(data)  # type: ignore[arg-type]
