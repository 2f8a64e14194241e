"""Attribution stances of round 11, drawn by a grammar with the claims each yields.

Denials told as rejecting the accusation, whoever made it ("rubbished Zelvania's
allegations", "said the charges were baseless"); a denial for two groups at once ("neither
the group nor X was behind the attack"); suspicion told by a suspect noun after a verb
("X became a suspect", "the main suspect in the region is X"), by "believed to be X" after
the perpetrators, and by what evidence suggests ("suggest X had ordered the attack");
hedged attackers in a perfect tense ("alleged X militants had breached the camp"). Invented
names of groups, states and accusers, and other tenses, owners and verdicts.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.places import gazetteer
from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

_INVENTED = (
    ("the Okvara Brigade", "Okvara Brigade"),
    ("the Zelvani Front", "Zelvani Front"),
    ("the Hurdane Movement", "Hurdane Movement"),
)
_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Islamic State", "Islamic State"),
)
_STATES = (("Pakistan", "Pakistan"), ("Israel", "Israel"), ("Iran", "Iran"))
_EVENTS = ("the attack", "Friday's bombing", "the hotel assault", "the twin blasts")
# Whose accusation: an article, an accuser's possessive, with or without a modifier.
_OWNERS = (
    "the ",
    "",
    "Zelvania's ",
    "Dunmar's recent ",
    "the Velka government's ",
    "these ",
    "all the ",
)
_CHARGES = ("allegations", "allegation", "accusations", "charges", "charge")
_VERDICTS = ("baseless", "unfounded", "false", "absurd", "groundless", "fabricated")


@st.composite
def accusation_rejected(draw: st.DrawFn) -> AttributionCase:
    """A state or group rejects the accusation: the verb, whose accusation, a verdict."""
    written, name = draw(st.sampled_from(_STATES + _INVENTED + _KNOWN))
    verb = draw(
        st.sampled_from(
            (
                "dismissed",
                "rubbished",
                "has rubbished",
                "rejected",
                "has rejected",
                "refuted",
                "denied",
                "denies",
                "brushed aside",
                "on Sunday dismissed",
            )
        )
    )
    owner, charge = draw(st.sampled_from(_OWNERS)), draw(st.sampled_from(_CHARGES))
    tail = draw(
        st.sampled_from(("", " against it", ' as "baseless and irresponsible"', " on the attack"))
    )
    return f"{written} {verb} {owner}{charge}{tail}.", frozenset({(name, Stance.DENIED)})


@given(accusation_rejected())
def test_rejecting_an_accusation_is_a_denial(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def accusation_called_untrue(draw: st.DrawFn) -> AttributionCase:
    """A state or group says the accusation is untrue: "said the charges were baseless"."""
    written, name = draw(st.sampled_from(_STATES + _INVENTED + _KNOWN))
    owner, charge = draw(st.sampled_from(_OWNERS)), draw(st.sampled_from(_CHARGES))
    verdict = draw(st.sampled_from(_VERDICTS))
    frame = draw(st.integers(0, 2))
    if frame == 0:
        copula = "were" if charge.endswith("s") else "was"
        adverb = draw(st.sampled_from(("", "totally ")))
        that = draw(st.sampled_from(("", "that ", "on Monday that ")))
        text = f"{written} said {that}{owner}{charge} {copula} {adverb}{verdict}."
    elif frame == 1:
        text = f"{written} called {owner}{charge} {verdict}."
    else:
        other = draw(st.sampled_from(("vitriolic", "irresponsible")))
        text = f"{written} says {owner}{charge} \u2018{other}, {verdict}\u2019."
    return text, frozenset({(name, Stance.DENIED)})


@given(accusation_called_untrue())
def test_calling_an_accusation_untrue_is_a_denial(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_a_charge_dropped_or_weighed_is_no_denial() -> None:
    # A court dropping charges, or a state weighing them, denies no attack.
    assert _read("The court dismissed the charges against the Okvara Brigade.") == set()
    assert _read("Pakistan said the allegations would be investigated.") == set()


@st.composite
def neither_nor(draw: st.DrawFn) -> AttributionCase:
    """ "neither X nor Y was behind the attack": both denied, X by its own voice or named."""
    (w1, n1), (w2, n2) = draw(
        st.lists(st.sampled_from(_INVENTED + _KNOWN), min_size=2, max_size=2, unique=True)
    )
    event = draw(st.sampled_from(_EVENTS))
    verb = draw(st.sampled_from(("said", "said that", "insisted that")))
    predicate = draw(
        st.sampled_from((f"was behind {event}", f"were behind {event}", f"had carried out {event}"))
    )
    if draw(st.booleans()):
        own = draw(st.sampled_from(("the group", "it", "the militant group")))
        text = f"A spokesman for {w1} {verb} neither {own} nor {w2} {predicate}."
    else:
        who = draw(st.sampled_from(("Officials", "The group's leader", "Police")))
        text = f"{who} {verb} neither {w1} nor {w2} {predicate}."
    return text, frozenset({(n1, Stance.DENIED), (n2, Stance.DENIED)})


@given(neither_nor())
def test_neither_nor_denies_both(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_neither_nor_without_the_attack_is_no_denial() -> None:
    assert _read("Neither al-Shabaab nor the government commented on the attack.") == set()


@st.composite
def suspect_noun(draw: st.DrawFn) -> AttributionCase:
    """A suspect noun after a verb or before the copula names the group suspected.

    Known groups: a suspect noun alone does not discover an unknown name.
    """
    written, name = draw(st.sampled_from(_KNOWN))
    event = draw(st.sampled_from(_EVENTS))
    noun = draw(
        st.sampled_from(("a suspect", "the prime suspect", "the main suspect", "a key suspect"))
    )
    frame = draw(st.integers(0, 1))
    if frame == 0:
        verb = draw(st.sampled_from(("became", "has become", "emerged as", "remains")))
        text = f"{written[0].upper()}{written[1:]} {verb} {noun} in {event}."
    else:
        head = draw(st.sampled_from(("The main suspect", "The prime suspect")))
        aside = draw(st.sampled_from(("", " operating in the region", " in the case")))
        text = f"{head}{aside} is {written}."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(suspect_noun())
def test_a_suspect_noun_names_the_group_suspected(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_a_suspect_noun_before_a_person_names_no_group() -> None:
    assert _read("The main suspect in the case is a 25-year-old man.") == set()


@st.composite
def believed_perpetrators(draw: st.DrawFn) -> AttributionCase:
    """ "the perpetrators of the attack, believed to be X": a belief about who did it."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    who = draw(st.sampled_from(("the real perpetrators of", "the men behind", "those behind")))
    event = draw(st.sampled_from(_EVENTS))
    verb, stance = draw(
        st.sampled_from(
            (
                ("believed", Stance.BELIEVED),
                ("thought", Stance.BELIEVED),
                ("suspected", Stance.SUSPECTED),
            )
        )
    )
    text = f"Police are hunting {who} {event}, {verb} to be {written}."
    return text, frozenset({(name, stance)})


@given(believed_perpetrators())
def test_perpetrators_believed_to_be_a_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def evidence_suggests(draw: st.DrawFn) -> AttributionCase:
    """What evidence suggests or indicates is suspicion; ordering an attack names its author.

    Known groups: a belief verb does not discover an unknown name.
    """
    written, name = draw(st.sampled_from(_KNOWN))
    what = draw(st.sampled_from(("The intercepts", "His claims", "The findings")))
    verb = draw(st.sampled_from(("suggest", "suggested", "indicate")))
    act = draw(
        st.sampled_from(("had sanctioned", "ordered", "had ordered", "planned", "carried out"))
    )
    event = draw(st.sampled_from(_EVENTS))
    return f"{what} {verb} {written} {act} {event}.", frozenset({(name, Stance.SUSPECTED)})


@given(evidence_suggests())
def test_what_evidence_suggests_is_suspicion(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def hedged_attackers_perfect(draw: st.DrawFn) -> AttributionCase:
    """ "alleged X militants had breached the camp": hedged attackers, the act in a perfect."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    bare = written.removeprefix("the ")
    hedge = draw(st.sampled_from(("alleged", "suspected")))
    noun = draw(st.sampled_from(("militants", "gunmen", "fighters")))
    # The past perfect only: "X militants have killed" may tell years of attacks, not one.
    aux = draw(st.sampled_from(("had ", "")))
    verb = draw(st.sampled_from(("breached", "infiltrated", "stormed")))
    lead = draw(st.sampled_from(("Police are studying the points where", "Officials said")))
    text = f"{lead} {hedge} {bare} {noun} {aux}{verb} the army camp."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(hedged_attackers_perfect())
def test_hedged_attackers_in_a_perfect_tense(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def headline_denial_by_a_country(draw: st.DrawFn) -> AttributionCase:
    """A Title Case headline: a country the lexicon knows is no other words before its verb."""
    country = draw(st.sampled_from(("Pakistan", "Afghanistan", "Nigeria", "Kenya")))
    told = draw(
        st.sampled_from(
            (
                "Denies Involvement In Market Attack",
                "Denies Allegations",
                "Rejects Accusations",
                "Rubbishes Allegations Over Attack",
                "Says Zelvania's Allegation 'Vitriolic, Unsubstantiated'",
                "Says Allegations Baseless",
            )
        )
    )
    lead = draw(st.sampled_from(("", "Velmar Attack: ")))
    return f"{lead}{country} {told}", frozenset({(country, Stance.DENIED)})


@given(headline_denial_by_a_country())
def test_a_country_denies_in_a_title_case_headline(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_a_title_case_headline_keeps_other_words_out_of_a_name() -> None:
    # Words the lexicon does not know as a country stay unread before a capitalised cue.
    assert _read("Velmar Attack: Zelvania Denies Allegations") == set()


@st.composite
def a_share_of_many_attacks(draw: st.DrawFn) -> tuple[str, str]:
    """ "attacks, many of them claimed by X": a share of several events, and its one-event twin."""
    written, _ = draw(st.sampled_from(_INVENTED + _KNOWN))
    share = draw(
        st.sampled_from(
            (
                "many of them",
                "a lot of them",
                "most of which were",
                "some of which have been",
                "several of them",
            )
        )
    )
    either = draw(st.sampled_from(("", "either ")))
    other = " or the Islamic State" if either else ""
    many = f"It was the latest in a series of attacks, {share} claimed by {either}{written}{other}."
    one = f"It was the latest attack, claimed by {written}."
    return many, one


@given(a_share_of_many_attacks())
def test_a_share_of_many_attacks_names_no_author_of_one(case: tuple[str, str]) -> None:
    many, one = case
    assert _read(many) == set(), many
    assert {stance for _, stance in _read(one)} == {Stance.CLAIMED}, one
