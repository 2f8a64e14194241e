"""Attribution claims: who is named as the perpetrator of an event, with what stance.

:func:`find_attributions` reads one sentence and returns an :class:`AttributionClaim` for
each armed group it names as the author of a specific event. The group is folded to its
canonical name through the ``actors`` lexicon ("ISIS-K" is the Islamic State Khorasan, an
affiliate of the Islamic State; "Taliban-Haqqani" is the Haqqani network, part of the
Taliban), and the stance says how the text names it:

- ``claimed``: the group itself claims the act ("IS claimed responsibility", "a local
  affiliate of ISIS claimed the attack", "IS, through Amaq, said its fighters carried
  out ..."). The source is the group, with its outlet as the chain (Amaq).
- ``asserted``: stated as fact ("the Taliban carried out an ambulance bombing", "a Taliban
  attacker drove ...", "the Islamic State killed over ten soldiers", "the Islamic
  State-Khorasan group's attack on the embassy", "officials blamed al-Shabaab").
- ``believed``: a belief about it ("believe it was a Taliban-Haqqani attack").
- ``suspected``: a guess or hedge ("Taliban may be behind Kabul attack", "suspected
  Taliban gunmen stormed ...").
- ``denied``: the group denies it ("the Taliban denied any involvement").

The rules are deliberately narrow: an attribution needs a specific event (an attack, a
named target, a count of victims, responsibility) and a construction that ties the group
to it, with only group words and adverbs in between ("the Islamic State terrorist group
later claimed ..."). General statements ("the Taliban have intensified their attacks",
"IS's loosening grip"), negated or hedged-away sentences ("no evidence the Taliban ...")
and questions give nothing. The cue phrases are data (``stance_cues`` after the actor,
``agent_cues`` before it) with placeholders for the event, the target and the count.

Each claim's source comes from :func:`claimrecon.extract.sources.find_source`; for
``claimed`` and ``denied`` the group speaks for itself.

Example:
    >>> from claimrecon.extract.segment import DocContext
    >>> from claimrecon.models import Document
    >>> from claimrecon.vocab import Lexicon
    >>> text = "Boko Haram claimed the attack, a police spokesman said."
    >>> ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    >>> [(c.actor, c.stance.value, c.quote) for c in find_attributions(ctx, ctx.sentences[0])]
    [('Boko Haram', 'claimed', 'Boko Haram claimed the attack')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.extract.sources import DOCUMENT_VOICE, find_source, short_key, speaker_before
from claimrecon.models import AttributionClaim, Source, SourceKind, Span, Stance
from claimrecon.vocab import Lexicon

__all__ = ["find_attributions"]

_WORD = re.compile(r"[\w'\u2019\-]+|[^\w\s]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# Bounded, non-nested: parentheses, brackets and comma-asides inside a subject gap.
_ASIDES = re.compile(r"\([^()]{0,60}\)|\[[^\[\]]{0,40}\]|,[^,;.]{0,60},")
_PREPOSITIONS = frozenset(
    {"against", "on", "by", "from", "with", "at", "to", "into", "over", "for", "targeting",
     "toward", "towards", "between", "among", "of", "about", "versus", "vs", "fighting",
     "like", "than", "under", "behind", "beside", "near", "inside", "across"}
)  # fmt: skip
_DETS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
_SPACE = r"\s+"
_PLACEHOLDER = re.compile(r"(\{[a-z]+\})")
# "said in a statement on Telegram that": a short aside between a verb and what it says.
_ASIDE = r"(?:\s+(?:in|on|via|through)(?:\s+[\w'\u2019\-]+){1,5}?)?(?:\s+that)?"
_MAX_GAP_WORDS = 10
_MAX_CACHE = 16


@dataclass(frozen=True)
class _Mention:
    start: int  # offsets in the document
    end: int
    actor: str
    text: str


@dataclass(frozen=True)
class _Patterns:
    alias_re: re.Pattern[str] | None
    outlet_re: re.Pattern[str] | None
    after_re: re.Pattern[str] | None  # cues after the actor (stance_cues)
    after: tuple[Stance, ...]
    before_re: re.Pattern[str] | None  # cues before the actor (agent_cues)
    before: tuple[tuple[Stance, bool], ...]  # stance, and whether the cue only modifies
    adjectival_re: re.Pattern[str] | None
    attacker_re: re.Pattern[str] | None
    aliases: dict[str, str]
    outlets: dict[str, str]
    fillers: frozenset[str]
    members: frozenset[str]
    attackers: frozenset[str]
    hedges: dict[str, Stance]
    negations: tuple[str, ...]

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Patterns:
        act, fig = lexicon.actors, lexicon.figures
        aliases = {" ".join(k.lower().split()): v for k, v in act.aliases.items()}
        outlets = {" ".join(k.lower().split()): v for k, v in act.outlets.items()}
        event = _words_alt(act.event_nouns)
        det = (
            r"(?:a|an|the|this|that|these|those|last\s+week['\u2019]s|\w+day['\u2019]s"
            r"|(?-i:[A-Z])[\w\-]*['\u2019]s)"
        )
        mod = r"[\w'\u2019\-]+"
        parts = {
            "{event}": (
                rf"(?:{det}\s+(?:{mod}\s+){{0,3}}?|(?-i:[A-Z])[\w\-]*\s+)(?:{event})(?![\w\-])"
                if event
                else r"(?!x)x"
            ),
            "{target}": rf"(?:{det}\s+|(?-i:[A-Z]))[\w'\u2019\-]+",
            "{aside}": _ASIDE,
            "{number}": _number_pattern(fig.qualifiers, fig.number_words, list(fig.vague_amounts)),
        }
        after_items = sorted(act.stance_cues.items(), key=lambda kv: -len(kv[0]))
        before_items = sorted(act.agent_cues.items(), key=lambda kv: -len(kv[0]))
        modifiers = (Stance.BELIEVED, Stance.SUSPECTED)
        return cls(
            alias_re=_words_re(aliases),
            outlet_re=_words_re(outlets),
            after_re=_cues_re([k for k, _ in after_items], parts),
            after=tuple(v for _, v in after_items),
            before_re=_cues_re([k for k, _ in before_items], parts),
            before=tuple((v, v in modifiers and "{" not in k) for k, v in before_items),
            adjectival_re=(
                re.compile(
                    rf"^(?:\s+(?:group|network|organi[sz]ation|movement|faction))?"
                    rf"(?:(?:['\u2019]s?)\s+(?:{mod}\s+){{0,3}}?|[\s\-]+)(?:{event})(?![\w\-])",
                    re.IGNORECASE,
                )
                if event
                else None
            ),
            attacker_re=_attacker_re(act.attacker_nouns, act.attack_verbs),
            aliases=aliases,
            outlets=outlets,
            fillers=frozenset(w.lower() for w in act.subject_fillers),
            members=frozenset(w.lower() for w in act.member_nouns),
            attackers=frozenset(w.lower() for w in act.attacker_nouns),
            hedges={k.lower(): v for k, v in act.hedges.items()},
            negations=tuple(n.lower() for n in act.negations),
        )


def _words_alt(words: Iterable[str]) -> str:
    items = sorted({" ".join(w.lower().split()) for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in items)


def _words_re(keys: Iterable[str]) -> re.Pattern[str] | None:
    body = _words_alt(keys)
    if not body:
        return None
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-]|['\u2019]\w\w)", re.IGNORECASE)


def _number_pattern(qualifiers: Iterable[str], numbers: Iterable[str], vague: Iterable[str]) -> str:
    quals = _words_alt(qualifiers)
    words = _words_alt([*numbers, *vague])
    count = r"\d[\d,]*" + (f"|{words}" if words else "")
    qual = rf"(?:(?:{quals})\s+)?" if quals else ""
    return rf"{qual}(?:{count})(?![\w\-])"


def _cues_re(cues: list[str], parts: dict[str, str]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alternatives = []
    for i, cue in enumerate(cues):
        pieces = []
        for word in cue.split():
            # A placeholder may stand alone ("{event}") or be glued to a word ("said{aside}").
            chunks = _PLACEHOLDER.split(word)
            pieces.append("".join(parts.get(ch, re.escape(ch)) for ch in chunks if ch))
        body = _SPACE.join(pieces)
        alternatives.append(f"(?P<c{i}>{body})")
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(alternatives)})(?![\w\-])", re.IGNORECASE)


def _attacker_re(nouns: Iterable[str], verbs: Iterable[str]) -> re.Pattern[str] | None:
    noun_alt, verb_alt = _words_alt(nouns), _words_alt(verbs)
    if not noun_alt or not verb_alt:
        return None
    return re.compile(rf"^\s+(?:{noun_alt})\s+(?:{verb_alt})(?![\w\-])", re.IGNORECASE)


_PATTERNS: dict[int, tuple[Lexicon, _Patterns]] = {}


def _patterns(lexicon: Lexicon) -> _Patterns:
    hit = _PATTERNS.get(id(lexicon))
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    built = _Patterns.build(lexicon)
    if len(_PATTERNS) >= _MAX_CACHE:
        _PATTERNS.clear()
    _PATTERNS[id(lexicon)] = (lexicon, built)
    return built


# --- mentions ------------------------------------------------------------------------------


def _find(
    pattern: re.Pattern[str] | None, table: dict[str, str], sentence: Sentence
) -> list[_Mention]:
    if pattern is None:
        return []
    found: list[_Mention] = []
    for m in pattern.finditer(sentence.text):
        word = m.group()
        key = " ".join(word.lower().split())
        if short_key(key) and not word.isupper():
            continue
        actor = table.get(key)
        if actor is None:
            continue
        found.append(_Mention(sentence.start + m.start(), sentence.start + m.end(), actor, word))
    return found


def _merge_parenthetical(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Fold "the Islamic State of Iraq and Syria (ISIS)" into one mention."""
    out: list[_Mention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            between = text[prev.end : m.start]
            if between.strip() == "(" and text[m.end : m.end + 1] == ")":
                out[-1] = _Mention(prev.start, m.end + 1, prev.actor, prev.text)
                continue
        out.append(m)
    return out


# --- the words around a mention ---------------------------------------------------------------


def _subject_gap_ok(p: _Patterns, gap: str) -> bool:
    """Say whether only group words, adverbs and asides stand between actor and verb."""
    gap = _ASIDES.sub(" ", gap)
    words = list(_WORD.findall(gap))
    if len(words) > _MAX_GAP_WORDS:
        return False
    i = 0
    while i < len(words):
        word = words[i]
        low = _POSSESSIVE.sub("", word.lower())
        if (
            low in {"in", "of", "from", "based"}
            and i + 1 < len(words)
            and words[i + 1][:1].isupper()
        ):
            i += 2
            while i < len(words) and words[i][:1].isupper():
                i += 1
            continue
        if low in p.fillers or word in {"'s", "\u2019s"}:
            i += 1
            continue
        if low in p.members:
            # "Taliban spokesman Zabihullah Mujahid denied ...": a member and a name.
            i += 1
            while i < len(words) and words[i][:1].isupper():
                i += 1
            continue
        return False
    return True


def _subject_start(p: _Patterns, text: str, m: _Mention, base: int) -> int | None:
    """Return where the subject phrase holding ``m`` starts, or None if ``m`` is an object."""
    before = text[: m.start - base]
    words = list(_WORD.finditer(before))
    k = len(words) - 1
    while k >= 0 and words[k].group().lower() in _DETS | {"local"}:
        k -= 1
    if k < 0 or words[k].group().lower() not in _PREPOSITIONS:
        j = k + 1
        return base + words[j].start() if j < len(words) else m.start
    if words[k].group().lower() not in {"of", "from"} or k == 0:
        return None
    # "a local affiliate of the Islamic State", "a suicide bomber from the Pakistani
    # Taliban": the member noun heads the subject.
    if _POSSESSIVE.sub("", words[k - 1].group().lower()) not in p.members | p.attackers:
        return None
    j = k - 1
    while j > 0 and k - j < 5 and words[j - 1].group()[:1].isalpha():
        low = words[j - 1].group().lower()
        if low in _PREPOSITIONS or low in {"and", "but", "while", "that", "which"}:
            break
        j -= 1
        if low in _DETS:
            break
    return base + words[j].start()


def _direct_object(
    p: _Patterns, text: str, mentions: list[_Mention], at: int, end: int
) -> _Mention | None:
    """The actor a belief verb takes as its whole object: "officials suspect IS."."""
    after = [m for m in mentions if m.start >= at]
    if not after:
        return None
    m = after[0]
    gap = [w.lower() for w in _WORD.findall(text[at : m.start])]
    if any(w not in _DETS for w in gap):
        return None
    tail = _WORD.findall(text[m.end : end])
    if not tail or tail[0] in {".", ";", ",", "!"} or tail[0].lower() in {"of", "for", "in"}:
        return m
    return None


def _negated(p: _Patterns, text: str) -> bool:
    words = {w.lower() for w in _WORD.findall(text)}
    lowered = text.lower()
    return any((n in words) if " " not in n else (n in lowered) for n in p.negations)


def _hedge(p: _Patterns, text: str, m: _Mention, base: int) -> Stance | None:
    before = [w.lower() for w in _WORD.findall(text[max(0, m.start - base - 30) : m.start - base])]
    for word in reversed(before[-2:]):
        if word in p.hedges:
            return p.hedges[word]
    return None


# --- finding the claims --------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    mention: _Mention
    stance: Stance
    start: int
    end: int
    speaker_at: int | None = None  # the verb whose subject speaks ("Officials blamed")


def find_attributions(ctx: DocContext, sentence: Sentence) -> list[AttributionClaim]:
    """Return the attribution claims made in ``sentence``."""
    p = _patterns(ctx.lexicon)
    mentions = _merge_parenthetical(ctx.text, _find(p.alias_re, p.aliases, sentence))
    if not mentions:
        return []
    text, base = sentence.text, sentence.start
    if text.rstrip("\"'\u201d\u2019 ").endswith("?"):
        return []
    found: list[_Found] = []
    used: set[int] = set()
    modifiers: list[tuple[int, int, Stance]] = []

    if p.after_re is not None:
        for cue in p.after_re.finditer(text):
            stance = p.after[int((cue.lastgroup or "c0")[1:])]
            cs = base + cue.start()
            candidates = [m for m in mentions if m.end <= cs]
            if not candidates:
                continue
            m = candidates[-1]
            if not _subject_gap_ok(p, ctx.text[m.end : cs]):
                continue
            start = _subject_start(p, text, m, base)
            if start is None:
                continue
            found.append(_Found(m, stance, start, base + cue.end()))
            used.add(m.start)

    if p.before_re is not None:
        for cue in p.before_re.finditer(text):
            stance, modifier = p.before[int((cue.lastgroup or "c0")[1:])]
            ce = base + cue.end()
            if modifier:
                modifiers.append((base + cue.start(), ce, stance))
                direct = _direct_object(p, ctx.text, mentions, ce, sentence.end)
                if direct is not None:
                    found.append(
                        _Found(direct, stance, base + cue.start(), direct.end, base + cue.start())
                    )
                    used.add(direct.start)
                continue
            after = [m for m in mentions if m.start >= ce]
            if not after:
                continue
            m = after[0]
            gap = [w.lower() for w in _WORD.findall(ctx.text[ce : m.start])]
            if len(gap) > 3 or any(w not in _DETS and not w.isalpha() for w in gap):
                continue
            if any(w in {"and", "or", "but", "that", "than"} for w in gap):
                continue
            found.append(_Found(m, stance, base + cue.start(), m.end, base + cue.start()))
            used.add(m.start)

    for m in mentions:
        if m.start in used:
            continue
        rest = ctx.text[m.end : sentence.end]
        hit = p.adjectival_re.match(rest) if p.adjectival_re is not None else None
        if hit is not None:
            before = [w.lower() for w in _WORD.findall(text[: m.start - base])[-2:]]
            possessive = bool(re.match(r"(?:\s+\w+)?['\u2019]", rest))
            if possessive or (before and (before[-1] in _DETS or before[-1] in p.hedges)):
                found.append(_Found(m, Stance.ASSERTED, m.start, m.end + hit.end()))
                used.add(m.start)
                continue
        hit = p.attacker_re.match(rest) if p.attacker_re is not None else None
        if hit is not None:
            start = _subject_start(p, text, m, base)
            if start is not None:
                found.append(_Found(m, Stance.ASSERTED, start, m.end + hit.end()))
                used.add(m.start)

    claims: list[AttributionClaim] = []
    seen: set[tuple[str, Stance]] = set()
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        stance = _final_stance(p, text, base, f, modifiers)
        window = ctx.text[max(base, f.start - 40) : f.end]
        if stance is not Stance.DENIED and _negated(p, _clause_tail(window)):
            continue
        key = (f.mention.actor, stance)
        if key in seen:
            continue
        seen.add(key)
        claims.append(_claim(ctx, sentence, p, f, stance, modifiers))
    return claims


def _clause_tail(window: str) -> str:
    """Keep the words of ``window`` after its last clause break: a negation must be near."""
    cut = max(window.rfind(";"), window.rfind(". "), window.rfind(", "))
    return window[cut + 1 :] if cut >= 0 else window


def _final_stance(
    p: _Patterns, text: str, base: int, f: _Found, modifiers: list[tuple[int, int, Stance]]
) -> Stance:
    if f.stance is not Stance.ASSERTED:
        return f.stance
    hedge = _hedge(p, text, f.mention, base)
    if hedge is not None:
        return hedge
    for _start, end, stance in reversed(modifiers):
        if (
            end <= f.mention.start
            and len(_WORD.findall(text[end - base : f.mention.start - base])) <= 4
        ):
            return stance
    return f.stance


def _claim(
    ctx: DocContext,
    sentence: Sentence,
    p: _Patterns,
    f: _Found,
    stance: Stance,
    modifiers: list[tuple[int, int, Stance]],
) -> AttributionClaim:
    start, end = max(f.start, sentence.start), min(f.end, sentence.end)
    span = Span(doc=ctx.document.id, start=start, end=end)
    quote = ctx.text[start:end]
    if stance in (Stance.CLAIMED, Stance.DENIED):
        source = _group_speaks(ctx, sentence, p, f, stance)
    else:
        source = find_source(ctx, start, end)
        if source == DOCUMENT_VOICE:
            at = f.speaker_at
            for m_start, m_end, _ in modifiers:
                if m_end <= f.mention.start:
                    at = m_start
            subject = speaker_before(ctx, at) if at is not None else None
            if subject is not None:
                source = subject
    return AttributionClaim(
        span=span,
        quote=quote,
        source=source,
        actor=f.mention.actor,
        actor_text=f.mention.text,
        stance=stance,
    )


def _group_speaks(
    ctx: DocContext, sentence: Sentence, p: _Patterns, f: _Found, stance: Stance
) -> Source:
    """The group speaks for itself, through its outlets and whoever relays it."""
    via: list[Source] = [
        Source(name=o.text, kind=SourceKind.MILITANT)
        for o in _find(p.outlet_re, p.outlets, sentence)
        if p.outlets.get(o.text.lower()) in (f.mention.actor, None)
        or _same_family(ctx.lexicon, p.outlets.get(o.text.lower(), ""), f.mention.actor)
    ]
    outer = find_source(ctx, f.start, f.end)
    if outer != DOCUMENT_VOICE and outer.name != f.mention.actor and stance is Stance.CLAIMED:
        via.append(outer)
    return Source(name=f.mention.actor, kind=SourceKind.MILITANT, via=tuple(via))


def _same_family(lexicon: Lexicon, a: str, b: str) -> bool:
    return bool(a) and lexicon.actors.family(a) == lexicon.actors.family(b)
