"""`ris`: the command line of the toolkit (a thin click layer over the library)."""
from __future__ import annotations

import click

from crawler import __version__


@click.group()
@click.version_option(__version__, prog_name="ris")
def cli():
    """Collect, extract and publish German council papers (Ratsinformationssysteme).

    \b
    Example:
        scrapy crawl ris -a source=krefeld
        ris extract --json paper.pdf
        ris serve
    """


# Each subcommand is registered below, one per concern: extract, build,
# export, serve, enqueue, merge.
