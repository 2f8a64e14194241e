"""A hypothesis grammar of the figure phenomena the fifth round read on attacks never seen.

Each grammar draws its numbers, nouns, verbs, speakers and places from open sets and states
the figures the sentence must yield: vague amounts (none, whatever their wording), compound
number words ("a hundred and thirty-odd"), and attacker counts told in many frames.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon
from tests.test_figure_grammar import (
    ATTACKERS,
    KILLED_PASSIVES,
    SPEAKERS_AFTER,
    SPEAKERS_BEFORE,
    VICTIMS,
    WHERE,
    WOUNDED_PASSIVES,
    Read,
    cap,
    counts,
)

LEX = Lexicon.default()


def read(text: str) -> list[Read]:
    return [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]


# --- vague amounts --------------------------------------------------------------------------

VAGUE = st.sampled_from(
    [
        "dozens of",
        "scores of",
        "hundreds of",
        "thousands of",
        "tens of thousands of",
        "several",
        "several dozen",
        "several hundred",
        "a few",
        "a handful of",
        "a number of",
    ]
)
VAGUE_OPENERS = st.sampled_from(["", "at least ", "more than ", "some ", "another "])


@st.composite
def vague_sentences(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'Dozens of <victims> were killed', 'killing several <victims>', a precise figure beside."""
    vague = draw(VAGUE)
    opener = draw(VAGUE_OPENERS)
    noun, _ = draw(VICTIMS)
    frame = draw(st.sampled_from(["passive", "participle", "wounded", "beside"]))
    if frame == "passive":
        text = f"{opener}{vague} {noun} {draw(KILLED_PASSIVES)}{draw(WHERE)}"
        expected: list[Read] = []
    elif frame == "participle":
        text = f"a bomb exploded{draw(WHERE)}, killing {opener}{vague} {noun}"
        expected = []
    elif frame == "wounded":
        text = f"{opener}{vague} {noun} {draw(WOUNDED_PASSIVES)}"
        expected = []
    else:
        number, value = draw(counts(2, 300, dozen=False))
        text = f"{number} people were killed and {vague} {noun} {draw(WOUNDED_PASSIVES)}"
        expected = [("killed", "people", value, value)]
    return cap(f"{draw(SPEAKERS_BEFORE)}{text}{draw(SPEAKERS_AFTER)}."), expected


@given(vague_sentences())
def test_a_vague_amount_is_never_an_interval(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(st.sampled_from(["", "Officials said "]), ATTACKERS)
def test_a_vague_number_of_attackers_is_no_count(before: str, noun: str) -> None:
    assert read(cap(f"{before}several {noun} stormed the building.")) == []


# --- compound number words ------------------------------------------------------------------

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@st.composite
def hundreds_in_words(draw: st.DrawFn) -> tuple[str, int]:
    """'a hundred and thirty', 'hundred and five', 'two hundred and forty-six'."""
    hundreds = draw(st.integers(1, 9))
    tens, units = draw(st.integers(2, 9)), draw(st.integers(0, 9))
    rest = _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
    if hundreds == 1:
        head = draw(st.sampled_from(["a hundred", "one hundred", "hundred"]))
    else:
        head = f"{_UNITS[hundreds]} hundred"
    return f"{head} and {rest}", hundreds * 100 + tens * 10 + units


ODD = st.sampled_from([("-odd", "about"), ("-plus", "at_least"), ("", "exact")])


@st.composite
def compound_sentences(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'A hundred and thirty-odd <victims> were killed', 'killing two hundred-odd <victims>'."""
    if draw(st.booleans()):
        number, value = draw(hundreds_in_words())
    else:
        hundreds = draw(st.integers(2, 9))
        number, value = f"{_UNITS[hundreds]} hundred", hundreds * 100
    suffix, qualifier = draw(ODD)
    noun, subject = draw(VICTIMS)
    if draw(st.booleans()):
        text = f"{number}{suffix} {noun} {draw(KILLED_PASSIVES)}{draw(WHERE)}"
    else:
        text = f"the bombing killed {number}{suffix} {noun}"
    low, high = (value, None) if qualifier == "at_least" else (value, value)
    return cap(f"{draw(SPEAKERS_BEFORE)}{text}{draw(SPEAKERS_AFTER)}."), [
        ("killed", subject, low, high)
    ]


@given(compound_sentences())
def test_compound_number_words_with_a_glued_suffix(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(st.integers(2, 99), st.sampled_from(["-odd", "-or-so"]), ATTACKERS)
def test_a_glued_approximation_after_words_reads_as_after_digits(
    value: int, suffix: str, noun: str
) -> None:
    found = read_figures(f"{cap(spell(value))}{suffix} {noun} stormed the hotel.", LEX)
    assert [(f.metric.value, f.low, f.high, f.qualifier.value) for f in found] == [
        ("count", value, value, "about")
    ]


# --- attacker counts ------------------------------------------------------------------------

ACTS = st.sampled_from(
    [
        "carried out the attack",
        "stormed the hotel",
        "opened fire on worshippers",
        "raided the base",
    ]
)
GROUP_NAMES = st.builds(
    lambda a, b: (f"{a} {b}", (a[0] + b[0]).upper()),
    st.sampled_from(["Jamat", "Harakat", "Ansar", "Liwa", "Katiba"]),
    st.sampled_from(["Tawhid", "Nasr", "Fath", "Islah", "Shuhada"]),
)


@st.composite
def long_asides(draw: st.DrawFn) -> str:
    """', believed to be members of a little-known local group called X (XY),'"""
    name, acronym = draw(GROUP_NAMES)
    lead = draw(st.sampled_from(["believed to be members of", "members of", "all of them from"]))
    kind = draw(st.sampled_from(["a group", "a little-known local extremist group", "the group"]))
    called = draw(st.sampled_from([f" called {name}", f" known as {name}", ""]))
    bracket = draw(st.sampled_from([f" ({acronym})", ""])) if called else ""
    return f", {lead} {kind}{called}{bracket},"


@given(counts(2, 12, dozen=False), ATTACKERS, long_asides(), ACTS, SPEAKERS_BEFORE)
def test_attackers_counted_across_a_long_aside(
    number: tuple[str, int], noun: str, aside: str, act: str, before: str
) -> None:
    text, value = number
    sentence = cap(f"{before}{text} {noun}{aside} {act}.")
    assert read(sentence) == [("count", "militants", value, value)]


PERSONS = st.sampled_from(["men", "male suspects", "people", "young men", "suspects", "persons"])
PICTURES = st.sampled_from(
    ["photos of", "a photograph of", "images of", "footage of", "pictures of", "a video of"]
)
TIMES = st.sampled_from(["", " Saturday", " on Monday", " overnight"])


@given(counts(2, 12, dozen=False), PERSONS, PICTURES, TIMES, SPEAKERS_AFTER)
def test_persons_pictured_after_an_attack_are_its_attackers(
    number: tuple[str, int], noun: str, picture: str, time: str, after: str
) -> None:
    text, value = number
    head, _, of = picture.rpartition(" ")
    sentence = f"The group published {head}{time} {of} {text} {noun} holding rifles{after}."
    assert read(sentence) == [("count", "militants", value, value)]


@given(
    counts(2, 12, dozen=False),
    PERSONS,
    st.sampled_from(["captured on CCTV", "caught on camera", "seen on CCTV"]),
    st.sampled_from(["", "Police appealed for help identifying one of "]),
)
def test_persons_caught_on_camera_are_counted_not_arrested(
    number: tuple[str, int], noun: str, filmed: str, before: str
) -> None:
    text, value = number
    sentence = cap(f"{before}{text} {noun} {filmed} wheeling trolleys through the airport.")
    assert read(sentence) == [("count", "militants", value, value)]


@given(
    counts(2, 12, dozen=False),
    PERSONS,
    st.sampled_from(["stormed by", "attacked by", "carried out by", "raided by"]),
)
def test_persons_who_are_an_attacks_agent_are_its_attackers(
    number: tuple[str, int], noun: str, agent: str
) -> None:
    text, value = number
    assert read(f"The hotel was {agent} {text} {noun}, officials said.") == [
        ("count", "militants", value, value)
    ]


# --- a singular noun after an article agrees with no plural verb ----------------------------

ORGANISATIONS = st.sampled_from(
    ["a TV channel", "a local newspaper", "a security firm", "an aid agency", "a bank"]
)


KNOWN_VICTIMS = st.sampled_from(
    [
        ("cameramen", "journalists"),
        ("reporters", "journalists"),
        ("guards", "guards"),
        ("employees", "staff"),
        ("policemen", "police"),
        ("people", "people"),
    ]
)


AUX_PASSIVES = st.sampled_from(["were killed", "have been killed", "were shot dead"])


@given(counts(2, 30, dozen=False), KNOWN_VICTIMS, ORGANISATIONS, AUX_PASSIVES, SPEAKERS_AFTER)
def test_an_organisation_in_a_modifier_is_no_victim(
    number: tuple[str, int], victims: tuple[str, str], organisation: str, verb: str, after: str
) -> None:
    text, value = number
    noun, subject = victims
    sentence = cap(f"{text} {noun} working for {organisation} {verb}{after}.")
    assert read(sentence) == [("killed", subject, value, value)]


@st.composite
def parts_of_the_attackers(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'One of the four gunmen opened fire', 'two of the five attackers were arrested'."""
    total, value = draw(counts(3, 12, dozen=False))
    part = draw(st.integers(1, 2))
    noun = draw(ATTACKERS)
    frame = draw(st.sampled_from(["act", "arrested", "killed"]))
    head = f"{_UNITS[part]} of the {total} {noun}"
    if frame == "act":
        text = f"{head} {draw(ACTS)}"
        expected: list[Read] = [("count", "militants", value, value)]
    else:
        verb = "was" if part == 1 else "were"
        text = f"{head} {verb} {frame} by police"
        expected = [(frame, "militants", part, part), ("count", "militants", value, value)]
    return cap(f"{draw(SPEAKERS_BEFORE)}{text}{draw(SPEAKERS_AFTER)}."), expected


@given(parts_of_the_attackers())
def test_a_part_of_the_attackers_counts_the_whole(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


# --- a headline's passive after a prepositional modifier ------------------------------------

MODIFIERS = st.sampled_from(
    [
        "of varying nationalities",
        "from several countries",
        "at the market",
        "in the convoy",
        "from the same family",
    ]
)


@given(counts(2, 300, dozen=False), st.sampled_from(["", "at least "]), VICTIMS, MODIFIERS)
def test_a_bare_passive_after_a_modifier_is_the_subjects_verb(
    number: tuple[str, int], qualifier: str, victims: tuple[str, str], modifier: str
) -> None:
    text, value = number
    noun, subject = victims
    verb = "killed in attack on hotel"
    low, high = (value, None) if qualifier else (value, value)
    assert read(cap(f"{qualifier}{text} {noun} {modifier} {verb}")) == [
        ("killed", subject, low, high)
    ]


# --- persons said to be attackers -----------------------------------------------------------


@given(
    counts(2, 12, dozen=False),
    st.sampled_from(["men", "of the men", "people", "suicide bombers", "of the suspects"]),
    st.sampled_from(["were", "were suspected", "were believed to be", "were assessed to be"]),
    ATTACKERS,
    SPEAKERS_BEFORE,
)
def test_persons_said_to_be_attackers_are_counted(
    number: tuple[str, int], noun: str, copula: str, attackers: str, before: str
) -> None:
    text, value = number
    sentence = cap(f"{before}{text} {noun} {copula} {attackers}.")
    assert read(sentence) == [("count", "militants", value, value)]
