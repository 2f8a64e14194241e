"""What a reader of one document holds, shared by the readers of places, dates and targets.

May import: :mod:`.mentions` and :mod:`.words`, and the extract, vocab and models modules.
"""

from __future__ import annotations

import re

from claimrecon.events.mentions import _LEAD_SENTENCES, _ClauseFacts, _Mention, _Target
from claimrecon.events.words import _Patterns, _Words
from claimrecon.extract import DocContext, Sentence
from claimrecon.models import DateRef, Document
from claimrecon.vocab import EventLexicon, Lexicon


class _ReaderState:
    """What a reader of one document holds: the document, its lexicon, its sentences, caches."""

    document: Document
    lexicon: Lexicon
    lex: EventLexicon
    ctx: DocContext
    patterns: _Patterns
    words: _Words
    not_places: frozenset[str]
    suffixes: frozenset[str]
    weak: frozenset[str]
    speakers: frozenset[str]
    adjective_of: frozenset[str]
    dateline: list[str]
    all_places: set[str]
    dateline_only: frozenset[str]
    mentions: list[_Mention]
    main: _Mention
    _dates: dict[int, list[DateRef]]
    _target_cache: dict[tuple[int, int, int], list[_Target]]
    _place_cache: dict[int, tuple[list[str], bool]]
    _clause_cache: dict[tuple[int, int, int], _ClauseFacts]

    @property
    def lead_start(self) -> int:
        """The index of the lead's first sentence: past a byline or outlet line at the top.

        A line with no word in lower case ("WIRE SERVICE \u2014", "By JANE ROE") is the page's
        furniture, not the story: it must not take one of the lead's sentences.
        """
        for sentence in self.ctx.sentences:
            if _LOWER_WORD.search(sentence.text) or len(sentence.text.split()) > _FURNITURE_WORDS:
                return sentence.index
        return 0

    def lead(self) -> list[Sentence]:
        """Return the lead's sentences: the first few of the story."""
        start = self.lead_start
        return list(self.ctx.sentences[start : start + _LEAD_SENTENCES])


# At most this many words on a furniture line: a longer line in capitals is a headline.
_FURNITURE_WORDS = 4


# A word in lower case: a line without one is furniture (a byline, an outlet's name).
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
