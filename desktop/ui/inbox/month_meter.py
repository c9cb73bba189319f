"""The inbox's "this month" meter: what the chosen channel (or all of them) cost so far."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.pricing.message_cost import MonthSpend
from desktop.ui.chat.customer_text import plain_label
from desktop.ui.pricing.labels import format_money


def spend_line(spend: MonthSpend, name: str) -> str:
    """``Front desk: USD 1.23 this month (45 charged; 955 of 1,000 free left)``."""
    amount = format_money(spend.amount, spend.currency, 4 if spend.amount < 1 else 2)
    text = QCoreApplication.translate(
        "MonthMeter", "{channel}: {amount} this month ({count} charged messages)"
    ).format(channel=name, amount=amount, count=f"{spend.charged:,}")
    if spend.service_free is not None:
        left = max(0, spend.service_free - spend.service_used)
        text += " " + QCoreApplication.translate(
            "MonthMeter", "{left} of {limit} free service replies left."
        ).format(left=f"{left:,}", limit=f"{spend.service_free:,}")
    if spend.unpriced:
        text += " " + QCoreApplication.translate(
            "MonthMeter", "{count} could not be priced (customer's country unknown)."
        ).format(count=f"{spend.unpriced:,}")
    return text


class MonthMeter(QLabel):
    """One line; its tooltip lists every channel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setObjectName("monthMeter")
        self.setWordWrap(True)
        self.spends: dict[str, MonthSpend] = {}

    def show_spend(
        self, spends: dict[str, MonthSpend], names: dict[str, str], chosen: str | None
    ) -> None:
        """``names``: phone number id -> channel name; ``chosen``: the number filtered on."""
        self.spends = spends
        lines = [spend_line(s, names.get(n, n)) for n, s in spends.items() if n in names]
        self.setToolTip("\n".join(lines))
        if chosen is not None and chosen in spends:
            self.setText(spend_line(spends[chosen], names.get(chosen, chosen)))
            return
        shown = [s for n, s in spends.items() if n in names]
        currencies = {s.currency for s in shown}
        if not shown or len(currencies) != 1:
            self.setText(
                QCoreApplication.translate(
                    "MonthMeter", "This month: choose a channel to see what it cost."
                )
                if shown
                else ""
            )
            return
        total = sum((s.amount for s in shown), Decimal(0))
        currency = currencies.pop()
        self.setText(
            QCoreApplication.translate(
                "MonthMeter", "All channels: {amount} this month ({count} charged messages)"
            ).format(
                amount=format_money(total, currency, 4 if total < 1 else 2),
                count=f"{sum(s.charged for s in shown):,}",
            )
        )
