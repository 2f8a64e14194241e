"""The whole job in one call: claimrecon.pipeline.analyze and extract_report."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimrecon import (
    AnalysisError,
    Document,
    DocumentError,
    Limits,
    Report,
    analyze,
    estimate,
    extract,
    extract_report,
    find_contradictions,
    group_events,
    read_documents,
)
from claimrecon.independence import trace_roots
from tests.conftest import SEEDS

DOCS = tuple(read_documents([SEEDS]))
SHORT = Document(id="short", text="Two people were killed in Kabul on Monday, police said.")
LONG = Document(id="long", text="Five people were killed in Herat, officials said. " * 200)
LIMITS = Limits(max_document_chars=9000)


def _contents(report: Report) -> dict[str, list[str]]:
    """Return what a report holds, each list as a sorted multiset of JSON texts."""
    dumped = json.loads(report.model_dump_json())
    return {
        key: sorted(json.dumps(item, sort_keys=True) for item in value)
        for key, value in dumped.items()
        if key != "documents"
    }


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return analyze(DOCS)


def test_analyze_is_the_stages_run_in_order(seeds_report: Report) -> None:
    by_hand = estimate(find_contradictions(trace_roots(group_events(extract_report(DOCS)))))
    assert seeds_report == by_hand
    assert seeds_report.events and seeds_report.contradictions and seeds_report.estimates


@settings(max_examples=8)
@given(st.permutations(DOCS))
def test_the_result_does_not_depend_on_the_order_of_documents(
    seeds_report: Report, documents: list[Document]
) -> None:
    report = analyze(documents)
    assert [d.id for d in report.documents] == [d.id for d in documents]
    assert _contents(report) == _contents(seeds_report)


def test_extract_report_holds_each_documents_claims_in_order() -> None:
    report = extract_report(DOCS)
    assert report.documents == DOCS
    assert report.claims == tuple(claim for doc in DOCS for claim in extract(doc))
    assert not report.events and not report.skipped


@pytest.mark.parametrize("on_error", ["raise", "skip", "collect"])
def test_a_document_id_used_twice_is_an_error_whatever_on_error_says(on_error: str) -> None:
    twice = Document(id=SHORT.id, text="Nothing happened.")
    with pytest.raises(DocumentError) as caught:
        analyze([SHORT, LONG, twice], on_error=on_error)  # type: ignore[arg-type]
    assert caught.value.where == "short"
    assert str(caught.value) == "short: document id used twice (again by document number 3)"


def test_an_unknown_error_policy_is_refused_before_any_document_is_read() -> None:
    pulled: list[str] = []

    def documents() -> Iterator[Document]:
        pulled.append(SHORT.id)
        yield SHORT

    with pytest.raises(ValueError, match="on_error must be one of raise, skip, collect"):
        analyze(documents(), on_error="ignore")  # type: ignore[arg-type]
    assert pulled == []


def test_a_document_over_the_limit_raises_by_default_naming_it() -> None:
    with pytest.raises(DocumentError) as caught:
        analyze([SHORT, LONG], limits=LIMITS)
    assert caught.value.where == "long"
    assert "9000 characters" in str(caught.value)


def test_skipping_a_document_leaves_the_others_as_they_were_alone() -> None:
    report = analyze([SHORT, LONG, *DOCS[:2]], limits=LIMITS, on_error="skip")
    alone = analyze([SHORT, *DOCS[:2]], limits=LIMITS)
    assert [s.document for s in report.skipped] == ["long"]
    assert report.skipped[0].stage == "extract"
    assert "9000 characters" in report.skipped[0].error
    assert report.model_copy(update={"skipped": ()}) == alone


def test_collect_raises_after_the_run_with_the_report_of_the_others() -> None:
    with pytest.raises(AnalysisError) as caught:
        analyze([LONG, SHORT], limits=LIMITS, on_error="collect")
    skipped = analyze([LONG, SHORT], limits=LIMITS, on_error="skip")
    assert caught.value.report == skipped
    assert str(caught.value).startswith("long: ")
    assert "\n" not in str(caught.value)


def test_no_documents_make_an_empty_report() -> None:
    report = analyze([])
    assert report == Report()
