"""Proper names the lexicon does not know: capitalised words read as one name.

A group the ``actors`` lexicon has never heard of is still written as a name: capitalised
words, possibly joined by the particles of transliterated names ("Velka Ibn Sarra",
"Jamaat ul Ahrar", "Front for the Liberation of ...") and followed by its acronym in
brackets ("... Brigade (VISB)"). :func:`names_in` finds such phrases; whether one is an
actor is decided by the frame it stands in (see :mod:`claimrecon.extract.actors`). The
phrases that never name a perpetrator are turned away here: titles and speakers
("President ...", "Interior Ministry"), outlets ("The Star"), months and weekdays, and
the capitalised function word that opens a sentence ("But", "The").

Two more readings build on it: :func:`longer_name` finds the words that make a known
group's name an affiliate's ("... in the Islamic Maghreb", "... West Africa Province"), and
:func:`definitions` the names an article defines by one another ("Full Name (ACR)", "ACR,
the Full Name", "X, also known as Y"), so that a group found by either is written once, in
its full form.

Example:
    >>> from claimrecon.vocab import Lexicon
    >>> grammar = name_grammar(Lexicon.default())
    >>> text = "The Velka Ibn Sarra Brigade (VISB) claimed it, Interior Minister Ali said."
    >>> [(n.name, n.acronym) for n in names_in(grammar, text, 0, len(text))]
    [('Velka Ibn Sarra Brigade', 'VISB')]

May import: the vocab and compiled modules, and connected for the groups of names (models
and errors too); of the readers only :mod:`.textmemo`: attributions build on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from claimrecon import compiled
from claimrecon.connected import components
from claimrecon.extract.textmemo import TextMemo, lookbehind_reach
from claimrecon.vocab import Lexicon, alternation, per_lexicon

__all__ = [
    "NameGrammar",
    "NameSpan",
    "NameTail",
    "definitions",
    "longer_name",
    "name_grammar",
    "names_in",
]

# A capitalised word, possibly with an article glued by a hyphen ("al-Murabitoun") and
# hyphenated parts ("Lashkar-e-Taiba", "Tehreek-e-Taliban"). A part that looks like a
# participle ends the name ("ISIS-linked", "Qaeda-Backed"), except after a particle of
# the name: "Jaish-e-Mohammed" and "Lashkar-i-Saeed" are names through, and so is a
# name a line break cut after its particle ("Tehreek-i- Taliban"). The article may come
# with its "and" ("wal-"): "Jamaat al-Velka wal-Okvara" is one name through; and a
# compound's particle may be glued to its second word only ("Lashkar e-Velka").
_OPENING = (
    r"(?:(?:al|el|ad|ash|as|at|an|ar|az|ul|wal|e|i)[\-\u2010]|(?:al|el)\s+)?[A-Z][\w'\u2019]*"
)
_HYPHEN_PART = r"(?![a-z]+ed(?![\w\-])|[A-Z][a-z]+ed(?![\w\-]))"


def _word(particles: Iterable[str]) -> str:
    """The pattern of one capitalised word of a name, its hyphenated parts included."""
    glued = [p for p in particles if p.isalpha() and p.islower()]
    after = "|".join(rf"(?<=[\-\u2010]{re.escape(p)}[\-\u2010])" for p in glued)
    particle = rf"(?:{after}) ?(?=[A-Z])|" if after else ""
    return rf"{_OPENING}(?:[\-\u2010](?:{particle}{_HYPHEN_PART})[\w'\u2019]+)*"


_POSSESSIVE = re.compile(r"['\u2019]s?$")
_STOP = frozenset(
    {"the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "in", "on", "at", "by",
     "of", "to", "from", "with", "after", "before", "when", "while", "as", "if", "since",
     "though", "although", "because", "then", "however", "meanwhile", "also", "last", "late",
     "early", "earlier", "later", "some", "many", "several", "one", "two", "three", "all",
     "both", "neither", "either", "no", "not", "only", "even", "more", "most", "other",
     "another", "according", "during", "until", "unless", "where", "which", "who", "what",
     "why", "how", "once", "over", "under", "into", "about", "against", "among", "between"}
)  # fmt: skip


@dataclass(frozen=True)
class NameSpan:
    """A proper-name phrase: where it is, the name as written and its bracketed acronym."""

    start: int
    end: int  # after the acronym's bracket when there is one
    name: str
    acronym: str | None = None
    organisation: bool = False  # its last word is an organisation's head ("Brigade")


_RelativeName = tuple[int, int, str, str | None, bool]


@dataclass(frozen=True)
class NameGrammar:
    """The pattern of a name and the words that never stand in an actor's name."""

    regex: re.Pattern[str]
    stop: frozenset[str]  # function words trimmed from the edges
    particles: frozenset[str]
    reject: frozenset[str]  # a name holding one of these is no actor (lower case)
    heads: frozenset[str]  # organisation heads (lower case)
    outlets: frozenset[str]  # outlet name endings ("Times", "Star")
    persons: frozenset[str]  # titles of people ("spokesman", "minister"): a name after is a person
    trailing: re.Pattern[str] | None  # a lower-case head after a name: "the Velka brigade"
    generic: frozenset[str]  # words that describe a group, not name it: "Group", "Militants"
    breaks: frozenset[str]  # verbs that end a name in a title-case headline: "Claims", "Blame"
    events: frozenset[str]  # event nouns: no name ends in one ("Museum Attack")
    members: frozenset[str] = frozenset()  # "Supporters of X": the members of a group, not it
    alias_gap: re.Pattern[str] | None = None  # between two names of one group: ", also known as"
    openers: frozenset[str] = frozenset()  # "Banned", "Suspected": before a name, not in it
    possessors: frozenset[str] = frozenset()  # "People's": a possessive inside a name
    numbers: frozenset[str] = frozenset()  # "Four", "Thirty": a count before a name, not in it
    attackers: frozenset[str] = frozenset()  # "Gunmen of X": the attackers, not the name
    honorifics: frozenset[str] = frozenset()  # "Imam": a title, or a name's word before a head
    ideologies: frozenset[str] = frozenset()  # "Islam", "Radical": a name of these is a belief


@per_lexicon
def name_grammar(lexicon: Lexicon) -> NameGrammar:
    """Build the name grammar of ``lexicon`` (once per lexicon)."""
    act, src = lexicon.actors, lexicon.sources
    particles = sorted({p.lower() for p in act.name_particles}, key=len, reverse=True)
    alt = alternation(particles, never=r"(?!x)x")
    # "State of Iraq and the Levant", "Front for Unity and Jihad": "and" joins two
    # capitalised words only after "of" or "for" inside a name, never a list of names.
    word = _word(particles)
    joined = rf"\s+(?:of|for)\s+(?:the\s+)?(?:{word})\s+and\s+(?:the\s+)?(?:{word})"
    regex = compiled.compile(
        # Not inside a word ("don't"), but after an opening quote: "'Okvara Front'".
        rf"(?<![\w\-\u2010\u2019])(?<!\w')(?:{word})"
        rf"(?:{joined}|\s+(?:(?:{alt})\s+){{0,2}}(?:{word}))*"
        r"(?:\s*\((?P<acronym>[A-Z][A-Za-z\-]{1,10})\))?"
    )
    heads = frozenset(h.lower() for h in act.organisation_heads)
    return NameGrammar(
        regex=regex,
        stop=_STOP | {w.lower() for w in src.clause_words},
        particles=frozenset(particles),
        reject=_rejected(lexicon, heads),
        heads=heads,
        outlets=frozenset(w.lower() for w in src.outlet_suffixes),
        persons=frozenset(w.lower() for w in src.person_nouns) | {"leader"},
        trailing=_trailing_re(act.trailing_heads),
        generic=frozenset(w.lower() for w in act.generic_heads),
        breaks=_breaks(lexicon, heads),
        events=_single_words(act.event_nouns),
        members=_single_words(act.member_nouns),
        alias_gap=_alias_gap_re(act.alias_cues),
        openers=frozenset(w.lower() for w in [*act.name_openers, *act.hedges]) - heads,
        possessors=frozenset(w.lower() for w in act.possessive_name_words),
        numbers=frozenset(w.lower() for w in lexicon.figures.number_words),
        attackers=_single_words(act.attacker_nouns),
        honorifics=frozenset(w.lower() for w in act.name_honorifics),
        ideologies=frozenset(w for phrase in act.ideology_words for w in phrase.lower().split()),
    )


def _single_words(phrases: Iterable[str]) -> frozenset[str]:
    """The phrases of one word, in lower case."""
    return frozenset(w.lower() for w in phrases if " " not in w.strip())


def _alias_gap_re(cues: list[str]) -> re.Pattern[str] | None:
    """The text between two names of one group: ", also known as the", " (officially known as"."""
    alt = alternation((c.lower() for c in cues), never="")
    if not alt:
        return None
    return re.compile(
        rf"\s*(?:[,(]|[\u2014\u2013]|--?)?\s*(?:(?:which|that|who)\s+(?:is\s+)?)?(?:{alt})"
        r"(?:\s+as)?\s*:?\s*(?:the\s+)?[\"'\u201c\u2018]?\s*",
        re.IGNORECASE,
    )


def _rejected(lexicon: Lexicon, heads: frozenset[str]) -> frozenset[str]:
    """The words that make a name no actor: speakers, titles, months, weekdays."""
    act, src, dates = lexicon.actors, lexicon.sources, lexicon.dates
    # One-word speaker nouns ("police", "ministry"); a longer one ("state media") would
    # turn away its words one by one ("Islamic State").
    speakers = {n.lower() for n in src.nouns if " " not in n.strip()}
    reject = (
        speakers
        | {w.lower() for w in src.person_nouns}
        | {w.lower() for w in act.not_actor_words}
        | {w.lower() for w in dates.months}
        | {w.lower() for w in dates.weekdays}
    )
    return frozenset(reject - heads)


# First words of cues that are no verb, or may stand inside a name: they do not end one.
_NOT_BREAKS = frozenset(
    {"a", "all", "the", "no", "most", "likely", "may", "might", "could", "possibly",
     "probably", "set", "point", "points", "link", "links", "tie", "ties", "suspect",
     "suspects", "suspicion", "remains", "is", "are", "was", "were", "has", "have", "had",
     "did"}
)  # fmt: skip


def _breaks(lexicon: Lexicon, heads: frozenset[str]) -> frozenset[str]:
    """The verbs that open the cues of attribution, and the headline verbs.

    In a title-case headline ("Okvara Front Claims Museum Attack", "Officials Blame
    Okvara Front For Attack") every word is capitalised: such a verb ends the name before
    it and the name after it starts anew.
    """
    act = lexicon.actors
    firsts = {
        re.split(r"\{", cue.split()[0])[0].lower()
        for cue in [*act.stance_cues, *act.agent_cues]
        if cue.split()
    }
    words = firsts | {w.lower() for w in act.headline_verbs}
    words |= {"behind", "responsibility", "credit", "role", "involvement"}
    # A weekday after a name dates the verb that follows ("The Okvara Front Saturday
    # claimed ..."): it ends the name, as it never stands inside one.
    words |= {w.lower() for w in lexicon.dates.weekdays}
    # A headline's plural subject takes the bare verb: "Okvara Falcons Claim Attack".
    words |= {_bare_verb(w) for w in words if len(w) > 4 and w.endswith("s")}
    nouns = heads | {w.lower() for w in [*act.generic_heads, *act.attacker_nouns, *act.event_nouns]}
    return frozenset(w for w in words if w and w not in _NOT_BREAKS | nouns | _STOP)


def _bare_verb(word: str) -> str:
    """The bare form of a verb in the third person: "claims" -> "claim", "denies" -> "deny"."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _trailing_re(heads: list[str]) -> re.Pattern[str] | None:
    # A head's words stand one space apart, as the lexicon writes them.
    alt = alternation((h.lower() for h in heads), never="", spaces=r"\ ")
    if not alt:
        return None
    return re.compile(
        rf"\s+(?P<head>{alt})(?![\w\-\u2010]|['\u2019]\w\w)(?:\s*\((?P<acronym>[A-Z][A-Za-z\-]{{1,10}})\))?"
    )


def names_in(grammar: NameGrammar, text: str, lo: int, hi: int) -> Iterator[NameSpan]:
    """Yield the plausible actor names in ``text[lo:hi]``, left to right.

    The names of a range no longer than a long sentence are read once a process for each
    range's text (and the characters before it the patterns look back at).
    """
    memo = _names_memo(grammar) if hi - lo <= _MEMO_LONGEST else None
    if memo is None:
        yield from _names_in(grammar, text, lo, hi)
        return
    kept = memo.spans(text, lo, hi, partial(_facts_in, grammar, text, lo, hi))
    for start, end, (name, acronym, organisation) in kept:
        yield NameSpan(start, end, name, acronym, organisation)


_MEMO_LONGEST = 2000  # characters: a whole document's names are read, not kept
_NameFacts = tuple[str, str | None, bool]  # a name's text, acronym, and organisation
_MEMOS: dict[int, tuple[NameGrammar, TextMemo[_NameFacts] | None]] = {}


def _names_memo(grammar: NameGrammar) -> TextMemo[_NameFacts] | None:
    """The memo of ``grammar``'s names by range text (kept with it, so its id is not reused)."""
    entry = _MEMOS.get(id(grammar))
    if entry is None or entry[0] is not grammar:
        if len(_MEMOS) >= 4:
            _MEMOS.clear()
        patterns = [grammar.regex.pattern, _LOWER_RUN.pattern]
        patterns += [grammar.trailing.pattern] if grammar.trailing is not None else []
        reach = lookbehind_reach(patterns, grammar.regex.flags)
        entry = _MEMOS[id(grammar)] = (grammar, TextMemo(reach) if reach is not None else None)
    return entry[1]


def _facts_in(
    grammar: NameGrammar, text: str, lo: int, hi: int
) -> list[tuple[int, int, _NameFacts]]:
    """The names in ``text[lo:hi]``, each as its offsets and what the memo keeps of it."""
    return [
        (s.start, s.end, (s.name, s.acronym, s.organisation))
        for s in _names_in(grammar, text, lo, hi)
    ]


def _names_in(grammar: NameGrammar, text: str, lo: int, hi: int) -> Iterator[NameSpan]:
    """Read the names in ``text[lo:hi]`` (see :func:`names_in`)."""
    done = lo
    for m in grammar.regex.finditer(text, lo, hi):
        at = m.start()
        for start, end, name, acronym, organisation in _run_names(grammar, m):
            if at + start < done:
                continue  # the acronym after a dash, read with its name
            span = NameSpan(at + start, at + end, name, acronym, organisation)
            span = _with_trailing_head(grammar, text, _before_event(grammar, text, span, hi), hi)
            span = _with_dash_acronym(text, span, hi)
            done = span.end
            yield span


# An acronym after a dash: "Okvara Zelvan Front - OZF", or an en dash glued to it.
_DASH_ACRONYM = re.compile(
    r"[ \t]*(?:[\u2013\u2014]|--?)[ \t]*(?P<acronym>[A-Z][A-Za-z]{1,9})(?![\w\-\u2010'\u2019])"
)


def _with_dash_acronym(text: str, span: NameSpan, hi: int) -> NameSpan:
    """Take an acronym after a dash into the name, when its letters are the name's initials.

    A dash before any other capitalised word ("Okvara Front - Reuters") ends the name.
    """
    if span.acronym is not None:
        return span
    m = _DASH_ACRONYM.match(text, span.end, hi)
    if m is None or not acronym_fits(m.group("acronym"), span.name):
        return span
    return NameSpan(span.start, m.end(), span.name, m.group("acronym"), span.organisation)


# The names a run of capitalised words holds, by grammar (kept with it, so that its id
# is not reused while cached) and run: the same names recur through a document and a
# corpus, and cutting and trimming a run is most of the cost of reading names.
_RUNS: dict[int, tuple[NameGrammar, dict[tuple[str, str | None], tuple[_RelativeName, ...]]]] = {}
_RUNS_SIZE = 50_000


def _run_names(grammar: NameGrammar, m: re.Match[str]) -> tuple[_RelativeName, ...]:
    """The names of the run ``m`` matched: (start, end, name, acronym, organisation).

    Offsets are from the run's start: a run's names depend on its text alone.
    """
    entry = _RUNS.get(id(grammar))
    if entry is None or entry[0] is not grammar:
        if len(_RUNS) >= 4:
            _RUNS.clear()
        entry = _RUNS[id(grammar)] = (grammar, {})
    runs = entry[1]
    key = (m.group(0), m.group("acronym"))
    found = runs.get(key)
    if found is None:
        if len(runs) >= _RUNS_SIZE:
            runs.clear()
        at = m.start()
        spans = (
            _trimmed(grammar, part)
            for piece in _pieces(grammar, m)
            for part in _at_possessives(grammar, piece)
        )
        found = runs[key] = tuple(
            (s.start - at, s.end - at, s.name, s.acronym, s.organisation)
            for s in spans
            if s is not None
        )
    return found


_EVENT_PARTICLE = re.compile(r"\s(?:for|in|at|on)\s")


def _before_event(grammar: NameGrammar, text: str, span: NameSpan, hi: int) -> NameSpan:
    """Cut "for Istanbul" off a name an event noun follows: "blamed X for Istanbul bombing".

    The place after the particle modifies the event, not the name.
    """
    if span.acronym is not None or _EVENT_PARTICLE.search(span.name) is None:
        return span  # most names hold no particle: one search, no list of matches
    after = _LOWER_RUN.match(text, span.end, hi)
    words = after.group().split() if after is not None else []
    # The event's own modifiers only: no verb ("claimed the attack"), no article.
    while words and words[-1] not in grammar.events:
        words.pop()
    if not words or any(w in grammar.breaks or w in grammar.stop for w in words):
        return span
    cuts = list(_EVENT_PARTICLE.finditer(span.name))
    name = span.name[: cuts[-1].start()]
    return NameSpan(
        span.start,
        span.start + len(name),
        name,
        None,
        _organisation(grammar, [w.lower() for w in name.split()]),
    )


_LOWER_RUN = re.compile(r"(?:\s+[a-z][\w\-]*(?![\w\-])){1,3}")


@dataclass(frozen=True)
class _Piece:
    """A run of capitalised words between breaks: where it starts, its text, its acronym."""

    start: int
    text: str
    acronym: str | None


def _pieces(grammar: NameGrammar, m: re.Match[str]) -> Iterator[_Piece]:
    """Cut a run of capitalised words at the verbs of a title-case headline.

    A piece that ends in an event noun is the event ("For Museum Attack"), not a name.
    """
    run, start = m.group(0), 0
    for w in _NONSPACE.finditer(run):
        if w.start() and w.group().lower().strip("'\u2019") in grammar.breaks:
            piece = _Piece(m.start() + start, run[start : w.start()], None)
            yield from _unless_event(grammar, piece)
            start = w.end()
    yield from _unless_event(grammar, _Piece(m.start() + start, run[start:], m.group("acronym")))


def _at_possessives(grammar: NameGrammar, piece: _Piece) -> Iterator[_Piece]:
    """Cut a piece after each possessive that ends a name: "Zelvania's Okvara Front".

    The words after it name what the first name has, another name: a country's agency, a
    group's branch or leader. A possessive inside a name ("Okvara People's Army") stays.
    """
    if "'s " not in piece.text and "\u2019s " not in piece.text:
        yield piece
        return
    words = [(w.start(), w.end(), w.group()) for w in _NONSPACE.finditer(piece.text)]
    start = 0
    for i, (_, end, word) in enumerate(words[:-1]):
        if word[-2:] in ("'s", "\u2019s") and not _possessive_in_name(grammar, words, i):
            yield _Piece(piece.start + start, piece.text[start:end], None)
            start = words[i + 1][0]
    yield _Piece(piece.start + start, piece.text[start:], piece.acronym)


# Words are the runs between spaces; compiled once, as every name is cut into them.
_NONSPACE = re.compile(r"\S+")


def _clause_stop(grammar: NameGrammar, word: str) -> bool:
    """Say whether a lower-cased word is a function word other than an article."""
    return word in grammar.stop and word not in ("the", "a", "an")


def _edge_word(grammar: NameGrammar, word: str) -> bool:
    """Say whether a lower-cased word is a particle or a function word: no name ends in one."""
    return word in grammar.particles or word in grammar.stop


def _unless_event(grammar: NameGrammar, piece: _Piece) -> Iterator[_Piece]:
    """The piece without the event it ends in: "Zelvani Front Attack", "For Museum Attack".

    Words up to the last function word go with the event ("For Museum Attack"); with none,
    only the event nouns at the end ("Zelvani Front Attack").
    """
    words = list(_NONSPACE.finditer(piece.text))
    n = len(words)
    # A title-case headline goes on past its event: "X For Museum Attack As Toll Rises".
    ends = (
        i + 1
        for i, w in enumerate(words[:-1])
        if w.group().lower() in grammar.events and words[i + 1].group().lower() in grammar.stop
    )
    words = words[: next(ends, n)]
    n = len(words)
    if piece.acronym is None and words and words[-1].group().lower() in grammar.events:
        stops = [i for i, w in enumerate(words) if _clause_stop(grammar, w.group().lower())]
        n = stops[-1] if stops else n - 1
        while n > 0 and words[n - 1].group().lower() in grammar.events:
            n -= 1
    if n > 0:
        text = piece.text[words[0].start() : words[n - 1].end()]
        acronym = piece.acronym if words[n - 1].end() == len(piece.text) else None
        yield _Piece(piece.start + words[0].start(), text, acronym)


def _with_trailing_head(grammar: NameGrammar, text: str, span: NameSpan, hi: int) -> NameSpan:
    """Take a lower-case head after a name into it, capitalised: "the Velka brigade".

    The name comes out in one surface form however the text cases its head, so that two
    articles writing "Brigade" and "brigade" name one actor.
    """
    if grammar.trailing is None or span.acronym is not None or span.organisation:
        return span
    m = grammar.trailing.match(text, span.end, hi)
    if m is None:
        return span
    head = m.group("head")
    name = f"{span.name} {head[:1].upper()}{head[1:]}"
    return NameSpan(span.start, m.end(), name, m.group("acronym"), organisation=True)


def _trimmed(grammar: NameGrammar, m: _Piece) -> NameSpan | None:
    """Cut a piece to the name proper: no function word at its edges, no possessive."""
    words = [(w.start(), w.end(), w.group()) for w in _NONSPACE.finditer(m.text)]
    acronym = m.acronym
    if acronym is not None:
        words = [w for w in words if not w[2].startswith("(")]
    words = _without_closing_quote(words)
    cut = _without_possessive(grammar, words)
    if cut is not None:
        words, acronym = cut, None
    tail = words[-1] if words else None
    words = _edges_trimmed(grammar, _past_members(grammar, words))
    if words and words[-1] != tail:
        acronym = None  # the bracket follows words that are not the name's
    words = _plausible_head(grammar, words)
    if not words:
        return None
    start = m.start + words[0][0]
    end = m.start + len(m.text) if acronym is not None else m.start + words[-1][1]
    last = words[-1][2].lower()
    organisation = _organisation(grammar, [w[2].lower() for w in words])
    words = _without_generic(grammar, words, last)
    # "Tehreek-i- Taliban": a name a line break cut after its particle is written whole.
    name = _CUT_AFTER_HYPHEN.sub(r"\1", " ".join(w[2] for w in words))
    return NameSpan(start, end, name, acronym, organisation)


def _without_closing_quote(words: _Words) -> _Words:
    """Drop the quotation mark a name's last word closes: "'Okvara Front'", "the X' claim".

    Inside a name a plural's possessive is the name's ("Okvara Workers' Party"); at its
    end the mark closes a quotation or a possessive, and neither is the name's.
    """
    if not words:
        return words
    start, end, word = words[-1]
    if len(word) > 1 and word[-1] in "'\u2019":
        return [*words[:-1], (start, end - 1, word[:-1])]
    return words


_CUT_AFTER_HYPHEN = re.compile(r"([\-\u2010]) (?=[A-Z])")


def _without_generic(grammar: NameGrammar, words: _Words, last: str) -> _Words:
    """Drop a generic last word: "the Islamic State Group" is the Islamic State, "OZF Group" OZF.

    Two words are a name ("Okvara Group") unless the first is an acronym.
    """
    if last in grammar.generic and (len(words) > 2 or _acronym_first(words)):
        return words[:-1]
    return words


def _acronym_first(words: _Words) -> bool:
    """Say whether two words are an acronym and another: "OZF Group", "ISIS Militants"."""
    first = words[0][2]
    return len(words) == 2 and len(first) > 1 and first.isupper() and first.isalpha()


def _organisation(grammar: NameGrammar, words: list[str]) -> bool:
    """Say whether lower-cased ``words`` have an organisation's head at either end.

    "Velka Brigade", and "Katibat Velka", "Jaish al-Adl".
    """
    last = words[-1]
    if last in grammar.heads or last.rstrip("s") in grammar.heads:
        return True
    return len(words) > 1 and words[0] in grammar.heads


_Words = list[tuple[int, int, str]]


def _plausible_head(grammar: NameGrammar, words: _Words) -> _Words:
    """The plausible name, cut before a particle if the whole is not one.

    "blamed Ukraine for Saturday's attack": "Ukraine", not "Ukraine for Saturday".
    """
    while words and not _plausible(grammar, [w[2] for w in words]):
        cut = [i for i, w in enumerate(words) if i and w[2] in grammar.particles]
        words = _edges_trimmed(grammar, words[: cut[-1]]) if cut else []
    return words


def _edges_trimmed(grammar: NameGrammar, words: _Words) -> _Words:
    """Drop function words at the start ("But", "The") and particles at the end.

    A describing word that opens a sentence ("Banned", "Suspected") goes too, when a
    name is left after it, and so does a count ("Four Velka Brigade gunmen").
    """
    i, j = 0, len(words)
    while i < j and (
        words[i][2].lower() in grammar.stop
        or (i + 1 < j and words[i][2].lower() in grammar.openers)
        or (i + 1 < j and _a_count(grammar, words[i][2]))
    ):
        i += 1
    while j > i and (
        _edge_word(grammar, words[j - 1][2].lower())
        or (i + 1 < j and _describing(grammar, words[j - 1][2]))
    ):
        j -= 1
    return words[i:j]


def _describing(grammar: NameGrammar, word: str) -> bool:
    """Say whether a name's last word describes it: "the Okvara Islamist group".

    A describing word ("Islamist", "Jihadists", "Suspected") after a name tells what the
    group is, or what is said of it, as it does before one ("the Islamist Okvara Front").
    """
    low = word.lower().strip("'\u2019")
    return low in grammar.openers or (low.endswith("s") and low[:-1] in grammar.openers)


def _a_count(grammar: NameGrammar, word: str) -> bool:
    """Say whether ``word`` is a count ("Four", "Thirty-two"): the people a name's group sent."""
    return all(part in grammar.numbers for part in re.split(r"[\-\u2010]", word.lower()))


def _past_members(grammar: NameGrammar, words: _Words) -> _Words:
    """The group after its members: "Supporters of the Velka Brigade" names the brigade.

    And after its attackers: "Gunmen from Velka Brigade", "Terrorists of Velka Brigade".
    """
    people = grammar.members | grammar.generic | grammar.attackers
    if len(words) > 2 and words[0][2].lower() in people and words[1][2] in {"of", "from"}:
        return words[2:]
    return words


def _without_possessive(grammar: NameGrammar, words: _Words) -> _Words | None:
    """Cut the words after a possessive: "Boko Haram's fighters" names Boko Haram.

    Unless the possessive is a word of the name and an organisation's head ends it:
    "the Okvara People's Army" is one name.
    """
    for i, (start, end, word) in enumerate(words):
        if word[-2:] in ("'s", "\u2019s"):
            if _possessive_in_name(grammar, words, i):
                continue
            return [*words[:i], (start, end - 2, word[:-2])]
    return None


_NAME_WORDS_AFTER_POSSESSIVE = 6


def _possessive_in_name(grammar: NameGrammar, words: _Words, i: int) -> bool:
    """Say whether the possessive ``words[i]`` stands inside a name ("People's Army")."""
    if words[i][2][:-2].lower() not in grammar.possessors:
        return False
    rest: list[str] = []
    # A name's words after its possessive are few: the scan is bounded, so a run of
    # capitalised possessives stays linear.
    for w in words[i + 1 : i + 1 + _NAME_WORDS_AFTER_POSSESSIVE]:
        if not w[2][:1].isupper():
            break  # "... People's Army for Friday's": the name ends before the particle
        rest.append(_POSSESSIVE.sub("", w[2].lower()))
    return (
        bool(rest)
        and (rest[-1] in grammar.heads or rest[-1].rstrip("s") in grammar.heads)
        and rest[-1] not in grammar.generic
    )


def _plausible(grammar: NameGrammar, words: list[str]) -> bool:
    """Say whether capitalised ``words`` may name a perpetrator."""
    lowered = [w.lower().strip("'\u2019") for w in words]
    # "Workers'" inside a name is the name's word, not the speakers ("aid workers").
    possessive = {w.lower().rstrip("'\u2019") for w in words if w.endswith(("'", "\u2019"))}
    titled = _titled_organisation(grammar, lowered)
    if any(
        w in grammar.reject and w not in possessive & grammar.possessors and w not in titled
        for w in lowered
    ):
        return False
    if all(w in grammar.ideologies for w in lowered):
        return False  # "radical Islam", "Salafism": a belief, not who holds it
    if len(words) > 1 and lowered[-1] in grammar.outlets:
        return False  # "The Star", "Daily Monitor": an outlet
    if _a_part_of(grammar, lowered):
        return False  # "Okvara Splinter Group": a part of the Okvara, named elsewhere if at all
    # One capital letter with dots or a number is no name ("U.", "A1").
    return any(len(w) > 1 and w[:1].isalpha() for w in words)


def _titled_organisation(grammar: NameGrammar, lowered: list[str]) -> frozenset[str]:
    """The titles that are a name's words: "the Imam Velka Battalion" is a group's name.

    A person's title ("Imam", "Sheikh") before other words of the name, when a specific
    organisation head ends it (not a generic one: "Sheikh Velka Group" is the person's).
    """
    last = lowered[-1]
    if len(lowered) < 3 or last in grammar.generic:
        return frozenset()
    if last not in grammar.heads and last.rstrip("s") not in grammar.heads:
        return frozenset()
    return frozenset(w for w in lowered[:-2] if w in grammar.honorifics)


# Nouns of a part of a group: a name ending in one is the part, not a group's own name.
_PART_NOUNS = frozenset(
    {"splinter", "affiliate", "branch", "offshoot", "wing", "franchise", "chapter", "arm"}
)


def _a_part_of(grammar: NameGrammar, lowered: list[str]) -> bool:
    """Say whether lower-cased words end in a part noun, before generic heads."""
    i = len(lowered)
    while i > 1 and lowered[i - 1] in grammar.generic:
        i -= 1
    return i > 1 and lowered[i - 1] in _PART_NOUNS


@dataclass(frozen=True)
class NameTail:
    """The words that make a known name a longer one: " in the Zelvan Highlands (IZH)".

    ``link`` is the particle that joins them ("in the", "of", or "" when the words follow
    directly), ``rest`` the capitalised words, ``generic`` whether a generic head stood
    between ("the Okvara group in the ..."), ``end`` where the tail (and its acronym) ends.
    """

    end: int
    link: str
    rest: str
    acronym: str | None
    generic: bool
    compass: bool = False  # compass words only ("in the Middle East"): a part of the world


_LINK = re.compile(
    r"(?P<generic>\s+(?:group|organi[sz]ation|movement))?\s+(?P<link>in\s+the|of\s+the|of)\s+(?=[A-Z])"
)
_ARTICLE_GLUED = r"(?:al|el|ad|ash|as|at|an|ar|az|ul)[\-\u2010][A-Z]"
_SPACE_BEFORE_CAPITAL = re.compile(rf"[ \t]+(?=[A-Z]|{_ARTICLE_GLUED})")
_GLUED_ARTICLE = re.compile(_ARTICLE_GLUED)
# A tail of compass words alone is a part of the world, not of a name ("in the Middle East").
_COMPASS = frozenset(
    {"north", "south", "east", "west", "middle", "central", "far", "near", "western", "eastern",
     "northern", "southern", "world", "region"}
)  # fmt: skip


# Compass points joined into one word: "Southwest", "North-East", "south-eastern".
_COMPASS_POINT = re.compile(r"(?:north|south)[\-\u2010]?(?:east|west)(?:ern)?")


def _compass_word(word: str) -> bool:
    """Say whether a lower-case word is a compass word: "north", "southwest", "north-eastern"."""
    return word in _COMPASS or _COMPASS_POINT.fullmatch(word) is not None


def longer_name(grammar: NameGrammar, text: str, end: int, hi: int) -> NameTail | None:
    """The words after a known name at ``end`` that make it another group's name, if any.

    An affiliate is often named as its parent and a region ("... in the Islamic Maghreb",
    "... of the Greater Sahara") or a parent and a province ("... West Africa Province"):
    the longer name is the group meant, whether or not the lexicon knows it. A tail joined
    directly must end in an organisation's head ("Province", "Brigade"), not a generic one
    ("Group", "Militants"); a tail after a particle must hold capitalised words that are
    not compass words only. Whether the tail is a place (a country, a city: "of Iraq") is
    for the caller to decide.
    """
    link = _LINK.match(text, end, hi)
    at = link.end() if link is not None else None
    if at is None:
        space = _SPACE_BEFORE_CAPITAL.match(text, end, hi)
        if space is None:
            return None
        at = space.end()
    span = next(names_in(grammar, text, at, hi), None)
    if span is None or span.start != at:
        return None
    words = span.name.split()
    if link is None:
        last = words[-1].lower()
        # "... al-Zelvani": an Arabic article glued to the next word names a part of the group.
        glued = _GLUED_ARTICLE.match(span.name) is not None
        if not glued and (
            not span.organisation or last in grammar.generic or last not in grammar.heads
        ):
            return None
        return NameTail(span.end, "", span.name, span.acronym, generic=False)
    return NameTail(
        span.end,
        " ".join(link.group("link").split()),
        span.name,
        span.acronym,
        generic=link.group("generic") is not None,
        compass=all(_compass_word(w.lower()) for w in words),
    )


# Between an acronym and the name it stands for: "OKF, the Okvara Front", "OKF (Okvara Front)".
_ACRONYM_GAP = re.compile(r"\s*(?:,\s*|\(\s*)(?:the\s+)?")
_LINE = re.compile(r"[^\n]+")
_NAME_PARTS = re.compile(r"[^\s\-\u2010]+")


def acronym_fits(acronym: str, name: str) -> bool:
    """Say whether ``acronym``'s capitals are initials of ``name``'s words, in order.

    Words may be skipped ("of", "and", "the"; "ISIS" for "Islamic State of Iraq and
    Syria"), but the first word gives the first letter: "TTP" fits "Tehrik-i-Taliban
    Pakistan", "MSF" does not fit "Doctors Without Borders".

    Example:
        >>> acronym_fits("VIBSB", "Velka Ibn Sarra Brigade"), acronym_fits("AP", "Reuters")
        (False, False)
        >>> acronym_fits("AQIM", "Al Qaeda of Islamic Maghreb")
        True
    """
    letters = [c for c in acronym if c.isupper()]
    parts = [w.strip("'\u2019") for w in _NAME_PARTS.findall(name)]
    initials = [w[:1].upper() for w in parts if w[:1].isalpha()]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    i = 0
    for c in initials:
        if i < len(letters) and c == letters[i]:
            i += 1
    return i == len(letters)


def definitions(grammar: NameGrammar, text: str) -> dict[str, str]:
    """Each name ``text`` defines by another, lower-cased, to the group's full form.

    "Okvara Front (OKF)", "OKF, the Okvara Front", "the Okvara Front, also known as
    Jamaat al-Okvara": the names of one definition, and of definitions sharing a name, are
    one group, written as its longest name that is no acronym.

    Example:
        >>> from claimrecon.vocab import Lexicon
        >>> grammar = name_grammar(Lexicon.default())
        >>> text = "The Okvara Zelvan Front (OZF) struck. OZF, also known as Jamaat Okvara, said."
        >>> sorted(definitions(grammar, text).items())  # doctest: +NORMALIZE_WHITESPACE
        [('jamaat okvara', 'Okvara Zelvan Front'), ('okvara zelvan front', 'Okvara Zelvan Front'),
         ('ozf', 'Okvara Zelvan Front')]
    """
    # Line by line: a run of capitals never joins a headline to the paragraph below it.
    spans = [
        span
        for line in _LINE.finditer(text)
        for span in names_in(grammar, text, line.start(), line.end())
    ]
    pairs: list[tuple[str, str]] = []
    for span in spans:
        if span.acronym is not None and _defines(span):
            pairs.append((span.name, span.acronym))
    described: set[str] = set()
    for a, b in pairwise(spans):
        pairs.extend(_defined_pair(grammar, text, a, b))
        pair = _described_pair(text, a, b)
        if pair is not None:
            pairs.append(pair)
            described.add(pair[0].lower())
    return _grouped(pairs, described)


def _defines(span: NameSpan) -> bool:
    """Say whether a name's bracketed acronym is the name's: "Okvara Front (OKF)".

    An acronym fits the initials of the name, or the name has an organisation's head and
    the acronym is in capitals: a group's acronym is often that of its name in another
    language ("Okvara Freedom Falcons (TAZ)").
    """
    acronym = span.acronym or ""
    if acronym_fits(acronym, span.name):
        return True
    return span.organisation and 2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()


# Between a name and a description of it: "X, a Zelvan militia", "X, the Zelvan militia,".
_DESCRIPTION_GAP = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][a-z\-]*\s+){0,2}")
_SPACES = re.compile(r"\s+")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)\u2014\u2013]|--|$)")


def _description(text: str, span: NameSpan) -> bool:
    """Say whether a name ends in a head the text writes in lower case: "the Zelvan militia"."""
    written = text[span.start : span.end].split()
    return span.organisation and len(written) > 1 and written[-1].islower()


def _described_pair(text: str, a: NameSpan, b: NameSpan) -> tuple[str, str] | None:
    """The description and the name, if one stands next to the other as its apposition.

    A group is often introduced by its base ("X, a Zelvan militia", "the Zelvan militia
    X"), and named in another report by that description alone.
    """
    if a.acronym is not None or b.acronym is not None:
        return None
    if (
        _description(text, b)
        and not _description(text, a)
        and _DESCRIPTION_GAP.fullmatch(text, a.end, b.start)
        and _APPOSITION_END.match(text, b.end)  # not "X, the Zelvan militia leader"
    ):
        return b.name, a.name
    if (
        _description(text, a)
        and not _description(text, b)
        and _SPACES.fullmatch(text, a.end, b.start)
    ):
        return a.name, b.name
    return None


def _defined_pair(
    grammar: NameGrammar, text: str, a: NameSpan, b: NameSpan
) -> Iterator[tuple[str, str]]:
    """The two names, if the text between them defines one by the other."""
    gap = grammar.alias_gap
    if gap is not None and gap.fullmatch(text, a.end, b.start):
        yield a.name, b.name
        if b.acronym is not None and acronym_fits(b.acronym, b.name):
            yield b.name, b.acronym
    elif (
        a.name.isupper()
        and _ACRONYM_GAP.fullmatch(text, a.end, b.start)
        and acronym_fits(a.name, b.name)
    ):
        yield b.name, a.name


def _grouped(pairs: list[tuple[str, str]], described: set[str] | None = None) -> dict[str, str]:
    """Join pairs sharing a name into groups; map each name to its group's full form.

    A description (lower-cased in ``described``) is the full form only of a group that
    has no name besides it.
    """
    described = described or set()
    written: dict[str, str] = {}
    for a, b in pairs:
        written.setdefault(a.lower(), a)
        written.setdefault(b.lower(), b)
    out: dict[str, str] = {}
    for keys in components(written, ((a.lower(), b.lower()) for a, b in pairs)):
        names = [written[k] for k in keys if k not in described] or [written[k] for k in keys]
        full = max(names, key=lambda n: (not n.isupper(), len(_NAME_PARTS.findall(n)), len(n)))
        out.update((k, full.rstrip("'\u2019")) for k in keys)
    return out
