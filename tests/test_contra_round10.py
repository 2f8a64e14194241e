"""Contradictions, round ten: consistent pairs of real news writing the rules must not flag.

Each grammar writes a phenomenon as another outlet would tell another attack (invented
places, groups and speakers, numbers in digits or words), builds the figure claims a
reader would take from it, and checks what the rules make of them.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import (
    AttributionClaim,
    Document,
    Event,
    Figure,
    FigureClaim,
    Report,
    Source,
    Span,
    Subject,
    find_contradictions,
)
from claimrecon.eventview import read_scopes
from tests.builders import LEXICON
from tests.rulecases import analysed

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 9: "nine", 12: "12"}
GROUPS = st.sampled_from(["the Okvara Front", "Dunmar Brigade", "the Zelvan Movement"])
COUNTRIES = st.sampled_from(["Zelvania", "Okvara", "Dunmar", "Belvoria"])
ATTACKS = st.sampled_from(["attack", "terror attack", "bombing", "assault", "suicide blast"])
ORDINALS = st.sampled_from(["the first", "the second", "the third"])
DAY = dt.date(2031, 5, 4)


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def figure(text: str, doc: str, phrase: str, n: int, *, q: str = "exact", source=None):
    start = text.index(phrase)
    word = WORDS.get(n, str(n))
    written = next((w for w in (str(n), word, word.capitalize()) if w in phrase), str(n))
    return FigureClaim(
        span=Span(doc=doc, start=start, end=start + len(phrase)),
        quote=phrase,
        source=Source(name=source, kind="official" if source else "media"),
        metric="killed",
        subject="people",
        figure=Figure(low=n, high=None if q == "at_least" else n, qualifier=q, text=written),
    )


# --- an ordinal that places the attack in a history of attacks ---------------------------------


@st.composite
def history_ordinals(draw: st.DrawFn) -> tuple[Document, FigureClaim]:
    """ "At least N were killed in the first attack claimed by X in Y": no site of N's."""
    n = draw(st.integers(10, 40))
    ordinal, act = draw(ORDINALS), draw(ATTACKS)
    frame = draw(
        st.sampled_from(
            [
                f"claimed by {draw(GROUPS)} in {draw(COUNTRIES)}",
                f"in {draw(COUNTRIES)} since the war",
                f"carried out by {draw(GROUPS)}",
                "of its kind in the capital",
                "in years",
                "ever to hit the city",
                "this year",
            ]
        )
    )
    phrase = f"At least {n} people were killed"
    text = f"{phrase} on Tuesday in {ordinal} {act} {frame}, officials said."
    return Document(id="h", text=text, published=DAY), figure(text, "h", phrase, n, q="at_least")


@settings(max_examples=40, deadline=None)
@given(history_ordinals(), st.integers(1, 6))
def test_an_ordinal_of_a_history_of_attacks_names_no_site(case, fewer):
    doc, toll = case
    scopes = read_scopes([toll], {doc.id: doc}, LEXICON)
    assert not scopes[toll.id].part, scopes
    # An earlier, smaller count from another source is a step, never a whole the toll
    # (read as one site's part) would exceed.
    low = (toll.figure.low or 0) - fewer - 2
    said = f"Officials said {low} people had been killed."
    other = Document(id="o", text=said, published=DAY - dt.timedelta(days=1))
    early = figure(said, "o", f"{low} people had been killed", low, source="Officials")
    report = analysed([(other, [early]), (doc, [toll])])
    assert [x.rule for x in report.contradictions] == [], report.contradictions


@settings(max_examples=30, deadline=None)
@given(ORDINALS, st.sampled_from(["blast", "explosion", "attack"]), st.integers(3, 9))
def test_an_ordinal_blast_of_the_event_is_still_a_site(ordinal, act, n):
    text = (
        f"Two blasts hit the market. In {ordinal} {act}, {n} people were killed, police said, "
        f"and {n + 4} people died in the other blast."
    )
    doc = Document(id="s", text=text, published=DAY)
    first = figure(text, "s", f"{n} people were killed", n)
    second = figure(text, "s", f"{n + 4} people died", n + 4)
    scopes = read_scopes([first, second], {doc.id: doc}, LEXICON)
    assert scopes[first.id].part and scopes[first.id].key, scopes


# --- the dead of one people, named by a plural no lexicon knows --------------------------------

PEOPLES = st.sampled_from(["Okvarans", "Dunmaris", "Zelvanians", "Belvorians", "Quintarans"])
DIED = st.sampled_from(
    ["were killed", "died in the attack", "were among the dead", "lost their lives"]
)


@st.composite
def named_plurals(draw: st.DrawFn) -> tuple[list[tuple[Document, list[FigureClaim]]], int]:
    """A toll, and another outlet's count of the dead of one people: a part, no rival."""
    total = draw(st.integers(12, 80))
    few = draw(st.integers(2, 7))
    people, died = draw(PEOPLES), draw(DIED)
    said = draw(
        st.sampled_from(["the foreign ministry said", "its embassy said", "officials said"])
    )
    head = f"The bombing in Dunmar killed {total} people, police said."
    phrase = f"{number(draw, few).capitalize()} {people} {died}"
    body = draw(
        st.sampled_from(
            [f"{phrase} in the bombing, {said}.", f"{said.capitalize()} on Monday. {phrase}."]
        )
    )
    whole_doc = Document(id="w", text=head, published=DAY)
    part_doc = Document(id="p", text=body, published=DAY)
    return [
        (whole_doc, [figure(head, "w", f"killed {total} people", total, source="police")]),
        (part_doc, [figure(body, "p", phrase, few)]),
    ], few


@settings(max_examples=40, deadline=None)
@given(named_plurals())
def test_the_dead_of_one_people_are_a_part_of_the_toll(case):
    docs, _ = case
    part = docs[1][1][0]
    scopes = read_scopes([part], {docs[1][0].id: docs[1][0]}, LEXICON)
    assert scopes[part.id].part and (scopes[part.id].key or "").startswith("nation:"), scopes
    report = analysed(docs)
    assert [x.rule for x in report.contradictions] == [], report.contradictions


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["People", "Victims", "Killed", "Dead"]), st.integers(5, 60))
def test_a_headline_in_title_case_names_no_people(word, n):
    text = f"{n} {word} In Dunmar Market Blast"
    doc = Document(id="t", text=text, published=DAY)
    found = figure(text, "t", text, n)
    assert not read_scopes([found], {"t": doc}, LEXICON)[found.id].part


# --- attackers killed, told by the way each died --------------------------------------------------

SHOT = st.sampled_from(
    [
        "{n} attacker{s} {was} shot dead by the guards",
        "{n} gunm{en} {was} killed by security forces",
        "{n} suicide bomber{s} {was} killed",
    ]
)
SELF = st.sampled_from(
    [
        "{n} other{s} blew {them} up",
        "{n} more detonated {their} suicide vest{s}",
        "{n} attacker{s} also blew {them} up",
    ]
)


def _fill(pattern: str, n: int, word: str) -> str:
    many = n > 1
    return pattern.format(
        n=word,
        s="s" if many else "",
        en="en" if many else "an",
        was="were" if many else "was",
        them="themselves" if many else "himself",
        their="their" if many else "his",
    )


@st.composite
def ways_of_dying(draw: st.DrawFn) -> tuple[list[tuple[Document, list[FigureClaim]]], int]:
    """One text tells how each attacker died; another gives all of them killed."""
    shot, own = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    first = _fill(draw(SHOT), shot, number(draw, shot)).capitalize()
    second = _fill(draw(SELF), own, number(draw, own))
    said = draw(st.sampled_from(["the minister said", "police said", "a spokesman said"]))
    text = f"{first}, {said}. {second.capitalize()} at the Dunmar gate."
    total = shot + own
    whole = f"All {number(draw, total)} attackers were killed"
    other = f"{whole} in the assault on the Dunmar academy, officials said."

    def militants(body: str, doc: str, phrase: str, n: int) -> FigureClaim:
        found = figure(body, doc, phrase, n)
        return found.model_copy(update={"subject": Subject.MILITANTS})

    return [
        (
            Document(id="a", text=text, published=DAY),
            [militants(text, "a", first, shot), militants(text, "a", second.capitalize(), own)],
        ),
        (Document(id="b", text=other, published=DAY), [militants(other, "b", whole, total)]),
    ], total


@settings(max_examples=40, deadline=None)
@given(ways_of_dying())
def test_attackers_killed_told_by_the_way_each_died_are_parts(case):
    docs, _ = case
    told = docs[0][1]
    scopes = read_scopes(told, {docs[0][0].id: docs[0][0]}, LEXICON)
    assert all(scopes[c.id].part for c in told), scopes
    report = analysed(docs)
    assert [x.rule for x in report.contradictions] == [], report.contradictions


# --- a state accused of backing a group that claims the attack ------------------------------

COUNTRY_LEXICON = LEXICON.extend(
    {"events": {"capitals": {"Zelvania": "Dunmar", "Okvara": "Belgrith", "Quintar": "Marrak"}}}
)
BLAMES = st.sampled_from(
    [
        "The {blaming} government blamed {home} for the attack on Friday.",
        "The {blaming} government accused {home} of being responsible for the attack.",
        "{blaming}'s Guard Council accused {home} of being responsible for Friday's blasts.",
        "Officials in {blaming} accused {home} of having a hand in the bombing.",
    ]
)


def _att(doc: Document, actor: str, stance: str, phrase: str, source: str) -> AttributionClaim:
    start = doc.text.index(phrase)
    return AttributionClaim(
        span=Span(doc=doc.id, start=start, end=start + len(phrase)),
        quote=phrase,
        source=Source(name=source, kind="militant" if stance == "claimed" else "official"),
        actor=actor,
        stance=stance,
    )


@st.composite
def sponsors(
    draw: st.DrawFn, tied: bool | None = None, together: bool | None = None
) -> tuple[Report, bool]:
    """A group claims an attack; another country blames a third, in the claim's text or not.

    The blamed country is a sponsor when a text bases the group there, or when every text
    that blames it also tells the group's claim (before or after the blame); otherwise a
    rival perpetrator.
    """
    home, blaming = draw(
        st.lists(
            st.sampled_from(["Zelvania", "Okvara", "Quintar"]), min_size=2, max_size=2, unique=True
        )
    )
    group = draw(st.sampled_from(["Jaysh al-Dunmar", "the Sela Front", "Ansar Korvath"]))
    based = draw(st.sampled_from([f"The {home}-based group {group}", f"{group}, based in {home},"]))
    tied = draw(st.booleans()) if tied is None else tied
    together = draw(st.booleans()) if together is None else together
    blame_first = draw(st.booleans())
    claim = f"{based if tied else group} claimed responsibility for the bombing, a statement said."
    claim = claim[0].upper() + claim[1:]
    blame = draw(BLAMES).format(blaming=blaming, home=home)
    if together:
        text = f"{blame} {claim}" if blame_first else f"{claim} {blame}"
        docs = (Document(id="d", text=text, published=DAY),) * 2
    else:
        docs = (
            Document(id="d", text=claim, published=DAY),
            Document(id="b", text=blame, published=DAY),
        )
    claims = (
        _att(docs[0], group, "claimed", claim[:-1], group),
        _att(docs[1], home, "asserted", blame[:-1], f"the {blaming} government"),
    )
    report = Report(
        documents=tuple(dict.fromkeys(docs)),
        claims=claims,
        events=(Event(id="e", claims=tuple(c.id for c in claims)),),
    )
    return report, tied or together


@settings(max_examples=40, deadline=None)
@given(sponsors())
def test_a_state_blamed_beside_a_group_s_claim_or_base_is_a_sponsor_not_a_rival(case):
    report, sponsor = case
    found = find_contradictions(report, lexicon=COUNTRY_LEXICON).contradictions
    rules = [x.rule for x in found]
    # Blaming the country a claiming group is based in, or blaming a country in a text that
    # also tells the group's claim, accuses it of backing the group; a country blamed in a
    # text that tells no claim, with no tie to the group, names a rival perpetrator.
    assert rules == ([] if sponsor else ["attribution-conflict"]), found


@settings(max_examples=20, deadline=None)
@given(sponsors(tied=False, together=True))
def test_a_state_blamed_also_in_a_text_with_no_claim_stays_a_rival(case):
    report, _ = case
    group, state = report.claims
    assert state.span.doc == group.span.doc
    # The same blame told again by a text that tells no claim of the group: a rival theory.
    other = Document(id="o", text=state.quote + ".", published=DAY)
    again = _att(other, state.actor, "asserted", state.quote, "another official")
    report = Report(
        documents=(*report.documents, other),
        claims=(*report.claims, again),
        events=(Event(id="e", claims=(group.id, state.id, again.id)),),
    )
    found = find_contradictions(report, lexicon=COUNTRY_LEXICON).contradictions
    assert [x.rule for x in found] == ["attribution-conflict"], found


# --- a toll a text adds more to ------------------------------------------------------------------

ADDED = st.sampled_from(
    [
        "and {k} more died overnight",
        "and {k} others later succumbed to their wounds",
        "while {k} more died in hospital on Saturday",
    ]
)


@st.composite
def added_tolls(draw: st.DrawFn) -> list[tuple[Document, list[FigureClaim]]]:
    """A toll on the day; a later text gives part of it and the more who died since."""
    total = draw(st.integers(12, 90))
    k = draw(st.integers(2, 9))
    head = f"A suicide bombing at a Dunmar mosque killed {total} people, officials said."
    base = f"{total - k} people were killed"
    more = draw(ADDED).format(k=number(draw, k))
    said = draw(st.sampled_from(["Police said", "The ministry said", "Doctors said"]))
    body = f"{said} {base} in the Friday bombing at the Dunmar mosque, {more}."
    k_phrase = more.split(" ", 1)[1]
    added = figure(body, "b", k_phrase, k)
    return [
        (
            Document(id="a", text=head, published=DAY),
            [figure(head, "a", f"killed {total} people", total, source="officials")],
        ),
        (
            Document(id="b", text=body, published=DAY + dt.timedelta(days=1)),
            [figure(body, "b", base, total - k, source=said.split()[-2]), added],
        ),
    ]


@settings(max_examples=40, deadline=None)
@given(added_tolls())
def test_a_toll_its_text_adds_more_to_corrects_no_larger_toll(docs):
    report = analysed(docs)
    assert [x.rule for x in report.contradictions] == [], report.contradictions


# --- militants killed in a response to the attack ------------------------------------------------

RESPONSES = st.sampled_from(
    [
        "In response, warplanes struck militant hideouts, killing {n} fighters, the army said.",
        "The army said it had killed {n} militants in retaliatory air strikes on their camps.",
        "Troops killed {n} insurgents in reprisal raids across the border, officials said.",
        "Drone strikes in retaliation killed {n} militants in the hills, the military said.",
    ]
)


def _militants(text: str, doc: str, phrase: str, n: int) -> FigureClaim:
    return figure(text, doc, phrase, n).model_copy(update={"subject": Subject.MILITANTS})


@st.composite
def responses(draw: st.DrawFn) -> tuple[list[tuple[Document, list[FigureClaim]]], bool]:
    """A report of the attackers killed; another of the militants killed in response."""
    # Never the bus's toll (28) told first in the text: the claim's quote is found by its number.
    many, few = draw(st.integers(30, 150)), draw(st.integers(1, 5))
    line = draw(RESPONSES).format(n=many)
    text = f"Gunmen killed 28 passengers on a bus near Dunmar on Saturday. {line}"
    number_at = line.index(str(many))
    phrase = line[number_at : number_at + len(str(many)) + 9].rsplit(" ", 1)[0]
    few_phrase = f"{number(draw, few).capitalize()} attackers were killed"
    other = f"{few_phrase} by police near Dunmar, officials said."
    siege = draw(st.booleans())
    if siege:  # the attack's own end, no response: the count rivals the other
        line = f"Security forces killed all {many} attackers in an operation, the army said."
        text = f"Gunmen killed 28 passengers on a bus near Dunmar on Saturday. {line}"
        phrase = f"all {many} attackers"
    return [
        (Document(id="a", text=text, published=DAY), [_militants(text, "a", phrase, many)]),
        (Document(id="b", text=other, published=DAY), [_militants(other, "b", few_phrase, few)]),
    ], siege


@settings(max_examples=40, deadline=None)
@given(responses())
def test_militants_killed_in_a_response_rival_no_count_of_the_attackers(case):
    docs, siege = case
    rules = [x.rule for x in analysed(docs).contradictions]
    assert rules == (["figure-disagreement"] if siege else []), rules


# --- a breakdown of the dead by groups the lexicon does not name ----------------------------

GROUP_NOUNS = st.sampled_from(["traders", "pilgrims", "vendors", "guests", "labourers"])


@st.composite
def breakdowns(draw: st.DrawFn) -> tuple[list[tuple[Document, list[FigureClaim]]], str]:
    """A toll on the day; the next day's report breaks the dead down by group."""
    a, b, c = draw(st.integers(5, 12)), draw(st.integers(2, 4)), draw(st.integers(1, 3))
    total = a + b + c + draw(st.integers(0, 6))
    head = f"A suicide bombing at a Dunmar market killed {total} people, officials said."
    noun = draw(GROUP_NOUNS)
    item = f"{a} {noun}"
    opener = draw(
        st.sampled_from(["The dead included", "Among the dead were", "Those killed were"])
    )
    body = (
        f"{opener} {item}, {b} police officers and {c} soldiers, "
        f"officials said of the Friday bombing in Dunmar."
    )
    mode = "list" if opener == "Those killed were" else "included"
    return [
        (
            Document(id="a", text=head, published=DAY),
            [figure(head, "a", f"killed {total} people", total, source="officials")],
        ),
        (
            Document(id="b", text=body, published=DAY + dt.timedelta(days=1)),
            [figure(body, "b", item, a, source="officials")],
        ),
    ], mode


@settings(max_examples=40, deadline=None)
@given(breakdowns())
def test_a_group_of_the_dead_in_a_breakdown_is_no_lower_toll(case):
    docs, _ = case
    # The listed partners are figures too (police, soldiers): the item is read with them.
    body = docs[1][0].text
    police = body[body.index(", ") + 2 : body.index(" police officers") + len(" police officers")]
    n = int(police.split()[0])
    partner = figure(body, "b", police, n).model_copy(update={"subject": Subject.POLICE})
    docs = [docs[0], (docs[1][0], [*docs[1][1], partner])]
    item = docs[1][1][0]
    scopes = read_scopes(docs[1][1], {"b": docs[1][0]}, LEXICON)
    assert scopes[item.id].part, scopes
    report = analysed(docs)
    assert [x.rule for x in report.contradictions] == [], report.contradictions


@settings(max_examples=20, deadline=None)
@given(st.integers(10, 60), st.integers(1, 5))
def test_a_toll_beside_a_count_of_the_attackers_is_still_the_toll(total, attackers):
    text = f"The assault killed {total} people and {attackers} attackers, police said."
    doc = Document(id="t", text=text, published=DAY)
    toll = figure(text, "t", f"{total} people", total)
    them = figure(text, "t", f"{attackers} attackers", attackers).model_copy(
        update={"subject": Subject.MILITANTS}
    )
    assert not read_scopes([toll, them], {"t": doc}, LEXICON)[toll.id].part
