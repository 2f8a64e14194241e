"""Attributions of round 15 (attrhist15): the events of a group's record, told beside the attack.

News tells what else a group did: "X has been behind several attacks, including the 2019
Dunmar bombing and a raid on Velka", "X, which has claimed a string of bombings, such as
...", "X, which also carried out the 2014 attack on Okvara and a raid on Velka in 2019",
"X, the group behind last year's Dunmar bombing". Each event the record lists is the group's, by
the record's verb: claimed for a claim, asserted for an act. A negated record ("has not
claimed several attacks, such as") and a suspicion ("suspected of carrying out ... and")
name none of them as asserted.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.segment import DocContext
from claimrecon.models import AttributionClaim, Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import ARMED_NAMES

_LEXICON = Lexicon.default()

_ACTS = ("has been behind", "was behind", "had been involved in", "has carried out",
         "carried out", "was responsible for", "is blamed for")  # fmt: skip
_CLAIMS = ("has claimed responsibility for", "claimed", "has claimed", "took responsibility for")
_OPENERS = ("several", "a string of", "a series of", "many", "dozens of", "a spate of")
_MODS = ("", "deadly ", "high-profile ", "suicide ")
_NOUNS = ("attacks", "bombings", "raids", "assaults")
_TAILS = ("", " in Zelvania", " in recent years", " against the Okvara minority")
_LISTS = (", including", ", such as", " including")
_ITEMS = (
    "the 2019 bombing of a market in Dunmar",
    "a raid on Velka in 2014",
    "last year's assault on a hotel in Okvara",
    "the Dunmar massacre",
    "the 2016 attack on a school in Zelvania",
)
_SUBJECT_FORMS = ("{n} {v}", "{n}, which {v}", "Officials say {n} {v}")


def _claims(text: str) -> list[AttributionClaim]:
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    return [c for s in ctx.sentences for c in find_attributions(ctx, s)]


def _read_as(text: str, item: str, name: str, stance: Stance) -> bool:
    """Say whether a claim of ``name`` with ``stance`` covers ``item`` in ``text``."""
    at = text.index(item)
    return any(
        c.actor == name and c.stance is stance and c.span.start < at + len(item)
        and at < c.span.end
        for c in _claims(text)
    )  # fmt: skip


def _listed(draw: st.DrawFn) -> list[str]:
    return draw(st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=3, unique=True))


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@st.composite
def a_record(draw: st.DrawFn) -> tuple[str, str, list[str], Stance]:
    """ "X has been behind several attacks in Zelvania, including A, B and C"."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    claimed = draw(st.booleans())
    verb = draw(st.sampled_from(_CLAIMS if claimed else _ACTS))
    subject = draw(st.sampled_from(_SUBJECT_FORMS)).format(n=written, v=verb)
    opener, mod, noun = (draw(st.sampled_from(x)) for x in (_OPENERS, _MODS, _NOUNS))
    tail, listed, items = (
        draw(st.sampled_from(_TAILS)),
        draw(st.sampled_from(_LISTS)),
        _listed(draw),
    )
    text = f"{subject} {opener} {mod}{noun}{tail}{listed} {_joined(items)}."
    return text[:1].upper() + text[1:], name, items, Stance.CLAIMED if claimed else Stance.ASSERTED


@given(a_record())
def test_each_event_of_a_record_is_the_groups(case: tuple[str, str, list[str], Stance]) -> None:
    text, name, items, stance = case
    for item in items:
        assert _read_as(text, item, name, stance), (text, item)


_RECORD_CLAUSES = (
    "{n}, which also carried out",
    "{n}, which has carried out",
    "{n}, which claimed",
    "{n}, the group behind",
    "{n}, the network responsible for",
)


@st.composite
def coordinated_acts(draw: st.DrawFn) -> tuple[str, str, list[str], Stance]:
    """ "X, which also carried out A and B": both events of the clause are X's."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    clause = draw(st.sampled_from(_RECORD_CLAUSES)).format(n=written)
    stance = Stance.CLAIMED if clause.endswith("claimed") else Stance.ASSERTED
    # two objects: a comma after a verb's object opens an aside, not a list
    items = draw(st.lists(st.sampled_from(_ITEMS), min_size=2, max_size=2, unique=True))
    text = f"Police blamed {clause} {_joined(items)}."
    return text, name, items, stance


@given(coordinated_acts())
def test_each_coordinated_event_is_the_groups(case: tuple[str, str, list[str], Stance]) -> None:
    text, name, items, stance = case
    for item in items:
        assert _read_as(text, item, name, stance), (text, item)


_RECORD_ROWS = [
    # an apposition that dates another event is the group's record
    ("{n}, the group behind last year's bombing in Dunmar, said nothing.", "last year's bombing"),
    ("{n}, the network responsible for the 2019 raid on Velka, was banned.", "the 2019 raid"),
    # a relative clause of the group's record
    (
        "Police blamed {n}, which also carried out the 2014 attack on Okvara and a raid on Velka.",
        "a raid on Velka",
    ),
]


def test_apposed_and_relative_records() -> None:
    for written, name in ARMED_NAMES:
        for row, item in _RECORD_ROWS:
            text = row.format(n=written)
            assert _read_as(text[:1].upper() + text[1:], item, name, Stance.ASSERTED), text


_NOT_RECORDS = [
    # a negated record names none of its events
    "{n} has not claimed several attacks, such as the 2019 bombing of a market in Dunmar.",
    # a suspicion is no assertion, its objects are not asserted
    "Police suspect {n} of being behind the attack and the 2019 raid on Velka.",
    # an aside after the verb's object is no second object
    "{n} was behind the attack, one of the deadliest bombings in Dunmar.",
    # the sentence goes on past the list
    "Officials said {n}, which staged dozens of raids across Velka, including the Dunmar "
    "massacre, was behind the attack and the 2019 raid.",
]


def test_what_is_no_record_of_the_group() -> None:
    for written, name in ARMED_NAMES:
        for row in _NOT_RECORDS:
            text = row.format(n=written)
            text = text[:1].upper() + text[1:]
            asserted = [c for c in _claims(text) if c.stance is Stance.ASSERTED]
            for phrase in ("the 2019 bombing", "the 2019 raid", "one of the deadliest"):
                if phrase in text and "staged dozens" not in text:
                    assert not _read_as(text, phrase, name, Stance.ASSERTED), text
            if "staged dozens" in text:
                # the list ends at its comma: "was behind the attack" is no listed event
                assert all(
                    text[c.span.start : c.span.end] != "was behind the attack" for c in asserted
                )
