"""The exception tree of claimrecon.errors: its shape, its messages, and where they come from."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrecon
from claimrecon import errors
from claimrecon.cli import main
from claimrecon.errors import (
    AnalysisError,
    ClaimreconError,
    DocumentError,
    GoldFormatError,
    InputError,
    LexiconError,
    StoreError,
    UnknownPolicyError,
    UnknownRuleError,
)
from claimrecon.estimates import PolicyRegistry
from claimrecon.models import Report, Skipped

PUBLIC = {name: getattr(errors, name) for name in errors.__all__}
BAD_LEXICON = json.dumps({"sources": {"nouns": {"seer": "astrologer"}}})
NOT_A_DATABASE = "just some text, long enough to hold no SQLite header\n" * 20


def _drawn_tree() -> dict[str, str]:
    """Return each class of the module docstring's tree with the class drawn above it."""
    parents: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for line in (errors.__doc__ or "").splitlines():
        found = re.match(r"^(\s*(?:[│ ]*[├└]── )?)([A-Z]\w+Error)\b", line)
        if found is None:
            continue
        depth, name = len(found.group(1)), found.group(2)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            parents[name] = stack[-1][1]
        stack.append((depth, name))
    return parents


def test_the_drawn_tree_is_the_class_tree() -> None:
    drawn = _drawn_tree()
    assert set(drawn) | {"ClaimreconError"} == set(PUBLIC)
    for name, parent in drawn.items():
        assert PUBLIC[parent] in PUBLIC[name].__bases__, f"{name} is drawn under {parent}"


def test_every_error_is_public_and_a_claimrecon_error() -> None:
    for name, cls in PUBLIC.items():
        assert issubclass(cls, ClaimreconError)
        assert getattr(claimrecon, name) is cls
        assert cls.__doc__ and cls.__doc__.strip()


# --- messages -----------------------------------------------------------------------------------

one_line = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1)
INPUT_ERRORS = [InputError, DocumentError, GoldFormatError, StoreError]


@given(
    st.sampled_from(INPUT_ERRORS),
    one_line,
    st.none() | one_line,
    st.none() | one_line,
)
def test_an_input_error_names_its_place_first(
    cls: type[InputError], message: str, where: str | None, place: str | None
) -> None:
    error = cls(message, where=where, place=place)
    text = str(error)
    assert "\n" not in text
    assert (error.message, error.where, error.place) == (message, where, place)
    location = [part for part in (where, place) if part]
    assert text == ": ".join([*location, message])
    assert error.args == (text,)


@pytest.mark.parametrize(
    ("skipped", "expected"),
    [
        (["a"], "a: too long"),
        (["a", "b"], "a: too long (and 1 more document)"),
        (["a", "b", "c"], "a: too long (and 2 more documents)"),
    ],
)
def test_an_analysis_error_names_the_first_document_and_counts_the_others(
    skipped: list[str], expected: str
) -> None:
    report = Report(
        skipped=tuple(Skipped(document=d, stage="extract", error="too long") for d in skipped)
    )
    error = AnalysisError(report)
    assert str(error) == expected
    assert error.report is report and error.where == "a"
    assert isinstance(error, DocumentError)


@given(
    st.sampled_from([UnknownRuleError, UnknownPolicyError]),
    one_line,
    st.lists(st.from_regex(r"[a-z][a-z-]{0,12}", fullmatch=True), unique=True, max_size=5),
)
def test_an_unknown_name_error_lists_the_known_names(
    cls: type[UnknownRuleError] | type[UnknownPolicyError], name: str, known: list[str]
) -> None:
    error = cls(name, known)
    what = "rule" if cls is UnknownRuleError else "estimation policy"
    listed = ", ".join(sorted(known)) or "(none)"
    assert str(error) == f"unknown {what} {name!r}; known: {listed}"
    # A KeyError (so `except KeyError` still works) whose message is not a quoted repr.
    assert isinstance(error, KeyError) and isinstance(error, ClaimreconError)
    assert error.name == name and error.known == sorted(known)


# --- raised by the library, naming the place ----------------------------------------------------


def _bad_gold(tmp: Path) -> object:
    (tmp / "bad.json").write_text("{")
    return claimrecon.read_gold(tmp / "bad.json")


def _bad_store(tmp: Path) -> object:
    (tmp / "notes.db").write_text(NOT_A_DATABASE)
    return claimrecon.Store.open(tmp / "notes.db")


def _bad_lexicon(tmp: Path) -> object:
    (tmp / "lex.json").write_text(BAD_LEXICON)
    return claimrecon.Lexicon.load([tmp / "lex.json"])


def _bad_documents(tmp: Path) -> object:
    (tmp / "docs.json").write_text("[]")
    return list(claimrecon.read_documents([tmp / "docs.json"]))


def _missing_documents(tmp: Path) -> object:
    return list(claimrecon.read_documents([tmp / "missing.txt"]))


def _unknown_policy(tmp: Path) -> object:
    return claimrecon.estimate(Report(), policy="nope")


def _unknown_rule(tmp: Path) -> object:
    return claimrecon.RuleRegistry().get("nope")


def _duplicate_policy(tmp: Path) -> object:
    registry = PolicyRegistry()
    for _ in range(2):
        registry.policy("twice")(lambda ctx: None)
    return registry


def _duplicate_document(tmp: Path) -> object:
    doc = claimrecon.Document(id="d1", text="Nothing happened.")
    return claimrecon.analyze([doc, doc])


@pytest.mark.parametrize(
    ("make", "cls", "names"),
    [
        (_bad_gold, GoldFormatError, ["bad.json", "line 1 column 2"]),
        (_bad_store, StoreError, ["notes.db"]),
        (_bad_lexicon, LexiconError, ["lex.json", "'sources'"]),
        (_bad_documents, InputError, ["docs.json"]),
        (_missing_documents, InputError, ["missing.txt"]),
        (_unknown_policy, UnknownPolicyError, ["'nope'", "ucdp"]),
        (_unknown_rule, UnknownRuleError, ["'nope'"]),
        (_duplicate_policy, errors.DuplicatePolicyError, ["'twice'"]),
        (_duplicate_document, DocumentError, ["d1", "document number 2"]),
    ],
    ids=lambda v: getattr(v, "__name__", "").strip("_") or None,
)
def test_the_first_line_of_an_error_names_its_place(
    make: Callable[[Path], object], cls: type[Exception], names: list[str], tmp_path: Path
) -> None:
    with pytest.raises(cls) as caught:
        make(tmp_path)
    first = str(caught.value).splitlines()[0]
    for name in names:
        assert name in first


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["evaluate", "--gold", "{tmp}/bad.json"], ["bad.json", "line 1 column 2"]),
        (["analyze", "--lexicon", "{tmp}/lex.json", "{tmp}/doc.txt"], ["lex.json", "sources"]),
        (["report", "--db", "{tmp}/notes.db"], ["notes.db"]),
        (["analyze", "{tmp}/missing.txt"], ["missing.txt"]),
    ],
)
def test_the_command_line_prints_one_line_naming_the_place(
    args: list[str], names: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.json").write_text("{")
    (tmp_path / "lex.json").write_text(BAD_LEXICON)
    (tmp_path / "notes.db").write_text(NOT_A_DATABASE)
    (tmp_path / "doc.txt").write_text("Nothing happened.")
    code = main([arg.format(tmp=tmp_path) for arg in args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("claimrecon: error: ") and err.count("\n") == 1
    for name in names:
        assert name in err
