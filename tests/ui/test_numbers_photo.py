"""The profile photo from the Numbers page: a good picture is uploaded to the sandbox, a wrong
one says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.ui.numbers.numbers_page import NumbersPage
from tests.images import png

pytestmark = pytest.mark.asyncio


async def test_upload_a_profile_photo(app: RunningApp, tmp_path: Path) -> None:
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage)
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_TOKYO)
    editor = page.profile
    page.tabs.setCurrentWidget(editor)
    assert editor.photo_button.isVisibleTo(editor)

    wide = tmp_path / "banner.png"
    wide.write_bytes(png(400, 200))
    await editor.upload_photo(str(wide))
    assert "Crop it to a square" in editor.photo_result.text()
    await editor.upload_photo(str(tmp_path / "missing.png"))
    assert editor.photo_result.text().startswith("Could not read")

    logo = tmp_path / "logo.png"
    logo.write_bytes(png(256, 256))
    await editor.upload_photo(str(logo))
    assert editor.photo_result.text().startswith("Photo uploaded")
    sandbox = app.services.sandbox
    assert sandbox is not None and list(sandbox.upload_handles.values()) == [logo.read_bytes()]
    url = sandbox.world.numbers[NUMBER_TOKYO].profile["profile_picture_url"]
    assert url.endswith(next(iter(sandbox.upload_handles)))
