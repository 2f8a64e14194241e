"""Patterns that share long sub-patterns, compiled without parsing those again each time.

The attribution cues hold placeholders (``{event}``, ``{attackers}``) whose patterns are
kilobytes long, and each cue is compiled on its own: parsing the placeholders' text again
in every cue, and making their code again, was most of what compiling the cues cost.
:class:`Placeholders` writes each placeholder in a pattern's source as a short mark,
parses and compiles every placeholder once, and compiles a marked source by parsing its
own few words and putting the placeholders' code in the marks' places (and their parsed
forms, for the pattern's widths and prefix). The pattern it returns is the one
``re.compile`` gives for the source with the placeholders written out: the same source
text and the same compiled code (:meth:`Placeholders.compile` checks the few
constructions where the parser would read the written-out text otherwise, or where a
placeholder's code would differ, and compiles that text instead).

This relies on the ``re`` package's parser and compiler (``re._parser``, ``re._compiler``,
Python 3.11 and later); where they are missing or behave otherwise, the marks are the
placeholders' own text and compiling is ``re.compile``.

Example:
    >>> shared = Placeholders({"{noun}": r"(?:attack|bombing)"}, flags=re.IGNORECASE)
    >>> source = "claimed " + shared.marks["{noun}"]
    >>> shared.compile(source) == re.compile("claimed (?:attack|bombing)", re.IGNORECASE)
    True
    >>> shared.expand(source)
    'claimed (?:attack|bombing)'

A compiled cue's code is kept in the machine's table of compiled patterns
(:mod:`claimrecon.compiled`), so that a later process need not splice it again.

May import: :mod:`claimrecon.compiled`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from claimrecon import compiled

_REPEATS: tuple[Any, ...]
_ASSERTS: tuple[Any, ...]
try:  # the parser and compiler of ``re`` (Python 3.11 and later)
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
    _ASSERTS = (_parser.ASSERT, _parser.ASSERT_NOT)
except ImportError:  # pragma: no cover - Python 3.10
    _compiler = _parser = None
    _REPEATS = _ASSERTS = ()

# The marks are characters of the private use planes, which no lexicon writes: a part's
# mark in the sources, and each place a mark stands in the source being compiled (so that
# the parser, which moves a first item all branches share out of them, never moves a mark
# where it would not move the part's first item).
_FIRST_MARK = 0xF0000
_FIRST_PLACE = 0x100000
_PLACES = 0xFFFE
_MARKED = re.compile("[\U000f0000-\U000ffffd]")
_PRIVATE = re.compile("[\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


class _Refused(Exception):
    """The marked source parses otherwise than the written-out one: compile the text."""


class Placeholders:
    """Named sub-patterns written as marks in sources, compiled by splicing their parse."""

    flags: int
    marks: dict[str, str]  # a part's name -> its mark (the part itself, if not splicing)
    _text: dict[int, str]  # a mark -> its part's source
    _trees: dict[int, Any]  # a mark -> its part, parsed (on first use)
    _codes: dict[tuple[int, int], list[int]]  # a mark and flags -> its part's code

    def __init__(self, parts: dict[str, str], flags: int = 0, others: Iterable[str] = ()) -> None:
        """Give each of ``parts`` (name -> pattern source) a mark.

        ``others`` is the text the sources are built from besides the marks (the cues):
        should it hold a mark's character, or the ``re`` internals be missing or not
        reproduce ``re.compile``, the marks are the parts' own text.
        """
        self._set(parts, flags)
        if not (_works() and self._usable(others)):
            self.marks, self._text = dict(parts), {}

    def _set(self, parts: dict[str, str], flags: int) -> None:
        self.flags = int(flags)  # a RegexFlag would slow every test of it in the compiler
        self._text = {_FIRST_MARK + i: part for i, part in enumerate(parts.values())}
        self._trees = {}
        self._codes = {}
        self.marks = {name: chr(_FIRST_MARK + i) for i, name in enumerate(parts)}

    def _usable(self, others: Iterable[str]) -> bool:
        if any(_PRIVATE.search(text) for text in others):
            return False
        return all(_concatenates(part, self.flags) for part in self._text.values())

    def expand(self, source: str) -> str:
        """Return ``source`` with its marks written out as their placeholders' patterns."""
        return source.translate(self._text) if self._text else source

    def compile(self, source: str) -> re.Pattern[str]:
        """Return ``source`` compiled as ``re.compile`` would its written-out text.

        Its code is read from the machine's table of compiled patterns when it is there
        (:mod:`claimrecon.compiled`), else made by splicing and kept there.
        """
        if not self._text:
            return compiled.compile(source, self.flags)
        return compiled.compile(self.expand(source), self.flags, lambda: self._spliced(source))

    def _spliced(self, source: str) -> compiled.Parts | None:
        try:
            return self._parts(source)
        except _Refused:
            return None

    def _compiled(self, source: str) -> re.Pattern[str]:
        flags, code, groups, groupindex, indexgroup = self._parts(source)
        return _compiler._sre.compile(  # type: ignore[no-any-return]
            self.expand(source), flags, code, groups, groupindex, indexgroup
        )

    def _parts(self, source: str) -> compiled.Parts:
        """Return what the engine makes the written-out source of (see compiled.Parts)."""
        places: list[int] = []  # each place's mark, in order

        def place(m: re.Match[str]) -> str:
            places.append(ord(m.group()))
            return chr(_FIRST_PLACE + len(places) - 1)

        placed = _MARKED.sub(place, source)
        if len(places) > _PLACES:
            raise _Refused
        tree = _parser.parse(placed, self.flags)
        state = tree.state
        flags = self.flags | state.flags
        # The code of the marked source, each place's code the part's own, made once: the
        # compiler emits a place as a literal, which _Code takes back (see _Code).
        body = _Code({_FIRST_PLACE + i: self._code(mark, flags) for i, mark in enumerate(places)})
        _compiler._compile(body, tree.data, flags)
        # The information block (the pattern's widths, its literal prefix) is the parts'.
        self._splice(tree, places, plain=True)
        code: list[int] = []
        _compiler._compile_info(code, tree, flags)
        code += body
        code.append(_compiler.SUCCESS)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        return flags, code, state.groups - 1, state.groupdict, tuple(indexgroup)

    def _code(self, mark: int, flags: int) -> list[int]:
        key = (mark, flags)
        code = self._codes.get(key)
        if code is None:
            code = []
            _compiler._compile(code, self._tree(mark).data, flags)
            self._codes[key] = code  # stored whole: another thread may read it at once
        return code

    def _tree(self, mark: int) -> Any:
        tree = self._trees.get(mark)
        if tree is None:
            tree = self._trees[mark] = _parser.parse(self._text[mark], self.flags)
        return tree

    def _splice(self, sub: Any, places: list[int], plain: bool) -> None:
        """Put each place's parsed part in its stead in ``sub``, a parsed pattern.

        ``plain``: ``sub`` is neither in a look-behind (whose width the compiler took from
        the marks) nor under flags of its own (the parts' code was made with the
        pattern's): a place elsewhere is refused.
        """
        data: list[tuple[Any, Any]] = []
        for op, av in sub.data:
            if op is _parser.LITERAL and av >= _FIRST_PLACE:
                if not plain:
                    raise _Refused
                data.extend(self._tree(places[av - _FIRST_PLACE]).data)
                continue
            _check(op, av)
            self._walk(av, places, plain and not _own_context(op, av))
            if op is _parser.BRANCH and _would_fold(av[1]):
                raise _Refused
            data.append((op, av))
        sub.data = data
        sub.width = None  # the marks' widths were not the parts'

    def _walk(self, av: Any, places: list[int], plain: bool) -> None:
        if isinstance(av, _parser.SubPattern):
            self._splice(av, places, plain)
        elif isinstance(av, (tuple, list)):
            for item in av:
                self._walk(item, places, plain)


class _Code(list[int]):
    """Compiled code, in which the literal of a place becomes its part's code.

    The compiler emits a place, a character no pattern holds otherwise, as the literal
    opcode and the character; the code of what follows it counts its offsets from the
    list's length, so the part's code put in their stead is where its own would be.
    """

    def __init__(self, codes: dict[int, list[int]]) -> None:
        super().__init__()
        self.codes = codes  # a place -> its part's code

    def append(self, word: int) -> None:
        code = self.codes.get(word)
        if code is None:
            super().append(word)
        elif self and self[-1] == _parser.LITERAL:
            self[-1:] = code
        else:  # a place as something else than a literal: not this module's sources
            raise _Refused


def _own_context(op: Any, av: Any) -> bool:
    """Say whether an item is a look-behind or a group with flags of its own."""
    if op in _ASSERTS:
        return bool(av[0] < 0)
    return bool(op is _parser.SUBPATTERN and (av[1] or av[2]))


def _check(op: Any, av: Any) -> None:
    """Refuse the constructions whose parse a place changes: where a part is not a sequence.

    Branches of single characters, a place among them, became a character set; a repeat
    of a place alone may repeat the part's last item only ("{part}?").
    """
    if op is _parser.IN and any(isinstance(a, int) and a >= _FIRST_PLACE for _, a in av):
        raise _Refused
    if op in _REPEATS and len(av[2].data) == 1 and _is_place(av[2].data[0]):
        raise _Refused


def _is_place(item: Any) -> bool:
    return bool(item[0] is _parser.LITERAL and item[1] >= _FIRST_PLACE)


def _concatenates(part: str, flags: int) -> bool:
    """Say whether ``part`` reads as a sequence between two other items (no bare ``|``)."""
    try:
        alone = _parser.parse(part, flags).data
        framed = _parser.parse(f"\x00{part}\x01", flags).data
    except re.error:
        return False
    return len(framed) == len(alone) + 2 and framed[0][1] == 0 and framed[-1][1] == 1


def _would_fold(branches: list[Any]) -> bool:
    """Say whether the parser would have rewritten these branches had it read the parts.

    It moves a first item all branches share out of them (an item holding a group never
    equals another), and makes branches of single characters a character set.
    """
    firsts = [b.data[0] if b.data else None for b in branches]
    if all(f is not None and f == firsts[0] and not _holds_group(f) for f in firsts):
        return True
    single = (_parser.LITERAL, _parser.IN)
    return all(len(b.data) == 1 and b.data[0][0] in single for b in branches)


def _holds_group(item: Any) -> bool:
    if isinstance(item, _parser.SubPattern):
        return True
    if isinstance(item, (tuple, list)):
        return any(_holds_group(i) for i in item)
    return False


@functools.cache
def _works() -> bool:
    """Say whether the ``re`` internals are there and splicing reproduces ``re.compile``."""
    if _parser is None:
        return False
    try:
        probe = Placeholders.__new__(Placeholders)
        probe._set({"{x}": r"(?:b|c)\s+d", "{y}": r"e+"}, re.IGNORECASE)
        source = f"(?P<one>a{probe.marks['{x}']})|f{probe.marks['{y}']}"
        return probe._compiled(source) == re.compile(probe.expand(source), re.IGNORECASE)
    except Exception:  # internals that differ: compile the text
        return False
