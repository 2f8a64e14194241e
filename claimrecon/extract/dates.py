"""Event dates: resolve the date expressions of a claim's context against publication.

PLACEHOLDER until the extraction issue lands: resolves nothing.
"""

from __future__ import annotations

from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.models import DateRef

__all__ = ["resolve_date"]


def resolve_date(ctx: DocContext, sentence: Sentence) -> DateRef | None:
    """Return the event date that applies to claims in ``sentence``, if the text gives one."""
    return None
