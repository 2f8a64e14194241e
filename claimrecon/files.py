"""Read input files safely and write output files atomically.

Every file claimrecon reads (texts, ``documents.json``, JSON Lines, gold files, lexicons)
goes through :func:`read_text_file`, which

- refuses what is not a regular file (a FIFO would block for ever, ``/dev/zero`` would
  fill memory) before opening it, and checks again on the open handle;
- reads at most :attr:`Limits.max_bytes` bytes, so a huge file is an error, not a memory
  blow-up;
- decodes UTF-8, or UTF-8/UTF-16/UTF-32 after a byte-order mark; undecodable bytes and NUL
  bytes (binary data, or UTF-16 without a mark) are an error naming the file and the byte
  offset, or, with ``encoding_errors="replace"``, are replaced and a
  :class:`DecodingWarning` says where. Text is never dropped silently.

A file named inside another (a ``documents.json`` or a gold file's ``file`` entries) goes
through :func:`confined` first: it must be a relative path that stays inside the naming
file's folder once symlinks are resolved.

Every output file goes through :func:`atomic_write`, and every folder of tables through
:func:`atomic_folder`: the new content is written beside the old, flushed to disk, then
renamed over it, so a kill or a full disk leaves the previous output whole.

A table that is slow to build and the same in every process (the gazetteer's index) is kept
by :func:`built_once` in the user's cache folder (:func:`cache_folder`), under a key of
everything it is built from (:func:`content_key`: the data files' bytes, the building code,
the package and Python versions), so that it is never served stale; an entry is written
atomically, checked by a digest when read, and rebuilt when anything about it is wrong.

May import: :mod:`claimrecon.errors` only.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import ctypes.util
import gc
import hashlib
import marshal
import os
import shutil
import stat
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal, TextIO, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field

from claimrecon.errors import InputError

__all__ = [
    "DecodingWarning",
    "EncodingErrors",
    "Limits",
    "atomic_folder",
    "atomic_write",
    "built_once",
    "cache_entry",
    "cache_folder",
    "confined",
    "content_key",
    "decode",
    "read_bytes",
    "read_entry",
    "read_text_file",
    "write_entry",
    "write_text_atomic",
]

EncodingErrors = Literal["strict", "replace"]
"""What to do with undecodable bytes: refuse the file, or replace them with a warning."""


class Limits(BaseModel):
    """Size limits on input, so that no input can exhaust memory or time.

    Attributes:
        max_bytes: The largest input file read, in bytes (64 MiB by default). A JSON Lines
            file or a ``documents.json`` is one file; each text it names is another.
        max_document_chars: The longest document text analysed, in characters (8 million
            by default, about a thousand long articles).

    Example:
        >>> Limits(max_bytes=1_000).max_document_chars
        8000000
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(default=64 * 1024 * 1024, gt=0)
    max_document_chars: int = Field(default=8_000_000, gt=0)


DEFAULT_LIMITS = Limits()


class DecodingWarning(UserWarning):
    """Undecodable bytes were replaced (``encoding_errors="replace"``)."""


_BOMS = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, where: str, errors: EncodingErrors = "strict") -> str:
    r"""Decode a file's bytes: UTF-8, or the encoding a byte-order mark names.

    Raises:
        InputError: If a byte cannot be decoded or is NUL (``errors="strict"``); the
            message names the file and the byte offset.

    Example:
        >>> decode(b"\xef\xbb\xbfSa\xc3\xafd", "a.txt")
        'Saïd'
        >>> decode("Saïd".encode("utf-16"), "b.txt")
        'Saïd'
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if errors == "strict":
            raise InputError(
                f"cannot decode as {exc.encoding}: {exc.reason} "
                "(use --encoding-errors replace to read it anyway)",
                where=where,
                place=f"byte {exc.start}",
            ) from exc
        text = data.decode(encoding, errors="replace")
        warnings.warn(
            f"{where}: byte {exc.start}: undecodable bytes replaced with U+FFFD",
            DecodingWarning,
            stacklevel=2,
        )
    nul = text.find("\0")
    if nul >= 0:
        # NUL bytes are valid UTF-8, but never text: UTF-16 without a mark, or a binary.
        if errors == "strict":
            raise InputError(
                "NUL character: a binary file, or UTF-16 without a byte-order mark",
                where=where,
                place=f"character {nul}",
            )
        text = text.replace("\0", "\ufffd")
        warnings.warn(
            f"{where}: character {nul}: NUL characters replaced with U+FFFD",
            DecodingWarning,
            stacklevel=2,
        )
    return text


def _open_regular(path: Path, where: str) -> int:
    """Open ``path`` for reading if it is a regular file, and return the descriptor."""
    try:
        # stat before open: opening a FIFO for reading blocks until a writer comes.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError("not a regular file", where=where)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=where) from exc
    # The file may have been swapped between stat and open.
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError("not a regular file", where=where)
    return fd


def read_bytes(
    path: str | Path, limits: Limits = DEFAULT_LIMITS, where: str | None = None
) -> bytes:
    """Return the bytes of a regular file no larger than ``limits.max_bytes``.

    Raises:
        InputError: If the file is missing, unreadable, not a regular file or too large.
    """
    path = Path(path)
    where = where or str(path)
    fd = _open_regular(path, where)
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=where) from exc
    if len(data) > limits.max_bytes:
        raise InputError(
            f"file larger than the limit of {limits.max_bytes} bytes (see --max-bytes)",
            where=where,
        )
    return data


def read_text_file(
    path: str | Path,
    limits: Limits = DEFAULT_LIMITS,
    encoding_errors: EncodingErrors = "strict",
    where: str | None = None,
) -> str:
    """Return the text of a regular file, within the limits, decoded by :func:`decode`.

    Raises:
        InputError: If the file cannot be read or decoded, is not a regular file, or is
            larger than ``limits.max_bytes``; the message names it.
    """
    where = where or str(path)
    return decode(read_bytes(path, limits, where), where, encoding_errors)


def confined(
    folder: Path, name: object, where: str, place: str, *, root: Path | None = None
) -> Path:
    """Return the file ``name`` inside ``folder``, refusing a path that leaves it.

    ``name`` comes from a data file (a ``documents.json`` entry, a gold file's ``file``):
    it must be a path (relative to ``folder``) to a regular file that, symlinks resolved,
    lies inside ``root`` (``folder`` by default; resolved too).

    Raises:
        InputError: If ``name`` is not a string, leads out of ``root``, or is not a
            regular file; the message names ``where`` and ``place``.
    """
    if not isinstance(name, str) or not name or "\0" in name:
        raise InputError(
            f"file must be a non-empty path, not {name!r:.60}", where=where, place=place
        )
    relative = Path(name)
    try:
        target = (folder.resolve() / relative).resolve()
        root = (root if root is not None else folder).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # ValueError: a lone surrogate
        raise InputError(
            f"cannot resolve file {name!r:.80}: {exc}", where=where, place=place
        ) from exc
    if not target.is_relative_to(root):
        raise InputError(
            f"file {name!r:.80} is outside the folder {str(root)!r}", where=where, place=place
        )
    mode = path_mode(target, where, place)
    if mode is None or not stat.S_ISREG(mode):
        what = "no such file" if mode is None else "not a regular file"
        raise InputError(
            f"cannot read document file {name!r:.80}: {what}", where=where, place=place
        )
    return target


def path_mode(path: Path, where: str, place: str | None = None) -> int | None:
    """Return the mode of what ``path`` names, or ``None`` if nothing is there.

    ``Path.is_file`` and ``Path.exists`` raise for a name the system refuses (longer
    than ``NAME_MAX``, a NUL byte): such a name is an input error here.

    Raises:
        InputError: If the system refuses the name or its folder cannot be searched.
    """
    try:
        return os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=where, place=place) from exc
    except ValueError as exc:  # an embedded NUL byte
        raise InputError(f"cannot read: {exc}", where=where, place=place) from exc


# --- atomic writes ---------------------------------------------------------------------


@contextlib.contextmanager
def atomic_write(path: str | Path, *, newline: str | None = "") -> Iterator[TextIO]:
    r"""Write a text file atomically: to a temporary file beside it, then rename it over.

    Yields a text handle (UTF-8, line ends kept as written by default). If the block
    raises, the temporary file is removed and ``path`` is left untouched.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> with atomic_write(out) as handle:
        ...     _ = handle.write("done\n")
        >>> out.read_text()
        'done\n'
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_folder(path.parent)


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_folder(path: str | Path) -> Iterator[Path]:
    """Fill a folder atomically: yield a temporary folder beside it, then swap it in.

    On Linux the two folders are exchanged in one ``renameat2(RENAME_EXCHANGE)`` call;
    elsewhere the old folder is renamed aside and the new one renamed in, a window of
    two system calls. A file at ``path`` that is not a folder is an error.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError("not a folder", where=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        yield tmp
        for child in tmp.iterdir():
            with child.open("rb") as handle:
                os.fsync(handle.fileno())
        _swap_in(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    _sync_folder(path.parent)


def _swap_in(new: Path, path: Path) -> None:
    """Put the folder ``new`` at ``path``; what was at ``path`` ends up at ``new``."""
    if not path.exists():
        os.rename(new, path)
        new.mkdir()  # so that the caller's clean-up finds a folder to remove
        return
    if _exchange(new, path):
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
    aside.rmdir()
    os.rename(path, aside)
    os.rename(new, path)
    os.rename(aside, new)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one system call, if the platform can (Linux 3.15, glibc 2.28)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, so that a rename survives a power cut."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder or ".", os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- a cache of built tables -----------------------------------------------------------

CACHE_ENV = "CLAIMRECON_CACHE_DIR"
"""The environment variable that chooses the cache folder; set empty, it switches caching off."""

_CACHE_MAGIC = b"claimrecon-cache/1\n"
_DIGEST_SIZE = 32
_T = TypeVar("_T")


def cache_folder() -> Path | None:
    """Return the folder of built tables kept across processes, or None when there is none.

    ``$CLAIMRECON_CACHE_DIR`` when set (set empty: no cache), else ``claimrecon`` in the
    user's cache folder (``$XDG_CACHE_HOME``, ``%LOCALAPPDATA%`` on Windows, else
    ``~/.cache``).
    """
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found
            return None
    return Path(base) / "claimrecon"


def content_key(*parts: str | Path) -> str:
    """Return a digest of ``parts``: a path stands for its file's bytes, a string for itself.

    The key of a cache entry holds everything the entry is built from, with the Python
    version (the bytes :mod:`marshal` writes are its own), so that a changed data file,
    a changed builder or another interpreter finds no entry rather than a stale one.
    """
    digest = hashlib.blake2b(digest_size=_DIGEST_SIZE)
    digest.update(f"{sys.version_info[:2]} marshal {marshal.version}".encode())
    for part in parts:
        if isinstance(part, Path):
            digest.update(b"\0file\0")
            with part.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        else:
            digest.update(b"\0text\0" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def built_once(name: str, key: str | None, build: Callable[[], _T]) -> _T:
    """Return ``build()``, read from the cache when an entry ``name`` with ``key`` is there.

    The value must be one :mod:`marshal` writes (tuples, lists, dicts, sets, strings,
    numbers, None, booleans): it is read back equal, with its shared parts shared. Without
    a key (the sources cannot be named) or a cache folder, or when the folder is
    unwritable, ``build()`` is simply returned. An entry is written to a temporary file
    and renamed into place, so a concurrent reader sees a whole entry or none; of the
    entries of ``name`` under other keys (older data or code) the three newest are kept.

    Example:
        >>> import os, tempfile
        >>> os.environ["CLAIMRECON_CACHE_DIR"] = tempfile.mkdtemp()
        >>> built_once("squares", content_key("1..3"), lambda: {n: n * n for n in (1, 2, 3)})
        {1: 1, 2: 4, 3: 9}
        >>> built_once("squares", content_key("1..3"), lambda: {})  # read back, not built
        {1: 1, 2: 4, 3: 9}
        >>> del os.environ["CLAIMRECON_CACHE_DIR"]
    """
    path = cache_entry(name, key)
    if path is None:
        return build()
    found = read_entry(path)
    if found is not None:
        return cast(_T, found[0])
    value = build()
    with contextlib.suppress(OSError, ValueError):  # unwritable, or not marshallable
        write_entry(path, value)
    return value


def cache_entry(name: str, key: str | None) -> Path | None:
    """Return the path of the cache entry ``name`` under ``key``; None without a cache."""
    folder = cache_folder()
    if key is None or folder is None:
        return None
    return folder / f"{name}-{key[:40]}.marshal"


def read_entry(path: Path) -> tuple[object] | None:
    """Return the value of a cache entry (in a 1-tuple), or None if missing or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_CACHE_MAGIC)
    payload = memoryview(data)[head + _DIGEST_SIZE :]
    digest = hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest()
    if data[:head] != _CACHE_MAGIC or data[head : head + _DIGEST_SIZE] != digest:
        return None
    # The collector would walk the many small objects of a table as it is read (three times
    # the time), none of which is garbage.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return (marshal.loads(payload),)
    except (EOFError, ValueError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()


def write_entry(path: Path, value: object) -> None:
    """Write a cache entry atomically, then remove the older entries of its name but a few.

    Raises:
        OSError: The folder is unwritable.
        ValueError: :mod:`marshal` cannot write ``value``.
    """
    payload = marshal.dumps(value)  # type: ignore[arg-type]  # refused with a ValueError
    digest = hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_CACHE_MAGIC + digest + payload)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    stem = path.name.rsplit("-", 1)[0]
    others = [
        (_modified(old), old)
        for old in path.parent.glob(f"{stem}-*.marshal")
        if old.name != path.name and old.name.rsplit("-", 1)[0] == stem
    ]
    for _, old in sorted(others, reverse=True)[_KEPT_OTHERS:]:
        with contextlib.suppress(OSError):
            old.unlink()


_KEPT_OTHERS = 3
"""Entries of a table under other keys kept beside the newest: a few checkouts or versions
used side by side each find their own, rather than each removing the others'."""


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
