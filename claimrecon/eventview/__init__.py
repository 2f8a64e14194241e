"""The per-event view of claims, below the rules and the estimates that both read it.

:class:`EventView` is one event seen from inside (its claims, the lexicon, the tolerance,
and the helpers that read time, scope and speakers); :mod:`.scope` reads whether a figure
counts the event's whole toll or a part of it, and :mod:`.sites` which site mentions name
one place.

May import: the modules of :mod:`claimrecon.eventview`, and models, vocab, wording and
connected.
"""

from __future__ import annotations

from claimrecon.eventview.scope import WHOLE, Scope, read_scopes
from claimrecon.eventview.view import AnyClaim, EventView, ReportIndex, is_unnamed_part

__all__ = [
    "WHOLE",
    "AnyClaim",
    "EventView",
    "ReportIndex",
    "Scope",
    "is_unnamed_part",
    "read_scopes",
]
