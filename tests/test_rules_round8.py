"""Contradictions, round 8: the shared tolerance and one speaker's voice within one text."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Document
from claimrecon.models import (
    AttributionClaim,
    DatePrecision,
    DateRef,
    Figure,
    Qualifier,
    Source,
    Span,
    Tolerance,
)
from claimrecon.rules.conflicts import Step, sweep_sides
from claimrecon.vocab import Lexicon
from tests.builders import att, fig
from tests.rulecases import day, run

# --- the tolerance: one notion for the rules and the estimates -----------------------------

tolerances = st.builds(
    Tolerance,
    relative=st.floats(min_value=0, max_value=1, allow_nan=False),
    absolute=st.integers(min_value=0, max_value=20),
)
numbers = st.integers(min_value=0, max_value=5000)


@st.composite
def any_figure(draw: st.DrawFn) -> Figure:
    q = draw(st.sampled_from(list(Qualifier)))
    n = draw(numbers)
    if q in (Qualifier.EXACT, Qualifier.ABOUT):
        return Figure(low=n, high=n, qualifier=q)
    if q is Qualifier.AT_LEAST:
        return Figure(low=n, high=None, qualifier=q)
    if q is Qualifier.AT_MOST:
        return Figure(low=None, high=n, qualifier=q)
    return Figure(low=n, high=n + draw(numbers), qualifier=q)


@given(any_figure(), any_figure(), tolerances)
def test_compatibility_is_symmetric_under_any_tolerance(a: Figure, b: Figure, t: Tolerance):
    assert a.compatible(b, t) is b.compatible(a, t)


@given(numbers, tolerances, st.floats(0, 1), st.integers(0, 20))
def test_a_wider_tolerance_never_narrows_an_about_figure(
    n: int, t: Tolerance, more: float, more_abs: int
):
    wider = Tolerance(relative=t.relative + more, absolute=t.absolute + more_abs)
    low, high = t.widen(n)
    wide_low, wide_high = wider.widen(n)
    assert wide_low <= low <= n <= high <= wide_high


@given(numbers, numbers, tolerances)
def test_an_about_figure_agrees_with_a_count_within_its_slack(n: int, m: int, t: Tolerance):
    about, exact = Figure(low=n, high=n, qualifier=Qualifier.ABOUT), Figure.exact(m)
    slack = max(float(t.absolute), t.relative * n)
    if abs(m - n) <= slack:
        assert about.compatible(exact, t)
    if abs(m - n) > slack + 1:
        assert not about.compatible(exact, t)


@given(numbers, tolerances)
def test_an_about_figure_always_agrees_with_its_own_number(n: int, t: Tolerance):
    about = Figure(low=n, high=n, qualifier=Qualifier.ABOUT)
    assert about.compatible(Figure.exact(n), t) and about.compatible(about, t)


def test_the_default_reads_about_as_ten_percent_either_way():
    assert Tolerance().widen(100) == (90, 110)
    assert Tolerance().widen(5) == (4, 6)  # at least one either way


ONE_DAY = (Document(id="a", text="", published=dt.date(2020, 5, 1)),)
TWO_OUTLETS = (
    Document(id="a", text="", published=dt.date(2020, 5, 1)),
    Document(id="b", text="", published=dt.date(2020, 5, 1)),
)


@given(any_figure(), any_figure(), tolerances)
def test_figures_that_meet_under_the_tolerance_are_never_flagged(
    a: Figure, b: Figure, t: Tolerance
):
    left = fig(a.low, a.high, q=a.qualifier.value, source="police", kind="official", doc="a")
    right = fig(b.low, b.high, q=b.qualifier.value, source="AP", doc="b")
    found = run(left, right, documents=TWO_OUTLETS, tolerance=t)
    if a.compatible(b, t):
        assert found.contradictions == ()


def test_around_a_hundred_against_a_count_twelve_percent_lower_is_a_contradiction():
    about = fig(100, q="about", source="police", kind="official", doc="a")
    exact = fig(88, source="AP", doc="b")
    assert run(about, exact, documents=TWO_OUTLETS).contradictions != ()
    # A looser tolerance, given by the user, reads them as one count.
    loose = Tolerance(relative=0.2)
    assert run(about, exact, documents=TWO_OUTLETS, tolerance=loose).contradictions == ()


# --- one speaker within one text: named in full, then by a short form or a pronoun ----------

first_names = st.sampled_from(["Amir", "Lena", "Tomas", "Oyelaran", "Kavya", "Brun"])
last_names = st.sampled_from(["Haldorsen", "Mbeki-Otieno", "Quarrel", "Vasquez", "Ildiz"])
titles = st.sampled_from(["Rescue spokesman", "Police chief", "Provincial health director", ""])


@st.composite
def one_speaker_many_figures(draw: st.DrawFn):
    first, last, title = draw(first_names), draw(last_names), draw(titles)
    full = " ".join(w for w in (title, first, last) if w)
    later = draw(st.sampled_from([last, "he", "she"]))
    total = draw(st.integers(min_value=10, max_value=400))
    part = draw(st.integers(min_value=1, max_value=total - 1))
    return full, later, total, part


@given(one_speaker_many_figures())
def test_a_speaker_retold_by_short_name_or_pronoun_does_not_rival_itself(case):
    full, later, total, part = case
    whole = fig(total, source=full, kind="official", doc="a")
    smaller = fig(part, source=later, kind="unknown", doc="a")
    # The later mention comes after the full name in the text (fig spans grow in order).
    assert smaller.span.start > whole.span.start
    other = fig(total, source="AP", doc="b")
    assert run(whole, smaller, other, documents=TWO_OUTLETS).contradictions == ()


@given(one_speaker_many_figures())
def test_the_same_short_name_in_another_text_is_another_voice(case):
    full, later, total, part = case
    whole = fig(total, source=full, kind="official", doc="a")
    elsewhere = fig(part, source=later, kind="official", doc="b")
    assert run(whole, elsewhere, documents=TWO_OUTLETS).contradictions != ()


def test_a_pronoun_before_any_named_speaker_stays_its_own_voice():
    early = fig(5, source="he", kind="unknown", doc="a")
    named = fig(30, source="Police chief Ana Ruiz", kind="official", doc="a")
    assert run(early, named, documents=ONE_DAY).contradictions != ()


# --- dates: a month or a year another sentence names dates something else -----------------

months = st.sampled_from(
    ["January", "March", "June", "September", "November", "December"],
)
groups = st.sampled_from(["the Northern Front", "Kavir Brigade", "the Sela movement"])


@given(months, groups, st.integers(2, 90), st.booleans(), st.booleans())
def test_a_month_from_another_sentence_is_not_the_attacks_date(
    month, group, n, own_sentence, attribution
):
    # A report of an attack recalls, in a later sentence, what the group did in another
    # month ("had called for attacks in March"). That month is not the attack's date; told
    # in the claim's own sentence ("claimed the attack in March"), it is, and is compared
    # with another report's day months away.
    attack = dt.date(2031, 8, 15)
    month_no = ["January", "March", "June", "September", "November", "December"].index(month)
    value = dt.date(2030, (1, 3, 6, 9, 11, 12)[month_no], 1)
    head = f"{group} claims attack that killed {n}"
    told = f" in {month}" if own_sentence else ""
    later = "" if own_sentence else f" The group had called for attacks in {month}."
    text = f"{head}{told}.{later}"
    at = text.index(month)
    when = DateRef(
        text=month,
        value=value,
        precision=DatePrecision.MONTH,
        span=Span(doc="a", start=at, end=at + len(month)),
    )
    span = Span(doc="a", start=0, end=len(head))
    if attribution:
        claim = AttributionClaim(
            span=span,
            quote=head,
            source=Source(name=group, kind="militant"),
            actor=group,
            stance="claimed",
            date=when,
        )
    else:
        claim = fig(n, doc="a", date=when, quote=head).model_copy(update={"span": span})
    dated = fig(n, doc="b", date=day("on Friday", *attack.timetuple()[:3]))
    docs = (
        Document(id="a", text=text, published=attack + dt.timedelta(days=1)),
        Document(id="b", text="", published=attack + dt.timedelta(days=1)),
    )
    found = run(claim, dated, documents=docs, disable=["figure-disagreement"])
    assert [x.rule for x in found.contradictions] == (["date-conflict"] if own_sentence else [])


# --- attributions: a group and its regional branch are one side ---------------------------

invented_groups = st.sampled_from(
    ["Harakat al-Nur", "Kavir Brigade", "Sela Movement", "Front for Tamar Unity"]
)
regions = st.sampled_from(["the Southwest", "the Lake Region", "Upper Kesh", "the North"])


@given(invented_groups, regions, st.sampled_from(["claimed", "asserted", "suspected"]))
def test_a_group_and_its_branch_in_a_region_do_not_contradict(group, region, stance):
    claim = att(group, "claimed", source=group, kind="militant", doc="a")
    branch = att(f"{group} in {region}", stance, doc="b")
    assert run(claim, branch).contradictions == ()
    # A known group's branch the lexicon does not list is that group's too.
    known = att("Islamic State", "claimed", doc="a")
    assert run(known, att(f"Islamic State in {region}", stance, doc="b")).contradictions == ()


@given(invented_groups, invented_groups, regions)
def test_another_groups_branch_still_contradicts(group, other, region):
    if group == other:
        return
    claim = att(group, "claimed", source=group, kind="militant", doc="a")
    branch = att(f"{other} in {region}", "claimed", doc="b")
    assert [x.rule for x in run(claim, branch).contradictions] == ["attribution-conflict"]


# --- a toll of several acts together is a ceiling for one of them -------------------------

counts_of_acts = st.sampled_from(["two", "three", "both", "two separate", "several"])
acts = st.sampled_from(["attacks", "bombings", "blasts", "bomb attacks"])


@given(counts_of_acts, acts, st.integers(2, 200), st.integers(1, 200), st.booleans())
def test_a_toll_of_several_acts_is_no_floor_for_one_of_them(many, noun, n, extra, combined):
    # "... following the two attacks on May 12 that killed at least N people": this
    # event's own toll (a lower count, from another outlet) is part of it. Without the
    # several acts ("the attack on May 12 that killed at least N"), it is a rival.
    phrase = f"the {many} {noun}" if combined else "the attack"
    text = f"Officials met after {phrase} on Tuesday that killed at least {n + extra} people."
    quote = f"killed at least {n + extra} people"
    start = text.index(quote)
    total = fig(n + extra, None, q="at_least", doc="b", quote=quote)
    total = total.model_copy(update={"span": Span(doc="b", start=start, end=start + len(quote))})
    total = total.model_copy(
        update={"figure": total.figure.model_copy(update={"text": f"at least {n + extra}"})}
    )
    own = fig(n, source="the ministry", kind="official", doc="a")
    docs = (
        Document(id="a", text="", published=dt.date(2031, 3, 5)),
        Document(id="b", text=text, published=dt.date(2031, 3, 5)),
    )
    flagged = run(own, total, documents=docs).contradictions != ()
    assert flagged is not combined
    # A ceiling still: one attack's toll above the several acts' is a contradiction.
    above = fig(n + extra + 5, source="the ministry", kind="official", doc="a")
    upper = total.model_copy(
        update={"figure": Figure(low=n + extra, high=n + extra, text=str(n + extra))}
    )
    assert run(above, upper, documents=docs).contradictions != ()


# --- a part linked to a figure of another metric that it exceeds counts something else ----


@given(st.integers(1, 5), st.integers(6, 80), st.sampled_from(["militants", "people"]))
def test_a_part_of_another_metric_above_its_linked_figure_is_no_contradiction(n, m, subject):
    # "One of its bombers carried out the attack on a bus, killing 44 of them": the 44 is
    # linked to the one bomber by "of them", but counts the passengers.
    speaker = {"source": "the group", "kind": "militant", "doc": "a"}
    bombers = fig(n, metric="count", subject="militants", **speaker)
    killed = fig(m, subject=subject, part_of=bombers.id, **speaker)
    assert run(bombers, killed).contradictions == ()
    # Of the same metric, a part above its own total is still a contradiction.
    total = fig(n, subject="people", **speaker)
    part = fig(m, subject="people", part_of=total.id, **speaker)
    assert [x.rule for x in run(total, part).contradictions] == ["part-and-whole"]


# --- sides: a figure that one bridging floor agrees with still faces the figures above ----

step_intervals = st.lists(
    st.tuples(st.integers(0, 60), st.one_of(st.none(), st.integers(0, 30))),
    min_size=1,
    max_size=12,
)


@given(step_intervals)
def test_sides_agree_within_and_every_kept_figure_faces_another_side(raw):
    items = [
        Step(
            claim=fig(
                low,
                None if width is None else low + width,
                q="at_least" if width is None else "range",
            ),
            low=low,
            high=float("inf") if width is None else low + width,
            when=(dt.date(2031, 1, 1), 0),
        )
        for low, width in raw
    ]
    sides = sweep_sides(items)
    commons = [(max(s.low for s in side), min(s.high for s in side)) for side in sides]
    assert all(low <= high for low, high in commons)  # one interval on each side
    for a, b in itertools.pairwise(commons):
        assert a[1] < b[0]  # the sides' common intervals do not meet
    for i, side in enumerate(sides if len(sides) > 1 else []):
        others = [t for j, o in enumerate(sides) if j != i for t in o]
        for s in side:
            assert any(t.low > s.high or s.low > t.high for t in others)


def test_a_range_bridged_by_a_floor_still_faces_a_larger_floor():
    # 25-50 meets "over 40", but not "at least 81": it stays, against the 81.
    docs = (Document(id="a", text="", published=dt.date(2031, 6, 5)),)
    between = fig(25, 50, q="range", source="eyewitnesses", kind="witness", doc="a")
    forty = fig(40, source="local authorities", kind="official", doc="a")
    over = fig(41, None, q="at_least", source="a doctor", kind="witness", doc="a")
    feared = fig(81, None, q="at_least", source="a broadcaster", doc="a")
    (x,) = run(between, forty, over, feared, documents=docs).contradictions
    assert {frozenset(side) for side in x.sides} == {
        frozenset({between.id, forty.id}),
        frozenset({over.id, feared.id}),
    }
    # The explanation does not say that 25-50 and "over 40" do not meet.
    assert "what each side's figures agree on, [40, 40], [81, ∞), does not meet" in x.explanation


# --- attributions: a state and its military, government or police are one side -----------

_LEX = Lexicon.default()
demonyms = st.sampled_from(sorted(_LEX.events.demonyms.items()))
organs = st.sampled_from(sorted(_LEX.actors.state_organs))


@given(demonyms, organs, st.booleans(), st.sampled_from(["asserted", "suspected", "believed"]))
def test_a_state_and_its_own_bodies_do_not_contradict(demonym, organ, possessive, stance):
    word, country = demonym
    body = f"{country}'s {organ}" if possessive else f"{word.title()} {organ}"
    blamed = att(country, stance, source="a rights group", kind="ngo", doc="a")
    named = att(body, "asserted", source="witnesses", kind="witness", doc="b")
    assert run(blamed, named).contradictions == ()
    # Against a group, the state's body is still another perpetrator.
    group = att("Kavir Brigade", "claimed", source="Kavir Brigade", kind="militant", doc="c")
    assert [x.rule for x in run(named, group).contradictions] == ["attribution-conflict"]


# --- a part above its own speaker's total in one text was read from other words ----------


@given(
    st.integers(2, 30),
    st.integers(1, 200),
    st.sampled_from(["women", "children", "civilians", "police"]),
)
def test_a_part_above_its_own_speakers_total_faces_no_one(n, extra, subject):
    # "He said 16 people were killed and over 100 women were evacuated": the women are
    # misread as killed; the speaker's own 16 shows it, so no one's total is contradicted.
    speaker = {"source": "a ministry spokesman", "kind": "official", "doc": "a"}
    own = fig(n, **speaker)
    part = fig(n + extra, None, q="at_least", subject=subject, **speaker)
    other = fig(n, source="health officials", kind="official", doc="b")
    assert run(own, part, other, documents=TWO_OUTLETS).contradictions == ()
    # Another speaker's part above the total is a contradiction still.
    theirs = fig(n + extra, None, q="at_least", subject=subject, source="AP", doc="b")
    assert [x.rule for x in run(own, theirs, documents=TWO_OUTLETS).contradictions] == [
        "part-and-whole"
    ]
