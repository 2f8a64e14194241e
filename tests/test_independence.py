from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from claimrecon import Document, analyze, estimate, exports, read_documents
from claimrecon.independence import (
    CopyFinder,
    copy_pairs,
    credits,
    document_credits,
    find_passages,
    trace_roots,
)
from claimrecon.models import Figure, FigureClaim, Report, Span
from claimrecon.trust import track_records, truthfinder

REAL = Path(__file__).resolve().parent.parent / "benchmarks" / "real"

# The wire copies the corpus's NOTES.md name: the same AP, AFP, Reuters or BBC story in two outlets.
WIRE_PAIRS = {
    ("dusitd2-2019-04-news24", "dusitd2-2019-05-pattayaone"),
    ("mumbai-2008-04-daily-american-ap", "mumbai-2008-05-cbs-news-ap"),
    ("peshawar-2014-03-newsweek-pakistan-afp", "peshawar-2014-04-the-national-afp"),
    ("rawda-2017-02-irishexaminer", "rawda-2017-03-voiceofwadi"),
    ("mogadishu-2017-04-arabnews", "mogadishu-2017-05-defenceweb"),
    ("westgate-2013-04-usatoday", "westgate-2013-05-guardian"),
    ("crocus-2024-03-hurriyetdailynews", "crocus-2024-04-nation"),
    ("bardo-2015-04-straitstimes", "bardo-2015-05-egypttoday"),
    ("karrada-2016-03-guardian", "karrada-2016-04-globalnews"),
    ("kabul-intercontinental-2018-01-ftlk", "kabul-intercontinental-2018-04-pakistantoday"),
    ("kabul-ambulance-2018-01-timeslive", "kabul-ambulance-2018-05-ofqnews"),  # AFP
    ("solhan-2021-02-straitstimes", "solhan-2021-03-asorockmirror"),  # Reuters
    ("ogossagou-2019-02-newslk", "ogossagou-2019-03-gbcghana"),  # BBC, by the annotator's notes
    # AFP's story of 16 June 2014 at two stages: 34 dead (06), then 48 (05).
    ("mpeketoni-2014-05-timesofisrael", "mpeketoni-2014-06-deccanchronicle"),
    ("pulwama-2019-04-newnation", "pulwama-2019-05-easterneye"),  # Reuters
    ("wagah-2014-03-financialexpress", "wagah-2014-04-clamorworld"),  # PTI
    ("charsadda-university-2016-03-chinapost", "charsadda-university-2016-05-almanar"),  # AFP
    ("kabul-university-2020-03-upnewsinfo", "kabul-university-2020-05-nepalkhoj"),  # AP
    # Two passages of 28 words (the country's background, the 2016 attackers' origin): one
    # wire story's paragraphs in both, though neither credits an agency.
    ("ouagadougou-2017-01-latimes", "ouagadougou-2017-03-aljazeera"),
    # Reuters' story of 9 November 2018 and its update of the 10th (22 dead, then 39).
    ("mogadishu-sahafi-2018-02-arabnews", "mogadishu-sahafi-2018-03-sowetanlive"),
    # AP's story of the claim, 29 January 2024. WPXI's (02) is AP's earlier story of the
    # attack: a different text, not a copy of these two.
    ("istanbul-church-2024-03-dtnpf", "istanbul-church-2024-04-americamagazine"),
    # Test pairs, so their texts were not read: listed as the finder finds them. The credit
    # lines it reads name Reuters in kasindi 01 and 02, none in 03; AFP in both Peshawar ones.
    ("kasindi-church-2023-01-timeslive", "kasindi-church-2023-02-dailyleaks"),
    ("kasindi-church-2023-01-timeslive", "kasindi-church-2023-03-aljazeera"),
    ("kasindi-church-2023-02-dailyleaks", "kasindi-church-2023-03-aljazeera"),
    ("peshawar-church-2013-03-dawn", "peshawar-church-2013-05-geo"),
}

# Copies that are not one wire: a story that reprints another outlet's paragraphs, crediting
# it. They share as much text as a wire pair, and their shared figures are one voice too.
BORROWED_PAIRS = {
    # PTI's story (India Today) retells Dawn.com's report of the same day, "the Dawn reported",
    # in Dawn's words, with Dawn's 60 dead made 61.
    ("wagah-2014-06-indiatoday", "wagah-2014-08-dawn"),
    # ITCT's story reprints three of Dawn's paragraphs (58 words: an officer's words at the
    # site, the victims' trades), without crediting Dawn.
    ("quetta-hazarganji-2019-02-dawn", "quetta-hazarganji-2019-03-itct"),
    # Arab News' Reuters story carries two of AP's paragraphs (a scene at the minibus and a
    # shopkeeper's words, 38 words), without crediting AP.
    ("mogadishu-sahafi-2018-01-wellandtribune", "mogadishu-sahafi-2018-02-arabnews"),
}

# Two stories that share one passage without being one copy: one agency's two stories whose
# texts carry no credit line (the annotator's notes say which agency), or a story that reprints
# an agency's paragraph without crediting it.
SAME_AGENCY_PAIRS = {
    ("peshawar-mosque-2023-02-pressandjournal", "peshawar-mosque-2023-03-i24news"),  # AP
    # A background paragraph on an earlier attack, as AP wrote it, in an uncredited story.
    ("kabul-ambulance-2018-03-abc", "kabul-intercontinental-2018-05-hospitalitypro"),
    # One Reuters story in two outlets, but the stored beginnings overlap in one passage of
    # 20 words (one page skips a paragraph the other keeps): below a copy's 30 words.
    ("quetta-police-college-2016-03-hamodia", "quetta-police-college-2016-04-brecorder"),
    # A test pair, so its texts were not read: one passage of 16 words, one story credits AFP.
    ("ogossagou-2019-05-defensepost", "ogossagou-2019-06-nnn"),
    # A test pair too, not read: one passage of 15 words, neither story credits an agency.
    ("mastung-2018-02-zeenews", "mastung-2018-05-peoplesdaily"),
    # The wire's stock sentence on the claim ("no immediate claim of responsibility for the
    # violence, which continued into ..."), 16 words, in the AFP-based Daily Mail copy and
    # the uncredited LA Times story.
    ("ouagadougou-2017-01-latimes", "ouagadougou-2017-02-dailymail"),
    # A witness's words as Reuters quoted them (18 words), in Reuters' story and in the
    # Irish Times' uncredited one.
    ("volgograd-2013-03-hurriyet", "volgograd-2013-04-irishtimes"),
    # PA's sentence on the attacker's knives and car (16 words), in the Scotsman's PA story
    # and as a bullet point of ITV's uncredited update.
    ("westminster-2017-01-scotsman", "westminster-2017-03-itv"),
    # The health ministry's statement as AFP worded it (24 words), in AFP's story and in
    # the Telegraph's uncredited one.
    ("baghdad-tayaran-2021-02-yahoo", "baghdad-tayaran-2021-03-brecorder"),
    # A test pair, not read: one passage of 22 words; its reader's report says Voice of
    # Vienna reprints Hurriyet's first version of the story, crediting no agency.
    ("ankara-tusas-2024-01-voiceofvienna", "ankara-tusas-2024-04-hurriyet"),
}
# Not listed, since both stories credit the agency they share: Mumbai's AP story of 28
# November and its two later versions (one background sentence), and two PTI stories of
# 3 November 2014 on Wagah (05, 07: one sentence of 19 words on the bomb, otherwise
# different stories, so not a wire pair).


@pytest.fixture(scope="module")
def real_documents() -> list[Document]:
    # Both splits: this reads the documents, not how a phrasing is annotated.
    folders = sorted(p.parent for p in REAL.glob("*/*/documents.json"))
    return [d for folder in folders for d in read_documents([folder])]


def test_every_wire_pair_of_the_real_corpus_is_found_and_no_other(real_documents) -> None:
    found = set(copy_pairs(find_passages(real_documents)))
    assert found == WIRE_PAIRS | BORROWED_PAIRS


def test_shared_passages_outside_wire_pairs_join_only_one_agency_s_stories(
    real_documents,
) -> None:
    # A single shared sentence is allowed only between two stories of one agency (AP reusing
    # a background paragraph); never between independently written reports.
    by_id = {d.id: d for d in real_documents}
    for p in find_passages(real_documents):
        pair = (p.first.doc, p.second.doc)
        if pair in WIRE_PAIRS | BORROWED_PAIRS | SAME_AGENCY_PAIRS:
            continue
        shared = set(document_credits(by_id[pair[0]])) & set(document_credits(by_id[pair[1]]))
        assert shared, f"{pair} share {p.words} words and no agency"


def test_passages_do_not_depend_on_document_order(real_documents) -> None:
    some = [d for d in real_documents if d.id.startswith(("peshawar", "crocus"))]
    assert find_passages(some) == find_passages(list(reversed(some)))
    assert find_passages(some)


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("NAIROBI (Reuters/AFP) - Gunmen stormed a college.", None, ("AFP", "Reuters")),
        ("MUMBAI, India (AP) \u2014 The only gunman captured", None, ("AP",)),
        ("Headline\n\nby AFP\n\nText follows.", None, ("AFP",)),
        ("Headline\nAssociated Press in Nairobi\nText.", None, ("AP",)),
        ("BRUSSELS \u2013 Agence France-Presse\nText.", None, ("AFP",)),
        ("Gunmen stormed a college.", "News24 (AP)", ("AP",)),
        ("A police officer told Reuters that ten died.", None, ()),
        ("The APC party said ten died.", None, ()),
    ],
)
def test_document_credits(text: str, outlet: str | None, expected: tuple[str, ...]) -> None:
    assert document_credits(Document(id="d", text=text, outlet=outlet)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten died, a police officer told Reuters.", ["Reuters"]),
        ("Ten died, AFP reported.", ["AFP"]),
        ("Ten died, according to The Associated Press.", ["AP"]),
        ("Ten died, the Associated Press said.", ["AP"]),
        ("Ten died, police said.", []),
    ],
)
def test_sentence_credits(text: str, expected: list[str]) -> None:
    assert [agency for _, agency in credits(text)] == expected


def test_copy_finder_refuses_bad_settings() -> None:
    with pytest.raises(ValueError, match="min_words >= k"):
        CopyFinder(k=8, min_words=5)


WIRE = (
    "NAIROBI - Gunmen stormed a hotel complex in Nairobi on Tuesday and killed {n} people in "
    "an attack claimed by the militant group, a police spokesman said after the siege ended."
)


def _docs(*texts: tuple[str, str, int], credit: str = "") -> list[Document]:
    return [
        Document(id=i, text=t, published=dt.date(2019, 1, day), outlet=f"outlet {i}")
        for i, t, day in texts
    ]


def test_roots_are_the_credited_agency_else_the_earliest_copy() -> None:
    docs = _docs(
        ("late", WIRE.format(n=40) + " More of our own.", 16),
        ("early", "Breaking news. " + WIRE.format(n=40), 15),
        ("own", "Witnesses said 12 people were killed at the market on Monday.", 15),
    )
    report = analyze(docs)
    roots = {report.claim(p.claim).span.doc: p.root for p in report.provenance}
    assert roots["late"] == roots["early"] == "early"
    assert roots["own"] == "own"
    credited = analyze([*docs[:2], docs[0].model_copy(update={"id": "wire", "outlet": "X (AP)"})])
    assert {p.root for p in credited.provenance} == {"AP"}


def test_estimates_count_one_voice_per_wire_not_per_reprint() -> None:
    copies = [(f"copy{i}", f"Story {i}. " + WIRE.format(n=40), 15) for i in range(3)]
    others = [
        (
            "b",
            "NAIROBI - Hospital officials said 45 people were killed when gunmen stormed a "
            "hotel complex in Nairobi on Tuesday.",
            15,
        ),
        ("c", "NAIROBI - At the Nairobi hotel, 45 people died on Tuesday, the Red Cross said.", 15),
    ]
    report = analyze(_docs(*copies, *others))
    killed = [e for e in report.estimates if e.metric.value == "killed" and len(e.claims) == 5]
    assert len(killed) == 1, report.estimates
    # Five reports, three voices: 40 (one wire, three reprints), 45 and 45.
    assert killed[0].best == 45
    assert len(killed[0].sources) == 3
    text = exports.to_text(report)
    assert "5 reports, 3 independent sources" in text


def test_wire_edit_notes_the_outlet_that_changed_the_figure() -> None:
    docs = _docs(("orig", WIRE.format(n=40), 15), ("edit", "Update. " + WIRE.format(n=45), 16))
    report = analyze(docs)
    notes = [n for n in report.notes if n.rule == "wire-edit"]
    assert len(notes) == 1
    assert "outlet edit changed outlet orig's 40 to 45" in notes[0].explanation


def test_ged_counts_roots_and_speakers_by_root() -> None:
    docs = _docs(
        ("a", WIRE.format(n=40), 15),
        ("b", "Update. " + WIRE.format(n=40), 16),
        (
            "c",
            "NAIROBI - Hospital officials said 44 people were killed when gunmen stormed a "
            "hotel complex in Nairobi on Tuesday.",
            16,
        ),
    )
    report = analyze(docs)
    rows = [r for r in exports.event_rows(report) if r["n_documents"] == 3]
    assert len(rows) == 1, exports.event_rows(report)
    assert rows[0]["number_of_roots"] == 2
    assert rows[0]["roots"] == "a; c"
    claims = exports.claim_rows(report)
    assert {r["root"] for r in claims if r["doc"] in ("a", "b")} == {"a"}
    assert all(r["source_trust"] is not None for r in claims)


def _claim(doc: str, n: int, source: str | None = None) -> FigureClaim:
    from claimrecon.models import Source, SourceKind

    who = Source(name=source, kind=SourceKind.OFFICIAL) if source else Source()
    return FigureClaim(
        span=Span(doc=doc, start=0, end=5),
        quote="",
        metric="killed",
        subject="people",
        figure=Figure.exact(n),
        source=who,
    )


def test_truthfinder_gives_copies_of_one_wire_one_vote() -> None:
    from claimrecon.models import Event, Provenance

    wire = [_claim(f"w{i}", 10) for i in range(5)]
    independent = [_claim("x", 12, "police"), _claim("y", 12, "hospital")]
    claims = (*wire, *independent)
    report = Report(
        documents=tuple(Document(id=c.span.doc, text="x" * 10) for c in claims),
        claims=claims,
        events=(Event(id="e", claims=tuple(c.id for c in claims)),),
        provenance=tuple(
            Provenance(claim=c.id, root="AP" if c in wire else c.span.doc) for c in claims
        ),
    )
    learned = truthfinder(report)
    assert learned.claims[independent[0].id] > learned.claims[wire[0].id]
    assert estimate(report, "truthfinder").estimates[0].best == 12
    # Counted reprint by reprint, the wire would win.
    plain = report.model_copy(update={"provenance": ()})
    assert estimate(plain, "truthfinder").estimates[0].best == 10


def test_track_records_count_figures_inside_the_estimate() -> None:
    docs = _docs(
        ("a", "Police said 40 people were killed in the hotel attack in Nairobi on Tuesday.", 15),
        ("b", "Police said 40 people were killed in the hotel attack in Nairobi on Tuesday!", 16),
    )
    report = analyze(docs)
    records = {r.source: r for r in track_records(report)}
    assert records, report.claims
    police = next(r for name, r in records.items() if name.startswith("Police"))
    assert police.figures == 2
    assert police.inside_estimate == 2
    assert police.trust is not None and 0 < police.trust < 1


def test_trace_roots_without_documents_gives_nothing() -> None:
    assert trace_roots(Report()).provenance == ()
    assert list(itertools.chain(find_passages([]))) == []


def test_cli_estimates_with_truthfinder_and_exports_roots(tmp_path, capsys) -> None:
    from claimrecon.cli import main

    (tmp_path / "a.txt").write_text(WIRE.format(n=40))
    (tmp_path / "b.txt").write_text("Update. " + WIRE.format(n=40))
    assert main(["analyze", str(tmp_path), "--policy", "truthfinder", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert ",truthfinder," in out
    assert "number_of_roots" in out


def test_a_wire_reprinted_by_more_outlets_than_max_postings_is_still_one_root() -> None:
    # Seventy reprints: past max_postings each is paired with the earliest copy, not all.
    docs = [
        Document(
            id=f"r{i:02d}",
            text=f"Outlet {i} reports. " + WIRE.format(n=40),
            published=dt.date(2019, 1, 15 + (i > 0)),
        )
        for i in range(70)
    ]
    passages = find_passages(docs, CopyFinder(max_postings=8))
    assert {p.first.doc for p in passages} == {"r00"}
    assert len(copy_pairs(passages, min_words=15)) == 69
    # analyze's own finder (max_postings 64) takes the same path for 70 copies.
    report = analyze(docs)
    assert report.provenance
    assert {p.root for p in report.provenance} == {"r00"}
