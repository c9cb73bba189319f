"""Message templates: Meta's rules (lint), the designer's model, files, samples, sends."""

from __future__ import annotations

from desktop.services.templates.fetched import editable_template
from desktop.services.templates.files import (
    FolderImport,
    TemplateFileError,
    export_template_file,
    export_template_folder,
    load_template_file,
    load_template_folder,
    load_templates,
)
from desktop.services.templates.lint import LintItem, LintReport, lint_template
from desktop.services.templates.model import (
    MessageTemplate,
    TemplateButton,
    TemplateComponent,
    TemplateShapeError,
)
from desktop.services.templates.sample import (
    SampleButton,
    SampleMessage,
    render_sample,
    render_sent,
)
from desktop.services.templates.send_params import (
    SendParamsError,
    SendValues,
    build_send_components,
    check_send_components,
    encode_url_suffix,
)

__all__ = [
    "FolderImport",
    "LintItem",
    "LintReport",
    "MessageTemplate",
    "SampleButton",
    "SampleMessage",
    "SendParamsError",
    "SendValues",
    "TemplateButton",
    "TemplateComponent",
    "TemplateFileError",
    "TemplateShapeError",
    "build_send_components",
    "check_send_components",
    "editable_template",
    "encode_url_suffix",
    "export_template_file",
    "export_template_folder",
    "lint_template",
    "load_template_file",
    "load_template_folder",
    "load_templates",
    "render_sample",
    "render_sent",
]
