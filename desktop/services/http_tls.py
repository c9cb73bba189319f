"""TLS settings shared by the app's HTTP clients.

Loading the CA bundle costs 50-150 ms of the thread that builds a client, and each httpx
client loads its own unless it is given a context: start-up builds several, some per call.
One verified context is built once and shared (it honours ``SSL_CERT_FILE`` and
``SSL_CERT_DIR`` as httpx does). A client whose base URL is plain http on this computer
(the sandbox) uses no TLS at all, so it needs none.
"""

from __future__ import annotations

import os
import ssl
from functools import lru_cache
from urllib.parse import urlsplit

import certifi

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@lru_cache(maxsize=1)
def shared_tls_context() -> ssl.SSLContext:
    """The verified context every client to a real server shares."""
    if os.environ.get("SSL_CERT_FILE"):
        return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
    if os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
    return ssl.create_default_context(cafile=certifi.where())


def tls_for(base_url: str) -> ssl.SSLContext | bool:
    """What an httpx client for ``base_url`` verifies with (False: no TLS is involved)."""
    parts = urlsplit(base_url.strip())
    if parts.scheme == "http" and (parts.hostname or "") in LOOPBACK_HOSTS:
        return False
    return shared_tls_context()
