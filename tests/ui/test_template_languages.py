"""A template's language is chosen by its name in the user's language ("English (US)",
"英語（米国）"); Meta's code stays inside (the JSON, a tooltip), and typing a name finds it."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_harness import start_app, stop_app
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.sandbox.seed import WABA_SHOP
from desktop.services.templates.lint import LANGUAGES
from desktop.ui.i18n import install_translators
from desktop.ui.templates import TemplateDesignerPage
from desktop.ui.templates.languages import NAMES, LanguageCombo, language_code, language_name
from desktop.ui.templates.template_list_model import ITEM_ROLE

CASES = [("en", "light"), ("ja", "dark"), ("en", "dark"), ("ja", "light")]


@pytest.fixture
def japanese() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "ja")
    try:
        yield
    finally:
        install_translators(app, "en")


def test_every_language_meta_takes_has_a_name() -> None:
    assert set(NAMES) == set(LANGUAGES)
    assert all(language_name(code) != code for code in LANGUAGES)
    assert language_name("xx_YY") == "xx_YY"  # one Meta adds later: its code


def test_the_list_shows_names_and_keeps_the_code_in_a_tooltip(qtbot: QtBot) -> None:
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "English (US)" in texts and "en_US" not in texts
    assert texts == sorted(texts, key=str.casefold)  # by name, as people look for it
    index = combo.findData("en_US")
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == "en_US"
    combo.set_code("pt_BR")
    assert combo.currentText() == "Portuguese (Brazil)" and combo.code() == "pt_BR"
    assert "pt_BR" in combo.toolTip()
    for typed, code in (("japanese", "ja"), ("English (UK)", "en_GB"), ("es_MX", "es_MX")):
        combo.setEditText(typed)
        assert combo.code() == code, typed
    combo.setEditText("Klingon")
    assert combo.code() == "Klingon"  # kept as typed: the template's check says it is unknown
    combo.completer().setCompletionPrefix("brazil")  # typing part of a name finds it
    found = combo.completer().completionModel()
    assert [found.index(i, 0).data() for i in range(found.rowCount())] == ["Portuguese (Brazil)"]


def test_names_are_in_the_users_language(qtbot: QtBot, japanese: None) -> None:
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    assert combo.findText("英語（米国）") == combo.findData("en_US")
    assert language_code("英語（米国）") == "en_US" and language_name("ja") == "日本語"
    combo.completer().setCompletionPrefix("米国")
    found = combo.completer().completionModel()
    assert [found.index(i, 0).data() for i in range(found.rowCount())] == ["英語（米国）"]


@pytest.mark.asyncio
@pytest.mark.parametrize(("language", "theme"), CASES, ids=["-".join(c) for c in CASES])
async def test_the_designer_speaks_of_languages_by_name(
    qtbot: QtBot, tmp_path: Path, language: str, theme: str
) -> None:
    app_instance = QCoreApplication.instance()
    assert app_instance is not None
    install_translators(app_instance, language)
    app = await start_app(tmp_path, theme=theme)
    try:
        page = app.window.page("templates")
        assert isinstance(page, TemplateDesignerPage)
        await until(lambda: page.waba_combo.count() >= 2, what="WABAs listed")
        page.waba_combo.setCurrentIndex(page.waba_combo.findData(WABA_SHOP))
        await until(lambda: page.list_model.rowCount() > 0, what="templates listed")
        app.window.show_page("templates")
        app.window.resize(1024, 700)
        rows = [
            page.list_model.index(i, 0).data(ITEM_ROLE) for i in range(page.list_model.rowCount())
        ]
        summary = next(r for r in rows if r.name == "order_confirmation")
        await page.open_template(summary)
        combo = page.editor.language_combo
        assert combo.currentText() == language_name(summary.language) != summary.language
        assert page.editor.template()["language"] == summary.language
        shown = page.list_model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) or ""
        assert "en_US" not in str(shown)

        english = language_name("en_US")  # "English (US)" / "英語（米国）"
        page.search_edit.setText(english)
        await until(lambda: page.list_model.rowCount() > 0, what="found by the language's name")
        listed = [
            page.list_model.index(i, 0).data(ITEM_ROLE) for i in range(page.list_model.rowCount())
        ]
        assert {r.language for r in listed} == {"en_US"}
        page.search_edit.setText("")

        combo.setEditText(language_name("ja"))  # typed by name: the JSON holds the code
        assert page.editor.template()["language"] == "ja"
        await asyncio.sleep(0.2)
        await until(lambda: page.lint_model.rowCount() > 0, what="the same name in Japanese")
        found = [str(page.lint_model.index(i, 0).data()) for i in range(page.lint_model.rowCount())]
        same = next(t for t in found if "order_confirmation" in t)
        assert language_name("ja") in same and " ja " not in same
        folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        page.editor.language_combo.setFocus()
        app.window.grab().save(str(folder / f"template_language_{language}_{theme}.png"))
        combo.showPopup()
        await asyncio.sleep(0.1)
        combo.view().window().grab().save(
            str(folder / f"template_language_list_{language}_{theme}.png")
        )
        combo.hidePopup()
        assert page.add_language(language_name("pt_BR"))  # the dialog's choice, by name
        assert page.editor.template()["language"] == "pt_BR"
        assert language_name("pt_BR") in page.message.text()
    finally:
        await stop_app(app)
        install_translators(app_instance, "en")
