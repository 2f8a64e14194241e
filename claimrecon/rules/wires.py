"""A rule about wire copies: an outlet that changed the wire's figure.

Two reprints of one wire cannot disagree unless one of them edited the figure (or printed
another version of the wire). The copied passages found by
:func:`claimrecon.independence.trace_roots` say which claims stand at the same place in
the same wording; this rule notes those whose figures differ. Without traced passages it
finds nothing.

May import: :mod:`.engine` and :mod:`.registry`, and the independence, wording, vocab and
models modules.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimrecon.independence import passages_of, provenance_of, root_label
from claimrecon.models import CopiedPassage, FigureClaim, Note
from claimrecon.rules.engine import EventContext
from claimrecon.rules.registry import rule
from claimrecon.wording import figure_words, participle, subject_words

__all__ = ["wire_edit"]

_SLACK = 40
"""How many characters apart two claims may sit in their copies of a passage (an edit
such as "40" to "forty-five" shifts the wording that follows)."""


@rule("wire-edit", kind="figure", severity="soft")
def wire_edit(ctx: EventContext) -> Iterator[Note]:
    """Note an outlet that changed the figure of a wire copy it shares with another."""
    by_doc = passages_of(ctx.report)
    figures = ctx.figures
    of_doc: dict[str, list[FigureClaim]] = {}
    for claim in figures:
        of_doc.setdefault(claim.span.doc, []).append(claim)
    here = [p for d in sorted(of_doc) for p in by_doc.get(d, ()) if p.second.doc in of_doc]
    for passage in here:
        # Only the two copies' own figures can stand in the passage: every figure of the
        # event against every other, for each passage, was cubic in the event's figures.
        for a in of_doc[passage.first.doc]:
            for b in of_doc[passage.second.doc]:
                if _same_place(passage, a, b) and ctx.bounds(a) != ctx.bounds(b):
                    yield _note(ctx, a, b)


def _same_place(passage: CopiedPassage, a: FigureClaim, b: FigureClaim) -> bool:
    """Say whether two claims of one metric and subject stand at one place of a passage."""
    first, second = passage.first, passage.second
    if a.span.doc != first.doc or b.span.doc != second.doc:
        return False
    if a.metric is not b.metric or a.subject is not b.subject:
        return False
    inside = first.start <= a.span.start < first.end and second.start <= b.span.start < second.end
    offset_a, offset_b = a.span.start - first.start, b.span.start - second.start
    return inside and abs(offset_a - offset_b) <= _SLACK


def _note(ctx: EventContext, a: FigureClaim, b: FigureClaim) -> Note:
    """Say who changed whose figure: the copy changed the original, when one is known."""
    found = provenance_of(ctx.report).get(a.id)
    root = found.root if found is not None else a.span.doc
    original, edited = (b, a) if root == b.span.doc else (a, b)
    day_o, day_e = ctx.published(original), ctx.published(edited)
    if root not in (a.span.doc, b.span.doc) and day_o and day_e and day_e < day_o:
        original, edited = edited, original  # of two reprints, the later one edited
    wire = root_label(ctx.report, root)
    what = f"{subject_words(a.subject)} {participle(a.metric)}"
    return ctx.note(
        [original.id, edited.id],
        f"{_outlet(ctx, edited)} changed {wire}'s {figure_words(original.figure)} to "
        f"{figure_words(edited.figure)} ({what}) in the same copy that {_outlet(ctx, original)} "
        "printed: one voice edited, not two sources disagreeing (or another version of "
        "the wire).",
    )


def _outlet(ctx: EventContext, claim: FigureClaim) -> str:
    for document in ctx.report.documents:
        if document.id == claim.span.doc:
            return document.outlet or document.id
    return claim.span.doc
