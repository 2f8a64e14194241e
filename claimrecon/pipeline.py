"""The whole job in one call: documents in, report out.

Each stage is also a function of its own, taking and returning a :class:`Report`, for
people who embed only part of it::

    extract ─▶ group_events ─▶ resolve_groups ─▶ trace_roots ─▶ find_contradictions ─▶ estimate

May import: the stages it runs (extract, events, independence, rules, estimates), and the
errors, files, models and vocab modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sized
from typing import Literal

from claimrecon.errors import AnalysisError, ClaimreconError, DocumentError
from claimrecon.estimates import default_policies, estimate
from claimrecon.events import group_events
from claimrecon.extract import extract, resolve_groups
from claimrecon.files import DEFAULT_LIMITS, Limits
from claimrecon.independence import trace_roots
from claimrecon.models import ABOUT_TOLERANCE, Claim, Document, Report, Skipped, Tolerance
from claimrecon.rules import default_registry, find_contradictions, load_plugins
from claimrecon.vocab import Lexicon

__all__ = ["STAGES", "OnError", "Progress", "analyze", "extract_report"]

logger = logging.getLogger(__name__)

OnError = Literal["raise", "skip", "collect"]
"""What :func:`analyze` does with a document it cannot analyse.

- ``"raise"``: raise the error at once; nothing is returned.
- ``"skip"``: leave the document out, record it in :attr:`Report.skipped`, go on.
- ``"collect"``: as ``"skip"``, then raise :class:`~claimrecon.errors.AnalysisError`,
  which holds the report of the others, if any document was left out.
"""

_ON_ERROR = ("raise", "skip", "collect")


def extract_report(
    documents: Iterable[Document],
    lexicon: Lexicon | None = None,
    *,
    limits: Limits | None = None,
    on_error: OnError = "raise",
) -> Report:
    """Return a report holding the documents and the claims extracted from them.

    Raises:
        DocumentError: If two documents share an id (whatever ``on_error`` says), or,
            with ``on_error="raise"``, if a document is over ``limits.max_document_chars``
            or cannot be read.
    """
    _check_on_error(on_error)
    lexicon = lexicon or Lexicon.default()
    limits = limits or DEFAULT_LIMITS
    docs: list[Document] = []
    claims: list[Claim] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    # One document at a time, so a caller's iterator (a reader, a progress counter) is
    # consumed as extraction goes rather than all at once before it.
    for number, doc in enumerate(documents):
        if doc.id in seen:
            raise DocumentError(
                f"document id used twice (again by document number {number + 1})", where=doc.id
            )
        seen.add(doc.id)
        try:
            _check_length(doc, limits)
            found = extract(doc, lexicon)
        except Exception as exc:
            if on_error == "raise":
                raise
            skipped.append(Skipped(document=doc.id, stage="extract", error=_describe(exc)))
            continue
        docs.append(doc)
        claims.extend(found)
    return Report(documents=tuple(docs), claims=tuple(claims), skipped=tuple(skipped))


Progress = Callable[[str, int, int], None]
"""A progress callback: called with a stage's name, how much of it is done, and its size.

:func:`analyze` calls it with ``("extract", n, total)`` after each document (``total`` is
0 when the documents come from an iterator of unknown length), then with
``(stage, 0, 1)`` before and ``(stage, 1, 1)`` after each of :data:`STAGES`.
"""

STAGES = ("events", "roots", "rules", "estimates")
"""The stages after extraction, in the order :func:`analyze` runs them."""


def analyze(
    documents: Iterable[Document],
    *,
    lexicon: Lexicon | None = None,
    policy: str = "ucdp",
    rules: Iterable[str] | None = None,
    disable: Iterable[str] = (),
    tolerance: Tolerance = ABOUT_TOLERANCE,
    limits: Limits | None = None,
    on_error: OnError = "raise",
    progress: Progress | None = None,
) -> Report:
    """Run the whole job: extract, group into events, trace roots, flag contradictions, estimate.

    Args:
        documents: The documents to read.
        lexicon: The lexicon to extract with; the built-in one by default.
        policy: The name of an estimation policy in the registry (see
            :func:`~claimrecon.estimates.estimate`): ``ucdp`` by default.
        rules: The names of the rules to run; the registry's enabled rules by default.
        disable: Names of rules not to run this time.
        tolerance: How far an ``about`` figure may stray, for the rules and the estimates.
        limits: Size limits; a longer document is an error (see :data:`OnError`).
        on_error: What to do with a document that cannot be analysed (:data:`OnError`).
        progress: Told how far each stage has gone (:data:`Progress`).

    Raises:
        AnalysisError: With ``on_error="collect"``, after the run, if documents were left
            out; its ``report`` holds the rest.
        UnknownRuleError: If a name in ``rules`` or ``disable`` is not registered.
        UnknownPolicyError: If no policy has the name ``policy``.

    Example:
        >>> from claimrecon import Document, analyze
        >>> report = analyze([Document(id="d1", text="Nothing happened.")])
        >>> report.documents[0].id
        'd1'
        >>> analyze([], disable=["figure-disagreement"], tolerance=Tolerance(relative=0.1))
        Report(0 documents, 0 claims, 0 events, 0 contradictions, 0 estimates)
    """
    # Names are checked before the first document is read, not after the last.
    rules = None if rules is None else tuple(rules)
    disable = tuple(disable)
    load_plugins()
    default_registry.select(rules, disable)
    default_policies.get(policy)
    tell = progress or _silent
    report = extract_report(_counted(documents, tell), lexicon, limits=limits, on_error=on_error)
    logger.info("extracted %d claims from %d documents", len(report.claims), len(report.documents))
    tell("events", 0, 1)
    # An event's names are read together once it is grouped: one group, one name.
    report = _isolated(
        lambda r: resolve_groups(group_events(r, lexicon=lexicon), lexicon),
        "events",
        report,
        on_error,
    )
    tell("events", 1, 1)
    tell("roots", 0, 1)
    report = trace_roots(report)
    tell("roots", 1, 1)
    tell("rules", 0, 1)
    report = find_contradictions(
        report,
        rules=rules,
        disable=disable,
        tolerance=tolerance,
        lexicon=lexicon,
    )
    tell("rules", 1, 1)
    tell("estimates", 0, 1)
    report = estimate(report, policy=policy, tolerance=tolerance, lexicon=lexicon)
    tell("estimates", 1, 1)
    logger.info(
        "%d events, %d contradictions, %d estimates",
        len(report.events),
        len(report.contradictions),
        len(report.estimates),
    )
    if on_error == "collect" and report.skipped:
        raise AnalysisError(report)
    return report


def _silent(stage: str, done: int, total: int) -> None:
    """Take no notice of progress."""


def _counted(documents: Iterable[Document], tell: Progress) -> Iterator[Document]:
    """Yield the documents, telling ``tell`` after each one."""
    total = len(documents) if isinstance(documents, Sized) else 0
    for number, document in enumerate(documents, start=1):
        yield document
        tell("extract", number, total)


def _check_on_error(on_error: str) -> None:
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(_ON_ERROR)}, not {on_error!r}")


def _check_length(doc: Document, limits: Limits) -> None:
    if len(doc.text) > limits.max_document_chars:
        raise DocumentError(
            f"document longer than the limit of {limits.max_document_chars} characters",
            where=doc.id,
        )


def _describe(exc: Exception) -> str:
    """Return an error as one line, with its type when it is not one of ours."""
    text = str(exc) if isinstance(exc, ClaimreconError) else f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())


def _isolated(
    stage: Callable[[Report], Report], name: str, report: Report, on_error: OnError
) -> Report:
    """Run a per-document stage; if it fails, find the documents it fails on and drop them.

    The search costs one run a document, and is only made when the whole run fails.
    """
    if on_error == "raise":
        return stage(report)
    try:
        return stage(report)
    except Exception:
        failed: list[Skipped] = []
        for doc in report.documents:
            try:
                stage(_only(report, {doc.id}))
            except Exception as exc:
                failed.append(Skipped(document=doc.id, stage=name, error=_describe(exc)))
        if not failed:
            raise  # it fails only on documents together: not one document's fault
    gone = {s.document for s in failed}
    kept = _only(report, {d.id for d in report.documents} - gone)
    return stage(kept.model_copy(update={"skipped": report.skipped + tuple(failed)}))


def _only(report: Report, ids: set[str]) -> Report:
    """Return the documents of ``report`` in ``ids`` with their claims (before grouping)."""
    return report.model_copy(
        update={
            "documents": tuple(d for d in report.documents if d.id in ids),
            "claims": tuple(c for c in report.claims if c.span.doc in ids),
        }
    )
