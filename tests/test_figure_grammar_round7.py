"""A hypothesis grammar of the figure phenomena the seventh round read, told of any attack.

Each grammar draws its numbers, nouns, verbs, dates, places and speakers from open sets and
states the figures the sentence must yield: a toll whose noun phrase names the attack by
its date, a toll that "went up" to a number.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.test_figure_grammar import ATTACKERS, SPEAKERS_AFTER, Read, cap, counts, read

MONTHS = st.sampled_from(["January", "March", "June", "August", "October", "December"])
EVENT_NOUNS = st.sampled_from(["attack", "mosque blast", "bombing", "hotel siege", "massacre"])
PLACES = st.sampled_from(["", " in the capital", " in northern Kalvoria", " at the stadium"])


@st.composite
def dated_events(draw: st.DrawFn) -> str:
    """'the <March 3|3 March|Thursday's> <event noun>': an attack named by its day."""
    month, day = draw(MONTHS), draw(st.integers(1, 28))
    day_word = draw(st.sampled_from([str(day), f"{day}th" if day > 3 else str(day)]))
    form = draw(st.sampled_from(["month-day", "day-month", "weekday"]))
    if form == "month-day":
        when = f"the {month} {day_word}"
    elif form == "day-month":
        when = f"the {day_word} {month}"
    else:
        when = draw(st.sampled_from(["Thursday's", "Sunday\u2019s", "last week's"]))
    return f"{when} {draw(EVENT_NOUNS)}{draw(PLACES)}"


TOLL_NOUNS = st.sampled_from(["The death toll", "The toll", "The number of dead"])
PREPOSITIONS = st.sampled_from(["in", "from", "of"])
UPDATES = st.sampled_from(
    ["went up to", "has gone up to", "rose to", "climbed to", "was revised down to", "jumped to"]
)


@st.composite
def tolls_of_a_dated_attack(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'The death toll in the March 3 bombing went up to N', 'police revised the toll of ...'."""
    number, value = draw(counts(10, 900))
    event = f"{draw(PREPOSITIONS)} {draw(dated_events())}"
    if draw(st.booleans()):
        text = f"{draw(TOLL_NOUNS)} {event} {draw(UPDATES)} {number}{draw(SPEAKERS_AFTER)}."
    else:
        verb = draw(st.sampled_from(["revised down", "lowered", "raised", "revised"]))
        who = draw(st.sampled_from(["Police", "The health ministry", "Officials on Saturday"]))
        text = f"{who} {verb} the death toll {event} to {number}."
    return cap(text), [("killed", "people", value, value)]


@given(tolls_of_a_dated_attack())
def test_a_toll_of_an_attack_named_by_its_date(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


# --- a part cue's aside whose closing comma the writer left out -----------------------------

LISTED = st.sampled_from(
    [
        "women and children",
        "\u201cvolunteer defence fighters\u201d",
        '"self-defence militiamen"',
        "several foreign tourists",
        "two police officers and a child",
        "the village chief",
    ]
)


@given(
    st.sampled_from([("at least ", 1), ("", 0)]),
    counts(10, 400, dozen=False),
    st.sampled_from([("people", "people"), ("civilians", "civilians"), ("villagers", "civilians")]),
    st.sampled_from(["including", "among them"]),
    LISTED,
    st.sampled_from(["were killed", "were wounded", "have been killed", "were injured"]),
    SPEAKERS_AFTER,
)
def test_a_part_aside_left_open_ends_at_the_verb(
    opener: tuple, number: tuple, noun: tuple, cue: str, listed: str, verb: str, after: str
) -> None:
    text, value = number
    sentence = cap(f"{opener[0]}{text} {noun[0]}, {cue} {listed} {verb}{after}.")
    metric = "killed" if "killed" in verb else "wounded"
    high = None if opener[1] else value
    assert (metric, noun[1], value, high) in read(sentence)


# --- attackers counted with a second, coordinated predicate ---------------------------------

ACTS = st.sampled_from(
    [
        "stormed the hospital",
        "attacked a police post",
        "opened fire on worshippers",
        "raided the village",
    ]
)
ASIDES = st.sampled_from(["", ", which was guarded by soldiers,", " on Tuesday evening"])
FATES = st.sampled_from(
    [
        (", killing themselves and a guard", "killed"),
        (", blowing themselves up", "killed"),
        (" before commandos killed them", "killed"),
        (" and were killed", "killed"),
        (" and were later shot dead", "killed"),
        (" and were all killed", "killed"),
        (" and blew themselves up", "killed"),
        (" and were arrested", "arrested"),
        (" and were captured", "arrested"),
    ]
)


@given(counts(2, 12, dozen=False), ATTACKERS, ACTS, ASIDES, FATES, SPEAKERS_AFTER)
def test_attackers_counted_and_their_fate(
    number: tuple, noun: str, act: str, aside: str, fate: tuple, after: str
) -> None:
    """'Three gunmen stormed the ward, which <...>, and were killed': a count and a fate."""
    text, value = number
    sentence = cap(f"{text} {noun} {act}{aside}{fate[0]}{after}.".replace(",,", ","))
    got = read(sentence)
    assert ("count", "militants", value, value) in got
    assert (fate[1], "militants", value, value) in got


@given(counts(2, 12, dozen=False), ATTACKERS, ACTS, counts(2, 90, dozen=False))
def test_what_the_attackers_did_or_a_number_after_is_no_fate(
    number: tuple, noun: str, act: str, other: tuple
) -> None:
    """'... and killed 20 people', '... and two were killed': no second figure of the count."""
    text, value = number
    for tail in (f"and killed {other[0]} people", f"and {other[0]} guards were killed"):
        got = read(cap(f"{text} {noun} {act} {tail}."))
        assert ("killed", "militants", value, value) not in got


# --- hostages taken or held are no figure ---------------------------------------------------


@given(
    st.sampled_from(["", "some ", "about ", "more than "]),
    counts(2, 300, dozen=False),
    st.sampled_from(["people", "guests", "shoppers", "worshippers"]),
    st.sampled_from(["were taken hostage", "were being held hostage", "were held hostage"]),
    SPEAKERS_AFTER,
)
def test_hostages_taken_or_held_are_no_figure(
    opener: str, number: tuple, noun: str, verb: str, after: str
) -> None:
    """'Some 170 people were being held hostage': no casualty metric; the toll beside stays."""
    text, _ = number
    assert read(cap(f"{opener}{text} {noun} {verb}{after}.")) == []
    both = read(cap(f"{opener}{text} {noun} {verb} and 12 were killed{after}."))
    assert [r[0] for r in both] == ["killed"]


# --- one victim told by nationality alone ---------------------------------------------------

DEMONYMS = st.sampled_from(
    [
        "Canadian",
        "Indonesian",
        "Austrian",
        "Kalvorian",
        "Japanese",
        "Zelvanese",
        "Pakistani",
        "Okvari",
        "British",
        "Irish",
        "Dutch",
        "French",
        "Swiss",
    ]
)
ONE_NATIONAL = st.sampled_from(
    ["{a} {d}", "{a} {d} man", "{a} {d} woman", "{a} {d} national", "{a} {d} citizen"]
)


def article(word: str) -> str:
    return "an" if word[0] in "AEIOU" else "a"


@given(DEMONYMS, ONE_NATIONAL, st.sampled_from(["was also killed", "was wounded", "died"]))
def test_one_victim_told_by_nationality_is_no_figure(demonym: str, frame: str, verb: str) -> None:
    """'An Indonesian man was also killed', 'killing a Canadian': a nationality breakdown."""
    victim = frame.format(a=article(demonym), d=demonym)
    assert read(cap(f"{victim} {verb}.")) == []
    assert read(f"The gunmen killed 12 people, among them {victim}.") == [
        ("killed", "people", 12, 12)
    ]


@given(
    DEMONYMS,
    st.sampled_from(
        [("soldier", "soldiers"), ("journalist", "journalists"), ("police officer", "police")]
    ),
)
def test_one_victim_of_a_nation_with_a_role_is_read(demonym: str, head: tuple) -> None:
    """'A Pakistani journalist was killed': the role decides the subject."""
    sentence = cap(f"{article(demonym)} {demonym} {head[0]} was killed.")
    assert read(sentence) == [("killed", head[1], 1, 1)]


# --- an indefinite attacker who killed himself ----------------------------------------------


@given(
    st.sampled_from(
        [
            "a suicide bomber",
            "a suspected suicide attacker",
            "an assailant",
            "a militant wearing an explosive vest",
        ]
    ),
    st.sampled_from(["blew himself up", "blew herself up", "detonated his suicide vest"]),
    st.sampled_from(["", " at the gate", " among the mourners"]),
    counts(2, 300, dozen=False),
)
def test_an_indefinite_attacker_blowing_himself_up_is_no_toll(
    who: str, act: str, where: str, number: tuple
) -> None:
    """'A suicide bomber blew himself up, killing 12': how it was done; the toll is 12."""
    text, value = number
    assert read(cap(f"{who} {act}{where}.")) == []
    got = read(cap(f"{who} {act}{where}, killing {text} people."))
    assert got == [("killed", "people", value, value)]


# --- an ordinal's group and the last of a group ---------------------------------------------

ORDINALS = st.sampled_from(["second", "third", "fourth"])


@given(
    ORDINALS,
    st.sampled_from(["", "the "]),
    counts(4, 12, dozen=False),
    ATTACKERS,
    st.sampled_from(["blew himself up at the gate", "was shot dead", "was arrested"]),
)
def test_an_ordinal_of_a_group_counts_the_group(
    ordinal: str, the: str, number: tuple, noun: str, predicate: str
) -> None:
    """'The second of two bombers blew himself up': the number counts the attackers."""
    text, value = number
    sentence = cap(f"the {ordinal} of {the}{text} {noun} {predicate}.")
    assert read(sentence) == [("count", "militants", value, value)]


@given(
    counts(2, 12, dozen=False),
    ATTACKERS,
    st.sampled_from([("killed", "killed"), ("shot dead", "killed"), ("captured", "arrested")]),
)
def test_the_last_of_a_group_is_its_whole(number: tuple, noun: str, verb: tuple) -> None:
    """'Troops killed the last of six militants': all of them, and their count."""
    text, value = number
    got = read(f"Security forces said they had {verb[0]} the last of {text} {noun} on Sunday.")
    assert got == [(verb[1], "militants", value, value), ("count", "militants", value, value)]


# --- an apposition of names, then a modifier, then the verb ---------------------------------

NAMES = st.sampled_from(
    [
        "Karim Zelvani and Tariq Hurdane",
        "Amina Okvara, Sabrun Qarnat and Tariq Hurdane",
        "Zelvani and Okvara",
    ]
)
APPOSITIONS = st.sampled_from(
    [(" \u2014 ", " \u2014 "), (", ", ", "), (" - ", " - "), (" \u2014 ", "\u2014 ")]
)
MODIFIERS = st.sampled_from(
    [
        "working for a local television channel",
        "guarding the gate",
        "who worked for local newspapers, respectively,",
        "from the district police station",
    ]
)
ROLES = st.sampled_from(
    [
        ("cameramen", "journalists"),
        ("policemen", "police"),
        ("soldiers", "soldiers"),
        ("doctors", "staff"),
    ]
)


@given(
    counts(2, 3, dozen=False),
    ROLES,
    APPOSITIONS,
    NAMES,
    MODIFIERS,
    st.sampled_from([("were also killed", "killed"), ("were wounded", "wounded")]),
)
def test_names_in_apposition_before_a_modifier(
    number: tuple, role: tuple, marks: tuple, names: str, modifier: str, verb: tuple
) -> None:
    """'Two cameramen - <names> - working for <...> were also killed'."""
    text, value = number
    opener, closer = marks
    if opener == ", " and "," in names:
        names = names.replace(", ", " ", 1)
    sentence = cap(f"{text} {role[0]}{opener}{names}{closer}{modifier} {verb[0]}.")
    assert read(sentence) == [(verb[1], role[1], value, value)]


# --- killing told by a noun or a participle of its own class --------------------------------

NOMINALS = st.sampled_from(
    [
        "the massacre of",
        "the killing of",
        "the murders of",
        "the slaughter of",
        "the deaths of",
        "the killings of",
    ]
)
PARTICIPLES = st.sampled_from(["massacring", "killing", "gunning down", "slaughtering"])
CIVILIANS = st.sampled_from(
    [
        ("villagers", "civilians"),
        ("worshippers", "civilians"),
        ("people", "people"),
        ("tourists", "civilians"),
    ]
)


@given(
    NOMINALS,
    st.sampled_from(["", "at least "]),
    counts(3, 400, dozen=False),
    CIVILIANS,
    st.sampled_from(["shocked the country", "was condemned by the UN"]),
)
def test_a_killing_told_by_a_noun(
    nominal: str, opener: str, number: tuple, noun: tuple, rest: str
) -> None:
    """'The massacre of 160 villagers shocked the country'."""
    text, value = number
    got = read(cap(f"{nominal} {opener}{text} {noun[0]} {rest}."))
    assert got == [("killed", noun[1], value, None if opener else value)]


@given(PARTICIPLES, counts(3, 400, dozen=False), CIVILIANS, SPEAKERS_AFTER)
def test_a_killing_told_by_a_participle(verb: str, number: tuple, noun: tuple, after: str) -> None:
    """'Gunmen went from house to house, massacring 132 villagers'."""
    text, value = number
    got = read(f"Gunmen went from house to house, {verb} {text} {noun[0]}{after}.")
    assert got == [("killed", noun[1], value, value)]


@given(NOMINALS, st.integers(1990, 2025))
def test_a_killing_of_a_year_is_no_figure(nominal: str, year: int) -> None:
    assert read(cap(f"{nominal} {year} is still remembered.")) == []


# --- arrests and wounds told by other verbs and tolls of their class -------------------------


@given(
    st.sampled_from(
        [
            "Police nabbed {n} suspects",
            "{N} people are under arrest",
            "{N} suspects were held for questioning",
            "{N} men remain in detention",
            "Police raised the number of suspects to {n}",
            "The arrest brought the total number of terror suspects to {n}",
            "Police have detained {n} people",
        ]
    ),
    counts(2, 60, dozen=False),
    SPEAKERS_AFTER,
)
def test_arrests_in_any_of_their_wordings(frame: str, number: tuple, after: str) -> None:
    text, value = number
    sentence = frame.format(n=text, N=cap(text)) + f"{after}."
    assert read(sentence) == [("arrested", "people", value, value)]


@given(
    counts(2, 30, dozen=False),
    counts(31, 300, dozen=False),
    st.sampled_from(["were left with injuries", "were left with wounds"]),
)
def test_wounded_left_with_injuries(killed: tuple, wounded: tuple, verb: str) -> None:
    sentence = cap(f"{killed[0]} people were killed and {wounded[0]} {verb}.")
    assert read(sentence) == [
        ("killed", "people", killed[1], killed[1]),
        ("wounded", "people", wounded[1], wounded[1]),
    ]


# --- a hedged number of attackers in an apposition ------------------------------------------


@given(
    st.sampled_from(
        ["The gunmen", "An unknown number of attackers", "The assailants", "A group of militants"]
    ),
    st.sampled_from(["perhaps", "possibly", "probably", "maybe"]),
    st.sampled_from(
        [("four or five", 4, 5), ("six", 6, 6), ("10 to 15", 10, 15), ("three or four", 3, 4)]
    ),
    st.sampled_from(["stormed the hotel", "fled on motorcycles", "took hostages"]),
    SPEAKERS_AFTER,
)
def test_a_hedged_number_of_attackers_in_apposition(
    noun: str, hedge: str, number: tuple, rest: str, after: str
) -> None:
    """'An unknown number of gunmen, perhaps four or five, took hostages'."""
    text, low, high = number
    sentence = f"{noun}, {hedge} {text}, {rest}{after}."
    assert read(sentence) == [("count", "militants", low, high)]


@given(st.sampled_from(["victims", "hostages", "guests"]), counts(5, 90, dozen=False))
def test_a_hedged_number_of_others_in_apposition_is_no_count(noun: str, number: tuple) -> None:
    assert read(f"The {noun}, perhaps {number[0]}, were taken to a hotel.") == []


# --- a long modifier with asides of its own, closed by a comma before the verb ---------------

LONG_MODIFIERS = st.sampled_from(
    [
        "suspected of having links to the Qarnat Brigade, also known as QB, the most likely "
        "perpetrator of the attack on the busiest airport in the region,",
        "accused of helping the gunmen, who had rented a flat near the stadium for weeks "
        "before the assault on the crowd,",
        "believed to belong to a cell of the Zelvani Front, a group active in the north "
        "of the country for years,",
    ]
)


@given(
    counts(2, 60, dozen=False),
    st.sampled_from(["people", "men", "suspects"]),
    LONG_MODIFIERS,
    st.sampled_from(
        [
            ("were detained", "arrested"),
            ("have been arrested", "arrested"),
            ("were taken into custody", "arrested"),
        ]
    ),
)
def test_a_long_modifier_closed_by_a_comma_before_the_verb(
    number: tuple, noun: str, modifier: str, verb: tuple
) -> None:
    text, value = number
    sentence = cap(f"In raids overnight, {text} {noun} {modifier} {verb[0]}.")
    assert read(sentence) == [(verb[1], "people", value, value)]
