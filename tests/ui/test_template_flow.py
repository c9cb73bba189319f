"""The whole designer flow on the sandbox: build, preview, lint, submit, approve, send.

Also saves the two reference screenshots (a marketing template with a media header and
buttons, an authentication template) to ``$WABADESK_SCREENSHOTS`` (default: tmp_path).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.models.entities import Message
from desktop.runtime.app_services import AppServices
from desktop.sandbox.seed import NUMBER_TEST, TEST_NUMBER_ALLOWED, WABA_SHOP
from desktop.ui.inbox.template_send_dialog import TemplateSendDialog
from desktop.ui.templates import TemplateDesignerPage
from desktop.ui.templates.template_list_model import ITEM_ROLE

pytestmark = pytest.mark.asyncio
RECIPIENT = TEST_NUMBER_ALLOWED[0]


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _picture(path: Path) -> Path:
    """A small warm-coloured picture standing in for the product photo."""
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 640, 360)
    gradient.setColorAt(0, QColor("#f7b267"))
    gradient.setColorAt(1, QColor("#f25c54"))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPointSize(44)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "SPRING\nCOLLECTION")
    painter.end()
    image.save(str(path))
    return path


async def _open_designer(app: RunningApp) -> TemplateDesignerPage:
    page = app.window.page("templates")
    assert isinstance(page, TemplateDesignerPage)
    await until(lambda: page.waba_combo.count() >= 2, what="WABAs listed")
    page.waba_combo.setCurrentIndex(page.waba_combo.findData(WABA_SHOP))
    await until(lambda: page.list_model.rowCount() > 0, what="templates listed")
    app.window.show_page("templates")
    return page


async def _shoot(app: RunningApp, path: Path) -> None:
    app.window.resize(1500, 940)
    await asyncio.sleep(0.15)  # let the layouts settle
    assert app.window.grab().save(str(path))


def _row_status(page: TemplateDesignerPage, name: str) -> str | None:
    for row in range(page.list_model.rowCount()):
        summary = page.list_model.index(row, 0).data(ITEM_ROLE)
        if summary.name == name:
            return str(summary.status)
    return None


async def _submit_and_wait_approved(page: TemplateDesignerPage, name: str) -> None:
    assert page.submit_button.isEnabled(), [i.rule for i in page.last_report.errors]
    assert await page.submit(), page.message.text()
    assert _row_status(page, name) in ("PENDING", "APPROVED")
    # the review decision arrives by webhook; the list and the status line follow
    await until(lambda: _row_status(page, name) == "APPROVED", what=f"{name} approved")
    await until(lambda: page.review_state.tone == "ok", what="status line shows approval")
    assert page.send_button.isEnabled()


async def _wait_delivered(services: AppServices, message_id: int) -> None:
    """Until the sandbox reports the message delivered (by webhook), else its error."""

    def state(session: Session):
        m = session.get(Message, message_id)
        return (m.status, m.error_code, m.error_title, m.error_details) if m else None

    loop = asyncio.get_running_loop()
    end = loop.time() + 15
    while True:
        seen = await services.db.run(state)
        if seen is not None and seen[0] in ("delivered", "read"):
            return
        assert seen is None or seen[0] != "failed", seen
        assert loop.time() < end, f"not delivered: {seen}"
        await asyncio.sleep(0.025)


async def test_marketing_template_with_every_button_from_design_to_send(
    app: RunningApp, qtbot, tmp_path: Path
) -> None:
    page = await _open_designer(app)
    services = app.services
    assert isinstance(services, AppServices)
    editor = page.editor
    page.new_template()
    editor.name_edit.setText("spring_collection")
    editor.set_category("MARKETING")
    editor.header_combo.setCurrentIndex(editor.header_combo.findData("IMAGE"))
    assert editor.upload_button.isVisible()
    # a file that is not a picture is refused before anything is sent, in words
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture", encoding="utf-8")
    await page.upload_sample(str(notes), "IMAGE")
    assert "is not a JPEG or PNG file" in editor.upload_status.text()
    assert editor.upload_status.objectName() == "errorText" and not editor.header_handle.text()
    # the photo Meta reviews: uploaded with the Resumable Upload API, its handle filled in
    await page.upload_sample(str(_picture(tmp_path / "spring.png")), "IMAGE")
    assert editor.header_handle.text().startswith("4::"), editor.upload_status.text()
    assert "spring.png" in editor.upload_status.text() and "uploaded" in editor.upload_status.text()
    sandbox = services.sandbox
    assert sandbox is not None and editor.header_handle.text() in sandbox.upload_handles
    editor.body_edit.setPlainText(
        "Hi {{1}}, our *spring collection* is here! Use code {{2}} for 15% off until Sunday."
    )
    editor.set_sample("body", "1", "Emma")
    editor.set_sample("body", "2", "SPRING15")
    editor.footer_edit.setText("Reply STOP to opt out")
    editor.add_button_row("QUICK_REPLY", "Show me more")
    editor.add_button_row("QUICK_REPLY", "Not interested")
    editor.add_button_row("URL", "Shop now", "https://shop.example/s/{{1}}", "spring")
    editor.add_button_row("PHONE_NUMBER", "Call us", "+16505550100")
    editor.add_button_row("COPY_CODE", "", "SPRING15")

    # the preview: samples filled in, picture header, grey footer, every button
    spec = page.preview.spec()
    assert spec.body.startswith("Hi Emma, our *spring collection* is here! Use code SPRING15")
    assert spec.header is not None and spec.header.media_kind == "image"
    assert spec.header.pixmap is not None and not spec.header.pixmap.isNull()
    assert spec.footer == "Reply STOP to opt out"
    assert [(b.label, b.kind) for b in spec.buttons] == [
        ("Show me more", "quick_reply"),
        ("Not interested", "quick_reply"),
        ("Shop now", "url"),
        ("Call us", "phone"),
        ("Copy offer code", "copy_code"),
    ]
    assert page.last_report.errors == [], [i.rule for i in page.last_report.errors]

    # a pasted typo: an unknown placeholder is shown at the body, submit is blocked
    editor.body_edit.setPlainText(editor.body_edit.toPlainText().replace("{{2}}", "{{ 2}}"))
    assert page.last_report.errors
    assert not page.submit_button.isEnabled()
    assert editor.body_edit in editor.marked_fields()
    assert "{{ 2}}" in editor.body_edit.toPlainText()  # nothing typed is lost
    editor.body_edit.setPlainText(editor.body_edit.toPlainText().replace("{{ 2}}", "{{2}}"))
    editor.set_sample("body", "2", "SPRING15")
    assert page.last_report.errors == []
    assert page.submit_button.isEnabled() and editor.body_edit not in editor.marked_fields()
    # more than three buttons: WhatsApp shows two and "See all options"
    assert "buttons.more_than_three" in {i.rule for i in page.last_report.warnings} or (
        page.last_report.warnings
    )

    await _submit_and_wait_approved(page, "spring_collection")

    dialog = page.open_send_dialog()
    assert isinstance(dialog, TemplateSendDialog)
    await until(lambda: dialog.templates.count() == 1, what="template preselected")
    assert dialog.choose_sender(NUMBER_TEST)
    assert dialog.choose_recipient(RECIPIENT)
    assert not dialog.send_button.isEnabled()  # values missing
    # the header picture from a file: a PDF is refused for a picture header, in words
    leaflet = tmp_path / "leaflet.pdf"
    leaflet.write_bytes(b"%PDF-1.4\n" + b"x" * 200)
    assert not dialog.use_media_file(leaflet, "IMAGE")
    assert "leaflet.pdf is not a picture" in dialog.problems.text()
    photo = _picture(tmp_path / "spring_send.png")
    assert dialog.use_media_file(photo, "IMAGE")
    assert dialog.field("media").text() == "spring_send.png"
    header = dialog.preview.spec().header
    assert header is not None and header.pixmap is not None  # the chosen picture, previewed
    dialog.field("body:1").setText("Tom")
    dialog.field("body:2").setText("SPRING15")
    dialog.field("button:2").setText("tom?ref=wa")
    dialog.field("button:4").setText("SPRING15")
    await until(lambda: dialog.send_button.isEnabled(), what=dialog.problems.text())
    assert dialog.preview.spec().body.startswith("Hi Tom,")
    await asyncio.sleep(0.1)  # let Qt lay out the new form rows
    dialog.grab().save(str(_shots(tmp_path) / "template_send_from_designer.png"))
    await dialog.send()
    assert dialog.sent_message_id is not None, dialog.problems.text()
    message_id = dialog.sent_message_id

    def header_media(session: Session) -> Any:
        payload = session.get(Message, message_id).payload
        header = next(c for c in payload["template"]["components"] if c["type"] == "header")
        return header["parameters"][0]["image"]

    sent_image = await services.db.run(header_media)
    assert set(sent_image) == {"id"} and sent_image["id"] != "0"  # uploaded, then sent by id
    # the designer says who it went to and offers the conversation
    assert "spring_collection is on its way to" in page.message.text()
    assert RECIPIENT.lstrip("+") in page.message.text().replace(" ", "")
    assert page.open_chat_button.isVisibleTo(page)
    page.open_chat_button.click()
    inbox = app.window.page("inbox")
    await until(lambda: inbox.current_conversation_id == dialog.conversation_id, what="chat opened")

    await _wait_delivered(services, message_id)


async def test_marketing_screenshot_with_media_header_and_buttons(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    page = await _open_designer(app)
    editor = page.editor
    page.new_template()
    editor.name_edit.setText("spring_collection")
    editor.set_category("MARKETING")
    editor.header_combo.setCurrentIndex(editor.header_combo.findData("IMAGE"))
    await page.upload_sample(str(_picture(tmp_path / "spring.png")), "IMAGE")
    assert editor.header_handle.text().startswith("4::"), editor.upload_status.text()
    editor.body_edit.setPlainText(
        "Hi {{1}}, our *spring collection* has arrived! 🌸\n\n"
        "Enjoy _15% off_ everything until Sunday with the code below."
    )
    editor.set_sample("body", "1", "Emma")
    editor.footer_edit.setText("Reply STOP to opt out")
    editor.add_button_row("URL", "Shop now", "https://shop.example/s/{{1}}", "spring")
    editor.add_button_row("PHONE_NUMBER", "Call us", "+16505550100")
    editor.add_button_row("COPY_CODE", "", "SPRING15")
    assert page.last_report.errors == [] and page.last_report.warnings == []
    spec = page.preview.spec()
    assert [b.kind for b in spec.buttons] == ["url", "phone", "copy_code"]
    await _shoot(app, _shots(tmp_path) / "template_marketing.png")
    page.dark_check.setChecked(True)
    assert page.preview.spec().theme == "dark"
    await _shoot(app, _shots(tmp_path) / "template_marketing_dark.png")


async def test_authentication_template_from_design_to_send(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    page = await _open_designer(app)
    services = app.services
    assert isinstance(services, AppServices)
    editor = page.editor
    page.new_template()
    editor.name_edit.setText("login_code")
    editor.set_category("AUTHENTICATION")
    # Meta's fixed structure: no free text, only the options
    assert not editor.body_edit.isEnabled() and not editor.header_combo.isEnabled()
    editor.security_check.setChecked(True)
    editor.expiry_spin.setValue(10)
    assert {i.rule for i in page.last_report.errors}  # the OTP button is missing
    assert page.lint_model.rowCount() == 0  # not shown: the buttons were not edited yet
    assert not await page.submit()  # Submit shows every problem instead
    assert page.lint_model.rowCount() >= 1 and not page.submit_button.isEnabled()
    editor.add_button_row("OTP", "Copy code", "COPY_CODE")
    assert page.last_report.errors == [], [i.rule for i in page.last_report.errors]
    graph = editor.template()
    assert graph["components"] == [
        {"type": "BODY", "add_security_recommendation": True},
        {"type": "FOOTER", "code_expiration_minutes": 10},
        {
            "type": "BUTTONS",
            "buttons": [{"type": "OTP", "text": "Copy code", "otp_type": "COPY_CODE"}],
        },
    ]
    spec = page.preview.spec()
    assert "is your verification code." in spec.body
    assert "For your security, do not share this code." in spec.body
    assert spec.footer == "This code expires in 10 minutes."
    assert [(b.label, b.kind) for b in spec.buttons] == [("Copy code", "otp")]
    await _shoot(app, _shots(tmp_path) / "template_auth.png")

    await _submit_and_wait_approved(page, "login_code")
    dialog = page.open_send_dialog()
    assert isinstance(dialog, TemplateSendDialog)
    await until(lambda: dialog.templates.count() == 1, what="template preselected")
    assert dialog.choose_sender(NUMBER_TEST)
    dialog.recipient_combo.setEditText("+1 650-555-1242")  # typed, not picked
    dialog.field("otp").setText("482913")
    await until(lambda: dialog.send_button.isEnabled(), what=dialog.problems.text())
    assert "482913" in dialog.preview.spec().body
    await dialog.send()
    assert dialog.sent_message_id is not None, dialog.problems.text()
    await _wait_delivered(services, dialog.sent_message_id)
