"""Meta's X-Hub-Signature-256: what passes, and every malformed header that must not."""

from __future__ import annotations

import pytest

from desktop.services.webhooks.signature import looks_signed, sign, signature_matches

SECRET = "app-secret"
BODY = b'{"object":"whatsapp_business_account","entry":[]}'


def test_the_signature_meta_sends_matches_in_any_case_and_with_spaces() -> None:
    header = sign(SECRET, BODY)
    assert looks_signed(header)
    assert signature_matches(SECRET, BODY, header)
    assert signature_matches(SECRET, BODY, "sha256=" + header[7:].upper())
    assert signature_matches(SECRET, BODY, header + " ")


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha1=" + "0" * 64,
        "sha256=" + "0" * 63,
        "sha256=" + "0" * 65,
        "sha256=" + "g" * 64,
        "sha256=" + "é" * 64,
        "sha256=" + " ".join(["00"] * 32),
    ],
)
def test_a_header_without_the_form_of_a_signature_is_refused(header: str | None) -> None:
    assert not looks_signed(header)
    assert not signature_matches(SECRET, BODY, header)


def test_another_secret_or_another_body_does_not_match() -> None:
    header = sign(SECRET, BODY)
    assert not signature_matches("other", BODY, header)
    assert not signature_matches(SECRET, BODY + b" ", header)
    assert not signature_matches("", BODY, header)
