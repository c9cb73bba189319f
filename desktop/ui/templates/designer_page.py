"""The Templates page: a WABA's templates, the editor, the live preview and the linter.

Built as a standalone page taking ``(db, submission, hub)``: ``db`` is the
:class:`~desktop.models.db.Database` (the page's list queries), ``submission`` the
:class:`~desktop.services.templates.submission.TemplateSubmission` use cases (submit and
delete decide, record and announce; the page only shows their outcome or refusal), and
``hub`` the :class:`~desktop.services.events.EventHub` (the list reloads on
``TemplatesChanged``, which ingest and the use cases publish). With
``sending`` (what the send dialog needs) the page can also send an approved template, and
with ``refresh_accounts`` it can sync from the Cloud API. Every edit re-lints and
re-renders the preview synchronously (well under a frame; see
``benchmarks/bench_preview.py``) and, a moment later, saves the draft to disk
(:mod:`desktop.services.templates.drafts`).
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.services.cloud_api.errors import CloudApiError
from desktop.services.events import EventHub, TemplatesChanged
from desktop.services.media_send import size_words
from desktop.services.templates import (
    LintReport,
    TemplateFileError,
    export_template_file,
    lint_template,
    load_template_file,
    render_sample,
)
from desktop.services.templates.drafts import TemplateDraft, TemplateDraftStore, new_draft_key
from desktop.services.templates.header_sample import HeaderSampleError
from desktop.services.templates.labels import QUALITY_LABELS, STATUS_LABELS, label_of
from desktop.services.templates.lint import LANGUAGES
from desktop.services.templates.review import STEPS, review_state
from desktop.services.templates.store import (
    TemplateSummary,
    filter_summaries,
    languages_of,
    list_template_summaries,
    list_wabas,
    load_template_graph,
    template_bodies,
)
from desktop.services.templates.submission import (
    Deleted,
    Refusal,
    Submitted,
    TemplateSubmission,
    api_refusal,
)
from desktop.services.text import Phrase
from desktop.ui.bus import QtEventBus
from desktop.ui.chat import BubblePreview, spec_from_sample
from desktop.ui.task_scope import UiTaskScope
from desktop.ui.templates.languages import language_code, language_name, sorted_codes
from desktop.ui.templates.template_editor import TemplateEditor
from desktop.ui.templates.template_list_model import (
    ITEM_ROLE,
    LintListModel,
    TemplateListModel,
    row_parts,
    status_words,
)
from desktop.ui.templates.template_row_delegate import TemplateRowDelegate
from desktop.ui.theme import theme_colors

if TYPE_CHECKING:
    from desktop.ui.inbox.template_send_dialog import TemplateSendServices

log = logging.getLogger(__name__)

#: Statuses offered by the list's filter (Meta's names).
STATUS_FILTERS = ("APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED", "IN_APPEAL")
#: Review tone → the theme colour it is drawn in.
_TONE_COLORS = {"ok": "ok", "waiting": "warning", "problem": "error", "draft": "muted"}


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _words(phrase: Phrase) -> str:
    return phrase.render(_translate)


class FormScrollArea(QScrollArea):
    """Scrolls a form up and down, never sideways: its narrowest width is the form's.

    The form's narrowest width changes with what it shows (an authentication template's
    options, a media header's upload row, the theme's style sheet, the language), so it is
    asked again whenever the form's layout changes, and the splitter never squeezes the
    form under it (a fixed minimum taken at start-up clipped its right edge).
    """

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(form)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        width = (
            form.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(width, hint.width()), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the splitter asks minimumSizeHint() again
        return super().eventFilter(watched, event)


class TemplateDesignerPage(QWidget):
    # emitted after a template was submitted; payload: the local template row id
    submitted = Signal(int)
    # emitted when the page finished (re)loading its lists; no payload
    loaded = Signal()

    # emitted after a draft was written to disk; payload: the draft's key
    draft_saved = Signal(str)

    def __init__(
        self,
        db: Database,
        submission: TemplateSubmission,
        hub: EventHub,
        parent: QWidget | None = None,
        *,
        sending: TemplateSendServices | None = None,
        refresh_accounts: Callable[[], Awaitable[None]] | None = None,
        open_chat: Callable[[int], Coroutine[Any, Any, None]] | None = None,
        bus: QtEventBus | None = None,
        drafts: TemplateDraftStore | None = None,
        autosave_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.submission = submission
        self.hub = hub
        self.sending = sending
        self.refresh_accounts = refresh_accounts
        self.open_chat = open_chat
        self._sent_conversation: int | None = None
        self.drafts = drafts or TemplateDraftStore()
        self._existing: list[tuple[str, str]] = []
        self._bodies: list[tuple[str, str, str]] = []
        self._all_rows: list[TemplateSummary] = []
        self._editing: TemplateSummary | None = None
        # the page's background work: cancelled with the page, failures reported
        self._tasks = UiTaskScope(self)
        self.last_report = LintReport()
        self._draft_key = new_draft_key()
        self._quiet = False  # True while the page itself loads a template into the editor
        self._pending_drafts: list[TemplateDraft] = []
        self.review_state = review_state(None)
        self._draft_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drafts")
        # The pending autosave is an asyncio timer, not a QTimer child: a page released by
        # the garbage collector on a worker thread must not take a live Qt timer with it.
        self.autosave_delay = autosave_ms / 1000
        self._autosave: list[asyncio.TimerHandle] = []

        self.waba_combo = QComboBox()
        self.waba_combo.setMinimumWidth(200)
        self.new_button = QPushButton(self.tr("New"))
        self.import_button = QPushButton(self.tr("Import JSON…"))
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.submit_button.setDefault(True)
        self.send_button = QPushButton(self.tr("Send…"))
        self.send_button.setToolTip(self.tr("Send this approved template to a contact"))
        self.sync_button = QPushButton(self.tr("Sync"))
        self.sync_button.setToolTip(self.tr("Fetch the templates and their status from Meta"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, language, category"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in STATUS_FILTERS:
            self.status_filter.addItem(_words(label_of(STATUS_LABELS, status)), status)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.add_language_button = QPushButton(self.tr("Add language…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.review_label = QLabel()
        self.review_label.setObjectName("templateReview")
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.RichText)
        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Resume"))
        self.discard_button = QPushButton(self.tr("Discard"))
        banner = QHBoxLayout(self.draft_banner)
        banner.addWidget(self.draft_label, 1)
        banner.addWidget(self.resume_button)
        banner.addWidget(self.discard_button)
        self.draft_banner.hide()
        self.dark_check = QCheckBox(self.tr("Dark preview"))
        self.dark_check.setChecked(theme_colors() == theme_colors("dark"))  # as the app looks
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("designerMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.open_chat_button = QPushButton(self.tr("Open chat"))
        self.open_chat_button.setToolTip(self.tr("Show the conversation in the inbox"))
        self.open_chat_button.hide()

        self.list_model = TemplateListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setUniformItemSizes(True)
        # rows elide their text (full text in the tooltip) instead of scrolling sideways
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setItemDelegate(TemplateRowDelegate(self.list_view))
        self.editor = TemplateEditor()
        editor_scroll = FormScrollArea(self.editor)
        self.editor_scroll = editor_scroll
        self.preview = BubblePreview()
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview)
        preview_scroll.setMinimumWidth(280)
        self.lint_model = LintListModel(_translate, self)
        self.lint_view = QListView()
        self.lint_view.setModel(self.lint_model)
        self.lint_view.setWordWrap(True)
        self.lint_summary = QLabel()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.dark_check)
        right_layout.addWidget(preview_scroll, 3)
        right_layout.addWidget(self.lint_summary)
        right_layout.addWidget(self.lint_view, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.status_filter)
        left_layout.addWidget(self.list_view, 1)
        # two rows, so the list column stays narrow enough for the form at 1024 pixels
        actions = QGridLayout()
        actions.addWidget(self.duplicate_button, 0, 0)
        actions.addWidget(self.delete_button, 0, 1)
        actions.addWidget(self.add_language_button, 1, 0, 1, 2)
        left_layout.addLayout(actions)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.review_label)
        middle_layout.addWidget(editor_scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setSizes([240, 480, 380])
        for index, factor in enumerate((1, 3, 2)):  # a wider window widens the form most
            splitter.setStretchFactor(index, factor)
        for index in range(3):
            splitter.setCollapsible(index, False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("WABA")))
        bar.addWidget(self.waba_combo)
        bar.addWidget(self.sync_button)
        bar.addStretch(1)
        for button in (
            self.new_button,
            self.import_button,
            self.export_button,
            self.send_button,
            self.submit_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.draft_banner)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.open_chat_button)
        layout.addLayout(message_row)
        layout.addWidget(splitter, 1)

        self.editor.changed.connect(self.refresh)
        self.editor.upload_requested.connect(
            lambda path, fmt: self._spawn(self.upload_sample(path, fmt))
        )
        self.editor.changed.connect(self._schedule_draft)
        self.dark_check.toggled.connect(self.refresh)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.add_language_button.clicked.connect(self._choose_language)
        self.delete_button.clicked.connect(self._confirm_delete)
        self.send_button.clicked.connect(self.open_send_dialog)
        self.open_chat_button.clicked.connect(self._open_sent_chat)
        self.sync_button.clicked.connect(lambda: self._spawn(self.sync()))
        self.resume_button.clicked.connect(self.resume_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        self.new_button.clicked.connect(self.new_template)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.submit_button.clicked.connect(lambda: self._spawn(self.submit()))
        self.waba_combo.currentIndexChanged.connect(lambda _i: self._spawn(self.reload_templates()))
        self.list_view.clicked.connect(self._open_index)
        self.lint_view.clicked.connect(self._focus_finding)
        # Template changes arrive through the bus: the app's, or (standalone) one on ``hub``.
        (bus or QtEventBus(hub, self)).templates_changed.connect(self._on_event)
        # capture the executor, not the page: nothing here may keep the page alive
        writer, pending = self._draft_writer, self._autosave

        def release(*_args: object) -> None:
            for handle in pending:
                handle.cancel()
            writer.shutdown(wait=False)

        self.destroyed.connect(release)
        self.new_template()

    async def upload_sample(self, path: str, header_format: str) -> None:
        """Upload a media header's sample for review and fill in its handle."""
        name = Path(path).name
        self.editor.show_upload(self.tr("Uploading {file}…").format(file=name), busy=True)
        try:
            sample = await self.submission.upload_header_sample(Path(path), header_format)
        except HeaderSampleError as exc:
            self.editor.show_upload(_words(exc.phrase), failed=True)
            return
        self.editor.use_uploaded_sample(sample.handle, path)
        self.editor.show_upload(
            self.tr("{file} ({size}) uploaded: Meta reviews it with the template.").format(
                file=sample.file_name, size=size_words(sample.size)
            )
        )

    # -- async plumbing --------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._tasks.spawn(coro, name="templates")

    def _on_event(self, event: TemplatesChanged) -> None:
        if not event.waba_ids or self.current_waba() in event.waba_ids:
            self._spawn(self.reload_templates())

    def _say(self, text: str, error: bool = False) -> None:
        self.open_chat_button.hide()
        self.message.setStyleSheet(f"color: {theme_colors()['error']};" if error else "")
        self.message.setText(text)

    # -- data ------------------------------------------------------------------------------

    def current_waba(self) -> str:
        return str(self.waba_combo.currentData() or "")

    async def load(self) -> None:
        """Fill the WABA list, then that WABA's templates."""
        wabas = await self.db.run(list_wabas)
        self.waba_combo.blockSignals(True)
        self.waba_combo.clear()
        names = [waba.name for waba in wabas]
        for waba in wabas:
            # the name is what people know; the id only where two accounts share a name
            if not waba.name:
                shown = waba.id
            elif names.count(waba.name) > 1:
                shown = f"{waba.name} ({waba.id})"
            else:
                shown = waba.name
            self.waba_combo.addItem(shown, waba.id)
            self.waba_combo.setItemData(
                self.waba_combo.count() - 1,
                self.tr("WhatsApp Business Account {id}").format(id=waba.id),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.waba_combo.blockSignals(False)
        if not wabas:
            self._say(
                self.tr(
                    "No WhatsApp Business Account yet. Connect one in Settings (or start in "
                    "sandbox mode) to submit templates; you can still design and export them."
                )
            )
        await self.reload_templates()
        loop = asyncio.get_running_loop()
        self._pending_drafts = await loop.run_in_executor(self._draft_writer, self.drafts.load_all)
        self._show_draft_offer()

    async def reload_templates(self) -> None:
        waba = self.current_waba()
        rows = await self.db.run(list_template_summaries, waba) if waba else []
        self._bodies = await self.db.run(template_bodies, waba) if waba else []
        self._existing = [(r.name, r.language) for r in rows]
        self._all_rows = rows
        before = self._editing
        if before is not None:
            # the fresh row (new status, quality, reason); gone or another account: a new one
            self._editing = next((r for r in rows if r.id == before.id), None)
            now = self._editing
            if now is not None and now.status != before.status:
                self._say(
                    self.tr("{name} ({language}) is now: {status}.").format(
                        name=now.name,
                        language=language_name(now.language),
                        status=status_words(now),
                    )
                )
        self._apply_filter()
        self.refresh()
        self.loaded.emit()

    def _apply_filter(self, *_args: object) -> None:
        rows = filter_summaries(
            self._all_rows,
            self.search_edit.text(),
            str(self.status_filter.currentData() or ""),
            shown=lambda row: " ".join(text for text, _status in row_parts(row)),
        )
        self.list_model.set_rows(rows)
        if self._editing is not None:
            row = self.list_model.row_of(self._editing.id)
            if row >= 0:
                self.list_view.setCurrentIndex(self.list_model.index(row))

    async def sync(self) -> None:
        """Fetch WABAs, numbers and templates (statuses included) from the Cloud API."""
        if self.refresh_accounts is None:
            return
        self.sync_button.setEnabled(False)
        try:
            await self.refresh_accounts()
        except CloudApiError as exc:  # shown, the list keeps what it had
            self._say(api_refusal(exc).render(_translate), error=True)
            return
        finally:
            self.sync_button.setEnabled(True)
        self._say(self.tr("Templates synced from WhatsApp."))

    async def open_template(self, summary: TemplateSummary) -> None:
        graph = await self.db.run(load_template_graph, summary.id)
        if graph is None:
            self._say(self.tr("That template is gone; the list is reloading."), error=True)
            await self.reload_templates()
            return
        self._editing = summary
        self._load_quietly(graph)
        self._say(
            self.tr("Editing {name} ({language}): {status}.").format(
                name=summary.name,
                language=language_name(summary.language),
                status=status_words(summary),
            )
        )

    def _open_index(self, index: QModelIndex) -> None:
        summary = index.data(ITEM_ROLE)
        if isinstance(summary, TemplateSummary):
            self._spawn(self.open_template(summary))

    # -- editing, lint, preview ------------------------------------------------------------

    def _load_quietly(self, graph: dict[str, Any]) -> None:
        """Show ``graph`` as a fresh starting point: not a user edit, so no draft yet."""
        self._cancel_autosave()
        self._draft_key = new_draft_key()
        self._quiet = True
        try:
            self.editor.set_template(graph)
        finally:
            self._quiet = False

    def new_template(self) -> None:
        self._editing = None
        self.list_view.clearSelection()
        self._cancel_autosave()
        self._draft_key = new_draft_key()
        self._quiet = True
        try:
            self.editor.clear()
        finally:
            self._quiet = False
        self._say(
            self.tr("New template: fill in the form; the preview and checks update as you type.")
        )

    def refresh(self) -> None:
        """Re-lint and re-render the preview from the editor's current JSON."""
        graph = self.editor.template()
        own = (self._editing.name, self._editing.language) if self._editing else None
        existing = [pair for pair in self._existing if pair != own]
        bodies = [b for b in self._bodies if (b[0], b[1]) != own]
        report = lint_template(graph, existing=existing, bodies=bodies)
        self.last_report = report

        # a field's problems show once it was edited, every field's once Submit was pressed
        def revealed(path: str) -> bool:
            return self.editor.is_revealed(path, graph)

        shown = LintReport(
            [i for i in report.errors if revealed(i.field)],
            [i for i in report.warnings if revealed(i.field)],
        )
        self.lint_model.set_report(shown, graph)
        if shown.errors or shown.warnings:
            self.lint_summary.setText(
                self.tr("{errors} error(s), {warnings} warning(s)").format(
                    errors=len(shown.errors), warnings=len(shown.warnings)
                )
            )
        elif report.errors:
            self.lint_summary.setText(
                self.tr(
                    "Each field is checked once you have edited it, and every field when you "
                    "submit."
                )
            )
        else:
            self.lint_summary.setText(self.tr("Ready to submit: no problems found."))
        if shown.warnings and not report.errors:
            self.lint_summary.setText(
                self.lint_summary.text()
                + " "
                + self.tr("Warnings do not block submitting; check them first.")
            )
        # hidden errors leave Submit on: pressing it is how the user asks to see them
        self.submit_button.setEnabled(not shown.errors)
        self.submit_button.setToolTip(
            self.tr("Fix the errors listed under the preview first.") if shown.errors else ""
        )
        self.editor.mark_problems(
            [(i.field, "error", i.phrase.render(_translate)) for i in shown.errors]
            + [(i.field, "warning", i.phrase.render(_translate)) for i in shown.warnings],
            graph,
        )
        theme: Literal["light", "dark"] = "dark" if self.dark_check.isChecked() else "light"
        spec = spec_from_sample(
            render_sample(graph, mark_missing=True),
            time="9:41",
            status="read",
            theme=theme,
            header_pixmap=self.editor.preview_pixmap(),
            header_placeholder=self.editor.preview_placeholder(),
        )
        self.preview.setSpec(spec)
        self._show_review()

    def _show_review(self) -> None:
        editing = self._editing
        state = review_state(
            editing.status if editing else None, editing.rejection_reason if editing else None
        )
        colors = theme_colors()
        color, muted = colors[_TONE_COLORS.get(state.tone, "muted")], colors["muted"]
        steps = []
        for index, step in enumerate(STEPS):
            text = html.escape(step.render(_translate))
            if index < state.step:
                steps.append(f"<span style='color:{muted}'>✓ {text}</span>")
            elif index == state.step:
                steps.append(f"<b style='color:{color}'>● {text}</b>")
            else:
                steps.append(f"<span style='color:{muted}'>○ {text}</span>")
        parts = [" &nbsp;›&nbsp; ".join(steps), html.escape(state.summary.render(_translate))]
        if editing is not None and editing.quality_score and editing.quality_score != "UNKNOWN":
            parts[-1] += " " + html.escape(
                _words(label_of(QUALITY_LABELS, editing.quality_score)) + "."
            )
        if state.hint is not None:
            parts.append(f"<i>{html.escape(state.hint.render(_translate))}</i>")
        self.review_label.setText("<br>".join(parts))
        self.review_state = state
        approved = editing is not None and editing.status == "APPROVED"
        self.send_button.setEnabled(approved and self.sending is not None)
        self.duplicate_button.setEnabled(True)
        self.add_language_button.setEnabled(bool(self.editor.name_edit.text().strip()))
        self.delete_button.setEnabled(editing is not None and bool(self.current_waba()))

    def _focus_finding(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is not None:
            self.editor.focus_field(item.field)

    # -- files -----------------------------------------------------------------------------

    def import_file(self, path: Path | str) -> bool:
        try:
            graph = load_template_file(path)
        except TemplateFileError as exc:
            self._say(exc.phrase.render(_translate), error=True)
            return False
        self._editing = None
        self._draft_key = new_draft_key()
        self.editor.set_template(graph)  # counts as an edit: the draft is saved
        self._say(self.tr("Imported {path}.").format(path=str(path)))
        return True

    def export_file(self, path: Path | str) -> bool:
        try:
            export_template_file(self.editor.template(), path)
        except OSError as exc:
            self._say(
                self.tr("Could not write {path}: {reason}. Choose another folder.").format(
                    path=str(path), reason=exc.strerror or str(exc)
                ),
                error=True,
            )
            return False
        self._say(self.tr("Exported to {path}.").format(path=str(path)))
        return True

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), "", self.tr("Template JSON (*.json)")
        )
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        name = self.editor.template().get("name") or "template"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export template"), f"{name}.json", self.tr("Template JSON (*.json)")
        )
        if path:
            self.export_file(path)

    # -- submit ----------------------------------------------------------------------------

    async def submit(self) -> bool:
        """Submit what the form shows; the service decides create or edit, or refuses."""
        self.editor.reveal_all()
        self.refresh()
        graph = self.editor.template()
        waba = self.current_waba()
        self.submit_button.setEnabled(False)
        try:
            outcome = await self.submission.submit(waba, graph, self._editing)
        finally:
            self.submit_button.setEnabled(True)
        if isinstance(outcome, Refusal):
            self.refresh()  # Submit stays off while the problems it revealed are there
            self._show_refusal(outcome)
            return False
        self._cancel_autosave()
        key, self._draft_key = self._draft_key, new_draft_key()
        await asyncio.get_running_loop().run_in_executor(
            self._draft_writer, self.drafts.discard, key
        )
        rows = await self.db.run(list_template_summaries, waba)
        self._editing = next((r for r in rows if r.id == outcome.template_id), None)
        self._show_submitted(outcome)
        await self.reload_templates()
        self.submitted.emit(outcome.template_id)
        return True

    def _show_submitted(self, outcome: Submitted) -> None:
        # the row as read back, not Meta's first answer: a decision may have arrived already
        editing = self._editing
        status = (
            status_words(editing)
            if editing is not None
            else _words(label_of(STATUS_LABELS, outcome.status))
        )
        self._say(
            self.tr("Submitted {name} for review: {status}.").format(
                name=outcome.name, status=status
            )
        )

    def _show_refusal(self, refusal: Refusal) -> None:
        """Say why, and point at the field it is about (as the linter does)."""
        text = refusal.render(_translate)
        self._say(text, error=True)
        if refusal.field:
            self.editor.mark_problems([(refusal.field, "error", text)])
            self.editor.focus_field(refusal.field)

    # -- drafts ----------------------------------------------------------------------------

    def draft_key(self) -> str:
        return self._draft_key

    def _cancel_autosave(self) -> None:
        while self._autosave:
            self._autosave.pop().cancel()

    def _schedule_draft(self) -> None:
        if not self._quiet:
            self._cancel_autosave()
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return  # no event loop (a plain widget test): save only when asked
            self._autosave.append(loop.call_later(self.autosave_delay, self.save_draft_now))

    def save_draft_now(self) -> None:
        """Write the editor's content to this draft's file (on the drafts thread)."""
        self._cancel_autosave()
        graph = self.editor.template()
        key = self._draft_key
        waba = self.current_waba()
        template_id = self._editing.id if self._editing else None
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.drafts.save(key, graph, waba_id=waba, template_id=template_id)
            self.draft_saved.emit(key)
            return

        # the worker thread gets only the store and plain data, never a Qt object, so a
        # widget can never be released (and destroyed) on that thread
        job = functools.partial(self.drafts.save, key, graph, waba_id=waba, template_id=template_id)

        async def write() -> None:
            try:
                await loop.run_in_executor(self._draft_writer, job)
            except OSError as exc:
                self._say(
                    self.tr(
                        "Could not save the draft to {folder}: {reason}. Export the template "
                        "to keep your work, and free some disk space."
                    ).format(folder=str(self.drafts.folder), reason=exc.strerror or str(exc)),
                    error=True,
                )
                return
            self.draft_saved.emit(key)

        self._spawn(write())

    def pending_drafts(self) -> list[TemplateDraft]:
        return list(self._pending_drafts)

    def _show_draft_offer(self) -> None:
        if not self._pending_drafts:
            self.draft_banner.hide()
            return
        draft = self._pending_drafts[0]
        more = len(self._pending_drafts) - 1
        text = self.tr("Unsent draft {title}, saved {when}. Resume it?").format(
            title=draft.title, when=draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        )
        if more:
            text += " " + self.tr("({count} more after this one)").format(count=more)
        self.draft_label.setText(text)
        self.draft_banner.show()

    def resume_draft(self) -> None:
        """Load the newest offered draft into the editor (it keeps saving to the same file)."""
        if not self._pending_drafts:
            return
        draft = self._pending_drafts.pop(0)
        self._spawn(self._resume(draft))

    async def _resume(self, draft: TemplateDraft) -> None:
        if draft.waba_id and draft.waba_id != self.current_waba():
            index = self.waba_combo.findData(draft.waba_id)
            if index >= 0:
                self.waba_combo.blockSignals(True)
                self.waba_combo.setCurrentIndex(index)
                self.waba_combo.blockSignals(False)
                await self.reload_templates()
        self._editing = next((r for r in self._all_rows if r.id == draft.template_id), None)
        self._cancel_autosave()
        self._quiet = True
        try:
            self.editor.set_template(draft.graph)
        finally:
            self._quiet = False
        self._draft_key = draft.key
        self._show_draft_offer()
        self.refresh()
        self._say(self.tr("Draft {title} restored.").format(title=draft.title))

    def discard_draft(self) -> None:
        """Delete the offered draft's file and offer the next one, if any."""
        if not self._pending_drafts:
            return
        draft = self._pending_drafts.pop(0)
        self.drafts.discard(draft.key)
        self._show_draft_offer()

    # -- duplicate, languages, delete ------------------------------------------------------

    def duplicate(self) -> None:
        """Start a new template from the one on screen, under a free name."""
        graph = self.editor.template()
        base = str(graph.get("name") or "template")
        taken = {name for name, _ in self._existing}
        name, n = f"{base}_copy", 2
        while name in taken:
            name, n = f"{base}_copy{n}", n + 1
        graph["name"] = name[:512]
        for key in ("id", "status", "quality_score", "rejected_reason"):
            graph.pop(key, None)
        self._editing = None
        self.list_view.clearSelection()
        self._draft_key = new_draft_key()
        self.editor.set_template(graph)
        self._say(self.tr("Copy {name} created: edit it, then submit.").format(name=name))

    def add_language(self, language: str) -> bool:
        """Start the same template in another language (same name, texts to translate);
        ``language`` is Meta's code or its name as the list shows it."""
        graph = self.editor.template()
        name = str(graph.get("name") or "")
        language = language_code(language)
        if not name:
            self._say(self.tr("Give the template a name first."), error=True)
            return False
        if language in languages_of(self._all_rows, name):
            self._say(
                self.tr("{name} already exists in {language}; open it from the list.").format(
                    name=name, language=language_name(language)
                ),
                error=True,
            )
            return False
        graph["language"] = language
        for key in ("id", "status", "quality_score", "rejected_reason"):
            graph.pop(key, None)
        self._editing = None
        self.list_view.clearSelection()
        self._draft_key = new_draft_key()
        self.editor.set_template(graph)
        self._say(
            self.tr(
                "New {language} version of {name}: translate the texts and samples, then submit."
            ).format(language=language_name(language), name=name)
        )
        return True

    def _choose_language(self) -> None:
        name = str(self.editor.template().get("name") or "")
        used = set(languages_of(self._all_rows, name))
        choices = [language_name(c) for c in sorted_codes(LANGUAGES) if c not in used]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add a language"))
        dialog.setLabelText(self.tr("Language of the new version of {name}:").format(name=name))
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(self.add_language)
        dialog.open()

    async def delete_template(self, all_languages: bool) -> bool:
        """Delete the open template at Meta, in its language or in all, then locally."""
        editing, waba = self._editing, self.current_waba()
        if editing is None or not waba:
            return False
        outcome = await self.submission.delete(waba, editing, all_languages=all_languages)
        if isinstance(outcome, Refusal):
            self._say(outcome.render(_translate), error=True)
            return False
        self._editing = None
        self._show_deleted(outcome)
        await self.reload_templates()
        return True

    def _show_deleted(self, outcome: Deleted) -> None:
        self._say(
            self.tr("Deleted {name} ({which}).").format(
                name=outcome.name,
                which=language_name(outcome.language)
                if outcome.language
                else self.tr("all languages"),
            )
        )

    def _confirm_delete(self) -> None:
        editing = self._editing
        if editing is None:
            return
        languages = languages_of(self._all_rows, editing.name)
        menu = QMenu(self)
        one = menu.addAction(
            self.tr("Delete {name} in {language} only").format(
                name=editing.name, language=language_name(editing.language)
            )
        )
        every = menu.addAction(
            self.tr("Delete {name} in all {count} language(s)").format(
                name=editing.name, count=len(languages)
            )
        )
        one.triggered.connect(lambda: self._ask_delete(False))
        every.triggered.connect(lambda: self._ask_delete(True))
        menu.popup(self.delete_button.mapToGlobal(self.delete_button.rect().bottomLeft()))

    def _ask_delete(self, all_languages: bool) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete template"),
            self.tr(
                "Delete it at WhatsApp too? Messages already sent stay, but the name can't "
                "be reused for 30 days."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )

        def decided(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._spawn(self.delete_template(all_languages))

        box.finished.connect(decided)
        box.open()

    # -- send ------------------------------------------------------------------------------

    def open_send_dialog(self) -> Any:
        """The send form with the open (approved) template chosen; returns the dialog."""
        if self.sending is None or self._editing is None:
            return None
        from desktop.ui.inbox.template_send_dialog import TemplateSendDialog

        dialog = TemplateSendDialog(
            self.sending, template_id=self._editing.id, waba_id=self.current_waba(), parent=self
        )
        dialog.accepted.connect(lambda: self._sent(dialog))
        dialog.open()
        self._spawn(dialog.load())
        return dialog

    def _sent(self, dialog: Any) -> None:
        """Say who the template went to, and offer the conversation."""
        wa_id, name = dialog.recipient() if dialog.picks_recipient else (None, "")
        number = f"+{wa_id}" if wa_id else ""
        who = f"{name} ({number})" if name and number else (name or number)
        template = self._editing.name if self._editing is not None else ""
        if who:
            text = self.tr("{template} is on its way to {recipient}.").format(
                template=template, recipient=who
            )
        else:
            text = self.tr("{template} is on its way.").format(template=template)
        self._say(text)
        self._sent_conversation = dialog.conversation_id
        self.open_chat_button.setVisible(
            self.open_chat is not None and self._sent_conversation is not None
        )

    def _open_sent_chat(self) -> None:
        if self.open_chat is not None and self._sent_conversation is not None:
            self._spawn(self.open_chat(self._sent_conversation))
