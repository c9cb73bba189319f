"""The explain timeline: one contact's messages, windows, conversations and charges, drawn.

Lanes from top to bottom: messages (customer above the line, business below, numbered so
the list beside the drawing can say why each one cost what it cost), customer service
windows, conversations (CBP eras), free entry point windows, and the charges with their rule
and rate. Hovering any mark shows its full explanation. The wheel zooms around the pointer,
dragging moves along the days and a double click fits everything again, so dozens of
messages in one day can be told apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.services.pricing.model import BillResult, Charge, Decision, PricingEvent, Window
from desktop.ui.pricing.labels import (
    CATEGORY_COLORS,
    category_label,
    format_rate,
    render_phrase,
    rule_sentence,
)

LANE_MESSAGES, LANE_CSW, LANE_CONV, LANE_FEP, LANE_CHARGES = range(5)
MIN_SPAN = 600  # the closest zoom: ten minutes across the drawing
ZOOM_STEP = 0.8  # one wheel notch or button press shows 80% (or 125%) of the span


@dataclass
class TimelineData:
    """What the timeline draws for one contact over ``[start, end)`` (Unix seconds)."""

    start: int
    end: int
    events: list[tuple[int, PricingEvent]]  # (number shown, event)
    decisions: dict[int, Decision]  # by event number
    windows: list[Window]
    charges: list[Charge]
    currency: str
    zone: str = "UTC"

    @property
    def charged(self) -> list[Charge]:
        return [c for c in self.charges if c.charged]

    def total(self) -> Decimal:
        return sum((c.rate for c in self.charged), Decimal(0))


def timeline_for(
    events: list[PricingEvent],
    bill: BillResult,
    contact: str,
    start: int | None = None,
    end: int | None = None,
) -> TimelineData:
    """The slice of an explained ``bill`` (of ``events``) that belongs to ``contact``."""
    numbered: list[tuple[int, PricingEvent]] = []
    decisions: dict[int, Decision] = {}
    by_index = {d.index: d for d in bill.decisions}
    n = 0
    for i, ev in enumerate(events):
        if ev.contact != contact:
            continue
        if start is not None and ev.t < start:
            continue
        if end is not None and ev.t >= end:
            continue
        n += 1
        numbered.append((n, ev))
        if i in by_index:
            decisions[n] = by_index[i]
    times = [ev.t for _, ev in numbered]
    lo = start if start is not None else (min(times) if times else 0)
    hi = end if end is not None else (max(times) if times else lo + 86_400)
    windows = [w for w in bill.windows if w.contact == contact and w.end > lo and w.start <= hi]
    charges = [c for c in bill.charges if c.contact == contact and lo <= c.t <= hi]
    # Show the windows' full length when no explicit range was asked for.
    if end is None and windows:
        hi = max(hi, *(w.end for w in windows))
    if hi - lo < 3600:
        hi = lo + 3600
    pad = max((hi - lo) // 30, 600)
    return TimelineData(lo - pad, hi + pad, numbered, decisions, windows, charges, bill.currency)


@dataclass
class _Hit:
    rect: QRectF
    text: str


@dataclass
class _Layout:
    left: float
    right: float
    lanes: list[tuple[float, float]] = field(default_factory=list)  # (top, height)


class ExplainTimeline(QWidget):
    """Draws :class:`TimelineData`; hovering shows each mark's explanation."""

    LANE_HEIGHTS = (92, 34, 44, 34, 64)
    # emitted when the part of the timeline shown changes (zoom, pan, fit)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: TimelineData | None = None
        self.view: tuple[int, int] = (0, 1)  # the shown part of [data.start, data.end)
        self._drag_from: tuple[float, tuple[int, int]] | None = None
        self._hits: list[_Hit] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(sum(self.LANE_HEIGHTS) + 70)
        self.setMaximumHeight(sum(self.LANE_HEIGHTS) + 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        return QSize(900, sum(self.LANE_HEIGHTS) + 70)

    def set_data(self, data: TimelineData | None) -> None:
        self.data = data
        self.fit()

    # --- zoom and pan ------------------------------------------------------------------

    def fit(self) -> None:
        """Show the whole timeline."""
        self.view = (self.data.start, self.data.end) if self.data is not None else (0, 1)
        self.update()
        self.view_changed.emit()

    def is_zoomed(self) -> bool:
        return self.data is not None and self.view != (self.data.start, self.data.end)

    def zoom_to(self, start: int, end: int) -> None:
        """Show ``[start, end)``, kept inside the timeline and at least ten minutes wide."""
        if self.data is None:
            return
        lo, hi = self.data.start, self.data.end
        span = min(max(end - start, MIN_SPAN), hi - lo)
        start = min(max(start, lo), hi - span)
        self.view = (start, start + span)
        self.update()
        self.view_changed.emit()

    def zoom(self, factor: float, at: float | None = None) -> None:
        """Zoom by ``factor`` (< 1 closer) around the time under ``at`` (x), else the centre."""
        if self.data is None:
            return
        start, end = self.view
        lay = self._layout()
        width = max(lay.right - lay.left, 1.0)
        share = 0.5 if at is None else min(max((at - lay.left) / width, 0.0), 1.0)
        pivot = start + share * (end - start)
        span = (end - start) * factor
        new_start = int(pivot - share * span)
        self.zoom_to(new_start, int(new_start + span))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps or self.data is None:
            event.ignore()
            return
        self.zoom(ZOOM_STEP**steps, event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.data is not None:
            self._drag_from = (event.position().x(), self.view)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and self.data is not None:
            x0, (start, end) = self._drag_from
            lay = self._layout()
            seconds_per_px = (end - start) / max(lay.right - lay.left, 1.0)
            shift = int((x0 - event.position().x()) * seconds_per_px)
            self.zoom_to(start + shift, end + shift)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self.unsetCursor()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.fit()
        super().mouseDoubleClickEvent(event)

    def lane_names(self) -> list[str]:
        return [
            self.tr("Messages"),
            self.tr("Service window"),
            self.tr("Conversations"),
            self.tr("Free entry point"),
            self.tr("Charges"),
        ]

    # --- geometry ----------------------------------------------------------------------

    def _layout(self) -> _Layout:
        fm = QFontMetrics(self.font())
        left = max(fm.horizontalAdvance(n) for n in self.lane_names()) + 20
        lay = _Layout(left, self.width() - 16)
        y = 10.0
        for h in self.LANE_HEIGHTS:
            lay.lanes.append((y, float(h)))
            y += h + 4
        return lay

    def _x(self, lay: _Layout, t: int) -> float:
        start, end = self.view
        span = max(end - start, 1)
        return lay.left + (t - start) / span * (lay.right - lay.left)

    def _shown(self, lay: _Layout, x: float) -> bool:
        return lay.left - 10 <= x <= lay.right + 10

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        self._hits = []
        lay = self._layout()
        text_pen = QPen(pal.text().color())
        muted = QColor(pal.text().color())
        muted.setAlpha(130)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7.0))

        # Lane backgrounds and names.
        for i, ((top, h), name) in enumerate(zip(lay.lanes, self.lane_names(), strict=True)):
            if i % 2 == 0:
                shade = QColor(pal.text().color())
                shade.setAlpha(10)
                p.fillRect(QRectF(0, top, self.width(), h), shade)
            p.setPen(text_pen)
            p.drawText(
                QRectF(6, top, lay.left - 10, h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
        if self.data is None or not self.data.events:
            p.setPen(QPen(muted))
            p.drawText(
                QRectF(lay.left, 0, lay.right - lay.left, self.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Pick a contact and days, or load a scenario file, to see its timeline."),
            )
            p.end()
            return
        data = self.data
        axis_y = lay.lanes[-1][0] + lay.lanes[-1][1] + 8
        self._draw_axis(p, lay, axis_y, muted, small)
        self._draw_windows(p, lay, small)
        self._draw_messages(p, lay, small, muted)
        self._draw_charges(p, lay, small)
        del data
        p.end()

    def _draw_axis(self, p: QPainter, lay: _Layout, y: float, muted: QColor, font: QFont) -> None:
        assert self.data is not None
        view_start, view_end = self.view
        span = view_end - view_start
        fm = QFontMetrics(font)
        room = max((lay.right - lay.left) / (fm.horizontalAdvance("00-00 00:00") + 16), 2)
        steps = (
            600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400, 2 * 86_400, 7 * 86_400,
        )  # fmt: skip
        step = next((s for s in steps if span / s <= min(14, room)), 14 * 86_400)
        grid = QColor(muted)
        grid.setAlpha(45)
        p.setFont(font)
        first = (view_start // step + 1) * step
        t = first
        while t < view_end:
            x = self._x(lay, t)
            p.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, lay.lanes[0][0]), QPointF(x, y))
            moment = datetime.fromtimestamp(t, UTC)
            label = moment.strftime("%m-%d %H:%M") if step < 86_400 else moment.strftime("%m-%d")
            p.setPen(QPen(muted))
            p.drawText(QRectF(x - 45, y, 90, 16), Qt.AlignmentFlag.AlignHCenter, label)
            t += step
        p.setPen(QPen(muted))
        p.drawText(
            QRectF(lay.left, y + 16, lay.right - lay.left, 16),
            Qt.AlignmentFlag.AlignRight,
            self.tr("times in UTC"),
        )
        p.drawText(
            QRectF(lay.left, y + 16, lay.right - lay.left, 16),
            Qt.AlignmentFlag.AlignLeft,
            self.tr(
                "Above the line: customer messages. Below: business messages "
                "(square = template, circle = free-form, hollow = not delivered). "
                "Diamonds: charges."
            ),
        )

    def _bar(
        self,
        p: QPainter,
        lay: _Layout,
        lane: int,
        start: int,
        end: int,
        color: QColor,
        label: str,
        tip: str,
        font: QFont,
        row: int = 0,
        rows: int = 1,
    ) -> None:
        top, h = lay.lanes[lane]
        bar_h = (h - 8) / rows
        x0 = max(self._x(lay, start), lay.left)
        x1 = min(self._x(lay, end), lay.right)
        if x1 <= x0:
            return
        rect = QRectF(x0, top + 4 + row * bar_h, x1 - x0, bar_h - 2)
        fill = QColor(color)
        fill.setAlpha(80)
        p.setPen(QPen(color, 1.2))
        p.setBrush(QBrush(fill))
        p.drawRoundedRect(rect, 4, 4)
        p.setFont(font)
        p.setPen(QPen(self.palette().text().color()))
        fm = QFontMetrics(font)
        shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width()) - 8)
        p.drawText(rect.adjusted(5, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, shown)
        self._hits.append(_Hit(rect, tip))

    def _draw_windows(self, p: QPainter, lay: _Layout, font: QFont) -> None:
        assert self.data is not None
        convs = [w for w in self.data.windows if w.kind == "conversation"]
        # Overlapping conversations (several categories at once) get their own rows.
        rows: list[int] = []
        ends: list[int] = []
        for w in convs:
            for r, e in enumerate(ends):
                if w.start >= e:
                    ends[r] = w.end
                    rows.append(r)
                    break
            else:
                ends.append(w.end)
                rows.append(len(ends) - 1)
        nrows = max(len(ends), 1)
        for w in self.data.windows:
            if w.kind == "csw":
                self._bar(
                    p, lay, LANE_CSW, w.start, w.end, QColor("#00a884"),
                    self.tr("24 h window"), self._window_tip(w), font,
                )  # fmt: skip
            elif w.kind == "fep":
                self._bar(
                    p, lay, LANE_FEP, w.start, w.end, QColor("#c48a00"),
                    self.tr("72 h free entry point"), self._window_tip(w), font,
                )  # fmt: skip
        for w, r in zip(convs, rows, strict=True):
            cat = w.category or ""
            color = QColor(CATEGORY_COLORS.get(cat, "#888888"))
            if w.charged and w.rate is not None:
                label = f"{category_label(cat)} · {format_rate(w.rate, self.data.currency)}"
            else:
                label = f"{category_label(cat)} · {self.tr('free')}"
            tip = self._window_tip(w)
            self._bar(p, lay, LANE_CONV, w.start, w.end, color, label, tip, font, r, nrows)

    def _window_tip(self, w: Window) -> str:
        """The window's rule in the UI language (the engine's ``why`` is English only)."""
        assert self.data is not None
        if w.kind == "conversation":
            for ch in self.data.charges:
                if ch.t == w.start and ch.category == w.category:
                    return render_phrase(ch.phrase)
            return w.why
        return rule_sentence(w.rule) if w.rule else w.why

    def _draw_messages(self, p: QPainter, lay: _Layout, font: QFont, muted: QColor) -> None:
        assert self.data is not None
        top, h = lay.lanes[LANE_MESSAGES]
        mid = top + h / 2
        p.setPen(QPen(muted, 1))
        p.drawLine(QPointF(lay.left, mid), QPointF(lay.right, mid))
        p.setFont(font)
        last_x_in = last_x_out = -1e9
        level_in = level_out = 0
        for n, ev in self.data.events:
            x = self._x(lay, ev.t)
            if not self._shown(lay, x):
                continue
            inbound = ev.direction == "in"
            if inbound:
                level_in = (level_in + 1) % 2 if x - last_x_in < 26 else 0
                last_x_in = x
                y = mid - 16 - level_in * 20
                color = QColor("#2f7d32")
            else:
                level_out = (level_out + 1) % 2 if x - last_x_out < 26 else 0
                last_x_out = x
                y = mid + 16 + level_out * 20
                color = QColor(CATEGORY_COLORS.get(ev.category or "", "#3a86e8"))
                if ev.kind != "template":
                    color = QColor("#3a86e8")
            p.setPen(QPen(muted, 1))
            p.drawLine(QPointF(x, mid), QPointF(x, y))
            rect = QRectF(x - 9, y - 9, 18, 18)
            p.setPen(QPen(color.darker(130), 1.4))
            p.setBrush(QBrush(color if ev.delivered else QColor(0, 0, 0, 0)))
            if ev.kind == "template":
                p.drawRoundedRect(rect, 3, 3)
            else:
                p.drawEllipse(rect)
            p.setPen(QPen(QColor("#ffffff") if ev.delivered else color.darker(130)))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
            self._hits.append(_Hit(rect, self.describe(n, ev)))

    def _draw_charges(self, p: QPainter, lay: _Layout, font: QFont) -> None:
        assert self.data is not None
        top, _h = lay.lanes[LANE_CHARGES]
        p.setFont(font)
        fm = QFontMetrics(font)
        last_right = -1e9
        row = 0
        for ch in self.data.charges:
            x = self._x(lay, ch.t)
            if not self._shown(lay, x):
                continue
            color = QColor(CATEGORY_COLORS.get(ch.category, "#888888"))
            if ch.charged:
                text = f"{category_label(ch.category)} {format_rate(ch.rate, ch.currency)}"
                if ch.unverified:
                    text += " *"
            else:
                text = f"{category_label(ch.category)} {self.tr('free')}"
                color = QColor("#9aa5ab")
            width = fm.horizontalAdvance(text) + 8
            row = (row + 1) % 2 if x - 8 < last_right else 0
            y = top + 6 + row * 28
            diamond = [
                QPointF(x, y),
                QPointF(x + 7, y + 7),
                QPointF(x, y + 14),
                QPointF(x - 7, y + 7),
            ]
            p.setPen(QPen(color.darker(140), 1.2))
            p.setBrush(QBrush(color))
            p.drawPolygon(diamond)
            label_rect = QRectF(x + 10, y - 1, width, 16)
            if label_rect.right() > self.width() - 4:
                label_rect.moveRight(x - 10)
            p.setPen(QPen(self.palette().text().color()))
            p.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, text)
            last_right = label_rect.right()
            tip = render_phrase(ch.phrase)
            if ch.charged:
                tip += "\n" + self.tr("Rate {rate} from card {card}").replace(
                    "{rate}", format_rate(ch.rate, ch.currency)
                ).replace("{card}", ch.card_id)
                if ch.unverified:
                    tip += "\n" + self.tr("* unverified rate-card figure")
            self._hits.append(_Hit(QRectF(x - 8, y, width + 18, 16), tip))

    # --- explanation -------------------------------------------------------------------

    def describe(self, n: int, ev: PricingEvent) -> str:
        when = datetime.fromtimestamp(ev.t, UTC).strftime("%Y-%m-%d %H:%M")
        if ev.direction == "in":
            what = self.tr("Customer message")
            if ev.entry_point:
                what += " " + self.tr("(from an ad or Page button)")
        elif ev.kind == "template":
            what = self.tr("{category} template").replace(
                "{category}", category_label(ev.category or "")
            )
        else:
            what = self.tr("Free-form reply")
        if not ev.delivered:
            what += " — " + self.tr("not delivered")
        decision = self.data.decisions.get(n) if self.data else None
        why = render_phrase(decision.phrase) if decision else ""
        return f"#{n} {when} UTC — {what}\n{why}".strip()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            pos = QPointF(e.pos())
            for hit in reversed(self._hits):
                if hit.rect.adjusted(-3, -3, 3, 3).contains(pos):
                    QToolTip.showText(e.globalPos(), hit.text, self)
                    return True
            QToolTip.hideText()
            e.ignore()
            return True
        return super().event(e)

    def hits(self) -> list[tuple[QRectF, str]]:
        """The marks drawn last (rect and explanation): for tests and accessibility."""
        return [(h.rect, h.text) for h in self._hits]


def day_range(day_from: datetime, days: int) -> tuple[int, int]:
    start = int(day_from.replace(tzinfo=UTC).timestamp())
    return start, int((day_from + timedelta(days=days)).replace(tzinfo=UTC).timestamp())
