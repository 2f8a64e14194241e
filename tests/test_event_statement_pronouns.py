"""Grammar of a statement day told with a pronoun between the verb and the day.

A lead that tells the attack undated ("accused <group> of the attack on <site>"), then
"The minister disclosed this on Thursday", "police confirmed it on Monday": the day dates
the statement, not the attack, which a later sentence dates by its own weekday. Groups,
speakers, sites and numbers are invented; weekdays are computed from the attack's day.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SPEAKERS = ["The interior minister", "A police spokesman, Tunde Arowolo,", "Governor Ema Lisk"]
VERBS = ["disclosed", "confirmed", "announced", "said", "revealed"]
PRONOUNS = ["this", "it", "so"]
PARTS = ["", " morning", " evening"]
# How the attack is told: with an attack word or with none ("invaded a church").
ENTRIES = ["invaded", "stormed", "broke into", "opened fire in"]
GROUPS = ["the Red Dawn Brigade", "Jund al-Sahil", "Harakat al-Nour"]
SITES = [
    ("St. Anne's Church, Ilemo", "church"),
    ("Holy Cross Cathedral, Barwe", "cathedral"),
    ("central mosque of Tarkhel", "mosque"),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(GROUPS),
    st.sampled_from(SITES),
    st.sampled_from(SPEAKERS),
    st.sampled_from(VERBS),
    st.sampled_from(PRONOUNS),
    st.sampled_from(PARTS),
    st.sampled_from(ENTRIES),
    st.integers(1, 20),
    st.integers(2, 5),
    st.integers(12, 90),
)
def test_a_statement_day_after_a_pronoun_does_not_date_the_attack(
    group: str,
    site: tuple[str, str],
    speaker: str,
    verb: str,
    pronoun: str,
    part: str,
    entry: str,
    day_of_month: int,
    later: int,
    n: int,
) -> None:
    attack = dt.date(2023, 5, day_of_month)
    statement = attack + dt.timedelta(days=later)
    text = (
        f"The government has accused {group} of the attack on the {site[0]}. "
        f"{speaker} {verb} {pronoun} on {WEEKDAYS[statement.weekday()]} after a meeting "
        "of the security council in the capital. "
        f"Over {n} people have been reported dead after armed men {entry} a {site[1]} on "
        f"{WEEKDAYS[attack.weekday()]}{part}."
    )
    doc = Document(id="d", text=text, published=statement)
    claim = killed_at(doc, f"{n} people", n)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date == attack
