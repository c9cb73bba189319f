"""One exception type for every Cloud API failure, built from Meta's error envelope.

Meta reports errors as ``{"error": {"message", "type", "code", "error_subcode",
"error_data": {"details"} | "text", "fbtrace_id", ...}}`` (Meta's error-codes page). Proxies and
outages answer with HTML or nothing at all, and the network may fail before or after the
request reached Meta. All of these become :class:`CloudApiError`, which carries Meta's
fields plus a translatable title and advice (what to do next), whether trying later may
help, and whether a send may already have reached Meta.

The access token never appears in an error: texts copied from a server are scrubbed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from desktop.services.cloud_api.error_catalog import (
    AUTO_RETRY_CODES,
    BAD_RESPONSE,
    CONTEXT,
    NETWORK,
    NO_TOKEN,
    UNKNOWN_OUTCOME,
    UNKNOWN_OUTCOME_AFTER_PROXY_ERROR,
    ErrorInfo,
    ErrorKind,
    lookup,
)
from desktop.services.text import Phrase

_MAX_SNIPPET = 300
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


class CloudApiError(Exception):
    """A failed Cloud API call: Meta's error fields plus what the user should do next.

    ``may_have_been_delivered`` is True when a non-repeatable request (a send) may have
    reached Meta although no answer came back: the caller must not re-send blindly.
    ``retry_after`` (seconds) is set when the server said how long to wait.
    """

    code: int | None
    subcode: int | None
    message: str
    fbtrace_id: str | None
    details: str | None
    http_status: int | None
    advice: Phrase
    title: Phrase
    transient: bool
    may_have_been_delivered: bool
    kind: ErrorKind

    def __init__(
        self,
        message: str,
        *,
        kind: ErrorKind,
        title: Phrase,
        advice: Phrase,
        transient: bool = False,
        code: int | None = None,
        subcode: int | None = None,
        fbtrace_id: str | None = None,
        details: str | None = None,
        http_status: int | None = None,
        may_have_been_delivered: bool = False,
        retry_after: float | None = None,
        error_type: str | None = None,
        user_title: str | None = None,
        user_message: str | None = None,
        meta_answered: bool = False,
        auto_retry: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.title = title
        self.advice = advice
        self.transient = transient
        self.code = code
        self.subcode = subcode
        self.fbtrace_id = fbtrace_id
        self.details = details
        self.http_status = http_status
        self.may_have_been_delivered = may_have_been_delivered
        self.retry_after = retry_after
        self.error_type = error_type
        self.user_title = user_title
        self.user_message = user_message
        #: True when the body was Meta's own error envelope (so Meta did answer).
        self.meta_answered = meta_answered
        #: True when the same request may be repeated at once (a temporary failure).
        self.auto_retry = auto_retry

    def __str__(self) -> str:
        facts = [f"code={self.code}" if self.code is not None else None]
        if self.subcode is not None:
            facts.append(f"subcode={self.subcode}")
        if self.http_status is not None:
            facts.append(f"http={self.http_status}")
        if self.fbtrace_id:
            facts.append(f"fbtrace_id={self.fbtrace_id}")
        shown = ", ".join(f for f in facts if f)
        head = f"{self.title}: {self.message}"
        if shown:
            head += f" [{shown}]"
        return f"{head}. {self.advice}"

    def __repr__(self) -> str:
        return (
            f"CloudApiError(kind={self.kind!r}, code={self.code!r}, subcode={self.subcode!r}, "
            f"http_status={self.http_status!r}, message={self.message!r}, "
            f"fbtrace_id={self.fbtrace_id!r}, transient={self.transient!r}, "
            f"may_have_been_delivered={self.may_have_been_delivered!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:  # keep pickling/copying working
        return (_rebuild, (self.__dict__.copy(),))


def _rebuild(state: dict[str, Any]) -> CloudApiError:
    error = CloudApiError.__new__(CloudApiError)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


def _phrases(
    info: ErrorInfo, *, details: str | None, status: int | None, host: str
) -> tuple[Phrase, Phrase]:
    args = {
        "details": details or "-",
        "status": status if status is not None else "-",
        "host": host,
    }
    return Phrase(CONTEXT, info.title, args), Phrase(CONTEXT, info.advice, args)


def scrub(text: str, secret: str | None) -> str:
    """``text`` with ``secret`` (the token) masked; safe to show and to log."""
    if secret and len(secret) >= 4 and secret in text:
        text = text.replace(secret, "***")
    return text


def _snippet(raw: bytes, secret: str | None) -> str:
    text = raw.decode("utf-8", "replace")
    text = _SPACES.sub(" ", _TAGS.sub(" ", text)).strip()
    if len(text) > _MAX_SNIPPET:
        text = text[:_MAX_SNIPPET] + "…"
    return scrub(text, secret) or "empty body"


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def from_error_body(
    body: Mapping[str, Any],
    *,
    http_status: int | None,
    host: str,
    secret: str | None,
    retry_after: float | None = None,
) -> CloudApiError | None:
    """The error in Meta's envelope ``body``, or None if it is not such an envelope."""
    error = body.get("error")
    if not isinstance(error, Mapping):
        return None
    code = _as_int(error.get("code"))
    subcode = _as_int(error.get("error_subcode"))
    message = scrub(_as_str(error.get("message")) or "Unknown error", secret)
    error_data = error.get("error_data")
    if isinstance(error_data, Mapping):
        details = _as_str(error_data.get("details"))
    else:
        details = _as_str(error_data) if error_data not in (None, "") else None
    details = scrub(details, secret) if details else None
    user_message = _as_str(error.get("error_user_msg"))
    info = lookup(code, http_status)
    title, advice = _phrases(
        info, details=details or user_message or message, status=http_status, host=host
    )
    flagged_transient = error.get("is_transient") is True
    transient = info.transient or flagged_transient
    return CloudApiError(
        message,
        kind=info.kind,
        title=title,
        advice=advice,
        transient=transient,
        code=code,
        subcode=subcode,
        fbtrace_id=_as_str(error.get("fbtrace_id")),
        details=details,
        http_status=http_status,
        retry_after=retry_after,
        error_type=_as_str(error.get("type")),
        user_title=_as_str(error.get("error_user_title")),
        user_message=user_message,
        meta_answered=True,
        auto_retry=flagged_transient or (code is not None and code in AUTO_RETRY_CODES),
    )


def from_response(
    http_status: int,
    raw: bytes,
    *,
    host: str,
    secret: str | None,
    retry_after: float | None = None,
    outcome_unknown: bool = False,
) -> CloudApiError:
    """The error for a non-2xx answer: Meta's envelope if present, else by HTTP status.

    ``outcome_unknown`` marks a non-repeatable request answered by something that is not
    Meta (a proxy's 502, say): it may have been processed, so it must not be re-sent blindly.
    """
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        parsed = from_error_body(
            body, http_status=http_status, host=host, secret=secret, retry_after=retry_after
        )
        if parsed is not None:
            return parsed
    snippet = _snippet(raw, secret)
    info = lookup(None, http_status)
    if outcome_unknown:
        info = UNKNOWN_OUTCOME_AFTER_PROXY_ERROR
    title, advice = _phrases(info, details=snippet, status=http_status, host=host)
    return CloudApiError(
        f"HTTP {http_status} without a Cloud API error body: {snippet}",
        kind=info.kind,
        title=title,
        advice=advice,
        transient=info.transient,
        details=snippet,
        http_status=http_status,
        retry_after=retry_after,
        may_have_been_delivered=outcome_unknown,
        auto_retry=http_status == 429 or http_status >= 500,
    )


def bad_response(
    http_status: int, raw: bytes, *, host: str, secret: str | None, outcome_unknown: bool
) -> CloudApiError:
    """A 2xx answer that is not the JSON the Cloud API sends."""
    snippet = _snippet(raw, secret)
    title, advice = _phrases(BAD_RESPONSE, details=snippet, status=http_status, host=host)
    return CloudApiError(
        f"HTTP {http_status} with an unexpected body: {snippet}",
        kind=BAD_RESPONSE.kind,
        title=title,
        advice=advice,
        transient=BAD_RESPONSE.transient,
        details=snippet,
        http_status=http_status,
        may_have_been_delivered=outcome_unknown,
    )


def network_error(
    exc: BaseException, *, host: str, may_have_been_delivered: bool, secret: str | None
) -> CloudApiError:
    """A transport failure; ``may_have_been_delivered`` when the request had been written."""
    info = UNKNOWN_OUTCOME if may_have_been_delivered else NETWORK
    reason = scrub(str(exc) or type(exc).__name__, secret)
    title, advice = _phrases(info, details=reason, status=None, host=host)
    return CloudApiError(
        f"{type(exc).__name__}: {reason}",
        kind="network",
        title=title,
        advice=advice,
        transient=True,
        details=reason,
        may_have_been_delivered=may_have_been_delivered,
    )


def from_info(
    info: ErrorInfo,
    message: str,
    *,
    details: str | None = None,
    http_status: int | None = None,
    host: str = "",
    may_have_been_delivered: bool = False,
) -> CloudApiError:
    """An error of a fixed catalog entry (for failures found by the client itself)."""
    title, advice = _phrases(info, details=details, status=http_status, host=host)
    return CloudApiError(
        message,
        kind=info.kind,
        title=title,
        advice=advice,
        transient=info.transient,
        details=details,
        http_status=http_status,
        may_have_been_delivered=may_have_been_delivered,
    )


def missing_token() -> CloudApiError:
    title, advice = _phrases(NO_TOKEN, details=None, status=None, host="")
    return CloudApiError("No access token configured", kind="auth", title=title, advice=advice)
