"""Contradictions, round fourteen: what a zero, a total and a text say against other figures.

Each grammar writes a phenomenon as another outlet would tell another attack (invented
places and speakers, numbers in digits or words), reads it with the whole library, and
checks what the rules make of it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, FigureClaim, analyze
from claimrecon.models import AttributionClaim, DatePrecision, DateRef, Source, Span
from tests.builders import LEXICON
from tests.rulecases import run

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
DAY = dt.date(2031, 5, 4)
PLACES = st.sampled_from(["the Dunmar academy", "the Okvara hotel", "a Velka market"])
SPEAKERS = st.sampled_from(["police said", "the interior ministry said", "officials said"])


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


# --- a zero of the wounded by their condition: none of a part, not of all -----------------------

WOUNDED = st.sampled_from(
    [
        "{n} people were wounded in the attack on {place}, {said}.",
        "The attack on {place} wounded {n} people, {said}.",
        "{n} people were injured when gunmen stormed {place}, {said}.",
    ]
)
NONE_BY_CONDITION = st.sampled_from(
    [
        "None of them was seriously injured.",
        "No one was critically wounded.",
        "None are thought to have life-threatening injuries.",
        "Nobody suffered life-threatening injuries.",
        "None of the injured had serious injuries.",
        "None were in critical condition.",
    ]
)


@st.composite
def wounded_none_by_condition(draw: st.DrawFn) -> tuple[str, str]:
    """An outlet's count of the wounded, a zero of the gravely wounded, and another's count."""
    n = draw(st.integers(2, 8))
    place = draw(PLACES)
    first = draw(WOUNDED).format(n=number(draw, n), place=place, said=draw(SPEAKERS))
    other = draw(WOUNDED).format(n=number(draw, n + 1), place=place, said=draw(SPEAKERS))
    return f"{capital(first)} {draw(NONE_BY_CONDITION)}", capital(other)


def _zero_findings(texts: list[str]) -> list[str]:
    docs = [
        Document(id=f"d{i}", text=text, published=DAY, outlet=f"Outlet {i}")
        for i, text in enumerate(texts)
    ]
    report = analyze(docs, lexicon=LEXICON)
    return [x.rule for x in report.contradictions if x.rule == "zero-against-count"]


@settings(max_examples=25)
@given(case=wounded_none_by_condition())
def test_no_one_gravely_wounded_is_no_zero_of_the_wounded(case: tuple[str, str]) -> None:
    # "Four were hurt, though none seriously": the zero counts none of the gravely
    # wounded, and faces neither its own text's count nor another outlet's.
    text, other = case
    assert _zero_findings([text, other]) == []


@settings(max_examples=10)
@given(n=st.integers(2, 8), place=PLACES, said=SPEAKERS)
def test_a_zero_of_the_gravely_wounded_still_faces_a_count_of_them(
    n: int, place: str, said: str
) -> None:
    # "No one was seriously injured" against "three were seriously injured": the same part.
    zero = f"Five people were wounded in the attack on {place}. No one was seriously injured."
    count = f"{n} people were seriously injured in the attack on {place}, {said}."
    assert _zero_findings([zero, count]) == ["zero-against-count"]


# --- a part above a whole its own total meets once the attackers are left out --------------


@st.composite
def part_beside_a_total_with_its_attackers(draw: st.DrawFn) -> tuple[str, str, int, int]:
    """A toll counting its attackers in, a part of it, and another outlet's smaller toll.

    "40 killed, including three attackers ... 39 police cadets among the dead" against
    "38 killed": without the attackers the 40 is 37, which meets the 38, but the 39 cadets
    cannot fit in 38 people.
    """
    attackers = draw(st.integers(2, 5))
    whole = draw(st.integers(20, 90))
    total = whole + draw(st.integers(1, attackers))
    part = whole + 1
    place = draw(PLACES)
    said = draw(SPEAKERS)
    bound = draw(st.sampled_from(["At least ", ""]))
    first = (
        f"Gunmen stormed {place} on Sunday. {bound}{total} people, including "
        f"{WORDS[attackers]} attackers, were killed, {said}. "
        f"{draw(st.sampled_from(['At least ', '']))}{part} police cadets were among the dead."
    )
    second = f"The attack on {place} on Sunday killed {whole} people, {draw(SPEAKERS)}."
    return first, second, part, whole


@settings(max_examples=15)
@given(case=part_beside_a_total_with_its_attackers())
def test_a_part_above_a_whole_its_total_meets_without_the_attackers(
    case: tuple[str, str, int, int],
) -> None:
    first, second, part, whole = case
    docs = [
        Document(id="a", text=first, published=DAY, outlet="Daily Vell"),
        Document(id="b", text=second, published=DAY, outlet="Radio Astor"),
    ]
    report = analyze(docs, lexicon=LEXICON)
    lows = {c.id: c.figure.low for c in report.claims if isinstance(c, FigureClaim)}
    found = [
        sorted(lows[i] for side in x.sides for i in side)
        for x in report.contradictions
        if x.rule == "part-and-whole"
    ]
    assert [whole, part] in found


# --- counts listed together whose subjects nest: the wider counts the others ------------------

LISTS = st.sampled_from(
    [
        "The attack on {place} killed {total} people, including {a} students and {b} civilians, "
        "{said}.",
        "Gunmen stormed {place} on Friday and killed {a} students and {b} civilians, {said}.",
        "{total} people died when gunmen stormed {place}: {a} students and {b} civilians, {said}.",
    ]
)


@st.composite
def nested_lists(draw: st.DrawFn) -> tuple[str, str]:
    """One report lists students and civilians; another counts the civilians killed.

    "37 students and five civilians": the five are civilians besides the students, so a
    count of 40 civilians elsewhere meets the list (37 + 5), and the five cap nothing.
    """
    a = draw(st.integers(10, 60))
    b = draw(st.integers(2, 8))
    place, said = draw(PLACES), draw(SPEAKERS)
    listed = draw(LISTS).format(place=place, total=a + b, a=a, b=number(draw, b), said=said)
    c = draw(st.integers(a, a + b))
    other = f"{c} civilians were killed when gunmen stormed {place} on Friday, {draw(SPEAKERS)}."
    return capital(listed), other


@settings(max_examples=20)
@given(case=nested_lists())
def test_a_wider_count_listed_beside_a_narrower_one_counts_the_others(
    case: tuple[str, str],
) -> None:
    listed, other = case
    docs = [
        Document(id="a", text=listed, published=DAY, outlet="Daily Vell"),
        Document(id="b", text=other, published=DAY, outlet="Radio Astor"),
    ]
    report = analyze(docs, lexicon=LEXICON)
    assert len(report.events) == 1
    assert report.contradictions == ()


# --- a day in the speaker's clause after a claim dates the telling ----------------------------

TELLINGS = st.sampled_from(
    [
        "an investigator told a Velka court hearing on the case on {day}",
        "the group said in a statement posted on its channels on {day}",
        "a police spokesman told reporters at a news conference in Dunmar on {day}",
        "officials told the Okvara parliament's security committee late on {day}",
    ]
)
GROUPS = st.sampled_from(["the Northern Front", "Kavir Brigade", "the Sela movement"])


@given(TELLINGS, GROUPS, st.booleans())
def test_a_day_in_the_speakers_clause_after_a_claim_is_the_tellings(telling, group, own):
    # "X was behind last year's attack, an investigator told a court hearing on Tuesday":
    # the Tuesday dates the hearing. Told in the claim's own words ("X carried out the
    # attack on Tuesday, ..."), the day is the attack's, and faces another report's Monday.
    head = f"{capital(group)} carried out the attack on the Okvara metro"
    tail = telling.format(day="Tuesday")
    text = f"{head} on Tuesday, {tail.replace(' on Tuesday', '')}." if own else f"{head}, {tail}."
    at = text.index("Tuesday")
    when = DateRef(
        text="Tuesday",
        value=None,
        precision=DatePrecision.DAY,
        span=Span(doc="a", start=at, end=at + 7),
    )
    claim = AttributionClaim(
        span=Span(doc="a", start=0, end=len(head)),
        quote=head,
        source=Source(name="an investigator", kind="official"),
        actor=group,
        stance="asserted",
        date=when,
    )
    monday = dt.date(2031, 4, 7)
    other = AttributionClaim(
        span=Span(doc="b", start=0, end=10),
        quote="the attack",
        source=Source(name="police", kind="official"),
        actor=group,
        stance="asserted",
        date=DateRef(text="Monday", value=monday, precision=DatePrecision.DAY),
    )
    docs = (
        Document(id="a", text=text),
        Document(id="b", text="the attack on Monday", published=monday),
    )
    found = run(claim, other, documents=docs)
    assert [x.rule for x in found.contradictions] == (["date-conflict"] if own else [])


# --- a toll of several acts named after its number is a ceiling for one of them ---------------

AFTER_ACTS = st.sampled_from(
    [
        "{n} people were killed in the two attacks on {place}",
        "{n} people died in both bombings at {place}",
        "{n} people were killed in three separate attacks on {place}",
    ]
)


@st.composite
def tolls_of_several_acts(draw: st.DrawFn) -> tuple[str, str, bool]:
    """One report's toll of one attack; another's toll of several acts, told after its number.

    Without the several acts ("{n} people were killed in the attack on ..."), the two
    tolls are rivals.
    """
    one = draw(st.integers(3, 40))
    many = one + draw(st.integers(3, 60))
    place = draw(PLACES)
    combined = draw(st.booleans())
    toll = draw(AFTER_ACTS) if combined else "{n} people were killed in the attack on {place}"
    first = f"A suicide bomber struck {place} on Friday, killing {one} people, {draw(SPEAKERS)}."
    second = f"{toll.format(n=many, place=place)} on Friday, {draw(SPEAKERS)}."
    return capital(first), capital(second), combined


@settings(max_examples=25)
@given(case=tolls_of_several_acts())
def test_a_toll_of_several_acts_after_its_number_is_no_rival_of_one(
    case: tuple[str, str, bool],
) -> None:
    first, second, combined = case
    docs = [
        Document(id="a", text=first, published=DAY, outlet="Daily Vell"),
        Document(id="b", text=second, published=DAY, outlet="Radio Astor"),
    ]
    report = analyze(docs, lexicon=LEXICON)
    assert len(report.events) == 1
    flagged = [x for x in report.contradictions if x.rule == "figure-disagreement"]
    assert (flagged == []) is combined
