"""Phenomena of attacks read blind: splits of one attack and contradictions that are none.

- A blame told with its day before what it blames ("blamed the Okvara Front on Monday for
  the bombing that killed six"): the day is the blame's, not the bombing's.
- "an area of the <demonym> capital": the capital is where it happened, whatever noun
  stands before "of".
- An aside about a party opened after a clause of its own (", accusing the group who
  ruled until 2001"): its year is the party's past, no date of the claim before it.
- "Nobody has claimed responsibility": no actor called Nobody.
- Contractors killed are civilians; "nursing injuries" tells the wounded.
- "<armed group> strike <a camp>": the group's verb, an attack, not an air strike.
- "attacked a bus convoy ... and shot dead four": one background event, whichever of the
  clause's targets is nearest a claim; an army base and an air base may be one site.

Groups, towns and numbers are invented; a real country stands only where the lexicon's
capitals or demonyms must know it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrecon
from claimrecon.events import group_events
from claimrecon.models import AttributionClaim, Document, FigureClaim, Metric, Report, Subject
from tests.builders import killed_at

GROUPS = ["the Okvara Front", "Dunmar Brigade militants", "the Velka youth wing"]
BLAMERS = ["blamed", "accused"]
CAUSES = {"blamed": "for", "accused": "of"}
DAYS = ["on Monday", "on Tuesday"]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(GROUPS), st.sampled_from(BLAMERS), st.sampled_from(DAYS))
def test_a_blame_day_before_what_it_blames_does_not_date_the_attack(
    group: str, verb: str, day: str
) -> None:
    lead = "A bomb exploded on a busy avenue in Dunmar on Sunday, killing six people."
    later = (
        f"Zelvania {verb} {group} {day} {CAUSES[verb]} the explosion that killed six people "
        "and police detained 40 people."
    )
    doc = Document(id="d", text=f"{lead}\n\n{later}", published=dt.date(2022, 11, 15))
    claims = (killed_at(doc, "killing six people", 6), killed_at(doc, "killed six people", 6))
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert event.date == dt.date(2022, 11, 13)


def test_a_day_before_for_with_no_blame_still_dates_the_event() -> None:
    text = "Gunmen stormed a hotel in Dunmar on Sunday for the second time, killing six people."
    doc = Document(id="d", text=text, published=dt.date(2022, 11, 15))
    claim = killed_at(doc, "killing six people", 6)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date == dt.date(2022, 11, 13)


@pytest.mark.parametrize(
    "phrase",
    [
        "in an area of the Malian capital",
        "in a district of the Malian capital",
        "in the heart of the Malian capital",
    ],
)
def test_of_the_demonym_capital_names_the_capital(phrase: str) -> None:
    text = f"Bombs planted outside a school {phrase} killed 30 people on Saturday."
    doc = Document(id="d", text=text, published=dt.date(2021, 5, 9))
    claim = killed_at(doc, "killed 30 people", 30)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.location == "Bamako"


@settings(max_examples=15, deadline=None)
@given(st.integers(1995, 2010), st.sampled_from(["accusing", "blaming", "naming"]))
def test_a_party_aside_after_its_own_clause_does_not_date_the_blame(year: int, verb: str) -> None:
    lead = "A bomb killed 12 people outside a school in Dunmar on Saturday."
    later = (
        "The president put the blame squarely on the Okvara Front, "
        f"{verb} the group who ruled the province prior to the war in October {year} "
        "of waging an illegitimate war."
    )
    doc = Document(id="d", text=f"{lead}\n\n{later}", published=dt.date(2021, 5, 9))
    report = claimrecon.analyze([doc])
    blames = [c for c in report.claims if isinstance(c, AttributionClaim)]
    assert blames
    dated = {e.date for e in report.events if set(e.claims) & {c.id for c in blames}}
    assert all(d is None or d.year != year for d in dated)


@pytest.mark.parametrize("who", ["Nobody", "No one", "Nobody yet"])
def test_nobody_is_no_actor(who: str) -> None:
    text = f"Six people were killed in a blast in Dunmar. {who} has claimed responsibility."
    doc = Document(id="d", text=text, published=dt.date(2022, 11, 14))
    report = claimrecon.extract_report([doc])
    actors = {c.actor.lower() for c in report.claims if isinstance(c, AttributionClaim)}
    assert not {a for a in actors if a.startswith(("nobody", "no one"))}


@pytest.mark.parametrize(
    ("sentence", "metric", "subject", "n"),
    [
        ("One soldier and two contractors were killed in the attack.", "killed", "civilians", 2),
        ("Three contractors died in the attack on the base.", "killed", "civilians", 3),
        ("Two staff members were nursing injuries after the attack.", "wounded", "staff", 2),
        ("Four people are nursing wounds in hospital.", "wounded", "people", 4),
    ],
)
def test_contractors_and_nursing_injuries(sentence: str, metric: str, subject: str, n: int) -> None:
    doc = Document(id="d", text=f"Militants attacked a base in Dunmar. {sentence}")
    figures = [c for c in claimrecon.extract_report([doc]).claims if isinstance(c, FigureClaim)]
    assert any(
        f.metric is Metric(metric) and f.subject is Subject(subject) and f.figure.low == n
        for f in figures
    )


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("Taliban strike army camp in Dunmar", "attack"),
        ("al-Shabaab militants strike military camp in Dunmar", "attack"),
        ("US strike hits army camp in Dunmar", "strike"),
        ("Air strike hits army camp in Dunmar", "strike"),
    ],
)
def test_strike_after_an_armed_group_is_its_verb(headline: str, kind: str) -> None:
    text = "Six soldiers were killed at the camp on Sunday, officials said."
    doc = Document(id="d", text=text, title=headline, published=dt.date(2020, 1, 6))
    claim = killed_at(doc, "Six soldiers were killed", 6)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.kind.value == kind


def test_a_compound_target_tells_one_background_event() -> None:
    lead = "Militants stormed an army base near Dunmar on Sunday, killing three soldiers."
    later = (
        "On Thursday last week, the militants attacked a bus convoy near Dunmar "
        "and shot dead four people."
    )
    doc = Document(id="d", text=f"{lead}\n\n{later}", published=dt.date(2020, 1, 6))
    claims = (
        killed_at(doc, "killing three soldiers", 3),
        killed_at(doc, "attacked a bus", 1),
        killed_at(doc, "shot dead four people", 4),
    )
    events = group_events(Report(documents=(doc,), claims=claims)).events
    assert len(events) == 2


def test_an_air_base_told_in_a_military_base_story_is_its_site() -> None:
    lead = "Militants attacked a military base in Dunmar on Sunday, killing four soldiers."
    later = (
        "The attack on Sunday was repulsed and at least five attackers were killed during "
        "a fierce fire exchange at Okvara Airbase."
    )
    doc = Document(id="d", text=f"{lead}\n\n{later}", published=dt.date(2020, 1, 6))
    claims = (
        killed_at(doc, "killing four soldiers", 4),
        killed_at(doc, "at least five attackers were killed", 5),
    )
    assert len(group_events(Report(documents=(doc,), claims=claims)).events) == 1


def test_two_targets_of_two_kinds_in_a_clause_stay_two_background_events() -> None:
    lead = "A bomb killed six people at a market in Dunmar on Sunday."
    later = (
        "Zelvanian forces have been on an offensive against the Okvara Front. Two senior "
        "commanders have been killed recently in a coalition airstrike and a purported 90 "
        "additional fighters killed in separate operations by Zelvanian forces over the "
        "last two months."
    )
    doc = Document(id="d", text=f"{lead}\n\n{later}", published=dt.date(2018, 4, 2))
    claims = (
        killed_at(doc, "killed six people", 6),
        killed_at(doc, "Two senior commanders have been killed", 2),
        killed_at(doc, "90 additional fighters killed", 90),
    )
    report = group_events(Report(documents=(doc,), claims=claims))
    of = {c: e.id for e in report.events for c in e.claims}
    assert of.get(claims[1].id) != of.get(claims[2].id)


@pytest.mark.parametrize("whole", ["One soldier was killed", "Three soldiers died"])
def test_a_force_counted_by_nationality_is_not_capped_by_another_report(whole: str) -> None:
    first = Document(
        id="a",
        text=f"Militants attacked a base in Dunmar on Sunday. {whole}, the command said.",
        published=dt.date(2020, 1, 5),
    )
    second = Document(
        id="b",
        text="Militants attacked a base in Dunmar on Sunday. The Okvara Front said nine "
        "Malian soldiers were killed in its attack.",
        published=dt.date(2020, 1, 5),
    )
    report = claimrecon.analyze([first, second])
    soldiers = {
        c.id for c in report.claims if isinstance(c, FigureClaim) and c.subject is Subject.SOLDIERS
    }
    assert len(soldiers) == 2
    assert not [x for x in report.contradictions if soldiers <= {i for s in x.sides for i in s}]


@pytest.mark.parametrize(
    ("sentence", "metric", "n"),
    [
        ("Three soldiers died and two Department of Security members were wounded.", "wounded", 2),
        ("Officials said four Ministry of Health workers were killed.", "killed", 4),
        ("Five Bank of Okvara staff were injured in the blast.", "wounded", 5),
    ],
)
def test_of_inside_a_capitalised_name_keeps_the_noun_group(
    sentence: str, metric: str, n: int
) -> None:
    doc = Document(id="d", text=f"Militants attacked a base in Dunmar. {sentence}")
    figures = [c for c in claimrecon.extract_report([doc]).claims if isinstance(c, FigureClaim)]
    ours = [f for f in figures if f.figure.low == n]
    assert ours
    assert all(f.metric is Metric(metric) for f in ours)
