"""Attribution phenomena of round 8 (stance), drawn by a grammar with the claims each yields.

A group's claim through its spokesman, whose aside names the group ("Karim Zelvani, a
spokesman for the Front, said", "a spokesman for the Front, Karim Zelvani, told ...") or
who names one of its men as the attacker; a group releasing details of its bomber; denials
told by another voice ("was not an X attack") or by a state ("denies allegations", "denied
any complicity"); suspicion ("suspect the involvement of X", "likely to be X", "X
fingerprints all over"); assessments ("has assessed X conducted", "the assessment that X
was behind"); an accusation of involvement. Invented names of groups, people and speakers,
and other word orders, tenses and quote positions.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, SourceKind, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

# Invented groups under a group's head word, and groups the lexicon knows.
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
_PEOPLE = ("Karim Zelvani", "Amina Okvara", "Tariq Hurdane", "Yusuf Maredi")
_ROLES = ("a spokesman for", "the spokesman for", "a spokesperson for", "the spokesman of")
_EVENTS = ("the attack", "Friday's bombing", "the hotel assault", "the twin blasts")
_OFFICIALS = ("Officials", "The interior minister", "A police spokesman", "The army chief")


def _claims(text: str) -> list[tuple[str, Stance, SourceKind]]:
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    return [
        (c.actor, c.stance, c.source.kind) for s in ctx.sentences for c in find_attributions(ctx, s)
    ]


@st.composite
def spokesman_in_an_aside(draw: st.DrawFn) -> AttributionCase:
    """A quoted "we"/"our" whose speaker's aside names the group, before or after the verb."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    person = draw(st.sampled_from(_PEOPLE))
    role = draw(st.sampled_from(_ROLES))
    quote = draw(
        st.sampled_from(
            (
                "We carried out this attack",
                "We have carried out the attack",
                "Our fighters carried out the attack",
                "Our martyrs conducted this operation",
            )
        )
    )
    verb = draw(st.sampled_from(("said", "told reporters", "wrote in an email")))
    order = draw(st.sampled_from(("name-role", "role-name", "verb-first")))
    if order == "name-role":
        text = f"\u201c{quote},\u201d {person}, {role} {written}, {verb}."
    elif order == "role-name":
        text = f"\u201c{quote},\u201d {role} {written}, {person}, {verb}."
    else:
        text = f"\u201c{quote},\u201d said {person}, {role} {written}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(spokesman_in_an_aside())
def test_a_spokesman_in_an_aside_speaks_for_the_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def spokesman_names_the_attacker(draw: st.DrawFn) -> AttributionCase:
    """A group's spokesman names one of its men as the attacker: the group's claim.

    Known groups only: without its own "we" or a cue of its own, a spokesman's aside does
    not yet make an unknown name a group.
    """
    written, name = draw(st.sampled_from(_KNOWN))
    person, attacker = draw(st.lists(st.sampled_from(_PEOPLE), min_size=2, max_size=2, unique=True))
    role = draw(st.sampled_from(_ROLES))
    verb = draw(st.sampled_from(("said", "told reporters on Friday that", "said that")))
    event = draw(st.sampled_from(_EVENTS))
    age = draw(st.sampled_from(("", "25-year-old ")))
    told = f"{verb} {age}{attacker} carried out {event}."
    if draw(st.booleans()):
        text = f"{capitalised(role)} {written}, {person}, {told}"
    else:
        text = f"{person}, {role} {written}, {told}"
    return text, frozenset({(name, Stance.CLAIMED)})


@given(spokesman_names_the_attacker())
def test_a_spokesman_naming_the_attacker_claims_for_the_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_an_official_naming_the_attacker_claims_nothing_for_a_group() -> None:
    # The police speak for no armed group: the man named is no group's claim.
    found = _read("A police spokesman, Karim Zelvani, said Tariq Hurdane carried out the attack.")
    assert not any(stance is Stance.CLAIMED for _, stance in found)


@st.composite
def group_releases_its_bomber(draw: st.DrawFn) -> AttributionCase:
    """ "X has released details of the bomber": the group tells who its man was."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    aux = draw(st.sampled_from(("", "has ", "later ", "on Thursday ")))
    det = draw(st.sampled_from(("", "the ")))
    what = draw(st.sampled_from(("the bomber", "a man it said carried out the attack", "Hamid")))
    return f"{capitalised(written)} {aux}released {det}details of {what}.", frozenset(
        {(name, Stance.CLAIMED)}
    )


@given(group_releases_its_bomber())
def test_a_group_releasing_details_of_its_bomber_claims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def denied_by_another(draw: st.DrawFn) -> tuple[str, str]:
    """ "This was not an X attack", said by an official: X's part denied, in his voice."""
    # Known groups: a name in a modifier's place is not discovered by a denial.
    written, name = draw(st.sampled_from(_KNOWN[:2]))
    bare = written.removeprefix("the ")
    art = "an" if bare[:1].lower() in "aeiou" else "a"
    noun = draw(st.sampled_from(("attack", "bombing", "massacre")))
    aux = draw(st.sampled_from(("was", "is")))
    who = draw(st.sampled_from(_OFFICIALS))
    if draw(st.booleans()):
        text = f"\u201cThis {aux} not {art} {bare} {noun},\u201d {who.lower()} said."
    else:
        text = f"{who} said the killing {aux} not {art} {bare} {noun}."
    return text, name


@given(denied_by_another())
def test_not_an_x_attack_is_a_denial_in_the_speakers_voice(case: tuple[str, str]) -> None:
    text, name = case
    claims = _claims(text)
    assert [(a, s) for a, s, _ in claims] == [(name, Stance.DENIED)], text
    assert claims[0][2] is not SourceKind.MILITANT, text  # the official's, not the group's


@st.composite
def a_state_denies(draw: st.DrawFn) -> AttributionCase:
    """A state named by the lexicon denies: "denies allegations", "denied any complicity"."""
    state = draw(st.sampled_from(("Pakistan", "Israel", "Iran")))
    verb = draw(
        st.sampled_from(
            (
                "denies allegations",
                "denied the allegations",
                "has denied any complicity",
                "denied complicity in the attack",
                "rejected the accusations",
            )
        )
    )
    return f"{state} {verb}.", frozenset({(state, Stance.DENIED)})


@given(a_state_denies())
def test_a_state_denies(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_a_denial_after_and_is_not_the_name_before_it() -> None:
    # ", and denied": the subject is that of the first verb, not a name inside its object.
    text = "The minister condemned the attack in the Okvara Valley, and denied any involvement."
    assert _read(text) == set()


@st.composite
def suspicion(draw: st.DrawFn) -> AttributionCase:
    """Suspicion told without "suspected X of": the involvement, a likely identity, traces."""
    written, name = draw(st.sampled_from(_INVENTED + _KNOWN))
    event = draw(st.sampled_from(_EVENTS))
    who = draw(st.sampled_from(_OFFICIALS))
    frame = draw(st.integers(0, 3))
    if frame == 0:
        verb = draw(st.sampled_from(("suspect", "suspected")))
        text = f"{who} said they {verb} the involvement of {written} in {event}."
    elif frame == 1:
        q = draw(st.sampled_from(("", "\u201c")))
        close = "\u201d" if q else ""
        member = draw(st.sampled_from(("", "members of ")))
        text = f"{who} said the attackers were {q}likely to be {member}{written}{close}."
    elif frame == 2:
        text = f"\u201cWe suspect the involvement of {written} in this attack,\u201d he said."
    else:
        bare = capitalised(written.removeprefix("the "))
        text = f"Witnesses said {event} had {bare} fingerprints all over it."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(suspicion())
def test_suspicion(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def assessment(draw: st.DrawFn) -> AttributionCase:
    """An assessment is a belief: "has assessed X conducted", "the assessment that X was behind".

    Known groups: a belief verb does not itself discover an unknown name.
    """
    written, name = draw(st.sampled_from(_KNOWN))
    event = draw(st.sampled_from(_EVENTS))
    who = draw(st.sampled_from(("The government", "Washington", "The ministry")))
    if draw(st.booleans()):
        that = draw(st.sampled_from(("", "that ")))
        aux = draw(st.sampled_from(("has assessed", "assessed")))
        text = f"{who} {aux} {that}{written} conducted {event}."
    else:
        text = f"{who} shared the assessment that {written} was behind {event}."
    return text, frozenset({(name, Stance.BELIEVED)})


@given(assessment())
def test_an_assessment_is_a_belief(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def accused_of_involvement(draw: st.DrawFn) -> AttributionCase:
    """A state accuses another: "accused X of involvement", "accuses X of complicity in"."""
    written, name = draw(st.sampled_from((("Pakistan", "Pakistan"), ("Israel", "Israel"))))
    who = draw(st.sampled_from(("India", "Officials", "The foreign ministry")))
    event = draw(st.sampled_from(_EVENTS))
    verb = draw(st.sampled_from(("accused", "accuses")))
    what = draw(st.sampled_from(("involvement", "complicity")))
    text = f"{who} {verb} {written} of {what} in {event}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(accused_of_involvement())
def test_an_accusation_of_involvement(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@st.composite
def act_told_by_its_group(draw: st.DrawFn) -> AttributionCase:
    """A group, its statement or its spokesman tells an act of its own man: its claim."""
    written, name = draw(st.sampled_from(_KNOWN))
    subject = draw(st.sampled_from(("The bomber", "A suicide bomber", "This man", "The gunmen")))
    act = draw(
        st.sampled_from(
            (
                "blew himself up at the gate",
                "stormed the hotel",
                "detonated his explosives at the checkpoint",
                "carried out the attack on the market",
            )
        )
    )
    verb = draw(st.sampled_from(("said", "says", "said in a statement", "said on Telegram")))
    if draw(st.booleans()):
        text = f"{subject} {act}, {written} {verb}."
    else:
        text = f"{subject} {act}, said {draw(st.sampled_from(_PEOPLE))}, {_ROLES[0]} {written}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(act_told_by_its_group())
def test_an_act_told_by_its_group_is_its_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


def test_a_group_telling_what_others_did_claims_nothing() -> None:
    # The act's subject is a state's men, or it is what the group habitually does.
    assert _read("Gunmen held hostages as police laid siege to the cafe, al-Shabaab said.") == set()
    assert _read("Al-Shabaab said government forces killed ten civilians.") == set()
    assert (
        _read("The group says it targets the government, and al-Shabaab has detonated bombs.")
        == set()
    )


@st.composite
def a_governments_denial(draw: st.DrawFn) -> AttributionCase:
    """A state's government, named by its country or its demonym, denies: its own voice."""
    country, demonym = draw(
        st.sampled_from((("Pakistan", "Pakistani"), ("Kenya", "Kenyan"), ("Iran", "Iranian")))
    )
    who = draw(st.sampled_from((country, demonym)))
    body = draw(st.sampled_from(("government", "officials", "foreign ministry")))
    adj = draw(st.sampled_from(("", "stiff ", "flat ")))
    verb = draw(
        st.sampled_from(
            (f"responded with a {adj}denial", "denied any complicity", "denied any involvement")
        )
    )
    return f"The {who} {body} {verb}.", frozenset({(country, Stance.DENIED)})


@given(a_governments_denial())
def test_a_governments_denial(case: AttributionCase) -> None:
    text, expected = case
    claims = _claims(text)
    assert {(a, s) for a, s, _ in claims} == expected, text
    assert all(kind is SourceKind.OFFICIAL for _, _, kind in claims), text


@st.composite
def evidence_of_involvement(draw: st.DrawFn) -> AttributionCase:
    """ "had (“incontrovertible”) evidence of the X involvement": a state accused."""
    country = draw(st.sampled_from(("Pakistan", "Iran", "Kenya")))
    who = draw(st.sampled_from(("India", "Officials", "The ministry")))
    evidence = draw(
        st.sampled_from(("evidence", "\u201cincontrovertible evidence\u201d", "clear evidence"))
    )
    det = draw(st.sampled_from(("", "the ")))
    event = draw(st.sampled_from(_EVENTS))
    text = f"{who} said it had {evidence} of {det}{country} involvement in {event}."
    return text, frozenset({(country, Stance.ASSERTED)})


@given(evidence_of_involvement())
def test_evidence_of_a_states_involvement(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text
