"""Quote spans of issue 13's spans round (quotes-17): which stretches are quotes and where
they start and end, on patterns of British local news read in the development sets. Every
text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import headed_quote, headed_quotes, headed_texts


# -- findings reported with "found that", however the parser hangs the clause -------------

def test_found_that_reports_both_quoted_findings(nlp_pipeline):
    body = ("Inspectors who visited Millbrook Academy in March found that behaviour on the stairs and "
            "in the dining hall was ‘too often unruly’ and that younger pupils did not always get "
            "‘the support they need to settle’.")
    texts = headed_texts(nlp_pipeline, body)
    assert "too often unruly" in texts
    assert "the support they need to settle" in texts


def test_found_a_thing_is_no_finding(nlp_pipeline):
    # guard: "found" with a plain object reports nothing
    body = "Volunteers found the ‘lost’ trophy in a cupboard behind the sports hall."
    assert headed_texts(nlp_pipeline, body) == []


# -- "accepted" with a clause of its own, with or without "that" -----------------------------

def test_accepted_a_clause_without_that(nlp_pipeline):
    body = ("Mr Owen Tranter, the council's head of transport, accepted the first term had been "
            "‘a difficult start’. He said drivers were being recruited.")
    assert headed_quote(nlp_pipeline, body, "a difficult start")["speaker"] == "Owen Tranter"


def test_accepted_an_offer_reports_no_words(nlp_pipeline):
    # guard: an object, not a clause
    body = "The union accepted a ‘generous’ offer from the trust on Friday."
    assert headed_texts(nlp_pipeline, body) == []


# -- a word mentioned, a name given: not quotes ---------------------------------------------

def test_the_word_and_the_phrase_are_mentions(nlp_pipeline):
    body = ("Staff were told to avoid the word ‘merger’ when speaking to parents. Mrs Dale said the "
            "phrase “back office” should be retired.")
    assert headed_texts(nlp_pipeline, body) == []


def test_what_it_calls_a_name_with_the_article_outside(nlp_pipeline):
    body = ("The trust wants to move its kitchens to a single site in what it calls a ‘central "
            "production model’. Critics have already dubbed it the ‘food factory’. Central costs, known "
            "among bursars as the “top-slice”, have risen.")
    assert headed_texts(nlp_pipeline, body) == []


def test_a_persons_word_after_what_called_is_a_quote(nlp_pipeline):
    # guard: a person's evaluative word, and an organisation's words with the article inside
    body = ("The cabinet approved the closures despite what one councillor called a ‘heartbreaking’ "
            "set of replies. Harbour Trust declined to comment on what it called ‘commercially "
            "sensitive talks’.")
    texts = headed_texts(nlp_pipeline, body)
    assert "heartbreaking" in texts
    assert "commercially sensitive talks" in texts


# -- chants are the crowd's words, no quotes (quoting/chants.py) ------------------------------

def test_a_chant_of_title_case_words_is_no_quote(nlp_pipeline):
    body = "As the march reached the town hall, pupils led the crowd in a loud chant of “Save Our Site”."
    assert headed_texts(nlp_pipeline, body) == []


# -- a possessive inside a quote that runs over paragraphs ----------------------------------

def test_possessive_inside_a_multi_paragraph_single_quote(nlp_pipeline):
    body = ("In a statement, Unison branch secretary Rhona Teale said: ‘Our cleaners’ hours have been cut "
            "twice in a year. Now the trust wants to cut them again.\n\n"
            "‘We will not accept a third cut without a fight.’")
    q = headed_quote(nlp_pipeline, body, "Our cleaners")
    assert "without a fight" in q["text"]
    assert q["paragraph_end"] == q["paragraph"] + 1


def test_partial_quote_with_possessive_closes_inside_sentence(nlp_pipeline):
    # guard: a partial quote closed by a plural possessive ("weeks’ chasing") does not run on
    body = ("The letter, from Ms Jo Pryor, head of Elm Lane Primary, said her office manager had spent "
            "‘the better part of three weeks’ chasing missing payments.\n\n"
            "‘One of my cooks was paid for two days’ work in all of June,’ she wrote.")
    texts = headed_texts(nlp_pipeline, body)
    assert any(t.startswith("One of my cooks") for t in texts)
    assert not any("the better part" in t and "cooks" in t for t in texts)


# -- one utterance across a bare attribution -------------------------------------------------

def test_statement_says_between_two_halves_is_one_quote(nlp_pipeline):
    body = ("09:10 – The trust has issued a statement. ‘We are sorry for the disruption to families,’ "
            "the statement says. ‘We still believe the new timetable is the right one.’")
    q = headed_quote(nlp_pipeline, body, "sorry for the disruption")
    assert "right one" in q["text"]
    assert len(q["spans"]) == 2


def test_says_a_described_speaker_between_two_halves_is_one_quote(nlp_pipeline):
    body = ("‘We heard about it on a Friday afternoon,’ says caretaker Lionel Abara, 58, who has worked "
            "at the school since 1994. ‘Nobody had asked us anything.’")
    q = headed_quote(nlp_pipeline, body, "Friday afternoon")
    assert "Nobody had asked" in q["text"]


def test_a_grade_inside_the_attribution_does_not_join_the_next_quote(nlp_pipeline):
    # guard: the quoted grade in between is not the first half of the quote after it
    body = ("‘We are here to listen,’ Mrs Ines Varga, who led two schools rated ‘requires "
            "improvement’ out of special measures, said. ‘Then we will act quickly.’")
    texts = headed_texts(nlp_pipeline, body)
    assert any("Then we will act quickly" in t for t in texts)
    assert not any("requires improvement" in t for t in texts)


# -- speech nouns: "X's claim that ...", "a warning from X that ..." ------------------------

def test_possessive_claim_that_gives_the_possessor(nlp_pipeline):
    body = ("SIR – Cllr Maureen Astley's claim at last month's council meeting that bus passes for "
            "pupils are ‘the cheapest in the county’ does not stand up.")
    assert headed_quote(nlp_pipeline, body, "cheapest in the county")["speaker"] == "Maureen Astley"


def test_warning_from_someone_that(nlp_pipeline):
    body = ("The homes were approved despite a warning from Cllr Rashid Malik that the lane would "
            "become ‘a car park at school time’.")
    assert headed_quote(nlp_pipeline, body, "a car park")["speaker"] == "Rashid Malik"


def test_a_claim_with_no_source_names_no_one(nlp_pipeline):
    # guard: "the claim that ..." with no possessor and no "from" is not a quote here
    body = "The claim that the academy is ‘failing’ was rejected by governors on Monday."
    assert headed_texts(nlp_pipeline, body) == []


# -- told in a document, reminded, a report to a council's joined committee ----------------

def test_told_in_a_letter_from_the_trust(nlp_pipeline):
    body = ("The Harlow Vale Academy Trust runs four schools in the town. Parents were told in a letter "
            "from the Harlow Vale Academy Trust that lessons would ‘carry on as normal wherever we can’, "
            "although some classes may be sent home.")
    assert headed_quote(nlp_pipeline, body, "carry on as normal")["speaker"] == "Harlow Vale Academy Trust"


def test_residents_were_told_names_no_speaker(nlp_pipeline):
    # guard: a passive "told" with no document names only the listeners
    body = "Residents were told that the road would be ‘closed for a fortnight’ from Monday."
    assert all(q["speaker"] != "Residents" for q in headed_quotes(nlp_pipeline, body))


def test_reminds_the_gallery_that(nlp_pipeline):
    body = ("The chair, Cllr Nora Whitcombe, reminds the gallery that this is ‘a meeting held in "
            "public, not a public debate’ and asks for quiet.")
    assert headed_quote(nlp_pipeline, body, "a meeting held in public")["speaker"] == "Nora Whitcombe"


def test_report_to_a_councils_joined_committee_speaks_for_the_council(nlp_pipeline):
    body = ("Brightwater Payroll took over the pay of 40 schools in April. A report to Kelmarsh "
            "Borough Council’s children and young people scrutiny committee said there had been "
            "‘serious failures’ in each of the first two pay runs.")
    assert headed_quote(nlp_pipeline, body, "serious failures")["speaker"] == "Kelmarsh Borough Council"
