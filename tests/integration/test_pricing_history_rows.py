"""The history reader's three scans give, row for row, what one joined query gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.make_pricing_history_db import make
from desktop.models.db import Database
from desktop.services.pricing.history import message_rows

# The reference: one row per message, the delivery time by a correlated subquery, Meta's
# pricing record (delivered, else read, else sent) by three outer joins.
REFERENCE = """
SELECT m.id, m.conversation_id, m.phone_number_id, m.wamid, m.direction, m.type, m.status,
  m.status_ts, m.timestamp,
  CASE WHEN m.direction = 'out' THEN (SELECT min(x.timestamp) FROM message_status x
      WHERE x.message_id = m.id AND x.status IN ('delivered', 'read')) END,
  CASE WHEN m.type = 'template' THEN json_extract(m.payload, '$.template.name') END,
  CASE WHEN m.type = 'template' THEN json_extract(m.payload, '$.template.language.code') END,
  CASE WHEN m.direction = 'out' THEN NULL ELSE json_extract(m.payload, '$.referral') END,
  CASE WHEN d.id IS NOT NULL THEN d.billable WHEN r.id IS NOT NULL THEN r.billable
       ELSE s.billable END,
  CASE WHEN d.id IS NOT NULL THEN d.pricing_model WHEN r.id IS NOT NULL THEN r.pricing_model
       ELSE s.pricing_model END,
  CASE WHEN d.id IS NOT NULL THEN d.pricing_type WHEN r.id IS NOT NULL THEN r.pricing_type
       ELSE s.pricing_type END,
  CASE WHEN d.id IS NOT NULL THEN d.category WHEN r.id IS NOT NULL THEN r.category
       ELSE s.category END
FROM message m
LEFT JOIN billing_record d ON m.direction = 'out' AND d.wamid = m.wamid AND d.status = 'delivered'
LEFT JOIN billing_record r ON m.direction = 'out' AND r.wamid = m.wamid AND r.status = 'read'
LEFT JOIN billing_record s ON m.direction = 'out' AND s.wamid = m.wamid AND s.status = 'sent'
WHERE m.timestamp >= ? AND m.timestamp < ?
ORDER BY m.id
"""


@pytest.fixture(scope="module")
def history_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rows") / "history.sqlite3"
    make(path, 3000, 200, seed=11)
    con = sqlite3.connect(path)
    try:  # records for the read and sent statuses too, so the precedence is exercised
        con.execute(
            "INSERT OR IGNORE INTO billing_record (wamid, status, timestamp, billable,"
            " pricing_model,"
            " pricing_type, category) SELECT wamid, 'read', timestamp + 5, 0, 'PMP',"
            " 'free_customer_service', 'utility' FROM billing_record WHERE id % 3 = 0"
        )
        con.execute(
            "INSERT OR IGNORE INTO billing_record (wamid, status, timestamp, billable,"
            " pricing_model,"
            " pricing_type, category) SELECT wamid, 'sent', timestamp - 5, 1, 'CBP', NULL,"
            " 'marketing' FROM billing_record WHERE id % 5 = 0 AND status = 'delivered'"
        )
        con.execute("DELETE FROM billing_record WHERE status = 'delivered' AND id % 7 = 0")
        con.commit()
        stats = con.execute(
            "SELECT count(*) FROM billing_record GROUP BY status ORDER BY status"
        ).fetchall()
        assert len(stats) == 3  # delivered, read, sent
    finally:
        con.close()
    return path


@pytest.mark.parametrize("window", ["all", "last-month", "one-week"])
def test_reader_rows_equal_the_joined_query(history_db: Path, window: str) -> None:
    con = sqlite3.connect(history_db)
    try:
        low, high = con.execute("SELECT min(timestamp), max(timestamp) FROM message").fetchone()
        bounds = {
            "all": (None, None),
            "last-month": (high - 31 * 86_400, None),
            "one-week": (low + 100 * 86_400, low + 107 * 86_400),
        }[window]
        since, until = bounds
        expected = con.execute(
            REFERENCE,
            (since if since is not None else -(2**62), until if until is not None else 2**62),
        ).fetchall()
    finally:
        con.close()
    db = Database(f"sqlite:///{history_db}")
    try:
        got = db.call(
            lambda s: [r for rows in message_rows(s, since, until, batch=97) for r in rows]
        )
    finally:
        db.close()
    assert len(expected) > 50
    assert any(r[13] is not None for r in expected)  # some rows carry Meta's pricing
    assert got == expected
