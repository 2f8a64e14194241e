"""Figure patterns: one case per phrasing, non-casualty numbers, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract.figures import figure_tables, read_figures
from claimrecon.extract.numbers import PhraseTable, spell, tokenize, word_pattern, words_to_int
from claimrecon.models import Figure, Qualifier
from claimrecon.vocab import Lexicon

LEX = Lexicon.default()
N = None


def read(text: str) -> list[tuple[str, str, int | None, int | None, str]]:
    return [
        (f.metric.value, f.subject.value, f.low, f.high, f.qualifier.value)
        for f in read_figures(text, LEX)
    ]


CASES = [
    # numbers as digits and words
    ("Twenty-seven people died.", [("killed", "people", 27, 27, "exact")]),
    ("1,662 Afghan civilians were killed.", [("killed", "civilians", 1662, 1662, "exact")]),
    ("At least one policeman was killed.", [("killed", "police", 1, N, "at_least")]),
    ("One hundred and twenty people were hurt.", [("wounded", "people", 120, 120, "exact")]),
    ("Twenty seven soldiers were wounded.", [("wounded", "soldiers", 27, 27, "exact")]),
    (
        "2.5 million people have been displaced.",
        [("displaced", "people", 2500000, 2500000, "exact")],
    ),
    ("A dozen people were wounded.", [("wounded", "people", 12, 12, "about")]),
    # qualifiers as intervals
    ("More than 100 people were killed.", [("killed", "people", 101, N, "at_least")]),
    ("Over 100 people were killed.", [("killed", "people", 101, N, "at_least")]),
    ("Upwards of 40 civilians were killed.", [("killed", "civilians", 40, N, "at_least")]),
    ("Up to 235 people were wounded.", [("wounded", "people", N, 235, "at_most")]),
    ("As many as 235 people were wounded.", [("wounded", "people", N, 235, "at_most")]),
    ("Fewer than 10 people were hurt.", [("wounded", "people", N, 9, "at_most")]),
    ("Nearly 50 soldiers died.", [("killed", "soldiers", N, 49, "at_most")]),
    ("Around ten militants were killed.", [("killed", "militants", 10, 10, "about")]),
    ("Some 40 civilians were injured.", [("wounded", "civilians", 40, 40, "about")]),
    ("An estimated 300 people were killed.", [("killed", "people", 300, 300, "about")]),
    ("Roughly 20 fighters were killed.", [("killed", "militants", 20, 20, "about")]),
    # ranges
    ("Between 5 and 10 soldiers were killed.", [("killed", "soldiers", 5, 10, "range")]),
    ("Five to seven militants were killed.", [("killed", "militants", 5, 7, "range")]),
    ("1,000-2,000 people were displaced.", [("displaced", "people", 1000, 2000, "range")]),
    ("Two or three guards were wounded.", [("wounded", "guards", 2, 3, "range")]),
    # vague amounts
    ("Dozens of civilians were wounded.", [("wounded", "civilians", 24, N, "at_least")]),
    ("Scores of people were killed.", [("killed", "people", 40, N, "at_least")]),
    ("Hundreds of people were arrested.", [("arrested", "people", 200, N, "at_least")]),
    ("Several soldiers were wounded.", [("wounded", "soldiers", 3, 9, "range")]),
    # all, another, others, including
    ("All ten militants had been killed.", [("killed", "militants", 10, 10, "exact")]),
    (
        "The attack killed two and injured at least another three.",
        [("killed", "people", 2, 2, "exact"), ("wounded", "people", 3, N, "at_least")],
    ),
    (
        "At least one Afghan policeman was killed and around five others wounded.",
        [("killed", "police", 1, N, "at_least"), ("wounded", "police", 5, 5, "about")],
    ),
    (
        "IS claims that 27 people have been killed, including seven policemen.",
        [("killed", "people", 27, 27, "exact"), ("killed", "police", 7, 7, "exact")],
    ),
    (
        "The bombing killed 14, including three children.",
        [("killed", "people", 14, 14, "exact"), ("killed", "children", 3, 3, "exact")],
    ),
    (
        "Seven people, including four women, were killed.",
        [("killed", "people", 7, 7, "exact"), ("killed", "women", 4, 4, "exact")],
    ),
    # negations and zeros
    (
        "There are no fatalities among police officers and embassy staff.",
        [("killed", "police", 0, 0, "exact"), ("killed", "staff", 0, 0, "exact")],
    ),
    ("No one was killed in the blast.", [("killed", "people", 0, 0, "exact")]),
    ("Nobody was hurt.", [("wounded", "people", 0, 0, "exact")]),
    ("No casualties were reported.", [("casualties", "people", 0, 0, "exact")]),
    ("No civilians were killed.", [("killed", "civilians", 0, 0, "exact")]),
    # several figures in one sentence
    (
        "An attacker drove into the capital, killing more than 100 people and wounding as "
        "many as 235.",
        [("killed", "people", 101, N, "at_least"), ("wounded", "people", N, 235, "at_most")],
    ),
    (
        "12 people were killed and 20 wounded.",
        [("killed", "people", 12, 12, "exact"), ("wounded", "people", 20, 20, "exact")],
    ),
    (
        "Eleven soldiers were killed and 14 wounded.",
        [("killed", "soldiers", 11, 11, "exact"), ("wounded", "soldiers", 14, 14, "exact")],
    ),
    (
        "The blast left 5 dead and 10 injured.",
        [("killed", "people", 5, 5, "exact"), ("wounded", "people", 10, 10, "exact")],
    ),
    (
        "Three soldiers and two civilians were killed.",
        [("killed", "soldiers", 3, 3, "exact"), ("killed", "civilians", 2, 2, "exact")],
    ),
    (
        "A gunman opened fire in a mosque, killing 14 worshippers and wounding 20 others.",
        [("killed", "civilians", 14, 14, "exact"), ("wounded", "civilians", 20, 20, "exact")],
    ),
    (
        "Ten militants killed 12 soldiers.",
        [("count", "militants", 10, 10, "exact"), ("killed", "soldiers", 12, 12, "exact")],
    ),
    # verb before, passive after, headline, tolls, among the dead
    ("Gunmen killed at least 12 people.", [("killed", "people", 12, N, "at_least")]),
    ("The strike killed over ten soldiers.", [("killed", "soldiers", 11, N, "at_least")]),
    ("Seven attackers killed as forces stave off attack", [("killed", "militants", 7, 7, "exact")]),
    ("Two senior leaders have been killed.", [("killed", "leaders", 2, 2, "exact")]),
    ("A purported 140 additional fighters killed.", [("killed", "militants", 140, 140, "exact")]),
    ("The death toll rose to 30, officials said.", [("killed", "people", 30, 30, "exact")]),
    ("The death toll from the bombing has risen to 63.", [("killed", "people", 63, 63, "exact")]),
    ("Two policemen were among the dead.", [("killed", "police", 2, 2, "exact")]),
    ("At least two children were among those killed.", [("killed", "children", 2, N, "at_least")]),
    ("Authorities reported 57 casualties.", [("casualties", "people", 57, 57, "exact")]),
    ("The suicide bomber killed himself and 12 others.", [("killed", "people", 12, 12, "exact")]),
    (
        "Eight members of the security forces were killed.",
        [("killed", "security_forces", 8, 8, "exact")],
    ),
    ("12 Taliban fighters were killed in the clash.", [("killed", "militants", 12, 12, "exact")]),
    ("Killing  at least 90 IS fighters.", [("killed", "militants", 90, N, "at_least")]),
    ("Three of them were killed.", [("killed", "people", 3, 3, "exact")]),
    # headlines, asides, lists, lives
    ("Kabul blast kills 20", [("killed", "people", 20, 20, "exact")]),
    ("Death toll in Kabul attack climbs to 95", [("killed", "people", 95, 95, "exact")]),
    (
        "20 people killed, 50 injured in Kabul blast",
        [("killed", "people", 20, 20, "exact"), ("wounded", "people", 50, 50, "exact")],
    ),
    ("The attack claimed the lives of 12 people.", [("killed", "people", 12, 12, "exact")]),
    ("The attack claimed 12 lives.", [("killed", "people", 12, 12, "exact")]),
    ("Twelve people lost their lives.", [("killed", "people", 12, 12, "exact")]),
    ("Over a dozen people were killed.", [("killed", "people", 13, N, "at_least")]),
    ("Nearly two dozen people were wounded.", [("wounded", "people", N, 23, "at_most")]),
    ("Hundreds were injured.", [("wounded", "people", 200, N, "at_least")]),
    (
        "At least 12 people, mostly civilians, were killed.",
        [("killed", "people", 12, N, "at_least")],
    ),
    (
        "3 soldiers, 2 civilians and 4 police were killed.",
        [
            ("killed", "soldiers", 3, 3, "exact"),
            ("killed", "civilians", 2, 2, "exact"),
            ("killed", "police", 4, 4, "exact"),
        ],
    ),
    (
        "Killing 5 soldiers and 3 civilians.",
        [("killed", "soldiers", 5, 5, "exact"), ("killed", "civilians", 3, 3, "exact")],
    ),
    (
        "5 people, among them 2 children, were killed.",
        [("killed", "people", 5, 5, "exact"), ("killed", "children", 2, 2, "exact")],
    ),
    (
        "Two Afghan National Army (ANA) soldiers were killed.",
        [("killed", "soldiers", 2, 2, "exact")],
    ),
    ("The killing of 12 people sparked protests.", [("killed", "people", 12, 12, "exact")]),
    ("Afghan forces killed 35 Taliban militants.", [("killed", "militants", 35, 35, "exact")]),
    ("The 10 attackers were all killed.", [("killed", "militants", 10, 10, "exact")]),
    (
        "The Taliban killed 15 soldiers and captured 10.",
        [("killed", "soldiers", 15, 15, "exact")],
    ),
    # groups named by a metric, parts named by a pronoun, participles as adjectives
    ("Seven of the dead were members of one community.", [("killed", "people", 7, 7, "exact")]),
    ("Two of the wounded later died in hospital.", [("killed", "people", 2, 2, "exact")]),
    (
        "Among the injured were at least five paramilitary soldiers.",
        [("wounded", "soldiers", 5, N, "at_least")],
    ),
    (
        "Nine people were killed, six of them women, when a shell hit a house.",
        [("killed", "people", 9, 9, "exact"), ("killed", "women", 6, 6, "exact")],
    ),
    ("The hospital treated 67 injured people.", [("wounded", "people", 67, 67, "exact")]),
    (
        "The raid left 3,812 civilians killed or wounded.",
        [("casualties", "civilians", 3812, 3812, "exact")],
    ),
    (
        "Two of the wounded died, raising the toll to 16.",
        [("killed", "people", 2, 2, "exact"), ("killed", "people", 16, 16, "exact")],
    ),
    ("Five members of his family were missing.", [("missing", "people", 5, 5, "exact")]),
    # a singular subject with an article is one
    (
        "A policeman was killed and three others were wounded.",
        [("killed", "police", 1, 1, "exact"), ("wounded", "police", 3, 3, "exact")],
    ),
    (
        "The roadside bomb killed a soldier and wounded three others.",
        [("killed", "soldiers", 1, 1, "exact"), ("wounded", "soldiers", 3, 3, "exact")],
    ),
    ("A journalist was among the dead.", [("killed", "journalists", 1, 1, "exact")]),
    (
        "A police officer and two civilians were killed.",
        [("killed", "police", 1, 1, "exact"), ("killed", "civilians", 2, 2, "exact")],
    ),
    # other metrics
    ("Police said three suspects had been arrested.", [("arrested", "militants", 3, 3, "exact")]),
    ("At least 9 people remain missing.", [("missing", "people", 9, N, "at_least")]),
    ("Thousands of people have fled their homes.", [("displaced", "people", 2000, N, "at_least")]),
    ("Around ten militants set off a car bomb.", [("count", "militants", 10, 10, "about")]),
    ("Four gunmen stormed the ministry.", [("count", "militants", 4, 4, "exact")]),
    ("Two of the attackers blew themselves up.", [("count", "militants", 2, 2, "exact")]),
]

NOT_CASUALTIES = [
    "The gunmen fought a four hour battle with police.",
    "They sparked a four-hour gun battle in which no one knew what happened.",
    "Security personnel has dropped by around 10 percent.",
    "IS lost over 60% of its territories.",
    "Repairing the damage will cost over $1 billion.",
    "Militants battled in at least half of the country's 34 provinces.",
    "At least seven provincial capitals were under threat.",
    "At least one of the explosions was a car bomb.",
    "A network of around 25 checkpoints surrounds the city.",
    "The US dropped at least 1,634 bombs.",
    "The city is home to over 2,000 IS fighters.",
    "There are less than 1,000 IS fighters still remaining in the country.",
    "The Taliban has tripled in size since 2014 to up to 60,000.",
    "Hafiz Sayed Khan was killed in 2016.",
    "The attack on July 31st was claimed by IS.",
    "He said 50 of these commanders had been tracked and targeted.",
    "A 25-year-old man was killed.",
    "The hospital has 300 beds.",
    "Almost 17 years after the US invaded, the war goes on.",
    "Gunmen stormed the ministry and the attackers have all been killed.",
    "Around 200 families were displaced.",
    "Two other suicide bombers targeted the police station.",
    "He said 20 officers were deployed.",
    "The attack happened at 10:30 when 3 cars exploded.",
    "A victim aged 25 was killed.",
    "Police deployed 200 officers after the attack.",
    "He said 20 officers were deployed after the attack that killed the governor.",
    "Over 900,000 homes were destroyed when the bombs killed a family.",
    "A suicide bomber detonated his explosives at the gate.",
    "A senior police official says at least one of the explosions was a car bomb.",
    "A Taliban attacker drove an ambulance into the capital.",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_pattern(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", NOT_CASUALTIES, ids=[t[:50] for t in NOT_CASUALTIES])
def test_not_a_casualty_figure(text):
    assert read(text) == []


def test_part_points_at_whole():
    figures = read_figures(
        "IS claims that 27 people have been killed, including seven policemen.", LEX
    )
    assert [f.part_of for f in figures] == [None, 0]


@pytest.mark.parametrize(
    "text", ["The death toll rose to 30.", "The death toll rose from 10 to 30."]
)
def test_toll_rise_is_a_revision(text):
    (toll,) = read_figures(text, LEX)
    assert toll.revision
    assert (toll.low, toll.high) == (30, 30)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "Police initially said 30 people were killed, but later raised the toll to 45.",
            [(False, True), (True, False)],
        ),
        ("15 dead so far, officials said.", [(False, True)]),
        ("Preliminary reports said 12 people were wounded.", [(False, True)]),
        ("Earlier this month, a drone strike killed 5 people.", [(False, False)]),
        ("At least 12 people were killed and 20 wounded.", [(False, False), (False, False)]),
    ],
)
def test_revision_and_provisional_flags(text, flags):
    assert [(f.revision, f.provisional) for f in read_figures(text, LEX)] == flags


def test_vague_amount_is_less_confident():
    (vague,) = read_figures("Dozens of people were killed.", LEX)
    (exact,) = read_figures("24 people were killed.", LEX)
    assert vague.confidence < exact.confidence


def test_figure_offsets_follow_the_offset_given():
    text = "Later, 12 people were killed."
    (fig,) = read_figures(text, LEX, offset=100)
    assert text[fig.start - 100 : fig.end - 100] == "12 people were killed"
    assert fig.text == "12"


def test_others_take_the_subject_of_the_previous_sentence():
    tables = figure_tables(LEX)
    from claimrecon.extract.figures import read_sentence
    from claimrecon.models import Subject

    (fig,) = read_sentence("Five others were wounded.", tables, last_subject=Subject.POLICE)
    assert fig.subject is Subject.POLICE


def test_lexicon_extension_adds_a_subject():
    lexicon = LEX.extend({"figures": {"subject_words": {"firefighters": "staff"}}})
    (fig,) = read_figures("Three firefighters were injured.", lexicon)
    assert fig.subject.value == "staff"
    assert read("Three firefighters were injured.") == []


# --- adversarial input: these must return at once, not hang -------------------------------

ADVERSARIAL = [
    "9" * 100_000 + " people were killed",
    "1," * 50_000 + " killed",
    "," * 100_000 + " killed",
    "killed" + " " * 100_000 + "5 people",
    "at least " * 10_000 + "5 people were killed",
    "five others " * 8_000 + "were killed",
    "no " * 15_000 + "fatalities",
    "twenty-" * 30_000 + "seven people died",
    "killed " * 30_000,
    "between 1 and " * 8_000 + "killed",
    "-" * 100_000 + "killed",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_input_is_read_in_linear_time(text):
    for fig in read_figures(text, LEX):
        assert fig.low is None or fig.high is None or fig.low <= fig.high


def test_long_digit_runs_are_not_counts():
    assert read("killed 12345678901234567890 people") == []


# --- properties ------------------------------------------------------------------------------

QUALIFIERS = sorted(LEX.figures.qualifiers)
SUBJECTS = sorted(LEX.figures.subject_words)
METRICS = ["were killed", "were wounded", "were injured", "died", "were arrested", "went missing"]


@given(
    qualifier=st.sampled_from(["", *QUALIFIERS]),
    n=st.integers(0, 10**7),
    words=st.booleans(),
    subject=st.sampled_from(SUBJECTS),
    metric=st.sampled_from(METRICS),
)
def test_interval_never_has_low_above_high(qualifier, n, words, subject, metric):
    number = spell(n) if words and n < 10**6 else f"{n:,}"
    text = f"{qualifier} {number} {subject} {metric}.".strip()
    for fig in read_figures(text, LEX):
        assert fig.low is None or fig.high is None or fig.low <= fig.high
        # The model agrees the interval is well formed for its qualifier.
        Figure(low=fig.low, high=fig.high, qualifier=fig.qualifier)


@given(
    a=st.integers(0, 10**6), b=st.integers(0, 10**6), joiner=st.sampled_from(["-", " to ", " or "])
)
def test_ranges_are_ordered(a, b, joiner):
    for fig in read_figures(f"{a}{joiner}{b} people were killed.", LEX):
        assert fig.low is None or fig.high is None or fig.low <= fig.high


@given(st.integers(0, 999_999_999))
def test_number_words_round_trip(n):
    assert words_to_int(spell(n), LEX.figures) == n


@given(st.integers(0, 10**12))
def test_digits_round_trip(n):
    assert words_to_int(f"{n:,}", LEX.figures) == n
    assert words_to_int(str(n), LEX.figures) == n


@given(st.text(max_size=300))
def test_tokens_index_the_text(text):
    tok = tokenize(text, 7)
    for word, start, end in zip(tok.text, tok.start, tok.end, strict=True):
        assert text[start - 7 : end - 7] == word


@given(st.text(max_size=200))
def test_figures_of_any_text_are_well_formed(text):
    for fig in read_figures(text, LEX):
        assert 0 <= fig.start < fig.end <= len(text)
        assert fig.low is None or fig.high is None or fig.low <= fig.high


def test_exclusive_qualifiers_shift_by_one():
    assert read("More than 100 people were killed.")[0][2] == 101
    assert read("Fewer than 10 people were hurt.")[0][3] == 9
    assert read("Fewer than 1 person was hurt.")[0][3] == 0


def test_spell_rejects_out_of_range():
    with pytest.raises(ValueError, match="cannot spell"):
        spell(-1)


def test_phrase_table_matches_longest_first():
    table = PhraseTable({"police": 1, "police officers": 2})
    assert table.match(["police", "officers"], 0) == (2, 2)
    assert table.match(["police", "said"], 0) == (1, 1)
    assert table.match_ending(["the", "police", "officers"], 3) == (2, 1)
    assert table.match(["x"], 5) is None


def test_word_pattern_is_whole_word_and_case_blind():
    pattern = word_pattern(["kill", "killed"])
    assert [m.group() for m in pattern.finditer("KILLED skill kill-")] == ["KILLED", "kill"]
    assert word_pattern([]) is None


def test_qualifier_kinds():
    assert read("About 5 people died.")[0][4] == Qualifier.ABOUT.value
