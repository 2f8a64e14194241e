from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrecon import (
    AttributionClaim,
    Contradiction,
    DateRef,
    Document,
    DuplicateRuleError,
    Event,
    FigureClaim,
    Source,
    Span,
    UnknownRuleError,
    find_contradictions,
)
from claimrecon.errors import RuleError
from claimrecon.gold import read_gold, score
from claimrecon.models import DatePrecision, Metric, Severity, SourceKind, Subject
from claimrecon.rules import EventContext, RuleRegistry, default_registry, rule
from claimrecon.rules import registry as registry_module
from tests import strategies
from tests.builders import LEXICON, att, fig, report_of, small_figures
from tests.rulecases import rules_found, run

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


# --- the engine ------------------------------------------------------------------------------


def test_the_registry_lists_the_built_in_rules():
    listed = {r.name: (r.kind.value, r.severity.value, r.doc) for r in default_registry}
    for name in (
        "figure-disagreement",
        "zero-against-count",
        "part-and-whole",
        "casualties-against-parts",
        "attribution-conflict",
        "date-conflict",
        "revision",
        "self-interest",
    ):
        assert name in listed
        assert listed[name][2]
    assert listed["attribution-conflict"][:2] == ("attribution", "hard")


def test_unknown_rule_names_list_the_known_ones():
    with pytest.raises(UnknownRuleError, match="figure-disagreement"):
        run(fig(1), rules=["no-such-rule"])
    with pytest.raises(UnknownRuleError):
        run(fig(1), disable=["no-such-rule"])
    with pytest.raises(UnknownRuleError):
        RuleRegistry().get("x")


def test_registering_a_name_twice_is_an_error():
    registry = RuleRegistry()

    @rule("twice", kind="other", registry=registry)
    def first(ctx):
        """First."""
        return iter(())

    with pytest.raises(DuplicateRuleError, match="twice"):

        @rule("twice", kind="other", registry=registry)
        def second(ctx):
            """Second."""
            return iter(())


def test_rules_can_be_chosen_and_switched_off():
    a, b = fig(10), fig(7)
    assert run(a, b, disable=["figure-disagreement"]).contradictions == ()
    assert run(a, b, rules=["date-conflict"]).contradictions == ()
    registry = default_registry.copy()
    registry.disable("figure-disagreement")
    assert run(a, b, registry=registry).contradictions == ()
    assert not registry.is_enabled("figure-disagreement")
    registry.enable("figure-disagreement")
    assert rules_found(run(a, b, registry=registry)) == ["figure-disagreement"]
    assert default_registry.is_enabled("figure-disagreement")


def test_an_empty_registry_finds_nothing():
    assert run(fig(10), fig(7), registry=RuleRegistry()).contradictions == ()


def test_findings_need_a_running_rule():
    ctx = EventContext.build(report_of(fig(1)), Event(id="e1"), lexicon=LEXICON)
    with pytest.raises(RuleError):
        ctx.contradiction([["a"], ["b"]], "x")


def test_earlier_findings_are_replaced_not_appended():
    once = run(fig(10), fig(7))
    twice = find_contradictions(once, lexicon=LEXICON)
    assert twice.contradictions == once.contradictions


# A package that publishes a rule: a module of rules and its distribution's metadata, on a
# folder put on the import path, as pip would install it. Each test names its own module.
_PUBLISHED = """
from claimrecon.rules import RuleRegistry, rule

_own = RuleRegistry()


@rule("{name}", kind="other", registry=_own)
def published(ctx):
    \"\"\"{doc}\"\"\"
    yield ctx.note([c.id for c in ctx.claims], "seen")
"""


def publish(site: Path, package: str, points: dict[str, str], rule_name: str = "") -> Path:
    """Install ``package`` in ``site``: its module (when ``rule_name``) and entry points."""
    site.mkdir(exist_ok=True)
    if rule_name:
        doc = f"Note every event, from {package}."
        (site / f"{package}.py").write_text(_PUBLISHED.format(name=rule_name, doc=doc))
    info = site / f"{package}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {package}\nVersion: 0.1\n")
    lines = [f"[{registry_module.ENTRY_POINT_GROUP}]", *(f"{k} = {v}" for k, v in points.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    return site


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A folder on the import path that packages are installed in; forgotten afterwards."""
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    before = set(sys.modules)
    yield folder
    for name in set(sys.modules) - before:
        if name.startswith("published_"):
            del sys.modules[name]


def test_rules_are_loaded_from_entry_points(site):
    publish(site, "published_module", {"fake": "published_module"}, "plugin-rule")
    registry = RuleRegistry()
    assert registry.load_entry_points() == ["plugin-rule"]
    assert registry.load_entry_points() == []
    assert [n.rule for n in run(fig(1), registry=registry).notes] == ["plugin-rule"]

    clash = RuleRegistry()
    clash.rule("plugin-rule", kind="other")(lambda ctx: iter(()))
    with pytest.raises(DuplicateRuleError):
        clash.load_entry_points()


def test_a_published_rule_object_is_loaded(site):
    publish(site, "published_object", {"one": "published_object:published"}, "object-rule")
    assert RuleRegistry().load_entry_points() == ["object-rule"]


def test_an_entry_point_that_is_not_a_rule_is_an_error(site):
    publish(site, "published_bad", {"bad": "builtins:len"})
    with pytest.raises(RuleError, match="bad"):
        RuleRegistry().load_entry_points()


def test_the_engine_never_raises_on_contradictory_data():
    claims = [fig(n, subject=s) for n in (0, 3, 50) for s in ("people", "police", "militants")]
    claims += [att(a, s) for a in ("Islamic State", "Taliban") for s in ("claimed", "denied")]
    result = run(*claims)
    assert len(result.contradictions) > 5


def test_the_user_rule_example_from_the_docs_runs():
    text = (DOCS / "how-to" / "write-a-rule.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    namespace: dict = {}
    try:
        exec(blocks[0], namespace)
        exec(blocks[1], namespace)
        found = namespace["found"]
        (x,) = found.contradictions
        assert x.rule == "killed-more-attackers-than-took-part"
        assert "[15, 15] exceeds [9, 11]" in x.explanation
        # The page shows the explanation as the output of the block that prints it.
        shown = re.search(r"<!-- output -->\n```text\n(.*?)\n```", text, re.S)
        assert shown is not None and x.explanation == shown[1]
    finally:
        if "killed-more-attackers-than-took-part" in default_registry:
            default_registry.remove("killed-more-attackers-than-took-part")


# --- properties ------------------------------------------------------------------------------


SUBJECTS = [Subject.PEOPLE, Subject.POLICE, Subject.SECURITY_FORCES]
METRICS = [Metric.KILLED, Metric.WOUNDED, Metric.CASUALTIES]


@st.composite
def event_claims(draw):
    n = draw(st.integers(1, 6))
    docs = ["d1", "d2", "d3"]
    claims = []
    for i in range(n):
        if draw(st.integers(0, 4)) == 0:
            claims.append(
                AttributionClaim(
                    span=Span(doc=draw(st.sampled_from(docs)), start=i, end=i + 1),
                    quote="x",
                    source=Source(
                        name=draw(st.sampled_from([None, "Islamic State", "police"])),
                        kind=draw(st.sampled_from([SourceKind.MILITANT, SourceKind.OFFICIAL])),
                    ),
                    actor=draw(st.sampled_from(["Islamic State", "Taliban", "ISIS-K"])),
                    stance=draw(st.sampled_from(["claimed", "believed", "denied"])),
                )
            )
            continue
        date = draw(
            st.none()
            | st.builds(
                DateRef,
                text=st.sampled_from(["on Monday", "on Tuesday", "then"]),
                value=st.dates(dt.date(2018, 1, 1), dt.date(2018, 2, 28)),
                precision=st.sampled_from(DatePrecision),
            )
        )
        claims.append(
            FigureClaim(
                span=Span(doc=draw(st.sampled_from(docs)), start=i, end=i + 1),
                quote=draw(st.sampled_from(["x", "the toll was revised down to", "rose to"])),
                source=Source(
                    name=draw(st.sampled_from([None, "Islamic State", "police"])),
                    kind=draw(st.sampled_from([SourceKind.MILITANT, SourceKind.OFFICIAL])),
                ),
                metric=draw(st.sampled_from(METRICS)),
                subject=draw(st.sampled_from(SUBJECTS)),
                figure=draw(small_figures()),
                revision=draw(st.booleans()),
                provisional=draw(st.booleans()),
                date=date,
            )
        )
    return claims


DOCUMENTS = (
    Document(id="d1", text="", published=dt.date(2018, 1, 1)),
    Document(id="d2", text="", published=dt.date(2018, 1, 2)),
    Document(id="d3", text=""),
)


@given(event_claims(), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_the_order_of_claims_or_rules(claims, rnd):
    forward = run(*claims, documents=DOCUMENTS)
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    names = list(default_registry.names())
    rnd.shuffle(names)
    backward = run(*shuffled, documents=DOCUMENTS[::-1], rules=names)
    assert backward.contradictions == forward.contradictions
    assert backward.notes == forward.notes


@given(event_claims())
def test_a_contradiction_is_symmetric(claims):
    result = run(*claims, documents=DOCUMENTS)
    for x in result.contradictions:
        assert list(x.sides) == sorted(x.sides)
        assert all(list(side) == sorted(side) for side in x.sides)
        swapped = Contradiction(**{**x.model_dump(), "id": "", "sides": x.sides[::-1]})
        assert swapped.id == x.id
    # Swapping two claims in the report swaps nothing in the findings.
    if len(claims) >= 2:
        swapped_claims = [claims[1], claims[0], *claims[2:]]
        again = run(*swapped_claims, documents=DOCUMENTS)
        assert again.contradictions == result.contradictions


@given(
    st.integers(0, 1000),
    st.lists(
        st.tuples(
            # Casualties are killed plus wounded, so one value for all three can clash.
            st.sampled_from([Metric.KILLED, Metric.WOUNDED, Metric.ARRESTED]),
            st.sampled_from(list(Subject)),
            st.sampled_from(["a", "b", None]),
            st.sampled_from(["d1", "d2"]),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_figures_that_share_one_value_have_no_figure_findings(n, shapes):
    claims = [
        fig(n, metric=metric, subject=subject, source=source, doc=doc)
        for metric, subject, source, doc in shapes
    ]
    result = run(*claims)
    assert [x for x in result.contradictions if x.kind.value == "figure"] == []


@given(
    st.text(alphabet="aoMnday Tuesd", max_size=2000)
    | st.lists(
        st.sampled_from(["Monday", "TUESDAY", "tuesday", "Mondays", "aMonday", "day", " ", ","])
    ).map("".join)
)
def test_a_date_names_a_weekday_only_when_it_names_one(text):
    from claimrecon.rules.dates import named_weekday

    # Whole words only ("Mondays" or "aMonday" name no day), and one day or none.
    text *= 3
    names = {w.casefold() for w in re.split(r"\W+", text)} & {"monday", "tuesday"}
    expected = {"monday": 0, "tuesday": 1}[names.pop()] if len(names) == 1 else None
    assert named_weekday(DateRef(text=text)) == expected


# --- golden ----------------------------------------------------------------------------------


def test_golden_contradictions_on_the_seed_gold(seeds_dir):
    gold = read_gold(seeds_dir / "gold.json")
    report = gold.to_report().model_copy(update={"contradictions": ()})
    found = find_contradictions(report, lexicon=LEXICON)
    scores = score(gold, found)
    summary = scores.summary()
    text = scores.format()
    assert "(4/4 right, 4/4 found)" in text, text
    assert "consistent pairs flagged: 0" in text, text
    hard = [x for x in found.contradictions if x.severity is Severity.HARD]
    assert len(hard) == 4, [x.explanation for x in hard]
    assert summary is not None


# Run in a process of its own: the default registry loads published rules once a process.
_TWICE = """
import importlib, sys
from claimrecon import Document, analyze
doc = Document(id="d", text="Police said 12 people were killed in the attack.")
first = analyze([doc])
sys.path.insert(0, sys.argv[1])
importlib.invalidate_caches()
second = analyze([doc])
print(sorted({n.rule for n in first.notes}), sorted({n.rule for n in second.notes}))
"""


def test_find_contradictions_loads_published_rules_once(tmp_path):
    early = publish(tmp_path / "early", "published_early", {"e": "published_early"}, "early-rule")
    late = publish(tmp_path / "late", "published_late", {"l": "published_late"}, "late-rule")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(early), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-c", _TWICE, str(late)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    # Loaded before the first run, and used in both; installed after it, not read again.
    assert done.stdout.split("\n")[0] == "['early-rule'] ['early-rule']"


@given(strategies.reports, st.data())
def test_any_report_is_checked_without_raising(report, data):
    # Point the events at claims the report holds, so the rules have something to read.
    ids = [c.id for c in report.claims]
    events = tuple(
        event.model_copy(
            update={"claims": tuple(data.draw(st.lists(st.sampled_from(ids), max_size=4)))}
        )
        if ids
        else event
        for event in report.events
    )
    result = find_contradictions(report.model_copy(update={"events": events}))
    for x in result.contradictions:
        assert len(x.sides) >= 2 and all(x.sides)
        assert x.explanation.endswith(".")


def test_the_rules_command_lists_published_rules(tmp_path):
    site = publish(tmp_path / "site", "published_listed", {"p": "published_listed"}, "listed")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-m", "claimrecon", "rules"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "listed" in done.stdout
    assert "Note every event, from published_listed." in done.stdout
    assert "figure-disagreement" in done.stdout
