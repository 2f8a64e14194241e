"""Claim sets of one event, told by two or three outlets at different times and scopes.

Each grammar writes what outlets say of one made-up attack (unknown speakers, numbers,
units, days), builds the figure claims a reader takes from their texts, and says the
verdict the rules must reach: a ``timeline`` (no contradiction), a ``revision`` (one
hard contradiction of kind revision), ``rivals`` (one hard contradiction, a side each),
or ``consistent`` (a part within its whole, an attacker count one report saw). Each
conflict must come out once, however many times its figures are told.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st

from claimrecon import DateRef, Document, Event, Figure, FigureClaim, Report, Source, Span
from claimrecon.models import FindingKind, Severity
from claimrecon.rules import find_contradictions
from tests.builders import LEXICON

DAY = dt.date(2033, 9, 12)
SPEAKERS = st.sampled_from(
    ["police", "the governor", "a hospital director", "the Red Crescent", "Mr Oduya", "officials"]
)
OUTLETS = st.sampled_from(["Daily Vell", "The Korin Times", "Radio Astor", "Mira News"])
UNITS = st.sampled_from(["Marines", "paratroopers", "Army soldiers", "sailors"])
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


class Outlet:
    """One outlet's article: a text built sentence by sentence, and the claims read from it."""

    def __init__(self, doc: str, outlet: str, day: int) -> None:
        self.doc = doc
        self.outlet = outlet
        self.day = DAY + dt.timedelta(days=day)
        self.text = ""
        self.claims: list[FigureClaim] = []

    def says(
        self,
        sentence: str,
        phrase: str,
        n: int,
        *,
        speaker: str | None = None,
        metric: str = "killed",
        subject: str = "people",
        high: int | str | None = "same",
        q: str = "exact",
        part_of: FigureClaim | None = None,
        provisional: bool = False,
        revision: bool = False,
    ) -> FigureClaim:
        """Add a sentence holding ``phrase`` and return the claim read from the phrase."""
        offset = len(self.text) + sentence.index(phrase)
        self.text += sentence + " "
        written = next((w for w in (str(n), WORDS.get(n, "")) if w and w in phrase), str(n))
        claim = FigureClaim(
            span=Span(doc=self.doc, start=offset, end=offset + len(phrase)),
            quote=phrase,
            source=Source(name=speaker, kind="official" if speaker else "media"),
            metric=metric,
            subject=subject,
            figure=Figure(low=n, high=n if high == "same" else high, qualifier=q, text=written),
            part_of=part_of.id if part_of is not None else None,
            provisional=provisional,
            revision=revision,
        )
        self.claims.append(claim)
        return claim

    def document(self) -> Document:
        return Document(id=self.doc, text=self.text, outlet=self.outlet, published=self.day)


def run(
    *outlets: Outlet, events: list[list[Outlet]] | None = None, day: dt.date | None = None
) -> Report:
    """Run the rules over the outlets' claims: one event, or one per group of outlets.

    ``day`` dates the events (to the day), as the events stage dates an attack.
    """
    groups = events if events is not None else [list(outlets)]
    claims = [c for o in outlets for c in o.claims]
    report = Report(
        documents=tuple(o.document() for o in outlets),
        claims=tuple(claims),
        events=tuple(
            Event(
                id=f"e{i}",
                claims=tuple(c.id for o in group for c in o.claims),
                date=day,
                date_precision="day" if day is not None else None,
            )
            for i, group in enumerate(groups)
        ),
    )
    return find_contradictions(report, lexicon=LEXICON)


def figure_findings(report: Report) -> list:
    return [
        x for x in report.contradictions if x.kind in (FindingKind.FIGURE, FindingKind.REVISION)
    ]


def toll(outlet: Outlet, n: int, speaker: str, *, told_twice: bool = False) -> FigureClaim:
    """Tell a toll in the body, and in a headline first when ``told_twice``."""
    if told_twice:
        outlet.says(f"{n} killed in attack on market, {speaker} says.", f"{n} killed", n)
    return outlet.says(
        f"The attack on the market killed {n} people on Sunday, {speaker} said.",
        f"killed {n} people",
        n,
        speaker=speaker,
    )


# --- timelines: tolls that rise are no contradiction ------------------------------------------


@st.composite
def rising_tolls(draw: st.DrawFn) -> list[Outlet]:
    """Two or three outlets on later days, each with a toll at least the one before.

    The first may be told as an early count ("at least", "so far", "initially"); a later
    one may be told as a rise ("the toll rose to"); any may be told twice.
    """
    n = draw(st.integers(2, 3))
    value = draw(st.integers(3, 60))
    outlets: list[Outlet] = []
    day = 0
    for i in range(n):
        outlet = Outlet(f"o{i}", draw(OUTLETS), day)
        speaker = draw(SPEAKERS)
        style = draw(st.sampled_from(["plain", "floor", "so far", "rose"]))
        if style == "floor" or (style == "so far" and i == 0):
            outlet.says(
                f"At least {value} people were killed so far in the market attack, {speaker} said.",
                f"At least {value} people were killed",
                value,
                speaker=speaker,
                high=None,
                q="at_least",
                provisional=style == "so far",
            )
        elif style == "rose" and i > 0:
            outlet.says(
                f"The death toll from the market attack rose to {value}, {speaker} said.",
                f"death toll from the market attack rose to {value}",
                value,
                speaker=speaker,
                revision=True,
            )
        else:
            toll(outlet, value, speaker, told_twice=draw(st.booleans()))
        outlets.append(outlet)
        value += draw(st.integers(0, 25))
        day += draw(st.integers(1, 2))
    return outlets


@given(rising_tolls())
def test_a_toll_that_rises_across_outlets_is_a_timeline(outlets):
    assert figure_findings(run(*outlets)) == []


@given(
    value=st.integers(3, 200),
    more=st.integers(1, 40),
    speaker=SPEAKERS,
    other=SPEAKERS,
    later=st.integers(0, 2),
)
def test_a_provisional_count_is_completed_by_a_larger_one_whenever_it_comes(
    value, more, speaker, other, later
):
    first = Outlet("a", "Daily Vell", 0)
    first.says(
        f"A provisional toll of {value} dead was given by {speaker}.",
        f"{value} dead",
        value,
        speaker=speaker,
        provisional=True,
    )
    second = Outlet("b", "Mira News", later)
    toll(second, value + more, other)
    assert figure_findings(run(first, second)) == []


RISES = st.sampled_from(
    [
        "The death toll from the market attack rose to {n}, {who} said.",
        "The toll has climbed to {n}, according to {who}.",
        "Three more victims died in hospital, raising the death toll to {n}, {who} said.",
        "{who} said the number of dead had risen to {n}.",
    ]
)


@st.composite
def tolls_rising_through_one_day(draw: st.DrawFn) -> tuple[list[Outlet], list[FigureClaim]]:
    """Outlets of one day, each telling the toll as a rise to a higher figure than the last.

    An outlet may also give, in its own text, a plain lower figure its rise leaves behind
    ("17 were killed ... the toll climbed to 18"), and another may agree with the top ("at
    least 18"). Returns the outlets and the figures a rise left behind.
    """
    n = draw(st.integers(2, 3))
    value = draw(st.integers(5, 300))
    outlets: list[Outlet] = []
    behind: list[FigureClaim] = []
    for i in range(n):
        outlet = Outlet(f"o{i}", f"Outlet {i}", 0)
        who = draw(SPEAKERS)
        if draw(st.booleans()):
            low = value - draw(st.integers(1, 4))
            behind.append(outlet.says(f"{low} people were killed.", f"{low} people", low))
        sentence = draw(RISES).format(n=value, who=who)
        outlet.says(sentence, str(value), value, speaker=who, revision=True)
        outlets.append(outlet)
        top = value
        value += draw(st.integers(1, 30))
    if draw(st.booleans()):
        floor = Outlet("f", "Mira News", 0)
        floor.says(
            f"At least {top} people died.", f"At least {top} people", top, high=None, q="at_least"
        )
        outlets.append(floor)
    return outlets, behind


@given(tolls_rising_through_one_day())
def test_rises_told_by_outlets_of_one_day_are_a_timeline(case):
    outlets, _ = case
    assert figure_findings(run(*outlets)) == []


@given(tolls_rising_through_one_day(), st.integers(1, 3))
def test_a_later_lower_toll_corrects_the_rise_not_the_steps_it_left(case, later):
    outlets, behind = case
    top = max(c.figure.low for o in outlets for c in o.claims)
    below = min(c.figure.low for o in outlets for c in o.claims) - 1
    if below < 1:
        return
    after = Outlet("z", "Radio Astor", later)
    toll(after, below, "the health ministry")
    (x,) = figure_findings(run(*outlets, after))
    assert x.kind is FindingKind.REVISION
    sided = {c for side in x.sides for c in side}
    assert not sided & {c.id for c in behind}
    assert any(c.figure.low == top and c.id in sided for o in outlets for c in o.claims)


BREAKDOWNS = st.sampled_from(
    [("children", "children"), ("police officers", "police"), ("women", "women")]
)


@given(
    whole=st.integers(20, 300),
    rise=st.integers(1, 20),
    part=st.integers(2, 15),
    more=st.integers(1, 8),
    breakdown=BREAKDOWNS,
    rises=st.tuples(RISES, RISES),
    floor=st.booleans(),
)
def test_a_breakdown_beside_a_rise_of_one_day_is_a_step_of_it(
    whole, rise, part, more, breakdown, rises, floor
):
    # "Toll rises to 69 ... 23 children" in the morning, "raising the toll to 72 ... at
    # least 29 children" by evening: the children counted rose with the toll (and stay
    # within it: 22 children among 21 dead would be a part above its whole).
    assume(part + more <= whole)
    noun, subject = breakdown
    texts = []
    for i, (total, count) in enumerate(((whole, part), (whole + rise, part + more))):
        outlet = Outlet(f"o{i}", f"Outlet {i}", 0)
        outlet.says(rises[i].format(n=total, who="officials"), str(total), total, revision=True)
        at_least = floor and i == 1
        outlet.says(
            f"{'At least ' if at_least else ''}{count} {noun} were among the dead.",
            f"{count} {noun}",
            count,
            subject=subject,
            high=None if at_least else "same",
            q="at_least" if at_least else "exact",
        )
        texts.append(outlet)
    assert figure_findings(run(*texts)) == []


# --- corrections: a later, lower toll ---------------------------------------------------------


@given(
    high=st.integers(10, 300),
    data=st.data(),
    speakers=st.lists(SPEAKERS, min_size=2, max_size=2, unique=True),
    told_twice=st.booleans(),
)
def test_a_later_lower_toll_from_another_outlet_is_one_revision(high, data, speakers, told_twice):
    low = data.draw(st.integers(1, high - 5))
    earlier = Outlet("a", "Daily Vell", 0)
    toll(earlier, high, speakers[0], told_twice=told_twice)
    later = Outlet("b", "Radio Astor", data.draw(st.integers(1, 3)))
    toll(later, low, speakers[1], told_twice=told_twice)
    (x,) = figure_findings(run(earlier, later))
    assert x.kind is FindingKind.REVISION and x.severity is Severity.HARD
    assert f"{low} later" in x.explanation


# --- rivals: one time, different figures ------------------------------------------------------


@given(
    values=st.lists(st.integers(1, 40), min_size=2, max_size=3).map(
        lambda gaps: [sum(gaps[: i + 1]) * 3 for i in range(len(gaps))]
    ),
    speakers=st.lists(SPEAKERS, min_size=3, max_size=3, unique=True),
    told_twice=st.booleans(),
)
def test_rival_tolls_of_one_day_are_one_contradiction_however_often_told(
    values, speakers, told_twice
):
    outlets = []
    for i, value in enumerate(values):
        outlet = Outlet(f"o{i}", f"Outlet {i}", 0)
        toll(outlet, value, speakers[i], told_twice=told_twice)
        outlets.append(outlet)
    (x,) = figure_findings(run(*outlets))
    assert x.rule == "figure-disagreement" and x.kind is FindingKind.FIGURE
    assert len(x.sides) == len(values)


@given(low=st.integers(1, 50), gap=st.integers(5, 50))
def test_outlets_of_different_events_are_never_compared(low, gap):
    # Two attacks in one city and week: each event's toll stands alone.
    first, second = Outlet("a", "Daily Vell", 0), Outlet("b", "Daily Vell", 2)
    toll(first, low, "police")
    toll(second, low + gap, "the governor")
    assert run(first, second, events=[[first], [second]]).contradictions == ()


# --- scope: parts and wholes ------------------------------------------------------------------


@given(
    whole=st.integers(5, 300),
    data=st.data(),
    unit=UNITS,
    speakers=st.lists(SPEAKERS, min_size=2, max_size=2, unique=True),
    later=st.integers(0, 2),
)
def test_a_part_within_its_whole_is_consistent(whole, data, unit, speakers, later):
    part = data.draw(st.integers(1, whole))
    a = Outlet("a", "Daily Vell", 0)
    total = toll(a, whole, speakers[0])
    b = Outlet("b", "Mira News", later)
    subject = data.draw(st.sampled_from(["civilians", "police", "children"]))
    style = data.draw(st.sampled_from(["among", "including", "plain"]))
    if style == "among":
        b.says(
            f"{part} {subject} were among the dead, {speakers[1]} said.",
            f"{part} {subject} were among the dead",
            part,
            speaker=speakers[1],
            subject=subject,
        )
    elif style == "including":
        inner = toll(b, whole, speakers[1])
        b.says(
            f"They included {part} {subject}.",
            f"{part} {subject}",
            part,
            subject=subject,
            part_of=inner,
        )
    else:
        b.says(
            f"{part} {subject} were killed, {speakers[1]} said.",
            f"{part} {subject} were killed",
            part,
            speaker=speakers[1],
            subject=subject,
        )
    assert total.figure.low >= part
    assert figure_findings(run(a, b)) == []


@given(
    whole=st.integers(2, 100),
    more=st.integers(1, 50),
    subject=st.sampled_from(["civilians", "police", "children"]),
    whole_twice=st.booleans(),
    part_twice=st.booleans(),
)
def test_a_part_above_its_whole_told_twice_is_one_contradiction(
    whole, more, subject, whole_twice, part_twice
):
    part = whole + more
    a = Outlet("a", "Daily Vell", 0)
    toll(a, whole, "police", told_twice=whole_twice)
    b = Outlet("b", "Mira News", 0)
    if part_twice:
        b.says(
            f"{part} {subject} killed in market attack.",
            f"{part} {subject} killed",
            part,
            subject=subject,
        )
    b.says(
        f"The attack killed {part} {subject}, the governor said.",
        f"killed {part} {subject}",
        part,
        speaker="the governor",
        subject=subject,
    )
    (x,) = figure_findings(run(a, b))
    assert x.rule == "part-and-whole"
    assert len(x.claim_ids) == len(a.claims) + len(b.claims)
    assert f"cannot fit in {whole}" in x.explanation


@given(
    seen=st.integers(1, 4),
    more=st.integers(1, 4),
    site=st.sampled_from(["hotel", "cafe", "restaurant", "station"]),
    one_of_several=st.booleans(),
)
def test_attackers_one_report_saw_are_no_ceiling_of_another_count(seen, more, site, one_of_several):
    # "Two gunmen opened fire", the attackers one report saw; another counts more, in all
    # or at one site of several ("at the nearby cafe"): no contradiction.
    a = Outlet("a", "Daily Vell", 0)
    a.says(
        f"{seen} gunmen opened fire, officials said.",
        f"{seen} gunmen opened fire",
        seen,
        speaker="officials",
        metric="count",
        subject="militants",
    )
    b = Outlet("b", "Mira News", 0)
    where = f"at the nearby {site}" if one_of_several else f"at the {site}"
    b.says(
        f"{seen + more} attackers opened fire {where}.",
        f"{seen + more} attackers opened fire {where}",
        seen + more,
        metric="count",
        subject="militants",
    )
    assert figure_findings(run(a, b)) == []


@given(
    attackers=st.integers(2, 6),
    speaker=SPEAKERS,
)
def test_one_attackers_own_act_is_no_attacker_total(attackers, speaker):
    a = Outlet("a", "Daily Vell", 0)
    a.says(
        f"{attackers} attackers stormed the hotel, {speaker} said.",
        f"{attackers} attackers stormed",
        attackers,
        speaker=speaker,
        metric="count",
        subject="militants",
    )
    a.says(
        "One attacker blew himself up at the gate.",
        "One attacker blew himself up",
        1,
        metric="killed",
        subject="militants",
    )
    b = Outlet("b", "Mira News", 0)
    b.says(
        f"{attackers + 1} gunmen took part in the assault, police said.",
        f"{attackers + 1} gunmen took part",
        attackers + 1,
        speaker="police",
        metric="count",
        subject="militants",
    )
    assert figure_findings(run(a, b)) == []


ATTACKERS_IN = st.sampled_from(
    [
        "{n} people, including {m} attackers, were killed in the siege.",
        "The assault left {n} dead, among them the {m} gunmen.",
        "{n} people died, including {m} suicide bombers, {who} said.",
    ]
)


@given(
    victims=st.integers(3, 150),
    attackers=st.integers(1, 6),
    form=ATTACKERS_IN,
    who=SPEAKERS,
    headline=st.booleans(),
    later=st.integers(0, 2),
    gap=st.integers(1, 30),
)
def test_a_toll_with_its_attackers_counted_in_agrees_with_the_victims_alone(
    victims, attackers, form, who, headline, later, gap
):
    # "21 killed, including two attackers" and another outlet's "19 killed" (the victims).
    total = victims + attackers
    first = Outlet("a", "Daily Vell", 0)
    if headline:
        first.says(f"{total} dead in hotel siege.", f"{total} dead", total)
    sentence = form.format(n=total, m=WORDS.get(attackers, attackers), who=who)
    whole = first.says(sentence, str(total), total)
    first.says(
        sentence,
        str(WORDS.get(attackers, attackers)),
        attackers,
        subject="militants",
        part_of=whole,
    )
    second = Outlet("b", "Radio Astor", later)
    toll(second, victims, "the president")
    assert figure_findings(run(first, second)) == []
    # Fewer dead than the victims alone is still a rival (or a correction).
    if victims - gap >= 1:
        third = Outlet("c", "Mira News", 0)
        toll(third, victims - gap, "a hospital director")
        assert figure_findings(run(first, third))


@given(
    n=st.integers(5, 300),
    k=st.integers(1, 4),
    verb=st.sampled_from(["raising", "bringing", "pushing"]),
    aside=st.sampled_from(["fears of more attacks", "questions about security", "alarm abroad"]),
    toll_words=st.sampled_from(["the death toll to", "the number of dead to", "the toll to"]),
    gap=st.integers(2, 30),
)
def test_a_verb_after_a_figure_makes_a_part_only_when_it_goes_on_to_a_toll(
    n, k, verb, aside, toll_words, gap
):
    # "Gunmen killed 40 people in the capital, raising fears ...": a toll, not a part.
    a, b = Outlet("a", "Daily Vell", 0), Outlet("b", "Mira News", 0)
    a.says(
        f"Gunmen killed {n + gap} people in the capital, {verb} {aside}.",
        f"killed {n + gap} people in the capital, {verb}",
        n + gap,
    )
    toll(b, n, "police")
    (x,) = figure_findings(run(a, b))
    assert x.rule == "figure-disagreement"
    # "Three injured died, bringing the death toll to 22": the three are a part of it.
    c = Outlet("c", "Radio Astor", 0)
    c.says(
        f"{k} injured people died overnight, {verb} {toll_words} {n + k}.",
        f"{k} injured people died overnight, {verb}",
        k,
    )
    assert figure_findings(run(b, c)) == []


# --- breakdowns by unit of one unchanged total ------------------------------------------------


@given(
    whole=st.integers(6, 40),
    data=st.data(),
    unit=UNITS,
    later=st.integers(1, 2),
)
def test_two_breakdowns_of_one_unchanged_total_are_rivals_whenever_told(whole, data, unit, later):
    first_part = data.draw(st.integers(1, whole - 1))
    second_part = data.draw(st.integers(1, whole).filter(lambda n: n != first_part))
    a, b = Outlet("a", "Daily Vell", 0), Outlet("b", "Mira News", later)
    for outlet, part in ((a, first_part), (b, second_part)):
        total = outlet.says(
            f"The bombing killed {whole} service members, officials said.",
            f"killed {whole} service members",
            whole,
            speaker="officials",
            subject="soldiers",
        )
        outlet.says(
            f"Those killed included {part} {unit}.",
            f"{part} {unit}",
            part,
            subject="soldiers",
            part_of=total,
        )
    (x,) = figure_findings(run(a, b))
    assert x.rule == "figure-disagreement"
    # A total that grew may have grown by the part: a timeline.
    b.claims.clear()
    b.text = ""
    grown = b.says(
        f"The toll rose to {whole + 5} service members, officials said.",
        f"rose to {whole + 5} service members",
        whole + 5,
        speaker="officials",
        subject="soldiers",
        revision=True,
    )
    b.says(
        f"Those killed included {first_part + 3} {unit}.",
        f"{first_part + 3} {unit}",
        first_part + 3,
        subject="soldiers",
        part_of=grown,
    )
    assert figure_findings(run(a, b)) == []


@given(
    marines=st.integers(2, 12),
    soldiers=st.integers(1, 3),
    other=st.integers(1, 3),
)
def test_a_soldier_in_a_breakdown_by_unit_is_of_the_army(marines, soldiers, other):
    whole = marines + soldiers + 1
    a, b = Outlet("a", "Daily Vell", 0), Outlet("b", "Mira News", 0)
    total = a.says(
        f"The blast killed {whole} U.S. troops, officials said.",
        f"killed {whole} U.S. troops",
        whole,
        speaker="officials",
        subject="soldiers",
    )
    sentence = f"They were {marines} Marines, {soldiers} soldier and one sailor."
    at = len(a.text)
    a.text += sentence + " "
    for n, phrase in (
        (marines, f"{marines} Marines"),
        (soldiers, f"{soldiers} soldier"),
        (1, "one sailor"),
    ):
        start = at + sentence.index(phrase)
        a.claims.append(
            FigureClaim(
                span=Span(doc="a", start=start, end=start + len(phrase)),
                quote=phrase,
                source=Source(name=None, kind="media"),
                metric="killed",
                subject="soldiers",
                figure=Figure(low=n, high=n, qualifier="exact", text=phrase.split()[0]),
                part_of=total.id,
            )
        )
    b.says(
        f"{soldiers + other} Army soldiers were killed, officials said.",
        f"{soldiers + other} Army soldiers were killed",
        soldiers + other,
        speaker="officials",
        subject="soldiers",
    )
    found = figure_findings(run(a, b))
    army = [x for x in found if x.rule == "figure-disagreement"]
    assert len(army) == 1
    assert {c.id for c in b.claims} <= set(army[0].claim_ids)


@given(soldiers=st.integers(1, 3), other=st.integers(1, 3), whole=st.integers(8, 30))
def test_soldiers_alone_are_troops_of_any_unit(soldiers, other, whole):
    a, b = Outlet("a", "Daily Vell", 0), Outlet("b", "Mira News", 0)
    total = a.says(
        f"The blast killed {whole} troops, officials said.",
        f"killed {whole} troops",
        whole,
        speaker="officials",
        subject="soldiers",
    )
    a.says(
        f"Among them were {soldiers} soldiers.",
        f"{soldiers} soldiers",
        soldiers,
        subject="soldiers",
        part_of=total,
    )
    b.says(
        f"{soldiers + other} Army soldiers were killed, officials said.",
        f"{soldiers + other} Army soldiers were killed",
        soldiers + other,
        speaker="officials",
        subject="soldiers",
    )
    assert figure_findings(run(a, b)) == []


# --- the wounded by their condition, the dead by their nationality ------------------------------


@st.composite
def wounded_by_condition(draw: st.DrawFn) -> tuple[str, str]:
    """A sentence counting some of the wounded by their condition or care, and its phrase."""
    n = draw(st.integers(2, 60))
    said = draw(SPEAKERS)
    templates = [
        (f"{n} people were seriously injured, {said} said.", f"{n} people were seriously injured"),
        (f"{said.capitalize()} said {n} were critically wounded.", f"{n} were critically wounded"),
        (f"{n} wounded people were in critical condition.", f"{n} wounded people"),
        (f"{n} victims remain in hospital, {said} said.", f"{n} victims remain in hospital"),
        (
            f"{said.capitalize()} said {n} people were hospitalised.",
            f"{n} people were hospitalised",
        ),
        (f"{n} of the injured were in intensive care.", f"{n} of the injured"),
    ]
    text, phrase = draw(st.sampled_from(templates))
    return text, phrase


@given(case=wounded_by_condition(), wounded=st.integers(61, 400), later=st.integers(0, 1))
def test_the_wounded_by_condition_are_some_of_the_wounded(case, wounded, later):
    text, phrase = case
    a, b = Outlet("a", "Daily Vell", 0), Outlet("b", "Mira News", later)
    a.says(
        f"The attack wounded {wounded} people, police said.",
        f"wounded {wounded} people",
        wounded,
        speaker="police",
        metric="wounded",
    )
    n = int(phrase.split()[0])
    b.says(text, phrase, n, metric="wounded")
    assert figure_findings(run(a, b)) == []


@given(
    foreign=st.integers(2, 20),
    more=st.integers(1, 10),
    noun=st.sampled_from(["foreign tourists", "foreigners", "foreign nationals"]),
)
def test_foreign_victims_are_no_rival_of_a_toll_of_their_kind(foreign, more, noun):
    # "22 killed, including 17 foreign tourists" and "20 tourists were killed": the
    # foreigners are some of the tourists, not a rival count of them.
    a, b = Outlet("a", "Daily Vell", 0), Outlet("b", "Mira News", 0)
    total = toll(a, foreign + more + 2, "officials")
    a.says(
        f"They included {foreign} {noun}.",
        f"{foreign} {noun}",
        foreign,
        subject="civilians",
        part_of=total,
    )
    b.says(
        f"{foreign + more} tourists were killed, officials said.",
        f"{foreign + more} tourists were killed",
        foreign + more,
        speaker="officials",
        subject="civilians",
    )
    assert figure_findings(run(a, b)) == []


KINDS_OF_VICTIM = st.sampled_from(["hostages", "guests", "diners", "customers"])
VICTIM_PHRASES = st.sampled_from(
    [
        "The gunmen killed {n} {noun} before commandos stormed the building, {who} said.",
        "{n} {noun} were found dead inside, {who} said.",
        "{who} said {n} {noun} had died in the siege.",
    ]
)


def victims_of_a_kind(outlet: Outlet, n: int, noun: str, form: str, who: str) -> FigureClaim:
    """Tell a count of one kind of victim ("20 hostages were killed"): people by its subject."""
    sentence = form.format(n=n, noun=noun, who=who)
    return outlet.says(sentence[0].upper() + sentence[1:], f"{n} {noun}", n, speaker=who)


@given(
    kind=st.tuples(st.integers(2, 80), KINDS_OF_VICTIM, VICTIM_PHRASES, SPEAKERS),
    others=st.integers(0, 15),
    floor=st.booleans(),
    later=st.integers(0, 2),
    gap=st.integers(1, 20),
)
def test_victims_of_one_kind_are_some_of_the_dead(kind, others, floor, later, gap):
    # "20 hostages were killed" and "at least 28 dead" (police and attackers died too).
    n, noun, form, who = kind
    a, b = Outlet("a", "Daily Vell", 0), Outlet("b", "Mira News", later)
    victims_of_a_kind(a, n, noun, form, who)
    if floor:
        b.says(
            f"At least {n + others} people died.",
            f"At least {n + others} people",
            n + others,
            high=None,
            q="at_least",
        )
    else:
        toll(b, n + others, "the interior minister")
    assert figure_findings(run(a, b)) == []
    # More of them than all the dead cannot be; two counts of them are rivals.
    c = Outlet("c", "Radio Astor", 0)
    victims_of_a_kind(c, n + gap, noun, form, "a hospital director")
    assert figure_findings(run(a, c))
    if not floor:
        d = Outlet("d", "Radio Astor", 0)
        victims_of_a_kind(d, n + others + gap, noun, form, "a hospital director")
        assert run(b, d).contradictions


# --- sites of a coordinated attack ----------------------------------------------------------------


@given(
    whole=st.integers(20, 300),
    data=st.data(),
    site=st.sampled_from(["the stadium", "the concert hall", "the theatre", "the hotel"]),
    rest=st.sampled_from(["at two cafes", "at a nearby restaurant", "in the streets outside"]),
    speakers=st.lists(SPEAKERS, min_size=2, max_size=2, unique=True),
)
def test_a_sites_toll_below_its_texts_whole_is_a_part(whole, data, site, rest, speakers):
    # "Coordinated attacks killed 40 ... at the stadium, gunmen killed 25, while another 15
    # died at two cafes": the other sites' figures may be missing; the 25 is a site's part.
    at_site = data.draw(st.integers(2, whole - 1))
    a = Outlet("a", "Daily Vell", 0)
    a.says(
        f"Coordinated attacks across the city killed {whole} people, {speakers[0]} said.",
        f"killed {whole} people",
        whole,
        speaker=speakers[0],
    )
    a.says(
        f"At {site}, gunmen killed {at_site} people, while others died {rest}.",
        f"killed {at_site} people",
        at_site,
    )
    b = Outlet("b", "Mira News", 0)
    toll(b, whole, speakers[1])
    assert figure_findings(run(a, b)) == []


# --- statement dates -----------------------------------------------------------------------


def dated(outlet: Outlet, sentence: str, day_word: str, day: dt.date, n: int) -> FigureClaim:
    """Add a sentence with a toll and a weekday, the claim dated by that weekday."""
    offset = len(outlet.text)
    outlet.text += sentence + " "
    at = offset + sentence.index(day_word)
    phrase = f"{n} people"
    start = offset + sentence.index(phrase)
    claim = FigureClaim(
        span=Span(doc=outlet.doc, start=start, end=start + len(phrase)),
        quote=phrase,
        source=Source(name=None, kind="media"),
        metric="killed",
        subject="people",
        figure=Figure(low=n, high=n, qualifier="exact", text=str(n)),
        date=DateRef(
            text=day_word,
            value=day,
            precision="day",
            span=Span(doc=outlet.doc, start=at, end=at + len(day_word)),
        ),
    )
    outlet.claims.append(claim)
    return claim


@given(
    verb=st.sampled_from(
        ["said", "told reporters", "announced", "confirmed", "said in a statement", "told AFP"]
    ),
    when=st.sampled_from(["on ", "late on ", ""]),
    n=st.integers(5, 90),
    gap=st.integers(3, 5),
)
def test_a_statements_day_is_no_date_of_the_event(verb, when, n, gap):
    # Both texts come out after the statement: the weekday is not after the first report.
    attack = DAY  # a Monday
    stated = attack + dt.timedelta(days=gap)
    a = Outlet("a", "Daily Vell", gap + 1)
    dated(a, f"Gunmen killed {n} people at a hotel on Monday.", "Monday", attack, n)
    b = Outlet("b", "Mira News", gap + 1)
    weekday = f"{stated:%A}"
    dated(b, f"{n} people were killed, police {verb} {when}{weekday}.", weekday, stated, n)
    assert run(a, b).contradictions == ()
    # The same weekday as the attack's own day is a date of the event: a conflict.
    c = Outlet("c", "Radio Astor", gap + 1)
    dated(c, f"The attack on {weekday} killed {n} people, police said.", weekday, stated, n)
    (x,) = run(a, c).contradictions
    assert x.rule == "date-conflict"


@given(
    counts=st.lists(st.integers(1, 80), min_size=2, max_size=3, unique=True).map(
        lambda xs: sorted(xs, reverse=True)
    ),
    metric=st.sampled_from(["missing", "displaced"]),
    speakers=st.lists(SPEAKERS, min_size=3, max_size=3, unique=True),
)
def test_the_missing_found_day_by_day_are_no_correction(counts, metric, speakers):
    # "39 missing" on Monday, "22 still missing" on Wednesday: the missing are found.
    def told(what: str) -> list[Outlet]:
        outlets = []
        for i, n in enumerate(counts):
            outlet = Outlet(f"o{i}", f"Outlet {i}", 2 * i)
            outlet.says(
                f"{n} people are {what}, {speakers[i]} said.",
                f"{n} people are {what}",
                n,
                speaker=speakers[i],
                metric=what,
            )
            outlets.append(outlet)
        return outlets

    assert figure_findings(run(*told(metric))) == []
    # The same counts of the dead: a toll does not fall, the lower ones correct it.
    (x,) = figure_findings(run(*told("killed")))
    assert x.kind is FindingKind.REVISION


# --- loose figures: a vague amount, one person singled out ------------------------------------

VAGUE = st.sampled_from(sorted(LEXICON.figures.vague_amounts))
SINGLED_OUT = st.sampled_from(
    [
        ("killing a prominent lawyer", "a"),
        ("an officer was killed", "an"),
        ("a guard was shot dead", "a"),
        ("An elderly shopkeeper died", "An"),
    ]
)


def vague(outlet: Outlet, words: str, metric: str, speaker: str) -> FigureClaim:
    """Tell a vague amount ("scores of people were killed") and return its claim."""
    low, high = LEXICON.figures.vague_amounts[words]
    sentence = f"{words.capitalize()} people were {metric}, {speaker} said."
    claim = outlet.says(sentence, words.capitalize(), low or 0, speaker=speaker, metric=metric)
    figure = Figure(low=low, high=high, qualifier="range" if high else "at_least", text=words)
    if high == low:
        figure = Figure(low=low, high=high, text=words)
    outlet.claims[-1] = claim = claim.model_copy(update={"figure": figure})
    return claim


@given(
    words=VAGUE,
    count=st.integers(1, 5000),
    metric=st.sampled_from(["killed", "wounded"]),
    same_text=st.booleans(),
    later=st.integers(0, 2),
    speakers=st.lists(SPEAKERS, min_size=2, max_size=2, unique=True),
)
def test_a_vague_amount_is_no_rival_of_any_count(words, count, metric, same_text, later, speakers):
    # "Scores dead" in a headline, "several of the wounded", "dozens were hurt": how the
    # toll looks, not a bound another report's count can break, whatever the count.
    first = Outlet("a", "Daily Vell", 0)
    vague(first, words, metric, speakers[0])
    second = first if same_text else Outlet("b", "Radio Astor", later)
    second.says(
        f"The attack {metric} {count} people, {speakers[1]} said.",
        f"{metric} {count} people",
        count,
        speaker=speakers[1],
        metric=metric,
    )
    outlets = (first,) if same_text else (first, second)
    assert figure_findings(run(*outlets)) == []


@given(
    singled=SINGLED_OUT,
    toll_=st.integers(31, 300),
    part=st.integers(2, 30),
    unit=UNITS,
    later=st.integers(0, 2),
)
def test_one_person_singled_out_is_no_total(singled, toll_, part, unit, later):
    # "Killing a prominent lawyer" beside "at least 70 killed", "two journalists were
    # among the dead": one victim named by an article counts no toll.
    phrase, article = singled
    first = Outlet("a", "Daily Vell", 0)
    first.text += f"The blast came a day after {phrase}. "
    start = first.text.index(phrase)
    first.claims.append(
        FigureClaim(
            span=Span(doc="a", start=start, end=start + len(phrase)),
            quote=phrase,
            metric="killed",
            subject="people",
            figure=Figure(low=1, high=1, text=article),
        )
    )
    second = Outlet("b", "Radio Astor", later)
    toll(second, toll_, "police")
    second.says(
        f"{part} {unit} were among those killed.", f"{part} {unit}", part, subject="soldiers"
    )
    assert figure_findings(run(first, second)) == []


def test_a_zero_still_contradicts_one_person_singled_out():
    # "No police were hurt" against "a policeman was killed": a zero against one is a
    # count of none against one, whatever the article.
    first = Outlet("a", "Daily Vell", 0)
    first.says("No police were killed, officials said.", "No police", 0, subject="police")
    first.claims[-1] = first.claims[-1].model_copy(
        update={"figure": Figure(low=0, high=0, text="No")}
    )
    second = Outlet("b", "Radio Astor", 0)
    second.says("A policeman was killed.", "A policeman", 1, subject="police")
    second.claims[-1] = second.claims[-1].model_copy(
        update={"figure": Figure(low=1, high=1, text="A")}
    )
    (x,) = figure_findings(run(first, second))
    assert x.rule == "zero-against-count"


# --- reports of the event's own day: the count outruns them ------------------------------------


# Speakers of one count: one named speaker throughout, or speakers no name singles out.
COLLECTIVES = st.sampled_from(["officials", "police", "the authorities", "witnesses"])
NAMED = st.sampled_from(
    ["the governor", "a hospital director", "the Red Crescent", "Mr Oduya", "the interior ministry"]
)


@st.composite
def one_days_reports(draw: st.DrawFn) -> tuple[list[Outlet], int]:
    """Reports of the attack's own day, each further on in the count than the one before.

    Each gives the dead and the wounded, both above the report before (the wounded may
    be told "around" or "some"); returns the reports and the last one's wounded. The
    speakers may be one count's: one named speaker, or officials, police, witnesses.
    """
    n = draw(st.integers(2, 3))
    killed = draw(st.integers(3, 60))
    wounded = draw(st.integers(5, 80))
    named = draw(NAMED)
    outlets: list[Outlet] = []
    for i in range(n):
        outlet = Outlet(f"o{i}", f"Outlet {i}", 0)
        who = draw(st.one_of(st.just(named), COLLECTIVES))
        toll(outlet, killed, who)
        about = draw(st.booleans())
        outlet.says(
            f"{'Around ' if about else ''}{wounded} people were also injured, {who} said.",
            f"{wounded} people",
            wounded,
            speaker=who,
            metric="wounded",
            q="about" if about else "exact",
        )
        outlets.append(outlet)
        killed += draw(st.integers(1, 40))
        wounded = max(wounded * 2, wounded + 30) + draw(st.integers(0, 60))
    return outlets, wounded


@given(one_days_reports())
def test_reports_of_the_events_own_day_that_the_count_outran_are_its_steps(case):
    outlets, _ = case
    assert figure_findings(run(*outlets, day=DAY)) == []


@given(
    killed=st.integers(3, 200),
    more=st.integers(1, 60),
    metric=st.sampled_from(["killed", "wounded"]),
    bound=st.booleans(),
    speakers=st.lists(NAMED, min_size=2, max_size=2, unique=True),
)
def test_reports_of_the_events_own_day_by_two_named_speakers_stay_rivals(
    killed, more, metric, bound, speakers
):
    # "The interior ministry says 64 were killed" in one report of the day, "a health
    # ministry spokesman said 80 had been killed" in another: two counts of one time,
    # not one count risen, though the first report trails the second.
    first, second = speakers
    low = Outlet("a", "Daily Vell", 0)
    toll(low, killed, first)
    if metric == "wounded":
        low.says(
            f"{killed} people were wounded, {first} said.",
            f"{killed} people",
            killed,
            speaker=first,
            metric="wounded",
        )
    high = Outlet("b", "Radio Astor", 0)
    top = killed + more
    toll(high, top, second)
    if metric == "wounded":
        high.says(
            f"{top} people were wounded, {second} said.",
            f"{top} people",
            top,
            speaker=second,
            metric="wounded",
        )
    if bound:
        high.claims[-1] = high.claims[-1].model_copy(
            update={"figure": Figure(low=top, high=None, qualifier="at_least", text=str(top))}
        )
    found = figure_findings(run(low, high, day=DAY))
    assert any(x.metric.value == metric and x.kind is FindingKind.FIGURE for x in found)


@given(
    killed=st.integers(3, 200),
    more=st.integers(1, 60),
    cue=st.sampled_from(
        ["adding that the toll could rise", "warning the real toll may be higher", "so far"]
    ),
    speakers=st.lists(NAMED, min_size=2, max_size=2, unique=True),
)
def test_a_named_speakers_count_told_as_still_rising_stays_a_rival_of_a_smaller_one(
    killed, more, cue, speakers
):
    # "At least 100 were wounded, the police commander said, adding that the toll would
    # rise" against "the hospital is treating 68 wounded" the same day: the larger count
    # may grow, but the smaller one, given as it stands, cannot meet it.
    first, second = speakers
    low = Outlet("a", "Daily Vell", 0)
    toll(low, killed, first)
    high = Outlet("b", "Radio Astor", 0)
    top = killed + more
    high.says(
        f"The attack on the market killed {top} people on Sunday, {second} said, {cue}.",
        f"killed {top} people",
        top,
        speaker=second,
        provisional=True,
    )
    found = figure_findings(run(low, high, day=DAY))
    assert any(x.metric.value == "killed" and x.kind is FindingKind.FIGURE for x in found)


@given(killed=st.integers(3, 200), more=st.integers(1, 60), named=NAMED)
def test_one_named_speakers_count_rising_through_its_day_is_a_timeline(killed, more, named):
    # The same speaker later that day, by its surname alone or by its title: one count.
    low = Outlet("a", "Daily Vell", 0)
    toll(low, killed, named)
    high = Outlet("b", "Radio Astor", 0)
    toll(high, killed + more, named.split()[-1])
    assert figure_findings(run(low, high, day=DAY)) == []


@given(one_days_reports(), st.integers(1, 3))
def test_a_later_days_lower_figure_still_corrects_the_events_own_day(case, later):
    outlets, _ = case
    top = max(c.figure.low for c in outlets[-1].claims if c.metric.value == "killed")
    after = Outlet("z", "Mira News", later)
    toll(after, top // 2, "the health ministry")
    (x,) = figure_findings(run(*outlets, after, day=DAY))
    assert x.kind is FindingKind.REVISION


@given(
    killed=st.integers(10, 100),
    wounded=st.integers(20, 90),
    factor=st.integers(2, 4),
    speakers=st.lists(SPEAKERS, min_size=2, max_size=2, unique=True),
)
def test_reports_of_one_toll_on_the_events_day_stay_rivals(killed, wounded, factor, speakers):
    # One toll of the dead in both reports: neither is further on in the count, so their
    # wounded (92 and some 200) are rivals.
    outlets = []
    for i, (who, hurt) in enumerate(zip(speakers, (wounded, wounded * factor), strict=True)):
        outlet = Outlet(f"o{i}", f"Outlet {i}", 0)
        toll(outlet, killed, who)
        outlet.says(
            f"{hurt} people were wounded, {who} said.",
            f"{hurt} people",
            hurt,
            speaker=who,
            metric="wounded",
        )
        outlets.append(outlet)
    (x,) = figure_findings(run(*outlets, day=DAY))
    assert x.kind is FindingKind.FIGURE and x.metric.value == "wounded"


@given(one_days_reports())
def test_reports_of_a_later_day_that_the_count_outran_stay_rivals(case):
    # Only the event's own day is counted by the hour: a day later, rival reports of one
    # day are rivals again.
    outlets, _ = case
    found = figure_findings(run(*outlets, day=DAY - dt.timedelta(days=1)))
    assert found and all(x.kind is FindingKind.FIGURE for x in found)


# --- a correction of figures that rose ----------------------------------------------------------


@given(
    first=st.integers(50, 300),
    rise=st.integers(10, 200),
    drop=st.integers(1, 45),
    speakers=st.lists(SPEAKERS, min_size=3, max_size=3, unique=True),
)
def test_figures_that_rose_and_were_corrected_are_one_side(first, rise, drop, speakers):
    # A report retells an early 280 and the 359 that followed it; another revises the
    # toll down to 253 that day: the 253 corrects both, and the two earlier figures, steps
    # of one count, are what was said before, on one side.
    earlier = Outlet("a", "Daily Vell", 0)
    for n, who in ((first, speakers[0]), (first + rise, speakers[1])):
        earlier.says(
            f"{who.capitalize()} said {n} people were killed.", f"{n} people", n, speaker=who
        )
    low = first - drop
    later = Outlet("b", "Radio Astor", 0)
    later.says(
        f"The toll was revised down to {low}, {speakers[2]} said.",
        f"revised down to {low}",
        low,
        speaker=speakers[2],
        revision=True,
    )
    (x,) = figure_findings(run(earlier, later))
    assert x.kind is FindingKind.REVISION and len(x.sides) == 2
    assert {c.id for c in earlier.claims} in [set(side) for side in x.sides]


# --- a strict bound and its own number -------------------------------------------------------


@given(
    n=st.integers(10, 5000),
    bound=st.sampled_from(["More than", "Over", "Fewer than", "Under"]),
    speakers=st.lists(SPEAKERS, min_size=2, max_size=2, unique=True),
    later=st.integers(0, 2),
)
def test_a_strict_bound_meets_its_own_number(n, bound, speakers, later):
    # "More than 300 died" and "300 died", "fewer than 10" and "10": one toll told two
    # ways, one apart; a bound one past its number is no rival of that number.
    first = Outlet("a", "Daily Vell", 0)
    first.says(f"{n} people died, {speakers[0]} said.", f"{n} people", n, speaker=speakers[0])
    second = Outlet("b", "Radio Astor", later)
    second.says(f"{bound} {n} people died, {speakers[1]} said.", f"{bound} {n}", n)
    above = bound in ("More than", "Over")
    figure = (
        Figure(low=n + 1, high=None, qualifier="at_least", text=f"{bound} {n}")
        if above
        else Figure(low=None, high=n - 1, qualifier="at_most", text=f"{bound} {n}")
    )
    second.claims[-1] = second.claims[-1].model_copy(update={"figure": figure})
    assert figure_findings(run(first, second)) == []


@given(n=st.integers(10, 5000), gap=st.integers(2, 40), later=st.integers(0, 1))
def test_a_bound_further_off_its_rival_still_disagrees(n, gap, later):
    first = Outlet("a", "Daily Vell", 0)
    first.says(f"{n} people died, police said.", f"{n} people", n, speaker="police")
    second = Outlet("b", "Radio Astor", later)
    second.says(f"More than {n + gap} people died.", f"More than {n + gap}", n + gap + 1)
    second.claims[-1] = second.claims[-1].model_copy(
        update={
            "figure": Figure(low=n + gap + 1, qualifier="at_least", text=f"More than {n + gap}")
        }
    )
    found = figure_findings(run(first, second))
    assert len(found) == 1 if later == 0 else found == []


# --- a figure its text takes back -------------------------------------------------------------

RETRACTIONS = st.sampled_from(
    [
        "Earlier, {who} said {n} people were killed but retracted the initial report.",
        "Earlier, {who} said {n} people were killed, a report it later withdrew.",
        "A tweet by {who} had said {n} people were killed. This was later withdrawn.",
        "{who} first said {n} people were killed. That figure was retracted hours later.",
    ]
)


@given(
    current=st.integers(1, 40),
    more=st.integers(1, 30),
    sentence=RETRACTIONS,
    who=st.sampled_from(["the agency", "Governor Okvar", "the Velka news agency"]),
    first=st.booleans(),
)
def test_a_figure_its_text_takes_back_stands_against_its_correction(
    current, more, sentence, who, first
):
    # "One person has been killed, the agency said. Earlier, it said four were killed
    # but retracted the initial report": four against one, not the speaker's larger count.
    outlet = Outlet("a", "Daily Vell", 0)
    taken = current + more
    said = sentence.format(who=who, n=taken)
    said = said[0].upper() + said[1:]
    now = f"{current} people were killed, {who} said."

    def take_back() -> None:
        outlet.says(said, f"{taken} people", taken, speaker=who)

    if first:
        take_back()
    outlet.says(now, f"{current} people", current, speaker=who)
    if not first:
        take_back()
    found = figure_findings(run(outlet, day=DAY))
    assert len(found) == 1
    lows = sorted(
        min(c.figure.low for c in outlet.claims if c.id in side) for side in found[0].sides
    )
    assert lows == [current, taken]


@given(
    current=st.integers(1, 40),
    more=st.integers(1, 30),
    who=st.sampled_from(["the agency", "Governor Okvar"]),
)
def test_a_retraction_of_another_figure_takes_back_none_of_the_speakers(current, more, who):
    # "withdrew its earlier figure of 27" names what it took back: the speaker's 12 and
    # its larger 20 are its own count and its part or step, no rivals.
    outlet = Outlet("a", "Daily Vell", 0)
    top = current + more
    outlet.says(f"{top} people were killed, {who} said.", f"{top} people", top, speaker=who)
    outlet.says(
        f"{current} people were killed at the market, {who} said, and withdrew its earlier "
        f"figure of {top + 5}.",
        f"{current} people",
        current,
        speaker=who,
    )
    assert figure_findings(run(outlet, day=DAY)) == []


@given(
    killed=st.integers(3, 200),
    more=st.integers(1, 60),
    later=st.sampled_from(
        [
            "{who} said the ministry had so far confirmed {n} deaths.",
            "So far {n} people have been confirmed dead, {who} said.",
            "The toll of {n} is provisional, {who} said.",
        ]
    ),
    speakers=st.lists(NAMED, min_size=2, max_size=2, unique=True),
    opening=st.booleans(),
)
def test_a_count_its_text_also_tells_as_provisional_is_an_early_step(
    killed, more, later, speakers, opening
):
    # "The toll has climbed to 21, the minister said", and below, in the minister's words,
    # "so far 21 deaths": one count told twice, still moving; a larger count of another
    # speaker that day completes it, whichever of its two tellings comes first.
    first, second = speakers
    low = Outlet("a", "Daily Vell", 0)
    plain = f"The attack on the market killed {killed} people on Sunday, {first} said."
    moving = later.format(n=killed, who=first)
    tellings = [(plain, f"killed {killed} people", False), (moving, str(killed), True)]
    for sentence, phrase, provisional in tellings if opening else tellings[::-1]:
        low.says(sentence, phrase, killed, speaker=first, provisional=provisional)
    high = Outlet("b", "Radio Astor", 0)
    toll(high, killed + more, second)
    assert figure_findings(run(low, high, day=DAY)) == []
