"""Speakers' organisations round (issue 15, point 3): `newswatch_speaker_orgs` fills a quote's
speaker_org from what the article says about the speaker (nlp/components/speaker_orgs.py,
speaker_org_roles.py, speaker_org_clauses.py). One test per class of the UK sets' errors, on
sentences written for these tests; and the cases where it must give no organisation."""
from __future__ import annotations

from nlp_fixtures import org_of

from nlp.components.speaker_org_roles import body_for_role, is_party, is_union_official
from nlp.components.speaker_org_names import names_person as _names_person


# ---- a role that only one sort of body has ----------------------------------------------------
def test_councillor_speaks_for_the_council_the_article_names(nlp_pipeline):
    text = ("Brackleton Borough Council has voted to close two libraries to save £400,000.\n\n"
            "Opposition councillor Dara Quilliam said: \"This will hurt the poorest families first.\"")
    assert org_of(nlp_pipeline, text, "Dara Quilliam") == "Brackleton Borough Council"


def test_councillor_filed_under_a_party_gets_the_council(nlp_pipeline):
    text = ("Brackleton Borough Council has voted to close two libraries to save £400,000.\n\n"
            "Labour councillor Dara Quilliam said: \"This will hurt the poorest families first.\"")
    assert org_of(nlp_pipeline, text, "Dara Quilliam") == "Brackleton Borough Council"
    assert is_party("Labour") and is_party("the Liberal Democrats") and not is_party("Brackleton Borough Council")


def test_chair_of_the_parish_council_is_the_parish_council(nlp_pipeline):
    text = ("Westholm County Council wants to build 300 homes next to Ellerby village.\n\n"
            "Ellerby Parish Council has objected to the plan.\n\n"
            "Joan Tickell, chair of the parish council, said: \"Our school is already full.\"")
    assert org_of(nlp_pipeline, text, "Joan Tickell") == "Ellerby Parish Council"


def test_union_official_speaks_for_the_union_the_article_names(nlp_pipeline):
    text = ("Cleaners at Harwood Academy will strike next week, the GMB has announced.\n\n"
            "Regional organiser Colm Hennessy said: \"Our members have had enough of broken promises.\"")
    assert org_of(nlp_pipeline, text, "Colm Hennessy") == "GMB"


def test_campaign_organiser_is_no_union_official():
    assert not is_union_official(["campaign", "organiser"])
    assert is_union_official(["regional", "organiser"]) and is_union_official(["branch", "secretary"])


def test_chair_of_trustees_speaks_for_the_trust(nlp_pipeline):
    text = ("Fallowmere Learning Trust runs nine primary schools in the county.\n\n"
            "Chair of trustees Anwen Pryce said the board had \"acted properly at every stage\".")
    assert org_of(nlp_pipeline, text, "Anwen Pryce") == "Fallowmere Learning Trust"


def test_a_role_with_no_body_of_its_kind_in_the_article_gives_none(nlp):
    doc = nlp("The meeting was held in the village hall on Tuesday.")
    assert body_for_role(doc, [["opposition", "councillor"]], 0) is None
    assert body_for_role(doc, [["head", "of", "science"]], 0) is None


# ---- "its", and a place the sentence opens at ------------------------------------------------
def test_its_role_is_the_organisation_the_sentence_before_is_about(nlp_pipeline):
    text = ("Brightwater Catering Ltd will take over the kitchens of six schools in September.\n\n"
            "Brightwater Catering Ltd said it would keep every cook who wanted to stay. "
            "Its managing director, Ruth Okafor, said: \"We are proud to be working with local schools.\"")
    assert org_of(nlp_pipeline, text, "Ruth Okafor") == "Brightwater Catering Ltd"


def test_its_author_of_a_report_gets_no_organisation(nlp_pipeline):
    text = ("Fallowmere Learning Trust runs nine primary schools in the county.\n\n"
            "A report published on Monday says outsourced contracts rarely save money. "
            "Its author, Prof. Helen Marsh, said: \"Contracts are signed on a headline price.\"")
    assert org_of(nlp_pipeline, text, "Helen Marsh") is None


def test_at_a_school_a_role_with_no_body_is_the_school(nlp_pipeline):
    text = ("Caterers pulled out of four contracts in the county last week.\n\n"
            "At Pennard Hill Primary School, business manager Sally Ferris said: \"We rang every caterer we know.\"")
    assert org_of(nlp_pipeline, text, "Sally Ferris") == "Pennard Hill Primary School"


# ---- clauses after the name ------------------------------------------------------------------
def test_who_clause_ties_the_speaker_to_a_body(nlp_pipeline):
    text = ("Colcott Schools Federation runs the infant and junior schools in the village.\n\n"
            "Felicity Gaunt, who chairs the federation's governing board, said: \"Falling rolls mean "
            "both schools are running deficits.\"")
    assert org_of(nlp_pipeline, text, "Felicity Gaunt") == "Colcott Schools Federation"


def test_who_clause_about_a_child_ties_the_speaker_to_nothing(nlp_pipeline):
    text = ("Colcott Schools Federation runs the infant and junior schools in the village.\n\n"
            "Marian Holt, who has worked as a parent volunteer at the federation for years, said: "
            "\"Nobody asked the families.\"")
    assert org_of(nlp_pipeline, text, "Marian Holt") is None


def test_who_works_for_the_councils_contractor_is_not_the_council(nlp_pipeline):
    text = ("Brackleton Borough Council has cut two school bus routes.\n\n"
            "Driver Tom Ashdown, who works for the council's contractor, has driven the route for six years. "
            "\"The children will miss it,\" Mr Ashdown said.")
    assert org_of(nlp_pipeline, text, "Tom Ashdown") != "Brackleton Borough Council"


# ---- names that are not organisations --------------------------------------------------------
def test_the_speakers_own_name_is_no_organisation():
    assert _names_person("Anjali", "Anjali Desai-Milne")
    assert _names_person("Imogen Hartley-Vance", "Imogen Hartley-Vance")
    assert not _names_person("Hartley Academy", "Imogen Hartley-Vance")
