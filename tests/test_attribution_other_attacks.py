"""Attribution phenomena of other attacks, drawn by a grammar with the claims each yields.

Officials doubting a group's claim or denying the attackers' links to it, joint claims,
attackers claiming to belong to a group, splinters of a known group, transliterations of a
group's name, a state force ending an attack, and headlines: each told as another outlet
would tell another attack (names, speakers, events and verbs drawn).
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.places import gazetteer
from claimrecon.models import Stance
from claimrecon.vocab import Lexicon
from tests.strategies import AttributionCase, capitalised, unknown_group
from tests.strategies import read_attributions as _read

_LEXICON = Lexicon.default()
gazetteer(_LEXICON)  # loaded once here, not inside a test's deadline

_GROUPS = (
    ("the Islamic State", "Islamic State"),
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
    ("al-Mourabitoun", "al-Mourabitoun"),
    ("the Pakistani Taliban", "Tehrik-i-Taliban Pakistan"),
)
_SPEAKERS = ("Officials", "The home minister", "A government spokesman", "Police")
_EVENTS = ("the attack", "Friday's siege", "the twin bombings", "the hotel assault")
_SAID = ("said", "told reporters", "said on Sunday")


@st.composite
def doubted_claims(draw: st.DrawFn) -> AttributionCase:
    """An official doubts a group's claim: the doubt denies, the claim is still the group's."""
    written, actor = draw(st.sampled_from(_GROUPS))
    verb = draw(st.sampled_from(("doubted", "doubts", "cast doubt on", "questioned")))
    what = draw(st.sampled_from(("claim of responsibility", "claim for the attack", "claim")))
    speaker = draw(st.sampled_from(_SPEAKERS))
    text = f"{speaker} {verb} {written}'s {what}."
    return text, frozenset({(actor, Stance.DENIED), (actor, Stance.CLAIMED)})


@st.composite
def doubted_claims_that(draw: st.DrawFn) -> AttributionCase:
    """ "questioned claims that X was responsible": the official denies X did it."""
    written, actor = draw(st.sampled_from(_GROUPS))
    verb = draw(st.sampled_from(("questioned", "doubted", "disputed", "cast doubt on")))
    role = draw(st.sampled_from(("was responsible for", "was behind", "carried out")))
    speaker = draw(st.sampled_from(_SPEAKERS))
    event = draw(st.sampled_from(_EVENTS))
    text = f"{speaker} {verb} claims that {written} {role} {event}."
    return text, frozenset({(actor, Stance.DENIED)})


@st.composite
def links_denied(draw: st.DrawFn) -> AttributionCase:
    """An official denies the attackers' links to a group."""
    written, actor = draw(st.sampled_from(_GROUPS))
    speaker = draw(st.sampled_from(_SPEAKERS))
    said = draw(st.sampled_from(_SAID))
    form = draw(st.integers(0, 2))
    if form == 0:
        tie = draw(st.sampled_from(("followers of", "members of")))
        who = draw(st.sampled_from(("the attackers", "the gunmen", "the bombers")))
        text = f"{speaker} {said} {who} were not {tie} {written}."
    elif form == 1:
        tie = draw(st.sampled_from(("no connections with", "no links to", "no ties to")))
        tense = draw(st.sampled_from(("have", "had")))
        text = f'"They {tense} {tie} {written}," {speaker.lower()} {said}.'
    else:
        title = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in written.split())
        tail = draw(st.sampled_from(("Not Involved", "not behind attack")))
        text = f"{capitalised(title.removeprefix('The '))} {tail}, Minister Says"
    return text, frozenset({(actor, Stance.DENIED)})


@st.composite
def members_claiming(draw: st.DrawFn) -> AttributionCase:
    """Attackers who say they belong to a group make the group's claim."""
    written, actor = draw(st.sampled_from(_GROUPS))
    who = draw(st.sampled_from(("Gunmen", "Members", "Assailants", "Men")))
    tie = draw(st.sampled_from(("to be part of", "to belong to", "to be members of")))
    act = draw(st.sampled_from(("stormed the hotel", "claimed responsibility for the attack")))
    return f"{who} claiming {tie} {written} {act}.", frozenset({(actor, Stance.CLAIMED)})


@st.composite
def joint_claims(draw: st.DrawFn) -> AttributionCase:
    """A group claims an attack carried out with another: both claim it."""
    first, second = draw(st.lists(st.sampled_from(_GROUPS), min_size=2, max_size=2, unique=True))
    joint = draw(st.sampled_from(("in coordination with", "in co-ordination with", "jointly with")))
    event = draw(st.sampled_from(_EVENTS))
    said = f"saying it carried it out {joint} {second[0]}"
    text = f"{capitalised(first[0])} claimed responsibility for {event}, {said}."
    return text, frozenset({(first[1], Stance.CLAIMED), (second[1], Stance.CLAIMED)})


_SPLINTERS = (("the Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar"),)


@st.composite
def splinter_claims(draw: st.DrawFn) -> AttributionCase:
    """A splinter of a known group claims: the affiliate the article names, never the parent."""
    parent, _, child = draw(st.sampled_from(_SPLINTERS))
    kind = draw(st.sampled_from(("breakaway faction", "splinter faction", "dissident faction")))
    event = draw(st.sampled_from(_EVENTS))
    named = draw(st.booleans())
    text = f"A {kind} of {parent} claimed responsibility for {event}."
    if named:
        text += f" Police said {child} had grown in the region."
    return text, frozenset({(child, Stance.CLAIMED)} if named else set())


@st.composite
def name_in_a_relative_clause(draw: st.DrawFn) -> AttributionCase:
    """A country inside a relative clause is not the subject of the verb after it.

    The case gives the claims that must NOT be read.
    """
    written, _ = draw(st.sampled_from(_GROUPS[:3]))
    region = draw(st.sampled_from(("the border region", "the province of Khurassan")))
    a, b = draw(
        st.lists(
            st.sampled_from(("Pakistan", "Afghanistan", "Niger", "Mali")),
            min_size=2,
            max_size=2,
            unique=True,
        )
    )
    verb = draw(st.sampled_from(("straddles", "borders", "lies between")))
    event = draw(st.sampled_from(_EVENTS))
    clause = f"which {verb} {a} and {b}"
    text = (
        f"{capitalised(written)} said its cell in {region}, {clause}, was responsible for {event}."
    )
    return text, frozenset({(a, Stance.ASSERTED), (b, Stance.ASSERTED)})


@st.composite
def a_state_ends_the_attack(draw: st.DrawFn) -> AttributionCase:
    """A state force's assault to free hostages ends the attack: it names no perpetrator."""
    force = draw(st.sampled_from(("Malian troops", "Nigerian troops", "Iraqi forces")))
    act = draw(st.sampled_from(("launched a siege", "launched an assault", "stormed the hotel")))
    aim = draw(st.sampled_from(("to rescue them", "to free the hostages", "to end the siege")))
    return f"Hostages were held as {force} {act} {aim}.", frozenset()


@st.composite
def ordinal_headlines(draw: st.DrawFn) -> AttributionCase:
    """ "Third Islamist group claims ...": an ordinal opens no name."""
    ordinal = draw(st.sampled_from(("Second", "Third", "Another", "Latest")))
    kind = draw(st.sampled_from(("Islamist militant group", "jihadist group", "Islamist group")))
    what = draw(st.sampled_from(("Mali hotel attack", "responsibility for Niger attack")))
    return f"{ordinal} {kind} claims {what}", frozenset()


@st.composite
def transliterations(draw: st.DrawFn) -> AttributionCase:
    """A group's name spelt with other vowels and doubled letters is the group."""
    name, actor = draw(
        st.sampled_from(
            (
                ("Jamaat-ul-Mujahideen Bangladesh", "Jamaat-ul-Mujahideen Bangladesh"),
                ("Macina Liberation Front", "Macina Liberation Front"),
                ("Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan"),
            )
        )
    )
    vowels = draw(st.lists(st.sampled_from("aeiou"), min_size=len(name), max_size=len(name)))
    doubled = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    spelt = "".join(
        (v if c in "aeiou" else c) + (c if dbl and c.isalpha() and c not in "aeiouh" else "")
        for c, v, dbl in zip(name, vowels, doubled, strict=True)
    )
    spelt = re.sub(r"(.)\1\1+", r"\1\1", spelt)
    speaker = draw(st.sampled_from(_SPEAKERS)).lower()
    return f'"They are members of the {spelt}," {speaker} said.', frozenset(
        {(actor, Stance.ASSERTED)}
    )


@st.composite
def headlines_with_a_place(draw: st.DrawFn) -> AttributionCase:
    """ "<group> <event> <where> kills N": the headline asserts the group's event."""
    written, actor = draw(st.sampled_from(_GROUPS[1:4]))
    event = draw(st.sampled_from(("attack", "suicide bombing", "assault", "raid")))
    where = draw(st.sampled_from(("at hospital", "in northeast Nigeria", "on university campus")))
    tail = draw(st.sampled_from(("kills 70", "leaves 30 dead", ": 147 killed")))
    sep = "" if tail.startswith(":") else " "
    return f"{capitalised(written)} {event} {where}{sep}{tail}", frozenset(
        {(actor, Stance.ASSERTED)}
    )


@st.composite
def described_then_named(draw: st.DrawFn) -> AttributionCase:
    """A long description ending in a group word, then "called X": X is blamed."""
    written, name = draw(unknown_group())
    verb = draw(st.sampled_from(("pointed the finger at", "blamed")))
    adjectives = draw(
        st.lists(
            st.sampled_from(("little-known", "shadowy", "local", "new", "Islamist", "militant")),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    head = draw(st.sampled_from(("group", "outfit", "organisation")))
    naming = draw(st.sampled_from(("called", "known as")))
    speaker = draw(st.sampled_from(_SPEAKERS))
    text = f"{speaker} {verb} a {' '.join(adjectives)} {head} {naming} {written}."
    return text, frozenset({(name, Stance.ASSERTED)})


@given(
    st.one_of(
        doubted_claims(),
        doubted_claims_that(),
        links_denied(),
        members_claiming(),
        joint_claims(),
    )
)
def test_officials_doubting_and_groups_claiming_with_others(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(st.one_of(splinter_claims(), a_state_ends_the_attack()))
def test_no_claim_for_a_splinter_s_parent_or_a_rescue(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(name_in_a_relative_clause())
def test_a_name_in_a_relative_clause_is_no_subject(case: AttributionCase) -> None:
    text, forbidden = case
    assert not _read(text) & set(forbidden), text


@given(st.one_of(ordinal_headlines(), headlines_with_a_place()))
def test_headlines(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(transliterations())
def test_transliterations_fold_into_the_group(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(described_then_named())
def test_a_long_description_then_a_name(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@st.composite
def other_outlets_wordings(draw: st.DrawFn) -> AttributionCase:
    """Wordings of claims and suspicions other outlets use, with an invented group."""
    written, name = draw(unknown_group())
    event = draw(st.sampled_from(_EVENTS))
    frames = (
        ("{n} was quick to claim {e}.", Stance.CLAIMED),
        ("{n} rushed to claim responsibility.", Stance.CLAIMED),
        ("{n} was widely believed to be behind {e}.", Stance.BELIEVED),
        ("{n} is thought to have carried out {e}.", Stance.BELIEVED),
        ("Officials said {n} was likely responsible for {e}.", Stance.SUSPECTED),
        ("The gunmen were believed to be members of {n}, a police source said.", Stance.BELIEVED),
        ("Witnesses said the attackers identified themselves as members of {n}.", Stance.CLAIMED),
        ("{n} became the second group to claim {e}.", Stance.CLAIMED),
        ("Reuters could not independently verify the claim by {n}.", Stance.CLAIMED),
        ("Police named {n} as responsible for {e}.", Stance.ASSERTED),
    )
    frame, stance = draw(st.sampled_from(frames))
    return capitalised(frame.format(n=written, e=event)), frozenset({(name, stance)})


@st.composite
def claimed_after_another(draw: st.DrawFn) -> AttributionCase:
    """ "the third group to claim the attack, after X and Y": X and Y claimed it first."""
    (first, a1), (second, a2) = draw(
        st.lists(st.sampled_from(_GROUPS), min_size=2, max_size=2, unique=True)
    )
    claim = draw(st.sampled_from(("to claim responsibility for the attack", "to claim the attack")))
    text = f"A new group is the third organisation {claim}, after {first} and {second}."
    return text, frozenset({(a1, Stance.CLAIMED), (a2, Stance.CLAIMED)})


@given(st.one_of(other_outlets_wordings(), claimed_after_another()))
def test_other_outlets_wordings(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


def test_a_bracketed_acronym_stands_for_the_known_group() -> None:
    """ "the Massina Liberation Front (MLF)": MLF is the group, not another actor."""
    text = (
        "The Massina Liberation Front (MLF) has claimed responsibility for the attack. "
        "MLF, a relatively new group, is the third organization to claim responsibility."
    )
    assert _read(text) == {("Macina Liberation Front", Stance.CLAIMED)}


@st.composite
def accused_agencies(draw: st.DrawFn) -> AttributionCase:
    """An official blames or accuses a state's intelligence agency: the agency, not the state."""
    written, actor = draw(
        st.sampled_from(
            (
                ("the Indian intelligence agency", "Research and Analysis Wing"),
                ("India's Research and Analysis Wing", "Research and Analysis Wing"),
                ("Pakistan's ISI", "Inter-Services Intelligence"),
                ("Israel's Mossad", "Mossad"),
                ("the Afghan intelligence agency", "National Directorate of Security"),
            )
        )
    )
    speaker = draw(st.sampled_from(("The chief minister", "Iran", "Officials")))
    if draw(st.booleans()):
        text = f"{speaker} blamed {written} for {draw(st.sampled_from(_EVENTS))}."
    else:
        text = f"{speaker} accused {written} of carrying out {draw(st.sampled_from(_EVENTS))}."
    return text, frozenset({(actor, Stance.ASSERTED)})


@given(accused_agencies())
def test_a_foreign_intelligence_agency_blamed(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@st.composite
def a_group_s_men_killed(draw: st.DrawFn) -> AttributionCase:
    """ "Troops killed three al-Shabaab militants": the group's men are victims, no actor."""
    written, _ = draw(st.sampled_from(_GROUPS[1:3]))
    who = draw(st.sampled_from(("Security forces", "Troops", "Police", "The raid")))
    verb = draw(st.sampled_from(("killed", "arrested", "captured", "shot dead")))
    count = draw(st.sampled_from(("three", "at least 12", "two", "")))
    hedge = draw(st.sampled_from(("", "suspected ")))
    noun = draw(st.sampled_from(("militants", "fighters", "gunmen")))
    text = f"{who} {verb} {count} {hedge}{written} {noun} on Tuesday."
    return " ".join(text.split()), frozenset()


@given(a_group_s_men_killed())
def test_a_group_s_men_killed_are_victims(case: AttributionCase) -> None:
    text, expected = case
    assert _read(text) == set(expected), text


@given(st.sampled_from(_GROUPS), st.sampled_from(("possible links to", "possible ties to")))
def test_possible_links_are_a_suspicion(group: tuple[str, str], links: str) -> None:
    text = f"Officials said they were investigating {links} {group[0]}."
    assert _read(text) == {(group[1], Stance.SUSPECTED)}, text
