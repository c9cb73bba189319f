"""The Cloud API client: typed calls over one ``httpx.AsyncClient``.

Everything the app asks of Meta (or of the local sandbox, which serves the same paths)
goes through :class:`CloudApiClient`: sending messages, templates, phone numbers,
business profile and media. Requests go to ``{base_url}/{version}/{path}`` with the
token as a bearer header, read fresh for every attempt so a changed token applies at once.

Retries (see :mod:`.retry` for the waits):

* repeatable calls (GET, DELETE, mark-as-read, profile update, media upload) are retried
  on network errors, HTTP 429/5xx and Meta's temporary codes;
* non-repeatable calls (sends, template create/edit, code requests, register…) are
  retried only when the request certainly never reached Meta (connection refused or
  timed out) or Meta itself answered with a temporary error code (so it did not act).
  If the connection breaks after the request was written, the outcome is unknown: a
  :class:`CloudApiError` with ``may_have_been_delivered=True`` is raised at once.

The token is never logged nor put in an exception.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import logging
import random
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, Final
from urllib.parse import parse_qsl, quote, urlsplit

import httpx

from desktop.services.cloud_api import payloads
from desktop.services.cloud_api.error_catalog import BAD_RESPONSE, UNSAFE_MEDIA_URL
from desktop.services.cloud_api.errors import (
    CloudApiError,
    bad_response,
    from_info,
    from_response,
    missing_token,
    network_error,
)
from desktop.services.cloud_api.payloads import SendResult
from desktop.services.cloud_api.retry import RetryPolicy, parse_retry_after, parse_usage_wait
from desktop.services.http_tls import tls_for

log = logging.getLogger(__name__)

DEFAULT_GRAPH_VERSION: Final = "v25.0"
DEFAULT_BASE_URL: Final = "https://graph.facebook.com"

TEMPLATE_FIELDS: Final = (
    "id",
    "name",
    "status",
    "category",
    "language",
    "components",
    "parameter_format",
    "quality_score",
    "rejected_reason",
)
PHONE_NUMBER_FIELDS: Final = (
    "id",
    "display_phone_number",
    "verified_name",
    "code_verification_status",
    "quality_rating",
    "platform_type",
    "throughput",
    "status",
    "name_status",
    "is_official_business_account",
    "whatsapp_business_manager_messaging_limit",
    "account_mode",
)
PROFILE_FIELDS: Final = (
    "about",
    "address",
    "description",
    "email",
    "profile_picture_url",
    "websites",
    "vertical",
)
WABA_FIELDS: Final = ("id", "name", "currency", "timezone_id", "message_template_namespace")
_MAX_PAGES: Final = 1000
_VERSION_SUFFIX = re.compile(r"/v\d+(\.\d+)?/?$")

# Failures where the request provably never left for the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)
# Failures retrying cannot fix (bad URL scheme and the like).
_HOPELESS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)

Json = dict[str, Any]
TokenSource = str | Callable[[], str]


def _fields(fields: Iterable[str] | str | None, default: Sequence[str]) -> str:
    if fields is None:
        return ",".join(default)
    return fields if isinstance(fields, str) else ",".join(fields)


def _seg(value: str | int) -> str:
    """One path segment (an id), escaped so it can never change the path."""
    text = str(value).strip()
    if not text:
        raise ValueError("an id in the request path is empty")
    return quote(text, safe="")


class CloudApiClient:
    """Typed async calls to the WhatsApp Cloud API (or the sandbox at another base URL)."""

    def __init__(
        self,
        token: TokenSource,
        *,
        base_url: str = DEFAULT_BASE_URL,
        version: str = DEFAULT_GRAPH_VERSION,
        timeout: float = 20.0,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 - frozen, shared safely
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        base = base_url.strip().rstrip("/")
        if _VERSION_SUFFIX.search(base):
            log.warning("Graph API base URL ends with a version; using version %s instead", version)
            base = _VERSION_SUFFIX.sub("", base)
        if not base.startswith(("http://", "https://")):
            raise ValueError(f"API base URL must start with http:// or https://: {base_url!r}")
        self._token = token
        self.base_url: str = base
        self.version: str = version.strip().strip("/") or DEFAULT_GRAPH_VERSION
        self.retry = retry
        self._sleep = sleep
        self._rng = rng
        self._host = urlsplit(base).netloc
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            transport=transport,
            verify=tls_for(base),
            headers={"User-Agent": "WABA-Desk/0.1", "Accept": "application/json"},
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"CloudApiClient(base_url={self.base_url!r}, version={self.version!r})"

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> CloudApiClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ plumbing

    def url(self, *segments: str | int) -> str:
        """The absolute URL of a Graph path made of ``segments`` (ids are escaped)."""
        return "/".join([self.base_url, self.version, *(_seg(s) for s in segments)])

    def _current_token(self) -> str:
        token = self._token() if callable(self._token) else self._token
        if not token or not token.strip():
            raise missing_token()
        return token.strip()

    async def _request(
        self,
        method: str,
        url: str,
        *,
        repeatable: bool,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        extra_headers: Mapping[str, str] | None = None,
        auth_scheme: str = "Bearer",
        attempts: int | None = None,
        follow_redirects: bool = False,
    ) -> httpx.Response:
        """Send one request with the retry rules; a 2xx response or a CloudApiError."""
        max_attempts = max(1, attempts if attempts is not None else self.retry.attempts)
        shown = f"{method} {urlsplit(url).path}"
        host = urlsplit(url).netloc or self._host
        attempt = 0
        while True:
            attempt += 1
            token = self._current_token()
            try:
                response = await self._http.request(
                    method,
                    url,
                    params=params,
                    json=json_body,
                    data=data,
                    files=files,
                    content=content,
                    headers={"Authorization": f"{auth_scheme} {token}", **(extra_headers or {})},
                    follow_redirects=follow_redirects,
                )
            except httpx.TransportError as exc:
                not_sent = isinstance(exc, _NOT_SENT)
                ambiguous = not repeatable and not not_sent and not isinstance(exc, _HOPELESS)
                error = network_error(
                    exc, host=host, may_have_been_delivered=ambiguous, secret=token
                )
                if ambiguous or isinstance(exc, _HOPELESS) or attempt >= max_attempts:
                    raise error from None  # the cause may quote request details
                delay = self.retry.delay(attempt, None, self._rng)
                assert delay is not None
                log.info(
                    "%s failed (%s); retry %d in %.2fs", shown, type(exc).__name__, attempt, delay
                )
                await self._sleep(delay)
                continue

            if response.is_success:
                return response

            raw = await response.aread()
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            error = from_response(
                response.status_code,
                raw,
                host=host,
                secret=token,
                retry_after=retry_after,
                outcome_unknown=not repeatable and response.status_code >= 500,
            )
            if error.fbtrace_id is None:
                error.fbtrace_id = response.headers.get("x-fb-trace-id")
            if error.meta_answered and error.kind == "rate_limit" and error.retry_after is None:
                error.retry_after = parse_usage_wait(
                    response.headers.get("x-business-use-case-usage")
                )
            may_retry = error.auto_retry and (repeatable or error.meta_answered)
            if not may_retry or attempt >= max_attempts:
                raise error
            delay = self.retry.delay(attempt, error.retry_after, self._rng)
            if delay is None:
                raise error
            log.info(
                "%s answered HTTP %s code %s; retry %d in %.2fs",
                shown,
                response.status_code,
                error.code,
                attempt,
                delay,
            )
            await self._sleep(delay)

    async def _json(
        self,
        method: str,
        url: str,
        *,
        repeatable: bool,
        attempts: int | None = None,
        **kwargs: Any,
    ) -> Json:
        response = await self._request(
            method, url, repeatable=repeatable, attempts=attempts, **kwargs
        )
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise bad_response(
                response.status_code,
                response.content,
                host=urlsplit(url).netloc,
                secret=self._safe_token(),
                outcome_unknown=not repeatable,
            )
        return body

    def _safe_token(self) -> str | None:
        try:
            return self._current_token()
        except CloudApiError:
            return None

    async def _get(self, url: str, params: Mapping[str, Any] | None = None) -> Json:
        return await self._json("GET", url, repeatable=True, params=params)

    async def _success(self, method: str, url: str, *, repeatable: bool, **kwargs: Any) -> bool:
        body = await self._json(method, url, repeatable=repeatable, **kwargs)
        return body.get("success") is True

    async def _collect(self, url: str, params: Mapping[str, Any]) -> list[Json]:
        """Every item of a paged edge, following ``paging.next`` page by page.

        The next page is fetched from *our* base URL with the query of ``paging.next``
        (minus any ``access_token`` Meta put there) or with ``paging.cursors.after``, so
        the token never travels in a URL and a sandbox on another port still works.
        """
        items: list[Json] = []
        query: dict[str, Any] = dict(params)
        seen: set[tuple[tuple[str, str], ...]] = set()
        for _ in range(_MAX_PAGES):
            body = await self._get(url, query)
            data = body.get("data")
            if isinstance(data, list):
                items.extend(item for item in data if isinstance(item, dict))
            paging = body.get("paging")
            if not isinstance(paging, dict) or not paging.get("next"):
                break
            next_query = {
                k: v
                for k, v in parse_qsl(urlsplit(str(paging["next"])).query, keep_blank_values=True)
                if k != "access_token"
            }
            cursors = paging.get("cursors")
            after = cursors.get("after") if isinstance(cursors, dict) else None
            if next_query:
                query = next_query
            elif after:
                query = {**query, "after": after}
            else:
                break
            key = tuple(sorted((k, str(v)) for k, v in query.items()))
            if key in seen:  # a server repeating itself must not loop us forever
                break
            seen.add(key)
        return items

    # ------------------------------------------------------------------ messages

    async def send_message(self, phone_number_id: str, payload: Mapping[str, Any]) -> SendResult:
        """Send a raw message body (Meta's envelope); ``messaging_product`` is added.

        Never repeated once it may have reached Meta: on an unknown outcome the error has
        ``may_have_been_delivered=True``. To reconcile such a send later, put an id of
        your own in ``biz_opaque_callback_data``: Meta echoes it in status webhooks.
        """
        body = {"messaging_product": "whatsapp", **payload}
        url = self.url(phone_number_id, "messages")
        response = await self._request("POST", url, repeatable=False, json_body=body)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        result = payloads.parse_send_result(answer)
        if result is None:
            raise bad_response(
                response.status_code,
                response.content,
                host=self._host,
                secret=self._safe_token(),
                outcome_unknown=True,
            )
        return result

    async def send_text(
        self,
        phone_number_id: str,
        to: str | None,
        body: str,
        *,
        preview_url: bool = False,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        content = payloads.text_content(body, preview_url=preview_url)
        return await self.send_message(
            phone_number_id,
            payloads.envelope("text", content, to=to, recipient=recipient, reply_to=reply_to),
        )

    async def send_template(
        self,
        phone_number_id: str,
        to: str | None,
        name: str,
        language: str | Mapping[str, Any],
        components: Sequence[Mapping[str, Any]] | None = None,
        *,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        content = payloads.template_content(name, language, components)
        return await self.send_message(
            phone_number_id,
            payloads.envelope("template", content, to=to, recipient=recipient, reply_to=reply_to),
        )

    async def send_interactive(
        self,
        phone_number_id: str,
        to: str | None,
        interactive: Mapping[str, Any],
        *,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        return await self.send_message(
            phone_number_id,
            payloads.envelope(
                "interactive", dict(interactive), to=to, recipient=recipient, reply_to=reply_to
            ),
        )

    async def send_reply_buttons(
        self,
        phone_number_id: str,
        to: str | None,
        body: str,
        buttons: Sequence[tuple[str, str]],
        *,
        header: str | Mapping[str, Any] | None = None,
        footer: str | None = None,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        content = payloads.reply_buttons_content(body, buttons, header=header, footer=footer)
        return await self.send_interactive(
            phone_number_id, to, content, reply_to=reply_to, recipient=recipient
        )

    async def send_list(
        self,
        phone_number_id: str,
        to: str | None,
        body: str,
        button: str,
        sections: Sequence[Mapping[str, Any]],
        *,
        header: str | None = None,
        footer: str | None = None,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        content = payloads.list_content(body, button, sections, header=header, footer=footer)
        return await self.send_interactive(
            phone_number_id, to, content, reply_to=reply_to, recipient=recipient
        )

    async def send_media(
        self,
        phone_number_id: str,
        to: str | None,
        kind: str,
        *,
        media_id: str | None = None,
        link: str | None = None,
        caption: str | None = None,
        filename: str | None = None,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        content = payloads.media_content(
            kind, media_id=media_id, link=link, caption=caption, filename=filename
        )
        return await self.send_message(
            phone_number_id,
            payloads.envelope(kind, content, to=to, recipient=recipient, reply_to=reply_to),
        )

    async def send_location(
        self,
        phone_number_id: str,
        to: str | None,
        latitude: float,
        longitude: float,
        *,
        name: str | None = None,
        address: str | None = None,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        content = payloads.location_content(latitude, longitude, name=name, address=address)
        return await self.send_message(
            phone_number_id,
            payloads.envelope("location", content, to=to, recipient=recipient, reply_to=reply_to),
        )

    async def send_contacts(
        self,
        phone_number_id: str,
        to: str | None,
        contacts: Sequence[Mapping[str, Any]],
        *,
        reply_to: str | None = None,
        recipient: str | None = None,
    ) -> SendResult:
        if not contacts:
            raise ValueError("a contacts message needs at least one contact")
        content = [dict(c) for c in contacts]
        return await self.send_message(
            phone_number_id,
            payloads.envelope("contacts", content, to=to, recipient=recipient, reply_to=reply_to),
        )

    async def send_reaction(
        self,
        phone_number_id: str,
        to: str | None,
        message_id: str,
        emoji: str,
        *,
        recipient: str | None = None,
    ) -> SendResult:
        content = payloads.reaction_content(message_id, emoji)
        return await self.send_message(
            phone_number_id,
            payloads.envelope("reaction", content, to=to, recipient=recipient),
        )

    async def mark_read(
        self, phone_number_id: str, message_id: str, *, typing_indicator: bool = False
    ) -> bool:
        """Mark ``message_id`` (and earlier ones) read; optionally show "typing…"."""
        body = payloads.read_receipt(message_id, typing_indicator=typing_indicator)
        return await self._success(
            "POST", self.url(phone_number_id, "messages"), repeatable=True, json_body=body
        )

    # ------------------------------------------------------------------ templates

    async def list_templates(
        self,
        waba_id: str,
        *,
        fields: Iterable[str] | str | None = None,
        limit: int = 100,
        status: str | None = None,
        name: str | None = None,
    ) -> list[Json]:
        """All templates of a WABA (every page), optionally filtered by status or name."""
        params: dict[str, Any] = {"fields": _fields(fields, TEMPLATE_FIELDS), "limit": limit}
        if status:
            params["status"] = status
        if name:
            params["name"] = name
        return await self._collect(self.url(waba_id, "message_templates"), params)

    async def get_template(
        self, template_id: str, *, fields: Iterable[str] | str | None = None
    ) -> Json:
        return await self._get(self.url(template_id), {"fields": _fields(fields, TEMPLATE_FIELDS)})

    async def create_template(self, waba_id: str, template: Mapping[str, Any]) -> Json:
        """Submit a template for review → ``{"id", "status", "category"}``."""
        return await self._json(
            "POST",
            self.url(waba_id, "message_templates"),
            repeatable=False,
            json_body=dict(template),
        )

    async def edit_template(self, template_id: str, changes: Mapping[str, Any]) -> bool:
        """Replace ``category``/``components`` (full replacement) of a template."""
        return await self._success(
            "POST", self.url(template_id), repeatable=False, json_body=dict(changes)
        )

    async def delete_template(self, waba_id: str, name: str, *, hsm_id: str | None = None) -> bool:
        """Delete a template in every language, or only the one whose id is ``hsm_id``."""
        params = {"name": name}
        if hsm_id:
            params["hsm_id"] = hsm_id
        return await self._success(
            "DELETE", self.url(waba_id, "message_templates"), repeatable=True, params=params
        )

    # ------------------------------------------------------------------ accounts & numbers

    async def get_waba(self, waba_id: str, *, fields: Iterable[str] | str = WABA_FIELDS) -> Json:
        return await self._get(self.url(waba_id), {"fields": _fields(fields, WABA_FIELDS)})

    async def pricing_analytics(
        self,
        waba_id: str,
        *,
        start: int,
        end: int,
        granularity: str = "DAILY",
        dimensions: Sequence[str] = ("PRICING_CATEGORY", "PRICING_TYPE"),
    ) -> tuple[list[Json], str | None]:
        """Meta's own cost and volume of delivered messages in ``[start, end)`` (Unix s).

        ``GET /{waba-id}?fields=currency,pricing_analytics.start(..).end(..)
        .granularity(DAILY|HALF_HOUR|MONTHLY).dimensions(["PRICING_CATEGORY",...])``
        (Graph API reference "WhatsApp Business Account Pricing Analytics", v24-v25; the
        WhatsApp "Analytics" guide, Jun 2026: one year of lookback, UTC buckets). Returns
        the raw ``data_points`` (dicts only, every page: a further page is read from the
        ``/{waba-id}/pricing_analytics`` edge with the query of ``paging.next``) and the
        WABA's billing currency (``None`` when Meta left it out). The points are not
        trusted here: ``services/pricing/meta_figures.py`` reads them field by field.
        """
        spec = (
            f"pricing_analytics.start({int(start)}).end({int(end)})"
            f".granularity({granularity})"
            f".dimensions({json.dumps(list(dimensions), separators=(',', ':'))})"
        )
        body = await self._get(self.url(waba_id), {"fields": f"currency,{spec}"})
        currency = body.get("currency")
        block = body.get("pricing_analytics")
        points: list[Json] = []

        def take(groups: object) -> None:
            if isinstance(groups, list):
                for group in groups:
                    found = group.get("data_points") if isinstance(group, dict) else None
                    if isinstance(found, list):
                        points.extend(p for p in found if isinstance(p, dict))

        if isinstance(block, dict):
            take(block.get("data"))
            paging = block.get("paging")
            following = paging.get("next") if isinstance(paging, dict) else None
            if isinstance(following, str) and following:
                query = {
                    k: v
                    for k, v in parse_qsl(urlsplit(following).query, keep_blank_values=True)
                    if k != "access_token"
                }
                if query:
                    take(await self._collect(self.url(waba_id, "pricing_analytics"), query))
        return points, currency if isinstance(currency, str) and currency.strip() else None

    async def get_business(self, business_id: str) -> Json:
        return await self._get(self.url(business_id), {"fields": "id,name"})

    async def list_owned_wabas(self, business_id: str) -> list[Json]:
        return await self._collect(
            self.url(business_id, "owned_whatsapp_business_accounts"),
            {"fields": ",".join(WABA_FIELDS)},
        )

    async def list_phone_numbers(
        self, waba_id: str, *, fields: Iterable[str] | str | None = None
    ) -> list[Json]:
        return await self._collect(
            self.url(waba_id, "phone_numbers"), {"fields": _fields(fields, PHONE_NUMBER_FIELDS)}
        )

    async def get_phone_number(
        self, phone_number_id: str, *, fields: Iterable[str] | str | None = None
    ) -> Json:
        return await self._get(
            self.url(phone_number_id), {"fields": _fields(fields, PHONE_NUMBER_FIELDS)}
        )

    async def add_phone_number(
        self, waba_id: str, cc: str, phone_number: str, verified_name: str
    ) -> str:
        """Add a number to a WABA (unverified until its code is checked) → its new id."""
        body = {"cc": cc, "phone_number": phone_number, "verified_name": verified_name}
        created = await self._json(
            "POST", self.url(waba_id, "phone_numbers"), repeatable=False, json_body=body
        )
        return str(created["id"])

    async def request_code(
        self, phone_number_id: str, *, code_method: str = "SMS", language: str = "en_US"
    ) -> bool:
        """Ask Meta to send a verification code by SMS or VOICE.

        Meta documents the parameters both in the query string and as a JSON body; both
        carry the same values so either reading works.
        """
        params = {"code_method": code_method, "language": language}
        return await self._success(
            "POST",
            self.url(phone_number_id, "request_code"),
            repeatable=False,
            params=params,
            json_body=params,
        )

    async def verify_code(self, phone_number_id: str, code: str) -> bool:
        digits = "".join(ch for ch in str(code) if ch.isdigit())
        if not digits:
            raise ValueError("the verification code must contain digits")
        params = {"code": digits}
        return await self._success(
            "POST",
            self.url(phone_number_id, "verify_code"),
            repeatable=False,
            params=params,
            json_body=params,
        )

    async def register(
        self, phone_number_id: str, pin: str, *, data_localization_region: str | None = None
    ) -> bool:
        """Register a verified number for the Cloud API with its 6-digit two-step PIN."""
        body: dict[str, Any] = {"messaging_product": "whatsapp", "pin": str(pin)}
        if data_localization_region:
            body["data_localization_region"] = data_localization_region
        return await self._success(
            "POST", self.url(phone_number_id, "register"), repeatable=False, json_body=body
        )

    async def change_display_name(self, phone_number_id: str, new_name: str) -> bool:
        """Submit a new display name for review (``new_display_name``, as Meta documents)."""
        return await self._success(
            "POST",
            self.url(phone_number_id),
            repeatable=True,
            params={"new_display_name": new_name},
        )

    async def set_two_step_pin(self, phone_number_id: str, pin: str) -> bool:
        """Set or change the number's 6-digit two-step verification PIN."""
        return await self._success(
            "POST", self.url(phone_number_id), repeatable=True, json_body={"pin": str(pin)}
        )

    async def deregister(self, phone_number_id: str) -> bool:
        return await self._success(
            "POST", self.url(phone_number_id, "deregister"), repeatable=False
        )

    async def request_official_business_account(
        self, phone_number_id: str, request: Mapping[str, Any]
    ) -> bool:
        """Ask for the blue badge (website, supporting links, country, language, …)."""
        return await self._success(
            "POST",
            self.url(phone_number_id, "official_business_account"),
            repeatable=False,
            json_body=dict(request),
        )

    async def debug_token(self) -> Json:
        """What Meta knows of our own token: app, scopes and the assets each scope reaches."""
        body = await self._get(
            "/".join([self.base_url, self.version, "debug_token"]),
            {"input_token": self._current_token()},
        )
        data = body.get("data")
        return data if isinstance(data, dict) else {}

    async def upload_resumable(
        self, app_id: str, data: bytes, *, file_type: str, file_name: str
    ) -> str:
        """Resumable Upload API: open a session on the app, send the bytes → the file handle."""
        session = await self._json(
            "POST",
            self.url(app_id, "uploads"),
            repeatable=False,
            params={"file_name": file_name, "file_length": len(data), "file_type": file_type},
        )
        upload_id = str(session.get("id") or "")
        if not upload_id.startswith("upload:") or "/" in upload_id:
            raise bad_response(
                200,
                json.dumps(session).encode(),
                host=self._host,
                secret=self._safe_token(),
                outcome_unknown=False,
            )
        # the session id carries its own signature query: it is the path, unescaped
        done = await self._json(
            "POST",
            f"{self.base_url}/{self.version}/{upload_id}",
            repeatable=False,
            content=data,
            auth_scheme="OAuth",
            extra_headers={"file_offset": "0"},
        )
        return str(done.get("h") or "")

    async def get_business_profile(
        self, phone_number_id: str, *, fields: Iterable[str] | str | None = None
    ) -> Json:
        """The number's business profile (Meta wraps it in ``data[0]``; this unwraps it)."""
        url = self.url(phone_number_id, "whatsapp_business_profile")
        body = await self._get(url, {"fields": _fields(fields, PROFILE_FIELDS)})
        data = body.get("data")
        if isinstance(data, list) and data and isinstance(data[0], dict):
            return data[0]
        if "data" not in body and "error" not in body:
            return body
        raise from_info(
            BAD_RESPONSE,
            "business profile answer has no data",
            details=json.dumps(body)[:200],
            http_status=200,
            host=self._host,
        )

    async def update_business_profile(self, phone_number_id: str, **fields: Any) -> bool:
        """Change only the given fields (about, address, description, email, websites, …)."""
        if not fields:
            raise ValueError("give at least one business profile field to change")
        body = {"messaging_product": "whatsapp", **fields}
        return await self._success(
            "POST",
            self.url(phone_number_id, "whatsapp_business_profile"),
            repeatable=True,
            json_body=body,
        )

    # ------------------------------------------------------------------ media

    async def upload_media(
        self,
        phone_number_id: str,
        data: bytes,
        mime_type: str,
        filename: str,
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> str:
        """Upload bytes for sending → media id. Repeating an upload only leaves an unused
        copy that Meta deletes after 30 days, so it is retried like a read.

        ``progress(sent, total)`` is called as the file's bytes go out (again from 0 on a
        retry)."""
        file: bytes | _ProgressReader = data
        if progress is not None:
            file = _ProgressReader(data, progress)
        body = await self._json(
            "POST",
            self.url(phone_number_id, "media"),
            repeatable=True,
            data={"messaging_product": "whatsapp", "type": mime_type},
            files={"file": (filename, file, mime_type)},
        )
        media_id = body.get("id")
        if not isinstance(media_id, str | int) or isinstance(media_id, bool) or not media_id:
            raise from_info(
                BAD_RESPONSE,
                "media upload answer has no id",
                details=json.dumps(body)[:200],
                http_status=200,
                host=self._host,
            )
        return str(media_id)

    async def get_media(self, media_id: str, *, phone_number_id: str | None = None) -> Json:
        """``{"url", "mime_type", "sha256", "file_size", "id"}``; the url lives 5 minutes."""
        params = {"phone_number_id": phone_number_id} if phone_number_id else None
        return await self._get(self.url(media_id), params)

    async def download_media(
        self, media_id: str, *, phone_number_id: str | None = None
    ) -> tuple[bytes, str]:
        """The media's bytes and MIME type (fetches a fresh URL once if the first expired)."""
        for round_number in (1, 2):
            info = await self.get_media(media_id, phone_number_id=phone_number_id)
            url = info.get("url")
            if not isinstance(url, str) or not url:
                raise from_info(
                    BAD_RESPONSE,
                    "media answer has no url",
                    details=json.dumps(info)[:200],
                    http_status=200,
                    host=self._host,
                )
            self._check_media_url(url)
            try:
                response = await self._request("GET", url, repeatable=True, follow_redirects=True)
            except CloudApiError as error:
                if error.http_status == 404 and round_number == 1:
                    continue  # the URL expired between the two calls: ask for a new one
                raise
            content = response.content
            expected = info.get("sha256")
            if (
                isinstance(expected, str)
                and expected
                and hashlib.sha256(content).hexdigest() != expected.lower()
            ):
                raise from_info(
                    BAD_RESPONSE,
                    "downloaded media does not match its sha256",
                    details="sha256 mismatch",
                    http_status=response.status_code,
                    host=urlsplit(url).netloc,
                )
            mime = info.get("mime_type")
            if not isinstance(mime, str) or not mime:
                mime = response.headers.get("content-type", "application/octet-stream")
            return content, mime.split(";")[0].strip()
        raise AssertionError("unreachable")  # pragma: no cover

    def _check_media_url(self, url: str) -> None:
        """The bearer token goes only to HTTPS hosts or to our own (sandbox) origin."""
        parts = urlsplit(url)
        own = urlsplit(self.base_url)
        if parts.scheme == "https" or (parts.scheme, parts.netloc) == (own.scheme, own.netloc):
            return
        raise from_info(
            UNSAFE_MEDIA_URL,
            "refused to send the access token to a non-HTTPS media URL",
            details=f"{parts.scheme}://{parts.netloc}",
            host=parts.netloc,
        )

    async def delete_media(self, media_id: str, *, phone_number_id: str | None = None) -> bool:
        params = {"phone_number_id": phone_number_id} if phone_number_id else None
        return await self._success("DELETE", self.url(media_id), repeatable=True, params=params)

    # ------------------------------------------------------------------ health

    async def ping(self, object_id: str) -> bool:
        """Cheap health check: ``GET /{object_id}?fields=id`` for a WABA or number id, once.

        True when the API answered; otherwise raises the CloudApiError that says why
        (network, token, permission…), which the status bar can show as is.
        """
        body = await self._json(
            "GET", self.url(object_id), repeatable=True, attempts=1, params={"fields": "id"}
        )
        return "id" in body


class _ProgressReader(io.BytesIO):
    """The upload's bytes, telling ``progress`` how many the request has read so far."""

    def __init__(self, data: bytes, progress: Callable[[int, int], None]) -> None:
        super().__init__(data)
        self._total = len(data)
        self._progress = progress

    def read(self, size: int | None = -1, /) -> bytes:
        chunk = super().read(size)
        try:
            self._progress(self.tell(), self._total)
        except Exception:  # a progress display must never break the upload
            log.warning("upload progress callback failed", exc_info=True)
        return chunk
