"""Attribution phenomena of round 11 (actors), drawn by a grammar with the claims each yields.

A group's short form: the first element of a transliterated compound the document names
("X-e-Y ... X has claimed responsibility") is that group, unless it opens two groups the
document names; a group's head word ending like an adjective ("Jaish") is still a name. The
attackers told with a relative clause before what is said of them ("the militants who
stormed the base were members of X"), without a second reading of their act as the group's
own claim. A group's attackers and their act in the past perfect ("X militants had
breached"), an entry told as an attack ("infiltrated", "breached") after a suspicion
("gunmen suspected to be from X infiltrated"), the attacker noun "fidayeen", and the idiom
of blame "claim of X hand", and a group's own voice naming it ("We in X announce this
operation"). A name whose page was wrapped after a hyphen ("X-e- Y"). Known groups under
their spellings, invented people and places. A belief in apposition to the attackers ("the
perpetrators of the attack, believed to be X"), and a group that "became a suspect in" it.
A backer of the attack ("carried out with the support of X"). "An X-linked group" that claims
stands for the one affiliate of X the document names, and for no one when it names none.
Attackers "with" a group are its own ("fighters with X stormed").
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.places import gazetteer
from claimrecon.extract.segment import DocContext
from claimrecon.models import Document, Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline


# (the full name as written, its short form, the lexicon's name)
_COMPOUNDS = (
    ("Jaish-e-Mohammed", "Jaish", "Jaish-e-Mohammed"),
    ("Jamaat-ul-Ahrar", "Jamaat", "Jamaat-ul-Ahrar"),
    ("Harkat-ul-Mujahideen", "Harkat", "Harkat-ul-Mujahideen"),
    ("Jaish al-Adl", "Jaish", "Jaish al-Adl"),
)
_FIRST = (
    "The attackers, suspected to be from the {full} group, struck at the Velmar base on Monday.",
    "Officials in Dunmar said the gunmen belonged to the {full}.",
    "The {full} is based in the Ostrin hills.",
)
_SHORT = (
    ("{short} has claimed responsibility for the attack, a spokesman said.", Stance.CLAIMED),
    ('"{short} claimed responsibility," General Karim Okvara told reporters.', Stance.CLAIMED),
    ("Police blamed {short} for the attack on the Velmar base.", Stance.ASSERTED),
)


@st.composite
def short_forms(draw: st.DrawFn) -> tuple[str, str, Stance]:
    """A compound group's name, then its first element alone in a frame of blame or claim."""
    full, short, name = draw(st.sampled_from(_COMPOUNDS))
    first = draw(st.sampled_from(_FIRST)).format(full=full)
    later, stance = draw(st.sampled_from(_SHORT))
    return f"{first} {later.format(short=short)}", name, stance


@given(short_forms())
def test_a_compounds_first_element_stands_for_the_group_the_document_names(
    case: tuple[str, str, Stance],
) -> None:
    text, name, stance = case
    assert (name, stance) in _read(text), text
    assert all(actor == name for actor, _ in _read(text)), text


@given(st.sampled_from(_SHORT))
def test_a_first_element_two_groups_open_is_neither(later: tuple[str, Stance]) -> None:
    first = "Officials said the gunmen belonged to the Jaish-e-Mohammed, not Jaish al-Adl."
    text = f"{first} {later[0].format(short='Jaish')}"
    ctx = DocContext(Document(id="d", text=text), _LEXICON)
    last = ctx.sentences[-1]
    actors = {c.actor for c in find_attributions(ctx, last)}
    assert not actors & {"Jaish-e-Mohammed", "Jaish al-Adl"}, text


_KNOWN = (
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("Jaish-e-Mohammed", "Jaish-e-Mohammed"),
    ("ISIS", "Islamic State"),
)
_ATTACKERS = ("militants", "gunmen", "attackers", "fidayeen")
_RELATIVES = (
    "who stormed the Velmar hotel",
    "who attacked the army camp at Ostrin",
    "that raided the 12 Brigade headquarters in Dunmar",
)
_MEMBERS = ("were members of the", "were reportedly members of the", "were linked to the")


@st.composite
def attackers_with_a_relative(draw: st.DrawFn) -> AttributionCase:
    """ "The militants who stormed the hotel were members of X": the act between them."""
    written, name = draw(st.sampled_from(_KNOWN))
    noun = draw(st.sampled_from(_ATTACKERS))
    relative = draw(st.sampled_from(_RELATIVES))
    members = draw(st.sampled_from(_MEMBERS))
    tail = draw(st.sampled_from(("", ", police said", ", according to the Velmar Times")))
    text = f"The {noun} {relative} {members} {written}{tail}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(attackers_with_a_relative())
def test_attackers_told_by_a_relative_clause_belong_to_the_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


_ENTRIES = ("had breached", "had stormed", "infiltrated", "breached", "had infiltrated")
_HEDGED = (("", Stance.ASSERTED), ("alleged ", Stance.SUSPECTED), ("suspected ", Stance.SUSPECTED))


@st.composite
def attackers_past_perfect(draw: st.DrawFn) -> AttributionCase:
    """ "Investigators say alleged X militants had breached the camp": the group's act."""
    written, name = draw(st.sampled_from(_KNOWN))
    hedge, stance = draw(st.sampled_from(_HEDGED))
    noun = draw(st.sampled_from(_ATTACKERS))
    act = draw(st.sampled_from(_ENTRIES))
    lead = draw(st.sampled_from(("Investigators say ", "Police in Velmar said ", "")))
    opening = f"{hedge}{written}"
    if not lead:
        opening = opening[:1].upper() + opening[1:]
    text = f"{lead}{opening} {noun} {act} the army camp at Ostrin."
    return text, frozenset({(name, stance)})


@given(attackers_past_perfect())
def test_a_groups_attackers_act_in_the_past_perfect(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(st.sampled_from(_KNOWN), st.sampled_from(("infiltrated", "breached")))
def test_attackers_suspected_to_be_from_a_group_enter_the_site(
    known: tuple[str, str], act: str
) -> None:
    written, name = known
    text = (
        f"Five attackers died after gunmen suspected to be from the Dunmar-based {written} group "
        f"{act} the Velmar air base on Saturday."
    )
    assert _read(text) == {(name, Stance.SUSPECTED)}, text


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(("claim of", "claims of", "evidence of")),
    st.sampled_from(("could not be verified", "was rejected by Dunmar", "grows")),
)
def test_the_idiom_of_a_groups_hand_blames_it(known: tuple[str, str], cue: str, tail: str) -> None:
    written, name = known
    text = f"Velmar {cue} {written} hand {tail}."
    assert _read(text) == {(name, Stance.ASSERTED)}, text


@given(st.sampled_from(_KNOWN), st.sampled_from(("have killed", "have attacked", "have stormed")))
def test_a_groups_attackers_acts_in_the_present_perfect_are_no_one_event(
    known: tuple[str, str], act: str
) -> None:
    written, _ = known
    assert _read(f"{written} militants {act} hundreds of people over the years.") == set()


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(
        (
            "announce this blessed operation",
            "claim the attack on the Velmar mall",
            "carried out this operation",
        )
    ),
    st.sampled_from(("Karim Dunmar said", "a spokesman said in a video", "the statement said")),
)
def test_we_in_a_group_tell_its_own_claim(known: tuple[str, str], act: str, said: str) -> None:
    written, name = known
    assert _read(f'"We in {written} {act}," {said}.') == {(name, Stance.CLAIMED)}


@given(st.sampled_from(("the United States", "Pakistan", "Velmar")))
def test_we_in_a_state_announcing_no_attack_claim_nothing(state: str) -> None:
    assert _read(f'"We in {state} announce new sanctions," the envoy said.') == set()


@given(
    st.sampled_from(
        (
            ("Jaish-e- Mohammed", "Jaish-e-Mohammed"),
            ("Tehreek-i- Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
            ("Jamaat-ul- Ahrar", "Jamaat-ul-Ahrar"),
            ("Lashkar-e- Taiba", "Lashkar-e-Taiba"),
        )
    ),
    st.sampled_from(("gunmen stormed", "fidayeen had breached", "militants attacked")),
)
def test_a_name_wrapped_after_a_hyphen_is_the_group(known: tuple[str, str], act: str) -> None:
    written, name = known
    text = f"Police in Velmar said the four {written} {act} the Ostrin camp."
    assert _read(text) == {(name, Stance.ASSERTED)}, text


_BELIEFS = (
    ("believed to be", Stance.BELIEVED),
    ("thought to be", Stance.BELIEVED),
    ("suspected to be", Stance.SUSPECTED),
)


@st.composite
def attackers_with_a_belief(draw: st.DrawFn) -> AttributionCase:
    """ "The perpetrators of the attack, believed to be X, escaped": a belief in apposition."""
    written, name = draw(st.sampled_from(_KNOWN))
    who = draw(
        st.sampled_from(
            (
                "The gunmen",
                "The attackers",
                "The real perpetrators of the attack",
                "The perpetrators of the bombing",
            )
        )
    )
    belief, stance = draw(st.sampled_from(_BELIEFS))
    article = draw(st.sampled_from(("the ", ""))) if written[:1].isupper() else ""
    after = draw(st.sampled_from(("escaped", "fled towards the Ostrin hills")))
    text = f"{who}, {belief} {article}{written}, {after}."
    return text, frozenset({(name, stance)})


@given(attackers_with_a_belief())
def test_a_belief_in_apposition_to_the_attackers_names_their_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == expected, text


@given(st.sampled_from(_BELIEFS), st.sampled_from(("in their twenties", "Zelvanian nationals")))
def test_a_belief_of_the_attackers_that_names_no_group_is_none(
    belief: tuple[str, Stance], what: str
) -> None:
    assert _read(f"The attackers, {belief[0]} {what}, escaped.") == set()


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(
        (
            "became a suspect in",
            "became the main suspect in",
            "became the prime suspect in",
            "emerged as a suspect in",
            "is a suspect in",
            "was a suspect in",
        )
    ),
    st.sampled_from(("the carnage", "the Velmar bombing", "the attack on the Ostrin camp")),
)
def test_a_group_that_became_a_suspect_is_suspected(
    known: tuple[str, str], cue: str, event: str
) -> None:
    written, name = known
    text = f"{written[:1].upper()}{written[1:]} {cue} {event}, police said."
    assert _read(text) == {(name, Stance.SUSPECTED)}, text


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(("support", "help", "backing")),
    st.sampled_from(("The attack", "The bombing of the Velmar embassy", "The raid on Ostrin")),
    st.sampled_from(("", ", officials in Dunmar said")),
)
def test_an_attack_carried_out_with_a_groups_support_names_it(
    known: tuple[str, str], aid: str, event: str, said: str
) -> None:
    written, name = known
    text = f"{event} was carried out with the {aid} of {written}{said}."
    assert _read(text) == {(name, Stance.ASSERTED)}, text


# (the parent as written, its one affiliate as written, the affiliate's lexicon name)
_AFFILIATES = (
    ("al-Qaeda", "Al-Shabaab", "al-Shabaab"),
    ("Al Qaeda", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb"),
    ("Islamic State", "ISWAP", "Islamic State West Africa Province"),
)


@given(
    st.sampled_from(_AFFILIATES),
    st.sampled_from(("-linked", "-affiliated", "-aligned")),
    st.sampled_from(
        (
            "The raid on the Velmar campus was claimed by an {parent}{tie} group.",
            "An {parent}{tie} group claimed the raid on the Velmar campus.",
            "Gunmen kill 14 in Velmar campus assault claimed by {parent}{tie} group",
        )
    ),
    st.booleans(),
)
def test_a_groups_linked_group_is_its_one_affiliate_the_document_names(
    family: tuple[str, str, str], tie: str, frame: str, named: bool
) -> None:
    parent, child, name = family
    claim = frame.format(parent=parent, tie=tie)
    more = f"\n{child} is active in the Ostrin hills." if named else ""
    ctx = DocContext(Document(id="d", text=claim + more), _LEXICON)
    first = {(c.actor, c.stance) for c in find_attributions(ctx, ctx.sentences[0])}
    # With no affiliate named, "an X-linked group" (a body new to the text, unnamed) is
    # written as its parent, as the corpus writes an unnamed affiliate (attrw13, round 16).
    unnamed = {(_PARENTS[parent], Stance.CLAIMED)} if "an {parent}" in frame.lower() else set()
    assert first == ({(name, Stance.CLAIMED)} if named else unnamed), claim + more


_PARENTS = {"al-Qaeda": "al-Qaeda", "Al Qaeda": "al-Qaeda", "Islamic State": "Islamic State"}


@given(
    st.sampled_from(_KNOWN),
    st.sampled_from(("Fighters", "Gunmen", "Militants", "Islamists")),
    st.sampled_from(("stormed the Velmar hotel", "attacked the army camp at Ostrin")),
    st.sampled_from(("", "the ")),
)
def test_attackers_with_a_group_are_its_own(
    known: tuple[str, str], noun: str, act: str, the: str
) -> None:
    written, name = known
    text = f"{noun} with {the}{written} {act} on Monday."
    assert _read(text) == {(name, Stance.ASSERTED)}, text
