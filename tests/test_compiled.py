"""Patterns compiled once a machine: made from the kept code, each is ``re.compile``'s own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimrecon import compiled
from claimrecon.extract.placeholders import Placeholders
from claimrecon.files import CACHE_ENV

ROOT = Path(__file__).resolve().parent.parent

SOURCES = [
    (r"(?<![\w\-])(?:Okvara Front|Velka)(?![\w\-]|['\u2019]\w\w)", re.IGNORECASE),
    (r"(?P<count>\d+)\s+(?:people|soldiers)\s+(?:were\s+)?killed", 0),
    (r"\b(?:Zelvania|Dunmar)[-\s]linked\s+(?:the\s+)?(?:(?-i:IS)|Okvara)\b", re.IGNORECASE),
    (r"(?:a|an)\s+(?P<n>[a-z]+)(?P=n)?(?=\s)", re.ASCII),
    (r"^\s*(?:said|told)\b.*$", re.MULTILINE | re.DOTALL),
]
TEXTS = ["The Okvara Front claimed it", "12 soldiers were killed", "a Dunmar-linked IS cell", ""]


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty table of this process, kept in a folder of its own."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(compiled, "_TABLE", compiled._Table())
    monkeypatch.setattr(compiled, "_MADE", {})
    return tmp_path


def _next_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Save the table as a process does at its end, and start another with nothing made."""
    compiled._TABLE.save()
    monkeypatch.setattr(compiled, "_TABLE", compiled._Table())
    monkeypatch.setattr(compiled, "_MADE", {})


def test_a_pattern_made_from_the_kept_code_is_re_compiles(table, monkeypatch) -> None:
    first = [compiled.compile(s, f) for s, f in SOURCES]
    assert len(compiled._TABLE.new) == len(SOURCES)
    _next_process(monkeypatch)
    again = [compiled.compile(s, f) for s, f in SOURCES]
    assert not compiled._TABLE.new  # every one read back, none compiled
    for (source, flags), made, kept in zip(SOURCES, first, again, strict=True):
        plain = re.compile(source, flags)
        assert made == plain and kept == plain
        assert kept.groupindex == plain.groupindex and kept.groups == plain.groups
        for text in TEXTS:
            found, expected = kept.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span())


def test_a_second_call_returns_the_first_pattern(table) -> None:
    assert compiled.compile(*SOURCES[0]) is compiled.compile(*SOURCES[0])


def test_cues_with_placeholders_read_back_equal_the_written_out_text(table, monkeypatch) -> None:
    shared = Placeholders({"{event}": r"(?:attack|bombing|raid)", "{who}": r"(?:\w+\s+){0,2}"})
    sources = [
        f"claimed\\s+{shared.marks['{event}']}",
        f"(?P<actor>{shared.marks['{who}']})\\s+(?:was|were)\\s+behind\\s+{shared.marks['{event}']}",
    ]
    first = [shared.compile(s) for s in sources]
    _next_process(monkeypatch)
    again = [shared.compile(s) for s in sources]
    assert not compiled._TABLE.new
    for source, made, kept in zip(sources, first, again, strict=True):
        assert made == kept == re.compile(shared.expand(source))


def test_saving_keeps_what_another_process_saved(table, monkeypatch) -> None:
    compiled.compile(*SOURCES[0])
    _next_process(monkeypatch)
    compiled.compile(*SOURCES[1])
    _next_process(monkeypatch)
    for source in SOURCES[:2]:
        compiled.compile(*source)
    assert not compiled._TABLE.new


def test_a_full_table_starts_again(table, monkeypatch) -> None:
    monkeypatch.setattr(compiled, "_MOST", 3)
    for source in SOURCES[:3]:
        compiled.compile(*source)
    _next_process(monkeypatch)
    compiled.compile(*SOURCES[3])
    _next_process(monkeypatch)
    assert len(compiled._read()) == 1


def test_without_the_internals_it_is_re_compile(table, monkeypatch) -> None:
    monkeypatch.setattr(compiled, "_works", lambda: False)
    assert compiled.compile(*SOURCES[1]) is re.compile(*SOURCES[1])
    assert not compiled._TABLE.new


CHILD = textwrap.dedent(
    """
    import json, re, sys
    sys.path.insert(0, sys.argv[1])
    from claimrecon import compiled
    from tests.test_compiled import SOURCES
    same = all(compiled.compile(s, f) == re.compile(s, f) for s, f in SOURCES)
    print(json.dumps([same, len(compiled._TABLE.new)]))
    """
)


def test_a_later_process_reads_the_patterns_an_earlier_one_compiled(tmp_path: Path) -> None:
    env = {**os.environ, CACHE_ENV: str(tmp_path)}
    said = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", CHILD, str(ROOT)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
                cwd=ROOT,
            ).stdout
        )
        for _ in range(2)
    ]
    assert said == [[True, len(SOURCES)], [True, 0]]


def test_an_entry_that_is_no_pattern_is_compiled_again(table, monkeypatch) -> None:
    source, flags = SOURCES[1]
    compiled.compile(source, flags)
    _next_process(monkeypatch)
    known = compiled._read()
    ((key, (final, _, groups, index, names)),) = known.items()
    bad = compiled._kept((final, [1, 2, 3, 4], groups, index, names))  # no code of re's
    monkeypatch.setattr(compiled._TABLE, "known", {key: bad})
    assert compiled.compile(source, flags) == re.compile(source, flags)
    assert key in compiled._TABLE.new
