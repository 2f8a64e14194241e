"""Round 12's figure precision: who a figure counts, and what is no figure at all.

Each grammar varies a phenomenon with invented places, speakers and numbers, and states
the figures it must yield:

- whom the police arrest or detain are people, whatever their noun, unless the text calls
  them attackers; suspects killed, wounded or counted are the attackers;
- members of an armed group ("the terrorist group", "a militant cell") are militants;
- an attacker who "detonated himself" or "blew up themselves" died by his own act;
- "Velka was one of the five shot dead" places a person named in a group: no count of one;
- a speaker in a perfect tense ("a police commander has said") is no victim;
- a paragraph that opens "All three were shot dead" counts the group the one before named.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.extract.numbers import spell
from claimrecon.models import Document, FigureClaim
from claimrecon.vocab import Lexicon
from tests.strategies import capitalised as capital
from tests.strategies import read_figure_values as read

LEX = Lexicon.default()

PLACES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Velka"])
NAMES = st.sampled_from(["Arvid Zelnik", "Tomas Okvarin", "Marek Dunwal", "Velka Orsin"])
BEFORE = st.sampled_from(["", "Police in Okvara said ", "A Zelvanian official said that "])
AFTER = st.sampled_from(["", ", a police spokesman said", ", Colonel Varnek told reporters"])
ATTACKERS = st.sampled_from(["gunmen", "attackers", "militants", "assailants", "terrorists"])


def number(n: int, words: bool) -> str:
    return spell(n) if words and n <= 20 else str(n)


@given(
    n=st.integers(2, 30),
    words=st.booleans(),
    noun=st.sampled_from(["women", "men", "people", "students", "boys", "relatives", "suspects"]),
    verb=st.sampled_from(["were detained", "were arrested", "have been arrested"]),
    place=PLACES,
    before=BEFORE,
)
def test_whom_the_police_hold_are_people(n, words, noun, verb, place, before):
    text = f"{before}{number(n, words)} {noun} {verb} in {place}."
    assert read(capital(text)) == [("arrested", "people", n, n)]


@given(n=st.integers(2, 30), words=st.booleans(), noun=ATTACKERS, place=PLACES)
def test_attackers_arrested_stay_attackers(n, words, noun, place):
    text = f"Police in {place} arrested {number(n, words)} {noun}."
    assert read(text) == [("arrested", "militants", n, n)]


@given(
    n=st.integers(2, 30),
    words=st.booleans(),
    verb=st.sampled_from(["were killed", "were shot dead", "died", "were wounded"]),
    place=PLACES,
    after=AFTER,
)
def test_suspects_killed_or_wounded_are_the_attackers(n, words, verb, place, after):
    text = capital(f"{number(n, words)} suspects {verb} in a shootout in {place}{after}.")
    metric = "wounded" if verb == "were wounded" else "killed"
    assert read(text) == [(metric, "militants", n, n)]
    held = capital(f"{number(n, words)} suspects were arrested in {place}{after}.")
    assert read(held) == [("arrested", "people", n, n)]


@given(
    n=st.integers(2, 30),
    words=st.booleans(),
    head=st.sampled_from(["members", "fighters"]),
    group=st.sampled_from(
        ["the terrorist group", "a militant cell", "the armed group", "the jihadist network"]
    ),
    verb=st.sampled_from(["were killed", "were shot dead", "were wounded"]),
    place=PLACES,
)
def test_members_of_an_armed_group_are_militants(n, words, head, group, verb, place):
    text = capital(f"{number(n, words)} {head} of {group} {verb} in {place}.")
    metric = "wounded" if verb == "were wounded" else "killed"
    assert read(text) == [(metric, "militants", n, n)]


@given(n=st.integers(2, 30), words=st.booleans(), place=PLACES)
def test_members_of_another_group_are_people(n, words, place):
    text = capital(f"{number(n, words)} members of a church choir were killed in {place}.")
    assert read(text) == [("killed", "people", n, n)]


@given(
    n=st.integers(1, 6),
    words=st.booleans(),
    noun=ATTACKERS,
    verb=st.sampled_from(["detonated", "exploded", "blew up"]),
    place=PLACES,
)
def test_an_attacker_who_detonated_himself_died(n, words, noun, verb, place):
    own = "himself" if n == 1 else "themselves"
    head = noun[:-1] if n == 1 and noun != "gunmen" else ("gunman" if n == 1 else noun)
    text = capital(f"{number(n, True if n == 1 else words)} {head} {verb} {own} in {place}.")
    assert read(text) == [("killed", "militants", n, n)]


@given(
    name=NAMES,
    n=st.integers(2, 9),
    link=st.sampled_from(["was", "was not", "is", "was confirmed to be", "was also"]),
    group=st.sampled_from(
        ["the {n} shot dead by police", "the suspects killed", "those arrested", "the {n} killed"]
    ),
    place=PLACES,
)
def test_one_of_a_group_said_of_a_named_person_is_no_count(name, n, link, group, place):
    said = group.format(n=spell(n))
    assert read(f"{name} {link} one of {said} in {place}.") == []


@given(noun=ATTACKERS, verb=st.sampled_from(["was shot dead", "was killed"]), place=PLACES)
def test_one_of_a_group_with_its_own_fate_still_counts(noun, verb, place):
    assert read(f"Police in {place} said one of the {noun} {verb}.") == [
        ("killed", "militants", 1, 1)
    ]


@given(
    n=st.integers(2, 90),
    speaker=st.sampled_from(["a local police commander", "a hospital official", "an officer"]),
    tense=st.sampled_from(["has said", "had said", "said", "has told reporters"]),
    place=PLACES,
)
def test_a_speaker_in_a_perfect_tense_is_no_victim(n, speaker, tense, place):
    text = f"The blast in {place} killed at least {n} people, {speaker} {tense}."
    assert read(text) == [("killed", "people", n, None)]


@given(
    n=st.integers(2, 6),
    noun=st.sampled_from(["men who carried out the attack", "gunmen", "attackers"]),
    fate=st.sampled_from(["were shot dead by police", "were killed", "died at the scene"]),
    place=PLACES,
)
def test_all_of_a_group_named_in_the_paragraph_before(n, noun, fate, place):
    text = (
        f"Police in {place} have named the {spell(n)} {noun}.\n\n"
        f"All {spell(n)} {fate} after the siege."
    )
    claims = [c for c in extract(Document(id="d", text=text), LEX) if isinstance(c, FigureClaim)]
    killed = [(c.subject.value, c.figure.low) for c in claims if c.metric.value == "killed"]
    assert killed == [("militants", n)]


@given(
    n=st.integers(2, 30),
    words=st.booleans(),
    noun=st.sampled_from(["clerics", "priests", "imams", "monks", "nuns", "pastors"]),
    verb=st.sampled_from(["stabbed", "hacked", "beat"]),
    place=PLACES,
)
def test_clergy_put_to_death_are_civilians_killed(n, words, noun, verb, place):
    text = f"An assailant {verb} {number(n, words)} {noun} to death at a shrine in {place}."
    assert read(text) == [("killed", "civilians", n, n)]
