"""A small step chart of one number's quality over time, kept locally (Meta shows no history).

Quality is drawn as a staircase on three bands (low, medium, high); readings with no rating
("not rated yet") break the line instead of pretending a value.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services.numbers.history import QualityReading

LEVEL = {"RED": 1.0, "YELLOW": 2.0, "GREEN": 3.0}
COLOUR = {"RED": "#ea0038", "YELLOW": "#f5a623", "GREEN": "#00a884"}


def _ms(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


class QualityHistoryChart(QChartView):
    """Quality readings of one number as a step line with a dot per reading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("qualityChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        chart = self._chart
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(6)
        chart.legend().hide()
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MM-dd")
        self.x_axis.setTickCount(5)
        self.y_axis = QCategoryAxis()
        self.y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis.setRange(0.5, 3.5)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self._labels_set = False
        self.rated_count = 0  # readings with a rating on the chart (tests, screenshots)
        self.apply_palette()

    def apply_palette(self) -> None:
        """Follow the app's light or dark palette (charts do not by themselves)."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        self._chart.setBackgroundBrush(base)
        self._chart.setTitleBrush(text)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))

    def show_history(self, readings: Sequence[QualityReading], now: datetime) -> None:
        if not self._labels_set:
            for label, value in ((self.tr("Low"), 1.0), (self.tr("Medium"), 2.0)):
                self.y_axis.append(label, value)
            self.y_axis.append(self.tr("High"), 3.0)
            self._labels_set = True
        self._chart.removeAllSeries()
        rated = [r for r in readings if r.quality_rating in LEVEL]
        self.rated_count = len(rated)
        start = readings[0].recorded_at if readings else now - timedelta(days=7)
        if now - start < timedelta(days=1):
            start = now - timedelta(days=1)
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_ms(start))),
            QDateTime.fromMSecsSinceEpoch(int(_ms(now))),
        )
        span = now - start
        self.x_axis.setFormat("HH:mm" if span <= timedelta(days=2) else "MM-dd")
        if not rated:
            self._chart.setTitle(self.tr("No quality reading yet"))
            return
        self._chart.setTitle("")
        line = QLineSeries()
        pen = QPen(QColor(self.palette().color(QPalette.ColorRole.Text)))
        pen.setWidthF(2.0)
        line.setPen(pen)
        previous: float | None = None
        for reading in rated:
            x, y = _ms(reading.recorded_at), LEVEL[str(reading.quality_rating)]
            if previous is not None:
                line.append(x, previous)
            line.append(x, y)
            previous = y
        if previous is not None:
            line.append(_ms(now), previous)
        self._attach(line)
        for rating, colour in COLOUR.items():
            dots = QScatterSeries()
            dots.setMarkerSize(9.0)
            dots.setColor(QColor(colour))
            dots.setBorderColor(QColor(colour))
            for reading in rated:
                if reading.quality_rating == rating:
                    dots.append(_ms(reading.recorded_at), LEVEL[rating])
            if dots.count():
                self._attach(dots)

    def _attach(self, series: QLineSeries | QScatterSeries) -> None:
        self._chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
