"""Quotes of issue 13's fortieth round that stood with no speaker or a bare role: a
spokesperson whose body the narrative before names only by a reference ("the county
council", "chief executive of the trust"; nominals.py), and a document's words whose issuer
the narrative gives ("“...,” it read" after "a message from X", readouts.py; "The statement
adds" after "X has issued a statement", "The email says" after "X wrote to ...", a
verbless document phrase before a colon, documents.py, intros.py). Every text is written
for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quote_with, quotes_of, speaker_with


def test_a_spokesperson_after_a_reference_with_its_tier_speaks_for_that_council(nlp_pipeline):
    text = ("Licence pulled from taxi firm\n\n"
            "Northfell Borough Council licensed the firm in 2021. The firm's owner, Dean Platt, was fined £900 on Monday.\n\n"
            "The borough council has since withdrawn the licence. A spokeswoman said: \"We will not hesitate to act "
            "where drivers put passengers at risk.\"")
    assert quote_with(nlp_pipeline, text, "will not hesitate")["speaker_org"] == "Northfell Borough Council"


def test_a_spokesperson_after_a_body_named_as_no_subject_speaks_for_it(nlp_pipeline):
    text = ("Trust chief unavailable\n\n"
            "Ashgrove Learning Trust runs six schools in the valley. Parents met on Tuesday night to discuss the cuts.\n\n"
            "We asked Dana Frost, chief executive of the trust, for comment. A spokesperson said she was "
            "\"on leave this week\" but would \"respond in writing\".")
    assert quote_with(nlp_pipeline, text, "on leave")["speaker_org"] == "Ashgrove Learning Trust"


def test_a_spokesperson_after_a_body_named_by_the_last_word_of_its_name(nlp_pipeline):
    text = ("Federation cuts\n\n"
            "Parents at four schools in the Millbeck Schools Federation have been told of cuts to support staff.\n\n"
            "We asked the chair of the federation for an interview. A spokesperson said the chair would \"say more "
            "after the governors meet\".")
    assert quote_with(nlp_pipeline, text, "say more")["speaker_org"] == "Millbeck Schools Federation"


def test_it_read_after_a_message_from_someone_is_theirs(nlp_pipeline):
    text = ("Apology after uniform row\n\n"
            "On Friday the page carried a new message from headteacher Janet Okoro. \"I am sorry for any hurt my "
            "words caused to families,\" it read.")
    assert speaker_with(nlp_pipeline, text, "sorry for any hurt") == "Janet Okoro"


def test_the_statement_adds_after_its_issuer_put_it_out(nlp_pipeline):
    text = ("Strike\n\n"
            "Tarnside Academies Trust has issued a statement. It says parents will be told of closures "
            "\"as soon as possible\".\n\n"
            "The statement adds that talks with the union had been \"constructive\".")
    assert speaker_with(nlp_pipeline, text, "constructive") == "Tarnside Academies Trust"


def test_the_email_after_someone_wrote_to_people_is_theirs(nlp_pipeline):
    text = ("Pool closure\n\n"
            "The manager, Tom Peel, wrote to swimmers on Monday. The email, seen by the Echo, says the pool will be "
            "\"closed for at least a month\".")
    assert speaker_with(nlp_pipeline, text, "closed for at least") == "Tom Peel"


def test_the_letter_after_someone_is_understood_to_have_written(nlp_pipeline):
    text = ("Pay dispute\n\n"
            "The county's director of education, Rosa Quinlan, is believed to have written to governors last week. "
            "The letter says the pay review will be \"finished by the end of term\".")
    assert speaker_with(nlp_pipeline, text, "finished by the end") == "Rosa Quinlan"


def test_a_document_phrase_before_a_colon_names_its_issuer(nlp_pipeline):
    text = ("Crossing\n\n"
            "Brampton Vale Primary School has lost its lollipop patrol. A message on the school's website: "
            "\"We are asking parents to walk with younger children until further notice.\"")
    assert speaker_with(nlp_pipeline, text, "walk with younger") == "Brampton Vale Primary School"


def test_a_banner_before_a_colon_names_no_one(nlp_pipeline):
    text = ("Protest\n\n"
            "Dozens of residents gathered outside the library on Saturday. A banner on the railings: "
            "\"Hands off our library, hands off our town.\"")
    assert speaker_with(nlp_pipeline, text, "Hands off") is None


def test_a_report_the_body_put_its_figures_in_is_the_bodys(nlp_pipeline):
    text = ("Trust savings\n\n"
            "Harbour Academies Trust explained the changes in a letter to families on Monday.\n\n"
            "According to the letter, a fall in pupil numbers has made \"a leaner central team\" unavoidable.")
    assert speaker_with(nlp_pipeline, text, "a leaner central team") == "Harbour Academies Trust"


def test_it_says_after_a_report_presented_to_a_council_committee(nlp_pipeline):
    text = ("Library hours\n\n"
            "Opening hours could be cut at three libraries run by Ravenscar Borough Council.\n\n"
            "The report, titled 'Reading for All', was presented to the council's young people's scrutiny committee "
            "on Tuesday. "
            "It says the branch has \"struggled for years\" to attract readers.")
    assert speaker_with(nlp_pipeline, text, "struggled for years") == "Ravenscar Borough Council"


def test_put_it_well_in_a_speech_introduces_the_quote(nlp_pipeline):
    text = ("Village school\n\n"
            "Our chair, Marcus Leigh, put it well in his speech to the meeting: \"A village without a school is a "
            "village without a future.\"")
    assert speaker_with(nlp_pipeline, text, "village without a future") == "Marcus Leigh"


def test_put_it_on_hold_still_introduces_nothing(nlp_pipeline):
    text = ("Hold\n\n"
            "The council put it on hold in March: \"We need more time to look at the costs,\" the leader said.")
    assert speaker_with(nlp_pipeline, text, "more time to look") == "leader"


def test_a_reporter_after_a_short_tail_of_the_sentence_is_the_partial_quotes(nlp_pipeline):
    text = ("Fees\n\n"
            "Tarnside Academies Trust said it had reviewed the charges for its breakfast clubs. Families would pay "
            "\"no more than the local average\" from May, it added.")
    assert speaker_with(nlp_pipeline, text, "no more than the local average") == "Tarnside Academies Trust"


def test_a_reporter_after_a_tail_with_a_named_person(nlp_pipeline):
    text = ("Pool\n\n"
            "The leisure centre in Harwick has been shut since May. The pool would reopen \"within a few weeks\" at "
            "the earliest, manager Tom Peel said.")
    assert speaker_with(nlp_pipeline, text, "within a few weeks") == "Tom Peel"


def test_a_clause_of_time_after_a_partial_quote_reports_nothing(nlp_pipeline):
    text = ("Plan\n\n"
            "Residents met in the church hall on Monday. The plan was \"far too ambitious for a village\" when it "
            "was first drawn up, the chair said last year.")
    assert all("far too ambitious" not in q["text"] for q in quotes_of(nlp_pipeline, text)) \
        or speaker_with(nlp_pipeline, text, "far too ambitious") is None


def test_a_live_blog_entry_opening_with_its_time_and_a_quote_is_a_full_quote(nlp_pipeline):
    text = ("Live: the budget meeting\n\n"
            "7.02pm Cllr Anika Bose, deputy leader, rises to reply to the opposition.\n\n"
            "7.05pm \"Nobody on this side of the chamber wanted these cuts.\" - Cllr Bose")
    assert speaker_with(nlp_pipeline, text, "Nobody on this side") == "Anika Bose"


def test_a_name_and_what_they_were_doing_before_a_colon_names_the_speaker(nlp_pipeline):
    text = ("Budget night: what they said\n\n"
            "Cllr Anika Bose, deputy leader, opened the debate at 7pm.\n\n"
            "- Cllr Tom Reyes (Green, Eastfield): 'This budget balances the books on the backs of children.'\n\n"
            "- Cllr Bose, summing up for the cabinet: 'We had no choice, and every one of us knows it.'")
    assert speaker_with(nlp_pipeline, text, "We had no choice") == "Anika Bose"


def test_a_spokesperson_after_a_body_named_by_the_word_before_of_in_its_name(nlp_pipeline):
    text = ("Chapel school\n\n"
            "The Diocese of Wrenford has agreed to sponsor St Anne's Primary School. Parents will vote next month.\n\n"
            "The diocese confirmed it had written to governors. A spokeswoman said: \"We would keep the "
            "school name and its staff.\"")
    assert quote_with(nlp_pipeline, text, "keep the school name")["speaker_org"] == "Diocese of Wrenford"
