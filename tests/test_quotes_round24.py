"""Speakers of issue 13's twenty-fourth round: classes read in UK quote sets 31-34 and checked
across the older sets (a Q&A whose question quotes someone, or whose prompt is no question;
"she spoke to <reporter>"; the inspectors' report; a post on an organisation's account or
page). Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from spacy.tokens import Span

from nlp.components.org_spans import clean_org
from tests.nlp_fixtures import quote_with, speaker_with

# -- Q&A interviews ------------------------------------------------------------------------------

QA_QUOTING_QUESTION = (
    "Q&A: the new head of Fernbrook\n\n"
    "Karen Whitlock became headteacher of Fernbrook Primary School in April. Our reporter asked "
    "her about budgets and buildings.\n\n"
    "The roof has leaked for two winters. When will it be fixed?\n\n"
    "\"The money is agreed and the builders start in July. I have seen the plans myself.\"\n\n"
    "Governors have called the budget \"tight\". Is it?\n\n"
    "\"It is lean, but it is honest. Nobody will lose their job this year.\"\n\n"
    "Some parents say the school day is too short.\n\n"
    "\"We will ask every family before we change anything at all.\"")


def test_answer_after_a_question_that_quotes_someone(nlp_pipeline):
    # the question holds a quoted word: still a question; the answer is the interviewee's
    assert speaker_with(nlp_pipeline, QA_QUOTING_QUESTION, "It is lean, but it is honest") == "Karen Whitlock"


def test_answer_after_a_prompt_that_is_no_question(nlp_pipeline):
    # "Some parents say ..." between two answers of the interview is the interviewer's prompt
    assert speaker_with(nlp_pipeline, QA_QUOTING_QUESTION, "We will ask every family") == "Karen Whitlock"


def test_quote_inside_a_question_keeps_its_own_reading(nlp_pipeline):
    # guard: the word the question quotes is not the interviewee's
    assert speaker_with(nlp_pipeline, QA_QUOTING_QUESTION, "tight") != "Karen Whitlock"


def test_prompt_outside_an_interview_is_not_read_as_one(nlp_pipeline):
    # guard: a short sentence between two quotes of an ordinary story is no interviewer's prompt
    text = ("Pool closure angers swimmers\n\n"
            "Parents gathered outside the leisure centre on Saturday.\n\n"
            "\"We were told nothing until the doors were locked.\"\n\n"
            "The council has not commented.\n\n"
            "\"I have written to my MP twice now.\"")
    assert speaker_with(nlp_pipeline, text, "I have written to my MP") is None


def test_she_spoke_to_a_reporter_names_the_interviewee_not_the_reporter(nlp_pipeline):
    text = ("Q&A: a new director for Harrowvale\n\n"
            "Harrowvale Council's new director of children's services, Bronwen Castellan-Pryce, "
            "started in May. She spoke to Declan Moorhouse about the year ahead.\n\n"
            "Q: Is the transport budget safe?\n\n"
            "A: \"Nothing is safe, but I will not cut a route without talking to families.\"\n\n"
            "Q: The union calls the plan \"reckless\". Is it?\n\n"
            "A: \"No. I have read every line of it and I stand by it.\"")
    assert speaker_with(nlp_pipeline, text, "I have read every line") == "Bronwen Castellan-Pryce"
    assert speaker_with(nlp_pipeline, text, "Nothing is safe") == "Bronwen Castellan-Pryce"


def test_he_spoke_to_a_reporter_names_no_one_when_he_is_unknown(nlp_pipeline):
    # the reporter spoken to is never the one who answers ("I have said ..." in an answer)
    text = ("Q&A: the trust's new boss\n\n"
            "The trust appointed a new chief executive in March. He spoke to Harriet Dunmore.\n\n"
            "Q: Will you cut support staff?\n\n"
            "A: No. I have told every head and I will say it here: 'No assistant will lose their job.'")
    assert speaker_with(nlp_pipeline, text, "No assistant will lose") != "Harriet Dunmore"


# -- the inspectors' report --------------------------------------------------------------------


def test_their_report_after_inspectors_is_the_inspectorate(nlp_pipeline):
    text = ("Ofsted upgrades Pellow Green school\n\n"
            "Pellow Green Primary School has been rated good for the first time in ten years.\n\n"
            "Inspectors visited in March and published their report on Tuesday.\n\n"
            "The report said pupils were \"proud of their school and keen to learn\".")
    assert speaker_with(nlp_pipeline, text, "proud of their school") == "Ofsted"


def test_council_report_stays_the_councils(nlp_pipeline):
    # guard: a report with an owner named is that owner's, inspectors or not
    text = ("Repairs backlog\n\n"
            "Inspectors praised Tollworth Academy last year.\n\n"
            "Bramshire County Council's report said the repairs would cost \"well over £2m\".")
    assert speaker_with(nlp_pipeline, text, "well over") == "Bramshire County Council"


# -- a post on a platform ---------------------------------------------------------------------


def test_post_after_an_announcement_on_a_platform(nlp_pipeline):
    text = ("New school for Ashwater\n\n"
            "Dunford County Council announced on Facebook on Friday that builders had been appointed. "
            "The post said: 'Work starts in the spring. Thank you for your patience.'")
    assert speaker_with(nlp_pipeline, text, "Work starts in the spring") == "Dunford County Council"


def test_post_on_an_organisations_account(nlp_pipeline):
    text = ("Trust apologises over uniform rules\n\n"
            "Parents complained to Larchmere Academies Trust about the new blazers.\n\n"
            "A post on the trust's X account on Monday said: \"We have heard you and we will "
            "review the policy.\"")
    assert speaker_with(nlp_pipeline, text, "We have heard you") == "Larchmere Academies Trust"


def test_news_posted_on_an_organisations_page(nlp_pipeline):
    text = ("Merger confirmed\n\n"
            "Oakhollow Learning Partnership and Brindle Schools Trust are to merge.\n\n"
            "The news was posted on Oakhollow Learning Partnership's Facebook page on Monday. "
            "The post said: \"Families will see no change this year.\"")
    assert speaker_with(nlp_pipeline, text, "Families will see no change") == "Oakhollow Learning Partnership"


# -- a role phrase that is one named person's role -------------------------------------------


def test_lede_role_phrase_is_the_person_holding_that_role_later(nlp_pipeline):
    text = ("Row over leisure centre\n\n"
            "The leader of the opposition on Brackley Council has called the plan to close the "
            "pool “reckless”.\n\n"
            "The plan was approved by the cabinet on Tuesday.\n\n"
            "Cllr Joanne Whitfield (Lab, Eastgate), leader of the opposition, said families had "
            "not been asked.")
    assert speaker_with(nlp_pipeline, text, "reckless") == "Joanne Whitfield"


def test_role_phrase_held_by_two_people_is_left_as_written(nlp_pipeline):
    # guard: two people hold the role, so the phrase names neither
    text = ("Budget row\n\n"
            "The cabinet member for finance at Brackley Council has called the cuts “painful”.\n\n"
            "The cuts were approved on Tuesday.\n\n"
            "Cllr Joanne Whitfield, cabinet member for finance, spoke first. Cllr Peter Marsh, "
            "cabinet member for finance until May, spoke next.")
    assert speaker_with(nlp_pipeline, text, "painful") not in {"Joanne Whitfield", "Peter Marsh"}


# -- whom a spokesperson speaks for ---------------------------------------------------------------


def test_spokesperson_of_a_company_named_by_its_first_word(nlp_pipeline):
    # (not the council named in the sentence before)
    text = ("Boiler fault closes school\n\n"
            "Heating at the school is maintained by Hallworth Building Services under a contract "
            "with Greysbury Borough Council.\n\n"
            "Parents have complained to Greysbury Borough Council about the cold.\n\n"
            "A Hallworth spokesperson said: \"Our engineers will be on site first thing tomorrow.\"")
    assert quote_with(nlp_pipeline, text, "Our engineers")["speaker_org"] == "Hallworth Building Services"


def test_live_blog_time_stamp_is_not_part_of_an_organisations_name(nlp_pipeline):
    # the entity model sometimes takes a live blog's time stamp into the name after it
    doc = nlp_pipeline("07:32 Marsden Council has confirmed that 11 schools are closed.")
    kept = clean_org(Span(doc, 0, 3, label="ORG"))
    assert [s.text for s in kept] == ["Marsden Council"]


# -- singular "they" --------------------------------------------------------------------------


def test_they_after_one_unnamed_person_described(nlp_pipeline):
    text = ("Supply staff speak out\n\n"
            "Brightwave Staffing supplies most of the town's cover teachers.\n\n"
            "Another cover teacher, who asked not to be named because they still take bookings "
            "from Brightwave, was blunter. 'It feels like a raffle every morning,' they said.")
    # the one person the sentence describes (no one named: the "they" inside the clause
    # about them is that person too), not the agency
    assert speaker_with(nlp_pipeline, text, "a raffle every morning") == "Another cover teacher"



def test_post_by_a_person_on_an_organisations_account_is_theirs(nlp_pipeline):
    # guard: the person who posted, not the owner of the account
    text = ("Buses fail to turn up\n\n"
            "Larkfield's headteacher, Dr Helen Mortimer, posted on the school's X account that "
            "staff had \"rung every family\". \"Please bear with us today,\" the post said.")
    assert speaker_with(nlp_pipeline, text, "Please bear with us") == "Helen Mortimer"


# -- a spokesperson phrase as written ---------------------------------------------------------------


def test_spokesperson_phrase_still_loses_its_article(nlp_pipeline):
    # guard: a spokesperson is written as before ("council spokesperson")
    text = ("Closure\n\n"
            "A council spokesperson said: \"We will write to every family this week.\"")
    assert speaker_with(nlp_pipeline, text, "We will write") == "council spokesperson"
