"""The per-document extraction pipeline: spans, order, determinism, bad input, gold."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon.errors import DocumentError
from claimrecon.extract import extract
from claimrecon.gold import read_gold, score
from claimrecon.models import Document, FigureClaim, Metric, Subject
from claimrecon.pipeline import extract_report
from claimrecon.vocab import Lexicon

PHRASES = [
    "At least 12 people were killed",
    "killing more than 100 people and wounding as many as 235",
    "no fatalities among police officers and embassy staff",
    "27 people have been killed, including seven policemen",
    "around five others wounded",
    "the death toll rose to 30",
    "Seven attackers killed",
    "dozens of civilians were wounded",
    "no one was killed",
    "a four hour battle",
    "over 60% of its territories",
    "in 2016",
    "Around ten militants set off a car bomb",
    "three soldiers and two civilians were killed",
]
FILLER = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
SEPARATORS = st.sampled_from([". ", ", ", "\n", " and ", "; ", " ", ".\n\n"])


@st.composite
def casualty_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(PHRASES), FILLER), max_size=12))
    return "".join(part + draw(SEPARATORS) for part in parts)


def figures(claims):
    return [c for c in claims if isinstance(c, FigureClaim)]


@given(casualty_texts())
def test_quote_is_the_document_text_at_the_span(text):
    doc = Document(id="gen", text=text)
    for claim in extract(doc):
        assert claim.span.doc == "gen"
        assert claim.quote == text[claim.span.start : claim.span.end]
        assert claim.quote
        f = claim.figure if isinstance(claim, FigureClaim) else None
        assert f is None or f.low is None or f.high is None or f.low <= f.high


@given(casualty_texts())
def test_extraction_is_deterministic_and_sorted(text):
    doc = Document(id="gen", text=text)
    first = extract(doc)
    assert first == extract(doc)
    keys = [(c.span.start, c.span.end) for c in first]
    assert keys == sorted(keys)


def test_claims_are_sorted_by_span_with_sources_and_confidence():
    text = "Seven attackers killed.\nAt least one policeman was killed and five others injured."
    claims = extract(Document(id="d", text=text))
    assert [c.quote for c in claims] == [
        "Seven attackers killed",
        "At least one policeman was killed",
        "five others injured",
    ]
    assert all(0 < c.confidence <= 1 for c in claims)
    assert claims[2].subject is Subject.POLICE


def test_part_claim_points_at_the_whole_claim():
    text = "IS claims that 27 people have been killed, including seven policemen."
    whole, part = figures(extract(Document(id="d", text=text)))
    assert whole.part_of is None
    assert part.part_of == whole.id
    assert (part.metric, part.subject) == (Metric.KILLED, Subject.POLICE)


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 people were killed in the attack. Four children were among the dead.",
        "The blast killed 30 people. Four children were among those killed, police said.",
        "Gunmen killed 30 people on Monday. Ambulance crews said four children guarding the"
        " shop were among the dead.",
    ],
)
def test_among_the_dead_in_a_later_sentence_is_a_part(text):
    whole, part = figures(extract(Document(id="d", text=text)))
    assert whole.part_of is None
    assert part.part_of == whole.id
    assert (part.metric, part.subject, part.figure.low) == (Metric.KILLED, Subject.CHILDREN, 4)


def test_among_the_dead_in_another_paragraph_is_no_part():
    text = "The blast killed 30 people.\n\nFour children were among the dead."
    assert [c.part_of for c in figures(extract(Document(id="d", text=text)))] == [None, None]


def test_provisional_and_revision_reach_the_claims():
    text = "Police initially said 30 people were killed, but later raised the toll to 45."
    first, second = figures(extract(Document(id="d", text=text)))
    assert (first.provisional, first.revision) == (True, False)
    assert (second.provisional, second.revision) == (False, True)


def test_two_zero_claims_from_one_negation():
    text = "Afghan authorities say there are no fatalities among police officers and embassy staff."
    claims = figures(extract(Document(id="d", text=text)))
    assert [(c.subject, c.figure.low, c.figure.high) for c in claims] == [
        (Subject.POLICE, 0, 0),
        (Subject.STAFF, 0, 0),
    ]
    assert len({c.id for c in claims}) == 2


def test_lexicon_argument_is_used():
    text = "Four firefighters were injured."
    (default,) = extract(Document(id="d", text=text))
    assert default.subject is Subject.PEOPLE
    lexicon = Lexicon.default().extend({"figures": {"subject_words": {"firefighters": "staff"}}})
    (claim,) = extract(Document(id="d", text=text), lexicon)
    assert claim.subject is Subject.STAFF


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  \n",
        "twelve people were killed and 5 injured " * 50,
        "Двенадцать человек погибли. 十二人死亡。 Doce personas murieron.",
        "Five\x00 people\x07 were killed\x1b. 3 \x0c soldiers died\x7f",
        "Five people \ufffd were killed \U0001f4a5. \ufffd 7 soldiers died",
        "\u200b\u200b12\u200b people were killed\ufeff",
        "killed " + "9" * 50_000,
        "1," * 30_000 + " killed",
        "at least " * 10_000 + "5 people were killed",
    ],
    ids=[
        "empty",
        "blank",
        "no-punctuation",
        "non-english",
        "control",
        "replacement",
        "zero-width",
        "digits",
        "commas",
        "qualifiers",
    ],
)
def test_bad_input_gives_claims_not_errors(text):
    claims = extract(Document(id="bad", text=text))
    for claim in claims:
        assert claim.quote == text[claim.span.start : claim.span.end]


def test_replacement_and_control_characters_still_yield_figures():
    # Lone surrogates are refused by Document itself (tests/test_hostile.py).
    text = "Five people were killed \ufffd\U0001f4a5. \x07 7 soldiers died"
    claims = extract(Document(id="d", text=text))
    assert [c.figure.low for c in figures(claims)] == [5, 7]


def test_ten_megabyte_document():
    unit = "Markets in the capital were open and traffic was heavy on the main road. "
    half = unit * (5 * 1024 * 1024 // len(unit) + 1)
    text = half + "At least 12 people were killed. " + half
    claims = extract(Document(id="big", text=text))
    assert [c.quote for c in claims] == ["At least 12 people were killed"]


def test_ten_megabytes_without_punctuation_or_lines():
    text = "word " * (2 * 1024 * 1024) + "at least 12 people were killed"
    claims = extract(Document(id="flat", text=text))
    assert [c.quote for c in claims] == ["at least 12 people were killed"]


def test_document_that_is_not_text_is_a_typed_error():
    doc = Document.model_construct(id="broken", text=None)
    with pytest.raises(DocumentError, match="broken"):
        extract(doc)


# --- gold ----------------------------------------------------------------------------------


def test_golden_figures(seeds_dir):
    gold = read_gold(seeds_dir / "gold.json")
    scores = score(gold, extract_report(gold.documents()))
    assert scores.figures.f1 >= 0.90, scores.format()
    for name in ("metric", "subject", "interval"):
        assert scores.figure_attributes[name].accuracy >= 0.90, scores.format()


def test_gold_documents_have_dates_when_published(seeds_dir):
    gold = read_gold(seeds_dir / "gold.json")
    docs = list(gold.documents())
    assert all(isinstance(d.published, dt.date) for d in docs)


# --- the how-to page's example ---------------------------------------------------------------

HOW_TO = Path(__file__).resolve().parent.parent / "docs" / "how-to" / "extend-lexicons.md"


def test_how_to_extend_lexicons_runs_as_written(tmp_path, monkeypatch, capsys):
    page = HOW_TO.read_text(encoding="utf-8")
    python = re.findall(r"```python\n(.*?)```", page, re.S)
    printed = re.findall(r"```text\n(.*?)```", page, re.S)
    # The page writes the file itself, in a shell block (tests/test_howtos.py runs it).
    (json_file,) = re.findall(r"<<'JSON'\n(.*?)JSON\n", page, re.S)
    assert len(python) == 2
    (tmp_path / "floods.json").write_text(json_file, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(python[0], namespace)
    assert capsys.readouterr().out == printed[0]
    assert [c.metric for c in namespace["claims"]] == [
        Metric.KILLED,
        Metric.MISSING,
        Metric.DISPLACED,
    ]
    exec(python[1], {})


def test_claims_in_text_without_punctuation_keep_document_offsets():
    text = (
        "word " * 5_000
        + "IS claimed responsibility for the attack that killed 5 people police said "
        + "word " * 5_000
    )
    claims = extract(Document(id="flat", text=text))
    assert {c.type for c in claims} == {"figure", "attribution"}
    for claim in claims:
        assert claim.quote == text[claim.span.start : claim.span.end]
        assert claim.span.start > 20_000
        if claim.date is not None and claim.date.span is not None:
            assert claim.date.span.start > 20_000


def test_a_failing_step_is_a_document_error_naming_the_place(monkeypatch):
    module = sys.modules["claimrecon.extract"]

    def broken(ctx, start, end):
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "find_source", broken)
    with pytest.raises(DocumentError, match=r"doc-7: sentence 1, characters 15\.\.38") as info:
        extract(Document(id="doc-7", text="Nothing today. Two people were killed."))
    assert isinstance(info.value.__cause__, RuntimeError)


@pytest.mark.parametrize(
    "text",
    [
        "IS claimed the attack on the hotel.",
        "The Islamic State group claimed the attack.",
        "Officials blamed al-Shabaab for the bombing, which killed 12 people.",
    ],
)
def test_attributions_are_read_where_a_group_is_named(text):
    assert any(c.type == "attribution" for c in extract(Document(id="d", text=text)))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A short alias names its group only as written: "IS", never the verb "is".
        ("It is what it is: the attack is claimed by no one and is denied, police said.", []),
        ("It is claimed that is was behind the attack.", []),
        ("This is what IS said: it claimed the attack.", ["Islamic State"]),
        # A long name is read in any case.
        ("the islamic state claimed the attack, police said.", ["Islamic State"]),
    ],
)
def test_a_short_alias_names_its_group_only_as_written(text: str, actors: list[str]) -> None:
    claims = extract(Document(id="d", text=text))
    assert [c.actor for c in claims if c.type == "attribution"] == actors


def test_a_sentence_read_in_one_document_is_read_at_its_own_place_in_another() -> None:
    # A sentence's figures are kept by its text across documents: the second reading
    # must place them in its own document, at its own offsets.
    sentence = "Gunmen killed 14 people in Dunmar on Monday, police said."
    lead = "Zelvania mourned.\n\n"
    first = [c for c in extract(Document(id="a", text=sentence)) if c.type == "figure"]
    second = [c for c in extract(Document(id="b", text=lead + sentence)) if c.type == "figure"]
    assert [c.figure.low for c in first] == [14]
    assert [(c.span.doc, c.span.start - len(lead), c.quote) for c in second] == [
        ("b", c.span.start, c.quote) for c in first
    ]
