from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.segment import MAX_SENTENCE, DocContext
from claimrecon.extract.sources import DOCUMENT_VOICE, classify_speaker, find_source
from claimrecon.models import Document, Source, SourceKind
from claimrecon.vocab import Lexicon

OFFICIAL, MILITANT, MEDIA = SourceKind.OFFICIAL, SourceKind.MILITANT, SourceKind.MEDIA
NGO, EXPERT, WITNESS, UNKNOWN = (
    SourceKind.NGO,
    SourceKind.EXPERT,
    SourceKind.WITNESS,
    SourceKind.UNKNOWN,
)


def source_of(text: str, claim: str, lexicon: Lexicon | None = None) -> Source:
    ctx = DocContext(Document(id="d", text=text), lexicon or Lexicon.default())
    start = text.index(claim)
    return find_source(ctx, start, start + len(claim))


@pytest.mark.parametrize(
    ("text", "claim", "name", "kind"),
    [
        # speaker and verb closing the sentence
        (
            "Five people were killed in the blast, a police spokesman said.",
            "Five people",
            "a police spokesman",
            OFFICIAL,
        ),
        (
            "Gunmen killed eight villagers overnight, witnesses said.",
            "eight villagers",
            "witnesses",
            WITNESS,
        ),
        (
            "The attack killed 12 soldiers, the army said in a statement on Sunday.",
            "12 soldiers",
            "the army",
            OFFICIAL,
        ),
        ("Ten militants were killed, the Taliban said.", "Ten militants", "Taliban", MILITANT),
        (
            "Twelve people were killed, The New York Times reported.",
            "Twelve people",
            "New York Times",
            MEDIA,
        ),
        (
            "At least 40 people died, said Abdul Rahman, a local resident.",
            "40 people",
            "Abdul Rahman",
            WITNESS,
        ),
        (
            "The toll rose to 31, provincial officials told AFP.",
            "31",
            "provincial officials",
            OFFICIAL,
        ),
        # speaker and verb before the claim
        (
            "Provincial governor Mohammad Halim told Reuters that 12 people had been killed.",
            "12 people",
            "Provincial governor Mohammad Halim",
            OFFICIAL,
        ),
        (
            "The UN mission said 14 civilians were among the dead.",
            "14 civilians",
            "The UN mission",
            NGO,
        ),
        (
            "The Pentagon said two U.S. service members were killed.",
            "two U.S. service members",
            "The Pentagon",
            OFFICIAL,
        ),
        (
            "Human Rights Watch said at least 50 civilians had been killed.",
            "50 civilians",
            "Human Rights Watch",
            NGO,
        ),
        (
            "Security sources said 15 attackers were killed.",
            "15 attackers",
            "Security sources",
            OFFICIAL,
        ),
        (
            "Afghan officials, speaking on condition of anonymity, said 10 were killed.",
            "10 were killed",
            "Afghan officials",
            OFFICIAL,
        ),
        (
            "Taliban spokesman Zabihullah Mujahid said 20 soldiers were killed.",
            "20 soldiers",
            "Taliban spokesman Zabihullah Mujahid",
            MILITANT,
        ),
        (
            "A Taliban spokesman, Zabihullah Mujahid, said 20 soldiers were killed.",
            "20 soldiers",
            "Zabihullah Mujahid",
            MILITANT,
        ),
        (
            "Residents said 20 homes were burned and 6 people killed.",
            "6 people killed",
            "Residents",
            WITNESS,
        ),
        ("The Red Cross said 200 people were displaced.", "200 people", "The Red Cross", NGO),
        (
            "Boko Haram, however, claims that 30 soldiers died, including two officers.",
            "two officers",
            "Boko Haram",
            MILITANT,
        ),
        (
            "IS, however, claims that 27 people have been killed, including seven policemen.",
            "seven policemen",
            "Islamic State",
            MILITANT,
        ),
        ("The Washington Post reported that 9 people died.", "9 people", "Washington Post", MEDIA),
        (
            "Researchers estimated that 400 fighters were killed.",
            "400 fighters",
            "Researchers",
            EXPERT,
        ),
        (
            "Officials said 40 people were wounded and police said 5 were arrested.",
            "5 were arrested",
            "police",
            OFFICIAL,
        ),
        (
            "Six soldiers were killed, the Pentagon said, adding that two others were wounded.",
            "Six soldiers",
            "the Pentagon",
            OFFICIAL,
        ),
        (
            "Six soldiers were killed, the Pentagon said, adding that two others were wounded.",
            "two others",
            "the Pentagon",
            OFFICIAL,
        ),
        (
            '"Twenty bodies were brought in," said Dr. Ali Shah, the hospital director.',
            "Twenty bodies",
            "Dr. Ali Shah",
            OFFICIAL,
        ),
        (
            "The blast killed at least 18 people, said Nasrat Rahimi, a spokesman for the "
            "interior ministry.",
            "18 people",
            "Nasrat Rahimi",
            OFFICIAL,
        ),
        (
            "At least 18 people were killed, Interior Ministry spokesman Nasrat Rahimi told "
            "reporters.",
            "18 people",
            "Interior Ministry spokesman Nasrat Rahimi",
            OFFICIAL,
        ),
        (
            "The Syrian Observatory for Human Rights, a Britain-based war monitor, said 40 "
            "fighters were killed.",
            "40 fighters",
            "The Syrian Observatory for Human Rights",
            NGO,
        ),
        (
            "Local residents told the BBC that dozens of bodies lay in the streets.",
            "dozens of bodies",
            "Local residents",
            WITNESS,
        ),
        (
            "Syrian state media reported that 12 civilians died in the shelling.",
            "12 civilians",
            "Syrian state media",
            MEDIA,
        ),
        (
            "The U.N. refugee agency estimated that 300,000 people had fled.",
            "300,000 people",
            "The U.N. refugee agency",
            NGO,
        ),
        (
            "The attack, which officials said killed 12 people, was the deadliest this year.",
            "12 people",
            "officials",
            OFFICIAL,
        ),
        (
            "In a statement, the Islamic State said its fighters had killed 40 soldiers.",
            "40 soldiers",
            "Islamic State",
            MILITANT,
        ),
        (
            "Police said 5 died, while the Taliban claimed 20 soldiers were killed.",
            "20 soldiers",
            "Taliban",
            MILITANT,
        ),
        ("IS claimed 27 deaths.", "27 deaths", "Islamic State", MILITANT),
        (
            "Police said the bomb exploded in a market, killing 5 people.",
            "5 people",
            "Police",
            OFFICIAL,
        ),
        (
            "Militants claimed the raid and said they had killed 20 soldiers.",
            "20 soldiers",
            "Militants",
            MILITANT,
        ),
        (
            "Up to 500 people may have died, a local lawmaker and residents said on Thursday.",
            "500 people",
            "a local lawmaker and residents",
            WITNESS,
        ),
        (
            "At least 145 people were killed, witnesses said Thursday.",
            "145 people",
            "witnesses",
            WITNESS,
        ),
        (
            "The National Emergency Agency in a statement on Thursday said six people were killed.",
            "six people",
            "The National Emergency Agency",
            OFFICIAL,
        ),
        (
            "In a statement, the militant group claimed the attack killed 15 people.",
            "15 people",
            "the militant group",
            MILITANT,
        ),
        # according to
        (
            "At least 30 people died, according to a statement from the Interior Ministry.",
            "30 people",
            "the Interior Ministry",
            OFFICIAL,
        ),
        ("According to the BBC, 12 people died.", "12 people", "BBC", MEDIA),
        ("According to police, five people were wounded.", "five people", "police", OFFICIAL),
        (
            "According to the Military Times, two leaders were killed.",
            "two leaders",
            "Military Times",
            MEDIA,
        ),
        (
            "According to the UN, over 900,000 people have been displaced.",
            "900,000 people",
            "the UN",
            NGO,
        ),
        # headlines
        (
            "US general: Taliban may be behind Kabul attack",
            "Taliban may be behind",
            "US general",
            OFFICIAL,
        ),
    ],
)
def test_named_speakers(text: str, claim: str, name: str, kind: SourceKind) -> None:
    source = source_of(text, claim)
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Seven people were killed in the attack on Monday.", "Seven people"),
        ("After 5 people were killed, police said they had arrested two suspects.", "5 people"),
        ("Five people were killed and officials said the attack was over.", "Five people"),
        ("Gunmen stormed the hotel. Ten guests died, officials said.", "Gunmen stormed"),
        ("Three people died in the fire.", "Three people"),
        (
            "ISIS claimed responsibility for a bomb attack that killed at least 19 people.",
            "19 people",
        ),
        ("The attack was said to have killed 12 people.", "12 people"),
        ("Police said 5 died, but the toll is likely to rise to 12.", "12"),
        ("The army said 5 soldiers died as shown by the footage of 12 bodies.", "12 bodies"),
    ],
)
def test_document_voice(text: str, claim: str) -> None:
    assert source_of(text, claim) == DOCUMENT_VOICE


def test_quotation_over_two_sentences_belongs_to_speaker_after_it() -> None:
    text = (
        '"The raid was the worst this year. Gunmen killed over 40 people in an hour," '
        "Jane Roe, a security analyst at the Example Institute, told the Daily Star."
    )
    source = source_of(text, "over 40 people")
    assert (source.name, source.kind) == ("Jane Roe", EXPERT)


def test_quotation_with_speaker_before_it() -> None:
    text = 'Col. Ann Lee, speaking from her base, says the army "counted 12 dead attackers".'
    source = source_of(text, "12 dead attackers")
    assert (source.name, source.kind) == ("Col. Ann Lee", OFFICIAL)


def test_inverted_quotation_attribution() -> None:
    text = '"The attackers have all been killed", said Kabul police chief Ali Daud.'
    source = source_of(text, "attackers have all been killed")
    assert (source.name, source.kind) == ("Kabul police chief Ali Daud", OFFICIAL)


def test_pronoun_resolves_to_named_speaker_earlier_in_paragraph() -> None:
    text = (
        "But Omar Said, a Kabul-based security analyst, drew a line. "
        '"Gunmen killed eleven guards at the gate," he stated.'
    )
    source = source_of(text, "eleven guards")
    assert (source.name, source.kind) == ("Omar Said", EXPERT)


def test_pronoun_resolves_across_paragraphs() -> None:
    text = (
        "John Smith, an analyst at the Crisis Group, said the group had lost 300 fighters.\n"
        '"They lost 40 more in June," he said.'
    )
    source = source_of(text, "40 more")
    assert (source.name, source.kind) == ("John Smith", EXPERT)


def test_pronoun_resolves_to_a_person_named_by_role() -> None:
    text = (
        "A doctor at the city hospital confirmed that 13 people had died, although he "
        "said 11 were wounded."
    )
    source = source_of(text, "11 were wounded")
    assert source.kind is OFFICIAL  # a doctor at a hospital speaks for the hospital
    assert source.name is not None and source.name.startswith("A doctor")


def test_quotation_continues_the_speaker_of_the_one_before() -> None:
    text = (
        '"I saw a motorcycle explode," witness Sher Khan told Reuters. '
        '"I helped carry three bodies. Four people were also wounded."'
    )
    source = source_of(text, "Four people")
    assert (source.name, source.kind) == ("witness Sher Khan", WITNESS)


def test_participle_reports_for_the_subject_of_its_clause() -> None:
    text = "The interior ministry gave a lower toll, saying seven civilians were killed."
    source = source_of(text, "seven civilians")
    assert (source.name, source.kind) == ("The interior ministry", OFFICIAL)


def test_complement_verb_with_an_aside_before_it() -> None:
    text = "The Taliban, in a statement on Voice of Jihad, claimed its bomber killed 37 officials."
    assert source_of(text, "37 officials").kind is MILITANT


def test_unresolved_pronoun_stays_unknown() -> None:
    source = source_of('"At least ten people died," he said.', "ten people died")
    assert (source.name, source.kind) == ("he", UNKNOWN)


def test_pronoun_after_an_organisation_is_not_resolved() -> None:
    text = 'The ministry said the attack was over.\n"Nine guards died," he said.'
    assert source_of(text, "Nine guards").kind is UNKNOWN


def test_surname_takes_the_kind_of_the_full_mention() -> None:
    text = (
        "Police chief Ali Khan said 3 were killed at the gate.\nKhan added that 4 others were hurt."
    )
    source = source_of(text, "4 others")
    assert (source.name, source.kind) == ("Khan", OFFICIAL)


def test_nested_frames_make_a_chain() -> None:
    text = (
        "The Associated Press reports that a senior police official says at least one "
        "of the explosions was a car bomb."
    )
    source = source_of(text, "at least one")
    assert (source.name, source.kind) == ("a senior police official", OFFICIAL)
    assert [(s.name, s.kind) for s in source.via] == [("Associated Press", MEDIA)]


def test_militant_outlet_speaks_for_its_group() -> None:
    source = source_of("Amaq said 27 people were killed.", "27 people")
    assert (source.name, source.kind) == ("Islamic State", MILITANT)
    assert [s.name for s in source.via] == ["Amaq"]


def test_inner_frame_in_a_quotation_is_relayed_by_the_speaker() -> None:
    text = '"Police told us 17 bodies were found," Sara Diaz, a local resident, told AFP.'
    source = source_of(text, "17 bodies")
    assert (source.name, source.kind) == ("Police", OFFICIAL)
    assert [(s.name, s.kind) for s in source.via] == [("Sara Diaz", WITNESS)]


def test_claim_outside_any_sentence_is_document_voice() -> None:
    ctx = DocContext(Document(id="d", text="   "), Lexicon.default())
    assert find_source(ctx, 0, 2) == DOCUMENT_VOICE


def test_lexicon_extension_adds_a_source_noun() -> None:
    text = "Four people drowned, the coastguard said."
    assert source_of(text, "Four people").kind is UNKNOWN
    extended = Lexicon.default().extend({"sources": {"nouns": {"coastguard": "official"}}})
    assert source_of(text, "Four people", extended).kind is OFFICIAL


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("a Middle East expert at the Brookings Institution", EXPERT),
        ("Taliban spokesman", MILITANT),
        ("a spokesman for the Taliban", MILITANT),
        ("a spokesman for the UN mission", NGO),
        ("a Human Rights Watch researcher", NGO),
        ("an expert on the Taliban", EXPERT),
        ("Kabul police chief", OFFICIAL),
        ("USA general", OFFICIAL),
        ("Gen. John Doe", OFFICIAL),
        ("the Daily Tribune", MEDIA),
        ("Amaq News Agency", MILITANT),
        ("one Shinwar resident", WITNESS),
        ("a journalist and author", MEDIA),
        ("Jane Doe", UNKNOWN),
        ("the apple growers", UNKNOWN),
        ("ap", UNKNOWN),  # short keys count only in capitals
    ],
)
def test_classify_speaker(phrase: str, kind: SourceKind) -> None:
    assert classify_speaker(phrase) is kind


# --- properties and bad input -------------------------------------------------------------

words = st.sampled_from(
    ["said", "says", "told", "according", "to", "police", "he", "she", "Taliban", "IS", "the",
     "a", ",", ".", '"', "\u201c", "\u201d", ":", "officials", "killed", "5", "Reuters", "that",
     "John", "Smith", "analyst", "(", ")", "\n", "however", "claims", "Amaq", "'s"]
)  # fmt: skip
sentences = st.lists(words, max_size=60).map(" ".join)


@given(text=sentences | st.text(max_size=300), data=st.data())
def test_find_source_never_crashes_and_is_deterministic(text: str, data: st.DataObject) -> None:
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    first = find_source(ctx, start, end)
    again = find_source(DocContext(Document(id="d", text=text), Lexicon.default()), start, end)
    assert first == again
    assert isinstance(first.kind, SourceKind)
    if first.name is not None:
        assert first.name.strip()


@pytest.mark.parametrize(
    "text",
    [
        '"' * 20_000,
        "said " * 20_000,
        ", " * 30_000 + "said police.",
        "according to " * 10_000,
        "A, B, C, D, " * 5_000 + "officials said 5 died.",
        "\u201c" * 10_000 + "killed" + "\u201d" * 10_000,
        "he said. " * 5_000,
        "X: " * 10_000,
        "Aa Bb " * 20_000 + "said 5 died.",
        "IS claimed\ufffd the attack\x00, police\x07 said \U0001f4a5 5 died.",
        "\u202eIS\u200b claimed responsibility, \u201cpolice said\u201d\x0c",
    ],
)
def test_adversarial_text_finishes(text: str) -> None:
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    for offset in (0, len(text) // 2, max(0, len(text) - 8)):
        source = find_source(ctx, offset, min(len(text), offset + 8))
        assert isinstance(source.kind, SourceKind)


# --- gold ----------------------------------------------------------------------------------


def test_golden_source_kinds(seeds_dir):
    from claimrecon.gold import read_gold, score
    from claimrecon.pipeline import extract_report

    gold = read_gold(seeds_dir / "gold.json")
    scores = score(gold, extract_report(gold.documents()))
    assert scores.source_kind.accuracy >= 0.90, scores.format()
    assert scores.source_kind.total >= 20, scores.format()


# --- bounded work in a run-on "sentence" --------------------------------------------------


def test_speaker_found_in_a_megabyte_sentence_without_punctuation() -> None:
    # One "sentence" of a megabyte: segmentation cuts it into windows, and the speaker is
    # found in the window that holds the claim.
    text = "word, " * 200_000 + "police said at least 12 people were killed, " + "word, " * 200_000
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    assert max(len(s.text) for s in ctx.sentences) <= MAX_SENTENCE
    at = text.index("12")
    source = find_source(ctx, at, at + 2)
    assert source.name == "police"
    assert source.kind is SourceKind.OFFICIAL


# --- round 2: adverbs name no one; staff speak for their institution ---------------------

NGO_KIND, WITNESS_KIND = SourceKind.NGO, SourceKind.WITNESS


@pytest.mark.parametrize(
    ("text", "claim", "name", "kind"),
    [
        (
            '"We have so far confirmed 15 dead," the officer told AP by phone.',
            "15 dead",
            "the officer",
            OFFICIAL,
        ),
        (
            '"Fifteen people have died so far," the officer said by phone.',
            "Fifteen",
            "the officer",
            OFFICIAL,
        ),
        (
            "So far 15 people have been confirmed dead, the officer told Reuters by phone.",
            "15 people",
            "the officer",
            OFFICIAL,
        ),
        (
            "At least 12 people were killed, the ministry said late on Monday.",
            "12 people",
            "the ministry",
            OFFICIAL,
        ),
        (
            '"We counted 12 bodies," a police officer said late on Monday.',
            "12 bodies",
            "a police officer",
            OFFICIAL,
        ),
        (
            '"I saw 20 bodies," survivor Musa Ali said by telephone.',
            "20 bodies",
            "survivor Musa Ali",
            WITNESS_KIND,
        ),
        (
            "Twelve people died, a doctor at the hospital said.",
            "Twelve",
            "a doctor at the hospital",
            OFFICIAL,
        ),
        ("Twelve people died, hospital officials said.", "Twelve", "hospital officials", OFFICIAL),
        (
            "Twelve people died, a nurse at an MSF clinic said.",
            "Twelve",
            "a nurse at an MSF clinic",
            NGO_KIND,
        ),
        ("Twelve people died, Save the Children said.", "Twelve", "Save the Children", NGO_KIND),
        ("Twelve people died, the ICRC said.", "Twelve", "the ICRC", NGO_KIND),
        (
            "Twelve people died, a police officer, Captain Ali Khan, said.",
            "Twelve",
            "Captain Ali Khan",
            OFFICIAL,
        ),
    ],
)
def test_round_two_sources(text: str, claim: str, name: str, kind: SourceKind) -> None:
    source = source_of(text, claim)
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "claim", "name", "kind"),
    [
        (
            "Al-Shabaab claimed the attack. The group said its fighters had killed 30 people.",
            "30 people",
            "al-Shabaab",
            MILITANT,
        ),
        (
            "The Israeli military struck the camp. The military said 12 militants were killed.",
            "12 militants",
            "Israeli military",
            OFFICIAL,
        ),
        (
            "Boko Haram and ISWAP are active. The group said 12 soldiers died.",
            "12 soldiers",
            "The group",
            SourceKind.UNKNOWN,
        ),
    ],
)
def test_back_reference_speaks_for_the_one_actor(
    text: str, claim: str, name: str, kind: SourceKind
) -> None:
    source = source_of(text, claim)
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize(
    "word", ["so far", "by phone", "on Sunday", "late on Monday", "earlier", "later"]
)
def test_adverbs_and_time_phrases_are_never_names(word: str) -> None:
    text = f'"Twelve people died," the officer said {word}.'
    assert source_of(text, "Twelve").name == "the officer"


_POOL = [
    "Al-Shabaab claimed the attack.",
    "Boko Haram fighters raided a village.",
    "The Saudi-led coalition struck a bus.",
    "It rained all day.",
    "Police said 12 people died.",
    "ISWAP and IS are active.",
    "The group said its fighters killed 3.",
    "The coalition said the strike hit a depot.",
]


@given(
    st.lists(st.sampled_from(_POOL), min_size=1, max_size=8), st.sampled_from(["armed", "state"])
)
def test_antecedent_is_an_actor_named_before_it(sentences: list[str], kind: str) -> None:
    from claimrecon.extract.sources import antecedent

    text = " ".join(sentences)
    lexicon = Lexicon.default()
    ctx = DocContext(Document(id="d", text=text), lexicon)
    for s in ctx.sentences:
        actor = antecedent(ctx, s.end - 1, kind)
        if actor is None:
            continue
        before = text[: s.end].lower()
        names = [k for k, v in lexicon.actors.aliases.items() if v == actor]
        assert any(n in before for n in names)
        assert (actor in lexicon.actors.state_actors) == (kind == "state")


@pytest.mark.parametrize(
    ("text", "claim", "name"),
    [
        (
            "A security source, speaking on condition of anonymity, told AFP that at least "
            "25 soldiers were dead.",
            "25 soldiers were dead",
            "a security source",
        ),
        (
            "Nine people were killed, a police source said.",
            "Nine people were killed",
            "a police source",
        ),
        (
            "According to a medical source, 14 people died in the blast.",
            "14 people died",
            "a medical source",
        ),
    ],
)
def test_unnamed_official_sources_are_official(text: str, claim: str, name: str) -> None:
    source = source_of(text, claim)
    assert source.kind is SourceKind.OFFICIAL
    assert source.name is not None and name in source.name.lower()


# --- round 3: toll givers, names as written, earlier mentions, bodies ----------------------

TOLL_GIVERS = st.sampled_from(
    [
        ("The Kenyan Red Cross", NGO),
        ("Belgian authorities", OFFICIAL),
        ("The health ministry", OFFICIAL),
        ("Police", OFFICIAL),
        ("Brussels Mayor Yvan Mayeur", OFFICIAL),
        ("Interior Minister Joseph Nkaissery", OFFICIAL),
        ("Tunisia's health ministry", OFFICIAL),
    ]
)
TOLL_PHRASES = st.sampled_from(
    [
        "put the death toll at {n}",
        "put the number of dead at {n}",
        "had earlier given the death toll at {n}",
        "raised the death toll to {n} on Sunday",
        "has lowered the toll to {n}",
        "revised the toll to {n}",
    ]
)


@given(TOLL_GIVERS, TOLL_PHRASES, st.integers(10, 400))
def test_the_subject_of_a_toll_verb_gives_the_toll(giver: tuple, phrase: str, n: int) -> None:
    """ "The Kenyan Red Cross put the number of dead at 24": the Red Cross says so."""
    name, kind = giver
    text = f"{name} {phrase.format(n=n)}."
    source = source_of(text, str(n))
    assert (source.name, source.kind) == (name, kind)


@given(
    st.sampled_from(["The blast", "The attack", "The explosion", "Monday's bombing"]),
    st.sampled_from(["raised the death toll to {n}", "claimed {n} lives", "put the toll at {n}"]),
    st.integers(10, 400),
)
def test_an_event_is_no_speaker(event: str, phrase: str, n: int) -> None:
    assert source_of(f"{event} {phrase.format(n=n)}.", str(n)) == DOCUMENT_VOICE


@given(
    st.sampled_from(
        [
            ("Interior Minister Joseph Nkaissery", "Nkaissery", OFFICIAL),
            ("Kenyan President Uhuru Kenyatta", "Kenyatta", OFFICIAL),
            ("Joseph Boinnet, inspector-general of Kenyan police,", "Boinnet", OFFICIAL),
            ("Health Minister Maggie De Block", "De Block", OFFICIAL),
            ("Local resident Amina Yusuf", "Yusuf", WITNESS),
        ]
    ),
    st.sampled_from(["Mr", "Mr.", "Ms", "Dr", ""]),
    st.sampled_from(["visited the scene on Tuesday.", "said the curfew would hold."]),
)
def test_a_surname_takes_the_kind_of_its_fuller_mention(
    person: tuple, title: str, first: str
) -> None:
    full, surname, kind = person
    later = f"{title} {surname}".strip()
    text = f"{full} {first}\n\n{later} said 14 people had been killed."
    source = source_of(text, "14 people")
    assert (source.name, source.kind) == (later, kind)


@given(
    st.sampled_from(
        [
            ("Doctors Without Borders", NGO),
            ("The International Committee of the Red Cross", NGO),
            ("The interior ministry", OFFICIAL),
        ]
    ),
    st.sampled_from(["It", "The organization", "The organisation"]),
    st.sampled_from(["said", "announced", "later said"]),
)
def test_a_body_named_by_it_or_the_organization_is_the_body_before(
    body: tuple, anaphor: str, verb: str
) -> None:
    name, kind = body
    text = f"{name} said its teams were at the scene.\n\n{anaphor} {verb} 12 people had died."
    source = source_of(text, "12 people")
    assert (source.name, source.kind) == (name, kind)


def test_a_person_named_after_a_role_takes_the_role_kind() -> None:
    text = (
        "The death toll has been raised to 305, the country's chief prosecutor has said.\n\n"
        "Nabil Sadeq said the attack also left 126 people wounded."
    )
    assert source_of(text, "126 people").kind is OFFICIAL


RELAYED = st.sampled_from(
    [
        ("the health minister", OFFICIAL),
        ("a police official", OFFICIAL),
        ("the Investigative Committee", OFFICIAL),
        ("a Red Cross spokeswoman", NGO),
        ("Interior Minister Joseph Ole Lenku", OFFICIAL),
    ]
)
RELAYS = st.sampled_from(["State television", "The news agency", "Interfax", "TASS"])


@given(RELAYS, RELAYED, st.sampled_from(["quoted", "cited"]), st.sampled_from(["", "that "]))
def test_a_speaker_quoted_as_saying_speaks_via_the_relay(
    relay: str, speaker: tuple, verb: str, that: str
) -> None:
    name, kind = speaker
    text = f"{relay} {verb} {name} as saying {that}20 people were killed."
    source = source_of(text, "20 people")
    assert (source.name, source.kind) == (name, kind)
    assert [v.name for v in source.via] == [relay.removeprefix("The ")]


@given(
    RELAYS,
    st.sampled_from(["statement", "posting", "video"]),
    st.sampled_from(["", "June 4 ", "latest "]),
    st.sampled_from(
        [
            ("by the Interior Ministry", "the Interior Ministry"),
            ("from the Okvara Front", "the Okvara Front"),
            ("on the Velka Front website", "the Velka Front website"),
        ]
    ),
)
def test_a_document_quoted_by_a_relay_speaks_for_its_owner(
    relay: str, noun: str, date: str, owner: tuple[str, str]
) -> None:
    tail, name = owner
    text = f'"Twenty people were killed," {relay} quoted a {date}{noun} {tail}.'
    source = source_of(text, "Twenty")
    assert source.name == name, text
    assert [v.name for v in source.via] == [relay.removeprefix("The ")], text


def test_a_relay_quoting_a_person_without_as_saying_speaks_itself() -> None:
    source = source_of('"Twenty people were killed," Interfax quoted the minister.', "Twenty")
    assert source.name == "Interfax"


@given(RELAYED)
def test_a_speaker_quoted_after_the_claim_or_in_the_passive(speaker: tuple) -> None:
    name, kind = speaker
    after = source_of(f"Twelve people were killed, the agency quoted {name} as saying.", "Twelve")
    assert (after.name, after.kind) == (name, kind)
    passive = source_of(f"{name[0].upper()}{name[1:]} was quoted as saying 12 died.", "12 died")
    assert passive.kind is kind


@given(
    st.sampled_from(["U.S. officials said", "an official said", "police said"]),
    st.sampled_from(
        [
            " \u2013 making it the deadliest day in a decade",
            ", as locals packed hospitals in search of relatives",
            ", while rescuers searched the rubble for survivors of the blast",
            " - the worst attack on the city in years",
        ]
    ),
)
def test_a_speaker_closing_a_clause_before_another_clause(said: str, tail: str) -> None:
    text = f"The blast killed 13 soldiers and injured at least 18 more, {said}{tail}."
    source = source_of(text, "13 soldiers")
    assert source.name == said.rsplit(" ", 1)[0] and source.kind is OFFICIAL


@given(
    st.sampled_from(["Mohamed Ali", "Jane Doe"]),
    st.sampled_from(
        [
            ("a spokesman for the interior ministry", OFFICIAL),
            ("a spokeswoman for the Red Cross", NGO),
            ("a local resident", WITNESS),
        ]
    ),
)
def test_according_to_a_name_with_its_role_after(name: str, role: tuple) -> None:
    text = f"Twenty people died, according to {name}, {role[0]}."
    assert source_of(text, "Twenty people").kind is role[1]
    text = f"{name}, {role[0]}, said 20 people died."
    assert source_of(text, "20 people").name == name


@given(st.sampled_from(["Officials said", "Police said"]), st.integers(3, 40))
def test_a_clause_right_after_the_verb_is_outside_what_is_said(said: str, n: int) -> None:
    """ "Turkish officials said as they rounded up 13 people ...": no report of the 13."""
    text = f"The bombers were foreigners, {said.lower()} as they rounded up {n} people."
    assert source_of(text, f"{n} people") == DOCUMENT_VOICE


@given(
    st.sampled_from(
        [("Belgian officials", OFFICIAL), ("The Foreign Office", OFFICIAL), ("Police", OFFICIAL)]
    ),
    st.sampled_from(
        ["on March 28", "on Monday", "late on Friday", "over the weekend", "last night"]
    ),
    st.sampled_from(["said 20 people died", "raised the death toll to 20", "put the toll at 20"]),
)
def test_a_time_phrase_after_the_speaker_is_no_part_of_its_name(
    speaker: tuple, when: str, rest: str
) -> None:
    text = f"{speaker[0]} {when} {rest}."
    source = source_of(text, "20")
    assert (source.name, source.kind) == speaker


# --- attrib5, round 5: who says a figure, named before the sentence that holds it ---------------

_PERSONS = (
    ("Interior Minister Karim Okvara", OFFICIAL),
    ("Dr Lena Qarnat, the director of the city hospital,", OFFICIAL),
    ("Police spokesman Tomas Zelvani", OFFICIAL),
)
_BODIES = ("Officials", "Police officials", "Hospital officials", "Witnesses")


@given(
    st.sampled_from(_PERSONS),
    st.sampled_from(("he", "she")),
    st.sampled_from(("added", "said")),
    st.integers(2, 400),
    st.integers(0, 1),
)
def test_a_pronoun_follows_a_chain_of_pronouns_back_to_the_person(
    person: tuple[str, SourceKind], pronoun: str, verb: str, count: int, extra: int
) -> None:
    """ "X said ... He said ... he added": each pronoun stands for X, one paragraph apart."""
    name, kind = person
    middle = f"{pronoun.capitalize()} said the rescue was over.\n" * (1 + extra)
    text = (
        f"{name} said some hostages had been freed.\n{middle}"
        f"{count} people were in hospital, {pronoun} {verb}."
    )
    source = source_of(text, f"{count} people")
    assert source.name == name.split(",")[0], text
    assert source.kind is kind, text


@given(st.sampled_from(_BODIES), st.integers(2, 400), st.sampled_from(("died", "were killed")))
def test_they_said_is_the_plural_body_that_spoke_before(body: str, count: int, verb: str) -> None:
    text = f"{body} said the blast was caused by a suicide bomber. They said {count} people {verb}."
    source = source_of(text, f"{count} people")
    assert source.name == body, text


@given(
    st.sampled_from(("our", "my")),
    st.integers(20, 90),
    st.sampled_from(("the director general", "the hospital chief", "a police spokesman")),
)
def test_a_quoted_our_is_the_speaker_of_the_quotation(own: str, count: int, who: str) -> None:
    text = (
        f'"The toll is at least {count}, {own} first estimates were higher and it will be '
        f'reduced to {count}," {who} said.'
    )
    source = source_of(text, f"reduced to {count}")
    assert source.name == who, text


@given(
    st.sampled_from(("Death toll in capital blast rises to {n}", "Attack on hotel kills {n}",
                     "At Least {n} Dead In Hotel Attack, Including Foreigners")),
    st.integers(2, 400),
    st.sampled_from((" - ", " \u2013 ", " \u2014 ", ": ")),
    st.sampled_from((("officials", OFFICIAL), ("Official", OFFICIAL), ("police", OFFICIAL),
                     ("media", MEDIA), ("Reuters", MEDIA), ("QarnatNews", MEDIA))),
)  # fmt: skip
def test_a_headline_names_its_speaker_after_a_dash_or_colon(
    headline: str, count: int, mark: str, speaker: tuple[str, SourceKind]
) -> None:
    name, kind = speaker
    text = f"{headline.format(n=count)}{mark}{name}\n\nThe attack happened on Monday."
    source = source_of(text, str(count))
    assert (source.name, source.kind) == (name, kind), text


@pytest.mark.parametrize(
    "headline",
    ["Attack kills 20 in al-Qarnat", "Attack kills 20 in Okvara-Qarnat", "Attack kills 20."],
)
def test_a_headline_without_a_speaker_tail_is_the_outlets(headline: str) -> None:
    assert source_of(f"{headline}\n\nMore follows.", "20") == DOCUMENT_VOICE


@given(
    st.sampled_from(("The United States", "United States officials", "the United States")),
    st.integers(2, 400),
    st.booleans(),
)
def test_a_verb_form_inside_a_known_name_is_no_reporting_verb(
    speaker: str, count: int, after: bool
) -> None:
    """ "States" ends the name "United States": the speaker is the whole name."""
    if after:
        lowered = speaker.replace("The ", "the ")
        text = f"{count} people were killed, {lowered} said."
    else:
        text = f"{speaker[:1].upper()}{speaker[1:]} said {count} people were killed."
    source = source_of(text, f"{count} people")
    assert source.name is not None and "United States" in source.name, text
    assert source.kind is OFFICIAL, text


# A time phrase may stand between a verb that does not always report and its "that"; and
# "as per X" reads as "according to X".
@pytest.mark.parametrize(
    "text",
    [
        "The Velka Courier reported on Sunday that 14 people died in Dunmar.",
        "The Velka Courier reported Sunday that 14 people died in Dunmar.",
        "The Velka Courier reported late on Sunday that 14 people died in Dunmar.",
        "The Velka Courier reported early Monday morning that 14 people died in Dunmar.",
        "The Velka Courier estimated on Tuesday that 14 people died in Dunmar.",
        "As per the Velka Courier, 14 people died in Dunmar.",
        "14 people died in Dunmar, as per the Velka Courier.",
    ],
)
def test_time_phrase_before_that_and_as_per(text: str) -> None:
    source = source_of(text, "14 people")
    assert (source.name, source.kind) == ("Velka Courier", MEDIA)


@pytest.mark.parametrize(
    "text",
    [
        "The Velka Courier reported on Sunday a fire in Dunmar, where 14 people died.",
        "Okvara reported on Sunday a quiet day; 14 people died in Dunmar later.",
    ],
)
def test_time_phrase_does_not_make_a_speaker(text: str) -> None:
    assert source_of(text, "14 people") == DOCUMENT_VOICE


# "he said" stands for a bare surname speaker when the text named the person in full
# before; a one-word body or group is no such antecedent.
@pytest.mark.parametrize(
    ("first", "name", "kind"),
    [
        ("Colonel Ivo Dunmar of the Zelvanian army", "Dunmar", OFFICIAL),
        ("Governor Ana Velka", "Velka", OFFICIAL),
        ("Okvara province governor Mira Velka", "Velka", OFFICIAL),
    ],
)
def test_pronoun_after_a_bare_surname(first: str, name: str, kind: SourceKind) -> None:
    text = (
        f"{first} visited the site. Nine people died, {name} told reporters. "
        "Of the wounded, 14 were soldiers, he said."
    )
    source = source_of(text, "14 were")
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        # No fuller mention: the surname stands alone.
        "Nine people died, Dunmar told reporters. Of the wounded, 14 were soldiers, he said.",
        # A group named after a capitalised word is no person.
        "The Zelvanian Taliban spoke. Nine people died, Taliban said. 14 were soldiers, he said.",
    ],
)
def test_pronoun_not_for_a_lone_surname_or_a_group(text: str) -> None:
    source = source_of(text, "14 were")
    assert source.name == "he"


# Speaker nouns of round 14: state news and radio stations, police ranks of South Asian
# news, and the common misspelling "officals".
@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Zelvanian state news", MEDIA),
        ("radio Okvara", MEDIA),
        ("Radio Dunmar", MEDIA),
        ("officals", OFFICIAL),
        ("Zelvanian officals", OFFICIAL),
        ("SHO Ivo Velka", OFFICIAL),
        ("SSP Mira Dunmar", OFFICIAL),
        ("DSP Ivo Velka", OFFICIAL),
        ("Okvara IGP Ana Velka", OFFICIAL),
    ],
)
def test_round14_speaker_nouns(speaker: str, kind: SourceKind) -> None:
    assert classify_speaker(speaker) is kind
    source = source_of(f"Nine people died in Zelvania, {speaker} said.", "Nine people")
    assert source.kind is kind


# A reporting verb in the passive with its agent before "that" reads like "according to".
@pytest.mark.parametrize("aux", ["was", "got", "has been"])
@pytest.mark.parametrize("verb", ["confirmed", "announced", "stated"])
@pytest.mark.parametrize("prep", ["by", "through"])
@pytest.mark.parametrize(
    ("agent", "kind"),
    [("the Okvara police", OFFICIAL), ("Velka officials", OFFICIAL), ("the Dunmar Times", MEDIA)],
)
def test_passive_reporting_verb_with_agent(
    aux: str, verb: str, prep: str, agent: str, kind: SourceKind
) -> None:
    text = f"It {aux} {verb} {prep} {agent} that 14 people died in Zelvania."
    source = source_of(text, "14 people")
    assert source.kind is kind
    assert source.name is not None and agent.endswith(source.name.removeprefix("the "))


@pytest.mark.parametrize(
    "text",
    [
        "The toll was confirmed by the Okvara police, and 14 people died in Zelvania later.",
        "It was confirmed by the Okvara police. 14 people died in Zelvania.",
    ],
)
def test_passive_agent_without_that_is_no_speaker(text: str) -> None:
    assert source_of(text, "14 people") == DOCUMENT_VOICE


# The toll in a relative clause of the attack a group claims is the narrator's, though the
# group's statement closes the sentence; a toll the group states itself stays the group's.
@pytest.mark.parametrize("noun", ["responsibility", "credit"])
@pytest.mark.parametrize("relative", ["that", "which"])
@pytest.mark.parametrize(
    "closing", ["the group said in a statement", "it said", "Velka said on its channels"]
)
def test_toll_of_a_claimed_attack_is_the_narrators(noun: str, relative: str, closing: str) -> None:
    text = f"Velka claimed {noun} for the bombing in Dunmar {relative} killed 14 people, {closing}."
    assert source_of(text, "14 people") == DOCUMENT_VOICE


@pytest.mark.parametrize(
    "text",
    [
        "Velka claimed responsibility for the bombing. It killed 14 people, the group said.",
        "The bombing in Dunmar killed 14 people, Velka said in a statement.",
    ],
)
def test_toll_a_group_states_is_the_groups(text: str) -> None:
    assert source_of(text, "14 people").name is not None


# A toll owned by the agent of a participle after it: "the toll of 14 given by X".
@pytest.mark.parametrize("noun", ["toll", "tally", "estimate"])
@pytest.mark.parametrize("verb", ["given", "confirmed", "announced"])
@pytest.mark.parametrize(
    ("agent", "kind"), [("Okvara police", OFFICIAL), ("the Dunmar Times", MEDIA)]
)
@pytest.mark.parametrize("claim", ["14", "{noun} of 14"])
def test_toll_given_by_an_agent(
    noun: str, verb: str, agent: str, kind: SourceKind, claim: str
) -> None:
    text = f"It was unclear in Velka if the attackers were in the {noun} of 14 {verb} by {agent}."
    source = source_of(text, claim.format(noun=noun))
    assert source.kind is kind
    assert source.name is not None and agent.endswith(source.name.removeprefix("the "))


def test_toll_set_off_by_commas_is_not_owned() -> None:
    text = "The toll of 14, given by Okvara police, rose in Velka."
    assert source_of(text, "toll of 14") == DOCUMENT_VOICE
