"""Speakers of issue 13's twenty-eighth round (quotes-28: wrong speakers counted across every
development set). Every text is written for this file. `nlp_pipeline` is the fixture in
conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quote_with, speaker_with


# -- a statement sent or issued by an organisation, quoted after it ----------------------------

def test_statement_the_trust_has_sent_is_the_trusts(nlp_pipeline):
    text = ("Strike at Danbury High\n\n"
            "Teachers at Danbury High walked out on Tuesday. The Danbury Learning Trust runs the school.\n\n"
            "10.05am: The trust has sent us this statement: “We regret that the strike is going ahead.”")
    assert speaker_with(nlp_pipeline, text, "We regret") == "Danbury Learning Trust"


def test_statement_a_department_spokesperson_has_sent_is_the_spokespersons(nlp_pipeline):
    text = ("Strike at Danbury High\n\n"
            "Teachers at Danbury High walked out on Tuesday.\n\n"
            "A Department for Education spokesperson has sent us this statement: “We expect all "
            "parties to return to talks.”")
    q = quote_with(nlp_pipeline, text, "return to talks")
    assert "spokesperson" in q["speaker"] and q["speaker_org"] == "Department for Education"


def test_statement_sent_to_us_by_a_forum_is_the_forums(nlp_pipeline):
    text = ("Strike at Danbury High\n\n"
            "Teachers at Danbury High walked out on Tuesday in a row over pay.\n\n"
            "10.05am: A statement has just been sent to us by the Danbury Parents Forum. “We back the "
            "staff, but families need clarity about exams,” the statement says.")
    assert speaker_with(nlp_pipeline, text, "clarity about exams") == "Danbury Parents Forum"


def test_statement_seen_by_a_paper_is_not_the_papers(nlp_pipeline):
    # guard: "by" after a verb of reading names the reader, not the issuer
    text = ("Strike at Danbury High\n\n"
            "Teachers at Danbury High walked out on Tuesday in a row over pay.\n\n"
            "A letter was seen by the Danbury Echo on Monday. “Exams will go ahead,” the letter says.")
    assert speaker_with(nlp_pipeline, text, "Exams will go ahead") != "Danbury Echo"


# -- someone the writer relates to ("my grandson") names no one --------------------------------

def test_my_nephew_in_a_letter_is_no_name(nlp_pipeline):
    text = ("Letters\n\n"
            "SIR - The crossing outside Hollow Lane Primary has no patrol.\n\n"
            "My nephew asked me last week: “Why do the lorries not stop?” I had no answer. - Mr T. Pyle, Westbrook")
    assert speaker_with(nlp_pipeline, text, "lorries not stop") == "my nephew"


def test_my_first_headteacher_in_an_answer_is_no_name(nlp_pipeline):
    text = ("Q&A with the new director\n\n"
            "What would you change first?\n\n"
            "We will publish our figures. My first headteacher used to say, “Children notice "
            "everything.” She was right.")
    assert speaker_with(nlp_pipeline, text, "notice everything") == "my first headteacher"


# -- a message quoted by what it read is its sender's ------------------------------------------

def test_message_from_a_firm_reading_is_the_firms(nlp_pipeline):
    text = ("Cooks lose jobs\n\n"
            "Cooks at Harland schools lost their jobs overnight.\n\n"
            "Union organiser Dev Sharma said one cook had shown him a message from Brightdish Catering "
            "reading: “Do not come in tomorrow. We will be in touch.”")
    assert speaker_with(nlp_pipeline, text, "come in tomorrow") == "Brightdish Catering"


def test_text_message_a_defendant_sent_is_the_defendants(nlp_pipeline):
    text = ("Bursar jailed\n\n"
            "The court heard the fraud went on for three years.\n\n"
            "When an auditor asked about a payment, Lyle sent a colleague a text message reading: "
            "“Auditor asking questions. Will fix.”")
    assert speaker_with(nlp_pipeline, text, "Will fix") == "Lyle"


def test_the_message_read_after_a_firm_texted_staff_is_the_firms(nlp_pipeline):
    text = ("Cooks lose jobs\n\n"
            "Brightdish Catering told cooks by text message on Sunday that it had stopped trading.\n\n"
            "One cook, who asked not to be named, said the message read: “We regret that we can no "
            "longer operate.”\n\n"
            "“Not a word of warning. I have rent to pay,” he said.")
    assert speaker_with(nlp_pipeline, text, "no longer operate") == "Brightdish Catering"
    # the cook's own words after the message are not the firm's
    assert speaker_with(nlp_pipeline, text, "rent to pay") != "Brightdish Catering"


def test_a_reply_to_a_post_is_not_the_posts(nlp_pipeline):
    # guard: "One reply to the post read:" is the reply's words, not the post's issuer's
    text = ("Trust apologises\n\n"
            "A post on the Kelby Learning Trust's Facebook page said: “We know this news is unwelcome.”\n\n"
            "One reply to the post read: “Unwelcome? You knew for months.”")
    assert speaker_with(nlp_pipeline, text, "You knew for months") != "Kelby Learning Trust"


# -- administrators (or auditors) from a named firm speak for it ----------------------------------

def test_the_administrators_after_administrators_from_a_firm_are_the_firm(nlp_pipeline):
    # "appointed administrators from X": the "from" is often read with the verb
    text = ("Agency collapses\n\n"
            "Staffwise Ltd, which supplied about 20 schools, appointed administrators from Milbrook "
            "Recovery LLP on Friday.\n\n"
            "The administrators said in a statement that they were \"reviewing the company's records\".")
    assert speaker_with(nlp_pipeline, text, "reviewing the company") == "Milbrook Recovery LLP"


def test_a_spokesperson_for_the_administrators_speaks_for_their_firm(nlp_pipeline):
    text = ("Agency collapses\n\n"
            "Staffwise Ltd stopped trading last week. Administrators from Milbrook Recovery LLP were "
            "appointed on Monday.\n\n"
            "Jo Hart, who runs Fenby Academy, said the school had paid in full.\n\n"
            "A spokesperson for the administrators said: “We will write to all creditors in due course.”")
    assert quote_with(nlp_pipeline, text, "write to all creditors")["speaker_org"] == "Milbrook Recovery LLP"


def test_parents_from_a_town_are_not_an_organisation(nlp_pipeline):
    # guard: a lay group "from" a place is no firm's staff
    text = ("School plan\n\n"
            "Parents from Hillbrook said the plan was \"a disgrace\".")
    assert speaker_with(nlp_pipeline, text, "a disgrace") != "Hillbrook"


# -- a news-in-brief heading in capitals is no part of an organisation's name ----------------------

def test_a_heading_in_capitals_is_not_part_of_the_councils_name(nlp_pipeline):
    text = ("News in brief\n\n"
            "BUS CHANGE Tolbridge Borough Council says the number 7 bus will run earlier from Monday. "
            "A council spokesperson said the change was \"to match the new school day\".")
    assert quote_with(nlp_pipeline, text, "new school day")["speaker_org"] == "Tolbridge Borough Council"


def test_an_acronym_opening_a_name_stays(nlp_pipeline):
    # guard: one word in capitals is an acronym of the name, not a heading
    text = ("Award\n\n"
            "Staff at Elmdon were thanked by the NHS Trust. An NHS Trust spokesperson said the award "
            "was \"richly deserved\".")
    assert "NHS" in (quote_with(nlp_pipeline, text, "richly deserved")["speaker_org"] or "")


# -- an unnamed voice in a list of voices ("– a cook who asked not to be named") --------------------

VOICES = ("What staff said\n\n"
          "‘It helps with the rent.’ — Joan Pike, cook at Elmdon Primary\n\n"
          "‘I just want to be left alone to do my job.’ — a cook who asked not to be named\n\n"
          "‘I abstained because I had doubts.’ — a primary headteacher on the Elmdon Schools Forum, "
          "speaking anonymously")


def test_an_unnamed_cook_after_a_named_one_is_unnamed(nlp_pipeline):
    assert speaker_with(nlp_pipeline, VOICES, "left alone") == "a cook"


def test_an_unnamed_headteacher_on_a_forum_is_not_the_forum(nlp_pipeline):
    assert speaker_with(nlp_pipeline, VOICES, "I abstained") == "a primary headteacher on the Elmdon Schools Forum"


def test_a_named_voice_in_the_list_keeps_her_name(nlp_pipeline):
    # guard
    assert speaker_with(nlp_pipeline, VOICES, "helps with the rent") == "Joan Pike"


# -- he/she after someone named by a first name only -----------------------------------------------

def test_he_after_a_pupil_named_by_first_name_is_the_pupil(nlp_pipeline):
    text = ("Strike day at Elm Row\n\n"
            "11.05am: The trust's chief executive, Graham Pettifer, has posted a video. "
            "'Nobody is losing their job,' he says.\n\n"
            "11.40am: Year 11 pupil Callum, 16, who came in for a mock exam, said it had been 'strange' "
            "walking past his teachers. 'I just said hello and they said good luck,' he said.")
    assert speaker_with(nlp_pipeline, text, "I just said hello") == "Callum"


def test_he_after_a_double_barrelled_surname_is_the_whole_name(nlp_pipeline):
    # guard: the last part of "Quentin Abbot-Lewis" is no lone first name
    text = ("Award\n\n"
            "Jane Fairley, head of Elm Row, said: \"We are thrilled.\"\n\n"
            "Business manager Quentin Abbot-Lewis said the award was deserved. \"The team worked "
            "every weekend,\" he said.")
    assert speaker_with(nlp_pipeline, text, "every weekend") != "Lewis"
