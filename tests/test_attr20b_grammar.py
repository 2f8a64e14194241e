"""Attributions short of a claim or a blame, composed by a grammar (attr20b).

A source ties a group to an attack without "blamed" or "claimed": the attacker's membership
("she was a trained X operative", "the two are members of the local terrorist group X"),
the attacker's recruiter, arms or listing ("was recruited by a member of X", "received the
weapons for the attack from X", "was on a wanted list of X members"), evidence pointing to
one of the group's units ("initial findings point to a cell linked to X"), a hedged act
("X likely entered the camp"). A group denies without "deny": "rejected claims of the group
being involved", "we do not target civilians", "it is out of the question for us to target
civilians". Each composition (subject, wording, speaker's place, names the lexicon knows)
must give its actor with its stance; a victim's or a commander's membership, a threat to
target civilians and an "out of the question" of a state's voice must not.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import read_attributions

A, B, S, D = Stance.ASSERTED, Stance.BELIEVED, Stance.SUSPECTED, Stance.DENIED
# A tie of the attacker to the group: asserted, or hedged where the subject is a "suspect".
TIE = frozenset({A, B, S})
HEDGED = frozenset({B, S})

# Names the lexicon knows, as written and as read.
ACTORS = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Haqqani network", "Haqqani network"),
    ("Abu Sayyaf", "Abu Sayyaf"),
)
SPEAKERS = ("police", "officials", "the interior minister", "local media")
EVENTS = ("the attack", "the bombing in Dunmar", "Tuesday's raid on the Velka market")


class Case(NamedTuple):
    label: str
    text: str
    actor: str
    stances: frozenset[Stance]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _placed(who: str, clause: str) -> Iterator[tuple[str, str]]:
    """The clause with its speaker before it, after it, or after an "according to"."""
    yield "before", _cap(f"{who} said {clause}.")
    yield "after", _cap(f"{clause}, {who} said.")
    yield "according", _cap(f"according to {who}, {clause}.")


# The attacker as subject, and what ties it to the group ({a}: the group as written).
SUBJECTS = ("the bomber", "the suspect", "the gunman", "she", "he", "the two attackers")
MEMBERSHIP = (
    "{was} a trained {a} operative",
    "{was} a member of {a}",
    "{was} a trained member of {a}",
    "{was} on a wanted list of {a} members",
    "{was} recruited by a member of {a}",
    "{was} recruited by Karim Velo, a member of {a}",
    "{was} trained by members of {a}",
)
ARMS = (
    "{s} received the weapons for {e} from {a}",
    "{s} obtained the explosives for {e} from {a}",
    "{s} received the suicide vest from {a}",
)
PLURAL_MEMBERSHIP = (
    "the two are members of the local terrorist group {a}",
    "the two bombers are members of {a}",
    "the three suspects were members of {a}",
)
EVIDENCE = (
    "initial findings point to a cell linked to {a}",
    "the evidence points to units affiliated with {a}",
    "initial findings point to units of {a}",
)
HEDGED_ACTS = (
    "{a} likely entered the camp through the forest",
    "{a} fighters probably infiltrated the base before dawn",
)
DENIALS = (
    "{A} rejected claims of the group being involved in {e}.",
    "{A} rejected claims of the forces being involved in {e}.",
    '"It is out of the question for us to target civilians in any way," {a} said.',
    '"It is out of the question for us to target civilians," a spokesman for {a} said.',
    '"We do not target civilians," {a} said in a statement.',
    '"We never target civilians," {a} said, rejecting claims that it was behind {e}.',
)


def _membership(written: str, read: str, who: str) -> Iterator[Case]:
    for subject, frame in itertools.product(SUBJECTS, MEMBERSHIP):
        was = "were" if subject.startswith("the two") else "was"
        if was == "were" and "a member" in frame:
            continue
        clause = f"{subject} {frame.format(was=was, a=written)}"
        for where, text in _placed(who, clause):
            yield Case(f"member|{frame[:22]}|{where}", text, read, TIE)
    for frame in PLURAL_MEMBERSHIP:
        for where, text in _placed(who, frame.format(a=written)):
            yield Case(f"plural|{frame[:22]}|{where}", text, read, TIE)


def _arms(written: str, read: str, who: str) -> Iterator[Case]:
    for frame, subject, ev in itertools.product(ARMS, SUBJECTS[:3], EVENTS):
        clause = frame.format(s=subject, e=ev, a=written)
        for where, text in _placed(who, clause):
            yield Case(f"arms|{frame[5:25]}|{where}", text, read, TIE)


def _evidence(written: str, read: str, who: str) -> Iterator[Case]:
    for frame in EVIDENCE:
        clause = frame.format(a=written)
        yield Case(f"evidence|{frame[:24]}", _cap(f"{who} said {clause}."), read, HEDGED)
        yield Case(
            f"evidence|{frame[:24]}|told", _cap(f"{who} told AFP that {clause}."), read, HEDGED
        )
    for frame in HEDGED_ACTS:
        clause = frame.format(a=written)
        yield Case(f"hedged|{frame[4:20]}", _cap(f"the report said {clause}."), read, HEDGED)
        yield Case(
            f"hedged|{frame[4:20]}|ind", _cap(f"the scene indicated that {clause}."), read, HEDGED
        )


def _denials(written: str, read: str) -> Iterator[Case]:
    for frame, ev in itertools.product(DENIALS, EVENTS):
        text = frame.format(a=written, A=_cap(written), e=ev)
        yield Case(f"deny|{frame[:26]}", text, read, frozenset({D}))


def positive_cases() -> Iterator[Case]:
    """Every composition that ties its actor to the attack."""
    for (written, read), who in itertools.product(ACTORS, SPEAKERS):
        yield from _membership(written, read, who)
        yield from _arms(written, read, who)
        yield from _evidence(written, read, who)
    for written, read in ACTORS:
        yield from _denials(written, read)


NEGATIVE_FRAMES = (
    "{A} has never targeted civilians in Dunmar, locals said.",
    "He was a senior {a} commander killed in a drone strike last year.",
    "The victim was a member of {a}, his family said.",
    '"We will target civilians," {a} said.',
    "{A} said it will continue to target civilians.",
    "The minister said it was out of the question to negotiate with {a}.",
    "A former {a} member was among the dead in the attack.",
    "Five members of {a} were killed in the raid.",
)


def negative_cases() -> Iterator[tuple[str, str]]:
    for (written, read), frame in itertools.product(ACTORS, NEGATIVE_FRAMES):
        yield frame.format(a=written, A=_cap(written)), read


_READ = tuple(positive_cases())
_UNREAD = tuple(negative_cases())


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_READ))
def test_a_tie_short_of_a_claim_names_its_actor(case: Case) -> None:
    found = read_attributions(case.text)
    assert any((case.actor, s) in found for s in case.stances), (case.label, case.text, found)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_UNREAD))
def test_a_victim_a_threat_or_a_commander_names_no_actor(pair: tuple[str, str]) -> None:
    text, actor = pair
    found = read_attributions(text)
    assert all(a != actor for a, _ in found), (text, found)


def test_the_grammar_is_wide() -> None:
    labels = {c.label.split("|")[0] for c in _READ}
    assert {"member", "plural", "arms", "evidence", "hedged", "deny"} <= labels
    assert len(_READ) > 500


def test_a_quoted_denial_of_targeting_civilians_is_the_speaking_groups() -> None:
    text = (
        '"It is out of the question for us to target civilians in any way," al-Shabaab said, '
        "rejecting claims that it was behind the bombing in Dunmar."
    )
    assert ("al-Shabaab", D) in read_attributions(text)


def test_the_us_in_capitals_is_a_country_not_the_groups_voice() -> None:
    text = '"It is out of the question for the US to target civilians," al-Shabaab said.'
    assert ("al-Shabaab", D) not in read_attributions(text)
