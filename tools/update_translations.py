"""Refresh resources/translations: collect every tr()/translate()/QT_TRANSLATE_NOOP string
from desktop/ into the .ts files (keeping existing translations) and compile the .qm files.

Run after changing user-visible text: `make translations`. The test suite fails when a
string in the code is missing from the Japanese file or left untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "ja")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(
        Path(sys.executable).with_name(f"pyside6-{name}")
    )
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop").rglob("*.py")
        if "migrations" not in p.parts
    )


def update(ts_dir: Path = TRANSLATIONS, *, compile_qm: bool = True) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = [ts_dir / f"wabadesk_{lang}.ts" for lang in LANGUAGES]
    for ts in files:
        lang = ts.stem.split("_")[-1]
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        if compile_qm:
            subprocess.run(
                [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
    return files


if __name__ == "__main__":
    for path in update():
        print(path.relative_to(ROOT))
