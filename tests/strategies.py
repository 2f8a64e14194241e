"""Hypothesis strategies for every public model, for reuse across the test suite.

Also the attribution grammars' cases and :func:`read_attributions`, the reading they are
checked against.
"""

from __future__ import annotations

import datetime as dt
import functools

from hypothesis import assume
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.figures import read_figures
from claimrecon.extract.numbers import spell
from claimrecon.extract.segment import DocContext
from claimrecon.models import (
    AttributionClaim,
    Contradiction,
    DatePrecision,
    DateRef,
    Document,
    Estimate,
    Event,
    EventKind,
    Figure,
    FigureClaim,
    FindingKind,
    Metric,
    Note,
    Qualifier,
    Report,
    Severity,
    Source,
    SourceKind,
    Span,
    Stance,
    Subject,
)
from claimrecon.vocab import Lexicon

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=1, max_size=12)
texts = st.text(max_size=40)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
counts = st.integers(min_value=0, max_value=100_000)


@st.composite
def spans(draw: st.DrawFn, doc: str | None = None) -> Span:
    start = draw(st.integers(0, 5000))
    end = draw(st.integers(start, start + 300))
    return Span(doc=doc or draw(ids), start=start, end=end)


@st.composite
def figures(draw: st.DrawFn, max_count: int = 100_000) -> Figure:
    qualifier = draw(st.sampled_from(Qualifier))
    bounded = st.integers(min_value=0, max_value=max_count)
    a, b = sorted((draw(bounded), draw(bounded)))
    text = draw(texts)
    if qualifier in (Qualifier.EXACT, Qualifier.ABOUT):
        return Figure(low=a, high=a, qualifier=qualifier, text=text)
    if qualifier is Qualifier.AT_LEAST:
        return Figure(low=a, high=None, qualifier=qualifier, text=text)
    if qualifier is Qualifier.AT_MOST:
        return Figure(low=None, high=b, qualifier=qualifier, text=text)
    return Figure(low=a, high=b, qualifier=qualifier, text=text)


sources = st.recursive(
    st.builds(Source, name=st.none() | texts, kind=st.sampled_from(SourceKind)),
    lambda inner: st.builds(
        Source,
        name=st.none() | texts,
        kind=st.sampled_from(SourceKind),
        via=st.lists(inner, max_size=2).map(tuple),
    ),
    max_leaves=3,
)

date_refs = st.builds(
    DateRef,
    text=texts,
    value=st.none() | dates,
    precision=st.none() | st.sampled_from(DatePrecision),
    span=st.none() | spans(),
)


@st.composite
def figure_claims(draw: st.DrawFn, doc: str | None = None) -> FigureClaim:
    return FigureClaim(
        span=draw(spans(doc)),
        quote=draw(texts),
        source=draw(sources),
        date=draw(st.none() | date_refs),
        confidence=draw(st.floats(0, 1)),
        metric=draw(st.sampled_from(Metric)),
        subject=draw(st.sampled_from(Subject)),
        figure=draw(figures()),
        part_of=draw(st.none() | ids),
        revision=draw(st.booleans()),
    )


@st.composite
def attribution_claims(draw: st.DrawFn, doc: str | None = None) -> AttributionClaim:
    return AttributionClaim(
        span=draw(spans(doc)),
        quote=draw(texts),
        source=draw(sources),
        date=draw(st.none() | date_refs),
        actor=draw(st.sampled_from(["Islamic State", "Taliban", "al-Shabaab", "unknown"])),
        actor_text=draw(st.none() | texts),
        stance=draw(st.sampled_from(Stance)),
    )


claims = st.one_of(figure_claims(), attribution_claims())

documents = st.builds(
    Document,
    id=ids,
    text=st.text(max_size=200),
    published=st.none() | dates,
    outlet=st.none() | texts,
    title=st.none() | texts,
    url=st.none() | texts,
)

events = st.builds(
    Event,
    id=ids,
    kind=st.sampled_from(EventKind),
    date=st.none() | dates,
    date_precision=st.none() | st.sampled_from(DatePrecision),
    location=st.none() | texts,
    target=st.none() | texts,
    claims=st.lists(ids, max_size=4).map(tuple),
    documents=st.lists(ids, max_size=3).map(tuple),
)

contradictions = st.builds(
    Contradiction,
    rule=ids,
    kind=st.sampled_from(FindingKind),
    severity=st.sampled_from(Severity),
    event=st.none() | ids,
    metric=st.none() | st.sampled_from(Metric),
    subject=st.none() | st.sampled_from(Subject),
    sides=st.lists(st.lists(ids, min_size=1, max_size=3).map(tuple), min_size=2, max_size=3).map(
        tuple
    ),
    explanation=texts,
)

notes = st.builds(
    Note,
    rule=ids,
    kind=st.sampled_from(FindingKind),
    event=st.none() | ids,
    claims=st.lists(ids, min_size=1, max_size=3).map(tuple),
    explanation=texts,
)


@st.composite
def estimates(draw: st.DrawFn) -> Estimate:
    low, best, high = sorted(draw(st.lists(counts, min_size=3, max_size=3)))
    return Estimate(
        event=draw(ids),
        metric=draw(st.sampled_from(Metric)),
        subject=draw(st.sampled_from(Subject)),
        low=draw(st.none() | st.just(low)),
        best=best,
        high=draw(st.none() | st.just(high)),
        policy=draw(st.sampled_from(["ucdp", "acled", "ibc"])),
        claims=tuple(draw(st.lists(ids, max_size=3))),
    )


reports = st.builds(
    Report,
    documents=st.lists(documents, max_size=2).map(tuple),
    claims=st.lists(claims, max_size=4).map(tuple),
    events=st.lists(events, max_size=2).map(tuple),
    aggregates=st.lists(ids, max_size=2).map(tuple),
    contradictions=st.lists(contradictions, max_size=2).map(tuple),
    notes=st.lists(notes, max_size=2).map(tuple),
    estimates=st.lists(estimates(), max_size=2).map(tuple),
)


# --- attribution sentences: phenomena with the claims each must yield ----------------------

ARMED_NAMES = (
    ("al-Shabaab", "al-Shabaab"),
    ("Al-Shebab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Lashkar-e-Tayyeba", "Lashkar-e-Taiba"),
    ("the Islamic State", "Islamic State"),
    ("Ansar Beit al-Maqdis", "Ansar Beit al-Maqdis"),
    ("al-Murabitoun", "al-Mourabitoun"),
    ("the Deccan Mujahideen", "Deccan Mujahideen"),
)
STATE_NAMES = (
    ("Israel", "Israel"),
    ("the United States", "United States"),
    ("Washington", "United States"),
)
_SPEAKERS = ("Officials", "The interior minister", "Iran's president", "Police in the city")
_EVENTS = ("the attack", "Saturday's bombing", "the twin blasts", "the deadly assault")
_WHEN = ("", " on Tuesday", " later")

AttributionCase = tuple[str, frozenset[tuple[str, Stance]]]


@st.composite
def _two_actors(draw: st.DrawFn) -> tuple[tuple[str, str], tuple[str, str]]:
    names = draw(
        st.lists(
            st.sampled_from(ARMED_NAMES + STATE_NAMES),
            min_size=2,
            max_size=2,
            unique_by=lambda n: n[1],
        )
    )
    return names[0], names[1]


@st.composite
def coordinated_blame(draw: st.DrawFn) -> AttributionCase:
    """ "Officials blamed X and Y for the attack": both actors are asserted."""
    (a, ca), (b, cb) = draw(_two_actors())
    verb = draw(st.sampled_from(("blamed", "has blamed", "blames")))
    speaker = draw(st.sampled_from(_SPEAKERS)) + draw(st.sampled_from(_WHEN))
    text = f"{speaker} {verb} {a} and {b} for {draw(st.sampled_from(_EVENTS))}."
    return text, frozenset({(ca, Stance.ASSERTED), (cb, Stance.ASSERTED)})


@st.composite
def coordinated_denial(draw: st.DrawFn) -> AttributionCase:
    """ "X and Y had no role in the attack" / "refuted the notion that either X or Y was ..."."""
    (a, ca), (b, cb) = draw(_two_actors())
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        cue = draw(
            st.sampled_from(("had no role in", "were not involved in", "had nothing to do with"))
        )
        text = f"{a[:1].upper()}{a[1:]} and {b} {cue} {event}, a spokesman said."
    else:
        cue = draw(st.sampled_from(("refuted the notion that", "rejected the notion that")))
        speaker = draw(st.sampled_from(_SPEAKERS))
        text = f"{speaker} {cue} either {a} or {b} was responsible for {event}."
    return text, frozenset({(ca, Stance.DENIED), (cb, Stance.DENIED)})


@st.composite
def attackers_named(draw: st.DrawFn) -> AttributionCase:
    """The actor modifies the attackers: "the three X bombers", "X gunmen who opened fire"."""
    name, actor = draw(st.sampled_from(ARMED_NAMES))
    name = name.removeprefix("the ")
    count = draw(st.sampled_from(("three", "two", "4", "five")))
    if draw(st.booleans()):
        noun = draw(st.sampled_from(("bombers", "gunmen", "attackers")))
        text = f"The toll does not include the {count} {name} {noun}, who also died."
    else:
        act = draw(st.sampled_from(("opened fire on the crowd", "stormed the hotel")))
        text = f"The blast was followed by {count} {name} gunmen who {act}."
    return text, frozenset({(actor, Stance.ASSERTED)})


@st.composite
def hedged_state_strike(draw: st.DrawFn) -> AttributionCase:
    """A state named before its forces' strike: "an apparent US air strike" (suspected);
    told as plain fact it is background narration and yields nothing."""
    name = draw(st.sampled_from(("US", "U.S.", "American")))
    strike = draw(st.sampled_from(("air strike", "airstrike", "drone strike", "gunship")))
    verb = draw(st.sampled_from(("destroyed", "hit")))
    if draw(st.booleans()):
        return (
            f"The charity withdrew after an apparent {name} {strike} {verb} its hospital.",
            frozenset({("United States military", Stance.SUSPECTED)}),
        )
    return f"The general died in a {name} {strike} in 2020.", frozenset()


@st.composite
def not_an_attribution(draw: st.DrawFn) -> AttributionCase:
    """A group named without tying it to one event."""
    name, _ = draw(st.sampled_from(ARMED_NAMES))
    template = draw(
        st.sampled_from(
            (
                "The assault showed {n}'s continued ability to strike the capital.",
                "Analysts said {n} remains a threat to the region.",
            )
        )
    )
    return template.format(n=name), frozenset()


attribution_sentences = st.one_of(
    coordinated_blame(),
    coordinated_denial(),
    attackers_named(),
    hedged_state_strike(),
    not_an_attribution(),
)


# --- actors the lexicon does not know: read from their frame --------------------------------

# Invented words, in no lexicon and no gazetteer, with the forms of real group names.
_NAME_WORDS = ("Qarnat", "Zelvani", "Tamrezi", "Hurdane", "Okvara", "Sabrun")
_PARTICLES = ("", "al-", "Ibn ", "bin ")
_HEADS = ("Brigade", "Front", "Movement", "Battalion", "Mujahideen", "Army")


@st.composite
def unknown_group(draw: st.DrawFn) -> tuple[str, str]:
    """An invented group: its name as written (maybe with an acronym) and as read."""
    first, second = draw(
        st.lists(st.sampled_from(_NAME_WORDS), min_size=2, max_size=2, unique=True)
    )
    particle = draw(st.sampled_from(_PARTICLES))
    name = f"{first} {particle}{second} {draw(st.sampled_from(_HEADS))}"
    if draw(st.booleans()):
        acronym = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
        return f"{name} ({acronym})", name
    return name, name


_FRAMES = (
    ("{n} claimed responsibility for {e}.", Stance.CLAIMED),
    ("{n} has claimed {e}, according to a statement posted online.", Stance.CLAIMED),
    ("In a statement, {n} said it carried out {e}.", Stance.CLAIMED),
    ("A group calling itself {n} claimed {e}.", Stance.CLAIMED),
    ("{E} was claimed by {n}, a little-known faction.", Stance.CLAIMED),
    ("{s} blamed {n} for {e}.", Stance.ASSERTED),
    ("{s} said {n} was behind {e}.", Stance.ASSERTED),
    ("{n} \u2014 a splinter of a larger movement \u2014 denied any involvement in {e}.",
     Stance.DENIED),
    ("The claim of responsibility by {n} could not be independently verified.", Stance.CLAIMED),
    ("A claim by {n} for {e} was posted online.", Stance.CLAIMED),
    ("{n} is suspected of carrying out {e}.", Stance.SUSPECTED),
    ("{s} has strongly blamed {n} for {e}.", Stance.ASSERTED),
    ("{s} blamed an al-Qaeda-linked militant group, {n}, for {e}.", Stance.ASSERTED),
    ("{s} said the attackers belonged to a local jihadist group, {n}.", Stance.ASSERTED),
    ("{s} identified the two gunmen as members of {n}.", Stance.ASSERTED),
)  # fmt: skip


@st.composite
def unknown_group_in_a_frame(draw: st.DrawFn) -> AttributionCase:
    """An unknown group in the actor slot of a responsibility frame, under its own name."""
    written, name = draw(unknown_group())
    frame, stance = draw(st.sampled_from(_FRAMES))
    event = draw(st.sampled_from(_EVENTS))
    speaker = draw(st.sampled_from(_SPEAKERS)) + draw(st.sampled_from(_WHEN))
    text = frame.format(n=written, e=event, E=event[:1].upper() + event[1:], s=speaker)
    return text, frozenset({(name, stance)})


_PEOPLE = ("Karim Zelvani", "Amina Okvara", "Tariq Hurdane")
_TITLES = ("Interior Minister", "police spokesman", "Governor", "the group's spokesman,")


@st.composite
def unknown_names_that_are_no_actor(draw: st.DrawFn) -> AttributionCase:
    """Speakers, places and outlets in or near a frame: no actor."""
    person = draw(st.sampled_from(_PEOPLE))
    title = draw(st.sampled_from(_TITLES))
    event = draw(st.sampled_from(_EVENTS))
    template = draw(
        st.sampled_from(
            (
                "{t} {p} denied any involvement in the security failures.",
                "{t} {p} said no group had claimed {e}.",
                "Gunmen claimed {e}, {t} {p} told the Zelvani Times.",
                "The Okvara Times said {e} was the deadliest in the city.",
                "{E} was carried out in Zelvani Province, {t} {p} said.",
            )
        )
    )
    text = template.format(t=title, p=person, e=event, E=event[:1].upper() + event[1:])
    return text[:1].upper() + text[1:], frozenset()


@st.composite
def accused_state(draw: st.DrawFn) -> AttributionCase:
    """A country the lexicon does not list, or its capital, accused or denying."""
    country, capital = draw(st.sampled_from((("Ukraine", "Kyiv"), ("Tunisia", "Tunis"))))
    name = draw(st.sampled_from((country, capital)))
    if draw(st.booleans()):
        speaker = draw(st.sampled_from(_SPEAKERS))
        return f"{speaker} blamed {name} for {draw(st.sampled_from(_EVENTS))}.", frozenset(
            {(country, Stance.ASSERTED)}
        )
    return f"{name} denied any role in {draw(st.sampled_from(_EVENTS))}.", frozenset(
        {(country, Stance.DENIED)}
    )


_ATTACKERS = (
    "the gunmen",
    "the two attackers",
    "both bombers",
    "the three suicide bombers",
    "the assailants",
    "all four attackers",
)
_MEMBERSHIP = (
    "were members of",
    "had links to",
    "had trained with",
    "belonged to",
    "were linked to",
    "had pledged allegiance to",
    "were affiliated with",
)
_ACTS = (
    "carried out the attack",
    "stormed the museum",
    "opened fire on tourists",
    "attacked the hotel",
)
_MILITANTS = ("militants", "gunmen", "fighters", "jihadists", "insurgents")
_REPORTERS = ("the interior ministry said", "police said", "officials said",
              "according to the prosecutor")  # fmt: skip


def _tell(draw: st.DrawFn, clause: str) -> str:
    """The clause in a reporter's voice, before or after it, or the outlet's own."""
    speaker = draw(st.sampled_from(_REPORTERS))
    order = draw(st.sampled_from(("after", "before", "none")))
    if order == "after":
        return f"{clause[:1].upper()}{clause[1:]}, {speaker}."
    if order == "before" and not speaker.startswith("according"):
        who = speaker.rsplit(" ", 1)[0]
        return f"{who[:1].upper()}{who[1:]} said {clause}."
    return f"{clause[:1].upper()}{clause[1:]}."


@st.composite
def membership_of_attackers(draw: st.DrawFn) -> AttributionCase:
    """The attackers of the event placed in a group: "the gunmen were members of X"."""
    written, name = draw(unknown_group())
    attackers = draw(st.sampled_from(_ATTACKERS))
    link = draw(st.sampled_from(_MEMBERSHIP))
    return _tell(draw, f"{attackers} {link} the {written}"), frozenset({(name, Stance.ASSERTED)})


@st.composite
def attackers_linked_to_a_group(draw: st.DrawFn) -> AttributionCase:
    """Attackers tied to a group before their act: "militants linked to X stormed ..."."""
    written, name = draw(unknown_group())
    noun = draw(st.sampled_from(_MILITANTS))
    link = draw(st.sampled_from(("linked to", "loyal to", "affiliated with")))
    act = draw(st.sampled_from(_ACTS))
    return _tell(draw, f"{noun} {link} the {written} {act}"), frozenset({(name, Stance.ASSERTED)})


@st.composite
def group_with_its_attackers(draw: st.DrawFn) -> AttributionCase:
    """An unknown group before an attacker noun and an act: "al-Qarnat militants stormed"."""
    if draw(st.booleans()):
        word = draw(st.sampled_from(_NAME_WORDS))
        written = name = f"{draw(st.sampled_from(('al-', 'Al-')))}{word}"
    else:
        written, name = draw(unknown_group())
    hedge = draw(st.sampled_from(("", "suspected ")))
    noun = draw(st.sampled_from(_MILITANTS))
    clause = f"{hedge}{written} {noun} {draw(st.sampled_from(_ACTS))}"
    stance = Stance.SUSPECTED if hedge else Stance.ASSERTED
    return f"Witnesses said {clause}.", frozenset({(name, stance)})


@st.composite
def group_with_a_lower_case_head(draw: st.DrawFn) -> AttributionCase:
    """ "the Qarnat Ibn Zelvani brigade": the head joins the name, in one surface form."""
    first, second = draw(
        st.lists(st.sampled_from(_NAME_WORDS), min_size=2, max_size=2, unique=True)
    )
    particle = draw(st.sampled_from(_PARTICLES))
    head = draw(st.sampled_from(("brigade", "battalion", "front")))
    written = f"{first} {particle}{second} {head}"
    name = f"{first} {particle}{second} {head.capitalize()}"
    frame, stance = draw(st.sampled_from(_FRAMES))
    event = draw(st.sampled_from(_EVENTS))
    speaker = draw(st.sampled_from(_SPEAKERS))
    text = frame.format(n="the " + written, e=event, E=event[:1].upper() + event[1:], s=speaker)
    return text[:1].upper() + text[1:], frozenset({(name, stance)})


@st.composite
def state_voice_denies(draw: st.DrawFn) -> AttributionCase:
    """A state denies through its officials, its capital or its name, with an adverb or not.

    "Ukrainian officials denied any involvement", "Kyiv has strongly denied involvement";
    the officials of a country carry only its denials ("Ukrainian officials said" makes
    them a source). The demonym must be the lexicon's: a voice is read from it.
    """
    country, demonym, _ = draw(st.sampled_from((("Ukraine", "Ukrainian", "Kyiv"),)))
    voice = draw(st.sampled_from(("officials", "government", "foreign ministry", "authorities")))
    subject = draw(st.sampled_from((f"{demonym} {voice}", f"The {demonym} {voice}", "Kyiv")))
    adverb = draw(st.sampled_from(("", "strongly ", "flatly ", "vehemently ")))
    aux = draw(st.sampled_from(("", "has ", "have ")))
    cue = draw(st.sampled_from(("denied any involvement in", "denied any role in")))
    event = draw(st.sampled_from(_EVENTS))
    text = f"{subject} {aux}{adverb}{cue} {event}."
    if draw(st.booleans()):
        other = f"{demonym} officials said the Okvara Front carried out {event}."
        return f"{text} {other}", frozenset(
            {(country, Stance.DENIED), ("Okvara Front", Stance.ASSERTED)}
        )
    return text, frozenset({(country, Stance.DENIED)})


@st.composite
def event_linked_to_a_state(draw: st.DrawFn) -> AttributionCase:
    """ "Moscow sought to link the attack to Ukraine": the state tied to the event is accused."""
    speaker = draw(st.sampled_from(_SPEAKERS))
    verb = draw(st.sampled_from(("linked", "sought to link", "has tried to tie", "tied")))
    name, country = draw(st.sampled_from((("Ukraine", "Ukraine"), ("Kyiv", "Ukraine"))))
    return f"{speaker} {verb} {draw(st.sampled_from(_EVENTS))} to {name}.", frozenset(
        {(country, Stance.ASSERTED)}
    )


@st.composite
def group_gives_its_reason(draw: st.DrawFn) -> AttributionCase:
    """A group says the event was its revenge or its fighters' act: its claim.

    ("X said its fighters had entered the mall" is read for a known group only: a
    reporting verb with no word of responsibility does not introduce a new name.)
    """
    written, name = draw(unknown_group())
    verb = draw(st.sampled_from(("said", "says", "claimed")))
    aside = draw(st.sampled_from(("", " in a statement", " on Telegram")))
    event = draw(st.sampled_from(_EVENTS))
    tail = draw(
        st.sampled_from(
            (
                f"{event} was retribution for the army's offensive",
                f"{event} was in response to the arrests of its members",
                f"{event} was carried out by its fighters",
            )
        )
    )
    return f"The {written} {verb}{aside} {tail}.", frozenset({(name, Stance.CLAIMED)})


@st.composite
def one_surface_form(draw: st.DrawFn) -> AttributionCase:
    """However the text dresses an unknown name, it comes out in one surface form.

    An article, a possessive, a capitalised "Group" after it or a lower-case head
    ("brigade") do not make another actor: "the Qarnat Front Group's claim of
    responsibility" names the Qarnat Front.
    """
    first, second = draw(
        st.lists(st.sampled_from(_NAME_WORDS), min_size=2, max_size=2, unique=True)
    )
    head = draw(st.sampled_from(("Front", "Brigade", "Battalion")))
    name = f"{first} {second} {head}"
    article = draw(st.sampled_from(("The ", "")))
    written = draw(
        st.sampled_from(
            (
                f"{first} {second} {head}",
                f"{first} {second} {head.lower()}",
                f"{first} {second} {head} Group",
                f"{first} {second} {head.lower()} group",
            )
        )
    )
    if draw(st.booleans()):
        text = f"{article}{written}'s claim of responsibility came hours after the attack."
    else:
        text = f"{article}{written} claimed responsibility for the attack."
    return text, frozenset({(name, Stance.CLAIMED)})


unknown_actor_sentences = st.one_of(
    one_surface_form(),
    state_voice_denies(),
    event_linked_to_a_state(),
    group_gives_its_reason(),
    unknown_group_in_a_frame(),
    unknown_names_that_are_no_actor(),
    accused_state(),
    membership_of_attackers(),
    attackers_linked_to_a_group(),
    group_with_its_attackers(),
    group_with_a_lower_case_head(),
)


# --- a group's own voice: its "we", its reports of its fighters' act, its quoted words -------

_QUOTES = (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"))
_OWN_ACTS = (
    "We carried out {e}",
    "We have carried out {e}",
    "Our fighters stormed the hotel",
    "Our brave mujahideen attacked the museum",
    "We are behind {e}",
    "We claim responsibility for {e}",
    "Our soldiers had attacked the base",
)
_STATEMENT = ("", " in a statement", " in an audio message posted online")


@st.composite
def any_group(draw: st.DrawFn) -> tuple[str, str]:
    """A group the lexicon knows, or an invented one with a group's form."""
    if draw(st.booleans()):
        return draw(unknown_group())
    written, name = draw(st.sampled_from(ARMED_NAMES))
    return written, name


def capitalised(text: str) -> str:
    """The text with its first letter in capitals, as a sentence opens."""
    return text[:1].upper() + text[1:]


def written_number(n: int, words: bool) -> str:
    """``n`` spelled out (up to 99) when ``words``, else in digits."""
    return spell(n) if words and n <= 99 else str(n)


def read_figure_values(text: str) -> list[tuple[str, str, int | None, int | None]]:
    """The figures of one sentence with the default lexicon: metric, subject, low, high."""
    return [
        (f.metric.value, f.subject.value, f.low, f.high)
        for f in read_figures(text, Lexicon.default())
    ]


@st.composite
def group_speaks_in_first_person(draw: st.DrawFn) -> AttributionCase:
    """A group's "we" or "our" in a quotation: the speaker after or before, or its spokesman.

    The act the group tells of itself is its claim, in any quotation style.
    """
    written, name = draw(any_group())
    opening, closing = draw(st.sampled_from(_QUOTES))
    said = draw(st.sampled_from(("said", "says", "added")))
    words = draw(st.sampled_from(_OWN_ACTS)).format(e=draw(st.sampled_from(_EVENTS)))
    speaker = draw(st.sampled_from((written, f"a spokesman for {written}")))
    aside = draw(st.sampled_from(_STATEMENT))
    order = draw(st.sampled_from(("after", "inverted", "before")))
    if order == "after":
        text = f"{opening}{words},{closing} {speaker} {said}{aside}."
    elif order == "inverted":
        text = f"{opening}{words},{closing} {said} {speaker}."
    else:
        text = f"{capitalised(speaker)} {said}{aside}: {opening}{words}.{closing}"
    return text, frozenset({(name, Stance.CLAIMED)})


@st.composite
def others_speak_in_first_person(draw: st.DrawFn) -> AttributionCase:
    """An official's or a witness's "we": no group speaks, no claim."""
    opening, closing = draw(st.sampled_from(_QUOTES))
    words = draw(
        st.sampled_from(
            (
                "We stormed the hotel at dawn",
                "Our forces attacked the hideout",
                "We carried out a raid",
            )
        )
    )
    speaker = draw(st.sampled_from(("a police commander", "the interior minister", "a witness")))
    if draw(st.booleans()):
        # An outlet reporting its own people's movements names no perpetrator.
        outlet = draw(st.sampled_from(("Reuters", "The Okvara Times", "Zelvani Radio")))
        return f"{outlet} reported that its journalists had entered the building.", frozenset()
    return f"{opening}{words},{closing} {speaker} said.", frozenset()


_OWN_PEOPLE = ("its fighters", "its militants", "its men", "two of its soldiers", "its members")


@st.composite
def group_reports_its_act(draw: st.DrawFn) -> AttributionCase:
    """A group reports its people's act with a reporting verb alone: its claim.

    "X said its fighters stormed ...", "X said in a statement posted online that its
    militants had ...", "a statement from X said ...", "X, in a statement carried by its
    news agency, said ...".
    """
    written, name = draw(any_group())
    people = draw(st.sampled_from(_OWN_PEOPLE))
    aux = draw(st.sampled_from(("", "had ")))
    act = draw(st.sampled_from(_ACTS))
    frame = draw(
        st.sampled_from(
            (
                "{n} said {p} {x}.",
                "{n} says {p} {x}.",
                "{n} said in a statement posted online that {p} {x}.",
                "A statement from {n} said {p} {x}.",
                "{n}, in a statement carried by its news agency, said {p} {x}.",
                "{n} tweeted that {p} {x}.",
            )
        )
    )
    text = frame.format(n=written, p=people, x=f"{aux}{act}")
    return capitalised(text), frozenset({(name, Stance.CLAIMED)})


@st.composite
def group_quoted_words(draw: st.DrawFn) -> AttributionCase:
    """The group's claim quoted in its own words: its people named in quotation marks."""
    written, name = draw(any_group())
    opening, closing = draw(st.sampled_from(_QUOTES[:2]))
    act = draw(st.sampled_from(_ACTS))
    people = draw(
        st.sampled_from(
            (
                f"its {opening}lions{closing}",
                f"{opening}two knights of the caliphate{closing}",
                f"its {opening}soldiers of the caliphate{closing}",
                f"a {opening}soldier of the caliphate{closing}",
                f"{opening}eight brothers wearing explosive belts{closing}",
            )
        )
    )
    if draw(st.booleans()):
        text = f"{capitalised(written)} said {people} {act}."
    else:
        text = (
            f"{capitalised(written)} said: {opening}Two soldiers of the caliphate {act}.{closing}"
        )
    return text, frozenset({(name, Stance.CLAIMED)})


own_voice_sentences = st.one_of(
    group_speaks_in_first_person(),
    others_speak_in_first_person(),
    group_reports_its_act(),
    group_quoted_words(),
)


# --- back-references: pronouns, the ally described beside the group, descriptions -----------

_ALLIES = (
    "which has links to al-Qaeda",
    "allied with al-Qaeda",
    "which is loyal to the Islamic State",
)


@st.composite
def group_referred_back(draw: st.DrawFn) -> AttributionCase:
    """A group named, then referred back to by "it", "they" or "the group" in a later clause.

    An ally named in an aside beside it ("which has links to al-Qaeda") is not what the
    back-reference stands for; an adverb may stand inside the cue ("was also responsible").
    "It" in a relative clause ("attacks that it was not responsible for") claims nothing.
    """
    written, name = draw(st.sampled_from((*ARMED_NAMES[:3], ("Boko Haram", "Boko Haram"))))
    first = f"{capitalised(written)}, {draw(st.sampled_from(_ALLIES))}, has grown in strength."
    when = draw(st.sampled_from(("Last week", "On Sunday", "Later")))
    event = draw(st.sampled_from(_EVENTS))
    second, stance = draw(
        st.sampled_from(
            (
                (f"{when} it claimed responsibility for {event}.", Stance.CLAIMED),
                (f"{when} they claimed {event}.", Stance.CLAIMED),
                (f"{when} it denied any involvement in {event}.", Stance.DENIED),
                (f"The group was also responsible for {event}.", Stance.ASSERTED),
                (f"The militant group has also claimed {event}.", Stance.CLAIMED),
                ("It often claims attacks that it was not responsible for.", None),
            )
        )
    )
    return f"{first} {second}", frozenset({(name, stance)} if stance else ())


@st.composite
def described_before_its_name(draw: st.DrawFn) -> AttributionCase:
    """ "claimed by the criminal organisation X": a description, not a back-reference."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    description = draw(
        st.sampled_from(("the criminal organisation", "the militant group", "the terrorist outfit"))
    )
    event = draw(st.sampled_from(_EVENTS))
    group = written.removeprefix("the ")
    text = f"{capitalised(event)}, claimed by {description} {group}, shocked the city."
    return text, frozenset({(name, Stance.CLAIMED)})


@st.composite
def attackers_with_modifiers(draw: st.DrawFn) -> AttributionCase:
    """The actor's attackers with a link word before them or a place or means after them.

    "X linked assailants targeted ...", "X militants in a vehicle from a neighbouring
    country killed ...", "X gunmen armed with rifles stormed ..."; attackers of X who
    were the victims ("X fighters in the area were killed") name no perpetrator.
    """
    written, name = draw(st.sampled_from(ARMED_NAMES))
    written = capitalised(written.removeprefix("the "))
    noun = draw(st.sampled_from(_MILITANTS))
    kind = draw(st.sampled_from(("link", "place", "victims")))
    if kind == "link":
        link = draw(st.sampled_from(("linked", "allied", "affiliated")))
        return f"{written} {link} {noun} {draw(st.sampled_from(_ACTS))}.", frozenset(
            {(name, Stance.ASSERTED)}
        )
    place = draw(
        st.sampled_from(
            ("in a vehicle from a neighbouring country", "armed with rifles", "in pickup trucks")
        )
    )
    if kind == "victims":
        return f"Officials said {written} {noun} {place} were killed.", frozenset()
    act = draw(st.sampled_from(_ACTS))
    return f"Witnesses said {written} {noun} {place} {act}.", frozenset({(name, Stance.ASSERTED)})


back_reference_sentences = st.one_of(group_referred_back(), described_before_its_name())


@st.composite
def unclaimed_but_suspected(draw: st.DrawFn) -> AttributionCase:
    """ "X has not claimed responsibility, but ...": the narrator points at X (suspected).

    Without the "but" the sentence only reports no claim; when another actor follows the
    "but" ("..., but Y said its fighters ..."), it turns to that one.
    """
    written, name = draw(any_group())
    aux = draw(st.sampled_from(("has not claimed", "has not yet claimed", "did not claim")))
    obj = draw(st.sampled_from(("responsibility", *_EVENTS)))
    clause = f"{capitalised(written)} {aux} {obj}"
    tail = draw(st.sampled_from(("hallmarks", "none", "rival")))
    if tail == "none":
        return f"{clause}.", frozenset()
    if tail == "rival":
        return f"{clause}, but the Velmar Brigade said its fighters stormed the hotel.", frozenset(
            {("Velmar Brigade", Stance.CLAIMED)}
        )
    return f"{clause}, but the method of the attack bears its hallmarks.", frozenset(
        {(name, Stance.SUSPECTED)}
    )


@st.composite
def attackers_in_a_part_of_the_group(draw: st.DrawFn) -> AttributionCase:
    """The attackers placed in a part of a group: "were members of a cell linked to X".

    A cell, faction or wing of the group (with a link word or not) is the group's; the
    main suspect placed in it is one of its attackers too.
    """
    written, name = draw(any_group())
    who = draw(
        st.sampled_from(("the gunmen were", "the two attackers were", "the main suspect was"))
    )
    link = draw(
        st.sampled_from(
            (
                "members of a cell of",
                "members of a cell linked to",
                "part of a hardline faction of",
                "from a local wing of",
            )
        )
    )
    if who.endswith("was"):
        link = link.replace("members of", "a member of")
    return _tell(draw, f"{who} {link} the {written.removeprefix('the ')}"), frozenset(
        {(name, Stance.ASSERTED)}
    )


@st.composite
def apposed_suspect(draw: st.DrawFn) -> AttributionCase:
    """ "..., X, (also known as Y,) the most likely perpetrator of the attack": suspected X."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    aside = draw(st.sampled_from(("", " also known as the Group,")))
    noun = draw(
        st.sampled_from(("the most likely perpetrator", "the prime suspect", "the main suspect"))
    )
    event = draw(st.sampled_from(_EVENTS))
    lead = draw(
        st.sampled_from(("Analysts pointed to", "Police raided homes of people with links to"))
    )
    return f"{lead} {written},{aside} {noun} in {event}.", frozenset({(name, Stance.SUSPECTED)})


# --- attribution phrasings any outlet uses with any group (attrib4, round 4) -----------------

_ADVERBIALS = ("", " on Thursday", " late on Friday night", " on March 19", " overnight")
_CLAIM_FRAMES = (
    "{N}{t} claimed responsibility for {e}.",
    "{N}{t} released an audio recording claiming responsibility for {e}.",
    "{N} issued a statement{t} claiming {e}.",
    "{N} posted a statement on Telegram saying its fighters had carried out {e}.",
    '{N} said two of its "knights" carried out {e}.',
    "{N} claimed to have carried out {e}.",
    "{N} has since claimed responsibility for {e}.",
    "An audio recording purportedly from {n} claimed responsibility for {e}.",
)
_BLAME_FRAMES = (
    ("{S}{t} held {n} responsible for {e}.", Stance.ASSERTED),
    ("{S} accused {n} of carrying out {e}.", Stance.ASSERTED),
    ("{S} attributed Wednesday's attack on the museum to {n}.", Stance.ASSERTED),
    ("{S} named {n} as responsible for {e}.", Stance.ASSERTED),
    ("{E} was carried out by Karim Okvara, a senior member of {n}, {s} said.", Stance.ASSERTED),
    ("{S} said {e} was masterminded by Lokman Sabrun, an Algerian leader of {n}.",
     Stance.ASSERTED),
    ("{S} suspect {n} of carrying out {e}.", Stance.SUSPECTED),
    ("Suspicion immediately fell on {n}.", Stance.SUSPECTED),
    ("{N} rejected claims that it was behind {e}.", Stance.DENIED),
    ("{N} denied claims that its fighters carried out {e}.", Stance.DENIED),
)  # fmt: skip


def _fill(frame: str, written: str, event: str, speaker: str, adverbial: str = "") -> str:
    lower = speaker if speaker[:1].isupper() and " " not in speaker else speaker.lower()
    return frame.format(
        N=written[:1].upper() + written[1:],
        n=written,
        e=event,
        E=event[:1].upper() + event[1:],
        S=speaker,
        s=lower,
        t=adverbial,
    )


@st.composite
def claims_told_any_way(draw: st.DrawFn) -> AttributionCase:
    """A group's claim, with a time between it and its verb, through its published message,
    through its people in its own words ("two of its 'knights'"): the group claims."""
    written, name = draw(any_group())
    frame = draw(st.sampled_from(_CLAIM_FRAMES))
    text = _fill(
        frame, written, draw(st.sampled_from(_EVENTS)), "", draw(st.sampled_from(_ADVERBIALS))
    )
    return text, frozenset({(name, Stance.CLAIMED)})


@st.composite
def blame_told_any_way(draw: st.DrawFn) -> AttributionCase:
    """Blame with the actor inside the cue ("held X responsible for", "accused X of"),
    a person named as one of the group's people (the group is the actor, not the man),
    suspicion, and denials of others' claims."""
    written, name = draw(any_group())
    frame, stance = draw(st.sampled_from(_BLAME_FRAMES))
    speaker = draw(st.sampled_from(_SPEAKERS))
    event = draw(st.sampled_from(_EVENTS))
    return _fill(frame, written, event, speaker, draw(st.sampled_from(_ADVERBIALS))), frozenset(
        {(name, stance)}
    )


_HEADLINES = (
    ("{T} Claims Responsibility For Hurdane Museum Attack", Stance.CLAIMED),
    ("{T} Claims Deadly Hotel Attack", Stance.CLAIMED),
    ("{T} claims deadly attack on museum", Stance.CLAIMED),
    ("Officials Blame {T} For Hurdane Attack", Stance.ASSERTED),
    ("{T} behind museum attack, minister says", Stance.ASSERTED),
    ("{T} Denies Role In Museum Attack", Stance.DENIED),
)


@st.composite
def headlines_in_title_case(draw: st.DrawFn) -> tuple[str, frozenset[tuple[str, Stance]]]:
    """A headline, every word capitalised or none: its verbs end the group's name.

    The names are compared in lower case: a title-case headline capitalises "Al-".
    """
    _, name = draw(unknown_group())
    title = " ".join(w[:1].upper() + w[1:] for w in name.split())
    frame, stance = draw(st.sampled_from(_HEADLINES))
    return frame.format(T=title), frozenset({(title.lower(), stance)})


@st.composite
def a_member_named_in_passing(draw: st.DrawFn) -> AttributionCase:
    """A person described as one of a group's people, and no act of the group: no claim."""
    written, _ = draw(any_group())
    return f"Police said the gunman, a member of {written}, was killed.", frozenset()


# Spellings no lexicon lists, of groups it lists: their consonants agree.
_VARIANTS = (
    ("Lashkar-i-Toiba", "Lashkar-e-Taiba"),
    ("Tahrik-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
    ("Jaish-i-Muhammad", "Jaish-e-Mohammed"),
    ("Hezballah", "Hezbollah"),
    ("Boko Haraam", "Boko Haram"),
    ("Ansar Bayt al-Maqdes", "Ansar Beit al-Maqdis"),
)


@st.composite
def spelling_variants(draw: st.DrawFn) -> AttributionCase:
    """A listed group under a spelling the lexicon lacks comes out under its usual name."""
    written, name = draw(st.sampled_from(_VARIANTS))
    if draw(st.booleans()):
        text = f"{written} claimed responsibility for {draw(st.sampled_from(_EVENTS))}."
        return text, frozenset({(name, Stance.CLAIMED)})
    speaker = draw(st.sampled_from(_SPEAKERS))
    return f"{speaker} blamed {written} for {draw(st.sampled_from(_EVENTS))}.", frozenset(
        {(name, Stance.ASSERTED)}
    )


@st.composite
def affiliate_behind_a_family_name(draw: st.DrawFn) -> AttributionCase:
    """ "Al Qaeda group claims ..." over an article naming one al-Qaeda affiliate: its claim."""
    parent = draw(st.sampled_from(("Al Qaeda", "Al-Qaeda", "Al Qaida")))
    noun = draw(st.sampled_from(("group", "affiliate", "branch")))
    child, name = draw(
        st.sampled_from(
            (
                ("Al Qaeda in the Islamic Maghreb (AQIM)", "al-Qaeda in the Islamic Maghreb"),
                ("Al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula"),
            )
        )
    )
    event = draw(st.sampled_from(("hotel siege", "mall attack")))
    text = (
        f"{parent} {noun} claims responsibility for {event}\n\n"
        f"{child} said on Friday it was responsible for the attack."
    )
    return text, frozenset({(name, Stance.CLAIMED)})


@st.composite
def stance_told_after_or_by_a_copula(draw: st.DrawFn) -> AttributionCase:
    """A belief verb closing the sentence ("X had links to Y, police believe"), a suspect
    noun before a copula ("the main suspect is Y"), a place after "for" that belongs to the
    event ("blamed Y for Hurdane bombing"), a headline's "Y blamed for attack"."""
    written, name = draw(any_group())
    choice = draw(st.integers(0, 3))
    if choice == 0:
        verb, stance = draw(
            st.sampled_from(
                (("believe", Stance.BELIEVED), ("think", Stance.BELIEVED),
                 ("suspect", Stance.SUSPECTED))
            )
        )  # fmt: skip
        who = draw(st.sampled_from(("police", "officials", "investigators")))
        text = f"The bomber had links to {written}, {who} {verb}."
        return text, frozenset({(name, stance)})
    if choice == 1:
        speaker = draw(st.sampled_from(_SPEAKERS))
        return f"{speaker} said the main suspect is {written}.", frozenset(
            {(name, Stance.SUSPECTED)}
        )
    if choice == 2:
        speaker = draw(st.sampled_from(_SPEAKERS))
        event = draw(st.sampled_from(("bombing", "terror attack", "mall siege")))
        return f"{speaker} blamed {written} for Hurdane {event}.", frozenset(
            {(name, Stance.ASSERTED)}
        )
    title = written.removeprefix("the ")
    return f"{title[:1].upper()}{title[1:]} blamed for deadly museum attack", frozenset(
        {(name, Stance.ASSERTED)}
    )


# --- attrib, round 5: the event phrase, absolute and relative clauses, adverbs ----------------

_EVENT_KINDS = ("", "suicide ", "car bomb ", "truck bomb ", "suicide car ")
_EVENT_HEADS = ("attack", "bombing", "assault")
_OPENERS = ("a", "Friday's", "the city's", "last week's", "a deadly", "the")


@st.composite
def actor_in_the_event_phrase(draw: st.DrawFn) -> AttributionCase:
    """The actor modifies the event noun, after a determiner or a possessive, with the
    weapon words that modify event nouns between them ("Friday's X car bomb attack"); "an
    X-claimed assault" is the group's claim."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    written = written.removeprefix("the ")
    kind = draw(st.sampled_from(_EVENT_KINDS))
    head = draw(st.sampled_from(_EVENT_HEADS))
    count = draw(st.integers(2, 90))
    if draw(st.booleans()):
        article = "an" if written[:1].lower() in "aeiou" else "a"
        text = f"{count} people died in {article} {written}-claimed {kind}{head} on the market."
        return text, frozenset({(name, Stance.CLAIMED)})
    opener = draw(st.sampled_from(_OPENERS))
    if opener in ("a", "an"):
        opener = "an" if written[:1].lower() in "aeiou" else "a"
    text = f"{count} people died in {opener} {written} {kind}{head} on the market."
    return text, frozenset({(name, Stance.ASSERTED)})


_ASIDES_IN_DASHES = ("", " \u2013 which seeks to topple the government \u2013",
                     ", which has links to no one,")  # fmt: skip


@st.composite
def claims_in_a_subordinate_clause(draw: st.DrawFn) -> AttributionCase:
    """A claim told in an absolute clause ("..., with X claiming responsibility") or in a
    relative clause on the event ("The bombing, which X claimed, killed ten")."""
    written, name = draw(any_group())
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        aside = draw(st.sampled_from(_ASIDES_IN_DASHES))
        text = f"Dozens were taken hostage, with {written}{aside} claiming responsibility."
    else:
        aux = draw(st.sampled_from(("", "has ", "had ")))
        count = draw(st.sampled_from(("ten", "42", "at least 19")))
        text = f"{capitalised(event)}, which {written} {aux}claimed, killed {count} people."
    return text, frozenset({(name, Stance.CLAIMED)})


_MANNER = ("widely", "strongly", "firmly", "largely", "vehemently")


@st.composite
def stance_with_an_adverb(draw: st.DrawFn) -> AttributionCase:
    """Any adverb of manner after the auxiliary of a stance: "is widely believed to"."""
    written, name = draw(any_group())
    adverb = draw(st.sampled_from(_MANNER))
    event = draw(st.sampled_from(_EVENTS))
    frame, stance = draw(
        st.sampled_from(
            (("{N} is {a} believed to have carried out {e}.", Stance.BELIEVED),
             ("{N} has {a} denied any role in {e}.", Stance.DENIED),
             ("{N} was {a} suspected of carrying out {e}.", Stance.SUSPECTED))
        )
    )  # fmt: skip
    text = frame.format(N=capitalised(written), a=adverb, e=event)
    return text, frozenset({(name, stance)})


@st.composite
def blame_of_a_back_reference(draw: st.DrawFn) -> AttributionCase:
    """Others blame a group named before by a back-reference: "Officials blamed the group"."""
    written, name = draw(any_group())
    speaker = draw(st.sampled_from(_SPEAKERS))
    event = draw(st.sampled_from(_EVENTS))
    phrase = draw(st.sampled_from(("the group", "the jihadist group", "the organisation")))
    verb = draw(st.sampled_from(("blamed {p} for {e}", "accused {p} of carrying out {e}")))
    first = f"{capitalised(written)} claimed responsibility for an earlier raid."
    text = f"{first} {speaker} {verb.format(p=phrase, e=event)}."
    return text, frozenset({(name, Stance.CLAIMED), (name, Stance.ASSERTED)})


@st.composite
def statement_quoted_in_the_present(draw: st.DrawFn) -> AttributionCase:
    """A group's statement quoted word for word tells its act in the present, as a headline
    does ("'X commandos attack a restaurant,' reported its agency"); an attacker acting on
    his own weapon ("detonated his explosive belt")."""
    written, name = draw(any_group())
    lead = "Police said ten people died."
    if draw(st.booleans()):
        noun = draw(st.sampled_from(("fighters", "gunmen", "militants")))
        verb = draw(st.sampled_from(("attack", "storm", "raid")))
        text = (
            f'{lead} "{capitalised(written.removeprefix("the "))} {noun} {verb} a hotel in the '
            f'capital," the statement said.'
        )
        return text, frozenset({(name, Stance.ASSERTED)})
    # A name the lexicon knows: "a fighter from X" alone does not make X a group's name.
    written, name = draw(st.sampled_from(ARMED_NAMES))
    noun = draw(st.sampled_from(("A martyr", "A suicide bomber", "A fighter")))
    weapon = draw(st.sampled_from(("his explosive belt", "his vest", "their truck")))
    text = f"{lead} {noun} from {written} detonated {weapon} at the gate."
    return text, frozenset({(name, Stance.ASSERTED)})


_CHAINED = (", a group allied with al-Qaeda", ", which has fought since 2007",
            ", part of a wider movement", ", a splinter faction")  # fmt: skip


@st.composite
def subject_with_chained_asides(draw: st.DrawFn) -> AttributionCase:
    """Two or three asides in a chain between the group and its verb: "X, a group allied
    with Y, which has fought since 2007, claimed"; or the group's words for its attackers
    ("said the attacker was 'a soldier of the caliphate'")."""
    written, name = draw(any_group())
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        asides = draw(st.lists(st.sampled_from(_CHAINED), min_size=2, max_size=3, unique=True))
        text = f"{capitalised(written)}{''.join(asides)}, claimed responsibility for {event}."
        return text, frozenset({(name, Stance.CLAIMED)})
    known, known_name = draw(st.sampled_from(ARMED_NAMES))
    who = draw(st.sampled_from(("the attacker was", "the gunman was", "the bomber was")))
    words = draw(st.sampled_from(('"a soldier of the caliphate"', "one of its fighters")))
    text = f"{capitalised(known)} said {who} {words}."
    return text, frozenset({(known_name, Stance.CLAIMED)})


def read_attributions(text: str, lexicon: Lexicon | None = None) -> set[tuple[str, Stance]]:
    """Return the (actor, stance) pairs that the attribution reader finds in ``text``."""
    ctx = DocContext(Document(id="d", text=text), lexicon or _default_lexicon())
    return {(c.actor, c.stance) for s in ctx.sentences for c in find_attributions(ctx, s)}


@functools.cache
def _default_lexicon() -> Lexicon:
    return Lexicon.default()


# --- attrw11, wave 11: particles either way, a member's relative clause, a group described
# in a dateline's lede or a headline before the body names it ----------------------------------
_PARTICLE_NAMES = (
    ("Ansar Beit al Maqdis", "Ansar Beit al-Maqdis"),
    ("Al Shabaab", "al-Shabaab"),
    ("Lashkar e Tayyeba", "Lashkar-e-Taiba"),
    ("Lashkar e-Tayyeba", "Lashkar-e-Taiba"),
    ("Jaish e Mohammad", "Jaish-e-Mohammed"),
    ("al Murabitoun", "al-Mourabitoun"),
)
_MEMBERS = ("commander", "spokesman", "leader", "fighter", "cell", "unit")
_RELATIVE_CLAIMS = ("claimed responsibility for", "took responsibility for", "claimed")
_DATELINES = ("", "DUNMAR -- ", "VELKA, Zelvania (AP) \u2014 ", "OKVARA - ")
_DESCRIPTIONS = ("radical Islamist", "shadowy militant", "little-known", "jihadist")
_LOCATED = (
    "",
    " operating clandestinely in North Velka",
    " based in Dunmar",
    " active across northern Mali",
    " operating out of Okvara",
)


@st.composite
def particles_either_way(draw: st.DrawFn) -> AttributionCase:
    """A listed group whose particle ("al", "e") is joined by a space or a hyphen the lexicon
    does not list: "Ansar Beit al Maqdis", "Lashkar e-Tayyeba"."""
    written, name = draw(st.sampled_from(_PARTICLE_NAMES))
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        return f"{written} claimed responsibility for {event}.", frozenset({(name, Stance.CLAIMED)})
    speaker = draw(st.sampled_from(_SPEAKERS))
    return f"{speaker} blamed {written} for {event}.", frozenset({(name, Stance.ASSERTED)})


@st.composite
def a_members_own_relative_clause(draw: st.DrawFn) -> AttributionCase:
    """ "a statement by an X commander who took responsibility for ...": no comma before
    the relative pronoun, which stands for the member, so for the group."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    group = written.removeprefix("the ")
    member = draw(st.sampled_from(_MEMBERS))
    pronoun = "that" if member in ("cell", "unit") else "who"
    claim = draw(st.sampled_from(_RELATIVE_CLAIMS))
    event = draw(st.sampled_from(_EVENTS))
    frame = draw(
        st.sampled_from(
            (
                "The website carried a statement by a {g} {m} {p} {c} {e}.",
                "A {g} {m} {p} {c} {e} said more attacks would follow.",
                "Police arrested a {g} {m} {p} {c} {e}.",
            )
        )
    )
    text = frame.format(g=group, m=member, p=pronoun, c=claim, e=event)
    return text, frozenset({(name, Stance.CLAIMED)})


@st.composite
def described_in_a_lede(draw: st.DrawFn) -> AttributionCase:
    """A new group described in a dateline's lede or a headline with no article, maybe
    where it operates, named as the subject of a later sentence: each claim is that group's."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    mods = draw(st.sampled_from(_DESCRIPTIONS))
    located = draw(st.sampled_from(_LOCATED))
    event = draw(st.sampled_from(_EVENTS))
    lede = (
        f"{draw(st.sampled_from(_DATELINES))}A {mods} group{located} took responsibility "
        f"on Sunday for {event}."
    )
    named = f"{capitalised(written)} posted a video of the two bombers on its website."
    if draw(st.booleans()):
        headline = f"{capitalised(mods)} group claims responsibility for bombings"
        return f"{headline}\n\n{lede} {named}", frozenset({(name, Stance.CLAIMED)})
    return f"{lede} {named}", frozenset({(name, Stance.CLAIMED)})


@st.composite
def own_order_of_the_attack(draw: st.DrawFn) -> AttributionCase:
    """ "X said it ordered the bombing", "X's leader said he masterminded the attack": the
    group's (or its leader's) own order is its claim; an order of anything else is none."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    verb = draw(st.sampled_from(("said", "has said", "claimed", "admitted", "boasted")))
    act = draw(st.sampled_from(("ordered", "masterminded", "planned", "organised")))
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        subject, pronoun = capitalised(written), "it"
    else:
        subject, pronoun = f"{capitalised(written)} leader Karim Zelvani", "he"
    if draw(st.booleans()):
        return f"{subject} {verb} {pronoun} {act} {event}.", frozenset({(name, Stance.CLAIMED)})
    text = f"{subject} {verb} {pronoun} ordered its fighters to withdraw from the town."
    return text, frozenset()


_PARTNER_NAMES = (
    ("Boko Haram", "Boko Haram"),
    ("the Deccan Mujahideen", "Deccan Mujahideen"),
    ("Al Mourabitoun", "al-Mourabitoun"),
)


@st.composite
def partners_in_a_claim(draw: st.DrawFn) -> AttributionCase:
    """ "X claimed the attack along with the group known as Y", "X, together with Y,
    claimed", "Officials blamed X, along with Y": the partner shares the claim's stance; a
    partner of the victims after a relative clause ("which killed soldiers along with Y
    fighters") is none."""
    (first, one), (second, two) = draw(
        st.lists(st.sampled_from(ARMED_NAMES[:4] + _PARTNER_NAMES), min_size=2, max_size=2,
                 unique_by=lambda n: n[1])
    )  # fmt: skip
    event = draw(st.sampled_from(_EVENTS))
    desc = draw(st.sampled_from(("", "the militant group known as ", "the armed group called ")))
    partner = f"{desc}{second}"
    way = draw(st.integers(0, 3))
    if way == 0:
        text = f"{capitalised(first)} claimed responsibility for {event}, along with {partner}."
    elif way == 1:
        text = f"{capitalised(first)}, together with {second}, claimed responsibility for {event}."
    elif way == 2:
        text = f"Officials blamed {first} for {event}, along with {partner}."
        return text, frozenset({(one, Stance.ASSERTED), (two, Stance.ASSERTED)})
    else:
        text = (
            f"{capitalised(first)} claimed responsibility for {event}, which killed 20 soldiers "
            f"along with {second} fighters."
        )
        return text, frozenset({(one, Stance.CLAIMED)})
    return text, frozenset({(one, Stance.CLAIMED), (two, Stance.CLAIMED)})


@st.composite
def claimed_acts_and_inquiries(draw: st.DrawFn) -> AttributionCase:
    """ "X claimed to have killed 60 soldiers" (a claim); "investigators gathered inputs on
    | are probing the involvement of X (and Y) in the attack" (a suspicion of each)."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    if draw(st.booleans()):
        verb = draw(st.sampled_from(("claimed", "claims", "has claimed")))
        act = draw(st.sampled_from(("killed 60 soldiers", "carried out", "stormed the base")))
        return f"{capitalised(written)} {verb} to have {act}.", frozenset({(name, Stance.CLAIMED)})
    frame = draw(
        st.sampled_from(
            (
                "Agencies have gathered inputs on the involvement of",
                "Police are investigating the involvement of",
                "Investigators are probing the involvement of",
                "The inquiry is looking into the possible involvement of",
            )
        )
    )
    if draw(st.booleans()):
        text = f"{frame} {written} in {draw(st.sampled_from(_EVENTS))}."
        return text, frozenset({(name, Stance.SUSPECTED)})
    other, other_name = draw(st.sampled_from(_PARTNER_NAMES))
    text = f"{frame} {written} and {other} in {draw(st.sampled_from(_EVENTS))}."
    return text, frozenset({(name, Stance.SUSPECTED), (other_name, Stance.SUSPECTED)})


@st.composite
def headline_claims_a_bomb(draw: st.DrawFn) -> AttributionCase:
    """ "X claims Dunmar airport bomb": a headline's "bomb" is the attack, as "bombing" is;
    a leader named by his title and name claims for himself."""
    if draw(st.booleans()):
        written, name = draw(st.sampled_from(ARMED_NAMES))
        subject = capitalised(written)
    else:
        subject, name = "Chechen warlord Doku Umarov", "Doku Umarov"
    place = draw(st.sampled_from(("Dunmar", "Velka", "Moscow")))
    target = draw(st.sampled_from(("airport", "metro", "mall", "market")))
    noun = draw(st.sampled_from(("bomb", "bombs", "bombing", "attack")))
    return f"{subject} claims {place} {target} {noun}", frozenset({(name, Stance.CLAIMED)})


@st.composite
def a_town_in_its_district(draw: st.DrawFn) -> AttributionCase:
    """ "the bomber belongs to Velkapur in Dunmar district": a town placed in its division
    is where he is from, no group; a name of a group's form there is still the group."""
    verb = draw(st.sampled_from(("belongs to", "belonged to")))
    division = draw(st.sampled_from(("district", "province", "region", "state")))
    where = f"in {draw(st.sampled_from(('Dunmar', 'North Okvara', 'Velka')))} {division}"
    man = draw(st.sampled_from(("The bomber", "The attacker", "One of the gunmen")))
    if draw(st.booleans()):
        town = draw(st.sampled_from(("Velkapur", "Okvarabad", "Zelvanikot")))
        return f"{man}, police said, {verb} {town} {where}.", frozenset()
    group, name = draw(st.sampled_from((("Jund al-Velka", "Jund al-Velka"),
                                        ("the Okvara Brigade", "Okvara Brigade"))))  # fmt: skip
    return f"{man} {verb} {group} {where}, police said.", frozenset({(name, Stance.ASSERTED)})


# --- end of attrw11, wave 11 -------------------------------------------------------------------


# --- attrgram15, round 15: a responsibility frame composed ----------------------------------
# An actor in any of its noun-group shapes, a stance verb in its tenses and voices, hedged or
# negated, and a reporting speaker before, after or inside the clause. {a} is the actor as the
# clause's subject, {e} the event; "subject" says the actor opens the clause.
_OPENERS_OF_A_NAME = ("little-known", "shadowy", "banned", "obscure", "Islamist militant group",
                      "jihadist group", "militant group")  # fmt: skip
_APPOSED = ("a jihadist group", "a militant faction", "which seeks to topple the government",
            "an armed group active in the north",
            "which has fought the army since 2007")  # fmt: skip
_CLAUSES = (
    ("{a} claimed responsibility for {e}", Stance.CLAIMED, True),
    ("{a} has claimed responsibility for {e}", Stance.CLAIMED, True),
    ("{a} claims responsibility for {e}", Stance.CLAIMED, True),
    ("{a} had claimed responsibility for {e}", Stance.CLAIMED, True),
    ("{a} is claiming responsibility for {e}", Stance.CLAIMED, True),
    ("{a} took responsibility for {e}", Stance.CLAIMED, True),
    ("{a} has taken responsibility for {e}", Stance.CLAIMED, True),
    ("{a} admitted responsibility for {e}", Stance.CLAIMED, True),
    ("{a} has admitted carrying out {e}", Stance.CLAIMED, True),
    ("{a} acknowledged responsibility for {e}", Stance.CLAIMED, True),
    ("{a} owned up to {e}", Stance.CLAIMED, True),
    ("{a} said it carried out {e}", Stance.CLAIMED, True),
    ("{a} says it was behind {e}", Stance.CLAIMED, True),
    ("{E} was claimed by {a}", Stance.CLAIMED, False),
    ("{E} has been claimed by {a}", Stance.CLAIMED, False),
    ("responsibility for {e} was claimed by {a}", Stance.CLAIMED, False),
    ("{a} carried out {e}", Stance.ASSERTED, True),
    ("{a} was behind {e}", Stance.ASSERTED, True),
    ("{a} is responsible for {e}", Stance.ASSERTED, True),
    ("{a} was blamed for {e}", Stance.ASSERTED, True),
    ("{a} has been blamed for {e}", Stance.ASSERTED, True),
    ("{a} was accused of carrying out {e}", Stance.ASSERTED, True),
    ("{E} was carried out by {a}", Stance.ASSERTED, False),
    ("{E} was blamed on {a}", Stance.ASSERTED, False),
    ("{E} has been blamed on {a}", Stance.ASSERTED, False),
    ("{E} was attributed to {a}", Stance.ASSERTED, False),
    ("{a} is believed to be behind {e}", Stance.BELIEVED, True),
    ("{a} was believed to have carried out {e}", Stance.BELIEVED, True),
    ("{a} is thought to be behind {e}", Stance.BELIEVED, True),
    ("{a} is suspected of carrying out {e}", Stance.SUSPECTED, True),
    ("{a} was suspected of being behind {e}", Stance.SUSPECTED, True),
    ("{a} may have been behind {e}", Stance.SUSPECTED, True),
    ("{a} was probably behind {e}", Stance.SUSPECTED, True),
    ("{a} was likely behind {e}", Stance.SUSPECTED, True),
    ("{a} is the most likely culprit", Stance.SUSPECTED, True),
    ("suspicion fell on {a}", Stance.SUSPECTED, False),
    ("{E} bore the hallmarks of {a}", Stance.SUSPECTED, False),
    ("{a} denied any role in {e}", Stance.DENIED, True),
    ("{a} denies any involvement in {e}", Stance.DENIED, True),
    ("{a} has denied responsibility for {e}", Stance.DENIED, True),
    ("{a} was not involved in {e}", Stance.DENIED, True),
    ("{a} had nothing to do with {e}", Stance.DENIED, True),
    ("{a} did not carry out {e}", Stance.DENIED, True),
    ("{a} has not carried out {e}", Stance.DENIED, True),
    ("{a} condemned {e} and denied any role", Stance.DENIED, True),
    ("{a} condemned {e} but denied any role", Stance.DENIED, True),
    ("{a} has not claimed responsibility for {e}", None, True),
    ("{a} did not claim {e}", None, True),
)
_VOICES = ("police", "the interior ministry", "officials", "a police spokesman",
           "the provincial governor")  # fmt: skip


@st.composite
def actor_in_any_shape(draw: st.DrawFn) -> tuple[str, str]:
    """A group as written in a noun group: its name (with its acronym), a name after words
    that describe it ("the shadowy X", "the militant group X"), or a name with an aside."""
    written, name = draw(any_group())
    shape = draw(st.sampled_from(("name", "opened", "apposed")))
    if shape == "opened":
        return (
            f"the {draw(st.sampled_from(_OPENERS_OF_A_NAME))} {written.removeprefix('the ')}",
            name,
        )
    if shape == "apposed":
        return f"{written}, {draw(st.sampled_from(_APPOSED))},", name
    return written, name


def _reported(draw: st.DrawFn, clause: str, written: str, subject: bool) -> str:
    """The clause in the outlet's voice, or a speaker's before, after or inside it."""
    voice = draw(st.sampled_from(_VOICES))
    order = draw(st.sampled_from(("none", "before", "after", "inverted", "according", "opening",
                                  "inside")))  # fmt: skip
    if order == "before":
        return f"{capitalised(voice)} said {clause}."
    if order == "after":
        return f"{capitalised(clause)}, {voice} said."
    if order == "inverted":
        return f"{capitalised(clause)}, said {voice}."
    if order == "according":
        return f"{capitalised(clause)}, according to {voice}."
    if order == "opening":
        return f"According to {voice}, {clause}."
    if order == "inside" and subject:
        rest = clause[len(written) :].lstrip()
        return f"{capitalised(written.rstrip(','))}, {voice} said, {rest}."
    return f"{capitalised(clause)}."


@st.composite
def responsibility_frame_composed(draw: st.DrawFn) -> AttributionCase:
    """An actor in any shape in a stance clause, in any tense, voice, hedge or negation, told
    in the outlet's voice or a speaker's anywhere around it: the clause's stance."""
    written, name = draw(actor_in_any_shape())
    template, stance, subject = draw(st.sampled_from(_CLAUSES))
    event = draw(st.sampled_from(_EVENTS))
    if not subject:
        written = written.rstrip(",")  # an aside closes before the sentence ends
    clause = template.format(a=written, e=event, E=capitalised(event))
    text = _reported(draw, clause, written, subject)
    return text, frozenset() if stance is None else frozenset({(name, stance)})


_HELD_BACK = ("declined to blame", "refused to blame", "stopped short of blaming",
              "did not blame", "has not blamed")  # fmt: skip
_PAIRED = (
    ("{a} and {b} claimed joint responsibility for {e}", Stance.CLAIMED),
    ("{a} and {b} denied any role in {e}", Stance.DENIED),
    ("{S} blamed {a} and {b} for {e}", Stance.ASSERTED),
    ("{S} blamed {e} on {a} and {b}", Stance.ASSERTED),
    ("{E} was carried out by {a} and {b}, {s} said", Stance.ASSERTED),
    ("{S} suspect {a} and {b} of carrying out {e}", Stance.SUSPECTED),
)
_OWN_VOICES = ("{A}", "In a statement, {a}", "{A}, in a statement,", "A spokesman for {a}",
               "{A} swiftly", "{A} later", "{A} also")  # fmt: skip
_OWN_STANCES = (("claimed responsibility for {e}", Stance.CLAIMED),
                ("denied any role in {e}", Stance.DENIED),
                ("admitted carrying out {e}", Stance.CLAIMED),
                ("rejected any involvement in {e}", Stance.DENIED))  # fmt: skip


@st.composite
def stance_held_back_paired_or_voiced(draw: st.DrawFn) -> AttributionCase:
    """Blame held back ("declined to blame X"): no claim; two groups coordinated in one
    frame: each its stance; a group's own claim or denial through its statement, its
    spokesman or with an adverb: the group's."""
    written, name = draw(actor_in_any_shape())
    event = draw(st.sampled_from(_EVENTS))
    speaker = draw(st.sampled_from(_SPEAKERS))
    kind = draw(st.sampled_from(("held back", "paired", "voiced")))
    voice = draw(st.sampled_from(_OWN_VOICES))
    if kind != "voiced" or "{A}," in voice:
        written = written.split(",")[0]  # an aside closes before what follows it
    if kind == "held back":
        return f"{speaker} {draw(st.sampled_from(_HELD_BACK))} {written} for {event}.", frozenset()
    if kind == "paired":
        other, other_name = draw(st.sampled_from(ARMED_NAMES))
        assume(other_name != name and "," not in written)
        frame, stance = draw(st.sampled_from(_PAIRED))
        text = frame.format(a=written, b=other, e=event, E=capitalised(event), S=speaker,
                            s=speaker.lower())  # fmt: skip
        return capitalised(text) + ".", frozenset({(name, stance), (other_name, stance)})
    voice = voice.format(a=written, A=capitalised(written))
    words, stance = draw(st.sampled_from(_OWN_STANCES))
    return f"{voice} {words.format(e=event)}.", frozenset({(name, stance)})


_PLACED_HEADLINES = (
    ("{T} claims {P} {n}", Stance.CLAIMED),
    ("{T} blamed for {P} {n}", Stance.ASSERTED),
    ("{T} denies role in {P} {n}", Stance.DENIED),
    ("{T} rejects role in {P} {n}", Stance.DENIED),
    ("{T} behind {P} {n}, police say", Stance.ASSERTED),
    ("The {T} was blamed for the {P} {n}.", Stance.ASSERTED),
    ("{P} {n} claimed by {T}", Stance.CLAIMED),
    ("Officials blame {T} for {P} {n}", Stance.ASSERTED),
    ("{T} says it carried out {P} {n}", Stance.CLAIMED),
)
_UNKNOWN_PLACES = ("Dunmar", "Velkapur", "Zelvabad")
_PLACED_NOUNS = ("attack", "bombing", "market attack", "mosque bombing")


@st.composite
def headline_with_a_place(draw: st.DrawFn) -> AttributionCase:
    """A headline's group and an event named by a town no gazetteer knows ("Dunmar
    attack"): the group has the headline's stance, the town none."""
    if draw(st.booleans()):
        first, second = draw(st.lists(st.sampled_from(_NAME_WORDS), min_size=2, max_size=2,
                                      unique=True))  # fmt: skip
        title = name = f"{first} {second} {draw(st.sampled_from(_HEADS))}"
    else:
        title, name = draw(st.sampled_from(ARMED_NAMES))
        title = capitalised(title.removeprefix("the "))
    frame, stance = draw(st.sampled_from(_PLACED_HEADLINES))
    place = draw(st.sampled_from(_UNKNOWN_PLACES))
    text = frame.format(T=title, P=place, n=draw(st.sampled_from(_PLACED_NOUNS)))
    return text.replace("The Al-", "The al-"), frozenset({(name, stance)})


# --- attr18, round 18: one claim over several attacks, a finding of no link, claimants a
# colon names, a takeover dating another event, a described group's stance -------------------
_SEVERAL = ("both attacks", "the two bombings", "both the blasts", "all three attacks",
            "the twin bombings")  # fmt: skip
_OVER_SEVERAL = (
    ("{A} claimed {s}", Stance.CLAIMED),
    ("{A} claimed responsibility for {s}", Stance.CLAIMED),
    ("{A} has claimed {s}{w}", Stance.CLAIMED),
    ("{S} was claimed by {a}", Stance.CLAIMED),
    ("{V} said {a} carried out {s}", Stance.ASSERTED),
)
_FINDERS = ("Investigators", "Police", "The interior ministry", "Officials")
_NO_LINK = (
    "{F} found no evidence of any association with {a}",
    "{F} found no link to {a}",
    "{F} have found no links to {a}",
    "{F} said there was no sign of ties to {a}",
    "{F} said the attacker had no known links to {a}",
    "{F} said they had found no evidence that {p}, {d}, had any association with {a}",
    "{F} found no evidence that the gunman had links to {a}",
)
_ATTACKER_ASIDES = ("the man who drove the truck into the crowd",
                    "a 31-year-old from Dunmar", "who was shot dead by police")  # fmt: skip
_COLON_OPENERS = ("Two groups have claimed responsibility",
                  "Responsibility has been claimed by two groups",
                  "Two militant organisations claimed responsibility for the attack")  # fmt: skip
_COLON_CLAUSES = ("{A} released a statement", "{A} said its fighters carried out the attack",
                  "{A} posted a video online", "{A} issued a statement on Telegram")  # fmt: skip
_TAKEN = ("seized the city", "captured the provincial capital", "overran much of the district",
          "seized control of the town", "took control of the region")  # fmt: skip
_DATING = ("The strike came days after", "The bombing came a week after",
           "The raid followed weeks of fighting after", "The blast came hours before")  # fmt: skip
_DESCRIBED = ("A little-known {t}-linked group", "A {t}-affiliated faction",
              "A shadowy militant group allied to {t}",
              "A Zelvanian {t}-inspired group")  # fmt: skip


@st.composite
def claims_over_several_attacks(draw: st.DrawFn) -> AttributionCase:
    """One claim or blame over several attacks ("X claimed both attacks"): the group's."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    frame, stance = draw(st.sampled_from(_OVER_SEVERAL))
    several = draw(st.sampled_from(_SEVERAL))
    when, speaker = draw(st.sampled_from(_WHEN)), draw(st.sampled_from(_SPEAKERS))
    text = frame.format(A=capitalised(written), a=written, s=several, S=capitalised(several),
                        w=when, V=speaker)  # fmt: skip
    return text + ".", frozenset({(name, stance)})


@st.composite
def no_link_found(draw: st.DrawFn) -> AttributionCase:
    """A finding of no link, association or ties to a group: the speaker denies its part.

    A place or a target with no link to a group ("a residential area, which had no
    connection with X") says nothing of who attacked it."""
    written, name = draw(st.sampled_from(ARMED_NAMES))
    if draw(st.integers(0, 4)) == 0:
        place = draw(st.sampled_from(("a civilian residential area", "a wedding hall", "a school")))
        return f"It was {place}, which had no connection with {written}.", frozenset()
    frame = draw(st.sampled_from(_NO_LINK))
    text = frame.format(F=draw(st.sampled_from(_FINDERS)), a=written,
                        p=draw(st.sampled_from(_PEOPLE)),
                        d=draw(st.sampled_from(_ATTACKER_ASIDES)))  # fmt: skip
    return text + ".", frozenset({(name, Stance.DENIED)})


@st.composite
def claimants_after_a_colon(draw: st.DrawFn) -> AttributionCase:
    """A claim with no subject, then a colon whose clauses name the claimants: each claims."""
    (first, one), (second, other) = draw(_two_actors().filter(
        lambda pair: all(n not in dict(STATE_NAMES).values() for _, n in pair)))  # fmt: skip
    clauses = draw(st.lists(st.sampled_from(_COLON_CLAUSES), min_size=2, max_size=2))
    joint = draw(st.sampled_from((" and ", ", and ", "; ", " while ")))
    text = (
        f"{draw(st.sampled_from(_COLON_OPENERS))}: {clauses[0].format(A=first)}{joint}"
        f"{clauses[1].format(A=second)}."
    )
    return text, frozenset({(one, Stance.CLAIMED), (other, Stance.CLAIMED)})


@st.composite
def takeover_dating_another_event(draw: st.DrawFn) -> AttributionCase:
    """A group's men taking ground, told as the time of another event: no attribution."""
    written, _ = draw(st.sampled_from(ARMED_NAMES))
    men = draw(st.sampled_from(_MILITANTS))
    text = (
        f"{draw(st.sampled_from(_DATING))} {written.removeprefix('the ')} {men} "
        f"{draw(st.sampled_from(_TAKEN))}."
    )
    return capitalised(text), frozenset()


@st.composite
def described_group_takes_a_stance(draw: st.DrawFn) -> AttributionCase:
    """A group described by its tie to another ("a Velka-linked group") denies or claims:
    the described group's stance, never the group its tie names; a later sentence where
    another group takes the other side does not name it."""
    tie, _ = draw(st.sampled_from(ARMED_NAMES))
    tie = tie.removeprefix("the ")
    other, other_name = draw(st.sampled_from(ARMED_NAMES))
    assume(other.removeprefix("the ") != tie)
    described = draw(st.sampled_from(_DESCRIBED)).format(t=tie)
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        return f"{described} denied involvement in {event}.", frozenset()
    text = (
        f"{described} denied involvement in {event}. In a statement, it said it does not "
        f"target civilians. {capitalised(other)} claimed responsibility for {event}."
    )
    return text, frozenset({(other_name, Stance.CLAIMED)})


_ADMIRED = ("{T}-inspired gunmen stormed the hotel, killing 20",
            "The attack by a {t} sympathizer killed four people",
            "Police said the stabbing was carried out by an admirer of {t}",
            "Gunmen inspired by {t} killed 12 worshippers",
            "The bombing was carried out by {t} sympathisers, officials said")  # fmt: skip
_OWN_OUTLETS = (("Amaq", "the Islamic State", "Islamic State"),
                ("al-Kataib", "al-Shabaab", "al-Shabaab"),
                ("Voice of Jihad", "the Taliban", "Taliban"))  # fmt: skip
_OWN_UNITS = ("A detachment of {g}", "A security detachment from {g}", "A unit of {g}",
              "Fighters of {g}")  # fmt: skip


@st.composite
def admired_or_told_by_itself(draw: st.DrawFn) -> AttributionCase:
    """Attackers tied to a group only by admiring it ("X-inspired", "an X sympathizer",
    "inspired by X"): no attribution. A group's own agency telling that its unit did the
    act: the group's claim."""
    if draw(st.booleans()):
        written, _ = draw(st.sampled_from(ARMED_NAMES))
        frame = draw(st.sampled_from(_ADMIRED))
        text = frame.format(t=written, T=capitalised(written.removeprefix("the ")))
        return capitalised(text) + ".", frozenset()
    outlet, group, name = draw(st.sampled_from(_OWN_OUTLETS))
    unit = draw(st.sampled_from(_OWN_UNITS)).format(g=group)
    quote, close = draw(st.sampled_from(_QUOTES))
    text = f"{quote}{unit} attacked a bus in Dunmar,{close} {outlet} reported."
    return text, frozenset({(name, Stance.CLAIMED)})


_PLACES_THAT = ("a neighbourhood that has seen past attacks by {a}",
                "the province, which has suffered repeated attacks by {a},",
                "a district that had been hit by bombings by {a}")  # fmt: skip


@st.composite
def a_place_that_has_seen_attacks(draw: st.DrawFn) -> AttributionCase:
    """A place described by the attacks it has seen ("a district that has seen attacks by
    X"): an auxiliary is no modifier of an event noun, and no one attack is told."""
    written, _ = draw(st.sampled_from(ARMED_NAMES))
    place = draw(st.sampled_from(_PLACES_THAT)).format(a=written).rstrip(",")
    return f"A blast struck Dunmar, {place}.", frozenset()


# --- end of attr18, round 18 ----------------------------------------------------------------
