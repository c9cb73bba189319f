"""The emoji picker's catalogue: real names from the emoji package, English and Japanese
search, recently used first and kept across restarts."""

from __future__ import annotations

from pathlib import Path

from desktop.services.emoji_catalog import (
    MAX_RECENT,
    RecentEmoji,
    emoji_catalog,
    push_recent,
    search_emoji,
)


def test_catalogue_holds_named_fully_qualified_emoji_without_skin_tones() -> None:
    catalog = emoji_catalog()
    assert len(catalog) > 1000
    chars = {e.char for e in catalog}
    assert {"😀", "👍", "❤️", "🎉"} <= chars
    assert "👍🏽" not in chars  # skin-tone variants are not offered separately
    assert catalog[0].char == "😀"  # faces first, as phone keyboards do
    assert all(e.name for e in catalog)


def test_search_by_english_and_japanese_names() -> None:
    assert "👍" in [e.char for e in search_emoji("thumbs up")]
    assert search_emoji("THUMBS")[0].name.startswith("thumbs")
    assert "🎂" in [e.char for e in search_emoji("ケーキ")]
    assert "😄" in [e.char for e in search_emoji("笑")]
    assert search_emoji("zzqqxx-none") == []
    assert len(search_emoji("  ")) == len(emoji_catalog())


def test_recent_first_without_repeats_and_capped() -> None:
    recent = push_recent(push_recent(push_recent([], "👍"), "🎉"), "👍")
    assert recent == ["👍", "🎉"]
    many: list[str] = []
    for e in emoji_catalog()[: MAX_RECENT + 5]:
        many = push_recent(many, e.char)
    assert len(many) == MAX_RECENT and many[0] == emoji_catalog()[MAX_RECENT + 4].char


def test_recent_emoji_survive_a_restart_and_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "recent_emoji.json"
    store = RecentEmoji(path)
    store.use("🙏")
    store.use("😀")
    assert RecentEmoji(path).items == ["😀", "🙏"]
    path.write_text("{not json", encoding="utf-8")
    assert RecentEmoji(path).items == []
    memory = RecentEmoji(None)
    memory.use("🙂")
    assert memory.items == ["🙂"]
