"""`wabadesk templates lint` through a real subprocess: exit codes and output formats."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from cli_support import wabadesk

VALID: dict[str, Any] = {
    "name": "order_update",
    "language": "en_US",
    "category": "UTILITY",
    "components": [
        {
            "type": "BODY",
            "text": "Hello {{1}}, your order {{2}} has shipped and arrives tomorrow.",
            "example": {"body_text": [["Pablo", "860198"]]},
        },
        {"type": "FOOTER", "text": "Reply STOP to opt out"},
    ],
}


def write(tmp_path: Path, data: Any, name: str = "t.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_valid_template_exits_0(tmp_path: Path) -> None:
    result = wabadesk("templates", "lint", str(write(tmp_path, VALID)))
    assert result.returncode == 0, result.stderr
    assert "no problems found" in result.stdout


def test_valid_template_json_output(tmp_path: Path) -> None:
    result = wabadesk("templates", "lint", str(write(tmp_path, VALID)), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"errors": [], "warnings": []}


def test_errors_exit_1_with_readable_lines(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(VALID))
    bad["name"] = "Order Update"
    bad["components"][0]["text"] = "{{1}}, your order {{3}} has shipped"
    result = wabadesk("templates", "lint", str(write(tmp_path, bad)))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert any(": error: name: " in line and "order_update" in line for line in lines)
    assert any(": error: components[0].text: " in line for line in lines)
    assert re.search(r": [2-9] errors, \d+ warnings?$", lines[-1])


def test_errors_json_output_is_exactly_the_contract(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(VALID))
    bad["components"][1]["text"] = "Bye {{1}}"
    bad["category"] = "UTILITY"
    bad["components"][0]["text"] = (
        "Hello {{1}}, your order {{2}} has shipped and arrives tomorrow. 50% off next time!"
    )
    result = wabadesk("templates", "lint", str(write(tmp_path, bad)), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) == {"errors", "warnings"}
    for item in data["errors"] + data["warnings"]:
        assert set(item) == {"field", "message"}
        assert isinstance(item["field"], str) and isinstance(item["message"], str)
    assert {"field": "components[1].text"}.items() <= data["errors"][0].items()
    assert any(w["field"] == "components[0].text" for w in data["warnings"])


def test_japanese_messages_round_trip_through_json(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(VALID))
    bad["language"] = "ja"
    bad["components"][0]["text"] = "こんにちは {{1}} 様、ご注文 {{2}} は*発送済み*です。"
    result = wabadesk("templates", "lint", str(write(tmp_path, bad)), "--json")
    assert result.returncode == 0
    warnings = json.loads(result.stdout)["warnings"]
    assert [w["field"] for w in warnings] == ["components[0].text"]
    assert "これは *太字* です" in warnings[0]["message"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "does not exist"),
        ("{not json", "not valid JSON"),
        ("[1, 2, 3]", "not a template object"),
        ('"just a string"', "not a template object"),
    ],
)
def test_unusable_file_exits_2(tmp_path: Path, content: str | None, needle: str) -> None:
    path = tmp_path / "t.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    for extra in ([], ["--json"]):
        result = wabadesk("templates", "lint", str(path), *extra)
        assert result.returncode == 2
        assert result.stdout == ""
        err = result.stderr.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("wabadesk: ")
        assert needle in err[0]


def _hostile_files() -> dict[str, tuple[bytes, str]]:
    """File contents that broke `templates lint` with a traceback, and what the one line
    must say about each (the field, where the file shows it)."""
    big = "9" * 5000
    garbage = random.Random(7).randbytes(4096)
    return {
        "deep_arrays": (("[" * 100_000 + "]" * 100_000).encode(), "nested more than"),
        "deep_objects": (('{"a":' * 100_000 + "1" + "}" * 100_000).encode(), "nested more than"),
        "deep_inside": (('{"name":' + "[" * 40 + "]" * 40 + "}").encode(), "levels deep at name"),
        "latin1": ('{"name": "café"}'.encode("latin-1"), "not UTF-8"),
        "big_int": (
            ('{"name": "x", "components": [{"type": "BODY", "text": ' + big + "}]}").encode(),
            "components[0].text is a number of 5000 digits",
        ),
        "nan": (b'{"name": "x", "category": NaN}', "category is NaN"),
        "garbage": (garbage, "not UTF-8"),
        "ascii_garbage": (bytes(b % 95 + 32 for b in garbage), "not valid JSON"),
        "nul_bytes": (b"\x00\x01\x02\xef\xbb\xbf", "not"),
        "oversize": (b" " * (5 * 1024 * 1024) + b"{}", "larger than 4 MB"),
    }


@pytest.mark.parametrize("case", sorted(_hostile_files()))
def test_malformed_file_exits_2_with_one_line(tmp_path: Path, case: str) -> None:
    content, needle = _hostile_files()[case]
    path = tmp_path / f"{case}.json"
    path.write_bytes(content)
    for extra in ([], ["--json"]):
        result = wabadesk("templates", "lint", str(path), *extra)
        assert "Traceback" not in result.stderr
        assert result.returncode == 2, result.stderr
        assert result.stdout == ""
        err = result.stderr.strip().splitlines()
        assert len(err) == 1, err
        assert err[0].startswith(f"wabadesk: {path}")
        assert needle in err[0]


def test_lone_surrogates_in_the_file_print_as_replacement_characters(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(VALID))
    bad["language"] = "xx\ud800"
    bad["components"][0]["type"] = "BODY\udfff"
    path = tmp_path / "t.json"
    path.write_text(json.dumps(bad), encoding="ascii")  # escaped as "\\ud800"
    for extra in ([], ["--json"]):
        result = wabadesk("templates", "lint", str(path), *extra)
        assert "Traceback" not in result.stderr
        assert result.returncode == 1, result.stderr
        assert "xx\ufffd" in result.stdout


def test_help_and_missing_subcommand() -> None:
    result = wabadesk("templates", "lint", "--help")
    assert result.returncode == 0 and "--json" in result.stdout
    result = wabadesk("templates")
    assert result.returncode == 2
    assert "templates lint FILE" in result.stderr
