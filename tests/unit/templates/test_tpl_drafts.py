"""Drafts on disk: atomic saves, newest first, unreadable files kept aside, never deleted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services.templates.drafts import TemplateDraftStore, default_drafts_dir, new_draft_key


def test_save_load_and_discard(tmp_path: Path) -> None:
    store = TemplateDraftStore(tmp_path / "drafts")
    assert store.load_all() == []
    graph = {
        "name": "order_update",
        "language": "ja",
        "components": [{"type": "BODY", "text": "こんにちは"}],
    }
    key = new_draft_key()
    path = store.save(key, graph, waba_id="w1", template_id=7)
    assert path.parent == tmp_path / "drafts"
    [draft] = store.load_all()
    assert (draft.key, draft.waba_id, draft.template_id, draft.graph) == (key, "w1", 7, graph)
    assert draft.title == "order_update (ja)"
    assert "こんにちは" in path.read_text(encoding="utf-8")  # readable, not escaped
    store.discard(key)
    assert store.load_all() == [] and not path.exists()


def test_newest_first_and_overwrite_in_place(tmp_path: Path) -> None:
    store = TemplateDraftStore(tmp_path)
    store.save("a", {"name": "first"})
    store.save("b", {"name": "second"})
    store.save("a", {"name": "first_again"})
    drafts = store.load_all()
    assert [d.key for d in drafts] == ["a", "b"]
    assert drafts[0].graph == {"name": "first_again"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]  # no temp files


def test_a_failed_write_keeps_the_previous_version(tmp_path: Path) -> None:
    store = TemplateDraftStore(tmp_path)
    store.save("k", {"name": "good"})
    with pytest.raises(TypeError):
        store.save("k", {"name": object()})  # not JSON: the write fails half way
    assert store.load("k") is not None and store.load("k").graph == {"name": "good"}  # type: ignore[union-attr]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.json"]


def test_unreadable_drafts_are_set_aside_not_deleted(tmp_path: Path) -> None:
    store = TemplateDraftStore(tmp_path)
    store.save("ok", {"name": "fine"})
    (tmp_path / "torn.json").write_text('{"template": {"name": "x"', encoding="utf-8")
    (tmp_path / "odd.json").write_text(json.dumps({"template": [1]}), encoding="utf-8")
    assert [d.key for d in store.load_all()] == ["ok"]
    assert (tmp_path / "torn.broken").exists() and (tmp_path / "odd.broken").exists()


def test_keys_cannot_escape_the_folder(tmp_path: Path) -> None:
    store = TemplateDraftStore(tmp_path)
    with pytest.raises(ValueError):
        store.save("../evil", {})


def test_default_folder_is_in_the_data_dir() -> None:
    assert default_drafts_dir().name == "template_drafts"
