"""Speakers of issue 13's twenty-third round: speakers that are not names (a crowd's chant, a
name with post-nominal letters, a description capitalised because it opens its sentence, a
live blog's time stamp, an opening paragraph's role held at a named place, a feast or a
place taken for a person). Every text is written for this file. `nlp_pipeline` is the
fixture in conftest.py."""
from __future__ import annotations

from nlp.components.quoting.plain_names import without_postnominals
from tests.nlp_fixtures import quote_with


def speaker_of(nlp, text: str, words: str) -> str | None:
    return quote_with(nlp, text, words)["speaker"]


# -- a crowd's chant names no one ---------------------------------------------------------------

def test_a_crowd_chanting_names_no_one(nlp_pipeline):
    text = ("Parents march on town hall\n\n"
            "About 200 parents marched through Brackley Cross on Saturday against the closure of "
            "the village nursery.\n\n"
            "Campaigners chanted ‘Save our nursery now’ as they reached the steps of the town hall.")
    assert speaker_of(nlp_pipeline, text, "Save our nursery") is None


def test_a_named_organiser_still_speaks(nlp_pipeline):
    # guard: the march's organiser quoted by name keeps her words
    text = ("Parents march on town hall\n\n"
            "Campaigners chanted ‘Save our nursery now’ as they reached the town hall.\n\n"
            "Organiser Helen Marsh-Oduya said: “We will keep coming back until someone listens.”")
    assert speaker_of(nlp_pipeline, text, "We will keep coming back") == "Helen Marsh-Oduya"


# -- post-nominal letters are not part of a name ------------------------------------------------

def test_post_nominals_are_dropped():
    assert without_postnominals("Patricia Loughlin JP") == "Patricia Loughlin"
    assert without_postnominals("Dame Ann Hale DBE, KC") == "Dame Ann Hale"
    assert without_postnominals("Peter Obe") == "Peter Obe"  # a surname, not letters
    assert without_postnominals("Lee JP") == "Lee JP"  # a name keeps two words


def test_a_magistrate_quoted_without_her_letters(nlp_pipeline):
    text = ("Driver fined over unsafe minibus\n\n"
            "A school minibus driver has been fined £600 after pupils were left on board.\n\n"
            "Presiding magistrate Corinne Blakeway-Hume JP told him: “You were trusted with "
            "other people's children and you let them down.”")
    assert speaker_of(nlp_pipeline, text, "You were trusted") == "Corinne Blakeway-Hume"


# -- descriptions are not names ------------------------------------------------------------------

def test_a_description_opening_its_sentence_is_written_as_one(nlp_pipeline):
    text = ("Book fair returns\n\n"
            "The spring book fair returns to Elmhurst library next week. Organisers said tickets "
            "\"will not cost families a penny\".")
    assert speaker_of(nlp_pipeline, text, "will not cost families") == "organisers"


def test_a_live_blog_time_stamp_is_not_part_of_the_speaker(nlp_pipeline):
    text = ("Live: cleaners strike at five schools\n\n"
            "09:40 A cook at the Hollins Lane picket told us: \"We are not asking for much, just "
            "what we are owed.\"")
    speaker = speaker_of(nlp_pipeline, text, "We are not asking")
    assert speaker is not None and not speaker[:1].isdigit()
    assert "cook" in speaker


def test_a_named_person_keeps_the_capital(nlp_pipeline):
    # guard: a name opening its sentence is left as written
    text = ("Library hours cut\n\n"
            "Councillor Rhian Paterson said the cuts were \"the last thing anyone wanted\".")
    assert speaker_of(nlp_pipeline, text, "the last thing") == "Rhian Paterson"


# -- an opening paragraph's role held at a named place ------------------------------------------

def test_a_lede_role_at_a_named_school_is_the_person_named_next(nlp_pipeline):
    text = ("Governors 'ignored' over trust move\n\n"
            "The chair of governors at Ravenscar Community Primary School says the board was "
            "“left out of the loop” over plans to join an academy trust.\n\n"
            "Desmond Achterberg-Lowe, who has chaired the board since 2019, said governors "
            "heard of the talks from a parent.")
    found = quote_with(nlp_pipeline, text, "left out of the loop")
    assert found["speaker"] == "Desmond Achterberg-Lowe"
    assert found["confidence"] < 0.9  # a link read, not written


# -- a feast or a place is no one's name ---------------------------------------------------------

def test_she_is_not_a_feast(nlp_pipeline):
    text = ("School meals row\n\n"
            "Portions at Linthorpe Primary have shrunk since Easter, parents say.\n\n"
            "Mother-of-two Gillian Farraday-Shore said the meals were \"tiny\".\n\n"
            "\"My daughter comes home hungry every single day,\" she said.")
    assert speaker_of(nlp_pipeline, text, "My daughter comes home") != "Easter"


def test_a_place_that_opens_a_trust_name_is_no_one(nlp_pipeline):
    text = ("Pay error hits school staff\n\n"
            "Support staff across Brindlecombe were paid late after an error by the Brindlecombe "
            "Valley Learning Trust's payroll provider.\n\n"
            "\"It is always the lowest paid who suffer first,\" she said.")
    assert speaker_of(nlp_pipeline, text, "always the lowest paid") != "Brindlecombe"
