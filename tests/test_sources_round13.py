"""Reporting frames, round 13: speakers behind a relative clause, adverbs of officialdom.

Invented names only (Zelvania, Okvara, Dunmar, Velka). Each grammar draws one reporting
frame of a kind that news uses in general and asks :func:`find_source` for the figure's
speaker.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.segment import DocContext
from claimrecon.extract.sources import find_source
from claimrecon.models import Document, Source, SourceKind
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()


def source_of(text: str, claim: str) -> Source:
    ctx = DocContext(Document(id="d", text=text), LEX)
    start = text.index(claim)
    return find_source(ctx, start, start + len(claim))


# (speaker as written, its kind)
SPEAKERS = st.sampled_from(
    [
        ("Several security sources", SourceKind.OFFICIAL),
        ("Hospital sources", SourceKind.OFFICIAL),
        ("Police officials", SourceKind.OFFICIAL),
        ("Two witnesses", SourceKind.WITNESS),
        ("Residents", SourceKind.WITNESS),
        ("A Zelvanian army officer", SourceKind.OFFICIAL),
    ]
)
RELATIVES = st.sampled_from(
    [
        "who were on the scene",
        "who asked not to be named",
        "who spoke on condition of anonymity because they were not authorised to brief",
        "who fled Okvara on Monday",
        "who insisted on anonymity",
        "who were in the company of the governor of Velka",
    ]
)
VERBS = st.sampled_from(["said", "say", "told reporters", "told the Dunmar Times", "said that"])
COUNTS = st.integers(min_value=2, max_value=900)


@given(SPEAKERS, RELATIVES, VERBS, COUNTS)
def test_speaker_before_a_relative_clause_speaks(
    speaker: tuple[str, SourceKind], relative: str, verb: str, count: int
) -> None:
    name, kind = speaker
    text = f"{name} {relative} {verb} {count} people were killed in Okvara."
    source = source_of(text, f"{count} people")
    assert (source.name, source.kind) == (name, kind)


@given(SPEAKERS, RELATIVES, COUNTS)
def test_relative_clause_set_off_by_a_comma_before_the_verb(
    speaker: tuple[str, SourceKind], relative: str, count: int
) -> None:
    name, kind = speaker
    text = f"{name} {relative}, said, however, that {count} people were killed in Okvara."
    source = source_of(text, f"{count} people")
    assert (source.name, source.kind) == (name, kind)


@given(SPEAKERS, RELATIVES, COUNTS)
def test_relative_clause_of_the_figure_leaves_the_closing_speaker(
    speaker: tuple[str, SourceKind], relative: str, count: int
) -> None:
    # "20 soldiers who were hurt, the sources said": the soldiers are counted, not heard.
    name, kind = speaker
    text = f"The army evacuated {count} soldiers who were wounded, {name.lower()} said."
    source = source_of(text, f"{count} soldiers")
    assert source.kind is kind


@given(st.sampled_from(["Officially", "officially"]), COUNTS, COUNTS, SPEAKERS)
def test_adverb_of_officialdom_opens_an_official_count(
    adverb: str, first: int, second: int, speaker: tuple[str, SourceKind]
) -> None:
    name, kind = speaker
    lead = "In Velka, " if adverb.islower() else ""
    text = (
        f"{lead}{adverb}, {first} people were killed in the attack on Okvara, but "
        f"{name.lower()} {'say' if name.endswith('s') else 'says'} that at least "
        f"{first + second} people were killed."
    )
    official = source_of(text, f"{first} people")
    assert (official.name, official.kind) == (adverb, SourceKind.OFFICIAL)
    rival = source_of(text, f"{first + second} people")
    assert rival.kind is kind


@given(COUNTS, COUNTS)
def test_adverb_of_officialdom_ends_with_its_clause(first: int, second: int) -> None:
    text = f"Officially, {first} were killed in Dunmar, but the real toll is {first + second}."
    assert source_of(text, f"{first + second}.").name is None


@given(COUNTS)
def test_unofficially_names_no_official(count: int) -> None:
    text = f"Unofficially, {count} people died in Zelvania."
    source = source_of(text, f"{count} people")
    assert (source.name, source.kind) == ("Unofficially", SourceKind.UNKNOWN)


@given(
    st.sampled_from(["a security official", "a police officer", "a hospital official"]),
    st.sampled_from(["The Dunmar Times", "The Okvara Post", "Velka News"]),
    COUNTS,
)
def test_wire_saying_an_official_said_is_the_official_via_the_wire(
    official: str, wire: str, count: int
) -> None:
    # "the Dunmar Times said a security official said": no "that" between the frames.
    text = f"{wire} said {official} said {count} people died in Velka."
    source = source_of(text, f"{count} people")
    assert (source.name, source.kind) == (official, SourceKind.OFFICIAL)
    assert [v.name for v in source.via] == [wire.removeprefix("The ")]


OUTLETS = st.sampled_from(["Reuters", "The Dunmar Times", "Velka TV", "Okvara News"])


@given(OUTLETS, COUNTS)
def test_present_progressive_reports(outlet: str, count: int) -> None:
    name = outlet.removeprefix("The ")  # an outlet goes by its name, without the article
    closing = source_of(f"{count} people were killed in Velka, {outlet} is reporting.", "people")
    opening = source_of(f"{outlet} is reporting that {count} people were killed.", "people")
    both = source_of(f"Both {name} and Zelvania Radio are reporting {count} dead.", "dead")
    assert (closing.name, opening.name) == (name, name)
    assert both.name == f"{name} and Zelvania Radio"
    assert {closing.kind, opening.kind, both.kind} == {SourceKind.MEDIA}


@given(SPEAKERS, st.sampled_from(["a witness", "one resident", "a local doctor"]), COUNTS)
def test_with_someone_saying_gives_the_count_to_that_someone(
    speaker: tuple[str, SourceKind], other: str, count: int
) -> None:
    # "..., police said, with a witness saying ...": the witness, not the police.
    name, _ = speaker
    text = (
        f"A car bomb exploded outside Okvara, killing the driver, {name.lower()} said, "
        f"with {other} saying there were at least {count} bodies."
    )
    assert source_of(text, f"{count} bodies").name == other
    assert source_of(text, "the driver").name == name.lower()


@given(
    st.sampled_from(["Okvara police", "The Velka interior ministry", "Dunmar officials"]),
    st.sampled_from(["as of Sunday evening", "as of 1:20 pm on Monday", "as of noon"]),
    COUNTS,
)
def test_as_of_dates_what_is_said(speaker: str, when: str, count: int) -> None:
    text = f"{speaker} said {when} that {count} people were killed."
    assert source_of(text, f"{count} people").name == speaker


@given(
    st.sampled_from(["Okvara hospital explosion", "Velka market attack", "Dunmar police raid"]),
    COUNTS,
)
def test_headline_naming_the_event_before_a_colon_names_no_speaker(event: str, count: int) -> None:
    text = f"{event}: At least {count} killed, dozens injured"
    assert source_of(text, f"{count} killed").name is None


@given(
    OUTLETS,
    st.sampled_from(["quoting", "citing"]),
    st.sampled_from(
        [
            ("deputy Velka governor Ana Dunmar", SourceKind.OFFICIAL),
            ("the Okvara health ministry", SourceKind.OFFICIAL),
            ("a spokesman for the Zelvania Red Crescent", SourceKind.NGO),
        ]
    ),
    COUNTS,
)
def test_wire_quoting_someone_after_a_quotation_relays_that_someone(
    outlet: str, verb: str, quoted: tuple[str, SourceKind], count: int
) -> None:
    name, kind = quoted
    text = f'"{count} people have been killed," {outlet} reported, {verb} {name}.'
    source = source_of(text, f"{count} people")
    assert (source.name, source.kind) == (name, kind)
    assert [v.name for v in source.via] == [outlet.removeprefix("The ")]


@given(
    st.sampled_from(["head", "director", "chief"]),
    st.sampled_from(
        [
            ("the Velka police department", SourceKind.OFFICIAL),
            ("Okvara's interior ministry", SourceKind.OFFICIAL),
            ("the Dunmar Red Crescent", SourceKind.NGO),
        ]
    ),
    COUNTS,
)
def test_a_role_of_a_body_speaks_for_the_body(
    role: str, body: tuple[str, SourceKind], count: int
) -> None:
    name, kind = body
    text = f"{count} people were arrested, the {role} of {name} said."
    assert source_of(text, f"{count} people").kind is kind


@given(st.sampled_from(["also", "later", "officially"]), COUNTS)
def test_passive_with_an_adverb_is_no_speaker(adverb: str, count: int) -> None:
    text = f"A member of the Velka police was {adverb} confirmed among the {count} dead."
    assert source_of(text, f"{count} dead").name is None


@given(
    st.sampled_from(["Ana Dunmar", "Kunwar Velka Singh", "Jonas Okvara"]),
    st.sampled_from(
        [
            ("Deputy Inspector General of police for the Velka region", SourceKind.OFFICIAL),
            ("Zelvania Red Crescent director of operations", SourceKind.NGO),
            ("Interior Ministry spokesman for the north", SourceKind.OFFICIAL),
        ]
    ),
    st.sampled_from(["said", "told reporters", "told the Dunmar Times"]),
    COUNTS,
)
def test_a_name_then_its_capitalised_role_names_the_person(
    name: str, role: tuple[str, SourceKind], verb: str, count: int
) -> None:
    title, kind = role
    text = f'"{count} people are dead," {name}, {title}, {verb}.'
    source = source_of(text, f"{count} people")
    assert (source.name, source.kind) == (name, kind)


@given(st.sampled_from(["A Velka police spokesman", "The Okvara army chief"]), COUNTS)
def test_a_role_then_the_name_still_names_the_person(role: str, count: int) -> None:
    text = f"{role}, Ana Dunmar, said {count} people died."
    assert source_of(text, f"{count} people").name == "Ana Dunmar"


@given(
    st.sampled_from(
        [
            ("There were reports that", "reports"),
            ("Ana Dunmar did not confirm reports that", "reports"),
            ("Okvara officials denied earlier reports that", "earlier reports"),
            ("Velka police, correcting unconfirmed reports that", "unconfirmed reports"),
        ]
    ),
    COUNTS,
)
def test_reports_that_speak_for_what_they_say(opening: tuple[str, str], count: int) -> None:
    lead, name = opening
    text = f"{lead} {count} people had been killed in Zelvania."
    source = source_of(text, f"{count} people")
    assert (source.name, source.kind) == (name, SourceKind.UNKNOWN)


@given(COUNTS)
def test_a_report_owned_by_its_speaker_is_no_speaker_of_its_own(count: int) -> None:
    text = f"The Velka ministry said its initial report that {count} died was wrong."
    assert source_of(text, f"{count} died").name != "initial report"


@given(
    st.sampled_from(["the death toll", "the toll", "the official tally", "the number of dead"]),
    st.sampled_from(["has now increased by", "rose by", "has climbed by"]),
    COUNTS,
)
def test_a_toll_is_never_its_own_speaker(toll: str, verb: str, count: int) -> None:
    text = f"Two days after the Okvara attack, {toll} {verb} {count} more people."
    assert source_of(text, f"{count} more").name is None
