"""The output formats by name: one registry of the renderers to a single text.

May import: the other modules of :mod:`claimrecon.exports`, models, registry.
"""

from __future__ import annotations

from collections.abc import Callable

from claimrecon.exports.records import iter_jsonl, to_json
from claimrecon.exports.render import to_html, to_markdown, to_text
from claimrecon.exports.tables import to_csv
from claimrecon.models import Report
from claimrecon.registry import Registry

# --- the output formats by name ------------------------------------------------------------


def _json_text(report: Report) -> str:
    return to_json(report) + "\n"


def _jsonl_text(report: Report) -> str:
    return "".join(line + "\n" for line in iter_jsonl(report))


def _table_text(table: str) -> Callable[[Report], str]:
    def render(report: Report) -> str:
        return to_csv(report, table)

    return render


renderers = Registry[Callable[[Report], str]](
    "output format",
    entries=[
        ("text", to_text),
        ("json", _json_text),
        ("jsonl", _jsonl_text),
        ("csv", to_csv),
        ("ged", _table_text("ged")),
        ("acled", _table_text("acled")),
        ("markdown", to_markdown),
        ("html", to_html),
    ],
)
"""The formats a report renders to as one text, by name (``claimrecon analyze --format``)."""
