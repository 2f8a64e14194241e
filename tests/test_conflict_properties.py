"""Properties of the figure rules over generated reports: what never conflicts, and how once.

Compatible figures are never flagged, whoever gives them and in whatever order: intervals
that share a number ("at least 20", "27", "between 25 and 30"), a floor and a larger count
("at least N" and N+k), a toll one source raises day by day. Incompatible figures are
flagged, and each conflict exactly once: rivals of one day, however many, are one
contradiction with a side each; the same rivals told again on later days are still one.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimrecon import Document, Event, FigureClaim, Report, find_contradictions
from claimrecon.models import DatePrecision, DateRef, Severity
from tests.builders import LEXICON, fig, report_of

SPEAKERS = ("police", "the ministry", "a hospital", "the Red Cross", "witnesses", "the governor")
KINDS = ("official", "official", "official", "ngo", "witness", "official")
METRICS = st.sampled_from(["killed", "wounded"])
SUBJECTS = st.sampled_from(["people", "civilians", "police", "children"])


def run(claims, documents):
    return find_contradictions(report_of(*claims, documents=documents), lexicon=LEXICON)


def days(n: int, start: dt.date = dt.date(2021, 3, 1)) -> list[Document]:
    return [Document(id=f"day{i}", text="", published=start + dt.timedelta(i)) for i in range(n)]


@st.composite
def containing(draw: st.DrawFn, value: int) -> tuple[int, int | None, str]:
    """Draw an interval that holds ``value``: exact, at least, at most or a range."""
    kind = draw(st.sampled_from(["exact", "at_least", "at_most", "range"]))
    if kind == "exact":
        return value, value, "exact"
    if kind == "at_least":
        return draw(st.integers(0, value)), None, "at_least"
    if kind == "at_most":
        return None, draw(st.integers(value, value + 50)), "at_most"
    low = draw(st.integers(0, value))
    high = draw(st.integers(max(value, low + 1), value + 50))
    return low, high, "range"


@given(
    value=st.integers(1, 500),
    data=st.data(),
    n=st.integers(2, 6),
    metric=METRICS,
    subject=SUBJECTS,
    spread=st.integers(0, 3),
)
def test_intervals_that_share_a_number_are_never_flagged(value, data, n, metric, subject, spread):
    docs = days(spread + 1)
    claims = []
    for i in range(n):
        low, high, q = data.draw(containing(value))
        claims.append(
            fig(
                low,
                high,
                q=q,
                metric=metric,
                subject=subject,
                source=SPEAKERS[i],
                kind=KINDS[i],
                doc=docs[data.draw(st.integers(0, spread))].id,
            )
        )
    assert run(claims, docs).contradictions == ()


@given(
    n=st.integers(0, 1000),
    k=st.integers(0, 1000),
    floor_first=st.booleans(),
    same_day=st.booleans(),
    metric=METRICS,
    subject=SUBJECTS,
)
def test_at_least_n_and_a_larger_count_agree(n, k, floor_first, same_day, metric, subject):
    docs = days(2)
    first, second = ("day0", "day0") if same_day else ("day0", "day1")
    floor_doc, count_doc = (first, second) if floor_first else (second, first)
    floor = fig(n, None, q="at_least", metric=metric, subject=subject, doc=floor_doc)
    count = fig(n + k, metric=metric, subject=subject, source="police", kind="official")
    count = count.model_copy(update={"span": count.span.model_copy(update={"doc": count_doc})})
    assert run([floor, count], docs).contradictions == ()


@given(
    steps=st.lists(st.integers(1, 40), min_size=2, max_size=6),
    start=st.integers(0, 300),
    one_source=st.booleans(),
    metric=METRICS,
    subject=SUBJECTS,
)
def test_a_toll_that_rises_day_by_day_is_never_flagged(steps, start, one_source, metric, subject):
    docs = days(len(steps))
    claims, value = [], start
    for i, step in enumerate(steps):
        value += step
        speaker = 0 if one_source else i
        claims.append(
            fig(
                value,
                metric=metric,
                subject=subject,
                source=SPEAKERS[speaker],
                kind=KINDS[speaker],
                doc=docs[i].id,
            )
        )
    assert run(claims, docs).contradictions == ()


@st.composite
def rival_values(draw: st.DrawFn) -> list[int]:
    """Draw two to six figures far enough apart that no two meet, even as "about"."""
    n = draw(st.integers(2, 6))
    gaps = draw(st.lists(st.integers(1, 60), min_size=n, max_size=n))
    values, value = [], draw(st.integers(0, 100))
    for gap in gaps:
        value += gap
        values.append(value)
    return values


@given(values=rival_values(), metric=METRICS, subject=SUBJECTS)
def test_rivals_of_one_day_are_one_contradiction_with_a_side_each(values, metric, subject):
    docs = days(1)
    claims = [
        fig(v, metric=metric, subject=subject, source=SPEAKERS[i], kind=KINDS[i], doc="day0")
        for i, v in enumerate(values)
    ]
    (x,) = run(claims, docs).contradictions
    assert x.rule == "figure-disagreement" and x.severity is Severity.HARD
    assert {frozenset(side) for side in x.sides} == {frozenset({c.id}) for c in claims}
    # A floor every figure satisfies agrees with them all: it is on no side.
    floor = fig(min(values), None, q="at_least", metric=metric, subject=subject, doc="day0")
    (x,) = run([*claims, floor], docs).contradictions
    assert floor.id not in x.claim_ids and len(x.sides) == len(values)


@given(
    low=st.integers(1, 300),
    gap=st.integers(1, 300),
    told=st.integers(2, 4),
    metric=METRICS,
    subject=SUBJECTS,
)
def test_rivals_told_again_on_later_days_are_still_one_contradiction(
    low, gap, told, metric, subject
):
    # Each day, one outlet quotes the police's low figure and another the hospital's high
    # one: one disagreement, however many days it is told.
    docs = days(told)
    claims = []
    for i, doc in enumerate(docs):
        claims.append(
            fig(low, metric=metric, subject=subject, source="police", kind="official", doc=doc.id)
        )
        claims.append(
            fig(
                low + gap,
                metric=metric,
                subject=subject,
                source=f"hospital {i}",
                kind="official",
                doc=doc.id,
            )
        )
    found = [x for x in run(claims, docs).contradictions if x.rule == "figure-disagreement"]
    assert len(found) == 1
    sides = {frozenset(side) for side in found[0].sides}
    lows = frozenset(c.id for c in claims if c.figure.low == low)
    assert any(side <= lows for side in sides) and any(not (side & lows) for side in sides)


@given(
    counts=st.lists(st.integers(1, 400), min_size=2, max_size=4, unique=True),
    gap=st.integers(1, 200),
    rival=st.sampled_from([("the group's statement", "militant"), ("a hospital", "official")]),
    metric=METRICS,
    subject=SUBJECTS,
)
def test_a_rival_of_a_count_that_rises_below_it_is_one_contradiction(
    counts, gap, rival, metric, subject
):
    # One source gives a high figure on the first day; the police give a lower one that
    # day and raise it day after day, never reaching it: one conflict, the police's
    # steps on one side, not a rivalry and then a correction for each step.
    counts = sorted(counts)
    docs = days(len(counts))
    high = fig(
        counts[-1] + gap, metric=metric, subject=subject, source=rival[0], kind=rival[1], doc="day0"
    )
    steps = [
        fig(n, metric=metric, subject=subject, source="police", kind="official", doc=doc.id)
        for n, doc in zip(counts, docs, strict=True)
    ]
    (x,) = run([high, *steps], docs).contradictions
    assert {frozenset(s) for s in x.sides} == {
        frozenset({high.id}),
        frozenset(c.id for c in steps),
    }
    assert ", then ".join(str(n) for n in counts) in x.explanation


@given(
    high=st.integers(2, 500),
    data=st.data(),
    metric=METRICS,
    subject=SUBJECTS,
)
def test_a_later_lower_toll_from_another_source_is_one_correction(high, data, metric, subject):
    low = data.draw(st.integers(1, high - 1))
    docs = days(2)
    earlier = fig(high, metric=metric, subject=subject, source="police", doc="day0")
    later = fig(low, metric=metric, subject=subject, source="the ministry", doc="day1")
    (x,) = run([earlier, later], docs).contradictions
    assert x.kind.value == "revision"
    assert f"gives {low} later" in x.explanation and f"below the {high}" in x.explanation


NARROWER = st.sampled_from(
    [("people", "civilians"), ("people", "police"), ("civilians", "children")]
)


@given(whole=st.integers(1, 500), data=st.data(), pair=NARROWER, metric=METRICS)
def test_a_part_within_its_whole_is_never_flagged_and_one_above_it_once(whole, data, pair, metric):
    wide, narrow = pair
    docs = days(1)
    total = fig(whole, metric=metric, subject=wide, source="police", kind="official", doc="day0")
    fits = fig(data.draw(st.integers(1, whole)), metric=metric, subject=narrow, doc="day0")
    assert run([total, fits], docs).contradictions == ()
    above = fig(data.draw(st.integers(whole + 1, whole + 500)), metric=metric, subject=narrow)
    above = above.model_copy(update={"span": above.span.model_copy(update={"doc": "day0"})})
    (x,) = run([total, above], docs).contradictions
    assert x.rule == "part-and-whole"
    assert f"cannot fit in {whole}" in x.explanation


# --- round 6: scopes keep their own timelines; an earlier report retold is a step -------------


@given(
    total=st.integers(5, 300),
    data=st.data(),
    rise=st.integers(0, 50),
    unit=st.sampled_from(["Marines", "paratroopers", "commandos"]),
)
def test_a_rising_total_never_hides_rival_breakdowns_of_one_unit(total, data, rise, unit):
    """A unit's count has its own timeline: the total's rise replaces none of it.

    Under one unchanged total two breakdowns are rivals; after a rise the unit's count
    may rise too, but a lower one corrects it.
    """
    first = data.draw(st.integers(2, total))
    top = total if rise == 0 else first - 1
    second = data.draw(st.integers(1, top).filter(lambda n: n != first))
    docs = days(2)
    whole = fig(total, subject="soldiers", source="officials", kind="official", doc="day0")
    part = fig(first, subject="soldiers", doc="day0", part_of=whole.id, quote=f"{first} {unit}")
    later = fig(
        total + rise,
        subject="soldiers",
        source="the ministry",
        kind="official",
        doc="day1",
        revision=rise > 0,
    )
    other = fig(
        second,
        subject="soldiers",
        source="the ministry",
        kind="official",
        doc="day1",
        part_of=later.id,
        quote=f"{second} {unit}",
    )
    found = run([whole, part, later, other], docs).contradictions
    assert any(
        any(part.id in s for s in x.sides)
        and any(other.id in s for s in x.sides)
        and not any(part.id in s and other.id in s for s in x.sides)
        for x in found
    )


@given(current=st.integers(1, 200), data=st.data(), extra=st.integers(1, 50))
def test_an_earlier_report_a_speaker_retells_hides_not_its_current_figure(current, data, extra):
    rival = data.draw(st.integers(1, 400).filter(lambda n: n != current))
    docs = days(1)
    now = fig(current, source="officials", kind="official", doc="day0")
    retold = fig(current + extra, source="officials", kind="official", doc="day0", provisional=True)
    other = fig(rival, source="a hospital", kind="official", doc="other")
    docs = [*docs, Document(id="other", text="", published=docs[0].published)]
    found = run([now, retold, other], docs).contradictions
    assert any(
        any(now.id in s for s in x.sides) and any(other.id in s for s in x.sides) for x in found
    )


@given(first=st.integers(2, 300), data=st.data())
def test_an_early_count_below_its_speakers_later_toll_corrects_nothing(first, data):
    later = data.draw(st.integers(first, 600))
    so_far = data.draw(st.integers(1, first - 1))
    docs = days(2)
    claims = [
        fig(first, None, q="at_least", source="rescuers", kind="official", doc="day0"),
        fig(later, None, q="at_least", source="the police", kind="official", doc="day1"),
        fig(so_far, source="the police", kind="official", doc="day1", provisional=True),
    ]
    assert run(claims, docs).contradictions == ()


@given(steps=st.lists(st.integers(2, 300), min_size=2, max_size=5, unique=True), data=st.data())
def test_a_later_lower_toll_corrects_every_earlier_step_on_one_side(steps, data):
    """A rising series, then a figure below all of it: one correction, the series one side."""
    rising = sorted(steps)
    low = data.draw(st.integers(1, rising[0] - 1))
    docs = days(len(rising) + 1)
    claims = [
        fig(n, source=SPEAKERS[i % len(SPEAKERS)], kind=KINDS[i % len(KINDS)], doc=f"day{i}")
        for i, n in enumerate(rising)
    ]
    later = fig(low, source="the governor", kind="official", doc=f"day{len(rising)}")
    (x,) = run([*claims, later], docs).contradictions
    assert x.kind.value == "revision"
    assert {frozenset(s) for s in x.sides} == {
        frozenset(c.id for c in claims),
        frozenset({later.id}),
    }


@given(
    counts=st.lists(st.integers(1, 40), min_size=2, max_size=4),
    nation=st.sampled_from(["Britons", "Germans", "foreigners", "Canadians"]),
    spread=st.integers(0, 2),
    data=st.data(),
)
def test_breakdowns_by_nationality_are_floors_never_rivals(counts, nation, spread, data):
    """The nationality of the dead is known as they are identified: each count is a floor."""
    docs = days(spread + 1)
    claims = [
        fig(
            n,
            source=SPEAKERS[i],
            kind=KINDS[i],
            doc=docs[data.draw(st.integers(0, spread))].id,
            quote=f"{n} {nation} were killed",
        )
        for i, n in enumerate(counts)
    ]
    assert run(claims, docs).contradictions == ()


@given(
    earlier=st.integers(1, 300),
    rise=st.integers(1, 300),
    told=st.integers(1, 2),
    gap=st.integers(1, 3),
)
def test_a_figure_dated_by_its_text_before_a_higher_one_is_a_step(earlier, rise, told, gap):
    """A later report that dates a lower figure before another's higher one tells a rise.

    "On <day>, a toll of N was released", in a report after the higher toll: the day the
    text gives (after the attack's day) is when N was told. The attack's own day is no
    such date: then the lower figure, published later, corrects the higher.
    """
    start = dt.date(2021, 3, 1)
    higher_day = start + dt.timedelta(days=told + 1)
    docs = [
        Document(id="high", text="", published=higher_day),
        Document(id="late", text="", published=higher_day + dt.timedelta(days=gap)),
    ]
    high = fig(earlier + rise, source="police", kind="official", doc="high")

    def dated(day: dt.date) -> FigureClaim:
        when = DateRef(text="on that day", value=day, precision=DatePrecision.DAY)
        return fig(earlier, source="the ministry", kind="official", doc="late", date=when)

    def found(low: FigureClaim) -> tuple:
        report = Report(
            documents=tuple(docs),
            claims=(high, low),
            events=(Event(id="e", claims=(high.id, low.id), date=start, date_precision="day"),),
        )
        return find_contradictions(report, lexicon=LEXICON).contradictions

    assert found(dated(start + dt.timedelta(days=told))) == ()
    (x,) = found(dated(start))
    assert x.kind.value == "revision"


PARTIAL_COUNTS = st.sampled_from(
    [
        "{n} bodies were still unidentified",
        "{n} of the victims have now been identified",
        "{n} bodies had been formally identified",
        "{n} of the dead were not yet identified",
        "{n} victims were identified",
        "{n} bodies have been recovered so far",
        "{n} bodies recovered from the rubble were taken to the morgue",
        "{n} male bodies recovered from the dormitory were burned",
        "{n} victims identified by relatives were buried",
    ]
)


@given(
    toll=st.integers(5, 400),
    data=st.data(),
    wording=PARTIAL_COUNTS,
    speaker=st.sampled_from(SPEAKERS),
    later=st.booleans(),
)
def test_a_count_of_bodies_identified_or_not_is_a_floor_never_a_rival(
    toll, data, wording, speaker, later
):
    # A count of the bodies identified (or still unidentified) is some of the dead: it
    # neither rivals nor corrects a larger toll, told the same day or later.
    n = data.draw(st.integers(1, toll - 1))
    sentence = wording.format(n=n)
    text = f"{speaker.capitalize()} said {sentence}."
    docs = [
        Document(id="day0", text="", published=dt.date(2021, 3, 1)),
        Document(id="told", text=text, published=dt.date(2021, 3, 2 if later else 1)),
    ]
    start = text.index(str(n))
    quote = sentence
    partial = fig(n, source=speaker, kind="official", doc="told", quote=quote)
    partial = partial.model_copy(
        update={
            "span": partial.span.model_copy(update={"start": start, "end": start + len(quote)}),
            "figure": partial.figure.model_copy(update={"text": str(n)}),
        }
    )
    whole = fig(toll, source="the ministry", kind="official", doc="day0")
    assert run([partial, whole], docs).contradictions == ()
    # The same number told as the toll is a rival, or a correction when later.
    plain = fig(n, source=speaker, kind="official", doc="told")
    (x,) = run([plain, whole], docs).contradictions
    assert (x.kind.value == "revision") is later


@given(
    killed=st.integers(5, 200),
    rise=st.integers(1, 50),
    wounded=st.integers(5, 300),
    more=st.integers(1, 300),
    after=st.integers(1, 3),
    wording=st.sampled_from(["about", "exact"]),
)
def test_a_report_that_trails_a_rise_of_its_day_gives_floors(
    killed, rise, wounded, more, after, wording
):
    # The day after the attack, one report gives 95 killed and about 158 wounded; another
    # that day says the toll "has risen to 103", with at least 235 wounded: the first was
    # written at an earlier step of the count, so its wounded count is a floor.
    start = dt.date(2021, 3, 1)
    day = start + dt.timedelta(days=after)
    docs = [Document(id=d, text="", published=day) for d in ("early", "late")]
    early_dead = fig(killed, None, q="at_least", source="a health official", doc="early")
    early_hurt = fig(wounded, q=wording, metric="wounded", source="a health official", doc="early")
    big = wounded * 2 + more  # beyond any tolerance of the early figure

    def found(risen: bool) -> tuple:
        late_dead = fig(killed + rise, source="police", kind="official", doc="late", revision=risen)
        late_hurt = fig(big, None, q="at_least", metric="wounded", source="police", doc="late")
        claims = (early_dead, early_hurt, late_dead, late_hurt)
        report = Report(
            documents=tuple(docs),
            claims=claims,
            events=(
                Event(id="e", claims=tuple(c.id for c in claims), date=start, date_precision="day"),
            ),
        )
        return find_contradictions(report, lexicon=LEXICON).contradictions

    assert found(risen=True) == ()
    # Without the rise, two reports of one day are rivals.
    (x,) = found(risen=False)
    assert early_hurt.id in x.claim_ids


@given(toll=st.integers(10, 400), data=st.data(), more=st.integers(0, 400))
def test_a_texts_early_count_below_its_standing_toll_is_no_rival_of_the_perpetrators(
    toll, data, more
):
    # "At least 84 were killed ... the toll is expected to rise ... 16 bodies were still
    # unidentified, a hospital spokeswoman said": the early 16 is a step (or a part) the text's own
    # toll passed, not what the text says against the perpetrator's figure.
    early = data.draw(st.integers(1, toll - 1))
    own = toll + more  # the group's figure meets the text's standing toll
    docs = days(1)
    docs = [*docs, Document(id="group", text="", published=docs[0].published)]
    standing = fig(toll, None, q="at_least", doc="day0")
    # Another voice of the same text, so the text's own largest figure does not hide it.
    step = fig(
        early, source="a hospital spokeswoman", kind="official", doc="day0", provisional=True
    )
    boast = fig(own, source="the Okvara Front", kind="militant", doc="group")
    found = run([standing, step, boast], docs).contradictions
    assert not any(step.id in side for x in found for side in x.sides)


@given(early=st.integers(1, 300), data=st.data())
def test_an_early_count_alone_in_its_text_still_stands_against_the_perpetrators(early, data):
    # The guard: "30 so far" with no standing toll in its text says 30 against the group.
    own = data.draw(st.integers(early + 1, early + 500))
    docs = days(1)
    docs = [*docs, Document(id="group", text="", published=docs[0].published)]
    step = fig(early, doc="day0", provisional=True)
    boast = fig(own, source="the Okvara Front", kind="militant", doc="group")
    found = run([step, boast], docs).contradictions
    assert any(step.id in side for x in found for side in x.sides)


@given(
    whole=st.integers(1, 300),
    more=st.integers(1, 100),
    part_subject=st.sampled_from(["police", "children", "civilians"]),
    undated=st.sampled_from(["whole", "part"]),
)
def test_a_larger_part_in_a_text_of_unknown_day_is_no_contradiction(
    whole, more, part_subject, undated
):
    # "35 people were brought in dead" on Monday, "the attack on the Velka church claimed
    # 40 police" in a text of no known day: which came first is unknown, and the toll may
    # have risen between them.
    docs = days(1)
    docs = [*docs, Document(id="nodate", text="")]
    total = fig(whole, source="the hospital", kind="official", doc="day0")
    part = fig(
        whole + more, subject=part_subject, source="officials", kind="official", doc="nodate"
    )
    if undated == "whole":
        total = fig(whole, source="the hospital", kind="official", doc="nodate")
        part = fig(
            whole + more, subject=part_subject, source="officials", kind="official", doc="day0"
        )
    assert run([total, part], docs).contradictions == ()


@given(
    whole=st.integers(1, 300),
    more=st.integers(1, 100),
    part_subject=st.sampled_from(["police", "children", "civilians"]),
)
def test_a_larger_part_of_the_same_day_still_contradicts_its_whole(whole, more, part_subject):
    # The guard: both texts of one day, the part above the whole cannot fit in it.
    docs = [*days(1), Document(id="same", text="", published=days(1)[0].published)]
    total = fig(whole, source="the hospital", kind="official", doc="day0")
    part = fig(whole + more, subject=part_subject, source="officials", kind="official", doc="same")
    assert run([total, part], docs).contradictions != ()
