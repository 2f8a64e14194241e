from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimrecon import InputError, read_documents
from claimrecon.cli import main


def test_seed_folder_reads_its_manifest(seeds_dir: Path) -> None:
    docs = list(read_documents([seeds_dir]))
    assert len(docs) == 5
    first = docs[0]
    assert first.id == "000_fb2d3af77b1de7c0"
    assert first.published is not None and first.published.isoformat() == "2018-05-30"
    assert first.outlet == "Newsweek"
    assert first.text.startswith("Is the U.S. Failing")


def test_text_files_and_folders_without_manifest(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Two died.")
    (tmp_path / "a.txt").write_text("One died.")
    assert [d.id for d in read_documents([tmp_path])] == ["a", "b"]
    assert [d.text for d in read_documents([tmp_path / "b.txt"])] == ["Two died."]


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [{"id": "x", "text": "Two died.", "published": "2020-01-02"}, {"id": "y", "text": ""}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    docs = list(read_documents([path]))
    assert [d.id for d in docs] == ["x", "y"]


def test_bad_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "x", "text": "ok"}\n{"id": "y"}\n')
    with pytest.raises(InputError, match=r"docs\.jsonl: line 2: text"):
        list(read_documents([path]))


def test_bad_manifest(tmp_path: Path) -> None:
    path = tmp_path / "documents.json"
    path.write_text(json.dumps({"format": "other/2", "documents": []}))
    with pytest.raises(InputError, match="expected format"):
        list(read_documents([tmp_path]))
    path.write_text("{not json")
    with pytest.raises(InputError, match=r"documents\.json: line 1 column 2: not JSON"):
        list(read_documents([tmp_path]))


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_documents(["/nonexistent/claimrecon"]))


def test_cli_schema_prints_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Report"


def test_cli_reports_input_errors_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "/nonexistent/x.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "/nonexistent/x.txt" in err


def test_documents_from_texts_names_and_streams() -> None:
    import datetime as dt

    import pytest

    from claimrecon.io import documents_from_texts

    docs = list(documents_from_texts({"a": "One.", "b": "Two."}, published=dt.date(2020, 1, 1)))
    assert [(d.id, d.text, d.published) for d in docs] == [
        ("a", "One.", dt.date(2020, 1, 1)),
        ("b", "Two.", dt.date(2020, 1, 1)),
    ]
    numbered = documents_from_texts(iter(["x", "y", "z"]))
    assert next(numbered).id == "doc1"
    assert [d.id for d in numbered] == ["doc2", "doc3"]
    with pytest.raises(TypeError, match="not a str"):
        list(documents_from_texts("Two people were killed."))


def test_document_files_follows_the_walk_of_read_documents(seeds_dir, tmp_path) -> None:
    from claimrecon.io import document_files, read_documents

    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c", "text": "C."}\n', encoding="utf-8")
    paths = [seeds_dir, tmp_path / "plain", tmp_path / "a.txt", tmp_path / "c.jsonl"]
    files = dict(document_files(paths))
    ids = [d.id for d in read_documents(paths)]
    assert set(files) == set(ids) - {"c"}
    for doc_id, path in files.items():
        assert path.is_file(), doc_id
    assert files["a"] == tmp_path / "a.txt"
