"""The wording of explanations: speakers' number, verbs, stances."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Event
from claimrecon import wording as wording_module
from claimrecon.rules import EventContext
from tests.builders import LEXICON, att, fig, report_of
from tests.rulecases import run

# --- grammar of explanations ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Afghan authorities",
        "officials",
        "police",
        "Kabul police",
        "residents",
        "hospital officials in Mogadishu",
        "security forces",
        "Witnesses",
        "Officials",
        "police and medics",
        "the Afghan National Police",
        "local people",
        "medics",
        "Amnesty International and Human Rights Watch",
    ],
)
def test_plural_speakers_take_a_plural_verb(name):
    ctx = EventContext.build(report_of(), Event(id="e"), lexicon=LEXICON)
    assert ctx.plural(name)


@pytest.mark.parametrize(
    "name",
    [
        "Reuters",
        "Airwars",
        "Doctors Without Borders",
        "The New York Times",
        "the interior ministry",
        "Islamic State",
        "Islamic State (via Amaq news agency)",
        "a police spokesman",
        "the Associated Press",
        "the United Nations",
        "the Syrian Observatory for Human Rights",
        "the census",
        "the Ministry of Health and Population",
        "CBS",
        "",
    ],
)
def test_singular_speakers_take_a_singular_verb(name):
    ctx = EventContext.build(report_of(), Event(id="e"), lexicon=LEXICON)
    assert not ctx.plural(name)


@pytest.mark.parametrize(
    ("verb", "plural"),
    [
        ("says", "say"),
        ("denies responsibility", "deny responsibility"),
        ("believes X did it", "believe X did it"),
        ("dates it", "date it"),
        ("has", "have"),
        ("pushes", "push"),
        ("speaks for", "speak for"),
    ],
)
def test_verbs_agree_with_plural_speakers(verb, plural):
    assert wording_module.agree(verb, plural=True) == plural
    assert wording_module.agree(verb, plural=False) == verb


SPEAKERS = ["Afghan officials", "Reuters", "police", "residents of the village", "the ministry"]


@given(
    st.sampled_from(SPEAKERS) | st.text(max_size=200),
    st.sampled_from(["via Amaq", "AP", "officials", "a doctor"]) | st.text(max_size=30),
)
def test_plural_name_reads_the_speaker_before_an_aside(name, aside):
    # "Islamic State (via Amaq)" agrees as "Islamic State" does, whatever the name.
    assert wording_module.plural_name(f"{name} ({aside})") is wording_module.plural_name(name)


@given(
    st.from_regex(r"[A-Za-z]{1,10}", fullmatch=True), st.from_regex(r"[a-z]{1,10}", fullmatch=True)
)
def test_joined_speakers_are_plural(first, second):
    assert wording_module.plural_name(f"{first} and {second}") is True


def test_plural_name_is_fast_on_adversarial_input():
    assert wording_module.plural_name("a" * 100_000 + "s") is True
    assert wording_module.plural_name("Of " * 30_000) is False


@pytest.mark.parametrize(
    ("source", "kind", "expected"),
    [
        ("Afghan officials", "official", "Afghan officials (official) believe Taliban did it"),
        ("residents", "witness", "residents (witness) believe Taliban did it"),
        ("the governor", "official", "the governor (official) believes Taliban did it"),
    ],
)
def test_attribution_explanations_agree_with_the_speaker(source, kind, expected):
    believed = att("Taliban", "believed", source=source, kind=kind)
    claimed = att("Islamic State", "claimed", source="Amaq", kind="militant")
    (x,) = run(believed, claimed).contradictions
    assert expected in x.explanation


def test_plural_militant_speakers_speak_for_the_perpetrator():
    boast = fig(30, source="the militants", kind="militant")
    (note,) = run(boast).notes
    assert note.explanation.startswith("the militants (militant) speak for the perpetrator (say 30")


def test_a_plural_speaker_revises_in_the_plural():
    first = fig(15, source="police", kind="official", doc="d")
    rose = fig(21, source="police", kind="official", doc="d", revision=True)
    (note,) = run(first, rose).notes
    assert note.explanation.startswith("police (official) revise the number of people killed")


def test_of_two_revisions_the_later_one_wins():
    first = fig(10, doc="d", revision=True)
    second = fig(20, doc="d", revision=True)
    result = run(first, second)
    assert result.contradictions == ()
    assert "from 10" in result.notes[0].explanation
