"""Check the built API reference as a reader sees it: in headless Chromium.

Usage: ``python docs/check.py SITE_DIR`` after ``mkdocs build``. Each page under
``reference/`` is loaded in the browser and its rendered DOM read back; the check fails,
naming page and problem, on:

- a Sphinx role shown as text (``:class:`Report```) instead of a link;
- a doctest prompt (``>>>``) outside a code block, or a quote block, which is what a
  doctest becomes when its prompts are lost;
- an ``Examples`` section without a code block holding prompts;
- a member of a public enum of ``claimrecon.models`` missing, or shown without its value.

Chromium is found as ``chromium`` or ``chromium-browser`` on the PATH (or ``$CHROMIUM``).
"""

from __future__ import annotations

import enum
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|exc|obj|const):`")


class _Page(HTMLParser):
    """Split a page's text into what is in code blocks and what is not."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = {"pre": 0, "code": 0, "blockquote": 0}
        self.prose: list[str] = []
        self.code: list[str] = []
        self.quotes = 0
        self.pending_examples = 0
        self.examples_without_prompts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.depth:
            self.depth[tag] += 1
            if tag == "blockquote":
                self.quotes += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth.get(tag):
            self.depth[tag] -= 1

    def handle_data(self, data: str) -> None:
        if self.depth["pre"]:
            self.code.append(data)
            if ">>>" in data:
                self.pending_examples = 0
            return
        if data.strip() == "Examples:":
            if self.pending_examples:
                self.examples_without_prompts += 1
            self.pending_examples = 1
        (self.code if self.depth["code"] else self.prose).append(data)


def _browser() -> str:
    found = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not found:
        sys.exit("docs/check.py: no chromium on the PATH (apt-get install chromium)")
    return found


def render(browser: str, page: Path) -> str:
    """Return the DOM of a page after Chromium has loaded it."""
    done = subprocess.run(
        [browser, *FLAGS, "--dump-dom", page.resolve().as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def problems(dom: str) -> list[str]:
    """Return what is wrong with one rendered reference page."""
    page = _Page()
    page.feed(dom)
    prose, found = " ".join(page.prose), []
    roles = ROLE.findall(prose + " ".join(page.code))
    if roles:
        found.append(f"{len(roles)} Sphinx roles shown as text")
    if ">>>" in prose:
        found.append("a doctest prompt outside a code block")
    if page.quotes:
        found.append(f"{page.quotes} quote blocks (a doctest whose prompts were lost?)")
    if page.examples_without_prompts or page.pending_examples:
        found.append("an Examples section without a code block of prompts")
    return found


def enum_problems(dom: str) -> list[str]:
    """Return the members of the models' enums that the models page lacks, with values."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from claimrecon import models

    page = _Page()
    page.feed(dom)
    text = " ".join(page.prose + page.code)
    missing = []
    for value in vars(models).values():
        ours = isinstance(value, type) and value.__module__ == models.__name__
        if ours and issubclass(value, enum.Enum):
            for member in value:
                if not re.search(rf"{member.name}\s*=\s*'{re.escape(member.value)}'", text):
                    missing.append(f"{value.__name__}.{member.name}")
    return [f"enum members missing or without their value: {', '.join(missing)}"] if missing else []


def main(site: str) -> int:
    """Check every reference page under ``site``; return the exit code."""
    browser = _browser()
    pages = sorted(Path(site).glob("reference/*/index.html"))
    if not pages:
        print(f"docs/check.py: no reference pages under {site}", file=sys.stderr)
        return 1
    failed = 0
    for page in pages:
        dom = render(browser, page)
        found = problems(dom)
        if page.parent.name == "models":
            found += enum_problems(dom)
        for problem in found:
            print(f"{page.relative_to(site)}: {problem}", file=sys.stderr)
        failed += bool(found)
    print(f"docs/check.py: {len(pages)} reference pages, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site"))
