"""Round 20 (figev20): bare singular parts and tolls of victims an attack claimed.

Two phenomena, each a hypothesis grammar over invented places, subjects and numbers:

- a part cue ("including", "among them", "among whom") followed by an article and a
  singular noun ("including a police officer", "among them an Okvaran teacher") tells of one
  person among the dead, not a figure of its own (the real corpus's annotators give no
  figure for it), while a part counted by a number word ("including one police officer",
  "including two children") is a figure, and so is an attacker the toll says it holds
  ("including an assailant": the toll counts the attackers). A list opened by a bare
  singular keeps its other items as parts ("including a soldier and two children").
- "the attack claimed N victims", as "claimed N lives": the verb that makes a toll of lives
  makes one of victims too (``toll_noun_openers``), while a bare "the N victims" stays no
  toll.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

Read = tuple[str, str, int | None, int | None]


def read(text: str) -> list[Read]:
    return sorted((f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX))


PLACES = ["Okvara", "Zelvania", "Brindor", "Tasmuk", "Velkaria"]
SINGULARS = [
    ("police officer", "police"),
    ("policeman", "police"),
    ("soldier", "soldiers"),
    ("teacher", "staff"),
    ("woman", "women"),
    ("child", "children"),
    ("12-year-old girl", "children"),
]
MODIFIERS = ["", "armed ", "off-duty ", "local ", "Zelvanian "]
PLURALS = [("police officers", "police"), ("soldiers", "soldiers"), ("children", "children")]
CUES = ["including", "among them"]


def _article(words: str) -> str:
    return "an" if words[0] in "aeiou1" and not words.startswith("one") else "a"


@st.composite
def whole_tolls(draw: st.DrawFn) -> tuple[str, int]:
    """A whole toll of people and its value, in the active or the passive."""
    n = draw(st.integers(3, 60))
    words = spell(n) if n <= 20 and draw(st.booleans()) else str(n)
    place = draw(st.sampled_from(PLACES))
    frame = draw(st.sampled_from(["active", "passive"]))
    if frame == "active":
        return f"The bombing in {place} killed {words} people", n
    return f"{words[:1].upper() + words[1:]} people were killed in {place}", n


@settings(max_examples=40, deadline=None)
@given(
    whole_tolls(),
    st.sampled_from(CUES),
    st.sampled_from(MODIFIERS),
    st.sampled_from(SINGULARS),
)
def test_a_bare_singular_part_is_no_figure(whole, cue, modifier, singular) -> None:
    toll, n = whole
    noun = modifier + singular[0]
    text = f"{toll}, {cue} {_article(noun)} {noun}, officials said."
    assert read(text) == [("killed", "people", n, n)], text


@settings(max_examples=40, deadline=None)
@given(
    whole_tolls(),
    st.sampled_from(CUES),
    st.sampled_from(MODIFIERS),
    st.sampled_from(SINGULARS),
)
def test_a_part_counted_by_one_is_a_figure(whole, cue, modifier, singular) -> None:
    toll, n = whole
    text = f"{toll}, {cue} one {modifier}{singular[0]}, officials said."
    assert read(text) == sorted([("killed", "people", n, n), ("killed", singular[1], 1, 1)]), text


@settings(max_examples=40, deadline=None)
@given(
    whole_tolls(),
    st.sampled_from(MODIFIERS),
    st.sampled_from(SINGULARS),
    st.sampled_from(PLURALS),
    st.integers(2, 9),
)
def test_a_list_opened_by_a_bare_singular_keeps_its_counted_items(
    whole, modifier, singular, plural, k
) -> None:
    toll, n = whole
    noun = modifier + singular[0]
    text = f"{toll}, including {_article(noun)} {noun} and {spell(k)} {plural[0]}."
    expected = sorted([("killed", "people", n, n), ("killed", plural[1], k, k)])
    assert read(text) == expected, text


@settings(max_examples=40, deadline=None)
@given(whole_tolls(), st.sampled_from(["assailant", "attacker", "gunman", "bomber"]))
def test_an_attacker_the_toll_holds_is_still_counted(whole, attacker) -> None:
    toll, n = whole
    text = f"{toll}, including {_article(attacker)} {attacker}."
    assert read(text) == sorted([("killed", "people", n, n), ("killed", "militants", 1, 1)]), text


ATTACKS = ["attack", "bombing", "blast", "assault", "massacre", "shooting"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(ATTACKS),
    st.sampled_from(PLACES),
    st.integers(2, 300),
    st.sampled_from(["claimed", "has claimed", "had claimed"]),
    st.sampled_from(["victims", "martyrs"]),
    st.sampled_from(["", ", officials said", ", according to a government statement"]),
)
def test_an_attack_that_claimed_victims_gives_its_toll(
    attack, place, n, verb, noun, speaker
) -> None:
    words = spell(n) if n <= 20 else str(n)
    text = f"The {attack} in {place} {verb} {words} {noun}{speaker}."
    assert read(text) == [("killed", "people", n, n)], text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(PLACES), st.integers(2, 300))
def test_a_bare_definite_number_of_victims_stays_no_toll(place, n) -> None:
    text = f"Relatives in {place} buried the {n} victims on Tuesday."
    assert read(text) == [], text


ACTS = [("killed", "killed"), ("shot dead", "killed"), ("wounded", "wounded")]
PARTICIPLES = [("killing", "killed"), ("wounding", "wounded")]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(MODIFIERS),
    st.sampled_from(SINGULARS),
    st.sampled_from(["finite", "participle"]),
    st.integers(0, 2),
)
def test_a_bare_singular_object_of_the_act_is_no_figure(place, modifier, singular, form, pick):
    noun = modifier + singular[0]
    obj = f"{_article(noun)} {noun}"
    if form == "finite":
        verb = ACTS[pick][0]
        text = f"Gunmen {verb} {obj} in {place} on Monday."
    else:
        verb = PARTICIPLES[pick % 2][0]
        text = f"Gunmen stormed a hotel in {place}, {verb} {obj}."
    assert read(text) == [], text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PLACES), st.sampled_from(MODIFIERS[:4]), st.sampled_from(SINGULARS))
def test_a_singular_subject_of_its_own_fate_is_still_one(place, modifier, singular) -> None:
    # (no demonym: "a Zelvanian woman" is a breakdown by nationality, no figure)
    noun = modifier + singular[0]
    text = f"{_article(noun).capitalize()} {noun} was killed in {place} on Monday."
    assert read(text) == [("killed", singular[1], 1, 1)], text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["The roadside bomb", "The blast", "The attack"]),
    st.sampled_from(MODIFIERS[:4]),
    st.sampled_from(SINGULARS),
    st.integers(2, 60),
)
def test_a_singular_object_a_tally_goes_on_from_is_one(agent, modifier, singular, n) -> None:
    noun = modifier + singular[0]
    text = f"{agent} killed {_article(noun)} {noun} and wounded {n} people."
    expected = sorted([("killed", singular[1], 1, 1), ("wounded", "people", n, n)])
    assert read(text) == expected, text
