"""Meta's ``X-Hub-Signature-256``: HMAC-SHA256 of the raw body with the app secret."""

from __future__ import annotations

import hashlib
import hmac
import re

PREFIX = "sha256="
_DIGEST = re.compile(r"[0-9a-fA-F]{64}")


def sign(app_secret: str, body: bytes) -> str:
    """The header value Meta would send for ``body`` (used by the sandbox and tests)."""
    return PREFIX + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def looks_signed(header: str | None) -> bool:
    """Whether ``header`` has the form of a signature at all (checked before reading a body)."""
    if not header or not header.startswith(PREFIX):
        return False
    return _DIGEST.fullmatch(header[len(PREFIX) :].strip()) is not None


def signature_matches(app_secret: str, body: bytes, header: str | None) -> bool:
    """Constant-time check of ``header`` against ``body``; false when either is missing."""
    if not app_secret or not header or not header.startswith(PREFIX):
        return False
    digest = header[len(PREFIX) :].strip()
    if _DIGEST.fullmatch(digest) is None:
        return False
    given = bytes.fromhex(digest)
    # hmac.digest is one call in C (hmac.new builds a Python object around two hashes).
    return hmac.compare_digest(hmac.digest(app_secret.encode(), body, hashlib.sha256), given)
