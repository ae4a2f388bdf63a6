"""The project's Datasette plugin: German spreadsheet CSV and euro amounts.

- ``.csvde`` (Datasette takes letters only after the dot, so not ``.csv-de``):
  every table, view and canned query page offers its rows as
  CSV that German Excel and LibreOffice open with numbers as numbers:
  ``;`` between cells, decimal comma without thousands separators, UTF-8
  with a byte order mark, CRLF line ends, ISO dates; text a spreadsheet would
  run as a formula gets a leading ``'`` (the text comes from documents).
  Datasette hands a renderer one page of rows: add ``_size=max`` for up to
  ``max_returned_rows``; ``ris export amounts`` writes every amount.
- Money columns (``value``, ``total_eur``, …) show as ``29.997,30 €`` on the
  HTML pages (JSON and CSV keep the numbers), in the row's currency where
  the row has one.

``register()`` adds the plugin to Datasette's plugin manager; ``ris serve``
runs Datasette through this module (``python -m crawler.datasette_plugin
serve …``), the tests call ``crawler.serve.datasette_app``, which registers it.
"""
from __future__ import annotations

import csv
import io
import sys
from decimal import Decimal, InvalidOperation

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

NAME = "ris_publish"
# columns holding money (the value of an amount, sums in euro)
MONEY_COLUMNS = {"value", "total_eur", "amounts_eur", "grants_eur"}
# columns holding money in euro whatever the row says
EURO_COLUMNS = {"total_eur", "amounts_eur", "grants_eur"}
CURRENCY_SIGNS = {"EUR": "€"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def german_number(value: int | float) -> str:
    """A number as German spreadsheets read it: decimal comma, no grouping,
    the shortest digits that give the stored float back (``322089.47``, not
    ``322089.47000000003``)."""
    if isinstance(value, bool) or isinstance(value, int):
        return str(int(value))
    text = format(value, ".15g")
    if "e" in text:  # very large or small: plain digits
        text = format(Decimal(text), "f")
    return text.replace(".", ",")


def german_cell(value) -> str:
    """One CSV cell of the ``.csvde`` output."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return german_number(value)
    if isinstance(value, bytes):
        return ""  # no binary data in a spreadsheet
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def german_csv(columns: list[str], rows) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([german_cell(row[c]) for c in columns])
    return out.getvalue()


def render_csv_de(datasette, columns, rows, request, database, table, query_name):
    name = table or query_name or database or "query"
    columns = [c for c in columns if c != "rowid"]  # SQLite's row number of a table: no data
    return Response(
        german_csv(columns, rows), status=200,
        content_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}.csv"'})


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "csvde", "render": render_csv_de, "can_render": lambda: True}


def euro_text(value, currency: str | None = "EUR") -> str | None:
    """``29997.3`` as ``29.997,30 €`` (two decimals, dot grouping)."""
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None
    sign = "−" if amount < 0 else ""
    whole, frac = f"{abs(amount):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    unit = CURRENCY_SIGNS.get(currency or "EUR", currency or "")
    return f"{sign}{grouped},{frac} {unit}".strip()


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column not in MONEY_COLUMNS or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    currency = "EUR"
    if column not in EURO_COLUMNS:
        keys = row.keys() if hasattr(row, "keys") else []
        if "currency" not in keys:
            return None  # a "value" beside no currency is not known to be money
        currency = row["currency"]
    text = euro_text(value, currency)
    if text is None:
        return None
    return Markup(f'<span class="ris-money" title="{escape(str(value))}">{escape(text)}</span>')


def register() -> None:
    """Add this module to Datasette's plugins (once)."""
    from datasette.plugins import pm

    if not pm.has_plugin(NAME):
        pm.register(sys.modules[__name__], name=NAME)


def main(argv: list[str] | None = None) -> None:
    """``datasette`` with this plugin: ``python -m crawler.datasette_plugin serve …``."""
    from datasette.cli import cli

    register()
    cli.main(args=argv, prog_name="datasette")


if __name__ == "__main__":
    # run as a script the module is __main__: register the importable module
    import crawler.datasette_plugin as plugin

    plugin.main()
