"""Where a document's events happened: datelines, place phrases, capitals, the gazetteer.

May import: :mod:`.state`, :mod:`.mentions` and :mod:`.words`, and the extract, vocab and
models modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimrecon.events.mentions import _next_word
from claimrecon.events.state import _ReaderState
from claimrecon.events.words import _BARE_CAPITAL, _CAPITAL, _DATELINE, _pluperfect_pattern
from claimrecon.extract import Sentence, gazetteer, group_names, read_spelled, relation

# The place preposition that tells near a place, not in it ("near" often locates a
# border or a landmark of the event's own place).
_NEAR = frozenset({"outside"})

# Words that open a sentence or a phrase before a name: "The Kabul attack", "After Kabul
# attacks". A capitalised word of another kind before a name is part of a longer name.
_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "after", "before"}
    | {"since", "of", "from", "for", "with", "by", "and", "or", "but", "as", "last", "another"}
)

# A run of capitalised words: a name ("Sri Lanka", "Sri Lankan authorities").
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")


def _in_a_name(names: list[tuple[int, int]], start: int, end: int) -> bool:
    """Say whether the words from ``start`` to ``end`` lie inside a longer name."""
    return any(a <= start and end <= b and (a, b) != (start, end) for a, b in names)


# The words that make "of <place>'s busiest" a comparison: "one of", "two of", "some of".
_PARTITIVES = frozenset("one two three four five some many several few".split())


def _one_of(text: str, match: re.Match[str]) -> bool:
    """Say whether a place phrase of "of" follows a partitive: "one of Zelvania's busiest"."""
    before = text[max(0, match.start() - 20) : match.start()].split()
    return bool(before) and before[-1].lower() in _PARTITIVES


class _PlaceReading(_ReaderState):
    """Where a document's events happened: datelines, place phrases, capitals, the gazetteer."""

    def _clean_place(self, raw: str) -> str | None:
        kept = self._place_words(raw)
        if not kept:
            return None
        first = kept[0].lower()
        parts = first.split("-")
        if first in self.not_places or any(p in self.not_places for p in parts):
            return None
        whole = " ".join(kept)
        if first in self.words.demonyms or whole.lower() in self.words.demonyms:
            return None  # "a Nigerian village": a demonym, not a place
        if kept[0].isupper() and len(kept[0]) <= 3:
            return None  # an acronym ("ANA", "UN"), not a place name
        if any(p.islower() for p in kept[0].split("-")[1:]):
            return None  # "Western-backed", "Saudi-led": a qualifier, not a place
        if kept[0].isupper() and not gazetteer(self.lexicon).resolve(whole).resolved:
            return None  # "SITE Intelligence": a name in capitals, not a known place
        if read_spelled(first, self.lexicon.figures) is not None:
            return None  # "Three gunmen": a number, not a place
        whole = self._lost_apostrophe(kept, whole)
        return self.words.spelling.get(whole.lower(), whole)

    def _lost_apostrophe(self, kept: list[str], whole: str) -> str:
        """Return the place a possessive that lost its apostrophe names: "Zelvanias coast".

        Copy taken from the web often drops the apostrophe; a one-word name the gazetteer
        does not know, ending in "s", names the place it knows without the "s".
        """
        if len(kept) != 1 or not whole.endswith("s") or len(whole) < 5:
            return whole
        geo = gazetteer(self.lexicon)
        if geo.resolve(whole).resolved or not geo.resolve(whole[:-1]).resolved:
            return whole
        return whole[:-1]

    def _place_words(self, raw: str) -> list[str]:
        """Return the words of a place name: up to a suffix, a date word or a possessive."""
        kept: list[str] = []
        for token in raw.replace("\u2019", "'").split():
            possessive = token.endswith("'s")
            word = token[:-2] if possessive else token
            word = word.strip("'-")
            if word.lower() in self.lex.kind_words and kept:
                return self._known_head(kept)  # "in Okvara Terror Attacks": a headline's
            if not word or word.lower() in self.suffixes or word.lower() in self.words.ends_place:
                break
            kept.append(word)
            if possessive:
                break
        return kept

    def _known_head(self, words: list[str]) -> list[str]:
        """Return the words of a name run into an attack word, up to the place they open.

        A headline's capitals run a place into what qualifies the attack ("in Okvara
        Terror Attacks"): the longest opening words the gazetteer knows are the place;
        failing any, the words as read.
        """
        geo = gazetteer(self.lexicon)
        for n in range(len(words), 0, -1):
            if geo.resolve(" ".join(words[:n])).resolved:
                return words[:n]
        return words

    def _names_kind_of_place(self, text: str, match: re.Match[str]) -> bool:
        before = text[max(0, match.start() - 20) : match.start()].split()
        return bool(before) and before[-1].lower() in self.suffixes

    def _of_place(
        self, text: str, match: re.Match[str], raw: str, possessive: bool
    ) -> str | bool | None:
        """Read a place phrase of "of": a place, ``None`` for none, ``True`` to read on."""
        known = self._capital_of(raw, text[match.end() : match.end() + 40])
        if not possessive and known is not None:
            return known  # "an area of the Zelvanian capital": the capital, whatever precedes
        if not possessive and self._after_capital(text, match):
            # "the capital of neighbouring Zelvania": the country's capital, by the gazetteer;
            # "the capital of <city>" names the city.
            named = " ".join(self._place_words(raw)).lower()
            return self.words.capitals.get(named) or self._clean_place(raw)
        if not possessive and not self._names_kind_of_place(text, match):
            return None  # "of Peshawar" only after "the city of", "the village of"
        if possessive and _next_word(text, match.end()).endswith("est") and _one_of(text, match):
            return None  # "one of Europe's busiest": a comparison, not where it happened
        return True  # "the managers of Okvara's busiest airport": the airport in Okvara

    def _after_capital(self, text: str, match: re.Match[str]) -> bool:
        """Say whether a place phrase of "of" follows "capital": "the capital of Mali"."""
        before = text[max(0, match.start() - 20) : match.start()].split()
        return bool(before) and before[-1].lower() == "capital"

    def _capital_of(self, raw: str, tail: str) -> str | None:
        """Return the capital meant by "the Somali capital" or "Somalia's capital", if known."""
        if _BARE_CAPITAL.match(tail) is None:
            return None
        name = raw.replace("\u2019", "'").removesuffix("'s").lower()
        country = self.words.demonyms.get(name, name)
        return self.words.capitals.get(country.lower())

    def _dateline(self) -> list[str]:
        """Return the places of the document's dateline ("PESHAWAR, Pakistan (AP) -")."""
        for sentence in self.ctx.sentences[:3]:
            first_of_paragraph = sentence.index == 0 or (
                self.ctx.sentences[sentence.index - 1].paragraph != sentence.paragraph
            )
            if not first_of_paragraph:
                continue
            match = _DATELINE.match(sentence.text)
            if match is None:
                continue
            city = " ".join((match.group("city") or match.group("bracketed") or "").split())
            named = match.group("named")
            if named is not None and gazetteer(self.lexicon).resolve(named).resolved:
                city = named  # "Okvara (Agency) -": a place the gazetteer knows
            if len(city.replace(" ", "")) < 4 or city.lower() in self.not_places:
                continue  # "AP -", "UN:": an acronym, not a city
            if (
                match.end() == len(sentence.text)
                and not gazetteer(self.lexicon).resolve(city).resolved
            ):
                continue  # "UPDATE:" alone on its line: a dateline only when a known place
            places = [self.words.spelling.get(city.lower(), city.title())]
            region = match.group("region")
            if region:
                places.append(self.words.spelling.get(region.lower(), region))
            return places
        return []

    def within(self, places: Iterable[str]) -> frozenset[str]:
        """Return the countries the lexicon places ``places`` in ("Kabul": Afghanistan)."""
        out = {self.words.country_of.get(p.lower()) for p in places}
        return frozenset(c for c in out if c)

    def inside(self, place: str, coarse: Iterable[str]) -> bool:
        """Say whether ``place`` lies in one of ``coarse``, countries or divisions.

        A lead that names only the country ("a coastal town in Zelvania") and a sentence
        that names the town ("gunmen stormed Okvara") tell one place at two levels.
        """
        geo = gazetteer(self.lexicon)
        hints = geo.countries_of(self.all_places)
        found = geo.resolve(place, hints, divisions=True)
        if not found.resolved or found.level in ("country", "division"):
            return False
        for name in coarse:
            outer = geo.resolve(name, hints, divisions=True)
            if outer.level in ("country", "division") and relation(found, outer) is not None:
                return True
        return False

    def unknown(self, place: str) -> bool:
        """Say whether the gazetteer does not know ``place``."""
        geo = gazetteer(self.lexicon)
        return not geo.resolve(place, geo.countries_of(self.all_places), divisions=True).resolved

    def coarse_only(self, places: Iterable[str]) -> bool:
        """Say whether every place is a country or a division, by the gazetteer."""
        geo = gazetteer(self.lexicon)
        hints = geo.countries_of(self.all_places)
        return all(
            geo.resolve(p, hints, divisions=True).level in ("country", "division") for p in places
        )

    def _places(self, text: str) -> tuple[list[str], bool]:
        """Return the places named in ``text`` and whether it opens on one ("In Mosul, ")."""
        places: list[str] = []
        fronted = False
        groups = group_names(text, self.lexicon)
        for match in self.patterns.place.finditer(text):
            if _in_a_name(groups, match.start("p"), match.end("p")):
                continue  # "the Islamic State of Zelvania claimed": the group's name
            place = self._place_at(text, match)
            if place is None or self._before_the_story(text, match.start()):
                continue
            if self._of_origin(text, match.start("p")) or self._spoken_at(text, match):
                continue
            places.append(place)
            prep = match.group().split()[0].lower()
            if match.start() == 0 and prep == "in" and text[match.end() : match.end() + 1] == ",":
                fronted = True
        places.extend(self._places_by_kind(text, groups))
        places.extend(self._site_owners(text))
        return list(dict.fromkeys(places)), fronted

    def _site_owners(self, text: str) -> list[str]:
        """Return the cities a site is told in by their possessive: "on Okvara's avenue".

        A site that may be unknown to the gazetteer ("a van drove into crowds on Okvara's
        Grand Boulevard") is told in a city; the city counts only when the gazetteer knows
        it finer than a country ("on Zelvania's soil" is no site).
        """
        geo = gazetteer(self.lexicon)
        places = []
        for match in self.patterns.site_owner.finditer(text):
            if self._of_origin(text, match.start("p")):
                continue
            place = self._clean_place(match.group("p"))
            if place is None:
                continue
            found = geo.resolve(place)
            if found.resolved and found.level not in ("country", "division"):
                places.append(place)
        return places

    def _place_at(self, text: str, match: re.Match[str]) -> str | None:
        """Return the place a place phrase ("in Mosul", "of Kenya's capital") names, if any."""
        raw = match.group("p")
        prep = match.group().split()[0].lower()
        if self._names_a_day(prep, raw):
            return None
        # "of Riverton's City Hospital": the possessive ends the place's first word.
        possessive = raw.split()[0].endswith(("'s", "\u2019s"))
        if prep == "of":
            of_place = self._of_place(text, match, raw, possessive)
            if of_place is None or isinstance(of_place, str):
                return of_place
        owned = self._owned_town(raw) if possessive else None
        if owned is not None:
            return owned
        # "Afghanistan's capital, Kabul": the capital is the place.
        tail = text[match.end() : match.end() + 40]
        capital = _CAPITAL.match(tail) if possessive else None
        known_capital = self._capital_of(raw, tail) if capital is None else None
        if known_capital is not None:
            return known_capital
        if capital is None and self._qualifier(text, match, raw):
            return None
        return self._clean_place(capital.group("c") if capital else raw)

    def _owned_town(self, raw: str) -> str | None:
        """Return the town a possessive place names after it: "in Zelvania's Okvara".

        News tells a town by its country or province first ("Kashmir's Uri", "Turkey's
        Suruc"); the town is where it happened. Only a name the gazetteer knows finer than
        a country or province: "Okvara's City Hospital" is a site in Okvara.
        """
        words = raw.split()
        if len(words) < 2 or len(self._place_words(" ".join(words[1:]))) != len(words) - 1:
            return None  # "Okvara's Central Mosque": a site's name, not a town's
        town = self._clean_place(" ".join(words[1:]))
        if town is None:
            return None
        found = gazetteer(self.lexicon).resolve(town)
        return town if found.resolved and found.level not in ("country", "division") else None

    def _qualifier(self, text: str, match: re.Match[str], raw: str) -> bool:
        """Say whether a name qualifies what follows it rather than naming where.

        "the German embassy", "a Kabul attack": a qualifier; "near the Sunrise Hotel":
        the name of a building.
        """
        return _next_word(text, match.end()) in self.adjective_of or self._site_name(raw)

    def _site_name(self, raw: str) -> bool:
        """Say whether a name is a building's ("Sunrise Hotel"): a target noun ends it.

        Only a name the gazetteer does not know: "the Kabul airport" is in Kabul.
        """
        kept = self._place_words(raw)
        words = raw.replace("\u2019", "'").split()
        if not kept or len(words) <= len(kept):
            return False
        if words[len(kept)].lower().strip("'-") not in self.lex.targets:
            return False
        return not gazetteer(self.lexicon).resolve(" ".join(kept)).resolved

    def _names_a_day(self, prep: str, raw: str) -> bool:
        """Say whether "on <Name> <weekday>" names a day ("on Easter Sunday"), not a place."""
        return prep == "on" and any(w.lower() in self.lexicon.dates.weekdays for w in raw.split())

    def _before_the_story(self, text: str, at: int) -> bool:
        """Say whether a place phrase at ``at`` tells what someone had done before the event.

        "the gunmen ... had trained in <country>": an active past perfect that is no
        attack or casualty word dates a background, and its place is not the event's. A
        passive one ("had been killed in <city>") is the event told in reported speech,
        as is an attack or casualty word ("had stormed a hotel in <city>", "had killed 14
        people in <city>").
        """
        before = text[max(0, at - 60) : at]
        match = _pluperfect_pattern(self.lexicon.dates).search(before)
        if match is None or " been " in match.group():
            return False
        verb = match.group().split()[1].lower()
        return not (verb in self.words.generic_names or verb in self.lexicon.figures.metric_words)

    def _of_origin(self, text: str, at: int) -> bool:
        """Say whether the place name at ``at`` tells where someone comes from or is based.

        "a group based in <country>", "the bomber belonged to a town in <district>",
        "militants from <country>": where the attackers come from, not where they struck.
        Only the clause before the name counts.
        """
        before = text[max(0, at - 80) : at]
        clause = re.split(r"[,;:()\"\u201c\u201d]|\.\s", before)[-1]
        return self.patterns.origin.search(clause) is not None

    def _spoken_at(self, text: str, match: re.Match[str]) -> bool:
        """Say whether a place phrase tells where a statement was made, not the event.

        "the minister said in <capital>", "told reporters in <city>", "an official in
        <capital> told Reuters": where the speaker was; the event may be far from it.
        """
        before = text[max(0, match.start("p") - 60) : match.start("p")]
        if self.patterns.spoken.search(before):
            return True
        after = text[match.end("p") : match.end("p") + 30]
        return bool(self.patterns.speaker_at.search(before) and self.patterns.reported.match(after))

    def _outskirts_only(self, text: str) -> bool:
        """Say whether ``text`` names places, each only as near it ("outside the capital").

        "a car bomb exploded outside <city>": not in the city an attack in it was told in.
        """
        preps = [
            match.group().split()[0].lower()
            for match in self.patterns.place.finditer(text)
            if self._place_at(text, match) is not None
        ]
        return bool(preps) and all(p in _NEAR for p in preps)

    def _places_by_kind(self, text: str, groups: list[tuple[int, int]]) -> list[str]:
        """Return the places named with an attack word: "a Kabul attack", "attacks on Mumbai".

        A place after "on" or "against" counts only when the gazetteer knows it: "an
        attack on Riverside" may name a building. So does a place attackers fled ("after
        escaping Lyon"). A place word that ends a group's name ("the Velka Front of
        Okvara attack") is none.
        """
        places = []
        for match in self.patterns.place_before_kind.finditer(text):
            if match.start() == 0 or text[match.end("p") :].lstrip()[:1].isupper():
                continue  # "Coalition Strike" in a title-case headline: no place
            if _in_a_name(groups, match.start("p"), match.end("p")):
                continue
            if self._of_origin(text, match.start("p")):
                continue  # "gunmen from <country> attacked": their origin, no "<country> attack"
            if self._no_qualifier(text, match):
                continue
            place = self._clean_place(self._whole_name(text, match.start("p"), match.group("p")))
            if place is not None and self._named_by_case(text, match.start("p"), place):
                places.append(place)
        geo = gazetteer(self.lexicon)
        for pattern in (self.patterns.struck_place, self.patterns.fled_place):
            for match in pattern.finditer(text):
                place = self._clean_place(match.group("p"))
                if place is not None and geo.resolve(place).resolved:
                    places.append(place)
        return places

    def _named_by_case(self, text: str, at: int, place: str) -> bool:
        """Say whether a capital at ``at`` tells a name, not the opening of a phrase.

        After a colon or a dash ("Zelvania: Suicide attack hits Okvara", "Okvara - Bomb
        attack ...") a headline's next word takes a capital whatever it is: there it is a
        place only when the gazetteer knows it.
        """
        if not text[:at].rstrip().endswith((":", "-", "\u2013", "\u2014")):
            return True
        return gazetteer(self.lexicon).resolve(place).resolved

    def _no_qualifier(self, text: str, match: re.Match[str]) -> bool:
        """Say whether a name before an attack word does not qualify it as its place.

        "armed with Okvara assault rifles": after "with", what someone held or came with.
        "Okvara rifles attacked": a verb ("attacked", "stormed") has the name for its
        subject, not its place. "a Velka Dunmar gunman": the last word of a longer name the
        gazetteer knows neither whole nor in part is no place cut from it ("a Santa
        Claus gunman"); "the Kabul attack" and "Tuesday's Kabul attack" are.
        """
        kind = text[match.end("p") : match.end()].split()
        if kind and (kind[0].lower().endswith("ed") or kind[0].lower() == "opened"):
            return True
        before = text[max(0, match.start("p") - 40) : match.start("p")].split()[-1:]
        if before and before[0].lower() == "with":
            return True  # "armed with Okvara assault rifles": what they held, no place
        if not before or not before[0][:1].isupper() or not before[0].isalpha():
            return False
        word = before[0].lower()
        if word in _OPENERS or word in self.not_places or word in self.lexicon.dates.weekdays:
            return False
        geo = gazetteer(self.lexicon)
        whole = self._whole_name(text, match.start("p"), match.group("p"))
        return not geo.resolve(whole).resolved and not geo.resolve(before[0]).resolved

    def _whole_name(self, text: str, at: int, last: str) -> str:
        """Return the place name that ends in ``last`` at ``at``: "Costa Rica" of "Rica attack".

        A name of two or three words before an attack word is read whole when the
        gazetteer knows it whole; otherwise its last word stands, as before.
        """
        before = text[max(0, at - 40) : at].split()
        for n in (2, 1):
            words = before[-n:]
            if len(words) < n or not all(w[:1].isupper() and w.isalpha() for w in words):
                continue
            whole = " ".join([*words, last])
            if gazetteer(self.lexicon).resolve(whole).resolved:
                return whole
        return last

    @property
    def _away(self) -> frozenset[str]:
        """The words before a country that make it no subject: prepositions."""
        return frozenset(
            [*(p.lower() for p in self.lexicon.events.place_prepositions), "to", "from", "than"]
        )

    def _lead_countries(self, texts: list[str]) -> list[str]:
        """Return the countries a lead names with no place phrase: its coarsest place.

        "<Country> on Thursday revised the toll": a report that names no place where the
        attack was still tells the country it was in.
        """
        found: list[str] = []
        for text in texts:
            text = text.replace("\u2019", "'")
            for match in _CAPITALISED.finditer(text):
                before = text[max(0, match.start() - 20) : match.start()].split()[-1:]
                if before and before[0].lower() in self._away:
                    continue  # "had trained in <country>": read as a place, or refused
                if self._of_origin(text, match.start()):
                    continue  # "militants from neighbouring <country>": where they come from
                words = match.group().removesuffix("'s").split()
                for n in range(len(words), 0, -1):
                    name = " ".join(words[:n]).lower()
                    # A nationality is no place: "French tourists" may die anywhere.
                    if name in self.words.capital_of:
                        found.append(self.words.spelling.get(name, " ".join(words[:n])))
                        break
        return list(dict.fromkeys(found))

    def _is_country(self, place: str) -> bool:
        return place.lower() in self.words.capital_of

    def _order_places(self, located: list[str], places: list[str]) -> list[str]:
        """Order the main event's places, the most telling first.

        The place named with the target first, then the dateline's city, then the rest; a
        country is the coarsest, so it comes last. A city named only in the dateline may
        be where the reporter files from.
        """
        told_in = [p for p in self.dateline if p not in self.dateline_only]
        ordered = list(dict.fromkeys([*located, *told_in, *places, *self.dateline]))
        return [p for p in ordered if not self._is_country(p)] + [
            p for p in ordered if self._is_country(p)
        ]

    def _sentence_places(self, sentence: Sentence) -> tuple[list[str], bool]:
        found = self._place_cache.get(sentence.index)
        if found is None:
            found = self._place_cache[sentence.index] = self._places(sentence.text)
        return found

    def _locate(self) -> None:
        """Resolve every mention's places in the gazetteer, in the document's countries."""
        geo = gazetteer(self.lexicon)
        hints = geo.countries_of(self.all_places)
        self.main.weak = self.dateline_only
        for mention in self.mentions:
            mention.geo = tuple(geo.resolve(p, hints, divisions=True) for p in mention.places)
            mention.within = frozenset(g.country for g in mention.geo if g.country)
            mention.countries = frozenset(
                p for p, g in zip(mention.places, mention.geo, strict=True) if g.level == "country"
            )
