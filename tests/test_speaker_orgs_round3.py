"""Third speakers' organisations round (issue 15, quote sets 31-34 read): the classes of
speaker_org errors found in several sets by different writers, one test each on sentences
written for these tests (nlp/components/speaker_orgs.py, speaker_org_clauses.py,
speaker_org_nobody.py, speaker_org_names.py, person_roles.py); and the guards, where the
organisation must stay."""
from __future__ import annotations

from nlp_fixtures import org_of

from nlp.components.speaker_org_names import full_name, without_stop
from nlp.components.speaker_org_nobody import place_not_body


# ---- a clause about the speaker's children, or what the speaker said -------------------------
def test_a_parent_with_children_at_the_school_speaks_for_no_school(nlp_pipeline):
    text = ("Pupils at Quenby Lane Primary School will get free breakfasts from next term.\n\n"
            "Rosalind Tebbit, who has three children at Quenby Lane Primary School, said: "
            "\"It takes a weight off every morning.\"")
    assert org_of(nlp_pipeline, text, "Rosalind Tebbit") is None


def test_a_body_named_in_what_the_speaker_said_is_not_theirs(nlp_pipeline):
    text = ("A former bursar has admitted stealing from Corrowby Junior School.\n\n"
            "Prosecuting, Hamish Drelincourt said the defendant had worked at Corrowby Junior School "
            "since 2011. \"She was trusted by everyone,\" Mr Drelincourt told the court.")
    assert org_of(nlp_pipeline, text, "Hamish Drelincourt") is None


def test_a_who_clause_still_ties_the_speaker_to_a_body(nlp_pipeline):
    text = ("Friends of Pelham Library have raised £4,000 for new books.\n\n"
            "Winston Aldous, who chairs Friends of Pelham Library, said: \"Nobody asked us about the hours.\"")
    assert org_of(nlp_pipeline, text, "Winston Aldous") == "Friends of Pelham Library"


# ---- speakers who speak for no organisation ----------------------------------------------------
def test_an_mp_speaks_for_no_body_named_after_the_seat(nlp_pipeline):
    text = ("Tamsford Borough Council has closed two libraries.\n\n"
            "Gregory Pennell, the Labour MP for Tamsford, said: \"This is a sad day for the town.\"")
    assert org_of(nlp_pipeline, text, "Gregory Pennell") is None


def test_a_pupil_speaks_for_no_school(nlp_pipeline):
    text = ("Ashgrove Community School has opened a new science block.\n\n"
            "Year 9 pupil Freya Lindqvist-Brown, 14, said: \"The labs are brilliant.\"")
    assert org_of(nlp_pipeline, text, "Freya Lindqvist-Brown") is None


def test_a_teacher_still_speaks_for_the_school(nlp_pipeline):
    text = ("Ashgrove Community School has opened a new science block.\n\n"
            "Headteacher Martina Okonedo-Vale said: \"The labs are brilliant.\"")
    assert org_of(nlp_pipeline, text, "Martina Okonedo-Vale") == "Ashgrove Community School"


# ---- a post held now ------------------------------------------------------------------------
def test_who_has_worked_at_a_school_still_works_there(nlp_pipeline):
    text = ("Staff at Quenby Lane Primary School have been told their jobs are safe.\n\n"
            "Agnes Whitlow, who has worked at Quenby Lane Primary School for 20 years, said: "
            "\"We were worried sick.\"")
    assert org_of(nlp_pipeline, text, "Agnes Whitlow") == "Quenby Lane Primary School"


# ---- the body that owns the role comes first ---------------------------------------------------
def test_the_owner_of_a_role_beats_a_place_named_after_it(nlp_pipeline):
    text = ("Ravensby Learning Trust runs nine schools in Ravensby.\n\n"
            "\"Staff were told nothing,\" said Colette Marsh, UNISON's branch secretary for Ravensby.")
    assert org_of(nlp_pipeline, text, "Colette Marsh") == "UNISON"


def test_the_owner_of_a_role_beats_a_former_employer(nlp_pipeline):
    text = ("Dunmore Valley Schools Partnership took its catering back in-house last year, ending its "
            "contract with Brightbowl Catering.\n\n"
            "Imelda Crane, the partnership's head of catering and a former Brightbowl area manager, "
            "said: \"It was the right call.\"")
    assert org_of(nlp_pipeline, text, "Imelda Crane") == "Dunmore Valley Schools Partnership"


# ---- the full stop of "Ltd." -------------------------------------------------------------------
def test_a_sentence_full_stop_is_not_part_of_a_company_name():
    assert without_stop("Brightbowl Catering Ltd.") == "Brightbowl Catering Ltd"
    assert without_stop("Brightbowl Catering Ltd") == "Brightbowl Catering Ltd"
    assert without_stop("St Anne's Church.") == "St Anne's Church."  # only a company's ending


# ---- council staff named by their post ---------------------------------------------------------
def test_a_school_crossing_patrol_works_for_the_council(nlp_pipeline):
    text = ("Pelbury District Council has saved the patrol outside Hawthorn Lane Primary School.\n\n"
            "School crossing patrol officer Dorothy Ingleby-Smart said: \"I've seen three generations cross here.\"")
    assert org_of(nlp_pipeline, text, "Dorothy Ingleby-Smart") == "Pelbury District Council"


def test_a_planning_officer_works_for_the_council(nlp_pipeline):
    text = ("Pelbury District Council has approved 80 homes next to Hawthorn Lane Primary School.\n\n"
            "Planning officer Giles Amberton told the committee: \"The access road is safe.\"")
    assert org_of(nlp_pipeline, text, "Giles Amberton") == "Pelbury District Council"


# ---- a name cut at its apostrophe --------------------------------------------------------------
def _doc_with_org(nlp, text: str, name: str):
    doc = nlp.make_doc(text)
    start = text.index(name)
    doc._.orgs = [{"name": name, "kind": "other", "aliases": [], "mentions": [(start, start + len(name))]}]
    return doc


def test_a_school_name_cut_at_its_apostrophe_is_read_on(nlp_pipeline):
    text = "One of the heads, Rhiannon Dewhurst of St Cuthbert's CE Primary in Marlow Fen, is supportive."
    assert full_name(_doc_with_org(nlp_pipeline, text, "St Cuthbert"), "St Cuthbert") == "St Cuthbert's CE Primary"
    text = "Judge Amos Pike told him at Tarnby Magistrates' Court that he had let everyone down."
    doc = _doc_with_org(nlp_pipeline, text, "Tarnby Magistrates")
    assert full_name(doc, "Tarnby Magistrates") == "Tarnby Magistrates' Court"


def test_a_whole_name_that_owns_something_is_not_read_on(nlp_pipeline):
    text = "Bob Tarrant, of Tamsford Council's Children's Services Department, said it would help."
    doc = _doc_with_org(nlp_pipeline, text, "Tamsford Council")
    assert full_name(doc, "Tamsford Council") == "Tamsford Council"


def test_a_union_named_after_the_owner_is_the_speakers_body(nlp_pipeline):
    text = ("Staff at Hexley Park Academy say they have not been paid for overtime, the National Education Union said.\n\n"
            "Marguerite Oyelowo, the school's NEU rep, said: \"We want the money owed.\"")
    assert org_of(nlp_pipeline, text, "Marguerite Oyelowo") == "National Education Union"


def test_the_second_half_of_a_school_name_is_read_back(nlp_pipeline):
    text = "Governors at St Cuthbert's CE Primary in Marlow Fen have backed the merger."
    assert full_name(_doc_with_org(nlp_pipeline, text, "CE Primary"), "CE Primary") == "St Cuthbert's CE Primary"


def test_a_residents_place_is_not_an_organisation(nlp_pipeline):
    text = "\"We have been flooded four times,\" said Holmbury resident Edwina Castleford-Price, 70."
    assert place_not_body(_doc_with_org(nlp_pipeline, text, "Holmbury"), "Holmbury")
    text = "Edwina Castleford-Price, of Holmbury Vale, said the walls were too low."
    assert place_not_body(_doc_with_org(nlp_pipeline, text, "Holmbury Vale"), "Holmbury Vale")


def test_a_body_of_no_known_kind_is_still_a_body(nlp_pipeline):
    text = "Edwina Castleford-Price, a Greenleaf volunteer, said the walls were too low."
    assert not place_not_body(_doc_with_org(nlp_pipeline, text, "Greenleaf"), "Greenleaf")


# ---- a party is no organisation -----------------------------------------------------------------
def test_a_councillor_filed_under_a_party_with_no_council_named_gets_none(nlp_pipeline):
    text = ("Plans to close the Harrowgate day centre were approved last night.\n\n"
            "The cabinet member for adult care, Labour's Philippa Hetherington-Ray, said: \"We had no choice.\"")
    assert org_of(nlp_pipeline, text, "Philippa Hetherington-Ray") is None
