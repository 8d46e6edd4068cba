"""Bylines that are only in the article text become authors (crawler/bylines.py), and
picture credits, quoted people and other stories' bylines do not. Saved pages we wrote
(tests/byline_pages.py) fed to the extractor. (Names in metadata and byline elements:
tests/test_fields_authors.py.)"""
from __future__ import annotations

import pytest

from byline_pages import CASES, URL, page
from crawler.bylines import byline_names
from crawler.extract import extract_article


@pytest.fixture(scope="module")
def records() -> dict:
    return {case.name: extract_article(page(case), URL) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_text_byline_authors(records, case):
    record = records[case.name]
    assert record["is_article"] is True
    assert record["authors"] == list(case.expected)


@pytest.mark.parametrize("case", [c for c in CASES if c.expected and c.template != "table"],
                         ids=[c.name for c in CASES if c.expected and c.template != "table"])
def test_byline_line_is_not_left_in_the_body(records, case):
    body = records[case.name]["body"]
    for name in case.expected:
        assert name.lower() not in body.lower()
    assert "Larchfield Academy Trust has said it will review" in body


def test_authors_matched_on_at_least_95_percent_of_text_byline_pages(records):
    with_byline = [c for c in CASES if c.expected]
    matched = sum(records[c.name]["authors"] == list(c.expected) for c in with_byline)
    assert matched / len(with_byline) >= 0.95
    assert not any(records[c.name]["authors"] for c in CASES if not c.expected)


def test_metadata_author_wins_over_the_text():
    case = next(c for c in CASES if c.name == "by-paragraph")
    html = page(case).replace("</head>", '<meta name="author" content="Ravi Patel"></head>')
    assert extract_article(html, URL)["authors"] == ["Ravi Patel"]


@pytest.mark.parametrize("line,names", [
    ("By Jane Smith", ["Jane Smith"]),
    ("BY JANE SMITH", ["Jane Smith"]),
    ("By Anna Bell, Carl Dunn and Eve Ford", ["Anna Bell", "Carl Dunn", "Eve Ford"]),
    ("By Jane Smith & Tom Jones, Education Reporters", ["Jane Smith", "Tom Jones"]),
    ("By Jane Smith | 14 March 2024, 10:32", ["Jane Smith"]),
    ("By Jane Smith Published: 12 March 2024", ["Jane Smith"]),
    ("By Jane Smith Education Correspondent", ["Jane Smith"]),
    ("Jane Smith, Local Democracy Reporting Service", ["Jane Smith"]),
    ("Tom Jones, Education Correspondent", ["Tom Jones"]),
    ("Jane Smith - Senior Reporter", ["Jane Smith"]),
    ("Reporter: Jane Smith", ["Jane Smith"]),
    ("By JANE SMITH, BBC News", ["Jane Smith"]),
    ("(Reporting by Jane Smith; Editing by Tom Jones)", ["Jane Smith"]),
    ("Tom Jones, Contributor", ["Tom Jones"]),
    ("This story was written by Jane Smith, Local Democracy Reporting Service", ["Jane Smith"]),
    ("By Jane Smith, North Wales", ["Jane Smith"]),  # a place after the comma, not an author
    ("Jane Smith reports", ["Jane Smith"]),
    ("14 March 2024 | By Jane Smith", ["Jane Smith"]),
    ("Published 14 March 2024 by Jane Smith", ["Jane Smith"]),
    ("On 14 March by the council", None),
    ("Jane Smith is our education correspondent", ["Jane Smith"]),
    ("Jane Smith is the chair of governors", None),
    ("Jane Smith is a reporter who covers schools", None),
    ("In 2023 by contrast Jane Smith", None),
    ("Words by Jane Smith. Pictures by Tom Jones", ["Jane Smith"]),
    ("By Jane Smith, Political Editor, and Tom Jones, Chief Reporter", ["Jane Smith", "Tom Jones"]),
    ("Jane Smith Chief Reporter", ["Jane Smith"]),
    ("Story: Jane Smith", ["Jane Smith"]),
    ("\u2014 Jane Smith, Health Correspondent", ["Jane Smith"]),
    ("Jane Smith \u00b7 Transport Correspondent", ["Jane Smith"]),
    ("By Jane Smith (@janesmith) and Tom Jones (@tomjones)", ["Jane Smith", "Tom Jones"]),
    ("Jane Smith \u00b7 jane.smith@eastmoorpost.co.uk", None),  # a bare name: only in a byline element
    ("By Jane Smith, jane.smith@eastmoorpost.co.uk", ["Jane Smith"]),
    ("BY LUCAS DE OLIVEIRA", ["Lucas de Oliveira"]),
    ("BY SEAN O'NEILL-MCDONALD", ["Sean O'Neill-McDonald"]),
    ("By Bożena Ślęzak", ["Bożena Ślęzak"]),
    ("By Karim al-Rashid and Lotte ter Horst", ["Karim al-Rashid", "Lotte ter Horst"]),
    ("Guest post by Cllr Peter Lund", ["Peter Lund"]),
    ("By Staff Reporter", None),
    ("By Our Reporter", None),
    ("By Sports Desk", None),
    ("Newsdesk", None),
    ("Edited by Jane Smith", None),
    ("Jane Smith reports that the trust has cut hours", None),
    ("Photo by Jane Smith", None),
    ("Picture: Jane Smith", None),
    ("Jane Smith", None),  # a bare name is a byline only in a byline element
    ("Jane Smith, a parent, said the plan was unfair.", None),
    ("Jane Smith, headteacher", None),
    ("By September, the trust had agreed.", None),
    ("By Jane Smith, who has covered schools for years", None),
    ("by the end of the year the trust will have new contracts", None),
    ("Gan / By Carys Pennar", ["Carys Pennar"]),
    ("By Chief Reporter Tunde Okafor", ["Tunde Okafor"]),
    ("Stories by Fenella Royde and Aled Price. Pictures by Jon Carrow.", ["Fenella Royde", "Aled Price"]),
    ("Words and pictures: Beatrix Onslow", ["Beatrix Onslow"]),
    ("By Mirela Dancey EPTV News, Eastmoor", ["Mirela Dancey"]),  # an acronym is not a surname
    ("20 June 2024 | Posted by Hugo Pennant", ["Hugo Pennant"]),
    ("By Jane Smith Regional Organiser", ["Jane Smith"]),
    ("Jane Smith, Press Officer", None),  # a press contact, not a writer
    ("by jane smith", ["Jane Smith"]),
    ("Education Reporter Jane Smith", ["Jane Smith"]),
    ("Our reporter Jane Smith visited the school on Tuesday.", None),
    ("Jane Smith \u00b7 Updated: May 21 2024, 8.03pm", ["Jane Smith"]),
    ("Jane Smith, Eastmoor", None),
    ("By Jane Smith Nov 13, 2024 4:26 pm", ["Jane Smith"]),  # a month before a number is a date
    ("By Jan Kowalski", ["Jan Kowalski"]),
    ("By Jane Smith View More Articles", ["Jane Smith"]),
    ("By Ольга Петрова and Jane Smith", ["Ольга Петрова", "Jane Smith"]),
])
def test_byline_names(line, names):
    assert byline_names(line) == names
