"""Round 21 (src21): who says a figure, composed by a grammar over invented names.

- A toll the speaker gives ("X said 12 people were killed in the attack", "X said the
  attack was repelled and that 12 militants were killed") is the speaker's, and so it stays
  with an adverb between the speaker and its verb ("police later said").
- A short title written without its dot before a name ("Gen Tarvo Okeru", "Gov Lina
  Brask") is an official's, as it is with the dot.
- A country, or its capital, speaking ("Sri Lanka said", "Kabul says") is official.
- Unnamed sources ("sources said", "the sources", "a third source") are official, as
  "security sources" are; "local sources" are no one known.
- "Said" between two names is a given name ("Omar Said Belok told reporters"), not the
  verb that would cut the name short.
- A participle after a speaker named after the verb goes on in that voice ('"...," said X,
  a hospital spokesman, adding that 50 wounded arrived' is X's), not the quotation's.
- People at the scene are witnesses: an imam or a priest of the place, a security guard,
  a relative ("the bride's father"), prisoners; the National Guard stays official.
- Wire agencies of the region (Fars News, Tasnim, IRIB) are media, also with an adverb
  before their verb ("Tasnim initially reported that"); a datelined capital ("KABUL: ...")
  is no speaker.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.extract.numbers import spell
from claimrecon.extract.segment import DocContext
from claimrecon.extract.sources import find_source
from claimrecon.models import Document
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

NAMES = ["Tarvo Okeru", "Lina Brask", "Osman Velid", "Marta Quenby", "Idris Kalloum"]
PLACES = ["Velka", "Dunmar", "Okvara", "Brindor", "Tasmuk"]
SPEAKERS = [
    ("police", "official"),
    ("the interior ministry", "official"),
    ("the Velka governor", "official"),
    ("a hospital director", "official"),
    ("the Red Cross", "ngo"),
]
ATTACKS = ["the attack", "the bombing", "an attack", "the twin blasts", "the assault"]
ADVERBS = ["later", "initially", "also", "earlier"]
TITLES = ["Gen", "Gov", "Lt Gen", "Maj Gen", "Col"]
UNNAMED = ["sources", "the sources", "a third source", "an informed source", "Sources"]
OUTLETS = ["Fars News", "Tasnim", "IRIB"]

numbers = st.integers(min_value=2, max_value=400)


def source_of(text: str, words: str) -> tuple[str | None, str]:
    ctx = DocContext(Document(id="d", text=text), LEX)
    start = text.index(words)
    source = find_source(ctx, start, start + len(words))
    return source.name, source.kind.value


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SPEAKERS), st.sampled_from(ATTACKS), st.sampled_from(PLACES), numbers)
def test_a_toll_the_speaker_gives_stays_the_speakers(
    speaker: tuple[str, str], attack: str, place: str, n: int
) -> None:
    who, kind = speaker
    for text in (
        f"{who} said {n} people were killed in {attack} on the {place} market.",
        f"{who} said {attack} in {place} was repelled and that {n} militants had been killed.",
        f"{who} said {attack} killed {n} people in {place}.",
    ):
        name, got = source_of(_cap(text), str(n))
        assert got == kind, text
        assert name is not None and name.lower() == who.lower(), text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(SPEAKERS),
    st.sampled_from(ADVERBS),
    st.sampled_from(NAMES),
    st.sampled_from(PLACES),
    numbers,
)
def test_an_adverb_between_speaker_and_verb_keeps_the_speaker(
    speaker: tuple[str, str], adverb: str, name: str, place: str, n: int
) -> None:
    who, kind = speaker
    text = _cap(f"{who} {adverb} said the death toll had risen to {n}.")
    got_name, got_kind = source_of(text, str(n))
    assert (str(got_name).lower(), got_kind) == (who.lower(), kind)
    aside = f"The {place} police spokesman, {name}, {adverb} said {n} people died."
    assert source_of(aside, str(n))[1] == "official"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(TITLES), st.sampled_from(NAMES), st.sampled_from(PLACES), numbers)
def test_a_title_without_its_dot_is_an_officials(title: str, name: str, place: str, n: int) -> None:
    for text in (
        f"{title} {name} said {n} people were killed in {place}.",
        f"{n} people were killed in {place}, {title} {name} said.",
    ):
        assert source_of(text, str(n)) == (f"{title} {name}", "official"), text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(sorted(LEX.events.capitals)),
    st.sampled_from(["said", "says", "reported"]),
    numbers,
)
def test_a_country_speaking_is_official(country: str, verb: str, n: int) -> None:
    text = f"{country} {verb} that {n} people were killed in the attack."
    assert source_of(text, str(n)) == (country, "official")
    capital = LEX.events.capitals[country]
    text = f"{n} people died in the attack, {capital} said."
    assert source_of(text, str(n))[1] == "official"  # "Washington" may read as its state


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(UNNAMED), st.sampled_from(PLACES), numbers)
def test_unnamed_sources_are_official(who: str, place: str, n: int) -> None:
    text = _cap(f"{who} said {n} people were killed in {place}.")
    assert source_of(text, str(n)) == (_cap(who), "official")
    text = f"At least {n} people were killed in {place}, {who} said."
    assert source_of(text, str(n)) == (who, "official")
    text = f"At least {n} people were killed in {place}, local sources said."
    assert source_of(text, str(n)) == ("local sources", "unknown")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(["", "initially ", "later "]), numbers)
def test_regional_wire_agencies_are_media(outlet: str, adverb: str, n: int) -> None:
    text = f"{outlet} {adverb}reported that at least {spell(n) if n < 10 else n} people had died."
    words = spell(n) if n < 10 else str(n)
    assert source_of(text, words) == (outlet, "media")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(sorted(LEX.events.capitals)), st.sampled_from(PLACES), numbers)
def test_a_datelined_place_is_no_speaker(country: str, place: str, n: int) -> None:
    capital = LEX.events.capitals[country]
    for dateline in (capital.upper(), capital, country):
        text = f"{dateline}: At least {n} people were killed in a blast in {place} on Friday."
        assert source_of(text, str(n)) == (None, "media"), text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Interior Minister", "police chief", "Velka governor", "security chief"]),
    st.sampled_from(["Omar", "Karim", "Idris"]),
    st.sampled_from(["Belok", "Hanzar", "Tuvali"]),
    st.sampled_from(["told reporters that", "said", "announced that"]),
    numbers,
)
def test_said_between_names_is_a_given_name(
    title: str, first: str, last: str, verb: str, n: int
) -> None:
    name = f"{first} Said {last}"
    text = _cap(f"{title} {name} {verb} {n} people were killed.")
    got, kind = source_of(text, str(n))
    assert got is not None and got.endswith(name) and kind == "official", text
    assert source_of(f"{n} people were killed, Police Said.", str(n))[1] == "official"


WITNESSES = [
    "the imam of the {p} mosque",
    "a priest at the {p} church",
    "a security guard at the {p} market",
    "the bride's father",
    "some prisoners in {p}",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(WITNESSES), st.sampled_from(PLACES), numbers)
def test_people_at_the_scene_are_witnesses(who: str, place: str, n: int) -> None:
    speaker = who.format(p=place)
    for text in (
        _cap(f"{speaker} told reporters that {n} people were killed."),
        f"At least {n} people were killed, {speaker} said.",
    ):
        assert source_of(text, str(n))[1] == "witness", text
    text = f"At least {n} people were killed, the {place} National Guard said."
    assert source_of(text, str(n))[1] == "official"


ROLES = ["a spokesman for the {p} hospital", "the {p} police chief", "a senior police officer"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(NAMES),
    st.sampled_from(ROLES),
    st.sampled_from(PLACES),
    st.sampled_from(["adding that", "saying"]),
    st.sampled_from(['"It is an emergency,"', '"We have received bodies. It is chaos,"']),
    numbers,
)
def test_a_participle_after_a_speaker_named_after_the_verb_is_his(
    name: str, role: str, place: str, participle: str, quote: str, n: int
) -> None:
    apposed = f"{quote} said {name}, {role.format(p=place)}, {participle} {n} wounded arrived."
    assert source_of(apposed, f"{n} wounded") == (name, "official"), apposed
    bare = f"{quote} said police chief {name}, {participle} {n} wounded arrived."
    assert source_of(bare, f"{n} wounded") == (f"police chief {name}", "official"), bare
