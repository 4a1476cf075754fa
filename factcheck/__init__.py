"""factcheck: checks the figures of a news article for consistency and sourcing."""

__version__ = "0.1.0"
