"""Contradictions, round twelve: rivals the rules must find, and parts they must not oppose.

Each grammar writes a phenomenon as another outlet would tell another attack (invented
places, groups and speakers, numbers in digits or words), builds the figure claims a
reader would take from it, and checks what the rules make of them.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import Document, Figure, FigureClaim, Source, Span
from claimrecon.eventview import read_scopes
from tests.builders import LEXICON
from tests.rulecases import analysed

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
DAY = dt.date(2031, 5, 4)
SPEAKERS = st.sampled_from(["police said", "the interior ministry said", "officials said"])
PLACES = st.sampled_from(["the Dunmar academy", "the Okvara hotel", "a Velka market"])


def number(draw: st.DrawFn, n: int) -> str:
    return draw(st.sampled_from([str(n), WORDS.get(n, str(n))]))


def claim(
    text: str,
    doc: str,
    phrase: str,
    n: int,
    *,
    metric: str = "killed",
    subject: str = "people",
    q: str = "exact",
    source: str | None = None,
    kind: str = "official",
) -> FigureClaim:
    """The figure claim a reader takes from ``phrase`` in ``text``."""
    start = text.index(phrase)
    word = WORDS.get(n, str(n))
    written = next((w for w in (str(n), word, word.capitalize()) if w in phrase), str(n))
    return FigureClaim(
        span=Span(doc=doc, start=start, end=start + len(phrase)),
        quote=phrase,
        source=Source(name=source, kind=kind if source else "media"),
        metric=metric,
        subject=subject,
        figure=Figure(low=n, high=None if q == "at_least" else n, qualifier=q, text=written),
    )


# --- counts of attackers over days: a later, larger count is a step --------------------------

WHOLE_COUNTS = st.sampled_from(
    [
        "{n} gunmen carried out the attack on {place}",
        "{n} militants were involved in the assault on {place}",
        "{n} attackers took part in the raid on {place}",
    ]
)


@st.composite
def attacker_counts(draw: st.DrawFn, gap: int) -> list[tuple[Document, list[FigureClaim]]]:
    """Two outlets count all the attackers, the second ``gap`` days later and higher."""
    first = draw(st.integers(2, 5))
    more = first + draw(st.integers(1, 3))
    place = draw(PLACES)
    docs = []
    for doc, n, day in (("a", first, DAY), ("b", more, DAY + dt.timedelta(days=gap))):
        phrase = draw(WHOLE_COUNTS).format(n=number(draw, n), place=place)
        phrase = phrase[0].upper() + phrase[1:]
        text = f"{phrase}, {draw(SPEAKERS)}."
        found = claim(text, doc, phrase, n, metric="count", subject="militants")
        docs.append((Document(id=doc, text=text, published=day), [found]))
    return docs


@settings(max_examples=30, deadline=None)
@given(attacker_counts(gap=1))
def test_a_later_larger_count_of_attackers_is_a_step(docs):
    # A siege's attackers are found one by one: the count of the next day may be higher.
    assert analysed(docs).contradictions == ()


@settings(max_examples=30, deadline=None)
@given(attacker_counts(gap=0))
def test_counts_of_attackers_of_one_day_are_rivals(docs):
    found = analysed(docs).contradictions
    assert [x.rule for x in found] == ["figure-disagreement"], found


# --- the perpetrator's count of those it sent: a rival of any day's count ---------------------

OWN_COUNTS = st.sampled_from(
    [
        "{group} said {n} of its fighters attacked {place}",
        "{group} said there were only {n} attackers",
        "In its statement, {group} said {n} of its soldiers stormed {place}",
    ]
)
GROUPS = st.sampled_from(["the Okvara Front", "Dunmar Brigade", "the Zelvan Movement"])


@st.composite
def own_and_official_counts(
    draw: st.DrawFn, perpetrator: bool
) -> list[tuple[Document, list[FigureClaim]]]:
    """The group counts its attackers; police count more of them on a later day."""
    n = draw(st.integers(2, 5))
    more = n + draw(st.integers(1, 3))
    group, place = draw(GROUPS), draw(PLACES)
    said = draw(OWN_COUNTS).format(group=group, n=number(draw, n), place=place)
    said = said[0].upper() + said[1:]
    own_text = f"{said}."
    phrase = said[said.index(" said ") + len(" said ") :]
    speaker = group if perpetrator else "Police"
    kind = "militant" if perpetrator else "official"
    own = claim(
        own_text, "g", phrase, n, metric="count", subject="militants", source=speaker, kind=kind
    )
    whole = draw(WHOLE_COUNTS).format(n=number(draw, more), place=place)
    whole = whole[0].upper() + whole[1:]
    text = f"{whole}, {draw(SPEAKERS)}."
    count = claim(text, "p", whole, more, metric="count", subject="militants")
    later = DAY + dt.timedelta(days=draw(st.integers(0, 3)))
    return [
        (Document(id="g", text=own_text, published=DAY), [own]),
        (Document(id="p", text=text, published=later), [count]),
    ]


@settings(max_examples=30, deadline=None)
@given(own_and_official_counts(perpetrator=True))
def test_the_perpetrators_count_of_its_attackers_rivals_any_days_count(docs):
    found = analysed(docs).contradictions
    assert [x.rule for x in found] == ["figure-disagreement"], found
    assert "perpetrator's count" in found[0].explanation, found[0].explanation


@settings(max_examples=30, deadline=None)
@given(own_and_official_counts(perpetrator=False))
def test_an_officials_smaller_count_of_attackers_is_a_group_seen_or_an_earlier_step(docs):
    # The same words from the police: a count of one group seen, or an earlier step of
    # the count, below a later whole count.
    assert analysed(docs).contradictions == ()


# --- a quote that ends at its number: the noun after it in the text is the figure's ----------

NATIONALS = st.sampled_from(
    ["British citizens", "Japanese workers", "Norwegian nationals", "Okvarans", "Dunmaris"]
)
ENDING_AT_NUMBER = st.sampled_from(
    [
        ("{who} feared for the lives of {n} {nationals} still unaccounted for.", "lives of {n}"),
        ("The siege took the lives of {n} {nationals} at the plant, {who} said.", "lives of {n}"),
        ("{who} said the attackers had killed {n} {nationals}, among others.", "killed {n}"),
    ]
)


@st.composite
def quotes_ending_at_a_number(draw: st.DrawFn) -> tuple[Document, FigureClaim, FigureClaim]:
    """A count of one nation's people whose quote ends at the number, and a larger part."""
    n = draw(st.integers(2, 6))
    frame, words = draw(ENDING_AT_NUMBER)
    who = draw(st.sampled_from(["The prime minister", "A spokesman", "Officials"]))
    written = number(draw, n)
    sentence = frame.format(who=who, n=written, nationals=draw(NATIONALS))
    sentence = sentence[0].upper() + sentence[1:]
    hostages = n + draw(st.integers(5, 30))
    other = f"At least {hostages} hostages were killed in the siege, the ministry said."
    text = f"{sentence} {other}"
    doc = Document(id="n", text=text, published=DAY)
    found = claim(text, "n", words.format(n=written), n, source=who)
    part = claim(text, "n", f"{hostages} hostages were killed", hostages, source="the ministry")
    return doc, found, part


@settings(max_examples=40, deadline=None)
@given(quotes_ending_at_a_number())
def test_a_noun_after_a_quote_that_ends_at_its_number_makes_it_a_part(case):
    doc, found, hostages = case
    scope = read_scopes([found, hostages], {doc.id: doc}, LEXICON)[found.id]
    assert scope.part and (scope.key or "").startswith("nation:"), scope
    # A count of one nation's people is no toll of all: the hostages killed do not exceed it.
    assert analysed([(doc, [found, hostages])]).contradictions == ()


# --- people the security forces killed: the attackers or suspects, not the toll ---------------

AGENTS = st.sampled_from(["police", "regional police troopers", "troops", "security forces"])
KILLINGS = st.sampled_from(
    [
        ("{Agents} killed {n} people in {place} late on Thursday.", "killed {n} people"),
        ("{Agents} later shot and killed {n} people near {place}.", "killed {n} people"),
        ("{N} people were shot dead by {agents} in {place}.", "{N} people were shot dead"),
        ("In {place}, {n} men were gunned down by the {agents}.", "{n} men were gunned down"),
    ]
)


@st.composite
def killed_by_security_forces(
    draw: st.DrawFn, agents: st.SearchStrategy[str] = AGENTS
) -> tuple[list[tuple[Document, list[FigureClaim]]], FigureClaim]:
    """A toll of the attack in one text; in another, the people the police killed."""
    toll = draw(st.integers(8, 30))
    n = draw(st.integers(2, 6))
    place = draw(PLACES)
    agent = draw(agents)
    frame, words = draw(KILLINGS)
    written = number(draw, n)
    fill = {"n": written, "N": written.capitalize(), "agents": agent, "place": place}
    text = frame.format(Agents=agent.capitalize(), **fill)
    text = text[0].upper() + text[1:]
    shot = claim(text, "k", words.format(**fill), n)
    head = f"The attack on {place} killed {toll} people, officials said."
    whole = claim(head, "t", f"killed {toll} people", toll, source="officials")
    day = DAY + dt.timedelta(days=draw(st.integers(0, 1)))
    docs = [
        (Document(id="t", text=head, published=DAY), [whole]),
        (Document(id="k", text=text, published=day), [shot]),
    ]
    return docs, shot


@settings(max_examples=40, deadline=None)
@given(killed_by_security_forces())
def test_people_the_security_forces_killed_are_no_toll_of_the_attack(case):
    docs, shot = case
    doc = docs[1][0]
    scope = read_scopes([shot], {doc.id: doc}, LEXICON)[shot.id]
    assert scope.response, scope
    assert analysed(docs).contradictions == ()


@settings(max_examples=30, deadline=None)
@given(killed_by_security_forces(agents=st.sampled_from(["gunmen", "the attackers"])))
def test_people_the_attackers_killed_are_a_toll(case):
    docs, shot = case
    doc = docs[1][0]
    assert not read_scopes([shot], {doc.id: doc}, LEXICON)[shot.id].response
    # Two tolls of the attack that cannot meet, on one day or a correction a day later.
    found = analysed(docs).contradictions
    assert [x.rule for x in found] == ["figure-disagreement"], found


# --- attackers captured in the attack: a later, lower count corrects the earlier -------------

CAPTURES = st.sampled_from(
    [
        "The army captured {n} militants at {place}",
        "{N} attackers were taken alive at {place}",
        "Troops seized {n} gunmen alive at {place}",
    ]
)


@st.composite
def captured_attackers(draw: st.DrawFn, subject: str) -> list[tuple[Document, list[FigureClaim]]]:
    """Attackers (or suspects) captured, told one day, and fewer of them a day or more later."""
    fewer = draw(st.integers(1, 3))
    n = draw(st.integers(2, 8))
    place = draw(PLACES)
    docs = []
    for doc, count, day in (("a", n + fewer, 0), ("b", n, draw(st.integers(1, 4)))):
        written = number(draw, count)
        phrase = draw(CAPTURES).format(n=written, N=written.capitalize(), place=place)
        text = f"{phrase}, {draw(SPEAKERS)}."
        found = claim(text, doc, phrase, count, metric="arrested", subject=subject)
        docs.append((Document(id=doc, text=text, published=DAY + dt.timedelta(days=day)), [found]))
    return docs


@settings(max_examples=30, deadline=None)
@given(captured_attackers(subject="militants"))
def test_a_later_lower_count_of_attackers_captured_corrects_the_earlier(docs):
    found = analysed(docs).contradictions
    assert [x.kind.value for x in found] == ["revision"], found


@settings(max_examples=30, deadline=None)
@given(captured_attackers(subject="people"))
def test_a_later_lower_count_of_suspects_arrested_corrects_nothing(docs):
    # Suspects are released, and a later report may count one raid's arrests.
    assert analysed(docs).contradictions == ()


# --- a text that gives its toll exactly and as a bound: the exact figure corrects ------------

HEADLINES = st.sampled_from(
    [
        "{n} killed in {place} attack",
        "{place} attack leaves {n} dead",
        "{N} dead as gunmen storm {place}",
    ]
)
BOUNDS = st.sampled_from(
    ["At least {n} people were killed", "The attack killed at least {n} people"]
)


@st.composite
def exact_and_bound(draw: st.DrawFn, gap: int) -> list[tuple[Document, list[FigureClaim]]]:
    """One outlet's 'at least N+k'; another's headline 'N killed' and body 'at least N'."""
    n = draw(st.integers(5, 40))
    more = n + draw(st.integers(1, 6))
    place = draw(st.sampled_from(["Dunmar", "Okvara", "Velka"]))
    first = f"At least {more} people were killed in {place} on Monday, officials said."
    early = claim(first, "a", f"At least {more} people were killed", more, q="at_least")
    written = str(n)
    head = draw(HEADLINES).format(n=written, N=written, place=place)
    body = draw(BOUNDS).format(n=n)
    text = f"{head}\n{body} in {place}, {draw(SPEAKERS)}."
    head_words = head[: head.index(written) + len(written)]
    exact = claim(text, "b", head_words, n)
    bound = claim(text, "b", body, n, q="at_least")
    later = DAY + dt.timedelta(days=gap)
    return [
        (Document(id="a", text=first, published=DAY), [early]),
        (Document(id="b", text=text, published=later), [exact, bound]),
    ]


@settings(max_examples=30, deadline=None)
@given(exact_and_bound(gap=1))
def test_a_later_texts_exact_toll_below_an_earlier_floor_is_a_correction(docs):
    found = analysed(docs).contradictions
    assert [x.kind.value for x in found] == ["revision"], found
    exact = docs[1][1][0]
    assert any(exact.id in side for side in found[0].sides), found


@settings(max_examples=30, deadline=None)
@given(exact_and_bound(gap=0))
def test_a_texts_bound_of_its_toll_meets_a_higher_floor_of_its_day(docs):
    # On one day the count may still be moving: the text's own "at least" leaves room.
    assert analysed(docs).contradictions == ()


# --- one campus told by several nouns: the university, its campus, the school ---------------

CAMPUS_NOUNS = st.sampled_from(["campus", "school", "college", "university"])


@st.composite
def one_campus(draw: st.DrawFn) -> tuple[Document, list[FigureClaim]]:
    """An attack on a university told as its campus, then as the school or college."""
    name = draw(st.sampled_from(["Dunmar", "Okvara", "Velka"]))
    n, m = draw(st.integers(5, 30)), draw(st.integers(5, 30))
    first = draw(CAMPUS_NOUNS)
    second = draw(CAMPUS_NOUNS.filter(lambda w: w != first))
    one = f"leaving {n} people dead"
    two = f"at least {m} dead"
    text = (
        f"Gunmen stormed the {first} of {name} University on Monday, {one}. "
        f"The attack left {two} at the {second}, officials said."
    )
    found = [claim(text, "u", one, n), claim(text, "u", two, m, q="at_least")]
    return Document(id="u", text=text, published=DAY), found


@settings(max_examples=30, deadline=None)
@given(one_campus())
def test_a_university_its_campus_and_its_school_are_one_site(case):
    doc, found = case
    scopes = read_scopes(found, {doc.id: doc}, LEXICON)
    assert all(scopes[c.id].key is None for c in found), scopes


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([("hotel", "cafe"), ("airport", "metro station"), ("mosque", "market")]),
    st.integers(5, 30),
    st.integers(2, 4),
)
def test_the_at_of_at_least_is_no_sites_preposition(sites, n, m):
    # "at least 12 dead at the hotel": the site is the hotel's, read past the qualifier.
    first, second = sites
    text = f"The blasts left at least {n} dead at the {first} and {m} dead at the {second}."
    doc = Document(id="s", text=text, published=DAY)
    found = [
        claim(text, "s", f"at least {n} dead", n, q="at_least"),
        claim(text, "s", f"{m} dead at the {second}", m),
    ]
    scopes = read_scopes(found, {doc.id: doc}, LEXICON)
    assert [scopes[c.id].key for c in found] == [
        f"site:{LEXICON.scopes.site_nouns[first]}",
        f"site:{LEXICON.scopes.site_nouns[second]}",
    ], scopes


# --- one text's two tolls of all that cannot meet: rivals in the same article ---------------

LARGER = st.sampled_from(
    [
        "The death toll in the {place} blast has crossed {n} people",
        "At least {n} people were killed in the {place} blast",
    ]
)
SMALLER = st.sampled_from(
    [
        "Protesters blamed the police for the blast in {place} that took the lives of {n} people",
        "The attack in {place} killed {n} people, residents said",
    ]
)


@st.composite
def two_tolls_in_one_text(draw: st.DrawFn, early: bool) -> list[tuple[Document, list[FigureClaim]]]:
    """An outlet's own toll, and further down the same text a smaller exact toll of all."""
    big = draw(st.integers(20, 90))
    small = big - draw(st.integers(3, 15))
    place = draw(st.sampled_from(["Dunmar", "Okvara", "Velka"]))
    first = draw(LARGER).format(place=place, n=big)
    second = draw(SMALLER).format(place=place, n=small)
    if early:
        second = f"Initially, officials said {small} people were killed in {place}"
    text = f"{first}.\n\nOfficials gave no breakdown.\n\n{second}."
    crossed = "crossed" in first
    top = claim(text, "t", first, big + 1 if crossed else big, q="at_least")
    words = next(
        w
        for w in (
            f"{small} people were killed",
            f"killed {small} people",
            f"lives of {small} people",
        )
        if w in second
    )
    lower = claim(text, "t", words, small)
    if early:
        lower = lower.model_copy(update={"provisional": True})
    return [(Document(id="t", text=text, published=DAY), [top, lower])]


@settings(max_examples=30, deadline=None)
@given(two_tolls_in_one_text(early=False))
def test_a_texts_smaller_exact_toll_of_all_is_a_rival_of_its_larger(docs):
    found = analysed(docs).contradictions
    assert [x.rule for x in found] == ["figure-disagreement"], found


@settings(max_examples=30, deadline=None)
@given(two_tolls_in_one_text(early=True))
def test_a_texts_smaller_earlier_toll_is_a_step(docs):
    assert analysed(docs).contradictions == ()


# --- a breakdown another speaker gives beside a rising toll is that speaker's count ----------


@st.composite
def breakdown_beside_a_rise(
    draw: st.DrawFn, named: bool
) -> list[tuple[Document, list[FigureClaim]]]:
    """A text's rising toll, with a count of police from another speaker (or none named)."""
    toll = draw(st.integers(40, 120))
    police = draw(st.integers(8, 20))
    fewer = police - draw(st.integers(1, 4))
    rise = f"The death toll has risen to {toll}"
    part = f"{police} policemen were killed"
    said = ", the ministry said" if named else ""
    text = f"{rise}, police said. {part}{said}."
    risen = claim(text, "b", rise, toll, source="police").model_copy(update={"revision": True})
    count = claim(
        text, "b", part, police, subject="police", source="the ministry" if named else None
    )
    other = f"{fewer} police officers were killed, the governor said."
    early = claim(
        other,
        "a",
        f"{fewer} police officers were killed",
        fewer,
        subject="police",
        source="the governor",
    )
    return [
        (Document(id="a", text=other, published=DAY), [early]),
        (Document(id="b", text=text, published=DAY), [risen, count]),
    ]


@settings(max_examples=30, deadline=None)
@given(breakdown_beside_a_rise(named=True))
def test_another_speakers_breakdown_beside_a_rise_is_its_own_count(docs):
    found = analysed(docs).contradictions
    assert [x.rule for x in found] == ["figure-disagreement"], found


@settings(max_examples=30, deadline=None)
@given(breakdown_beside_a_rise(named=False))
def test_a_texts_own_breakdown_beside_a_rise_rose_with_it(docs):
    assert analysed(docs).contradictions == ()


# --- a description of the attackers in a headline's case names no rival group ---------------

DESCRIPTIONS = st.sampled_from(
    ["Suicide Bombers", "SUICIDE BOMBERS", "Gunmen", "SUICIDE", "Islamist Militants"]
)


def _attribution(doc: Document, actor: str, stance: str, source: str, kind: str):
    from claimrecon import AttributionClaim

    start = doc.text.index(actor)
    return AttributionClaim(
        span=Span(doc=doc.id, start=start, end=start + len(actor)),
        quote=actor,
        source=Source(name=source, kind=kind),
        actor=actor,
        stance=stance,
    )


def _claim_and_headline(described: str):
    from claimrecon import Event, Report, find_contradictions

    claim_doc = Document(
        id="c", text="The Dunmar Brigade claimed responsibility for the attack.", published=DAY
    )
    head = Document(id="h", text=f"{described} Behind Deadly Velka Church Attack", published=DAY)
    claims = (
        _attribution(claim_doc, "Dunmar Brigade", "claimed", "Dunmar Brigade", "militant"),
        _attribution(head, described, "asserted", "Velka Times", "media"),
    )
    report = Report(
        documents=(claim_doc, head),
        claims=claims,
        events=(Event(id="e", claims=tuple(c.id for c in claims)),),
    )
    return find_contradictions(report, lexicon=LEXICON).contradictions


@settings(max_examples=20, deadline=None)
@given(DESCRIPTIONS)
def test_a_description_of_the_attackers_in_title_case_rivals_no_group(described):
    assert _claim_and_headline(described) == ()


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["Okvara Front", "Zelvan Movement"]))
def test_a_named_group_in_a_headline_still_rivals_the_claimant(named):
    assert [x.rule for x in _claim_and_headline(named)] == ["attribution-conflict"]
