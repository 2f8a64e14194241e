"""Wave 13's figure phenomena, drawn with invented places, groups and numbers.

- "others" of another fate than the civilians named before ("three civilians were killed
  and 30 others wounded") are anyone hurt: people. A force named before keeps its kind.
- A partitive over a possessive ("three of his bodyguards died") is read as "of the".
- "left 29 people dead and injured 71": "dead" takes no object, so "dead and injured" is no
  verb pair over the number after it; each clause keeps its own figure.
- Suspects: a hedged noun ("suspected militants", "alleged gunmen") arrested is people, and
  the group a partitive takes arrested suspects from ("three of the 19 suspected
  militants") is no count of attackers.
- Church servants ("deacons", "sextons") of the hit church are staff.
- A toll told by its victims' relative clause ("the number of people who perished in the
  attack has risen to 50") or past a time clause of the killing ("the number of people
  killed when gunmen stormed the hotel has risen to 39"), and a rising toll's earlier
  value told with its adjective ("to 39 from the initial 22").
- Attackers told through another noun: a group's "soldiers of the caliphate" who "executed
  an attack", "the two shooting suspects" (arrested suspects stay people).
- An aside naming who all of a toll's people are ("two people, both of them police
  officers, were killed") gives a figure of that subject too.
- A partitive group's predicate names the part's subject past the group's modifier and a
  singular article ("one of the people killed in the blasts that hit Velka is a police
  constable").
- Attackers told by a participle of their act ("with two suicide bombers detonating a
  device"); persons of no attackers' noun are not made attackers by it.
- A bare number a relative clause of place follows stands for places ("two churches,
  including one at which a service was held"): no figure.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import capitalised as cap
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
KILLED = st.sampled_from(["were killed", "died", "were shot dead", "lost their lives"])
HURT = st.sampled_from(["were injured", "were wounded", "were hurt"])
# (noun of the dead, its subject, the subject of the "others" hurt)
FIRST_NOUNS = st.sampled_from(
    [
        ("civilians", "civilians", "people"),
        ("worshippers", "civilians", "people"),
        ("children", "children", "people"),
        ("people", "people", "people"),
        ("soldiers", "soldiers", "soldiers"),
        ("police officers", "police", "police"),
    ]
)


@given(FIRST_NOUNS, KILLED, HURT, st.integers(2, 90), st.integers(2, 400), st.booleans(), PLACES)
def test_others_of_another_fate_than_civilians_are_people(
    noun: tuple[str, str, str],
    killed: str,
    hurt: str,
    dead: int,
    others: int,
    words: bool,
    place: str,
) -> None:
    written, subject, others_subject = noun
    text = (
        f"{cap(number(dead, words))} {written} {killed} and {others} others {hurt} in the "
        f"attack in {place}."
    )
    assert read(text) == [
        ("killed", subject, dead, dead),
        ("wounded", others_subject, others, others),
    ]


@given(FIRST_NOUNS, KILLED, HURT, st.integers(2, 400))
def test_more_of_another_fate_are_more_of_the_same(
    noun: tuple[str, str, str], killed: str, hurt: str, more: int
) -> None:
    written, subject, _ = noun
    text = f"At least 90 {written} also {killed} and {more} more {hurt}."
    assert read(text) == [("killed", subject, 90, None), ("wounded", subject, more, more)]


POSSESSIVES = st.sampled_from(["his", "her"])
# (a noun of someone's people, its subject)
KIN = st.sampled_from(
    [
        ("bodyguards", "guards"),
        ("sons", "people"),
        ("children", "children"),
        ("relatives", "people"),
        ("guards", "guards"),
    ]
)


@given(KIN, POSSESSIVES, KILLED, st.integers(2, 12), st.booleans(), PLACES)
def test_a_partitive_over_a_possessive_counts_the_part(
    kin: tuple[str, str], possessive: str, killed: str, n: int, words: bool, place: str
) -> None:
    noun, subject = kin
    text = f"The governor of {place} and {number(n, words)} of {possessive} {noun} {killed}."
    assert read(text) == [("killed", subject, n, n)]


LEFT_AGENTS = st.sampled_from(
    ["a blast that", "The bombing in the market", "The attack on the Okvara church"]
)
SECOND_VERBS = st.sampled_from(["injured", "wounded"])
SECOND_QUALIFIERS = st.sampled_from(
    [("", 0, True), ("at least ", 0, False), ("more than ", 1, False)]
)


@given(
    LEFT_AGENTS,
    st.sampled_from(["people ", ""]),
    SECOND_VERBS,
    SECOND_QUALIFIERS,
    st.integers(2, 90),
    st.integers(2, 400),
    st.booleans(),
    st.booleans(),
)
def test_dead_and_a_verb_with_its_own_number_are_two_clauses(
    agent: str,
    noun: str,
    verb: str,
    qualifier: tuple[str, int, bool],
    dead: int,
    hurt: int,
    words: bool,
    others: bool,
) -> None:
    opener, plus, exact = qualifier
    tail = " others" if others else ""
    text = cap(
        f"{agent} left {number(dead, words)} {noun}dead and {verb} {opener}{hurt}{tail} in "
        "the town."
    )
    assert read(text) == [
        ("killed", "people", dead, dead),
        ("wounded", "people", hurt + plus, hurt if exact else None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one pair over one number stays a casualty count
        ("Gunmen killed and wounded 70 people.", [("casualties", "people", 70, 70)]),
        ("The blast left 40 dead and injured.", [("casualties", "people", 40, 40)]),
        ("There were 40 dead and injured in the blast.", [("casualties", "people", 40, 40)]),
    ],
)
def test_a_pair_with_no_number_after_it_stays_one_metric(text: str, expected: list) -> None:
    assert read(text) == expected


HEDGES = st.sampled_from(["suspected", "alleged"])
ATTACKER_NOUNS = st.sampled_from(["militants", "gunmen", "attackers", "terrorists"])
ARRESTS = st.sampled_from(
    [
        "Police arrested {n} of the {w} {h} {a} in {p}.",
        "{N} of the {w} {h} {a} were arrested in {p}.",
        "The authorities detained {n} {h} {a} in {p}.",
    ]
)


@given(ARRESTS, HEDGES, ATTACKER_NOUNS, st.integers(2, 9), st.integers(10, 40), PLACES)
def test_suspects_arrested_are_people_and_their_group_no_count(
    pattern: str,
    hedge: str,
    noun: str,
    n: int,
    whole: int,
    place: str,
) -> None:
    text = pattern.format(n=n, N=cap(number(n, True)), w=whole, h=hedge, a=noun, p=place)
    assert read(text) == [("arrested", "people", n, n)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unhedged attackers arrested stay attackers, and their group is their count
        (
            "Police arrested two of the five attackers in Velka.",
            [("arrested", "militants", 2, 2), ("count", "militants", 5, 5)],
        ),
        # a hedged group of which some are killed is still counted
        (
            "Two of the three suspected attackers were killed in Okvara.",
            [("killed", "militants", 2, 2), ("count", "militants", 3, 3)],
        ),
        # church servants
        ("He was among six deacons killed in the Dunmar attack.", [("killed", "staff", 6, 6)]),
        (
            "Two deacons were killed and a sexton was wounded.",
            [("killed", "staff", 2, 2), ("wounded", "staff", 1, 1)],
        ),
    ],
)
def test_suspects_and_church_servants(text: str, expected: list) -> None:
    assert read(text) == expected


TOLL_NOUNS = st.sampled_from(
    [
        ("The number of people who perished", "killed"),
        ("The number of people who died", "killed"),
        ("The total number of those who lost their lives", "killed"),
        ("The number of people who were injured", "wounded"),
        ("The number of people killed", "killed"),
    ]
)
TOLL_MODIFIERS = st.sampled_from(
    [
        "",
        " in the attack on the {p} market on Friday",
        " when gunmen and suicide bombers struck a hotel in {p}",
        " after a car bomb went off near the {p} ministry",
    ]
)
TOLL_VERBS = st.sampled_from(["has risen to", "rose to", "climbed to", "has reached"])
EARLIER = st.sampled_from(["", " from the initial {e}", " from an earlier {e}", " from {e}"])


@given(
    TOLL_NOUNS, TOLL_MODIFIERS, TOLL_VERBS, EARLIER, st.integers(30, 90), st.integers(2, 29), PLACES
)
def test_a_toll_past_a_relative_or_time_clause_and_its_earlier_value(
    noun: tuple[str, str],
    modifier: str,
    verb: str,
    earlier: str,
    n: int,
    before: int,
    place: str,
) -> None:
    toll, metric = noun
    text = f"{toll}{modifier.format(p=place)} {verb} {n}{earlier.format(e=before)}, police said."
    expected = [(metric, "people", n, n)]
    if earlier:
        expected.append((metric, "people", before, before))
    assert read(text) == expected


SOLDIER_NOUNS = st.sampled_from(
    ["soldiers of the caliphate", "soldiers of the Khilafah", "soldiers of the Islamic State"]
)
ACTS = st.sampled_from(
    [
        "executed an attack on",
        "executed the attack on",
        "attacked",
        "stormed",
        "carried out an attack on",
    ]
)
TARGETS = st.sampled_from(["a church in {p}", "the {p} police station", "a market in {p}"])


@given(SOLDIER_NOUNS, ACTS, TARGETS, st.integers(2, 9), st.booleans(), PLACES)
def test_soldiers_of_a_group_who_attack_are_counted(
    noun: str, act: str, target: str, n: int, words: bool, place: str
) -> None:
    text = f"{cap(number(n, words))} {noun} {act} {target.format(p=place)}, the group said."
    assert read(text) == [("count", "militants", n, n)]


SUSPECT_KINDS = st.sampled_from(["shooting", "bombing", "attack", "stabbing"])


@given(SUSPECT_KINDS, st.integers(2, 9), st.booleans(), PLACES)
def test_suspects_of_an_attack_are_attackers_unless_arrested(
    kind: str, n: int, words: bool, place: str
) -> None:
    killed = f"{cap(number(n, words))} {kind} suspects were shot dead in {place}."
    arrested = f"Police in {place} arrested {number(n, words)} {kind} suspects."
    assert read(killed) == [("killed", "militants", n, n)]
    assert read(arrested) == [("arrested", "people", n, n)]


WHOLES = st.sampled_from(["people", "victims", "persons"])
APPOSED = st.sampled_from(
    [
        ("police officers", "police"),
        ("soldiers", "soldiers"),
        ("children", "children"),
        ("women", "women"),
        ("Okvaran civilians", "civilians"),
    ]
)
QUANTIFIERS = st.sampled_from([("both of them", 2), ("all of them", None)])


@given(WHOLES, APPOSED, QUANTIFIERS, st.integers(3, 40), KILLED, PLACES)
def test_an_aside_naming_all_of_the_people_gives_their_subject(
    whole: str,
    apposed: tuple[str, str],
    quantifier: tuple[str, int | None],
    n: int,
    killed: str,
    place: str,
) -> None:
    words, fixed = quantifier
    n = fixed or n
    noun, subject = apposed
    text = f"{cap(number(n, True))} {whole}, {words} {noun}, {killed} in {place}."
    assert read(text) == [("killed", "people", n, n), ("killed", subject, n, n)]


def test_an_aside_naming_most_of_the_people_gives_no_figure() -> None:
    text = "The attack killed 148 people, almost all of them students."
    assert read(text) == [("killed", "people", 148, 148)]


PLACE_NOUNS = st.sampled_from(["churches", "mosques", "markets", "checkpoints"])
PLACE_RELATIVES = st.sampled_from(["at which", "in which", "on which", "near which"])


@given(PLACE_NOUNS, PLACE_RELATIVES, st.integers(12, 90), st.integers(1, 3), PLACES)
def test_a_number_of_places_told_by_a_relative_of_place_is_no_figure(
    noun: str, relative: str, killed: int, part: int, place: str
) -> None:
    text = (
        f"Bombers killed {killed} people at two {noun} in {place}, including "
        f"{number(part, True)} {relative} a service was held."
    )
    assert read(text) == [("killed", "people", killed, killed)]


def test_a_person_told_by_who_stays_a_part() -> None:
    text = "The blast killed 12 people, including one who was a child."
    assert read(text) == [("killed", "people", 12, 12), ("killed", "people", 1, 1)]


GROUPS_OF = st.sampled_from(
    [("the people killed", "killed"), ("the dead", "killed"), ("the wounded", "wounded")]
)
GROUP_MODIFIERS = st.sampled_from(
    ["", " in the blasts that hit {p}", " in Tuesday's bombing in {p}", " at the {p} market"]
)
SINGULAR_PREDICATES = st.sampled_from(
    [
        ("is a police constable", "police"),
        ("was a soldier", "soldiers"),
        ("was a child", "children"),
        ("is a security guard", "guards"),
    ]
)


@given(GROUPS_OF, GROUP_MODIFIERS, SINGULAR_PREDICATES, PLACES)
def test_a_singular_predicate_names_the_part_past_the_group_modifier(
    group: tuple[str, str], modifier: str, predicate: tuple[str, str], place: str
) -> None:
    noun, metric = group
    words, subject = predicate
    text = f"One of {noun}{modifier.format(p=place)} {words}, officials said."
    assert read(text) == [(metric, subject, 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of the dead was a soldier and two were children.",
            [("killed", "soldiers", 1, 1), ("killed", "children", 2, 2)],
        ),
        ("Five of the wounded were taken to hospital.", [("wounded", "people", 5, 5)]),
    ],
)
def test_a_group_predicate_stops_at_the_next_clause(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blasts came minutes apart, with two suicide bombers on motorbikes detonating "
            "a device near the Okvara parliament.",
            [("count", "militants", 2, 2)],
        ),
        (
            "Three people were killed when two bombers blowing themselves up at the gate.",
            [("killed", "people", 3, 3), ("count", "militants", 2, 2)],
        ),
        ("Police shot two men detonating a device.", []),
    ],
)
def test_attackers_told_by_a_participle_of_their_act(text: str, expected: list) -> None:
    assert read(text) == expected
