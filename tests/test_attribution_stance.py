"""Claims, suspicions and denials as other outlets tell them (round 7, stance), by grammars.

Each phenomenon is told with invented group names (unknown to the lexicon) or known ones,
other speakers, events and sentence positions; each case says the claims it must yield,
and the near misses say what they must not.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.places import gazetteer
from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import ARMED_NAMES, AttributionCase, any_group, capitalised
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

_EVENTS = ("the attack", "Tuesday's bombing", "the massacre", "the deadly assault on the hotel")


_PARENTS = ("al-Qaeda", "Islamic State")


def _the(written: str) -> str:
    """An invented name takes "the" in running text ("against the Okvara Front")."""
    return written if written[:1].islower() or written.startswith("the ") else f"the {written}"


# --- a denial of "its" or "their" involvement ---------------------------------------------


@st.composite
def denial_of_its_own_involvement(draw: st.DrawFn) -> AttributionCase:
    """ "X denied its involvement in the massacre", "X released a statement denying its role"."""
    written, name = draw(any_group())
    own = draw(st.sampled_from(("its", "their")))
    verb = draw(
        st.sampled_from(
            (
                "denied",
                "has denied",
                "rejected",
                "is denying",
                "released a statement denying",
                "has issued a statement denying",
            )
        )
    )
    what = draw(st.sampled_from(("involvement", "involvement in {e}", "role in {e}")))
    tail = draw(st.sampled_from(("", ", a spokesman said", " on Sunday")))
    if "{e}" not in what and tail == " on Sunday":
        tail = ""
    event = draw(st.sampled_from(_EVENTS))
    text = f"{capitalised(_the(written))} {verb} {own} {what.format(e=event)}{tail}."
    return text, frozenset({(name, Stance.DENIED)})


@given(denial_of_its_own_involvement())
def test_a_group_denying_its_own_involvement_denies(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(st.sampled_from(_EVENTS))
def test_anothers_involvement_is_no_denial_by_the_speaker(event: str) -> None:
    # The officials deny nothing of their own, and name no group.
    text = f"Officials denied their involvement in {event}."
    assert _read(text) == set(), text


# --- an indefinite predicate is no subject: "X that is an al-Qaeda branch has denied" ---------


@st.composite
def parent_in_an_indefinite_predicate(draw: st.DrawFn) -> AttributionCase:
    """The parent group named inside "is an X's branch" is not the subject of the verb after.

    With a comma the relative clause is an aside on the group before it; without one the
    subject is unclear: no claim for the parent either way.
    """
    written, name = draw(any_group().filter(lambda g: g[1] not in _PARENTS))
    parent = draw(st.sampled_from(_PARENTS))
    kin = draw(st.sampled_from(("branch", "affiliate", "offshoot")))
    verb = draw(st.sampled_from(("has denied its involvement", "claimed responsibility")))
    stance = Stance.DENIED if "denied" in verb else Stance.CLAIMED
    if draw(st.booleans()):
        text = f"{capitalised(_the(written))}, which is an {parent} {kin} in the region, {verb}."
        return text, frozenset({(name, stance)})
    text = f"{capitalised(_the(written))} that is an {parent} {kin} in the region {verb}."
    return text, frozenset()


@given(parent_in_an_indefinite_predicate())
def test_a_parent_in_an_indefinite_predicate_is_not_the_subject(case: AttributionCase) -> None:
    text, expected = case
    found = _read(text)
    assert expected <= found, text
    assert not any(actor in _PARENTS for actor, _ in found), text


def test_a_cleft_is_no_indefinite_predicate() -> None:
    text = "Our assessment is that it was ISIS that did it."
    # An assessment is the speaker's belief (stance, round 8).
    assert _read(text) == {("Islamic State", Stance.BELIEVED)}


# --- a suspect noun in apposition: "one likely culprit, al-Qaeda's local affiliate X," -------


@st.composite
def suspect_noun_in_apposition(draw: st.DrawFn) -> AttributionCase:
    """A suspicion noun (with or without its event) and the group in apposition after it.

    The group may be described by its parent's possessive ("al-Qaeda's local affiliate X"):
    the name after the description is the suspect, not the parent.
    """
    written, name = draw(any_group())
    det = draw(st.sampled_from(("One", "A", "Yet one", "The other")))
    noun = draw(
        st.sampled_from(
            ("likely culprit", "possible culprit", "main suspect", "likely perpetrator")
        )
    )
    where = draw(st.sampled_from(("", " in {e}", " behind {e}")))
    described = draw(st.booleans())
    group = written
    if described:
        parent = draw(st.sampled_from(("al-Qaeda's", "the Islamic State's")))
        kin = draw(st.sampled_from(("local affiliate", "regional branch", "affiliate")))
        group = f"{parent} {kin} {written.removeprefix('the ')}"
    rest = draw(
        st.sampled_from(
            ("condemned the attack's brutality", "has not commented", "is active in the area")
        )
    )
    event = draw(st.sampled_from(_EVENTS))
    text = f"{det} {noun}{where.format(e=event)}, {group}, {rest}."
    return text, frozenset({(name, Stance.SUSPECTED)})


@given(suspect_noun_in_apposition())
def test_a_suspect_noun_names_the_group_in_apposition(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(st.sampled_from(("a lone gunman", "a local man", "a disgruntled employee")))
def test_a_suspect_noun_before_a_person_names_no_group(person: str) -> None:
    text = f"The likely culprit, officials said, was {person}."
    assert _read(text) == set(), text


# --- a group or its outlet tells who carried it out: its claim -------------------------------

_OUTLETS = (
    ("The Amaq news agency", "Islamic State"),
    ("Amaq", "Islamic State"),
    ("The group's Amaq agency", "Islamic State"),
)


@st.composite
def outlet_tells_who_carried_it_out(draw: st.DrawFn) -> AttributionCase:
    """ "Amaq (, which is affiliated with ISIS,) reported the attack was carried out by ..."."""
    if draw(st.booleans()):
        speaker, name = draw(st.sampled_from(_OUTLETS))
        if draw(st.booleans()):
            speaker += draw(
                st.sampled_from((", which is affiliated with ISIS,", ", which supports IS,"))
            )
    else:
        written, name = draw(st.sampled_from(ARMED_NAMES))
        speaker = capitalised(written)
    verb = draw(st.sampled_from(("reported", "said", "reported that", "said in a statement that")))
    event = draw(st.sampled_from(_EVENTS))
    who = draw(st.sampled_from(("a suicide bomber", "two of its fighters", "a man in a truck")))
    return f"{speaker} {verb} {event} was carried out by {who}.", frozenset(
        {(name, Stance.CLAIMED)}
    )


@given(outlet_tells_who_carried_it_out())
def test_a_group_or_its_outlet_telling_who_carried_it_out_claims_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(
    st.sampled_from(("Prosecutor Karim Sabrun", "Zelvani", "The police chief")),
    st.sampled_from(_EVENTS),
)
def test_anyone_else_telling_who_carried_it_out_claims_nothing(speaker: str, event: str) -> None:
    text = f"{speaker} said {event} was carried out by 25 militants in five vehicles."
    assert _read(text) == set(), text


# --- the group's word for its attacker: "a soldier of the Islamic State" ----------------------


@st.composite
def soldier_of_the_group(draw: st.DrawFn) -> AttributionCase:
    """The group's own formula, relayed: "... was “a soldier of X”", "one of the soldiers of X".

    A state's soldiers are its men: "a soldier of the Malian army was killed" claims nothing.
    """
    if draw(st.integers(0, 3)) == 0:
        army = draw(st.sampled_from(("the Malian army", "the Nigerian army", "Iraqi forces")))
        verb = draw(st.sampled_from(("was killed", "was wounded in the ambush")))
        return f"A soldier of {army} {verb}.", frozenset()
    written, name = draw(st.sampled_from(ARMED_NAMES))
    opening, closing = draw(st.sampled_from((("", ""), ('"', '"'), ("\u201c", "\u201d"))))
    who = draw(
        st.sampled_from(
            (
                "the man who drove the truck",
                "the person who carried out the operation",
                "the attacker",
            )
        )
    )
    formula = draw(st.sampled_from(("a soldier of", "one of the soldiers of")))
    lead = draw(
        st.sampled_from(
            ("The statement said", "A translation of the statement says", "The claim said")
        )
    )
    text = f"{lead} {who} was {opening}{formula} {written}{closing}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(soldier_of_the_group())
def test_a_soldier_of_the_group_is_its_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- attackers placed in a group by a belief, then their act ----------------------------------


@st.composite
def attackers_believed_from_a_group(draw: st.DrawFn) -> AttributionCase:
    """ "Gunmen believed to be from X killed 20 villagers": the belief places them in X."""
    written, name = draw(any_group())
    attackers = draw(st.sampled_from(("Gunmen", "Suspected jihadists", "Armed men", "Attackers")))
    verb, stance = draw(
        st.sampled_from(
            (
                ("believed to be", Stance.BELIEVED),
                ("thought to be", Stance.BELIEVED),
                ("suspected to be", Stance.SUSPECTED),
            )
        )
    )
    tie = draw(st.sampled_from(("from", "members of")))
    act = draw(
        st.sampled_from(
            ("killed 20 villagers", "opened fire on the crowd", "stormed the hotel on Friday")
        )
    )
    text = f"{attackers} {verb} {tie} {_the(written)} {act}."
    return text, frozenset({(name, stance)})


@given(attackers_believed_from_a_group())
def test_attackers_believed_from_a_group_name_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


def test_a_belief_about_a_groups_record_names_no_new_frame() -> None:
    # A belief verb taking a clause is read as before: no act after a preposition here.
    assert _read("Officials believe the attack was a warning.") == set()


# --- accused of the event, with or without an aside on the accused ---------------------------


@st.composite
def accused_of_the_event(draw: st.DrawFn) -> AttributionCase:
    """ "X has been accused of the massacre", "officials accused X, a local militia, of ..."."""
    written, name = draw(any_group())
    event = draw(st.sampled_from(_EVENTS))
    if draw(st.booleans()):
        aux = draw(st.sampled_from(("has been", "was", "is", "have been")))
        what = draw(st.sampled_from(("", "carrying out ")))
        return f"{capitalised(_the(written))} {aux} accused of {what}{event}.", frozenset(
            {(name, Stance.ASSERTED)}
        )
    speaker = draw(st.sampled_from(("Local officials", "The governor", "Survivors")))
    aside = draw(st.sampled_from(("", ", a local militia,", ", which denies it,")))
    return f"{speaker} accused {_the(written)}{aside} of carrying out {event}.", frozenset(
        {(name, Stance.ASSERTED)}
    )


@given(accused_of_the_event())
def test_a_group_accused_of_the_event_is_asserted(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- words in quotation marks: the speaker's, not a break in the frame ------------------------


@st.composite
def quoted_words_in_blame(draw: st.DrawFn) -> AttributionCase:
    """A quoted adjective of the event, or a quoted noun tied to the actor by a link word.

    A quoted noun of vague origin ("blamed \u201celements\u201d from X") names no perpetrator.
    """
    written, name = draw(st.sampled_from(ARMED_NAMES))
    opening, closing = draw(st.sampled_from((('"', '"'), ("\u201c", "\u201d"))))
    form = draw(st.sampled_from(("adjective", "linked", "vague")))
    if form == "adjective":
        word = draw(st.sampled_from(("cowardly", "heinous", "barbaric")))
        text = f"Officials blamed the {opening}{word}{closing} attack on {written}."
        return text, frozenset({(name, Stance.ASSERTED)})
    if form == "linked":
        link = draw(st.sampled_from(("backed by", "linked to")))
        noun = draw(st.sampled_from(("terrorists", "mercenaries")))
        text = f"Officials blamed the attack on {opening}{noun}{closing} {link} {written}."
        return text, frozenset({(name, Stance.ASSERTED)})
    text = f"Officials blamed {opening}elements{closing} from {written} for the attack."
    return text, frozenset()


@given(quoted_words_in_blame())
def test_quoted_words_in_blame_are_the_speakers(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- a list of the blamed, with commas: "Iran blames Saudi Arabia, US for attack" --------------

_LISTED = (
    ("the Qarnat Front", "Qarnat Front"),
    ("US", "United States"),
    ("Israel", "Israel"),
    ("Boko Haram", "Boko Haram"),
    ("al-Qaeda", "al-Qaeda"),
)


@st.composite
def blame_of_a_list(draw: st.DrawFn) -> AttributionCase:
    """Two or three names listed with commas (and "and" before the last) share the blame.

    A name after a comma that no list word or preposition follows is an aside on the first
    ("claimed by X, al-Qaeda's branch in the Sahel"): only the first is named.
    """
    names = draw(st.lists(st.sampled_from(_LISTED), min_size=2, max_size=3, unique=True))
    written = [w for w, _ in names]
    listed = (
        ", ".join(written)
        if len(written) == 2 and draw(st.booleans())
        else ", ".join(written[:-1]) + " and " + written[-1]
    )
    event = draw(st.sampled_from(("deadly parade attack", "the massacre", "Tuesday's bombing")))
    speaker, verb = draw(
        st.sampled_from((("Iran", "blames"), ("Officials", "blamed"), ("The minister", "accused")))
    )
    prep = "for"
    if verb == "accused":
        prep, event = "of", draw(st.sampled_from(("the massacre", "Tuesday's bombing")))
    text = f"{speaker} {verb} {listed} {prep} {event}"
    return text, frozenset((name, Stance.ASSERTED) for _, name in names)


@given(blame_of_a_list())
def test_a_list_of_the_blamed_shares_the_blame(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(st.sampled_from(("al-Qaeda's branch in the Sahel", "the Islamic State's local affiliate")))
def test_a_name_in_an_aside_after_a_comma_is_not_listed(aside: str) -> None:
    text = f"The attack was claimed by Ansar Dine, {aside}."
    assert _read(text) == {("Ansar Dine", Stance.CLAIMED)}, text


# --- an outlet the lexicon does not know, tied to its group --------------------------------


@st.composite
def outlet_tied_to_its_group(draw: st.DrawFn) -> AttributionCase:
    """ "The Zelvani news agency, which is affiliated with X, said ...", "the X-run radio ..."

    The outlet speaks for its group; its own name is no group.
    """
    written, name = draw(st.sampled_from(ARMED_NAMES))
    bare = written.removeprefix("the ")
    outlet = draw(st.sampled_from(("Zelvani news agency", "radio station Tamrezi", "news agency")))
    if draw(st.booleans()):
        tie = draw(st.sampled_from(("run", "linked", "affiliated", "operated")))
        article = "An" if outlet == "news agency" and bare[:1] in "AEIOU" else "The"
        speaker = f"{article} {bare}-{tie} {outlet}"
    else:
        tie = draw(
            st.sampled_from(
                (
                    ", which is affiliated with",
                    ", which supports",
                    " linked to",
                    ", which is run by",
                    ", close to",
                )
            )
        )
        comma = "," if tie.startswith(",") else ""
        speaker = f"The {outlet}{tie} {written}{comma}"
    said = draw(
        st.sampled_from(
            (
                "said its fighters stormed the hotel",
                "claimed the attack",
                "reported the attack was carried out by a suicide bomber",
            )
        )
    )
    return f"{speaker} {said}.", frozenset({(name, Stance.CLAIMED)})


@given(outlet_tied_to_its_group())
def test_an_outlet_tied_to_its_group_speaks_for_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


def test_an_outlet_tied_to_a_group_asserts_nothing_about_it() -> None:
    # The outlet carries the group's own claims and denials only.
    text = "The Zelvani news agency, which is affiliated with Boko Haram, was shut down."
    assert _read(text) == set()


# --- "blame it on X", "pinned the blame for the massacre on X" -------------------------------


@st.composite
def blame_put_on_a_group(draw: st.DrawFn) -> AttributionCase:
    written, name = draw(any_group())
    verb = draw(
        st.sampled_from(
            (
                "chose to blame it on",
                "were quick to blame {e} on",
                "pinned the blame for {e} on",
                "laid the blame on",
                "is blaming {e} on",
            )
        )
    )
    speaker = draw(st.sampled_from(("Officials", "The rival group", "Iran")))
    # An event with a target of its own ("the assault on the hotel") before "on X" is read
    # for known names only: the discovery of a new name does not look past the target.
    event = draw(st.sampled_from(_EVENTS[:3]))
    text = f"{speaker} {verb.format(e=event)} {_the(written)}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(blame_put_on_a_group())
def test_blame_put_on_a_group_asserts_it(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


# --- the group's claim as a noun: "The IS claim came 36 hours after the attack" --------------


@st.composite
def the_groups_claim_as_a_noun(draw: st.DrawFn) -> AttributionCase:
    written, name = draw(any_group())
    lead = draw(st.sampled_from(("The", "Yet the", "But the")))
    adverb = draw(st.sampled_from(("", " also")))
    rest = draw(
        st.sampled_from(
            (
                "came{a} 36 hours after the attack",
                "comes{a} a day after the bombing",
                "said{a} four attackers took part",
                "could not be independently verified",
            )
        )
    )
    text = f"{lead} {written.removeprefix('the ')} claim {rest.format(a=adverb)}."
    return text, frozenset({(name, Stance.CLAIMED)})


@given(the_groups_claim_as_a_noun())
def test_the_groups_claim_as_a_noun_is_its_claim(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


def test_a_claim_noun_without_a_group_names_no_one() -> None:
    assert _read("The militants claim came hours after the attack.") == set()
