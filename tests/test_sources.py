"""crawler.sources: loading sources.toml, and clear errors naming the line and field."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sources import Source, SourcesError, load_sources, parse_sources

ROOT = Path(__file__).resolve().parents[1]

GOOD = """\
# comment
[[sources]]
name = "Worcester News"
url = "https://www.worcesternews.co.uk/"
feeds = ["https://www.worcesternews.co.uk/news/rss/"]
allow = ['/news/\\d{8}\\.']
deny = ['/sport/']

[[sources]]
name = "Schools Week"
url = "https://schoolsweek.co.uk/"
feeds = [
  "https://schoolsweek.co.uk/feed/",
]
enabled = false
"""


def error_of(text: str) -> str:
    with pytest.raises(SourcesError) as info:
        parse_sources(text, "sources.toml")
    return str(info.value)


def test_good_file_loads_into_dataclasses():
    sources = parse_sources(GOOD)
    assert [s.name for s in sources] == ["Worcester News", "Schools Week"]
    wn = sources[0]
    assert isinstance(wn, Source)
    assert wn.feeds == ["https://www.worcesternews.co.uk/news/rss/"]
    assert wn.sitemaps == [] and wn.sections == []
    assert wn.url_allowed("https://www.worcesternews.co.uk/news/24310003.story/")
    assert not wn.url_allowed("https://www.worcesternews.co.uk/sport/24310003.story/")
    assert not wn.url_allowed("https://www.worcesternews.co.uk/news/education/")
    assert sources[1].enabled is False


def test_load_skips_disabled_unless_named(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(GOOD)
    assert [s.name for s in load_sources(path)] == ["Worcester News"]
    assert [s.name for s in load_sources(path, only="Schools Week")] == ["Schools Week"]
    with pytest.raises(SourcesError, match='no source named "Nope"'):
        load_sources(path, only="Nope")


def test_shipped_sources_file_loads():
    sources = load_sources(ROOT / "sources.toml")
    names = {s.name for s in sources}
    assert {"Worcester News", "Braintree and Witham Times", "Schools Week"} <= names
    assert any("service=rss" in f for s in sources for f in s.feeds)
    assert any(m.endswith("/map_news.xml") for s in sources for m in s.sitemaps)


def test_toml_syntax_error_names_line():
    msg = error_of('[[sources]]\nname = "A"\nurl = "https://a.example/\n')
    assert msg.startswith("sources.toml:3:") and "TOML syntax error" in msg


def test_missing_name_and_url():
    msg = error_of('[[sources]]\nname = "A"\nurl = "https://a.example/"\n\n[[sources]]\nurl = "https://b.example/"\n')
    assert msg.startswith("sources.toml:5:") and 'missing required field "name"' in msg
    msg = error_of('[[sources]]\nname = "A"\nfeeds = []\n')
    assert msg.startswith("sources.toml:1:") and 'source "A"' in msg and 'missing required field "url"' in msg


def test_wrong_type_names_line_and_field():
    msg = error_of(
        '[[sources]]\nname = "A"\nurl = "https://a.example/"\n\n'
        '[[sources]]\nname = "Worcester News"\nurl = "https://b.example/"\n'
        'sections = []\nfeeds = "https://b.example/rss"\n'
    )
    assert msg == 'sources.toml:9: source "Worcester News": field "feeds" must be a list of URLs'
    msg = error_of('[[sources]]\nname = "A"\nurl = "https://a.example/"\nenabled = "yes"\n')
    assert msg.startswith("sources.toml:4:") and 'field "enabled"' in msg
    msg = error_of('[[sources]]\nname = 3\nurl = "https://a.example/"\n')
    assert msg.startswith("sources.toml:2:") and 'field "name"' in msg


def test_bad_url_scheme():
    msg = error_of('[[sources]]\nname = "A"\nurl = "ftp://a.example/"\n')
    assert msg.startswith("sources.toml:3:") and 'field "url"' in msg and "http://" in msg
    msg = error_of('[[sources]]\nname = "A"\nurl = "https://a.example/"\nsitemaps = [\n  "https://a.example/s.xml",\n  "a.example/map.xml",\n]\n')
    assert msg.startswith("sources.toml:6:") and 'field "sitemaps"' in msg


def test_invalid_regex():
    msg = error_of('[[sources]]\nname = "A"\nurl = "https://a.example/"\n\nallow = [\'/news/(\']\n')
    assert msg.startswith("sources.toml:5:") and 'field "allow"' in msg and "invalid regular expression" in msg


def test_duplicate_names():
    msg = error_of('[[sources]]\nname = "A"\nurl = "https://a.example/"\n[[sources]]\nname = "A"\nurl = "https://b.example/"\n')
    assert msg.startswith("sources.toml:5:") and "duplicate name" in msg and "line 2" in msg


def test_unknown_field_suggests_the_right_one():
    msg = error_of('[[sources]]\nname = "A"\nurl = "https://a.example/"\nfeed = ["https://a.example/rss"]\n')
    assert msg.startswith("sources.toml:4:") and 'unknown field "feed"' in msg and 'did you mean "feeds"' in msg


def test_empty_file():
    assert "no [[sources]]" in error_of("# nothing\n")


def test_missing_file(tmp_path):
    with pytest.raises(SourcesError, match="file not found"):
        load_sources(tmp_path / "nope.toml")


def test_runner_refuses_a_file_with_no_enabled_source(tmp_path):
    from crawler.runner import crawl

    path = tmp_path / "s.toml"
    path.write_text('[[sources]]\nname = "A"\nurl = "https://a.example/"\nenabled = false\n')
    with pytest.raises(SourcesError, match="every source is disabled"):
        crawl(path, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()
