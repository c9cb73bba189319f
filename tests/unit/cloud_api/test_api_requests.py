"""Every client method sends exactly the request Meta documents and parses its answer."""

from __future__ import annotations

import pytest
from api_fake import BASE, TOKEN, Harness, ok, sent

from desktop.services.cloud_api import (
    DEFAULT_BASE_URL,
    DEFAULT_GRAPH_VERSION,
    CloudApiClient,
    SendResult,
)

PN = "106540352242922"
WABA = "102290129340398"


def _assert_auth(api: Harness) -> None:
    assert api.graph.last.headers["authorization"] == f"Bearer {TOKEN}"


def test_defaults() -> None:
    assert DEFAULT_GRAPH_VERSION == "v25.0"
    assert DEFAULT_BASE_URL == "https://graph.facebook.com"


@pytest.mark.asyncio
async def test_send_text_shape_and_result(api: Harness) -> None:
    api.graph.reply(sent("wamid.A1", "819011112222"))
    result = await api.client.send_text(PN, "819011112222", "こんにちは", preview_url=True)
    seen = api.graph.last
    assert seen.method == "POST"
    assert seen.url == f"{BASE}/v25.0/{PN}/messages"
    assert seen.headers["content-type"] == "application/json"
    assert seen.json == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "+819011112222",
        "type": "text",
        "text": {"preview_url": True, "body": "こんにちは"},
    }
    _assert_auth(api)
    assert result == SendResult(
        wamid="wamid.A1", wa_id="819011112222", input="+819011112222", message_status=None
    )


@pytest.mark.asyncio
async def test_reply_context_and_bsuid_recipient(api: Harness) -> None:
    api.graph.reply(sent())
    await api.client.send_text(PN, None, "hi", reply_to="wamid.IN1", recipient="JP.1349")
    body = api.graph.last.json
    assert body["recipient"] == "JP.1349" and "to" not in body
    assert body["context"] == {"message_id": "wamid.IN1"}


@pytest.mark.asyncio
async def test_formatted_number_is_passed_through(api: Harness) -> None:
    api.graph.reply(sent())
    await api.client.send_text(PN, "+1 (650) 555-1234", "hi")
    assert api.graph.last.json["to"] == "+1 (650) 555-1234"


@pytest.mark.asyncio
async def test_send_without_recipient_is_refused_before_sending(api: Harness) -> None:
    with pytest.raises(ValueError, match="recipient"):
        await api.client.send_text(PN, None, "hi")
    assert api.graph.seen == []


@pytest.mark.asyncio
async def test_send_template_shape_and_pacing_status(api: Harness) -> None:
    api.graph.reply(
        ok(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": "+16505551234", "wa_id": "16505551234"}],
                "messages": [{"id": "wamid.T1", "message_status": "held_for_quality_assessment"}],
            }
        )
    )
    components = [{"type": "body", "parameters": [{"type": "text", "text": "Jessica"}]}]
    result = await api.client.send_template(
        PN, "16505551234", "order_confirmation", "en_US", components, reply_to="wamid.X"
    )
    body = api.graph.last.json
    assert body["type"] == "template"
    assert body["template"] == {
        "name": "order_confirmation",
        "language": {"code": "en_US"},
        "components": components,
    }
    assert body["context"] == {"message_id": "wamid.X"}
    assert result.message_status == "held_for_quality_assessment"


@pytest.mark.asyncio
async def test_send_template_without_components_and_language_object(api: Harness) -> None:
    api.graph.reply(sent())
    await api.client.send_template(
        PN, "+16505551234", "hello_world", {"code": "en_US", "policy": "deterministic"}
    )
    assert api.graph.last.json["template"] == {
        "name": "hello_world",
        "language": {"code": "en_US", "policy": "deterministic"},
    }


@pytest.mark.asyncio
async def test_send_reply_buttons_shape(api: Harness) -> None:
    api.graph.reply(sent())
    await api.client.send_reply_buttons(
        PN,
        "+16505551234",
        "Reschedule?",
        [("change-button", "Change"), ("cancel-button", "Cancel")],
        header="Workshop",
        footer="Lucky Shrub",
    )
    body = api.graph.last.json
    assert body["type"] == "interactive"
    assert body["interactive"] == {
        "type": "button",
        "header": {"type": "text", "text": "Workshop"},
        "body": {"text": "Reschedule?"},
        "footer": {"text": "Lucky Shrub"},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": "change-button", "title": "Change"}},
                {"type": "reply", "reply": {"id": "cancel-button", "title": "Cancel"}},
            ]
        },
    }


@pytest.mark.asyncio
async def test_send_reply_buttons_with_image_header(api: Harness) -> None:
    api.graph.reply(sent())
    header = {"type": "image", "image": {"id": "MEDIA1"}}
    await api.client.send_reply_buttons(PN, "+1555", "Pick", [("a", "A")], header=header)
    interactive = api.graph.last.json["interactive"]
    assert interactive["header"] == header and "footer" not in interactive


@pytest.mark.asyncio
async def test_send_list_shape(api: Harness) -> None:
    api.graph.reply(sent())
    sections = [
        {
            "title": "Fast",
            "rows": [{"id": "express", "title": "Express", "description": "1-2 days"}],
        }
    ]
    await api.client.send_list(
        PN, "+16505551234", "Which option?", "Options", sections, header="Shipping", footer="f"
    )
    assert api.graph.last.json["interactive"] == {
        "type": "list",
        "header": {"type": "text", "text": "Shipping"},
        "body": {"text": "Which option?"},
        "footer": {"text": "f"},
        "action": {"button": "Options", "sections": sections},
    }


@pytest.mark.asyncio
async def test_send_interactive_raw_cta(api: Harness) -> None:
    api.graph.reply(sent())
    cta = {
        "type": "cta_url",
        "body": {"text": "See dates"},
        "action": {
            "name": "cta_url",
            "parameters": {"display_text": "See Dates", "url": "https://example.com"},
        },
    }
    await api.client.send_interactive(PN, "+1555", cta)
    assert api.graph.last.json["interactive"] == cta


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("kind", "kwargs", "expected"),
    [
        ("image", {"media_id": "M1", "caption": "look"}, {"id": "M1", "caption": "look"}),
        ("video", {"link": "https://x/a.mp4"}, {"link": "https://x/a.mp4"}),
        (
            "document",
            {"media_id": "M2", "filename": "invoice.pdf", "caption": "c"},
            {"id": "M2", "caption": "c", "filename": "invoice.pdf"},
        ),
        ("audio", {"media_id": "M3"}, {"id": "M3"}),
        ("sticker", {"link": "https://x/s.webp"}, {"link": "https://x/s.webp"}),
    ],
)
async def test_send_media_shapes(
    api: Harness, kind: str, kwargs: dict[str, str], expected: dict[str, str]
) -> None:
    api.graph.reply(sent())
    await api.client.send_media(PN, "+1555", kind, **kwargs)
    body = api.graph.last.json
    assert body["type"] == kind and body[kind] == expected


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "kwargs",
    [
        {"kind": "image"},
        {"kind": "image", "media_id": "1", "link": "https://x"},
        {"kind": "audio", "media_id": "1", "caption": "no"},
        {"kind": "image", "media_id": "1", "filename": "a.png"},
        {"kind": "gif", "media_id": "1"},
    ],
)
async def test_send_media_rejects_bad_combinations(api: Harness, kwargs: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        await api.client.send_media(PN, "+1555", **kwargs)
    assert api.graph.seen == []


@pytest.mark.asyncio
async def test_send_location_contacts_reaction(api: Harness) -> None:
    api.graph.reply(sent())
    await api.client.send_location(
        PN, "+1555", 37.758056, -122.425332, name="META HQ", address="1 Hacker Way"
    )
    assert api.graph.last.json["location"] == {
        "latitude": 37.758056,
        "longitude": -122.425332,
        "name": "META HQ",
        "address": "1 Hacker Way",
    }
    contact = {
        "name": {"formatted_name": "John Smith", "first_name": "John"},
        "phones": [{"phone": "+1 (650) 555-1234", "type": "WORK", "wa_id": "16505551234"}],
    }
    await api.client.send_contacts(PN, "+1555", [contact], reply_to="wamid.Q")
    body = api.graph.last.json
    assert body["type"] == "contacts" and body["contacts"] == [contact]
    assert body["context"] == {"message_id": "wamid.Q"}
    await api.client.send_reaction(PN, "+1555", "wamid.IN", "😀")
    body = api.graph.last.json
    assert body["type"] == "reaction"
    assert body["reaction"] == {"message_id": "wamid.IN", "emoji": "😀"}
    await api.client.send_reaction(PN, "+1555", "wamid.IN", "")
    assert api.graph.last.json["reaction"]["emoji"] == ""


@pytest.mark.asyncio
async def test_send_message_raw_adds_messaging_product(api: Harness) -> None:
    api.graph.reply(sent())
    await api.client.send_message(
        PN,
        {
            "to": "+1555",
            "type": "text",
            "text": {"body": "x"},
            "biz_opaque_callback_data": "outbox-7",
        },
    )
    body = api.graph.last.json
    assert body["messaging_product"] == "whatsapp"
    assert body["biz_opaque_callback_data"] == "outbox-7"


@pytest.mark.asyncio
async def test_mark_read_with_typing(api: Harness) -> None:
    api.graph.reply(ok({"success": True}))
    assert await api.client.mark_read(PN, "wamid.IN", typing_indicator=True) is True
    assert api.graph.last.path == f"/v25.0/{PN}/messages"
    assert api.graph.last.json == {
        "messaging_product": "whatsapp",
        "status": "read",
        "message_id": "wamid.IN",
        "typing_indicator": {"type": "text"},
    }
    await api.client.mark_read(PN, "wamid.IN")
    assert "typing_indicator" not in api.graph.last.json


@pytest.mark.asyncio
async def test_template_management_requests(api: Harness) -> None:
    api.graph.reply(ok({"id": "594425479261596", "status": "PENDING", "category": "UTILITY"}))
    template = {
        "name": "order_confirmation",
        "language": "en_US",
        "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Thanks!"}],
    }
    created = await api.client.create_template(WABA, template)
    assert created == {"id": "594425479261596", "status": "PENDING", "category": "UTILITY"}
    assert (api.graph.last.method, api.graph.last.path) == (
        "POST",
        f"/v25.0/{WABA}/message_templates",
    )
    assert api.graph.last.json == template

    api.graph.replies[:] = [ok({"success": True})]
    assert await api.client.edit_template("594425479261596", {"category": "MARKETING"})
    assert (api.graph.last.method, api.graph.last.path) == ("POST", "/v25.0/594425479261596")
    assert api.graph.last.json == {"category": "MARKETING"}

    assert await api.client.delete_template(WABA, "order_confirmation")
    assert api.graph.last.method == "DELETE"
    assert api.graph.last.path == f"/v25.0/{WABA}/message_templates"
    assert api.graph.last.params == {"name": "order_confirmation"}

    assert await api.client.delete_template(WABA, "order_confirmation", hsm_id="594425479261596")
    assert api.graph.last.params == {"name": "order_confirmation", "hsm_id": "594425479261596"}
    _assert_auth(api)


@pytest.mark.asyncio
async def test_list_templates_params_and_filters(api: Harness) -> None:
    api.graph.reply(ok({"data": [{"id": "1", "name": "a"}], "paging": {"cursors": {}}}))
    items = await api.client.list_templates(WABA, limit=50, status="APPROVED")
    assert items == [{"id": "1", "name": "a"}]
    params = api.graph.last.params
    assert params["limit"] == "50" and params["status"] == "APPROVED"
    assert set(params["fields"].split(",")) >= {
        "name",
        "status",
        "category",
        "language",
        "components",
        "quality_score",
    }
    await api.client.list_templates(WABA, fields=["name"], name="hello_world")
    assert api.graph.last.params == {"fields": "name", "limit": "100", "name": "hello_world"}


@pytest.mark.asyncio
async def test_account_and_number_reads(api: Harness) -> None:
    api.graph.reply(ok({"id": WABA, "name": "Lucky Shrub", "currency": "JPY"}))
    waba = await api.client.get_waba(WABA)
    assert waba["currency"] == "JPY"
    assert api.graph.last.path == f"/v25.0/{WABA}"
    assert api.graph.last.params == {
        "fields": "id,name,currency,timezone_id,message_template_namespace"
    }

    api.graph.replies[:] = [ok({"data": [{"id": WABA}, {"id": "2"}]})]
    wabas = await api.client.list_owned_wabas("BIZ1")
    assert [w["id"] for w in wabas] == [WABA, "2"]
    assert api.graph.last.path == "/v25.0/BIZ1/owned_whatsapp_business_accounts"

    api.graph.replies[:] = [ok({"data": [{"id": PN, "display_phone_number": "15550783881"}]})]
    numbers = await api.client.list_phone_numbers(WABA)
    assert numbers[0]["display_phone_number"] == "15550783881"
    assert api.graph.last.path == f"/v25.0/{WABA}/phone_numbers"
    fields = api.graph.last.params["fields"].split(",")
    assert "whatsapp_business_manager_messaging_limit" in fields and "throughput" in fields
    assert "messaging_limit_tier" not in fields  # deprecated by Meta

    api.graph.replies[:] = [ok({"id": PN, "quality_rating": "GREEN"})]
    number = await api.client.get_phone_number(PN, fields=("quality_rating",))
    assert number["quality_rating"] == "GREEN"
    assert api.graph.last.params == {"fields": "quality_rating"}


@pytest.mark.asyncio
async def test_registration_flow_requests(api: Harness) -> None:
    api.graph.reply(ok({"success": True}))
    assert await api.client.request_code(PN, code_method="VOICE", language="ja")
    seen = api.graph.last
    assert (seen.method, seen.path) == ("POST", f"/v25.0/{PN}/request_code")
    assert seen.params == {"code_method": "VOICE", "language": "ja"}
    assert seen.json == {"code_method": "VOICE", "language": "ja"}

    assert await api.client.verify_code(PN, "123-830")
    assert api.graph.last.path == f"/v25.0/{PN}/verify_code"
    assert api.graph.last.params == {"code": "123830"}

    assert await api.client.register(PN, "212834", data_localization_region="JP")
    assert api.graph.last.path == f"/v25.0/{PN}/register"
    assert api.graph.last.json == {
        "messaging_product": "whatsapp",
        "pin": "212834",
        "data_localization_region": "JP",
    }
    assert await api.client.register(PN, "212834")
    assert api.graph.last.json == {"messaging_product": "whatsapp", "pin": "212834"}

    assert await api.client.deregister(PN)
    assert (api.graph.last.method, api.graph.last.path) == ("POST", f"/v25.0/{PN}/deregister")
    _assert_auth(api)


@pytest.mark.asyncio
async def test_success_false_is_reported(api: Harness) -> None:
    api.graph.reply(ok({"success": False}))
    assert await api.client.deregister(PN) is False


@pytest.mark.asyncio
async def test_business_profile_get_unwraps_and_update_sends_only_changes(api: Harness) -> None:
    profile = {
        "about": "Open 9-5",
        "vertical": "RETAIL",
        "websites": ["https://shop.example"],
        "messaging_product": "whatsapp",
    }
    api.graph.reply(ok({"data": [profile]}))
    assert await api.client.get_business_profile(PN) == profile
    assert api.graph.last.path == f"/v25.0/{PN}/whatsapp_business_profile"
    assert "profile_picture_url" in api.graph.last.params["fields"]

    api.graph.replies[:] = [ok({"success": True})]
    assert await api.client.update_business_profile(PN, about="営業中", vertical="RETAIL")
    assert api.graph.last.method == "POST"
    assert api.graph.last.json == {
        "messaging_product": "whatsapp",
        "about": "営業中",
        "vertical": "RETAIL",
    }
    with pytest.raises(ValueError):
        await api.client.update_business_profile(PN)


@pytest.mark.asyncio
async def test_upload_media_is_multipart(api: Harness) -> None:
    api.graph.reply(ok({"id": "1037543291543636"}))
    media_id = await api.client.upload_media(PN, b"%PDF-1.4 x", "application/pdf", "見積.pdf")
    assert media_id == "1037543291543636"
    seen = api.graph.last
    assert (seen.method, seen.path) == ("POST", f"/v25.0/{PN}/media")
    assert seen.headers["content-type"].startswith("multipart/form-data")
    body = seen.body
    assert b'name="messaging_product"\r\n\r\nwhatsapp' in body
    assert b'name="type"\r\n\r\napplication/pdf' in body
    assert b'name="file"; filename=' in body
    assert b"Content-Type: application/pdf\r\n\r\n%PDF-1.4 x" in body
    _assert_auth(api)


@pytest.mark.asyncio
async def test_get_and_delete_media(api: Harness) -> None:
    info = {
        "messaging_product": "whatsapp",
        "url": "https://lookaside.fbsbx.com/x",
        "mime_type": "image/jpeg",
        "sha256": "abc",
        "file_size": 303833,
        "id": "2621233374848975",
    }
    api.graph.reply(ok(info))
    assert await api.client.get_media("2621233374848975", phone_number_id=PN) == info
    assert api.graph.last.path == "/v25.0/2621233374848975"
    assert api.graph.last.params == {"phone_number_id": PN}
    api.graph.replies[:] = [ok({"success": True})]
    assert await api.client.delete_media("2621233374848975")
    assert api.graph.last.method == "DELETE" and api.graph.last.params == {}


@pytest.mark.asyncio
async def test_ping(api: Harness) -> None:
    api.graph.reply(ok({"id": PN}))
    assert await api.client.ping(PN) is True
    assert api.graph.last.path == f"/v25.0/{PN}" and api.graph.last.params == {"fields": "id"}


@pytest.mark.asyncio
async def test_version_and_base_url_are_configurable() -> None:
    import httpx
    from api_fake import FakeGraph

    graph = FakeGraph().reply(ok({"id": "1"}))
    client = CloudApiClient(
        "sandbox-token",
        base_url="http://127.0.0.1:8765/",
        version="v23.0",
        transport=httpx.MockTransport(graph.handler),
    )
    await client.ping("1")
    assert graph.last.url == "http://127.0.0.1:8765/v23.0/1?fields=id"
    assert graph.last.headers["authorization"] == "Bearer sandbox-token"
    await client.aclose()


@pytest.mark.asyncio
async def test_version_in_base_url_is_not_doubled() -> None:
    import httpx
    from api_fake import FakeGraph

    graph = FakeGraph().reply(ok({"id": "1"}))
    async with CloudApiClient(
        "t0k3n",
        base_url="https://graph.facebook.com/v24.0/",
        transport=httpx.MockTransport(graph.handler),
    ) as client:
        await client.ping("1")
    assert graph.last.url == "https://graph.facebook.com/v25.0/1?fields=id"


@pytest.mark.asyncio
async def test_token_callable_is_read_for_every_request() -> None:
    from api_fake import make_harness

    tokens = iter(["first-token", "second-token"])
    harness = make_harness(token=lambda: next(tokens))
    harness.graph.reply(ok({"id": "1"}))
    await harness.client.ping("1")
    await harness.client.ping("1")
    assert [s.headers["authorization"] for s in harness.graph.seen] == [
        "Bearer first-token",
        "Bearer second-token",
    ]
    await harness.client.aclose()


@pytest.mark.asyncio
async def test_ids_cannot_change_the_path(api: Harness) -> None:
    api.graph.reply(ok({"id": "x"}))
    await api.client.get_phone_number("../me?x=1", fields="id")
    assert api.graph.last.url == f"{BASE}/v25.0/..%2Fme%3Fx%3D1?fields=id"
    with pytest.raises(ValueError):
        await api.client.get_phone_number("  ")


def test_send_result_of_a_bsuid_only_recipient_has_no_phone() -> None:
    from desktop.services.cloud_api.payloads import parse_send_result

    result = parse_send_result(
        {
            "messaging_product": "whatsapp",
            "contacts": [{"input": "US.13491208655302741918", "wa_id": ""}],
            "messages": [{"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"}],
        }
    )
    assert result is not None
    assert result.wa_id is None and result.input == "US.13491208655302741918"
    assert result.wamid.startswith("wamid.")


@pytest.mark.asyncio
async def test_upload_media_reports_progress_up_to_the_whole_file(api: Harness) -> None:
    api.graph.reply(ok({"id": "1037543291543637"}))
    data = b"%PDF-1.4 " + bytes(200_000)
    seen: list[tuple[int, int]] = []
    media_id = await api.client.upload_media(
        PN,
        data,
        "application/pdf",
        "big.pdf",
        progress=lambda sent, total: seen.append((sent, total)),
    )
    assert media_id == "1037543291543637"
    assert seen and seen[-1] == (len(data), len(data))
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)  # it only moves forward
    assert data in api.graph.last.body  # the same bytes went out


@pytest.mark.asyncio
async def test_pricing_analytics_request_paging_and_hostile_shapes(api: Harness) -> None:
    first = {"start": 1, "end": 2, "volume": 1, "pricing_category": "UTILITY"}
    later = {"start": 3, "end": 4, "volume": 2, "pricing_category": "MARKETING"}
    api.graph.replies[:] = [
        ok(
            {
                "id": WABA,
                "currency": "USD",
                "pricing_analytics": {
                    "data": [{"data_points": [first, "junk", None]}, "junk", {"data_points": 7}],
                    "paging": {
                        "next": f"https://graph.facebook.com/v25.0/{WABA}/pricing_analytics"
                        "?access_token=SECRET&after=QVFI&granularity=DAILY"
                    },
                },
            }
        ),
        ok({"data": [{"data_points": [later]}]}),
    ]
    points, currency = await api.client.pricing_analytics(WABA, start=100, end=200)
    assert points == [first, later] and currency == "USD"
    # the first call asks the WABA node for the field with Meta's modifiers
    assert api.graph.seen[-2].params == {
        "fields": "currency,pricing_analytics.start(100).end(200).granularity(DAILY)"
        '.dimensions(["PRICING_CATEGORY","PRICING_TYPE"])'
    }
    # the next page comes from the edge, without the token Meta put in the link
    assert api.graph.last.path == f"/v25.0/{WABA}/pricing_analytics"
    assert api.graph.last.params == {"after": "QVFI", "granularity": "DAILY"}
    for hostile in ({"pricing_analytics": []}, {"pricing_analytics": {"data": {}}}, {}):
        api.graph.replies[:] = [ok({"currency": 12, **hostile})]
        assert await api.client.pricing_analytics(WABA, start=1, end=2) == ([], None)
