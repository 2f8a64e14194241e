"""Who asserts a claim: reporting verbs, source nouns and their kinds.

PLACEHOLDER until the extraction issue lands: every claim is the document's own voice.
"""

from __future__ import annotations

from claimrecon.extract.segment import DocContext
from claimrecon.models import Source, SourceKind

__all__ = ["find_source"]


def find_source(ctx: DocContext, start: int, end: int) -> Source:
    """Return who asserts the claim read at ``ctx.text[start:end]``."""
    return Source(kind=SourceKind.MEDIA)
