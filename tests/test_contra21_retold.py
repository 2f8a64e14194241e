"""A toll told at the attack's site against an earlier report the same text retells.

"Three people died at the market. Previous reports had said four were killed": the
text corrects an earlier, higher toll. The earlier report ("previous reports", "prior
reports", "an earlier count") is early, not the whole the site's toll is a part of, so
the correction is a contradiction (kind ``figure``, between the retold and the current
toll). Reports that agree stay free of contradictions: a site's toll beside a larger
toll of the whole attack told now, and a retold earlier toll below the current one (a
rise).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, analyze

DAY = dt.date(2035, 6, 18)  # a Monday
SITES = ["market", "square", "station", "mall", "stadium"]
TOWNS = ["Varsk", "Dunmar", "Okvara", "Zelvo"]
PREVIOUS = [
    "Previous reports had said that {m} people had been killed in the attack.",
    "Prior reports had put the death toll at {m}.",
    "Previous reports said {m} people were killed.",
    "Earlier reports had said {m} people died in the attack.",
]
CURRENT = [
    "{n} people have died following the shooting at the {site}.",
    "{n} people were killed in the attack at the {site}, police said.",
    "The shooting at the {site} killed {n} people, officials said.",
]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _text(draw: st.DrawFn, body: str) -> str:
    site = draw(st.sampled_from(SITES))
    town = draw(st.sampled_from(TOWNS))
    lead = f"A gunman opened fire at the {site} in {town} on Monday night."
    return f"Gunman shot dead in {town}\n\n{lead} {body.format(site=site)}"


@st.composite
def corrected(draw: st.DrawFn) -> str:
    n = draw(st.integers(2, 7))
    m = n + draw(st.integers(1, 2))
    current = draw(st.sampled_from(CURRENT)).format(n=NUMBERS[n - 2].capitalize(), site="{site}")
    previous = draw(st.sampled_from(PREVIOUS)).format(m=NUMBERS[m - 2])
    return _text(draw, f"{current} {previous}")


@st.composite
def agreeing(draw: st.DrawFn) -> str:
    n = draw(st.integers(2, 7))
    m = n + draw(st.integers(1, 2))
    current = draw(st.sampled_from(CURRENT)).format(n=NUMBERS[m - 2].capitalize(), site="{site}")
    previous = draw(st.sampled_from(PREVIOUS)).format(m=NUMBERS[n - 2])
    return _text(draw, f"{current} {previous}")


def _analysed(text: str):
    return analyze([Document(id="r0", text=text, published=DAY + dt.timedelta(days=1))])


@settings(max_examples=40, deadline=None)
@given(text=corrected())
def test_a_toll_below_a_retold_earlier_report_contradicts_it(text):
    found = _analysed(text).contradictions
    assert [x.kind for x in found] == ["figure"], text


@settings(max_examples=40, deadline=None)
@given(text=agreeing())
def test_a_toll_above_a_retold_earlier_report_is_a_rise(text):
    assert _analysed(text).contradictions == (), text


@settings(max_examples=30, deadline=None)
@given(
    n=st.integers(20, 40),
    k=st.integers(2, 9),
    site=st.sampled_from(SITES),
    cue=st.sampled_from(["So far, ", "", "Officials said that "]),
)
def test_a_site_below_the_whole_told_now_is_a_part(n, k, site, cue):
    text = (
        "Blasts hit Varsk\n\nCoordinated blasts hit Varsk on Monday. "
        f"{cue}{n} people were killed in the attacks. "
        f"{k} people were killed at the {site}, police said."
    )
    assert _analysed(text).contradictions == (), text
