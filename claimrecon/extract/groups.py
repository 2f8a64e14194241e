"""One group, one name, across the documents of an event.

A group the lexicon does not know is written as each text spells it: one report defines
"the Okvara Zelvan Front (OZF)", another says only "the OZF claimed", a third "the Zelvan
Front", a fourth spells it "Jamaatul Okvara" where the first wrote "Jamaat-ul-Okvara".
Read document by document, these are four actors, and the rules would see four rival
perpetrators. :func:`resolve_groups` reads the names of an event's documents together and
writes every mention of one group with one name: the longest well-formed full name among
its spellings, or the lexicon's name when the lexicon knows one of them. The text's own
spelling stays on the claim as :attr:`~claimrecon.models.AttributionClaim.actor_text`.

Names of an event are one group when:

- a document of the event defines one by the other ("Full Name (ACR)", "ACR, the Full
  Name", "X, also known as Y": :func:`~claimrecon.extract.names.definitions`);
- they spell one name alike: the same consonants in the same order, once articles,
  vowels, doubled letters and punctuation are set aside ("Jundallah", "Jundullah");
- one is an acronym whose letters are the initials of exactly one other group's name;
- one is a distinctive short form of exactly one longer name: its first words ("Okvara"
  of "Okvara-e-Zelva") or its last words down to an organisation's head ("the Zelvan
  Front", "the Front"). A document that names the short form first and the longer name
  after treats them as two groups ("the Islamic State ... its Zelvan Province"), and
  then they stay two.

Only names the lexicon does not know are resolved by spelling, acronym or short form: the
lexicon has already written its own names as the groups they are. Descriptions ("gunmen",
"local networks") are no names and are left alone.

It runs on events, after grouping, in :func:`~claimrecon.pipeline.analyze`, in the store's
reports and in the Dask engine alike; resolving a resolved report changes nothing.

May import: :mod:`.names`, and the vocab and models modules.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimrecon.extract.names import (
    NameGrammar,
    acronym_fits,
    definitions,
    name_grammar,
    names_in,
)
from claimrecon.models import AttributionClaim, Document, Event, Report
from claimrecon.vocab import Lexicon, per_lexicon

__all__ = ["resolve_groups"]


@dataclass(frozen=True)
class _Known:
    """What the lexicon knows of names: its aliases (lower case) and canonical names."""

    aliases: dict[str, str]
    canonical: frozenset[str]
    heads: frozenset[str]
    generic: frozenset[str]

    def knows(self, name: str) -> bool:
        return _key(name) in self.aliases or name in self.canonical

    def other(self, written: str, actor: str) -> bool:
        """Say whether the lexicon reads ``written`` as another actor than ``actor``."""
        known = self.aliases.get(_key(written))
        return known is not None and known != actor


@per_lexicon
def _known(lexicon: Lexicon) -> _Known:
    act = lexicon.actors
    return _Known(
        aliases=act.spellings(),
        canonical=frozenset(act.aliases.values()) | frozenset(act.affiliations.values()),
        heads=frozenset(h.lower() for h in act.organisation_heads),
        generic=frozenset(h.lower() for h in act.generic_heads),
    )


def group_names(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Return where ``text`` names a group: a name the lexicon knows, or an organisation's.

    "the Islamic State of Zelvania", "al-Qaeda in the Okvaran Peninsula", "the Front for
    the Liberation of Dunmar", "the Velka Army of Okvara": a place word inside such a name
    names the group, not a place of its story.
    """
    known = _known(lexicon)
    return [
        (span.start, span.end)
        for span in names_in(name_grammar(lexicon), text, 0, len(text))
        if span.organisation or _a_group(known, lexicon, span.name.split())
    ]


_CONNECTIVES = frozenset({"of", "in", "for"})
"""The words inside a group's name that open its place or cause: "Army of", "Front for"."""


def _a_group(known: _Known, lexicon: Lexicon, words: list[str]) -> bool:
    """Say whether a name is a group's: known, a known group's branch, or a head before "of".

    "the Islamic State of Zelvania" opens on a known name; "the Velka Army of Okvara" has
    an organisation's head before its connective.
    """
    if any(known.knows(" ".join(words[:k])) for k in range(len(words), 0, -1)):
        return True
    if " ".join(words) in _branches(lexicon):
        return True
    return any(
        w.lower() in known.heads and n.lower() in _CONNECTIVES for w, n in itertools.pairwise(words)
    )


@per_lexicon
def _branches(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's groups named by a place: its affiliates and its branches by country."""
    act = lexicon.actors
    by_country = {name for table in act.branches.values() for name in table.values()}
    return frozenset(act.affiliations) | frozenset(by_country)


def resolve_groups(report: Report, lexicon: Lexicon | None = None) -> Report:
    """Return ``report`` with each event's mentions of one group written with one name.

    Claims outside events (aggregates) and figure claims are left as they are; a claim
    whose actor changes keeps its id and its written spelling in ``actor_text``.

    Example:
        >>> import datetime as dt
        >>> from claimrecon.models import Span, Stance
        >>> texts = ["The Okvara Zelvan Front (OZF) claimed it.", "The OZF claimed it."]
        >>> docs = tuple(Document(id=f"d{i}", text=t) for i, t in enumerate(texts))
        >>> claims = tuple(
        ...     AttributionClaim(span=Span(doc=d.id, start=0, end=10), quote=d.text[:10],
        ...                      actor=a, stance=Stance.CLAIMED)
        ...     for d, a in zip(docs, ["Okvara Zelvan Front", "OZF"]))
        >>> event = Event(id="e1", claims=tuple(c.id for c in claims), documents=("d0", "d1"))
        >>> out = resolve_groups(Report(documents=docs, claims=claims, events=(event,)))
        >>> [(c.actor, c.actor_text) for c in out.claims]
        [('Okvara Zelvan Front', None), ('Okvara Zelvan Front', 'OZF')]
    """
    lexicon = lexicon or Lexicon.default()
    texts = {d.id: d for d in report.documents}
    by_id = {c.id: c for c in report.claims if isinstance(c, AttributionClaim)}
    changed: dict[str, AttributionClaim] = {}
    for event in report.events:
        claims = [by_id[c] for c in event.claims if c in by_id]
        if claims:
            changed.update(_resolved(lexicon, claims, _documents(event, texts)))
    if not changed:
        return report
    return report.model_copy(update={"claims": tuple(changed.get(c.id, c) for c in report.claims)})


def _documents(event: Event, texts: dict[str, Document]) -> list[Document]:
    return [texts[d] for d in event.documents if d in texts]


def _resolved(
    lexicon: Lexicon, claims: Sequence[AttributionClaim], documents: Iterable[Document]
) -> dict[str, AttributionClaim]:
    """The claims of one event whose actor one group's name replaces, by id."""
    known = _known(lexicon)
    documents = list(documents)
    groups = _Groups()
    named = _join_written(known, groups, claims)
    grammar = name_grammar(lexicon)
    shorter: set[str] = set()  # names a document defines by a fuller one (or describes)
    for document in documents:
        for short, full in _definitions(grammar, document).items():
            groups.join(short, full)
            named.add(_key(full))
            if _key(short) != _key(full):
                shorter.add(_key(short))
    named |= shorter
    proper = [n for n in groups.names() if _proper(n)]
    unknown = [n for n in proper if not known.knows(n)]
    for a, b in _alike(unknown):
        groups.join(a, b)
    _join_short_forms(known, unknown, proper, groups, claims)
    return _renamed(known, groups, named, shorter, claims, _Written(documents))


def _renamed(
    known: _Known,
    groups: _Groups,
    named: set[str],
    shorter: set[str],
    claims: Sequence[AttributionClaim],
    usage: _Written | None = None,
) -> dict[str, AttributionClaim]:
    """The claims of unknown groups written with their group's name, where it differs.

    A name some document defines by a fuller one ("OZF", "the Zelvan militia") names the
    group only when the group has no other.
    """
    usage = usage or _Written(())
    mentions = Counter(c.actor for c in claims)
    out: dict[str, AttributionClaim] = {}
    for claim in claims:
        if known.knows(claim.actor) or not _proper(claim.actor):
            continue
        members = [m for m in groups.members(claim.actor) if _key(m) in named]
        members = [m for m in members if _key(m) not in shorter] or members
        name = _group_name(known, members, mentions, usage)
        if name is not None and name != claim.actor:
            written = claim.actor_text or claim.actor
            out[claim.id] = claim.model_copy(update={"actor": name, "actor_text": written})
    return out


def _join_written(known: _Known, groups: _Groups, claims: Sequence[AttributionClaim]) -> set[str]:
    """Join each claim's actor and its name as written; return the actors' keys.

    The written name is the actor's, unless the lexicon reads it as another group (the
    extractor may have named a part of it: "the U.S." of "the U.S. military") or it names
    the parent of the actor, an affiliate. Only actors and defined names may name a group,
    never the words that referred to one ("the extremist group").
    """
    for claim in claims:
        groups.add(claim.actor)
        written = claim.actor_text
        if written and not known.other(written, claim.actor) and not _parent(written, claim.actor):
            groups.join(claim.actor, written)
    return {_key(c.actor) for c in claims}


# The definitions of a document, kept for the few documents a store or an engine reads
# again: reading every name of a long text is the cost of this stage.
_DEFINED: dict[tuple[int, str], tuple[Document, dict[str, str]]] = {}
_DEFINED_SIZE = 4096


def _definitions(grammar: NameGrammar, document: Document) -> dict[str, str]:
    key = (id(grammar), document.id)
    hit = _DEFINED.get(key)
    if hit is not None and hit[0] == document:
        return hit[1]
    found = definitions(grammar, document.text)
    if len(_DEFINED) >= _DEFINED_SIZE:
        _DEFINED.clear()
    _DEFINED[key] = (document, found)
    return found


def forget_definitions() -> None:
    """Drop the kept definitions of documents (see :func:`resolve_groups`), texts and all.

    For a process that never reads a document twice, such as a Dask worker between tasks:
    kept, the last 4,096 documents would hold its memory up from task to task.
    """
    _DEFINED.clear()


class _Groups:
    """Names joined into groups (union-find over folded names), each as first written."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._written: dict[str, str] = {}

    def add(self, name: str) -> str:
        key = _key(name)
        self._written.setdefault(key, " ".join(name.split()))
        self._parent.setdefault(key, key)
        return key

    def _root(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def join(self, a: str, b: str) -> None:
        ra, rb = self._root(self.add(a)), self._root(self.add(b))
        if ra != rb:
            # The smaller key is the root, so that the groups do not depend on order.
            self._parent[max(ra, rb)] = min(ra, rb)

    def same(self, a: str, b: str) -> bool:
        return self._root(_key(a)) == self._root(_key(b))

    def names(self) -> list[str]:
        return sorted(self._written.values())

    def members(self, name: str) -> list[str]:
        root = self._root(_key(name))
        return sorted(w for k, w in self._written.items() if self._root(k) == root)


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _key(name: str) -> str:
    return _THE.sub("", " ".join(name.lower().split()))


def _proper(name: str) -> bool:
    """Say whether ``name`` is written as a proper name (a capital opens a word of it)."""
    return any(w[:1].isupper() for w in _PARTS.findall(name))


_PARTS = re.compile(r"[^\s\-\u2010'\u2019]+")
_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|an|ar|az)[\s\-\u2010]+", re.IGNORECASE)
_VOWELS = re.compile(r"[aeiouyw]|[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")


def _skeleton(name: str) -> str:
    """The consonants of a name in order: transliterations of one name share them.

    "Jundallah" and "Jundullah", "Tehreek" and "Tehrik", "al-Mourabitoun" and
    "Murabitoun" fold alike.
    """
    bare = _ARTICLE.sub("", _THE.sub("", name.strip())).lower()
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", bare.replace("h", "")))


def _alike(names: Sequence[str]) -> Iterable[tuple[str, str]]:
    """Pairs of names spelt alike; acronyms are not spellings.

    Alike are names of one long skeleton (see :func:`_skeleton`), and names that differ
    only in their vowels, one for one, and doubled letters ("Shabab", "Shabaab", "Shebab":
    see :func:`_vowel_frame`), however short.
    """
    by: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if not name.isupper():
            skeleton = _skeleton(name)
            if len(skeleton) >= 4:
                by[skeleton].append(name)
            if _consonants(name) >= 3:
                by["=" + _vowel_frame(name)].append(name)
    for same in by.values():
        yield from ((same[0], other) for other in same[1:])


_VOWEL_SLOT = re.compile(r"[aeiouy]+")


def _consonants(name: str) -> int:
    """How many consonants a name's vowel frame holds (doubled letters once)."""
    return sum(c.isalpha() for c in _vowel_frame(name))


def _vowel_frame(name: str) -> str:
    """A name with each run of vowels one slot and doubled letters once: "sh_b_b".

    Transliterations of one name differ in their vowels ("Jundallah", "Jundullah",
    "Mohammed", "Mohammad") and in doubling, rarely in their consonants or in where a
    vowel stands: two names alike in this frame are one name spelt two ways.
    """
    bare = _ARTICLE.sub("", _THE.sub("", name.strip())).lower()
    letters = _DOUBLED.sub(r"\1", re.sub(r"[^a-z]+", " ", bare).strip())
    return _VOWEL_SLOT.sub("_", letters)


def _join_short_forms(
    known: _Known,
    shorts: Sequence[str],
    names: Sequence[str],
    groups: _Groups,
    claims: Sequence[AttributionClaim],
) -> None:
    """Join each short form or acronym to the one group whose longer name it stands for.

    The longer short forms go first, so that "the Zelvan Front" has joined "the Okvara
    Zelvan Front" before "the Front" looks for the one group it may stand for.
    """
    first = _first_mentions(claims)
    for short in sorted(shorts, key=lambda n: (-len(_PARTS.findall(n)), n)):
        fits = {
            groups.members(full)[0]: full
            for full in names
            if not groups.same(short, full)
            and _stands_for(known, short, full)
            and not _named_before(first, short, full)
        }
        if len(fits) == 1:
            groups.join(short, next(iter(fits.values())))


def _stands_for(known: _Known, short: str, full: str) -> bool:
    """Say whether ``short`` may be an acronym or a short form of ``full``."""
    if short.isupper() and " " not in short:
        return not full.isupper() and acronym_fits(short, full)
    s = [w.lower() for w in _PARTS.findall(_THE.sub("", short))]
    f = [w.lower() for w in _PARTS.findall(_THE.sub("", full))]
    if not s or len(s) >= len(f) or all(w in known.generic for w in s):
        return False
    if f[: len(s)] == s:
        # Its first words ("Okvara" of "Okvara-e-Zelva"), unless the rest names a part of
        # it in a region ("... in the Zelvan Highlands"): a parent is no short form of it.
        return f[len(s)] not in _LINKS
    return f[-len(s) :] == s and s[-1] in known.heads  # "the Zelvan Front", "the Front"


# Words after a parent's name that make the whole its regional affiliate's.
_LINKS = frozenset({"in", "of", "for"})


def _parent(short: str, full: str) -> bool:
    """Say whether ``short`` names the parent of the affiliate ``full`` ("X" of "X in the Y")."""
    s = [w.lower() for w in _PARTS.findall(_THE.sub("", short))]
    f = [w.lower() for w in _PARTS.findall(_THE.sub("", full))]
    return 0 < len(s) < len(f) and f[: len(s)] == s and f[len(s)] in _LINKS


def _first_mentions(claims: Sequence[AttributionClaim]) -> dict[tuple[str, str], int]:
    """Where each document first names each actor (as resolved and as written)."""
    first: dict[tuple[str, str], int] = {}
    for claim in claims:
        for name in {claim.actor, claim.actor_text or claim.actor}:
            key = (claim.span.doc, _key(name))
            first[key] = min(first.get(key, claim.span.start), claim.span.start)
    return first


def _named_before(first: dict[tuple[str, str], int], short: str, full: str) -> bool:
    """Say whether a document names ``short`` before it names ``full``: two groups then."""
    s, f = _key(short), _key(full)
    return any(
        doc_key == s and (doc, f) in first and at < first[doc, f]
        for (doc, doc_key), at in first.items()
    )


def _group_name(
    known: _Known, members: Sequence[str], mentions: Counter[str], usage: _Written
) -> str | None:
    """The name a group is written with: the lexicon's, else its longest well-formed name.

    Of two spellings of one name ("Okvaro"/"Okvara", "al-Okvara Front"/"Okvara Front"), the
    one the event's texts write most often: the usual spelling of a name is the one most
    outlets use.
    """
    canonical = sorted({m for m in members if m in known.canonical})
    if len(canonical) == 1:
        return canonical[0]
    if canonical:
        return None  # two groups the lexicon tells apart: not this stage's to join
    proper = [m for m in members if _proper(m)]
    proper = [m for m in proper if not _described(m, proper, usage)] or proper
    if not proper:
        return None
    return max(
        proper,
        key=lambda n: (
            not n.isupper(),
            len(_PARTS.findall(_ARTICLE.sub("", n))),  # "al-" adds no word to a name
            usage.count(n),
            mentions[n],
            len(n),
            n,
        ),
    )


def _described(name: str, names: Sequence[str], usage: _Written) -> bool:
    """Say whether ``name`` is another of ``names`` and a head no text capitalises after it.

    "the Okvara militia" read as "Okvara Militia" describes the group Okvara: when the
    texts also name it "Okvara" and never write "Okvara Militia", the head is no part of
    the group's name.
    """
    short, _, last = name.rpartition(" ")
    return (
        bool(short)
        and last[:1].isupper()
        and any(_key(n) == _key(short) for n in names)
        and usage.count(name, exact=True) == 0
    )


class _Written:
    """How often the documents of an event write a name, counted once asked for."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._texts = [d.text for d in documents]
        self._counts: dict[tuple[str, bool], int] = {}

    def count(self, name: str, exact: bool = False) -> int:
        """How often the texts write ``name``: in any case, or in its own case if ``exact``."""
        found = self._counts.get((name, exact))
        if found is None:
            words = [re.escape(w) for w in _PARTS.findall(name)]
            gaps = r"[\s\-\u2010'\u2019]+".join(words)
            flags = 0 if exact else re.IGNORECASE
            pattern = re.compile(rf"(?<![\w\-]){gaps}(?!\w)", flags)
            found = self._counts[name, exact] = sum(len(pattern.findall(t)) for t in self._texts)
        return found
