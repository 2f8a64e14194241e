"""Casualty and participation figures: number phrases, their subjects and metrics.

A figure is read from the tokens of one sentence in three steps:

1. **Number phrase**: an optional qualifier ("at least", "more than", "around", "all"),
   an optional additive ("another"), then digits ("1,662"), number words ("twenty-seven",
   "one hundred and five"), a range ("1,000-2,000", "between 5 and 10", "five to seven"),
   a vague amount ("dozens", "several") or a zero ("no", "no one"). The qualifier turns
   the number into an interval: "more than 100" is 101..null, "fewer than 10" is ..9. A
   vague amount is read so that its words are no other figure's, but it yields no figure:
   "dozens" is no interval a precise count could contradict.
2. **Subject**: up to three modifiers, then a subject noun from the lexicon ("at least 90
   IS fighters", "two of the attackers"); "five others" and "another three" take the
   subject just named. A non-casualty unit ("34 provinces", "four hour", "10 percent")
   ends the figure there: it is not a casualty figure. An age is dropped, before the
   noun ("a 17-year-old boy") or after it ("12 boys aged between 10 and 14", "three
   teenagers, 15 and 16,", "two men in their 20s").
3. **Metric**, nearest first: after the subject across linking words and one aside
   ("were killed", "have been wounded", "were among the dead", "12 people, mostly
   civilians, were killed", "set off" for a count of attackers); before the number
   ("killing more than 100 people", "injured at least another three", "among the
   injured were five soldiers"); a toll ("the death toll rose to 30", a revision); the
   group a partitive names ("seven of the dead"); past a participle or relative clause
   to a passive ("two officers guarding the gate were among the dead", "five soldiers
   who were escorting the convoy were killed"). A figure with a subject but no metric
   of its own takes the metric of the figure it is joined to ("three soldiers and two
   civilians were killed") or, as a part, of the whole ("27 killed, including seven
   policemen", "nine killed, six of them women"); a part points at its whole. Anything
   else is not a casualty figure: a number needs a metric of its own or of its clause.

Confidence starts at 0.9 and drops for an ``about`` figure (0.1), a lone article (0.15),
a subject taken from the figure before (0.1), a metric taken from the clause (0.25; 0.1
for a part) and a count (0.1).

No pattern here is a regular expression over raw text: the patterns walk token lists
with bounded look-ahead and look-behind, so the cost is linear in the sentence.

Examples:
    >>> from claimrecon.vocab import Lexicon
    >>> [(f.metric.value, f.subject.value, f.low, f.high)
    ...  for f in read_figures("Gunmen killed at least 12 people and wounded 40 others.",
    ...                        Lexicon.default())]
    [('killed', 'people', 12, None), ('wounded', 'people', 40, 40)]

May import: :mod:`.numbers`, and the vocab, models and errors modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import NamedTuple

from claimrecon.extract.numbers import (
    PhraseTable,
    Tokens,
    detach_suffixes,
    parse_number,
    phrase_key,
    tokenize,
    word_pattern,
)
from claimrecon.models import Metric, Qualifier, Subject
from claimrecon.vocab import FigureLexicon, Lexicon, per_lexicon

__all__ = ["FigureTables", "FoundFigure", "figure_tables", "read_figures", "read_sentence"]

# How far the patterns look, in tokens.
_MODIFIERS = 3
_LINKING = 6
_VERB_FILLERS = 3
_TOLL_WINDOW = 28
_TOLL_VERB = 6
_PROVISIONAL = 8
_ASIDE = 10
# The longest aside between a subject and its verb ("nine gunmen, believed to be members
# of a little-known group, stormed"), in tokens.
_LONG_ASIDE = 26
_CLAUSE = 10
# How far a subject's modifier holding asides of its own may reach its verb, in tokens.
_LONG_MODIFIER = 40
# Ages above this are not ages ("Three teenagers, 15 and 16,").
_MAX_AGE = 120
# Tokens a toll's noun phrase does not cross.
_CLAUSE_BREAKS = frozenset({".", ";", ":", "?", "!"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_QUOTES = frozenset({'"', "\u201c"})
# Tokens that open an aside, and the token that closes it.
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_ASIDES = {",": ",", "-": "-", "\u2013": "\u2013", "\u2014": "\u2014", "(": ")"}


@dataclass(frozen=True, kw_only=True)
class FoundFigure:
    """A figure read from a sentence, before it becomes a claim.

    Given by name, in the order of the :class:`~claimrecon.models.FigureClaim` it becomes
    (its span, confidence, metric, subject, figure and links), the reader's own hints last.

    Attributes:
        start: Offset of the figure's first character (in the text given to the reader).
        end: Offset just past its last character.
        confidence: How sure the reading is, from 0 to 1.
        metric: What it counts.
        subject: Whom it counts.
        low: The interval's low end (``None``: unbounded).
        high: The interval's high end (``None``: unbounded).
        qualifier: The kind of wording.
        text: The number phrase as written ("at least 90").
        part_of: Index, in the returned list, of the figure this one is a part of.
        revision: The figure updates an earlier one ("the toll rose to 30").
        provisional: The figure is given as early or incomplete ("so far", "initially").
        among: The figure is stated as one among a group ("were among the dead"), so a
            part of a whole figure given before, if there is one.
        breakdown: The figure is an item of a list that names its subject twice ("11
            Marines, one soldier and one corpsman"), so a part of a total given anywhere
            in the document.
        implied: The figure is not stated but implied by another ("all five attackers
            were killed" implies their count), so it is no claim where the document gave
            it already.
    """

    start: int
    end: int
    confidence: float
    metric: Metric
    subject: Subject
    low: int | None
    high: int | None
    qualifier: Qualifier
    text: str
    part_of: int | None = None
    revision: bool = False
    provisional: bool = False
    among: bool = False
    breakdown: bool = False
    implied: bool = False
    bare_whole: bool = False
    """The number names no noun but is quantified as a whole group ("all three were shot
    dead", "the three were arrested"): who they are is the group counted before."""


@dataclass
class _Candidate:
    number: _Number
    subject: Subject | None
    subj_end: int
    inherit: bool
    metric: Metric | None = None
    direct: bool = False
    span_start: int = 0
    span_end: int = 0
    part: bool = False
    revision: bool = False
    among: bool = False
    extra: list[tuple[Subject, int]] = field(default_factory=list)
    # Where the metric after the subject starts: an aside before it is stepped over.
    reach: int = 0
    other: bool = False
    chained: bool = False
    # The metric of the group a partitive names ("seven of the dead"), and whether the
    # metric is a toll's.
    group: Metric | None = None
    toll: bool = False
    # A bare number listed after a figure past a place ("and 19 at a restaurant").
    listed: bool = False
    # The end of a singular predicate that names the subject ("one of the dead was a
    # soldier"): its article is no figure of its own.
    predicate_end: int = 0


def _count_tolls(figures: FigureLexicon) -> dict[str, Metric]:
    """Return a count's toll nouns, "number of <attackers>", for every attacker noun.

    "police put the number of gunmen at five", "the number of assailants rose to six": the
    number of any noun of the subject a count counts is that count, whichever noun is used.
    """
    counted = list(figures.count_subjects)
    return {
        f"{opener} {word}": Metric.COUNT
        for word, subject in figures.subject_words.items()
        if _plural(word) and any(c.contains(Subject(subject)) for c in counted)
        for opener in ("number of", "number of the")
    }


def _fuller_nouns(
    figures: FigureLexicon,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Return patterns of the fuller nouns of ``inherited_heads`` and of the bare heads.

    A fuller noun is a subject phrase of two words or more ending in an inherited head
    ("police cadets"); its subject is looked up again in ``subject_words``.
    """
    heads = sorted(set(figures.inherited_heads), key=len, reverse=True)
    fuller = sorted(
        (w for w in figures.subject_words if " " in w and w.rsplit(" ", 1)[1] in heads),
        key=len,
        reverse=True,
    )
    if not heads or not fuller:
        return None, None
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in fuller)
    bare = "|".join(re.escape(h) for h in heads)
    return (
        re.compile(rf"\b(?:{words})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{bare})\b", re.IGNORECASE),
    )


def _phased_acts(figures: FigureLexicon) -> list[str]:
    """Return each verb of beginning with each attacker's act it may open.

    "began stabbing", "started to fire at", "went on to attack": the phrase is an
    attacker's act (and a count verb) as the act alone is.
    """
    return [f"{p} {a}" for p in figures.phase_verbs for a in figures.phased_acts]


def _words(words: list[str]) -> PhraseTable[bool]:
    """Return a table of words and phrases that match as ``True``."""
    return PhraseTable((w, True) for w in words)


class _MetricTable(PhraseTable[Metric]):
    """Metric words, where a pair opened by a word that takes no object is cut before a number.

    "a blast that left 29 people dead and injured 71": "dead" is no verb, so the number
    after "dead and injured" is the object of "injured" alone, a clause of its own; "killing
    and wounding 70" stays one pair over one number.
    """

    def __init__(
        self,
        entries: dict[str, Metric],
        objectless: frozenset[str],
        number_follows: Callable[[list[str], int], bool],
    ) -> None:
        super().__init__(entries)
        self._objectless = objectless
        self._number_follows = number_follows

    def match(self, lower: list[str], i: int) -> tuple[Metric, int] | None:
        """Return the longest metric phrase at token ``i``, a pair cut before its object."""
        found = super().match(lower, i)
        if found is None or found[1] - i < 3 or lower[i] not in self._objectless:
            return found
        if self._number_follows(lower, found[1]):
            return super().match(lower[: i + 1], i)
        return found


class FigureTables:
    """The figure lexicon compiled for matching: phrase tables, sets and the prefilter."""

    def __init__(
        self,
        figures: FigureLexicon,
        reporting: frozenset[str] = frozenset(),
        verb_skips: frozenset[str] = frozenset(),
    ) -> None:
        self.lexicon = figures
        # Verbs of saying: a noun before one is a speaker, not a victim ("..., a police
        # officer said").
        self.reporting = reporting
        # Words that may stand between a subject and its verb ("police later arrested").
        self.verb_skips = verb_skips
        self.metrics = _MetricTable(
            {**dict.fromkeys(_phased_acts(figures), Metric.COUNT), **figures.metric_words},
            frozenset(figures.described_metric_nouns),
            lambda lower, k: _number_follows(self, lower, k),
        )
        self.tolls = PhraseTable({**_count_tolls(figures), **figures.toll_words})
        self.subjects = PhraseTable(figures.subject_words)
        self.units = _words(figures.non_casualty_units)
        self.qualifiers = PhraseTable(
            (q, (v, q in figures.exclusive_qualifiers)) for q, v in figures.qualifiers.items()
        )
        self.vague = PhraseTable(figures.vague_amounts)
        self.number_words = PhraseTable(figures.number_words)
        self.additive = _words(figures.additive_words)
        self.others = _words(figures.other_words)
        self.parts = _words(figures.part_cues)
        self.partitive = _words(figures.partitive_words)
        self.nobody = _words(figures.nobody_words)
        self.linking = _words(figures.linking_words)
        self.group_cues = _words(figures.group_strength_cues)
        self.zero = frozenset(figures.zero_words)
        self.stop = frozenset(figures.stop_words)
        self.part_verbs = frozenset(figures.part_verbs)
        self.demonyms = tuple(figures.demonym_endings)
        self.nationality = _words(figures.nationality_nouns)
        self.non_national = frozenset(figures.non_national_demonyms)
        self.single_demonyms = tuple(figures.single_demonym_endings)
        self.national_persons = frozenset(figures.national_persons)
        self.ordinals = frozenset(figures.ordinal_words)
        # "second" is 2, "third" 3: the ordinals are listed in order from "second".
        self.ordinal_values = {w: n for n, w in enumerate(figures.ordinal_words, start=2)}
        self.toll_ordinal_openers = _words(figures.toll_ordinal_openers)
        self.rival_openers = _words(figures.rival_openers)
        self.fuller_nouns, self.bare_heads = _fuller_nouns(figures)
        self.survivor_openers = _words(figures.survivor_openers)
        self.survivor_closers = _words(figures.survivor_closers)
        self.toll_verbs = frozenset(figures.revision_words) | frozenset(figures.lowering_words)
        self.verb_fillers = frozenset(figures.verb_fillers) | self.part_verbs
        self._toll_tables(figures)
        self._count_tables(figures)
        self.revision_words = frozenset(figures.revision_words)
        self.provisional = _words(figures.provisional_cues)
        # The cues that tell a count may still rise, for a quick look at a sentence.
        self.rising_cues = tuple(c for c in figures.provisional_cues if c.split()[-1] in _RISING)
        self.revision_cues = _words(figures.revision_cues)
        self.ongoing = _words(figures.ongoing_cues)
        self.foretold_gate = _foretold_gate(self.rising_cues, self.ongoing.gates)
        self.toll_time = _words(figures.toll_time_openers)
        self.age_openers = _words(figures.age_openers)
        self.age_units = _words(figures.age_units)
        self.relative = frozenset(figures.relative_openers)
        self.dates = frozenset(figures.date_words)
        self.not_before = frozenset(figures.non_casualty_before)
        self.year_preps = frozenset(figures.year_prepositions)
        self.range_words = {k: phrase_key(v) for k, v in figures.range_words.items()}
        self.range_hedges = frozenset(figures.range_hedges)
        self.update_words = {k: phrase_key(v) for k, v in figures.update_words.items()}
        self.aux = frozenset(figures.auxiliaries)
        self.object_starters = frozenset(figures.object_starters)
        self.collective = frozenset(figures.collective_subjects)
        self.conjunctions = frozenset(figures.conjunctions)
        self.list_openers = frozenset(figures.list_openers)
        self.part_pronouns = frozenset(figures.part_pronouns)
        self.demonstratives = frozenset(figures.demonstrative_pronouns)
        self.contrasts = frozenset(figures.contrast_conjunctions)
        self.range_joiners = frozenset(figures.range_joiners)
        self.count_subjects = tuple(figures.count_subjects)
        self.intransitive_breaks = frozenset(figures.intransitive_breaks)
        self.survival_verbs = _words(figures.survival_verbs)
        self.lone_articles = frozenset(figures.lone_articles)
        self.person_endings = tuple(figures.person_endings)
        self.lone_words = _words(figures.lone_words)
        self.lone_copulas = _words(figures.lone_copulas)
        self.solo_acts = _words(figures.solo_acts)
        self.solo_subjects = frozenset(figures.solo_subjects)
        self.lone_copula_doubts = frozenset(figures.lone_copula_doubts)
        self.self_killing = _words(figures.self_killing_words)
        self.self_killing_joiners = _words(figures.self_killing_joiners)
        self.single_persons = frozenset(figures.single_persons)
        self.possessives = frozenset(figures.possessives)
        self.all_but = _words(figures.all_but_words)
        self.remainder = _words(figures.remainder_words)
        self.time_words = frozenset(figures.time_words)
        self.toll_pronouns = _words(figures.toll_pronouns)
        self.toll_clefts = _words(figures.toll_clefts)
        self.toll_earlier = _words(figures.toll_earlier_words)
        self.additive_joiners = _words(figures.additive_joiners)
        self.fronted_partitives = frozenset(figures.fronted_partitives)
        self.postmodifier_prepositions = frozenset(figures.postmodifier_prepositions)
        # The words a number phrase can open with; any other token is skipped at once.
        self.number_starts = frozenset(
            {"a", "an", *self.lone_articles, *self.range_words, *self.update_words, *self.zero}
            | self.range_hedges
            | self.qualifiers.first_words
            | self.additive.first_words
            | self.nobody.first_words
            | self.vague.first_words
            | self.number_words.first_words
            # "hundred and thirty", the article left out
            | frozenset(figures.number_scales)
        )
        self.units_words = frozenset(figures.number_words)
        # "hundred-odd", "thirty-plus": a suffix glued to a number word is split off it.
        suffixes = [
            phrase_key(p)
            for p in (*figures.about_suffixes, *figures.floor_suffixes, *figures.size_suffixes)
        ]
        self.glued_suffixes = {"-".join(k).lstrip("-"): k for k in suffixes if k}
        self.suffix_heads = self.units_words | frozenset(figures.number_scales)
        self.lone_only = self.lone_articles - (
            {"a", "an", *self.range_words, *self.update_words, *self.zero}
            | self.qualifiers.first_words
            | self.additive.first_words
            | self.nobody.first_words
            | self.vague.first_words
            | self.number_words.first_words
        )
        # A count told with no verb ("there were three attackers") holds no metric word.
        cues = [
            *figures.metric_words,
            *_phased_acts(figures),
            *figures.toll_words,
            *figures.count_openers,
            # "photos Saturday of five men": the opener without its "of", so a time between
            # them does not hide it.
            *(o.split(" of")[0] for o in figures.sighting_openers),
            *figures.count_numbering,
            *figures.victim_groups,
            *figures.toll_nouns,
            # "lowering the total from 359 to 253 people": a revised total names no metric.
            *figures.lowering_words,
            # "the statement identified the two attackers": a definite count has no verb.
            *(w for w, s in figures.subject_words.items() if s in figures.count_subjects),
            # "the only one of 12 passengers to survive": the dead are told by survival.
            *figures.survivor_closers,
            # "were rushed to hospital": an intake's place names the wounded.
            *figures.intake_places,
            # "Okvaro acted alone": one attacker told with no number.
            *figures.solo_acts,
            # "family of six behind deadly church bombings": an attack named past modifiers.
            *(["behind"] if figures.attack_nouns else []),
        ]
        self.prefilter = word_pattern(cues)
        self.prefilter_lower = word_pattern(cues, ignore_case=False)

    def _count_tables(self, figures: FigureLexicon) -> None:
        """Compile the words of the count frame and of partitive predicates."""
        self.passive_markers = frozenset(figures.passive_markers)
        self.predicate_links = frozenset(figures.predicate_links)
        self.predicate_hedges = _words(figures.predicate_hedges)
        self.whole_quantifiers = _words(figures.whole_quantifiers)
        self.whole_relatives = _words(figures.whole_relatives)
        self.equipment = _words(figures.equipment_openers)
        self.count_openers = _words([*figures.count_openers, *figures.sighting_openers])
        self.team_nouns = frozenset(figures.team_nouns)
        self.rank_nouns = frozenset(figures.rank_nouns)
        self.civil_bodies = frozenset(figures.civil_bodies)
        self.target_prepositions = frozenset(figures.target_prepositions)
        self.sighting_openers = _words(figures.sighting_openers)
        self.sighted_persons = frozenset(figures.sighted_persons)
        self.plural_aux = frozenset(figures.plural_auxiliaries)
        self.count_numbering = _words(figures.count_numbering)
        self.about_suffixes = _words(figures.about_suffixes)
        self.victim_groups = PhraseTable(figures.victim_groups)
        self.toll_nouns = dict(figures.toll_nouns)
        self.toll_noun_openers = _words(figures.toll_noun_openers)
        self.part_articles = frozenset(figures.part_articles)
        self.state_metrics = PhraseTable(figures.state_metrics)
        self.intake_verbs = frozenset(figures.intake_verbs)
        self.intake_prepositions = frozenset(figures.intake_prepositions)
        self.intake_places = _words(figures.intake_places)
        self.member_heads = frozenset(figures.member_heads)
        self.armed_groups = _words(figures.armed_group_nouns)
        self.suspect_nouns = frozenset(figures.suspect_nouns)
        self.described_nouns = frozenset(figures.described_metric_nouns)
        self.attacker_acts = _words([*figures.attacker_acts, *_phased_acts(figures)])
        self.bare_attacker_acts = _words(figures.bare_attacker_acts)
        self.attack_nouns = _words(figures.attack_nouns)
        self.floor_suffixes = _words(figures.floor_suffixes)

    def _toll_tables(self, figures: FigureLexicon) -> None:
        """Compile the words of the toll frame ("the death toll from ... rose to 30")."""
        self.toll_fillers = frozenset(figures.toll_fillers) | frozenset(figures.toll_floors)
        self.toll_floors = frozenset(figures.toll_floors)
        self.toll_levels = _words(figures.toll_levels)
        self.toll_estimates = frozenset(figures.toll_estimates)
        self.partial_toll_words = frozenset(figures.partial_toll_words)
        self.toll_prepositions = frozenset(figures.toll_prepositions)
        self.toll_breaks = frozenset(figures.toll_breaks)

    def countable(self, subject: Subject | None) -> bool:
        """Say whether a ``count`` figure may count ``subject``."""
        return subject is not None and any(c.contains(subject) for c in self.count_subjects)


@per_lexicon
def figure_tables(lexicon: Lexicon) -> FigureTables:
    """Return the compiled tables for ``lexicon``."""
    return FigureTables(
        lexicon.figures,
        frozenset(lexicon.sources.reporting_verbs),
        frozenset(lexicon.sources.skip_words),
    )


# --- number phrases ------------------------------------------------------------------------


def _interval(
    value: int, qualifier: Qualifier, exclusive: bool
) -> tuple[int | None, int | None, Qualifier]:
    if qualifier is Qualifier.AT_LEAST:
        return value + (1 if exclusive else 0), None, qualifier
    if qualifier is Qualifier.AT_MOST:
        return None, max(0, value - (1 if exclusive else 0)), qualifier
    if qualifier is Qualifier.ABOUT:
        return value, value, qualifier
    return value, value, Qualifier.EXACT


def _vague_interval(
    low: int | None, high: int | None
) -> tuple[int | None, int | None, Qualifier] | None:
    if low is None and high is None:
        return None
    if low is None:
        return None, high, Qualifier.AT_MOST
    if high is None:
        return low, None, Qualifier.AT_LEAST
    if low == high:
        return low, high, Qualifier.ABOUT
    if low > high:
        return None
    return low, high, Qualifier.RANGE


def _not_a_count(tok: Tokens, tables: FigureTables, i: int, end: int, value: int) -> bool:
    """Say whether the number at tokens ``i:end`` is a year, a day, a time or money."""
    lower = tok.lower
    prev = lower[i - 1] if i > 0 else ""
    word = lower[i]
    # "number 7" is a label, but "believed to number 7" numbers the attackers.
    label = prev in tables.not_before and tables.count_numbering.match_ending(lower, i) is None
    if label or _clock(tok, i, end) or _an_age(tok, tables, i, end):
        return True
    if word.isdigit() and len(word) == 4 and 1800 <= value <= 2100:
        if prev in tables.year_preps or prev in tables.dates or prev in ("'s", "-"):
            return True
        if tables.subjects.match(lower, end) is None:
            return True
    return value <= 31 and (prev in tables.dates or _month_after(tok, tables, end))


def _an_age(tok: Tokens, tables: FigureTables, i: int, end: int) -> bool:
    """Say whether the number at tokens ``i:end`` is an age ("aged 45", "Okvar Dunn, 45,")."""
    return _age_phrase_before(tok.lower, tables, i) or _age_apposition(tok, i, end)


def _age_apposition(tok: Tokens, i: int, end: int) -> bool:
    """Say whether a number set off by commas after a person's name is an age.

    "Okvar Dunn, 45, who had been missing": a first name and a surname, then the number
    alone between commas; "in Velka, 12, including children, died" is a figure.
    """
    if i < 3 or end >= len(tok.lower) or not tok.lower[i][:1].isdigit():
        return False
    named = all(tok.text[k][:1].isupper() and tok.text[k].isalpha() for k in (i - 3, i - 2))
    return named and tok.lower[i - 1] == "," and tok.lower[end] == ","


def _month_after(tok: Tokens, tables: FigureTables, end: int) -> bool:
    """Say whether a month follows token ``end - 1``: "10 May" is a day, "67 may rise" not.

    A month is written upper case; "may" and "march" in lower case are verbs.
    """
    if end >= len(tok.lower) or tok.lower[end] not in tables.dates:
        return False
    return tok.lower[end] not in ("may", "march") or tok.text[end][:1].isupper()


def _age_phrase_before(lower: list[str], tables: FigureTables, i: int) -> bool:
    """Say whether a phrase of ages of three words or more ends before ``i``.

    "children as young as eight", "under the age of 16": an age, even with no subject
    before it; "under 100 people" is a qualifier, one word.
    """
    found = tables.age_openers.match_ending(lower, i, longest=4)
    return found is not None and i - found[1] >= 3


def _clock(tok: Tokens, i: int, end: int) -> bool:
    """Say whether the number at tokens ``i:end`` is part of a time ("10:30").

    A colon after a word opens a count ("Total victims: 35"); a colon with a space after
    it opens a list ("killed 21: 20 tourists and a police officer").
    """
    lower = tok.lower
    if end + 1 < len(lower) and lower[end] == ":":
        return tok.end[end] == tok.start[end + 1] and lower[end + 1][:1].isdigit()
    if end < len(lower) and lower[end] == ":":
        return False
    return (
        i > 1
        and lower[i - 1] == ":"
        and lower[i - 2][:1].isdigit()
        and tok.end[i - 1] == tok.start[i]
    )


@dataclass
class _Opening:
    """The words that open a number phrase: a qualifier and an additive."""

    start: int
    at: int
    qualifier: Qualifier = Qualifier.EXACT
    exclusive: bool = False
    qualified: bool = False
    additive: bool = False


@dataclass
class _Number:
    """A number phrase read at a token: its tokens, its interval and how it is worded."""

    tok_start: int
    tok_end: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    vague: bool = False
    zero: bool = False
    nobody: bool = False
    additive: bool = False
    revision: bool = False
    article: bool = False
    lone: bool = False


def _number_at(tok: Tokens, tables: FigureTables, i: int) -> _Number | None:
    """Read a number phrase starting at token ``i``."""
    lower = tok.lower
    if lower[i] in tables.lone_only:
        # "the only gunman": "the" opens no other number phrase.
        return _lone(tok, tables, i)
    if lower[i] in tables.range_words or lower[i] in tables.update_words:
        return _range_at(tok, tables, i)
    if (
        lower[i] in tables.range_hedges
        and lower[i + 1 : i + 2]
        and lower[i + 1] in tables.range_words
    ):
        # "somewhere between 30 and 40": the hedge opens the range's phrase.
        hedged = _range_at(tok, tables, i + 1)
        if hedged is not None:
            hedged.tok_start = i
        return hedged
    opening = _opening(tables, lower, i)
    i = opening.at
    if i >= len(lower):
        return None
    if not opening.qualified and not opening.additive:
        zero = _zero_at(tables, lower, opening.start, i)
        if zero is not None:
            return zero
    vague = tables.vague.match(lower, i)
    if vague is not None:
        return _vague_at(opening, vague[0], vague[1])
    found = parse_number(lower, i, tables.lexicon, tables.number_words)
    if found is None:
        return _one_at(tok, tables, i) if opening.start == i else None
    return _count_at(tok, tables, opening, found)


def _opening(tables: FigureTables, lower: list[str], i: int) -> _Opening:
    """Read the qualifier ("at least") and additive ("another") opening a number phrase."""
    opening = _Opening(start=i, at=i)
    found_q = tables.qualifiers.match(lower, i)
    if found_q is not None:
        (opening.qualifier, opening.exclusive), opening.at = found_q
        opening.qualified = True
    found_add = tables.additive.match(lower, opening.at)
    if found_add is not None:
        opening.additive, opening.at = True, found_add[1]
    return opening


def _range_at(tok: Tokens, tables: FigureTables, i: int) -> _Number | None:
    """Read "between 5 and 10" (a range) or "from 10 to 20" (an update to 20) at ``i``."""
    lower = tok.lower
    fig = tables.lexicon
    if i > 0 and lower[i - 1] in tables.not_before:
        # "aged between 10 and 14"
        return None
    update = lower[i] not in tables.range_words
    joiner = tables.update_words[lower[i]] if update else tables.range_words[lower[i]]
    first = parse_number(lower, i + 1, fig, tables.number_words)
    if first is None or tuple(lower[first[1] : first[1] + len(joiner)]) != joiner:
        return None
    second = parse_number(lower, first[1] + len(joiner), fig, tables.number_words)
    if second is None or first[0] > second[0]:
        return None
    if not update:
        return _Number(i, second[1], first[0], second[0], Qualifier.RANGE)
    return _Number(i, second[1], second[0], second[0], Qualifier.EXACT, revision=True)


def _zero_at(tables: FigureTables, lower: list[str], start: int, i: int) -> _Number | None:
    """Read "no one", "nobody" or "no" at ``i`` as zero."""
    nobody = tables.nobody.match(lower, i)
    if nobody is not None:
        return _Number(start, nobody[1], 0, 0, Qualifier.EXACT, zero=True, nobody=True)
    if lower[i] in tables.zero:
        return _Number(start, i + 1, 0, 0, Qualifier.EXACT, zero=True)
    return None


def _vague_at(opening: _Opening, amount: tuple[int | None, int | None], end: int) -> _Number | None:
    """Read a vague amount ("dozens", "over a dozen") with its opening."""
    lo, hi = amount
    start, additive = opening.start, opening.additive
    if opening.qualified and lo is not None and lo == hi:
        # "over a dozen" is 13.., as "over 12" would be.
        lo, hi, q = _interval(lo, opening.qualifier, opening.exclusive)
        return _Number(start, end, lo, hi, q, additive=additive)
    interval = _vague_interval(lo, hi)
    if interval is None:
        return None
    lo, hi, q = interval
    # "A dozen" is about 12, a count; "dozens" and "several" are vague.
    return _Number(start, end, lo, hi, q, vague=lo != hi, additive=additive)


def _one_at(tok: Tokens, tables: FigureTables, i: int) -> _Number | None:
    """Read "a lone gunman", "the only gunman", "a policeman" at ``i`` as one."""
    lone = _lone(tok, tables, i)
    if lone is None and tok.lower[i] in ("a", "an"):
        return _article(tok, tables, i)
    return lone


def _count_at(
    tok: Tokens, tables: FigureTables, opening: _Opening, found: tuple[int, int]
) -> _Number | None:
    """Make a number read at ``opening.at`` a count, a range or nothing (a year, a time)."""
    lower = tok.lower
    i, start, additive = opening.at, opening.start, opening.additive
    value, end = found
    if _not_a_count(tok, tables, i, end, value):
        return None
    if (
        lower[i][-1].isalpha()
        and lower[i][0].isdigit()
        and tables.subjects.match(lower, end) is None
    ):
        # "1.2m people" is a count; "5m away" is a distance.
        return None
    # "1,000-2,000", "five to seven", "two or three"; not "rose by two to 39"
    increment = i > 1 and lower[i - 1] == "by" and lower[i - 2] in tables.toll_fillers
    # nor the earlier value of "from 11 to 14", read on its own
    increment = increment or (i > 0 and lower[i - 1] in tables.update_words)
    if end + 1 < len(lower) and lower[end] in tables.range_joiners and not increment:
        second = parse_number(lower, end + 1, tables.lexicon, tables.number_words)
        if (
            second is not None
            and value < second[0]
            and not _moved_by(lower, tables, start, second[1])
        ):
            return _Number(start, second[1], value, second[0], Qualifier.RANGE, additive=additive)
    lo, hi, q = _interval(value, opening.qualifier, opening.exclusive)
    return _Number(start, end, lo, hi, q, additive=additive)


def _moved_by(lower: list[str], tables: FigureTables, start: int, end: int) -> bool:
    """Say whether "by N to M" at ``start:end`` tells how far a toll moved, not a range.

    "lowered the toll by more than 100 to 253 people" (a revision verb before, or nothing
    after M in its clause); "attacked by five to ten masked gunmen" is a range.
    """
    if start == 0 or lower[start - 1] != "by":
        return False
    if any(w in tables.toll_verbs for w in lower[max(0, start - _TOLL_WINDOW) : start]):
        return True
    return end >= len(lower) or lower[end] in _CLAUSE_BREAKS or lower[end] in (",", "\u201d", '"')


def _approximate(tok: Tokens, tables: FigureTables, i: int) -> _Number | None:
    """Read a number phrase at ``i`` with an approximating suffix ("five or so", "five-or-so")."""
    lower = tok.lower
    number = _number_at(tok, tables, i)
    if number is None or number.zero:
        return number
    suffix = tables.about_suffixes.match(lower, number.tok_end)
    if suffix is not None:
        # "some 20-odd": the suffix belongs to the number phrase whatever its qualifier.
        number.tok_end = suffix[1]
        if number.qualifier is Qualifier.EXACT:
            number.qualifier = Qualifier.ABOUT
        return number
    if number.qualifier is not Qualifier.EXACT:
        return number
    floor = tables.floor_suffixes.match(lower, number.tok_end)
    # "20 or more than 30" is two numbers, not a floor.
    if floor is not None and number.low is not None and lower[floor[1] : floor[1] + 1] != ["than"]:
        number.tok_end, number.qualifier, number.high = floor[1], Qualifier.AT_LEAST, None
    return number


def _floor_after_subject(
    tok: Tokens, tables: FigureTables, number: _Number, read: _SubjectRead
) -> None:
    """Read a floor or approximating suffix told after the subject: "30 people or more".

    The suffix qualifies the number as it does right after it ("30 or more people"),
    unless a second noun follows it ("five soldiers or more civilians").
    """
    lower = tok.lower
    end = read.end
    if read.subject is None or number.qualifier is not Qualifier.EXACT or number.low is None:
        return
    if read.after is not None or end >= len(lower):
        return
    floor = tables.floor_suffixes.match(lower, end)
    about = tables.about_suffixes.match(lower, end) if floor is None else None
    suffix = floor or about
    if suffix is None or suffix[1] - end < 2:
        return  # a glued "+" or "-odd" belongs to the number, not to its noun
    after = lower[suffix[1]] if suffix[1] < len(lower) else "."
    if after == "than" or tables.subjects.match(lower, suffix[1]) is not None:
        return
    read.end = suffix[1]
    if floor is not None:
        number.qualifier, number.high = Qualifier.AT_LEAST, None
    else:
        number.qualifier = Qualifier.ABOUT


def _lone(tok: Tokens, tables: FigureTables, i: int) -> _Number | None:
    """Read "a lone gunman", "the only gunman", "the sole survivor" as one.

    The article and its word of one are the number phrase; a singular subject follows.
    """
    lower = tok.lower
    if lower[i] not in tables.lone_articles:
        return None
    lone = tables.lone_words.match(lower, i + 1)
    if lone is None:
        return _definite_object(tok, tables, i)
    number = _article(tok, tables, lone[1] - 1)
    if number is None:
        return None
    number.tok_start, number.lone = i, True
    return number


def _definite_object(tok: Tokens, tables: FigureTables, i: int) -> _Number | None:
    """Read a singular victim noun after a participle of a casualty verb as one.

    "..., killing the driver", "wounding the guard": the definite object of the attack's
    participial clause is one person, as "a guard" is; an unknown head ("killing the
    momentum") is no victim. A finite verb's definite object ("the attack that killed
    the governor") names a known person told of, not a figure.
    """
    lower = tok.lower
    if lower[i] != "the" or i == 0 or not lower[i - 1].endswith("ing"):
        return None
    verb = tables.metrics.match_ending(lower, i, longest=2)
    if verb is None or verb[0] not in (Metric.KILLED, Metric.WOUNDED):
        return None
    read = _subject_after(tok, tables, i + 1)
    if read is None:
        return None
    # An unknown head is a victim only if it is shaped as a noun of a person.
    if read.subject is None and (
        read.guess is None or not lower[read.guess - 1].endswith(tables.person_endings)
    ):
        return None
    return _article(tok, tables, i)


def _article(tok: Tokens, tables: FigureTables, i: int) -> _Number | None:
    """Read "a policeman", "an Afghan soldier" as one, if a singular subject follows."""
    read = _subject_after(tok, tables, i + 1)
    if read is None:
        return None
    number = _Number(i, i + 1, 1, 1, Qualifier.EXACT, article=True)
    _toll_ordinal(tok, tables, number)
    if read.subject is None:
        # "a shopkeeper was killed": an unknown singular head governed by a casualty verb.
        _adopt_guess(tok, tables, number, read)
        return number if read.subject is not None else None
    head = tok.lower[read.end - 1]
    if head.endswith(("s", "men")) or head in tables.collective:
        return None
    if read.subject is Subject.LEADERS and (i == 0 or tok.lower[i - 1] not in tables.conjunctions):
        # "a senior Okvara commander was killed": one leader's fate is a targeted killing
        # told of a known person, no count of casualties ("12 soldiers and a commander"
        # lists one among casualties).
        return None
    return number


# --- subjects and metrics ------------------------------------------------------------------


def _toll_ordinal(tok: Tokens, tables: FigureTables, number: _Number) -> None:
    """Make "the death of a third tourist" a toll of three, the ordinal its number.

    An ordinal elsewhere ("a second attacker was shot dead") is one of a group, no toll.
    """
    i, lower = number.tok_start, tok.lower
    value = tables.ordinal_values.get(lower[i + 1]) if i + 1 < len(lower) else None
    if value is None or tables.toll_ordinal_openers.match_ending(lower, i) is None:
        return
    number.low = number.high = value
    number.tok_end = i + 2


def _is_modifier(tok: Tokens, tables: FigureTables, k: int) -> bool:
    word = tok.text[k]
    if not word[0].isalpha():
        return False
    lower = tok.lower[k]
    # An acronym ("IS fighters") is a modifier even when it spells a stop word.
    if lower in tables.stop and not (word.isupper() and len(word) >= 2):
        return False
    return tables.metrics.match(tok.lower, k) is None and tables.tolls.match(tok.lower, k) is None


@dataclass
class _SubjectRead:
    subject: Subject | None
    end: int
    inherit: bool = False
    part: bool = False
    group: Metric | None = None
    after: int | None = None
    other: bool = False
    # The end of a head noun the lexicon does not know ("12 pilgrims"): a subject only
    # if a casualty metric governs it.
    guess: int | None = None
    guess_plural: bool = False
    # The token of the number of a counted group a partitive names ("five of the 23
    # dead"): the whole, read as a figure of its own.
    whole: int | None = None
    # The whole is a group of attackers ("one of the four gunmen"): their count.
    counted: bool = False
    # The whole's noun is hedged ("of the 19 suspected militants"): suspects, whom an
    # arrest of some of them does not count as attackers.
    hedged: bool = False


@dataclass
class _NounGroup:
    """The state of the walk over a noun group after a number."""

    subject: Subject | None = None
    end: int = 0
    start: int = 0
    modifiers: int = 0
    aged: int | None = None
    demonym: int | None = None
    inherit: bool = False
    # The token after the last modifier read, and whether the walk stopped on a word it
    # could not read as a modifier (so the last modifier is the head of the group).
    last: int | None = None
    closed: bool = False


def _age_end(tok: Tokens, tables: FigureTables, j: int) -> int | None:
    """Return the token after an age given after a subject, if one starts at ``j``.

    Ages: "aged 12", "aged between 10 and 14", "under the age of 15", "in their 20s",
    "in their twenties", and an aside of ages only (", 15 and 16,", "(15)").
    """
    lower = tok.lower
    n = len(lower)
    if j >= n:
        return None
    opener = tables.age_openers.match(lower, j)
    if opener is not None:
        k = opener[1]
        decade = k < n and (lower[k][0].isdigit() or lower[k].endswith(("ties", "teens")))
        if decade and parse_number(lower, k, tables.lexicon, tables.number_words) is None:
            # "in their 20s", "in their twenties"
            return k + 1
        return _ages(tok, tables, k)
    if lower[j] in ("(", ","):
        closer = ")" if lower[j] == "(" else ","
        inner = tables.age_openers.match(lower, j + 1)
        end = _ages(tok, tables, inner[1] if inner is not None else j + 1)
        if end is not None and end < n and lower[end] == closer:
            return end + 1
    return None


def _ages(tok: Tokens, tables: FigureTables, k: int) -> int | None:
    """Read one age or a list or range of ages at ``k`` ("10 and 14", "12 to 14 years")."""
    lower = tok.lower
    n = len(lower)
    read = 0
    while k < n and read < 4:
        found = parse_number(lower, k, tables.lexicon, tables.number_words)
        if found is None or found[0] > _MAX_AGE:
            break
        read += 1
        k = found[1]
        unit = tables.age_units.match(lower, k)
        if unit is not None:
            k = unit[1]
        joined = k + 1 < n and (lower[k] in tables.range_joiners or lower[k] in tables.conjunctions)
        if joined and parse_number(lower, k + 1, tables.lexicon, tables.number_words) is not None:
            k += 1
            continue
        break
    return k if read else None


def _age_adjective(tok: Tokens, tables: FigureTables, j: int) -> tuple[int, bool] | None:
    """Read an age before a noun ("17-year-old", "15 years old").

    Returns:
        The token after the age, and whether the age is itself the noun ("two
        15-year-olds"); ``None`` if no age starts at ``j``.
    """
    lower = tok.lower
    if j >= len(lower):
        return None
    word = lower[j]
    if "-" in word and not word[0].isdigit():
        # "seventeen-year-old" is one token
        head, _, rest = word.partition("-")
        if tables.number_words.match([head], 0) is not None and tables.age_units.match([rest], 0):
            return j + 1, rest.endswith("s")
        return None
    found = parse_number(lower, j, tables.lexicon, tables.number_words)
    if found is None or found[0] > _MAX_AGE:
        return None
    k = found[1]
    if k < len(lower) and lower[k] == "-":
        k += 1
    unit = tables.age_units.match(lower, k)
    if unit is None or not lower[unit[1] - 1].endswith(("old", "olds")):
        return None
    return unit[1], lower[unit[1] - 1].endswith("olds")


def _abbreviation_end(tok: Tokens, j: int) -> int:
    """Return the token after a modifier at ``j``, stepping over a dotted abbreviation.

    "U.S.", "U.N." are split into letters and dots; read as one modifier ("13 U.S.
    service members").
    """
    text = tok.text
    k = j
    while k + 1 < len(text) and len(text[k]) == 1 and text[k].isupper() and text[k + 1] == ".":
        k += 2
    return max(k, j + 1)


def _demonym(tok: Tokens, tables: FigureTables, j: int) -> bool:
    """Say whether token ``j`` names people of a nation ("Ukrainians", "Pakistanis")."""
    word = tok.text[j]
    return (
        len(word) > 4
        and word[0].isupper()
        and word[1:].islower()
        and tok.lower[j].endswith(tables.demonyms)
    )


def _nationality(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether ``cand`` is a part of a toll told by nationality ("including 14 foreigners").

    The subject tree cannot hold a nationality: read as people or civilians the part would
    stand as a rival of its own toll. A figure that names only a nationality and is no part
    of a toll before it ("three Britons were killed") is still read.
    """
    return (cand.part or cand.among) and _national_head(tok, tables, cand)


def _nationals(tok: Tokens, tables: FigureTables, cands: list[_Candidate]) -> set[int]:
    """Return the candidates that break a toll down by nationality, list items included.

    "The 38 dead included 30 Britons, three Irish nationals and two Germans": the first
    item is a part of the toll, and so are the nationalities listed after it.
    """
    out = {idx for idx, cand in enumerate(cands) if _nationality(tok, tables, cand)}
    # Along the list both ways: "two Britons and three Germans were among the dead" marks
    # the last item only.
    for order in (range(1, len(cands)), range(len(cands) - 2, -1, -1)):
        for idx in order:
            near = idx - 1 if order.step > 0 else idx + 1
            first, second = sorted((idx, near))
            joined = _joined(
                tables, tok.lower, cands[first].subj_end, cands[second].number.tok_start
            )
            if near in out and joined and _national_head(tok, tables, cands[idx]):
                out.add(idx)
    if len(out) == len(cands):
        # "The dead included 11 Ukrainians": no toll in the sentence is broken down.
        return {idx for idx in out if cands[idx].part}
    return out


def _one_national(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether ``cand`` is one victim told by nationality alone ("a Canadian").

    "killed a Canadian", "an Indonesian man was also killed", "a Dutch national": a
    nationality breakdown of one (the corpus convention); "an Afghan soldier" is a soldier.
    """
    number = cand.number
    start, end = number.tok_end, cand.subj_end
    if not number.article or end - start not in (1, 2):
        return False
    word, lower = tok.text[start], tok.lower[start]
    if not (word[:1].isupper() and word[1:].islower() and len(word) > 3):
        return False
    if lower in tables.non_national or f"{lower}s" in tables.non_national:
        return False
    if not lower.endswith(tables.single_demonyms):
        return False
    return end - start == 1 or tok.lower[start + 1] in tables.national_persons


def _national_head(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether ``cand``'s head noun names a nationality ("Britons", "foreigners")."""
    head = cand.subj_end - 1
    if cand.subject is None or head < cand.number.tok_end:
        return False
    lower = tok.lower
    if tables.nationality.match_ending(lower, head + 1, longest=2) is not None:
        return True
    known = tables.subjects.match_ending(lower, head + 1, longest=1) is not None
    return not known and lower[head] not in tables.non_national and _demonym(tok, tables, head)


def _subject_after(
    tok: Tokens, tables: FigureTables, k: int, vague: bool = False, join: bool = True
) -> _SubjectRead | None:
    """Read the subject after a number phrase ending at token ``k``.

    Returns:
        The subject (``None`` if not named), the token after it, whether the figure takes
        the subject just named ("five others"), whether it is a part of the figure before
        ("six of them women"), and the metric of a group it is taken from ("seven of the
        dead"); ``None`` if a non-casualty unit follows, so the number is not a casualty
        figure. A head noun the lexicon does not know is returned as a guess. With
        ``join`` a second head after "and" widens the subject (:func:`_conjoined_head`).
    """
    lower = tok.lower
    inherit = part = False
    if vague and k < len(lower) and lower[k] == "of":
        # "dozens of civilians"
        k += 1
    partitive = tables.partitive.match(lower, k)
    if partitive is not None:
        k = partitive[1]
        group = None if lower[k - 1] in tables.part_pronouns else _partitive_group(tok, tables, k)
        if group is None and _part_pronoun(tables, lower, k):
            inherit = part = True
            k = _past_article(lower, tables, k)
        else:
            if group is not None:
                # "seven of the dead", "two of the wounded later died": the group's metric
                # holds unless another follows.
                return _SubjectRead(None, group[1], group=group[0], whole=group[2])
            return _attackers_whole(tok, tables, k)
    # "18-year-old", "four-hour": a hyphen glues a unit to the number.
    if k < len(lower) and lower[k] == "-" and tables.units.match(lower, k + 1) is not None:
        return None
    group_read = _noun_group(tok, tables, k, join)
    if group_read is None:
        return None
    return _subject_read(tok, tables, group_read, k, inherit or group_read.inherit, part)


def _part_pronoun(tables: FigureTables, lower: list[str], k: int) -> bool:
    """Say whether the word before ``k`` (after "of") stands for the figure before.

    "six of them", and a demonstrative no noun follows: "27 of these were soldiers".
    """
    word = lower[k - 1]
    if word in tables.part_pronouns:
        return True
    if word not in tables.demonstratives:
        return False
    return k >= len(lower) or lower[k] in tables.aux or lower[k] in (",", ".", ";")


def _attackers_whole(tok: Tokens, tables: FigureTables, k: int) -> _SubjectRead | None:
    """Read the subject of a part of a counted group of attackers at ``k`` (after "of the").

    "one of the four gunmen opened fire", "two of the five attackers were arrested": the
    group's number is the count of attackers, read as a figure of its own (``whole``).
    """
    found = parse_number(tok.lower, k, tables.lexicon, tables.number_words)
    if found is not None:
        counted = _noun_group(tok, tables, found[1])
        if counted is not None and tables.countable(counted.subject):
            read = _subject_read(tok, tables, counted, found[1], False, False)
            read.whole, read.counted = k, True
            read.hedged = _hedged(tok.lower, found[1], counted.end)
            return read
    group_read = _noun_group(tok, tables, k)
    if group_read is None:
        return None
    return _subject_read(tok, tables, group_read, k, False, False)


# Words that make a noun group's people suspects: "19 suspected militants".
_SUSPECT_HEDGES = frozenset({"suspected", "alleged", "presumed", "purported"})


def _hedged(lower: list[str], start: int, end: int) -> bool:
    """Say whether a hedge word stands among tokens ``start`` to ``end``: suspects named."""
    return any(lower[j] in _SUSPECT_HEDGES for j in range(start, min(end, len(lower))))


def _partitive_group(
    tok: Tokens, tables: FigureTables, k: int
) -> tuple[Metric, int, int | None] | None:
    """Read the group a partitive takes its part from, at ``k`` (after "of the").

    "of the dead", "of the 23 dead", "of the 12 people killed", "of the victims": the
    group's metric, the token after the group, and the token of the group's own number
    (a figure of its own, the whole), if it has one.
    """
    lower = tok.lower
    whole = None
    found = parse_number(lower, k, tables.lexicon, tables.number_words)
    if found is not None:
        # "of the 2015 victims": a year is no whole, though the group still is one.
        year = _not_a_count(tok, tables, k, found[1], found[0]) or 1800 <= found[0] <= 2100
        whole, k = (None if year else k), found[1]
    subject = tables.subjects.match(lower, k)
    # "of the 12 people killed"; without a number only a generic noun ("of the people
    # killed"), so that "two of the soldiers killed" keeps its own subject.
    numbered = found is not None or (subject is not None and subject[0] is Subject.PEOPLE)
    if subject is not None and numbered and tables.metrics.match(lower, subject[1]) is not None:
        k = subject[1]
    group = tables.metrics.match(lower, k)
    if group is not None and group[0] is not Metric.COUNT:
        # "five of the 23 dead were children", but not "seven of the eight attackers blew
        # themselves up": a counted group's metric word is followed by the predicate.
        linked = group[1] < len(lower) and lower[group[1]] in tables.predicate_links
        return (group[0], group[1], whole) if whole is None or linked else None
    victims = tables.victim_groups.match(lower, k)
    return (victims[0], victims[1], whole) if victims is not None else None


def _past_article(lower: list[str], tables: FigureTables, k: int) -> int:
    """Step over the article of "one of them a child": it is no second figure."""
    if k + 1 >= len(lower) or lower[k] not in ("a", "an"):
        return k
    for j in range(k + 1, min(len(lower), k + 2 + _MODIFIERS)):
        # "one of them a police officer", "one of them an army officer"
        if tables.subjects.match(lower, j):
            return k + 1
        if not lower[j].isalpha() or lower[j] in tables.stop:
            return k
    return k


def _noun_group(tok: Tokens, tables: FigureTables, k: int, join: bool = True) -> _NounGroup | None:
    """Walk the modifiers and head of the noun group at ``k``; ``None`` at a unit."""
    lower = tok.lower
    g = _NounGroup(end=k, start=k)
    j = k
    while j < len(lower):
        found = tables.subjects.match(lower, j) or _quoted_subject(tables, lower, j)
        if found is not None:
            g.subject, j = found
            g.end = j = _glossed_end(tables, lower, g.subject, j)
            continue
        if g.subject is not None:
            if join:
                _conjoined_head(tok, tables, g)
            break
        step = _noun_group_step(tok, tables, g, j)
        if step is None:
            return None
        if step == j:
            g.closed = not _is_modifier(tok, tables, j)
            break
        j = step
        if g.subject is not None and g.aged == j:
            break
    else:
        g.closed = True
    return g


def _conjoined_head(tok: Tokens, tables: FigureTables, g: _NounGroup) -> None:
    """Widen a noun group to a second head joined by "and" that the number also counts.

    "70 Zelvanian civilians and Okvaran soldiers": one number over both heads, so its
    subject is the nearest one holding both (``people``; ``security_forces`` for police
    and soldiers). A second head with a number of its own ("12 civilians and five
    soldiers") is a figure of its own, and one that opens a clause ("killed 12 soldiers
    and police said", "and police were deployed") is no part of the group.
    """
    lower = tok.lower
    j = g.end + 1
    if g.subject is None or g.end >= len(lower) or lower[g.end] != "and":
        return
    while j < len(lower) and j - g.end <= _MODIFIERS:
        found = tables.subjects.match(lower, j)
        if found is not None:
            if _opens_clause(tok, tables, found[1]) and not _passive_toll(tok, tables, g, found[1]):
                return
            g.subject, g.end = _common_subject(g.subject, found[0]), found[1]
            return
        if not _is_modifier(tok, tables, j) or _opens_number(tables, lower[j]):
            return
        j += 1


def _number_follows(tables: FigureTables, lower: list[str], k: int) -> bool:
    """Say whether a count, qualified or not, opens at token ``k`` ("71", "at least 71")."""
    qualifier = tables.qualifiers.match(lower, k)
    k = qualifier[1] if qualifier is not None else k
    found = parse_number(lower, k, tables.lexicon, tables.number_words) if k < len(lower) else None
    return found is not None


def _opens_number(tables: FigureTables, word: str) -> bool:
    """Say whether ``word`` may open a number phrase ("21", "twenty-one", "at least")."""
    return (
        word in tables.number_starts
        or word[0].isdigit()
        or ("-" in word and word.split("-", 1)[0] in tables.units_words)
    )


def _opens_clause(tok: Tokens, tables: FigureTables, j: int) -> bool:
    """Say whether a verb follows token ``j``: the noun before it is a clause's subject.

    Adverbs may stand between ("and police later arrested", "and troops quickly sealed").
    """
    lower = tok.lower
    for _ in range(_MODIFIERS):
        if j >= len(lower) or not (lower[j] in tables.verb_skips or _adverb(lower[j])):
            break
        j += 1
    if j >= len(lower):
        return False
    word = lower[j]
    return (
        word in tables.aux
        or word in tables.reporting
        or tables.metrics.match(lower, j) is not None
        or (word.endswith("ed") and tok.text[j].islower())
    )


_NUMBER_SPAN = 4
"""How many tokens a number with its qualifier may span before its noun group."""
_CLAUSE_JOINS = frozenset({"and", ",", ";", "but", "while"})
"""Words that, between a metric verb and a number, make the number open a clause of its own
("two died and 20 ... were injured"), not the verb's object."""


def _passive_toll(tok: Tokens, tables: FigureTables, g: _NounGroup, j: int) -> bool:
    """Say whether the clause at token ``j`` is a toll in the passive the group is subject of.

    Its subject is the whole joined group ("100 villagers and soldiers were killed"), where
    a clause of another verb ("and police were deployed") stands apart from it, and so does
    any clause after a group that is a verb's object ("killed 12 soldiers and police were
    wounded": a metric word just before the number, no clause joined between).
    """
    lower = tok.lower
    for i in range(max(0, g.start - _NUMBER_SPAN), g.start):
        found = tables.metrics.match(lower, i)
        if found is not None and not _CLAUSE_JOINS.intersection(lower[found[1] : g.start]):
            return False
    k = j
    while k < len(lower) and k - j < _MODIFIERS and lower[k] in tables.aux:
        k += 1
    return k > j and k < len(lower) and tables.metrics.match(lower, k) is not None


def _common_subject(one: Subject, other: Subject) -> Subject:
    """Return the nearest subject that holds both ``one`` and ``other``."""
    for node in (one, *one.ancestors()):
        if node.contains(other):
            return node
    return Subject.PEOPLE


def _glossed_end(tables: FigureTables, lower: list[str], subject: Subject, j: int) -> int:
    """Step over a gloss of a subject noun ending at ``j``: "four fidayeen or gunmen".

    The noun after "or" names the same subject again, so it is the same group.
    """
    if j + 1 >= len(lower) or lower[j] != "or":
        return j
    found = tables.subjects.match(lower, j + 1)
    return found[1] if found is not None and found[0] is subject else j


def _quoted_subject(tables: FigureTables, lower: list[str], j: int) -> tuple[Subject, int] | None:
    """Match a subject noun in quotation marks at ``j`` ('four "fidayeen" attacked')."""
    if lower[j] not in _QUOTES:
        return None
    found = tables.subjects.match(lower, j + 1)
    if found is None or found[1] >= len(lower) or lower[found[1]] not in ('"', "\u201d"):
        return None
    return found[0], found[1] + 1


def _noun_group_step(tok: Tokens, tables: FigureTables, g: _NounGroup, j: int) -> int | None:
    """Read one word of a noun group before its head; return the next token (``j``: stop).

    ``None``: a non-casualty unit, so the number is no casualty figure.
    """
    lower = tok.lower
    if tables.additive_joiners.match(lower, j) is not None:
        return j  # "21 plus 5 attackers": the joiner ends the first figure
    if g.demonym is None and g.modifiers < _MODIFIERS and _demonym(tok, tables, j):
        # "11 Ukrainians", "three Chinese engineers": people, unless a subject follows.
        g.demonym = j + 1
        g.modifiers += 1
        return j + 1
    age = _age_adjective(tok, tables, j) if g.aged is None else None
    if age is not None:
        # "a 17-year-old boy", "two 15-year-olds": the age is not a count.
        g.aged = age[0]
        if age[1]:
            g.subject, g.end = Subject.PEOPLE, age[0]
        return age[0]
    if tables.units.match(lower, j) is not None:
        return None
    other = tables.others.match(lower, j)
    if other is not None:
        g.inherit = True
        g.end = other[1]
        return other[1]
    if g.modifiers < _MODIFIERS and _is_modifier(tok, tables, j):
        g.modifiers += 1
        g.last = _abbreviation_end(tok, j)
        return g.last
    return _past_mark(tok, g, j)


def _past_mark(tok: Tokens, g: _NounGroup, j: int) -> int:
    """Step over a mark inside the modifiers of a noun group at ``j`` (``j``: none)."""
    lower = tok.lower
    if not g.modifiers:
        return j
    if _broken_compound(tok, j):
        # "four Jaish-e- Okvar fighters": the halves of one name, split at a line end.
        return j + 1
    if lower[j] == "(" and ")" in lower[j + 2 : j + 4]:
        # "two Afghan National Army (ANA) soldiers"
        return lower.index(")", j + 2, j + 4) + 1
    if _name_of(tok, j):
        return j + 1  # "two Ministry of Health workers": "of" inside a capitalised name
    return j


def _name_of(tok: Tokens, j: int) -> bool:
    """Say whether the "of" at ``j`` joins two capitalised words of one name."""
    words = tok.text
    return (
        tok.lower[j] == "of"
        and 0 < j < len(words) - 1
        and words[j - 1][:1].isupper()
        and words[j + 1][:1].isupper()
    )


def _subject_read(
    tok: Tokens, tables: FigureTables, g: _NounGroup, k: int, inherit: bool, part: bool
) -> _SubjectRead:
    """Turn a walked noun group into the subject it names, or a guess at its head."""
    lower = tok.lower
    subject, end = g.subject, g.end
    if subject is None and g.aged is not None:
        # "a 17-year-old was killed"
        subject, end = Subject.PEOPLE, g.aged
    if subject is None and g.demonym is not None:
        subject, end = Subject.PEOPLE, g.demonym
        if end < len(lower) and _is_modifier(tok, tables, end) and tok.text[end].islower():
            # the head noun the lexicon does not know: "three Chinese engineers"
            end += 1
    subject, end = _member_subject(tok, tables, g, subject, end)
    if subject is not None:
        # "two other suicide bombers": more of a kind named before, so no total count.
        after = _age_end(tok, tables, end)
        return _SubjectRead(subject, end, False, part, after=after, other=inherit)
    read = _SubjectRead(None, end, inherit, part)
    if g.last is not None and g.closed:
        head = tok.text[g.last - 1]
        if _head_noun(head):
            read.guess, read.guess_plural = g.last, _plural(head.lower())
    return read


def _member_subject(
    tok: Tokens, tables: FigureTables, g: _NounGroup, subject: Subject | None, end: int
) -> tuple[Subject | None, int]:
    """Return the subject and end of a noun group, minding members of a force."""
    if subject is not None:
        return _force_of(tok, tables, end) or subject, end
    if g.last is not None and g.closed:
        # "two members of the border rangers": an unknown member noun, a known force
        force = _force_of(tok, tables, g.last)
        if force is not None:
            return force, g.last
    return subject, end


def _force_of(tok: Tokens, tables: FigureTables, end: int) -> Subject | None:
    """Return the subject of members named by the force or armed group they are of, if any.

    "three officers of the border rangers", "five members of the police", "eleven members
    of the terrorist group": the force or group, not the member noun ending at ``end``,
    says who they are.
    """
    lower = tok.lower
    if lower[end - 1] not in tables.member_heads or end + 1 >= len(lower) or lower[end] != "of":
        return None
    k = end + 1
    if lower[k] in tables.object_starters:
        k += 1
    if k < len(lower) and tables.armed_groups.match(lower, k) is not None:
        # "eleven members of the terrorist group": members of an armed group are militants.
        return Subject.MILITANTS
    force = _noun_group(tok, tables, k)
    if force is not None and force.subject and Subject.SECURITY_FORCES.contains(force.subject):
        return force.subject
    return Subject.CIVILIANS if _civil_body(tables, lower, k) else None


def _civil_body(tables: FigureTables, lower: list[str], k: int) -> bool:
    """Say whether a body of civilians ends the noun group at ``k``: "the Sikh community"."""
    for j in range(k, min(len(lower), k + _MODIFIERS + 1)):
        if lower[j] in tables.civil_bodies:
            return True
        if lower[j] in _CLAUSE_BREAKS or lower[j] in (",", "and", "of"):
            return False
    return False


def _head_noun(word: str) -> bool:
    """Say whether ``word`` may head a noun group the lexicon does not know."""
    # "a third escaped", "two fled": a past tense after a number is its verb, no head.
    low = word.lower()
    past = low.endswith("ed") and not low.endswith("eed")
    short = len(word) <= 2 or (word.isupper() and len(word) > 1)
    return word.isalpha() and not short and not past and not _adverb(low)


def _adverb(low: str) -> bool:
    """Say whether a word is shaped as an adverb in "-ly" ("eventually", not "family")."""
    return len(low) > 6 and low.endswith("ly") and not low.endswith(("ily", "mbly", "aly", "oly"))


def _plural(word: str) -> bool:
    """Say whether a head noun looks plural ("pilgrims", "firemen", "passers-by" aside)."""
    if word.endswith("men"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _metric_after(
    tok: Tokens, tables: FigureTables, k: int
) -> tuple[Metric, int, int, bool] | None:
    """Find a metric word after token ``k`` across linking words.

    Returns:
        The metric, the metric word's first token and the token after it, and whether an
        auxiliary verb stood between (a passive, "were killed").
    """
    lower = tok.lower
    passive = False
    aside = False
    # "three fighters "opened fire ...": a quotation that opens at the predicate.
    j = k + 1 if k < len(lower) and lower[k] in _QUOTES else k
    steps = 0
    while j < len(lower) and steps <= _LINKING:
        found = _metric_at(tables, lower, j, steps, passive)
        if found is not None:
            return found[0], j, found[1], passive
        skipped = _past_clause_aside(tok, tables, j, aside)
        if skipped is not None:
            aside, j = skipped
            continue
        if not aside and lower[j] in _ASIDES:
            # "12 people, mostly civilians, were killed": step over one aside.
            close = _aside_end(tok, tables, j)
            if close is None:
                return None
            aside, j = True, close
            continue
        link = _link_at(tables, lower, j)
        if link is None:
            group = _unlinked_step(tok, tables, k, j, steps)
            if group is None:
                return None
            j = group
            continue
        if lower[j] in tables.passive_markers:
            passive = True
        j = link[1]
        steps += 1
    return None


# How many words a speaker's aside between commas may hold ("a spokesman for the governor said").
_SPEAKER_ASIDE = 8


def _speaker_aside(tables: FigureTables, inner: list[str]) -> bool:
    """Say whether the words between two commas are a speaker's aside.

    "police said", "a spokesman for the governor told reporters", "according to officials":
    a reporting verb closes it or "according to" opens it.
    """
    if not inner or any(w in _CLAUSE_BREAKS or w[0].isdigit() for w in inner):
        return False
    if inner[:2] == ["according", "to"]:
        return True
    return inner[-1] in tables.reporting or (
        len(inner) > 1 and inner[-2] == "told" and inner[-1] == "reporters"
    )


def _past_speaker_aside_back(lower: list[str], tables: FigureTables, i: int) -> int:
    """Return the opening comma of a speaker's aside that ends just before token ``i``.

    "the blast killed, police said, 12 people": the verb's object stands past the aside.
    Returns ``i`` when no aside ends there.
    """
    if i < 3 or lower[i - 1] != ",":
        return i
    for k in range(i - 2, max(-1, i - 3 - _SPEAKER_ASIDE), -1):
        if lower[k] == ",":
            return k if _speaker_aside(tables, lower[k + 1 : i - 1]) else i
    return i


def _past_speaker_aside(lower: list[str], tables: FigureTables, j: int) -> int | None:
    """Return the token after a speaker's aside that opens at the comma ``j``, if any.

    "12 people, including two children, police said, were killed": the verb after it
    is the subject's.
    """
    for k in range(j + 2, min(len(lower), j + 2 + _SPEAKER_ASIDE)):
        if lower[k] == ",":
            return k + 1 if _speaker_aside(tables, lower[j + 1 : k]) else None
    return None


def _past_clause_aside(
    tok: Tokens, tables: FigureTables, j: int, aside: bool
) -> tuple[bool, int] | None:
    """Step over a relative clause or a speaker's aside at token ``j``, if one stands there.

    Returns:
        Whether an aside was stepped over so far and the token after the clause.
    """
    lower = tok.lower
    if lower[j] == "," and j + 1 < len(lower) and lower[j + 1] in tables.relative:
        # "the three bombers, who were also killed": a relative clause after a comma;
        # "the four gunmen, who stormed in at dawn, were killed": one closed without a
        # metric of its own is an aside, the verb after it the subject's.
        return _past_relative(tok, tables, j, aside)
    # "12 people, (including two children,) police said, were killed": a speaker's aside,
    # alone or right after another aside, is no part of the subject's clause.
    opening = j if lower[j] == "," else j - 1
    past = _past_speaker_aside(lower, tables, opening) if lower[opening] == "," else None
    return None if past is None else (aside, past)


def _metric_at(
    tables: FigureTables, lower: list[str], j: int, steps: int, passive: bool
) -> tuple[Metric, int] | None:
    """Match a metric word, a state or an intake at ``j``: its metric and end.

    After an auxiliary an intake ("were rushed to hospital") wins over the attackers' verb
    of the same word ("four gunmen rushed into the hall").
    """
    behind = _behind_attack(tables, lower, j)
    return (
        (_intake(tables, lower, j) if passive else None)
        or tables.metrics.match(lower, j)
        or _state_metric(tables, lower, j, steps)
        or _intake(tables, lower, j)
        or (None if behind is None else (Metric.COUNT, behind))
    )


# Words that may stand between "behind" and the attack it names ("behind last week's").
_BEHIND_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "its", "their", "'s", "last"})


def _behind_attack(tables: FigureTables, lower: list[str], j: int) -> int | None:
    """Return the end of "behind" and the attack it names at ``j`` (an attacker's act).

    "family of six behind deadly church bombings", "two men behind last week's attack":
    the modifiers of the attack noun are crossed, but no verb or clause break.
    """
    if lower[j] != "behind":
        return None
    for k in range(j + 1, min(len(lower), j + 1 + _MODIFIERS + 3)):
        noun = tables.attack_nouns.match(lower, k)
        if noun is not None:
            return noun[1]
        word = lower[k]
        stops = word in tables.stop and word not in _BEHIND_DETERMINERS
        if stops or word in _CLAUSE_BREAKS or word in _ASIDES:
            return None
    return None


def _attacker_act(tables: FigureTables, lower: list[str], j: int) -> bool:
    """Say whether an attacker's act stands at ``j`` ("opened fire", "behind the attack")."""
    return (
        tables.attacker_acts.match(lower, j) is not None
        or _behind_attack(tables, lower, j) is not None
    )


def _past_relative(tok: Tokens, tables: FigureTables, j: int, aside: bool) -> tuple[bool, int]:
    """Step into a relative clause after the comma at ``j``, or over it as the one aside."""
    close = None if aside else _relative_aside_end(tok, tables, j + 1)
    return (True, close) if close is not None else (aside, j + 1)


def _relative_aside_end(tok: Tokens, tables: FigureTables, j: int) -> int | None:
    """Return the token after a relative clause opened at ``j`` and closed by a comma.

    ``None`` when it holds a metric word or a clause break, or runs on: then the clause is
    no aside ("the three bombers, who were also killed").
    """
    lower = tok.lower
    for k in range(j + 1, min(len(lower), j + _LONG_ASIDE)):
        word = lower[k]
        if word == ",":
            return k + 1 if k > j + 1 else None
        dotted = word == "." and len(lower[k - 1]) == 1 and lower[k - 1].isalpha()
        if word in _CLAUSE_BREAKS and not dotted:  # "at 5.30 a.m.,": an abbreviation
            return None
        if word in _QUOTES or tables.metrics.match(lower, k) is not None:
            return None
    return None


def _link_at(tables: FigureTables, lower: list[str], j: int) -> tuple[bool, int] | None:
    """Match a linking word at ``j``, or an adverb in "-ly" ("one eventually blew up")."""
    link = tables.linking.match(lower, j)
    if link is not None:
        return link
    if _adverb(lower[j]):
        return True, j + 1
    # "were contained and killed", "were captured and shot dead": a first participle
    # coordinated with the casualty one shares its auxiliary.
    shared = 0 < j < len(lower) - 1 and lower[j - 1] in tables.passive_markers
    if shared and _participle(lower[j]) and lower[j + 1] in ("and", "or"):
        link = tables.linking.match(lower, j + 2)  # "surrounded and shot dead"
        verb = tables.metrics.match(lower, j + 2 if link is None else link[1])
        return (True, j + 2) if verb is not None and verb[0] is not Metric.COUNT else None
    return None


def _participle(word: str) -> bool:
    """Say whether a word is shaped as a regular past participle ("contained")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _unlinked_step(tok: Tokens, tables: FigureTables, k: int, j: int, steps: int) -> int | None:
    """Step over what may stand between a subject and its metric besides linking words."""
    if steps == 0:
        joined = _joined_noun_end(tok, tables, j)
        if joined is not None:
            # "18 tourists and a local guide were killed": the verb of the list.
            return joined
    # "Thirty Britons were among the 38 tourists killed": the group's metric.
    return _counted_group(tok, tables, k, j)


def _joined_noun_end(tok: Tokens, tables: FigureTables, j: int) -> int | None:
    """Return the end of a noun phrase with no number joined at ``j`` to a figure's subject.

    "18 tourists and a local guide were killed", "five policemen and their driver died":
    the last item counts no one, but the verb after it is the whole list's.
    """
    lower = tok.lower
    if (
        lower[j] not in ("and", "or")
        or j + 2 >= len(lower)
        or lower[j + 1] not in tables.lone_articles | _POSSESSIVES
    ):
        return None
    k = j + 2
    while k < len(lower) and k - j <= 4 and tok.text[k].isalpha():
        if lower[k] in tables.aux or tables.metrics.match(lower, k) is not None:
            return k if k > j + 2 else None
        if lower[k] in tables.stop:
            return None
        if lower[j + 1] in ("a", "an") and tables.subjects.match(lower, k) is not None:
            return None  # "and a policeman were killed": a figure of one, the verb its own
        k += 1
    return None


def _state_metric(
    tables: FigureTables, lower: list[str], j: int, steps: int
) -> tuple[Metric, int] | None:
    """Match a state that names a metric as a predicate: "61 are still in hospital"."""
    return tables.state_metrics.match(lower, j) if steps else None


# How far an intake's place may stand after its preposition, in tokens ("to the city's two
# main hospitals").
_INTAKE_REACH = 6


def _intake(tables: FigureTables, lower: list[str], j: int) -> tuple[Metric, int] | None:
    """Match an intake at ``j``: a verb of taking the hurt in, then where they were taken.

    "were rushed to the hospital", "have been transported for medical treatment", "were
    admitted to two local clinics": whoever is so taken is wounded.
    """
    if lower[j] not in tables.intake_verbs:
        return None
    end = _intake_place(tables, lower, j + 1)
    return (Metric.WOUNDED, end) if end is not None else None


def _intake_place(tables: FigureTables, lower: list[str], j: int) -> int | None:
    """Return the end of an intake's preposition and place at ``j`` ("to the hospital").

    The place (data intake_places) stands a few words after the preposition, in its clause.
    """
    if j >= len(lower) or lower[j] not in tables.intake_prepositions:
        return None
    for k in range(j + 1, min(len(lower), j + 1 + _INTAKE_REACH)):
        place = tables.intake_places.match(lower, k)
        if place is not None:
            return place[1]
        if lower[k] in _CLAUSE_BREAKS or lower[k] == ",":
            return None
    return None


def _intake_object(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Give the object of an active intake its metric: "sent nearly 40 others to hospital".

    The verb stands right before the number, the preposition and place right after its
    subject ("put 12 people in hospital"): whoever is so taken is wounded.
    """
    start = cand.number.tok_start
    if start == 0 or tok.lower[start - 1] not in tables.intake_verbs:
        return
    end = _intake_place(tables, tok.lower, cand.subj_end)
    if end is not None:
        cand.metric, cand.direct, cand.span_start = Metric.WOUNDED, True, start - 1
        cand.span_end = end


def _counted_group(tok: Tokens, tables: FigureTables, k: int, j: int) -> int | None:
    """Return the end of a counted group a metric is reached across, if one is at ``j``.

    "were among the 38 tourists killed" (after "among"), "Sixty-seven people including
    six security officers died" (a part cue without commas).
    """
    lower = tok.lower
    if "among" in lower[k:j]:
        return _among_group(tok, tables, j)
    cue = tables.parts.match(lower, j)
    if cue is None:
        return None
    counted = _among_group(tok, tables, cue[1])
    return counted if counted is not None else _uncounted_part(tok, tables, cue[1])


def _uncounted_part(tok: Tokens, tables: FigureTables, j: int) -> int | None:
    """Return where the verb follows a part named without a number, from ``j``.

    "At least 69 people including a large number of women and kids were killed": the part
    cue and its noun phrase stand between the subject and its verb, without commas.
    """
    lower = tok.lower
    for p in range(j + 1, min(len(lower), j + _ASIDE)):
        word = lower[p]
        if word in _CLAUSE_BREAKS or word in tables.reporting or word[0].isdigit():
            return None
        if tables.number_words.match(lower, p) is not None:
            return None
        if word in tables.aux or tables.metrics.match(lower, p) is not None:
            return p
    return None


def _among_group(tok: Tokens, tables: FigureTables, j: int) -> int | None:
    """Return the end of a counted group after "among the" ("38 tourists"), if one is at ``j``."""
    if j >= len(tok.lower):
        return None
    number = _number_at(tok, tables, j)
    if number is None:
        return None
    read = _subject_after(tok, tables, number.tok_end)
    if read is None:
        return None
    # "among the 38 tourists killed", "among the 31 dead"
    return read.end if read.subject is not None else number.tok_end


def _aside_end(tok: Tokens, tables: FigureTables, j: int) -> int | None:
    """Return the token after an aside opened at ``j`` (", mostly civilians,"), if closed.

    An aside holding a number is a list, not an aside ("3 soldiers, 2 civilians").
    """
    lower = tok.lower
    closer = _ASIDES[lower[j]]
    k = j + 1
    while k < min(len(lower), j + _LONG_ASIDE):
        word = lower[k]
        past = _past_inner(tok, tables, k, closer)
        if past > k:
            k = past
            continue
        if word == closer:
            listed = _list_in_aside(tables, lower, j, k) if closer == "," else None
            if listed is not None:
                return listed
            return k + 1 if k > j + 1 else None
        if closer not in _DASHES and _glued_hyphen(tok, k):
            k += 2  # "AK-47", "M-16s": a name, neither a dash nor a number
            continue
        number = word[0].isdigit() or tables.number_words.match(lower, k) is not None
        if number and not _part_in_aside(tables, lower, j, k):
            return None
        if _breaks_aside(word, closer):
            return None
        if _unclosed_part(tables, lower, j, k):
            return k
        k += 1
    return None


def _glued_hyphen(tok: Tokens, k: int) -> bool:
    """Say whether token ``k`` is a hyphen glued to the words on both sides ("AK-47")."""
    if k < 1 or k + 1 >= len(tok.lower) or tok.lower[k] != "-":
        return False
    return tok.start[k] == tok.end[k - 1] and tok.start[k + 1] == tok.end[k]


def _broken_compound(tok: Tokens, k: int) -> bool:
    """Say whether token ``k`` is the hyphen of a name broken at a line end ("Jaish-e- Okvar").

    Glued to the word before it, with a space after it and a capital next, it joins the
    two halves of one name: a dash stands apart from the word before it.
    """
    if k < 1 or k + 1 >= len(tok.lower) or tok.lower[k] != "-":
        return False
    glued = tok.start[k] == tok.end[k - 1] and tok.start[k + 1] > tok.end[k]
    return glued and tok.text[k + 1][:1].isupper()


def _breaks_aside(word: str, closer: str) -> bool:
    """Say whether ``word`` ends an aside that ``closer`` should close, unclosed.

    A clause break or another opener does; a comma inside dashes lists ("- A, B and C -").
    """
    if word in (".", ";", ":"):
        return True
    return word in _ASIDES and word != closer and not (word == "," and closer in _DASHES)


def _unclosed_part(tables: FigureTables, lower: list[str], j: int, k: int) -> bool:
    """Say whether the verb at ``k`` ends a part cue's aside whose closing comma is left out.

    ", including foreign tourists were killed": the writer dropped the comma before the
    sentence's verb; the aside ends at the auxiliary, whatever it lists (quoted words too).
    """
    if lower[j] != "," or lower[k] not in tables.aux or k < j + 3:
        return False
    return tables.parts.match(lower, j + 1) is not None


def _list_in_aside(tables: FigureTables, lower: list[str], j: int, k: int) -> int | None:
    """Return the end of a list of nouns that a comma at ``k`` splits in an aside at ``j``.

    ", including women, men and children, were wounded": the comma after the first noun
    separates items of the part cue's list and does not close the aside; the list ends at
    the comma after its last item or, where the writer left that comma out, at the verb.
    """
    if tables.parts.match(lower, j + 1) is None:
        return None
    joined: int | None = None
    for p in range(k + 1, min(len(lower), k + _ASIDE)):
        word = lower[p]
        verb = word in tables.aux or tables.metrics.match(lower, p) is not None
        if word in ("and", "or"):
            joined = p
        elif joined is not None and _clause_figure(tables, lower, joined, p):
            # ", and left more than 110 injured": past the last item, a verb with a figure
            # of its own opens a clause; the list ended at the comma.
            return None
        elif word == ",":
            if joined is not None:
                return p + 1
        elif word in _CLAUSE_BREAKS or word in _ASIDES:
            return None
        elif verb:
            # The verb of the sentence after the last item ("and children were wounded");
            # a verb right after "and" opens a clause of its own (", including 12 aid
            # workers, and injuring dozens").
            return p if joined is not None and p > joined + 1 else None
    return None


def _clause_figure(tables: FigureTables, lower: list[str], joined: int, p: int) -> bool:
    """Say whether a number at ``p`` after the joiner at ``joined`` is a clause's own figure.

    A listed item opens with its number, maybe qualified ("and at least seven children");
    a number after other words ("and left more than 110 injured") is a verb's object.
    """
    if p <= joined + 1:
        return False
    amount = tables.number_words.match(lower, p) or tables.vague.match(lower, p)
    if not (lower[p][0].isdigit() or amount):
        return False
    q = joined + 1
    while q < p:
        qualifier = tables.qualifiers.match(lower, q)
        if qualifier is None:
            return True
        q = qualifier[1]
    return False


def _past_inner(tok: Tokens, tables: FigureTables, k: int, closer: str) -> int:
    """Return the token after an age or a bracket at ``k`` inside an aside, or ``k``.

    "including five children aged between 3 and 12,", "including a 12-year-old girl,": an
    age is no list; "..., members of a group called X (the acronym), carried out": a
    bracket inside an aside is stepped over whole.
    """
    word = tok.lower[k]
    if word == "(" and closer != ")":
        return _bracket_end(tok.lower, k)
    age = _age_end(tok, tables, k) if word != closer else None
    if age is None:
        adjective = _age_adjective(tok, tables, k)
        age = adjective[0] if adjective is not None else None
    return age if age is not None and age > k else k


def _bracket_end(lower: list[str], k: int) -> int:
    """Return the token after the bracket opened at ``k``, or the end of the window."""
    for p in range(k + 1, min(len(lower), k + _ASIDE)):
        if lower[p] == ")":
            return p + 1
        if lower[p] in _CLAUSE_BREAKS:
            break
    return len(lower)


def _part_in_aside(tables: FigureTables, lower: list[str], j: int, k: int) -> bool:
    """Say whether a number at ``k`` in an aside opened at ``j`` is a part of the subject.

    ", including more than 100 children,", ", among them 12 women,", ", 12 of them
    children,": the aside names a part; "3 soldiers, 2 civilians" is a list.
    """
    if tables.parts.match_ending(lower, k, longest=2) is not None:
        return True
    if tables.parts.match(lower, j + 1) is not None:
        return True
    if lower[j] in _DASHES:
        # "five people - four soldiers and one civilian - were killed": a breakdown.
        return True
    if tables.equipment.match(lower, k + 1) is not None:
        # "three gunmen, one with a pistol and two with rifles, stormed": parts told by
        # what they carry.
        return True
    after = tables.partitive.match(lower, k + 1)
    return after is not None and lower[k + 1 : after[1]][-1] in tables.part_pronouns


class _Before(NamedTuple):
    """A metric read before a number: a verb ("killing 12") or a toll ("the toll rose to")."""

    metric: Metric
    start: int
    revision: bool
    toll: bool = False
    partial: bool = False
    subject: Subject | None = None


def _metric_before(tok: Tokens, tables: FigureTables, i: int) -> _Before | None:
    """Find a metric verb or a toll before the number phrase starting at token ``i``."""
    verb = _verb_before(tok, tables, i)
    if verb is not None:
        return verb
    toll = _toll_before(tok, tables, i)
    return toll if toll is not None else _group_included(tok, tables, i)


def _group_included(tok: Tokens, tables: FigureTables, i: int) -> _Before | None:
    """Find the group a part verb before ``i`` includes from: its metric, in its clause.

    "most of those killed Thursday were students but included two police officers".
    """
    lower = tok.lower
    if i < 2 or lower[i - 1] not in tables.part_verbs:
        return None
    for k in range(i - 2, max(-1, i - 2 - _CLAUSE), -1):
        if lower[k] in _CLAUSE_BREAKS or lower[k] in tables.relative:
            return None
        # "the dead included", "the victims included"
        found = tables.metrics.match(lower, k) or tables.victim_groups.match(lower, k)
        if found is not None and found[0] is not Metric.COUNT:
            return _Before(found[0], i - 1, False)
    return None


def _verb_before(tok: Tokens, tables: FigureTables, i: int) -> _Before | None:
    """Find a metric verb before the number phrase at ``i``, across a few fillers."""
    lower = tok.lower
    # "killed, according to Velka Dunmar, a local reporter": an article after a speaker's
    # aside opens the speaker's apposition, no object.
    scale = i + 1 < len(lower) and lower[i + 1] in tables.lexicon.number_scales
    article = lower[i] in ("a", "an") and not scale
    j = i if article else _past_speaker_aside_back(lower, tables, i)
    for _ in range(_VERB_FILLERS + 1):
        found = tables.metrics.match_ending(lower, j)
        if found is not None and found[0] is not Metric.COUNT:
            return _Before(found[0], found[1], False)
        whole = tables.whole_quantifiers.match_ending(lower, j, longest=3)
        if whole is not None and whole[1] > 0 and lower[whole[1] - 1] == "the":
            j = whole[1]  # "killed the last of the six gunmen": one filler, the quantifier
        if j == 0 or lower[j - 1] not in tables.verb_fillers:
            break
        if _ordinal_of(lower, tables, j):
            return None  # "killed the last of six militants": the verb's object is the last
        if lower[j - 1] == "at" and not _at_count(lower, tables, j):
            # "killing at least 5", "put the dead at 40", but "killed at a restaurant":
            # a place is no object.
            break
        j -= 1
    return None


def _ordinal_of(lower: list[str], tables: FigureTables, j: int) -> bool:
    """Say whether an ordinal's partitive ends before token ``j``.

    "the second of", "the third of the": the number after it counts the whole group, not
    the ordinal's one.
    """
    k = j - 1 if j > 0 and lower[j - 1] == "the" else j
    return k >= 2 and lower[k - 1] == "of" and lower[k - 2] in tables.ordinals


def _at_count(lower: list[str], tables: FigureTables, j: int) -> bool:
    """Say whether "at" before token ``j`` opens a count ("at least", "at 40")."""
    if lower[j] == "least":
        return True
    return lower[j] not in ("a", "an") and parse_number(lower, j, tables.lexicon) is not None


def _toll_before(tok: Tokens, tables: FigureTables, i: int) -> _Before | None:
    """Find a toll noun before the number phrase at ``i``, across its verb and modifiers.

    "the death toll rose to 30", "the death toll from <a long noun phrase> has been
    raised to 305", "Death toll tops 300": the number follows a toll verb or preposition
    (or the toll itself); the toll stands up to ``_TOLL_WINDOW`` tokens back, across a
    noun phrase that holds no figure and no other metric.
    """
    lower = tok.lower
    if i == 0:
        return None
    moved = _past_revision_size(lower, tables, i)
    if (
        moved == i
        and lower[i - 1] not in tables.toll_fillers
        and not tables.tolls.match_ending(lower, i, tables.tolls.longest)
    ):
        return None
    i = moved
    run, verb = _toll_run(lower, tables, i)
    revision = False
    for end in range(i, max(0, i - _TOLL_WINDOW) - 1, -1):
        matched, found = _toll_ending(lower, tables, end, (run, verb, revision))
        if matched:
            return found
        if end == 0 or _toll_stops(lower, tables, end - 1, run):
            break
        revision = revision or lower[end - 1] in tables.revision_words
    aside = _toll_before_aside(lower, tables, run) if verb else None
    if aside is None and verb:
        aside = _toll_before_modifier(lower, tables, run, revision)
    if aside is not None:
        return aside
    pronoun = _toll_pronoun(lower, tables, run)
    return pronoun if pronoun is not None else _toll_cleft(lower, tables, i)


def _toll_ending(
    lower: list[str], tables: FigureTables, end: int, group: tuple[int, bool, bool]
) -> tuple[bool, _Before | None]:
    """Match a toll ending at ``end``: whether one is there, and what it gives the number.

    ``group`` is the verb group's start, whether it holds a verb, and whether a revision
    word stood between. Without a verb in the run the toll stands right there ("the toll
    at 30") or has its verb before it ("raised the death toll from <...> to 35").
    """
    run, verb, revision = group
    toll = tables.tolls.match_ending(lower, end, tables.tolls.longest)
    if toll is None:
        counted = _counted_toll(lower, tables, end) if verb else None
        if counted is None:
            return False, None
        # "the number of soldiers killed was put at 12": the toll names its subject.
        return True, _toll_found(lower, tables, counted[:2], revision)._replace(subject=counted[2])
    if verb or end >= run - 1 or _revised_toll(lower, tables, toll[1]):
        return True, _toll_found(lower, tables, toll, revision)
    return True, None


def _counted_toll(
    lower: list[str], tables: FigureTables, end: int
) -> tuple[Metric, int, Subject] | None:
    """Match "the number of <noun> <metric>" ending at ``end``: a toll of that noun.

    "the number of policemen killed", "the number of the soldiers wounded": its metric, its
    first token ("number") and the subject its noun names.
    """
    for m_start in (end - 1, end - 2):
        found = tables.metrics.match(lower, m_start) if m_start > 2 else None
        if found is None or found[1] != end or found[0] is Metric.COUNT:
            continue
        for s in range(m_start - 1, max(1, m_start - 4), -1):
            noun = tables.subjects.match(lower, s)
            if noun is None or noun[1] != m_start:
                continue
            opener = s - 1 if lower[s - 1] == "the" else s
            if lower[opener - 2 : opener] == ["number", "of"]:
                return found[0], opener - 2, noun[0]
    return None


def _toll_before_aside(lower: list[str], tables: FigureTables, run: int) -> _Before | None:
    """Find a toll that stands before an aside closing just before its verb group.

    "The death toll, initially put at 39, rose to 67": the aside holds the earlier
    figure, and the toll before it is the subject of the verb.
    """
    close = run if run < len(lower) and lower[run] == "," else run - 1
    if close < 1 or lower[close] != ",":
        return None
    for k in range(close - 1, max(0, close - _ASIDE) - 1, -1):
        if lower[k] in _CLAUSE_BREAKS:
            return None
        if lower[k] == ",":
            toll = tables.tolls.match_ending(lower, k, tables.tolls.longest)
            return _toll_found(lower, tables, toll, False) if toll is not None else None
    return None


def _toll_before_modifier(
    lower: list[str], tables: FigureTables, run: int, revision: bool
) -> _Before | None:
    """Find a toll whose noun phrase holds a long modifier, clauses and all, before its verb.

    "The death toll from a 30-hour siege by Okvaran gunmen at a hotel in the capital has
    climbed to 21", "the toll in the attack that shook Dunmar minutes after the parade
    rose to 61": a preposition right after the toll opens the modifier, which holds no
    comma, clause break, figure or other metric; a relative clause or a time in it is no
    break.
    """
    for end in range(run, max(0, run - _LONG_MODIFIER), -1):
        word = lower[end - 1]
        if (
            word in _CLAUSE_BREAKS
            or word in (",", *_QUOTES)
            or _modifier_stops(lower, tables, end - 1)
        ):
            return None
        toll = tables.tolls.match_ending(lower, end - 1, tables.tolls.longest)
        if toll is not None and (
            word in tables.postmodifier_prepositions or word in _TOLL_TIME_CLAUSES
        ):
            return _toll_found(lower, tables, toll, revision)
    return None


# Words that open a time clause of a toll's killing ("the number of people killed when
# gunmen stormed the hotel has risen to 39").
_TOLL_TIME_CLAUSES = frozenset({"when", "after", "as"})


def _modifier_stops(lower: list[str], tables: FigureTables, k: int) -> bool:
    """Say whether token ``k`` ends a toll's modifier: a figure or another metric.

    A number glued to a unit ("a 30-hour siege") or a day of the month is no figure.
    """
    other = tables.metrics.match(lower, k)
    if other is not None and other[0] is not Metric.COUNT:
        return True
    if not lower[k][0].isdigit() or _day_of_month(lower, tables, k):
        return False
    glued = k + 2 < len(lower) and lower[k + 1] == "-"
    return not (glued and tables.units.match(lower, k + 2) is not None)


def _past_revision_size(lower: list[str], tables: FigureTables, i: int) -> int:
    """Return where the toll's words end before the number at ``i``, past a revision's size.

    "lowered the death toll by more than 100 to 253": "by more than 100" is how far the toll
    moved, not a toll; the toll before it is the one 253 is read against. The number may
    stand in quotation marks ('to "about 253"').
    """
    to = i - 1 if lower[i - 1] in _QUOTES else i
    if to < 1 or lower[to - 1] != "to":
        return i
    for b in range(to - 3, max(-1, to - 8), -1):
        if lower[b] == "by":
            between = lower[b + 1 : to - 1]
            sized = any(
                w[0].isdigit() or tables.number_words.match(lower, k) is not None
                for k, w in enumerate(between, b + 1)
            )
            return b if sized and not any(w in _CLAUSE_BREAKS for w in between) else i
    return i


def _toll_run(lower: list[str], tables: FigureTables, i: int) -> tuple[int, bool]:
    """Return the start of the toll's verb group before ``i`` and whether it holds a verb.

    The group is a run of fillers just before the number. Without a verb in it ("struck
    at two") the toll must stand right there ("the toll at 30") or have its verb before it.
    """
    run = i
    while run > 0 and i - run < _TOLL_VERB:
        if lower[run - 1] in tables.toll_fillers:
            run -= 1
        elif (
            run > 2 and lower[run - 2] in ("by", "from") and _is_count_word(lower, tables, run - 1)
        ):
            # "the toll rose by two to 39": the increment stands inside the verb group, and
            # so does the earlier figure of "lowered the toll from 359 to 253".
            run -= 2
        else:
            break
    return run, any(w not in tables.toll_prepositions for w in lower[run:i])


def _is_count_word(lower: list[str], tables: FigureTables, k: int) -> bool:
    """Say whether token ``k`` is a number of one token ("10", "two")."""
    found = parse_number(lower, k, tables.lexicon, tables.number_words)
    return found is not None and found[1] == k + 1


def _revised_toll(lower: list[str], tables: FigureTables, start: int) -> bool:
    """Say whether a revision verb stands just before the toll starting at ``start``.

    "raising the toll", "revised down the toll", "lowered their toll".
    """
    return any(w in tables.toll_verbs for w in lower[max(0, start - 3) : start])


def _toll_pronoun(lower: list[str], tables: FigureTables, run: int) -> _Before | None:
    """Read a toll named by a pronoun after a revision verb: "before raising it back to 31".

    The pronoun stands for a toll named earlier in the sentence, whose metric it takes; it
    may also be the subject of the revision ("but it has since risen to 52").
    After "from" it names the value the toll was revised from ("lowered the toll to 253,
    from the previous figure of 359"): that value is the earlier one, not an update.
    """
    pronoun = tables.toll_pronouns.match_ending(lower, run, longest=3)
    if pronoun is None:
        return None
    earlier = (
        tables.toll_earlier.match_ending(lower, pronoun[1], longest=tables.toll_earlier.longest)
        is not None
    )
    subject = _revised_after(lower, tables, run)
    if not earlier and not subject and not _revised_toll(lower, tables, pronoun[1]):
        return None
    for end in range(pronoun[1] - 1, 0, -1):
        toll = tables.tolls.match_ending(lower, end, tables.tolls.longest)
        if toll is not None:
            return _Before(toll[0], pronoun[1] - 1, not earlier, toll=True)
    if subject:
        return None
    # "another soldier died, pushing the number to 13": the clause's casualty verb.
    metric = _metric_earlier(lower, tables, pronoun[1])
    if metric is not None:
        return _Before(metric, pronoun[1] - 1, True, toll=True)
    if lower[pronoun[1] : run] != ["it"] and _revised_toll(lower, tables, pronoun[1]):
        # "issued a correction, lowering the total from 359 to 253 people": a total revised
        # with no toll named before is a toll of the dead, as "the figure" is.
        return _Before(Metric.KILLED, pronoun[1] - 1, not earlier, toll=True)
    return None


def _metric_earlier(
    lower: list[str], tables: FigureTables, end: int, sentence: bool = False
) -> Metric | None:
    """Return the metric of the last casualty word before token ``end``.

    "another soldier died, pushing the number to 13": the verb "died", not the cause of
    "died of his wounds". With ``sentence`` the walk stops at the sentence's start.
    """
    for k in range(end - 1, 0, -1):
        if sentence and lower[k] in _SENTENCE_ENDS:
            return None
        verb = tables.metrics.match_ending(lower, k, longest=3)
        if verb is None or verb[0] is Metric.COUNT:
            continue
        if verb[1] > 0 and lower[verb[1] - 1] in tables.object_starters | {"of", "from", "to"}:
            continue  # "died of his wounds": the cause, not the verb
        return verb[0]
    return None


_CLEFT_COPULAS = frozenset({"is", "was", "stands", "stood", "at"})


def _toll_cleft(lower: list[str], tables: FigureTables, i: int) -> _Before | None:
    """Read a toll told as the predicate of a speaker's count: "what we have now is 34".

    The cleft ("what we have", "the number we have so far", data toll_clefts) names no
    metric; the casualty word earlier in the sentence gives it ("more bodies were found
    and what we have now is 34"). Without one the number is no toll.
    """
    k = i
    while k > 0 and i - k < 2 and lower[k - 1] in _CLEFT_COPULAS:
        k -= 1
    if k == i:
        return None
    cleft = tables.toll_clefts.match_ending(lower, k, longest=6)
    if cleft is None:
        return None
    metric = _metric_earlier(lower, tables, cleft[1], sentence=True)
    if metric is None:
        return None
    # A toll of people, not the group the paragraph named last ("50 attackers ...").
    return _Before(metric, cleft[1], False, toll=True, subject=Subject.PEOPLE)


def _revised_after(lower: list[str], tables: FigureTables, run: int) -> bool:
    """Say whether the toll's verb group from ``run`` holds a revision verb.

    "it has since risen to 52", "it will be reduced to 253": the pronoun before is the
    subject of the revision, and stands for a toll named before it in the sentence.
    """
    k = run
    while k < len(lower) and lower[k] in tables.toll_fillers and k - run < _TOLL_VERB:
        k += 1
    return any(w in tables.toll_verbs for w in lower[run:k])


def _toll_found(
    lower: list[str], tables: FigureTables, toll: tuple[Metric, int], revision: bool
) -> _Before:
    """Return the toll found at ``toll`` with the words just before it."""
    metric, start = toll
    # "raising the toll to 16": the revision verb may also stand before the toll.
    revision = revision or any(w in tables.revision_words for w in lower[max(0, start - 2) : start])
    partial = any(w in tables.partial_toll_words for w in lower[max(0, start - 3) : start])
    return _Before(metric, start, revision, toll=True, partial=partial)


def _toll_stops(lower: list[str], tables: FigureTables, k: int, run: int) -> bool:
    """Say whether the walk back from a number to its toll stops at token ``k``.

    It stops at a figure, another metric, the end of a clause, or a word that opens a
    new clause in the noun phrase (", which is expected to rise," is an aside).
    """
    word = lower[k]
    other = tables.metrics.match(lower, k)
    if word[0].isdigit() and k < run and not _day_of_month(lower, tables, k):
        return True
    if other is not None and other[0] is not Metric.COUNT:
        return True
    if word in _CLAUSE_BREAKS and word not in tables.toll_fillers:
        return True
    # "the death toll as of Tuesday stood at 14": a time the toll is told at is no new clause.
    dated = tables.toll_time.match(lower, k) is not None
    return k < run and word in tables.toll_breaks and (k == 0 or lower[k - 1] != ",") and not dated


def _day_of_month(lower: list[str], tables: FigureTables, k: int) -> bool:
    """Say whether the number at token ``k`` is a day beside its month ("the May 3 attack").

    A date inside the toll's noun phrase names the attack, not a figure: the walk back from
    the number to its toll goes past it.
    """
    before = k > 0 and lower[k - 1] in tables.dates
    after = k + 1 < len(lower) and lower[k + 1] in tables.dates
    return len(lower[k]) <= 4 and (before or after)


def _starts_object(tok: Tokens, tables: FigureTables, j: int) -> bool:
    """Say whether token ``j`` opens a direct object ("killed 12 soldiers", "killed a")."""
    lower = tok.lower
    if j >= len(lower):
        return False
    if lower[j] in tables.object_starters or tables.subjects.match(lower, j) is not None:
        return True
    number = _number_at(tok, tables, j)
    # "12 people died 40 kilometres from the border": a measure after the verb is an
    # adverbial, no object.
    end = None if number is None else number.tok_end
    return end is not None and not (end < len(lower) and tables.units.match(lower, end))


def _subject_list(tok: Tokens, tables: FigureTables, j: int) -> list[tuple[Subject, int]]:
    """Read "among police officers and embassy staff": each subject and its end token."""
    lower = tok.lower
    out: list[tuple[Subject, int]] = []
    if j < len(lower) and lower[j] in tables.list_openers:
        j += 1
    while j < len(lower):
        if lower[j] == "the":
            j += 1
        # Each head of the list is a subject of its own: no second head joins the first.
        read = _subject_after(tok, tables, j, join=False)
        if read is None or read.subject is None:
            break
        out.append((read.subject, read.end))
        j = read.end
        if j < len(lower) and lower[j] in tables.conjunctions:
            j += 1
            continue
        break
    return out


def _group_strength(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a cue near the number makes it a group's strength, not an attack's count.

    "a group 300 strong", "200 fighters remaining"; a participle between the number and
    its head modifies the head instead ("two remaining gunmen": the rest of the attackers).
    """
    lower = tok.lower
    lo = max(0, cand.number.tok_start - 3)
    hi = min(len(lower), cand.subj_end + 3)
    inside = range(cand.number.tok_end, cand.subj_end)
    return any(
        tables.group_cues.match(lower, j) is not None
        and not (j in inside and lower[j].endswith("ing"))
        for j in range(lo, hi)
    )


def read_figures(text: str, lexicon: Lexicon, offset: int = 0) -> list[FoundFigure]:
    """Return the casualty and participation figures of one sentence.

    Args:
        text: The sentence.
        lexicon: The lexicon in force.
        offset: Added to every offset returned (the sentence's place in its document).
    """
    return read_sentence(text, figure_tables(lexicon), offset)


def read_sentence(
    text: str,
    tables: FigureTables,
    offset: int = 0,
    last_subject: Subject | None = None,
) -> list[FoundFigure]:
    """Return the figures of one sentence with compiled tables.

    Args:
        text: The sentence.
        tables: The compiled figure lexicon (see :func:`figure_tables`).
        offset: Added to every offset returned.
        last_subject: The subject named last before this sentence, for "five others".
    """
    tok = detach_suffixes(tokenize(text, offset), tables.glued_suffixes, tables.suffix_heads)
    lower = tok.lower
    n = len(lower)
    cands: list[_Candidate] = []
    counted_wholes: set[int] = set()
    i = 0
    starts = tables.number_starts
    units = tables.units_words
    while i < n:
        word = lower[i]
        if not (
            word in starts or word[0].isdigit() or ("-" in word and word.split("-", 1)[0] in units)
        ):
            i += 1
            continue
        number = _approximate(tok, tables, i)
        if number is None:
            i += 1
            continue
        read = _subject_after(tok, tables, number.tok_end, number.vague)
        if read is None:
            i = number.tok_end
            continue
        _floor_after_subject(tok, tables, number, read)
        if number.revision and word in tables.update_words:
            _add_earlier(tok, tables, cands, counted_wholes, i + 1)
        cand = _candidate(tok, tables, number, read)
        _add_candidate(cands, counted_wholes, i, cand, read)
        if read.whole is not None:
            i = read.whole
        elif cand.metric is not None or read.after is not None or read.part:
            i = max(number.tok_end, cand.subj_end)
        else:
            i = number.tok_end
    _relative_figures(tok, tables, cands)
    found = _resolve(tok, tables, cands, last_subject, text, offset)
    found = _with_another(tok, tables, found)
    found = _with_another_object(tok, tables, found)
    found = _with_survivors(found, _sole_survivors(tok, tables, text, offset))
    found = _without_bare_parts(tok, tables, found)
    return found + _solo_acts(tok, tables, text, offset)


def _without_bare_parts(
    tok: Tokens, tables: FigureTables, found: list[FoundFigure]
) -> list[FoundFigure]:
    """Drop a part of one told by an article right after a part cue, no figure of its own.

    "four people, including a police officer, were killed", "among them a teacher": the
    bare singular tells of one person among the dead ("including one officer" counts one).
    It is read as a part all the same, so a list it opens ("including a soldier and two
    children") keeps its other items as parts.
    """
    drop = {
        idx
        for idx, fig in enumerate(found)
        if _bare_part(tok, tables, fig, any(g.start > fig.end for g in found))
    }
    if not drop:
        return found
    new_index: dict[int, int] = {}
    kept: list[FoundFigure] = []
    for idx, fig in enumerate(found):
        if idx not in drop:
            new_index[idx] = len(kept)
            kept.append(fig)

    def whole(part_of: int | None) -> int | None:
        while part_of is not None and part_of in drop:
            part_of = found[part_of].part_of
        return None if part_of is None else new_index.get(part_of)

    return [replace(fig, part_of=whole(fig.part_of)) for fig in kept]


def _bare_part(tok: Tokens, tables: FigureTables, fig: FoundFigure, listed: bool) -> bool:
    """Say whether ``fig`` is one person told by an article after a part cue or an act.

    "including a police officer", "killing a prominent lawyer". An attacker so told stays
    a figure ("including an assailant" says the toll counts the attackers), and so does
    the object of an act a figure follows in a tally ("killed a soldier and wounded three
    others": ``listed``).
    """
    if fig.low != 1 or fig.text.lower() not in tables.part_articles:
        return False
    if Subject.MILITANTS.contains(fig.subject):
        return False
    lower = tok.lower
    at = next((j for j, start in enumerate(tok.start) if start >= fig.start), len(lower))
    while at < len(lower) and lower[at] not in tables.part_articles:
        at += 1
    if at >= len(lower):
        return False
    if tables.parts.match_ending(lower, at) is not None:
        return True
    # "the gunmen killed a police officer", "killing a prominent lawyer": the object of the
    # act, one person told of, as a bare "the officer was killed" is.
    verb = tables.metrics.match_ending(lower, at, longest=2)
    return not listed and verb is not None and verb[0] in (Metric.KILLED, Metric.WOUNDED)


_ANOTHER_JOINS = frozenset({"and", "while", "whereas", ","})


def _with_another(tok: Tokens, tables: FigureTables, found: list[FoundFigure]) -> list[FoundFigure]:
    """Join "one ... and another <fate>" to a figure of one.

    "one attacker blew himself up and another was shot dead": two attackers were killed;
    "one soldier was killed and another wounded": one killed, one wounded.
    """
    out = list(found)
    for idx, fig in enumerate(found):
        if fig.part_of is not None or fig.low is None or fig.low != fig.high:
            continue
        one = fig.low == 1 and fig.text.lower() == "one"
        fate = _another_fate(tok, tables, fig.end)
        if not one:
            # "three were killed and another was injured": one more of another fate.
            if fate is not None and fate not in (fig.metric, Metric.COUNT):
                out.append(replace(fig, metric=fate, low=1, high=1, confidence=0.6, among=False))
            continue
        if fate is None:
            other = _another_subject(tok, tables, fig.end)
            if other is not None and other is not fig.subject:
                # "one of the dead was a soldier; another was a child": one more of the
                # same group, named by its own predicate.
                out.append(replace(fig, subject=other, confidence=0.6, among=False))
            continue
        if fate is fig.metric:
            out[idx] = replace(fig, low=2, high=2, among=False)
        elif fate is not Metric.COUNT:
            out.append(replace(fig, metric=fate, confidence=0.6, among=False, part_of=None))
    return out


def _another_fate(tok: Tokens, tables: FigureTables, end: int) -> Metric | None:
    """Return the fate told of "another" in the clause after a figure ending at ``end``."""
    lower = tok.lower
    first = next((k for k, at in enumerate(tok.start) if at >= end), len(lower))
    for k in range(first, min(len(lower) - 2, first + _LONG_ASIDE)):
        if lower[k] in _CLAUSE_BREAKS or _is_number_word(tables, lower, k):
            return None
        if lower[k] in _ANOTHER_JOINS and lower[k + 1] == "another":
            return _fate_of_another(lower, tables, k + 2)
    return None


def _with_another_object(
    tok: Tokens, tables: FigureTables, found: list[FoundFigure]
) -> list[FoundFigure]:
    """Add the one more a second verb takes as its object: "killed four and injured another".

    "another" with no number or noun of its own, right after a casualty verb joined to a
    figure's clause, is one more person of that figure's subject.
    """
    lower = tok.lower
    out = list(found)
    for k in range(2, len(lower)):
        if lower[k] != "another" or lower[k - 2] not in _ANOTHER_JOINS:
            continue
        after = lower[k + 1] if k + 1 < len(lower) else "."
        if not (
            after in _CLAUSE_BREAKS or after in (",", "and", *tables.postmodifier_prepositions)
        ):
            continue
        verb = tables.metrics.match(lower, k - 1)
        before = [f for f in found if f.end <= tok.start[k - 2]]
        if verb is None or verb[0] is Metric.COUNT or not before:
            continue
        if any(_is_number_word(tables, lower, j) for j in range(k - 3, k)):
            continue
        fig = before[-1]
        out.append(
            replace(
                fig,
                start=tok.start[k - 1],
                end=tok.end[k],
                confidence=0.6,
                metric=verb[0],
                low=1,
                high=1,
                qualifier=Qualifier.EXACT,
                text=tok.text[k],
                part_of=None,
                among=False,
                revision=False,
            )
        )
    return out


def _another_subject(tok: Tokens, tables: FigureTables, end: int) -> Subject | None:
    """Return the subject "another" is named by right after the clause of a figure of one.

    "one victim was a soldier; another was a child": the predicate after "another" and
    its copula names one more of the group; a verb or number before it ends the search.
    """
    lower = tok.lower
    first = next((k for k, at in enumerate(tok.start) if at >= end), len(lower))
    for k in range(first, min(len(lower) - 3, first + _LONG_ASIDE)):
        if lower[k] == "another" and lower[k - 1] in _ANOTHER_JOINS | {";"}:
            if lower[k + 1] not in _COPULAS:
                return None
            noun = _past_article(lower, tables, k + 2)
            read = _subject_after(tok, tables, noun, join=False)
            return read.subject if read is not None and noun > k + 2 else None
        if lower[k + 1] == "another" and lower[k] == ";":
            continue
        if lower[k] in _CLAUSE_BREAKS or _is_number_word(tables, lower, k):
            return None
        if tables.metrics.match(lower, k) is not None:
            return None
    return None


def _fate_of_another(lower: list[str], tables: FigureTables, k: int) -> Metric | None:
    """Return the metric of the predicate at ``k``, past auxiliaries ("had been killed")."""
    for p in range(k, min(len(lower), k + 4)):
        if tables.self_killing.match(lower, p) is not None:
            return Metric.KILLED
        verb = tables.metrics.match(lower, p)
        if verb is not None:
            return verb[0]
        if lower[p] not in tables.passive_markers and lower[p] not in ("had", "has", "have"):
            return None
    return None


def _with_survivors(found: list[FoundFigure], survivors: list[FoundFigure]) -> list[FoundFigure]:
    """Add the figures of a sole survivor to a sentence's others.

    The survivor's reading replaces another of the same number ("ten to be captured alive"
    is no arrest of ten), unless a part refers to the list by index.
    """
    if not survivors:
        return found
    numbers = {f.start for f in survivors}
    if any(f.part_of is not None for f in found):
        return found + [f for f in survivors if not any(g.start == f.start for g in found)]
    return [f for f in found if f.start not in numbers] + survivors


def _sole_survivors(tok: Tokens, tables: FigureTables, text: str, offset: int) -> list[FoundFigure]:
    """Return the figures of "the only one of N to survive": N - 1 of them were killed.

    "the gunman in custody, the only one of ten to survive", "the only one of 12 passengers
    to be taken alive": the group numbered N, all but one died. The group is the noun after
    the number, else the last one named before it in the sentence; a group of attackers
    also has its count N.
    """
    lower = tok.lower
    out: list[FoundFigure] = []
    for i in range(len(lower)):
        opener = tables.survivor_openers.match(lower, i)
        if opener is None:
            continue
        parsed = parse_number(lower, opener[1], tables.lexicon, tables.number_words)
        if parsed is None or parsed[0] < 2:
            continue
        value, k = parsed
        noun = tables.subjects.match(lower, k)
        closer = tables.survivor_closers.match(lower, noun[1] if noun else k)
        if closer is None:
            continue
        subject = noun[0] if noun else _last_named(lower, tables, i)
        figure = FoundFigure(
            start=tok.start[opener[1]],
            end=tok.end[closer[1] - 1],
            metric=Metric.KILLED,
            subject=subject,
            low=value - 1,
            high=value - 1,
            qualifier=Qualifier.EXACT,
            text=text[tok.start[opener[1]] - offset : tok.end[k - 1] - offset],
            confidence=0.6,
        )
        out.append(figure)
        if tables.countable(subject):
            out.append(replace(figure, metric=Metric.COUNT, low=value, high=value))
    return out


_NOT_ONE_PRONOUNS = frozenset({"they", "we", "you", "it", "i", "this", "that", "who"})


def _solo_acts(tok: Tokens, tables: FigureTables, text: str, offset: int) -> list[FoundFigure]:
    """Return the count of one attacker that "he acted alone" tells.

    The predicate's subject is a name, a pronoun of one or an attacker's singular noun; a
    doubt in its clause ("whether he acted alone", "may have acted alone") or a plural
    subject ("they acted alone") tells no count.
    """
    lower = tok.lower
    out: list[FoundFigure] = []
    for i in range(1, len(lower)):
        act = tables.solo_acts.match(lower, i)
        if act is None:
            continue
        named = tok.text[i - 1][:1].isupper() and lower[i - 1] not in _NOT_ONE_PRONOUNS
        if lower[i - 1] not in tables.solo_subjects and not named:
            continue
        if any(w in tables.lone_copula_doubts for w in lower[max(0, i - 6) : i]):
            continue
        start, end = tok.start[i - 1], tok.end[act[1] - 1]
        out.append(
            FoundFigure(
                start=start,
                end=end,
                metric=Metric.COUNT,
                subject=Subject.MILITANTS,
                low=1,
                high=1,
                qualifier=Qualifier.EXACT,
                text=text[start - offset : end - offset],
                confidence=0.6,
            )
        )
    return out


def _last_named(lower: list[str], tables: FigureTables, end: int) -> Subject:
    """Return the subject of the last subject noun before token ``end``, else people.

    A speaker ("police said the man ...") names no group.
    """
    named = Subject.PEOPLE
    for k in range(end):
        noun = tables.subjects.match(lower, k)
        if noun is not None and noun[1] <= end and lower[noun[1]] not in tables.reporting:
            named = Subject(noun[0])
    return named


def _add_candidate(
    cands: list[_Candidate], counted_wholes: set[int], i: int, cand: _Candidate, read: _SubjectRead
) -> None:
    """Add the candidate read at token ``i``, minding the parts of a group of attackers.

    "one of the four gunmen was arrested": the four are the attackers' count, whatever
    verb follows; "one of the four gunmen opened fire" counts the four, not the one.
    """
    if read.hedged and cand.metric is Metric.ARRESTED:
        # "arrested three of the 19 suspected militants": the 19 are suspects, no count.
        read.whole, read.counted = None, False
    if i in counted_wholes:
        cand.metric, cand.direct = Metric.COUNT, True
    if not (read.counted and cand.metric is Metric.COUNT):
        cands.append(cand)
    if read.counted and read.whole is not None:
        counted_wholes.add(read.whole)


def _add_earlier(
    tok: Tokens, tables: FigureTables, cands: list[_Candidate], counted_wholes: set[int], i: int
) -> None:
    """Add the earlier value of a rising toll, the number at ``i`` after "from".

    "raised the death toll from 11 to 14": the update reads 14; the 11 is the toll's
    earlier value, a figure of its own (no update) when a toll stands before it.
    """
    number = _number_at(tok, tables, i)
    read = None if number is None else _subject_after(tok, tables, number.tok_end, number.vague)
    if number is None or read is None:
        return
    cand = _candidate(tok, tables, number, read)
    if cand.toll:
        _add_candidate(cands, counted_wholes, i, cand, read)


def _candidate(
    tok: Tokens, tables: FigureTables, number: _Number, read: _SubjectRead
) -> _Candidate:
    """Build the candidate figure of a number phrase and its subject, with its metric."""
    _adopt_guess(tok, tables, number, read)
    subject, subj_end = read.subject, read.end
    if read.after is not None:
        # Step over the subject's age ("12 boys aged between 10 and 14 were ...").
        subj_end = read.after
    if number.nobody and subject is None:
        subject = Subject.PEOPLE
    cand = _Candidate(number, subject, subj_end, read.inherit or number.additive)
    cand.span_start, cand.span_end = number.tok_start, subj_end
    cand.revision = number.revision
    cand.part = read.part
    cand.other = read.other
    _pronoun_predicate(tok, tables, cand, read)
    part = _part_cue_before(tok.lower, tables, number.tok_start)
    if part is not None:
        cand.part, cand.span_start = True, part[1]
    if subject is None and read.group is None and not cand.inherit:
        fronted = _fronted_group(tok, tables, number.tok_start)
        if fronted is not None:
            # "Of the 59 people injured, 12 were children": a part of the group before.
            read.group, cand.part = fronted, True
    _hedged_attackers(tok, tables, cand)
    _find_metric(tok, tables, cand)
    _metric_noun_predicate(tok, tables, cand)
    _victims_predicate(tok, tables, cand)
    _predicate_count(tok, tables, cand)
    if cand.metric is not None and _increment(tok, tables, cand):
        # "three injured patients had died, bringing the total death toll to 22": the
        # deaths added are a part of the new total, no rival of another part; the span
        # keeps the revision verb that says so.
        cand.among = True
        cand.span_end = tok.lower.index(",", max(cand.span_end, cand.subj_end)) + 2
    if read.group is not None:
        cand.group = read.group
        _group_metric(tok, tables, cand, read.group)
    return cand


def _pronoun_predicate(
    tok: Tokens, tables: FigureTables, cand: _Candidate, read: _SubjectRead
) -> None:
    """Take the subject of a pronoun's part from its predicate: "27 of them were soldiers"."""
    if read.part and read.inherit and cand.subject is None:
        _predicate_subject(tok, tables, cand)
        cand.inherit = cand.subject is None


def _predicate_count(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Count persons said to be attackers: "two of the men were suspected suicide bombers".

    The subject, with no metric of its own, is linked by a copula ("were", "were assessed
    to be") to a noun group of attackers: whoever is one is counted.
    """
    lower = tok.lower
    j = cand.subj_end
    if cand.metric is not None or cand.number.zero or j >= len(lower) or cand.part:
        return
    if cand.subject not in (Subject.PEOPLE, Subject.MILITANTS) or lower[j] not in tables.aux:
        return
    steps = 0
    while j < len(lower) and steps <= _LINKING:
        link = tables.linking.match(lower, j)
        if link is None:
            break
        j, steps = link[1], steps + 1
    group = _noun_group(tok, tables, j)
    if group is not None and group.subject is Subject.MILITANTS:
        cand.subject, cand.metric, cand.direct = Subject.MILITANTS, Metric.COUNT, True
        cand.span_end = group.end


def _part_cue_before(lower: list[str], tables: FigureTables, at: int) -> tuple[bool, int] | None:
    """Find a part cue ending before the number at ``at``, or before its article.

    "including four gunmen", "including the four gunmen".
    """
    part = tables.parts.match_ending(lower, at, longest=2)
    if part is None and at > 1 and lower[at - 1] == "the":
        part = tables.parts.match_ending(lower, at - 1, longest=2)
    return part


def _increment(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a revision verb after the figure's clause adds it to a total."""
    lower = tok.lower
    start = max(cand.span_end, cand.subj_end)
    for j in range(start, min(len(lower) - 1, start + 5)):
        if lower[j] == ",":
            return lower[j + 1] in tables.revision_words and lower[j + 1].endswith("ing")
        if lower[j] in _CLAUSE_BREAKS:
            return False
    return False


def _fronted_group(tok: Tokens, tables: FigureTables, i: int) -> Metric | None:
    """Return the metric of a group fronted before the number at ``i`` ("Of the dead, 20")."""
    lower = tok.lower
    i = _past_reporting_clause(tables, lower, i)
    if i < 3 or lower[i - 1] != "," or lower[0] not in tables.fronted_partitives:
        return None
    if "," in lower[1 : i - 1]:
        return None
    for j in range(1, i - 1):
        found = tables.metrics.match(lower, j) or tables.victim_groups.match(lower, j)
        if found is not None and found[0] is not Metric.COUNT:
            return found[0]
    return None


def _past_reporting_clause(tables: FigureTables, lower: list[str], i: int) -> int:
    """Step back from the number at ``i`` over a reporting clause before it.

    "Of the 30 dead, police said (that) 12 were soldiers", "..., an official told
    reporters that 12 were soldiers": the speaker's clause stands
    between the fronted group and its part; the part still opens after the comma.
    """
    verbs = [j for j in range(max(0, i - 3), i) if lower[j] in tables.reporting]
    if not verbs or (verbs[-1] < i - 1 and lower[i - 1] != "that"):
        # "police said 12", "officials told reporters that 12"
        return i
    k = verbs[-1] + 1
    for j in range(k - 2, max(0, k - 6), -1):
        if lower[j] == ",":
            return j + 1
        if lower[j][0].isdigit() or lower[j] in tables.reporting:
            return i
    return i


def _relative_figures(tok: Tokens, tables: FigureTables, cands: list[_Candidate]) -> None:
    """Read the figures told relative to another of the sentence.

    "10 gunmen ..., and all but one were shot dead" (nine of the ten); "132 of those
    killed were children and the other nine were staff members" (the rest of the same
    group); "lowered the toll to 28 from 31" (the toll's earlier value).
    """
    lower = tok.lower
    for idx in range(1, len(cands)):
        cand, before = cands[idx], cands[:idx]
        at = cand.number.tok_start
        all_but = tables.all_but.match_ending(lower, at, longest=3)
        if all_but is not None:
            _all_but(cand, before, all_but[1])
            continue
        remainder = tables.remainder.match_ending(lower, at, longest=3)
        if remainder is not None:
            _remainder(tok, tables, cand, before, remainder[1])
            continue
        earlier = tables.toll_earlier.match_ending(lower, at, longest=tables.toll_earlier.longest)
        if earlier is not None:
            _earlier_value(cand, before, earlier[1])
        elif _joins_part(tables, lower, cand):
            _coordinated_part(tok, tables, cand, before)


def _joins_part(tables: FigureTables, lower: list[str], cand: _Candidate) -> bool:
    """Say whether a conjunction, or a semicolon before "another", opens the figure."""
    word = lower[cand.number.tok_start - 1]
    if word in tables.conjunctions or word in tables.contrasts:
        return True
    return word == ";" and cand.number.additive


def _coordinated_part(
    tok: Tokens, tables: FigureTables, cand: _Candidate, before: list[_Candidate]
) -> None:
    """Give a bare number whose predicate names a subject the group of a figure before it.

    "left seven dead, five were the attackers and two were civilians", "eleven of the
    victims were men and nine were women": each number after the toll or partitive, with
    no noun or verb of its own, is a part of the same dead, named by its predicate.
    """
    lower = tok.lower
    end = cand.number.tok_end
    if cand.metric is not None or cand.subject is not None:
        return
    if cand.inherit:
        # "another two were students", "three others were students": more of the same.
        if not (cand.number.additive or cand.subj_end > end):
            return
        end = cand.subj_end
    if end >= len(lower) or lower[end] not in tables.predicate_links:
        return
    groups = [c.group or c.metric for c in before if c.direct or c.group is not None]
    if not groups or groups[-1] in (None, Metric.COUNT):
        return
    _predicate_subject(tok, tables, cand)
    if cand.subject is not None:
        _join_part(cand, before[-1], groups[-1])


def _join_part(cand: _Candidate, prev: _Candidate, group: Metric) -> None:
    """Make a coordinated number named by its predicate a part, as the figure before it.

    "27 of them were soldiers and 13 were civilians": both parts of one whole; after a
    partitive of no numbered whole ("eleven of the victims were men and nine were women")
    the nine are no part of the eleven, but of the same unnumbered group.
    """
    sibling = prev.group is not None and not prev.part
    cand.metric, cand.direct, cand.part = group, True, not sibling
    cand.chained = prev.part


def _all_but(cand: _Candidate, before: list[_Candidate], start: int) -> None:
    """Make "all but one" the rest of the last exact total before it (ten: nine)."""
    number = cand.number
    wholes = [
        c
        for c in before
        if c.subject is not None and c.number.low is not None and c.number.low == c.number.high
    ]
    if not wholes or number.low is None or number.low != number.high:
        return
    whole = wholes[-1]
    if whole.number.low is None or whole.number.low <= number.low:
        return
    value = whole.number.low - number.low
    number.low = number.high = value
    cand.subject = cand.subject or whole.subject
    cand.span_start = start


def _remainder(
    tok: Tokens, tables: FigureTables, cand: _Candidate, before: list[_Candidate], start: int
) -> None:
    """Give "the other nine were staff members" the group of the partitive before it."""
    groups = [c for c in before if c.group is not None]
    if not groups or cand.metric is not None or cand.subject is not None:
        return
    cand.metric, cand.direct, cand.group = groups[-1].group, True, groups[-1].group
    cand.span_start = start
    _predicate_subject(tok, tables, cand)


def _earlier_value(cand: _Candidate, before: list[_Candidate], start: int) -> None:
    """Give "from 31" after a toll ("lowered the toll to 28 ... from 31") the toll's metric."""
    tolls = [c for c in before if c.toll]
    if not tolls or cand.metric is not None or cand.subject is not None:
        return
    toll = tolls[-1]
    if cand.number.tok_start - toll.number.tok_end > _TOLL_VERB + 2:
        return
    cand.metric, cand.direct, cand.toll = toll.metric, True, True
    cand.span_start = start


def _adopt_guess(tok: Tokens, tables: FigureTables, number: _Number, read: _SubjectRead) -> None:
    """Make an unknown head noun people when a casualty metric governs it.

    "12 pilgrims were killed", "three Kenyan engineers died", "killing 12 pilgrims": a
    head the lexicon does not know is still a subject, people, when it is the subject of
    a passive or intransitive casualty verb or the object of one; any other unknown noun
    ("two explosions rocked") stays no subject.
    """
    guess = read.guess
    if guess is None or read.subject is not None:
        return
    if read.guess_plural == (number.high == 1 and number.low == 1):
        return
    if not _governed(tok, tables, number, guess):
        return
    read.subject, read.end = Subject.PEOPLE, guess
    # "two more pilgrims died": more of a kind, as for a subject the lexicon knows.
    read.other, read.inherit = read.inherit, False
    read.after = _age_end(tok, tables, guess)


def _governed(tok: Tokens, tables: FigureTables, number: _Number, head: int) -> bool:
    """Say whether a casualty metric governs the noun group ending at ``head``."""
    after = _metric_after(tok, tables, head)
    if after is None and not number.article:
        after = _metric_past_modifier(tok, tables, head)
    plural = head < len(tok.lower) and tok.lower[head] in tables.plural_aux
    if number.article and after is not None and plural:
        # "two reporters working for a newspaper were killed": "were" is the reporters'.
        return False
    if after is not None and after[0] is not Metric.COUNT:
        return after[3] or _intransitive(tok, tables, number, head, after)
    return _verb_before(tok, tables, number.tok_start) is not None


def _intransitive(
    tok: Tokens,
    tables: FigureTables,
    number: _Number,
    head: int,
    after: tuple[Metric, int, int, bool],
) -> bool:
    """Say whether an active metric after an unknown head is its intransitive verb.

    "six pilgrims died", "three workers later died": plural, only adverbs between, no
    object after. Not a noun's determiner or an infinitive between ("a more accurate
    death toll", "a mission to kill"), and not after an article: one unknown noun needs a
    passive.
    """
    if number.article or _starts_object(tok, tables, after[2]):
        return False
    start = head
    if head < after[1] and tok.lower[head] in _ASIDES:
        # "N pilgrims, most of them women, died": the aside is no object of the verb.
        start = _aside_end(tok, tables, head) or head
    gap = tok.lower[start : after[1]]
    return not any(w in tables.object_starters or w in tables.intransitive_breaks for w in gap)


def _opens_postmodifier(tok: Tokens, tables: FigureTables, k: int) -> bool:
    """Say whether token ``k`` opens a modifier after a subject.

    A relative pronoun ("who were escorting"), a participle that is no metric ("guarding
    the gate", "accused of facilitating", "believed to be linked to"), or a preposition
    opening a noun phrase ("from the group's ranks").
    """
    lower = tok.lower
    word = lower[k]
    if word in tables.relative or word in tables.postmodifier_prepositions:
        return True
    if word in tables.stop or tables.metrics.match(lower, k) is not None:
        return False
    if word.endswith(("ing", "ed")) and len(word) > 4:
        return True
    # "present at the gate", "posted near the border": an adjective with its preposition.
    return (
        k + 1 < len(lower) and word.isalpha() and lower[k + 1] in tables.postmodifier_prepositions
    )


def _metric_past_modifier(
    tok: Tokens, tables: FigureTables, k: int
) -> tuple[Metric, int, int, bool] | None:
    """Find a passive metric after a participle, preposition or relative clause.

    "Two police officers guarding the gate were among the dead", "Five soldiers who were
    escorting the convoy were killed", "two people accused of facilitating the attack
    were arrested", "four gunmen from the group were also killed": the metric is the
    first passive after an auxiliary. The modifier's own metric ("three men who killed
    ..."), a number, a clause break or another relative clause ends the search.
    """
    lower = tok.lower
    n = len(lower)
    k = _past_apposition(tok, tables, k)
    if k >= n or not _opens_postmodifier(tok, tables, k):
        return None
    # A relative clause inside the modifier ("the bus that was attacked") has its own
    # verb group: the next one after it is the subject's.
    inner = False
    for p in range(k + 1, min(n, k + _CLAUSE)):
        word = lower[p]
        if word in _CLAUSE_BREAKS or word[0].isdigit():
            return None
        inner = inner or word in tables.relative
        if word in tables.aux and lower[p - 1] not in tables.aux:
            found = None if inner else _passive_casualty(tok, tables, p)
            if found is not None:
                return found
            inner = False
            continue
        own = tables.metrics.match(lower, p)
        if own is not None and own[0] is not Metric.COUNT and lower[p - 1] not in tables.aux:
            return _bare_casualty(tok, tables, k, inner, (own[0], p, own[1]))
    return _verb_after_comma(tok, tables, k)


def _verb_after_comma(
    tok: Tokens, tables: FigureTables, k: int
) -> tuple[Metric, int, int, bool] | None:
    """Find the subject's passive after a long modifier that a comma closes.

    "13 people suspected of links to the group, also known as <...>, the most likely
    perpetrator of <...>, were detained": the modifier holds asides of its own, longer
    than a clause; the comma right before an auxiliary ends it. A number, a clause break
    or a metric of the modifier's own ends the search.
    """
    lower = tok.lower
    for p in range(k + 1, min(len(lower) - 1, k + _LONG_MODIFIER)):
        word = lower[p]
        if word in _CLAUSE_BREAKS or word[0].isdigit() or tables.metrics.match(lower, p):
            return None
        if word == "," and lower[p + 1] in tables.aux:
            return _passive_casualty(tok, tables, p + 1)
    return None


def _past_apposition(tok: Tokens, tables: FigureTables, k: int) -> int:
    """Return the token after an apposition opened at ``k``, ``k`` if none opens there.

    "two cameramen - <their names> - working for <...> were also killed": the apposition
    before the modifier is stepped over; one left open ends the subject.
    """
    if k >= len(tok.lower) or tok.lower[k] not in _ASIDES:
        return k
    close = _aside_end(tok, tables, k)
    return close if close is not None else len(tok.lower)


def _bare_casualty(
    tok: Tokens, tables: FigureTables, k: int, inner: bool, own: tuple[Metric, int, int]
) -> _After | None:
    """Return a metric with no auxiliary after a prepositional modifier, if it is the verb.

    "20 people from several countries killed in attack" (a headline's passive), "five
    soldiers in the convoy died", "four worshippers attending Friday prayers died" (a
    present participle's phrase): no relative clause between, no object after.
    """
    # "N worshippers attending prayers, police said, died": a speaker's aside before the
    # verb is crossed to the word that ends the modifier.
    before = tok.lower[_past_speaker_aside_back(tok.lower, tables, own[1]) - 1]
    opener = tok.lower[k]
    after = tok.lower[own[2] : own[2] + 1]
    # After a participle's phrase the verb must close its clause ("... prayers died."): a
    # verb with a place or agent after it may be the participle's own ("... killed in").
    closed = not after or after[0] in _CLAUSE_BREAKS or after[0] == ","
    participle = opener.endswith("ing") and closed
    if inner or not (opener in tables.postmodifier_prepositions or participle):
        return None
    # "put the number of wounded": a metric after a grammar word is a noun, no verb.
    if before in tables.stop or not before[0].isalpha() or _starts_object(tok, tables, own[2]):
        return None
    return own[0], own[1], own[2], True


def _count_past_modifier(tok: Tokens, tables: FigureTables, cand: _Candidate) -> _After | None:
    """Find an active count verb after a modifier of attackers.

    "Four gunmen armed with assault rifles stormed the hall", "three men wearing
    explosive vests entered the mosque": the first verb of attacking after a participle
    or preposition, before any other metric, number or clause break.
    """
    lower = tok.lower
    k = cand.subj_end
    people = cand.subject is Subject.PEOPLE
    if not (tables.countable(cand.subject) or people) or k >= len(lower):
        return None
    if not _opens_postmodifier(tok, tables, k) or lower[k] in tables.relative:
        return None
    for p in range(k + 1, min(len(lower), k + _CLAUSE)):
        word = lower[p]
        if word in _CLAUSE_BREAKS or word[0].isdigit():
            return None
        if word in tables.aux:
            return _active_count(tok, tables, p)
        own = tables.metrics.match(lower, p)
        if own is not None:
            # "two gunmen in a car killed five people": the agents of a casualty verb.
            agents = own[0] is Metric.COUNT or _starts_object(tok, tables, own[1])
            return (Metric.COUNT, p, own[1], False) if agents else None
    return None


def _passive_casualty(tok: Tokens, tables: FigureTables, p: int) -> _After | None:
    """Return the passive casualty metric after the auxiliary at ``p`` ("were killed")."""
    found = _metric_after(tok, tables, p)
    if found is None or not found[3] or found[0] is Metric.COUNT:
        return None
    return found


def _active_count(tok: Tokens, tables: FigureTables, p: int) -> _After | None:
    """Return the count verb after the auxiliary at ``p`` if active ("had rushed into").

    "were hit" is a passive: its subject a target, no count.
    """
    found = _metric_after(tok, tables, p)
    if found is None or found[0] is not Metric.COUNT:
        return None
    return found if tok.lower[found[1] - 1] not in tables.passive_markers else None


def _group_metric(tok: Tokens, tables: FigureTables, cand: _Candidate, group: Metric) -> None:
    """Give a partitive figure ("seven of the dead") its group's metric and its subject."""
    if cand.metric is None:
        cand.metric, cand.direct = group, True
    if cand.subject is None:
        _predicate_subject(tok, tables, cand)
    whole = tables.whole_quantifiers.match(tok.lower, cand.number.tok_start) is not None
    passive = not whole and _other_passive(tok, tables, cand)
    if cand.subject is None and cand.metric is group and passive:
        # "28 of the victims had been identified": what befell the group's part is no
        # casualty, and the part is counted for another reason. "All 49 of those killed
        # have been identified" counts the whole group: its toll.
        cand.metric = None
        cand.group = None


def _other_passive(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a passive that names no casualty follows the figure's group."""
    lower = tok.lower
    j = cand.subj_end
    aux = j
    while j < len(lower) and lower[j] in tables.aux and j - aux < 3:
        j += 1
    if j == aux or j >= len(lower) or tables.metrics.match(lower, j) is not None:
        return False
    return lower[j].endswith("ed") and lower[j] not in tables.stop


def _predicate_subject(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Take the subject a partitive names in its predicate.

    "More than 100 of the dead were schoolchildren", "132 of those killed were children":
    the group gives the metric, the predicate the subject.
    """
    lower = tok.lower
    j = cand.subj_end
    generic = tables.subjects.match(lower, j)
    if generic is not None and generic[0] is Subject.PEOPLE:
        # "12 of the dead people were soldiers": the group's own noun names no part.
        j = generic[1]
    while j < len(lower) and lower[j] in tables.time_words and j - cand.subj_end < 3:
        # "132 of those killed Tuesday were children"
        j += 1
    if cand.group is not None:
        j = _past_group_modifier(tok, tables, j)
    start = j
    while j < len(lower) and lower[j] in tables.predicate_links and j - start < 3:
        j += 1
    if j == start or j >= len(lower):
        return
    j = _past_hedge(lower, tables, j)
    # "one of the dead was a soldier": the article of a singular predicate is no number.
    noun = _past_article(lower, tables, j)
    read = _subject_after(tok, tables, noun, join=noun == j)
    if read is not None and read.subject is not None:
        cand.subject, cand.span_end = read.subject, read.end
        if noun > j:
            cand.predicate_end = read.end


_COPULAS = frozenset({"is", "was", "are", "were"})


def _past_group_modifier(tok: Tokens, tables: FigureTables, j: int) -> int:
    """Step over a partitive group's modifier to the copula of its predicate, if one ends it.

    "One of the people killed in the blasts that hit Okvara is a police constable": the
    modifier (no comma, number, other metric or clause end in it) stands between the
    group and the predicate that names the part's subject; without such a predicate the
    walk stays at ``j``.
    """
    lower = tok.lower
    if j >= len(lower) or lower[j] in tables.predicate_links:
        return j
    for k in range(j, min(len(lower), j + _LONG_MODIFIER)):
        word = lower[k]
        if word in _CLAUSE_BREAKS or word in (",", "and", *_QUOTES):
            return j
        if _modifier_stops(lower, tables, k) or _is_number_word(tables, lower, k):
            return j
        if word in _COPULAS:
            after = _past_article(lower, tables, k + 1) if k + 1 < len(lower) else k + 1
            found = tables.subjects.match(lower, after)
            return k if found is not None else j
    return j


def _victims_predicate(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Take the subject the predicate of a number and a victims noun names.

    "Two victims were police officers", "one victim was a child": the noun gives the
    metric, the predicate the subject; a predicate that names none leaves the figure.
    """
    lower = tok.lower
    end = cand.number.tok_end
    if cand.metric is not None or cand.subject is not Subject.PEOPLE:
        return
    victims = tables.victim_groups.match(lower, end)
    if victims is None or victims[1] != cand.subj_end or victims[1] >= len(lower):
        return
    if lower[victims[1]] not in tables.predicate_links:
        return
    if "of" in lower[max(0, cand.number.tok_start - 2) : cand.number.tok_start]:
        return  # "two of the 40 victims were children": the predicate is the part's
    cand.subject = None
    _predicate_subject(tok, tables, cand)
    if cand.subject is None:
        cand.subject = Subject.PEOPLE
    else:
        cand.metric, cand.direct = victims[0], True


def _metric_noun_predicate(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Take the subject that the predicate of a number and a metric noun names.

    "The other nine fatalities were villagers", "four dead were policemen": the noun after
    the number gives the metric, the predicate the subject.
    """
    lower = tok.lower
    end = cand.number.tok_end
    if cand.subject is not None or cand.metric in (None, Metric.COUNT) or cand.subj_end != end:
        return
    noun = tables.metrics.match(lower, end)
    if noun is None or noun[0] is not cand.metric or noun[1] >= len(lower):
        return
    if lower[noun[1]] not in tables.predicate_links:
        return
    if "of" in lower[max(0, cand.number.tok_start - 2) : cand.number.tok_start]:
        return  # "nine of the 40 dead were police": the predicate is the part's
    cand.subj_end = noun[1]
    _predicate_subject(tok, tables, cand)
    if cand.subject is None:
        cand.subj_end = end


def _hedged_attackers(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Read persons a reduced relative names as the attackers: militants.

    "two people suspected to be the suicide bombers died", "two men believed to be the
    gunmen were killed": the hedge and its attackers belong to the subject, and the verb
    after them is the figure's.
    """
    lower = tok.lower
    j = cand.subj_end
    if cand.subject is not Subject.PEOPLE or j >= len(lower):
        return
    if tables.predicate_hedges.match(lower, j) is None:
        return
    group = _noun_group(tok, tables, _past_hedge(lower, tables, j))
    if group is not None and group.subject is Subject.MILITANTS:
        cand.subject, cand.subj_end = Subject.MILITANTS, group.end
        cand.span_end = max(cand.span_end, group.end)


def _past_hedge(lower: list[str], tables: FigureTables, j: int) -> int:
    """Step from a predicate's link to its noun, past a hedge and an article.

    "were said to be soldiers", "were identified as police officers", "were the attackers".
    """
    hedge = tables.predicate_hedges.match(lower, j)
    if hedge is not None:
        j = hedge[1]
    if j < len(lower) - 1 and lower[j] == "the":
        j += 1
    return j


def _metric_after_subject(
    tok: Tokens, tables: FigureTables, cand: _Candidate
) -> tuple[Metric, int, int, bool] | None:
    """Find the metric after a figure's subject, past a bare noun joined to it.

    "two suicide bombers and gunmen targeted crowds": the count is of the bombers.
    """
    lower = tok.lower
    k = cand.subj_end
    after = _metric_after(tok, tables, k)
    if after is None and cand.subject is None and not cand.inherit:
        return _described_metric(tok, tables, k)
    if after is not None or cand.subject is None or k + 1 >= len(lower) or lower[k] != "and":
        return after
    joined = tables.subjects.match(lower, k + 1)
    if joined is None:
        return None
    return _metric_after(tok, tables, joined[1])


_After = tuple[Metric, int, int, bool]


def _described_metric(tok: Tokens, tables: FigureTables, k: int) -> _After | None:
    """Find a metric noun after adjectives of its own at ``k``, right after a number.

    "25 charred bodies", "12 burned and disfigured bodies": the adjectives describe the
    dead, so the noun is still the figure's metric. Only nouns of
    ``described_metric_nouns``, and only adjectives no subject noun stands among.
    """
    lower = tok.lower
    j = k
    while j < len(lower) and j - k <= _MODIFIERS + 1:
        found = tables.metrics.match(lower, j)
        if found is not None:
            described = j > k and lower[j] in tables.described_nouns
            return (found[0], j, found[1], False) if described else None
        joiner = lower[j] == "and" and j > k
        if not joiner and (
            not _is_modifier(tok, tables, j)
            or tables.subjects.match(lower, j) is not None
            or not tok.text[j].islower()
        ):
            return None
        j += 1
    return None


def _find_metric(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Give ``cand`` its metric: after its subject, else before its number."""
    lower = tok.lower
    number = cand.number
    if _ordinal_group(tok, tables, cand):
        # "the second of two bombers blew himself up": the verb is the ordinal's one.
        cand.metric, cand.direct = Metric.COUNT, True
        return
    if _coordinated_act(tok, tables, cand) or _in_number(tok, tables, cand):
        return
    after = _subject_metric(tok, tables, cand)
    if _late_self_killing(tok, tables, cand, after):
        return
    if after is not None:
        cand.among = "among" in lower[cand.subj_end : after[1]]
        cand.reach = after[1]
    if number.article:
        _article_metric(tok, tables, cand, after)
    elif after is not None:
        _take_after(tok, tables, cand, after)
    elif not (number.zero or _count_before(tok, tables, cand) or _own_predicate(tok, tables, cand)):
        _take_before(tok, tables, cand)
    if after is not None and cand.metric is after[0] and tables.self_killing.match(lower, after[1]):
        # "One blew himself up": an attacker, one among the attackers killed, no total; so
        # are persons of no kind ("two men blew themselves up").
        wider = cand.subject in (None, Subject.PEOPLE)
        cand.subject, cand.among = Subject.MILITANTS if wider else cand.subject, True


def _late_self_killing(
    tok: Tokens, tables: FigureTables, cand: _Candidate, after: _After | None
) -> bool:
    """Read attackers whose later predicate kills them, the first telling no metric.

    ``after`` is the metric read after the subject, if any. "three fighters used rifles
    and grenades, then blew up their vests": whoever blows himself up is an attacker,
    killed (as for a bare number, "the last two ...").
    """
    if after is not None or cand.number.article or not tables.countable(cand.subject):
        return False
    return _coordinated_self_killing(tok, tables, cand)


def _subject_metric(tok: Tokens, tables: FigureTables, cand: _Candidate) -> _After | None:
    """Find the metric after a figure's subject, past a modifier of the subject.

    A verb before the number wins over a passive past a modifier ("killed five soldiers
    during a patrol where ..."); the verb of a relative clause is no metric of the
    subject when a passive follows the clause ("two of the gunmen who attacked the
    college have been killed").
    """
    after = _metric_after_subject(tok, tables, cand)
    before = _metric_before(tok, tables, cand.number.tok_start)
    own = _own_clause_passive(tok, tables, cand, after, before)
    if own is not None:
        return own
    if cand.subject is None or before is not None:
        return None if _before_decides(tok, tables, cand, after, before) else after
    if after is None:
        return _metric_past_subject(tok, tables, cand)
    relative = any(w in tables.relative for w in tok.lower[cand.subj_end : after[1]])
    if relative and after[0] is Metric.COUNT and cand.subject is Subject.PEOPLE:
        # "four people who had attacked the parliament were dead": whoever attacked is an
        # attacker; the clause's passive, if any, is their fate.
        cand.subject = Subject.MILITANTS
        past = _metric_past_modifier(tok, tables, cand.subj_end)
        return past if past is not None else after
    if relative and not after[3]:
        past = _metric_past_modifier(tok, tables, cand.subj_end)
        return past if past is not None else after
    return after


def _metric_past_subject(tok: Tokens, tables: FigureTables, cand: _Candidate) -> _After | None:
    """Find the metric past a modifier of a subject with none right after it."""
    past = _metric_past_modifier(tok, tables, cand.subj_end)
    if past is None:
        past = _count_past_modifier(tok, tables, cand)
    return past if past is not None else _killed_them_later(tok, tables, cand)


def _own_clause_passive(
    tok: Tokens,
    tables: FigureTables,
    cand: _Candidate,
    after: _After | None,
    before: _Before | None,
) -> _After | None:
    """Find the passive past a prepositional modifier of a figure in a clause of its own.

    Bare "others" ("two others from the ministry were wounded") with no verb before, or
    any figure after "and" past a verb before ("three died and two members of the guard
    were wounded"); ``None`` leaves the figure to the other readings.
    """
    if after is not None or not _own_clause(tok, tables, cand, before):
        return None
    if before is None and not (cand.subject is None and cand.inherit):
        return None
    return _others_past_modifier(tok, tables, cand)


def _own_clause(
    tok: Tokens, tables: FigureTables, cand: _Candidate, before: _Before | None
) -> bool:
    """Say whether a figure opens a clause of its own, past any metric before it.

    "three soldiers were killed and two others from the ministry were wounded": a
    conjunction right before the figure parts it from the verb before, so that verb is
    no longer the only one that can be the figure's.
    """
    if before is None:
        return True
    at = cand.number.tok_start
    return before.start < at - 1 and tok.lower[at - 1] in ("and", ",")


def _others_past_modifier(tok: Tokens, tables: FigureTables, cand: _Candidate) -> _After | None:
    """Find the passive of "others" past a prepositional modifier of its own.

    "two others from the Okvar ministry were wounded", "three others with the convoy
    were killed": the bare "others" takes its kind from before, its verb from after the
    modifier. Only a preposition opens the modifier, and only a passive is its verb.
    """
    k = cand.subj_end
    if k >= len(tok.lower) or tok.lower[k] not in tables.postmodifier_prepositions:
        return None
    past = _metric_past_modifier(tok, tables, k)
    return past if past is not None and past[0] is not Metric.COUNT else None


def _before_decides(
    tok: Tokens,
    tables: FigureTables,
    cand: _Candidate,
    after: _After | None,
    before: _Before | None,
) -> bool:
    """Say whether the metric after a figure with one before it yields to the one before."""
    return (
        _relative_count(tok, tables, cand, after, before)
        or _dead_taken_in(tables, tok, after, before)
        or _clause_after_object(tok, tables, cand, after, before)
        or _relative_object(tok, tables, cand, after, before)
    )


def _relative_object(
    tok: Tokens,
    tables: FigureTables,
    cand: _Candidate,
    after: _After | None,
    before: _Before | None,
) -> bool:
    """Say whether the figure is the object of a relative clause's verb, the verb after not.

    "the leader of the cell that killed 71 people has been arrested": the verb after the
    object, with its auxiliary, is the antecedent's, not the object's.
    """
    if after is None or before is None or before.toll or before.metric is Metric.COUNT:
        return False
    lower = tok.lower
    if before.start == 0 or lower[before.start - 1] not in tables.relative:
        return False
    k = cand.subj_end
    return k < after[1] and lower[k] in tables.aux and after[0] is not before.metric


def _clause_after_object(
    tok: Tokens,
    tables: FigureTables,
    cand: _Candidate,
    after: _After | None,
    before: _Before | None,
) -> bool:
    """Say whether the metric after a verb's object is the verb of a clause joined to it.

    "the blast killed 12 guards and police detained two men", "wounded 30 people and the
    army arrested three": after "and" a noun of its own opens a clause with its own
    subject, so its verb is no metric of the object before it; "killed 12 and wounded
    30" shares its subject and is read as before.
    """
    if after is None or before is None or after[3]:
        return False
    lower = tok.lower
    k = cand.subj_end
    if k >= len(lower) or lower[k] != "and":
        return False
    opener = tables.lone_articles | _POSSESSIVES
    return any(
        lower[j] in opener or tables.subjects.match(lower, j) is not None
        for j in range(k + 1, after[1])
    )


def _dead_taken_in(
    tables: FigureTables, tok: Tokens, after: _After | None, before: _Before | None
) -> bool:
    """Say whether an intake after a figure with a metric before it is the dead's.

    "the bodies of 12 people were taken to hospital": the metric before decides.
    """
    if after is None or before is None:
        return False
    return _intake(tables, tok.lower, after[1]) is not None


def _relative_count(
    tok: Tokens,
    tables: FigureTables,
    cand: _Candidate,
    after: _After | None,
    before: _Before | None,
) -> bool:
    """Say whether the metric after a figure with a verb before it is a relative's count.

    "troops killed the five gunmen who stormed the base": the verb before is the figure's;
    the relative clause only says who they were.
    """
    if after is None or before is None or after[0] is not Metric.COUNT:
        return False
    between = tok.lower[cand.subj_end : after[1]]
    return bool(between) and between[0] in tables.relative


def _article_metric(
    tok: Tokens, tables: FigureTables, cand: _Candidate, after: _After | None
) -> None:
    """Give a figure of one opened by an article ("a policeman") its metric.

    Only a passive or intransitive verb after the subject ("a policeman was killed", "a
    policeman died") or a verb before it ("killing a soldier"): "a suicide bomber
    detonated" is no count, "a gunman killed 5" no toll.
    """
    verb = after is not None and after[0] is not Metric.COUNT
    if _manner_of_attack(tok, tables, cand, after):
        return
    if after is not None and verb and (after[3] or not _starts_object(tok, tables, after[2])):
        cand.metric, cand.direct, cand.span_end = after[0], True, after[2]
        return
    if after is not None and cand.number.lone and after[0] is Metric.COUNT:
        # "a lone gunman took the cafe": one attacker, and the text says so.
        _count_after(tok.lower, tables, cand, after[1], after[2])
        return
    if after is None and _lone_predicate(tables, tok.lower, cand):
        cand.metric, cand.direct = Metric.COUNT, True
        return
    if _own_predicate(tok, tables, cand):
        return
    before = _metric_before(tok, tables, cand.number.tok_start)
    if before is not None and not before.toll:
        cand.metric, cand.direct = before.metric, True
        cand.span_start = min(cand.span_start, before.start)


def _manner_of_attack(
    tok: Tokens, tables: FigureTables, cand: _Candidate, after: _After | None
) -> bool:
    """Say whether an indefinite attacker's self-killing tells how the attack was done.

    "a suicide bomber blew himself up": no toll of one; "a lone bomber" and "a third
    attacker blew himself up" (one of a known group) are still figures.
    """
    if after is None or tables.self_killing.match(tok.lower, after[1]) is None:
        return False
    return not cand.number.lone and tok.lower[cand.number.tok_end] not in tables.ordinals


def _own_predicate(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether the figure is the subject of a verb of its own that names no metric.

    "two attackers were killed and a third was on the run": the verb before ("killed")
    is a passive of another subject, and the figure's own verb follows it.
    """
    end, start = cand.subj_end, cand.number.tok_start
    if start == 0 or tok.lower[start - 1] not in tables.conjunctions:
        return False  # "the bodies of four attackers were found": the verb is no clause of its own
    if end >= len(tok.lower):
        return False
    # "15 died and seven hostages survived": the figure's own verb escapes the metric.
    return tok.lower[end] in tables.aux or tables.survival_verbs.match(tok.lower, end) is not None


def _take_after(tok: Tokens, tables: FigureTables, cand: _Candidate, after: _After) -> None:
    """Give ``cand`` the metric found after its subject."""
    lower = tok.lower
    number = cand.number
    metric, m_start, m_end, passive = after
    if metric is Metric.COUNT:
        _count_after(lower, tables, cand, m_start, m_end)
        return
    adjective = _qualified(tok, tables, m_end) if m_start == cand.subj_end else None
    if cand.subject is None and adjective is not None:
        # "67 injured people": the participle qualifies the subject that follows; a verb
        # after the subject still decides ("three injured hospital patients later died").
        cand.subject = adjective[0]
        cand.metric, cand.direct, cand.span_end = metric, True, adjective[1]
        cand.subj_end = adjective[1]
        verb = _metric_after(tok, tables, adjective[1])
        if verb is not None and verb[0] not in (metric, Metric.COUNT):
            cand.metric, cand.span_end = verb[0], verb[2]
        return
    if not passive and _starts_object(tok, tables, m_end):
        # "Ten militants killed 12 soldiers": the figure is the agent, not the toll; so
        # are "three men" who "stabbed a number of people": whoever harms others is an
        # attacker.
        if _agent_person(tok, tables, cand):
            cand.subject = Subject.MILITANTS
        if tables.countable(cand.subject) and not number.zero:
            cand.metric, cand.direct, cand.span_end = Metric.COUNT, True, m_end
        return
    cand.metric, cand.direct, cand.span_end = metric, True, m_end
    if number.zero and cand.subject is None:
        # "no fatalities among police officers and embassy staff"
        cand.extra = _subject_list(tok, tables, m_end)
        if cand.extra:
            cand.span_end = cand.extra[0][1]


def _agent_person(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether ``cand`` counts persons by a bare noun ("three men"), no victims' noun."""
    end = cand.subj_end
    if cand.subject is not Subject.PEOPLE or cand.number.article or end == 0:
        return False
    return tok.lower[end - 1] in tables.sighted_persons


def _coordinated_act(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Count persons whose second verb, after "and", is an attacker's act.

    "Three men left the vehicle and stabbed people", "four gunmen got out of the car and
    opened fire": the first verb tells no metric, the coordinated one makes them the
    attackers. Only within the clause: a comma, a relative or a verb of being before
    "and" ends the search.
    """
    number = cand.number
    if cand.metric is not None or number.zero or number.article or cand.inherit:
        return False
    if _metric_before(tok, tables, number.tok_start) is not None:
        return False  # "troops killed five militants and captured two": the verb's object
    if cand.subject is None:
        return _coordinated_self_killing(tok, tables, cand)
    if not (tables.countable(cand.subject) or _agent_person(tok, tables, cand)):
        return False
    joined = _first_and(tok, tables, cand.subj_end)
    end = None if joined is None else _attack_after_and(tok, tables, joined)
    if end is None:
        return False
    cand.subject, cand.metric, cand.direct = Subject.MILITANTS, Metric.COUNT, True
    cand.span_end = end
    return True


# How far after a bare number the self-killing that makes it attackers may stand.
_PREDICATES = 40


def _coordinated_self_killing(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Read a bare number whose later verb kills themselves: attackers killed.

    "the last two reached the hall and blew themselves up", "letting the other three run
    in, where they set off their vests": whoever blows himself up is an attacker, killed,
    one among the attackers (as "two blew themselves up" right after the number is). The
    act follows a joiner of predicates (``self_killing_joiners``) and may close a chain
    of them ("took cover in Velka and ran in and blew ..."); a casualty verb, a comma, a
    relative or an auxiliary before it ends the search.
    """
    lower = tok.lower
    for j in range(cand.subj_end, min(len(lower), cand.subj_end + _PREDICATES)):
        joiner = tables.self_killing_joiners.match(lower, j)
        if joiner is not None:
            k = joiner[1]
            k = k + 1 if k < len(lower) - 1 and _adverb(lower[k]) else k
            own = tables.self_killing.match(lower, k)
            if own is not None:
                cand.subject, cand.metric, cand.direct = Subject.MILITANTS, Metric.KILLED, True
                cand.among, cand.span_end = True, own[1]
                return True
        word = lower[j]
        if word in _CLAUSE_BREAKS or word in (",", "or") or word in tables.relative:
            return False
        found = tables.metrics.match(lower, j)
        if word in tables.aux or (found is not None and found[0] is not Metric.COUNT):
            return False
    return False


def _in_number(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Count attackers given their number as a predicate: "the gunmen were four in number".

    A number with no noun of its own, after a verb of being, closed by "in number", counts
    the attackers' noun group that is the verb's subject ("the band of rebels was about
    five in number").
    """
    lower = tok.lower
    number, end = cand.number, cand.number.tok_end
    if (
        cand.subject is not None
        or number.zero
        or number.vague
        or lower[end : end + 2]
        != [
            "in",
            "number",
        ]
    ):
        return False
    at = number.tok_start
    if at < 2 or lower[at - 1] not in tables.aux:
        return False
    for k in range(at - 2, max(-1, at - 2 - _MODIFIERS), -1):
        found = tables.subjects.match(lower, k)
        if found is not None and found[1] == at - 1:
            if not tables.countable(found[0]):
                return False
            cand.subject, cand.metric, cand.direct = found[0], Metric.COUNT, True
            cand.span_start, cand.span_end = k, end + 2
            return True
    return False


def _first_and(tok: Tokens, tables: FigureTables, start: int) -> int | None:
    """Return the "and" that closes a verb phrase with no metric after ``start``."""
    lower = tok.lower
    for j in range(start, min(len(lower) - 1, start + _CLAUSE)):
        word = lower[j]
        if word in _CLAUSE_BREAKS or word in tables.relative or word in tables.aux:
            return None
        if word in (",", "or") or tables.metrics.match(lower, j) is not None:
            return None
        if word == "and":
            return j if j > start else None
    return None


def _attack_after_and(tok: Tokens, tables: FigureTables, j: int) -> int | None:
    """Return the end of an attacker's act, or of a verb harming an object, after "and"."""
    lower = tok.lower
    k = j + 2 if _adverb(lower[j + 1]) else j + 1
    act = tables.attacker_acts.match(lower, k)
    if act is not None:
        return act[1]
    harm = tables.metrics.match(lower, k)
    if harm is None or harm[0] is Metric.COUNT or not _starts_object(tok, tables, harm[1]):
        return None
    return harm[1]


def _qualified(tok: Tokens, tables: FigureTables, j: int) -> tuple[Subject, int] | None:
    """Return the subject a participle before ``j`` qualifies, past modifiers, and its end."""
    found = tables.subjects.match(tok.lower, j)
    if found is not None:
        return found
    group = _noun_group(tok, tables, j)
    if group is None or group.subject is None or group.modifiers == 0:
        return None
    if any(_is_number_word(tables, tok.lower, p) for p in range(j, group.end)):
        # "the 20 dead included two soldiers": a number opens a figure of its own.
        return None
    return group.subject, group.end


def _is_number_word(tables: FigureTables, lower: list[str], p: int) -> bool:
    return lower[p][:1].isdigit() or tables.number_words.match(lower, p) is not None


def _count_after(
    lower: list[str], tables: FigureTables, cand: _Candidate, m_start: int, m_end: int
) -> None:
    """Make ``cand`` a count of attackers if its count verb is active and it is a total.

    "two militants were hit" is a passive (its subject a target); "two other suicide
    bombers targeted" adds to attackers named before.
    """
    # "were behind the attack": a copula before a preposition, no passive.
    active = m_start == 0 or lower[m_start - 1] not in tables.passive_markers
    active = active or lower[m_start] == "behind"
    # "three people attacked by a dog": a headline's passive, its agent after "by".
    active = active and (m_end >= len(lower) or lower[m_end] != "by")
    if _attackers_by_act(lower, tables, cand, m_start):
        cand.subject = Subject.MILITANTS
    if tables.countable(cand.subject) and not cand.number.zero and active:
        cand.metric, cand.direct, cand.span_end = Metric.COUNT, True, m_end
        # "two other suicide bombers attacked": more attackers than those named before, a
        # part of their count, no total.
        cand.among = cand.among or cand.other
        _one_coordinated_before(lower, tables, cand)


def _attackers_by_act(
    lower: list[str], tables: FigureTables, cand: _Candidate, m_start: int
) -> bool:
    """Say whether persons named by no attackers' noun are attackers by their act at ``m_start``.

    "four men in camouflage opened fire", "two of them carried out suicide attacks":
    whoever does an attacker's act is one. "witnesses said four were involved": a number
    with no noun that does an attacker's act counts the attackers.
    """
    named = cand.subject is Subject.PEOPLE or (cand.subject is None and cand.part)
    if named and _attacker_act(tables, lower, m_start):
        return True
    bare = cand.subject is None and not (cand.inherit or cand.number.article)
    return bare and _bare_attackers_act(lower, tables, cand.subj_end, m_start)


# Words after which a noun group opens a clause as its subject.
_CLAUSE_OPENERS = frozenset({",", "that", "when", "as", "after", "before", "while", "and", "then"})


def _one_coordinated_before(lower: list[str], tables: FigureTables, cand: _Candidate) -> None:
    """Add the one person coordinated before a count of attackers to it.

    "the father and his two sons stormed the church", "a woman and three men opened
    fire": a singular person (``single_persons``, after an article or a possessive) and
    the counted group are one subject, so the count is one more.
    """
    number = cand.number
    j = number.tok_start - 1
    if j >= 0 and lower[j] in tables.possessives:
        j -= 1  # "and her two daughters"
    if j < 2 or lower[j] != "and" or number.low is None or number.high is None:
        return
    determiner = lower[j - 2] in tables.possessives or lower[j - 2] in ("a", "an", "the")
    if not determiner or lower[j - 1] not in tables.single_persons or number.vague:
        return
    if j > 2 and lower[j - 3] not in _CLAUSE_OPENERS and lower[j - 3] not in tables.reporting:
        return  # "police shot a gunman and two men fled": the person is an object
    number.low, number.high = number.low + 1, number.high + 1
    cand.span_start = min(cand.span_start, j - 2)


def _bare_attackers_act(lower: list[str], tables: FigureTables, start: int, m_start: int) -> bool:
    """Say whether the words from ``start`` hold an attacker's act for a bare number."""
    if tables.bare_attacker_acts.match(lower, start) is not None:
        return True
    return m_start == start and _attacker_act(tables, lower, m_start)


def _count_before(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Read a count of attackers from the words before it, when no metric follows.

    The agent of a passive ("carried out by 25 to 30 militants"), an existential ("there
    were three attackers"), or a number given to attackers named before it ("the
    attackers, estimated to number at around four to six").
    """
    lower = tok.lower
    at = cand.number.tok_start
    if (
        cand.subject is Subject.PEOPLE
        and lower[cand.subj_end - 1] in tables.sighted_persons
        and _opener_before(tables.sighting_openers, tables, lower, at)
    ):
        # "photos of five men", "stormed by six men": whoever is seen or attacks is one.
        cand.subject = Subject.MILITANTS
    if tables.countable(cand.subject):
        opener = _opener_before(tables.count_openers, tables, lower, at)
        if opener and not _group_strength(tok, tables, cand):
            cand.metric, cand.direct = Metric.COUNT, True
            return True
    if cand.subject is not None:
        return False
    cue = tables.count_numbering.match_ending(lower, at)
    if cue is None:
        return False
    for j in range(cue[1] - 1, max(-1, cue[1] - 4), -1):
        if tables.metrics.match(lower, j) is not None:
            return False  # "the number of gunmen killed was put at four": a toll of them
        named = tables.subjects.match_ending(lower, j + 1, longest=3)
        if named is not None and tables.countable(named[0]):
            cand.subject, cand.metric, cand.direct = named[0], Metric.COUNT, True
            return True
    return False


def _lone_predicate(tables: FigureTables, lower: list[str], cand: _Candidate) -> bool:
    """Say whether a lone attacker is the predicate of a copula: "he was a lone gunman".

    The copula asserts how many attackers there were; a doubt in its clause ("whether he
    was a lone gunman") or a second person ("you can be ...") leaves it no count.
    """
    if not cand.number.lone or cand.subject is not Subject.MILITANTS:
        return False
    copula = tables.lone_copulas.match_ending(lower, cand.number.tok_start)
    if copula is None:
        return False
    before = lower[max(0, copula[1] - 6) : copula[1]]
    return not any(w in tables.lone_copula_doubts for w in before)


def _opener_before(
    openers: PhraseTable[bool], tables: FigureTables, lower: list[str], at: int
) -> bool:
    """Say whether an opener ends before ``at``, a time inside it stepped over.

    "published photos Saturday of five men", "saw on Friday four men"; a team's noun
    is stepped over too: "carried out by a squad of seven militants".
    """
    team = at > 2 and lower[at - 1] == "of" and lower[at - 2] in tables.team_nouns
    if team and lower[at - 3] in tables.lone_articles:
        at -= 3
    if openers.match_ending(lower, at) is not None:
        return True
    window = lower[max(0, at - 6) : at]
    if not any(w in tables.time_words for w in window):
        return False
    plain = [w for w in window if w not in tables.time_words]
    return openers.match_ending(plain, len(plain)) is not None


def _take_before(tok: Tokens, tables: FigureTables, cand: _Candidate) -> None:
    """Give ``cand`` the metric of a verb or toll before it, with the toll's wording."""
    lower = tok.lower
    number = cand.number
    before = _metric_before(tok, tables, number.tok_start)
    if before is None:
        _intake_object(tok, tables, cand)
        return
    cand.metric, cand.direct = before.metric, True
    cand.span_start = min(cand.span_start, before.start)
    # "raising the death toll from 358": the toll's earlier value is no update.
    earlier = (
        tables.toll_earlier.match_ending(
            lower, number.tok_start, longest=tables.toll_earlier.longest
        )
        is not None
    )
    cand.revision = cand.revision or (before.revision and not earlier)
    # "the dead included three children": a part of the whole toll given before.
    cand.among = any(w in tables.part_verbs for w in lower[before.start : number.tok_start])
    if before.toll:
        cand.toll = True
        cand.subject = cand.subject or before.subject
        _toll_wording(tok, tables, cand, before)


def _toll_wording(tok: Tokens, tables: FigureTables, cand: _Candidate, before: _Before) -> None:
    """Read the interval a toll's wording gives its number.

    "the toll is now up to 23" is 23 (a level reached, not a ceiling); "the toll tops
    300" is 301..; "the partial toll was 23" is 23.. (more are still uncounted).
    """
    lower = tok.lower
    number = cand.number
    at = number.tok_start
    value = number.high if number.qualifier is Qualifier.AT_MOST else number.low
    if tables.toll_levels.match(lower, at) is not None and value is not None:
        number.low, number.high, number.qualifier = value, value, Qualifier.EXACT
    if number.qualifier is not Qualifier.EXACT or number.low is None:
        return
    if at > 0 and lower[at - 1] in tables.toll_floors:
        number.low, number.high, number.qualifier = number.low + 1, None, Qualifier.AT_LEAST
    elif before.partial:
        number.high, number.qualifier = None, Qualifier.AT_LEAST
    elif before.toll and any(
        w in tables.toll_estimates for w in lower[max(0, before.start - 3) : at]
    ):
        # "the toll is estimated at 300", "the approximate total of the dead was 253"
        number.qualifier = Qualifier.ABOUT


def _resolve(
    tok: Tokens,
    tables: FigureTables,
    cands: list[_Candidate],
    last_subject: Subject | None,
    raw: str,
    offset: int,
) -> list[FoundFigure]:
    """Turn the candidates of a sentence into figures: metric, subject, parts, cues."""
    lower = tok.lower
    clause = _clause_metrics(tok, tables, cands)
    _shared_floors(tables, lower, cands)
    _bracketed_parts(lower, cands)
    _chain_parts(tables, lower, cands)
    breakdown = _breakdown(tables, lower, cands)
    # Before a breakdown marks its items: "two Pakistanis and three Chinese engineers were
    # killed" is a list of nationalities, no part of a toll.
    nationals = _nationals(tok, tables, cands)
    for idx in breakdown:
        cands[idx].among = True
    out: list[FoundFigure] = []
    for idx, cand in enumerate(cands):
        read = _resolved_metric(tok, tables, cands, idx, clause[idx], out)
        if read is None:
            continue
        metric, part_of, confidence = read
        subject = _resolved_subject(tok, tables, cand, metric, out, last_subject)
        if subject is None or idx in nationals or _no_claim(tok, tables, cand):
            continue
        if _in_predicate(cands, idx):
            continue
        if part_of is None:
            subject = (_fated_subject(tok, tables, cand, metric, subject[0]), subject[1])
        if _one_national(tok, tables, cand):
            continue
        confidence -= subject[1] + _vagueness(cand.number, metric)
        if part_of is not None and _ranked_part(tables, tok.lower, cand, out[part_of].subject):
            subject = (out[part_of].subject, subject[1])
        if part_of is not None and not out[part_of].subject.contains(subject[0]):
            part_of = None  # "killing 44 of them": a part of the forces named, not of a figure
        found = _Resolved(metric, subject[0], part_of, round(max(0.3, confidence), 2))
        out.extend(_figures_of(tok, tables, cands, idx, found, raw, offset, idx in breakdown))
    return out


def _ranked_part(tables: FigureTables, lower: list[str], cand: _Candidate, whole: Subject) -> bool:
    """Say whether a part of a force's figure is named by a rank only: one of that force.

    "Three soldiers, one of them an officer": the officer is a soldier.
    """
    k = cand.subj_end - 1
    if k < 1 or lower[k] not in tables.rank_nouns or cand.subject is None:
        return False
    if tables.subjects.match(lower, k - 1) is not None:
        return False  # "one of them a police officer": the force is named
    return Subject.SECURITY_FORCES.contains(whole) and not whole.contains(cand.subject)


def _in_predicate(cands: list[_Candidate], idx: int) -> bool:
    """Say whether a candidate is the article of a predicate a figure before it took.

    Or the article of a noun in the modifier of a subject before it, ahead of that
    subject's verb: "a man in a grey coat was arrested", "a woman with a bag was killed"
    count one person, not the coat or the bag. A part the modifier names ("nine people,
    including a girl, were killed") is read as such.
    """
    cand = cands[idx]
    at = cand.number.tok_start
    if any(c.subj_end <= at < c.predicate_end for c in cands[:idx]):
        return True
    return (
        cand.number.article
        and not cand.part
        and any(c.metric is not None and c.subj_end < at < c.reach for c in cands[:idx])
    )


def _fated_subject(
    tok: Tokens, tables: FigureTables, cand: _Candidate, metric: Metric, subject: Subject
) -> Subject:
    """Return the subject a figure's metric makes of a noun of its own (no part of a whole).

    Civilians the police arrest or detain are people, whatever their noun ("three women
    were detained"): the noun describes suspects, it names no victims. Attackers ("two
    gunmen were arrested") and soldiers or police taken captive stay what they are.
    Suspects killed, wounded or counted are the attackers the police met ("five suspects
    were shot dead"); suspects arrested stay people.
    """
    suspects = cand.subj_end > 0 and tok.lower[cand.subj_end - 1] in tables.suspect_nouns
    if metric is Metric.ARRESTED:
        # "arrested two bombing suspects", "three suspected militants": suspects.
        hedged = suspects or _hedged(tok.lower, cand.number.tok_end, cand.subj_end)
        return Subject.PEOPLE if hedged or Subject.CIVILIANS.contains(subject) else subject
    if subject is Subject.PEOPLE and cand.subject is not None and suspects:
        return Subject.MILITANTS
    return subject


def _shared_floors(tables: FigureTables, lower: list[str], cands: list[_Candidate]) -> None:
    """Carry "at least" over a list of figures joined by "and" with no verb between.

    "At least 12 soldiers and three civilians were killed": the floor qualifies the whole
    list, so each item is a floor. Only an inclusive floor is carried ("more than 20" does
    not make the next item "more than three").
    """
    for prev, cand in pairwise(cands):
        number = cand.number
        if number.qualifier is not Qualifier.EXACT or number.low is None or number.article:
            continue
        if prev.number.qualifier is not Qualifier.AT_LEAST or prev.subject is None:
            continue
        opener = tables.qualifiers.match(lower, prev.number.tok_start)
        if opener is None or opener[0][1] or lower[prev.subj_end : number.tok_start] != ["and"]:
            continue
        number.high, number.qualifier = None, Qualifier.AT_LEAST


class _Resolved(NamedTuple):
    metric: Metric
    subject: Subject
    part_of: int | None
    confidence: float


def _resolved_metric(
    tok: Tokens,
    tables: FigureTables,
    cands: list[_Candidate],
    idx: int,
    clause: Metric | None,
    out: list[FoundFigure],
) -> tuple[Metric, int | None, float] | None:
    """Return a candidate's metric, the whole it is a part of, and its confidence."""
    cand = cands[idx]
    metric = cand.metric
    confidence = 0.9
    part_of: int | None = None
    if cand.part and out:
        part_of = _whole_of_part(cand, out)
        if metric is None:
            metric = out[part_of].metric
            confidence -= 0.1
    elif cand.among and cand.subject is not None:
        part_of = whole_before(out, metric, cand.subject, cand.number.low)
    if metric is None:
        rival = _said_rival(tok, tables, cands[: idx + 1], out)
        if rival is not None:
            return rival.metric, None, 0.6
        if _no_figure(tok, tables, cands, idx):
            return None
        toll = _definite_toll(tok, tables, cand)
        if toll is not None:
            return _victims_metric(tok, tables, cand, toll), part_of, 0.7
        if clause is None:
            # "the statement identified the two attackers": a definite count of
            # attackers with no verb that counts them is still their number.
            return (Metric.COUNT, part_of, 0.6) if _definite_count(tok, tables, cand) else None
        metric = clause
        confidence -= 0.25
    return _victims_metric(tok, tables, cand, metric), part_of, confidence


def _said_rival(
    tok: Tokens, tables: FigureTables, cands: list[_Candidate], out: list[FoundFigure]
) -> FoundFigure | None:
    """Return the figure a bare number said by another speaker is a rival of, if any.

    "put the number of wounded at eight, while the ministry said six", "one source said
    there were 147 dead and another said 160": a bare number right after a verb of saying,
    closing its clause, gives the figure before it again with another value; so does one
    after a word of contrast ("the toll is 253, not 359"). The candidate
    (the last of ``cands``) takes that figure's subject. The number just before must be
    that figure: after one that was read as none ("said four were involved") the rival's
    figure is unknown.
    """
    cand = cands[-1]
    number, lower = cand.number, tok.lower
    at = number.tok_start
    if cand.subject is not None or number.vague or number.zero or not out or at == 0:
        return None
    # "while a hospital official said 100": an article is no number before it.
    before = [c for c in cands[:-1] if not c.number.article]
    if not before or out[-1].start != tok.start[before[-1].span_start]:
        return None
    if not _rival_cue(lower, tables, at, number.tok_end):
        return None
    cand.inherit = True
    return next((f for f in reversed(out) if f.part_of is None), out[-1])


def _definite_count(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether ``cand`` is a definite exact number of attackers ("the two gunmen")."""
    number = cand.number
    at = number.tok_start
    exact = number.low is not None and number.low == number.high and number.low > 1
    if not exact or number.vague or cand.part or cand.other or cand.inherit:
        return False
    if at == 0 or tok.lower[at - 1] != "the" or not tables.countable(cand.subject):
        return False
    return _group_head(tok, tables, cand.subj_end)


def _group_head(tok: Tokens, tables: FigureTables, end: int) -> bool:
    """Say whether the subject noun ending at ``end`` heads its noun group.

    "the two militant groups": the noun is a modifier of a unit, no head. A plural with
    no "-s" ("the four fidayeen were") heads its group when a function word follows.
    """
    lower = tok.lower
    if end >= len(lower):
        return True
    closed = lower[end] in tables.stop or not lower[end].isalpha()
    return (_plural(lower[end - 1]) or closed) and tables.units.match(lower, end) is None


def _definite_toll(tok: Tokens, tables: FigureTables, cand: _Candidate) -> Metric | None:
    """Return the metric of a definite number of a toll noun with no verb of its own.

    "all 13 victims of the blast were buried", "there were 84 victims", "more than 70
    victims": the noun names what befell them, the quantifier (or the existential, or the
    qualifier) says they are all of them, so the whole toll. A bare "the 13 victims" is
    often those identified or mourned so far, so no toll.
    """
    number = cand.number
    at = number.tok_start
    if number.vague or number.zero or cand.part or cand.other or cand.inherit:
        return None
    year = tok.lower[at].isdigit() and 1800 <= (number.low or 0) <= 2100
    opened = tables.toll_noun_openers.match_ending(tok.lower, at, longest=4) is not None
    opened = opened or tables.whole_quantifiers.match(tok.lower, at) is not None  # "all 13"
    opened = opened or _whole_group_of(tok, tables, cand)
    if not (opened or number.qualifier is not Qualifier.EXACT) or year:
        return None  # "the 2015 victims": a year, no toll
    return tables.toll_nouns.get(tok.lower[cand.subj_end - 1])


def _victims_metric(tok: Tokens, tables: FigureTables, cand: _Candidate, metric: Metric) -> Metric:
    """Return the metric of victims, the casualties when a part of them is then the dead.

    "there were 35 victims, 5 of whom died", "the attack left 35 victims, 5 of them
    killed": the dead are a part, so the victims are the dead and the wounded together.
    """
    lower, end = tok.lower, cand.subj_end
    if metric is not Metric.KILLED or end >= len(lower) or lower[end] != ",":
        return metric
    if lower[end - 1] not in tables.toll_nouns:
        return metric
    number = _approximate(tok, tables, end + 1)
    cue = tables.parts.match(lower, number.tok_end) if number is not None else None
    if cue is None:
        return metric
    verbs = (tables.metrics.match(lower, k) for k in range(cue[1], min(cue[1] + 3, len(lower))))
    found = next((v for v in verbs if v is not None), None)
    return Metric.CASUALTIES if found is not None and found[0] is Metric.KILLED else metric


def _whole_group_of(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a definite number of a toll noun is the group a fronted partitive names.

    "Of the 30 victims, 12 were pupils", "Among the 40 martyrs, ...": the group a part is
    then taken from is the whole, so a toll (a bare "the 30 victims" may be those
    identified or mourned so far).
    """
    lower, at, end = tok.lower, cand.number.tok_start, cand.subj_end
    if at != 2 or lower[1] != "the" or lower[0] not in tables.fronted_partitives:
        return False
    return end < len(lower) and lower[end] == ","


def _ordinal_group(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether ``cand`` counts attackers an ordinal is one of ("the last of six gunmen")."""
    number = cand.number
    exact = number.low is not None and number.low == number.high and number.low > 1
    if not exact or number.vague or not tables.countable(cand.subject):
        return False
    return _ordinal_of(tok.lower, tables, number.tok_start)


def _resolved_subject(
    tok: Tokens,
    tables: FigureTables,
    cand: _Candidate,
    metric: Metric,
    out: list[FoundFigure],
    last_subject: Subject | None,
) -> tuple[Subject, float] | None:
    """Return a candidate's subject and what it costs in confidence; ``None``: no figure."""
    lower = tok.lower
    if cand.subject is not None:
        return cand.subject, 0.0
    if metric is Metric.COUNT and not cand.inherit:
        # A count needs its noun, unless it gives a count before again ("witnesses said
        # four were involved and the Taliban said five") or its toll names it ("put the
        # number of gunmen at five").
        return _toll_subject(tok, tables, cand)
    referent = _pronoun_referent(tok, tables, cand, out)
    if referent is not None:
        return referent, 0.1
    if cand.inherit or _elliptic(lower, tables, cand):
        return _inherited_subject(tok, tables, cand, metric, out, last_subject), 0.1
    if last_subject is not None and _opens_elliptic(tables, cand):
        # "Four attackers were killed. One was captured alive."
        return last_subject, 0.15
    return Subject.PEOPLE, 0.0


def _inherited_subject(
    tok: Tokens,
    tables: FigureTables,
    cand: _Candidate,
    metric: Metric,
    out: list[FoundFigure],
    last_subject: Subject | None,
) -> Subject:
    """Return the subject a bare number takes from a figure, or a target, named before."""
    lower = tok.lower
    wholes = _wholes_inherited(cand, out)
    target = None if wholes or cand.inherit else _target_referent(tok, tables, cand)
    if target is not None:
        return target
    inherited = wholes[-1].subject if wholes else (last_subject or Subject.PEOPLE)
    others = cand.subj_end > 0 and lower[cand.subj_end - 1] in _OTHER_PEOPLE
    if others and wholes and _others_of_another_fate(wholes[-1], inherited, metric):
        inherited = Subject.PEOPLE
    return _listed_whole(tok, tables, cand, inherited)


# The words of "others" that name people other than those counted before.
_OTHER_PEOPLE = frozenset({"others", "other"})


def _others_of_another_fate(whole: FoundFigure, inherited: Subject, metric: Metric) -> bool:
    """Tell whether "others" of another fate than the civilians named before are anyone hurt.

    "Three civilians were killed and 30 others wounded": civilians are named against the
    forces among the dead, and the wounded "others" are everyone else hurt, forces or not;
    "17 soldiers died and 19 others were wounded" keeps its force, and "90 civilians died
    and 140 more were injured" (more of them) its civilians.
    """
    return whole.metric is not metric and Subject.CIVILIANS.contains(inherited)


def _wholes_inherited(cand: _Candidate, out: list[FoundFigure]) -> list[FoundFigure]:
    """Return the whole figures before ``cand`` whose subject a bare number may take."""
    wholes = [f for f in out if f.part_of is None]
    if cand.span_start < cand.number.tok_start and not cand.inherit:
        # "five gunmen stormed the hall, killing 17": the object of the attackers' verb
        # is their victims, not more attackers.
        wholes = [f for f in wholes if f.metric is not Metric.COUNT]
    return wholes


def _listed_whole(
    tok: Tokens, tables: FigureTables, cand: _Candidate, inherited: Subject
) -> Subject:
    """Return the subject of "others" whose parts a list names right after it.

    "Four gunmen were killed; 30 others including students and guards were wounded": parts
    the kind named before does not hold make the others people; "five others including a
    soldier" stay of that kind.
    """
    lower = tok.lower
    cue = tables.parts.match(lower, cand.subj_end)
    if cue is None:
        return inherited
    k = cue[1]
    for _ in range(4):  # the items of the list: "students, staff and security guards"
        k = _past_article(lower, tables, k) if k < len(lower) else k
        number = _approximate(tok, tables, k) if k < len(lower) else None
        group = _noun_group(tok, tables, number.tok_end if number else k)
        if group is None or group.subject is None:
            break
        if not inherited.contains(group.subject):
            return Subject.PEOPLE
        k = group.end
        if k >= len(lower) or lower[k] not in tables.conjunctions:
            break
        k += 1
    return inherited


def _toll_subject(
    tok: Tokens, tables: FigureTables, cand: _Candidate
) -> tuple[Subject, float] | None:
    """Return the subject a count's toll noun names ("the number of gunmen"), if any."""
    if not cand.toll:
        return None
    for k in range(cand.span_start, cand.number.tok_start):
        found = tables.subjects.match(tok.lower, k)
        if found is not None and tables.countable(found[0]):
            return found[0], 0.1
    return None


def _pronoun_referent(
    tok: Tokens, tables: FigureTables, cand: _Candidate, out: list[FoundFigure]
) -> Subject | None:
    """Return the subject of the plural noun a part pronoun refers to, if nearer than a figure.

    "attacked a bus carrying paramilitary forces, killing 44 of them": "them" are the
    nearest plural noun before, not the attackers a figure further back counted.
    """
    lower = tok.lower
    at = cand.number.tok_start
    end = cand.number.tok_end
    if not (cand.part and end + 1 < len(lower) and lower[end] == "of"):
        return None
    if lower[end + 1] not in tables.part_pronouns:
        return None
    last = max((f.end for f in out), default=-1)
    for j in range(at - 1, max(-1, at - 2 * _CLAUSE), -1):
        if lower[j] in _CLAUSE_BREAKS or tok.start[j] < last:
            return None
        found = tables.subjects.match_ending(lower, j + 1, longest=3)
        plural = _plural(lower[j]) or lower[j].endswith(("children", "people"))
        if found is not None and (plural or lower[j] in tables.collective):
            return found[0]
    return None


def _target_referent(tok: Tokens, tables: FigureTables, cand: _Candidate) -> Subject | None:
    """Return the subject of the people an act before a bare participle's number hit.

    "drove into a crowd of pedestrians, killing three", "opened fire on worshippers,
    killing 12": the bare number counts the nearest plural noun the act was aimed at (a
    preposition before it), not an attacker and not anyone of the clause's subject.
    """
    lower = tok.lower
    at = cand.span_start
    if at < 2 or at == cand.number.tok_start or lower[at - 1] != ",":
        return None
    for j in range(at - 2, max(-1, at - 2 - 2 * _CLAUSE), -1):
        if lower[j] in _CLAUSE_BREAKS or lower[j] in tables.reporting:
            return None
        found = tables.subjects.match_ending(lower, j + 1, longest=3)
        if found is None or not (_plural(lower[j]) or lower[j] in tables.collective):
            continue
        if Subject.MILITANTS.contains(found[0]) or found[0] is Subject.PEOPLE:
            return None
        window = lower[max(0, found[1] - 3) : found[1]]
        return found[0] if any(w in tables.target_prepositions for w in window) else None
    return None


def _vagueness(number: _Number, metric: Metric) -> float:
    """Return what the wording of a number costs in confidence."""
    cost = 0.1 if metric is Metric.COUNT else 0.0
    if number.article:
        return cost + 0.15
    return cost + (0.1 if number.qualifier is Qualifier.ABOUT else 0.0)


def _figures_of(
    tok: Tokens,
    tables: FigureTables,
    cands: list[_Candidate],
    idx: int,
    found: _Resolved,
    raw: str,
    offset: int,
    breakdown: bool,
) -> list[FoundFigure]:
    """Return the figures of one resolved candidate (one for each subject of a list)."""
    cand = cands[idx]
    number = cand.number
    floor = cands[idx - 1].span_end if idx else 0
    provisional = _provisional(tok, tables, cand, floor)
    revision = cand.revision or _revision(tok, tables, cand, floor)
    start = tok.start[cand.span_start]
    end = tok.end[max(cand.span_end, number.tok_end) - 1]
    number_end = tok.end[number.tok_end - 1]
    text = raw[tok.start[number.tok_start] - offset : number_end - offset]
    subjects = [(found.subject, end)]
    if cand.extra:
        subjects = [(s, tok.end[e - 1]) for s, e in cand.extra]
    figures = [
        FoundFigure(
            start=start,
            end=max(subj_end, number_end),
            metric=found.metric,
            subject=subj,
            low=number.low,
            high=number.high,
            qualifier=number.qualifier,
            text=text,
            confidence=found.confidence,
            part_of=found.part_of,
            revision=revision,
            provisional=provisional,
            among=cand.among,
            breakdown=breakdown,
            bare_whole=_bare_whole(tok, tables, cand),
        )
        for subj, subj_end in subjects
    ]
    if _all_of_the_attackers(tok, tables, cand, found):
        # "All five attackers were killed": "all" makes the number the whole group's, so
        # it is also the attackers' count.
        count = replace(figures[0], metric=Metric.COUNT, confidence=0.6, among=False)
        figures.append(replace(count, implied=True))
    apposed = _apposed_whole(tok, tables, cand, found)
    if apposed is not None:
        # "Two people, both of them police officers, were killed": the people are police.
        figures.append(replace(figures[0], subject=apposed, confidence=0.6))
    fate = _coordinated_fate(tok, tables, cand, found)
    if fate is not None:
        # "three gunmen stormed the ward and were killed": the count's own fate.
        figures.append(replace(figures[0], metric=fate, confidence=0.6))
    return figures


def _apposed_whole(
    tok: Tokens, tables: FigureTables, cand: _Candidate, found: _Resolved
) -> Subject | None:
    """Return the narrower subject an aside gives the whole group, if one does.

    "Two people, both of them police officers, were killed", "five victims, all of them
    Okvaran soldiers, ...": the aside names who all of the people are, a figure of its
    own with the same number. "almost all of them" names most of them only: none.
    """
    number = cand.number
    if found.subject is not Subject.PEOPLE or cand.extra or number.low != number.high:
        return None
    lower = tok.lower
    k = max(cand.subj_end, number.tok_end)
    if k >= len(lower) or lower[k] != ",":
        return None
    relative = tables.whole_relatives.match(lower, k + 1)
    if relative is None or lower[relative[1] - 1] != "them":
        return None
    group = _noun_group(tok, tables, relative[1], join=False)
    if group is None or group.subject is None or group.subject is Subject.PEOPLE:
        return None
    closed = group.end < len(lower) and lower[group.end] == ","
    return group.subject if closed else None


def _bare_whole(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether ``cand`` is a number of no noun quantified as a whole ("all three")."""
    number = cand.number
    if cand.subject is not None or cand.inherit or cand.part or number.low != number.high:
        return False
    at = number.tok_start
    whole = tables.whole_quantifiers.match(tok.lower, at) is not None
    whole = whole or tables.whole_quantifiers.match_ending(tok.lower, at, 3) is not None
    return whole or (at > 0 and tok.lower[at - 1] == "the")


def _coordinated_fate(
    tok: Tokens, tables: FigureTables, cand: _Candidate, found: _Resolved
) -> Metric | None:
    """Return the metric of a second, coordinated predicate of a count of attackers.

    "Three gunmen stormed the ward, which <...>, and were killed", "two bombers attacked
    the gate and blew themselves up", "and were arrested": the same number is also the
    attackers killed (arrested). The second verb must be passive or a self-killing, with no
    number between ("and killed 20 people" is what they did; "and two were killed" another
    figure).
    """
    number = cand.number
    if found.metric is not Metric.COUNT or cand.extra or not tables.countable(found.subject):
        return None
    if number.low is None or number.low != number.high:
        return None
    lower = tok.lower
    start = max(cand.span_end, cand.subj_end, number.tok_end)
    for k in range(start, min(len(lower) - 1, start + _LONG_ASIDE)):
        word = lower[k]
        if word in _CLAUSE_BREAKS or _is_number_word(tables, lower, k):
            return None
        if _self_killing_joined(lower, tables, k):
            return Metric.KILLED  # ", killing themselves and a guard", ", then blew up"
        if word == ",":
            relative = tables.whole_relatives.match(lower, k + 1)
            if relative is not None:
                # "three gunmen took part, all of whom were killed": the whole group's fate.
                return _fate_of_group(lower, tables, relative[1])
        if word in ("and", "but"):
            # "... were wearing suicide vests but were killed"
            return _fate_after_and(lower, tables, k + 1)
        if _killed_them(lower, tables, k):
            return Metric.KILLED
    return None


def _self_killing_joined(lower: list[str], tables: FigureTables, k: int) -> bool:
    """Say whether a self-killing follows the comma or "and" at ``k``, or a joiner there.

    ", killing themselves", "and blew themselves up", ", then detonated their vests",
    ", where they set off their vests": one more predicate of the same attackers.
    """
    if lower[k] not in (",", "and"):
        return False
    joiner = tables.self_killing_joiners.match(lower, k)
    ends = [k + 1] if joiner is None else [k + 1, joiner[1]]
    return any(tables.self_killing.match(lower, e) is not None for e in ends)


def _fate_of_group(lower: list[str], tables: FigureTables, k: int) -> Metric | None:
    """Return the casualty metric of the predicate at ``k`` across linking words."""
    if tables.self_killing.match(lower, k) is not None:
        return Metric.KILLED
    return _verb_metric(lower, tables, k, k + 1 + _VERB_FILLERS)


def _verb_metric(lower: list[str], tables: FigureTables, start: int, stop: int) -> Metric | None:
    """Return the casualty metric of the first verb from ``start``, before ``stop``.

    Only linking words may stand before the verb ("were later killed"); a count's verb
    ("numbered") is no casualty metric.
    """
    for p in range(start, min(len(lower), stop)):
        verb = tables.metrics.match(lower, p)
        if verb is not None:
            return verb[0] if verb[0] is not Metric.COUNT else None
        if tables.linking.match(lower, p) is None:
            return None
    return None


def _whole_relative(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether the figure's metric is told of its whole group in a relative clause.

    "there were three gunmen involved, all of whom were killed": the number is the group's,
    so it is also the attackers' count.
    """
    lower = tok.lower
    for k in range(cand.subj_end, min(cand.span_end, len(lower) - 1)):
        if lower[k] == "," and tables.whole_relatives.match(lower, k + 1) is not None:
            return True
    return False


def _killed_them_later(tok: Tokens, tables: FigureTables, cand: _Candidate) -> _After | None:
    """Return the killing of "them" that ends a count of attackers with no verb of its own.

    "three gunmen made a last stand before commandos killed them", "two attackers held out
    until troops killed them": the attackers' own verb counts nothing, and "them" are they.
    No other group may be named between them and the killers ("... held the guests before
    police killed them" leaves who died unsaid), nor a number or a clause break.
    """
    number, lower = cand.number, tok.lower
    if not tables.countable(cand.subject) or number.low is None or number.low != number.high:
        return None
    named: list[int] = []
    for k in range(cand.subj_end, min(len(lower) - 1, cand.subj_end + _LONG_ASIDE)):
        if lower[k] in _CLAUSE_BREAKS or _is_number_word(tables, lower, k):
            return None
        if _killed_them(lower, tables, k):
            if any(end != k for end in named):
                return None
            verb = tables.metrics.match(lower, k)
            return None if verb is None else (Metric.KILLED, k, verb[1] + 1, True)
        noun = tables.subjects.match(lower, k)
        if noun is not None:
            named.append(noun[1])
    return None


def _killed_them(lower: list[str], tables: FigureTables, k: int) -> bool:
    """Say whether a killing of "them" stands at ``k``: "... before commandos killed them"."""
    verb = tables.metrics.match(lower, k)
    if verb is None or verb[0] is not Metric.KILLED:
        return False
    return verb[1] < len(lower) and lower[verb[1]] == "them"


def _fate_after_and(lower: list[str], tables: FigureTables, k: int) -> Metric | None:
    """Return the metric of a passive or a self-killing opening the predicate at ``k``."""
    if tables.self_killing.match(lower, k) is not None:
        return Metric.KILLED
    if k >= len(lower) or lower[k] not in tables.passive_markers:
        return None
    return _verb_metric(lower, tables, k + 1, k + 1 + _VERB_FILLERS)


def _all_of_the_attackers(
    tok: Tokens, tables: FigureTables, cand: _Candidate, found: _Resolved
) -> bool:
    """Say whether a casualty figure of attackers is quantified as their whole group."""
    number = cand.number
    if found.metric is Metric.COUNT or cand.extra or cand.part or cand.other:
        return False
    if not tables.countable(found.subject) or number.low is None or number.low != number.high:
        return False
    at = number.tok_start
    # "all" read as the number's qualifier, or left before it ("all the three gunmen").
    quantified = tables.whole_quantifiers.match(tok.lower, at) is not None
    if quantified or tables.whole_quantifiers.match_ending(tok.lower, at, 3) is not None:
        return True
    # "police killed the five attackers": the definite object of the verb is the group
    # named before, all of it.
    if at > 1 and tok.lower[at - 1] == "the" and cand.span_start < at - 1 and cand.direct:
        return True
    return _whole_relative(tok, tables, cand)


def fuller_nouns(text: str, tables: FigureTables) -> list[tuple[int, str, Subject]]:
    """Return where ``text`` names a fuller noun of an inherited head, that head and its subject.

    News names a group in full once ("police cadets", "army recruits") and then by its bare
    head ("N cadets were injured"): the bare head counts the group named before.
    """
    if tables.fuller_nouns is None:
        return []
    words = tables.lexicon.subject_words
    named = []
    for match in tables.fuller_nouns.finditer(text):
        phrase = " ".join(match.group(0).lower().split())
        named.append((match.start(), phrase.rsplit(" ", 1)[1], Subject(words[phrase])))
    return named


def inherit_subjects(
    found: list[FoundFigure],
    text: str,
    named: list[tuple[int, str, Subject]],
    tables: FigureTables,
) -> list[FoundFigure]:
    """Give a figure counting a bare inherited head the subject of its fuller noun before it.

    Only a figure that kept the bare head's own subject changes ("cadets" alone are people),
    so a figure whose own words named the group keeps its reading.
    """
    if not named or tables.bare_heads is None:
        return found
    words = tables.lexicon.subject_words
    out = []
    for fig in found:
        match = tables.bare_heads.search(text, fig.start, fig.end)
        head = match.group(0).lower() if match else None
        own = Subject(words.get(head, Subject.PEOPLE)) if head else None
        before = [s for at, h, s in named if h == head and at < fig.start]
        if before and fig.subject is own and before[-1] is not own:
            fig = replace(fig, subject=before[-1])
        out.append(fig)
    return out


def attackers_counted(
    found: list[FoundFigure], counts: Collection[tuple[int | None, int | None]]
) -> list[FoundFigure]:
    """Give a bare whole group of people the attackers' subject when they were so counted.

    "Three men carried out the attack ... All three were shot dead by police": a number
    with no noun, quantified as a whole ("all three", "the three"), that equals a count of
    attackers the document gave before is that group, so its death or wounds are the
    attackers'. An arrest keeps its people (suspects are people until shown otherwise).
    """
    out = []
    for fig in found:
        counted = (fig.low, fig.high) in counts and (fig.low or 0) > 1
        fate = fig.metric in (Metric.KILLED, Metric.WOUNDED) and fig.subject is Subject.PEOPLE
        if fig.bare_whole and counted and fate:
            fig = replace(fig, subject=Subject.MILITANTS)
        out.append(fig)
    return out


def casualties_as_dead(
    before: FoundFigure, fig: FoundFigure, text: str, tables: FigureTables
) -> bool:
    """Say whether ``fig``, of "others" wounded, shows a casualty toll ``before`` it were dead.

    "The number of casualties has risen to 53. More than 60 others were injured": the
    injured are others than the 53, so the 53 are the dead. Only an exact or lower-bound
    toll of the same subject, with no toll of the dead between them.
    """
    if before.metric is not Metric.CASUALTIES or fig.metric is not Metric.WOUNDED:
        return False
    if before.subject is not fig.subject or fig.start <= before.end:
        return False
    words = [w.strip(",.") for w in text[fig.start : fig.end].lower().split()]
    others = {*tables.lexicon.other_words, *tables.lexicon.additive_words}
    # "more than 60" is a bound, not "60 more".
    return any(
        w in others and nxt != "than" for w, nxt in zip(words, [*words[1:], ""], strict=True)
    )


def whole_before(
    figures: list[FoundFigure], metric: Metric | None, subject: Subject, low: int | None
) -> int | None:
    """Return the index of the last whole figure a part ("were among the dead") belongs to.

    The whole has the same metric, a subject containing the part's, and room for it.
    """
    for idx in range(len(figures) - 1, -1, -1):
        whole = figures[idx]
        if whole.part_of is not None or whole.among or whole.metric is not metric:
            continue
        if not whole.subject.contains(subject):
            continue
        if whole.high is not None and low is not None and whole.high < low:
            continue
        return idx
    return None


def _provisional(tok: Tokens, tables: FigureTables, cand: _Candidate, floor: int) -> bool:
    """Say whether a cue near the figure gives it as early or incomplete.

    The cue may stand up to ``_PROVISIONAL`` tokens before the figure (not before the
    figure ahead of it: "initially said 30") or just after it ("15 dead so far"); a toll
    dated by a time before it is provisional too ("by noon the toll stood at 40").
    """
    lower = tok.lower
    first = max(floor, cand.span_start - _PROVISIONAL)
    last = min(len(lower), max(cand.span_end, cand.number.tok_end) + 3)
    if any(tables.provisional.match(lower, j) is not None for j in range(first, last)):
        return True
    if _opening_cue(tok, tables, cand):
        return True
    if _rise_told_after(lower, tables, max(cand.span_end, cand.number.tok_end)):
        return True
    # "by noon the toll stood at 40 (dead)": a time opener, then a toll, before the number.
    at = cand.number.tok_start
    for j in range(max(floor, min(at, cand.span_start) - _PROVISIONAL), at):
        opener = tables.toll_time.match(lower, j)
        if opener is not None and any(
            tables.tolls.match(lower, k) is not None for k in range(opener[1], at)
        ):
            return True
    return False


def _opening_cue(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a cue opening the sentence gives all of its first clause as early.

    "Initial reports from the Okvar district hospital spoke of 25 dead and 52 injured",
    "So far, 30 have died and 50 were hurt": the cue is the clause's subject or its frame,
    however long the words between; a clause break or a contrast ("but", "later") ends it.
    """
    lower = tok.lower
    found = tables.provisional.match(lower, 0)
    if found is None:
        return False
    between = lower[found[1] : cand.number.tok_start]
    return not any(w in _CLAUSE_BREAKS or w in _CUE_ENDS for w in between)


_CUE_ENDS = frozenset({"but", "later", "now", "while", "whereas", "then"})


# How far after a figure, in its sentence, a count told as still rising makes it early.
_RISING_REACH = 25
_RISING = frozenset({"rise", "climb", "increase", "grow", "go", "up", "higher"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _rise_told_after(lower: list[str], tables: FigureTables, start: int) -> bool:
    """Say whether the figure's sentence goes on to say the count may rise.

    "20 soldiers were wounded, the sources said, adding that the toll may rise": a count
    still rising when it was given is an early one, which a later, higher one updates.
    """
    for j in range(start, min(len(lower), start + _RISING_REACH)):
        if lower[j] in _SENTENCE_ENDS:
            return False
        found = tables.provisional.match(lower, j)
        if found is not None and lower[found[1] - 1] in _RISING:
            return True
    return False


# How far after a toll noun a cue may tell that the count will rise ("the number of
# dead, officials fear, will rise").
_FORETOLD_REACH = 6


# Typographic variants folded as tokens are compared, one character for one.
_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2010": "-", "\u2011": "-"})


def _foretold_gate(cues: Collection[str], gates: Collection[str] | None) -> re.Pattern[str] | None:
    """Return a pattern of the words one of which a sentence needs to foretell a rise.

    The rising cues and the tokens the ongoing cues need (see :meth:`PhraseTable.gates`),
    to find at once, in a whole folded document, the sentences worth reading for either;
    None when the ongoing cues cannot be ruled out by a token.
    """
    if gates is None:
        return None
    words = sorted({w.lower().translate(_SAME_LENGTH) for w in (*cues, *gates)}, key=len)
    return re.compile("|".join(re.escape(w) for w in reversed(words)) or "(?!)")


def foretold_hits(text: str, tables: FigureTables) -> list[tuple[int, int]] | None:
    """Return where a document holds a word one of which a sentence needs to foretell a rise.

    Found once in the whole text, so that only the sentences a hit overlaps are read by
    :func:`rise_foretold` and :func:`attack_ongoing` (a sentence either reads so holds a
    word of the gate, and a hit overlaps it). None where the gate cannot say, or where the
    text folds to another length (a soft hyphen) and offsets would not hold.
    """
    gate = tables.foretold_gate
    folded = text.lower().translate(_SAME_LENGTH)
    if gate is None or len(folded) != len(text) or "\u00ad" in text:
        return None
    return [m.span() for m in gate.finditer(folded)]


def rise_foretold(text: str, tables: FigureTables) -> Metric | None:
    """Return the metric of a toll a sentence says will or may still rise, if it does.

    "Officials fear the death toll will rise", "the number of wounded could be higher":
    a text that says so gives its counts of that metric from there on as early ones,
    which a larger count completes (a sentence's own figure before the cue is read by
    :func:`_provisional`).
    """
    lower = text.lower()
    if not any(cue in lower for cue in tables.rising_cues):
        return None
    words = tokenize(text).lower
    for j in range(len(words)):
        toll = tables.tolls.match(words, j)
        if toll is None:
            continue
        metric, end = toll
        for k in range(end, min(len(words), end + _FORETOLD_REACH)):
            if words[k] in _SENTENCE_ENDS:
                break
            cue = tables.provisional.match(words, k)
            if cue is not None and words[cue[1] - 1] in _RISING:
                return Metric(metric)
    return None


def attack_ongoing(text: str, tables: FigureTables) -> bool:
    """Say whether a sentence tells the attack as still going on.

    "Eighteen hours into the Zelvan prison attack, forces are still trying to bring the
    situation under control": the counts a text gives from there on are early ones.
    """
    if not tables.ongoing.may_occur(text):
        return False
    words = tokenize(text).lower
    return any(tables.ongoing.match(words, j) is not None for j in range(len(words)))


def _revision(tok: Tokens, tables: FigureTables, cand: _Candidate, floor: int) -> bool:
    """Say whether a cue before the number gives the figure as an update.

    Cues: "later said 80", "an updated toll", "the toll now stands at 70"; the toll's
    earlier value ("raised the death toll from 11 to 14") is none.
    """
    lower = tok.lower
    if (
        tables.toll_earlier.match_ending(
            lower, cand.number.tok_start, longest=tables.toll_earlier.longest
        )
        is not None
    ):
        return False
    first = max(floor, cand.span_start - _PROVISIONAL)
    return any(
        tables.revision_cues.match(lower, j) is not None
        for j in range(first, cand.number.tok_start)
    )


def _no_figure(tok: Tokens, tables: FigureTables, cands: list[_Candidate], idx: int) -> bool:
    """Say whether a number with a subject but no metric of its own counts no casualties.

    It does not when it names a group's strength, a speaker ("..., a police officer
    said") or an apposition the figure before stepped over ("two Austrians, a doctor and
    his wife, were kidnapped").
    """
    cand = cands[idx]
    if cand.number.zero or (cand.subject is None and not cand.listed):
        return True
    if _group_strength(tok, tables, cand) or _speaker(tok, tables, cand):
        return True
    at = cand.number.tok_start
    return any(c.subj_end <= at < c.reach for c in cands[:idx])


def _no_claim(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a resolved figure is left out: vague, a speaker, one person named, a place."""
    return (
        cand.number.vague
        or _article_speaker(tok, tables, cand)
        or _named_member(tok, tables, cand)
        or _place_relative(tok.lower, cand)
    )


# Prepositions of a relative clause of place ("one at which", "two in which").
_PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "near", "inside", "outside"})


def _place_relative(lower: list[str], cand: _Candidate) -> bool:
    """Say whether a bare number stands for places: a relative clause of place follows it.

    "attacked two churches, including one at which a service was held": a person is told
    by "who" or "of whom", a place by "at which".
    """
    k = cand.number.tok_end
    if cand.subject is not None or k + 1 >= len(lower):
        return False
    return lower[k] in _PLACE_PREPOSITIONS and lower[k + 1] == "which"


# Words between a verb of being and the "one of" it predicates ("was not one of").
_PREDICATE_ADVERBS = frozenset({"not", "also", "only", "just", "still", "probably", "likely"})
_BEING = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s"})


def _named_member(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether "one of ..." is said of someone the sentence names, no count of one.

    "Velka was one of the five shot dead", "he is not one of those arrested", "Dunmar was
    confirmed to be one of the suspects killed": the predicate places a person already
    named in a group; it adds nobody to a toll. "Among the dead was one of the gunmen"
    (the verb of being opens an inverted clause) and "one of them was killed" still count.
    """
    number, lower = cand.number, tok.lower
    at = number.tok_start
    if lower[at] != "one" or number.tok_end >= len(lower) or lower[number.tok_end] != "of":
        return False
    k = at - 1
    while k >= 0 and lower[k] in _PREDICATE_ADVERBS:
        k -= 1
    hedge = tables.predicate_hedges.match_ending(lower, k + 1, longest=4)
    if hedge is not None:
        k = hedge[1] - 1  # "confirmed to be one of"
    elif k < 0 or lower[k] not in _BEING:
        return False
    return "among" not in lower[max(0, k - _LINKING) : k]


def _rival_cue(lower: list[str], tables: FigureTables, at: int, end: int) -> bool:
    """Say whether the bare number at ``at:end`` is said by another or set against one.

    "... while the ministry said six." closes its clause; "253 and not 359 as reported in
    media": the contrast needs no end of clause.
    """
    if tables.rival_openers.match_ending(lower, at, longest=2) is not None:
        return True
    if lower[at - 1] not in tables.reporting:
        return False
    return end >= len(lower) or lower[end] in _CLAUSE_BREAKS or lower[end] in (",", ")")


def _article_speaker(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether "a"/"an" and a noun name who speaks, whatever metric came before.

    "100 people were killed and a hospital official said 120": no official was killed.
    """
    return cand.number.article and _speaker(tok, tables, cand)


_PERFECT = frozenset({"has", "have", "had"})


def _speaker(tok: Tokens, tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a figure without a metric of its own names who speaks, not a victim.

    The subject is followed by a verb of saying, directly or past a name or an aside
    ("a police officer said", "two officials, speaking on condition of anonymity, said"),
    in a simple or a perfect tense ("a police commander has said").
    """
    lower = tok.lower
    j = cand.subj_end
    if j < len(lower) and lower[j] in _ASIDES:
        close = _aside_end(tok, tables, j)
        j = close if close is not None else j
    while j < len(lower) and tok.text[j][:1].isupper() and j - cand.subj_end < 4:
        j += 1
    if j + 1 < len(lower) and lower[j] in _PERFECT:
        j += 1  # "a police commander has said": a perfect tense of saying
    return j < len(lower) and lower[j] in tables.reporting


def _elliptic(lower: list[str], tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a bare number stands for the subject just named ("and 14 wounded")."""
    # "and 14 wounded", "killed 15 soldiers and captured 10"
    at = cand.span_start
    return (
        cand.direct
        and at > 0
        and lower[at - 1] in tables.conjunctions
        and cand.number.qualifier is not Qualifier.RANGE
    )


def _opens_elliptic(tables: FigureTables, cand: _Candidate) -> bool:
    """Say whether a bare number opening the sentence stands for the last subject named.

    "Four attackers were killed. One was captured alive.": a passive metric, no qualifier.
    """
    number = cand.number
    return (
        cand.direct
        and number.tok_start == 0
        and cand.span_start == 0
        and not number.vague
        and not number.zero
        and number.qualifier is Qualifier.EXACT
    )


def _joined(tables: FigureTables, lower: list[str], end: int, start: int) -> bool:
    """Say whether tokens ``end:start`` only join two figures ("and", ",", "or")."""
    return 0 <= start - end <= 2 and all(w in tables.conjunctions for w in lower[end:start])


def _bracketed_parts(lower: list[str], cands: list[_Candidate]) -> None:
    """Make a figure in brackets or after a colon right after a toll a part of it.

    "31 were killed (24 civilians and 7 policemen)", "left 1,233 people dead: 978
    militants, 168 soldiers and 87 civilians": the list breaks the toll down; its first
    item is a part, and ``_chain_parts`` makes the items joined to it parts.
    """
    for prev, cand in pairwise(cands):
        at = cand.number.tok_start
        if cand.metric is not None or cand.subject is None or prev.metric is None:
            continue
        if prev.metric is not Metric.COUNT and lower[at - 1] in ("(", ":"):
            cand.part = cand.part or max(prev.subj_end, prev.span_end) == at - 1


def _chain_parts(tables: FigureTables, lower: list[str], cands: list[_Candidate]) -> None:
    """Make the figures joined to a part parts too: "including 13 staff and 10 patients"."""
    for idx in range(1, len(cands)):
        prev, cand = cands[idx - 1], cands[idx]
        if prev.part and cand.metric is None and not cand.part:
            cand.part = cand.chained = _listed(tables, lower, prev.subj_end, cand.number.tok_start)


def _whole_of_part(cand: _Candidate, out: list[FoundFigure]) -> int:
    """Return the index of the whole a part belongs to: the figure before, or its whole."""
    before = len(out) - 1
    whole = out[before].part_of
    return whole if cand.chained and whole is not None else before


def _breakdown(tables: FigureTables, lower: list[str], cands: list[_Candidate]) -> set[int]:
    """Return the figures of a list that names one subject twice: parts of a total.

    "killed 11 Marines, one soldier and one corpsman" breaks down a total of soldiers;
    no item of it is that total.
    """
    out: set[int] = set()
    for idx in range(1, len(cands)):
        prev, cand = cands[idx - 1], cands[idx]
        if (
            cand.subject is not None
            and cand.subject is prev.subject
            and _joined(tables, lower, prev.subj_end, cand.number.tok_start)
        ):
            out.update((idx - 1, idx))
    return out


def _clause_metrics(
    tok: Tokens, tables: FigureTables, cands: list[_Candidate]
) -> list[Metric | None]:
    """Return, for each figure without a metric of its own, the metric of its clause.

    The clause metric is that of a figure it is joined to: the next one ("three soldiers
    and two civilians were killed"), else the previous one ("killing 5 soldiers and 3
    civilians"). Metrics pass along a chain of joined figures.
    """
    lower = tok.lower
    out: list[Metric | None] = [c.metric if c.metric is not Metric.COUNT else None for c in cands]
    _added_metrics(tables, lower, cands, out)
    if cands and cands[0].metric is None and _fronted_whole(tables, lower, cands[0]):
        # "Of the nine gunmen, seven were killed": the group fronted is the whole the
        # next figure is taken from, not a list with it; attackers named so are a count.
        out[0] = Metric.COUNT if tables.countable(cands[0].subject) else None
        cands[0].metric = out[0]
    for idx in range(len(cands) - 2, -1, -1):
        cand, nxt = cands[idx], cands[idx + 1]
        if out[idx] is None and _listed(tables, lower, cand.subj_end, nxt.number.tok_start):
            out[idx] = out[idx + 1]
    for idx in range(1, len(cands)):
        cand, prev = cands[idx], cands[idx - 1]
        if out[idx] is None and _listed_after(tables, lower, prev, cand):
            out[idx] = out[idx - 1]
            # "killed 15 soldiers in the north and 19 in the south": the same subject.
            cand.listed = cand.subject is None and not _joined(
                tables, lower, prev.subj_end, cand.number.tok_start
            )
            cand.inherit = cand.inherit or cand.listed
    return out


def _listed(tables: FigureTables, lower: list[str], end: int, start: int) -> bool:
    """Say whether tokens ``end:start`` join two figures of one list.

    Only a conjunction ("and", ","), or one that closes a short phrase with no verb and no
    number: a place ("15 people at a bar and 19 at a restaurant") or an item of the list
    that is no figure ("20 tourists, a Tunisian and a policeman").
    """
    return _joined(tables, lower, end, start) or _phrase_listed(tables, lower, end, start)


def _phrase_listed(tables: FigureTables, lower: list[str], end: int, start: int) -> bool:
    """Say whether a short phrase and a conjunction alone part two listed figures.

    A name's acronym in brackets inside the phrase ("of the Okvara Corps (OC) and") is a
    gloss of the name, no word of the phrase.
    """
    inner = _without_glosses(lower, end + 1, start - 1)
    if not 1 < len(inner) + 1 <= 5 or lower[start - 1] not in tables.conjunctions:
        return False
    if lower[end] != "," and lower[end] not in tables.postmodifier_prepositions:
        return False
    return all(_list_filler(tables, lower, k) for k in inner)


def _without_glosses(lower: list[str], start: int, end: int) -> list[int]:
    """Return the tokens ``start:end`` less each one-word gloss in brackets ("( oc )")."""
    out: list[int] = []
    k = start
    while k < end:
        if lower[k] == "(" and k + 2 < end and lower[k + 2] == ")":
            k += 3
            continue
        out.append(k)
        k += 1
    return out


def _listed_after(
    tables: FigureTables, lower: list[str], prev: _Candidate, cand: _Candidate
) -> bool:
    """Say whether ``cand`` repeats the kind of the figure ``prev`` before it.

    A list ("and 19 at a restaurant"), or a bare rival figure a second speaker gives with
    the verb of saying only ("62 people had died, but the Red Cross said 68").
    """
    start = cand.number.tok_start
    if _listed(tables, lower, prev.subj_end, start):
        return True
    if prev.span_end > prev.subj_end and _phrase_listed(tables, lower, prev.span_end, start):
        # "Five people were killed in the capital and 20 in the provinces"
        return True
    end = max(prev.subj_end, prev.span_end, prev.reach)
    # The rival closes its clause: "witnesses said four were involved" is no rival.
    said = lower[start - 1] in tables.reporting and _rival_cue(
        lower, tables, start, cand.number.tok_end
    )
    if cand.subject is not None or start - end > 8 or not said:
        return False
    return all(
        w == "," or _list_filler(tables, lower, k)
        for k, w in enumerate(lower[end : start - 1], end)
    )


def _list_filler(tables: FigureTables, lower: list[str], k: int) -> bool:
    """Say whether token ``k`` may stand in a short phrase between two listed figures."""
    word = lower[k]
    if not word.isalpha() or word in tables.aux or word in tables.relative:
        return False
    return tables.metrics.match(lower, k) is None and tables.tolls.match(lower, k) is None


def _fronted_whole(tables: FigureTables, lower: list[str], cand: _Candidate) -> bool:
    """Say whether ``cand`` is the group of a partitive fronted before a comma ("Of the 9 X,")."""
    start, end = cand.number.tok_start, cand.subj_end
    if lower[0] not in tables.fronted_partitives or end >= len(lower):
        return False
    return lower[end] == "," and lower[1:start] in (["the"], ["the", "total"], ["those"])


def _added_metrics(
    tables: FigureTables, lower: list[str], cands: list[_Candidate], out: list[Metric | None]
) -> None:
    """Give a figure added to the one before ("..., plus 5 attackers") that figure's metric."""
    for idx in range(1, len(cands)):
        if out[idx] is not None or cands[idx].subject is None:
            continue
        k = cands[idx].number.tok_start
        if k > 0 and lower[k - 1] in tables.lone_articles:
            k -= 1  # "in addition to the four bombers"
        joiner = tables.additive_joiners.match_ending(lower, k, longest=3)
        if joiner is None:
            continue
        start = joiner[1]
        while start > 0 and lower[start - 1] == ",":
            start -= 1
        prev = cands[idx - 1]
        end = max(prev.span_end, prev.subj_end)
        if out[idx - 1] is not None and (start <= end or _place_gap(tables, lower, end, start)):
            out[idx] = _added_metric(out, idx, cands[idx].subject)


def _place_gap(tables: FigureTables, lower: list[str], end: int, start: int) -> bool:
    """Say whether the words from ``end`` to ``start`` are only a place or time phrase.

    "Seven people died at two churches in Velka along with the four bombers": the phrase
    after the verb ends its clause no more than a comma does.
    """
    if start - end > _ASIDE or lower[end] not in tables.postmodifier_prepositions:
        return False
    for k in range(end, start):
        word = lower[k]
        if word in _CLAUSE_BREAKS or word in tables.aux or word in tables.reporting:
            return False
        if word[0].isdigit() or tables.number_words.match(lower, k) is not None:
            return False
        if tables.metrics.match(lower, k) is not None:
            return False
    return True


def _added_metric(out: list[Metric | None], idx: int, subject: Subject | None) -> Metric | None:
    """Return the metric a figure added after figure ``idx - 1`` takes from the figures before.

    "Nine gunmen were killed and several arrested, as well as four policemen": security
    forces added to a chain are its victims, not its arrests; they take the casualty metric
    of the chain before the arrests.
    """
    metric = out[idx - 1]
    if metric is not Metric.ARRESTED or subject is None:
        return metric
    if not Subject.SECURITY_FORCES.contains(subject):
        return metric
    for before in reversed(out[: idx - 1]):
        if before in (Metric.KILLED, Metric.WOUNDED):
            return before
    return metric
