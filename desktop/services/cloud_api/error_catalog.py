"""What each Cloud API error code means for the person at the desk.

Meta answers failures with a numeric ``code``; the table is Meta's public page
https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes/
This module turns a code into a *kind* the app can branch on,
a short title, one sentence of advice saying what to do next, and whether the same
request may succeed later (``transient``) or may be retried at once by the client
(``auto_retry``). Codes Meta has not documented get a sensible default from their
family (132xxx templates, 133xxx registration, …) or from the HTTP status.

All texts are English sources marked for translation in the ``CloudApi`` context;
``{details}`` is filled with Meta's ``error_data.details`` (or its message).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from desktop.services.text import QT_TRANSLATE_NOOP

CONTEXT: Final = "CloudApi"

ErrorKind = Literal[
    "auth",
    "permission",
    "rate_limit",
    "window",
    "template",
    "registration",
    "recipient",
    "invalid",
    "network",
    "server",
    "policy",
    "other",
]

#: Meta codes that mean "temporary, try the same request again shortly". The client
#: retries these itself (even for sends: Meta answered, so the message was not accepted).
AUTO_RETRY_CODES: Final = frozenset({1, 2, 4, 80007, 130429, 131000, 131016, 131057, 133004})


@dataclass(frozen=True)
class ErrorInfo:
    """How the app treats one Meta error code."""

    kind: ErrorKind
    title: str
    advice: str
    transient: bool = False


_AUTH = ErrorInfo(
    "auth",
    QT_TRANSLATE_NOOP("CloudApi", "Access token expired"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The access token has expired or was revoked: create a new system-user token in "
        "Business Settings and paste it in Settings.",
    ),
)
_PERMISSION = ErrorInfo(
    "permission",
    QT_TRANSLATE_NOOP("CloudApi", "Permission missing"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The access token lacks a permission or access to this WhatsApp Business Account "
        "({details}). In Business Settings → System users, grant whatsapp_business_messaging "
        "and whatsapp_business_management and assign the account to the system user.",
    ),
)
_SERVER = ErrorInfo(
    "server",
    QT_TRANSLATE_NOOP("CloudApi", "WhatsApp is temporarily unavailable"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "Meta's service had a temporary problem. The app retried; try again in a few minutes "
        "and check metastatus.com if it persists.",
    ),
    transient=True,
)
_TEMPLATE_DESIGN = ErrorInfo(
    "template",
    QT_TRANSLATE_NOOP("CloudApi", "Template rejected by Meta"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "Meta refused the template: {details}. Fix the field in the template designer "
        "and submit again.",
    ),
)

#: Every code of the reference table, one row each (shared rows reuse one ErrorInfo).
CATALOG: Final[dict[int, ErrorInfo]] = {
    # --- authentication
    0: _AUTH,
    190: _AUTH,
    # --- permissions
    3: _PERMISSION,
    10: _PERMISSION,
    131005: _PERMISSION,
    # 200–299 are handled as a range in lookup().
    # --- rate limits
    4: ErrorInfo(
        "rate_limit",
        QT_TRANSLATE_NOOP("CloudApi", "Too many API calls"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The app made too many API calls in a short time. Slow down: it will retry "
            "automatically; wait a few minutes before bulk actions.",
        ),
        transient=True,
    ),
    80007: ErrorInfo(
        "rate_limit",
        QT_TRANSLATE_NOOP("CloudApi", "Account API limit reached"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This WhatsApp Business Account reached its hourly limit of management calls. "
            "Slow down and wait before syncing templates or numbers again.",
        ),
        transient=True,
    ),
    130429: ErrorInfo(
        "rate_limit",
        QT_TRANSLATE_NOOP("CloudApi", "Sending too fast"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The phone number reached its messages-per-second limit. Slow down: queued "
            "messages will be sent a little later.",
        ),
        transient=True,
    ),
    131048: ErrorInfo(
        "rate_limit",
        QT_TRANSLATE_NOOP("CloudApi", "Spam rate limit"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Too many recent messages were blocked or reported by customers. Slow down: pause "
            "campaigns and check the number's quality rating before sending more.",
        ),
    ),
    131056: ErrorInfo(
        "rate_limit",
        QT_TRANSLATE_NOOP("CloudApi", "Too many messages to this customer"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Too many messages went to this same customer in a short time. Slow down: wait a "
            "few seconds between messages to one person.",
        ),
        transient=True,
    ),
    131064: ErrorInfo(
        "policy",
        QT_TRANSLATE_NOOP("CloudApi", "Messaging limit reduced"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Meta reduced the messaging limit because templates were put in the wrong category. "
            "Stop business-initiated sends and fix template categories.",
        ),
    ),
    # --- account / policy
    368: ErrorInfo(
        "policy",
        QT_TRANSLATE_NOOP("CloudApi", "Account restricted"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The WhatsApp Business Account is restricted or disabled for a policy violation. "
            "Open WhatsApp Manager → Account quality to see the enforcement and appeal it.",
        ),
    ),
    131031: ErrorInfo(
        "policy",
        QT_TRANSLATE_NOOP("CloudApi", "Account locked or wrong PIN"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Meta locked the account, or the two-step verification PIN sent was wrong. Check "
            "the PIN first; otherwise look at the account's health status in WhatsApp Manager.",
        ),
    ),
    130497: ErrorInfo(
        "policy",
        QT_TRANSLATE_NOOP("CloudApi", "Country not allowed"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This business account may not message users in the customer's country. Do not "
            "send to numbers from this country.",
        ),
    ),
    131042: ErrorInfo(
        "policy",
        QT_TRANSLATE_NOOP("CloudApi", "Payment problem"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Meta reports a billing problem (no payment method or credit line, currency or "
            "time zone unset, or account suspended). Fix it in Business Settings → Payments.",
        ),
    ),
    131063: ErrorInfo(
        "policy",
        QT_TRANSLATE_NOOP("CloudApi", "Marketing templates disabled"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Marketing templates are turned off for the Cloud API on this account. Send "
            "through the Marketing Messages API or re-enable them in WhatsApp Manager.",
        ),
    ),
    134011: ErrorInfo(
        "policy",
        QT_TRANSLATE_NOOP("CloudApi", "Payments terms pending"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Accept the WhatsApp Payments terms of service in WhatsApp Manager, then try again.",
        ),
    ),
    # --- transient service errors
    1: _SERVER,
    2: _SERVER,
    131000: _SERVER,
    131016: _SERVER,
    133004: _SERVER,
    131057: ErrorInfo(
        "server",
        QT_TRANSLATE_NOOP("CloudApi", "Account in maintenance"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The account is briefly in maintenance mode (for example a throughput upgrade). "
            "Try again in a minute.",
        ),
        transient=True,
    ),
    # --- invalid requests
    100: ErrorInfo(
        "invalid",
        QT_TRANSLATE_NOOP("CloudApi", "Invalid parameter"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Meta rejected a parameter: {details}. Correct it and try again; sending it "
            "unchanged will fail again.",
        ),
    ),
    131008: ErrorInfo(
        "invalid",
        QT_TRANSLATE_NOOP("CloudApi", "Required parameter missing"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "A required parameter is missing: {details}. Complete the message and send again.",
        ),
    ),
    131009: ErrorInfo(
        "invalid",
        QT_TRANSLATE_NOOP("CloudApi", "Parameter value invalid"),
        QT_TRANSLATE_NOOP(
            "CloudApi", "A parameter value is not valid: {details}. Correct it and send again."
        ),
    ),
    131051: ErrorInfo(
        "invalid",
        QT_TRANSLATE_NOOP("CloudApi", "Unsupported message type"),
        QT_TRANSLATE_NOOP(
            "CloudApi", "WhatsApp does not support this message type here. Choose another type."
        ),
    ),
    131052: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Customer's media unavailable"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The customer's media could not be downloaded. Ask the customer to send it again.",
        ),
    ),
    131053: ErrorInfo(
        "invalid",
        QT_TRANSLATE_NOOP("CloudApi", "Media upload failed"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Your media could not be uploaded or sent, usually because its file type does not "
            "match its content. Check the file type and size, then try again.",
        ),
    ),
    135000: ErrorInfo(
        "invalid",
        QT_TRANSLATE_NOOP("CloudApi", "Invalid request"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Meta could not process the request parameters ({details}). Check them and try again.",
        ),
    ),
    # --- recipient problems
    131021: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Sender is the recipient"),
        QT_TRANSLATE_NOOP(
            "CloudApi", "A number cannot message itself. Choose a different recipient."
        ),
    ),
    131026: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Message undeliverable"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The message could not be delivered: the number may not be on WhatsApp, use an old "
            "app, or not have accepted the terms. Do not retry; reach the customer another way.",
        ),
    ),
    131030: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Recipient not allowed"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "A test number can only message allowed recipients. Add this number under API "
            "Setup → To → Manage phone number list, then send again.",
        ),
    ),
    131049: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Not delivered to keep the ecosystem healthy"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Meta held back this marketing message because the customer already received "
            "many. Do not resend it within 24 hours.",
        ),
    ),
    131050: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Customer stopped marketing messages"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The customer turned off marketing messages from you. Do not send them marketing "
            "templates; service and utility messages are still possible.",
        ),
    ),
    131062: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Business-scoped user id not supported"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This number cannot send to a business-scoped user id. "
            "Send to the phone number instead.",
        ),
    ),
    130403: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Customer blocked"),
        QT_TRANSLATE_NOOP("CloudApi", "You blocked this customer. Unblock them before sending."),
    ),
    130472: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Held back by a Meta experiment"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The customer is part of a Meta marketing experiment, so this message was not sent. "
            "This is expected; do not retry.",
        ),
    ),
    137000: ErrorInfo(
        "recipient",
        QT_TRANSLATE_NOOP("CloudApi", "Customer identity changed"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The customer's identity key changed (new phone or reinstall). Re-verify who you "
            "are talking to before sending again.",
        ),
    ),
    # --- 24-hour window
    131047: ErrorInfo(
        "window",
        QT_TRANSLATE_NOOP("CloudApi", "Outside the 24-hour window"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "More than 24 hours have passed since the customer last wrote. Send an approved "
            "template instead; free-form messages are possible again once they reply.",
        ),
    ),
    # --- templates (sending)
    132000: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template parameter count mismatch"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The number of parameters does not match the template ({details}). Fill every "
            "variable of the approved template and send again.",
        ),
    ),
    132001: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template not found"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "No approved template with this name exists in this language. Check the name and "
            "the exact language code (en is not en_US), or sync templates.",
        ),
    ),
    132005: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template text too long"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The message is too long once the parameters are filled in. Shorten the parameters.",
        ),
    ),
    132007: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template breaks content policy"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The template content violates WhatsApp policy. Edit the template and submit it again.",
        ),
    ),
    132012: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template parameter format mismatch"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The parameters do not have the format the template expects (for example named "
            "instead of positional). Rebuild them from the approved template.",
        ),
    ),
    132015: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template paused"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The template is paused because of low quality. Wait for it to be unpaused, or "
            "edit it, or use another template.",
        ),
    ),
    132016: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template disabled"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The template was permanently disabled for low quality. Create a new template.",
        ),
    ),
    132018: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Template parameter problem"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "A parameter is not acceptable ({details}). Remove new lines, tabs and runs of more "
            "than four spaces from parameters, then send again.",
        ),
    ),
    132068: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Flow blocked"),
        QT_TRANSLATE_NOOP(
            "CloudApi", "The flow in this message is blocked. Fix the flow in WhatsApp Manager."
        ),
    ),
    132069: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Flow throttled"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This flow was sent too often (limit 10 per hour). Wait before sending it again.",
        ),
        transient=True,
    ),
    # --- templates (management)
    2388019: ErrorInfo(
        "template",
        QT_TRANSLATE_NOOP("CloudApi", "Too many templates"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The account reached its template limit. Delete templates you no longer use, then "
            "create the new one.",
        ),
    ),
    2388039: _TEMPLATE_DESIGN,
    2388040: _TEMPLATE_DESIGN,
    2388047: _TEMPLATE_DESIGN,
    2388072: _TEMPLATE_DESIGN,
    2388073: _TEMPLATE_DESIGN,
    2388293: _TEMPLATE_DESIGN,
    2388299: _TEMPLATE_DESIGN,
    # --- phone numbers and registration
    33: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Phone number deleted"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This business phone number was deleted. Sync the numbers list and choose another.",
        ),
    ),
    131037: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Display name not approved"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This number has no approved display name yet. Set or fix the display name in "
            "WhatsApp Manager, then send again.",
        ),
    ),
    131045: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Number not registered correctly"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The phone number has a registration problem. Register it again under Numbers.",
        ),
    ),
    133000: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Previous deregistration failed"),
        QT_TRANSLATE_NOOP(
            "CloudApi", "An earlier deregistration did not finish. Deregister the number again."
        ),
    ),
    133005: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Wrong PIN"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The two-step verification PIN is incorrect. Enter the right PIN, or reset it "
            "in WhatsApp Manager.",
        ),
    ),
    133006: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Number not verified"),
        QT_TRANSLATE_NOOP(
            "CloudApi", "Verify the number first: request a code, enter it, then register."
        ),
    ),
    133008: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Too many PIN attempts"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Too many wrong PIN attempts. Wait as Meta says ({details}) before trying again.",
        ),
        transient=True,
    ),
    133009: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "PIN entered too fast"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "The PIN was entered too quickly. Wait as Meta says ({details}) before trying again.",
        ),
        transient=True,
    ),
    133010: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Number not registered"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This phone number is not registered with the Cloud API. Register it under Numbers "
            "(with its two-step verification PIN), then send again.",
        ),
    ),
    133015: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Number deletion pending"),
        QT_TRANSLATE_NOOP(
            "CloudApi", "The number was deleted recently. Wait 5 minutes, then try again."
        ),
        transient=True,
    ),
    133016: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Too many registrations"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "This number was registered or deregistered more than 10 times in 72 hours. Meta "
            "blocks it for 72 hours; try again after that.",
        ),
    ),
    136024: ErrorInfo(
        "registration",
        QT_TRANSLATE_NOOP("CloudApi", "Verification code not sent"),
        QT_TRANSLATE_NOOP(
            "CloudApi",
            "Meta could not send a verification code, often after too many requests. Wait a "
            "while (up to 72 hours) or try the other method (SMS or voice).",
        ),
        transient=True,
    ),
}

# Defaults by code family, then by HTTP status, for codes missing from the table.
_FAMILY_DEFAULTS: Final[tuple[tuple[range, ErrorInfo], ...]] = (
    (range(200, 300), _PERMISSION),
    (
        range(132000, 133000),
        ErrorInfo(
            "template",
            QT_TRANSLATE_NOOP("CloudApi", "Template problem"),
            QT_TRANSLATE_NOOP(
                "CloudApi",
                "The message does not match its template ({details}). "
                "Check the template and its parameters.",
            ),
        ),
    ),
    (
        range(133000, 134000),
        ErrorInfo(
            "registration",
            QT_TRANSLATE_NOOP("CloudApi", "Phone number registration problem"),
            QT_TRANSLATE_NOOP(
                "CloudApi",
                "The phone number's registration failed ({details}). Check it under Numbers.",
            ),
        ),
    ),
    (range(2388000, 2389000), _TEMPLATE_DESIGN),
)

_BY_STATUS_RATE = ErrorInfo(
    "rate_limit",
    QT_TRANSLATE_NOOP("CloudApi", "Too many requests"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "Meta asked the app to slow down. It will retry; wait a minute before trying again.",
    ),
    transient=True,
)
_BY_STATUS_SERVER = ErrorInfo(
    "server",
    QT_TRANSLATE_NOOP("CloudApi", "Server error"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The server answered with an error (HTTP {status}). Try again in a few minutes; "
        "check metastatus.com or your proxy if it persists.",
    ),
    transient=True,
)
_BY_STATUS_AUTH = ErrorInfo(
    "auth",
    QT_TRANSLATE_NOOP("CloudApi", "Not authorised"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The server refused the access token. Create a new system-user token in Business "
        "Settings and paste it in Settings.",
    ),
)
_BY_STATUS_FORBIDDEN = ErrorInfo(
    "permission",
    QT_TRANSLATE_NOOP("CloudApi", "Access denied"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The access token may not do this. Grant the system user access to this account "
        "and the WhatsApp permissions in Business Settings.",
    ),
)
_BY_STATUS_NOT_FOUND = ErrorInfo(
    "invalid",
    QT_TRANSLATE_NOOP("CloudApi", "Not found"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The server does not know this object or path (HTTP 404). Check the id and the "
        "API base URL in Settings.",
    ),
)
_BY_STATUS_REDIRECT = ErrorInfo(
    "invalid",
    QT_TRANSLATE_NOOP("CloudApi", "Redirected"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The server redirected the request (HTTP {status}) instead of answering it, as a "
        "login page or a wrong address does. Check the API base URL and proxy in Settings.",
    ),
)
_BY_STATUS_INVALID = ErrorInfo(
    "invalid",
    QT_TRANSLATE_NOOP("CloudApi", "Request rejected"),
    QT_TRANSLATE_NOOP(
        "CloudApi", "The request was rejected ({details}). Correct it and try again."
    ),
)
_OTHER = ErrorInfo(
    "other",
    QT_TRANSLATE_NOOP("CloudApi", "Unexpected error"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "WhatsApp reported an error ({details}). Try again; if it repeats, note the "
        "trace id and contact Meta support.",
    ),
)

NETWORK = ErrorInfo(
    "network",
    QT_TRANSLATE_NOOP("CloudApi", "Cannot reach WhatsApp"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The app could not reach {host}. Check the internet connection, proxy and API base "
        "URL in Settings, then try again.",
    ),
    transient=True,
)
UNKNOWN_OUTCOME = ErrorInfo(
    "network",
    QT_TRANSLATE_NOOP("CloudApi", "Send outcome unknown"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The connection broke after the message was sent, so it may have reached WhatsApp. "
        "Check the conversation for a delivery status before sending it again.",
    ),
    transient=True,
)
UNKNOWN_OUTCOME_AFTER_PROXY_ERROR = ErrorInfo(
    "server",
    QT_TRANSLATE_NOOP("CloudApi", "Send outcome unknown"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "A server between the app and WhatsApp answered with an error (HTTP {status}), so the "
        "message may have reached WhatsApp. Check the conversation for a delivery status "
        "before sending it again.",
    ),
    transient=True,
)
BAD_RESPONSE = ErrorInfo(
    "server",
    QT_TRANSLATE_NOOP("CloudApi", "Unexpected answer"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The server's answer was not what the Cloud API sends (HTTP {status}: {details}). "
        "Check the API base URL and any proxy in Settings, then try again.",
    ),
    transient=True,
)
UNSAFE_MEDIA_URL = ErrorInfo(
    "invalid",
    QT_TRANSLATE_NOOP("CloudApi", "Media address refused"),
    QT_TRANSLATE_NOOP(
        "CloudApi",
        "The media address ({details}) is not HTTPS, so the access token was not sent to it. "
        "Check the API base URL in Settings.",
    ),
)
NO_TOKEN = ErrorInfo(
    "auth",
    QT_TRANSLATE_NOOP("CloudApi", "No access token"),
    QT_TRANSLATE_NOOP(
        "CloudApi", "No access token is configured. Paste a system-user token in Settings."
    ),
)


def lookup(code: int | None, http_status: int | None) -> ErrorInfo:
    """The treatment for Meta ``code`` (falling back to its family, then to ``http_status``)."""
    if code is not None:
        info = CATALOG.get(code)
        if info is not None:
            return info
        for codes, family in _FAMILY_DEFAULTS:
            if code in codes:
                return family
    return by_http_status(http_status)


def by_http_status(http_status: int | None) -> ErrorInfo:
    """The treatment for an error we only know the HTTP status of."""
    if http_status == 429:
        return _BY_STATUS_RATE
    if http_status is not None and http_status >= 500:
        return _BY_STATUS_SERVER
    if http_status == 401:
        return _BY_STATUS_AUTH
    if http_status == 403:
        return _BY_STATUS_FORBIDDEN
    if http_status == 404:
        return _BY_STATUS_NOT_FOUND
    if http_status is not None and 400 <= http_status < 500:
        return _BY_STATUS_INVALID
    if http_status is not None and 300 <= http_status < 400:
        return _BY_STATUS_REDIRECT
    return _OTHER
