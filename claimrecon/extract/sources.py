"""Who asserts a claim: reporting verbs, quotations, source nouns and their kinds.

:func:`find_source` reads the text around a claim and returns the :class:`Source` that
asserts it. It looks, in this order:

1. **Quotations.** A claim inside quotation marks belongs to the speaker named after the
   closing mark (``"... killed over 100," Jane Doe, an expert at X, told Y.``), even when
   the quotation runs over several sentences of the paragraph, or else to the speaker of
   the reporting verb before the opening mark (``The general says US forces "believe ..."``).
   A quotation with neither continues the speaker of the quotation before it in the
   paragraph (``"I saw it explode," a witness said. "I carried three bodies."``).
2. **Reporting frames in the sentence.** A speaker before a reporting verb that governs
   the claim (``Afghan officials later announced that ...``, ``IS, however, claims that
   ...``), ``according to X`` anywhere in the sentence, a speaker and verb closing the
   sentence (``..., a police spokesman said.``, ``..., said police chief X.``), a
   participle that reports for its clause's subject (``The ministry gave a lower toll,
   saying ...``), and a headline speaker before a colon (``US general: ...``). The
   narrator takes over after ``, but`` or ``as shown by``; ``was said to`` is a hedge,
   not a speaker.
3. **Otherwise** the document's own voice: ``Source(name=None, kind=SourceKind.MEDIA)``.

Frames nest: ``The Associated Press reports that a senior police official says ...`` is the
police official via the Associated Press. A pronoun speaker ("he said") stands for the
nearest named speaker (a name, or one person named by role: "a doctor at the
hospital") earlier in the paragraph or the one before; a bare surname
("Nicholson said") takes its kind from the fuller mention it repeats. When neither is
found the pronoun stays as written with kind ``unknown``.

The kind of a speaker comes from the ``sources`` lexicon (nouns such as *officials*,
*police*, *analyst*, *residents*; outlets; names ending in *Times* or *News*) and from the
``actors`` lexicon (armed groups and their media outlets are ``militant``). The head of
the phrase decides: a *Taliban spokesman* speaks for the Taliban (militant), a *Middle East
expert at an institute* is an expert, a *spokesman for the UN* speaks for an NGO. Armed
groups are named by their canonical name ("IS" is the Islamic State) and a group's outlet
is a link of the chain (the Islamic State via Amaq).

Adverbs and time phrases ("so far", "late on Monday") are never a speaker, and a quoted
speaker's "we" is the speaker named for the quotation. Staff at an institution speak for
it (``staff_nouns``: "a doctor at the hospital" is official, "a nurse at an MSF clinic"
an NGO). "The group said ..." speaks for the one armed group named just before
(:func:`antecedent`).

Everything here is a linear scan over a sentence's tokens with regular expressions
compiled once per lexicon; nothing backtracks over unbounded input. A run-on "sentence"
of megabytes is tokenised only within a few thousand characters of the claim.

Example:
    >>> from claimrecon import Document, Lexicon
    >>> from claimrecon.extract import DocContext
    >>> text = "Five people were killed in the blast, a police spokesman said."
    >>> ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    >>> source = find_source(ctx, 0, 23)
    >>> source.name, source.kind.value
    ('a police spokesman', 'official')

May import: :mod:`.anaphora` and :mod:`.segment`, and the vocab, compiled, models and errors
modules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from claimrecon import compiled
from claimrecon.extract.anaphora import anaphor_heads, anaphor_kind, resolve
from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.models import Source, SourceKind
from claimrecon.vocab import Lexicon, alternation, per_lexicon

__all__ = ["DOCUMENT_VOICE", "antecedent", "classify_speaker", "find_source", "speaker_before"]

DOCUMENT_VOICE = Source(name=None, kind=SourceKind.MEDIA)
"""The document's own voice: the outlet or its reporter."""

# Words, with inner apostrophes, hyphens and dots ("O'Donnell", "Kabul-based"), or one
# punctuation character. Each alternative consumes at least one character and cannot
# overlap the next, so the scan is linear.
_TOKEN = re.compile(r"\w+(?:['\u2019\-]\w+)*|[^\w\s]")
_BOUNDARY_PUNCT = frozenset(",;:\"\u201c\u201d()[]\u2014\u2013!?\u2018\u2019'|-")
_QUOTES = frozenset('"\u201c\u201d')
_QUOTE_CHARS = re.compile('["\u201c\u201d]')
_DETERMINERS = frozenset({"a", "an", "the"})
_APPOSITIVE_OPENERS = frozenset(
    {"a", "an", "the", "one", "who", "which", "whose", "speaking", "citing", "however",
     "though", "according", "in", "also", "quoted", "writing", "talking", "himself",
     "herself", "his", "her", "its", "their", "formerly", "former", "now", "then", "both",
     "meanwhile", "too", "for", "of", "at", "from", "with", "on"}
)  # fmt: skip
_HEAD_PREPOSITIONS = frozenset(
    {"of", "for", "at", "with", "from", "on", "in", "about", "who", "which", "that", "to",
     "over", "under", "by", "inside", "near"}
)  # fmt: skip
_ORG_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from"})
_FORWARD_STOPS = frozenset(
    {"in", "on", "to", "during", "after", "before", "when", "via", "by", "through",
     "late", "earlier", "last", "this", "yesterday", "today", "told", "adding", "citing",
     "speaking", "while"}
)  # fmt: skip
_TAIL_OPENERS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "in", "on", "at", "to", "during", "after", "from", "by", "via", "late", "earlier",
     "last", "this", "yesterday", "today", "while", "citing", "adding", "according",
     "speaking", "without", "under", "through", "as", "before", "later", "recently",
     "tonight", "overnight", "shortly", "separately", "also", "and", "but", "though"}
)  # fmt: skip
_TIME_PREPOSITIONS = frozenset({"on", "late", "early", "earlier", "last", "this", "at", "over"})
_APPOSITIVE_STOPS = frozenset({",", ".", ";", ")"})
_CLAUSE_DASHES = frozenset({"-", "\u2013", "\u2014"})
_NEW_CLAUSE = frozenset({"as", "while", "when", "after", "before", "because", "which", "with"})
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "got"})
_PARTICIPLES = frozenset({"adding", "saying", "noting", "citing", "according", "explaining"})
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "da", "del", "la"})
_MAX_NP = 12
_WORD_RE = re.compile(r"\w+")
_WINDOW = 80


@dataclass(slots=True, eq=False)
class Token:
    """A word or a punctuation mark, with its offsets in the document.

    Never changed once made. Not frozen and not a named tuple: a sentence is tokenised for
    each claim it holds, and a frozen dataclass costs three times as much to build, a named
    tuple twice as much to read.
    """

    start: int
    end: int
    text: str


# --- compiled lexicon ------------------------------------------------------------------


def _alternation(keys: Iterable[str]) -> re.Pattern[str] | None:
    """Compile whole-word alternatives, longest first, matched case-insensitively."""
    body = alternation(keys, never="", spaces=r"\ ")
    if not body:
        return None
    return compiled.compile(rf"(?<![\w\-])(?:{body})(?![\w\-]|['\u2019]\w\w)", re.IGNORECASE)


def short_key(key: str) -> bool:
    """Say whether a lexicon key is short enough to match only in capitals ("AP", "IS")."""
    return len(key.replace("-", "")) <= 3


def _lows(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@dataclass(frozen=True)
class _Compiled:
    """The source lexicon's words as sets and regular expressions, built once."""

    verbs: frozenset[str]
    complement: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    according_first: frozenset[str]
    nouns: dict[str, SourceKind]
    noun_re: re.Pattern[str] | None
    outlet_suffixes: frozenset[str]
    document_nouns: frozenset[str]
    pronouns: frozenset[str]
    person_nouns: frozenset[str]
    clause_words: frozenset[str]
    skip_words: frozenset[str]
    actor_re: re.Pattern[str] | None
    actors: dict[str, str]
    numbers: frozenset[str]
    scope_breaks: frozenset[str]
    outlets: dict[str, str]
    state: frozenset[str]  # canonical actors that are state forces: they speak officially
    staff: frozenset[str]
    first_person: frozenset[str]
    anaphors: dict[str, str]  # head word ("group") -> "armed": refers back to one actor
    actor_index: dict[str, re.Pattern[str]]  # first word -> the actors' names it opens
    toll_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    honorifics: frozenset[str]
    relay_verbs: frozenset[str]
    document_modifiers: frozenset[str]
    time_words: frozenset[str]  # weekdays, months, parts of the day: "on Monday"
    body_anaphors: frozenset[str]
    adverbs: dict[str, SourceKind]  # "officially": an adverb that tells who speaks
    events: frozenset[str]  # "attack", "explosion": what happened, never who speaks
    links: frozenset[str]  # "linked", "loyal": a group named as another's ally
    countries: frozenset[str]  # "Sri Lanka" and its capital: a state speaks officially

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Compiled:
        src, act = lexicon.sources, lexicon.actors
        nouns = {" ".join(k.lower().split()): v for k, v in src.nouns.items()}
        actors = act.spellings()
        outlets = {" ".join(k.lower().split()): v for k, v in act.outlets.items()}
        return cls(
            verbs=_lows(src.reporting_verbs),
            complement=_lows(src.complement_verbs),
            according=tuple(tuple(p.lower().split()) for p in src.according_to if p.split()),
            according_first=frozenset(p.lower().split()[0] for p in src.according_to if p.split()),
            nouns=nouns,
            noun_re=_alternation(nouns),
            outlet_suffixes=_lows(src.outlet_suffixes),
            document_nouns=_lows(src.document_nouns),
            pronouns=_lows(src.pronouns),
            person_nouns=_lows(src.person_nouns),
            clause_words=_lows(src.clause_words),
            skip_words=_lows(src.skip_words),
            actor_re=_alternation([*actors, *outlets]),
            actors=actors,
            outlets=outlets,
            numbers=frozenset(
                w.lower() for w in [*lexicon.figures.number_words, *lexicon.figures.qualifiers]
            ),
            scope_breaks=_lows(src.scope_breaks),
            state=frozenset(act.state_actors),
            staff=frozenset(" ".join(w.lower().split()) for w in src.staff_nouns),
            first_person=_lows(src.first_person),
            anaphors=anaphor_heads(act.anaphors),
            links=_lows(act.link_words),
            actor_index=_first_word_index(actors),
            toll_verbs=_lows(src.toll_verbs),
            toll_nouns=_lows(src.toll_nouns),
            honorifics=frozenset(w.lower().rstrip(".") for w in src.honorifics),
            relay_verbs=_lows(src.relay_verbs),
            document_modifiers=_lows(src.document_modifiers),
            time_words=_lows([*lexicon.figures.time_words, *lexicon.figures.date_words, "weekend"]),
            body_anaphors=frozenset(" ".join(w.lower().split()) for w in src.body_anaphors),
            adverbs={k.lower(): v for k, v in src.speaker_adverbs.items()},
            events=_lows(act.event_nouns),
            countries=_countries(lexicon),
        )


def _countries(lexicon: Lexicon) -> frozenset[str]:
    """Return the countries the lexicon knows and their capitals, in lower case."""
    ev = lexicon.events
    names = [*ev.capitals, *ev.capitals.values(), *ev.demonyms.values(), *ev.cities.values()]
    return frozenset(" ".join(n.lower().split()) for n in names)


@per_lexicon
def _compiled(lexicon: Lexicon) -> _Compiled:
    """Return the compiled lexicon."""
    return _Compiled.build(lexicon)


# --- classifying a speaker ---------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    pos: int
    end: int
    kind: SourceKind
    org: bool
    actor: str | None = None


class _Named(NamedTuple):
    """An actor named in a sentence."""

    start: int
    end: int
    actor: str


def _hits(c: _Compiled, text: str) -> list[_Hit]:
    """Find the lexicon words in ``text``: source nouns, armed groups, their outlets."""
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    if c.actor_re is not None:
        for m in c.actor_re.finditer(text):
            word = m.group()
            key = " ".join(word.lower().split())
            if short_key(key) and not word.isupper():
                continue
            actor = c.actors.get(key) or c.outlets.get(key)
            kind = SourceKind.OFFICIAL if actor in c.state else SourceKind.MILITANT
            hits.append(_Hit(m.start(), m.end(), kind, True, actor))
            taken.append((m.start(), m.end()))
    if c.noun_re is not None:
        for m in c.noun_re.finditer(text):
            word = m.group()
            key = " ".join(word.lower().split())
            if short_key(key) and not word.isupper() and not _abbreviated(c, text, m):
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            kind = c.nouns[key]
            org = kind in (SourceKind.MILITANT, SourceKind.NGO, SourceKind.MEDIA)
            hits.append(_Hit(m.start(), m.end(), kind, org))
    hits.extend(_outlet_names(c, text))
    hits.sort(key=lambda h: h.pos)
    return hits


_TITLE_NAME = re.compile(r" [A-Z]")


def _abbreviated(c: _Compiled, text: str, m: re.Match[str]) -> bool:
    """Say whether a short lexicon word is an abbreviation: "Gen.", or a title "Gen Olum".

    Short keys match in capitals only ("AP", not "ap"); a title in title case before a
    name is written without its dot as often as with it.
    """
    if text[m.end() : m.end() + 1] == ".":
        return True
    key = m.group().lower()
    title = c.nouns.get(key) is SourceKind.OFFICIAL and m.group().istitle()
    return title and _TITLE_NAME.match(text, m.end()) is not None


def _outlet_names(c: _Compiled, text: str) -> list[_Hit]:
    """Find capitalised names that end in an outlet word: "Military Times", "Fox News"."""
    out: list[_Hit] = []
    run_start: int | None = None
    run_len = 0
    last: re.Match[str] | None = None
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word[:1].isupper() and word[:1].isalpha():
            if run_start is None:
                run_start, run_len = m.start(), 0
            run_len += 1
            last = m
            if run_len >= 2 and word.lower() in c.outlet_suffixes:
                out.append(_Hit(run_start, m.end(), SourceKind.MEDIA, True))
        elif word == "." and last is not None and run_start is not None:
            continue  # "U.S. News": the dot belongs to the name
        else:
            run_start, run_len, last = None, 0, None
    return out


def _staff_head(c: _Compiled, head: str) -> bool:
    words = [w.lower() for w in _TOKEN.findall(head) if w[:1].isalnum()]
    return bool(words) and (
        words[-1] in c.staff or (len(words) > 1 and " ".join(words[-2:]) in c.staff)
    )


def classify_speaker(text: str, lexicon: Lexicon | None = None) -> SourceKind:
    """Return the kind of the speaker a noun phrase names, from its head.

    Example:
        >>> classify_speaker("a Middle East expert at the Brookings Institution").value
        'expert'
        >>> classify_speaker("Taliban spokesman").value
        'militant'
        >>> classify_speaker("a spokesman for the UN mission").value
        'ngo'
    """
    c = _compiled(lexicon if lexicon is not None else Lexicon.default())
    return _classify(c, text)


def _classify(c: _Compiled, text: str) -> SourceKind:
    # A speaker's phrase recurs ("police", "a spokesman"), and finding the lexicon's
    # hundreds of names in it is the cost: each phrase is classified once per lexicon.
    entry = _KINDS.get(id(c))
    if entry is None or entry[0] is not c:
        _KINDS.clear()  # kept with its _Compiled, so that the id is not reused meanwhile
        entry = _KINDS[id(c)] = (c, {})
    kinds = entry[1]
    kind = kinds.get(text)
    if kind is None:
        if len(kinds) >= _KINDS_SIZE:
            kinds.clear()
        kind = kinds[text] = _classified(c, text)
    return kind


_KINDS: dict[int, tuple[_Compiled, dict[str, SourceKind]]] = {}
_KINDS_SIZE = 20_000


def _classified(c: _Compiled, text: str) -> SourceKind:
    hits = _hits(c, text)
    if not hits:
        return _kind_without_hits(c, text)
    head_end, prep = _head_end(text)
    after = [h for h in hits if h.pos >= head_end]
    if prep in _ORG_PREPOSITIONS and after and _staff_head(c, text[:head_end]):
        # "a doctor at the hospital" speaks for the hospital; "at an MSF clinic" for MSF.
        return after[0].kind
    head = [h for h in hits if h.pos < head_end]
    if not head and prep in _ORG_PREPOSITIONS and after:
        # "the head of the Velka police department": a role unknown speaks for the body.
        return after[0].kind
    rest = [h for h in after if h.org] if prep in _ORG_PREPOSITIONS else []
    return _speaker_kind(head, rest)


def _kind_without_hits(c: _Compiled, text: str) -> SourceKind:
    """Return the kind of a speaker no lexicon word names: a state's, or unknown."""
    return SourceKind.OFFICIAL if _names_a_state(c, text) else SourceKind.UNKNOWN


def _names_a_state(c: _Compiled, text: str) -> bool:
    """Say whether a speaker is a country or its capital: "Sri Lanka said", "Kabul says"."""
    words = [w for w in _TOKEN.findall(text) if w[:1].isalnum()]
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and " ".join(words).lower() in c.countries


def _speaker_kind(head: Sequence[_Hit], rest: Sequence[_Hit]) -> SourceKind:
    """Return the kind from the role and organisation in the head, else from ``rest``.

    ``rest`` holds the organisations named after the head's preposition ("a spokesman
    for the UN mission").
    """
    roles = [h for h in head if not h.org]
    orgs = [h for h in head if h.org]
    role = roles[-1].kind if roles else None
    if orgs:
        return _role_or_org(role, orgs[0].kind)
    if role is not None:
        return _role_or_org(role, rest[0].kind) if rest else role
    return rest[0].kind if rest else SourceKind.UNKNOWN


def _head_end(text: str) -> tuple[int, str]:
    """Return where a noun phrase's head ends, and the preposition that ends it ("" if none)."""
    for m in _TOKEN.finditer(text):
        low = m.group().lower()
        if low in _HEAD_PREPOSITIONS:
            return m.start(), low
    return len(text), ""


def _role_or_org(role: SourceKind | None, org: SourceKind) -> SourceKind:
    """Return who speaks when a role and an organisation are both named.

    An official (or a bare organisation) speaks for the organisation, and so does an
    expert at an NGO or an outlet; any other role speaks as itself.
    """
    if role is None or role is SourceKind.OFFICIAL:
        return org
    if role is SourceKind.EXPERT and org in (SourceKind.NGO, SourceKind.MEDIA):
        return org
    return role


# --- tokens and per-document state -------------------------------------------------------


class _Paragraph(NamedTuple):
    """The indices of a paragraph's first and last sentence."""

    first: int
    last: int


@dataclass
class _SourcesMemo:
    """What finding sources keeps of one document (``DocContext.memo``)."""

    tokens: dict[int, list[Token]] = field(default_factory=dict)
    paragraphs: dict[int, _Paragraph] | None = None
    quotes: tuple[list[int], list[_Quote]] | None = None
    actors: dict[int, list[_Named]] = field(default_factory=dict)
    speakers: dict[int, list[_Speaker]] = field(default_factory=dict)

    def after_reading(self) -> None:
        """Drop each sentence's tokens once the claims are read (see ``DocContext``)."""
        self.tokens.clear()


def _tokens(ctx: DocContext, sentence: Sentence) -> list[Token]:
    """Return the tokens of ``sentence``, cached per sentence.

    The cost stays bounded in text without sentence punctuation: segmentation cuts such a
    run into windows (:data:`claimrecon.extract.segment.MAX_SENTENCE`).
    """
    cache = ctx.memo(_SourcesMemo).tokens
    toks = cache.get(sentence.index)
    if toks is None:
        found = _TOKEN.finditer(ctx.text, sentence.start, sentence.end)
        toks = cache[sentence.index] = [Token(m.start(), m.end(), m.group()) for m in found]
    return toks


def _paragraph_bounds(ctx: DocContext) -> dict[int, _Paragraph]:
    """Map each paragraph to the indices of its first and last sentence."""
    bounds = ctx.memo(_SourcesMemo).paragraphs
    if bounds is None:
        bounds = {}
        for s in ctx.sentences:
            first, _ = bounds.get(s.paragraph, (s.index, s.index))
            bounds[s.paragraph] = _Paragraph(first, s.index)
        ctx.memo(_SourcesMemo).paragraphs = bounds
    return bounds


@dataclass(frozen=True)
class _Quote:
    open: int
    close: int | None  # None: the quotation runs past the end of its paragraph


def _quotations(ctx: DocContext) -> tuple[list[int], list[_Quote]]:
    """Return the quotations of the document, sorted by where they open."""
    cached = ctx.memo(_SourcesMemo).quotes
    if cached is not None:
        return cached
    quotes: list[_Quote] = []
    text = ctx.text
    for first, last in _paragraph_bounds(ctx).values():
        start, end = ctx.sentences[first].start, ctx.sentences[last].end
        opened: int | None = None
        for m in _QUOTE_CHARS.finditer(text, start, end):
            char = m.group()
            if char == "\u201c":
                if opened is None:
                    opened = m.start()
            elif char == "\u201d" or opened is not None:
                if opened is not None:
                    quotes.append(_Quote(opened, m.start()))
                opened = None
            else:
                opened = m.start()
        if opened is not None:
            quotes.append(_Quote(opened, None))
    quotes.sort(key=lambda q: q.open)
    result = ([q.open for q in quotes], quotes)
    ctx.memo(_SourcesMemo).quotes = result
    return result


def _quote_at(ctx: DocContext, offset: int) -> _Quote | None:
    opens, quotes = _quotations(ctx)
    i = bisect.bisect_right(opens, offset - 1) - 1
    if i < 0:
        return None
    quote = quotes[i]
    if quote.close is None:
        sentence = ctx.sentence_at(quote.open)
        if sentence is None:
            return None
        _first, last = _paragraph_bounds(ctx)[sentence.paragraph]
        inside = offset < ctx.sentences[last].end
    else:
        inside = offset < quote.close
    return quote if inside and quote.open < offset else None


# --- reporting frames --------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """A speaker and the verb (or phrase) that reports what it says."""

    verb: int  # index of the first verb token
    verb_end: int  # index past the last verb token
    np: tuple[int, int]  # token indices of the speaker's noun phrase
    appositive: tuple[int, int] | None
    form: str  # "pre": speaker then verb; "inv": verb then speaker; "acc"; "colon"; "adv"
    complement: bool = False
    relay: tuple[int, int] | None = None  # who quoted the speaker: "the agency quoted X as"


def _low(tok: Token) -> str:
    return tok.text.lower()


def _is_boundary(c: _Compiled, tok: Token) -> bool:
    word = tok.text
    return word in _BOUNDARY_PUNCT or word.lower() in c.clause_words


def _frames(c: _Compiled, toks: Sequence[Token], lo: int, hi: int) -> list[_Frame]:
    """Find the reporting frames among ``toks[lo:hi]``."""
    frames: list[_Frame] = []
    i = lo
    while i < hi:
        low = _low(toks[i])
        acc = _according(c, toks, i, hi)
        if acc:
            np = _np_forward(c, toks, i + acc, hi, stop_words=frozenset())
            if np is not None:
                frames.append(_Frame(i, i + acc, np, _appositive_after(toks, np[1], hi), "acc"))
            i += acc
            continue
        owner = _owner_frame(c, toks, i, lo, hi) or _reports_that(c, toks, i, lo, hi)
        if owner is not None:
            frames.append(owner)
        if low in c.adverbs and _opens_clause(c, toks, i, lo, hi):
            frames.append(_Frame(i, i + 2, (i, i + 1), None, "adv"))
        verb = low in c.verbs or low in c.complement or low in c.toll_verbs
        if verb and not _ends_a_name(c, toks, i):
            frame = _frame_at(c, toks, i, lo, hi, complement=low not in c.verbs)
            if frame is not None:
                frames.append(_quoted_as(c, toks, frame, hi) or frame)
        i += 1
    return frames


def _opens_clause(c: _Compiled, toks: Sequence[Token], i: int, lo: int, hi: int) -> bool:
    """Say whether an adverb opens a clause, set off by a comma: "Officially, ..."."""
    opens = i == lo or _is_boundary(c, toks[i - 1])
    return opens and i + 1 < hi and toks[i + 1].text == ","


_OWNER_STOPS = frozenset({"with", "of", "to", "by", "from", "in", "on", "at", "for", "than"})


def _owner_frame(c: _Compiled, toks: Sequence[Token], i: int, lo: int, hi: int) -> _Frame | None:
    """Read the owner of a document noun as the speaker of what it is "of".

    "the authorities' report of three attackers", "the ministry's estimate of 40 dead":
    no verb of saying, but the report is the owner's, and so is the figure it holds.
    """
    if _low(toks[i]) not in c.document_nouns or i + 1 >= hi or _low(toks[i + 1]) != "of":
        return None
    j = i - 1
    if j > lo and toks[j].text in ("'", "\u2019"):
        j -= 1
    elif j < lo or not _low(toks[j]).endswith(("'s", "\u2019s")):
        return _owner_after(c, toks, i, hi)
    k = j
    # The owner's noun phrase: back to its determiner, never past a preposition.
    while k > lo and j - k < _MAX_NP and _low(toks[k]) not in _DETERMINERS:
        if _is_boundary(c, toks[k - 1]) or _low(toks[k - 1]) in _OWNER_STOPS:
            break
        k -= 1
    np = (k, j + 1)
    return _Frame(i, i + 2, np, None, "owner") if _valid_np(c, toks, np) else None


_MAX_OWNED = 5  # tokens from "toll of" to the participle naming its owner


def _owner_after(c: _Compiled, toks: Sequence[Token], i: int, hi: int) -> _Frame | None:
    """Read "the toll of 21 given by police": the agent of the participle owns the toll."""
    for k in range(i + 2, min(hi - 2, i + 2 + _MAX_OWNED)):
        low = _low(toks[k])
        if toks[k].text in _BOUNDARY_PUNCT:
            return None
        if (low in c.toll_verbs or low in c.verbs) and _low(toks[k + 1]) == "by":
            stop = c.skip_words | c.verbs | c.complement | c.toll_verbs
            np = _np_forward(c, toks, k + 2, hi, stop_words=stop)
            if np is None or not _valid_np(c, toks, np):
                return None
            return _Frame(i, i + 2, np, None, "owner")
    return None


_REPORT_NOUNS = frozenset({"report", "reports"})
_OWNERS = frozenset({"its", "their", "his", "her", "our"})


def _reports_that(c: _Compiled, toks: Sequence[Token], i: int, lo: int, hi: int) -> _Frame | None:
    """Read "there were reports that ...": the reports speak for what they say.

    They go by their own name with their modifiers ("earlier reports", "media reports");
    "its initial report that ..." is its owner's, no speaker of its own here.
    """
    if _low(toks[i]) not in _REPORT_NOUNS or i + 1 >= hi or _low(toks[i + 1]) != "that":
        return None
    k = i
    while k - 1 >= lo and i - k < 2 and toks[k - 1].text[:1].islower():
        word = _low(toks[k - 1])
        if word in _OWNERS or word.endswith(("'s", "\u2019s")):
            return None  # "its initial report that ...": the owner's report
        if word not in c.document_modifiers and word not in c.nouns:
            break  # "earlier reports", "media reports"; not "denied reports"
        k -= 1
    return _Frame(i, i + 2, (k, i + 1), None, "reports")


def _ends_a_name(c: _Compiled, toks: Sequence[Token], i: int) -> bool:
    """Say whether a capitalised verb form ends a known name: "United States", not "says"."""
    if i == 0 or not toks[i].text[:1].isupper():
        return False
    pair = f"{_low(toks[i - 1])} {_low(toks[i])}"
    return pair in c.actors or pair in c.nouns or _given_name(c, toks, i)


def _given_name(c: _Compiled, toks: Sequence[Token], i: int) -> bool:
    """Say whether "Said" is a name between names: "Mohamed Said Belaid told reporters".

    Headlines write "Says" in title case, and a source noun before it speaks ("Police Said").
    """
    if toks[i].text != "Said" or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1].text, toks[i + 1].text
    capitals = before[:1].isupper() and after[:1].isupper() and after[:1].isalpha()
    return capitals and before.lower() not in c.nouns and before.lower() not in c.actors


def _appositive_after(toks: Sequence[Token], k: int, hi: int) -> tuple[int, int] | None:
    """Return the appositive after a speaker ending at ``k``: ", a spokesman for X"."""
    if not (k + 1 < hi and toks[k].text == "," and _appositive_like(toks[k + 1])):
        return None
    return (k + 1, _appositive_end(toks, k, hi))


def _appositive_end(toks: Sequence[Token], comma: int, hi: int) -> int:
    """Return where an appositive opened by the comma at ``comma`` ends (at most 15 tokens)."""
    end = comma + 1
    while end < hi and toks[end].text not in _APPOSITIVE_STOPS and end - comma <= 15:
        if toks[end].text == "(":
            # "a spokesman for the Okvara Front (OF), said": the acronym is part of the name.
            close = next((k for k in range(end + 2, min(hi, end + 5)) if toks[k].text == ")"), None)
            if close is not None:
                end = close
        end += 1
    return end


def _quoted_as(c: _Compiled, toks: Sequence[Token], f: _Frame, hi: int) -> _Frame | None:
    """Read "the agency quoted the minister as saying ...": the minister, via the agency.

    "the agency quoted a statement by the Front": the document's owner, via the agency.
    """
    if _low(toks[f.verb]) not in c.relay_verbs or f.form != "pre":
        return None
    for k in range(f.verb_end + 1, min(hi - 1, f.verb_end + 14)):
        if _low(toks[k]) == "as" and _low(toks[k + 1]) in c.verbs:
            np = (f.verb_end, k)
            if not _valid_np(c, toks, np):
                return None
            return _Frame(k, k + 2, np, None, "pre", False, relay=f.np)
        if _is_boundary(c, toks[k]):
            break
    return _quoted_document(c, toks, f, hi)


def _quoted_document(c: _Compiled, toks: Sequence[Token], f: _Frame, hi: int) -> _Frame | None:
    """Read "the agency quoted a statement by the Front" closing a quotation: the Front."""
    np = _np_forward(c, toks, f.verb_end, hi, stop_words=frozenset())
    if np is None:
        return None
    words = list(toks[np[0] : np[1]])
    owner = _after_document(c, words)
    if owner is words or not owner:
        return None
    return _Frame(f.verb, np[1], (np[1] - len(owner), np[1]), None, "pre", False, relay=f.np)


def _according(c: _Compiled, toks: Sequence[Token], i: int, hi: int) -> int:
    if _low(toks[i]) not in c.according_first:
        return 0
    for phrase in c.according:
        n = len(phrase)
        if i + n <= hi and all(_low(toks[i + k]) == phrase[k] for k in range(n)):
            return n
    return 0


def _frame_at(
    c: _Compiled, toks: Sequence[Token], i: int, lo: int, hi: int, complement: bool
) -> _Frame | None:
    if _passive_at(c, toks, i, lo):
        return _passive_relay(c, toks, i, lo, hi)
    j = i - 1
    while j >= lo and _low(toks[j]) in c.skip_words and toks[j].text[:1].islower():
        j -= 1
    if _low(toks[i]).endswith("ing"):
        return _participle_frame(c, toks, i, j, lo, hi, complement)
    if j >= lo and toks[j].text == ",":
        return _after_comma(c, toks, i, j, lo, hi, complement)
    joined = _joined_verb(c, toks, i, j, lo, complement) or _relative_frame(
        c, toks, i, j, lo, complement
    )
    if joined is not None:
        return joined
    if j < lo or (_is_boundary(c, toks[j]) and _bracket_opening(toks, j, lo) is None):
        return _inverted(c, toks, i, hi, complement)
    np = _np_backward(c, toks, j, lo)
    return _Frame(i, i + 1, np, None, "pre", complement) if np is not None else None


_RELATIVES = frozenset({"who", "which"})
_MAX_RELATIVE = 25  # tokens of a relative clause between a speaker and its verb


def _relative_frame(
    c: _Compiled, toks: Sequence[Token], i: int, j: int, lo: int, complement: bool
) -> _Frame | None:
    np = _relative_subject(c, toks, j, lo) if j > lo else None
    return _Frame(i, i + 1, np, None, "pre", complement) if np is not None else None


def _relative_pronoun(toks: Sequence[Token], j: int, lo: int) -> int | None:
    """Return where "who" or "which" opens a relative clause ending at ``j``, unset off."""
    k = j
    while k > lo and j - k < _MAX_RELATIVE and _low(toks[k]) not in _RELATIVES:
        if toks[k].text in _QUOTES or toks[k].text in {";", ":", "."}:
            return None
        if toks[k].text == "," and k < j:
            return None  # "20 soldiers who were hurt, the sources said": no relative subject
        k -= 1
    if k <= lo or _low(toks[k]) not in _RELATIVES or k == j or toks[k - 1].text == ",":
        return None
    return k


def _relative_subject(
    c: _Compiled, toks: Sequence[Token], j: int, lo: int
) -> tuple[int, int] | None:
    """Return a speaker whose relative clause stands before its verb.

    "several security sources who were on the scene say", "a guard who oversees the bars
    said", "Dunmar who was with the minister, said": the noun phrase before "who" speaks.
    A relative clause set off by commas is an appositive (:func:`_after_comma`), and so
    is a phrase after a comma; a clause that holds a comma, a quotation mark or a full
    stop is no relative clause of the speaker.
    """
    k = _relative_pronoun(toks, j, lo)
    if k is None:
        return None
    np = _np_backward(c, toks, k - 1, lo)
    if np is None or (np[0] > lo and toks[np[0] - 1].text == ","):
        return None  # "Amaq, a channel which ..., said": an appositive (_after_comma)
    # "who" tells a person ("a guard who ..."); "which" must name a body that speaks.
    return np if _low(toks[k]) == "who" or _speaker_like(c, toks, np) else None


def _passive_at(c: _Compiled, toks: Sequence[Token], i: int, lo: int) -> bool:
    """Say whether the verb at ``i`` is passive: "was confirmed", "was also confirmed"."""
    if i <= lo:
        return False
    word = toks[i - 1].text
    if word in _PASSIVE:
        return True
    return i - 2 >= lo and word.islower() and word in c.skip_words and toks[i - 2].text in _PASSIVE


def _joined_verb(
    c: _Compiled, toks: Sequence[Token], i: int, j: int, lo: int, complement: bool
) -> _Frame | None:
    """Read "Militants ... claimed the attack and said it had killed 20": one subject."""
    if j > lo and _low(toks[j]) == "and" and toks[j - 1].text not in _BOUNDARY_PUNCT:
        np = _initial_np(c, toks, lo, j)
        if np is not None:
            return _Frame(i, i + 1, np, None, "pre", complement)
    return None


def _passive_relay(c: _Compiled, toks: Sequence[Token], i: int, lo: int, hi: int) -> _Frame | None:
    """Read "The minister was quoted as saying": the subject speaks.

    Any other passive ("the attack was said to have been ...") is a hedge, not a speaker.
    """
    if _low(toks[i]) in c.relay_verbs and i + 1 < hi and _low(toks[i + 1]) in ("as", "by"):
        np = _np_backward(c, toks, i - 2, lo) if i - 2 >= lo else None
        if np is None or _low(toks[i + 1]) == "as":
            return _Frame(i, i + 3, np, None, "pre") if np is not None else None
        return _quoted_by_as(c, toks, i, np, hi)
    agent = _passive_agent(c, toks, i, hi)
    if agent is not None:
        return agent
    if _low(toks[i]).endswith("ing") and _low(toks[i - 1]) in {"is", "are"} and i - 2 >= lo:
        # "Dunmar News is reporting that ...", "..., Velka TV is reporting": a verb in the
        # present, its subject before the auxiliary.
        np = _np_backward(c, toks, i - 2, lo)
        return _Frame(i - 1, i + 1, np, None, "pre") if np is not None else None
    return None


def _quoted_by_as(
    c: _Compiled, toks: Sequence[Token], i: int, np: tuple[int, int], hi: int
) -> _Frame | None:
    """Read "The minister was quoted by the Velka agency as saying": the minister, via it."""
    for k in range(i + 3, min(hi - 1, i + 12)):
        if _low(toks[k]) == "as" and _low(toks[k + 1]) in c.verbs:
            relay = (i + 2, k)
            return (
                _Frame(i, k + 2, np, None, "pre", relay=relay)
                if _valid_np(c, toks, relay)
                else None
            )
        if _is_boundary(c, toks[k]):
            break
    return None


_AGENT_PREPOSITIONS = frozenset({"by", "through", "from"})


def _passive_agent(c: _Compiled, toks: Sequence[Token], i: int, hi: int) -> _Frame | None:
    """Read "it was confirmed by Okvara police that ...": the agent speaks what follows.

    A reporting verb in the passive, "by", "through" or "from", a speaker and "that"
    ("it was confirmed from hospital sources that ..."); read like "according to".
    """
    if _low(toks[i]) not in c.verbs or i + 1 >= hi or _low(toks[i + 1]) not in _AGENT_PREPOSITIONS:
        return None
    np = _np_forward(c, toks, i + 2, hi, stop_words=frozenset())
    if np is None or np[1] >= hi or _low(toks[np[1]]) != "that":
        return None
    return _Frame(i, i + 2, np, None, "acc")


def _participle_frame(
    c: _Compiled, toks: Sequence[Token], i: int, j: int, lo: int, hi: int, complement: bool
) -> _Frame | None:
    """Read "The ministry gave a lower toll, saying ...": the clause's subject speaks.

    "..., with a witness saying ...": the noun phrase after "with" speaks.
    """
    if j >= lo and toks[j].text != ",":
        np = _with_subject(c, toks, j, lo)
        return _Frame(i, i + 1, np, None, "pre", complement) if np is not None else None
    if j < lo:
        return None
    if j - 1 >= lo and _low(toks[j - 1]) in c.verbs:
        # "..., the Pentagon said, adding that ...": the speaker goes on.
        said = _frame_at(c, toks, j - 1, lo, hi, False)
        if said is None:
            return None
        return _Frame(i, i + 1, said.np, said.appositive, "pre", complement)
    inverted = _inverted_before(c, toks, j, lo, hi)
    if inverted is not None:
        return _Frame(i, i + 1, inverted.np, inverted.appositive, "pre", complement)
    np = _initial_np(c, toks, lo, j)
    return _Frame(i, i + 1, np, None, "pre", complement) if np is not None else None


_MAX_INVERTED = 20  # tokens from ", said" to the comma before "adding"


def _inverted_before(
    c: _Compiled, toks: Sequence[Token], j: int, lo: int, hi: int
) -> _Frame | None:
    """Return the frame ", said X, a spokesman," that ends at the comma ``j`` before a participle.

    "..., said Omar Velid, a hospital spokesman, adding that 50 wounded arrived": the
    speaker named after the verb goes on.
    """
    for v in range(j - 1, max(lo, j - _MAX_INVERTED) - 1, -1):
        if _low(toks[v]) in {".", ";"}:
            return None
        if _low(toks[v]) in c.verbs and v > lo and _is_punct_boundary(toks[v - 1]):
            said = _inverted(c, toks, v, hi, False)
            if said is None:
                return None
            if said.np[1] == j:  # "said police chief X, adding": no role after the name
                return _Frame(v, v + 1, said.np, None, "inv")
            apposed = said.appositive is not None and said.appositive[1] == j
            return said if apposed else None
    return None


def _with_subject(c: _Compiled, toks: Sequence[Token], j: int, lo: int) -> tuple[int, int] | None:
    """Return the speaker of "with a witness saying": the phrase after "with", ending at ``j``."""
    for k in range(j, max(lo, j - 6) - 1, -1):
        if _low(toks[k]) == "with":
            np = (k + 1, j + 1)
            return np if k < j and _valid_np(c, toks, np) else None
        if _is_boundary(c, toks[k]):
            return None
    return None


def _after_comma(
    c: _Compiled, toks: Sequence[Token], i: int, j: int, lo: int, hi: int, complement: bool
) -> _Frame | None:
    """Read a verb after a comma: "X, however, claims", "X, a spokesman, said", ", said X"."""
    k = j - 1
    while k >= lo and j - k <= 20:
        opening = _bracket_opening(toks, k, lo)
        if opening is None and _is_punct_boundary(toks[k]):
            break
        k = k - 1 if opening is None else opening - 1
    segment = (k + 1, j)
    if k >= lo and toks[k].text == "," and segment[1] > segment[0]:
        np = _np_backward(c, toks, k - 1, lo)
        if np is not None and (
            _appositive_like(toks[segment[0]]) or _name_then_role(c, toks, np, segment)
        ):
            return _Frame(i, i + 1, np, segment, "pre", complement)
        if np is not None and _valid_np(c, toks, segment):
            # "A Taliban spokesman, Zabihullah Mujahid, said": the name, then its role.
            return _Frame(i, i + 1, segment, np, "pre", complement)
    # ", said X" names X; "X who was there, said" the subject before the relative clause.
    return _inverted(c, toks, i, hi, complement) or _relative_frame(c, toks, i, j, lo, complement)


def _name_then_role(
    c: _Compiled, toks: Sequence[Token], np: tuple[int, int], segment: tuple[int, int]
) -> bool:
    """Say whether a name and then a capitalised role stand before the verb.

    "Ana Dunmar, Deputy Inspector General of Velka police, said": the name has no source
    noun, the role has one and a word in lower case; the person speaks.
    """
    name = [t.text for t in toks[np[0] : np[1]] if t.text[:1].isalnum()]
    role = " ".join(t.text for t in toks[segment[0] : segment[1]])
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return False
    lows = " ".join(w.lower() for w in name)
    if c.noun_re is not None and c.noun_re.search(lows):
        return False
    return _classify(c, role) is not SourceKind.UNKNOWN and any(
        t.text[:1].islower() for t in toks[segment[0] : segment[1]]
    )


def _inverted(
    c: _Compiled, toks: Sequence[Token], i: int, hi: int, complement: bool
) -> _Frame | None:
    """A speaker after its verb: ``", said Abdul Rahman, a local resident."``."""
    if _low(toks[i]).endswith("ing"):
        return None  # ", saying a bomber struck": a participle opens a clause, not a speaker
    np = _np_forward(c, toks, i + 1, hi, stop_words=_FORWARD_STOPS)
    if np is None:
        return None
    return _Frame(i, i + 1, np, _appositive_after(toks, np[1], hi), "inv", complement)


def _initial_np(c: _Compiled, toks: Sequence[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """Return the noun phrase that opens a clause ("The interior ministry in Kabul gave")."""
    start = lo
    while start < hi and (_low(toks[start]) in c.clause_words or toks[start].text == ","):
        start += 1
    i = _initial_np_end(c, toks, start, hi)
    if i == start or (i < hi and toks[i].text[:1].isalpha() and _low(toks[i]) in c.verbs):
        return None
    np = (start, i)
    return np if _valid_np(c, toks, np) and _names_someone(c, toks[start:i]) else None


def _initial_np_end(c: _Compiled, toks: Sequence[Token], start: int, hi: int) -> int:
    """Return where a clause-opening noun phrase ends: articles, capitals, source nouns."""
    i = start
    while i < hi and i - start < 8:
        word = toks[i].text
        low = word.lower()
        if low in _DETERMINERS or word[:1].isupper() or low in c.nouns or word == ".":
            i += 1
            continue
        if (low.endswith(("'s", "\u2019s"))) and i > start:
            i += 1
            continue
        break
    return i


def _names_someone(c: _Compiled, words: Sequence[Token]) -> bool:
    """Say whether a word past the articles is a capitalised name or a source noun."""
    return any(
        t.text[:1].isupper() or _low(t) in c.nouns for t in words if _low(t) not in _DETERMINERS
    )


def _is_punct_boundary(tok: Token) -> bool:
    return tok.text in _BOUNDARY_PUNCT


def _appositive_like(tok: Token) -> bool:
    word = tok.text
    return (
        word.lower() in _APPOSITIVE_OPENERS
        or word[:1].islower()
        or word[:1].isdigit()
        or word.endswith(("'s", "\u2019s"))  # "Habib Essid, Tunisia's prime minister,"
    )


def _np_backward(c: _Compiled, toks: Sequence[Token], j: int, lo: int) -> tuple[int, int] | None:
    end = j + 1
    joined = False
    while j >= lo and end - j <= _MAX_NP:
        opening = _bracket_opening(toks, j, lo)
        if opening is not None:
            j = opening - 1  # "the Okvara Front (OF) militant group said": the acronym is inside
            continue
        if _is_boundary(c, toks[j]):
            # "a local lawmaker and residents said": two speakers joined by "and".
            if joined or _low(toks[j]) != "and" or j == end - 1 or j - 1 < lo:
                break
            before = toks[j - 1].text
            if not (before[:1].isupper() or before.lower() in c.nouns):
                break
            joined = True
        if _low(toks[j]) in c.verbs and not _ends_a_name(c, toks, j):
            return _after_verb(c, toks, j, end)
        j -= 1
    if end - j > _MAX_NP:
        return None
    np = (j + 1, end)
    return np if _valid_np(c, toks, np) else None


def _after_verb(c: _Compiled, toks: Sequence[Token], j: int, end: int) -> tuple[int, int] | None:
    """Return the phrase after a verb at ``j`` when an article opens it, else ``None``.

    "the agency said a police official said": the official speaks.
    """
    if j + 1 < end and _low(toks[j + 1]) in _DETERMINERS and end - j - 1 <= _MAX_NP:
        np = (j + 1, end)
        return np if _valid_np(c, toks, np) else None
    return None


def _bracket_opening(toks: Sequence[Token], j: int, lo: int) -> int | None:
    """Where a short bracket closing at ``j`` opens, after a name: "Front (OF)", "(TTP)"."""
    if toks[j].text != ")" or j == len(toks) - 1:
        return None
    for k in range(j - 1, max(lo, j - 4) - 1, -1):
        if toks[k].text == "(":
            return k if lo < k < j - 1 and toks[k + 1].text[:1].isupper() else None
    return None


def _np_forward(
    c: _Compiled, toks: Sequence[Token], i: int, hi: int, stop_words: frozenset[str]
) -> tuple[int, int] | None:
    start = i
    while i < hi and i - start < _MAX_NP:
        tok = toks[i]
        low = tok.text.lower()
        if _is_boundary(c, tok) or low in stop_words or low in c.complement:
            break
        if low in c.verbs and not _ends_a_name(c, toks, i):
            break
        if tok.text == "." and (i + 1 >= hi or _is_punct_boundary(toks[i + 1])):
            break
        i += 1
    np = (start, i)
    while np[1] > np[0] and toks[np[1] - 1].text == ".":
        np = (np[0], np[1] - 1)
    return np if np[1] > np[0] and _valid_np(c, toks, np) else None


def _valid_np(c: _Compiled, toks: Sequence[Token], np: tuple[int, int]) -> bool:
    words = _np_words(toks, np)
    if not words or len(words) > _MAX_NP:
        return False
    lows = [w.lower() for w in words]
    if len(words) == 1 and lows[0] in c.pronouns | {"it", "they", "we", "i", "you"}:
        return True
    if lows[-1] in c.toll_nouns:
        return False  # "the death toll has risen to 44": a toll is what is said, not who
    if all(w in c.skip_words or w in _TAIL_OPENERS for w in lows):
        return False  # "so far", "later on Monday": adverbs and time words name no one
    if any(w[:1].isupper() for w in words) or any(w in c.nouns for w in lows):
        return True
    return len(words) <= 3


def _np_words(toks: Sequence[Token], np: tuple[int, int]) -> list[str]:
    """Return the words of a noun phrase without punctuation and leading articles."""
    words = [t.text for t in toks[np[0] : np[1]] if t.text[:1].isalnum()]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return words


# --- choosing the frame that governs a claim ---------------------------------------------


def _governing(
    c: _Compiled, toks: Sequence[Token], frames: Sequence[_Frame], a: int, b: int
) -> list[_Frame]:
    """Return the frames that govern the claim at token indices ``[a, b)``, nearest first."""
    before: list[tuple[int, _Frame]] = []
    after: list[tuple[int, _Frame]] = []
    for f in frames:
        if f.form in {"owner", "acc", "adv", "reports"}:
            distance = _phrase_distance(c, toks, f, a, b)
            if distance is not None:
                before.append((distance, f))
        elif _precedes(f, a, b):
            if _governs_before(c, toks, f, a, b):
                before.append((max(0, a - f.verb_end), f))
        elif f.verb >= b and _trailing(c, toks, f, b) and not _in_claimed_attack(toks, a):
            after.append((f.verb - b, f))
    before.sort(key=lambda x: x[0])
    after.sort(key=lambda x: x[0])
    chosen = [f for _, f in before] + [f for _, f in after]
    return _chain(toks, chosen, b) if chosen else []


_CLAIM_NOUNS = frozenset({"responsibility", "credit"})
_MAX_CLAIMED = 15  # tokens from "responsibility for" to a figure describing the attack


def _in_claimed_attack(toks: Sequence[Token], a: int) -> bool:
    """Say whether a claim describes the attack a group claims: the narrator's words.

    "Velka claimed responsibility for the bombing that killed 14, the group said": the
    toll is in a relative clause of the attack claimed, not what the closing speaker says.
    """
    lo = max(0, a - _MAX_CLAIMED)
    for k in range(lo, a - 2):
        if _low(toks[k]) in _CLAIM_NOUNS and _low(toks[k + 1]) == "for":
            return any(_low(t) in {"that", "which"} for t in toks[k + 2 : a])
    return False


def _phrase_distance(c: _Compiled, toks: Sequence[Token], f: _Frame, a: int, b: int) -> int | None:
    """Return how far a frame with no verb of its own stands from the claim it governs.

    A document's owner governs what the document is "of"; "according to X" the whole
    sentence, after the claim last; "Officially, ..." its clause. ``None``: not the claim.
    """
    if f.form == "owner":
        # The claim may hold the document noun itself: "the toll of 21 given by police".
        return max(0, a - f.verb_end) if f.verb <= a <= f.verb_end + 2 else None
    if f.form in {"adv", "reports"}:
        governs = f.verb_end <= a and not _scope_ends(c, toks, f.verb_end, a)
        return a - f.verb_end if governs else None
    if f.np[1] <= a:
        return a - f.np[1]
    return (f.verb - b) + 1000 if f.verb >= b else None


def _precedes(f: _Frame, a: int, b: int) -> bool:
    """Say whether a speaker-then-verb frame stands before the claim (or opens it)."""
    return f.form == "pre" and f.verb_end <= b and f.verb < max(a, f.verb_end) and f.np[1] <= f.verb


def _governs_before(c: _Compiled, toks: Sequence[Token], f: _Frame, a: int, b: int) -> bool:
    """Say whether a frame before the claim reports it, its scope reaching the claim."""
    if f.complement and not _complement_governs(c, toks, f, a):
        return False
    return not (f.np[0] >= b or _scope_ends(c, toks, f.verb_end, a))


def _chain(toks: Sequence[Token], chosen: Sequence[_Frame], b: int) -> list[_Frame]:
    """Return the nearest frame with the outer frames that report its speaker.

    "AP reports that a police official says ...": the official, via AP.
    """
    first = chosen[0]
    chain = [first]
    for f in chosen[1:]:
        if f.form == "pre" and first.form == "pre" and f.verb < first.np[0]:
            gap = [t.text.lower() for t in toks[f.verb_end : first.np[0]]]
            if all(w in {"that", ","} for w in gap):
                chain.append(f)
        elif f.form == "acc" and f.verb >= b and first.form == "pre":
            chain.append(f)
    return chain


def _complement_governs(c: _Compiled, toks: Sequence[Token], f: _Frame, a: int) -> bool:
    """Say whether a verb that does not always report ("claimed", "put") reports the claim.

    Its subject must name a speaker ("the attack claimed 38 lives" has none), and the verb
    must open what is said ("claims that", "claimed 27"), be a group's claim of a count, or
    give a toll ("the Red Cross put the number of dead at 24").
    """
    if not _speaker_like(c, toks, f.np):
        return False
    return (
        _complement_follows(c, toks, f.verb_end)
        or _group_claims(c, toks, f, a)
        or _toll_follows(c, toks, f, a)
    )


def _speaker_like(c: _Compiled, toks: Sequence[Token], np: tuple[int, int]) -> bool:
    """Say whether a noun phrase names a speaker: a source noun, a group, or a name."""
    words = [t.text for t in toks[np[0] : np[1]] if t.text[:1].isalnum()]
    body = [w for w in words if w.lower() not in _DETERMINERS]
    if len(body) == 1 and body[0].lower() in c.pronouns | c.first_person | {"it", "they"}:
        return True
    if any(w[:1].isupper() for w in body[1:]) or (body and body[0][:1].isupper() and np[0] > 0):
        return True
    return _classify(c, " ".join(words)) is not SourceKind.UNKNOWN


def _toll_follows(c: _Compiled, toks: Sequence[Token], f: _Frame, a: int) -> bool:
    """Say whether a toll verb gives a toll before the claim: "put the death toll at"."""
    if _low(toks[f.verb]) not in c.toll_verbs:
        return False
    for k in range(f.verb_end, min(len(toks), f.verb_end + 7)):
        if _low(toks[k]) in c.toll_nouns:
            return True
        if _is_boundary(c, toks[k]) and _low(toks[k]) != "of":
            return False
    return False


_MAX_TIME_PHRASE = 4  # tokens of "late on Sunday night" after a verb


def _after_time_phrase(c: _Compiled, toks: Sequence[Token], i: int) -> int:
    """Return where a time phrase starting at ``i`` ends ("on Sunday", "late Monday"), or ``i``."""
    k = i
    while k < len(toks) and k - i < _MAX_TIME_PHRASE:
        low = _low(toks[k])
        if low not in _TIME_PREPOSITIONS and low not in c.time_words:
            break
        k += 1
    if k > i and _low(toks[k - 1]) in c.time_words:
        return k
    return i


def _complement_follows(c: _Compiled, toks: Sequence[Token], i: int) -> bool:
    """Say whether a verb such as "claims" reports speech: "claims that", "claimed 27".

    A time phrase may stand between: "reported on Sunday that", "reported late Monday that".
    """
    i = _after_time_phrase(c, toks, i)
    if i >= len(toks):
        return False
    word = toks[i].text.lower()
    # "claimed its fighters killed ...": a possessive opens what the group says.
    possessive = word in {"its", "their", "his", "her"}
    return word == "that" or possessive or word[:1].isdigit() or word in c.numbers


def _group_claims(c: _Compiled, toks: Sequence[Token], f: _Frame, a: int) -> bool:
    """Say whether an armed group claims a count: "the group claimed the attack killed 15".

    Groups "claim" figures without "that"; a relative clause in between ("claimed the
    attack, which killed 15") leaves the figure to the narrator.
    """
    if a <= f.verb_end:
        return False  # the claim holds the verb: "IS claimed responsibility" is no count
    between = {_low(t) for t in toks[f.verb_end : a]}
    if not between.isdisjoint({",", "that", "which", "who", "responsibility", "credit", "for"}):
        return False  # "claimed responsibility for an attack that killed 19": the narrator
    words = [t.text for t in toks[f.np[0] : f.np[1]]]
    return _classify(c, " ".join(words)) is SourceKind.MILITANT


def _scope_ends(c: _Compiled, toks: Sequence[Token], i: int, a: int) -> bool:
    """Say whether the narrator takes over between a reporting verb and the claim.

    "X said A, but B", "X say A as shown by B": B is the document's own voice.
    """
    if i < a and _low(toks[i]) in _NEW_CLAUSE and not _time_as(toks, i):
        return True  # "officials said as they rounded up 13 people": a clause of its own
    for k in range(i, min(a, i + 2 * _WINDOW)):
        word = toks[k].text.lower()
        if word in c.scope_breaks and k > i and toks[k - 1].text == ",":
            if k == i + 1 and k + 1 < a and toks[k + 1].text == ",":
                continue  # "said, however, that ...": an aside, not a new clause
            return True
        if word == "as" and k + 1 < a and _participle(toks[k + 1].text.lower()):
            return True
    return False


def _time_as(toks: Sequence[Token], i: int) -> bool:
    """Say whether "as" at ``i`` dates what is said: "said as of Sunday that ..."."""
    return _low(toks[i]) == "as" and i + 1 < len(toks) and _low(toks[i + 1]) == "of"


def _participle(word: str) -> bool:
    return word.endswith(("ed", "wn", "en")) or word in {"seen", "shown", "said"}


def _trailing(c: _Compiled, toks: Sequence[Token], f: _Frame, b: int) -> bool:
    """Say whether a frame after the claim closes its sentence: ``..., police said.``."""
    if f.form == "pre":
        start = f.relay[0] if f.relay is not None else f.np[0]
        if start < b or start == 0:
            return False
        opener = f.appositive[0] - 1 if f.appositive is not None else start
        if not _is_punct_boundary(toks[start - 1]) and opener == start:
            return False
        tail = f.verb_end
    elif f.form == "inv":
        if f.verb == 0 or not _is_punct_boundary(toks[f.verb - 1]) or f.verb - 1 < b - 1:
            return False
        tail = f.np[1]
    else:
        return False
    rest = [t.text for t in toks[tail : tail + 20] if t.text not in ".!?" and t.text not in _QUOTES]
    return _closes_clause(rest, toks[f.verb].text.lower())


def _closes_clause(rest: Sequence[str], verb: str) -> bool:
    """Say whether the words after a speaker and verb leave them closing the clause before.

    "..., police said." and "..., the Pentagon said, adding that ..." close it; so does a
    new clause after a comma or dash ("..., an official said, as locals packed
    hospitals", "..., U.S. officials said - making it the deadliest day"). "..., police
    said that ..." opens what they say instead.
    """
    if not rest:
        return True
    first = rest[0]
    follow = rest[1].lower() if len(rest) > 1 else ""
    if first in _CLAUSE_DASHES or (
        first == "," and (follow in _PARTICIPLES or follow in _NEW_CLAUSE or follow.endswith("ing"))
    ):
        return True
    if len(rest) > 14 or any(w.lower() == "that" for w in rest):
        return False
    if first.lower() in _TAIL_OPENERS or first == ",":
        return True
    return verb in {"told", "tells", "tell"}


def _colon_frame(c: _Compiled, toks: Sequence[Token], b: int) -> _Frame | None:
    """A headline speaker before a colon: ``US general: Taliban may be behind attack``."""
    for k in range(min(len(toks), 7)):
        if toks[k].text == ":":
            if k == 0 or k >= b - 1:
                return None
            np = (0, k)
            words = [t.text for t in toks[0:k]]
            if any(w.lower() in c.verbs for w in words):
                return None
            text = " ".join(words)
            if _classify(c, text) is SourceKind.UNKNOWN or words[-1].lower() in c.events:
                return None  # "Okvara hospital explosion: 35 killed" names what happened
            if _names_a_state(c, text):
                return None  # "KABUL: 25 were killed ...": a dateline
            return _Frame(k, k + 1, np, None, "colon")
        if _is_punct_boundary(toks[k]):
            return None
    return None


# --- turning a frame into a Source -------------------------------------------------------


def _strip_document_nouns(c: _Compiled, words: list[Token]) -> list[Token]:
    """Drop "a statement from" / "the ministry's own figures" around the speaker."""
    # "The agency in a statement on Thursday said": the statement is not the speaker.
    for k in range(1, len(words) - 1):
        if _low(words[k]) in {"in", "on", "via", "through"}:
            after = [_low(t) for t in words[k + 1 : k + 3] if _low(t) not in _DETERMINERS]
            if after and after[0] in c.document_nouns:
                words = words[:k]
                break
    words = _after_document(c, words)
    # "the US Air Force's own figures": keep the owner.
    for k, tok in enumerate(words):
        if k > 0 and _low(tok).endswith(("'s", "\u2019s")):
            tail = [_low(t) for t in words[k + 1 :]]
            if tail and all(w in c.document_nouns or w in c.document_modifiers for w in tail):
                return words[: k + 1]
    return words


def _after_document(c: _Compiled, words: list[Token]) -> list[Token]:
    """Return the body after "the latest figures from" / "a statement issued by"."""
    i = 0
    while i < len(words) and (
        _low(words[i]) in _DETERMINERS
        or _low(words[i]) in c.document_nouns
        or (_low(words[i]) in c.document_modifiers and i + 1 < len(words))
        or _dates_a_document(c, words, i)
    ):
        i += 1
    if 0 < i < len(words) and _low(words[i]) in {"from", "by", "of", "issued", "released"}:
        j = i + 1
        while j < len(words) and _low(words[j]) in {"by", "from"}:
            j += 1
        if j < len(words):
            return words[j:]
    if 0 < i < len(words) - 1 and _low(words[i]) == "on" and _low(words[-1]) in c.document_nouns:
        return words[i + 1 :]  # "a posting on the Okvara website": the site's owner speaks
    return words


def _dates_a_document(c: _Compiled, words: list[Token], i: int) -> bool:
    """Say whether ``words[i]`` is part of a date before a document noun: "a June 4 posting"."""
    low = _low(words[i])
    if not (low.isdigit() or low in c.time_words):
        return False
    k = i
    while k < len(words) and (_low(words[k]).isdigit() or _low(words[k]) in c.time_words):
        k += 1
    return k < len(words) and _low(words[k]) in c.document_nouns


def _np_text(ctx: DocContext, words: Sequence[Token]) -> str:
    end = words[-1].end
    if ctx.text[end : end + 1] == ")" and ctx.text.count("(", words[0].start, end) > ctx.text.count(
        ")", words[0].start, end
    ):
        end += 1  # "the Okvara Front (OF)": the name keeps its acronym's closing bracket
    text = ctx.text[words[0].start : end]
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]
    return text


def _without_article(words: list[Token]) -> list[Token]:
    while len(words) > 1 and _low(words[0]) in _DETERMINERS:
        words = words[1:]
    return words


def _name(c: _Compiled, ctx: DocContext, words: list[Token]) -> str:
    """The speaker as the text gives it: "the Kenyan Red Cross", "Interior Minister X"."""
    while (
        len(words) > 1
        and _low(words[0]) in c.skip_words
        and (words[0].text[:1].islower() or _low(words[0]) == "both")
    ):
        words = words[1:]  # "so far we", "Both X and Y": an adverb is no part of the speaker
    for k in range(1, len(words) - 1):
        # "Belgian officials on March 28 raised ...": a time phrase is no part of the name.
        after = [_low(t) for t in words[k + 1 : k + 3] if _low(t) not in _DETERMINERS]
        if _low(words[k]) in _TIME_PREPOSITIONS and after and after[0] in c.time_words:
            words = words[:k]
            break
    return _np_text(ctx, words)


def _source_from_np(
    c: _Compiled,
    ctx: DocContext,
    toks: Sequence[Token],
    np: tuple[int, int],
    appositive: tuple[int, int] | None,
    sentence: Sentence,
    depth: int = 0,
) -> Source:
    words = _speaker_words(c, toks, np)
    if not words:
        return Source(kind=SourceKind.UNKNOWN)
    if len(words) == 1 and _low(words[0]) in c.adverbs:
        return Source(name=words[0].text, kind=c.adverbs[_low(words[0])])
    referred = _referring_source(c, ctx, words, sentence, depth)
    if referred is not None:
        return referred
    full = ctx.text[words[0].start : words[-1].end]
    if appositive is not None and appositive[1] > appositive[0]:
        full = f"{full}, {ctx.text[toks[appositive[0]].start : toks[appositive[1] - 1].end]}"
    kind = _classify(c, full)
    if kind is SourceKind.MEDIA:
        words = _without_article(words)  # an outlet goes by its name: "Military Times"
    name = _name(c, ctx, words)
    if kind is SourceKind.UNKNOWN and depth == 0:
        kind = _kind_from_earlier(c, ctx, sentence, words)
    return Source(name=name, kind=kind)


def _speaker_words(c: _Compiled, toks: Sequence[Token], np: tuple[int, int]) -> list[Token]:
    """Return the words of a speaker's phrase, without "a statement from" or punctuation."""
    words = _strip_document_nouns(c, list(toks[np[0] : np[1]]))
    while words and not words[-1].text[:1].isalnum():
        words = words[:-1]
    while words and not words[0].text[:1].isalnum():
        words = words[1:]
    return words


def _referring_source(
    c: _Compiled, ctx: DocContext, words: list[Token], sentence: Sentence, depth: int
) -> Source | None:
    """Return the speaker a pronoun, a body's anaphor or an armed group's name stands for."""
    lows = [w.text.lower() for w in words if w.text.lower() not in _DETERMINERS]
    if len(lows) == 1 and lows[0] in c.pronouns:
        return _pronoun_source(c, ctx, words[0], sentence, depth)
    body = None if depth else _earlier_body(c, ctx, words, lows, sentence)
    if body is not None:
        return body
    group = _group_source(c, ctx, words)
    if group is not None:
        return group
    kind_of = anaphor_kind(c.anaphors, [w.text.lower() for w in words])
    if kind_of is not None:
        # "The group said ...": the one armed group named just before speaks.
        actor = antecedent(ctx, words[0].start, kind_of)
        if actor is not None:
            kind = SourceKind.OFFICIAL if actor in c.state else SourceKind.MILITANT
            return Source(name=actor, kind=kind)
    return None


def _earlier_body(
    c: _Compiled, ctx: DocContext, words: list[Token], lows: list[str], sentence: Sentence
) -> Source | None:
    """The body a pronoun or a body's anaphor stands for: "It said", "They said"."""
    if lows == ["they"]:
        many = _earlier_speaker(c, ctx, sentence, words[0].start, person=False)
        # "Officials said ... They said ...": the same officials.
        return many if many is not None and _plural(many.name) else None
    if " ".join(w.text.lower() for w in words) in c.body_anaphors:
        # "It said ...", "the organization announced ...": the body that spoke before.
        return _earlier_speaker(c, ctx, sentence, words[0].start, person=False, across=True)
    return None


_PLURAL_BODIES = frozenset({"police", "people", "staff", "personnel", "media"})


def _plural(name: str | None) -> bool:
    """Say whether a speaker's head is plural: "officials", "the police", "witnesses"."""
    words = _WORD_RE.findall((name or "").lower())
    head = words[-1] if words else ""
    plural = len(head) > 3 and head.endswith("s") and not head.endswith("ss")
    return plural or head in _PLURAL_BODIES


def _pronoun_source(
    c: _Compiled, ctx: DocContext, word: Token, sentence: Sentence, depth: int
) -> Source:
    """Return the person a pronoun speaker ("he said") stands for, or the pronoun."""
    resolved = None if depth else _resolve_pronoun(c, ctx, sentence, word.start)
    if resolved is None:
        return Source(name=word.text, kind=SourceKind.UNKNOWN)
    named = _TOKEN.findall(resolved.name or "")
    if resolved.kind is SourceKind.UNKNOWN and named:
        # "Nabil Sadeq said ... He said ...": the person's kind from before.
        kind = _kind_of_surname(c, ctx, sentence, named[-1])
        resolved = resolved.model_copy(update={"kind": kind})
    return resolved


def _name_body(c: _Compiled, words: Sequence[Token]) -> tuple[list[str], bool]:
    """Return a speaker's words without articles and titles, and whether they are a name."""
    body = [w.text for w in words if w.text.lower() not in _DETERMINERS and w.text != "."]
    while len(body) > 1 and body[0].lower().rstrip(".") in c.honorifics:
        body = body[1:]
    name_like = bool(body) and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in body)
    return body, name_like


def _kind_from_earlier(
    c: _Compiled, ctx: DocContext, sentence: Sentence, words: Sequence[Token]
) -> SourceKind:
    """Take an unknown speaker's kind from what the text said of it before.

    A person's surname or full name repeats a fuller mention ("Interior Minister Joseph
    Nkaissery" ... "Mr Nkaissery"); a statement or a newly named person follows the body or
    role just quoted ("the chief prosecutor said ... Nabil Sadeq said").
    """
    body, name_like = _name_body(c, words)
    if name_like:
        kind = _kind_of_surname(c, ctx, sentence, body[-1])
        if kind is not SourceKind.UNKNOWN:
            return kind
    document = len(body) == 1 and body[0].lower() in c.document_nouns
    if (name_like and len(body) > 1) or document:
        earlier = _earlier_speaker(c, ctx, sentence, words[0].start, person=not document, near=3)
        if earlier is not None and earlier.name not in {None, _np_text(ctx, list(words))}:
            return earlier.kind
    return SourceKind.UNKNOWN


def _group_source(c: _Compiled, ctx: DocContext, words: Sequence[Token]) -> Source | None:
    """An armed group or its outlet speaking: canonical name, outlet as the chain."""
    body = [w for w in words if w.text.lower() not in _DETERMINERS]
    if not body or c.actor_re is None:
        return None
    text = ctx.text[body[0].start : body[-1].end]
    m = c.actor_re.fullmatch(text)
    if m is None:
        return None
    key = " ".join(text.lower().split())
    if short_key(key) and not text.isupper():
        return None
    if key in c.actors:
        canonical = c.actors[key]
        kind = SourceKind.OFFICIAL if canonical in c.state else SourceKind.MILITANT
        return Source(name=canonical, kind=kind)
    actor = c.outlets.get(key)
    outlet = Source(name=text, kind=SourceKind.MILITANT)
    if actor is None:
        return outlet
    return Source(name=actor, kind=SourceKind.MILITANT, via=(outlet,))


def _surname(words: Sequence[Token]) -> bool:
    body = [w.text for w in words if w.text.lower() not in _DETERMINERS]
    return len(body) == 1 and body[0][:1].isupper() and body[0][1:].islower()


# --- earlier actors: "the group", "the coalition" ---------------------------------------


def _actors_in(c: _Compiled, ctx: DocContext, sentence: Sentence) -> list[_Named]:
    """Return where each armed group or state force is named in ``sentence``, in order."""
    cache = ctx.memo(_SourcesMemo).actors
    found = cache.get(sentence.index)
    if found is None:
        found = []
        pos = sentence.start
        text = ctx.text
        # Try the names only where one of their first words stands: one big
        # alternation tried at every character costs far more.
        for w in _WORD_RE.finditer(text, sentence.start, sentence.end):
            regex = c.actor_index.get(w.group().lower())
            if regex is None or w.start() < pos:
                continue
            if w.start() > 0 and (text[w.start() - 1].isalnum() or text[w.start() - 1] in "-_"):
                continue
            m = regex.match(text, w.start(), sentence.end)
            if m is None:
                continue
            pos = m.end()
            word = m.group()
            key = " ".join(word.lower().split())
            if key in c.actors and (not short_key(key) or word.isupper()):
                found.append(_Named(m.start(), m.end(), c.actors[key]))
        cache[sentence.index] = found
    return found


def _first_word_index(names: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """Group names by their first word: a few alternatives to try at a word, not hundreds."""
    groups: dict[str, list[str]] = {}
    for name in names:
        first = _WORD_RE.match(name)
        if first is not None:
            groups.setdefault(first.group(), []).append(name)
    out: dict[str, re.Pattern[str]] = {}
    for word, group in groups.items():
        body = alternation(group, never="")
        out[word] = compiled.compile(rf"(?:{body})(?![\w\-]|['\u2019]\w\w)", re.IGNORECASE)
    return out


def antecedent(ctx: DocContext, offset: int, kind: str) -> str | None:
    """Return the one actor of ``kind`` that a phrase at ``offset`` refers back to.

    ``kind`` is ``armed`` (an armed group: "the group", "the militants") or ``state``
    (state forces: "the coalition", "the army"). The scope is that of
    :func:`claimrecon.extract.anaphora.resolve`: the sentence before ``offset`` or, failing
    that, the nearest of the three sentences before it that names an actor of the kind.
    ``None`` when no actor or two different ones (outside one family: the Islamic State
    and its Khorasan province are one) are in scope.
    """
    c = _compiled(ctx.lexicon)
    sentence = ctx.sentence_at(offset)
    if sentence is None:
        return None
    actor, _ = resolve(
        ctx,
        sentence,
        offset,
        _actors_in(c, ctx, sentence),
        lambda s: _actors_in(c, ctx, s),
        lambda a: (a in c.state) == (kind == "state"),
        c.links,
    )
    return actor


# --- earlier speakers: pronouns and surnames ---------------------------------------------


@dataclass(frozen=True)
class _Speaker:
    pos: int
    source: Source
    person: bool
    last_name: str
    pronoun: bool = False  # "he said": a link in a chain back to the person named


def _speakers(c: _Compiled, ctx: DocContext, sentence: Sentence) -> list[_Speaker]:
    """The speakers named in a sentence (reporting frames and appositives), in order."""
    cache = ctx.memo(_SourcesMemo).speakers
    found = cache.get(sentence.index)
    if found is not None:
        return found
    toks = _tokens(ctx, sentence)
    found = []
    lo = max(0, len(toks) - 3 * _WINDOW)
    spans: list[tuple[tuple[int, int], tuple[int, int] | None]] = [
        (f.np, f.appositive)
        for f in _frames(c, toks, lo, len(toks))
        if f.form not in {"colon", "adv", "reports"}
    ]
    spans.extend(_appositives(c, toks, lo))
    seen: set[tuple[int, int]] = set()
    for np, appositive in spans:
        if np in seen:
            continue
        seen.add(np)
        words = [t for t in toks[np[0] : np[1]] if t.text[:1].isalnum() or t.text == "."]
        lows = [w.text.lower() for w in words]
        if not words:
            continue
        if len(lows) == 1 and lows[0] in c.pronouns:
            pronoun = Source(name=words[0].text, kind=SourceKind.UNKNOWN)
            found.append(_Speaker(words[0].start, pronoun, True, "", pronoun=True))
            continue
        source = _source_from_np(c, ctx, toks, np, appositive, sentence, depth=1)
        person = (
            _is_person(c, source)
            or _one_person(c, lows)
            or _surname_of_a_person(c, ctx, words, toks[np[0]].start)
        )
        found.append(_Speaker(toks[np[0]].start, source, person, words[-1].text))
    found.sort(key=lambda s: s.pos)
    cache[sentence.index] = found
    return found


def _surname_of_a_person(c: _Compiled, ctx: DocContext, words: Sequence[Token], at: int) -> bool:
    """Say whether a one-word speaker is a person's surname: "Dunmar said" after "Ivo Dunmar".

    The word is no known body, group or outlet, and the text named it earlier after a
    capitalised word (a first name or a title: "Colonel Dunmar", "Ivo Dunmar").
    """
    if not _surname(words) or _classify(c, words[-1].text) is not SourceKind.UNKNOWN:
        return False
    surname = re.escape(words[-1].text)
    pattern = re.compile(rf"\b[A-Z][\w.\-]*\s+{surname}(?![\w-])")
    return pattern.search(ctx.text, max(0, at - 20000), at) is not None


def _appositives(
    c: _Compiled, toks: Sequence[Token], lo: int
) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """Find "Jane Doe, a security analyst," and "Jane Doe of the Analyst Network"."""
    out: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    i, n = lo, len(toks)
    while i < n:
        word = toks[i].text
        if not word[:1].isupper() or (low := word.lower()) in c.clause_words:
            i += 1
            continue
        if low in _DETERMINERS or low in c.skip_words:
            i += 1
            continue
        j = i
        while j < n and (toks[j].text[:1].isupper() or toks[j].text == "."):
            j += 1
        if j - i >= 2 and j < n:
            tail = _name_tail(c, toks, j)
            if tail is not None:
                out.append(((i, j), tail))
        i = max(j, i + 1)
    return out


def _name_tail(c: _Compiled, toks: Sequence[Token], j: int) -> tuple[int, int] | None:
    """Return what describes a name ending at ``j``: ", a security analyst," or "of X"."""
    n = len(toks)
    nxt = toks[j].text.lower()
    if nxt == "," and j + 1 < n and toks[j + 1].text.lower() in {"a", "an", "the", "one"}:
        return (j + 1, _appositive_end(toks, j, n))
    if nxt not in {"of", "from", "at", "with"}:
        return None
    k = j + 1
    while k < n and not _is_boundary(c, toks[k]) and k - j <= 8:
        if toks[k].text.lower() in c.verbs or toks[k].text.lower() in c.complement:
            break
        k += 1
    return (j, k)


def _is_person(c: _Compiled, source: Source) -> bool:
    name = source.name or ""
    words = [w for w in _TOKEN.findall(name) if w[:1].isalnum()]
    words = _personal_name(c, words)
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words):
        return False
    if source.kind is SourceKind.MILITANT and source.name in c.actors.values():
        return False
    lows = " ".join(w.lower() for w in words)
    return not (c.noun_re is not None and c.noun_re.fullmatch(lows)) and not any(
        w.lower() in c.outlet_suffixes for w in words[-1:]
    )


def _personal_name(c: _Compiled, words: list[str]) -> list[str]:
    """Return the capitalised name after a role: "Interior minister Joseph Nkaissery"."""
    last_lower = -1
    for k, word in enumerate(words):
        if word[:1].isalpha() and word[:1].islower() and word.split("-")[0] not in _NAME_PARTICLES:
            last_lower = k
    if 0 <= last_lower < len(words) - 2 and words[last_lower].lower() in c.nouns:
        return words[last_lower + 1 :]
    return words


def _one_person(c: _Compiled, lows: Sequence[str]) -> bool:
    """Say whether a phrase names one person by role: "a doctor at the hospital"."""
    if not lows or not (
        lows[0] in {"a", "an", "the", "one"} or lows[0].endswith(("'s", "\u2019s"))
    ):
        return False  # "a doctor", "the country's chief prosecutor"
    head = []
    for word in lows[1:]:
        if word in _HEAD_PREPOSITIONS:
            break
        head.append(word)
    return bool(head) and head[-1] in c.person_nouns


def _resolve_pronoun(
    c: _Compiled, ctx: DocContext, sentence: Sentence, before: int
) -> Source | None:
    """Return the nearest named person who spoke earlier in this paragraph or the last one."""
    return _earlier_speaker(c, ctx, sentence, before, person=True)


def _earlier_speaker(
    c: _Compiled,
    ctx: DocContext,
    sentence: Sentence,
    before: int,
    person: bool,
    near: int = 8,
    across: bool = False,
    hops: int = 0,
) -> Source | None:
    """Return the nearest earlier speaker: a person, or a body of known kind.

    A body when ``person`` is false; within ``near`` sentences of this paragraph and the
    one before (of any paragraph, ``across``). A pronoun speaker on the way ("He said")
    is followed back to the person it stands for, ``hops`` links at most.
    """
    bounds = _paragraph_bounds(ctx)
    first = 0 if across else bounds[sentence.paragraph].first
    if not across and sentence.paragraph - 1 in bounds:
        first = bounds[sentence.paragraph - 1].first
    for index in range(sentence.index, max(first, sentence.index - near) - 1, -1):
        candidates = _candidates(c, ctx, ctx.sentences[index], before, person)
        if candidates and candidates[-1].pronoun and hops < _MAX_HOPS:
            # "X said ... He said ... he added": the pronoun before stands for X.
            chained = _earlier_speaker(
                c, ctx, ctx.sentences[index], candidates[-1].pos, person, near, across, hops + 1
            )
            if chained is not None:
                return chained
        candidates = [s for s in candidates if not s.pronoun]
        if candidates:
            return candidates[-1].source
    return None


_MAX_HOPS = 3  # pronouns in a chain back to the person they stand for


def _candidates(
    c: _Compiled, ctx: DocContext, sentence: Sentence, before: int, person: bool
) -> list[_Speaker]:
    """The speakers of ``sentence`` before ``before``: persons, or bodies of known kind."""
    return [
        s
        for s in _speakers(c, ctx, sentence)
        if s.pos < before
        and s.person == person
        and (person or s.source.kind is not SourceKind.UNKNOWN)
    ]


def _kind_of_surname(c: _Compiled, ctx: DocContext, sentence: Sentence, surname: str) -> SourceKind:
    """Take the kind of an earlier, fuller mention of the person a surname repeats.

    The mention is an earlier speaker, or else the words around the surname where the
    text named the person before ("Kenyan President Uhuru Kenyatta", "Joseph Boinnet,
    inspector-general of Kenyan police").
    """
    for index in range(sentence.index - 1, max(-1, sentence.index - 60), -1):
        for speaker in reversed(_speakers(c, ctx, ctx.sentences[index])):
            if (
                speaker.person
                and speaker.last_name == surname
                and (speaker.source.kind is not SourceKind.UNKNOWN)
            ):
                return speaker.source.kind
    pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
    text = ctx.text
    for m in reversed(list(pattern.finditer(text, max(0, sentence.start - 20000), sentence.start))):
        around = ctx.sentence_at(m.start())
        if around is None:
            continue
        lo = max(around.start, m.start() - 60)
        hi = min(around.end, m.end() + 80)
        head = text[lo : m.start()].split()[-5:]
        tail = text[m.end() : hi]
        aside = tail[2 : tail.find(",", 2)] if tail.startswith(", ") and "," in tail[2:] else ""
        kind = _classify(c, " ".join([*head, surname, aside]))
        if kind is not SourceKind.UNKNOWN:
            return kind
    return SourceKind.UNKNOWN


# --- public entry points -----------------------------------------------------------------


def _start_of(tok: Token) -> int:
    return tok.start


def _token_range(toks: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    a = bisect.bisect_left(toks, start, key=_start_of)
    b = bisect.bisect_left(toks, max(end, start + 1), key=_start_of)
    return a, max(a, b)


def _sentence_for(ctx: DocContext, offset: int) -> Sentence | None:
    sentence = ctx.sentence_at(offset)
    if sentence is None:
        starts = [s.start for s in ctx.sentences]
        i = bisect.bisect_right(starts, offset)
        sentence = ctx.sentences[i] if i < len(ctx.sentences) else None
    return sentence


def _with_chain(
    c: _Compiled,
    ctx: DocContext,
    toks: Sequence[Token],
    chain: Sequence[_Frame],
    sentence: Sentence,
    outer: Source | None = None,
) -> Source:
    sources = [
        _reports_source(c, ctx, toks, f)
        if f.form == "reports"
        else _source_from_np(c, ctx, toks, f.np, f.appositive, sentence)
        for f in chain
    ]
    sources[1:1] = [
        _source_from_np(c, ctx, toks, f.relay, None, sentence) for f in chain[:1] if f.relay
    ]
    if outer is not None:
        sources.append(outer)
    head = sources[0]
    via = tuple(head.via) + tuple(s for s in sources[1:] if s.name != head.name)
    return head.model_copy(update={"via": via}) if via != head.via else head


def _reports_source(c: _Compiled, ctx: DocContext, toks: Sequence[Token], f: _Frame) -> Source:
    """Return "reports that ..." as its own speaker: "earlier reports", of unknown kind."""
    name = _np_text(ctx, list(toks[f.np[0] : f.np[1]]))
    return Source(name=name, kind=_classify(c, name))


def _in_sentence(
    c: _Compiled,
    ctx: DocContext,
    sentence: Sentence,
    start: int,
    end: int,
    lo_offset: int | None = None,
    hi_offset: int | None = None,
) -> Source | None:
    toks = _tokens(ctx, sentence)
    lo = 0 if lo_offset is None else bisect.bisect_left(toks, lo_offset, key=_start_of)
    hi = len(toks) if hi_offset is None else bisect.bisect_left(toks, hi_offset, key=_start_of)
    if lo >= hi:
        return None
    a, b = _token_range(toks, start, end)
    a, b = max(a, lo), min(max(b, a + 1), hi)
    # A speaker governs a claim from within a sentence's length of it; the window keeps
    # the cost of a claim bounded even in a run-on "sentence" of megabytes.
    lo, hi = max(lo, a - _WINDOW), min(hi, b + _WINDOW)
    chain = _governing(c, toks, _frames(c, toks, lo, hi), a, b)
    if chain:
        return _with_chain(c, ctx, toks, chain, sentence)
    if lo == 0 and toks[0].start == sentence.start:
        colon = _colon_frame(c, toks, b)
        if colon is not None:
            return _source_from_np(c, ctx, toks, colon.np, None, sentence)
    return _headline_tail(c, ctx, toks, sentence, b)


_TAIL_MARKS = frozenset({"-", "\u2013", "\u2014", ":"})
_SENTENCE_ENDS = frozenset('.!?"\u201d')


def _headline_tail(
    c: _Compiled, ctx: DocContext, toks: Sequence[Token], sentence: Sentence, b: int
) -> Source | None:
    """A headline's speaker after a dash or a colon at its end: "... rises to 69 - media".

    A headline has no full stop; the speaker is one to four words after the last dash or
    colon, after the claim, and names a speaker of known kind or a capitalised outlet.
    """
    if not toks or sentence.text.rstrip()[-1:] in _SENTENCE_ENDS:
        return None
    k = len(toks) - 2
    while k >= max(b, len(toks) - 5) and toks[k].text not in _TAIL_MARKS:
        k -= 1
    if k < max(b, len(toks) - 5) or not all(t.text[:1].isalnum() for t in toks[k + 1 :]):
        return None
    if toks[k].text != ":" and not ctx.text[toks[k].start - 1 : toks[k].start].isspace():
        return None  # a hyphen inside a word is no dash
    name = ctx.text[toks[k + 1].start : toks[-1].end]
    kind = _classify(c, name)
    if kind is SourceKind.UNKNOWN:
        if not name[:1].isupper() or not any(name.lower().endswith(s) for s in c.outlet_suffixes):
            return None
        kind = SourceKind.MEDIA  # "ToloNews": an outlet's name glued to its suffix
    return Source(name=name, kind=kind)


def _quoted(c: _Compiled, ctx: DocContext, quote: _Quote, follow: bool = True) -> Source | None:
    """Return the speaker of a quotation: named after it closes, or before it opens.

    A quotation with neither continues the speaker of the quotation before it in the
    paragraph (``"I saw it explode," a witness said. "I carried three bodies."``).
    """
    if quote.close is not None:
        after = _speaker_after_quote(c, ctx, quote.close)
        if after is not None:
            return after
    opening = ctx.sentence_at(quote.open)
    if opening is None:
        return None
    before = _speaker_before_quote(c, ctx, opening, quote.open)
    if before is not None or not follow:
        return before
    opens, quotes = _quotations(ctx)
    i = bisect.bisect_left(opens, quote.open) - 1
    if i >= 0:
        previous = ctx.sentence_at(quotes[i].open)
        if previous is not None and previous.paragraph == opening.paragraph:
            return _quoted(c, ctx, quotes[i], follow=False)
    return None


def _speaker_after_quote(c: _Compiled, ctx: DocContext, close: int) -> Source | None:
    """Return the speaker named right after a closing mark: ``," a witness said.``."""
    closing = ctx.sentence_at(close)
    if closing is None:
        return None
    toks = _tokens(ctx, closing)
    lo = bisect.bisect_right(toks, close, key=_start_of)
    while lo < len(toks) and toks[lo].text in {",", ".", ";", "!", "?"}:
        lo += 1
    frames = _frames(c, toks, lo, min(len(toks), lo + 30))
    for f in frames:
        if _opens_after_quote(c, toks, f, lo):
            quoting = _quoting_after(toks, frames, f)
            return _with_chain(c, ctx, toks, [*quoting, f], closing)
    return None


def _quoting_after(toks: Sequence[Token], frames: Sequence[_Frame], f: _Frame) -> list[_Frame]:
    """Return the frame of one quoted by the speaker after a quotation, if any.

    ``"...," the Velka agency reported, quoting the governor``: the governor speaks, via
    the agency.
    """
    end = f.np[1] if f.form == "inv" else f.verb_end
    if end < len(toks) and toks[end].text == ",":
        end += 1
    return [
        g for g in frames if g.form == "acc" and g.verb == end and _low(toks[g.verb]) != "according"
    ][:1]


def _opens_after_quote(c: _Compiled, toks: Sequence[Token], f: _Frame, lo: int) -> bool:
    """Say whether a frame starts at ``lo`` (after adverbs only, for a speaker-first frame)."""
    if f.form == "pre":
        return f.np[0] == lo or (f.np[0] > lo and _only_adverbs(c, toks, lo, f.np[0]))
    return f.form == "inv" and f.verb == lo


def _speaker_before_quote(
    c: _Compiled, ctx: DocContext, opening: Sentence, open_at: int
) -> Source | None:
    """Return the speaker of a reporting verb shortly before an opening mark."""
    toks = _tokens(ctx, opening)
    hi = bisect.bisect_left(toks, open_at, key=_start_of)
    frames = [
        f
        for f in _frames(c, toks, max(0, hi - _WINDOW), hi)
        if f.form in {"pre", "acc"} and f.np[1] <= hi
    ]
    if frames:
        last = max(frames, key=lambda f: f.verb)
        if last.form == "acc" or hi - last.verb_end <= 12:
            return _with_chain(c, ctx, toks, [last], opening)
    return None


def _only_adverbs(c: _Compiled, toks: Sequence[Token], lo: int, hi: int) -> bool:
    return all(t.text.lower() in c.skip_words or t.text == "," for t in toks[lo:hi])


def find_source(ctx: DocContext, start: int, end: int) -> Source:
    """Return who asserts the claim read at ``ctx.text[start:end]``.

    ``Source(name=None, kind=SourceKind.MEDIA)`` is the document's own voice: no speaker
    is named for the claim.
    """
    c = _compiled(ctx.lexicon)
    sentence = _sentence_for(ctx, start)
    if sentence is None:
        return DOCUMENT_VOICE
    quote = _quote_at(ctx, start)
    if quote is not None:
        speaker = _quoted(c, ctx, quote)
        if speaker is not None:
            lo = max(quote.open, sentence.start)
            hi = quote.close if quote.close is not None and quote.close < sentence.end else None
            inner = _in_sentence(c, ctx, sentence, start, end, lo + 1, hi)
            if inner is not None and (inner.name or "").lower() in c.first_person:
                return speaker  # "We have confirmed 15 dead," the officer said
            if inner is not None and inner.name != speaker.name:
                return inner.model_copy(update={"via": (*inner.via, speaker)})
            return speaker
    found = _in_sentence(c, ctx, sentence, start, end)
    return found if found is not None else DOCUMENT_VOICE


def speaker_before(ctx: DocContext, offset: int) -> Source | None:
    """Return the speaker named as the subject of the verb at ``offset``, if any.

    Used for verbs that are not reporting verbs but still have a speaker: "Officials
    blamed al-Shabaab", "US forces believe ...". Returns ``None`` when the subject is not
    a recognisable speaker (its kind would be ``unknown``).
    """
    c = _compiled(ctx.lexicon)
    sentence = _sentence_for(ctx, offset)
    if sentence is None:
        return None
    toks = _tokens(ctx, sentence)
    i = bisect.bisect_left(toks, offset, key=_start_of)
    j = i - 1
    # "Officials were quick to point the finger at ...": skip to the subject.
    while (
        j >= 0
        and (_low(toks[j]) in c.skip_words or toks[j].text == "to")
        and toks[j].text[:1].islower()
    ):
        j -= 1
    if j < 0 or _is_boundary(c, toks[j]):
        return None
    np = _np_backward(c, toks, j, 0)
    if np is None:
        return None
    source = _source_from_np(c, ctx, toks, np, None, sentence)
    return None if source.kind is SourceKind.UNKNOWN else source
