"""The template designer page: editor round trip, live lint and preview, files, submit."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from designer_support import designer_page
from pytestqt.qtbot import QtBot
from test_template_manage import meta_error

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "templates"))

from PySide6.QtCore import Qt
from tpl_samples import AUTHENTICATION, NAMED_UTILITY, POSITIONAL_MARKETING

from desktop.models.db import Database
from desktop.models.entities import Template, Waba
from desktop.services.events import EventHub, TemplatesChanged
from desktop.ui.templates import TemplateEditor
from desktop.ui.templates.template_list_model import ITEM_ROLE


class FakeClient:
    def __init__(self, fail: Exception | None = None) -> None:
        self.created: list[tuple[str, dict[str, Any]]] = []
        self.edited: list[tuple[str, dict[str, Any]]] = []
        self.fail = fail

    async def create_template(self, waba_id: str, template: dict[str, Any]) -> dict[str, Any]:
        if self.fail:
            raise self.fail
        self.created.append((waba_id, copy.deepcopy(template)))
        return {"id": "9001", "status": "PENDING", "category": template["category"]}

    async def edit_template(self, template_id: str, changes: dict[str, Any]) -> bool:
        self.edited.append((template_id, copy.deepcopy(changes)))
        return True


@pytest.fixture
def db(db_url: str) -> Any:
    database = Database(db_url)
    database.migrate_sync()

    def seed(session: Any) -> None:
        session.add(Waba(id="waba-1", name="Cafe Tokyo"))
        session.add(
            Template(
                waba_id="waba-1",
                meta_id="111",
                name="order_confirmation",
                language="en_US",
                category="UTILITY",
                status="APPROVED",
                parameter_format="NAMED",
                components=copy.deepcopy(NAMED_UTILITY["components"]),
            )
        )

    database.call(seed)
    yield database
    database.close()


@pytest.mark.parametrize(
    "template", [NAMED_UTILITY, POSITIONAL_MARKETING, AUTHENTICATION], ids=["named", "ja", "auth"]
)
def test_editor_round_trip(qtbot: QtBot, template: dict[str, Any]) -> None:
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.set_template(copy.deepcopy(template))
    assert editor.template() == template


def test_editor_keeps_fields_it_does_not_show(qtbot: QtBot) -> None:
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    template = copy.deepcopy(NAMED_UTILITY)
    template["id"] = "123"
    template["components"][3]["buttons"][0]["extra_flag"] = True
    editor.set_template(template)
    editor.footer_edit.setText("Reply STOP to stop")
    out = editor.template()
    assert out["id"] == "123"
    assert out["components"][3]["buttons"][0]["extra_flag"] is True
    assert out["components"][2]["text"] == "Reply STOP to stop"


def test_samples_follow_the_variables(qtbot: QtBot) -> None:
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.body_edit.setPlainText("Hello {{1}}, your order {{2}} ships today.")
    assert editor.samples_table.rowCount() == 2
    editor.set_sample("body", "1", "Ana")
    editor.set_sample("body", "2", "860198")
    body = editor.template()["components"][0]
    assert body["example"] == {"body_text": [["Ana", "860198"]]}
    editor.body_edit.setPlainText("Hello {{1}}, thanks.")
    assert editor.samples_table.rowCount() == 1
    assert editor.template()["components"][0]["example"] == {"body_text": [["Ana"]]}


def test_buttons_are_added_and_removed(qtbot: QtBot) -> None:
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.body_edit.setPlainText("Hello there, pick one.")
    editor.add_button_row("QUICK_REPLY", "Yes")
    editor.add_button_row("URL", "Open", "https://shop.example/a")
    buttons = editor.template()["components"][-1]["buttons"]
    assert buttons == [
        {"type": "QUICK_REPLY", "text": "Yes"},
        {"type": "URL", "text": "Open", "url": "https://shop.example/a"},
    ]
    editor.buttons_table.setCurrentCell(0, 1)
    editor.remove_button.click()
    assert [b["type"] for b in editor.template()["components"][-1]["buttons"]] == ["URL"]


def test_typing_relints_and_updates_the_preview(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    page.editor.set_template(copy.deepcopy(POSITIONAL_MARKETING))
    assert page.last_report.errors == []
    assert "田中" in page.preview.spec().body
    page.editor.body_edit.setPlainText("{{1}} セール {{2}}")
    rules = {i.rule for i in page.last_report.errors}
    assert "body.variable_edge" in rules
    assert page.lint_model.rowCount() >= 1
    assert page.preview.spec().body == "田中 セール SUMMER20"
    page.dark_check.setChecked(True)
    assert page.preview.spec().theme == "dark"
    page.resize(1280, 820)
    page.show()
    page.grab().save(str(tmp_path / "designer.png"))


def test_lint_finding_focuses_its_field(qtbot: QtBot, db: Database) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    page.show()
    page.editor.set_template(copy.deepcopy(NAMED_UTILITY))
    page.editor.footer_edit.setText("x" * 61)
    row = next(i for i, item in enumerate(page.lint_model.items()) if item.rule == "footer.length")
    page.lint_view.clicked.emit(page.lint_model.index(row, 0))
    assert page.editor.footer_edit.hasFocus() or page.focusWidget() is page.editor.footer_edit


def test_import_and_export(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(POSITIONAL_MARKETING, ensure_ascii=False), encoding="utf-8")
    assert page.import_file(source)
    assert page.editor.name_edit.text() == "summer_sale_ja"
    target = tmp_path / "out" / "t.json"
    assert page.export_file(target)
    assert json.loads(target.read_text(encoding="utf-8")) == POSITIONAL_MARKETING
    broken = tmp_path / "broken.json"
    broken.write_text("[1]", encoding="utf-8")
    assert not page.import_file(broken)
    assert "not a template object" in page.message.text()
    assert page.editor.name_edit.text() == "summer_sale_ja"  # the draft is kept


@pytest.mark.asyncio
async def test_load_open_and_submit(qtbot: QtBot, db: Database) -> None:
    hub = EventHub()
    seen: list[object] = []
    hub.subscribe(seen.append)
    client = FakeClient()
    page = designer_page(db, lambda: client, hub)
    qtbot.addWidget(page)
    await page.load()
    assert page.current_waba() == "waba-1"
    assert page.list_model.rowCount() == 1
    summary = page.list_model.index(0, 0).data(ITEM_ROLE)
    await page.open_template(summary)
    assert page.editor.template()["components"] == NAMED_UTILITY["components"]

    # a new template with the same name and language is a duplicate: not submitted
    page.new_template()
    page.editor.set_template(copy.deepcopy(NAMED_UTILITY))
    assert not await page.submit()
    assert client.created == []
    assert "error" in page.message.text()

    page.editor.name_edit.setText("order_confirmation_v2")
    assert not await page.submit()  # the same body as order_confirmation: Meta refuses it
    assert client.created == []
    page.editor.body_edit.setPlainText(page.editor.body_edit.toPlainText() + " Thanks!")
    assert await page.submit(), page.message.text()
    assert client.created[0][0] == "waba-1"
    assert client.created[0][1]["name"] == "order_confirmation_v2"
    assert any(isinstance(e, TemplatesChanged) for e in seen)
    await page.reload_templates()
    names = [page.list_model.index(i, 0).data() for i in range(page.list_model.rowCount())]
    assert any(n.startswith("order_confirmation_v2") and "In review" in n for n in names)


@pytest.mark.asyncio
async def test_editing_an_approved_template_uses_edit(qtbot: QtBot, db: Database) -> None:
    client = FakeClient()
    page = designer_page(db, lambda: client, EventHub())
    qtbot.addWidget(page)
    await page.load()
    summary = page.list_model.index(0, 0).data(ITEM_ROLE)
    await page.open_template(summary)
    page.editor.footer_edit.setText("Reply STOP to unsubscribe")
    assert await page.submit()
    assert client.created == []
    assert client.edited[0][0] == "111"
    assert client.edited[0][1]["components"][2]["text"] == "Reply STOP to unsubscribe"


@pytest.mark.asyncio
async def test_client_error_is_shown_and_the_draft_kept(qtbot: QtBot, db: Database) -> None:
    error = meta_error(2388072, "The body has a problem Meta explains here.")
    page = designer_page(db, lambda: FakeClient(fail=error), EventHub())
    qtbot.addWidget(page)
    await page.load()
    page.editor.set_template(copy.deepcopy(POSITIONAL_MARKETING))
    assert not await page.submit()
    shown = page.message.text()
    assert error.title.render() in shown and error.advice.render() in shown
    assert "The body has a problem Meta explains here." in shown
    assert page.editor.name_edit.text() == "summer_sale_ja"
    assert page.submit_button.isEnabled()


@pytest.mark.asyncio
async def test_no_waba_yet(qtbot: QtBot, db_url: str) -> None:
    empty = Database(db_url)
    empty.migrate_sync()
    page = designer_page(empty, FakeClient, EventHub())
    qtbot.addWidget(page)
    await page.load()
    assert "Settings" in page.message.text()
    page.editor.set_template(copy.deepcopy(POSITIONAL_MARKETING))
    assert not await page.submit()
    empty.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_problem_colours_follow_the_theme(qtbot: QtBot, db: Database, theme: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.theme import DARK, LIGHT

    app = QApplication.instance()
    assert app is not None
    before = app.property("wabadeskTheme")
    app.setProperty("wabadeskTheme", theme)
    try:
        error = (DARK if theme == "dark" else LIGHT)["error"]
        page = designer_page(db, FakeClient, EventHub())
        qtbot.addWidget(page)
        page.editor.set_template(copy.deepcopy(NAMED_UTILITY))
        page.editor.footer_edit.setText("x" * 61)
        assert error in page.editor.footer_edit.styleSheet()
        assert error in page.editor.footer_counter.styleSheet()
        page._say("Something is wrong", error=True)
        assert error in page.message.styleSheet()
        row = next(i for i, it in enumerate(page.lint_model.items()) if it.severity == "error")
        color = page.lint_model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        assert color.name() == error
    finally:
        app.setProperty("wabadeskTheme", before)


def test_the_designer_speaks_in_form_words_not_api_words(qtbot: QtBot, db: Database) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    editor = page.editor
    combos = [editor.category_combo, editor.header_combo, page.status_filter]
    shown = [combo.itemText(i) for combo in combos for i in range(combo.count())]
    for enum in ("UTILITY", "MARKETING", "IMAGE", "DOCUMENT", "APPROVED", "PENDING"):
        assert enum not in shown
    editor.name_edit.setText("order_update")
    editor.body_edit.setPlainText("Hello {{1}}, your order {{2}} has shipped today.")
    editor.set_sample("body", "1", "Ana")
    editor.set_sample("body", "2", " ")
    texts = [page.lint_model.index(i, 0).data() for i in range(page.lint_model.rowCount())]
    assert any(t.startswith("✖ Body, sample for {{2}}: ") for t in texts), texts
    assert not any("components[" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "sample for {{2}}" in t)
    assert page.lint_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "components[0].example.body_text[0][1]"
    )
    # an empty variable previews as a highlighted {{2}}, not as nothing
    assert "`{{2}}`" in page.preview.spec().body


def test_a_blank_form_shows_problems_only_where_edited_or_on_submit(
    qtbot: QtBot, db: Database
) -> None:
    page = designer_page(db, FakeClient, EventHub())
    qtbot.addWidget(page)
    page.new_template()
    assert page.last_report.errors  # a blank form is not valid …
    assert page.lint_model.rowCount() == 0 and page.editor.marked_fields() == []  # … quietly
    assert page.submit_button.isEnabled()
    page.editor.name_edit.setText("Bad Name")
    fields = {item.field for item in page.lint_model.items()}
    assert fields == {"name"}
    assert page.editor.marked_fields() == [page.editor.name_edit]
    page.editor.reveal_all()  # what Submit does first
    page.refresh()
    assert {item.field for item in page.lint_model.items()} > {"name"}


def test_authentication_buttons_are_metas_password_buttons_only(qtbot: QtBot) -> None:
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.set_category("AUTHENTICATION")
    editor.add_button.click()
    combo = editor.buttons_table.cellWidget(0, 0)
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "OTP:COPY_CODE",
        "OTP:ONE_TAP",
        "OTP:ZERO_TAP",
    ]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Copy code",
        "One-tap autofill",
        "Zero-tap",
    ]
    buttons = editor.template()["components"][-1]["buttons"]
    assert buttons == [{"type": "OTP", "otp_type": "COPY_CODE"}]
    combo.setCurrentIndex(1)
    assert editor.template()["components"][-1]["buttons"][0]["otp_type"] == "ONE_TAP"
    # back to marketing: the row offers the marketing kinds again
    editor.set_category("MARKETING")
    kinds = [combo.itemData(i) for i in range(combo.count())]
    assert "QUICK_REPLY" in kinds and "OTP:ONE_TAP" in kinds  # kept: it is the row's kind


def test_a_missing_header_file_points_at_the_header_file_field(qtbot: QtBot) -> None:
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    editor.header_combo.setCurrentIndex(editor.header_combo.findData("IMAGE"))
    assert editor.widget_for_field("components[0].example.header_handle") is editor.header_handle


@pytest.mark.asyncio
async def test_the_status_line_follows_a_decision_that_beats_the_read_back(
    qtbot: QtBot, db: Database
) -> None:
    """Meta (or the sandbox) may approve before the page reads the new row back: the status
    line then says approved, never the "In review" of Meta's first answer."""
    client = FakeClient()
    page = designer_page(db, lambda: client, EventHub())
    qtbot.addWidget(page)
    await page.load()
    submit = page.submission.submit

    async def submit_then_approved(*args: Any, **kwargs: Any) -> Any:
        outcome = await submit(*args, **kwargs)

        def approve(session: Any) -> None:
            session.get(Template, outcome.template_id).status = "APPROVED"

        await db.run(approve)  # the webhook's decision, before the page reads the row
        return outcome

    page.submission.submit = submit_then_approved  # type: ignore[method-assign]
    page.editor.set_template(copy.deepcopy(POSITIONAL_MARKETING))
    assert await page.submit(), page.message.text()
    assert page.message.text() == "Submitted summer_sale_ja for review: Approved."
    assert "In review" not in page.message.text() and "PENDING" not in page.message.text()
    assert page.review_state.tone == "ok" and page.send_button.isEnabled() is False  # no sender

    def reject(session: Any) -> None:
        row = session.query(Template).filter_by(name="summer_sale_ja").one()
        row.status, row.rejection_reason = "REJECTED", "INVALID_FORMAT"

    await db.run(reject)
    await page.reload_templates()
    assert page.message.text().startswith("summer_sale_ja (Japanese) is now: Rejected")
    assert "REJECTED" not in page.message.text() and "INVALID_FORMAT" not in page.message.text()
