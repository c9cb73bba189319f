"""Graph API errors as the sandbox returns them: Meta's envelope, codes and wording.

The client maps errors by ``code`` and ``error_data.details``, so the sandbox must produce
exactly the envelope of the Cloud API (``{"error": {message, type, code, error_subcode,
error_data, fbtrace_id}}``) and the same codes for the same mistakes.
"""

from __future__ import annotations

import random
import string
from typing import Any

ERROR_CODES_HREF = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"


class SandboxError(Exception):
    """The sandbox cannot do what was asked (bad argument, cannot start...)."""


class SandboxStartError(SandboxError, OSError):
    """The sandbox could not listen (for example the port is already in use)."""


class GraphError(Exception):
    """A failure answered to an API caller with Meta's error envelope."""

    def __init__(
        self,
        code: int,
        title: str,
        details: str | None = None,
        *,
        subcode: int | None = None,
        error_type: str = "OAuthException",
        http_status: int = 400,
        plain_message: bool = False,
    ) -> None:
        super().__init__(f"({code}) {title}")
        self.code = code
        self.title = title
        self.details = details
        self.subcode = subcode
        self.error_type = error_type
        self.http_status = http_status
        self.plain_message = plain_message

    def body(self, fbtrace_id: str) -> dict[str, Any]:
        message = self.title if self.plain_message else f"(#{self.code}) {self.title}"
        error: dict[str, Any] = {"message": message, "type": self.error_type, "code": self.code}
        if self.details is not None:
            error["error_data"] = {"messaging_product": "whatsapp", "details": self.details}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        error["fbtrace_id"] = fbtrace_id
        return {"error": error}


def new_fbtrace_id(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "A" + "".join(rng.choice(alphabet) for _ in range(22))


def invalid_token() -> GraphError:
    return GraphError(
        190,
        "Invalid OAuth access token - Cannot parse access token",
        error_type="OAuthException",
        http_status=401,
        plain_message=True,
    )


def unknown_object(object_id: str, method: str) -> GraphError:
    return GraphError(
        100,
        f"Unsupported {method.lower()} request. Object with ID '{object_id}' does not exist, "
        "cannot be loaded due to missing permissions, or does not support this operation. "
        "Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
        subcode=33,
        error_type="GraphMethodException",
        plain_message=True,
    )


def unknown_path(path: str) -> GraphError:
    return GraphError(2500, f"Unknown path components: /{path}", plain_message=True)


def invalid_parameter(details: str) -> GraphError:
    return GraphError(100, "Invalid parameter", details)


def missing_parameter(details: str) -> GraphError:
    return GraphError(131008, "Required parameter is missing", details)


def invalid_value(details: str) -> GraphError:
    return GraphError(131009, "Parameter value is not valid", details)


def webhook_error(code: int, title: str, details: str) -> dict[str, Any]:
    """The ``errors[]`` item of a failed status webhook."""
    return {
        "code": code,
        "title": title,
        "message": title,
        "error_data": {"details": details},
        "href": ERROR_CODES_HREF,
    }
