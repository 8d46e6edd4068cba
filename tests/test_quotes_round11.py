"""Quotes of issue 13's eleventh round: patterns of British local news read in UK set 17
(party and ward in brackets, "the 58-year-old", placards quoted one by one, "quoted X as
saying", words read out for their writer, "..., she said," after a partial quote, singular
"they"). Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations


def _quotes(nlp, text):
    return [(q["text"], q["speaker"]) for q in nlp(text)._.quotes]


# -- a councillor's party and ward in brackets -------------------------------------------
def test_party_and_ward_in_brackets_are_not_the_speaker(nlp_pipeline):
    text = ("Cllr Morwenna Treloar (Lib Dem, Polwith Vale), cabinet member for libraries, said: "
            "\"We have kept every branch open and we will keep it that way.\"")
    assert [s for _, s in _quotes(nlp_pipeline, text)] == ["Morwenna Treloar"]


def test_party_bracket_names_no_person(nlp_pipeline):
    doc = nlp_pipeline("Cllr Ivor Penhale (Con, Gwennap North) and Cllr Ruth Bolitho (Lab) both voted against.")
    assert {p["name"] for p in doc._.people} == {"Ivor Penhale", "Ruth Bolitho"}


def test_pronoun_after_a_party_bracket_is_the_councillor(nlp_pipeline):
    text = ("Ward councillor Cllr Dennis Yelland (Ind, Stoke Climsland) spoke against the plan. "
            "He said the lane was 'far too narrow for coaches'.")
    assert _quotes(nlp_pipeline, text) == [("far too narrow for coaches", "Dennis Yelland")]


def test_a_bracket_that_is_not_a_party_is_left_alone(nlp_pipeline):
    # guard: an age or a place in brackets is not read as a party
    doc = nlp_pipeline("Jenna Polglase (34) said the bus was late again.")
    assert "Jenna Polglase" in {p["name"] for p in doc._.people}


# -- "the 58-year-old" ------------------------------------------------------------------
def test_age_description_after_the_quote_is_the_person_just_named(nlp_pipeline):
    text = ("Margery Tonkin has run the tuck shop at Penryn Vale Primary since 1999.\n\n"
            "\u2018We sell fruit now, not crisps,\u2019 says the 63-year-old, who lives in the village. "
            "\u2018The children complained for a week and then forgot.\u2019")
    got = _quotes(nlp_pipeline, text)
    assert len(got) == 1 and got[0][1] == "Margery Tonkin"


def test_age_description_with_a_noun(nlp_pipeline):
    text = ("At Trevose Park School, Colin Maddern is checking the boiler.\n\n"
            "\"Nobody notices us until the heating goes off,\" says the 52-year-old caretaker.")
    assert _quotes(nlp_pipeline, text)[-1][1] == "Colin Maddern"


def test_child_age_is_the_child_named(nlp_pipeline):
    text = ("Netball coach Tamsin Rowe, whose daughter Elowen Rowe plays for the under-12s, said: "
            "\u201cWe need more umpires.\u201d\n\n"
            "The 10-year-old said: \u201cIt's the best team in the county.\u201d")
    assert _quotes(nlp_pipeline, text)[-1][1] == "Elowen Rowe"


# -- placards quoted one by one (written words of no one: not quotes, signs.py) ---------------
def test_placards_quoted_one_by_one(nlp_pipeline):
    text = ("About 80 parents gathered outside the school. Several held home-made placards. "
            "One read: \u2018Fix our roof.\u2019 Others read \u2018Books not buckets\u2019 and \u2018Who pays?\u2019")
    assert _quotes(nlp_pipeline, text) == []


def test_another_placard_after_a_semicolon(nlp_pipeline):
    text = "The gallery was full and many people carried placards. One reads \u201cSAVE OUR POOL\u201d; another, \u201cHands off our lessons\u201d."
    assert _quotes(nlp_pipeline, text) == []


def test_one_reads_without_placards_is_not_a_sign(nlp_pipeline):
    # guard: with no placard, banner or sign named, a short title-case quote stays out
    text = "The committee had two papers in front of it. One reads \u201cFuture Of The Depot\u201d."
    assert _quotes(nlp_pipeline, text) == []


# -- quoted as saying, recorded as warning ----------------------------------------------
def test_quoted_as_saying_is_the_one_quoted(nlp_pipeline):
    text = ("Your report (Herald, May 2) quoted Cllr Bryony Vosper as saying the new timetable "
            "would be \u201chardly noticed\u201d by pupils.")
    assert _quotes(nlp_pipeline, text) == [("hardly noticed", "Bryony Vosper")]


def test_recorded_as_warning(nlp_pipeline):
    text = "Trustee Gideon Pascoe is recorded as warning that the plan risked \u2018a year of chaos\u2019."
    assert _quotes(nlp_pipeline, text) == [("a year of chaos", "Gideon Pascoe")]


# -- words read out for their writer ------------------------------------------------------
def test_letter_read_out_is_its_writers(nlp_pipeline):
    text = ("The clerk, Alan Jory, read out a letter from Sheila Trudgeon, headteacher of Lanner Primary School, "
            "which said the path was \"a danger to every child\".")
    assert _quotes(nlp_pipeline, text) == [("a danger to every child", "Sheila Trudgeon")]


def test_statement_read_out_then_it_said(nlp_pipeline):
    text = ("A statement from Cllr Harriet Nance, the cabinet member for schools, was read out by the chairman, "
            "Cllr Tom Rickard. It said the council would \u2018weigh every view before deciding\u2019.")
    assert _quotes(nlp_pipeline, text) == [("weigh every view before deciding", "Harriet Nance")]


def test_reading_aloud_ones_own_words_stays_the_reader(nlp_pipeline):
    # guard: "read out" with no document from someone else is the reader's
    text = "Cllr Wendy Rowse read out her answer: \u201cThe pool will reopen in June.\u201d"
    assert [s for _, s in _quotes(nlp_pipeline, text)] == ["Wendy Rowse"]


def test_her_motion_is_hers(nlp_pipeline):
    text = ("Cllr Demelza Hocking (Green, Porthleven) proposed the motion. 'We were never asked,' she said.\n\n"
            "Her motion asked the leader to seek 'a proper consultation with parents'.")
    assert _quotes(nlp_pipeline, text)[-1] == ("a proper consultation with parents", "Demelza Hocking")


# -- "..., she said," after a partial quote ----------------------------------------------------------
def test_attribution_after_a_partial_quote(nlp_pipeline):
    text = ("Cllr Loveday Penrose (Con, Mylor) said her group would abstain. Free schools were "
            "'neither a cure nor a curse', she said, and the council should stay neutral.")
    assert _quotes(nlp_pipeline, text) == [("neither a cure nor a curse", "Loveday Penrose")]


def test_partial_quote_before_a_clause_that_is_not_an_attribution(nlp_pipeline):
    # guard: ", which nobody denied" names no speaker, so the scare quote is dropped
    assert _quotes(nlp_pipeline, "The plan was \"a bit of a mess\", which nobody denied.") == []


def test_adding_that_starts_a_new_partial_quote(nlp_pipeline):
    text = ("Cllr Kerensa Jago said the car park trial had worked.\n\n"
            "\"It is not pretty, but it works,\" she said, adding that there had been one complaint, "
            "\"and that was about the potholes\".")
    got = _quotes(nlp_pipeline, text)
    assert [t for t, _ in got] == ["It is not pretty, but it works,", "and that was about the potholes"]
    assert {s for _, s in got} == {"Kerensa Jago"}


def test_said_laughing_keeps_one_quote(nlp_pipeline):
    text = ("Pauline Curnow retires on Friday after 30 years in the school office.\n\n"
            "\u201cI came for a term,\u201d she said, laughing. \u201cThirty years later I am still here.\u201d")
    got = _quotes(nlp_pipeline, text)
    assert got == [("I came for a term, Thirty years later I am still here.", "Pauline Curnow")]


def test_which_a_named_person_described_as(nlp_pipeline):
    text = ("Finance director Hedley Vage told trustees the fund was nearly empty. He said the roof had leaked "
            "all winter, which chair of trustees Morwenna Kitto described as \u201cnot good enough for our pupils\u201d.")
    assert _quotes(nlp_pipeline, text)[-1] == ("not good enough for our pupils", "Morwenna Kitto")


def test_lower_case_phrase_after_a_plan_is_speech(nlp_pipeline):
    text = "Parents are not convinced. Lowenna Pascoe calls the plan \u2018a fix for something that works\u2019."
    assert _quotes(nlp_pipeline, text) == [("a fix for something that works", "Lowenna Pascoe")]


def test_capitalised_title_after_a_plan_is_still_a_title(nlp_pipeline):
    # guard: "the plan 'Better Buses for Kernow'" is the plan's name
    text = "Lowenna Pascoe said the plan \u2018Better Buses for Kernow\u2019 would be published in June."
    assert _quotes(nlp_pipeline, text) == []


def test_phrase_opening_in_lower_case_is_no_title(nlp_pipeline):
    text = "Penhallow Cleaning said in a statement that it paid \"at or above the Real Living Wage\"."
    assert [t for t, _ in _quotes(nlp_pipeline, text)] == ["at or above the Real Living Wage"]


# -- singular they and gender ---------------------------------------------------------------------
def test_singular_they_for_a_named_person(nlp_pipeline):
    text = ("The march was organised by the Truro Young Carers Group. Its co-chair, Jory Tremayne, "
            "spoke through a loudhailer. \u2018Three months we have waited,\u2019 they said.")
    assert _quotes(nlp_pipeline, text) == [("Three months we have waited,", "Jory Tremayne")]


def test_they_after_a_group_is_not_read_as_one_person(nlp_pipeline):
    # guard: a plural noun in the sentence before keeps "they" from the singular reading
    text = ("Jory Tremayne joined other parents at the gate. \u2018We have waited three months,\u2019 they said.")
    quotes = nlp_pipeline(text)._.quotes
    assert len(quotes) == 1 and not quotes[0]["confidence_basis"].startswith("pronoun")


def test_whose_son_states_no_gender_of_the_parent(nlp_pipeline):
    text = ("Keziah Rowe, whose son Jago attends Penair School, said the taxi had been late twice. "
            "On one day, she said, it had arrived \u2018forty minutes after the bell\u2019.")
    assert _quotes(nlp_pipeline, text) == [("forty minutes after the bell", "Keziah Rowe")]


def test_one_letter_nickname_is_no_person(nlp_pipeline):
    doc = nlp_pipeline("To three generations of pupils she has simply been \u201cMrs T\u201d.")
    assert doc._.people == []



def test_double_barrelled_surname_is_a_person(nlp_pipeline):
    text = ("Prosecuting for Penwith District Council, Helen Carne-Treloar said the firm had no licence.\n\n"
            "'The driver could not show any identification,' Miss Carne-Treloar told the court.")
    doc = nlp_pipeline(text)
    assert "Helen Carne-Treloar" in {p["name"] for p in doc._.people}
    assert [q["speaker"] for q in doc._.quotes] == ["Helen Carne-Treloar"]


def test_hyphenated_business_name_stays_an_organisation(nlp_pipeline):
    # guard: a hyphenated name with an organisation's word in it is not a person
    doc = nlp_pipeline("Parents complained to Kernow-Valley Trust about the new uniform.")
    assert "Kernow-Valley Trust" not in {p["name"] for p in doc._.people}


def test_singular_they_past_a_clause_about_the_person(nlp_pipeline):
    text = ("Kit Angove, who stopped taking agency bookings last year, is less sure. "
            "They describe the app as 'like being rated by a taxi firm'.")
    assert nlp_pipeline(text)._.quotes[0]["speaker"] == "Kit Angove"
