"""Round 15's figure phenomena, drawn with invented places, groups and numbers.

- One verb pair over one number ("killing and wounding 70", "killed or injured 70"):
  the number counts the killed and the wounded together, a ``casualties`` figure.
- One number over two heads joined by "and" ("70 Zelvanian civilians and Okvaran
  soldiers"): the subject is the nearest one holding both heads, unless the second head
  has a number of its own or opens a clause.
- A toll a modal says the count may reach ("the toll could reach 40", "is expected to top
  50") is a ceiling, and an early count.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.vocab import Lexicon
from tests.strategies import capitalised
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
GROUPS = st.sampled_from(["The Okvara Front", "The Zelvani Brigade", "Dunmar militants"])
# One verb pair over one number, in either order, joined by "and" or "or".
HARM_PAIRS = st.sampled_from(
    [
        "killing and wounding",
        "killing and injuring",
        "killing or injuring",
        "killing and maiming",
        "wounding and killing",
        "injuring or killing",
        "killed and injured",
        "killed or wounded",
        "wounded and killed",
        "injured or killed",
    ]
)
QUALIFIERS = st.sampled_from([("", "exact"), ("at least ", "at_least"), ("nearly ", "about")])


@given(GROUPS, HARM_PAIRS, QUALIFIERS, st.integers(2, 400), st.booleans(), PLACES)
def test_one_verb_pair_over_one_number_is_a_casualty_count(
    group: str,
    pair: str,
    qualifier: tuple[str, str],
    n: int,
    words: bool,
    place: str,
) -> None:
    text = f"{group} claimed {pair} {qualifier[0]}{number(n, words)} people in {place}."
    figures = read_figures(text, Lexicon.default())
    assert [(f.metric.value, f.subject.value, f.qualifier.value) for f in figures] == [
        ("casualties", "people", qualifier[1])
    ]
    if qualifier[1] != "about":
        assert figures[0].low == n


@given(st.integers(2, 90), st.integers(2, 90), PLACES, st.booleans())
def test_each_verb_with_its_own_number_keeps_its_metric(
    killed: int, wounded: int, place: str, words: bool
) -> None:
    text = (
        f"The blast in {place} went off, killing {number(killed, words)} and injuring "
        f"{number(wounded, words)}."
    )
    assert read(text) == [
        ("killed", "people", killed, killed),
        ("wounded", "people", wounded, wounded),
    ]


# (first head, second head, the nearest subject holding both)
JOINED_HEADS = st.sampled_from(
    [
        ("civilians", "soldiers", "people"),
        ("villagers", "troops", "people"),
        ("policemen", "soldiers", "security_forces"),
        ("police officers", "guards", "security_forces"),
        ("women", "children", "civilians"),
        ("soldiers", "militants", "people"),
    ]
)
MODIFIERS = st.sampled_from(["", "Zelvanian ", "Okvaran ", "Velka "])
VERBS = st.sampled_from([("killed", "killed"), ("wounded", "wounded"), ("killing", "killed")])


@given(st.integers(2, 400), JOINED_HEADS, MODIFIERS, MODIFIERS, VERBS, PLACES, st.booleans())
def test_one_number_over_two_joined_heads_counts_both(
    n: int,
    heads: tuple[str, str, str],
    first_modifier: str,
    second_modifier: str,
    verb: tuple[str, str],
    place: str,
    words: bool,
) -> None:
    first, second, both = heads
    text = (
        f"The attack in {place} {verb[0]} {number(n, words)} {first_modifier}{first} and "
        f"{second_modifier}{second}."
    )
    assert read(text) == [(verb[1], both, n, n)]


SUBJECT_OF = {
    "civilians": "civilians",
    "villagers": "civilians",
    "policemen": "police",
    "police officers": "police",
    "women": "women",
    "soldiers": "soldiers",
    "troops": "soldiers",
    "guards": "guards",
    "children": "children",
    "militants": "militants",
}


@given(st.integers(2, 90), st.integers(2, 90), JOINED_HEADS, PLACES, st.booleans())
def test_a_second_head_with_its_own_number_is_a_figure_of_its_own(
    n: int, m: int, heads: tuple[str, str, str], place: str, words: bool
) -> None:
    first, second, _ = heads
    one, two = number(n, words), number(m, words)
    text = f"The attack in {place} killed {one} {first} and {two} {second}."
    got = read(text)
    assert got[0] == ("killed", SUBJECT_OF[first], n, n)
    assert len(got) == 2 and got[1][2:] == (m, m)


SPEAKER_CLAUSES = st.sampled_from(["police said", "officials said", "police told reporters"])


@given(st.integers(2, 90), SPEAKER_CLAUSES, PLACES, st.booleans())
def test_a_noun_after_and_that_opens_a_clause_is_no_second_head(
    n: int, clause: str, place: str, words: bool
) -> None:
    text = f"The blast killed {number(n, words)} soldiers in {place} and {clause} more had died."
    assert read(text)[0] == ("killed", "soldiers", n, n)


MODAL_REACHES = st.sampled_from(
    [
        "could reach",
        "may reach",
        "might reach",
        "could rise to",
        "could climb to",
        "may top",
        "is expected to reach",
        "was feared to reach",
        "is likely to top",
    ]
)
TOLLS = st.sampled_from(["the death toll", "the toll", "the number of dead"])
SPEAKERS = st.sampled_from(["An official said", "Doctors in {place} warned", "Officials feared"])


@given(st.integers(2, 400), MODAL_REACHES, TOLLS, SPEAKERS, PLACES)
def test_a_toll_a_modal_says_may_reach_is_an_early_ceiling(
    n: int, reach: str, toll: str, speaker: str, place: str
) -> None:
    text = f"{speaker.format(place=place)} that {toll} {reach} {n}."
    figures = read_figures(capitalised(text), Lexicon.default())
    assert [(f.metric.value, f.low, f.high, f.qualifier.value) for f in figures] == [
        ("killed", None, n, "at_most")
    ]
    assert figures[0].provisional


NOBODY = st.sampled_from(["no fatalities", "no casualties", "no deaths"])


@given(NOBODY, JOINED_HEADS, PLACES)
def test_heads_listed_after_among_stay_subjects_of_their_own(
    nobody: str, heads: tuple[str, str, str], place: str
) -> None:
    first, second, _ = heads
    text = f"Officials in {place} said there were {nobody} among {first} and {second}."
    assert [subject for _, subject, _, _ in read(text)] == [SUBJECT_OF[first], SUBJECT_OF[second]]


# An item of a list of parts named with a postmodifier ("of the Okvara Corps", its acronym
# in brackets): the next item joined by "and" is a part of the same whole.
FORCES = st.sampled_from(
    [
        "of the Okvara Corps",
        "of paramilitary troops Okvara Corps (OC)",
        "of the Zelvanian Rifles (ZR)",
        "from Dunmar",
        "of the Velka Guard",
    ]
)
FIRST_ITEMS = st.sampled_from(
    [
        ("a soldier", "soldiers", 1),
        ("a policeman", "police", 1),
        ("one soldier", "soldiers", 1),
        ("two policemen", "police", 2),
    ]
)
NEXT_ITEMS = st.sampled_from(["children", "women"])


@given(st.integers(20, 90), FIRST_ITEMS, FORCES, st.integers(2, 9), NEXT_ITEMS, st.booleans())
def test_a_listed_part_with_a_postmodifier_joins_the_next_part(
    n: int, first: tuple[str, str, int], force: str, m: int, noun: str, words: bool
) -> None:
    item, subject, count = first
    text = (
        f"At least {number(n, words)} people, including {item} {force} and "
        f"{number(m, words)} {noun}, were killed."
    )
    expected = [("killed", "people", n, None), ("killed", subject, count, count)]
    if item.startswith("a "):
        expected.pop()  # a bare singular part is no figure (figev20); the list still joins
    assert read(text) == [*expected, ("killed", noun, m, m)]


# One leader's fate told with an indefinite article is a targeted killing, no toll; a
# leader listed after "and" among casualties, or leaders counted, are figures.
LEADER_NOUNS = st.sampled_from(
    [
        "a senior Okvara Front commander",
        "a Zelvani Brigade commander",
        "a top Velka leader",
        "an ex-Dunmar militant commander",
    ]
)
LEADER_FATES = st.sampled_from(
    [
        "officials said {leader} was killed by special forces near {place}",
        "special forces had killed {leader} near {place}",
        "the attack came in revenge for the killing of {leader} in {place}",
    ]
)


@given(LEADER_NOUNS, LEADER_FATES, PLACES)
def test_one_leaders_fate_is_no_toll(leader: str, fate: str, place: str) -> None:
    text = capitalised(fate.format(leader=leader, place=place)) + "."
    assert read(text) == []


@given(st.integers(2, 90), PLACES, st.booleans())
def test_a_leader_listed_among_casualties_is_a_figure(n: int, place: str, words: bool) -> None:
    text = f"Gunmen in {place} killed {number(n, words)} soldiers and a commander."
    assert read(text) == [("killed", "soldiers", n, n), ("killed", "leaders", 1, 1)]
