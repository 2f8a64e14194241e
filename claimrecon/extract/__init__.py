"""Text to claims: figures, sources, attributions and dates.

PLACEHOLDER until the extraction issue lands: returns no claims.
"""

from __future__ import annotations

from claimrecon.models import AttributionClaim, Document, FigureClaim
from claimrecon.vocab import Lexicon

__all__ = ["extract"]


def extract(
    document: Document, lexicon: Lexicon | None = None
) -> list[FigureClaim | AttributionClaim]:
    """Return the claims in ``document``."""
    return []
