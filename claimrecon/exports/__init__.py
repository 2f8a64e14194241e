"""Write a report in the shapes people and programs read.

Every function here takes a :class:`~claimrecon.models.Report` and returns text, rows or
tables; nothing here analyses anything.

| shape | write | read back |
|---|---|---|
| JSON | `to_json` | `from_json` |
| JSON Lines, one record a line | `iter_jsonl` | `from_jsonl` |
| CSV tables | `write_csv` (a folder), `to_csv` (one text) | the `csv` module |
| pandas DataFrames | `to_pandas` | |
| UCDP GED and ACLED event tables | `ged_rows`, `acled_rows` (see `docs/exports.md`) | |
| a readable report | `to_text`, `to_markdown`, `to_html` | a person |
| `claimrecon-gold/1` | `claimrecon.gold.write_gold` | `claimrecon.gold.read_gold` |

**JSON Lines** gives one record a line, each a JSON object with a ``record`` tag and the
fields of the model it holds: ``document``, ``claim``, ``event``, ``contradiction``,
``note``, ``timeline``, ``estimate``, ``passage``, ``provenance``, ``skipped``, and
``aggregate`` (``{"record": "aggregate", "claim": id}``).
Records come in that order, so a reader can stream the claims of a large report; the
records together read back as an equal report.

**CSV** has four tables, ``claims``, ``events``, ``contradictions`` and ``estimates``,
plus the event tables ``ged`` and ``acled`` in the columns of those datasets (see
:mod:`claimrecon.eventdata`). Columns are flat: a list (claim ids, sides, sources) is one
cell joined with ``"; "`` (and a contradiction's sides with ``" | "``). Written to a
folder, each table is a file of its own (``claims.csv``, ...); written to one file, the
tables are stacked with a first column ``table`` naming the table each row belongs to,
and the columns are the union of the tables' columns.

The package, lowest first: ``wording`` (how a figure and a speaker are worded), ``rows``
(the tables' columns and the functions that fill them), ``records`` (JSON and JSON
Lines), ``tables`` (CSV and pandas), ``render`` (text, Markdown, HTML) and ``formats``
(the output formats by name). Import from ``claimrecon.exports``: its names are the
public ones.

May import: the modules of :mod:`claimrecon.exports`, and eventdata.
"""

from claimrecon.eventdata import ACLED_COLUMNS, GED_COLUMNS, acled_rows, ged_rows
from claimrecon.exports.formats import renderers
from claimrecon.exports.records import from_json, from_jsonl, iter_jsonl, to_json
from claimrecon.exports.render import (
    SUMMARY_ROWS,
    chart,
    summary_html,
    to_html,
    to_markdown,
    to_text,
)
from claimrecon.exports.rows import (
    CLAIM_COLUMNS,
    CONTRADICTION_COLUMNS,
    ESTIMATE_COLUMNS,
    EVENT_COLUMNS,
    TABLES,
    RowsFunction,
    claim_rows,
    claim_values,
    contradiction_rows,
    estimate_rows,
    event_rows,
    table_makers,
    table_rows,
)
from claimrecon.exports.tables import csv_cell, to_csv, to_pandas, write_csv

__all__ = [
    "ACLED_COLUMNS",
    "CLAIM_COLUMNS",
    "CONTRADICTION_COLUMNS",
    "ESTIMATE_COLUMNS",
    "EVENT_COLUMNS",
    "GED_COLUMNS",
    "SUMMARY_ROWS",
    "TABLES",
    "RowsFunction",
    "acled_rows",
    "chart",
    "claim_rows",
    "claim_values",
    "contradiction_rows",
    "csv_cell",
    "estimate_rows",
    "event_rows",
    "from_json",
    "from_jsonl",
    "ged_rows",
    "iter_jsonl",
    "renderers",
    "summary_html",
    "table_makers",
    "table_rows",
    "to_csv",
    "to_html",
    "to_json",
    "to_markdown",
    "to_pandas",
    "to_text",
    "write_csv",
]
