"""One error tree: every error geo raises on purpose is a :class:`GeoError`.

Each subclass also inherits the builtin a caller would expect, so code that knows
nothing of geo still catches it sensibly. The CLI turns a ``GeoError`` into a
one-line message and exit code 1; nothing else should reach the user as a traceback.
"""


class GeoError(Exception):
    """Root of geo's own errors."""


class ArticleError(GeoError, ValueError):
    """An article cannot be read as text (empty, binary, undecodable, too large)."""


class SeedsError(GeoError, FileNotFoundError):
    """The articles folder is missing, unreadable or holds no article."""


class OutputError(GeoError, OSError):
    """The output folder cannot be written, or is not a previous geo output."""


class GoldError(GeoError, ValueError):
    """A gold file does not follow the gold format (docs/gold-format.md)."""


class ReferenceDataError(GeoError, OSError):
    """Reference data under data/ is missing or malformed."""


class GeocoderError(GeoError, LookupError):
    """A geocoding backend is unknown or failed in a way that cannot fall back."""


class ValidationError(GeoError, ValueError):
    """Features break the layer schema or the honesty rules (see validate_features)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems[:5]))
