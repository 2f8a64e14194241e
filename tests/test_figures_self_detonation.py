"""An attacker who sets off the explosives he wears dies: a figure of attackers killed.

"one of the gunmen detonated a suicide vest", "two attackers set off their explosive belts":
the wording names no death, but the act is one; the figure is a part of the attackers killed.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()

VERBS = ["detonated", "exploded", "set off", "triggered"]
DEVICES = ["suicide vest", "suicide belt", "explosive vest", "explosive belt"]
NOUNS = {
    "attackers": "attacker",
    "gunmen": "gunman",
    "assailants": "assailant",
    "militants": "militant",
    "raiders": "raider",
}
PLACES = ["Zelvania", "Okvara", "Dunmar", "Brelton"]
SPEAKERS = ["Colonel Varnek said", "the Okvaran governor said", "officials in Brelton said"]


@st.composite
def self_detonations(draw: st.DrawFn) -> tuple[str, int]:
    """A number of attackers (partitive, bare or with a noun) who set off what they wear."""
    n = draw(st.integers(1, 9))
    number = spell(n) if draw(st.booleans()) else str(n)
    shape = draw(st.sampled_from(["of them", "of the noun", "noun"]))
    noun = draw(st.sampled_from(sorted(NOUNS)))
    if n == 1 and shape == "noun":
        noun = NOUNS[noun]
    head = {"of them": f"{number} of them", "of the noun": f"{number} of the {noun}"}.get(
        shape, f"{number} {noun}"
    )
    verb = draw(st.sampled_from(VERBS))
    device = draw(st.sampled_from(DEVICES))
    if n == 1:
        owner = draw(st.sampled_from(["a", "his"]))
        owner = "an" if owner == "a" and device.startswith("explosive") else owner
        act = f"{verb} {owner} {device}"
    else:
        act = draw(st.sampled_from([f"{verb} their {device}s", "blew up their explosives"]))
    place = draw(st.sampled_from(PLACES))
    clause = f"{head} {act} inside the {place} hall"
    if draw(st.booleans()):
        text = f"{draw(st.sampled_from(SPEAKERS)).capitalize()} that {clause}."
    else:
        text = f"{clause[0].upper()}{clause[1:]}, {draw(st.sampled_from(SPEAKERS))}."
    return text, n


@given(self_detonations())
def test_an_attacker_who_sets_off_his_vest_is_killed(case: tuple[str, int]) -> None:
    text, n = case
    got = [(f.metric.value, f.subject.value, f.low, f.high) for f in read_figures(text, LEX)]
    assert got == [("killed", "militants", n, n)], text


@given(
    verb=st.sampled_from(VERBS),
    device=st.sampled_from(DEVICES),
    place=st.sampled_from(PLACES),
)
def test_a_planted_device_is_no_toll(verb: str, device: str, place: str) -> None:
    # Nobody is counted when the device has no number of wearers.
    text = f"Police said the bomber {verb} a {device} near the {place} gate."
    assert [f for f in read_figures(text, LEX) if f.metric.value == "killed"] == []
