"""The ``claimrecon`` command line: a thin layer over the Python API.

Exit codes: 0 done; 2 usage or input errors, with a one-line message and no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from claimrecon.errors import ClaimreconError
from claimrecon.io import read_documents
from claimrecon.models import Report
from claimrecon.pipeline import analyze

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimrecon",
        description="Extract who claims what about violent events and flag contradictions.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze_cmd = commands.add_parser(
        "analyze", help="analyse text files, folders and JSON Lines files"
    )
    analyze_cmd.add_argument("paths", nargs="+", metavar="PATH")
    analyze_cmd.add_argument("--format", choices=["text", "json"], default="text")
    analyze_cmd.set_defaults(run=_analyze)

    schema_cmd = commands.add_parser("schema", help="print the JSON Schema of the report")
    schema_cmd.set_defaults(run=_schema)
    return parser


def _analyze(args: argparse.Namespace) -> int:
    report = analyze(read_documents(args.paths))
    if args.format == "json":
        print(report.model_dump_json(indent=2))
        return 0
    for document in report.documents:
        claims = [c for c in report.claims if c.span.doc == document.id]
        published = document.published.isoformat() if document.published else "undated"
        print(f"{document.id}  {published}  {document.title or ''}  ({len(claims)} claims)")
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(Report.model_json_schema(), indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = _build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except ClaimreconError as exc:
        print(f"claimrecon: error: {exc}", file=sys.stderr)
        return 2
    return code
