"""The prefilters of attribution cues find exactly what the cues' full patterns find.

The cues are scanned with shortcuts (the words each cue needs, tested before its pattern
runs; the cues that open with a placeholder searched one by one). These tests compare
each shortcut with the plain scan it replaces, on the seed articles and on invented
sentences, so that a speed-up can never change a claim.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.extract import actors, doc_context
from claimrecon.gold import read_gold
from claimrecon.models import Document
from claimrecon.vocab import Lexicon

SENTENCES = [
    "The Okvara Front is responsible for the attack, officials said.",
    "The attack was claimed by the Qarnat Brigade.",
    "Twelve gunmen from the Qarnat Brigade stormed the hotel on Friday.",
    "The gunmen were members of the Qarnat Brigade, police said.",
    "Police said the bombing had the hallmarks of the Okvara Front.",
    "The bombing was linked to the Okvara Front, the minister said.",
]

# A long s (U+017F) matches "s" when the case is ignored, though it lowers to no "s": the
# cue's word test must not turn such a sentence away.
LONG_S = "The Okvara Front is re\u017fpon\u017fible for the attack."
# So do a dotted capital I (which lowers to two characters) and a dotless i.
DOTTED_I = "The Okvara Front is respons\u0130ble for the attack."
DOTLESS_I = "The Okvara Front is respons\u0131ble for the attack."


def _texts() -> list[str]:
    seeds = read_gold("seeds/gold.json")
    return [*SENTENCES, LONG_S, DOTTED_I, DOTLESS_I, *(doc.text for doc in seeds.documents())]


def _ranges(text: str) -> list[tuple[int, int]]:
    return [(lo, min(len(text), lo + 600)) for lo in range(0, len(text), 300)] or [(0, 0)]


@pytest.fixture(scope="module")
def patterns() -> actors._Patterns:
    return actors._patterns(Lexicon.default())


@pytest.mark.parametrize("name", ["after_cues", "before_cues"])
def test_gated_scan_finds_what_every_pattern_finds(patterns: actors._Patterns, name: str) -> None:
    cues = getattr(patterns, name)
    plain = replace(cues, gates={}, compiled={})
    found = 0
    for text in _texts():
        for lo, hi in _ranges(text):
            present = set(actors._FIRST_WORD.findall(text[lo:hi].lower()))
            words = actors._words(patterns, text, lo, hi, present)
            expected = plain.scan(text, words, present, lo, hi)
            assert cues.scan(text, words, present, lo, hi) == expected, text[lo:hi]
            found += len(expected)
    assert found > len(SENTENCES) // 2  # the texts do hold cues of both sets


@pytest.mark.parametrize("text", [LONG_S, DOTTED_I, DOTLESS_I])
def test_letters_folded_by_case_are_not_turned_away(patterns: actors._Patterns, text: str) -> None:
    present = set(actors._FIRST_WORD.findall(text.lower()))
    words = actors._words(patterns, text, 0, len(text), present)
    assert patterns.after_cues.scan(text, words, present, 0, len(text))


def test_opening_cues_one_by_one_as_one_alternation(patterns: actors._Patterns) -> None:
    # Each set's cues that open with a placeholder (the default lexicon has them after
    # the actor only; a set without any has nothing to compare).
    found = 0
    for cues in (patterns.after_cues, patterns.before_cues):
        if cues.anywhere:
            found += _compare_one_by_one(cues)
    assert found > 0


def _compare_one_by_one(cues: actors._CueSet) -> int:
    """Compare a set's one-by-one search with the alternation it stands for; count matches."""
    # The alternation the one-by-one search stands for, every cue's word present.
    bodies = [
        regex.pattern.removeprefix(r"(?<![\w\-])").removesuffix(r"(?![\w\-])")
        for _, regex in cues.anywhere
    ]
    together = re.compile(rf"(?<![\w\-])(?:{'|'.join(bodies)})(?![\w\-])", re.IGNORECASE)
    every = {need for need, _ in cues.anywhere}
    found = 0
    for text in _texts():
        for lo, hi in _ranges(text):
            expected = [
                (m.start(), m.end(), int((m.lastgroup or "c0")[1:]))
                for m in together.finditer(text, lo, hi)
            ]
            assert list(cues._anywhere(text, every, lo, hi)) == expected, text[lo:hi]
            found += len(expected)
    return found


def test_words_read_from_tokens_as_searched(patterns: actors._Patterns) -> None:
    # The cue and alias words of each sentence, read from its words once per document,
    # are those the per-word searches find (a long s falls back to the searches).
    lexicon = Lexicon.default()
    texts = _texts()
    found = 0
    for k, text in enumerate(texts):
        ctx = doc_context(Document(id=f"words-{k}", text=text), lexicon)
        for sentence in ctx.sentences:
            present = actors._present(ctx, sentence)
            expected = actors._words(patterns, text, sentence.start, sentence.end, present)
            assert actors._sentence_words(ctx, patterns, sentence, present) == expected
            found += len(expected)
    assert found > len(texts)


# Phrases of cues, parts of them, invented names and punctuation: sentences drawn from
# them hold many combinations of a cue's words, present or missing, in and out of order.
_POOL = [
    *("claimed responsibility for", "said its fighters carried out", "was behind"),
    *("is responsible for", "denied any involvement in", "blamed", "were not involved"),
    *("said", "claimed", "the", "was", "has", "by", "responsibility", "its fighters"),
    *("the attack", "the bombing", "in a statement", "the Okvara Front", "Zelvan Brigade"),
    *("police said", "officials", ",", ".", "\u201c", "\u201d", "respons\u0130ble for"),
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(_POOL), min_size=2, max_size=12))
def test_gated_scan_on_drawn_sentences(words: list[str]) -> None:
    # The memo of cues kept by the words a range holds is shared across draws: a draw
    # reusing another's set of words must find what the whole alternations find.
    patterns = actors._patterns(Lexicon.default())
    text = " ".join(words)
    present = set(actors._FIRST_WORD.findall(text.lower()))
    found = actors._words(patterns, text, 0, len(text), present)
    for name in ("after_cues", "before_cues"):
        cues = getattr(patterns, name)
        plain = replace(cues, gates={}, compiled={})
        expected = plain.scan(text, found, present, 0, len(text))
        assert cues.scan(text, found, present, 0, len(text)) == expected, text
