"""The whole job in one call: documents in, report out.

Each stage is also a function of its own, taking and returning a :class:`Report`, for
people who embed only part of it::

    extract ─▶ group_events ─▶ trace_roots ─▶ find_contradictions ─▶ estimate
"""

from __future__ import annotations

from collections.abc import Iterable

from claimrecon.estimates import estimate
from claimrecon.events import group_events
from claimrecon.extract import extract
from claimrecon.independence import trace_roots
from claimrecon.models import Claim, Document, Report
from claimrecon.rules import find_contradictions
from claimrecon.vocab import Lexicon

__all__ = ["analyze", "extract_report"]


def extract_report(documents: Iterable[Document], lexicon: Lexicon | None = None) -> Report:
    """Return a report holding the documents and the claims extracted from them."""
    lexicon = lexicon or Lexicon.default()
    docs: list[Document] = []
    claims: list[Claim] = []
    # One document at a time, so a caller's iterator (a reader, a progress counter) is
    # consumed as extraction goes rather than all at once before it.
    for doc in documents:
        docs.append(doc)
        claims.extend(extract(doc, lexicon))
    return Report(documents=tuple(docs), claims=tuple(claims))


def analyze(
    documents: Iterable[Document],
    *,
    lexicon: Lexicon | None = None,
    policy: str = "ucdp",
) -> Report:
    """Run the whole job: extract, group into events, trace roots, flag contradictions, estimate.

    Args:
        documents: The documents to read.
        lexicon: The lexicon to extract with; the built-in one by default.
        policy: The estimation policy (see :mod:`claimrecon.estimates`).

    Example:
        >>> from claimrecon import Document, analyze
        >>> report = analyze([Document(id="d1", text="Nothing happened.")])
        >>> report.documents[0].id
        'd1'
    """
    report = extract_report(documents, lexicon)
    report = group_events(report, lexicon=lexicon)
    report = trace_roots(report)
    report = find_contradictions(report, lexicon=lexicon)
    return estimate(report, policy=policy, lexicon=lexicon)
