"""The docs run as written: every fenced block is run, checked as output, or says why not.

The pages run with ``pytest -m howto``, a step of its own in ``.ci/run``.

A block is marked by an HTML comment on the line before it, which the rendered page does
not show:

- ``<!-- runnable -->``: the block is run, in order with the page's other runnable blocks;
- ``<!-- output -->``: the block is what the runnable block before it prints, and is
  checked against it line by line (trailing spaces and blank lines aside);
- ``<!-- output: excerpt -->``: the same, shortened: a line ``[... what was left out ...]``
  stands for lines left out, and the parts between such lines must each appear in the
  output, in order;
- ``<!-- not-run: REASON -->``: the block is not run, for the reason given (it needs a
  cluster, it installs into a fresh environment, it is a command's synopsis).

Each page runs in a fresh folder holding only a copy of the checkout's ``seeds/`` (the
pages are followed from a checkout): every other input a page uses, it creates itself.
``bash`` blocks run in bash with ``claimrecon`` on the PATH (this worktree's package),
``python`` blocks in one namespace: the page is one program run in a process of its own.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# The pages a reader follows. reliability.md (the fuzzing page) shows what hostile input
# prints and how to run the fuzzer for hours: its blocks are not part of this check.
PAGES = sorted(
    [
        *(DOCS / "how-to").glob("*.md"),
        *(DOCS / n for n in ("getting-started.md", "exports.md", "estimates.md", "events.md")),
        *(DOCS / n for n in ("independence.md", "cli.md")),
        ROOT / "README.md",
    ]
)
FENCE = re.compile(
    r"(?:<!-- (?P<mark>[^>]*?) -->\n)?^```(?P<lang>[\w-]*)[^\n]*\n(?P<code>.*?)^```$",
    re.DOTALL | re.MULTILINE,
)


def blocks(page: Path) -> list[tuple[str, str, str]]:
    """Return each fenced block of a page as (marker, language, code)."""
    text = page.read_text(encoding="utf-8")
    return [(m["mark"] or "", m["lang"], m["code"].rstrip("\n")) for m in FENCE.finditer(text)]


def runnable(page: Path) -> list[tuple[str, str]]:
    return [(lang, code) for mark, lang, code in blocks(page) if mark == "runnable"]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shim = tmp_path / ".bin"
    shim.mkdir()
    (shim / "claimrecon").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m claimrecon "$@"\n')
    (shim / "claimrecon").chmod(0o755)
    monkeypatch.setenv("PATH", f"{shim}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.chdir(tmp_path)
    return tmp_path


# The page's program: these helpers, then one call a block, under a main guard (Dask's
# worker processes start by importing the main module, and must not run the page again).
_HELPERS = r"""
import contextlib as _howto_contextlib
import io as _howto_io
import re as _howto_re
import subprocess as _howto_subprocess
import sys as _howto_sys


def _howto_python(code, where):
    out = _howto_io.StringIO()
    with _howto_contextlib.redirect_stdout(out):
        exec(compile(code, where, "exec"), globals())
    _howto_sys.stdout.write(out.getvalue())
    return out.getvalue()


def _howto_bash(code, where):
    done = _howto_subprocess.run(
        ["bash", "-euo", "pipefail", "-c", code], capture_output=True, text=True
    )
    _howto_sys.stdout.write(done.stdout)
    assert done.returncode == 0, f"{where}: exit {done.returncode}\n{done.stderr[-3000:]}"
    return done.stdout


def _howto_lines(text):
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _howto_check(printed, expected, excerpt, where):
    got = _howto_lines(printed)
    if not excerpt:
        assert got == _howto_lines(expected), (
            f"{where}: the page shows\n{expected}\n--- but the block printed\n{printed}"
        )
        return
    parts, part = [], []
    for line in _howto_lines(expected):
        if _howto_re.match(r"^\[\.\.\..*\.\.\.\]$", line):
            parts.append(part)
            part = []
        else:
            part.append(line)
    parts.append(part)
    at = 0
    for part in (p for p in parts if p):
        found = next(
            (i for i in range(at, len(got) - len(part) + 1) if got[i : i + len(part)] == part),
            None,
        )
        assert found is not None, (
            f"{where}: these lines of the page are not in the output, in order:\n"
            + "\n".join(part) + f"\n--- the block printed\n{printed}"
        )
        at = found + len(part)
"""


def script(page: Path) -> str:
    """Return a page's blocks as one Python program: each runnable block run, each output
    block checked against what the runnable block before it printed."""
    calls, number = [], 0
    for mark, language, code in blocks(page):
        if mark == "runnable":
            number += 1
            where = f"{page.name}, runnable block {number}"
            if language not in ("bash", "python"):
                raise AssertionError(f"{where}: cannot run {language!r}")
            calls.append(f"printed = _howto_{language}({code!r}, {where!r})")
        elif mark.startswith("output"):
            where = f"{page.name}, the output of runnable block {number}"
            assert number, f"{page.name}: an output block before any runnable block"
            excerpt = mark == "output: excerpt"
            calls.append(f"_howto_check(printed, {code!r}, {excerpt!r}, {where!r})")
    body = "\n".join(f"    {call}" for call in calls) or "    pass"
    main = "\n\nif __name__ == '__main__':\n    _howto_main()\n"
    return f"{_HELPERS}\n\ndef _howto_main():\n{body}\n{main}"


@pytest.mark.howto
@pytest.mark.parametrize("page", [p for p in PAGES if runnable(p)], ids=lambda p: p.stem)
def test_the_runnable_blocks_of_a_page_run(page: Path, folder: Path) -> None:
    # A process of its own: a page's rules and policies register in its registries only.
    (folder / "page.py").write_text(script(page), encoding="utf-8")
    done = subprocess.run([sys.executable, "page.py"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_block_is_run_checked_or_says_why_not(page: Path) -> None:
    for mark, language, code in blocks(page):
        known = mark in ("runnable", "output", "output: excerpt", "synopsis") or re.fullmatch(
            r"not-run: \S.{8,}", mark
        )
        assert known, (page.name, mark, language, code[:80])


def test_every_how_to_has_runnable_blocks() -> None:
    assert all(runnable(p) for p in PAGES if p.parent.name == "how-to")


def test_an_excerpt_must_appear_in_order() -> None:
    namespace: dict = {}
    exec(_HELPERS, namespace)
    check = namespace["_howto_check"]
    check("a\nb\nc\nd\n", "a\n[... one ...]\nc\nd", True, "here")
    with pytest.raises(AssertionError, match="not in the output"):
        check("a\nb\nc\nd\n", "c\n[... one ...]\na", True, "here")
    with pytest.raises(AssertionError, match="the page shows"):
        check("a\nb\n", "a\nc", False, "here")


def test_every_install_line_works_from_a_checkout() -> None:
    for page in [*ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md"]:
        for line in page.read_text(encoding="utf-8").splitlines():
            if "pip install" in line and "claimrecon" in line:
                # The package is not on a registry: from a checkout it is ".[extra]".
                assert not re.search(r"""pip install\s+["']?claimrecon""", line), (page, line)


def synopsis(command: str) -> str:
    """Return a command's usage as ``--help`` prints it, without ``usage: ``, at 92 columns."""
    import contextlib
    import io

    from claimrecon.cli import main

    out = io.StringIO()
    os.environ["COLUMNS"] = "92"
    try:
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exited:
            main([command, "--help"] if command else ["--help"])
    finally:
        del os.environ["COLUMNS"]
    assert exited.value.code == 0
    usage = out.getvalue().split("\n\n", 1)[0].strip()
    first, *rest = usage.removeprefix("usage: ").splitlines()
    return "\n".join([first, *(line[len("usage: ") :] for line in rest)])


def test_every_synopsis_is_the_commands_usage() -> None:
    found = 0
    for page in PAGES:
        for mark, _language, code in blocks(page):
            if mark == "synopsis":
                command = code.split()[1] if not code.split()[1].startswith("[") else ""
                assert code == synopsis(command), f"{page.name}: the synopsis of {command!r}"
                found += 1
    assert found == 7
