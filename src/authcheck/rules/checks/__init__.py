"""The closed set of check kinds. Importing this package registers them all in CHECK_KINDS."""

from authcheck.rules.checks import dates, diagnosis, fields, goals, readability, services, signatures  # noqa: F401 - registration
from authcheck.rules.checks.base import CHECK_KINDS, CheckContext, CheckKind, CheckParams, Hit

__all__ = ["CHECK_KINDS", "CheckContext", "CheckKind", "CheckParams", "Hit"]
