"""The Numbers page at 1024x700 in English and Japanese, light and dark: the channel editor,
the badge checklist with the request state. Screenshots go to ``$WABADESK_SCREENSHOTS``."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from app_harness import start_app, stop_app
from PySide6.QtWidgets import QApplication
from qt_async import until
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO, WABA_CAFE, WABA_SHOP
from desktop.ui.i18n import install_translators
from desktop.ui.numbers.numbers_page import NumbersPage
from tests.images import png

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


def shot(widget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


async def test_channel_editor_in_every_language_and_theme(
    shown: tuple[RunningApp, str, str], tmp_path: Path
) -> None:
    app, language, theme = shown
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage) and page.channel_box is not None
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_TOKYO)
    await page.channel_box.save(NUMBER_TOKYO, "Front desk", "#1e88e5")
    expected = "チャネルを保存しました。" if language == "ja" else "Channel saved."
    assert page.channel_box.result.text() == expected
    await until(lambda: page.channel_box.name.text() == "Front desk", what="reloaded channel")
    assert page.channel_box.chosen_colour() == "#1e88e5"
    page.overview.ensureWidgetVisible(page.channel_box)
    shot(app.window, f"numbers_channel_{language}_{theme}.png", tmp_path)


async def test_badge_checklist_in_every_language_and_theme(
    shown: tuple[RunningApp, str, str], tmp_path: Path
) -> None:
    app, language, theme = shown
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_TOKYO)
    page.tabs.setCurrentWidget(page.checklists)
    expected = "申請: まだ申請していません。" if language == "ja" else "Request: not requested yet."
    assert page.checklists.oba_state.text() == expected
    shot(app.window, f"numbers_badge_{language}_{theme}.png", tmp_path)

    panel = page.checklists
    await panel.copy_templates(WABA_CAFE, WABA_SHOP, str(tmp_path / "cafe.json"))
    assert ("保存しました" if language == "ja" else "Saved to") in panel.copy_results.toPlainText()
    panel.ensureWidgetVisible(panel.copy_results)
    shot(app.window, f"numbers_template_copy_{language}_{theme}.png", tmp_path)


async def test_profile_photo_advice_in_every_language_and_theme(
    shown: tuple[RunningApp, str, str], tmp_path: Path
) -> None:
    app, language, theme = shown
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_TOKYO)
    page.tabs.setCurrentWidget(page.profile)
    wide = tmp_path / "banner.png"
    wide.write_bytes(png(400, 200))
    await page.profile.upload_photo(str(wide))
    expected = "正方形に切り抜いて" if language == "ja" else "Crop it to a square"
    assert expected in page.profile.photo_result.text()
    shot(app.window, f"numbers_photo_{language}_{theme}.png", tmp_path)


async def test_tree_wizard_profile_and_qr_in_every_language_and_theme(
    shown: tuple[RunningApp, str, str], tmp_path: Path
) -> None:
    """The four screens an admin meets first, each readable without API words."""
    from desktop.ui.numbers.add_number_dialog import AddNumberDialog
    from tests.qr_decode import decode_image

    app, language, theme = shown
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.tree.expandAll()
    page.select_number(NUMBER_TOKYO)
    sandbox = app.services.sandbox
    assert sandbox is not None
    tokyo = sandbox.world.numbers[NUMBER_TOKYO]
    for rating in ("YELLOW", "RED", "GREEN"):
        sandbox.numbers_admin.set_quality(tokyo, rating)
        await sandbox.flush_webhooks()
        await app.services.refresh_accounts()
    await until(lambda: page.chart.rated_count >= 3, what="quality history")
    high = "高" if language == "ja" else "High"
    await until(lambda: page.fields["quality"].text() == high, what="quality back to high")
    app.services.db.call(_spread_over_weeks)  # as weeks of syncs would have left them
    page.select_number(NUMBER_OSAKA)
    page.select_number(NUMBER_TOKYO)
    await until(lambda: page.chart.x_axis.format() == "MM-dd", what="weeks of history")
    shot(app.window, f"numbers_tree_history_{language}_{theme}.png", tmp_path)

    page.tabs.setCurrentWidget(page.profile)
    await until(lambda: page.profile.about.text() != "", what="profile loaded")
    page.profile.about.setText("季節のケーキと珈琲 ☕")
    shot(app.window, f"numbers_profile_preview_{language}_{theme}.png", tmp_path)

    page.tabs.setCurrentWidget(page.click_to_chat)
    page.click_to_chat.text.setPlainText("予約 2 名 🙏")
    link = page.click_to_chat.link.text()
    assert decode_image(page.click_to_chat.qr.pixmap().toImage()) == [link]
    shot(app.window, f"numbers_qr_{language}_{theme}.png", tmp_path)

    await page.open_add_number()
    dialog = page.add_dialog
    assert isinstance(dialog, AddNumberDialog)
    dialog.waba.setCurrentIndex(dialog.waba.findData(WABA_CAFE))
    dialog.number.setText("075-700-1234")  # written as in Japan, where the cafe's numbers are
    assert "+81757001234" in dialog.number_hint.text()
    dialog.name.setText("Sakura Cafe Kyoto")
    await until(lambda: dialog.add_button.isEnabled(), what="ready to add")
    shot(dialog, f"numbers_wizard_{language}_{theme}.png", tmp_path)
    dialog.close()


def _spread_over_weeks(session: Session) -> None:
    from desktop.models.entities import NumberQualityPoint

    points = session.scalars(
        select(NumberQualityPoint)
        .where(NumberQualityPoint.phone_number_id == NUMBER_TOKYO)
        .order_by(NumberQualityPoint.id)
    ).all()
    now = datetime.now(UTC)
    for age, point in enumerate(reversed(points)):
        point.recorded_at = now - timedelta(days=6 * age, hours=3 * age)
