"""``claimrecon analyze --engine dask`` and ``--format parquet``: kept apart from cli.py.

Imported only when asked for, so that the command line starts without Dask installed.

May import: the dask, vocab, models and errors modules; never the command line that imports
it.
"""

from __future__ import annotations

import argparse
import logging
import sys
from contextlib import ExitStack
from pathlib import Path

from claimrecon.errors import InputError
from claimrecon.models import Report
from claimrecon.vocab import Lexicon

__all__ = ["run_dask", "write_parquet_report"]

_MISSING = 'the Dask engine needs an optional extra: pip install ".[dask]" (from a checkout)'


def run_dask(args: argparse.Namespace) -> tuple[Report | None, int]:
    """Run the analysis on Dask as the arguments say.

    Returns:
        The report, or None when the workers wrote it as Parquet themselves; and the
        number of contradictions.

    Raises:
        InputError: If Dask is missing, the scheduler cannot be reached or input is bad.
    """
    try:
        import dask
        from distributed import Client, LocalCluster

        from claimrecon import dask as engine
    except ImportError as exc:
        raise InputError(_MISSING) from exc
    lexicon = Lexicon.load(args.lexicon) if args.lexicon else None
    # Dask logs each shuffle's start and end at WARNING: noise on a command line.
    logging.getLogger("distributed.shuffle").setLevel(logging.ERROR)
    with ExitStack() as stack:
        if args.scheduler:
            try:
                client = stack.enter_context(Client(args.scheduler, timeout="10s"))
            except OSError as exc:
                raise InputError(
                    f"cannot reach the scheduler: {exc}", where=args.scheduler
                ) from exc
        else:
            if args.workers is not None and args.workers < 1:
                raise InputError("--workers needs at least 1")
            # The workers read Dask's configuration when they start (see WORKER_CONFIG).
            stack.enter_context(dask.config.set(engine.WORKER_CONFIG))
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=args.workers,
                    threads_per_worker=1,
                    processes=True,
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(Client(cluster))
        analysis = engine.analyze(args.paths, client, lexicon=lexicon, policy=args.policy)
        stack.callback(analysis.close)
        with client.as_current():
            if args.format == "parquet":
                _check_folder(args.output)
                analysis.to_parquet(args.output)
                # Counted as written: len() of the table would run the rules stage again.
                found = analysis.stats["rows_written"]["contradictions"]
                print(
                    f"claimrecon: wrote {analysis.stats['documents']} documents' tables "
                    f"to {args.output}",
                    file=sys.stderr,
                )
                return None, found
            report = analysis.to_report()
    return report, len(report.contradictions)


def write_parquet_report(report: Report, output: str | None) -> None:
    """Write a report in the Parquet layout of the Dask engine.

    Raises:
        InputError: If Dask's extra is missing or the folder cannot be written.
    """
    try:
        from claimrecon.dask import write_parquet
    except ImportError as exc:
        raise InputError(_MISSING) from exc
    if output is None:
        raise InputError("--format parquet needs -o FOLDER")
    _check_folder(output)
    try:
        write_parquet(report, output)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", where=output) from exc


def _check_folder(output: str) -> None:
    path = Path(output)
    if path.exists() and not path.is_dir():
        raise InputError("--format parquet writes a folder, and this is a file", where=output)
    if path.is_dir() and any(path.iterdir()):
        # Parts of an earlier run would be read back with this one's.
        raise InputError("the folder is not empty", where=output)
