"""Figure patterns: one case per phrasing, non-casualty numbers, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.extract import extract
from claimrecon.extract.figures import figure_tables, read_figures
from claimrecon.extract.numbers import PhraseTable, spell, tokenize, word_pattern, words_to_int
from claimrecon.models import Document, Figure, FigureClaim, Qualifier
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
    # The corpus convention (benchmarks/real/README.md, 12): "nearly" is approximate.
    ("Nearly 50 soldiers died.", [("killed", "soldiers", 50, 50, "about")]),
    ("Around ten militants were killed.", [("killed", "militants", 10, 10, "about")]),
    ("Some 40 civilians were injured.", [("wounded", "civilians", 40, 40, "about")]),
    ("An estimated 300 people were killed.", [("killed", "people", 300, 300, "about")]),
    ("Roughly 20 fighters were killed.", [("killed", "militants", 20, 20, "about")]),
    # ranges
    ("Between 5 and 10 soldiers were killed.", [("killed", "soldiers", 5, 10, "range")]),
    ("Five to seven militants were killed.", [("killed", "militants", 5, 7, "range")]),
    ("1,000-2,000 people were displaced.", [("displaced", "people", 1000, 2000, "range")]),
    ("Two or three guards were wounded.", [("wounded", "guards", 2, 3, "range")]),
    # vague amounts are no figures: no interval a precise count could contradict
    ("Dozens of civilians were wounded.", []),
    ("Scores of people were killed.", []),
    ("Hundreds of people were arrested.", []),
    ("Several soldiers were wounded.", []),
    # all, another, others, including
    (
        "All ten militants had been killed.",
        [("killed", "militants", 10, 10, "exact"), ("count", "militants", 10, 10, "exact")],
    ),
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
    # "others" of another fate than civilians are anyone hurt (the corpus's reading)
    (
        "A gunman opened fire in a mosque, killing 14 worshippers and wounding 20 others.",
        [("killed", "civilians", 14, 14, "exact"), ("wounded", "people", 20, 20, "exact")],
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
    ("Nearly two dozen people were wounded.", [("wounded", "people", 24, 24, "about")]),
    ("Hundreds were injured.", []),
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
        [("killed", "soldiers", 15, 15, "exact"), ("arrested", "soldiers", 10, 10, "exact")],
    ),
    # groups named by a metric, parts named by a pronoun, participles as adjectives
    ("Seven of the dead were members of one community.", [("killed", "civilians", 7, 7, "exact")]),
    ("Two of the wounded later died in hospital.", [("killed", "people", 2, 2, "exact")]),
    (
        "Among the injured were at least five paramilitary soldiers.",
        [("wounded", "security_forces", 5, N, "at_least")],
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
    ("Police said three suspects had been arrested.", [("arrested", "people", 3, 3, "exact")]),
    ("At least 9 people remain missing.", [("missing", "people", 9, N, "at_least")]),
    ("Thousands of people have fled their homes.", []),
    ("Around ten militants set off a car bomb.", [("count", "militants", 10, 10, "about")]),
    ("Four gunmen stormed the ministry.", [("count", "militants", 4, 4, "exact")]),
    ("Two of the attackers blew themselves up.", [("killed", "militants", 2, 2, "exact")]),
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
    "The hospital has 300 beds.",
    "Almost 17 years after the US invaded, the war goes on.",
    "Gunmen stormed the ministry and the attackers have all been killed.",
    "Around 200 families were displaced.",
    "He said 20 officers were deployed.",
    "The attack happened at 10:30 when 3 cars exploded.",
    "The victim aged 25 was killed.",
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
    # "from 10": the earlier value is a figure of its own (the corpus convention), no update.
    *earlier, toll = read_figures(text, LEX)
    assert toll.revision
    assert (toll.low, toll.high) == (30, 30)
    assert [(f.low, f.high, f.revision) for f in earlier] == (
        [(10, 10, False)] if "from" in text else []
    )


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
        # the sentence goes on to say the count may rise: an early count
        (
            "Troops evacuated 14 guards who had been wounded in the raid on Dunmar, police "
            "said, adding that the toll may rise.",
            [(False, True)],
        ),
        (
            "Eight people were killed in Velka, officials said; the toll is expected to rise.",
            [(False, True)],
        ),
        # not past the end of its sentence
        (
            "Eight people were killed in Velka. The toll of the earlier raid may rise.",
            [(False, False)],
        ),
        # the count may be higher, may go up, will increase
        (
            "Nine people were confirmed dead, the Okvara health minister said, adding that the "
            "real toll could be higher.",
            [(False, True)],
        ),
        (
            "Twelve were wounded in Dunmar, and officials said the number may go up.",
            [(False, True)],
        ),
        ("Police said 30 were killed and the toll will increase.", [(False, True)]),
    ],
)
def test_revision_and_provisional_flags(text, flags):
    assert [(f.revision, f.provisional) for f in read_figures(text, LEX)] == flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a sentence before says the toll will rise: the text's later tolls are early ones
        (
            "Officials fear the death toll will rise. The Velka governor said 30 people were "
            "killed. Later the minister said the toll reached 31.",
            [True, True],
        ),
        (
            "We are concerned that the number of dead could increase, the minister said. "
            "Twenty people were killed in Dunmar, police said.",
            [True],
        ),
        # the toll of the victims: not the attackers killed
        (
            "The death toll is expected to rise. Four attackers were killed by police.",
            [False],
        ),
        # the wounded are another metric
        (
            "The death toll is expected to rise. Forty people were wounded.",
            [False],
        ),
        # only the tolls told after it
        (
            "Thirty people were killed in Okvara. The death toll is expected to rise.",
            [False],
        ),
    ],
)
def test_a_toll_foretold_to_rise_makes_the_texts_later_tolls_early(text, flags):
    claims = extract(Document(id="d", text=text), LEX)
    assert [c.provisional for c in claims if isinstance(c, FigureClaim)] == flags


def test_a_vague_amount_is_read_but_yields_no_figure():
    # Its words are no other figure's: "dozens" does not leave "of people" to the next number.
    assert read("Dozens of people were killed and 24 were wounded.") == [
        ("wounded", "people", 24, 24, "exact")
    ]


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
    # Without the entry the head noun is still a subject, the nearest the lexicon infers.
    assert read("Three firefighters were injured.") == [("wounded", "people", 3, 3, "exact")]


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


# --- ages, modifiers, captures, provisional and revised tolls ---------------------------

AGE_CASES = [
    ("Gunmen killed 29 children under the age of 15.", [("killed", "children", 29, 29, "exact")]),
    (
        "Twelve boys aged between 10 and 14 were abducted.",
        [("missing", "children", 12, 12, "exact")],
    ),
    ("Police said 5 girls aged 12 to 14 were killed.", [("killed", "children", 5, 5, "exact")]),
    ("Three teenagers, 15 and 16, were wounded.", [("wounded", "children", 3, 3, "exact")]),
    ("Two men in their 20s were killed.", [("killed", "people", 2, 2, "exact")]),
    ("Four women in their sixties were injured.", [("wounded", "women", 4, 4, "exact")]),
    ("A 17-year-old was killed in the blast.", [("killed", "people", 1, 1, "exact")]),
    ("A 25-year-old man was killed.", [("killed", "people", 1, 1, "exact")]),
    ("A seventeen-year-old girl was shot dead.", [("killed", "children", 1, 1, "exact")]),
    ("Two 15-year-olds were wounded.", [("wounded", "people", 2, 2, "exact")]),
    ("Six villagers (ages 30 to 45) were kidnapped.", [("missing", "civilians", 6, 6, "exact")]),
]

AMONG_CASES = [
    ("Two police officers guarding the gate were among the dead.", "killed", "police", 2),
    ("Five soldiers who were escorting the convoy were killed.", "killed", "soldiers", 5),
    ("Three foreigners were among the victims.", "killed", "civilians", 3),
    ("Seven women were among the wounded.", "wounded", "women", 7),
    (
        "Six journalists covering the rally were among the casualties.",
        "casualties",
        "journalists",
        6,
    ),
    ("Four guards who had tried to stop the bomber were injured.", "wounded", "guards", 4),
    (
        "Nine passengers travelling on the bus that was attacked were among the injured.",
        "wounded",
        "civilians",
        9,
    ),
]

ADJECTIVE_CASES = [
    ("194 wounded people had been brought in.", [("wounded", "people", 194, 194, "exact")]),
    ("Doctors treated 40 injured civilians.", [("wounded", "civilians", 40, 40, "exact")]),
    ("Troops recovered the bodies of 12 dead soldiers.", [("killed", "soldiers", 12, 12, "exact")]),
    ("Ambulances carried dozens of wounded to hospital.", []),
    ("Hospitals received hundreds of injured.", []),
]

CAPTURE_CASES = [
    (
        "Four attackers were killed and one was captured alive.",
        [("killed", "militants", 4, 4, "exact"), ("arrested", "militants", 1, 1, "exact")],
    ),
    ("Two suspects were detained.", [("arrested", "people", 2, 2, "exact")]),
    ("Police arrested three men.", [("arrested", "people", 3, 3, "exact")]),
    ("20 students were abducted.", [("missing", "civilians", 20, 20, "exact")]),
    ("Gunmen kidnapped 14 passengers.", [("missing", "civilians", 14, 14, "exact")]),
    ("Three soldiers were taken prisoner.", [("arrested", "soldiers", 3, 3, "exact")]),
    (
        "Troops killed five militants and captured two others.",
        [("killed", "militants", 5, 5, "exact"), ("arrested", "militants", 2, 2, "exact")],
    ),
    # Hostages taken or held are no casualty figure (the real corpus's convention).
    ("Eleven people were taken hostage.", []),
]

TIME_UNITS = [
    "The 30-hour siege ended at dawn.",
    "The siege lasted 30 hours.",
    "After a 12-hour gunfight, the hotel was cleared.",
    "Hostages were held for 48 hours before being killed.",
    "Thirty-six hours after the attack, the building was still burning.",
    "Fighting raged for three days.",
]


@pytest.mark.parametrize(("text", "expected"), AGE_CASES, ids=[c[0][:50] for c in AGE_CASES])
def test_an_age_is_not_a_count(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "metric", "subject", "n"), AMONG_CASES, ids=[c[0][:50] for c in AMONG_CASES]
)
def test_modifier_or_among_between_subject_and_metric(text, metric, subject, n):
    assert read(text) == [(metric, subject, n, n, "exact")]


def test_among_the_dead_is_a_part_of_the_whole_in_the_sentence():
    text = "At least 30 people were killed, and four children were among the dead."
    whole, part = read_figures(text, LEX)
    assert (whole.part_of, part.part_of, part.among) == (None, 0, True)


def test_among_without_a_containing_whole_is_no_part():
    text = "Three soldiers were killed, and two civilians were among the dead."
    assert [f.part_of for f in read_figures(text, LEX)] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"), ADJECTIVE_CASES, ids=[c[0][:50] for c in ADJECTIVE_CASES]
)
def test_metric_as_an_adjective_before_the_noun(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), CAPTURE_CASES, ids=[c[0][:50] for c in CAPTURE_CASES]
)
def test_captures_arrests_and_abductions(text, expected):
    assert read(text) == expected


def test_elided_subject_opening_a_sentence_takes_the_last_subject():
    tables = figure_tables(LEX)
    from claimrecon.extract.figures import read_sentence
    from claimrecon.models import Subject

    (fig,) = read_sentence("One was captured alive.", tables, last_subject=Subject.MILITANTS)
    assert (fig.metric.value, fig.subject.value, fig.low) == ("arrested", "militants", 1)


@pytest.mark.parametrize("text", TIME_UNITS)
def test_a_number_before_a_time_unit_is_never_a_count(text):
    assert read(text) == []


def test_a_time_unit_next_to_a_real_count():
    text = "The 30-hour siege ended with 12 militants killed after 30 hours of fighting."
    assert read(text) == [("killed", "militants", 12, 12, "exact")]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # provisional: (revision, provisional)
        ("An earlier toll of 30 dead was given by police.", [(False, True)]),
        ("Police first reported 10 dead.", [(False, True)]),
        ("A preliminary count showed 12 dead.", [(False, True)]),
        ("At least 15 people have been killed so far.", [(False, True)]),
        ("By midday the toll stood at 40 dead.", [(False, True)]),
        ("As of Tuesday evening, the death toll stood at 52.", [(False, True)]),
        ("By nightfall the number of dead had reached 19.", [(False, True)]),
        ("An earlier ministry statement had put the death toll at 87.", [(False, True)]),
        ("Previously reported figures put the dead at 40.", [(False, True)]),
        ("Provisionally, 22 people are listed as missing.", [(False, True)]),
        ("Earlier on Monday, a bomb killed 5 people.", [(False, False)]),
        # revisions
        ("The death toll climbed to 45.", [(True, False)]),
        ("The toll has risen to 60, officials said.", [(True, False)]),
        ("The death toll now stands at 70.", [(True, False)]),
        ("Officials later said 80 people were killed.", [(True, False)]),
        ("An updated toll put the number of dead at 90.", [(True, False)]),
        ("The latest toll is 33 dead.", [(True, False)]),
        ("Later, police said 20 people were killed.", [(True, False)]),
        ("A bomb later killed 3 people.", [(False, False)]),
        # neither
        ("Earlier this month, a drone strike killed 5 people.", [(False, False)]),
        ("Two soldiers later died of their wounds.", [(False, False)]),
        ("The death toll stood at 52.", [(False, False)]),
    ],
)
def test_provisional_and_revision_cues(text, flags):
    assert [(f.revision, f.provisional) for f in read_figures(text, LEX)] == flags


@pytest.mark.parametrize(
    "text",
    [
        "Two boys aged " + "1 and " * 2000 + "2 were killed.",
        "Five men " + "who " * 5000 + "were killed.",
        "Five men guarding " + "the gate " * 3000 + "were killed.",
        "Three teenagers, " + "15, " * 3000 + "were hurt.",
        "A " + "17-year-old " * 3000 + "was killed.",
        "in their " * 4000,
    ],
    ids=["ages", "relatives", "participle", "age-aside", "age-adjectives", "in-their"],
)
def test_age_and_modifier_patterns_are_linear(text):
    # Bounded look-ahead: each of these is read quickly and yields well-formed figures.
    for fig in read_figures(text, LEX):
        assert fig.low is None or fig.high is None or fig.low <= fig.high


SPELLED_CASES = [
    # an article as one, fractions of a scale
    ("A hundred and twenty people were killed.", [("killed", "people", 120, 120, "exact")]),
    (
        "One and a half million people were displaced.",
        [("displaced", "people", 1500000, 1500000, "exact")],
    ),
    (
        "Some two and a half thousand residents fled their homes.",
        [("displaced", "civilians", 2500, 2500, "about")],
    ),
    (
        "An estimated one and a half million people were displaced.",
        [("displaced", "people", 1500000, 1500000, "about")],
    ),
    # read by the token parser and the lexicon
    ("Half a million people were displaced.", [("displaced", "people", 500000, 500000, "exact")]),
    ("Half a dozen soldiers were wounded.", [("wounded", "soldiers", 6, 6, "exact")]),
    ("Two-dozen soldiers were killed.", [("killed", "soldiers", 24, 24, "exact")]),
    ("As many as 1.2m people were displaced.", [("displaced", "people", N, 1200000, "at_most")]),
    ("Some 150k people were displaced.", [("displaced", "people", 150000, 150000, "about")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), SPELLED_CASES, ids=[c[0][:50] for c in SPELLED_CASES]
)
def test_scaled_and_long_spelled_numbers(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bomb went off 5m from the gate and killed 3m away.",
        "He killed one and wounded two and three.",
        "Two and a half dozen people were hurt.",
    ],
)
def test_spelled_fallback_refuses_what_is_not_one_whole_count(text):
    # Not one whole count: nothing is read as 3,000,000 or 2.5 or 23.
    for fig in read_figures(text, LEX):
        assert fig.low not in (3000000, 5000000, 23)


def test_read_spelled_takes_only_one_whole_dimensionless_number():
    from claimrecon.extract.numbers import read_spelled

    assert read_spelled("a hundred and twenty") == 120
    assert read_spelled("two and three") is None
    assert read_spelled("seven and a half") is None


def test_word_pattern_exact_words_keep_their_case():
    pattern = word_pattern(["islamic state"], exact=["IS", "IS-K"])
    text = "It is over: IS-K and the Islamic state, not is or Is, IS."
    assert [m.group() for m in pattern.finditer(text)] == ["IS-K", "Islamic state", "IS"]
    assert word_pattern([], exact=["TTP"]).search("the ttp and TTP").group() == "TTP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead included three children.", [("killed", "children", 3, 3, "exact")]),
        ("The wounded included two journalists.", [("wounded", "journalists", 2, 2, "exact")]),
        ("Those killed included 12 police officers.", [("killed", "police", 12, 12, "exact")]),
        (
            "Eight members of one family, including five children aged between 3 and 12, died.",
            [("killed", "people", 8, 8, "exact"), ("killed", "children", 5, 5, "exact")],
        ),
        ("Among the dead were two foreign nationals.", [("killed", "civilians", 2, 2, "exact")]),
        (
            # the bare singular part ("including a girl") is no figure (figev20)
            "Nine people, including a 12-year-old girl, were killed.",
            [("killed", "people", 9, 9, "exact")],
        ),
        (
            "Five people, including two aged 12 and 14, were killed.",
            [("killed", "people", 5, 5, "exact"), ("killed", "people", 2, 2, "exact")],
        ),
    ],
)
def test_parts_named_by_a_verb_or_with_ages_in_an_aside(text, expected):
    assert read(text) == expected


def test_the_dead_included_is_a_part_of_the_whole():
    whole, part = read_figures(
        "At least 20 people were killed and the dead included three children.", LEX
    )
    assert (whole.part_of, part.among, part.part_of) == (None, True, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dead included 11 Ukrainians and at least 7 Afghans.",
            [("killed", "people", 11, 11, "exact"), ("killed", "people", 7, N, "at_least")],
        ),
        (
            "Two Pakistanis and three Chinese engineers were killed.",
            [("killed", "people", 2, 2, "exact"), ("killed", "people", 3, 3, "exact")],
        ),
        ("Five Britons were wounded.", [("wounded", "people", 5, 5, "exact")]),
        ("Two Pakistani soldiers were killed.", [("killed", "soldiers", 2, 2, "exact")]),
    ],
)
def test_people_of_a_nation_are_people(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The 12 Apostles were named.", "Route 66 Americans drove through.", "Chapter 12 Villains"],
)
def test_a_capitalised_word_after_a_number_is_no_figure_without_a_metric(text):
    assert read(text) == []


WORDS = st.sampled_from(
    [
        "12",
        "two",
        "a",
        "17",
        "-",
        "year-old",
        "aged",
        "between",
        "and",
        "10",
        "14",
        ",",
        "boys",
        "people",
        "soldiers",
        "guarding",
        "the",
        "gate",
        "who",
        "were",
        "was",
        "among",
        "dead",
        "killed",
        "wounded",
        "captured",
        "one",
        "included",
        "later",
        "earlier",
        "toll",
        "rose",
        "to",
        "by",
        "noon",
        "so",
        "far",
        "in",
        "their",
        "20s",
        "hundred",
        "half",
        "million",
        "Ukrainians",
        ".",
        "(",
        ")",
        "including",
    ]
)


@given(st.lists(WORDS, max_size=40))
def test_figures_from_casualty_words_are_well_formed(words):
    text = " ".join(words)
    found = read_figures(text, LEX)
    for idx, fig in enumerate(found):
        assert text[fig.start : fig.end].strip() == text[fig.start : fig.end]
        assert fig.low is None or fig.high is None or fig.low <= fig.high
        assert fig.low is None or fig.low >= 0
        # a part points at an earlier whole, never at itself or a later figure
        assert fig.part_of is None or 0 <= fig.part_of < idx
    assert read_figures(text, LEX) == found
