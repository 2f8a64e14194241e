"""Round 19 (fig19) figure phenomena, drawn with invented names and places.

- "nursing injuries" / "nursing wounds" is a verb of the wounded ("58 others are nursing
  injuries").
- A toll that "mounted" rises as one that "rose": "mounted from 40 to 52" gives both.
- "The number of martyred people" is a toll noun, as "the number of martyrs" is.
- Contractors and drivers (plural: "the driver" of a truck may be its attacker) are
  civilians.
- "N others" with a prepositional modifier before their passive ("two others from the
  Okvar ministry were wounded") take the passive after the modifier; so does a figure
  after "and" past a verb before it ("three soldiers died and two members of the Okvar
  guard were wounded": the two are wounded, not dead).
- A preposition of place ("near", "outside", "inside") after a headline's number is no
  adjective of a subject: "Blast kills 30 near girls' school" counts people, not girls.
- A provisional cue opening the sentence ("Initial reports ... spoke of 25 dead and 52
  injured", "So far, ...") gives every figure of its first clause as early, however far.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.vocab import Lexicon
from tests.strategies import read_figure_values as read
from tests.strategies import written_number as number

LEX = Lexicon.default()
SPEAKERS = st.sampled_from(["Medics said", "The Okvar ministry said", "Colonel Varnek said"])
SMALL = st.integers(min_value=2, max_value=60)
WORDS = st.booleans()


@given(
    SPEAKERS,
    SMALL,
    WORDS,
    st.sampled_from(["injuries", "wounds"]),
    st.sampled_from(["are", "were"]),
)
def test_nursing_injuries_is_a_verb_of_the_wounded(
    speaker: str, n: int, words: bool, what: str, aux: str
) -> None:
    text = f"{speaker} {number(n, words)} others {aux} nursing {what}."
    assert read(text) == [("wounded", "people", n, n)]


@given(SMALL, SMALL)
def test_a_mounted_toll_gives_both_figures(first: int, rise: int) -> None:
    later = first + rise
    text = f"The death toll in the Zelvanian capital has mounted from {first} to {later}."
    assert read(text) == [("killed", "people", first, first), ("killed", "people", later, later)]


@given(
    SMALL,
    st.sampled_from(["martyred", "slain"]),
    st.sampled_from(["is increased", "rose", "has reached"]),
)
def test_number_of_martyred_people_is_a_toll(n: int, adj: str, verb: str) -> None:
    text = f"The number of {adj} people {verb} to {n}, the Okvar ministry said."
    assert read(text) == [("killed", "people", n, n)]


@given(st.integers(min_value=2, max_value=9), WORDS)
def test_contractors_are_civilians(n: int, words: bool) -> None:
    text = f"One soldier and {number(n, words)} contractors were killed at the Okvar base."
    assert read(text) == [("killed", "soldiers", 1, 1), ("killed", "civilians", n, n)]


@given(st.sampled_from(["its", "the agency's", "their"]))
def test_drivers_are_civilians(whose: str) -> None:
    text = f"The Okvar broadcaster said one of {whose} drivers was killed."
    assert read(text) == [("killed", "civilians", 1, 1)]


@given(
    SMALL,
    WORDS,
    st.sampled_from(["from the Okvar ministry", "with the Zelvan convoy", "of the Okvar guard"]),
    st.sampled_from([("wounded", "wounded"), ("injured", "wounded"), ("killed", "killed")]),
)
def test_others_take_the_passive_past_their_modifier(
    n: int, words: bool, modifier: str, verb: tuple[str, str]
) -> None:
    text = f"Officials said that {number(n, words)} others {modifier} were {verb[0]}."
    assert read(text) == [(verb[1], "people", n, n)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three soldiers died and two members of the Zelvan delegation were wounded.",
            [("killed", "soldiers", 3, 3), ("wounded", "people", 2, 2)],
        ),
        (
            "Two soldiers were killed and three others from the Zelvan ministry were injured.",
            [("killed", "soldiers", 2, 2), ("wounded", "soldiers", 3, 3)],
        ),
        (
            "Gunmen killed 15 soldiers and 10 civilians from the village of Okvara.",
            [("killed", "soldiers", 15, 15), ("killed", "civilians", 10, 10)],
        ),
        (
            "Two soldiers were killed and three others were injured.",
            [("killed", "soldiers", 2, 2), ("wounded", "soldiers", 3, 3)],
        ),
    ],
)
def test_a_figure_after_and_takes_its_own_passive(text: str, expected: list[tuple]) -> None:
    assert read(text) == expected


@given(
    st.sampled_from(["Blast kills", "Bombing kills", "Gunmen kill", "Attack kills"]),
    SMALL,
    st.sampled_from(["near", "outside", "inside"]),
    st.sampled_from(["girls' school", "police checkpoint", "army base", "children's hospital"]),
)
def test_a_place_preposition_after_a_headline_number_is_no_adjective(
    verb: str, n: int, prep: str, place: str
) -> None:
    text = f"{verb} {n} {prep} {place} in Zelvania"
    assert read(text) == [("killed", "people", n, n)]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "Initial reports following the blast in a crowded quarter in the west of the "
            "Okvar capital spoke of 25 dead and 52 injured.",
            [True, True],
        ),
        ("So far, 30 have died and 50 were hurt.", [True, True]),
        ("Initial reports said 30 died, but officials later said 45.", [True, False]),
        ("At first 12 were reported dead; the toll later rose to 20.", [True, False]),
        ("Officials said 30 died and 50 were hurt.", [False, False]),
    ],
)
def test_a_cue_opening_the_sentence_makes_its_clause_early(text: str, flags: list[bool]) -> None:
    assert [f.provisional for f in read_figures(text, LEX)] == flags


@given(
    st.sampled_from(["man", "woman", "young man", "teenager"]),
    st.sampled_from(
        ["in a red jacket", "with a backpack", "in a grey sweatshirt", "on a motorbike"]
    ),
    st.sampled_from(
        [
            ("was arrested", "arrested"),
            ("was detained", "arrested"),
            ("being apprehended", "arrested"),
        ]
    ),
)
def test_an_article_inside_a_subjects_modifier_is_no_figure(
    who: str, modifier: str, verb: tuple[str, str]
) -> None:
    text = f"Okvar police footage showed a {who} {modifier} {verb[0]} in a flat."
    assert read(text) == [(verb[1], "people", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A soldier and a policeman were killed.",
            [("killed", "soldiers", 1, 1), ("killed", "police", 1, 1)],
        ),
        ("Two men in a car were arrested.", [("arrested", "people", 2, 2)]),
        # a part told by an article after its cue is a bare singular, no figure (figev20)
        ("Nine people, including a 12-year-old girl, were killed.", [("killed", "people", 9, 9)]),
    ],
)
def test_articles_of_their_own_or_of_parts_still_count(text: str, expected: list[tuple]) -> None:
    assert read(text) == expected
