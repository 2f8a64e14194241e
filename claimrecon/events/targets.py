"""What a document's events hit and what kind they are.

May import: :mod:`.state` and :mod:`.mentions`, and the extract, vocab and models modules.
"""

from __future__ import annotations

import re

from claimrecon.events.mentions import _HITS, _WEAK_REACH, _definite, _next_word, _Target
from claimrecon.events.state import _ReaderState
from claimrecon.extract import Sentence, gazetteer, group_names
from claimrecon.models import EventKind

# Words between a speaker and its verb: "the ministry had said", "the embassy also said".
_AUXILIARIES = frozenset({"had", "has", "have", "also", "later", "earlier", "previously"})


# A target noun before one of these is the subject of what it did ("the ministry did not
# give a breakdown", "the embassy would reopen"), not what was hit.
_MODALS = frozenset({"did", "does", "would", "will", "could", "can", "should"})


# After a kind word, the idiom of the gravely wounded: "fighting for their lives in hospital".
_FOR_LIFE = re.compile(r"\s+for\s+(?:their|his|her|its)\s+li(?:fe|ves)\b", re.IGNORECASE)


class _TargetReading(_ReaderState):
    """What a document's events hit and what kind they are."""

    def _targets(self, text: str) -> list[_Target]:
        out = []
        for match in self.patterns.target.finditer(text):
            phrase = " ".join(match.group().lower().split())
            label = self.lex.targets.get(phrase)
            if label is None:
                continue
            follower = _next_word(text, match.end())
            if follower in _AUXILIARIES:
                # "the ministry had said", "the embassy also said": the verb after it.
                follower = _next_word(text, match.end() + 1 + len(follower))
            if follower in self.speakers or follower in _MODALS:
                continue  # "ministry spokesman", "the embassy said": a speaker
            if follower in self.words.victims:
                continue  # "a gathering of ministry clerks": who was hit, not what
            if self.patterns.aside.search(text, max(0, match.start() - 60), match.start()):
                continue  # "not far from the embassy", "citing the ministry"
            if label in self.weak and not self._attacked(text, match):
                continue
            if label in self.lex.care_sites and self._cared(text, match):
                continue  # "a tourist dies in hospital": where a victim died, not what was hit
            out.append(
                _Target(
                    label,
                    self._target_text(text, match),
                    match.start(),
                    match.end(),
                    definite=_definite(text, match.start()),
                )
            )
        return out

    def _site_names(self, texts: list[str]) -> frozenset[str]:
        """Return the telling words of the proper names the texts give the site hit.

        "the Sunrise shopping mall", "the siege at Sunrise", "the Sunrise attack": the
        words of a capitalised name told with an attack or target word, less generic
        words ("Grand", "National"), places the gazetteer knows, nationalities and the
        names of groups ("the Shabaab attack").
        """
        words: set[str] = set()
        for text in texts:
            for pattern in (self.patterns.site_after_kind, self.patterns.site_before_kind):
                for match in pattern.finditer(text):
                    name = match.group("n")
                    if match.start("n") == 0 or self._is_place_here(name):
                        continue  # a title's first word, or a place: "the attack in Lima"
                    words.update(self._telling(name))
        return frozenset(words)

    def _is_place_here(self, name: str) -> bool:
        """Say whether a name is a place of this document, as the gazetteer knows it.

        One read as a place of the document, or lying in its countries, is. A town of the
        same name abroad ("Sunrise", Florida) is not, nor is a name the gazetteer does not
        know ("the Sunrise attack").
        """
        geo = gazetteer(self.lexicon)
        hints = geo.countries_of(self.all_places)
        place = geo.resolve(name, hints)
        if not place.resolved:
            return False
        return name in self.all_places or place.country in hints or place.level == "country"

    def _telling(self, name: str) -> list[str]:
        """Return the words of a name that may tell a site apart (lower case)."""
        out = []
        for token in name.replace("\u2019", "'").split():
            word = token.removesuffix("'s").strip("'-").lower()
            if (
                len(word) < 3
                or word in self.words.generic_names
                or word in self.not_places
                or word in self.words.demonyms
                or word in self.words.capital_of
                or word in self.words.country_of
            ):
                continue
            out.append(word)
        return out

    def _landmarks(self, text: str) -> set[str]:
        """Return the targets named as landmarks: "at a checkpoint outside the airport".

        A landmark is not what was hit, but other reports may name the site by it.
        """
        return {
            label
            for match in self.patterns.target.finditer(text)
            if (label := self.lex.targets.get(" ".join(match.group().lower().split())))
            and self.patterns.landmark.search(text, max(0, match.start() - 60), match.start())
        }

    def _attacked(self, text: str, match: re.Match[str]) -> bool:
        """Say whether a weak target ("school") is told as hit, not as where people went.

        An attack word, a toll verb (or a target that is a way of hitting, "a raid")
        shortly before it ("a raid on a school", "killed 22 at a hotel"), or either right
        after it ("the school attack", "a mall
        raid").
        """
        before = max(0, match.start() - _WEAK_REACH)
        kinds = self.patterns.kind.finditer(text, before, match.start())
        if any(not _FOR_LIFE.match(text, k.end()) for k in kinds):
            return True  # not "fighting for their lives in hospital": the wounded's state
        if self.patterns.toll_word.search(text, before, match.start()):
            return True  # "killed 22 at a hotel": where they were killed
        if any(
            self.lex.target_kinds.get(" ".join(m.group().lower().split()))
            for m in self.patterns.target.finditer(text, before, match.start())
        ):
            return True
        if text[match.end() : match.end() + 1] != " ":
            return False
        if self.patterns.kind.match(text, match.end() + 1):
            return True
        way = self.patterns.target.match(text, match.end() + 1)
        return way is not None and " ".join(way.group().lower().split()) in self.lex.target_kinds

    def _cared(self, text: str, match: re.Match[str]) -> bool:
        """Say whether a care site is told as where victims died or were treated.

        "dies in hospital", "were rushed to a clinic"; not "the hospital attack", where an
        attack word right after it tells the site as hit.
        """
        if not self.patterns.care.search(text, max(0, match.start() - 60), match.start()):
            return False
        return not (
            text[match.end() : match.end() + 1] == " "
            and self.patterns.kind.match(text, match.end() + 1)
        )

    def _target_text(self, text: str, match: re.Match[str]) -> str:
        kinds = self.lex.kind_words
        # Keep a capitalised qualifier before the target: "Iraqi embassy", "Interior Ministry".
        before = text[max(0, match.start() - 30) : match.start()].split()
        words: list[str] = []
        for word in reversed(before[-2:]):
            lower = word.lower()
            if word[:1].isupper() and word.isalpha() and lower not in ("the", "a", "an"):
                if lower in kinds:
                    break
                words.insert(0, word)
            else:
                break
        return " ".join([*words, match.group()])

    def _kind(self, text: str) -> EventKind | None:
        match = self.patterns.kind.search(text)
        if match is None:
            return None
        return self.lex.kind_words.get(" ".join(match.group().lower().split()))

    def _attack_targets(self, targets: list[_Target], kind: EventKind | None) -> list[_Target]:
        """Leave out the response to an attack: "a clearance operation", "the raids".

        Once the text has told an attack, an operation is the security forces' answer to
        it, not what was attacked, and not the kind of the event.
        """
        if kind not in _HITS:
            return targets
        return [
            t for t in targets if self.lex.target_kinds.get(t.label) is not EventKind.OPERATIONS
        ]

    def _story_kind(self, texts: list[str]) -> EventKind | None:
        """Return the kind the lead tells: an attack or strike before the response to it.

        "Police arrest 13 in raids" above "the bombers who attacked the airport" tells
        the attack; the raids are what followed it.
        """
        kinds = [
            self._kind_told(text, m) for text in texts for m in self.patterns.kind.finditer(text)
        ]
        return next((k for k in kinds if k in _HITS), None)

    def _kind_told(self, text: str, match: re.Match[str]) -> EventKind | None:
        """Return the kind a kind word tells; "strike" after an armed group's name is its verb.

        "Okvara Front militants strike army camp": the group struck, an attack; "a Zelvanian
        strike", "the coalition's strike" are strikes.
        """
        kind = self.lex.kind_words.get(" ".join(match.group().lower().split()))
        if kind is not EventKind.STRIKE or not self._after_armed_group(text, match.start()):
            return kind
        return EventKind.ATTACK

    def _after_armed_group(self, text: str, at: int) -> bool:
        """Say whether the name of a group, not a state's forces, ends right before ``at``."""
        aliases = self.lexicon.actors.aliases
        states = {s.lower() for s in self.lexicon.actors.state_actors}
        heads = {h.lower() for h in self.lexicon.actors.generic_heads}
        for start, end in group_names(text, self.lexicon):
            between = text[end:at].lower().split() if end <= at else ["-"]
            if any(w not in heads for w in between):
                continue  # "Taliban strike", "Okvara Front militants strike": the group's verb
            name = " ".join(text[start:end].lower().split())
            if aliases.get(name, name).lower() not in states:
                return True
        return False

    def _target_kind(self, target: _Target | None) -> EventKind | None:
        if target is None:
            return None
        return self.lex.target_kinds.get(target.label)

    def _clause_targets(self, sentence: Sentence, start: int, end: int) -> list[_Target]:
        key = (sentence.index, start, end)
        found = self._target_cache.get(key)
        if found is None:
            found = self._target_cache[key] = self._targets(sentence.text[start:end])
        return found
