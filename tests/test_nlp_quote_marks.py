"""Which stretches of text are quotes (nlp/components/quoting/scan.py and the quotes
component's filters): quote marks of every kind, quotes over several paragraphs or broken
by an attribution, and titles, scare quotes and names in quote marks that are not speech.
Texts written for these tests."""
from __future__ import annotations

import pytest
from nlp_fixtures import one, quotes_of, speaker_of

from nlp.components.paragraphs import paragraph_spans
from nlp.components.quotes import scan_groups


def spans_text(text, q):
    return [text[s:e] for s, e in q["spans"]]


def test_multi_paragraph_quote_is_one_segment_group():
    text = "She said: “First.\n\n“Second.\n\n“Third.”\n\nAfter."
    groups = scan_groups(text, paragraph_spans(text), headline=False)
    assert len(groups) == 1
    assert [text[s.start:s.end] for s in groups[0]] == ["First.", "Second.", "Third."]


def test_unclosed_quote_without_continuation_ends_at_paragraph():
    text = "He said: “Never closed.\n\nNarrative follows here."
    groups = scan_groups(text, paragraph_spans(text), headline=False)
    assert [[text[s.start:s.end] for s in g] for g in groups] == [["Never closed."]]


def test_apostrophes_are_not_quotes():
    text = "The trust’s plans and the council's budget were discussed at Mr O'Neill's request."
    assert scan_groups(text, paragraph_spans(text), headline=False) == []


def test_titles_and_scare_quotes_are_not_speech(nlp_pipeline):
    text = ("The council published a report called “Schools for the Future” last week.\n\n"
            "The so-called “academy revolution” has stalled. Parents were “consulted” only once.\n\n"
            "Campaigners said the trust's “Better Together” strategy had failed.")
    assert quotes_of(nlp_pipeline, text) == []


def test_single_quotes_in_headline(nlp_pipeline):
    text = ("Academy plan 'a disaster for our children', says union\n\n"
            "The National Education Union has condemned the plan. The council's 'review' continues.")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["text"] == "a disaster for our children"
    assert (q["speaker"], q["paragraph"]) == ("National Education Union", 0)


def test_single_quotes_in_body_are_not_quotes(nlp_pipeline):
    assert quotes_of(nlp_pipeline, "First paragraph.\n\nThe council's 'review' of Mr O'Neill's 'plan' continues.") == []


def test_nested_quotes_stay_inside(nlp_pipeline):
    q = one(quotes_of(nlp_pipeline, "“They told us ‘no way’ and walked out,” said parent Tom Baker."))
    assert q["text"] == "They told us ‘no way’ and walked out,"
    assert (q["speaker"], q["speaker_role"]) == ("Tom Baker", "parent")


def test_unclosed_quote_paragraph_continues_into_the_next(nlp_pipeline):
    text = ("Councillor Liz Amberley said: “The first part.\n\n“The second part.”\n\nOther business followed.")
    q = one(quotes_of(nlp_pipeline, text))
    assert (q["speaker"], q["paragraph"], q["paragraph_end"]) == ("Liz Amberley", 0, 1)


def test_title_after_comma_is_not_speech(nlp_pipeline):
    text = ("The agency’s report, “Investigation into financial management at the trust”, was published on Thursday.\n\n"
            "Critics have dubbed the largest trusts “super-trusts”, a term the department rejects.")
    assert quotes_of(nlp_pipeline, text) == []


def test_names_in_quotes_are_not_speech(nlp_pipeline):
    text = "Carl Dunmore left the company last month. He has also agreed to repay the fee he was paid for the use of the name “Brightside.”"
    assert quotes_of(nlp_pipeline, text) == []


@pytest.mark.parametrize("text", [
    "According to the planning officers’ report, “Land at Mill Farm: Flood Risk Appraisal”, the homes would add 90 cars an hour.",
    "Governors read a review titled “Leading Small Schools Together” before the vote on Monday.",
    "Parents marched behind a banner reading “Hands Off Our Library”.",
])
def test_titles_of_documents_are_not_attributed_quotes(nlp_pipeline, text):
    assert quotes_of(nlp_pipeline, text) == []


def test_title_case_headline_quote_is_still_a_quote(nlp_pipeline):
    text = "Union Says Academy Plan Is ‘Total Disaster For Pupils’\n\nThe union spoke out on Monday."
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["text"] for q in quotes] == ["Total Disaster For Pupils"]


def test_short_title_case_speech_is_kept(nlp_pipeline):
    assert speaker_of(nlp_pipeline, "“Absolutely Not,” said Jane Smith when asked about the merger.")["speaker"] == "Jane Smith"


def test_nyt_double_apostrophe_marks(nlp_pipeline):
    text = ("Tax plan\n\n''This is not reform,'' said Mark Delaney, an economist at the Pell Institute. "
            "''It is more of the same.''")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Mark Delaney"
    assert spans_text(text, q) == ["This is not reform,", "It is more of the same."]


def test_single_quotes_in_body_text_with_apostrophes(nlp_pipeline):
    text = ("Strike vote\n\nParent Alison Brent said she backed the staff. 'I'd rather he lost a day now "
            "than lost the teachers' goodwill for good,' she said.")
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Alison Brent"
    assert q["text"] == "I'd rather he lost a day now than lost the teachers' goodwill for good,"


def test_guillemets(nlp_pipeline):
    text = "Summit\n\n«We will not sign this agreement,» said Pierre Lavoie, the French delegate."
    assert one(quotes_of(nlp_pipeline, text))["speaker"] == "Pierre Lavoie"


def test_stray_straight_mark_costs_only_its_sentence(nlp_pipeline):
    text = ('Budget\n\nThe hall is 6" too narrow for the new stage. "We will fix it," said Tom Reeve. '
            '"It will be done by May," he added.')
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["text"] for q in quotes] == ["We will fix it,", "It will be done by May,"]
    assert {q["speaker"] for q in quotes} == {"Tom Reeve"}


def test_interrupted_quote_is_one_quote_with_two_spans(nlp_pipeline):
    text = "Row\n\n“We have no choice,” said Cllr Anne Booth, who leads the council. “The grant has gone.”"
    q = one(quotes_of(nlp_pipeline, text))
    assert q["speaker"] == "Anne Booth"
    assert spans_text(text, q) == ["We have no choice,", "The grant has gone."]
    assert (q["start"], q["end"]) == (q["spans"][0][0], q["spans"][-1][1])


def test_nickname_and_inline_title_do_not_split_a_quote(nlp_pipeline):
    text = ("Rally\n\n“This is a big year for us,” Del. Marcia “Cia” Price told the crowd on WRVA’s “Morning "
            "Show.” “The nation is watching.”")
    q = one(quotes_of(nlp_pipeline, text))
    assert spans_text(text, q) == ["This is a big year for us,", "The nation is watching."]


def test_single_newline_paragraphs_under_a_title(nlp_pipeline):
    text = ("Budget row\n\nThe council met on Monday.\n“We have no choice,” said Cllr Anne Booth.\n"
            "“The grant has gone.”\nThe vote is next week.")
    quotes = quotes_of(nlp_pipeline, text)
    # paragraphs 2 and 3: the closed quote, then a new quote by the same speaker
    assert [(q["paragraph"], q["paragraph_end"], q["speaker"]) for q in quotes] == [(2, 2, "Anne Booth"), (3, 3, "Anne Booth")]


@pytest.mark.parametrize("text", [
    "", "“", "”", "''", "'", "\"\"\"", "«»", "‘’‘’", "“”“”", "A\n\n“", "“\n\n“\n\n“", "—", "― ―",
    "Mr. Mr. Sen. J. R.", "“A,” he said, “", "'tis the '90s,' he said", "''''''''", "\u0000“x”",
    "“" * 50 + "text" + "”" * 50, "He said: “" + "word " * 300,
])
def test_hostile_text_never_raises_and_offsets_stay_in_the_text(nlp_pipeline, text):
    for q in nlp_pipeline(text)._.quotes:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert all(0 <= s <= e <= len(text) for s, e in q["spans"])
        assert 0 <= q["confidence"] <= 1


def test_quoted_subheading_is_not_speech(nlp_pipeline):
    text = ("Mill plan\n\n“We will keep the looms running for as long as we can,” said Tom Clarke.\n\n"
            "‘Last Shift at the Mill.’\n\nThe closure was announced in a letter to staff.")
    quotes = quotes_of(nlp_pipeline, text)
    assert [q["speaker"] for q in quotes] == ["Tom Clarke"]
