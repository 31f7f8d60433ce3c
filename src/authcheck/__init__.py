"""authcheck: check treatment plans against payer and state-licensure documentation requirements."""

__version__ = "0.1.0"

__all__ = ["__version__"]
