"""Text to claims: figures, sources, attributions and dates.

:func:`extract` reads one document:

1. split it into sentences with offsets (:class:`~claimrecon.extract.segment.DocContext`);
2. pick the candidate sentences cheaply: one pass of a word pattern (compiled from the
   lexicon as a trie, so it cannot backtrack) over the whole text finds the sentences
   holding a metric word, and another the sentences naming an actor or an attribution cue;
3. read the figures of each candidate sentence (:mod:`claimrecon.extract.figures`), ask
   :func:`~claimrecon.extract.sources.find_source` who asserts each one and
   :func:`~claimrecon.extract.dates.resolve_date` when it happened;
4. ask :func:`~claimrecon.extract.actors.find_attributions` for the attribution claims,
   then :func:`~claimrecon.extract.actors.doubts_of_told_claims` for others' doubt of a
   claim or blame told a few sentences before ("cast doubt on that theory");
5. return every claim sorted by span (then type and id), so the result is deterministic.

Text without sentence punctuation makes one enormous "sentence"; it is read in pieces of
about two thousand characters, each as a small document of its own, so that no step ever
works on megabytes at once. Offsets are always those of the whole document.

Examples:
    >>> from claimrecon.models import Document
    >>> doc = Document(id="d1", text="At least one policeman was killed and five others hurt.")
    >>> [(c.metric.value, c.subject.value, c.figure.low, c.figure.high, c.quote)
    ...  for c in extract(doc)]  # doctest: +NORMALIZE_WHITESPACE
    [('killed', 'police', 1, None, 'At least one policeman was killed'),
     ('wounded', 'police', 5, 5, 'five others hurt')]

May import: the modules of :mod:`claimrecon.extract`, and the vocab, models and errors
modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from claimrecon.errors import ClaimreconError, DocumentError
from claimrecon.extract.actors import (
    doubts_of_told_claims,
    find_attributions,
    sentences_naming_discovered,
)
from claimrecon.extract.anaphora import anaphor_heads
from claimrecon.extract.dates import (
    date_window,
    find_dates,
    in_aside_after,
    is_stamp,
    list_item_bounds,
    list_item_date,
    relative_clause_date,
    resolve_date,
    statement_dates,
    weekday_gives_way,
)
from claimrecon.extract.figures import (
    FoundFigure,
    attack_ongoing,
    attackers_counted,
    casualties_as_dead,
    figure_tables,
    foretold_hits,
    fuller_nouns,
    inherit_subjects,
    read_sentence,
    rise_foretold,
    whole_before,
)
from claimrecon.extract.groups import forget_definitions, group_names, resolve_groups
from claimrecon.extract.numbers import read_spelled, word_pattern
from claimrecon.extract.places import Gazetteer, division_of, gazetteer, relation
from claimrecon.extract.plausible import plausible
from claimrecon.extract.segment import DocContext, Sentence, doc_context, forget_contexts
from claimrecon.extract.sources import find_source, short_key
from claimrecon.models import (
    AttributionClaim,
    DateRef,
    Document,
    Figure,
    FigureClaim,
    Metric,
    Source,
    Span,
    Subject,
)
from claimrecon.vocab import Lexicon, per_lexicon

# Besides extract, what the events stage reads through this package: segmentation, dates,
# spelled numbers and the gazetteer (each documented in its own module).
__all__ = [
    "DocContext",
    "Gazetteer",
    "Sentence",
    "date_window",
    "division_of",
    "doc_context",
    "extract",
    "find_dates",
    "forget_contexts",
    "forget_definitions",
    "gazetteer",
    "group_names",
    "in_aside_after",
    "is_stamp",
    "list_item_bounds",
    "list_item_date",
    "read_spelled",
    "relation",
    "relative_clause_date",
    "resolve_groups",
    "statement_dates",
    "weekday_gives_way",
]

_ActorPatterns = tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]


def extract(
    document: Document, lexicon: Lexicon | None = None
) -> list[FigureClaim | AttributionClaim]:
    """Return the figure and attribution claims in ``document``, sorted by span.

    Raises:
        DocumentError: If the document is not text (a model built without validation), or
            a sentence cannot be read; the error names the document and the sentence.
    """
    if not isinstance(document.text, str):
        raise DocumentError("the document text is not a string", where=str(document.id))
    lexicon = lexicon if lexicon is not None else Lexicon.default()
    ctx = doc_context(document, lexicon)
    claims: list[FigureClaim | AttributionClaim] = []
    claims.extend(_figure_claims(ctx))
    claims.extend(_attribution_claims(ctx))
    claims.sort(key=lambda c: (c.span.start, c.span.end, c.type, c.id))
    ctx.after_reading()
    return claims


@contextmanager
def _reading(ctx: DocContext, sentence: Sentence) -> Iterator[None]:
    """Turn an unexpected failure on a sentence into a :class:`DocumentError` naming it.

    Errors claimrecon raises on purpose, and pydantic's ``ValidationError``, pass as they
    are; anything else is chained, so the original error and its traceback are kept.
    """
    try:
        yield
    except (ClaimreconError, ValidationError):
        raise
    except Exception as exc:
        raise DocumentError(
            f"cannot extract claims: {type(exc).__name__}: {exc}",
            where=str(ctx.document.id),
            place=f"sentence {sentence.index}, characters {sentence.start}..{sentence.end}",
        ) from exc


@dataclass
class _ExtractMemo:
    """What ``extract`` keeps of one document (``DocContext.memo``)."""

    lowered: bool = False  # whether ``lower`` is set
    lower: str | None = None  # the text lower-cased, None when that moved an offset
    dates: dict[tuple[int, int | None], DateRef | None] = field(default_factory=dict)


def _lowered(ctx: DocContext) -> str | None:
    """Return the text lower-cased, if that keeps every offset (it nearly always does)."""
    memo = ctx.memo(_ExtractMemo)
    if not memo.lowered:
        lower = ctx.text.lower()
        memo.lower = lower if len(lower) == len(ctx.text) else None
        memo.lowered = True
    return memo.lower


def _candidates(
    ctx: DocContext, pattern: re.Pattern[str] | None, lower: re.Pattern[str] | None
) -> list[Sentence]:
    """Return the sentences holding a match of ``pattern`` (all of them without one).

    ``lower`` is the same pattern for lower-case text, used on the lowered text when
    lowering kept the offsets.
    """
    if pattern is None or lower is None:
        return list(ctx.sentences)
    text = _lowered(ctx)
    if text is None:
        return _scan(ctx, pattern, ctx.text)
    return _scan(ctx, lower, text)


def _scan(ctx: DocContext, pattern: re.Pattern[str], text: str) -> list[Sentence]:
    """Return the sentences of ``ctx`` holding a match of ``pattern`` in ``text``."""
    out: list[Sentence] = []
    pos = 0
    while True:
        match = pattern.search(text, pos)
        if match is None:
            break
        sentence = ctx.sentence_at(match.start())
        if sentence is None:
            pos = match.end()
            continue
        out.append(sentence)
        # Skip the rest of the sentence: one hit is enough to read it.
        pos = max(sentence.end, match.end())
    return out


def _dates(ctx: DocContext, sentence: Sentence, at: int | None = None) -> DateRef | None:
    cache = ctx.memo(_ExtractMemo).dates
    key = (sentence.index, at)
    if key not in cache:
        cache[key] = resolve_date(ctx, sentence, at)
    return cache[key]


# The figures of a sentence, by its text and the subject named before it, for a lexicon:
# news repeats sentences across documents (wire copy, updates of a story), and what a
# sentence says depends on nothing else. Offsets are kept from the sentence's start.
_SentenceFigures = dict[tuple[str, Subject | None], tuple[FoundFigure, ...]]
_SENTENCES_SIZE = 20_000


@per_lexicon
def _sentence_figures(lexicon: Lexicon) -> _SentenceFigures:
    return {}


def _read(ctx: DocContext, sentence: Sentence, last_subject: Subject | None) -> list[FoundFigure]:
    """Return :func:`read_sentence` of ``sentence``, read once per text and subject before."""
    cache = _sentence_figures(ctx.lexicon)
    key = (sentence.text, last_subject)
    found = cache.get(key)
    if found is None:
        if len(cache) >= _SENTENCES_SIZE:
            cache.clear()
        tables = figure_tables(ctx.lexicon)
        found = cache[key] = tuple(read_sentence(sentence.text, tables, 0, last_subject))
    at = sentence.start
    return [replace(f, start=f.start + at, end=f.end + at) for f in found]


def _figure_claims(ctx: DocContext) -> list[FigureClaim]:
    tables = figure_tables(ctx.lexicon)
    doc_id = ctx.document.id
    text = ctx.text
    last_subject: Subject | None = None
    last_paragraph = -1
    # The paragraph's figures so far, for a part given in a later sentence ("30 people
    # were killed. Four children were among the dead.").
    paragraph: list[tuple[FoundFigure, FigureClaim]] = []
    every: list[tuple[FoundFigure, FigureClaim]] = []
    # The counts given so far: a count implied by another figure may repeat one.
    counts: set[tuple[int | None, int | None]] = set()
    named = fuller_nouns(text, tables)
    foretold = _rises_foretold(ctx)
    for sentence in _candidates(ctx, tables.prefilter, tables.prefilter_lower):
        if sentence.paragraph != last_paragraph:
            last_subject, last_paragraph = None, sentence.paragraph
            paragraph = []
        with _reading(ctx, sentence):
            found = _read(ctx, sentence, last_subject)
            found = plausible(found, text, doc_id, given=counts)
            found = inherit_subjects(found, text, named, tables)
            found = attackers_counted(found, counts)
            if not found:
                continue
            found = [_early(f, foretold) for f in found]
            counts.update((f.low, f.high) for f in found if f.metric is Metric.COUNT)
            made: list[FigureClaim] = []
            dead = _dead_toll(ctx, found, paragraph)
            if dead is not None:
                paragraph, every = _swapped(paragraph, dead), _swapped(every, dead)
            for fig in found:
                date = _dates(ctx, sentence, fig.start)
                source = find_source(ctx, fig.start, fig.end)
                claim = _claim(doc_id, text, fig, made, source, date)
                if fig.among and fig.part_of is None and paragraph:
                    whole = whole_before(
                        [f for f, _ in paragraph], fig.metric, fig.subject, fig.low
                    )
                    if whole is not None:
                        claim = _with_part_of(claim, paragraph[whole][1].id)
                made.append(claim)
            last_subject = found[-1].subject
            paragraph.extend(zip(found, made, strict=True))
            every.extend(zip(found, made, strict=True))
    return _parts_of_document(every)


def _rises_foretold(ctx: DocContext) -> list[tuple[int, Metric]]:
    """Return where the text says a toll will or may still rise, and its metric.

    Each is the end of a sentence :func:`rise_foretold` reads so ("officials fear the
    death toll will rise"), or that tells the attack as still going on (every metric of
    the casualties: :func:`attack_ongoing`), in the order of the text.
    """
    tables = figure_tables(ctx.lexicon)
    found: list[tuple[int, Metric]] = []
    for sentence in _overlapping(ctx.sentences, foretold_hits(ctx.text, tables)):
        metric = rise_foretold(sentence.text, tables)
        if metric is None and attack_ongoing(sentence.text, tables):
            # "Forces are still fighting the gunmen": every toll told from here is early.
            metric = Metric.CASUALTIES
        if metric is not None:
            found.append((sentence.end, metric))
    return found


def _overlapping(sentences: list[Sentence], spans: list[tuple[int, int]] | None) -> list[Sentence]:
    """Return the sentences that overlap one of ``spans`` (sorted), in order; all for None."""
    if spans is None:
        return sentences
    kept: list[Sentence] = []
    i = 0
    for start, end in spans:
        while i < len(sentences) and sentences[i].end <= start:
            i += 1
        j = i  # a span across a sentence break overlaps both sentences
        while j < len(sentences) and sentences[j].start < end:
            if not kept or kept[-1] is not sentences[j]:
                kept.append(sentences[j])
            j += 1
    return kept


def _early(fig: FoundFigure, foretold: list[tuple[int, Metric]]) -> FoundFigure:
    """Return ``fig`` as provisional when its text said before it that its toll may rise.

    A count given after "the number of dead is expected to rise" is an early one: a
    larger count, later or from another speaker, completes it rather than contradicts it.
    """
    # The attackers killed are no part of the victims' toll that is still rising.
    if fig.provisional or fig.subject is Subject.MILITANTS:
        return fig
    for end, metric in foretold:
        if end > fig.start:
            break
        if fig.metric is metric or fig.metric in metric.components:
            return replace(fig, provisional=True)
    return fig


def _dead_toll(
    ctx: DocContext, found: list[FoundFigure], paragraph: list[tuple[FoundFigure, FigureClaim]]
) -> tuple[FoundFigure, FigureClaim, FigureClaim] | None:
    """Return the paragraph's last casualty toll made a toll of the dead, and its old claim.

    It is made so when ``found`` tells of others wounded; None when it stays as it is.
    """
    if not paragraph or not found:
        return None
    tables = figure_tables(ctx.lexicon)
    before, claim = paragraph[-1]
    if not any(casualties_as_dead(before, f, ctx.text, tables) for f in found):
        return None
    data = claim.model_dump()
    data.update(id="", metric=Metric.KILLED)
    return replace(before, metric=Metric.KILLED), FigureClaim.model_validate(data), claim


def _swapped(
    pairs: list[tuple[FoundFigure, FigureClaim]], toll: tuple[FoundFigure, FigureClaim, FigureClaim]
) -> list[tuple[FoundFigure, FigureClaim]]:
    """Return ``pairs`` with the toll's new figure and claim where its old claim stood."""
    figure, claim, old = toll
    return [(figure, claim) if c is old else (f, c) for f, c in pairs]


def _parts_of_document(every: list[tuple[FoundFigure, FigureClaim]]) -> list[FigureClaim]:
    """Link a breakdown with no whole in its paragraph to the nearest whole of its document.

    A breakdown ("killed 11 Marines, one soldier and one corpsman") often sits in another
    paragraph than its total ("13 service members killed"); the nearest fitting whole
    before it wins, else the nearest after it.
    """
    figures = [f for f, _ in every]
    linked: dict[int, FigureClaim] = {}
    for idx, (fig, claim) in enumerate(every):
        if not fig.breakdown or claim.part_of is not None:
            continue
        whole = whole_before(figures[:idx], fig.metric, fig.subject, fig.low)
        if whole is None:
            after = whole_before(figures[idx + 1 :][::-1], fig.metric, fig.subject, fig.low)
            whole = None if after is None else len(figures) - 1 - after
        if whole is not None:
            linked[id(claim)] = _with_part_of(claim, every[whole][1].id)
    return [linked.get(id(c), c) for _, c in every]


def _with_part_of(claim: FigureClaim, whole: str) -> FigureClaim:
    """Return ``claim`` as a part of the claim ``whole`` (its id follows)."""
    data = claim.model_dump()
    data.update(id="", part_of=whole)
    return FigureClaim.model_validate(data)


def _claim(
    doc_id: str,
    text: str,
    fig: FoundFigure,
    made: list[FigureClaim],
    source: Source,
    date: DateRef | None,
) -> FigureClaim:
    part_of = made[fig.part_of].id if fig.part_of is not None else None
    return FigureClaim(
        span=Span(doc=doc_id, start=fig.start, end=fig.end),
        quote=text[fig.start : fig.end],
        source=source,
        date=date,
        confidence=fig.confidence,
        metric=fig.metric,
        subject=fig.subject,
        figure=Figure(low=fig.low, high=fig.high, qualifier=fig.qualifier, text=fig.text),
        part_of=part_of,
        revision=fig.revision,
        provisional=fig.provisional,
    )


@per_lexicon
def _actor_patterns(lexicon: Lexicon) -> _ActorPatterns:
    """Return patterns for the actor aliases as they can name a group.

    An attribution needs a named group (:func:`find_attributions` finds none otherwise), so
    only sentences naming one are read. Short aliases ("IS", "ISK", "TTP") name a group only
    in capitals, as there; longer ones in any case.

    Returns:
        The long aliases for lowered text, the short ones as written (case sensitive), and
        one pattern for both on text as it is (``None`` where there are no such aliases).
    """
    aliases = list(lexicon.actors.spellings())
    # Back-references too: "The al-Qaeda-linked group said ..." names no group but may claim.
    heads = sorted(anaphor_heads(lexicon.actors.anaphors))
    long = [a for a in aliases if not short_key(a)] + heads
    short = [a.upper() for a in aliases if short_key(a)]
    # "L-e-T", "J-e-M": a hyphenated acronym with its Urdu connector in lower case.
    short += [_connected(a) for a in aliases if short_key(a) and a.count("-") == 2]
    return (
        word_pattern(long, ignore_case=False),
        word_pattern([], exact=short),
        word_pattern(long, exact=short),
    )


def _connected(alias: str) -> str:
    """The acronym ``alias`` ("l-e-t") with its middle letter in lower case: "L-e-T"."""
    first, middle, last = alias.split("-")
    return f"{first.upper()}-{middle.lower()}-{last.upper()}"


def _named_group(
    ctx: DocContext,
    long: re.Pattern[str] | None,
    short: re.Pattern[str] | None,
    both: re.Pattern[str] | None,
) -> list[Sentence]:
    """Return the sentences naming a group: long aliases in lowered text, short as written.

    Two passes beat one case-insensitive pass over the text as written (about twice as
    fast on the benchmark corpus).
    """
    if both is None:
        return []
    lowered = _lowered(ctx)
    if lowered is None:
        return _scan(ctx, both, ctx.text)
    found = _scan(ctx, long, lowered) if long is not None else []
    if short is not None:
        seen = {s.index for s in found}
        found += [s for s in _scan(ctx, short, ctx.text) if s.index not in seen]
        found.sort(key=lambda s: s.index)
    return found


_OWN_WORDS = re.compile(r"(?<![\w\-])(?:we|our)(?![\w\-])", re.IGNORECASE)


def _attribution_claims(ctx: DocContext) -> list[AttributionClaim]:
    claims: list[AttributionClaim] = []
    for sentence in _attribution_sentences(ctx):
        with _reading(ctx, sentence):
            for claim in find_attributions(ctx, sentence):
                date = claim.date or _dates(ctx, sentence, claim.span.start)
                claims.append(
                    claim if date is claim.date else claim.model_copy(update={"date": date})
                )
    # Others' doubt of a claim told before ("cast doubt on that theory") names no group.
    for claim in doubts_of_told_claims(ctx, claims):
        at = ctx.sentence_at(claim.span.start)
        date = _dates(ctx, at, claim.span.start) if at is not None else None
        claims.append(claim if date is None else claim.model_copy(update={"date": date}))
    return claims


def _attribution_sentences(ctx: DocContext) -> list[Sentence]:
    """The sentences that may tell an attribution, in order.

    Those naming a group the lexicon knows or referring back to one; those naming an actor
    the lexicon does not know in a responsibility frame; and, after a sentence that named a
    group, those holding "we" or "our": a group's own words quoted from its speaker named
    by his name alone ("said Okvara").
    """
    long, short, pattern = _actor_patterns(ctx.lexicon)
    sentences = _named_group(ctx, long, short, pattern)
    seen = {s.index for s in sentences}
    extra = [s for s in sentences_naming_discovered(ctx) if s.index not in seen]
    if sentences:
        seen |= {s.index for s in extra}
        first = min(seen)
        extra += [
            s
            for s in ctx.sentences[first + 1 :]
            if s.index not in seen and _OWN_WORDS.search(s.text) is not None
        ]
    return sorted([*sentences, *extra], key=lambda s: s.index) if extra else sentences
