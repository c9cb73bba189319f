"""Each template category with its media header, at 1024×700, in English (light) and Japanese
(dark): nothing the user reads is an API name, and the editor never scrolls sideways.

Set ``WABADESK_SCREENSHOTS=folder`` to keep the PNGs for a look by eye.
"""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path

import pytest
from app_harness import start_app, stop_app
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.sandbox.seed import WABA_SHOP
from desktop.ui.i18n import install_translators
from desktop.ui.templates import TemplateDesignerPage
from tests.images import png

#: Meta's names a user must never read (the language codes are not among them).
API_WORDS = re.compile(
    r"\b(MARKETING|UTILITY|AUTHENTICATION|TEXT|IMAGE|VIDEO|DOCUMENT|LOCATION|QUICK_REPLY|URL|"
    r"PHONE_NUMBER|COPY_CODE|OTP|ONE_TAP|ZERO_TAP|FLOW|APPROVED|PENDING|REJECTED|PAUSED|"
    r"DISABLED|IN_APPEAL|GREEN|YELLOW|RED|HIGH|MEDIUM|LOW|UNKNOWN|POSITIONAL|NAMED)\b"
    r"|components\[|\bA IMAGE\b"
)

CASES = [("en", "light"), ("ja", "dark")]
CATEGORIES = [("MARKETING", "IMAGE"), ("UTILITY", "DOCUMENT"), ("AUTHENTICATION", "")]


def _pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b" " * 200)
    return path


def visible_texts(root: QWidget) -> list[str]:
    """What the user can read in ``root``: labels, buttons, fields, every dropdown choice,
    table cells and headers, tooltips of the inputs."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                texts.append(header.text() if header is not None else "")
                for row in range(widget.rowCount()):
                    item = widget.item(row, column)
                    texts.append(item.text() if item is not None else "")
    return [t for t in texts if t]


def _model_texts(page: TemplateDesignerPage) -> list[str]:
    out = []
    for model in (page.list_model, page.lint_model):
        for row in range(model.rowCount()):
            out.append(str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) or ""))
    return out


def _api_words(texts: list[str], allowed: tuple[str, ...] = ()) -> list[str]:
    found = []
    for text in texts:
        for word in allowed:
            text = text.replace(word, "")
        if API_WORDS.search(text):
            found.append(text)
    return found


@pytest.mark.asyncio
@pytest.mark.parametrize(("language", "theme"), CASES)
async def test_every_category_with_its_media_header_in_form_words(
    qtbot: QtBot, tmp_path: Path, language: str, theme: str
) -> None:
    app_instance = QCoreApplication.instance()
    assert app_instance is not None
    install_translators(app_instance, language)
    app = await start_app(tmp_path, theme=theme)
    keep = os.environ.get("WABADESK_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    try:
        page = app.window.page("templates")
        assert isinstance(page, TemplateDesignerPage)
        await until(lambda: page.waba_combo.count() >= 2, what="WABAs listed")
        page.waba_combo.setCurrentIndex(page.waba_combo.findData(WABA_SHOP))
        await until(lambda: page.list_model.rowCount() > 0, what="templates listed")
        app.window.show_page("templates")
        app.window.resize(1024, 700)
        editor = page.editor
        for category, header in CATEGORIES:
            page.new_template()
            editor.name_edit.setText(f"spring_{category.lower()}")
            editor.set_category(category)
            if header:
                editor.header_combo.setCurrentIndex(editor.header_combo.findData(header))
                sample = (
                    tmp_path / "spring.png" if header == "IMAGE" else _pdf(tmp_path / "menu.pdf")
                )
                if header == "IMAGE":
                    sample.write_bytes(png(640, 360))
                await page.upload_sample(str(sample), header)
                assert editor.header_handle.text().startswith("4::"), editor.upload_status.text()
                editor.body_edit.setPlainText(
                    "Hi {{1}}, your order {{2}} is ready. Show this message for {{3}} at the desk."
                )
                editor.set_sample("body", "1", "Emma")
                editor.set_sample("body", "3", "")
                editor.footer_edit.setText("Reply STOP to opt out")
                editor.add_button_row("QUICK_REPLY", "Thanks")
                editor.add_button_row("URL", "Open", "http://shop.example/o")
                editor.add_button_row("PHONE_NUMBER", "Call us", "+16505550100")
            else:
                editor.add_button.click()
                editor.security_check.setChecked(True)
                editor.expiry_spin.setValue(10)
            page.editor.reveal_all()  # as after Submit: every problem shows
            page.refresh()
            await asyncio.sleep(0.2)  # let the layouts settle
            name = f"designer_{category.lower()}_{language}_{theme}_1024x700.png"
            assert app.window.grab().save(str(folder / name))
            assert not page.editor_scroll.horizontalScrollBar().isVisible(), name
            assert page.editor_scroll.widget().width() <= page.editor_scroll.viewport().width()
            texts = visible_texts(page) + _model_texts(page)
            # the user's own words (name, samples, URL) are theirs; the rest is the app's
            leaks = _api_words(texts, allowed=(f"spring_{category.lower()}",))
            assert leaks == [], leaks
            if header:
                # an empty sample previews as a highlighted {{3}}, not as nothing
                assert "`{{3}}`" in page.preview.spec().body
                lint = _model_texts(page)
                assert any("{{3}}" in t for t in lint), lint
                assert any("https" in t for t in lint), lint  # http:// is refused
            else:
                kinds = [editor._choice(r) for r in range(editor.buttons_table.rowCount())]
                assert kinds == ["OTP:COPY_CODE"]
    finally:
        await stop_app(app)
        install_translators(app_instance, "en")
