"""The composer at 1024x700 in English and Japanese, light and dark: the price line, the
emoji picker and the canned-reply list. Screenshots go to ``$WABADESK_SCREENSHOTS``."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from app_harness import parts, start_app, stop_app
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.ui.i18n import install_translators
from desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.asyncio

CASES = [("en", "light"), ("ja", "dark"), ("en", "dark"), ("ja", "light")]


@pytest_asyncio.fixture(params=CASES, ids=["-".join(c) for c in CASES])
async def shown(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[RunningApp, str, str]]:
    language, theme = request.param
    qt_app = QApplication.instance()
    assert qt_app is not None
    install_translators(qt_app, language)
    running = await start_app(tmp_path, theme=theme)
    try:
        running.window.resize(1024, 700)
        yield running, language, theme
    finally:
        await stop_app(running)
        install_translators(qt_app, "en")


def shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


def fits(widget: QWidget) -> bool:
    """Nothing of ``widget`` is cut off by the window's edge."""
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(top_left) and window.rect().contains(
        widget.mapTo(window, widget.rect().bottomRight())
    )


async def test_composer_price_line_emoji_and_canned_replies(
    shown: tuple[RunningApp, str, str], tmp_path: Path
) -> None:
    app, language, theme = shown
    services, inbox = parts(app)
    assert services.sandbox is not None
    settings = app.window.page("settings")
    assert isinstance(settings, SettingsPage)
    canned = settings.canned_box._canned
    await canned.add("thanks", "Thank you", "Thank you, {contact.first_name}! See you soon.")
    await canned.add("hours", "Opening hours", "We are open every day from 9:00 to 18:00.")
    await canned.add("address", "Where we are", "2-1 Shibuya, Tokyo. {channel.name}")
    await services.sandbox.customer_says(NUMBER_TOKYO, "16505551234", "Are you open today?")
    await until(lambda: inbox.conversations.rowCount() == 1, what="conversation listed")
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    line = inbox.composer.price_line
    await until(lambda: line.price is not None and line.isVisible(), what="price line")
    await until(lambda: len(inbox.composer.tools.replies) == 3, what="replies loaded")
    expected = "次の返信" if language == "ja" else "Next reply"
    assert line.text().startswith(expected)
    await until(
        lambda: fits(line) and line.height() >= line.heightForWidth(line.width()),
        what="price line shown whole",
    )
    shot(app.window, f"composer_price_{language}_{theme}.png", tmp_path)

    inbox.composer.emoji_button.click()
    picker = inbox.composer.tools.picker
    assert picker is not None and picker.isVisible() and fits(picker)
    picker.search.setText("smile" if language == "en" else "笑")
    assert picker.model.rowCount() > 0
    shot(app.window, f"composer_emoji_{language}_{theme}.png", tmp_path)
    QTest.keyClick(picker.search, Qt.Key.Key_Escape)

    editor = inbox.composer.editor
    editor.setFocus()
    QTest.keyClicks(editor, "/")
    popup = inbox.composer.tools.popup
    assert popup is not None and popup.isVisible() and fits(popup)
    assert popup.model.rowCount() == 3
    shot(app.window, f"composer_canned_{language}_{theme}.png", tmp_path)
    QTest.keyClick(editor, Qt.Key.Key_Escape)

    app.window.show_page("settings")
    settings.scroll_to_canned()
    shot(app.window, f"settings_canned_{language}_{theme}.png", tmp_path)
