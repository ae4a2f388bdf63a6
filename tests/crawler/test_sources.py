"""The portal registry crawler/sources.toml."""
from __future__ import annotations

import pytest

from crawler.sources import DEFAULT_PATH, SourcesError, get_source, load_sources

VENDORS = {"oparl", "sessionnet", "allris", "muenchen"}


@pytest.fixture(scope="module")
def sources():
    return load_sources(DEFAULT_PATH)


def test_every_entry_has_the_fields(sources):
    assert all(set(s) == {"name", "body", "vendor", "url", "enabled"} for s in sources)


def test_names_are_unique(sources):
    names = [s["name"] for s in sources]
    assert len(names) == len(set(names))


def test_enabled_sources_have_a_readable_vendor(sources):
    assert {s["vendor"] for s in sources if s["enabled"]} <= VENDORS


def test_enabled_sources_have_an_http_url(sources):
    assert all(s["url"].startswith(("http://", "https://")) for s in sources if s["enabled"])


@pytest.mark.parametrize("name, vendor", [
    ("koeln", "oparl"), ("bruehl", "oparl"), ("krefeld", "oparl"), ("karlsruhe", "oparl"),
    ("kaiserslautern", "sessionnet"), ("koblenz", "sessionnet"), ("hamburg-altona", "allris"),
    ("hamburg-mitte", "allris"), ("laatzen", "allris"), ("muenchen", "muenchen"),
    ("gladbeck", "sessionnet"),
])
def test_seed_and_corpus_municipalities_are_listed(name, vendor):
    assert get_source(name, DEFAULT_PATH)["vendor"] == vendor


def test_the_oparl_registry_is_included(sources):
    assert sum(1 for s in sources if s["vendor"] == "oparl") >= 120


def test_robots_disallow_keeps_a_source_disabled():
    """big-cities-ris.md: Essen's robots.txt disallows crawlers."""
    assert get_source("essen", DEFAULT_PATH)["enabled"] is False


def test_missing_field_names_the_entry(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "x"\nbody = "X"\nvendor = "oparl"\nenabled = true\n', encoding="utf-8")
    with pytest.raises(SourcesError, match=r"source 1 \(x\): missing url"):
        load_sources(path)


def test_unreadable_file_names_the_file(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text("[[source]\n", encoding="utf-8")
    with pytest.raises(SourcesError, match="sources.toml"):
        load_sources(path)


def test_environment_names_another_registry(tmp_path, monkeypatch):
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "x"\nbody = "X"\nvendor = "allris"\nurl = ""\nenabled = false\n',
                    encoding="utf-8")
    monkeypatch.setenv("RIS_SOURCES", str(path))
    assert [s["name"] for s in load_sources()] == ["x"]
