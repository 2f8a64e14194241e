"""What a user expects of a command line and a library: version, loudness, standard input,
Ctrl-C, progress over every stage, defaults from a file, names from the registries."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import textwrap
from pathlib import Path

import pytest

import claimrecon
from claimrecon import cli, exports
from claimrecon.cli import PROGRESS_THRESHOLD, main
from claimrecon.models import Document, Report

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Gunmen killed 5 people in Kabul on Monday, police said. Officials said 9 were killed."


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"claimrecon {claimrecon.__version__}\n"


def test_quiet_hides_decoding_warnings_and_verbose_shows_the_log(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_bytes(b"5 people were killed \xff.")
    args = ["analyze", str(tmp_path / "a.txt"), "--encoding-errors", "replace"]
    assert main(args) == 0
    assert "warning" in capsys.readouterr().err
    assert main(["-q", *args]) == 0
    assert capsys.readouterr().err == ""
    assert main([*args, "-v"]) == 0
    assert "claimrecon: extracted 1 claims from 1 documents" in capsys.readouterr().err


def test_a_dash_reads_text_or_json_lines_from_standard_input(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    assert main(["analyze", "-", "--format", "json"]) == 0
    report = exports.from_json(capsys.readouterr().out)
    assert [d.id for d in report.documents] == ["stdin"]
    lines = "\n".join(json.dumps({"id": i, "text": TEXT}) for i in ("a", "b")) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert main(["analyze", "-", "--format", "json"]) == 0
    assert [d.id for d in exports.from_json(capsys.readouterr().out).documents] == ["a", "b"]


def test_a_bad_line_on_standard_input_is_one_line_naming_it(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "a"}\n')))
    assert main(["analyze", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("claimrecon: error: <stdin>") and "line 1" in err
    assert err.count("\n") == 1


def _ctrl_c_as_at_a_terminal() -> None:
    # A run started in the background of a shell inherits Ctrl-C ignored, and Python keeps
    # it so; at a terminal, where a user presses it, it has its default action.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_with_one_line() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimrecon", "analyze", "-", "-v"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )
    assert proc.stderr is not None
    # It says when it starts waiting on standard input: then it is inside main().
    assert proc.stderr.readline() == b"claimrecon: reading documents from standard input\n"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err == b"claimrecon: interrupted\n"


def test_an_interrupt_anywhere_in_a_run_is_caught(monkeypatch, capsys) -> None:
    def interrupted(*args: object, **kwargs: object) -> Report:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "analyze", interrupted)
    assert main(["analyze", str(ROOT / "seeds")]) == 130
    assert capsys.readouterr().err == "claimrecon: interrupted\n"


# --- progress ------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_analyze_tells_progress_through_every_stage() -> None:
    seen: list[tuple[str, int, int]] = []
    docs = [Document(id=f"d{i}", text=TEXT) for i in range(3)]
    claimrecon.analyze(docs, progress=lambda *step: seen.append(step))
    assert seen[:3] == [("extract", 1, 3), ("extract", 2, 3), ("extract", 3, 3)]
    stages = [stage for stage, done, _ in seen[3:] if done]
    assert stages == ["events", "roots", "rules", "estimates"]


def _folder_of(n: int, tmp_path: Path) -> Path:
    """Return a folder of ``n`` short text files, one document each."""
    folder = tmp_path / f"{n}-documents"
    folder.mkdir()
    for i in range(n):
        (folder / f"d{i}.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _on_a_terminal(args: list[str]) -> str:
    """Run the CLI in a real process, its standard error a terminal; return what it showed."""
    master, slave = pty.openpty()
    # A new pseudo-terminal is 0 columns wide, and the bar fits itself to the width.
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "claimrecon", *args],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=slave,
        )
    finally:
        os.close(slave)
    shown = bytearray()
    try:
        while select.select([master], [], [], 120)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the process has closed the terminal
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert proc.wait(timeout=120) == 0
    return shown.decode("utf-8", "replace")


def test_the_bar_names_each_stage_on_a_terminal(tmp_path: Path) -> None:
    shown = _on_a_terminal(["analyze", str(_folder_of(7, tmp_path))])
    assert "claimrecon: extract" in shown
    for stage in ("events", "roots", "rules", "estimates"):
        assert f"claimrecon: {stage}" in shown
    assert "11/11" in shown  # a step a document, then a step a stage


@pytest.mark.parametrize(
    ("documents", "terminal", "flags"),
    [(7, False, []), (7, True, ["--no-progress"]), (PROGRESS_THRESHOLD, True, [])],
    ids=["not-a-terminal", "no-progress", "few-documents"],
)
def test_no_bar_off_a_terminal_with_no_progress_or_few_documents(
    documents: int, terminal: bool, flags: list[str], tmp_path: Path, monkeypatch
) -> None:
    stderr = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["analyze", *flags, str(_folder_of(documents, tmp_path))]) == 0
    assert stderr.getvalue() == ""


# --- names from the registries, and defaults from a file ---------------------------------

PLUGIN = textwrap.dedent(
    """
    import claimrecon


    @claimrecon.policy("always-seven")
    def always_seven(ctx):
        \"\"\"Say seven, whatever the sources say.\"\"\"
        return ctx.estimate(low=7, best=7, high=7)
    """
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "myplugin.py").write_text(PLUGIN)
    (tmp_path / "a.txt").write_text(TEXT)
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    from claimrecon.estimates import default_policies

    if "always-seven" in default_policies:
        default_policies.remove("always-seven")
    sys.modules.pop("myplugin", None)


def test_a_users_policy_is_chosen_by_name_from_a_plugin(project: Path, capsys) -> None:
    argv = ["analyze", "a.txt", "--plugin", "myplugin", "--policy", "always-seven"]
    assert main([*argv, "--format", "json"]) == 0
    report = exports.from_json(capsys.readouterr().out)
    assert {(e.policy, e.best) for e in report.estimates} == {("always-seven", 7)}


def test_defaults_come_from_pyproject(project: Path, capsys) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.claimrecon]\nplugins = ["myplugin"]\npolicy = "always-seven"\n'
        'disable = ["figure-disagreement"]\ntolerance = 0.5\n'
    )
    assert main(["analyze", "a.txt", "--format", "json"]) == 0
    report = exports.from_json(capsys.readouterr().out)
    assert {e.policy for e in report.estimates} == {"always-seven"}
    assert not [x for x in report.contradictions if x.rule == "figure-disagreement"]
    # A flag wins over the file.
    assert main(["analyze", "a.txt", "--format", "json", "--policy", "ibc"]) == 0
    assert {e.policy for e in exports.from_json(capsys.readouterr().out).estimates} == {"ibc"}


def test_claimrecon_toml_in_a_parent_folder_and_its_mistakes(project: Path, capsys) -> None:
    (project / "claimrecon.toml").write_text('policy = "acled"\n')
    (project / "sub").mkdir()
    os.chdir(project / "sub")
    assert main(["analyze", "../a.txt", "--format", "json"]) == 0
    assert {e.policy for e in exports.from_json(capsys.readouterr().out).estimates} == {"acled"}
    (project / "claimrecon.toml").write_text('polcy = "acled"\n')
    assert main(["analyze", "../a.txt"]) == 2
    err = capsys.readouterr().err
    assert "claimrecon.toml" in err and "unknown key 'polcy'" in err and err.count("\n") == 1


def test_unknown_names_are_one_line_listing_the_known(capsys) -> None:
    assert main(["analyze", str(ROOT / "seeds"), "--disable", "nope"]) == 2
    err = capsys.readouterr().err
    assert "unknown rule 'nope'" in err and "figure-disagreement" in err
    assert main(["analyze", str(ROOT / "seeds"), "--policy", "nope"]) == 2
    assert "known: acled, ibc, truthfinder, ucdp" in capsys.readouterr().err


def test_analyze_takes_rules_disable_and_tolerance() -> None:
    docs = list(claimrecon.read_documents([ROOT / "seeds"]))
    every = claimrecon.analyze(docs)
    assert {x.rule for x in every.contradictions} >= {"figure-disagreement"}
    without = claimrecon.analyze(docs, disable=["figure-disagreement"])
    assert "figure-disagreement" not in {x.rule for x in without.contradictions}
    only = claimrecon.analyze(docs, rules=["attribution-conflict"])
    assert {x.rule for x in only.contradictions} <= {"attribution-conflict"}
    loose = claimrecon.analyze(docs, tolerance=claimrecon.Tolerance(relative=5, absolute=100))
    assert len(loose.contradictions) <= len(every.contradictions)


# --- the API's traps -----------------------------------------------------------------------


def test_from_jsonl_takes_a_path_text_or_lines(tmp_path: Path) -> None:
    report = claimrecon.analyze([Document(id="d1", text=TEXT)])
    lines = list(exports.iter_jsonl(report))
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n")
    for source in (str(tmp_path / "r.jsonl"), tmp_path / "r.jsonl", "\n".join(lines), lines):
        assert claimrecon.from_jsonl(source) == report


def test_a_report_shows_short_and_as_a_table_in_a_notebook() -> None:
    report = claimrecon.analyze(claimrecon.read_documents([ROOT / "seeds"]))
    assert repr(report) == (
        f"Report(5 documents, {len(report.claims)} claims, 8 events, "
        f"{len(report.contradictions)} contradictions, {len(report.estimates)} estimates)"
    )
    shown = report._repr_html_()
    assert shown.count("<tr>") == 1 + len(report.events)
    assert "ev-kabul-ministry-2018-05-30" in shown and "killed (low / best / high)" in shown
    assert len(shown) < 10_000


def test_the_html_report_has_a_viewport_documents_and_a_chart_slot(monkeypatch) -> None:
    report = claimrecon.analyze(claimrecon.read_documents([ROOT / "seeds"]))
    page = exports.to_html(report)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "<td>Newsweek</td>" in page and "<td>2018-05-30</td>" in page
    figures = [x for x in report.contradictions if x.kind.value in ("figure", "revision")]
    assert page.count('<figure class="chart"><svg') == len(figures) > 0
    slot = exports.render.Markup("<svg id='c'></svg>")
    monkeypatch.setattr(exports.render, "chart", lambda r, x: slot)
    page = exports.to_html(report)
    assert page.count("<figure class=\"chart\"><svg id='c'></svg></figure>") == len(
        report.contradictions
    )


def test_a_documents_repr_shows_the_start_of_its_text_and_its_length() -> None:
    text = "Two people were killed in Kabul on Monday, officials said. " * 100
    shown = repr(Document(id="d1", text=text, outlet="AFP"))
    assert len(shown) < 200
    assert "'Two people were killed" in shown and "(5,900 characters)" in shown
    assert "outlet='AFP'" in shown
    assert "text='Two people.'" in repr(Document(id="d2", text="Two people."))
