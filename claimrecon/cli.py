"""The ``claimrecon`` command line: a thin layer over the Python API.

Commands:

- ``analyze PATH...``: read documents, run the whole job, print or write the report.
- ``evaluate --gold GOLD.json [PATH]``: score the analysis against a hand annotation.
- ``ingest PATH... --db FILE``: add documents to a claim store (see :mod:`claimrecon.store`).
- ``report --db FILE``: print or write the report a claim store holds.
- ``schema``: print the JSON Schema of the report.
- ``rules``: list the registered rules with their one-line descriptions.

Exit codes: 0 done; 1 only with ``--fail-on-contradiction`` when contradictions were
found; 2 for usage or input errors, with a one-line message naming the file and the
problem, and no traceback.

A document that cannot be analysed does not cost the others: by default
(``--on-error collect``) the report of the others is written, each failing document is
named on one line with its file, and the exit code is 2; ``--on-error skip`` exits 0,
``--on-error raise`` stops at the first. Every output file is written atomically.

May import: the pipeline, store, dask_cli, gold, exports, rules, estimates, config, io, files,
vocab, models and errors modules.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import logging
import os
import sys
import textwrap
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from claimrecon import __version__, exports
from claimrecon.config import apply_config, find_config
from claimrecon.errors import ClaimreconError, InputError
from claimrecon.estimates import default_policies
from claimrecon.files import DEFAULT_LIMITS, DecodingWarning, Limits, write_text_atomic
from claimrecon.gold import GoldSet, read_gold, report_to_gold, score, write_gold
from claimrecon.io import document_files, read_documents
from claimrecon.models import Document, Report
from claimrecon.pipeline import STAGES, analyze
from claimrecon.rules import default_registry, load_plugins
from claimrecon.store import Store
from claimrecon.vocab import Lexicon

__all__ = ["FORMATS", "main"]

FORMATS = ("text", "json", "jsonl", "csv", "markdown", "html", "gold", "parquet", "ged", "acled")
"""The output formats of ``claimrecon analyze --format``."""

PROGRESS_THRESHOLD = 5
"""Show a progress bar on a terminal when there are more documents than this."""

logger = logging.getLogger(__name__)


class _Formatter(argparse.HelpFormatter):
    """Wrap each paragraph of a description on its own, keeping the blank lines between."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n\n".join(
            textwrap.fill(paragraph, width, initial_indent=indent, subsequent_indent=indent)
            for paragraph in text.split("\n\n")
        )


def _loudness(command: argparse.ArgumentParser, default: Any) -> None:
    """Add -v and -q; a subcommand's default leaves the program-wide choice standing."""
    command.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default,
        help="say more: -v also prints what was read and set aside (figures rejected as "
        "absurd, ...), -vv the library's debugging log",
    )
    command.add_argument(
        "-q", "--quiet", action="store_true", default=default, help="print errors only"
    )


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimrecon",
        description="Extract who claims what about violent events and flag contradictions.",
        epilog="Exit codes: 0 done; 1 contradictions found (with --fail-on-contradiction); "
        "2 usage or input error; 130 interrupted. Defaults for --lexicon, --policy, --rule, "
        "--disable, --tolerance and --plugin come from [tool.claimrecon] in pyproject.toml, "
        "or from claimrecon.toml, in the current folder or the nearest one above it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _loudness(parser, None)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    quiet_parent = argparse.ArgumentParser(add_help=False)
    _loudness(quiet_parent, argparse.SUPPRESS)
    # Every command's description keeps its paragraphs.
    add = functools.partial(commands.add_parser, parents=[quiet_parent], formatter_class=_Formatter)

    analyze_cmd = add(
        "analyze",
        help="analyse text files, folders and JSON Lines files",
        description="Read documents, extract claims, group them into events, flag "
        "contradictions and estimate; print the report or write it to a file.\n\n"
        "PATH is a text file (one document named after the file), a folder (its *.txt "
        "files, with metadata from its documents.json when present), a JSON Lines file "
        '(.jsonl: {"id", "text", "published", "outlet", "title", "url"} a line) or a '
        "claimrecon-gold/1 file listing documents.\n\n"
        "--format csv writes one file a table (claims, events, contradictions, "
        "estimates, ged) when -o names a folder, and all tables stacked in one file, "
        "with a first column 'table', when -o ends in .csv or is absent. --format parquet "
        "writes one folder a table under the folder -o names.\n\n"
        "--engine dask runs every stage on Dask (pip install '.[dask]' from a checkout): on a "
        "local cluster of --workers processes, or on the scheduler at --scheduler ADDRESS. "
        "PATH may then also be a glob of JSON Lines shards ('shards/*.jsonl').\n\n"
        "PATH '-' reads standard input: JSON Lines when it starts with '{', else one text, "
        "the document 'stdin'. --format ged and --format acled write one CSV row an event "
        "in the columns of the UCDP GED and of ACLED.",
    )
    _add_paths(analyze_cmd)
    analyze_cmd.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="output format (default: text, a readable report)",
    )
    analyze_cmd.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (a folder for --format csv) instead of standard output",
    )
    _add_analysis_options(analyze_cmd)
    _add_engine_options(analyze_cmd)
    analyze_cmd.add_argument(
        "--fail-on-contradiction",
        action="store_true",
        help="exit with status 1 when any contradiction is found",
    )
    analyze_cmd.set_defaults(run=_analyze)

    evaluate_cmd = add(
        "evaluate",
        help="score the analysis against a claimrecon-gold/1 annotation",
        description="Analyse the documents (PATH, or the ones GOLD lists) and score the "
        "result against GOLD by the scoring rules of the claimrecon-gold/1 format: "
        "precision, recall and F1 for figures, attributions, events and contradictions, "
        "then the misses and false positives. "
        "With --predictions, score a prediction file in the gold format instead of "
        "running the analysis.",
    )
    evaluate_cmd.add_argument(
        "--gold", required=True, metavar="GOLD.json", help="the hand annotation"
    )
    evaluate_cmd.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="documents to analyse (default: the documents GOLD lists)",
    )
    evaluate_cmd.add_argument(
        "--predictions",
        metavar="PRED.json",
        help="score this claimrecon-gold/1 prediction file instead of analysing",
    )
    evaluate_cmd.add_argument("--json", action="store_true", help="print the scores as JSON")
    _add_analysis_options(evaluate_cmd)
    evaluate_cmd.set_defaults(run=_evaluate)

    schema_cmd = add(
        "schema",
        help="print the JSON Schema of the report",
        description="Print the JSON Schema of the report that --format json writes.",
    )
    schema_cmd.set_defaults(run=_schema)

    _add_store_commands(add)

    rules_cmd = add(
        "rules",
        help="list the registered rules",
        description="List the registered contradiction rules with their one-line descriptions.",
    )
    rules_cmd.add_argument(
        "--plugin",
        dest="plugins",
        action="append",
        default=[],
        metavar="MODULE",
        help="import this module first, to list the rules it registers (repeatable)",
    )
    rules_cmd.set_defaults(run=_rules)
    return parser


def _add_paths(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="+", metavar="PATH", help="documents to read")


def _add_input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_LIMITS.max_bytes,
        metavar="N",
        help=f"refuse an input file larger than N bytes (default: {DEFAULT_LIMITS.max_bytes})",
    )
    command.add_argument(
        "--encoding-errors",
        choices=("strict", "replace"),
        default="strict",
        help="undecodable bytes in an input file: an error (strict, the default), or "
        "replaced with U+FFFD and a warning (replace)",
    )
    command.add_argument(
        "--on-error",
        choices=("collect", "skip", "raise"),
        default="collect",
        help="a document that cannot be analysed: name it and finish the others, exit 2 "
        "(collect, the default); the same but exit 0 (skip); stop at once (raise)",
    )
    command.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress bar (there is one only when standard error is a terminal)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return value


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(max_bytes=args.max_bytes)


def _add_analysis_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--policy",
        metavar="NAME",
        help="estimation policy for low/best/high figures, by its registered name: "
        f"{', '.join(default_policies.names())} or one a plugin adds (default: ucdp)",
    )
    command.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="FILE",
        help="extend the built-in lexicon with this JSON file (repeatable)",
    )
    command.add_argument(
        "--rule",
        dest="rules",
        action="append",
        default=[],
        metavar="NAME",
        help="run only this rule (repeatable; 'claimrecon rules' lists them)",
    )
    command.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="NAME",
        help="do not run this rule (repeatable)",
    )
    command.add_argument(
        "--tolerance",
        type=_fraction,
        metavar="FRACTION",
        help="how far an 'about' figure may stray, as a fraction (default: 0.1)",
    )
    command.add_argument(
        "--plugin",
        dest="plugins",
        action="append",
        default=[],
        metavar="MODULE",
        help="import this module first, so that the rules and policies it registers can "
        "be chosen by name (repeatable)",
    )
    _add_input_options(command)


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < 10:
        raise argparse.ArgumentTypeError(f"not a fraction such as 0.1: {text!r}")
    return value


def _add_engine_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="run in this process (local, the default) or on Dask",
    )
    where = command.add_mutually_exclusive_group()
    where.add_argument(
        "--scheduler", metavar="ADDRESS", help="with --engine dask: the Dask scheduler to use"
    )
    where.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="with --engine dask: start a local cluster of N worker processes (default: one "
        "a core)",
    )


# --- analyze -----------------------------------------------------------------------------


def _run_analysis(paths: Iterable[str], args: argparse.Namespace) -> tuple[Report, dict[str, str]]:
    """Read and analyse the documents at ``paths``; return the report and their origins."""
    origins: dict[str, str] = {}
    documents = list(
        read_documents(
            paths,
            limits=_limits(args),
            encoding_errors=args.encoding_errors,
            origins=origins,
        )
    )
    return _analyse(documents, args, origins), origins


def _analyse(
    documents: Sequence[Document], args: argparse.Namespace, origins: dict[str, str]
) -> Report:
    lexicon = Lexicon.load(args.lexicon) if args.lexicon else None
    try:
        with _Progress(len(documents), sys.stderr, enabled=args.progress) as progress:
            return analyze(
                documents,
                lexicon=lexicon,
                policy=args.policy,
                rules=args.rules or None,
                disable=args.disable,
                tolerance=args.tolerance,
                limits=_limits(args),
                on_error="raise" if args.on_error == "raise" else "skip",
                progress=progress,
            )
    except ClaimreconError as exc:
        where = getattr(exc, "where", None)
        if where in origins:
            raise InputError(f"document {where!r}: {_one_line(exc)}", where=origins[where]) from exc
        raise


def _report_skipped(report: Report, args: argparse.Namespace, origins: dict[str, str]) -> int:
    """Name each document left out on one line; return the exit code it calls for."""
    for item in report.skipped:
        where = origins.get(item.document, "")
        prefix = f"{where}: " if where else ""
        print(
            f"claimrecon: error: {prefix}document {item.document!r}: {item.error}",
            file=sys.stderr,
        )
    return 2 if report.skipped and args.on_error == "collect" else 0


class _Progress:
    """One progress bar over every stage of an analysis: a step a document, then a step a stage.

    Shown only on a terminal, for more than :data:`PROGRESS_THRESHOLD` documents, and not
    with ``--no-progress``; the bar names the stage it is in.
    """

    def __init__(self, documents: int, stream: TextIO, *, enabled: bool = True) -> None:
        show = enabled and documents > PROGRESS_THRESHOLD and stream.isatty()
        self.bar = tqdm(
            total=documents + len(STAGES),
            unit="step",
            desc="claimrecon: extract",
            file=stream,
            disable=not show,
            leave=False,
            dynamic_ncols=True,
        )

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "extract":
            self.bar.update(1)
            return
        # A stage is one step, and may take a while: show its name at once.
        self.bar.set_description(f"claimrecon: {stage}", refresh=False)
        self.bar.update(1 if done else 0)
        self.bar.refresh()

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.close()


def _analyze(args: argparse.Namespace) -> int:
    output: str | None = args.output
    fmt: str = args.format
    if fmt == "parquet" and output is None:
        raise InputError("--format parquet needs -o FOLDER")
    if args.engine != "dask" and (args.workers is not None or args.scheduler is not None):
        raise InputError("--workers and --scheduler need --engine dask")
    if args.engine == "dask":
        from claimrecon.dask_cli import run_dask

        report, found = run_dask(args)
        if report is None:  # written as Parquet by the workers
            return 1 if args.fail_on_contradiction and found else 0
        origins: dict[str, str] = {}
    else:
        report, origins = _run_analysis(args.paths, args)
    if fmt == "parquet":
        from claimrecon.dask_cli import write_parquet_report

        write_parquet_report(report, output)
    else:
        _write_report(report, fmt, output, args.paths)
    code = _report_skipped(report, args, origins)
    if code == 0 and args.fail_on_contradiction and report.contradictions:
        return 1
    return code


def _write_report(report: Report, fmt: str, output: str | None, paths: Iterable[str]) -> None:
    """Print the report in a format, or write it to ``output``: what ``-o`` does everywhere."""
    if fmt == "csv" and output is not None and not output.endswith(".csv"):
        try:
            exports.write_csv(report, output)
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror}", where=output) from exc
    elif fmt == "gold":
        _write_gold(report, output, paths)
    else:
        _emit(exports.renderers.get(fmt)(report), output)


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        # Line ends are written as they are (CSV's are "\r\n"); a kill or a full disk
        # leaves the previous file whole.
        write_text_atomic(output, text)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", where=output) from exc


def _write_gold(report: Report, output: str | None, paths: Iterable[str]) -> None:
    # A prediction file names each document's text file relative to itself, so that it
    # reads back (and scores) from wherever it was written.
    base = Path(output).resolve().parent if output is not None else Path.cwd()
    files = {
        doc_id: Path(os.path.relpath(path.resolve(), base)).as_posix()
        for doc_id, path in document_files(paths)
    }
    if output is None:
        data = report_to_gold(report, files)
        sys.stdout.write(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        return
    try:
        write_gold(report, output, files)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", where=output) from exc


# --- ingest and report --------------------------------------------------------------------


def _add_store_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    ingest_cmd = add(
        "ingest",
        help="add documents to a claim store (an SQLite file)",
        description="Read documents (PATH as for analyze) and add them to the claim store "
        "FILE, created if need be. Documents already in it are skipped; only the events "
        "the new documents can touch are grouped, checked and estimated again. Each batch "
        "is one transaction: a run killed half way leaves the batches before it, whole, "
        "and running it again finishes the job.",
    )
    _add_paths(ingest_cmd)
    ingest_cmd.add_argument("--db", required=True, metavar="FILE", help="the claim store")
    ingest_cmd.add_argument(
        "--batch-size",
        type=_positive,
        default=100,
        metavar="N",
        help="documents a transaction (default: 100)",
    )
    _add_analysis_options(ingest_cmd)
    ingest_cmd.set_defaults(run=_ingest)

    report_cmd = add(
        "report",
        help="print or write the report a claim store holds",
        description="Print the report of the claim store FILE, or write it with -o, in any "
        "format analyze offers; --event, --since, --until and --place keep only the "
        "events that pass them.",
    )
    report_cmd.add_argument("--db", required=True, metavar="FILE", help="the claim store")
    report_cmd.add_argument(
        "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    report_cmd.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    report_cmd.add_argument("--event", metavar="ID", help="only this event (old ids resolve)")
    report_cmd.add_argument("--since", type=_date, metavar="DATE", help="events on or after")
    report_cmd.add_argument("--until", type=_date, metavar="DATE", help="events on or before")
    report_cmd.add_argument("--place", metavar="PLACE", help="only events in this place")
    report_cmd.set_defaults(run=_report)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _count(paths: Sequence[str]) -> int | None:
    """Count the documents at the paths without reading their texts, if it is cheap."""
    if any(Path(p).suffix in (".jsonl", ".ndjson") or p == "-" for p in paths):
        return None
    try:
        return sum(1 for _ in document_files(paths))
    except ClaimreconError:
        return None  # read_documents will name the problem


def _ingest(args: argparse.Namespace) -> int:
    lexicon = Lexicon.load(args.lexicon) if args.lexicon else None
    default_policies.get(args.policy)  # an unknown name is refused before the store opens
    if args.rules or args.disable:
        # The store checks every event it touches with the same rules, run after run.
        logger.warning("ingest runs the registry's enabled rules: --rule and --disable ignored")
    with (
        Store.open(args.db, lexicon=lexicon, policy=args.policy) as store,
        tqdm(
            total=_count(args.paths),
            unit="doc",
            desc="claimrecon: read",
            file=sys.stderr,
            # A bar is for a person at a terminal, never for a log or a pipe.
            disable=not (args.progress and sys.stderr.isatty()),
            leave=False,
        ) as bar,
    ):

        def progress(stage: str, done: int, total: int) -> None:
            bar.set_description(f"claimrecon: {stage}", refresh=False)
            if stage in ("extract", "skip"):
                bar.update(1 if stage == "extract" else total)

        result = store.ingest(
            read_documents(args.paths), batch_size=args.batch_size, progress=progress
        )
        stored = len(store)
    print(
        f"{len(result.new_documents)} new documents, {len(result.skipped_documents)} "
        f"already stored; {result.new_claims} new claims; events: "
        f"{len(result.created_events)} created, {len(result.changed_events)} changed, "
        f"{len(result.merged_events)} merged; {stored} documents in {args.db}"
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    if not Path(args.db).is_file():
        raise InputError("no such claim store", where=args.db)
    with Store.open(args.db) as store:
        try:
            report = store.report(
                event=args.event, since=args.since, until=args.until, place=args.place
            )
        except KeyError:
            raise InputError(f"no event {args.event!r} in the store", where=args.db) from None
    _write_report(report, args.format, args.output, ())
    return 0


# --- evaluate ----------------------------------------------------------------------------


def _evaluate(args: argparse.Namespace) -> int:
    limits, errors = _limits(args), args.encoding_errors
    gold = read_gold(args.gold, limits=limits, encoding_errors=errors)
    predicted: GoldSet | Report
    origins: dict[str, str] = {}
    if args.predictions:
        # The gold's texts stand in for documents whose files the prediction file lacks.
        predicted = read_gold(
            args.predictions, texts=gold.texts, limits=limits, encoding_errors=errors
        )
    elif args.path:
        predicted, origins = _run_analysis([args.path], args)
    else:
        origins = {doc.id: args.gold for doc in gold.data.documents}
        predicted = _analyse(list(gold.documents()), args, origins)
    if isinstance(predicted, Report):
        unknown = [d.id for d in predicted.documents if d.id not in gold.texts]
        if unknown:
            raise InputError(
                f"document {unknown[0]!r} is not in the gold file "
                f"({len(unknown)} of {len(predicted.documents)} documents are not)",
                where=args.gold,
            )
    code = _report_skipped(predicted, args, origins) if isinstance(predicted, Report) else 0
    scores = score(gold, predicted)
    if args.json:
        sys.stdout.write(json.dumps(scores.summary(), indent=2) + "\n")
    else:
        sys.stdout.write(scores.format().rstrip("\n") + "\n")
    return code


# --- schema and rules --------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(Report.model_json_schema(), indent=2))
    return 0


def _rule_descriptions() -> list[tuple[str, str, str]]:
    """Return each registered rule's name, its kind and severity, and its summary line."""
    load_plugins()
    found: list[tuple[str, str, str]] = []
    for item in default_registry:
        doc = item.doc.strip()
        tags = f"{item.kind.value}, {item.severity.value}"
        if not default_registry.is_enabled(item.name):
            tags += ", off"
        found.append((item.name, tags, doc.splitlines()[0] if doc else ""))
    return sorted(found)


def _rules(args: argparse.Namespace) -> int:
    descriptions = _rule_descriptions()
    if not descriptions:
        print("no rules registered")
        return 0
    name_width = max(len(name) for name, _, _ in descriptions)
    tag_width = max(len(tags) for _, tags, _ in descriptions) + 2
    for name, tags, description in descriptions:
        print(f"{name:<{name_width}}  {'(' + tags + ')':<{tag_width}}  {description}")
    return 0


# --- entry point -------------------------------------------------------------------------


class _OneLine(logging.Handler):
    """Print each log record on one line of standard error."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"claimrecon: {' '.join(record.getMessage().split())}", file=sys.stderr)


def _level(verbose: int | None, quiet: bool | None) -> int:
    """Return the log level -v and -q ask for: warnings by default."""
    if quiet:
        return logging.ERROR
    return {0: logging.WARNING, 1: logging.INFO}.get(verbose or 0, logging.DEBUG)


@contextlib.contextmanager
def _diagnostics(level: int) -> Iterator[None]:
    """Show the library's log at ``level`` and decoding warnings (but with -q), one a line."""
    root = logging.getLogger("claimrecon")
    handler = _OneLine()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(level)
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DecodingWarning)
            yield
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        # Replayed once the recording has stopped: a warning passed on while it still
        # recorded would be recorded again, and the loop over them would never end.
        for warning in caught:
            if issubclass(warning.category, DecodingWarning):
                if level <= logging.WARNING:
                    print(f"claimrecon: warning: {warning.message}", file=sys.stderr)
            else:
                warnings.warn_explicit(
                    warning.message, warning.category, warning.filename, warning.lineno
                )


def _one_line(exc: BaseException) -> str:
    return "; ".join(line.strip() for line in str(exc).splitlines() if line.strip())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` by default.
    """
    try:
        args = _build_parser().parse_args(argv)
        with _diagnostics(_level(args.verbose, args.quiet)):
            apply_config(args, find_config(Path.cwd()))
            code: int = args.run(args)
    except ClaimreconError as exc:
        print(f"claimrecon: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`claimrecon analyze ... | head`): not an error of ours.
        return 0
    except KeyboardInterrupt:
        # Ctrl-C: what a shell expects (128 + SIGINT), and no traceback.
        print("claimrecon: interrupted", file=sys.stderr)
        return 130
    return code
