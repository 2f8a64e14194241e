"""Contradictions, round fifteen: hospitals' own counts, asides on the wounded's condition.

Each grammar writes a phenomenon as another outlet would tell another attack (invented
places and speakers, numbers in digits or words), reads it with the whole library, and
checks what the rules make of it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, analyze
from tests.builders import LEXICON, att
from tests.rulecases import rules_found, run

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
DAY = dt.date(2031, 5, 4)
TOWNS = ["Okvara", "Velka", "Dunmar", "Zelvania"]
SPEAKERS = st.sampled_from(["police said", "the interior ministry said", "officials said"])


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def _figure_findings(texts: list[str]) -> list[str]:
    docs = [
        Document(id=f"d{i}", text=text, published=DAY, outlet=f"Outlet {i}")
        for i, text in enumerate(texts)
    ]
    report = analyze(docs, lexicon=LEXICON)
    return [x.explanation for x in report.contradictions if x.kind.value in ("figure", "revision")]


# --- an aside on the condition of some of the wounded: the count is still all of them --------

ASIDES = st.sampled_from(
    [
        "\u2014 several of them in critical condition",
        "\u2013 some in serious condition",
        "- many of them seriously",
        "\u2014 a dozen of whom were in intensive care",
    ]
)


@st.composite
def wounded_with_an_aside(draw: st.DrawFn) -> tuple[str, str]:
    """A toll of the wounded with a dash aside on some of them, and a smaller rival count."""
    killed, wounded = draw(st.integers(20, 60)), draw(st.integers(90, 200))
    aside = draw(ASIDES)
    town = draw(st.sampled_from(TOWNS))
    said = draw(SPEAKERS)
    first = (
        f"More than {killed} people were killed and {wounded} others injured {aside} when a "
        f"truck bomb hit a police camp in {town}, {said}."
    )
    rival = draw(st.integers(30, wounded - 20))
    other = f"A truck bomb at a police camp in {town} wounded {rival} people, {said}."
    return first, other


@settings(max_examples=30, deadline=None)
@given(case=wounded_with_an_aside())
def test_an_aside_on_some_of_the_wounded_leaves_the_count_whole(case):
    # "127 injured — several of them critically": the aside tells the condition of some of
    # the 127, not that the 127 are a part; against a smaller count of the same day the 127
    # is a rival total, never a part that exceeds its whole.
    first, other = case
    found = _figure_findings([first, other])
    assert not any("cannot fit" in why for why in found), found


# --- a hospital telling its own count: a part of the toll ---------------------------------------

HOSPITAL_TELLS = st.sampled_from(
    [
        "A spokesman for the {town} hospital told reporters it was treating {n} wounded.",
        "The hospital in {town} said it had received {n} wounded.",
        "The {town} hospital said it was treating {n} injured people.",
        "A doctor at the hospital in {town} said it had admitted {n} wounded.",
    ]
)


@st.composite
def hospitals_and_a_whole(draw: st.DrawFn) -> list[str]:
    """A whole toll of the wounded, and two hospitals of two towns telling their own."""
    whole = draw(st.integers(100, 250))
    one, two = draw(st.lists(st.sampled_from(TOWNS), min_size=2, max_size=2, unique=True))
    a, b = draw(st.integers(20, 49)), draw(st.integers(50, 80))
    templates = draw(st.lists(HOSPITAL_TELLS, min_size=2, max_size=2))
    said = draw(SPEAKERS)
    body = (
        f"The bombing in {one} wounded at least {whole} people, {said}. "
        + templates[0].format(town=one, n=number(draw, a))
        + " "
        + templates[1].format(town=two, n=number(draw, b))
    )
    return [body, f"At least {whole} people were wounded in the {one} bombing, {said}."]


@settings(max_examples=30, deadline=None)
@given(texts=hospitals_and_a_whole())
def test_a_hospital_telling_its_own_count_tells_a_part(texts):
    # "The hospital in Velka said it was treating 50 wounded": one hospital's patients, a
    # part of the toll, no rival of it nor of another town's hospital.
    assert _figure_findings(texts) == []


# --- casualties: a part caps nothing of the killed and wounded of the whole --------------------


@settings(max_examples=30, deadline=None)
@given(
    killed=st.integers(40, 60),
    part=st.integers(10, 39),
    town=st.sampled_from(TOWNS),
    said=SPEAKERS,
)
def test_a_hospitals_wounded_do_not_cap_the_casualties(killed, part, town, said):
    # "47 killed"; "30 wounded arrived at the city's hospital"; "more than 100 killed and
    # wounded": the hospital's 30 are some of the wounded, so the killed and the 30 fall
    # short of no casualty total.
    body = (
        f"At least 150 people were wounded in the {town} bombing, {said}. The city's health "
        f"office confirmed the arrival of {part} wounded to the city's central hospital."
    )
    texts = [
        f"{killed} people were killed in the {town} bombing, {said}.",
        body,
        f"More than {killed + 60} were killed and wounded in the {town} bombing, {said}.",
    ]
    found = _figure_findings(texts)
    assert not any("fall short" in why for why in found), found


# --- a group's province named after it: a branch of the group, one side with it ---------------


@pytest.mark.parametrize("parent", ["Islamic State", "al-Qaeda", "Taliban"])
@pytest.mark.parametrize("province", ["Velka Province", "Upper Okvara Province", "Dunmar Wilayat"])
def test_a_groups_province_is_its_branch(parent: str, province: str) -> None:
    """ "<group> <Region> Province" (a name the lexicon does not know) is the group's branch."""
    branch = att(f"{parent} {province}", "claimed")
    assert run(att(parent, "asserted"), branch).contradictions == ()
    rival = "Zelvan Front" if parent != "Taliban" else "Islamic State"
    assert rules_found(run(att(rival, "asserted"), branch)) == ["attribution-conflict"]
    # With a third actor named, the province stays on its parent's side.
    third = run(att(parent, "asserted"), branch, att(rival, "suspected"))
    (found,) = third.contradictions
    assert len(found.sides) == 2


# --- a count of one family's dead: a part of the toll ------------------------------------------

KIN = st.sampled_from(
    [
        "{said_by} said {n} members of his family were killed.",
        "{n} relatives of one family were among those killed, {said_by} said.",
        "{said_by} told reporters {n} members of her family had died.",
        "{said_by} said {n} family members were killed.",
        "{said_by} said {n} of his relatives were killed in the blast.",
    ]
)


@st.composite
def kin_and_a_toll(draw: st.DrawFn) -> list[str]:
    """A whole toll, and a relative's count of one family's dead told the same day."""
    whole, kin = draw(st.integers(30, 120)), draw(st.integers(3, 25))
    town = draw(st.sampled_from(TOWNS))
    said = draw(SPEAKERS)
    relative = draw(
        st.sampled_from(["The groom's uncle", "A Velka shopkeeper", "The bride's father"])
    )
    family = draw(KIN).format(said_by=relative, n=number(draw, kin))
    return [
        f"A suicide bomber killed {whole} people at a wedding hall in {town}, {said}.",
        f"A wedding hall in {town} was bombed. {family[0].upper()}{family[1:]}",
    ]


@settings(max_examples=30, deadline=None)
@given(texts=kin_and_a_toll())
def test_a_count_of_one_familys_dead_is_a_part_of_the_toll(texts):
    # "14 members of his family were killed": the dead of one family, some of the 63.
    assert _figure_findings(texts) == []


# --- a toll foretold ("could reach 40"): an early projection the later toll exceeds ----------

PROJECTIONS = st.sampled_from(
    [
        "the death toll could reach {n} people",
        "the death toll may top {n}",
        "the toll was expected to exceed {n}",
        "the number of dead is likely to reach {n}",
    ]
)


@st.composite
def a_projection_and_a_toll(draw: st.DrawFn) -> list[str]:
    """One official's projection of the toll, and a higher toll from the ministry."""
    early = draw(st.integers(20, 60))
    later = early + draw(st.integers(5, 60))
    town = draw(st.sampled_from(TOWNS))
    projection = draw(PROJECTIONS).format(n=number(draw, early))
    return [
        f"One official said {projection} after the bombing of a wedding hall in {town}.",
        f"The bombing of a wedding hall in {town} killed {later} people, the ministry said.",
    ]


@settings(max_examples=30, deadline=None)
@given(texts=a_projection_and_a_toll())
def test_a_toll_foretold_is_an_early_count_the_later_toll_exceeds(texts):
    assert _figure_findings(texts) == []


# --- a toll told while the attack still goes on: an early count ------------------------------

ONGOING = st.sampled_from(
    [
        "Ten hours into the attack on the {town} prison, forces are still trying to bring the "
        "situation under control.",
        "The siege of the {town} hotel is still under way.",
        "The gunbattle at the {town} prison is still raging.",
        "Security forces are still fighting the gunmen in {town}.",
    ]
)


@st.composite
def a_toll_while_it_goes_on(draw: st.DrawFn) -> list[str]:
    """A text that tells the attack as going on, then a toll; a higher toll of that day."""
    early = draw(st.integers(5, 40))
    later = early + draw(st.integers(3, 40))
    town = draw(st.sampled_from(TOWNS))
    said = draw(SPEAKERS)
    going_on = draw(ONGOING).format(town=town)
    return [
        f"{going_on} The death toll has reached {number(draw, early)}, {said}.",
        f"At least {later} people were killed in the attack in {town}, {said}.",
    ]


@settings(max_examples=30, deadline=None)
@given(texts=a_toll_while_it_goes_on())
def test_a_toll_told_while_the_attack_goes_on_is_an_early_count(texts):
    assert _figure_findings(texts) == []


# --- prisoners among the dead: a part, and no part of a toll that includes them --------------


@settings(max_examples=30, deadline=None)
@given(
    whole=st.integers(20, 60),
    n=st.integers(2, 8),
    noun=st.sampled_from(["prisoners", "inmates", "detainees"]),
    town=st.sampled_from(TOWNS),
    said=SPEAKERS,
)
def test_prisoners_killed_are_a_part_of_a_toll_including_them(whole, n, noun, town, said):
    # "At least 29 people, including prisoners, ... were killed"; "three prisoners were
    # killed by the attackers": the prisoners are some of the 29, which stays the whole.
    text = (
        f"At least {whole} people, including {noun}, guards and civilians, were killed in the "
        f"attack on the {town} prison, {said}. The ministry said {WORDS.get(n, n)} "
        f"{noun} were killed by the attackers."
    )
    assert _figure_findings([text]) == []


# --- "killing and wounding 70": the killed and the wounded together ---------------------------

CASUALTY_VERBS = st.sampled_from(
    [
        "claimed killing and wounding {n} people",
        "said it had killed or maimed {n} soldiers",
        "carried out the bombing, killing and injuring at least {n} people",
        "reported that {n} people were killed or hurt",
    ]
)


@settings(max_examples=30, deadline=None)
@given(verb=CASUALTY_VERBS, n=st.integers(12, 300), town=st.sampled_from(TOWNS))
def test_killing_and_wounding_counts_the_casualties(verb, n, town):
    # "The Okvara Front claimed killing and wounding 70": one count of the killed and the
    # wounded together, never a count of the wounded alone.
    from claimrecon.extract.figures import read_figures
    from claimrecon.models import Metric

    text = f"The Zelvan Front {verb.format(n=n)} in {town}."
    found = [f for f in read_figures(text, LEXICON) if f.low == n]
    assert [f.metric for f in found] == [Metric.CASUALTIES], found


# --- the claimant's own account of who carried the attack out ---------------------------------


@pytest.mark.parametrize("claimant", ["Zelvan Front", "Islamic State", "Okvara Brigades"])
@pytest.mark.parametrize("fighter", ["Abu Dunmar al-Velki", "Velka Martyrs Battalion"])
def test_a_fighter_named_by_the_claimant_is_no_rival(claimant: str, fighter: str) -> None:
    """The claimant says one of its own carried the attack out: one side, not two."""
    claim = att(claimant, "claimed", source=claimant, kind="militant", doc="c")
    own = att(fighter, "asserted", source="the group", kind="militant", doc="c")
    assert run(claim, own).contradictions == ()
    # Named by anyone else, or in a text with no claim, the same name is a rival.
    told = att(fighter, "asserted", source="police", kind="official", doc="c")
    assert rules_found(run(claim, told)) == ["attribution-conflict"]
    elsewhere = att(fighter, "asserted", source="the group", kind="militant", doc="o")
    assert rules_found(run(claim, elsewhere)) == ["attribution-conflict"]
