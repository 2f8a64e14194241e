"""A toll told site by site, its speaker named after a site noun, is parts of the whole.

"Fourteen people were killed at the hotel and seven at a nearby cafe, a hospital official
said": the seven are the cafe's dead, a part of the attack's toll, even though the speaker's
words open with a site noun ("hospital") that might read as a third site joined to the
cafe. So is a count told at the site of one act of several ("in the second blast, near
the cafe, four people died"), whichever of the two is named nearer the number. A grammar
writes a toll in one report and its breakdown over sites in another, with speakers of many
kinds; no contradiction may be found. Rival tolls from two named speakers, told beside the
breakdown, must still be found.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.builders import contradictions_of

DAY = dt.date(2034, 9, 18)
LEADS = [
    "Gunmen attacked a {site} in Velka, Zelvania, on Monday.",
    "Attackers opened fire at a {site} in Velka on Monday morning.",
    "Explosions and gunfire hit a {site} in central Velka on Monday.",
]
SITES = ["hotel", "market", "mosque", "stadium", "bus station"]
OTHERS = ["cafe", "restaurant", "checkpoint", "shopping centre", "school"]
SPEAKERS = [
    "a hospital official said",
    "a hospital spokesman said",
    "a hospital director told reporters",
    "a hotel official said",
    "a school official said",
    "police said",
    "the governor said",
]
SPLITS = [
    "{a} people were killed at the {site} and {b} at a nearby {other}, {said}.",
    "{a} people died at the {site} and {b} at a nearby {other}, {said}.",
    "The attack killed {a} people at the {site} and {b} at a nearby {other}, {said}.",
    "In the second blast, near the {other}, {b} people died, {said}.",
    "In the first explosion, at the {other}, {b} people were killed, {said}.",
]


@st.composite
def split_toll(draw: st.DrawFn) -> tuple[list[tuple[int, str]], int]:
    site = draw(st.sampled_from(SITES))
    other = draw(st.sampled_from(OTHERS))
    a, b = draw(st.integers(5, 30)), draw(st.integers(2, 12))
    leads = draw(st.permutations(LEADS))
    split = draw(st.sampled_from(SPLITS)).format(
        a=a, b=b, site=site, other=other, said=draw(st.sampled_from(SPEAKERS))
    )
    whole = f"The attack killed {a + b} people, {draw(st.sampled_from(SPEAKERS[4:]))}."
    reports = [
        (0, f"{leads[0].format(site=site)} {whole}"),
        (draw(st.integers(0, 1)), f"{leads[1].format(site=site)} {split}"),
    ]
    return reports, a + b


def found(reports: list[tuple[int, str]]) -> tuple:
    return contradictions_of(reports, DAY)


@settings(max_examples=50, deadline=None)
@given(case=split_toll())
def test_a_toll_split_over_sites_agrees_with_the_whole(case):
    reports, _ = case
    assert found(reports) == (), reports


@settings(max_examples=25, deadline=None)
@given(case=split_toll(), more=st.integers(8, 30))
def test_rival_tolls_beside_the_sites_are_still_found(case, more):
    reports, total = case
    day, text = reports[0]
    lead = text.split(". ")[0]
    rival = f"{lead}. The attack killed {total + more} people, the interior ministry said."
    reports = [(day, text.replace(", police said.", ", the governor said.")), *reports[1:]]
    reports.append((day, rival))
    assert found(reports) != (), reports
