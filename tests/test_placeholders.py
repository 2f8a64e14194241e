"""Compiling with spliced placeholders gives the pattern ``re.compile`` gives the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Lexicon
from claimrecon.extract.actors import _patterns
from claimrecon.extract.placeholders import Placeholders, _works

FLAGS = re.IGNORECASE

# Parts whose first items are plain characters ("a"), groups, or both, so that branches of
# them start alike, as the parser would fold them had it read the parts' text.
PARTS = {
    "{p}": r"a\s+(?:bomb|blast)",
    "{q}": r"a(?:x|y)",
    "{r}": r"(?:the|a)\s+raid",
    "{s}": r"[bc]",
    "{t}": r"e",
    "{u}": r"ab",
}
SHARED = Placeholders(PARTS, FLAGS)
ATOMS = ["a", "e", r"\s+", "(?:z|w)", "[bc]", *SHARED.marks.values()]


def _sources() -> st.SearchStrategy[str]:
    """Sources of marks, characters and groups: sequences, branches, repeats, look-arounds."""

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: f"(?:{'|'.join(xs)})"),
            st.tuples(inner, st.sampled_from(["?", "*", "{0,2}?", "+"])).map(
                lambda x: f"(?:{x[0]}){x[1]}"
            ),
            inner.map(lambda x: f"({x})"),
            inner.map(lambda x: f"(?=x{x})"),
            inner.map(lambda x: f"(?-i:{x})"),
        )

    return st.recursive(st.sampled_from(ATOMS), extend, max_leaves=12)


@pytest.mark.skipif(not _works(), reason="the re internals are not those splicing expects")
@given(_sources())
def test_a_spliced_pattern_is_the_one_of_its_text(source: str) -> None:
    assert SHARED.compile(source) == re.compile(SHARED.expand(source), FLAGS)


@pytest.mark.skipif(not _works(), reason="the re internals are not those splicing expects")
@pytest.mark.parametrize(
    "source",
    [
        "(?:{p}|{q})",  # both start with "a": the parser moves it out of the branches
        "(?:{p}x|ax)",
        "(?:{s}|{t}|x)",  # characters only: a character set
        "(?:x|{s})",
        "b{p}?",  # the part's last item only is repeated
        "(?<=x{u})b",  # a look-behind's width is the part's
        "(?-i:x{p})",  # the part's code under the group's own flags
    ],
)
def test_sources_the_parser_reads_otherwise_are_compiled_as_text(source: str) -> None:
    marked = source.format_map({k.strip("{}"): v for k, v in SHARED.marks.items()})
    assert SHARED.compile(marked) == re.compile(SHARED.expand(marked), FLAGS)


def test_a_text_holding_a_mark_character_keeps_the_parts_text() -> None:
    shared = Placeholders(PARTS, FLAGS, ["claimed \U000f0000"])
    assert shared.marks == PARTS
    assert shared.compile(shared.marks["{p}"]) == re.compile(PARTS["{p}"], FLAGS)


@pytest.mark.skipif(not _works(), reason="the re internals are not those splicing expects")
def test_the_default_cues_compile_as_their_text() -> None:
    """About 50 cues spread over the default lexicon's 20,000: the same source, the same code."""
    p = _patterns(Lexicon.default())
    sources = [
        source
        for cues in (p.after_cues, p.before_cues)
        for source in [
            *cues.sources.values(),
            *(s for gate in cues.gates.values() for s, _ in gate),
        ]
    ]
    shared = p.after_cues.placeholders
    assert any(shared.expand(s) != s for s in sources)  # the cues hold placeholders
    for source in sources[:: max(1, len(sources) // 50)]:
        assert shared.compile(source) == re.compile(shared.expand(source), FLAGS)
