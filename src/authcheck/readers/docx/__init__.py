"""The DOCX reader: see reader.py for what it maps and how."""

from authcheck.readers.docx.reader import DocxReader

__all__ = ["DocxReader"]
