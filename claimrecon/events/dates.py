"""When a document's events happened: the main event's date and the dates of claims.

May import: :mod:`.state`, :mod:`.mentions` and :mod:`.words`, and the extract, vocab and
models modules.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimrecon.events.mentions import (
    _BIND_AFTER,
    _BIND_BEFORE,
    _BOUND_SENTENCES,
    _FOLLOW_UP,
    _LEAD_SENTENCES,
    _RECENT,
    _REPORTED_WITHIN,
    Window,
    _definite,
    _overlap,
    _rank,
    _shifted,
)
from claimrecon.events.state import _ReaderState
from claimrecon.events.words import (
    _CLAUSE_BREAK,
    _COUNT_BY,
    _DATELINE,
    _FOLLOWING,
    _POSSESSIVE,
    _SINCE_BEFORE,
    _WORD,
    _continuation_pattern,
    _pluperfect_pattern,
)
from claimrecon.extract import (
    Sentence,
    date_window,
    find_dates,
    in_aside_after,
    is_stamp,
    statement_dates,
)
from claimrecon.models import DatePrecision, DateRef, EventKind, Span
from claimrecon.vocab import Lexicon, per_lexicon

_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that"})

_WORDS = re.compile(r"[A-Za-z]+")

_SEQUEL = re.compile(r"[\s,]+(?:after|following)\b", re.IGNORECASE)

# "the toll from the Monday attack", "the toll from the Independence Day bombing": a date
# right after "from", "in" or "of" (a determiner and a name between) names the attack the
# toll is of; "the number of suspects to 13 on Monday" dates the count.
_FROM = re.compile(r"\b(?i:from|in|of)(?:\s+(?i:the|a|an))?(?:\s+[A-Z][\w'-]*)?\s+$")


_WEEK = dt.timedelta(days=7)
"""The span of a date that can tell a bare weekday a week back: "last week", a day."""


@per_lexicon
def _revision_words(lexicon: Lexicon) -> frozenset[str]:
    """The words that tell a toll changed ("rose", "revised"), and "reached"."""
    return frozenset(w.lower() for w in (*lexicon.figures.revision_words, "reached"))


@per_lexicon
def _follow_up_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The words that tell what was done to suspects afterwards ("arrested", "caught")."""
    return frozenset(w.lower() for w in lexicon.dates.follow_up_verbs)


def _determined(text: str, at: int, *, named: bool) -> bool:
    """Say whether a determiner stands right before ``at`` ("the 2013 siege").

    With ``named``, a capitalised name of the day may stand between ("the Easter Sunday").
    """
    before = text[max(0, at - 30) : at].split()[-2:]
    if named and before and before[-1][:1].isupper() and before[-1].isalpha():
        before = before[:-1]
    return bool(before) and before[-1].lower() in _DETERMINERS


def _fronted_cause(text: str, start: int, kind: re.Match[str], rel: int) -> bool:
    """Say whether an attack word stands in a fronted "after" clause closed before a date.

    "After a night of carnage left 41 dead, there was little news on Wednesday": the
    date is of the main clause, not of the carnage; "after the bombing on Tuesday" keeps it.
    """
    return bool(_FOLLOWING.search(text, start, kind.start())) and "," in text[kind.end() : rel]


def _by_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` moved by ``months``, on the same day of the month where it exists."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return day
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# A superlative and "since" opening a clause: "the deadliest attack in the country since
# <another attack>". What follows is the event compared with, never the one reported.
_COMPARED_SINCE = re.compile(
    r"\b(?:the|its|their)\s+(?:single\s+)?(?:most\s+\w+|\w+est|worst|first)\b"
    r"[^;:.]{0,80}?\bsince\b[^;:]*$",
    re.IGNORECASE,
)

# How far before a period a record word ranks the event against it: "the deadliest attack
# on the army by gunmen from across the border in recent years" (the noun phrase between).
_RECORD_REACH = 100

# "after" opening a clause that may tell what answered the attack.
_RESPONSE_AFTER = re.compile(r"\s(?:after|following)\s", re.IGNORECASE)

# Where a clause told after "after" ends.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|as)\s|\s+(?:while|whereas)\b")

# How far before a date a toll verb may end: "killed late on" and the spaces between.
_TOLL_REACH = 40


class _DateReading(_ReaderState):
    """When a document's events happened: the main event's date and the dates of claims."""

    def _sentence_dates(self, sentence: Sentence) -> list[DateRef]:
        found = self._dates.get(sentence.index)
        if found is None:
            found = [d for d in find_dates(self.ctx, sentence) if d.resolved]
            if self.patterns.dateline.search(sentence.text) or is_stamp(sentence, found):
                found = []  # publication metadata, not an event's date
            self._dates[sentence.index] = found
        return found

    def _lead_dates(self, sentence: Sentence) -> list[DateRef]:
        """Return a lead sentence's dates, less a dateline's in news of a suspect's arrest.

        "Okvara, Nov 14 : the minister confirmed that the mastermind of the attack on the
        university has been arrested": the day the report was filed is the arrest's news,
        not the attack's, which may be weeks old.
        """
        return [d for d in self._sentence_dates(sentence) if not self._filed_on(sentence, d)]

    def _filed_on(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date is a dateline's in a sentence telling what befell suspects.

        Only news of an arrest, a charge or a sentence ("has been arrested"): a claim of
        "the earlier attack" under a dateline is news of the day filed.
        """
        line = _DATELINE.match(sentence.text)
        return (
            line is not None
            and ref.span is not None
            and ref.span.end - sentence.start <= line.end()
            and self._tells_follow_up(sentence)
        )

    def _recent(self, ref: DateRef) -> bool:
        window = date_window(ref)
        pub = self.document.published
        if window is None:
            return False
        if pub is None:
            return True
        return window[0] <= pub and pub - window[1] <= _RECENT

    def _main_date(self, lead: list[tuple[Sentence, list[DateRef]]]) -> DateRef | None:
        """Return the main event's date from the lead's dates."""
        dates = self._recent_dates(lead) or self._late_dates(lead)
        if not dates:
            return None
        first = date_window(dates[0])
        agreeing = [
            d
            for d in dates
            if _overlap(date_window(d), first)
            and (d is dates[0] or (not self._of_the_sequel(d) and not self._other_deed(d)))
        ]
        date = self._began(lead, dates[0], min(agreeing, key=_rank))
        return self._week_before(lead, self._refined(lead, date))

    def _recent_dates(self, lead: list[tuple[Sentence, list[DateRef]]]) -> list[DateRef]:
        """Return the lead's recent dates, those told with the attack first.

        A date told with the attack ("Tuesday's attack", "blasts in Kerman on Wednesday")
        comes before one told with something else ("little information on Wednesday");
        failing one in the lead, a few sentences below it that refers back ("Tuesday's
        attack").
        """
        dates = [d for s, own in lead for d in own if self._recent(d) and self._may_date(s, d)]
        bound = [d for s, own in lead for d in own if d in dates and self._binds_event(s, d)]
        bound = bound or self._back_references()
        return bound + [d for d in dates if d not in bound]

    def _response_to(self, told: str, prior: str) -> bool:
        """Say whether a text tells only a response to the attack another tells.

        "Zelvan Jets Strike Camps After Attack on Pilgrims": strikes or raids that kill
        no one, told after an attack, answer it; the attack is the news, the answer its
        sequel.
        """
        kinds = {
            self.lex.kind_words.get(" ".join(m.group().lower().split()))
            for m in self.patterns.kind.finditer(told)
        }
        if not kinds or kinds & {EventKind.ATTACK, EventKind.BATTLE, None}:
            return False
        if self.patterns.toll_word.search(told):
            return False
        first = self.patterns.kind.search(prior)
        return first is not None and self._kind_of(first) is EventKind.ATTACK

    def _kind_of(self, match: re.Match[str]) -> EventKind | None:
        return self.lex.kind_words.get(" ".join(match.group().lower().split()))

    def _without_response(self, text: str) -> str:
        """Return a lead sentence less the response to the attack it tells.

        "Jets struck camps where the gunmen behind an attack that killed 28 trained": the
        attack told with its toll after a response is the sentence's event; "gunmen
        killed 28 after jets struck their camps on Sunday": the response told after the
        attack is its sequel (or what came before), not the attack.
        """
        span = self._response_span(text)
        if span is None:
            return text
        return text[: span[0]] + " " + text[span[1] :]

    def _response_span(self, text: str) -> tuple[int, int] | None:
        """Return where a lead sentence tells a response to the attack it tells."""
        for match in self.patterns.kind.finditer(text):
            if self._kind_of(match) is not EventKind.ATTACK:
                continue
            rest = text[match.start() :]
            prefix = text[: match.start()]
            if self.patterns.toll_word.search(rest) and self._response_to(prefix, rest):
                return 0, match.start()
            after = _RESPONSE_AFTER.search(text, match.end())
            if after is not None:
                end = _CLAUSE_END.search(text, after.end())
                stop = end.start() if end else len(text)
                if self._response_to(text[after.end() : stop], text[match.start() :]):
                    return after.start(), stop
            return None
        return None

    def _in_response(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a lead's date is told with the response to the attack, not the attack."""
        span = self._response_span(sentence.text)
        if span is None or ref.span is None:
            return False
        return span[0] <= ref.span.start - sentence.start < span[1]

    def _may_date(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a lead's date may be the attack's: not of its past, a count or a period."""
        return not (
            self._pluperfect(sentence, ref)
            or self._recalled(sentence, ref)
            or self._count_by(sentence, ref)
            or self._development(sentence, ref)
            or self._since(sentence, ref)
            or self._period_edge(sentence, ref)
            or self._ran_until(sentence, ref)
            or self._in_response(sentence, ref)
        )

    def _period_edge(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date bounds a period told of a response: "mourning from today".

        "announced three days of mourning from today", "trains suspended until Monday":
        what runs from or to the date is the aftermath, not the attack. Not "from Monday's
        attack", which names the attack by its day.
        """
        if ref.span is None or self._possessive(sentence, ref):
            return False
        rel = ref.span.start - sentence.start
        return self.patterns.period_edge.search(sentence.text[max(0, rel - 12) : rel]) is not None

    def _ran_until(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date tells how long the attack went on: "continued into Monday".

        An attack that began late on one day and "continued into the early hours of" the
        next is dated by the day it began, which the lead tells elsewhere.
        """
        pattern = _continuation_pattern(self.lexicon.dates)
        if ref.span is None or pattern is None:
            return False
        rel = ref.span.start - sentence.start
        return pattern.search(sentence.text[max(0, rel - 60) : rel]) is not None

    def _since(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a month or year opens a period: "the bloodiest attack since 2015".

        What a period is counted or compared from is never the day of the attack told;
        nor is any date of the clause a superlative compares with ("the deadliest attack
        since 67 died in a siege at a mall last September").
        """
        if ref.span is None:
            return False
        before = sentence.text[: ref.span.start - sentence.start]
        if _COMPARED_SINCE.search(before):
            return True
        return _rank(ref) != 0 and bool(_SINCE_BEFORE.search(before))

    def _other_deed(self, ref: DateRef) -> bool:
        """Say whether a date is told with something done after the attack, not the attack.

        "The latest arrest was made on Sunday": a clause with no attack word, whose
        subject is another deed, dates that deed; a week's attack is not refined by it.
        """
        if ref.span is None:
            return False
        sentence = self.ctx.sentence_at(ref.span.start)
        if sentence is None:
            return False
        start, end = self._clause(sentence, ref.span.start - sentence.start)
        return self.patterns.kind.search(sentence.text, start, end) is None

    def _of_the_sequel(self, ref: DateRef) -> bool:
        """Say whether a date is of what followed the attack: "mourning on Monday after".

        A date right before "after" or "following" dates the sequel, never the attack.
        """
        if ref.span is None:
            return False
        sentence = self.ctx.sentence_at(ref.span.start)
        if sentence is None:
            return False
        end = ref.span.end - sentence.start
        return bool(_SEQUEL.match(sentence.text, end))

    def _development(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date is when a toll changed, not when the attack was.

        "The death toll from the attack on the museum rose to 23 on Friday": a revision
        word before the date in its clause, with no attack word between, dates the
        count; the attack came on or before it.
        """
        if ref.span is None:
            return False
        rel = ref.span.start - sentence.start
        start, _ = self._clause(sentence, rel)
        before = sentence.text[start:rel]
        last = None
        for match in _WORDS.finditer(before):
            if match.group().lower() in _revision_words(self.lexicon):
                last = match
        if last is None or self._possessive(sentence, ref):
            return False  # "raised the toll from last week's bombing": the attack's day
        between = before[last.end() :]
        return self.patterns.kind.search(between) is None and not _FROM.search(between)

    def _recalled(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date's clause recalls other attacks, not the one reported.

        "the group has been behind several attacks in recent years, including a bombing
        on a Sunday in a park": a list of past attacks or another event ("a separate
        attack on Friday") dates them, not the main event.
        """
        if ref.span is None:
            return False
        start, end = self._clause(sentence, ref.span.start - sentence.start)
        clause = sentence.text[start:end]
        return bool(self.patterns.period.search(clause) or self.patterns.other.search(clause))

    def _pluperfect(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date is told in the past of the story, in the past perfect.

        What a lead tells in the pluperfect happened before its main event ("the ministry
        had warned in March of threats to the port"), so it is no recent date of it.
        """
        if ref.span is None:
            return False
        pattern = _pluperfect_pattern(self.lexicon.dates)
        return bool(pattern.search(sentence.text[: ref.span.start - sentence.start]))

    def _late_dates(self, lead: list[tuple[Sentence, list[DateRef]]]) -> list[DateRef]:
        """Return the date of a lead with no recent date, or of a night before it.

        A piece written long after the event ("the July 31st attack", published in
        October): the lead's first date to the day or month stands for it; failing one, a
        date told with the attack at any precision ("an inquiry into a 2015 airstrike").
        """
        dated = self._older_dates(lead)[:1]
        named = [d for s, own in lead for d in own if self._attributive(s, d)][:1]
        return dated or self._overnight([s for s, _ in lead]) or named

    def _older_dates(self, lead: list[tuple[Sentence, list[DateRef]]]) -> list[DateRef]:
        """Return the lead's dates to the day or month that may date an older main event.

        Not a toll's change, nor what was told in the past perfect ("had called in
        December"). A lead that reports the attack as news of the day ("said on Friday it
        was responsible for an ongoing attack") dates by its statement, not by an older
        date of something else; "last October's bombing" still dates it.
        """
        dated = [
            d
            for s, own in lead
            for d in own
            if _rank(d) <= 1
            and not self._development(s, d)
            and not self._pluperfect(s, d)
            and not self._since(s, d)
            and not self._period_edge(s, d)
        ]
        if any(self._recent(r) for s, _ in lead for r in statement_dates(self.ctx, s)):
            dated = [d for d in dated if self._bound_anywhere(lead, d)]
        return dated

    def _bound_anywhere(self, lead: list[tuple[Sentence, list[DateRef]]], ref: DateRef) -> bool:
        """Say whether a lead's date is told with an attack word, in its own sentence."""
        return any(
            ref in own and (self._binds_event(s, ref) or self._possessive(s, ref))
            for s, own in lead
        )

    def _attributive(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date qualifies an attack noun: "a 2015 airstrike", "the 2013 siege".

        Not a year an attack is compared with ("the deadliest attack since 2009").
        """
        if ref.span is None:
            return False
        text = sentence.text
        at, end = ref.span.start - sentence.start, ref.span.end - sentence.start
        if not _determined(text, at, named=False) or text[end : end + 1] != " ":
            return False
        # The noun, or one modifier before it; one closing a phrase ("the 2015 attacks,")
        # may be a comparison's or a list's.
        return self._kind_within(text, end + 1, 2, spaced=True)

    def _kind_within(self, text: str, at: int, words: int, *, spaced: bool = False) -> bool:
        """Say whether an attack word starts at ``at`` or within the next ``words - 1`` words.

        With ``spaced``, only a word followed by white space counts.
        """
        for _ in range(words):
            match = _WORD.match(text, at)
            if self.patterns.kind.match(text, at) and (match is not None or not spaced):
                return True
            if match is None:
                return False
            at = match.end()
        return False

    def _week_before(self, lead: list[tuple[Sentence, list[DateRef]]], date: DateRef) -> DateRef:
        """Return a bare weekday of the publication day moved a week back when so told.

        "Saturday's attack" in a report published on a Saturday is today's attack or the
        last one; "last week's bombing" in the lead, told with an attack word, says which.
        A coarser date that happens to hold the day a week back ("last month, a bombing
        ...", in a report of a month's first days) says nothing of the weekday.
        """
        pub = self.document.published
        if pub is None or date.value != pub or date.span is None or _rank(date) != 0:
            return date
        if date.text.strip().lower() not in self.lexicon.dates.weekdays:
            return date
        back = pub - dt.timedelta(days=7)
        for sentence, own in lead:
            for ref in own:
                window = date_window(ref)
                if (
                    window is not None
                    and window[0] <= back <= window[1] < pub
                    and window[1] - window[0] < _WEEK
                    and (self._binds_event(sentence, ref) or self._possessive(sentence, ref))
                ):
                    return date.model_copy(update={"value": back})
        return date

    def _refined(self, lead: list[tuple[Sentence, list[DateRef]]], date: DateRef) -> DateRef:
        """Return a finer date the lead tells the attack on within a coarse main date.

        "killed in blasts in October ... In the attacks on October 14, a truck bomb
        exploded": a report written weeks later names the month first and the day below;
        the day, told with an attack word and inside the month, is the event's.
        """
        window = date_window(date)
        if window is None or _rank(date) == 0:
            return date
        finer = [
            d
            for s, own in lead
            for d in own
            if _rank(d) < _rank(date)
            and (inner := date_window(d)) is not None
            and window[0] <= inner[0] <= inner[1] <= window[1]
            and self._binds_event(s, d)
        ]
        return min(finer, key=_rank, default=date)

    def _began(
        self, lead: list[tuple[Sentence, list[DateRef]]], first: DateRef, date: DateRef
    ) -> DateRef:
        """Return the day the event began, when its first sentence tells it from its end.

        "ended a siege on Saturday ... stormed on Friday": the event began on the earliest
        day a few days before; the later one is its development. Only in the sentence of
        the first date, and not in a clause telling another event ("a day after a
        separate attack on Saturday").
        """
        days = [d for d in self._same_event_days(lead, first) if d.value is not None]
        start = min(days, key=lambda d: d.value or dt.date.max, default=None)
        if (
            start is not None
            and _rank(date) == 0
            and start.value is not None
            and date.value is not None
            and dt.timedelta(0) < date.value - start.value <= _FOLLOW_UP
        ):
            return start
        return date

    def _back_references(self) -> list[DateRef]:
        """Return the recent dates below the lead told as the attack's: "Tuesday's attack"."""
        out = []
        start = self.lead_start
        for sentence in self.ctx.sentences[start + _LEAD_SENTENCES : start + _BOUND_SENTENCES]:
            for ref in self._sentence_dates(sentence):
                if ref.span is None or not self._recent(ref):
                    continue
                end = ref.span.end - sentence.start
                tail = sentence.text[end : end + 2].replace("\u2019", "'")
                possessive = tail == "'s" and self.patterns.kind.match(sentence.text, end + 3)
                if possessive or self._day_of_attack(sentence, ref):
                    out.append(ref)
        return out

    def _day_of_attack(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a day qualifies an attack noun: "the Sunday bombings".

        A name of the day may stand before it: "the Easter Sunday carnage".
        """
        if ref.span is None or _rank(ref) != 0:
            return False
        text = sentence.text
        at, end = ref.span.start - sentence.start, ref.span.end - sentence.start
        if not _determined(text, at, named=True):
            return False
        return bool(self.patterns.kind.match(text, end + 1)) and text[end : end + 1] == " "

    def _possessive(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date owns an attack word: "last week's devastating bombing"."""
        if ref.span is None:
            return False
        match = _POSSESSIVE.match(sentence.text, ref.span.end - sentence.start)
        # The noun, or one or two modifiers before it.
        return match is not None and self._kind_within(sentence.text, match.end(), 3)

    def _binds_event(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date is told with an attack word of its clause.

        The word may stand shortly before the date ("the explosions in Kerman on
        Wednesday") or right after it ("Tuesday's attack"), but not after "after" ("a day
        of mourning on Thursday after blasts"): that date is of what followed.
        """
        if ref.span is None:
            return False
        rel, rel_end = ref.span.start - sentence.start, ref.span.end - sentence.start
        start, end = self._clause(sentence, rel)
        text = sentence.text
        before = self.patterns.kind.finditer(text, max(start, rel - _BIND_BEFORE), rel)
        if any(not _fronted_cause(text, start, m, rel) for m in before):
            return True
        if self.patterns.toll.search(text, max(start, rel - _TOLL_REACH), rel):
            return True  # "were killed on Friday": the attack's day, told by its toll
        after = self.patterns.kind.search(text, rel_end, min(end, rel_end + _BIND_AFTER))
        return after is not None and not _FOLLOWING.search(text, rel_end, after.start())

    def _same_event_days(
        self, lead: list[tuple[Sentence, list[DateRef]]], first: DateRef
    ) -> list[DateRef]:
        """Return the days of the first date's sentence whose clause tells no other event."""
        for sentence, own in lead:
            if first not in own:
                continue
            out = []
            for ref in own:
                if _rank(ref) != 0 or ref.span is None:
                    continue
                rel = ref.span.start - sentence.start
                start, end = self._clause(sentence, rel)
                clause = sentence.text[start:end]
                new = any(
                    not _definite(clause, m.start()) for m in self.patterns.kind.finditer(clause)
                )
                if ref is not first and (new or self.patterns.other.search(clause)):
                    continue
                out.append(ref)
            return out
        return []

    def _overnight(self, lead: list[Sentence]) -> list[DateRef]:
        """Date "stormed a hotel overnight": the night before the statement or publication.

        "..., officials said on Sunday" after "overnight" is Saturday night; without a
        statement date, the night before publication.
        """
        for sentence in lead:
            match = self.patterns.night.search(sentence.text)
            if match is None:
                continue
            said = statement_dates(self.ctx, sentence)
            base = said[0].value if said else self.document.published
            if base is None or base == dt.date.min:  # no night before the calendar's first day
                return []
            span = Span(
                doc=self.document.id,
                start=sentence.start + match.start(),
                end=sentence.start + match.end(),
            )
            value = base - dt.timedelta(days=1)
            return [
                DateRef(text=match.group(), value=value, precision=DatePrecision.DAY, span=span)
            ]
        return []

    def _clause(self, sentence: Sentence, rel: int) -> tuple[int, int]:
        start, end = 0, len(sentence.text)
        for match in _CLAUSE_BREAK.finditer(sentence.text):
            if match.start() <= rel:
                start = match.end()
            else:
                end = match.start()
                break
        return start, end

    def _claim_dates(self, sentence: Sentence, rel: int) -> list[DateRef]:
        """Return the dates of a sentence that may date a claim at ``rel``.

        A date parted from the claim by a distance in time ("Tuesday's attack came three
        years after an attack on a base, where 140 were killed") dates it moved by it.
        """
        out = []
        for d in self._sentence_dates(sentence):
            if self._count_by(sentence, d) or in_aside_after(sentence, d, rel):
                continue
            if self._filed_on(sentence, d):
                continue
            if not self._after_between(sentence, d, rel):
                out.append(d)
            elif (moved := self._moved(sentence, d, rel)) is not None:
                out.append(moved)
        return out

    def _moved(self, sentence: Sentence, ref: DateRef, rel: int) -> DateRef | None:
        """Return the date ``ref`` moved by the distance told between it and ``rel``."""
        if ref.span is None or ref.value is None:
            return None
        at = ref.span.end - sentence.start
        if at > rel:
            return None  # the distance must follow the date: "Tuesday's ... years after"
        match = self.patterns.interval.search(sentence.text, at, rel)
        if match is None or _rank(ref) != 0:
            return None
        return self._moved_by(ref, match)

    def _moved_by(self, ref: DateRef, match: re.Match[str]) -> DateRef:
        """Return the day ``ref`` moved by a distance in time ("three years after")."""
        assert ref.value is not None
        n = match.group("n").lower()
        count = int(n) if n.isdigit() else self.lexicon.dates.number_words.get(n, 1)
        unit = match.group("u").lower().rstrip("s")
        sign = -1 if match.group("dir").lower() == "after" else 1
        if unit in ("day", "week"):
            days = count * (7 if unit == "week" else 1)
            value = _shifted(ref.value, dt.timedelta(days=sign * days))
            precision = DatePrecision.DAY
        else:
            months = sign * count * (12 if unit == "year" else 1)
            value = _by_months(ref.value, months)
            precision = DatePrecision.MONTH if unit == "month" else DatePrecision.YEAR
        if match.group("exact"):
            precision = DatePrecision.DAY  # "exactly three years after": the same day
        if precision is DatePrecision.YEAR:
            value = value.replace(month=1, day=1)
        elif precision is DatePrecision.MONTH:
            value = value.replace(day=1)
        return ref.model_copy(update={"value": value, "precision": precision})

    def _count_by(self, sentence: Sentence, ref: DateRef) -> bool:
        """Say whether a date is when a count held, not when anything happened.

        "By October 20, the toll had reached 358", "as of Monday, 40 were dead": the
        event came on or before it. "killed by Tuesday's bombing" is the event's own date.
        """
        if ref.span is None:
            return False
        at, end = ref.span.start - sentence.start, ref.span.end - sentence.start
        before = sentence.text[max(0, at - 12) : at]
        return bool(_COUNT_BY.search(before)) and not _POSSESSIVE.match(sentence.text, end)

    def _after_between(self, sentence: Sentence, ref: DateRef, rel: int) -> bool:
        """Say whether "after" or "following" parts a date from a claim at ``rel``.

        "a day of mourning on Thursday after blasts killed 95": Thursday is the
        mourning's, not the blasts'; "95 were killed, a day after a bombing on Tuesday":
        Tuesday is the other bombing's.
        """
        if ref.span is None:
            return False
        at = ref.span.start - sentence.start
        lo, hi = sorted((at, rel))
        if _FOLLOWING.search(sentence.text, lo, hi) is not None:
            return True
        # "After the blasts killed 41, there was little news on Wednesday": the claim is
        # in a fronted "after" clause, the date in the main clause.
        text = sentence.text
        return at > rel and bool(_FOLLOWING.search(text, 0, rel)) and "," in text[rel:at]

    def _period(self, pattern: re.Pattern[str], clause: str) -> bool:
        """Say whether the clause counts over a period, not compares with one.

        "since 2015" makes a count over a period; "the deadliest attack since 2015" only
        ranks one event against it.
        """
        for match in pattern.finditer(clause):
            if self.patterns.record.search(
                clause, max(0, match.start() - _RECORD_REACH), match.start()
            ):
                continue
            return True
        return False

    def _reported(self) -> Window | None:
        """Return the days an undated main event may be in: before a statement or publication."""
        for sentence in self.lead():
            changed = [d for d in self._sentence_dates(sentence) if self._development(sentence, d)]
            for ref in [*statement_dates(self.ctx, sentence), *changed]:
                if (
                    ref.value is not None
                    and ref.precision is DatePrecision.DAY
                    and self._recent(ref)
                ):
                    # "confirmed the arrest of the mastermind of the attack on <site>", "the
                    # gunman was caught on Monday": news of what followed an attack, told
                    # only as known or as a suspect's arrest, maybe weeks after it.
                    later = self._told_back(sentence) or self._tells_follow_up(sentence)
                    back = _RECENT if later else _REPORTED_WITHIN
                    return (_shifted(ref.value, -back), ref.value)
        # No date word at all: a report is about an event of the days before it.
        pub = self.document.published
        return (_shifted(pub, -_REPORTED_WITHIN), pub) if pub is not None else None

    def _tells_follow_up(self, sentence: Sentence) -> bool:
        """Say whether a sentence tells what was done to suspects: "was caught", "arrested"."""
        verbs = _follow_up_verbs(self.lexicon)
        return any(w.lower() in verbs for w in _WORDS.findall(sentence.text))

    def _told_back(self, sentence: Sentence) -> bool:
        """Say whether a sentence tells the attack only as one already known: "the attack".

        Every attack word definite ("the deadly attack on the campus"), none new ("a
        bomb"): its news is what followed, and the attack may be weeks old.
        """
        kinds = list(self.patterns.kind.finditer(sentence.text))
        return bool(kinds) and all(_definite(sentence.text, k.start()) for k in kinds)
