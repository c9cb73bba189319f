"""The Japanese translation stays complete and usable as the code gains new strings.

Collects every tr()/translate()/QT_TRANSLATE_NOOP string with lupdate (as `make translations`
does) into a scratch copy of the .ts files, then checks the committed Japanese file against it.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tools import translations
from tools.update_translations import TRANSLATIONS, update

JA_TS = TRANSLATIONS / "wabadesk_ja.ts"
JA_QM = TRANSLATIONS / "wabadesk_ja.qm"

# A {placeholder}, a literal {{ or }}, or a braced example such as {"type": "URL"}.
BRACES = re.compile(r"\{\{|\}\}|\{[^{}]*\}")

Key = tuple[str, str]


def messages(ts: Path) -> Iterator[tuple[Key, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield (name, message.findtext("source") or ""), message


def committed() -> dict[Key, ET.Element]:
    return dict(messages(JA_TS))


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """Every (context, source) pair that lupdate finds in desktop/ today."""
    scratch = tmp_path_factory.mktemp("translations")
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, scratch / ts.name)
    update(scratch, compile_qm=False)
    found = {key for key, _ in messages(scratch / "wabadesk_ja.ts")}
    # lupdate really ran over the code: these strings are marked in three different ways.
    assert {
        ("MainWindow", "Inbox"),  # QCoreApplication.translate
        ("Composer", "Send"),  # self.tr
        ("CloudApi", "Access token expired"),  # QT_TRANSLATE_NOOP in a service
    } <= found
    return found


def test_every_string_in_the_code_is_in_the_japanese_file(code_strings: set[Key]) -> None:
    missing = sorted(code_strings - committed().keys())
    assert not missing, (
        f"{len(missing)} user-visible string(s) are not in {JA_TS.name}: run `make translations` "
        "and translate the new entries (tools/translations.py missing --json, then set):\n"
        + "\n".join(f"  [{context}] {source!r}" for context, source in missing)
    )


def test_every_japanese_message_is_translated_finished_and_consistent() -> None:
    """The rules of tools/translations.py check: finished, placeholders, spaces, line
    breaks, marks and the glossary."""
    assert len(committed()) > 100
    report = translations.check()
    assert not report, "wabadesk_ja.ts (fix with tools/translations.py):\n" + "\n".join(report)


def test_check_notices_a_broken_entry(tmp_path: Path) -> None:
    ts = tmp_path / "ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">'
        "<context><name>C</name>"
        "<message><source>Open the template</source>"
        "<translation>ひな形を開く</translation></message>"
        "<message><source>{n} new</source><translation>{count}件</translation></message>"
        "<message><source>Shift+Enter: new line</source>"
        "<translation>改行</translation></message>"
        '<message><source>Later</source><translation type="unfinished"></translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    report = "\n".join(translations.check(ts))
    assert "glossary: 'template'" in report
    assert "placeholders" in report
    assert "'Shift+Enter' not kept" in report
    assert "'Later': not translated" in report


def test_glossary_terms_as_labels_only_apply_to_whole_labels() -> None:
    terms = translations.glossary()
    read = next(t for t in terms if t.en == "read")
    assert read.applies("Read")
    assert not read.applies("Cannot read {file}")


def test_placeholder_check_notices_a_renamed_placeholder() -> None:
    source = "● Webhooks receiving ({n} events)"
    assert sorted(BRACES.findall(source)) != sorted(BRACES.findall("● Webhook受信中（{count}件）"))
    assert sorted(BRACES.findall(source)) == sorted(BRACES.findall("● Webhook受信中（{n}件）"))


def test_committed_qm_loads_and_matches_the_ts_file() -> None:
    translator = QTranslator()
    assert translator.load(str(JA_QM)), f"{JA_QM} does not load: run `make translations`"
    assert translator.language() == "ja"
    assert translator.translate("MainWindow", "Inbox") == "受信トレイ"
    stale = [
        key
        for key, message in committed().items()
        if translator.translate(*key) != (message.findtext("translation") or "")
    ]
    assert not stale, f"{JA_QM.name} is older than {JA_TS.name}: run `make translations`\n" + (
        "\n".join(f"  [{context}] {source!r}" for context, source in stale)
    )


def test_tr_is_only_called_on_self() -> None:
    """`window.tr("x")` is collected under context "window" but looked up under the class name
    at run time, so it never translates; use QCoreApplication.translate("Class", "x")."""
    call = re.compile(r"\b(?!self\b)[A-Za-z_]\w*\.tr\(")
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    offenders = [
        f"{path.relative_to(desktop.parent)}:{number}: {line.strip()}"
        for path in sorted(desktop.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if call.search(line)
    ]
    assert not offenders, "\n".join(offenders)


def test_translation_contexts_are_string_literals() -> None:
    """lupdate reads source code, not values: QT_TRANSLATE_NOOP(CTX, "...") is silently skipped,
    so the sentence never reaches the .ts files. Write the context out as a string."""
    call = re.compile(
        r"\b(?:QT_TRANSLATE_NOOP|QCoreApplication\.translate)\(\s*_?[A-Z][A-Z0-9_]*\s*,"
    )
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    offenders = [
        f"{path.relative_to(desktop.parent)}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in sorted(desktop.rglob("*.py"))
        for text in [path.read_text(encoding="utf-8")]
        for match in call.finditer(text)
    ]
    assert not offenders, "context is not a string literal at:\n" + "\n".join(offenders)


def test_sources_and_translations_format_with_their_placeholders() -> None:
    """Every sentence goes through str.format: a literal { must be written {{ or it raises."""
    broken = []
    for (context, source), message in committed().items():
        for label, text in (("source", source), ("ja", message.findtext("translation") or "")):
            names = set(re.findall(r"\{([A-Za-z_]\w*)\}", text.replace("{{", "").replace("}}", "")))
            try:
                text.format(**dict.fromkeys(names, "x"))
            except (KeyError, IndexError, ValueError) as exc:
                broken.append(f"[{context}] {label} {text!r}: {exc!r}")
    assert not broken, "write literal braces as {{ and }}:\n" + "\n".join(broken)
