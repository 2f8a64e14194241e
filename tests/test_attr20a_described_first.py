"""A group described before it is named, and named after an opening phrase (attr20a).

"A little-known group has denied involvement in the bombing. In a statement issued on
Saturday, the Okvara Battalion said ...": the description stands for the group that is the
subject of a later sentence, even when an opening phrase and its comma come first; and the
description's own stance (a denial, a claim) keeps it from a group whose words take the
other side, wherever in the text the description stands.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import read_attributions

C, D = Stance.CLAIMED, Stance.DENIED

# (as written, as read): names the lexicon knows.
NAMED = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
)
DESCRIPTIONS = (
    "A little-known group",
    "A previously unknown militant group",
    "A shadowy jihadist group",
    "An obscure militant group",
)
OPENINGS = (
    "In a statement issued on Saturday, ",
    "In a statement posted online, ",
    "On Sunday, ",
    "Later, ",
    "Meanwhile, ",
    "",
)
LEADS = ("", "A bomb exploded at a market in Dunmar on Tuesday. ")
EVENTS = ("the bombing in Dunmar", "Tuesday's attack on a market in Velka")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@settings(max_examples=60)
@given(
    st.sampled_from(NAMED),
    st.sampled_from(DESCRIPTIONS),
    st.sampled_from(OPENINGS),
    st.sampled_from(LEADS),
    st.sampled_from(EVENTS),
)
def test_a_described_claimant_is_the_group_that_opens_a_later_sentence(
    named: tuple[str, str], description: str, opening: str, lead: str, event: str
) -> None:
    written, read = named
    subject = written if opening else _cap(written)
    text = (
        f"{lead}{description} has claimed responsibility for {event}. "
        f"{opening}{subject} vowed further attacks."
    )
    assert (read, C) in read_attributions(text), text


@settings(max_examples=40)
@given(
    st.sampled_from(NAMED),
    st.sampled_from(DESCRIPTIONS),
    st.sampled_from(OPENINGS[:3]),
    st.sampled_from(LEADS),
)
def test_a_described_denial_goes_to_the_group_that_opens_a_later_sentence(
    named: tuple[str, str], description: str, opening: str, lead: str
) -> None:
    written, read = named
    text = (
        f"{lead}{description} has denied involvement in the bombing in Dunmar. "
        f"{opening}{written} said it does not target civilians."
    )
    assert (read, D) in read_attributions(text), text


@settings(max_examples=40)
@given(st.sampled_from(DESCRIPTIONS), st.sampled_from(LEADS), st.sampled_from(EVENTS))
def test_a_described_denial_is_not_the_claim_of_the_group_named_after_it(
    description: str, lead: str, event: str
) -> None:
    """A group that claims the act is not the one that denied it, wherever the denial stands."""
    text = (
        f"{lead}{description} has denied involvement in {event}. "
        "Police gave no details of the investigation. "
        f"The Okvara Front claimed responsibility for {event}."
    )
    found = read_attributions(text)
    assert ("Okvara Front", C) in found, text
    assert ("Okvara Front", D) not in found, text
