"""The rules engine.

PLACEHOLDER until the rules issue lands: finds nothing.
"""

from __future__ import annotations

from claimrecon.models import Report

__all__ = ["find_contradictions"]


def find_contradictions(report: Report) -> Report:
    """Return ``report`` with the findings of the enabled rules."""
    return report
