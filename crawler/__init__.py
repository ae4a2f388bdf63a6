"""The ris crawler: a Scrapy project, the SQLite store it fills, and the `ris` CLI."""

__version__ = "0.1.0"
