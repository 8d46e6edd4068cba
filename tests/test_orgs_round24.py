"""Issue 15, twenty-fourth round: kinds other than trusts and one name per body. Common words
that open a sentence ("Cabinet member for ..."), places before a noun ("a Dunholt primary
school", "Two Ferrowby schools", a court report's address), businesses by their last word
("... Buses", "... Building Society", "... Gazette"), names cut at a role word ("Parent Carer
Forum"), at "All Saints", at a partner's name ("Kemp LLP") or before "Diocese", hubs that are
bodies, and a known one-word name inside a longer one. Texts and names written for these tests."""

from nlp.components.org_common_words import common_word_names, section_labels
from nlp.components.org_cut import whole_company_names
from nlp.components.org_kinds import infer_kind, is_document
from nlp.components.org_places import place_names
from nlp.components.org_splits import split_joined
from nlp_fixtures import org_at, orgs_in


# ---- common words taking a sentence's capital -----------------------------------------------------
def test_a_common_word_opening_its_sentences_is_no_body(nlp):
    doc = nlp("Budget agreed\n\nCabinet member for schools Cllr Ann Bell said the cabinet had no choice. "
              "Cleaners at Orbury Academy will strike. The cleaners want a pay rise.")
    orgs = [org_at(doc, "Cabinet"), org_at(doc, "Cleaners"), org_at(doc, "Orbury Academy")]
    assert common_word_names(doc, orgs, set()) == {"Cabinet", "Cleaners"}


def test_a_word_written_in_capitals_mid_sentence_or_never_in_lower_case_stays_a_body(nlp):
    doc = nlp("Partners named\n\nHorizon will run the school. Parents said Horizon had listened. "
              "Lantern said it would bid. Pupils hope to see the lantern parade.")
    orgs = [org_at(doc, "Horizon"), org_at(doc, "Horizon", 1), org_at(doc, "Lantern")]
    # "Horizon" stands mid-sentence too; "lantern" is in lower case, but "Lantern" is known
    assert common_word_names(doc, orgs, {"lantern"}) == set()
    assert common_word_names(doc, orgs, set()) == {"Lantern"}


# ---- places before a noun -------------------------------------------------------------------------
def test_a_place_after_a_or_a_number_word_before_a_noun_is_no_body(nlp):
    doc = nlp("Dunholt primary rated good\n\nA Dunholt primary school has been rated good. "
              "Two Ferrowby schools will join the trust.")
    orgs = [org_at(doc, "Dunholt"), org_at(doc, "Dunholt", 1), org_at(doc, "Two Ferrowby")]
    assert place_names(doc, orgs, set()) == {"Dunholt", "Two Ferrowby"}


def test_a_place_in_a_court_reports_address_is_no_body(nlp):
    doc = nlp("Bursar jailed\n\nAnn Pollard, 48, of Elm Grove, Stannerby, admitted fraud. "
              "Tom Reed, 51, of Cawbridge, denied it.")
    orgs = [org_at(doc, "Stannerby"), org_at(doc, "Cawbridge")]
    assert place_names(doc, orgs, set()) == {"Stannerby", "Cawbridge"}


def test_a_name_before_a_noun_without_a_or_a_place_shown_stays_a_body(nlp):
    doc = nlp("Trust grows\n\nOrlow said it would take on two schools. Orlow schools do well.")
    orgs = [org_at(doc, "Orlow"), org_at(doc, "Orlow", 1)]
    assert place_names(doc, orgs, set()) == set()


# ---- businesses by their last word ---------------------------------------------------------------
def test_businesses_by_their_last_word():
    for name in ("Tarnby Buses", "Ellow Coaches", "Harwick Building Society", "Pennock Holdings", "Dunmore Gazette",
                 "Wexley Echo", "Ashby Kitchens", "Crane & Sons", "Fenby Dairies", "Brightcast Staffing",
                 "Moorvale Nurseries", "Orlow EdTech", "Sunhill Youth CIC"):
        assert infer_kind(name) == "company", name
    # a campaign "for" travel, and the word alone, are not businesses
    assert infer_kind("Parents for Safe Travel") == "other"
    assert infer_kind("Building Society") == "other"
    assert infer_kind("Marlcombe Civic Society") == "other"


# ---- hubs -------------------------------------------------------------------------------------------
def test_teaching_school_and_maths_hubs_are_bodies_a_careers_hub_is_not():
    assert not is_document("Wexham Teaching School Hub".split())
    assert not is_document("Fenland Maths Hub".split())
    assert infer_kind("Wexham Teaching School Hub") == "other"
    assert is_document("Coastal Careers Hub".split())


# ---- names cut short --------------------------------------------------------------------------------
def test_a_role_word_inside_a_name_is_part_of_it(nlp):
    text = ("Waits grow\n\nThe council said it was sorry.\n\n"
            "Fenbridge Parent Carer Forum said families were being left to cope alone.")
    assert "Fenbridge Parent Carer Forum" in orgs_in(nlp, text)


def test_all_saints_opens_a_schools_name(nlp):
    text = ("Church school expands\n\nAll Saints Church of England Infant School will take 30 more pupils, "
            "the council said.")
    orgs = orgs_in(nlp, text)
    assert "All Saints Church of England Infant School" in orgs
    assert "Saints Church of England Infant School" not in orgs


def test_a_church_before_diocese_is_part_of_its_name(nlp):
    text = ("Diocese backs merger\n\nThe Roman Catholic Diocese of Ashwold said the schools would keep their "
            "character. The Anglican Diocese of Tollbury did not.")
    orgs = orgs_in(nlp, text)
    assert "Roman Catholic Diocese of Ashwold" in orgs
    assert "Anglican Diocese of Tollbury" in orgs
    assert "Roman" not in orgs


def test_a_partners_firm_cut_at_the_second_partner_is_taken_whole(nlp):
    doc = nlp("Fraud found\n\nThe trust's auditors, Ashdown Kemp LLP, found the payments. "
              "On Friday Kemp Ltd said nothing.")
    cut, alone = org_at(doc, "Kemp LLP"), org_at(doc, "Kemp Ltd")
    assert [e.text for e in whole_company_names([cut, alone])] == ["Ashdown Kemp LLP", "Kemp Ltd"]


def test_a_known_one_word_name_opening_a_longer_name_is_not_that_body(nlp):
    text = ("Pitch opens\n\nFunding came from the Community Pitch Fund, the trust said. "
            "The union Community said its members backed the plan.")
    orgs = orgs_in(nlp, text)
    assert "Community" in orgs  # the union, by itself
    assert len(orgs["Community"]["mentions"]) == 1


def test_a_section_label_in_capitals_is_no_body(nlp):
    doc = nlp("Round-up\n\nROWING - Ellow crews won three races.\n\nNEU: members will meet on Monday.")
    orgs = [org_at(doc, "ROWING"), org_at(doc, "NEU")]
    assert section_labels(doc, orgs, {"neu"}) == {"ROWING"}


def test_a_bodys_possessive_ends_its_name_before_a_hub(nlp):
    text = ("Hub opens\n\nFamilies can get help at Ellow Borough Council's Tarnby Family Hub from Monday. "
            "The hub will open six days a week.")
    orgs = orgs_in(nlp, text)
    assert "Tarnby Family Hub" in orgs
    assert "Ellow Borough Council" in orgs


def test_a_service_is_the_councils_unless_a_church_health_or_national_one():
    for name in ("Tarnby Music Service", "Ellow Inclusion Support Service", "Education Welfare Service",
                 "Orlow School Improvement Service"):
        assert infer_kind(name) == "council", name
    for name in ("Catholic Education Service", "Ellow Fire and Rescue Service", "Orlow Mental Health Service",
                 "Service"):
        assert infer_kind(name) != "council", name


def test_subjects_sectors_doctors_and_honours_are_no_bodies(nlp):
    text = ("Sports hall opens\n\nThe trust's PE lead said pupils had waited years. A GP will run a clinic there, "
            "and Ann Bell OBE opened it. Ellow College, an FE college, will use it at weekends.")
    orgs = orgs_in(nlp, text)
    assert not {"PE", "GP", "OBE", "FE"} & set(orgs)


def test_a_national_body_read_as_a_place_is_still_the_body(nlp):
    text = ("Academy to move\n\nThe move follows a 'requires improvement' judgement from Ofsted last spring, "
            "governors said.")
    assert "Ofsted" in orgs_in(nlp, text)


def test_a_unit_the_model_read_as_a_person_is_a_body(nlp):
    text = "Routes retendered\n\nThe council's Passenger Transport Unit received three bids for the routes."
    assert orgs_in(nlp, text).get("Passenger Transport Unit", {}).get("kind") == "council"


def test_an_nhs_trust_and_a_hospice_are_found_whole(nlp):
    text = ("Support for pupils\n\nRavensmoor Teaching Hospitals NHS Foundation Trust will place two nurses in the "
            "schools. Carnby Hospice said the walk raised money.")
    orgs = orgs_in(nlp, text)
    assert orgs.get("Ravensmoor Teaching Hospitals NHS Foundation Trust", {}).get("kind") == "other"
    assert "Carnby Hospice" in orgs


def test_two_schools_joined_by_and_are_split_one_school_so_named_is_not(nlp):
    doc = nlp("Heads shared\n\nPupils at Ellow Primary and Tarnby Academy will share a head, as will "
              "Kingsby Primary and Nursery School.")
    two, one = org_at(doc, "Ellow Primary and Tarnby Academy"), org_at(doc, "Kingsby Primary and Nursery School")
    assert [e.text for e in split_joined(two)] == ["Ellow Primary", "Tarnby Academy"]
    assert [e.text for e in split_joined(one)] == ["Kingsby Primary and Nursery School"]
