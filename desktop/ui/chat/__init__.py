"""The one chat-bubble renderer shared by the inbox and the template preview."""

from __future__ import annotations

from desktop.ui.chat.bubble_delegate import (
    BUBBLE_HIGHLIGHT_ROLE,
    BUBBLE_KEY_ROLE,
    BUBBLE_SPEC_ROLE,
    BubbleDelegate,
)
from desktop.ui.chat.bubble_preview import BubblePreview
from desktop.ui.chat.bubble_renderer import (
    DARK_COLORS,
    LIGHT_COLORS,
    BubbleColors,
    BubbleLayout,
    BubbleRenderer,
    colors_for,
    visible_buttons,
)
from desktop.ui.chat.bubble_spec import BubbleButton, BubbleHeader, BubbleSpec, spec_from_sample

__all__ = [
    "BUBBLE_HIGHLIGHT_ROLE",
    "BUBBLE_KEY_ROLE",
    "BUBBLE_SPEC_ROLE",
    "DARK_COLORS",
    "LIGHT_COLORS",
    "BubbleButton",
    "BubbleColors",
    "BubbleDelegate",
    "BubbleHeader",
    "BubbleLayout",
    "BubblePreview",
    "BubbleRenderer",
    "BubbleSpec",
    "colors_for",
    "spec_from_sample",
    "visible_buttons",
]
