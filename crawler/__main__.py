"""`python -m crawler` is the `ris` command."""
from crawler.cli import cli

cli()
