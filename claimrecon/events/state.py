"""What a reader of one document holds, shared by the readers of places, dates and targets.

May import: :mod:`.mentions` and :mod:`.words`, and the extract, vocab and models modules.
"""

from __future__ import annotations

from claimrecon.events.mentions import _ClauseFacts, _Mention, _Target
from claimrecon.events.words import _Patterns, _Words
from claimrecon.extract import DocContext
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
