"""A phrase table's substring prefilter never turns away a text that holds one of its phrases.

``PhraseTable.may_occur`` lets a caller skip tokenizing a sentence: it must say True of every
text in which ``match`` finds a phrase at some token, whatever the case, the typographic
variants (curly apostrophes, hyphens, a soft hyphen) or the words around it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.extract.figures import attack_ongoing, figure_tables
from claimrecon.extract.numbers import PhraseTable, tokenize
from claimrecon.vocab import Lexicon

# Invented words, some sharing letters so that one may hold another.
WORDS = ["vel", "velka", "okvar", "okvara", "zel", "dun-mar", "mar", "o'dun", "is", "still"]


def _found(table: PhraseTable[bool], text: str) -> bool:
    words = tokenize(text).lower
    return any(table.match(words, j) is not None for j in range(len(words)))


def _written(word: str, style: int) -> str:
    """``word`` as news may print it: cased, with a curly apostrophe or a Unicode hyphen."""
    if style == 1:
        word = word.upper()
    elif style == 2:
        word = word[:1].upper() + word[1:]
    elif style == 3:
        word = word.replace("'", "\u2019").replace("-", "\u2011")
    return word


phrases = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6
)
texts = st.lists(
    st.tuples(st.sampled_from([*WORDS, "the", ",", "vel\u00adka", "x"]), st.integers(0, 3)),
    max_size=14,
)


@settings(max_examples=150, deadline=None)
@given(phrases, texts)
def test_a_text_holding_a_phrase_may_hold_one(
    table_phrases: list[str], words: list[tuple[str, int]]
) -> None:
    table = PhraseTable((p, True) for p in table_phrases)
    text = " ".join(_written(w, style) for w, style in words)
    if _found(table, text):
        assert table.may_occur(text)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["attack", "Siege", "GUNFIGHT", "stand-off", "stand\u2011off", "fighting"]),
    st.sampled_from(["is", "are", "", "was"]),
    st.sampled_from(["still", "", "STILL"]),
    st.sampled_from(["ongoing", "under way", "Underway", "raging", "in progress", "over"]),
    st.sampled_from(["Officials in Velka said the", "In Okvara, the", ""]),
)
def test_an_attack_told_as_ongoing_is_read_so(
    noun: str, aux: str, still: str, state: str, before: str
) -> None:
    tables = figure_tables(Lexicon.default())
    text = " ".join(w for w in (before, noun, aux, still, state) if w) + "."
    ongoing = _found(tables.ongoing, text)
    assert attack_ongoing(text, tables) is ongoing
    if ongoing:
        assert tables.ongoing.may_occur(text)


def test_a_text_without_the_words_is_turned_away() -> None:
    table = PhraseTable({"okvara is still": True, "siege of velka": True})
    assert not table.may_occur("The siege ended in Okvara.")
    assert table.may_occur("The SIEGE of Velka went on.")
    assert PhraseTable({"\u00e9t\u00e9": True}).may_occur("anything")  # no ASCII token: no test
