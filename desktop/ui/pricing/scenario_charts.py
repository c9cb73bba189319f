"""The scenario page's three charts: cost per category per era, 12-month outlook, era differences.

Each chart is built once and updated in place (bar values and line points are replaced, no
series are recreated), which keeps a recalculation's repaint well under 100 ms. The data
functions are separate so tests can check the numbers the charts show.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.pricing import cards as C
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.scenario import ScenarioEstimate
from desktop.ui.pricing.labels import (
    CATEGORY_COLORS,
    ERA_COLORS,
    category_label,
    era_short,
    era_title,
)

CHART_CATEGORIES: tuple[str, ...] = (
    C.BUSINESS_INITIATED,
    C.USER_INITIATED,
    C.MARKETING,
    C.UTILITY,
    C.AUTHENTICATION,
    C.AUTH_INTL,
    C.SERVICE,
)


def stacked_data(est: ScenarioEstimate) -> dict[str, list[float]]:
    """``{category: [cost under each era in ERAS order]}`` for the stacked bars."""
    return stacked_amounts({era: r.by_category for era, r in est.eras.items()})


def stacked_amounts(by_era: Mapping[str, Mapping[str, Decimal]]) -> dict[str, list[float]]:
    """The same from ``{era: {category: amount}}`` (the history's what-if uses it too)."""
    out = {cat: [0.0] * len(ERAS) for cat in CHART_CATEGORIES}
    for i, era in enumerate(ERAS):
        for cat, amount in by_era.get(era, {}).items():
            out.setdefault(cat, [0.0] * len(ERAS))[i] += float(amount)
    return out


def outlook_data(est: ScenarioEstimate) -> dict[str, list[float]]:
    return {era: [float(v) for v in est.outlook.get(era, [])] for era in ERAS}


def difference_data(est: ScenarioEstimate, reference: str) -> list[float]:
    """Each era's monthly total minus the ``reference`` era's."""
    base = est.total(reference)
    return [float(est.total(e) - base) if e in est.eras else 0.0 for e in ERAS]


def nice_scale(value: float) -> tuple[float, int, str]:
    """An axis end at or above ``value`` with ticks at round numbers: ``(top, tick count,
    label format)``; 0.11 gives (0.15, 4, "%.2f"): ticks 0, 0.05, 0.10, 0.15."""
    if value <= 0:
        return 1.0, 6, "%.1f"
    magnitude = 10.0 ** math.ceil(math.log10(value))
    for step, ticks in NICE_STEPS:
        top = magnitude * step
        if value <= top * (1 + 1e-9):
            interval = top / (ticks - 1)
            decimals = max(0, -math.floor(math.log10(interval) + 1e-9))
            return top, ticks, f"%.{decimals}f"
    return value, 5, "%.0f"


LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.SolidLine,
)

# (fraction of the power of ten, ticks): every interval is 1, 2 or 5 times a power of ten.
NICE_STEPS = (
    (0.1, 6), (0.15, 4), (0.2, 5), (0.25, 6), (0.3, 4), (0.4, 5), (0.5, 6), (0.6, 4),
    (0.8, 5), (1.0, 6),
)  # fmt: skip


def _is_dark() -> bool:
    """True when the application's window colour is dark (the dark theme is on)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _chart() -> QChart:
    """A chart without its own title and legend: those are wrapping labels around the view
    (``ChartBox``), which never cut a name short however narrow the window."""
    chart = QChart()
    if _is_dark():  # before any series: a theme resets series colours
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # Every pixel of width goes to the plot: five two-line era labels need about 45 px each.
    chart.setMargins(QMargins(2, 4, 2, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setBackgroundRoundness(6)
    chart.legend().setVisible(False)
    return chart


def axis_label(era: str) -> str:
    """An era's short name on two lines ("CBP" over "2023"), so five fit under narrow bars."""
    return html.escape(era_short(era)).replace(" ", "<br>", 1)


class ChartBox(QWidget):
    """Title above, chart in the middle, legend below: both labels wrap and keep full names."""

    def __init__(self, view: QChartView, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend_items: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(view, 1)
        layout.addWidget(self.legend)
        self.legend.hide()

    def set_title(self, title: str) -> None:
        if self.title.text() != title:
            self.title.setText(title)

    def set_legend(self, items: list[tuple[str, str]], tips: list[str] | None = None) -> None:
        """``items``: (colour, name) pairs, shown as coloured squares and full names."""
        if items == self.legend_items:
            return
        self.legend_items = list(items)
        self.legend.setText(
            " &nbsp; ".join(
                f'<span style="white-space:nowrap"><span style="color:{colour}">&#9632;</span>'
                f"&nbsp;{html.escape(name)}</span>"
                for colour, name in items
            )
        )
        self.legend.setToolTip("\n".join(tips or []))
        self.legend.setVisible(bool(items))


def _set_axis(
    axis: QValueAxis,
    low: float,
    high: float,
    title: str,
    label_format: str | None = None,
    ticks: int | None = None,
) -> None:
    """Change only what changed: every setter relayouts the whole chart."""
    if axis.min() != low or axis.max() != high:
        axis.setRange(low, high)
    if ticks is not None and axis.tickCount() != ticks:
        axis.setTickCount(ticks)
    if axis.titleText() != title:
        axis.setTitleText(title)
    if label_format is not None and axis.labelFormat() != label_format:
        axis.setLabelFormat(label_format)


def _small_labels(axis: QBarCategoryAxis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(font.pointSizeF() - 2, 6.5))
    axis.setLabelsFont(font)
    axis.setTruncateLabels(False)


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(190)
    return view


class CategoryBarsChart:
    """Stacked bars: one bar per era, one colour per category."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.chart = _chart()
        self.series = QStackedBarSeries()
        self.sets: dict[str, QBarSet] = {}
        for cat in CHART_CATEGORIES:
            bar = QBarSet(category_label(cat))
            bar.setColor(QColor(CATEGORY_COLORS.get(cat, "#888888")))
            bar.append([0.0] * len(ERAS))
            self.series.append(bar)
            self.sets[cat] = bar
        self.chart.addSeries(self.series)
        self.axis_x = QBarCategoryAxis()
        self.axis_x.append([axis_label(e) for e in ERAS])
        _small_labels(self.axis_x)
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%.0f")
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        self.view = _view(self.chart, parent)
        self.widget = ChartBox(self.view, title, parent)

    def update(self, est: ScenarioEstimate) -> None:
        self.show_amounts(stacked_data(est), est.currency)

    def show_amounts(self, data: dict[str, list[float]], currency: str) -> None:
        top = 0.0
        for i in range(len(ERAS)):
            top = max(top, sum(values[i] for values in data.values()))
        legend: list[tuple[str, str]] = []
        for cat, bar in self.sets.items():
            values = data.get(cat, [0.0] * len(ERAS))
            for i, v in enumerate(values):
                if bar.at(i) != v:
                    bar.replace(i, v)
            if any(values):  # categories no era uses stay out of the legend
                legend.append((bar.color().name(), category_label(cat)))
        self.widget.set_legend(legend)
        high, ticks, label_format = nice_scale(top)
        _set_axis(self.axis_y, 0, high, currency, label_format, ticks)


class OutlookChart:
    """One line per era over the next 12 months (growth applied)."""

    def __init__(self, title: str, months_label: str, parent: QWidget | None = None) -> None:
        self.chart = _chart()
        self.axis_x = QValueAxis()
        self.axis_x.setRange(1, 12)
        self.axis_x.setTickCount(12)
        self.axis_x.setLabelFormat("%d")
        self.axis_x.setTitleText(months_label)
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%.0f")
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.lines: dict[str, QLineSeries] = {}
        for k, era in enumerate(ERAS):
            line = QLineSeries()
            line.setName(era_short(era))
            pen = line.pen()
            pen.setColor(QColor(ERA_COLORS[era]))
            # Eras that cost the same draw on top of each other: a dash pattern and width
            # of their own keep each one visible.
            pen.setStyle(LINE_STYLES[k % len(LINE_STYLES)])
            pen.setWidthF(3.2 - 0.4 * k)
            line.setPen(pen)
            self.chart.addSeries(line)
            line.attachAxis(self.axis_x)
            line.attachAxis(self.axis_y)
            self.lines[era] = line
        self.view = _view(self.chart, parent)
        self.widget = ChartBox(self.view, title, parent)
        self.widget.set_legend(
            [(ERA_COLORS[e], era_short(e)) for e in ERAS],
            [f"{era_short(e)}: {era_title(e)}" for e in ERAS],
        )

    def update(self, est: ScenarioEstimate) -> None:
        data = outlook_data(est)
        top = 0.0
        for era, line in self.lines.items():
            values = data.get(era, [])
            top = max([top, *values])
            line.replace([QPointF(i + 1, v) for i, v in enumerate(values)])
        high, ticks, label_format = nice_scale(top)
        _set_axis(self.axis_y, 0, high, est.currency, label_format, ticks)


class DifferenceChart:
    """Each era's month minus the reference era's month (positive: that era costs more)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        self.chart = _chart()
        self.series = QBarSeries()
        self.bar = QBarSet("")
        self.bar.setColor(QColor("#3a86e8"))
        self.bar.append([0.0] * len(ERAS))
        self.series.append(self.bar)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsCenter)
        self.chart.addSeries(self.series)
        self.axis_x = QBarCategoryAxis()
        self.axis_x.append([axis_label(e) for e in ERAS])
        _small_labels(self.axis_x)
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%+.0f")
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        self.view = _view(self.chart, parent)
        self.widget = ChartBox(self.view, title, parent)
        self.values: list[float] = [0.0] * len(ERAS)

    def update(self, est: ScenarioEstimate, reference: str, title: str) -> None:
        self.values = [round(v) for v in difference_data(est, reference)]
        for i, v in enumerate(self.values):
            if self.bar.at(i) != v:
                self.bar.replace(i, v)
        span = nice_scale(max([abs(v) for v in self.values] or [0.0]))[0]
        _set_axis(self.axis_y, -span, span, est.currency)
        self.widget.set_title(title)
