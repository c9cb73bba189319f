"""A place the desk sends: latitude and longitude, and optionally its name and address.

The user may type the two numbers, or paste them together (``35.6812, 139.7671``) or a
map link that carries them (OpenStreetMap ``mlat``/``mlon``, ``#map=zoom/lat/lon``, Google
Maps ``@lat,lon`` or ``?q=lat,lon``). Latitude lies between -90 and 90, longitude
between -180 and 180.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.services.cloud_api.payloads import location_content
from desktop.services.rich_messages.drafts import Problem, check_text, phrase
from desktop.services.text import QT_TRANSLATE_NOOP

NAME_MAX = 1000
ADDRESS_MAX = 1000

_NUMBER = r"[-+]?\d{1,3}(?:[.,]\d+)?"
_PAIR = re.compile(rf"^\s*\(?\s*({_NUMBER})\s*[,;/\s]\s*({_NUMBER})\s*\)?\s*$")
_LINK_PATTERNS = (
    re.compile(rf"[?&]mlat=({_NUMBER}).*?[?&]mlon=({_NUMBER})"),
    re.compile(rf"#map=\d+(?:\.\d+)?/({_NUMBER})/({_NUMBER})"),
    re.compile(rf"@({_NUMBER}),({_NUMBER})"),
    re.compile(rf"[?&](?:q|query|ll)=({_NUMBER}),\s*({_NUMBER})"),
)


def _number(text: str) -> float | None:
    cleaned = text.strip().replace("°", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Latitude and longitude from a pasted pair or map link, else None."""
    text = text.strip()
    if not text:
        return None
    for pattern in _LINK_PATTERNS:
        match = pattern.search(text)
        if match:
            lat, lon = _number(match.group(1)), _number(match.group(2))
            return (lat, lon) if lat is not None and lon is not None else None
    match = _PAIR.match(text)
    if match:
        lat, lon = _number(match.group(1)), _number(match.group(2))
        return (lat, lon) if lat is not None and lon is not None else None
    return None


def map_link(latitude: float, longitude: float) -> str:
    """The place on OpenStreetMap (a link any browser opens; nothing of the user's in it)."""
    lat, lon = f"{latitude:.6f}".rstrip("0").rstrip("."), f"{longitude:.6f}".rstrip("0").rstrip(".")
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"


@dataclass(frozen=True)
class LocationDraft:
    latitude: str = ""
    longitude: str = ""
    name: str = ""
    address: str = ""
    message_type: str = field(default="location", init=False)

    def coordinates(self) -> tuple[float | None, float | None]:
        return _number(self.latitude), _number(self.longitude)

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        lat, lon = self.coordinates()
        for key, text, value, limit, what in (
            ("latitude", self.latitude, lat, 90.0, QT_TRANSLATE_NOOP("RichMessages", "Latitude")),
            (
                "longitude",
                self.longitude,
                lon,
                180.0,
                QT_TRANSLATE_NOOP("RichMessages", "Longitude"),
            ),
        ):
            if not text.strip():
                found.append(
                    Problem(
                        key,
                        phrase(
                            QT_TRANSLATE_NOOP("RichMessages", "{what} is required."),
                            what=phrase(what),
                        ),
                    )
                )
            elif value is None:
                found.append(
                    Problem(
                        key,
                        phrase(
                            QT_TRANSLATE_NOOP(
                                "RichMessages",
                                "{what} must be a number in degrees, for example 35.6812.",
                            ),
                            what=phrase(what),
                        ),
                    )
                )
            elif not -limit <= value <= limit:
                found.append(
                    Problem(
                        key,
                        phrase(
                            QT_TRANSLATE_NOOP(
                                "RichMessages", "{what} must lie between -{limit} and {limit}."
                            ),
                            what=phrase(what),
                            limit=int(limit),
                        ),
                    )
                )
        check_text(
            found,
            "name",
            phrase(QT_TRANSLATE_NOOP("RichMessages", "The place's name")),
            self.name,
            NAME_MAX,
            required=False,
        )
        check_text(
            found,
            "address",
            phrase(QT_TRANSLATE_NOOP("RichMessages", "The address")),
            self.address,
            ADDRESS_MAX,
            required=False,
        )
        return found

    def content(self) -> dict[str, Any]:
        """The ``location`` object (a draft with problems may lack its coordinates: only
        the live preview draws such a one)."""
        lat, lon = self.coordinates()
        content = location_content(
            lat if lat is not None else math.nan,
            lon if lon is not None else math.nan,
            name=self.name.strip() or None,
            address=self.address.strip() or None,
        )
        for key, value in (("latitude", lat), ("longitude", lon)):
            if value is None:
                del content[key]
        return content
