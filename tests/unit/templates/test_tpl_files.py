"""Template files: one file, a folder, Meta's list response; clear errors for broken files."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from tpl_samples import AUTHENTICATION, NAMED_UTILITY, POSITIONAL_MARKETING

from desktop.services.templates import (
    MessageTemplate,
    TemplateFileError,
    export_template_file,
    export_template_folder,
    load_template_file,
    load_template_folder,
    load_templates,
)


def test_export_then_import_one_file(tmp_path: Path) -> None:
    path = export_template_file(
        MessageTemplate.from_graph(copy.deepcopy(POSITIONAL_MARKETING)), tmp_path / "a.json"
    )
    assert load_template_file(path) == POSITIONAL_MARKETING
    text = path.read_text(encoding="utf-8")
    assert "夏のセール" in text  # written as UTF-8, not \u escapes
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_and_import_a_folder(tmp_path: Path) -> None:
    written = export_template_folder(
        [NAMED_UTILITY, POSITIONAL_MARKETING, AUTHENTICATION], tmp_path / "out"
    )
    assert [p.name for p in written] == [
        "order_confirmation.en_US.json",
        "summer_sale_ja.ja.json",
        "login_code.en_US.json",
    ]
    result = load_template_folder(tmp_path / "out")
    assert result.errors == []
    assert sorted(t["name"] for _, t in result.templates) == [
        "login_code",
        "order_confirmation",
        "summer_sale_ja",
    ]


def test_folder_keeps_good_files_and_reports_broken_ones(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_text(json.dumps(NAMED_UTILITY), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"name": "x",', encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes(b'{"name": "caf\xe9"}')
    (tmp_path / "list.json").write_text(json.dumps([AUTHENTICATION, 3]), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    result = load_template_folder(tmp_path)
    assert [t["name"] for _, t in result.templates] == ["order_confirmation"]
    reasons = {e.path.name: str(e) for e in result.errors}
    assert set(reasons) == {"broken.json", "latin1.json", "list.json"}
    assert "not valid JSON (line 1" in reasons["broken.json"]
    assert "UTF-8" in reasons["latin1.json"]
    assert "entry 2" in reasons["list.json"]


def test_meta_list_response_and_arrays(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps({"data": [NAMED_UTILITY, AUTHENTICATION], "paging": {}}), encoding="utf-8"
    )
    assert [t["name"] for t in load_templates(path)] == ["order_confirmation", "login_code"]
    path.write_text(json.dumps([POSITIONAL_MARKETING]), encoding="utf-8")
    assert load_templates(path) == [POSITIONAL_MARKETING]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "does not exist"),
        (b"[1, 2]", "JSON array"),
        (b'"text"', "JSON str"),
        (b"{oops}", "not valid JSON"),
        (b"", "not valid JSON"),
    ],
)
def test_single_file_errors(tmp_path: Path, content: bytes | None, needle: str) -> None:
    path = tmp_path / "t.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(TemplateFileError) as info:
        load_template_file(path)
    assert needle in str(info.value)
    assert info.value.phrase.context == "TemplateFiles"


def test_folder_path_that_is_a_file(tmp_path: Path) -> None:
    file = tmp_path / "x.json"
    file.write_text("{}", encoding="utf-8")
    result = load_template_folder(file)
    assert result.templates == [] and len(result.errors) == 1
    with pytest.raises(TemplateFileError):
        load_template_file(tmp_path)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(NAMED_UTILITY).encode())
    assert load_template_file(path) == NAMED_UTILITY
