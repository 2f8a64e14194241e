"""One document read: its main event, its background events, and which claims each holds.

May import: :mod:`.places`, :mod:`.dates`, :mod:`.targets`, :mod:`.mentions` and
:mod:`.words`, and the extract, vocab and models modules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from claimrecon.events.dates import _DateReading
from claimrecon.events.mentions import (
    _BOUND_SENTENCES,
    _FOLLOW_UP,
    _HITS,
    _RECENT,
    _SPILL,
    _WEEK,
    Window,
    _ClauseFacts,
    _Cues,
    _definite,
    _kinds_agree,
    _Mention,
    _near,
    _overlap,
    _rank,
    _shifted,
    _Target,
    _window_of,
)
from claimrecon.events.places import _PlaceReading
from claimrecon.events.targets import _TargetReading
from claimrecon.events.words import _patterns, _phrases, _words
from claimrecon.extract import (
    Sentence,
    date_window,
    doc_context,
    list_item_bounds,
    relative_clause_date,
    statement_dates,
    weekday_gives_way,
)
from claimrecon.models import (
    AttributionClaim,
    DatePrecision,
    DateRef,
    Document,
    EventKind,
    FigureClaim,
)
from claimrecon.vocab import Lexicon

_Claim = FigureClaim | AttributionClaim


@dataclass(frozen=True)
class _Relation:
    """How a clause's cues stand to the document's main event, and what they teach of it."""

    joins: bool | None
    """True: the main event; False: another event; None: the cues do not say."""
    target: _Target | None = None
    """A target the main event takes: it had none, or only a kind ("the airstrike")."""
    dates: bool = False
    """Whether a recent date of the cues may date an undated main event."""


# The parts of a day an attack that runs into the next begins in: "Friday evening".
_EVENING = re.compile(r"\b(?:evening|night|late)\b", re.IGNORECASE)

# "after" in a headline: what follows it came first.
# Where a lead text's clauses part: "toll rises to 29; jets strike camps".
_CLAUSES = re.compile(r"\s*;\s*")

_HEADLINE_AFTER = re.compile(r"\s+after\s+", re.IGNORECASE)

# "a similar assault", "an earlier attack": an attack like the one reported, not it.
_LIKE_ANOTHER = re.compile(r"\b(?:[Aa]n?\s+(?:similar|earlier|previous|prior)|another)\b")

_COMPARISONS = (
    "reminiscent of",
    "similar to",
    "akin to",
    "comparable to",
    "compared to",
    "compared with",
    "recalling",
    "echoing",
)
"""Words that compare a clause's event with another: the event they name is not this one."""

_COMPARES = re.compile(_phrases(_COMPARISONS), re.IGNORECASE)

# Where a clause ends: what a lead sentence tells after a distance runs to it.
_CLAUSE_END = re.compile(r";|\s+(?:while|whereas)\b")


# What joins an attack word to the site it hit: "the attack on a", "the siege of the Zelva".
_OF_TOLD = re.compile(
    r"\s+(?:on|at|of|against|in)\s+(?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)

# "A week after" may be a day or so either way: its week's window starts this far before.
_LOOSE_WEEK = dt.timedelta(days=3)

# Dates too coarse to tell the few days an undated report's news is of.
_COARSER_THAN_DAYS = frozenset({DatePrecision.SEASON, DatePrecision.YEAR})


# A time late in a day, told next to the day: "11:10 pm Monday", "late on Friday".
_LATE = re.compile(r"\b(?:evening|night|late|midnight)\b|\d\s*(?:pm|p\.m\.)(?!\w)", re.IGNORECASE)


def _nearest(targets: list[_Target], a: int, b: int) -> _Target | None:
    """Return the target a claim at ``a..b`` (clause offsets) names: over it, after, before."""
    target = next((t for t in targets if t.start < b and a < t.end), None)
    target = target or next((t for t in targets if t.start >= b), None)
    return target or next((t for t in reversed(targets) if t.end <= a), None)


def _vague_joins(cues: _Cues, hint: _Mention) -> bool:
    """Say whether cues with no target and no date join the background event pointed to."""
    return (
        cues.target is None
        and cues.window is None
        and not hint.main
        and (not cues.places or bool(set(cues.places) & set(hint.places)))
    )


def _same_background(mention: _Mention, label: str | None, cues: _Cues) -> bool:
    """Say whether cues tell a background mention already made: its target, time or place."""
    window, own = cues.window, _window_of(mention)
    if label is None and mention.target is not None and not cues.new_event:
        # "A January 2016 attack at a hotel ... the attackers in the 2016 massacre": a
        # dated event told again as known ("the"), with no target, is the one told.
        return window is not None and own is not None and _overlap(window, own)
    if label is not None or mention.target is not None:
        # One site told twice a day apart ("attacked the hotel on Saturday", "a week after
        # militants killed 22 at a hotel"): a siege runs overnight and a distance is told
        # roughly, so days next to each other are one event at one named site.
        named = label == mention.target or _named_beside(mention, label, cues)
        return named and (window is None or own is None or _near(window, own, _SPILL))
    if window is not None or own is not None:
        return _overlap(window, own)
    return bool(set(cues.places) & set(mention.places))


def _named_beside(mention: _Mention, label: str | None, cues: _Cues) -> bool:
    """Say whether a clause names a background mention's target beside its own, one kind.

    "attacked a bus convoy ... and shot dead four": a clause that names the mention's
    target beside another ("bus" and "convoy") tells the same event; "an airstrike during
    the operations" tells two kinds, two events.
    """
    return (
        label is not None
        and mention.target in cues.labels
        and (cues.kind or EventKind.OTHER) is mention.kind
    )


# "a day earlier", "two days before", "a week earlier": a distance with no date of its own.
# "an earlier attack", "previous bombings", "past attacks": another event told as before.
_PAST = re.compile(r"\b(?:earlier|previous|prior|past)\b", re.IGNORECASE)


# "Eight hours after", "Hours after", "A day after": a sentence opening on a distance.
_OPENING_AFTER = re.compile(
    r"(?:(?:just|only|some|about)\s+)?(?:\w+\s+)?(?:hours?|days?|weeks?)\s+after\b",
    re.IGNORECASE,
)


_EARLIER = re.compile(
    r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven)\s+(?P<u>days?|weeks?)\s+"
    r"(?:earlier|before)\b(?!\s+(?:the|a|an|its|their|his|her)\b)",
    re.IGNORECASE,
)


# A relative clause after a comma: ", which claimed", ", who carried out".
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who)\s+")


class _Reader(_PlaceReading, _DateReading, _TargetReading):
    """Read one document's cues and assign its claims to mentions."""

    def __init__(self, document: Document, lexicon: Lexicon) -> None:
        self.document = document
        self.lexicon = lexicon
        self.lex = lexicon.events
        self.ctx = doc_context(document, lexicon)
        self.patterns = _patterns(lexicon)
        words = _words(lexicon)
        self.not_places = words.not_places
        self.suffixes = words.suffixes
        self.weak = words.weak
        self.speakers = words.speakers
        self.adjective_of = words.adjective_of
        self.words = words
        self._dates: dict[int, list[DateRef]] = {}
        self._target_cache: dict[tuple[int, int, int], list[_Target]] = {}
        self._place_cache: dict[int, tuple[list[str], bool]] = {}
        self._clause_cache: dict[tuple[int, int, int], _ClauseFacts] = {}
        self.told_at: list[str] = []
        """The places of the first sentence naming one whose claim joined the main event."""
        self.dateline = self._dateline()
        self.all_places: set[str] = set()
        for sentence in self.ctx.sentences:
            self.all_places.update(self._sentence_places(sentence)[0])
        named = self.all_places | set(self.within(self.all_places))
        self.dateline_only = frozenset(p for p in self.dateline if p not in named)
        self.all_places.update(self.dateline)
        self.mentions: list[_Mention] = []
        self.main = self._main()

    def _main(self) -> _Mention:
        main = _Mention(doc=self.document.id, key=-1, main=True)
        texts: list[str] = []
        title = self.document.title
        first_line = self.ctx.sentences[0].text if self.ctx.sentences else ""
        if title and title.strip() not in first_line:
            texts.append(self._without_prior(title))
        lead = [(s, self._lead_dates(s)) for s in self.lead()]
        main.date = self._lead_date(lead)
        main_window = _window_of(main)
        for sentence, dates in lead:
            own = self._own_dates(sentence, dates)
            if own and not any(_overlap(date_window(d), main_window) for d in own):
                continue  # the sentence is about another time
            texts.append(self._lead_sentence_text(sentence, title))
        texts = self._without_answers(texts)
        kind, implied, located = self._read_lead(main, texts, title)
        main.date = self._began_before(main.date, main.target)
        main.last_weekday = self._last_weekday(main.date)
        main.places = self._order_places(located, main.places) or self._lead_countries(texts)
        main.sites = self._site_names(texts)
        main.siege = self._told_as_siege(texts)
        main.kind = implied or self._story_kind(texts) or kind or EventKind.OTHER
        self.mentions.append(main)
        return main

    def _own_dates(self, sentence: Sentence, dates: list[DateRef]) -> list[DateRef]:
        """Return the dates of what a lead sentence tells, less those of what followed.

        A toll's change ("rose to 57 on Friday") dates the count, not the sentence; a
        period's bound ("mourning from today") dates the aftermath.
        """
        return [
            d
            for d in dates
            if not self._development(sentence, d) and not self._period_edge(sentence, d)
        ]

    def _without_answers(self, texts: list[str]) -> list[str]:
        """Return the lead texts less their clauses that tell only strikes answering its attack.

        Strikes told with no toll of their own answer the lead's attack when told as such
        ("Jets launch retaliatory strikes on camps") or when the lead tells the attack as
        owned or with its toll, on a target no strike is told to hit ("the group claimed
        the attack on a bus" beside "Jets pound militant camps").
        """
        clauses = [(text, _CLAUSES.split(text)) for text in texts]
        answers = self._answers(texts, [c for _, parts in clauses for c in parts])
        if not answers:
            return texts
        kept: list[str] = []
        for text, parts in clauses:
            rest = [c for c in parts if c not in answers]
            if len(rest) == len(parts):
                kept.append(text)  # the very text: the headline is known by it
            elif rest:
                kept.append("; ".join(rest))
        return kept

    def _answers(self, texts: list[str], clauses: list[str]) -> list[str]:
        """Return the clauses of the lead that tell strikes answering its attack."""
        answers = [c for c in clauses if self._answer_only(c)]
        if not answers:
            return []
        struck = {t.label for text in answers for t in self._targets(text)}
        if any(self._owned_attack(text) - struck for text in texts):
            return answers
        if not any(EventKind.ATTACK in self._told_kinds(text) for text in texts):
            return []
        return [c for c in answers if self.patterns.answer.search(c)]

    def _told_kinds(self, text: str) -> set[EventKind]:
        kinds = {self._kind_of(m) for m in self.patterns.kind.finditer(text)}
        kinds |= {self._target_kind(t) for t in self._targets(text)}
        return {k for k in kinds if k is not None}

    def _owned_attack(self, text: str) -> set[str]:
        """Return what an attack told with its toll or as claimed or blamed hit."""
        if EventKind.ATTACK not in self._told_kinds(text):
            return set()
        if not (self.patterns.toll_word.search(text) or self.patterns.owned.search(text)):
            return set()
        return {t.label for t in self._targets(text) if t.label not in self.lex.target_kinds}

    def _answer_only(self, text: str) -> bool:
        """Say whether a text tells only strikes, with no toll of their own."""
        if self._told_kinds(text) != {EventKind.STRIKE}:
            return False
        return not self.patterns.toll_word.search(text)

    def _told_as_siege(self, texts: list[str]) -> bool:
        """Say whether the lead tells an event that runs for days: "the siege", "hostages"."""
        return any(self.patterns.siege.search(text) for text in texts)

    def _last_weekday(self, ref: DateRef | None) -> bool:
        """Say whether a date is a weekday told as "last <weekday>"."""
        if ref is None or ref.span is None or ref.precision is not DatePrecision.DAY:
            return False
        if ref.text.lower() not in self.lexicon.dates.weekdays:
            return False
        before = self.document.text[max(0, ref.span.start - 6) : ref.span.start].split()
        return bool(before) and before[-1].lower() in ("last", "past")

    def _lead_date(self, lead: list[tuple[Sentence, list[DateRef]]]) -> DateRef | None:
        """Return the main event's date from the lead: its dates, else a distance back."""
        return self._main_date(lead) or self._after_distance(lead)

    def _lead_sentence_text(self, sentence: Sentence, title: str | None) -> str:
        """Return what a lead sentence tells of the main event: less what came before it."""
        text = sentence.text
        if sentence.index == 0 and title and text.strip() == title.strip():
            text = self._without_prior(text)  # the headline opens the text
        text = self._without_plotted(text)
        return self._without_motives(self._without_earlier(self._without_response(text)))

    def _without_plotted(self, text: str) -> str:
        """Return a lead sentence less an earlier attack a person is told by.

        "The mastermind of the Okvara school attack has claimed the attack on a
        university": the school attack names the man; the attack told after it is the
        news. One told alone ("the mastermind behind the attack on the university has
        been arrested") is the news itself.
        """
        plotter = self.patterns.plotter.search(text)
        if plotter is None:
            return text
        named = self.patterns.kind.search(text, plotter.end())
        if named is None or self.patterns.kind.search(text, named.end()) is None:
            return text
        return text[: plotter.end()] + " " * (named.end() - plotter.end()) + text[named.end() :]

    def _without_prior(self, title: str) -> str:
        """Return a headline less an earlier attack it tells the news after.

        "Gunmen Storm Zelva Base After Okvara Market Bombing": a headline that tells an
        attack before "after" and another after it tells the first as its news; "Toll
        Rises After Okvara Bombing" tells the bombing itself.
        """
        after = _HEADLINE_AFTER.search(title)
        if after is None or not self.patterns.kind.search(title, 0, after.start()):
            return title
        if not self.patterns.kind.search(title, after.end()):
            return title
        if self._response_to(title[: after.start()], title[after.end() :]):
            return title[after.end() :]
        return title[: after.start()]

    def _without_motives(self, text: str) -> str:
        """Return a lead sentence less the reasons it gives for the attack.

        "carried out in retaliation for an operation in the tribal region": the region is
        the grievance's place, not the attack's.
        """
        return self.patterns.motive.sub(" ", text)

    def _without_earlier(self, text: str) -> str:
        """Return a lead sentence less an earlier event told after a distance.

        "The raid came a week after gunmen killed 129 in <city>": the place and target of
        the earlier event are not the main event's. One that opens the sentence ("A week
        after gunmen killed 19 at a resort, tourists return") is the main event itself,
        and "two days after the attack" refers back to it.
        """
        opening = _OPENING_AFTER.match(text)
        if opening is not None and self._opens_on_other(text, opening.end()):
            return text[text.index(",", opening.end()) + 1 :]
        for match in self.patterns.interval.finditer(text):
            if match.start() == 0 or match.group("dir").lower() != "after":
                continue
            head = text[match.end() : match.end() + 40]
            kind = self.patterns.kind.search(head)
            if kind is not None and _definite(head, kind.start()):
                continue
            end = _CLAUSE_END.search(text, match.end())
            return text[: match.start()] + (text[end.start() :] if end else "")
        return text

    def _opens_on_other(self, text: str, at: int) -> bool:
        """Say whether an opening "Hours after the Zelva attack, ..." names another town's.

        The phrase up to the comma names an attack by its town; the rest names only other
        towns: the attack the sentence tells is there, the one it dates by is not.
        """
        comma = text.find(",", at)
        if comma < 0:
            return False
        phrase = text[at:comma]
        kind = self.patterns.kind.search(phrase)
        if kind is None or not _definite(phrase, kind.start()):
            return False
        named, rest = self._places(phrase)[0], self._places(text[comma + 1 :])[0]
        return bool(named and rest) and not set(named) & set(rest)

    def _after_distance(self, lead: list[tuple[Sentence, list[DateRef]]]) -> DateRef | None:
        """Date a main event told only as a distance back: "A week after gunmen killed 19".

        A lead of no date that opens on a distance in time ("Two days after ...",
        "A week after ...") tells the event that far before its statement or publication:
        a day for days, a week's window for weeks.
        """
        for sentence, _ in lead[:2]:
            match = self.patterns.interval.match(sentence.text)
            if match is None or match.group("dir").lower() != "after":
                continue
            said = [d for d in statement_dates(self.ctx, sentence) if _rank(d) == 0]
            base = said[0].value if said else self.document.published
            if base is None:
                return None
            anchor = DateRef(text=match.group(0), value=base, precision=DatePrecision.DAY)
            moved = self._moved_by(anchor, match)
            if moved.precision is DatePrecision.DAY and match.group("u").lower().startswith("week"):
                # "a week after" is told loosely: the days around it.
                start = _shifted(moved.value, -_LOOSE_WEEK) if moved.value else None
                return moved.model_copy(update={"value": start, "precision": DatePrecision.PERIOD})
            return moved
        return None

    def _began_before(self, date: DateRef | None, target: str | None) -> DateRef | None:
        """Return the day the main event began, when the lead dates it by a later day.

        "Saturday's attack ... Gunmen stormed the cafe Friday evening": a siege told by the
        day it ended began late on an earlier day, up to a few days before, told with the
        main event's target (or "Friday night's siege") in a clause that tells no other
        event.
        """
        if date is None or date.value is None or _rank(date) != 0:
            return date
        best = date
        for sentence in self.ctx.sentences[:_BOUND_SENTENCES]:
            for ref in self._sentence_dates(sentence):
                if (
                    ref.value is not None
                    and _rank(ref) == 0
                    and dt.timedelta(0) < date.value - ref.value <= _FOLLOW_UP
                    and ref.value < (best.value or ref.value)
                    and self._tells_main_on(sentence, ref, target)
                ):
                    best = ref
        return best

    def _tells_main_on(self, sentence: Sentence, ref: DateRef, target: str | None) -> bool:
        """Say whether a day is told with the main event: its target or "Friday's siege"."""
        if ref.span is None or self._pluperfect(sentence, ref) or self._recalled(sentence, ref):
            return False
        rel = ref.span.start - sentence.start
        if not _EVENING.search(sentence.text, max(0, rel - 8), ref.span.end - sentence.start + 12):
            return False  # only an attack that began late in a day runs into the next
        if self._possessive(sentence, ref):
            return not self._tells_new(sentence.text[:rel])
        if not self._binds_event(sentence, ref) or target is None:
            return False
        start, end = self._clause(sentence, rel)
        targets = self._targets(sentence.text[start:end])
        return any(t.label == target and t.definite for t in targets)

    def _read_lead(
        self, main: _Mention, texts: list[str], title: str | None
    ) -> tuple[EventKind | None, EventKind | None, list[str]]:
        """Read the main event's target and places from the lead; return its kinds.

        Returns the first kind word, the kind a target implies ("an airstrike" says more
        than "bombs") and the places named with the target.
        """
        kind: EventKind | None = None
        implied: EventKind | None = None
        located: list[str] = []
        told = 0  # lead sentences read that tell the main event
        story = self._story_kind(texts)
        for text in texts:
            places = self._places(text)[0]
            if text is not title and told and self._opens_event(text, places, main.places):
                continue  # "A car bomb at a checkpoint in Damaturu ...": another event
            if text is not title and (kind or main.target or self._kind(text)):
                told += 1
            kind = kind or self._kind(text)
            targets = self._attack_targets(self._targets(text), story or kind)
            located = self._lead_text(main, text, targets, places, located)
            implied = implied or next(
                (k for k in map(self._target_kind, targets) if k is not None), None
            )
        return kind, implied, located

    def _lead_text(
        self,
        main: _Mention,
        text: str,
        targets: list[_Target],
        places: list[str],
        located: list[str],
    ) -> list[str]:
        """Take a lead text's targets, landmarks and places; return the places told with it."""
        located = self._take_target(main, targets, places, located)
        if any(t.label == main.target for t in targets):
            main.aliases |= self._landmarks(text)
        main.places.extend(p for p in places if p not in main.places)
        return located

    def _take_target(
        self, main: _Mention, targets: list[_Target], places: list[str], located: list[str]
    ) -> list[str]:
        """Give the main event its target from a lead text; return the places told with it."""
        if main.target is not None and any(t.label == main.target for t in targets):
            main.aliases |= {t.label for t in targets}
        if main.target is None:
            if targets:
                # What was hit names the event better than how: "an air strike on a
                # market" is the market's, as other reports will name it.
                hit = [t for t in targets if t.label not in self.lex.target_kinds]
                named = (hit or targets)[0]
                main.target, main.target_text = named.label, named.text
                main.aliases |= {t.label for t in targets}
                # The place named with the target is the event's ("the embassy in Kabul").
                return places
        elif not any(not self._is_country(p) for p in located) and any(
            t.label == main.target for t in targets
        ):
            return places  # "in Yemen" in the headline, "in Dahyan district" below
        return located

    def _opens_event(self, text: str, places: list[str], known: list[str]) -> bool:
        """Say whether a lead sentence tells a new event: a new place and "a bomb"."""
        if self.patterns.other.search(text):
            return True
        outside = bool(known) and self._outskirts_only(text)  # "a bomb went off outside X"
        if not outside and (not known or not any(p not in known for p in places)):
            return False  # no place yet, or none new: the main event told on
        if not outside and self._finer_than(places, known):
            return False  # "attacks in Zelvania" above "bombers struck Okvara": one place
        return any(
            not _definite(text, m.start()) for m in self.patterns.kind.finditer(text)
        ) or any(not t.definite and not self._of_told(text, t) for t in self._targets(text))

    def _finer_than(self, places: list[str], known: list[str]) -> bool:
        """Say whether places name only what known coarse places hold, at a finer level.

        A headline that names only the country ("bombers strike Zelvania") and a lead
        that names the town in it ("bombers struck Okvara") tell one place at two levels.
        """
        if not self.coarse_only(known):
            return False
        return all(p in known or self.inside(p, known) for p in places)

    def _of_told(self, text: str, target: _Target) -> bool:
        """Say whether a target is what an event already told hit: "the siege of a mill".

        A target that is the object of a definite attack word ("claimed the attack on a
        Zelvanian dam") names the site of that event, not a new one.
        """
        told = _OF_TOLD.search(text[max(0, target.start - 60) : target.start])
        if told is None:
            return False
        head = text[: target.start - len(told.group())]
        kinds = list(self.patterns.kind.finditer(head, max(0, len(head) - 30)))
        return bool(kinds) and kinds[-1].end() == len(head) and _definite(head, kinds[-1].start())

    def cues(self, sentence: Sentence, start: int, end: int) -> _Cues:
        """Return the cues for a claim spanning ``start..end`` (document offsets)."""
        rel, rel_end = start - sentence.start, max(start, min(end, sentence.end)) - sentence.start
        c_start, c_end = self._clause(sentence, rel)
        # "came a week after gunmen killed 129 in <city>": what follows the distance is
        # an earlier event, a clause of its own.
        told_after = self._told_after(sentence, c_start, rel)
        c_start = told_after or c_start
        motives = self._motives(sentence, rel)
        for a, b in motives:
            # A reason given for the attack ("in revenge for ...") is no part of its clause.
            c_start, c_end = (max(c_start, b), c_end) if b <= rel else (c_start, min(c_end, a))
        facts = self._clause_facts(sentence, c_start, c_end)
        # "attacks including a raid in 2009 and the killing of 12 monks in 2015": a claim in
        # one item of a list of dated attacks takes its target and date from its item alone
        # (the list, as a whole, tells what kind of events they are).
        item = list_item_bounds(sentence, self._claim_dates(sentence, rel), rel)
        if item is not None:
            c_start, c_end = max(c_start, item[0]), min(c_end, item[1])
        # What follows the distance was found to tell another event: told as separate; so
        # is what a sentence tells over months or years ("For five months, ...").
        long_span = bool(self.patterns.long_span.match(sentence.text))
        elsewhere = facts.elsewhere or told_after is not None or long_span
        targets = self._clause_targets(sentence, c_start, c_end)
        if not elsewhere:
            # An operation told with an attack is its response, unless told as separate.
            targets = self._attack_targets(targets, self.main.kind)
        target = _nearest(targets, rel - c_start, rel_end - c_start)
        date, in_clause = self._clause_date(sentence, rel, c_start, c_end, motives)
        places, fronted = self._motive_free_places(sentence, motives)
        return _Cues(
            date=date,
            target=target,
            kind=self._clause_kind(target, facts.kind, elsewhere),
            places=tuple(places),
            fronted_place=fronted,
            elsewhere=elsewhere,
            new_event=facts.new_event,
            aggregate=target is None and self._aggregate(facts, in_clause),
            outskirts=self._outskirts_only(sentence.text),
            past=long_span or (elsewhere and self._told_as_past(sentence.text[c_start:c_end])),
            # "a checkpoint outside the airport": the landmark names the site too.
            labels=frozenset(t.label for t in targets)
            | self._landmarks(sentence.text[c_start:c_end]),
        )

    def _told_as_past(self, clause: str) -> bool:
        """Say whether a clause tells its event as an earlier one: "a previous bombing"."""
        return any(self._kind_within(clause, m.end() + 1, 3) for m in _PAST.finditer(clause))

    def _motives(self, sentence: Sentence, rel: int) -> list[tuple[int, int]]:
        """Return the spans of reasons given in a sentence that do not hold ``rel``.

        "said the attack was revenge for the army's offensive in the tribal areas": what a
        reason names is a grievance, not another event, unless the claim is told in it.
        """
        spans = [m.span() for m in self.patterns.motive.finditer(sentence.text)]
        return [(a, b) for a, b in spans if not a <= rel < b]

    def _motive_free_places(
        self, sentence: Sentence, motives: list[tuple[int, int]]
    ) -> tuple[list[str], bool]:
        """Return a sentence's places (and whether one is fronted) outside its reasons."""
        if not motives:
            return self._sentence_places(sentence)
        text = sentence.text
        for a, b in motives:
            text = text[:a] + " " * (b - a) + text[b:]
        return self._places(text)

    def _clause_date(
        self,
        sentence: Sentence,
        rel: int,
        c_start: int,
        c_end: int,
        motives: list[tuple[int, int]] = [],  # noqa: B006 - never changed
    ) -> tuple[DateRef | None, list[DateRef]]:
        """Return a claim's date (its clause's first, else its sentence's) and its clause's.

        A date within a reason given for the attack ("in revenge for last month's raids")
        dates the grievance, not the claim.
        """
        dates = [
            d
            for d in self._claim_dates(sentence, rel)
            if (
                d.span is None
                or not any(a <= d.span.start - sentence.start < b for a, b in motives)
            )
            and not self._development(sentence, d)
        ]
        in_clause = [
            d
            for d in dates
            if d.span is not None and c_start <= d.span.start - sentence.start < c_end
        ]
        if in_clause and (moved := self._weekday_moved(sentence, c_start, in_clause)):
            return moved, [moved]
        if (then := self._time_told(sentence, rel, dates)) is not None:
            return then, [then]
        chosen = in_clause or dates
        # "no claim for Friday's attack, but the group claimed the similar bombing a week
        # earlier": a distance in the claim's own clause dates it, not another clause's day.
        if not in_clause and (relative := self._relative_date(sentence, c_start, c_end)):
            return relative, [relative]
        return self._as_the_lead(self._governing(sentence, rel, chosen)), in_clause

    def _time_told(self, sentence: Sentence, rel: int, dates: list[DateRef]) -> DateRef | None:
        """Return the date a claim's "when" clause tells of: the date just before it.

        "took place in the same market as the last attack, in January 2018, when 27 people
        were killed": the clause tells what happened at the date it follows, not at the
        sentence's first date. Only the last such date before the claim, with no other
        date between it and the claim.
        """
        text = sentence.text
        found: DateRef | None = None
        for ref in dates:
            if ref.span is None:
                continue
            end = ref.span.end - sentence.start
            if end > rel:
                break
            match = self.patterns.time_relative.match(text, end)
            found = ref if match is not None and match.end() <= rel else None
        return found

    def _weekday_moved(
        self, sentence: Sentence, c_start: int, in_clause: list[DateRef]
    ) -> DateRef | None:
        """Date an earlier event told after a week or more by the main event's day moved.

        "The attack came a week after a bomber struck a mosque during Friday prayers in
        Okvara": a bare weekday of the earlier event is read back from the main event,
        not from publication (which would make it the main event's own day).
        """
        if not all(self._bare_weekday(d) for d in in_clause):
            return None
        moved = self._main_moved(sentence, c_start)
        if moved is None or moved.value is None:
            return None
        if all(d.value is not None and (d.value - moved.value).days >= 7 for d in in_clause):
            return moved
        return None

    def _relative_date(self, sentence: Sentence, c_start: int, c_end: int) -> DateRef | None:
        """Date a clause of no date by a distance or by the main event's day.

        "the attack a day earlier", "came a week after ...", "around the same time".
        """
        return (
            self._days_earlier(sentence, c_start, c_end)
            or self._main_moved(sentence, c_start)
            or self._same_time(sentence, c_start, c_end)
            or self._prior_time(sentence)
        )

    def _prior_time(self, sentence: Sentence) -> DateRef | None:
        """Date a sentence opening on "During that time," by the sentence before's date.

        "... referring to the July 2018 attack. During that time, a van exploded at a
        checkpoint, killing 10": the time is the one just told, not the main event's.
        """
        match = self.patterns.prior_time.match(sentence.text)
        if match is None or sentence.index == 0:
            return None
        before = self._sentence_dates(self.ctx.sentences[sentence.index - 1])
        if not before:
            return None
        return before[0].model_copy(update={"span": None, "text": match.group()})

    def _days_earlier(self, sentence: Sentence, c_start: int, c_end: int) -> DateRef | None:
        """Date "the attack a day earlier" back from the story's day.

        A distance with no date of its own ("the attack a day earlier on a school", "the
        bombing two days before") counts back from the day of the sentence's statement
        ("the prosecutor said on Saturday that the attack a day before ..."), else from
        the main event's day.
        """
        match = _EARLIER.search(sentence.text, c_start, c_end)
        if match is None:
            return None
        said = [d for d in statement_dates(self.ctx, sentence) if _rank(d) == 0]
        main = said[0] if said else self.main.date if hasattr(self, "main") else None
        if main is None or main.value is None or _rank(main) != 0:
            return None
        n = match.group("n").lower()
        count = int(n) if n.isdigit() else self.lexicon.dates.number_words.get(n, 1)
        days = count * (7 if match.group("u").lower().startswith("week") else 1)
        return DateRef(
            text=match.group(0),
            value=main.value - dt.timedelta(days=days),
            precision=DatePrecision.DAY,
        )

    def _told_after(self, sentence: Sentence, c_start: int, rel: int) -> int | None:
        """Return where an earlier event told after a distance starts, before ``rel``.

        "The raid came a week after gunmen killed 129 people in <city>": the words after
        "a week after" tell another, earlier event; "two days after the attack" refers
        back to the main event and starts nothing.
        """
        found = None
        for match in self.patterns.interval.finditer(sentence.text, c_start, rel):
            if match.group("dir").lower() == "after" and self._tells_other(
                sentence.text[match.end() : self._clause(sentence, match.end())[1]]
            ):
                found = match.end()
        return found

    def _tells_other(self, told: str) -> bool:
        """Say whether words after a distance tell another event, not the main one again.

        Another event is one like it ("a similar attack on the hotel") or one told in a
        place the main event was not told in ("gunmen killed 129 in <city>"); "two days
        after the attack" or "after gunmen stormed the museum" in the main event's place
        tell it again.
        """
        if not hasattr(self, "main"):
            return False
        if any(self._kind_within(told, m.end() + 1, 2) for m in _LIKE_ANOTHER.finditer(told)):
            return True  # "launched a similar assault on the hotel": one like it, before
        main = self.main
        elsewhere = self._told_elsewhere(told)
        if elsewhere is not None:
            return elsewhere
        targets = self._targets(told)
        if main.target is not None and any(
            t.label == main.target or t.label in main.aliases for t in targets
        ):
            return False
        return main.target is not None and any(self._other_site(t.label) for t in targets)

    def _told_elsewhere(self, told: str) -> bool | None:
        """Say whether words after a distance tell an event in another place; None: no place.

        "a week after a bombing at a mosque in Okvara", the main one a mosque in Dunmar: a
        site of the same kind in another town is another event; unless the words name the
        main event's town too ("in Zelvania's Dunmar", a town the gazetteer does not know,
        told by its province).
        """
        main = self.main
        places = self._places(told)[0]
        known = {*main.places, *self.dateline}
        known |= self.within(known)
        if not places or not known or any(p in known for p in places):
            return None
        fine = [p for p in main.places if not self.coarse_only([p])]
        return not any(re.search(rf"\b{re.escape(p)}\b", told) for p in fine)

    def _same_time(self, sentence: Sentence, c_start: int, c_end: int) -> DateRef | None:
        """Date a clause told "around the same time" as the main event by the main event's day.

        "At least 14 were killed in another province around the same time": another
        event, but of the main event's day.
        """
        main = self.main.date if hasattr(self, "main") else None
        if main is None or main.value is None:
            return None
        match = self.patterns.same_time.search(sentence.text, c_start, c_end)
        if match is None:
            return None
        return main.model_copy(update={"span": None, "text": match.group()})

    def _other_site(self, label: str) -> bool:
        """Say whether a target names a site other than the main event's, nor part of it."""
        main = self.main
        own = {main.target, *main.aliases} - {None}
        related = self.words.related.get(label, frozenset())
        return label not in own and not (related & own)

    def _main_moved(self, sentence: Sentence, c_start: int) -> DateRef | None:
        """Date an earlier event told after a distance by the main event's day.

        "came a week after ...": the main event's day (else the publication day) moved
        back by the distance, when the sentence has no date of its own.
        """
        main = self.main.date if hasattr(self, "main") else None
        pub = self.document.published
        if (main is None or main.value is None or _rank(main) != 0) and pub is not None:
            # An undated main event is news of the days before publication.
            main = DateRef(text="(published)", value=pub, precision=DatePrecision.DAY)
        if main is None or main.value is None or _rank(main) != 0 or c_start == 0:
            return None
        match = self.patterns.interval.search(sentence.text, max(0, c_start - 40), c_start)
        if match is None or match.end() != c_start:
            return None
        anchor = main.model_copy(update={"span": None})
        moved = self._moved_by(anchor, match)
        return moved.model_copy(update={"text": match.group(0)})

    def _as_the_lead(self, ref: DateRef | None) -> DateRef | None:
        """Return the main event's date for a weekday the lead read a week apart.

        A report published on a Saturday that dates the attack "Saturday's attack" (a week
        back) means the same day by "Saturday's blasts" further down: one weekday name is
        one day in a document.
        """
        main = self.main.date if hasattr(self, "main") else None
        if (
            ref is None
            or main is None
            or ref.value is None
            or main.value is None
            or not (self._bare_weekday(ref) and self._bare_weekday(main))
        ):
            return ref
        if abs((ref.value - main.value).days) == 7:
            return main
        return ref

    def _governing(self, sentence: Sentence, rel: int, dates: list[DateRef]) -> DateRef | None:
        """Return the date that governs a claim: the first, unless it is a bare weekday.

        "the arrest on Friday of a man, one of the gunmen who killed 40 people in Lyon in
        March": the weekday told before the claim gives way to the nearest date
        after the claim that names a month or a year (a weekday is read relative to
        publication, an explicit date is not). One told before the claim ("a general
        slain in a drone strike in 2020, killing 103") dates a noun of its own.
        """
        told = relative_clause_date(sentence, dates, rel)
        if told is not None:
            # "the 2011 attack on a stadium that killed 41": the date of the noun it tells of.
            return told
        later = weekday_gives_way(self.lexicon, sentence, dates, rel)
        return later or (dates[0] if dates else None)

    def _words_of(self, ref: DateRef) -> list[str]:
        return re.findall(r"[a-z]+", ref.text.lower())

    def _bare_weekday(self, ref: DateRef) -> bool:
        """Say whether a date is told only by its weekday: "on Friday", "Tuesday's"."""
        weekdays = self.lexicon.dates.weekdays
        return any(w in weekdays for w in self._words_of(ref)) and not self._explicit(ref)

    def _explicit(self, ref: DateRef) -> bool:
        """Say whether a date names its month or year: "in November", "Nov. 13", "2015"."""
        months = self.lexicon.dates.months
        return bool(re.search(r"\d", ref.text)) or any(w in months for w in self._words_of(ref))

    def _clause_facts(self, sentence: Sentence, start: int, end: int) -> _ClauseFacts:
        """Return what a clause says, whichever of its claims is read: read once a clause.

        A run-on clause of hundreds of figures would otherwise be scanned again for each.
        """
        key = (sentence.index, start, end)
        found = self._clause_cache.get(key)
        if found is None:
            clause = sentence.text[start:end]
            found = self._clause_cache[key] = _ClauseFacts(
                elsewhere=bool(self.patterns.other.search(clause)),
                new_event=self._tells_new(clause),
                period=bool(
                    self._period(self.patterns.period, clause)
                    or self._period(self.patterns.since, clause)
                ),
                kind=self._kind(clause),
            )
        return found

    def _clause_kind(
        self, target: _Target | None, clause_kind: EventKind | None, elsewhere: bool
    ) -> EventKind | None:
        kind = self._target_kind(target) or clause_kind
        if kind is EventKind.OPERATIONS and self.main.kind in _HITS and not elsewhere:
            return None  # "a clearance operation was continuing": the response
        return kind

    def _tells_new(self, clause: str) -> bool:
        """Say whether a clause names an event as new: "a bomb", not "the siege"."""
        return any(not _definite(clause, m.start()) for m in self.patterns.kind.finditer(clause))

    def _aggregate(self, facts: _ClauseFacts, in_clause: list[DateRef]) -> bool:
        """Say whether a clause with no target counts over a period.

        A count over a period, or dated only by a year with no attack named in its clause
        ("In 2017, 3,438 civilians were killed").
        """
        year_only = bool(in_clause) and all(d.precision is DatePrecision.YEAR for d in in_clause)
        return facts.period or (year_only and facts.kind is None)

    def _follow_up(self, cues: _Cues, main_window: Window) -> bool:
        """Say whether a day shortly after the main event's tells more of it.

        "Security forces ended the siege on Wednesday" or "on Thursday the toll rose to
        50" after a Monday attack: a day within a few days after it, naming no target and
        no new event.
        """
        window = cues.window
        target = cues.target
        back = target is not None and self._refers_back(target)
        if window is None or (target is not None and not back) or cues.elsewhere:
            return False
        if cues.new_event and not back:
            return False
        if _rank(cues.date) != 0 or _rank(self.main.date) != 0:
            return False
        # A count told days later with no attack word nor place ("the ministry issued the
        # correction on Thursday, lowering the toll to 90") is the main event's all week.
        count_only = cues.kind is None and not cues.places and target is None
        return dt.timedelta(0) < window[0] - main_window[0] <= (_WEEK if count_only else _FOLLOW_UP)

    def _refers_back(self, target: _Target) -> bool:
        """Say whether a later clause's target tells the main event again, or its sequel.

        "ended the operation on Sunday": a back-reference is no new target; "raids have
        taken place" after an attack is the forces' response to it, told as its sequel.
        """
        return (
            target.label == self.main.target
            or (target.definite and target.label in self.lex.target_kinds)
            or (self.main.kind in _HITS and self._target_kind(target) is EventKind.OPERATIONS)
        )

    def relation(self, cues: _Cues) -> _Relation:
        """Say whether cues agree with the main event, point elsewhere, or neither.

        Changes nothing: what the answer teaches of the main event (its target, its date)
        comes with it, and :meth:`_learn` takes it.
        """
        main = self.main
        dated = self._date_relation(cues)
        if dated is not None:
            return dated
        target = cues.target
        foreign = self._foreign(cues)
        apart = target is None or target.label != main.target
        if cues.elsewhere and (apart or self._like_site_elsewhere(target, foreign)):
            return _Relation(False)
        if cues.new_event and (foreign or cues.outskirts) and apart:
            # "a similar attack on a nearby village in the north", "a car bomb exploded
            # outside the city": a new event elsewhere.
            return _Relation(False)
        if target is not None:
            found = self._target_relation(cues, target, foreign)
            if found is not None:
                return found
        return self._untargeted_relation(cues)

    def _date_relation(self, cues: _Cues) -> _Relation | None:
        """Say whether a clause's date alone sets it apart from the main event, or None."""
        window = cues.window
        main_window = _window_of(self.main)
        if window is not None and main_window is not None and not _overlap(window, main_window):
            # A later development of the main event ("the siege ended on Wednesday") is
            # still the main event; any other date is another event.
            return _Relation(self._follow_up(cues, main_window))
        if main_window is None and self._long_before(window):
            # A report of an undated main event ("the toll climbed to 20") tells news: a
            # clause dated years before it ("in 2028, a bombing killed 58") is another event.
            return _Relation(False)
        return None

    def _long_before(self, window: Window | None) -> bool:
        """Say whether a window ends well before the document was published."""
        pub = self.document.published
        return window is not None and pub is not None and window[1] < _shifted(pub, -_RECENT)

    @staticmethod
    def _like_site_elsewhere(target: _Target | None, foreign: bool) -> bool:
        """Say whether a clause told apart names a new site like the main one, elsewhere.

        "came a week after a bomber attacked a mosque in Okvara", the main event a mosque in
        Dunmar: a site of the same kind, new ("a mosque") and only in other places, is
        another site.
        """
        return foreign and target is not None and not target.definite

    def _learn(self, cues: _Cues, found: _Relation) -> bool | None:
        """Give the main event what a relation found of it; return whether cues join it.

        A clause that joins a main event of no target names it ("the airstrike" in the
        lead, "destroyed a hospital" below), and one that joins an undated main event
        dates it by a recent date of its own.
        """
        if found.target is not None:
            self.main.target, self.main.target_text = found.target.label, found.target.text
        if found.dates:
            self._adopt(cues)
        return found.joins

    def _foreign(self, cues: _Cues) -> bool:
        """Say whether the cues name only places the main event was not told in.

        "in Kismayo" in a report from Mogadishu.
        """
        known = {*self.main.places, *self.dateline}
        known |= self.within(known)
        return bool(cues.places and known) and not any(p in known for p in cues.places)

    def _target_relation(self, cues: _Cues, target: _Target, foreign: bool) -> _Relation | None:
        """Return the relation the clause's target decides, if it decides one."""
        main = self.main
        if main.target is None:
            return _Relation(True, target=target, dates=True)
        if self._is_main_target(target.label, cues, foreign):
            # "An air strike hit a bus at a busy market": what the main event hit.
            return _Relation(True, dates=True)
        if self._site_of_main(target, cues):
            # "the airstrike" in the lead, "destroyed a hospital" below: what it hit.
            return _Relation(True, target=target, dates=True)
        if target.definite and target.label in self.lex.target_kinds:
            # "the operation", "the raid": the main event referred back to.
            return _Relation(None if foreign else True)
        # "the police headquarters" in a report of an attack on a police station is
        # most likely the same event told again; "an army base" is a new one, and "a
        # restaurant" with no new attack, time or place is part of the main event.
        if not target.definite:
            if cues.new_event or foreign or cues.window is not None:
                return _Relation(False)
            return _Relation(None)
        return None

    def _site_of_main(self, target: _Target, cues: _Cues) -> bool:
        """Say whether a clause names the site of a main event known only by its kind.

        A main event whose target is what was done ("the air strike", "the raid") takes
        the first site a clause of the same time and place names as what it hit.
        """
        kinds = self.lex.target_kinds
        return (
            self.main.target in kinds
            and target.label not in kinds
            and not cues.elsewhere
            and bool(cues.places)
            and not self._foreign(cues)
        )

    def _untargeted_relation(self, cues: _Cues) -> _Relation:
        """Relate cues that no target decided, by their date or a fronted place."""
        main = self.main
        if cues.window is not None:
            if _window_of(main) is not None:
                return _Relation(True)
            # An undated lead tells news of the days just before the report: a clause
            # dated before them ("last Saturday") tells another event.
            recent = cues.date is not None and self._in_days_reported(cues.date)
            return _Relation(recent, dates=recent)
        if cues.fronted_place and cues.places:
            known = set(main.places)
            return _Relation(any(p in known for p in cues.places))
        return _Relation(None)

    def _is_main_target(self, label: str, cues: _Cues, foreign: bool) -> bool:
        """Say whether a clause's target is the main event's: the same, or told with it.

        A target named with the main one ("an air strike on a hospital"), or one that may
        name the same site ("the campus" of a college attack) is the main event's, unless
        the clause tells a new event in a place the main event was not told in.
        """
        main = self.main
        if label == main.target:
            return True
        if foreign:
            return False
        related = self.words.related.get(main.target or "", frozenset())
        return self._names_main(cues) or label in main.aliases or label in related

    def _names_main(self, cues: _Cues) -> bool:
        """Say whether the clause names the main event's target, or its kind of strike."""
        main = self.main.target
        if main is None:
            return False
        kinds = self.lex.target_kinds
        return main in cues.labels or (
            main in kinds and any(kinds.get(label) == kinds[main] for label in cues.labels)
        )

    def _adopt(self, cues: _Cues) -> None:
        """Date an undated main event by a recent date of a clause that joins it."""
        date = cues.date
        if self.main.date is None and date is not None and self._recent(date):
            sentence = self.ctx.sentence_at(date.span.start) if date.span is not None else None
            if sentence is None or not self._pluperfect(sentence, date):
                # "the group had warned in May of reprisals": told before the story, no date of it.
                self.main.date = date

    def absorb(self) -> None:
        """Fold into the main event the document's other events that may be it.

        Two events of one document whose dates agree (or one is undated), whose targets
        agree (or one names none), and whose places are the main event's are one event
        told in parts; one told as separate ("in a separate attack") stays apart, and so
        does one dated long before the publication of a report whose lead dates nothing.
        """
        main = self.main
        known = {*main.places, *self.dateline}
        known |= self.within(known)
        for mention in self.mentions:
            if mention.main or mention.distinct or not self._may_absorb(mention, known):
                continue
            main.claims.extend(mention.claims)
            mention.claims = []
            if main.date is None:
                main.date = mention.date
            main.target = main.target or mention.target
            main.target_text = main.target_text or mention.target_text

    def _may_absorb(self, mention: _Mention, known: set[str]) -> bool:
        """Say whether a background mention may be the main event told in parts."""
        main = self.main
        a, b = _window_of(mention), _window_of(main)
        if a is not None and b is not None and not _overlap(a, self._spilled(b)):
            return False
        if b is None and mention.date is not None and not self._in_days_reported(mention.date):
            return False  # an undated story told now, and an event before the days it tells
        if mention.target is not None and not self._one_site(main.target, mention.target):
            return False
        if not _kinds_agree(mention.kind, main.kind):
            return False
        if all(p in known for p in mention.places):
            return True
        return self._finer_place(mention, known) or self._nothing_apart(mention, known)

    def _nothing_apart(self, mention: _Mention, known: set[str]) -> bool:
        """Say whether a mention tells nothing that sets it apart from the main event.

        No date, no target, and no place but the main event's or ones the gazetteer
        does not know ("the base in Okvara" of a report of an attack on a base in
        Zelvania): a town it cannot place elsewhere is the main event's, told finer.
        """
        return (
            mention.date is None
            and mention.target is None
            and self.main.date is not None
            and all(p in known or self.unknown(p) for p in mention.places)
        )

    def _in_days_reported(self, ref: DateRef) -> bool:
        """Say whether a date falls in the days an undated main event may be in.

        A lead that dates nothing tells news of the days just before its statement or
        publication; an event told with an older date ("last Saturday", "a week ago")
        is another one, however recent. A season or a year that holds those days and
        months more ("attacks in 2016" in a report of New Year's Day) tells no day of them.
        """
        window = date_window(ref)
        if window is None or ref.precision in _COARSER_THAN_DAYS:
            return False
        reported = self._reported()
        return reported is None or _overlap(window, reported)

    def _finer_place(self, mention: _Mention, known: set[str]) -> bool:
        """Say whether a mention names the main event's place at a finer level.

        The lead names only the country or the province, a later sentence of the same day
        the town in it: one place told at two levels. A town the gazetteer does not know
        counts only in the very sentence that dated the main event.
        """
        main = self.main
        if main.date is None or mention.date is None or not main.places:
            return False
        if not self.coarse_only(main.places):
            return False
        dated_here = main.date.span is not None and main.date.span == mention.date.span
        return all(
            p in known or self.inside(p, main.places) or (dated_here and self.unknown(p))
            for p in mention.places
        )

    def _spilled(self, window: Window) -> Window:
        """Return the main event's window, run into the next day if it began late in one.

        "The attack began at 11 pm on Monday" and "killed 20 cadets here on Tuesday" tell
        one attack, as reports dated by either day do (see :meth:`_Mention.finish`).
        """
        ref = self.main.date
        if ref is None or ref.span is None or ref.precision is not DatePrecision.DAY:
            return window
        text = self.document.text
        if not _LATE.search(text, max(0, ref.span.start - 16), ref.span.end + 12):
            return window
        return (window[0], _shifted(window[1], _SPILL))

    def _one_site(self, main: str | None, other: str) -> bool:
        """Say whether a target is the main event's, or may name its site ("the campus")."""
        return main in (None, other) or other in self.words.related.get(main, frozenset())

    def background(self, cues: _Cues, hint: _Mention | None = None) -> _Mention:
        """Return the document's background mention for these cues, made if need be.

        ``hint`` is the event the sentence points to; cues that say nothing more than
        "elsewhere" join it.
        """
        label = cues.target.label if cues.target else None
        if hint is not None and _vague_joins(cues, hint):
            return hint
        for mention in self.mentions:
            if not mention.main and _same_background(mention, label, cues):
                if _rank(cues.date) < _rank(mention.date):
                    mention.date = cues.date
                return mention
        mention = _Mention(
            doc=self.document.id,
            key=len(self.mentions),
            main=False,
            date=cues.date,
            target=label,
            target_text=cues.target.text if cues.target else None,
            kind=cues.kind or EventKind.OTHER,
            places=list(cues.places),
            distinct=cues.elsewhere or (cues.new_event and cues.outskirts),
            past=cues.past,
        )
        self.mentions.append(mention)
        return mention

    def assign(self, claims: list[FigureClaim | AttributionClaim]) -> list[str]:
        """Assign the claims (sorted by offset) to mentions; return the aggregates."""
        by_sentence, unplaced = self._by_sentence(claims)
        aggregates: list[str] = []
        current = self.main
        paragraph = -1
        with_claims = {self.ctx.sentences[i].paragraph for i in by_sentence}
        for sentence in self.ctx.sentences:
            if sentence.paragraph not in with_claims:
                continue  # every paragraph starts on the main event: nothing to carry
            if sentence.paragraph != paragraph:
                paragraph, current = sentence.paragraph, self.main
            prior, current = current, self._pointed(sentence, current)
            for claim in by_sentence.get(sentence.index, []):
                if self._assign_claim(sentence, claim, current, prior):
                    aggregates.append(claim.id)
            if current is not self.main and _COMPARES.search(sentence.text):
                # "fears of an attack reminiscent of the 2009 siege": the older event the
                # sentence compares with is its own; the next sentence tells the story again.
                current = self.main
        self.main.claims.extend(c.id for c in unplaced)
        self.absorb()
        if not self.main.places:
            # A lead that names no place ("the chain of events at the gate on Thursday"):
            # the place its claims are told in ("health officials in Kabul said ...").
            self.main.places = self.told_at
        if self.main.date is None:
            self.main.reported = self._reported()
        self._date_separate_news()
        self._locate()
        return aggregates

    def _after_date(self, sentence: Sentence, claim: _Claim) -> bool:
        """Say whether "after" parts a claim from a date of its sentence."""
        rel = claim.span.start - sentence.start
        return any(self._after_between(sentence, d, rel) for d in self._sentence_dates(sentence))

    def _date_separate_news(self) -> None:
        """Date by the publication day an undated event told as separate news.

        "In a separate operation, nine suspects were detained in the coastal city": a
        development told apart from the main event, with no date of its own, is news of
        the day of the report.
        """
        pub = self.document.published
        if pub is None:
            return
        for mention in self.mentions:
            if mention.past:
                continue  # "an earlier attack in Zelva": before the report, day unknown
            if not mention.main and mention.distinct and mention.date is None:
                mention.date = DateRef(text="(published)", value=pub, precision=DatePrecision.DAY)

    def _frame_start(self, claim: _Claim) -> int:
        """Return where a claim's own clause starts: a relative clause its span runs into.

        "blamed the Velka Front, a group allied with the Dunmar Brigade, which claimed an
        earlier attack on the hotel in 2011": an attribution's span runs from the group's
        name to the words that tell its claim, and what it claims is told after the
        relative pronoun, in a clause of its own with its own date and event.
        """
        if not isinstance(claim, AttributionClaim):
            return claim.span.start
        ends = [m.end() for m in _RELATIVE_OPENING.finditer(claim.quote)]
        return claim.span.start + ends[-1] if ends else claim.span.start

    def _by_sentence(self, claims: list[_Claim]) -> tuple[dict[int, list[_Claim]], list[_Claim]]:
        """Return the claims by sentence index, and those in no sentence."""
        by_sentence: dict[int, list[_Claim]] = defaultdict(list)
        unplaced: list[_Claim] = []
        for claim in claims:
            sentence = self.ctx.sentence_at(claim.span.start)
            if sentence is None:
                unplaced.append(claim)
            else:
                by_sentence[sentence.index].append(claim)
        return by_sentence, unplaced

    def _pointed(self, sentence: Sentence, current: _Mention) -> _Mention:
        """Return the event a sentence points to as a whole, ``current`` if none."""
        whole = self.cues(sentence, sentence.start, sentence.start)
        if whole.aggregate:
            return current
        pointer = self._learn(whole, self.relation(whole))
        if pointer is True:
            return self.main
        if pointer is False:
            return self.background(whole)
        return current

    def _assign_claim(
        self, sentence: Sentence, claim: _Claim, current: _Mention, prior: _Mention
    ) -> bool:
        """Give a claim to its mention; say whether it is an aggregate instead.

        ``prior`` is the event before the sentence pointed elsewhere: a claim parted by
        "after" from the date the sentence pointed by ("a day of mourning on Thursday
        after blasts killed 95") follows it.
        """
        cues = self.cues(sentence, self._frame_start(claim), claim.span.end)
        if cues.aggregate:
            return True
        relation = self._learn(cues, self.relation(cues))
        if relation is None and cues.date is None and self._after_date(sentence, claim):
            current = prior
        joined = self.main if relation else current if relation is None else None
        if joined is not None:
            joined.claims.append(claim.id)
            if joined is self.main and not self.told_at:
                self.told_at = list(cues.places)
        else:
            self.background(cues, hint=current).claims.append(claim.id)
        return False
