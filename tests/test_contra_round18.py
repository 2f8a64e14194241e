"""Contradictions, round eighteen: places, name renderings, series, and reports of a siege.

Each grammar writes a phenomenon as another outlet would tell another attack (invented
places, groups and speakers), reads it with the whole library, and checks what the rules
make of it; each has a control that differs only in the phenomenon's words and is flagged.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, analyze
from claimrecon.models import Severity
from tests.builders import att
from tests.rulecases import run

DAY = dt.date(2031, 5, 5)
"""The day after the attacks of the grammars: no report of the attack's own day."""
WORDS = {12: "twelve", 14: "fourteen", 15: "fifteen", 20: "twenty"}


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def capital(text: str) -> str:
    return text[0].upper() + text[1:]


def contradictions(*texts: str) -> tuple:
    docs = [Document(id=f"d{i}", text=t, published=DAY) for i, t in enumerate(texts)]
    return analyze(docs).contradictions


OPENING = "Gunmen attacked a market in Velka on Sunday."


# --- a nationality after a place preposition names the place, not the dead -----------------

PLACED = st.sampled_from(
    [
        "The attack killed {n} in a Swiss town, {said}.",
        "Gunmen killed {n} at the Swiss border, {said}.",
        "A bomb killed {n} at a southern Swiss station, {said}.",
        "Gunmen killed {n} near the Swiss frontier, {said}.",
    ]
)
NAMED = st.sampled_from(
    [
        "{n} Swiss were killed, {said}.",
        "The attack killed {n} Swiss people, {said}.",
    ]
)
SAID = st.sampled_from(["police said", "the governor said", "officials said"])


@settings(max_examples=12, deadline=None)
@given(data=st.data(), placed=st.booleans())
def test_a_nationality_after_a_place_preposition_is_no_part_of_the_toll(data, placed):
    """ "12 killed in a Swiss town" against "20 killed": rivals; "12 Swiss killed" is a part."""
    grammar = PLACED if placed else NAMED
    told = data.draw(grammar).format(n=number(data.draw, 12), said=data.draw(SAID))
    other = f"{OPENING} Twenty people were killed, the mayor said."
    found = contradictions(f"{OPENING} {capital(told)}", other)
    assert bool(found) is placed


# --- renderings of one transliterated name are one actor ------------------------------------

RENDERINGS = st.sampled_from(
    [
        ("Lashkar-e-Dunmar", "Lashkar-i-Dunmar"),
        ("Lashkar-e-Dunmar", "Lashkar e Dunmar"),
        ("Tehreek-e-Okvara", "Tehrik-i-Okvara"),
        ("Jamaat-ul-Velka", "Jamat ul Velka"),
        ("Harkat-ul-Zelva", "Harkat al-Zelva"),
    ]
)


@given(names=RENDERINGS, stance=st.sampled_from(["claimed", "asserted"]))
def test_renderings_of_one_name_are_no_rival_perpetrators(names, stance):
    first, second = names
    report = run(att(first, stance, doc="d1"), att(second, stance, doc="d2"))
    assert not [c for c in report.contradictions if c.severity is Severity.HARD]


@given(names=RENDERINGS)
def test_two_groups_of_one_family_name_are_still_rivals(names):
    """A rendering key keeps the words of the name: another group stays another."""
    first, _ = names
    other = first.rsplit("-", 1)[0].rsplit(" ", 1)[0] + "-Kessar"
    report = run(att(first, "claimed", doc="d1"), att(other, "claimed", doc="d2"))
    assert [c for c in report.contradictions if c.severity is Severity.HARD]


# --- one act of a series counts a site: a part of the event's toll --------------------------

BOMBED = "Bombers struck a market in Velka on Sunday."
TOLL = "The attack killed 30 people, the governor said."
SERIES = st.sampled_from(
    [
        "{n} people were killed in one of the twin blasts, {said}.",
        "The second of three explosions killed {n} people, {said}.",
        "{said} one of the blasts killed {n} people.",
        "{n} people died in the first of the two coordinated bombings, {said}.",
    ]
)
WHOLE = st.sampled_from(
    [
        "{n} people were killed in the blast, {said}.",
        "The explosion killed {n} people, {said}.",
    ]
)


@settings(max_examples=12, deadline=None)
@given(data=st.data(), series=st.booleans())
def test_one_act_of_a_series_is_a_part_of_the_toll(data, series):
    grammar = SERIES if series else WHOLE
    told = data.draw(grammar).format(n=number(data.draw, 12), said=data.draw(SAID))
    found = contradictions(f"{BOMBED} {capital(told)}", f"{BOMBED} {TOLL}")
    assert bool(found) is not series


def test_one_of_the_deadliest_attacks_names_no_series():
    """A superlative before the plural places the attack in a history, not in a series."""
    told = "Police said 12 people were killed in one of the deadliest attacks on the town."
    assert contradictions(f"{BOMBED} {told}", f"{BOMBED} {TOLL}")


# --- a report written while the attack went on gives early counts ---------------------------

ONGOING = st.sampled_from(
    [
        "The siege was continuing late on Sunday.",
        "Gunmen were still holed up inside the hotel.",
        "The assault on the hotel is still under way, police said.",
        "The operation to clear the building was still ongoing.",
    ]
)
OVER = st.sampled_from(
    [
        "The siege ended late on Sunday.",
        "While the siege was under way, the group posted a statement.",
        "The investigation into the attack is still ongoing.",
    ]
)


@settings(max_examples=12, deadline=None)
@given(data=st.data(), ongoing=st.booleans())
def test_a_report_written_during_the_attack_gives_floors(data, ongoing):
    """An outlet's count while gunmen hold a hotel, another's higher count the same day."""
    early = number(data.draw, 12)
    state = data.draw(ONGOING if ongoing else OVER)
    first = (
        f"Gunmen stormed a hotel in Velka on Sunday. {capital(early)} people were killed, "
        f"police said. {state}"
    )
    second = (
        "Gunmen stormed a hotel in Velka on Sunday. Thirty people were killed, the governor said."
    )
    assert bool(contradictions(first, second)) is not ongoing


# --- casualties against the killed and wounded: some telling of the parts may reach it ----------

PARTS = st.sampled_from(
    [
        "{k} people were killed and {w} wounded, {said}.",
        "The blast killed {k} people and wounded {w}, {said}.",
    ]
)


@settings(max_examples=12, deadline=None)
@given(data=st.data(), reached=st.booleans())
def test_casualties_some_telling_of_the_parts_reaches_fit_them(data, reached):
    """ "killed or wounded 70" against "20 killed and 48 wounded": rivals, unless another
    report of the day gives more ("21 killed and more than 50 wounded")."""
    said = data.draw(SAID)
    low = data.draw(PARTS).format(k=20, w=48, said=said)
    texts = [
        f"{BOMBED} The attack killed or wounded at least 70 people, the group said.",
        f"{BOMBED} {capital(low)}",
    ]
    if reached:
        texts.append(
            f"{BOMBED} The blast killed 21 people and wounded more than 50, the mayor said."
        )
    found = [c for c in contradictions(*texts) if "casualties" in c.explanation]
    assert bool(found) is not reached


# --- a figure a later report retells as said on the attack's day is an earlier step ----------

RETOLD = st.sampled_from(
    [
        "Police said on Sunday that {n} people were killed.",
        "On Sunday, the ministry said {n} people had died.",
        "Officials told reporters on Sunday that {n} people were killed.",
    ]
)
TOLD_NOW = st.sampled_from(
    [
        "Police said {n} people were killed on Sunday.",
        "{N} people were killed, police said.",
    ]
)


@settings(max_examples=12, deadline=None)
@given(data=st.data(), retold=st.booleans())
def test_a_count_said_on_the_attacks_day_is_a_step_of_a_later_report(data, retold):
    """A Wednesday report: "police said on Sunday that 12 were killed" against 30 that day."""
    n = number(data.draw, 12)
    told = data.draw(RETOLD if retold else TOLD_NOW).format(n=n, N=capital(n))
    first = f"{OPENING} {told}"
    second = f"{OPENING} Thirty people were killed, the governor said."
    docs = [
        Document(id=f"d{i}", text=t, published=dt.date(2031, 5, 7))
        for i, t in enumerate([first, second])
    ]
    assert bool(analyze(docs).contradictions) is not retold


# --- "in the blast" in a text that names a series of blasts counts one of them -------------

SERIES_NAMED = st.sampled_from(
    [
        "Twin blasts rocked Velka on Sunday.",
        "Three explosions hit Velka on Sunday.",
        "Two suicide bombings struck Velka on Sunday.",
    ]
)


@settings(max_examples=12, deadline=None)
@given(data=st.data(), series=st.booleans())
def test_a_figure_of_the_blast_in_a_text_of_a_series_is_a_part(data, series):
    """ "12 killed in the blast at the gate" after "twin blasts": one act; after one, a rival."""
    opening = data.draw(SERIES_NAMED) if series else "A blast rocked Velka on Sunday."
    n = number(data.draw, 12)
    told = f"{opening} {capital(n)} people were killed in the blast at the gate, police said."
    whole = "A bomb attack hit Velka on Sunday. The attack killed 30 people, the governor said."
    assert bool(contradictions(told, whole)) is not series
