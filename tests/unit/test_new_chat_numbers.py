"""A number typed for a new chat, in any common format, read as WhatsApp's digits."""

from __future__ import annotations

import pytest

from desktop.services.new_chat import check_number, region_of


@pytest.mark.parametrize(
    ("typed", "region", "wa_id"),
    [
        ("+1 650-555-1243", None, "16505551243"),
        ("16505551243", None, "16505551243"),  # country code without the plus
        ("(650) 555-1243", "US", "16505551243"),  # national, read in the channel's country
        ("090-1234-5678", "JP", "819012345678"),
        ("0081 90 1234 5678", "US", "819012345678"),  # 00 international prefix
        ("+81 (0)90 1234 5678", None, "819012345678"),
        ("tel:+44 20 7946 0958", None, "442079460958"),
        ("819012345678", "US", "819012345678"),  # not a US number: read with its own code
    ],
)
def test_common_formats_give_the_same_digits(typed: str, region: str | None, wa_id: str) -> None:
    checked = check_number(typed, region)
    assert checked.problem is None, typed
    assert checked.wa_id == wa_id
    assert checked.international.startswith("+")


@pytest.mark.parametrize("typed", ["12345", "+1 555", "hello", "", "+999 1234 5678"])
def test_invalid_numbers_are_refused_with_words(typed: str) -> None:
    checked = check_number(typed, "JP")
    assert checked.wa_id is None
    assert checked.problem is not None
    text = checked.problem.render()
    assert "country code" in text or "WhatsApp number" in text


def test_the_region_of_our_own_number() -> None:
    assert region_of("+81 3-1234-5678") == "JP"
    assert region_of("+1 650-555-1243") == "US"
    assert region_of("") is None
