"""Contradictions, round 9: a breakdown at the attack's one place, and undated reports."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import DateRef, Document, Event, Figure, FigureClaim, Metric, Report, Source, Span
from claimrecon.eventview import read_scopes
from claimrecon.rules import find_contradictions
from tests.builders import LEXICON, fig
from tests.rulecases import analysed, run

NAMES = st.sampled_from(["Korvath", "Elmira", "Santel", "Budrow", "Quinta", "Marrak"])
PLACES = st.sampled_from(["entrance", "gate", "checkpoint", "market", "terminal"])
VENUES = st.sampled_from(["stadium", "shrine", "airport", "bazaar", "college"])
WORDS = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _claim(
    text: str, doc: str, phrase: str, n: int, subject: str = "people", *, q: str = "exact"
) -> FigureClaim:
    start = text.index(phrase)
    written = WORDS.get(n, str(n))
    return FigureClaim(
        span=Span(doc=doc, start=start, end=start + len(phrase)),
        quote=phrase,
        source=Source(name=None, kind="media"),
        metric="killed",
        subject=subject,
        figure=Figure(
            low=n,
            high=None if q == "at_least" else n,
            qualifier=q,
            text=written if written in phrase else str(n),
        ),
    )


def _opposed(report: Report, a: FigureClaim, b: FigureClaim) -> bool:
    return any(
        a.id in one and b.id in other
        for x in report.contradictions
        for one in x.sides
        for other in x.sides
        if one is not other
    )


# --- a breakdown of the toll at the attack's one place is no site's part -----------------------


@st.composite
def breakdown_at_the_place(draw: st.DrawFn):
    """A text tells the attack at a place with its toll broken down by who died."""
    place, venue, name = draw(PLACES), draw(VENUES), draw(NAMES)
    total = draw(st.integers(20, 90))
    women, children = draw(st.integers(3, 9)), draw(st.integers(3, 9))
    cw = WORDS[children]
    body = (
        f"A bomber struck Doralis on Sunday, killing {total} people. "
        f"The attack at the {place} of the {name} {venue} killed {total} people, "
        f"including {women} women and {cw} children, officials said."
    )
    return body, total, children, cw


@settings(max_examples=30, deadline=None)
@given(breakdown_at_the_place())
def test_a_breakdown_at_the_attacks_place_is_the_whole_breakdown(case):
    body, total, children, cw = case
    kids = _claim(body, "b", f"{cw} children", children, "children")
    toll = _claim(body, "b", f"killing {total} people", total)
    scopes = read_scopes([kids, toll], {"b": Document(id="b", text=body)}, LEXICON)
    assert scopes[kids.id].key is None


@settings(max_examples=30, deadline=None)
@given(breakdown_at_the_place(), st.integers(1, 3))
def test_a_later_lower_breakdown_at_the_place_corrects_the_earlier(case, fewer):
    # The earlier report counts more children among the dead; the later one, at the
    # attack's place, fewer: a correction (a count of the dead does not fall).
    body, total, children, cw = case
    early = f"At least {total} people, including {children + fewer} children, have died."
    first = _claim(early, "a", f"{children + fewer} children", children + fewer, "children")
    later = _claim(body, "b", f"{cw} children", children, "children")
    docs = [
        (Document(id="a", text=early, published=dt.date(2031, 4, 2)), [first]),
        (Document(id="b", text=body, published=dt.date(2031, 4, 9)), [later]),
    ]
    assert _opposed(analysed(docs), first, later)


@settings(max_examples=30, deadline=None)
@given(NAMES, VENUES, PLACES, st.integers(30, 90), st.integers(3, 20))
def test_a_smaller_toll_of_the_same_dead_at_a_site_is_still_its_part(
    name, venue, place, total, part
):
    # "Attacks across the city killed 60 people ... 12 people were killed at the gate":
    # the same dead, fewer of them at one place, count a site's part, not a rival.
    body = (
        f"Attacks across Doralis killed {total} people. {part} people were killed at the "
        f"{place} of the {name} {venue}."
    )
    whole = _claim(body, "c", f"killed {total} people", total)
    site = _claim(body, "c", f"{part} people were killed", part)
    scopes = read_scopes([whole, site], {"c": Document(id="c", text=body)}, LEXICON)
    assert scopes[site.id].part


# --- a text of unknown day: no order, so no rise turned into a contradiction -------------------

SPEAKERS = st.sampled_from(["the Okvara police", "the Dunmar hospital", "the governor's office"])


def _toll(n: int, doc: str, source: str | None = None, *, q: str = "exact") -> FigureClaim:
    return fig(
        n,
        None if q == "at_least" else n,
        q=q,
        doc=doc,
        source=source,
        kind="official" if source else "media",
    )


@settings(max_examples=40, deadline=None)
@given(
    st.integers(5, 200),
    st.integers(1, 80),
    st.integers(1, 80),
    st.booleans(),
    st.sampled_from(["exact", "at_least"]),
)
def test_an_undated_report_makes_no_rise_a_contradiction(n, rise, other, undated_high, q):
    # Dated reports rise (n, then n + rise); a report with no day gives another figure.
    # Whatever it says, the rise stays a timeline, and its figure, which may come before
    # or after any of them, is set against none of them.
    first, later = _toll(n, "a"), _toll(n + rise, "b", q=q)
    lone = _toll(n + rise + other if undated_high else max(1, n - other), "u")
    docs = (
        Document(id="a", text="", published=dt.date(2031, 3, 1)),
        Document(id="b", text="", published=dt.date(2031, 3, 3)),
        Document(id="u", text="", published=None),
    )
    assert run(first, later, lone, documents=docs).contradictions == ()


@settings(max_examples=40, deadline=None)
@given(
    st.integers(5, 200), st.integers(2, 80), st.lists(SPEAKERS, min_size=2, max_size=2, unique=True)
)
def test_rivals_within_an_undated_text_are_still_rivals(n, gap, speakers):
    # One text with no day tells two speakers' tolls that cannot meet: one time, rivals.
    low, high = _toll(n, "u", speakers[0]), _toll(n + gap, "u", speakers[1])
    dated = _toll(n, "a")
    docs = (
        Document(id="u", text="", published=None),
        Document(id="a", text="", published=dt.date(2031, 3, 1)),
    )
    found = run(low, high, dated, documents=docs)
    assert any(
        {low.id, high.id} <= {c for side in x.sides for c in side} for x in found.contradictions
    )


@settings(max_examples=40, deadline=None)
@given(
    st.integers(5, 200),
    st.integers(1, 60),
    st.sampled_from(["had initially said", "at first said", "earlier put the toll at"]),
    SPEAKERS,
)
def test_a_figure_retold_as_said_before_corrects_no_figure_of_the_days_between(
    n, rise, cue, speaker
):
    # Monday: "the toll has risen to N + rise". Tuesday: "<speaker> had initially said
    # N people were killed", retold: it was said before Monday's rise, no correction.
    risen = _toll(n + rise, "a")
    text = f"{speaker.capitalize()} {cue} {n} people were killed."
    quote = f"{n} people were killed"
    start = text.index(quote)
    retold = FigureClaim(
        span=Span(doc="b", start=start, end=start + len(quote)),
        quote=quote,
        source=Source(name=speaker, kind="official"),
        metric="killed",
        subject="people",
        figure=Figure(low=n, high=n, qualifier="exact", text=str(n)),
        provisional=True,
    )
    docs = (
        Document(id="a", text="", published=dt.date(2031, 3, 1)),
        Document(id="b", text=text, published=dt.date(2031, 3, 2)),
    )
    assert run(risen, retold, documents=docs).contradictions == ()
    # Given for now ("so far"), a lower figure a day later still corrects the earlier one.
    now = retold.model_copy(update={"id": "now", "span": Span(doc="c", start=0, end=1)})
    docs = (*docs, Document(id="c", text="x", published=dt.date(2031, 3, 2)))
    assert run(risen, now, documents=docs).contradictions != ()


# --- a figure told or dated before its event took place is another attack's ------------------


@settings(max_examples=40, deadline=None)
@given(
    st.integers(5, 200),
    st.integers(1, 100),
    st.integers(2, 60),
    st.booleans(),
)
def test_a_figure_from_before_the_attack_faces_none_of_its_figures(n, gap, days_before, by_text):
    # "The blast in the same city weeks earlier that killed N": put in this event by
    # mistake, told (or dated by its text) before this attack, it is another attack's toll,
    # higher or lower than this one's.
    attack = dt.date(2031, 6, 20)
    after = attack + dt.timedelta(days=1)
    earlier = attack - dt.timedelta(days=days_before)
    toll, other = _toll(n, "a"), _toll(n + gap, "b")
    if by_text:
        other = other.model_copy(
            update={"date": DateRef(text="on Monday", value=earlier, precision="day")}
        )
    docs = (
        Document(id="a", text="", published=after),
        Document(id="b", text="", published=after if by_text else earlier),
    )
    event = Event(id="e", claims=(toll.id, other.id), date=attack, date_precision="day")
    report = Report(documents=docs, claims=(toll, other), events=(event,))
    assert find_contradictions(report, lexicon=LEXICON).contradictions == ()
    # Told the day after the attack, both, the same figures are rivals (on the day itself
    # a lower toll may be an earlier step of the count).
    same = other.model_copy(update={"date": None})
    docs = (Document(id="a", text="", published=after), Document(id="b", text="", published=after))
    report = Report(documents=docs, claims=(toll, same), events=(event,))
    assert find_contradictions(report, lexicon=LEXICON).contradictions != ()


# --- arrests: a later, lower count is one raid's, or after releases, not a correction ----------


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 60), st.integers(1, 40), st.integers(1, 9), SPEAKERS)
def test_a_later_lower_count_of_arrests_corrects_nothing(n, fewer, days, speaker):
    # "Police arrested N suspects" on Monday; "<speaker> said M were detained" days later:
    # suspects are released, and a report may count one raid's arrests.
    first = fig(n + fewer, doc="a", metric="arrested", source="police", kind="official")
    later = fig(n, doc="b", metric="arrested", source=speaker, kind="official")
    day = dt.date(2031, 8, 3)
    docs = (
        Document(id="a", text="", published=day),
        Document(id="b", text="", published=day + dt.timedelta(days=days)),
    )
    assert run(first, later, documents=docs).contradictions == ()
    # Killed, the same figures are a correction: a toll does not fall.
    dead = [c.model_copy(update={"metric": Metric.KILLED}) for c in (first, later)]
    assert run(*dead, documents=docs).contradictions != ()
