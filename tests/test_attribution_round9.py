"""Attribution phenomena of round 9 (attrib), drawn by a grammar with the claims each yields.

A claim or denial as a second predicate of the subject of a first one ("X condemned the
attack, <aside>, and denied any role"); a claim that is only named as absent ("the absence
of any claim from X"); an attacker of a group in a passive's agent ("driven by a lone X
suicide bomber"); a group joined to a link participle before its attackers ("X-linked
gunmen stormed"), but not before another body it describes ("the X-linked organisation");
an attacker noun that suffered the act ("saw an X militant killed in the raid"). Invented
names of states, groups and places, other tenses, asides and word orders.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.places import gazetteer
from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

# Invented speakers that the lexicon does not know: a denial's own cue makes them actors.
_INVENTED = (
    ("Zelvania", "Zelvania"),
    ("the Okvara Brigade", "Okvara Brigade"),
    ("the Dunmar Front", "Dunmar Front"),
)
_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("the Taliban", "Taliban"),
)
_EVENTS = ("the attack", "Friday's bombing", "the hotel assault", "the twin blasts")
_ASIDES = (
    "",
    ", the worst in a decade in Velmar and Ostrin,",
    ", which killed 40 people,",
    " in a statement on Sunday",
)


@st.composite
def second_predicate(draw: st.DrawFn) -> AttributionCase:
    """ "X condemned the attack, <aside>, and denied any role": X denies (or claims)."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    aux = draw(st.sampled_from(("", "has ", "swiftly ")))
    first = draw(st.sampled_from(("condemned", "mourned", "welcomed an inquiry into")))
    event = draw(st.sampled_from(_EVENTS))
    aside = draw(st.sampled_from(_ASIDES))
    comma = "" if aside.endswith(",") else draw(st.sampled_from(("", ",")))
    denial = draw(
        st.sampled_from(("denied any complicity", "denied any role in it", "denied involvement"))
    )
    text = f"{capitalised(written)} {aux}{first} {event}{aside}{comma} and {denial}."
    return text, frozenset({(name, Stance.DENIED)})


@given(second_predicate())
def test_a_second_predicate_has_the_first_ones_subject(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(st.sampled_from(_KNOWN), st.sampled_from(("absence", "lack")))
def test_an_absent_claim_is_no_claim(group: tuple[str, str], noun: str) -> None:
    written, _ = group
    text = f"Analysts noted the {noun} of any claim of responsibility from {written}."
    assert _read(text) == set(), text


@st.composite
def attacker_in_an_agent(draw: st.DrawFn) -> AttributionCase:
    """ "The truck was driven by a lone X suicide bomber": the attacker is X's."""
    written, name = draw(st.sampled_from(_KNOWN))
    written = written.removeprefix("the ")
    verb = draw(st.sampled_from(("driven", "carried out", "attacked", "targeted")))
    what = draw(st.sampled_from(("The truck was", "The checkpoint was", "It was")))
    count = draw(st.sampled_from(("a", "a lone", "two", "three")))
    noun = draw(
        st.sampled_from(
            ("suicide bomber", "gunman", "attacker")
            if count in ("a", "a lone")
            else ("suicide bombers", "gunmen", "assailants")
        )
    )
    tail = draw(st.sampled_from(("", " on Friday", " identified as Karim Zelvani")))
    return f"{what} {verb} by {count} {written} {noun}{tail}.", frozenset({(name, Stance.ASSERTED)})


@given(attacker_in_an_agent())
def test_an_attacker_in_a_passives_agent_is_the_groups(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_a_group_seizing_a_town_in_an_agent_is_no_attack() -> None:
    # "fighters" are a group's people, not attackers alone: what they did may be no attack.
    assert _read("The town of Velmar was seized by Taliban fighters last week.") == set()


@st.composite
def linked_attackers(draw: st.DrawFn) -> AttributionCase:
    """ "Al-Shabaab-linked gunmen stormed": the attackers tied to the group are its."""
    written, name = draw(st.sampled_from(_KNOWN))
    written = written.removeprefix("the ")
    # attr18: not "inspired": attackers who admire a group are not its (tests/strategies.py,
    # admired_or_told_by_itself)
    link = draw(st.sampled_from(("linked", "allied", "backed")))
    noun = draw(st.sampled_from(("gunmen", "militants", "suicide bombers", "attackers")))
    verb = draw(st.sampled_from(("stormed the hotel", "attacked the convoy", "killed 12 people")))
    det = draw(st.sampled_from(("", "Six ", "A group of ")))
    head = f"{det}{written}-{link}" if det else capitalised(f"{written}-{link}")
    return f"{head} {noun} {verb} in Velmar.", frozenset({(name, Stance.ASSERTED)})


@given(linked_attackers())
def test_attackers_linked_by_a_compound_are_the_groups(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(("linked organisation", "affiliated group", "backed online magazine")),
)
def test_a_compound_describing_another_body_names_no_actor(
    group: tuple[str, str], body: str
) -> None:
    written, name = group
    text = f"Such truck bombs are increasingly used by the {written.removeprefix('the ')}-{body}."
    assert name not in {actor for actor, _ in _read(text)}, text


@given(st.sampled_from(_KNOWN), st.sampled_from(("militant", "terrorist", "gunman")))
def test_an_attacker_noun_that_suffered_the_act_names_no_attack(
    group: tuple[str, str], noun: str
) -> None:
    written, _ = group
    text = f"The raid on Velmar saw a {written.removeprefix('the ')} {noun} killed in a shootout."
    assert _read(text) == set(), text


@st.composite
def led_by_aside(draw: st.DrawFn) -> AttributionCase:
    """ "The X group led by <name> claimed": the leader, told in passing, is no gap.

    Known groups only: an unknown name before "led by <name>" is not yet discovered.
    """
    written, name = draw(st.sampled_from(_KNOWN))
    verb = draw(st.sampled_from(("led", "headed", "founded")))
    leader = draw(st.sampled_from(("Karim Zelvani", "Amina Okvara", "Commander Tariq Hurdane")))
    cue, stance = draw(
        st.sampled_from(
            (
                ("claimed responsibility for the bombing", Stance.CLAIMED),
                ("denied any role in the attack", Stance.DENIED),
                ("released the details of the bomber", Stance.CLAIMED),
            )
        )
    )
    return f"{capitalised(written)} {verb} by {leader} {cue}.", frozenset({(name, stance)})


@given(led_by_aside())
def test_a_leader_told_in_passing_keeps_the_groups_verb(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


_QUOTED = ("foreign agents", "hired thugs", "local political networks", "saboteurs")


@st.composite
def quoted_blame(draw: st.DrawFn) -> AttributionCase:
    """ "blamed 'hired thugs' and 'foreign agents' for the attack": quoted nouns are actors."""
    names = draw(st.lists(st.sampled_from(_QUOTED), min_size=1, max_size=2, unique=True))
    open_, close = draw(st.sampled_from((("'", "'"), ('"', '"'), ("\u201c", "\u201d"))))
    quoted = " and ".join(f"{open_}{n}{close}" for n in names)
    speaker = draw(st.sampled_from(("The president", "Zelvania's interior minister", "Police")))
    verb = draw(st.sampled_from(("blamed", "blames", "has blamed")))
    event = draw(st.sampled_from((*_EVENTS, "the killings", "the coastal raids")))
    text = f"{speaker} {verb} {quoted} for {event}."
    return text, frozenset((n, Stance.ASSERTED) for n in names)


@given(quoted_blame())
def test_quoted_nouns_blamed_for_an_event_are_its_perpetrators(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_quoted_nouns_blamed_for_no_event_name_no_actor() -> None:
    assert _read('The airline blamed "technical failure" for the delay.') == set()


@st.composite
def spokesman_of_the_group_past_an_aside(draw: st.DrawFn) -> AttributionCase:
    """ "X, a splinter group of Y. 'We did it,' a spokesman for the group said": X speaks."""
    main, name = draw(st.sampled_from((("al-Shabaab", "al-Shabaab"), ("Boko Haram", "Boko Haram"))))
    parent = draw(st.sampled_from(("al-Qaeda", "the Islamic State")))
    aside = draw(st.sampled_from(("a splinter group of", "an affiliate of", "a faction allied to")))
    quote = draw(st.sampled_from(("We have carried out this attack", "We carried out the attack")))
    person = draw(st.sampled_from(("Karim Zelvani", "Amina Okvara")))
    text = (
        f"The attack in Velmar was claimed by {main}, {aside} {parent}. "
        f"\u201c{quote},\u201d {person}, a spokesman for the group, said."
    )
    return text, frozenset({(name, Stance.CLAIMED)})


@given(spokesman_of_the_group_past_an_aside())
def test_the_group_is_the_one_an_aside_describes(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def group_identifies_its_attacker(draw: st.DrawFn) -> AttributionCase:
    """ "X identified a 25-year-old man as the suicide bomber": the group names its man."""
    written, name = draw(st.sampled_from(_INVENTED[1:] + _KNOWN))
    when = draw(st.sampled_from(("", " on Thursday", " later")))
    who = draw(
        st.sampled_from(("a 25-year-old man", "Karim Zelvani", "one of its fighters", "Abu Okvara"))
    )
    attackers = draw(st.sampled_from(("the suicide bomber", "the attacker", "the gunman")))
    if draw(st.booleans()):
        text = f"{capitalised(written)}{when} identified {who} as {attackers}."
    else:
        text = f"{capitalised(written)}{when} identified {attackers} as {who}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(group_identifies_its_attacker())
def test_a_group_identifying_the_attacker_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_police_identifying_the_attacker_claim_nothing() -> None:
    found = _read("Police identified a 25-year-old man from Velmar as the suicide bomber.")
    assert not any(stance is Stance.CLAIMED for _, stance in found)
