"""Round 17 (fig18) figure phenomena, drawn with invented places, groups and numbers.

- A demonstrative or pronoun partitive of a toll before ("27 of these were soldiers",
  "six of them were police officers") is a part of it; its predicate names its subject,
  and a second bare number joined to it ("and 10 were civilians", "while ...") is a part
  of the same whole.
- Elliptical continuations: "one victim was a soldier; another was a child", "two of the
  dead were police; another two were students", "three others were students": more of
  the same group, named by their own predicate.
- Qualifiers as data: an adverb before a bound ("well over", "just under") keeps the bound
  exclusive; "somewhere between N and M" is a range; "N people or more" is at least N.
- "a score of" is twenty; "a squad of seven militants" counts the militants past the team's
  noun; a rank only ("one of them an officer") of a force's figure is of that force.
- A bare participle's number ("..., killing 28") counts the people the act before it was
  aimed at ("a crowd of pedestrians"), never its attackers.
- The object of a relative clause's verb ("the bombing that killed 71 people has been
  arrested") takes that verb's metric, not the antecedent's verb after it.
- "an attack by three gunmen" counts the attackers, as "carried out by" does.
- "another" after a second casualty verb ("killed four people and injured another") or
  as the subject of another fate ("three were killed and another was injured") is one
  more of the subject named before.
- Members of a body of civilians ("25 members of the Velkan community", "a member of the
  public") are civilians; members of a force named in it stay of that force.
- The article of a pronoun part's noun with a modifier ("one of them an army officer",
  "one of them a young child") is no second figure.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import capitalised as cap
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
# (a noun of the predicate, its subject)
PREDICATES = st.sampled_from(
    [
        ("soldiers", "soldiers"),
        ("police officers", "police"),
        ("children", "children"),
        ("civilians", "civilians"),
        ("women", "women"),
    ]
)
FATES = st.sampled_from(
    [("killed", "killed", "dead"), ("wounded", "wounded", "injured"), ("killed", "died", "dead")]
)


@given(
    st.integers(20, 90),
    st.integers(2, 19),
    PREDICATES,
    st.sampled_from(["them", "these", "those"]),
    st.sampled_from(["; ", ", and "]),
    PLACES,
)
def test_pronoun_partitive_takes_its_predicate(
    whole: int,
    part: int,
    predicate: tuple[str, str],
    pronoun: str,
    joiner: str,
    place: str,
) -> None:
    noun, subject = predicate
    text = f"{whole} people were killed in {place}{joiner}{part} of {pronoun} were {noun}."
    assert read(text) == [("killed", "people", whole, whole), ("killed", subject, part, part)]


@given(
    st.integers(30, 90),
    st.integers(2, 15),
    st.integers(2, 14),
    st.sampled_from(["while", "and", "whereas"]),
    st.sampled_from(["these", "them"]),
)
def test_second_bare_part_after_pronoun_partitive(
    whole: int, first: int, second: int, joiner: str, pronoun: str
) -> None:
    text = (
        f"Of the {whole} injured persons, police said {first} of {pronoun} were police "
        f"officers {joiner} {second} were civilians."
    )
    assert read(text) == [
        ("wounded", "people", whole, whole),
        ("wounded", "police", first, first),
        ("wounded", "civilians", second, second),
    ]


def test_demonstrative_before_its_group_noun_is_a_determiner() -> None:
    assert read("Five of those killed were children.") == [("killed", "children", 5, 5)]


@given(PREDICATES, PREDICATES, st.sampled_from(["; ", ", "]))
def test_another_names_one_more_by_its_predicate(
    first: tuple[str, str], second: tuple[str, str], joiner: str
) -> None:
    if first[1] == second[1]:
        return
    one = "a police officer" if first[1] == "police" else f"a {first[0][:-1]}"
    two = "a police officer" if second[1] == "police" else f"a {second[0][:-1]}"
    if "childre" in one or "childre" in two or "wome" in one or "wome" in two:
        return
    text = f"One victim was {one}{joiner}another was {two}."
    assert read(text) == [("killed", first[1], 1, 1), ("killed", second[1], 1, 1)]


@given(
    st.integers(2, 9),
    st.integers(2, 9),
    st.sampled_from(["; another {n} were", " and another {n} were", ", and {n} others were"]),
    st.booleans(),
)
def test_more_of_the_group_named_by_predicate(
    first: int, more: int, joiner: str, words: bool
) -> None:
    rest = joiner.format(n=number(more, words))
    text = f"{cap(number(first, words))} of the dead were police officers{rest} students."
    assert read(text) == [("killed", "police", first, first), ("killed", "civilians", more, more)]


@given(
    st.integers(10, 900),
    st.sampled_from(["well", "just", "slightly", "a little"]),
    st.sampled_from([("over", 1, None), ("more than", 1, None), ("under", None, -1)]),
    st.booleans(),
)
def test_adverb_before_a_bound_keeps_it_exclusive(
    n: int, adverb: str, bound: tuple[str, int | None, int | None], verb_first: bool
) -> None:
    words, low, high = bound
    lo = None if low is None else n + low
    hi = None if high is None else n + high
    text = (
        f"Gunmen killed {adverb} {words} {n} people in the attack."
        if verb_first
        else f"{cap(adverb)} {words} {n} people were killed in the attack."
    )
    assert read(text) == [("killed", "people", lo, hi)]


@given(st.integers(5, 50), st.integers(1, 50), st.sampled_from(["somewhere", "anywhere"]))
def test_hedged_range(low: int, width: int, hedge: str) -> None:
    text = f"The blast killed {hedge} between {low} and {low + width} people."
    assert read(text) == [("killed", "people", low, low + width)]


@given(st.integers(5, 500), FATES, st.booleans())
def test_floor_after_the_noun(n: int, fate: tuple[str, str, str], verb_first: bool) -> None:
    metric, verb, _ = fate
    if verb == "died":
        text = f"{n} people or more died in the attack."
    elif verb_first:
        text = f"The attack {verb} {n} people or more, officials said."
    else:
        text = f"{n} people or more were {verb} in the attack."
    assert read(text) == [(metric, "people", n, None)]


def test_second_noun_after_or_more_is_no_floor() -> None:
    assert read("Five soldiers or more civilians were killed.") == []


@given(st.sampled_from([("people", "people"), ("villagers", "civilians")]), st.booleans())
def test_a_score_is_twenty(noun: tuple[str, str], qualified: bool) -> None:
    written, subject = noun
    if qualified:
        assert read(f"More than a score of {written} were killed.") == [
            ("killed", subject, 21, None)
        ]
    else:
        assert read(f"Gunmen killed a score of {written}.") == [("killed", subject, 20, 20)]


@given(
    st.sampled_from(["squad", "team", "cell", "group", "band", "unit"]),
    st.integers(2, 12),
    st.sampled_from(["militants", "gunmen", "attackers", "fighters"]),
    st.sampled_from(["carried out by", "stormed by", "attacked by"]),
)
def test_team_noun_before_an_attackers_count(team: str, n: int, noun: str, opener: str) -> None:
    text = f"The hotel was {opener} a {team} of {number(n, True)} {noun}."
    if opener == "carried out by":
        text = f"The attack was {opener} a {team} of {number(n, True)} {noun}."
    assert read(text) == [("count", "militants", n, n)]


@given(
    st.sampled_from([("soldiers", "soldiers"), ("policemen", "police"), ("guards", "guards")]),
    st.sampled_from(["an officer", "a sergeant", "a commander", "a captain"]),
    st.integers(2, 9),
    st.booleans(),
)
def test_rank_of_a_force_is_of_that_force(
    force: tuple[str, str], rank: str, n: int, aside: bool
) -> None:
    noun, subject = force
    text = (
        f"{cap(number(n, True))} {noun}, one of them {rank}, were killed."
        if aside
        else f"{cap(number(n, True))} {noun} were killed, one of them {rank}."
    )
    assert read(text) == [("killed", subject, n, n), ("killed", subject, 1, 1)]


def test_named_force_of_a_rank_keeps_its_force() -> None:
    assert read("Three soldiers were killed, one of them a police officer.") == [
        ("killed", "soldiers", 3, 3),
        ("killed", "police", 1, 1),
    ]


@given(
    st.sampled_from(
        [
            ("attacked a group of pilgrims travelling to {p}", "civilians"),
            ("drove a truck into a crowd of pedestrians in {p}", "civilians"),
            ("opened fire on worshippers at a mosque in {p}", "civilians"),
            ("ambushed a convoy of soldiers near {p}", "soldiers"),
        ]
    ),
    st.integers(2, 90),
    PLACES,
)
def test_bare_participle_counts_the_target(act: tuple[str, str], n: int, place: str) -> None:
    words, subject = act
    text = f"Masked gunmen {words.format(p=place)}, killing {n}."
    assert read(text) == [("killed", subject, n, n)]


@given(st.integers(2, 90), PLACES)
def test_bare_participle_never_counts_attackers(n: int, place: str) -> None:
    assert read(f"Dozens of gunmen stormed a hotel in {place}, killing {n}.") == [
        ("killed", "people", n, n)
    ]


@given(
    st.integers(2, 300),
    st.sampled_from(["that", "which", "who"]),
    st.sampled_from(["has been arrested", "was arrested", "was detained"]),
)
def test_relative_clause_object_keeps_its_verb(n: int, relative: str, after: str) -> None:
    text = f"The leader of the cell {relative} killed {n} people {after}, police said."
    assert read(text) == [("killed", "people", n, n)]


@given(
    st.sampled_from(["an attack", "the attack", "an assault", "a raid"]),
    st.sampled_from(["", " last night", " on Monday"]),
    st.integers(1, 12),
    st.sampled_from([("gunmen", False), ("militants", False), ("Islamist terrorist", True)]),
)
def test_attack_by_counts_its_attackers(
    attack: str, time: str, n: int, noun: tuple[str, bool]
) -> None:
    written, singular = noun
    count = "at least one" if singular else number(n, True)
    text = f"Witnesses described {attack}{time} by {count} {written}."
    low, high = (1, None) if singular else (n, n)
    assert read(text) == [("count", "militants", low, high)]


def test_attack_by_a_group_is_no_count() -> None:
    assert read("The attack by the Velka Front killed 12 people.") == [("killed", "people", 12, 12)]


@given(
    st.integers(2, 60),
    st.sampled_from([("people", "people"), ("soldiers", "soldiers"), ("policemen", "police")]),
    st.sampled_from([("injured", "wounded"), ("wounded", "wounded"), ("killed", "killed")]),
    st.sampled_from(["killed", "shot dead"]),
    st.sampled_from([".", ", officials said.", " in the city."]),
)
def test_another_as_second_object(
    n: int,
    noun: tuple[str, str],
    second: tuple[str, str],
    first_verb: str,
    end: str,
) -> None:
    written, subject = noun
    verb, metric = second
    if verb == "killed" and first_verb == "killed":
        return
    text = f"Gunmen {first_verb} {n} {written} and {verb} another{end}"
    first = "killed"
    assert read(text) == [(first, subject, n, n), (metric, subject, 1, 1)]


@given(
    st.integers(2, 60),
    st.sampled_from([("people", "people"), ("soldiers", "soldiers"), ("civilians", "civilians")]),
    st.sampled_from(["was injured", "was wounded", "wounded"]),
)
def test_another_of_another_fate_after_a_count(n: int, noun: tuple[str, str], fate: str) -> None:
    written, subject = noun
    text = f"{cap(number(n, True))} {written} were killed and another {fate}."
    assert read(text) == [("killed", subject, n, n), ("wounded", subject, 1, 1)]


@given(
    st.integers(2, 60),
    st.sampled_from(["the Velkan community", "the public", "a minority", "the congregation"]),
    st.sampled_from([("were killed", "killed"), ("were injured", "wounded")]),
)
def test_members_of_a_civil_body_are_civilians(n: int, body: str, fate: tuple[str, str]) -> None:
    verb, metric = fate
    text = f"At least {n} members of {body} {verb} in the attack."
    assert read(text) == [(metric, "civilians", n, None)]


def test_members_of_a_force_named_with_a_civil_word_stay_of_the_force() -> None:
    assert read("Two members of the community police force were killed.") == [
        ("killed", "police", 2, 2)
    ]


@given(
    st.sampled_from([("an army officer", "soldiers"), ("a young child", "children")]),
    st.integers(2, 30),
)
def test_article_of_a_modified_part_is_no_second_figure(part: tuple[str, str], n: int) -> None:
    written, subject = part
    whole = "soldiers" if subject == "soldiers" else "people"
    text = f"{cap(number(n, True))} {whole} were killed, one of them {written}."
    assert read(text) == [("killed", whole, n, n), ("killed", subject, 1, 1)]
