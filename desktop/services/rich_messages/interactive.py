"""Interactive messages the desk sends: up to three reply buttons, or a list of options.

Limits are Meta's (Cloud API reference §2.2): reply buttons 1–3, each title up to 20
characters and unique, text up to 1024, header and footer up to 60; a list has a menu
button of up to 20 characters, 1–10 sections, at most 10 options in all, option titles up
to 24 and descriptions up to 72, and section titles (up to 24) once there is more than one
section. The list's text is checked at 1024, the lower of Meta's two documented limits.
Ids are made here (``button-1``, ``option-3``): the customer's answer carries the id and
the title, and the title is what the desk shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.services.cloud_api.payloads import list_content, reply_buttons_content
from desktop.services.rich_messages.drafts import Problem, check_text, phrase
from desktop.services.text import QT_TRANSLATE_NOOP

BODY_MAX = 1024
HEADER_MAX = 60
FOOTER_MAX = 60
BUTTONS_MAX = 3
BUTTON_TITLE_MAX = 20
LIST_BUTTON_MAX = 20
SECTIONS_MAX = 10
ROWS_MAX = 10
SECTION_TITLE_MAX = 24
ROW_TITLE_MAX = 24
ROW_DESCRIPTION_MAX = 72

_BODY = QT_TRANSLATE_NOOP("RichMessages", "The message text")
_HEADER = QT_TRANSLATE_NOOP("RichMessages", "The header")
_FOOTER = QT_TRANSLATE_NOOP("RichMessages", "The footer")


def _shared(found: list[Problem], header: str, body: str, footer: str) -> None:
    check_text(found, "header", phrase(_HEADER), header, HEADER_MAX, required=False)
    check_text(found, "body", phrase(_BODY), body, BODY_MAX, required=True)
    check_text(found, "footer", phrase(_FOOTER), footer, FOOTER_MAX, required=False)


@dataclass(frozen=True)
class ReplyButtonsDraft:
    """A message with up to three buttons the customer answers with one tap."""

    body: str = ""
    buttons: tuple[str, ...] = ()
    header: str = ""
    footer: str = ""
    message_type: str = field(default="interactive", init=False)

    def titles(self) -> list[str]:
        """The buttons the user filled in (empty boxes are not buttons)."""
        return [t.strip() for t in self.buttons if t.strip()]

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        _shared(found, self.header, self.body, self.footer)
        titles = self.titles()
        if not titles:
            found.append(
                Problem(
                    "buttons",
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "RichMessages", "Add at least one button for the customer to tap."
                        )
                    ),
                )
            )
        if len(titles) > BUTTONS_MAX:
            found.append(
                Problem(
                    "buttons",
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "RichMessages",
                            "WhatsApp shows at most {limit} buttons; use a list for more choices.",
                        ),
                        limit=BUTTONS_MAX,
                    ),
                )
            )
        seen: set[str] = set()
        for index, raw in enumerate(self.buttons):
            title = raw.strip()
            if not title:
                continue
            what = phrase(QT_TRANSLATE_NOOP("RichMessages", "Button {n}"), n=index + 1)
            check_text(found, f"button:{index}", what, title, BUTTON_TITLE_MAX, required=True)
            if title.casefold() in seen:
                found.append(
                    Problem(
                        f"button:{index}",
                        phrase(
                            QT_TRANSLATE_NOOP(
                                "RichMessages",
                                "Button {n} says the same as another button; each button "
                                "needs its own words.",
                            ),
                            n=index + 1,
                        ),
                    )
                )
            seen.add(title.casefold())
        return found

    def content(self) -> dict[str, Any]:
        titles = self.titles()
        if not titles:  # not sendable (see problems); still drawn by the live preview
            return {"type": "button", "body": {"text": self.body.strip()}, "action": {}}
        return reply_buttons_content(
            self.body.strip(),
            [(f"button-{n}", title) for n, title in enumerate(titles, start=1)],
            header=self.header.strip() or None,
            footer=self.footer.strip() or None,
        )


@dataclass(frozen=True)
class ListRow:
    title: str = ""
    description: str = ""

    @property
    def empty(self) -> bool:
        return not self.title.strip() and not self.description.strip()


@dataclass(frozen=True)
class ListSection:
    title: str = ""
    rows: tuple[ListRow, ...] = ()

    def filled_rows(self) -> list[ListRow]:
        return [r for r in self.rows if not r.empty]


@dataclass(frozen=True)
class ListDraft:
    """A message with a menu button that opens a list of up to ten options."""

    body: str = ""
    button: str = ""
    sections: tuple[ListSection, ...] = ()
    header: str = ""
    footer: str = ""
    message_type: str = field(default="interactive", init=False)

    def used_sections(self) -> list[tuple[int, ListSection]]:
        """Sections with an option or a title (an empty new section is not sent)."""
        return [(i, s) for i, s in enumerate(self.sections) if s.filled_rows() or s.title.strip()]

    def row_count(self) -> int:
        return sum(len(s.filled_rows()) for _i, s in self.used_sections())

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        _shared(found, self.header, self.body, self.footer)
        check_text(
            found,
            "list_button",
            phrase(QT_TRANSLATE_NOOP("RichMessages", "The menu button")),
            self.button,
            LIST_BUTTON_MAX,
            required=True,
        )
        sections = self.used_sections()
        if len(sections) > SECTIONS_MAX:
            found.append(
                Problem(
                    "sections",
                    phrase(
                        QT_TRANSLATE_NOOP("RichMessages", "A list holds at most {limit} sections."),
                        limit=SECTIONS_MAX,
                    ),
                )
            )
        rows = self.row_count()
        if rows == 0:
            found.append(
                Problem(
                    "sections",
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "RichMessages", "Add at least one option for the customer to pick."
                        )
                    ),
                )
            )
        elif rows > ROWS_MAX:
            found.append(
                Problem(
                    "sections",
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "RichMessages",
                            "The list has {count} options; WhatsApp allows {limit} in all "
                            "sections together.",
                        ),
                        count=rows,
                        limit=ROWS_MAX,
                    ),
                )
            )
        several = len(sections) > 1
        for s_index, section in sections:
            s_what = phrase(
                QT_TRANSLATE_NOOP("RichMessages", "The title of section {n}"), n=s_index + 1
            )
            if several and not section.title.strip():
                found.append(
                    Problem(
                        f"section:{s_index}",
                        phrase(
                            QT_TRANSLATE_NOOP(
                                "RichMessages",
                                "Section {n} needs a title: with more than one section, "
                                "WhatsApp shows each section's title.",
                            ),
                            n=s_index + 1,
                        ),
                    )
                )
            else:
                check_text(
                    found,
                    f"section:{s_index}",
                    s_what,
                    section.title,
                    SECTION_TITLE_MAX,
                    required=False,
                )
            if not section.filled_rows():
                found.append(
                    Problem(
                        f"section:{s_index}",
                        phrase(
                            QT_TRANSLATE_NOOP(
                                "RichMessages", "Section {n} has no options; add one or remove it."
                            ),
                            n=s_index + 1,
                        ),
                    )
                )
            for r_index, row in enumerate(section.rows):
                if row.empty:
                    continue
                key = f"row:{s_index}:{r_index}"
                check_text(
                    found,
                    key + ":title",
                    phrase(
                        QT_TRANSLATE_NOOP("RichMessages", "Option {n} of section {s}"),
                        n=r_index + 1,
                        s=s_index + 1,
                    ),
                    row.title,
                    ROW_TITLE_MAX,
                    required=True,
                )
                check_text(
                    found,
                    key + ":description",
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "RichMessages", "The description of option {n} of section {s}"
                        ),
                        n=r_index + 1,
                        s=s_index + 1,
                    ),
                    row.description,
                    ROW_DESCRIPTION_MAX,
                    required=False,
                )
        return found

    def content(self) -> dict[str, Any]:
        sections: list[dict[str, Any]] = []
        number = 0
        for _index, section in self.used_sections():
            rows: list[dict[str, Any]] = []
            for row in section.filled_rows():
                number += 1
                item: dict[str, Any] = {"id": f"option-{number}", "title": row.title.strip()}
                if row.description.strip():
                    item["description"] = row.description.strip()
                rows.append(item)
            entry: dict[str, Any] = {"rows": rows}
            if section.title.strip():
                entry = {"title": section.title.strip(), **entry}
            sections.append(entry)
        if not sections:  # not sendable (see problems); still drawn by the live preview
            sections = [{"rows": []}]
        return list_content(
            self.body.strip(),
            self.button.strip(),
            sections,
            header=self.header.strip() or None,
            footer=self.footer.strip() or None,
        )
