"""wa.me links: digits only, UTF-8 percent-encoded text, invalid numbers refused in words."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from desktop.services.numbers.click_to_chat import (
    InvalidPhoneNumber,
    button_html,
    chat_link,
    save_qr,
)


@pytest.mark.parametrize(
    "typed",
    ["+81 90-1234-5678", "819012345678", "0081 (90) 1234 5678", "+81.90.1234.5678"],
)
def test_any_common_format_gives_the_same_digits_only_link(typed: str) -> None:
    link = chat_link(typed)
    assert link.url == "https://wa.me/819012345678"
    assert link.e164 == "+819012345678"


def test_text_is_utf8_percent_encoded_with_spaces_as_percent_20() -> None:
    text = "こんにちは 🌸 a&b=c?d #1\n2"
    url = chat_link("+1 415 555 0100", text).url
    base, query = url.split("?text=")
    assert base == "https://wa.me/14155550100"
    assert "%20" in query and "+" not in query and " " not in query
    assert query.startswith("%E3%81%93")  # こ in UTF-8
    assert "%F0%9F%8C%B8" in query  # 🌸
    assert "&" not in query and "=" not in query and "#" not in query
    assert unquote(query, encoding="utf-8") == text


def test_meta_test_numbers_in_the_555_range_are_accepted() -> None:
    assert chat_link("+1 555-010-0003").url == "https://wa.me/15550100003"


@pytest.mark.parametrize(
    ("typed", "says"),
    [("", "Enter a phone number"), ("hello", "not a phone number"), ("+81 12", "wrong number")],
)
def test_invalid_numbers_say_why(typed: str, says: str) -> None:
    with pytest.raises(InvalidPhoneNumber) as caught:
        chat_link(typed)
    assert says in str(caught.value)
    assert "\n" not in str(caught.value)


def test_qr_refuses_an_unknown_file_type(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        save_qr("https://wa.me/1", tmp_path / "code.jpg")


def test_button_html_escapes_the_link_and_label() -> None:
    snippet = button_html('https://wa.me/1?text=a"b<c', label="Chat <now>")
    assert 'href="https://wa.me/1?text=a&quot;b&lt;c"' in snippet
    assert "Chat &lt;now&gt;" in snippet and "<now>" not in snippet
