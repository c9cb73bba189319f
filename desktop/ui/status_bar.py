"""Mode, API and webhook health at a glance, plus the sandbox's customer switch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QStatusBar, QWidget

from desktop.services.events import HealthChanged


class AppStatusBar(QStatusBar):
    # payload: True to pause the simulated customers
    pause_customers_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("modeBadge")
        self.api_label = QLabel(self)
        self.webhook_label = QLabel(self)
        self.customers = QCheckBox(self.tr("Pause simulated customers"), self)
        self.customers.hide()
        self.customers.toggled.connect(self.pause_customers_toggled)
        self.addWidget(self.mode_label)
        self.addWidget(self.api_label)
        self.addWidget(self.webhook_label)
        self.addPermanentWidget(self.customers)
        self.set_starting()

    def set_starting(self) -> None:
        self.mode_label.setText(self.tr("Starting…"))
        self.api_label.setText("")
        self.webhook_label.setText("")

    def set_mode(self, mode: str) -> None:
        self.mode_label.setText(self.tr("Sandbox") if mode == "sandbox" else self.tr("Live"))
        self.mode_label.setProperty("mode", mode)
        self.mode_label.style().unpolish(self.mode_label)
        self.mode_label.style().polish(self.mode_label)
        self.customers.setVisible(mode == "sandbox")

    def show_health(self, health: HealthChanged) -> None:
        self.set_mode(health.mode)
        if health.api_ok is None:
            api = self.tr("API: checking…")
        elif health.api_ok:
            api = self.tr("● API connected")
        else:
            api = self.tr("● API unreachable")
        self.api_label.setText(api)
        self.api_label.setProperty("ok", bool(health.api_ok))
        self.api_label.setToolTip(health.api_detail)
        if health.webhook_ok is None:
            hook = self.tr("Webhooks: –")
        elif health.webhook_ok:
            hook = self.tr("● Webhooks receiving ({n} events)").format(n=health.webhook_events)
        else:
            hook = self.tr("● Webhooks not receiving")
        self.webhook_label.setText(hook)
        self.webhook_label.setProperty("ok", bool(health.webhook_ok))
        self.webhook_label.setToolTip(health.webhook_detail)
        for label in (self.api_label, self.webhook_label):
            label.style().unpolish(label)
            label.style().polish(label)
