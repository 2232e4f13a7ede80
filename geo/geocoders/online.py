"""Nominatim, for ``--online`` only: geopy's Nominatim behind a disk cache and geopy's
RateLimiter (>= 1 s between requests, retries with backoff on errors)."""

from __future__ import annotations

import logging
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from .. import settings
from ..cache import GeocodeCache

log = logging.getLogger(__name__)


class CachedGeocoder:
    """Wrap a geopy geocoder: the cache is checked before the rate limiter."""

    def __init__(self, geocoder, *, backend: str, cache: GeocodeCache, min_delay_seconds: float,
                 max_retries: int = 2, error_wait_seconds: float = 2.0):
        self.geocoder = geocoder
        self.backend = backend
        self.cache = cache
        self.requests = 0
        self.failures: list[str] = []
        self._limited = RateLimiter(
            self._request, min_delay_seconds=min_delay_seconds, max_retries=max_retries,
            error_wait_seconds=error_wait_seconds, swallow_exceptions=False,
        )

    def _request(self, query: str, **kwargs):
        self.requests += 1
        return self.geocoder.geocode(query, exactly_one=True, **kwargs)

    def geocode(self, query: str, **kwargs) -> Location | None:
        cached = self.cache.get(self.backend, query)
        if cached is not None:
            if not cached.get("found", True):
                return None  # the server answered "nothing found" before
            return Location(cached["address"], (cached["lat"], cached["lon"]), cached.get("raw") or {})
        try:
            location = self._limited(query, **kwargs)
        except GeopyError as err:
            log.warning("%s failed for %r after retries (%s); falling back offline", self.backend, query, err)
            self.failures.append(query)
            return None
        if location is None:
            # "Nothing found" is an answer too; errors (above) are never cached.
            self.cache.put(self.backend, query, {"found": False})
        else:
            self.cache.put(self.backend, query, {"found": True, "address": location.address,
                                                  "lat": location.latitude, "lon": location.longitude,
                                                  "raw": location.raw})
        return location


def make_nominatim(*, domain: str = settings.NOMINATIM_DOMAIN, scheme: str = settings.NOMINATIM_SCHEME,
                   user_agent: str = settings.NOMINATIM_USER_AGENT,
                   timeout: float = settings.NOMINATIM_TIMEOUT_SECONDS,
                   min_delay_seconds: float = settings.NOMINATIM_MIN_DELAY_SECONDS,
                   cache_dir: Path | None = None, error_wait_seconds: float = 2.0) -> CachedGeocoder:
    """geopy's Nominatim with a real user agent, a timeout, rate limiting and a disk cache."""
    nominatim = Nominatim(domain=domain, scheme=scheme, user_agent=user_agent, timeout=timeout)
    return CachedGeocoder(nominatim, backend=f"nominatim@{domain}",
                          cache=GeocodeCache(cache_dir or settings.CACHE_DIR),
                          min_delay_seconds=min_delay_seconds, error_wait_seconds=error_wait_seconds)
