"""The template designer's typed model of a Graph-API message template.

``MessageTemplate.from_graph(d).to_graph() == d`` for every template Meta returns or
accepts: fields the designer does not know (``id``, ``status``, ``quality_score``,
carousel ``cards``, Flow button ids, …) ride along in ``extra``, keys keep their order,
and explicit ``null`` values stay ``null``. Shape errors (a ``components`` that is not a
list, a button without a ``type``) raise :class:`TemplateShapeError` naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from desktop.services.templates.placeholders import variable_keys

POSITIONAL = "POSITIONAL"
NAMED = "NAMED"


class TemplateShapeError(ValueError):
    """The JSON is not shaped like a template; ``field`` says where."""

    def __init__(self, field_path: str, message: str) -> None:
        super().__init__(f"{field_path}: {message}" if field_path else message)
        self.field = field_path
        self.reason = message


def _take_str(data: dict[str, Any], key: str, path: str, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise TemplateShapeError(f"{path}.{key}" if path else key, "is missing")
        return None
    if not isinstance(value, str):
        raise TemplateShapeError(f"{path}.{key}" if path else key, "must be a string")
    return value


class _Graph:
    """Key order, explicit nulls and unknown keys, shared by the model classes."""

    KEYS: ClassVar[tuple[str, ...]] = ()
    extra: dict[str, Any]
    key_order: list[str]

    def _known_values(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in self.KEYS}

    def _emit(self, values: dict[str, Any]) -> dict[str, Any]:
        present: dict[str, Any] = {}
        for key, value in values.items():
            if value is not None or key in self.key_order:
                present[key] = value
        present.update(self.extra)
        out: dict[str, Any] = {k: present.pop(k) for k in self.key_order if k in present}
        out.update(present)
        return out


@dataclass
class TemplateButton(_Graph):
    """One entry of a BUTTONS component."""

    KEYS: ClassVar[tuple[str, ...]] = ("type", "text", "url", "phone_number", "example", "otp_type")

    type: str
    text: str | None = None
    url: str | None = None
    phone_number: str | None = None
    #: URL buttons: a list with one sample; COPY_CODE: the sample code string.
    example: Any = None
    otp_type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    key_order: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def from_graph(cls, data: Any, path: str = "button") -> TemplateButton:
        if not isinstance(data, dict):
            raise TemplateShapeError(path, "must be an object")
        kind = _take_str(data, "type", path, required=True)
        assert kind is not None
        return cls(
            type=kind,
            text=_take_str(data, "text", path),
            url=_take_str(data, "url", path),
            phone_number=_take_str(data, "phone_number", path),
            example=data.get("example"),
            otp_type=_take_str(data, "otp_type", path),
            extra={k: v for k, v in data.items() if k not in cls.KEYS},
            key_order=list(data),
        )

    def to_graph(self) -> dict[str, Any]:
        return self._emit(self._known_values())

    @property
    def url_variables(self) -> list[str]:
        return variable_keys(self.url or "")


@dataclass
class TemplateComponent(_Graph):
    """HEADER, BODY, FOOTER, BUTTONS (or CAROUSEL / LIMITED_TIME_OFFER, kept as is)."""

    KEYS: ClassVar[tuple[str, ...]] = (
        "type",
        "format",
        "text",
        "example",
        "buttons",
        "add_security_recommendation",
        "code_expiration_minutes",
    )

    type: str
    format: str | None = None
    text: str | None = None
    example: dict[str, Any] | None = None
    buttons: list[TemplateButton] | None = None
    add_security_recommendation: bool | None = None
    code_expiration_minutes: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    key_order: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def from_graph(cls, data: Any, path: str = "component") -> TemplateComponent:
        if not isinstance(data, dict):
            raise TemplateShapeError(path, "must be an object")
        kind = _take_str(data, "type", path, required=True)
        assert kind is not None
        example = data.get("example")
        if example is not None and not isinstance(example, dict):
            raise TemplateShapeError(f"{path}.example", "must be an object")
        raw_buttons = data.get("buttons")
        buttons: list[TemplateButton] | None = None
        if raw_buttons is not None:
            if not isinstance(raw_buttons, list):
                raise TemplateShapeError(f"{path}.buttons", "must be a list")
            buttons = [
                TemplateButton.from_graph(b, f"{path}.buttons[{i}]")
                for i, b in enumerate(raw_buttons)
            ]
        security = data.get("add_security_recommendation")
        if security is not None and not isinstance(security, bool):
            raise TemplateShapeError(f"{path}.add_security_recommendation", "must be true or false")
        minutes = data.get("code_expiration_minutes")
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int)):
            raise TemplateShapeError(f"{path}.code_expiration_minutes", "must be a whole number")
        return cls(
            type=kind,
            format=_take_str(data, "format", path),
            text=_take_str(data, "text", path),
            example=example,
            buttons=buttons,
            add_security_recommendation=security,
            code_expiration_minutes=minutes,
            extra={k: v for k, v in data.items() if k not in cls.KEYS},
            key_order=list(data),
        )

    def to_graph(self) -> dict[str, Any]:
        values = self._known_values()
        if self.buttons is not None:
            values["buttons"] = [b.to_graph() for b in self.buttons]
        return self._emit(values)

    @property
    def variables(self) -> list[str]:
        """Distinct variable keys in ``text``, in order of first appearance."""
        return variable_keys(self.text or "")


@dataclass
class MessageTemplate(_Graph):
    """A message template as the designer edits it (one name in one language)."""

    KEYS: ClassVar[tuple[str, ...]] = (
        "name",
        "language",
        "category",
        "parameter_format",
        "components",
    )

    name: str
    language: str
    category: str | None = None
    components: list[TemplateComponent] = field(default_factory=list)
    parameter_format: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    key_order: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def from_graph(cls, data: Any) -> MessageTemplate:
        if not isinstance(data, dict):
            raise TemplateShapeError("", "a template must be a JSON object")
        raw = data.get("components")
        if raw is None:
            components: list[TemplateComponent] = []
        elif not isinstance(raw, list):
            raise TemplateShapeError("components", "must be a list")
        else:
            components = [
                TemplateComponent.from_graph(c, f"components[{i}]") for i, c in enumerate(raw)
            ]
        language = data.get("language")
        if isinstance(language, dict):  # webhook/send shape {"code": "en_US"} is not a template
            raise TemplateShapeError("language", "must be a locale code string such as en_US")
        return cls(
            name=_take_str(data, "name", "", required=True) or "",
            language=_take_str(data, "language", "", required=True) or "",
            category=_take_str(data, "category", ""),
            components=components,
            parameter_format=_take_str(data, "parameter_format", ""),
            extra={k: v for k, v in data.items() if k not in cls.KEYS},
            key_order=list(data),
        )

    def to_graph(self) -> dict[str, Any]:
        values = self._known_values()
        if not self.components and "components" not in self.key_order:
            values["components"] = None
        else:
            values["components"] = [c.to_graph() for c in self.components]
        return self._emit(values)

    # -- convenience for the designer, the preview and the send form -------------------

    def component(self, kind: str) -> TemplateComponent | None:
        for c in self.components:
            if c.type.upper() == kind:
                return c
        return None

    @property
    def header(self) -> TemplateComponent | None:
        return self.component("HEADER")

    @property
    def body(self) -> TemplateComponent | None:
        return self.component("BODY")

    @property
    def footer(self) -> TemplateComponent | None:
        return self.component("FOOTER")

    @property
    def buttons(self) -> list[TemplateButton]:
        c = self.component("BUTTONS")
        return list(c.buttons or []) if c is not None else []

    @property
    def is_named(self) -> bool:
        return (self.parameter_format or POSITIONAL).upper() == NAMED

    @property
    def status(self) -> str | None:
        value = self.extra.get("status")
        return value if isinstance(value, str) else None
