"""Contradictions, round 9: a breakdown at the attack's one place, and undated reports."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, Event, Figure, FigureClaim, Report, Source, Span
from claimrecon.eventview import read_scopes
from claimrecon.rules import find_contradictions
from tests.builders import LEXICON

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


def _found(docs: list[tuple[Document, list[FigureClaim]]]) -> Report:
    claims = [c for _, found in docs for c in found]
    report = Report(
        documents=tuple(d for d, _ in docs),
        claims=tuple(claims),
        events=(Event(id="e", claims=tuple(c.id for c in claims)),),
    )
    return find_contradictions(report, lexicon=LEXICON)


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
    assert _opposed(_found(docs), first, later)


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
