"""Second speakers' organisations round (issue 15, point 3): the classes of the UK sets'
speaker_org errors left after the first round, one test each on sentences written for
these tests (nlp/components/speaker_orgs.py, speaker_org_clauses.py, speaker_org_roles.py,
speaker_org_names.py); and the guards, where no organisation (or the one set) must stay."""
from __future__ import annotations

from nlp_fixtures import org_of, quotes_of

from nlp.components.speaker_org_names import full_name, is_own_name


# ---- the employer the clause after the name gives -------------------------------------------
def test_employed_by_later_in_the_clause_beats_the_school_worked_at(nlp_pipeline):
    text = ("Brindlecombe Council has renewed its school meals contract with Oakplate Catering Ltd for four years.\n\n"
            "Winifred Sallis, a cook at Hayfield Primary School who is employed by Oakplate Catering Ltd, "
            "said: \"We just want to know our hours are safe.\"")
    assert org_of(nlp_pipeline, text, "Winifred Sallis") == "Oakplate Catering Ltd"


def test_who_is_employed_by_the_county_council_after_an_age(nlp_pipeline):
    text = ("Tarnby Town Council and Wexcombe County Council have agreed to keep the crossing patrol.\n\n"
            "Norman Attwell, 71, who is employed by the county council, said: \"I'd have done it for nothing.\"")
    assert org_of(nlp_pipeline, text, "Norman Attwell") == "Wexcombe County Council"


def test_who_has_driven_routes_for_a_firm(nlp_pipeline):
    text = ("Parents have praised Kelvale Coaches Ltd after a winter of snow closures.\n\n"
            "Driver Idris Penhale, who has driven school routes for Kelvale for 12 years, said: "
            "\"The children know my bus before they see it.\"")
    assert org_of(nlp_pipeline, text, "Idris Penhale") == "Kelvale Coaches Ltd"


# ---- a body named before the role in an appositive, or owning the role ------------------------
def test_a_union_steward_in_an_appositive_before_who(nlp_pipeline):
    text = ("Cleaners at Ashvale Academy are balloting for strike action, UNISON said.\n\n"
            "Margaret Dunne, a UNISON steward who represents the cleaners, said: \"Our members are exhausted.\"")
    assert org_of(nlp_pipeline, text, "Margaret Dunne") == "UNISON"


def test_owner_after_of_in_the_role(nlp_pipeline):
    text = ("Tollgate Primary School is to join a multi-academy trust in September.\n\n"
            "Hamish Ardley, vicar of St Cuthbert's and chair of the school's governing body, said: "
            "\"Governors were not consulted.\"")
    assert org_of(nlp_pipeline, text, "Hamish Ardley") == "Tollgate Primary School"


def test_a_participle_inside_a_role(nlp_pipeline):
    text = ("Greystone Learning Trust has ended its cleaning contract early.\n\n"
            "Oona Brady, the trust's chief operating officer, said: \"It has not worked as we hoped.\"")
    assert org_of(nlp_pipeline, text, "Oona Brady") == "Greystone Learning Trust"


# ---- boards, unions represented, lawyers' parties --------------------------------------------
def test_who_chairs_the_governing_body(nlp_pipeline):
    text = ("Marsh Lane Primary School will close its nursery class in July.\n\n"
            "Ingrid Falk, who chaired the governing body for six years, said: \"We did not take this lightly.\"")
    assert org_of(nlp_pipeline, text, "Ingrid Falk") == "Marsh Lane Primary School"


def test_who_represents_a_union_but_not_a_ward(nlp_pipeline):
    text = ("Teachers at Orrin Vale Academy will strike on Thursday, the NASUWT said.\n\n"
            "Nell Garside, who represents the NASUWT in Orrin Vale, said: \"Nobody wants this.\"")
    assert org_of(nlp_pipeline, text, "Nell Garside") == "NASUWT"


def test_a_lawyer_speaks_for_the_party_represented(nlp_pipeline):
    text = ("A teaching assistant has won her claim against Fernbrook Schools Trust.\n\n"
            "Representing the trust, barrister Quentin Ashby asked: \"You were offered three meetings, weren't you?\"")
    assert org_of(nlp_pipeline, text, "Quentin Ashby") == "Fernbrook Schools Trust"


# ---- employment tribunals and inspectors ------------------------------------------------------
def test_employment_judge_speaks_for_the_tribunal(nlp_pipeline):
    text = ("A cook sacked by Platewell Ltd was unfairly dismissed, Westby Employment Tribunal has ruled.\n\n"
            "Employment Judge Alma Reyes said: \"The process was a sham from start to finish.\"")
    assert org_of(nlp_pipeline, text, "Alma Reyes") == "Westby Employment Tribunal"


def test_lead_inspector_speaks_for_the_inspectorate(nlp_pipeline):
    text = ("Ofsted has rated Brookmere Primary School good after a two-day visit.\n\n"
            "Lead inspector Dilys Carrow wrote: \"Pupils are proud of their school.\"")
    assert org_of(nlp_pipeline, text, "Dilys Carrow") == "Ofsted"


def test_school_business_manager(nlp_pipeline):
    text = ("Pennick Primary School has signed a new energy contract.\n\n"
            "Business manager Gwen Ollerton said: \"It will save us about £9,000 a year.\"")
    assert org_of(nlp_pipeline, text, "Gwen Ollerton") == "Pennick Primary School"


# ---- the name given --------------------------------------------------------------------------
def test_a_cut_name_becomes_the_full_name(nlp):
    doc = nlp("Staff at Brightfold Site Services Ltd were told on Monday.")
    doc._.orgs = [{"name": "Brightfold Site Services Ltd", "kind": "company", "mentions": [(9, 37)]},
                  {"name": "Westmere County Council", "kind": "council", "mentions": []},
                  {"name": "Westmere Academy", "kind": "school", "mentions": []}]
    assert full_name(doc, "Brightfold") == "Brightfold Site Services Ltd"
    assert full_name(doc, "Westmere") == "Westmere"  # two bodies start with it: left alone
    assert full_name(doc, "Employment Tribunal") == "Employment Tribunal"


def test_own_name_is_no_organisation_but_a_body_quoted_by_name_keeps_it(nlp):
    doc = nlp("Stanley Bright LLP said it was reviewing the company's position.")
    doc._.orgs = [{"name": "Stanley Bright LLP", "kind": "company", "mentions": [(0, 18)]},
                  {"name": "Sarah Hartley-Vance", "kind": "other", "mentions": []}]
    assert is_own_name(doc, "Sarah Hartley-Vance", "Sarah Hartley-Vance", False)
    assert not is_own_name(doc, "Corvane Digital", "Corvane Digital", False)
    assert not is_own_name(doc, "Stanley Bright LLP", "Stanley Bright LLP", False)  # a firm named after people
    assert is_own_name(doc, "Anjali", "Anjali Desai-Milne", True)


# ---- guards: where the text gives no organisation, none is given ------------------------------
def test_crown_court_judge_gets_the_court_the_article_names(nlp_pipeline):
    # the fourth round counted the readable sets: a Crown Court judge gets the named court
    # eleven times in fourteen (the newest writers' briefs say so)
    text = ("A former school bursar has been jailed at Harlow Crown Court for stealing £80,000.\n\n"
            "Sentencing, Judge Rhiannon Bell said: \"You abused a position of trust.\"")
    assert org_of(nlp_pipeline, text, "Rhiannon Bell") == "Harlow Crown Court"


def test_a_pupil_in_an_appositive_gets_no_school(nlp_pipeline):
    text = ("Results day at Ambleworth High School brought record grades.\n\n"
            "Kit Rowntree, a Year 11 pupil who came with his dad, said: \"I can't believe it.\"")
    assert not org_of(nlp_pipeline, text, "Kit Rowntree")


def test_a_place_before_the_name_is_no_role(nlp_pipeline):
    text = ("Pupils collected their GCSE results on Thursday.\n\n"
            "Over at St Ninian's Catholic High School, Bryn Haddow opened his envelope. "
            "\"I'm actually shaking,\" he said.")
    assert not org_of(nlp_pipeline, text, "Bryn Haddow")


def test_the_merged_trust_is_not_one_already_named(nlp_pipeline):
    text = ("Hollin Learning Trust and Carrow Schools Partnership will merge in September.\n\n"
            "Dr Tamsin Vale, who will lead the merged trust, said: \"This is about every school.\"")
    assert not org_of(nlp_pipeline, text, "Tamsin Vale")


def test_a_contractor_the_council_owns_is_not_the_council(nlp_pipeline):
    text = ("Schools lost email after a fault at Drayford County Council's IT supplier, Quillnet Systems.\n\n"
            "Quillnet Systems said: \"Service was fully restored by 5pm.\"")
    found = [q for q in quotes_of(nlp_pipeline, text) if q["speaker"] == "Quillnet Systems"]
    assert all(q["speaker_org"] != "Drayford County Council" for q in found)
