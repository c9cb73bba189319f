"""The designer at the smallest supported window, 1024×700: nothing clipped sideways.

Set ``WABADESK_SCREENSHOTS=folder`` to keep the PNGs (light and dark, English and
Japanese) for a look by eye.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from app_harness import start_app, stop_app
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.sandbox.seed import WABA_SHOP
from desktop.ui.i18n import install_translators
from desktop.ui.templates import TemplateDesignerPage
from desktop.ui.templates.template_list_model import ITEM_ROLE
from tests.images import png

CASES = [("en", "light"), ("ja", "dark")]
if os.environ.get("WABADESK_SCREENSHOTS"):
    CASES = [("en", "light"), ("en", "dark"), ("ja", "light"), ("ja", "dark")]


@pytest.mark.asyncio
@pytest.mark.parametrize(("language", "theme"), CASES)
async def test_designer_fits_1024_by_700(
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
        rows = [
            page.list_model.index(i, 0).data(ITEM_ROLE) for i in range(page.list_model.rowCount())
        ]
        summary = next(r for r in rows if r.name == "order_confirmation")
        await page.open_template(summary)
        for size in ((1024, 700), (1440, 900)):
            app.window.resize(*size)
            await asyncio.sleep(0.2)  # let the layouts settle
            keep = os.environ.get("WABADESK_SCREENSHOTS")
            folder = Path(keep) if keep else tmp_path
            folder.mkdir(parents=True, exist_ok=True)
            name = f"designer_{language}_{theme}_{size[0]}x{size[1]}.png"
            assert app.window.grab().save(str(folder / name))
            bar = page.editor_scroll.horizontalScrollBar()
            assert not bar.isVisible(), f"{size}: the editor scrolls sideways"
        # a picture header with its sample uploaded: the handle, the buttons and the outcome
        editor = page.editor
        editor.header_combo.setCurrentIndex(editor.header_combo.findData("IMAGE"))
        picture = tmp_path / "spring.png"
        picture.write_bytes(png(640, 360))
        await page.upload_sample(str(picture), "IMAGE")
        assert editor.header_handle.text().startswith("4::"), editor.upload_status.text()
        app.window.resize(1024, 700)
        await asyncio.sleep(0.2)
        page.editor_scroll.ensureWidgetVisible(editor.upload_status)
        assert not page.editor_scroll.horizontalScrollBar().isVisible()
        assert app.window.grab().save(str(folder / f"designer_media_{language}_{theme}.png"))
    finally:
        await stop_app(app)
        install_translators(app_instance, "en")
