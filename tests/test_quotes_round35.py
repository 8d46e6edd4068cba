"""Speakers of issue 13's thirty-fifth round: a pronoun after an unnamed person reported
speaking, when a relative clause ("who asked not to be named") sits between that person and
the speech verb (context.py, `speaking_since` and `relative_subject`). Every text is written
for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import speaker_with


def test_who_asked_not_to_be_named_is_no_speaker_of_its_own(nlp_pipeline):
    # "asked" is a speech verb, but its subject "who" only describes the father (here in a
    # second relative clause joined by "and", which the parser hangs on the first)
    text = ("School bus complaints\n\n"
            "Ella Marsh, head of Brookside Primary, said the new contract was sound.\n\n"
            "One father whose son goes to Brookside, and who asked not to be named because he works "
            "for the council, said the bus had been late all week. "
            "\"We have given up on it,\" he said.")
    assert speaker_with(nlp_pipeline, text, "We have given up on it") == "One father"


def test_unnamed_person_before_a_who_clause_without_commas(nlp_pipeline):
    # the parser may leave "said" without a subject after "who asked not to be named"
    text = ("Strike day\n\n"
            "Council leader Ruth Dale said she would meet the unions on Monday.\n\n"
            "At Hollins Green School, a kitchen assistant who asked not to be named said most staff "
            "had joined the picket. \"We cannot keep working for less,\" she said.")
    assert speaker_with(nlp_pipeline, text, "We cannot keep working") == "a kitchen assistant"


def test_they_in_a_paragraph_opening_with_a_quote_after_an_unnamed_speaker(nlp_pipeline):
    text = ("Bus routes doubled\n\n"
            "The Moorvale Transport Trust said the new timetable would save money.\n\n"
            "But one driver, who asked not to be named, said routes had been doubled overnight.\n\n"
            "\"We were never asked about any of it,\" they said.")
    assert speaker_with(nlp_pipeline, text, "We were never asked") == "one driver"


def test_a_named_persons_who_clause_keeps_the_name(nlp_pipeline):
    # guard: the noun a "who" clause describes is a named person, who stays the speaker
    text = ("Cafe prices\n\n"
            "Tom Hale, who runs the cafe on Mill Street, said prices had risen twice this year. "
            "\"It is hard to keep going,\" he said.")
    assert speaker_with(nlp_pipeline, text, "hard to keep going") == "Tom Hale"


def test_a_who_clause_about_someone_else_does_not_make_them_speak(nlp_pipeline):
    # guard: "who asked" inside the main speaker's sentence, describing another person, does
    # not take the pronoun from the named speaker
    text = ("Governors' meeting\n\n"
            "Priya Shah said she had written to the parent who asked about the uniform policy. "
            "\"We will reply to everyone,\" she said.")
    assert speaker_with(nlp_pipeline, text, "We will reply to everyone") == "Priya Shah"


def test_singular_they_in_a_paragraph_opening_with_a_quote(nlp_pipeline):
    # the person named in the narrative paragraph just before is who "they" goes on with,
    # not the trust that spoke before them
    text = ("Academy order row\n\n"
            "The Fellside Learning Trust said it would take over Eastfield Primary in May. "
            "\"We are ready,\" the trust said.\n\n"
            "Ward councillor Rowan Pike, who asked the first question at the meeting, said the decision "
            "had been taken in secret.\n\n"
            "\"Nobody has explained it to the staff,\" they said.")
    assert speaker_with(nlp_pipeline, text, "Nobody has explained") == "Rowan Pike"


def test_definite_role_in_a_paragraph_opening_with_a_quote(nlp_pipeline):
    # "the councillor" no one is given as a role: the person the narrative just before
    # reported speaking, across the paragraph break a quote opens
    text = ("Bus contract inquiry\n\n"
            "Cabinet member for schools Harriet Vane told the committee she had been assured the "
            "buses were safe.\n\n"
            "'I accepted those assurances in good faith,' the councillor said.")
    assert speaker_with(nlp_pipeline, text, "accepted those assurances") == "Harriet Vane"
