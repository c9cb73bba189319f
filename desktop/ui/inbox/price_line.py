"""The composer's line saying what the next reply will cost (the billing engine decides)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.pricing.message_cost import MessageCost
from desktop.services.pricing.reply_price import ReplyPrice
from desktop.ui.chat.customer_text import plain_label
from desktop.ui.pricing.labels import format_rate, market_label, render_phrase


def price_text(price: ReplyPrice | None) -> tuple[str, str]:
    """(the short line, its tooltip with the billing rule) for ``price``."""

    if price is None:
        return (
            QCoreApplication.translate(
                "PriceLine", "Price of the next reply: cannot be estimated for this customer."
            ),
            QCoreApplication.translate(
                "PriceLine",
                "The customer's country is not known from their number, or no rate card "
                "covers it. Import Meta's rate card on the Pricing page.",
            ),
        )
    why = render_phrase(price.reason)
    if not price.estimate.delivered:
        return QCoreApplication.translate("PriceLine", "A free-form reply cannot be sent now."), why
    if price.charged:
        text = QCoreApplication.translate(
            "PriceLine", "Next reply: {amount} ({market} rate)."
        ).format(
            amount=format_rate(price.amount, price.currency),
            market=market_label(price.estimate.market),
        )
        if price.free_monthly is not None:
            text += " " + QCoreApplication.translate(
                "PriceLine", "This month's {limit} free service replies are used up."
            ).format(limit=f"{price.free_monthly:,}")
        if price.estimate.unverified:
            text += " " + QCoreApplication.translate("PriceLine", "(rate not verified)")
        return text, why
    if price.free_left is not None and price.free_monthly is not None:
        return (
            QCoreApplication.translate(
                "PriceLine",
                "Next reply: free ({left} of {limit} free service replies left this month).",
            ).format(left=f"{price.free_left:,}", limit=f"{price.free_monthly:,}"),
            why,
        )
    return QCoreApplication.translate("PriceLine", "Next reply: free."), why


class PriceLine(QLabel):
    """A short plain-text line; the rule behind the figure is in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setObjectName("priceLine")
        self.setWordWrap(True)
        self.price: ReplyPrice | None = None

    def show_price(self, price: ReplyPrice | None) -> None:
        self.price = price
        text, tip = price_text(price)
        self.setText(text)
        self.setToolTip(tip)
        self.setMinimumHeight(0)

    def show_unknown(self) -> None:
        """Between conversations, while the price is being read.

        The line keeps its place and its height (an empty line was hidden, a two-line price
        became one, and the thread above grew and shrank at every conversation opened).
        """
        self.price = None
        if self.isVisible():  # as tall as it was until the price is known
            self.setMinimumHeight(self.height())
        self.setText(QCoreApplication.translate("PriceLine", "Next reply: …"))
        self.setToolTip("")


def cost_label(cost: MessageCost) -> str:
    """``USD 0.0080``, ``USD 0.0080 est.`` or ``free`` (estimate: no ``pricing`` from Meta yet)."""
    if not cost.charged:
        if cost.estimated:
            return QCoreApplication.translate("PriceLine", "free (est.)")
        return QCoreApplication.translate("PriceLine", "free")
    amount = format_rate(cost.amount, cost.currency)
    if cost.estimated:
        return QCoreApplication.translate("PriceLine", "{amount} est.").format(amount=amount)
    return amount


def with_cost(time: str, cost: MessageCost) -> str:
    """A bubble's time line with what the message cost before it."""
    label = cost_label(cost)
    return f"{label} · {time}" if time else label
