"""The reply-button, list, location and contact forms: limits as the user types, the live
preview (the inbox's own bubble), and what Send hands over."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.services.new_chat import ContactChoice
from desktop.services.rich_messages import ContactCardDraft, ListDraft, LocationDraft
from desktop.ui.inbox.rich_message_forms import (
    ContactCardForm,
    ListForm,
    LocationForm,
    ReplyButtonsForm,
)


def settle(form: Any) -> None:
    """Apply the edits now (the form refreshes once per event-loop turn)."""
    QCoreApplication.processEvents()
    form.refresh()


def test_reply_buttons_limits_preview_and_send(qtbot: QtBot) -> None:
    form = ReplyButtonsForm("light")
    qtbot.addWidget(form)
    form.show()
    # empty: nothing to send, and the form says what is missing in words
    assert not form.send_button.isEnabled()
    assert "The message text is required." in form.problem_label.text()
    assert "Add at least one button" in form.problem_label.text()

    QTest.keyClicks(form.body, "Would you like to change your booking?")
    QTest.keyClicks(form.button_fields[0], "Yes, change it please")  # 21 characters
    QTest.keyClicks(form.button_fields[1], "No")
    settle(form)
    assert not form.send_button.isEnabled()
    assert "Button 1 is 21 characters long; WhatsApp allows 20." in form.problem_label.text()
    assert form.button_fields[0].property("invalid") is True
    assert "21 characters" in form.button_fields[0].toolTip()
    counters = [c.text() for c in form._counters]
    assert "21/20" in counters
    # the preview is the inbox's bubble: text and the buttons as typed
    spec = form.preview.spec()
    assert spec.body == "Would you like to change your booking?"
    assert [b.label for b in spec.buttons] == ["Yes, change it please", "No"]
    assert spec.direction == "out"

    form.button_fields[0].setText("Yes, change it")
    form.button_fields[2].setText("no")  # the same words as button 2
    settle(form)
    assert "Button 3 says the same as another button" in form.problem_label.text()
    assert form.button_fields[0].property("invalid") is False
    form.button_fields[2].setText("Call me")
    form.header.setText("Your booking")
    form.footer.setText("Cafe Tokyo")
    settle(form)
    assert form.problems == [] and form.problem_label.isHidden()
    assert form.send_button.isEnabled()
    spec = form.preview.spec()
    assert spec.header is not None and spec.header.text == "Your booking"
    assert spec.footer == "Cafe Tokyo"

    sent: list[Any] = []
    form.submitted.connect(sent.append)
    form.send_button.click()
    assert len(sent) == 1
    content = sent[0].content()
    assert [b["reply"]["title"] for b in content["action"]["buttons"]] == [
        "Yes, change it",
        "No",
        "Call me",
    ]
    # while it is stored there is no second Send; a refusal keeps everything typed
    form.set_busy(True)
    assert not form.send_button.isEnabled()
    form.refused("The customer's 24-hour window is closed.")
    assert form.problem_label.text() == "The customer's 24-hour window is closed."
    assert form.body.toPlainText() == "Would you like to change your booking?"


def test_list_form_sections_options_and_the_sheet(qtbot: QtBot) -> None:
    form = ListForm("dark")
    qtbot.addWidget(form)
    form.show()
    form.body.setPlainText("Which delivery suits you?")
    form.list_button.setText("Delivery options")
    _box, _title, rows = form.sections[0]
    rows[0][0].setText("Express")
    rows[0][1].setText("1–2 days")
    title, description = form.add_option(0) or (None, None)
    assert title is not None and description is not None
    title.setText("Standard delivery to your door")  # 30 characters
    settle(form)
    assert "Option 2 of section 1 is 30 characters long; WhatsApp allows 24." in (
        form.problem_label.text()
    )
    title.setText("Standard")
    form.add_section()
    form.sections[1][2][0][0].setText("Pick up in store")
    settle(form)
    # two sections: each needs its title, said in words and marked on the field
    assert "Section 1 needs a title" in form.problem_label.text()
    assert form.sections[0][1].property("invalid") is True
    form.sections[0][1].setText("Delivery")
    form.sections[1][1].setText("Collect")
    settle(form)
    assert form.problems == [] and form.send_button.isEnabled()
    assert form.count_label.text() == "3 of 10 options used."
    spec = form.preview.spec()
    assert [b.label for b in spec.buttons] == ["Delivery options"]
    sheet_texts = [label.text() for label in form.sheet.findChildren(type(form.count_label))]
    assert "Delivery" in sheet_texts and "○ Pick up in store" in sheet_texts

    # at ten options in all no more can be added
    while form.add_option(1) is not None:
        pass
    assert form._rows_in_all() == 10
    assert not form.add_section_button.isEnabled()
    assert "at most 10 options" in form.add_section_button.toolTip()
    sent: list[Any] = []
    form.submitted.connect(sent.append)
    form.send_button.click()
    assert isinstance(sent[0], ListDraft) and sent[0].row_count() == 3  # empty boxes are not sent


def test_location_form_reads_pasted_pairs_and_checks_ranges(qtbot: QtBot) -> None:
    form = LocationForm("light")
    qtbot.addWidget(form)
    form.show()
    QTest.keyClicks(form.latitude, "91")
    QTest.keyClicks(form.longitude, "139.7671")
    settle(form)
    assert "Latitude must lie between -90 and 90." in form.problem_label.text()
    assert not form.send_button.isEnabled() and not form.map_button.isEnabled()
    form.latitude.clear()
    form.longitude.clear()
    # a pair typed key by key is split once the field is left
    form.latitude.setFocus()
    QTest.keyClicks(form.latitude, "35.6812, 139.7671")
    assert form.longitude.text() == ""  # not while typing ("35.6812, 1" is no pair yet)
    QTest.keyClick(form.latitude, Qt.Key.Key_Tab)
    settle(form)
    assert (form.latitude.text(), form.longitude.text()) == ("35.6812", "139.7671")
    # a map link pasted in is split at once
    form.latitude.clear()
    form.longitude.clear()
    QGuiApplication.clipboard().setText("https://www.google.com/maps/@48.8584,2.2945,17z")
    form.latitude.setFocus()
    form.latitude.paste()
    assert (form.latitude.text(), form.longitude.text()) == ("48.8584", "2.2945")
    form.latitude.setText("35.6812")
    form.longitude.setText("139.7671")
    form.name.setText("東京駅")
    settle(form)
    assert form.send_button.isEnabled() and form.map_button.isEnabled()
    assert form.map_url() == (
        "https://www.openstreetmap.org/?mlat=35.6812&mlon=139.7671#map=16/35.6812/139.7671"
    )
    spec = form.preview.spec()
    assert spec.body == "東京駅" and [b.label for b in spec.buttons] == ["Open in map"]
    sent: list[Any] = []
    form.submitted.connect(sent.append)
    form.send_button.click()
    assert isinstance(sent[0], LocationDraft)
    assert sent[0].content() == {"latitude": 35.6812, "longitude": 139.7671, "name": "東京駅"}


def test_contact_form_picks_a_contact_or_checks_a_typed_number(qtbot: QtBot) -> None:
    form = ContactCardForm("light", region="JP")
    qtbot.addWidget(form)
    form.show()
    form.name.setText("Sato Ken")
    QTest.keyClicks(form.number, "12345")
    settle(form)
    assert "“12345” is not a valid phone number" in form.problem_label.text()
    form.number.clear()
    QTest.keyClicks(form.number, "090-5555-0108")  # a national number, read in Japan
    settle(form)
    assert form.send_button.isEnabled()
    spec = form.preview.spec()
    assert spec.body.splitlines() == ["👤 Sato Ken", "📞 +81 90-5555-0108"]

    form.search.setText("Oliver")
    form.show_matches("Oliver", [ContactChoice(7, "Oliver Brown", "447700900123")])
    form.matches.setCurrentRow(0)
    settle(form)
    assert (form.name.text(), form.number.text()) == ("Oliver Brown", "+447700900123")
    sent: list[Any] = []
    form.submitted.connect(sent.append)
    form.send_button.click()
    assert isinstance(sent[0], ContactCardDraft)
    assert sent[0].content()[0]["phones"][0]["wa_id"] == "447700900123"
    # stale matches (the user typed on) are not shown
    form.show_matches("Ol", [ContactChoice(8, "Olga", "819012345678")])
    assert form.matches.count() == 1
