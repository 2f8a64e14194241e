"""Grammars of the event phenomena: what was hit, the response, related targets, scoring.

Each test generates variations of one phenomenon as different outlets would tell
different attacks (targets, places, determiners, modifiers, cue words) and checks the
events they must make.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.events import MERGE_SCORE, group_events
from claimrecon.extract import extract
from claimrecon.models import (
    AttributionClaim,
    Document,
    EventKind,
    FigureClaim,
    Report,
    Span,
    Stance,
)
from claimrecon.vocab import Lexicon
from tests.builders import killed_at

LEX = Lexicon.default().events
LEX_DATES = Lexicon.default().dates
CITIES = [("Kabul", "Afghanistan"), ("Mogadishu", "Somalia"), ("Maiduguri", "Nigeria")]
HIT = ["market", "mosque", "police station", "wedding", "bus"]
LANDMARKS = ["embassy", "hotel", "ministry", "army base", "airport", "stadium"]
BOMBS = ["A car bomb exploded", "A suicide bomber blew himself up", "A blast went off"]
MODIFIERS = ["", "busy ", "Iraqi ", "heavily guarded "]
RELATED = sorted({(a, b) for a, others in LEX.target_relations.items() for b in others})


claim = killed_at


def claimed(doc: Document, quote: str, actor: str) -> AttributionClaim:
    start = doc.text.index(quote)
    return AttributionClaim(
        span=Span(doc=doc.id, start=start, end=start + len(quote)),
        quote=quote,
        actor=actor,
        stance=Stance.CLAIMED,
    )


@given(
    st.sampled_from(BOMBS),
    st.sampled_from(LEX.locator_words),
    st.sampled_from(["the ", "a ", ""]),
    st.sampled_from(MODIFIERS),
    st.sampled_from(LANDMARKS),
    st.sampled_from(CITIES),
    st.integers(2, 90),
)
def test_a_landmark_is_no_target(
    bomb: str,
    locator: str,
    det: str,
    modifier: str,
    landmark: str,
    city: tuple[str, str],
    n: int,
) -> None:
    # "A car bomb exploded not far from the Iraqi embassy in Kabul": where, not what.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"{bomb} {locator} {det}{modifier}{landmark} in {city[0]} on Monday, "
        f"killing {n} people.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, f"killing {n}", n),)))
    (event,) = report.events
    assert event.target is None or landmark not in event.target
    assert event.location == city[0]


@given(
    st.sampled_from(["struck", "hit", "targeted", "tore through"]),
    st.sampled_from(["a gathering of", "a crowd of", "a bus carrying", "dozens of"]),
    st.sampled_from(LANDMARKS),
    st.sampled_from(LEX.victim_nouns),
    st.integers(2, 90),
)
def test_a_victim_description_is_no_target(
    verb: str, gathering: str, landmark: str, victims: str, n: int
) -> None:
    # "struck a gathering of finance ministry clerks": who was hit, not which building.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"A suicide bomber {verb} {gathering} {landmark} {victims} in Kabul on Monday, "
        f"killing {n} people.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, f"killing {n}", n),)))
    (event,) = report.events
    assert event.target is None or landmark not in event.target


@given(
    st.sampled_from(["citing", "according to", "quoting"]),
    st.sampled_from(["the interior ministry", "the hospital", "the embassy"]),
    st.sampled_from(HIT),
)
def test_a_source_is_no_target(cue: str, source: str, hit: str) -> None:
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"Gunmen attacked a {hit} in Kabul on Monday. The toll stands at 12, "
        f"state media reported, {cue} {source}.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "at 12", 12),)))
    (event,) = report.events
    assert event.target is not None and hit in event.target


@given(
    st.sampled_from(HIT),
    st.sampled_from(
        [
            "A clearance operation was continuing, and",
            "Security forces launched an operation in which",
            "In the operation that followed,",
            "The army said its raids had ended and",
        ]
    ),
    st.integers(2, 9),
)
def test_the_response_is_the_attack_s_event(hit: str, response: str, n: int) -> None:
    # The security forces' answer is part of the attack, not an operations event.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"Gunmen attacked a {hit} in Kabul on Monday, killing 12 people. "
        f"{response} {n} attackers were killed, police said.",
    )
    claims = (claim(doc, "killing 12", 12), claim(doc, f"{n} attackers were killed", n))
    report = group_events(Report(documents=(doc,), claims=claims))
    (event,) = report.events
    assert event.kind is EventKind.ATTACK


@given(
    st.sampled_from(RELATED),
    st.booleans(),
    st.sampled_from(CITIES),
    st.sampled_from(["stormed", "attacked", "raided"]),
)
def test_related_targets_are_one_event_across_reports(
    pair: tuple[str, str], swap: bool, city: tuple[str, str], verb: str
) -> None:
    # "a college" in one report, "the university campus" in another: one site.
    first, second = reversed(pair) if swap else pair
    a = Document(
        id="a",
        published=dt.date(2015, 4, 2),
        text=f"Gunmen {verb} a {first} in {city[0]} on Thursday, killing 14 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2015, 4, 3),
        text=f"Gunmen attacked a {second} in {city[1]} on Thursday, killing 147 people.",
    )
    claims = (claim(a, "killing 14", 14), claim(b, "killing 147", 147))
    report = group_events(Report(documents=(a, b), claims=claims))
    (event,) = report.events
    assert any("name one site" in why and "score" in why for why in event.evidence)


@given(st.sampled_from(HIT), st.sampled_from(CITIES), st.booleans())
def test_undated_reports_merge_on_place_target_and_actor(
    hit: str, city: tuple[str, str], same_actor: bool
) -> None:
    # No date word and no publication date: the place, the target and who claimed it.
    texts = [
        f"Gunmen attacked a {hit} in {city[0]}, killing 9 people. The Red Group claimed it.",
        f"An attack on a {hit} in {city[0]} killed 9 people. The Red Group claimed it.",
    ]
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]
    actors = ["Red Group", "Red Group" if same_actor else "Blue Front"]
    claims = [
        c
        for d, actor in zip(docs, actors, strict=True)
        for c in (claim(d, "9 people", 9), claimed(d, "The Red Group claimed it", actor))
    ]
    report = group_events(Report(documents=tuple(docs), claims=tuple(claims)))
    assert len(report.events) == (1 if same_actor else 2)
    assert all(e.date is None for e in report.events)


@given(st.sampled_from(HIT), st.sampled_from(CITIES))
def test_two_attacks_on_one_target_in_other_weeks_stay_apart(
    hit: str, city: tuple[str, str]
) -> None:
    # Same target, same place, same actor, same toll: other weeks are other attacks.
    docs = [
        Document(
            id=f"d{day}",
            published=dt.date(2021, 5, day),
            text=f"Gunmen attacked a {hit} in {city[0]} on Monday, killing 9 people. "
            "The Red Group claimed it.",
        )
        for day in (4, 18)
    ]
    claims = [
        c
        for d in docs
        for c in (claim(d, "9 people", 9), claimed(d, "The Red Group claimed it", "Red Group"))
    ]
    report = group_events(Report(documents=tuple(docs), claims=tuple(claims)))
    assert len(report.events) == 2


def test_the_merge_score_is_what_the_evidence_says() -> None:
    a = Document(
        id="a",
        published=dt.date(2021, 5, 4),
        text="Gunmen attacked a hotel in Kabul on Monday, killing 9 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2021, 5, 5),
        text="Gunmen attacked a hotel and a cafe in Kabul on Monday, killing 9 people.",
    )
    claims = (claim(a, "killing 9", 9), claim(b, "killing 9", 9))
    (event,) = group_events(Report(documents=(a, b), claims=claims)).events
    (why,) = event.evidence
    score = float(why.rsplit("score ", 1)[1])
    assert score >= MERGE_SCORE
    assert "same day" in why and "target 'hotel' in both" in why and "1 shared figure" in why


# -- dates of the main event, round 3 --

MONTHS = [(1, "January", "Jan."), (3, "March", "March"), (10, "October", "Oct.")]


@given(
    st.sampled_from(MONTHS),
    st.integers(3, 25),
    st.sampled_from(["In the incidents on", "In the attack on", "On"]),
    st.sampled_from(BOMBS),
    st.sampled_from(CITIES),
    st.booleans(),
)
def test_a_month_in_the_lead_is_refined_by_the_attack_s_day(
    month: tuple[int, str, str],
    day: int,
    opener: str,
    bomb: str,
    city: tuple[str, str],
    short: bool,
) -> None:
    # A report weeks later names the month first and the day of the attack below it.
    number, name, abbreviation = month
    told = abbreviation if short else name
    on = f"{opener} {told} {day}, " + bomb[0].lower() + bomb[1:]
    doc = Document(
        id="d",
        published=dt.date(2019, number, 1) + dt.timedelta(days=45),
        text=f"More than 40 people were killed in twin blasts in {city[0]} in {name}, "
        f"a committee said on Thursday. {on} outside a hotel.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "More than 40", 40),)))
    (event,) = report.events
    assert event.date == dt.date(2019, number, day)


@given(
    st.sampled_from(list(LEX_DATES.weekdays)),
    st.sampled_from(["attack", "blasts", "bombing"]),
    st.sampled_from(["", "devastating ", "deadly twin "]),
    st.sampled_from(CITIES),
)
def test_a_weekday_of_publication_told_as_last_week_s_is_a_week_back(
    weekday: str, word: str, modifier: str, city: tuple[str, str]
) -> None:
    # "Saturday's attack" published on a Saturday, with "last week's bombing" in the lead.
    pub = dt.date(2021, 5, 3)  # a Monday
    pub += dt.timedelta(days=(LEX_DATES.weekdays[weekday] - pub.weekday()) % 7)
    name = weekday.capitalize()
    doc = Document(
        id="d",
        published=pub,
        text=f"The toll of {name}'s {word} rose again as rescuers searched the rubble. "
        f"The number of people killed in last week's {modifier}{word} in {city[0]} "
        "has risen to 90, the government said.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "risen to 90", 90),)))
    (event,) = report.events
    assert event.date == pub - dt.timedelta(days=7)


@given(
    st.sampled_from(["By", "As of", "by"]),
    st.integers(5, 20),
    st.sampled_from(
        ["the toll had reached", "the government said the toll was", "the dead numbered"]
    ),
    st.sampled_from(CITIES),
)
def test_a_date_a_count_held_by_is_no_event_s(
    cue: str, later: int, count: str, city: tuple[str, str]
) -> None:
    # "By October 20, the toll had reached 358": the count of the attack of the 14th.
    pub = dt.date(2017, 11, 30)
    lead = f"A truck bomb exploded in {city[0]} on October 14, killing 30 people."
    told = (
        f"{cue} October {14 + later}, {count} 358."
        if cue[0].isupper()
        else (f"{count.capitalize()} 358 {cue} October {14 + later}.")
    )
    doc = Document(id="d", published=pub, text=f"{lead} {told}")
    claims = (claim(doc, "killing 30", 30), claim(doc, "358", 358))
    report = group_events(Report(documents=(doc,), claims=claims))
    (event,) = report.events
    assert event.date == dt.date(2017, 10, 14)


# --- round 3: dates of a fronted "after" clause, glued datelines, landmarks, places --------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(
    st.sampled_from(["After", "Following", "Hours after"]),
    st.sampled_from(["a night of carnage", "the bombing", "twin blasts", "the siege"]),
    st.sampled_from(["left 41 people dead", "killed 41 people", "that killed 41 people"]),
    st.sampled_from(CITIES),
    st.sampled_from(
        [
            "there was still little news",
            "investigators had few leads",
            "the government declared mourning",
        ]
    ),
    st.sampled_from(HIT),
)
def test_a_date_after_a_fronted_after_clause_is_no_attack_date(
    after: str, cause: str, toll: str, city: tuple[str, str], main: str, hit: str
) -> None:
    # "After a night of carnage left 41 dead, there was little news on Wednesday" (published
    # Wednesday); "Tuesday's attack on the market" below dates the attack.
    pub = dt.date(2016, 6, 29)  # a Wednesday
    doc = Document(
        id="d",
        published=pub,
        text=f"{after} {cause} {toll} in {city[0]}, {main} on Wednesday. "
        f"Tuesday's attack on the {hit} shocked the country.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "41 people", 41),)))
    (event,) = report.events
    assert event.date == dt.date(2016, 6, 28)


@given(
    st.sampled_from([("NAIROBI", "Nairobi"), ("KABUL", "Kabul"), ("MAIDUGURI", "Maiduguri")]),
    st.sampled_from(["\u2014", "\u2013"]),
    st.sampled_from(["Three gunmen", "Suicide attackers", "Militants"]),
)
def test_a_dateline_dash_glued_to_the_first_word_still_gives_the_city(
    city: tuple[str, str], dash: str, who: str
) -> None:
    # "ISTANBUL \u2014Three suicide attackers killed ...": the dateline still names the city.
    doc = Document(
        id="d",
        published=dt.date(2016, 6, 28),
        text=f"Dozens dead in attack\n\n{city[0]} {dash}{who} killed at least 41 people at "
        "a market on Tuesday night.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "41 people", 41),)))
    (event,) = report.events
    assert event.location == city[1]


@given(
    st.sampled_from(["checkpoint", "gate", "police station"]),
    st.sampled_from(["outside", "near", "close to"]),
    st.sampled_from(["airport", "embassy", "stadium", "hotel"]),
    st.sampled_from(CITIES),
)
def test_a_landmark_names_the_site_for_reports_that_take_it_as_the_target(
    point: str, locator: str, landmark: str, city: tuple[str, str]
) -> None:
    # "opened fire at a checkpoint outside the airport" in one report, "an attack on the
    # airport" in another: the landmark is no target, but it names the same site.
    a = Document(
        id="a",
        published=dt.date(2016, 6, 28),
        text=f"Gunmen opened fire and blew themselves up at a {point} {locator} the "
        f"{landmark} in {city[0]} on Tuesday, killing 41 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2016, 6, 29),
        text=f"Suicide bombers attacked the {landmark} in {city[0]} on Tuesday, killing 36 people.",
    )
    claims = (claim(a, "killing 41", 41), claim(b, "killing 36", 36))
    report = group_events(Report(documents=(a, b), claims=claims))
    (event,) = report.events
    assert event.documents == ("a", "b")


@given(
    st.sampled_from(RELATED),
    st.sampled_from(CITIES),
    st.sampled_from(WEEKDAYS),
)
def test_a_related_target_below_the_lead_stays_in_the_main_event(
    pair: tuple[str, str], city: tuple[str, str], weekday: str
) -> None:
    # "Gunmen attacked a college ..." then "... stormed the university in Kenya Thursday":
    # one site told twice, one event; a weekday after a place is no part of its name.
    first, second = pair
    doc = Document(
        id="d",
        published=dt.date(2015, 4, 2),
        text=f"Gunmen attacked a {first} in {city[0]} on {weekday}, killing 14 people.\n\n"
        f"The attackers had stormed the {second} in {city[1]} {weekday}, "
        "and 147 people were killed.",
    )
    claims = (claim(doc, "killing 14", 14), claim(doc, "147 people", 147))
    report = group_events(Report(documents=(doc,), claims=claims))
    (event,) = report.events
    assert event.location == city[0]


SITES = sorted(p for p, label in LEX.targets.items() if label not in LEX.target_kinds)


@given(
    st.sampled_from(SITES),
    st.sampled_from(CITIES),
    st.sampled_from(["stormed", "attacked", "opened fire on"]),
    st.sampled_from(["An attack on", "A shooting at", "The assault on"]),
)
def test_reports_naming_one_site_are_one_event(
    site: str, city: tuple[str, str], verb: str, other: str
) -> None:
    # "Gunmen stormed the museum in Tunis" and "An attack on the museum in Tunis": every
    # site noun of the lexicon (museum, beach resort, concert hall...) names a target.
    a = Document(
        id="a",
        published=dt.date(2015, 3, 18),
        text=f"Gunmen {verb} the {site} in {city[0]} on Wednesday, killing 20 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2015, 3, 19),
        text=f"{other} the {site} in {city[0]} on Wednesday killed 21 people.",
    )
    claims = (claim(a, "killing 20", 20), claim(b, "21 people", 21))
    report = group_events(Report(documents=(a, b), claims=claims))
    (event,) = report.events
    assert event.target is not None and site in event.target.lower()


@given(
    st.sampled_from(["exactly ", ""]),
    st.sampled_from([("two", 2), ("three", 3), ("5", 5)]),
    st.sampled_from(["years", "months", "weeks"]),
    st.sampled_from(["attack", "bombing", "siege"]),
    st.sampled_from(HIT),
    st.sampled_from(CITIES),
)
def test_a_distance_in_time_dates_the_other_event(
    exact: str,
    count: tuple[str, int],
    unit: str,
    word: str,
    hit: str,
    city: tuple[str, str],
) -> None:
    # "Tuesday's attack came exactly three years after an attack on a base, where 140
    # soldiers were killed": the other attack is three years before Tuesday.
    pub = dt.date(2019, 1, 16)  # Tuesday is the 15th
    doc = Document(
        id="d",
        published=pub,
        text=f"Gunmen stormed a hotel in Nairobi on Tuesday, killing 21 people. "
        f"Tuesday's {word} came {exact}{count[0]} {unit} after a deadly attack on a {hit} "
        f"in {city[0]}, where about 140 people were killed.",
    )
    claims = (claim(doc, "killing 21", 21), claim(doc, "about 140", 140))
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    main, other = by_claim[claims[0].id], by_claim[claims[1].id]
    assert main.date == dt.date(2019, 1, 15)
    assert other is not main and other.date is not None
    n = count[1]
    if unit == "weeks":
        assert other.date == dt.date(2019, 1, 15) - dt.timedelta(weeks=n)
    elif unit == "months":
        assert (other.date.year, other.date.month) == (2018 - (n > 12), 13 - n)
    else:
        assert other.date.year == 2019 - n
        assert (other.date == dt.date(2019 - n, 1, 15)) == bool(exact)


@given(
    st.sampled_from(["a string of attacks on", "the assault on", "the bombings against"]),
    st.sampled_from(CITIES),
    st.sampled_from(HIT),
    st.sampled_from(["police said on Saturday", "an officer said Saturday"]),
)
def test_a_place_an_attack_is_told_against_locates_the_report(
    struck: str, city: tuple[str, str], hit: str, said: str
) -> None:
    # "The only gunman captured after the attacks on Port Ellis ..., police said on Sunday":
    # the report names no date and no target, but its place and days meet.
    a = Document(
        id="a",
        published=dt.date(2008, 11, 27),
        text=f"Gunmen attacked a {hit} in {city[0]} on Wednesday, killing 20 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2008, 11, 29),
        text=f"The only gunman captured after {struck} {city[0]} belonged to a banned "
        f"group, {said}. Twenty people were killed.",
    )
    claims = (claim(a, "killing 20", 20), claim(b, "Twenty people", 20))
    report = group_events(Report(documents=(a, b), claims=claims))
    (event,) = report.events
    assert event.location == city[0]


@given(
    st.sampled_from(
        [
            "A Pentagon inquiry into a {y} airstrike on a {hit} in {country}",
            "An investigation of the {y} bombing of a {hit} in {country}",
            "A report on a {y} suicide attack on a {hit} in {country}",
        ]
    ),
    st.sampled_from(HIT),
    st.sampled_from(CITIES),
    st.sampled_from(["said Friday", "was released on Thursday", "found no war crime"]),
)
def test_a_year_told_with_the_attack_dates_a_piece_written_long_after(
    lead: str, hit: str, city: tuple[str, str], rest: str
) -> None:
    # "A Pentagon investigation of a 2015 airstrike on a hospital ..., a general said
    # Friday" published in April 2016: the event is of 2015, not of the days before.
    doc = Document(
        id="d",
        published=dt.date(2016, 4, 30),
        text=lead.format(y=2015, hit=hit, country=city[1]) + f" {rest}. "
        "The attack killed at least 30 people.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "30 people", 30),)))
    (event,) = report.events
    assert event.date is not None and event.date.year == 2015


@given(
    st.sampled_from(["the deadliest attack since", "the worst bombing in the city since"]),
    st.sampled_from([2009, 1998, 2013]),
    st.sampled_from(HIT),
    st.sampled_from(CITIES),
)
def test_a_comparison_year_never_dates_the_event(
    record: str, year: int, hit: str, city: tuple[str, str]
) -> None:
    # "It was the deadliest attack since 2009": the year ranks the event, it does not date it.
    pub = dt.date(2017, 10, 16)
    doc = Document(
        id="d",
        published=pub,
        text=f"A bomb ripped through a {hit} in {city[0]}, killing 30 people. "
        f"It was {record} {year}, officials said.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "30 people", 30),)))
    (event,) = report.events
    assert event.date is None or event.date.year == pub.year


@given(
    st.sampled_from(["In a separate", "In another", "During a separate"]),
    st.sampled_from(["police", "deadly", "military", "overnight security"]),
    st.sampled_from(["operation", "raid", "attack", "strike"]),
    st.sampled_from(["were detained", "were arrested", "were killed"]),
    st.sampled_from(CITIES),
)
def test_a_separate_event_with_modifiers_is_another_event(
    opener: str, modifier: str, noun: str, verb: str, city: tuple[str, str]
) -> None:
    # "In a separate police operation, nine suspects were detained in the city of Izmir":
    # the phrase of another event reads past one or two modifiers.
    doc = Document(
        id="d",
        published=dt.date(2016, 6, 30),
        text="Suicide bombers attacked the airport in Istanbul on Tuesday, killing 41 people. "
        f"{opener} {modifier} {noun}, nine suspects {verb} in {city[0]}.",
    )
    claims = (claim(doc, "killing 41", 41), claim(doc, "nine suspects", 9))
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    assert by_claim[claims[0].id] is not by_claim[claims[1].id]


MOTIVES = [
    "in revenge for",
    "in retaliation for",
    "retribution for",
    "in response to",
    "to avenge",
    "because of",
    "as punishment for",
    "a reprisal for",
]
GRIEVANCES = [
    "the army's offensive in {place}",
    "air strikes on its fighters in {place} last month",
    "{country}'s military intervention in {place}",
    "the killing of its leader in {place} in 2019",
    "a bombing of a village in {place} on Friday",
    "the government's role in the coalition",
]


@given(
    st.sampled_from(CITIES),
    st.sampled_from(["Syria", "Yemen", "Mali", "the tribal areas"]),
    st.sampled_from(MOTIVES),
    st.sampled_from(GRIEVANCES),
    st.sampled_from(["al-Shabaab", "Islamic State", "the Taliban"]),
    st.booleans(),
    st.booleans(),
)
def test_a_motive_is_no_other_event(
    city: tuple[str, str],
    place: str,
    motive: str,
    grievance: str,
    group: str,
    group_first: bool,
    in_figure: bool,
) -> None:
    # "al-Shabaab said the attack was retribution for Kenya's military intervention in
    # Somalia": the reason names a grievance; the claim is the attack's.
    reason = f"{motive} {grievance.format(place=place, country=city[1])}"
    said = (
        f"{group[0].upper()}{group[1:]} claimed the attack, saying it was {reason}."
        if group_first
        else f"The attack was {reason}, {group} said in a statement."
    )
    toll = (
        f"The assault, which killed 14 people, was {reason}."
        if in_figure
        else "Police said 14 people were killed."
    )
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"Gunmen attacked a market in {city[0]} on Monday, killing 12 people. {toll} {said}",
    )
    quote = "claimed the attack" if group_first else f"{group} said"
    claims = (
        claim(doc, "killing 12", 12),
        claim(doc, "14 people", 14),
        claimed(doc, quote, group),
    )
    report = group_events(Report(documents=(doc,), claims=claims))
    (event,) = report.events
    assert event.date == dt.date(2021, 5, 3)
    assert set(event.claims) == {c.id for c in claims}


@given(
    st.sampled_from(["airstrike", "air strike", "drone strike", "US airstrike"]),
    st.sampled_from(["hospital", "school", "market", "wedding", "mosque"]),
    st.sampled_from(CITIES),
    st.sampled_from(["destroyed", "hit", "struck"]),
    st.booleans(),
)
def test_a_strike_known_by_its_kind_takes_the_site_it_hit(
    strike: str, site: str, city: tuple[str, str], verb: str, other_report: bool
) -> None:
    # "requested the airstrike that killed 22 people", then "the aerial assault that
    # destroyed a hospital in the northern city of Kunduz": the hospital is what it hit.
    doc = Document(
        id="d1",
        published=dt.date(2021, 5, 4),
        text=f"The governor said on Monday that soldiers had requested the {strike} "
        f"that killed 22 people. The commander confirmed that a gunship carried out the "
        f"assault that {verb} a {site} in the northern city of {city[0]}, {city[1]}, "
        f"killing 22 people, including 12 staff.",
    )
    claims = [claim(doc, "killed 22 people", 22), claim(doc, "killing 22 people", 22)]
    docs = [doc]
    if other_report:
        other = Document(
            id="d2",
            published=dt.date(2021, 5, 2),
            text=f"{'A' if strike[0] in 'dU' else 'An'} {strike} hit a {site} in {city[0]}, "
            f"{city[1]}, on Saturday, "
            f"killing 19 people.",
        )
        docs.append(other)
        claims.append(claim(other, "killing 19 people", 19))
    report = group_events(Report(documents=tuple(docs), claims=tuple(claims)))
    (event,) = report.events
    assert event.target == site


@given(
    st.sampled_from(["arrest", "capture", "trial", "extradition"]),
    st.sampled_from(["Friday", "Monday", "Wednesday"]),
    st.sampled_from(
        [("in November", 11, None), ("on Nov. 13", 11, 13), ("on 13 November", 11, 13)]
    ),
    st.sampled_from(["killed 130 people", "left 130 people dead", "killed at least 130"]),
    st.sampled_from(CITIES),
)
def test_an_explicit_date_after_the_claim_governs_a_weekday_before_it(
    noun: str,
    weekday: str,
    told: tuple[str, int, int | None],
    verb: str,
    city: tuple[str, str],
) -> None:
    # "after the arrest on Friday of the last of the gunmen who killed 60 people in the
    # capital in March": the count is March's, not Friday's.
    phrase, month, day = told
    doc = Document(
        id="d",
        published=dt.date(2021, 3, 24),
        text=f"Bombs exploded at a market in {city[0]} on Tuesday, killing 31 people. "
        f"The blasts came days after the {noun} on {weekday} of a man, the only survivor "
        f"of the gunmen who {verb} in a string of shootings {phrase}.",
    )
    claims = (claim(doc, "killing 31", 31), claim(doc, verb, 130))
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    main, other = by_claim[claims[0].id], by_claim[claims[1].id]
    assert main.date == dt.date(2021, 3, 23)
    assert other is not main and other.date is not None
    assert (other.date.year, other.date.month) == (2020, month)
    assert day is None or other.date.day == day


@given(
    st.sampled_from(["In a separate police operation,", "In a separate incident,", "Elsewhere,"]),
    st.sampled_from(["nine suspects were detained", "five people were killed"]),
    st.sampled_from(CITIES),
    st.sampled_from(["", " on Monday"]),
)
def test_undated_separate_news_is_of_the_report_s_day(
    opener: str, told: str, city: tuple[str, str], when: str
) -> None:
    # "In a separate police operation, nine suspects were detained in Izmir": no date of
    # its own, so the day of the report; a date of its own still dates it.
    pub = dt.date(2021, 5, 6)  # a Thursday
    doc = Document(
        id="d",
        published=pub,
        text=f"Gunmen attacked a hotel in Nairobi on Tuesday, killing 21 people. "
        f"{opener} {told} in {city[0]}{when}.",
    )
    claims = (claim(doc, "killing 21", 21), claim(doc, told, 9))
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    main, other = by_claim[claims[0].id], by_claim[claims[1].id]
    assert main.date == dt.date(2021, 5, 4)
    assert other is not main
    assert other.date == (dt.date(2021, 5, 3) if when else pub)


@given(
    st.sampled_from(CITIES),
    st.sampled_from(
        [
            "Officials said they were still piecing together what happened at the gate",
            "Investigators were still working out the chain of events at the checkpoint",
            "Questions remained about the bombing at the main entrance",
        ]
    ),
    st.sampled_from(
        [
            "health officials in {city} raised the death toll, saying at least 170 people "
            "had been killed",
            "in {city}, hospital officials said at least 170 people had been killed",
        ]
    ),
)
def test_a_lead_with_no_place_takes_the_place_its_claims_are_told_in(
    city: tuple[str, str], lead: str, told: str
) -> None:
    # A feature's lead names no place; "health officials in Kabul said ..." does.
    feature = Document(
        id="d1",
        published=dt.date(2021, 8, 28),
        text=f"{lead} on Thursday. There will be reviews. "
        + "There will be questions. " * 6
        + f"As the scope of the damage became clearer, {told.format(city=city[0])}.",
    )
    news = Document(
        id="d2",
        published=dt.date(2021, 8, 27),
        text=f"A suicide bomber attacked the airport in {city[0]} on Thursday, killing 60 people.",
    )
    claims = (claim(feature, "at least 170 people", 170), claim(news, "killing 60", 60))
    report = group_events(Report(documents=(feature, news), claims=claims))
    (event,) = report.events
    assert event.date == dt.date(2021, 8, 26)


@given(
    st.sampled_from(list(LEX_DATES.weekdays)),
    st.sampled_from(["attack", "blasts", "bombing"]),
    st.sampled_from(CITIES),
    st.sampled_from(["al-Shabaab", "The Islamic State group", "The Taliban"]),
    st.sampled_from(
        ["was blamed for {w}'s {k}", "claimed {w}'s {k}", "said it carried out {w}'s {k}"]
    ),
)
def test_one_weekday_name_is_one_day_in_a_report(
    weekday: str, word: str, city: tuple[str, str], group: str, frame: str
) -> None:
    # The lead reads "Saturday's attack" of a report published on a Saturday as a week
    # back; "Saturday's blasts" further down is the same day.
    pub = dt.date(2021, 5, 3)  # a Monday
    pub += dt.timedelta(days=(LEX_DATES.weekdays[weekday] - pub.weekday()) % 7)
    name = weekday.capitalize()
    told = frame.format(w=name, k=word)
    doc = Document(
        id="d",
        published=pub,
        text=f"The toll of {name}'s {word} rose again as rescuers searched the rubble. "
        f"The number of people killed in last week's {word} in {city[0]} "
        "has risen to 90, the government said.\n\n"
        "Rescuers were still at work.\n\n"
        f"{group} {told}, officials said.",
    )
    claims = (claim(doc, "risen to 90", 90), claimed(doc, told, group))
    report = group_events(Report(documents=(doc,), claims=claims))
    (event,) = report.events
    assert event.date == pub - dt.timedelta(days=7)


@given(
    st.sampled_from(CITIES),
    st.sampled_from(["on Saturday", "on Sunday", "late on Saturday"]),
    st.sampled_from(["called", "urged followers", "warned"]),
    st.sampled_from(
        ["The gunmen struck on Monday evening.", "Police said the siege began Monday."]
    ),
)
def test_a_pluperfect_date_in_the_lead_is_no_date_of_the_attack(
    city: tuple[str, str], when: str, verb: str, struck: str
) -> None:
    # "A senior member of the group had called in December for jihad": the past of the
    # story, not the attack's day. (A month told so still anchors a later bare weekday in
    # the date reading; left alone.)
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 11),  # a Tuesday
        text=f"Gunmen stormed a hotel in {city[0]}, killing 20 people, officials said. "
        f"A senior member of the group had {verb} {when} for attacks on foreigners. {struck}",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, "killing 20", 20),)))
    (event,) = report.events
    assert event.date == dt.date(2021, 5, 10)


@given(
    st.sampled_from(CITIES),
    st.sampled_from(["school", "mosque", "market"]),
    st.sampled_from([("a day", 1), ("two days", 2), ("one day", 1)]),
    st.sampled_from(["earlier", "before"]),
    st.booleans(),
)
def test_a_distance_with_no_date_counts_back_from_the_story_s_day(
    city: tuple[str, str], hit: str, gap: tuple[str, int], word: str, statement: bool
) -> None:
    # "families buried the dead on Wednesday, trying to comprehend the attack a day earlier
    # on a school that killed 148 people"; "the prosecutor said on Saturday that the
    # attack a day before has killed 305 people".
    pub = dt.date(2021, 5, 6)  # a Thursday
    story = dt.date(2021, 5, 5)  # Wednesday
    opener = (
        "The chief prosecutor said in a statement on Wednesday that"
        if statement
        else f"Families in {city[0]} buried the dead, trying to comprehend how"
    )
    doc = Document(
        id="d1",
        published=pub,
        text=f"Mourners gathered at funerals in {city[0]} on Wednesday. "
        f"{opener} the attack {gap[0]} {word} on a {hit} in {city[0]} killed 148 people.",
    )
    day = story - dt.timedelta(days=gap[1])
    news = Document(
        id="d2",
        published=day + dt.timedelta(days=1),
        text=f"Gunmen attacked a {hit} in {city[0]} on {day:%A}, killing 140 people.",
    )
    claims = (claim(doc, "killed 148 people", 148), claim(news, "killing 140", 140))
    report = group_events(Report(documents=(doc, news), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    assert by_claim[claims[0].id] is by_claim[claims[1].id]
    assert by_claim[claims[0].id].date == day


@given(
    st.sampled_from(CITIES),
    st.sampled_from(["a day of mourning", "three days of mourning", "a national holiday"]),
    st.sampled_from(["after blasts killed at least 95 people", "after gunmen killed 95 people"]),
    st.sampled_from(["is observing", "declared"]),
)
def test_a_claim_after_after_is_not_the_day_of_the_main_clause(
    city: tuple[str, str], mourning: str, after: str, verb: str
) -> None:
    # "Iran is observing a day of mourning on Thursday after blasts killed at least 95
    # people": Thursday is the mourning's; the toll is the attack's, told on Wednesday.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 6),  # a Thursday
        text=f"{city[1]} {verb} {mourning} on Thursday {after}. "
        f"No group has claimed the twin explosions in {city[0]} on Wednesday.",
    )
    quote = after.removeprefix("after ").split(" killed ")[1]
    report = group_events(Report(documents=(doc,), claims=(claim(doc, quote, 95),)))
    (event,) = report.events
    assert event.date == dt.date(2021, 5, 5)


@given(
    st.sampled_from([("stadium", 2011, 41), ("hotel", 2016, 30)]),
    st.sampled_from([("church", 2014, 88), ("school", 2017, 52)]),
    st.sampled_from(["that killed {n} people", "where {n} people were killed"]),
    st.sampled_from(["also carried out", "was also behind", "claimed"]),
)
def test_a_relative_clause_takes_the_date_of_its_noun(
    first: tuple[str, int, int], second: tuple[str, int, int], rel: str, verb: str
) -> None:
    # "the 2011 attack on a stadium that killed 41 people, and an assault on a church in
    # 2014 that claimed 88 lives": each count is its own noun's, dated by its own year.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 6),
        text=f"Gunmen attacked a market in Lima on Tuesday, killing 21 people. "
        f"The group {verb} the {first[1]} attack on a {first[0]} "
        f"{rel.format(n=first[2])}, and an assault on a {second[0]} in {second[1]} "
        f"{rel.format(n=second[2])}.",
    )
    claims = (
        claim(doc, "killing 21", 21),
        claim(doc, f"{first[2]} people", first[2]),
        claim(doc, f"{second[2]} people", second[2]),
    )
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    one, two = by_claim[claims[1].id], by_claim[claims[2].id]
    assert one.date is not None and one.date.year == first[1]
    assert two.date is not None and two.date.year == second[1]
    assert len({by_claim[c.id].id for c in claims}) == 3


@given(
    st.sampled_from(["stadium", "church", "hotel", "school"]),
    st.integers(2005, 2018),
    st.integers(20, 300),
    st.sampled_from(["surpasses", "is worse than", "eclipses"]),
    st.sampled_from(["where", "in which"]),
)
def test_a_relative_clause_in_a_comparison_is_dated_by_its_noun(
    site: str, year: int, n: int, verb: str, rel: str
) -> None:
    # "the deadliest attack since 1998, and surpasses the siege of a hotel in 2011, where
    # 41 people were killed": the count is the compared event's, of its own year.
    text = (
        "Gunmen attacked a market in Lima on Tuesday, killing 12 people. "
        f"It is the deadliest attack since 1998 and {verb} the siege of a {site} in "
        f"{year}, {rel} at least {n} people were killed."
    )
    doc = Document(id="d", published=dt.date(2021, 5, 6), text=text)
    dates = {c.figure.low: c.date for c in extract(doc) if isinstance(c, FigureClaim)}
    assert dates[n] is not None and dates[n].value is not None
    assert dates[n].value.year == year


@given(
    st.sampled_from([("Kenya", "Kenyan"), ("Nigeria", "Nigerian"), ("Somalia", "Somali")]),
    st.sampled_from(["attack", "siege", "assault", "bombing"]),
    st.sampled_from(["on a", "at a", "on an isolated", "of a"]),
    st.sampled_from(["gas plant", "refinery", "market", "embassy"]),
    st.sampled_from(["East Africa", "the Horn of Africa", "West Africa"]),
    st.sampled_from(["complex", "airport", "hotel"]),
    st.integers(2, 90),
)
def test_the_site_of_a_told_attack_is_its_target(
    country: tuple[str, str], kind: str, joint: str, site: str, region: str, other: str, n: int
) -> None:
    # "Zelva group claims Okvara attack" over "... claimed the attack on an Okvaran dam that
    # killed 12, raising fears in <region>": the dam is the attack's site, not a new event.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"Velka group claims {country[0]} {kind} that left {n} dead\n"
        f"The Velka group has claimed the {kind} {joint} {country[1]} {site} that killed "
        f"{n} people and raised new fears in {region}.\n"
        f"The attackers, some of whom died in the {kind}, had aimed to blow up the {other}.",
    )
    claims = (claim(doc, f"{n} dead", n), claim(doc, f"{n} people", n))
    report = group_events(Report(documents=(doc,), claims=claims))
    (event,) = report.events
    assert event.target is not None and site in event.target


@given(
    st.sampled_from(CITIES),
    st.sampled_from(["their lives", "his life", "her life"]),
    st.integers(2, 90),
)
def test_fighting_for_life_in_hospital_is_no_target(
    city: tuple[str, str], lives: str, n: int
) -> None:
    # "killed in an attack in Zelva, with 21 fighting for their lives in hospital": the
    # wounded's state, not what was hit.
    doc = Document(
        id="d",
        published=dt.date(2021, 5, 4),
        text=f"{n} people were killed in a terror attack in {city[0]} on Monday, with one "
        f"more fighting for {lives} in hospital.",
    )
    report = group_events(Report(documents=(doc,), claims=(claim(doc, f"{n} people", n),)))
    (event,) = report.events
    assert event.target is None or "hospital" not in event.target


# --- events14, round 14: "the earlier attack" is the report's own; "an earlier attack" not --


@given(
    st.sampled_from(["Islamic State", "The Okvara Front", "The Dunmar Brigade"]),
    st.sampled_from(["terrorist ", "suicide ", "deadly bomb ", ""]),
    st.sampled_from(["attack", "bombing"]),
    st.sampled_from(CITIES),
    st.integers(3, 40),
)
def test_the_earlier_attack_a_claim_names_is_the_report_s_own(
    group: str, modifier: str, noun: str, city: tuple[str, str], n: int
) -> None:
    # "The Okvara Front on Sunday claimed responsibility for the earlier terrorist attack
    # that left four dead": the attack of the news, told before the claim; no other event.
    doc = Document(
        id="d",
        published=dt.date(2023, 12, 3),
        text=f"{group} on Sunday claimed responsibility for the earlier {modifier}{noun} "
        f"that left {n} people dead in {city[0]}. The blast went off at a market in "
        f"{city[0]} during morning prayers, wounding 42 people.",
    )
    claims = (claim(doc, f"{n} people", n), claim(doc, "42 people", 42))
    (event,) = group_events(Report(documents=(doc,), claims=claims)).events
    assert set(event.claims) == {c.id for c in claims}


@given(
    st.sampled_from(["an earlier", "a previous", "another", "a similar"]),
    st.sampled_from(["suicide ", "deadly ", "deadly bomb "]),
    st.sampled_from(CITIES),
    st.integers(50, 90),
)
def test_an_earlier_attack_with_a_modifier_is_another_event(
    qualifier: str, modifier: str, city: tuple[str, str], m: int
) -> None:
    # "an earlier suicide attack", "another deadly bombing": one like it, not it.
    doc = Document(
        id="d",
        published=dt.date(2023, 12, 3),
        text=f"A bomb exploded at a market in {city[0]} on Sunday, killing 12 people. "
        f"The group had claimed {qualifier} {modifier}attack in {city[0]} that killed {m} "
        "people.",
    )
    claims = (claim(doc, "killing 12", 12), claim(doc, f"{m} people", m))
    report = group_events(Report(documents=(doc,), claims=claims))
    by_claim = {c: e for e in report.events for c in e.claims}
    assert by_claim[claims[0].id] is not by_claim[claims[1].id]


@given(
    st.sampled_from(["The Velka Front", "the Dunmar Brigade", "the Okvara network"]),
    st.sampled_from([", a group allied with the Taliban,", ", an affiliate of al-Qaeda,", ""]),
    st.sampled_from(["which claimed", "which carried out", "who staged"]),
    st.sampled_from(["a previous attack on", "an earlier assault on", "a siege of"]),
    st.sampled_from(["hotel", "mall"]),
    st.sampled_from(["2011", "2014", "March 2015"]),
    st.sampled_from(CITIES),
)
def test_a_claim_told_in_a_relative_clause_is_of_the_clause_s_event(
    group: str, aside: str, frame: str, earlier: str, site: str, year: str, city: tuple[str, str]
) -> None:
    # "The interior ministry blamed the Velka Front, a group allied with the Taliban, which
    # claimed a previous attack on the hotel in 2011": the group's claim is of the 2011
    # attack its relative clause tells, not of the day's attack it is blamed for.
    text = (
        f"Gunmen stormed a {site} in {city[0]} on Saturday, killing 18 people. "
        f"The interior ministry blamed {group}{aside} {frame} {earlier} the {site} in {year}."
    )
    doc = Document(id="d", published=dt.date(2018, 1, 21), text=text)
    start = text.index(group)
    end = text.index(frame) + len(frame)
    told = AttributionClaim(
        span=Span(doc="d", start=start, end=end),
        quote=text[start:end],
        actor="Velka Front",
        stance=Stance.CLAIMED,
    )
    main = claim(doc, "killing 18", 18)
    report = group_events(Report(documents=(doc,), claims=(main, told)))
    by_claim = {c: e for e in report.events for c in e.claims}
    assert by_claim[told.id] is not by_claim[main.id]
    assert by_claim[told.id].date is not None
    assert by_claim[told.id].date.year == int(year[-4:])


# --- end of events14, round 14 ---------------------------------------------------------------
REASONS = [
    "because it had demonstrated a more capable presence in {city} through attacks over the "
    "past few months",
    "because the group has carried out a string of bombings in the region since 2019",
    "because it had staged similar raids over the past year",
]


@given(
    st.sampled_from(CITIES),
    st.sampled_from(["Kavir Brigade", "Sela Movement", "Harakat al-Nur"]),
    st.sampled_from(["carried out this attack", "was behind the attack", "carried out the raid"]),
    st.sampled_from(REASONS),
)
def test_a_reason_clause_does_not_make_a_blame_an_aggregate(
    city: tuple[str, str], group: str, did: str, reason: str
) -> None:
    # "X more likely conducted this attack because it had demonstrated a presence through
    # attacks over the past few months": the period is the reason's, not the blame's,
    # which stays with the attack its report tells.
    from claimrecon import analyze

    doc = Document(
        id="d",
        published=dt.date(2031, 5, 3),
        outlet="Daily Vell",
        text=f"Gunmen stormed a hotel in {city[0]} on Friday, killing 20 people. An official "
        f"said it was more likely that the {group} {did} {reason.format(city=city[0])}.",
    )
    report = analyze([doc], lexicon=Lexicon.default())
    blamed = [c for c in report.claims if isinstance(c, AttributionClaim)]
    assert blamed and report.aggregates == ()
    (event,) = report.events
    assert {c.id for c in blamed} <= set(event.claims)
