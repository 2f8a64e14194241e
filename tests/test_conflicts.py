"""Contradictions on real-news shapes: what is no conflict, and what is one conflict.

Each test names a phenomenon of news reports, not a sentence of the corpus: a few of the
dead given inside a total, a part of a revised total, a zero about one nationality.
"""

from __future__ import annotations

import datetime as dt

from claimrecon import Document, find_contradictions
from tests.builders import LEXICON, att, fig, report_of


def run(*claims, documents=()):
    return find_contradictions(report_of(*claims, documents=documents), lexicon=LEXICON)


def day(doc: str, n: int, text: str = "") -> Document:
    return Document(id=doc, text=text, published=dt.date(2020, 5, n))


def test_a_few_of_the_dead_given_inside_a_total_cap_no_other_count():
    # "More than 150 killed, including at least 16 foreigners, four of them Americans"
    # against another outlet's "at least six foreigners" and "11 attackers killed".
    total = fig(151, None, q="at_least", doc="a")
    foreigners = fig(16, None, q="at_least", subject="civilians", doc="a", part_of=total.id)
    americans = fig(4, doc="a", part_of=foreigners.id)
    six = fig(6, None, q="at_least", subject="civilians", source="police", doc="b")
    attackers = fig(11, subject="militants", source="ministry", kind="official", doc="c")
    assert run(total, foreigners, americans, six, attackers).contradictions == ()


def test_a_part_of_a_revised_total_is_revised_with_it():
    # Same day: "at least 22 killed, including 12 staff"; later "the toll rose to 23",
    # "the toll is now 23, including 13 staff". The staff count rose with the toll.
    docs = [day("a", 4), day("b", 4)]
    first = fig(22, None, q="at_least", doc="a")
    staff12 = fig(12, subject="staff", doc="a", part_of=first.id)
    headline = fig(23, doc="b", revision=True)
    body = fig(23, source="charity", kind="ngo", doc="b")
    staff13 = fig(13, subject="staff", source="charity", kind="ngo", doc="b", part_of=body.id)
    claims = (first, staff12, headline, body, staff13)
    assert run(*claims, documents=docs).contradictions == ()
    # Without the rise, 12 and 13 staff on one day are rivals.
    plain = fig(23, source="charity", kind="ngo", doc="b")
    staff = fig(13, subject="staff", source="charity", kind="ngo", doc="b", part_of=plain.id)
    (x,) = run(first, staff12, plain, staff, documents=docs).contradictions
    assert set(x.claim_ids) == {staff12.id, staff.id}


def test_a_zero_about_one_nationality_says_nothing_of_the_toll():
    text = "No Canadians have been reported killed. At least 101 people were killed."
    doc = Document(id="a", text=text, published=dt.date(2020, 5, 1))
    zero = fig(0, doc="a", quote="No Canadians have been reported killed")
    zero = zero.model_copy(
        update={
            "span": zero.span.model_copy(update={"start": 0, "end": 38}),
            "figure": zero.figure.model_copy(update={"text": "No"}),
        }
    )
    toll = fig(101, None, q="at_least", doc="b", source="police", kind="official")
    assert run(zero, toll, documents=[doc]).contradictions == ()
    # A zero of the same nationality still faces a count of it.
    two = fig(2, doc="c", quote="two Canadians were killed")
    two = two.model_copy(update={"figure": two.figure.model_copy(update={"text": "two"})})
    (x,) = run(zero, toll, two, documents=[doc]).contradictions
    assert set(x.claim_ids) == {zero.id, two.id}


def _placed(claim, doc: Document, quote: str, number: str):
    """Return ``claim`` with its span on ``quote`` in ``doc`` and its number's text."""
    start = doc.text.index(quote)
    span = claim.span.model_copy(update={"doc": doc.id, "start": start, "end": start + len(quote)})
    figure = claim.figure.model_copy(update={"text": number})
    return claim.model_copy(update={"span": span, "quote": quote, "figure": figure})


def test_those_who_died_in_hospital_are_a_part_of_the_toll():
    # "Four patients died in hospital" counts those who died of their wounds, not all
    # the civilians killed: a part, below another outlet's "nine foreigners among".
    doc = day("a", 2, "The minister wrote: four patients died in hospital. Total victims: 35.")
    four = _placed(fig(4, subject="civilians"), doc, "four patients died", "four")
    nine = fig(9, subject="civilians", doc="b", quote="nine foreigners were among the dead")
    nine = nine.model_copy(update={"figure": nine.figure.model_copy(update={"text": "nine"})})
    assert run(four, nine, documents=[doc, day("b", 2)]).contradictions == ()


def test_a_count_of_identified_victims_is_a_floor():
    doc = day("a", 3, "Officials said 28 victims had been identified.")
    identified = _placed(fig(28, source="officials", kind="official"), doc, "28 victims", "28")
    toll = fig(31, doc="b")
    assert run(identified, toll, documents=[doc, day("b", 2)]).contradictions == ()
    # A plain later count of 28 below the earlier 31 is a correction.
    plain = fig(28, source="officials", kind="official", doc="c")
    (x,) = run(plain, toll, documents=[day("c", 3), day("b", 2)]).contradictions
    assert x.kind.value == "revision"


def test_one_disagreement_told_on_two_days_is_one_contradiction():
    # Police say 10 and the hospital 20 on Monday, and both again on Tuesday.
    docs = [day("a", 4), day("b", 4), day("c", 5), day("d", 5)]
    police = [fig(10, source="police", kind="official", doc=d) for d in "ac"]
    hospital = [fig(20, source="hospital", kind="official", doc=d) for d in "bd"]
    (x,) = run(*police, *hospital, documents=docs).contradictions
    assert {frozenset(side) for side in x.sides} == {
        frozenset(c.id for c in police),
        frozenset(c.id for c in hospital),
    }


def test_findings_are_never_merged_against_a_rise():
    # 11 on Monday; 10 and 12 on Tuesday: 10 corrects 11 and rivals 12, but 11 then 12
    # is a toll that rose: one conflict, 10 against the rising count, never 11 against 12.
    docs = [day("a", 4), day("b", 5), day("c", 5)]
    eleven = fig(11, doc="a")
    ten = fig(10, source="officials", kind="official", doc="b")
    twelve = fig(12, source="reports", kind="unknown", doc="c")
    (x,) = run(eleven, ten, twelve, documents=docs).contradictions
    assert {frozenset(s) for s in x.sides} == {
        frozenset({ten.id}),
        frozenset({eleven.id, twelve.id}),
    }
    assert "(11, then 12)" in x.explanation
    assert "officials (official) give 10 (published 2020-05-05), below the 11" in x.explanation


def test_a_toll_lowered_in_so_many_words_corrects_the_earlier_ones():
    # Monday: 34 killed. Friday's text: "authorities had lowered the toll to 28 at the
    # weekend, before raising it to 35": the 28 corrects the 34, the 35 is a rise.
    text = "Authorities had lowered the toll to 28 at the weekend. The toll rose to 35."
    doc = day("b", 8, text)
    monday = fig(34, source="officials", kind="official", doc="a")
    lowered = _placed(fig(28), doc, "toll to 28", "28")
    risen = _placed(fig(35, revision=True), doc, "rose to 35", "35")
    (x,) = run(monday, lowered, risen, documents=[day("a", 4), doc]).contradictions
    assert x.kind.value == "revision"
    assert {frozenset(s) for s in x.sides} == {frozenset({monday.id}), frozenset({lowered.id})}


def test_three_perpetrators_named_for_one_event_are_one_contradiction():
    claim = att("Islamic State", "claimed", source="Amaq", kind="militant")
    blame = att("Ukraine", "asserted", source="Kremlin", kind="official", doc="k")
    suspicion = att("Chechen separatists", "suspected", source="analysts", kind="expert")
    (x,) = run(claim, blame, suspicion).contradictions
    assert len(x.sides) == 3 and x.severity.value == "hard"
    assert "only one of them can have done it" in x.explanation


def test_died_in_hospital_is_read_within_the_quote_too():
    doc = day("a", 2, "Officials said four had died in hospital.")
    four = _placed(
        fig(4, source="officials", kind="official"), doc, "four had died in hospital", "four"
    )
    eleven = fig(11, doc="b", source="health officials", kind="official")
    assert run(four, eleven, documents=[doc, day("b", 2)]).contradictions == ()


def test_attacker_counts_of_one_group_are_floors():
    # "Two gunmen opened fire" and "three attackers": the two may be part of the three.
    two = fig(2, metric="count", subject="militants", source="police", kind="official")
    three = fig(3, metric="count", subject="militants", doc="b")
    assert run(two, three).contradictions == ()
    # An estimate of them all keeps its ceiling: "four to six" against "ten".
    estimate = fig(4, 6, q="range", metric="count", subject="militants", doc="c")
    ten = fig(10, None, q="at_least", metric="count", subject="militants", doc="d")
    assert len(run(estimate, ten).contradictions) == 1


def test_explanations_say_why_in_words():
    docs = [day("a", 1), day("b", 1)]
    a = fig(10, source="police", kind="official", doc="a")
    b = fig(20, source="hospital", kind="official", doc="b")
    (x,) = run(a, b, documents=docs).contradictions
    assert "the number of people killed cannot be both 10 and 20" in x.explanation
    assert "rival figures of one time (published 2020-05-01)" in x.explanation
    later = fig(8, source="ministry", kind="official", doc="c")
    (x,) = run(a, later, documents=[day("a", 1), day("c", 3)]).contradictions
    assert "ministry (official) gives 8 later" in x.explanation
    assert "below the 10 police (official) gave earlier" in x.explanation
    assert "does not fall" in x.explanation
