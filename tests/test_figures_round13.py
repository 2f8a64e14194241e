"""Round 13's figure phenomena, drawn with invented places, schools and numbers.

A group of victims named by a fronted partitive ("Of the 30 victims, 12 were pupils") is
the whole the part is taken from: the toll, with the part a part of it, as "Of the 30
dead" was. A bare definite "the 30 victims" stays no toll (often those identified or
mourned so far).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import capitalised
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
FRONTS = st.sampled_from(["Of", "Among"])
TOLL_NOUNS = st.sampled_from(["victims", "martyrs"])
# (the part's predicate noun, the subject it counts)
PARTS = st.sampled_from(
    [
        ("students", "civilians"),
        ("policemen", "police"),
        ("children", "children"),
        ("women", "women"),
        ("soldiers", "soldiers"),
    ]
)
AFTER = st.sampled_from(["", " of the {place} law school", " from {place}", " at the time"])


@given(FRONTS, st.integers(3, 400), TOLL_NOUNS, st.data(), PARTS, AFTER, PLACES, st.booleans())
def test_a_fronted_partitive_of_victims_is_the_whole_toll(
    front: str,
    whole: int,
    noun: str,
    data: st.DataObject,
    part: tuple[str, str],
    after: str,
    place: str,
    words: bool,
) -> None:
    n = data.draw(st.integers(2, whole - 1))
    noun_part, subject = part
    text = (
        f"{front} the {number(whole, words)} {noun}, {number(n, words)} were {noun_part}"
        f"{after.format(place=place)}."
    )
    assert read(text) == [("killed", "people", whole, whole), ("killed", subject, n, n)]


@given(st.integers(3, 400), PLACES, st.booleans())
def test_a_bare_definite_group_of_victims_is_no_toll(whole: int, place: str, words: bool) -> None:
    text = f"The {number(whole, words)} victims were buried in {place} on Friday."
    assert read(text) == []


# A bare number ("the other two", "the remaining three") whose later predicate, after a
# joiner, is a self-killing: attackers killed, however many predicates stand before it.
OPENERS = st.sampled_from(["The other", "The remaining", "Then the last", "The last"])
FIRST_PREDICATES = st.sampled_from(
    [
        "reached the gate",
        "ran into the {place} market",
        "got inside the hall",
        "took advantage of the confusion during the gunfight",
        "slipped past the guards in {place}",
        "entered the building",
    ]
)
JOINERS = st.sampled_from(["and", "and then", "where they", ", where they", "and they"])
SELF_KILLINGS = st.sampled_from(
    ["blew themselves up", "detonated their explosives", "set off their suicide vests"]
)


@given(
    OPENERS,
    st.integers(2, 9),
    st.lists(FIRST_PREDICATES, min_size=1, max_size=2, unique=True),
    JOINERS,
    SELF_KILLINGS,
    PLACES,
    st.booleans(),
    st.booleans(),
)
def test_a_bare_number_that_blows_itself_up_later_is_attackers_killed(
    opener: str,
    n: int,
    predicates: list[str],
    joiner: str,
    act: str,
    place: str,
    words: bool,
    one_before: bool,
) -> None:
    told = " and ".join(p.format(place=place) for p in predicates)
    glue = joiner if joiner.startswith(",") else f" {joiner}"
    clause = f"{number(n, words)} {told}{glue} {act}"
    if one_before:
        text = f"One blew himself up at the gate and {opener.lower()} {clause}."
        expected = [("killed", "militants", 1, 1), ("killed", "militants", n, n)]
    else:
        text = f"{opener} {clause}."
        expected = [("killed", "militants", n, n)]
    assert read(text) == expected


@given(st.integers(2, 90), PLACES, SELF_KILLINGS)
def test_a_casualty_verb_before_the_joiner_keeps_the_victims(n: int, place: str, act: str) -> None:
    text = f"Police in {place} said {n} were killed and the bombers {act}."
    assert read(text) == [("killed", "people", n, n)]


# A participle between a number and its attackers' head modifies the head ("two
# remaining gunmen"), so the agent of an attack's passive is still counted; after the
# head ("200 fighters remaining") it still tells a group's strength, no count.
TARGETS = st.sampled_from(
    ["A group of policemen was", "The checkpoint in {place} was", "The guards were"]
)
PASSIVES = st.sampled_from(["attacked by", "stormed by", "targeted by", "raided by"])
PARTICIPLES = st.sampled_from(["remaining", "surviving", "fleeing"])
ATTACKERS = st.sampled_from(["gunmen", "attackers", "militants", "assailants"])


@given(TARGETS, PASSIVES, st.integers(2, 30), PARTICIPLES, ATTACKERS, PLACES, st.booleans())
def test_the_passive_agent_with_a_participle_is_counted(
    target: str,
    passive: str,
    n: int,
    participle: str,
    head: str,
    place: str,
    words: bool,
) -> None:
    text = f"{target.format(place=place)} {passive} {number(n, words)} {participle} {head}."
    assert read(text) == [("count", "militants", n, n)]


@given(st.integers(20, 900), ATTACKERS, PLACES)
def test_a_strength_told_after_the_head_is_no_count(n: int, head: str, place: str) -> None:
    assert read(f"The group still has {n} {head} remaining in {place}.") == []


# A verb of beginning before an attacker's act ("began stabbing", "started to fire on")
# is the act: whoever does it is counted as an attacker, right after the number or as a
# second predicate after "and".
PHASES = st.sampled_from(
    [("began", 1), ("started", 1), ("began to", 0), ("started to", 0), ("went on to", 0)]
)
PHASED_ACTS = st.sampled_from(
    [
        ("stab", "stabbing"),
        ("shoot at", "shooting at"),
        ("fire on", "firing on"),
        ("attack", "attacking"),
    ]
)
PERSONS = st.sampled_from(["men", "gunmen", "attackers", "assailants"])
LEAD_INS = st.sampled_from(
    ["", "left the vehicle and ", "got out of the van in {place} and ", "then jumped out and "]
)
OBJECTS = st.sampled_from(["people", "shoppers in {place}", "the crowd", "worshippers"])


@given(
    st.integers(2, 12),
    PERSONS,
    LEAD_INS,
    PHASES,
    PHASED_ACTS,
    OBJECTS,
    PLACES,
    st.booleans(),
)
def test_a_verb_of_beginning_before_an_attack_counts_the_attackers(
    n: int,
    persons: str,
    lead_in: str,
    phase: tuple[str, int],
    act: tuple[str, str],
    obj: str,
    place: str,
    words: bool,
) -> None:
    verb, form = phase
    text = capitalised(
        f"{number(n, words)} {persons} {lead_in.format(place=place)}{verb} {act[form]} "
        f"{obj.format(place=place)}."
    )
    assert read(text) == [("count", "militants", n, n)]


@given(st.integers(2, 90), PHASES, PLACES)
def test_people_who_begin_to_flee_are_no_count(n: int, phase: tuple[str, int], place: str) -> None:
    verb, form = phase
    flee = ("flee", "fleeing")[form]
    assert read(f"In {place}, {n} people {verb} {flee} the market.") == []


# One person coordinated before a counted group of attackers ("the father and his two
# sons stormed the church") is one more of them; an object before "and" is not.
SINGLES = st.sampled_from(
    [("The", "mother", "her"), ("The", "father", "his"), ("A", "woman", ""), ("A", "man", "")]
)
GROUP_NOUNS = st.sampled_from(["sons", "daughters", "men", "gunmen"])
COUNT_ACTS = st.sampled_from(
    ["stormed the church", "opened fire on worshippers", "detonated bombs at the gate"]
)


@given(SINGLES, st.booleans(), st.integers(2, 9), GROUP_NOUNS, COUNT_ACTS, PLACES, st.booleans())
def test_one_person_coordinated_before_a_count_is_one_more(
    single: tuple[str, str, str],
    possessive: bool,
    n: int,
    group: str,
    act: str,
    place: str,
    words: bool,
) -> None:
    article, noun, own = single
    owner = f"{own} " if possessive and own else ""
    text = f"{article} {noun} and {owner}{number(n, words)} {group} {act} in {place}."
    assert read(text) == [("count", "militants", n + 1, n + 1)]


@given(st.integers(2, 9), COUNT_ACTS, PLACES, st.booleans())
def test_an_object_before_and_is_not_added(n: int, act: str, place: str, words: bool) -> None:
    text = f"Police in {place} shot a man and {number(n, words)} gunmen {act}."
    assert read(text) == [("count", "militants", n, n)]
