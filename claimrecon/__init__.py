"""claimrecon: who claims what about violent events, and where the sources disagree.

May import: any module of the package: it is the top.

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
    DuplicateNameError,
    DuplicatePolicyError,
    DuplicateRuleError,
    GoldFormatError,
    InputError,
    LexiconError,
    PolicyError,
    RegistryError,
    RuleError,
    StoreError,
    UnknownNameError,
    UnknownPolicyError,
    UnknownRuleError,
)
from claimrecon.estimates import PolicyContext, default_policies, estimate, policy
from claimrecon.events import group_events
from claimrecon.exports import (
    acled_rows,
    from_json,
    from_jsonl,
    ged_rows,
    iter_jsonl,
    to_csv,
    to_html,
    to_json,
    to_markdown,
    to_pandas,
    to_text,
    write_csv,
)
from claimrecon.extract import extract, resolve_groups
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
from claimrecon.registry import Registry
from claimrecon.rules import (
    EventContext,
    RuleRegistry,
    default_registry,
    find_contradictions,
    rule,
)
from claimrecon.store import IngestResult, Store
from claimrecon.vocab import Lexicon

__version__ = "0.1.0"

# The public names one line a first letter (a longer letter runs on), so that adding one
# changes one line; test_public_api.py checks them against the imports above.
__all__ = [
    "AnalysisError", "AttributionClaim",
    "Claim", "ClaimreconError", "Contradiction",
    "DatePrecision", "DateRef", "Document", "DocumentError", "DuplicateNameError",
    "DuplicatePolicyError", "DuplicateRuleError",
    "Estimate", "Event", "EventContext", "EventKind",
    "Figure", "FigureClaim", "FindingKind",
    "GoldFormatError",
    "IngestResult", "InputError",
    "Lexicon", "LexiconError", "Limits",
    "Metric",
    "Note",
    "Place", "PolicyContext", "PolicyError",
    "Qualifier",
    "Registry", "RegistryError", "Report", "RuleError", "RuleRegistry",
    "Severity", "Skipped", "Source", "SourceKind", "Span", "Stance", "Store", "StoreError",
    "Subject",
    "Timeline", "Tolerance",
    "UnknownNameError", "UnknownPolicyError", "UnknownRuleError",
    "__version__",
    "acled_rows", "analyze",
    "default_policies", "default_registry", "documents_from_texts",
    "estimate", "exports", "extract", "extract_report",
    "find_contradictions", "from_json", "from_jsonl",
    "ged_rows", "group_events",
    "independence", "iter_jsonl",
    "policy",
    "read_documents", "read_gold", "resolve_groups", "rule",
    "score",
    "to_csv", "to_html", "to_json", "to_markdown", "to_pandas", "to_text", "trust",
    "write_csv", "write_gold",
]  # fmt: skip
