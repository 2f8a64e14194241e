"""A hypothesis grammar of casualty and attacker counts as any outlet tells any attack.

Round 4: the frames must read wordings of attacks the project never saw. Every grammar
here draws its subject nouns, modifiers, numbers, speakers and places from open sets
(invented nouns included) and states the figures the sentence must yield; the last group
draws the numbers that are no casualty figures (ages, years, times, addresses, vehicles,
troops deployed, people rescued or evacuated) and states that none is read.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

Read = tuple[str, str, int | None, int | None]


def read(text: str) -> list[Read]:
    return [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]


def title(text: str) -> str:
    """Title-case a headline as outlets do ("Death Toll In Mosque Bombing Rises To 57")."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- numbers --------------------------------------------------------------------------------

_SPACES = ["\u00a0", "\u202f", "\u2009"]


@st.composite
def counts(draw: st.DrawFn, low: int = 2, high: int = 900, dozen: bool = True) -> tuple[str, int]:
    """A count in digits or words ("38", "thirty-eight", "a dozen")."""
    value = draw(st.integers(low, high))
    if dozen and value == 12 and draw(st.booleans()):
        return "a dozen", 12
    if value < 100 and draw(st.booleans()):
        return spell(value), value
    return str(value), value


@st.composite
def thousands(draw: st.DrawFn) -> tuple[str, int]:
    """A count of thousands with a comma or a no-break or thin space ("1 500")."""
    value = draw(st.integers(1, 9)) * 1000 + draw(st.integers(0, 999))
    head, tail = divmod(value, 1000)
    sep = draw(st.sampled_from([",", *_SPACES]))
    return f"{head}{sep}{tail:03d}", value


QUALIFIED = st.sampled_from(
    [
        ("", "exact"),
        ("at least ", "at_least"),
        ("more than ", "over"),
        ("some ", "about"),
        ("about ", "about"),
        ("up to ", "at_most"),
    ]
)


def interval(value: int, qualifier: str) -> tuple[int | None, int | None]:
    return {
        "exact": (value, value),
        "about": (value, value),
        "at_least": (value, None),
        "over": (value + 1, None),
        "at_most": (None, value),
    }[qualifier]


# --- subjects: known nouns, modifiers and nouns no lexicon holds ----------------------------

_KNOWN = (
    set(LEX.figures.subject_words)
    | set(LEX.figures.non_casualty_units)
    | set(LEX.figures.stop_words)
    | set(LEX.figures.metric_words)
)

INVENTED = st.builds(
    lambda syllables, tail: "".join(syllables) + tail,
    st.lists(st.sampled_from(["ba", "lo", "mer", "ti", "sun", "dra", "kel", "vo"]), min_size=1),
    st.sampled_from(["s", "ers", "ists", "ants"]),
).filter(lambda w: w not in _KNOWN and not w.endswith(("ss", "us", "is", "ans", "ons")))

VICTIMS = st.one_of(
    st.sampled_from(
        [
            ("people", "people"),
            ("worshippers", "civilians"),
            ("Shiite pilgrims", "civilians"),
            ("civilians", "civilians"),
            ("tourists", "civilians"),
            ("foreign tourists", "civilians"),
            ("concertgoers", "civilians"),
            ("shoppers", "civilians"),
            ("passengers", "civilians"),
            ("police officers", "police"),
            ("policemen", "police"),
            ("soldiers", "soldiers"),
            ("members of the security forces", "security_forces"),
            ("security personnel", "security_forces"),
            ("children", "children"),
            ("women", "women"),
        ]
    ),
    st.builds(
        lambda m, n: (f"{m}{n}", "people"), st.sampled_from(["", "local ", "young "]), INVENTED
    ),
)

ATTACKERS = st.sampled_from(
    ["gunmen", "attackers", "militants", "suicide bombers", "armed men", "assailants", "terrorists"]
)

SPEAKERS_AFTER = st.sampled_from(
    [
        "",
        ", police said",
        ", the ministry said",
        ", the interior ministry said on Monday",
        ", according to officials",
        ", a spokesman for the regional governor told reporters",
    ]
)
SPEAKERS_BEFORE = st.sampled_from(
    ["", "Officials said ", "The ministry said that ", "According to the governor, "]
)
WHERE = st.sampled_from(
    ["", " in the attack", " in the blast", " at the museum", " when gunmen stormed the hotel"]
)

KILLED_PASSIVES = st.sampled_from(
    [
        "were killed",
        "have been killed",
        "were shot dead",
        "died",
        "lost their lives",
        "were confirmed dead",
        "are known to have died",
        "are believed to have been killed",
    ]
)
WOUNDED_PASSIVES = st.sampled_from(["were wounded", "were injured", "were hurt"])


# --- passives: a subject, an aside, a verb, a speaker ---------------------------------------


@st.composite
def passive_sentences(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'At least N <victims>, most of them students, were killed, the ministry said.'"""
    number, value = draw(st.one_of(counts(), thousands()))
    prefix, qualifier = draw(QUALIFIED)
    noun, subject = draw(VICTIMS)
    aside = draw(
        st.sampled_from(
            [
                "",
                ", most of them students,",
                " \u2013 mostly civilians \u2013",
                " (many of them women)",
            ]
        )
    )
    verb = draw(KILLED_PASSIVES)
    text = f"{draw(SPEAKERS_BEFORE)}{prefix}{number} {noun}{aside} {verb}"
    text = f"{cap(text)}{draw(WHERE)}{draw(SPEAKERS_AFTER)}."
    return text, [("killed", subject, *interval(value, qualifier))]


@given(passive_sentences())
def test_a_counted_subject_before_a_casualty_verb(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@st.composite
def killed_and_wounded(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'N people were killed and M (others) (were) injured', 'killing N and wounding M'."""
    killed, k = draw(counts(2, 300))
    wounded, w = draw(st.one_of(counts(2, 900), thousands()))
    frame = draw(st.sampled_from(["passive", "participle", "left", "active"]))
    others = draw(st.sampled_from(["", " others", " more"])) if frame != "left" else ""
    if frame == "passive":
        verb = draw(WOUNDED_PASSIVES)
        body = f"{killed} people were killed and {wounded}{others} {verb}"
    elif frame == "participle":
        body = f"Gunmen stormed the hotel, killing at least {killed} and wounding {wounded}{others}"
        return f"{body}{draw(SPEAKERS_AFTER)}.", [
            ("killed", "people", k, None),
            ("wounded", "people", w, w),
        ]
    elif frame == "left":
        body = f"The bombing left {killed} dead and {wounded} injured"
    else:
        body = f"The attack killed {killed} people and injured {wounded}{others}"
    return f"{cap(body)}{draw(SPEAKERS_AFTER)}.", [
        ("killed", "people", k, k),
        ("wounded", "people", w, w),
    ]


@given(killed_and_wounded())
def test_a_toll_and_its_wounded_in_one_clause(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


# --- tolls ----------------------------------------------------------------------------------


@st.composite
def toll_sentences(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'The death toll from <X> climbed to N', 'N fatalities', 'claimed N lives', headlines."""
    number, value = draw(counts(10, 900))
    frame = draw(st.sampled_from(["toll", "claimed", "fatalities", "dead", "headline"]))
    if frame == "toll":
        noun = draw(st.sampled_from(["The death toll", "The toll", "The number of dead"]))
        where = draw(st.sampled_from(["", " from the mosque bombing", " in the siege of the mall"]))
        verb = draw(
            st.sampled_from(
                ["climbed to", "reached", "stood at", "has risen to", "rose to", "now stands at"]
            )
        )
        text = f"{noun}{where} {verb} {number}{draw(SPEAKERS_AFTER)}."
    elif frame == "claimed":
        text = f"The attack claimed {number} lives{draw(SPEAKERS_AFTER)}."
    elif frame == "fatalities":
        text = f"{draw(SPEAKERS_BEFORE)}there were {number} fatalities."
    elif frame == "dead":
        text = f"Attack on {draw(st.sampled_from(['mall', 'museum', 'arena']))}: {number} dead"
    else:
        verb = draw(st.sampled_from(["rises to", "climbs to", "reaches", "hits"]))
        text = title(f"death toll in {draw(st.sampled_from(['mosque', 'hotel']))} attack {verb} ")
        text += number if number[0].isdigit() else title(number)
    return cap(text), [("killed", "people", value, value)]


@given(toll_sentences())
def test_a_toll_in_any_of_its_wordings(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


@given(counts(10, 400), st.sampled_from(["dead", "killed"]), st.sampled_from(["mall", "station"]))
def test_a_toll_in_parentheses(number: tuple[str, int], word: str, place: str) -> None:
    text, value = number
    sentence = f"The attack on the {place} ({text} {word}) shocked the country."
    assert read(sentence) == [("killed", "people", value, value)]


@given(counts(2, 400), st.sampled_from(["worshippers", "pilgrims", "students"]))
def test_n_plus_is_a_lower_bound(number: tuple[str, int], noun: str) -> None:
    """ "130-plus people were killed": the number is a floor."""
    _, value = number
    sentence = f"The attack killed {value}-plus {noun}, officials said."
    assert [(m, lo, hi) for m, _, lo, hi in read(sentence)] == [("killed", value, None)]


@given(thousands(), st.sampled_from(["were wounded", "were injured"]))
def test_thousands_with_a_no_break_space_are_one_number(number: tuple[str, int], verb: str) -> None:
    text, value = number
    assert read(f"More than {text} people {verb}.") == [("wounded", "people", value + 1, None)]


# --- partitives -----------------------------------------------------------------------------

PARTS = st.sampled_from(
    [
        ("children", "children"),
        ("police officers", "police"),
        ("soldiers", "soldiers"),
        ("women", "women"),
        ("foreign tourists", "civilians"),
    ]
)
GROUPS = st.sampled_from(
    [
        ("dead", "killed"),
        ("people killed", "killed"),
        ("victims", "killed"),
        ("people who died", "killed"),
        ("injured", "wounded"),
        ("people wounded", "wounded"),
    ]
)


@given(counts(2, 19, dozen=False), counts(20, 300), GROUPS, PARTS, SPEAKERS_BEFORE)
def test_a_part_of_a_counted_group(
    part: tuple, whole: tuple, group: tuple, subject: tuple, before: str
) -> None:
    """ "Five of the 23 dead were children": the whole and its part.

    "the 23 victims" names no metric of its own: the whole is read only where its group
    does ("the 23 dead", "the 23 people killed").
    """
    sentence = cap(f"{before}{part[0]} of the {whole[0]} {group[0]} were {subject[0]}.")
    expected = [(group[1], subject[1], part[1], part[1])]
    if group[0] != "victims":
        expected.append((group[1], "people", whole[1], whole[1]))
    assert sorted(read(sentence)) == sorted(expected)


@given(counts(2, 19, dozen=False), GROUPS.filter(lambda g: " " not in g[0]), PARTS)
def test_a_part_of_a_group_named_without_a_number(
    part: tuple, group: tuple, subject: tuple
) -> None:
    """ "Three of the victims were police officers"."""
    sentence = cap(f"{part[0]} of the {group[0]} were {subject[0]}.")
    assert read(sentence) == [(group[1], subject[1], part[1], part[1])]


@given(
    st.integers(2, 12),
    st.sampled_from(["gunmen", "attackers", "militants"]),
    st.sampled_from([("were killed", "killed"), ("were captured", "arrested"), ("died", "killed")]),
)
def test_a_part_of_the_attackers_fronted(total: int, noun: str, predicate: tuple) -> None:
    """ "Of the nine gunmen, seven were killed": the attackers are a count, the part a toll."""
    part = total - 1
    sentence = f"Of the {spell(total)} {noun}, {spell(part)} {predicate[0]}."
    assert read(sentence) == [
        ("count", "militants", total, total),
        (predicate[1], "militants", part, part),
    ]


# --- attackers ------------------------------------------------------------------------------


@st.composite
def attacker_counts(draw: st.DrawFn) -> tuple[str, list[Read]]:
    """'N gunmen stormed', 'a team of N militants', 'the N attackers were killed'."""
    number, value = draw(counts(2, 12))
    noun = draw(ATTACKERS)
    frame = draw(st.sampled_from(["acted", "team", "killed", "agent"]))
    act = draw(
        st.sampled_from(["stormed the hotel", "opened fire on the crowd", "attacked the base"])
    )
    if frame == "acted":
        text = f"{number} {noun} {act}"
        expected = [("count", "militants", value, value)]
    elif frame == "team":
        team = draw(st.sampled_from(["a team of", "a group of", "a squad of", "a unit of"]))
        text = f"{team} {number} {noun} {act}"
        expected = [("count", "militants", value, value)]
    elif frame == "killed":
        det = draw(st.sampled_from(["the", "all", "all the"]))
        text = f"{det} {number} {noun} were killed by security forces"
        expected = [("killed", "militants", value, value)]
        if det != "the":
            # "all" makes the number the whole group's: also the attackers' count.
            expected.append(("count", "militants", value, value))
    else:
        text = f"the assault was carried out by {number} {noun}"
        expected = [("count", "militants", value, value)]
    return cap(f"{draw(SPEAKERS_BEFORE)}{text}{draw(SPEAKERS_AFTER)}."), expected


@given(attacker_counts())
def test_attackers_counted_in_any_frame(case: tuple[str, list[Read]]) -> None:
    sentence, expected = case
    assert read(sentence) == expected


# --- negations and headlines ----------------------------------------------------------------


@given(
    st.sampled_from(
        [
            ("No one was killed", "killed", "people"),
            ("Nobody was injured", "wounded", "people"),
            ("No police officers were hurt", "wounded", "police"),
            ("No soldiers were killed", "killed", "soldiers"),
        ]
    ),
    WHERE,
    SPEAKERS_AFTER,
)
def test_a_negation_is_a_figure_of_zero(case: tuple, where: str, after: str) -> None:
    text, metric, subject = case
    assert read(f"{text}{where}{after}.") == [(metric, subject, 0, 0)]


@given(
    counts(2, 300),
    st.sampled_from(["Kills", "Leaves", "Claims"]),
    st.sampled_from(["At Mosque", "In Market Blast", "At Concert"]),
)
def test_a_headline_in_title_case(number: tuple, verb: str, where: str) -> None:
    text, value = number
    shown = title(text) if not text[0].isdigit() else text
    tail = {"Kills": "", "Leaves": " Dead", "Claims": " Lives"}[verb]
    sentence = f"Suicide Bomber {verb} {shown}{tail} {where}"
    assert read(sentence) == [("killed", "people", value, value)]


# --- numbers that are no casualty figures ---------------------------------------------------

DISTRACTORS = st.sampled_from(
    [
        "The 22-year-old bomber was killed in the blast.",
        "The attack happened at 10:30 pm on {day}.",
        "The gunmen struck at 9.40 on {day} morning.",
        "The building at {n} Rue de la Paix was evacuated.",
        "Police said {n} troops had been deployed to the area.",
        "More than {n} soldiers were sent to the city.",
        "Rescuers pulled {n} people from the rubble alive.",
        "Twelve people were rescued from the building on {day}.",
        "About {n} people were evacuated from the mall.",
        "{n} vehicles were destroyed in the blast.",
        "The mosque, built in 1985, holds {n} worshippers.",
        "He was jailed for {n} years in 2015.",
        "The group has about {n} fighters in the region.",
        "Some {n} police officers guarded the stadium.",
        "The rivalry led to a conflict between the two militant groups.",
        "The three militant factions met on {day}.",
    ]
)


@given(DISTRACTORS, st.integers(20, 900), st.sampled_from(["Monday", "Friday"]))
def test_numbers_that_are_no_casualty_figures(template: str, n: int, day: str) -> None:
    assert read(template.format(n=n, day=day)) == []


# --- lists, places between listed figures, other killers' words ---------------------------


@given(
    counts(10, 300),
    st.sampled_from([("tourists", "civilians"), ("people", "people"), ("soldiers", "soldiers")]),
    st.sampled_from(["a Tunisian", "an Egyptian", "a local guide"]),
    st.sampled_from(
        [("a policeman", "police"), ("a soldier", "soldiers"), ("a child", "children")]
    ),
    st.sampled_from(["active", "passive"]),
)
def test_a_list_item_that_is_no_figure_does_not_break_the_list(
    first: tuple, subject: tuple, item: str, last: tuple, voice: str
) -> None:
    """A list whose middle item has no number: "12 pilgrims, a driver and a guard were killed"."""
    listed = f"{first[0]} {subject[0]}, {item} and {last[0]}"
    sentence = f"{listed} were killed." if voice == "passive" else f"The attack killed {listed}."
    assert read(cap(sentence)) == [
        ("killed", subject[1], first[1], first[1]),
        ("killed", last[1], 1, 1),
    ]


@given(
    counts(2, 90, dozen=False),
    counts(2, 90, dozen=False),
    st.sampled_from([("people", "people"), ("soldiers", "soldiers"), ("suspects", "people")]),
    st.sampled_from([("killed", "killed"), ("wounded", "wounded"), ("arrested", "arrested")]),
    st.sampled_from([("at a bar", "at a restaurant"), ("in the north", "in the south")]),
)
def test_a_bare_number_listed_after_a_place_takes_the_figure_before(
    first: tuple, second: tuple, subject: tuple, verb: tuple, places: tuple
) -> None:
    """ "The gunmen killed 15 people at a bar and 19 at a restaurant"."""
    sentence = (
        f"The gunmen {verb[0]} {first[0]} {subject[0]} {places[0]} and {second[0]} {places[1]}."
    )
    # Suspects killed or wounded are attackers; arrested, people (see round 12's tests).
    who = "militants" if subject[0] == "suspects" and verb[1] != "arrested" else subject[1]
    assert read(sentence) == [
        (verb[1], who, first[1], first[1]),
        (verb[1], who, second[1], second[1]),
    ]


@given(
    counts(2, 12),
    st.sampled_from(["men", "armed men", "people", "young men"]),
    st.sampled_from(["", " in camouflage", " dressed in black", " wearing masks"]),
    st.sampled_from(["opened fire on the crowd", "stormed the building", "burst into the hall"]),
    SPEAKERS_AFTER,
)
def test_whoever_does_an_attackers_act_is_counted_as_an_attacker(
    number: tuple, noun: str, modifier: str, act: str, after: str
) -> None:
    sentence = cap(f"{number[0]} {noun}{modifier} {act}{after}.")
    assert read(sentence) == [("count", "militants", number[1], number[1])]


@given(
    counts(2, 12),
    st.sampled_from(["people", "men"]),
    st.sampled_from(["arrived at the hospital", "were seen near the gate", "waited outside"]),
)
def test_people_doing_no_attackers_act_are_no_count(number: tuple, noun: str, act: str) -> None:
    assert read(cap(f"{number[0]} {noun} {act}.")) == []


@given(
    counts(2, 60),
    st.sampled_from(["gunmen", "attackers", "suspected gunmen"]),
    st.sampled_from(["including", "among them"]),
)
def test_a_definite_part_after_a_part_cue(number: tuple, noun: str, cue: str) -> None:
    """ "Eleven people have been detained, including the four gunmen"."""
    text, value = number
    found = read(f"Police detained 11 people, {cue} the {text} {noun}.")
    assert found == [("arrested", "people", 11, 11), ("arrested", "militants", value, value)]


@given(
    counts(2, 300),
    st.sampled_from(
        [
            ("The number of people missing stood at", "missing"),
            ("The number of missing rose to", "missing"),
            ("The number of arrests rose to", "arrested"),
            ("The number of people hurt reached", "wounded"),
        ]
    ),
)
def test_a_toll_of_another_metric(number: tuple, toll: tuple) -> None:
    assert read(f"{toll[0]} {number[0]}.") == [(toll[1], "people", number[1], number[1])]


@given(
    counts(2, 300),
    st.sampled_from(
        [
            ("were neutralised", "militants", "terrorists"),
            ("were eliminated", "militants", "militants"),
            ("were stabbed to death", "people", "people"),
            ("were burned to death", "people", "people"),
            ("were hacked to death", "civilians", "villagers"),
        ]
    ),
)
def test_other_words_for_killing(number: tuple, case: tuple) -> None:
    verb, subject, noun = case
    assert read(cap(f"{number[0]} {noun} {verb}.")) == [("killed", subject, number[1], number[1])]


@given(
    counts(2, 12),
    st.sampled_from(["was on the run", "was still at large", "is being sought"]),
)
def test_an_ordinal_with_a_verb_of_its_own_is_no_figure(number: tuple, predicate: str) -> None:
    """ "Two attackers were killed and a third was on the run"."""
    text, value = number
    sentence = cap(f"{text} attackers were killed and a third {predicate}.")
    assert read(sentence) == [("killed", "militants", value, value)]


@given(
    counts(20, 300),
    st.sampled_from(["a restaurant", "a checkpoint", "an airport"]),
    st.sampled_from(["were killed", "died"]),
)
def test_a_place_after_a_verb_is_no_victim(number: tuple, place: str, verb: str) -> None:
    """ "Nineteen were killed at a restaurant": the restaurant is no figure of one."""
    text, value = number
    sentence = cap(f"{text} people {verb} at {place}, where gunmen opened fire on diners.")
    assert read(sentence) == [("killed", "people", value, value)]


@given(counts(20, 300), counts(2, 19, dozen=False), st.integers(5, 17))
def test_an_age_limit_after_a_part_is_no_figure(whole: tuple, part: tuple, age: int) -> None:
    """ "The blast injured 59 people, 12 of them children under 16"."""
    sentence = f"The blast injured {whole[0]} people, {part[0]} of them children under {age}."
    assert read(sentence) == [
        ("wounded", "people", whole[1], whole[1]),
        ("wounded", "children", part[1], part[1]),
    ]


@given(st.integers(1, 8), st.integers(1, 8), st.sampled_from(["died", "were wounded"]))
def test_coordinated_round_hundreds_are_a_range(a: int, extra: int, verb: str) -> None:
    """ "Between four hundred and nine hundred people died": two numbers, not 40,900."""
    b = min(9, a + extra)
    metric = "killed" if verb == "died" else "wounded"
    sentence = f"Between {spell(a)} hundred and {spell(b)} hundred people {verb}."
    assert read(sentence) == [(metric, "people", a * 100, b * 100)]


@given(
    counts(2, 12, dozen=False),
    st.sampled_from(["gunmen", "attackers", "suicide bombers", "assailants"]),
    st.sampled_from(
        [
            "The statement identified the {n} {a}.",
            "The identities of the {n} {a} were released on {day}.",
            "Police named the {n} {a} on {day}.",
            "The {n} {a} were identified as local men, police said.",
        ]
    ),
    st.sampled_from(["Monday", "Friday"]),
)
def test_a_definite_number_of_attackers_is_their_count(
    number: tuple, noun: str, template: str, day: str
) -> None:
    """ "the two gunmen" with no verb that counts them is still their number."""
    sentence = template.format(n=number[0], a=noun, day=day)
    assert read(sentence) == [("count", "militants", number[1], number[1])]


@given(
    counts(2, 12, dozen=False),
    st.sampled_from(["gunmen", "attackers"]),
    st.sampled_from(
        [
            "The group has about {n} {a} in the region.",
            "Police were looking for {n} {a}.",
            "Some {n} {a} were spotted in the area last year.",
        ]
    ),
)
def test_an_indefinite_number_of_attackers_with_no_act_is_no_count(
    number: tuple, noun: str, template: str
) -> None:
    assert read(template.format(n=number[0], a=noun)) == []


@given(
    counts(2, 60, dozen=False),
    st.sampled_from(
        [("tourists", "civilians"), ("children", "children"), ("police officers", "police")]
    ),
    st.sampled_from(["The victims included", "Victims included", "The bomber's victims included"]),
)
def test_victims_that_included_a_part(number: tuple, subject: tuple, opener: str) -> None:
    """ "The victims included 17 tourists": the group names the metric."""
    assert read(f"{opener} {number[0]} {subject[0]}.") == [
        ("killed", subject[1], number[1], number[1])
    ]


@given(
    counts(2, 300),
    st.sampled_from(["suffered gunshot wounds", "were treated for gunshot wounds"]),
)
def test_wounds_named_by_their_cause(number: tuple, predicate: str) -> None:
    assert read(cap(f"{number[0]} people {predicate}.")) == [
        ("wounded", "people", number[1], number[1])
    ]


@given(counts(10, 300, dozen=False), st.sampled_from(["Nearly", "Almost"]))
def test_nearly_is_approximate(number: tuple, word: str) -> None:
    """The corpus convention: "nearly two dozen" is about 24, not at most 23."""
    assert read(f"{word} {number[0]} people were killed.") == [
        ("killed", "people", number[1], number[1])
    ]


@given(
    st.sampled_from(
        [
            ("A British tourist", "civilians"),
            ("A worshipper", "civilians"),
            ("A passer-by", "civilians"),
            ("A gendarme", "police"),
            ("A member of the public", "civilians"),
        ]
    ),
    st.sampled_from(["was killed", "died", "was among the dead"]),
)
def test_one_named_by_a_singular_subject_noun(case: tuple, verb: str) -> None:
    assert read(f"{case[0]} {verb}.") == [("killed", case[1], 1, 1)]


@given(
    counts(2, 30, dozen=False),
    counts(31, 400, dozen=False),
    st.sampled_from(["The toll", "The death toll", "The number of dead"]),
    st.sampled_from(["rose by", "has risen by", "climbed by", "increased by"]),
)
def test_a_toll_raised_by_an_increment(step: tuple, total: tuple, toll: str, verb: str) -> None:
    """ "The toll rose by two to 39": the increment is no figure, nor a range with the toll."""
    assert read(f"{toll} {verb} {step[0]} to {total[0]}.") == [
        ("killed", "people", total[1], total[1])
    ]


@given(
    counts(20, 300, dozen=False),
    counts(2, 19, dozen=False),
    st.sampled_from([("tourists", "civilians"), ("soldiers", "soldiers"), ("women", "women")]),
    st.sampled_from(["", " people"]),
)
def test_a_list_after_a_colon_breaks_the_toll_down(
    whole: tuple, part: tuple, subject: tuple, noun: str
) -> None:
    """ "The attack killed 21: 20 tourists and a police officer"."""
    sentence = f"The attack killed {whole[0]}{noun}: {part[0]} {subject[0]} and a police officer."
    assert read(sentence) == [
        ("killed", "people", whole[1], whole[1]),
        ("killed", subject[1], part[1], part[1]),
        ("killed", "police", 1, 1),
    ]


@given(st.integers(0, 23), st.integers(0, 59), counts(2, 300))
def test_a_time_is_no_figure_but_a_figure_after_it_is(
    hour: int, minute: int, number: tuple
) -> None:
    sentence = f"The gunmen struck at {hour}:{minute:02d}, killing {number[0]} people."
    assert read(sentence) == [("killed", "people", number[1], number[1])]


@given(
    counts(10, 60, dozen=False),
    counts(61, 400, dozen=False),
    st.sampled_from(["The death toll", "The toll"]),
    st.sampled_from(["initially put at {n}", "which stood at {n} on Saturday", "first put at {n}"]),
    st.sampled_from(["rose to", "climbed to", "has risen to"]),
)
def test_a_toll_reaches_its_verb_across_an_aside_with_its_earlier_value(
    old: tuple, new: tuple, toll: str, aside: str, verb: str
) -> None:
    """ "The death toll, initially put at 39, rose to 67"."""
    sentence = f"{toll}, {aside.format(n=old[0])}, {verb} {new[0]}."
    assert read(sentence) == [
        ("killed", "people", old[1], old[1]),
        ("killed", "people", new[1], new[1]),
    ]


@given(
    counts(10, 60, dozen=False),
    counts(61, 400, dozen=False),
    st.sampled_from(["was revised down to", "was lowered to", "was cut to", "was corrected to"]),
)
def test_a_toll_revised_down(new: tuple, old: tuple, verb: str) -> None:
    sentence = f"The death toll {verb} {new[0]} from {old[0]}."
    assert read(sentence) == [
        ("killed", "people", new[1], new[1]),
        ("killed", "people", old[1], old[1]),
    ]


@given(
    counts(10, 300, dozen=False),
    counts(10, 300, dozen=False),
    st.sampled_from(["people had died", "people were killed", "were wounded"]),
    st.sampled_from(["the Red Cross", "the health ministry", "local media"]),
    st.sampled_from([", but", ", while", " but"]),
)
def test_a_rival_figure_given_with_a_verb_of_saying_only(
    first: tuple, second: tuple, clause: str, speaker: str, joiner: str
) -> None:
    """ "The minister said 62 people had died, but the Red Cross said 68"."""
    metric = "wounded" if "wounded" in clause else "killed"
    sentence = f"The minister said {first[0]} {clause}{joiner} {speaker} said {second[0]}."
    assert read(sentence) == [
        (metric, "people", first[1], first[1]),
        (metric, "people", second[1], second[1]),
    ]


@given(counts(10, 300), st.sampled_from(["a police officer", "an official", "a Belgian official"]))
def test_a_speaker_after_a_verb_of_saying_is_no_rival_figure(number: tuple, speaker: str) -> None:
    sentence = f"The toll was {number[0]}, the agency said {speaker} indicated."
    assert read(sentence) == [("killed", "people", number[1], number[1])]


@given(
    counts(2, 12, dozen=False),
    st.sampled_from(["attackers", "gunmen", "militants"]),
    st.sampled_from(["were found in the rubble", "were recovered on Sunday", "were identified"]),
)
def test_the_bodies_of_attackers_are_attackers_killed(number: tuple, noun: str, verb: str) -> None:
    sentence = f"The bodies of {number[0]} {noun} {verb}."
    assert read(sentence) == [("killed", "militants", number[1], number[1])]


@given(counts(10, 300), st.sampled_from(["may rise", "could rise further", "is expected to rise"]))
def test_a_toll_of_n_with_a_verb_of_its_own(number: tuple, verb: str) -> None:
    """ "The death toll of 67 may rise": the toll's own verb does not hide its number."""
    assert read(f"The death toll of {number[0]} {verb}.") == [
        ("killed", "people", number[1], number[1])
    ]


@given(
    counts(20, 300, dozen=False),
    st.integers(5, 17),
    st.sampled_from(["as young as", "under the age of"]),
)
def test_an_age_with_no_subject_before_it_is_no_figure(whole: tuple, age: int, phrase: str) -> None:
    sentence = f"Children {phrase} {spell(age)} were among the {whole[0]} dead."
    assert read(sentence) == [("killed", "people", whole[1], whole[1])]


@given(counts(2, 300), st.sampled_from(["were treated in hospital", "were treated at hospitals"]))
def test_people_treated_in_hospital_are_wounded(number: tuple, verb: str) -> None:
    assert read(cap(f"{number[0]} people {verb}.")) == [("wounded", "people", number[1], number[1])]


@given(
    st.integers(2, 11),
    st.sampled_from(["attackers", "gunmen", "suicide bombers"]),
    st.sampled_from(["blew themselves up", "died", "were killed"]),
)
def test_a_part_of_a_counted_group_of_attackers_takes_its_own_verb(
    part: int, noun: str, verb: str
) -> None:
    """ "Seven of the eight attackers blew themselves up": the verb is the part's."""
    sentence = f"{cap(spell(part))} of the {spell(part + 1)} {noun} {verb}."
    assert read(sentence)[0] == ("killed", "militants", part, part)
    assert all(f[2] != part + 1 or f[0] == "count" for f in read(sentence))


@given(
    counts(2, 300),
    st.sampled_from(
        [
            "were left injured",
            "suffered minor injuries",
            "sustained serious injuries",
            "suffered life-threatening injuries",
            "were maimed",
        ]
    ),
)
def test_other_words_for_wounding(number: tuple, predicate: str) -> None:
    assert read(cap(f"{number[0]} people {predicate}.")) == [
        ("wounded", "people", number[1], number[1])
    ]


@given(st.integers(2, 90).map(lambda n: n * 10), st.sampled_from(["were wounded", "died"]))
def test_n_odd_is_approximate(value: int, verb: str) -> None:
    metric = "wounded" if verb == "were wounded" else "killed"
    assert read(f"Some {value}-odd people {verb}.") == [(metric, "people", value, value)]


@given(
    st.integers(21, 99).filter(lambda n: n % 10 != 0),
    st.sampled_from(["\u2010", "\u2011"]),
    st.sampled_from([("were killed", "killed"), ("were wounded", "wounded")]),
)
def test_a_number_spelled_with_a_typographic_hyphen(n: int, hyphen: str, verb: tuple) -> None:
    """ "Twenty\u2011two people were killed": the no-break hyphen joins the number."""
    words = spell(n).replace("-", hyphen)
    assert read(f"{cap(words)} people {verb[0]}.") == [(verb[1], "people", n, n)]
