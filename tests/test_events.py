from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.gold import read_gold, score
from claimrecon.models import (
    AttributionClaim,
    DatePrecision,
    Document,
    Event,
    EventKind,
    Figure,
    FigureClaim,
    Metric,
    Report,
    Span,
    Stance,
    Subject,
)
from claimrecon.vocab import Lexicon
from tests.builders import killed_at as figure


def attribution(doc: Document, quote: str, actor: str = "Some Group") -> AttributionClaim:
    start = doc.text.index(quote)
    return AttributionClaim(
        span=Span(doc=doc.id, start=start, end=start + len(quote)),
        quote=quote,
        actor=actor,
        stance=Stance.CLAIMED,
    )


def event_of(report: Report, claim_id: str) -> Event:
    (event,) = [e for e in report.events if claim_id in e.claims]
    return event


def partition(report: Report) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(e.claims) for e in report.events)


# --- within a document -------------------------------------------------------------------

MARKET = Document(
    id="market",
    published=dt.date(2019, 3, 6),  # a Wednesday
    text=(
        "Bomb attack on Herat market kills 12\n"
        "A suicide bomber struck a crowded market in Herat on Tuesday, killing 12 people.\n"
        "Police said 30 others were wounded. A militant group claimed the attack.\n"
        "In January, a bombing at a mosque in the city killed 7 worshippers.\n"
        "Last month 4 soldiers died in an attack on an army base, while 9 people were "
        "killed in a shooting at a checkpoint.\n"
        "The United Nations said 1,200 civilians were killed in the first six months of 2018.\n"
        "Officials said 5 more people died in hospital."
    ),
)


def market_report() -> tuple[Report, dict[str, FigureClaim | AttributionClaim]]:
    claims = {
        "main12": figure(MARKET, "killing 12 people", 12),
        "head12": figure(MARKET, "kills 12", 12),
        "wounded30": figure(MARKET, "30 others were wounded", 30),
        "claimed": attribution(MARKET, "A militant group claimed the attack"),
        "mosque7": figure(MARKET, "killed 7 worshippers", 7),
        "base4": figure(MARKET, "4 soldiers died", 4),
        "checkpoint9": figure(MARKET, "9 people were killed", 9),
        "un": figure(MARKET, "1,200 civilians were killed", 1200),
        "later5": figure(MARKET, "5 more people died", 5),
    }
    return Report(documents=(MARKET,), claims=tuple(claims.values())), claims


def test_main_event_from_headline_and_lead() -> None:
    report, claims = market_report()
    grouped = group_events(report)
    main = event_of(grouped, claims["main12"].id)
    assert main.date == dt.date(2019, 3, 5)
    assert main.date_precision is DatePrecision.DAY
    assert main.location == "Herat"
    assert main.target is not None and main.target.endswith("market")
    assert main.kind is EventKind.ATTACK
    for name in ("head12", "wounded30", "claimed", "later5"):
        assert claims[name].id in main.claims, name


def test_background_events_by_time_and_target() -> None:
    report, claims = market_report()
    grouped = group_events(report)
    main = event_of(grouped, claims["main12"].id)
    mosque = event_of(grouped, claims["mosque7"].id)
    base = event_of(grouped, claims["base4"].id)
    checkpoint = event_of(grouped, claims["checkpoint9"].id)
    assert len({main.id, mosque.id, base.id, checkpoint.id}) == 4
    assert (mosque.date, mosque.date_precision) == (dt.date(2019, 1, 1), DatePrecision.MONTH)
    assert base.date == dt.date(2019, 2, 1)
    assert checkpoint.target == "checkpoint"


def test_aggregates_join_no_event() -> None:
    report, claims = market_report()
    grouped = group_events(report)
    assert grouped.aggregates == (claims["un"].id,)
    assert all(claims["un"].id not in e.claims for e in grouped.events)


def test_paragraph_follows_its_background_event() -> None:
    doc = Document(
        id="d",
        published=dt.date(2018, 5, 30),
        text=(
            "Gunmen attack ministry in Kabul\n"
            "Gunmen stormed the interior ministry on Wednesday, killing 3 guards.\n"
            "In January, an ambulance bomb exploded in the city. It killed 100 people.\n"
            "The attackers were all killed, 7 in total according to police."
        ),
    )
    main = figure(doc, "killing 3 guards", 3)
    carried = figure(doc, "It killed 100 people", 100)
    report = group_events(Report(documents=(doc,), claims=(main, carried)))
    assert event_of(report, main.id).id != event_of(report, carried.id).id
    assert event_of(report, carried.id).date == dt.date(2018, 1, 1)


# --- across documents ------------------------------------------------------------------


def embassy_doc(
    doc_id: str, published: dt.date, when: str, n: int, place: str = "Kabul"
) -> Document:
    return Document(
        id=doc_id,
        published=published,
        text=(
            f"Attack on embassy in {place}\n"
            f"Gunmen attacked the Iraqi embassy in {place} {when}, killing {n} people.\n"
            f"In April, an airstrike on a village killed {n + 10} people."
        ),
    )


def test_same_event_across_outlets_is_one_event() -> None:
    a = embassy_doc("a", dt.date(2017, 8, 1), "on July 31st", 2)
    b = embassy_doc("b", dt.date(2017, 8, 10), "at the end of July", 5)
    claims = (
        figure(a, "killing 2 people", 2),
        figure(b, "killing 5 people", 5),
        figure(a, "killed 12 people", 12),
        figure(b, "killed 15 people", 15),
    )
    report = group_events(Report(documents=(a, b), claims=claims))
    assert len(report.events) == 2
    main = event_of(report, claims[0].id)
    assert claims[1].id in main.claims
    assert main.documents == ("a", "b")
    assert (main.date, main.date_precision) == (dt.date(2017, 7, 31), DatePrecision.DAY)
    strike = event_of(report, claims[2].id)
    assert claims[3].id in strike.claims
    assert strike.kind is EventKind.STRIKE


def test_dates_that_cannot_both_hold_stay_apart() -> None:
    a = embassy_doc("a", dt.date(2017, 8, 1), "on Monday", 2)
    b = embassy_doc("b", dt.date(2017, 8, 16), "on Monday", 2)
    claims = (figure(a, "killing 2 people", 2), figure(b, "killing 2 people", 2))
    report = group_events(Report(documents=(a, b), claims=claims))
    first, second = (event_of(report, c.id) for c in claims)
    assert first.id != second.id
    assert {first.date, second.date} == {dt.date(2017, 7, 31), dt.date(2017, 8, 14)}


def test_other_place_stays_apart() -> None:
    a = embassy_doc("a", dt.date(2017, 8, 1), "on July 31st", 2, place="Kabul")
    b = embassy_doc("b", dt.date(2017, 8, 1), "on July 31st", 2, place="Baghdad")
    claims = (figure(a, "killing 2 people", 2), figure(b, "killing 2 people", 2))
    report = group_events(Report(documents=(a, b), claims=claims))
    assert event_of(report, claims[0].id).id != event_of(report, claims[1].id).id


def test_undated_document_keeps_relative_dates_unresolved() -> None:
    doc = Document(id="u", text="Gunmen attacked the embassy on Monday, killing 4 people.")
    claim = figure(doc, "killing 4 people", 4)
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.date is None and event.claims == (claim.id,)


def test_claim_of_unknown_document_still_grouped() -> None:
    claim = FigureClaim(
        span=Span(doc="ghost", start=0, end=3),
        quote="two",
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(2),
    )
    report = group_events(Report(claims=(claim,)))
    assert [e.claims for e in report.events] == [(claim.id,)]


# --- measured on the seeds ---------------------------------------------------------------


def test_seed_events_from_gold_claims(seeds_dir: Path) -> None:
    gold = read_gold(seeds_dir / "gold.json")
    claims_only = gold.to_report().model_copy(update={"events": (), "aggregates": ()})
    scores = score(gold, group_events(claims_only))
    assert scores.events_bcubed_f1 >= 0.9
    assert scores.event_dates.total >= 4
    assert scores.event_dates.right == scores.event_dates.total


# --- properties --------------------------------------------------------------------------

SENTENCES = [
    "Gunmen attacked the embassy in Kabul on Monday, killing 5 people.",
    "A bomb hit a market in Herat on Tuesday and 3 people died.",
    "In January, an ambulance bomb killed 100 people.",
    "This winter 12 soldiers were killed in an attack on an army base.",
    "Police said 7 officers were wounded.",
    "In 2014, the group killed 40 people.",
    "The UN said 1,662 civilians were killed in the first six months of 2017.",
    "The group claimed the attack, while 2 guards died at a checkpoint.",
    "Officials said the toll rose to 9.",
    "Last month an airstrike killed 20 fighters.",
    "KABUL, Afghanistan (AP) - Gunmen stormed a hotel in the Afghan capital overnight, "
    "killing 18 people, officials said on Sunday.",
    "MOGADISHU (Reuters) - A bomb hit a market in the Somali capital on Saturday, killing 7, "
    "police told Reuters on Sunday.",
    "The siege ended after 4 soldiers died in the operation.",
    "A similar attack on a village in Herat killed 5 people.",
    "The toll so far stands at 30, the deadliest since 2015.",
    "Gunmen killed 30 villagers in a raid in Kandahar, residents said on Tuesday.",
    "Fighters attacked a village in Kandahar on Monday night, killing 37 people.",
]


@st.composite
def reports(draw: st.DrawFn) -> Report:
    n_docs = draw(st.integers(min_value=1, max_value=4))
    documents = []
    claims: list[FigureClaim | AttributionClaim] = []
    for i in range(n_docs):
        picked = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
        headers = [
            "Attack in Kabul",
            "Market bombing",
            "News",
            "Coalition Strike on Market Kills 14",
        ]
        lines = [draw(st.sampled_from(headers))]
        lines.extend(picked)
        published = draw(
            st.none() | st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2020, 1, 1))
        )
        doc = Document(id=f"doc{i}", text="\n".join(lines), published=published)
        documents.append(doc)
        offset = len(lines[0]) + 1
        for line in picked:
            if draw(st.booleans()):
                a = draw(st.integers(min_value=0, max_value=len(line) - 1))
                b = draw(st.integers(min_value=a + 1, max_value=len(line)))
                span = Span(doc=doc.id, start=offset + a, end=offset + b)
                claims.append(
                    FigureClaim(
                        span=span,
                        quote=doc.text[span.start : span.end],
                        metric=Metric.KILLED,
                        subject=Subject.PEOPLE,
                        figure=Figure.exact(draw(st.integers(min_value=0, max_value=99))),
                    )
                )
            offset += len(line) + 1
    return Report(documents=tuple(documents), claims=tuple(claims))


@given(reports())
def test_every_claim_in_exactly_one_event_or_aggregate(report: Report) -> None:
    grouped = group_events(report)
    placed = Counter(c for e in grouped.events for c in e.claims)
    placed.update(grouped.aggregates)
    assert placed == Counter({c.id: 1 for c in report.claims})
    assert all(e.claims for e in grouped.events)
    assert len({e.id for e in grouped.events}) == len(grouped.events)


@given(reports(), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_order(report: Report, rnd) -> None:
    documents, claims = list(report.documents), list(report.claims)
    rnd.shuffle(documents)
    rnd.shuffle(claims)
    shuffled = Report(documents=tuple(documents), claims=tuple(claims))
    assert group_events(report).events == group_events(shuffled).events
    assert group_events(report).aggregates == group_events(shuffled).aggregates


@given(reports())
def test_grouping_is_idempotent(report: Report) -> None:
    once = group_events(report)
    twice = group_events(once)
    assert twice.events == once.events
    assert twice.aggregates == once.aggregates
    again = group_events(Report(documents=once.documents, claims=once.claims))
    assert again.events == once.events


def test_definite_other_target_is_the_main_event_told_again() -> None:
    doc = Document(
        id="d",
        published=dt.date(2019, 3, 6),
        text=(
            "Gunmen attacked a police station in Kandahar on Monday, killing 4 officers.\n"
            "The police headquarters was damaged and 2 officers died there.\n"
            "An attack on a checkpoint killed 3 soldiers."
        ),
    )
    main = figure(doc, "killing 4 officers", 4)
    told_again = figure(doc, "2 officers died", 2)
    other = figure(doc, "killed 3 soldiers", 3)
    report = group_events(Report(documents=(doc,), claims=(main, told_again, other)))
    assert event_of(report, told_again.id).id == event_of(report, main.id).id
    assert event_of(report, other.id).id != event_of(report, main.id).id


def test_counts_since_a_date_or_over_a_year_are_aggregates() -> None:
    doc = Document(
        id="d",
        published=dt.date(2019, 3, 6),
        text=(
            "A bomb hit a market in Herat on Monday, killing 9 people.\n"
            "Since January, 300 civilians have been killed in the province.\n"
            "In 2017, 3,438 civilians were killed.\n"
            "In 2016, a bombing at a mosque killed 30 worshippers."
        ),
    )
    since = figure(doc, "300 civilians have been killed", 300)
    year = figure(doc, "3,438 civilians were killed", 3438)
    mosque = figure(doc, "killed 30 worshippers", 30)
    report = group_events(Report(documents=(doc,), claims=(since, year, mosque)))
    assert set(report.aggregates) == {since.id, year.id}
    mosque_event = event_of(report, mosque.id)
    assert (mosque_event.date, mosque_event.date_precision) == (
        dt.date(2016, 1, 1),
        DatePrecision.YEAR,
    )


def test_same_day_same_place_merges_when_one_names_no_target() -> None:
    a = Document(
        id="a",
        published=dt.date(2019, 3, 5),
        text="A suicide bomber killed 20 people in Kabul on Monday.",
    )
    b = Document(
        id="b",
        published=dt.date(2019, 3, 5),
        text="A suicide bomber struck a market in Kabul on Monday, killing 22 people.",
    )
    first, second = figure(a, "killed 20 people", 20), figure(b, "killing 22 people", 22)
    report = group_events(Report(documents=(a, b), claims=(first, second)))
    assert event_of(report, first.id).id == event_of(report, second.id).id


def test_separate_attack_is_another_event() -> None:
    doc = Document(
        id="d",
        published=dt.date(2019, 3, 6),
        text=(
            "Gunmen attacked a market in Herat on Tuesday, killing 6 people.\n"
            "In a separate attack, 5 policemen were killed. Officials said "
            "3 more were wounded there."
        ),
    )
    main = figure(doc, "killing 6 people", 6)
    separate = figure(doc, "5 policemen were killed", 5)
    carried = figure(doc, "3 more were wounded", 3)
    report = group_events(Report(documents=(doc,), claims=(main, separate, carried)))
    assert event_of(report, separate.id).id != event_of(report, main.id).id
    assert event_of(report, carried.id).id == event_of(report, separate.id).id


def test_adversarial_text_does_not_hang() -> None:
    # Long runs of capitalised words, targets, periods and clause breaks in one sentence.
    text = (
        "In Kabul Kabul Kabul Kabul, " * 2000
        + "an attack on the embassy; " * 2000
        + "in the first six months of the year, while " * 2000
        + "killing 5 people"
    )
    doc = Document(id="big", text=text, published=dt.date(2020, 1, 1))
    claim = figure(doc, "killing 5 people", 5)
    report = group_events(Report(documents=(doc,), claims=(claim,)))
    placed = [c for e in report.events for c in e.claims] + list(report.aggregates)
    assert placed == [claim.id]


def test_a_development_days_later_stays_with_the_main_event() -> None:
    doc = Document(
        id="d",
        published=dt.date(2019, 3, 7),
        text=(
            "Gunmen stormed a hotel in Nairobi on Monday, killing 14 people.\n"
            "Security forces ended the siege on Wednesday, killing all 5 attackers.\n"
            "On Tuesday, a bomb at a bus station killed 3 people."
        ),
    )
    main = figure(doc, "killing 14 people", 14)
    later = figure(doc, "killing all 5 attackers", 5)
    other = figure(doc, "killed 3 people", 3)
    report = group_events(Report(documents=(doc,), claims=(main, later, other)))
    assert event_of(report, later.id).id == event_of(report, main.id).id
    assert event_of(report, other.id).id != event_of(report, main.id).id


def test_lexicon_extension_adds_targets() -> None:
    from claimrecon.vocab import Lexicon

    doc = Document(
        id="d",
        published=dt.date(2019, 3, 6),
        text=(
            "Gunmen attacked a market in Herat on Tuesday, killing 6 people.\n"
            "Police said a bomb killed 2 guards at a pumping station nearby."
        ),
    )
    main = figure(doc, "killing 6 people", 6)
    guards = figure(doc, "killed 2 guards", 2)
    report = Report(documents=(doc,), claims=(main, guards))
    plain = group_events(report)
    assert event_of(plain, guards.id).id == event_of(plain, main.id).id
    lexicon = Lexicon.default().extend({"events": {"targets": {"pumping station": "pump"}}})
    extended = group_events(report, lexicon=lexicon)
    assert event_of(extended, guards.id).target == "pumping station"
    assert event_of(extended, guards.id).id != event_of(extended, main.id).id


def test_seed_events_from_extracted_claims(seeds_dir: Path) -> None:
    from claimrecon.pipeline import extract_report

    gold = read_gold(seeds_dir / "gold.json")
    scores = score(gold, group_events(extract_report(gold.documents())))
    assert scores.events_bcubed_f1 >= 0.9
    assert scores.event_dates.total >= 4
    assert scores.event_dates.right == scores.event_dates.total


def test_piece_written_long_after_keeps_its_main_event() -> None:
    doc = Document(
        id="late",
        published=dt.date(2017, 10, 20),
        text=(
            "Looking back at the embassy siege\n"
            "The July 31st attack on the Iraqi embassy in Kabul killed 2 people.\n"
            "Officials later said 5 others were wounded.\n"
            "In April, an airstrike killed 90 fighters."
        ),
    )
    killed = figure(doc, "killed 2 people", 2)
    wounded = figure(doc, "5 others were wounded", 5)
    strike = figure(doc, "killed 90 fighters", 90)
    report = group_events(Report(documents=(doc,), claims=(killed, wounded, strike)))
    main = event_of(report, killed.id)
    assert wounded.id in main.claims
    assert (main.date, main.date_precision) == (dt.date(2017, 7, 31), DatePrecision.DAY)
    assert strike.id not in main.claims


def test_an_attack_told_as_a_battle_is_one_event_but_not_a_strike() -> None:
    a = Document(
        id="a",
        published=dt.date(2019, 1, 16),
        text="Gun battle at Nairobi hotel\nGunmen fought police at a hotel in Nairobi on "
        "Tuesday, killing 14 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2019, 1, 16),
        text="Attack on Nairobi hotel\nMilitants attacked a hotel in Nairobi on Tuesday, "
        "killing 15 people.",
    )
    c = Document(
        id="c",
        published=dt.date(2019, 1, 16),
        text="Airstrike on Nairobi hotel\nAn airstrike hit a hotel in Nairobi on Tuesday, "
        "killing 3 people.",
    )
    claims = (
        figure(a, "killing 14 people", 14),
        figure(b, "killing 15 people", 15),
        figure(c, "killing 3 people", 3),
    )
    report = group_events(Report(documents=(a, b, c), claims=claims))
    first, second, third = (event_of(report, x.id) for x in claims)
    assert first.id == second.id
    assert first.kind is EventKind.ATTACK
    assert third.id != first.id


# --- round 2: wire-style phrasing ----------------------------------------------------------

SAT = dt.date(2024, 3, 16)  # a Saturday; published the Tuesday after
TUE = dt.date(2024, 3, 19)


def one_doc(text: str, *quotes: str, title: str | None = None) -> tuple[Report, list[FigureClaim]]:
    doc = Document(id="w", title=title, published=TUE, text=text)
    claims = [figure(doc, q) for q in quotes]
    return group_events(Report(documents=(doc,), claims=tuple(claims))), claims


@pytest.mark.parametrize(
    "later",
    [
        "Police said on Monday that 9 others were wounded.",
        "Nine others were wounded, residents said on Monday.",
        "The ministry said in a statement on Monday that 9 others were wounded.",
        "Hospital officials said on Monday 9 others were wounded.",
        "Nine others were wounded, a doctor told Reuters on Monday.",
    ],
)
def test_a_reporting_date_neither_splits_nor_dates_the_event(later: str) -> None:
    text = f"Gunmen attacked a market in Herat on Saturday, killing 6 people.\n{later}"
    report, (main, wounded) = one_doc(text, "killing 6 people", "others were wounded")
    event = event_of(report, main.id)
    assert event_of(report, wounded.id).id == event.id
    assert event.date == SAT


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        (
            "Gunmen killed 6 people at a market in Herat, police said on Monday.",
            "The attack on Saturday evening was the worst in months.",
        ),
        (
            "Six people were killed at a market in Herat, residents said on Monday.",
            "Gunmen stormed the market on Saturday evening.",
        ),
        (
            "An official told Reuters on Monday that 6 people were killed in Herat.",
            "Late on Saturday gunmen arrived at the market.",
        ),
    ],
)
def test_an_event_phrase_dates_an_event_whose_lead_has_only_a_reporting_date(
    lead: str, later: str
) -> None:
    quote = "6 people" if "6 people" in lead else "Six people"
    report, (main,) = one_doc(f"{lead}\n{later}", quote)
    assert event_of(report, main.id).date == SAT


@pytest.mark.parametrize(
    "running",
    [
        "The death toll so far stands at 30.",
        "By then 30 bodies had been recovered.",
        "Until now 30 deaths have been confirmed.",
        "Officials have counted 30 dead to date.",
    ],
)
def test_a_running_count_is_the_event_not_an_aggregate(running: str) -> None:
    text = f"Gunmen raided a village in Borno on Saturday, killing 20 people.\n{running}"
    report, (main, count) = one_doc(text, "killing 20 people", "30")
    assert count.id not in report.aggregates
    assert event_of(report, count.id).id == event_of(report, main.id).id


@pytest.mark.parametrize(
    "period",
    [
        "Militants have killed 2,000 people since 2015.",
        "Militants have killed 2,000 people this year.",
        "Militants killed 2,000 people in the first six months of 2023.",
        "Militants killed 2,000 people over the past decade.",
        "Militants killed 2,000 people during 2019.",
    ],
)
def test_a_count_over_a_period_is_still_an_aggregate(period: str) -> None:
    text = f"Gunmen raided a village in Borno on Saturday, killing 20 people.\n{period}"
    report, (_, count) = one_doc(text, "killing 20 people", "2,000 people")
    assert count.id in report.aggregates


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("MOGADISHU (Reuters) - ", "Mogadishu"),
        ("PESHAWAR, Pakistan \u2014 ", "Peshawar"),
        ("MAIDUGURI, Nigeria (AP) - ", "Maiduguri"),
        ("KABUL, Afghanistan (AP) \u2014 ", "Kabul"),
        ("DERA ISMAIL KHAN, Pakistan (Reuters) - ", "Dera Ismail Khan"),
    ],
)
def test_a_dateline_places_the_main_event(dateline: str, place: str) -> None:
    text = f"{dateline}Gunmen stormed a hotel on Saturday, killing 15 people, police said."
    report, (main,) = one_doc(text, "killing 15 people", title="Gunmen storm hotel")
    assert event_of(report, main.id).location == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Gunmen stormed a hotel in the Somali capital on Saturday, killing 15 people.",
            "Mogadishu",
        ),
        ("Gunmen stormed a hotel in the Afghan capital on Saturday, killing 15 people.", "Kabul"),
        ("Gunmen stormed a hotel in Nigeria's capital on Saturday, killing 15 people.", "Abuja"),
        ("Gunmen raided a Nigerian village in Borno on Saturday, killing 15 people.", "Borno"),
        ("Gunmen raided a Somali village on Saturday, killing 15 people.", None),
    ],
)
def test_a_demonym_is_no_place(sentence: str, place: str | None) -> None:
    report, (main,) = one_doc(sentence, "killing 15 people")
    assert event_of(report, main.id).location == place


@pytest.mark.parametrize(
    "back",
    [
        "Security forces ended the operation on Sunday, and 4 soldiers died.",
        "The raid lasted six hours and 4 soldiers died.",
        "The siege ended after 4 soldiers died.",
        "Officials said the bombing wounded 4 soldiers.",
    ],
)
def test_a_definite_back_reference_stays_in_the_main_event(back: str) -> None:
    text = (
        "Gunmen stormed a hotel in Mogadishu on Saturday, killing 15 people.\n\n"
        "In October, a car bomb at a checkpoint in the city killed 9 soldiers.\n\n"
        f"{back}"
    )
    report, (main, older, later) = one_doc(text, "killing 15 people", "killed 9", "4 soldiers")
    assert event_of(report, later.id).id == event_of(report, main.id).id
    assert event_of(report, older.id).id != event_of(report, main.id).id


@pytest.mark.parametrize(
    "other",
    [
        "A similar attack on a nearby village in Yobe killed 5 people.",
        "A car bomb at a checkpoint in Damaturu killed 5 people.",
        "In a separate attack, gunmen killed 5 people.",
    ],
)
def test_an_indefinite_new_event_elsewhere_is_background(other: str) -> None:
    text = f"Gunmen raided a village in Borno on Saturday, killing 20 people.\n\n{other}"
    report, (main, five) = one_doc(text, "killing 20 people", "5 people")
    assert event_of(report, five.id).id != event_of(report, main.id).id


@pytest.mark.parametrize(
    "lead",
    [
        "An air strike hit a bus at a busy market in Dahyan district on Sunday, killing 12 people.",
        "An airstrike struck a market in Saada on Sunday, hitting a bus and killing 12 people.",
        "A drone strike hit a wedding party at a hotel in Marib on Sunday, killing 12 people.",
    ],
)
def test_what_the_main_event_hit_is_no_second_event(lead: str) -> None:
    text = f"{lead}\nThe strike also wounded 30 people, medics said on Monday."
    report, (main, wounded) = one_doc(text, "12 people", "30 people", title="Air strike kills 12")
    assert len(report.events) == 1
    assert event_of(report, wounded.id).id == event_of(report, main.id).id


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 6 people in a raid on a village in Borno, residents said.\n\n"
        "The raid on January 3 also left 4 people wounded.",
        "Six people were killed in an attack on a market in Herat.\n\n"
        "A bombing at the market on January 3 left 4 people wounded.",
        "Six people were killed when gunmen attacked a hotel in Kabul.\n\n"
        "Police said 4 people were wounded when gunmen attacked the hotel on January 3.",
    ],
)
def test_undated_and_dated_parts_of_one_document_are_one_event(text: str) -> None:
    quote = "6 people" if "6 people" in text else "Six people"
    report, _ = one_doc(text, quote, "4 people")
    assert len(report.events) == 1, report.events


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a hotel in Kabul", "a hotel in Afghanistan"),
        ("a hotel in Afghanistan", "a hotel in the Afghan capital"),
        ("a market in Peshawar", "a market in northwestern Pakistan"),
    ],
)
def test_a_city_lies_within_its_country_across_documents(a: str, b: str) -> None:
    one = Document(
        id="a", published=TUE, text=f"Gunmen attacked {a} on Saturday, killing 15 people."
    )
    two = Document(
        id="b", published=TUE, text=f"Gunmen attacked {b} on Saturday, killing 18 people."
    )
    claims = (figure(one, "killing 15 people", 15), figure(two, "killing 18 people", 18))
    report = group_events(Report(documents=(one, two), claims=claims))
    assert len(report.events) == 1
    assert report.events[0].location not in ("Afghanistan", "Pakistan")


def test_a_city_of_another_country_stays_apart() -> None:
    one = Document(
        id="a",
        published=TUE,
        text="Gunmen attacked a hotel in Kabul on Saturday, killing 15 people.",
    )
    two = Document(
        id="b",
        published=TUE,
        text="Gunmen attacked a hotel in Pakistan on Saturday, killing 18 people.",
    )
    claims = (figure(one, "killing 15 people", 15), figure(two, "killing 18 people", 18))
    assert len(group_events(Report(documents=(one, two), claims=claims)).events) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A" * 5000 + " (Reuters) - " + "B " * 3000,
        "MOGADISHU " * 2000 + "(x" * 2000,
        ("KABUL, " + "Afghan " * 3000) + " capital",
        "in the " + "Somali " * 3000 + "capital",
    ],
)
def test_datelines_and_capitals_are_linear_on_adversarial_text(text: str) -> None:
    doc = Document(id="x", published=TUE, text=text)
    claim = FigureClaim(
        span=Span(doc="x", start=0, end=5),
        quote=text[:5],
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(1),
    )
    report = group_events(Report(documents=(doc,), claims=(claim,)))
    assert sum(len(e.claims) for e in report.events) + len(report.aggregates) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The bombing, which killed 56 people on Saturday, was the worst in the country in "
        "the past decade.",
        "Saturday's attack killed 56 people, the highest toll from a single attack this year.",
        "Gunmen killed 56 people on Saturday, the deadliest attack in the region since 2018.",
        "The blast killed 56 people on Saturday, the bloodiest since January.",
        # the superlative's noun phrase runs long before the period
        "A day after 56 people were killed in Okvara in the deadliest attack on the army by "
        "gunmen from across the border in recent years, Zelvania denied the charge.",
    ],
)
def test_ranking_an_event_against_a_period_is_no_aggregate(text: str) -> None:
    report, (claim,) = one_doc(text, "56 people")
    assert claim.id not in report.aggregates


@pytest.mark.parametrize(
    ("one_text", "two_text"),
    [
        (
            "Gunmen killed 30 villagers in a raid on a village in Borno late on Monday.",
            "Fighters attacked a village in Borno on Monday night, killing 37 people.",
        ),
        (
            "Bandits raided a village in Zamfara on Monday, killing 30 villagers.",
            "Gunmen attacked a village in Zamfara on Monday, killing 37 people.",
        ),
        (
            "At least 30 people died when gunmen raided a village in Borno on Monday.",
            "An attack on a village in Borno on Monday killed 37 people.",
        ),
    ],
)
def test_a_village_raid_by_gunmen_is_the_attack_others_report(one_text: str, two_text: str) -> None:
    one = Document(id="a", published=TUE, text=one_text)
    two = Document(id="b", published=TUE, text=two_text)
    claims = (figure(one, "30", 30), figure(two, "37", 37))
    report = group_events(Report(documents=(one, two), claims=claims))
    assert len(report.events) == 1, report.events


@pytest.mark.parametrize(
    ("one_text", "two_text"),
    [
        (
            "An air strike hit a bus at a busy market in Dahyan on Sunday, killing 12 people.",
            "A coalition airstrike struck a crowded market in Dahyan on Sunday, killing 14 people.",
        ),
        (
            "An airstrike killed 12 people at a market in Saada on Sunday.",
            "Warplanes bombed a market in Saada on Sunday, killing 14 people in an air strike.",
        ),
        (
            "A drone strike on a wedding in Marib on Sunday killed 12 people.",
            "Coalition jets bombed a wedding party in Marib on Sunday, killing 14 guests.",
        ),
    ],
)
def test_a_strike_and_what_it_hit_are_one_event_across_reports(
    one_text: str, two_text: str
) -> None:
    one = Document(id="a", published=TUE, text=one_text)
    two = Document(id="b", published=TUE, text=two_text)
    claims = (figure(one, "12 people", 12), figure(two, "14", 14))
    report = group_events(Report(documents=(one, two), claims=claims))
    assert len(report.events) == 1, report.events
    assert report.events[0].kind is EventKind.STRIKE


@pytest.mark.parametrize(
    "undated",
    [
        "Gunmen killed 30 villagers in a raid on a village in Borno, residents said on Monday.",
        "Thirty villagers were killed when gunmen raided a village in Borno, police said Monday.",
        "An official told Reuters on Monday that gunmen killed 30 villagers in Borno state.",
    ],
)
def test_an_event_dated_only_by_its_report_merges_with_a_dated_report(undated: str) -> None:
    one = Document(id="a", published=TUE, text=undated)
    two = Document(
        id="b",
        published=TUE,
        text="Fighters attacked a village in Borno on Sunday night, killing 37 people.",
    )
    other = Document(
        id="c",
        published=TUE,
        text="Gunmen attacked a village in Kano state, killing 12 people, police said on Monday.",
    )
    quote = "30 villagers" if "30 villagers" in undated else "Thirty villagers"
    claims = (figure(one, quote, 30), figure(two, "37", 37), figure(other, "12", 12))
    report = group_events(Report(documents=(one, two, other), claims=claims))
    assert event_of(report, claims[0].id).id == event_of(report, claims[1].id).id
    assert event_of(report, claims[2].id).id != event_of(report, claims[1].id).id
    # The report's date does not date the event: only the dated report does.
    assert event_of(report, claims[0].id).date == dt.date(2024, 3, 17)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "PESHAWAR, Pakistan (Reuters) - A bomber struck a mosque in Peshawar on Friday, "
            "killing 56 people.",
            "ISLAMABAD (AP) \u2014 A suicide bombing at a mosque in northwest Pakistan killed 63 "
            "worshippers on Friday.",
        ),
        (
            "A bomber struck a mosque in the northwestern city of Peshawar on Friday, killing "
            "56 people.",
            "KARACHI, Pakistan (AP) \u2014 A bombing at a mosque in Pakistan killed 63 people "
            "on Friday.",
        ),
        (
            "A bomber struck a mosque in Peshawar on Friday, killing 56 people.",
            "ISLAMABAD (Reuters) - A bombing at a mosque killed 63 people on Friday.",
        ),
    ],
)
def test_a_city_named_only_in_the_dateline_does_not_split_an_event(a: str, b: str) -> None:
    one = Document(id="a", published=dt.date(2022, 3, 5), text=a)
    two = Document(id="b", published=dt.date(2022, 3, 5), text=b)
    claims = (figure(one, "56", 56), figure(two, "63", 63))
    report = group_events(Report(documents=(one, two), claims=claims))
    assert len(report.events) == 1, report.events
    assert report.events[0].location == "Peshawar"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Gunmen stormed a hotel in Kabul overnight, killing 18 people, officials said on "
            "Sunday.",
            dt.date(2024, 3, 16),
        ),
        (
            "Militants attacked a village in Borno overnight and killed 18 people.",
            dt.date(2024, 3, 18),
        ),
        (
            "At least 18 people were killed late last night when gunmen attacked a hotel in Kabul.",
            dt.date(2024, 3, 18),
        ),
    ],
)
def test_overnight_is_the_night_before_the_report(text: str, day: dt.date) -> None:
    report, (claim,) = one_doc(text, "18 people")
    assert event_of(report, claim.id).date == day


@pytest.mark.parametrize(
    "title",
    [
        "Yemen: Coalition Strike on Market Kills 14",
        "Militant Attack on Market Kills 14",
        "Security Forces Blast Hits Market, Killing 14",
    ],
)
def test_a_title_case_headline_names_no_place_before_a_kind_word(title: str) -> None:
    doc = Document(
        id="t", title=title, published=TUE, text="A strike hit a market on Sunday, killing 14."
    )
    report = group_events(Report(documents=(doc,), claims=(figure(doc, "killing 14", 14),)))
    assert report.events[0].location in (None, "Yemen")


@pytest.mark.parametrize(
    "text",
    [
        "Somali forces ended the siege of a hotel in Mogadishu on Sunday; the attack began "
        "on Saturday evening and killed 20 people.",
        "Security forces ended the siege of a Mogadishu hotel on Sunday. Gunmen stormed "
        "the hotel in Mogadishu on Saturday evening, killing 20 people.",
        "The siege of a hotel in Mogadishu ended on Sunday.\nGunmen had stormed the hotel "
        "late on Saturday, killing 20 people.",
    ],
)
def test_a_lead_told_from_its_end_dates_the_event_from_its_start(text: str) -> None:
    report, (claim,) = one_doc(text, "20 people")
    assert len(report.events) == 1
    assert event_of(report, claim.id).date == SAT


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A roadside bomb killed 4 police officers in southern Helmand on Saturday.", "Helmand"),
        (
            "A roadside bomb killed 4 police officers in the restive Swat valley on Saturday.",
            "Swat",
        ),
        ("A roadside bomb killed 4 police officers in northeastern Borno on Saturday.", "Borno"),
    ],
)
def test_a_direction_before_a_place_is_no_part_of_it(sentence: str, place: str) -> None:
    report, (claim,) = one_doc(sentence, "4 police officers")
    assert event_of(report, claim.id).location == place


@pytest.mark.parametrize(
    "later",
    [
        "Security forces ended a siege at a hotel in Mogadishu on Sunday; 21 people died.",
        "Twenty-one people died in an attack on a hotel in Mogadishu that ended on Sunday.",
        "A hotel attack in Mogadishu on Sunday left 21 people dead.",
    ],
)
def test_reports_a_day_apart_on_one_target_and_place_are_one_event(later: str) -> None:
    one = Document(
        id="a",
        published=TUE,
        text="Gunmen stormed a hotel in Mogadishu on Saturday evening, killing 15 people.",
    )
    two = Document(id="b", published=TUE, text=later)
    quote = "21 people" if "21 people" in later else "Twenty-one people"
    claims = (figure(one, "15 people", 15), figure(two, quote, 21))
    report = group_events(Report(documents=(one, two), claims=claims))
    assert len(report.events) == 1, report.events
    assert report.events[0].date == SAT


def test_reports_two_days_apart_stay_apart() -> None:
    one = Document(
        id="a", published=TUE, text="Gunmen stormed a hotel in Mogadishu on Saturday, killing 15."
    )
    two = Document(
        id="b", published=TUE, text="Gunmen stormed a hotel in Mogadishu on Monday, killing 21."
    )
    claims = (figure(one, "killing 15", 15), figure(two, "killing 21", 21))
    assert len(group_events(Report(documents=(one, two), claims=claims)).events) == 2


# --- issue 11: places, dates of statements and stamps, evidence of merges --------------

HIT = ["hotel", "cafe", "college", "university", "market", "mosque"]
CITY = [("Nairobi", "Kenya"), ("Kabul", "Afghanistan"), ("Mogadishu", "Somalia")]
RELATED = {
    frozenset({a, b})
    for a, others in Lexicon.default().events.target_relations.items()
    for b in others
}


def siege_doc(doc_id: str, target: str, place: str, when: str, n: int, lead: str = "") -> Document:
    return Document(
        id=doc_id,
        published=dt.date(2019, 1, 16),
        text=f"{lead}Gunmen attacked a {target} in {place} {when}, killing {n} people.",
    )


@given(st.sampled_from(HIT), st.sampled_from(HIT), st.sampled_from(CITY), st.booleans())
def test_main_events_of_one_day_and_city_merge_whatever_they_name_first(
    first: str, second: str, city: tuple[str, str], country_only: bool
) -> None:
    a = siege_doc("a", first, city[0], "on Tuesday", 5)
    # The other report names only the country: a city lies within it.
    b = siege_doc("b", second, city[1] if country_only else city[0], "on Tuesday", 6)
    claims = (figure(a, "killing 5 people", 5), figure(b, "killing 6 people", 6))
    report = group_events(Report(documents=(a, b), claims=claims))
    one = event_of(report, claims[0].id).id == event_of(report, claims[1].id).id
    # Different targets merge only in one city; the same target, or targets that may
    # name one site (the lexicon's target relations), also in its country.
    related = frozenset({first, second}) in RELATED
    assert one == (first == second or related or not country_only)
    if one:
        event = event_of(report, claims[0].id)
        assert len(event.evidence) == 1 and "same" in event.evidence[0]
        assert event.place is not None and event.place.latitude is not None


@given(st.sampled_from(HIT), st.sampled_from(["Kandahar", "Garissa", "Baidoa"]))
def test_main_events_in_two_cities_stay_apart(target: str, other: str) -> None:
    a = siege_doc("a", target, "Kabul", "on Tuesday", 5)
    b = siege_doc("b", target, other, "on Tuesday", 6)
    claims = (figure(a, "killing 5 people", 5), figure(b, "killing 6 people", 6))
    report = group_events(Report(documents=(a, b), claims=claims))
    assert event_of(report, claims[0].id).id != event_of(report, claims[1].id).id


@pytest.mark.parametrize(
    "stamp", ["January 15, 2019\n\n", "Tue, 15 Jan 2019 00:00 UTC\n\n", "Updated January 16\n\n"]
)
def test_a_stamp_line_is_no_event_date(stamp: str) -> None:
    doc = siege_doc("a", "hotel", "Nairobi", "on Monday", 5, lead=stamp)
    claim = figure(doc, "killing 5 people", 5)
    event = group_events(Report(documents=(doc,), claims=(claim,))).events[0]
    assert event.date == dt.date(2019, 1, 14)


@pytest.mark.parametrize("verb", ["raised", "revised", "said"])
def test_a_statement_date_before_its_verb_is_no_event_date(verb: str) -> None:
    doc = Document(
        id="a",
        published=dt.date(2019, 1, 18),
        text=(
            f"Officials on January 18 {verb} the toll from the hotel attack in Nairobi.\n"
            "Gunmen attacked the hotel on Tuesday, killing 21 people."
        ),
    )
    claim = figure(doc, "killing 21 people", 21)
    event = group_events(Report(documents=(doc,), claims=(claim,))).events[0]
    assert event.date == dt.date(2019, 1, 15)


def test_an_undated_report_joins_the_event_of_the_days_before_its_publication() -> None:
    dated = siege_doc("a", "hotel", "Nairobi", "on Tuesday", 5)
    undated = Document(
        id="b",
        published=dt.date(2019, 1, 16),
        text="Gunmen attacked a hotel in Nairobi, killing 6 people.",
    )
    late = Document(
        id="c",
        published=dt.date(2019, 3, 1),
        text="Gunmen attacked a hotel in Nairobi, killing 7 people.",
    )
    claims = (
        figure(dated, "killing 5 people", 5),
        figure(undated, "killing 6 people", 6),
        figure(late, "killing 7 people", 7),
    )
    report = group_events(Report(documents=(dated, undated, late), claims=claims))
    first, second, third = (event_of(report, c.id).id for c in claims)
    assert first == second != third


def test_the_response_to_an_attack_is_neither_its_target_nor_its_kind() -> None:
    doc = Document(
        id="a",
        published=dt.date(2015, 4, 2),
        text=(
            "Gunmen attack university\n"
            "A security operation was continuing on Thursday after gunmen stormed a "
            "university in Garissa, killing 15 people."
        ),
    )
    claim = figure(doc, "killing 15 people", 15)
    event = group_events(Report(documents=(doc,), claims=(claim,))).events[0]
    assert event.kind is EventKind.ATTACK and event.target == "university"


def test_extraction_and_events_read_a_document_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One context a document, shared by extraction and the events: split once, read once.

    The dates found in a sentence are kept in its context, so one context for both stages
    means its sentences' dates are found once too.
    """
    import importlib

    import claimrecon

    # claimrecon.extract is also the name of the extract function on the package.
    segment = importlib.import_module("claimrecon.extract.segment")

    splits: list[str] = []
    made: list[segment.DocContext] = []
    real_split, real_init = segment.split_sentences, segment.DocContext.__post_init__

    def split(text: str) -> list[segment.Sentence]:
        splits.append(text)
        return real_split(text)

    def post_init(ctx: segment.DocContext) -> None:
        made.append(ctx)
        real_init(ctx)

    monkeypatch.setattr(segment, "split_sentences", split)
    monkeypatch.setattr(segment.DocContext, "__post_init__", post_init)
    text = (
        "Gunmen stormed a hotel in Nairobi on Tuesday, killing 21 people, police said. "
        "Al-Shabaab claimed the attack on Wednesday. The siege ended on Wednesday."
    )
    doc = Document(id="once", text=text, published=dt.date(2019, 1, 16))
    report = claimrecon.analyze([doc])
    assert report.claims
    (event,) = [e for e in report.events if e.target == "hotel"]
    assert event.date == dt.date(2019, 1, 15)  # the dates were read, in that one context
    assert splits == [text]
    assert [ctx.document for ctx in made] == [doc]
    assert segment.doc_context(doc, Lexicon.default()) is made[0]
