from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from claimrecon.models import (
    ABOUT_TOLERANCE,
    AttributionClaim,
    Claim,
    Contradiction,
    Document,
    Estimate,
    Figure,
    FigureClaim,
    Metric,
    Qualifier,
    Report,
    Source,
    SourceKind,
    Span,
    Subject,
    Tolerance,
)
from tests import strategies as s

CLAIM = TypeAdapter(Claim)


def fig(low: int | None, high: int | None, q: str) -> Figure:
    return Figure(low=low, high=high, qualifier=Qualifier(q))


# --- validation --------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "end"), [(5, 4), (-1, 3)])
def test_bad_spans_are_rejected(start: int, end: int) -> None:
    with pytest.raises(ValidationError):
        Span(doc="d", start=start, end=end)


def test_span_text_and_overlap() -> None:
    doc = Document(id="d", text="Seven attackers killed")
    assert Span(doc="d", start=0, end=5).text(doc) == "Seven"
    assert Span(doc="d", start=0, end=5).overlaps(Span(doc="d", start=4, end=9))
    assert not Span(doc="d", start=0, end=5).overlaps(Span(doc="d", start=5, end=9))
    assert not Span(doc="d", start=0, end=5).overlaps(Span(doc="e", start=0, end=5))
    with pytest.raises(ValueError, match="runs past"):
        Span(doc="d", start=0, end=99).text(doc)
    with pytest.raises(ValueError, match="not 'x'"):
        Span(doc="d", start=0, end=1).text(Document(id="x", text="a"))


@pytest.mark.parametrize(
    ("low", "high", "q"),
    [
        (5, 4, "range"),
        (5, 6, "exact"),
        (None, None, "exact"),
        (5, 5, "at_least"),
        (5, None, "at_most"),
        (None, 5, "range"),
        (3, 4, "about"),
    ],
)
def test_inconsistent_figures_are_rejected(low: int | None, high: int | None, q: str) -> None:
    with pytest.raises(ValidationError):
        fig(low, high, q)


def test_unknown_enum_values_and_extra_fields_are_rejected() -> None:
    span = Span(doc="d", start=0, end=1)
    with pytest.raises(ValidationError):
        FigureClaim(span=span, quote="x", metric="eaten", subject="people", figure=Figure.exact(1))
    with pytest.raises(ValidationError):
        Source(kind="astrologer")
    with pytest.raises(ValidationError):
        Document(id="d", text="", colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        CLAIM.validate_python({"type": "opinion", "span": span, "quote": "x"})


def test_models_are_frozen() -> None:
    doc = Document(id="d", text="t")
    with pytest.raises(ValidationError):
        doc.text = "other"  # type: ignore[misc]


def test_estimate_needs_ordered_values() -> None:
    with pytest.raises(ValidationError):
        Estimate(event="e", metric="killed", subject="people", low=5, best=3, high=9, policy="x")


def test_contradiction_needs_two_sides() -> None:
    with pytest.raises(ValidationError):
        Contradiction(rule="r", kind="figure", severity="hard", sides=(("a",),), explanation="")


# --- subjects and metrics -----------------------------------------------------------------


def test_subject_tree() -> None:
    assert Subject.PEOPLE.contains(Subject.POLICE)
    assert Subject.SECURITY_FORCES.contains(Subject.GUARDS)
    assert Subject.MILITANTS.contains(Subject.LEADERS)
    assert Subject.CIVILIANS.contains(Subject.JOURNALISTS)
    assert not Subject.CIVILIANS.contains(Subject.POLICE)
    assert Subject.POLICE.ancestors() == (Subject.SECURITY_FORCES, Subject.PEOPLE)
    assert Subject.POLICE.disjoint(Subject.STAFF)
    assert not Subject.POLICE.disjoint(Subject.PEOPLE)
    assert Metric.CASUALTIES.components == (Metric.KILLED, Metric.WOUNDED)


@given(st.sampled_from(Subject), st.sampled_from(Subject), st.sampled_from(Subject))
def test_subject_containment_is_a_partial_order(a: Subject, b: Subject, c: Subject) -> None:
    assert a.contains(a)
    assert Subject.PEOPLE.contains(a)
    if a.contains(b) and b.contains(a):
        assert a is b
    if a.contains(b) and b.contains(c):
        assert a.contains(c)


# --- figures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        (fig(101, None, "at_least"), fig(101, None, "at_least"), True),  # over 100 / more than 100
        (fig(5, 5, "about"), fig(5, 5, "exact"), True),  # around five / five
        (fig(301, None, "at_least"), fig(401, None, "at_least"), True),
        (fig(10, 10, "exact"), fig(7, 7, "exact"), False),
        (fig(0, 0, "exact"), fig(7, 7, "exact"), False),
        (fig(None, 235, "at_most"), fig(236, None, "at_least"), False),
        (fig(None, 235, "at_most"), fig(235, None, "at_least"), True),
        (fig(10, 10, "about"), fig(8, 8, "exact"), False),  # 9..11 against 8
        (fig(10, 10, "about"), fig(9, 9, "exact"), True),
        (fig(100, 100, "about"), fig(88, 88, "exact"), False),  # 90..110 against 88
        (fig(100, 100, "about"), fig(90, 90, "exact"), True),
        (fig(1000, 2000, "range"), fig(1500, 1500, "exact"), True),
    ],
)
def test_figure_compatibility(a: Figure, b: Figure, compatible: bool) -> None:
    assert a.compatible(b) is compatible
    assert b.compatible(a) is compatible


def test_tolerance_is_configurable() -> None:
    loose = Tolerance(relative=0.5)
    assert fig(10, 10, "about").compatible(Figure.exact(6), loose)
    assert not fig(10, 10, "about").compatible(Figure.exact(6))
    assert ABOUT_TOLERANCE.widen(5) == (4, 6)
    assert ABOUT_TOLERANCE.widen(0) == (0, 1)


def test_exceeds() -> None:
    assert Figure.exact(7).exceeds(Figure.exact(5))
    assert not Figure.exact(7).exceeds(fig(5, None, "at_least"))
    assert not Figure.exact(5).exceeds(Figure.exact(7))


@given(s.figures(), s.figures())
def test_compatibility_is_symmetric_and_reflexive(a: Figure, b: Figure) -> None:
    assert a.compatible(a)
    assert a.compatible(b) == b.compatible(a)
    if a.exceeds(b):
        assert not a.compatible(b)


@given(s.figures())
def test_bounds_are_ordered(f: Figure) -> None:
    low, high = f.bounds()
    assert low >= 0
    assert high is None or low <= high


@pytest.mark.parametrize("q", list(Qualifier))
def test_figure_str_is_readable(q: Qualifier) -> None:
    f = {
        Qualifier.EXACT: fig(3, 3, "exact"),
        Qualifier.ABOUT: fig(3, 3, "about"),
        Qualifier.AT_LEAST: fig(3, None, "at_least"),
        Qualifier.AT_MOST: fig(None, 3, "at_most"),
        Qualifier.RANGE: fig(3, 4, "range"),
    }[q]
    assert "3" in str(f)
    assert str(Figure(low=3, high=3, text="three")) == "three"


# --- claims -------------------------------------------------------------------------------


def _claim(**overrides: object) -> FigureClaim:
    values: dict[str, object] = {
        "span": Span(doc="d", start=0, end=5),
        "quote": "Seven",
        "metric": "killed",
        "subject": "militants",
        "figure": Figure.exact(7),
    }
    values.update(overrides)
    return FigureClaim.model_validate(values)


def test_claim_ids_derive_from_content() -> None:
    a, b = _claim(), _claim(source=Source(name="police", kind=SourceKind.OFFICIAL))
    assert a.id == b.id  # who says it is not what is said
    assert a.id.startswith("fig-")
    assert _claim(figure=Figure.exact(8)).id != a.id
    assert _claim(span=Span(doc="d", start=1, end=5)).id != a.id
    assert _claim(id="f01").id == "f01"
    attribution = AttributionClaim(
        span=Span(doc="d", start=0, end=5), quote="x", actor="Taliban", stance="denied"
    )
    assert attribution.id.startswith("att-")


def test_source_label_shows_the_chain() -> None:
    ap = Source(name="AP", kind=SourceKind.MEDIA)
    assert Source(name="police", kind="official", via=(ap,)).label == "police (via AP)"
    assert Source().label == "the document"


def test_report_lookups() -> None:
    claim = _claim()
    doc = Document(id="d", text="Seven", published=dt.date(2018, 5, 30))
    report = Report(documents=(doc,), claims=(claim,))
    assert report.claim(claim.id) is claim
    assert report.document("d") is doc
    with pytest.raises(KeyError):
        report.claim("nope")
    with pytest.raises(KeyError):
        report.document("nope")


# --- round-trips --------------------------------------------------------------------------


@given(s.claims)
def test_claim_json_round_trip(claim: FigureClaim | AttributionClaim) -> None:
    assert CLAIM.validate_json(CLAIM.dump_json(claim)) == claim


@given(s.reports)
def test_report_json_round_trip(report: Report) -> None:
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert again.model_dump_json() == report.model_dump_json()


def test_report_json_schema_describes_claims() -> None:
    schema = Report.model_json_schema()
    assert {"FigureClaim", "AttributionClaim", "Event", "Contradiction"} <= set(schema["$defs"])
