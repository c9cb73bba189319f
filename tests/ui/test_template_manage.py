"""Managing templates: drafts survive a crash, list filter, duplicate, languages, delete, review.

The list-management tests run the whole app on the sandbox; the draft and editor tests use
the page alone on a temporary database.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from designer_support import designer_page
from pytestqt.qtbot import QtBot
from qt_async import until
from test_template_flow import _open_designer, _row_status

from desktop.app import RunningApp
from desktop.models.db import Database
from desktop.models.entities import Template, Waba
from desktop.sandbox.seed import WABA_SHOP
from desktop.services.cloud_api.errors import CloudApiError, from_error_body
from desktop.services.events import EventHub
from desktop.services.templates.drafts import TemplateDraftStore
from desktop.ui.templates import TemplateDesignerPage
from desktop.ui.templates.template_list_model import ITEM_ROLE


def meta_error(subcode: int, user_message: str) -> CloudApiError:
    """The client's error for Meta's envelope with ``subcode`` (as a 400 answer gives it)."""
    error = from_error_body(
        {
            "error": {
                "message": "Invalid parameter",
                "type": "OAuthException",
                "code": 100,
                "error_subcode": subcode,
                "error_user_msg": user_message,
                "fbtrace_id": "trace",
            }
        },
        http_status=400,
        host="graph.facebook.com",
        secret=None,
    )
    assert error is not None
    return error


class FakeClient:
    def __init__(self) -> None:
        self.created: list[dict[str, Any]] = []

    async def create_template(self, waba_id: str, template: dict[str, Any]) -> dict[str, Any]:
        self.created.append(copy.deepcopy(template))
        return {"id": "9001", "status": "PENDING", "category": template["category"]}


@pytest.fixture
def db(db_url: str) -> Any:
    database = Database(db_url)
    database.migrate_sync()
    database.call(lambda session: session.add(Waba(id="waba-1", name="Cafe Tokyo")))
    yield database
    database.close()


def _names(page: TemplateDesignerPage) -> list[tuple[str, str]]:
    rows = [page.list_model.index(i, 0).data(ITEM_ROLE) for i in range(page.list_model.rowCount())]
    return [(r.name, r.language) for r in rows]


def _open(page: TemplateDesignerPage, name: str, language: str) -> Any:
    for i in range(page.list_model.rowCount()):
        summary = page.list_model.index(i, 0).data(ITEM_ROLE)
        if (summary.name, summary.language) == (name, language):
            return summary
    raise AssertionError(f"{name} {language} not listed: {_names(page)}")


# -- drafts ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_unsaved_edits_come_back_after_a_crash(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    store = TemplateDraftStore(tmp_path / "drafts")
    client = FakeClient()
    page = designer_page(db, lambda: client, EventHub(), drafts=store, autosave_ms=10)
    qtbot.addWidget(page)
    await page.load()
    assert page.draft_banner.isHidden()
    page.editor.name_edit.setText("late_night_edit")
    page.editor.body_edit.setPlainText("Hello {{1}}, this was typed but never submitted.")
    key = page.draft_key()

    def saved_body() -> str:
        draft = store.load(key)
        return json.dumps(draft.graph) if draft else ""

    await until(lambda: "never submitted" in saved_body(), what="draft written")

    # the app "crashes": a fresh page over the same folder is all that is left
    again = designer_page(db, lambda: client, EventHub(), drafts=store, autosave_ms=10)
    qtbot.addWidget(again)
    await again.load()
    assert not again.draft_banner.isHidden()
    assert "late_night_edit" in again.draft_label.text()
    assert again.editor.name_edit.text() == ""  # nothing is loaded without asking
    again.resume_draft()
    await until(lambda: again.editor.name_edit.text() == "late_night_edit", what="resumed")
    assert "never submitted" in again.editor.body_edit.toPlainText()
    assert again.draft_banner.isHidden() and again.draft_key() == key

    # further edits keep going to the same file; submitting removes it
    again.editor.set_sample("body", "1", "Ana")
    await until(lambda: '"Ana"' in saved_body(), what="draft updated")
    assert [d.key for d in store.load_all()] == [key]
    assert await again.submit(), again.message.text()
    assert client.created[0]["name"] == "late_night_edit"
    await until(lambda: store.load_all() == [], what="draft removed after submit")


@pytest.mark.asyncio
async def test_a_draft_can_be_discarded(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    store = TemplateDraftStore(tmp_path)
    store.save(
        "k1", {"name": "old_idea", "language": "en_US", "category": "UTILITY", "components": []}
    )
    page = designer_page(db, FakeClient, EventHub(), drafts=store)
    qtbot.addWidget(page)
    await page.load()
    assert "old_idea" in page.draft_label.text()
    page.discard_draft()
    assert page.draft_banner.isHidden() and store.load_all() == []


# -- editor helpers ------------------------------------------------------------------------


def test_variables_formatting_and_counters(qtbot: QtBot, db: Database) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    editor = page.editor
    editor.body_edit.setPlainText("Hi ")
    cursor = editor.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body_edit.setTextCursor(cursor)
    assert editor.insert_variable() == "{{1}}"
    editor.body_edit.insertPlainText(", your code is ")
    assert editor.insert_variable() == "{{2}}"
    editor.body_edit.insertPlainText(" today.")
    assert editor.body_edit.toPlainText() == "Hi {{1}}, your code is {{2}} today."
    assert editor.samples_table.rowCount() == 2
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(2, cursor.MoveMode.KeepAnchor)
    editor.body_edit.setTextCursor(cursor)
    editor.apply_format("bold")
    assert editor.body_edit.toPlainText().startswith("*Hi* {{1}}")
    assert editor.body_counter.text() == f"{len(editor.body_edit.toPlainText())}/1024"
    editor.footer_edit.setText("x" * 61)
    assert editor.footer_counter.text() == "61/60"
    assert editor.footer_edit in editor.marked_fields()  # shown at the field
    assert not page.submit_button.isEnabled()
    editor.footer_edit.setText("Thanks")
    assert editor.footer_edit not in editor.marked_fields()
    editor.format_combo.setCurrentIndex(1)  # named variables
    editor.body_edit.setPlainText("Hello ")
    assert editor.insert_variable() == "{{var_1}}"


def test_a_pasted_body_over_the_limit_is_kept_and_flagged(qtbot: QtBot, db: Database) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    long = "Thank you for your order. " * 60
    page.editor.body_edit.setPlainText(long)
    assert page.editor.body_edit.toPlainText() == long
    assert "body.length" in {i.rule for i in page.last_report.errors}
    assert page.editor.body_edit in page.editor.marked_fields()
    assert not page.submit_button.isEnabled()


@pytest.mark.parametrize(
    ("kind", "label", "value", "sample", "shown"),
    [
        ("QUICK_REPLY", "Yes please", "", "", ("Yes please", "quick_reply")),
        ("URL", "Track", "https://shop.example/t/{{1}}", "A1", ("Track", "url")),
        ("PHONE_NUMBER", "Call us", "+81345670001", "", ("Call us", "phone")),
        ("COPY_CODE", "", "SAVE10", "", ("Copy offer code", "copy_code")),
    ],
)
def test_each_button_type_is_drawn(
    qtbot: QtBot,
    db: Database,
    kind: str,
    label: str,
    value: str,
    sample: str,
    shown: tuple[str, str],
) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    page.editor.name_edit.setText("button_check")
    page.editor.set_category("MARKETING")
    page.editor.body_edit.setPlainText("Our new menu is out, have a look.")
    page.editor.add_button_row(kind, label, value, sample)
    assert page.last_report.errors == [], [i.rule for i in page.last_report.errors]
    assert [(b.label, b.kind) for b in page.preview.spec().buttons] == [shown]


@pytest.mark.parametrize("otp_type", ["COPY_CODE", "ONE_TAP", "ZERO_TAP"])
def test_each_one_time_password_button(qtbot: QtBot, db: Database, otp_type: str) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    editor = page.editor
    editor.name_edit.setText("login_code")
    editor.set_category("AUTHENTICATION")
    editor.expiry_spin.setValue(5)
    app = "" if otp_type == "COPY_CODE" else "com.sakura.cafe K8a/AINcGX7"
    editor.add_button_row("OTP", "Copy code", otp_type, app)
    if otp_type == "ZERO_TAP":
        assert "otp.zero_tap_terms" in {i.rule for i in page.last_report.errors}
        editor.zero_tap_check.setChecked(True)
    assert page.last_report.errors == [], [i.rule for i in page.last_report.errors]
    button = editor.template()["components"][-1]["buttons"][0]
    assert button["otp_type"] == otp_type
    if otp_type != "COPY_CODE":
        assert button["supported_apps"] == [
            {"package_name": "com.sakura.cafe", "signature_hash": "K8a/AINcGX7"}
        ]
    spec = page.preview.spec()
    assert spec.footer == "This code expires in 5 minutes." and len(spec.buttons) == 1


# -- the list, on the sandbox ----------------------------------------------------------------


@pytest.mark.asyncio
async def test_filter_duplicate_languages_and_delete(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    page = await _open_designer(app)
    everything = _names(page)
    page.search_edit.setText("ORDER")
    assert _names(page) == [("order_confirmation", "en_US"), ("order_confirmation", "ja")]
    page.search_edit.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("REJECTED"))
    assert _names(page) == [("flash_promo", "en_US")]
    await page.open_template(_open(page, "flash_promo", "en_US"))
    assert "PROMOTIONAL" in page.review_label.text()
    assert "MARKETING" in page.review_label.text()  # the hint says what to change
    assert not page.send_button.isEnabled()
    page.status_filter.setCurrentIndex(0)
    assert _names(page) == everything

    # duplicate an approved template under a free name and submit the copy
    await page.open_template(_open(page, "order_confirmation", "en_US"))
    page.duplicate()
    assert page.editor.name_edit.text() == "order_confirmation_copy"
    # Meta rejects a second template with the same body: said before submitting
    assert {i.rule for i in page.last_report.errors} == {"body.duplicate"}
    page.editor.body_edit.setPlainText(
        page.editor.body_edit.toPlainText().replace("ships today", "leaves today")
    )
    assert page.last_report.errors == [], page.last_report.errors
    assert await page.submit(), page.message.text()
    await until(lambda: _row_status(page, "order_confirmation_copy") == "APPROVED")

    # add a Japanese version of hello_world
    await page.open_template(_open(page, "hello_world", "en_US"))
    assert not page.add_language("en_US")  # exists already: said, nothing changed
    assert page.add_language("ja")
    assert page.editor.template()["language"] == "ja"
    page.editor.header_text.setText("こんにちは")
    page.editor.body_edit.setPlainText("ようこそ。WhatsApp でのご連絡ありがとうございます。")
    page.editor.footer_edit.setText("WhatsApp Business Platform サンプル")
    assert await page.submit(), page.message.text()
    await until(lambda: ("hello_world", "ja") in _names(page))

    # delete that language only, then every language of order_confirmation
    sandbox = app.services.sandbox

    def at_meta(name: str) -> list[str]:
        return sorted(
            t.language
            for t in sandbox.world.templates.values()
            if t.waba_id == WABA_SHOP and t.name == name
        )

    def status_of(name: str, language: str) -> str | None:
        return next(
            (
                summary.status
                for row in range(page.list_model.rowCount())
                if (summary := page.list_model.index(row, 0).data(ITEM_ROLE)).name == name
                and summary.language == language
            ),
            None,
        )

    # Meta's decision on the new language arrives first: a status webhook that came
    # after the delete would bring the row back (ingest keeps what Meta reports)
    await until(lambda: status_of("hello_world", "ja") == "APPROVED", what="ja approved")
    await page.open_template(_open(page, "hello_world", "ja"))
    await until(lambda: page._editing is not None and page._editing.meta_id is not None)
    assert await page.delete_template(all_languages=False), page.message.text()
    assert ("hello_world", "ja") not in _names(page) and ("hello_world", "en_US") in _names(page)
    assert at_meta("hello_world") == ["en_US"]
    await page.open_template(_open(page, "order_confirmation", "ja"))
    assert await page.delete_template(all_languages=True), page.message.text()
    assert not any(name == "order_confirmation" for name, _ in _names(page))
    assert at_meta("order_confirmation") == []
    assert ("order_confirmation_copy", "en_US") in _names(page)

    # a sync from the API agrees with what the page shows
    before = _names(page)
    await page.sync()
    await until(lambda: _names(page) == before, what="list after sync")
    assert "synced" in page.message.text()


@pytest.mark.asyncio
async def test_a_rejection_arrives_by_webhook_with_a_hint(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    page = await _open_designer(app)
    page.new_template()
    page.editor.name_edit.setText("weekend_deal")
    page.editor.body_edit.setPlainText("Big discount this weekend on all coffee beans, come by.")
    assert page.last_report.errors == []
    assert await page.submit(), page.message.text()
    assert page.review_state.tone == "waiting"
    await until(lambda: _row_status(page, "weekend_deal") == "REJECTED", what="review")
    await until(lambda: page.review_state.tone == "problem")
    assert "PROMOTIONAL" in page.review_label.text()
    assert "MARKETING" in page.review_label.text()
    assert page.editor.name_edit.text() == "weekend_deal"  # the form is untouched


@pytest.mark.asyncio
async def test_edits_meta_does_not_allow_are_refused_before_any_call(
    qtbot: QtBot, db: Database
) -> None:
    def seed(session: Any) -> None:
        for name, status in (("in_review", "PENDING"), ("live_one", "APPROVED")):
            session.add(
                Template(
                    waba_id="waba-1",
                    meta_id=f"m-{name}",
                    name=name,
                    language="en_US",
                    category="UTILITY",
                    status=status,
                    components=[{"type": "BODY", "text": f"Your table ({name}) is ready."}],
                )
            )

    db.call(seed)

    class Client(FakeClient):
        def __init__(self) -> None:
            super().__init__()
            self.edited: list[str] = []

        async def edit_template(self, template_id: str, changes: dict[str, Any]) -> bool:
            self.edited.append(template_id)
            return True

    client = Client()
    page = designer_page(db, lambda: client, EventHub())
    qtbot.addWidget(page)
    await page.load()
    await page.open_template(_open(page, "in_review", "en_US"))
    page.editor.footer_edit.setText("Thanks")
    assert not await page.submit()
    assert "still in review" in page.message.text()
    assert page.editor.footer_edit.text() == "Thanks"

    await page.open_template(_open(page, "live_one", "en_US"))
    page.editor.set_category("MARKETING")
    assert not await page.submit()
    assert "category of an approved template" in page.message.text()
    page.editor.set_category("UTILITY")
    page.editor.footer_edit.setText("Reply STOP to opt out")
    assert await page.submit(), page.message.text()
    assert client.edited == ["m-live_one"] and client.created == []
    assert page.review_state.tone == "waiting"  # back in review after the edit


@pytest.mark.asyncio
async def test_an_api_rejection_is_shown_at_its_field(qtbot: QtBot, db: Database) -> None:
    class Refusing(FakeClient):
        async def create_template(self, waba_id: str, template: dict[str, Any]) -> dict[str, Any]:
            raise meta_error(2388024, "Content in this language already exists.")

    page = designer_page(db, Refusing, EventHub())
    qtbot.addWidget(page)
    await page.load()
    page.editor.name_edit.setText("table_ready")
    page.editor.body_edit.setPlainText("Your table is ready, see you soon.")
    assert not await page.submit()
    assert "already exists" in page.message.text()
    assert page.editor.name_edit in page.editor.marked_fields()
    assert page.editor.body_edit.toPlainText() == "Your table is ready, see you soon."
