"""A loopback Graph API that answers ``debug_token`` and WABA reads the way Meta does,
Meta-shaped errors included, for the add-an-account checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


def meta_error(status: int, code: int, message: str, subcode: int | None = None) -> web.Response:
    error: dict[str, Any] = {
        "message": message,
        "type": "OAuthException" if code != 100 else "GraphMethodException",
        "code": code,
        "fbtrace_id": "AbCdEf123456",
    }
    if subcode is not None:
        error["error_subcode"] = subcode
    return web.json_response({"error": error}, status=status)


@dataclass
class FakeGraph:
    token: str = "live-token"
    valid: bool = True
    scopes: dict[str, list[str]] = field(default_factory=dict)  # scope → target ids ([]: all)
    wabas: dict[str, str] = field(default_factory=dict)  # id → name the token may read
    requests: list[str] = field(default_factory=list)
    url: str = ""
    _runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/v25.0/debug_token", self._debug_token)
        app.router.add_get("/v25.0/{id}", self._object)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _token_ok(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.token}" and self.valid

    async def _debug_token(self, request: web.Request) -> web.Response:
        self.requests.append("debug_token")
        if request.query.get("input_token") != self.token or not self.valid:
            return web.json_response(
                {
                    "data": {
                        "is_valid": False,
                        "error": {
                            "code": 190,
                            "message": "Error validating access token: Session has expired.",
                            "subcode": 463,
                        },
                        "scopes": [],
                    }
                }
            )
        return web.json_response(
            {
                "data": {
                    "app_id": "880213655432177",
                    "type": "SYSTEM_USER",
                    "application": "Shop desk",
                    "is_valid": True,
                    "expires_at": 0,
                    "scopes": [*self.scopes, "public_profile"],
                    "granular_scopes": [
                        {"scope": s, "target_ids": ids} if ids else {"scope": s}
                        for s, ids in self.scopes.items()
                    ],
                }
            }
        )

    async def _object(self, request: web.Request) -> web.Response:
        object_id = request.match_info["id"]
        self.requests.append(object_id)
        if not self._token_ok(request):
            return meta_error(401, 190, "Error validating access token: Session has expired.", 463)
        if "whatsapp_business_management" not in self.scopes:
            return meta_error(403, 200, "(#200) Permissions error")
        if object_id not in self.wabas:
            return meta_error(
                400,
                100,
                f"Unsupported get request. Object with ID '{object_id}' does not exist, cannot "
                "be loaded due to missing permissions, or does not support this operation. "
                "Please read the Graph API documentation at "
                "https://developers.facebook.com/docs/graph-api",
                33,
            )
        return web.json_response({"id": object_id, "name": self.wabas[object_id]})
