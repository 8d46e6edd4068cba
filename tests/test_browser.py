"""A real browser on a real `newswatch serve`: Debian's headless Chromium driven by
Playwright opens the home page, runs a search, opens a quote and a dashboard chart, and
saves screenshots under tests/artifacts/ for a human to look at."""
from __future__ import annotations

import os
import urllib.request
from pathlib import Path

import pytest

import datasette_fixtures
from datasette_fixtures import serving

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "news.db"
    datasette_fixtures.build(db)
    with serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        yield context.new_page()
        browser.close()


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000
    return path


def test_home_page_explains_and_links(server, page):
    page.goto(server + "/")
    body = page.inner_text("body")
    assert "machine-extracted" in body and "Latest relevant articles" in body
    assert "Data last updated" in body
    assert "Log in" not in page.content()  # the public instance has no login
    shot(page, "01-home")
    page.goto(server + "/about")
    assert "Which trusts were mentioned most last month" in page.inner_text("body")
    shot(page, "02-about")


def test_search_shows_the_best_match_first(server, page):
    page.goto(server + "/news/search_articles")
    page.fill("input[name=q]", "outsourcing")
    page.click("input[type=submit]")
    page.wait_for_selector("table.rows-and-columns")
    first_title = page.inner_text("table.rows-and-columns tbody tr:first-child td.col-title")
    assert first_title.startswith("Talks break down")
    shot(page, "03-search-articles")


def test_top_trusts_last_month(server, page):
    page.goto(server + "/news/top_trusts")
    page.wait_for_selector("table.rows-and-columns")
    first = page.inner_text("table.rows-and-columns tbody tr:first-child td.col-trust")
    assert first == "Academies Enterprise Trust"
    shot(page, "04a-top-trusts-last-month")
    page.click("table.rows-and-columns tbody tr:first-child td.col-list_articles a")
    page.wait_for_selector("table.rows-and-columns")
    assert "Talks break down" in page.inner_text("table.rows-and-columns")


def test_quote_row_and_said_by(server, page):
    page.goto(server + "/news/said_by?who=Neil+Ashby")
    page.wait_for_selector("table.rows-and-columns")
    assert "make things harder for schools" in page.inner_text("table.rows-and-columns")
    shot(page, "04-said-by")
    page.goto(server + "/news/quotes_view/1")
    shot(page, "05-quote-row")
    body = page.inner_text("body")
    assert "Neil Ashby" in body and "Talks break down" in body  # with its article
    page.goto(server + "/news/articles/1")
    shot(page, "05b-article-row")
    assert page.inner_text("td.col-body").endswith("…")  # the public instance: an excerpt


def test_every_start_here_link_shows_rows(server, page):
    page.goto(server + "/")
    links = page.eval_on_selector_all(
        "section.content li a", "els => els.map(e => e.getAttribute('href'))")
    links = [l for l in links if l.startswith("/news/") and not l.endswith(".atom")]
    assert len(links) >= 6
    for i, link in enumerate(links):
        page.goto(server + link)
        rows = page.locator("table.rows-and-columns tbody tr").count()
        assert rows > 0, f"{link} shows no rows"
        shot(page, f"10-start-here-{i}")


def test_article_organisation_and_person_pages(server, page):
    page.goto(server + "/news/said_by?who=Neil+Ashby")
    page.click("td.col-article_title a:has-text('Talks break down')")
    page.wait_for_selector("li.quote")
    assert page.url.startswith(server + "/-/article/")
    text = page.inner_text("body")
    assert "Neil Ashby" in text and "UNISON" in text and "Quotes (" in text
    shot(page, "11-article-page")
    page.click("a:has-text('Academies Enterprise Trust') >> nth=0")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "Academies Enterprise Trust"
    assert "Articles mentioning it per month" in page.inner_text("body")
    shot(page, "12-organisation-page")
    page.click("a:has-text('Talks break down between unions')")
    page.click("li.quote a:has-text('Neil Ashby') >> nth=0")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "Neil Ashby"
    assert "make things harder for schools" in page.inner_text("body")
    shot(page, "13-person-page")


def test_dashboard_chart_renders(server, page):
    page.goto(server + "/-/dashboards/newswatch")
    page.wait_for_selector("#chart-top-trusts canvas, #chart-top-trusts svg", timeout=20000)
    shot(page, "06-dashboard")
    page.goto(server + "/-/dashboards/newswatch/articles-per-month")
    page.wait_for_selector("canvas, svg.marks", timeout=20000)
    shot(page, "07-chart-articles-per-month")


def test_atom_feed_is_served(server):
    body = urllib.request.urlopen(server + "/news/new_findings_feed.atom", timeout=10).read()
    assert b"<feed" in body and b"<entry>" in body


@pytest.fixture(scope="module")
def labelling_server(tmp_path_factory):
    from datasette_auth_passwords.utils import hash_password

    db = tmp_path_factory.mktemp("browser-labels") / "news.db"
    datasette_fixtures.build(db)
    env = {**os.environ, "NEWSWATCH_LABELLER_PASSWORD_HASH": hash_password("correct horse")}
    with serving(db, "--labelling", env=env) as url:
        yield url, db.with_name("news-labels.db")


def test_log_in_and_label_an_article(labelling_server, page):
    import sqlite3

    url, labels_db = labelling_server
    page.goto(url + "/-/label/1")
    assert "Log in" in page.inner_text("body")  # anonymous: refused
    page.goto(url + "/-/login")
    page.fill("input[name=username]", "labeller")
    page.fill("input[name=password]", "correct horse")
    page.click("input[type=submit]")
    page.goto(url + "/")
    page.click("a:has-text('Label articles')")
    page.wait_for_selector("h1")
    shot(page, "08-label-queue")
    page.click("a:has-text('Talks break down between unions')")
    page.wait_for_selector("input[type=radio]")
    page.check("input[value=irrelevant]")
    page.check("input[name=topic_outsourcing]")
    page.click("input[type=submit]")
    page.wait_for_selector(".message-error")
    assert "topics apply only to articles labelled relevant" in page.inner_text("body")
    shot(page, "09a-label-refused")
    page.check("input[value=relevant]")
    page.check("input[name=topic_industrial_action_jobs]")
    page.click("input[type=submit]")
    page.wait_for_selector(".message-info")
    shot(page, "09-label-saved")
    assert "Label saved" in page.inner_text("body")
    rows = sqlite3.connect(labels_db).execute(
        "SELECT article_id, label, topics, labeller FROM labels").fetchall()
    assert rows == [(1, "relevant", '["outsourcing", "industrial_action_jobs"]', "labeller")]
