"""Reading and writing templates as Graph-API JSON files (one file, or a folder of them).

Import accepts what people actually have: one template object, a list of them, or Meta's
list response ``{"data": [...]}``. A broken file never stops a folder import: it is
reported with the reason and what to do, and the good files still load. Export writes
through a temporary file, so a failed write never leaves half a template behind.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.services.templates.model import MessageTemplate
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "TemplateFiles"


class TemplateFileError(Exception):
    """A template file that cannot be used; ``phrase`` says why and what to do."""

    def __init__(self, path: Path, phrase: Phrase) -> None:
        super().__init__(f"{path}: {phrase.render()}")
        self.path = path
        self.phrase = phrase


@dataclass
class FolderImport:
    """The templates of a folder, and the files that could not be read."""

    templates: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)
    errors: list[TemplateFileError] = field(default_factory=list)


def _fail(path: Path, source: str, **args: Any) -> TemplateFileError:
    return TemplateFileError(path, Phrase(CONTEXT, source, {"path": str(path), **args}))


def read_json_file(path: Path) -> Any:
    """The parsed JSON of ``path``; :class:`TemplateFileError` if unreadable or not JSON."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP("TemplateFiles", "{path} does not exist. Check the file name."),
        ) from None
    except IsADirectoryError:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles", "{path} is a folder; give a .json file (or import the folder)."
            ),
        ) from None
    except OSError as exc:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles", "{path} cannot be read ({reason}). Check its permissions."
            ),
            reason=exc.strerror or str(exc),
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles", "{path} is not UTF-8 text. Save it as UTF-8 JSON and retry."
            ),
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles",
                "{path} is not valid JSON (line {line}, column {column}: {reason}). Fix it "
                "in a text editor.",
            ),
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None


def load_template_file(path: Path | str) -> dict[str, Any]:
    """One template object from ``path`` (the ``templates lint`` input)."""
    path = Path(path)
    data = read_json_file(path)
    if not isinstance(data, dict):
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles",
                "{path} holds a JSON {kind}, not a template object. A template file starts "
                'with {{ and has "name", "language", "category" and "components".',
            ),
            kind=type(data).__name__.replace("dict", "object").replace("list", "array"),
        )
    return data


def load_templates(path: Path | str) -> list[dict[str, Any]]:
    """All templates in one file: an object, an array of objects, or ``{"data": [...]}``."""
    path = Path(path)
    data = read_json_file(path)
    if isinstance(data, dict) and isinstance(data.get("data"), list) and "name" not in data:
        data = data["data"]
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise _fail(
                path,
                QT_TRANSLATE_NOOP(
                    "TemplateFiles",
                    "{path}: entry {index} is not a template object. Remove it or fix it.",
                ),
                index=i + 1,
            )
    return items


def load_template_folder(folder: Path | str, pattern: str = "*.json") -> FolderImport:
    """Every template in the ``*.json`` files of ``folder`` (sorted by file name)."""
    folder = Path(folder)
    result = FolderImport()
    if not folder.is_dir():
        result.errors.append(
            _fail(
                folder,
                QT_TRANSLATE_NOOP(
                    "TemplateFiles", "{path} is not a folder. Choose a folder of .json files."
                ),
            )
        )
        return result
    for path in sorted(folder.glob(pattern)):
        if not path.is_file():
            continue
        try:
            for template in load_templates(path):
                result.templates.append((path, template))
        except TemplateFileError as exc:
            result.errors.append(exc)
    return result


def template_file_name(template: Mapping[str, Any]) -> str:
    """``name.language.json``, safe on every file system."""
    name = str(template.get("name") or "template")
    language = str(template.get("language") or "und")
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{name}.{language}")
    return f"{stem}.json"


def export_template_file(template: Mapping[str, Any] | MessageTemplate, path: Path | str) -> Path:
    """Write one template as pretty UTF-8 JSON (atomically)."""
    path = Path(path)
    data = template.to_graph() if isinstance(template, MessageTemplate) else dict(template)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def export_template_folder(
    templates: Iterable[Mapping[str, Any] | MessageTemplate], folder: Path | str
) -> list[Path]:
    """One ``name.language.json`` per template in ``folder``."""
    folder = Path(folder)
    written: list[Path] = []
    for template in templates:
        data = template.to_graph() if isinstance(template, MessageTemplate) else template
        written.append(export_template_file(data, folder / template_file_name(data)))
    return written
