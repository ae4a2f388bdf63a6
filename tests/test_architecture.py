"""The stages stay apart: spiders parse (no database), ``extract`` is a
library of its own (nothing from ``crawler``). Imports are read with ast,
so an import inside a function counts as much as one at the top."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports (``from a import b`` gives ``a`` and ``a.b``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.add("." * node.level + (node.module or ""))
    return found


def test_imported_modules_sees_every_kind_of_import(tmp_path):
    code = tmp_path / "m.py"
    code.write_text("import sqlite3\nfrom crawler import store\n"
                    "def f():\n    from crawler.store import open_db\n")
    assert {"sqlite3", "crawler.store", "crawler.store.open_db"} <= imported_modules(code)


SPIDERS = sorted((ROOT / "crawler" / "spiders").glob("*.py"))
EXTRACT = sorted((ROOT / "extract").rglob("*.py"))


@pytest.mark.parametrize("path", SPIDERS, ids=lambda p: p.name)
def test_spiders_do_not_touch_the_database(path):
    modules = imported_modules(path)
    banned = {m for m in modules if m == "sqlite3" or m.split(".")[0] == "sqlite_utils"
              or m == "crawler.store" or m.startswith("crawler.store.")}
    assert not banned, f"{path.name} imports {banned}"


@pytest.mark.parametrize("path", EXTRACT, ids=lambda p: str(p.relative_to(ROOT)))
def test_extract_imports_nothing_from_crawler(path):
    modules = imported_modules(path)
    crawler = {m for m in modules if m == "crawler" or m.startswith("crawler.")}
    assert not crawler, f"{path} imports {crawler}"


def test_both_checks_see_files():
    assert len(SPIDERS) >= 5 and len(EXTRACT) >= 5


def test_only_the_distributed_machinery_imports_redis():
    """Distributed crawling is an optional extra: no module but
    crawler/distributed.py imports scrapy-redis or redis when it is loaded
    (a command of distributed mode may inside its function), and the add-on
    in the settings is the module without them."""
    from crawler import settings

    for path in sorted((ROOT / "crawler").rglob("*.py")):
        if path.name == "distributed.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        names = {a.name for n in top if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in top if isinstance(n, ast.ImportFrom) and n.module}
        redis = {m for m in names if m.split(".")[0] in ("redis", "scrapy_redis")}
        assert not redis, f"{path.relative_to(ROOT)} imports {redis}"
    assert list(settings.ADDONS) == ["crawler.distributed_mode.Distributed"]
