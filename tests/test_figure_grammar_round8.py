"""A hypothesis grammar of the figure phenomena round 8 read, told of any attack.

A number of a toll noun opened by a quantifier of the whole, an existential or a qualifier is
a toll with no verb of its own: "all N victims of <event> were buried", "there were N
victims", "more than N victims". A year is no such number, and a verb of its own still
decides ("the N victims were wounded"). A bare "the N victims" is left alone: it is often
the victims identified or mourned so far, no toll. Victims of whom a part is told as the dead
("there were 35 victims, 5 of whom died") are the dead and the wounded together.

Members named by the security force they are of take the force's subject: "three officers
of the <place> Rangers" are security forces, "two members of the police" police; a body
that is no force leaves them what they were ("members of the club": people).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from tests.test_figure_grammar import LEX, SPEAKERS_AFTER, Read, cap, counts, interval, read

EVENTS = st.sampled_from(
    [
        "the metro blast",
        "the weekend hostage-taking assault",
        "the attack on the Kalvor market",
        "last week's bombing in Orlentown",
        "the massacre",
    ]
)
ADJECTIVES = st.sampled_from(["", "innocent ", "young "])
# Where a definite toll noun sits: subject of a verb that names no casualty, object of a
# preposition, or of a verb of mourning.
TOLL_FRAMES = st.sampled_from(
    [
        "All {} of {} were buried on Friday",
        "Families gathered to bury all {} of {}",
        "There were {} of {}",
        "There have been {} of {} so far",
    ]
)


@st.composite
def definite_tolls(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'Families gathered to bury all N (innocent) victims of <event>'."""
    number, value = draw(counts(2, 400, dozen=False))
    noun = f"{number} {draw(ADJECTIVES)}victims"
    frame = draw(TOLL_FRAMES)
    text = frame.format(noun, draw(EVENTS)) + draw(SPEAKERS_AFTER) + "."
    return cap(text), [("killed", "people", value, value)]


@given(definite_tolls())
def test_a_whole_number_of_victims_is_a_toll(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(
    st.integers(2, 30),
    st.integers(31, 400),
    st.sampled_from(
        ["There were {t} victims", "There have been {t} victims", "A total of {t} victims"]
    ),
    st.sampled_from(
        [
            "of whom died",
            "of them died",
            "of whom were killed",
            "of them killed",
            "of whom later died",
        ]
    ),
    SPEAKERS_AFTER,
)
def test_victims_of_whom_a_part_died_are_the_casualties(
    dead: int, total: int, whole: str, part: str, speaker: str
) -> None:
    text = f"{whole.format(t=total)}, {dead} {part}{speaker}."
    assert read(text) == [("casualties", "people", total, total), ("killed", "people", dead, dead)]


@given(st.integers(1990, 2030), EVENTS)
def test_a_year_before_victims_is_no_toll(year: int, event: str) -> None:
    assert read(f"Relatives of the {year} victims of {event} met the minister.") == []


@given(counts(2, 400, dozen=False), st.sampled_from([("wounded", "wounded"), ("hurt", "wounded")]))
def test_a_verb_of_its_own_decides_the_metric_of_victims(
    number: tuple[str, int], verb: tuple[str, str]
) -> None:
    text, value = number
    assert read(f"The {text} victims were {verb[0]} in the blast.") == [
        (verb[1], "people", value, value)
    ]


MEMBERS = st.sampled_from(["officers", "members", "personnel", "men"])
FORCES = st.sampled_from(
    [
        ("{} Rangers", "security_forces"),
        ("{} paramilitary forces", "security_forces"),
        ("{} Border Guards", "guards"),
        ("{} police", "police"),
        ("{} security forces", "security_forces"),
    ]
)
PLACES = st.sampled_from(["", "Kalvor ", "Orlen ", "frontier ", "Vesna Valley "])
FATES = st.sampled_from(
    [("were killed", "killed"), ("died", "killed"), ("were injured", "wounded")]
)


@st.composite
def members_of_a_force(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'Three officers of the Kalvor Rangers were killed, police said.'"""
    number, value = draw(counts(2, 60, dozen=False))
    force, subject = draw(FORCES)
    verb, metric = draw(FATES)
    written = force.format(draw(PLACES).strip()).strip()
    text = f"{number} {draw(MEMBERS)} of the {written} {verb}{draw(SPEAKERS_AFTER)}."
    return cap(text), [(metric, subject, value, value)]


@given(members_of_a_force())
def test_members_take_the_subject_of_their_force(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(
    counts(2, 60, dozen=False),
    st.sampled_from(["members", "men"]),
    st.sampled_from(["family", "club", "Kalvor choir", "congregation"]),
)
def test_members_of_no_force_stay_people(number: tuple[str, int], member: str, body: str) -> None:
    """Members of no force are people; of a civil body (``civil_bodies``), civilians."""
    text, value = number
    subject = "civilians" if body == "congregation" else "people"
    assert read(cap(f"{text} {member} of the {body} were killed.")) == [
        ("killed", subject, value, value)
    ]


# --- states as predicates, arrivals dead ------------------------------------------------------

STATES = st.sampled_from(
    [
        ("in hospital", "wounded"),
        ("in the hospital", "wounded"),
        ("in critical condition", "wounded"),
        ("in a serious condition", "wounded"),
        ("in intensive care", "wounded"),
        ("unaccounted for", "missing"),
    ]
)
STATE_LINKS = st.sampled_from(["are", "remain", "are still", "were currently", "remained"])
SUBJECTS = st.sampled_from([("", "people"), (" people", "people"), (" children", "children")])


@st.composite
def states_as_predicates(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'N (people) remain in hospital', after a toll or alone."""
    number, value = draw(counts(2, 400, dozen=False))
    state, metric = draw(STATES)
    noun, subject = draw(SUBJECTS)
    clause = f"{number}{noun} {draw(STATE_LINKS)} {state}"
    expected: list[Read] = [(metric, subject, value, value)]
    if not noun or draw(st.booleans()):
        dead, dead_value = draw(counts(2, 90, dozen=False))
        clause = f"{dead} people were killed and {clause}"
        expected.insert(0, ("killed", "people", dead_value, dead_value))
    return cap(clause + draw(SPEAKERS_AFTER) + "."), expected


@given(states_as_predicates())
def test_a_state_after_a_verb_of_being_names_a_metric(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(counts(2, 400, dozen=False), st.sampled_from(["in hospital", "in the hospital"]))
def test_a_place_after_the_object_of_a_verb_is_no_state(
    number: tuple[str, int], place: str
) -> None:
    text, value = number
    assert read(f"The bomber killed {text} people {place} on Monday.") == [
        ("killed", "people", value, value)
    ]


@given(
    counts(2, 400, dozen=False),
    st.sampled_from(["pronounced dead", "declared dead", "dead on arrival", "confirmed dead"]),
    st.sampled_from(["A total of ", "", "At least "]),
)
def test_arrivals_dead_are_killed(number: tuple[str, int], state: str, opening: str) -> None:
    text, value = number
    high = None if opening == "At least " else value
    assert read(cap(f"{opening}{text} people were {state}.")) == [("killed", "people", value, high)]


# --- "N of them": the nearest plural noun before ------------------------------------------

CARRIED = st.sampled_from(
    [
        ("paramilitary forces", "security_forces"),
        ("soldiers", "soldiers"),
        ("police officers", "police"),
        ("pilgrims", "civilians"),
        ("schoolchildren", "children"),
    ]
)
ATTACKERS = st.sampled_from(
    [
        ("", None),
        ("Two gunmen", ("count", "militants", 2, 2)),
        ("One of its suicide bombers", None),
        ("The Vesna Front said its fighters", None),
    ]
)
TARGETS = st.sampled_from(
    ["a bus carrying", "a convoy of", "a truck full of", "the vehicle transporting"]
)
PART_VERBS = st.sampled_from([("killing", "killed"), ("wounding", "wounded")])


@st.composite
def parts_of_the_nearest_plural(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'Two gunmen attacked a bus carrying paramilitary forces, killing N of them'."""
    number, value = draw(counts(2, 60, dozen=False))
    noun, subject = draw(CARRIED)
    opening, first = draw(ATTACKERS)
    verb, metric = draw(PART_VERBS)
    subject_text = opening or "Militants"
    text = (
        f"{subject_text} attacked {draw(TARGETS)} {noun} near Kalvor, "
        f"{verb} {number} of them{draw(SPEAKERS_AFTER)}."
    )
    expected: list[Read] = [(metric, subject, value, value)]
    if first is not None:
        expected.insert(0, first)
    return text, expected


@given(parts_of_the_nearest_plural())
def test_of_them_counts_the_nearest_plural_noun(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert [r for r in read(sentence) if r[0] != "count" or r[2] != 1] == expected


@given(
    counts(20, 300, dozen=False),
    counts(2, 19, dozen=False),
    st.sampled_from([("children", "children"), ("women", "women"), ("soldiers", "soldiers")]),
)
def test_of_them_after_a_toll_is_a_part_of_it(
    whole: tuple[str, int], part: tuple[str, int], noun: tuple[str, str]
) -> None:
    text = cap(f"{whole[0]} people were killed, {part[0]} of them {noun[0]}.")
    assert read(text) == [
        ("killed", "people", whole[1], whole[1]),
        ("killed", noun[1], part[1], part[1]),
    ]


# --- a list whose last item counts no one -----------------------------------------------------

LAST_ITEMS = st.sampled_from(
    ["a Kalvorian", "the bomber", "their driver", "an interpreter", "a local guide", "his wife"]
)
LIST_HEADS = st.sampled_from(
    [("tourists", "civilians"), ("policemen", "police"), ("soldiers", "soldiers")]
)
LIST_VERBS = st.sampled_from(
    [("were killed", "killed"), ("died", "killed"), ("were wounded", "wounded")]
)


@st.composite
def lists_ending_without_a_number(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'18 tourists and a local guide were killed, police said.'"""
    number, value = draw(counts(2, 90, dozen=False))
    noun, subject = draw(LIST_HEADS)
    verb, metric = draw(LIST_VERBS)
    text = f"{number} {noun} and {draw(LAST_ITEMS)} {verb}{draw(SPEAKERS_AFTER)}."
    return cap(text), [(metric, subject, value, value)]


@given(lists_ending_without_a_number())
def test_the_verb_after_a_list_is_its_first_items_too(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


# --- toll nouns opened by an existential or a qualifier; revisions from X to Y ------------------


@given(
    counts(2, 400, dozen=False),
    st.sampled_from(
        [
            ("There were ", "exact"),
            ("There have been ", "exact"),
            ("More than ", "over"),
            ("At least ", "at_least"),
        ]
    ),
    EVENTS,
)
def test_an_existential_or_qualified_number_of_victims_is_a_toll(
    number: tuple[str, int], opening: tuple[str, str], event: str
) -> None:
    text, value = number
    low, high = interval(value, opening[1])
    assert read(f"{opening[0]}{text} victims of {event}, officials said.") == [
        ("killed", "people", low, high)
    ]


LOWERING = st.sampled_from(["lowered", "lowering", "cut", "reduced", "revised"])
TOLL_NAMES = st.sampled_from(["the toll", "the death toll", "the total"])


@st.composite
def tolls_lowered_from_to(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'The ministry issued a correction, lowering the total from 359 to 253 people'."""
    later = draw(st.integers(20, 400))
    earlier = later + draw(st.integers(5, 200))
    verb = draw(LOWERING)
    noun = draw(TOLL_NAMES)
    people = draw(st.sampled_from(["", " people"]))
    opening = draw(st.sampled_from(["The Kalvor health ministry issued a correction, ", ""]))
    subject = "Officials " if not opening else ""
    text = f"{opening}{subject}{verb} {noun} from {earlier} to {later}{people}."
    return cap(text), [
        ("killed", "people", earlier, earlier),
        ("killed", "people", later, later),
    ]


@given(tolls_lowered_from_to())
def test_a_toll_lowered_from_one_figure_to_another_gives_both(
    case: tuple[str, list[Read]],
) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(
    counts(20, 900, dozen=False),
    st.sampled_from(["Our", "The", "The ministry's"]),
    st.sampled_from(["first", "initial", "preliminary", "earlier"]),
    st.sampled_from([("estimate", "was"), ("estimates", "were")]),
)
def test_a_first_estimate_is_a_toll(
    number: tuple[str, int], owner: str, first: str, noun: tuple[str, str]
) -> None:
    text, value = number
    assert read(f"{owner} {first} {noun[0]} {noun[1]} {text}, officials said.") == [
        ("killed", "people", value, value)
    ]


# --- more attackers than those named before; arrests split by their object ------------------


@given(
    counts(2, 9, dozen=False),
    st.sampled_from(["other", "more"]),
    st.sampled_from(["gunmen", "suicide bombers", "attackers", "militants"]),
    st.sampled_from(["attacked a police post", "stormed the Kalvor hotel", "opened fire"]),
)
def test_other_attackers_acting_are_a_part_of_the_count(
    number: tuple[str, int], other: str, noun: str, act: str
) -> None:
    text, value = number
    found = read_figures(cap(f"{text} {other} {noun} {act} near the gate."), LEX)
    assert [(f.metric.value, f.subject.value, f.low, f.high, f.among) for f in found] == [
        ("count", "militants", value, value, True)
    ]


@given(
    counts(2, 90, dozen=False),
    st.sampled_from(["suspects", "people", "men"]),
    st.sampled_from(["have taken", "took", "had taken"]),
)
def test_taken_into_custody_around_its_object_is_an_arrest(
    number: tuple[str, int], noun: str, verb: str
) -> None:
    text, value = number
    assert read(f"Police {verb} {text} {noun} into custody.") == [
        ("arrested", "people", value, value)
    ]


@given(
    counts(2, 9, dozen=False),
    st.sampled_from(["gunmen", "attackers", "of the gunmen"]),
    st.sampled_from([("were killed", "killed"), ("were arrested", "arrested")]),
    st.sampled_from(["a third", "a fourth", "another"]),
    st.sampled_from(["escaped", "fled", "vanished into the crowd"]),
)
def test_an_ordinal_with_a_verb_of_its_own_takes_no_metric_before(
    number: tuple[str, int], noun: str, verb: tuple[str, str], third: str, fled: str
) -> None:
    text, value = number
    sentence = cap(f"{text} {noun} {verb[0]} and {third} {fled}.")
    assert read(sentence) == [(verb[1], "militants", value, value)]
