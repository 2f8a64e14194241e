"""Low, best and high estimates per event, metric and subject.

PLACEHOLDER until the rules issue lands: estimates nothing.
"""

from __future__ import annotations

from claimrecon.models import Report

__all__ = ["estimate"]


def estimate(report: Report, policy: str = "ucdp") -> Report:
    """Return ``report`` with estimates under ``policy``."""
    return report
