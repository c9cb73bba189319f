"""The template designer page: template list per WABA, editor, live preview, lint."""

from __future__ import annotations

from desktop.ui.templates.designer_page import TemplateDesignerPage
from desktop.ui.templates.template_editor import TemplateEditor

__all__ = ["TemplateDesignerPage", "TemplateEditor"]
