"""Speakers of issue 13's thirty-first round: speakers that are not named people
(organisations, their spokespeople, the firms acting for them, anonymous speakers). Every
text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

import pytest

from tests.nlp_fixtures import quote_with, speaker_with


# -- someone described by whose they are names no one ------------------------------------------

def test_my_old_teacher_is_a_description_not_a_name(nlp_pipeline):
    text = ("Budget row at Hillbrook\n\n"
            "Councillors met on Tuesday. My old teacher used to say, \"Never trust a spreadsheet you "
            "did not build yourself.\" I think he was right.")
    assert speaker_with(nlp_pipeline, text, "Never trust a spreadsheet") == "my old teacher"


def test_her_daughter_is_a_description_not_a_name(nlp_pipeline):
    text = ("Timetable changes\n\n"
            "Her daughter had called the new timetable \"exhausting\", the hearing was told.")
    assert speaker_with(nlp_pipeline, text, "exhausting") == "her daughter"


def test_her_son_named_in_apposition_is_the_son(nlp_pipeline):
    # guard: a name set off after the description is the speaker
    text = "Timetable changes\n\nHer son, Tom Ashby, said: \"It was fine.\""
    assert speaker_with(nlp_pipeline, text, "It was fine") == "Tom Ashby"


# -- a dash and an unnamed person after a quote -------------------------------------------------

VOICES = ("What parents said about the merger\n\n"
          "Lorna Fisher, who chairs the parents' group, said the plans were rushed. \"We were not asked,\" she said.\n\n"
          "\"I've stopped booking work for the mornings.\" – father of a Year 8 pupil at Hillcrest\n\n"
          "\"I voted against it. I hope I'm proved wrong.\" — a teacher on the Schools Forum, speaking anonymously\n\n"
          "\"Nobody listens.\" — a cleaner who asked not to be named\n\n"
          "\"We cannot go on like this.\" — one parent, Jo Bell")


@pytest.mark.parametrize("words, speaker", [
    ("proved wrong", "a teacher on the Schools Forum"),  # not the body named in the description
    ("booking work", "father of a Year 8 pupil at Hillcrest"),  # no article needed
    ("Nobody listens", "a cleaner"),  # up to the relative clause
    ("go on like this", "Jo Bell"),  # guard: a name after the description is the speaker
])
def test_a_described_person_after_a_dash(nlp_pipeline, words, speaker):
    assert speaker_with(nlp_pipeline, VOICES, words) == speaker


# -- words heard second-hand are the first speaker's ------------------------------------------

def test_words_told_by_an_unnamed_officer_are_not_the_reporters(nlp_pipeline):
    text = ("Waiting lists grow\n\n"
            "That is the experience of Claire Entwhistle, whose son has autism. She said she had been told by "
            "a council caseworker that his plan was ‘in the queue’.")
    assert speaker_with(nlp_pipeline, text, "in the queue") == "council caseworker"


def test_words_told_by_a_named_head_are_the_heads(nlp_pipeline):
    text = "Head quits\n\nParents said they had been told by headteacher Sam Odell that the school was \"safe\"."
    assert speaker_with(nlp_pipeline, text, "safe") == "Sam Odell"


def test_a_summary_of_what_was_told_is_the_reporters(nlp_pipeline):
    # guard: the agent after the words ("told “...” by the school") leaves them to the reporter
    text = "Pupil hurt\n\nHis father, Neil Whitacre, said the family had been told “nothing useful” by the school."
    assert speaker_with(nlp_pipeline, text, "nothing useful") == "Neil Whitacre"


# -- "one" on its own or one of a group of people ------------------------------------------------

def test_one_of_them_is_an_unnamed_speaker(nlp_pipeline):
    text = ("Letters\n\n"
            "SIR - May I thank the volunteers who staffed the crossing. As one of them put it to me: "
            "‘Somebody has to, so it may as well be us.’")
    assert speaker_with(nlp_pipeline, text, "Somebody has to") == "one of them"


def test_what_one_called_is_an_unnamed_speaker(nlp_pipeline):
    text = ("Families wait\n\n"
            "Mrs Reeve is one of more than a dozen parents who have contacted the Courier describing long "
            "waits and what one called \"a system designed to wear you down\".")
    assert speaker_with(nlp_pipeline, text, "wear you down") == "one"


# -- an organisation's statement sent to a live blog ---------------------------------------------

LIVE = ("LIVE: strike at Kings Learning Trust schools\n\n"
        "The Kings Learning Trust runs both schools.\n\n"
        "7.05pm: A statement has just been sent to us by the Kelvin Heads Association. 'We understand the "
        "pressures the trust is under,' the statement says.\n\n"
        "08:40 – The trust has sent us this statement: ‘We are disappointed that action is going ahead.’\n\n"
        "9.35am: A Department for Education spokesperson has sent us this statement: \"Strikes are hugely "
        "disruptive to children's education.\"")


@pytest.mark.parametrize("words, speaker", [
    ("pressures the trust", "Kelvin Heads Association"),  # "sent to us by X ... the statement says"
    ("disappointed that action", "Kings Learning Trust"),  # "The trust has sent us this statement:"
])
def test_an_organisations_statement_sent_to_a_live_blog(nlp_pipeline, words, speaker):
    assert speaker_with(nlp_pipeline, LIVE, words) == speaker


def test_a_spokesperson_who_sent_us_a_statement_speaks(nlp_pipeline):
    found = quote_with(nlp_pipeline, LIVE, "hugely disruptive")
    assert found["speaker_org"] == "Department for Education"


# -- the firm acting for a company ---------------------------------------------------------------

def test_the_administrators_are_the_firm_appointed(nlp_pipeline):
    text = ("Agency collapses\n\n"
            "Dozens of supply staff say they are owed wages. BrightStaff Recruitment Ltd appointed "
            "administrators from Halden Insolvency LLP last Friday.\n\n"
            "The administrators said in a statement that they were \"working to establish the position\" of staff.")
    assert speaker_with(nlp_pipeline, text, "establish the position") == "Halden Insolvency LLP"


def test_a_spokesperson_for_the_administrators_speaks_for_the_firm(nlp_pipeline):
    text = ("Agency collapses\n\n"
            "TopCover Staffing Ltd stopped trading last week. Administrators from Hartwell Crane Restructuring "
            "were appointed on Monday.\n\n"
            "A spokesperson for the administrators said: 'We will be writing to all creditors in due course.'")
    assert quote_with(nlp_pipeline, text, "writing to all creditors")["speaker_org"] == "Hartwell Crane Restructuring"


# -- a person, not the body named around them ----------------------------------------------------

def test_a_place_in_a_persons_who_clause_is_not_the_speaker(nlp_pipeline):
    text = ("Strike at Castle Hill\n\n"
            "Staff at Castle Hill Academy walked out on Tuesday. On the picket line, teaching assistant Joanne "
            "Pettit, who has worked at Castle Hill for 17 years, said: “I love my job. But love doesn’t pay the gas bill.”")
    assert speaker_with(nlp_pipeline, text, "I love my job") == "Joanne Pettit"


def test_an_organisations_named_man_is_the_speaker(nlp_pipeline):
    text = ("Trusts merge\n\n"
            "The Moorland Schools Trust will join Fell Trust. Moorland's Iain Sutherland, who will become "
            "deputy chief executive, said: \"Small rural schools are under real pressure.\"")
    assert speaker_with(nlp_pipeline, text, "under real pressure") == "Iain Sutherland"


# -- an organisation described in lower case -----------------------------------------------------

def test_the_diocesan_board_is_the_board_named_in_full(nlp_pipeline):
    text = ("Church school plan\n\n"
            "The Ravenmoor Diocesan Board of Education oversees 40 schools. The diocesan board said it had "
            "“a duty to protect the Christian character” of its schools.")
    assert speaker_with(nlp_pipeline, text, "a duty to protect") == "Ravenmoor Diocesan Board of Education"


def test_the_countys_parent_carer_forum_is_the_forum_named_in_full(nlp_pipeline):
    text = ("Taxi cuts\n\n"
            "The Holderby Parent Carer Forum met on Monday. Plans were approved last night, despite warnings "
            "from the county’s parent carer forum that the change would leave families ‘at breaking point’.")
    assert speaker_with(nlp_pipeline, text, "at breaking point") == "Holderby Parent Carer Forum"


def test_the_campaign_is_the_campaign_group_named_with_it(nlp_pipeline):
    # (the school named in full is not the campaign whose name ends with its place)
    text = ("Academy plan at Lydcombe\n\n"
            "Lydcombe Community Primary School wants to become an academy. Sinead Moriarty, who set up the "
            "Hands Off Lydcombe campaign, said: ‘We asked for a ballot.’\n\n"
            "The campaign’s petition, signed by 612 people, states: ‘We call on the governors of Lydcombe "
            "Community Primary to pause conversion.’")
    assert speaker_with(nlp_pipeline, text, "pause conversion") == "Hands Off Lydcombe"


def test_a_campaign_named_after_a_person_is_not_that_person(nlp_pipeline):
    # guard: "the campaign" of a candidate is no organisation named with the noun
    text = ("Mayoral race\n\n"
            "A spokesman for the Alison Pearce campaign was asked about the poll. The campaign said it was "
            "\"confident\" of winning Eastbury.")
    assert speaker_with(nlp_pipeline, text, "confident") != "Alison Pearce"
