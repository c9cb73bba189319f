"""The composer's reply-button, list, location and contact drafts: Meta's limits in words."""

from __future__ import annotations

import pytest

from desktop.sandbox.send_validation import check_message
from desktop.services.rich_messages import (
    ContactCardDraft,
    ListDraft,
    ListRow,
    ListSection,
    LocationDraft,
    ReplyButtonsDraft,
    map_link,
    parse_coordinates,
)


def fields(draft: object) -> dict[str, str]:
    return {p.field: p.phrase.render() for p in draft.problems()}  # type: ignore[attr-defined]


def envelope(kind: str, content: object) -> dict[str, object]:
    return {"messaging_product": "whatsapp", "to": "+819012345601", "type": kind, kind: content}


def test_reply_buttons_at_the_limits_pass_and_build_meta_s_shape() -> None:
    draft = ReplyButtonsDraft(
        body="b" * 1024,
        buttons=("a" * 20, "Cancel", "", "  Later  "),
        header="h" * 60,
        footer="f" * 60,
    )
    assert draft.problems() == []
    content = draft.content()
    assert content["header"] == {"type": "text", "text": "h" * 60}
    assert content["footer"] == {"text": "f" * 60}
    replies = [b["reply"] for b in content["action"]["buttons"]]
    assert replies == [
        {"id": "button-1", "title": "a" * 20},
        {"id": "button-2", "title": "Cancel"},
        {"id": "button-3", "title": "Later"},  # the empty box is not a button; spaces trimmed
    ]
    assert check_message(envelope("interactive", content), set()) == "interactive"


def test_reply_buttons_over_the_limits_say_which_field_in_words() -> None:
    draft = ReplyButtonsDraft(
        body="x" * 1025,
        buttons=("Yes", "yes", "t" * 21, "Four"),
        header="h" * 61,
        footer="f" * 61,
    )
    found = fields(draft)
    assert found["body"] == "The message text is 1025 characters long; WhatsApp allows 1024."
    assert found["header"] == "The header is 61 characters long; WhatsApp allows 60."
    assert found["footer"] == "The footer is 61 characters long; WhatsApp allows 60."
    assert "same as another button" in found["button:1"]
    assert found["button:2"] == "Button 3 is 21 characters long; WhatsApp allows 20."
    assert "at most 3 buttons" in found["buttons"]
    for text in found.values():  # plain words: no JSON paths, no API names
        assert "[" not in text and "interactive" not in text and "reply" not in text


def test_reply_buttons_need_text_and_a_button() -> None:
    found = fields(ReplyButtonsDraft(body="  ", buttons=("", " ")))
    assert found["body"] == "The message text is required."
    assert found["buttons"] == "Add at least one button for the customer to tap."


def test_japanese_counts_characters_not_bytes() -> None:
    assert ReplyButtonsDraft(body="ご予約", buttons=("変更する" * 5,)).problems() == []
    assert (
        "21"
        in fields(ReplyButtonsDraft(body="ご予約", buttons=("変更する" * 5 + "!",)))["button:0"]
    )


def list_of(*sections: ListSection, button: str = "Options", body: str = "Which?") -> ListDraft:
    return ListDraft(body=body, button=button, sections=sections)


def test_a_list_at_the_limits_passes_and_numbers_its_options_across_sections() -> None:
    rows = tuple(ListRow("r" * 24, "d" * 72) for _ in range(5))
    draft = list_of(
        ListSection("s" * 24, rows), ListSection("Slow", rows), ListSection("", ()), button="b" * 20
    )
    assert draft.problems() == []
    content = draft.content()
    sections = content["action"]["sections"]
    assert len(sections) == 2  # the empty third section is left out
    ids = [row["id"] for section in sections for row in section["rows"]]
    assert ids == [f"option-{n}" for n in range(1, 11)]
    assert check_message(envelope("interactive", content), set()) == "interactive"


def test_a_list_over_the_limits() -> None:
    eleven = list_of(
        ListSection("A", tuple(ListRow(f"r{n}") for n in range(6))),
        ListSection("", tuple(ListRow(f"s{n}") for n in range(5))),
        button="b" * 21,
    )
    found = fields(eleven)
    assert found["sections"] == (
        "The list has 11 options; WhatsApp allows 10 in all sections together."
    )
    assert found["list_button"] == "The menu button is 21 characters long; WhatsApp allows 20."
    assert found["section:1"].startswith("Section 2 needs a title")
    long_row = list_of(ListSection("", (ListRow("t" * 25, "d" * 73),)))
    found = fields(long_row)
    assert (
        found["row:0:0:title"] == "Option 1 of section 1 is 25 characters long; WhatsApp allows 24."
    )
    assert found["row:0:0:description"].endswith("73 characters long; WhatsApp allows 72.")
    assert "section:0" not in found  # one section needs no title
    assert fields(list_of())["sections"] == "Add at least one option for the customer to pick."
    titled_only = list_of(ListSection("Fast", (ListRow("a"),)), ListSection("Empty", ()))
    assert "has no options" in fields(titled_only)["section:1"]


def test_a_row_with_only_a_description_needs_a_title() -> None:
    found = fields(list_of(ListSection("", (ListRow("", "just words"),))))
    assert found["row:0:0:title"] == "Option 1 of section 1 is required."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("35.6812, 139.7671", (35.6812, 139.7671)),
        ("35.6812 139.7671", (35.6812, 139.7671)),
        ("-33.8568,151.2153", (-33.8568, 151.2153)),
        ("35,6812 139,7671", (35.6812, 139.7671)),
        (
            "https://www.openstreetmap.org/?mlat=35.68&mlon=139.76#map=16/35.68/139.76",
            (35.68, 139.76),
        ),
        ("https://www.openstreetmap.org/#map=17/48.8584/2.2945", (48.8584, 2.2945)),
        ("https://www.google.com/maps/@35.6812,139.7671,15z", (35.6812, 139.7671)),
        ("https://maps.google.com/?q=35.6812,139.7671", (35.6812, 139.7671)),
        ("Tokyo station", None),
        ("", None),
    ],
)
def test_pasted_coordinates_and_map_links_are_read(
    text: str, expected: tuple[float, float] | None
) -> None:
    assert parse_coordinates(text) == expected


def test_location_ranges_and_numbers() -> None:
    assert LocationDraft("90", "-180").problems() == []
    assert LocationDraft("35,68", "139,76").coordinates() == (35.68, 139.76)
    found = fields(LocationDraft("90.5", "east", name="n" * 1001))
    assert found["latitude"] == "Latitude must lie between -90 and 90."
    assert found["longitude"] == "Longitude must be a number in degrees, for example 35.6812."
    assert "1001" in found["name"]
    assert fields(LocationDraft("", "181"))["latitude"] == "Latitude is required."
    assert (
        fields(LocationDraft("", "181"))["longitude"] == "Longitude must lie between -180 and 180."
    )
    assert fields(LocationDraft("nan", "inf"))["latitude"].startswith("Latitude must be a number")
    content = LocationDraft(" 35.6812 ", "139.7671", name=" 東京駅 ", address="").content()
    assert content == {"latitude": 35.6812, "longitude": 139.7671, "name": "東京駅"}
    assert check_message(envelope("location", content), set()) == "location"


def test_map_link_is_plain_openstreetmap() -> None:
    link = map_link(35.6812, 139.7671)
    assert (
        link == "https://www.openstreetmap.org/?mlat=35.6812&mlon=139.7671#map=16/35.6812/139.7671"
    )
    assert map_link(-1.5, 0.0) == "https://www.openstreetmap.org/?mlat=-1.5&mlon=0#map=16/-1.5/0"


def test_contact_card_reads_the_number_like_a_new_chat() -> None:
    card = ContactCardDraft("Tanaka  Hanako", "090-1234-5678", region="JP")
    assert card.problems() == []
    content = card.content()
    assert content == [
        {
            "name": {
                "formatted_name": "Tanaka Hanako",
                "first_name": "Tanaka",
                "last_name": "Hanako",
            },
            "phones": [{"phone": "+81 90-1234-5678", "type": "CELL", "wa_id": "819012345678"}],
        }
    ]
    assert check_message(envelope("contacts", content), set()) == "contacts"
    single = ContactCardDraft("田中花子", "+81 90 1234 5678").content()
    assert single[0]["name"] == {"formatted_name": "田中花子", "first_name": "田中花子"}
    found = fields(ContactCardDraft("", "12345"))
    assert found["name"] == "The contact's name is required."
    assert "not a valid phone number" in found["number"]
    # a stored contact's number is taken as Meta gave it
    known = ContactCardDraft("Sandbox", known_wa_id="15550001234")
    assert known.problems() == []
    assert known.content()[0]["phones"][0]["wa_id"] == "15550001234"


def test_the_sandbox_refuses_what_meta_refuses_with_meta_s_codes() -> None:
    from desktop.sandbox.errors import GraphError

    def code(kind: str, content: object) -> int:
        with pytest.raises(GraphError) as caught:
            check_message(envelope(kind, content), set())
        return caught.value.code

    buttons = ReplyButtonsDraft(body="Hi", buttons=("Yes", "No")).content()
    same_ids = {**buttons, "action": {"buttons": [buttons["action"]["buttons"][0]] * 2}}
    assert code("interactive", same_ids) == 131009
    rows = list_of(ListSection("", (ListRow("a"), ListRow("b")))).content()
    rows["action"]["sections"][0]["rows"][1]["id"] = "option-1"
    assert code("interactive", rows) == 131009
    assert code("location", {"latitude": 91, "longitude": 0}) == 131009
    assert code("location", {"latitude": 0, "longitude": -180.5}) == 131009
    assert code("location", {"latitude": 0}) == 131008
    assert code("contacts", [{"name": {"formatted_name": "Only"}}]) == 131008
    assert code("contacts", [{"phones": [{"phone": "+1"}]}]) == 131008
    assert (
        code(
            "contacts",
            [{"name": {"formatted_name": "A", "first_name": "A"}, "phones": [{"phone": 1}]}],
        )
        == 100
    )
