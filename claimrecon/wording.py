"""How figures, qualifiers, metrics, subjects and sources are phrased for a reader.

One place for the words of explanations, reports and charts: a figure as a number phrase
("about 10", "at least 101") or in short ("~10", "101+"), a metric as a predicate ("were
killed") or a participle ("killed"), a subject as a noun phrase, a speaker's name and the
verb that agrees with it.

May import: the models module only, whose values it phrases.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from claimrecon.models import Document, Figure, FigureClaim, Metric, Qualifier, Source, Subject

__all__ = [
    "EARLIER_TELLING",
    "agree",
    "figure_key",
    "figure_text",
    "figure_words",
    "head_word",
    "interval_text",
    "metric_key",
    "metric_words",
    "participle",
    "plural_name",
    "source_label",
    "subject_words",
]

EARLIER_TELLING = re.compile(
    r"\b(?:initial(?:ly)?|at first|first|earlier|previous(?:ly)?|prior)\b", re.I
)
"""Words before a figure that date its telling before its report: "initially said 100"."""

_METRIC_PHRASE = {
    Metric.KILLED: "were killed",
    Metric.WOUNDED: "were wounded",
    Metric.CASUALTIES: "were killed or wounded",
    Metric.COUNT: "took part",
    Metric.ARRESTED: "were arrested",
    Metric.MISSING: "are missing",
    Metric.DISPLACED: "were displaced",
}


_PARTICIPLE = {
    Metric.KILLED: "killed",
    Metric.WOUNDED: "wounded",
    Metric.CASUALTIES: "killed or wounded",
    Metric.COUNT: "taking part",
    Metric.ARRESTED: "arrested",
    Metric.MISSING: "missing",
    Metric.DISPLACED: "displaced",
}


# --- the context a rule sees ---------------------------------------------------------------

_QUALIFIER_SHORT = {
    Qualifier.EXACT: "{low}",
    Qualifier.ABOUT: "~{low}",
    Qualifier.AT_LEAST: "{low}+",
    Qualifier.AT_MOST: "<={high}",
    Qualifier.RANGE: "{low}-{high}",
}
"""A figure by qualifier, in short: "~20", "20+", "<=20", "20-30" (in words it is
:meth:`claimrecon.models.Figure.words`: "about 20", "at least 20")."""


def figure_words(figure: Figure) -> str:
    """Return a figure as a number phrase: "7", "about 10", "at least 101", "5-10"."""
    return figure.words()


def interval_text(figure: Figure) -> str:
    """Show a figure as worded, with its interval when the wording is not just the number."""
    interval = _QUALIFIER_SHORT[figure.qualifier].format(low=figure.low, high=figure.high)
    text = figure.text.strip()
    return f"{text} [{interval}]" if text and text != interval else interval


def figure_text(claim: FigureClaim) -> str:
    """Show a claim's figure, marked when it is an update or an early count."""
    marks = [m for m, on in (("update", claim.revision), ("provisional", claim.provisional)) if on]
    return interval_text(claim.figure) + (f" ({', '.join(marks)})" if marks else "")


def figure_key(claim: FigureClaim) -> str:
    """Name what a figure counts: "killed · police"."""
    return metric_key(claim.metric, claim.subject)


def metric_key(metric: Metric, subject: Subject) -> str:
    """Name a metric and subject as the reports head them: "killed · security forces"."""
    return f"{metric.value} · {subject_words(subject)}"


def source_label(
    source: Source,
    documents: Mapping[str, Document],
    doc_id: str,
    *,
    own: str = "{} (the document)",
) -> str:
    """Name a claim's speaker; a claim in the outlet's own voice is the outlet's.

    ``own`` words the outlet when the document speaks itself: "Reuters (the document)"
    in the exports' tables by default, the outlet alone (``"{}"``) in a chart.
    """
    if source.name is None:
        document = documents.get(doc_id)
        if document is not None and document.outlet:
            return own.format(document.outlet)
        return f"the document {doc_id}"
    return source.label


def plural_name(name: str, nouns: Collection[str] = ()) -> bool:
    """Say whether a speaker's name takes a plural verb.

    Common nouns in the plural ("Afghan officials", "security forces", "residents of
    the village", "police") and joined speakers ("police and medics") are plural;
    proper names are singular even when they end in s ("Reuters", "Doctors Without
    Borders", "The New York Times"), as are organisations ("the interior ministry").
    A capitalised word alone ("Officials", at the head of a sentence) is a common
    plural when ``nouns`` (the source nouns of the lexicon) hold it and its singular.

    Example:
        >>> plural_name("Afghan authorities"), plural_name("Reuters")
        (True, False)
    """
    own = name.split(" (", 1)[0]  # "Islamic State (via Amaq)": the speaker itself
    words = _head_phrase(own)
    if "and" in words:
        return True  # "police and medics"; not "the Ministry of Health and Population"
    if not words:
        return False
    head = words[-1]
    folded = head.casefold()
    if folded in _PLURAL_ONLY:
        return True
    if not folded.endswith("s") or folded.endswith(_SINGULAR_ENDINGS):
        return False
    if head[0].islower():
        return True
    # A capitalised plural is a common noun only alone, at the head of a sentence
    # ("Witnesses said"), and only if the lexicon knows it in both numbers: "Reuters"
    # has no singular.
    if len(_WORD.findall(own)) != 1 or folded not in nouns:
        return False
    return any(one in nouns for one in _singulars(folded))


def _head_phrase(name: str) -> list[str]:
    """Return a name's words up to its head: "officials in Kabul" is "officials"."""
    words = _WORD.findall(name)
    for i, word in enumerate(words):
        if word.casefold() in _PREPOSITIONS and i > 0:
            return words[:i]
    return words


def head_word(name: str) -> str:
    """Return the head of a speaker's name, folded: the word that names who speaks.

    "Interior Minister Ali Okvar" and "Okvar" end in one head, as do "the health
    ministry of Zelvania" and "the ministry"; "a doctor at the Velka hospital" is a
    doctor.

    Example:
        >>> head_word("a doctor at the Velka hospital"), head_word("Minister Ali Okvar")
        ('doctor', 'okvar')
    """
    words = _head_phrase(name.split(" (", 1)[0])
    return words[-1].casefold() if words else ""


def _singulars(plural: str) -> tuple[str, ...]:
    """Return the singulars a regular English plural may come from."""
    found = [plural[:-1]]
    if plural.endswith("ies"):
        found.append(plural[:-3] + "y")
    if plural.endswith("es"):
        found.append(plural[:-2])
    return tuple(found)


def agree(verb: str, *, plural: bool) -> str:
    """Return a third person singular verb phrase, made plural if asked.

    Only the first word is a verb: "speaks for" becomes "speak for".

    Example:
        >>> agree("denies responsibility", plural=True), agree("says", plural=False)
        ('deny responsibility', 'says')
    """
    if not plural:
        return verb
    first, _, rest = verb.partition(" ")
    if first in _IRREGULAR_PLURAL:
        first = _IRREGULAR_PLURAL[first]
    elif first.endswith("ies") and len(first) > 4:
        first = first[:-3] + "y"
    elif first.endswith(("sses", "shes", "ches", "xes", "zes")):
        first = first[:-2]
    elif first.endswith("s") and not first.endswith("ss"):
        first = first[:-1]
    return f"{first} {rest}" if rest else first


_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with", "without", "on", "near"})
# English nouns that are plural without an s.
_PLURAL_ONLY = frozenset({"police", "people", "personnel"})
# Singular nouns ending in s: "the census", "the press", "the news", "an analysis".
_SINGULAR_ENDINGS = ("ss", "us", "is", "news")
_IRREGULAR_PLURAL = {"is": "are", "has": "have", "does": "do", "was": "were"}


def subject_words(subject: Subject) -> str:
    """Return a subject as a plural noun phrase: "security forces"."""
    return subject.value.replace("_", " ")


def participle(metric: Metric) -> str:
    """Return a metric as a participle after a noun: "people killed"."""
    return _PARTICIPLE[metric]


def metric_words(metric: Metric) -> str:
    """Return the predicate for a metric: "were killed"."""
    return _METRIC_PHRASE[metric]
