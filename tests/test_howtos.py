"""The how-tos run as written: every fenced block marked runnable is executed, in order.

The pages run with ``pytest -m howto``, a step of its own in ``.ci/run``.

A block is marked by an HTML comment on the line before it, ``<!-- runnable -->``, which
the rendered page does not show. Each page runs in a fresh folder holding only a copy of
the checkout's ``seeds/`` (the pages are followed from a checkout): every other input a
page uses, it creates itself. ``bash`` blocks run in bash with ``claimrecon`` on the PATH
(this worktree's package), ``python`` blocks in one namespace: the page is one program
run in a process of its own.
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
PAGES = sorted([*(ROOT / "docs" / "how-to").glob("*.md"), ROOT / "docs" / "getting-started.md"])
BLOCK = re.compile(r"<!-- runnable -->\n```(\w+)[^\n]*\n(.*?)\n```", re.DOTALL)


def runnable(page: Path) -> list[tuple[str, str]]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


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


def script(page: Path) -> str:
    """Return a page's runnable blocks as one Python program, each bash block a call."""
    parts = ["import subprocess"]
    for number, (language, code) in enumerate(runnable(page), start=1):
        where = f"{page.name}, runnable block {number}"
        if language == "bash":
            parts.append(
                f"done = subprocess.run(['bash', '-euo', 'pipefail', '-c', {code!r}])\n"
                f"assert done.returncode == 0, {where!r}"
            )
        elif language == "python":
            parts.append(f"# {where}\n{code}")
        else:
            raise AssertionError(f"{where}: cannot run {language!r}")
    return "\n\n".join(parts) + "\n"


@pytest.mark.howto
@pytest.mark.parametrize("page", [p for p in PAGES if runnable(p)], ids=lambda p: p.stem)
def test_the_runnable_blocks_of_a_page_run(page: Path, folder: Path) -> None:
    # A process of its own: a page's rules and policies register in its registries only.
    (folder / "page.py").write_text(script(page), encoding="utf-8")
    done = subprocess.run([sys.executable, "page.py"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]


def test_every_how_to_has_runnable_blocks() -> None:
    assert all(runnable(p) for p in PAGES if p.parent.name == "how-to" and p.stem != "scale")


def test_every_install_line_works_from_a_checkout() -> None:
    for page in [*ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md"]:
        for line in page.read_text(encoding="utf-8").splitlines():
            if "pip install" in line and "claimrecon" in line:
                # The package is not on a registry: from a checkout it is ".[extra]".
                assert not re.search(r"""pip install\s+["']?claimrecon""", line), (page, line)
