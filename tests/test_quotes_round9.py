"""Speakers of issue 13's ninth round: an unnamed spokesperson ("A spokesman said: ...")
speaks for the organisation the narrative just before names, as British local news writes
a body's position and then quotes its press office. Every text is written for this file.
`nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp_fixtures import attributions


def test_spokesman_after_the_body_said_in_the_same_paragraph(nlp_pipeline):
    text = ("Brambury District Council said it had added two extra gritting routes this winter. "
            "A spokesman said: \"We know the hill roads matter to families and we are doing all we can.\"")
    assert attributions(nlp_pipeline, text) == [("spokesman", "Brambury District Council")]


def test_spokeswoman_after_a_quote_in_the_next_paragraph(nlp_pipeline):
    text = ("Parents at the gates were angry about the late notice.\n\n"
            "The Fellgate Learning Trust said the closure had been \"unavoidable\" after a boiler failed.\n\n"
            "\u201cWe are sorry for the disruption and expect to reopen on Monday,\u201d a spokeswoman said.")
    got = attributions(nlp_pipeline, text)
    assert got[-1] == ("spokeswoman", "Fellgate Learning Trust")


def test_a_response_from_a_firm_before_its_spokesperson(nlp_pipeline):
    text = ("We have asked Tollbridge Catering Services for a comment. A spokesperson said: "
            "\"Every meal meets the school food standards.\"")
    assert attributions(nlp_pipeline, text) == [("spokesperson", "Tollbridge Catering Services")]


def test_a_spokesman_for_a_named_body_keeps_that_body(nlp_pipeline):
    # guard: the phrase's own organisation wins over the narrative's
    text = ("Brambury District Council said the bins would be collected on Saturday. "
            "A spokesman for the Gatewood Residents Association said: \"We will believe it when we see it.\"")
    assert attributions(nlp_pipeline, text)[-1][1] == "Gatewood Residents Association"


def test_no_organisation_before_gives_none(nlp_pipeline):
    # guard: nothing before names a body, so the spokesperson has no organisation
    text = ("The road was closed for most of the morning. "
            "A spokesman said: \"The lane will reopen once the tree has been cleared.\"")
    assert attributions(nlp_pipeline, text) == [("spokesman", None)]


def test_shouts_are_quotes_of_no_one_named_and_chants_no_quotes(nlp_pipeline):
    # (a crowd's chant is no quote: quoting/chants.py CHANTS_ARE_QUOTES)
    text = ("Chanting \"Fix our roof, fix our roof\", about 80 parents walked to the town hall on Friday.\n\n"
            "As councillors voted, there were shouts of \u2018Disgrace!\u2019 from the public gallery.\n\n"
            "The march ended with a chant of \u201cWe will be back\u201d outside the trust\u2019s offices.")
    assert attributions(nlp_pipeline, text) == [(None, None)]


def test_a_placard_that_reads_is_no_quote(nlp_pipeline):
    text = "Pickets stood at the gates from 7am. One placard reads \"Cleaners keep schools open\"."
    assert attributions(nlp_pipeline, text) == []


def test_a_named_person_who_shouts_keeps_the_name(nlp_pipeline):
    # guard: a verb with its subject is speech, attributed as usual
    text = ("Councillor Brenda Oakes stood up as the vote was read. "
            "She shouted \"This is a betrayal of every family in Fellgate\" and left the chamber.")
    assert attributions(nlp_pipeline, text)[-1][0] == "Brenda Oakes"


def test_the_role_named_earlier_with_a_described_name_after_a_comma(nlp_pipeline):
    text = ("The SSU\u2019s branch secretary at the depot, bus driver Colin Atherley, said drivers had been "
            "\u201cpushed to breaking point\u201d over the past term.\n\n"
            "\u201cUnder the new rota, a driver can finish at nine and be back at six,\u201d the branch secretary said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Colin Atherley", "Colin Atherley"]


def test_a_high_court_judge_is_named_by_surname_and_is_the_judge(nlp_pipeline):
    text = ("Mrs Justice Penhaligon ruled that the trust had failed to consult parents before closing the unit.\n\n"
            "In her judgment, the judge said the consultation had been \"a formality\" from the start.\n\n"
            "\"A decision of this kind must be made with an open mind,\" Mrs Justice Penhaligon said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Penhaligon", "Penhaligon"]


def test_justice_as_a_first_name_is_kept(nlp_pipeline):
    # guard: without a judge's title before it, "Justice" is a first name
    text = "Justice Mensah, a parent at the school, said: \"The new timetable works for our family.\""
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Justice Mensah"]


def test_a_song_being_sung_is_no_chant(nlp_pipeline):
    # guard: "singing “...”" is most often a song's title, not the words of no one named
    text = ("At the fun day, the caretaker called the governors to the stage, singing \"It's Our Day.\" "
            "Parents and pupils gathered round the stage under the old oak tree.")
    assert (None, None) not in attributions(nlp_pipeline, text)
