"""The packaging files name what really exists, so a frozen build cannot silently break."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_build_spec_parses_and_names_real_paths() -> None:
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert (ROOT / "desktop" / "__main__.py").exists()
    for folder in re.findall(r'ROOT / "([^"]+)"(?: / "([^"]+)")?(?: / "([^"]+)")?', source):
        path = ROOT.joinpath(*[p for p in folder if p])
        assert path.exists(), path
    for module in re.findall(r'"(desktop\.[a-z_.]+)"', source):
        assert (ROOT / (module.replace(".", "/") + ".py")).exists(), module


def test_console_script_points_at_the_cli() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["wabadesk"] == "desktop.cli.main:main"
    pins = [d for d in project["project"]["dependencies"] if d.startswith("PySide6")]
    assert pins and all("<6.12" in d for d in pins)  # 6.12.0 aborts on Python 3.11


def test_build_spec_bundles_every_cli_command() -> None:
    """The CLI imports its commands by name; one missing from the spec crashes the frozen app."""
    from desktop.cli.main import COMMAND_MODULES

    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    missing = [m for m in COMMAND_MODULES if f'"{m}"' not in source]
    assert missing == []


def test_icons_exist_for_the_window_and_each_platform_build() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "wabadesk.png").read_bytes().startswith(b"\x89PNG")
    assert (icons / "wabadesk.ico").read_bytes()[:4] == b"\0\0\1\0"


def test_linux_desktop_entry_names_the_app_and_its_icon() -> None:
    lines = (ROOT / "packaging" / "wabadesk.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "WABA Desk"
    assert entry["Icon"] == "wabadesk"
    assert entry["Exec"].endswith("/wabadesk")


def test_systemd_unit_runs_a_command_line_the_cli_accepts() -> None:
    """The unit's ExecStart must parse with today's flags (a renamed flag would crash-loop)."""
    from desktop.cli import webhook_server_cmd
    from desktop.cli.main import build_parser

    text = (ROOT / "packaging" / "wabadesk-webhook.service").read_text(encoding="utf-8")
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    argv = exec_start.removeprefix("ExecStart=").split()
    assert argv[0].endswith("/wabadesk")
    args = build_parser().parse_args(argv[1:])
    assert args.handler is webhook_server_cmd.run
    assert "EnvironmentFile=" in text and "Restart=on-failure" in text
    assert "User=wabadesk" in text
