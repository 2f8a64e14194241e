"""claimrecon: who claims what about violent events, and where the sources disagree.

Example:
    >>> import claimrecon
    >>> report = claimrecon.analyze([claimrecon.Document(id="d1", text="No one was hurt.")])
    >>> isinstance(report, claimrecon.Report)
    True
"""

from claimrecon import exports, independence, trust
from claimrecon.errors import (
    AnalysisError,
    ClaimreconError,
    DocumentError,
    DuplicatePolicyError,
    DuplicateRuleError,
    GoldFormatError,
    InputError,
    LexiconError,
    PolicyError,
    RuleError,
    StoreError,
    UnknownPolicyError,
    UnknownRuleError,
)
from claimrecon.estimates import estimate, policy
from claimrecon.events import group_events
from claimrecon.extract import extract
from claimrecon.files import Limits
from claimrecon.gold import read_gold, score, write_gold
from claimrecon.io import documents_from_texts, read_documents
from claimrecon.models import (
    AttributionClaim,
    Claim,
    Contradiction,
    DatePrecision,
    DateRef,
    Document,
    Estimate,
    Event,
    EventKind,
    Figure,
    FigureClaim,
    FindingKind,
    Metric,
    Note,
    Place,
    Qualifier,
    Report,
    Severity,
    Skipped,
    Source,
    SourceKind,
    Span,
    Stance,
    Subject,
    Timeline,
    Tolerance,
)
from claimrecon.pipeline import analyze, extract_report
from claimrecon.rules import EventContext, RuleRegistry, find_contradictions, rule
from claimrecon.store import IngestResult, Store
from claimrecon.vocab import Lexicon

__version__ = "0.1.0"

__all__ = [
    "AnalysisError",
    "AttributionClaim",
    "Claim",
    "ClaimreconError",
    "Contradiction",
    "DatePrecision",
    "DateRef",
    "Document",
    "DocumentError",
    "DuplicatePolicyError",
    "DuplicateRuleError",
    "Estimate",
    "Event",
    "EventContext",
    "EventKind",
    "Figure",
    "FigureClaim",
    "FindingKind",
    "GoldFormatError",
    "IngestResult",
    "InputError",
    "Lexicon",
    "LexiconError",
    "Limits",
    "Metric",
    "Note",
    "Place",
    "PolicyError",
    "Qualifier",
    "Report",
    "RuleError",
    "RuleRegistry",
    "Severity",
    "Skipped",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "Store",
    "StoreError",
    "Subject",
    "Timeline",
    "Tolerance",
    "UnknownPolicyError",
    "UnknownRuleError",
    "__version__",
    "analyze",
    "documents_from_texts",
    "estimate",
    "exports",
    "extract",
    "extract_report",
    "find_contradictions",
    "group_events",
    "independence",
    "policy",
    "read_documents",
    "read_gold",
    "rule",
    "score",
    "trust",
    "write_gold",
]
