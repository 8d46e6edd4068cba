"""Fourth speakers' organisations round (issue 15, quote sets 35-40 read): the classes of
speaker_org errors counted across the readable sets, one test each on sentences written for
these tests (nlp/components/speaker_org_names.py, speaker_org_roles.py, speaker_orgs.py); and
the guards, where the organisation must stay as it was."""
from __future__ import annotations

from nlp_fixtures import org_of

from nlp.components.speaker_org_names import as_written, full_name, names_body


# ---- the fullest form the article writes ------------------------------------------------------
def test_a_union_the_article_only_abbreviates_keeps_the_articles_form(nlp_pipeline):
    text = ("Teachers at Ravelston Grange School will walk out on Thursday.\n\n"
            "NEU district secretary Colm Adebayo-Firth said: \"Our members have run out of patience.\"")
    assert org_of(nlp_pipeline, text, "Colm Adebayo-Firth") == "NEU"


def test_a_union_the_article_writes_in_full_keeps_its_full_name(nlp_pipeline):
    text = ("Teachers at Ravelston Grange School will walk out on Thursday, the National Education "
            "Union has confirmed.\n\n"
            "NEU district secretary Colm Adebayo-Firth said: \"Our members have run out of patience.\"")
    assert org_of(nlp_pipeline, text, "Colm Adebayo-Firth") == "National Education Union"


# ---- a body quoted by its own name ------------------------------------------------------------
def test_a_firm_quoted_by_name_speaks_for_itself(nlp_pipeline):
    text = ("Two school bus routes near Hobbswick will stop at Easter.\n\n"
            "Tollmere Coaches, which runs both routes, said the service was \"no longer viable\".")
    assert org_of(nlp_pipeline, text, "Tollmere Coaches") == "Tollmere Coaches"


def test_names_body_reads_the_last_word_of_a_firm_not_a_person():
    assert names_body("Tollmere Coaches")
    assert names_body("Quillon People Solutions")
    assert not names_body("Sarah Coaches")  # a first name opens it: may be a person
    assert not names_body("Marjorie Pelling")
    assert not names_body("spokesperson for Tollmere Coaches")
    assert not names_body("Coaches")


# ---- a teacher who is the union's representative ----------------------------------------------
def test_a_teacher_quoted_as_union_rep_speaks_for_the_union(nlp_pipeline):
    text = ("Staff at Brindlecombe High School have voted to strike, the NASUWT said.\n\n"
            "NASUWT rep and history teacher Ewan Castellano-Reid said: \"Nobody wants to lose a day's teaching.\"")
    assert org_of(nlp_pipeline, text, "Ewan Castellano-Reid") == "NASUWT"


def test_a_teaching_assistant_and_steward_speaks_for_the_union(nlp_pipeline):
    text = ("Support staff at Brindlecombe High School say their hours are being cut.\n\n"
            "Yolanda Pettigrew-Amis has been a teaching assistant at Brindlecombe High School for 12 years "
            "and a Unison steward for five. \"We hold this place together,\" she said.")
    assert org_of(nlp_pipeline, text, "Yolanda Pettigrew-Amis").lower() == "unison"


def test_a_teacher_with_no_union_post_still_speaks_for_the_school(nlp_pipeline):
    text = ("Staff at Brindlecombe High School have voted to strike, the NASUWT said.\n\n"
            "History teacher Ewan Castellano-Reid said: \"Nobody wants to lose a day's teaching.\"")
    assert org_of(nlp_pipeline, text, "Ewan Castellano-Reid") == "Brindlecombe High School"


# ---- who sits in a court ------------------------------------------------------------------------
# (a Crown Court judge: test_speaker_orgs_round2.test_crown_court_judge_gets_the_court_the_article_names)
def test_the_chair_of_the_bench_speaks_for_the_magistrates_court(nlp_pipeline):
    text = ("A parent has been fined for keeping her son off school, Tarrowby Magistrates' Court heard.\n\n"
            "The chair of the bench, Lionel Fairweather-Oduya, said: \"School is not optional.\"")
    assert org_of(nlp_pipeline, text, "Lionel Fairweather-Oduya") == "Tarrowby Magistrates' Court"


def test_a_judge_with_no_court_named_speaks_for_no_body(nlp_pipeline):
    text = ("A former bursar has been jailed for stealing from a primary school.\n\n"
            "Judge Ottoline Abernathy-Quist said: \"You betrayed the trust of every family.\"")
    assert org_of(nlp_pipeline, text, "Ottoline Abernathy-Quist") is None


# ---- a trust's executives -----------------------------------------------------------------------
def test_a_chief_financial_officer_speaks_for_the_trust(nlp_pipeline):
    text = ("Harnwick Valley Academy Trust expects a deficit next year.\n\n"
            "Chief financial officer Desmond Okwuosa-Lyle said: \"Our reserves will not last for ever.\"")
    assert org_of(nlp_pipeline, text, "Desmond Okwuosa-Lyle") == "Harnwick Valley Academy Trust"


# ---- names cut short ----------------------------------------------------------------------------
def test_a_church_school_cut_at_c_of_e_is_read_back(nlp_pipeline):
    text = ("Pupils at Hollinbrook C of E Primary School have won a county poetry prize.\n\n"
            "Headteacher Rosamund Achterberg-Lee said: \"They wrote every word themselves.\"")
    assert org_of(nlp_pipeline, text, "Rosamund Achterberg-Lee") == "Hollinbrook C of E Primary School"


def test_a_firm_cut_at_its_end_takes_the_fuller_form_the_text_writes(nlp):
    doc = nlp("Drivers at Quillbeck Taxis say they cannot cover every run. Quillbeck has lost four drivers.")
    doc._.orgs = [{"name": "Quillbeck", "kind": "other", "mentions": [(60, 69)]}]
    assert full_name(doc, "Quillbeck") == "Quillbeck Taxis"


def test_a_name_the_text_goes_on_from_in_two_ways_is_left_alone(nlp):
    doc = nlp("Quillbeck Taxis and Quillbeck Coaches both bid. Quillbeck said nothing.")
    doc._.orgs = [{"name": "Quillbeck", "kind": "other", "mentions": [(48, 57)]}]
    assert full_name(doc, "Quillbeck") == "Quillbeck"


def test_the_text_s_form_of_a_gazetteer_name_it_never_writes(nlp):
    doc = nlp("The NEU's members voted to strike.")
    doc._.orgs = [{"name": "National Education Union", "kind": "union", "mentions": [(4, 7)]}]
    assert as_written(doc, "National Education Union") == "NEU"
    doc = nlp("The National Education Union (NEU) said its members voted to strike.")
    doc._.orgs = [{"name": "National Education Union", "kind": "union", "mentions": [(4, 28), (30, 33)]}]
    assert as_written(doc, "National Education Union") == "National Education Union"


# ---- the post a clause after the name gives -----------------------------------------------------
def test_a_head_who_had_led_the_school_speaks_for_it(nlp_pipeline):
    text = ("The headteacher of Quarrendon Vale Academy has resigned.\n\n"
            "Tobias Wetherall-Ibe had led Quarrendon Vale Academy since 2017. \"It has been a privilege,\" "
            "Mr Wetherall-Ibe said.")
    assert org_of(nlp_pipeline, text, "Tobias Wetherall-Ibe") == "Quarrendon Vale Academy"


def test_who_runs_the_junior_school_is_the_junior_school(nlp_pipeline):
    text = ("Parents have been asked whether Lattersby Infant School and Lattersby Junior School should merge.\n\n"
            "Rachel Oduya-Finch, who runs the junior school, said: \"Parents deserve the whole picture.\"")
    assert org_of(nlp_pipeline, text, "Rachel Oduya-Finch") == "Lattersby Junior School"



# ---- guards: what the speaker says about others ----------------------------------------------------
def test_a_union_rep_in_what_the_speaker_said_is_not_the_speakers_post(nlp_pipeline):
    text = ("Supply teachers in Hobbswick say agency rates have not risen for three years.\n\n"
            "A supply teacher for six years, Dominic Akinyemi-Ross, said the union rep at his last school "
            "had told him to join the NASUWT. \"It's the only way to be heard,\" he said.")
    assert org_of(nlp_pipeline, text, "Dominic Akinyemi-Ross") != "NASUWT"


def test_the_school_someone_else_worked_at_is_not_the_speakers(nlp_pipeline):
    text = ("A former bursar has admitted stealing £40,000 from a primary school.\n\n"
            "Prosecuting, Imelda Strachan-Obi said the defendant had worked at Quenby Lane Primary School "
            "since 2008. \"She was trusted completely,\" Miss Strachan-Obi said.")
    assert org_of(nlp_pipeline, text, "Imelda Strachan-Obi") is None


def test_a_whole_name_is_not_read_on_into_the_next_body(nlp):
    doc = nlp("Harnwick Learning Trust and Tollmere Academy Trust will merge. Harnwick Learning Trust said so.")
    doc._.orgs = [{"name": "Harnwick Learning Trust", "kind": "academy_trust", "mentions": [(0, 23)]}]
    assert full_name(doc, "Harnwick Learning Trust") == "Harnwick Learning Trust"
