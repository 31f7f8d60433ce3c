"""The CCDA reader: see reader.py for what it maps and how."""

from authcheck.readers.ccda.reader import CcdaReader

__all__ = ["CcdaReader"]
