"""Fuzz the readers, extraction and the whole pipeline with hostile input, in process.

Each input is a byte string whose first byte picks the target and whose rest is its data
(the format of the committed seeds in ``benchmarks/fuzz_corpus/``):

- 0: a ``.txt`` file read by ``read_documents`` (strictly, then with
  ``encoding_errors="replace"`` if it is refused), then ``analyze`` (extraction, events,
  roots, rules, estimates) and ``to_json``;
- 1: a JSON Lines file read by ``read_documents``, then ``analyze`` and ``to_json``;
- 2: a folder's ``documents.json`` read by ``read_documents``, then ``analyze``;
- 3: a gold file read by ``read_gold``, then ``to_report`` and ``to_json``.

Inputs are made from the seeds by mutation (bytes flipped, inserted, deleted, repeated and
spliced; JSON values replaced by hostile ones; phrases of news wording inserted) and by
generators of hostile strings: huge numbers and exponents, deep nesting, NUL bytes,
invalid UTF-8, byte-order marks, right-to-left and zero-width characters, very long tokens
and lines, thousands of numbers or quotes in a row, dates at the calendar's ends, and
paths that lead out of the folder. Input number ``i`` of a run depends only on ``--seed``
and ``i``, so any input is made again by ``--show SEED:I`` whatever ``--jobs`` was.

A **crash** is any exception other than a typed claimrecon error
(``claimrecon.errors.ClaimreconError``), or a text read from outside the folder; a
pydantic ``ValidationError`` is allowed only where the harness itself builds a
``Document`` (a lone surrogate is refused there, as documented). A **slow** input runs
over ``--budget`` seconds; a **hang** is stopped by an alarm at ``--cap`` seconds. Each is
saved in ``--out`` with its traceback or time (``crash-*``, ``slow-*``); replay one with
``--replay FILE``. Slow inputs worth keeping go into ``benchmarks/fuzz_corpus/`` as seeds.

Usage (the long run recorded in ``docs/reliability.md``)::

    nice -n 15 python benchmarks/fuzz.py --runs 1000000 --seed 2026 --jobs 12 --out /tmp/fuzz-out

``--atheris`` runs the same targets under atheris's coverage-guided engine instead
(``pip install atheris``; much slower, since every line of claimrecon is instrumented).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import multiprocessing
import os
import random
import signal
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pydantic import ValidationError

import claimrecon
from claimrecon.errors import ClaimreconError
from claimrecon.files import Limits

CORPUS = Path(__file__).resolve().parent / "fuzz_corpus"
TEXTS = {
    "a.txt": b"Five people were killed in Kabul on Monday, police said.",
    "b.txt": b"The Taliban claimed the attack, in which at least 12 soldiers died.",
}
LIMITS = Limits(max_bytes=1_000_000, max_document_chars=200_000)
TARGET_NAMES = ("text", "jsonl", "manifest", "gold")


class Hang(BaseException):
    """Raised by the alarm when an input runs over the hard cap (not an Exception, so
    that no ``except Exception`` inside claimrecon can swallow it)."""


class ReadOutside(AssertionError):
    """A reader returned a text that is not one of the files inside its folder."""


class _Formatting(logging.Handler):
    """Format every log record, so that a bad format string in a log call is a crash."""

    def emit(self, record: logging.LogRecord) -> None:
        record.getMessage()


# --- targets ---------------------------------------------------------------------


class Targets:
    """The four targets, over fixture folders made once per process."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folders = {}
        for name in TARGET_NAMES:
            folder = root / name
            folder.mkdir()
            for file, text in TEXTS.items():
                (folder / file).write_bytes(text)
            # Things a hostile manifest may name: a link out, a FIFO, a sub-folder.
            (folder / "out.txt").symlink_to("/etc/hostname")
            os.mkfifo(folder / "fifo.txt")
            (folder / "sub").mkdir()
            self.folders[name] = folder
        self.inside = {t.decode() for t in TEXTS.values()}

    def run(self, data: bytes) -> None:
        """Run ``data`` through the target its first byte names."""
        if not data:
            return
        target = (self.text, self.jsonl, self.manifest, self.gold)[data[0] % 4]
        # A typed error is the documented outcome for bad input.
        with contextlib.suppress(ClaimreconError):
            target(data[1:])

    def text(self, data: bytes) -> None:
        path = self.folders["text"] / "input.txt"
        path.write_bytes(data)
        try:
            docs = list(claimrecon.read_documents([path], limits=LIMITS))
        except ClaimreconError:
            docs = list(claimrecon.read_documents([path], limits=LIMITS, encoding_errors="replace"))
        _analyze(docs)
        # Undecodable bytes made into lone surrogates: the Document boundary refuses them.
        text = data.decode("utf-8", "surrogateescape")
        if text != data.decode("utf-8", "replace"):
            try:
                claimrecon.Document(id="fuzz", text=text)
            except ValidationError:
                return
            raise AssertionError("a Document accepted a lone surrogate")

    def jsonl(self, data: bytes) -> None:
        path = self.folders["jsonl"] / "docs.jsonl"
        path.write_bytes(data)
        _analyze(list(claimrecon.read_documents([path], limits=LIMITS))[:4])

    def manifest(self, data: bytes) -> None:
        folder = self.folders["manifest"]
        (folder / "documents.json").write_bytes(data)
        docs = list(claimrecon.read_documents([folder], limits=LIMITS))
        for doc in docs:
            if doc.text not in self.inside:
                raise ReadOutside(f"read a text from outside the folder: {doc.text[:60]!r}")
        _analyze(docs)

    def gold(self, data: bytes) -> None:
        path = self.folders["gold"] / "gold.json"
        path.write_bytes(data)
        gold = claimrecon.read_gold(path, limits=LIMITS)
        for text in gold.texts.values():
            if text not in self.inside:
                raise ReadOutside(f"read a text from outside the folder: {text[:60]!r}")
        claimrecon.exports.to_json(gold.to_report())


def _analyze(docs: list[claimrecon.Document]) -> None:
    report = claimrecon.analyze(docs, limits=LIMITS, on_error="raise")
    claimrecon.exports.to_json(report)


# --- hostile strings -------------------------------------------------------------

PHRASES = (
    "killed",
    "were killed",
    "people were killed",
    "wounded",
    "injured",
    "dead",
    "died",
    "said",
    "police said",
    "officials said",
    "according to",
    "claimed responsibility",
    "Islamic State",
    "the Taliban",
    "al-Shabaab",
    "at least",
    "more than",
    "up to",
    "including",
    "among them",
    "the toll rose to",
    "initially",
    "revised",
    "no one",
    "none of",
    "denied",
    "on Monday",
    "next week",
    "last year",
    "yesterday",
    "in 9999",
    "on 0001-01-01",
    "31 December 9999",
    "February 30",
    "in Kabul",
    "in Mogadishu",
    "dozens",
    "hundreds",
    "a dozen",
    "two and a half dozen",
    "half",
    "%",
    "per cent",
    ".",
    ",",
    ";",
    ":",
    "\n",
    "\n\n",
    '"',
    "“",
    "”",
    "'",
    "(",
    ")",
    "—",
    "-",
    "...",
)
SEPARATORS = (" ", ", ", ". ", "\n", "", "; ", '" ', "\u200b", "\t")
BAD_UTF8 = (
    b"\xff",
    b"\xfe",
    b"\x80",
    b"\xc0\xaf",
    b"\xe0\x80\xaf",
    b"\xed\xa0\x80",
    b"\xed\xbf\xbf",
    b"\xf4\x90\x80\x80",
    b"\xf8\x88\x80\x80\x80",
    b"\xe2\x82",
    b"\xc3",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\x00\x00\xfe\xff",
)
ODD_CHARS = (
    "\u202e",
    "\u202d",
    "\u200f",
    "\u200e",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u061c",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u180e",
    "\u0000",
    "\u2028",
    "\u2029",
    "\u0085",
    "\x0b",
    "\x0c",
    "\r",
    "\ufffd",
    "\U0001f4a5",
    "\u0663",
    "\u06f5",
    "\u096b",
    "\uff15",
    "\u2163",
    "\u00bd",
    "\u00b2",
    "\u2079",
    "ق",
    "قتل \u0665 أشخاص",
    "נהרגו 5",
    "İ",
    "ß",
    "ﬃ",
    "e\u0301",
    "\u0130\u0307",
)
HUGE_NUMBERS = (
    "9" * 30,
    "9" * 400,
    "1" + "0" * 4000,
    "10^400",
    "10**6",
    "1e9",
    "1e308",
    "1e-400",
    "2^64",
    "18446744073709551616",
    "-1",
    "-0",
    "0",
    "00000",
    "0x7fffffff",
    "NaN",
    "Infinity",
    "999,999,999,999,999 billion",
    "1,000,000,000,000",
    "1" + ",000" * 50,
    "5.5.5.5",
    "3.14159e+99999",
    "½",
    "1/0",
    "thousand thousand thousand",
    "a billion billion",
    "one hundred and twenty thousand million",
    "99999999999999999999 dozen",
)
PATHS = (
    "../../../../etc/passwd",
    "/etc/passwd",
    "/proc/self/environ",
    "/dev/zero",
    "/dev/stdin",
    "fifo.txt",
    "out.txt",
    "sub",
    "sub/../a.txt",
    "./a.txt",
    "a.txt/",
    "a.txt\u0000.png",
    "",
    ".",
    "..",
    "~/.bashrc",
    "\\\\server\\share",
    "C:\\Windows\\win.ini",
    "a.txt" * 60,
    "%2e%2e/%2e%2e/etc/passwd",
    "file:///etc/passwd",
    "b.txt",
    "a.txt",
    "A.TXT",
    "a.txt ",
)


def _repeat(rng: random.Random, unit: str, max_len: int) -> str:
    times = rng.choice((2, 10, 100, 1000, 5000))
    return unit * max(1, min(times, max_len // max(1, len(unit))))


def _hostile_text(rng: random.Random, max_len: int) -> str:
    """Return one hostile string."""
    kind = rng.randrange(9)
    if kind == 0:
        return rng.choice(HUGE_NUMBERS) + rng.choice((" people were killed", " killed", ""))
    if kind == 1:
        return _repeat(rng, rng.choice(("[", "{", "(", "“", '"', "'", "((", "[{")), max_len)
    if kind == 2:
        return "".join(rng.choice(ODD_CHARS) for _ in range(rng.randint(1, 8)))
    if kind == 3:  # a very long token or a very long line
        unit = rng.choice(("a", "5", "killed", "x" * 7, "Kabul", "-", "ـ", "\u0301"))
        return _repeat(rng, unit, max_len)
    if kind == 4:  # thousands of numbers, quotes or phrases in a row
        unit = rng.choice(("5", "5 killed", "12", '"', "“", "said", "at least", "IS", "1,"))
        return _repeat(rng, unit + rng.choice(SEPARATORS), max_len)
    if kind == 5:
        return rng.choice(PATHS)
    if kind == 6:
        n = rng.randint(1, 9999)
        words = f"{rng.choice(PHRASES)} {rng.choice(PHRASES)}"
        return f"{n} {words} {rng.randint(0, 10 ** rng.randint(1, 12))}"
    if kind == 7:
        return _sentence(rng)
    return " ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 12)))


def _sentence(rng: random.Random) -> str:
    """Return a news-like sentence, so that mutants reach events, rules and estimates."""
    who = rng.choice(("police", "officials", "the ministry", "Reuters", "a witness", "IS"))
    what = rng.choice(("people", "soldiers", "civilians", "police officers", "attackers"))
    verb = rng.choice(("were killed", "died", "were wounded", "were injured", "were missing"))
    number = rng.choice((str(rng.randint(0, 500)), "at least 12", "dozens", "five", "no"))
    day = rng.choice(("", " on Monday", " on 3 May 2021", " last week", " in 9999", " next week"))
    where = rng.choice(("", " in Kabul", " in Saïd", " near the border", " in Mogadishu"))
    return f"{number.capitalize()} {what} {verb}{where}{day}, {who} said."


def _hostile_bytes(rng: random.Random, max_len: int) -> bytes:
    if rng.random() < 0.2:
        return rng.choice(BAD_UTF8) * rng.choice((1, 1, 2, 50))
    if rng.random() < 0.05:
        return b"\x00" * rng.choice((1, 2, 100))
    text = _hostile_text(rng, max_len)
    encoding = rng.choice(("utf-8",) * 8 + ("utf-16", "utf-16-le", "latin-1", "utf-32"))
    return text.encode(encoding, "replace")


# --- hostile JSON values ---------------------------------------------------------


def _hostile_value(rng: random.Random, max_len: int) -> Any:
    kind = rng.randrange(10)
    if kind == 0:
        return rng.choice((42, -1, 0, 10**400, -(10**30), 1.5, float("nan"), float("inf"), True))
    if kind == 1:
        return rng.choice((None, [], {}, [None], {"": ""}, ["a.txt"], {"file": "a.txt"}))
    if kind == 2:
        depth = rng.choice((10, 100, 990, 1100, 5000))
        value: Any = "x"
        for _ in range(min(depth, max_len // 2)):
            value = [value]
        return value
    if kind == 3:
        return rng.choice(PATHS)
    if kind == 4:
        return rng.choice(
            (
                "0001-01-01",
                "9999-12-31",
                "2021-02-30",
                "2021-13-01",
                "10000-01-01",
                "2021",
                "2021-05",
                "-0001-01-01",
                "2021-05-03T25:00",
                "Monday",
            )
        )
    if kind == 5:
        return rng.choice(("\ud800", "\udfff", "a\ud83d", "\x00", "\u202eevil", "\ufeffa"))
    if kind == 6:
        return rng.randint(-(2**70), 2**70)
    if kind == 7:
        return _hostile_text(rng, max_len // 4)
    if kind == 8:
        return rng.choice(("figure", "attribution", "killed", "people", "e1", "a", "f1", "x"))
    return _sentence(rng)


def _mutate_json(rng: random.Random, data: Any, max_len: int) -> Any:
    """Replace, delete or add one value somewhere in ``data``; return the new root."""
    containers = list(_walk(data))
    if not containers or rng.random() < 0.05:
        return _hostile_value(rng, max_len)
    node = rng.choice(containers)
    if isinstance(node, dict):
        keys = list(node)
        choice = rng.randrange(4)
        if keys and choice == 0:
            del node[rng.choice(keys)]
        elif keys and choice == 1:
            node[rng.choice(keys)] = _hostile_value(rng, max_len)
        elif choice == 2:
            key = rng.choice(
                (
                    "file",
                    "id",
                    "text",
                    "published",
                    "low",
                    "high",
                    "start",
                    "end",
                    "doc",
                    "event",
                    "quote",
                    "type",
                    "format",
                    "documents",
                    "claims",
                    "events",
                    "date",
                    "outlet",
                    "metric",
                    "subject",
                    "actor",
                )
            )
            node[key] = _hostile_value(rng, max_len)
        elif keys:
            key = rng.choice(keys)
            size = len(_dump(rng, node[key]))
            node[key] = [node[key]] * max(2, min(rng.choice((2, 50, 500)), max_len // size))
    else:
        choice = rng.randrange(3)
        if node and choice == 0:
            del node[rng.randrange(len(node))]
        elif node and choice == 1:
            node.append(rng.choice(node))  # a duplicate entry
        else:
            node.insert(rng.randint(0, len(node)), _hostile_value(rng, max_len))
    return data


def _walk(data: Any, depth: int = 0) -> Iterator[dict[str, Any] | list[Any]]:
    if depth > 50:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _walk(value, depth + 1)
    elif isinstance(data, list):
        yield data
        for value in data:
            yield from _walk(value, depth + 1)


def _dump(rng: random.Random, data: Any) -> bytes:
    try:
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    except (RecursionError, ValueError):
        return b"[]"
    return text.encode("utf-8", "surrogatepass")


# --- mutation ---------------------------------------------------------------------


def _mutate_bytes(rng: random.Random, data: bytes, seeds: list[bytes], max_len: int) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 3, 5, 8))):
        at = rng.randint(0, len(buf))
        kind = rng.randrange(8)
        if kind == 0 and buf:  # flip a byte
            at = min(at, len(buf) - 1)
            buf[at] = rng.randrange(256)
        elif kind == 1 and buf:  # delete a range
            buf[at : at + rng.randint(1, 64)] = b""
        elif kind == 2 and buf:  # repeat a range
            piece = bytes(buf[at : at + rng.randint(1, 32)])
            buf[at:at] = piece * rng.choice((2, 10, 100))
        elif kind == 3:  # splice in part of another seed
            other = rng.choice(seeds)
            start = rng.randint(0, len(other))
            buf[at:at] = other[start : start + rng.randint(1, 256)]
        elif kind == 4:
            buf[at:at] = _hostile_bytes(rng, max_len)
        elif kind == 5:
            buf[at:at] = rng.choice(PHRASES).encode() + b" "
        elif kind == 6:  # an "interesting" digit run
            buf[at:at] = rng.choice(HUGE_NUMBERS).encode()
        else:
            buf[at:at] = rng.choice(BAD_UTF8)
    return bytes(buf[:max_len])


def _text_input(rng: random.Random, seeds: list[bytes], max_len: int) -> bytes:
    roll = rng.random()
    if roll < 0.35:
        return _mutate_bytes(rng, rng.choice(seeds), seeds, max_len)
    if roll < 0.6:
        parts = [_sentence(rng) for _ in range(rng.randint(1, 6))]
        parts.insert(rng.randint(0, len(parts)), _hostile_text(rng, max_len))
        data = rng.choice(SEPARATORS).join(parts).encode()
        return _mutate_bytes(rng, data, seeds, max_len) if rng.random() < 0.3 else data[:max_len]
    if roll < 0.85:
        return _hostile_bytes(rng, max_len)[:max_len]
    parts = [_hostile_bytes(rng, max_len // 4) for _ in range(rng.randint(2, 5))]
    return b" ".join(parts)[:max_len]


def _json_input(rng: random.Random, seeds: list[bytes], max_len: int, lines: bool) -> bytes:
    seed = rng.choice(seeds)
    if rng.random() < 0.3:
        return _mutate_bytes(rng, seed, seeds, max_len)
    try:
        values = (
            [json.loads(x) for x in seed.splitlines() if x.strip()] if lines else [json.loads(seed)]
        )
    except ValueError:
        return _mutate_bytes(rng, seed, seeds, max_len)
    if not values:
        values = [{}]
    for _ in range(rng.choice((1, 1, 2, 3, 6))):
        i = rng.randrange(len(values))
        values[i] = _mutate_json(rng, values[i], max_len)
    if lines:
        if rng.random() < 0.1:
            values.append(values[0])  # a duplicate id
        data = b"\n".join(_dump(rng, v) for v in values)
    else:
        data = _dump(rng, values[0])
    if rng.random() < 0.15:
        data = _mutate_bytes(rng, data, seeds, max_len)
    return data[:max_len]


def make_input(seed: int, index: int, seeds: dict[int, list[bytes]], max_len: int) -> bytes:
    """Return input number ``index`` of the run seeded ``seed`` (target byte first)."""
    rng = random.Random(seed * 10_000_019 + index)
    target = rng.randrange(4)
    # Mostly short inputs, as a coverage-guided fuzzer keeps them: the long ones cost
    # in proportion, and each family of long input is in benchmarks/adversarial.py.
    max_len = min(max_len, rng.choices((256, 1024, max_len), weights=(80, 16, 4))[0])
    if target == 0:
        data = _text_input(rng, seeds[0], max_len)
    else:
        data = _json_input(rng, seeds[target], max_len, lines=target == 1)
    return bytes([target]) + data


def load_seeds(corpus: Path) -> dict[int, list[bytes]]:
    """Read the committed seeds, by target, plus a JSON seed of each kind built here."""
    seeds: dict[int, list[bytes]] = {t: [] for t in range(4)}
    for path in sorted(corpus.iterdir()):
        data = path.read_bytes()
        if data:
            seeds[data[0] % 4].append(data[1:])
    for target in range(4):
        if not seeds[target]:
            seeds[target].append(b"")
    return seeds


# --- running ----------------------------------------------------------------------


@dataclass
class Tally:
    """What a batch of inputs did."""

    inputs: int = 0
    by_target: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    crashes: list[tuple[int, str]] = field(default_factory=list)
    slow: list[tuple[int, float]] = field(default_factory=list)
    slowest: tuple[float, int] = (0.0, -1)
    seconds: float = 0.0
    cpu: float = 0.0
    stopped: bool = False

    def add(self, other: Tally) -> None:
        self.inputs += other.inputs
        self.by_target = [a + b for a, b in zip(self.by_target, other.by_target, strict=True)]
        self.crashes += other.crashes
        self.slow += other.slow
        self.slowest = max(self.slowest, other.slowest)
        self.seconds += other.seconds
        self.cpu += other.cpu


@dataclass
class Settings:
    seed: int
    max_len: int
    budget: float
    cap: float
    out: Path
    corpus: Path


_STATE: dict[str, Any] = {}


def _setup(settings: Settings, alarms: bool = True) -> None:
    """Prepare one worker: fixture folders, seeds, warnings, logging and the alarms."""
    warnings.simplefilter("ignore")
    log = logging.getLogger("claimrecon")
    log.handlers[:] = [_Formatting()]
    log.setLevel(logging.DEBUG)
    log.propagate = False
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    root = Path(tempfile.mkdtemp(prefix="claimrecon-fuzz-", dir=_scratch()))
    _STATE.update(settings=settings, targets=Targets(root), seeds=load_seeds(settings.corpus))
    if alarms:  # atheris has its own (-timeout)
        signal.signal(signal.SIGALRM, _alarm)
        signal.signal(signal.SIGVTALRM, _alarm)
    # Load the lexicons and compile their patterns before the clock runs: the first
    # analysis of a process takes seconds, which is no fault of its input.
    _STATE["targets"].run(b"\x00" + TEXTS["a.txt"] + b" " + TEXTS["b.txt"])


def _scratch() -> str | None:
    return "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


def _alarm(signum: int, frame: Any) -> None:
    raise Hang


def run_one(targets: Targets, data: bytes, cap: float) -> tuple[float, str | None]:
    """Run one input; return its CPU time and, for a crash or a hang, a description.

    Times are the process's CPU time, not the clock's, so that a loaded machine does not
    make inputs slow; a second alarm on the clock (ten times the cap) stops an input
    that waits without computing (a FIFO opened for reading).
    """
    start = time.process_time()
    signal.setitimer(signal.ITIMER_VIRTUAL, cap)
    signal.setitimer(signal.ITIMER_REAL, cap * 10)
    problem = None
    try:
        targets.run(data)
    except Hang:
        problem = f"hang: stopped after {cap} s of CPU\n" + traceback.format_exc(limit=-8)
    except Exception:
        problem = traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - start, problem


def _batch(bounds: tuple[int, int]) -> Tally:
    settings: Settings = _STATE["settings"]
    targets: Targets = _STATE["targets"]
    tally = Tally()
    started = time.perf_counter()
    for index in range(*bounds):
        data = make_input(settings.seed, index, _STATE["seeds"], settings.max_len)
        seconds, problem = run_one(targets, data, settings.cap)
        tally.inputs += 1
        tally.cpu += seconds
        tally.by_target[data[0]] += 1
        tally.slowest = max(tally.slowest, (seconds, index))
        if problem is not None:
            tally.crashes.append((index, problem.splitlines()[-1][:200]))
            _save(settings.out, "crash", data, f"{settings.seed}:{index}\n{problem}")
        elif seconds > settings.budget:
            tally.slow.append((index, seconds))
            _save(settings.out, "slow", data, f"{settings.seed}:{index}\n{seconds:.3f} s\n")
    tally.seconds = time.perf_counter() - started
    return tally


def _save(out: Path, kind: str, data: bytes, note: str) -> None:
    name = f"{kind}-{hashlib.sha1(data).hexdigest()[:16]}"
    out.mkdir(parents=True, exist_ok=True)
    (out / name).write_bytes(data)
    (out / f"{name}.txt").write_text(note, encoding="utf-8")


def fuzz(settings: Settings, runs: int, jobs: int, start: int, chunk: int = 500) -> Tally:
    """Run inputs ``start`` to ``start + runs`` on ``jobs`` processes; print progress."""
    batches = [(i, min(i + chunk, start + runs)) for i in range(start, start + runs, chunk)]
    total = Tally()
    began = time.perf_counter()
    next_report = 0
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_setup, initargs=(settings,)) as pool:
        # Stopped (SIGTERM or Ctrl-C), the run still tells what the finished batches did.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        try:
            for tally in pool.imap_unordered(_batch, batches):
                total.add(tally)
                next_report = _progress(total, runs, began, next_report, chunk)
        except KeyboardInterrupt:
            total.stopped = True
            pool.terminate()
    total.seconds = time.perf_counter() - began
    return total


def _progress(total: Tally, runs: int, began: float, next_report: int, chunk: int) -> int:
    """Print a line of progress every hundredth of the run; return when the next is due."""
    if total.inputs < next_report and total.inputs != runs:
        return next_report
    elapsed = time.perf_counter() - began
    print(
        f"{total.inputs:>9,} inputs  {elapsed:8.0f} s  {total.inputs / elapsed:6.0f}/s  "
        f"crashes {len(total.crashes)}  slow {len(total.slow)}  "
        f"slowest {total.slowest[0]:.2f} s (#{total.slowest[1]})",
        flush=True,
    )
    return next_report + max(chunk, runs // 100)


def _summary(settings: Settings, total: Tally, jobs: int) -> str:
    lines = [
        f"seed {settings.seed}: {total.inputs:,} inputs in {total.seconds:.0f} s "
        f"({total.inputs / max(total.seconds, 1e-9):.0f}/s on {jobs} processes)",
        "by target: "
        + ", ".join(f"{n} {c:,}" for n, c in zip(TARGET_NAMES, total.by_target, strict=True)),
        f"crashes and hangs: {len(total.crashes)}; "
        f"slow (over {settings.budget} s of CPU): {len(total.slow)}",
        f"slowest: input {settings.seed}:{total.slowest[1]}, {total.slowest[0]:.3f} s of CPU",
        f"CPU in the targets: {total.cpu:.0f} s, {1000 * total.cpu / max(total.inputs, 1):.2f} ms "
        "an input"
        + (" (stopped before the end: only finished batches counted)" if total.stopped else ""),
    ]
    lines += [f"  crash {settings.seed}:{i}: {line}" for i, line in sorted(total.crashes)[:20]]
    lines += [f"  slow {settings.seed}:{i}: {s:.2f} s" for i, s in sorted(total.slow)[:20]]
    return "\n".join(lines)


def _replay(settings: Settings, data: bytes) -> int:
    _setup(settings)
    seconds, problem = run_one(_STATE["targets"], data, settings.cap)
    print(
        f"target {TARGET_NAMES[data[0] % 4] if data else '-'}: {len(data)} bytes, {seconds:.3f} s"
    )
    if problem:
        print(problem)
        return 1
    return 0


def _atheris(argv: list[str]) -> None:
    import atheris

    _setup(Settings(0, 4096, 10.0, 3600.0, Path("."), CORPUS), alarms=False)
    targets: Targets = _STATE["targets"]
    atheris.instrument_all()
    atheris.Setup(argv, targets.run)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10_000, help="inputs to run")
    parser.add_argument("--seed", type=int, default=1, help="seed of the run")
    parser.add_argument("--start", type=int, default=0, help="number of the first input")
    parser.add_argument("--jobs", type=int, default=1, help="processes")
    parser.add_argument("--max-len", type=int, default=4096, help="bytes per input at most")
    parser.add_argument("--budget", type=float, default=1.0, help="seconds before an input is slow")
    parser.add_argument("--cap", type=float, default=20.0, help="seconds before an input is a hang")
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"), help="where crashes go")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="seed inputs")
    parser.add_argument("--replay", type=Path, help="run one saved input and print its outcome")
    parser.add_argument("--show", metavar="SEED:I", help="print input I of the run seeded SEED")
    parser.add_argument("--atheris", action="store_true", help="run under atheris instead")
    args, rest = parser.parse_known_args(argv)
    if args.atheris:
        _atheris([sys.argv[0], *rest])
        return 0
    settings = Settings(args.seed, args.max_len, args.budget, args.cap, args.out, args.corpus)
    if args.replay:
        return _replay(settings, args.replay.read_bytes())
    if args.show:
        seed, index = (int(x) for x in args.show.split(":"))
        data = make_input(seed, index, load_seeds(args.corpus), args.max_len)
        sys.stdout.buffer.write(data)
        return 0
    total = fuzz(settings, args.runs, args.jobs, args.start)
    print(_summary(settings, total, args.jobs))
    return 1 if total.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
