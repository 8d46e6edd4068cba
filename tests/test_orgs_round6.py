"""Issue 15, sixth round: what the text says a trust-shaped name is not, shared short forms
of a school and its single-academy trust, defined acronyms and former names, buildings and
events (nlp/components/org_denials.py and the modules it feeds). Texts and names written for
these tests."""

from nlp.components.org_buildings import buildings
from nlp_fixtures import aliases_of, orgs_in, trusts_in


# ---- denials and groups of maintained schools ------------------------------------------------
def test_a_federation_the_next_sentence_says_is_no_academy_trust(nlp):
    text = ("Church schools\n\nParents also asked about the Pellingford Village Schools Federation. In short, it "
            "isn't an academy trust and could not take on another school as an academy. Meanwhile the Tansley "
            "Learning Trust said it had no plans to grow.")
    assert trusts_in(nlp, text) == {"Tansley Learning Trust"}


def test_the_federation_is_not_an_academy_trust_a_paragraph_later(nlp):
    text = ("Unit to close\n\nGovernors of the Orrin Vale Federation say the nursery class is too expensive to run.\n\n"
            "Both schools are run by the county. The federation is not an academy trust, although the Corbel "
            "Learning Partnership has asked it to join.")
    found = trusts_in(nlp, text)
    assert "Orrin Vale Federation" not in found


def test_a_partnership_of_council_maintained_schools_is_not_a_trust(nlp):
    text = ("Top-slice row\n\nThe Drayholt Schools Partnership, a group of council-maintained schools in the east of "
            "the town that share a business manager, said it would not join Kestwick Academies Trust.")
    kinds = {n: o["kind"] for n, o in orgs_in(nlp, text).items()}
    assert kinds.get("Drayholt Schools Partnership") == "other"
    assert kinds.get("Kestwick Academies Trust") == "academy_trust"


def test_a_denial_of_another_body_does_not_count(nlp):
    # "it" here follows a sentence about the trust, and the denial names a different body
    text = ("Merger talks\n\nThe Brenmoor Schools Partnership runs nine academies across the district. The "
            "Lowbridge Federation is not an academy trust, its chair said.")
    assert "Brenmoor Schools Partnership" in trusts_in(nlp, text)


# ---- short forms and back-references -----------------------------------------------------------
def test_a_short_form_ending_in_a_body_word_after_across_is_the_body(nlp):
    text = ("Joining plan\n\nGovernors voted to join Rennick Learning Trust. If you have not come across Rennick "
            "Learning before, it runs nine schools in the valley.")
    o = orgs_in(nlp, text)
    assert "Rennick Learning" not in o
    assert "Rennick Learning" in {a["alias"] for a in o["Rennick Learning Trust"]["aliases"]}


def test_the_place_after_across_is_still_a_place(nlp):
    text = ("Transport\n\nTullow Vale Learning Trust runs buses for pupils who live across Tullow Vale and beyond.")
    doc = nlp(text)
    assert [e.kb_id_ for e in doc.ents if e.label_ == "ORG" and e.text == "Tullow Vale"] == []


def test_the_capitalised_end_of_a_name_is_that_body(nlp):
    text = ("Fraud case\n\nThe man was finance director of the Harlow Fen Collaborative, which runs six schools. "
            "Outside court, the Collaborative's chief executive, Ruth Abara, said the money had been recovered.")
    o = orgs_in(nlp, text)
    assert "Collaborative" not in o
    assert "Collaborative" in {a["alias"] for a in o["Harlow Fen Collaborative"]["aliases"]}


def test_the_end_shared_by_two_names_is_left_alone(nlp):
    text = ("Two trusts\n\nThe Ormsby Learning Trust and the Keld Learning Trust both bid for the school. "
            "The Learning Trust chosen will be named in May.")
    o = orgs_in(nlp, text)
    for name in ("Ormsby Learning Trust", "Keld Learning Trust"):
        assert "Learning Trust" not in {a["alias"] for a in o.get(name, {"aliases": []})["aliases"]}


# ---- renamed bodies -------------------------------------------------------------------------------
def test_known_until_a_year_as_is_a_former_name(nlp):
    text = ("Tribunal win\n\nThe school is run by Corrowdale Education – known until 2021 as the Fennick Hill Academy "
            "Trust – and has a specialist base.")
    o = orgs_in(nlp, text)
    assert "Fennick Hill Academy Trust" not in o
    assert "Fennick Hill Academy Trust" in aliases_of(o, "Corrowdale Education")


def test_a_trust_that_became_another_name(nlp):
    text = ("Rebrand cost\n\nThe trust, formerly the Sallow and District Academies Trust (SDAT), became Meridane "
            "Learning last year. Meridane Learning runs 11 schools.")
    o = orgs_in(nlp, text)
    assert "Sallow and District Academies Trust" not in o
    assert {"Sallow and District Academies Trust", "SDAT"} <= aliases_of(o, "Meridane Learning")


def test_two_trusts_that_became_one_stay_two(nlp):
    text = ("Merger\n\nThe Pollard Learning Trust and the Hexley Academies Trust became Brookfield Education "
            "in September.")
    o = orgs_in(nlp, text)
    assert "Hexley Academies Trust" in o and "Pollard Learning Trust" in o


def test_it_used_to_be_called(nlp):
    text = ("New trust\n\nGovernors want to join Tarrow Learning Trust. Tarrow Learning runs 12 schools. It used to "
            "be called the Brenfield Schools Partnership until it rebranded in 2020.")
    o = orgs_in(nlp, text)
    assert "Brenfield Schools Partnership" not in o
    assert "Brenfield Schools Partnership" in aliases_of(o, "Tarrow Learning Trust")


def test_the_trust_which_began_life_as(nlp):
    text = ("Second rebrand\n\nStaff at Cobbold Learning were told on Monday. The rebrand is the trust's second: "
            "the trust, which began life in 2011 as the Cobbold Grammar School Academy Trust, now runs ten schools.")
    o = orgs_in(nlp, text)
    assert "Cobbold Grammar School Academy Trust" in aliases_of(o, "Cobbold Learning")


# ---- acronyms --------------------------------------------------------------------------------------
def test_an_acronym_spelling_out_a_word_in_capitals(nlp):
    text = ("Appeal won\n\nThe family was helped by the Dunholm SEND Information, Advice and Support Service "
            "(SENDIASS), which the council funds. \"SENDIASS were brilliant,\" she said.")
    doc = nlp(text)
    names = {o["name"] for o in doc._.orgs}
    assert "SENDIASS" not in names
    assert {e.kb_id_ for e in doc.ents if e.text == "SENDIASS"} == {"Dunholm SEND Information, Advice and Support Service"}


# ---- buildings, venues and events -------------------------------------------------------------------
def test_a_building_named_after_the_trust_is_not_a_body(nlp):
    text = ("New offices\n\nKestrigg Learning Trust runs 14 schools. The trust's new headquarters at Kestrigg House, "
            "on a business park, opened in March.")
    o = orgs_in(nlp, text)
    assert "Kestrigg House" not in o and "Kestrigg Learning Trust" in o


def test_companies_house_is_still_a_body(nlp):
    text = ("Accounts\n\nThe accounts of Ledwell Academies Trust, filed at Companies House this week, show a deficit.")
    assert "Companies House" in orgs_in(nlp, text)


def _org_span(doc, words):
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), label="ORG", kb_id=words)


def test_a_hall_as_a_venue_is_not_a_body(nlp):
    doc = nlp.make_doc("Well done to the Ambleford Youth Choir on its concert at Brayford Memorial Hall last week.")
    ents = [_org_span(doc, "Ambleford Youth Choir"), _org_span(doc, "Brayford Memorial Hall")]
    assert buildings(doc, ents, set()) == {"Brayford Memorial Hall"}


def test_a_church_where_something_happened_is_still_a_body(nlp):
    doc = nlp.make_doc("The van was taken overnight at St Ninian's Church in Kelso. The Rev Anne Ross said: "
                       "\"Our members rely on it.\"")
    assert buildings(doc, [_org_span(doc, "St Ninian's Church")], set()) == set()


def test_baths_nature_reserves_youth_centres_proms_and_amnesties_are_not_bodies(nlp):
    text = ("Round-up\n\nOrwick Leisure Trust will close the small pool at Dunstan Baths. Pupils from Corley Learning "
            "Trust will visit the Sedgemoor Nature Reserve. The council will lease the Eastfield Youth Centre to the "
            "trust. The term ends with the Corley Schools Prom, and an Old Kit Amnesty collected 300 bags.")
    names = set(orgs_in(nlp, text))
    for not_body in ("Dunstan Baths", "Sedgemoor Nature Reserve", "Eastfield Youth Centre", "Corley Schools Prom",
                     "Old Kit Amnesty"):
        assert not_body not in names


def test_a_school_and_its_single_academy_trust_stay_two_bodies(nlp):
    text = ("Stand-alone no more\n\nPenmarrow Academy will join a larger trust. The school has been run by Penmarrow "
            "Academy Trust, a single-academy trust, since 2013. The head said Penmarrow would keep its name.")
    o = orgs_in(nlp, text)
    assert o["Penmarrow Academy Trust"]["kind"] == "academy_trust"
    assert "Penmarrow" not in aliases_of(o, "Penmarrow Academy Trust")
    assert o["Penmarrow Academy"]["kind"] == "school"


# ---- known acronyms the model missed -------------------------------------------------------------
def test_a_mixed_case_acronym_ending_a_sentence(nlp):
    doc = nlp("New school\n\nThe building will be paid for under a £20m contract let by the DfE. Work starts in May.")
    assert {e.kb_id_ for e in doc.ents if e.text == "DfE"} == {"Department for Education"}


def test_a_place_before_a_union_acronym_read_as_a_person(nlp):
    doc = nlp("Pay\n\n\"We will fight,\" said Kelbrook NEU district secretary Ruth Mayall.")
    assert "National Education Union" in {o["name"] for o in doc._.orgs}


def test_a_trust_naming_a_federation_that_is_not_a_trust_keeps_its_kind(nlp):
    text = ("Talks\n\nHarnby Learning runs seven academies. Harnby Learning said the Coldwell Federation is not an "
            "academy trust, so any move would need a conversion first.")
    kinds = {n: o["kind"] for n, o in orgs_in(nlp, text).items()}
    assert kinds.get("Harnby Learning") == "academy_trust"
    assert kinds.get("Coldwell Federation") != "academy_trust"


def test_changed_its_name_to_and_previously_known_as(nlp):
    o = orgs_in(nlp, "Rebrand\n\nThe Cresthill Academy Trust has changed its name to Horizon Learning. Horizon Learning "
                     "runs eight schools.")
    assert "Cresthill Academy Trust" not in o and "Cresthill Academy Trust" in aliases_of(o, "Horizon Learning")
    o = orgs_in(nlp, "Rebrand\n\nPreviously known as the Wendover Academies Trust, Skyline Education now runs 20 "
                     "schools.")
    assert "Wendover Academies Trust" not in o and "Wendover Academies Trust" in aliases_of(o, "Skyline Education")


def test_a_trust_of_academies_and_maintained_schools_stays_a_trust(nlp):
    text = ("Growth\n\nThe Corlett Learning Trust, a group of academies and council-maintained schools, runs "
            "nine academies and supports four other schools.")
    assert "Corlett Learning Trust" in trusts_in(nlp, text)


def test_not_a_multi_academy_trust_but_a_single_academy_trust(nlp):
    text = ("Stand-alone\n\nThe Tamsin Learning Partnership is not a multi-academy trust but a single-academy trust "
            "running one large secondary.")
    assert "Tamsin Learning Partnership" in trusts_in(nlp, text)


def test_a_partnership_made_up_of_maintained_schools_is_not_a_trust(nlp):
    text = ("Services\n\nThe Harwood Schools Partnership is made up of 11 council-maintained primaries that buy HR "
            "jointly.")
    assert "Harwood Schools Partnership" not in trusts_in(nlp, text)


def test_the_shared_short_form_of_a_single_academy_trust_is_the_school(nlp):
    text = ("Stand-alone no more\n\nPenmarrow Academy will join a larger trust. The school has been run by Penmarrow "
            "Academy Trust, a single-academy trust, since 2013. The head said Penmarrow would keep its name.")
    doc = nlp(text)
    assert {e.kb_id_ for e in doc.ents if e.text == "Penmarrow"} == {"Penmarrow Academy"}


def test_a_place_at_the_school_its_former_trust_was_named_after(nlp):
    text = ("Tribunal\n\nShe wanted him to attend Coldharbour School, run by Wrenfield Education – known until 2020 "
            "as the Coldharbour Academy Trust. The tribunal ordered the council to offer a place at Coldharbour.")
    doc = nlp(text)
    assert {e.kb_id_ for e in doc.ents if e.text == "Coldharbour"} == {"Coldharbour School"}
