"""Quote spans of issue 13's round quotes-29: partial quotes whose reporter the parse lost,
statements sent to a live blog, and findings quoted after a grade. Every text is written
for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import headed_quote, headed_texts, speaker_with


# -- a partial quote whose speech verb the parse gave no subject -------------------------------

def test_name_after_in_mitigation_reports(nlp_pipeline):
    body = "In mitigation, Nadia Venn, for the company, said it had ‘learned from its mistakes’."
    q = headed_quote(nlp_pipeline, body, "learned from its mistakes")
    assert q["speaker"] == "Nadia Venn"


def test_campaign_name_read_as_a_verb_and_its_object_is_no_speaker(nlp_pipeline):
    # guard: "Keep" (a verb with an object) and its object are not the verb's subject
    body = "Keep Fernside Local said they would be ‘counting every vote’ at the meeting."
    speakers = {q["speaker"] for q in nlp_pipeline("Headline for the story\n\n" + body)._.quotes}
    assert not speakers & {"Keep", "Fernside Local"}


def test_person_told_in_an_email_is_not_the_reporter(nlp_pipeline):
    # guard: "to say" is said by whoever emailed, not by the manager she emailed
    body = ("She emailed Gary Pounds, the company's regional manager, in March to say the kitchen was "
            "\"not safe for anyone\".")
    assert all(q["speaker"] != "Gary Pounds" for q in nlp_pipeline("Headline for the story\n\n" + body)._.quotes)


# -- a statement sent to a live blog ----------------------------------------------------------

def test_organisation_that_sent_us_a_statement_speaks(nlp_pipeline):
    body = ("Harfield Borough Council has confirmed the closure. 10.05am – The council has sent us this "
            "statement: “We are doing everything we can to keep the buses running.”")
    q = headed_quote(nlp_pipeline, body, "keep the buses running")
    assert q["speaker"] == "Harfield Borough Council"


def test_statement_sent_to_us_by_a_group_speaks_for_it(nlp_pipeline):
    body = ("2.15pm – A statement has just been sent to us by the Harfield Parents' Forum. ‘We are grateful "
            "to the staff, but the decision is wrong,’ the statement says.")
    q = headed_quote(nlp_pipeline, body, "grateful to the staff")
    assert q["speaker"] == "Harfield Parents' Forum"


def test_spokesperson_who_sent_a_statement_speaks(nlp_pipeline):
    body = ("9.20am: A Department for Education spokesperson has sent us this statement: \"We urge both sides "
            "to keep talking.\"")
    q = headed_quote(nlp_pipeline, body, "keep talking")
    assert q["speaker_org"] == "Department for Education"


# -- a finding quoted after a grade --------------------------------------------------------------

def test_finding_after_a_grade_is_the_inspectorates_words(nlp_pipeline):
    body = ("Millbeck Academy has been rated \"inadequate\" by Ofsted and placed in special measures after "
            "inspectors found safeguarding \"is not effective\".")
    q = headed_quote(nlp_pipeline, body, "is not effective")
    assert q["speaker"] == "Ofsted"


def test_grade_itself_is_still_no_quote(nlp_pipeline):
    # guard: the grade after "rated" stays a grade
    body = "Millbeck Academy has been rated \"inadequate\" by Ofsted and placed in special measures."
    assert "inadequate" not in headed_texts(nlp_pipeline, body)


def test_inspectors_finding_reports_a_partial_quote(nlp_pipeline):
    body = ("Millbeck Academy has been placed in special measures, with inspectors finding that some pupils "
            "‘do not trust adults to help them’.")
    q = headed_quote(nlp_pipeline, body, "do not trust adults")
    assert q["speaker"] in {"Ofsted", "inspectors"}


# -- an interviewer's question that quotes a name in mid-sentence ----------------------------------

QA_NAMING_QUESTION = (
    "Q&A: the new chief executive of Harbour Vale\n\n"
    "Dr Rosa Greenhalgh took over the Harbour Vale Schools Trust in May. Our reporter asked her about "
    "her first term.\n\n"
    "What has surprised you most?\n\n"
    "\"How much the staff already knew about what needed fixing. I mostly had to listen.\"\n\n"
    "Parents set up a group called \"Bring Back Buses\" when the routes were cut. What will you do?\n\n"
    "\"I have met them twice, and we are paying for two new routes from September.\"")


def test_answer_after_a_question_quoting_a_campaign_name_is_the_interviewees(nlp_pipeline):
    assert speaker_with(nlp_pipeline, QA_NAMING_QUESTION, "paying for two new routes") == "Rosa Greenhalgh"


# -- words told to someone by no one named --------------------------------------------------------

def test_words_told_by_no_one_named_are_a_quote_with_no_speaker(nlp_pipeline):
    body = "When I complained at the school gate, I was told it was a ‘teething problem’. Six months on, nothing has changed."
    q = headed_quote(nlp_pipeline, body, "teething problem")
    assert q["speaker"] is None and q["kind"] == "partial"


def test_told_of_a_scheme_is_no_quote(nlp_pipeline):
    # guard: "told of “...”" names a thing, it reports no words
    body = "Families have been told of “flexible travel grants” without being told how much they will get."
    assert "flexible travel grants" not in headed_texts(nlp_pipeline, body)


def test_told_by_a_named_teller_keeps_the_teller(nlp_pipeline):
    # guard: an agent after "told" speaks
    body = "I was told by a council officer that the route was ‘under review’."
    assert headed_quote(nlp_pipeline, body, "under review")["speaker"] is not None


def test_told_in_a_letter_is_no_unnamed_speaker(nlp_pipeline):
    # guard: a letter has an issuer the report means; its words are not left to no one
    body = "Parents were told in a letter on Monday that the school would open but that ‘some rooms may be closed’."
    assert all(q["speaker"] is not None for q in nlp_pipeline("Headline for the story\n\n" + body)._.quotes)
