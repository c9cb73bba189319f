"""Business profile limits are checked before anything is sent, and only changes are sent."""

from __future__ import annotations

from desktop.services.numbers.profile import ProfileDraft, profile_problems


def test_a_valid_profile_has_no_problems() -> None:
    draft = ProfileDraft(
        about="桜カフェへようこそ",
        email="hello@sakura.example",
        websites=("https://sakura.example",),
        vertical="RESTAURANT",
    )
    assert profile_problems(draft) == {}


def test_each_limit_is_named_with_the_count() -> None:
    draft = ProfileDraft(
        about="a" * 140,
        description="d" * 513,
        email="not-an-email",
        websites=("sakura.example", "https://" + "x" * 250),
        vertical="SPACESHIPS",
    )
    problems = {k: v.render() for k, v in profile_problems(draft).items()}
    assert problems["about"] == "140 characters: shorten it to 139 at most."
    assert problems["description"] == "513 characters: shorten it to 512 at most."
    assert "not an email address" in problems["email"]
    assert "https://" in problems["website1"] and "256" in problems["website2"]
    assert "category" in problems["vertical"]
    assert "about" in profile_problems(ProfileDraft(about="  "))


def test_only_changed_fields_are_sent_and_unset_categories_read_as_empty() -> None:
    before = ProfileDraft.from_graph({"about": "Hi", "vertical": "UNDEFINED", "websites": []})
    assert before.vertical == ""
    after = ProfileDraft(about="Hi", websites=("https://a.example",), vertical="RETAIL")
    assert after.changes_from(before) == {
        "vertical": "RETAIL",
        "websites": ["https://a.example"],
    }
