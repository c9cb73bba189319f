"""The pricing pages in Japanese: every string has a translation, and the timeline uses it."""

from __future__ import annotations

import gc
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.rules import RULE_TEXT
from desktop.ui.pricing.explain_tab import ExplainTab

ROOT = Path(__file__).resolve().parents[2]
PRICING_UI = ROOT / "desktop" / "ui" / "pricing"
JA_TS = PRICING_UI / "i18n" / "pricing_ja.ts"
TOOLS = Path(sys.executable).parent
EXAMPLES = ROOT / "tests" / "unit" / "pricing" / "pricing-examples.json"


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():  # type: ignore[no-untyped-def]
    yield
    gc.collect()


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            tr = m.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete")
            out[(name, m.findtext("source") or "")] = tr.text if done and tr is not None else None
    return out


def test_every_pricing_string_has_a_japanese_translation(tmp_path: Path) -> None:
    current = tmp_path / "current.ts"
    sources = sorted(str(p) for p in PRICING_UI.glob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(current)],
        check=True,
        capture_output=True,
    )
    wanted = set(messages(current))
    assert len(wanted) > 100
    translated = messages(JA_TS)
    missing = sorted(k for k in wanted if not translated.get(k))
    assert missing == [], f"add Japanese for: {missing[:5]}"
    # The engine's rule sentences, which the timeline shows, are translated too.
    assert all(translated.get(("Pricing", source)) for source in RULE_TEXT.values())


def test_timeline_reads_in_japanese(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qm = tmp_path / "pricing_ja.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(JA_TS), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        tab = ExplainTab(load_bundled_cards(), has_history=False)
        qtbot.addWidget(tab)
        assert tab.from_file.text() == "シナリオファイルから"
        assert tab.load_scenario_file(EXAMPLES)
        assert tab.choose_scenario("pub-02-zoho-ja-ex1-user-initiated")
        assert tab.timeline.lane_names()[0] == "メッセージ"
        texts = [tab.steps.item(i).text() for i in range(tab.steps.count())]
        assert any("ユーザー開始会話を開始" in t for t in texts)
        assert "課金 2 件" in tab.summary.text()
    finally:
        app.removeTranslator(translator)
