"""Claims to events.

PLACEHOLDER until the events issue lands: makes no events.
"""

from __future__ import annotations

from claimrecon.models import Report

__all__ = ["group_events"]


def group_events(report: Report) -> Report:
    """Return ``report`` with its claims grouped into events."""
    return report
