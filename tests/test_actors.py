from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.actors import find_attributions
from claimrecon.extract.segment import DocContext
from claimrecon.models import AttributionClaim, Document, SourceKind, Stance
from claimrecon.vocab import Lexicon

CLAIMED, ASSERTED, BELIEVED = Stance.CLAIMED, Stance.ASSERTED, Stance.BELIEVED
SUSPECTED, DENIED = Stance.SUSPECTED, Stance.DENIED
OFFICIAL, MILITANT, MEDIA = SourceKind.OFFICIAL, SourceKind.MILITANT, SourceKind.MEDIA
EXPERT = SourceKind.EXPERT

NUMBERS = {
    "figures": {
        "number_words": {"one": 1, "two": 2, "five": 5, "ten": 10, "twelve": 12},
        "qualifiers": {"over": "at_least", "more than": "at_least", "at least": "at_least"},
    }
}


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    # "{number}" cues read number words from the figures lexicon; make sure a few exist.
    return _WITH_NUMBERS


_WITH_NUMBERS = Lexicon.default().extend(NUMBERS)


def attributions(text: str, lexicon: Lexicon | None = None) -> list[AttributionClaim]:
    ctx = DocContext(Document(id="d", text=text), lexicon or _WITH_NUMBERS)
    return [c for s in ctx.sentences for c in find_attributions(ctx, s)]


@pytest.mark.parametrize(
    ("text", "actor", "stance", "kind"),
    [
        # the group claims it
        (
            "Boko Haram claimed the attack in a video released on Tuesday.",
            "Boko Haram",
            CLAIMED,
            MILITANT,
        ),
        (
            "IS claimed responsibility just hours after the attack.",
            "Islamic State",
            CLAIMED,
            MILITANT,
        ),
        (
            "ISIS has claimed responsibility for Monday's attack on a mosque.",
            "Islamic State",
            CLAIMED,
            MILITANT,
        ),
        (
            "The Pakistani Taliban claimed responsibility for the massacre.",
            "Tehrik-i-Taliban Pakistan",
            CLAIMED,
            MILITANT,
        ),
        (
            "A local affiliate of ISIS in Syria claimed the attack in a statement.",
            "Islamic State",
            CLAIMED,
            MILITANT,
        ),
        (
            "An al-Qaeda affiliate claimed responsibility for the assault on the hotel.",
            "al-Qaeda",
            CLAIMED,
            MILITANT,
        ),
        ("The bombing was claimed by the Islamic State group.", "Islamic State", CLAIMED, MILITANT),
        (
            "ISKP declared responsibility for the blast.",
            "Islamic State Khorasan",
            CLAIMED,
            MILITANT,
        ),
        (
            "The Islamic State group said in a statement that it was behind the attack.",
            "Islamic State",
            CLAIMED,
            MILITANT,
        ),
        ("Daesh claims Kabul attack", "Islamic State", CLAIMED, MILITANT),
        (
            "Al-Shabaab said its fighters carried out the raid on the base.",
            "al-Shabaab",
            CLAIMED,
            MILITANT,
        ),
        # stated as fact
        (
            "Police said the Taliban carried out the attack, which killed 12 people.",
            "Taliban",
            ASSERTED,
            OFFICIAL,
        ),
        (
            "Al-Shabaab militants stormed a hotel in Mogadishu on Friday.",
            "al-Shabaab",
            ASSERTED,
            MEDIA,
        ),
        (
            "In March, a Taliban attacker drove a truck bomb into the compound.",
            "Taliban",
            ASSERTED,
            MEDIA,
        ),
        (
            "Militants from the Islamic State attacked a checkpoint in Sinai.",
            "Islamic State",
            ASSERTED,
            MEDIA,
        ),
        (
            "A suicide bomber from the Pakistani Taliban killed 30 people at a mosque.",
            "Tehrik-i-Taliban Pakistan",
            ASSERTED,
            MEDIA,
        ),
        (
            "The ISWAP group's deadly dawn raid on the town left many dead.",
            "Islamic State West Africa Province",
            ASSERTED,
            MEDIA,
        ),
        ("Officials blamed al-Shabaab for the attack.", "al-Shabaab", ASSERTED, OFFICIAL),
        ("Police blamed the attack on the New IRA.", "New IRA", ASSERTED, OFFICIAL),
        (
            "The PKK has been blamed for the car bombing in Ankara.",
            "Kurdistan Workers' Party",
            ASSERTED,
            MEDIA,
        ),
        (
            "The Houthis fired a missile at the airport, the coalition said.",
            "Houthis",
            ASSERTED,
            OFFICIAL,
        ),
        ("Taliban attack kills 12 in Kabul", "Taliban", ASSERTED, MEDIA),
        # beliefs and suspicions
        (
            "Afghan officials believe the Haqqani network was behind the truck bombing.",
            "Haqqani network",
            BELIEVED,
            OFFICIAL,
        ),
        (
            'Gen. Jane Roe says US forces "believe it was a Taliban-Haqqani attack".',
            "Haqqani network",
            BELIEVED,
            OFFICIAL,
        ),
        ("US general: Taliban may be behind Kabul attack", "Taliban", SUSPECTED, OFFICIAL),
        (
            "No group has claimed it, but officials suspect the Islamic State.",
            "Islamic State",
            SUSPECTED,
            OFFICIAL,
        ),
        (
            "Authorities suspect Boko Haram of carrying out the massacre.",
            "Boko Haram",
            SUSPECTED,
            OFFICIAL,
        ),
        (
            "Suspected Boko Haram gunmen stormed the village on Sunday night.",
            "Boko Haram",
            SUSPECTED,
            MEDIA,
        ),
        ("Hamas is suspected of the bombing, police said.", "Hamas", SUSPECTED, OFFICIAL),
        (
            "Officials said they suspected the Haqqani network, a Taliban affiliate.",
            "Haqqani network",
            SUSPECTED,
            OFFICIAL,
        ),
        (
            "The Taliban were blamed for the 2017 truck bombing that killed 150 people.",
            "Taliban",
            ASSERTED,
            MEDIA,
        ),
        (
            "The Islamic State group, also known as ISIS, claimed responsibility for it.",
            "Islamic State",
            CLAIMED,
            MILITANT,
        ),
        (
            "The interior ministry said it was the work of the Taliban and its allies.",
            "Taliban",
            ASSERTED,
            OFFICIAL,
        ),
        (
            "Western and Afghan officials were quick to point the finger at the Haqqani Network.",
            "Haqqani network",
            ASSERTED,
            OFFICIAL,
        ),
        (
            "The attack bore the hallmarks of al-Qaeda, analysts said.",
            "al-Qaeda",
            SUSPECTED,
            EXPERT,
        ),
        (
            "Mullah Omar Khan, the main Taliban military commander, claimed responsibility.",
            "Taliban",
            CLAIMED,
            MILITANT,
        ),
        (
            "The extremist Taliban movement, which regularly uses suicide attacks in its "
            "campaign against the government, immediately claimed responsibility for the blast.",
            "Taliban",
            CLAIMED,
            MILITANT,
        ),
        (
            "The Taliban, in a statement on Voice of Jihad, claimed its suicide bomber killed "
            "37 officials.",
            "Taliban",
            CLAIMED,
            MILITANT,
        ),
        (
            "Militants from al Shabaab, a group affiliated with al Qaeda, quickly claimed "
            "responsibility.",
            "al-Shabaab",
            CLAIMED,
            MILITANT,
        ),
        (
            "Five died in an attack that was swiftly claimed by Al-Qaeda-affiliated Shabaab "
            "militants.",
            "al-Shabaab",
            CLAIMED,
            MILITANT,
        ),
        (
            "The attack was said to have been executed by the Islamic State of West Africa "
            "Province (ISWAP).",
            "Islamic State West Africa Province",
            ASSERTED,
            MEDIA,
        ),
        # denials
        (
            "The Taliban has issued multiple denials that it carried out the bombing.",
            "Taliban",
            DENIED,
            MILITANT,
        ),
        ("The Taliban quickly denied responsibility for the bombing.", "Taliban", DENIED, MILITANT),
        ("The Taliban denied any involvement in the bombing.", "Taliban", DENIED, MILITANT),
        ("The Taliban denied involvement.", "Taliban", DENIED, MILITANT),
        ("The Taliban said it was not behind the attack.", "Taliban", DENIED, MILITANT),
        (
            "Taliban spokesman Zabihullah Mujahid denied the group was involved in the attack.",
            "Taliban",
            DENIED,
            MILITANT,
        ),
    ],
)
def test_attributions(text: str, actor: str, stance: Stance, kind: SourceKind) -> None:
    found = attributions(text)
    assert [(c.actor, c.stance, c.source.kind) for c in found] == [(actor, stance, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban have intensified their attacks in large urban areas.",
        "The Taliban takes control over larger areas.",
        "The attack comes in light of IS's loosening grip on its territories.",
        "There is no evidence that the Taliban was behind the attack.",
        "Is the Taliban behind the attack?",
        "Neither the Taliban nor IS claimed responsibility.",
        "Iraqi forces launched an offensive on the city.",
        "Afghan forces attacked the Taliban in Helmand.",
        "Jihadists linked to al-Qaeda have killed thousands of people in the Sahel.",
        "During this year alone, IS has reportedly conducted 280 attacks.",
        "Abu Sayed is the third ISIS-K emir we have killed in the last year.",
        "The city is home to over 2,000 IS fighters.",
        "Failing to contain them leaves cities vulnerable to IS-K attacks.",
        "The Taliban are competing with the Islamic State for recruits.",
        "IS-K gunmen began to enter the complex.",
        "This is a dangerous place, the Taliban warned.",
        "The group has not claimed responsibility.",
        "Taliban did not claim the attack.",
        "Is this the end?",
        "Taliban attacks have surged this year.",
        "Islamic State has claimed several attacks in Kabul this year.",
        "Islamic State's local affiliate has carried out a string of attacks on Shi'ite targets.",
        "The Haqqani network has been blamed for some of the deadliest attacks in Kabul.",
        "Islamic State militants have also targeted the country's Shi'ite minority.",
        "Boko Haram has killed more than 30,000 people since 2009.",
        "Al-Shabaab frequently carries out bombings in Mogadishu.",
        "The Taliban condemned the attack, saying it targeted civilians.",
        "Both the Taliban and Islamic State are active in the province.",
        "Pakistan has long been accused of supporting the Taliban.",
        "There was no immediate claim of responsibility, but the Taliban and IS are active there.",
    ],
)
def test_no_attribution(text: str) -> None:
    assert attributions(text) == []


def test_a_participle_after_a_claim_is_not_a_relay() -> None:
    [claim] = attributions(
        "The Islamic State claimed the attack on its Telegram channel, saying a suicide "
        "bomber targeted Shi'ites."
    )
    assert (claim.source.name, claim.source.via) == ("Islamic State", ())


def test_claim_through_an_outlet_is_a_chain() -> None:
    [claim] = attributions(
        "The Islamic State terrorist group later claimed responsibility for the attack "
        "through its Amaq news agency."
    )
    assert (claim.actor, claim.stance) == ("Islamic State", CLAIMED)
    assert claim.source.name == "Islamic State"
    assert [(s.name, s.kind) for s in claim.source.via] == [("Amaq news agency", MILITANT)]


def test_relay_naming_the_same_outlet_is_not_repeated() -> None:
    [claim] = attributions(
        "The Islamic State claimed responsibility for the attack, the group's Amaq news "
        "agency said."
    )
    assert [s.name for s in claim.source.via] == ["Amaq news agency"]


def test_aside_between_actor_and_verb() -> None:
    [claim] = attributions("IS, through Amaq, said its fighters carried out the attack.")
    assert (claim.actor, claim.stance, [s.name for s in claim.source.via]) == (
        "Islamic State",
        CLAIMED,
        ["Amaq"],
    )


def test_khorasan_aliases_fold_to_one_actor_affiliated_to_islamic_state() -> None:
    lexicon = Lexicon.default()
    for name in ["IS-K", "ISKP", "ISIS-K", "Islamic State Khorasan Province", "IS-Khorasan"]:
        assert lexicon.actors.canonical(name) == "Islamic State Khorasan"
    assert lexicon.actors.family("Islamic State Khorasan") == "Islamic State"
    assert lexicon.actors.family(lexicon.actors.canonical("Taliban-Haqqani")) == "Taliban"
    for name in ["IS", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria"]:
        assert lexicon.actors.canonical(name) == "Islamic State"


def test_actor_text_is_as_written_and_actor_canonical() -> None:
    [claim] = attributions("The Islamic State-Khorasan group's brazen attack on the embassy.")
    assert claim.actor == "Islamic State Khorasan"
    assert claim.actor_text == "Islamic State-Khorasan"
    assert claim.stance is ASSERTED


def test_quoted_attribution_belongs_to_the_speaker_after_the_quote() -> None:
    text = (
        '"The raids were the worst yet. This spring the Taliban carried out a bombing that '
        'killed over 100," Jane Roe, an expert at the Example Institute, told the Daily Star.'
    )
    [claim] = attributions(text)
    assert (claim.actor, claim.stance, claim.source.name, claim.source.kind) == (
        "Taliban",
        ASSERTED,
        "Jane Roe",
        EXPERT,
    )


def test_killed_with_a_number_is_asserted(lexicon: Lexicon) -> None:
    found = attributions("Meanwhile the Islamic State killed over ten soldiers in a raid.", lexicon)
    assert [(c.actor, c.stance) for c in found] == [("Islamic State", ASSERTED)]


def test_two_actors_in_one_sentence() -> None:
    found = attributions("Turkish officials blamed the PKK, and the PKK denied involvement.")
    assert sorted((c.actor, c.stance) for c in found) == [
        ("Kurdistan Workers' Party", ASSERTED),
        ("Kurdistan Workers' Party", DENIED),
    ]


def test_short_aliases_match_only_in_capitals() -> None:
    assert attributions("It is what is claimed responsibility for.") == []
    assert attributions("Tak claimed the attack.") == []


def test_lexicon_extension_adds_an_actor() -> None:
    # Unknown, the group is read under the text's own spelling; the lexicon folds it.
    text = "The Valley Liberation Front (VLF) claimed responsibility for the bombing."
    assert [c.actor for c in attributions(text)] == ["Valley Liberation Front"]
    extended = Lexicon.default().extend(
        {"actors": {"aliases": {"vlf": "Free Valley Front", "valley front": "Free Valley Front"}}}
    )
    found = attributions("The VLF claimed responsibility for the bombing.", extended)
    assert [(c.actor, c.stance) for c in found] == [("Free Valley Front", CLAIMED)]


# --- properties and bad input -------------------------------------------------------------

words = st.sampled_from(
    ["IS", "ISIS-K", "Taliban", "the", "a", "claimed", "responsibility", "attack", "denied",
     "involvement", "carried", "out", "killed", "over", "ten", "soldiers", ",", ".", "(", ")",
     "suspected", "believe", "it", "was", "'s", "group", "Amaq", "via", "its", "no", "blamed",
     "on", "attacker", "drove", "may", "be", "behind", '"', "\u2019s", "\n"]
)  # fmt: skip
texts = st.lists(words, max_size=50).map(" ".join) | st.text(max_size=200)


@given(text=texts)
def test_spans_inside_sentence_and_quote_is_the_text(text: str) -> None:
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    for sentence in ctx.sentences:
        for claim in find_attributions(ctx, sentence):
            assert sentence.start <= claim.span.start < claim.span.end <= sentence.end
            assert claim.quote == text[claim.span.start : claim.span.end]
            assert claim.actor
            assert claim.actor_text is not None and claim.actor_text in claim.quote


@given(text=texts)
def test_attributions_are_deterministic(text: str) -> None:
    def run() -> list[AttributionClaim]:
        ctx = DocContext(Document(id="d", text=text), Lexicon.default())
        return [c for s in ctx.sentences for c in find_attributions(ctx, s)]

    assert run() == run()


@pytest.mark.parametrize(
    "text",
    [
        "IS " * 30_000 + "claimed responsibility.",
        "Taliban, " * 20_000 + "claimed the attack.",
        "the Taliban carried out the " + "big " * 20_000 + "attack.",
        "(" * 20_000 + "IS" + ")" * 20_000 + " claimed the attack.",
        "IS" + " in Kabul" * 10_000 + " claimed the attack.",
        "suspected " * 20_000 + "Taliban gunmen stormed the hotel.",
        "IS's " * 20_000 + "attack",
        "blamed " * 20_000 + "the Taliban",
        ", ," * 20_000 + "IS claimed it",
        "IS claimed\ufffd the attack\x00, police\x07 said \U0001f4a5 5 died.",
        "\u202eIS\u200b claimed responsibility, \u201cpolice said\u201d\x0c",
    ],
    # The texts run to 100,000 characters: an id of their opening words keeps reports short.
    ids=lambda text: repr(text[:24]),
)
def test_adversarial_text_finishes(text: str) -> None:
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    for sentence in ctx.sentences:
        for claim in find_attributions(ctx, sentence):
            assert claim.quote == text[claim.span.start : claim.span.end]


# --- gold ----------------------------------------------------------------------------------


def test_golden_attributions(seeds_dir):
    from claimrecon.gold import read_gold, score
    from claimrecon.pipeline import extract_report

    gold = read_gold(seeds_dir / "gold.json")
    scores = score(gold, extract_report(gold.documents()))
    assert scores.attributions.f1 >= 0.85, scores.format()
    assert scores.attribution_attributes["stance"].accuracy >= 0.90, scores.format()


def test_unknown_placeholder_in_a_cue_is_a_lexicon_error() -> None:
    from claimrecon.errors import LexiconError

    with pytest.raises(LexiconError, match="evnt"):
        Lexicon.default().extend({"actors": {"stance_cues": {"wrecked {evnt}": "asserted"}}})


def test_megabyte_sentence_is_read_in_pieces() -> None:
    text = "word " * 200_000 + "the Taliban claimed the attack " + "word " * 200_000
    ctx = DocContext(Document(id="d", text=text), Lexicon.default())
    # Segmentation cuts the run into windows; the claim lies whole in one of them.
    (claim,) = [c for s in ctx.sentences for c in find_attributions(ctx, s)]
    assert (claim.actor, claim.stance) == ("Taliban", Stance.CLAIMED)
    assert claim.quote == "the Taliban claimed the attack"


# --- round 2: asides, own fighters, agents, state forces, denials, back-references --------

NGO = SourceKind.NGO


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        # an aside between the group and its verb
        (
            "The Islamic State group's regional affiliate, known as Islamic State Khorasan "
            "Province, claimed responsibility for the attack.",
            "Islamic State Khorasan",
            CLAIMED,
        ),
        (
            "The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan or TTP, denied "
            "involvement in the bombing.",
            "Tehrik-i-Taliban Pakistan",
            DENIED,
        ),
        (
            "Al-Shabaab, the al Qaeda-linked group, said it carried out the attack.",
            "al-Shabaab",
            CLAIMED,
        ),
        (
            "Boko Haram, whose name means 'Western education is forbidden', has claimed the raid.",
            "Boko Haram",
            CLAIMED,
        ),
        (
            "Hayat Tahrir al-Sham, a former al-Qaeda affiliate, denied any role in the bombing.",
            "Hayat Tahrir al-Sham",
            DENIED,
        ),
        (
            "Islamic State West Africa Province, an offshoot of Boko Haram, said in a statement "
            "that its fighters killed 20 soldiers.",
            "Islamic State West Africa Province",
            CLAIMED,
        ),
        (
            "The Houthis, officially known as Ansar Allah, denied any role in the attack.",
            "Houthis",
            DENIED,
        ),
        # a group speaking of its own fighters' act
        (
            "Al-Shabaab said in a statement on its radio station that its fighters had "
            "killed 30 soldiers.",
            "al-Shabaab",
            CLAIMED,
        ),
        (
            "IS said through Amaq that one of its soldiers detonated an explosive vest.",
            "Islamic State",
            CLAIMED,
        ),
        (
            "The Houthis, who control Sanaa, said their forces struck an oil facility.",
            "Houthis",
            CLAIMED,
        ),
        (
            "JNIM said the militants had killed 14 soldiers in the ambush.",
            "Jama'at Nusrat al-Islam wal-Muslimin",
            CLAIMED,
        ),
        ("A spokesman for the Taliban said the group had killed 25 soldiers.", "Taliban", CLAIMED),
        (
            "ISIS radio outlet Al-Bayan said the jihadi group carried out the attack.",
            "Islamic State",
            CLAIMED,
        ),
        # a state force acknowledging its strike
        ("The Israeli military said it carried out the strike.", "Israeli military", CLAIMED),
        (
            "The Saudi-led coalition said the air strike targeted missile launchers.",
            "Saudi-led coalition",
            CLAIMED,
        ),
        (
            "The US military said it killed 20 Taliban fighters in an airstrike.",
            "United States military",
            CLAIMED,
        ),
        ("Russian forces said they struck an ammunition depot.", "Russian forces", CLAIMED),
        # agents of attack nouns
        ("An air strike by the Saudi-led coalition hit a bus.", "Saudi-led coalition", ASSERTED),
        (
            "A drone strike carried out by US forces killed five people.",
            "United States military",
            ASSERTED,
        ),
        ("A bombing by suspected Boko Haram militants killed 12 people.", "Boko Haram", SUSPECTED),
        ("Seven people died in an attack blamed on the Taliban.", "Taliban", ASSERTED),
        ("A raid by Russian forces killed nine civilians.", "Russian forces", ASSERTED),
        # denials in all wordings
        ("Hamas denied involvement in the attack.", "Hamas", DENIED),
        ("The PKK rejected responsibility for the bombing.", "Kurdistan Workers' Party", DENIED),
        ("Hezbollah distanced itself from the attack.", "Hezbollah", DENIED),
        ("The TTP denied any role in the bombing.", "Tehrik-i-Taliban Pakistan", DENIED),
        ("The Taliban said they were not involved in the attack.", "Taliban", DENIED),
        ("Al-Shabaab insisted it played no role in the bombing.", "al-Shabaab", DENIED),
    ],
)
def test_round_two_attributions(text: str, actor: str, stance: Stance) -> None:
    found = [(c.actor, c.stance) for c in attributions(text)]
    assert (actor, stance) in found, found
    assert all(a == actor for a, _ in found), found


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        ("The Israeli military said it struck a militant hideout.", "Israeli military", OFFICIAL),
        (
            "The Nigerian army said its jets struck an insurgent camp.",
            "Nigerian army",
            OFFICIAL,
        ),
        ("Al-Shabaab said its fighters stormed the hotel.", "al-Shabaab", MILITANT),
    ],
)
def test_state_forces_speak_officially(text: str, actor: str, kind: SourceKind) -> None:
    claims = [c for c in attributions(text) if c.stance is CLAIMED]
    assert [(c.actor, c.source.name, c.source.kind) for c in claims] == [(actor, actor, kind)]


def test_agent_source_comes_from_the_reporting_clause() -> None:
    (claim,) = attributions(
        "An air strike by the Saudi-led coalition hit a bus, killing 40 children, "
        "the Red Cross said."
    )
    assert (claim.actor, claim.stance) == ("Saudi-led coalition", ASSERTED)
    assert (claim.source.name, claim.source.kind) == ("the Red Cross", NGO)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Gunmen stormed a hotel in Mogadishu. Al-Shabaab claimed responsibility. "
            "The group said its fighters had killed 30 people.",
            "al-Shabaab",
        ),
        (
            "A Saudi-led coalition air strike hit a bus in Yemen. "
            "The coalition said the strike targeted missile launchers.",
            "Saudi-led coalition",
        ),
        (
            "The Israeli military struck Gaza overnight. "
            "The military said it struck a militant hideout.",
            "Israeli military",
        ),
        (
            "Boko Haram claimed the raid. The militants said they had killed 30 soldiers.",
            "Boko Haram",
        ),
    ],
)
def test_back_reference_to_the_one_actor_in_scope(text: str, actor: str) -> None:
    claims = attributions(text)
    last = claims[-1]
    assert (last.actor, last.stance, last.source.name) == (actor, CLAIMED, actor)
    assert last.source.via == ()


@pytest.mark.parametrize(
    "text",
    [
        # two groups in scope: "the group" is not resolved
        "Boko Haram and ISWAP are active in the area. The group said its fighters killed 12.",
        # no group named at all
        "The group said its fighters carried out the attack.",
        "The army said it had carried out an air strike on a camp.",
        # too far back
        "Al-Shabaab is active. It rained. Markets closed. Roads shut. "
        "The group said its fighters killed 3.",
        # a back-reference in the narrator's voice is not read as the group's claim
        "Suspected Boko Haram militants raided a village. The militants killed 30 people.",
        # armies act all the time: an offensive is no attribution
        "Iraqi forces launched an offensive on the city.",
    ],
)
def test_back_reference_needs_one_actor_and_its_own_voice(text: str) -> None:
    claims = attributions(text)
    assert all(c.actor == "Boko Haram" and c.stance is SUSPECTED for c in claims), claims


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said " + "in a statement on " * 5_000 + "its fighters killed 3.",
        "IS said " + "its its its " * 5_000,
        "The group said " * 3_000,
        "Al-Shabaab, " + "a, " * 10_000 + "claimed the attack.",
    ],
)
def test_adversarial_round_two_text_finishes(text: str) -> None:
    for claim in attributions(text):
        assert claim.quote in text


@pytest.mark.parametrize(
    ("text", "actor", "via"),
    [
        (
            "A Taliban spokesman, Zabihullah Mujahid, said the group's fighters had killed 12.",
            "Taliban",
            "Zabihullah Mujahid",
        ),
        (
            "ISIS's Amaq news agency said the group's fighters carried out the attack.",
            "Islamic State",
            "Amaq news agency",
        ),
        (
            "Al-Shabaab's military operations spokesman, Abdi Musab, said its fighters killed 15.",
            "al-Shabaab",
            "Abdi Musab",
        ),
    ],
)
def test_group_members_and_outlets_speak_for_the_group(text: str, actor: str, via: str) -> None:
    (claim,) = attributions(text)
    assert (claim.actor, claim.stance, claim.source.name) == (actor, CLAIMED, actor)
    assert [v.name for v in claim.source.via] == [via]


def test_state_force_carrying_out_a_strike_is_asserted() -> None:
    (claim,) = attributions("US forces carried out a drone strike that killed 10 civilians.")
    assert (claim.actor, claim.stance) == ("United States military", ASSERTED)


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military struck Gaza. The military said the attack targeted a checkpoint.",
        "The Taliban said its fighters were ambushed.",
        "The Saudi-led coalition said it was investigating the strike.",
        "Al-Shabaab claimed the raid. The group said it would retaliate.",
        "The Nigerian army said militants killed 12 villagers.",
    ],
)
def test_speaking_of_itself_needs_its_own_act(text: str) -> None:
    last = text.rfind(". ") + 2 if ". " in text else 0
    assert [c for c in attributions(text) if c.span.start >= last] == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Al-Shabaab stormed a hotel. The al-Qaida-linked group, which has fought the "
            "government for years, claimed responsibility for the assault.",
            "al-Shabaab",
        ),
        (
            "The Pakistani Taliban denied involvement. A commander of the group had earlier "
            "claimed the attack on social media.",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "Boko Haram fighters raided the town. The Islamist militant group said its "
            "fighters had killed 40 soldiers.",
            "Boko Haram",
        ),
    ],
)
def test_modified_back_reference(text: str, actor: str) -> None:
    claims = attributions(text)
    assert (claims[-1].actor, claims[-1].stance) == (actor, CLAIMED)


def test_attack_on_the_group_is_no_back_reference() -> None:
    text = "Al-Shabaab is active there. Troops launched the attack on the group, officials said."
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        (
            "The attack was believed to have been carried out by ISWAP.",
            "Islamic State West Africa Province",
            BELIEVED,
        ),
        (
            "In an attack suspected to have been carried out by Boko Haram, 30 people died.",
            "Boko Haram",
            SUSPECTED,
        ),
        (
            "The bombing is suspected to be the work of the Pakistani Taliban.",
            "Tehrik-i-Taliban Pakistan",
            SUSPECTED,
        ),
        ("The raid was carried out by Boko Haram.", "Boko Haram", ASSERTED),
    ],
)
def test_the_verb_hedges_the_agent_of_an_attack(text: str, actor: str, stance: Stance) -> None:
    assert [(c.actor, c.stance) for c in attributions(text)] == [(actor, stance)]


def test_back_reference_as_agent_is_a_recap_not_a_claim() -> None:
    text = (
        "Al-Shabaab claimed the raid. Ten people died in an attack claimed by the militant group."
    )
    claims = attributions(text)
    assert [(c.actor, c.quote) for c in claims] == [("al-Shabaab", "Al-Shabaab claimed the raid")]
