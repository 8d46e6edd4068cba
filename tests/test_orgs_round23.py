"""Issue 15, round orgs-23: classes read in sets 35-39 and counted over sets 1-39, on
sentences written for these tests (no names from the sets). Guards: what must stay as it was."""

from spacy.tokens import Span

from nlp.components.org_federations import described_as_school_federation, schools_federation_name
from nlp.components.org_kinds import infer_kind
from nlp.components.org_splits import split_joined
from nlp_fixtures import kinds_in, names_at, orgs_in, trusts_in


# 1. federations named after the schools they join ------------------------------------------

def test_schools_federation_names():
    assert schools_federation_name("Ashwell and Tarn Federation")
    assert schools_federation_name("Kilby Infant and Junior Federation")
    assert schools_federation_name("Oxmoor Primary Federation")
    assert schools_federation_name("Pelham Rural Schools Federation")
    assert not schools_federation_name("Harrier Federation")  # a brand: may be a trust
    assert not schools_federation_name("Weston Federation of Schools")


def test_a_federation_named_after_its_two_schools_is_no_trust(nlp):
    text = ("Two Ashwell schools to share a head\n\nAshwell Infant School and Tarn Junior School will form the "
            "Ashwell and Tarn Federation from April.\n\nThe NAHT said it welcomed the decision.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Ashwell and Tarn Federation") == "school"
    assert "Ashwell and Tarn Federation" not in trusts_in(nlp, text)


def test_a_primary_federation_the_schools_left_is_no_trust(nlp):
    text = ("Staff at Kilby Primary, which joined the trust from the former Oxmoor Primary Federation in May, "
            "were not asked, the union said.")
    assert kinds_in(nlp, text).get("Oxmoor Primary Federation") == "school"


def test_a_schools_federation_called_a_trust_stays_one(nlp):
    # guard: the text says so
    text = ("Pay at the Wendover Schools Federation, a multi-academy trust with nine schools, rose by 4%, "
            "the accounts show.")
    assert "Wendover Schools Federation" in trusts_in(nlp, text)


def test_a_federation_said_to_be_a_trust_under_its_short_name(nlp):
    # a mention by its short form ("Tarrow", also the island's name): what the text says of
    # the body's full name counts for it
    doc = nlp("Despite its name, the Tarrow Federation is a multi-academy trust.\n\nTarrow wants the "
              "island's two maintained primaries to join it.")
    k = next(t.i for t in doc if t.text == "Tarrow" and t.is_sent_start)
    full = next(t.i for t in doc if t.text == "Tarrow")
    doc.ents = [Span(doc, full, full + 2, label="ORG", kb_id="Tarrow Federation"),
                Span(doc, k, k + 1, label="ORG", kb_id="Tarrow Federation")]
    assert not described_as_school_federation(doc, k, k + 1)


# 2. "X, whose legal name is Y" ---------------------------------------------------------------

def test_a_short_name_whose_legal_name_follows_is_the_same_body(nlp):
    text = ("Pellham takes on village school\n\nOakby Primary will join Pellham, a fast-growing trust based "
            "in Marlow.\n\nPellham, whose legal name is Pellham Education Ltd, runs nine academies.\n\n"
            "Pellham's chief executive said the school would keep its name.")
    orgs = orgs_in(nlp, text)
    assert "Pellham Education Ltd" in orgs
    assert orgs["Pellham Education Ltd"]["kind"] == "academy_trust"
    assert "Pellham" not in orgs
    assert set(names_at(nlp, text, "Pellham", "'s")) == {"Pellham Education Ltd"}


def test_a_trust_whose_full_name_is_a_collaborative(nlp):
    text = ("The school has been run since 2019 by Fernway, a three-school trust whose full name is Fernway "
            "Schools Collaborative. Fernway's chief executive said the trust would appeal.")
    orgs = orgs_in(nlp, text)
    assert orgs.get("Fernway Schools Collaborative", {}).get("kind") == "academy_trust"
    assert "Fernway" not in orgs


# 3. a list of figures by trust -------------------------------------------------------------------

def test_a_list_of_sums_by_trust_names_each_trust(nlp):
    text = ("Trusts paid £6m for agency staff\n\nThe spending, by trust, was:\n\n"
            "Saltway Learning Partnership: £2.2m\n\nOrrin Diocesan Academies Trust: £1.9m\n\n"
            "Kelsey Education Trust: £1.7m")
    assert {"Saltway Learning Partnership", "Orrin Diocesan Academies Trust", "Kelsey Education Trust"} \
        <= trusts_in(nlp, text)


# 4. a union's members at their employer ---------------------------------------------------------

def test_a_union_at_a_trust_is_two_bodies(nlp):
    doc = nlp.make_doc("Members of the GMB at Harrowden Learning Partnership voted to strike.")
    span = Span(doc, 3, 8, label="ORG")
    assert span.text == "GMB at Harrowden Learning Partnership"
    assert [p.text for p in split_joined(span)] == ["GMB", "Harrowden Learning Partnership"]


def test_a_school_at_a_place_stays_whole(nlp):
    # guard: no union before "at"
    doc = nlp.make_doc("Pupils of Kelby School at Orrin Trust Farm")
    span = Span(doc, 2, 8, label="ORG")
    assert len(split_joined(span)) == 1


# 5. a firm the text says is not connected with the trust ------------------------------------------

def test_a_short_name_set_apart_from_a_firm_is_the_trusts(nlp):
    text = ("Lindmoor Education to take on Orby school\n\nLindmoor Education said Orby Primary School would "
            "join in May.\n\nThe trust said it is not connected with Lindmoor Education Consulting Ltd, "
            "a tutoring firm in the town.")
    orgs = orgs_in(nlp, text)
    assert orgs.get("Lindmoor Education", {}).get("kind") == "academy_trust"
    assert orgs.get("Lindmoor Education Consulting Ltd", {}).get("kind") == "company"


# 6. a federation's short name given "as the schools have been known" ----------------------------

def test_a_federations_short_name_the_schools_are_known_by(nlp):
    text = ("Kilby Infant School and Kilby Junior School, which together form the Kilby Infant and Junior "
            "Federation, will join Orrin Academy Trust.\n\nThe Kilby Federation, as the schools have been known "
            "since 2016, was rated good by Ofsted.")
    orgs = orgs_in(nlp, text)
    assert "Kilby Federation" not in orgs
    assert orgs.get("Kilby Infant and Junior Federation", {}).get("kind") == "school"


# 7. names that say what a body is for, and teachers federated ------------------------------------

def test_names_for_a_purpose_and_teachers_federations():
    assert infer_kind("Orrin Teachers' Federation") == "union"
    assert infer_kind("Trust for Rural Arts in Kelby") == "other"
    assert infer_kind("Schools Alliance for Fair Funding") == "other"
    assert infer_kind("Orrin Schools Alliance") == "academy_trust"  # guard: a brand
    assert infer_kind("Partnership for Learning Academy Trust") == "academy_trust"  # guard: says so


def test_a_body_named_for_a_purpose_shown_to_run_schools_is_a_trust(nlp):
    # guard: the text outranks the name
    text = ("Parents were told on Monday. The Trust for Rural Learning, a multi-academy trust based in Kelby, "
            "runs five village primaries.")
    assert "Trust for Rural Learning" in trusts_in(nlp, text)


def test_a_short_form_stays_its_bodys_when_another_body_is_set_apart_from_it(nlp):
    # guard: the body set apart shares no words with the short form
    text = ("Both schools were run by Orrin Learning, which said the sale would fund its other schools.\n\n"
            "\"Orrin will not close any more schools,\" its director said.\n\n"
            "Kelby Housing Trust is not connected to Orrin Learning.")
    assert names_at(nlp, text, "Orrin", " will") == ["Orrin Learning"]
