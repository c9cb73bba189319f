"""Only services publish domain events: no widget announces a change it did not make."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "desktop" / "ui"


def test_no_ui_module_publishes_events() -> None:
    # The designer once published TemplatesChanged itself after a submit; the use case
    # (services/templates/submission.py) does it now, after the row is stored.
    publishers = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "publish"
            ):
                publishers.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}")
    assert publishers == []
