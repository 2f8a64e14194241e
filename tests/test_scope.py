"""The scope of a figure: sites, units, nationalities and parts, as a grammar of wordings.

Each grammar writes a phenomenon the way another outlet would tell another attack (made-up
places and names, numbers in digits or words, speakers before or after), builds the
figure claims a reader would take from it, and checks what the rules make of them.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, Event, Figure, FigureClaim, Report, Source, Span, Subject
from claimrecon.eventview import read_scopes
from claimrecon.rules import engine as engine_module
from claimrecon.rules import find_contradictions
from tests.builders import LEXICON
from tests.rulecases import analysed

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 9: "nine", 12: "12"}
NAMES = st.sampled_from(["Korvath", "Elmira", "Santel", "Budrow", "Quinta", "Marrak"])
SITES = st.sampled_from(["hotel", "cafe", "metro station", "market", "stadium", "mosque"])
SPEAKERS = st.sampled_from(["police said", "officials said", "the ministry said"])
DAY = dt.date(2031, 5, 4)


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def claim(text: str, doc: str, phrase: str, n: int, *, metric="killed", high="same", q="exact"):
    start = text.index(phrase)
    word = WORDS.get(n, str(n))
    written = next((w for w in (str(n), word, word.capitalize(), "One") if w in phrase), str(n))
    return FigureClaim(
        span=Span(doc=doc, start=start, end=start + len(phrase)),
        quote=phrase,
        source=Source(name=None, kind="media"),
        metric=metric,
        subject="people",
        figure=Figure(low=n, high=n if high == "same" else high, qualifier=q, text=written),
    )


def _figures_only(report: Report) -> list[str]:
    return [x.rule for x in report.contradictions if x.kind.value in ("figure", "revision")]


# --- site tolls of a coordinated attack --------------------------------------------------------


@st.composite
def site_tolls(draw: st.DrawFn) -> tuple[list[tuple[Document, list[FigureClaim]]], int, int]:
    """A whole toll, and a text that counts the dead at two sites of the attack."""
    first, second = draw(st.lists(SITES, min_size=2, max_size=2, unique=True))
    name_a, name_b = draw(st.lists(NAMES, min_size=2, max_size=2, unique=True))
    a, b = draw(st.sampled_from([(9, 5), (12, 7), (6, 3)]))
    whole = a + b + draw(st.integers(0, 20))
    said = draw(SPEAKERS)
    head = f"Attacks on a {first} and a {second} in Doralis killed {whole} people."
    wa, wb = number(draw, a), number(draw, b)
    style = draw(st.integers(0, 2))
    if style == 0:
        body = (
            f"{said.capitalize()} that {wa} people were killed at the {name_a} {first} "
            f"and {wb} at the nearby {name_b} {second}."
        )
        phrases = (f"{wa} people were killed", f"{wb} at the nearby")
    elif style == 1:
        body = (
            f"At the {name_a} {first}, {wa} people died, {said}. Another explosion hit the "
            f"{name_b} {second}. {wb.capitalize()} people were killed in this blast."
        )
        phrases = (f"{wa} people died", f"{wb.capitalize()} people were killed")
    else:
        body = (
            f"A doctor at {name_a} hospital said {wa} bodies were brought there, while a nurse "
            f"at the {name_b} hospital said {wb} bodies were sent there."
        )
        phrases = (f"{wa} bodies", f"{wb} bodies")
    whole_doc = Document(id="w", text=head, published=DAY)
    sites_doc = Document(id="s", text=body, published=DAY)
    return (
        [
            (whole_doc, [claim(head, "w", f"killed {whole} people", whole)]),
            (
                sites_doc,
                [claim(body, "s", phrases[0], a), claim(body, "s", phrases[1], b)],
            ),
        ],
        a,
        b,
    )


@settings(max_examples=40, deadline=None)
@given(site_tolls())
def test_site_tolls_are_parts_of_the_whole_not_rivals(case):
    docs, _, _ = case
    report = analysed(docs)
    assert _figures_only(report) == [], [x.explanation for x in report.contradictions]
    scopes = read_scopes(docs[1][1], {d.id: d for d, _ in docs}, LEXICON)
    assert all(s.part and s.key for s in scopes.values()), scopes


@settings(max_examples=30, deadline=None)
@given(site_tolls(), st.integers(1, 4))
def test_two_tolls_of_one_site_are_still_rivals(case, extra):
    docs, a, _ = case
    other = docs[1][0]
    site_claim = docs[1][1][0]
    rival_text = other.text.replace(
        site_claim.quote, site_claim.quote.replace(site_claim.figure.text, str(a + extra), 1), 1
    )
    if rival_text == other.text:
        return  # the number was written in words: the rival's text is the same
    rival = Document(id="r", text=rival_text, published=DAY)
    phrase = site_claim.quote.replace(site_claim.figure.text, str(a + extra), 1)
    # The rival text gives its other site's figure too, so that it counts sites as well.
    second = docs[1][1][1]
    found = [claim(rival_text, "r", phrase, a + extra)]
    if second.quote in rival_text:
        found.append(claim(rival_text, "r", second.quote, second.figure.low or 0))
    report = analysed([*docs, (rival, found)])
    assert "figure-disagreement" in _figures_only(report)


@settings(max_examples=30, deadline=None)
@given(NAMES, SITES, SITES, st.integers(20, 60), SPEAKERS)
def test_a_clause_that_joins_two_sites_gives_the_whole(name, first, second, n, said):
    if first == second:
        return
    text = f"Gunmen stormed the {name} {first} and a {second}, killing {n} people, {said}."
    found = claim(text, "j", f"killing {n} people", n)
    scopes = read_scopes([found], {"j": Document(id="j", text=text)}, LEXICON)
    assert not scopes[found.id].part


@settings(max_examples=30, deadline=None)
@given(
    NAMES,
    st.lists(SITES, min_size=2, max_size=2, unique=True),
    st.integers(20, 60),
    st.sampled_from(["before", "after", "while", "until", "when"]),
    st.sampled_from(["the assault on", "troops moved into", "a second blast at"]),
    SPEAKERS,
)
def test_a_site_in_another_clause_is_not_the_figures(name, sites, n, opener, act, said):
    first, second = sites
    text = (
        f"Seven people were killed at the {name} {first}, {said}. At least {n} people had "
        f"died in the first hour, {opener} {act} the {second}."
    )
    site = claim(text, "c", "Seven people were killed", 7)
    total = claim(text, "c", f"At least {n} people", n, high=None, q="at_least")
    scopes = read_scopes([site, total], {"c": Document(id="c", text=text)}, LEXICON)
    assert not scopes[total.id].part, scopes[total.id]


# --- parts in so many words ------------------------------------------------------------------


@st.composite
def worded_parts(draw: st.DrawFn) -> tuple[str, str, int]:
    """A sentence giving a part of the dead: a partitive, a nationality, a unit, 'more'."""
    n = draw(st.sampled_from([2, 3, 4, 5, 6, 7, 9]))
    w = number(draw, n)
    said = draw(SPEAKERS)
    templates = [
        (f"{w} of the victims were women, {said}.", f"{w} of the victims"),
        (f"{said.capitalize()} {w} of those killed were students.", f"{w} of those killed"),
        (f"{w} Britons were among the dead, {said}.", f"{w} Britons"),
        (f"{said.capitalize()} {w} Canadians were killed.", f"{w} Canadians were killed"),
        (f"{w} Marines were killed in the blast, {said}.", f"{w} Marines were killed"),
        (f"{said.capitalize()} {w} more bodies were found on Sunday.", f"{w} more bodies"),
        (f"One attacker blew himself up and {w} died, {said}.", "One attacker blew himself up"),
        # the part named before the number: "the toll among the guards stood at 5"
        (f"The toll among the guards stood at {w}, {said}.", f"toll among the guards stood at {w}"),
        (f"Among the dead were {w} people, {said}.", f"Among the dead were {w} people"),
    ]
    text, phrase = draw(st.sampled_from(templates))
    return text, phrase, 1 if phrase.startswith("One") else n


@settings(max_examples=60, deadline=None)
@given(worded_parts(), st.integers(30, 300))
def test_a_worded_part_is_no_rival_of_the_toll(case, total):
    text, phrase, n = case
    head = f"The attack in Doralis killed {total} people."
    docs = [
        (Document(id="t", text=head, published=DAY), [claim(head, "t", f"{total} people", total)]),
        (Document(id="p", text=text, published=DAY), [claim(text, "p", phrase, n)]),
    ]
    report = analysed(docs)
    assert _figures_only(report) == [], [x.explanation for x in report.contradictions]
    assert read_scopes(docs[1][1], {"p": docs[1][0]}, LEXICON)[docs[1][1][0].id].part


@settings(max_examples=30, deadline=None)
@given(st.integers(20, 200), st.integers(1, 50), SPEAKERS)
def test_others_after_a_figure_of_another_metric_is_a_total(killed, wounded, said):
    text = f"{killed} people were killed and {wounded} others were injured, {said}."
    k = claim(text, "o", f"{killed} people were killed", killed)
    w = claim(text, "o", f"{wounded} others were injured", wounded, metric="wounded")
    scopes = read_scopes([k, w], {"o": Document(id="o", text=text)}, LEXICON)
    assert not scopes[w.id].part


# --- time: the toll a rise started from, dates after the first report ------------------------


@settings(max_examples=30, deadline=None)
@given(st.integers(10, 200), st.integers(1, 300), SPEAKERS)
def test_the_figure_a_rise_started_from_is_no_correction(before, rise, said):
    after = before + rise
    text = f"A committee raised the death toll from {before} to {after}, {said}."
    earlier = claim(text, "r", f"the death toll from {before}", before)
    earlier = earlier.model_copy(update={"revision": True})
    later = claim(text, "r", f"to {after}", after).model_copy(update={"revision": True})
    first = f"The blast killed {after} people."
    docs = [
        (Document(id="r", text=text, published=DAY), [earlier, later]),
        (
            Document(id="f", text=first, published=DAY),
            [claim(first, "f", f"{after} people", after)],
        ),
    ]
    assert _figures_only(analysed(docs)) == []


def test_a_date_after_the_first_report_is_no_event_date():
    from claimrecon.models import DatePrecision, DateRef

    early = claim("x killed 5 people", "a", "killed 5 people", 5).model_copy(
        update={"date": DateRef(text="Monday", value=DAY, precision=DatePrecision.DAY)}
    )
    stamped = claim("y killed 5 people", "b", "killed 5 people", 5).model_copy(
        update={
            "date": DateRef(
                text="May 9, 2031", value=DAY + dt.timedelta(5), precision=DatePrecision.DAY
            )
        }
    )
    docs = [
        (Document(id="a", text="x killed 5 people", published=DAY), [early]),
        (
            Document(id="b", text="y killed 5 people", published=DAY + dt.timedelta(5)),
            [stamped],
        ),
    ]
    assert [x.rule for x in analysed(docs).contradictions] == []


# --- linear in the figures of one event -------------------------------------------------------


def _updates_tried(n: int, monkeypatch) -> int:
    calls = [0]
    original = engine_module.EventContext.updates

    def counting(self, old, new):
        calls[0] += 1
        return original(self, old, new)

    monkeypatch.setattr(engine_module.EventContext, "updates", counting)
    claims = []
    for i in range(n):
        value = 10 + (i * 7) % 23
        claims.append(
            FigureClaim(
                span=Span(doc=f"d{i % 3}", start=i, end=i + 1),
                quote="x",
                source=Source(name=("police", "ministry", None)[i % 3], kind="official"),
                metric="killed",
                subject="people",
                figure=Figure(low=value, high=value, qualifier="exact"),
                revision=i % 11 == 0,
                provisional=i % 13 == 0,
            )
        )
    docs = tuple(Document(id=f"d{d}", text="x", published=DAY + dt.timedelta(d)) for d in range(3))
    report = Report(
        documents=docs, claims=tuple(claims), events=(Event(id="e", claims=[c.id for c in claims]),)
    )
    find_contradictions(report, lexicon=LEXICON)
    monkeypatch.undo()
    return calls[0]


def test_the_rules_try_a_number_of_updates_linear_in_the_figures(monkeypatch):
    small, large = _updates_tried(200, monkeypatch), _updates_tried(800, monkeypatch)
    assert large <= 4 * small * 1.5, (small, large)


# --- counts of the attackers: the whole attack, or a group seen ----------------------------------

ATTACKERS = st.sampled_from(["gunmen", "attackers", "militants", "men", "fighters"])
WHOLE_ACTS = st.sampled_from(
    ["carried out the attack", "were behind the assault", "took part in the raid"]
)
SEEN_ACTS = st.sampled_from(
    ["opened fire at the gate", "stormed the lobby", "blew themselves up at the entrance"]
)


def _count(text: str, doc: str, phrase: str, n: int, day: dt.date) -> FigureClaim:
    found = claim(text, doc, phrase, n, metric="count")
    return found.model_copy(update={"subject": Subject.MILITANTS})


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.integers(2, 12), min_size=2, max_size=2, unique=True),
    ATTACKERS,
    WHOLE_ACTS,
    NAMES,
    st.integers(0, 3),
    st.booleans(),
)
def test_two_counts_of_all_the_attackers_are_rivals_on_one_day_or_a_correction(
    counts, noun, act, name, gap, passive
):
    docs = []
    for i, n in enumerate(counts):
        if passive and i:
            text = f"The attack in {name} was carried out by {n} {noun}, {SPEAKERS_SAID[i]}."
            phrase = f"{n} {noun}"
        else:
            text = f"{SPEAKERS_SAID[i].capitalize()} that {n} {noun} {act} in {name}."
            phrase = f"{n} {noun} {act}"
        day = DAY + dt.timedelta(days=gap * i)
        docs.append((Document(id=f"c{i}", text=text, published=day), []))
        docs[-1][1].append(_count(text, f"c{i}", phrase, n, day))
    report = analysed(docs)
    # Counts are read over time like tolls: a later, larger count is a step (a siege's
    # attackers are found one by one); a later, smaller one corrects the earlier.
    rival = gap == 0 or counts[1] < counts[0]
    assert _figures_only(report) == (["figure-disagreement"] if rival else []), [
        x.explanation for x in report.contradictions
    ]


SPEAKERS_SAID = ("police said", "the group said")


@settings(max_examples=20, deadline=None)
@given(st.integers(5, 12), st.data(), ATTACKERS, WHOLE_ACTS, SEEN_ACTS, NAMES)
def test_a_group_seen_is_a_part_of_all_the_attackers(total, data, noun, whole_act, seen, name):
    """A group seen at one place never contradicts the count of all who took part."""
    seen_n = data.draw(st.integers(1, total))
    whole_text = f"Police said {total} {noun} {whole_act} in {name}."
    seen_text = f"A witness said {seen_n} {noun} {seen}."
    docs = [
        (
            Document(id="a", text=whole_text, published=DAY),
            [_count(whole_text, "a", f"{total} {noun} {whole_act}", total, DAY)],
        ),
        (
            Document(id="b", text=seen_text, published=DAY),
            [_count(seen_text, "b", f"{seen_n} {noun} {seen}", seen_n, DAY)],
        ),
    ]
    report = analysed(docs)
    assert _figures_only(report) == [], [x.explanation for x in report.contradictions]


@settings(max_examples=20, deadline=None)
@given(st.integers(2, 9), st.data(), ATTACKERS, NAMES, st.integers(1, 3))
def test_attackers_among_the_dead_are_the_count_of_attackers_killed(first, data, noun, name, gap):
    """Fewer attackers among the dead, later, corrects the earlier count; more is a rise.

    "N gunmen were among the dead" is a part of the toll of people, never its rival, but
    the count of the attackers killed as well.
    """
    later = data.draw(st.integers(1, 12).filter(lambda n: n != first))
    total = max(first, later) + data.draw(st.integers(0, 20))
    early = f"All {first} {noun} were killed in {name}, police said."
    late = f"{total} people died in {name}. {later} {noun} were among the dead, police said."
    claims_late = [
        claim(late, "b", f"{total} people died", total),
        claim(late, "b", f"{later} {noun} were among the dead", later),
    ]
    claims_late[1] = claims_late[1].model_copy(update={"subject": Subject.MILITANTS})
    attackers = claim(early, "a", f"{first} {noun} were killed", first)
    attackers = attackers.model_copy(update={"subject": Subject.MILITANTS})
    report = analysed(
        [
            (Document(id="a", text=early, published=DAY), [attackers]),
            (Document(id="b", text=late, published=DAY + dt.timedelta(days=gap)), claims_late),
        ]
    )
    kinds = [x.kind.value for x in report.contradictions]
    assert kinds == (["revision"] if later < first else []), [
        x.explanation for x in report.contradictions
    ]


# --- what someone saw is a floor ------------------------------------------------------------------

SIGHTINGS = st.sampled_from(
    [
        "A witness said he saw {n} bodies in the street",
        "Reporters at the scene saw rescuers carry {n} dead away",
        "Our correspondent counted {n} bodies at the morgue",
        "A resident said she had seen {n} dead outside",
    ]
)


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 30), st.data(), SIGHTINGS, NAMES, st.integers(-2, 2))
def test_what_someone_saw_is_a_floor_for_the_toll(seen, data, sighting, name, gap):
    """A sighting never contradicts a toll at or above it, published earlier or later."""
    toll = data.draw(st.integers(seen, 400))
    told = sighting.format(n=seen) + f" in {name}."
    official = f"Officials said {toll} people were killed in {name}."
    seen_claim = claim(told, "a", f"{seen} ", seen)
    seen_claim = seen_claim.model_copy(
        update={
            "quote": f"{seen}",
            "span": seen_claim.span.model_copy(
                update={"end": seen_claim.span.start + len(str(seen))}
            ),
        }
    )
    report = analysed(
        [
            (Document(id="a", text=told, published=DAY), [seen_claim]),
            (
                Document(id="b", text=official, published=DAY + dt.timedelta(days=gap)),
                [claim(official, "b", f"{toll} people were killed", toll)],
            ),
        ]
    )
    assert _figures_only(report) == [], [x.explanation for x in report.contradictions]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["foreigner", "expatriate", "expat"]),
    st.integers(1, 9),
    SPEAKERS,
    NAMES,
)
def test_a_singular_foreigner_is_a_breakdown_by_nationality(noun, others, said, name):
    """ "Five locals and one foreigner" counts one nationality, as "14 foreigners" does."""
    text = f"{said.capitalize()} that {others} locals and one {noun} were killed in {name}."
    found = claim(text, "a", f"one {noun}", 1)
    found = found.model_copy(update={"figure": Figure(low=1, high=1, text="one")})
    (scope,) = read_scopes([found], {"a": Document(id="a", text=text)}, LEXICON).values()
    assert scope.part and scope.key == f"nation:{noun}"


# --- a part told again without its noun ----------------------------------------------------------


@st.composite
def retold_parts(draw: st.DrawFn) -> tuple[str, str, str, int]:
    """A text that counts some victims, then gives the same number again with no noun."""
    n = draw(st.sampled_from([2, 3, 4, 5, 6, 7, 9, 12]))
    w = number(draw, n)
    noun = draw(st.sampled_from(["hostages", "guests", "diners", "customers"]))
    name, said = draw(NAMES), draw(SPEAKERS)
    first = draw(
        st.sampled_from(
            [
                f"{said.capitalize()} the {w} {noun} who were found dead came from {name}.",
                f"The {w} {noun} killed in the siege were named on Sunday, {said}.",
            ]
        )
    )
    again = draw(
        st.sampled_from(
            [
                f"By the end, {w} were dead, {said}.",
                f"{w.capitalize()} died, {said}.",
                f"{said.capitalize()} {w} had been killed.",
            ]
        )
    )
    told = again[again.index(w) if w in again else again.index(w.capitalize()) :]
    phrase = told.split(",")[0].rstrip(".")
    return f"{first} {again}", f"{w} {noun}", phrase, n


@settings(max_examples=40, deadline=None)
@given(retold_parts(), st.integers(1, 100))
def test_a_part_told_again_without_its_noun_is_still_the_part(case, extra):
    text, part, again, n = case
    total = n + extra
    head = f"The attack in Doralis killed {total} people."
    whole = claim(head, "t", f"{total} people", total)
    told = [claim(text, "p", part, n), claim(text, "p", again, n)]
    docs = [
        (Document(id="t", text=head, published=DAY), [whole]),
        (Document(id="p", text=text, published=DAY), told),
    ]
    report = analysed(docs)
    assert _figures_only(report) == [], [x.explanation for x in report.contradictions]
    # Without the part counted first, the bare number is a toll, a rival of the other.
    alone = text[text.index(". ") + 2 :]
    docs = [
        (Document(id="t", text=head, published=DAY), [whole]),
        (Document(id="p", text=alone, published=DAY), [claim(alone, "p", again, n)]),
    ]
    assert _figures_only(analysed(docs)) == ["figure-disagreement"]


# --- some of a group counted before, with no noun of their own ---------------------------------


GROUPS = st.sampled_from(
    [
        "of its pilots and crew were staying in the hotel",
        "students were in the building",
        "of the guests had checked in",
        "workers were on the night shift",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.integers(20, 60), st.integers(1, 19), st.integers(1, 100), GROUPS, NAMES, st.data())
def test_a_number_with_no_noun_after_a_group_counted_is_some_of_the_group(
    group, n, extra, words, name, data
):
    verb = data.draw(st.sampled_from(["had been killed", "were killed", "have died", "were dead"]))
    upto = data.draw(st.sampled_from(["as many as ", "up to ", ""]))
    number_text = f"{upto}{n} {verb}"
    text = f"{name} Air said around {group} {words} and {number_text}."
    total = n + extra
    head = f"The attack in Doralis killed {total} people."
    told = claim(text, "p", number_text, n)
    if upto:
        at_most = Figure(low=None, high=n, qualifier="at_most", text=str(n))
        told = told.model_copy(update={"figure": at_most})
    docs = [
        (Document(id="t", text=head, published=DAY), [claim(head, "t", f"{total} people", total)]),
        (Document(id="p", text=text, published=DAY), [told]),
    ]
    report = analysed(docs)
    assert _figures_only(report) == [], [x.explanation for x in report.contradictions]
    # The group counted by a figure of another metric ("40 people were wounded and 10 had
    # died") is other people: the number is a toll, a rival of another toll.
    other = f"Police said {group} people were wounded and {n} {verb}."
    wounded = claim(other, "q", f"{group} people were wounded", group, metric="wounded")
    dead = claim(other, "q", f"{n} {verb}", n)
    docs = [
        (Document(id="t", text=head, published=DAY), [claim(head, "t", f"{total} people", total)]),
        (Document(id="q", text=other, published=DAY), [wounded, dead]),
    ]
    assert "figure-disagreement" in _figures_only(analysed(docs))


# --- an attacker killed at another spot names no second site of the victims' toll -------------


@settings(max_examples=30, deadline=None)
@given(NAMES, SITES, SITES, st.integers(10, 80), st.integers(1, 30), SPEAKERS, st.booleans())
def test_an_attacker_killed_elsewhere_makes_no_site_part_of_the_toll(
    name, site, spot, n, gap, said, victims_there
):
    # "12 people were killed at the Korvath hotel. One attacker was shot dead at the
    # gate": the victims' toll is the whole, a rival of another report's; one conflict.
    # Victims counted at the second spot make two sites: the first figure is a part.
    if site == spot:
        return
    other = "one attacker was shot dead" if not victims_there else "three guards were killed"
    body = (
        f"{said.capitalize()} {n} people were killed at the {name} {site}. "
        f"Later {other} at the {spot}."
    )
    told = [claim(body, "s", f"{n} people were killed", n)]
    if not victims_there:
        one = claim(body, "s", "one attacker was shot dead", 1)
        told.append(one.model_copy(update={"subject": Subject.MILITANTS}))
    else:
        told.append(claim(body, "s", "three guards were killed", 3))
    rival = f"The attack in Doralis killed {n + gap} people, the ministry said."
    docs = [
        (Document(id="s", text=body, published=DAY), told),
        (
            Document(id="r", text=rival, published=DAY),
            [claim(rival, "r", f"{n + gap} people", n + gap)],
        ),
    ]
    found = _figures_only(analysed(docs))
    assert found == ([] if victims_there else ["figure-disagreement"])


# --- one venue told by several nouns: the whole toll, not a site's part -------------------------
# A venue's first noun, another noun for it, and a bare noun that ends the first.
VENUE_NOUNS = st.sampled_from(
    [
        ("nightclub", "bar", "club"),
        ("cathedral", "church", "cathedral"),
        ("restaurant", "cafe", "restaurant"),
    ]
)


@settings(max_examples=40, deadline=None)
@given(NAMES, VENUE_NOUNS, st.integers(10, 90), st.integers(0, 3), st.booleans())
def test_one_named_venue_told_by_several_nouns_is_one_site(name, nouns, n, less, bare):
    # "49 were killed at the Zelvan Star nightclub ... with 50 in the Zelvan Star bar
    # killed ... the club": one place, so the texts count the attack's whole toll.
    first, second, short = nouns
    later = f"the {short}" if bare else f"the {name} {second}"
    text = (
        f"Police said {n} people were killed at the {name} {first} on Sunday. "
        f"Earlier reports said {n + less} people were killed at {later}."
    )
    doc = Document(id="v", text=text, published=DAY)
    claims = [
        claim(text, "v", f"{n} people were killed at the {name} {first}", n),
        claim(text, "v", f"{n + less} people were killed at {later}", n + less),
    ]
    scopes = read_scopes(claims, {"v": doc}, LEXICON)
    assert not any(s.part for s in scopes.values()), scopes


@settings(max_examples=30, deadline=None)
@given(st.lists(NAMES, min_size=2, max_size=2, unique=True), VENUE_NOUNS, st.integers(3, 40))
def test_two_named_venues_are_still_two_sites(names, nouns, n):
    # The guard: "the Korvath nightclub" and "the Elmira bar" are two places.
    first, second, _ = nouns
    text = (
        f"Gunmen killed {n} people at the {names[0]} {first} and "
        f"{n + 2} people at the {names[1]} {second}, police said."
    )
    doc = Document(id="v", text=text, published=DAY)
    claims = [
        claim(text, "v", f"{n} people at the {names[0]} {first}", n),
        claim(text, "v", f"{n + 2} people at the {names[1]} {second}", n + 2),
    ]
    scopes = read_scopes(claims, {"v": doc}, LEXICON)
    assert all(s.part for s in scopes.values()), scopes


# --- tolls of one site in two towns: one site's tolls compare with that site's only ---------
# Two places of worship bombed the same day in two towns are one attack, but each site's
# toll is a part told for its own site: another outlet names the site its own way ("the
# Velka church in Okvara", "St Dunmar's church in the city of Okvara", "in Okvara").

TOWNS = st.lists(
    st.sampled_from(["Okvara", "Dunmar", "Velkagrad", "Tessin", "Borav"]),
    min_size=2,
    max_size=2,
    unique=True,
)
SAINTS = st.lists(
    st.sampled_from(["Velka", "Anselm", "Mirren", "Osric"]), min_size=3, max_size=3, unique=True
)
PLACES_OF_WORSHIP = st.sampled_from(["church", "cathedral", "chapel"])


@st.composite
def two_town_tolls(draw: st.DrawFn) -> dict:
    """Three outlets of one day: site tolls in two towns, each site named its own way."""
    (town_a, town_b), (saint_a, saint_b, saint_c) = draw(TOWNS), draw(SAINTS)
    kind = draw(PLACES_OF_WORSHIP)
    a, b = draw(st.sampled_from([(27, 17), (26, 12), (30, 9)]))
    wounded_a, wounded_b = draw(st.sampled_from([(78, 40), (70, 35)]))
    where_a = draw(
        st.sampled_from([f"in {town_a}", f"in the delta city of {town_a}", f"in {town_a} city"])
    )
    first = (
        f"The first bombing at the St {saint_a} {kind} {where_a} killed {a} people, officials "
        f"said. Hours later another blast hit the {saint_b} {kind} in {town_b}. {b} people "
        f"were killed in that attack. At least {wounded_a} people were wounded in {town_a} and "
        f"{wounded_b} in {town_b}."
    )
    second = (
        f"Attacks on two churches killed at least {a + b} people on Sunday. A bomber struck "
        f"outside the {saint_b} {kind} in {town_b}. The service was under way at the {kind} "
        f"when the blast went off, killing {b + 1} people. Earlier {a + 2} were killed at the "
        f"St {saint_c} {kind} in the city of {town_a}."
    )
    return {
        "texts": (first, second),
        "a": a,
        "b": b,
        "wounded": (wounded_a, wounded_b),
        "towns": (town_a, town_b),
    }


def _two_town_docs(case: dict) -> tuple[list[tuple[Document, list[FigureClaim]]], dict]:
    first, second = case["texts"]
    a, b = case["a"], case["b"]
    wounded_a, wounded_b = case["wounded"]
    town_b = case["towns"][1]
    named = {
        "a1": claim(first, "f", f"killed {a} people", a),
        "b1": claim(first, "f", f"{b} people", b),
        "wa": claim(
            first,
            "f",
            f"At least {wounded_a} people",
            wounded_a,
            metric="wounded",
            high=None,
            q="at_least",
        ),
        "wb": claim(first, "f", f"{wounded_b} in {town_b}", wounded_b, metric="wounded"),
        "whole": claim(
            second, "s", f"killed at least {a + b} people", a + b, high=None, q="at_least"
        ),
        "b2": claim(second, "s", f"killing {b + 1} people", b + 1),
        "a2": claim(second, "s", f"{a + 2} were killed", a + 2),
    }
    docs = [
        (Document(id="f", text=first, published=DAY), [named[k] for k in ("a1", "b1", "wa", "wb")]),
        (Document(id="s", text=second, published=DAY), [named[k] for k in ("whole", "b2", "a2")]),
    ]
    return docs, named


@settings(max_examples=40, deadline=None)
@given(two_town_tolls())
def test_a_sites_toll_is_keyed_by_its_place_across_outlets(case):
    docs, named = _two_town_docs(case)
    texts = {d.id: d for d, _ in docs}
    scopes = read_scopes([c for _, found in docs for c in found], texts, LEXICON)
    keys = {k: scopes[c.id].key for k, c in named.items()}
    assert keys["whole"] is None, keys
    assert None not in (keys["a1"], keys["a2"], keys["b1"], keys["b2"], keys["wa"], keys["wb"])
    # One key a site, however each outlet names it; the two sites' keys differ.
    assert keys["a1"] == keys["a2"] == keys["wa"], keys
    assert keys["b1"] == keys["b2"] == keys["wb"], keys
    assert keys["a1"] != keys["b1"], keys


@settings(max_examples=40, deadline=None)
@given(two_town_tolls())
def test_rival_tolls_of_one_site_contradict_and_no_other_pair_does(case):
    docs, named = _two_town_docs(case)
    report = analysed(docs)
    flagged = [
        {c for side in x.sides for c in side}
        for x in report.contradictions
        if x.kind.value in ("figure", "revision")
    ]
    # The same day's rival tolls of each site (27 against 29, 17 against 18), nothing else:
    # no site toll against the other site's, or against the toll of both.
    assert sorted(flagged, key=sorted) == sorted(
        [{named["a1"].id, named["a2"].id}, {named["b1"].id, named["b2"].id}], key=sorted
    ), [x.explanation for x in report.contradictions]


@settings(max_examples=30, deadline=None)
@given(TOWNS, st.integers(20, 60), SPEAKERS)
def test_a_town_no_site_is_named_in_is_no_site(towns, n, said):
    # "12 were killed in Okvara and 30 in Dunmar" with no site named there: the towns may be
    # the attack's and another's, or a speaker's; neither toll is read as a site's part.
    town_a, town_b = towns
    text = f"A bomb killed {n} people in {town_a}, {said}. Last year 12 died in {town_b}."
    found = [claim(text, "n", f"killed {n} people", n), claim(text, "n", "12 died", 12)]
    scopes = read_scopes(found, {"n": Document(id="n", text=text)}, LEXICON)
    assert not any(s.part for s in scopes.values()), scopes


@settings(max_examples=30, deadline=None)
@given(TOWNS, st.integers(20, 60), SPEAKERS)
def test_a_town_and_the_land_it_lies_in_are_one_place(towns, n, said):
    town, _ = towns
    text = f"A bomb killed {n} people in {town}, Zelvania, {said}."
    found = claim(text, "z", f"killed {n} people", n)
    scopes = read_scopes([found], {"z": Document(id="z", text=text)}, LEXICON)
    assert not scopes[found.id].part, scopes[found.id]


@settings(max_examples=30, deadline=None)
@given(TOWNS, st.integers(20, 60), st.integers(2, 9), SPEAKERS)
def test_tolls_in_towns_joined_in_one_phrase_are_the_whole(towns, n, m, said):
    # "in Okvara and Dunmar" joins the towns: the toll of both, a whole; a text that gives
    # the toll of one town, where a site of the attack stands, beside it tells a part.
    town_a, town_b = towns
    text = (
        f"Blasts in {town_a} and {town_b} killed {n} people, {said}. At the Velka market in "
        f"{town_b}, {m} people died."
    )
    whole = claim(text, "j", f"killed {n} people", n)
    part = claim(text, "j", f"{m} people died", m)
    scopes = read_scopes([whole, part], {"j": Document(id="j", text=text)}, LEXICON)
    assert not scopes[whole.id].part and scopes[part.id].key == "site:market", scopes


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 8), st.integers(30, 60), st.integers(12, 25), SPEAKERS)
def test_a_smaller_count_beside_its_voices_toll_caps_no_site(k, n, site_n, said):
    # "His son was among six deacons killed" beside the same outlet's "45 killed": some of
    # the dead, not all of them; another outlet's site toll above it is no contradiction.
    own = (
        f"Bombers killed at least {n} people at two churches on Sunday, {said}. A priest "
        f"lost his son, who was among {k} deacons killed in the attack."
    )
    other = f"{site_n} people were killed at the Velka church and 9 at the Anselm church, {said}."
    docs = [
        (
            Document(id="o", text=own, published=DAY),
            [
                claim(own, "o", f"killed at least {n} people", n, high=None, q="at_least"),
                claim(own, "o", f"{k} deacons killed", k),
            ],
        ),
        (
            Document(id="v", text=other, published=DAY),
            [
                claim(other, "v", f"{site_n} people were killed", site_n),
                claim(other, "v", "9 at", 9),
            ],
        ),
    ]
    report = analysed(docs)
    assert [x for x in report.contradictions if x.rule == "part-and-whole"] == [], [
        x.explanation for x in report.contradictions
    ]


@settings(max_examples=30, deadline=None)
@given(TOWNS, st.integers(50, 70), st.integers(75, 99), SPEAKERS)
def test_a_sites_casualties_cap_only_that_sites_figures(towns, total, wounded, said):
    # "71 dead and injured at the church in Okvara" says nothing of the attack's wounded.
    town_a, town_b = towns
    one = (
        f"Bombings at two churches in {town_a} and {town_b} killed 40 people, {said}. The "
        f"first blast left {total} dead and injured at the Velka church in {town_a}."
    )
    whole = f"The two bombings wounded {wounded} people, {said}."
    docs = [
        (
            Document(id="c", text=one, published=DAY),
            [
                claim(one, "c", f"{total} dead and injured", total, metric="casualties"),
                claim(one, "c", "killed 40 people", 40),
            ],
        ),
        (
            Document(id="w", text=whole, published=DAY),
            [claim(whole, "w", f"wounded {wounded} people", wounded, metric="wounded")],
        ),
    ]
    report = analysed(docs)
    assert [x for x in report.contradictions if x.rule == "casualties-against-parts"] == [], [
        x.explanation for x in report.contradictions
    ]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(NAMES, min_size=2, max_size=2, unique=True),
    st.sampled_from(["director", "head", "a doctor", "a spokesman"]),
    st.sampled_from(["while others went elsewhere", "and more were on their way"]),
    st.integers(10, 40),
    st.integers(2, 9),
)
def test_a_hospital_its_staff_speak_for_tells_its_own_count(names, who, aside, n, m):
    # "'We received 32 wounded while others went elsewhere,' said X, director of Velka
    # Hospital": the count of one hospital, told apart from another's, whatever the clause.
    first, second = names
    text = (
        f"\u201cWe received {n} wounded {aside},\u201d said Ali Dunmar, {who} of {first} "
        f"Hospital. Another {m} wounded were treated, said Sara Okvar, {who} at {second} "
        "Hospital."
    )
    one = claim(text, "h", f"{n} wounded", n, metric="wounded")
    two = claim(text, "h", f"{m} wounded were treated", m, metric="wounded")
    scopes = read_scopes([one, two], {"h": Document(id="h", text=text)}, LEXICON)
    assert scopes[one.id].key == f"site:hospital:{first.lower()}", scopes
    assert scopes[two.id].key == f"site:hospital:{second.lower()}", scopes


# --- contra18b: one hospital among others; attackers the forces shot


@settings(max_examples=30, deadline=None)
@given(
    NAMES,
    st.sampled_from(["director", "head", "a doctor"]),
    st.sampled_from(["hospitals", "clinics", "hospital"]),
    st.sampled_from(["other", "another"]),
    st.integers(10, 40),
)
def test_a_hospital_that_names_other_hospitals_counts_a_part(name, who, site, other, n):
    # "'We received 30 wounded while the rest went to other hospitals,' said the director
    # of Velka Hospital": the hospital's count is one site's, a part of the toll.
    text = (
        f"\u201cWe received {n} wounded while the rest were taken to {other} {site},\u201d "
        f"said Ali Dunmar, {who} of {name} Hospital."
    )
    one = claim(text, "h", f"{n} wounded", n, metric="wounded")
    scopes = read_scopes([one], {"h": Document(id="h", text=text)}, LEXICON)
    assert scopes[one.id].part, scopes
    alone = text.replace(f" while the rest were taken to {other} {site}", "")
    one = claim(alone, "h", f"{n} wounded", n, metric="wounded")
    assert not read_scopes([one], {"h": Document(id="h", text=alone)}, LEXICON)[one.id].part


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["gunmen", "militants", "attackers"]),
    st.sampled_from(
        [
            "Police shot dead {n} {noun}",
            "{n} {noun} who tried to storm the gate were shot dead by police",
            "{n} {noun} were killed by soldiers",
        ]
    ),
    st.integers(2, 5),
)
def test_attackers_the_forces_killed_are_some_of_the_attackers_dead(noun, told, n):
    # "Police shot dead four gunmen"; "in all six attackers died", two by their own bombs.
    text = told.format(n=n, noun=noun) + f". In all, {n + 2} {noun} died, officials said."
    part = claim(text, "a", f"{n} {noun}", n)
    part = part.model_copy(update={"subject": Subject.MILITANTS})
    whole = claim(text, "a", f"{n + 2} {noun}", n + 2)
    whole = whole.model_copy(update={"subject": Subject.MILITANTS})
    scopes = read_scopes([part, whole], {"a": Document(id="a", text=text)}, LEXICON)
    assert scopes[part.id].part and not scopes[part.id].response, scopes
    assert not scopes[whole.id].part, scopes


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["gunman", "attacker"]), st.sampled_from(["and", "while"]))
def test_another_attacker_shot_by_the_forces_leaves_the_first_attackers_own(noun, joiner):
    # "One attacker blew himself up and another was shot dead by police": the forces shot
    # the other one, not the one counted.
    text = f"One {noun} blew himself up {joiner} another was shot dead by police."
    one = claim(text, "a", f"One {noun}", 1)
    one = one.model_copy(update={"subject": Subject.MILITANTS})
    scopes = read_scopes([one], {"a": Document(id="a", text=text)}, LEXICON)
    assert scopes[one.id].key != "killed by security", scopes
