"""Designer drafts on disk, so nothing typed is lost to a crash or a closed window.

One JSON file per draft in ``<data dir>/template_drafts``. Every save writes a temporary
file in the same folder, flushes it to disk and renames it over the old one, so a crash
mid-write leaves the previous version, never half a file. A file that cannot be read is
left where it is (renamed ``*.broken``) rather than deleted, and skipped.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.models.db import data_dir

log = logging.getLogger(__name__)

_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class TemplateDraft:
    """One unsent edit of the designer."""

    key: str
    waba_id: str
    #: The local template row being edited, or None for a new template.
    template_id: int | None
    graph: dict[str, Any]
    saved_at: datetime

    @property
    def title(self) -> str:
        name = str(self.graph.get("name") or "")
        language = str(self.graph.get("language") or "")
        return f"{name} ({language})" if name else f"({language})"


def default_drafts_dir() -> Path:
    return data_dir() / "template_drafts"


def new_draft_key() -> str:
    return uuid.uuid4().hex


class TemplateDraftStore:
    """Saves, lists and discards drafts in ``folder`` (created on first save)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_drafts_dir()

    def path_for(self, key: str) -> Path:
        if not _KEY_RE.match(key):
            raise ValueError(f"draft key {key!r} must be letters, digits, - or _")
        return self.folder / f"{key}.json"

    def save(
        self, key: str, graph: dict[str, Any], *, waba_id: str = "", template_id: int | None = None
    ) -> Path:
        """Write the draft atomically; returns its path."""
        path = self.path_for(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "version": 1,
            "waba_id": waba_id,
            "template_id": template_id,
            "saved_at": datetime.now(UTC).isoformat(),
            "template": graph,
        }
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def load(self, key: str) -> TemplateDraft | None:
        path = self.path_for(key)
        return self._read(path) if path.exists() else None

    def load_all(self) -> list[TemplateDraft]:
        """Every readable draft, newest first."""
        if not self.folder.is_dir():
            return []
        drafts = [d for p in sorted(self.folder.glob("*.json")) if (d := self._read(p))]
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)

    def discard(self, key: str) -> None:
        self.path_for(key).unlink(missing_ok=True)

    def _read(self, path: Path) -> TemplateDraft | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            graph = data["template"]
            if not isinstance(graph, dict):
                raise ValueError("template is not an object")
            template_id = data.get("template_id")
            saved = datetime.fromisoformat(str(data.get("saved_at")))
            return TemplateDraft(
                key=path.stem,
                waba_id=str(data.get("waba_id") or ""),
                template_id=template_id if isinstance(template_id, int) else None,
                graph=graph,
                saved_at=saved if saved.tzinfo else saved.replace(tzinfo=UTC),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("template draft %s is unreadable (%s); kept as .broken", path, exc)
            try:
                path.rename(path.with_suffix(".broken"))
            except OSError:
                pass
            return None
