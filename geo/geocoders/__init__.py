"""Geocoding backends. Each is a geopy ``Geocoder``: ``geocode(query, *, exactly_one=True,
timeout=...)`` returns a ``geopy.Location`` (or ``None``), whose ``raw`` dict carries
``precision`` and ``source``. Backends are chosen by name from :data:`BACKENDS`."""

from __future__ import annotations

from ..errors import GeocoderError
from .gazetteer import FacilityGazetteer, PlaceGazetteer
from .online import make_nominatim

BACKENDS = {
    "facilities": FacilityGazetteer,
    "places": PlaceGazetteer,
    "nominatim": make_nominatim,
}


def get_backend(name: str):
    """The backend factory called ``name``; the error lists the valid names."""
    try:
        return BACKENDS[name]
    except KeyError:
        raise GeocoderError(f"unknown geocoder {name!r}; valid: {', '.join(BACKENDS)}") from None


__all__ = ["BACKENDS", "FacilityGazetteer", "PlaceGazetteer", "get_backend", "make_nominatim"]
