"""The report as JSON, and as JSON Lines of tagged records that stream back into a report.

May import: :mod:`claimrecon.models` only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimrecon.models import Report

# --- JSON and JSON Lines -----------------------------------------------------------------


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """Return the report as JSON (the schema ``claimrecon schema`` prints).

    Examples:
        >>> from claimrecon.models import Document, Report
        >>> report = Report(documents=(Document(id="d1", text="Calm."),))
        >>> from_json(to_json(report)) == report
        True
    """
    return report.model_dump_json(indent=indent)


def from_json(text: str | bytes) -> Report:
    """Read a report written by :func:`to_json`.

    Raises:
        pydantic.ValidationError: If the text is not a valid report.
    """
    return Report.model_validate_json(text)


_RECORD_FIELDS = (
    ("document", "documents"),
    ("claim", "claims"),
    ("event", "events"),
    ("contradiction", "contradictions"),
    ("note", "notes"),
    ("timeline", "timelines"),
    ("estimate", "estimates"),
    ("passage", "passages"),
    ("provenance", "provenance"),
    ("skipped", "skipped"),
)


def iter_jsonl(report: Report) -> Iterator[str]:
    """Yield the report as JSON Lines: one tagged record a line, without newlines.

    Examples:
        >>> from claimrecon.models import Document, Report
        >>> report = Report(documents=(Document(id="d1", text="Calm."),))
        >>> list(iter_jsonl(report))
        ['{"record": "document", "id": "d1", "text": "Calm.", "published": null, "outlet": null, "title": null, "url": null}']
    """  # noqa: E501
    for tag, field in _RECORD_FIELDS:
        for item in getattr(report, field):
            yield json.dumps({"record": tag, **item.model_dump(mode="json")}, ensure_ascii=False)
    for claim_id in report.aggregates:
        yield json.dumps({"record": "aggregate", "claim": claim_id}, ensure_ascii=False)


def from_jsonl(source: str | Path | Iterable[str]) -> Report:
    r"""Read a report back from the records :func:`iter_jsonl` yields.

    Args:
        source: A JSON Lines file (a path, as a ``Path`` or a string without a line
            break that does not start with ``{``), the text of one, or its lines (an
            open file, or a list).

    Raises:
        ValueError: If a line is not a JSON object with a known ``record`` tag (the
            message gives the line number).
        pydantic.ValidationError: If a record does not validate.
        OSError: If the file cannot be read.

    Example:
        >>> from claimrecon.models import Document, Report
        >>> report = Report(documents=(Document(id="d1", text="Calm."),))
        >>> text = "\n".join(iter_jsonl(report))
        >>> from_jsonl(text) == from_jsonl(text.splitlines()) == report
        True
    """
    if isinstance(source, Path) or (
        isinstance(source, str)
        and source.strip()
        and "\n" not in source
        and not source.lstrip().startswith("{")
    ):
        with Path(source).open(encoding="utf-8") as handle:
            return _from_lines(handle)
    return _from_lines(source.splitlines() if isinstance(source, str) else source)


def _from_lines(lines: Iterable[str]) -> Report:
    fields: dict[str, list[Any]] = {field: [] for _, field in _RECORD_FIELDS}
    fields["aggregates"] = []
    by_tag = dict(_RECORD_FIELDS)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON: {exc.msg}") from exc
        tag = record.pop("record", None) if isinstance(record, dict) else None
        if tag == "aggregate":
            fields["aggregates"].append(record.get("claim"))
        elif tag in by_tag:
            fields[by_tag[tag]].append(record)
        else:
            raise ValueError(f"line {number}: unknown record tag {tag!r}")
    return Report.model_validate(fields)
