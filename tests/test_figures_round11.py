"""Round 11's figure phenomena, drawn with invented places, speakers and numbers.

Each grammar varies a phenomenon (numbers in digits or words, speakers before or after,
nouns, verbs) and states the figures it must yield:

- a list in brackets right after a toll breaks it down ("27 were killed (20 civilians and
  7 soldiers)");
- the predicate of a number and a metric noun names the subject ("the other 12 fatalities
  were civilians");
- "the number of <noun> <metric>" is a toll of that noun ("the number of policemen killed
  was placed at four");
- "killed the last of the six gunmen" is all six, past "the last of the";
- a count verb in a relative clause after a verb's object only says who they were
  ("troops killed the five gunmen who stormed the base");
- nouns: "military personnel" are soldiers, "fidayeen" attackers.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.vocab import Lexicon
from tests.strategies import capitalised as capital
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

LEX = Lexicon.default()

PLACES = ["Zelvania", "Okvara", "Dunmar", "Velka"]
BEFORE = st.sampled_from(["", "Police in Okvara said ", "A Zelvanian official said that "])
AFTER = st.sampled_from(["", ", a police spokesman said", ", Colonel Varnek told reporters"])
ATTACKERS = st.sampled_from(["gunmen", "attackers", "militants", "fidayeen", "terrorists"])
VICTIMS = st.sampled_from(
    [("civilians", "civilians"), ("soldiers", "soldiers"), ("policemen", "police")]
)


@given(
    parts=st.tuples(st.integers(2, 40), st.integers(2, 40)),
    shape=st.sampled_from(["passive", "active"]),
    verb=st.sampled_from([("killed", "killed"), ("wounded", "wounded"), ("injured", "wounded")]),
    before=BEFORE,
    place=st.sampled_from(PLACES),
)
def test_a_list_in_brackets_after_a_toll_breaks_it_down(parts, shape, verb, before, place):
    a, b = parts
    total = a + b
    listed = f"({a} civilians and {b} soldiers)"
    if shape == "passive":
        text = f"{before}{total} were {verb[0]} {listed} in the attack on {place}."
    else:
        text = f"{before}the blast in {place} {verb[0]} {total} people {listed} on Sunday."
    assert read(capital(text)) == [
        (verb[1], "people", total, total),
        (verb[1], "civilians", a, a),
        (verb[1], "soldiers", b, b),
    ]


@given(
    n=st.integers(2, 90),
    words=st.booleans(),
    noun=st.sampled_from(["fatalities", "dead"]),
    victims=VICTIMS,
    opener=st.sampled_from(["The other ", "The remaining ", ""]),
    after=AFTER,
)
def test_the_predicate_of_a_number_and_a_metric_noun_names_its_subject(
    n, words, noun, victims, opener, after
):
    text = capital(f"{opener}{number(n, words)} {noun} were {victims[0]}{after}.")
    assert read(text) == [("killed", victims[1], n, n)]


@given(
    n=st.integers(2, 90),
    words=st.booleans(),
    noun=st.sampled_from(
        [("terrorists", "militants"), ("policemen", "police"), ("soldiers", "soldiers")]
    ),
    metric=st.sampled_from([("killed", "killed"), ("wounded", "wounded")]),
    verb=st.sampled_from(["had been placed at", "was put at", "rose to", "was pegged at"]),
    article=st.sampled_from(["", "the "]),
    before=BEFORE,
)
def test_the_number_of_a_noun_and_a_metric_is_its_toll(
    n, words, noun, metric, verb, article, before
):
    toll = f"the number of {article}{noun[0]} {metric[0]} {verb} {number(n, words)}"
    assert read(capital(f"{before}{toll}.")) == [(metric[1], noun[1], n, n)]


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    attackers=ATTACKERS,
    relative=st.sampled_from(["", " who stormed the base", " who attacked the camp"]),
    forces=st.sampled_from(["Troops", "Zelvanian forces", "Commandos"]),
    after=AFTER,
)
def test_killing_the_last_of_a_group_kills_all_of_it(n, words, attackers, relative, forces, after):
    text = f"{forces} have killed the last of the {number(n, words)} {attackers}{relative}{after}."
    assert read(text) == [("killed", "militants", n, n), ("count", "militants", n, n)]


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    attackers=ATTACKERS,
    act=st.sampled_from(["stormed the base", "attacked the camp", "raided the hotel"]),
    place=st.sampled_from(PLACES),
)
def test_a_count_verb_of_a_relative_clause_after_an_object_is_no_metric(
    n, words, attackers, act, place
):
    text = f"Troops in {place} killed the {number(n, words)} {attackers} who {act}."
    # The clause's verb gives no metric; the definite object is the whole group, so its
    # count is implied (round 12), as "killed the last of the six gunmen" is.
    assert read(text) == [("killed", "militants", n, n), ("count", "militants", n, n)]


@given(
    n=st.integers(2, 60),
    words=st.booleans(),
    noun=st.sampled_from(
        [
            ("military personnel", "soldiers"),
            ("defence personnel", "soldiers"),
            ("fidayeen", "militants"),
            ("army personnel", "soldiers"),
        ]
    ),
    verb=st.sampled_from([("were martyred", "killed"), ("were injured", "wounded")]),
    place=st.sampled_from(PLACES),
)
def test_nouns_of_soldiers_and_attackers(n, words, noun, verb, place):
    text = capital(f"{number(n, words)} {noun[0]} {verb[0]} at the base in {place}.")
    assert read(text) == [(verb[1], noun[1], n, n)]


@given(
    n=st.integers(2, 300),
    words=st.booleans(),
    qualifier=st.sampled_from(["", "at least "]),
    thing=st.sampled_from(["bombing", "blast", "suicide attack"]),
    where=st.sampled_from(
        ["on a southern island", "of a cathedral on a remote atoll", "in a town"]
    ),
    aux=st.sampled_from(["has", "had", "have"]),
    before=BEFORE,
)
def test_a_perfect_tense_is_no_passive_of_a_thing_named_by_an_article(
    n, words, qualifier, thing, where, aux, before
):
    """ "a bombing on a southern island has killed 20 people": the island is no victim."""
    text = capital(f"{before}a {thing} {where} {aux} killed {qualifier}{number(n, words)} people.")
    expected_high = None if qualifier else n
    assert read(text) == [("killed", "people", n, expected_high)]


@given(
    victim=st.sampled_from([("soldier", "soldiers"), ("policeman", "police"), ("woman", "women")]),
    aux=st.sampled_from(["has been", "had been", "was"]),
    place=st.sampled_from(PLACES),
)
def test_a_perfect_passive_of_one_named_by_an_article_is_still_one(victim, aux, place):
    assert read(f"A {victim[0]} {aux} killed in {place}.") == [("killed", victim[1], 1, 1)]


@given(
    name=st.sampled_from(["Okvar Dunn", "Mira Velkova", "Tomas Brel"]),
    age=st.integers(18, 90),
    rest=st.sampled_from(
        ["who had been missing since the attack", "who was wounded in the blast", "was found"]
    ),
    before=st.sampled_from(["", "Police said that "]),
)
def test_a_number_between_commas_after_a_name_is_an_age(name, age, rest, before):
    """ "Okvar Dunn, 45, who had been missing": an age, no figure."""
    assert read(f"{before}{name}, {age}, {rest}.") == []


@given(n=st.integers(2, 90), place=st.sampled_from(PLACES))
def test_a_number_between_commas_after_a_place_is_still_a_figure(n, place):
    text = f"Police said that in {place}, {n}, including children, were killed."
    assert read(text) == [("killed", "people", n, n)]


@given(
    dead=st.integers(2, 60),
    safe=st.integers(2, 60),
    words=st.booleans(),
    verb=st.sampled_from(["survived", "escaped", "fled"]),
    noun=st.sampled_from(["hostages", "passengers", "workers"]),
    before=BEFORE,
)
def test_a_figure_with_a_survival_verb_of_its_own_is_no_dead(dead, safe, words, verb, noun, before):
    """ "15 militants died and seven hostages survived": the seven are no dead."""
    text = capital(
        f"{before}{number(dead, words)} militants died and {number(safe, words)} {noun} {verb}."
    )
    assert read(text) == [("killed", "militants", dead, dead)]


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    attackers=st.sampled_from(["gunmen", "attackers", "militants", "fidayeen"]),
    clause=st.sampled_from(
        ["who wore army uniforms", "who barged into the base near Okvara at 5.30 a.m."]
    ),
    verb=st.sampled_from([("were killed", "killed"), ("were shot dead", "killed")]),
    after=AFTER,
)
def test_a_relative_clause_without_a_metric_is_an_aside(n, words, attackers, clause, verb, after):
    text = f"All {number(n, words)} {attackers}, {clause}, {verb[0]} in a battle{after}."
    assert read(text) == [(verb[1], "militants", n, n), ("count", "militants", n, n)]


@given(
    low=st.integers(2, 6),
    span=st.integers(1, 4),
    noun=st.sampled_from(['"fidayeen"', "\u201cgunmen\u201d", "fidayeen or suicide attackers"]),
    verb=st.sampled_from(["were believed to have penetrated", "stormed", "attacked"]),
    place=st.sampled_from(PLACES),
)
def test_a_quoted_or_glossed_attacker_noun(low, span, noun, verb, place):
    text = f"Army sources said between {low} and {low + span} {noun} {verb} the base in {place}."
    assert read(text) == [("count", "militants", low, low + span)]


@given(
    victims=st.integers(2, 40),
    attackers=st.integers(2, 9),
    place=st.sampled_from(PLACES),
    phrase=st.sampled_from(["at a church in {p}", "in {p}", "near the market in {p}"]),
    joiner=st.sampled_from(["along with", "as well as", "plus"]),
)
def test_attackers_added_after_a_place_take_the_toll_metric(
    victims, attackers, place, phrase, joiner
):
    where = phrase.format(p=place)
    text = f"At least {victims} people died {where} {joiner} {attackers} bombers, police said."
    assert read(text) == [
        ("killed", "people", victims, None),
        ("killed", "militants", attackers, attackers),
    ]


@given(
    n=st.integers(2, 40),
    k=st.integers(2, 6),
    words=st.booleans(),
    attackers=st.sampled_from(["attackers", "gunmen", "men armed with knives"]),
    before=st.sampled_from(["A witness said he saw ", "Police said "]),
)
def test_people_stabbed_by_attackers(n, k, words, attackers, before):
    """ "he saw four people stabbed by three attackers": casualties, and the attackers' count."""
    text = f"{before}{number(n, words)} people stabbed by {number(k, words)} {attackers}."
    assert read(text) == [("casualties", "people", n, n), ("count", "militants", k, k)]
