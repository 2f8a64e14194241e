"""Regular expressions compiled once a machine: the engine's code kept in the cache folder.

Compiling a pattern is parsing its source and emitting the regex engine's code, both in
Python (``re._parser``, ``re._compiler``). The lexicons' patterns are long (an attribution
cue with its placeholders written out is kilobytes; a family's names with their aliases
stand three times in one rule's pattern), and a fresh process spent about a sixth of its
time over the dev documents compiling them. :func:`compile` keeps what the compiler emitted
for each source and flags in a table (by a digest of the source, the code compressed),
read from the cache folder (:func:`claimrecon.files.cache_folder`) on first use and written
back with this process's new patterns when it ends. A pattern made from the table goes to
the engine
(``_sre.compile``) exactly as ``re.compile`` sends it: the same source, flags, code and
groups, so it compares equal to ``re.compile``'s and matches alike.

The table is keyed by the Python version, the ``re`` package's own code (the code is what
it emits), this module's code and the package version. Where the internals are missing or
do not reproduce ``re.compile`` (checked once a process), :func:`compile` is ``re.compile``;
an entry the engine refuses as code is compiled again.

Example:
    >>> compile(r"(?P<who>Okvara|Velka) Front", re.IGNORECASE) == re.compile(
    ...     r"(?P<who>Okvara|Velka) Front", re.IGNORECASE
    ... )
    True

May import: :mod:`claimrecon.files`.
"""

from __future__ import annotations

import array
import atexit
import functools
import hashlib
import importlib.metadata
import re
import sys
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimrecon.files import cache_entry, content_key, read_entry, write_entry

__all__ = ["Parts", "compile", "parts_of"]

_compiler: Any
_parser: Any
try:  # the parser and compiler of ``re`` (Python 3.11 and later)
    from re import _compiler, _parser  # type: ignore[attr-defined,no-redef]
except ImportError:  # pragma: no cover - Python 3.10
    _compiler = _parser = None

Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What the engine makes a pattern of: flags, code, groups less one, group index, index group."""

_Kept = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # the code compressed
_Key = tuple[bytes, int]  # a digest of the source, and the flags

_MOST = 20_000
"""Patterns kept at most: past this the table starts again from one process's patterns."""


class _Table:
    """The patterns compiled on this machine, by source and flags, and those new here."""

    def __init__(self) -> None:
        self.known: dict[_Key, _Kept] | None = None
        self.new: dict[_Key, _Kept] = {}
        self.lock = threading.Lock()
        self.saving = False

    def get(self, key: _Key) -> _Kept | None:
        if self.known is None:
            with self.lock:
                if self.known is None:
                    self.known = _read()
        return self.known.get(key)

    def add(self, key: _Key, kept: _Kept) -> None:
        self.new[key] = kept
        if not self.saving:
            self.saving = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the table back with this process's new patterns (what is there merged in)."""
        path = _path()
        if path is None or not self.new:
            return
        table = _read()
        if len(table) + len(self.new) > _MOST:
            table = {}
        table.update(self.new)
        try:
            write_entry(path, table)
        except (OSError, ValueError):  # unwritable: the next process compiles them again
            return
        self.new = {}


_TABLE = _Table()


def compile(
    source: str, flags: int = 0, parts: Callable[[], Parts | None] | None = None
) -> re.Pattern[str]:
    """Return ``re.compile(source, flags)``, its code read from the table when it is there.

    ``parts`` makes the pattern's parts another way (a source whose shared sub-patterns
    were parsed once); None from it means "compile the source".
    """
    flags = int(flags)
    if not _works() or flags & re.DEBUG:
        return re.compile(source, flags)
    pattern = _MADE.get((source, flags))
    if pattern is not None:
        return pattern
    key = (hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16).digest(), flags)
    kept = _TABLE.get(key)
    pattern = _from_kept(source, kept) if kept is not None else None
    if pattern is None:
        made = parts() if parts is not None else parts_of(source, flags)
        if made is None:
            made = parts_of(source, flags)
        _TABLE.add(key, _kept(made))
        pattern = _engine(source, made)
    if len(_MADE) >= _MADE_MOST:
        _MADE.clear()
    _MADE[source, flags] = pattern
    return pattern


_MADE: dict[tuple[str, int], re.Pattern[str]] = {}
_MADE_MOST = 4096
"""Patterns made in this process, as ``re`` keeps its own: a second call returns the first."""


def parts_of(source: str, flags: int) -> Parts:
    """Return what ``re.compile`` hands the engine for ``source``: parse, then emit code."""
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def _from_kept(source: str, kept: _Kept) -> re.Pattern[str] | None:
    """Return the pattern of a kept entry, or None if the entry is not one (then compiled).

    The engine checks the code it is given (``RuntimeError: invalid SRE code``).
    """
    try:
        return _engine(source, _parts_kept(kept))
    except (TypeError, ValueError, RuntimeError, zlib.error):
        return None


def _engine(source: str, parts: Parts) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = parts
    return _compiler._sre.compile(  # type: ignore[no-any-return]
        source, flags, code, groups, groupindex, indexgroup
    )


def _typecode() -> str | None:
    """The array type of one word of the engine's code, if there is one."""
    size = getattr(getattr(_compiler, "_sre", None), "CODESIZE", None)
    return next((t for t in "ILQ" if array.array(t).itemsize == size), None)


def _kept(parts: Parts) -> _Kept:
    # Compressed, the code of the cues takes a tenth of the room: their placeholders' code
    # stands in each of them.
    flags, code, groups, groupindex, indexgroup = parts
    packed = zlib.compress(array.array(_CODE, code).tobytes())
    return flags, packed, groups, dict(groupindex), indexgroup


def _parts_kept(kept: _Kept) -> Parts:
    flags, packed, groups, groupindex, indexgroup = kept
    code = array.array(_CODE, zlib.decompress(packed)).tolist()
    return flags, code, groups, dict(groupindex), indexgroup


_CODE = _typecode() or "I"


@functools.cache
def _key() -> str:
    """The table's key: Python's version, the code of its ``re`` package, this module's."""
    try:
        version = importlib.metadata.version("claimrecon")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    code = [getattr(m, "__file__", None) for m in (_parser, _compiler)] + [__file__]
    files = [Path(f) for f in code if f is not None and Path(f).is_file()]
    return content_key(sys.version, f"claimrecon {version} {_CODE}", *files)


def _path() -> Path | None:
    return cache_entry("regex-code", _key())


def _read() -> dict[_Key, _Kept]:
    path = _path()
    found = read_entry(path) if path is not None else None
    return found[0] if found is not None and isinstance(found[0], dict) else {}


@functools.cache
def _works() -> bool:
    """Say whether the internals are there and a pattern made from kept parts is re's own."""
    if _parser is None or _typecode() is None:
        return False
    try:
        source, flags = r"(?P<one>a(?:b|c)\s+d)|e+(?-i:F)\b(?P=one)?", int(re.IGNORECASE)
        made = _engine(source, _parts_kept(_kept(parts_of(source, flags))))
        return bool(made == re.compile(source, flags))
    except Exception:  # internals that differ: compile with re
        return False
