"""Pausing Python's cycle collector while a burst of short-lived, acyclic objects is made.

With automatic collection on, every few hundred allocations the collector walks the young
objects, and now and then every object the process holds (SQLAlchemy's mappers, pydantic's
models, a window's rows): reading a year of history or planning a batch of webhook bodies
paid for that walk again and again. Rows, plans and events hold no cycles, so nothing is
left for the collector to find afterwards; it runs again as soon as the burst is over.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Automatic cycle collection off for the ``with`` body (left off if it already was:
    the desktop app collects on the UI thread only, see ``desktop.ui.gc_guard``)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
