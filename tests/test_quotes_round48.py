"""Speakers of issue 13's forty-eighth round, quotes left with no speaker where the text gives
one: an interview printed as questions each followed in its own paragraph by the quoted
answer. Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quotes_of


def _speakers(nlp, text):
    return [q["speaker"] for q in quotes_of(nlp, text)]


# -- an interview printed as "Question? “Answer.”" in one paragraph ------------------------------
def test_answers_after_questions_in_their_paragraph_are_the_one_asked(nlp_pipeline):
    text = ("Bus routes\n\nWe asked the council's transport lead, Priya Hallam, about the new timetable.\n\n"
            "Why cut the number 12? “Because hardly anyone used it after six in the evening.”\n\n"
            "Will fares rise? “Not this year. We have frozen them until the spring.”")
    assert _speakers(nlp_pipeline, text) == ["Priya Hallam", "Priya Hallam"]


def test_answers_to_readers_questions_are_the_one_introduced(nlp_pipeline):
    text = ("Roof repairs\n\nParents sent in their questions for Tom Ferris, head of Oakbank School.\n\n"
            "When will the roof be fixed? 'By Easter, I hope. The scaffolding goes up next week.'\n\n"
            "Is the hall safe to use? 'Yes. Surveyors have checked it twice.'\n\n"
            "What about exams? 'They will go ahead in the sports centre as planned.'")
    assert _speakers(nlp_pipeline, text) == ["Tom Ferris"] * 3


def test_answer_after_a_question_quoting_someone_else(nlp_pipeline):
    text = ("Allotments\n\nWe put your questions to the parish clerk, Nadia Osei.\n\n"
            "Are the plots being sold? “No. Nobody has made an offer and none would be accepted.”\n\n"
            "A tenant, Bill Armitage, called the rent rise “a disgrace”. Is it fair? “I understand the anger, "
            "but the rent had not changed since 2009.”")
    speakers = _speakers(nlp_pipeline, text)
    assert speakers[0] == "Nadia Osei" and speakers[-1] == "Nadia Osei"


def test_one_rhetorical_question_in_a_paragraph_is_no_interview(nlp_pipeline):
    # guard: one question and a quote after it, no interview
    text = ("Parking\n\nResidents of Elm Row say the new scheme was brought in without warning. Ravi Dunmore "
            "has lived there for thirty years.\n\nThe council says it consulted widely. So who is right? "
            "“The signs went up overnight and nobody asked us at all.”")
    assert _speakers(nlp_pipeline, text) == [None]


def test_a_question_with_its_own_cue_keeps_the_cue(nlp_pipeline):
    # guard: the speaker the cue names, not the interviewee
    text = ("Bus routes\n\nWe asked the council's transport lead, Priya Hallam, about the new timetable.\n\n"
            "Why cut the number 12? “Because hardly anyone used it.”\n\n"
            "Will fares rise? “Not this year. We have frozen them until the spring.”\n\n"
            "Who pays for the extra buses? “We all do,” said passenger Owen Kettle.")
    assert _speakers(nlp_pipeline, text) == ["Priya Hallam", "Priya Hallam", "Owen Kettle"]


# -- a quote paragraph after a paragraph about a named person ------------------------------------
def test_quote_paragraph_after_a_paragraph_about_a_person_is_theirs(nlp_pipeline):
    text = ("Breakfast club\n\nThe club at Fenby Primary opens at 7.30am every weekday.\n\nMarta Kowalczyk has run "
            "it since the autumn.\n\n“Some of them arrive having eaten nothing since lunch the day before.”")
    assert _speakers(nlp_pipeline, text) == ["Marta Kowalczyk"]


def test_quote_paragraph_after_a_coach_introduced(nlp_pipeline):
    text = ("Pitches\n\nThe under-12s have nowhere to train this winter.\n\nDev Anand coaches the team on Saturday "
            "mornings.\n\n'We lost three pitches last year and nobody ever told us why.'")
    assert _speakers(nlp_pipeline, text) == ["Dev Anand"]


def test_quote_paragraph_after_a_person_named_only_as_object_is_left_open(nlp_pipeline):
    # guard: the residents, not the councillor they wrote to, are what the sentence is about
    text = ("Library\n\nThe branch library on Mill Road closed in May.\n\nResidents wrote to Cllr Jane Ober about it "
            "twice.\n\n“We never got an answer, not even an acknowledgement.”")
    assert _speakers(nlp_pipeline, text) == [None]


def test_quote_paragraph_after_a_paragraph_about_a_council_is_left_open(nlp_pipeline):
    # guard: no person is what the paragraph before is about
    text = ("Library\n\nHarbridge Council closed the branch library on Mill Road in May, Sanjay Patel's old "
            "workplace.\n\n“We never got a say in any of it.”")
    assert _speakers(nlp_pipeline, text) == [None]


def test_quote_paragraph_after_a_pronoun_with_a_quoted_term(nlp_pipeline):
    text = ("Lollipop man\n\nKeith Danvers has seen pupils across Station Road for twenty years.\n\n"
            "He does not like being called a “lollipop man” either.\n\n"
            "“I’m a school crossing patrol officer. It says so on my badge, and I trained for it.”")
    assert _speakers(nlp_pipeline, text) == ["Keith Danvers"]


def test_question_and_marked_answer_in_one_paragraph(nlp_pipeline):
    text = ("Swimming pool\n\nWe put your questions to the leisure trust's manager, Colm Rafferty.\n\n"
            "Q: When will the pool reopen? A: “In March, once the new boiler has been tested.”\n\n"
            "Q: Tell us about the prices. A: “Children under five will still swim for free.”")
    assert _speakers(nlp_pipeline, text) == ["Colm Rafferty", "Colm Rafferty"]
