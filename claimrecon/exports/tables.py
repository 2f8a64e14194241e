"""The flat tables written out: CSV (one text or a folder of files) and pandas.

May import: :mod:`claimrecon.exports.rows`, and the models, files and errors modules.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimrecon.errors import InputError
from claimrecon.exports.rows import TABLES, table_rows
from claimrecon.files import atomic_folder
from claimrecon.models import Report

if TYPE_CHECKING:
    import pandas as pd


# --- CSV and pandas ----------------------------------------------------------------------


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Return a cell value safe to open in a spreadsheet (OWASP's CSV-injection guidance).

    A text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be
    read as a formula; a leading single quote makes it text. Numbers are left as they are.

    Example:
        >>> csv_cell("=cmd|' /C calc'!A0"), csv_cell("Reuters"), csv_cell(-3)
        ("'=cmd|' /C calc'!A0", 'Reuters', -3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _write_rows(handle: Any, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    # The default "\r\n" line ends (RFC 4180) also make the writer quote a lone "\r".
    writer = csv.DictWriter(handle, fieldnames=list(columns))
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)


def to_csv(report: Report, table: str | None = None) -> str:
    """Return every table stacked in one CSV text, with a first column ``table``.

    The columns are ``table`` and then the union of the tables' columns, in the order of
    :data:`TABLES`; a cell a table does not have is empty. With ``table``, return that
    table alone, in its own columns (``to_csv(report, "ged")`` is a UCDP GED file).

    Raises:
        ValueError: If ``table`` names no table of :data:`TABLES`.

    Example:
        >>> from claimrecon.models import Event, Report
        >>> to_csv(Report(events=(Event(id="e1"),)), "acled").splitlines()[1][:30]
        'e1,,,,Political violence,Battl'
    """
    if table is not None:
        if table not in TABLES:
            raise ValueError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        out = io.StringIO()
        _write_rows(out, TABLES[table], table_rows(report, table)[table])
        return out.getvalue()
    columns = ["table"]
    for table_columns in TABLES.values():
        columns.extend(c for c in table_columns if c not in columns)
    out = io.StringIO()
    rows = ({"table": name, **row} for name, table in table_rows(report).items() for row in table)
    _write_rows(out, columns, rows)
    return out.getvalue()


def write_csv(report: Report, folder: str | Path) -> list[Path]:
    """Write each table to a CSV file of its own in ``folder`` (created if missing).

    Returns:
        The files written: ``claims.csv``, ``events.csv``, ``contradictions.csv``,
        ``estimates.csv``, ``ged.csv`` and ``acled.csv``.

    The tables are written as a set: into a temporary folder beside ``folder``, which then
    takes its place (:func:`claimrecon.files.atomic_folder`), so a kill leaves the
    previous set whole, never new tables beside old ones. So that nothing else is
    replaced with it, ``folder`` must be new or hold only CSV files. Text cells are
    escaped by :func:`csv_cell`.

    Raises:
        InputError: If ``folder`` holds something other than CSV files.
        OSError: If the folder or a file cannot be written.
    """
    folder = Path(folder)
    if folder.is_dir():
        other = next((p for p in folder.iterdir() if p.suffix != ".csv" or not p.is_file()), None)
        if other is not None:
            raise InputError(
                f"holds {other.name!r}, not a CSV table: write the tables to a folder of "
                "their own, which is replaced as a whole",
                where=str(folder),
            )
    names = []
    with atomic_folder(folder) as tmp:
        for name, rows in table_rows(report).items():
            with (tmp / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
                _write_rows(handle, TABLES[name], rows)
            names.append(f"{name}.csv")
    return [folder / name for name in names]


def to_pandas(report: Report) -> dict[str, pd.DataFrame]:
    """Return every table of :data:`TABLES` as a pandas DataFrame, keyed by table name.

    pandas is an optional extra: ``pip install ".[pandas]"`` from a checkout.

    Raises:
        ImportError: If pandas is not installed.
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            'to_pandas needs pandas, an optional extra: pip install ".[pandas]" (from a checkout)'
        ) from exc
    return {
        name: pd.DataFrame.from_records(rows, columns=list(TABLES[name]))
        for name, rows in table_rows(report).items()
    }
