"""A figure that is a verb's object, followed by "and" and a clause of another subject.

"The blast killed 12 guards and police arrested three men": "police" is no second head of
the noun group of 12 but the subject of a clause of its own, so the 12 keep the verb before
them ("killed") and the clause's verb is the count after it. Nouns and numbers are drawn from
open sets; places and forces are invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.test_figure_grammar import VICTIMS, Read, counts, read

CAUSES = st.sampled_from(["The blast", "The attack", "The bombing", "Gunmen in Velka"])
TOLL_VERBS = st.sampled_from([("killed", "killed"), ("wounded", "wounded"), ("injured", "wounded")])
AGENTS = st.sampled_from(["police", "troops", "security forces", "officials", "the army"])
ARRESTS = st.sampled_from(["arrested", "detained", "later arrested"])
HELD = st.sampled_from(["men", "suspects", "people"])


@st.composite
def joined_clauses(draw: st.DrawFn) -> tuple[str, list[Read]]:
    cause, (verb, metric) = draw(CAUSES), draw(TOLL_VERBS)
    victims, subject = draw(VICTIMS)
    toll_text, toll = draw(counts(low=4, high=90, dozen=False))
    held_text, held = draw(counts(low=2, high=3, dozen=False))
    text = (
        f"{cause} {verb} {toll_text} {victims} and {draw(AGENTS)} {draw(ARRESTS)} "
        f"{held_text} {draw(HELD)}."
    )
    return text, [(metric, subject, toll, toll), ("arrested", "people", held, held)]


@given(joined_clauses())
def test_a_clause_joined_after_an_object_figure_leaves_it_its_verb(
    case: tuple[str, list[Read]],
) -> None:
    text, expected = case
    assert sorted(read(text)) == sorted(expected), text
