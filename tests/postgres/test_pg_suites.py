"""Suites written for SQLite, run unchanged on PostgreSQL (``db_url`` comes from conftest)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from test_export_cli import (  # noqa: F401
    test_export_prints_the_contract_shape,
)
from test_outbox import (  # noqa: F401
    test_errors_are_kept_and_retry_is_explicit,
    test_restart_resumes_the_queue_without_double_sends,
    test_text_is_stored_queued_then_accepted_once,
)
from test_outbox_workers import *  # noqa: F403
from test_webhook_receiver import *  # noqa: F403
from test_work_conflicts import *  # noqa: F403
