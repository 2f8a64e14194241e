"""The lexicon's event words, compiled: patterns and word sets that read cues.

May import: the extract, vocab, compiled and models modules; nothing else of its package.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from claimrecon import compiled
from claimrecon.extract import gazetteer
from claimrecon.vocab import DateLexicon, EventLexicon, Lexicon, per_lexicon
from claimrecon.vocab import alternation as _alternation

_FOLLOWING = re.compile(r"\b(?:after|following|since)\b", re.IGNORECASE)

# The modifiers "since" may take before a date: "since early 2015", "since the start of".
_SINCE_MODIFIERS = r"(?:(?:early|late|mid|the\s+start\s+of|the\s+beginning\s+of)[\s-]+)?"

# "since" and its modifiers right before a date.
_SINCE_BEFORE = re.compile(rf"\bsince\s+{_SINCE_MODIFIERS}$", re.IGNORECASE)


# A date's possessive and at most two modifiers before the noun it owns.
_POSSESSIVE = re.compile(r"['\u2019]s\s+")


# Before a date that a count held by: "By October 20, the toll had reached 358".
_COUNT_BY = re.compile(r"\b(?:[Bb]y|[Aa]s\s+of|[Uu]p\s+to)\s+(?:late\s+|early\s+)?$")


_WORD = re.compile(r"[\w-]+\s+")


_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but)\b|\s+(?:while|whereas)\b")


_CAPITAL = re.compile(r"\s+capital,?\s+(?P<c>[A-Z][\w-]*)")


_BARE_CAPITAL = re.compile(r"\s+capital\b")


# A dateline's date: "May 3", "May 3, 2021", "Nov. 3".
_DATELINE_DATE = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"(?:,?[ \t]+\d{4})?"
)
# A dateline opens the first body paragraph: "MOGADISHU (Reuters) -", "PESHAWAR, Pakistan
# \u2014", "MAIDUGURI, Nigeria (AP) -". Tokens hold no white space and the separators are
# white space, so the pattern does not backtrack.
# The city in capitals ("OKVARA, Zelvania (AP) -"), or a name in capitals and
# small letters only before a date or an agency in brackets ("Okvara (Agency) -",
# "Okvara, May 3 :"), or a date and the city in brackets ("May 3, 2021 (OKVARA) -").
_DATELINE = re.compile(
    r"\s*(?:(?P<city>[A-Z][A-Z'\u2019.-]+(?:[ \t]+[A-Z][A-Z'\u2019.-]+){0,3})"
    r"(?:,[ \t]+(?P<region>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}?))?"
    rf"|(?P<named>[A-Z][a-z'\u2019.-]+(?:[ \t]+[A-Z][a-z'\u2019.-]+){{0,2}})"
    rf"(?=,?[ \t]+(?:{_DATELINE_DATE}|\())"
    rf"|{_DATELINE_DATE}[ \t]+\((?P<bracketed>[A-Z][A-Z'\u2019. -]+)\))"
    rf"(?:,?[ \t]+{_DATELINE_DATE})?"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-\u2013\u2014]+\s|[\u2013\u2014]+(?=[A-Z])|:\s|:$)"
)


@dataclass(frozen=True)
class _Patterns:
    target: re.Pattern[str]
    kind: re.Pattern[str]
    period: re.Pattern[str]
    since: re.Pattern[str]
    other: re.Pattern[str]
    time_relative: re.Pattern[str]
    period_edge: re.Pattern[str]
    """A word that makes the date right after it a period's start: "from today"."""
    """A comma and a word opening a clause of the date just before: ", when"."""
    place: re.Pattern[str]
    place_before_kind: re.Pattern[str]
    site_owner: re.Pattern[str]
    """A city owning a site after a preposition: "on Okvara's main avenue"."""
    dateline: re.Pattern[str]
    record: re.Pattern[str]
    night: re.Pattern[str]
    toll: re.Pattern[str]
    """A toll verb right before a date: "were killed on Friday", "wounded late Sunday"."""
    toll_word: re.Pattern[str]
    """A toll verb anywhere: "killed 22 at a hotel" tells the hotel as hit."""
    answer: re.Pattern[str]
    """A word that tells strikes as the answer to an attack: "retaliatory strikes"."""
    owned: re.Pattern[str]
    """A word that tells an attack claimed or blamed: "claimed responsibility"."""
    same_time: re.Pattern[str]
    """"around the same time", "on the same day": dated as the main event."""
    plotter: re.Pattern[str]
    """"the mastermind of", "the planner behind": a person told by an attack."""
    prior_time: re.Pattern[str]
    """"During that time": dated as the sentence before."""
    aside: re.Pattern[str]
    """Ends the text before a target that is a landmark or a source, not what was hit."""
    care: re.Pattern[str]
    """Ends the text before a weak target where victims died or were cared for."""
    landmark: re.Pattern[str]
    """Ends the text before a landmark: "outside the airport" (a locator, not a source)."""
    struck_place: re.Pattern[str]
    """A place an attack word is told against: "the attacks on Mumbai"."""
    fled_place: re.Pattern[str]
    """A place attackers left: "after escaping Lyon"."""
    site_after_kind: re.Pattern[str]
    """A proper name an attack is told at: "the siege at Sunrise", "an attack on Hillcrest"."""
    site_before_kind: re.Pattern[str]
    """A proper name before an attack or target word: "the Sunrise siege", "a Hillcrest mall"."""
    interval: re.Pattern[str]
    """A distance in time to another event: "three years after", "exactly a week before"."""
    long_span: re.Pattern[str]
    """A sentence opening on months or years of time: "For five months, the army fought"."""
    origin: re.Pattern[str]
    """Ends the text before a place of origin: "militants from", "based in", "a native of"."""
    spoken: re.Pattern[str]
    """Ends the text before the place a statement was made in: "told reporters in"."""
    speaker_at: re.Pattern[str]
    """Ends the text before a speaker's own place: "an official in"."""
    reported: re.Pattern[str]
    """Opens the text after a speaker's place with a reporting verb: " told Reuters"."""
    motive: re.Pattern[str]
    """A reason given for an attack, to the end of its clause: "in revenge for ..."."""
    siege: re.Pattern[str]
    """A word of an event that runs for days: "siege", "hostages", "standoff"."""


@per_lexicon
def _patterns(lexicon: Lexicon) -> _Patterns:
    # Keyed by the whole lexicon: the patterns read two of its sections.
    return _Patterns(
        **{name: compiled.compile(p, re.IGNORECASE) for name, p in _any_case(lexicon).items()},
        **{name: compiled.compile(p) for name, p in _cased(lexicon).items()},
    )


def _phrases(phrases: Iterable[str]) -> str:
    """Return a pattern of any of some phrases, each as whole words."""
    return rf"\b(?:{_alternation(phrases)})\b"


def _points_before(cues: Iterable[str]) -> str:
    """Return lookbehinds refusing a period phrase told as a moment in it: "earlier this year"."""
    return "".join(rf"(?<!\b{re.escape(c)}\s)" for c in cues)


def _other_phrases(phrases: Iterable[str]) -> str:
    """Return a pattern of the other-event phrases; a one-word one not closing a list.

    "elsewhere" tells another event ("gunmen attacked a village elsewhere in the
    province"), but "in Okvara, Dunmar and elsewhere" only ends a list of places.
    """
    single = [p for p in phrases if len(p.split()) == 1]
    several = [p for p in phrases if len(p.split()) > 1]
    parts = [_phrases(several)] if several else []
    if single:
        parts.append(rf"(?<!\band\s)(?<!\bor\s){_phrases(single)}")
    return "|".join(parts) or "(?!)"


def _any_case(lexicon: Lexicon) -> dict[str, str]:
    """Return the patterns of :class:`_Patterns` read in any case, by name."""
    lex, dates = lexicon.events, lexicon.dates
    return {
        "target": _phrases(lex.targets),
        "kind": _phrases(lex.kind_words),
        "period": (
            rf"{_points_before(lex.point_cues)}{_phrases(lex.aggregate_phrases)}"
            rf"|\b(?:in|during|over|for|throughout|within)\s+the\s+"
            rf"(?:{_alternation(lex.period_openers)})\s+(?:[\w-]+\s+)?"
            rf"(?:{_alternation(dates.duration_units)})\b"
        ),
        "other": rf"{_other_phrases(lex.other_event_phrases)}|{_modified_other(lex)}",
        "dateline": _phrases(lex.dateline_words),
        "record": _phrases(lex.record_words),
        "night": _phrases(lex.night_words),
        "toll": rf"\b(?:{_alternation(lex.toll_verbs)})\s+(?:(?:on|late|early|last)\s+){{0,2}}$",
        "toll_word": _phrases(lex.toll_verbs),
        "owned": _phrases(lex.owned_words),
        "answer": _phrases(lex.answer_words),
        "same_time": _phrases(lex.same_time_phrases),
        "prior_time": _phrases(lex.prior_time_phrases),
        "time_relative": rf"\s*,\s*{_phrases(lex.time_relatives)}",
        "period_edge": rf"{_phrases(lex.period_edge_words)}\s+$",
        "plotter": rf"{_phrases(lex.plotter_nouns)}\s+(?:of|behind)\s",
        "siege": _phrases(lex.siege_words),
        # The cue, then at most three words of the target's noun phrase ("near the busy
        # Kabul hotel"); no punctuation between, so a cue of another clause never counts.
        "aside": (
            rf"\b(?:{_alternation([*lex.locator_words, *lex.source_cues])})"
            rf"(?:\s+[\w'\u2019.-]+){{0,3}}\s*$"
        ),
        "interval": (
            rf"\b(?P<exact>exactly\s+|just\s+)?(?P<n>\d{{1,2}}|{_alternation(dates.number_words)})"
            rf"\s+(?P<u>days?|weeks?|months?|years?)\s+(?P<dir>after|before)\b"
        ),
        # What a sentence tells over months or years is a campaign or a history, never
        # the day's attack: "For five months, ...", "Over the next two years, ...".
        "long_span": (
            rf"^\W*(?:for|over|during|throughout)\s+(?:the\s+(?:next|following)\s+)?"
            rf"(?:(?:more\s+than|nearly|almost|about|some)\s+)?"
            rf"(?:(?:\d{{1,2}}|several|many|{_alternation(dates.number_words)})\s+)?"
            rf"(?:months|years|decades)\s*,"
        ),
        "care": rf"\b(?:{_alternation(lex.care_cues)})(?:\s+[\w'\u2019.-]+){{0,2}}\s*$",
        "landmark": rf"\b(?:{_alternation(lex.locator_words)})(?:\s+[\w'\u2019.-]+){{0,3}}\s*$",
        # The phrase, then the rest of its clause: up to a comma, a semicolon, a dash, a
        # bracket, a quote or a full stop ("U.S." goes on); the two branches of the
        # repetition share no character, so the pattern does not backtrack.
        # "from" only right before the name or its modifier ("from neighbouring"): "rescued
        # from the rubble in <city>" is there.
        "origin": (
            rf"\b(?:from(?:\s+(?:{_alternation(lex.place_modifiers)}))?"
            rf"|(?:{_alternation(lex.origin_cues)})(?:\s+[\w'\u2019-]+){{0,4}})\s*$"
        ),
        "spoken": rf"\b(?:{_alternation(lex.speech_place_cues)})\s+$",
        "speaker_at": rf"\b(?:{_alternation(lex.speaker_nouns)})\s+in\s+$",
        "reported": rf"^\s*(?:{_alternation(lexicon.sources.reporting_verbs)})\b",
        "motive": (
            rf"{_phrases(lex.motive_phrases)}"
            r"(?:[^,;:.\u2013\u2014()\"\u201c\u201d]|\.(?!\s))*"
        ),
    }


def _cased(lexicon: Lexicon) -> dict[str, str]:
    """Return the patterns of :class:`_Patterns` that tell names by their capitals, by name.

    The lexicon's words in them are read in any case (``(?i:...)``), the names they
    capture only with a capital.
    """
    lex, dates = lexicon.events, lexicon.dates
    name = r"[A-Z][\w'\u2019-]*"
    # Place names are at most three capitalised tokens; the separators are white space,
    # which the tokens cannot hold, so the pattern does not backtrack.
    # "St. Petersburg", "St. Louis": a name may open on an abbreviation with its period.
    abbreviation = rf"(?:(?:{_alternation(lex.place_abbreviations)})\.\s+)?"
    place_name = rf"{abbreviation}{name}(?:\s+{name}){{0,2}}"
    kinds = _alternation(lex.kind_words)
    months = _alternation(m.capitalize() for m in dates.months)
    return {
        "since": rf"\b[Ss]ince\s+{_SINCE_MODIFIERS}(?:{months}|(?:19|20)\d\d)\b",
        "place": (
            rf"\b(?:{_alternation(lex.place_prepositions)})\s+(?:the\s+)?"
            rf"(?:(?:{_alternation(lex.place_modifiers)})\s+)?(?P<p>{place_name})"
        ),
        # "on Okvara's main avenue": a possessive name after a preposition of a site.
        "site_owner": (
            rf"\b(?i:{_alternation(lex.site_prepositions)})\s+(?P<p>{place_name})['\u2019]s\b"
        ),
        "place_before_kind": (
            rf"(?P<p>{name})\s+(?i:{_alternation(w for w in lex.kind_words if ' ' not in w)})\b"
        ),
        # "the attacks on Okvara", "twin blasts (that) rocked Okvara".
        "struck_place": (
            rf"\b(?i:{kinds})\s+(?:on|against|(?:(?:that|which)\s+)?"
            rf"(?i:{_alternation(lex.hit_verbs)}))\s+(?P<p>{place_name})"
        ),
        "site_after_kind": (
            rf"\b(?i:{kinds})\s+(?:at|on|in|of|against)\s+(?:the\s+)?(?P<n>{place_name})"
        ),
        "site_before_kind": (
            rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<n>{place_name})\s+"
            rf"(?i:{_alternation([*lex.kind_words, *lex.targets])})\b"
        ),
        "fled_place": rf"\b(?i:{_alternation(lex.flight_words)})\s+(?P<p>{place_name})",
    }


def _modified_other(lex: EventLexicon) -> str:
    """Return the short other-event phrases with one or two modifiers between.

    "separate operation" also reads "a separate police operation", "another deadly
    bombing": the qualifier of a two-word phrase (or of a three-word one after "a" or
    "an"), then its head. A qualifier the data gives with several heads ("separate",
    "another") is read before any of them ("another police operation"); one it gives with
    a single head only with that head: "earlier attacks" and "an earlier attack" read
    "earlier deadly attacks" and "an earlier suicide attack", but "the earlier suicide
    attack" a claim names may be the report's own, told before the news of the claim.
    """
    heads: dict[str, set[str]] = {}
    for phrase in lex.other_event_phrases:
        words = phrase.split()
        if len(words) == 2 or (len(words) == 3 and words[0].lower() in ("a", "an")):
            heads.setdefault(" ".join(words[:-1]), set()).add(words[-1])
    if not heads:
        return "(?!)"
    every = {h for own in heads.values() for h in own}
    each = "|".join(
        rf"{_alternation({first})}\s+(?:[\w-]+\s+){{1,2}}"
        rf"(?:{_alternation(every if len(own) > 1 else own)})"
        for first, own in sorted(heads.items())
    )
    return rf"\b(?:{each})\b"


@dataclass(frozen=True)
class _Words:
    # Word sets, in lower case.
    not_places: frozenset[str]
    suffixes: frozenset[str]
    weak: frozenset[str]
    speakers: frozenset[str]
    victims: frozenset[str]
    adjective_of: frozenset[str]
    capital_of: frozenset[str]
    """The countries of :attr:`capitals`."""
    generic_names: frozenset[str]
    """Words of a site's name that tell no site apart, and other words no name of a site
    is told by: target nouns, kind words, weekdays, months."""
    ends_place: frozenset[str]
    """Words a place name never runs into: weekdays, months, target nouns ("in northeast
    Kenya Thursday", "Garissa University College attacked")."""
    # Maps, keyed in lower case.
    demonyms: dict[str, str]
    """Demonym to its country."""
    capitals: dict[str, str]
    """Country to its capital."""
    country_of: dict[str, str]
    """City to its country."""
    spelling: dict[str, str]
    """Place to its spelling in the lexicon: "MOGADISHU" is "Mogadishu"."""
    related: dict[str, frozenset[str]]
    """Target to the targets that may name the same site (both ways)."""


@per_lexicon
def _words(lexicon: Lexicon) -> _Words:
    lex = lexicon.events
    # Every country the gazetteer knows has its capital ("the Senegalese capital"), not
    # only the lexicon's; the lexicon's own entries win.
    capitals = gazetteer(lexicon).capitals()
    return _Words(
        not_places=frozenset(
            {w.lower() for w in lex.not_places} | {a.lower() for a in lexicon.actors.aliases}
        ),
        suffixes=frozenset(w.lower() for w in lex.place_suffixes),
        weak=frozenset(lex.weak_targets),
        speakers=frozenset(w.lower() for w in lex.speaker_words),
        victims=frozenset(w.lower() for w in lex.victim_nouns),
        adjective_of=frozenset(w.lower() for w in (*lex.targets, *lex.kind_words) if " " not in w),
        demonyms=_demonyms(lex, capitals),
        capitals={k.lower(): v for k, v in capitals.items()},
        capital_of=frozenset(k.lower() for k in capitals),
        country_of={**{v.lower(): k for k, v in capitals.items()}, **_country_of(lex)},
        spelling=_spelling(lex),
        related=_related(lex.target_relations),
        ends_place=_ends_place(lexicon),
        generic_names=_generic_names(lexicon),
    )


def _demonyms(lex: EventLexicon, capitals: dict[str, str]) -> dict[str, str]:
    """Return nationality words (lower case) to their country: the lexicon's, then made."""
    made = _derived_demonyms(set(capitals) - set(lex.demonyms.values()))
    return {**made, **{k.lower(): v for k, v in lex.demonyms.items()}}


def _generic_names(lexicon: Lexicon) -> frozenset[str]:
    """Return the words (lower case) that tell no site's name apart (see ``_Words``)."""
    lex = lexicon.events
    return frozenset(
        w.lower()
        for w in (
            *lex.generic_name_words,
            *(t for phrase in lex.targets for t in phrase.split()),
            *(k for phrase in lex.kind_words for k in phrase.split()),
            *lexicon.dates.weekdays,
            *lexicon.dates.months,
        )
    )


# How a country's name makes its people's adjective: "Kenya" "Kenyan", "Jordan"
# "Jordanian", "Senegal" "Senegalese", "Somalia" "Somali", "Peru" "Peruvian". Each rule
# is (letters the name ends with, letters dropped, letters added).
_DEMONYM_RULES = (
    ("a", "", "n"),
    ("a", "a", "i"),
    ("a", "a", "ese"),
    ("i", "", "an"),
    ("", "", "ian"),
    ("", "", "ese"),
    ("", "", "i"),
    ("o", "o", "an"),
    ("o", "", "lese"),
    ("u", "", "vian"),
    ("e", "e", "ian"),
    ("y", "y", "ian"),
    ("stan", "stan", ""),
    ("istan", "istan", ""),
)


def _derived_demonyms(countries: Iterable[str]) -> dict[str, str]:
    """Return the adjectives the rules make of country names (lower case) to the country.

    A made word two countries share ("nigerian" of both Niger and Nigeria) is left out:
    the lexicon's demonyms name those, and the countries they name are not given here.
    """
    made: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        name = country.lower()
        if not name.isascii() or not name.replace(" ", "").isalpha():
            continue
        for ends, drop, add in _DEMONYM_RULES:
            if name.endswith(ends) and len(name) > 3:
                made[name[: len(name) - len(drop)] + add].add(country)
    return {word: next(iter(of)) for word, of in made.items() if len(of) == 1}


def _country_of(lex: EventLexicon) -> dict[str, str]:
    """Return each capital and city of the lexicon's tables (lower case) to its country."""
    return {
        **{v.lower(): k for k, v in lex.capitals.items()},
        **{k.lower(): v for k, v in lex.cities.items()},
    }


def _spelling(lex: EventLexicon) -> dict[str, str]:
    """Return each place of the lexicon's tables (lower case) to its spelling there."""
    return {
        p.lower(): p
        for p in (*lex.capitals, *lex.capitals.values(), *lex.cities, *lex.cities.values())
    }


def _ends_place(lexicon: Lexicon) -> frozenset[str]:
    """Return the words a place name never runs into: weekdays, months, target nouns."""
    return frozenset(
        [
            *lexicon.dates.weekdays,
            *(m for m in lexicon.dates.months if len(m) > 3),
            *(t.lower() for t in lexicon.events.targets if " " not in t),
        ]
    )


def _related(relations: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Return the target relations read both ways."""
    out: dict[str, set[str]] = defaultdict(set)
    for label, others in relations.items():
        for other in others:
            if other != label:
                out[label].add(other)
                out[other].add(label)
    return {label: frozenset(others) for label, others in out.items()}


@per_lexicon
def _pluperfect_pattern(lex: DateLexicon) -> re.Pattern[str]:
    """Return the pattern of a past perfect right before a date.

    "had <participle>", then at most two words before the date's own preposition or
    modifier (``dates.pluperfect_cues``: "in", "since", "early"...).
    """
    cues = _alternation(lex.pluperfect_cues, never="")
    cue = rf"(?:(?:{cues})\s+)?" if cues else ""
    return re.compile(rf"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|t)\s+(?:[a-z]+\s+){{0,2}}?{cue}$")


@per_lexicon
def _continuation_pattern(lex: DateLexicon) -> re.Pattern[str] | None:
    """Return the pattern of a phrase of duration right before a date, or ``None``.

    ``dates.continuation_phrases`` ("continued into", "lasted until"), then what may stand
    between it and the day: "the early hours of", "early", "late on".
    """
    phrases = _alternation(lex.continuation_phrases, never="")
    if not phrases:
        return None
    between = (
        r"(?:the\s+)?(?:(?:early|late|small|wee)\s+)?"
        r"(?:(?:hours|morning|night|evening)\s+of\s+)?(?:on\s+)?"
    )
    return re.compile(rf"\b(?:{phrases})\s+{between}$", re.IGNORECASE)
