"""The scope of a figure: the event's whole toll, or a part of it (a site, a unit, a few).

Rules compare totals with totals. A figure read as a part of the event is compared with
a total only as a part ("its lower bound above the whole's upper bound") and with other
parts of the same scope as a rival. The scope is read from the words around the figure,
with the lexicon's ``scopes`` section (:class:`~claimrecon.vocab.ScopeLexicon`):

- **A site** of a coordinated attack, or a place where the dead were counted: "nine people
  were killed in this blast", "eleven died at the station and four at the market", "a
  doctor at the central hospital said they had received 40 bodies". Sites count only in an
  event whose figures name two sites or more; a clause that joins two sites ("blasts at a
  bus station and a market killed 30") gives the whole.
- **A unit or a nationality**: "five paratroopers were killed" among "eight soldiers",
  "Six Germans", "no Australians were hurt".
- **A part in so many words**: "40 of the bodies", "three Danes were among the dead".
- **An attacker's own act**: "one blew himself up" counts no victims.

Each figure is read once, in a bounded window of its sentence, so the cost grows with
the number of figures.

May import: :mod:`.sites`, :mod:`claimrecon.models`, :mod:`claimrecon.vocab` and
:mod:`claimrecon.wording`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from claimrecon.eventview.sites import Site, count_places, place_keys
from claimrecon.models import Document, FigureClaim, Metric, Subject
from claimrecon.vocab import Lexicon, alternation, per_lexicon
from claimrecon.wording import EARLIER_TELLING

__all__ = ["Scope", "read_scopes"]

_APOSTROPHES = "'\u2019"
_W = rf"[\w{_APOSTROPHES}.-]"
"""A character of a word, apostrophes and inner dots included ("U.S.", "Istanbul's")."""

_WINDOW = 400
"""How far a sentence is searched for around a figure, in characters."""


@dataclass(frozen=True)
class Scope:
    """What a figure counts: the whole toll, or a part of it.

    ``part`` says the figure counts a part; ``key`` names the narrower scope when the
    text names one ("site:hospital:madina", "unit:marines", "nation:briton"), so that
    parts of one scope are compared with each other; ``words`` say it in an explanation.
    """

    part: bool = False
    key: str | None = None
    words: str = ""
    additive: bool = False
    among: bool = False
    """Given among a total by words after its noun ("four gunmen were among the dead"): a
    part of the total; of the attackers, also the count of the attackers killed."""
    response: bool = False
    """Militants killed in a response to the attack ("45 fighters in retaliatory air
    strikes"): another act's count, compared with none of the attack's figures."""


WHOLE = Scope()


@dataclass(frozen=True)
class _Patterns:
    site: re.Pattern[str]
    modifier: re.Pattern[str]
    teller: re.Pattern[str] | None
    sites: dict[str, str]
    joined: re.Pattern[str]
    pointer: re.Pattern[str]
    history: re.Pattern[str]
    response: re.Pattern[str] | None
    killed_by: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None
    additive: tuple[str, ...]
    counting: frozenset[str]
    others: frozenset[str]
    units: dict[str, str]
    enumerated: dict[str, str]
    nations: frozenset[str]
    victims: dict[str, str]
    openers: tuple[str, ...]
    closers: re.Pattern[str] | None
    toll: re.Pattern[str] | None
    self_act: re.Pattern[str] | None
    clause: re.Pattern[str] | None
    died_after: re.Pattern[str] | None
    manner: re.Pattern[str] | None
    condition: re.Pattern[str] | None
    elsewhere: re.Pattern[str]
    elided: frozenset[str]
    auxiliaries: frozenset[str]
    number: re.Pattern[str]
    partitives: tuple[str, ...]
    series: re.Pattern[str] = re.compile(r"(?!x)x")
    """A series of acts: "twin blasts", "three explosions"."""
    one_act: re.Pattern[str] = re.compile(r"(?!x)x")
    """One act named in the singular after a preposition: "in the blast"."""
    places: frozenset[str] = frozenset()
    """Prepositions of place: a nationality after one ("killed 4 in a Velkan town") names
    the place, not the dead."""
    unnamed: frozenset[str] = frozenset()
    """Capitalised words that name no site: days, months, countries ("the Zelvania shrine
    blast", "Thursday's shrine blast" name the one shrine, not two)."""
    known: frozenset[str] = frozenset()
    """Nouns the lexicon knows (subjects, units, victims): capitalised after a number,
    they are a headline's title case or a unit, not a people named by its plural."""
    town: re.Pattern[str] | None = None
    """A town named alone, after "in": "in Okvara", "in the port city of Okvara"."""
    town_after: re.Pattern[str] | None = None
    """A town right after a site: "the Velka church in Okvara", "... in Okvara city"."""
    cities: frozenset[str] = frozenset()
    """The cities the events section knows, folded: "the Okvara hotel" is a hotel in Okvara."""
    not_towns: frozenset[str] = frozenset()
    """Capitalised words after "in" that name no town: the events section's ``not_places``."""


def _alternatives(words: Iterable[str]) -> str:
    return alternation(words, never=r"(?!x)x")


def _words(words: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = _alternatives(words)
    if alternatives == r"(?!x)x":
        return None
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@per_lexicon
def _patterns(lexicon: Lexicon) -> _Patterns:
    scopes = lexicon.scopes
    heads = _alternatives(scopes.site_nouns)
    preps = _alternatives(scopes.site_prepositions)
    # A preposition, an article, up to three modifiers, then the site noun. The "at" of
    # "at least 6 dead at the school" is a qualifier's, no site's preposition.
    site = re.compile(
        rf"\b(?!at\s+(?:least|most)\b)(?:{preps})\s+(?P<article>(?:the|a|an|its|their|this|that)\s+)?"
        rf"(?P<mods>(?:(?!(?:and|or)\s){_W}+\s+){{0,5}}?)(?P<head>{heads})(?P<plural>e?s)?\b",
        re.IGNORECASE,
    )
    modifier = re.compile(
        rf"\b(?P<article>the|a|an|its|their|this|that)\s+(?P<mods>(?:{_W}+\s+){{0,2}}?)"
        rf"(?P<head>{heads})\s+(?:death\s+)?(?:{_alternatives(scopes.blast_nouns)}|toll)\b",
        re.IGNORECASE,
    )
    # A counting site that tells its own count: "the Velka hospital said it had received
    # 40 bodies", "a spokesman for the hospital in Okvara": no preposition of place needed.
    counting = _alternatives(scopes.counting_sites)
    teller = re.compile(
        # "the Velka hospital said", or its staff's "director of Velka Hospital".
        rf"\b(?:(?P<article>(?i:the|a|an|its|their))\s+|(?<=\b(?i:of|at)\s))"
        rf"(?P<mods>(?:{_W}+\s+){{0,3}}?)"
        rf"(?P<head>(?i:{counting}))(?:e?s)?\b(?:\s+(?:in|of|at)\s+(?P<town>[A-Z][\w-]+))?"
        # The site itself speaks or is spoken for, no noun after it ("a hospital director").
        r"(?=\s*(?:[,;:.)]|$|(?:said|says|told|reported|confirmed|had|has|was|is)\b))"
    )
    # A site noun that opens a speaker is no second site: "seven at a nearby cafe, a
    # hospital official said" (the lexicon's speaker nouns and reporting verbs).
    speaker = _alternatives(
        [
            *lexicon.sources.person_nouns,
            *lexicon.sources.staff_nouns,
            *lexicon.sources.nouns,
            *lexicon.sources.reporting_verbs,
        ]
    )
    joined = re.compile(
        rf"\s*(?:,|and|&)\s+(?:(?:the|a|an)\s+)?(?:{_W}+\s+){{0,2}}?(?:{heads})\b"
        rf"(?!\s+(?:{speaker})\b)",
        re.IGNORECASE,
    )
    pointer = _pointer_pattern(lexicon, preps)
    series, one_act = _series_patterns(lexicon)
    # After "in", a capitalised name (a country, a city) frames a history as well.
    history = re.compile(rf"\s+(?:(?i:{_alternatives(scopes.history_words)})\b|(?i:in)\s+[A-Z])")
    nations = {w.lower() for w in (*scopes.nationalities, *lexicon.events.demonyms)}
    return _Patterns(
        site=site,
        modifier=modifier,
        teller=teller if counting != r"(?!x)x" else None,
        sites={" ".join(k.lower().split()): v for k, v in scopes.site_nouns.items()},
        joined=joined,
        pointer=pointer,
        history=history,
        response=_words(scopes.response_words),
        killed_by=_killed_by_patterns(lexicon),
        others=frozenset(w.lower() for w in scopes.other_site_words),
        counting=frozenset(w.lower() for w in scopes.counting_sites),
        additive=tuple(w.lower() for w in (*lexicon.figures.other_words,)),
        units={k.lower(): v for k, v in scopes.unit_nouns.items()},
        enumerated={k.lower(): v for k, v in scopes.enumerated_units.items()},
        nations=frozenset(nations | {f"{n}s" for n in nations}),
        victims={k.lower(): v for k, v in scopes.victim_nouns.items()},
        openers=tuple(" ".join(w.lower().split()) for w in scopes.part_openers),
        closers=_words(scopes.part_closers),
        toll=re.compile(
            rf"\s+(?:(?:the|its|their|a)\s+)?(?:{_W}+\s+){{0,2}}?"
            rf"(?:{_alternatives(scopes.toll_nouns)})\b",
            re.IGNORECASE,
        ),
        self_act=_words(scopes.self_act_words),
        clause=_words(scopes.clause_openers),
        died_after=_died_after_pattern(scopes.counting_sites, scopes.counted_in),
        manner=_manner_pattern(scopes.death_manners),
        condition=_words(scopes.condition_words),
        # Counting sites told as others ("to other hospitals", "at another morgue").
        elsewhere=re.compile(
            rf"\b(?:{_alternatives(scopes.other_site_words)})\s+"
            rf"(?:{_alternatives(scopes.counting_sites)})(?:e?s)?\b",
            re.IGNORECASE,
        ),
        # A number whose next word is a verb ("20 were dead", "20 killed") has no noun.
        elided=frozenset(
            w.lower() for w in (*lexicon.figures.auxiliaries, *lexicon.figures.metric_words)
        ),
        auxiliaries=frozenset(w.lower() for w in lexicon.figures.auxiliaries),
        number=re.compile(
            rf"\b(?:\d[\d,]*|{_alternatives(lexicon.figures.number_words)})\b", re.IGNORECASE
        ),
        partitives=tuple(f"{w.lower()} " for w in lexicon.figures.partitive_words),
        places=_lowered(scopes.place_prepositions),
        series=series,
        one_act=one_act,
        unnamed=_unnamed(lexicon),
        known=_known(lexicon),
        **_town_patterns(lexicon),
        not_towns=_folded(lexicon.events.not_places),
        cities=_folded((*lexicon.events.cities, *lexicon.events.capitals.values())),
    )


def _pointer_pattern(lexicon: Lexicon, preps: str) -> re.Pattern[str]:
    """A pointer to one act of several: "in the second blast", "one of the twin blasts"."""
    scopes = lexicon.scopes
    pointers = _alternatives(scopes.site_pointers)
    blasts = _alternatives(scopes.blast_nouns)
    # "in the second blast"; or one of a series, with or without a preposition: "one of
    # the twin blasts", "the second of three explosions" ("one of the deadliest attacks"
    # names no series: only its words or a number may stand before the plural).
    series = (
        rf"{_alternatives(scopes.series_words)}|\d+|{_alternatives(lexicon.figures.number_words)}"
    )
    return re.compile(
        rf"\b(?:(?:{preps})\s+(?P<which>{pointers})\s+(?:{_W}+\s+)?(?:{blasts})\b"
        rf"|(?P<of>{pointers})\s+of\s+(?:(?:the|these|those)\s+)?(?:(?:{series})\s+){{0,2}}"
        rf"(?:{blasts})s\b)",
        re.IGNORECASE,
    )


def _series_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A series of acts ("twin blasts", "three explosions"), and one act ("in the blast")."""
    scopes = lexicon.scopes
    blasts = _alternatives(scopes.series_nouns)
    words = (
        rf"{_alternatives(scopes.series_words)}|\d+|{_alternatives(lexicon.figures.number_words)}"
    )
    series = re.compile(rf"\b(?:{words})\s+(?:{blasts})s\b", re.IGNORECASE)
    one_act = re.compile(rf"\b(?:in|by|from)\s+the\s+(?:{blasts})\b(?!s)", re.IGNORECASE)
    return series, one_act


def _lowered(words: Iterable[str]) -> frozenset[str]:
    """Return words in lower case."""
    return frozenset(w.lower() for w in words)


def _folded(words: Iterable[str]) -> frozenset[str]:
    """Return words folded as site names are: lower case, no possessive or plural "s"."""
    return frozenset(w.lower().rstrip(_APOSTROPHES + "s") for w in words)


def _town_patterns(lexicon: Lexicon) -> dict[str, re.Pattern[str] | None]:
    """Return the patterns of a town: named alone after "in", and right after a site.

    "in Okvara", "in Okvara city", "in the coastal city of Okvara": a capitalised name,
    after the events section's place suffixes where they stand before it with "of".
    """
    suffixes = _alternatives(lexicon.events.place_suffixes)
    of_a_place = rf"(?:the\s+(?:{_W}+\s+){{0,3}}?(?i:{suffixes})\s+of\s+)?"
    name = rf"(?P<town>[A-Z][\w{_APOSTROPHES}-]+(?:\s+[A-Z][\w{_APOSTROPHES}-]+){{0,2}})"
    return {
        "town": re.compile(rf"\b(?i:in)\s+{of_a_place}{name}(?:\s+(?i:{suffixes})\b)?"),
        "town_after": re.compile(rf"\s*,?\s+(?i:in|of)\s+{of_a_place}{name}"),
    }


def _killed_by_patterns(
    lexicon: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """Return the security forces' killing right before a number, and after it by "by".

    "Police troopers killed 4 people"; "two people were shot dead by police". One word may
    stand between the agent and its verb ("police later killed"), never an auxiliary
    ("soldiers were killed" is the soldiers' death).
    """
    scopes = lexicon.scopes
    agents, verbs = _alternatives(scopes.security_agents), _alternatives(scopes.agent_kill_verbs)
    if agents == r"(?!x)x" or verbs == r"(?!x)x":
        return None
    qualifiers = _alternatives(lexicon.figures.qualifiers)
    gap = r"(?:(?!(?:were|was|are|is|been|being|have|has|had)\b)[\w'\u2019-]+\s+)?"
    before = re.compile(
        rf"\b(?:{agents})\s+{gap}(?:{verbs})\s+(?:(?:{qualifiers})\s+)?$", re.IGNORECASE
    )
    # Of the attackers, the words up to the killing may hold a relative clause ("four
    # gunmen who stormed the gate were shot dead by police"), never another subject ("one
    # blew himself up and another was shot dead by police").
    after, named = (
        re.compile(
            rf"^{gap}{{0,{reach}}}?\b(?:{verbs})\s+by\s+(?:the\s+)?"
            rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?:{agents})\b",
            re.IGNORECASE,
        )
        for reach, gap in (
            (40, r"[^,.;:!?\n]"),
            (70, r"(?:(?!\b(?:and|or|but|while|whereas|another|other|others)\b)[^,.;:!?\n])"),
        )
    )
    return before, after, named


def _killed_by_security(
    claims: Iterable[FigureClaim], documents: Mapping[str, Document], p: _Patterns
) -> dict[str, Scope]:
    """Read the people the security forces killed: the attackers or suspects, not the toll.

    "Police troopers killed four people", "two men were shot dead by police": the agent
    of the killing is the security forces, so those killed are the attackers or suspects
    they shot, whom the text calls people. Such a count is another act's, like a response
    to the attack (see :func:`_responses`): compared with none of the attack's tolls.
    """
    found: dict[str, Scope] = {}
    if p.killed_by is None:
        return found
    before, after, named = p.killed_by
    for claim in claims:
        document = documents.get(claim.span.doc)
        militants = claim.subject is Subject.MILITANTS
        if claim.metric is not Metric.KILLED or claim.subject not in (
            Subject.PEOPLE,
            Subject.MILITANTS,
        ):
            continue
        placed = number_in_text(document.text, claim) if document is not None else None
        if document is None or placed is None:
            continue
        start, end = placed
        text = document.text
        # The attackers the forces shot ("four gunmen who stormed the gate were shot dead by
        # police") are some of the attackers dead: others blew themselves up.
        if militants and (
            before.search(text[max(0, start - 60) : start]) or named.match(text[end : end + 100])
        ):
            found[claim.id] = Scope(part=True, key="killed by security", words=_BY_SECURITY)
        elif militants:
            continue
        elif before.search(text[max(0, start - 60) : start]) or after.match(text[end : end + 80]):
            found[claim.id] = Scope(part=True, words=_BY_SECURITY, response=True)
    return found


_BY_SECURITY = "killed by the security forces"


def _known(lexicon: Lexicon) -> frozenset[str]:
    """Return the nouns the lexicon knows a figure by (each phrase's last word)."""
    scopes = lexicon.scopes
    nouns = (*lexicon.figures.subject_words, *scopes.unit_nouns, *scopes.victim_nouns)
    return frozenset(w.lower().split()[-1] for w in nouns if w.split())


def _unnamed(lexicon: Lexicon) -> frozenset[str]:
    """Return the words (folded as site names are) that never name a site."""
    events, dates = lexicon.events, lexicon.dates
    countries = {*events.capitals, *events.cities.values()}
    words = {*dates.months, *dates.weekdays, *(c.lower() for c in countries)}
    words |= {"today", "yesterday", "tonight"}
    return frozenset(w.rstrip(_APOSTROPHES + "s") for w in words)


def _died_after_pattern(
    sites: Iterable[str], prepositions: Iterable[str]
) -> re.Pattern[str] | None:
    """Match a bare counting site right after a figure: "... died in hospital"."""
    if not sites or not prepositions:
        return None
    return re.compile(
        rf"(?:\s+{_W}+){{0,4}}?\s+(?:{_alternatives(prepositions)})\s+"
        rf"(?:{_alternatives(sites)})s?\b(?!\s+(?:attack|bombing|blast|strike|raid))",
        re.IGNORECASE,
    )


def _manner_pattern(manners: Iterable[str]) -> re.Pattern[str] | None:
    """Match a manner of dying right after a figure: "... later died of their injuries"."""
    if not manners:
        return None
    return re.compile(rf"(?:\s+{_W}+){{0,3}}?\s+(?:{_alternatives(manners)})\b", re.IGNORECASE)


def read_scopes(
    claims: Iterable[FigureClaim], documents: Mapping[str, Document], lexicon: Lexicon
) -> dict[str, Scope]:
    """Return the scope of each figure claim, by claim id (see the module doc)."""
    patterns = _patterns(lexicon)
    found: dict[str, Scope] = {}
    sites: dict[str, tuple[_Group, Site]] = {}  # by claim: its text and metric, its site
    claims = sorted(claims, key=lambda c: (c.span.doc, c.span.start, c.id))
    before: FigureClaim | None = None
    for claim in claims:
        document = documents.get(claim.span.doc)
        text = document.text if document is not None else ""
        scope = _worded_part(text, before, claim, patterns)
        before = claim
        if scope is None and text:
            scope = _died_after(text, claim, patterns) or _condition(text, claim, patterns)
        if scope is None and text:
            site = _site(text, claim, patterns)
            if site is not None:
                sites[claim.id] = (_site_group(claim), site)
        found[claim.id] = scope or WHOLE
    retold = frozenset(c.id for c in claims if _retold_early(documents, c))
    below = _below_a_whole(claims, found, sites, retold)
    found.update(_site_scopes(sites, patterns.counting, below))
    found.update(_enumerated_units(claims, found, patterns))
    found.update(_retold_parts(claims, found, patterns))
    found.update(_some_of_a_group(claims, found, documents, patterns))
    found.update(_ways_of_dying(claims, found))
    found.update(_killed_by_security(claims, documents, patterns))
    # Militants killed in a response are another act's, whoever killed them: this comes last.
    found.update(_responses(claims, documents, patterns))
    found.update(_listed(claims, found, documents))
    found.update(_one_act_of_a_series(claims, found, documents, patterns))
    return found


def _one_act_of_a_series(
    claims: Sequence[FigureClaim],
    found: Mapping[str, Scope],
    documents: Mapping[str, Document],
    p: _Patterns,
) -> dict[str, Scope]:
    """Return the figures told of one act of a series their text names: a part.

    A text that names "twin blasts" or "three explosions", then counts "two killed in the
    blast at the gate": the singular is one of the acts, a part of the whole toll, though
    no other text tells its site apart. A figure whose scope is read already keeps it.
    """
    out: dict[str, Scope] = {}
    series: dict[str, bool] = {}
    for claim in claims:
        if found.get(claim.id, WHOLE) is not WHOLE:
            continue
        document = documents.get(claim.span.doc)
        text = document.text if document is not None else ""
        if claim.span.doc not in series:
            series[claim.span.doc] = p.series.search(text) is not None
        if not series[claim.span.doc]:
            continue
        lo, hi = _sentence(text, claim.span.start, claim.span.end)
        if p.one_act.search(text, lo, hi) is not None:
            out[claim.id] = Scope(part=True, words="one act of a series")
    return out


_INCLUDED = re.compile(
    r"\b(?:includ(?:ed|es|e|ing)|among\s+(?:them|whom|those|the\s+dead)(?:\s+were)?)\s*:?\s*$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^[^.;:!?\d]{0,40}?(?:,|\band\b)\s*$", re.IGNORECASE)


_NOT_A_LIST = re.compile(
    r"\b(?:were|was|are|is|have|has|had|been|killed|died|dead|wounded|injured|hurt|in|at|on"
    r"|during|after|before|when|while|said|says)\b",
    re.IGNORECASE,
)
"""Words between two counts that make them two clauses, not one list of nouns."""


def _listed(
    claims: Sequence[FigureClaim], found: Mapping[str, Scope], documents: Mapping[str, Document]
) -> dict[str, Scope]:
    """Read a count of people given in a breakdown as a part: "the dead included 10 traders".

    A count of people (a noun the lexicon gives no narrower subject, "traders") right after
    "included", "including" or "among them", or listed with another count of the victims
    of the same metric ("10 traders, 4 police officers and 3 soldiers"), is one group of
    the dead, not their number. So is a count of a narrower subject listed with a count of
    the same or a narrower one ("37 students and five civilians": five civilians besides
    the students, who are civilians too). A count of the attackers beside it ("25 people
    and three attackers") or a part given of it ("25 people, 3 of them children") lists no
    group.
    """
    by_text: dict[tuple[str, Metric], list[FigureClaim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: c.span.start):
        by_text[claim.span.doc, claim.metric].append(claim)
    parts: dict[str, Scope] = {}
    for (doc, _), group in by_text.items():
        document = documents.get(doc)
        if document is None:
            continue
        for i, claim in enumerate(group):
            at = _number_at(claim)
            if found[claim.id].part or at is None:
                continue
            people = claim.subject is Subject.PEOPLE
            beside = [
                group[j]
                for j in (i - 1, i + 1)
                if 0 <= j < len(group) and (people or claim.subject.contains(group[j].subject))
            ]
            listed = any(_listed_with(document.text, claim, o, found) for o in beside)
            before = document.text[max(0, at[0] - 40) : at[0]]
            if listed or (people and _INCLUDED.search(before)):
                parts[claim.id] = Scope(part=True, words="one group in a breakdown")
    return parts


def _listed_with(
    text: str, claim: FigureClaim, other: FigureClaim, found: Mapping[str, Scope]
) -> bool:
    """Say whether two counts stand in one list, the other a count of victims of its own.

    Two parts given of one total ("44 dead: 37 students and five civilians") are listed
    together; a part given of the other count is not ("25 people, 3 of them children").
    """
    siblings = claim.part_of is not None and claim.part_of == other.part_of
    if (
        other.subject is Subject.MILITANTS
        or found[other.id].part
        or (not siblings and (other.part_of is not None or claim.part_of is not None))
    ):
        return False
    first, second = (claim, other) if claim.span.start < other.span.start else (other, claim)
    one, two = _number_at(first), _number_at(second)
    if one is None or two is None or two[0] < first.span.end:
        return False
    # From after the first number, not after its span: a count whose own words hold a verb
    # ("5 killed, 5 killed") is a clause of its own, however short the gap after it.
    gap = text[one[1] : two[0]]
    return _LIST_GAP.match(gap) is not None and _NOT_A_LIST.search(gap) is None


def number_in_quote(claim: FigureClaim, *, or_low: bool = False) -> tuple[int, int] | None:
    """Return where a figure's number stands in its quote, start and end, if it does.

    The number is the figure's own text ("at least 40"); with ``or_low``, a figure with
    no text is looked for by its low end written in digits ("40").
    """
    number = claim.figure.text or (str(claim.figure.low) if or_low else "")
    at = claim.quote.find(number) if number else -1
    return (at, at + len(number)) if at >= 0 else None


def number_in_text(text: str, claim: FigureClaim) -> tuple[int, int] | None:
    """Return where a figure's number stands in its document's ``text``, start and end.

    None unless the text at the claim's span is still its quote and the quote holds the
    number.
    """
    found = number_in_quote(claim)
    if found is None or text[claim.span.start : claim.span.end] != claim.quote:
        return None
    return claim.span.start + found[0], claim.span.start + found[1]


def number_read_in(text: str, claim: FigureClaim) -> tuple[str, int, int] | None:
    """Return the text a figure's number is read in, and where the number stands there.

    The document's ``text`` when it holds the quote at the claim's span, else the quote
    alone; None when the quote does not hold the number.
    """
    found = number_in_quote(claim)
    if found is None:
        return None
    placed = number_in_text(text, claim)
    return (text, *placed) if placed is not None else (claim.quote, *found)


def _number_at(claim: FigureClaim) -> tuple[int, int] | None:
    """Return where a figure's number stands in its document, by its span alone."""
    found = number_in_quote(claim)
    return None if found is None else (claim.span.start + found[0], claim.span.start + found[1])


def _responses(
    claims: Iterable[FigureClaim], documents: Mapping[str, Document], p: _Patterns
) -> dict[str, Scope]:
    """Read the militants killed in a response to the attack: another act's count.

    "In response, warplanes struck militant hideouts, killing 45 fighters": the army's
    strikes after an attack kill militants who are not the attackers, so the count
    rivals no count of the attackers killed and is no part of the attack's toll.
    """
    found: dict[str, Scope] = {}
    if p.response is None:
        return found
    for claim in claims:
        document = documents.get(claim.span.doc)
        if claim.subject is not Subject.MILITANTS or document is None:
            continue
        lo, hi = _sentence(document.text, claim.span.start, claim.span.end)
        if p.response.search(document.text, lo, hi):
            found[claim.id] = Scope(part=True, words="in a response to the attack", response=True)
    return found


_SELF_ACT = "an attacker's own act"
_ALL = re.compile(r"\b(?:all|both|every|each|total)\b", re.IGNORECASE)


def _ways_of_dying(claims: Sequence[FigureClaim], found: Mapping[str, Scope]) -> dict[str, Scope]:
    """Read a text's counts of attackers killed in different ways as parts of their number.

    "One attacker was shot dead by the guards ... two others blew themselves up": a text
    that counts some attackers as dying by their own act, or as more besides those
    counted, tells how each died, so its other count of attackers killed ("one was shot
    dead") is a part as well, not the number of all the attackers killed. A count given
    as all of them ("all three attackers were killed") stays the whole.
    """
    by_text: dict[str, list[FigureClaim]] = defaultdict(list)
    for claim in claims:
        if claim.subject is Subject.MILITANTS and claim.metric is Metric.KILLED:
            by_text[claim.span.doc].append(claim)
    parts: dict[str, Scope] = {}
    for group in by_text.values():
        scopes = [found[c.id] for c in group]
        if not any(s.additive or s.words == _SELF_ACT for s in scopes):
            continue
        for claim, scope in zip(group, scopes, strict=True):
            if not scope.part and not _ALL.search(claim.quote):
                parts[claim.id] = Scope(part=True, words="one way the attackers died")
    return parts


def _some_of_a_group(
    claims: Sequence[FigureClaim],
    found: Mapping[str, Scope],
    documents: Mapping[str, Document],
    p: _Patterns,
) -> dict[str, Scope]:
    """Read a number with no noun after a count of a group in its sentence: some of them.

    "Around 40 of its pilots and crew were staying in the hotel and as many as 10 had
    been killed": the 10 are some of the 40, not the toll of the attack. The group's count
    is no figure of another metric ("20 people were killed and 30 wounded": the 30 are
    other people). A count of the same metric is a whole the number is a part of.
    """
    spans: dict[str, list[FigureClaim]] = defaultdict(list)
    for claim in claims:
        spans[claim.span.doc].append(claim)
    parts: dict[str, Scope] = {}
    for claim in claims:
        document = documents.get(claim.span.doc)
        if found[claim.id].part or document is None or not _no_noun(claim, p, p.auxiliaries):
            continue
        group = _counted_group(document.text, claim, p)
        if group is None:
            continue
        other = [c for c in spans[claim.span.doc] if c.span.start <= group < c.span.end]
        if not any(c.metric is not claim.metric for c in other):
            parts[claim.id] = Scope(part=True, words="some of a group counted before it")
    return parts


def _counted_group(text: str, claim: FigureClaim, p: _Patterns) -> int | None:
    """Return where a number counting a group stands before a figure in its sentence."""
    placed = number_in_text(text, claim)
    if placed is None:
        return None
    start, end = placed
    lo, _ = _sentence(text, start, end)
    for m in reversed(list(p.number.finditer(text, lo, start))):
        after = " ".join(re.findall(rf"{_W}+", text[m.end() : m.end() + 40].lower())[:4])
        # "40 of its pilots": the group's noun follows the partitive.
        after = next((after[len(w) :] for w in p.partitives if after.startswith(w)), after)
        head = after.split(" ", 1)[0]
        if head.isalpha() and head not in p.elided and not p.number.fullmatch(head):
            return m.start()
    return None


def _retold_parts(
    claims: Iterable[FigureClaim], found: Mapping[str, Scope], p: _Patterns
) -> dict[str, Scope]:
    """Give a count told again without its noun the scope its text first gave it.

    "The 20 hostages who were found dead ... By the end, 20 were dead": a text that has
    counted a part ("20 hostages") and gives the same number again with no noun, for the
    same metric, tells that part again, not the whole toll. ``claims`` come in text order.
    """
    first: dict[tuple[object, ...], Scope] = {}
    retold: dict[str, Scope] = {}
    for claim in claims:
        told = (claim.span.doc, claim.metric, claim.figure.low, claim.figure.high)
        scope = found[claim.id]
        if scope.part and scope.key is not None:
            first.setdefault(told, scope)
        elif not scope.part and told in first and _no_noun(claim, p):
            retold[claim.id] = first[told]
    return retold


def _no_noun(claim: FigureClaim, p: _Patterns, verbs: frozenset[str] | None = None) -> bool:
    """Say whether a figure's number stands with no noun: a verb comes right after it.

    By default the verb may be an auxiliary or a metric word ("20 were dead", "20
    killed"); ``verbs`` narrows it ("as many as 10 had been killed", not "174 dead").
    """
    words = re.findall(rf"{_W}+", _after_number_in_quote(claim).lower())
    return bool(words) and words[0] in (p.elided if verbs is None else verbs)


def _enumerated_units(
    claims: Iterable[FigureClaim], found: Mapping[str, Scope], p: _Patterns
) -> dict[str, Scope]:
    """Key the generic parts of a breakdown by unit: "11 Marines, one soldier, one sailor".

    A part given inside a total and named by a generic noun of the lexicon's
    ``enumerated_units`` ("soldier") counts that noun's unit (the army) when another part
    of the same total counts a unit: the breakdown names each unit by its members.
    """
    claims = list(claims)
    broken_down = {
        c.part_of
        for c in claims
        if c.part_of is not None and (found[c.id].key or "").startswith("unit:")
    }
    keyed: dict[str, Scope] = {}
    for claim in claims:
        if claim.part_of not in broken_down or found[claim.id].key is not None:
            continue
        after = _after_number_in_quote(claim, or_low=True)
        for word in re.findall(rf"{_W}+", after.lower())[:3]:
            unit = p.enumerated.get(word.strip("."))
            if unit is not None:
                keyed[claim.id] = Scope(part=True, key=f"unit:{unit}", words=word.strip("."))
                break
    return keyed


def _died_after(text: str, claim: FigureClaim, p: _Patterns) -> Scope | None:
    """Read those who died later, where they were treated: "four had died in hospital".

    A count of the dead "in hospital" (no article: not the hospital attacked) counts
    those who died of their wounds, a part of the toll; its words run on from the figure.
    So does a count of the dead told by how they died (``scopes.death_manners``: "two
    later died of their injuries", "three died at the scene").
    """
    if p.died_after is None:
        return None
    # From the number on: the quote may hold the words ("four had died in hospital"); from
    # the quote's start if it holds no number, and after it if the text no longer holds it.
    placed = number_in_text(text, claim)
    if placed is not None:
        start = placed[1]
    elif text[claim.span.start : claim.span.end] == claim.quote:
        start = claim.span.start
    else:
        start = claim.span.end
    end = min(len(text), claim.span.end + 80)
    found = p.died_after.match(text, start, end)
    if found is None or _BREAK.search(found.group(0)):
        # "Two people later died of their injuries", "three died at the scene": a part too.
        manner = p.manner.match(text, start, end) if p.manner is not None else None
        if manner is None or claim.metric is not Metric.KILLED or _BREAK.search(manner.group(0)):
            return None
        return Scope(part=True, words="by how they died")
    return Scope(part=True, key="site:hospital", words="in hospital")


_CLAUSE_END = re.compile(r"[,;:.!?()\n\d]|\s(?:and|but|while|whereas)\s")
_DASH = re.compile(r"\s?[\u2013\u2014]|\s-{1,2}\s")
"""A dash that opens an aside: "127 were injured \u2014 several of them critically"."""
_SOME_OF_THEM = re.compile(r"\bof\s+(?:them|whom|those)\b", re.IGNORECASE)
"""A partitive before a condition word: the condition is some of the counted's, not theirs."""


def _condition(text: str, claim: FigureClaim, p: _Patterns) -> Scope | None:
    """Read a count of the wounded by their condition or care: "40 were seriously injured".

    Those in critical condition, in hospital or in intensive care are some of the wounded,
    a floor for their number, not a rival of it. The words must follow the number in its
    own clause ("wounded 59, 23 of them critically", "59 injured \u2014 several in critical
    condition": the 59 is all of them), and not after a partitive ("59 injured, some of
    whom critically" tells the condition of some of the 59).
    """
    if p.condition is None or claim.metric is not Metric.WOUNDED:
        return None
    placed = number_in_text(text, claim)
    if placed is None:
        return None
    start = placed[1]
    window = text[start : min(len(text), start + 60)]
    # The clause ends at a stop or a dash ("127 injured \u2014 several of them critically").
    ends = [m.start() for m in (_CLAUSE_END.search(window), _DASH.search(window)) if m]
    window = window[: min(ends, default=len(window))]
    found = p.condition.search(window)
    if found is None or _SOME_OF_THEM.search(window, 0, found.start()):
        return None
    return Scope(part=True, words="by their condition or care")


def _contrasts(text: str, before: FigureClaim | None, claim: FigureClaim) -> bool:
    """Say whether a figure of another metric comes just before in the same sentence.

    "Six more bodies were found" adds to the toll; "13 were killed and 15 others were
    wounded" counts the wounded, others than the dead.
    """
    if before is None or before.span.doc != claim.span.doc or before.metric is claim.metric:
        return False
    between = text[before.span.end : claim.span.start]
    return len(between) < _WINDOW and _BREAK.search(between) is None


def _wording_scope(claim: FigureClaim, p: _Patterns, text: str = "") -> Scope | None:
    """Read a part from the figure's own words: a unit, a nationality, a partitive.

    A quote that ends at its number ("feared for the lives of five") is read on into its
    text, up to the end of the clause: the noun after the number ("five British
    citizens") is the figure's, whether or not its quote holds it.
    """
    quote = claim.quote
    after = _after_number_in_quote(claim, or_low=True)
    if not after.strip() and number_in_quote(claim, or_low=True) is not None:
        after = _clause_after(text, claim)
    words = re.findall(rf"{_W}+", after.lower())[:4]
    found = _after_number(words, p)
    if found is not None:
        return found
    named = _named_plural(after, p)
    if named is not None:
        return Scope(part=True, key=f"nation:{named.lower().rstrip('s')}", words=named)
    if p.self_act is not None and p.self_act.search(quote):
        return Scope(part=True, words=_SELF_ACT)
    if p.closers is not None and p.closers.search(after):
        return Scope(part=True, words="among a total", among=True)
    found_at = number_in_quote(claim, or_low=True)
    if _among_before(quote[: found_at[0]] if found_at is not None else "", p):
        # "the toll among the guests stood at 12", "among the dead were 5 guards"
        return Scope(part=True, words="among a total", among=True)
    return None


def _clause_after(text: str, claim: FigureClaim) -> str:
    """Return the words after a figure's quote in its text, to the end of their clause."""
    if text[claim.span.start : claim.span.end] != claim.quote:
        return ""
    window = text[claim.span.end : claim.span.end + 40]
    end = _CLAUSE_END.search(window)
    return window if end is None else window[: end.start()]


def _after_number_in_quote(claim: FigureClaim, *, or_low: bool = False) -> str:
    """Return the words of a figure's quote after its number ("" if it holds none)."""
    found = number_in_quote(claim, or_low=or_low)
    return claim.quote[found[1] :] if found is not None else ""


def _among_before(before: str, p: _Patterns) -> bool:
    """Say whether a figure's words before its number count it among a larger group.

    Only a closer that is no verb ("among the", "were among") counts there: ", bringing
    the toll to 22" opens a whole.
    """
    return p.closers is not None and any(
        not m.group(0).startswith(",") for m in p.closers.finditer(before)
    )


_NAMED_PLURAL = re.compile(r"[A-Z][a-z]{2,}[^s\W]s")
"""A capitalised plural: "Okvarans", "Christians", "Hazaras" (not "Boss")."""


def _named_plural(after: str, p: _Patterns) -> str | None:
    """Return a people named by a capitalised plural right after a number, if any.

    "Two Okvarans were killed", "five Christians died": the dead of one nation, faith or
    people, named by a word no lexicon needs to know, a part of the toll. A word the
    lexicon knows as a noun ("59 People Dead") or followed by another capitalised word
    (a headline's title case: "12 Marines Killed") names none.
    """
    words: list[str] = re.findall(rf"{_W}+", after)[:2]
    if not words or not _NAMED_PLURAL.fullmatch(words[0]):
        return None
    if words[0].lower() in p.known or words[0].lower().rstrip("s") in p.unnamed:
        return None
    if len(words) > 1 and not words[1][:1].islower():
        return None
    return words[0]


def _worded_part(
    text: str, before: FigureClaim | None, claim: FigureClaim, p: _Patterns
) -> Scope | None:
    """Read a part from a figure's own words, unless its text says otherwise."""
    scope = _wording_scope(claim, p, text)
    if scope is None:
        return None
    if scope.among and not _adds_up(text, claim, p):
        return None  # "killed 40 in the capital, raising fears": no toll it adds to
    if scope.additive and _contrasts(text, before, claim):
        return None  # "13 killed and 15 others wounded": others than the dead
    return scope


def _adds_up(text: str, claim: FigureClaim, p: _Patterns) -> bool:
    """Say whether a part closer that is a verb ("..., bringing") goes on to a toll.

    "Three more died, bringing the death toll to 22" adds a part to a toll; "killed 40
    people in the capital, raising fears" tells no toll. Closers that are no verb ("were among
    the dead") and figures whose text is unknown keep their part.
    """
    if p.closers is None or p.toll is None or not text:
        return True
    start = claim.span.start
    # The closer stands in the figure's own words (the quote), as _wording_scope read it.
    end = min(len(text), claim.span.end + 2)
    found = p.closers.search(text, start, end)
    if found is None or not found.group(0).startswith(","):
        return True
    return p.toll.match(text, found.end()) is not None


_NEW_PHRASE = frozenset({"including", "among", "and", "or", "with", "besides", "of"})
"""Words after a number's noun that open another phrase: its nouns are not the number's."""


def _after_number(words: list[str], p: _Patterns) -> Scope | None:
    """Read a part from the words after a number: "six more", "160 of the", "12 Marines"."""
    tail = " ".join(words)
    if words and words[0] in p.additive:
        return Scope(part=True, words=f"{words[0]} besides those counted", additive=True)
    if any(tail.startswith(w + " ") or tail == w for w in p.openers):
        return Scope(part=True, words=f"a part ({tail.split(' ', 2)[0]} ...)")
    for word in words[:3]:
        bare = word.strip(".")
        if bare in _NEW_PHRASE:
            break  # "29 people, including prisoners": the prisoners are a part of the 29
        if bare in p.places:
            break  # "killed 4 in a Velkan town": the nationality is the town's
        if bare in p.units:
            return Scope(part=True, key=f"unit:{p.units[bare]}", words=bare)
        if bare in p.nations:
            return Scope(part=True, key=f"nation:{bare.rstrip('s')}", words=bare)
        if bare in p.victims:
            return Scope(part=True, key=f"victims:{p.victims[bare]}", words=bare)
    return None


def _site(text: str, claim: FigureClaim, p: _Patterns) -> Site | None:
    """Return the site nearest the figure in its sentence, if any; joined, if several."""
    start, end = claim.span.start, claim.span.end
    lo, hi = _sentence(text, start, end)
    sentence = text[lo:hi]
    candidates, pointed = _site_candidates(text, lo, sentence, start, end, p)
    if not candidates:
        # No site named: a town named alone ("40 were wounded in Okvara") is one.
        candidates = [s for s in _towns(sentence, lo, p) if _in_clause(text, s, start, end, p)]
    if not candidates:
        return None
    # The nearest site is the figure's ("a nurse at Osman Fiqi hospital said five bodies
    # were sent there"; "18 were killed in the hotel and 10 at the cafe").
    nearest = _one_of_others(min(candidates, key=lambda s: _distance(s, start, end)), sentence, p)
    if pointed and not nearest.other and nearest.head in p.sites.values():
        nearest = replace(nearest, other=True)
    return nearest if nearest.joined else _told_before(text, lo, nearest, p)


def _site_candidates(
    text: str, lo: int, sentence: str, start: int, end: int, p: _Patterns
) -> tuple[list[Site], bool]:
    """Return the sites a figure's sentence names in its clause, and whether a pointer did."""
    matches = [*p.site.finditer(sentence), *p.modifier.finditer(sentence)]
    candidates = [s for m in matches if (s := _mention(m, lo, p, sentence))]
    tellers = [s for s in _tellers(sentence, lo, p) if s not in candidates]
    pointers = _pointers(text, lo, sentence, p)
    candidates = [s for s in [*candidates, *pointers] if not _other_clause(text, s, start, end, p)]
    # "In the second blast, near the cafe, 14 died": the site a pointer's act struck is
    # one of several too, whichever of the two is nearer the figure.
    pointed = any(s.start < start for s in pointers if s in candidates)
    # A counting site that tells the count is the figure's in any clause ("we received 32
    # wounded while others went elsewhere," said the director of Velka Hospital).
    return candidates + tellers, pointed


def _pointers(text: str, lo: int, sentence: str, p: _Patterns) -> list[Site]:
    """Return the sites a sentence's pointers single out ("the second blast")."""
    found = []
    for m in p.pointer.finditer(sentence):
        if p.history.match(sentence, m.end()):
            continue  # "the first attack claimed by ...": an act in a history, no site
        found.append(_pointed_site(text, lo, m, p))
    return found


def _one_of_others(site: Site, sentence: str, p: _Patterns) -> Site:
    """Mark a counting site one of several when its sentence names others of its kind.

    "We received 12 wounded, and the rest went to other hospitals," said the director of
    Velka Hospital: one hospital's count, a part of the toll.
    """
    if site.head in p.counting and p.elsewhere.search(sentence):
        return replace(site, other=True)
    return site


def _pointed_site(text: str, lo: int, m: re.Match[str], p: _Patterns) -> Site:
    """Return the site a pointer singles out: the last one named before, or its act."""
    earlier = _last_site(text, lo, p)
    at = (lo + m.start(), lo + m.end())
    if earlier is None:
        which = m.group("which") or m.group("of")
        earlier = Site(f"blast {which.lower()}", "", *at, False)
    return replace(earlier, start=at[0], end=at[1], joined=False, other=True)


def _towns(sentence: str, offset: int, p: _Patterns) -> list[Site]:
    """Return the towns a sentence names alone: "in Okvara", "in the port city of Okvara".

    Towns joined in one phrase ("in Okvara and Dunmar") are the whole attack's.
    """
    if p.town is None:
        return []
    found = []
    for m in p.town.finditer(sentence):
        town = _town(m, p)
        if town:
            joined = bool(_town(_JOINED_TOWN.match(sentence, m.end()), p))
            found.append(Site("", "", offset + m.start(), offset + m.end(), joined, town=town))
    return found


def _in_clause(text: str, site: Site, start: int, end: int, p: _Patterns) -> bool:
    """Say whether a town named alone stands in a figure's own clause.

    "40 were wounded in Okvara", "In Okvara, 40 were wounded": the town is where they were
    wounded; "40 were wounded in the blast, which was heard as far as Okvara" is not.
    """
    if site.start >= end:
        gap, breaks = text[end : site.start], _AFTER_BREAK
    else:
        gap, breaks = text[site.end : start], _BEFORE_BREAK
    return (
        len(gap) <= _TOWN_REACH
        and breaks.search(gap) is None
        and not _other_clause(text, site, start, end, p)
    )


_TOWN_REACH = 80
"""How far from its figure a town named alone may stand, in characters."""
_BEFORE_BREAK = re.compile(r"[;:()]|\b(?:which|who|whom|whose|where)\b", re.IGNORECASE)
_AFTER_BREAK = re.compile(r"[,;:()]|\b(?:which|who|whom|whose|where)\b", re.IGNORECASE)


_NAME = rf"[A-Z][\w{_APOSTROPHES}-]+(?:\s+[A-Z][\w{_APOSTROPHES}-]+){{0,2}}"
_JOINED_TOWN = re.compile(rf"(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+(?:in\s+)?(?P<town>{_NAME})")
"""Other towns listed with one: "in Okvara and Dunmar", "in Okvara, Dunmar and Velka"
(not "in Okvara, Zelvania": a town and the land it lies in)."""


def _town(m: re.Match[str] | None, p: _Patterns) -> str:
    """Return the town a match names, folded; "" for words that name no town.

    A month, a country ("in Sri Lanka"), a people ("in Okvaran") or a word the events
    section knows names no place ("in May"); of a town of several words ("in San Dunmar"),
    the first is kept, as every text that names the town writes it.
    """
    if m is None:
        return ""
    raw = m.group("town").lower().split()
    words = [w.rstrip(_APOSTROPHES + "s") for w in raw]
    for n in range(len(words), 0, -1):
        told = " ".join(words[:n])
        if told in p.unnamed or told in p.nations or " ".join(raw[:n]) in p.not_towns:
            return ""
    return words[0]


def _told_before(text: str, lo: int, site: Site, p: _Patterns) -> Site:
    """Return a site of no name or town as the text named it before.

    "The church" after "St Velka's church in Okvara" is St Velka's. The last mention of
    a site of its kind with a name or a town, in the text before the figure's sentence (as
    far as the window reaches), is the one the text points back to.
    """
    if site.name or site.town or not site.head:
        return site
    window = text[max(0, lo - _WINDOW) : lo]
    offset = lo - len(window)
    earlier = [
        s
        for m in p.site.finditer(window)
        if (s := _mention(m, offset, p, window)) is not None
        and s.head == site.head
        and (s.name or s.town)
    ]
    if not earlier:
        return site
    return replace(site, name=earlier[-1].name, town=earlier[-1].town)


def _tellers(sentence: str, offset: int, p: _Patterns) -> list[Site]:
    """Return the counting sites that tell their own count: "the Velka hospital said"."""
    if p.teller is None:
        return []
    return [s for m in p.teller.finditer(sentence) if (s := _mention(m, offset, p, sentence))]


def _other_clause(text: str, site: Site, start: int, end: int, p: _Patterns) -> bool:
    """Say whether another clause opens between a figure and a site after it.

    "At least 20 had died in the initial attack, before the assault on the hotel": the
    hotel is where the assault went, not where the 20 died.
    """
    if p.clause is None or site.start < end:
        return False
    return p.clause.search(text, end, site.start) is not None


def _mention(m: re.Match[str], offset: int, p: _Patterns, sentence: str) -> Site | None:
    """Return the site a match names; none without an article or a name ("in hospital")."""
    mods = m.group("mods").split()
    teller_town = m.groupdict().get("town")  # "the hospital in Okvara": a counting site's
    name, city = _site_name(mods, teller_town, p)
    head = " ".join(m.group("head").lower().split())
    head = p.sites.get(head, head)
    counted = _counted_sites(m, head, mods, p)
    if not name and not city and m.group("article") is None and not counted:
        return None
    # "the Velka church in Okvara": the town the site stands in, read past for a joined site
    # ("a church in Okvara and a mosque in Dunmar").
    placed = p.town_after.match(sentence, m.end()) if p.town_after is not None else None
    town = "" if teller_town else _town(placed, p)
    # Several sites in one phrase ("at two churches", "in the Velka church and the Dunmar
    # mosque") are the whole attack's.
    joined = counted or p.joined.match(sentence, placed.end() if placed else m.end()) is not None
    other = any(w.lower() in p.others for w in mods)
    return Site(head, name, offset + m.start(), offset + m.end(), joined, other, town)


def _site_name(mods: Sequence[str], town: str | None, p: _Patterns) -> tuple[str, bool]:
    """Return a site's name from its capitalised modifiers, and whether a city stood there.

    A city the lexicon knows, before the site's noun, names no site of its own ("the
    Okvara hotel" is the hotel the text names elsewhere, in Okvara); nor does a month, a
    country or a people ("the Okvaran church").
    """
    named = [*(w for w in mods if w[:1].isupper()), *([town] if town else [])]
    folded = [w.lower().rstrip(_APOSTROPHES + "s") for w in named]
    words = [w for w in folded if w not in p.unnamed and w not in p.nations]
    cities = {w for w in words if w in p.cities} if not town else set()
    return " ".join(w for w in words if w not in cities), bool(cities)


def _counted_sites(m: re.Match[str], head: str, mods: Sequence[str], p: _Patterns) -> bool:
    """Say whether a site's plural counts several sites: "at two churches", "on both hotels"."""
    if not m.groupdict().get("plural") or head in p.counting:
        return False
    return any(p.number.fullmatch(w) or w.lower() in _SEVERAL for w in mods)


_SEVERAL = frozenset({"both", "several", "multiple", "separate", "different", "various"})
"""Words before a plural site that count several sites: "at several churches"."""


def _last_site(text: str, lo: int, p: _Patterns) -> Site | None:
    """Return the last site named in the sentence before ``lo`` (what "this blast" is).

    A town named alone stands for the site when the sentence names none ("another blast
    hit a church in Okvara").
    """
    before_lo, _ = _sentence(text, max(0, lo - 2), max(0, lo - 1))
    sentence = text[before_lo:lo]
    found = [s for m in p.site.finditer(sentence) if (s := _mention(m, before_lo, p, sentence))]
    found = found or _towns(sentence, before_lo, p)
    return found[-1] if found else None


def _distance(site: Site, start: int, end: int) -> int:
    if site.end <= start:
        return start - site.end
    if site.start >= end:
        return site.start - end
    return 0


_BREAK = re.compile(
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][\"\u201d\u2019]?\s+(?=[^a-z])|\n"
)
"""A sentence's end: not after an abbreviation ("U.S.", "Gen.", "Mr."), before no lower case."""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence around ``start:end``, within a bounded window."""
    lo = max(0, start - _WINDOW)
    before = [m.end() for m in _BREAK.finditer(text, lo, start + 1) if m.end() <= start]
    hi_limit = min(len(text), end + _WINDOW)
    after = _BREAK.search(text, end, hi_limit)
    return (before[-1] if before else lo), (after.start() + 1 if after else hi_limit)


def _below_a_whole(
    claims: Iterable[FigureClaim],
    found: Mapping[str, Scope],
    sites: Mapping[str, tuple[_Group, Site]],
    retold: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """Return the figures at a site that their text puts below a toll of no one site.

    "Coordinated attacks killed 40 people ... 25 were killed at the stadium": a text that
    gives a larger toll at no site, and a smaller one at a site, tells a site's part of
    the whole (the other sites' figures may be missing or elliptic: "and 15 at a cafe").
    Only a toll of the same subject is such a whole: "the attack at the gate
    killed 30 people, including seven children" breaks the toll down by who died, at one
    place, and the children's count is no site's part of a larger toll of children. A
    town named alone is no such site: "at least 25 killed in Okvara" may be the toll
    before it rose, the town the whole attack's. Nor is a toll its text retells as told
    before it (``retold``: "previous reports had said four were killed"): the site's
    figure may be the toll that replaced it.
    """
    claims = list(claims)
    top: dict[tuple[_Group, Subject], int] = {}
    for claim in claims:
        if claim.id not in sites and not found[claim.id].part and claim.id not in retold:
            key = (_site_group(claim), claim.subject)
            top[key] = max(top.get(key, -1), claim.figure.low or 0)
    below = set()
    for claim in claims:
        if claim.id in sites and sites[claim.id][1].head:
            key = (sites[claim.id][0], claim.subject)
            high = claim.figure.high
            if high is not None and top.get(key, -1) > high:
                below.add(claim.id)
    return frozenset(below)


def _retold_early(documents: Mapping[str, Document], claim: FigureClaim) -> bool:
    """Say whether a text retells a figure as told before it, as an early one.

    "Previous reports had said four were killed", "officials had initially put the toll
    at 30": a provisional figure whose sentence dates its telling before the report.
    """
    document = documents.get(claim.span.doc)
    if not claim.provisional or document is None:
        return False
    start, _ = _sentence(document.text, claim.span.start, claim.span.end)
    return EARLIER_TELLING.search(document.text[start : claim.span.start]) is not None


_TOLLS = frozenset({Metric.KILLED, Metric.WOUNDED, Metric.CASUALTIES})
"""The metrics of a toll: a toll told over several sites makes the text's others parts."""

_Group = tuple[str, Metric, bool]
"""A text, a metric, and whether the figures count the attackers."""


def _site_group(claim: FigureClaim) -> _Group:
    """Return the group of figures whose sites are told apart together.

    One text's figures of one metric, of the victims or of the attackers: "one attacker
    was shot dead at the gate" names no second site of the victims' toll "at the mosque".
    """
    return claim.span.doc, claim.metric, claim.subject is Subject.MILITANTS


def _site_scopes(
    sites: Mapping[str, tuple[_Group, Site]],
    counting: frozenset[str],
    below: frozenset[str] = frozenset(),
) -> dict[str, Scope]:
    """Key the site of each figure told as one site of several.

    A text that gives figures of one metric at two places or more ("18 were killed in the
    hotel and 10 at the cafe", "30 were wounded in Okvara and 12 in Dunmar"), or tells
    its toll over several sites in one phrase ("attacks on two churches killed 40"), or
    marks a site as one of several ("the nearby cafe", "this blast"), or puts a site's
    figure below a toll of no one site ("attacks across the city killed 40 ... at the
    stadium, 25"), counts parts; a text whose figures all name one site (the mall that
    was attacked) counts the whole. A town named alone is told apart only from other
    towns. Mentions that name one place share its key across the event's texts (see
    :mod:`.sites`).
    """
    sites = _sited_towns(sites)
    apart = _told_apart(sites, counting)
    ids = [i for i in sites if not sites[i][1].joined]
    keys = place_keys([sites[i][1] for i in ids], [sites[i][0][0] for i in ids], counting)
    found: dict[str, Scope] = {}
    for claim_id, key in zip(ids, keys, strict=True):
        site = sites[claim_id][1]
        if claim_id in apart or site.other or claim_id in below:
            found[claim_id] = Scope(part=True, key=key, words=site.told)
    return found


def _sited_towns(sites: Mapping[str, tuple[_Group, Site]]) -> dict[str, tuple[_Group, Site]]:
    """Keep the towns named alone only where the event's texts name a site in them.

    "40 were wounded in Okvara" counts the wounded of a site when a text names "the Velka
    church in Okvara"; a town no site is named in may be the whole attack's, a speaker's,
    or another attack's ("a similar attack in Dunmar"). Towns joined in one phrase stay:
    they spread a toll over several places.
    """
    towns = {site.town for _, site in sites.values() if site.head and site.town}
    return {
        claim_id: (group, site)
        for claim_id, (group, site) in sites.items()
        if site.head or site.joined or site.town in towns
    }


def _told_apart(sites: Mapping[str, tuple[_Group, Site]], counting: frozenset[str]) -> set[str]:
    """Return the figures whose text tells their place apart from others (by claim id).

    A site is told apart in a group of figures with two places or two towns, or in a text
    that tells a toll over several sites in one phrase ("blasts at two churches", "in
    Okvara and Dunmar"). A town named alone is told apart only as a place of a toll, in a
    group with two towns or in a text that tells a toll over several towns: a count of
    arrests "raised to 13" in Dunmar may be the count of all the arrests.
    """
    groups: dict[_Group, list[Site]] = defaultdict(list)
    spread: set[tuple[str, bool, bool]] = set()  # texts that tell a toll over several places
    for (doc, metric, attackers), site in sites.values():
        if not site.joined:
            groups[doc, metric, attackers].append(site)
        elif metric in _TOLLS:
            spread.add((doc, attackers, bool(site.head)))
    places = {g: count_places(found, counting) for g, found in groups.items()}
    apart = set()
    for claim_id, ((doc, metric, attackers), site) in sites.items():
        if site.joined or (not site.head and metric not in _TOLLS):
            continue
        headed, towns = places[doc, metric, attackers]
        # Sites spread over towns are told apart, towns only over towns.
        kinds = (False, True) if site.head else (False,)
        spreads = metric in _TOLLS and any((doc, attackers, k) in spread for k in kinds)
        if spreads or (max(headed, towns) if site.head else towns) >= 2:
            apart.add(claim_id)
    return apart
