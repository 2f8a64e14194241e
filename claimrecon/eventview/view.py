"""The per-event view of claims that the rules and the estimates both read.

An :class:`EventView` is one event of a report seen from inside: its claims sorted by id,
the lexicon, the tolerance, and the helpers that read time (which figure updates which),
scope (the whole toll or a part, see :mod:`.scope`) and speakers (who speaks, for whom,
and whether for the perpetrator). A :class:`ReportIndex` of the report, built once a run,
is shared by every event's view, so that a run over all events is linear in the claims.

May import: :mod:`claimrecon.models`, :mod:`claimrecon.vocab`, :mod:`claimrecon.wording`
and :mod:`.scope`; never the rules or the estimates, which build on it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar, Union

from claimrecon.eventview.scope import (
    WHOLE,
    Scope,
    number_in_quote,
    number_in_text,
    number_read_in,
    read_scopes,
)
from claimrecon.models import (
    ABOUT_TOLERANCE,
    AttributionClaim,
    Document,
    Event,
    FigureClaim,
    Metric,
    Report,
    SourceKind,
    Stance,
    Subject,
    Tolerance,
)
from claimrecon.vocab import Lexicon, alternation, lexicon_property, per_lexicon
from claimrecon.wording import agree, figure_words, plural_name

__all__ = ["AnyClaim", "EventView", "ReportIndex", "is_unnamed_part"]

_RETRACTION_REACH = 300
"""How far after a figure its sentence and the next are read for a retraction."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")

AnyClaim = Union[FigureClaim, AttributionClaim]  # noqa: UP007 (runtime alias on Python 3.10)
_PARENTHESIS = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")
_IN_REGION = re.compile(
    r"^(.+?)\s+(?:in\s+(?:the\s+)?\S.*|(?:al|el|ad|ash|as|at|an|ar|az|ul)[\-\u2010]\S+)$"
)
"""A group's name with a region or a part after it: "<group> in the Southwest",
"<group> al-Zelvani"."""
_PROVINCE = re.compile(r"\s(?:province|wilayat|wilayah)$", re.IGNORECASE)
"""The end of a branch's name for the land it holds: "<group> Velka Province"."""
_View = TypeVar("_View", bound="EventView")
_INDEFINITE = frozenset({"a", "an"})
"""The indefinite articles: a figure of one written so singles a person out."""


@dataclass
class _UpdateBuckets:
    """The figures of an event indexed for :meth:`EventView.update_candidates`."""

    by_metric: dict[Metric, list[FigureClaim]] = field(default_factory=dict)
    revisions: dict[tuple[Metric, Subject], list[FigureClaim]] = field(default_factory=dict)
    by_voice: dict[tuple[object, ...], list[FigureClaim]] = field(default_factory=dict)
    latest: dict[tuple[object, ...], tuple[dt.date, dt.date]] = field(default_factory=dict)
    by_day: dict[tuple[object, ...], list[FigureClaim]] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportIndex:
    """A report's claims and documents by id, and its aggregates: built once a run.

    Every event's :class:`EventView` shares one index, so that a run over all events
    costs time linear in the claims, not claims times events.
    """

    claims: dict[str, AnyClaim]
    documents: dict[str, Document]
    aggregates: frozenset[str]
    main_events: dict[str, str] = field(default_factory=dict)
    """Each document's main event: the event that holds most of its claims."""

    @classmethod
    def of(cls, report: Report) -> ReportIndex:
        """Index a report."""
        documents: dict[str, Document] = {}
        for document in report.documents:
            documents.setdefault(document.id, document)
        claims = {c.id: c for c in report.claims}
        # Per document and event: how many claims it holds there, and where the first
        # stands. The main event holds most; of two that hold as many, the one told first
        # (a headline, a lede) is the story.
        held: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
        for event in report.events:
            for claim_id in event.claims:
                claim = claims.get(claim_id)
                if claim is not None:
                    count, first = held[claim.span.doc].get(event.id, (0, claim.span.start))
                    held[claim.span.doc][event.id] = (count + 1, min(first, claim.span.start))
        return cls(
            claims=claims,
            documents=documents,
            aggregates=frozenset(report.aggregates),
            main_events={
                doc: min(events, key=lambda e: (-events[e][0], events[e][1], e))
                for doc, events in held.items()
            },
        )


@dataclass(frozen=True)
class EventView:
    """What the rules and the estimates see of one event: its claims and helpers.

    The helpers read the event with the lexicon and under the tolerance.

    Claims come sorted by id, so a reader that walks them in order does not depend on the
    order the report listed them in.
    """

    report: Report
    event: Event
    claims: tuple[AnyClaim, ...]
    lexicon: Lexicon
    tolerance: Tolerance = ABOUT_TOLERANCE
    index: ReportIndex | None = field(default=None, repr=False, compare=False)
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    """What the readers of one event share, read once: the figures' scopes."""

    @classmethod
    def build(
        cls: type[_View],
        report: Report,
        event: Event,
        *,
        lexicon: Lexicon | None = None,
        tolerance: Tolerance = ABOUT_TOLERANCE,
        index: ReportIndex | None = None,
    ) -> _View:
        """Return the view of one event of a report.

        Claims the event lists but the report does not hold, and claims the report
        marks as aggregates, are left out. Pass the ``index`` of the report when building
        the views of many events: without it, each call indexes the whole report,
        which makes a run over every event quadratic.
        """
        found = index if index is not None else ReportIndex.of(report)
        by_id = found.claims
        wanted = {c for c in event.claims if c in by_id and c not in found.aggregates}
        claims = tuple(by_id[c] for c in sorted(wanted))
        return cls(
            report=report,
            event=event,
            claims=claims,
            lexicon=lexicon if lexicon is not None else Lexicon.default(),
            tolerance=tolerance,
            index=found,
        )

    # claims

    @cached_property
    def figures(self) -> tuple[FigureClaim, ...]:
        """The event's figure claims, sorted by id."""
        return tuple(c for c in self.claims if isinstance(c, FigureClaim))

    @cached_property
    def current_figures(self) -> tuple[FigureClaim, ...]:
        """The figure claims no other figure of the event updates, sorted by id.

        A figure that a revision, a larger count after a provisional one, or its own
        source's later figure replaces is history: it is noted by the ``revision`` rule
        and compared with nothing. Only the claims that could update a figure are tried
        (see :meth:`update_candidates`), so the cost grows with the event's claims, not
        with their square.
        """
        # Two figures that would each update the other (odd wording) both stay.
        return tuple(
            c
            for c in self.figures
            if not any(
                self.updates(c, o) and not self.updates(o, c) for o in self.update_candidates(c)
            )
        )

    def update_candidates(self, claim: FigureClaim) -> Iterator[FigureClaim]:
        """Yield the figures that may update ``claim`` (a superset of those that do).

        A provisional figure may be completed by any figure of its metric or a part of
        it; otherwise only a revision of the same metric and subject, or the same
        speaker's figure given on a later day, may update it.
        """
        buckets = self._update_buckets
        key = (claim.metric, claim.subject)
        if claim.provisional:
            # Largest first: only a figure as large completes it, besides a revision.
            low = self.bounds(claim)[0]
            for metric in (claim.metric, *claim.metric.components):
                for other in buckets.by_metric.get(metric, ()):
                    if self.bounds(other)[0] < low:
                        break
                    yield other
            yield from buckets.revisions.get(key, ())
            return
        yield from buckets.revisions.get(key, ())
        if claim.revision:
            return  # only a later revision updates a revision
        voice = (*key, self._voice(claim))
        if self.published(claim) is None:
            # Of a figure published on no known day, only a later claim day is later.
            day = _claim_day(claim)
            if day is None:
                return
            for other in buckets.by_day.get(voice, ()):
                if (_claim_day(other) or dt.date.min) <= day:
                    break
                yield other
            return
        latest = buckets.latest.get(voice)
        days = self._days(claim)
        if latest is not None and days < latest:
            # Latest first: only the speaker's figures given after this one may update it.
            for other in buckets.by_voice.get(voice, ()):
                if self._voice_days(other) <= days:
                    break
                yield other

    def _voice_days(self, claim: FigureClaim) -> tuple[dt.date, dt.date]:
        """Return the days :meth:`update_candidates` orders a speaker's figures by."""
        if self.published(claim) is None:
            return (dt.date.max, dt.date.max)  # unknown: any claim of the voice may be later
        return self._days(claim)

    def _voice(self, claim: AnyClaim) -> tuple[str | None, str, str]:
        """Return who speaks, as :meth:`same_source` compares speakers."""
        if claim.source.name is None:
            return (None, claim.span.doc, claim.source.kind.value)
        return (_fold(claim.source.name), "", claim.source.kind.value)

    def text_voice(self, claim: AnyClaim) -> tuple[str | None, str, str]:
        """Return who speaks in a claim's text, a speaker's later mentions read as the speaker.

        A text names its speaker in full once and then by a short form or a pronoun
        ("Rescue spokesman Ali Khan said ... Khan said ... he said"): a pronoun stands for
        the nearest speaker named before it, a name that ends another speaker's name in
        the text for that speaker (the nearest one before it, else after it). Within one
        text only: across texts a short name may be someone else.
        """
        name = claim.source.name
        if name is None:
            return self._voice(claim)
        folded = _fold(name)
        at = claim.span.start
        named = self._named_speakers.get(claim.span.doc, ())
        if folded in self._pronouns:
            before = [(start, n) for start, n in named if start < at]
            if before:
                at, folded = before[-1]
        longer = [
            (start > at, abs(start - at), n)
            for start, n in named
            if n != folded and n.endswith(" " + folded)
        ]
        return (min(longer)[2] if longer else folded, claim.span.doc, "")

    @lexicon_property
    def _pronouns(self) -> frozenset[str]:
        return frozenset(_fold(p) for p in self.lexicon.sources.pronouns)

    @cached_property
    def _named_speakers(self) -> dict[str, tuple[tuple[int, str], ...]]:
        """Return each text's named speakers (no pronoun), by where they speak."""
        found: dict[str, list[tuple[int, str]]] = {}
        for c in self.claims:
            if c.source.name is not None and _fold(c.source.name) not in self._pronouns:
                found.setdefault(c.span.doc, []).append((c.span.start, _fold(c.source.name)))
        return {doc: tuple(sorted(named)) for doc, named in found.items()}

    def _days(self, claim: AnyClaim) -> tuple[dt.date, dt.date]:
        """Return the claim's publication and claim days, unknown ones as the earliest."""
        return (self.published(claim) or dt.date.min, _claim_day(claim) or dt.date.min)

    @cached_property
    def _update_buckets(self) -> _UpdateBuckets:
        buckets = _UpdateBuckets()
        for claim in self.figures:
            key = (claim.metric, claim.subject)
            buckets.by_metric.setdefault(claim.metric, []).append(claim)
            if claim.revision:
                buckets.revisions.setdefault(key, []).append(claim)
            voice = (*key, self._voice(claim))
            buckets.by_voice.setdefault(voice, []).append(claim)
            days = self._days(claim)
            if self.published(claim) is None:
                days = (dt.date.max, dt.date.max)  # unknown: any claim of the voice may be later
            if voice not in buckets.latest or buckets.latest[voice] < days:
                buckets.latest[voice] = days
        # Largest first: a provisional figure is completed by a larger one, so the first
        # candidates are the likeliest updates and a search for one stops early.
        for claims in (*buckets.by_metric.values(), *buckets.revisions.values()):
            claims.sort(key=lambda c: (-self.bounds(c)[0], c.id))
        for heard, claims in buckets.by_voice.items():
            claims.sort(key=self._voice_days, reverse=True)
            buckets.by_day[heard] = sorted(
                claims, key=lambda c: _claim_day(c) or dt.date.min, reverse=True
            )
        return buckets

    def scope(self, claim: FigureClaim) -> Scope:
        """Return what a figure counts: the whole toll, or a part (see :mod:`.scope`)."""
        return self._scopes.get(claim.id, WHOLE)

    @property
    def _scopes(self) -> dict[str, Scope]:
        found = self.memo.get("scopes")
        if not isinstance(found, dict):
            found = read_scopes(self.figures, self._documents, self.lexicon)
            self.memo["scopes"] = found
        return found

    @cached_property
    def attributions(self) -> tuple[AttributionClaim, ...]:
        """The event's attribution claims, sorted by id."""
        return tuple(c for c in self.claims if isinstance(c, AttributionClaim))

    def claim(self, claim_id: str) -> AnyClaim:
        """Return a claim of the report by id.

        Raises:
            KeyError: If no claim has the id.
        """
        return self._index.claims[claim_id]

    def whole_of(self, claim: FigureClaim) -> FigureClaim | None:
        """Return the total a figure was given as a part of ("27 killed, including 7 police").

        ``None`` when the claim names no total, or when its total is not a figure claim of
        the report.
        """
        if claim.part_of is None:
            return None
        whole = self._index.claims.get(claim.part_of)
        return whole if isinstance(whole, FigureClaim) else None

    @cached_property
    def _index(self) -> ReportIndex:
        return self.index if self.index is not None else ReportIndex.of(self.report)

    def background(self, claim: AnyClaim) -> bool:
        """Say whether a claim belongs to another event than its document's main one.

        "The attack came a week after gunmen killed 129 in Paris": in a report of another
        attack, the Paris claims are background, told in passing.
        """
        main = self._index.main_events.get(claim.span.doc)
        return main is not None and main != self.event.id

    def bounds(self, claim: FigureClaim) -> tuple[int, int | None]:
        """Return the interval a figure claim allows, under the view's tolerance."""
        return claim.figure.bounds(self.tolerance)

    def compatible(self, a: FigureClaim, b: FigureClaim) -> bool:
        """Say whether two figure claims' intervals meet."""
        return a.figure.compatible(b.figure, self.tolerance)

    def vague(self, claim: FigureClaim) -> bool:
        """Say whether a figure is a vague amount: "scores dead", "several of the wounded".

        The words are the lexicon's ``figures.vague_amounts``. Such an amount says the
        toll is large or small, not how large: it sets no bound another count can break.
        """
        return _amount_words(claim.figure.text) in self._vague_amounts

    @lexicon_property
    def _vague_amounts(self) -> frozenset[str]:
        return frozenset(_amount_words(w) for w in self.lexicon.figures.vague_amounts)

    def lone(self, claim: FigureClaim) -> bool:
        """Say whether a figure is one person told with an indefinite article.

        "Killing a prominent lawyer", "an officer was wounded": one victim singled out,
        no count of the event's dead, so no total another count can exceed or rival.
        """
        figure = claim.figure
        return figure.low == figure.high == 1 and _amount_words(figure.text) in _INDEFINITE

    # sources and actors

    @property
    def _documents(self) -> dict[str, Document]:
        return self._index.documents

    def document(self, doc_id: str) -> Document | None:
        """Return a document of the report by id, if the report holds it."""
        return self._documents.get(doc_id)

    def _text(self, claim: AnyClaim) -> str:
        """Return the text of the claim's document ("" when the report does not hold it)."""
        document = self._documents.get(claim.span.doc)
        return document.text if document is not None else ""

    def published(self, claim: AnyClaim) -> dt.date | None:
        """Return the publication date of the claim's document, if known."""
        document = self._documents.get(claim.span.doc)
        return document.published if document is not None else None

    def source_name(self, claim: AnyClaim) -> str:
        """Return who speaks: the source's label, or the outlet for the document's voice."""
        if claim.source.name is None and not claim.source.via:
            document = self._documents.get(claim.span.doc)
            if document is not None and document.outlet:
                return document.outlet
        return claim.source.label

    def label(self, claim: AnyClaim) -> str:
        """Return the speaker and its kind, as explanations name it: "police (official)"."""
        return f"{self.source_name(claim)} ({claim.source.kind.value})"

    def same_source(self, a: AnyClaim, b: AnyClaim) -> bool:
        """Say whether two claims come from one speaker.

        The document's own voice is one speaker only within one document.
        """
        if a.source.name is None or b.source.name is None:
            return (
                a.source.name is None
                and b.source.name is None
                and a.span.doc == b.span.doc
                and a.source.kind is b.source.kind
            )
        return _fold(a.source.name) == _fold(b.source.name) and a.source.kind is b.source.kind

    def family(self, actor: str) -> str:
        """Return the largest group an actor (or a speaker's name) belongs to.

        A name of the form "Haqqani network (Taliban)" names its group in brackets; one of
        the form "<group> in <region>" ("the Sela movement in the North") names a branch of
        the group, when the lexicon or the event's own attributions name the group alone; a
        name the lexicon does not know is its own family. Read once a name and view: the
        rules ask it of every pair of claims.
        """
        families = self._families
        found = families.get(actor)
        if found is None:
            found = families[actor] = self._family(actor)
        return found

    @cached_property
    def _families(self) -> dict[str, str]:
        return {}

    def _family(self, actor: str) -> str:
        actors = self.lexicon.actors
        parents, known = self._actor_tables
        name = self._regional_branch_of(" ".join(actor.split()), known)
        canonical = actors.canonical(name)
        match = _PARENTHESIS.match(name)
        if canonical == name and canonical.casefold() not in known and match:
            # The bracket names either the larger group or the medium ("Islamic State
            # (Amaq)"): prefer whichever part the lexicon knows, the first part otherwise.
            inner = actors.canonical(match.group(1))
            outer = actors.canonical(match.group(2))
            take_outer = inner.casefold() not in known and outer.casefold() in known
            canonical = outer if take_outer else inner
        canonical = self._state_of(self._rendering_of(canonical))
        seen = {canonical.casefold()}
        while canonical.casefold() in parents:
            parent = parents[canonical.casefold()]
            if parent.casefold() in seen:
                break
            seen.add(parent.casefold())
            canonical = parent
        return canonical

    def _rendering_of(self, name: str) -> str:
        """Return the name one rendering of a transliterated name stands for, else the name.

        "Lashkar-e-Dunmar", "Lashkar-i-Dunmar" and "Lashkar Dunmar"; "Tehrik" and
        "Tehreek": news renders one name from another script in several spellings, one
        actor. Names are compared by their rendering key (see :func:`rendering_key`);
        a name the lexicon knows stands for its renderings, else the first, in order, of
        the event's own.
        """
        key = rendering_key(name, self.lexicon)
        return self._renderings.get(key, name) if key else name

    @cached_property
    def _renderings(self) -> dict[str, str]:
        found = dict(_known_renderings(self.lexicon))
        for a in sorted(self.attributions, key=lambda c: c.id):
            name = self.lexicon.actors.canonical(" ".join(a.actor.split()))
            found.setdefault(rendering_key(name, self.lexicon), name)
        found.pop("", None)
        return found

    def _state_of(self, name: str) -> str:
        """Return the state a name of one of its bodies stands for, else the name.

        "The Ruritanian army", "Ruritania's security forces" and "the government of
        Ruritania" are Ruritania as a perpetrator (lexicon ``actors.state_organs`` and
        ``actors.state_voices`` after a demonym or a country of ``events``): a state and
        its military are one side. A name of a state the lexicon does not list is kept.
        """
        folded = _bare(name)
        states, organs = self._state_tables
        if folded in states:
            return states[folded]
        for organ in organs:
            if folded.endswith(" " + organ):
                head = folded[: -len(organ) - 1].removesuffix(" s")  # "Syria's army"
                if head in states:
                    return states[head]
            if folded.startswith(organ + " of "):
                tail = folded[len(organ) + 4 :].removeprefix("the ")
                if tail in states:
                    return states[tail]
        return name

    @lexicon_property
    def _state_tables(self) -> tuple[dict[str, str], tuple[str, ...]]:
        """Return demonyms and countries (folded) to their country, and the organ nouns."""
        events, actors = self.lexicon.events, self.lexicon.actors
        countries = {*events.capitals, *events.cities.values(), *events.demonyms.values()}
        states = {_fold(c): c for c in countries}
        states |= {_fold(d): c for d, c in events.demonyms.items()}
        organs = {_fold(o) for o in (*actors.state_organs, *actors.state_voices)}
        return states, tuple(sorted(organs, key=len, reverse=True))

    def _regional_branch_of(self, name: str, known: frozenset[str]) -> str:
        """Return the group a name "<group> in <region>", "<group> al-<part>" is a branch of.

        So is "<group> <land> Province", the branch a group names for the land it holds.

        Only a name the lexicon does not know is cut: "al-Qaeda in the Islamic Maghreb"
        is a group of its own, with its own entry and parent.
        """
        canonical = self.lexicon.actors.canonical(name)
        if canonical.casefold() in known:
            return name
        match = _IN_REGION.match(name)
        heads = [match.group(1)] if match is not None else []
        if _PROVINCE.search(name):  # "<group> Velka Province", "<group> North Velka Province"
            words = name.split()
            heads += [" ".join(words[:k]) for k in range(len(words) - 2, 0, -1)]
        for head in heads:
            group = self.lexicon.actors.canonical(head)
            if group.casefold() in known or _fold(group) in self._actors_named:
                return group
        return name

    @cached_property
    def _actors_named(self) -> frozenset[str]:
        """The actors the event's attributions name, folded, as the lexicon spells them."""
        return frozenset(
            _fold(self.lexicon.actors.canonical(" ".join(a.actor.split())))
            for a in self.attributions
        )

    @lexicon_property
    def _actor_tables(self) -> tuple[dict[str, str], frozenset[str]]:
        # Names are compared folded: extraction and lexicon may capitalise them differently.
        actors = self.lexicon.actors
        parents = {k.casefold(): v for k, v in actors.affiliations.items()}
        known = {v.casefold() for v in actors.aliases.values()} | set(parents)
        known |= {v.casefold() for v in parents.values()}
        return parents, frozenset(known)

    def perpetrators(self) -> frozenset[str]:
        """Return the families the event's attributions name as perpetrator (not denied)."""
        return self._perpetrators

    @cached_property
    def _perpetrators(self) -> frozenset[str]:
        return frozenset(
            self.family(a.actor)
            for a in self.attributions
            if a.stance is not Stance.DENIED and not self.generic(a.actor)
        )

    def generic(self, actor: str) -> bool:
        """Say whether an actor is a description rather than a name: "unknown gunmen".

        A name the lexicon does not know, written without a capital letter ("gunmen",
        "suspected jihadists"), describes the attackers without naming a group, so it
        rivals no named group. "Fulani gunmen" and "al-Shabaab" are names. So is no name
        made only of the words the lexicon counts attackers by, whatever its case: a
        headline's "Suicide Bombers Behind Attack" or "SUICIDE" describes them too.
        """
        name = " ".join(actor.split())
        if not name:
            return False
        _, known = self._actor_tables
        canonical = self.lexicon.actors.canonical(name)
        if canonical.casefold() in known:
            return False
        if not any(ch.isupper() for ch in name) and not any(ch.isupper() for ch in canonical):
            return True
        words = re.findall(r"[\w'-]+", name.casefold())
        return bool(words) and all(w in self._attacker_words for w in words)

    @lexicon_property
    def _attacker_words(self) -> frozenset[str]:
        """The words of the lexicon's nouns for attackers ("suicide", "bombers", "gunmen")."""
        return frozenset(
            word
            for phrase, subject in self.lexicon.figures.subject_words.items()
            if subject is Subject.MILITANTS
            for word in re.findall(r"[\w'-]+", phrase.casefold())
            if word not in ("man", "men", "member", "strong", "armed")
        )

    def self_interested(self, claim: AnyClaim) -> bool:
        """Say whether a claim comes from the perpetrator itself.

        A claim of responsibility is self-interested; so is a figure from a militant
        source that is, or claimed on behalf of, a group the event names as perpetrator
        (or any militant source when nobody is named), and a figure from any speaker
        the event names as perpetrator: the army of an air strike, the police of a
        shooting ("the coalition" for "the Saudi-led coalition" too).
        """
        if isinstance(claim, AttributionClaim):
            return claim.stance is Stance.CLAIMED or (
                claim.source.kind is SourceKind.MILITANT
                and claim.stance is not Stance.DENIED
                and self._speaker_family(claim) == self.family(claim.actor)
            )
        if claim.source.kind is not SourceKind.MILITANT:
            return self._names_perpetrator(claim)
        named = self.perpetrators()
        if not named:
            return True
        if self._speaker_family(claim) in named:
            return True
        return any(
            a.stance is Stance.CLAIMED and self.same_source(a, claim) for a in self.attributions
        )

    def _names_perpetrator(self, claim: AnyClaim) -> bool:
        """Say whether the speaker is one the event names as perpetrator."""
        if claim.source.name is None:
            return False
        speaker = _bare(self.family(claim.source.name))
        if len(speaker) < 4:
            return False
        for actor in self._perpetrator_names:
            # "the army" speaks for "the Nigerian army", "the coalition" for "the
            # Saudi-led coalition": the speaker's words end the perpetrator's name.
            if actor == speaker or actor.endswith(" " + speaker):
                return True
        return False

    @cached_property
    def _perpetrator_names(self) -> frozenset[str]:
        named = {
            name
            for a in self.attributions
            if a.stance is not Stance.DENIED
            for name in (a.actor, self.family(a.actor))
        }
        return frozenset(_bare(n) for n in named)

    def _speaker_family(self, claim: AnyClaim) -> str | None:
        if claim.source.name is None:
            return None
        return self.family(claim.source.name)

    # revisions

    def updates(self, old: FigureClaim, new: FigureClaim) -> bool:
        """Say whether ``new`` is an update of ``old`` rather than a rival to it.

        Nothing published before ``old`` updates it, and a part given inside a figure
        ("including ...") never updates it.

        - A provisional figure ("initially said 30", "15 dead so far") is completed by a
          larger one, whoever gives it (but the perpetrator, who completes only its own),
          for the same subject, a containing one, or a narrower one (more police killed
          than the provisional toll of people), and the same metric or a part of it
          (two killed after "initially no casualties").
        - Otherwise both must count one metric and subject. A figure introduced as a
          revision ("the toll rose to 21") updates the figures below it and the
          provisional ones, whoever gave them; a higher figure only when the same
          speaker gave it or the revision says it goes down ("revised down to 12").
          Another speaker's figure that agrees with it ("at least 21") stays. The
          perpetrator's own revision updates only its own figures. Of two revisions,
          the later one (in the text, or by publication) is the update.
        - Otherwise only the same speaker updates itself, by giving a figure later (a
          later claim date or publication).
        """
        if not self._may_update(old, new):
            return False
        old_low, new_low = self.bounds(old)[0], self.bounds(new)[0]
        # An early or partial count is completed by a larger one, whoever gives it.
        alike = old.metric is new.metric and new.subject is old.subject
        larger = new_low > old_low or (new_low == old_low and not new.provisional and alike)
        if old.provisional and larger and _related(old.subject, new.subject):
            # ... but the perpetrator's own figure completes only its own.
            return self.same_source(old, new) or not self.self_interested(new)
        if not alike:
            return False
        if new.revision:
            return self._revision_updates(old, new)
        if old.revision or not self.same_source(old, new):
            return False
        old_day, new_day = self.published(old), self.published(new)
        return _later(_claim_day(old), _claim_day(new)) or _later(old_day, new_day)

    def _may_update(self, old: FigureClaim, new: FigureClaim) -> bool:
        """Say whether ``new`` may update ``old`` at all: its metric, not its part, not earlier."""
        if old.id == new.id or not (
            old.metric is new.metric or new.metric in old.metric.components
        ):
            return False
        if new.part_of == old.id or old.part_of == new.id:
            return False  # "15 killed so far, including 20 police" is no update
        # Published before old, new cannot know of it.
        return not _later(self.published(new), self.published(old))

    def _revision_updates(self, old: FigureClaim, new: FigureClaim) -> bool:
        """Say whether a revision ``new`` updates ``old``, of its own metric and subject."""
        if old.revision and not self._revised_after(old, new):
            return False  # of two revisions, only the later one can be the update
        if self.same_source(old, new):
            return True
        if self.self_interested(new):
            return False  # the perpetrator's own revision replaces no one else's toll
        # A toll rises: a revision replaces lower or early figures, whoever gave
        # them, but a higher rival only when the wording says it goes down. A
        # figure it agrees with ("at least 21" and "rose to 21") stays, as support.
        old_high = self.bounds(old)[1]
        lower = old_high is not None and old_high < self.bounds(new)[0]
        if old.provisional or lower:
            return True
        return self.revised_down(new) and not self.compatible(old, new)

    def _revised_after(self, old: FigureClaim, new: FigureClaim) -> bool:
        """Say whether revision ``new`` comes after revision ``old``, in the text or in print."""
        if old.span.doc == new.span.doc:
            return old.span.start < new.span.start
        return _later(self.published(old), self.published(new))

    def previous_figure(self, claim: FigureClaim) -> bool:
        """Say whether a figure is the one a revision started from ("raised from 358").

        The words are the keys of the lexicon's ``update_words``, right before the number
        (a qualifier may stand between: "from at least 358"): the figure was the toll
        before, a step of the timeline, never a correction.
        """
        pattern = self._previous
        found = number_in_quote(claim)
        if pattern is None or found is None or found[0] == 0:
            return False
        return pattern.search(claim.quote, 0, found[0]) is not None

    @lexicon_property
    def _previous(self) -> re.Pattern[str] | None:
        figures = self.lexicon.figures
        starts = _alternatives(figures.update_words)
        if not starts:
            return None
        qualifiers = _alternatives(figures.qualifiers)
        between = rf"(?:(?:{qualifiers})\s+)?" if qualifiers else ""
        return re.compile(rf"\b(?:{starts})\s+{between}$", re.IGNORECASE)

    def partial_count(self, claim: FigureClaim) -> bool:
        """Say whether a figure counts only the dead confirmed or identified so far: a floor.

        "We have confirmed 300 people died", "28 victims have been identified": the words
        are the lexicon's ``scopes.partial_count_words``, right before the number or
        passive right after its noun. Such a count caps nothing and corrects nothing.
        """
        before, after = self._partial_patterns
        if before is None or after is None:
            return False
        text = self._text(claim)
        placed = number_in_text(text, claim)
        if placed is None:
            found = number_in_quote(claim)
            return before.search(claim.quote[: found[0] if found else 0]) is not None
        start, end = placed
        return (
            before.search(text, max(0, start - 40), start) is not None
            or after.match(text, end, min(len(text), end + 60)) is not None
        )

    @lexicon_property
    def _qualifier_gap(self) -> str:
        """An optional qualifier and its space before a number ("at least "), as a regex."""
        qualifiers = _alternatives(self.lexicon.figures.qualifiers)
        return rf"(?:(?:{qualifiers})\s+)?" if qualifiers else ""

    @lexicon_property
    def _partial_patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        words = _alternatives(self.lexicon.scopes.partial_count_words)
        if not words:
            return None, None
        before = re.compile(rf"\b(?:{words})\s+{self._qualifier_gap}$", re.IGNORECASE)
        # "28 of the victims had been identified", "13 identified victims", "16 bodies
        # were still unidentified" (an adverb may stand between the verb and the word),
        # "17 male bodies recovered from the rubble" (the participle right after its noun).
        adverb = r"(?:(?:[a-z]+ly|still|yet|now|already|since|so\s+far|not(?:\s+yet)?)\s+)?"
        # "12 patients recovered from their wounds" were healed, not found.
        healed = r"(?!\s+(?:from|by)\s+(?:their|his|her|its)\b)"
        after = re.compile(
            rf"(?:\s+(?:{words})\b|(?:\s+[\w'\u2019-]+){{0,4}}?\s+"
            rf"(?:(?:have|has|had)\s+)?{adverb}(?:been|were|was|are)\s+{adverb}(?:{words})\b"
            rf"|(?:\s+[a-z'\u2019-]+){{1,2}}?\s+{adverb}(?:{words})\b{healed})",
            re.IGNORECASE,
        )
        return before, after

    def told_while_ongoing(self, claim: FigureClaim) -> bool:
        """Say whether a figure's text was written while its attack was still under way.

        "The siege was continuing", "gunmen were still holed up": the lexicon's
        ``scopes.ongoing_words`` after one of its ``ongoing_subjects`` in one clause. Such
        a report counts what was known as the attack went on: an early step, a floor for
        the tolls told after it. A clause that looks back on the attack ("while the siege
        was under way, the group released a video") tells no time of writing, nor do the
        words of another act (the lexicon's ``scopes.ongoing_not``: "the investigation
        into the attack is ongoing").
        """
        pattern = self._ongoing
        if pattern is None:
            return False
        doc = claim.span.doc
        found = self._ongoing_docs.get(doc)
        if found is None:
            text = self._text(claim)
            found = any(m.group("back") is None for m in pattern.finditer(text))
            self._ongoing_docs[doc] = found
        return found

    @cached_property
    def _ongoing_docs(self) -> dict[str, bool]:
        return {}

    @lexicon_property
    def _ongoing(self) -> re.Pattern[str] | None:
        scopes = self.lexicon.scopes
        nouns = _alternatives(scopes.ongoing_subjects)
        words = _alternatives(scopes.ongoing_words)
        if not nouns or not words:
            return None
        others = _alternatives(scopes.ongoing_not)
        step = rf"(?!\b(?:{others})\b)[^.;!?\n]" if others else r"[^.;!?\n]"
        # A clause that looks back ("while the siege was under way"), or another act
        # named before the attack ("the investigation into the attack is ongoing").
        back = rf"while|when|as|until|before|after|during|{others}" if others else "while"
        return re.compile(
            rf"(?P<back>\b(?:{back})\s+(?:[\w-]+\s+){{0,3}}?)?"
            rf"\b(?:{nouns})\b{step}{{0,60}}?\b(?:{words})\b",
            re.IGNORECASE,
        )

    def sighted(self, claim: FigureClaim) -> bool:
        """Say whether a figure counts what someone saw: "a witness saw 12 bodies".

        The lexicon's ``scopes.sighting_words`` stand before the number in its clause. One
        person sees some of the dead, not all: the figure is a floor for the toll.
        """
        pattern = self._sighting
        clause = self._before_number(claim, 60, r"[.;!?\n,]")
        return pattern is not None and clause is not None and pattern.search(clause) is not None

    def combined(self, claim: FigureClaim) -> bool:
        """Say whether a figure counts several acts together: "the two attacks killed 56".

        The lexicon's ``scopes.combined_words`` before one of its ``combined_nouns``
        ("two attacks", "both bomb attacks") stand in the figure's clause, before the
        number. Such a toll counts this event's dead with another's: a ceiling for this
        event's toll, never a floor.
        """
        pattern = self._combined
        if pattern is None:
            return False
        clause = self._before_number(claim, 100, r"[.;!?\n]")
        if clause is not None and pattern.search(clause) is not None:
            return True
        # "30 people were killed in the two attacks", "killed 16 in twin bombings": the acts
        # named after the number, in its clause, after a preposition.
        after = self._after_number(claim, 80, r"[.;!?\n]")
        return after is not None and self._combined_after.search(after) is not None

    def attackers_apart(self, claim: FigureClaim) -> int | None:
        """Return how many attackers a toll of people sets apart from those it counts.

        "16 people were killed besides the four attackers", "apart from the gunmen, 16
        died": one of the lexicon's ``scopes.apart_words`` before a noun of the attackers,
        in the figure's clause, next to its number. Such a toll counts the victims alone.
        None when the toll sets none apart; 0 when it does not say how many.
        """
        pattern = self._apart
        if pattern is None or claim.subject is not Subject.PEOPLE:
            return None
        after = self._after_number(claim, 100, r"[.;!?\n]")
        before = self._before_number(claim, 60, r"[.;!?\n]")
        for text in (after, before):
            found = pattern.search(text) if text is not None else None
            if found is not None:
                return self._count_in(found.group("between"))
        return None

    def _count_in(self, words: str) -> int:
        """Return the number among a few words ("the four", "all 5"), 0 if none."""
        for word in words.casefold().split():
            value = int(word) if word.isdigit() else self.lexicon.figures.number_words.get(word)
            if value is not None:
                return value
        return 0

    def attackers_beside(self, claim: FigureClaim) -> bool:
        """Say whether a toll of people is joined by "and" to a count of the attackers.

        "16 victims and four attackers died", "16 people were killed and four attackers
        were shot dead": the attackers are counted beside the toll, not in it.
        """
        if claim.subject is not Subject.PEOPLE:
            return False
        after = self._after_number(claim, 60, r"[.;!?\n]")
        return after is not None and self._beside.match(after) is not None

    @lexicon_property
    def _beside(self) -> re.Pattern[str]:
        nouns = self._attacker_nouns
        return re.compile(
            rf"\s*(?:[\w-]+\s+){{0,3}}?and\s+(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?"
            rf"(?:{nouns or '(?!)'})\b",
            re.IGNORECASE,
        )

    @lexicon_property
    def _attacker_nouns(self) -> str:
        """A regex of the attackers' nouns ("gunmen", "bombers").

        The small words of the lexicon's phrases for them ("of", "the") are left out.
        """
        nouns = (w for w in self._attacker_words if len(w) > 3 and w.isalpha())
        return "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))

    @lexicon_property
    def _apart(self) -> re.Pattern[str] | None:
        words = _alternatives(self.lexicon.scopes.apart_words)
        nouns = self._attacker_nouns
        if not words or not nouns:
            return None
        return re.compile(
            rf"\b(?:{words})\s+(?P<between>(?:[\w-]+\s+){{0,2}})(?:{nouns})\b",
            re.IGNORECASE,
        )

    def _after_number(self, claim: FigureClaim, reach: int, stops: str) -> str | None:
        """The words after a figure's number, up to the nearest of ``stops``.

        Read as :meth:`_before_number` reads the words before it.
        """
        read = number_read_in(self._text(claim), claim)
        if read is None:
            return None
        text, _, end = read
        return re.split(stops, text[end : end + reach])[0]

    def _before_number(self, claim: FigureClaim, reach: int, stops: str) -> str | None:
        """The words before a figure's number, back to the nearest of ``stops``.

        Read in the document (up to ``reach`` characters back), or in the quote alone when
        the document is not at hand or its span no longer holds the quote. None when the
        quote does not hold the figure's number.
        """
        read = number_read_in(self._text(claim), claim)
        if read is None:
            return None
        text, start, _ = read
        return re.split(stops, text[max(0, start - reach) : start])[-1]

    @lexicon_property
    def _combined(self) -> re.Pattern[str] | None:
        scopes = self.lexicon.scopes
        words = _alternatives(scopes.combined_words)
        nouns = _alternatives(scopes.combined_nouns)
        if not words or not nouns:
            return None
        return re.compile(rf"\b(?:{words})\s+(?:[\w-]+\s+)?(?:{nouns})\b", re.IGNORECASE)

    @lexicon_property
    def _combined_after(self) -> re.Pattern[str]:
        pattern = self._combined
        acts = pattern.pattern if pattern is not None else r"(?!)"
        return re.compile(
            rf"\b(?:in|from|during|across)\s+(?:the\s+|these\s+|those\s+|a\s+)?{acts}",
            re.IGNORECASE,
        )

    @lexicon_property
    def _sighting(self) -> re.Pattern[str] | None:
        words = _alternatives(self.lexicon.scopes.sighting_words)
        return re.compile(rf"\b(?:{words})\b", re.IGNORECASE) if words else None

    def whole_count(self, claim: FigureClaim) -> bool:
        """Say whether a count of participants counts all who took part in the attack.

        "Five men carried out the attack", "the attack was carried out by six fighters",
        "seven people were behind the blasts": the lexicon's ``scopes.whole_count_words``
        in the figure's clause after its number, or before it with "by". Such a count is a
        ceiling as well as a floor; another count of the attack that cannot meet it is a
        rival, not a second group seen elsewhere.
        """
        after, before = self._whole_count_patterns
        read = number_read_in(self._text(claim), claim)
        if after is None or before is None or read is None:
            return False
        text, start, end = read
        clause = re.split(r"[.;!?\n]", text[end : end + 100], maxsplit=1)[0]
        return after.search(clause) is not None or (
            before.search(text, max(0, start - 40), start) is not None
        )

    @lexicon_property
    def _whole_count_patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        words = _alternatives(self.lexicon.scopes.whole_count_words)
        if not words:
            return None, None
        return (
            re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{words})\s+by\s+{self._qualifier_gap}$", re.IGNORECASE),
        )

    def revised_down(self, claim: FigureClaim) -> bool:
        """Say whether a revision's wording lowers the toll ("revised down to 12").

        The words are the lexicon's ``downward_revision_words``, matched in the quote.
        """
        pattern = self._downward
        return claim.revision and pattern is not None and pattern.search(claim.quote) is not None

    def lowered(self, claim: FigureClaim) -> bool:
        """Say whether the words just before a figure lower the toll to it.

        "Authorities had lowered the toll to 28 at the weekend": the lexicon's
        ``downward_revision_words`` in the quote, or in its sentence right before the
        number, whether or not extraction read the figure as a revision.
        """
        pattern = self._downward
        if pattern is None:
            return False
        if pattern.search(claim.quote):
            return True
        text = self._text(claim)
        placed = number_in_text(text, claim)
        if placed is None:
            return False
        start = placed[0]
        window = text[max(0, start - 40) : start]
        window = re.split(r"[.;!?\n]", window)[-1]  # within its sentence
        return pattern.search(window) is not None

    def retracted(self, claim: FigureClaim) -> bool:
        """Say whether the figure's text takes back the report that gave it.

        "Earlier, the agency said four were killed but retracted the report", "The
        minister's tweet put the dead at five. This was later withdrawn.": the lexicon's
        ``retraction_words`` after the figure in its sentence, with no other number
        between (a retraction of another figure names that one), or in the next sentence
        when it opens with one of ``retraction_anaphors``. The figure was said and taken
        back: a figure its correction stands against, not the speaker's current count.
        """
        pattern = self._retraction
        text = self._text(claim)
        placed = number_in_text(text, claim) if pattern is not None else None
        if pattern is None or placed is None:
            return False
        rest = text[placed[1] : placed[1] + _RETRACTION_REACH]
        ends = [m.end() for m in _SENTENCE_END.finditer(rest)]
        own = rest[: ends[0]] if ends else rest
        taken = pattern.search(own)
        if taken is not None and not re.search(r"\d", own[: taken.start()]):
            return True
        after = rest[ends[0] : ends[1] if len(ends) > 1 else None].strip() if ends else ""
        opens = self.lexicon.figures.retraction_anaphors
        folded = after.casefold()
        return any(folded.startswith(w + " ") for w in opens) and bool(pattern.search(after))

    @lexicon_property
    def _retraction(self) -> re.Pattern[str] | None:
        words = _alternatives(self.lexicon.figures.retraction_words)
        return re.compile(rf"\b(?:{words})\b", re.IGNORECASE) if words else None

    @lexicon_property
    def _downward(self) -> re.Pattern[str] | None:
        words = _alternatives(self.lexicon.figures.downward_revision_words)
        if not words:
            return None
        # Literal alternatives between word boundaries: no backtracking to speak of.
        return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)

    def related_by_update(self, a: FigureClaim, b: FigureClaim) -> bool:
        """Say whether either claim updates the other."""
        return self.updates(a, b) or self.updates(b, a)

    def says(self, claims: Sequence[FigureClaim]) -> str:
        """Describe what a side of figure claims says: "police (official) says 7".

        Example:
            In an explanation: "Afghan authorities (official) say 0 police were killed".
        """
        figures: list[str] = []
        for claim in claims:
            text = figure_words(claim.figure)
            if text not in figures:
                figures.append(text)
        return f"{self.speakers(claims, 'says')} {' or '.join(figures)}"

    def speakers(self, claims: Sequence[AnyClaim], verb: str) -> str:
        """Name the speakers of some claims with a verb that agrees: "officials (official) say".

        ``verb`` is the third person singular ("says", "dates it", "denies"); it turns
        plural for several speakers or a plural name (see :func:`plural_name`).
        """
        labels: list[str] = []
        names: list[str] = []
        for claim in claims:
            label = self.label(claim)
            if label not in labels:
                labels.append(label)
                names.append(self.source_name(claim))
        plural = len(labels) > 1 or (len(names) == 1 and self.plural(names[0]))
        return f"{' and '.join(labels)} {agree(verb, plural=plural)}"

    def agree(self, claim: AnyClaim, verb: str) -> str:
        """Return ``verb`` (third person singular) agreeing with the claim's speaker."""
        return agree(verb, plural=self.plural(self.source_name(claim)))

    def plural(self, name: str) -> bool:
        """Say whether a speaker's name takes a plural verb (see :func:`plural_name`)."""
        return plural_name(name, self._source_nouns)

    @lexicon_property
    def _source_nouns(self) -> frozenset[str]:
        return frozenset(self.lexicon.sources.nouns)

    def interval(self, claim: FigureClaim) -> str:
        """Return the claim's interval as explanations write it: "[7, 7]" or "[101, ∞)"."""
        low, high = self.bounds(claim)
        return f"[{low}, {high}]" if high is not None else f"[{low}, ∞)"


def rendering_key(name: str, lexicon: Lexicon) -> str:
    """Return a key that the renderings of one transliterated name share.

    The name is folded (case, accents, hyphens), its particles (the lexicon's
    ``actors.name_particles``: "e", "i", "ul") dropped, its letters rendered alike (the
    lexicon's ``actors.renderings``: "ee" as "i") and doubled letters made single:
    "Tehreek-e-Velka" and "Tehrik-i-Velka" share "tehrik velka". A name of one word
    keeps its own spelling (its key is ""): one short word is too easily another's.
    """
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = re.sub(r"[^\w\s]", " ", folded).split()
    if len(words) < 2:
        return ""
    particles, letters = _rendering_tables(lexicon)
    kept = [w for w in words if w not in particles]
    if len(kept) < 2:
        return ""
    key = " ".join(kept)
    if letters is not None:
        key = letters[1].sub(lambda m: letters[0][m.group(0)], key)
    return re.sub(r"(\w)\1+", r"\1", key)


@per_lexicon
def _rendering_tables(
    lexicon: Lexicon,
) -> tuple[frozenset[str], tuple[dict[str, str], re.Pattern[str]] | None]:
    actors = lexicon.actors
    particles = frozenset(w.casefold() for w in actors.name_particles if " " not in w)
    table = {k.casefold(): v.casefold() for k, v in actors.renderings.items()}
    if not table:
        return particles, None
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=lambda k: (-len(k), k))))
    return particles, (table, pattern)


@per_lexicon
def _known_renderings(lexicon: Lexicon) -> dict[str, str]:
    """The rendering keys of the actors the lexicon knows, to their canonical names."""
    found: dict[str, str] = {}
    for name in sorted(set(lexicon.actors.aliases.values())):
        found.setdefault(rendering_key(name, lexicon), name)
    found.pop("", None)
    return found


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())


def _bare(name: str) -> str:
    """Return a name folded, without a leading article: "the Army" is "army"."""
    folded = _fold(name)
    return folded[4:] if folded.startswith("the ") else folded


def _alternatives(words: Iterable[str]) -> str:
    """Return a regex of literal phrases, longest first, spaces matching any spacing.

    ``""`` for no phrase, so that a caller can leave out what it would have matched.
    """
    return alternation(words, never="")


def _amount_words(text: str) -> str:
    """Fold a figure's words for a lookup: "Scores of" is "scores"."""
    words = text.casefold().split()
    if words and words[-1] == "of":
        words.pop()
    return " ".join(words)


def _claim_day(claim: AnyClaim) -> dt.date | None:
    return claim.date.value if claim.date is not None else None


def _related(a: Subject, b: Subject) -> bool:
    """Say whether one subject contains the other."""
    return a.contains(b) or b.contains(a)


def _later(first: dt.date | None, second: dt.date | None) -> bool:
    return first is not None and second is not None and second > first


def is_unnamed_part(ctx: EventView, claim: FigureClaim) -> bool:
    """Say whether a claim counts a part of its whole without a narrower subject.

    "At least 16 people killed, including two newborn babies", with no subject for the
    babies, gives a part of the people killed: a floor for every total, not a total.
    """
    scope = ctx.scope(claim)
    if (
        scope.part
        and scope.key is None
        and not (scope.among and claim.subject is Subject.MILITANTS)
    ):
        # "40 of the bodies", "six more bodies", "one blew himself up". But "four gunmen
        # were among the dead" counts the attackers killed, a group counted whole, while
        # victims among the dead ("eight women") are a breakdown compiled piecemeal.
        return True
    if claim.part_of is None:
        return False
    whole = ctx.whole_of(claim)
    if whole is None:
        return True  # a total the report does not hold as a figure
    # A part of a narrower subject than its total names its part ("27 killed, including
    # seven police"); any other part given inside a total counts a few of it.
    return whole.subject is claim.subject or not whole.subject.contains(claim.subject)
