"""Values read back from the database are shown only when they are what they claim to be."""

from __future__ import annotations

import math

import pytest

from desktop.services.message_text import (
    LATEST_TIMESTAMP,
    as_dict,
    as_list,
    as_text,
    as_timestamp,
    local_datetime,
    readable_text,
)


@pytest.mark.parametrize(
    "value",
    [1_000_000_000_000, 10**20, 1e20, -1, math.nan, math.inf, "1700000000", None, True, [1]],
)
def test_times_a_calendar_cannot_show_are_absent(value: object) -> None:
    assert as_timestamp(value) is None
    assert local_datetime(value) is None


def test_ordinary_times_are_kept() -> None:
    assert as_timestamp(1_700_000_000) == 1_700_000_000
    assert as_timestamp(1_700_000_000.5) == 1_700_000_000
    assert as_timestamp(LATEST_TIMESTAMP) == LATEST_TIMESTAMP
    moment = local_datetime(1_700_000_000)
    assert moment is not None and moment.year == 2023


def test_text_dict_and_list_of_the_wrong_type() -> None:
    assert as_text(12345) == "12345" and as_text("x") == "x"
    assert as_text(None) == as_text({"a": 1}) == as_text(True) == ""
    assert as_dict("header") == {} and as_dict({"a": 1}) == {"a": 1}
    assert as_list("not a list") == [] and as_list([1]) == [1]


@pytest.mark.parametrize(
    ("kind", "payload"),
    [
        ("interactive", {"interactive": "just text"}),
        ("interactive", {"interactive": {"type": "button_reply", "button_reply": "x"}}),
        ("contacts", {"contacts": {"name": "not a list"}}),
        ("contacts", {"contacts": [{"name": "Ann"}]}),
        ("location", {"location": {"name": 5}}),
        ("text", {"text": "body"}),
    ],
)
def test_readable_text_never_raises_on_odd_payloads(kind: str, payload: dict[str, object]) -> None:
    assert readable_text(kind, payload) is None  # nothing readable, and no exception
