"""Templates as Meta returns them, turned back into the shape they are created in.

``GET /message_templates`` shows an AUTHENTICATION template as WhatsApp renders it: body
text ``"{{1}} is your verification code. For your security, …"``, footer text
``"This code expires in 10 minutes."`` and a URL button ending in ``{{1}}``. The create
API instead takes ``add_security_recommendation``, ``code_expiration_minutes`` and an OTP
button. The designer edits (and lints) the create shape, so a fetched template passes
through :func:`editable_template` first. Other categories need no change.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_SECURITY_RE = re.compile(r"for your security", re.IGNORECASE)
_MINUTES_RE = re.compile(r"(\d{1,2})")


def editable_template(graph: dict[str, Any]) -> dict[str, Any]:
    """``graph`` in the create-template shape (a copy; the input is not changed)."""
    out = copy.deepcopy(graph)
    if str(out.get("category") or "").upper() != "AUTHENTICATION":
        return out
    components = out.get("components")
    if not isinstance(components, list):
        return out
    for comp in components:
        if not isinstance(comp, dict):
            continue
        kind = str(comp.get("type") or "").upper()
        text = comp.get("text")
        if kind == "BODY" and isinstance(text, str):
            if _SECURITY_RE.search(text):
                comp["add_security_recommendation"] = True
            comp.pop("text", None)
            comp.pop("example", None)
        elif kind == "FOOTER" and isinstance(text, str):
            m = _MINUTES_RE.search(text)
            if m and "code_expiration_minutes" not in comp:
                comp["code_expiration_minutes"] = int(m.group(1))
            comp.pop("text", None)
        elif kind == "BUTTONS" and isinstance(comp.get("buttons"), list):
            comp["buttons"] = [_otp_button(b) for b in comp["buttons"]]
    return out


def _otp_button(button: Any) -> Any:
    if not isinstance(button, dict) or str(button.get("type") or "").upper() != "URL":
        return button
    url = str(button.get("url") or "")
    otp_type = "ONE_TAP" if "otp_type=ONE_TAP" in url else "COPY_CODE"
    if "otp_type=ZERO_TAP" in url:
        otp_type = "ZERO_TAP"
    otp: dict[str, Any] = {"type": "OTP", "otp_type": otp_type}
    if button.get("text"):
        otp["text"] = button["text"]
    for key, value in button.items():
        if key not in ("type", "text", "url", "example"):
            otp[key] = value
    return otp
