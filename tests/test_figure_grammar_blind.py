"""A hypothesis grammar of the figure phenomena the sixth round read on blind-read attacks.

Each grammar draws its numbers, nouns, speakers and places from open sets and states the
figures the sentence must yield: a part of the dead named by its predicate ("were said to be
policemen"), victims and attackers the subject tree places by their head noun
("perpetrators", "newborns"), and tolls of martyrs.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.models import Document, FigureClaim, Metric
from claimrecon.vocab import Lexicon
from tests.test_figure_grammar import SPEAKERS_AFTER, SPEAKERS_BEFORE, Read, cap, counts

LEX = Lexicon.default()


def read(text: str) -> list[Read]:
    return [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]


# --- a part of the dead named by its predicate ----------------------------------------------

PREDICATE_PARTS = st.sampled_from(
    [
        ("policemen", "police"),
        ("police officers", "police"),
        ("soldiers", "soldiers"),
        ("children", "children"),
        ("newborns", "children"),
        ("women", "women"),
        ("lawyers", "civilians"),
        ("foreign tourists", "civilians"),
        ("perpetrators", "militants"),
    ]
)
HEDGES = st.sampled_from(
    ["", "said to be ", "reported to be ", "believed to be ", "identified as ", "confirmed as "]
)
DEAD_GROUPS = st.sampled_from(["dead", "dead people", "people killed", "victims"])


@given(counts(2, 19, dozen=False), DEAD_GROUPS, HEDGES, PREDICATE_PARTS, SPEAKERS_AFTER)
def test_a_part_of_the_dead_named_by_a_hedged_predicate(
    part: tuple, group: str, hedge: str, subject: tuple, after: str
) -> None:
    """ "Twelve of the dead people were said to be policemen": the predicate names the part.

    The hedge ("said to be", "identified as") and the group's own generic noun ("the dead
    people") stand between the link and the noun, and change neither the figure nor its
    subject.
    """
    sentence = cap(f"{part[0]} of the {group} were {hedge}{subject[0]}{after}.")
    assert read(sentence) == [("killed", subject[1], part[1], part[1])]


@given(counts(2, 19, dozen=False), counts(20, 300), HEDGES, PREDICATE_PARTS)
def test_a_hedged_part_of_a_counted_whole(
    part: tuple, whole: tuple, hedge: str, subject: tuple
) -> None:
    """ "Fifty-five of the 70 dead were lawyers": the part takes its predicate's subject."""
    sentence = cap(f"{part[0]} of the {whole[0]} dead were {hedge}{subject[0]}.")
    assert sorted(read(sentence)) == sorted(
        [("killed", subject[1], part[1], part[1]), ("killed", "people", whole[1], whole[1])]
    )


# --- head nouns the subject tree places ------------------------------------------------------

PLACED = st.sampled_from(
    [
        ("perpetrators", "militants"),
        ("suicide attackers", "militants"),
        ("kidnappers", "militants"),
        ("militiamen", "militants"),
        ("newborns", "children"),
        ("schoolgirls", "children"),
        ("lawyers", "civilians"),
        ("refugees", "civilians"),
    ]
)
PASSIVES = st.sampled_from(
    [
        ("were killed", "killed"),
        ("died", "killed"),
        ("were wounded", "wounded"),
        ("were martyred", "killed"),
    ]
)


@given(counts(2, 60, dozen=False), PLACED, PASSIVES, SPEAKERS_BEFORE, SPEAKERS_AFTER)
def test_a_head_noun_the_tree_places(
    number: tuple, noun: tuple, verb: tuple, before: str, after: str
) -> None:
    """ "Four perpetrators were killed", "two newborns died": the head noun is the subject."""
    if before and after:
        after = ""
    sentence = cap(f"{before}{number[0]} {noun[0]} {verb[0]}{after}.")
    assert read(sentence) == [(verb[1], noun[1], number[1], number[1])]


@given(counts(3, 30, dozen=False), PLACED, st.sampled_from(["civilians", "police officers"]))
def test_placed_nouns_in_a_breakdown_of_a_toll(number: tuple, noun: tuple, other: str) -> None:
    """ "The toll is eight, including four civilians and four perpetrators"."""
    a, b = number[1] // 3 + 1, number[1] // 3
    sentence = f"The death toll is now {number[0]}, including {a} {other} and {b} {noun[0]}."
    subject = "civilians" if other == "civilians" else "police"
    assert read(sentence) == [
        ("killed", "people", number[1], number[1]),
        ("killed", subject, a, a),
        ("killed", noun[1], b, b),
    ]


# --- tolls of martyrs ------------------------------------------------------------------------


@given(
    counts(2, 400),
    st.sampled_from(
        ["The number of martyrs", "The confirmed number of martyrs", "The number of the dead"]
    ),
    st.sampled_from(["stood at", "rose to", "has risen to", "reached"]),
    SPEAKERS_AFTER,
)
def test_a_number_of_martyrs_is_a_toll(number: tuple, toll: str, verb: str, after: str) -> None:
    """ "The number of martyrs stood at 84": the dead, as the local press names them."""
    assert read(f"{toll} {verb} {number[0]}{after}.") == [
        ("killed", "people", number[1], number[1])
    ]


@given(counts(2, 400), st.sampled_from(["people", "worshippers", "soldiers"]))
def test_martyring_is_killing(number: tuple, noun: str) -> None:
    """ "The bomber blew himself up, martyring 44 worshippers"."""
    subject = {"people": "people", "worshippers": "civilians", "soldiers": "soldiers"}[noun]
    sentence = f"The bomber struck during prayers, martyring {number[0]} {noun}."
    assert read(sentence) == [("killed", subject, number[1], number[1])]


# --- enumerations inside an aside ------------------------------------------------------------

BARE_NOUNS = st.sampled_from(
    ["women", "men", "children", "the elderly", "foreigners", "students", "guards", "medics"]
)
CUES = st.sampled_from(["including", "among them", "among whom were"])


def _enumerate(items: list[str], oxford: bool) -> str:
    if len(items) == 1:
        return items[0]
    head = ", ".join(items[:-1])
    return f"{head}{',' if oxford and len(items) > 2 else ''} and {items[-1]}"


@given(
    counts(3, 400),
    st.sampled_from([("people", "people"), ("others", "people"), ("civilians", "civilians")]),
    CUES.filter(lambda c: c != "among whom were"),
    st.lists(BARE_NOUNS, min_size=3, max_size=4, unique=True),
    st.booleans(),
    st.booleans(),
    st.sampled_from([("were wounded", "wounded"), ("were killed", "killed"), ("died", "killed")]),
    SPEAKERS_BEFORE,
)
def test_a_list_of_bare_nouns_in_an_aside(
    number: tuple,
    noun: tuple,
    cue: str,
    items: list[str],
    oxford: bool,
    closed: bool,
    verb: tuple,
    before: str,
) -> None:
    """ "15 others, including women, men and children, were wounded": the list's commas
    do not close the aside, and the verb after it is the figure's, whether or not the
    writer closed the aside with a comma."""
    aside = f", {cue} {_enumerate(items, oxford)}{',' if closed else ''}"
    sentence = cap(f"{before}{number[0]} {noun[0]}{aside} {verb[0]}.")
    assert read(sentence) == [(verb[1], noun[1], number[1], number[1])]


COUNTED_PARTS = st.sampled_from(
    [
        ("women", "women"),
        ("children", "children"),
        ("police officers", "police"),
        ("soldiers", "soldiers"),
    ]
)


@given(
    counts(40, 400),
    st.lists(COUNTED_PARTS, min_size=2, max_size=3, unique_by=lambda p: p[1]),
    st.integers(2, 9),
    st.booleans(),
    st.sampled_from([("were wounded", "wounded"), ("were killed", "killed")]),
)
def test_a_list_of_counted_parts_in_an_aside(
    number: tuple, parts: list[tuple], base: int, oxford: bool, verb: tuple
) -> None:
    """ "15 people, including two women, three children and a police officer, were
    wounded": the whole and each counted part."""
    values = [base + i for i in range(len(parts))]
    items = [f"{v} {p[0]}" for v, p in zip(values, parts, strict=True)]
    sentence = f"{cap(number[0])} people, including {_enumerate(items, oxford)}, {verb[0]}."
    expected = [(verb[1], "people", number[1], number[1])]
    expected += [(verb[1], p[1], v, v) for v, p in zip(values, parts, strict=True)]
    assert read(sentence) == expected


@given(counts(3, 60), counts(2, 12), st.sampled_from(["aid workers", "police officers"]))
def test_a_clause_after_a_counted_part_is_no_list_item(
    number: tuple, part: tuple, noun: str
) -> None:
    """ "killing 22 people, including 12 aid workers, and injuring dozens more": the "and"
    after the aside opens a clause of its own, not a last item."""
    subject = "staff" if noun == "aid workers" else "police"
    sentence = (
        f"The strike destroyed a hospital, killing {number[0]} people, including {part[0]} "
        f"{noun}, and injuring dozens more patients."
    )
    assert read(sentence) == [
        ("killed", "people", number[1], number[1]),
        ("killed", subject, part[1], part[1]),
    ]


# --- "all N attackers": the whole group, so also its count -----------------------------------

ATTACKER_NOUNS = st.sampled_from(
    ["attackers", "gunmen", "assailants", "militants", "suicide bombers", "perpetrators"]
)
WHOLE_FATES = st.sampled_from(
    [
        ("were killed", "killed"),
        ("died", "killed"),
        ("were shot dead", "killed"),
        ("blew themselves up", "killed"),
        ("were arrested", "arrested"),
        ("were captured", "arrested"),
    ]
)


@given(
    counts(2, 12, dozen=False),
    st.sampled_from(["All", "All of the", "All the"]),
    ATTACKER_NOUNS,
    WHOLE_FATES,
    SPEAKERS_AFTER,
)
def test_all_n_attackers_is_their_count(
    number: tuple, quantifier: str, noun: str, fate: tuple, after: str
) -> None:
    """ "All five attackers died": a toll of the attackers and, by "all", their count."""
    sentence = f"{quantifier} {number[0]} {noun} {fate[0]}{after}."
    assert read(sentence) == [
        (fate[1], "militants", number[1], number[1]),
        ("count", "militants", number[1], number[1]),
    ]


@given(
    counts(2, 12, dozen=False),
    ATTACKER_NOUNS,
    st.sampled_from(["were killed", "died", "were arrested"]),
    st.sampled_from(["", "Police said ", "Officials said "]),
)
def test_attackers_without_all_are_no_count(
    number: tuple, noun: str, fate: str, before: str
) -> None:
    """ "Five attackers died" may be some of them: no count without "all"."""
    got = read(cap(f"{before}{number[0]} {noun} {fate}."))
    assert [g for g in got if g[0] == "count"] == []


@given(counts(2, 40, dozen=False), st.sampled_from(["hostages", "victims", "civilians"]))
def test_all_n_victims_is_no_count(number: tuple, noun: str) -> None:
    """ "All 20 hostages were killed": only attackers have a count."""
    got = read(f"All {number[0]} {noun} were killed.")
    assert [g for g in got if g[0] == "count"] == []


@given(
    counts(2, 12, dozen=False),
    ATTACKER_NOUNS,
    st.sampled_from(
        [
            "{n} {noun} stormed the hotel",
            "Around {n} {noun} set off a car bomb",
            "The attack was carried out by {n} {noun}",
        ]
    ),
    st.booleans(),
)
def test_all_n_attackers_repeating_a_count_is_no_new_count(
    number: tuple, noun: str, opening: str, repeated: bool
) -> None:
    """A count "all" implies is no claim where the document already gave that count."""
    first = cap(opening.format(n=number[0], noun=noun))
    second = f"Officials said all {number[0]} {noun} were killed."
    text = f"{first} on Monday. {second}" if repeated else second
    claims = [c for c in extract(Document(id="d", text=text)) if isinstance(c, FigureClaim)]
    counted = [c.figure.low for c in claims if c.metric is Metric.COUNT]
    assert counted == [number[1]]
    assert [c.figure.low for c in claims if c.metric is Metric.KILLED] == [number[1]]


# --- a toll broken down by nationality -------------------------------------------------------

NATIONS = st.sampled_from(
    [
        "Britons",
        "Germans",
        "Belgians",
        "Pakistanis",
        "Chinese",
        "foreign nationals",
        "Irish nationals",
        "foreigners",
    ]
)


@given(
    counts(20, 300),
    st.lists(NATIONS, min_size=1, max_size=3, unique=True),
    st.integers(2, 6),
    st.sampled_from(
        [
            "The {n} dead included {items}",
            "{items} were among the {n} dead",
        ]
    ),
)
def test_a_toll_broken_down_by_nationality_keeps_only_the_toll(
    number: tuple, nations: list[str], base: int, frame: str
) -> None:
    """Nationalities are no subject (the corpus convention): only the toll is read, and
    every nationality listed after the first is set aside with it."""
    items = [f"{spell(base + i)} {n}" for i, n in enumerate(nations)]
    listed = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    sentence = cap(frame.format(n=number[0], items=listed)) + "."
    assert read(sentence) == [("killed", "people", number[1], number[1])]


@given(counts(2, 30, dozen=False), st.sampled_from(["Britons", "Germans", "Pakistanis"]))
def test_a_nationality_that_is_no_part_is_read(number: tuple, nation: str) -> None:
    """ "Three Britons were killed": no toll is broken down, so the figure stands."""
    assert read(cap(f"{number[0]} {nation} were killed.")) == [
        ("killed", "people", number[1], number[1])
    ]


@given(
    counts(20, 300),
    counts(2, 19, dozen=False),
    st.sampled_from(
        [
            ("soldiers", "soldiers"),
            ("police officers", "police"),
            ("children", "children"),
            ("aid workers", "staff"),
        ]
    ),
    st.sampled_from([("dead", "killed"), ("injured", "wounded"), ("wounded", "wounded")]),
)
def test_a_counted_group_that_included_a_part(
    whole: tuple, part: tuple, noun: tuple, group: tuple
) -> None:
    """ "The 20 dead included two soldiers": the participle is the whole's, and the number
    after the verb opens the part; it is no modifier of a subject for the whole."""
    sentence = f"The {whole[0]} {group[0]} included {part[0]} {noun[0]}."
    assert read(sentence) == [
        (group[1], "people", whole[1], whole[1]),
        (group[1], noun[1], part[1], part[1]),
    ]


# --- bare numbers whose predicate names a part of the dead ----------------------------------

PREDICATED = st.sampled_from(
    [
        ("the attackers", "militants"),
        ("attackers", "militants"),
        ("civilians", "civilians"),
        ("female", "women"),
        ("women", "women"),
        ("children", "children"),
        ("policemen", "police"),
        ("soldiers", "soldiers"),
    ]
)


@given(
    counts(10, 60, dozen=False),
    st.sampled_from(
        [
            ("The attack left {n} dead", "people"),
            ("{N} people were killed", "people"),
            ("{N} of the victims were men", "people"),
            ("The blast killed {n} people", "people"),
        ]
    ),
    st.lists(PREDICATED, min_size=1, max_size=2, unique_by=lambda p: p[1]),
    st.integers(2, 4),
    SPEAKERS_AFTER,
)
def test_bare_numbers_named_by_their_predicate(
    number: tuple, opening: tuple, parts: list[tuple], base: int, after: str
) -> None:
    """ "left seven dead, five were the attackers and two were civilians": each bare number
    after the toll takes the toll's metric and its predicate's subject."""
    head = opening[0].format(n=number[0], N=cap(number[0]))
    clauses = [f"{spell(base + i)} were {p[0]}" for i, p in enumerate(parts)]
    sentence = f"{head}, {' and '.join(clauses)}{after}."
    expected = [("killed", opening[1], number[1], number[1])]
    expected += [("killed", p[1], base + i, base + i) for i, p in enumerate(parts)]
    assert read(sentence) == expected


@given(counts(10, 60, dozen=False), counts(2, 9, dozen=False))
def test_a_bare_number_with_a_verb_of_its_own_keeps_it(whole: tuple, part: tuple) -> None:
    """ "Twelve people were killed and three were wounded": the verb decides, no predicate."""
    sentence = f"{cap(whole[0])} people were killed and {part[0]} were wounded."
    assert read(sentence) == [
        ("killed", "people", whole[1], whole[1]),
        ("wounded", "people", part[1], part[1]),
    ]


# --- estimated tolls -------------------------------------------------------------------------


@given(
    counts(20, 900),
    st.sampled_from(
        [
            "The death toll is estimated at {n}",
            "The death toll was estimated at {n}",
            "Officials estimated the death toll at {n}",
            "The estimated death toll is {n}",
            "The approximate total of the dead would be {n}",
            "The death toll was roughly estimated at {n}",
        ]
    ),
    SPEAKERS_AFTER,
)
def test_an_estimated_toll_is_approximate(number: tuple, frame: str, after: str) -> None:
    """ "The death toll is estimated at 300": the toll, about 300."""
    sentence = frame.format(n=number[0]) + after + "."
    got = [(f.metric.value, f.low, f.high, f.qualifier.value) for f in read_figures(sentence, LEX)]
    assert got == [("killed", number[1], number[1], "about")]


@given(counts(20, 900), st.sampled_from(["crossed", "topped", "passed", "exceeded"]))
def test_a_toll_that_crossed_a_number_is_above_it(number: tuple, verb: str) -> None:
    """ "The death toll crossed 300": more than 300."""
    assert read(f"The death toll {verb} {number[0]} on Sunday.") == [
        ("killed", "people", number[1] + 1, None)
    ]


@given(
    counts(2, 30, dozen=False),
    st.sampled_from(["attackers", "gunmen", "militants", "assailants"]),
    st.sampled_from(
        [
            "believed to number",
            "thought to number",
            "said to number",
            "estimated at",
            "who numbered",
            "numbering",
        ]
    ),
    st.sampled_from([("", "exact"), ("about ", "about"), ("at least ", "at_least")]),
    st.sampled_from(["stormed the mall", "arrived on motorbikes", "entered the town"]),
)
def test_attackers_numbered_in_an_aside(
    number: tuple, noun: str, cue: str, qualifier: tuple, act: str
) -> None:
    """ "The attackers, believed to number about ten, stormed the mall": their count."""
    sentence = f"The {noun}, {cue} {qualifier[0]}{number[0]}, {act}."
    got = [
        (f.metric.value, f.subject.value, f.low, f.qualifier.value)
        for f in read_figures(sentence, LEX)
    ]
    assert got == [("count", "militants", number[1], qualifier[1])]


# --- bare numbers of attackers and their rivals ----------------------------------------------

VOICES = st.sampled_from(["witnesses", "police", "officials", "the ministry", "residents"])
RIVALS = st.sampled_from(["the group", "the Taliban", "the militants' spokesman", "a source"])


@given(
    counts(2, 12, dozen=False),
    VOICES,
    st.sampled_from(["were involved", "took part", "stormed the hotel", "opened fire"]),
    st.one_of(st.none(), st.tuples(RIVALS, counts(2, 12, dozen=False))),
)
def test_a_bare_number_doing_an_attackers_act_is_their_count(
    number: tuple, voice: str, act: str, rival: tuple | None
) -> None:
    """ "Witnesses said four were involved and the Taliban said five": two rival counts."""
    sentence = cap(f"{voice} said {number[0]} {act}")
    expected = [("count", "militants", number[1], number[1])]
    if rival is not None:
        sentence += f", while {rival[0]} said {rival[1][0]}"
        expected.append(("count", "militants", rival[1][1], rival[1][1]))
    assert read(sentence + ".") == expected


@given(counts(2, 12, dozen=False), st.sampled_from(["were killed", "were arrested", "died"]))
def test_a_bare_number_with_a_casualty_verb_is_no_count(number: tuple, verb: str) -> None:
    """ "Four were killed": a toll of people, not a count of attackers."""
    assert [r[0] for r in read(cap(f"{number[0]} {verb}."))] != ["count"]
