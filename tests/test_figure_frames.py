"""Hypothesis grammars for the figure frames: tolls, counts, partitives, speakers, lists.

Each grammar draws a sentence from the parts of one phenomenon (numbers in digits or
words, modifiers, noun phrases of any length, speakers before or after) and states the
figures it must yield.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.models import Document, FigureClaim
from claimrecon.vocab import Lexicon
from tests.strategies import read_figure_values as read

LEX = Lexicon.default()


@st.composite
def numbers(draw: st.DrawFn, low: int = 2, high: int = 900) -> tuple[str, int]:
    value = draw(st.integers(low, high))
    return (spell(value) if draw(st.booleans()) and value < 100 else str(value)), value


SPEAKERS_AFTER = st.sampled_from(
    ["", ", police said", ", a police officer said", ", a hospital official said"]
)
SPEAKERS_BEFORE = st.sampled_from(["", "Officials said ", "The ministry said that "])
PLACES = st.lists(
    st.sampled_from(
        [
            "a luxury hotel",
            "a crowded mosque",
            "the university campus",
            "last week's devastating bombing",
            "Tuesday's gun and bomb attack",
            "the northern city",
            "the capital",
        ]
    ),
    min_size=1,
    max_size=3,
)
PREPOSITIONS = st.sampled_from(["in", "at", "on", "near"])


@st.composite
def toll_sentences(draw: st.DrawFn) -> tuple[str, int]:
    """'The death toll from <a noun phrase> has risen to N, police said.'"""
    places = draw(PLACES)
    phrase = " ".join(
        f"{draw(PREPOSITIONS) if k else 'from'} {place}" for k, place in enumerate(places)
    )
    noun = draw(st.sampled_from(["The death toll", "The number of people killed", "The toll"]))
    verb = draw(
        st.sampled_from(["has risen to", "rose to", "climbed to", "has been raised to", "reached"])
    )
    text, value = draw(numbers(10))
    sentence = f"{draw(SPEAKERS_BEFORE)}{noun} {phrase} {verb} {text}{draw(SPEAKERS_AFTER)}."
    return sentence, value


@given(toll_sentences())
def test_a_toll_reaches_its_number_across_a_noun_phrase(case: tuple[str, int]) -> None:
    sentence, value = case
    assert read(sentence) == [("killed", "people", value, value)]


@st.composite
def headline_floors(draw: st.DrawFn) -> tuple[str, int]:
    verb = draw(st.sampled_from(["tops", "Tops", "Climbs Above", "passes", "exceeds"]))
    noun = draw(st.sampled_from(["Death toll", "Death Toll", "death toll"]))
    where = draw(st.sampled_from(["", "in Mogadishu bomb blasts ", "from mosque attack "]))
    value = draw(st.integers(10, 900))
    return f"{noun} {where}{verb} {value}", value


@given(headline_floors())
def test_a_toll_that_passes_a_number_is_a_floor(case: tuple[str, int]) -> None:
    sentence, value = case
    assert read(sentence) == [("killed", "people", value + 1, None)]


ATTACKERS = st.sampled_from(
    ["gunmen", "attackers", "suicide bombers", "armed men", "masked gunmen", "militants"]
)
COUNT_VERBS = st.sampled_from(
    [
        "stormed the hotel",
        "arrived at the terminal",
        "targeted crowds",
        "approached the gate",
        "rushed into the compound",
        "entered the school",
        "terrorized the city",
        "hit the airport",
        "had rushed into the compound",
        "are reported to have entered the school",
    ]
)


@st.composite
def count_sentences(draw: st.DrawFn) -> tuple[str, int, int]:
    """'N <modified attacker noun> <verb of attacking>', the agent, or an existential."""
    low = draw(st.integers(2, 12))
    high = low + draw(st.sampled_from([0, 0, 1, 2, 5]))
    number = str(low) if low == high else f"{low} to {high}"
    noun = draw(ATTACKERS)
    frame = draw(st.sampled_from(["active", "agent", "there"]))
    if frame == "active":
        body = f"{number} {noun} {draw(COUNT_VERBS)}"
    elif frame == "agent":
        body = f"the attack was carried out by {number} {noun}"
    else:
        body = f"there were {number} {noun}"
    return f"{draw(SPEAKERS_BEFORE)}{body}{draw(SPEAKERS_AFTER)}.", low, high


@given(count_sentences())
def test_a_number_of_attackers_who_acted_is_a_count(case: tuple[str, int, int]) -> None:
    sentence, low, high = case
    assert read(sentence) == [("count", "militants", low, high)]


@given(st.sampled_from(["were hit", "were targeted", "were attacked"]), numbers(2, 20))
def test_attackers_as_targets_of_a_passive_are_no_count(verb: str, number: tuple) -> None:
    assert read(f"{number[0]} militants {verb} by an airstrike.") == []


@st.composite
def partitives(draw: st.DrawFn) -> tuple[str, str, str, int]:
    """'N of the dead were <subject>': the group gives the metric, the predicate the subject."""
    noun, subject = draw(
        st.sampled_from(
            [
                ("children", "children"),
                ("schoolchildren", "children"),
                ("students", "civilians"),
                ("police officers", "police"),
                ("soldiers", "soldiers"),
            ]
        )
    )
    group = draw(st.sampled_from(["of the dead", "of those killed", "of the wounded"]))
    text, value = draw(numbers(2, 200))
    link = draw(st.sampled_from(["were", "were all", "were also"]))
    metric = "wounded" if group == "of the wounded" else "killed"
    return f"{draw(SPEAKERS_BEFORE)}{text} {group} {link} {noun}.", metric, subject, value


@given(partitives())
def test_a_partitive_takes_its_subject_from_the_predicate(case: tuple) -> None:
    sentence, metric, subject, value = case
    assert read(sentence) == [(metric, subject, value, value)]


@given(
    numbers(),
    st.sampled_from(["a police officer", "a hospital official", "two police officers"]),
    st.sampled_from(["said", "told reporters", "told AFP", "says"]),
)
def test_a_speaker_after_a_figure_is_no_victim(number: tuple, speaker: str, verb: str) -> None:
    text, value = number
    sentence = f"A car bomb killed {text} people, {speaker} {verb}."
    assert read(sentence) == [("killed", "people", value, value)]


@given(
    st.permutations([("Marines", 11), ("soldier", 1), ("Navy corpsman", 1), ("sailors", 2)]).map(
        lambda items: items[:3]
    )
)
def test_a_list_that_names_one_subject_twice_is_a_breakdown(items: list) -> None:
    listed = ", ".join(f"{'one' if n == 1 else n} {noun}" for noun, n in items)
    found = read_figures(f"The bombing killed {listed} and dozens of civilians.", LEX)
    soldiers = [f for f in found if f.subject.value == "soldiers"]
    assert [f.low for f in soldiers] == [n for _, n in items]
    assert all(f.breakdown for f in soldiers)


# --- subjects the lexicon does not know --------------------------------------------------

_KNOWN = (
    set(LEX.figures.subject_words)
    | set(LEX.figures.non_casualty_units)
    | set(LEX.figures.stop_words)
    | set(LEX.figures.metric_words)
)


def _invented(word: str) -> bool:
    return word not in _KNOWN and not word.endswith(("ss", "us", "is", "ans", "ese", "ons"))


# Invented nouns: a subject read from them comes from the frame, never from an entry.
INVENTED = st.builds(
    lambda syllables, tail: "".join(syllables) + tail,
    st.lists(
        st.sampled_from(["ba", "lo", "mer", "ti", "sun", "dra", "kel", "vo"]),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(["s", "ers", "ists", "ants"]),
).filter(_invented)
MODIFIERS = st.sampled_from(["", "local ", "Kenyan ", "off-duty ", "young ", "hotel "])
CASUALTY_PREDICATES = st.sampled_from(
    [
        ("were killed", "killed"),
        ("died", "killed"),
        ("were also killed", "killed"),
        ("have been wounded", "wounded"),
        ("were injured", "wounded"),
        ("were reportedly shot dead", "killed"),
        ("were arrested", "arrested"),
    ]
)


@given(numbers(), MODIFIERS, INVENTED, CASUALTY_PREDICATES, SPEAKERS_BEFORE, SPEAKERS_AFTER)
def test_an_unknown_head_noun_before_a_casualty_verb_is_people(
    number: tuple, modifier: str, noun: str, predicate: tuple, before: str, after: str
) -> None:
    text, value = number
    verb, metric = predicate
    sentence = f"{before}{text} {modifier}{noun} {verb} in the attack{after}."
    assert read(sentence) == [(metric, "people", value, value)]


@given(numbers(), MODIFIERS, INVENTED, st.sampled_from(["killing", "killed", "wounding"]))
def test_an_unknown_head_noun_after_a_casualty_verb_is_people(
    number: tuple, modifier: str, noun: str, verb: str
) -> None:
    text, value = number
    metric = "wounded" if verb == "wounding" else "killed"
    found = read_figures(f"The blast {verb} {text} {modifier}{noun}, officials said.", LEX)
    assert [(f.metric.value, f.subject.value, f.low) for f in found] == [(metric, "people", value)]
    # The figure's span reaches the head noun.
    assert (
        found[0].end >= 0
        and noun in f"The blast {verb} {text} {modifier}{noun}"[found[0].start : found[0].end]
    )


@given(numbers(), INVENTED, st.sampled_from(["rocked the city", "were found", "arrived"]))
def test_an_unknown_head_noun_without_a_casualty_verb_is_no_figure(
    number: tuple, noun: str, predicate: str
) -> None:
    assert read(f"{number[0]} {noun} {predicate}.") == []


@given(
    INVENTED.filter(lambda w: w.endswith(("ers", "ists", "ants"))),
    CASUALTY_PREDICATES.filter(lambda p: p[0].startswith(("were", "have"))),
)
def test_an_article_before_an_unknown_singular_head_is_one(noun: str, predicate: tuple) -> None:
    """One unknown noun is a subject with a passive only ("a local mission to kill" is none)."""
    singular = noun[:-1]
    verb = predicate[0].replace("were", "was").replace("have been", "has been")
    metric = predicate[1]
    assert read(f"A {singular} {verb} in the blast.") == [(metric, "people", 1, 1)]


# --- modifiers between a subject and its passive -------------------------------------------

POSTMODIFIERS = st.sampled_from(
    [
        "accused of facilitating the attack",
        "believed to be linked to the group",
        "suspected of planning the raid",
        "from the militant group",
        "of the same unit",
        "who attacked the college",
        "who stormed the compound",
        "stationed near the gate",
        "travelling on the bus that was attacked",
        "guarding the entrance",
    ]
)
SUBJECTS = st.sampled_from(
    [("people", "people"), ("gunmen", "militants"), ("soldiers", "soldiers"), ("men", "people")]
)
PASSIVES = st.sampled_from(
    [
        ("were arrested", "arrested"),
        ("were detained", "arrested"),
        ("have been killed", "killed"),
        ("were also killed", "killed"),
        ("were wounded", "wounded"),
    ]
)


@given(numbers(2, 60), SUBJECTS, POSTMODIFIERS, PASSIVES, SPEAKERS_BEFORE, SPEAKERS_AFTER)
def test_a_passive_reaches_its_subject_past_a_modifier(
    number: tuple, subject: tuple, modifier: str, passive: tuple, before: str, after: str
) -> None:
    text, value = number
    sentence = f"{before}{text} {subject[0]} {modifier} {passive[0]}{after}."
    # People said to have attacked are attackers ("two men who stormed the compound").
    attackers = modifier.startswith(("who attacked", "who stormed"))
    expected = "militants" if attackers and subject[1] == "people" else subject[1]
    assert read(sentence) == [(passive[1], expected, value, value)]


@given(numbers(2, 60), st.sampled_from(["who were killed", "who were arrested"]))
def test_a_relative_clause_of_an_object_is_no_metric_of_the_subject(
    number: tuple, clause: str
) -> None:
    assert read(f"{number[0]} policemen escorted the visitors {clause}.") == []


# --- figures told relative to another: earlier tolls, the rest, all but N -----------------

TOLL_NOUNS = st.sampled_from(["the toll", "the death toll", "the number of dead"])


@given(numbers(10, 400), numbers(10, 400), TOLL_NOUNS, st.sampled_from(["lowered", "revised"]))
def test_a_toll_changed_from_an_earlier_value_gives_both(
    new: tuple, old: tuple, toll: str, verb: str
) -> None:
    sentence = f"Officials {verb} {toll} to {new[0]} on Sunday from {old[0]}, police said."
    assert read(sentence) == [
        ("killed", "people", new[1], new[1]),
        ("killed", "people", old[1], old[1]),
    ]


@given(numbers(10, 400), TOLL_NOUNS, st.sampled_from(["raising", "pushing", "bringing"]))
def test_a_toll_raised_from_its_earlier_value(old: tuple, toll: str, verb: str) -> None:
    found = read_figures(f"Another victim died on Monday, {verb} {toll} from {old[0]}.", LEX)
    assert [(f.metric.value, f.low, f.revision) for f in found] == [("killed", old[1], False)]


@given(numbers(10, 400), numbers(10, 400), st.sampled_from(["raising", "pushing", "bringing"]))
def test_a_toll_named_by_a_pronoun_after_a_revision_verb(
    first: tuple, second: tuple, verb: str
) -> None:
    sentence = (
        f"The toll stood at {first[0]} before officials said a victim died, "
        f"{verb} it to {second[0]}."
    )
    # "a victim" is one victim, as "a guard" is one guard: a part of the toll, no rival
    assert read(sentence) == [
        ("killed", "people", first[1], first[1]),
        ("killed", "people", 1, 1),
        ("killed", "people", second[1], second[1]),
    ]


@given(
    st.integers(3, 60),
    st.integers(1, 2),
    st.sampled_from(["gunmen", "attackers", "militants"]),
    st.sampled_from(["were shot dead", "were killed", "died"]),
)
def test_all_but_n_is_the_rest_of_a_total(total: int, but: int, noun: str, verb: str) -> None:
    sentence = f"Police said {total} {noun} stormed the town, and all but {spell(but)} {verb}."
    assert read(sentence) == [
        ("count", "militants", total, total),
        ("killed", "militants", total - but, total - but),
    ]


@given(
    numbers(2, 200),
    numbers(2, 60),
    st.sampled_from([("children", "children"), ("students", "civilians")]),
    st.sampled_from(
        [("staff members", "staff"), ("soldiers", "soldiers"), ("police officers", "police")]
    ),
    st.sampled_from(["", " Tuesday", " on Friday", " overnight"]),
    st.sampled_from(["the other", "the remaining"]),
)
def test_the_rest_of_a_partitive_group(
    first: tuple, second: tuple, subj1: tuple, subj2: tuple, when: str, rest: str
) -> None:
    sentence = (
        f"He said {first[0]} of those killed{when} were {subj1[0]} "
        f"and {rest} {second[0]} were {subj2[0]}."
    )
    assert read(sentence) == [
        ("killed", subj1[1], first[1], first[1]),
        ("killed", subj2[1], second[1], second[1]),
    ]


@given(
    st.sampled_from(["a lone", "the only", "a single", "the sole"]),
    st.sampled_from([("gunman", "militants"), ("attacker", "militants"), ("soldier", "soldiers")]),
    st.sampled_from(
        [("captured by police", "arrested"), ("was killed", "killed"), ("died", "killed")]
    ),
)
def test_one_introduced_by_an_article_and_a_word_of_one(
    lone: str, noun: tuple, predicate: tuple
) -> None:
    assert read(f"Officials said {lone} {noun[0]} {predicate[0]} in the raid.") == [
        (predicate[1], noun[1], 1, 1)
    ]


@given(st.sampled_from(["a lone gunman", "a lone attacker"]), COUNT_VERBS)
def test_a_lone_attacker_who_acted_is_a_count_of_one(noun: str, verb: str) -> None:
    assert read(f"Police said {noun} {verb}.") == [("count", "militants", 1, 1)]


@given(
    st.sampled_from(["One", "A third attacker", "One of them"]),
    st.sampled_from(["blew himself up", "detonated his suicide vest", "killed himself"]),
)
def test_an_attacker_who_blew_himself_up_is_a_part(subject: str, verb: str) -> None:
    found = read_figures(f"{subject} {verb} outside the terminal, the minister said.", LEX)
    assert [(f.metric.value, f.subject.value, f.low, f.among) for f in found] == [
        ("killed", "militants", 1, True)
    ]


@given(numbers(2, 12), ATTACKERS, st.sampled_from(["who were also killed", "who later died"]))
def test_attackers_in_a_relative_clause_after_a_comma(
    number: tuple, noun: str, clause: str
) -> None:
    text, value = number
    sentence = f"The toll does not include the {text} {noun}, {clause} in the attack."
    assert read(sentence) == [("killed", "militants", value, value)]


ATTACKER_MODIFIERS = st.sampled_from(
    [
        "armed with assault rifles",
        "armed with guns and grenades",
        "wearing suicide vests",
        "dressed in black",
        "in a car",
        "from the group",
    ]
)


@given(numbers(2, 12), ATTACKERS, ATTACKER_MODIFIERS, COUNT_VERBS, SPEAKERS_AFTER)
def test_attackers_act_past_a_modifier(
    number: tuple, noun: str, modifier: str, verb: str, after: str
) -> None:
    text, value = number
    sentence = f"{text} {noun} {modifier} {verb}{after}."
    assert read(sentence) == [("count", "militants", value, value)]


@given(
    numbers(2, 30),
    numbers(31, 300),
    st.sampled_from(
        # A nationality among a toll is no part (convention 8): see test_figure_grammar_blind.
        [("children", "children"), ("tourists", "civilians"), ("police officers", "police")]
    ),
    st.sampled_from(["people killed", "dead", "people who died"]),
)
def test_a_part_among_a_counted_group(
    part: tuple, whole: tuple, subject: tuple, group: str
) -> None:
    sentence = f"{part[0]} {subject[0]} were among the {whole[0]} {group}."
    found = read(sentence)
    assert found[0] == ("killed", subject[1], part[1], part[1])


@given(
    numbers(20, 300),
    numbers(2, 19),
    st.sampled_from([("children", "children"), ("police officers", "police")]),
    CASUALTY_PREDICATES,
)
def test_a_whole_reaches_its_metric_across_a_part_without_commas(
    whole: tuple, part: tuple, subject: tuple, predicate: tuple
) -> None:
    sentence = f"{whole[0]} people including {part[0]} {subject[0]} {predicate[0]}."
    found = read_figures(sentence, LEX)
    assert [(f.metric.value, f.subject.value, f.low, f.part_of) for f in found] == [
        (predicate[1], "people", whole[1], None),
        (predicate[1], subject[1], part[1], 0),
    ]


# --- round 3: asides, participles, added figures, verbless counts, other victims -------------

PARTS = st.sampled_from(
    [("children", "children"), ("police officers", "police"), ("women", "women")]
)
VICTIMS = st.sampled_from(
    [
        ("people", "people"),
        ("tourists", "civilians"),
        ("worshippers", "civilians"),
        ("concert-goers", "civilians"),
        ("shoppers", "civilians"),
        ("students", "civilians"),
        ("holidaymakers", "civilians"),
        ("fans", "civilians"),
    ]
)
DEATH_PREDICATES = st.sampled_from(
    [
        "were killed",
        "have died",
        "were gunned down",
        "were massacred",
        "perished",
        "lost their lives",
        "were left dead",
        "were murdered",
        "were shot dead",
    ]
)
QUALIFIED = st.sampled_from([("", "exact"), ("At least ", "at_least"), ("More than ", "over")])


def _interval(value: int, qualifier: str) -> tuple[int, int | None]:
    return {"exact": (value, value), "at_least": (value, None), "over": (value + 1, None)}[
        qualifier
    ]


@given(
    numbers(40, 400),
    QUALIFIED,
    VICTIMS,
    numbers(2, 39),
    QUALIFIED,
    PARTS,
    st.sampled_from(["including {n} {p}", "among them {n} {p}", "{n} of them {p}"]),
    DEATH_PREDICATES,
    SPEAKERS_AFTER,
)
def test_a_part_in_an_aside_between_a_subject_and_its_verb(
    whole: tuple,
    wq: tuple,
    victims: tuple,
    part: tuple,
    pq: tuple,
    parts: tuple,
    aside: str,
    predicate: str,
    after: str,
) -> None:
    """ "At least 126 people, including more than 100 children, have died"."""
    pq = ("", "exact") if aside.startswith("{n}") else pq
    inner = aside.format(n=f"{pq[0].lower()}{part[0]}", p=parts[0])
    sentence = f"{wq[0]}{whole[0]} {victims[0]}, {inner}, {predicate} in the attack{after}."
    assert read(sentence) == [
        ("killed", victims[1], *_interval(whole[1], wq[1])),
        ("killed", parts[1], *_interval(part[1], pq[1])),
    ]


@given(
    numbers(2, 30),
    st.sampled_from(["injured", "wounded", "badly-injured"]),
    st.sampled_from(["", "hospital ", "Afghan ", "young "]),
    st.sampled_from(
        [("patients", "civilians"), ("soldiers", "soldiers"), ("police officers", "police")]
    ),
    st.sampled_from(["had died", "later died", "died in hospital", "succumbed to their injuries"]),
    SPEAKERS_BEFORE,
)
def test_the_wounded_who_died_are_killed(
    number: tuple, participle: str, modifier: str, subject: tuple, verb: str, before: str
) -> None:
    """ "three injured hospital patients had died": the verb decides, not the participle."""
    text, value = number
    sentence = f"{before}{text} {participle} {modifier}{subject[0]} {verb}."
    assert read(sentence) == [("killed", subject[1], value, value)]


@given(
    numbers(10, 300),
    numbers(2, 12),
    st.sampled_from(
        ["The death toll climbed to {n}", "{n} people were killed", "The attack killed {n} people"]
    ),
    st.sampled_from([", plus", ", as well as", ", in addition to the", " plus"]),
    ATTACKERS,
    SPEAKERS_AFTER,
)
def test_attackers_added_to_a_toll_take_its_metric(
    toll: tuple, added: tuple, clause: str, joiner: str, noun: str, after: str
) -> None:
    """ "Death toll in Nairobi attack climbs to 21, plus 5 attackers"."""
    sentence = f"{clause.format(n=toll[0])}{joiner} {added[0]} {noun}{after}."
    sentence = sentence[0].upper() + sentence[1:]
    assert read(sentence) == [
        ("killed", "people", toll[1], toll[1]),
        ("killed", "militants", added[1], added[1]),
    ]


@given(
    numbers(2, 12),
    ATTACKERS,
    st.sampled_from(["There were", "It is thought there were", "Officials said there were"]),
    st.sampled_from(["", " behind the blasts", " in the group", " at the scene"]),
)
def test_a_count_with_no_casualty_word_reaches_the_reader(
    number: tuple, noun: str, opener: str, tail: str
) -> None:
    """A sentence holding no metric word still holds a count ("there were three attackers")."""
    text, value = number
    doc = Document(id="d", text=f"The hotel was attacked at noon. {opener} {text} {noun}{tail}.")
    counts = [(c.metric.value, c.subject.value, c.figure.low) for c in extract_figures(doc)]
    assert counts == [("count", "militants", value)]


@given(numbers(10, 300), VICTIMS, st.sampled_from(["child", "policeman", "woman"]))
def test_one_of_them_with_an_article_is_one_part(whole: tuple, victims: tuple, part: str) -> None:
    subject = {"child": "children", "policeman": "police", "woman": "women"}[part]
    sentence = f"{whole[0]} {victims[0]} died, one of them a {part}."
    sentence = sentence[0].upper() + sentence[1:]
    assert read(sentence) == [("killed", victims[1], whole[1], whole[1]), ("killed", subject, 1, 1)]


def extract_figures(doc: Document) -> list[FigureClaim]:
    return [c for c in extract(doc, LEX) if isinstance(c, FigureClaim)]


@given(
    numbers(2, 12),
    st.sampled_from(["gunmen", "attackers", "men armed with rifles", "militants in camouflage"]),
    st.sampled_from(
        [
            "fired on tourists at the museum",
            "began shooting at the crowd",
            "went on a shooting spree in the hall",
            "sprayed the crowd with bullets",
            "rode up to the mosque in five cars",
            "struck six locations",
            "burst into the concert hall",
        ]
    ),
    SPEAKERS_AFTER,
)
def test_attackers_who_open_fire_in_other_words_are_a_count(
    number: tuple, noun: str, act: str, after: str
) -> None:
    text, value = number
    sentence = f"{text} {noun} {act}{after}."
    sentence = sentence[0].upper() + sentence[1:]
    assert read(sentence) == [("count", "militants", value, value)]


@given(
    st.sampled_from(["Of", "Among"]),
    numbers(20, 300),
    st.sampled_from(
        [("people killed", "killed"), ("dead", "killed"), ("people injured", "wounded")]
    ),
    numbers(2, 19),
    st.sampled_from([("children", "children"), ("police officers", "police"), ("women", "women")]),
)
def test_a_part_of_a_group_fronted_before_it(
    opener: str, whole: tuple, group: tuple, part: tuple, subject: tuple
) -> None:
    """ "Of the 59 people injured, 12 were children"."""
    sentence = f"{opener} the {whole[0]} {group[0]}, {part[0]} were {subject[0]}."
    found = read_figures(sentence, LEX)
    whole_subject = "people"
    assert [(f.metric.value, f.subject.value, f.low, f.part_of) for f in found] == [
        (group[1], whole_subject, whole[1], None),
        (group[1], subject[1], part[1], 0),
    ]


@given(
    st.sampled_from(
        [
            ("most of those killed were students but", "killed"),
            ("the injured were mostly shoppers and", "wounded"),
            ("those who died on Friday were mainly tourists but", "killed"),
        ]
    ),
    numbers(2, 30),
    st.sampled_from(
        [("police officers", "police"), ("soldiers", "soldiers"), ("children", "children")]
    ),
    SPEAKERS_BEFORE,
)
def test_a_group_that_included_a_part_gives_its_metric(
    group: tuple, number: tuple, subject: tuple, before: str
) -> None:
    """ "most of those killed Thursday were students but included two police officers"."""
    clause, metric = group
    sentence = f"{before}{clause} included {number[0]} {subject[0]}."
    sentence = sentence[0].upper() + sentence[1:]
    assert read(sentence) == [(metric, subject[1], number[1], number[1])]


@given(
    st.sampled_from(["Another soldier", "A wounded man", "Two more people", "A third victim"]),
    st.sampled_from(["died in hospital", "had died of his wounds", "succumbed to injuries"]),
    st.sampled_from(["pushing the number to", "bringing the total to", "raising the number to"]),
    numbers(10, 300),
)
def test_a_total_named_by_a_noun_after_a_death_takes_its_metric(
    subject: str, verb: str, revision: str, total: tuple
) -> None:
    """ "another service member had died ..., pushing the number to 13"."""
    found = read_figures(f"{subject} {verb}, {revision} {total[0]}.", LEX)
    totals = [f for f in found if f.low == total[1]]
    assert [(f.metric.value, f.revision) for f in totals] == [("killed", True)]


@given(
    numbers(2, 9),
    st.sampled_from(
        ["injured patients had died", "more people died in hospital", "wounded soldiers died"]
    ),
    st.sampled_from(
        ["bringing the total death toll to", "raising the toll to", "pushing the death toll to"]
    ),
    numbers(10, 300),
)
def test_deaths_added_to_a_toll_are_a_part_of_it(
    added: tuple, clause: str, revision: str, total: tuple
) -> None:
    """ "three injured hospital patients had died, bringing the total death toll to 22"."""
    found = read_figures(f"{added[0]} {clause}, {revision} {total[0]}.".capitalize(), LEX)
    assert [(f.metric.value, f.low, f.among) for f in found] == [
        ("killed", added[1], True),
        ("killed", total[1], False),
    ]
