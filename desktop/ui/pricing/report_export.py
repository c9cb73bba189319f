"""Scenario CSV and the one-month PDF report (tables and chart images).

The history's CSV of every charge is the pricing service's (``write_charges_csv``).

CSV is written with the standard library (amounts as exact decimal strings, so a spreadsheet
can re-add them); the PDF is an HTML page laid out by ``QTextDocument`` and printed with
``QPdfWriter``, with the charts embedded as images grabbed from their views.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.services.pricing.scenario import ScenarioEstimate

_Q2 = Decimal("0.01")
_Q4 = Decimal("0.0001")

SCENARIO_COLUMNS = (
    "era",
    "card",
    "market",
    "category",
    "amount",
    "currency",
    "unverified_card",
)


def write_scenario_csv(path: Path, est: ScenarioEstimate) -> int:
    """One row per era, market and category; returns the number of rows."""
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(SCENARIO_COLUMNS)
        for era, result in est.eras.items():
            for (market, category), amount in sorted(result.by_market_category.items()):
                if not amount:
                    continue
                out.writerow(
                    [
                        era,
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


def write_pdf(path: Path, title: str, body_html: str, images: Mapping[str, QImage]) -> None:
    """An A4 PDF: ``body_html`` may show ``<img src="name">`` for each of ``images``."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setResolution(150)
    doc = QTextDocument()
    for name, image in images.items():
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
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
