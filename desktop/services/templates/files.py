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


#: A template is a few kilobytes; anything far larger is not one (and is not read whole).
MAX_FILE_BYTES = 4 * 1024 * 1024
#: A template nests about six levels deep; deeper input is refused before it can exhaust
#: the parser's recursion or the linter.
MAX_DEPTH = 32
#: Python refuses to convert longer integers (``sys.get_int_max_str_digits``); no template
#: field holds a number anywhere near that long.
MAX_INT_DIGITS = 4300


class _NotJsonValue:
    """A token ``json`` accepts but a template cannot hold: NaN, Infinity, or a number too
    long to convert. Parsed as this marker, so the walk afterwards can name its field."""

    def __init__(self, token: str) -> None:
        self.token = token


def _bounded_int(token: str) -> int | _NotJsonValue:
    if len(token.lstrip("-")) > MAX_INT_DIGITS:
        return _NotJsonValue(token)
    return int(token)


def _first_problem(data: Any) -> tuple[str, _NotJsonValue | None] | None:
    """Where ``data`` nests deeper than :data:`MAX_DEPTH` (with ``None``) or holds a
    :class:`_NotJsonValue` (with it); ``None`` when it has neither.

    Iterative, so a value that the parser accepted can never exhaust the stack here.
    """
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, _NotJsonValue):
            return where or "(top level)", value
        if depth > MAX_DEPTH:
            return where or "(top level)", None
        if isinstance(value, dict):
            for key, item in reversed(value.items()):
                stack.append((item, f"{where}.{key}" if where else str(key), depth + 1))
        elif isinstance(value, list):
            for i in range(len(value) - 1, -1, -1):
                stack.append((value[i], f"{where}[{i}]", depth + 1))
    return None


def read_json_file(path: Path) -> Any:
    """The parsed JSON of ``path``; :class:`TemplateFileError` if unreadable or not JSON.

    Every way a file can be unusable (missing, a folder, unreadable, too large, not UTF-8,
    not JSON, NaN or a 5,000-digit number, nested thousands of levels deep) ends here as
    one sentence naming the file, never as a traceback.
    """
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
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
    if len(raw) > MAX_FILE_BYTES:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles",
                "{path} is larger than {limit} MB; a template file is a few kilobytes. "
                "Check that this is the right file.",
            ),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
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
        data = json.loads(text, parse_constant=_NotJsonValue, parse_int=_bounded_int)
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
    except RecursionError:
        raise _too_deep(path, None) from None
    problem = _first_problem(data)
    if problem is None:
        return data
    where, value = problem
    if value is None:
        raise _too_deep(path, where)
    if value.token in ("NaN", "Infinity", "-Infinity"):
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles",
                "{path}: {field} is {token}, which is not a JSON number. Fix it in a text editor.",
            ),
            field=where,
            token=value.token,
        )
    raise _fail(
        path,
        QT_TRANSLATE_NOOP(
            "TemplateFiles",
            "{path}: {field} is a number of {digits} digits; no template field holds such a "
            "number. Fix it in a text editor.",
        ),
        field=where,
        digits=len(value.token.lstrip("-")),
    )


def _too_deep(path: Path, where: str | None) -> TemplateFileError:
    if where is None:
        return _fail(
            path,
            QT_TRANSLATE_NOOP(
                "TemplateFiles",
                "{path} is nested more than {limit} levels deep; a template nests about six. "
                "Check that this is a template file.",
            ),
            limit=MAX_DEPTH,
        )
    return _fail(
        path,
        QT_TRANSLATE_NOOP(
            "TemplateFiles",
            "{path} is nested more than {limit} levels deep at {field}; a template nests "
            "about six. Check that this is a template file.",
        ),
        limit=MAX_DEPTH,
        field=where,
    )


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
