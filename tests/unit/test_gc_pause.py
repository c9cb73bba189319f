"""The cycle collector is paused only for the burst, and left as the caller had it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.services.gc_pause import no_cyclic_gc


@pytest.fixture
def collector_state() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_state")
def test_paused_inside_and_back_on_after_even_on_error() -> None:
    gc.enable()
    with no_cyclic_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), no_cyclic_gc():
        raise RuntimeError("a database error propagates")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_left_off_when_the_app_collects_on_its_ui_thread() -> None:
    gc.disable()
    with no_cyclic_gc():
        assert not gc.isenabled()
    assert not gc.isenabled()
