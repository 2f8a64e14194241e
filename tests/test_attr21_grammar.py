"""Claims, blames and denials in real wordings the reader missed, composed by a grammar (attr21).

A group's claim told with a time between the verb and what it says ("claimed early on
Friday that", "said late Monday that", "claimed Friday that"); the group's own men who
"had blown up" or "had blown themselves up"; a group's name in quotation marks before its
verb ("a group called “X” claimed"); a state named by its short form ("the UAE"); a claim
issued with an article and modifiers ("issued a more formal claim of responsibility"); a
group told by its tie to another that invades or overruns a place ("fighters with the
al-Qaeda-linked X group invaded the area"). Each
composition must give its actor with its stance; a time alone must not turn a victim or a
state's voice into a claimant, nor a quoted nickname the lexicon does not hold into a group.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import AttributionClaim, Document, extract
from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import read_attributions

A, C = Stance.ASSERTED, Stance.CLAIMED

# Names the lexicon knows, as written and as read.
GROUPS = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Jaish al-Adl", "Jaish al-Adl"),
    ("Abu Sayyaf", "Abu Sayyaf"),
)
TIMES = (
    "early Friday",
    "early on Friday",
    "late on Monday",
    "late Sunday",
    "on Tuesday",
    "Wednesday",
    "overnight",
)
OWN = ("two of its men", "one of its fighters", "its fighters", "three of its soldiers")
ACTS = (
    "had blown up the checkpoint in Dunmar",
    "blew themselves up in Velka Square",
    "had blown themselves up at the market",
    "stormed the Velka barracks",
)
QUOTES = (("\u201c", "\u201d"), ('"', '"'), ("\u201c", " \u201d"))
INTROS = ("", "A little-known group called ", "The militant group ", "A Baluch group named ")
STATES = (
    ("the UAE", "United Arab Emirates"),
    ("UAE", "United Arab Emirates"),
    ("the United Arab Emirates", "United Arab Emirates"),
)
BLAMERS = ("Tehran", "Iran's foreign minister", "The Guards")


class Case(NamedTuple):
    label: str
    text: str
    actor: str
    stance: Stance


def _claims_in_time() -> list[Case]:
    return [
        Case("time", f"{a} claimed {t} that {o} {act}.", r, C)
        for (a, r), t, o, act in itertools.product(GROUPS, TIMES, OWN, ACTS)
    ]


def _quoted_names() -> list[Case]:
    return [
        Case("quoted", f"{i}{q}{a}{e} claimed responsibility for the attack.", r, C)
        for (a, r), i, (q, e) in itertools.product(GROUPS, INTROS, QUOTES)
    ]


def _states() -> list[Case]:
    cases = []
    for (s, r), who in itertools.product(STATES, BLAMERS):
        cases.append(Case("state", f"{who} blamed Pakistan, {s} and others for the attack.", r, A))
        cases.append(Case("state", f"{who} accused {s} of being behind the bombing.", r, A))
    return cases


ISSUED = ("issued", "released", "published", "posted")
ISSUED_CLAIMS = (
    "a claim of responsibility",
    "a more formal claim of responsibility",
    "a new claim of responsibility",
    "an official claim of responsibility",
    "a lengthy claim of responsibility",
)
ISSUED_TAILS = ("", " via its Telegram channel", " on Monday")


def _issued_claims() -> list[Case]:
    return [
        Case("issued", f"{a} {v} {c}{t}.", r, C)
        for (a, r), v, c, t in itertools.product(GROUPS, ISSUED, ISSUED_CLAIMS, ISSUED_TAILS)
    ]


TIED_SUBJECTS = (
    "{a}",
    "the Zelva-linked {a}",
    "fighters with the Zelva-linked {a} group",
    "gunmen from the Zelva-allied {a}",
)
INVASIONS = (
    "invaded the area",
    "invaded Dunmar village",
    "overran the Velka barracks",
    "overran the army post at Dunmar",
)


def _invasions() -> list[Case]:
    return [
        Case("invaded", f"{s.format(a=a)[:1].upper()}{s.format(a=a)[1:]} {v}.", r, A)
        for (a, r), s, v in itertools.product(GROUPS, TIED_SUBJECTS, INVASIONS)
    ]


_READ = [*_claims_in_time(), *_quoted_names(), *_states(), *_issued_claims(), *_invasions()]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_READ))
def test_a_real_wording_names_its_actor_with_its_stance(case: Case) -> None:
    found = read_attributions(case.text)
    assert (case.actor, case.stance) in found, (case.label, case.text, found)


def test_the_grammar_is_wide() -> None:
    assert {c.label for c in _READ} == {"time", "quoted", "state", "issued", "invaded"}
    assert len(_READ) > 500


# A time before "that" does not make a state's voice a claimant, nor a victim a group's act.
_UNREAD = (
    ("Police said early Friday that two of its men had been killed by al-Shabaab.", C),
    ("Boko Haram said late Monday that its fighters were ambushed by the army.", C),
    ("The army claimed early on Friday that it had killed the leader of Abu Sayyaf.", C),
)


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(_UNREAD))
def test_a_time_alone_makes_no_claim(pair: tuple[str, Stance]) -> None:
    text, stance = pair
    found = read_attributions(text)
    assert all(s is not stance for _, s in found), (text, found)


def test_a_quoted_nickname_the_lexicon_does_not_hold_is_no_claimant() -> None:
    text = "A militant known as the \u201cUnseen\u201d has claimed responsibility for the attack."
    assert all(a != "Unseen" for a, _ in read_attributions(text))


def test_the_days_of_a_time_aside_are_the_date_lexicon_s() -> None:
    text = "The Okvara Front claimed late Montag that its fighters bombed the market in Dunmar."
    extended = Lexicon.default().extend({"dates": {"weekdays": {"montag": 0}}})

    def read(lexicon: Lexicon) -> list[tuple[str, str]]:
        claims = extract(Document(id="d", text=text), lexicon=lexicon)
        return [(c.actor, c.stance.value) for c in claims if isinstance(c, AttributionClaim)]

    assert read(Lexicon.default()) == []
    assert read(extended) == [("Okvara Front", "claimed")]
