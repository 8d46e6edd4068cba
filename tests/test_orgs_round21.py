"""Issue 15, twenty-first round: acronyms defined with "known as" or "or X as it is known"
after a name the model cut ("Hexley Child and Adolescent Mental Health Services, known as
CAMHS"), a name opening with a word in capitals ("SEND Information, Advice and Support
Service"), "X, short for Y", a quoted acronym; places the model read as bodies ("a tribunal
sitting in Wexham", "five Wexham primaries"). Texts and names written for these tests."""

from spacy.tokens import Span

from nlp.components.org_defined import acronym_after
from nlp.components.org_kinds import infer_kind
from nlp.components.org_surnames import surname_names
from nlp_fixtures import names_at, orgs_in


# ---- acronyms --------------------------------------------------------------------------------
def test_or_acronym_as_it_is_known_defines_a_two_letter_acronym(nlp):
    text = ("Back-office deal\n\nTwo trusts will share staff. Ravensmoor Academies, or RA as it is known, has "
            "4,000 pupils.\n\nA union official said RA had given no promises in writing.")
    assert names_at(nlp, text, "RA", " had") == ["Ravensmoor Academies"]
    assert names_at(nlp, text, "RA", " as") == ["Ravensmoor Academies"]


def test_known_as_after_a_name_the_model_cut_makes_the_name_whole(nlp):
    text = ("Waiting lists\n\nParents praised Hexley Child and Adolescent Mental Health Services, known as CAMHS, "
            "for its work with the trust.\n\nCAMHS said it was seeing more referrals than ever.")
    orgs = orgs_in(nlp, text)
    assert "Hexley Child and Adolescent Mental Health Services" in orgs
    assert names_at(nlp, text, "CAMHS", " said") == ["Hexley Child and Adolescent Mental Health Services"]


def test_a_name_opening_with_a_word_in_capitals_before_its_acronym(nlp):
    for definition in (", known as SENDIASS,", " (SENDIASS)"):
        text = ("Calls rise\n\nThe council's SEND Information, Advice and Support Service" + definition
                + " took 80 calls in a month.\n\nSENDIASS said families were worried.")
        assert names_at(nlp, text, "SENDIASS", " said") == ["SEND Information, Advice and Support Service"]


def test_or_acronym_names_a_service_the_model_split_at_and(nlp):
    text = ("Service to close\n\nThe Lowmoor Adult and Community Learning Service, or ACLS, is to close in July."
            "\n\nACLS said staff had been told.")
    assert names_at(nlp, text, "ACLS", " said") == ["Lowmoor Adult and Community Learning Service"]


def test_acronym_short_for_the_name_after_it(nlp):
    text = ("Trust grows\n\nRA, short for Ravensmoor Academies, runs nine schools.\n\nRA said it would take on "
            "two more.")
    assert names_at(nlp, text, "RA", " said") == ["Ravensmoor Academies"]


def test_what_follows_a_name_defines_an_acronym_in_these_shapes(nlp):
    shapes = {' ("RA") runs': True, ", or RA as they are usually called, runs": True,
              " – or RA, as it is widely known – runs": True, " (known as RA) runs": True,
              ", RA for short, runs": True, ", or RA as it runs": False, " (RA runs": False}
    for shape, defines in shapes.items():
        doc = nlp.make_doc("Ravensmoor Academies" + shape + " nine schools.")
        found = acronym_after(doc, 2)
        assert (found is not None and doc[found[0]].text == "RA") is defines, shape


# ---- places read as bodies -------------------------------------------------------------------
def test_a_place_the_article_names_a_council_for_is_no_body_where_it_reads_as_a_place(nlp):
    text = ("Court round-up\n\nA Wexham man was fined £400 yesterday. Wexham Borough Council said five Wexham "
            "primaries would close, and a tribunal sitting in Wexham heard a claim against Dunlin Learning Trust.")
    orgs = orgs_in(nlp, text)
    assert "Wexham" not in orgs
    assert orgs["Wexham Borough Council"]["kind"] == "council"


def test_a_place_stays_a_body_unless_every_mention_reads_as_a_place(nlp):
    text = ("Sports day\n\nPupils from Wexham joined the event, and Wexham Borough Council paid for the buses. "
            "A Wexham man won the race.")
    assert "Wexham" in orgs_in(nlp, text)  # "from Wexham" may be a body's name


# ---- a council's own services -----------------------------------------------------------------
def test_a_councils_services_by_name():
    for name in ("Wexham Passenger Transport Unit", "Home to School Transport", "Lorbury School Meals Service",
                 "Virtual School", "Children and Young People Scrutiny Committee"):
        assert infer_kind(name) == "council", name
    assert infer_kind("Brightfork School Meals Ltd") == "company"
    assert infer_kind("Universal Infant Free School Meals") != "council" and infer_kind("Scrutiny") != "council"
    assert infer_kind("Lorbury Pupil Referral Unit") == "school"
    assert infer_kind("Lorbury Child and Adolescent Mental Health Services") == "other"


def test_a_service_the_text_gives_as_the_councils(nlp):
    text = ("Traded services\n\nThe trust buys payroll from Wexham County Council's traded services arm, Wexham "
            "Business Services. Its catering comes from Lorbury Schools Catering, the county council's in-house "
            "service, and its meals from the Dunlin Meals Service, part of Wexham City Council.")
    kinds = {n: o["kind"] for n, o in orgs_in(nlp, text).items()}
    assert kinds["Wexham Business Services"] == "council"
    assert kinds["Lorbury Schools Catering"] == "council"
    assert kinds["Dunlin Meals Service"] == "council"


def test_a_councils_contractor_stays_a_company(nlp):
    text = ("Late buses\n\nThe council's chosen contractor, Swiftway Coaches Ltd, failed to provide drivers. Pupils "
            "at Lowmoor Primary, part of the council's school network, were sent home.")
    kinds = {n: o["kind"] for n, o in orgs_in(nlp, text).items()}
    assert kinds["Swiftway Coaches Ltd"] == "company"
    assert kinds["Lowmoor Primary"] == "school"


# ---- short forms --------------------------------------------------------------------------------
def test_a_mat_short_form_may_leave_out_the_church(nlp):
    text = ("Joint sixth form\n\nThe Lindow Cross Church of England Multi-Academy Trust, known as Lindow Cross MAT, "
            "runs nine schools. Lindow Cross MAT said the plan was sound.")
    assert names_at(nlp, text, "Lindow Cross MAT", " said") == ["Lindow Cross Church of England Multi-Academy Trust"]


def test_a_companys_first_word_before_supply_words(nlp):
    text = ("Supplies deal\n\nTolland Supply Group plc will deliver to 12 schools. Tolland declined to comment.")
    assert names_at(nlp, text, "Tolland", " declined") == ["Tolland Supply Group plc"]


# ---- surnames read as bodies ---------------------------------------------------------------------
def test_a_persons_surname_tagged_as_a_body_is_no_organisation(nlp):
    doc = nlp.make_doc("Gordon Tressel, 48, admitted fraud. Detectives said Tressel had shown disregard. "
                       "Dr Amble said Kestle Learning Trust and Kestle would help.")
    people = Span(doc, 0, 2, label="PERSON")
    orgs = [Span(doc, 10, 11, label="ORG", kb_id="Tressel"), Span(doc, 16, 17, label="ORG", kb_id="Amble"),
            Span(doc, 18, 21, label="ORG", kb_id="Kestle Learning Trust"), Span(doc, 22, 23, label="ORG", kb_id="Kestle")]
    doc.ents = [people] + orgs
    assert surname_names(doc, orgs, set()) == {"Tressel", "Amble"}


def test_a_name_cut_at_a_plural_possessive_is_taken_whole(nlp):
    text = ("Firm fined\n\nA tribunal sitting in Hallby found against the trust. Hallby Magistrates' Court fined the "
            "firm. Funding comes from the Wealdmoor Children's Wellbeing Fund.")
    orgs = orgs_in(nlp, text)
    assert orgs["Hallby Magistrates' Court"]["kind"] == "government"
    assert "Wealdmoor Children" not in orgs
