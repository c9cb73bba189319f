"""Channels on the Numbers page: name and colour a number, move the channel to another number,
and the old number's conversations stay under the same channel for the inbox."""

from __future__ import annotations

import pytest
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TEST, NUMBER_TOKYO
from desktop.services.numbers.channels import PALETTE, channels_by_number
from desktop.ui.numbers.numbers_page import ID_ROLE, NumbersPage

pytestmark = pytest.mark.asyncio


def number_texts(page: NumbersPage) -> dict[str, str]:
    model, out = page.model, {}
    for b in range(model.rowCount()):
        bi = model.index(b, 0)
        for w in range(model.rowCount(bi)):
            wi = model.index(w, 0, bi)
            for n in range(model.rowCount(wi)):
                ni = model.index(n, 0, wi)
                out[ni.data(ID_ROLE)] = ni.data()
    return out


async def test_name_colour_and_move_a_channel(app: RunningApp) -> None:
    page = app.window.page("numbers")
    assert isinstance(page, NumbersPage) and page.channel_box is not None
    app.window.show_page("numbers")
    await until(lambda: page.model.rowCount() == 1, what="accounts tree")
    page.select_number(NUMBER_TOKYO)
    box = page.channel_box
    assert box.isVisibleTo(page) and box.name.text()  # named after the number by default

    box.name.setText("")
    box.save_button.click()
    await until(lambda: "name" in box.result.text(), what="empty name refused")
    box.name.setText("Front desk")
    box.swatches.buttons()[2].click()
    box.save_button.click()
    await until(lambda: number_texts(page)[NUMBER_TOKYO].startswith("Front desk"), what="tree")
    channels = await app.services.db.run(channels_by_number)
    assert (channels[NUMBER_TOKYO].name, channels[NUMBER_TOKYO].colour) == (
        "Front desk",
        PALETTE[2],
    )

    # Osaka gets a channel of its own: the Tokyo channel can't take it over.
    page.select_number(NUMBER_OSAKA)
    await box.save(NUMBER_OSAKA, "Osaka", PALETTE[1])
    page.select_number(NUMBER_TOKYO)
    await box.move_to(NUMBER_TOKYO, NUMBER_OSAKA)
    assert "already belongs to the channel “Osaka”" in box.result.text()

    await box.move_to(NUMBER_TOKYO, NUMBER_TEST)
    await until(lambda: number_texts(page)[NUMBER_TEST].startswith("Front desk"), what="moved")
    channels = await app.services.db.run(channels_by_number)
    assert channels[NUMBER_TOKYO] == channels[NUMBER_TEST]
    assert channels[NUMBER_TEST].phone_number_id == NUMBER_TEST
    # the replaced number is shown as part of the channel, read-only
    page.select_number(NUMBER_TOKYO)
    assert "was replaced" in box.intro.text() and not box.save_button.isEnabled()
    page.select_number(NUMBER_TEST)
    assert "Earlier numbers of this channel" in box.former.text()
    assert box.save_button.isEnabled()
