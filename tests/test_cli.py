from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimrecon import cli, exports
from claimrecon.cli import main
from claimrecon.gold import read_gold
from claimrecon.models import Report
from tests.samples import sample_report


class Canned:
    """The hand-built report the CLI's analysis returns, and what the CLI passed in."""

    def __init__(self) -> None:
        self.report = sample_report()
        self.documents: list = []
        self.lexicon = None
        self.policy = None

    def __call__(self, documents, *, lexicon=None, policy="ucdp", **options) -> Report:
        self.documents = list(documents)
        self.lexicon = lexicon
        self.policy = policy
        return self.report


@pytest.fixture
def canned(monkeypatch) -> Canned:
    """Make the CLI's analysis return the hand-built report, whatever it reads."""
    fake = Canned()
    monkeypatch.setattr(cli, "analyze", fake)
    return fake


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimrecon: error: ")
    assert "Traceback" not in err
    return lines[0]


# --- help ----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["analyze"], ["evaluate"], ["schema"], ["rules"]])
def test_every_command_has_help(command, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: claimrecon")


def test_no_command_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2


def test_an_unknown_format_is_a_usage_error(seeds_dir, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(seeds_dir), "--format", "xml"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


# --- analyze -----------------------------------------------------------------------------


def test_analyze_reads_a_folder_with_its_metadata(seeds_dir, canned, capsys) -> None:
    assert main(["analyze", str(seeds_dir)]) == 0
    documents = canned.documents
    assert len(documents) == 5
    assert {d.outlet for d in documents} >= {"Newsweek", "The New Arab"}
    assert canned.policy == "ucdp"
    out = capsys.readouterr().out
    assert "== Event ministry-attack" in out
    assert "around ten <attackers> against seven killed when all died" in out


def test_analyze_reads_text_files_and_json_lines(tmp_path, canned) -> None:
    (tmp_path / "a.txt").write_text("Two people were killed.", encoding="utf-8")
    lines = tmp_path / "more.jsonl"
    lines.write_text(
        '{"id": "b", "text": "Three were wounded.", "published": "2020-01-02"}\n\n'
        '{"id": "c", "text": "Calm."}\n',
        encoding="utf-8",
    )
    assert main(["analyze", str(tmp_path / "a.txt"), str(lines)]) == 0
    documents = canned.documents
    assert [d.id for d in documents] == ["a", "b", "c"]
    assert str(documents[1].published) == "2020-01-02"


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("text", lambda out, r: "== Event ministry-attack" in out),
        ("json", lambda out, r: exports.from_json(out) == r),
        ("jsonl", lambda out, r: exports.from_jsonl(out.splitlines()) == r),
        (
            "csv",
            lambda out, r: (
                sum(row["table"] == "claims" for row in csv.DictReader(io.StringIO(out)))
                == len(r.claims)
            ),
        ),
        ("markdown", lambda out, r: out.startswith("# claimrecon report")),
        ("html", lambda out, r: out.startswith("<!DOCTYPE html>") and "<script" not in out),
    ],
)
def test_analyze_formats_on_stdout(fmt, check, seeds_dir, canned, capsys) -> None:
    assert main(["analyze", str(seeds_dir), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert check(out, canned.report)


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown", "html"])
def test_analyze_writes_to_a_file(fmt, seeds_dir, canned, tmp_path, capsys) -> None:
    target = tmp_path / f"report.{fmt}"
    assert main(["analyze", str(seeds_dir), "--format", fmt, "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == exports.renderers.get(fmt)(canned.report)


def test_analyze_csv_to_a_folder_writes_one_file_a_table(seeds_dir, canned, tmp_path) -> None:
    out = tmp_path / "tables"
    assert main(["analyze", str(seeds_dir), "--format", "csv", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in exports.TABLES)
    with (out / "contradictions.csv").open(newline="", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["explanation"] == canned.report.contradictions[0].explanation


def test_analyze_csv_to_a_csv_file_stacks_the_tables(seeds_dir, canned, tmp_path) -> None:
    target = tmp_path / "all.csv"
    assert main(["analyze", str(seeds_dir), "--format", "csv", "-o", str(target)]) == 0
    with target.open(newline="", encoding="utf-8") as handle:
        tables = {row["table"] for row in csv.DictReader(handle)}
    assert tables == set(exports.TABLES)


def test_analyze_passes_policy_and_lexicon(seeds_dir, canned, tmp_path) -> None:
    extra = tmp_path / "lex.json"
    extra.write_text(json.dumps({"sources": {"nouns": {"civil defence": "official"}}}))
    assert main(["analyze", str(seeds_dir), "--policy", "ibc", "--lexicon", str(extra)]) == 0
    assert canned.policy == "ibc"
    lexicon = canned.lexicon
    assert lexicon.sources.nouns["civil defence"].value == "official"


def test_fail_on_contradiction_exits_1_when_there_are_some(seeds_dir, canned, capsys) -> None:
    assert main(["analyze", str(seeds_dir), "--fail-on-contradiction"]) == 1
    # The report is still printed.
    assert "Contradictions:" in capsys.readouterr().out


def test_fail_on_contradiction_exits_0_when_there_are_none(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(cli, "analyze", lambda documents, **kw: Report())
    (tmp_path / "a.txt").write_text("Calm.", encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--fail-on-contradiction", "-o", "/dev/null"]) == 0


def test_contradictions_alone_exit_0(seeds_dir, canned) -> None:
    assert main(["analyze", str(seeds_dir), "-o", "/dev/null"]) == 0


# --- gold and evaluate ---------------------------------------------------------------------


def test_gold_output_reads_back_from_where_it_was_written(seeds_dir, tmp_path, capsys) -> None:
    target = tmp_path / "sub" / "pred.json"
    target.parent.mkdir()
    assert main(["analyze", str(seeds_dir), "--format", "gold", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "claimrecon-gold/1"
    assert len(data["documents"]) == 5
    # The files point back at the seeds, relative to the prediction file: outside its
    # folder, so reading them needs a wider root.
    root = Path(os.path.commonpath([target.parent.resolve(), seeds_dir.resolve()]))
    predicted = read_gold(target, root=root)
    assert set(predicted.texts) == {d["id"] for d in data["documents"]}
    gold = str(seeds_dir / "gold.json")
    assert main(["evaluate", "--gold", gold, "--predictions", str(target)]) == 0
    assert "figures" in capsys.readouterr().out


def test_gold_output_of_a_hand_built_report_round_trips(tmp_path, canned, monkeypatch) -> None:
    doc = canned.report.documents[0]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d1.txt").write_text(doc.text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "docs/d1.txt", "--format", "gold", "-o", "pred.json"]) == 0
    back = read_gold(tmp_path / "pred.json").to_report()
    assert {c.id for c in back.claims} == {c.id for c in canned.report.claims}
    assert {x.id for x in back.contradictions} == {x.id for x in canned.report.contradictions}


def test_gold_on_stdout_points_at_files_from_the_working_folder(
    seeds_dir, tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", str(seeds_dir), "--format", "gold"]) == 0
    (tmp_path / "pred.json").write_text(capsys.readouterr().out, encoding="utf-8")
    root = Path(os.path.commonpath([tmp_path.resolve(), seeds_dir.resolve()]))
    assert len(read_gold(tmp_path / "pred.json", root=root).texts) == 5


def test_evaluate_gold_against_itself_is_perfect(seeds_dir, capsys) -> None:
    gold = str(seeds_dir / "gold.json")
    assert main(["evaluate", "--gold", gold, "--predictions", gold, "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["figures"]["f1"] == 1.0
    assert scores["attributions"]["f1"] == 1.0
    assert scores["contradictions"]["recall"] == 1.0
    assert scores["events"]["bcubed_f1"] == 1.0


def test_evaluate_prints_scores_then_misses(seeds_dir, capsys) -> None:
    assert main(["evaluate", "--gold", str(seeds_dir / "gold.json")]) == 0
    out = capsys.readouterr().out
    for line in ("figures", "attributions", "events", "contradictions"):
        assert any(row.startswith(line) for row in out.splitlines()), line
    assert " P " in out
    assert " R " in out
    assert "F1" in out


def test_evaluate_over_a_path(seeds_dir, monkeypatch, capsys) -> None:
    seen = []

    def no_claims(documents, **kwargs):
        seen.extend(documents)
        return Report(documents=tuple(seen))

    monkeypatch.setattr(cli, "analyze", no_claims)
    assert main(["evaluate", "--gold", str(seeds_dir / "gold.json"), str(seeds_dir), "--json"]) == 0
    assert len(seen) == 5
    assert json.loads(capsys.readouterr().out)["figures"]["recall"] == 0.0


def test_evaluate_rejects_a_bad_gold_file_in_one_line(tmp_path, capsys) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text('{"format": "claimrecon-gold/0", "documents": []}', encoding="utf-8")
    assert main(["evaluate", "--gold", str(bad)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert str(bad) in line
    assert "claimrecon-gold/0" in line


def test_evaluate_rejects_documents_the_gold_does_not_have(seeds_dir, tmp_path, capsys) -> None:
    (tmp_path / "other.txt").write_text("Two people were killed.", encoding="utf-8")
    gold = str(seeds_dir / "gold.json")
    assert main(["evaluate", "--gold", gold, str(tmp_path / "other.txt")]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert gold in line
    assert "'other' is not in the gold file" in line


def test_evaluate_needs_gold(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate"])
    assert exit_info.value.code == 2
    assert "--gold" in capsys.readouterr().err


# --- input errors: exit 2, one line naming the file ---------------------------------------


def test_a_missing_path_exits_2_naming_it(tmp_path, capsys) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["analyze", str(missing)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert str(missing) in line
    assert "no such file or folder" in line


def test_a_bad_json_lines_file_exits_2_naming_the_line(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "ok"}\n{"id": "b"}\n', encoding="utf-8")
    assert main(["analyze", str(bad)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert str(bad) in line
    assert "line 2" in line


def test_a_bad_manifest_exits_2(tmp_path, capsys) -> None:
    (tmp_path / "documents.json").write_text('{"format": "other/9", "documents": []}')
    assert main(["analyze", str(tmp_path)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "documents.json" in line
    assert "other/9" in line


def test_a_bad_lexicon_exits_2_in_one_line(seeds_dir, tmp_path, capsys) -> None:
    lexicon = tmp_path / "lex.json"
    lexicon.write_text(json.dumps({"figures": {"number_words": {"seven": "many"}}}))
    assert main(["analyze", str(seeds_dir), "--lexicon", str(lexicon)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert str(lexicon) in line


def test_an_unwritable_output_exits_2(seeds_dir, canned, tmp_path, capsys) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.json"
    assert main(["analyze", str(seeds_dir), "--format", "json", "-o", str(target)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert str(target) in line


# --- progress ------------------------------------------------------------------------------


# The progress bar over every stage: tests/test_conveniences.py.


# --- schema and rules ----------------------------------------------------------------------


def test_schema_prints_the_report_schema(capsys) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Report"
    assert "claims" in schema["properties"]


def test_rules_lists_names_with_descriptions(capsys) -> None:
    from claimrecon.rules import default_registry

    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(default_registry)
    by_name = {line.split()[0]: line for line in lines}
    for item in default_registry:
        line = by_name[item.name]
        assert f"({item.kind.value}, {item.severity.value})" in line
        assert line.endswith(item.doc.strip().splitlines()[0])


def test_rules_marks_a_switched_off_rule(capsys) -> None:
    from claimrecon.rules import default_registry

    name = default_registry.names()[0]
    default_registry.disable(name)
    try:
        assert main(["rules"]) == 0
    finally:
        default_registry.enable(name)
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith(name + " ")]
    assert ", off)" in line


# --- the real pipeline, end to end ---------------------------------------------------------


def test_analyze_the_seeds_for_real(seeds_dir, capsys) -> None:
    assert main(["analyze", str(seeds_dir), "--format", "json"]) == 0
    report = exports.from_json(capsys.readouterr().out)
    assert len(report.documents) == 5
    assert report.contradictions
    # The readable report shows every contradiction with its explanation.
    assert main(["analyze", str(seeds_dir), "--fail-on-contradiction"]) == 1
    text = capsys.readouterr().out
    for contradiction in report.contradictions:
        assert contradiction.explanation in text


def test_python_dash_m_runs(seeds_dir) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimrecon", "analyze", str(seeds_dir / "nope")],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "nope: no such file or folder" in done.stderr


def _help(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Return what ``claimrecon ARGS --help`` prints."""
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_the_cli_reference_documents_every_command_and_option(capsys) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text()
    commands = re.findall(r"^ {4}([a-z]+) {2,}", _help([], capsys), flags=re.MULTILINE)
    assert "analyze" in commands and "report" in commands
    for name in commands:
        assert f"## {name}" in page, name
        shown = _help([name], capsys)
        for option in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", shown):
            assert f"`{option}" in page or f"{option}" in page, (name, option)
        for choices in re.findall(r"\{([^{}\s]+)\}", shown):
            for choice in choices.split(","):
                assert choice in page, (name, choice)


def test_predictions_used_as_gold_score_perfectly(seeds_dir, tmp_path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in seeds_dir.iterdir():
        if path.name != "gold.json":
            (corpus / path.name).write_bytes(path.read_bytes())
    gold = corpus / "gold.json"
    assert main(["analyze", str(corpus), "--format", "gold", "-o", str(gold)]) == 0
    assert main(["evaluate", "--gold", str(gold), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    for part in ("figures", "attributions", "contradictions"):
        assert scores[part]["precision"] == 1.0, part
        assert scores[part]["recall"] == 1.0, part
    assert scores["events"]["bcubed_f1"] == 1.0
