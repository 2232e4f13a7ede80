"""Nominatim, for ``--online`` only: geopy's Nominatim behind a disk cache and geopy's
RateLimiter (>= 1 s between requests). Errors are retried with exponential backoff; a
429 or 503 with ``Retry-After`` waits as long as the server asks (up to a cap). When
the retries are spent the caller falls back to the offline answer."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from geopy.adapters import URLLibAdapter
from geopy.exc import GeocoderRateLimited, GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from .. import settings
from ..cache import GeocodeCache

log = logging.getLogger(__name__)


class CachedGeocoder:
    """Wrap a geopy geocoder: the cache is checked before the rate limiter."""

    def __init__(self, geocoder, *, backend: str, cache: GeocodeCache, min_delay_seconds: float,
                 max_retries: int = 2, error_wait_seconds: float = 2.0, max_wait_seconds: float = 60.0,
                 sleep=time.sleep):
        self.geocoder = geocoder
        self.backend = backend
        self.cache = cache
        self.requests = 0
        self.failures: list[str] = []
        self.waits: list[float] = []  # how long each retry waited, for the build summary and tests
        self.max_retries = max_retries
        self.error_wait_seconds = error_wait_seconds
        self.max_wait_seconds = max_wait_seconds
        self._sleep = sleep
        self._limited = RateLimiter(self._request, min_delay_seconds=min_delay_seconds, max_retries=0,
                                    swallow_exceptions=False)

    def _request(self, query: str, **kwargs):
        self.requests += 1
        return self.geocoder.geocode(query, exactly_one=True, **kwargs)

    def _ask(self, query: str, **kwargs):
        """One answer from the server, retrying errors; raises the last error when retries are spent."""
        backoff = self.error_wait_seconds
        for attempt in range(self.max_retries + 1):
            try:
                return self._limited(query, **kwargs)
            except GeopyError as err:
                if attempt == self.max_retries:
                    raise
                asked = getattr(err, "retry_after", None) if isinstance(err, GeocoderRateLimited) else None
                wait = min(float(asked) if asked is not None else backoff, self.max_wait_seconds)
                log.info("%s: %s; retrying %r in %.1f s", self.backend, err, query, wait)
                self.waits.append(wait)
                self._sleep(wait)
                backoff *= 2
        return None  # not reached

    def geocode(self, query: str, **kwargs) -> Location | None:
        cached = self.cache.get(self.backend, query)
        if cached is not None:
            if not cached.get("found", True):
                return None  # the server answered "nothing found" before
            if in_vietnam(cached["lat"], cached["lon"]):
                return Location(cached["address"], (cached["lat"], cached["lon"]), cached.get("raw") or {})
        try:
            location = self._ask(query, **kwargs)
        except GeopyError as err:
            log.warning("%s failed for %r after retries (%s); falling back offline", self.backend, query, err)
            self.failures.append(query)
            return None
        except (ValueError, TypeError) as err:  # geopy could not read the answer's coordinates (999, NaN)
            log.warning("%s answered %r with no usable coordinates (%s); ignored", self.backend, query, err)
            return None
        if location is not None and not in_vietnam(location.latitude, location.longitude):
            log.warning("%s answered %r with (%s, %s), not a point in Vietnam; ignored", self.backend, query,
                        location.latitude, location.longitude)
            return None
        if location is None:
            # "Nothing found" is an answer too; errors (above) are never cached.
            self.cache.put(self.backend, query, {"found": False})
        else:
            self.cache.put(self.backend, query, {"found": True, "address": location.address,
                                                  "lat": location.latitude, "lon": location.longitude,
                                                  "raw": location.raw})
        return location


#: Vietnam with its islands, generously: an answer outside is a wrong match (or a wrong answer).
VIETNAM_BOX = (7.0, 24.5, 101.5, 118.0)  # lat min, lat max, lon min, lon max


def in_vietnam(lat, lon) -> bool:
    """Whether (lat, lon) are finite numbers inside Vietnam's box (never 0,0, 999 or NaN)."""
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    south, north, west, east = VIETNAM_BOX
    return south <= lat <= north and west <= lon <= east


def make_nominatim(*, domain: str = settings.NOMINATIM_DOMAIN, scheme: str = settings.NOMINATIM_SCHEME,
                   user_agent: str = settings.NOMINATIM_USER_AGENT,
                   timeout: float = settings.NOMINATIM_TIMEOUT_SECONDS,
                   min_delay_seconds: float = settings.NOMINATIM_MIN_DELAY_SECONDS,
                   cache_dir: Path | None = None, error_wait_seconds: float = 2.0,
                   max_wait_seconds: float = 60.0) -> CachedGeocoder:
    """geopy's Nominatim with a real user agent, a timeout, rate limiting and a disk cache."""
    # The stdlib adapter does not retry by itself: retries and waits are all ours (see _ask).
    nominatim = Nominatim(domain=domain, scheme=scheme, user_agent=user_agent, timeout=timeout,
                          adapter_factory=URLLibAdapter)
    return CachedGeocoder(nominatim, backend=f"nominatim@{domain}",
                          cache=GeocodeCache(cache_dir or settings.CACHE_DIR),
                          min_delay_seconds=min_delay_seconds, error_wait_seconds=error_wait_seconds,
                          max_wait_seconds=max_wait_seconds)
