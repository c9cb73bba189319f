"""Read a recipients CSV: a header naming the columns, then one recipient per line.

Spreadsheets export CSV in many shapes: UTF-8 with or without a byte-order mark, Shift-JIS
(Japanese Excel), commas, semicolons or tabs. Those are read. A file that is too big, is
not text (an .xlsx workbook, an image), has no header or too many columns is refused as a
whole with a reason and what to do; a line with the wrong number of cells is kept and
reported as that row's problem, so one bad line never hides the others.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "BulkCsv"
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_COLUMNS = 50
MAX_CELL = 4096
_NUMBER_HEADERS = re.compile(
    r"(phone|number|mobile|tel|whatsapp|wa_?id|電話|携帯|番号)", re.IGNORECASE
)
_NAME_HEADERS = re.compile(r"(name|名前|氏名|お名前)", re.IGNORECASE)


class CsvRefused(Exception):
    """The file cannot be used at all; ``phrase`` says why and what to do."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(phrase.render())
        self.phrase = phrase


@dataclass(frozen=True)
class CsvRow:
    line: int  # the line in the file (the header is line 1)
    cells: dict[str, str]
    problem: Phrase | None = None  # a line that could not be read as a row


@dataclass(frozen=True)
class CsvTable:
    columns: list[str]
    rows: list[CsvRow]
    number_column: str | None  # the column that looks like the phone number, if any
    name_column: str | None
    encoding: str = "utf-8"
    notes: list[Phrase] = field(default_factory=list)


def _refuse(source: str, **args: object) -> CsvRefused:
    return CsvRefused(Phrase(CONTEXT, source, args))


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"PK\x03\x04"):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv",
                "This is a spreadsheet workbook (.xlsx), not a CSV file. In your spreadsheet "
                "choose Save as → CSV UTF-8, then import that file.",
            )
        )
    if b"\x00" in data[:65536]:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv",
                "This file is not text (it contains binary data). Import a CSV file: one "
                "recipient per line, columns separated by commas.",
            )
        )
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise _refuse(
        QT_TRANSLATE_NOOP(
            "BulkCsv",
            "The file's characters cannot be read (it is neither UTF-8 nor Shift-JIS). Save "
            "it again as CSV UTF-8.",
        )
    )


def _delimiter(text: str) -> str:
    """The separator the header line uses most: comma, semicolon (European Excel) or tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _looks_like_number(cell: str) -> bool:
    digits = re.sub(r"[\s\-().+]", "", cell)
    return digits.isdigit() and len(digits) >= 7


def read_csv(data: bytes) -> CsvTable:
    """The table in ``data``; raises :class:`CsvRefused` for a file that cannot be used."""
    if len(data) > MAX_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv",
                "The file is {size} MB; a recipients file may be at most {limit} MB "
                "({rows} rows). Split it into smaller files.",
            ),
            size=f"{len(data) / 1024 / 1024:.1f}",
            limit=MAX_BYTES // 1024 // 1024,
            rows=f"{MAX_ROWS:,}",
        )
    text, encoding = _decode(data)
    if not text.strip():
        raise _refuse(QT_TRANSLATE_NOOP("BulkCsv", "The file is empty."))
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except csv.Error as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv", "The file cannot be read as CSV ({error}). Save it again as CSV UTF-8."
            ),
            error=str(exc),
        ) from exc
    numbered = [(i + 1, cells) for i, cells in enumerate(lines) if any(c.strip() for c in cells)]
    if not numbered:
        raise _refuse(QT_TRANSLATE_NOOP("BulkCsv", "The file is empty."))
    header = numbered[0][1]
    columns = [c.strip() for c in header]
    if len(columns) > MAX_COLUMNS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv",
                "The file has {count} columns; at most {limit} are read. Keep the number and "
                "the template's values only.",
            ),
            count=len(columns),
            limit=MAX_COLUMNS,
        )
    if any(_looks_like_number(c) for c in columns) or not any(columns):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv",
                "The first line must name the columns (for example: phone,name,order), "
                "but it holds values. Add a line of column names and import again.",
            )
        )
    if any(not c for c in columns) or len(set(columns)) != len(columns):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv",
                "Every column needs its own name in the first line; names are missing or "
                "repeated ({columns}).",
            ),
            columns=", ".join(columns),
        )
    body = numbered[1:]
    if not body:
        raise _refuse(
            QT_TRANSLATE_NOOP("BulkCsv", "The file names its columns but has no recipients.")
        )
    if len(body) > MAX_ROWS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "BulkCsv",
                "The file has {count} recipients; one bulk send takes at most {limit}. Split "
                "it into smaller files.",
            ),
            count=f"{len(body):,}",
            limit=f"{MAX_ROWS:,}",
        )
    rows: list[CsvRow] = []
    for line, cells in body:
        problem = None
        if len(cells) != len(columns):
            problem = Phrase(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "BulkCsv",
                    "This line has {cells} cells but the first line names {columns} columns.",
                ),
                {"cells": len(cells), "columns": len(columns)},
            )
        elif any(len(c) > MAX_CELL for c in cells):
            problem = Phrase(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "BulkCsv", "A cell on this line is longer than {limit} characters."
                ),
                {"limit": MAX_CELL},
            )
        values = {
            col: (cells[i].strip() if i < len(cells) else "") for i, col in enumerate(columns)
        }
        rows.append(CsvRow(line, values, problem))
    number_column = next((c for c in columns if _NUMBER_HEADERS.search(c)), None)
    if number_column is None:  # else the first column whose cells look like numbers
        number_column = next(
            (c for c in columns if sum(_looks_like_number(r.cells[c]) for r in rows[:20]) > 0),
            None,
        )
    name_column = next((c for c in columns if _NAME_HEADERS.search(c)), None)
    return CsvTable(columns, rows, number_column, name_column, encoding.replace("-sig", ""))
