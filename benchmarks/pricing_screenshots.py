"""Screenshots of every Pricing tab, at two sizes, in English and Japanese, light and dark.

Fills a small history database (make_pricing_history_db.py), bills it, and grabs each tab of
the Pricing page. Not a benchmark: it lives here beside the database maker it uses.
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/pricing_screenshots.py OUT_DIR``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.models.db import Database  # noqa: E402
from desktop.services.pricing.history import price_history, read_history  # noqa: E402
from desktop.ui.pricing.pricing_page import PricingPage  # noqa: E402
from desktop.ui.theme import apply_theme  # noqa: E402

EXAMPLES = ROOT / "tests" / "unit" / "pricing" / "pricing-examples.json"
SIZES = ((1024, 700), (1440, 900))
TABS = ("scenario", "history", "explain", "cards")


def shoot(out: Path, db_path: Path) -> list[Path]:
    from benchmarks.make_pricing_history_db import make

    if not db_path.exists():
        make(db_path, 4000, 300)
    app = QApplication.instance() or QApplication([])
    db = Database(f"sqlite:///{db_path}")
    saved: list[Path] = []
    try:
        stored = db.call(read_history)
        for lang in ("en", "ja"):
            translator = QTranslator()
            if lang == "ja":
                translator.load(str(ROOT / "resources" / "translations" / "wabadesk_ja.qm"))
                QCoreApplication.installTranslator(translator)
            for theme in ("light", "dark"):
                apply_theme(app, theme)  # type: ignore[arg-type]
                page = PricingPage(None)
                page.history_tab.show_report(price_history(page.book, stored))
                page.explain_tab.load_scenario_file(EXAMPLES)
                page.explain_tab.choose_scenario("pub-02-zoho-ja-ex1-user-initiated")
                for w, h in SIZES:
                    page.resize(w, h)
                    page.show()
                    for i, name in enumerate(TABS):
                        page.tabs.setCurrentIndex(i)
                        for _ in range(3):
                            app.processEvents()
                        path = out / f"{name}_{w}x{h}_{lang}_{theme}.png"
                        page.grab().save(str(path))
                        saved.append(path)
                page.close()
                page.deleteLater()
                app.processEvents()
            if lang == "ja":
                QCoreApplication.removeTranslator(translator)
    finally:
        db.close()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
    target.mkdir(parents=True, exist_ok=True)
    db_file = Path(tempfile.gettempdir()) / "wabadesk-pricing-shots.sqlite3"
    for p in shoot(target, db_file):
        print(p)
