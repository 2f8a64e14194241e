"""More tellings of one attack whose figures agree: rises, parts, attackers, tolerance, history.

A grammar in the manner of ``test_contragram19_consistent`` writes two reports of one
invented attack (one city, so one event) whose figures agree by the corpus' conventions,
with wordings the earlier grammar lacks: a toll told rising with other cues ("has
reached", "are now known to have died", "later"), parts set against the whole ("N of them
were police officers", "those killed included", "N Chinese nationals were among the
dead"), the attackers who entered against all who took part, the dead counted among the
casualties ("killed or wounded"), an approximate toll within a tenth of an exact one
("some", "nearly", "close to"), another attack's toll recalled in a later paragraph, and
the first day's toll retold with its day in a later report ("on Monday, police said").
No contradiction may be found. Early in a month, a recalled "last month" is no longer dated
together with the lead's weekday (a test below).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, analyze
from tests.builders import contradictions_of

DAY = dt.date(2035, 6, 18)  # a Monday
LEADS = [
    "Gunmen attacked a hotel in Varsk, Okvaria, on Monday.",
    "Gunmen stormed a hotel in the Okvarian city of Varsk on Monday.",
    "Attackers opened fire at a hotel in Varsk on Monday morning.",
    "Explosions and gunfire hit a hotel in central Varsk on Monday.",
]
SAID = [
    "police said",
    "officials said",
    "the interior ministry said",
    "a hospital official said",
    "the governor said",
]
Reports = list[tuple[int, str]]


def said(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(SAID))


def two(draw: st.DrawFn, first: str, second: str, days: tuple[int, int] = (0, 1)) -> Reports:
    leads = draw(st.permutations(LEADS))
    return [(0, f"{leads[0]} {first}"), (draw(st.integers(*days)), f"{leads[1]} {second}")]


def rise(draw: st.DrawFn) -> Reports:
    n = draw(st.integers(8, 40))
    m = n + draw(st.integers(2, 20))
    later = draw(
        st.sampled_from(
            [
                "The death toll has reached {m}, {s}.",
                "The toll climbed to {m} on Tuesday, {s}.",
                "At least {m} people have now died, {s}.",
                "The number of dead has risen to {m}, {s}.",
                "{m} people are now known to have died, {s}.",
                "Later, officials said {m} people had been killed.",
                "The death toll rose to {m} after several of the wounded died, {s}.",
            ]
        )
    ).format(m=m, s=said(draw))
    return two(draw, f"At least {n} people were killed, {said(draw)}.", later, (1, 2))


def parts(draw: st.DrawFn) -> Reports:
    t = draw(st.integers(20, 60))
    k = draw(st.integers(2, 9))
    part = draw(
        st.sampled_from(
            [
                "{k} of them were police officers.",
                "{k} of the dead were police officers, {s}.",
                "Among those killed were {k} children.",
                "The dead included {k} women and {j} children, {s}.",
                "{k} soldiers were among the dead, {s}.",
                "Those killed included {k} security personnel, {s}.",
                "{k} of those killed were foreigners, {s}.",
                "{k} Chinese nationals were among the dead, {s}.",
                "At least {k} of the victims were children, {s}.",
            ]
        )
    ).format(k=k, j=k + 1, s=said(draw))
    whole = f"The attack killed {t} people, {said(draw)}."
    if draw(st.booleans()):
        return two(draw, f"{whole} {part}", f"{t} people were killed, {said(draw)}.")
    return two(draw, whole, part)


def attackers(draw: st.DrawFn) -> Reports:
    a = draw(st.integers(4, 9))
    e = draw(st.integers(2, a - 1))
    told = draw(
        st.sampled_from(
            [
                f"{e} gunmen entered the building, {said(draw)}.",
                f"Security forces killed {draw(st.integers(1, a))} of the attackers, {said(draw)}.",
                f"{e} of the attackers stormed the lobby while others waited outside.",
                f"All {a} attackers were killed, {said(draw)}.",
                f"{e} suicide bombers blew themselves up, {said(draw)}.",
            ]
        )
    )
    total = draw(
        st.sampled_from(
            [
                f"A total of {a} militants carried out the attack, {said(draw)}.",
                f"The attack was carried out by {a} gunmen, {said(draw)}.",
            ]
        )
    )
    return two(draw, told, total)


def casualties(draw: st.DrawFn) -> Reports:
    d, w = draw(st.integers(5, 20)), draw(st.integers(30, 90))
    together = draw(
        st.sampled_from(
            [
                "The attack left {t} casualties, {s}.",
                "{t} people were killed or wounded, {s}.",
                "The blast killed or wounded {t} people, {s}.",
                "The attack left {t} people dead or injured, {s}.",
                "There were {t} victims, {d} of whom died, {s}.",
                "{t} people were shot, {d} of them fatally, {s}.",
            ]
        )
    ).format(t=d + w, d=d, s=said(draw))
    return two(draw, f"The attack killed {d} people and wounded {w}, {said(draw)}.", together)


def approximate(draw: st.DrawFn) -> Reports:
    m = draw(st.integers(40, 200))
    word = draw(st.sampled_from(["about", "around", "some", "roughly", "approximately", "nearly"]))
    off = draw(st.integers(-(m // 10), m // 10))
    if word == "nearly":
        off = draw(st.integers(1, max(1, m // 10)))
    first = f"{word.capitalize()} {m + off} people were killed, {said(draw)}."
    return two(draw, first, f"The attack killed {m} people, {said(draw)}.", (0, 0))


def background(draw: st.DrawFn) -> Reports:
    n = draw(st.integers(5, 20))
    k = draw(st.integers(41, 200))
    recall = draw(
        st.sampled_from(
            [
                "Last month, a bombing in the same city killed {k} people.",
                "In {y}, militants killed {k} people in a similar attack on a hotel.",
                "It was the deadliest attack since {y}, when {k} people died in a truck bombing.",
                "The attack came two days after gunmen killed {k} people at a checkpoint.",
                "The group also claimed an attack in March that killed {k} soldiers.",
                "A similar attack on a market in the city killed {k} people in March.",
            ]
        )
    ).format(k=k, y=draw(st.integers(2026, 2033)))
    first = f"The attack killed {n} people, {said(draw)}.\n\n{recall}"
    return two(draw, first, f"{n} people were killed, {said(draw)}.")


def retold_day(draw: st.DrawFn) -> Reports:
    n = draw(st.integers(5, 30))
    m = n + draw(st.integers(2, 20))
    later = draw(
        st.sampled_from(
            [
                "The toll has risen to {m}, {s}. On Monday, police said {n} people were killed.",
                "{m} people were killed, {s}. Police had said on Monday that {n} people died.",
            ]
        )
    ).format(m=m, n=n, s=said(draw))
    return two(draw, f"{n} people were killed, {said(draw)}.", later, (2, 2))


FAMILIES = {
    f.__name__: f for f in (rise, parts, attackers, casualties, approximate, background, retold_day)
}


@st.composite
def scenario(draw: st.DrawFn) -> tuple[str, Reports]:
    name = draw(st.sampled_from(sorted(FAMILIES)))
    return name, FAMILIES[name](draw)


@settings(max_examples=120, deadline=None)
@given(case=scenario())
def test_reports_that_agree_are_never_contradictions(case):
    name, reports = case
    assert contradictions_of(reports, DAY) == (), (name, reports)


def test_a_recall_of_last_month_early_in_a_month():
    """An attack on the first Monday of a month, and another attack "last month" recalled.

    "Last month" holds the Monday a week back: it once moved the lead's "on Monday" there,
    dating the attack and the recalled bombing together, and set the two tolls apart.
    """
    day = dt.date(2035, 6, 4)  # a Monday, the month's first
    first = (
        f"{LEADS[0]} The attack killed 5 people, police said.\n\n"
        "Last month, a bombing in the same city killed 41 people."
    )
    docs = [
        Document(id="a", text=first, published=day),
        Document(id="b", text=f"{LEADS[1]} 5 people were killed, police said.", published=day),
    ]
    assert analyze(docs).contradictions == ()
