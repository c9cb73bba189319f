"""The Numbers page in the running app: the accounts tree in words, live quality updates with
a notice, and a click-to-chat QR code that scans back to the link."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO, WABA_CAFE
from desktop.ui.numbers.numbers_page import ID_ROLE, NumbersPage
from tests.qr_decode import decode_image

pytestmark = pytest.mark.asyncio

API_VALUE = re.compile(r"\b(GREEN|YELLOW|RED|TIER_\w+|CONNECTED|CLOUD_API|APPROVED|VERIFIED)\b")


def shot(widget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


def tree_ids(page: NumbersPage) -> list[list[str]]:
    model = page.model
    out = []
    for b in range(model.rowCount()):
        b_index = model.index(b, 0)
        for w in range(model.rowCount(b_index)):
            w_index = model.index(w, 0, b_index)
            out.append(
                [model.index(n, 0, w_index).data(ID_ROLE) for n in range(model.rowCount(w_index))]
            )
    return out


async def test_tree_details_live_quality_drop_and_qr(app: RunningApp, tmp_path: Path) -> None:
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    numbers = sorted(n for group in tree_ids(page) for n in group)
    assert len(tree_ids(page)) == 2 and len(numbers) == 3

    page.select_number(NUMBER_TOKYO)
    assert page.fields["quality"].text() == "High"
    assert page.fields["limit"].text().startswith("10,000 customers a day")
    assert page.fields["status"].text().startswith("Connected")
    shown = [label.text() for label in page.fields.values()] + [page.account_text.text()]
    assert not [t for t in shown if API_VALUE.search(t)], shown

    sandbox = app.services.sandbox
    assert sandbox is not None
    sandbox.numbers_admin.set_quality(sandbox.world.numbers[NUMBER_TOKYO], "RED")
    await sandbox.flush_webhooks()
    await until(lambda: page.fields["quality"].text() == "Low", what="live quality update")
    status = app.window.status
    await until(lambda: "dropped" in status.currentMessage(), what="quality notice")
    assert "Quality is now low" in status.currentMessage()
    await until(lambda: page.chart.rated_count == 2, what="history with the drop")
    shot(app.window, "numbers_tree_en_light.png", tmp_path)

    # The QR the panel shows scans back to exactly the link it shows.
    page.tabs.setCurrentWidget(page.click_to_chat)
    page.click_to_chat.text.setPlainText("予約 2 名 🙏")
    link = page.click_to_chat.link.text()
    assert link.startswith("https://wa.me/81345670001?text=")
    assert decode_image(page.click_to_chat.qr.pixmap().toImage()) == [link]
    saved = tmp_path / "qr.svg"
    page.click_to_chat.save_to(saved)
    assert saved.read_text().count("#075e54") >= 1
    assert "#075E54" in page.click_to_chat.snippet.toPlainText()
    shot(app.window, "numbers_click_to_chat_en_light.png", tmp_path)

    page.select_number(NUMBER_OSAKA)
    assert page.click_to_chat.link.text().startswith("https://wa.me/81678900002")


async def test_add_number_wizard_errors_in_words_and_resume(
    app: RunningApp, tmp_path: Path
) -> None:
    from desktop.ui.numbers.add_number_dialog import AddNumberDialog

    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    await page.open_add_number()
    dialog = page.add_dialog
    assert isinstance(dialog, AddNumberDialog) and dialog.pages.currentIndex() == 0
    assert dialog.name_hint.objectName() == "hint"  # a hint, not an error, before typing
    dialog.number.setText("12")
    assert dialog.number_hint.objectName() == "errorText"
    assert "wrong number of digits" in dialog.number_hint.text()
    dialog.waba.setCurrentIndex(dialog.waba.findData(WABA_CAFE))
    dialog.number.setText("075-700-1234")  # national, as in Japan where the cafe's numbers are
    assert dialog.number_hint.text() == "Will be added as +81757001234"
    dialog.number.setText("+81 75-700-1234")
    assert dialog.number_hint.text() == "Will be added as +81757001234"
    dialog.name.setText("BEST WHATSAPP CAFE")
    assert not dialog.add_button.isEnabled() and "WhatsApp" in dialog.name_hint.text()
    dialog.name.setText("Sakura Cafe Kyoto")
    assert dialog.add_button.isEnabled()
    shot(dialog, "numbers_add_number_en_light.png", tmp_path)
    dialog.add_button.click()
    await until(lambda: dialog.pages.currentIndex() == 1, what="code step")
    dialog.send_code.click()
    await until(lambda: "another code in" in dialog.resend_hint.text(), what="resend wait")
    assert not dialog.send_code.isEnabled()
    dialog.close()

    # Reopened (as after a restart), the flow continues at the code step.
    await page.open_add_number()
    again = page.add_dialog
    assert again is not None and again is not dialog
    assert again.pages.currentIndex() == 1
    again.code.setText("000000")
    again.verify_button.click()
    await until(lambda: again.error.isVisible(), what="wrong code")
    assert "The code is wrong" in again.error.text()
    again.code.setText("123456")
    again.verify_button.click()
    await until(lambda: again.pages.currentIndex() == 2, what="PIN step")
    again.pin.setText("246810")
    again.pin_again.setText("246811")
    again.register_button.click()
    await until(lambda: again.error.isVisible(), what="PIN mismatch")
    assert "differ" in again.error.text()
    again.pin_again.setText("246810")
    again.register_button.click()
    await until(lambda: again.pages.currentIndex() == 3, what="registered")
    await until(lambda: len([n for g in tree_ids(page) for n in g]) == 4, what="new number listed")
    again.close()


async def test_test_environment_caps_recipients_and_drops_quality(
    app: RunningApp, tmp_path: Path
) -> None:
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage) and page.test_environment is not None
    panel = page.test_environment
    await until(lambda: panel.recipients.count() == 5, what="allowed recipients")
    assert not panel.add_button.isEnabled() and panel.count.text() == "5 of 5 recipients"
    panel.recipients.setCurrentRow(0)
    panel.remove_button.click()
    await until(lambda: panel.recipients.count() == 4, what="removed")
    panel.new_recipient.setText("+1 650 555 1299")
    panel.add_button.click()
    await until(lambda: panel.recipients.count() == 5, what="added")
    assert panel.recipients.item(4).text() == "+16505551299"

    panel.event_number.setCurrentIndex(panel.event_number.findData(NUMBER_OSAKA))
    panel.drop_button.click()
    status = app.window.status
    await until(lambda: "dropped" in status.currentMessage(), what="quality drop notice")
    page.tabs.setCurrentWidget(panel)
    shot(app.window, "numbers_test_environment_en_light.png", tmp_path)


async def test_profile_editor_checks_limits_previews_and_saves(
    app: RunningApp, tmp_path: Path
) -> None:
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_TOKYO)
    editor = page.profile
    await until(lambda: editor.about.text() != "", what="profile loaded")
    assert not editor.save_button.isEnabled()  # nothing changed yet

    editor.about.setText("x" * 140)
    assert editor.hints["about"].text() == "140 characters: shorten it to 139 at most."
    assert not editor.save_button.isEnabled()
    editor.about.setText("季節のケーキと珈琲 ☕ <b>not bold</b>")
    editor.website2.setText("sakura.example")
    assert "https://" in editor.hints["website2"].text()
    editor.website2.setText("https://sakura.example/menu")
    editor.vertical.setCurrentIndex(editor.vertical.findData("RESTAURANT"))
    assert editor.save_button.isEnabled()
    preview = editor.preview.rows
    assert preview["about"].text() == "季節のケーキと珈琲 ☕ <b>not bold</b>"
    assert preview["about"].textFormat() == Qt.TextFormat.PlainText
    assert preview["vertical"].text() == "Restaurant"
    editor.dark_preview.setChecked(True)
    page.tabs.setCurrentWidget(editor)
    shot(app.window, "numbers_profile_en_light.png", tmp_path)

    await editor.save()
    sandbox = app.services.sandbox
    assert sandbox is not None
    stored = sandbox.world.numbers[NUMBER_TOKYO].profile
    assert stored["about"] == "季節のケーキと珈琲 ☕ <b>not bold</b>"
    assert stored["vertical"] == "RESTAURANT"
    assert stored["websites"][-1] == "https://sakura.example/menu"
    assert not editor.save_button.isEnabled()

    # Another number: its own profile, never the one before (nothing editable until read).
    page.select_number(NUMBER_OSAKA)
    assert editor.about.text() == "" and not editor.save_button.isEnabled()
    assert "Sakura Cafe Osaka" in editor.preview.name.text()
    await until(lambda: editor.about.text() != "", what="Osaka's profile read")
    assert editor.about.text() != "季節のケーキと珈琲 ☕ <b>not bold</b>"
    page.select_number(NUMBER_TOKYO)

    checks = page.checklists.oba_items.text()
    assert "✓  Display name approved" in checks and "✓  Two-step verification" in checks


async def test_manage_a_number_and_hear_about_a_restriction(app: RunningApp) -> None:
    from desktop.sandbox.seed import WABA_CAFE

    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_OSAKA)
    assert page.manage_box.isVisibleTo(page)
    sandbox = app.services.sandbox
    assert sandbox is not None
    osaka = sandbox.world.numbers[NUMBER_OSAKA]

    await page.rename_number(NUMBER_OSAKA, "OSAKA WHATSAPP SHOP")
    assert "WhatsApp" in page.manage_result.text() and osaka.verified_name == "Sakura Cafe Osaka"
    await page.rename_number(NUMBER_OSAKA, "Sakura Cafe Umeda")
    assert osaka.verified_name == "Sakura Cafe Umeda" and osaka.name_status == "PENDING_REVIEW"
    await page.change_number_pin(NUMBER_OSAKA, "135790", "135791")
    assert "differ" in page.manage_result.text()
    await page.change_number_pin(NUMBER_OSAKA, "135790", "135790")
    assert osaka.pin == "135790" and "changed" in page.manage_result.text()
    await page.deregister_number(NUMBER_OSAKA)
    assert not osaka.registered

    sandbox.numbers_admin.restrict(WABA_CAFE, "RESTRICTED_BIZ_INITIATED_MESSAGING")
    await sandbox.flush_webhooks()
    status = app.window.status
    await until(lambda: "was restricted" in status.currentMessage(), what="restriction notice")
    await until(lambda: "can't start conversations" in page.account_text.text(), what="words")
