"""`SandboxServer`: the Cloud API simulator's HTTP face and its Python control surface.

It answers ``/{version}/...`` like ``graph.facebook.com`` (same paths, JSON and error
envelope), serves media bytes on its own host, and offers ``/_sandbox/...`` control
endpoints. The app runs it in-process; ``wabadesk sandbox`` runs it alone.
"""

from __future__ import annotations

import base64
import errno
import json
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from desktop.sandbox import pricing_analytics as analytics
from desktop.sandbox import seed
from desktop.sandbox.errors import (
    GraphError,
    SandboxError,
    SandboxStartError,
    invalid_parameter,
    invalid_token,
    invalid_value,
    missing_parameter,
    new_fbtrace_id,
    unknown_object,
    unknown_path,
)
from desktop.sandbox.number_admin import VERIFICATION_CODE, NumberAdmin, check_pin
from desktop.sandbox.send_validation import check_message, normalise_recipient
from desktop.sandbox.simulation import Simulation, Timing, media_url
from desktop.sandbox.state import IdSource, Media, PhoneNumber, SandboxWorld, Template, Waba
from desktop.sandbox.template_review import check_components, check_create, param_mismatch
from desktop.sandbox.webhook_delivery import WebhookDispatcher

log = logging.getLogger(__name__)

VERSION_RE = r"v\d+\.\d+"
#: The Meta app the sandbox token belongs to (``debug_token``, ``/{app-id}/uploads``).
APP_ID = "880213655432177"
RESUMABLE_TYPES = ("image/jpeg", "image/jpg", "image/png", "video/mp4", "application/pdf")
# a media header's sample: the start of the uploaded file's type it must have
HEADER_SAMPLE_TYPES = {"IMAGE": "image/", "VIDEO": "video/", "DOCUMENT": "application/pdf"}
# the largest file per type a template header sample may be (reference §7.3), in MB
RESUMABLE_LIMITS_MB = {
    "image/jpeg": 5,
    "image/jpg": 5,
    "image/png": 5,
    "video/mp4": 16,
    "application/pdf": 100,
}
UPLOAD_MIME_TYPES = {
    "audio/aac": 16,
    "audio/amr": 16,
    "audio/mpeg": 16,
    "audio/mp4": 16,
    "audio/ogg": 16,
    "text/plain": 100,
    "application/pdf": 100,
    "application/msword": 100,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": 100,
    "application/vnd.ms-excel": 100,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": 100,
    "application/vnd.ms-powerpoint": 100,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": 100,
    "image/jpeg": 5,
    "image/png": 5,
    "image/webp": 1,
    "video/mp4": 16,
    "video/3gpp": 16,
}
PROFILE_FIELDS = (
    "about",
    "address",
    "description",
    "email",
    "profile_picture_url",
    "websites",
    "vertical",
)
VERTICALS = [
    "UNDEFINED",
    "OTHER",
    "AUTO",
    "BEAUTY",
    "APPAREL",
    "EDU",
    "ENTERTAIN",
    "EVENT_PLAN",
    "FINANCE",
    "GROCERY",
    "GOVT",
    "HOTEL",
    "HEALTH",
    "NONPROFIT",
    "PROF_SERVICES",
    "RETAIL",
    "TRAVEL",
    "RESTAURANT",
    "ALCOHOL",
    "ONLINE_GAMBLING",
    "PHYSICAL_GAMBLING",
    "OTC_DRUGS",
    "NOT_A_BIZ",
]
Handler = Callable[[web.Request, dict[str, Any]], Awaitable[Any]]


def _select(obj: dict[str, Any], fields: str | None, default: tuple[str, ...]) -> dict[str, Any]:
    wanted = [f.strip() for f in fields.split(",") if f.strip()] if fields else list(default)
    out = {key: obj[key] for key in wanted if key in obj}
    out["id"] = obj["id"]
    return out


class SandboxServer:
    """A local Cloud API simulator with seeded demo data and simulated customers."""

    def __init__(
        self,
        *,
        webhook_url: str | None,
        app_secret: str,
        access_token: str = "sandbox-token",
        seed: int | None = 0,
        customer_interval: float = 20.0,
        review_delay: float = 5.0,
        status_delay: float = 0.8,
        read_delay: float = 3.0,
        simulate_customers: bool = True,
        webhook_retry_base: float = 1.0,
        webhook_retry_max: float = 60.0,
    ) -> None:
        self._rng = random.Random(seed)
        self.access_token = access_token
        self._webhook_url = webhook_url
        self._app_secret = app_secret
        self._retry = (webhook_retry_base, webhook_retry_max)
        self._timing = Timing(customer_interval, review_delay, status_delay, read_delay)
        self._simulate_customers = simulate_customers
        # The seed fixes the demo world (accounts, numbers, customers); ids made while running
        # (wamids, media, new templates) must differ between runs, or a restarted sandbox
        # would hand out wamids the app's database already holds.
        self.ids = IdSource(random.Random())
        self.world: SandboxWorld = _build_world(self._rng)
        self.business_id = self.world.business.id
        self.waba_ids = list(self.world.wabas)
        self.phone_number_ids = list(self.world.numbers)
        self.numbers_admin = NumberAdmin(
            self.world,
            lambda: self.ids.graph_id("1"),
            lambda: self._dispatcher,
            lambda coro: self.sim.spawn(coro),
            lambda: self._timing.review_delay,
        )
        self.base_url = ""
        self._dispatcher: WebhookDispatcher | None = None
        # Resumable Upload API: open sessions (id → signature, type, length) and handles made
        self._upload_sessions: dict[str, tuple[str, str, int]] = {}
        self.upload_handles: dict[str, bytes] = {}
        self.upload_types: dict[str, str] = {}  # handle → the file_type it was opened with
        # scopes and the WABAs each reaches, as debug_token reports them (tests change these)
        self.token_scopes: dict[str, list[str]] = {
            "whatsapp_business_management": list(self.world.wabas),
            "whatsapp_business_messaging": list(self.world.wabas),
            "business_management": [self.world.business.id],
        }
        self._sim: Simulation | None = None
        self._runner: web.AppRunner | None = None

    # -- public API ----------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (0 = a free port); returns the base URL."""
        if self._runner is not None:
            raise SandboxError("The sandbox is already running; stop it first.")
        app = web.Application(client_max_size=120 * 1024 * 1024)
        app.router.add_route("*", "/_sandbox/{action:.*}", self._control)
        app.router.add_get("/whatsapp_business/attachments/", self._download)
        app.router.add_route("*", "/{version:" + VERSION_RE + "}/{tail:.*}", self._graph)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port, reuse_address=False)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            if exc.errno in (errno.EADDRINUSE, 10048):
                raise SandboxStartError(
                    exc.errno,
                    f"port {port} on {host} is already in use: choose another with --port "
                    "or stop the program using it",
                ) from exc
            raise SandboxStartError(
                exc.errno or 0, f"cannot listen on {host}:{port}: {exc.strerror or exc}"
            ) from exc
        self._runner = runner
        bound_port = runner.addresses[0][1] if runner.addresses else port
        self.base_url = f"http://{host}:{bound_port}"
        self._dispatcher = WebhookDispatcher(
            url=self._webhook_url,
            app_secret=self._app_secret,
            rng=self._rng,
            retry_base=self._retry[0],
            retry_max=self._retry[1],
        )
        self._sim = Simulation(
            self.world,
            self.ids,
            self._rng,
            self._dispatcher,
            self._timing,
            simulate_customers=self._simulate_customers,
        )
        self._sim.base_url = self.base_url
        self._sim.start()
        return self.base_url

    async def stop(self) -> None:
        if self._sim is not None:
            await self._sim.stop()
        if self._dispatcher is not None:
            await self._dispatcher.close()
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = None

    def set_webhook(self, url: str, app_secret: str) -> None:
        self._webhook_url, self._app_secret = url, app_secret
        if self._dispatcher is not None:
            self._dispatcher.configure(url, app_secret)

    def pause_customers(self) -> None:
        self.sim.customers_paused = True

    def resume_customers(self) -> None:
        self.sim.customers_paused = False

    @property
    def customers_paused(self) -> bool:
        return self._sim.customers_paused if self._sim else False

    async def customer_says(
        self,
        phone_number_id: str,
        sender: str,
        text: str | None = None,
        *,
        type: str = "text",
        payload: dict[str, Any] | None = None,
    ) -> str:
        """Make a customer write now; returns the inbound wamid (its webhook is queued)."""
        return await self.sim.customer_says(
            phone_number_id, sender, text, type=type, payload=payload
        )

    async def flush_webhooks(self, timeout: float = 5.0) -> None:
        """Wait until every queued webhook was accepted by the receiver."""
        if self._dispatcher is not None:
            await self._dispatcher.flush(timeout)

    def expire_window(self, phone_number_id: str, customer: str) -> None:
        """Make the customer's last message older than 24 h (tests, demos)."""
        found = self.world.find_customer(customer)
        key = found.user_id if found else customer
        self.world.last_inbound[(phone_number_id, key)] = time.time() - 25 * 3600

    @property
    def sim(self) -> Simulation:
        if self._sim is None:
            raise SandboxError("The sandbox is not running: await start() first.")
        return self._sim

    def state(self) -> dict[str, Any]:
        """A JSON-able picture of the sandbox for the app, tests and ``/_sandbox/state``."""
        now = time.time()
        stats = self._dispatcher.stats if self._dispatcher else None
        return {
            "base_url": self.base_url,
            "business": {"id": self.world.business.id, "name": self.world.business.name},
            "wabas": [{"id": w.id, "name": w.name} for w in self.world.wabas.values()],
            "phone_numbers": [
                {
                    "id": n.id,
                    "waba_id": n.waba_id,
                    "display_phone_number": n.display_phone_number,
                    "verified_name": n.verified_name,
                    "is_test_number": n.is_test,
                    "registered": n.registered,
                    "allowed_recipients": list(n.allowed_recipients),
                }
                for n in self.world.numbers.values()
            ],
            "customers": [
                {
                    "user_id": c.user_id,
                    "wa_id": c.wa_id,
                    "name": c.name,
                    "username": c.username,
                    "language": c.language,
                    "phone_number_id": c.home_number_id,
                    "window_open": self.world.window_open(c.home_number_id, c.user_id, now),
                }
                for c in self.world.customers.values()
            ],
            "templates": len(self.world.templates),
            "customers_paused": self.customers_paused,
            "verification_code": VERIFICATION_CODE,
            "webhooks": {
                "url": self._webhook_url,
                "pending": self._dispatcher.pending if self._dispatcher else 0,
                "delivered_posts": stats.delivered_posts if stats else 0,
                "failed_attempts": stats.failed_attempts if stats else 0,
                "last_error": stats.last_error if stats else "",
            },
        }

    # -- HTTP plumbing -------------------------------------------------------------------

    def _error_response(self, error: GraphError) -> web.Response:
        trace = new_fbtrace_id(self._rng)
        return web.json_response(
            error.body(trace),
            status=error.http_status,
            headers={"x-fb-trace-id": trace, "WWW-Authenticate": 'OAuth "Facebook Platform"'}
            if error.http_status == 401
            else {"x-fb-trace-id": trace},
        )

    def _authorised(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        token = value.strip() if scheme.lower() in ("bearer", "oauth") else ""
        token = token or request.query.get("access_token", "")
        return token == self.access_token

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        params.pop("access_token", None)
        if request.method in ("POST", "DELETE") and request.can_read_body:
            ctype = request.content_type
            if ctype == "application/json":
                try:
                    body = await request.json()
                except (json.JSONDecodeError, UnicodeDecodeError):
                    raise invalid_parameter("The request body is not valid JSON.") from None
                if not isinstance(body, dict):
                    raise invalid_parameter("The request body must be a JSON object.")
                params.update(body)
            elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    params[key] = value
                    if isinstance(value, str) and value[:1] in "[{":
                        try:
                            params[key] = json.loads(value)
                        except json.JSONDecodeError:
                            pass
        return params

    async def _graph(self, request: web.Request) -> web.StreamResponse:
        try:
            if not self._authorised(request):
                raise invalid_token()
            params = await self._params(request)
            parts = [p for p in request.match_info["tail"].split("/") if p]
            result = await self._dispatch(request, parts, params)
            return web.json_response(result, dumps=lambda o: json.dumps(o, ensure_ascii=False))
        except GraphError as error:
            return self._error_response(error)

    async def _dispatch(
        self, request: web.Request, parts: list[str], params: dict[str, Any]
    ) -> Any:
        method = request.method
        if not parts:
            raise unknown_path("")
        obj_id, edge = parts[0], "/".join(parts[1:])
        world = self.world
        if obj_id == "debug_token" and not edge and method == "GET":
            return {"data": self._debug_token(params)}
        if obj_id == APP_ID and edge == "uploads" and method == "POST":
            return self._open_upload(params)
        if obj_id.startswith("upload:") and not edge and method == "POST":
            return await self._finish_upload(request, obj_id, params)
        if obj_id == world.business.id:
            if edge == "" and method == "GET":
                return _select(
                    {"id": obj_id, "name": world.business.name, "verification_status": "verified"},
                    params.get("fields"),
                    ("id", "name"),
                )
            if edge in ("owned_whatsapp_business_accounts", "client_whatsapp_business_accounts"):
                wabas = list(world.wabas.values()) if edge.startswith("owned") else []
                rows = [
                    _select(self._waba_obj(w), params.get("fields"), WABA_DEFAULT) for w in wabas
                ]
                return self._page(request, rows, params)
        elif obj_id in world.wabas:
            return await self._waba(request, world.wabas[obj_id], edge, params)
        elif obj_id in world.numbers:
            return await self._number(request, world.numbers[obj_id], edge, params)
        elif obj_id in world.templates:
            return self._template(request, world.templates[obj_id], edge, params)
        elif obj_id in world.media:
            return self._media(request, world.media[obj_id], edge)
        else:
            raise unknown_object(obj_id, method)
        raise unknown_path("/".join(parts))

    def _page(
        self, request: web.Request, rows: list[dict[str, Any]], params: dict[str, Any]
    ) -> dict[str, Any]:
        try:
            limit = max(1, min(int(params.get("limit", 25)), 1000))
        except ValueError:
            raise invalid_parameter("Param limit must be an integer.") from None
        start = 0
        if params.get("after"):
            start = _decode_cursor(params["after"]) + 1
        elif params.get("before"):
            start = max(0, _decode_cursor(params["before"]) - limit)
        page = rows[start : start + limit]
        result: dict[str, Any] = {"data": page}
        if page:
            paging: dict[str, Any] = {
                "cursors": {
                    "before": _encode_cursor(start),
                    "after": _encode_cursor(start + len(page) - 1),
                }
            }
            query = {k: v for k, v in request.query.items() if k not in ("after", "before")}
            if start + limit < len(rows):
                paging["next"] = str(
                    request.url.with_query(
                        {**query, "limit": str(limit), "after": paging["cursors"]["after"]}
                    )
                )
            if start > 0:
                paging["previous"] = str(
                    request.url.with_query(
                        {**query, "limit": str(limit), "before": paging["cursors"]["before"]}
                    )
                )
            result["paging"] = paging
        return result

    # -- WABA ----------------------------------------------------------------------------

    def _waba_obj(self, waba: Waba) -> dict[str, Any]:
        return {
            "id": waba.id,
            "name": waba.name,
            "currency": waba.currency,
            "timezone_id": waba.timezone_id,
            "message_template_namespace": waba.message_template_namespace,
            "account_review_status": waba.account_review_status,
            "business_verification_status": waba.business_verification_status,
            "country": waba.country,
            "ownership_type": waba.ownership_type,
            "on_behalf_of_business_info": {
                "name": self.world.business.name,
                "id": self.world.business.id,
                "status": "APPROVED",
                "type": "SELF",
            },
        }

    def _waba_fields(self, waba: Waba, fields: str | None) -> dict[str, Any]:
        """The WABA node; ``pricing_analytics.start(..)...`` among the fields is computed."""
        wanted = analytics.split_fields(fields) if fields else list(WABA_DEFAULT)
        plain = [f for f in wanted if not f.startswith(analytics.FIELD)]
        out = _select(self._waba_obj(waba), ",".join(plain), WABA_DEFAULT) if plain else {}
        for spec in wanted:
            if spec.startswith(analytics.FIELD):
                modifiers: dict[str, object] = dict(analytics.field_modifiers(spec))
                out[analytics.FIELD] = analytics.pricing_analytics(self.world, waba.id, modifiers)
        out["id"] = waba.id
        return out

    async def _waba(
        self, request: web.Request, waba: Waba, edge: str, params: dict[str, Any]
    ) -> Any:
        method = request.method
        if edge == "" and method == "GET":
            return self._waba_fields(waba, params.get("fields"))
        if edge == analytics.FIELD and method == "GET":
            return analytics.pricing_analytics(self.world, waba.id, params)
        if edge == "phone_numbers" and method == "GET":
            rows = [
                _select(self._number_obj(n), params.get("fields"), NUMBER_DEFAULT)
                for n in self.world.numbers_of(waba.id)
            ]
            return self._page(request, rows, params)
        if edge == "phone_numbers" and method == "POST":
            return self.numbers_admin.create_number(waba, params)
        if edge == "subscribed_apps":
            if method == "GET":
                return {"data": [{"whatsapp_business_api_data": {"name": "WABA Desk Sandbox"}}]}
            return {"success": True}
        if edge == "message_templates":
            if method == "GET":
                return self._list_templates(request, waba, params)
            if method == "POST":
                return self._create_template(waba, params)
            if method == "DELETE":
                return self._delete_templates(waba, params)
        raise unknown_path(f"{waba.id}/{edge}")

    # -- templates -----------------------------------------------------------------------

    def _list_templates(
        self, request: web.Request, waba: Waba, params: dict[str, Any]
    ) -> dict[str, Any]:
        templates = sorted(
            (t for t in self.world.templates.values() if t.waba_id == waba.id),
            key=lambda t: (-t.created_at, t.id),
        )
        filters = {k: params[k] for k in ("name", "status", "category", "language") if k in params}
        rows = []
        for template in templates:
            obj = template.as_graph()
            if any(str(obj.get(k, "")).upper() != str(v).upper() for k, v in filters.items()):
                continue
            rows.append(_select(obj, params.get("fields"), TEMPLATE_DEFAULT))
        return self._page(request, rows, params)

    def _create_template(self, waba: Waba, params: dict[str, Any]) -> dict[str, Any]:
        check_create(params)
        self._check_header_sample(params.get("components"))
        for other in self.world.templates.values():
            if (
                other.waba_id == waba.id
                and other.name == params["name"]
                and other.language == params["language"]
            ):
                raise GraphError(
                    100,
                    "Invalid parameter",
                    f"Content in this language already exists: {params['name']} "
                    f"({params['language']}). Edit the template or use another name.",
                    subcode=2388024,
                )
        template = Template(
            id=str(self._rng.randrange(10**15, 10**16)),
            waba_id=waba.id,
            name=params["name"],
            language=params["language"],
            category=params["category"],
            components=params["components"],
            parameter_format=str(params.get("parameter_format", "POSITIONAL")).upper(),
            status="PENDING",
        )
        self.world.templates[template.id] = template
        self.sim.schedule_review(template)
        return {"id": template.id, "status": "PENDING", "category": template.category}

    def _check_header_sample(self, components: Any) -> None:
        """A media header's example must be a handle from the Resumable Upload API, of a
        file of the header's kind (Meta refuses the template otherwise)."""
        for component in components if isinstance(components, list) else []:
            if not isinstance(component, dict) or component.get("type") != "HEADER":
                continue
            kind = HEADER_SAMPLE_TYPES.get(str(component.get("format", "")).upper())
            example = component.get("example")
            handles = example.get("header_handle") if isinstance(example, dict) else None
            if kind is None or not isinstance(handles, list) or not handles:
                continue
            uploaded = self.upload_types.get(str(handles[0]))
            if uploaded is None or not uploaded.startswith(kind):
                raise GraphError(
                    100,
                    "Invalid parameter",
                    "The media handle in the header example is invalid. Upload the sample "
                    "file with the Resumable Upload API and use the handle it returns.",
                    subcode=2494102,
                )

    def _delete_templates(self, waba: Waba, params: dict[str, Any]) -> dict[str, Any]:
        name = params.get("name")
        if not name:
            raise missing_parameter("The parameter name is required.")
        hsm_id = params.get("hsm_id")
        doomed = [
            t
            for t in self.world.templates.values()
            if t.waba_id == waba.id and t.name == name and (not hsm_id or t.id == str(hsm_id))
        ]
        if not doomed:
            raise GraphError(
                100,
                "Invalid parameter",
                f'Message template "{name}" was not found: refresh the template list.',
                subcode=2593002,
            )
        for template in doomed:
            del self.world.templates[template.id]
        return {"success": True}

    def _template(
        self, request: web.Request, template: Template, edge: str, params: dict[str, Any]
    ) -> Any:
        method = request.method
        if edge == "" and method == "GET":
            return _select(template.as_graph(), params.get("fields"), TEMPLATE_DEFAULT)
        if edge == "" and method == "POST":
            if template.status not in ("APPROVED", "REJECTED", "PAUSED"):
                raise GraphError(
                    100,
                    "Invalid parameter",
                    f"Template status {template.status} can't be edited: wait for the review.",
                    subcode=2388039,
                )
            category = params.get("category")
            if category and category != template.category:
                if template.status == "APPROVED":
                    raise invalid_parameter(
                        "The category of an approved template can't be changed."
                    )
                template.category = category
            components = params.get("components")
            if components is not None:
                if not isinstance(components, list):
                    raise invalid_parameter("Param components must be an array.")
                check_components(components)
                template.components = components
            template.status = "PENDING"
            template.rejected_reason = "NONE"
            self.sim.schedule_review(template)
            return {"success": True}
        if edge == "unpause" and method == "POST":
            if template.status == "PAUSED":
                template.status = "APPROVED"
            return {"success": True, "reason": None}
        raise unknown_path(f"{template.id}/{edge}")

    # -- phone numbers -------------------------------------------------------------------

    def _number_obj(self, n: PhoneNumber) -> dict[str, Any]:
        return {
            "id": n.id,
            "display_phone_number": n.display_phone_number,
            "verified_name": n.verified_name,
            "code_verification_status": n.code_verification_status,
            "quality_rating": n.quality_rating,
            "platform_type": n.platform_type,
            "throughput": {"level": n.throughput_level},
            "status": n.status,
            "name_status": n.name_status,
            "is_official_business_account": n.oba_status == "APPROVED",
            "official_business_account": {"oba_status": n.oba_status},
            "is_pin_enabled": n.pin is not None,
            "whatsapp_business_manager_messaging_limit": n.messaging_limit,
            "account_mode": n.account_mode,
            "last_onboarded_time": n.last_onboarded_time,
            "webhook_configuration": {"application": self._webhook_url or ""},
            "health_status": {"can_send_message": "AVAILABLE" if n.registered else "BLOCKED"},
        }

    async def _number(
        self, request: web.Request, number: PhoneNumber, edge: str, params: dict[str, Any]
    ) -> Any:
        method = request.method
        if edge == "" and method == "GET":
            return _select(self._number_obj(number), params.get("fields"), NUMBER_DEFAULT)
        if edge == "" and method == "POST":
            if "pin" in params:
                number.pin = check_pin(params["pin"])
            if "new_display_name" in params:
                self.numbers_admin.rename(number, str(params["new_display_name"]))
            return {"success": True}
        if method != "POST" and edge not in ("whatsapp_business_profile",):
            raise unknown_path(f"{number.id}/{edge}")
        if edge == "messages":
            return self._send(number, params)
        if edge == "media":
            return await self._upload(number, params)
        if edge in ("request_code", "verify_code"):
            admin = self.numbers_admin
            handler = admin.request_code if edge == "request_code" else admin.verify_code
            return handler(number, params)
        if edge in ("register", "deregister"):
            return self.numbers_admin.register(number, edge, params)
        if edge == "official_business_account":
            return self.numbers_admin.request_badge(number, params)
        if edge == "whatsapp_business_profile":
            if method == "GET":
                profile = {k: number.profile.get(k) for k in PROFILE_FIELDS if k in number.profile}
                fields = params.get("fields")
                if fields:
                    wanted = {f.strip() for f in str(fields).split(",")}
                    profile = {k: v for k, v in profile.items() if k in wanted}
                profile["messaging_product"] = "whatsapp"
                return {"data": [profile]}
            if method == "POST":
                handle = params.get("profile_picture_handle")
                if handle is not None and handle not in self.upload_handles:
                    raise invalid_parameter(
                        "Param profile_picture_handle must be a handle from the Resumable "
                        "Upload API."
                    )
                number.profile.update(_check_profile(params))
                return {"success": True}
        raise unknown_path(f"{number.id}/{edge}")

    # -- token and resumable uploads ------------------------------------------------------

    def _debug_token(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("input_token") != self.access_token:
            return {
                "is_valid": False,
                "error": {"code": 190, "message": "Invalid OAuth access token."},
            }
        return {
            "app_id": APP_ID,
            "type": "SYSTEM_USER",
            "application": "WABA Desk Sandbox",
            "is_valid": True,
            "expires_at": 0,
            "scopes": list(self.token_scopes),
            "granular_scopes": [
                {"scope": scope, "target_ids": list(ids)}
                for scope, ids in self.token_scopes.items()
            ],
        }

    def _open_upload(self, params: dict[str, Any]) -> dict[str, Any]:
        file_type = str(params.get("file_type") or "")
        if file_type not in RESUMABLE_TYPES:
            raise invalid_parameter(
                f"Param file_type must be one of {{{', '.join(RESUMABLE_TYPES)}}}."
            )
        try:
            length = int(params.get("file_length") or 0)
        except ValueError:
            length = 0
        if length <= 0:
            raise invalid_parameter("Param file_length must be a positive integer.")
        if length > RESUMABLE_LIMITS_MB[file_type] * 1024 * 1024:
            raise invalid_parameter(
                f"File size exceeds the limit of {RESUMABLE_LIMITS_MB[file_type]} MB "
                f"for {file_type}."
            )
        session = "upload:" + base64.urlsafe_b64encode(self.ids.graph_id("9").encode()).decode()
        signature = "ARb" + str(self._rng.randrange(10**9))
        self._upload_sessions[session] = (signature, file_type, length)
        return {"id": f"{session}?sig={signature}"}

    async def _finish_upload(
        self, request: web.Request, session: str, params: dict[str, Any]
    ) -> dict[str, Any]:
        known = self._upload_sessions.get(session)
        if known is None or params.get("sig") != known[0]:
            raise unknown_object(session, "POST")
        if request.headers.get("file_offset") != "0":
            raise invalid_parameter("Header file_offset must be 0 for a new upload.")
        data = await request.read()
        if len(data) != known[2]:
            raise invalid_parameter(
                f"The file is {len(data)} bytes; the upload session expects {known[2]}."
            )
        del self._upload_sessions[session]
        handle = "4::" + base64.urlsafe_b64encode(self.ids.graph_id("4").encode()).decode()
        self.upload_handles[handle] = data
        self.upload_types[handle] = known[1]
        return {"h": handle}

    # -- media ---------------------------------------------------------------------------

    async def _upload(self, number: PhoneNumber, params: dict[str, Any]) -> dict[str, Any]:
        upload = params.get("file")
        if not isinstance(upload, web.FileField):
            raise GraphError(100, "The parameter file is required.")
        if params.get("messaging_product") != "whatsapp":
            raise GraphError(100, "The parameter messaging_product is required.")
        mime = str(params.get("type") or upload.content_type or "").split(";")[0].strip()
        if mime not in UPLOAD_MIME_TYPES:
            raise GraphError(
                131053,
                "Media upload error",
                f"Param file must be a file with one of the following types: "
                f"{', '.join(UPLOAD_MIME_TYPES)}. Received file of type '{mime}'.",
            )
        data = upload.file.read()
        if len(data) > UPLOAD_MIME_TYPES[mime] * 1024 * 1024:
            raise GraphError(
                131053,
                "Media upload error",
                f"File is too large for {mime}: the limit is {UPLOAD_MIME_TYPES[mime]} MB.",
            )
        media = Media(
            id=self.ids.graph_id("8"),
            mime_type=mime,
            data=data,
            phone_number_id=number.id,
            filename=upload.filename,
        )
        self.world.media[media.id] = media
        return {"id": media.id}

    def _media(self, request: web.Request, media: Media, edge: str) -> Any:
        if edge:
            raise unknown_path(f"{media.id}/{edge}")
        if request.method == "GET":
            return {
                "messaging_product": "whatsapp",
                "url": media_url(self.base_url, media.id),
                "mime_type": media.mime_type,
                "sha256": media.sha256,
                "file_size": len(media.data),
                "id": media.id,
            }
        if request.method == "DELETE":
            del self.world.media[media.id]
            return {"success": True}
        raise unknown_object(media.id, request.method)

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if not self._authorised(request):
            return self._error_response(invalid_token())
        media = self.world.media.get(request.query.get("mid", ""))
        if media is None:
            return web.Response(status=404, text="Media not found: ask GET /{media-id} again.")
        return web.Response(
            body=media.data,
            headers={
                "Content-Type": media.mime_type,
                "Content-Disposition": f'attachment; filename="{media.filename or media.id}"',
            },
        )

    # -- sending -------------------------------------------------------------------------

    def _send(self, number: PhoneNumber, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("messaging_product") != "whatsapp":
            raise GraphError(100, "The parameter messaging_product is required.")
        if params.get("status") == "read":
            message_id = params.get("message_id")
            if not message_id:
                raise missing_parameter("The parameter message_id is required.")
            known = self.world.inbound.get(str(message_id))
            if known is None or known.phone_number_id != number.id:
                raise invalid_value(
                    f"Message {message_id} is not a message received by this number."
                )
            return {"success": True}
        if not number.registered:
            raise GraphError(
                133010,
                "Account not registered",
                "Account not registered: register the phone number before sending.",
            )
        raw = params.get("to") or params.get("recipient")
        if not raw:
            raise missing_parameter("The parameter to is required.")
        recipient = normalise_recipient(str(raw))
        msg_type = check_message(params, set(self.world.media))
        if number.is_test:
            customer = self.world.find_customer(recipient)
            wa_id = customer.wa_id if customer else recipient
            if wa_id not in number.allowed_recipients:
                raise GraphError(
                    131030,
                    "Recipient phone number not in allowed list",
                    "Recipient phone number not in allowed list: Add recipient phone number to "
                    "recipient list and try again.",
                )
        template = None
        if msg_type == "template":
            template = self._sendable_template(number, params["template"])
        message = self.sim.record_send(number, recipient, msg_type, params, template)
        contact: dict[str, Any] = {"input": str(raw)}
        if recipient.isdigit():
            contact["wa_id"] = recipient
        else:  # sent by BSUID: Meta answers with an empty wa_id
            contact["wa_id"] = ""
            contact["user_id"] = recipient
        sent: dict[str, Any] = {"id": message.wamid}
        if template is not None:
            sent["message_status"] = "accepted"
        return {"messaging_product": "whatsapp", "contacts": [contact], "messages": [sent]}

    def _sendable_template(self, number: PhoneNumber, spec: dict[str, Any]) -> Template:
        name, lang = spec["name"], spec["language"]["code"]
        found = next(
            (
                t
                for t in self.world.templates.values()
                if t.waba_id == number.waba_id and t.name == name and t.language == lang
            ),
            None,
        )
        if found is None or found.status not in ("APPROVED", "PAUSED", "DISABLED"):
            raise GraphError(
                132001,
                "Template name does not exist in the translation",
                f"template name ({name}) does not exist in {lang}",
            )
        if found.status == "PAUSED":
            raise GraphError(132015, "Template is Paused", f"Template {name} is paused.")
        if found.status == "DISABLED":
            raise GraphError(132016, "Template is disabled", f"Template {name} is disabled.")
        mismatch = param_mismatch(found.components, spec.get("components") or [])
        if mismatch:
            raise GraphError(
                132000,
                "Number of parameters does not match the expected number of params",
                mismatch,
            )
        return found

    # -- control API ---------------------------------------------------------------------

    async def _control(self, request: web.Request) -> web.StreamResponse:
        if not self._authorised(request):
            return self._error_response(invalid_token())
        action = request.match_info["action"].strip("/")
        try:
            if action == "state" and request.method == "GET":
                return web.json_response(self.state(), dumps=_dumps)
            if request.method != "POST":
                raise web.HTTPMethodNotAllowed(request.method, ["POST"])
            if action == "customers/pause":
                self.pause_customers()
                return web.json_response({"success": True, "customers_paused": True})
            if action == "customers/resume":
                self.resume_customers()
                return web.json_response({"success": True, "customers_paused": False})
            body = await request.json() if request.can_read_body else {}
            if action == "inbound":
                payload = {
                    k: v
                    for k, v in body.items()
                    if k not in ("phone_number_id", "from", "type", "text", "payload")
                }
                payload.update(body.get("payload") or {})
                wamid = await self.customer_says(
                    str(body.get("phone_number_id", "")),
                    str(body.get("from", "")),
                    body.get("text"),
                    type=str(body.get("type", "text")),
                    payload=payload or None,
                )
                return web.json_response({"id": wamid})
            if action.startswith("numbers/"):
                result = self.numbers_admin.control(action.removeprefix("numbers/"), body)
                return web.json_response(result)
            if action == "webhook":
                self.set_webhook(str(body["url"]), str(body["app_secret"]))
                return web.json_response({"success": True})
        except (SandboxError, KeyError, ValueError) as exc:
            return web.json_response({"error": {"message": str(exc)}}, status=400)
        return web.json_response({"error": {"message": f"Unknown action '{action}'."}}, status=404)


WABA_DEFAULT = ("id", "name", "timezone_id", "message_template_namespace")
NUMBER_DEFAULT = (
    "verified_name",
    "code_verification_status",
    "display_phone_number",
    "quality_rating",
    "platform_type",
    "throughput",
    "last_onboarded_time",
    "webhook_configuration",
    "id",
)
TEMPLATE_DEFAULT = ("name", "parameter_format", "components", "language", "status", "category")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _encode_cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"idx:{index}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded.encode()).decode()
        return int(text.removeprefix("idx:"))
    except (ValueError, UnicodeDecodeError):
        raise invalid_parameter(f"Invalid paging cursor '{cursor}'.") from None


def _check_profile(params: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    limits = {"about": 139, "address": 256, "description": 512, "email": 128}
    for key, limit in limits.items():
        if key in params:
            value = str(params[key])
            if key == "about" and not value:
                raise invalid_parameter("Param about must be 1 to 139 characters long.")
            if len(value) > limit:
                raise invalid_parameter(f"Param {key} must be at most {limit} characters long.")
            if key == "email" and value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
                raise invalid_parameter("Param email must be a valid email address.")
            changes[key] = value
    if "websites" in params:
        sites = params["websites"]
        if not isinstance(sites, list) or len(sites) > 2:
            raise invalid_parameter("Param websites must be a list of at most 2 URLs.")
        for site in sites:
            if not str(site).startswith(("http://", "https://")) or len(str(site)) > 256:
                raise invalid_parameter(
                    "Each website must start with http:// or https:// and be at most 256 "
                    "characters long."
                )
        changes["websites"] = [str(s) for s in sites]
    if "vertical" in params:
        if params["vertical"] not in VERTICALS:
            raise invalid_parameter(f"Param vertical must be one of {{{', '.join(VERTICALS)}}}.")
        changes["vertical"] = params["vertical"]
    if "profile_picture_handle" in params:
        changes["profile_picture_url"] = (
            f"https://pps.whatsapp.net/v/{params['profile_picture_handle']}"
        )
    return changes


def _build_world(rng: random.Random) -> SandboxWorld:
    return seed.build_world(rng, time.time())
