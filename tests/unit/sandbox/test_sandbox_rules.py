"""Pure rules of the sandbox: template review, parameter counts, send checks, samples."""

from __future__ import annotations

import hashlib
import hmac
import struct

import pytest

from desktop.sandbox.errors import GraphError
from desktop.sandbox.media_samples import _ogg_crc, sample_ogg_opus, sample_pdf
from desktop.sandbox.send_validation import check_message, normalise_recipient
from desktop.sandbox.template_review import check_create, param_mismatch, review
from desktop.sandbox.webhook_delivery import QueuedChange, envelope, sign


def body(text: str) -> list[dict[str, object]]:
    return [{"type": "BODY", "text": text}]


@pytest.mark.parametrize(
    ("category", "text", "status", "reason"),
    [
        ("UTILITY", "Hi {{1}}, your order shipped.", "APPROVED", "NONE"),
        ("UTILITY", "{{1}} your order shipped today.", "REJECTED", "INVALID_FORMAT"),
        ("UTILITY", "Your order {{1}}", "REJECTED", "INVALID_FORMAT"),
        ("MARKETING", "Hi {{1}} {{2}} is here for you.", "REJECTED", "INVALID_FORMAT"),
        ("UTILITY", "Hi {{1}}, get 20% off with this coupon now.", "REJECTED", "PROMOTIONAL"),
        ("MARKETING", "Hi {{1}}, get 20% off with this coupon now.", "APPROVED", "NONE"),
        ("UTILITY", "{{1}}様、本日セール開催中です。ぜひ。", "REJECTED", "INVALID_FORMAT"),
        ("UTILITY", "こんにちは{{1}}様、割引のお知らせです。", "REJECTED", "PROMOTIONAL"),
    ],
)
def test_review_decisions(category: str, text: str, status: str, reason: str) -> None:
    outcome = review(category, body(text))
    assert (outcome.status, outcome.reason) == (status, reason)
    if reason == "INVALID_FORMAT":
        assert outcome.rejection_info and outcome.rejection_info["recommendation"]


def test_create_checks_name_category_and_body() -> None:
    good = {"name": "a_b", "language": "en_US", "category": "UTILITY", "components": body("x")}
    check_create(good)
    for broken in (
        {**good, "name": "A b"},
        {**good, "category": "SPAM"},
        {**good, "components": [{"type": "FOOTER", "text": "x"}]},
        {**good, "components": body("x" * 1025)},
        {k: v for k, v in good.items() if k != "language"},
    ):
        with pytest.raises(GraphError) as caught:
            check_create(broken)
        assert caught.value.code == 100


def test_param_mismatch_counts_header_body_and_url_buttons() -> None:
    components = [
        {"type": "HEADER", "format": "TEXT", "text": "Order {{1}}"},
        {"type": "BODY", "text": "Hi {{1}}, total {{2}}."},
        {"type": "BUTTONS", "buttons": [{"type": "URL", "url": "https://x/{{1}}", "text": "Go"}]},
    ]
    full = [
        {"type": "header", "parameters": [{"type": "text", "text": "1"}]},
        {
            "type": "body",
            "parameters": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
        },
        {
            "type": "button",
            "sub_type": "url",
            "index": "0",
            "parameters": [{"type": "text", "text": "c"}],
        },
    ]
    assert param_mismatch(components, full) is None
    detail = param_mismatch(components, full[1:])
    assert detail and detail.startswith("header")
    assert param_mismatch(body("No variables."), []) is None
    assert param_mismatch(body("No variables."), full[1:2])


def test_recipient_normalisation() -> None:
    assert normalise_recipient("+1 (650) 555-1234") == "16505551234"
    assert normalise_recipient("US.13491208655302741918") == "US.13491208655302741918"
    with pytest.raises(GraphError) as caught:
        normalise_recipient("hello")
    assert caught.value.code == 131009


def test_check_message_codes() -> None:
    def code(payload: dict[str, object]) -> int:
        with pytest.raises(GraphError) as caught:
            check_message(payload, set())
        return caught.value.code

    assert check_message({"type": "text", "text": {"body": "hi"}}, set()) == "text"
    assert code({"type": "text", "text": {"body": "x" * 4097}}) == 100
    assert code({"type": "text"}) == 131008
    assert code({"type": "audio", "audio": {"link": "https://a/b.ogg", "caption": "no"}}) == 100
    assert code({"type": "reaction", "reaction": {"emoji": "x"}}) == 131008
    assert (
        code(
            {
                "type": "interactive",
                "interactive": {
                    "type": "list",
                    "body": {"text": "b"},
                    "action": {"button": "B", "sections": [{"rows": []}]},
                },
            }
        )
        == 131009
    )
    assert (
        code(
            {
                "type": "template",
                "template": {
                    "name": "t",
                    "language": {"code": "en"},
                    "components": [
                        {"type": "body", "parameters": [{"type": "text", "text": "a\nb"}]}
                    ],
                },
            }
        )
        == 132018
    )


def test_ogg_pages_have_valid_crcs() -> None:
    data = sample_ogg_opus()
    offset, pages = 0, 0
    while offset < len(data):
        assert data[offset : offset + 4] == b"OggS"
        segments = data[offset + 26]
        lacing = data[offset + 27 : offset + 27 + segments]
        length = 27 + segments + sum(lacing)
        page = data[offset : offset + length]
        stored = struct.unpack("<I", page[22:26])[0]
        assert _ogg_crc(page[:22] + b"\0\0\0\0" + page[26:]) == stored
        offset += length
        pages += 1
    assert pages == 3


def test_pdf_xref_offsets_point_at_objects() -> None:
    pdf = sample_pdf()
    xref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[xref:].startswith(b"xref")
    entries = pdf[xref:].split(b"\n")[3:8]
    for number, entry in enumerate(entries, start=1):
        offset = int(entry.split()[0])
        assert pdf[offset:].startswith(f"{number} 0 obj".encode())


def test_envelope_groups_by_waba_and_sign_matches_hmac() -> None:
    changes = [
        QueuedChange("w1", "messages", {"a": 1}),
        QueuedChange("w1", "messages", {"b": 2}),
        QueuedChange("w2", "message_template_status_update", {"c": 3}),
    ]
    env = envelope(changes, 1700000000)
    assert env["object"] == "whatsapp_business_account"
    assert [e["id"] for e in env["entry"]] == ["w1", "w2"]
    assert len(env["entry"][0]["changes"]) == 2 and "time" not in env["entry"][0]
    assert env["entry"][1]["time"] == 1700000000
    raw = b'{"x":1}'
    assert sign(raw, "k") == "sha256=" + hmac.new(b"k", raw, hashlib.sha256).hexdigest()
