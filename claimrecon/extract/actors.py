"""Attribution claims: who is named as the perpetrator, with what stance.

PLACEHOLDER until the extraction issue lands: finds no attribution.
"""

from __future__ import annotations

from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.models import AttributionClaim

__all__ = ["find_attributions"]


def find_attributions(ctx: DocContext, sentence: Sentence) -> list[AttributionClaim]:
    """Return the attribution claims made in ``sentence``."""
    return []
