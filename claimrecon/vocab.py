"""Lexicons kept as data: the words extraction looks for.

The built-in lexicons live in ``claimrecon/data/*.json``, one file a section, each
validated by a pydantic model. A user extends them at run time, for another domain or
another wording, without editing the package:

Example:
    >>> from claimrecon.vocab import Lexicon
    >>> lexicon = Lexicon.default().extend({"sources": {"nouns": {"civil defence": "official"}}})
    >>> lexicon.sources.nouns["civil defence"].value
    'official'

``extend`` merges section by section: mappings are updated (the user's entry wins),
lists are appended to (without repeats), anything else is replaced. ``Lexicon.load``
reads extensions from JSON files of the same shape.

An entry of a phrase list, or a key of a phrase mapping, may be a *pattern* that stands
for several phrases written out (see :func:`expand`):

- ``(a|b|c)`` is one of the alternatives: ``"(accused|accuses) {actor} of"`` is two
  phrases. Groups may nest: ``"((has|had) denied|denies)"``.
- An empty alternative makes a part optional: ``"{attackers} may (also|) have"`` is
  "{attackers} may also have" and "{attackers} may have". After expansion a run of spaces
  is one space and spaces at either end go, so an optional word may stand between spaces.
- A group may be glued to a word: ``"(culprit|suspect)(s|)"`` is four phrases.
- Phrases come in the order written, the leftmost group varying slowest, as if the phrases
  had been written out one by one in that order (the readers' longest-first sorting keeps
  that order among phrases of one length).
- A list keeps the first of repeated phrases; in a mapping a later entry wins, as in
  ``extend``. Every phrase of a pattern takes the pattern's value.

Patterns are expanded once, when a section is validated: every reader sees phrases only.
A ``(``, ``)`` or ``|`` out of place (an unclosed or unopened group, ``|`` outside a
group, a group of a single alternative, ``)?`` written for an optional part) and a pattern
that is or may be empty are errors that name the entry. Names as written (the ``literal``
fields: aliases, affiliations, outlets, branches, demonyms, capitals, cities) are never
patterns: "cpi (maoist)" is a name.

May import: the errors, files, models and registry modules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Generic, Literal, TypeVar, get_args, get_origin, overload

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, field_validator

from claimrecon.errors import InputError, LexiconError
from claimrecon.files import read_text_file
from claimrecon.models import EventKind, Metric, Qualifier, SourceKind, Stance, Subject
from claimrecon.registry import Registry

__all__ = [
    "CUE_PLACEHOLDERS",
    "ActorLexicon",
    "DateLexicon",
    "EventLexicon",
    "FigureLexicon",
    "Lexicon",
    "ScopeLexicon",
    "SourceLexicon",
    "alternation",
    "expand",
    "lexicon_property",
    "per_lexicon",
]


_GROUP_SIGNS = re.compile(r"([()|])")
_SPACES = re.compile(" {2,}")
# Where a pattern may write out a run of spaces or one at an end: an empty alternative, a
# space beside a group sign, or a run written in the text. Others need no tidying.
_UNTIDY = ("  ", "( ", " )", "| ", " |", "(|", "|)", "||")


def expand(pattern: str) -> list[str]:
    """Return the phrases a lexicon pattern stands for, in the order written.

    ``(a|b)`` is one of its alternatives, an empty alternative makes a part optional, and
    groups nest; spaces are then tidied (a run of them is one, none at either end). A
    phrase without a group is itself, untouched. The module docstring gives the syntax.

    Raises:
        ValueError: If the pattern is malformed or may be empty, saying why.

    Example:
        >>> expand("(might|may) (also|) have")
        ['might also have', 'might have', 'may also have', 'may have']
        >>> expand("suspect(s|) in {event}")
        ['suspects in {event}', 'suspect in {event}']
    """
    if not _GROUP_SIGNS.search(pattern):
        if not pattern.strip():
            raise ValueError("the pattern is empty")
        return [pattern]
    if ")?" in pattern:
        raise ValueError("')?' is not the syntax: write an optional part as (words|)")
    phrases = _written_out([t for t in _GROUP_SIGNS.split(pattern) if t])
    if pattern[:1] == " " or pattern[-1:] == " " or any(s in pattern for s in _UNTIDY):
        phrases = [_SPACES.sub(" ", p).strip(" ") for p in phrases]
    if "" in phrases:
        raise ValueError("the pattern may be empty")
    return phrases


def _written_out(tokens: list[str]) -> list[str]:
    """Write out a pattern split into text, ``(``, ``|`` and ``)``: one pass, a stack of groups.

    ``phrases`` is what the sequence read so far in the innermost open group stands for;
    a group's alternatives are gathered in ``alternatives``, and on ``)`` they multiply the
    phrases before the group (the leftmost group varying slowest).
    """
    outer: list[tuple[list[str], list[str], int]] = []
    phrases: list[str] = [""]
    alternatives: list[str] = []
    count = 0
    for token in tokens:
        if token == "(":
            outer.append((phrases, alternatives, count))
            phrases, alternatives, count = [""], [], 0
        elif token in "|)":
            if not outer:
                raise ValueError(
                    "')' closes no group" if token == ")" else "'|' stands outside a group"
                )
            alternatives += phrases
            count += 1
            phrases = [""]
            if token == ")":
                if count < 2:
                    raise ValueError(
                        "a group needs two alternatives or more: write (a|b), or (a|) if optional"
                    )
                group = alternatives
                phrases, alternatives, count = outer.pop()
                phrases = [p + a for p in phrases for a in group]
        else:
            phrases = [p + token for p in phrases]
    if outer:
        raise ValueError("a '(' is never closed")
    return phrases


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # Mappings whose keys are matched against lower-cased text are lower-cased on
    # extension; these hold canonical names instead and keep their case.
    case_sensitive: ClassVar[frozenset[str]] = frozenset()
    # Fields of names as written, whose parentheses are the name's: never patterns.
    literal: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _expand_patterns(cls, value: Any, info: ValidationInfo) -> Any:
        """Write out the patterns of a phrase list or of a phrase mapping's keys."""
        field = info.field_name
        if field is None or field in cls.literal or field not in _phrase_fields(cls):
            return value
        try:
            if isinstance(value, list):
                return _expand_list(value)
            if isinstance(value, Mapping):
                return _expand_keys(value)
        except _PatternError as exc:
            raise ValueError(str(exc)) from None
        return value


class _PatternError(Exception):
    """A malformed pattern, named with its entry."""


def _expanded(entry: Any) -> list[Any]:
    """The phrases of one entry: itself if plainly a phrase, else its pattern written out."""
    if not isinstance(entry, str):
        return [entry]  # not text: the field's own validation says so
    if entry[:1] > " " and "(" not in entry and ")" not in entry and "|" not in entry:
        return [entry]
    try:
        return expand(entry)
    except ValueError as exc:
        raise _PatternError(f"pattern {entry!r}: {exc}") from None


def _expand_list(entries: list[Any]) -> list[Any]:
    if _all_plain(entries):
        return list(dict.fromkeys(entries))
    return list(dict.fromkeys(p for e in entries for p in _expanded(e)))


def _expand_keys(entries: Mapping[Any, Any]) -> Mapping[Any, Any]:
    if _all_plain(entries):
        return entries
    return {p: v for k, v in entries.items() for p in _expanded(k)}


def _all_plain(entries: Iterable[Any]) -> bool:
    """Whether every entry is text with no group sign and no space or nothing first."""
    try:
        joined = "".join(entries)
        # The least entry starts with a space (or is empty) if any does: one pass in C.
        least = min(entries, default="-")
    except TypeError:  # not all text: the slow path says which entry is wrong
        return False
    return least[:1] > " " and not any(sign in joined for sign in "()|")


@cache
def _phrase_fields(section: type[_Section]) -> frozenset[str]:
    """The fields of ``section`` that are lists of phrases or mappings keyed by phrases."""
    fields = set()
    for name, info in section.model_fields.items():
        origin, args = get_origin(info.annotation), get_args(info.annotation)
        if (origin is list and args == (str,)) or (origin is dict and args[:1] == (str,)):
            fields.add(name)
    return frozenset(fields)


class FigureLexicon(_Section):
    """Words for figures: metrics, subjects, numbers, qualifiers and what is not a casualty.

    Every phrase is lower case; a phrase of several words matches those words in a row.
    See ``claimrecon/data/figures.json`` for the built-in entries and
    :mod:`claimrecon.extract.figures` for how the patterns use them.
    """

    metric_words: dict[str, Metric] = {}
    """Inflected word or phrase (lower case) to the metric it names: "injured" is wounded.

    ``count`` words ("stormed", "set off") only count the subjects in ``count_subjects``
    and only after them ("ten militants stormed").
    """
    toll_words: dict[str, Metric] = {}
    """Nouns for a running total, read before a number: "death toll" is killed."""
    toll_fillers: list[str] = []
    """Words that may stand between a toll noun and its number: "rose", "to", "at"."""
    toll_prepositions: list[str] = []
    """Toll fillers that are no verb: a toll reaches its number across a noun phrase ("the
    toll from <the attack on ...> rose to 21") only when a verb stands before the number."""
    toll_breaks: list[str] = []
    """Words a toll's noun phrase does not cross (a new clause): "when", "which", a dash."""
    toll_floors: list[str] = []
    """Verbs or prepositions between a toll and its number that make the number a floor
    it passed: "the toll tops 300" is 301.., "climbs above 300"."""
    toll_levels: list[str] = []
    """Qualifiers that, after a toll, give the level it reached, not a ceiling: "the toll
    is now up to 23" is 23."""
    toll_estimates: list[str] = []
    """Words of a toll that make its number approximate: "the estimated toll is 300", "the
    toll is estimated at 300", "the approximate total of the dead" (about)."""
    partial_toll_words: list[str] = []
    """Words before a toll noun that give it as incomplete, so a floor: "the partial death
    toll was 23" is 23.."""
    revision_words: list[str] = []
    """Words that mark a toll as an update of an earlier figure: "rose", "climbed"."""
    provisional_cues: list[str] = []
    """Words near a figure that give it as early or incomplete: "so far", "initially"."""
    ongoing_cues: list[str] = []
    """Words of a sentence that tell the attack as still going on: "the siege is still under
    way", "forces are still trying to bring the situation under control". Counts told after
    them in the text are early ones, which a larger count completes."""
    revision_cues: list[str] = []
    """Words before a figure that give it as an update: "later said", "updated", "now
    stands"."""
    toll_time_openers: list[str] = []
    """Words before a toll that date it or give it as early, making it provisional: "by
    noon the toll stood at", "an earlier statement had put the toll at"."""
    downward_revision_words: list[str] = []
    """Words that mark a revision as lowering the toll: "revised down", "lowered"."""
    retraction_words: list[str] = []
    """Words after a figure, in its sentence or the next, that take back the report that
    gave it: "retracted", "was later withdrawn" (see ``EventView.retracted``)."""
    retraction_anaphors: list[str] = []
    """Words that open a sentence about the report just told ("This was later withdrawn"):
    a retraction in that sentence takes back the figure before it."""
    subject_words: dict[str, Subject] = {}
    """Noun or phrase (lower case) to the subject it counts: "policemen" is police."""
    number_words: dict[str, int] = {}
    """Number words: "seven" is 7; tens and units combine ("twenty-seven")."""
    number_scales: dict[str, int] = {}
    """Multipliers: "hundred" is 100, "dozen" is 12 ("two dozen" is 24)."""
    number_suffixes: dict[str, int] = {}
    """Multipliers glued to digits: "1.2m" is 1,200,000, "150k" is 150,000."""
    number_joiners: list[str] = []
    """Words inside a spelled-out number besides number words and scales ("a hundred and
    twenty", "one and a half million"): where such a run of words ends
    (``numbers.spelled_end``)."""
    number_fractions: dict[str, float] = {}
    """Fractions of a scale after "and a": "one and a half million" is 1,500,000."""
    zero_words: list[str] = []
    """Words that make a figure of 0 before a subject or metric: "no" in "no fatalities"."""
    nobody_words: list[str] = []
    """Pronouns that are 0 people: "no one", "nobody", "none"."""
    qualifiers: dict[str, Qualifier] = {}
    """Phrases before a number that qualify it: "at least" is at_least, "all" is exact."""
    exclusive_qualifiers: list[str] = []
    """Qualifiers that exclude the number itself: "more than 100" is 101.., "fewer than
    10" is ..9."""
    range_words: dict[str, str] = {}
    """Words that open a range, to the word that joins its ends: "between" ... "and"."""
    range_hedges: list[str] = []
    """Words a range may open with, no part of its bounds: "somewhere between 5 and 10"."""
    update_words: dict[str, str] = {}
    """Words that open a change from one figure to another, to the word before the new
    one: "from 10 to 20" is 20, a revision."""
    range_joiners: list[str] = []
    """Words or dashes joining the ends of a range: "five to seven", "1,000-2,000"."""
    vague_amounts: dict[str, tuple[int | None, int | None]] = {}
    """Vague amounts and the interval each stands for: "dozens" is 24..null, "several"
    is 3..9. An interval with both ends equal is read as ``about``, one end open as
    ``at_least`` or ``at_most``, otherwise ``range``."""
    additive_words: list[str] = []
    """Words before a number that add to a figure just given: "another three"."""
    other_words: list[str] = []
    """Words after a number that stand for the subject just named: "five others"."""
    part_cues: list[str] = []
    """Words before a figure that make it a part of the figure before: "including"."""
    partitive_words: list[str] = []
    """Words between a number and its subject: "two of the attackers"."""
    linking_words: list[str] = []
    """Words that may stand between a subject and its metric: "were", "have been"."""
    verb_fillers: list[str] = []
    """Words that may stand between a metric verb and its number: "killing all the"."""
    auxiliaries: list[str] = []
    """Auxiliary verbs: one between a subject and its participle makes a passive ("were
    killed"); without one, a participle followed by an object makes the figure the agent
    ("ten militants killed 12 soldiers")."""
    object_starters: list[str] = []
    """Words that open a direct object after a verb: "killed the", "killed his"."""
    collective_subjects: list[str] = []
    """Subject nouns not ending in -s that are not singular: "a police" is not one."""
    conjunctions: list[str] = []
    """Words joining figures in a list: "three soldiers and two civilians"."""
    list_openers: list[str] = []
    """Words opening a list of subjects after a zero: "no fatalities among police"."""
    part_pronouns: list[str] = []
    """Pronouns after "of" that make a figure a part of the one before: "six of them"."""
    contrast_conjunctions: list[str] = []
    """Conjunctions that, as "and" does, join a part told by its predicate to the part
    before it: "27 were soldiers while 13 were civilians"."""
    demonstrative_pronouns: list[str] = []
    """Demonstratives after "of" that stand for the figure before, as "them" does, unless a
    group noun follows them: "27 of these were soldiers", but "five of those killed"."""
    stop_words: list[str] = []
    """Words that end the noun phrase after a number (they are never a modifier)."""
    non_casualty_units: list[str] = []
    """Nouns after a number that make it something else: percent, provinces, hours."""
    age_openers: list[str] = []
    """Words after a subject that open its age: "aged", "under the age of", "in their"
    ("12 boys aged between 10 and 14"); the age is not a count."""
    age_units: list[str] = []
    """Words after a number that make it an age: "year-old", "years old"."""
    demonym_endings: list[str] = []
    """Endings of a capitalised plural noun after a number that names people of a nation
    ("11 Ukrainians", "two Pakistanis", "three Chinese"): the subject is people."""
    single_demonym_endings: list[str] = []
    """Endings of a capitalised word that names one person of a nation ("a Canadian", "an
    Indonesian man", "a Dutch national"): a victim told by nationality alone is a breakdown
    by nationality (the corpus convention), no figure."""
    ordinal_words: list[str] = []
    """Ordinals after an article that make one of a known group ("a third attacker blew
    himself up"): a part of a count, read even where a bare article is not."""
    toll_ordinal_openers: list[str] = []
    """Nouns of a fate before an ordinal's article that make the ordinal a toll: "the death
    of a third tourist" tells three tourists dead (``ordinal_words`` are listed from
    "second" up, so each one's place gives its number)."""
    national_persons: list[str] = []
    """Heads after a demonym that name only a person of that nation ("man", "national"):
    "an Indonesian man" is told by nationality; "an Afghan soldier" is a soldier."""
    nationality_nouns: list[str] = []
    """Head nouns that break a toll down by nationality ("including 14 foreigners", "among
    them five Afghans"): the subject tree cannot tell them, so such a part of a toll is no
    figure (the corpus convention). A capitalised noun with a demonym ending that the subject
    lexicon does not hold is one too, unless listed in ``non_national_demonyms``."""
    non_national_demonyms: list[str] = []
    """Capitalised plurals with a demonym ending that name no nation ("Christians",
    "Sunnis"): their figures are read."""
    lowering_words: list[str] = []
    """Verbs that lower a toll ("lowered", "cut"): they lead to the toll they revise, like
    ``revision_words``, but do not mark the new value as an update of a rising toll."""
    inherited_heads: list[str] = []
    """Bare nouns that take their subject from a fuller noun with the same head named earlier
    in the document: after "police cadets", "N cadets were injured" counts police cadets,
    after "army recruits", "N recruits" are soldiers."""
    survivor_openers: list[str] = []
    """Words before the number of a group of which one survived: "the only one of"."""
    survivor_closers: list[str] = []
    """Words after that number (and its noun) that say the one survived: "to survive"."""
    rival_openers: list[str] = []
    """Words before a bare number that give the figure before it again with another value:
    "the toll is 253, not 359", "253 rather than 359"."""
    part_verbs: list[str] = []
    """Verbs between a metric and a number that make the figure a part of a whole: "the
    dead included three children"."""
    relative_openers: list[str] = []
    """Words opening a relative clause between a subject and its metric: "who", "that"."""
    non_casualty_before: list[str] = []
    """Words just before a number that make it something else: "aged 25", "$5", "route 7"."""
    count_openers: list[str] = []
    """Phrases right before a number that make it a count of attackers when its subject
    is one of ``count_subjects``: the agent of a passive ("carried out by 25 to 30
    militants"), an existential ("there were three attackers")."""
    team_nouns: list[str] = []
    """Collective nouns of a team its number follows: "carried out by a squad of seven
    militants" counts the militants past "a squad of"."""
    sighting_openers: list[str] = []
    """Count openers after which any person is an attacker, not only one of
    ``count_subjects``: a picture or a sighting ("photos of five men", "witnesses saw four
    men") and the agent of an attack ("stormed by six men"). They open counts as
    ``count_openers`` do."""
    plural_auxiliaries: list[str] = []
    """Auxiliaries that agree with a plural subject only ("were", "have"): a singular noun
    after an article before one is no victim ("two reporters working for a newspaper were
    killed" has no third)."""
    sighted_persons: list[str] = []
    """Head nouns of the persons a sighting opener counts as attackers ("men", "suspects"),
    not hostages or victims ("photos of five hostages" is no count)."""
    predicate_links: list[str] = []
    """Words between a partitive and the subject its predicate names: "three of the dead
    were children", "were all students"."""
    predicate_hedges: list[str] = []
    """Words between a partitive's link and the subject its predicate names that hedge the
    naming, not the figure: "12 of the dead were said to be soldiers"."""
    whole_quantifiers: list[str] = []
    """Words opening a number that make it a whole group's ("all five attackers were
    killed"): a casualty figure of attackers so quantified is also their count."""
    equipment_openers: list[str] = []
    """Words after a number in an aside that tell a part of the subject by what it carries:
    "three gunmen, one with a pistol and two armed with rifles, stormed the hall"."""
    whole_relatives: list[str] = []
    """Openers of a relative clause told of a whole group: "three gunmen were involved, all
    of whom were killed" is the count and the fate of the same three."""
    passive_markers: list[str] = []
    """Forms of "be": one right before a count verb makes it a passive, and its subject a
    target, not an attacker ("two militants were hit")."""
    count_numbering: list[str] = []
    """Phrases that give the number of attackers named just before them: "the attackers,
    estimated to number at around four to six"."""
    about_suffixes: list[str] = []
    """Words after a number that make it approximate: "five or so", "five-or-so"."""
    victim_groups: dict[str, Metric] = {}
    """Nouns of a group a partitive takes its part from, with the group's metric, where the
    noun names no metric itself: "three of the victims were children" (killed)."""
    state_metrics: dict[str, Metric] = {}
    """States that name a metric only as a predicate, after a verb of being: "61 are
    still in hospital", "12 remain in critical condition" (wounded); "killed 12 people in
    the hospital" is no such predicate."""
    intake_verbs: list[str] = []
    """Verbs of taking the hurt in for care, before where to ("were rushed to the city's
    hospitals", "have been transported for medical treatment") or, active, before the
    persons taken ("sent nearly 40 others to hospital"): whoever is so taken is wounded."""
    intake_prepositions: list[str] = []
    """Words between an intake verb (or its object) and where the hurt are taken: "to",
    "for"."""
    intake_places: list[str] = []
    """Where the hurt are taken, a few words at most after an intake's preposition:
    "hospital", "clinics", "medical treatment"."""
    toll_noun_openers: list[str] = []
    """Words before a number of a toll noun that make it the whole toll ("there were 84
    victims"); a qualified number ("more than 70 victims") needs none."""
    part_articles: list[str] = []
    """Articles that, right after a part cue ("including a police officer") or a killing or
    wounding verb ("killed a police officer"), make the singular after them one person told
    of, no figure ("including one assailant" is one; so is an attacker the toll includes,
    and an object a tally goes on from: "killed a soldier and wounded three others")."""
    described_metric_nouns: list[str] = []
    """Metric nouns that may follow adjectives of their own after a number with no subject:
    "25 charred bodies", "12 burned and disfigured bodies", "30 confirmed deaths" (the
    metric of ``metric_words``)."""
    member_heads: list[str] = []
    """Nouns of members that take the subject of the security force they are "of": "three
    officers of the border rangers" (security forces), "five members of the police"."""
    civil_bodies: list[str] = []
    """Bodies of civilians whose members a figure may count: "25 members of the Sikh
    community", "a member of the public" are civilians."""
    rank_nouns: list[str] = []
    """Ranks any armed force has: a part so named of a force's figure is of that force
    ("three soldiers, one of them an officer": a soldier, not a police officer)."""
    armed_group_nouns: list[str] = []
    """Nouns of an armed group whose members are militants, after ``member_heads`` and "of":
    "eleven members of the terrorist group", "two members of a militant cell"."""
    suspect_nouns: list[str] = []
    """Nouns of persons suspected. Arrested, they are people (whom the police hold is not
    yet an attacker); killed, wounded or counted, they are the attackers the police met:
    "five suspects were shot dead" (militants)."""
    toll_nouns: dict[str, Metric] = {}
    """Nouns that make a number with no verb of its own a toll, with its metric, when it is
    opened by ``toll_noun_openers``, "all" or a qualifier: "all 13 victims of the blast were
    buried", "more than 70 victims" (killed)."""
    single_persons: list[str] = []
    """Singular nouns of a person that, coordinated before a count of attackers, add one
    to it: "the mother and her two daughters detonated", "a man and two women opened fire"."""
    possessives: list[str] = []
    """Possessive determiners ("his", "her", "their") that may open a noun group."""
    phase_verbs: list[str] = []
    """Verbs of beginning that open an attacker's act of ``phased_acts``: "began",
    "started to", "went on to" ("two men got out and began stabbing people")."""
    phased_acts: list[str] = []
    """Attackers' acts in the forms a verb of beginning takes ("stabbing", "to stab" after
    "began to": "stab"); each phrase of a verb of beginning and an act is an attacker's
    act and a count verb."""
    attacker_acts: list[str] = []
    """Count verbs that make whoever does them attackers ("four men opened fire"), where
    the subject noun ("men", "people") names no attacker itself."""
    attack_nouns: list[str] = []
    """Nouns of an attack that "behind" names as the attackers' act across its modifiers, as
    a headline writes it: "family of six behind deadly church bombings", "two men behind
    last week's attack" (count)."""
    bare_attacker_acts: list[str] = []
    """Verb groups after a number with no noun that make it a count of attackers, besides
    ``attacker_acts`` right after the number: "witnesses said four were involved"."""
    floor_suffixes: list[str] = []
    """Words after a number that make it a lower bound: "130-plus", "100+", "20 or more"."""
    size_suffixes: list[str] = []
    """Suffixes glued to a number word that make it a size ("a four-man team"): split off
    the number so that the noun after them (``subject_words``) names who is counted."""
    group_strength_cues: list[str] = []
    """Words around a figure that make it a group's strength when the clause states no
    metric for it: "home to 2,000 fighters", "1,000 fighters remain"."""
    date_words: list[str] = []
    """Month names: a number next to one is a day of the month, not a count."""
    year_prepositions: list[str] = []
    """Words after which a number from 1800 to 2100 is a year: "in 2016"."""
    count_subjects: list[Subject] = []
    """Subjects (with everything under them) that a ``count`` figure may count."""
    postmodifier_prepositions: list[str] = []
    """Prepositions that open a noun phrase modifying a subject before its passive metric:
    "four gunmen from the group were also killed"."""
    target_prepositions: list[str] = []
    """Words before the noun of the people an act was aimed at: "drove into a crowd of
    pedestrians, killing three" (the three are pedestrians)."""
    lone_articles: list[str] = []
    """Articles that with a word of one make a figure of one: "a", "the"."""
    person_endings: list[str] = []
    """Endings of a noun of a person ("driver", "pilot", "tourist"): an unknown head so shaped
    is a victim of one when it is the definite object of a casualty verb ("killing the
    driver"); any other ("killing the momentum") is not."""
    lone_words: list[str] = []
    """Words of one after an article: "a lone gunman", "the only gunman captured"."""
    lone_copulas: list[str] = []
    """Copulas before a lone attacker that make it a count of the attackers: "he was a lone
    gunman" (one attacker); "can be" or "may have been" are no such copula."""
    solo_acts: list[str] = []
    """Predicates that tell an attacker had no accomplice: "Okvaro acted alone" is a count
    of one attacker."""
    solo_subjects: list[str] = []
    """Words that may stand for that one attacker just before such a predicate, besides a
    name: "he acted alone"."""
    lone_copula_doubts: list[str] = []
    """Words before such a copula (or a ``solo_acts`` predicate) that leave the count open
    or general: "whether he was a lone gunman", "you are a lone attacker", "may have acted
    alone"."""
    self_killing_words: list[str] = []
    """Metric phrases whose subject is an attacker, a part of the attackers killed: "one
    blew himself up" is one militant killed, no total."""
    self_killing_joiners: list[str] = []
    """Words that join a later predicate of a bare number's subject, before a self-killing
    (``self_killing_words``): "the last two reached the hall and blew themselves up",
    "three ran into the market, where they set off their vests"."""
    all_but_words: list[str] = []
    """Words before a number that make it the rest of a total given before: "10 gunmen
    ..., all but one were shot dead" is nine."""
    remainder_words: list[str] = []
    """Words before a number that make it the rest of a partitive's group: "132 of those
    killed were children and the other nine were staff members"."""
    time_words: list[str] = []
    """Time words a partitive's group may carry before its predicate: "132 of those
    killed Tuesday were children"."""
    toll_pronouns: list[str] = []
    """Pronouns for a toll named earlier in the sentence, after a revision verb: "raising
    it back to 31"."""
    toll_clefts: list[str] = []
    """A speaker's count told as a cleft before its copula, the metric named earlier in
    the sentence: "bodies were found and what we have now is 34"."""
    toll_earlier_words: list[str] = []
    """Words before a number after a toll that make it the toll's earlier value: "lowered
    the toll to 28 from 31"."""
    fronted_partitives: list[str] = []
    """Words opening a sentence with the group a later number is part of: "Of the 59
    people injured, 12 were children", "Among the dead, 20 were tourists"."""
    additive_joiners: list[str] = []
    """Words that add a figure to the one before it, with its metric: "the toll climbs to
    21, plus 5 attackers", "12 soldiers were killed, as well as three police officers"."""
    survival_verbs: list[str] = []
    """Verbs of escaping harm that make a figure joined by "and" the subject of a clause of
    its own: "15 died and seven hostages survived" (the seven are no dead)."""
    intransitive_breaks: list[str] = []
    """Words between a head noun the lexicon does not know and an active metric that make
    the metric no verb of that noun: "to" ("a mission to kill"), "those". A head noun
    governed by a casualty verb is people ("six pilgrims died")."""


class SourceLexicon(_Section):
    """Words for sources: reporting verbs and the nouns that tell a speaker's kind.

    Keys of at most three characters ("AP", "UN") match only when written in capitals, so
    that short acronyms do not fire on ordinary words.
    """

    reporting_verbs: list[str] = []
    """Verbs that introduce what a source says, before or after it: said, told, stated."""
    complement_verbs: list[str] = []
    """Verbs that report speech only before "that" or after the clause: claims, reported."""
    according_to: list[str] = []
    """Phrases whose object is the source, wherever they stand: "according to"."""
    relay_verbs: list[str] = []
    """Verbs by which one speaker relays another: "the agency quoted the minister as
    saying"; the quoted one speaks, via the one who quotes."""
    nouns: dict[str, SourceKind] = {}
    """Nouns and names (lower case) that tell a speaker's kind: ministry is official."""
    outlet_suffixes: list[str] = []
    """Last words of a capitalised name that make it a news outlet: Times, Post, News."""
    staff_nouns: list[str] = []
    """Staff who speak for the institution they work at: "a doctor at the hospital" is
    the hospital's voice (official), "a nurse at an MSF clinic" an NGO's."""
    honorifics: list[str] = []
    """Titles before a surname that leave it a surname: "Mr Kenyatta", "Dr. Ali"."""
    same_time_phrases: list[str] = []
    """Phrases that date what a clause tells by the main event's day: "around the same
    time", "on the same day" (another attack elsewhere, told as simultaneous)."""
    clause_words: list[str] = []
    """Words that end a speaker's noun phrase when read backwards: and, that, while."""
    skip_words: list[str] = []
    """Auxiliaries and adverbs allowed between a speaker and its verb: have, later, also."""
    scope_breaks: list[str] = []
    """Conjunctions after a comma that end what a speaker says: ", but", ", while"."""
    document_nouns: list[str] = []
    """Nouns for what a source issued ("a statement from the ministry"): dropped from names."""
    document_modifiers: list[str] = []
    """Words before a document noun that the speaker's name leaves out: "the latest
    figures from the ministry" is the ministry."""
    toll_verbs: list[str] = []
    """Verbs whose subject gives a toll named after them: "the Red Cross put the number of
    dead at 24", "officials raised the death toll to 31"; the subject is the speaker."""
    toll_nouns: list[str] = []
    """Last words of the toll a toll verb gives: "toll", "tally", "dead" ("the number of
    dead")."""
    pronouns: list[str] = []
    """Pronouns that stand for the nearest preceding named speaker: he, she."""
    person_nouns: list[str] = []
    """Singular nouns for one person ("a doctor", "the spokesman") a pronoun can stand for."""
    body_anaphors: list[str] = []
    """Phrases that stand for the body (not a person) that spoke before: "it", "the
    organization"."""
    first_person: list[str] = []
    """Pronouns by which a quoted speaker names itself ("we", "I"): the quote's speaker."""
    speaker_adverbs: dict[str, SourceKind] = {}
    """Adverbs opening a clause that tell who speaks in it without naming anyone:
    "Officially, 40 were killed" is the authorities' word."""


CUE_PLACEHOLDERS = frozenset(
    {"{event}", "{target}", "{number}", "{aside}", "{own}", "{act}", "{strike}", "{attackers}",
     "{actor}", "{end}", "{someone}", "{whose}", "{baseless}"}
)  # fmt: skip
"""The placeholders an attribution cue may use (see :class:`ActorLexicon`)."""


class ActorLexicon(_Section):
    """Words for perpetrators: aliases, affiliations and the cues of attribution.

    Cue phrases may hold placeholders that the extractor fills in: ``{event}`` is a
    specific event ("the attack", "an ambulance bombing", "Wednesday's assault"),
    ``{target}`` a definite or named target ("the Iraqi embassy"), ``{number}`` a count
    ("over ten"), ``{aside}`` an optional aside and "that" after a verb ("said in a
    statement that"), ``{own}`` the speaking group's own people or itself ("its
    fighters", "one of its soldiers", "the group", "it") and ``{act}`` an act of attack
    ("had killed", "carried out", "stormed"), ``{strike}`` a strike such as state forces
    acknowledge ("the air strike", "its raid"), ``{attackers}`` the attackers of the event
    told ("the gunmen", "both suicide bombers", "the two attackers"). In an agent cue,
    ``{actor}`` is where the actor stands when words of the cue follow it ("held {actor}
    responsible for", "accused {actor} of carrying out"). ``{end}`` is the end of a clause
    (a stop, a comma, a closing quotation mark): "was responsible{end}" is not "was
    responsible for security". ``{someone}`` is a person told in a few words without
    punctuation ("identified {someone} as {attackers}"). ``{whose}`` is an optional
    article or owner's possessive and at most two modifiers before a noun ("the",
    "Okvara's recent", "the Dunmar army's"), and ``{baseless}`` a verdict that what was
    said is untrue ("were baseless", "as 'unfounded'"): "rejected {whose}allegations"
    and "said{aside} {whose}allegations {baseless}" (glued: it ends with its own space)
    deny for the speaker. Aliases of at
    most three characters ("IS") match only in capitals.
    """

    case_sensitive: ClassVar[frozenset[str]] = frozenset({"affiliations"})
    literal: ClassVar[frozenset[str]] = frozenset(
        {"aliases", "affiliations", "outlets", "branches"}
    )

    aliases: dict[str, str] = {}
    """Name as written (lower case) to canonical actor: "isis-k" is Islamic State Khorasan."""
    stance_cues: dict[str, Stance] = {}
    """Phrases after the actor that give an attribution's stance: "claimed responsibility"."""
    agent_cues: dict[str, Stance] = {}
    """Phrases before the actor that give the stance: "claimed by", "blamed", "suspected"."""
    affiliations: dict[str, str] = {}
    """Canonical actor to the larger group it belongs to: the Haqqani network is Taliban."""
    outlets: dict[str, str] = {}
    """Media outlets of armed groups (lower case) to the actor they speak for: Amaq."""
    event_nouns: list[str] = []
    """Nouns of a specific violent event, singular: attack, bombing, assault, raid."""
    attacker_nouns: list[str] = []
    """Nouns for the people who carry out an attack: attacker, bomber, gunmen."""
    member_nouns: list[str] = []
    """Nouns that put a speaker or agent inside a group: affiliate, branch, fighters."""
    subject_fillers: list[str] = []
    """Words allowed between an actor and its verb: group, later, reportedly, has."""
    attack_verbs: list[str] = []
    """Past-tense verbs that make "Taliban gunmen <verb>" an attack: stormed, drove, killed."""
    headline_verbs: list[str] = []
    """Verbs after "<actor> attack" at the start of a headline: "Taliban attack kills 12"."""
    habitual_words: list[str] = []
    """Words between an actor and its verb that make a statement general, not about one
    event: "IS has killed thousands", "the Taliban often attack"."""
    hedges: dict[str, Stance] = {}
    """Words just before an actor that hedge it: "a suspected Taliban attack" is suspected."""
    negations: list[str] = []
    """Words that make a sentence's attribution unsafe to extract: not, no evidence, whether."""
    state_actors: list[str] = []
    """Canonical actors that are state forces ("Saudi-led coalition", "Israeli military"):
    their statements are official, not militant."""
    strike_nouns: list[str] = []
    """Nouns of a strike or raid ("air strike", "raid", "shelling") for ``{strike}``:
    "the coalition said the strike targeted ..." acknowledges it, while "the army said
    the attack targeted a checkpoint" reports another's attack."""
    campaign_nouns: list[str] = []
    """Nouns of a military campaign ("offensive", "operation"): a state force that
    launches one is not named as the perpetrator of one event."""
    branches: dict[str, dict[str, str]] = {}
    """A bare name that is a different group in another country: the actor it folds to,
    then each country (lower case, as named in text) to the branch there. "The Taliban"
    in a report about Pakistan are Tehrik-i-Taliban Pakistan; the country is the one the
    document names most often."""
    anaphors: dict[str, str] = {}
    """Phrases that refer back to one actor named just before (lower case) to the class
    they refer to, ``armed`` or ``state``: "the group" and "the militants" are armed,
    "the coalition" and "the army" are state forces."""
    name_particles: list[str] = []
    """Lower-case words that may stand inside a proper name ("al", "ibn", "of"): a name
    the lexicon does not know is read from the text as capitalised words joined by these."""
    organisation_heads: list[str] = []
    """Last words that make a name an organisation ("Brigade", "Front", "Movement")."""
    kind_nouns: list[str] = []
    """Nouns of a kind of armed body ("group", "outfit"): a one-word name the lexicon does
    not know, between an indefinite article and such a noun, says which people the body is
    of and names none: "an outlawed Velkan separatist group claimed it"."""
    name_openers: list[str] = []
    """Words that describe a group just before its name and are capitalised only when they
    open a sentence or a headline ("Banned", "Outlawed"): they are not the name's first
    word ("Outlawed Okvara Front claims ..." names the Okvara Front)."""
    possessive_name_words: list[str] = []
    """Words whose possessive stands inside a group's name before an organisation's head
    ("People's", "Workers'"): "the Okvara People's Army" is one name, not "Okvara People"."""
    state_voices: list[str] = []
    """Nouns for a state's own voice after its demonym ("Ukrainian officials", "the
    Afghan government"): they deny for the state."""
    state_organs: list[str] = []
    """Nouns for a state's armed or governing bodies after its demonym or name ("the
    Ruritanian army", "Ruritania's security forces"): with ``state_voices``, they are the
    state as a perpetrator, so a state and its military are one side, never rivals."""
    generic_heads: list[str] = []
    """Words that describe a group rather than name it ("group", "militants"): dropped
    from the end of a name read from the text when two words or more remain ("the
    Islamic State Group" names the Islamic State)."""
    trailing_heads: list[str] = []
    """Organisation heads that belong to the name even when written in lower case after
    it ("the Velka brigade" is the Velka Brigade); a generic word ("group", "militants")
    describes the group and stays out of its name."""
    discovery_words: list[str] = []
    """Words of a cue that name a perpetrator strongly enough to take an unknown name in
    its actor slot for a group ("behind", "responsible", "carried"); cues of claims and
    denials always do."""
    accusation_words: list[str] = []
    """Words of a cue that may name a state as the perpetrator ("blamed", "accused",
    "denied"): an unknown country, or its capital, in their slot is an actor."""
    militant_nouns: list[str] = []
    """Nouns of irregular attackers ("gunmen", "militants"): an unknown name before one
    and an act of attack ("X gunmen stormed") is an armed group."""
    superlatives: list[str] = []
    """Words that make an event a class of events ("the deadliest attack by", "the highest
    toll in an attack by"): the actor of the class is named for no one event."""
    link_words: list[str] = []
    """Participles that make a name modify another group ("al-Qaeda-linked",
    "IS-affiliated"): the name before them is not the actor of a frame."""
    group_ties: list[str] = []
    """Phrases between two groups' names that put them on one side ("a splinter group of",
    "which pledged allegiance to", "with the help of", "in coordination with"): "the
    Zelvan Brigades, a breakaway faction of the Okvara Front" and "police said the
    Zelvan Brigades carried out the attack with the help of the Okvara Front" tie the
    first to the second, a branch or a partner, never a rival perpetrator. A noun of
    ``member_nouns`` after an article ("a local branch of", "the armed wing of") ties
    too, as does a word of ``link_words`` glued to the second name ("an Okvara-inspired
    group")."""
    message_verbs: list[str] = []
    """Verbs of publishing a message ("released", "posted"): "X released an audio recording
    claiming the attack" claims as "X claimed" does."""
    message_nouns: list[str] = []
    """Nouns of the message published ("statement", "audio recording", "video")."""
    outlet_nouns: list[str] = []
    """Nouns of a group's media ("news agency", "radio station", "media wing"): an outlet
    the lexicon does not know speaks for the group it is tied to ("the Zelvani news agency,
    which is affiliated with X", "the X-run radio station")."""
    outlet_ties: list[str] = []
    """Words that tie an outlet to its group ("affiliated with", "run by", "which supports"
    takes "supports"); their participles also tie it before a hyphen ("X-run", "X-linked")."""
    naming_words: list[str] = []
    """Words that introduce a group's name between a cue and the name ("calling itself",
    "called", "known as"): "claimed by a group calling itself X"."""
    alias_cues: list[str] = []
    """Phrases between two names of one group, the text defining one by the other
    ("also known as", "which calls itself", "known by its Arabic acronym"): a later
    mention by either name is one actor, written in its full form."""
    baseless_words: list[str] = []
    """Words that call what another said untrue ("baseless", "unfounded") for
    ``{baseless}``: "Okvara said Dunmar's allegations were baseless" is Okvara's denial."""
    inspiration_words: list[str] = []
    """Words that tie attackers to a group only by what they admire ("X-inspired",
    "X sympathizer", "inspired by X"): the group they name did not commit the act."""
    not_actor_words: list[str] = []
    """Capitalised words that never name a perpetrator (lower case): pronouns,
    titles and the like, beside the speaker nouns, months and weekdays."""
    told_doubts: list[str] = []
    """Others' doubt of what was told before, with ``{told}`` where the back-reference
    stands ("cast doubt on {told}", "{told} could be an attempt to"): "Okvara blamed
    Dunmar. Velka officials cast doubt on that theory" is a denial of Dunmar's part."""
    told_claim_nouns: list[str] = []
    """Nouns that name a group's claim told before ("claim", "statement"): ``{told}``
    with one of them is the latest claim of responsibility."""
    own_act_leads: list[str] = []
    """Words between a group's own "we" and the act it tells ("are the ones who"):
    ""We are the ones who carried out the bombing," the leader said" is the group's claim,
    as "we carried out the bombing" is."""
    told_blame_nouns: list[str] = []
    """Nouns that name others' blame or suspicion told before ("theory", "allegation"):
    ``{told}`` with one of them is the latest assertion, belief or suspicion."""
    name_honorifics: list[str] = []
    """Titles of persons (lower case: "imam", "sheikh") that stand inside a group's name
    when an organisation head ends it ("the Imam Velka Battalion", "the Sheikh Okvara
    Brigades": a group named after a person); elsewhere they are a person's title."""
    ideology_words: list[str] = []
    """Words of a creed or an ideology, and the adjectives that qualify one ("islam",
    "jihadism", "radical"), lower case: a name made of these alone ("ties to radical
    Islam", "Christianity") names a belief, never a perpetrator."""
    disguise_openers: list[str] = []
    """Phrases before a costume or a disguise ("dressed as", "disguised as"): a name the
    document wears so ("a gunman dressed as Velka") is the costume, never an actor, and a
    nickname made of it ("the Velka gunman") names no group."""
    disguise_nouns: list[str] = []
    """Nouns after a costume's name ("costume", "mask"): "in a Velka costume". Not
    "outfit": "the Velka outfit" is also a group."""
    renderings: dict[str, str] = {}
    """Letters (lower case) that transliterations of one name write differently, to one
    rendering: "ee" as "i" makes "Tehreek" and "Tehrik" one name (see
    :func:`claimrecon.eventview.view.rendering_key`)."""
    misspellings: dict[str, list[str]] = {}
    """A word of the cues (lower case) to the misspellings news prints of it: with
    "responsibility": ["responsibilty"], "Okvara has claimed responsibilty" is read as
    every cue holding "responsibility" reads the word spelt right."""

    @field_validator("misspellings")
    @classmethod
    def _single_words(cls, misspellings: dict[str, list[str]]) -> dict[str, list[str]]:
        for word, wrong in misspellings.items():
            for spelling in (word, *wrong):
                if not re.fullmatch(r"[a-z][a-z'\-]*", spelling):
                    raise ValueError(
                        f"misspelling {spelling!r} of {word!r} must be one lower-case word"
                    )
        return misspellings

    @field_validator("stance_cues", "agent_cues")
    @classmethod
    def _known_placeholders(cls, cues: dict[str, Stance]) -> dict[str, Stance]:
        for cue in cues:
            unknown = set(re.findall(r"\{[^{}]*\}", cue)) - CUE_PLACEHOLDERS
            if unknown:
                raise ValueError(
                    f"cue {cue!r} uses unknown placeholders {sorted(unknown)}; "
                    f"known: {sorted(CUE_PLACEHOLDERS)}"
                )
        return cues

    @field_validator("told_doubts")
    @classmethod
    def _one_told(cls, doubts: list[str]) -> list[str]:
        for doubt in doubts:
            if re.findall(r"\{[^{}]*\}", doubt) != ["{told}"]:
                raise ValueError(f"told doubt {doubt!r} must hold {{told}} once and nothing else")
        return doubts

    @field_validator("anaphors")
    @classmethod
    def _known_classes(cls, anaphors: dict[str, str]) -> dict[str, str]:
        for phrase, kind in anaphors.items():
            if kind not in ("armed", "state"):
                raise ValueError(f"anaphor {phrase!r} refers to {kind!r}; known: armed, state")
        return anaphors

    def canonical(self, name: str) -> str:
        """Return the canonical actor for a name as written, or the name itself.

        Example:
            >>> ActorLexicon(aliases={"isis": "Islamic State"}).canonical("ISIS")
            'Islamic State'
        """
        key = " ".join(name.lower().split())
        return self.aliases.get(key, name)

    def spellings(self) -> dict[str, str]:
        """Return the aliases, lower case, each also spelt with its particles joined the other way.

        Transliterated names join a particle to the next word with a hyphen or a space, and
        news writes both: "Okvar al-Zelva" and "Okvar al Zelva", "Lashkar-e-Dunmar" and
        "Lashkar e Dunmar". The particles are those of ``name_particles`` that some alias
        joins with a hyphen; a spelling the lexicon gives itself keeps its own actor.

        Example:
            >>> act = ActorLexicon(aliases={"okvar al-zelva": "Okvar"}, name_particles=["al"])
            >>> sorted(act.spellings())
            ['okvar al zelva', 'okvar al-zelva']
        """
        aliases = {" ".join(k.lower().split()): v for k, v in self.aliases.items()}
        words = {w.lower() for w in self.name_particles}
        joined = {w for k in aliases for w in _JOINED_PARTICLE.findall(k) if w in words}
        if not joined:
            return aliases
        alt = "|".join(sorted(map(re.escape, joined), key=lambda w: (-len(w), w)))
        around = re.compile(rf"(^|[\-\s])({alt})[\-\s](?=\w)")
        found = dict(aliases)
        for key, actor in aliases.items():
            # "Lashkar-e-Dunmar" is also "Lashkar e-Dunmar" and "Lashkar e Dunmar".
            found.setdefault(around.sub(_joined_by_hyphen, key), actor)
            found.setdefault(around.sub(_joined_by_space, key), actor)
        return found

    def family(self, actor: str) -> str:
        """Return the largest group an actor belongs to, following ``affiliations``.

        Two actors of one family (the Islamic State and its Khorasan province) do not
        contradict each other as perpetrators.

        Example:
            >>> ActorLexicon(affiliations={"Haqqani network": "Taliban"}).family("Haqqani network")
            'Taliban'
        """
        seen = {actor}
        while actor in self.affiliations and self.affiliations[actor] not in seen:
            actor = self.affiliations[actor]
            seen.add(actor)
        return actor


def _joined_by_hyphen(m: re.Match[str]) -> str:
    return f"{m[1] and ' '}{m[2]}-"


def _joined_by_space(m: re.Match[str]) -> str:
    return f"{m[1] and ' '}{m[2]} "


# A particle joined to the next word by a hyphen: "al-" in "okvar al-zelva".
_JOINED_PARTICLE = re.compile(r"(?<![\w'\u2019])(\w+)-(?=\w)")


class DateLexicon(_Section):
    """Words for dates: seasons and the units that make an expression a duration."""

    months: dict[str, int] = {}
    """Month names and abbreviations (lower case) to their number: "sept" is 9."""
    month_cues: list[str] = []
    """Words before a bare month name that make it a date ("in July", "a July statement")."""
    weekdays: dict[str, int] = {}
    """Weekday names (lower case) to Python's weekday number: "monday" is 0."""
    seasons: dict[str, int] = {}
    """Season name to the month it starts in (northern hemisphere): winter is 12."""
    season_cues: list[str] = []
    """Words before a season name that make it a date ("this winter", "in the spring")."""
    year_cues: list[str] = []
    """Words before a bare year that make it a date ("in 2014", "IS's 2014 declaration")."""
    duration_units: list[str] = []
    """Units that turn a number into a duration rather than a date: hour, day, year."""
    edge_cues: dict[str, Literal["start", "middle", "end"]] = {}
    """Words for part of a month ("the end of July"): each to ``start``, ``middle`` or ``end``."""
    number_words: dict[str, int] = {}
    """Small numbers in words, for "two days ago": "two" is 2, "a" is 1."""
    statement_fillers: list[str] = []
    """Words that may stand between a reporting verb and a date that is then the date of
    the statement, not of the event: "said in a statement on Sunday"."""
    statement_nouns: list[str] = []
    """Nouns that date a statement on their own: "in a statement on Sunday", "at a news
    conference on Monday"."""
    count_nouns: list[str] = []
    """Nouns of a count that is given, not done: "the toll was issued late on Monday" dates
    the giving of the toll (a revision verb in the passive after one of them)."""
    statement_verbs: list[str] = []
    """Verbs besides the reporting verbs whose date is a statement's: "claimed
    responsibility on Saturday"."""
    report_time_cues: list[str] = []
    """Phrases right before a date that make it the time of the report itself, not of the
    event: "what we know Tuesday evening", "as of Tuesday", "the latest on Monday"."""
    victim_state_phrases: list[str] = []
    """Phrases of the victims' state at the time of a report, right before a date that is
    then the report's, not the event's: "six remain in critical condition Tuesday"."""
    follow_up_verbs: list[str] = []
    """Verbs of what is done to an attack's suspects afterwards ("were arrested", "was
    sentenced"): a date later in their clause is the follow-up's, like a statement's."""
    revision_verbs: list[str] = []
    """Verbs right after a date that make it the date of a statement or of a revised toll,
    not of the event: "officials on March 28 raised the death toll" (the reporting verbs
    count too: "police on Sunday said")."""
    future_cues: list[str] = []
    """Words shortly before a weekday that put it after publication, not before: "the
    report will be released on Friday", "could be public as soon as Friday"."""
    pluperfect_cues: list[str] = []
    """The date's own preposition or modifier after a past perfect: "had warned in March",
    "had been seen early last week"; a date told so happened before the main event."""
    addressee_verbs: list[str] = []
    """Verbs of a statement told to someone named right after them: "told Reuters on
    Monday", "warned Okvara on Friday", "urged the Front on Sunday"; the date after the
    name is the statement's."""
    continuation_phrases: list[str] = []
    """Phrases right before a date that tell how long the attack went on, not when it
    began: "the shooting continued into Monday", "a siege that lasted until Friday"."""


class EventLexicon(_Section):
    """Words for events: what was hit, what kind of event, and what counts over a period."""

    literal: ClassVar[frozenset[str]] = frozenset({"demonyms", "capitals", "cities"})

    targets: dict[str, str] = {}
    """Phrase (lower case) to the target it names: "interior ministry" is ministry."""
    weak_targets: list[str] = []
    """Targets that also name where the wounded go or people are held ("died in hospital"):
    they count as targets only after an attack word ("an attack on a hospital")."""
    speaker_words: list[str] = []
    """Words after a target that make it a speaker, not what was hit ("ministry spokesman",
    "the embassy said")."""
    target_kinds: dict[str, EventKind] = {}
    """Target to the kind of event it implies: an airstrike is a strike."""
    target_relations: dict[str, list[str]] = {}
    """Target to the targets that may name the same attacked site in another report: a
    synonym ("college", "university") or a part or the whole of it ("a hotel" and "the
    complex" it stands in). Read both ways; a relation lets two reports be one event,
    it never makes them one alone."""
    kind_words: dict[str, EventKind] = {}
    """Word (lower case) to the kind of event it tells: "bombing" is an attack."""
    locator_words: list[str] = []
    """Words before a target that make it a landmark, not what was hit: "exploded not far
    from the embassy", "outside a hotel"."""
    source_cues: list[str] = []
    """Words before a target that make it a source, not what was hit: "citing the
    interior ministry", "according to the hospital"."""
    care_cues: list[str] = []
    """Phrases before a care site that tell where victims died or were cared for, not
    what was hit: "a tourist dies in hospital", "the wounded were rushed to a clinic"."""
    care_sites: list[str] = []
    """Target labels where the wounded are cared for ("hospital"): after a care cue, and
    with no attack word right after ("the hospital attack"), not what was hit."""
    generic_name_words: list[str] = []
    """Words of a site's proper name that tell no site apart ("Grand", "National", "City"):
    two reports naming a site share some other word of its name."""
    owned_words: list[str] = []
    """Words that tell an attack owned or blamed ("claimed responsibility for the
    attack"): a lead that tells an attack so, and strikes with no toll of their own, tells
    the attack as its event and the strikes as the answer to it."""
    answer_words: list[str] = []
    """Words that tell strikes or raids as the answer to an attack ("retaliatory strikes",
    "in response"): told with no toll of their own, not the lead's event."""
    flight_words: list[str] = []
    """Verbs of leaving a place, told of attackers: the place left is the attack's
    ("on the run after escaping <city>"); read only when the gazetteer knows the place."""
    hit_verbs: list[str] = []
    """Verbs whose object is the place an attack hit, told after an attack word ("twin
    blasts rocked Okvara", "the bombs that tore through Dunmar"); read only when the
    gazetteer knows the place."""
    origin_cues: list[str] = []
    """Phrases that tell where a person or a group comes from or is based, not where an
    event happened: "a group based in <country>", "the bomber belonged to a town in
    <district>". A place phrase at most four words after one (in its clause) is no place of
    the event; so is a name right after "from" ("militants from <country> attacked")."""
    place_abbreviations: list[str] = []
    """Abbreviations a place name may open on, with their period: "St. Petersburg", "St.
    Louis" (the gazetteer reads them)."""
    speech_place_cues: list[str] = []
    """Phrases that end right before the place a statement was made in, not the event's:
    "the minister said in <capital>", "told reporters in <city>", "speaking at a news
    conference in <city>"."""
    speaker_nouns: list[str] = []
    """Nouns of a speaker told with the place they speak from, before a reporting verb:
    "an official in <capital> told Reuters" speaks there; the event may be elsewhere."""
    plotter_nouns: list[str] = []
    """Nouns of a person told by an attack they planned, before "of" or "behind": "the
    mastermind of the Okvara school attack has claimed the attack on a university" names
    an earlier attack, not the one the lead tells."""
    victim_nouns: list[str] = []
    """Nouns after a target that make it a description of victims, not what was hit:
    "a gathering of ministry clerks", "hotel guests"."""
    motive_phrases: list[str] = []
    """Phrases that open a reason given for an attack, not another event: "in revenge for
    the bombing of the city", "in response to air strikes in Syria". What they open, to
    the end of its clause, neither dates nor places nor opens an event."""
    other_event_phrases: list[str] = []
    """Phrases that announce another event than the one being told: "in a separate attack"."""
    aggregate_phrases: list[str] = []
    """Phrases that make a figure a count over a period: "so far", "this year"."""
    point_cues: list[str] = []
    """Words before a period phrase that make it a moment in it, not a count over it:
    "earlier this year", "later this month"."""
    period_openers: list[str] = []
    """Words that open a period with "the ... months": "in the first six months"."""
    place_prepositions: list[str] = []
    """Words after which a capitalised name is read as a place: "in Kabul"."""
    site_prepositions: list[str] = []
    """Words before a city's possessive that tell a site in it: "on Okvara's main avenue",
    "at Dunmar's airport"; the city is read as a place when the gazetteer knows it."""
    place_modifiers: list[str] = []
    """Words between a place preposition and the place: "in southern Helmand"."""
    place_suffixes: list[str] = []
    """Words dropped after a place name: "Kabul city", "Nangarhar province"."""
    not_places: list[str] = []
    """Capitalised words (lower case) that never start a place name: months, titles."""
    dateline_words: list[str] = []
    """Words of a dateline whose date is not an event's: "published", "updated"."""
    night_words: list[str] = []
    """Words that date an event to the night before its report: "overnight"."""
    same_time_phrases: list[str] = []
    """Phrases that date what a clause tells by the main event's day: "around the same
    time", "on the same day" (another attack elsewhere, told as simultaneous)."""
    period_edge_words: list[str] = []
    """Words right before a date that make it a period's start or end, not an event's day:
    "three days of mourning from today", "trains suspended until Monday"."""
    time_relatives: list[str] = []
    """Words opening a clause told of the date just before it: "in January 2018, when
    27 people were killed" (the clause tells what happened then, not on the main day)."""
    prior_time_phrases: list[str] = []
    """Phrases opening a sentence that date what it tells by the time the sentence before
    told: "During that time, a van exploded at a checkpoint"."""
    siege_words: list[str] = []
    """Words of an event that runs for days ("siege", "hostages", "standoff"): two reports
    of one site that tell it so may date it by different days of it, the day it began and
    the day it ended."""
    toll_verbs: list[str] = []
    """Verbs of a toll that date the attack when a date follows them in their clause:
    "were killed on Friday night", "wounded Sunday". Not "died" (the wounded die later)."""
    record_words: list[str] = []
    """Words that compare an event with a period rather than count over it: "the
    deadliest attack since 2018", "the worst in the past decade"."""
    demonyms: dict[str, str] = {}
    """Demonym (lower case) to its country: "Somali" is no place ("a Somali village")."""
    capitals: dict[str, str] = {}
    """Country to its capital: "the Somali capital" is Mogadishu."""
    cities: dict[str, str] = {}
    """City to its country, so that "Kabul" lies within "Afghanistan"."""


class ScopeLexicon(_Section):
    """Words that narrow a figure's scope: a site, a unit, a nationality, a part.

    The contradiction rules read them around a figure (see :mod:`claimrecon.rules.scope`):
    a figure counted at one site of a coordinated attack, for one unit or nationality, or
    given as a part ("among the dead") is a part of the event's toll, not a rival of it.
    """

    site_nouns: dict[str, str] = {}
    """Noun (lower case) of a place a toll can be counted at, to the site it names: "at the
    metro station" and "the subway death toll" are both the metro."""
    counting_sites: list[str] = []
    """Sites where the dead and wounded are counted rather than attacked ("hospital"): they
    tell sites apart only by name ("Madina hospital", "Osman Fiqi hospital")."""
    other_site_words: list[str] = []
    """Modifiers that mark a site as one of several: "the nearby cafe", "a second hotel"."""
    site_prepositions: list[str] = []
    """Words that open a site: "at", "in", "outside"."""
    response_words: list[str] = []
    """Words in a count of militants' sentence that tell a response to the attack, another
    act: "killed 45 fighters in retaliatory air strikes on their hideouts". Such a count is
    of the response, not of the attackers: compared with none of the attack's figures.
    Words of a strike alone ("air strikes") are no such words: a strike may be the event."""
    security_agents: list[str] = []
    """Nouns of the security forces as the agents of a killing, with ``agent_kill_verbs``:
    "police killed four people", "two were shot dead by troops". Those the security forces
    killed are the attackers or suspects, not a toll of the attack's victims: such a count
    of people is compared with none of the attack's tolls."""
    agent_kill_verbs: list[str] = []
    """Verbs of a killing that name its agent: "killed", "shot dead", "gunned down"."""
    history_words: list[str] = []
    """Words after a pointer's blast noun that place the act in a history of attacks, not
    among the event's blasts: "the first attack claimed by the group", "the second
    bombing since May", "the first such assault in Zelvania" (a capitalised name after
    "in" does so as well). Such a pointer singles out no site of the event."""
    site_pointers: list[str] = []
    """Words before a blast noun that single out one blast of several: "in this blast",
    "the second explosion"."""
    series_words: list[str] = []
    """Words before the plural of a blast noun that make its acts a series: "one of the twin
    blasts", "the second of three coordinated explosions". A figure of one act of a series
    counts a site, a part of the event's toll."""
    series_nouns: list[str] = []
    """Nouns of one blast of a series ("blast", "explosion"): a text that names a series
    of them ("twin blasts") and counts a figure "in the blast" counts one act, a part."""
    blast_nouns: list[str] = []
    """Nouns of one act of an attack: "blast", "explosion"."""
    unit_nouns: dict[str, str] = {}
    """Noun (lower case) of a unit to the unit it names: "Marines" are the marines."""
    enumerated_units: dict[str, str] = {}
    """Generic nouns (lower case) that name a unit only in a breakdown by unit: in "11
    Marines, one soldier and one Navy corpsman", the soldier is of the army; alone,
    "soldiers" are troops of any unit."""
    nationalities: list[str] = []
    """Nationality words besides the events section's demonyms: "Britons", "foreigners"."""
    place_prepositions: list[str] = []
    """Prepositions of place after a figure's number: a nationality after one names the
    place, not the dead ("killed 4 in a Velkan town", "died at the Okvaran border")."""
    victim_nouns: dict[str, str] = {}
    """Noun (lower case) right after a number that counts one kind of victim, to the kind:
    "20 hostages were killed" counts some of the dead (police and attackers may have died
    too), a part of the toll of people, compared only with other counts of hostages."""
    part_openers: list[str] = []
    """Words right after a number that make it a part: "40 of the bodies"."""
    part_closers: list[str] = []
    """Words after a figure's noun that make it a part: "two Britons were among the dead"."""
    toll_nouns: list[str] = []
    """Nouns of a toll: a part closer that is a verb ("bringing", "raising") makes a part
    only when one follows it ("..., raising the death toll to 22"; not "raising fears")."""
    self_act_words: list[str] = []
    """Reflexives of an attacker's own act: "one blew himself up" counts no victims."""
    clause_openers: list[str] = []
    """Words that open another clause: a site after one, between it and the figure, is not
    the figure's ("20 had died in the initial attack, before the assault on the hotel")."""
    counted_in: list[str] = []
    """Prepositions before a bare counting site that make a figure those who died or
    were treated there, a part of the toll: "four had died in hospital"."""
    death_manners: list[str] = []
    """Words after a count of the dead that tell how or when some of them died ("died of
    their wounds", "succumbed to their injuries", "died at the scene", "died on the way to
    hospital"): those who died so, a part of the toll, not a rival of it."""
    condition_words: list[str] = []
    """Words after a count of the wounded that count only some of them, by their condition
    or care: "40 were seriously injured", "23 in critical condition", "64 hospitalised"."""
    partial_count_words: list[str] = []
    """Words that make a count a floor, the part counted so far: "we have confirmed 300
    dead", "28 victims have been identified"."""
    sighting_words: list[str] = []
    """Verbs of seeing before a figure in its clause: "a witness saw 12 bodies", "we counted
    30 dead". What one person saw is a floor for the toll, never its ceiling."""
    combined_words: list[str] = []
    """Words before a plural of ``combined_nouns`` that make a toll one of several acts
    together: "the two attacks on Tuesday killed 56", "both bombings". Such a toll counts
    this event's dead and others': a ceiling for this event's toll, never a floor."""
    combined_nouns: list[str] = []
    """Plural nouns of acts for ``combined_words``: "attacks", "bombings"."""
    apart_words: list[str] = []
    """Words that set the attackers apart from a toll of people, before an attackers' noun
    next to the figure: "16 people were killed besides the four attackers", "apart from
    the gunmen, 16 died". Such a toll counts the victims alone: the whole toll of people
    may be it plus the attackers."""
    ongoing_subjects: list[str] = []
    """Nouns of an attack or of its attackers that a report may tell as still under way:
    "siege", "gunmen". With ``ongoing_words`` after one in its clause ("the siege was
    continuing", "gunmen were still holed up"), the report was written while the attack
    went on: its counts are early steps, floors for the tolls told after it."""
    ongoing_words: list[str] = []
    """Words (regular expressions) that tell an ``ongoing_subjects`` noun as still under
    way: "was continuing", "still holed up"."""
    ongoing_not: list[str] = []
    """Nouns between an ``ongoing_subjects`` noun and its ``ongoing_words`` that make the
    words another act's: "the investigation into the attack is ongoing"."""
    whole_count_words: list[str] = []
    """Words after a count of participants that make it the count of the whole attack, a
    ceiling as well as a floor: "five men carried out the attack", "six people were behind
    the blasts". Without them, an exact count of attackers may be one group seen at one
    place or in one act ("two gunmen opened fire"), a floor for the others' counts."""


_SECTIONS = Registry[type[_Section]](
    "lexicon section",
    entries=[
        ("figures", FigureLexicon),
        ("sources", SourceLexicon),
        ("actors", ActorLexicon),
        ("dates", DateLexicon),
        ("events", EventLexicon),
        ("scopes", ScopeLexicon),
    ],
)


class Lexicon(BaseModel):
    """All the lexicons extraction uses, one section a concern."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    figures: FigureLexicon = FigureLexicon()
    sources: SourceLexicon = SourceLexicon()
    actors: ActorLexicon = ActorLexicon()
    dates: DateLexicon = DateLexicon()
    events: EventLexicon = EventLexicon()
    scopes: ScopeLexicon = ScopeLexicon()

    @classmethod
    def default(cls) -> Lexicon:
        """Return the built-in lexicon (read once, then cached)."""
        return _default_lexicon()

    @classmethod
    def load(cls, paths: Iterable[str | Path], base: Lexicon | None = None) -> Lexicon:
        """Return ``base`` (the built-in lexicon by default) extended by JSON files.

        Raises:
            LexiconError: If a file cannot be read or does not validate.
        """
        lexicon = base if base is not None else cls.default()
        for path in paths:
            try:
                data = json.loads(read_text_file(path))
            except InputError as exc:
                raise LexiconError(f"cannot read lexicon: {exc}") from exc
            except (json.JSONDecodeError, RecursionError) as exc:
                raise LexiconError(f"{path}: cannot read lexicon: not JSON: {exc}") from exc
            lexicon = lexicon.extend(data, origin=str(path))
        return lexicon

    def extend(self, data: Mapping[str, Any], origin: str = "extension") -> Lexicon:
        """Return a new lexicon with ``data`` merged into this one.

        Raises:
            LexiconError: If a section is unknown or an entry does not validate.
        """
        if not isinstance(data, Mapping):
            raise LexiconError(
                f"{origin}: a lexicon must be a JSON object of sections, not {type(data).__name__}"
            )
        merged: dict[str, Any] = {}
        for name, section_model in _SECTIONS.items():
            current = getattr(self, name).model_dump(mode="json")
            addition = data.get(name, {})
            if not isinstance(addition, Mapping):
                raise LexiconError(f"{origin}: section {name!r} must be an object")
            merged[name] = _merge(current, addition, section_model, origin, name)
        unknown = sorted(set(data) - set(_SECTIONS))
        if unknown:
            raise LexiconError(
                f"{origin}: unknown lexicon sections {unknown}; known: {sorted(_SECTIONS)}"
            )
        return Lexicon.model_validate(merged)


def _merge(
    current: dict[str, Any],
    addition: Mapping[str, Any],
    model: type[_Section],
    origin: str,
    section: str,
) -> dict[str, Any]:
    unknown = sorted(set(addition) - set(model.model_fields))
    if unknown:
        raise LexiconError(
            f"{origin}: unknown keys {unknown} in section {section!r}; "
            f"known: {sorted(model.model_fields)}"
        )
    out = dict(current)
    for key, value in addition.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            fold = key not in model.case_sensitive
            out[key] = {
                **old,
                **{(str(k).lower() if fold else str(k)): v for k, v in value.items()},
            }
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    try:
        return model.model_validate(out).model_dump(mode="json")
    except ValidationError as exc:
        raise LexiconError(f"{origin}: section {section!r} does not validate:\n{exc}") from exc


@cache
def _default_lexicon() -> Lexicon:
    data: dict[str, Any] = {}
    package = resources.files("claimrecon") / "data"
    for name in _SECTIONS:
        resource = package / f"{name}.json"
        if resource.is_file():
            data[name] = json.loads(resource.read_text(encoding="utf-8"))
    try:
        return Lexicon.model_validate(data)
    except ValidationError as exc:
        # An error's location starts with its section, the name of its file.
        where = ", ".join(sorted({f"claimrecon/data/{e['loc'][0]}.json" for e in exc.errors()}))
        raise LexiconError(f"the built-in lexicon ({where}) does not validate:\n{exc}") from exc


_T = TypeVar("_T")
_L = TypeVar("_L", bound=BaseModel)


def per_lexicon(build: Callable[[_L], _T]) -> Callable[[_L], _T]:
    """Cache what ``build`` derives from a lexicon (compiled patterns, word sets), per lexicon.

    Lexicons and their sections are immutable, so whatever is compiled from one stays valid
    for as long as it lives. The cache is keyed by the object's identity and holds a few at
    most: a program rarely uses more than the default lexicon and one extension.

    Example:
        >>> @per_lexicon
        ... def verbs(lexicon: Lexicon) -> frozenset[str]:
        ...     return frozenset(lexicon.sources.reporting_verbs)
        >>> verbs(Lexicon.default()) is verbs(Lexicon.default())
        True
    """
    cache: dict[int, tuple[_L, _T]] = {}

    def cached(lexicon: _L) -> _T:
        hit = cache.get(id(lexicon))
        if hit is not None and hit[0] is lexicon:
            return hit[1]
        value = build(lexicon)
        if len(cache) >= _PER_LEXICON_SIZE:
            cache.clear()
        # The lexicon is kept with its value so that its id cannot be reused while cached.
        cache[id(lexicon)] = (lexicon, value)
        return value

    cached.__doc__ = build.__doc__
    cached.__name__ = build.__name__
    return cached


@per_lexicon
def _lexicon_properties(lexicon: BaseModel) -> dict[str, Any]:
    """The values :class:`lexicon_property` built from one lexicon, by getter."""
    return {}


_PER_LEXICON_SIZE = 16


class lexicon_property(Generic[_T]):
    """A read-only attribute derived from its owner's ``lexicon`` alone, built once a lexicon.

    :func:`functools.cached_property` builds a value once an object; a pattern compiled from
    the lexicon is the same for every object that holds that lexicon (one view an event,
    thousands in a run), so this builds it once a lexicon and shares it. The getter may read
    the owner's other lexicon properties, and nothing else of the owner.

    Example:
        >>> class Reader:
        ...     def __init__(self, lexicon: Lexicon) -> None:
        ...         self.lexicon = lexicon
        ...     @lexicon_property
        ...     def verbs(self) -> frozenset[str]:
        ...         return frozenset(self.lexicon.sources.reporting_verbs)
        >>> Reader(Lexicon.default()).verbs is Reader(Lexicon.default()).verbs
        True
    """

    def __init__(self, build: Callable[[Any], _T]) -> None:
        self._build = build
        self._key = build.__qualname__
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, owner: None, kind: type | None = None) -> lexicon_property[_T]: ...

    @overload
    def __get__(self, owner: object, kind: type | None = None) -> _T: ...

    def __get__(self, owner: object | None, kind: type | None = None) -> _T | lexicon_property[_T]:
        if owner is None:
            return self
        built = _lexicon_properties(owner.lexicon)  # type: ignore[attr-defined]
        if self._key not in built:
            built[self._key] = self._build(owner)
        return built[self._key]  # type: ignore[no-any-return]


def alternation(phrases: Iterable[str], *, never: str = "(?!)", spaces: str = r"\s+") -> str:
    r"""Return a regex alternation of a lexicon's literal phrases, to embed in a pattern.

    The phrases are escaped, longest first (so "car bomb" is tried before "car"), each
    space matching ``spaces``: any run of white space, unless a caller wants the words of a
    name on one line (``spaces=" "``); the same phrases give the same pattern in any order.
    With no phrase the result is ``never``, a pattern that matches nothing.

    Example:
        >>> alternation(["car", "car bomb", ""])
        'car\\s+bomb|car'
        >>> alternation(["Associated Press", "AP"], spaces=" ")
        'Associated Press|AP'
        >>> alternation([])
        '(?!)'
    """
    ordered = sorted({" ".join(p.split()) for p in phrases} - {""}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", spaces) for p in ordered) or never
