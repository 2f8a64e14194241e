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

A group speaking of its own people's act claims it ("Al-Shabaab said in a statement on
its radio station that its fighters had killed 30", "a spokesman for the Taliban said
the group had killed 25"), and so does a state force acknowledging its strike ("the
coalition said the strike targeted missile launchers"); state forces (``state_actors``:
"Saudi-led coalition", "Israeli military") speak with an official voice, and their
campaigns ("launched an offensive") name no perpetrator of one event. "The group", "the
militants", "the coalition" (``anaphors``) stand for the one actor of their kind named
in the sentence before them or in one of the three before it; they carry only the
group's own claims and denials. An aside after the subject ("Hayat Tahrir al-Sham, a
former al-Qaeda affiliate, denied ...") describes the group before it.

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
    >>> (claim,) = find_attributions(ctx, ctx.sentences[0])
    >>> claim.actor, claim.stance.value, claim.quote, claim.source.kind.value
    ('Boko Haram', 'claimed', 'Boko Haram claimed the attack', 'militant')

May import: the vocab, compiled, models and errors modules, and the readers below it:
:mod:`.sources`, :mod:`.places`, :mod:`.anaphora`, :mod:`.names`, :mod:`.placeholders`,
:mod:`.textmemo` and :mod:`.segment`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, NamedTuple

from claimrecon import compiled
from claimrecon.extract.anaphora import ANAPHOR_MOD as _ANAPHOR_MOD
from claimrecon.extract.anaphora import anaphor_heads, anaphor_re, resolve
from claimrecon.extract.names import (
    NameGrammar,
    NameSpan,
    NameTail,
    acronym_fits,
    definitions,
    longer_name,
    name_grammar,
    names_in,
)
from claimrecon.extract.placeholders import Placeholders
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext, Sentence
from claimrecon.extract.sources import (
    DOCUMENT_VOICE,
    find_source,
    short_key,
    speaker_before,
)
from claimrecon.extract.textmemo import TextMemo, lookbehind_reach
from claimrecon.models import AttributionClaim, Place, Source, SourceKind, Span, Stance
from claimrecon.vocab import Lexicon, alternation, per_lexicon

__all__ = ["doubts_of_told_claims", "find_attributions", "sentences_naming_discovered"]

_WORD = re.compile(r"[\w'\u2019\-]+|[^\w\s]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# Bounded, non-nested: parentheses, brackets and comma-asides inside a subject gap.
_ASIDES = re.compile(
    r"\([^()]{0,80}\)|\[[^\[\]]{0,40}\]|,[^,;.]{0,150},"
    r"|\s(?:[\u2014\u2013]|--?)\s[^\u2014\u2013;.]{0,150}?\s(?:[\u2014\u2013]|--?)\s"
)
# Asides in a chain ("X, a group allied with Y, which has fought since 2007, claimed"):
# each opens with the comma that closes the one before; the last is cut by _ASIDES.
_CHAINED_ASIDE = re.compile(r",[^,;.]{1,150}(?=,[^,;.]{1,150},)")
_PREPOSITIONS = frozenset(
    {"against", "on", "by", "from", "with", "at", "to", "into", "over", "for", "targeting", "in",
     "toward", "towards", "between", "among", "of", "about", "versus", "vs", "fighting",
     "like", "than", "under", "behind", "beside", "near", "inside", "across"}
)  # fmt: skip
_DETS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# Between two words of a cue, a quotation may open or close: a statement quoted from its
# middle ("said the attackers were \u201clikely to be X\u201d", "had \u201cevidence\u201d of").
_SPACE = r"[\"\u201d]?\s+[\"\u201c\u2018]?"
_LOOK = 80  # how far (in characters) a cue looks for its actor
_POSSESSIVE_AFTER = re.compile(r"(?:\s+\w+)?['\u2019]")
_PLACEHOLDER = re.compile(r"(\{[a-z]+\})")


# "said in a statement on Telegram that": a short aside between a verb and what it says.
# Up to two such phrases: "said in a statement on its radio station that". Words and
# spaces cannot overlap, and the repeats are bounded, so a failed match costs little.
# "in a statement posted on the Velka News Agency (VNA) website that": an acronym in brackets
# after a word goes with it.
# "in a statement on Okvara, the media arm of the group, that": a place or medium and
# perhaps an apposition on it, set off by commas.
# "claimed early on Friday that", "said late Monday that": a time told before it, a day
# (the date lexicon's weekdays) written without "on".
def _aside_pattern(weekdays: Iterable[str]) -> str:
    """The aside a cue's ``{aside}`` allows between its verb and "that" (see above)."""
    days = _words_alt([*weekdays, "overnight"])
    return (
        r"(?:(?:\s+(?:early|late))?(?:\s+(?:in|on|via|through)"
        r"(?:\s+[\w'\u2019\-]+(?:\s+\(\w[\w\-]{0,11}\))?){1,6}?"
        rf"|\s+(?:{days}))"
        r"(?:\s*,\s+(?:the|a|an|its)(?:\s+[\w'\u2019\-]+){1,7}?\s*,)?){0,2}"
        r"(?:\s+that|\s*:)?"
    )


_MAX_GAP_WORDS = 10
_CLOSE_QUOTES = frozenset({'"', "\u201d"})
# ", a former ...", ", an offshoot of ...", " (ISWAP), which ...": an aside opens.
_APPOSITION = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?,\s+(?:a|an|the|one|its|whose|which|who|known|also"
    r"|formerly|once|now)(?![\w\-])",
    re.IGNORECASE,
)
# Between two coordinated actors: "Israel and the United States", "either IS or the Taliban".
_COORDINATION = re.compile(
    r"(?:\s+(?:group|movement|organi[sz]ation|network|faction))?[\"\u201d\u2019']?"
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:and|or|as\s+well\s+as|&)\s+(?:the\s+|its\s+)?"
    r"[\"\u201c\u2018']?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Mention:
    start: int  # offsets in the document
    end: int
    actor: str
    text: str
    anaphor: bool = False  # "the group": only its own claims and denials are read
    sure: bool = False  # a back-reference with one actor, not only one family, in scope
    voice: bool = False  # a state's officials ("Ukrainian officials"): only its denials
    own: bool = False  # "we", "our": the quoted group speaking of itself claims what it tells


@dataclass(frozen=True)
class _Patterns:
    alias_re: _NameIndex
    outlet_re: _NameIndex
    after_cues: _CueSet  # cues after the actor (stance_cues)
    after: tuple[Stance, ...]
    before_cues: _CueSet  # cues before the actor (agent_cues)
    before_tails: dict[int, re.Pattern[str]]  # "held {actor} responsible": what follows it
    before: tuple[tuple[Stance, bool], ...]  # stance, and whether the cue only modifies
    adjectival_re: re.Pattern[str] | None
    attacker_re: re.Pattern[str] | None
    headline_attacker_re: re.Pattern[str] | None  # present tense: "Al-Shabaab gunmen attack"
    numbered_re: re.Pattern[str] | None  # "the three", "four": a count before the actor
    headline_re: re.Pattern[str] | None
    aliases: dict[str, str]
    outlets: dict[str, str]
    fillers: frozenset[str]
    openers: frozenset[str]  # "little-known", "shadowy": words that describe a group's name
    members: frozenset[str]
    attackers: frozenset[str]
    militants: frozenset[str]  # attackers who are no state's: "gunmen", not "troops"
    hedges: dict[str, Stance]
    locators: dict[str, re.Pattern[str]]  # first word of an alias or cue -> where it occurs
    habitual: frozenset[str]
    negations: tuple[str, ...]
    anaphor_re: re.Pattern[str] | None  # "the (al-Qaeda-linked) group", "the coalition"
    anaphors: dict[str, str]  # head word -> "armed" or "state"
    anaphor_heads: frozenset[str]  # their last words, for the cheap set test
    state: frozenset[str]  # canonical actors that are state forces
    campaigns: frozenset[str]
    links: frozenset[str]  # "linked", "loyal": "militants linked to X" are X's
    voices_re: re.Pattern[str] | None  # "Ukrainian officials": a state's own voice
    voice_words: frozenset[str]  # the words of state_voices, for the cheap set test
    demonyms: dict[str, str]  # "ukrainian" -> "Ukraine"
    denials: frozenset[str]  # "denied", "rejects": a word a denial cue needs
    forces: dict[str, str]  # a state to its armed forces: "United States" -> its military
    forces_re: re.Pattern[str] | None  # a strike or attacker noun after a state's name
    branches: dict[str, dict[str, re.Pattern[str]]]  # actor -> branch -> its country's name
    discovery: _Discovery  # how a name the lexicon does not know is read as an actor
    time_re: re.Pattern[str] | None  # "on Thursday", "late on March 18": a time in a gap
    message_re: re.Pattern[str] | None  # "released an audio recording": the group's message
    skeletons: dict[str, str]  # the consonants of an alias -> its actor: spellings fold
    parents: dict[str, frozenset[str]]  # a larger group -> its affiliates
    canonical: frozenset[str]  # the lexicon's actors, as it writes them

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Patterns:
        act = lexicon.actors
        aliases = act.spellings()
        outlets = {" ".join(k.lower().split()): v for k, v in act.outlets.items()}
        event = _words_alt(act.event_nouns)
        participles = _participles(act.attack_verbs)
        det = (
            # "both attacks", "all three bombings": one claim over several attacks.
            r"(?:both(?:\s+the)?|all\s+(?:the\s+)?(?:two|three|four|five)"
            r"|a|an|the|this|that|these|those|last\s+week['\u2019]s|\w+day['\u2019]s"
            r"|(?-i:[A-Z])[\w\-]*['\u2019]s)"
        )
        # A modifier is any word but "of", "and", "or", "to": "a string of attacks" and "its
        # ability to strike" name no event.
        # ... in quotation marks too: the "cowardly" attack.
        # An auxiliary is no modifier: in "a district that has seen attacks by X", "that"
        # opens a clause, not the noun group of one attack.
        mod = (
            r"(?!(?:of|and|or|to|has|have|had|is|are|was|were|been|will|would)(?![\w\-]))"
            r"[\"\u201c]?[\w'\u2019\-]+[\"\u201d]?"
        )
        parts = _cue_parts(lexicon, det, mod, event)
        after_items = sorted(act.stance_cues.items(), key=lambda kv: -len(kv[0]))
        before_items = sorted(act.agent_cues.items(), key=lambda kv: -len(kv[0]))
        modifiers = (Stance.BELIEVED, Stance.SUSPECTED)
        alias_index = _NameIndex.build(aliases)
        # The cues' placeholders are parsed once, for all cues (see _CueSet.pattern).
        shared = Placeholders(parts, re.IGNORECASE, [*act.stance_cues, *act.agent_cues])
        spellings = {w: tuple(wrong) for w, wrong in act.misspellings.items()}
        leads = _lead_words(act.event_nouns)
        after_cues = _CueSet.build([k for k, _ in after_items], shared, spellings, leads)
        before_cues = _CueSet.build([k for k, _ in before_items], shared, spellings, leads)
        before_tails = _tails([k for k, _ in before_items], parts)
        heads = anaphor_heads(act.anaphors)
        firsts = alias_index.first_words | after_cues.by_word.keys() | before_cues.by_word.keys()
        return cls(
            alias_re=alias_index,
            outlet_re=_NameIndex.build(outlets),
            after_cues=after_cues,
            after=tuple(v for _, v in after_items),
            before_cues=before_cues,
            before_tails=before_tails,
            before=tuple((v, v in modifiers and "{" not in k) for k, v in before_items),
            adjectival_re=_adjectival_re(
                mod, event, _event_kinds([*act.event_nouns, *act.strike_nouns])
            ),
            attacker_re=_attacker_re(
                act.attacker_nouns, [*act.attack_verbs, *participles], act.link_words
            ),
            headline_attacker_re=_attacker_re(
                act.attacker_nouns,
                [*act.attack_verbs, *participles, *act.headline_verbs],
                act.link_words,
            ),
            numbered_re=re.compile(
                rf"(?:(?<![\w\-])the\s+|(?<![\w\-.,]))(?!{_YEAR}){parts['{number}']}\s+$",
                re.IGNORECASE,
            ),
            headline_re=_headline_re(act.headline_verbs),
            aliases=aliases,
            outlets=outlets,
            locators={
                w: compiled.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE) for w in firsts
            },
            anaphor_re=anaphor_re(heads),
            anaphors=heads,
            anaphor_heads=frozenset(heads),
            **_word_sets(lexicon),
            **_voice_patterns(lexicon),
            forces=_forces(act.state_actors, act.affiliations),
            forces_re=_forces_re([*act.strike_nouns, *act.attacker_nouns, *act.event_nouns]),
            branches=_branches(act.branches, act.aliases),
            discovery=_Discovery.build(lexicon, after_items, before_items),
            time_re=_time_re(lexicon),
            message_re=_message_re(lexicon),
            skeletons=_skeletons(aliases),
            parents=_parents(act.affiliations),
            canonical=frozenset(act.aliases.values()),
        )


def _adjectival_re(mod: str, event: str, kinds: str) -> re.Pattern[str] | None:
    """An event noun after the actor: "the group's deadly attack", "a Taliban bombing".

    Without a possessive, only words that modify the lexicon's own event nouns may stand
    between ("a Taliban truck bomb attack", "an IS suicide car bombing"): a free word
    there may be a verb ("the Taliban condemn attacks"). "A Taliban-claimed assault" is
    the group's claim (group ``claimed``).
    """
    if not event:
        return None
    kind = rf"(?:(?:{kinds})[\s\-]+){{0,2}}?" if kinds else ""
    return re.compile(
        rf"(?:\s+(?:group|network|organi[sz]ation|movement|faction))?"
        rf"(?:(?:['\u2019]s?)\s+(?:{mod}\s+){{0,3}}?|(?P<claimed>-claimed\s+(?:{mod}\s+){{0,2}}?)"
        rf"|[\s\-]+{kind})(?:{event})(?![\w\-])",
        re.IGNORECASE,
    )


def _event_kinds(nouns: Iterable[str]) -> str:
    """The words that modify the lexicon's event nouns: "car" of "car bombing", "suicide"."""
    kinds = {w for n in nouns for w in n.lower().split()[:-1] if w.isalpha() and len(w) > 2}
    return _words_alt(kinds)


def _time_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A time phrase that may stand between an actor and its verb.

    "IS on Thursday claimed", "the group late on Friday night denied", "al-Shabaab, on
    March 3, said": a weekday, or a month with its day, after "on", "late", "early".
    """
    days, months = _words_alt(lexicon.dates.weekdays), _words_alt(lexicon.dates.months)
    if not days or not months:
        return None
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?<![\w\-])(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+)?"
        rf"(?:(?:{days})(?:\s+(?:morning|afternoon|evening|night))?"
        rf"|(?:{months})\.?\s+{day}(?:,?\s+\d{{4}})?|{day}\s+(?:{months})(?:\s+\d{{4}})?)"
        r"(?![\w\-])",
        re.IGNORECASE,
    )


def _message_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A message the actor published, in the gap before a participle cue.

    "X released an audio recording claiming the attack", "X posted a statement on
    Telegram saying its fighters ...": the group speaks through its message.
    """
    verbs, nouns = (
        _words_alt(lexicon.actors.message_verbs),
        _words_alt(lexicon.actors.message_nouns),
    )
    if not verbs or not nouns:
        return None
    return re.compile(
        rf"(?<![\w\-])(?:{verbs})\s+(?:a|an|its|the|their|his)\s+(?:[\w\-]+\s+){{0,2}}?"
        rf"(?:{nouns})(?:\s+(?:on|in|via|through|to)(?:\s+[\w'\u2019\-]+){{1,4}})?(?![\w\-])",
        re.IGNORECASE,
    )


def _headline_re(verbs: Iterable[str]) -> re.Pattern[str] | None:
    """A headline's verb after "<actor> attack": "Taliban attack kills 12"."""
    alt = _words_alt(verbs)
    return re.compile(rf"\s+(?:{alt})(?![\w\-])", re.IGNORECASE) if alt else None


def _word_sets(lexicon: Lexicon) -> dict[str, Any]:
    """The fields of :class:`_Patterns` that are plain sets of lower-cased words."""
    act = lexicon.actors
    return {
        "fillers": frozenset(w.lower() for w in act.subject_fillers),
        "openers": frozenset(w.lower() for w in act.name_openers),
        "members": frozenset(w.lower() for w in act.member_nouns),
        "attackers": frozenset(w.lower() for w in act.attacker_nouns),
        "militants": frozenset(w.lower() for w in act.militant_nouns),
        "hedges": {k.lower(): v for k, v in act.hedges.items()},
        "habitual": frozenset(w.lower() for w in act.habitual_words),
        "negations": tuple(n.lower() for n in act.negations),
        "state": frozenset(act.state_actors),
        "campaigns": frozenset(w.lower() for w in act.campaign_nouns),
    }


def _cue_parts(lexicon: Lexicon, det: str, mod: str, event: str) -> dict[str, str]:
    """The patterns of the cues' placeholders (see :class:`claimrecon.vocab.ActorLexicon`)."""
    act, fig = lexicon.actors, lexicon.figures
    # A headline drops the article: "claims deadly attack", "behind museum siege"; one
    # event, so a singular noun after at most two plain modifiers (no quantifier).
    single = _words_alt(w for w in act.event_nouns if not w.endswith("s"))
    bare = rf"|(?:{_BARE_MOD}\s+){{0,2}}?(?=(?:{single})(?![\w\-]))" if single else ""
    # "twin church bombings", "triple blasts": one event told in its parts, plural and bare.
    bare += rf"|{_IN_PARTS}\s+(?:{_BARE_MOD}\s+){{0,2}}?"
    parts = {
        "{event}": (
            rf"(?:{det}\s+(?:{mod}\s+){{0,3}}?|(?-i:[A-Z])[\w\-]*\s+(?:{_ANAPHOR_MOD}\s+){{0,2}}?"
            rf"{bare})(?:{event})(?![\w\-])"
            # "Wednesday's attack on the museum", told before the words that follow it.
            r"(?:\s+(?:on|at|in|against|near|targeting)"
            r"(?:\s+[\"\u201c]?[\w'\u2019\-]+[\"\u201d]?){1,5}?"
            # "the attack in Velka, southern Zelvania, by ...": the place's region, set off
            # before the agent (an apposition after the event is the group's own).
            r"(?:\s*,(?:\s+[\w'\u2019\-]+){1,3}\s*,(?=\s*by\s))??)??"
            # "attributed the attack that killed 12 people to": its toll, told before the
            # words that follow it (only where the cue goes on after the event).
            r"(?:\s+(?:that|which)\s+(?:killed|left|wounded|injured)(?:\s+[\w\-]+){1,4}?)??"
            if event
            else r"(?!x)x"
        ),
        # "detonated his explosive belt", "rammed their truck": the attacker's own; "struck
        # one of the city's hotels": one of several.
        "{target}": (
            rf"(?:one\s+of\s+)?(?:(?:{det}|his|her|their|its)\s+|(?-i:[A-Z]))[\w'\u2019\-]+"
        ),
        "{aside}": _aside_pattern(lexicon.dates.weekdays),
        "{own}": _own_pattern(act.anaphors, [*act.member_nouns, *act.militant_nouns]),
        "{strike}": (
            rf"(?:the|its|their|this|that|our)\s+(?:{mod}\s+){{0,2}}?"
            rf"(?:{_words_alt(act.strike_nouns)})(?![\w\-])"
            if act.strike_nouns
            else r"(?!x)x"
        ),
        "{act}": _act_pattern(act.attack_verbs),
        # The clause ends: "X was responsible." but not "X was responsible for security".
        "{end}": r"(?=\s*(?:[.,;:!?)\"\u201d]|\u2019(?!\w)|$|(?:and|but)\s))",
        "{number}": _number_pattern(fig.qualifiers, fig.number_words, list(fig.vague_amounts)),
    }
    parts["{attackers}"] = _attackers_pattern(act.militant_nouns)
    # "the Okvara Front (OF) group as the ...": the kind noun after a name's short form.
    parts["kind"] = rf"(?:\s+(?:{_words_alt(act.kind_nouns)}))?" if act.kind_nouns else ""
    parts.update(_verdict_parts(act.baseless_words))
    # "identified a 25-year-old man from Velmar as": a person told in a few plain words,
    # perhaps with an aside after them ("Karim Okvara, the man who drove the truck,").
    parts["{someone}"] = r"(?:[\w'\u2019\-]+\s+){0,5}?[\w'\u2019\-]+(?:,[^,;.]{1,150},)?"
    adverbs = [w for w in act.subject_fillers if w.endswith("ly") or w in ("also", "already")]
    # Any adverb of manner may follow an auxiliary: "is widely believed", "was swiftly
    # claimed", not only the lexicon's.
    # A hedge of likelihood is no manner: "was probably the work of" guesses (its own cue).
    manner = "|".join(
        a for a in (_words_alt(adverbs), rf"{_NOT_LIKELIHOOD}(?-i:[a-z]){{3,}}ly") if a
    )
    # ... and in quotation marks: "was \u201cdefinitely\u201d behind".
    adverb = rf"\s+{_OPEN_QUOTE}?(?:{manner}){_CLOSE_QUOTE}?"
    # A day may date the verb after its auxiliary: "was on Tuesday blamed for".
    days = _words_alt(lexicon.dates.weekdays)
    if days:
        adverb += rf"|\s+on\s+(?:{days})(?:\s+(?:morning|afternoon|evening|night))?(?![\w\-])"
    parts["adverb"] = rf"(?:{adverb})?"
    # "claimed responsibilty": a cue's word matches the misspellings news prints of it.
    for word, wrong in act.misspellings.items():
        parts[word] = rf"(?:{_words_alt([word, *wrong])})"
    return parts


_NOT_LIKELIHOOD = r"(?!(?:probably|possibly|likely|presumably)(?![\w\-]))"


# "the", "all the", "Okvara's", "the Dunmar army's", "the generals'": an article or an owner.
_WHOSE = (
    r"(?:(?:the|a|an|these|those|such|any|its|their|all(?:\s+the)?|(?:the\s+)?(?-i:[A-Z])[\w\-.]*"
    r"(?:\s+[\w\-.]+){0,2}?(?:['\u2019]s|(?<=s)['\u2019]))\s+)"
)


def _verdict_parts(verdicts: Iterable[str]) -> dict[str, str]:
    """``{whose}``, the owner and modifiers of a noun, and ``{baseless}``, a verdict."""
    verdict_alt = _words_alt(verdicts)
    return {
        # "the", "Okvara's recent", "the NDS": an owner or an article, then at most two
        # modifiers, each followed by its space: the cue's noun comes next.
        "{whose}": rf"{_WHOSE}?(?:[\w\-]+\s+){{0,2}}?",
        # "were baseless", "as 'baseless and irresponsible'", "'Vitriolic, Unsubstantiated'":
        # a copula or "as", then one other word may come before the verdict, quoted or not
        # (a headline quotes with a plain apostrophe).
        "{baseless}": (
            rf"(?:(?:is|are|was|were|as|to\s+be)\s+)?(?:(?:totally|completely|utterly|entirely"
            rf"|absolutely|wholly)\s+)?(?:{_OPEN_QUOTE}|')?(?:[\w\-]+,?\s+(?:and\s+)?)??"
            rf"(?:{verdict_alt})(?![\w\-])"
            if verdict_alt
            else r"(?!x)x"
        ),
    }


def _voice_patterns(lexicon: Lexicon) -> dict[str, Any]:
    """The fields of :class:`_Patterns` that read a state's own voice and its ties."""
    act = lexicon.actors
    demonyms = {" ".join(k.lower().split()): v for k, v in lexicon.events.demonyms.items()}
    # "the Zelvania government": a country's own name before its voice, as its demonym.
    demonyms.update({" ".join(c.lower().split()): c for c in lexicon.events.demonyms.values()})
    denied = {w for cue, st in act.stance_cues.items() if st is Stance.DENIED for w in cue.split()}
    voices, names = _words_alt(act.state_voices), _words_alt(demonyms)
    return {
        "links": frozenset(w.lower() for w in act.link_words),
        "voices_re": (
            re.compile(rf"(?<![\w\-])(?P<demonym>{names})\s+(?:{voices})(?![\w\-])", re.IGNORECASE)
            if voices and names
            else None
        ),
        "voice_words": frozenset(w for v in act.state_voices for w in v.lower().split()),
        "demonyms": demonyms,
        "denials": frozenset(w.lower() for w in act.accusation_words) & denied,
    }


def _branches(
    branches: dict[str, dict[str, str]], aliases: dict[str, str]
) -> dict[str, dict[str, re.Pattern[str]]]:
    """Each actor's branches, with the words that tell the document is about one.

    The country's name, and the branch's own names where it is another actor than the
    bare name: a report naming the Dunmar branch by its full name and the country by
    its towns alone is about that branch.
    """
    return {
        actor: {
            branch: re.compile(
                rf"(?<!\w)(?:{re.escape(country)}|(?:{_own_names(branch, actor, aliases)})(?!\w))",
                re.IGNORECASE,
            )
            for country, branch in by_country.items()
        }
        for actor, by_country in branches.items()
    }


def _own_names(branch: str, actor: str, aliases: dict[str, str]) -> str:
    """A branch's own names (none where the branch is the bare name's own actor)."""
    names = [] if branch == actor else [a for a, b in aliases.items() if b == branch]
    return alternation((n.lower() for n in names), never="(?!)")


def _forces(state: Iterable[str], affiliations: dict[str, str]) -> dict[str, str]:
    """Map a state to its armed forces: the one state actor affiliated to it."""
    children: dict[str, list[str]] = {}
    for actor in state:
        parent = affiliations.get(actor)
        if parent is not None and parent in state:
            children.setdefault(parent, []).append(actor)
    return {parent: kids[0] for parent, kids in children.items() if len(kids) == 1}


def _forces_re(nouns: Iterable[str]) -> re.Pattern[str] | None:
    """A strike or attacker noun after a state's name, with up to two modifiers.

    "a U.S. airstrike", "US air raids", "an American gunship", "a U.S. drone strike": the
    state's name modifies its forces' act or weapon, so the actor is its forces.
    """
    alt = _words_alt(nouns)
    if not alt:
        return None
    return re.compile(rf"(?:\s+{_ANAPHOR_MOD}){{0,2}}?\s+(?:{alt})(?![\w\-])", re.IGNORECASE)


# The words that make a bare plural one event: "twin blasts" (not "coordinated attacks",
# which news also says of a campaign).
_IN_PARTS = r"(?:twin|triple|double|simultaneous)"

# A modifier of a bare event noun: no article, quantifier, possessive or number before it.
_BARE_MOD = (
    r"(?!(?:of|and|or|to|in|on|at|for|by|with|the|a|an|many|several|numerous|multiple|some"
    r"|other|previous|past|recent|similar|such|more|most|all|any|no|its|their|his|her|our"
    r"|dozens|hundreds|scores|few|earlier|further|future|new|this|that|these|those|one|two"
    r"|three|four|five|six|seven|eight|nine|ten)(?![\w\-]))[a-z][\w\-]*"
)


def _lead_words(event_nouns: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``{event}``'s lead words: the first word of each event noun (see _CueSet.build).

    Nothing if a noun's first word is not ASCII: its case may fold otherwise than lowering.
    """
    firsts = tuple(dict.fromkeys(noun.lower().split()[0] for noun in event_nouns if noun.split()))
    return {"{event}": firsts} if all(w.isascii() for w in firsts) else {}


def _words_alt(words: Iterable[str]) -> str:
    return alternation((w.lower() for w in words), never="")


def _number_pattern(qualifiers: Iterable[str], numbers: Iterable[str], vague: Iterable[str]) -> str:
    quals = _words_alt(qualifiers)
    words = _words_alt([*numbers, *vague])
    # "thirty-two": a tens word and a unit word joined by a hyphen are one count.
    count = r"\d[\d,]*" + (f"|(?:{words})(?:-(?:{words}))?" if words else "")
    qual = rf"(?:(?:{quals})\s+)?" if quals else ""
    return rf"{qual}(?:{count})(?![\w\-])"


_ATTACKER_DETERMINERS = ("the", "both", "all", "these", "those")


def _attackers_pattern(nouns: Iterable[str]) -> str:
    """The attackers of one event: "the gunmen", "both attackers", "the two suicide bombers".

    A determiner makes them the attackers of the event told, not militants at large
    ("militants belonged to many groups"); cues that open with them are indexed by it.
    """
    alt = _words_alt(nouns)
    if not alt:
        return r"(?!x)x"
    dets = "|".join(_ATTACKER_DETERMINERS)
    # "the militants who stormed the base were members of X": a relative clause of a few
    # words may tell their act between them and what is said of them.
    rel = r"(?:\s+(?:who|that)\s+(?!(?:were|are|was|is)(?![\w\-]))[\w\-]+(?:\s+[\w\-]+){0,8}?)?"
    return rf"(?:{dets})\s+(?:[\w\-]+\s+){{0,2}}?(?:{alt})(?![\w\-]){rel}"


def _own_pattern(anaphors: Iterable[str], members: Iterable[str] = ()) -> str:
    """The speaking group's own people or itself: "its fighters", "the group", "it".

    The group's own words may name them, in quotation marks or not: "its “lions”",
    "“two soldiers of the caliphate”", ": “We ...", "knights of the Islamic State".
    """
    # Any noun after "its": an act must follow ("its fighters stormed"), and one
    # alternation of nouns would be repeated in every cue that uses the placeholder.
    # A noun is no auxiliary: in "its fighters were ambushed" the fighters are victims.
    noun = r"(?!(?:was|were|is|are|been|being|had|has|have|would|will)(?![\w\-]))[\w\-]+"
    # "one of its fighters", "two of its soldiers", "several of their members".
    count = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)"
    own = [r"it", r"they", r"we"]
    own.append(rf"(?:(?:only|just)\s+)?{count}\s+of\s+(?:its|their|our)\s+(?:{noun}|{_QUOTED})")
    own.append(rf"(?:its|their|our)\s+(?:{noun}\s+){{0,2}}?{noun}")
    own.append(rf"(?:(?:its|their|our|a|an|the)\s+)?{_QUOTED}")
    kin = _words_alt(members)
    if kin:
        # "fighters loyal to it", "militants belonging to their movement": its people by tie.
        own.append(
            rf"(?:{count}\s+)?(?:{kin})\s+(?:loyal|belonging)\s+to\s+"
            r"(?:it|them|us|(?:its|their|our|the)\s+[\w\-]+)"
        )
        # "two soldiers of the caliphate": its people named by their group, in its words.
        # Not "members of al-Shabaab": a name after "of" is the group of others' report.
        own.append(
            rf"(?:(?:{count}|a|an|the)\s+)?{_OPEN_QUOTE}?(?:{kin}){_CLOSE_QUOTE}?\s+of\s+(?:the\s+(?=(?-i:[a-z]))|(?!the\s))(?-i:[a-z])(?![a-z]{{1,3}}-)"
            rf"[\w\-]+(?:\s+[\w\-]+){{0,2}}?{_CLOSE_QUOTE}?"
        )
    phrases = _words_alt(anaphors)
    if phrases:
        # "the group's fighters" before "the group": the longer reading first.
        own.insert(0, rf"(?:{phrases})['\u2019]s\s+(?:{noun}\s+){{0,2}}?{noun}")
    if phrases:
        own.append(phrases)
    return rf"{_OPEN_QUOTE}?(?:{'|'.join(own)})(?![\w\-])"


# A short quotation: the group's own words for its people ("its “lions”").
_OPEN_QUOTE = r"[\"\u201c\u2018]"
_CLOSE_QUOTE = r"[\"\u201d\u2019]"
_QUOTED = rf"{_OPEN_QUOTE}\w[^\"\u201c\u201d\u2018\u2019]{{0,60}}?{_CLOSE_QUOTE}"


_OWN_ACTS = ("carried out", "carried it out", "conducted", "launched", "staged", "mounted")


def _act_pattern(verbs: Iterable[str]) -> str:
    """An act of attack, with its auxiliary and an adverb: "had successfully stormed"."""
    acts = _words_alt([*verbs, *_OWN_ACTS])
    # "was"/"were" only before "behind": "its fighters were ambushed" are the victims.
    return (
        rf"(?:(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+)?(?:{acts})"
        r"|(?:was|were)\s+(?:behind|responsible\s+for"
        # "two of its fighters were involved" in the act told, not in fighting at large.
        r"|involved(?=\s*[.,;]|\s+in\s+(?:the|this|that|these|those)\s)))(?![\w\-])"
    )


_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had"})


_ACTOR = "{actor}"
# Between a cue's head and its tail: the actor, a few words ("held the little-known
# Okvara Front (OF) responsible", "suspect the militant group Okvara Front (OF) and Velka
# of"), no clause break.
_ACTOR_SLOT = r"(?=(?:\s+[^\s.;:!?]+){1,12}?"


# An aside on the actor between it and the cue's tail, "accused X, a local militia, of",
# or the names coordinated with it: "accused X and Y of", "held X, Y and Z responsible".
_TAIL_ASIDE = (
    r"(?:\s*,[^,;.()\"\u201c\u201d]{1,60},"
    r"|(?:\s*,\s*[^,;.()\s]+(?:\s+[^,;.()\s]+){0,3}?)*"
    r"(?:,?\s+(?:and|or)\s+(?:the\s+)?[^,;.()\s]+(?:\s+[^,;.()\s]+){0,3}?)?)?"
)


def _tails(cues: list[str], parts: dict[str, str]) -> dict[int, re.Pattern[str]]:
    """The words that must follow the actor of each agent cue with an ``{actor}`` slot."""
    return {
        i: compiled.compile(
            rf"\s*(?:\([^()]{{1,12}}\))?{parts.get('kind', '')}\s*{_TAIL_ASIDE},?\s*"
            rf"{_cue_body(tail.strip(), parts)}"
            r"(?![\w\-])",
            re.IGNORECASE,
        )
        for i, cue in enumerate(cues)
        if _ACTOR in cue
        for tail in [cue.split(_ACTOR, 1)[1]]
    }


def _cue_body(cue: str, parts: dict[str, str]) -> str:
    if _ACTOR in cue:
        # "held {actor} responsible": the head is the cue, the tail a look-ahead past the
        # actor; the tail is checked again right after the actor (see _tails).
        head, tail = cue.split(_ACTOR, 1)
        return rf"{_cue_body(head.strip(), parts)}{_ACTOR_SLOT}\s+{_cue_body(tail.strip(), parts)})"
    pieces = []
    words = cue.split()
    for i, word in enumerate(words):
        # A placeholder may stand alone ("{event}") or be glued to a word ("said{aside}").
        chunks = _PLACEHOLDER.split(word)
        piece = "".join(parts.get(ch, re.escape(ch)) for ch in chunks if ch)
        if word in _AUXILIARIES or (i == 0 and len(words) > 1 and "{" not in word):
            # "was also responsible", "has reportedly claimed", "suspicion quickly fell on"
            piece += parts.get("adverb", "")
        pieces.append(piece)
    return _SPACE.join(pieces)


_FIRST_WORD = re.compile(r"\w+")


# A name ends at a word's end, but for a compound with a participle that says what the
# group did or how others are tied to it: "an IS-claimed attack", "Okvara-linked gunmen"
# (read by the event or attacker noun after it).
_NAME_END = r"(?:(?![\w\-]|['\u2019]\w\w)|(?=-(?-i:[a-z]+ed|run|led)\s))"


class _Word(NamedTuple):
    """A word of a sentence: where it starts in the document, and its text in lower case."""

    start: int
    low: str


class _Modifier(NamedTuple):
    """A cue that sets the stance of a claim after it ("was believed to be carried out by")."""

    start: int
    end: int
    stance: Stance


# A hyphen inside a name, as the name's pattern escapes it, and the same hyphen with a space
# after it: pages that were wrapped write "Okvara-e- Zelva" for "Okvara-e-Zelva".
_HYPHEN = re.escape("-")
_WRAPPED_HYPHEN = _HYPHEN + " ?"
_WRAPPED = re.compile(r"-\s+")


@dataclass(frozen=True)
class _NameIndex:
    """Names (aliases, outlets) indexed by their first word, for a fast scan of text."""

    by_word: dict[str, re.Pattern[str]]
    first_words: frozenset[str]

    @classmethod
    def build(cls, keys: Iterable[str]) -> _NameIndex:
        groups: dict[str, list[str]] = {}
        for key in keys:
            first = _FIRST_WORD.match(key)
            if first is not None:
                groups.setdefault(first.group(), []).append(key)
        return cls(
            {
                word: compiled.compile(
                    rf"(?:{_words_alt(names).replace(_HYPHEN, _WRAPPED_HYPHEN)}){_NAME_END}",
                    re.IGNORECASE,
                )
                for word, names in groups.items()
            },
            frozenset(groups),
        )

    def finditer(self, text: str, words: list[_Word], lo: int, hi: int) -> Iterator[re.Match[str]]:
        """Yield the names in ``text[lo:hi]``, leftmost and longest first.

        ``words`` holds the start and lower-cased text of each word in the range.
        """
        pos = lo
        for word in words:
            if word.start < pos:
                continue
            regex = self.by_word.get(word.low)
            if regex is None:
                continue
            if word.start > 0 and (text[word.start - 1].isalnum() or text[word.start - 1] in "-_"):
                continue
            m = regex.match(text, word.start, hi)
            if m is not None:
                pos = m.end()
                yield m


# The words an alternative needs: one word of each group (no group: only its first word).
_Needs = tuple[tuple[str, ...], ...]
_Chosen = tuple[tuple[str, _Needs], ...]  # cues' sources, each with the words it needs
_CHOSEN_SIZE = 100_000


@dataclass
class _CueIndex:
    """Cues gathered by their first words, with the words each needs (see _CueSet.build)."""

    parts: dict[str, str]
    spelled: dict[str, tuple[str, ...]]  # a word -> its spellings, itself first
    by_word: dict[str, list[str]] = field(default_factory=dict)
    gates: dict[str, list[_Needs]] = field(default_factory=dict)  # each alternative's words
    # Cues opening on a slot: the word each needs in the range, the words it needs in
    # order, its pattern's source.
    opening: list[tuple[str, _Needs, str]] = field(default_factory=list)
    tails: list[str] = field(default_factory=list)  # the cues after "{attackers}"
    tail_needs: list[str] = field(default_factory=list)
    # A placeholder -> the words one of which any match of it holds (see _CueSet.build).
    leads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def add(self, i: int, cue: str) -> None:
        """Add cue ``i``: under its first word, as an ``{attackers}`` tail, or anywhere."""
        parts, spelled = self.parts, self.spelled
        if cue.startswith("{attackers} "):
            self.tails.append(f"(?P<c{i}>{_cue_body(cue.removeprefix('{attackers} '), parts)})")
            gate = _literal_gate(cue, parts, "", spelled)
            self.tail_needs.extend(spelled.get(gate, (gate,)))
            return
        body = _cue_body(cue, parts)
        first = _opening_word(cue)
        if not first:
            # The cue can match only where all its words are: its rarest is the gate
            # (none if a misspelling of it may stand for it).
            need = _gate_word(cue, frozenset())
            words = _literal_words(cue, parts, "", spelled)
            needs = tuple(spelled.get(w, (w,)) for w in words)
            slot = cue.split()[0]
            if slot in self.leads:
                needs = (self.leads[slot], *needs)
            self.opening.append(("" if need in spelled else need, needs, f"(?P<c{i}>{body})"))
            return
        self.by_word.setdefault(first, []).append(f"(?P<c{i}>{body})")
        words = _literal_words(cue, parts, first, spelled)
        self.gates.setdefault(first, []).append(tuple(spelled.get(w, (w,)) for w in words))

    def open_misspelt(self) -> None:
        """Let each misspelling of a cue's first word open its cues ("responsibilty was")."""
        for word, spellings in self.spelled.items():
            if word in self.by_word:
                for spelling in spellings[1:]:
                    self.by_word[spelling] = self.by_word[word]
                    self.gates[spelling] = self.gates[word]


class _Required(NamedTuple):
    """What each cue of a first word needs, indexed to find the cues a range allows.

    A cue needs one word of each of its groups; the word's cues share few groups ("the"
    opens 679 cues of 79 groups). Each cue is filed under the group that fewest cues
    need: a range's needed words give the groups it holds, those groups the only cues it
    may allow, and a subset test in C each keeps those it does.
    """

    groups_of: dict[str, tuple[int, ...]]  # a needed word -> the groups that hold it
    cues: tuple[frozenset[int], ...]  # each cue's groups
    by_rarest: dict[int, tuple[int, ...]]  # a group -> the cues filed under it; -1: no group

    @classmethod
    def of(cls, gate: tuple[tuple[str, _Needs], ...]) -> _Required:
        groups = tuple(dict.fromkeys(group for _, needs in gate for group in needs))
        index = {group: i for i, group in enumerate(groups)}
        cues = tuple(frozenset(index[g] for g in needs) for _, needs in gate)
        groups_of: dict[str, list[int]] = {}
        for i, group in enumerate(groups):
            for w in dict.fromkeys(group):
                groups_of.setdefault(w, []).append(i)
        shared = Counter(g for cue in cues for g in cue)
        by_rarest: dict[int, list[int]] = {}
        for i, cue in enumerate(cues):
            rarest = min(cue, key=shared.__getitem__, default=-1)
            by_rarest.setdefault(rarest, []).append(i)
        return cls(
            {w: tuple(ids) for w, ids in groups_of.items()},
            cues,
            {g: tuple(ids) for g, ids in by_rarest.items()},
        )

    def allowed(self, have: frozenset[str]) -> list[int]:
        """The cues (their indexes, in order) ``have`` holds a word of each group of.

        ``have`` is the range's needed words (those of ``groups_of``).
        """
        held = frozenset(g for w in have for g in self.groups_of[w])
        found = list(self.by_rarest.get(-1, ()))
        for g in held:
            found += self.by_rarest.get(g, ())
        found.sort()
        cues = self.cues
        return [i for i in found if cues[i] <= held]


@dataclass(frozen=True)
class _CueSet:
    """Cue phrases indexed by their first word, so a scan tries only the cues that can match.

    One alternation of hundreds of phrases costs every alternative at every character;
    indexing by the first word costs a dictionary look-up a word.
    """

    sources: dict[str, str]  # first word -> pattern; named groups c<i>: the cue's index
    # The placeholders' patterns, written as marks in the sources: each source is compiled
    # with them parsed once (compiling the cues had parsed them again in each).
    placeholders: Placeholders
    # The few cues that open with a placeholder, in order, each with the word it needs
    # ("by" in "{event} by"): a sentence without that word never runs the cue's pattern.
    # Each also with the words it needs in order (those of an opening slot first): a
    # range where they do not follow one another never runs the pattern.
    anywhere: tuple[tuple[str, _Needs, re.Pattern[str]], ...]
    # First word -> its cues in order, each as its pattern's source and the words it
    # needs (lower case: one of each group; no group: only the first word). A range
    # without a cue's words never runs (nor compiles) its pattern: "said" opens 63 cues,
    # most needing "behind", "responsible" or other words most sentences lack. A first
    # word none of whose cues needs a word runs its whole alternation.
    gates: dict[str, tuple[tuple[str, _Needs], ...]] = field(default_factory=dict)
    needed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # every word of its gates
    # Each source compiled (a first word's alternation, or one cue's), on first use: most
    # are never needed.
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # The cues a first word keeps, by the word and those of its cues' words a range holds:
    # testing each cue's words at each range cost more than the cues' patterns.
    chosen: dict[tuple[str, frozenset[str]], _Chosen] = field(default_factory=dict)
    # A first word's cues, each as the set of what it needs: tested as subsets in C (see
    # _allowed).
    required: dict[str, _Required] = field(default_factory=dict)

    @property
    def by_word(self) -> dict[str, str]:
        """The cues' first words (lower case), each to its pattern's source."""
        return self.sources

    def sources_in(self, word: str, low_text: str) -> _Chosen:
        """Return the sources of the cues opening with ``word`` that ``low_text`` may hold.

        ``low_text`` is the range's text, lower case. A first word without gates gives its
        whole alternation; else its cues whose words the range holds, in their order: tried
        one by one, the first that matches is the one the whole alternation would find,
        and a cue whose words never occur is never compiled (compiling a first word's
        whole alternation cost more than reading most documents).
        """
        gate = self.gates.get(word)
        if gate is None:
            return ((self.sources[word], ()),) if word in self.sources else ()
        have = frozenset(filter(low_text.__contains__, self.needed[word]))
        key = (word, have)
        found = self.chosen.get(key)
        if found is None:
            if len(self.chosen) >= _CHOSEN_SIZE:
                self.chosen.clear()
            found = self.chosen[key] = self._allowed(word, gate, have)
        return found

    def _allowed(
        self, word: str, gate: tuple[tuple[str, _Needs], ...], have: frozenset[str]
    ) -> _Chosen:
        """The cues of ``gate`` (``word``'s) that ``have`` holds one word of each group of."""
        required = self.required.get(word)
        if required is None:
            required = self.required[word] = _Required.of(gate)
        return tuple(gate[i] for i in required.allowed(have))

    def text_memo(self) -> TextMemo[int] | None:
        """A memo of scans by the range's text, keyed as far back as the cues look behind."""
        sources = [
            *self.sources.values(),
            *(source for gate in self.gates.values() for source, _ in gate),
            *(regex.pattern for _, _, regex in self.anywhere),
            *(self.placeholders.expand(mark) for mark in self.placeholders.marks.values()),
        ]
        shared = self.placeholders
        reach = lookbehind_reach(sources, shared.flags, shared.expand)
        return TextMemo(reach) if reach is not None else None

    def pattern(self, source: str) -> re.Pattern[str]:
        """Return ``source`` compiled (a first word's alternation, or one cue's), once."""
        regex = self.compiled.get(source)
        if regex is None:
            regex = self.compiled[source] = self.placeholders.compile(source)
        return regex

    @classmethod
    def build(
        cls,
        cues: list[str],
        placeholders: Placeholders,
        spellings: Mapping[str, tuple[str, ...]] | None = None,
        leads: Mapping[str, tuple[str, ...]] | None = None,
    ) -> _CueSet:
        """Index ``cues`` (longest first) by their first words.

        ``spellings`` gives a cue's word the misspellings its pattern also matches (the
        placeholders hold that pattern): a misspelling opens the word's cues too, and a
        cue needs one of the word's spellings where it needs the word. ``leads`` gives a
        placeholder the plain words (lower case, ASCII) one of which each of its matches
        holds ("{event}": the first word of each event noun): a cue opening with it needs
        one of them before its own words.
        """
        parts = placeholders.marks
        spelled = {w: (w, *wrong) for w, wrong in (spellings or {}).items()}
        index = _CueIndex(parts, spelled, leads=leads or {})
        for i, cue in enumerate(cues):  # longest first: the first cue that matches wins
            index.add(i, cue)
        by_word, gates = index.by_word, index.gates
        anywhere = tuple(
            (need, needs, placeholders.compile(rf"(?<![\w\-]){body}(?![\w\-])"))
            for need, needs, body in index.opening
        )
        if index.tails:
            # "the gunmen were members of": the attackers once, then any cue's words; the
            # cue is the group that matched last. Indexed by the attackers' determiner.
            shared = rf"{parts['{attackers}']}\s+(?:{'|'.join(index.tails)})"
            needs = index.tail_needs
            either = () if "" in needs else tuple(dict.fromkeys(needs))
            for det in _ATTACKER_DETERMINERS:
                by_word.setdefault(det, []).append(shared)
                gates.setdefault(det, []).append((either,) if either else ())
        index.open_misspelt()
        # Alternatives keep the longest-first order, so the first that matches wins.
        sources = {k: rf"(?:{'|'.join(v)})(?![\w\-])" for k, v in by_word.items()}
        gated = _split_gates(by_word, gates)
        needed = {
            word: tuple(dict.fromkeys(n for _, needs in cues for group in needs for n in group))
            for word, cues in gated.items()
        }
        return cls(sources, placeholders, anywhere, gated, needed)

    def scan(
        self, text: str, words: list[_Word], present: set[str], lo: int, hi: int
    ) -> list[tuple[int, int, int]]:
        """Return ``(start, end, cue index)`` of the cues in ``text[lo:hi]``, in order.

        ``words`` holds the start and lower-cased text of each word in the range that may
        open a cue; ``present`` every lower-cased word of the range.
        """
        found: list[tuple[int, int, int]] = []
        pos = lo
        # The range's text as a cue's plain words are found in it: lower case, and the
        # letters that match one of theirs only when the case is ignored made that letter.
        low_text = text[lo:hi].translate(_FOLD_TO_ASCII).lower()
        tried: dict[str, _Chosen] = {}  # each first word's cues, tested once a range
        for word in words:
            if word.start < pos:
                continue
            if word.low not in tried:
                tried[word.low] = self.sources_in(word.low, low_text)
            m = None
            for source, needs in tried[word.low]:
                if needs and not _in_order(low_text, word.start - lo, needs):
                    continue  # its words are not all after the word: it cannot match here
                m = self.pattern(source).match(text, word.start, hi)
                if m is not None:
                    break
            if m is not None:
                found.append((m.start(), m.end(), int((m.lastgroup or "c0")[1:])))
                pos = m.end()
        found += self._anywhere(text, present, low_text, lo, hi)
        found.sort()
        return found

    def _anywhere(
        self, text: str, present: set[str], low_text: str, lo: int, hi: int
    ) -> Iterator[tuple[int, int, int]]:
        """Yield the cues that open with a placeholder, as one alternation of them would.

        Only the cues whose words the range holds in order are searched (an event noun, then
        "by", for "{event} by"): one alternation of them all
        tried the placeholders' long alternatives at every word of every sentence holding
        "by". At each step the leftmost match wins, and of those the first cue in order.
        Where a search starts does not change what matches at a place: a cue's match at or
        after the next step's start is still its leftmost, and a cue that found none finds
        none further on, so each cue is searched again only past its own match.
        """
        cues = [
            regex
            for need, needs, regex in self.anywhere
            if (not need or need in present) and _in_order(low_text, 0, needs)
        ]
        hits: dict[int, re.Match[str]] = {}  # by cue (its index): its leftmost match from pos
        todo = list(range(len(cues)))  # the cues to search from pos
        pos = lo
        while True:
            for i in todo:
                if (found := cues[i].search(text, pos, hi)) is not None:
                    hits[i] = found
            if not hits:
                return
            first = min(hits, key=lambda i: (hits[i].start(), i))  # the first cue of equals
            m = hits[first]
            yield m.start(), m.end(), int((m.lastgroup or "c0")[1:])
            pos = m.end()
            todo = [i for i, hit in hits.items() if hit.start() < pos]
            for i in todo:
                del hits[i]


def _in_order(low_text: str, at: int, needs: _Needs) -> bool:
    """Say whether one word of each group of ``needs`` follows in ``low_text[at:]``, in order.

    A cue's plain words stand in its match in the cue's order: a cue whose words do not
    follow its first word that way cannot match there, and is neither compiled nor tried.
    Lowering never shortens text, so ``at`` is at or before the word's place in ``low_text``.
    """
    for group in needs:
        ends = [i + len(w) for w in group if (i := low_text.find(w, at)) >= 0]
        if not ends:
            return False
        at = min(ends)
    return True


def _opening_word(cue: str) -> str:
    """The first word of a cue, lower case; empty when the cue opens with a placeholder."""
    head = _PLACEHOLDER.split(cue.split()[0])[0] if cue.split() else ""
    word = _FIRST_WORD.match(head)
    return word.group().lower() if word is not None else ""


# Letters that a pattern ignoring case matches to "i" or "s" though str.lower() does not
# give that letter (dotted and dotless I, long s); every other letter lowers to its match.
_FOLDED = re.compile("[\u0130\u0131\u017f]")
_FOLD_TO_ASCII = str.maketrans("\u0130\u0131\u017f", "iis")


def _literal_gate(
    cue: str, parts: dict[str, str], first: str, spelled: Mapping[str, Any] | None = None
) -> str:
    """The longest plain word of ``cue`` but ``first``: text without it cannot match the cue.

    Lower case; empty when the cue has no such word (see :func:`_literal_words`).
    """
    return max(_literal_words(cue, parts, first, spelled), key=len, default="")


def _literal_words(
    cue: str, parts: dict[str, str], first: str, spelled: Mapping[str, Any] | None = None
) -> tuple[str, ...]:
    """The plain words of ``cue`` but ``first``: text without one of them cannot match it.

    Plain words are matched as written (ignoring case), with no placeholder in them; a
    word with a letter outside ASCII is not taken (its case may fold otherwise). A word
    with misspellings (a key of ``spelled``) is taken, though its pattern is a part. Lower
    case, each once, in the cue's order.
    """
    spelled = spelled or {}
    plain = [
        chunk.lower()
        for word in cue.split()
        for chunk in _PLACEHOLDER.split(word)
        if chunk
        and (chunk in spelled or (chunk not in parts and not _PLACEHOLDER.fullmatch(chunk)))
        and chunk.isascii()
    ]
    return tuple(dict.fromkeys(w for w in plain if w != first))


def _split_gates(
    by_word: dict[str, list[str]], gates: dict[str, list[_Needs]]
) -> dict[str, tuple[tuple[str, _Needs], ...]]:
    """Each first word's alternatives in order, each with the words it needs.

    ``by_word`` holds each first word's alternatives and ``gates`` the words each needs,
    in the same order. A first word none of whose cues needs a word is left out.
    """
    out: dict[str, tuple[tuple[str, _Needs], ...]] = {}
    for word, alternatives in by_word.items():
        needs = gates[word]
        if all(not n for n in needs):
            continue
        out[word] = tuple(
            (rf"(?:{alt})(?![\w\-])", need) for alt, need in zip(alternatives, needs, strict=True)
        )
    return out


# "militants in a vehicle from Niger killed": a place or a means between attackers and act,
# never an auxiliary ("fighters in the area were killed" are victims).
_ATTACKER_PP = (
    r"(?:\s+(?:in|from|on|with|armed\s+with)"
    r"(?:\s+(?!(?:was|were|is|are|had|has|have|been|being)(?![\w\-]))[\w\-]+){1,6}?)?"
)


# The kind of attack an attacker noun is named by: "a suicide squad", "a hit team".
_ATTACKER_KINDS = ("suicide", "hit", "assault", "strike", "death")


def _participles(verbs: Iterable[str]) -> list[str]:
    """The present participles of the attack verbs in "-ed": "Okvara gunmen raiding a jail".

    Dropping "ed" before "ing" spells them all ("raiding", "firing", "kidnapping",
    "seizing"); an irregular past ("shot", "drove") has no such form and is left out.
    """
    return [f"{v[:-2]}ing" for v in verbs if v.endswith("ed") and " " not in v]


def _attacker_re(
    nouns: Iterable[str], verbs: Iterable[str], links: Iterable[str] = ()
) -> re.Pattern[str] | None:
    noun_alt, verb_alt, link_alt = _words_alt(nouns), _words_alt(verbs), _words_alt(links)
    if not noun_alt or not verb_alt:
        return None
    # "Al-Qaeda linked assailants targeted": the attackers tied to the actor are its.
    link = rf"(?:(?:\s+|\s*-)(?:{link_alt}))?" if link_alt else ""
    # "X rebel fighters stormed", "X militant gunmen", "X's suicide squad attacked": the
    # head may follow another attacker noun or a word of the attack's kind, and the group
    # may own it ("'s"; see _attacker for a state's own).
    kind = rf"(?:(?:{noun_alt}|{'|'.join(_ATTACKER_KINDS)})\s+)?"
    # "ISIS gunmen who opened fire": the relative pronoun binds the act to the attackers;
    # "X gunmen had stormed": the past perfect tells the same act ("have killed" may not).
    return re.compile(
        rf"(?P<own>['\u2019]s)?{link}\s+{kind}(?:{noun_alt}){_ATTACKER_PP}(?P<rel>\s+(?:who|that))?"
        rf"(?:\s+had)?\s+(?:{verb_alt})(?![\w\-])",
        re.IGNORECASE,
    )


@per_lexicon
def _patterns(lexicon: Lexicon) -> _Patterns:
    return _Patterns.build(lexicon)


# --- mentions ------------------------------------------------------------------------------


def _words(p: _Patterns, text: str, lo: int, hi: int, present: set[str]) -> list[_Word]:
    """Return the words of ``text[lo:hi]`` that open an alias or a cue, with their starts.

    The set test and the searches run in C; Python only sees the few words that matter.
    """
    wanted = p.locators.keys() & present
    found = [_Word(m.start(), w) for w in wanted for m in p.locators[w].finditer(text, lo, hi)]
    found.sort()
    return found


def _sentence_words(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str]
) -> list[_Word]:
    """Return :func:`_words` of ``sentence``, read from its words when that is the same.

    A word of ASCII letters is found, ignoring case, exactly where a whole word lowers to
    it, unless the sentence holds a letter that matches one of them otherwise (``_FOLDED``).
    One pass over the sentence's words (read once per document) then replaces a search per
    word wanted.
    """
    wanted = p.locators.keys() & present
    if not wanted:
        return []
    if _FOLDED.search(ctx.text, sentence.start, sentence.end) or not all(
        w.isascii() for w in wanted
    ):
        return _words(p, ctx.text, sentence.start, sentence.end, present)
    return [word for word in _tokens(ctx, sentence) if word.low in wanted]


def _tokens(ctx: DocContext, sentence: Sentence) -> list[_Word]:
    """Return every word of ``sentence`` with its start, lower case (not to be changed).

    Finding names reads them in several steps; they are read once per document.
    """
    cache = ctx.memo(_ActorsMemo).tokens
    key = (sentence.start, sentence.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [
            _Word(m.start(), m.group().lower())
            for m in _FIRST_WORD.finditer(ctx.text, sentence.start, sentence.end)
        ]
    return found


def _scan(
    ctx: DocContext,
    cues: _CueSet,
    words: list[_Word],
    present: set[str],
    lo: int,
    hi: int,
) -> list[tuple[int, int, int]]:
    """Return ``cues.scan`` of ``text[lo:hi]``, scanned once per document.

    Discovering the document's actors and reading its attributions scan the same
    sentences, and the cues are the costliest patterns of extraction. ``words`` and
    ``present`` are those of the range, so the range decides the result.
    """
    cache = ctx.memo(_ActorsMemo).cues
    # The cue sets live as long as the lexicon, like the document's context.
    key = (id(cues), lo, hi)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _shared_scan(cues, ctx.text, words, present, lo, hi)
    return found


# Each cue set's scans by the range's text, for every document (kept with the cue set, so
# that its id is not reused while kept): the same sentences recur across a corpus.
_SHARED_SCANS: dict[int, tuple[_CueSet, TextMemo[int] | None]] = {}


def _shared_scan(
    cues: _CueSet, text: str, words: list[_Word], present: set[str], lo: int, hi: int
) -> list[tuple[int, int, int]]:
    """Return ``cues.scan`` of ``text[lo:hi]``, read once a process for each range's text.

    A range's words and ``present`` are its own, so its text (and the few characters
    before it that a cue's look-behind reads) decides the result.
    """
    entry = _SHARED_SCANS.get(id(cues))
    if entry is None or entry[0] is not cues:
        if len(_SHARED_SCANS) >= 8:
            _SHARED_SCANS.clear()
        entry = _SHARED_SCANS[id(cues)] = (cues, cues.text_memo())
    memo = entry[1]
    if memo is None:
        return cues.scan(text, words, present, lo, hi)
    return memo.spans(text, lo, hi, partial(cues.scan, text, words, present, lo, hi))


def _find(
    index: _NameIndex,
    table: dict[str, str],
    text: str,
    sentence: Sentence,
    words: list[_Word] | None = None,
) -> list[_Mention]:
    if words is None:
        words = [
            _Word(m.start(), m.group().lower())
            for m in _FIRST_WORD.finditer(text, sentence.start, sentence.end)
        ]
    found: list[_Mention] = []
    for m in index.finditer(text, words, sentence.start, sentence.end):
        word = m.group()
        key = _WRAPPED.sub("-", " ".join(word.lower().split()))
        if short_key(key) and not word.isupper() and not _acronym_shaped(word):
            continue
        actor = table.get(key)
        if actor is None:
            continue
        found.append(_Mention(m.start(), m.end(), actor, word))
    return found


_CONNECTED = re.compile(r"[A-Z]-[a-z]-[A-Z]")


# "JeM", "LeT", "HuJI": an acronym that keeps the lower-case letter of a connecting word.
_CAMEL_ACRONYM = re.compile(r"[A-Z][a-z]?[A-Z][a-zA-Z]?[A-Z]?")


def _acronym_shaped(word: str) -> bool:
    """Say whether a short alias is written as an acronym: "L-e-T", "JeM" (not "Is", "it")."""
    return _connected_acronym(word) or (
        _CAMEL_ACRONYM.fullmatch(word) is not None and word[-1].isupper()
    )


def _connected_acronym(word: str) -> bool:
    """Say whether ``word`` is an acronym with a lower-case connector: "L-e-T", "J-e-M"."""
    return _CONNECTED.fullmatch(word) is not None


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


_BRACKETED = 150  # characters: how far before a bracketed acronym its full name may open


def _spelled_out(ctx: DocContext, sentence: Sentence, found: list[_Mention]) -> list[_Mention]:
    """A known acronym in brackets, with the full name before it: one mention of the group.

    "the Okvara Zelvan Front (OZF)": the lexicon may know the acronym but not this
    spelling of the name (a translation, a variant); the name whose initials the acronym
    fits is the group the acronym names, unless another mention stands in it.
    """
    text = ctx.text
    out: list[_Mention] = []
    for m in found:
        lo = max(sentence.start, m.start - _BRACKETED, out[-1].end if out else 0)
        if text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
            m = _after_its_name(ctx, lo, m)
        out.append(m)
    return out


def _after_its_name(ctx: DocContext, lo: int, m: _Mention) -> _Mention:
    """The mention of a bracketed acronym widened over the name it follows, if it fits."""
    for span in names_in(name_grammar(ctx.lexicon), ctx.text, lo, m.end + 1):
        if span.end == m.end + 1 and span.acronym == m.text and acronym_fits(m.text, span.name):
            return _Mention(span.start, m.end + 1, m.actor, ctx.text[span.start : m.end + 1])
    return m


def _named(
    ctx: DocContext, p: _Patterns, sentence: Sentence, words: list[_Word] | None
) -> list[_Mention]:
    """Return the actors named in ``sentence``: the lexicon's and the document's own."""
    known = _named_known(ctx, p, sentence, words)
    found = _discovered(ctx, p)
    if found.index is None:
        return known
    return _with_discovered(ctx, found, sentence, known)


@dataclass
class _ActorsMemo:
    """What finding actors keeps of one document (``DocContext.memo``)."""

    named: dict[tuple[int, int], list[_Mention]] = field(default_factory=dict)
    branch: dict[str, str] = field(default_factory=dict)
    affiliate: dict[str, str] = field(default_factory=dict)
    own: dict[int, str | None] = field(default_factory=dict)  # speaking group by offset
    discovered: _Discovered | None = None
    lower_words: frozenset[str] | None = None
    # The cues found in a sentence, by cue set and range: discovery and attribution scan
    # the same sentences with the same cues.
    cues: dict[tuple[int, int, int], list[tuple[int, int, int]]] = field(default_factory=dict)
    present: dict[tuple[int, int], set[str]] = field(default_factory=dict)  # by range
    tokens: dict[tuple[int, int], list[_Word]] = field(default_factory=dict)
    # The actors each sentence names or refers back to, by index (see _named_or_referred).
    referred: dict[int, list[_Mention]] = field(default_factory=dict)
    worn: dict[str, bool] = field(default_factory=dict)  # names told as a costume
    disguised: bool | None = None  # whether the text has a costume's words at all

    def after_reading(self) -> None:
        """Drop each sentence's words once the claims are read (see ``DocContext``)."""
        self.tokens.clear()
        self.present.clear()


def _present(ctx: DocContext, sentence: Sentence) -> set[str]:
    """Return every lower-cased word of ``sentence`` (not to be changed: it is shared).

    Each step's set tests ask for them, several times a sentence; they are read once.
    """
    cache = ctx.memo(_ActorsMemo).present
    key = (sentence.start, sentence.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = set(_FIRST_WORD.findall(sentence.text.lower()))
    return found


def _named_known(
    ctx: DocContext, p: _Patterns, sentence: Sentence, words: list[_Word] | None
) -> list[_Mention]:
    """Return the actors of the lexicon named in ``sentence`` (cached per sentence)."""
    cache = ctx.memo(_ActorsMemo).named
    key = (sentence.index, sentence.start)
    found = cache.get(key)
    if found is None:
        lows = _present(ctx, sentence)
        if words is None and p.alias_re.first_words.isdisjoint(lows):
            found = []  # a set test in C turns most sentences away
        else:
            found = _merge_parenthetical(
                ctx.text,
                _find(
                    p.alias_re,
                    p.aliases,
                    ctx.text,
                    sentence,
                    words if words is not None else _tokens(ctx, sentence),
                ),
            )
            found = _spelled_out(ctx, sentence, found)
            found = _outermost(
                [
                    _known_or_longer(ctx, p, m, sentence.end)
                    for m in found
                    if _compound_ok(p, ctx.text, m) or _tied_affiliate(ctx, p, m)
                ]
            )
        if not p.outlet_re.first_words.isdisjoint(lows):
            found = _with_outlets(ctx, p, sentence, found)
        found = _with_linked_outlets(ctx, p, sentence, found, lows)
        cache[key] = found
    return found


_COMPOUND = re.compile(r"-([a-z]+)((?:\s+[\w\-]+){1,3})")


def _compound_ok(p: _Patterns, text: str, m: _Mention) -> bool:
    """Say whether a name joined to a participle names the actor of what follows.

    "an IS-claimed attack", "Okvara-linked gunmen": the group's claim, its attackers;
    "the Okvara-linked organisation", "an Okvara-linked militant group", "the Okvara-backed
    online magazine" describe another body, which the name does not stand for.
    """
    hit = _COMPOUND.match(text, m.end)
    if hit is None or hit.group(1) == "claimed":
        return True
    after = hit.group(2).lower().split()
    if not (p.anaphor_heads - p.attackers).isdisjoint(after):
        return False  # a group's word, not an attacker's ("militant group")
    return after[0] in p.attackers or " ".join(after[:2]) in p.attackers


def _with_outlets(
    ctx: DocContext, p: _Patterns, sentence: Sentence, known: list[_Mention]
) -> list[_Mention]:
    """Add the groups' outlets: "the Amaq news agency said its fighters ..." is the group's.

    An outlet speaks for its group only: like a back-reference, it carries the group's
    own claims and denials, never an assertion about it.
    """
    extra = [
        replace(m, anaphor=True, sure=True)
        for m in _find(p.outlet_re, p.outlets, ctx.text, sentence, _tokens(ctx, sentence))
        if not any(_overlap(m, k) for k in known)
    ]
    return sorted([*known, *extra], key=_start_of) if extra else known


def _known_or_longer(ctx: DocContext, p: _Patterns, m: _Mention, end: int) -> _Mention:
    """A known name as the lexicon reads it, or the longer name it opens (an affiliate)."""
    longer = _respelt_compound(ctx, m, end) or _as_longer(ctx, p, m, end)
    if longer is not None:
        return longer
    return _as_affiliate(ctx, p, _as_branch(ctx, p, _as_forces(p, ctx.text, m, end)))


# A particle and a capitalised word after a known name: "Lashkar e Tayibba", "Okvara-ul-Zelvi".
_PARTICLE_TAIL = re.compile(
    r"(?:[\s\-\u2010]+)(?:ul|ud|ut|ur|us|un|e|i|al|el|wal)[\s\-\u2010]+(?-i:[A-Z])[\w'\u2019]+"
    r"(?![\w\-])"
)


def _respelt_compound(ctx: DocContext, m: _Mention, end: int) -> _Mention | None:
    """The known group a known name and the compound it opens spell another way, if one.

    "Lashkar e Tayibba": "Lashkar" alone is a short form the lexicon knows; with its particle
    and second word the name is the whole group's, spelt as the lexicon does not.
    """
    tail = _PARTICLE_TAIL.match(ctx.text, m.end, end)
    if tail is None:
        return None
    text = ctx.text[m.start : tail.end()]
    actor = _respelt(ctx, " ".join(text.lower().split()))
    return None if actor is None else _Mention(m.start, tail.end(), actor, text, m.anaphor)


def _a_place(ctx: DocContext, tail: NameTail) -> bool:
    """Say whether a name's tail is where a group acts, not part of an affiliate's name.

    A country, a city, compass words, or a place noun after the link ("in the Okvara
    District").
    """
    if tail.compass or gazetteer(ctx.lexicon).resolve(tail.rest).level is not None:
        return True
    suffixes = ctx.lexicon.events.place_suffixes
    return bool(tail.link) and tail.rest.split()[-1].lower() in suffixes


def _outermost(mentions: list[_Mention]) -> list[_Mention]:
    """Drop the mentions inside a longer one: the acronym in "X of the Y (XY)"."""
    out: list[_Mention] = []
    for m in mentions:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def _as_longer(ctx: DocContext, p: _Patterns, m: _Mention, end: int) -> _Mention | None:
    """The group a known name opens: "al-Qaeda in the Zelvan Highlands", "IS Okvara Province".

    The lexicon knows the parent, the text names the affiliate: the mention is the
    affiliate, under the lexicon's spelling if it knows it (by the whole name or the
    bracketed acronym), else as the parent's name and the text's tail. A tail that is a
    country, a city or compass words ("Islamic State of Iraq", "in the Middle East") is
    where the parent acts: the parent's mention; a generic head between ("the Okvara group
    in the ...") makes a name only the lexicon can confirm.
    """
    tail = longer_name(name_grammar(ctx.lexicon), ctx.text, m.end, end)
    if tail is None:
        return None
    known = p.aliases.get(tail.acronym.lower()) if tail.acronym else None
    written = " ".join(f"{m.text} {tail.link} {tail.rest}".lower().split())
    known = (
        known
        or p.aliases.get(written)
        or p.aliases.get(f"{m.actor} {tail.link} {tail.rest}".lower())
    )
    if known is None and (tail.generic or (not tail.link and tail.rest.lower() in p.aliases)):
        return None  # "X al-Shabaab": two known names side by side make no third
    text = ctx.text[m.start : tail.end]
    if known is None and _a_place(ctx, tail):
        # The parent where it acts: one mention, so that its verb follows it.
        return replace(_as_affiliate(ctx, p, _as_branch(ctx, p, m)), end=tail.end, text=text)
    if known is None:
        known = " ".join(f"{m.actor} {tail.link} {tail.rest}".split())
    return _Mention(m.start, tail.end, known, text, m.anaphor)


@dataclass(frozen=True)
class _OutletForms:
    """How an outlet the lexicon does not know is tied to its group (see _with_linked_outlets)."""

    firsts: frozenset[str]  # the first words of the outlet nouns, for the cheap set test
    before: re.Pattern[str]  # "the X-run Zelvani radio station": the group before a hyphen
    after: re.Pattern[str]  # "the Zelvani news agency, which is affiliated with": X follows


_CAPITALISED = r"(?-i:[A-Z])[\w'\u2019\-]*"


@per_lexicon
def _outlet_forms(lexicon: Lexicon) -> _OutletForms | None:
    act = lexicon.actors
    nouns, ties = _words_alt(act.outlet_nouns), _words_alt(act.outlet_ties)
    participles = _words_alt(
        w for t in act.outlet_ties for w in t.split()[:1] if w.endswith("ed") or w == "run"
    )
    if not nouns or not ties or not participles:
        return None
    # The outlet: up to three capitalised words, its noun, up to three capitalised words
    # ("the Zelvani news agency", "the radio station Bayan").
    outlet = rf"(?:{_CAPITALISED}\s+){{0,3}}(?:{nouns})(?:\s+{_CAPITALISED}){{0,3}}(?![\w\-])"
    return _OutletForms(
        firsts=frozenset(n.split()[0].lower() for n in act.outlet_nouns if n.split()),
        before=re.compile(
            rf"(?<![\w\-'\u2019])(?P<group>[\w'\u2019]+(?:[ \-][\w'\u2019]+){{0,4}}?)"
            rf"-(?:{participles})\s+(?P<outlet>{outlet})",
            re.IGNORECASE,
        ),
        after=re.compile(
            rf"(?P<outlet>{outlet})\s*,?\s*(?:(?:which|that)\s+(?:is\s+|was\s+|are\s+)?"
            rf"(?:also\s+|often\s+)?)?(?:{ties})\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    )


def _with_linked_outlets(
    ctx: DocContext, p: _Patterns, sentence: Sentence, known: list[_Mention], lows: set[str]
) -> list[_Mention]:
    """Add the outlets the lexicon does not know, tied to a group it knows.

    "The Zelvani news agency, which is affiliated with X, said ...", "the X-run radio
    station Bayan claimed ...": like a known outlet, the outlet speaks for X (its claims and
    denials only), and its own name is no group.
    """
    forms = _outlet_forms(ctx.lexicon)
    if forms is None or forms.firsts.isdisjoint(lows):
        return known
    extra: list[_Mention] = []
    for m in forms.before.finditer(ctx.text, sentence.start, sentence.end):
        actor = _alias_at_end(p, m.group("group"))
        if actor is not None:
            start = m.start("group") + len(m.group("group")) - len(actor[1])
            extra.append(_Mention(start, m.end(), actor[0], ctx.text[start : m.end()], True, True))
    extra = [e for e in extra if not any(_overlap(e, k) for k in known)]
    kept: list[_Mention] = []
    for k in known:
        tie = forms.after.search(ctx.text, max(sentence.start, k.start - 120), k.start)
        if tie is None or k.anaphor or any(e.end > tie.start() for e in (*kept, *extra)):
            kept.append(k)
            continue
        # The outlet and the group it names are one phrase: the outlet's, speaking for it.
        start = tie.start("outlet")
        extra.append(_Mention(start, k.end, k.actor, tie.group("outlet"), True, True))
    return sorted([*kept, *extra], key=_start_of) if extra else known


def _alias_at_end(p: _Patterns, words: str) -> tuple[str, str] | None:
    """The actor a phrase's last words name ("The Boko Haram" -> Boko Haram), and those words."""
    parts = words.split()
    for i in range(len(parts)):
        tail = " ".join(parts[i:])
        actor = p.aliases.get(tail.lower())
        if actor is not None:
            return actor, tail
    return None


def _as_forces(p: _Patterns, text: str, m: _Mention, end: int) -> _Mention:
    """Read a state named before a strike or attacker noun as its armed forces."""
    forces = p.forces.get(m.actor)
    if forces is None or p.forces_re is None or p.forces_re.match(text, m.end, end) is None:
        return m
    return _Mention(m.start, m.end, forces, m.text, m.anaphor)


def _as_branch(ctx: DocContext, p: _Patterns, m: _Mention) -> _Mention:
    """Read a bare one-word name as its branch in the country the document is about."""
    countries = p.branches.get(m.actor)
    if countries is None or len(_WORD.findall(m.text)) != 1:
        return m
    cache = ctx.memo(_ActorsMemo).branch
    branch = cache.get(m.actor)
    if branch is None:
        counts = {b: len(r.findall(ctx.text)) for b, r in countries.items()}
        best = max(counts.values(), default=0)
        top = [b for b, n in counts.items() if n == best]
        branch = cache[m.actor] = top[0] if best and len(top) == 1 else m.actor
    return m if branch == m.actor else _Mention(m.start, m.end, branch, m.text, m.anaphor)


# "Al Qaeda group claims ...", "an al-Qaeda affiliate", "al-Qaeda's North African branch",
# "an al-Qaeda-linked group".
_OF_THE_FAMILY = re.compile(
    r"(?:['\u2019]s(?:\s+[\w\-]+){0,2}|" + r"(?P<tie>-(?:linked|affiliated|aligned|allied)))?"
    r"\s+(?:group|affiliate|branch|offshoot|wing|franchise|arm"
    r"|affiliated\s+group|splinter\s+group)(?![\w\-])",
    re.IGNORECASE,
)


def _tied_affiliate(ctx: DocContext, p: _Patterns, m: _Mention) -> bool:
    """Say whether "an X-linked group" stands for the one affiliate of X the document names.

    Another body than X, but when the document names one affiliate of X only, that one.
    """
    hit = _OF_THE_FAMILY.match(ctx.text, m.end)
    if hit is None or not hit.group("tie"):
        return False
    # "a Velka-affiliated group was responsible": a body new to the text, unnamed, written
    # as its parent (or its one affiliate the document names).
    return (
        _as_affiliate(ctx, p, m) is not m
        or _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start - 4), m.start) is not None
    )


_INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])an?\s+$", re.IGNORECASE)


def _as_affiliate(ctx: DocContext, p: _Patterns, m: _Mention) -> _Mention:
    """Read "an al-Qaeda group" as the one affiliate of al-Qaeda the document names.

    A headline's "Al Qaeda group claims responsibility" over an article naming al-Qaeda in
    the Islamic Maghreb names the affiliate; with no affiliate, or several, the parent.
    """
    if not _OF_THE_FAMILY.match(ctx.text, m.end) and not _tied_men(p, ctx.text, m.end):
        return m
    return _named_affiliate(ctx, p, m)


# "-linked", "-affiliated" and the words after it: "Okvara-linked rebel fighters".
_TIED_WORDS = re.compile(r"[\-\u2010](?:linked|affiliated|aligned|allied)((?:\s+[\w\-]+){1,2})")


def _tied_men(p: _Patterns, text: str, end: int) -> bool:
    """Say whether attackers or members tied to the group follow its name at ``end``.

    "Okvara-linked gunmen", "Okvara-affiliated rebel fighters" are the men of an affiliate
    of Okvara, as "an Okvara-linked group" is that affiliate (see _as_affiliate).
    """
    hit = _TIED_WORDS.match(text, end)
    if hit is None:
        return False
    return any(w.lower() in p.attackers | p.members for w in hit.group(1).split())


def _named_affiliate(ctx: DocContext, p: _Patterns, m: _Mention) -> _Mention:
    """The one affiliate of ``m``'s group the document names, or ``m`` if none or several."""
    if m.actor not in p.parents:
        return m
    cache = ctx.memo(_ActorsMemo).affiliate
    child = cache.get(m.actor)
    if child is None:
        whole = Sentence(0, len(ctx.text), ctx.text, 0, -1)
        mentions = _find(p.alias_re, p.aliases, ctx.text, whole)
        named = {n.actor for n in mentions}
        children = sorted((named & p.parents[m.actor]) | _affiliates_named(ctx, p, m, mentions))
        child = cache[m.actor] = children[0] if len(children) == 1 else m.actor
    return m if child == m.actor else _Mention(m.start, m.end, child, m.text, m.anaphor)


def _affiliates_named(
    ctx: DocContext, p: _Patterns, parent: _Mention, mentions: list[_Mention]
) -> set[str]:
    """The affiliates of ``parent`` the document names by the parent and a region.

    "al-Qaeda in the Zelvan Highlands" is one even when the lexicon does not list it.
    """
    found: set[str] = set()
    for n in mentions:
        if n.actor != parent.actor:
            continue
        line_end = ctx.text.find("\n", n.end)
        longer = _as_longer(ctx, p, n, len(ctx.text) if line_end < 0 else line_end)
        if longer is not None and longer.actor != parent.actor:
            found.add(longer.actor)
    return found


def _parents(affiliations: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each larger group to the groups affiliated to it directly."""
    found: dict[str, set[str]] = {}
    for child, parent in affiliations.items():
        found.setdefault(parent, set()).add(child)
    return {k: frozenset(v) for k, v in found.items()}


def _class(ctx: DocContext, p: _Patterns, actor: str) -> str:
    return "state" if _is_state(ctx, p, actor) else "armed"


def _of_class(ctx: DocContext, p: _Patterns, kind: str, actor: str) -> bool:
    return _class(ctx, p, actor) == kind


def _is_state(ctx: DocContext, p: _Patterns, actor: str) -> bool:
    """Say whether ``actor`` is a state force: in the lexicon, or a country read as one."""
    return actor in p.state or actor in _discovered(ctx, p).state


def _with_anaphors(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    named: list[_Mention],
) -> list[_Mention]:
    """Add "the group", "the coalition" ... where exactly one actor of the kind is in scope.

    See :func:`claimrecon.extract.anaphora.resolve` for the scope. Two different
    groups in scope ("Boko Haram and ISWAP ... the group") leave the phrase unresolved.
    A sentence before may name its actor by a back-reference of its own ("X claimed ...
    A spokesman for the group said ... the outfit"): one step of such a chain is followed.
    """
    found = _referred(ctx, p, sentence, named, partial(_named_or_referred, ctx, p))
    return _with_introduced(ctx, p, sentence, found)


# A group described before it is named, opening its sentence: "A little-known group
# claiming links to X has said ...", "Shadowy 'X' group claims ...". An article or a
# describing word ("shadowy", "little-known", "previously unknown") makes it a new group.
_INTRODUCED = re.compile(
    r"[\"\u201c\u2018']?(?P<article>an?\s+)?(?P<mods>(?:[\"\u201c\u2018']?[\w\-]+[\"\u201d\u2019']?\s+){0,4}?)"
    r"(?:group|organi[sz]ation|outfit|faction)(?![\w\-])",
    re.IGNORECASE,
)
_AFTER_INTRODUCED = 2  # sentences after the description where the group's name is looked for
# Without an article, a word that makes the group new to the reader: "Shadowy group claims".
_NEW_GROUP = frozenset(
    {"little-known", "lesser-known", "shadowy", "obscure", "unknown", "new", "self-styled"}
)


def _with_introduced(
    ctx: DocContext, p: _Patterns, sentence: Sentence, named: list[_Mention]
) -> list[_Mention]:
    """Add a group described before it is named: it is the next group the text names.

    "A little-known group claiming links to Velka has said it carried out the bombing. The
    Okvara Battalion said ...": the description is the Okvara Battalion, not Velka, which
    it is tied to (and which is named in the description itself, set aside).
    """
    m = _description(ctx, p, sentence)
    if m is None:
        return named
    end = _past_its_tie(ctx.text, m.end(), named)
    described = {ctx.lexicon.actors.family(n.actor) for n in named if n.start < end + 120}
    told = _told_stance(ctx.text[m.end() : sentence.end])  # the description's own words
    actor = _named_after(ctx, p, sentence, described, told)
    if actor is None:
        return named
    mention = _Mention(m.start(), end, actor, ctx.text[m.start() : end], anaphor=True, sure=True)
    kept = [n for n in named if n.start >= end or n.end <= m.start()]
    return sorted([*kept, mention], key=_start_of)


def _description(ctx: DocContext, p: _Patterns, sentence: Sentence) -> re.Match[str] | None:
    """A new group's description opening ``sentence``: "A little-known group", "Shadowy group"."""
    dateline = _DATELINE.match(ctx.text, sentence.start, sentence.end)
    at = sentence.start if dateline is None else dateline.end()
    m = _INTRODUCED.match(ctx.text, at, sentence.end)
    if m is None:
        return None
    mods = [w.strip("\"\u201c\u201d\u2018\u2019'").lower() for w in m.group("mods").split()]
    if (
        m.group("article") is None
        and _NEW_GROUP.isdisjoint(mods)
        and not _bare_headline(sentence, mods)
    ):
        return None  # "Third militant group claims ...": one of several, not a new one
    after = _FIRST_WORD.search(ctx.text, m.end(), sentence.end)
    naming = after is not None and after.group().lower() in {*p.discovery.naming, "of"}
    if naming or any(w in _PREPOSITIONS or w in _DETS for w in mods):
        return None  # "a group calling itself X", "a group of gunmen"; "a raid on a group"
    return m


# A wire story's dateline before its first words: "DUNMAR -- ", "VELKA, Zelvania (AP) — ".
_DATELINE = re.compile(
    r"(?-i:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*)(?:\s*,\s*(?-i:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*)*)?"
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:[\u2013\u2014]|--?)\s+"
)
# Words that make a headline's bare group one of several: "Second group claims ...".
_ONE_OF_SEVERAL = frozenset({"another", "other", "second", "third", "rival", "two", "three"})


def _bare_headline(sentence: Sentence, mods: list[str]) -> bool:
    """Say whether a group with no article opens the headline: "Radical group claims ...".

    A headline drops its articles; the body names the group it describes.
    """
    if sentence.index != 0 or sentence.text.rstrip().endswith("."):
        return False
    return _ONE_OF_SEVERAL.isdisjoint(mods) and not any(w[:1].isdigit() for w in mods)


# "claiming links to X", " - linked to X -": the group the description ties it to.
_DESCRIBED_TIE = re.compile(
    r"\s*(?:[\u2014\u2013]|--?)?\s*(?:claiming|with|having|(?:linked|tied|allied)(?=\s+(?:to|with)))"
    r"(?:\s+(?:links|ties|allegiance))?\s+(?:to|with)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_CLOSING_DASH = re.compile(r"\s*(?:[\u2014\u2013]|--?)(?=\s)")


def _past_its_tie(text: str, at: int, named: list[_Mention]) -> int:
    """Where a description ends, past the group it is tied to: "a group claiming links to X"."""
    tie = _DESCRIBED_TIE.match(text, at)
    if tie is None:
        return at
    group = next((n for n in named if n.start == tie.end()), None)
    if group is None:
        return at
    dash = _CLOSING_DASH.match(text, group.end)
    return group.end if dash is None else dash.end()


# A group's own word on an act: its claim, or its denial.
_TOLD_CLAIM = re.compile(
    r"(?<![\w\-])(?:claimed|claims|claim|claiming|took|takes|taken|taking|admitted|accepted)"
    r"\s+(?:the\s+)?(?:responsibility|credit)(?![\w\-])",
    re.IGNORECASE,
)
_TOLD_DENIAL = re.compile(
    r"(?<![\w\-])(?:denied|denies|deny|denying|rejected|rejects|disowned|disowns)(?![\w\-])",
    re.IGNORECASE,
)


def _told_stance(text: str) -> Stance | None:
    """The stance a group's own words take in ``text``: a claim or a denial, if one alone."""
    claim, denial = _TOLD_CLAIM.search(text), _TOLD_DENIAL.search(text)
    if (claim is None) == (denial is None):
        return None
    return Stance.CLAIMED if claim is not None else Stance.DENIED


def _named_after(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    described: set[str],
    stance: Stance | None = None,
) -> str | None:
    """The armed group that opens one of the sentences after, other than those described.

    The text names the group it introduced as the subject of what follows ("The Okvara
    Battalion said ..."); a group named inside a later sentence may be another one, and so
    is one whose own words take the other side ("A little-known group denied ... The Okvara
    Battalion claimed responsibility": a group that denied the act is not the one claiming it).
    """
    family = ctx.lexicon.actors.family
    for later in ctx.sentences[sentence.index + 1 : sentence.index + 1 + _AFTER_INTRODUCED]:
        told = _told_stance(later.text)
        if stance is not None and told is not None and told is not stance:
            continue
        opening = _OPENING_THE.match(ctx.text, later.start, later.end)
        at = later.start if opening is None else opening.end()
        for n in _named(ctx, p, later, None):
            if n.start != at:
                continue
            if family(n.actor) not in described and not _is_state(ctx, p, n.actor):
                return n.actor
    return None


# The subject of a sentence, past an opening phrase and its comma: "In a statement issued on
# Saturday, the Okvara Council said ...", "Later, the Front said ...".
_OPENING_THE = re.compile(
    r"\s*(?:(?:in|on|at|after|later|earlier|meanwhile|separately)(?![\w\-])[^,;:.\"\u201c]{0,60},\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


def _named_or_referred(ctx: DocContext, p: _Patterns, sentence: Sentence) -> list[_Mention]:
    """The actors named in an earlier sentence, and those its sure back-references stand for."""
    cache = ctx.memo(_ActorsMemo).referred
    found = cache.get(sentence.index)
    if found is None:
        named = _named(ctx, p, sentence, None)
        present = _present(ctx, sentence)
        if p.anaphor_heads.isdisjoint(present) and not _pronoun_gate(p, present):
            found = named
        else:
            found = [
                m
                for m in _referred(ctx, p, sentence, named, lambda s: _named(ctx, p, s, None))
                if m.sure or not m.anaphor
            ]
        cache[sentence.index] = found
    return found


def _referred(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    named: list[_Mention],
    earlier: Callable[[Sentence], list[_Mention]],
) -> list[_Mention]:
    """``named`` with the back-references of ``sentence`` resolved (see ``_with_anaphors``)."""
    found: list[_Mention] = []
    for m in _back_references(ctx, p, sentence):
        if any(n.start < m.end() and m.start() < n.end for n in named):
            continue
        if any(ctx.text[m.end() : n.start].isspace() for n in named if n.start > m.end()):
            continue  # "the criminal organisation al-Qaeda": a description before the name
        pronoun = m.group().lower() in _PRONOUNS
        kind = "armed" if pronoun else p.anaphors.get(m.group().lower().split()[-1])
        if kind is None:
            continue
        actor, sure = resolve(
            ctx,
            sentence,
            m.start(),
            sorted([*named, *found], key=_start_of),
            earlier,
            partial(_of_class, ctx, p, kind),
            p.links,
        )
        if actor is not None and (sure or not pronoun):
            found.append(_Mention(m.start(), m.end(), actor, m.group(), anaphor=True, sure=sure))
    if not found:
        return named
    return sorted([*named, *found], key=_start_of)


# "it", "they": a group's pronoun. Like "the group", it carries only the group's own
# claims and denials, and only when one actor is in scope.
_PRONOUNS = frozenset({"it", "they"})
_PRONOUN_RE = re.compile(r"(?<![\w\-])(?:it|they)(?![\w\-'\u2019])", re.IGNORECASE)


def _back_references(ctx: DocContext, p: _Patterns, sentence: Sentence) -> list[re.Match[str]]:
    """The phrases of ``sentence`` that may refer back to an actor: "the group", "they"."""
    text = ctx.text
    found = list(p.anaphor_re.finditer(text, sentence.start, sentence.end)) if p.anaphor_re else []
    if _pronoun_gate(p, _present(ctx, sentence)):
        found += (
            m
            for m in _PRONOUN_RE.finditer(text, sentence.start, sentence.end)
            if _group_pronoun(text, sentence, m)
        )
    return sorted(found, key=lambda m: m.start())


_RELATIVES = frozenset({"that", "which", "who", "whom"}) | _PREPOSITIONS
# Those whose own "they said" a relative clause may tell: "police arrested men who they
# said carried out the attack" is the police's word, not a group's claim.
_OTHER_VOICES = frozenset(
    {"police", "policemen", "soldiers", "troops", "officials", "authorities", "army",
     "military", "forces", "government", "investigators", "officers", "prosecutors",
     "ministry", "minister", "he", "she"}
)  # fmt: skip
# "the attack, which it claimed", "seven people who it said were behind": a pronoun right
# before a verb of claiming or saying is that clause's subject, the group's own voice.
_SAYS_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|also|later)\s+){0,2}"
    r"(?:claimed|claims|claim|said|says|say|denied|denies|deny)(?![\w\-])",
    re.IGNORECASE,
)


def _group_pronoun(text: str, sentence: Sentence, m: re.Match[str]) -> bool:
    """Say whether a pronoun may stand for a group.

    Before its own verb of saying or claiming it may, even in a relative clause ("X
    released photos of men who it said were behind": X's voice), unless the sentence
    names another voice before it ("soldiers killed men (who) they said were behind").
    Otherwise not in a relative clause or after a preposition (see ``_in_relative``).
    """
    if _SAYS_AFTER.match(text, m.end()):
        before = _WORD.findall(text, sentence.start, m.start())
        return _OTHER_VOICES.isdisjoint(w.lower() for w in before)
    return not _in_relative(text, max(sentence.start, m.start() - 12), m.start())


def _in_relative(text: str, lo: int, at: int) -> bool:
    """Say whether a pronoun opens a relative clause or follows a preposition.

    "attacks that it was not responsible for" describes the attacks: no claim of its own.
    """
    before = _WORD.findall(text, lo, at)
    return bool(before) and before[-1].lower() in _RELATIVES


def _pronoun_gate(p: _Patterns, present: set[str]) -> bool:
    """Say whether a pronoun may be a group's: "it" or "they" and a claim's or denial's word."""
    return not _PRONOUNS.isdisjoint(present) and not p.discovery.firsts.isdisjoint(present)


# --- the words around a mention ---------------------------------------------------------------


def _subject_gap_ok(p: _Patterns, gap: str) -> bool:
    """Say whether only group words, adverbs, times and asides stand between actor and verb."""
    gap = _ASIDES.sub(" ", _CHAINED_ASIDE.sub(" ", gap))
    gap = _COMITATIVE.sub(" ", gap)
    if p.time_re is not None:
        gap = p.time_re.sub(" ", gap)
    if p.message_re is not None:
        gap = p.message_re.sub(" ", gap)
    words = list(_WORD.findall(gap))
    if len(words) > _MAX_GAP_WORDS:
        return False
    i: int | None = 0
    while i is not None and i < len(words):
        i = _gap_step(p, words, i)
    return i is not None


# "X along with its allies claimed": the group acts with its own, told after it.
_COMITATIVE = re.compile(
    r"(?<![\w\-])(?:along|together)\s+with\s+(?=(?:its|their)\s)", re.IGNORECASE
)
# Where a group is or acts, told in passing: "X, based in Dunmar,", "a group operating
# clandestinely in North Velka". The participle, maybe an adverb, a preposition, a place.
_LOCATED = frozenset({"based", "operating", "active", "headquartered"})
_LOCATING = frozenset({"in", "across", "from", "along", "near"})
_REGIONS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern",
                      "northwestern", "southeastern", "southwestern", "north-eastern",
                      "north-western", "south-eastern", "south-western"})  # fmt: skip


# The common noun a place's name may end in: "in the Lower Dunmar region".
_PLACE_HEADS = frozenset({"region", "province", "district", "area", "county", "valley"})


def _past_location(p: _Patterns, words: list[str], i: int) -> int | None:
    """Where a subject gap goes on past "(clandestinely) in <Place>", or None."""
    if i < len(words) and _adverb(p, words[i]):
        i += 1
    if i + 1 < len(words) and words[i].lower() == "out" and words[i + 1].lower() == "of":
        i += 1  # "operating out of Velka"
    elif i >= len(words) or words[i].lower() not in _LOCATING:
        return None
    return _past_place(words, i + 1)


def _past_place(words: list[str], i: int) -> int | None:
    """Where a subject gap goes on past the place a preposition opens at ``words[i]``, or None.

    "Velka", "eastern Velka", "the Dunmar region", "the north-western Okvara province".
    """
    if i < len(words) and words[i].lower() == "the":
        i += 1
    if i < len(words) and words[i].lower() in _REGIONS:
        i += 1  # "across northern Velka"
    if i >= len(words) or not words[i][:1].isupper():
        return None
    i = _after_capitals(words, i)
    return i + 1 if i < len(words) and words[i].lower() in _PLACE_HEADS else i


# The ties of a compound a name opens: "an Okvara-linked group" (see _tied_affiliate).
_TIES = frozenset({"-linked", "-affiliated", "-aligned", "-allied"})


def _place_step(words: list[str], i: int, low: str) -> int | None:
    """Where a subject gap goes on past a place ``words[i]`` opens, or None if it opens none.

    "al-Shabaab in Somalia claimed", "an IS affiliate in eastern Velka", "the Front of
    Dunmar claimed".
    """
    if low in _LOCATING:
        return _past_place(words, i + 1)
    if low in {"of", "based"} and i + 1 < len(words) and words[i + 1][:1].isupper():
        return _after_capitals(words, i + 2)
    return None


def _gap_step(p: _Patterns, words: list[str], i: int) -> int | None:
    """Where the next word of a subject gap is after ``words[i]``, or None if it may not stand."""
    word = words[i]
    low = _POSSESSIVE.sub("", word.lower())
    if (after := _place_step(words, i, low)) is not None:
        return after
    if low in p.fillers or word in {"'s", "\u2019s", ",", "(", ")"}:
        return i + 1
    if low in p.militants and i + 1 == len(words):
        # "X gunmen were behind the attack": the group's men, its verb next (not a
        # state's "troops", left to the frames of state forces).
        return i + 1
    if i == 0 and low in _TIES:
        return i + 1  # "an Okvara-linked group claimed": read as Okvara's one affiliate
    if low in _RELATIVE_SUBJECTS and i > 0 and words[i - 1] == ",":
        return _past_reporter(words, i + 1)  # "X, which (officials say) was behind"
    if _member_relative(p, words, i):
        return i + 1  # "an Okvara commander who claimed": the member's own clause
    if i == len(words) - 1 and _adverb(p, word):  # "Kyiv has strongly denied"
        return i + 1
    if low in _LOCATED:
        return _past_location(p, words, i + 1)  # "a group operating in North Velka claimed"
    return _gap_name_step(p, words, i, low)


def _gap_name_step(p: _Patterns, words: list[str], i: int, low: str) -> int | None:
    """The next word of a subject gap past a name, a member or a leader after ``words[i]``."""
    word = words[i]
    if word[:1].isupper() and i + 1 < len(words) and words[i + 1].lower() in p.fillers | p.members:
        return i + 1  # "ISIS's Amaq news agency said": a name before a group word
    if low in p.members:
        # "Taliban spokesman Zabihullah Mujahid denied ...": a member and a name.
        return _after_capitals(words, i + 1)
    if low in _LEADERSHIP and i + 2 < len(words) and words[i + 1] == "by":
        return _after_capitals(words, i + 2)  # "the Front led by Karim Zelvani claimed"
    return None


# "an X commander who took responsibility", "the X cell that claimed": a relative clause
# with no comma, closing the gap right after a member or group word, is that member's
# own, and so the group's (the word before it: a member noun or a group word).
_RESTRICTIVE = frozenset({"who", "that"})


def _member_relative(p: _Patterns, words: list[str], i: int) -> bool:
    """Say whether ``words[i]`` opens the last relative clause on a member of the group."""
    if i == 0 or i != len(words) - 1 or words[i].lower() not in _RESTRICTIVE:
        return False
    head = _POSSESSIVE.sub("", words[i - 1].lower())
    return head in p.members or head in p.anaphor_heads


# "X led by <name>", "X headed by <name>": the group's leader, told in passing.
_LEADERSHIP = frozenset({"led", "headed", "commanded", "founded"})


# "X, which was behind the attack", "X, who officials say carried out": the relative
# pronoun after a comma stands for the name before it, as the subject of its clause.
_RELATIVE_SUBJECTS = frozenset({"which", "who"})
# A reporter inside the relative clause: "which it claims", "who police say".
_REPORTERS = frozenset(
    {"it", "they", "he", "she", "officials", "police", "authorities", "government", "army"}
)
_REPORTING = frozenset(
    {"says", "say", "said", "claims", "claim", "claimed", "believes", "believe", "believed",
     "alleges", "allege", "alleged", "insists", "insist", "insisted"}
)  # fmt: skip
# The relative clause runs on to the cue: "X, which has fought since 2007, claimed" is
# an aside, its cue another subject's.
_RELATIVE_GAP = re.compile(r"\s*,\s*(?:which|who)\s[^,]*$", re.IGNORECASE)
# "an X commander who | took responsibility": the relative clause on a member, no comma
# (``_member_relative`` has checked the word before the pronoun).
_MEMBER_RELATIVE_GAP = re.compile(r"[^,]*\s(?:who|that)\s*$", re.IGNORECASE)
# "X, which police | said was behind": the reporter's word, not the group's claim.
_REPORTER_LAST = re.compile(
    rf"\s*,\s*(?:which|who)\s+(?:the\s+)?(?:{'|'.join(sorted(_REPORTERS))})\s*$", re.IGNORECASE
)


def _past_reporter(words: list[str], i: int) -> int | None:
    """Where the relative clause's own words start, past "it claims", "officials say".

    Only a reported relative clause is read: the speaker blames the group.
    """
    j = i + 1 if i < len(words) and words[i].lower() == "the" else i
    if j >= len(words) or words[j].lower() not in _REPORTERS:
        return None
    if j + 1 == len(words):
        return j + 1  # "which police | said was behind": the cue opens with the verb
    return j + 2 if words[j + 1].lower() in _REPORTING else None


def _after_capitals(words: list[str], i: int) -> int:
    while i < len(words) and words[i][:1].isupper():
        i += 1
    return i


def _adverb(p: _Patterns, word: str) -> bool:
    """Say whether ``word`` looks like an adverb of manner: "strongly", "flatly".

    Not one of habit ("repeatedly", "frequently"): "X has repeatedly claimed attacks"
    names no one event.
    """
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in p.habitual


# "soldiers fought X fighters in the hills": a name after a verb of combat is its object.
_FOUGHT = frozenset(
    {"fought", "fight", "fighting", "battled", "battling", "routed", "repelled", "repulsed",
     "pursued", "engaged", "confronted", "arrested", "captured", "detained"}
)  # fmt: skip


def _subject_start(p: _Patterns, text: str, m: _Mention, base: int) -> int | None:
    """Return where the subject phrase holding ``m`` starts, or None if ``m`` is an object."""
    cut = max(0, m.start - base - _LOOK)
    words = list(_WORD.finditer(text, cut, m.start - base))
    if cut > 0 and words:
        words = words[1:]  # the first word may be cut in two
    k = len(words) - 1
    while k >= 0 and words[k].group().lower() in _DETS | _REGIONS | {"local"}:
        k -= 1  # "in (the) (eastern) Velka": a place, the object of its preposition
    if _predicate(words, k) or (k >= 0 and words[k].group().lower() in _FOUGHT):
        return None
    if k < 0 or words[k].group().lower() not in _PREPOSITIONS:
        j = k + 1
        return base + words[j].start() if j < len(words) else m.start
    if _of_a_band(p, words, k, m):
        return base + words[_phrase_start(words, k - 1)].start()
    head = _member_head(p, [w.group().lower() for w in words], k)
    if head is None:
        return None
    return base + words[_phrase_start(words, head)].start()


# "a group of", "a band of": a collective of the men a name of their own then tells.
_COLLECTIVES = frozenset({"group", "band", "team", "squad", "handful", "pair", "number"})


def _of_a_band(p: _Patterns, words: list[re.Match[str]], k: int, m: _Mention) -> bool:
    """Say whether ``m`` names men counted by a collective before it: "a group of X soldiers".

    "A group of soldiers of the caliphate stormed ...": the name is the group's men, and the
    collective they fill is the subject.
    """
    if k < 1 or words[k].group().lower() != "of":
        return False
    if words[k - 1].group().lower() not in _COLLECTIVES:
        return False
    first = m.text.split(maxsplit=1)[0].lower() if m.text.strip() else ""
    return first in p.members | p.attackers


def _predicate(words: list[re.Match[str]], k: int) -> bool:
    """Say whether the name after ``words[k]`` sits in an indefinite predicate.

    "X that is an al-Qaeda branch has denied ...": a copula and "a"/"an" make the name
    part of what X is, never the subject of the verb after it (a cleft's "it was X that"
    has no article).
    """
    return (
        0 <= k < len(words) - 1
        and words[k].group().lower() in _COPULAS
        and words[k + 1].group().lower() in ("a", "an")
    )


def _phrase_start(words: list[re.Match[str]], head: int) -> int:
    """The first word of the noun phrase ending in ``words[head]``.

    A few words back, at most up to its determiner, never past a preposition or a conjunction.
    """
    j = head
    while j > 0 and head - j < 4 and words[j - 1].group()[:1].isalpha():
        low = words[j - 1].group().lower()
        if low in _PREPOSITIONS or low in {"and", "but", "while", "that", "which"}:
            break
        j -= 1
        if low in _DETS:
            break
    return j


def _member_head(p: _Patterns, words: list[str], k: int) -> int | None:
    """Where the member or attacker noun heading a subject before preposition ``k`` is.

    "a local affiliate of the Islamic State", "a suicide bomber from the Pakistani
    Taliban", "a spokesman for the Taliban": the noun before the preposition heads the
    subject; "militants linked to X", "gunmen loyal to X": a link word may stand between.
    """
    heads = p.members | p.attackers
    if words[k] in {"to", "with"} and k >= 2 and words[k - 1] in p.links:
        k -= 1  # the link word takes the place of the preposition
    elif words[k] not in {"of", "from", "for"}:
        return None
    if k >= 2 and _adverb(p, words[k - 1]):
        k -= 1  # "a statement purportedly from X"
    if k == 0 or _POSSESSIVE.sub("", words[k - 1]) not in heads:
        return None
    return k - 1


def _direct_object(
    p: _Patterns,
    text: str,
    mentions: list[_Mention],
    at: int,
    end: int,
    acts: frozenset[str] = frozenset(),
) -> _Mention | None:
    """The actor a belief verb takes as its whole object: "officials suspect IS.".

    Group words and names may stand around it ("all the hallmarks of the militant group,
    Islamic State", "assessed to be ISIS fighters", "doubt the Islamic State's claim"),
    and the words that describe a group's name ("suspicion fell on the shadowy X").
    An act after it (``acts``: the first words of the attack verbs) ends it too: "gunmen
    believed to be from X killed 20", "police suspect X stormed the hotel".
    """
    m = _first_after(mentions, at)
    if m is None or m.start - at > _LOOK:
        return None
    gap = _WORD.findall(text[at : m.start])
    if len(gap) > 6 or any(
        w.lower() not in _DETS | p.fillers | p.openers and w != "," and not w[:1].isupper()
        for w in gap
    ):
        return None
    m = _past_possessor(text, mentions, m)  # "suspect al-Qaeda's local affiliate JNIM"
    last = _last_coordinated(text, mentions, m)  # "suspect X and Y in the attack"
    return m if _object_ends(p, text[last.end : min(end, last.end + 40)], acts) else None


_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?$", re.IGNORECASE)


def _last_coordinated(text: str, mentions: list[_Mention], m: _Mention) -> _Mention:
    """The last of the names coordinated after ``m`` ("X and Y"), or ``m`` itself."""
    i = mentions.index(m) if m in mentions else len(mentions)
    while i + 1 < len(mentions) and _AND_NEXT.fullmatch(text, m.end, mentions[i + 1].start):
        i, m = i + 1, mentions[i + 1]
    return m


@per_lexicon
def _act_words(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the attack verbs, lower case: "killed", "stormed", "opened"."""
    return frozenset(v.split()[0].lower() for v in lexicon.actors.attack_verbs if v.split())


# What closes an object after its actor: a break, a preposition of its part, a relative,
# and a time or a cause ("suspicion fell on X after the attack", "suspect X over it").
_OBJECT_CLOSERS = frozenset(
    {".", ";", ",", "!", "of", "for", "in", "which", "who", "that", "after", "over", "following"}
)


def _object_ends(p: _Patterns, after: str, acts: frozenset[str] = frozenset()) -> bool:
    """Say whether the words after an actor close it as an object: a group word, then a break."""
    tail = [w.lower() for w in _WORD.findall(after)]
    if tail[:1] in (["'s"], ["\u2019s"]) and "claim" in tail[1:3]:
        return True  # "no reason to doubt the Islamic State's claim"
    if tail[:1] in (['"'], ["\u201d"], ["\u2019"]):
        tail = tail[1:]  # the quotation that holds the cue closes after the actor
    if tail[:1] == ["in"] and tail[1:2] != ["a"]:
        return True  # "suspect the involvement of X in the attack" (not "in a statement")
    while tail and (tail[0] in p.fillers or tail[0] in p.attackers) and tail[0] != "and":
        if tail[0] == "in" and tail[1:2] != ["a"]:
            return True  # past the name's group word: "suspect the X group in the attack"
        tail = tail[1:]
    return not tail or tail[0] in _OBJECT_CLOSERS or tail[0] in acts


def _subject_of(
    p: _Patterns,
    doc_text: str,
    text: str,
    base: int,
    mentions: list[_Mention],
    ends: list[int],
    cs: int,
    stance: Stance,
) -> tuple[_Mention, int] | None:
    """Return the mention that is the subject of the cue at ``cs``, and where it starts.

    The nearest mention before the cue may sit in an aside ("al-Shabaab, a group linked
    with al-Qaeda, claimed"): then an earlier one is the subject. A few are tried.
    """
    own = _relative_subject(p, doc_text, mentions, bisect.bisect_right(ends, cs) - 1, cs, stance)
    if own is not None:
        return own
    k = _past_aside(doc_text, mentions, bisect.bisect_right(ends, cs) - 1, cs)
    for _ in range(3):
        if k < 0 or cs - mentions[k].end > 3 * _LOOK:
            return None
        j = _leading(p, doc_text, mentions, k, cs)
        m = _through_apposition(doc_text, mentions, mentions[j])
        gap = _past_quote(p, m, doc_text[m.end : cs])
        start = None
        if _subject_gap_ok(p, gap) and not _AND_PREDICATE.match(gap):
            # A relative clause has the name as its subject, wherever the name stands.
            relative = _RELATIVE_GAP.match(gap) or _MEMBER_RELATIVE_GAP.match(gap)
            start = m.start if relative else _subject_start(p, text, m, base)
            if start is None:
                start = _absolute(doc_text, m, cs)
        elif _first_predicate(gap, stance) or _mens_first_predicate(p, gap, stance):
            start = _subject_start(p, text, m, base)
        if start is not None:
            if stance is Stance.ASSERTED and _habitual(p, gap):
                return None  # "IS has killed thousands since 2014": no one event
            return m, start
        k = j - 1
    return None


def _past_quote(p: _Patterns, m: _Mention, gap: str) -> str:
    """The gap after a name the lexicon holds, past the quotation mark that closes it.

    "A group called \u201cOkvara Front\u201d claimed": the name quoted is the subject. A
    nickname the lexicon does not hold ("an operative known as the \u201cUnseen\u201d has
    claimed") stays a quotation: the man it stands for is told before it.
    """
    rest = gap.lstrip()
    if rest[:1] in _CLOSE_QUOTES and m.text.casefold() in p.aliases:
        return rest[1:]
    return gap


def _habitual(p: _Patterns, gap: str) -> bool:
    """Say whether the words between a subject and its cue tell a habit, not one event.

    The subject's closed aside keeps its own tense: "X, which has fought since 2007, was
    blamed for the attack" tells one event.
    """
    aside = _CLOSED_ASIDE.match(gap)
    told = gap[aside.end() :] if aside else gap
    return not p.habitual.isdisjoint(w.lower() for w in _WORD.findall(told))


# "X, which has claimed", "X, the <description> that denied", "X, a group tied to Y, which
# claimed": a relative clause on a group, opened after a comma (past a description ending
# in a group word, or a closed aside on the group); its subject is the group.
_OWN_RELATIVE = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:,\s+(?:a|an|the|one|its)\s[^,;.()]{3,140}(?=,))?"
    r",\s*(?:(?:the|a|an)\s+(?P<desc>(?:[\w'\u2019\-]+\s+){1,4}?))?"
    r"(?:which|that|who)\s+(?P<rest>[^,;.()]{0,60})$",
    re.IGNORECASE,
)


def _relative_subject(
    p: _Patterns, text: str, mentions: list[_Mention], k: int, cs: int, stance: Stance
) -> tuple[_Mention, int] | None:
    """The group whose relative clause holds its own claim or denial at the cue ``cs``.

    "X, which has claimed responsibility", "X, the terror outfit which claimed": what the
    relative clause says the group did in its own name is its own claim. An assertion in
    it is the narrator's aside (see ``_past_reporter``). The farthest of the few mentions
    back is tried first: in "X, a group allied with Y, which claimed", Y is named in an
    aside on X, and X is the subject.
    """
    if k < 0 or stance not in (Stance.CLAIMED, Stance.DENIED):
        return None
    for j in range(max(0, k - 4), k + 1):
        m = mentions[j]
        if cs - m.end <= 3 * _LOOK and _own_relative(p, text[m.end : cs]):
            return m, m.start
    return None


def _own(p: _Patterns, text: str, f: _Found) -> bool:
    """Say whether a claim was read from its actor's own relative clause ("X, which claimed")."""
    return f.cue is not None and _own_relative(p, text[f.mention.end : f.cue[0]])


def _own_relative(p: _Patterns, gap: str) -> bool:
    """Say whether ``gap`` opens a relative clause on the group before it, up to the cue.

    A description must end in a word of a group ("outfit", "group"), so that
    "X, the attack which ..." stays out.
    """
    m = _OWN_RELATIVE.match(gap)
    if m is None:
        return False
    desc = m.group("desc")
    if desc is not None and desc.split()[-1].lower() not in p.anaphor_heads:
        return False
    return _subject_gap_ok(p, m.group("rest"))


# ", and denied any involvement": a second predicate, whose subject is that of the first,
# not the name that ends the first one's object ("condemned the attack in X, and denied").
_AND_PREDICATE = re.compile(r"\s*,\s*and\s*$", re.IGNORECASE)


# A subject's aside closed by a comma before the cue: "X, a group tied to Y and Z, claimed".
_SUBJECT_ASIDE = (
    r"\s*(?:\([^()]{0,40}\)\s*)?,\s+(?:a|an|the|one|its|who|which|whose|also|formerly|once|now)\s"
    r"(?:[^,;.()\n]|\([^()]{0,40}\)){3,140},\s*"
)
_CLOSED_ASIDE = re.compile(_SUBJECT_ASIDE, re.IGNORECASE)


# "X condemned the attack, <aside>, and denied any role": the cue opens a second predicate
# of the subject of a first one, a verb in the past (after an auxiliary or adverb or two)
# right after the name, or after the name's own aside or its reporter's ("X, a Velka group,
# condemned it and denied", "X, police said, condemned it but denied"); its object may hold
# other names ("accused Y of it, and denied"), or a short quotation ("condemned it as
# \u201cun-Islamic\u201d and denied"). A group's own "we" speaks in the present: "We have a
# truce and are not involved", "We condemn it and".
_FIRST_PREDICATE = re.compile(
    rf"(?:{_SUBJECT_ASIDE}|\s*)(?:,?\s*(?:[\w'\u2019\-]+\s+){{1,4}}(?:said|says|added),)?\s+"
    r"(?:(?:has|have|had|also|later|swiftly|quickly|strongly|publicly)\s+){0,2}"
    r"(?-i:[a-z]{3,}ed|have|has|condemns?)\s"
    r"(?:[^;:!?\"\u201c\u201d]|" + _QUOTED + r"){0,200}?(?:,\s*|\s+)(?:and|but)\s*$",
    re.IGNORECASE,
)


def _first_predicate(gap: str, stance: Stance) -> bool:
    """Say whether the cue after ``gap`` is a second predicate of the name before the gap.

    Only a claim or a denial: the subject says it of itself ("X condemned it and denied").
    """
    return stance in (Stance.CLAIMED, Stance.DENIED) and _FIRST_PREDICATE.match(gap) is not None


# "X elements hid in the town for days and | staged the attack": the group's men, their
# first predicate in the past, and "and" before the act.
_MENS_FIRST_PREDICATE = re.compile(
    r"(?:['\u2019]s)?\s+(?P<men>[\w\-]+)\s+(?-i:[a-z]{3,}ed)\s[^;:!?\"\u201c\u201d]{0,120}?"
    r"(?:,\s*|\s+)and\s*$",
    re.IGNORECASE,
)


def _mens_first_predicate(p: _Patterns, gap: str, stance: Stance) -> bool:
    """Say whether the act after ``gap`` is the second predicate of a group's men.

    "Okvara fighters hid in the hills for a week and stormed the camp": the men's second
    act is the group's, as its first one would be ("Okvara fighters stormed").
    """
    if stance is not Stance.ASSERTED:
        return False
    hit = _MENS_FIRST_PREDICATE.match(gap)
    return hit is not None and hit.group("men").lower() in p.members | p.militants


# Up to two of these may stand between a subject and its cue: "X has also claimed".
_BEFORE_CUE = ("has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "both")
_AUX_BEFORE_CUE = re.compile(rf"(?:(?:{'|'.join(_BEFORE_CUE)})\s+){{0,2}}", re.IGNORECASE)


def _past_aside(text: str, mentions: list[_Mention], k: int, cs: int) -> int:
    """The index of the subject when the mention nearest the cue sits in its aside.

    "X, a splinter of Y, was the first to claim": Y is named in an aside on X, and X, the
    farthest of the few mentions back whose aside closes just before the cue, is the subject.
    """
    if k < 0 or not text[mentions[k].end : cs].lstrip(" )").startswith(","):
        return k
    for j in range(max(0, k - 4), k):
        m = _CLOSED_ASIDE.match(text, mentions[j].end)
        if m is not None and m.end() <= cs and _AUX_BEFORE_CUE.fullmatch(text, m.end(), cs):
            return j
    return k


# "with the Taliban claiming responsibility": "with", the actor and a participle make a
# clause of their own, with the actor as its subject.
_WITH_BEFORE = re.compile(r"(?<![\w\-])with\s+(?:the\s+)?$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]+ing(?![\w\-])", re.IGNORECASE)


def _absolute(doc_text: str, m: _Mention, cs: int) -> int | None:
    """Where an absolute clause's subject starts: "with X claiming", or None."""
    if _PARTICIPLE.match(doc_text, cs) is None:
        return None
    opens = _WITH_BEFORE.search(doc_text, max(0, m.start - 12), m.start)
    return None if opens is None else opens.start() + 5


def _leading(p: _Patterns, doc_text: str, mentions: list[_Mention], k: int, cs: int) -> int:
    """The index of the mention that leads the one at ``k`` as the subject of the cue at ``cs``.

    "The Islamic State group, also known as ISIS, claimed": the first name leads;
    "Hayat Tahrir al-Sham, a former al-Qaeda affiliate, denied": the aside describes the
    group before it, which is the subject.
    """
    m = mentions[k]
    j = k
    while (
        j > 0
        and mentions[j - 1].actor == m.actor
        and cs - mentions[j - 1].end <= 3 * _LOOK
        and _subject_gap_ok(p, doc_text[mentions[j - 1].end : cs])
    ):
        j -= 1
    if j > 0 and (
        _APPOSITION.match(doc_text, mentions[j - 1].end, mentions[j].start)
        or _possessive_aside(doc_text, mentions[j - 1], mentions[j])
    ):
        prev = mentions[j - 1]
        if cs - prev.end <= 3 * _LOOK and _subject_gap_ok(p, doc_text[prev.end : cs]):
            return j - 1
    return j


# The roles that make a person one of a group's people (a group's aside on a group, "an
# offshoot of", "an ally of", keeps the group it describes).
_PERSON_ROLES = (
    r"(?:member|members|leader|leaders|commander|commanders|fighter|fighters|militant|militants"
    r"|operative|operatives|recruit|recruits|soldier|soldiers|supporter|supporters|follower"
    r"|followers|emir|chief|head|founder|co-founder|spokesman|spokesperson|spokeswoman"
    r"|ideologue)"
)
# ", an Algerian leader of", ", a member of": a person described as one of a group's people.
_PERSON_OF = re.compile(
    # ", a leader of", and the copula with one describing word at most: "is the leader of",
    # "is leader of", "is the self-styled emir of" (not "was arrested with members of").
    r"(?:\s*,\s+(?:a|an|the|one|another)\s+(?:[\w\-]+\s+){0,3}?"
    r"|\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:(?![a-z]*ed\s|former\s|ex-)(?-i:[a-z])[\w\-]+\s+)??)"
    + _PERSON_ROLES
    + r"\s+(?:of|from|in|with|for)\s+(?:the\s+)?"
    # "a commander of the Okvara faction of the Front": the part is the group's own.
    r"(?:(?:(?-i:[A-Z])[\w\-]*\s+){1,3}(?:faction|wing|branch|cell|unit)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# ", a senior <group> commander": the group names the role from before it.
_PERSON_BEFORE_GROUP = re.compile(
    r"\s*,\s+(?:a|an|the|one|another)\s+(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE
)
_ROLE_AFTER_GROUP = re.compile(
    r"(?:\s+(?:group|movement|organi[sz]ation))?\s+" + _PERSON_ROLES + r"(?![\w\-])",
    re.IGNORECASE,
)


_PERSON_NAME = re.compile(r"\s*(?:[A-Z][\w'\u2019\-]*\s+){0,3}[A-Z][\w'\u2019\-]*")


def _a_person_of(gap: str) -> bool:
    """Say whether ``gap`` is a person's name and an aside making him one of a group's people.

    "carried out by Karim Okvara, a member of al-Shabaab": the group is the agent.
    """
    name = _PERSON_NAME.match(gap)
    return name is not None and _PERSON_OF.match(gap, name.end()) is not None


# "members of X": a group's people; "X (XYZ)": an acronym, which no person has.
_MEMBERS_BEFORE = re.compile(r"(?<![\w\-])members\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _a_group(text: str, m: _Mention) -> bool:
    """Say whether the name ``m`` is a group's by its shape: "members of X", "X (XYZ)".

    "members of X, a main supporter of Y" describes the group X, not a person.
    """
    if text[m.start : m.end].rstrip().endswith(")"):
        return True
    return _MEMBERS_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


# "the leader of X, Karim Okvara, said", "X's chief, Karim Okvara, said": a role of the group
# named before the person, who stands in apposition to it.
_ROLE_OF_BEFORE = re.compile(
    r"(?<![\w\-])" + _PERSON_ROLES + r"\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_GROUP_ROLE_GAP = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?:[\w\-]+\s+){0,2}?" + _PERSON_ROLES + r")?\s*,\s*$",
    re.IGNORECASE,
)


def _role_before(text: str, mentions: list[_Mention], m: _Mention) -> _Mention | None:
    """The group whose role names the person ``m`` just before him, or None.

    "The leader of the Okvara Front, Karim Zelvani, claimed": the Front claimed. "X's
    spokesman, Karim Zelvani," and "X spokesman, Karim Zelvani," too.
    """
    i = bisect.bisect_left(mentions, m.start, key=_start_of) - 1
    if i < 0 or not _PERSON_NAME.fullmatch(text[m.start : m.end]):
        return None
    prev = mentions[i]
    gap = _GROUP_ROLE_GAP.fullmatch(text, prev.end, m.start)
    if gap is None or prev.end > m.start or prev.actor == m.actor:
        return None
    role_in_gap = _ROLE_AFTER_GROUP.search(text, prev.end, m.start) is not None
    if role_in_gap or _ROLE_OF_BEFORE.search(text, max(0, prev.start - 40), prev.start):
        return prev
    return None


def _through_apposition(text: str, mentions: list[_Mention], m: _Mention) -> _Mention:
    """The group of the person ``m`` when an aside makes him one of its people.

    "masterminded by Lokman Zelvani, an Algerian leader of the Okvara Front" or "Lokman
    Zelvani, a senior Okvara Front commander, said": the actor is the Front, not the man; a
    group's aside on a group ("X, an affiliate of Y", "X, a Y offshoot") keeps X.
    """
    group = _role_before(text, mentions, m)
    if group is not None:
        return group
    after = _first_after(mentions, m.end)
    if after is None or after.start - m.end > 80:
        return m
    gap = text[m.end : after.start]
    if _PERSON_OF.match(gap):
        return m if _a_group(text, m) else after
    # "Karim Okvara, a Taliban spokesman, claimed": the group stands before the role.
    if _PERSON_BEFORE_GROUP.match(gap) and _ROLE_AFTER_GROUP.match(text, after.end):
        return after
    return m


def _possessive_aside(text: str, prev: _Mention, m: _Mention) -> bool:
    """Say whether ``m`` opens a possessive aside on ``prev``: "X, al-Qaeda's affiliate, said"."""
    return text[prev.end : m.start].strip() == "," and text[m.end : m.end + 2] in ("'s", "\u2019s")


def _first_after(mentions: list[_Mention], at: int) -> _Mention | None:
    i = bisect.bisect_left(mentions, at, key=_start_of)
    return mentions[i] if i < len(mentions) else None


def _start_of(m: _Mention) -> int:
    return m.start


# "it was unclear how many", "did not say how many": a doubt of a number, which takes the
# act counted as told.
_HOW_MANY_DOUBT = re.compile(
    r"(?<![\w\-])(?:not|unclear|n't|never)(?:\s+[\w\-]+){0,3}?\s+how\s+many(?![\w\-])",
    re.IGNORECASE,
)


def _negated(p: _Patterns, text: str) -> bool:
    text = _rank_negation(p.discovery.superlatives).sub(" ", text)
    text = _HOW_MANY_DOUBT.sub(" ", text)
    words = {w.lower() for w in _WORD.findall(text)}
    lowered = text.lower()
    return any((n in words) if " " not in n else (n in lowered) for n in p.negations)


@functools.cache
def _rank_negation(superlatives: frozenset[str]) -> re.Pattern[str]:
    """A negated rank ("no longer the deadliest", "not the first"), not a negated claim.

    "The attack is no longer the deadliest ever claimed by X" still says X claimed it.
    """
    ranks = "|".join(sorted(map(re.escape, superlatives), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:no\s+longer|not)\s+the\s+(?:{ranks})(?![\w\-])", re.I)


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
    cue: tuple[int, int] | None = None  # the cue's own words, read whole
    whole: bool = False  # a noun phrase: a negation outside it ("does not include") is not its
    reported: bool = False  # found by a reporting verb alone: a new name needs a group's form


def find_attributions(ctx: DocContext, sentence: Sentence) -> list[AttributionClaim]:
    """Return the attribution claims made in ``sentence``.

    The cost per claim stays bounded in text without sentence punctuation: segmentation
    cuts such a run into windows (:data:`claimrecon.extract.segment.MAX_SENTENCE`).
    """
    return _attributions(ctx, sentence)


def _attributions(ctx: DocContext, sentence: Sentence) -> list[AttributionClaim]:
    p = _patterns(ctx.lexicon)
    # Most sentences name no armed group: a set test in C turns them away cheaply.
    present = _present(ctx, sentence)
    read = _mentions(ctx, p, sentence, present)
    if read is None or sentence.text.rstrip("\"'\u201d\u2019 ").endswith("?"):
        return []
    mentions, words = read
    used: set[int] = set()
    modifiers: list[_Modifier] = []
    reading = _Reading(sentence, mentions, words, present)
    found = _subject_claims(ctx, p, reading, used)
    found += _agent_claims(ctx, p, reading, used, modifiers)
    found += _nominal_claims(ctx, p, sentence, mentions, used)
    found += _claimants_after_a_colon(ctx, p, sentence, mentions, found)
    found = _with_partners(ctx.text, mentions, _with_coordinated(ctx, p, mentions, found))
    found = _checked(ctx, p, found)
    claims = _claims(ctx, p, sentence, _denials_first(found), modifiers)
    claims += _record_claims(ctx, p, sentence, mentions, claims)
    return claims + _acts_told_by_a_group(ctx, p, sentence, present, mentions, claims)


# "Two groups have claimed responsibility:", "responsibility was claimed by rival groups:":
# a claim whose claimants the clauses after the colon name.
_CLAIM_THEN_COLON = re.compile(
    r"(?<![\w\-])(?:(?:claimed|claim|claims|claiming|took|taken|accepted|assumed)\s+"
    r"(?:the\s+)?(?:responsibility|credit)|(?:responsibility|credit)\s+(?:was|has\s+been|had\s+been)"
    r"\s+claimed(?:\s+by\s+[^:;.]{1,40}?)?)(?:\s+for\s+[^:;.]{1,60}?)?\s*:\s*",
    re.IGNORECASE,
)
# Where an elaborating clause, or an item of a list of claimants, opens.
_CLAUSE_OPENS = re.compile(r"(?:^|[;,]|(?<![\w\-])(?:and|while|whereas))\s*(?:the\s+)?$", re.I)
# What follows a claimant: its verb, or the next item.
_CLAIMANT_ENDS = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:$|[,;.]|and\s|(?-i:[a-z]))")


def _claimants_after_a_colon(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    mentions: list[_Mention],
    found: list[_Found],
) -> list[_Found]:
    """The claimants a colon names after a claim that has no subject of its own.

    "Two groups have claimed responsibility: the Velka Front released a statement and the
    Okvara Brigade said its fighters stormed the hotel": each subject of a clause after the
    colon is a claimant, whatever its own verb says.
    """
    text = ctx.text
    colon = _CLAIM_THEN_COLON.search(text, sentence.start, sentence.end)
    if colon is None or any(m.start < colon.start() for m in mentions):
        return []
    if _negated(p, text[sentence.start : colon.start()]):
        return []  # "No group has claimed responsibility: police said X was suspected"
    done = {f.mention.actor for f in found}  # read by a frame of its own: its stance stands
    out: list[_Found] = []
    for m in mentions:
        if m.start < colon.end() or m.anaphor or m.voice or m.actor in done:
            continue
        if _is_state(ctx, p, m.actor) or text[m.end : m.end + 2] in ("'s", "\u2019s"):
            continue
        opens = _CLAUSE_OPENS.search(text[colon.end() - 1 : m.start].lstrip(":"))
        if opens is None or _CLAIMANT_ENDS.match(text, m.end, sentence.end) is None:
            continue
        done.add(m.actor)
        out.append(_Found(m, Stance.CLAIMED, m.start, m.end, cue=(colon.start(), colon.end())))
    return out


def _denials_first(found: list[_Found]) -> list[_Found]:
    """Drop what is said of a group inside another's denial of it.

    "Officials denied the Velka Front was behind the attack": the words after the denial
    say the group was behind it, but the sentence denies that; the denial stands (and a
    claim the doubted words tell, "doubted the Velka Front's claim", stays).
    """
    denied = {f.mention.start for f in found if f.stance is Stance.DENIED and _denied_by_another(f)}
    if not denied:
        return found
    return [f for f in found if f.stance is not Stance.ASSERTED or f.mention.start not in denied]


# --- a group's record, told beside the attack ----------------------------------------------

# "the Velka Front has been behind several attacks, including the Dunmar bombing of 2019 and
# a raid on Okvara": the record names each of its events as the group's. The opener is a
# count of events that no one event is ("several", "a string of"), the list follows it.
_RECORD_OPENER = (
    r"(?:several|many|numerous|multiple|various|countless|(?:dozens|scores|hundreds)\s+of"
    r"|a\s+(?:string|series|spate|wave|number|litany|slew|host|spree|chain)\s+of"
    r"|(?:a\s+)?(?:number|string|series)\s+of)"
)
_RECORD_LIST = r"(?:\s*,|\s*\u2014|\s+-)?\s+(?:including|such\s+as|among\s+them|notably)\s+"
_RECORD_CLAIMS = re.compile(
    r"(?<![\w\-])(?:(?:has|have|had)\s+(?:also\s+)?)?(?:claimed|claims|claiming)"
    r"(?:\s+(?:the\s+)?(?:responsibility|credit)\s+(?:for|of))?\s*$"
    r"|(?<![\w\-])(?:took|taken|takes|accepted|assumed)\s+(?:the\s+)?responsibility\s+(?:for|of)\s*$",
    re.IGNORECASE,
)
_RECORD_ACTS = re.compile(
    r"(?<![\w\-])(?:behind|involved\s+in|responsible\s+for|blamed\s+for|accused\s+of"
    r"|(?:carried|carrying|carries|carry)\s+out|conducted|conducting|staged|staging"
    r"|launched|launching|mounted|mounting|perpetrated|perpetrating|committed|executed)\s*$",
    re.IGNORECASE,
)
_JUST_A_COMMA = re.compile(r"\s*,\s*")
_RECORD_GAP = 120  # characters between the group's name and its record's opener
# After a verb, its objects are coordinated by "and": a comma alone opens an aside ("was
# behind the attack, one of the deadliest") or the next clause.
_AND_ITEM = re.compile(
    r"\s*,?\s+and\s+(?=(?:the|a|an|its|their|last|this)\s|(?-i:[A-Z0-9]))", re.IGNORECASE
)
# A time that dates an event: a year, "last year's", "last month".
_DATED = re.compile(
    r"(?<![\w\-])(?:(?:19|20)\d\d|last\s+(?:year|month|week)|(?:previous|past)\s+year)(?![\w\-])",
    re.IGNORECASE,
)
# Where one listed event ends: a comma, or "and" before the next item ("and the 2019 raid").
_ITEM_END = re.compile(
    r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an|its|their|last|this)\s|(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)


# A word no listed event opens with: the sentence goes on past the list.
_PAST_THE_LIST = (
    _AUXILIARIES
    | _PREPOSITIONS
    | frozenset(
        {"but", "while", "which", "who", "that", "said", "says", "and", "or", "it", "they", "he"}
    )
)


# The verb of a record whose events follow it: "carried out", "was behind", "claimed".
_RECORD_PREDICATE = re.compile(
    r"(?<![\w\-])(?:behind|responsible\s+for|(?:carried|carries)\s+out|claimed"
    r"|claimed\s+(?:the\s+)?(?:responsibility|credit)\s+for|perpetrated|masterminded)\s+"
    r"(?=(?:the|a|an|its|last|this)\s|(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
# Between a group's name and that verb: the opening of a relative clause or an apposition
# ("X, which also", "X, the group"), then only auxiliaries and adverbs. After a plain
# subject ("X carried out A and B") the verb may be this attack's: its cues read it.
_APPOSED = r"\s*,\s*(?:(?:which|who)\s+|(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:that\s+|which\s+)?)"
_RECORD_AUX = (
    r"(?:(?:has|have|had|was|were|is|are|been|also|previously|earlier|already|once)\s+){0,3}"
)
_APPOSED_SUBJECT = re.compile(rf"{_APPOSED}{_RECORD_AUX}$", re.IGNORECASE)


@per_lexicon
def _record_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A record's opener and its list: "several attacks in Zelvania, including "."""
    nouns = [*lexicon.actors.event_nouns, *lexicon.actors.strike_nouns]
    if not nouns:
        return None
    plural = _words_alt([n if n.endswith("s") else n + "s" for n in nouns])
    mod = r"(?:[\w'\u2019\-]+\s+){0,3}?"
    return re.compile(
        rf"(?<![\w\-]){_RECORD_OPENER}\s+{mod}(?:{plural})(?![\w\-])"
        rf"(?:(?!\s(?:including|such\s+as)\s)[^;:.?!]){{0,160}}?{_RECORD_LIST}",
        re.IGNORECASE,
    )


def _dated_apposition(ctx: DocContext, m: _Mention, at: int, items: list[tuple[int, int]]) -> bool:
    """Say whether one event after the verb is a dated one of the group's apposed record.

    "the Velka Front, the group behind the 2019 Dunmar bombing": the apposition names
    another event by its date; undated ("the group behind the bombing"), it may be this one.
    """
    if len(items) != 1 or not _APPOSED_SUBJECT.match(ctx.text, m.end, at):
        return False
    return _DATED.search(ctx.text, *items[0]) is not None


@per_lexicon
def _event_noun_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    nouns = [*lexicon.actors.event_nouns, *lexicon.actors.strike_nouns]
    if not nouns:
        return None
    return re.compile(rf"(?<![\w\-])(?:{_words_alt(nouns)})(?![\w\-])", re.IGNORECASE)


def _record_stance(gap: str) -> Stance | None:
    """The stance of the verb a record hangs on: a claim, an act, or none of them."""
    if _RECORD_CLAIMS.search(gap):
        return Stance.CLAIMED
    return Stance.ASSERTED if _RECORD_ACTS.search(gap) else None


def _record_items(
    ctx: DocContext, lo: int, hi: int, cuts: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """The events a record lists from ``lo``: each item's span, when it names an event.

    ``cuts`` are where one item ends and the next begins.
    """
    events = _event_noun_re(ctx.lexicon)
    if events is None:
        return
    start = lo
    for cut in [*cuts.finditer(ctx.text, lo, hi), None]:
        end = hi if cut is None else cut.start()
        item = ctx.text[start:end].split(",")[0].rstrip(" .;:!?\"'\u201d\u2019")
        first = _FIRST_WORD.match(item)
        if first is None or first.group().lower() in _PAST_THE_LIST:
            return  # "..., including the Dunmar raid, was behind": the list has ended
        if events.search(item):
            yield start, start + len(item)
        if cut is None:
            return
        start = cut.end()


def _record_claims(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    mentions: list[_Mention],
    read: list[AttributionClaim],
) -> list[AttributionClaim]:
    """Claims of the events a group's record lists, each the group's by the record's verb.

    "The Velka Front, which has claimed several attacks in Okvara, including the 2019
    Dunmar bombing and a raid on a market": the Front claims both of them. So does "the
    Front, the group behind the Dunmar bombing and the Velka raid" assert both, and "the
    Front, which carried out the 2019 Dunmar bombing" the one it dates.
    A record the sentence negates ("has not claimed several attacks, such as") names none.
    """
    record = _record_re(ctx.lexicon)
    if record is None:
        return []
    claims: list[AttributionClaim] = []
    for found in record.finditer(ctx.text, sentence.start, sentence.end):
        claims += _listed_claims(ctx, p, sentence, mentions, found.start(), found.end(), False)
    for pred in _RECORD_PREDICATE.finditer(ctx.text, sentence.start, sentence.end):
        claims += _listed_claims(ctx, p, sentence, mentions, pred.start(), pred.end(), True)
    # An event the cues read already ("X carried out the Dunmar raid") is not read twice.
    return [
        c
        for c in claims
        if not any(r.span.start < c.span.end and c.span.start < r.span.end for r in read)
    ]


def _record_subject(ctx: DocContext, mentions: list[_Mention], at: int) -> _Mention | None:
    """The group whose record the verb at ``at`` tells: the last one named before it."""
    before = [m for m in mentions if m.end <= at and not m.voice]
    if (
        len(before) > 1
        and before[-1].anaphor
        and _JUST_A_COMMA.fullmatch(ctx.text, before[-2].end, before[-1].start)
    ):
        before.pop()  # "X, the group behind ...": the apposition is X's own
    if not before or at - before[-1].end > _RECORD_GAP:
        return None
    m = before[-1]
    return None if m.anaphor and not m.sure else m


def _listed_claims(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    mentions: list[_Mention],
    at: int,
    items_at: int,
    direct: bool,
) -> list[AttributionClaim]:
    """The claims of the events listed from ``items_at``, the group's by the verb before ``at``.

    ``direct``: the events follow the verb ("carried out the Dunmar raid and ..."); its
    subject must then be a relative clause or an apposition of the group.
    """
    m = _record_subject(ctx, mentions, at)
    if m is None:
        return []
    gap = ctx.text[m.end : items_at if direct else at]
    stance = _record_stance(gap)
    if stance is None or _negated(p, gap):
        return []
    if direct and not _APPOSED_SUBJECT.match(ctx.text, m.end, at):
        return []
    items = list(_record_items(ctx, items_at, sentence.end, _AND_ITEM if direct else _ITEM_END))
    if direct and len(items) < 2 and not _dated_apposition(ctx, m, at, items):
        return []  # one event after the verb: the cues read it
    claims = []
    for start, end in items:
        f = _Found(mention=m, stance=stance, start=start, end=end)
        claims.append(_claim(ctx, sentence, p, f, stance, []))
    return claims


# The subject of an act a group tells of its own: its attackers, a man, "he", the event ("it"
# and "they" may be the group itself, telling what it habitually does).
_TOLD_SUBJECTS = frozenset({"he", "she", "man", "men", "woman", "youth"})
_TOLD_REACH = 3  # words before the act where its subject is looked for
_PASSIVE_BEFORE = frozenset({"was", "were", "is", "are", "been", "being", "be"})


@per_lexicon
def _told_acts_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    """An act of attack or of responsibility a group may tell: "blew", "was responsible for"."""
    acts = [*lexicon.actors.attack_verbs, *_OWN_ACTS]
    if not acts:
        return None
    return re.compile(
        rf"(?<![\w\-])(?:{_words_alt(acts)}|(?:was|were)\s+(?:behind|responsible\s+for))"
        r"(?![\w\-])",
        re.IGNORECASE,
    )


@per_lexicon
def _told_subjects(lexicon: Lexicon) -> frozenset[str]:
    """The words that may be the subject of an act a group tells of its own."""
    act = lexicon.actors
    nouns = [*act.attacker_nouns, *act.militant_nouns, *act.event_nouns]
    words = frozenset(n.split()[-1].lower() for n in nouns if n.split())
    return (_TOLD_SUBJECTS | words) - _FORCES_WORDS


# A state's men may be the subject of what a group tells: "said government forces killed".
_FORCES_WORDS = frozenset({"forces", "troops", "soldier", "soldiers", "police", "army", "military"})


def _acts_told_by_a_group(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    present: set[str],
    mentions: list[_Mention],
    claims: list[AttributionClaim],
) -> list[AttributionClaim]:
    """A group, its statement or its outlet telling an act of attack: the group's claim.

    "A suicide bomber blew himself up at the gate, the Front said", "an earlier statement
    of the Front says the attack targeted ...": the act's subject is an attacker, a man, a
    pronoun or the event, and the sentence names no other actor who might have done it.
    """
    regex = _told_acts_re(ctx.lexicon)
    if regex is None or not _reports_an_act(p, present) or len({m.actor for m in mentions}) != 1:
        return []
    if any(c.stance is Stance.CLAIMED or c.stance is Stance.DENIED for c in claims):
        return []
    read = [(c.span.start, c.span.end) for c in claims if c.span is not None]
    for act in regex.finditer(ctx.text, sentence.start, sentence.end):
        if any(lo <= act.start() < hi for lo, hi in read):
            continue  # "the gunmen who stormed it were members of X": the act is read
        claim = _told_act(ctx, p, sentence, mentions[0], act)
        if claim is not None:
            return [claim]
    return []


def _told_act(
    ctx: DocContext, p: _Patterns, sentence: Sentence, mention: _Mention, act: re.Match[str]
) -> AttributionClaim | None:
    """The claim of the group that tells ``act``, when it tells it of its own people."""
    if not _own_mans_act(ctx, p, sentence, act):
        return None
    source = find_source(ctx, act.start(), act.end())
    if source == DOCUMENT_VOICE or not source.name:
        return None
    group = _group_in_speaker(ctx, p, source.name, act.start())
    if group is None and _statement_in_own_words(ctx, p, sentence, source.name, act):
        group = mention.actor
    if group is None or group != mention.actor or _is_state(ctx, p, group):
        return None
    at = _nearest(ctx.text, source.name, act.start())
    named = (at, at + len(source.name)) if at is not None else (mention.start, mention.end)
    lo, hi = act.start(), act.end()
    if sentence.start <= named[0] and named[1] <= sentence.end:
        lo, hi = min(lo, named[0]), max(hi, named[1])
    via = () if source.name == group else (source,)
    return AttributionClaim(
        span=Span(doc=ctx.document.id, start=lo, end=hi),
        quote=ctx.text[lo:hi],
        source=Source(name=group, kind=SourceKind.MILITANT, via=via),
        actor=group,
        actor_text=mention.text,
        stance=Stance.CLAIMED,
    )


def _statement_in_own_words(
    ctx: DocContext, p: _Patterns, sentence: Sentence, speaker: str, act: re.Match[str]
) -> bool:
    """Say whether a bare statement ("the statement said") tells the act in a group's idiom.

    "\u201c... a soldier of the caliphate struck the club,\u201d the statement said": the
    idiom is the group's own, so the statement is the group's, the one the sentence names.
    """
    words = [w.lower() for w in _WORD.findall(speaker)]
    if not words or any(w not in _DETS and w not in p.members for w in words):
        return False
    lo = max(sentence.start, act.start() - _LOOK)
    return _own_kin_before(p, [w.lower() for w in _WORD.findall(ctx.text, lo, act.start())])


def _own_mans_act(ctx: DocContext, p: _Patterns, sentence: Sentence, act: re.Match[str]) -> bool:
    """Say whether ``act`` has an attacker, a man or the event just before it, in the active.

    Not a state's men ("gunmen held hostages as police laid siege"), not a habit ("it has
    detonated"), not negated.
    """
    lo = max(sentence.start, act.start() - _LOOK)
    words = [w.lower() for w in _WORD.findall(ctx.text, lo, act.start())]
    if _own_kin_before(p, words) or _event_told_before(ctx, lo, act.start()):
        return not _negated(p, _act_clause(ctx.text, act.start(), sentence.end))
    before = words[-_TOLD_REACH:]
    subjects = [i for i, w in enumerate(before) if w in _told_subjects(ctx.lexicon)]
    forces = [i for i, w in enumerate(before) if w in _FORCES_WORDS]
    return not (
        not subjects
        or before[-1:] in ([w] for w in _PASSIVE_BEFORE)  # "its fighters were ambushed"
        or (forces and forces[-1] > subjects[-1])
        or not p.habitual.isdisjoint(before)
        or _negated(p, _act_clause(ctx.text, act.start(), sentence.end))
    )


# "the attack on the restaurant in the capital, Zelvagrad,": the event and where it struck,
# in plain words (no clause: "the attack on the base where police ..." is not one phrase).
_EVENT_PLACE = (
    r"(?<![\w\-])(?:the|this|that|its|their|last\s+\w+['\u2019]s|\w+day['\u2019]s)\s+"
    r"(?:[\w\-]+\s+){{0,2}}?(?:{events})\s+(?:on|at|in|against|near|targeting)\s+"
    r"(?:(?!(?:where|which|who|whom|that|when|while|after|before|as|and|but|or|was|were|had"
    r"|has|is|are)(?![\w\-]))[\w'\u2019\-]+,?\s+){{1,8}}?$"
)


@per_lexicon
def _event_place_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    events = _words_alt(lexicon.actors.event_nouns)
    return re.compile(_EVENT_PLACE.format(events=events), re.IGNORECASE) if events else None


def _event_told_before(ctx: DocContext, lo: int, at: int) -> bool:
    """Say whether the event, told with where it struck, is the subject of the act at ``at``.

    "An earlier statement of the Front says the attack on the restaurant in the capital,
    Zelvagrad, targeted citizens of ...": the event's place stands between it and its verb.
    """
    regex = _event_place_re(ctx.lexicon)
    return regex is not None and regex.search(ctx.text, lo, at) is not None


_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:but|while|although|though)\s", re.IGNORECASE)


def _act_clause(text: str, start: int, end: int) -> str:
    """The act's own clause: ``text[start:end]`` up to the next clause break.

    "... targeted citizens of Velka, saying they would not be safe": the negation of a
    later clause does not negate the act.
    """
    cut = _CLAUSE_BREAK.search(text, start, end)
    return text[start : cut.start() if cut is not None else end]


def _own_kin_before(p: _Patterns, words: list[str]) -> bool:
    """Say whether ``words`` end with the group's own name for its men: "soldier of the caliphate".

    A group's statement names its fighters by what it calls itself, in lower case ("a
    heroic soldier of the caliphate struck", "two knights of the state attacked"): not a
    state's soldiers ("a soldier of the army"), though the noun is theirs too.
    """
    # "two soldiers of the caliphate in Velka attacked": where the men are follows the name.
    return any(
        _own_kin_at_end(p, _past_gloss(words[: len(words) - n]))
        for n in (0, 2, 3)
        if n == 0 or (len(words) > n and words[-n] == "in")
    )


def _past_gloss(words: list[str]) -> list[str]:
    """``words`` without a closing bracket's gloss: "of the khilafah (caliphate)"."""
    if words[-1:] != [")"] or "(" not in words[-5:]:
        return words
    return words[: len(words) - 1 - words[::-1].index("(")]


def _own_kin_at_end(p: _Patterns, words: list[str]) -> bool:
    """Say whether ``words`` end with a member noun, "of the" and one own name."""
    tail = words[-4:]
    return (
        len(tail) == 4
        and tail[0] in p.members
        and tail[1:3] == ["of", "the"]
        and tail[3].isalpha()
        and tail[3].islower()
        and tail[3] not in _OTHERS_MEN
    )


# Whose soldiers a group's statement tells of as its enemy's: "a soldier of the army".
_OTHERS_MEN = _FORCES_WORDS | {"government", "regime", "enemy", "crusaders", "apostates"}


def _mentions(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str], own: bool = True
) -> tuple[list[_Mention], list[_Word]] | None:
    """Return the actors named or referred back to in ``sentence``, and its cue words.

    With ``own``, a quoted group's "we" and "our" are mentions of the group that speaks.
    """
    named_any = (
        not p.alias_re.first_words.isdisjoint(present)
        or not p.outlet_re.first_words.isdisjoint(present)
        or not _discovered(ctx, p).first_words.isdisjoint(present)
    )
    heads = not p.anaphor_heads.isdisjoint(present) or _pronoun_gate(p, present)
    voices = _state_voices(ctx, p, sentence, present)
    if own:
        voices = [*voices, *_own_voice(ctx, p, sentence, present)]
    if not named_any and not heads and not voices:
        return None
    words = _sentence_words(ctx, p, sentence, present)
    mentions = _named(ctx, p, sentence, words) if named_any else []
    if heads:
        mentions = _with_anaphors(ctx, p, sentence, mentions)
    if voices:
        mentions = _with_voices(mentions, voices)
    return (mentions, words) if mentions else None


def _with_voices(mentions: list[_Mention], voices: list[_Mention]) -> list[_Mention]:
    """The mentions with the voices that overlap none, or that hold their state's name.

    "the Zelvania government responded with a denial": the government is the subject,
    its country's name inside it is not.
    """
    inside = {
        id(m) for v in voices if v.voice for m in mentions if _overlap(v, m) and m.actor == v.actor
    }
    kept = [m for m in mentions if id(m) not in inside]
    return sorted(
        [*kept, *(v for v in voices if not any(_overlap(v, m) for m in kept))], key=_start_of
    )


def _overlap(a: _Mention, b: _Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _state_voices(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str]
) -> list[_Mention]:
    """A state's own voice in a denial: "Ukrainian officials denied any involvement".

    The officials of a country (``state_voices`` after its demonym) speak for it; they
    carry only its denials ("Ukrainian officials said ..." names them as a source).
    """
    if p.voices_re is None or p.denials.isdisjoint(present) or p.voice_words.isdisjoint(present):
        return []
    found = []
    for m in p.voices_re.finditer(ctx.text, sentence.start, sentence.end):
        country = p.demonyms.get(" ".join(m.group("demonym").lower().split()))
        if country is not None:
            found.append(_Mention(m.start(), m.end(), country, m.group(), voice=True))
    return found


# A group's own voice: "we" and "our" in what its speaker says.
_OWN_WORDS = frozenset({"we", "our"})
_OWN_RE = re.compile(r"(?<![\w\-])(?:we|our)(?![\w\-])", re.IGNORECASE)
# ... and its "us" as the group that would or would not act ("out of the question for us
# to target civilians"), in lower case: "US" is a country.
_VOICE_WORDS = _OWN_WORDS | {"us"}
_VOICE_RE = re.compile(r"(?<![\w\-])(?:(?i:we|our)|us)(?![\w\-])")
_SPEAKER_REACH = 1500  # characters: how far from the pronoun its speaker's name is looked for


def _own_voice(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str]
) -> list[_Mention]:
    """The speaking group's "we" and "our": ""We carried out the attack," the group said".

    The speaker of the words (see :func:`claimrecon.extract.sources.find_source`) names
    an armed group, or speaks for one ("a spokesman for X", "X spokesman Y"): its "we"
    is that group, and what the group tells of its own act is its claim.
    """
    if _VOICE_WORDS.isdisjoint(present):
        return []
    found = []
    for m in _VOICE_RE.finditer(ctx.text, sentence.start, sentence.end):
        actor = _speaking_group(ctx, p, m.start(), m.end())
        if actor is not None:
            found.append(_Mention(m.start(), m.end(), actor, m.group(), own=True))
    return found


def _speaking_group(ctx: DocContext, p: _Patterns, start: int, end: int) -> str | None:
    """The armed group (not a state force) whose speaker says the words at ``start``."""
    cache = ctx.memo(_ActorsMemo).own
    if start in cache:
        return cache[start]
    actor = None
    source = find_source(ctx, start, end)
    if source != DOCUMENT_VOICE and source.name:
        actor = _group_in_speaker(ctx, p, source.name, start)
    else:
        span = _speaker_after_quote(ctx, p, end)
        if span is not None:
            actor = _group_in_speaker(ctx, p, ctx.text[span[0] : span[1]], span[0])
    if actor is not None and _is_state(ctx, p, actor):
        actor = None
    cache[start] = actor
    return actor


def _group_in_speaker(ctx: DocContext, p: _Patterns, name: str, near: int) -> str | None:
    """The actor a speaker's phrase names or stands for, read where the text names it.

    A person named again ("said Okvara") speaks for the group an earlier mention of the
    name tied him to ("Karim Okvara, a commander of the Front, ...").
    """
    at = _nearest(ctx.text, name, near)
    sentence = ctx.sentence_at(at) if at is not None else None
    if at is None or sentence is None:
        words = [_Word(w.start(), w.group().lower()) for w in _FIRST_WORD.finditer(name)]
        for hit in p.alias_re.finditer(name, words, 0, len(name)):
            actor = p.aliases.get(" ".join(hit.group().lower().split()))
            if actor is not None:
                return actor
        return None
    actor = _group_at(ctx, p, sentence, name, at)
    person = _SPEAKER_NAME.fullmatch(name) or _SPEAKER_IN_MANNER.fullmatch(name)
    if actor is None and person is not None:
        # Any mention before the words, the nearest too: "Karim Okvara" may be nearer than "Okvara".
        actor = _group_told_before(ctx, p, person.group("name"), max(at, near))
    return actor


# A person's name as a source gives it: one to three capitalised words ("Okvara", "Karim
# Okvara", "Abu Karim al-Okvari").
_SPEAKER_WORDS = r"(?:[A-Z][\w'\u2019\-]+\s+){0,2}[A-Z][\w'\u2019\-]*[a-z][\w'\u2019\-]*"
_SPEAKER_NAME = re.compile(rf"(?P<name>{_SPEAKER_WORDS})")
# A speaker read with the manner of his words: "Okvara in his usual sarcastic manner".
_SPEAKER_IN_MANNER = re.compile(
    rf"(?P<name>{_SPEAKER_WORDS})\s+in\s+(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}"
    r"(?:manner|way|style|fashion|tone)"
)
# The first names before a surname: "Karim Okvara" where the text says "Okvara" later.
_FIRST_NAMES = re.compile(r"(?:(?-i:[A-Z])[\w'\u2019\-]+\s+){1,2}$")
_PERSON_MENTIONS = 3  # earlier mentions of a person's name read for the group he speaks for


def _group_told_before(ctx: DocContext, p: _Patterns, name: str, at: int) -> str | None:
    """The group an earlier mention of a person's name ties him to, if one does."""
    bound = re.compile(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])")
    earlier = [m.start() for m in bound.finditer(ctx.text, max(0, at - 4 * _SPEAKER_REACH), at)]
    for end in reversed(earlier[-_PERSON_MENTIONS:]):
        first = _FIRST_NAMES.search(ctx.text, max(0, end - 40), end)
        start = end if first is None else first.start()  # "Karim Okvara" for "Okvara"
        end += len(name)
        sentence = ctx.sentence_at(start)
        read = (
            None
            if sentence is None
            else _mentions(ctx, p, sentence, _present(ctx, sentence), own=False)
        )
        if read is None:
            continue
        # The group the aside names, not a back-reference inside it ("the Dunmar faction of
        # the Front"), nor the man's own name read as an actor somewhere.
        named = [m for m in read[0] if not m.anaphor]
        actor = _group_beside(ctx.text, named, start, _past_bracket(ctx.text, end))
        if actor is not None and name.lower() not in actor.lower():
            return actor
    return None


def _group_at(ctx: DocContext, p: _Patterns, sentence: Sentence, name: str, at: int) -> str | None:
    """The actor the speaker's phrase at ``at`` names, or the group it speaks for there."""
    present = _present(ctx, sentence)
    read = _mentions(ctx, p, sentence, present, own=False)
    hi = _past_bracket(ctx.text, at + len(name))
    inside = [m for m in (read[0] if read else []) if at <= m.start and m.end <= hi]
    if not inside or not _speaks_for(p, ctx.text, at, hi, inside[0]):
        return _group_beside(ctx.text, read[0] if read else [], at, hi)
    return inside[0].actor


# "a spokesman for the ", "the senior commander of ": a role that makes its holder speak for
# the group named next.
_ROLE_FOR = re.compile(
    r"(?<![\w\-])(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    + _PERSON_ROLES
    + r"\s+(?:of|for|from)\s+(?:the\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,2}$",
    re.IGNORECASE,
)
# "the leader of the Front, Karim Okvara", "the leader of the outlawed Okvara sect, Karim".
_NAME_AFTER_ROLE = re.compile(r"(?:\s+(?:group|sect|movement|organi[sz]ation))?\s*,\s*$")


def _group_beside(text: str, mentions: list[_Mention], at: int, hi: int) -> str | None:
    """The group a speaker's aside makes him speak for, the speaker's name at ``at:hi``.

    "Karim Okvara, a spokesman for the Front, said", "Karim Okvara, a senior Front
    commander, said" (the aside after the name) or "a spokesman for the Front, Karim
    Okvara, told" (the role before it): the person speaks for the Front, named or referred
    back to ("a spokesman for the group").
    """
    after = _first_after(mentions, hi)
    if after is not None and after.start - hi <= _LOOK:
        gap = text[hi : after.start]
        if _PERSON_OF.match(gap) or (
            _PERSON_BEFORE_GROUP.match(gap) and _ROLE_AFTER_GROUP.match(text, after.end)
        ):
            return after.actor
    before = [m for m in mentions if m.end <= at and at - m.end <= 16]
    if before and _NAME_AFTER_ROLE.match(text[before[-1].end : at]):
        m = before[-1]
        if _ROLE_FOR.search(text, max(0, m.start - _LOOK), m.start):
            return m.actor
    return None


def _speaker_after_quote(ctx: DocContext, p: _Patterns, at: int) -> tuple[int, int] | None:
    """Where the speaker named after the quotation holding ``at`` is, in its sentence.

    The sources' frames may not read every speaker ("the Qarnat Front (QF) said"); the
    name between the closing mark and the reporting verb, or after the verb, is it.
    """
    regex = p.discovery.quote_speaker
    sentence = ctx.sentence_at(at)
    if regex is None or sentence is None:
        return None
    m = regex.search(ctx.text, at, sentence.end)
    if m is None:
        opening = max(ctx.text.rfind(q, sentence.start, at) for q in '"\u201c\u2018')
        opens = p.discovery.speaker_opens
        if opening < 0 or opens is None:
            return None
        m = opens.search(ctx.text, max(sentence.start, opening - 200), opening + 1)
        return None if m is None else m.span("before")
    return m.span("after") if m.group("after") else m.span("before")


_BRACKET = re.compile(r"\s*\([^()]{1,12}\)")


def _past_bracket(text: str, at: int) -> int:
    """Where a name ends with the acronym in brackets after it: "the Qarnat Front (QF)"."""
    m = _BRACKET.match(text, at)
    return m.end() if m is not None else at


def _nearest(text: str, name: str, near: int) -> int | None:
    """Where ``name`` occurs nearest to ``near``, within reach."""
    after = text.find(name, near, near + _SPEAKER_REACH)
    before = text.rfind(name, max(0, near - _SPEAKER_REACH), near)
    hits = [h for h in (after, before) if h >= 0]
    return min(hits, key=lambda h: abs(h - near)) if hits else None


def _speaks_for(p: _Patterns, text: str, lo: int, hi: int, m: _Mention) -> bool:
    """Say whether a speaker's phrase is the group, or one who speaks for it.

    "the Qarnat Front", "a spokesman for the Front", "Front spokesman Karim Zelvani":
    only articles, group words and member nouns beside the name, and capitalised names
    after a member noun.
    """
    words = [_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text[lo : m.start])]
    after = _WORD.findall(text[m.end : hi])
    plain = _DETS | p.fillers | p.members | {"for", "of", "from", ",", "(", ")"}
    if any(w not in plain for w in words):
        return False
    return all(w.lower() in plain or w[:1].isupper() for w in after)


@dataclass(frozen=True)
class _Reading:
    """A sentence read for claims: the actors it mentions, its words, the names in it.

    With ``discovery``, only the cues that may introduce an unknown name are read.
    """

    sentence: Sentence
    mentions: list[_Mention]
    words: list[_Word]
    present: set[str]
    discovery: bool = False

    def cues(self, ctx: DocContext, cues: _CueSet) -> list[tuple[int, int, int]]:
        """The cues of ``cues`` in the sentence: start, end and index of each."""
        return _scan(ctx, cues, self.words, self.present, self.sentence.start, self.sentence.end)


def _subject_claims(
    ctx: DocContext, p: _Patterns, reading: _Reading, used: set[int]
) -> list[_Found]:
    """Claims whose actor is the subject of a cue after it: "IS claimed responsibility"."""
    found: list[_Found] = []
    mentions, discovery = reading.mentions, reading.discovery
    ends = [m.end for m in mentions]
    text, base = reading.sentence.text, reading.sentence.start
    for cue_start, cue_end, index in reading.cues(ctx, p.after_cues):
        reported = discovery and index in p.discovery.reported
        if discovery and index not in p.discovery.after and not reported:
            continue
        stance = p.after[index]
        cue_start = _past_stutter(ctx.text, cue_start, cue_end)
        subject = _subject_of(p, ctx.text, text, base, mentions, ends, cue_start, stance)
        if subject is None:
            subject = _apposed(p, ctx.text, mentions, ends, cue_start)
        if subject is None:
            continue
        m, start = subject
        told = _subject_stance(ctx, p, m, stance, cue_start, cue_end)
        if told is None:
            continue
        if _another_after_but(ctx.text, mentions, m, cue_start, cue_end):
            continue  # "X did not claim it, but Y said ...": Y's, not X's
        found.append(_Found(m, told, start, cue_end, cue=(cue_start, cue_end), reported=reported))
        used.add(m.start)
    return found


_STUTTER_WORDS = 3  # the most words of a cue an editing slip prints twice
_WORD_RUN = re.compile(r"[\w'\u2019\-]+")
_NOT_SLIPS = _AUXILIARIES | {"that", "been"}


def _past_stutter(text: str, cue_start: int, cue_end: int) -> int:
    """Where a cue starts when its first words stand twice before it, or ``cue_start``.

    An editing slip prints words twice: "Okvara has claimed has claimed responsibility"
    is read as "Okvara has claimed responsibility". One word twice is a slip only when it
    is no auxiliary ("had had", "that that" are English).
    """
    words = _WORD_RUN.findall(text, cue_start, cue_end)[:_STUTTER_WORDS]
    lo = max(0, cue_start - 60)
    for n in range(len(words), 0, -1):
        if n == 1 and words[0].lower() in _NOT_SLIPS:
            continue
        said = r"\s+".join(map(re.escape, words[:n]))
        slip = re.search(rf"(?<![\w\-]){said}\s+$", text[lo:cue_start], re.IGNORECASE)
        if slip is not None:
            return lo + slip.start()
    return cue_start


def _subject_stance(
    ctx: DocContext, p: _Patterns, m: _Mention, stance: Stance, cue_start: int, cue_end: int
) -> Stance | None:
    """The stance of a subject's cue, or None when the cue names no one event."""
    if stance is Stance.CLAIMED and _REPORTER_LAST.match(ctx.text, m.end, cue_start):
        return Stance.ASSERTED  # "X, which police said was behind": not X's own claim
    if (
        stance is Stance.ASSERTED
        and _is_state(ctx, p, m.actor)
        and not p.campaigns.isdisjoint(
            w.lower() for w in _WORD.findall(ctx.text[cue_start:cue_end])
        )
    ):
        return None  # "Iraqi forces launched an offensive": a campaign is no one event
    return stance


def _apposed(
    p: _Patterns, text: str, mentions: list[_Mention], ends: list[int], cue_start: int
) -> tuple[_Mention, int] | None:
    """The actor a noun cue stands in apposition to: "links to X, the most likely perpetrator".

    A cue that opens with "the" after a comma describes the name before it, wherever that
    name stands in its clause; asides may come between ("X, also known as Y, the ...").
    """
    if not text.startswith("the ", cue_start) or not text[:cue_start].rstrip().endswith(","):
        return None
    k = bisect.bisect_right(ends, cue_start) - 1
    while k > 0 and _APPOSITION.match(text, mentions[k - 1].end, mentions[k].start):
        k -= 1  # "the Islamic State group, also known as Isis, ...": the first name leads
    if k < 0 or cue_start - mentions[k].end > _LOOK:
        return None
    gap = _ASIDES.sub(" ", text[mentions[k].end : cue_start] + ",")
    if not all(w in p.fillers or w == "," for w in (x.lower() for x in _WORD.findall(gap))):
        return None
    return mentions[k], mentions[k].start


def _another_after_but(
    text: str, mentions: list[_Mention], m: _Mention, cue_start: int, cue_end: int
) -> bool:
    """Say whether a cue ending in "but" is followed by another actor in the sentence.

    "X has not claimed responsibility, but the method ...": the narrator suspects X;
    "..., but Y said its fighters ..." turns to Y.
    """
    if not text[cue_start:cue_end].lower().endswith("but"):
        return False
    return any(n.start >= cue_end and n.actor != m.actor for n in mentions)


def _agent_claims(
    ctx: DocContext, p: _Patterns, reading: _Reading, used: set[int], modifiers: list[_Modifier]
) -> list[_Found]:
    """Claims whose actor follows a cue: "claimed by IS", "blamed al-Shabaab".

    A belief or suspicion without a placeholder ("believed", "suspected") only modifies
    the stance of a claim after it, unless the actor is its whole object; ``modifiers``
    collects them.
    """
    found: list[_Found] = []
    sentence, mentions = reading.sentence, reading.mentions
    for cue_start, ce, index in reading.cues(ctx, p.before_cues):
        if reading.discovery and index not in p.discovery.before:
            continue
        stance, modifier = p.before[index]
        if modifier:
            modifiers.append(_Modifier(cue_start, ce, stance))
            # "gunmen believed to be from X killed 20": the cue places the attackers in X,
            # and their act follows; "officials believe X killed ..." may tell of no one event.
            last = _WORD.findall(ctx.text, cue_start, ce)[-1:]
            acts = _act_words(ctx.lexicon) if last and last[0].lower() in _PREPOSITIONS else None
            direct = _direct_object(p, ctx.text, mentions, ce, sentence.end, acts or frozenset())
            # "most likely the work of the group": the one organisation in scope, named again.
            if direct is not None and (
                not direct.anaphor or _blamed_back_reference(p, direct, stance)
            ):
                found.append(
                    _Found(direct, stance, cue_start, direct.end, cue_start, (cue_start, ce))
                )
                used.add(direct.start)
            continue
        agent = _agent_of(ctx, p, mentions, (cue_start, ce), index)
        if agent is None or _no_claim_of(ctx, p, reading, agent, (cue_start, ce), stance):
            continue
        if ctx.text[cue_start:ce].lower().endswith("that"):
            # "refuted the notion that either Israel or Washington was responsible": the
            # cue governs the whole clause after it, as a belief does.
            modifiers.append(_Modifier(cue_start, ce, stance))
        found.append(_Found(agent, stance, cue_start, agent.end, cue_start, (cue_start, ce)))
        used.add(agent.start)
    return found


def _no_claim_of(
    ctx: DocContext,
    p: _Patterns,
    reading: _Reading,
    agent: _Mention,
    cue: tuple[int, int],
    stance: Stance,
) -> bool:
    """Say whether "a soldier of X" names no claim: a state's man, or a victim."""
    if _a_states_own_people(ctx, p, agent, cue, stance):
        return True
    return stance is Stance.CLAIMED and _one_of_its_victims(ctx, reading.sentence, agent, cue[0])


def _a_states_own_people(
    ctx: DocContext, p: _Patterns, agent: _Mention, cue: tuple[int, int], stance: Stance
) -> bool:
    """Say whether a group's self-description names a state's own people instead.

    "a soldier of the Islamic State" is the group's own word for its attacker (its claim);
    "a soldier of the Malian army" is one of the army's men, no claim of anything.
    """
    if stance is not Stance.CLAIMED or not _is_state(ctx, p, agent.actor):
        return False
    return not p.attackers.isdisjoint(w.lower() for w in _WORD.findall(ctx.text, *cue))


# What a man named by his unit suffered: "a soldier of X (XR) was killed", "... died".
_SUFFERED = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:also\s+|later\s+|reportedly\s+)?(?:killed|wounded|injured|hurt|martyred|slain|shot\s+dead"
    r"|among\s+the\s+(?:dead|victims|killed|wounded|injured))|died|succumbed)(?![\w\-])",
    re.IGNORECASE,
)
# A list of the victims opening just before him: "20 people, including a soldier of X".
_AMONG_VICTIMS = re.compile(r"(?:including|among\s+them|among\s+the\s+dead\s+(?:was|were))\s*$")
_HARM_AFTER = re.compile(
    r"(?<![\w\-])(?:killed|wounded|injured|hurt|died|dead|martyred|slain)(?![\w\-])", re.IGNORECASE
)


def _one_of_its_victims(
    ctx: DocContext, sentence: Sentence, agent: _Mention, cue_start: int
) -> bool:
    """Say whether the man a group's self-description names is a victim of the attack.

    "A soldier of the Velka Rifles was killed", "20 people, including a soldier of the
    Velka Rifles (VR), were killed": the man suffered the attack, and his unit claims
    nothing (unlike "a soldier of the caliphate struck").
    """
    text = ctx.text
    if _SUFFERED.match(text, agent.end, sentence.end) is not None:
        return True
    before = text[max(sentence.start, cue_start - 30) : cue_start]
    return (
        _AMONG_VICTIMS.search(before.lower()) is not None
        and _HARM_AFTER.search(text, agent.end, sentence.end) is not None
    )


def _agent_of(
    ctx: DocContext, p: _Patterns, mentions: list[_Mention], cue: tuple[int, int], index: int
) -> _Mention | None:
    """The actor an agent cue takes: the first mention after it, in reach and in form."""
    cue_start, ce = cue
    agent = _first_after(mentions, ce)
    if agent is None or agent.start - ce > _LOOK:
        return None
    if (
        agent.anaphor
        and not _blamed_back_reference(p, agent, p.before[index][0])
        and not _in_a_record(p, ctx.text, cue_start)
    ):
        # "an attack claimed by the group" recaps the narrator's earlier claim; a
        # back-reference counts only as the speaker of its own claim or denial.
        return None
    agent, opens = _past_a_place(p, ctx.text, mentions, cue, agent)
    gap = ctx.text[opens : agent.start]
    if not (_agent_gap_ok(p, gap) or _a_person_of(gap)) or _of_a_class(p, ctx.text, cue_start, ce):
        return None
    if ctx.text[cue_start:ce].lower() == "which" and not _which_is_the_object(
        ctx.text, cue_start, gap
    ):
        return None
    agent = _through_apposition(ctx.text, mentions, agent)
    agent = _past_possessor(ctx.text, mentions, agent)
    tail = p.before_tails.get(index)
    if tail is not None and tail.match(ctx.text, agent.end) is None:
        return None  # "held talks with X on security": no "responsible" after the actor
    return agent


# "a market in Velka on the": a thing placed by a name, then a preposition said again.
_PLACED_THEN = re.compile(
    r"\s*((?:a|an|the)\s+[\w\-]+\s+(?:in|at|near|outside|inside))"
    r"\s+(?-i:[A-Z])[\w'\u2019\-]*(?:\s+(?-i:[A-Z])[\w'\u2019\-]*){0,2}"
    r"\s+(\w+)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _past_a_place(
    p: _Patterns, text: str, mentions: list[_Mention], cue: tuple[int, int], agent: _Mention
) -> tuple[_Mention, int]:
    """The actor after the place of the cue's event, and where its gap opens.

    "pinned the attack on a market in X on Y": the event's words stopped at its first
    "on"; the name after "a market in" places the market, and the cue's preposition, said
    again after it, takes the actor (Y).
    """
    last = _WORD.findall(text, cue[0], cue[1])[-1:]
    placed = _PLACED_THEN.match(text, cue[1])
    if (
        placed is None
        or not last
        or placed.group(2).lower() != last[0].lower()
        or not _placed_object(p, placed.group(1).lower().split())
    ):
        return agent, cue[1]
    after = agent if agent.start >= placed.end() else _first_after(mentions, placed.end())
    if after is None or after.start != placed.end():
        return agent, cue[1]
    return after, placed.end()


# "in which", "during which": a preposition just before "which" makes it no verb's object.
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w\-])(?:in|on|at|by|during|through|with|from|after|before)\s+$", re.IGNORECASE
)


def _which_is_the_object(text: str, at: int, gap: str) -> bool:
    """Say whether "which" at ``at`` is the object of the verb of the actor after it.

    In "an attack which X claimed" it is: the actor, the clause's subject, follows right
    after "which" (``gap``, the words between, holds at most a determiner). In "a video in
    which X claimed allegiance" it is a preposition's object, and X claimed something else.
    """
    if any(w.lower() not in _DETS for w in _WORD.findall(gap)):
        return False
    return _PREPOSITION_BEFORE.search(text, max(0, at - 12), at) is None


# "the first claimed by", "the deadliest ever claimed by", "the first attack claimed by":
# a superlative after "the", then up to two words, just before the cue.
_RECORD_BEFORE = re.compile(r"(?<![\w\-])the\s+((?:[\w\-]+\s+){1,3})$", re.IGNORECASE)


def _in_a_record(p: _Patterns, text: str, at: int) -> bool:
    """Say whether the cue at ``at`` places the event in the group's record.

    "The attack was the first claimed by the group in Zelvania", "the deadliest ever
    claimed by the group": no recap of a claim told before, but a new statement of the
    group's (its record has the event first), so a back-reference may carry it.
    """
    record = _RECORD_BEFORE.search(text, max(0, at - 50), at)
    if record is None:
        return False
    return not p.discovery.superlatives.isdisjoint(w.lower() for w in record.group(1).split())


# "a state's agency", "al-Qaeda's local affiliate": the owner, then up to three plain
# lower-case words (a description of the owned group) before the owned name.
_OWNER = re.compile(r"['\u2019]s\s+(?:(?-i:[a-z][a-z\-]*)\s+){0,3}")


def _past_possessor(text: str, mentions: list[_Mention], agent: _Mention) -> _Mention:
    """The owned actor when the agent owns the next mention: "accused a state's agency of".

    "al-Qaeda's local affiliate JNIM": the name after the owner's description is the actor.
    """
    owner = _OWNER.match(text, agent.end)
    if owner is None:
        return agent
    owned = _first_after(mentions, agent.end)
    return owned if owned is not None and owned.start == owner.end() else agent


# "a series of attacks, many of them claimed by X": a share of several events.
_SHARE_OF_MANY = re.compile(
    r"(?<![\w\-])(?:many|most|some|several|all|both|none|a\s+lot|a\s+few|a\s+number|dozens"
    r"|scores|hundreds)\s+of\s+(?:them|which|these|those)"
    r"(?:\s+(?:were|are|have\s+been|had\s+been))?\s*,?\s*$",
    re.IGNORECASE,
)


# "the first such attacks on Zelvania by", "the deadliest such raid by": a rank among a kind.
_RANKED_SUCH = re.compile(r"(?<![\w\-])([\w\-]+)\s+such(?![\w\-])", re.IGNORECASE)


def _of_a_class(p: _Patterns, text: str, at: int, end: int) -> bool:
    """Say whether the cue (``at`` to ``end``) tells a class of events, not one.

    "the highest death toll in an attack by X" compares X's attacks, "attacks, many of
    them claimed by X" shares several out, and "the first such attack by X" ranks a kind:
    each names X as the author of none in particular.
    """
    if _SHARE_OF_MANY.search(text, max(0, at - 40), at):
        return True
    such = _RANKED_SUCH.search(text, at, end)
    if such is not None and such.group(1).lower() in p.discovery.superlatives:
        return True  # "the first such attack by X": a kind of attack X has made, now or later
    head = _WORD.match(text, at)
    if head is None or head.group().lower() not in ("a", "an", "any"):
        return False
    before = {w.lower() for w in _WORD.findall(text, max(0, at - 60), at)}
    return not p.discovery.superlatives.isdisjoint(before)


# Just before the name: "blamed \u201celements\u201d from X" keeps its head noun.
_SCARE_QUOTED = re.compile(
    rf"(?:{_OPEN_QUOTE}[\w\-]+(?:\s+[\w\-]+){{0,2}}{_CLOSE_QUOTE}|(?<![\w\-])so-called)\s*$",
    re.IGNORECASE,
)


# A quotation mark just before the name, a straight one too after a space: "by 'X' for".
_QUOTE_OPENS_NAME = re.compile(rf"(?:{_OPEN_QUOTE}|(?<![\w\-])')$")
_QUOTE_OPENS_GAP = re.compile(rf"^\s*{_OPEN_QUOTE}(?=[^\"\u201d\u2019]*$)")  # not closed
_QUOTED_WORD = re.compile(rf"{_OPEN_QUOTE}([\w\-]+){_CLOSE_QUOTE}(?=\s+([\w\-]+))")


def _unquote_linked(p: _Patterns, gap: str) -> str:
    """Drop the quotation marks of a word tied to the actor by a link word.

    "blamed it on \u201cterrorists\u201d backed by X" reads as "terrorists backed by X";
    "blamed \u201celements\u201d from X" stays quoted: a vague origin names no perpetrator.
    """
    return _QUOTED_WORD.sub(
        lambda m: m.group(1) if m.group(2).lower() in p.links else m.group(), gap
    )


def _agent_gap_ok(p: _Patterns, gap: str) -> bool:
    """Say whether only a determiner and a few group words stand between a cue and its actor.

    A word in scare quotes just before the name is the speaker's comment, not a word of the
    group's description: "blaming the \u201cfictional\u201d X", "the so-called X".
    """
    gap = _QUOTE_OPENS_NAME.sub(" ", gap)  # blamed "X" for: the name in quotation marks
    gap = _QUOTE_OPENS_GAP.sub(" ", gap)  # carried out by "gunmen of X": a quotation opens
    words = _part_of(p, _WORD.findall(_unquote_linked(p, _SCARE_QUOTED.sub(" ", gap))))
    if "," in words:
        return _described_before(p, words)
    between = [_POSSESSIVE.sub("", w.lower()) for w in words]
    if not all(w in _DETS or _plain(w) for w in between):
        return False
    told = _told_by_description(p, between)
    if told is not None:
        return told
    # "the Pakistani militant group Lashkar-e-Taiba": names and group words may add one.
    extra = [w for w, low in zip(words, between, strict=True) if low not in _DETS]
    # "a group calling itself X", "an outfit known as X": the words that give a name.
    naming = [w for w in extra if w.lower() in p.discovery.naming]
    wide = all(w[:1].isupper() or w.lower() in p.fillers or w in naming for w in extra)
    return len(between) <= (4 if wide else 3) + len(naming)


def _told_by_description(p: _Patterns, between: list[str]) -> bool | None:
    """Whether the words before the name make it the cue's actor, if they tell it alone."""
    if between[:1] == ["for"]:
        return False  # "X was blamed for the Dunmar attack": the event, not its author
    if _called_description(p, between):
        return True
    return False if _participle_object(between) or _placed_object(p, between) else None


_LOCATIVES = frozenset({"in", "at", "near", "outside", "inside"})


def _placed_object(p: _Patterns, between: list[str]) -> bool:
    """Say whether the name places a thing the cue's words name: "pinned it on a market in X".

    An article, a plain noun, then a preposition of place: the name after it is where the
    noun is, not the cue's actor (an attacker's noun may still lead to its group).
    """
    if len(between) < 3 or between[0] not in _DETS or between[-1] not in _LOCATIVES:
        return False
    noun = between[-2]
    return noun not in _DETS and not {noun} & (p.fillers | p.attackers | p.militants | p.members)


def _participle_object(between: list[str]) -> bool:
    """Say whether the name is the object of a participle after the cue's own object.

    "blamed the unrest sweeping Zelvania for": the unrest is blamed, Zelvania is what it
    sweeps. A participle right after its article is an adjective ("the ruling X").
    """
    return len(between) >= 2 and between[-1].endswith("ing") and between[-2] not in _DETS


_PART_LINKS = frozenset({"of", "in", "from", "within", "to", "with"})


def _part_of(p: _Patterns, words: list[str]) -> list[str]:
    """Drop a part of the group before its name: "a cell of", "a hardcore group in".

    "were members of a cell linked to X": the cell is X's, so X is the cue's actor. Up
    to three words ending in a member or group noun, then a preposition (a link word
    may stand before it); or an attacker noun and a link word ("gunmen loyal to").
    """
    lows = [w.lower() for w in words]
    for k, low in enumerate(lows[:4]):
        j = k + 1
        tied = j < len(lows) and lows[j] in p.links
        # "by gunmen linked to X": attackers are X's only when a tie says so ("gunmen
        # from Okvara" may name their town).
        if low not in p.members and low not in p.fillers and not (tied and low in p.attackers):
            continue
        if tied:
            j += 1
        if (
            j < len(lows)
            and lows[j] in _PART_LINKS
            and all(w in _DETS or _plain(w) for w in lows[:k])
        ):
            return words[j + 1 :]
    return words


def _described_before(p: _Patterns, words: list[str]) -> bool:
    """Say whether a description and a comma stand before the actor's name.

    "blamed an al-Qaeda-linked militant group, the Velka Brigade, for": a few words ending
    in a group word, a comma, and at most a determiner before the name.
    """
    comma = words.index(",")
    described, after = words[:comma], words[comma + 1 :]
    if len(described) > 6 or any(w.lower() not in _DETS for w in after):
        return False
    if not described or described[-1].lower() not in p.fillers | p.members:
        return False
    return all(_plain(w.lower()) for w in described)


_CONJUNCTIONS = frozenset({"and", "or", "but", "that", "than"})


def _plain(word: str) -> bool:
    """Say whether a lower-case word is a plain word, not a conjunction or a sign."""
    return word.replace("-", "").isalpha() and word not in _CONJUNCTIONS


def _nominal_claims(
    ctx: DocContext, p: _Patterns, sentence: Sentence, mentions: list[_Mention], used: set[int]
) -> list[_Found]:
    """Claims where the actor modifies an event or attacker noun: "a Taliban attack"."""
    found: list[_Found] = []
    for m in mentions:
        if m.start in used:
            continue
        limit = min(sentence.end, m.end + 3 * _LOOK)
        hit = (
            _own_act(p, ctx.text, m, limit)
            or _adjectival(ctx, p, sentence, m, limit)
            or _attacker(ctx, p, sentence, m, limit)
            or _attacker_from(ctx, p, sentence, m, limit)
            or _attacker_by(ctx, p, sentence, m, limit)
            or (None if m.anaphor else _tied(ctx, p, sentence, m))
        )
        if hit is not None:
            found.append(hit)
            used.add(m.start)
    return found


def _own_act(p: _Patterns, text: str, m: _Mention, limit: int) -> _Found | None:
    """A group's "we" or "our" and the act it tells: "our brave mujahideen attacked"."""
    hit = p.discovery.own_act.match(text, m.end, limit) if m.own and p.discovery.own_act else None
    return None if hit is None else _Found(m, Stance.CLAIMED, m.start, hit.end())


def _adjectival(
    ctx: DocContext, p: _Patterns, sentence: Sentence, m: _Mention, limit: int
) -> _Found | None:
    """The actor before an event noun: "a Taliban attack", "IS's attack on"."""
    hit = p.adjectival_re.match(ctx.text, m.end, limit) if p.adjectival_re else None
    if hit is None:
        return None
    text, base = sentence.text, sentence.start
    before = [
        w.lower() for w in _WORD.findall(text, max(0, m.start - base - 30), m.start - base)[-2:]
    ]
    last = before[-1] if before else ""
    possessive = _POSSESSIVE_AFTER.match(ctx.text, m.end, limit) is not None
    hedged = last in p.hedges
    if _is_state(ctx, p, m.actor) and not (hedged or possessive):
        # "killed in a US drone strike in 2020": a state's strike told as plain fact is
        # background narration, named only when hedged ("an apparent US air strike").
        return None
    if (
        possessive
        or hedged
        or _determined(before)
        or _headline_event(p, sentence, m, hit, last, limit)
        or _modified_event(sentence, m)
    ):
        stance = Stance.CLAIMED if hit.group("claimed") else Stance.ASSERTED
        return _Found(m, stance, m.start, hit.end())
    return None


_POSSESSIVE_WORD = re.compile(r"\w['\u2019]s$")
# Contractions of "is" that look like a possessive.
_CONTRACTIONS = frozenset({"it", "that", "there", "here", "what", "who", "he", "she", "let"})


def _possessive_word(word: str) -> bool:
    return _POSSESSIVE_WORD.search(word) is not None and word[:-2] not in _CONTRACTIONS


def _determined(before: list[str]) -> bool:
    """Say whether a determiner opens the noun phrase: "a Taliban", "a deadly Taliban".

    A possessive is one too: "Friday's Taliban attack", "the city's IS bombing", and
    "another": "another IS-claimed attack".
    """
    if before and (before[-1] in _DETS | {"another"} or _possessive_word(before[-1])):
        return True
    # "last week's devastating Taliban attacks": a possessive opens it as an article does.
    return (
        len(before) == 2
        and (before[0] in _DETS or _possessive_word(before[0]))
        and before[1].isalpha()
        and before[1] not in _PREPOSITIONS
    )


# Words that describe an event between its article and its actor: "the second successful
# Taliban attack", "a new deadly IS bombing". Ordinals and words shaped like adjectives only:
# a verb there ("the forces repelled Taliban attacks") is no part of the noun phrase.
_EVENT_ADJECTIVES = frozenset(
    {"first", "second", "third", "fourth", "fifth", "latest", "last", "recent", "new", "major",
     "big", "worst", "twin", "fresh", "brazen", "audacious", "another", "ongoing"}
)  # fmt: skip
_ADJECTIVE_SHAPES = ("ful", "ous", "ive", "ly", "est", "ical")
_OPENING_PLACE = re.compile(r"\s*(?-i:[A-Z][a-z]+)\s+$")


def _modified_event(sentence: Sentence, m: _Mention) -> bool:
    """Say whether the actor modifies an event noun past describing words or a place.

    "the second successful Taliban attack": an article, then up to three describing words;
    "Kabul Taliban attack: ..." opens a headline after the name of a place.
    """
    lo = m.start - sentence.start
    if sentence.index == 0 and _OPENING_PLACE.fullmatch(sentence.text, 0, lo):
        return True
    before = [w.lower() for w in _WORD.findall(sentence.text, max(0, lo - 50), lo)][-4:]
    k = len(before) - 1
    while k >= 0 and k >= len(before) - 3 and _describes(before[k]):
        k -= 1
    return 0 <= k < len(before) - 1 and before[k] in _DETS


def _describes(word: str) -> bool:
    return word in _EVENT_ADJECTIVES or (len(word) > 4 and word.endswith(_ADJECTIVE_SHAPES))


def _headline_event(
    p: _Patterns, sentence: Sentence, m: _Mention, hit: re.Match[str], last: str, limit: int
) -> bool:
    """Say whether a headline names the actor's event without an article.

    "Taliban attack kills 12 in Kabul" opens the headline; "children dead in Taliban
    siege" follows a preposition in the document's first line.
    """
    if hit.group().endswith("s"):
        # "Okvara church bombings kill 47": a plural event opens the headline, its verb agrees.
        at_top = m.start == sentence.start and sentence.index == 0
        return at_top and _PLURAL_HEADLINE_VERB.match(hit.string, hit.end(), limit) is not None
    if m.start == sentence.start:
        if sentence.index == 0 and _TARGET_AFTER.match(hit.string, hit.end(), limit):
            return True  # a headline of a noun phrase only: "Okvara attack on school in Velmar"
        return _headline_verb_after(p, hit.string, hit.end(), limit)
    return sentence.index == 0 and _after_headline_preposition(sentence, m, last)


def _after_headline_preposition(sentence: Sentence, m: _Mention, last: str) -> bool:
    """Say whether a headline's preposition opens the actor's event, past describing words.

    "children dead in Okvara siege", "15 killed in ongoing Okvara siege on hotel".
    """
    if last in _HEADLINE_PREPOSITIONS:
        return True
    lo = m.start - sentence.start
    if _PREPOSITION_PLACE.search(sentence.text, 0, lo):
        return True  # "Death Toll in Velka Okvara Attack Rises": a place opens the event
    before = [w.lower() for w in _WORD.findall(sentence.text, max(0, lo - 40), lo)][-3:]
    k = len(before) - 1
    while k >= 0 and k >= len(before) - 2 and _describes(before[k]):
        k -= 1
    return 0 <= k < len(before) - 1 and before[k] in _HEADLINE_PREPOSITIONS


# What follows the event noun of a headline that is only a noun phrase: its target.
_TARGET_AFTER = re.compile(r"\s+(?:on|at|against|near)\s+\w", re.IGNORECASE)
# "children dead in Okvara siege", "toll from Okvara attack rises": the event after them.
_HEADLINE_PREPOSITIONS = frozenset({"in", "after", "from"})
# The verb of a headline whose subject is a plural event: "Okvara bombings kill 47".
_PLURAL_HEADLINE_VERB = re.compile(
    r"\s+(?:kill|leave|wound|injure|hit|rock|target)(?![\w\-])", re.IGNORECASE
)
# A headline's preposition, then the name of a place, just before the actor.
_PREPOSITION_PLACE = re.compile(
    r"(?<![\w\-])(?:in|after|from)\s+(?-i:[A-Z][a-z]+)\s+$", re.IGNORECASE
)


_OPENING_QUOTES = frozenset("\"\u201c\u2018'")


def _attacker(
    ctx: DocContext, p: _Patterns, sentence: Sentence, m: _Mention, limit: int
) -> _Found | None:
    """The actor before an attacker noun and an act: "Taliban gunmen stormed".

    A headline may give the act in the present ("Al-Shabaab gunmen attack university"); a
    count before the actor ("the three ISIL bombers") names attackers of one event.
    """
    # A headline, or a group's statement quoted word for word, tells its act in the
    # present: "IS commandos attack a restaurant".
    told = sentence.index == 0 or sentence.text[:1] in _OPENING_QUOTES
    regex = p.headline_attacker_re if told else p.attacker_re
    hit = regex.match(ctx.text, m.end, limit) if regex else None
    if hit is not None and _REDUCED_PASSIVE.match(ctx.text, hit.end()):
        return None  # "saw an Okvara militant killed in the raid": the attacker suffered it
    if hit is not None and hit.group("own") and (m.anaphor or _is_state(ctx, p, m.actor)):
        # "Velka's troops stormed the hideout": a state's forces, not its attack; "the
        # group's fighters stormed" is the group's own word, read by its speaker's frames.
        return None
    if hit is None:
        return _numbered(ctx, p, sentence, m, limit)
    if hit.group("rel"):
        return _Found(m, Stance.ASSERTED, m.start, hit.end())
    opens = _subject_start(p, sentence.text, m, sentence.start)
    if opens is None:
        many = _QUANTITY_OF.search(ctx.text, max(sentence.start, m.start - 30), m.start)
        opens = None if many is None else many.start()
    return None if opens is None else _Found(m, Stance.ASSERTED, opens, hit.end())


# "a group of X gunmen stormed", "a small band of X rebels launched", "dozens of X fighters",
# "an unknown number of X militants": a quantity of the attackers, not a body they belong to.
_QUANTITY_OF = re.compile(
    r"(?<![\w\-])(?:(?:a|an|the)\s+(?:(?-i:[a-z][a-z\-]*)\s+){0,2}"
    r"(?:group|band|team|handful|pair|trio|squad|cell|unit|contingent|number)"
    r"|dozens|scores|hundreds|thousands)\s+of\s+$",
    re.IGNORECASE,
)


# A participle with no object, ending the clause or before its agent or place: the
# attacker noun is what the act was done to ("an Okvara militant killed in a raid").
_REDUCED_PASSIVE = re.compile(r"(?<=ed)\s*(?:[.;]|$|\s(?:by|in|during)\s)")


_FROM_HEADS = r"(?:group|organi[sz]ation|outfit|movement|network)"


@per_lexicon
def _from_group_res(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The attacker noun before "from <group>" and the act after it (see _attacker_from)."""
    nouns = _words_alt(lexicon.actors.attacker_nouns)
    verbs = _words_alt(lexicon.actors.attack_verbs)
    links = _words_alt(lexicon.actors.link_words)
    if not nouns or not verbs:
        return None
    # "of the Okvara-based X", "from the Qaeda-linked X": where the group is, or whose.
    tie = rf"(?:[\w\-]+[\-\u2010](?:{links})\s+)?" if links else ""
    before = re.compile(
        rf"(?<![\w\-])(?:{nouns})\s+(?:from|of|with|belonging\s+to)\s+(?:the\s+)?"
        rf"(?:(?:[\w\-]+\s+){{0,2}}?{_FROM_HEADS}\s+)?{tie}$",
        re.IGNORECASE,
    )
    # "(JeM)", "outfit", "militant group": the group's acronym and head after its name.
    bracket = r"(?:\s*\([^()]{1,40}\))?"
    head = rf"(?:\s+(?:(?-i:[a-z][\w\-]*)\s+)?{_FROM_HEADS}(?![\w\-]))?"
    after = re.compile(
        rf"{bracket}{head}{bracket}(?:\s*,?\s+who)?\s+(?:{verbs})(?![\w\-])", re.IGNORECASE
    )
    return before, after


def _attacker_from(
    ctx: DocContext, p: _Patterns, sentence: Sentence, m: _Mention, limit: int
) -> _Found | None:
    """The actor the attacker comes from, before the act: "a bomber from the group X blew".

    "Militants from X stormed", "fighters with X attacked", "a suicide bomber belonging to X
    blew himself up": the attacker is the group's, and so when the group is named back
    ("suicide bombers with the jihadist group struck"). A state's troops are left to the
    frames of state forces.
    """
    res = _from_group_res(ctx.lexicon)
    if res is None or _is_state(ctx, p, m.actor):
        return None
    before = res[0].search(ctx.text, max(sentence.start, m.start - 60), m.start)
    hit = None if before is None else res[1].match(ctx.text, m.end, limit)
    return (
        None
        if hit is None or before is None
        else _Found(m, Stance.ASSERTED, before.start(), hit.end())
    )


@per_lexicon
def _by_attacker_res(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The word "by" before the actor, and the attacker noun after it (see _attacker_by)."""
    act = lexicon.actors
    others = {w.lower() for w in [*act.member_nouns, *act.generic_heads]}
    nouns = _words_alt(w for w in act.militant_nouns if w.lower() not in others)
    if not nouns:
        return None
    before = re.compile(r"(?<![\w\-])by\s+(?:(?-i:[a-z\d][\w\-]*)\s+){0,2}$", re.IGNORECASE)
    links = _words_alt(act.link_words)
    link = rf"(?:\s*-?\s*(?:{links}))?" if links else ""
    after = re.compile(rf"{link}\s+(?:{nouns})(?![\w\-])", re.IGNORECASE)
    return before, after


def _attacker_by(
    ctx: DocContext, p: _Patterns, sentence: Sentence, m: _Mention, limit: int
) -> _Found | None:
    """The actor of the attacker in a passive's agent: "driven by a lone Okvara bomber".

    Only nouns that name attackers alone ("bomber", "gunmen"), not members or a group's
    people ("fighters"), who may be seized, captured or counted by the act before "by".
    """
    res = _by_attacker_res(ctx.lexicon)
    if res is None or _is_state(ctx, p, m.actor):
        return None
    before = res[0].search(ctx.text, max(sentence.start, m.start - 40), m.start)
    hit = None if before is None else res[1].match(ctx.text, m.end, limit)
    if hit is None or before is None:
        return None
    return _Found(m, Stance.ASSERTED, before.start(), hit.end(), whole=True)


# The noun after the actor, with one modifier: "gunmen", "suicide bombers".
_ATTACKER_HEAD = re.compile(r" ([\w\-]+)")
_ATTACKER_HEAD2 = re.compile(r" ([\w\-]+ [\w\-]+)")
# A year before a name is no count of its people: "in 2014 Okvara bombers".
_YEAR = r"(?:1[89]|20)\d\d(?![\d,])"


# "the last of six", "all the four", "both": a small count of the whole of one set of
# people (a siege's few attackers, not "all 300 fighters" of a camp).
_CLOSED_COUNT = re.compile(
    r"(?<![\w\-])(?:the\s+last\s+of|all|both)(?:\s+the)?\s+(?:\d{1,2}|[a-z\-]+)\s+$",
    re.IGNORECASE,
)
# "-linked", "-affiliated": a tie between the group's name and its attackers' noun.
_TIED_HEAD = re.compile(r"[\-\u2010](?:linked|affiliated|aligned|allied)")


# "were killed in the army operation", "died during a commando raid": what ended them.
_KILLED_IN_OPERATION = re.compile(
    r"\s+(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|neutrali[sz]ed|eliminated)"
    r"\s+(?:in|during)\s+(?:the|an?)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:operation|raid|assault|rescue|offensive|counter-?attack|counter-?offensive)(?![\w\-])",
    re.IGNORECASE,
)


def _killed_ending_it(text: str, at: int, end: int) -> bool:
    """Say whether the men counted were killed in the operation that ended the attack.

    "Thirty Okvara militants were killed in the army operation to retake the plant": the
    operation to retake, free or end is this attack's end, and its dead are its attackers.
    """
    hit = _KILLED_IN_OPERATION.match(text, at, end)
    return hit is not None and _RESCUE.match(text, hit.end(), end) is not None


def _attacker_head(text: str, end: int, limit: int, nouns: frozenset[str]) -> re.Match[str] | None:
    """The attacker noun of one or two words right after a name (or its "-linked" tie)."""
    tie = _TIED_HEAD.match(text, end, limit)
    at = tie.end() if tie else end
    for regex in (_ATTACKER_HEAD, _ATTACKER_HEAD2):
        head = regex.match(text, at, limit)
        if head is not None and head.group(1).lower() in nouns:
            return head
    return None


def _numbered(
    ctx: DocContext, p: _Patterns, sentence: Sentence, m: _Mention, limit: int
) -> _Found | None:
    """A count, the actor and an attacker noun: "the three ISIL bombers", "four IS gunmen".

    Only nouns that name attackers alone ("bombers", "gunmen"), not members who may be
    victims or a group's strength ("killing 90 IS fighters").
    """
    if p.numbered_re is None or m.anaphor:
        return None
    head = _attacker_head(ctx.text, m.end, limit, p.attackers)
    if head is None:
        return None
    count = p.numbered_re.search(ctx.text, max(sentence.start, m.start - 40), m.start)
    if count is None:
        return None
    if head.group(1).lower() in p.members:
        # "the last of six Okvara militants", "all four Okvara fighters": a closed set
        # counted out is one event's attackers; "killing 90 Okvara fighters" is not.
        lo = max(sentence.start, count.start() - 20)
        closed = _CLOSED_COUNT.search(ctx.text, lo, count.end())
        if closed is None and not _killed_ending_it(ctx.text, head.end(), sentence.end):
            return None
    if not count.group().lower().startswith("the") and _is_state(ctx, p, m.actor):
        return None  # "3,000 Zelvanian troops": a state's strength, not one event's attackers
    return _Found(m, Stance.ASSERTED, count.start(), head.end(), whole=True)


def _claims(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    found: list[_Found],
    modifiers: list[_Modifier],
) -> list[AttributionClaim]:
    """Turn what was found into claims: final stance, negation, one claim per actor and stance."""
    text, base = sentence.text, sentence.start
    claims: list[AttributionClaim] = []
    seen: set[tuple[str, Stance]] = set()
    masked = _masked(ctx.text, modifiers)
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        stance = _final_stance(p, text, base, f, modifiers)
        if f.mention.anaphor and not _anaphor_may_assert(p, f, stance):
            continue  # "the militants killed 30": who they are is the narrator's guess
        if f.mention.voice and stance is not Stance.DENIED:
            continue
        if stance is not Stance.DENIED and _negated(p, _negation_window(ctx.text, masked, base, f)):
            continue
        key = (f.mention.actor, stance)
        if key in seen:
            continue
        seen.add(key)
        claim = _by_its_group(ctx, p, f, _claim(ctx, sentence, p, f, stance, modifiers))
        claims.append(_told_by_itself(ctx, _as_his_group(ctx, p, f, claim)))
    return claims


def _as_his_group(
    ctx: DocContext, p: _Patterns, f: _Found, claim: AttributionClaim
) -> AttributionClaim:
    """A name read as a new actor that is a person of a group told before: the group's.

    "Karim Okvara, a spokesman for the Front, ... Okvara said the bombing was revenge": the
    man speaks for the Front; "Okvara" is no group of its own.
    """
    m = f.mention
    if (
        m.anaphor
        or m.own
        or m.voice
        or claim.actor in _known_actors(ctx.lexicon)
        or not _SPEAKER_NAME.fullmatch(m.text)
    ):
        return claim
    group = _group_told_before(ctx, p, m.text, m.start)
    if group is None or group == claim.actor or _is_state(ctx, p, group):
        return claim
    update: dict[str, Any] = {"actor": group}
    if claim.stance is Stance.CLAIMED:
        update["source"] = Source(name=group, kind=SourceKind.MILITANT, via=(claim.source,))
    return claim.model_copy(update=update)


def _told_by_itself(ctx: DocContext, claim: AttributionClaim) -> AttributionClaim:
    """An act the group itself tells, through its statement or its agency: its claim.

    " “A detachment of the Velka Front attacked the bus,” the Front's agency said": the
    source is the group through its outlet (``outlets``), so what it asserts of itself is
    its claim.
    """
    source = claim.source
    if (
        claim.stance is not Stance.ASSERTED
        or source.kind is not SourceKind.MILITANT
        or source.name is None
    ):
        return claim
    act = ctx.lexicon.actors
    family = act.family(claim.actor)
    # The group speaks through its outlet: named in the source ("the Amaq report"), or
    # the chain the source came by.
    names = [" ".join(s.name.lower().split()) for s in (source, *source.via) if s.name]
    speakers = {
        group
        for outlet, group in act.outlets.items()
        for name in names
        if re.search(rf"\b{re.escape(outlet)}\b", name)
    }
    if not any(act.family(group) == family for group in speakers):
        return claim
    return claim.model_copy(update={"stance": Stance.CLAIMED})


def _by_its_group(
    ctx: DocContext, p: _Patterns, f: _Found, claim: AttributionClaim
) -> AttributionClaim:
    """A group's speaker naming a man the lexicon does not know as the attacker: its claim.

    "A spokesman for the Front told reporters that Karim Okvara carried out the attack":
    the man is one of the Front's own, and the Front claims the attack through him.
    """
    if (
        claim.stance is not Stance.ASSERTED
        or claim.source == DOCUMENT_VOICE
        or f.mention.anaphor
        or f.mention.own
        or claim.actor in _known_actors(ctx.lexicon)
    ):
        return claim
    group = _speaking_group(ctx, p, f.start, f.end)
    if group is None or group == claim.actor:
        return claim
    source = Source(name=group, kind=SourceKind.MILITANT, via=(claim.source,))
    return claim.model_copy(update={"actor": group, "stance": Stance.CLAIMED, "source": source})


@per_lexicon
def _known_actors(lexicon: Lexicon) -> frozenset[str]:
    """The canonical names of the lexicon's actors, groups and states."""
    act = lexicon.actors
    return frozenset([*act.aliases.values(), *act.affiliations, *act.state_actors])


_ORGANISATIONS = frozenset({"group", "organisation", "organization", "movement", "outfit"})


def _anaphor_may_assert(p: _Patterns, f: _Found, stance: Stance) -> bool:
    """Say whether a back-reference may carry this claim.

    The group's own claims and denials always; an assertion only as the subject of its
    verb and when the phrase names an organisation ("the group was also responsible for"),
    not people ("the militants killed 30": who they are is the narrator's guess).
    """
    if f.speaker_at is not None and stance is not Stance.CLAIMED:
        return _blamed_back_reference(p, f.mention, stance)
    if stance in (Stance.CLAIMED, Stance.DENIED):
        return True
    head = f.mention.text.lower().split()[-1]
    return stance in _TOLD_OF_IT and f.mention.sure and head in _ORGANISATIONS


# What a back-reference to an organisation may be told of as its subject: "the group was
# also responsible for", "the outfit was also suspected to have orchestrated", "the
# network is believed to have planned".
_TOLD_OF_IT = frozenset({Stance.ASSERTED, Stance.SUSPECTED, Stance.BELIEVED})


def _blamed_back_reference(p: _Patterns, m: _Mention, stance: Stance) -> bool:
    """Say whether others' blame, suspicion or doubt may name a group by a back-reference.

    "Officials blamed the group for the attack", "analysts cast doubt on the group's
    claim": the one organisation in scope, named again; not people ("police suspect the
    militants": who they are is not said).
    """
    head = m.text.lower().split()[-1]
    return (
        stance in (Stance.ASSERTED, Stance.SUSPECTED, Stance.BELIEVED, Stance.DENIED)
        and m.sure
        and head in _ORGANISATIONS
    )


def _window(text: str, base: int, f: _Found) -> str:
    """The words around a claim where a negation would undo it, without its own cue.

    A cue may hold a negation of its own ("no reason to doubt"): it is read as a whole.
    """
    lo = f.start if f.whole else max(base, f.start - 40)
    if f.cue is None:
        return text[lo : f.end]
    return text[lo : f.cue[0]] + " " + text[f.cue[1] : f.end]


# A list with commas goes on after its second name: "blames X, Y for", "blamed X, Y and Z".
_LIST_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,|(?:and|or|for|of|over)(?![\w\-]))", re.IGNORECASE)


def _coordinated_after(text: str, m: _Mention, after: _Mention) -> bool:
    """Say whether ``after`` is coordinated with ``m``: by "and"/"or", or in a list.

    A headline coordinates with a comma ("Iran blames Saudi Arabia, US for attack"): two
    names apart by a comma alone are a list when a list word or the cue's preposition
    follows the second; otherwise the second may be an aside on the first.
    """
    if _COORDINATION.fullmatch(text, m.end, after.start):
        return True
    if after.anaphor or _LIST_COMMA.fullmatch(text, m.end, after.start) is None:
        return False
    return _LIST_GOES_ON.match(text, after.end) is not None


# "X, a splinter group of Y, and Z claimed": an aside on the first name, then "and".
_ASIDE_THEN_AND = re.compile(
    r",\s+(?:a|an|the|one)\s[^,;.()]{3,140},\s*(?:and|or)\s+(?:the\s+)?", re.IGNORECASE
)


def _coordinated_before(text: str, mentions: list[_Mention], i: int) -> _Mention | None:
    """The mention that may be coordinated before ``mentions[i]``.

    The one just before, unless an aside on an earlier name holds it: in "X, a splinter
    group of Y, and Z claimed", X is coordinated with Z, and Y is only named in the aside.
    """
    if i == 0:
        return None
    for j in range(max(0, i - 4), i - 1):
        if _ASIDE_THEN_AND.fullmatch(text, mentions[j].end, mentions[i].start):
            return mentions[j]
    return mentions[i - 1]


def _coordinates(text: str, before: _Mention, m: _Mention) -> bool:
    """Say whether "and" (or "or") joins ``before`` to ``m``, past an aside on ``before``."""
    return bool(
        _COORDINATION.fullmatch(text, before.end, m.start)
        or _ASIDE_THEN_AND.fullmatch(text, before.end, m.start)
    )


def _with_coordinated(
    ctx: DocContext, p: _Patterns, mentions: list[_Mention], found: list[_Found]
) -> list[_Found]:
    """Add the actors coordinated with a claim's actor: "blamed Israel and the United States".

    The actor after ("X and Y", "either X or Y") and, for a subject, the one before
    ("X and Y had no role") share the claim's stance and cue.
    """
    out = list(found)
    k = 0
    while k < len(out):  # a list of three and more: each name takes the next
        f = out[k]
        k += 1
        if f.mention.anaphor:
            continue
        i = mentions.index(f.mention)
        taken = {o.mention for o in out if o.cue == f.cue}
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            after is not None
            and after not in taken
            and _coordinated_after(ctx.text, f.mention, after)
        ):
            out.append(replace(f, mention=after, end=max(f.end, after.end)))
        before = _coordinated_before(ctx.text, mentions, i)
        if (
            before is not None
            and before not in taken
            and before.end <= f.start <= f.mention.start
            and _coordinates(ctx.text, before, f.mention)
        ):
            out.append(replace(f, mention=before, start=before.start))
    return out


# "X claimed responsibility, along with the group known as Y": a partner in the claim,
# after it (up to the clause's end) or as an aside between X and its verb ("X, together
# with Y, claimed"), maybe described before its name.
_PARTNER = (
    r"(?:along|together|jointly)\s+with\s+"
    r"(?:(?:the|a|an)\s+(?:[\w\-]+\s+){0,4}?(?:known\s+as|called|named)\s+)?(?:the\s+)?"
)
_PARTNER_AFTER = re.compile(
    rf"[^.,;:!?()\"\u201c\u201d]{{0,60}}?(?:,\s*|\s+)({_PARTNER})$", re.IGNORECASE
)
_PARTNER_ASIDE = re.compile(rf"\s*,\s*({_PARTNER})$", re.IGNORECASE)


def _with_partners(text: str, mentions: list[_Mention], found: list[_Found]) -> list[_Found]:
    """Add the partners a claim names "along with" or "together with" its actor.

    "The Okvara Front claimed the attack along with the group known as the Velka
    Brigade": both claim it, each under the stance of the claim, from "along" on.
    """
    out = list(found)
    for f in found:
        if f.mention.anaphor:
            continue
        i = mentions.index(f.mention)
        verb = f.cue[0] if f.cue is not None else f.end
        for m in mentions[i + 1 : i + 3]:
            if m.start >= f.end:
                hit = _PARTNER_AFTER.match(text, f.end, m.start)
            else:
                hit = _PARTNER_ASIDE.match(text, f.mention.end, m.start) if m.end <= verb else None
            if hit is not None and all(o.mention != m for o in out):
                out.append(replace(f, mention=m, start=hit.start(1), end=m.end))
    return out


def _masked(text: str, modifiers: list[_Modifier]) -> str:
    """The text with the words of the cues that suspect blanked, offsets kept.

    A word of such a cue is no negation of what it governs: "are investigating whether X
    was behind" suspects X; "do not suspect that" still has its "not" outside the cue.
    """
    for m in modifiers:
        if m.stance is Stance.SUSPECTED:
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


# "No group, including X, has claimed": a name in an aside that includes it among none.
_AMONG_NONE = re.compile(
    r"(?<![\w\-])(?:no|none\s+of\s+the)\s+[\w\-]+(?:\s+[\w\-]+){0,3}\s*[,(\u2014]\s*"
    r"(?:including|not\s+even|let\s+alone|among\s+them)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _negation_window(text: str, masked: str, base: int, f: _Found) -> str:
    """The words where a negation would undo a claim: its clause, or the "no" of its aside."""
    at = f.mention.start
    among = _AMONG_NONE.search(text, max(0, at - 80), at)
    return among.group() if among else _clause_tail(_window(masked, base, f))


def _clause_tail(window: str) -> str:
    """Keep the words of ``window`` after its last clause break: a negation must be near."""
    cut = max(window.rfind(";"), window.rfind(". "), window.rfind(", "))
    return window[cut + 1 :] if cut >= 0 else window


def _final_stance(
    p: _Patterns, text: str, base: int, f: _Found, modifiers: list[_Modifier]
) -> Stance:
    if f.stance is not Stance.ASSERTED:
        return f.stance
    if f.mention.own:
        return Stance.CLAIMED  # the group tells its own act
    hedge = _hedge(p, text, f.mention, base)
    if hedge is not None:
        return hedge
    ends = [m.end for m in modifiers]
    i = bisect.bisect_right(ends, f.mention.start) - 1
    if i >= 0:
        end, stance = modifiers[i].end, modifiers[i].stance
        # The words of a cue before the name ("the gunmen who stormed the hotel were
        # members of X") are the cue's: the verb hedges the claim from where it opens.
        opens = f.start if end <= f.start < f.mention.start else f.mention.start
        gap = text[end - base : opens - base]
        words = [w.lower() for w in _WORD.findall(gap)]
        # "was believed to have been carried out by ISWAP": the verb hedges its agent.
        if len(gap) <= _LOOK and len(words) <= 7 and not {",", ";", "but"} & set(words):
            return stance
    return _belief_after(text, base, f) or f.stance


# ", officials believe.": a belief verb closing the sentence after its speaker.
_BELIEF_AFTER = re.compile(
    r"[^.;]*?,\s+(?:[\w'\u2019\-]+\s+){1,4}?(?P<verb>believe|believes|think|thinks|suspect"
    r"|suspects)\s*[.;!]?[\"'\u201d\u2019]?\s*$",
    re.IGNORECASE,
)


def _belief_after(text: str, base: int, f: _Found) -> Stance | None:
    """The stance a belief verb after the claim gives it: "X had links to Y, police believe"."""
    m = _BELIEF_AFTER.match(text, f.end - base)
    if m is None:
        return None
    return Stance.SUSPECTED if m.group("verb").lower().startswith("suspect") else Stance.BELIEVED


def _claim(
    ctx: DocContext,
    sentence: Sentence,
    p: _Patterns,
    f: _Found,
    stance: Stance,
    modifiers: list[_Modifier],
) -> AttributionClaim:
    start, end = max(f.start, sentence.start), min(f.end, sentence.end)
    span = Span(doc=ctx.document.id, start=start, end=end)
    quote = ctx.text[start:end]
    if stance is Stance.CLAIMED or (stance is Stance.DENIED and not _denied_by_another(f)):
        source = _group_speaks(ctx, sentence, p, f, stance)
    else:
        source = _a_groups_voice(ctx, p, find_source(ctx, start, end))
        if source == DOCUMENT_VOICE:
            source = _subject_speaks(ctx, p, sentence, f, modifiers) or source
    return AttributionClaim(
        span=span,
        quote=quote,
        source=source,
        actor=f.mention.actor,
        actor_text=f.mention.text,
        stance=stance,
    )


# A man speaking for an organisation: "a spokesman for the Okvara Front", "an official of X".
_SPEAKS_FOR = re.compile(
    r"(?:an?\s+|the\s+)?(?P<role>[\w\-]+)\s+(?:for|of)\s+(?:the\s+)?(?P<name>[^,()]+)",
    re.IGNORECASE,
)


def _a_groups_voice(ctx: DocContext, p: _Patterns, source: Source) -> Source:
    """A speaker for a group the text names as an actor speaks for the group, no state.

    "a spokesman for the Okvara Front (OF)", "a spokesman for the OF": the group's man,
    whether the lexicon knows the group or the text names it an actor (its acronym too).
    """
    m = _SPEAKS_FOR.fullmatch(source.name or "") if source.kind is SourceKind.OFFICIAL else None
    if m is None or m.group("role").lower() not in p.members:
        return source
    name = m.group("name").strip()
    found = _discovered(ctx, p).actors
    actor = p.aliases.get(" ".join(name.lower().split())) or found.get(name.lower())
    if actor is None and name.isupper():
        # An acronym the text does not define: the one actor of the text it fits.
        fits = {a for a in found.values() if acronym_fits(name, a)}
        actor = fits.pop() if len(fits) == 1 else None
    if actor is None or _is_state(ctx, p, actor):
        return source
    return source.model_copy(update={"kind": SourceKind.MILITANT})


def _denied_by_another(f: _Found) -> bool:
    """Say whether a denial names its actor after the cue: another denies it for them.

    "X denied involvement" is X's own voice; "was not an X attack" and "denied that X was
    involved" are the speaker's, who denies X's part.
    """
    return f.cue is not None and f.cue[1] <= f.mention.start


def _subject_speaks(
    ctx: DocContext,
    p: _Patterns,
    sentence: Sentence,
    f: _Found,
    modifiers: list[_Modifier],
) -> Source | None:
    """The subject of the verb that blames or suspects, when it speaks ("Officials blamed").

    A country or a city just before the verb is its government's voice: "Moscow blamed
    Ukraine", "Zelvania has blamed the Velka Brigade".
    """
    at = f.speaker_at
    ends = [m.end for m in modifiers]
    i = bisect.bisect_right(ends, f.mention.start) - 1
    if i >= 0 and f.mention.start - ends[i] <= _LOOK:
        at = modifiers[i].start
    if at is None:
        return None
    return speaker_before(ctx, at) or _place_speaks(ctx, p, sentence, at)


def _place_speaks(ctx: DocContext, p: _Patterns, sentence: Sentence, at: int) -> Source | None:
    """A country or a city just before the verb at ``at``: its government speaks."""
    before = _WORD.findall(ctx.text, max(sentence.start, at - 40), at)
    while len(before) > 1 and (before[-1].lower() in p.habitual or _adverb(p, before[-1])):
        before = before[:-1]  # "Tunisia has blamed", "Moscow quickly blamed"
    name = before[-1] if before and before[-1][:1].isupper() else ""
    if not name or _FIRST_WORD.fullmatch(name) is None:
        return None
    known = name.lower() in p.discovery.capitals or name.lower() in p.discovery.countries
    if known or gazetteer(ctx.lexicon).resolve(name).level in ("country", "city"):
        return Source(name=name, kind=SourceKind.OFFICIAL)
    return None


def _group_speaks(
    ctx: DocContext, sentence: Sentence, p: _Patterns, f: _Found, stance: Stance
) -> Source:
    """The group speaks for itself, through its outlets and whoever relays it."""
    via: list[Source] = [
        Source(name=o.text, kind=SourceKind.MILITANT)
        for o in _find(p.outlet_re, p.outlets, ctx.text, sentence, _tokens(ctx, sentence))
        if p.outlets.get(o.text.lower()) in (f.mention.actor, None)
        or _same_family(ctx.lexicon, p.outlets.get(o.text.lower(), ""), f.mention.actor)
    ]
    outer = find_source(ctx, f.start, f.end)
    known = [s.name.lower() for s in via if s.name]
    if (
        outer != DOCUMENT_VOICE
        and outer.name != f.mention.actor
        and stance is Stance.CLAIMED
        and not any(name in (outer.name or "").lower() for name in known)
        and f.mention.text.lower() not in (outer.name or "").lower()
    ):
        via.append(outer)
    return Source(name=f.mention.actor, kind=_own_kind(ctx, p, f.mention), via=tuple(via))


def _own_kind(ctx: DocContext, p: _Patterns, m: _Mention) -> SourceKind:
    """The kind of an actor speaking for itself: a state's voice is official."""
    state = m.voice or _is_state(ctx, p, m.actor)  # "Zelvanian officials denied"
    return SourceKind.OFFICIAL if state else SourceKind.MILITANT


def _same_family(lexicon: Lexicon, a: str, b: str) -> bool:
    return bool(a) and lexicon.actors.family(a) == lexicon.actors.family(b)


# --- names the lexicon does not know --------------------------------------------------------


@dataclass(frozen=True)
class _Discovery:
    """The frames in which a name the lexicon does not know is read as an actor.

    A cue qualifies when the group speaks of its own act (claims, denials) or when its
    words name a perpetrator strongly (``discovery_words``: "was behind", "carried out",
    "blamed"); a country, or its capital, qualifies only in an accusation or a denial
    (``accusation_words``).
    """

    after: frozenset[int]  # indices of the stance cues (after the actor) that qualify
    reported: frozenset[int]  # "X said its fighters stormed": only a name of a group's form
    reporting: frozenset[str]  # the reporting verbs those cues open with
    act_words: frozenset[str]  # the first words of the acts they tell
    own_act: re.Pattern[str] | None  # after "we" or "our": "(fighters) stormed", "are behind"
    quote_speaker: re.Pattern[str] | None  # ',” X said' / ',” said X': who closes a quotation
    speaker_opens: re.Pattern[str] | None  # 'X said in a statement: “': who opens one
    before: frozenset[int]  # indices of the agent cues (before the actor) that qualify
    firsts: frozenset[str]  # their first words: a sentence without one is skipped
    accusation: frozenset[str]
    naming: frozenset[str]
    capitals: dict[str, str]  # capital (lower case) -> its country
    demonyms: frozenset[str]  # "pakistani": an adjective, never a name by itself
    countries: dict[str, str]  # the lexicon's countries (lower case), before the gazetteer
    cities: frozenset[str]  # the lexicon's cities (lower case)
    militants: frozenset[str]  # irregular attackers: "gunmen", "militants"
    linked: re.Pattern[str] | None  # "-linked", " affiliated": the name modifies another
    tied: re.Pattern[str] | None  # "militants linked to (the)" just before a name
    acts: re.Pattern[str] | None  # an act of attack just after it: "stormed"
    superlatives: frozenset[str]  # "the deadliest attack by": a class of events
    described: _Described | None = None  # "the militant group X", "X, an Okvara affiliate"
    marked: frozenset[str] = frozenset()  # the words that name a perpetrator, and accusations
    kind: re.Pattern[str] | None = None  # " separatist group": a kind noun after lower words

    @classmethod
    def build(
        cls,
        lexicon: Lexicon,
        after_items: list[tuple[str, Stance]],
        before_items: list[tuple[str, Stance]],
    ) -> _Discovery:
        act, events = lexicon.actors, lexicon.events
        aside = _aside_pattern(lexicon.dates.weekdays)
        accusation = frozenset(w.lower() for w in act.accusation_words)
        reporting = frozenset(w.lower() for w in lexicon.sources.reporting_verbs)
        marked = frozenset(w.lower() for w in act.discovery_words) | accusation
        # An attacker's noun names a perpetrator after a name ("X was the prime suspect"),
        # not before it, where it is a title ("the suspect Karim Okvara").
        titles = frozenset(w.lower() for w in act.militant_nouns)
        slots = {
            "{attackers}": _slot_words(act.militant_nouns),
            "{event}": _slot_words(act.event_nouns),
        }
        after, before, firsts = _discovery_cues(
            after_items, before_items, marked, reporting, marked - titles, slots
        )
        # "claimed responsibilty": a sentence holding a misspelling of a gate word may match.
        firsts |= {w for word in firsts for w in act.misspellings.get(word, ())}
        return cls(
            after=after,
            reported=_reported_cues(after_items, after),
            reporting=reporting,
            act_words=_first_words([*act.attack_verbs, *_OWN_ACTS]),
            own_act=_own_act_re(act.attack_verbs, act.own_act_leads),
            quote_speaker=_speaker_re(_QUOTE_SPEAKER, reporting, aside),
            speaker_opens=_speaker_re(_SPEAKER_OPENS, reporting, aside),
            before=before,
            firsts=firsts,
            accusation=accusation,
            naming=frozenset(w.lower() for w in act.naming_words),
            capitals={v.lower(): k for k, v in events.capitals.items()},
            demonyms=frozenset(d.lower() for d in events.demonyms),
            countries={
                c.lower(): c
                for c in (*events.capitals, *events.demonyms.values(), *events.cities.values())
            },
            cities=frozenset(c.lower() for c in events.cities),
            militants=frozenset(w.lower() for w in act.militant_nouns),
            superlatives=frozenset(w.lower() for w in act.superlatives),
            linked=_linked_re(act.link_words),
            tied=_tied_re(act.militant_nouns, act.link_words),
            acts=re.compile(rf"\s+{_act_pattern(act.attack_verbs)}", re.IGNORECASE),
            described=_Described.build(lexicon),
            marked=marked,
            kind=_kind_re(act.kind_nouns),
        )


def _kind_re(nouns: Iterable[str]) -> re.Pattern[str] | None:
    """A kind noun just after a name, behind at most two lower-case words: " terrorist group"."""
    if not nouns:
        return None
    return re.compile(rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{_words_alt(nouns)})(?![\w\-])")


def _reported_cues(after_items: list[tuple[str, Stance]], after: frozenset[int]) -> frozenset[int]:
    """The claims told by a reporting verb and the group's own words.

    "said{aside} {own} {act}", "said one of its", "said a member of": a name of a group's
    form only, as a reporting verb is in every other sentence.
    """
    return frozenset(
        i
        for i, (cue, stance) in enumerate(after_items)
        if i not in after and stance is Stance.CLAIMED
    )


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(w.split()[0].lower() for w in phrases if w.split())


def _own_act_re(verbs: Iterable[str], leads: Iterable[str] = ()) -> re.Pattern[str]:
    """What follows a group's "we" or "our" when it tells its act: "(fighters) stormed".

    Or one of the ``leads`` before the act: "we are the ones who carried out".
    """
    lead = alternation(list(leads), spaces=r"\s+")
    words = rf"(?:\s+(?:{lead})|(?:\s+[\w\-]+){{0,2}}?)" if lead else r"(?:\s+[\w\-]+){0,2}?"
    return re.compile(
        rf"{words}(?:\s+{_act_pattern(verbs)}"
        r"|\s+(?:are|were)\s+behind|\s+(?:claim|take)\s+(?:full\s+)?responsibility)",
        re.IGNORECASE,
    )


# A speaker's noun phrase next to a quotation: no clause break, no quotation mark.
_SPEAKER_NP = r"[^,.;:!?\"\u201c\u201d\u2018\u2019]{1,100}?"
# The speaker named after a quotation closes: ',” the Qarnat Front (QF) said'.
_QUOTE_SPEAKER = (
    r"[,.!?]\s*[\"\u201d\u2019]\s*(?:(?:{alt})\s+(?P<after>{np})(?=\s*[,.;]|\s+in\s|$)"
    r"|(?P<before>{np})\s+(?:{alt})(?![\w\-]))"
)
# The speaker named before a quotation opens: 'the Qarnat Front (QF) said: “'.
_SPEAKER_OPENS = r"(?P<before>{np})\s+(?:{alt}){aside}\s*[\"\u201c\u2018]$"


def _speaker_re(template: str, verbs: Iterable[str], aside: str) -> re.Pattern[str] | None:
    """A speaker by a quotation: ``template`` with the reporting verbs and aside filled in."""
    alt = _words_alt(verbs)
    if not alt:
        return None
    return re.compile(template.format(alt=alt, np=_SPEAKER_NP, aside=aside), re.IGNORECASE)


def _tied_re(nouns: list[str], links: list[str]) -> re.Pattern[str] | None:
    noun, link = _words_alt(nouns), _words_alt(links)
    if not noun or not link:
        return None
    # "a local organisation affiliated with X bombed": a group tied to X acts for it too.
    return re.compile(
        rf"(?<![\w\-])(?:{noun}|{_FROM_HEADS}s?)\s+(?:{link})\s+(?:to|with|by)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _linked_re(words: list[str]) -> re.Pattern[str] | None:
    """A link word just after a name: "an Okvara-linked group", "a Zelvania backed group".

    A link word that takes an object or a particle after it is the name's verb, not its
    tie: "the Okvara Front led the assault", "the Okvara Front owned up to it".
    """
    alt = _words_alt(words)
    verb = r"\s+(?:up|the|a|an|its|their|his|her)(?![\w\-])"
    return re.compile(rf"[\-\u2010\s](?:{alt})(?![\w\-])(?!{verb})") if alt else None


def _discovery_cues(
    after_items: list[tuple[str, Stance]],
    before_items: list[tuple[str, Stance]],
    marked: frozenset[str],
    reporting: frozenset[str],
    marked_before: frozenset[str],
    slots: Mapping[str, frozenset[str]],
) -> tuple[frozenset[int], frozenset[int], frozenset[str]]:
    """The indices of the cues after and before the actor that discover, and their gates.

    "X said its fighters ...": a reporting verb alone is in every other sentence; the cues
    with a rarer word ("said it carried out") are enough to find the name. The cues
    before the actor are marked by ``marked_before``.
    """
    after = {
        i
        for i, (cue, stance) in enumerate(after_items)
        if _names(cue, stance, marked)
        and _gate_word(cue, marked) not in reporting
        and not _tells_an_act(cue, marked)
    }
    before = {
        i for i, (cue, stance) in enumerate(before_items) if _takes_name(cue, stance, marked_before)
    }
    firsts = {w for i in after for w in _gates(after_items[i][0], marked, slots)}
    firsts |= {w for i in before for w in _gates(before_items[i][0], marked_before, slots)}
    return frozenset(after), frozenset(before), frozenset(firsts)


def _slot_words(nouns: Iterable[str]) -> frozenset[str]:
    """The word a sentence must hold for each of a placeholder's nouns: its longest."""
    words = (_FIRST_WORD.findall(noun.lower()) for noun in nouns)
    return frozenset(max(found, key=len) for found in words if found)


def _gates(cue: str, marked: frozenset[str], slots: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The words one of which a sentence must hold for ``cue`` to match.

    Its rarest-looking word (see :func:`_gate_word`); where all its words are common
    ("{attackers} were from", "{event} by"), a noun of its placeholder is rarer than any
    of them: the sentence must hold one of those.
    """
    gate = _gate_word(cue, marked)
    if gate not in _COMMON | _LINKS:
        return frozenset({gate})
    for slot, words in slots.items():
        if slot in cue and words:
            return words
    return frozenset({gate})


def _tells_an_act(cue: str, marked: frozenset[str]) -> bool:
    """Say whether a cue only reports an act ("tweeted that its fighters stormed").

    Such a cue names no responsibility: a new name in its slot needs a group's form. Nor
    does one that names the author after it ("said the attack was carried out by"): anyone
    may say so; only a group or its outlet saying it claims it.
    """
    return ("{act}" in cue and marked.isdisjoint(_cue_words(cue))) or cue.endswith(" by")


def _names(cue: str, stance: Stance, strong: frozenset[str]) -> bool:
    """Say whether a cue after the actor names a perpetrator strongly enough to discover."""
    return stance in (Stance.CLAIMED, Stance.DENIED) or not strong.isdisjoint(_cue_words(cue))


def _takes_name(cue: str, stance: Stance, marked: frozenset[str]) -> bool:
    """Say whether a cue before the actor takes a name it may discover.

    A claim ("claimed by"), an event's agent ("an attack by") and a cue with a word that
    names a perpetrator ("carried out by", "blamed") do; a victim's passive ("were killed
    by") may name a person or a force. A belief that takes a clause ("suspect that") names
    no one, one that ends in a preposition takes its actor as object ("suspicion fell
    on"). A count ("{number} gunmen from") is followed by a place as often as by a group.
    """
    words = _cue_words(cue)
    if "{attackers}" in cue:
        return True  # "the gunmen were members of X": the attackers' group
    if "{number}" in cue:
        return False
    if stance is Stance.CLAIMED or cue.startswith("{event}") or not marked.isdisjoint(words):
        return True
    # "suspicion fell on X", "the main suspect is X", "were assessed to be X", and a noun
    # with the name in apposition after its comma ("one main suspect, X,").
    return stance is not Stance.ASSERTED and (
        (words or [""])[-1] in _PREPOSITIONS | _COPULAS or cue.endswith(",")
    )


_COPULAS = frozenset({"is", "was", "are", "were", "be"})
_COMMON = frozenset(
    {"the", "a", "an", "of", "to", "on", "in", "at", "with", "was", "were", "is", "are", "has",
     "have", "had", "been", "it", "its", "that", "for", "any", "no", "not", "be", "may"}
)  # fmt: skip


# Words as common as those of _COMMON that a cue may still hold alone ("{event} by").
_LINKS = frozenset({"by", "from"})


def _gate_word(cue: str, marked: frozenset[str]) -> str:
    """The word a sentence must hold for ``cue`` to match: its rarest-looking word.

    A word that names a perpetrator ("behind", "blamed") first, else the longest uncommon
    one ("had nothing to do with": "nothing").
    """
    words = _cue_words(cue)
    rare = [w for w in words if w in marked] or [w for w in words if w not in _COMMON] or words
    return max(rare, key=len, default="")


def _cue_words(cue: str) -> list[str]:
    """The literal words of a cue, lower case, without its placeholders."""
    return list(_FIRST_WORD.findall(_PLACEHOLDER.sub(" ", cue).lower()))


@dataclass(frozen=True)
class _Discovered:
    """The actors a document names that the lexicon does not know."""

    actors: dict[str, str]  # name as written (lower case) -> actor
    state: frozenset[str]  # those that are countries
    index: _NameIndex | None
    first_words: frozenset[str]
    outlets: frozenset[str] = frozenset()  # names (lower case) of a group's outlets


_NONE_FOUND = _Discovered({}, frozenset(), None, frozenset())


def _discovered(ctx: DocContext, p: _Patterns) -> _Discovered:
    """Return the actors the document names in a responsibility frame (cached).

    Every sentence holding a qualifying cue is read with its capitalised phrases as
    candidate actors; a candidate in the actor slot of a qualifying cue is an actor, under
    its own spelling (and its bracketed acronym), everywhere in the document.
    """
    found = ctx.memo(_ActorsMemo).discovered
    if found is not None:
        return found
    ctx.memo(_ActorsMemo).discovered = _NONE_FOUND  # no recursion while reading
    actors: dict[str, str] = {}
    state: set[str] = set()
    outlets: dict[str, str] = {}
    for sentence in ctx.sentences:
        present = _present(ctx, sentence)
        frames = not p.discovery.firsts.isdisjoint(present) or _reports_an_act(p, present)
        for name, actor in _described_groups(ctx, p, sentence, present):
            actors.setdefault(name, actor)
        for (name, actor), outlet in _tied_outlets(ctx, p, sentence, present):
            actors.setdefault(name, actor)
            outlets.setdefault(outlet, actor)
        if (
            not frames
            and p.discovery.militants.isdisjoint(present)
            and _OWN_WORDS.isdisjoint(present)
        ):
            continue  # no cue, no attackers named ("X gunmen stormed"), no group's "we"
        for name, actor, is_state in _discover_in(ctx, p, sentence, present, frames):
            actors.setdefault(name, actor)
            if is_state:
                state.add(actor)
        if not _OWN_WORDS.isdisjoint(present):
            for name, actor in _discover_speakers(ctx, p, sentence):
                actors.setdefault(name, actor)
    actors.update(_spelled_variants(ctx))  # a known group's spelling or acronym is the group
    actors.update(_short_forms(ctx, p, actors))
    actors.update(_quoted_blamed(ctx))
    if actors:
        actors = _as_defined(ctx, p, actors)
        actors = _one_spelling(ctx, actors)
        # An outlet speaks for its group, whatever frame found its name.
        actors.update((o, actors.get(g.lower(), g)) for o, g in outlets.items())
        index = _NameIndex.build(actors)
        found = _Discovered(actors, frozenset(state), index, index.first_words, frozenset(outlets))
    else:
        found = _NONE_FOUND
    ctx.memo(_ActorsMemo).discovered = found
    return found


class _Disguise(NamedTuple):
    """The words around a costume's name, and a pattern any costume's words match."""

    openers: str  # "dressed as", "disguised as"
    nouns: str  # "costume", "mask"
    # An opener before a space or a noun after one: a text without it names no costume,
    # and its names need no pattern of their own.
    hint: re.Pattern[str]


@per_lexicon
def _disguise_re(lexicon: Lexicon) -> _Disguise | None:
    """The words around a costume's name: "dressed as", "disguised as"; "costume", "mask"."""
    act = lexicon.actors
    if not act.disguise_openers and not act.disguise_nouns:
        return None
    openers, nouns = alternation(act.disguise_openers), alternation(act.disguise_nouns)
    hint = re.compile(rf"(?<![\w\-])(?:{openers})\s|\s(?:{nouns})(?![\w\-])", re.IGNORECASE)
    return _Disguise(openers, nouns, hint)


def _worn(ctx: DocContext, name: str) -> bool:
    """Say whether the document names ``name`` as a costume or a disguise (cached).

    "A gunman dressed as Velka", "in a Velka costume": Velka is what the attacker wore,
    and a nickname made of it ("the Velka gunman kills 30") names no group. Only names
    the lexicon does not know are asked: "militants posing as Okvara fighters" still
    names Okvara.
    """
    memo = ctx.memo(_ActorsMemo).worn
    found = memo.get(name)
    if found is None:
        found = memo[name] = _worn_in(ctx, name)
    return found


def _worn_in(ctx: DocContext, name: str) -> bool:
    words = _disguise_re(ctx.lexicon)
    if words is None or not name.strip():
        return False
    memo = ctx.memo(_ActorsMemo)
    if memo.disguised is None:
        memo.disguised = words.hint.search(ctx.text) is not None
    if not memo.disguised:
        return False
    openers, nouns = words.openers, words.nouns
    written = r"\s+".join(re.escape(w) for w in name.split())
    costume = re.compile(
        rf"(?<![\w\-])(?:{openers})\s+(?:(?:a|an|the)\s+)?{written}(?![\w\-])"
        rf"|(?<![\w\-]){written}\s+(?:{nouns})(?![\w\-])",
        re.IGNORECASE,
    )
    return costume.search(ctx.text) is not None


_QUOTED_NP = (
    r"[\"\u201c\u2018']((?-i:[a-z][a-z\-]+)(?:\s+(?-i:[a-z][a-z\-]+)){0,3})[\"\u201d\u2019']"
)


@per_lexicon
def _quoted_blame_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Blame of quoted common nouns for an event: "blamed 'foreign agents' for the attack"."""
    act = lexicon.actors
    blame = _words_alt(w for w in act.accusation_words if w.lower().startswith("blam"))
    events = _words_alt(act.event_nouns)
    if not blame or not events:
        return None
    return re.compile(
        rf"(?<![\w\-])(?:{blame})\s+(?P<list>{_QUOTED_NP}(?:\s*(?:,|and|,\s*and)\s*{_QUOTED_NP})*)"
        rf"\s+for\s+(?:[\w'\u2019\-]+\s+){{0,3}}?(?:{events})(?![\w\-])",
        re.IGNORECASE,
    )


def _quoted_blamed(ctx: DocContext) -> dict[str, str]:
    """The common nouns a speaker blames in quotation marks, as the document's own actors.

    Quotation marks make a description a name ("blamed 'hired thugs' and 'foreign agents'
    for the killings"): whoever is blamed so for an event is named as its perpetrator.
    """
    regex = _quoted_blame_re(ctx.lexicon)
    if regex is None:
        return {}
    found: dict[str, str] = {}
    for hit in regex.finditer(ctx.text):
        for name in re.findall(_QUOTED_NP, hit.group("list")):
            found.setdefault(name.lower(), name)
    return found


def _as_defined(ctx: DocContext, p: _Patterns, actors: dict[str, str]) -> dict[str, str]:
    """The document's own actors under the full name the document defines them by.

    "The Okvara Zelvan Front (OZF) ...": a group found as "OZF" is the Okvara Zelvan Front,
    and every name the document gives it ("also known as ...") names it too. A name the
    lexicon knows keeps the lexicon's spelling.
    """
    defined = definitions(name_grammar(ctx.lexicon), ctx.text)
    if not defined:
        return actors
    out = dict(actors)
    for key, actor in actors.items():
        group = defined.get(actor.lower()) or defined.get(key)
        if group is None or actor in p.canonical:
            continue
        full = out[key] = _spelled(p, group)
        for form, other in defined.items():
            if other == group and form not in p.aliases:
                out.setdefault(form, full)
    return out


def _one_spelling(ctx: DocContext, actors: dict[str, str]) -> dict[str, str]:
    """The document's own actors, each under one name: its fullest.

    "the Okvara Front" and later "Okvara": a name that opens another with an organisation's
    head ("Okvara" in "Okvara Ibn Zelvani Brigade") is that group; names whose consonants
    agree ("Qelka Brigade", "Kelka Brigade") are one group, under the longest spelling.
    """
    heads = name_grammar(ctx.lexicon).heads
    names = sorted(set(actors.values()), key=len, reverse=True)
    fullest: dict[str, str] = {}
    for name in names:
        longer = (
            n
            for n in names
            if len(n) > len(name)
            and (
                _skeleton(n) == _skeleton(name)
                or (n.startswith(name + " ") and n.split()[-1].lower() in heads)
            )
        )
        fullest[name] = next(longer, name)
    return {k: fullest.get(v, v) for k, v in actors.items()}


# Nouns of a part of a group: "X, an Okvara affiliate", "X, a splinter group of Okvara".
_PART_NOUNS = ("affiliate", "offshoot", "splinter", "branch", "wing", "faction", "franchise")


@dataclass(frozen=True)
class _Described:
    """The descriptions that tell a name is an armed group's, wherever it stands.

    "the militant group (known as) X", "X militant group", "X, an Okvara-linked network",
    "X is a Zelvan militant group": the group nouns are the armed back-references' heads
    ("group", "outfit", "faction") and the lexicon's heads written after a name
    ("network", "militia"); the describing words are those of the back-references ("the
    militant group": "militant") and the ties of ``link_words`` ("Okvara-linked").
    """

    nouns: frozenset[str]  # the group nouns, for the cheap set test
    before: re.Pattern[str]  # the description just before a name
    after: re.Pattern[str]  # the describing word and group noun just after it
    apposed: re.Pattern[str]  # an apposition or a copula after it, describing it
    sure: re.Pattern[str]  # what an apposition must hold: "militant", "Okvara-linked", "affiliate"

    @classmethod
    def build(cls, lexicon: Lexicon) -> _Described | None:
        act = lexicon.actors
        armed = [k.lower().split() for k, v in act.anaphors.items() if v == "armed"]
        nouns = {w[-1] for w in armed if not w[-1].endswith("s")}
        nouns |= {h.lower() for h in act.trailing_heads if not h.lower().endswith("s")}
        mods = {w[1] for w in armed if len(w) == 3}
        if not nouns or not mods or not act.link_words:
            return None
        noun, mod = _words_alt(nouns), _words_alt(mods)
        tie = rf"[\w'\u2019]+[\-\u2010](?:{_words_alt(act.link_words)})"
        sure = rf"(?:{mod}|{tie}|{'|'.join(_PART_NOUNS)})"
        return cls(
            nouns=frozenset(nouns) | set(_PART_NOUNS),
            before=re.compile(
                rf"(?<![\w\-])(?:{mod}|{tie})\s+(?:(?:{mod})\s+)?(?:{noun})\s+"
                r"(?:(?:known|referred\s+to)\s+as\s+|called\s+|named\s+|of\s+)?(?:the\s+)?"
                r"[\"\u201c\u2018']?$",
                re.IGNORECASE,
            ),
            after=re.compile(
                rf"[\"\u201d\u2019']?\s+(?P<mods>(?:(?:{mod})\s+){{0,2}})(?P<noun>{noun})(?![\w\-])",
                re.IGNORECASE,
            ),
            apposed=re.compile(
                rf"(?:\s*,\s+|\s+(?:is|was)\s+)(?:an?|the|[\w\-]+['\u2019]s?)\s+"
                # The group noun heads it: "a spokesman of the militant group" is a man's.
                rf"(?:(?!(?:of|for|in|with|to|from|at|by|on)\s)[\w\-'\u2019]+\s+){{0,4}}?"
                rf"(?:(?:{noun}|{'|'.join(_PART_NOUNS)})(?![\w\-]))",
                re.IGNORECASE,
            ),
            sure=re.compile(rf"(?<![\w\-]){sure}(?![\w\-])", re.IGNORECASE),
        )


def _described_groups(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str]
) -> Iterator[tuple[str, str]]:
    """Yield the unknown names ``sentence`` describes as an armed group's, and the actor.

    "the militant group known as Jund al-Velka", "the Okvara Front militant group", "Jund
    al-Velka, a Zelvan-based faction": the group is found wherever else the document
    tells what it did, as a group the lexicon knows is. A place is never one ("the
    Dunmar-based group"); a one-word name needs a describing word ("the Velka militant
    group"), not the bare noun ("the Velka group" may be a company's).
    """
    d = p.discovery.described
    if d is None or d.nouns.isdisjoint(present):
        return
    text = ctx.text
    for c, span in _candidates(ctx, p, sentence):
        if span.name.lower() in p.aliases or not _described_by(d, text, sentence, c):
            continue
        read = _as_actor(ctx, p, span, "", Stance.ASSERTED)
        if read is None or read[1]:
            continue
        yield span.name.lower(), read[0]
        if span.acronym:
            yield span.acronym.lower(), read[0]


def _named_whole(c: _Mention, noun: str) -> bool:
    """Say whether a name before a bare group noun is a group's: "the Okvara Sabrun group".

    A one-word name may be a company's or a family's ("the Velka group"), and a part of a
    group named by its leader is the group's part ("the Karim Okvara faction of X").
    """
    return " " in c.text.strip() and noun.lower() not in _PART_NOUNS


_INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])an?\s+$", re.IGNORECASE)


def _described_by(d: _Described, text: str, sentence: Sentence, c: _Mention) -> bool:
    """Say whether a description of an armed group stands just before or after a name."""
    if d.before.search(text, max(sentence.start, c.start - _LOOK), c.start) is not None:
        return True
    after = d.after.match(text, c.end, sentence.end)
    if after is not None and (after.group("mods") or _named_whole(c, after.group("noun"))):
        # "a Zelvan militant group": after an indefinite article the word is a kind, no name.
        return _INDEFINITE_BEFORE.search(text, max(sentence.start, c.start - 4), c.start) is None
    apposed = d.apposed.match(text, c.end, sentence.end)
    return apposed is not None and d.sure.search(apposed.group()) is not None


def _tied_outlets(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str]
) -> Iterator[tuple[tuple[str, str], str]]:
    """Yield the unknown groups an outlet is tied to, and the outlet's name (lower case).

    "The Velka-affiliated news agency Okvara", "the Velka-run Okvara radio", "the Okvara
    news agency, which is affiliated with Velka": Velka has an outlet, so it is a group
    (no state: "the Zelvania-backed agency"), and Okvara speaks for it. Only an outlet
    the text names: "a Velka-linked news agency said" is read by the back-references.
    """
    forms = _outlet_forms(ctx.lexicon)
    if forms is None or forms.firsts.isdisjoint(present):
        return
    text, grammar = ctx.text, name_grammar(ctx.lexicon)
    for m in forms.before.finditer(text, sentence.start, sentence.end):
        spans = list(names_in(grammar, text, m.start("group"), m.end("group")))
        if spans and spans[-1].end == m.end("group"):
            yield from _tied_outlet(ctx, p, spans[-1], m.group("outlet"))
    for c, span in _candidates(ctx, p, sentence):
        tie = forms.after.search(text, max(sentence.start, c.start - 120), c.start)
        if tie is not None:
            yield from _tied_outlet(ctx, p, span, tie.group("outlet"))


# The capitalised words of an outlet's phrase: its name, and its noun if capitalised.
_OUTLET_WORDS = re.compile(r"(?-i:[A-Z])[\w'\u2019\-]*(?:\s+(?-i:[A-Z])[\w'\u2019\-]*)*")


def _tied_outlet(
    ctx: DocContext, p: _Patterns, group: NameSpan, outlet: str
) -> Iterator[tuple[tuple[str, str], str]]:
    """The group and its outlet's name, if the group is no state and the outlet named."""
    read = _as_actor(ctx, p, group, "", Stance.CLAIMED)
    if read is None or read[1] or group.name.lower() in p.aliases:
        return
    nouns = {w for n in ctx.lexicon.actors.outlet_nouns for w in n.lower().split()}
    for run in _OUTLET_WORDS.findall(outlet):
        words = run.split()
        while words and words[-1].lower() in nouns:
            words.pop()  # "Okvara News Agency": the name is Okvara
        if words and words[0].lower() in _DETS:
            words.pop(0)  # "The Okvara news agency"
        name = " ".join(words)
        if name and name.lower() not in nouns and name.lower() not in p.outlets:
            yield (group.name.lower(), read[0]), _folded(name)


def _discover_speakers(
    ctx: DocContext, p: _Patterns, sentence: Sentence
) -> Iterator[tuple[str, str]]:
    """Yield the unknown groups whose speaker tells the group's own act as "we" or "our".

    ""Our fighters stormed the base," said a spokesman for the Qarnat Front": the name in
    the speaker's phrase, in a group's form, is the group that speaks.
    """
    own_act = p.discovery.own_act
    for m in _OWN_RE.finditer(ctx.text, sentence.start, sentence.end):
        if own_act is None or own_act.match(ctx.text, m.end(), sentence.end) is None:
            continue
        source = find_source(ctx, m.start(), m.end())
        name = source.name or ""
        at = _nearest(ctx.text, name, m.start()) if source != DOCUMENT_VOICE and name else None
        span = (at, at + len(name)) if at is not None else _speaker_after_quote(ctx, p, m.end())
        if span is not None:
            yield from _groups_speaking(ctx, p, *span)
            yield from _groups_beside(ctx, p, *span)


def _groups_beside(ctx: DocContext, p: _Patterns, lo: int, hi: int) -> Iterator[tuple[str, str]]:
    """The unknown group a speaker's aside makes him speak for (see :func:`_group_beside`)."""
    where = ctx.sentence_at(lo)
    if where is None:
        return
    for c, span in _candidates(ctx, p, where):
        if not _group_form(span):
            continue
        mention = _Mention(c.start, c.end, span.name, span.name)
        if _group_beside(ctx.text, [mention], lo, hi) is None:
            continue
        read = _as_actor(ctx, p, span, "", Stance.CLAIMED)
        if read is not None and not read[1]:
            yield span.name.lower(), read[0]


def _groups_speaking(ctx: DocContext, p: _Patterns, lo: int, hi: int) -> Iterator[tuple[str, str]]:
    """The unknown names of a group's form that the speaker's phrase at ``lo`` stands for."""
    where = ctx.sentence_at(lo)
    if where is None:
        return
    hi = _past_bracket(ctx.text, hi)
    for c, span in _candidates(ctx, p, where):
        inside = lo <= c.start and c.end <= hi
        if not (inside and _group_form(span)) or not _speaks_for(p, ctx.text, lo, hi, c):
            continue
        read = _as_actor(ctx, p, span, "", Stance.CLAIMED)
        if read is not None and not read[1]:
            yield span.name.lower(), read[0]
            if span.acronym:
                yield span.acronym.lower(), read[0]


def _reports_an_act(p: _Patterns, present: set[str]) -> bool:
    """Say whether a sentence may report a group's own act: a reporting verb and an act."""
    d = p.discovery
    return not d.reporting.isdisjoint(present) and not d.act_words.isdisjoint(present)


def _discover_in(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str], frames: bool
) -> Iterator[tuple[str, str, bool]]:
    """Yield ``(name as written, actor, is a state)`` for the candidates a cue takes.

    Without ``frames`` (no discovery cue in the sentence) only the attackers' frames are
    read: "X gunmen stormed", "militants linked to X stormed".
    """
    known = _named_known(ctx, p, sentence, None)
    candidates = _new_candidates(ctx, p, sentence, known)
    if not candidates:
        return
    mentions = sorted([*known, *(c for c, _ in candidates.values())], key=_start_of)
    found = _frames_of(ctx, p, sentence, mentions, present) if frames else []
    found += _armed_attackers(ctx, p, sentence, [c for c, _ in candidates.values()])
    found += _linked_attackers(ctx, p, sentence, [c for c, _ in candidates.values()])
    found += _claimed_events(ctx, p, sentence, [c for c, _ in candidates.values()])
    direct = {f.mention.start for f in found}
    for f in _with_coordinated(ctx, p, mentions, found):
        hit = candidates.get(f.mention.start)
        if hit is None or f.cue is None or _capitalised_cue(ctx, p, sentence, f.cue[0], hit[1]):
            continue
        cue = _cue_with_tail(ctx, p, f, f.cue)
        if not _of_a_needed_form(p, f, direct, cue, hit[1]):
            continue
        read = _as_actor(ctx, p, hit[1], cue, f.stance)
        if read is not None:
            actor, is_state = read
            yield hit[1].name.lower(), actor, is_state
            if hit[1].acronym:
                yield hit[1].acronym.lower(), actor, is_state


def _of_a_needed_form(p: _Patterns, f: _Found, direct: set[int], cue: str, span: NameSpan) -> bool:
    """Say whether a name has the form its frame asks for, if it asks for one."""
    if _needs_form(f, direct) and not (_group_form(span) or _accused_country(p, cue, span)):
        return False  # "blamed X and the West": a coordinated name needs a group's form
    # "Karim Okvara was the main suspect": a suspect is a man as often as a group.
    after = f.cue is not None and f.cue[0] >= f.mention.end
    return not (after and _a_persons_cue(p, cue)) or _group_form(span) or _acronym_shaped(span.name)


def _accused_country(p: _Patterns, cue: str, span: NameSpan) -> bool:
    """Say whether an accusation names a country: "accused Zelvania and Velka of ...".

    A country the gazetteer knows is a state's name, not a loose word as "the West" is:
    coordinated after another in an accusation, it is accused too.
    """
    words = _FIRST_WORD.findall(cue.lower())
    return span.name.lower() in p.discovery.countries and not p.discovery.accusation.isdisjoint(
        words
    )


def _a_persons_cue(p: _Patterns, cue: str) -> bool:
    """Say whether a cue names a perpetrator only by an attacker's noun: "the prime suspect".

    Such a noun ("suspect") names a man as often as a group: only a name of a group's form
    ("the OZF was the prime suspect", "JeM became a suspect") is found by it.
    """
    marked = p.discovery.marked.intersection(_FIRST_WORD.findall(cue.lower()))
    return bool(marked) and marked <= p.discovery.militants


def _needs_form(f: _Found, direct: set[int]) -> bool:
    """Say whether a name needs a group's form: coordinated, or before a reporting verb."""
    return f.mention.start not in direct or f.reported


def _new_candidates(
    ctx: DocContext, p: _Patterns, sentence: Sentence, known: list[_Mention]
) -> dict[int, tuple[_Mention, NameSpan]]:
    """The candidate names of ``sentence`` that are not the lexicon's, by start."""
    return {
        c.start: (c, span)
        for c, span in _candidates(ctx, p, sentence)
        if not any(k.start < c.end and c.start < k.end for k in known)
        and not _own_idiom_name(ctx, p, c)
    }


def _own_idiom_name(ctx: DocContext, p: _Patterns, c: _Mention) -> bool:
    """Say whether a candidate is what a group's men are "soldiers of" in its own idiom.

    "Two soldiers of the Khilafah stormed ...": one word after a member noun and "of the" is
    the group's name for itself (its state, its caliphate), not another group; the statement
    that tells it is the group's.
    """
    name = ctx.text[c.start : c.end]
    if not name.isalpha():
        return False
    words = [w.lower() for w in _WORD.findall(ctx.text, max(0, c.start - _LOOK), c.start)]
    return _own_kin_at_end(p, [*words, name.lower()])


def _frames_of(
    ctx: DocContext, p: _Patterns, sentence: Sentence, mentions: list[_Mention], present: set[str]
) -> list[_Found]:
    """The claims of the discovery cues over ``mentions``, candidates among them."""
    words = _sentence_words(ctx, p, sentence, present)
    reading = _Reading(sentence, mentions, words, present, discovery=True)
    return _subject_claims(ctx, p, reading, set()) + _agent_claims(ctx, p, reading, set(), [])


def _capitalised_cue(
    ctx: DocContext, p: _Patterns, sentence: Sentence, at: int, span: NameSpan
) -> bool:
    """Say whether a headline's capitalised cue follows a name that may be other words.

    In "Al Qaeda Group Claims Responsibility" every word is capitalised: a name is told
    from the words around it only by its form, a head ("Okvara Front Claims Museum
    Attack"), an acronym or a glued article ("Jund Al-Qarnat Claims ..."). A country the
    lexicon knows is no other words: "Zelvania Denies Allegations".
    """
    text = ctx.text
    if not text[at : at + 1].isupper() or at == _opening(text, sentence):
        return False
    if span.name.lower() in p.discovery.countries:
        return False
    return not (_group_form(span) or _PARTICLE_GLUED.search(span.name))


def _group_form(span: NameSpan) -> bool:
    """Say whether a name has a group's form: a head ("Brigade"), an acronym, capitals.

    Or a transliterated compound joined by a particle, the form of many a group's name
    ("Harakat-ul-Okvara", "Jaish-e-Zelvani") and of few people's or places', or an Arabic
    name and a region ("al Okvara in the Zelvan Highlands").
    """
    return (
        span.organisation
        or span.acronym is not None
        or (len(span.name) > 1 and span.name.isupper())
        or _JOINED_BY_PARTICLE.search(span.name) is not None
        or _ARTICLE_AND_REGION.match(span.name) is not None
    )


# "al Qaeda in the Islamic Maghreb", "Ansar al-Okvara of the Zelvan Highlands": an Arabic
# name (with its article) and a region, the form of an affiliate's name.
_ARTICLE_AND_REGION = re.compile(
    r"(?:(?i:al|el)[\s\-\u2010][A-Z]|.*\s(?i:al|el)[\-\u2010][A-Z]).*\s(?:in|of)\s+the\s+[A-Z]"
)


_JOINED_BY_PARTICLE = re.compile(
    r"[A-Z][a-z']+[\-\u2010](?:ul|ud|ut|ur|us|un|e|i|al|el|wal)[\-\u2010][A-Z]"
)


def _armed_attackers(
    ctx: DocContext, p: _Patterns, sentence: Sentence, candidates: list[_Mention]
) -> list[_Found]:
    """Candidates before a militant noun and an act: "the Velka Brigade gunmen stormed".

    Only irregular attackers (``militant_nouns``): "Kenyan troops stormed" names the
    army of a place, which the lexicon's state actors cover.
    """
    found: list[_Found] = []
    for m in candidates:
        if " " not in m.text and not m.text.isupper() and not _glued(m.text):
            continue  # "Chechen gunmen": one word may be a nationality the lexicon lacks
        head = _NEXT_TWO_WORDS.match(ctx.text, m.end, sentence.end)
        if head is None or not {head.group(1).lower(), head.group(0).lower().strip()} & (
            p.discovery.militants
        ):
            continue  # "the Velka Brigade gunmen", "an Velka Brigade suicide bomber"
        hit = _attacker(ctx, p, sentence, m, min(sentence.end, m.end + 3 * _LOOK))
        if hit is not None:
            found.append(replace(hit, cue=(m.end, hit.end)))
    return found


def _claimed_events(
    ctx: DocContext, p: _Patterns, sentence: Sentence, candidates: list[_Mention]
) -> list[_Found]:
    """Candidates that claimed the event they modify: "a Velka-claimed assault"."""
    if p.adjectival_re is None:
        return []
    found: list[_Found] = []
    for m in candidates:
        hit = p.adjectival_re.match(ctx.text, m.end, sentence.end)
        if hit is not None and hit.group("claimed"):
            found.append(_Found(m, Stance.CLAIMED, m.start, hit.end(), cue=(m.end, hit.end())))
    return found


def _linked_attackers(
    ctx: DocContext, p: _Patterns, sentence: Sentence, candidates: list[_Mention]
) -> list[_Found]:
    """Candidates tied to attackers before their act: "militants linked to X stormed".

    The attackers are the subject, the name the group they are tied to.
    """
    hits = (_tied(ctx, p, sentence, m) for m in candidates)
    return [hit for hit in hits if hit is not None] + _attackers_of(ctx, p, sentence, candidates)


def _attackers_of(
    ctx: DocContext, p: _Patterns, sentence: Sentence, candidates: list[_Mention]
) -> list[_Found]:
    """Candidates the attackers come from, before their act: "gunmen of X stormed".

    "Gunmen of the Velka Brigade stormed", "driven by an Okvara-e-Zelva bomber". Only a
    name of a group's form: "militants from Okvara attacked" may name their town.
    """
    found: list[_Found] = []
    grammar = name_grammar(ctx.lexicon)
    for m in candidates:
        span = next(iter(names_in(grammar, ctx.text, m.start, m.end)), None)
        if span is None or not _group_form(span):
            continue
        limit = min(sentence.end, m.end + 3 * _LOOK)
        hit = _attacker_from(ctx, p, sentence, m, limit) or _attacker_by(ctx, p, sentence, m, limit)
        if hit is not None:
            found.append(replace(hit, cue=(hit.start, m.start)))
    return found


def _tied(ctx: DocContext, p: _Patterns, sentence: Sentence, m: _Mention) -> _Found | None:
    """The actor tied to attackers between them and their act: "gunmen loyal to X opened"."""
    if p.discovery.tied is None or p.discovery.acts is None:
        return None
    before = p.discovery.tied.search(ctx.text, max(sentence.start, m.start - _LOOK), m.start)
    if before is None:
        return None
    act = p.discovery.acts.match(ctx.text, m.end, sentence.end)
    if act is None or act.group().split()[0].lower() in p.habitual:
        return None  # "militants linked to X have killed thousands": no one event
    return _Found(m, Stance.ASSERTED, before.start(), act.end(), cue=(before.start(), m.start))


def _glued(word: str) -> bool:
    """Say whether one word has a group's form: "al-Okvara", "Jaish-e-Okvara"."""
    return _PARTICLE_GLUED.match(word) is not None or _JOINED_BY_PARTICLE.search(word) is not None


# "al-Qaeda", "Al-Shabaab": an Arabic article glued to a name, which no nationality has.
_PARTICLE_GLUED = re.compile(r"(?i:al|el|ad|ash|as|at|an|ar|az|ul)[\-\u2010][A-Z]")


def _candidates(
    ctx: DocContext, p: _Patterns, sentence: Sentence
) -> Iterator[tuple[_Mention, NameSpan]]:
    """The capitalised phrases of ``sentence`` that may name an actor."""
    grammar = name_grammar(ctx.lexicon)
    opening = _opening(ctx.text, sentence)
    for span in names_in(grammar, ctx.text, sentence.start, sentence.end):
        if span.start == opening and " " not in span.name and _common_word(ctx, p, span.name):
            continue  # "Gunmen claimed ...": a common word opening the sentence
        if span.name.lower() in p.outlets or _adjective(ctx, p, span) or _ordinal_name(span):
            continue
        if _kind_of_people(ctx, p, span):
            continue  # "an outlawed Velkan separatist group": no group named
        if span.name.lower() not in p.aliases and _worn(ctx, span.name):
            continue  # "the Velka gunman" of a gunman "dressed as Velka": a costume
        if _attackers_in_capitals(ctx, p, span):
            continue  # "Suicide Bombers behind ...", "SUICIDE bombers attacked": no name
        if p.discovery.linked is not None and p.discovery.linked.match(ctx.text, span.end):
            continue  # "an al-Qaeda-linked group" is another group
        if _a_person_or_a_place(ctx, p, grammar, sentence, span):
            continue
        yield _Mention(span.start, span.end, span.name, span.name), span


def _a_person_or_a_place(
    ctx: DocContext, p: _Patterns, grammar: NameGrammar, sentence: Sentence, span: NameSpan
) -> bool:
    """Say whether the words before a name make it a person's or a part of a place.

    "Taliban spokesman Zabihullah Mujahid", "X alias Y": a person; "operating in
    Zelvania's North Okvara": a part of a place, where, not who. After a possessive only
    a name of a group's form is another actor ("Zelvania's QIA", "the Front's Zelvan
    Province"); any other is the possessor's man ("the Front's Karim Okvara").
    """
    text, lo = ctx.text, sentence.start
    return (
        _titled(ctx, p, grammar, sentence, span)
        or _ALIAS_BEFORE.search(text, max(lo, span.start - 8), span.start) is not None
        or _IN_A_PLACES_PART.search(text, max(lo, span.start - 60), span.start) is not None
        or (
            _OWNED.search(text, max(lo, span.start - 3), span.start) is not None
            and not _group_form(span)
        )
    )


# Just after a possessive: "Zelvania's Okvara Front", "the Front's Karim Okvara".
_OWNED = re.compile(r"['\u2019]s\s+$")


def _attackers_in_capitals(ctx: DocContext, p: _Patterns, span: NameSpan) -> bool:
    """Say whether a capitalised phrase is an attacker noun, alone or with the next word.

    A group's head ("the Brigade", "the Front") names the group told before in full,
    though some heads also name attackers.
    """
    low = span.name.lower()
    if low in ctx.lexicon.actors.organisation_heads:
        return False
    if low in p.attackers:
        return True
    after = _NEXT_WORD.match(ctx.text, span.end)
    return after is not None and f"{low} {after.group(1).lower()}" in p.attackers


# A name after a place's possessive, the object of a locating preposition: "in Zelvania's".
_IN_A_PLACES_PART = re.compile(
    r"(?<![\w\-])(?:in|across|throughout|near|into|inside|along)\s+(?:the\s+)?"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['\u2019]s\s+$"
)
# "Hanifullah alias Hamza": the other name of a person (a group is "also known as").
_ALIAS_BEFORE = re.compile(r"(?<![\w\-])alias\s+$", re.IGNORECASE)
_ADJECTIVE_ENDINGS = ("ic", "ist", "ian", "ese", "ish", "ite")  # "Islamic", "Shiite"


def _regional(ctx: DocContext, span: NameSpan) -> bool:
    """Say whether a one-word name is a region's adjective: its place and an "-i" ending.

    "Kashmiri", "Sindhi": a region the lexicon has no demonym for, as a country's
    ("Pakistani") it has.
    """
    name = span.name
    if not name.endswith("i") or len(name) < 5 or span.organisation:
        return False
    return gazetteer(ctx.lexicon).resolve(name[:-1], divisions=True).level is not None


# "an outlawed ", "a little-known ": an indefinite article and at most two lower-case words.
_INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])(?i:an?)\s+(?:[a-z][\w\-]*\s+){0,2}$")


def _kind_of_people(ctx: DocContext, p: _Patterns, span: NameSpan) -> bool:
    """Say whether an unknown one-word name only says whose an unnamed body is.

    "an outlawed Velkan terrorist group claimed it": the indefinite article and the kind
    noun after the name say the group is not named; the word is its people's.
    """
    kind = p.discovery.kind
    low = span.name.lower()
    if kind is None or " " in low or span.organisation or low in p.aliases:
        return False
    if _INDEFINITE_BEFORE.search(ctx.text, max(0, span.start - 40), span.start) is None:
        return False
    return kind.match(ctx.text, span.end) is not None


def _adjective(ctx: DocContext, p: _Patterns, span: NameSpan) -> bool:
    """Say whether a one-word name modifies a group noun: "a Pakistani militant group".

    A nationality or a creed before a noun is an adjective; a group's name before one
    ("Shabaab militants") is still a name, so only words that look like adjectives count.
    """
    low = span.name.lower()
    # A group's head ("Jaish", "army") ends like an adjective by chance only.
    shaped = low.endswith(_ADJECTIVE_ENDINGS) and not span.organisation
    if " " in low or not (low in p.discovery.demonyms or shaped or _regional(ctx, span)):
        return False
    after = _NEXT_WORD.match(ctx.text, span.end)
    return after is not None and after.group(1).islower()


_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018]?([\w\-]+)")
_NEXT_TWO_WORDS = re.compile(r"\s+([\w\-]+)(?:\s+[\w\-]+)?")


# "according to the provincial governor": a source, up to four words after "according to".
_ACCORDING = re.compile(r"(?i:according\s+to)(?:\s+[\w\-'\u2019]+){1,4}$")


def _titled(
    ctx: DocContext, p: _Patterns, grammar: NameGrammar, sentence: Sentence, span: NameSpan
) -> bool:
    """Say whether a title or a member noun stands just before the name: a person.

    After a comma only one person's title does ("A Velka spokesman, Karim Okvara, said"),
    and not one a source opens: "according to officials, X claimed" and "according to the
    governor, X claimed" open a new clause with its subject.
    """
    before = _WORD.findall(ctx.text, max(sentence.start, span.start - 40), span.start)
    apposed = bool(before) and before[-1] in (",", ":")
    if apposed:
        before = before[:-1]  # "A Taliban spokesman, Zabihullah Mujahid, said"
        if _ACCORDING.search(" ".join(before[-6:])):
            return False
    last = before[-1].lower() if before else ""
    return last in grammar.persons or (not apposed and last.rstrip("s") in grammar.persons)


def _opening(text: str, sentence: Sentence) -> int:
    """Where the first word of ``sentence`` starts (after quotes and brackets)."""
    m = _FIRST_WORD.search(text, sentence.start, sentence.end)
    return m.start() if m is not None else sentence.start


def _common_word(ctx: DocContext, p: _Patterns, word: str) -> bool:
    """Say whether ``word`` is a common noun.

    It is one when a lexicon lists it, or when the document writes it in lower case
    elsewhere.
    """
    if word.lower() in p.attackers | p.members | p.fillers:
        return True
    memo = ctx.memo(_ActorsMemo)
    if memo.lower_words is None:
        memo.lower_words = frozenset(_LOWER_WORD.findall(ctx.text))
    lower = memo.lower_words
    return word.lower() in lower


_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z][a-z\-]*(?![\w\-])")


_TAIL_WORD = re.compile(r"\s+[\w\-]+")


def _cue_with_tail(ctx: DocContext, p: _Patterns, f: _Found, cue: tuple[int, int]) -> str:
    """The words of a cue, with the word after its actor when the cue goes on past it.

    "evidence of the X involvement": the accusation is in the word after the name.
    """
    head = ctx.text[cue[0] : cue[1]]
    if f.mention.start < cue[1]:
        return head
    after = _TAIL_WORD.match(ctx.text, f.mention.end)
    words = after.group() if after is not None else ""
    return head + words if words.strip().lower() in p.discovery.accusation else head


def _as_actor(
    ctx: DocContext, p: _Patterns, span: NameSpan, cue: str, stance: Stance
) -> tuple[str, bool] | None:
    """Return the actor a name stands for in the slot of ``cue``, and whether a state.

    A place is no actor, except a country (or its capital) accused or denying.
    """
    words = set(_cue_words(cue))
    accusation = stance is Stance.DENIED or not p.discovery.accusation.isdisjoint(words)
    key = span.name.lower()
    if key in p.discovery.demonyms:
        return None  # "Y, an Algerian, masterminded": a nationality, no group
    if _place_and_head(ctx, p, key):
        return None  # "a Pakistan Group": a group described by its place, not named
    country = p.discovery.capitals.get(key) or p.discovery.countries.get(key)
    if country is not None:
        return (country, True) if accusation else None
    if key in p.discovery.cities or _placed_in_a_division(ctx.text, span):
        return None
    place = gazetteer(ctx.lexicon).resolve(span.name)
    if place.level == "country":
        return (place.name, True) if accusation else None
    if place.level is not None and not span.organisation and not _acronym_of_a_town(span, place):
        return None  # a city or a region: where, not who
    return _spelled(p, span.name), False


# A place placed in the division that holds it: "in Dunmar district", "in the Velka region".
_IN_A_DIVISION = re.compile(
    r"\s*,?\s+in\s+(?:the\s+)?(?-i:[A-Z][\w\-]+)(?:\s+(?-i:[A-Z][\w\-]+))?\s+"
    r"(?:district|province|state|region|county|governorate|division|tehsil|prefecture)(?![\w\-])",
    re.IGNORECASE,
)


def _placed_in_a_division(text: str, span: NameSpan) -> bool:
    """Say whether a name with no group's form is a town placed in its district.

    "belongs to Velkapur in Dunmar district": where the man is from; "Jund al-Velka in
    Dunmar province" keeps a group's form.
    """
    return not _group_form(span) and _IN_A_DIVISION.match(text, span.end) is not None


def _acronym_of_a_town(span: NameSpan, place: Place) -> bool:
    """Say whether an acronym in a frame only happens to spell a town ("OTA", "ABA").

    The gazetteer holds many small towns; a group's acronym, written in capitals, is
    more likely than a town in the actor slot of a claim or a blame.
    """
    return place.level == "city" and span.name.isupper() and span.name.isalpha()


_VOWELS = re.compile(r"[aeiouyw]+")
_SKELETON_MIN = 5  # consonants: a shorter skeleton may be two groups' ("Hamas", "Hezb")


def _skeleton(name: str) -> str:
    """The consonants of a transliterated name, doubled letters once: spellings agree.

    "Lashkar-e-Tayyaba" and "Lashkar-e-Taiba", "Tehreek-e-Taliban" and "Tehrik-i-Taliban",
    "Qelka" and "Kelka" have one skeleton.
    """
    low = re.sub(r"^the\s+", "", name.lower())
    letters = re.sub(r"[^a-z]", "", low.replace("q", "k").replace("c", "k"))
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", letters))


def _skeletons(aliases: dict[str, str]) -> dict[str, str]:
    """Each long enough skeleton of the lexicon's aliases to its one canonical actor."""
    found: dict[str, set[str]] = {}
    for alias, actor in aliases.items():
        key = _skeleton(alias)
        if len(key) >= _SKELETON_MIN:
            found.setdefault(key, set()).add(actor)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _spelled(p: _Patterns, name: str) -> str:
    """A name the lexicon does not list, as the lexicon spells it if only vowels differ.

    "Lashkar-i-Toiba" is Lashkar-e-Taiba; a name with no such twin stays as written.
    """
    return p.skeletons.get(_skeleton(name), name)


def _place_and_head(ctx: DocContext, p: _Patterns, key: str) -> bool:
    """Say whether a name is a place and a generic head: "Pakistan Group", "Somali Militants"."""
    words = key.split()
    if len(words) != 2 or words[1] not in name_grammar(ctx.lexicon).generic:
        return False
    place = words[0]
    if place in p.discovery.demonyms or place in p.discovery.countries:
        return True
    return place in p.discovery.cities or gazetteer(ctx.lexicon).resolve(place).level is not None


def _with_discovered(
    ctx: DocContext, found: _Discovered, sentence: Sentence, known: list[_Mention]
) -> list[_Mention]:
    """Add the document's own actors named in ``sentence`` to the lexicon's."""
    if found.index is None:
        return known
    extra = [
        # An outlet, like a known one, carries its group's own claims and denials only.
        replace(m, anaphor=True, sure=True) if _folded(m.text) in found.outlets else m
        for m in _find(found.index, found.actors, ctx.text, sentence, _tokens(ctx, sentence))
        if not any(k.start < m.end and m.start < k.end for k in known)
    ]
    extra = [
        _as_own_affiliate(ctx, found, _own_longer(ctx, found, m, sentence.end))
        for m in _merge_parenthetical(ctx.text, extra)
    ]
    return sorted([*known, *extra], key=_start_of) if extra else known


def _own_longer(ctx: DocContext, found: _Discovered, m: _Mention, end: int) -> _Mention:
    """The affiliate a document's own group's name opens: "Velka in the Zelvan Highlands".

    As for the lexicon's groups (:func:`_as_longer`): the text names the affiliate by its
    parent and a region; a place ("Velka in Dunmar"), compass words, a generic head
    between ("the Velka group in the ...") or an outlet leave the parent's name.
    """
    if m.anaphor or _folded(m.text) in found.outlets:
        return m
    tail = longer_name(name_grammar(ctx.lexicon), ctx.text, m.end, end)
    if tail is None or not tail.link or tail.generic or _a_place(ctx, tail):
        return m
    actor = " ".join(f"{m.actor} {tail.link} {tail.rest}".split())
    return _Mention(m.start, tail.end, actor, ctx.text[m.start : tail.end], m.anaphor, m.sure)


def _as_own_affiliate(ctx: DocContext, found: _Discovered, m: _Mention) -> _Mention:
    """Read "the Okvara group" as the one "Okvara in the <Region>" the document names.

    As for the lexicon's groups (:func:`_as_affiliate`): a headline's "X group claims"
    over an article naming X's regional affiliate names the affiliate.
    """
    if not _OF_THE_FAMILY.match(ctx.text, m.end):
        return m
    key = _folded(m.actor)
    longer = {
        a for a in found.actors.values() if _folded(a).startswith((f"{key} in the ", f"{key} of "))
    }
    return replace(m, actor=longer.pop()) if len(longer) == 1 else m


def _folded(name: str) -> str:
    """A name lower-cased, hyphens as spaces: "al-Qaeda" and "Al Qaeda" agree."""
    return " ".join(name.lower().replace("-", " ").split())


def sentences_naming_discovered(ctx: DocContext) -> list[Sentence]:
    """Return the sentences naming an actor the document introduced itself.

    :mod:`claimrecon.extract` reads the sentences naming a lexicon actor; these are the
    others to read: those naming an actor the document introduced, and those where a
    group's speaker tells its own act as "we" or "our" (see :func:`_own_voice`).
    """
    p = _patterns(ctx.lexicon)
    found = _discovered(ctx, p)
    out = []
    for s in ctx.sentences:
        present = _present(ctx, s)
        if (
            found.index is not None
            and not found.first_words.isdisjoint(present)
            and _find(found.index, found.actors, ctx.text, s, _tokens(ctx, s))
        ):
            out.append(s)
            continue
        if (
            _tells_own_act(p, ctx.text, s, present)
            or _pronoun_of_a_group(ctx, p, s, present)
            or (
                not p.outlet_re.first_words.isdisjoint(present)
                and _find(p.outlet_re, p.outlets, ctx.text, s, _tokens(ctx, s))
            )
        ):
            out.append(s)
    return out


def _pronoun_of_a_group(
    ctx: DocContext, p: _Patterns, sentence: Sentence, present: set[str]
) -> bool:
    """Say whether "it" or "they" in ``sentence`` stands for one group named before."""
    if not _pronoun_gate(p, present):
        return False
    return any(m.text.lower() in _PRONOUNS for m in _with_anaphors(ctx, p, sentence, []))


def _tells_own_act(p: _Patterns, text: str, sentence: Sentence, present: set[str]) -> bool:
    """Say whether a "we" or "our" of ``sentence`` opens an act: "we stormed", "our men hit"."""
    own_act = p.discovery.own_act
    if own_act is None or _OWN_WORDS.isdisjoint(present):
        return False
    return any(
        own_act.match(text, m.end(), sentence.end) is not None
        for m in _OWN_RE.finditer(text, sentence.start, sentence.end)
    )


# --- checks on what the frames found (wave 2) ------------------------------------------------

# "a breakaway faction of the Pakistani Taliban": another group than the one it left.
_SPLINTER = re.compile(
    r"(?:breakaway|splinter|dissident|renegade)\s+(?:faction|group|wing|cell|offshoot)"
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "its cell in Khurassan, which straddles Pakistan and Afghanistan, was responsible": a
# name inside a relative clause describes a word before it and is not the verb's subject.
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:()]*$", re.IGNORECASE)
_CLAUSE_CLOSE = re.compile(r"\s*,")
# "troops launched a siege to rescue them": the state ends an attack, it does not make one.
_RESCUE = re.compile(
    r"\s*(?:in\s+an\s+(?:attempt|effort)\s+|in\s+order\s+)?to\s+"
    r"(?:rescue|free|release|liberate|end|retake|recapture|clear|evacuate|secure|flush|dislodge)\b",
    re.IGNORECASE,
)
# "doubted the Islamic State's claim": the group's claim is told while it is doubted.
_OWN_CLAIM_AFTER = re.compile(r"\s*(?:group\s*)?['\u2019]s?\s+claims?\b", re.IGNORECASE)
# Not "new": "New People's Army" is a name.
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "another", "latest"})


def _ordinal_name(span: NameSpan) -> bool:
    """Say whether a capitalised phrase opens with an ordinal: "Third Islamist group claims"."""
    first = _FIRST_WORD.match(span.name)
    return first is not None and first.group().lower() in _ORDINALS


def _checked(ctx: DocContext, p: _Patterns, found: list[_Found]) -> list[_Found]:
    """Drop or mend what a frame read wrongly, and add a doubted group's own claim.

    A splinter is not the group it left: it is the group's affiliate the document names,
    or no one. A name in a relative clause is not the subject after the clause. A state
    force launching an assault to free hostages ends the attack. "Officials doubted the
    group's claim" tells the group's claim as well as the doubt.
    """
    out: list[_Found] = []
    for f in found:
        m = f.mention
        if f.start >= m.start and _in_relative_clause(ctx, m) and not _own(p, ctx.text, f):
            continue
        if _misread(ctx, p, f):
            continue
        owned = _state_owned(ctx, p, m)
        if owned is not None:
            f = replace(f, mention=owned)  # "India's Research and Analysis Wing"
        if _SPLINTER.search(ctx.text, max(0, m.start - 80), m.start):
            child = _splinter_named(ctx, m.actor)
            if child is None:
                continue
            f = replace(f, mention=replace(m, actor=child))
        out.append(f)
        if f.stance is Stance.DENIED and _OWN_CLAIM_AFTER.match(ctx.text, m.end):
            out.append(replace(f, stance=Stance.CLAIMED))
    return [_in_its_own_words(ctx, p, f) for f in out]


# "a soldier of the Okvara Front", "two soldiers of the caliphate": a group's own word for
# its men, which news prints only in the group's words.
_SOLDIERS_OF = re.compile(r"(?<![\w\-])soldiers?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SOLDIERS_NAME = re.compile(r"soldiers?\s", re.IGNORECASE)


def _in_its_own_words(ctx: DocContext, p: _Patterns, f: _Found) -> _Found:
    """Read what an armed group's "soldiers" did as the group's own claim.

    "Two soldiers of the Okvara Front stormed the hotel" tells the act in the group's
    idiom, relayed from its statement: the Front claims it, whoever quotes it.
    """
    m = f.mention
    if f.stance is not Stance.ASSERTED or _is_state(ctx, p, m.actor):
        return f
    soldiers = _SOLDIERS_OF.search(ctx.text, max(0, m.start - 20), m.start)
    if soldiers is None and _SOLDIERS_NAME.match(m.text) is None:
        return f
    return replace(f, stance=Stance.CLAIMED)


# "a former al-Shabaab commander", "a former member of the group", "ex-Taliban fighters":
# people who have left the group act on their own.
_FORMER = re.compile(
    r"(?<![\w\-])(?:former|ex)(?:\s+|-)(?:(?:[\w\-]+\s+){1,2}(?:of|from)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


# A clause telling the time of another event by a step of a war: "came days after", "a week
# before", "since" opens it, and the group's men take ground in it.
_WHEN_OPENS = re.compile(r"(?<![\w\-])(?:after|before|since|when|as)\s+(?:the\s+)?$", re.IGNORECASE)
_TAKEOVER = re.compile(
    r"(?<![\w\-])(?:seized|captured|overran|overrun|invaded|took|taken|retook|recaptured)"
    r"(?:\s+(?:full\s+|partial\s+)?(?:control|hold)\s+of|\s+over)?\s+(?:(?:much|most|parts?"
    r"|large\s+parts?|swathes?|all)\s+of\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:city|cities|town|towns|village|villages|district|districts|province|provinces"
    r"|region|regions|territory|territories|area|areas|capital|country|valley)(?![\w\-])"
    r"|(?<![\w\-])(?:seized|captured|overran|invaded|retook|recaptured)"
    r"(?:\s+(?:full\s+|partial\s+)?control\s+of)?\s+(?-i:[A-Z])[\w\-]+(?=[\s,.;])",
    re.IGNORECASE,
)


def _takeover_in_the_background(text: str, f: _Found) -> bool:
    """Say whether an assertion tells a group's men taking ground as the time of another event.

    "The strike came days after Velka fighters seized the city": the takeover dates the
    strike; it is a step of a war, no attack the text attributes (unlike "a week after Velka
    gunmen killed 20 at a hotel", an attack of its own).
    """
    m = f.mention
    if f.stance is not Stance.ASSERTED or f.start < m.start:
        return False
    if _WHEN_OPENS.search(text, max(0, m.start - 20), m.start) is None:
        return False
    return _TAKEOVER.search(text, m.end, min(len(text), f.end + 80)) is not None


def _misread(ctx: DocContext, p: _Patterns, f: _Found) -> bool:
    """Say whether a frame read what is no attribution: a rescue, a victim, a past tie."""
    return (
        _rescue(ctx, p, f)
        or _said_to_belong(ctx, f)
        or _object_of_a_kill(ctx, f)
        or _former(ctx.text, f)
        or _takeover_in_the_background(ctx.text, f)
        or _only_admired(ctx, f)
    )


@per_lexicon
def _admired_re(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What follows an admired group ("-inspired", " sympathizer") and what precedes it."""
    words = _words_alt(lexicon.actors.inspiration_words)
    if not words:
        return None
    after = re.compile(rf"\s*-?\s*(?:{words})(?![\w\-])", re.IGNORECASE)
    before = re.compile(rf"(?<![\w\-])(?:{words})\s+(?:by|of)\s+(?:the\s+)?$", re.IGNORECASE)
    return after, before


def _only_admired(ctx: DocContext, f: _Found) -> bool:
    """Say whether attackers are tied to the group only by their admiration of it.

    "Velka-inspired bombers killed 40", "the attack by a Velka sympathizer", "gunmen
    inspired by Velka", "an admirer of Velka": the attackers admire Velka, who did not
    carry out the attack.
    """
    admired = _admired_re(ctx.lexicon)
    if admired is None or f.stance is not Stance.ASSERTED:
        return False
    m = f.mention
    after, before = admired
    return (
        after.match(ctx.text, m.end) is not None
        or before.search(ctx.text, max(0, m.start - 40), m.start) is not None
    )


def _former(text: str, f: _Found) -> bool:
    """Say whether an assertion's actor is named as what its people used to belong to."""
    m = f.mention
    return (
        f.stance is Stance.ASSERTED
        and _FORMER.search(text, max(0, m.start - 40), m.start) is not None
    )


def _in_relative_clause(ctx: DocContext, m: _Mention) -> bool:
    """Say whether a name closes a relative clause: ", which straddles X and Y, was".

    The clause opens in the name's own sentence: a sentence before that ended inside its
    own ", which killed 40." leaves the next sentence's "Okvara Front, a banned group,
    said ..." its subject.
    """
    if _CLAUSE_CLOSE.match(ctx.text, m.end) is None:
        return False
    sentence = ctx.sentence_at(m.start)
    lo = max(0, m.start - 120, sentence.start if sentence is not None else 0)
    return _RELATIVE_OPEN.search(ctx.text, lo, m.start) is not None


def _called_description(p: _Patterns, between: list[str]) -> bool:
    """Say whether plain words describe a group that a naming word then names.

    "pointed the finger at a little-known local Islamic extremist group called X": the
    description may be long when it ends in a group word and "called", "known as".
    """
    end = len(between)
    while end > 0 and between[end - 1] in _DETS:
        end -= 1
    k = end
    while k > 0 and between[k - 1] in p.discovery.naming:
        k -= 1
    if k == end or k == 0 or between[k - 1] not in p.fillers | p.members | _ORGANISATIONS:
        return False
    return k <= 8


# "Taliban suicide bombing at hospital in Quetta kills 70": where the event was, before the verb.
_HEADLINE_PLACE = re.compile(r"\s+(?:at|in|on|near|outside)\s", re.IGNORECASE)
_HEADLINE_PLACE_WORDS = 8
_HEADLINE_COLON = re.compile(r"\s*:")


def _headline_verb_after(p: _Patterns, text: str, at: int, limit: int) -> bool:
    """Say whether a headline's verb follows the event, after the place it names maybe."""
    if p.headline_re is None:
        return False
    if p.headline_re.match(text, at, limit) is not None or _HEADLINE_COLON.match(text, at, limit):
        return True
    if _HEADLINE_PLACE.match(text, at, limit) is None:
        return False
    for i, word in enumerate(_WORD.finditer(text, at, limit)):
        if word.group() == ":":
            return i > 1  # "Al-Shabaab assault on university: 147 killed"
        if i > _HEADLINE_PLACE_WORDS or not word.group()[:1].isalnum():
            return False  # a comma: the headline's verb is not this event's
        if i > 1 and p.headline_re.match(text, word.start() - 1, limit) is not None:
            return True
    return False


# "gunmen claiming to be members of X stormed": the attackers' claim, not the narrator's.
_CLAIMING_TIE = re.compile(
    r"\bclaiming\s+(?:to\s+(?:be|belong)\b|allegiance\b)[\w\s\-]{0,30}$", re.IGNORECASE
)


def _said_to_belong(ctx: DocContext, f: _Found) -> bool:
    """Say whether an assertion's actor is only what the attackers claim to belong to."""
    if f.stance is not Stance.ASSERTED:
        return False
    m = f.mention
    return _CLAIMING_TIE.search(ctx.text, max(0, m.start - 60), m.start) is not None


_OWNER_S = re.compile(r"['\u2019]s\s+")


def _state_owned(ctx: DocContext, p: _Patterns, m: _Mention) -> _Mention | None:
    """The known actor a state's possessive names: "Israel's Mossad", "India's RAW"."""
    own = _OWNER_S.match(ctx.text, m.end)
    if own is None or not _is_state(ctx, p, m.actor):
        return None
    written = " ".join(ctx.text[own.end() : own.end() + 60].split())
    rest = written.lower()
    keys = [
        k
        for k in p.aliases
        if rest.startswith(k)
        and not rest[len(k) : len(k) + 1].isalnum()
        and (len(k) > 3 or written[: len(k)].isupper())  # "Pakistan's ISI", not "is"
    ]
    if not keys:
        return None
    key = max(keys, key=len)
    return replace(m, end=own.end() + len(key), actor=p.aliases[key])


# "Security forces killed three al-Shabaab militants": the group's men are the victims.
_KILLED_BEFORE = re.compile(
    r"\b(?:killed|kill|kills|killing|arrested|captured|detained|eliminated|neutrali[sz]ed"
    r"|shot\s+dead)\s+(?:(?:at\s+least|some|about|nearly|more\s+than|over)\s+)?"
    r"(?:(?!(?:after|before|when|while|as|in|on|at|by|during|since|because|and|but|or|if"
    r"|that|than)\b)[\w\-]+\s+)?(?:(?:suspected|alleged|armed)\s+)?$",
    re.IGNORECASE,
)


# "killed ten Velka fighters who had stormed the prison": the relative clause after the men
# tells their own act, and the act read is in it.
_RELATIVE_ACT = re.compile(r"(?:\s+[\w\-]+){0,3}?\s*,?\s+(?:who|that)\s", re.IGNORECASE)


def _object_of_a_kill(ctx: DocContext, f: _Found) -> bool:
    """Say whether the actor's men are the object of a killing or an arrest: its victims.

    Not when a relative clause after them tells the act read: "police arrested the Dunmar
    gunmen who attacked the church" names the attackers, whatever befell them.
    """
    if f.stance in (Stance.CLAIMED, Stance.DENIED):
        return False
    m = f.mention
    if _KILLED_BEFORE.search(ctx.text, max(0, m.start - 60), m.start) is None:
        return False
    rel = _RELATIVE_ACT.match(ctx.text, m.end, f.end)
    return rel is None or rel.end() >= f.end


def _rescue(ctx: DocContext, p: _Patterns, f: _Found) -> bool:
    """Say whether a state force's act is an operation to end the attack: "to free them"."""
    if f.stance is not Stance.ASSERTED or _RESCUE.match(ctx.text, f.end) is None:
        return False
    return _is_state(ctx, p, f.mention.actor)


def _splinter_named(ctx: DocContext, parent: str) -> str | None:
    """The one affiliate of ``parent`` that the document names, if one."""
    children = _children(ctx.lexicon).get(parent, {})
    low = ctx.text.lower()
    named = {child for alias, child in children.items() if _holds(low, alias)}
    return named.pop() if len(named) == 1 else None


def _holds(low: str, alias: str) -> bool:
    return re.search(rf"(?<![\w\-]){re.escape(alias)}(?![\w\-])", low) is not None


@per_lexicon
def _children(lexicon: Lexicon) -> dict[str, dict[str, str]]:
    """Each parent group's affiliates, by their aliases (lower case): splinters are among them."""
    actors = lexicon.actors
    out: dict[str, dict[str, str]] = {}
    for alias, actor in actors.aliases.items():
        parent = actors.affiliations.get(actor)
        if parent is not None and len(alias) > 3:
            out.setdefault(parent, {})[alias] = actor
    return out


# --- spelling variants of a known group ------------------------------------------------------

# Transliterations of one Arabic, Urdu or Bengali name differ in vowels, doubled letters,
# "th"/"d", "q"/"k", "c"/"s", "ou"/"u": "Jamaeytul Mujahdeen Bangladesh" is Jamaat-ul-Mujahideen
# Bangladesh. The key keeps a name's consonant skeleton with such pairs merged.
_DIGRAPHS = (("ph", "f"), ("th", "t"), ("dh", "d"), ("kh", "k"), ("gh", "g"), ("sh", "s"))
_MERGED = str.maketrans({"d": "t", "q": "k", "c": "s", "z": "s", "v": "f", "b": "p", "g": "k"})
_VOWELS = re.compile(r"[aeiouyw]+")
_MIN_KEY = 8  # consonants: shorter skeletons would fold different names together
# A compound joined by a particle ("Okvara e Zelvi", "Okvara-ul-Zelvi") is told by its shape
# as well: a shorter skeleton will do.
_MIN_COMPOUND_KEY = 6
_JOINED = re.compile(r"[a-z']+[\s\-\u2010]+(?:ul|ud|ut|ur|us|un|e|i|al|el|wal)[\s\-\u2010]+[a-z]")


def _spelling_key(name: str) -> str:
    """The consonant skeleton of a name: "Jumatul Mujahedeen" and "Jamaat-ul-Mujahideen" agree."""
    key = re.sub(r"[^a-z]", "", name.lower())
    for pair, one in _DIGRAPHS:
        key = key.replace(pair, one)
    key = _VOWELS.sub("", key.translate(_MERGED)).replace("h", "")
    return re.sub(r"(.)\1+", r"\1", key)


def _telling_key(low: str) -> str | None:
    """The spelling key of a lower-case name of two words or more, if long enough to tell it.

    "Lashkar e Tayibba" and "Lashkar-e-Taiba" agree on a key of six consonants: a compound
    joined by a particle needs fewer than a name of plain words.
    """
    if len(re.split(r"[\s\-]+", low.strip())) < 2:
        return None
    key = _spelling_key(low)
    if len(key) >= _MIN_KEY:
        return key
    if len(key) >= _MIN_COMPOUND_KEY and _JOINED.search(low) is not None:
        return key
    return None


@per_lexicon
def _spellings(lexicon: Lexicon) -> dict[str, str]:
    """The spelling keys of the lexicon's names of two words or more, to their actor.

    A key two actors share is left out: it could not tell them apart.
    """
    keys: dict[str, set[str]] = {}
    for alias, actor in lexicon.actors.aliases.items():
        key = _telling_key(alias.lower())
        if key is not None:
            keys.setdefault(key, set()).add(actor)
    return {key: actors.pop() for key, actors in keys.items() if len(actors) == 1}


def _respelt(ctx: DocContext, low: str) -> str | None:
    """The known group a lower-case name of two words or more spells another way, if one."""
    key = _telling_key(low)
    return None if key is None else _spellings(ctx.lexicon).get(key)


def _spelled_variants(ctx: DocContext) -> dict[str, str]:
    """The document's names that spell a known group another way, and its groups' acronyms.

    A name of two words or more whose spelling key is a known group's is that group; an
    acronym the document gives in brackets after a known group ("the Massina Liberation
    Front (MLF)") stands for the group in this document.
    """
    table = _spellings(ctx.lexicon)
    known = ctx.lexicon.actors.aliases
    out: dict[str, str] = {}
    for span in names_in(name_grammar(ctx.lexicon), ctx.text, 0, len(ctx.text)):
        low = " ".join(span.name.lower().split())
        key = _telling_key(low) if " " in low else None
        actor = known.get(low) or (table.get(key) if key is not None else None)
        if actor is None:
            continue
        if low not in known:
            out[low] = actor
        if span.acronym is not None and span.acronym.lower() not in known:
            out[span.acronym.lower()] = actor
    return out


def _short_forms(ctx: DocContext, p: _Patterns, actors: dict[str, str]) -> dict[str, str]:
    """The one-word names of ``actors`` that open a group's name the document gives.

    "Okvara-e-Zelva ... Okvara has claimed it": the first element of a transliterated
    compound stands for it alone, when it opens no other group the document names, known
    to the lexicon or found in the document's own frames.
    """
    singles = {k for k, v in actors.items() if k.isalpha() and v.lower() == k}
    if not singles:
        return {}
    openings: dict[str, set[str]] = defaultdict(set)
    for sentence in ctx.sentences:
        for m in _named_known(ctx, p, sentence, None):
            opening = _COMPOUND_OPENING.match(m.text)
            if opening is not None and not m.anaphor:
                openings[opening.group(1).lower()].add(m.actor)
    for actor in actors.values():
        opening = _COMPOUND_OPENING.match(actor)
        if opening is not None:
            openings[opening.group(1).lower()].add(actor)
    return {
        low: next(iter(openings[low]))
        for low in singles & openings.keys()
        if len(openings[low]) == 1 and low not in p.aliases
    }


# The first element of a compound joined by a particle: "Okvara" of "Okvara-e-Zelva",
# "Okvara ul Zelva", "Okvara al-Zelva".
_COMPOUND_OPENING = re.compile(
    r"([A-Z][a-z']+)(?:[\-\u2010]|\s+)(?:ul|ud|ut|ur|us|un|e|i|al|el|wal)[\-\u2010\s]+[A-Z]"
)


# --- others' doubt of what was told before ("cast doubt on that theory") -----------------

_TOLD_REACH_SENTENCES = 3  # sentences before a doubt where what it doubts is looked for
_TOLD_DETERMINERS = r"(?:that|this|the|these|those|such\s+an?|such)"
# "did not dispute the claim", "never questioned that account": no doubt.
_NOT_BEFORE = re.compile(r"\b(?:not|never|n['\u2019]t)\s+(?:[\w\-]+\s+){0,1}$", re.IGNORECASE)
_BLAMES = frozenset({Stance.ASSERTED, Stance.SUSPECTED, Stance.BELIEVED})


@per_lexicon
def _told_doubt_re(lexicon: Lexicon) -> re.Pattern[str] | None:
    """One pattern of the lexicon's doubts, each ``{told}`` a back-reference to a claim.

    ``noun`` holds the back-reference's noun; "the claim that X did it" and "the claim
    by X" tell what is doubted in words of their own and are no back-reference.
    """
    act = lexicon.actors
    if not act.told_doubts or not (act.told_claim_nouns or act.told_blame_nouns):
        return None
    nouns = alternation([*act.told_claim_nouns, *act.told_blame_nouns])
    told = (
        rf"{_TOLD_DETERMINERS}\s+(?:(?!{_TOLD_DETERMINERS}\b)[\w\-]+\s+){{0,2}}?"
        rf"(?P<noun>{nouns})(?![\w\-])"
        r"(?!\s+(?:that|by|of|from)\b)"
    )
    before = [d.split("{told}")[0].strip() for d in act.told_doubts if d.endswith("{told}")]
    after = [d.split("{told}")[1].strip() for d in act.told_doubts if d.startswith("{told}")]
    forms = []
    if before:
        forms.append(rf"\b(?:{alternation(before)})\s+{told}")
    if after:
        forms.append(rf"\b{told.replace('?P<noun>', '?P<noun2>')}\s+(?:{alternation(after)})\b")
    return re.compile("|".join(forms), re.IGNORECASE)


@per_lexicon
def _told_nouns_re(lexicon: Lexicon) -> re.Pattern[str]:
    """The back-references' nouns alone: a doubt is read only around one of them."""
    act = lexicon.actors
    nouns = alternation([*act.told_claim_nouns, *act.told_blame_nouns])
    return re.compile(rf"(?<![\w\-])(?:{nouns})(?![\w\-])", re.IGNORECASE)


def _told_doubts(ctx: DocContext, regex: re.Pattern[str], first: int) -> Iterator[re.Match[str]]:
    """The doubts of the text after ``first``, each read in a window around its noun."""
    seen: set[int] = set()
    for hit in _told_nouns_re(ctx.lexicon).finditer(ctx.text, first):
        lo, hi = max(first, hit.start() - _LOOK), min(len(ctx.text), hit.end() + _LOOK)
        for match in regex.finditer(ctx.text, lo, hi):
            if match.start() not in seen:
                seen.add(match.start())
                yield match


def doubts_of_told_claims(
    ctx: DocContext, claims: list[AttributionClaim]
) -> list[AttributionClaim]:
    """Others' doubt of a claim or a blame told just before it: a denial of its actor.

    "Okvara claimed the attack. Velka officials said the claim could be an attempt to
    deflect attention", "Dunmar blamed Okvara; analysts cast doubt on that theory": the
    back-reference stands for the latest claim of responsibility ("the claim", "the
    statement") or the latest blame, belief or suspicion ("that theory", "the allegation")
    of the few sentences before it, and doubts that actor's part.
    """
    regex = _told_doubt_re(ctx.lexicon)
    if regex is None or not claims:
        return []
    out: list[AttributionClaim] = []
    first = min((c.span.start for c in claims if c.span is not None), default=len(ctx.text))
    for match in _told_doubts(ctx, regex, first):
        if _NOT_BEFORE.search(ctx.text, max(0, match.start() - 20), match.start()):
            continue
        sentence = ctx.sentence_at(match.start())
        told = None if sentence is None else _told_before(ctx, claims, sentence, match)
        if told is None or any(
            c.actor == told.actor and c.stance is Stance.DENIED and _in(c, sentence)
            for c in [*claims, *out]
        ):
            continue
        lo, hi = match.start(), match.end()
        out.append(
            AttributionClaim(
                span=Span(doc=ctx.document.id, start=lo, end=hi),
                quote=ctx.text[lo:hi],
                source=find_source(ctx, lo, hi),
                actor=told.actor,
                actor_text=told.actor_text,
                stance=Stance.DENIED,
            )
        )
    return out


def _in(claim: AttributionClaim, sentence: Sentence | None) -> bool:
    span = claim.span
    return sentence is not None and span is not None and sentence.start <= span.start < sentence.end


def _told_before(
    ctx: DocContext, claims: list[AttributionClaim], sentence: Sentence, match: re.Match[str]
) -> AttributionClaim | None:
    """The claim a doubt's back-reference stands for: the latest of its kind before it."""
    noun = " ".join((match.group("noun") or match.group("noun2")).lower().split())
    wanted = (
        frozenset({Stance.CLAIMED})
        if noun in {" ".join(n.lower().split()) for n in ctx.lexicon.actors.told_claim_nouns}
        else _BLAMES
    )
    first = ctx.sentences[max(0, sentence.index - _TOLD_REACH_SENTENCES)].start
    before = [
        c
        for c in claims
        if c.span is not None
        and first <= c.span.start
        and c.span.end <= match.start()
        and c.stance in wanted
    ]
    return max(before, key=lambda c: c.span.start if c.span else 0, default=None)
