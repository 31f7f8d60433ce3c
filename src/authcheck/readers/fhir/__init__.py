"""The FHIR reader: see reader.py for what it maps and how."""

from authcheck.readers.fhir.reader import FhirReader

__all__ = ["FhirReader"]
