"""Quote spans of issue 13's round quotes-34: an interviewer's question that quotes the
interviewee's own words back ("You've described ... as ‘...’"), and one quote interrupted by
an attribution that quotes a word or two of its own. Every text is written for this file.
`nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import headed_quote

# -- "you" in an interviewer's question is the interviewee ------------------------------------


def test_question_with_a_marker_quotes_the_interviewee(nlp_pipeline):
    body = ("Mike Oduya took over as head of the Fenlow Learning Trust in May. He spoke to reporter Ann Cole.\n\n"
            "Q: You've described the trust's buildings as 'crumbling'. How bad is it?\n\n"
            "A: Bad enough. We have buckets in two classrooms.")
    assert headed_quote(nlp_pipeline, body, "crumbling")["speaker"] == "Mike Oduya"


def test_question_without_a_marker_before_a_quoted_answer(nlp_pipeline):
    body = ("Jo Reed has been chief executive of Marsh Vale Council since June. She spoke to our reporter Tim Ash.\n\n"
            "You have called the budget \"precarious\". Is it that bad?\n\n"
            "\"It is. We have almost no reserves left and demand keeps rising.\"")
    assert headed_quote(nlp_pipeline, body, "precarious")["speaker"] == "Jo Reed"


def test_you_in_a_letter_to_the_paper_is_no_interviewee(nlp_pipeline):
    # guard: no answer follows, so "you" names no one the article introduced
    body = ("Dan Moss runs the bowls club next to Ridgeway School.\n\n"
            "Sir, you described our playing fields as \"unused\". They are used every day.")
    quotes = nlp_pipeline("Headline for the story\n\n" + body)._.quotes
    assert all(q["speaker"] != "Dan Moss" for q in quotes)


# -- a few words quoted inside the attribution between two parts of one quote -----------------


def test_grade_quoted_in_the_attribution_does_not_split_the_quote(nlp_pipeline):
    body = ("'We will not be rushed,' Mrs Hale, whose last school was rated 'outstanding', said. "
            "'We will listen to families first.'")
    q = headed_quote(nlp_pipeline, body, "listen to families")
    assert q["speaker"] == "Hale" and q["text"].startswith("We will not be rushed")


def test_cry_quoted_in_the_attribution_does_not_split_the_quote(nlp_pipeline):
    body = ("Councillor Tom Ince defended the cuts. \"This is the only responsible option,\" he said, before being "
            "drowned out by shouts of \"Shame!\" from the gallery. \"I know it is not popular.\"")
    q = headed_quote(nlp_pipeline, body, "not popular")
    assert q["speaker"] == "Tom Ince" and q["text"].startswith("This is the only responsible option")


def test_quote_in_a_new_sentence_after_the_attribution_stays_apart(nlp_pipeline):
    # guard: the second quote opens after the attribution's sentence ended, and its own words
    # ("the word ‘cuts’") are no part of that attribution
    body = ("\"We have no choice,\" said Tom Ince. Critics dislike the word 'cuts'. \"They are savings,\" he added.")
    q = headed_quote(nlp_pipeline, body, "We have no choice")
    assert "savings" not in q["text"]


# -- a single-quoted sentence whose only close is a plural possessive runs on --------------------


def test_sentence_opening_quote_runs_on_past_a_possessive(nlp_pipeline):
    body = ("Union rep Nia Cole addressed the picket line. ‘Nobody wants this,’ she said. ‘We were told that "
            "teachers’ hours will go up and that support will go.\n\n"
            "‘We asked them to pause. They refused.’")
    q = headed_quote(nlp_pipeline, body, "teachers")
    assert q["paragraph_end"] == q["paragraph"] + 1 and q["text"].endswith("They refused.")


def test_possessive_inside_a_closed_sentence_quote_is_no_close(nlp_pipeline):
    # guard: the paragraph closes the quote itself, so nothing runs on
    body = ("Nia Cole spoke next. ‘It is perfectly fine by us,’ she said. ‘The teachers’ union agrees.’\n\n"
            "‘We asked them to pause,’ said Tom Reed.")
    q = headed_quote(nlp_pipeline, body, "union agrees")
    assert q["paragraph_end"] == q["paragraph"] and "pause" not in q["text"]


# -- "grading" naming the noun after it is no grade ---------------------------------------------


def test_grading_structure_is_no_grade(nlp_pipeline):
    body = "Union rep Sam Ode said the new grading structure was “not legally sound” and would be challenged."
    assert headed_quote(nlp_pipeline, body, "not legally sound")["speaker"] == "Sam Ode"


def test_rated_before_a_quoted_grade_is_still_a_grade(nlp_pipeline):
    # guard: a grading verb before the quoted word keeps it a grade
    body = "Sam Ode said inspectors had rated the nursery “inadequate” in March."
    quotes = nlp_pipeline("Headline for the story\n\n" + body)._.quotes
    assert all("inadequate" not in q["text"] for q in quotes)


# -- words "told" by no one named, the passive sharing its subject ------------------------------


def test_told_sharing_its_subject_is_a_quote_of_no_one(nlp_pipeline):
    body = "Last week I asked one driver to move and was told ‘it’s only for a minute, mate’."
    q = headed_quote(nlp_pipeline, body, "only for a minute")
    assert q["speaker"] is None


def test_active_told_with_its_teller_is_no_quote_of_no_one(nlp_pipeline):
    # guard: "the driver told me ..." names the teller
    body = "Last week I asked Dan Hoy to move and he told me it was ‘only for a minute’."
    quotes = nlp_pipeline("Headline for the story\n\n" + body)._.quotes
    assert all(q["speaker"] is not None for q in quotes if "only for a minute" in q["text"])
