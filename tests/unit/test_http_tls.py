"""The app's HTTP clients share one verified TLS context; the local sandbox needs none.

Each httpx client otherwise loads the CA bundle itself (50-150 ms of the thread building
it), and start-up builds several.
"""

from __future__ import annotations

import asyncio
import ssl

import pytest

from desktop.services.cloud_api import CloudApiClient
from desktop.services.http_tls import shared_tls_context, tls_for


def test_a_real_server_is_verified_with_the_shared_context() -> None:
    context = tls_for("https://graph.facebook.com")
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert tls_for("https://graph.facebook.com/v23.0") is context
    assert context.cert_store_stats()["x509_ca"] > 0  # the CA bundle is loaded


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost:9000/", "http://[::1]:7000"]
)
def test_the_local_sandbox_over_plain_http_needs_no_tls(url: str) -> None:
    assert tls_for(url) is False


@pytest.mark.parametrize(
    "url", ["http://192.168.1.20:8080", "https://127.0.0.1:8443", "http://example.com"]
)
def test_anything_else_keeps_verification(url: str) -> None:
    assert tls_for(url) is shared_tls_context()


def test_clients_do_not_load_the_bundle_each(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[object] = []
    real = ssl.SSLContext.load_verify_locations

    def counted(self: ssl.SSLContext, *args: object, **kwargs: object) -> None:
        loads.append(args)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counted)
    shared_tls_context.cache_clear()

    async def build() -> None:
        for _ in range(3):
            client = CloudApiClient("token", base_url="https://graph.facebook.com")
            await client.aclose()
        sandbox = CloudApiClient("token", base_url="http://127.0.0.1:9")
        await sandbox.aclose()

    asyncio.run(build())
    assert len(loads) == 1
