"""Pure text parsers shared by the model and the readers: dates, frequencies, amounts, durations."""

from authcheck.parsing.dates import find_dates, parse_date
from authcheck.parsing.quantities import (
    ParsedAmount,
    ParsedDuration,
    ParsedFrequency,
    parse_amount,
    parse_duration,
    parse_frequency,
    parse_hours_per_week,
)

__all__ = [
    "ParsedAmount",
    "ParsedDuration",
    "ParsedFrequency",
    "find_dates",
    "parse_amount",
    "parse_date",
    "parse_duration",
    "parse_frequency",
    "parse_hours_per_week",
]
