"""Numbers in news text: tokens with offsets, digits and number words, phrase tables.

The figure patterns in :mod:`claimrecon.extract.figures` work on tokens, not on raw
characters, so every regular expression here is a plain tokenizer that cannot backtrack:
each repetition starts with a separator the previous one cannot consume.

Examples:
    >>> from claimrecon.vocab import Lexicon
    >>> figures = Lexicon.default().figures
    >>> words_to_int("twenty-seven", figures)
    27
    >>> words_to_int("one hundred and twelve", figures)
    112
    >>> words_to_int("1,662", figures)
    1662

May import: the vocab and compiled modules (models and errors too); none of the readers,
which build on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from claimrecon import compiled
from claimrecon.vocab import FigureLexicon, alternation

__all__ = [
    "PhraseTable",
    "Tokens",
    "parse_number",
    "phrase_key",
    "read_spelled",
    "spell",
    "spelled_end",
    "tokenize",
    "word_pattern",
    "words_to_int",
]

V = TypeVar("V")

# A number with thousands separators or a decimal part (and any letters glued to it,
# "31st", "1990s", so that they are not read as counts); a word with inner apostrophes or
# hyphens ("no-one", "four-hour"); or any other single visible character.
# Control characters, lone surrogates, zero-width marks and a soft hyphen standing alone
# are skipped like white space.
# A no-break or thin space before exactly three digits is a thousands separator (French
# and SI typography, "1 500"): an ordinary space is not, as "in 2015 300 people" shows.
_THIN = "\u00a0\u2009\u202f"
_TOKEN = re.compile(
    rf"[0-9]+(?:[.,][0-9]+|[{_THIN}][0-9]{{3}}(?![0-9]))*[^\W\d_]*"
    r"|[^\W\d_]+(?:['\u2019\-\u2010\u2011\u00ad][^\W\d_]+)*"
    r"|[^\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2060\ufeff\ud800-\udfff]"
)
_INTEGER = re.compile(rf"[0-9]{{1,3}}(?:[,{_THIN}][0-9]{{3}})+|[0-9]+")
_SEPARATORS = str.maketrans("", "", "," + _THIN)
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")
# Digits with a scale glued on: "1.2m", "150k", "2bn".
_SUFFIXED = re.compile(r"([0-9]+(?:\.[0-9]+)?)([a-z]{1,2})")
# Longer digit runs are identifiers, not counts (and int() refuses very long ones).
_MAX_DIGITS = 15


# Typographic variants read as their plain form in the lower-cased tokens: a curly
# apostrophe, the hyphen and no-break hyphen ("twenty\u2011two"), a soft hyphen (dropped).
_PLAIN = str.maketrans({"\u2019": "'", "\u2010": "-", "\u2011": "-", "\u00ad": None})
_VARIANTS = frozenset("\u2019\u2010\u2011\u00ad")


def _norm(token: str) -> str:
    return token.lower().translate(_PLAIN)


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a text, as parallel lists.

    Attributes:
        text: The token as written.
        lower: The token lower-cased, curly apostrophes made straight.
        start: Offset of each token's first character, relative to the text tokenized.
        end: Offset just past each token.
    """

    text: list[str]
    lower: list[str]
    start: list[int]
    end: list[int]

    def __len__(self) -> int:
        return len(self.text)


def tokenize(text: str, offset: int = 0) -> Tokens:
    """Split ``text`` into tokens, adding ``offset`` to every position.

    Examples:
        >>> tokenize("At least 1,000-2,000 were hurt.").text
        ['At', 'least', '1,000', '-', '2,000', 'were', 'hurt', '.']
    """
    matches = list(_TOKEN.finditer(text))
    texts = [m.group() for m in matches]
    lows = [t.lower() for t in texts]
    if not _VARIANTS.isdisjoint(text):
        lows = [t.translate(_PLAIN) for t in lows]
    starts = [m.start() + offset for m in matches]
    ends = [m.end() + offset for m in matches]
    return Tokens(texts, lows, starts, ends)


def detach_suffixes(
    tok: Tokens, suffixes: Mapping[str, tuple[str, ...]], heads: frozenset[str]
) -> Tokens:
    """Split a suffix glued to a number word off its token: "hundred-odd", "five-or-so".

    ``suffixes`` maps a suffix as glued ("odd", "or-so") to its tokens (("-", "odd"),
    ("or", "so")). A token made of a word of ``heads`` (or a hyphenated compound ending in
    one), a hyphen and a suffix becomes the head and the suffix's tokens, as digits are
    already tokenized ("30-odd"), so that a suffix reads the same after words and digits.

    Examples:
        >>> odd, hundred = {"odd": ("-", "odd")}, frozenset({"hundred"})
        >>> detach_suffixes(tokenize("two hundred-odd"), odd, hundred).text
        ['two', 'hundred', '-', 'odd']
    """
    if not any("-" in w for w in tok.lower):
        return tok
    out = Tokens([], [], [], [])
    for word, folded, s, e in zip(tok.text, tok.lower, tok.start, tok.end, strict=True):
        cut = folded.find("-")
        while cut > 0:
            key = suffixes.get(folded[cut + 1 :])
            if key is not None and folded[:cut].rpartition("-")[2] in heads:
                break
            cut = folded.find("-", cut + 1)
        if cut <= 0 or len(folded) != len(word):
            _append(out, word, folded, s, e)
            continue
        _append(out, word[:cut], folded[:cut], s, s + cut)
        at = cut
        for part in suffixes[folded[cut + 1 :]]:
            at = folded.index(part, at)
            _append(out, word[at : at + len(part)], part, s + at, s + at + len(part))
            at += len(part)
    return out


def _append(tok: Tokens, word: str, folded: str, start: int, end: int) -> None:
    tok.text.append(word)
    tok.lower.append(folded)
    tok.start.append(start)
    tok.end.append(end)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """Return a lexicon phrase as the tuple of tokens it matches."""
    return tuple(_norm(m.group()) for m in _TOKEN.finditer(phrase))


class PhraseTable(Generic[V]):
    """Phrases of one or more tokens, matched longest first at a token position.

    Examples:
        >>> table = PhraseTable({"police": 1, "police officers": 2})
        >>> table.match(["two", "police", "officers"], 1)
        (2, 3)
    """

    def __init__(self, entries: Mapping[str, V] | Iterable[tuple[str, V]]) -> None:
        items = entries.items() if isinstance(entries, Mapping) else entries
        by_first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in items:
            key = phrase_key(phrase)
            if key:
                by_first.setdefault(key[0], []).append((key, value))
        for options in by_first.values():
            options.sort(key=lambda kv: -len(kv[0]))
        self._by_first = by_first
        self.first_words = frozenset(by_first)
        self._gates = _gate_words(key for options in by_first.values() for key, _ in options)
        # The most tokens a phrase of the table holds.
        self.longest = max((len(k) for opts in by_first.values() for k, _ in opts), default=0)

    @property
    def gates(self) -> tuple[str, ...] | None:
        """The tokens :meth:`may_occur` looks for, folded; None when it cannot rule out."""
        return self._gates

    def may_occur(self, text: str) -> bool:
        """Say whether ``text`` may hold a phrase of the table (False: it holds none).

        Each phrase needs its tokens (see :func:`_gate_words`): a text whose folded form
        (lower case, typographic variants plain, as tokens are compared) holds none of the
        phrases' chosen tokens as a substring holds none of the phrases, and need not be
        tokenized.
        """
        if self._gates is None:
            return True
        folded = text.lower().translate(_PLAIN)
        return any(word in folded for word in self._gates)

    def match(self, lower: list[str], i: int) -> tuple[V, int] | None:
        """Return the value of the longest phrase starting at token ``i`` and its end."""
        if i >= len(lower):
            return None
        options = self._by_first.get(lower[i])
        if not options:
            return None
        for key, value in options:
            end = i + len(key)
            if end <= len(lower) and (len(key) == 1 or tuple(lower[i:end]) == key):
                return value, end
        return None

    def match_ending(self, lower: list[str], end: int, longest: int = 4) -> tuple[V, int] | None:
        """Return the value of a phrase ending just before token ``end`` and its start."""
        for start in range(max(0, end - longest), end):
            found = self.match(lower, start)
            if found is not None and found[1] == end:
                return found[0], start
        return None


def _gate_words(keys: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """A token each phrase needs, once each; None if a phrase has no ASCII token.

    The longest ASCII token after the first (a table's phrases often share their first
    words: "attack is ongoing", "attack continues"), else the first. A token's folded form
    is the folded text's at its place, letter by letter: lowering reads no context but for
    a Greek final sigma, which no ASCII token holds.
    """
    gates: dict[str, None] = {}
    for key in keys:
        plain = [token for token in key[1:] if token.isascii()] or [
            token for token in key[:1] if token.isascii()
        ]
        if not plain:
            return None
        gates[max(plain, key=len)] = None
    return tuple(gates)


def _word_value(word: str, units: Mapping[str, int]) -> int | None:
    """Return the value of one number word, hyphenated compounds included."""
    if word in units:
        return units[word]
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in units and parts[1] in units:
        tens, ones = units[parts[0]], units[parts[1]]
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= ones <= 9:
            return tens + ones
    return None


def parse_number(
    lower: list[str], i: int, figures: FigureLexicon, words: PhraseTable[int] | None = None
) -> tuple[int, int] | None:
    """Parse a count written in digits or words at token ``i``.

    Words: units and tens ("twenty-seven"), scales ("one hundred and twelve", "a hundred
    and twenty", "two-dozen"), fractions of a scale ("one and a half million") and the
    lexicon's phrases ("half a million").

    Returns:
        The value and the index of the token after the number, or ``None``.
    """
    if i >= len(lower):
        return None
    token = lower[i]
    if token[0].isdigit():
        return _digits_value(lower, i, figures)
    scales = figures.number_scales
    head, dash, tail = token.partition("-")
    if dash and tail in scales and head in figures.number_words:
        # "two-dozen"
        return figures.number_words[head] * scales[tail], i + 1
    if words is not None:
        multi = words.match(lower, i)
        if multi is not None and multi[1] - i > 1:
            return multi
    return _words_value(lower, i, figures)


def _digits_value(lower: list[str], i: int, figures: FigureLexicon) -> tuple[int, int] | None:
    """Parse digits at ``i``: "1,662", "2.5 million", "1.2m"; ``None`` for identifiers."""
    token = lower[i]
    scales = figures.number_scales
    if sum(c.isdigit() for c in token[: _MAX_DIGITS * 2]) > _MAX_DIGITS:
        return None
    scaled = i + 1 < len(lower) and lower[i + 1] in scales
    if _INTEGER.fullmatch(token):
        value = int(token.translate(_SEPARATORS))
        return (value * scales[lower[i + 1]], i + 2) if scaled else (value, i + 1)
    if _DECIMAL.fullmatch(token) and scaled:
        return round(float(token) * scales[lower[i + 1]]), i + 2
    glued = _SUFFIXED.fullmatch(token)
    if glued is not None and glued.group(2) in figures.number_suffixes:
        return round(float(glued.group(1)) * figures.number_suffixes[glued.group(2)]), i + 1
    return None


@dataclass
class _Spelled:
    """The running value of a number in words: the total of scales passed, the current group."""

    total: int = 0
    current: int = 0
    seen: bool = False


def _words_value(lower: list[str], i: int, figures: FigureLexicon) -> tuple[int, int] | None:
    """Parse a number in words at ``i`` ("one hundred and twelve", "a hundred and twenty")."""
    n = len(lower)
    units, scales = figures.number_words, figures.number_scales
    state = _Spelled()
    j = _opening(lower, i, figures, state)
    mark: tuple[int, int, int] | None = None
    while j < n:
        word = lower[j]
        unit = _word_value(word, units)
        if unit is not None:
            if not _add_unit(state, unit):
                break
        elif word in scales and state.seen:
            if _second_hundreds(state, scales[word], mark):
                # "between four hundred and nine hundred": a second round number of
                # hundreds after "and" is another number; this one ends before "and".
                state.total, state.current, j = mark or (0, 0, j)
                break
            _scale(state, scales[word])
        elif word == "and" and state.seen:
            mark = (state.total, state.current, j)
            step = _after_and(lower, j, figures, state)
            if step is None:
                break
            j = step
            continue
        else:
            break
        j += 1
    if not state.seen:
        return None
    return state.total + state.current, j


def _opening(lower: list[str], i: int, figures: FigureLexicon, state: _Spelled) -> int:
    """Read the article or bare scale a number in words opens with; return where to go on."""
    n = len(lower)
    scales = figures.number_scales
    if lower[i] in ("a", "an") and i + 1 < n and lower[i + 1] in scales:
        # "a hundred and twenty": the article is one.
        state.current, state.seen = 1, True
        return i + 1
    if lower[i] in scales and i + 2 < n and lower[i + 1] == "and":
        # "hundred and thirty", the article left out: one hundred when a unit follows.
        state.seen = _word_value(lower[i + 2], figures.number_words) is not None
    return i


def _second_hundreds(state: _Spelled, scale: int, mark: tuple[int, int, int] | None) -> bool:
    """Say whether a hundreds scale follows a group that has its hundreds already."""
    return mark is not None and scale == 100 and state.current >= 100


def _add_unit(state: _Spelled, unit: int) -> bool:
    """Add a unit or ten to the current group; ``False`` if it starts another number.

    "one two" is two numbers, not three: a unit may follow only a ten.
    """
    current = state.current
    if state.seen and current % 100 != 0 and (current % 10 != 0 or unit >= 10):
        return False
    state.current, state.seen = current + unit, True
    return True


def _scale(state: _Spelled, scale: int) -> None:
    """Multiply the current group by a scale word ("hundred", "million")."""
    if scale >= 1000:
        state.total += max(state.current, 1) * scale
        state.current = 0
    else:
        state.current = max(state.current, 1) * scale


def _after_and(lower: list[str], j: int, figures: FigureLexicon, state: _Spelled) -> int | None:
    """Read what an "and" at ``j`` joins inside one number; ``None``: it ends the number.

    "one hundred and twelve" (a unit after a scale), "one and a half million" (a fraction
    of the scale that follows, only when the result is whole).
    """
    n = len(lower)
    units = figures.number_words
    nxt = j + 1
    if nxt < n and _word_value(lower[nxt], units) is not None:
        return nxt if state.current % 100 == 0 or state.total else None
    fraction = figures.number_fractions.get(lower[nxt + 1]) if nxt + 1 < n else None
    scale_at = nxt + 2
    if (
        fraction is None
        or lower[nxt] not in ("a", "an")
        or scale_at >= n
        or lower[scale_at] not in figures.number_scales
    ):
        return None
    scale = figures.number_scales[lower[scale_at]]
    value = (state.current + fraction) * scale
    if value != int(value) or state.current == 0:
        return None
    state.total += int(value)
    state.current = 0
    return scale_at + 1


# Longest run of number words and joiners read as one spelled-out number, in tokens.
_SPELLED_MAX = 12


def spelled_end(lower: list[str], i: int, figures: FigureLexicon) -> int:
    """Return the end of the run of number words, scales and joiners starting at ``i``.

    The run ("a hundred and twenty", "one and a half million") does not end on a joiner.
    """
    end = i
    j = i
    units = figures.number_words
    joiners = figures.number_joiners
    while j < len(lower) and j - i < _SPELLED_MAX:
        word = lower[j]
        if _word_value(word, units) is not None or word in figures.number_scales:
            end = j + 1
        elif word not in joiners:
            break
        j += 1
    return end


def read_spelled(phrase: str, figures: FigureLexicon | None = None) -> int | None:
    """Read a whole spelled-out number, or return ``None`` if the phrase is not one.

    The token parser reads these in full ("a hundred and twenty", "one and a half
    million"); no third-party parser is loaded. ``figures`` defaults to the default
    lexicon's.

    Examples:
        >>> read_spelled("one and a half million")
        1500000
        >>> read_spelled("two and three") is None
        True
    """
    if figures is None:
        from claimrecon.vocab import Lexicon

        figures = Lexicon.default().figures
    lower = tokenize(phrase).lower
    found = parse_number(lower, 0, figures) if lower else None
    if found is None or found[1] != len(lower):
        return None
    return found[0]


def words_to_int(text: str, figures: FigureLexicon) -> int | None:
    """Return the number ``text`` spells in full, or ``None`` if it is not one number."""
    lower = tokenize(text).lower
    found = parse_number(lower, 0, figures)
    if found is None or found[1] != len(lower):
        return None
    return found[0]


_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """Write a whole number from 0 to 999,999,999 in English words.

    Examples:
        >>> spell(27), spell(1662)
        ('twenty-seven', 'one thousand six hundred and sixty-two')
    """
    if n < 0 or n >= 10**9:
        raise ValueError(f"cannot spell {n}")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {spell(rest)}" if rest else "")
    for scale, name in ((10**6, "million"), (1000, "thousand")):
        if n >= scale:
            high, rest = divmod(n, scale)
            head = f"{spell(high)} {name}"
            if not rest:
                return head
            return f"{head} and {spell(rest)}" if rest < 100 else f"{head} {spell(rest)}"
    raise ValueError(f"cannot spell {n}")  # pragma: no cover (every n >= 1000 returned)


_Trie = dict[str, "_Trie"]


def word_pattern(
    words: Iterable[str], ignore_case: bool = True, exact: Iterable[str] = ()
) -> re.Pattern[str] | None:
    """Compile a case-insensitive pattern for any of ``words`` as whole words or phrases.

    The alternatives are folded into a trie, so the pattern branches on one character at
    a time and never backtracks more than one phrase; a space in a phrase matches any run
    of white space. ``None`` when there are no words. With ``ignore_case=False`` the
    pattern matches lower-case text only (twice as fast on text lowered beforehand).
    ``exact`` words match only as written, case included ("IS", not "is"), in a pattern
    that otherwise ignores case.

    Examples:
        >>> pattern = word_pattern(["killed", "kill", "set off"])
        >>> [m.group() for m in pattern.finditer("Killed, skilled, set  off, set up")]
        ['Killed', 'set  off']
    """
    trie: _Trie = {}
    for word in words:
        phrase = " ".join(word.lower().split())
        if not phrase:
            continue
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    alts = alternation(exact, never="")
    if not trie and not alts:
        return None
    body = _trie_regex(trie) if trie else ""
    if alts:
        body = f"(?:(?i:{body})|{alts})" if trie else f"(?:{alts})"
        return compiled.compile(r"(?<!\w)" + body + r"(?!\w)")
    flags = re.IGNORECASE if ignore_case else 0
    return compiled.compile(r"(?<!\w)" + body + r"(?!\w)", flags)


def _trie_regex(node: _Trie) -> str:
    ends_here = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(node[char])
        for char in sorted(node)
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if not ends_here:
        return body
    return f"(?:{body})?"
