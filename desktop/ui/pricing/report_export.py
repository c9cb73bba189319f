"""Scenario CSV and the one-month PDF report (tables, then the charts drawn as vectors).

The history's CSV of every charge is the pricing service's (``write_charges_csv``).

CSV is written with the standard library (amounts as exact decimal strings, so a spreadsheet
can re-add them), one row per era even when it costs nothing; the PDF is an HTML page laid
out by ``QTextDocument`` and painted page by page on a ``QPdfWriter``, then each chart is
drawn from its scene on the same painter, so it stays sharp at any zoom.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QGraphicsView

from desktop.services.pricing.scenario import ScenarioEstimate

_Q2 = Decimal("0.01")
_Q4 = Decimal("0.0001")

SCENARIO_COLUMNS = (
    "era",
    "era_name",
    "card",
    "market",
    "category",
    "amount",
    "currency",
    "unverified_card",
)


def write_scenario_csv(
    path: Path,
    est: ScenarioEstimate,
    eras: Sequence[str] = (),
    era_name: Callable[[str], str] = str,
) -> int:
    """One row per era, market and category that costs something, and one row for an era
    that costs nothing (amount 0) or has no card (amount empty); returns the row count."""
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(SCENARIO_COLUMNS)
        for era in list(eras) or list(est.eras):
            result = est.eras.get(era)
            if result is None:  # no rate card covers this era's month
                out.writerow([era, era_name(era), "", "", "", "", est.currency, ""])
                rows += 1
                continue
            charged = [
                (key, amount) for key, amount in sorted(result.by_market_category.items()) if amount
            ]
            for (market, category), amount in charged or [(("", ""), Decimal(0))]:
                out.writerow(
                    [
                        era,
                        era_name(era),
                        result.card_id,
                        market,
                        category,
                        f"{amount}",
                        result.currency,
                        "yes" if result.unverified else "",
                    ]
                )
                rows += 1
    return rows


def html_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def write_pdf(
    path: Path,
    title: str,
    body_html: str,
    images: Mapping[str, QImage] | None = None,
    charts: Sequence[tuple[str, QGraphicsView]] = (),
) -> None:
    """An A4 PDF: ``body_html`` may show ``<img src="name">`` for each of ``images``; each of
    ``charts`` (caption, view) follows on its own part of a page, drawn as vectors."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setResolution(150)
    doc = QTextDocument()
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    style = (
        "<style>body{font-size:9pt;} h1{font-size:15pt;} h2{font-size:12pt;}"
        "th{background:#e9edef;text-align:left;} td,th{font-size:8pt;}</style>"
    )
    doc.setHtml(
        f"<html><head>{style}</head><body><h1>{html.escape(title)}</h1>{body_html}</body></html>"
    )
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    page = QSizeF(rect.width(), rect.height())
    doc.setPageSize(page)
    painter = QPainter(writer)
    try:
        for number in range(doc.pageCount()):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            doc.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
        _draw_charts(writer, painter, page, charts)
    finally:
        painter.end()


def _draw_charts(
    writer: QPdfWriter,
    painter: QPainter,
    page: QSizeF,
    charts: Sequence[tuple[str, QGraphicsView]],
) -> None:
    """Two charts per page under their captions, each scaled to the page width."""
    caption_h = page.height() * 0.04
    slot_h = page.height() / 2
    font = QFont(painter.font())
    font.setPointSizeF(11)
    font.setBold(True)
    painter.setFont(font)
    for index, (caption, view) in enumerate(charts):
        if index % 2 == 0:
            writer.newPage()
        top = (index % 2) * slot_h
        painter.drawText(
            QRectF(0, top, page.width(), caption_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            caption,
        )
        source = QRectF(view.viewport().rect())
        if source.isEmpty():
            continue
        width = page.width()
        height = min(slot_h - caption_h * 1.5, width * source.height() / source.width())
        target = QRectF(0, top + caption_h, width, height)
        view.render(painter, target, source.toRect(), Qt.AspectRatioMode.KeepAspectRatio)
