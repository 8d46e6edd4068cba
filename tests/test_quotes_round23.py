"""Speakers of issue 13's twenty-third round: speakers that are not names (a crowd's chant, a
name with post-nominal letters, a description capitalised because it opens its sentence, a
live blog's time stamp, an opening paragraph's role held at a named place, a feast or a
place taken for a person). Every text is written for this file. `nlp_pipeline` is the
fixture in conftest.py."""
from __future__ import annotations

from nlp.components.quoting.not_names import not_a_name
from nlp.components.quoting.plain_names import without_postnominals
from tests.nlp_fixtures import quote_with, quotes_of, speaker_with


# -- a crowd's chant names no one ---------------------------------------------------------------

def test_a_crowd_chanting_is_a_description_not_a_name(nlp_pipeline):
    # the UK sets give a crowd's chant no speaker; PolNeAR writes the crowd ("Protesters"):
    # the description, written as one, serves both
    text = ("Parents march on town hall\n\n"
            "About 200 parents marched through Brackley Cross on Saturday against the closure of "
            "the village nursery.\n\n"
            "Campaigners chanted ‘Save our nursery now’ as they reached the steps of the town hall.")
    # (a crowd's chant is no quote at all now: quoting/chants.py)
    assert not [q for q in quotes_of(nlp_pipeline, text) if "Save our nursery" in q["text"]]


def test_a_named_organiser_still_speaks(nlp_pipeline):
    # guard: the march's organiser quoted by name keeps her words
    text = ("Parents march on town hall\n\n"
            "Campaigners chanted ‘Save our nursery now’ as they reached the town hall.\n\n"
            "Organiser Helen Marsh-Oduya said: “We will keep coming back until someone listens.”")
    assert speaker_with(nlp_pipeline, text, "We will keep coming back") == "Helen Marsh-Oduya"


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
    assert speaker_with(nlp_pipeline, text, "You were trusted") == "Corinne Blakeway-Hume"


# -- descriptions are not names ------------------------------------------------------------------

def test_a_description_opening_its_sentence_is_written_as_one(nlp_pipeline):
    text = ("Book fair returns\n\n"
            "The spring book fair returns to Elmhurst library next week. Organisers said tickets "
            "\"will not cost families a penny\".")
    assert speaker_with(nlp_pipeline, text, "will not cost families") == "organisers"


def test_a_live_blog_time_stamp_is_not_part_of_the_speaker(nlp_pipeline):
    text = ("Live: cleaners strike at five schools\n\n"
            "10:52 The contractor has issued a statement. It says talks will resume on Monday.\n\n"
            "11:05 A dinner lady at the Brookmead picket, who did not want to be named, said: \"We are "
            "not asking for much, just what we are owed.\"")
    speaker = speaker_with(nlp_pipeline, text, "We are not asking")
    assert speaker is not None and not speaker[:1].isdigit()
    assert "dinner lady" in speaker


def test_a_named_person_keeps_the_capital(nlp_pipeline):
    # guard: a name opening its sentence is left as written
    text = ("Library hours cut\n\n"
            "Councillor Rhian Paterson said the cuts were \"the last thing anyone wanted\".")
    assert speaker_with(nlp_pipeline, text, "the last thing") == "Rhian Paterson"


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
    text = ("Pupils 'hungry' after meals change\n\n"
            "Parents at a Wellbrook primary school say children have been coming home hungry since a "
            "new catering firm took over the school kitchen after Easter.\n\n"
            "Ashgrove Primary switched its meals contract to Brightbowl Foods Ltd in April.\n\n"
            "Mother-of-two Gillian Farraday-Shore said the portions were \"tiny\".\n\n"
            "\"My daughter comes home hungry every single day,\" she said.")
    assert speaker_with(nlp_pipeline, text, "My daughter comes home") != "Easter"


def test_a_place_that_opens_a_trust_name_is_no_one(nlp_pipeline):
    text = ("Pay error hits school staff\n\n"
            "Dozens of school cleaners in Brindlecombe were paid late in November after what the "
            "payroll firm called a 'software fault'.\n\n"
            "Cooks and caretakers at Brindlecombe Valley Learning Trust schools were short by up to £300.\n\n"
            "GMB organiser Shona Ferrier-Quinn said some members could not pay their rent. "
            "\"It is always the lowest paid who suffer first,\" she said.")
    assert speaker_with(nlp_pipeline, text, "always the lowest paid") != "Brindlecombe"


def test_a_place_written_after_at_is_no_one(nlp_pipeline):
    text = ("Sports hall roof still leaking\n\n"
            "The contractor maintains Brookfold, Ashdene and Cray Moor schools.\n\n"
            "Coun. Maureen Oduya-Blake said parents at Cray Moor had complained for two years. "
            "\"That roof is the company's problem,\" she said.")
    assert speaker_with(nlp_pipeline, text, "That roof is") != "Cray Moor"


# -- the name an unnamed speaker gave; a description written before a name -----------------------

def test_the_name_a_parent_gave_is_the_speaker(nlp_pipeline):
    text = ("Parents divided over strike\n\n"
            "08:50 Parents at Wexcombe Academy are divided. Another parent, who gave her name only "
            "as Rosie, said it was 'the fourth strike day this term' and she had no childcare left.")
    assert speaker_with(nlp_pipeline, text, "the fourth strike day") == "Rosie"


def test_a_description_before_a_name_is_that_person(nlp_pipeline):
    text = ("Appeal delays\n\n"
            "Families waited months for school place appeals last year.\n\n"
            "Grandmother Patricia Okonjo-Hale applied for a place at Ashcourt School for her "
            "grandson last autumn.\n\n"
            "\"Nobody rang us back for five months,\" the grandmother said.")
    assert speaker_with(nlp_pipeline, text, "Nobody rang us back") == "Patricia Okonjo-Hale"


# -- a document's reader is not its issuer --------------------------------------------------------

def test_a_letter_seen_by_this_paper_is_not_the_papers(nlp_pipeline):
    text = ("Payroll delay hits staff\n\n"
            "In a letter to staff seen by this paper, the trust's chief executive, Graham "
            "Oyelaran-Pike, apologised for the delay.\n\n"
            "'We will cover any bank charges you have incurred,' the letter said.")
    assert speaker_with(nlp_pipeline, text, "We will cover any bank") != "this paper"


def test_entries_that_are_no_ones_name(nlp_pipeline):
    text = ("School news in brief\n\n"
            "Award win — Cook Dennis Arkwright of Fellbrook Primary has won a regional prize.\n\n"
            "Cleaners in Harlowmere were paid late by the Harlowmere Valley Learning Trust after Easter. "
            "Parents at Cray Moor complained. Ruth Abiodun-Clarke said she was angry.")
    doc = nlp_pipeline(text)

    def entry(name, gender=None):
        at = text.index(name)
        return {"name": name, "gender": gender, "mentions": [[at, at + len(name)]]}

    assert not_a_name(doc, entry("Easter"))
    assert not_a_name(doc, entry("Cray Moor"))  # "at Cray Moor"
    assert not_a_name(doc, entry("Award"))  # a news-in-brief heading
    if any(o["name"] == "Harlowmere Valley Learning Trust" for o in doc._.orgs or ()):
        assert not_a_name(doc, entry("Harlowmere"))
    assert not not_a_name(doc, entry("Ruth Abiodun-Clarke", "f"))
    assert not not_a_name(doc, entry("Dennis Arkwright", "m"))


# -- ranks and roles written before a name -------------------------------------------------------

def test_a_police_rank_is_not_part_of_the_name(nlp_pipeline):
    text = ("Bursar jailed for fraud\n\n"
            "A former school bursar has been jailed for stealing £90,000 from a primary school.\n\n"
            "Det Sgt Imogen Threlfall-Baines, of Wexmoor Police, said the theft had been "
            "\"planned over many months\".")
    assert speaker_with(nlp_pipeline, text, "planned over many months") == "Imogen Threlfall-Baines"


def test_a_pupil_named_by_first_name_only(nlp_pipeline):
    text = ("Curry day wins award\n\n"
            "The kitchen team at Brayfield Primary has won a regional prize for its school dinners.\n\n"
            "Year 4 pupil Tilly, nine, said: \"Thursday is the best day because it is curry day.\"")
    assert speaker_with(nlp_pipeline, text, "Thursday is the best day") == "Tilly"
