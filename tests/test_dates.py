from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.dates import (
    date_window,
    find_dates,
    lead_dates,
    resolve_date,
    statement_dates,
)
from claimrecon.extract.segment import DocContext
from claimrecon.models import DatePrecision, DateRef, Document
from claimrecon.vocab import Lexicon

LEXICON = Lexicon.default()


def ctx_for(text: str, published: dt.date | None) -> DocContext:
    return DocContext(Document(id="d", text=text, published=published), LEXICON)


def dates_in(text: str, published: dt.date | None) -> list[DateRef]:
    ctx = ctx_for(text, published)
    return [ref for s in ctx.sentences for ref in find_dates(ctx, s)]


def one(text: str, published: dt.date | None) -> DateRef:
    refs = dates_in(text, published)
    assert len(refs) == 1, refs
    return refs[0]


WED_2018_05_30 = dt.date(2018, 5, 30)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("Gunmen attacked on Wednesday.", WED_2018_05_30, dt.date(2018, 5, 30), "day"),
        ("Gunmen attacked on Monday.", WED_2018_05_30, dt.date(2018, 5, 28), "day"),
        ("Gunmen attacked on Thursday.", WED_2018_05_30, dt.date(2018, 5, 24), "day"),
        ("It claimed the July 31st attack.", dt.date(2017, 8, 1), dt.date(2017, 7, 31), "day"),
        ("It happened on July 31.", dt.date(2017, 8, 1), dt.date(2017, 7, 31), "day"),
        ("It happened on 31 July 2015.", dt.date(2017, 8, 1), dt.date(2015, 7, 31), "day"),
        ("It was published on March 28, 2018 by us.", None, dt.date(2018, 3, 28), "day"),
        ("In January, a bomb went off.", WED_2018_05_30, dt.date(2018, 1, 1), "month"),
        ("In April, a bomb fell.", dt.date(2017, 8, 1), dt.date(2017, 4, 1), "month"),
        ("In October 2016, forces moved.", dt.date(2017, 8, 1), dt.date(2016, 10, 1), "month"),
        ("This winter the group struck.", WED_2018_05_30, dt.date(2017, 12, 1), "season"),
        ("In the spring they struck.", WED_2018_05_30, dt.date(2018, 3, 1), "season"),
        ("Last month they struck.", WED_2018_05_30, dt.date(2018, 4, 1), "month"),
        ("Earlier this month, he spoke.", dt.date(2017, 8, 10), dt.date(2017, 8, 1), "month"),
        ("He arrived in 2014.", dt.date(2017, 8, 1), dt.date(2014, 1, 1), "year"),
        ("Last week, a watchdog said so.", WED_2018_05_30, dt.date(2018, 5, 21), "period"),
        ("Attacks rose this year.", WED_2018_05_30, dt.date(2018, 1, 1), "year"),
        ("It was bad last year.", WED_2018_05_30, dt.date(2017, 1, 1), "year"),
        ("He was killed yesterday.", WED_2018_05_30, dt.date(2018, 5, 29), "day"),
        ("It struck at the end of July.", dt.date(2017, 8, 10), dt.date(2017, 7, 1), "month"),
        ("Since IS's 2014 declaration, it lost ground.", None, dt.date(2014, 1, 1), "year"),
        ("He died two days ago.", WED_2018_05_30, dt.date(2018, 5, 28), "day"),
        ("Two months ago they fought.", WED_2018_05_30, dt.date(2018, 3, 1), "month"),
        ("It was 3 weeks ago.", WED_2018_05_30, dt.date(2018, 5, 7), "period"),
        ("It happened on 2018-05-29 here.", None, dt.date(2018, 5, 29), "day"),
    ],
)
def test_expression_kinds(
    text: str, published: dt.date | None, value: dt.date, precision: str
) -> None:
    ref = one(text, published)
    assert ref.value == value
    assert ref.precision is not None and ref.precision.value == precision
    assert ref.span is not None and text[ref.span.start : ref.span.end] == ref.text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked on Wednesday.",
        "In January, a bomb went off.",
        "This winter the group struck.",
        "Last month they struck.",
        "Earlier this month, he spoke.",
        "It claimed the July 31st attack.",
        "Last week, a watchdog said so.",
        "He was killed yesterday.",
        "He died two days ago.",
    ],
)
def test_relative_dates_stay_unresolved_without_publication(text: str) -> None:
    ref = one(text, None)
    assert ref.value is None
    assert not ref.resolved
    assert ref.precision is not None


@pytest.mark.parametrize(
    "text",
    [
        "They fought in a four hour battle.",
        "They fought a four-hour gun battle.",
        "It came almost 17 years after the US invaded.",
        "Fighters were killed over the last two months.",
        "He is the third emir we have killed in the last year.",
        "The nine month long battle ended.",
        "Over the past month the group grew.",
        "Five people were killed and seven wounded.",
        "The city may fall; troops march on.",
        "Over 900,000 people were displaced and 2,019 killed.",
    ],
)
def test_durations_and_other_numbers_are_not_dates(text: str) -> None:
    assert dates_in(text, WED_2018_05_30) == []


def test_weekday_fixes_the_year_of_a_day_and_month() -> None:
    # 31 July 2017 was a Monday; 31 July 2023 a Monday too, 2022 a Sunday.
    ref = one("It happened on Monday, July 31.", dt.date(2022, 8, 2))
    assert ref.value == dt.date(2017, 7, 31)
    ref = one("It happened on Sunday, July 31.", dt.date(2022, 8, 2))
    assert ref.value == dt.date(2022, 7, 31)


def test_weekday_is_completed_by_the_lead_date() -> None:
    text = (
        "The attack on the embassy at the end of July killed two.\n"
        "A bomber struck first.\n"
        "The Monday attack took place in the city centre."
    )
    ctx = ctx_for(text, dt.date(2017, 8, 10))
    monday = find_dates(ctx, ctx.sentences[2])
    assert [r.value for r in monday] == [dt.date(2017, 7, 31)]


def test_old_background_date_does_not_complete_a_weekday() -> None:
    text = (
        "In January, a bomb killed many.\n"
        "At least one officer was killed in an attack on Wednesday, police said."
    )
    ctx = ctx_for(text, WED_2018_05_30)
    assert [r.value for r in find_dates(ctx, ctx.sentences[1])] == [WED_2018_05_30]


def test_resolve_date_falls_back_on_paragraph_then_lead() -> None:
    text = (
        "Gunmen stormed the ministry on Wednesday.\n"
        "In January, an ambulance bomb exploded. It killed over 100 people.\n"
        "Police said one officer died."
    )
    ctx = ctx_for(text, WED_2018_05_30)
    s_jan, s_killed, s_police = ctx.sentences[1], ctx.sentences[2], ctx.sentences[3]
    jan = resolve_date(ctx, s_jan)
    assert jan is not None and jan.value == dt.date(2018, 1, 1)
    carried = resolve_date(ctx, s_killed)
    assert carried is not None and carried.value == dt.date(2018, 1, 1)
    lead = resolve_date(ctx, s_police)
    assert lead is not None and lead.value == WED_2018_05_30
    assert [r.text for r in lead_dates(ctx)] == ["Wednesday", "January"]


def test_resolve_date_is_none_without_dates() -> None:
    ctx = ctx_for("Nothing here says when. Nor here.", WED_2018_05_30)
    assert resolve_date(ctx, ctx.sentences[1]) is None


def test_date_window_by_precision() -> None:
    month = DateRef(text="July", value=dt.date(2017, 7, 1), precision=DatePrecision.MONTH)
    assert date_window(month) == (dt.date(2017, 7, 1), dt.date(2017, 7, 31))
    winter = DateRef(text="winter", value=dt.date(2017, 12, 1), precision=DatePrecision.SEASON)
    assert date_window(winter) == (dt.date(2017, 12, 1), dt.date(2018, 2, 28))
    year = DateRef(text="2014", value=dt.date(2014, 1, 1), precision=DatePrecision.YEAR)
    assert date_window(year) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert date_window(DateRef(text="Monday")) is None


def test_lexicon_extension_adds_words() -> None:
    lexicon = LEXICON.extend({"dates": {"months": {"juli": 7}, "month_cues": ["im"]}})
    doc = Document(id="d", text="Es war im Juli.", published=dt.date(2017, 8, 1))
    ctx = DocContext(doc, lexicon)
    refs = find_dates(ctx, ctx.sentences[0])
    assert [(r.value, r.precision) for r in refs] == [(dt.date(2017, 7, 1), DatePrecision.MONTH)]


@pytest.mark.parametrize(
    "text",
    [
        "July " * 5000,
        "Monday, " * 5000,
        "in the last " * 5000,
        "1 " * 7500 + "July",
        "the end of " * 5000 + "July",
        "2014 " * 5000,
    ],
    ids=lambda text: repr(text[:16]),
)
def test_adversarial_input_gives_dates_of_the_text(text: str) -> None:
    # How the time grows on these texts is benchmarks/adversarial.py's (its "dates-"
    # families): a test asserts no time. What is read must still be dates of the text.
    for ref in dates_in(text, WED_2018_05_30):
        assert ref.span is not None and 0 <= ref.span.start < ref.span.end <= len(text)
        assert ref.value is not None


words = st.sampled_from(
    "on in the last this winter July 31st Monday January 2014 2,019 end of four hour "
    "earlier month week year yesterday . , fall Sept 12 May may spring 1999 next ago two "
    "days 2018-05-30".split()
)


@given(
    st.lists(words, max_size=30).map(" ".join) | st.text(max_size=80),
    st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_never_crashes_and_never_uses_today(text: str, published: dt.date | None) -> None:
    ctx = ctx_for(text, published)
    today = dt.date.today()
    for sentence in ctx.sentences:
        refs = find_dates(ctx, sentence)
        resolve_date(ctx, sentence)
        for ref in refs:
            assert ref.span is not None
            assert ctx.text[ref.span.start : ref.span.end] == ref.text
            if published is None and ref.value is not None:
                # Only expressions that carry their own year resolve without publication.
                assert any(ch.isdigit() for ch in ref.text)
                assert ref.value != today or str(today.year) in ref.text
            if published is not None and ref.value is not None:
                window = date_window(ref)
                assert window is not None and window[0] <= window[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people died on Saturday, police said on Sunday.", ["Saturday"]),
        ("A spokesman said in a statement on Monday that 3 died.", []),
        ("Officials told reporters on Monday that 3 died on Sunday.", ["Sunday"]),
        ("He said 3 people were killed on Monday.", ["Monday"]),
        # A toll given in the passive dates the giving: "was issued late on Monday".
        ("The final toll was issued late Monday: 40 died in the Zelva siege.", []),
        ("The final count was released on Tuesday, the ministry said.", []),
        ("The toll of 12 dead was revised on Monday, officials said.", []),
        ("The siege was ended on Sunday by the army.", ["Sunday"]),
    ],
)
def test_statement_dates_are_not_event_dates(text: str, expected: list[str]) -> None:
    assert [r.text for r in dates_in(text, WED_2018_05_30)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five died, a police officer told Reuters on Monday.", []),
        ("Five died, an official told The Associated Press on Monday.", []),
        ("Five died, the governor told AFP news agency by phone on Monday.", []),
        ("Hospital officials said on Sunday that five died on Saturday.", ["Saturday"]),
        ("Five died, residents said Tuesday.", []),
        # A name after a verb that is not "told" is what was said, not its addressee.
        ("Police said Kabul was attacked on Monday.", ["Monday"]),
        ("Gunmen attacked Kabul on Monday.", ["Monday"]),
    ],
)
def test_told_someone_on_a_day_dates_the_statement(text: str, expected: list[str]) -> None:
    assert [r.text for r in dates_in(text, WED_2018_05_30)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group claimed responsibility on Saturday for the bombing on Friday.", ["Friday"]),
        ("The group claimed responsibility late on Saturday.", []),
        ("Police said the Monday attack killed 5.", ["Monday"]),
        ("The group denied on Monday that it was involved.", []),
        ("The group claimed the attack on Saturday.", ["Saturday"]),
    ],
)
def test_a_claim_of_responsibility_dates_the_statement(text: str, expected: list[str]) -> None:
    assert [r.text for r in dates_in(text, WED_2018_05_30)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group claimed the attack in a statement on Sunday.", []),
        ("The minister spoke at a news conference on Monday.", []),
        ("Officials gave the toll in an interview on Monday.", []),
        ("Gunmen attacked the hotel on Sunday.", ["Sunday"]),
    ],
)
def test_a_statement_noun_dates_the_statement(text: str, expected: list[str]) -> None:
    assert [r.text for r in dates_in(text, WED_2018_05_30)] == expected


@given(
    st.sampled_from(list(LEXICON.dates.weekdays)),
    st.sampled_from(
        [
            "The report will be released on",
            "The findings could be made public as soon as",
            "The minister is due to visit the site on",
            "A memorial is scheduled for",
            "Parliament is expected to debate the attack on",
        ]
    ),
    st.integers(0, 6),
)
def test_a_weekday_told_in_the_future_is_after_publication(
    weekday: str, cue: str, shift: int
) -> None:
    # "could be made public as soon as Friday": the coming Friday, not the last one.
    published = WED_2018_05_30 + dt.timedelta(days=shift)
    ref = one(f"{cue} {weekday.capitalize()}.", published)
    assert ref.value is not None
    assert published < ref.value <= published + dt.timedelta(days=7)
    assert ref.value.weekday() == LEXICON.dates.weekdays[weekday]


@given(
    st.sampled_from(list(LEXICON.dates.weekdays)),
    st.sampled_from(
        [
            "Gunmen attacked the hotel on",
            "Troops stormed the building on",
            "As many will recall, gunmen struck on",
        ]
    ),
)
def test_a_weekday_told_in_the_past_is_before_publication(weekday: str, told: str) -> None:
    # A future cue in another clause ("As many will recall, gunmen struck on Monday") does
    # not count.
    ref = one(f"{told} {weekday.capitalize()}.", WED_2018_05_30)
    assert ref.value is not None and ref.value <= WED_2018_05_30


@given(
    superlative=st.sampled_from(["deadliest", "worst", "bloodiest", "biggest", "most serious"]),
    noun=st.sampled_from(["attack", "bombing", "assault", "victory"]),
    opener=st.sampled_from(
        [
            "the Qarnat Front began its insurgency",
            "it was ousted from power",
            "a coalition drove the group out",
            "the war began",
        ]
    ),
    year=st.integers(min_value=1990, max_value=2016),
)
def test_a_year_in_a_comparison_dates_no_claim(superlative, noun, opener, year) -> None:
    """'the deadliest since X began its insurgency in 2007' starts a period compared with."""
    text = (
        f"Gunmen stormed the ministry on Wednesday.\n"
        f"It was the {superlative} {noun} since {opener} in {year}, the group said."
    )
    ctx = ctx_for(text, WED_2018_05_30)
    assert [r.value.year for r in find_dates(ctx, ctx.sentences[1]) if r.value] == [year]
    found = resolve_date(ctx, ctx.sentences[1])
    assert found is not None and found.value == WED_2018_05_30


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Police have arrested ten people since the attack in 2017.", 2017),
        ("It was the deadliest attack in 2015, officials said.", 2015),
    ],
)
def test_a_date_outside_a_comparison_still_dates_its_sentence(sentence, year) -> None:
    ctx = ctx_for(sentence, WED_2018_05_30)
    found = resolve_date(ctx, ctx.sentences[0])
    assert found is not None and found.value is not None and found.value.year == year


# --- dates, round 9: a comma after the month reads a day only when a year follows ---------
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@given(
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(2001, 2022),
    st.sampled_from(["on", "at Dunmar Gate on", "in Okvara on"]),
)
def test_month_comma_day_comma_year_is_a_day(month: int, day: int, year: int, lead: str) -> None:
    name = MONTH_NAMES[month - 1]
    text = f"The bomber blew himself up {lead} {name}, {day}, {year}, police said."
    ref = one(text, dt.date(2023, 7, 10))
    assert (ref.value, ref.precision) == (dt.date(year, month, day), DatePrecision.DAY)


@given(st.integers(1, 12), st.integers(2, 28))
def test_month_comma_count_stays_a_month(month: int, count: int) -> None:
    text = f"In {MONTH_NAMES[month - 1]}, {count} soldiers were killed in Zelvania."
    ref = one(text, dt.date(2023, 12, 30))
    assert (ref.value, ref.precision) == (dt.date(2023, month, 1), DatePrecision.MONTH)


# --- dates, round 9: what is done to suspects afterwards dates itself, not the attack -----
FOLLOW_UPS = [
    "were arrested",
    "were apprehended",
    "have been detained",
    "were nabbed",
    # round 13: a suspect caught, charged, jailed, remanded or handed over
    "were caught",
    "were charged",
    "were jailed",
    "were remanded",
    "were extradited",
]
AGENTS = ["", " by police", " by security agencies from the Dunmar district", " in Okvara"]


@given(
    st.sampled_from(["Two men", "Three suspects", "A cousin of the bomber and his driver"]),
    st.sampled_from(FOLLOW_UPS),
    st.sampled_from(AGENTS),
    st.sampled_from(["Monday", "Thursday", "Saturday"]),
)
def test_a_follow_up_date_is_a_statement_date(
    who: str, verb: str, agent: str, weekday: str
) -> None:
    ctx = ctx_for(f"{who} {verb}{agent} on {weekday}.", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [weekday]


# --- dates, round 13: a day between a report verb and the "that" of what it reports -------
@given(
    st.sampled_from(["Okvara media", "The Dunmar news agency", "State television", "Officials"]),
    st.sampled_from(["reported", "announced", "revealed", "said", "confirmed"]),
    st.sampled_from(["on ", "late on ", "early on ", ""]),
    st.sampled_from(["Monday", "Thursday", "Saturday"]),
    st.sampled_from(["the Front was behind the attack", "gunmen had stormed a hotel in Velka"]),
)
def test_a_day_before_that_dates_the_report(
    who: str, verb: str, on: str, weekday: str, news: str
) -> None:
    ctx = ctx_for(f"{who} {verb} {on}{weekday} that {news}.", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [weekday]


@pytest.mark.parametrize(
    "text",
    [
        "A blast was reported in Okvara on Monday.",
        "The attack was reported on Monday, and it shocked Velka.",
        "Gunmen stormed a hotel on Monday that was full of guests.",
    ],
)
def test_a_day_not_before_a_reported_that_is_no_report(text: str) -> None:
    ctx = ctx_for(text, WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert [r.text for r in find_dates(ctx, sentence)] == ["Monday"]


@given(
    st.sampled_from(FOLLOW_UPS),
    st.sampled_from(
        [
            "after gunmen stormed a hotel in Okvara on {d}",
            "in connection with {d}'s bombing in Okvara",
            "over the attack on a Dunmar market on {d}",
        ]
    ),
    st.sampled_from(["Monday", "Tuesday"]),
)
def test_an_attack_told_after_a_follow_up_keeps_its_date(
    verb: str, tail: str, weekday: str
) -> None:
    ctx = ctx_for(f"Two suspects {verb} {tail.format(d=weekday)}.", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert [r.text.split("'")[0] for r in find_dates(ctx, sentence)] == [weekday]


@given(
    st.sampled_from(["In a separate operation,", "Elsewhere,", "In a separate police raid,"]),
    st.sampled_from(FOLLOW_UPS),
    st.sampled_from(["Monday", "Tuesday"]),
)
def test_a_follow_up_told_as_separate_news_keeps_its_date(
    opener: str, verb: str, weekday: str
) -> None:
    ctx = ctx_for(f"{opener} two suspects {verb} in Okvara on {weekday}.", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert [r.text for r in find_dates(ctx, sentence)] == [weekday]


# --- events14, round 14: a report told after its news, closing the sentence ----------------
@given(
    st.sampled_from(
        [
            "Gunmen killed 12 people at a market in Okvara",
            "The bomber who struck the Velka mosque has been identified as a local man",
            "At least 30 were wounded when a bomb went off in Dunmar",
        ]
    ),
    st.sampled_from(["Okvara officials", "state media", "the Dunmar news agency", "police"]),
    st.sampled_from(["reported", "released", "issued"]),
    st.sampled_from(["on ", "late on ", ""]),
    st.sampled_from(["Monday", "Thursday", "Saturday"]),
    st.sampled_from([".", "", " ."]),
)
def test_a_report_closing_its_sentence_dates_the_report(
    news: str, who: str, verb: str, on: str, weekday: str, stop: str
) -> None:
    # "..., Okvara officials reported on Monday.": the day of the report, not of its news.
    ctx = ctx_for(f"{news}, {who} {verb} {on}{weekday}{stop}", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [weekday]


@pytest.mark.parametrize(
    "text",
    [
        "In Okvara, a blast was reported on Monday.",
        "Gunmen stormed a hotel in Velka, and the attack was reported on Monday.",
        "Officials in Dunmar reported on Monday the deaths of 12 people, police said.",
    ],
)
def test_a_passive_or_unclosed_report_day_may_be_the_attack_s(text: str) -> None:
    ctx = ctx_for(text, WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert [r.text for r in find_dates(ctx, sentence)] == ["Monday"]


@given(
    st.sampled_from(["The prime minister", "Okvara's president", "Officials", "The Front"]),
    st.sampled_from(["warned", "urged", "told", "assured", "reminded", "informed"]),
    st.sampled_from(
        ["Dunmar", "the Velka Front", "Okvara's Interior Ministry", "The Associated Press"]
    ),
    st.sampled_from(["on ", "late on ", ""]),
    st.sampled_from(["Monday", "Thursday", "Saturday"]),
    st.sampled_from(
        [
            " to expect a strong response to the bombing",
            " that the attack would not go unpunished",
            " to end its support for the gunmen",
        ]
    ),
)
def test_a_day_after_the_one_addressed_dates_the_statement(
    who: str, verb: str, addressee: str, on: str, weekday: str, rest: str
) -> None:
    # "Modi warned Dunmar on Friday to expect a strong response": the warning's day.
    ctx = ctx_for(f"{who} {verb} {addressee} {on}{weekday}{rest}.", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [weekday]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Dunmar on Monday.",
        "The bombers struck the Velka Front on Monday.",
    ],
)
def test_a_day_after_a_name_an_attack_was_told_against_is_the_attack_s(text: str) -> None:
    ctx = ctx_for(text, WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert [r.text for r in find_dates(ctx, sentence)] == ["Monday"]


# --- end of events14, round 14 ---------------------------------------------------------------


# --- eventsdev15, round 15: the day of a group's claim -------------------------------------
@given(
    st.sampled_from(["The Velka Front", "Islamic State (IS)", "The group", "Okvara's rebels"]),
    st.sampled_from(["on ", "late on ", ""]),
    st.sampled_from(["Monday", "Thursday", "Saturday"]),
    st.sampled_from(["claimed", "claims"]),
    st.sampled_from(["the", "a", "its", "Dunmar's"]),
    st.sampled_from(["", "deadly ", "suicide ", "twin car "]),
    st.sampled_from(["attack", "bombing", "bombings", "massacre", "blast"]),
    st.sampled_from([" on a market in Okvara.", ".", ", saying it had sent the bomber."]),
)
def test_a_day_before_claiming_an_attack_dates_the_claim(
    group: str, on: str, weekday: str, verb: str, det: str, mod: str, kind: str, rest: str
) -> None:
    # "IS on Saturday claimed the attack on a market": the day of the claim, not the attack's.
    ctx = ctx_for(f"{group} {on}{weekday} {verb} {det} {mod}{kind}{rest}", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [weekday]


@pytest.mark.parametrize(
    "text",
    [
        "The bombing on Monday claimed 20 lives.",
        "The blast on Monday claimed the lives of 20 people in Okvara.",
        "A car bomb on Monday claimed at least 12 victims in Dunmar.",
    ],
)
def test_a_day_before_claiming_lives_is_the_attack_s(text: str) -> None:
    ctx = ctx_for(text, WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert [r.text for r in find_dates(ctx, sentence)] == ["Monday"]


@given(
    st.sampled_from(["Okvara's president", "The Velka Front", "Leaders", "Dunmar's mayor"]),
    st.sampled_from(["on ", "late on ", ""]),
    st.sampled_from(["Monday", "Thursday", "Saturday"]),
    st.sampled_from(
        [
            "criticized",
            "criticised",
            "condemned",
            "condemns",
            "denounced",
            "slammed",
            "praised",
            "vowed",
            "pledged",
        ]
    ),
    st.sampled_from(
        [
            " the attack on a market in Okvara.",
            " the management of the airport, a day after the bombing.",
            " the rescuers who pulled survivors from the rubble.",
        ]
    ),
)
def test_a_day_before_a_speech_act_dates_the_statement(
    who: str, on: str, weekday: str, verb: str, rest: str
) -> None:
    # "Medvedev Tuesday criticized the airport's managers": the day of the criticism.
    ctx = ctx_for(f"{who} {on}{weekday} {verb}{rest}", WED_2018_05_30)
    (sentence,) = ctx.sentences
    assert find_dates(ctx, sentence) == []
    assert [r.text for r in statement_dates(ctx, sentence)] == [weekday]


# --- end of eventsdev15, round 15 ------------------------------------------------------------
# --- attrdev15, round 15: a year named before a day its sentence writes without one --------
_MONTH_DAYS = (("May 23", 5, 23), ("23 May", 5, 23), ("June 4", 6, 4), ("February 29", 2, 29))


@given(
    st.integers(2001, 2016),
    st.sampled_from(("In {y}, ", "Back in {y}, ", "In {y} ")),
    st.sampled_from(_MONTH_DAYS),
    st.sampled_from(
        (
            "Velka fighters seized the town on {d}",
            "the Okvara Front, which was founded later, stormed Dunmar on {d}",
        )
    ),
)
def test_a_day_without_its_year_is_of_the_year_its_sentence_named_before(
    year: int, opening: str, day: tuple[str, int, int], told: str
) -> None:
    """ "In 2009, Velka fighters seized the town on May 23": the day is of 2009."""
    written, month, number = day
    text = opening.format(y=year) + told.format(d=written) + "."
    refs = dates_in(text, WED_2018_05_30)
    (ref,) = [r for r in refs if r.text == written]
    expected = dt.date(year, month, 28 if number == 29 and year % 4 else number)
    assert ref.value == expected, text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("In 2009 the Front was founded; on Monday it struck Dunmar.", "Monday"),
        ("The 2012 siege of Okvara was longer than Friday's.", "Friday"),
    ],
)
def test_a_year_named_before_leaves_a_weekday_alone(text: str, written: str) -> None:
    refs = dates_in(text, WED_2018_05_30)
    (ref,) = [r for r in refs if r.text == written]
    assert ref.value is not None and ref.value.year == 2018


# --- end of attrdev15, round 15 --------------------------------------------------------------
