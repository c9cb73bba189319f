"""The progress of one bulk job: a bar, the counts, Pause/Resume/Cancel and each row's result.

It only displays: the runner owns the job (it goes on when this view is closed, and after a
restart). The view asks for the job's figures twice a second while it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bulk.runner import BulkProgress, BulkRunner, RowResult
from desktop.ui.bulk.rows_model import TextRowsModel
from desktop.ui.chat.customer_text import plain_label
from desktop.ui.i18n import render
from desktop.ui.task_scope import UiTaskScope


class BulkProgressView(QWidget):
    def __init__(self, runner: BulkRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self._runner = runner
        self.job_id: int | None = None
        self.progress: BulkProgress | None = None
        self._shown_counts: tuple[int, ...] | None = None
        self._busy = False

        self.title = plain_label(QLabel(self))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.skipped = QLabel(self)
        self.skipped.setObjectName("hint")
        self.skipped.setWordWrap(True)
        # what holds the job up (no network, interrupted sends being checked) or was redone
        self.holdup = plain_label(QLabel(self))
        self.holdup.setObjectName("notice")
        self.holdup.setWordWrap(True)
        self.holdup.hide()
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.cancel_button = QPushButton(self.tr("Cancel the rest"), self)
        self.cancel_button.setToolTip(
            self.tr("Recipients not sent to yet are not sent to; sent messages stay sent.")
        )
        self.results_model = TextRowsModel(self._headers(), self)
        self.results = QTableView(self)
        self.results.setObjectName("bulkResults")
        self.results.setModel(self.results_model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setWordWrap(True)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.skipped)
        layout.addWidget(self.holdup)
        layout.addLayout(buttons)
        layout.addWidget(self.results, 1)

        self.pause_button.clicked.connect(lambda: self._command(self._runner.pause))
        self.resume_button.clicked.connect(lambda: self._command(self._runner.resume))
        self.cancel_button.clicked.connect(lambda: self._command(self._runner.cancel))
        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._tick)
        self._show_buttons(None)

    def _headers(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Result"),
            self.tr("Details"),
        ]

    def show_job(self, job_id: int) -> None:
        self.job_id = job_id
        self._shown_counts = None
        self.timer.start()
        self._tick()

    def _command(self, action: object) -> None:
        if self.job_id is None or not callable(action):
            return
        job_id = self.job_id

        async def run() -> None:
            await action(job_id)
            await self.refresh()

        self._tasks.spawn(run(), name="bulk:command")

    def _tick(self) -> None:
        if not self._busy and self.job_id is not None:
            self._tasks.spawn(self.refresh(), name="bulk:progress")

    async def refresh(self) -> None:
        if self.job_id is None:
            return
        self._busy = True
        try:
            progress = await self._runner.progress(self.job_id)
            if progress is None:
                return
            self._show_progress(progress)
            counts = (
                progress.waiting,
                progress.sending,
                progress.sent,
                progress.failed,
                progress.uncertain,
                progress.cancelled,
                hash(progress.state),
            )
            if counts != self._shown_counts:
                self._show_results(await self._runner.results(self.job_id))
                self._shown_counts = counts  # (after the rows: a failed read is tried again)
            if progress.state in ("done", "cancelled") and not progress.sending:
                self.timer.stop()
        finally:
            self._busy = False

    def _show_progress(self, p: BulkProgress) -> None:
        self.progress = p
        states = {
            "running": self.tr("Sending"),
            "paused": self.tr("Paused"),
            "cancelled": self.tr("Cancelled"),
            "done": self.tr("Finished"),
        }
        self.title.setText(
            self.tr("{state}: {template} to the recipients of {source}").format(
                state=states.get(p.state, p.state), template=p.template, source=p.source
            )
        )
        self.bar.setRange(0, max(1, p.total))
        self.bar.setValue(p.finished)
        self.bar.setFormat(self.tr("{done} of {total}").format(done=p.finished, total=p.total))
        self.counts.setText(
            self.tr(
                "Sent {sent} · Failed {failed} · Not known {uncertain} · In the outbox "
                "{sending} · Waiting {waiting} · Cancelled {cancelled}"
            ).format(
                sent=p.sent,
                failed=p.failed,
                uncertain=p.uncertain,
                sending=p.sending,
                waiting=p.waiting,
                cancelled=p.cancelled,
            )
        )
        self.skipped.setText(
            self.tr(
                "{count} recipients stopped marketing messages in WhatsApp and were skipped."
            ).format(count=p.skipped)
            if p.skipped
            else ""
        )
        self.skipped.setVisible(bool(p.skipped))
        if p.problem is not None:
            holdup = render(p.problem)
        elif p.resent:
            holdup = self.tr(
                "The connection broke during the send: {n} messages WhatsApp never reported "
                "were sent again once; the others were confirmed by WhatsApp's reports."
            ).format(n=p.resent)
        else:
            holdup = ""
        self.holdup.setText(holdup)
        self.holdup.setVisible(bool(holdup))
        self._show_buttons(p)

    def _show_buttons(self, p: BulkProgress | None) -> None:
        state = p.state if p is not None else None
        self.pause_button.setVisible(state == "running")
        self.resume_button.setVisible(state == "paused")
        self.cancel_button.setVisible(state in ("running", "paused"))

    def _outcome_word(self, outcome: str) -> str:
        words = {
            "waiting": self.tr("Waiting"),
            "sending": self.tr("In the outbox"),
            "sent": self.tr("Sent"),
            "delivered": self.tr("Delivered"),
            "read": self.tr("Read"),
            "failed": self.tr("Failed"),
            "uncertain": self.tr("Not known"),
            "skipped": self.tr("Skipped"),
            "cancelled": self.tr("Cancelled"),
        }
        return words.get(outcome, outcome)

    def _show_results(self, results: list[RowResult]) -> None:
        rows = [
            (
                str(r.position),
                r.number,
                r.name,
                self._outcome_word(r.outcome),
                render(r.problem) if r.problem is not None else "",
            )
            for r in results
        ]
        bad = [r.outcome in ("failed", "uncertain") for r in results]
        self.results_model.set_rows(rows, bad)
        for index in [i for i, b in enumerate(bad) if b][:200]:  # the error is read whole
            self.results.resizeRowToContents(index)
