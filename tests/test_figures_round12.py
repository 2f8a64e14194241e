"""Round 12's figure phenomena, drawn with invented places, speakers and numbers.

Each grammar varies a phenomenon (numbers in digits or words, speakers before or after,
nouns, verbs) and states the figures it must yield:

- adjectives of the dead between a number and its metric noun ("25 charred bodies", "12
  burned and disfigured bodies") leave the noun the figure's metric;
- an attacker who "detonated himself", "detonated their device" or "set off theirs" died
  by his own act, as one who "blew himself up";
- the definite object of a killing verb ("police killed the five attackers") is the whole
  group, so also the attackers' count;
- clerics, priests and imams are civilians;
- persons named by a bare noun ("three men", "three occupants") who harm others ("stabbed
  a number of people", "attacked the hall"), even as a second verb after "and" ("left the
  van and attacked people"), are the attackers: their count; a passive ("attacked by")
  is no attack of theirs;
- the object of the attackers' verb after their count ("..., killing 17") is their
  victims, not more attackers;
- a number with no noun quantified as a whole group ("all three were shot dead", "the
  three were wounded") that equals a count of attackers given before in the document is
  that group (read as a document);
- a list after a colon right after a toll breaks it down, as one in brackets does ("left
  30 people dead: 20 civilians and 10 soldiers");
- a time between the attackers and their verb ("50 militants last week overran") is no
  break; attackers "dispatched" or "guided" are counted;
- attackers given their number as a predicate ("the gunmen were four in number") are
  counted, and so are those who "was involved" or "may have been involved".
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.models import Document, FigureClaim
from claimrecon.vocab import Lexicon
from tests.strategies import capitalised as capital
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

LEX = Lexicon.default()

PLACES = ["Zelvania", "Okvara", "Dunmar", "Velka"]
BEFORE = st.sampled_from(["", "Police in Okvara said ", "A Zelvanian official said that "])
AFTER = st.sampled_from(["", ", a police spokesman said", ", Colonel Varnek told reporters"])


@given(
    n=st.integers(2, 90),
    words=st.booleans(),
    adjectives=st.sampled_from(
        ["burned", "charred", "mutilated", "burned and disfigured", "badly burned", "unidentified"]
    ),
    noun=st.sampled_from(["bodies", "corpses"]),
    verb=st.sampled_from(["found", "discovered", "recovered", "pulled out"]),
    before=BEFORE,
    place=st.sampled_from(PLACES),
)
def test_adjectives_of_the_dead_before_a_metric_noun(
    n, words, adjectives, noun, verb, before, place
):
    text = f"{before}rescuers {verb} {number(n, words)} {adjectives} {noun} in {place}."
    assert read(capital(text)) == [("killed", "people", n, n)]


@given(
    thing=st.sampled_from(["body", "shape", "figure"]),
    state=st.sampled_from(["apparently dead", "motionless and dead", "probably dead"]),
    place=st.sampled_from(PLACES),
)
def test_a_comma_closes_the_noun_before_adjectives_of_the_dead(thing, state, place):
    # "one body, apparently dead": the comma ends the noun group, so "dead" is no noun of
    # adjectives after the number.
    assert read(f"The video showed one {thing}, {state}, on the floor in {place}.") == []


@given(
    n=st.integers(2, 9),
    words=st.booleans(),
    act=st.sampled_from(
        [
            ("detonated himself", "detonated themselves"),
            ("detonated his device", "detonated their devices"),
            ("exploded himself", "exploded themselves"),
            ("detonated his explosives", "set off theirs"),
        ]
    ),
    place=st.sampled_from(PLACES),
    after=AFTER,
)
def test_an_attacker_detonating_himself_or_his_device_died(n, words, act, place, after):
    one, many = act
    others = f"the other {number(n, words)} {many} inside"
    text = f"One {one} at the gate of the {place} mosque, while {others}{after}."
    assert read(text) == [("killed", "militants", 1, 1), ("killed", "militants", n, n)]


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    verb=st.sampled_from(["killed", "shot dead", "gunned down"]),
    forces=st.sampled_from(["Police", "Troops", "Commandos"]),
    attackers=st.sampled_from(["attackers", "gunmen", "militants", "terrorists"]),
    place=st.sampled_from(PLACES),
)
def test_the_definite_object_of_a_killing_is_the_whole_group(
    n, words, verb, forces, attackers, place
):
    text = f"{forces} {verb} the {number(n, words)} {attackers} in {place} on Sunday."
    assert read(text) == [("killed", "militants", n, n), ("count", "militants", n, n)]
    # Without the article, the number killed may be some of them: no count.
    text = f"{forces} {verb} {number(n, words)} {attackers} in {place} on Sunday."
    assert read(text) == [("killed", "militants", n, n)]


@given(
    n=st.integers(2, 40),
    words=st.booleans(),
    noun=st.sampled_from(["clerics", "priests", "imams"]),
    verb=st.sampled_from(["stabbed", "hacked", "beat"]),
    before=BEFORE,
)
def test_clerics_killed_are_civilians(n, words, noun, verb, before):
    text = f"{before}an assailant {verb} {number(n, words)} {noun} to death at the shrine."
    assert read(capital(text)) == [("killed", "civilians", n, n)]


PERSONS = st.sampled_from(["men", "occupants", "people", "individuals"])


@given(
    n=st.integers(2, 9),
    words=st.booleans(),
    persons=PERSONS,
    first=st.sampled_from(
        ["left the van", "then left the vehicle", "got out of the car", "jumped out of the truck"]
    ),
    act=st.sampled_from(
        ["stabbed a number of people", "attacked passers-by with knives", "opened fire"]
    ),
    place=st.sampled_from(PLACES),
    after=AFTER,
)
def test_persons_whose_second_verb_harms_others_are_the_attackers(
    n, words, persons, first, act, place, after
):
    text = f"{capital(number(n, words))} {persons} {first} and {act} in {place}{after}."
    assert read(text) == [("count", "militants", n, n)]


@given(
    n=st.integers(2, 9),
    words=st.booleans(),
    persons=PERSONS,
    act=st.sampled_from(["stabbed a number of people", "attacked the parliament building"]),
    place=st.sampled_from(PLACES),
)
def test_persons_who_harm_others_are_the_attackers(n, words, persons, act, place):
    text = f"{capital(number(n, words))} {persons} {act} in {place}."
    assert read(text) == [("count", "militants", n, n)]


@given(
    n=st.integers(2, 9),
    words=st.booleans(),
    persons=PERSONS,
    aux=st.sampled_from(["", "were "]),
    place=st.sampled_from(PLACES),
)
def test_persons_attacked_by_someone_are_no_attackers(n, words, persons, aux, place):
    assert read(f"{capital(number(n, words))} {persons} {aux}attacked by a mob in {place}.") == []


@given(
    attackers=st.integers(2, 9),
    dead=st.integers(10, 90),
    words=st.booleans(),
    noun=st.sampled_from(["gunmen", "heavily-armed men", "militants", "armed men"]),
    place=st.sampled_from(PLACES),
)
def test_the_object_of_the_attackers_verb_is_their_victims(attackers, dead, words, noun, place):
    text = (
        f"{capital(number(attackers, words))} {noun} attacked the parliament in {place}, "
        f"killing {number(dead, words)} and injuring dozens."
    )
    assert read(text) == [
        ("count", "militants", attackers, attackers),
        ("killed", "people", dead, dead),
    ]


def read_document(text: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = extract(Document(id="d", text=text), LEX)
    return [
        (c.metric.value, c.subject.value, c.figure.low, c.figure.high)
        for c in claims
        if isinstance(c, FigureClaim)
    ]


@given(
    n=st.integers(2, 9),
    words=st.booleans(),
    opener=st.sampled_from(["All", "All of the", "The"]),
    fate=st.sampled_from([("were shot dead", "killed"), ("were wounded", "wounded")]),
    same=st.booleans(),
    place=st.sampled_from(PLACES),
)
def test_a_bare_whole_group_counted_before_as_attackers(n, words, opener, fate, same, place):
    named = n if same else n + 1
    text = (
        f"Police in {place} named the {number(named, words)} men who carried out the attack."
        f"\n\n{opener} {number(n, words)} {fate[0]} by police after a chase."
    )
    subject = "militants" if same else "people"
    assert read_document(text) == [
        ("count", "militants", named, named),
        (fate[1], subject, n, n),
    ]


@given(
    parts=st.tuples(st.integers(2, 40), st.integers(2, 40), st.integers(2, 40)),
    words=st.booleans(),
    shape=st.sampled_from(["left", "passive", "active"]),
    before=BEFORE,
    place=st.sampled_from(PLACES),
)
def test_a_list_after_a_colon_breaks_a_toll_down(parts, words, shape, before, place):
    a, b, c = parts
    total = a + b + c
    listed = f"{number(a, words)} militants, {number(b, words)} soldiers and {c} civilians"
    if shape == "left":
        text = f"{before}the battle in {place} left {total} people dead: {listed}."
    elif shape == "passive":
        text = f"{before}{total} were killed in {place}: {listed}."
    else:
        text = f"{before}the fighting in {place} killed {total} people: {listed}."
    assert read(capital(text)) == [
        ("killed", "people", total, total),
        ("killed", "militants", a, a),
        ("killed", "soldiers", b, b),
        ("killed", "civilians", c, c),
    ]


@given(
    n=st.integers(2, 90),
    words=st.booleans(),
    time=st.sampled_from(["last week", "last month", "this week", "last weekend", "last night"]),
    verb=st.sampled_from(["overran", "stormed", "attacked"]),
    attackers=st.sampled_from(["militants", "gunmen", "Islamic militants", "fighters"]),
    place=st.sampled_from(PLACES),
)
def test_a_time_between_attackers_and_their_verb(n, words, time, verb, attackers, place):
    text = f"Officials asked how {number(n, words)} {attackers} {time} {verb} the plant in {place}."
    assert read(text) == [("count", "militants", n, n)]


@given(
    n=st.integers(2, 12),
    words=st.booleans(),
    verb=st.sampled_from(["were dispatched to", "had been dispatched to", "were guided to"]),
    attackers=st.sampled_from(["militants", "gunmen", "attackers", "fidayeen"]),
    place=st.sampled_from(PLACES),
)
def test_attackers_dispatched_or_guided_are_counted(n, words, verb, attackers, place):
    text = f"The group said that {number(n, words)} {attackers} {verb} the base in {place}."
    assert read(text) == [("count", "militants", n, n)]
    # Others sent there are no attackers.
    assert read(f"The army said {number(n, words)} soldiers {verb} the base in {place}.") == []


@given(
    n=st.integers(2, 40),
    words=st.booleans(),
    group=st.sampled_from(
        [("the gunmen", "were"), ("the band of rebels", "was"), ("the attackers", "were")]
    ),
    about=st.sampled_from(["", "about "]),
    before=BEFORE,
)
def test_attackers_given_their_number_as_a_predicate(n, words, group, about, before):
    noun, verb = group
    text = f"{before}{noun} {verb} {about}{number(n, words)} in number."
    assert read(capital(text)) == [("count", "militants", n, n)]
    # Soldiers so numbered are no attackers.
    assert read(f"{before}the soldiers were {number(n, words)} in number.") == []


@given(
    low=st.integers(1, 9),
    words=st.booleans(),
    verb=st.sampled_from(
        ["was involved", "may have been involved", "had been involved", "have been involved"]
    ),
    noun=st.sampled_from(["assailant", "gunman", "attacker"]),
    before=BEFORE,
    place=st.sampled_from(PLACES),
)
def test_attackers_involved_in_any_tense(low, words, verb, noun, before, place):
    text = f"{before}more than {number(low, words)} {noun} {verb} in the attack in {place}."
    assert read(capital(text)) == [("count", "militants", low + 1, None)]
