"""Round 10's figure phenomena, drawn with invented places, speakers and numbers.

Each grammar varies a phenomenon (numbers in digits or words, speakers before or after,
nouns, verbs) and states the figures it must yield:

- a definite victim of a casualty participle ("..., killing the driver") is one;
- hospital intake ("were brought in dead");
- security forces added after a chain's arrests are its victims;
- a group's fate in a relative clause (", all of whom were killed") is its count too;
- "the number of <attackers>" and "a report of N attackers" are counts;
- an adverb in "-ly" between a subject and its verb;
- people who attacked are attackers;
- "at least" carried over a list joined by "and";
- a participle coordinated with the casualty one ("were surrounded and killed");
- an aside that tells the attackers by what they carry.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.vocab import Lexicon
from tests.strategies import capitalised as capital
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

LEX = Lexicon.default()

PLACES = ["Zelvania", "Okvara", "Dunmar", "Brelton"]
BEFORE = st.sampled_from(["", "Police in Okvara said ", "A Zelvanian official said that "])
AFTER = st.sampled_from(["", ", a police spokesman said", ", Colonel Varnek told reporters"])
ATTACKERS = st.sampled_from(["gunmen", "attackers", "assailants", "militants"])


@given(
    head=st.sampled_from(
        [
            ("driver", "people"),
            ("guard", "guards"),
            ("policeman", "police"),
            ("shopkeeper", "people"),
        ]
    ),
    verb=st.sampled_from([("killing", "killed"), ("wounding", "wounded"), ("injuring", "wounded")]),
    place=st.sampled_from(PLACES),
    after=AFTER,
)
def test_a_definite_victim_of_a_participle_is_one(head, verb, place, after):
    text = f"A car bomb exploded outside {place}, {verb[0]} the {head[0]}{after}."
    assert read(text) == [(verb[1], head[1], 1, 1)]


@given(
    word=st.sampled_from(["momentum", "talks", "engine", "plan"]),
    place=st.sampled_from(PLACES),
)
def test_a_definite_object_that_is_no_person_is_no_figure(word, place):
    assert read(f"The blast in {place} went off, killing the {word}.") == []


@given(
    n=st.integers(2, 400),
    words=st.booleans(),
    opener=st.sampled_from(["", "a total of "]),
    noun=st.sampled_from([("people", "people"), ("passengers", "civilians")]),
    fate=st.sampled_from(["brought in dead", "brought dead to the hospital", "dead on arrival"]),
    before=st.sampled_from(["Doctors said ", "Staff at two clinics told reporters that "]),
)
def test_hospital_intake_is_a_toll(n, words, opener, noun, fate, before):
    text = f"{before}{opener}{number(n, words)} {noun[0]} were {fate}."
    assert read(text) == [("killed", noun[1], n, n)]


@given(
    n=st.integers(2, 30),
    k=st.integers(2, 30),
    forces=st.sampled_from([("policemen", "police"), ("soldiers", "soldiers")]),
    words=st.booleans(),
)
def test_security_forces_added_after_arrests_are_victims(n, k, forces, words):
    text = (
        f"{capital(number(n, words))} gunmen were killed and several arrested, as well as "
        f"{number(k, words)} {forces[0]}."
    )
    assert read(text) == [("killed", "militants", n, n), ("killed", forces[1], k, k)]


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    noun=ATTACKERS,
    relative=st.sampled_from(["all of whom", "all of them"]),
    fate=st.sampled_from([("were killed", "killed"), ("were arrested", "arrested")]),
    before=BEFORE,
)
def test_a_group_fate_in_a_relative_clause_is_also_its_count(
    n, words, noun, relative, fate, before
):
    text = f"{before}there were {number(n, words)} {noun} involved, {relative} {fate[0]}."
    got = read(text)
    assert ("count", "militants", n, n) in got
    assert (fate[1], "militants", n, n) in got


@given(
    n=st.integers(2, 15),
    words=st.booleans(),
    noun=ATTACKERS,
    frame=st.sampled_from(
        [
            "Police put the number of {noun} at {n}",
            "Officials said the number of {noun} was {n}",
            "The number of {noun} rose to {n}, the ministry said",
            "The Zelvanian army disputed the police's report of {n} {noun}",
            "Witnesses spoke of {n} {noun}",
        ]
    ),
)
def test_a_count_told_without_a_verb_that_counts(n, words, noun, frame):
    text = frame.format(noun=noun, n=number(n, words)) + "."
    assert read(text) == [("count", "militants", n, n)]


@given(
    n=st.integers(2, 20),
    words=st.booleans(),
    noun=ATTACKERS,
    adverb=st.sampled_from(["eventually", "reportedly", "apparently", "initially"]),
    place=st.sampled_from(PLACES),
)
def test_an_adverb_between_a_count_and_its_verb(n, words, noun, adverb, place):
    text = f"{capital(number(n, words))} {noun} {adverb} stormed the {place} hotel."
    assert read(text) == [("count", "militants", n, n)]


@given(
    n=st.integers(2, 20),
    words=st.booleans(),
    noun=st.sampled_from(["people", "men"]),
    act=st.sampled_from(["had attacked", "stormed", "attacked"]),
    fate=st.sampled_from([("were killed", "killed"), ("were dead", "killed")]),
    place=st.sampled_from(PLACES),
    before=BEFORE,
)
def test_people_who_attacked_are_attackers(n, words, noun, act, fate, place, before):
    text = f"{before}{number(n, words)} {noun} who {act} the {place} parliament {fate[0]}."
    assert read(text) == [(fate[1], "militants", n, n)]


@given(
    n=st.integers(2, 90),
    k=st.integers(2, 90),
    words=st.booleans(),
    first=st.sampled_from([("soldiers", "soldiers"), ("children", "children")]),
    second=st.sampled_from([("civilians", "civilians"), ("women", "women")]),
    verb=st.sampled_from(["were killed", "are among the dead", "died"]),
    after=AFTER,
)
def test_at_least_is_carried_over_a_list(n, k, words, first, second, verb, after):
    text = (
        f"At least {number(n, words)} {first[0]} and {number(k, words)} {second[0]} {verb}{after}."
    )
    assert read(text) == [("killed", first[1], n, None), ("killed", second[1], k, None)]


@given(n=st.integers(2, 90), k=st.integers(2, 90), words=st.booleans())
def test_more_than_is_not_carried_over_a_list(n, k, words):
    text = f"More than {number(n, words)} people and {number(k, words)} soldiers were killed."
    assert read(text) == [("killed", "people", n + 1, None), ("killed", "soldiers", k, k)]


@given(
    n=st.integers(2, 20),
    words=st.booleans(),
    noun=ATTACKERS,
    first=st.sampled_from(["surrounded", "contained", "cornered", "trapped"]),
    fate=st.sampled_from(["killed", "shot dead"]),
    after=AFTER,
)
def test_a_participle_shares_its_auxiliary_with_the_fate(n, words, noun, first, fate, after):
    text = f"{capital(number(n, words))} {noun} were {first} and {fate}{after}."
    assert read(text) == [("killed", "militants", n, n)]


@given(
    n=st.integers(3, 9),
    words=st.booleans(),
    noun=ATTACKERS,
    aside=st.sampled_from(
        [
            "one with a pistol and {m} with AK-47 rifles",
            "{m} armed with rifles",
            "{m} of them wearing suicide vests",
            "{m} carrying grenades",
        ]
    ),
    verb=st.sampled_from(["stormed", "raided", "burst into"]),
    place=st.sampled_from(PLACES),
)
def test_an_aside_of_what_attackers_carry(n, words, noun, aside, verb, place):
    told = aside.format(m=number(2, words))
    text = f"{capital(number(n, words))} {noun}, {told}, {verb} the {place} parliament."
    assert read(text)[0] == ("count", "militants", n, n)


@given(
    n=st.integers(2, 9),
    k=st.integers(10, 200),
    words=st.booleans(),
    first=st.sampled_from([("gunmen", "militants"), ("worshippers", "civilians")]),
    parts=st.sampled_from(["students and guards", "policemen", "nurses, staff and guards"]),
)
def test_others_whose_parts_the_kind_before_does_not_hold_are_people(n, k, words, first, parts):
    text = (
        f"{capital(number(n, words))} {first[0]} were killed, and more than {k} others "
        f"including {parts} were wounded."
    )
    assert read(text)[:2] == [("killed", first[1], n, n), ("wounded", "people", k + 1, None)]
