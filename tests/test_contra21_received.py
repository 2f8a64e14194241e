"""A hospital's count of the wounded it received is a part of the toll, told so far.

"'We have also received 46 injured people,' the hospital's superintendent said": one
hospital's intake, which a toll of the wounded at all hospitals exceeds. Set beside a
larger toll of its day it is no rival: reports that agree are never contradictions. A
toll of the wounded told plainly against a rival one still is.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, analyze

DAY = dt.date(2035, 6, 18)  # a Monday
TOWNS = ["Varsk", "Dunmar", "Okvara", "Zelvo"]
RECEIVED = [
    '"We have also received {k} injured people," medical superintendent Dr Orel Vask said.',
    '"We have received {k} wounded," said Dr Orel Vask, who heads the city hospital.',
    "The hospital has received {k} injured people, its spokesman Ilan Dorr said.",
    "Hospitals had received {k} wounded by the evening, officials said.",
]


def _docs(texts: list[str]) -> list[Document]:
    return [
        Document(id=f"r{i}", text=t, published=DAY + dt.timedelta(days=1))
        for i, t in enumerate(texts)
    ]


@settings(max_examples=40, deadline=None)
@given(
    town=st.sampled_from(TOWNS),
    k=st.integers(20, 60),
    more=st.integers(8, 30),
    received=st.sampled_from(RECEIVED),
    apart=st.booleans(),
)
def test_a_hospital_intake_below_the_toll_is_no_rival(town, k, more, received, apart):
    lead = f"A suicide bomber struck the railway station in {town} on Monday."
    total = f"More than {k + more} people were injured, police said."
    intake = received.format(k=k)
    texts = [f"{lead} {total}", f"{lead} {intake}"] if apart else [f"{lead} {total} {intake}"]
    assert analyze(_docs(texts)).contradictions == (), texts


@settings(max_examples=20, deadline=None)
@given(town=st.sampled_from(TOWNS), k=st.integers(20, 60), more=st.integers(8, 30))
def test_rival_tolls_of_the_wounded_still_conflict(town, k, more):
    lead = f"A suicide bomber struck the railway station in {town} on Monday."
    texts = [
        f"{lead} {k} people were injured, police said.",
        f"{lead} {k + more} people were injured, the health ministry said.",
    ]
    found = analyze(_docs(texts)).contradictions
    assert [x.kind for x in found] == ["figure"], texts
