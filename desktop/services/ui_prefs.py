"""The two settings the window needs before it is first painted, read without pydantic.

Start-up shows the window before the heavy services load; reading language and theme
through the full settings model would import pydantic first and delay the first paint.
Invalid or missing values fall back to the defaults; the full model validates later.
"""

from __future__ import annotations

import json
from pathlib import Path


def peek_ui_prefs(path: Path) -> tuple[str, str]:
    """(language, theme) from the settings file, or ("system", "light")."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "system", "light"
    language = data.get("language") if isinstance(data, dict) else None
    theme = data.get("theme") if isinstance(data, dict) else None
    return (
        language if language in ("system", "en", "ja") else "system",
        theme if theme in ("light", "dark") else "light",
    )
