"""Speakers of issue 13's thirty-second round: named speakers of quotes that were found (a
Q&A interview's answers, a name closing a role phrase, a quote resumed after an
interruption). Every text is written for this file. `nlp_pipeline` is the fixture in
conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import speaker_with


# -- the answers of a Q&A interview whose introduction names the interviewee first ---------------

INTERVIEW = ("Six months at Brookvale\n\n"
             "Nia Hartley became headteacher of Brookvale Academy in March. Our education reporter, "
             "Tom Quayle, sat down with her.\n\n"
             "Q: What did you find?\n\n"
             "\u2018A tired staff and a building that leaks. But the pupils want it to work.\u2019\n\n"
             "Q: What comes next?\n\n"
             "\u2018A new roof, and then we talk about results.\u2019")

MARKED = ("The new director\n\n"
          "Owen Pask took charge of Ferndale's children's services in June.\n\n"
          "He spoke about his first weeks. The interview has been shortened.\n\n"
          "Q: Why is the backlog so long?\n\n"
          "A: \"Because we lost half our psychologists in a year.\"\n\n"
          "Q: Will it get better?\n\n"
          "A: \"By Easter, if the new posts are filled, it will be much shorter.\"")


def test_answers_go_to_the_interviewee_not_the_reporter(nlp_pipeline):
    assert speaker_with(nlp_pipeline, INTERVIEW, "A tired staff") == "Nia Hartley"
    assert speaker_with(nlp_pipeline, INTERVIEW, "A new roof") == "Nia Hartley"


def test_answers_after_an_introduction_over_two_paragraphs(nlp_pipeline):
    assert speaker_with(nlp_pipeline, MARKED, "Because we lost half") == "Owen Pask"
    assert speaker_with(nlp_pipeline, MARKED, "By Easter") == "Owen Pask"


def test_a_question_line_without_q_markers_names_no_interviewee(nlp_pipeline):
    # guard: a rhetorical question between a named person's line and an unattributed quote
    # is no interview: the reporter's introduction rule needs "Q:" markers
    text = ("Parking row\n\n"
            "Amy Stott and Ben Lowe say the school run blocks their drives in Elm Road.\n\n"
            "Is anything being done?\n\n"
            "\"Nothing at all, and nobody from the council has even been to look.\"")
    assert speaker_with(nlp_pipeline, text, "Nothing at all, and nobody") != "Amy Stott"


# -- a name closing a role phrase before the verb ---------------------------------------------------

def test_role_of_a_department_then_the_name(nlp_pipeline):
    text = ("Pay offer\n\n"
            "The council said the offer was final. Director of HR Priya Sandhu said: "
            "\"We cannot go further this year.\"")
    assert speaker_with(nlp_pipeline, text, "We cannot go further") == "Priya Sandhu"


def test_role_then_name_then_a_dashed_aside(nlp_pipeline):
    text = ("Tribunal costs\n\n"
            "The committee chair, Cllr Ruth Penrose, opened the meeting. Cabinet member for schools "
            "Cllr Dan Penrose \u2013 her brother \u2013 said the council would \"learn from this\".")
    assert speaker_with(nlp_pipeline, text, "learn from this") == "Dan Penrose"


def test_a_librarian_is_a_role_not_a_first_name(nlp_pipeline):
    text = ("Library reopens\n\n"
            "Fairfield School's library has reopened. Librarian Carys Webb said: \"The pupils chose every book.\"")
    assert speaker_with(nlp_pipeline, text, "The pupils chose") == "Carys Webb"


def test_role_for_a_place_is_no_name(nlp_pipeline):
    # guard: a place after "for" is not a person closing the role phrase
    text = "Bus cuts\n\nThe regional director for Kent said the cuts were \"regrettable\"."
    assert speaker_with(nlp_pipeline, text, "regrettable") != "Kent"


# -- a speaker going on after a heckle, and "went on" between two parts of a quote -----------------

HECKLED = ("Closure meeting\n\n"
           "The council's head of estates, Graham Lowe, said the building was failing.\n\n"
           "'I know nobody wants this,' he said, before being interrupted by shouts of 'Liar!' "
           "from the gallery. 'But the roof will not last another winter.'")


def test_the_heckle_is_no_one_the_text_names(nlp_pipeline):
    assert speaker_with(nlp_pipeline, HECKLED, "Liar") is None


def test_the_words_after_a_heckle_are_the_interrupted_speaker_s(nlp_pipeline):
    assert speaker_with(nlp_pipeline, HECKLED, "But the roof will not last") == "Graham Lowe"


def test_the_words_after_a_heckle_in_a_sentence_of_its_own_are_the_speaker_s(nlp_pipeline):
    # the heckle rule itself (continuations.py): quotes-34's interruptions.py joins the two
    # parts only when the cry is quoted in the attribution's own sentence, as in HECKLED
    text = HECKLED.replace("he said, before being interrupted", "he said. He was interrupted")
    assert speaker_with(nlp_pipeline, text, "But the roof will not last") == "Graham Lowe"


def test_went_on_between_two_parts_of_a_quote(nlp_pipeline):
    text = ("Merger plans\n\n"
            "Trust chief executive Helen Pike addressed parents in the hall.\n\n"
            "\"The money is not there,\" Ms Pike went on. \"We have looked at every other option.\"")
    assert speaker_with(nlp_pipeline, text, "The money is not there") == "Helen Pike"


def test_a_strike_that_went_on_reports_no_words(nlp_pipeline):
    # guard: "went on" followed by more of its clause is no speech verb
    text = ("Strike ends\n\n"
            "Staff walked out in May. \"We are not moving,\" one teacher said. The strike went on for weeks.")
    assert speaker_with(nlp_pipeline, text, "We are not moving") == "one teacher"


# -- a speaker written as someone's relative ---------------------------------------------------------

def test_his_mother_is_the_parent_the_article_named(nlp_pipeline):
    text = ("Tribunal wait\n\n"
            "When Gemma Lowry opened the letter, she cried. Her son Toby, seven, had been refused a place again.\n\n"
            "Toby has autism. His mother says the support was 'thin at best' at his old school.")
    assert speaker_with(nlp_pipeline, text, "thin at best") == "Gemma Lowry"


def test_his_brother_is_the_sibling_the_article_named(nlp_pipeline):
    text = ("Contract row\n\n"
            "Castleford Ltd's director, Ian Pryor, is the brother of the trust's former head, Neil Pryor.\n\n"
            "Neil Pryor could not be reached. In an email, his brother said the firm had 'done every job it was paid for'.")
    assert speaker_with(nlp_pipeline, text, "done every job") == "Ian Pryor"


def test_his_mother_stays_a_phrase_when_no_parent_is_named(nlp_pipeline):
    # guard: a brother named is no mother
    text = ("Contract row\n\n"
            "Ian Pryor is the brother of Neil Pryor.\n\n"
            "Neil has left the trust. His mother said he had been 'treated unfairly'.")
    assert speaker_with(nlp_pipeline, text, "treated unfairly") != "Ian Pryor"


# -- singular "they" for the person named in the paragraph before ---------------------------------

def test_they_after_a_paragraph_about_one_named_person(nlp_pipeline):
    # (not the school named before: "they" reads as that organisation without the rule)
    text = ("Academy order\n\n"
            "Elm Park School is to be run by the Fellside Learning Trust.\n\n"
            "Parent governor Alex Morrow, who chaired the first of three meetings, said the process had been \"rushed\".\n\n"
            "\"Families heard about it from a newsletter in a school bag,\" they said.")
    assert speaker_with(nlp_pipeline, text, "Families heard about it") == "Alex Morrow"


def test_they_after_a_paragraph_about_a_group_is_not_the_person(nlp_pipeline):
    # guard: the paragraph before names a group too
    text = ("Academy order\n\n"
            "Alex Morrow met the parents who had signed the petition.\n\n"
            "\"Families heard about it from a newsletter in a school bag,\" they said.")
    assert speaker_with(nlp_pipeline, text, "Families heard about it") != "Alex Morrow"
