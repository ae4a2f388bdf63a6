"""The portal registry crawler/sources.toml."""
from __future__ import annotations

import pytest

from crawler.sources import DEFAULT_PATH, SourcesError, get_source, load_sources, portal_key
from tests.conftest import run_crawl
from tests.crawler.oparl_sites import KA_SYSTEM, karlsruhe_site

VENDORS = {"oparl", "sessionnet", "allris", "muenchen"}


@pytest.fixture(scope="module")
def sources():
    return load_sources(DEFAULT_PATH)


def test_every_entry_has_the_fields(sources):
    required = {"name", "body", "vendor", "url", "enabled"}
    assert all(required <= set(s) <= required | {"aggregator", "duplicate_of"} for s in sources)


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


def registry(tmp_path, *entries) -> str:
    path = tmp_path / "sources.toml"
    path.write_text("".join(
        f'[[source]]\nname = "{name}"\nbody = "B"\nvendor = "oparl"\nurl = "{url}"\nenabled = true\n'
        for name, url in entries), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("a, b, kept", [
    ("http://www.harsum.sitzung-online.de/bi/oparl/1.0/system.asp",
     "https://www.harsum.sitzung-online.de/bi/oparl/1.0/system.asp", "second"),
    ("https://sdnetrim.kdvz-frechen.de/rim4800/webservice/oparl/v1.1/system",
     "https://sdnetrim.kdvz-frechen.de/rim4800/webservice/oparl/v1.0/system", "first"),
    ("https://ratsinfo.braunschweig.de/bi/oparl/1.0/system.asp",
     "https://ratsinfo.braunschweig.de/bi/oparl/1.1/system.asp", "second"),
    ("https://www.bonn.sitzung-online.de/public/oparl/system/",
     "https://bonn.sitzung-online.de/public/oparl/system", "first"),
])
def test_one_portal_listed_twice_is_enabled_once(tmp_path, a, b, kept):
    """The https, newest-version entry stays (the first when they are
    alike); the other is disabled and names it."""
    assert portal_key(a) == portal_key(b)
    loaded = {s["name"]: s for s in load_sources(registry(tmp_path, ("first", a), ("second", b)))}
    dropped = loaded[{"first": "second", "second": "first"}[kept]]
    assert loaded[kept]["enabled"] is True and "duplicate_of" not in loaded[kept]
    assert dropped["enabled"] is False and dropped["duplicate_of"] == kept


def test_different_portals_of_one_host_stay_apart(tmp_path):
    a = "https://sdnetrim.kdvz-frechen.de/rim4800/webservice/oparl/v1.1/system"
    b = "https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.1/system"
    assert [s["enabled"] for s in load_sources(registry(tmp_path, ("x", a), ("y", b)))] == [True, True]


def test_the_registry_has_no_portal_enabled_twice(sources):
    keys = [portal_key(s["url"]) for s in sources if s["enabled"]]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name, kept", [
    ("bergheim-2", "bergheim"), ("harsum", "harsum-2"), ("rosbach", "rosbach-v-d-hoehe"),
    ("vg-hagenbach", "verbandsgemeinde-hagenbach"), ("wesseling-2", "wesseling"),
    ("kolpingstadt-kerpen-2", "kolpingstadt-kerpen"), ("langenberg-2", "langenberg"),
])
def test_duplicates_in_the_registry_are_marked(name, kept):
    """endpoints.yml lists these portals twice (http/https, OParl 1.0/1.1,
    or the city's host name beside KDVZ Frechen's with the same Wikidata id)."""
    source = get_source(name, DEFAULT_PATH)
    assert (source["enabled"], source["duplicate_of"]) == (False, kept)
    assert get_source(kept, DEFAULT_PATH)["enabled"] is True


@pytest.mark.parametrize("name", ["oparl-mirror", "politik-bei-uns-aufbereitete-daten",
                                  "muenchen-transparent"])
def test_aggregators_are_off_with_a_reason(name):
    """endpoints.yml describes these as re-publishing other portals' data."""
    source = get_source(name, DEFAULT_PATH)
    assert source["enabled"] is False and len(source["aggregator"]) > 20


def test_an_enabled_aggregator_is_refused(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "m"\nbody = "M"\nvendor = "oparl"\n'
                    'url = "https://mirror.example/system"\nenabled = true\n'
                    'aggregator = "mirrors every portal"\n', encoding="utf-8")
    with pytest.raises(SourcesError, match=r"source 1 \(m\): an aggregator must be enabled = false"):
        load_sources(path)


def test_a_portal_listed_twice_is_crawled_once(tmp_path, replay, monkeypatch):
    """`scrapy crawl ris` over a registry that lists one local portal twice
    under two names: one entry request, one crawl_runs row."""
    server = replay(karlsruhe_site(tmp_path / "site"))
    url = server.local_url(KA_SYSTEM)
    path = registry(tmp_path, ("karlsruhe", url), ("karlsruhe-again", url))
    monkeypatch.setenv("RIS_SOURCES", path)
    result = run_crawl([], tmp_path / "ris.db", settings={"RIS_DOWNLOAD_FILES": "False"})
    assert result.returncode == 0, result.log[-3000:]
    assert server.log.count(url[len(server.base_url):]) == 1
    assert [r["source"] for r in result.rows("crawl_runs")] == ["karlsruhe"]
