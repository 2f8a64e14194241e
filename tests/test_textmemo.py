"""Spans kept by a range's text are the spans read there, whatever text comes before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Lexicon
from claimrecon.extract.actors import (
    _patterns,
    _present,
    _sentence_words,
    _shared_scan,
)
from claimrecon.extract.names import _names_in, name_grammar, names_in
from claimrecon.extract.segment import DocContext
from claimrecon.extract.textmemo import TextMemo, lookbehind_reach
from claimrecon.models import Document

LEXICON = Lexicon.default()

# Sentences holding cues of both sets, some at their first word, where a cue's
# look-behind reads the character before the sentence.
SENTENCES = [
    "Okvara Front claimed responsibility for the bombing in Velka.",
    "Officials blamed the Zelvan Brigade for the attack on the market.",
    "The attack was claimed by the Dunmar Liberation Army.",
    "Gunmen loyal to the Okvara Front stormed the base, police said.",
    "A spokesman for the group said its fighters carried out the raid.",
    "The Zelvan Brigade denied any involvement in the killings.",
    "Suspected Okvara militants attacked a convoy near Dunmar on Monday.",
]


def test_reach_is_the_widest_lookbehind() -> None:
    assert lookbehind_reach([r"(?<=abc)x", r"(?<![\w\-])y"]) == 3


def test_reach_is_one_without_lookbehind() -> None:
    # \b and ^ read the character before the match.
    assert lookbehind_reach([r"\bclaimed\b", "^said"]) == 1


def test_reach_adds_a_lookbehind_inside_another() -> None:
    assert lookbehind_reach([r"(?<=a(?<=bc)d)e"]) == 4


def test_reach_skips_brackets_in_sets() -> None:
    assert lookbehind_reach([r"(?<=[)(]ab)c"]) == 3


def test_reach_writes_marks_out() -> None:
    mark = "\U000f0000"
    assert lookbehind_reach([f"(?<={mark})x"], expand=lambda s: s.replace(mark, "abcd")) == 4


def test_reach_of_an_unbounded_lookbehind_is_unknown() -> None:
    assert lookbehind_reach([r"(?<=a+)b"]) is None


def test_memo_reads_again_when_the_character_before_differs() -> None:
    memo = TextMemo(reach=1)
    calls: list[str] = []

    def read(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
        calls.append(text)
        return [(lo, hi, 0)] if text[lo - 1] == " " else []

    assert memo.spans("Velka abb.", 6, 9, lambda: read("Velka abb.", 6, 9)) == [(6, 9, 0)]
    assert memo.spans("Dunmar abb.", 7, 10, lambda: read("Dunmar abb.", 7, 10)) == [(7, 10, 0)]
    assert memo.spans("Velka-abb.", 6, 9, lambda: read("Velka-abb.", 6, 9)) == []
    assert calls == ["Velka abb.", "Velka-abb."]


@given(
    st.lists(
        st.tuples(st.sampled_from(SENTENCES), st.sampled_from(["", " ", "\n\n", "-", "x", "("])),
        min_size=1,
        max_size=4,
    )
)
def test_a_kept_scan_is_the_scan_of_the_range(parts: list[tuple[str, str]]) -> None:
    text = "".join(glue + sentence for sentence, glue in parts)
    ctx = DocContext(Document(id="d", text=text), LEXICON)
    p = _patterns(LEXICON)
    for sentence in ctx.sentences:
        present = _present(ctx, sentence)
        words = _sentence_words(ctx, p, sentence, present)
        for cues in (p.after_cues, p.before_cues):
            args = (ctx.text, words, present, sentence.start, sentence.end)
            assert _shared_scan(cues, *args) == cues.scan(*args)


@given(
    st.lists(
        st.tuples(st.sampled_from(SENTENCES), st.sampled_from(["", " ", "\n\n", "-", "x", "'"])),
        min_size=1,
        max_size=4,
    )
)
def test_kept_names_are_the_names_of_the_range(parts: list[tuple[str, str]]) -> None:
    text = "".join(glue + sentence for sentence, glue in parts)
    grammar = name_grammar(LEXICON)
    for sentence in DocContext(Document(id="d", text=text), LEXICON).sentences:
        lo, hi = sentence.start, sentence.end
        assert list(names_in(grammar, text, lo, hi)) == list(_names_in(grammar, text, lo, hi))
