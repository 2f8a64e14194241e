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
| `claimrecon-gold/1` | `to_gold` | `claimrecon.gold.read_gold` |

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
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from claimrecon.charts import contradiction_chart
from claimrecon.errors import InputError
from claimrecon.eventdata import ACLED_COLUMNS, GED_COLUMNS, acled_rows, ged_rows, headline
from claimrecon.files import atomic_folder
from claimrecon.independence import independent_roots, provenance_of, root_label, root_of
from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    Document,
    Estimate,
    Event,
    Figure,
    FigureClaim,
    Metric,
    Note,
    Place,
    Qualifier,
    Report,
    Source,
    Timeline,
)
from claimrecon.registry import Registry
from claimrecon.rules.engine import EventContext

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ACLED_COLUMNS",
    "CLAIM_COLUMNS",
    "CONTRADICTION_COLUMNS",
    "ESTIMATE_COLUMNS",
    "EVENT_COLUMNS",
    "GED_COLUMNS",
    "TABLES",
    "acled_rows",
    "chart",
    "claim_rows",
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

Claim = FigureClaim | AttributionClaim

CLAIM_COLUMNS = (
    "id",
    "type",
    "doc",
    "start",
    "end",
    "quote",
    "source_name",
    "source_kind",
    "source_chain",
    "metric",
    "subject",
    "low",
    "high",
    "qualifier",
    "figure_text",
    "actor",
    "actor_text",
    "stance",
    "date",
    "date_precision",
    "date_text",
    "event",
    "aggregate",
    "part_of",
    "revision",
    "provisional",
    "confidence",
    "root",
    "root_agency",
    "copies",
    "source_trust",
)
"""The columns of the ``claims`` table, in order. ``root`` is the claim's evidence root (an
agency, or the earliest document carrying its wording), ``copies`` the other documents
that carry it (see :mod:`claimrecon.independence`); ``source_trust`` the trust TruthFinder
learned for its speaker over the report (see :mod:`claimrecon.trust`)."""

EVENT_COLUMNS = (
    "id",
    "kind",
    "date",
    "date_precision",
    "location",
    "target",
    "n_claims",
    "n_documents",
    "n_contradictions",
    "claims",
    "documents",
    "country",
    "division",
    "geonameid",
    "latitude",
    "longitude",
    "actors",
    "low",
    "best",
    "high",
    "wounded_low",
    "wounded_best",
    "wounded_high",
    "number_of_sources",
    "sources",
    "number_of_roots",
    "roots",
    "source_trust",
)
"""The columns of the ``events`` table, in order.

``low``/``best``/``high`` are the event's ``killed`` estimates over everyone (the estimate
for ``people`` when there is one, otherwise the sum over subjects that do not nest in one
another); ``actors`` the perpetrators its attribution claims name; ``sources`` the
distinct speakers of its claims, the outlet's own voice counted by its evidence root (two
reprints of one AP story are one speaker, "AP"); ``roots`` the independent evidence roots
of its claims; ``source_trust`` the mean learned trust of the speakers of its figures."""

CONTRADICTION_COLUMNS = (
    "id",
    "event",
    "rule",
    "kind",
    "severity",
    "metric",
    "subject",
    "sides",
    "claims",
    "explanation",
)
"""The columns of the ``contradictions`` table, in order."""

ESTIMATE_COLUMNS = (
    "event",
    "metric",
    "subject",
    "low",
    "best",
    "high",
    "policy",
    "n_claims",
    "claims",
    "n_sources",
    "sources",
)
"""The columns of the ``estimates`` table, in order; ``sources`` are the independent roots."""

TABLES: Mapping[str, tuple[str, ...]] = {
    "claims": CLAIM_COLUMNS,
    "events": EVENT_COLUMNS,
    "contradictions": CONTRADICTION_COLUMNS,
    "estimates": ESTIMATE_COLUMNS,
    "ged": GED_COLUMNS,
    "acled": ACLED_COLUMNS,
}
"""Every table's name and its columns."""

_LIST_SEP = "; "
_SIDE_SEP = " | "

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


# --- flat rows ---------------------------------------------------------------------------


def _join(items: Iterable[str]) -> str:
    return _LIST_SEP.join(items)


def _chain(source: Source) -> str:
    return _join(s.label for s in source.via)


def _claim_events(report: Report) -> dict[str, str]:
    return {claim_id: event.id for event in report.events for claim_id in event.claims}


def claim_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row a claim, with the columns of :data:`CLAIM_COLUMNS`.

    Cells that do not apply to a claim's type (``actor`` for a figure) are ``None``.
    """
    events = _claim_events(report)
    aggregates = set(report.aggregates)
    provenance = provenance_of(report)
    trust = _claim_trust(report)
    rows = []
    for claim in report.claims:
        row: dict[str, Any] = dict.fromkeys(CLAIM_COLUMNS)
        date = claim.date
        row.update(
            id=claim.id,
            type=claim.type,
            doc=claim.span.doc,
            start=claim.span.start,
            end=claim.span.end,
            quote=claim.quote,
            source_name=claim.source.name,
            source_kind=claim.source.kind.value,
            source_chain=_chain(claim.source),
            date=date.value.isoformat() if date and date.value else None,
            date_precision=date.precision.value if date and date.precision else None,
            date_text=date.text if date else None,
            event=events.get(claim.id),
            aggregate=claim.id in aggregates,
            confidence=claim.confidence,
        )
        traced = provenance.get(claim.id)
        if traced is not None:
            row.update(root=traced.root, root_agency=traced.agency, copies=_join(traced.copies))
        row["source_trust"] = trust.get(claim.id)
        if isinstance(claim, FigureClaim):
            row.update(
                metric=claim.metric.value,
                subject=claim.subject.value,
                low=claim.figure.low,
                high=claim.figure.high,
                qualifier=claim.figure.qualifier.value,
                figure_text=claim.figure.text,
                part_of=claim.part_of,
                revision=claim.revision,
                provisional=claim.provisional,
            )
        else:
            row.update(actor=claim.actor, actor_text=claim.actor_text, stance=claim.stance.value)
        rows.append(row)
    return rows


def event_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row an event, with the columns of :data:`EVENT_COLUMNS`."""
    per_event: dict[str | None, int] = defaultdict(int)
    for contradiction in report.contradictions:
        per_event[contradiction.event] += 1
    claims = {c.id: c for c in report.claims}
    documents = {d.id: d for d in report.documents}
    estimates: dict[str, list[Estimate]] = defaultdict(list)
    for e in report.estimates:
        estimates[e.event].append(e)
    trust = _claim_trust(report)
    rows = []
    for event in report.events:
        members = [claims[c] for c in event.claims if c in claims]
        trusted = [trust[c.id] for c in members if c.id in trust]
        sources = sorted({_root_source_label(report, c, documents) for c in members})
        roots = independent_roots(report, [(c.id, c.span.doc) for c in members])
        low, best, high = headline(estimates[event.id], Metric.KILLED)
        w_low, w_best, w_high = headline(estimates[event.id], Metric.WOUNDED)
        rows.append(
            {
                "id": event.id,
                "kind": event.kind.value,
                "date": event.date.isoformat() if event.date else None,
                "date_precision": event.date_precision.value if event.date_precision else None,
                "location": event.location,
                "target": event.target,
                "n_claims": len(event.claims),
                "n_documents": len(event.documents),
                "n_contradictions": per_event[event.id],
                "claims": _join(event.claims),
                "documents": _join(event.documents),
                **_place_columns(event),
                "actors": _join(
                    sorted({c.actor for c in members if isinstance(c, AttributionClaim)})
                ),
                "low": low,
                "best": best,
                "high": high,
                "wounded_low": w_low,
                "wounded_best": w_best,
                "wounded_high": w_high,
                "number_of_sources": len(sources),
                "sources": _join(sources),
                "number_of_roots": len(roots),
                "roots": _join(roots),
                "source_trust": round(sum(trusted) / len(trusted), 4) if trusted else None,
            }
        )
    return rows


def contradiction_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row a contradiction, with the columns of :data:`CONTRADICTION_COLUMNS`.

    ``sides`` joins each side's claim ids with ``"; "`` and the sides with ``" | "``.
    """
    return [
        {
            "id": c.id,
            "event": c.event,
            "rule": c.rule,
            "kind": c.kind.value,
            "severity": c.severity.value,
            "metric": c.metric.value if c.metric else None,
            "subject": c.subject.value if c.subject else None,
            "sides": _SIDE_SEP.join(_join(side) for side in c.sides),
            "claims": _join(c.claim_ids),
            "explanation": c.explanation,
        }
        for c in report.contradictions
    ]


def estimate_rows(report: Report) -> list[dict[str, Any]]:
    """Return one flat row an estimate, with the columns of :data:`ESTIMATE_COLUMNS`."""
    return [
        {
            "event": e.event,
            "metric": e.metric.value,
            "subject": e.subject.value,
            "low": e.low,
            "best": e.best,
            "high": e.high,
            "policy": e.policy,
            "n_claims": len(e.claims),
            "claims": _join(e.claims),
            "n_sources": len(e.sources),
            "sources": _join(e.sources),
        }
        for e in report.estimates
    ]


def _source_label(source: Source, documents: Mapping[str, Document], doc_id: str) -> str:
    if source.name is None:
        document = documents.get(doc_id)
        if document is not None and document.outlet:
            return f"{document.outlet} (the document)"
        return f"the document {doc_id}"
    return source.label


def _figure_of(claim: FigureClaim) -> str:
    """Show a claim's figure, marked when it is an update or an early count."""
    marks = [m for m, on in (("update", claim.revision), ("provisional", claim.provisional)) if on]
    return _figure(claim.figure) + (f" ({', '.join(marks)})" if marks else "")


def _figure(figure: Figure) -> str:
    """Show a figure as worded, with its interval when the wording is not just the number."""
    q, low, high = figure.qualifier, figure.low, figure.high
    if q is Qualifier.EXACT:
        interval = str(low)
    elif q is Qualifier.ABOUT:
        interval = f"~{low}"
    elif q is Qualifier.AT_LEAST:
        interval = f"{low}+"
    elif q is Qualifier.AT_MOST:
        interval = f"<={high}"
    else:
        interval = f"{low}-{high}"
    text = figure.text.strip()
    return f"{text} [{interval}]" if text and text != interval else interval


def _place_columns(event: Event) -> dict[str, Any]:
    """Return the gazetteer's columns of an event's place (all empty when unresolved)."""
    place = event.place
    return {
        "country": place.country if place else None,
        "division": place.division if place else None,
        "geonameid": place.geonameid if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
    }


def _claim_trust(report: Report) -> dict[str, float]:
    """Return the learned trust of each claim's speaker, for the claims in events."""
    from claimrecon.trust import learned_trust  # the trust module imports the estimates

    learned = learned_trust(report)
    found: dict[str, float] = {}
    for event in report.events:
        ctx = EventContext.build(report, event)
        for claim in ctx.claims:
            value = learned.sources.get(ctx.label(claim))
            if value is not None:
                found[claim.id] = round(value, 4)
    return found


def _root_source_label(report: Report, claim: Claim, documents: Mapping[str, Document]) -> str:
    """Label a claim's speaker; the outlet's own voice is its evidence root's."""
    if claim.source.name is None and provenance_of(report):
        root = root_of(report, claim.id, claim.span.doc)
        if root in documents:
            return _source_label(claim.source, documents, root)
        return f"{root} (the document)"
    return _source_label(claim.source, documents, claim.span.doc)


RowsFunction = Callable[[Report], list[dict[str, Any]]]
"""What makes one table: a report in, its flat rows out."""

table_makers = Registry[RowsFunction](
    "table",
    entries=[
        ("claims", claim_rows),
        ("events", event_rows),
        ("contradictions", contradiction_rows),
        ("estimates", estimate_rows),
        ("ged", ged_rows),
        ("acled", acled_rows),
    ],
)
"""The function that makes each table of :data:`TABLES`, by table name."""


def table_rows(report: Report, *names: str) -> dict[str, list[dict[str, Any]]]:
    """Return the tables named (every table of :data:`TABLES` by default) as flat rows."""
    return {name: table_makers.get(name)(report) for name in names or TABLES}


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


# --- readable reports --------------------------------------------------------------------


def _figure_key(claim: FigureClaim) -> str:
    return f"{claim.metric.value} · {claim.subject.value.replace('_', ' ')}"


class _View:
    """The report regrouped the way a person reads it: event by event."""

    def __init__(self, report: Report):
        self.report = report
        self.claims: dict[str, Claim] = {c.id: c for c in report.claims}
        self.documents = {d.id: d for d in report.documents}
        self.contradictions: dict[str | None, list[Contradiction]] = defaultdict(list)
        for x in report.contradictions:
            self.contradictions[x.event].append(x)
        self.notes: dict[str | None, list[Note]] = defaultdict(list)
        for n in report.notes:
            self.notes[n.event].append(n)
        self.estimates: dict[str, list[Estimate]] = defaultdict(list)
        for e in report.estimates:
            self.estimates[e.event].append(e)
        in_event = {c for event in report.events for c in event.claims}
        aggregates = set(report.aggregates)
        self.aggregates = [self.claims[c] for c in report.aggregates if c in self.claims]
        known_events = {e.id for e in report.events}
        self.orphans = [x for x in report.contradictions if x.event not in known_events]
        self.loose = [c for c in report.claims if c.id not in in_event and c.id not in aggregates]

    def members(self, event: Event) -> list[Claim]:
        return [self.claims[c] for c in event.claims if c in self.claims]

    def source(self, claim: Claim) -> str:
        return _source_label(claim.source, self.documents, claim.span.doc)

    def figures(self, event: Event) -> dict[str, list[tuple[str, FigureClaim]]]:
        """Figure claims by metric and subject, each with its source label."""
        table: dict[str, list[tuple[str, FigureClaim]]] = defaultdict(list)
        for claim in self.members(event):
            if isinstance(claim, FigureClaim):
                table[_figure_key(claim)].append((self.source(claim), claim))
        return dict(table)

    def attributions(self, event: Event) -> list[tuple[str, AttributionClaim]]:
        return [(self.source(c), c) for c in self.members(event) if isinstance(c, AttributionClaim)]

    def describe(self, claim_id: str) -> str:
        claim = self.claims.get(claim_id)
        if claim is None:
            return claim_id
        if isinstance(claim, FigureClaim):
            what = f"{_figure_of(claim)} {_figure_key(claim)}"
        else:
            what = f"{claim.actor} ({claim.stance.value})"
        return f"{self.source(claim)}: {what}, «{_clip(claim.quote)}» [{claim_id}]"

    def event_title(self, event: Event) -> str:
        parts = [event.kind.value, _event_date(event)]
        if event.location:
            parts.append(f"in {event.location}{_where(event.place)}")
        if event.target:
            parts.append(f"target: {event.target}")
        return ", ".join(parts)


def _where(place: Place | None) -> str:
    """Return " (AF, 34.53, 69.17)" for a resolved place, else nothing."""
    if place is None or place.country is None:
        return ""
    if place.latitude is None or place.longitude is None:
        return f" ({place.country})"
    return f" ({place.country}, {place.latitude:.2f}, {place.longitude:.2f})"


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _event_date(event: Event) -> str:
    """Show an event's date no more precisely than it is known."""
    date, precision = event.date, event.date_precision
    if date is None:
        return "undated"
    if precision is None or precision is DatePrecision.DAY:
        return date.isoformat()
    if precision is DatePrecision.YEAR:
        return f"{date.year}"
    shown = f"{date.year}-{date.month:02d}"
    return shown if precision is DatePrecision.MONTH else f"{shown} ({precision.value})"


def _estimate_text(e: Estimate, view: _View | None = None) -> str:
    def show(v: int | None) -> str:
        return "?" if v is None else str(v)

    counted = _count(len(e.claims), "claim")
    if e.sources and view is not None:
        # "3 reports, 1 independent source: Reuters"
        reports = {view.claims[c].span.doc for c in e.claims if c in view.claims}
        names = ", ".join(root_label(view.report, s) for s in e.sources)
        counted += (
            f", {_count(len(reports), 'report')}, "
            f"{_count(len(e.sources), 'independent source')}: {names}"
        )
    return (
        f"{e.metric.value} · {e.subject.value.replace('_', ' ')}: low {show(e.low)}, "
        f"best {show(e.best)}, high {show(e.high)} ({e.policy}, {counted})"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _summary(report: Report) -> str:
    return ", ".join(
        _count(len(items), noun)
        for items, noun in (
            (report.documents, "document"),
            (report.claims, "claim"),
            (report.events, "event"),
            (report.contradictions, "contradiction"),
            (report.estimates, "estimate"),
        )
    )


def to_text(report: Report) -> str:
    """Return the report as plain text a person reads in a terminal.

    Each event with its date, place and target; its figures side by side by source; who
    names whom as the perpetrator; its contradictions with their explanations; its
    estimates; then, briefly, the aggregates and the claims that belong to no event.
    """
    view = _View(report)
    timelines = _timelines_by_event(report)
    out: list[str] = [f"claimrecon report: {_summary(report)}", ""]
    for event in report.events:
        out.append(f"== Event {event.id}")
        out.append(f"   {view.event_title(event)}")
        if event.documents:
            out.append(f"   documents: {', '.join(event.documents)}")
        out.extend(f"   merged: {why}" for why in event.evidence)
        figures = view.figures(event)
        if figures:
            out.append("   Figures:")
            for key, entries in figures.items():
                cells = "  |  ".join(f"{label}: {_figure_of(claim)}" for label, claim in entries)
                out.append(f"     {key:<28} {cells}")
        attributions = view.attributions(event)
        if attributions:
            out.append("   Perpetrator:")
            for label, attribution in attributions:
                out.append(
                    f"     {label}: {attribution.actor} ({attribution.stance.value}), "
                    f"«{_clip(attribution.quote, 60)}»"
                )
        contradictions = view.contradictions.get(event.id, [])
        if contradictions:
            out.append("   Contradictions:")
            for x in contradictions:
                out.extend(_text_contradiction(view, x))
        for note in view.notes.get(event.id, []):
            out.append(f"   Note ({note.rule}): {note.explanation}")
        out.extend(_text_timelines(view, timelines.get(event.id, [])))
        estimates = view.estimates.get(event.id, [])
        if estimates:
            out.append("   Estimates:")
            out.extend(f"     {_estimate_text(e, view)}" for e in estimates)
        out.append("")
    if view.orphans:
        out.append("== Contradictions outside any event")
        for x in view.orphans:
            out.extend(_text_contradiction(view, x))
        out.append("")
    if view.aggregates:
        n = _count(len(view.aggregates), "claim")
        out.append(f"== Aggregates ({n} over a period, in no event)")
        out.extend(f"   {view.describe(c.id)}" for c in view.aggregates)
        out.append("")
    if view.loose:
        out.append(f"== Claims in no event ({len(view.loose)})")
        out.extend(f"   {view.describe(c.id)}" for c in view.loose)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _timelines_by_event(report: Report) -> dict[str, list[Timeline]]:
    found: dict[str, list[Timeline]] = defaultdict(list)
    for timeline in report.timelines:
        found[timeline.event].append(timeline)
    return found


def _text_timelines(view: _View, timelines: Sequence[Timeline]) -> list[str]:
    """Show each source's figures in publication order: "20 (2016-01-15) → 27 (2016-01-16)".

    One text's repeats of a figure are shown once.
    """
    if not timelines:
        return []
    out = ["   Timelines (each source's figures, earliest first):"]
    for timeline in timelines:
        steps: list[str] = []
        for claim_id in timeline.claims:
            claim = view.claims.get(claim_id)
            if not isinstance(claim, FigureClaim):
                continue
            document = view.documents.get(claim.span.doc)
            day = document.published if document is not None else None
            step = f"{_figure_of(claim)} ({day.isoformat() if day else claim.span.doc})"
            if not steps or steps[-1] != step:
                steps.append(step)
        key = f"{timeline.metric.value} · {timeline.subject.value.replace('_', ' ')}"
        out.append(f"     {key:<28} {timeline.source}: {' → '.join(steps)}")
    return out


def _text_contradiction(view: _View, x: Contradiction) -> list[str]:
    lines = [f"     [{x.severity.value}] {x.kind.value} ({x.rule}): {x.explanation}"]
    for i, side in enumerate(x.sides, start=1):
        lines.append(f"       side {i}: " + "; ".join(view.describe(c) for c in side))
    return lines


def _md(text: object) -> str:
    """Escape text for a Markdown table cell or line."""
    s = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for ch in "*_`[]<>#":
        s = s.replace(ch, "\\" + ch)
    return s


def to_markdown(report: Report) -> str:
    """Return the report as Markdown: a section an event, figures in a table by source."""
    view = _View(report)
    out = ["# claimrecon report", "", _summary(report), ""]
    for event in report.events:
        out += [f"## {_md(view.event_title(event))}", "", f"Event `{event.id}`", ""]
        figures = view.figures(event)
        if figures:
            rows = [
                (key, label, _figure_of(claim), claim.quote)
                for key, entries in figures.items()
                for label, claim in entries
            ]
            out += [
                "### Figures",
                "",
                *_md_table(("metric · subject", "source", "figure", "quote"), rows),
                "",
            ]
        attributions = view.attributions(event)
        if attributions:
            rows = [(label, a.actor, a.stance.value, a.quote) for label, a in attributions]
            out += [
                "### Perpetrator",
                "",
                *_md_table(("source", "actor", "stance", "quote"), rows),
                "",
            ]
        contradictions = view.contradictions.get(event.id, [])
        if contradictions:
            out += ["### Contradictions", ""]
            for x in contradictions:
                out.append(
                    f"- **{x.severity.value}** {x.kind.value} (`{x.rule}`): {_md(x.explanation)}"
                )
                for i, side in enumerate(x.sides, start=1):
                    out.append(f"    - side {i}: " + "; ".join(_md(view.describe(c)) for c in side))
            out.append("")
        notes = view.notes.get(event.id, [])
        if notes:
            out += ["### Notes", ""]
            out += [f"- `{n.rule}`: {_md(n.explanation)}" for n in notes]
            out.append("")
        estimates = view.estimates.get(event.id, [])
        if estimates:
            header = ("metric", "subject", "low", "best", "high", "policy")
            numbers: list[Sequence[object]] = [
                (e.metric.value, e.subject.value, e.low, e.best, e.high, e.policy)
                for e in estimates
            ]
            out += ["### Estimates", "", *_md_table(header, numbers), ""]
    if view.orphans:
        out += ["## Contradictions outside any event", ""]
        out += [f"- **{x.severity.value}** {_md(x.explanation)}" for x in view.orphans]
        out.append("")
    if view.aggregates:
        out += ["## Aggregates", ""]
        out += [f"- {_md(view.describe(c.id))}" for c in view.aggregates]
        out.append("")
    if view.loose:
        out += ["## Claims in no event", ""]
        out += [f"- {_md(view.describe(c.id))}" for c in view.loose]
        out.append("")
    return "\n".join(out)


def _md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Return the lines of a Markdown table, every cell escaped, ``None`` as empty."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join("" if c is None else _md(c) for c in row) + " |")
    return lines


@functools.lru_cache(maxsize=1)
def _templates() -> jinja2.Environment:
    """Return the template environment: HTML escaped throughout, templates in the package."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimrecon", "templates"),
        autoescape=jinja2.select_autoescape(("html.j2",)),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def chart(report: Report, contradiction: Contradiction) -> Markup:
    """Return the interval chart drawn for a contradiction in the HTML report.

    The HTML template puts it in the contradiction's ``chart`` slot, unescaped: only
    markup the library draws itself may go there (:mod:`claimrecon.charts` escapes every
    text it draws).
    """
    return Markup(contradiction_chart(report, contradiction))


def _documents_table(view: _View, ids: Iterable[str]) -> list[tuple[Any, ...]]:
    return [
        (
            d.id,
            d.outlet,
            d.title,
            d.published.isoformat() if d.published else None,
        )
        for d in (view.documents[i] for i in ids if i in view.documents)
    ]


def _html_event(view: _View, event: Event) -> dict[str, Any]:
    """Return what the HTML template shows of one event."""
    return {
        "id": event.id,
        "title": view.event_title(event),
        "documents": [_document_label(view, d) for d in event.documents],
        "evidence": event.evidence,
        "figures": [
            (key, label, _figure_of(claim), claim.quote)
            for key, entries in view.figures(event).items()
            for label, claim in entries
        ],
        "attributions": [
            (label, a.actor, a.stance.value, a.quote) for label, a in view.attributions(event)
        ],
        "contradictions": [
            _html_contradiction(view, x) for x in view.contradictions.get(event.id, [])
        ],
        "notes": [(n.rule, n.explanation) for n in view.notes.get(event.id, [])],
        "estimates": [
            (e.metric.value, e.subject.value, e.low, e.best, e.high, e.policy)
            for e in view.estimates.get(event.id, [])
        ],
    }


def _document_label(view: _View, doc_id: str) -> str:
    """Name a document by its outlet and date when it has them: "d1 (Reuters, 2017-07-31)"."""
    document = view.documents.get(doc_id)
    if document is None:
        return doc_id
    about = [
        x for x in (document.outlet, document.published and document.published.isoformat()) if x
    ]
    return f"{doc_id} ({', '.join(about)})" if about else doc_id


def _html_contradiction(view: _View, x: Contradiction) -> dict[str, Any]:
    return {
        "severity": x.severity.value,
        "kind": x.kind.value,
        "rule": x.rule,
        "explanation": x.explanation,
        "sides": [[view.describe(c) for c in side] for side in x.sides],
        "chart": chart(view.report, x),
    }


def to_html(report: Report, *, title: str = "claimrecon report") -> str:
    """Return the report as one self-contained HTML page (inline style, no scripts).

    Rendered from the package's Jinja2 template ``report.html.j2``: the documents with
    their outlets, titles and dates, then event by event. All text from the documents is
    escaped.
    """
    view = _View(report)
    page = (
        _templates()
        .get_template("report.html.j2")
        .render(
            title=title,
            summary=_summary(report),
            documents=_documents_table(view, view.documents),
            events=[_html_event(view, event) for event in report.events],
            orphans=[_html_contradiction(view, x) for x in view.orphans],
            aggregates=[view.describe(c.id) for c in view.aggregates],
            loose=[view.describe(c.id) for c in view.loose],
        )
    )
    return page.rstrip("\n") + "\n"


SUMMARY_ROWS = 20
"""How many events the notebook summary of a report shows."""


def summary_html(report: Report) -> str:
    """Return a compact HTML table of a report's events: what a notebook shows of it.

    One row an event (the first :data:`SUMMARY_ROWS`): its kind, date and place, the
    killed over everyone, and how many contradictions and estimates it has.
    """
    view = _View(report)
    estimates: dict[str, list[Estimate]] = view.estimates
    rows = []
    for event in report.events[:SUMMARY_ROWS]:
        low, best, high = headline(estimates.get(event.id, []), Metric.KILLED)
        killed = " / ".join("?" if v is None else str(v) for v in (low, best, high))
        rows.append(
            (
                event.id,
                event.kind.value,
                _event_date(event),
                event.location,
                killed if (low, best, high) != (None, None, None) else None,
                len(view.contradictions.get(event.id, [])),
                len(estimates.get(event.id, [])),
            )
        )
    return (
        _templates()
        .get_template("summary.html.j2")
        .render(
            summary=_summary(report), events=rows, more=max(0, len(report.events) - SUMMARY_ROWS)
        )
    )


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
