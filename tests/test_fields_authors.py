"""Tests for crawler.fields.authors: names from JSON-LD, meta tags and byline elements;
desk credits, wire agencies and job titles are not people. (Bylines in the article text
are tests/test_bylines.py.)"""
from __future__ import annotations

import pytest

from crawler.extract import extract_article
from crawler.fields.authors import clean_author, plausible_name, split_names
from extract_pages import LD_URL, ld_page


@pytest.mark.parametrize("byline,names", [
    ("By Jane Smith", ["Jane Smith"]),
    ("By Jane Smith, Local Democracy Reporter", ["Jane Smith"]),
    ("Jane Smith Education Reporter", ["Jane Smith"]),
    ("By Jane Smith and Tom Jones", ["Jane Smith", "Tom Jones"]),
    ("By Jane Smith 14th March 2024", ["Jane Smith"]),
    ("Mike Hale and Ann Owen Monday, November 18, 2019", ["Mike Hale", "Ann Owen"]),
    ("By Theresa May", ["Theresa May"]),
    ("By June Whitley", ["June Whitley"]),
])
def test_split_names(byline, names):
    assert split_names(byline) == names


def test_wire_story_has_no_author_and_no_dateline_as_author():
    ld = '{"@type": "NewsArticle", "headline": "Budget", "author": {"@type": "Person", "name": "PA Media"}}'
    html = ld_page(ld).replace("<article>", "<article><p class='byline'>Fenwold</p>")
    record = extract_article(html, LD_URL)
    assert record["authors"] == []


@pytest.mark.parametrize("name", ["Newsdesk", "Sports Desk", "Staff Reporter", "Our Reporter", "Web Team",
                                  "Regional Organiser", "Press Officer", "Branch Secretary"])
def test_desk_credits_are_not_people(name):
    assert not plausible_name(name, "Eastmoor Post", set())


@pytest.mark.parametrize("raw,clean", [
    ("BY SANDEEP KAUR GILL", "Sandeep Kaur Gill"),
    ("Morwenna Tregear reports", "Morwenna Tregear"),
    ("HENRY VAN DER BERG", "Henry van der Berg"),
    ("Words and pictures: Beatrix Onslow", "Beatrix Onslow"),
    ("Mirela Dancey EPTV", "Mirela Dancey EPTV"),
    ("Cormac Deery Regional Organiser", "Cormac Deery"),
    ("ines calloway", "Ines Calloway"),  # a lone word in capitals is an acronym: kept as written
])
def test_byline_element_text_is_cleaned(raw, clean):
    assert clean_author(raw) == clean
