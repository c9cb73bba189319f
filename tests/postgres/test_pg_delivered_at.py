"""The delivery time ingest keeps on the message (test_message_delivered_at), on PostgreSQL:
its own statement there, run with the rows of the batch locked in id order."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

from test_message_delivered_at import (  # noqa: F401
    db,
    ingest,
    test_late_statuses_keep_the_earliest_delivery,
    test_one_body_with_several_statuses,
    test_statuses_adopted_from_orphans,
)
