"""Split a document into paragraphs and sentences, keeping character offsets.

Every extraction step works on :class:`Sentence` objects whose ``start``/``end`` index the
document text, so any span found inside a sentence maps back to the document by adding
``sentence.start``. The splitter is a single left-to-right scan with one regular
expression that cannot backtrack: its cost is linear in the text. A sentence longer than
:data:`MAX_SENTENCE` (text without sentence punctuation) is cut into windows of at most
:data:`WINDOW` characters at white space.

May import: the models and vocab modules (errors too); none of the readers, which all build
on it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from claimrecon.models import Document
from claimrecon.vocab import Lexicon, per_lexicon

__all__ = [
    "MAX_SENTENCE",
    "WINDOW",
    "DocContext",
    "Sentence",
    "doc_context",
    "split_paragraphs",
    "split_sentences",
]

# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev st jr sr
    no vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thurs fri sat sun u.s u.k u.n e.g i.e a.m p.m
    """.split()
)
# The farthest the word before a stop is read back: an abbreviation or a dotted acronym of
# six characters at most, behind up to eight opening quotation marks or brackets.
_LONGEST_ABBREVIATION = max(6, *map(len, _ABBREVIATIONS)) + 8

# One sentence-ending mark, closing quotes or brackets, then white space. One mark, not a
# run: "[.!?]+" would rescan a long run of dots from every start (quadratic time).
WINDOW = 2000
"""The length of the windows a too-long sentence is cut into, in characters."""

MAX_SENTENCE = 2 * WINDOW
"""The longest sentence kept whole. Longer runs are text without sentence punctuation
("5 killed, 5 killed, ..."); they are cut into windows of about :data:`WINDOW`
characters, so that every later step (figures, sources, dates, actors, events) works on
bounded pieces and its time stays linear in the text. A claim astride a cut may be
missed."""

# A stop and its closing quotes, then a space or a capitalised word with no space between
# ("the airport.The attack"); whether the second ends a sentence is `_run_together`'s call.
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\s+|(?=[A-Z][a-z]))")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: its text and where it stands.

    Attributes:
        start: Offset of the first character in the document text.
        end: Offset just past the last character.
        text: ``document.text[start:end]``.
        paragraph: Index of the paragraph (a line of the text) the sentence is in.
        index: Index of the sentence in the document.
    """

    start: int
    end: int
    text: str
    paragraph: int
    index: int


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` offsets of each non-blank line of ``text``, stripped."""
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield match.start() + lead, match.start() + lead + len(stripped)


def split_paragraphs(text: str) -> Iterator[tuple[int, int]]:
    r"""Yield the ``(start, end)`` offsets of each paragraph of ``text``.

    A paragraph is a non-blank line, or the lines of hard-wrapped text (wire copy broken
    at a fixed width) that one sentence runs across. A line that ends without a stop goes
    on in the next, after a single line break, when the next opens in lower case; in text
    wrapped at a width (two lines or more run on in lower case, the longest of them gives
    the width) also when the next line's first word would not have fitted on the line and
    the next line opens with no dateline or bullet. A headline ends its line: it is short
    of the width, or what follows it opens a sentence in capitals.

    Example:
        >>> text = "Gunmen killed\ntwo guards.\nA headline\nBody."
        >>> [text[a:b] for a, b in split_paragraphs(text)]
        ['Gunmen killed\ntwo guards.', 'A headline', 'Body.']
    """
    lines = list(_lines(text))
    wrapped = [a[1] - a[0] for a, b in itertools.pairwise(lines) if _runs_on(text, a, b, 0)]
    width = max(wrapped) if len(wrapped) >= _WRAPPED else 0
    start = None
    for i, (a_start, a_end) in enumerate(lines):
        start = a_start if start is None else start
        if i + 1 < len(lines) and _runs_on(text, (a_start, a_end), lines[i + 1], width):
            continue
        yield start, a_end
        start = None


# How many lines, running on in lower case, make a text hard-wrapped.
_WRAPPED = 2
_STOP_AT_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_BULLET_OR_DATELINE = re.compile(
    r"[*\u2022\u2013\u2014-]\s|[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+)*(?:,|\s*\(|\s+[\u2013\u2014-]\s)"
)
_FIRST_WORD = re.compile(r"\S+")


def _runs_on(text: str, line: tuple[int, int], following: tuple[int, int], width: int) -> bool:
    """Say whether a sentence runs on from ``line`` into the ``following`` line.

    ``width`` is the width the text is wrapped at (0: not wrapped).
    """
    if text.count("\n", line[1], following[0]) != 1:
        return False
    stop = _STOP_AT_END.search(text, line[0], line[1])
    if stop is not None and not _is_abbreviation(text, line[0], stop.start()):
        return False
    if text[following[0]].islower():
        return True
    length = line[1] - line[0]
    if not width or _BULLET_OR_DATELINE.match(text, following[0], following[1]):
        return False
    word = _FIRST_WORD.match(text, following[0], following[1])
    # Greedy wrapping broke the line because the next word did not fit. The width is that
    # of the longest line seen to run on: no wider than the true one.
    return word is not None and length + 1 + len(word.group()) > width


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, each within one paragraph.

    Example:
        >>> [s.text for s in split_sentences("Gen. Smith said two died. Five were hurt.")]
        ['Gen. Smith said two died.', 'Five were hurt.']
    """
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(split_paragraphs(text)):
        start = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            punct_at = match.start()
            if (
                _is_abbreviation(text, start, punct_at)
                or not _starts_sentence(text, match.end(), p_end)
                or not (match.group()[-1].isspace() or _run_together(text, start, punct_at))
            ):
                continue
            end = match.end() - (len(match.group()) - len(match.group().rstrip()))
            sentences.append(_sentence(text, start, end, paragraph, len(sentences)))
            start = match.end()
        if start < p_end:
            sentences.append(_sentence(text, start, p_end, paragraph, len(sentences)))
    if any(s.end - s.start > MAX_SENTENCE for s in sentences):
        return _bounded(text, sentences)
    return sentences


def _bounded(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Cut every sentence longer than :data:`MAX_SENTENCE` into windows, renumbered."""
    out: list[Sentence] = []
    for sentence in sentences:
        if sentence.end - sentence.start <= MAX_SENTENCE:
            out.append(_sentence(text, sentence.start, sentence.end, sentence.paragraph, len(out)))
            continue
        for start, end in _windows(text, sentence.start, sentence.end):
            out.append(_sentence(text, start, end, sentence.paragraph, len(out)))
    return out


def _windows(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield pieces of ``text[start:end]`` of at most :data:`WINDOW` characters.

    Each piece ends at white space in its second half when there is some there, so that
    words stay whole; a run without white space is cut where it must be.
    """
    pos = start
    while pos < end:
        cut = min(end, pos + WINDOW)
        if cut < end:
            space = text.rfind(" ", pos + WINDOW // 2, cut)
            cut = space + 1 if space > pos else cut
        piece_end = cut
        while piece_end > pos and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > pos:
            yield pos, piece_end
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1


def _sentence(text: str, start: int, end: int, paragraph: int, index: int) -> Sentence:
    return Sentence(start, end, text[start:end], paragraph, index)


def _is_abbreviation(text: str, sentence_start: int, punct_at: int) -> bool:
    """Say whether the stop at ``punct_at`` ends an abbreviation, an initial or an acronym.

    The word before it is read back to a space, but never further than the longest such
    word (with a few opening quotation marks) could reach: a longer run of text without a
    space is none, and a stop at its end costs no more than one in a short word.
    """
    if text[punct_at] != ".":
        return False
    word_start = punct_at
    farthest = max(sentence_start, punct_at - _LONGEST_ABBREVIATION - 1)
    while word_start > farthest and not text[word_start - 1].isspace():
        word_start -= 1
    if word_start == farthest and farthest > sentence_start and not text[farthest - 1].isspace():
        return False  # longer than any abbreviation
    word = text[word_start:punct_at].lstrip("(\"'\u201c\u2018").lower()
    if word in _ABBREVIATIONS:
        return True
    # An initial ("John F. Kennedy") or a dotted acronym ("U.S.").
    return (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 6)


def _run_together(text: str, sentence_start: int, punct_at: int) -> bool:
    """Say whether a stop with no space after it ends a sentence: "the airport.The blast".

    Pages copied without their paragraph breaks run sentences together. A word of two
    small letters or more (its closing quote aside) before the stop, and a capitalised
    word right after it, are two sentences; "U.S.Army", "St.Petersburg" and "3.5" are not.
    """
    at = punct_at
    while at > sentence_start and text[at - 1] in "\"'\u201d\u2019)]":
        at -= 1
    return at - 2 >= sentence_start and text[at - 2 : at].isalpha() and text[at - 2 : at].islower()


def _starts_sentence(text: str, at: int, end: int) -> bool:
    """Say whether the character at ``at`` can open a sentence."""
    if at >= end:
        return True
    char = text[at]
    return char.isupper() or char.isdigit() or char in "\"'\u201c\u2018(["


_Memo = TypeVar("_Memo")


@dataclass
class DocContext:
    """The per-document state that extraction steps share.

    Attributes:
        document: The document being read.
        lexicon: The lexicon in force.
        sentences: The document's sentences, in order.
        text: The document text.
    """

    document: Document
    lexicon: Lexicon
    sentences: list[Sentence] = field(init=False)
    # The document's text (its model is frozen) as a plain attribute: the readers ask for
    # it millions of times a megabyte, and a property cost a call each time.
    text: str = field(init=False, repr=False, compare=False)
    _starts: list[int] = field(init=False, repr=False)
    _memos: dict[type[Any], Any] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.text = self.document.text
        self.sentences = split_sentences(self.text)
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence that holds character ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(
            self.sentences[i].end, self.sentences[i].start + 1
        ):
            return self.sentences[i]
        return None

    def paragraph(self, index: int) -> list[Sentence]:
        """Return the sentences of paragraph ``index``."""
        return [s for s in self.sentences if s.paragraph == index]

    def memo(self, kind: type[_Memo]) -> _Memo:
        """Return what a step remembers of this document: its ``kind``, made on first use.

        Each step declares the work it keeps per document as a dataclass of its own whose
        fields all have defaults (``_SourcesMemo`` in ``sources``, ...), so every kept
        result has a type that mypy checks, and a step's record stays in its own module.
        """
        found = self._memos.get(kind)
        if found is None:
            found = self._memos[kind] = kind()
        return cast(_Memo, found)

    def after_reading(self) -> None:
        """Drop what the steps kept only to share while the claims were read.

        A memo with an ``after_reading`` method drops there what is cheap to read again
        (each sentence's words and tokens). Kept, those many small objects were most of
        what the garbage collector walked at each full collection (a reading is kept for
        the events stage); a step that needs them again reads them again.
        """
        for memo in self._memos.values():
            forget = getattr(memo, "after_reading", None)
            if forget is not None:
                forget()


# How many documents' readings to keep: extraction reads a batch, then the events stage
# reads the same documents again; a batch must fit (a store groups up to this many).
_CONTEXTS = 4096


@per_lexicon
def _contexts(lexicon: Lexicon) -> OrderedDict[Document, DocContext]:
    return OrderedDict()


def forget_contexts(lexicon: Lexicon) -> None:
    """Drop the kept readings of documents (see :func:`doc_context`) for ``lexicon``.

    For a process that never reads a document twice, such as a Dask worker between tasks:
    kept, the last few thousand readings hold its memory up from task to task.
    """
    _contexts(lexicon).clear()


def doc_context(document: Document, lexicon: Lexicon) -> DocContext:
    """Return the shared reading of ``document``: its sentences and what steps found in them.

    Extraction and the events stage read a document through one :class:`DocContext`, so
    its sentences are split and its dates found once (they live in its memos). The
    last few thousand documents' contexts are kept, per lexicon.
    """
    cache = _contexts(lexicon)
    ctx = cache.get(document)
    if ctx is not None:
        cache.move_to_end(document)
        return ctx
    ctx = cache[document] = DocContext(document, lexicon)
    if len(cache) > _CONTEXTS:
        cache.popitem(last=False)
    return ctx
