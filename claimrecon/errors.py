"""Exceptions raised by claimrecon.

Contradictions found in the data are never exceptions: they are findings in the report.
Exceptions are for misuse of the API and for input that cannot be read. pydantic's
``ValidationError`` passes through unwrapped when a model is given bad values.

The tree::

    ClaimreconError
     ├── InputError            bad input data; names the document or file and the place
     │    ├── DocumentError     a document that cannot be analysed (names its id)
     │    │    └── AnalysisError  documents skipped under on_error="collect" (holds the report)
     │    ├── GoldFormatError   a claimrecon-gold/1 file that does not follow GOLD.md
     │    └── StoreError        a file that is no claimrecon store, or one too new to read
     ├── LexiconError          a lexicon data file that does not validate
     └── RegistryError         misuse of a registry of named things (claimrecon.registry)
          ├── DuplicateNameError  a name registered twice
          ├── UnknownNameError    a name nobody registered (lists the known ones; a KeyError)
          ├── RuleError             misuse of the rules registry
          │    ├── DuplicateRuleError  a rule name registered twice
          │    └── UnknownRuleError    a rule name nobody registered
          └── PolicyError           misuse of the estimation policies
               ├── DuplicatePolicyError  a policy name registered twice
               └── UnknownPolicyError    a policy name nobody registered

May import: nothing of the package (the models in type hints only).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimrecon.models import Report

__all__ = [
    "AnalysisError",
    "ClaimreconError",
    "DocumentError",
    "DuplicateNameError",
    "DuplicatePolicyError",
    "DuplicateRuleError",
    "GoldFormatError",
    "InputError",
    "LexiconError",
    "PolicyError",
    "RegistryError",
    "RuleError",
    "StoreError",
    "UnknownNameError",
    "UnknownPolicyError",
    "UnknownRuleError",
]


class ClaimreconError(Exception):
    """Base class of every exception claimrecon raises on purpose."""


class InputError(ClaimreconError):
    """Input data that cannot be read.

    Args:
        message: What is wrong.
        where: The document id, file name or path that holds the problem.
        place: Where inside it (a line, a key, a character offset), if known.
    """

    def __init__(self, message: str, *, where: str | None = None, place: str | None = None):
        self.message = message
        self.where = where
        self.place = place
        super().__init__(str(self))

    def __str__(self) -> str:
        location = ": ".join(part for part in (self.where, self.place) if part)
        return f"{location}: {self.message}" if location else self.message


class DocumentError(InputError):
    """A document that cannot be analysed."""


class AnalysisError(DocumentError):
    """Some documents could not be analysed; the others were (``on_error="collect"``).

    Attributes:
        report: The report of the documents that could be analysed; its ``skipped``
            lists the others and why.
    """

    def __init__(self, report: Report):
        self.report = report
        first = report.skipped[0]
        others = len(report.skipped) - 1
        more = f" (and {others} more document{'s' if others > 1 else ''})" if others else ""
        super().__init__(f"{first.error}{more}", where=first.document)


class GoldFormatError(InputError):
    """A ``claimrecon-gold/1`` file that does not follow the format."""


class LexiconError(ClaimreconError):
    """A lexicon data file that does not validate."""


class StoreError(InputError):
    """A file that is not a claimrecon store, or whose schema is newer than this claimrecon."""


class RegistryError(ClaimreconError):
    """Misuse of a registry of named things: rules, policies, tables, output formats."""


class DuplicateNameError(RegistryError):
    """A name was registered twice in one registry."""


class UnknownNameError(RegistryError, KeyError):
    """A name nobody registered; the message lists the names that are.

    Args:
        name: The unknown name.
        known: The names that are registered.
    """

    what = "name"

    def __init__(self, name: str, known: Iterable[str]):
        self.name = name
        self.known = sorted(known)
        super().__init__(name)

    def __str__(self) -> str:
        known = ", ".join(self.known) or "(none)"
        return f"unknown {self.what} {self.name!r}; known: {known}"


class RuleError(RegistryError):
    """Misuse of the rules registry."""


class DuplicateRuleError(RuleError, DuplicateNameError):
    """A rule name was registered twice."""


class UnknownRuleError(RuleError, UnknownNameError):
    """A rule name that nobody registered."""

    what = "rule"


class PolicyError(RegistryError):
    """Misuse of the estimation policies."""


class DuplicatePolicyError(PolicyError, DuplicateNameError):
    """A policy name was registered twice."""


class UnknownPolicyError(PolicyError, UnknownNameError):
    """A policy name that nobody registered."""

    what = "estimation policy"
