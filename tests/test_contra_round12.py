"""Contradictions, round twelve: rivals the rules must find, and parts they must not oppose.

Each grammar writes a phenomenon as another outlet would tell another attack (invented
places, groups and speakers, numbers in digits or words), builds the figure claims a
reader would take from it, and checks what the rules make of them.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, Figure, FigureClaim, Source, Span
from tests.rulecases import analysed

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
DAY = dt.date(2031, 5, 4)
SPEAKERS = st.sampled_from(["police said", "the interior ministry said", "officials said"])
PLACES = st.sampled_from(["the Dunmar academy", "the Okvara hotel", "a Velka market"])


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def claim(
    text: str,
    doc: str,
    phrase: str,
    n: int,
    *,
    metric: str = "killed",
    subject: str = "people",
    q: str = "exact",
    source: str | None = None,
    kind: str = "official",
) -> FigureClaim:
    """The figure claim a reader takes from ``phrase`` in ``text``."""
    start = text.index(phrase)
    word = WORDS.get(n, str(n))
    written = next((w for w in (str(n), word, word.capitalize()) if w in phrase), str(n))
    return FigureClaim(
        span=Span(doc=doc, start=start, end=start + len(phrase)),
        quote=phrase,
        source=Source(name=source, kind=kind if source else "media"),
        metric=metric,
        subject=subject,
        figure=Figure(low=n, high=None if q == "at_least" else n, qualifier=q, text=written),
    )


# --- counts of attackers over days: a later, larger count is a step --------------------------

WHOLE_COUNTS = st.sampled_from(
    [
        "{n} gunmen carried out the attack on {place}",
        "{n} militants were involved in the assault on {place}",
        "{n} attackers took part in the raid on {place}",
    ]
)


@st.composite
def attacker_counts(draw: st.DrawFn, gap: int) -> list[tuple[Document, list[FigureClaim]]]:
    """Two outlets count all the attackers, the second ``gap`` days later and higher."""
    first = draw(st.integers(2, 5))
    more = first + draw(st.integers(1, 3))
    place = draw(PLACES)
    docs = []
    for doc, n, day in (("a", first, DAY), ("b", more, DAY + dt.timedelta(days=gap))):
        phrase = draw(WHOLE_COUNTS).format(n=number(draw, n), place=place)
        phrase = phrase[0].upper() + phrase[1:]
        text = f"{phrase}, {draw(SPEAKERS)}."
        found = claim(text, doc, phrase, n, metric="count", subject="militants")
        docs.append((Document(id=doc, text=text, published=day), [found]))
    return docs


@settings(max_examples=30, deadline=None)
@given(attacker_counts(gap=1))
def test_a_later_larger_count_of_attackers_is_a_step(docs):
    # A siege's attackers are found one by one: the count of the next day may be higher.
    assert analysed(docs).contradictions == ()


@settings(max_examples=30, deadline=None)
@given(attacker_counts(gap=0))
def test_counts_of_attackers_of_one_day_are_rivals(docs):
    found = analysed(docs).contradictions
    assert [x.rule for x in found] == ["figure-disagreement"], found
