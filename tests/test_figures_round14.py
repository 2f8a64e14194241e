"""Round 14's figure phenomena, drawn with invented places and numbers.

"All N of <a group of casualties>" counts the whole group, whatever befalls it after: "All
49 of those killed have been identified" is a toll of 49, where "28 of the victims had
been identified" is a part counted for another reason, no casualty figure.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
# (the group a partitive names, its metric)
GROUPS = st.sampled_from(
    [
        ("those killed", "killed"),
        ("those fatally shot", "killed"),
        ("those who died", "killed"),
        ("the dead", "killed"),
        ("the victims", "killed"),
        ("those wounded", "wounded"),
        ("the injured", "wounded"),
    ]
)
# Passives that befall a group after the attack, no casualty of their own.
AFTERMATHS = st.sampled_from(
    [
        "have been identified",
        "had been identified by {place} police",
        "were buried in {place} on Friday",
        "have been named",
        "were mourned in {place} on Sunday",
    ]
)


@given(st.integers(2, 400), GROUPS, AFTERMATHS, PLACES, st.booleans())
def test_all_of_a_group_of_casualties_is_its_toll(
    n: int, group: tuple[str, str], after: str, place: str, words: bool
) -> None:
    noun, metric = group
    text = f"All {number(n, words)} of {noun} {after.format(place=place)}."
    assert read(text) == [(metric, "people", n, n)]


@given(st.integers(2, 400), GROUPS, AFTERMATHS, PLACES, st.booleans())
def test_a_part_of_a_group_of_casualties_with_an_aftermath_is_no_figure(
    n: int, group: tuple[str, str], after: str, place: str, words: bool
) -> None:
    noun, _ = group
    text = f"{number(n, words).capitalize()} of {noun} {after.format(place=place)}."
    assert read(text) == []


# A definite count of attackers whose plural takes no "-s" ("the four fidayeen"): the
# function word after it shows the noun is the group's head, not a modifier of a unit.
NO_S_PLURALS = st.sampled_from(["fidayeen", "Taliban"])
COUNT_PREDICATES = st.sampled_from(
    [
        "were guided by a local",
        "were trained in {place}",
        "had entered {place} a day before",
        "were seen near {place}",
    ]
)


@given(st.integers(2, 12), NO_S_PLURALS, COUNT_PREDICATES, PLACES, st.booleans())
def test_a_definite_count_of_a_plural_without_s_is_the_attackers_count(
    n: int, noun: str, predicate: str, place: str, words: bool
) -> None:
    text = f"Officials said the {number(n, words)} {noun} {predicate.format(place=place)}."
    assert read(text) == [("count", "militants", n, n)]


@given(st.integers(2, 12), PLACES, st.booleans())
def test_a_subject_word_modifying_a_unit_is_no_count(n: int, place: str, words: bool) -> None:
    text = f"Officials said the {number(n, words)} militant groups were banned in {place}."
    assert read(text) == []


# A group's name broken at a line end, its hyphen glued to the first half and a space
# before the second ("Jaish-e- Okvar"), is still one modifier of the noun after it.
FIRST_HALVES = st.sampled_from(["Jaish-e", "Lashkar-e", "Tehreek-i", "Harkat-ul"])
SECOND_HALVES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
# (the head noun, the subject)
ARMED_HEADS = st.sampled_from(
    [("gunmen", "militants"), ("militants", "militants"), ("fighters", "militants")]
)
FATES = st.sampled_from([("were killed", "killed"), ("were arrested", "arrested")])


@given(st.integers(2, 40), FIRST_HALVES, SECOND_HALVES, ARMED_HEADS, FATES, st.booleans())
def test_a_name_broken_at_a_line_end_modifies_its_noun(
    n: int,
    first: str,
    second: str,
    head: tuple[str, str],
    fate: tuple[str, str],
    words: bool,
) -> None:
    noun, subject = head
    verb, metric = fate
    text = f"Police said {number(n, words)} {first}- {second} {noun} {verb}."
    assert read(text) == [(metric, subject, n, n)]


# Attackers counted by a noun whose first predicate is no attacker's act, and whose later
# one, after a joiner of predicates, kills themselves: attackers killed.
ATTACKER_NOUNS = st.sampled_from(["gunmen", "fighters", "militants", "attackers", "bombers"])
PLAIN_PREDICATES = st.sampled_from(
    [
        "reached the {place} hall",
        "used rifles and grenades",
        "held the guests for hours",
        "waited near the {place} gate",
    ]
)
LATE_JOINERS = st.sampled_from([", then", " and then", ", where they", " before they"])
SELF_KILLINGS = st.sampled_from(
    ["blew themselves up", "detonated their suicide vests", "set off their explosive belts"]
)


@given(st.integers(2, 9), ATTACKER_NOUNS, PLAIN_PREDICATES, LATE_JOINERS, SELF_KILLINGS, PLACES)
def test_attackers_who_later_kill_themselves_are_attackers_killed(
    n: int, noun: str, first: str, joiner: str, act: str, place: str
) -> None:
    text = f"Police said {number(n, True)} {noun} {first.format(place=place)}{joiner} {act}."
    assert read(text) == [("killed", "militants", n, n)]


# A count of attackers by their act, then a self-killing after a comma and a joiner: the
# same number is also the attackers killed.
ATTACKS = st.sampled_from(["stormed the {place} hall", "opened fire on the crowd"])
COMMA_JOINERS = st.sampled_from([", then", ", and then", ", where they", ", before they"])


@given(st.integers(2, 9), ATTACKER_NOUNS, ATTACKS, COMMA_JOINERS, SELF_KILLINGS, PLACES)
def test_a_count_of_attackers_then_their_self_killing_is_also_their_deaths(
    n: int, noun: str, attack: str, joiner: str, act: str, place: str
) -> None:
    text = f"Police said {number(n, True)} {noun} {attack.format(place=place)}{joiner} {act}."
    assert read(text) == [("count", "militants", n, n), ("killed", "militants", n, n)]


# A quotation that opens at the predicate, the number and its noun in the reporter's
# words: the verb inside it is still the subject's.
QUOTE_MARKS = st.sampled_from([('"', '"'), ("\u201c", "\u201d")])
# (the quoted predicate, the figure it makes)
QUOTED_PREDICATES = st.sampled_from(
    [
        ("{n} gunmen {o}stormed the {place} hall{c}", ("count", "militants")),
        ("{n} fighters {o}opened fire on the crowd in {place}{c}", ("count", "militants")),
        ("{n} people {o}were killed in {place}{c}", ("killed", "people")),
        ("{n} soldiers {o}were wounded near {place}{c}", ("wounded", "soldiers")),
    ]
)


@given(st.integers(2, 90), QUOTED_PREDICATES, QUOTE_MARKS, PLACES, st.booleans())
def test_a_quotation_opening_at_the_predicate_keeps_its_subject(
    n: int,
    predicate: tuple[str, tuple[str, str]],
    marks: tuple[str, str],
    place: str,
    words: bool,
) -> None:
    wording, (metric, subject) = predicate
    opener, closer = marks
    clause = wording.format(n=number(n, words), o=opener, c=closer, place=place)
    assert read(f"The statement said {clause}.") == [(metric, subject, n, n)]


# Nouns news uses for attackers by their weapon or act: counted by an attacker's act,
# killed or arrested like any other attackers.
WEAPON_NOUNS = st.sampled_from(["shooters", "knifemen", "hijackers"])
WEAPON_FATES = st.sampled_from(
    [
        ("opened fire in the {place} club", "count"),
        ("stormed the {place} terminal", "count"),
        ("were killed by police in {place}", "killed"),
        ("were arrested in {place}", "arrested"),
    ]
)


@given(st.integers(2, 9), WEAPON_NOUNS, WEAPON_FATES, PLACES, st.booleans())
def test_attackers_named_by_their_weapon_are_militants(
    n: int, noun: str, fate: tuple[str, str], place: str, words: bool
) -> None:
    predicate, metric = fate
    text = f"Police said {number(n, words)} {noun} {predicate.format(place=place)}."
    assert read(text) == [(metric, "militants", n, n)]


@given(PLACES, st.sampled_from(["shooter", "knifeman", "hijacker"]))
def test_a_lone_attacker_named_by_his_weapon_is_one(place: str, noun: str) -> None:
    text = f"Police said a lone {noun} opened fire in the {place} club."
    assert read(text) == [("count", "militants", 1, 1)]


# Hedges of seeming between a subject and its verb ("seem to have", "appears to have"),
# stepped over as "said to have" is.
HEDGES = st.sampled_from(
    ["seem to have", "seems to have", "seemed to have", "appear to have", "appeared to have"]
)
# (the predicate after the hedge, the noun, the figure it makes)
HEDGED = st.sampled_from(
    [
        ("been killed in {place}", "people", ("killed", "people")),
        ("been wounded near {place}", "soldiers", ("wounded", "soldiers")),
        ("carried out the {place} attack", "gunmen", ("count", "militants")),
        ("committed the bombings in {place}", "militants", ("count", "militants")),
    ]
)


@given(st.integers(2, 90), HEDGES, HEDGED, PLACES, st.booleans())
def test_a_hedge_of_seeming_keeps_the_verb_the_subjects(
    n: int, hedge: str, hedged: tuple[str, str, tuple[str, str]], place: str, words: bool
) -> None:
    predicate, noun, (metric, subject) = hedged
    text = f"Police said {number(n, words)} {noun} {hedge} {predicate.format(place=place)}."
    assert read(text) == [(metric, subject, n, n)]


# "committed" an attack is an attacker's act, as "carried out" is.
COMMITTED = st.sampled_from(
    ["the attack", "the attacks", "suicide attacks", "the bombings", "the massacre"]
)


@given(st.integers(2, 9), ATTACKER_NOUNS, COMMITTED, st.booleans())
def test_attackers_who_committed_an_attack_are_counted(
    n: int, noun: str, act: str, words: bool
) -> None:
    assert read(f"Police said {number(n, words)} {noun} committed {act}.") == [
        ("count", "militants", n, n)
    ]


# A part of a group named before ("two of them"), doing an attacker's act: attackers,
# whatever the group's noun was.
PART_ACTS = st.sampled_from(
    [
        "opened fire on the crowd",
        "stormed the {place} hotel",
        "carried out suicide attacks",
        "committed the bombings in {place}",
    ]
)


@given(st.integers(2, 9), PART_ACTS, PLACES, st.booleans(), st.sampled_from(["", "seem to have "]))
def test_a_part_of_them_doing_an_attackers_act_counts_attackers(
    n: int, act: str, place: str, words: bool, hedge: str
) -> None:
    text = f"{number(n, words).capitalize()} of them {hedge}{act.format(place=place)}."
    assert read(text) == [("count", "militants", n, n)]


# Whoever wore explosives is an attacker: "wore" or "were wearing" and the gear of a
# suicide attack count the wearers, as an attacker's act does.
WEARING = st.sampled_from(["wore", "were wearing"])
GEAR = st.sampled_from(
    ["explosives", "explosive vests", "suicide vests", "explosive belts", "suicide belts"]
)
WEARERS = st.sampled_from(["men", "people", "attackers", "gunmen", "militants"])


@given(st.integers(2, 9), WEARERS, WEARING, GEAR, PLACES, st.booleans())
def test_wearers_of_explosives_are_counted_attackers(
    n: int, noun: str, verb: str, gear: str, place: str, words: bool
) -> None:
    text = f"Police said {number(n, words)} {noun} {verb} {gear} in {place}."
    assert read(text) == [("count", "militants", n, n)]


# "behind" an attack named past its modifiers, as a headline writes it, is the attackers'
# act: "Family of six behind deadly Okvara church bombings".
GROUPS_OF_PERSONS = st.sampled_from(
    [
        ("Family of {n}", "militants"),
        ("A family of {n}", "militants"),
        ("{N} gunmen", "militants"),
        ("{N} men", "militants"),
    ]
)
ATTACK_MODIFIERS = st.sampled_from(
    ["", "deadly ", "the ", "last week's ", "the {place} church ", "deadly {place} "]
)
ATTACK_NOUNS = st.sampled_from(["bombings", "attack", "attacks", "massacre", "blasts"])


@given(st.integers(2, 9), GROUPS_OF_PERSONS, ATTACK_MODIFIERS, ATTACK_NOUNS, PLACES)
def test_persons_behind_an_attack_are_its_attackers(
    n: int, group: tuple[str, str], modifiers: str, noun: str, place: str
) -> None:
    who, subject = group
    head = who.format(n=number(n, True), N=number(n, True).capitalize())
    text = f"{head} behind {modifiers.format(place=place)}{noun}"
    assert read(text) == [("count", subject, n, n)]


@given(st.integers(2, 9), PLACES)
def test_behind_a_place_before_an_attack_is_no_act(n: int, place: str) -> None:
    text = f"Police said {number(n, True)} gunmen hid behind the {place} wall during the attack."
    assert read(text) == []
