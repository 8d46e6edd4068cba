"""Quote spans of issue 13's second spans round (quotes-20): which stretches are quotes and
where they start and end, on patterns of British local news read in the development sets.
Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import headed_quote, headed_quotes, headed_texts


# -- a partial quote whose sentence ends after its closing mark is not joined to the next --

def test_sentence_ended_after_the_close_is_not_an_interruption(nlp_pipeline):
    body = ("Priya Lal, a GMB steward at the depot, said drivers had been told \"nothing at all\". "
            "The chief executive, Colin Marsh, had visited the site once, she said, \"and that was "
            "for a photograph\".")
    texts = headed_texts(nlp_pipeline, body)
    assert "nothing at all" in texts
    assert "and that was for a photograph" in texts


def test_interrupted_quote_still_joins(nlp_pipeline):
    # guard: "A," she said, "B." is one quote of two spans
    body = "\"We were never asked,\" said Priya Lal, \"and we will not be ignored again.\""
    q = headed_quote(nlp_pipeline, body, "never asked")
    assert len(q["spans"]) == 2 and q["speaker"] == "Priya Lal"


# -- "went on" between two parts of one quote ------------------------------------------------

def test_went_on_joins_two_parts(nlp_pipeline):
    body = ("‘The way the complaint was handled,’ the chair went on, ‘fell well short of what "
            "parents are entitled to expect.’")
    q = headed_quote(nlp_pipeline, body, "fell well short")
    assert len(q["spans"]) == 2


# -- a colon after a document's noun introduces speech, not a title --------------------------

def test_colon_after_letter_seen_by_this_paper_introduces_a_quote(nlp_pipeline):
    body = ("Owen Garside, the trust's finance director, said in a report seen by this paper: "
            "\"Every school will have to find savings of at least four per cent next year.\"")
    q = headed_quote(nlp_pipeline, body, "Every school will have to find savings")
    assert q["speaker"] == "Owen Garside"


def test_report_title_is_still_a_title(nlp_pipeline):
    # guard: a title right after "report" (no colon) is no quote
    body = "The council published its report \"Buses for Rural Schools\" on Friday."
    assert headed_texts(nlp_pipeline, body) == []


# -- chants with a verb, and the second placard -------------------------------------------------

def test_crowd_chants_a_short_capitalised_slogan(nlp_pipeline):
    # (a crowd's chant is no quote: quoting/chants.py)
    body = "21:05 - The motion is carried by 28 votes to 22. The public gallery chants \"Out, out, out\"."
    assert headed_texts(nlp_pipeline, body) == []


def test_marchers_chanted_after_their_placards(nlp_pipeline):
    body = ("Parents carried placards reading \"Keep Oakfield open\" and chanted \"Save our school!\" "
            "as they walked to the civic centre. \"We are not going away,\" said parent Ola Brennan-Ruiz.")
    # (neither the placard's words (signs.py) nor the chant (chants.py) is a quote; the parent's words are)
    assert headed_texts(nlp_pipeline, body) == ["We are not going away,"]


def test_second_placard_says(nlp_pipeline):
    # (also a guard: the second placard was found before this round when its words were a cue's)
    body = ("07:45 - About 30 staff are outside the gates. One placard reads \"Fair pay for support staff\", "
            "while another simply says \"Enough\".")
    assert headed_texts(nlp_pipeline, body) == []


def test_singing_a_title_is_not_a_chant(nlp_pipeline):
    # guard: a song's title after "sang" stays a title
    body = "Pupils from the choir sang \"Lean on Me\" at the start of the meeting."
    assert headed_texts(nlp_pipeline, body) == []


# -- a plural possessive before a comma inside a quote that is its whole paragraph ---------

def test_possessive_comma_inside_a_single_quoted_paragraph(nlp_pipeline):
    body = ("Jenna Fox, the trust's chief executive, said the pay offer was fair.\n\n"
            "‘We have listened to our cleaners and cooks, not just our teachers’, and we have put "
            "the lowest-paid first in this year’s award.’")
    texts = headed_texts(nlp_pipeline, body)
    assert any(t.startswith("We have listened") and t.endswith("this year’s award.") for t in texts), texts


def test_possessive_comma_with_a_new_opening_closes(nlp_pipeline):
    # guard: a new single opening after the comma: the first close was the quote's end
    body = "‘We value all our cleaners’, said Jenna Fox, ‘and we always will.’"
    q = headed_quote(nlp_pipeline, body, "We value all our cleaners")
    assert q["text"] == "We value all our cleaners and we always will."


# -- an inspectorate's grade quoted on its own ---------------------------------------------

def test_grade_after_found_that_is_no_quote(nlp_pipeline):
    body = ("Ashby Road Primary has been inspected by Ofsted for the first time since 2019. The report "
            "found that the quality of teaching was 'good' and that behaviour was 'outstanding'. "
            "Headteacher Ann Cole said the result was 'a credit to every child in the school'.")
    texts = headed_texts(nlp_pipeline, body)
    assert "good" not in texts and "outstanding" not in texts
    assert "a credit to every child in the school" in texts


def test_grade_said_of_a_sixth_form_is_no_quote(nlp_pipeline):
    body = ("Ashby Road Primary has been inspected by Ofsted for the first time since 2019. The report "
            "said the nursery “requires improvement” in some areas.")
    assert headed_texts(nlp_pipeline, body) == []


def test_grade_word_described_by_a_person_is_a_quote(nlp_pipeline):
    # guard: a labelling verb makes the word the speaker's, inspection story or not
    body = ("After the Ofsted inspection, Cllr Dawn Pike described the council's support for the "
            "school as \"inadequate\".")
    assert headed_texts(nlp_pipeline, body) == ["inadequate"]


# -- a quoted phrase that names the scheme, review or system after it ----------------------

def test_quoted_phrase_before_scheme_names_it(nlp_pipeline):
    body = ("The trust said it had started a 'learn as you earn' scheme for teaching assistants and "
            "a \"lessons learned\" review of the summer's exam entries.")
    assert headed_texts(nlp_pipeline, body) == []


def test_hyphenated_phrase_before_marking_system(nlp_pipeline):
    body = "The union says staff now work to a 'two-colour' marking system that doubles their workload."
    assert headed_texts(nlp_pipeline, body) == []


def test_evaluation_before_scheme_is_speech(nlp_pipeline):
    # guard: quoted adjectives are the speaker's words, even before "scheme"
    body = "Cllr Amy Holt said it was a 'deeply unfair' scheme and should be scrapped."
    assert headed_texts(nlp_pipeline, body) == ["deeply unfair"]


# -- adverbial phrases opening with a preposition are speech -------------------------------

def test_in_principle_after_plan(nlp_pipeline):
    body = "Mark Ellery, head of Fenwick Primary, said he backed the plan \"in principle\"."
    assert headed_quote(nlp_pipeline, body, "in principle")["speaker"] == "Mark Ellery"


def test_of_course_before_a_verb(nlp_pipeline):
    body = "Cllr Ravi Shah said afterwards that he would \"of course\" resign from the committee."
    assert headed_quote(nlp_pipeline, body, "of course")["speaker"] == "Ravi Shah"


# -- a quote set off by commas before the sentence's verb names the noun before it ---------

def test_apposed_name_before_the_verb_is_no_quote(nlp_pipeline):
    body = ("The review's final finding, 'significant concerns about governance and oversight', is the "
            "most serious it can make.")
    assert headed_texts(nlp_pipeline, body) == []


def test_apposed_reply_is_speech(nlp_pipeline):
    # guard: "Her reply, ‘...’, was ..." quotes words said
    body = "Her reply, 'Nobody in this room will lose their job over this', was met with applause."
    assert headed_texts(nlp_pipeline, body) == ["Nobody in this room will lose their job over this"]


# -- one bare quoted noun as the subject of a verb is a word mentioned ---------------------

def test_quoted_word_as_subject_is_a_mention(nlp_pipeline):
    body = "Another parent, Sam Reed, said 'federation' had become 'a word nobody trusts' in the town."
    assert headed_texts(nlp_pipeline, body) == ["a word nobody trusts"]


def test_quoted_pronoun_as_subject_is_speech(nlp_pipeline):
    # guard: "said ‘nobody’ had asked" quotes the speaker's word
    body = "Sam Reed, a parent governor, said ‘nobody’ had asked the families before the vote."
    assert headed_texts(nlp_pipeline, body) == ["nobody"]


# -- words whose meaning is asked about are mentioned ---------------------------------------

def test_asked_what_a_phrase_means(nlp_pipeline):
    body = ("Kestrel Learning Trust has promised \"business as usual\" for its schools. We asked KLT boss "
            "Helen Marr what \"business as usual\" really means. Her answer: \"No school will change its "
            "name or its head for at least two years.\"")
    texts = headed_texts(nlp_pipeline, body)
    assert texts.count("business as usual") == 1  # the promise; not the question about it
    assert "No school will change its name or its head for at least two years." in texts


# -- a short quoted term that a dash then explains -----------------------------------------

def test_term_explained_after_a_dash(nlp_pipeline):
    body = ("Mr Dale told the committee the trust was using 'recovery days' - extra training days in "
            "the holidays - to make up for the strike.")
    assert headed_texts(nlp_pipeline, body) == []


def test_label_before_a_dash_is_a_quote(nlp_pipeline):
    # guard: a labelling verb's words, and a list after the dash, stay quotes
    body = ("Mr Dale called the old contract \"a scandal\" - the worst he had seen - and said staff were "
            "\"fixing the basics\" – from roofs to boilers.")
    texts = headed_texts(nlp_pipeline, body)
    assert "a scandal" in texts and "fixing the basics" in texts
