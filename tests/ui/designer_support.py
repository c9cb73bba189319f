"""Build the template designer page alone, on a database and a fake Cloud API client."""

from __future__ import annotations

from typing import Any

from desktop.models.db import Database
from desktop.services.events import EventHub
from desktop.services.templates.submission import ClientFactory, TemplateSubmission
from desktop.ui.templates import TemplateDesignerPage


def designer_page(
    db: Database, client_factory: ClientFactory, hub: EventHub, **kwargs: Any
) -> TemplateDesignerPage:
    """The page with its use cases wired to ``client_factory`` and ``hub``, as the app does."""
    return TemplateDesignerPage(db, TemplateSubmission(db, client_factory, hub), hub, **kwargs)
