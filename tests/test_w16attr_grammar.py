"""Attribution wordings of wave 16, composed by a grammar with invented names (w16attr).

Three families: an unnamed group told only by its people's word ("an outlawed Tarkun
separatist group claimed it") names no actor; a speaker who points to, names or singles
out a group "as the (likely) perpetrator" blames it, hedged when the phrase is, even with
the group's short form and a kind noun after its name ("the Okvara Front (OF) group");
a group's statement placed on a medium with an apposition on it ("said in a statement on
Velka Radio, its media arm, that it carried out") is its claim.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon.models import Stance
from tests.strategies import read_attributions

C, A, S = Stance.CLAIMED, Stance.ASSERTED, Stance.SUSPECTED

EVENTS = ("the bombing in Dunmar", "Sunday's attack on a church in Velka", "the suicide attack")
# People's words the lexicon does not know, shaped like no adjective.
PEOPLES = ("Tarkun", "Brevo", "Okvar", "Zelmak")
ARTICLES = ("a", "an")
OPENERS = ("", "outlawed ", "banned ", "little-known ", "shadowy ")
KINDS = ("", "terrorist ", "separatist ", "militant ")
KIND_NOUNS = ("group", "outfit", "organisation", "faction")
UNNAMED_ACTS = (
    "claimed responsibility for {e}",
    "has claimed responsibility for {e}",
    "said it carried out {e}",
)


def _indefinite(article: str, opener: str) -> str:
    """ "a outlawed" is "an outlawed": the article agrees with the word after it."""
    first = opener or "x"
    if article == "a" and first[0] in "aeiou":
        return "an"
    if article == "an" and first[0] not in "aeiou":
        return "a"
    return article


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(PEOPLES),
    st.sampled_from(ARTICLES),
    st.sampled_from(OPENERS),
    st.sampled_from(KINDS),
    st.sampled_from(KIND_NOUNS),
    st.sampled_from(UNNAMED_ACTS),
    st.sampled_from(EVENTS),
)
def test_an_unnamed_group_of_a_people_names_no_actor(
    people: str, article: str, opener: str, kind: str, noun: str, act: str, event: str
) -> None:
    article = _indefinite(article, opener or people.lower())
    subject = f"{article} {opener}{people} {kind}{noun}"
    text = f"{subject[0].upper()}{subject[1:]} {act.format(e=event)}."
    assert read_attributions(text) == set()


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(PEOPLES),
    st.sampled_from(OPENERS),
    st.sampled_from(KINDS),
    st.sampled_from(KIND_NOUNS),
    st.sampled_from(EVENTS),
)
def test_the_named_group_an_unnamed_description_stands_beside_still_claims(
    people: str, opener: str, kind: str, noun: str, event: str
) -> None:
    article = _indefinite("a", opener or people.lower())
    text = (
        f"The Okvara Front, {article} {opener}{people} {kind}{noun}, claimed responsibility "
        f"for {event}."
    )
    assert read_attributions(text) == {("Okvara Front", C)}


# (as written, as read)
NAMED = (
    ("the Okvara Front", "Okvara Front"),
    ("the Okvara Front (OF)", "Okvara Front"),
    ("the Okvara Front (OF) group", "Okvara Front"),
    ("Velka Brigade", "Velka Brigade"),
    ("al-Shabaab", "al-Shabaab"),
    ("the Islamic State (IS) group", "Islamic State"),
)
POINTERS = ("pointed to", "named", "identified", "singled out")
SPEAKERS = ("The interior ministry", "Police", "Officials", "The minister")
HEDGES = ("likely ", "most likely ", "probable ", "possible ")
ROLES = ("perpetrator", "culprit", "culprits")
ROLE_TAILS = ("", " of {e}", " behind {e}")


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(SPEAKERS),
    st.sampled_from(POINTERS),
    st.sampled_from(NAMED),
    st.sampled_from(HEDGES),
    st.sampled_from(ROLES),
    st.sampled_from(ROLE_TAILS),
    st.sampled_from(EVENTS),
)
def test_a_group_pointed_to_as_the_likely_perpetrator_is_suspected(
    speaker: str,
    pointer: str,
    named: tuple[str, str],
    hedge: str,
    role: str,
    tail: str,
    event: str,
) -> None:
    written, actor = named
    text = f"{speaker} {pointer} {written} as the {hedge}{role}{tail.format(e=event)}."
    assert read_attributions(text) == {(actor, S)}


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(SPEAKERS),
    st.sampled_from(NAMED),
    st.sampled_from(("perpetrator", "perpetrators", "culprit", "culprits")),
    st.sampled_from(EVENTS),
)
def test_a_group_pointed_to_as_the_perpetrator_is_blamed(
    speaker: str, named: tuple[str, str], role: str, event: str
) -> None:
    written, actor = named
    text = f"{speaker} pointed to {written} as the {role} of {event}."
    assert read_attributions(text) == {(actor, A)}


CLAIMANTS = (
    ("The Okvara Front", "Okvara Front"),
    ("Velka Brigade", "Velka Brigade"),
    ("Al-Shabaab", "al-Shabaab"),
    ("The Islamic State group", "Islamic State"),
)
WHEN = ("", " late Sunday", " on Monday")
MEDIA = ("on Okvara Radio", "via Telegram", "on its website", "through Velka News")
APPOSITIONS = (
    "the media arm of the group",
    "its propaganda outlet",
    "a channel it runs",
    "the news agency of the militant group",
)
CONTENTS = ("it carried out {e}", "it was behind {e}", "its fighters carried out {e}")


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(CLAIMANTS),
    st.sampled_from(WHEN),
    st.sampled_from(MEDIA),
    st.sampled_from(APPOSITIONS),
    st.sampled_from(CONTENTS),
    st.sampled_from(EVENTS),
)
def test_a_statement_placed_on_a_medium_set_off_by_an_apposition_is_a_claim(
    claimant: tuple[str, str], when: str, medium: str, apposition: str, content: str, event: str
) -> None:
    written, actor = claimant
    text = (
        f"{written} said in a statement{when} {medium}, {apposition}, that "
        f"{content.format(e=event)}."
    )
    assert read_attributions(text) == {(actor, C)}


# A group's own naming of its attacker, and its own word for the attack, tell its claim.
OWN_OPENERS = ("", "In its statement, ", "On Monday, ")
IDENTIFIERS = ("identified", "named")
ROLES_OWN = ("perpetrator", "perpetrators")
ROLE_EVENTS = ("", " of {e}", " behind {e}", " in {e}")
PERSONS = ("Karim Velka", "\u201cthe martyr Karim Velka\u201d", "two brothers from Dunmar")


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(OWN_OPENERS),
    st.sampled_from(CLAIMANTS),
    st.sampled_from(IDENTIFIERS),
    st.sampled_from(ROLES_OWN),
    st.sampled_from(ROLE_EVENTS),
    st.sampled_from(PERSONS),
    st.sampled_from(EVENTS),
)
def test_a_group_naming_the_perpetrator_claims_the_attack(
    opener: str,
    claimant: tuple[str, str],
    verb: str,
    role: str,
    tail: str,
    person: str,
    event: str,
) -> None:
    written, actor = claimant
    if opener:
        written = written[0].lower() + written[1:] if written.startswith("The ") else written
    text = f"{opener}{written} {verb} the {role}{tail.format(e=event)} as {person}."
    assert read_attributions(text) == {(actor, C)}


def test_a_speaker_naming_the_perpetrator_blames_no_one() -> None:
    assert (
        read_attributions("Police identified the perpetrator of the bombing as Karim Velka.")
        == set()
    )


OWN_WORDS = ("fidayeen", "fidayee", "martyrdom", "istishhadi")
OWN_NOUNS = ("attack", "operation", "mission")
OWN_FRAMES = (
    "said that it was {a} {w} {n}",
    "said it was {a} {w} {n}",
    "said in a statement on Telegram that {e} was {a} {w} {n}",
    "described {e} as {a} {w} {n}",
    "called it {a} {w} {n}",
)


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(CLAIMANTS),
    st.sampled_from(OWN_WORDS),
    st.sampled_from(OWN_NOUNS),
    st.sampled_from(OWN_FRAMES),
    st.sampled_from(EVENTS),
)
def test_a_group_calling_the_attack_by_its_own_word_claims_it(
    claimant: tuple[str, str], word: str, noun: str, frame: str, event: str
) -> None:
    written, actor = claimant
    article = "an" if word[0] in "aeiou" else "a"
    text = f"{written} {frame.format(a=article, w=word, n=noun, e=event)}."
    assert read_attributions(text) == {(actor, C)}


def test_a_speaker_calling_it_a_suicide_attack_names_no_one() -> None:
    assert read_attributions("Police said it was a suicide attack.") == set()


# A speaker's description of the men held as a group's members tells whose they are.
KNOWN = (
    ("the Islamic State group", "Islamic State"),
    ("al-Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"),
)
HELD = ("men", "suspects", "people")
DESCRIBERS = ("he", "she", "police", "officials")
HELD_FRAMES = (
    "{n} {h} {d} described as members of {a} had been arrested in {e}",
    "{n} {h}, {d} described as members of {a}, had been arrested",
    "{n} {h} {d} described as members of {a} were detained over {e}",
)


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(("two", "three", "four")),
    st.sampled_from(HELD),
    st.sampled_from(DESCRIBERS),
    st.sampled_from(KNOWN),
    st.sampled_from(HELD_FRAMES),
    st.sampled_from(EVENTS),
)
def test_the_held_described_as_a_groups_members_are_its(
    number: str, held: str, describer: str, named: tuple[str, str], frame: str, event: str
) -> None:
    written, actor = named
    clause = frame.format(n=number, h=held, d=describer, a=written, e=event)
    text = f"The interior minister said that {clause}."
    assert read_attributions(text) == {(actor, A)}
