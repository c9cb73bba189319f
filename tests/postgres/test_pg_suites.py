"""Suites written for SQLite, run unchanged on PostgreSQL (``db_url`` comes from conftest)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from test_agent_channels import *  # noqa: F403  (the channels each agent sees)
from test_export_cli import (  # noqa: F401
    test_export_prints_the_contract_shape,
)
from test_outbox import (  # noqa: F401
    test_errors_are_kept_and_retry_is_explicit,
    test_restart_resumes_the_queue_without_double_sends,
    test_text_is_stored_queued_then_accepted_once,
)
from test_outbox_workers import *  # noqa: F403
from test_search import (  # noqa: F401  (search on pg_trgm: the same answers as FTS5)
    test_every_message_is_searched_not_only_each_chats_last,
    test_hits_name_their_conversation_and_contact,
    test_ingest_keeps_the_index_in_step,
    test_japanese_substrings_long_and_short,
    test_newest_first_and_paged,
    test_numbers_in_any_format_find_the_same_contact,
    test_query_syntax_in_what_the_user_types_is_just_text,
    test_reactions_are_not_results,
    test_usernames_are_found_with_or_without_the_at,
)
from test_webhook_receiver import *  # noqa: F403
from test_work_conflicts import *  # noqa: F403
