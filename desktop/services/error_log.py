"""Failures the user should see, published as :class:`ErrorReported` and kept for late readers.

Start-up errors (a receiver port in use, a refused token) happen before the window listens,
so the last few are kept and shown when the UI attaches.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from desktop.services.events import ErrorReported, EventHub
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase


class ErrorLog:
    def __init__(self, hub: EventHub, keep: int = 20) -> None:
        self._hub = hub
        self.recent: deque[ErrorReported] = deque(maxlen=keep)

    def report(self, title: Phrase, advice: Phrase, **details: Any) -> None:
        event = ErrorReported(title, advice, dict(details))
        self.recent.append(event)
        self._hub.publish(event)

    def report_task_failure(self, name: str, error: BaseException) -> None:
        """A background task failed: say so once, with the details in the log and event."""
        self.report(
            Phrase("Tasks", QT_TRANSLATE_NOOP("Tasks", "Something went wrong in the background")),
            Phrase(
                "Tasks",
                QT_TRANSLATE_NOOP(
                    "Tasks",
                    "WABA Desk keeps running. If this happens again, restart it; "
                    "the log has the details.",
                ),
            ),
            task=name,
            error=repr(error),
        )
