"""The sandbox's test-environment controls over its HTTP control API (``/_sandbox/...``).

In sandbox mode the Numbers page manages the test number's allowed recipients (Meta's cap
of 5) and can make quality drop or the messaging limit change on demand, so every flow can be
tried without a real number. This talks HTTP only: services never import the sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from desktop.services.http_tls import tls_for

ALLOWED_RECIPIENTS_CAP = 5


class SandboxControlError(Exception):
    """The sandbox refused (for example a sixth recipient); the message says why."""


@dataclass(frozen=True)
class TestNumber:
    phone_number_id: str
    display_phone_number: str
    allowed_recipients: tuple[str, ...]


class SandboxControls:
    """A client per call: these are rare clicks, and nothing is left open at shutdown."""

    def __init__(self, base_url: str, token: str, *, timeout: float = 10.0) -> None:
        self._base = f"{base_url.rstrip('/')}/_sandbox"
        self._headers = {"Authorization": f"Bearer {token}"}
        self._timeout = timeout

    async def test_numbers(self) -> list[TestNumber]:
        state = await self._call("GET", "state")
        return [
            TestNumber(n["id"], n["display_phone_number"], tuple(n.get("allowed_recipients") or ()))
            for n in state.get("phone_numbers", [])
            if n.get("is_test_number")
        ]

    async def allow(self, phone_number_id: str, wa_id: str) -> tuple[str, ...]:
        body = {"phone_number_id": phone_number_id, "wa_id": wa_id}
        result = await self._call("POST", "numbers/allowed/add", body)
        return tuple(result.get("allowed_recipients") or ())

    async def disallow(self, phone_number_id: str, wa_id: str) -> tuple[str, ...]:
        body = {"phone_number_id": phone_number_id, "wa_id": wa_id}
        result = await self._call("POST", "numbers/allowed/remove", body)
        return tuple(result.get("allowed_recipients") or ())

    async def set_quality(self, phone_number_id: str, rating: str) -> None:
        body = {"phone_number_id": phone_number_id, "rating": rating}
        await self._call("POST", "numbers/quality", body)

    async def decide_badge(self, phone_number_id: str, decision: str) -> None:
        """Meta's answer to a blue-badge request: ``APPROVED`` or ``REJECTED``."""
        body = {"phone_number_id": phone_number_id, "decision": decision}
        await self._call("POST", "numbers/badge", body)

    async def set_limit(self, tier: str) -> None:
        await self._call("POST", "numbers/limit", {"tier": tier})

    async def _call(
        self, method: str, path: str, body: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        async with httpx.AsyncClient(
            base_url=self._base,
            headers=self._headers,
            timeout=self._timeout,
            verify=tls_for(self._base),
        ) as client:
            response = await client.request(method, f"/{path}", json=body)
        data = response.json()
        if response.status_code >= 400:
            raise SandboxControlError(str(data.get("error", {}).get("message", response.text)))
        return dict(data)
