"""Who really said it: wire copies, credit lines and each claim's evidence root.

The same Reuters or AFP story is reprinted by dozens of outlets. Counted document by
document, ten reprints of one wire are ten sources; here they are one voice. Three steps:

1. **Copied passages.** Every document is cut into shingles of ``k`` words (numbers
   masked, so an edited figure does not hide a copy; quoted speech left out, so two
   reports quoting one statement are not a copy), and *winnowing* (Schleimer, Wilkerson
   and Aiken, SIGMOD 2003) keeps a few fingerprints a document with a guarantee: any run
   of at least ``window + k - 1`` shared words shares a fingerprint. An inverted index of
   fingerprints gives the candidate pairs without comparing every pair of documents
   (a fingerprint held by more than ``max_postings`` documents pairs each of them with
   the earliest only), and each candidate pair is aligned on all its shingles into
   :class:`~claimrecon.models.CopiedPassage` runs of at least ``min_words`` words.
2. **Credit lines.** A dateline or byline ("NAIROBI (Reuters) -", "by AFP",
   "Associated Press in Nairobi", an outlet given as "News24 (AP)") credits the whole
   document to an agency; "told AFP", "Reuters reported", "according to the Associated
   Press" credit the sentence they are in.
3. **Evidence roots.** A claim's root is the agency credited for its sentence, else an
   agency credited by any document that carries its passage, else the earliest of those
   documents (by publication date, then id). :func:`trace_roots` puts both in the report.

Example:
    >>> from claimrecon.models import Document
    >>> wire = ("Gunmen stormed a hotel complex in the capital on Tuesday, killing at least "
    ...         "40 people in an attack claimed by the militant group, officials said.")
    >>> a = Document(id="a", text="NAIROBI (AP) - " + wire)
    >>> b = Document(id="b", text=wire.replace("40", "45") + " Our own reporter adds more.")
    >>> passage = find_passages([a, b])[0]
    >>> passage.first.doc, passage.second.doc, passage.words
    ('a', 'b', 25)

May import: the vocab and models modules.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from claimrecon.models import (
    AttributionClaim,
    CopiedPassage,
    Document,
    Estimate,
    FigureClaim,
    Provenance,
    Report,
    Span,
)
from claimrecon.vocab import alternation

__all__ = [
    "AGENCIES",
    "Copied",
    "CopyFinder",
    "added_roots",
    "claim_roots",
    "copy_pairs",
    "credits",
    "document_credits",
    "document_rank",
    "find_passages",
    "independent_roots",
    "one_voice",
    "passage_order",
    "passages_of",
    "provenance_of",
    "root_label",
    "root_of",
    "trace_roots",
    "with_roots",
]

AGENCIES: Mapping[str, tuple[str, ...]] = {
    "AP": ("Associated Press", "AP"),
    "AFP": ("Agence France-Presse", "Agence France Presse", "AFP"),
    "Reuters": ("Thomson Reuters", "Reuters"),
    "DPA": ("Deutsche Presse-Agentur", "DPA", "dpa"),
    "UPI": ("United Press International", "UPI"),
    "Xinhua": ("Xinhua News Agency", "Xinhua"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "Anadolu": ("Anadolu Agency", "Anadolu"),
    "PTI": ("Press Trust of India", "PTI"),
    "IANS": ("IANS",),
    "Bernama": ("Bernama",),
    "Kyodo": ("Kyodo News", "Kyodo"),
    "Yonhap": ("Yonhap",),
    "TASS": ("TASS",),
}
"""News agencies by canonical name, with the names a text credits them by (matched with
their case, so "AP" is not "ap"). Pass another mapping to :func:`trace_roots` to add some."""

_K = TypeVar("_K", int, str)
_APOSTROPHES = "'\u2019\u2018`"
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")
_QUOTED = re.compile(r"\u201c[^\u201d]{0,600}\u201d|\"[^\"\n]{0,600}\"")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n\s*\n")
NUMBER = "#"


@dataclass(frozen=True)
class _Shingles:
    """One document's shingle hashes, each with the index of its first token."""

    hashes: tuple[int, ...]
    starts: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    """Character offsets of every token."""


class CopyFinder:
    """Find runs of wording that documents share, in time near-linear in their number.

    Args:
        k: Words a shingle.
        window: Winnowing window: any shared run of ``window + k - 1`` words or more
            is found.
        min_words: The fewest words a copied passage holds.
        max_postings: A fingerprint held by more documents pairs each with the earliest
            of them only.
    """

    def __init__(
        self, *, k: int = 8, window: int = 8, min_words: int = 15, max_postings: int = 64
    ) -> None:
        if k < 1 or window < 1 or min_words < k or max_postings < 2:
            raise ValueError(
                "CopyFinder needs k >= 1, window >= 1, min_words >= k and max_postings >= 2"
            )
        self.k, self.window, self.min_words, self.max_postings = (
            k,
            window,
            min_words,
            max_postings,
        )
        self._token_hash: dict[str, int] = {}

    # shingling

    def shingles(self, text: str) -> _Shingles:
        """Return the shingle hashes of a text (numbers masked, quoted speech left out)."""
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        words: list[int] = []
        spans: list[tuple[int, int]] = []
        inside: list[bool] = []
        q = 0
        for m in _TOKEN.finditer(text):
            token = m.group()
            word = NUMBER if token[0].isdigit() else token.casefold()
            code = self._token_hash.get(word)
            if code is None:
                code = self._token_hash.setdefault(word, zlib.crc32(word.encode()))
            while q < len(quoted) and quoted[q][1] <= m.start():
                q += 1
            words.append(code)
            spans.append(m.span())
            inside.append(q < len(quoted) and quoted[q][0] <= m.start())
        k = self.k
        hashes: list[int] = []
        starts: list[int] = []
        for i in range(len(words) - k + 1):
            if inside[i] and inside[i + k - 1]:
                continue  # wholly quoted: a statement two reports may quote independently
            # A tuple of ints hashes the same in every process (no string salt).
            hashes.append(hash(tuple(words[i : i + k])))
            starts.append(i)
        return _Shingles(tuple(hashes), tuple(starts), tuple(spans))

    def fingerprints(self, shingles: _Shingles) -> set[int]:
        """Return the winnowed fingerprints: the least hash of every window of shingles."""
        hashes = shingles.hashes
        w = self.window
        if len(hashes) <= w:
            return set(hashes)
        return {min(hashes[i : i + w]) for i in range(len(hashes) - w + 1)}

    # candidate pairs and alignment

    def candidates(
        self, texts: Sequence[str], order: Sequence[tuple[dt.date, str]] | None = None
    ) -> set[tuple[int, int]]:
        """Return the index pairs of texts that share a fingerprint (first index smaller).

        A fingerprint held by more than ``max_postings`` texts (a wire reprinted by
        dozens of outlets, or boilerplate) pairs each of them with one hub only, the first
        of them by ``order`` (the earliest document), not every one with every other: the
        pairs then grow with the number of texts, not with its square.
        """
        postings: dict[int, list[int]] = defaultdict(list)
        for index, text in enumerate(texts):
            for fp in self.fingerprints(self.shingles(text)):
                postings[fp].append(index)
        rank = (
            order if order is not None else [(dt.date.max, f"{i:012d}") for i in range(len(texts))]
        )
        pairs: set[tuple[int, int]] = set()
        for docs in postings.values():
            pairs.update(self.posting_pairs(docs, rank.__getitem__))
        return pairs

    def posting_pairs(self, holders: Sequence[_K], rank: Callable[[_K], Any]) -> set[tuple[_K, _K]]:
        """Return the pairs one fingerprint makes among the documents that hold it.

        Every pair while they are ``max_postings`` or fewer; else each with the hub, the
        first of them by ``rank``. Each pair is ``(smaller, larger)``: the engines that
        build postings from a shuffle or a table (:mod:`claimrecon.dask`, the store) call
        this too, so that they pair exactly as :meth:`candidates` does.
        """
        if len(holders) < 2:
            return set()
        if len(holders) <= self.max_postings:
            ordered = sorted(holders)
            return {(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]}
        hub = min(holders, key=rank)
        return {(min(hub, d), max(hub, d)) for d in holders if d != hub}

    @staticmethod
    def lookup(shingles: _Shingles) -> dict[int, int]:
        """Return where each shingle hash first starts: what :meth:`align` looks ``b`` up in."""
        found: dict[int, int] = {}
        for h, start in zip(shingles.hashes, shingles.starts, strict=True):
            found.setdefault(h, start)
        return found

    def align(
        self, a: _Shingles, b: _Shingles, in_b: dict[int, int] | None = None
    ) -> list[tuple[int, int, int, int, int]]:
        """Return the shared runs of two shingled texts.

        Each run is ``(a_first_token, a_last_token, b_first_token, b_last_token, words)``.
        ``in_b`` is :meth:`lookup` of ``b``, for a caller that aligns many texts with it.
        """
        if in_b is None:
            in_b = self.lookup(b)
        runs: list[list[int]] = []
        for h, start in zip(a.hashes, a.starts, strict=True):
            other = in_b.get(h)
            if other is None:
                continue
            last = runs[-1] if runs else None
            # One run while both sides go on in step, allowing a word or two edited.
            if last and 0 < start - last[1] <= self.k and 0 < other - last[3] <= self.k + 2:
                last[1], last[3] = start, other
            else:
                runs.append([start, start, other, other])
        k = self.k
        return [
            (r[0], r[1] + k - 1, r[2], r[3] + k - 1, r[1] - r[0] + k)
            for r in runs
            if r[1] - r[0] + k >= self.min_words
        ]

    def passages(self, documents: Sequence[Document]) -> list[CopiedPassage]:
        """Return every copied passage between the documents, sorted."""
        order = [(d.published or dt.date.max, d.id) for d in documents]
        pairs = self.candidates([d.text for d in documents], order)
        cache: dict[int, _Shingles] = {}

        def shingled(i: int) -> _Shingles:
            if i not in cache:
                cache[i] = self.shingles(documents[i].text)
            return cache[i]

        found: list[CopiedPassage] = []
        for i, j in sorted(pairs):
            found.extend(self._between(documents[i], shingled(i), documents[j], shingled(j)))
        found.sort(key=passage_order)
        return found

    def between(
        self,
        a: Document,
        b: Document,
        cache: dict[str, _Shingles] | None = None,
        lookups: Mapping[str, dict[int, int]] | None = None,
    ) -> list[CopiedPassage]:
        """Return the passages two documents share (whether or not they are candidates).

        Args:
            a: One document.
            b: The other.
            cache: Shingles by document id, filled as they are made, for a caller that
                aligns one document with many.
            lookups: :meth:`lookup` of some documents' shingles, by id, for the same caller.
        """
        cache = {} if cache is None else cache
        for doc in (a, b):
            if doc.id not in cache:
                cache[doc.id] = self.shingles(doc.text)
        return self._between(a, cache[a.id], b, cache[b.id], lookups or {})

    def _between(
        self,
        a: Document,
        sa: _Shingles,
        b: Document,
        sb: _Shingles,
        lookups: Mapping[str, dict[int, int]] | None = None,
    ) -> list[CopiedPassage]:
        if b.id < a.id:
            a, sa, b, sb = b, sb, a, sa  # align in one order whatever the order of the documents
        if a.id == b.id:
            return []
        found: list[CopiedPassage] = []
        for a0, a1, b0, b1, words in self.align(sa, sb, (lookups or {}).get(b.id)):
            first = Span(doc=a.id, start=sa.spans[a0][0], end=sa.spans[a1][1])
            second = Span(doc=b.id, start=sb.spans[b0][0], end=sb.spans[b1][1])
            if (second.doc, second.start) < (first.doc, first.start):
                first, second = second, first
            found.append(CopiedPassage(first=first, second=second, words=words))
        return found


def passage_order(passage: CopiedPassage) -> tuple[str, str, int, int]:
    """Return the key :func:`find_passages` sorts passages by."""
    return (passage.first.doc, passage.second.doc, passage.first.start, passage.second.start)


def document_rank(document: Document) -> tuple[dt.date, str]:
    """Return a document's place in time: publication day (undated last), then id."""
    return (document.published or dt.date.max, document.id)


def find_passages(
    documents: Iterable[Document], finder: CopyFinder | None = None
) -> list[CopiedPassage]:
    """Return the runs of wording the documents share (see :class:`CopyFinder`)."""
    return (finder or CopyFinder()).passages(list(documents))


def copy_pairs(
    passages: Iterable[CopiedPassage], min_words: int = 30
) -> dict[tuple[str, str], int]:
    """Return the document pairs that share ``min_words`` words or more, with the count.

    One shared sentence of background ("The group has long been seen as ...") is a
    passage, not yet a copy of the document: a copy shares more.
    """
    total: dict[tuple[str, str], int] = defaultdict(int)
    for p in passages:
        total[p.first.doc, p.second.doc] += p.words
    return {pair: n for pair, n in sorted(total.items()) if n >= min_words}


# --- credit lines --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Credits:
    names: dict[str, str]
    dateline: re.Pattern[str]
    byline: re.Pattern[str]
    sentence: re.Pattern[str]
    anywhere: re.Pattern[str]


def _credit_patterns(agencies: Mapping[str, Sequence[str]]) -> _Credits:
    names = {
        " ".join(alias.split()): canon for canon, aliases in agencies.items() for alias in aliases
    }
    # One space between a name's words, as written: a credit line is one line of text.
    alt = alternation(names, spaces=" ")
    name = rf"(?:[Tt]he\s+)?({alt})(?:\s+news\s+agency)?"
    return _Credits(
        names=names,
        # "NAIROBI (Reuters/AFP) -", "MUMBAI, India (AP) —"
        dateline=re.compile(rf"\(((?:{alt})(?:\s*/\s*(?:{alt}))*)\)\s*[-\u2013\u2014]"),
        # a line that is only a credit: "Associated Press", "by AFP", "* Agence France-Presse",
        # "BRUSSELS - Agence France-Presse", "Associated Press in Nairobi"
        byline=re.compile(
            rf"^[ \t*\u2022\u2013\u2014-]*(?:[Bb]y\s+)?(?:[A-Z][A-Z .,]+\s*[-\u2013\u2014]\s*)?"
            rf"{name}(?:\s+in\s+[A-Z][\w .-]*)?[ \t]*$",
            re.MULTILINE,
        ),
        # "told AFP", "Reuters reported", "according to the Associated Press"
        sentence=re.compile(
            rf"\b(?:told|to|according\s+to|cited\s+by|quoted\s+by)\s+{name}(?!\w)"
            rf"|(?<!\w){name}\s+(?:reported|reports|is\s+reporting|said|says|quoted)\b"
        ),
        anywhere=re.compile(rf"(?<!\w)({alt})(?!\w)"),
    )


def document_credits(
    document: Document, agencies: Mapping[str, Sequence[str]] = AGENCIES
) -> tuple[str, ...]:
    """Return the agencies a document's dateline, byline or outlet credits it to.

    Example:
        >>> document_credits(Document(id="d", text="NAIROBI (Reuters/AFP) - Gunmen ..."))
        ('AFP', 'Reuters')
    """
    pats = _patterns(agencies)
    found: set[str] = set()
    for m in pats.dateline.finditer(document.text):
        found.update(pats.names[n.strip()] for n in m.group(1).split("/"))
    for m in pats.byline.finditer(document.text):
        found.add(pats.names[m.group(1)])
    if document.outlet:
        found.update(pats.names[m.group(1)] for m in pats.anywhere.finditer(document.outlet))
    return tuple(sorted(found))


def credits(text: str, agencies: Mapping[str, Sequence[str]] = AGENCIES) -> list[tuple[int, str]]:
    """Return the in-sentence credits of a text: each offset with the agency credited.

    Example:
        >>> credits("The toll is 40, a police officer told Reuters on Friday.")
        [(33, 'Reuters')]
    """
    pats = _patterns(agencies)
    found = []
    for m in pats.sentence.finditer(text):
        alias = m.group(1) or m.group(2)
        found.append((m.start(), pats.names[alias]))
    return found


_pattern_cache: dict[tuple[tuple[str, tuple[str, ...]], ...], _Credits] = {}


def _patterns(agencies: Mapping[str, Sequence[str]]) -> _Credits:
    key = tuple(sorted((k, tuple(v)) for k, v in agencies.items()))
    if key not in _pattern_cache:
        if len(_pattern_cache) > 8:  # a few lexicons a process; keep the cache small
            _pattern_cache.clear()
        _pattern_cache[key] = _credit_patterns(agencies)
    return _pattern_cache[key]


# --- evidence roots ------------------------------------------------------------------------


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence (or sentences) around ``text[start:end]``."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    after = _SENTENCE_END.search(text, end)
    return left, (after.start() + 1 if after else len(text))


def trace_roots(
    report: Report,
    *,
    finder: CopyFinder | None = None,
    agencies: Mapping[str, Sequence[str]] = AGENCIES,
) -> Report:
    """Return ``report`` with its copied passages and every claim's evidence root.

    Earlier passages and provenance are replaced. A claim's root is, in this order: the
    agency its sentence credits ("told AFP"); an agency credited by a document that
    carries its passage (itself included); the earliest of those documents.

    Example:
        >>> from claimrecon.models import Figure, FigureClaim, Document, Report, Span
        >>> doc = Document(id="d", text="KABUL (AP) - Ten people were killed.")
        >>> claim = FigureClaim(span=Span(doc="d", start=13, end=36), quote="", metric="killed",
        ...                     subject="people", figure=Figure.exact(10))
        >>> trace_roots(Report(documents=(doc,), claims=(claim,))).provenance[0].root
        'AP'
    """
    documents = {d.id: d for d in report.documents}
    passages = find_passages(report.documents, finder)
    touching: dict[str, list[CopiedPassage]] = defaultdict(list)
    for p in passages:
        touching[p.first.doc].append(p)
        touching[p.second.doc].append(p)
    others = {d.id: (d.published, document_credits(d, agencies)) for d in report.documents}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for number, claim in enumerate(report.claims):
        if claim.span.doc in documents:
            by_doc[claim.span.doc].append(number)
    traced: dict[int, Provenance] = {}
    for doc_id, numbers in by_doc.items():
        claims = [report.claims[n] for n in numbers]
        found = claim_roots(documents[doc_id], claims, touching[doc_id], others, agencies)
        traced.update(zip(numbers, found, strict=True))
    provenance = tuple(traced[n] for n in sorted(traced))
    return report.model_copy(update={"passages": tuple(passages), "provenance": provenance})


Copied = Mapping[str, tuple[dt.date | None, tuple[str, ...]]]
"""Each document a passage may name: its publication day and its credits
(:func:`document_credits`)."""


def claim_roots(
    document: Document,
    claims: Iterable[FigureClaim | AttributionClaim],
    passages: Iterable[CopiedPassage],
    others: Copied,
    agencies: Mapping[str, Sequence[str]] = AGENCIES,
) -> list[Provenance]:
    """Return the provenance of some claims of one document, as :func:`trace_roots` does.

    All a claim's root depends on is its document, the passages that document shares
    (``passages``; those of other documents are ignored) and the day and credits of the
    documents at their other end (``others``): so a store or a cluster that keeps those
    traces one document's claims without the corpus.

    Raises:
        KeyError: If a passage names a document missing from ``others``.
    """
    here = document.id
    copied = [
        (p.first, p.second.doc) if p.first.doc == here else (p.second, p.first.doc)
        for p in passages
        if here in (p.first.doc, p.second.doc)
    ]
    own = document_credits(document, agencies)
    told_at = credits(document.text, agencies)
    found: list[Provenance] = []
    for claim in claims:
        span = claim.span
        copies = sorted(
            {other for where, other in copied if where.start <= span.end and span.start < where.end}
        )
        lo, hi = _sentence(document.text, span.start, span.end)
        told = sorted({a for at, a in told_at if lo <= at < hi})
        credited = sorted({*own, *(a for c in copies for a in others[c][1])})
        agency = "/".join(told or credited) or None
        root = agency or _earliest(document, copies, others)
        found.append(Provenance(claim=claim.id, root=root, agency=agency, copies=tuple(copies)))
    return found


def added_roots(
    document: Document,
    spans: Sequence[tuple[int, int]],
    before: Sequence[Provenance],
    passages: Iterable[CopiedPassage],
    others: Copied,
    agencies: Mapping[str, Sequence[str]] = AGENCIES,
) -> list[Provenance | None]:
    """Return what :func:`claim_roots` gives once more passages are added, claim by claim.

    A store that gains copies of a stored document traces only the claims the new
    passages overlap, from what they had: a claim's copies only grow, so its credited
    agencies are the ones it had plus those of its new copies, and its earliest copy is
    the earlier of its old root and its new copies. The result equals :func:`claim_roots`
    over all the passages, without reading the old ones (a hub's are thousands).

    Args:
        document: The document the claims are in.
        spans: Each claim's ``(start, end)`` in the document.
        before: Each claim's provenance before the new passages.
        passages: The new passages (those of other documents are ignored).
        others: The day and credits of the new copies and of every old root that is a
            document.
        agencies: The agencies, none of whose names holds a ``/``.

    Returns:
        Each claim's new provenance, or None where the new passages do not touch it.
    """
    copied = _copied_spans(document.id, passages)
    told_at = credits(document.text, agencies) if copied else []
    found: list[Provenance | None] = []
    for (start, end), old in zip(spans, before, strict=True):
        new = {o for where, o in copied if where.start <= end and start < where.end}
        new -= set(old.copies)
        found.append(_added(document, (start, end), old, new, told_at, others) if new else None)
    return found


def _copied_spans(here: str, passages: Iterable[CopiedPassage]) -> list[tuple[Span, str]]:
    """Return where each passage lies in document ``here``, with the document at its other end."""
    return [
        (p.first, p.second.doc) if p.first.doc == here else (p.second, p.first.doc)
        for p in passages
        if here in (p.first.doc, p.second.doc)
    ]


def _added(
    document: Document,
    span: tuple[int, int],
    old: Provenance,
    new: set[str],
    told_at: Sequence[tuple[int, str]],
    others: Copied,
) -> Provenance:
    """Return one claim's provenance once it gains the copies ``new`` (see :func:`added_roots`)."""
    lo, hi = _sentence(document.text, *span)
    told = sorted({a for at, a in told_at if lo <= at < hi})
    # Without a told agency, the old agency is every one credited, joined by "/".
    credited = set(old.agency.split("/")) if old.agency and not told else set()
    credited.update(a for c in new for a in others[c][1])
    agency = "/".join(told or sorted(credited)) or None
    root = agency or min(_rank(document, old.root, others), *_ranks(new, others))[1]
    copies = tuple(sorted({*old.copies, *new}))
    return Provenance(claim=old.claim, root=root, agency=agency, copies=copies)


def _rank(document: Document, doc: str, others: Copied) -> tuple[dt.date, str]:
    day = document.published if doc == document.id else others[doc][0]
    return (day or dt.date.max, doc)


def _ranks(docs: Iterable[str], others: Copied) -> list[tuple[dt.date, str]]:
    return [(others[c][0] or dt.date.max, c) for c in docs]


def _earliest(document: Document, copies: Sequence[str], others: Copied) -> str:
    """Return the earliest published of a document and its copies (the first by id on a tie)."""
    day = document.published or dt.date.max
    return min([(day, document.id), *((others[c][0] or dt.date.max, c) for c in copies)])[1]


_provenance_cache: list[tuple[tuple[Provenance, ...], dict[str, Provenance]]] = []


def provenance_of(report: Report) -> dict[str, Provenance]:
    """Return each claim's provenance by claim id (empty before :func:`trace_roots`).

    The table of the last report asked for is kept, so that rules and policies that ask
    event by event build it once.
    """
    if _provenance_cache and _provenance_cache[0][0] is report.provenance:
        return _provenance_cache[0][1]
    table = {p.claim: p for p in report.provenance}
    _provenance_cache[:] = [(report.provenance, table)]
    return table


_passage_cache: list[tuple[tuple[CopiedPassage, ...], dict[str, list[CopiedPassage]]]] = []


def passages_of(report: Report) -> dict[str, list[CopiedPassage]]:
    """Return the report's copied passages by the document they are first in (cached)."""
    if _passage_cache and _passage_cache[0][0] is report.passages:
        return _passage_cache[0][1]
    table: dict[str, list[CopiedPassage]] = defaultdict(list)
    for p in report.passages:
        table[p.first.doc].append(p)
    _passage_cache[:] = [(report.passages, table)]
    return table


def root_of(report: Report, claim_id: str, doc: str) -> str:
    """Return a claim's evidence root, or its document when no root was traced."""
    found = provenance_of(report).get(claim_id)
    return found.root if found is not None else doc


def independent_roots(report: Report, claims: Iterable[tuple[str, str]]) -> list[str]:
    """Return the distinct roots of some ``(claim id, document id)`` pairs, sorted."""
    return sorted({root_of(report, c, d) for c, d in claims})


def root_label(report: Report, root: str) -> str:
    """Return a root as a person reads it: the agency, or the document's outlet or id."""
    for d in report.documents:
        if d.id == root:
            return d.outlet or d.id
    return root


def one_voice(report: Report, claims: Sequence[FigureClaim]) -> dict[str, list[FigureClaim]]:
    """Group figure claims that are one voice: one root, one speaker, one figure.

    Ten reprints of a wire's "40 killed" are one voice; the wire's own later "45" is
    another. Returns each group under the id of its first claim (the earliest document).

    Example:
        >>> one_voice(Report(), [])
        {}
    """
    groups: dict[tuple[object, ...], list[FigureClaim]] = defaultdict(list)
    for c in claims:
        f = c.figure
        name = " ".join((c.source.name or "").casefold().split())
        key = (root_of(report, c.id, c.span.doc), name, c.source.kind, c.metric, c.subject)
        groups[(*key, f.low, f.high, f.qualifier)].append(c)
    return {every[0].id: every for every in groups.values()}


def with_roots(
    report: Report, made: Estimate, voices: Mapping[str, Sequence[FigureClaim]]
) -> Estimate:
    """Return an estimate made from voices with every copy of its claims and their roots."""
    members = [c for rep in made.claims for c in voices.get(rep, ())]
    ids = sorted({c.id for c in members} | set(made.claims))
    roots = independent_roots(report, [(c.id, c.span.doc) for c in members])
    return made.model_copy(update={"claims": tuple(ids), "sources": tuple(roots)})
