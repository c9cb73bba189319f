"""The Templates page: a WABA's templates, the editor, the live preview and the linter.

Built as a standalone page taking ``(db, client_factory, hub)``: ``db`` is the
:class:`~desktop.models.db.Database`, ``client_factory()`` returns (or awaits to) an object
with the Cloud API client's ``create_template(waba_id, dict)`` and
``edit_template(template_id, dict)``, and ``hub`` is the
:class:`~desktop.services.events.EventHub` (the list reloads on ``TemplatesChanged``).
Every edit re-lints and re-renders the preview synchronously (well under a frame; see
``benchmarks/bench_preview.py``).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.services.events import Event, EventHub, TemplatesChanged
from desktop.services.templates import (
    LintReport,
    TemplateFileError,
    export_template_file,
    lint_template,
    load_template_file,
    render_sample,
)
from desktop.services.templates.store import (
    TemplateSummary,
    list_template_summaries,
    list_wabas,
    load_template_graph,
    record_submission,
)
from desktop.services.text import Phrase
from desktop.ui.chat import BubblePreview, spec_from_sample
from desktop.ui.templates.template_editor import TemplateEditor
from desktop.ui.templates.template_list_model import (
    ITEM_ROLE,
    LintListModel,
    TemplateListModel,
)

log = logging.getLogger(__name__)


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class TemplateDesignerPage(QWidget):
    # emitted after a template was submitted; payload: the local template row id
    submitted = Signal(int)
    # emitted when the page finished (re)loading its lists; no payload
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        client_factory: Callable[[], Any],
        hub: EventHub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.client_factory = client_factory
        self.hub = hub
        self._existing: list[tuple[str, str]] = []
        self._editing: TemplateSummary | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.last_report = LintReport()

        self.waba_combo = QComboBox()
        self.waba_combo.setMinimumWidth(200)
        self.new_button = QPushButton(self.tr("New"))
        self.import_button = QPushButton(self.tr("Import JSON…"))
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.submit_button.setDefault(True)
        self.dark_check = QCheckBox(self.tr("Dark preview"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("designerMessage")

        self.list_model = TemplateListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setUniformItemSizes(True)
        self.editor = TemplateEditor()
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.editor)
        self.preview = BubblePreview()
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview)
        preview_scroll.setMinimumWidth(340)
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
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_view)
        splitter.addWidget(editor_scroll)
        splitter.addWidget(right)
        splitter.setSizes([220, 460, 380])

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("WABA")))
        bar.addWidget(self.waba_combo)
        bar.addStretch(1)
        for button in (self.new_button, self.import_button, self.export_button, self.submit_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.editor.changed.connect(self.refresh)
        self.dark_check.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_template)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.submit_button.clicked.connect(lambda: self._spawn(self.submit()))
        self.waba_combo.currentIndexChanged.connect(lambda _i: self._spawn(self.reload_templates()))
        self.list_view.clicked.connect(self._open_index)
        self.lint_view.clicked.connect(self._focus_finding)
        self._unsubscribe = hub.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.new_template()

    # -- async plumbing --------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            try:
                loop = asyncio.get_event_loop()
            except RuntimeError:
                coro.close()
                return
        if loop.is_closed():
            coro.close()
            return
        task = loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("template designer task failed", exc_info=task.exception())
            self._say(self.tr("Something went wrong: {error}").format(error=task.exception()))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, TemplatesChanged) and (
            not event.waba_ids or self.current_waba() in event.waba_ids
        ):
            self._spawn(self.reload_templates())

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #d1384a;" if error else "")
        self.message.setText(text)

    # -- data ------------------------------------------------------------------------------

    def current_waba(self) -> str:
        return str(self.waba_combo.currentData() or "")

    async def load(self) -> None:
        """Fill the WABA list, then that WABA's templates."""
        wabas = await self.db.run(list_wabas)
        self.waba_combo.blockSignals(True)
        self.waba_combo.clear()
        for waba in wabas:
            self.waba_combo.addItem(f"{waba.name} ({waba.id})", waba.id)
        self.waba_combo.blockSignals(False)
        if not wabas:
            self._say(
                self.tr(
                    "No WhatsApp Business Account yet. Connect one in Settings (or start in "
                    "sandbox mode) to submit templates; you can still design and export them."
                )
            )
        await self.reload_templates()

    async def reload_templates(self) -> None:
        waba = self.current_waba()
        rows = await self.db.run(list_template_summaries, waba) if waba else []
        self._existing = [(r.name, r.language) for r in rows]
        self.list_model.set_rows(rows)
        self.refresh()
        self.loaded.emit()

    async def open_template(self, summary: TemplateSummary) -> None:
        graph = await self.db.run(load_template_graph, summary.id)
        if graph is None:
            self._say(self.tr("That template is gone; the list is reloading."), error=True)
            await self.reload_templates()
            return
        self._editing = summary
        self.editor.set_template(graph)
        self._say(
            self.tr("Editing {name} ({language}), status {status}.").format(
                name=summary.name, language=summary.language, status=summary.status
            )
        )

    def _open_index(self, index: QModelIndex) -> None:
        summary = index.data(ITEM_ROLE)
        if isinstance(summary, TemplateSummary):
            self._spawn(self.open_template(summary))

    # -- editing, lint, preview ------------------------------------------------------------

    def new_template(self) -> None:
        self._editing = None
        self.list_view.clearSelection()
        self.editor.clear()
        self._say(
            self.tr("New template: fill in the form; the preview and checks update as you type.")
        )

    def refresh(self) -> None:
        """Re-lint and re-render the preview from the editor's current JSON."""
        graph = self.editor.template()
        existing = [
            pair
            for pair in self._existing
            if self._editing is None or pair != (self._editing.name, self._editing.language)
        ]
        report = lint_template(graph, existing=existing)
        self.last_report = report
        self.lint_model.set_report(report)
        if report.errors or report.warnings:
            self.lint_summary.setText(
                self.tr("{errors} error(s), {warnings} warning(s)").format(
                    errors=len(report.errors), warnings=len(report.warnings)
                )
            )
        else:
            self.lint_summary.setText(self.tr("Ready to submit: no problems found."))
        theme = "dark" if self.dark_check.isChecked() else "light"
        spec = spec_from_sample(render_sample(graph), time="9:41", status="read", theme=theme)
        self.preview.setSpec(spec)

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
        self.editor.set_template(graph)
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
        """Lint, then create (or edit) the template through the Cloud API."""
        waba = self.current_waba()
        if not waba:
            self._say(
                self.tr("Choose a WhatsApp Business Account first (connect one in Settings)."),
                error=True,
            )
            return False
        self.refresh()
        if self.last_report.errors:
            self._say(
                self.tr(
                    "Fix the {count} error(s) listed under the preview before submitting."
                ).format(count=len(self.last_report.errors)),
                error=True,
            )
            return False
        graph = self.editor.template()
        self.submit_button.setEnabled(False)
        try:
            client = self.client_factory()
            if inspect.isawaitable(client):
                client = await client
            editing = self._editing
            if (
                editing is not None
                and editing.meta_id
                and (
                    editing.name,
                    editing.language,
                )
                == (graph["name"], graph["language"])
            ):
                await client.edit_template(editing.meta_id, {"components": graph["components"]})
                response = {"id": editing.meta_id, "status": "PENDING"}
            else:
                response = await client.create_template(waba, graph)
        except Exception as exc:  # the client's errors carry advice; show them, keep the draft
            self._say(self._describe(exc), error=True)
            return False
        finally:
            self.submit_button.setEnabled(True)
        row_id = await self.db.run(record_submission, waba, graph, dict(response or {}))
        self._say(
            self.tr("Submitted {name} for review (status {status}).").format(
                name=graph["name"], status=(response or {}).get("status", "PENDING")
            )
        )
        self.hub.publish(TemplatesChanged(frozenset({waba}), frozenset({row_id})))
        self.submitted.emit(row_id)
        return True

    def _describe(self, exc: BaseException) -> str:
        """The client's error as title, advice and Meta's own detail, translated."""
        parts = []
        for attr in ("title", "advice", "phrase"):
            value = getattr(exc, attr, None)
            if isinstance(value, Phrase):
                parts.append(value.render(_translate))
        for attr in ("user_message", "details"):
            value = getattr(exc, attr, None)
            if isinstance(value, str) and value:
                parts.append(value)
                break
        if parts:
            return " — ".join(parts)
        return self.tr("Meta did not accept the template: {error}. Check it and try again.").format(
            error=str(exc) or type(exc).__name__
        )
