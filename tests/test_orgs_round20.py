"""Issue 15, twentieth round: classes read in sets 29, 30 and 31, on sentences written for
these tests (no names from the sets). Look-alike trusts (a federation a later sentence calls a
partnership of maintained schools; a schools' partnership "which will continue as a network";
a school that is the object of a rename; a diocese's two places cut at "and"); an acronym
given after "The hospital trust, known as"; a trust's registered name ending in "Ltd"; short
forms (one the name's own appositive gives, "which takes its name from", "X's central office",
"X's finance director", "X will keep its name"). Guards: what must stay as it was."""

from nlp_fixtures import kinds_in, names_at, orgs_in, trusts_in


# 1. look-alike trusts ---------------------------------------------------------------------

def test_a_federation_a_later_sentence_calls_maintained_is_no_trust(nlp):
    text = ("Church school to leave federation\n\nHolm Lane CofE Primary, part of the Pellbrook Federation with "
            "neighbouring Pellbrook Nursery School, would join Ashwell Diocesan Academy Trust next year.\n\n"
            "The federation, a partnership of two maintained schools with one governing board, would then be "
            "wound up.")
    assert trusts_in(nlp, text) == {"Ashwell Diocesan Academy Trust"}
    assert kinds_in(nlp, text)["Pellbrook Federation"] != "academy_trust"


def test_a_federation_said_to_be_a_trust_stays_one(nlp):
    # guard: "the federation" called something else than a group of maintained schools
    text = ("Federation grows\n\nThe Pellbrook Federation will take on two more academies in September.\n\n"
            "The federation, a trust of nine academies, said the move was good for pupils.")
    assert "Pellbrook Federation" in trusts_in(nlp, text)


def test_a_partnership_that_continues_as_a_network_is_no_trust(nlp):
    text = ("Three primaries to convert\n\nThe Saint Osric Catholic Academy Trust will take on three primaries "
            "in Dunholt. The schools have worked together through the Dunholt Catholic Schools Partnership, which "
            "will continue as a network for the schools that stay with the council.")
    assert kinds_in(nlp, text)["Dunholt Catholic Schools Partnership"] == "other"
    assert "Saint Osric Catholic Academy Trust" in trusts_in(nlp, text)


def test_a_schools_partnership_that_runs_academies_stays_a_trust(nlp):
    # guard: the same shape of name, said to run schools
    text = ("Trust grows\n\nThe Dunholt Schools Partnership, which runs eleven academies, will take on two more "
            "next year.")
    assert "Dunholt Schools Partnership" in trusts_in(nlp, text)


def test_the_school_a_renamed_trust_runs_is_not_its_former_name(nlp):
    text = ("Trust renamed\n\nThe academy trust that runs Harrowmere Academy has changed its name to Lapwing "
            "Education Trust. Lapwing Education Trust, formerly the Harrowmere Trust, runs six schools.")
    orgs = orgs_in(nlp, text)
    assert orgs["Harrowmere Academy"]["kind"] == "school"
    assert "Harrowmere Academy" not in {a["alias"] for a in orgs["Lapwing Education Trust"]["aliases"]}


def test_a_trust_that_renamed_itself_keeps_its_former_name(nlp):
    # guard: the subject of the rename is still the former name
    text = ("Trust renamed\n\nHarrowmere Learning Trust has changed its name to Lapwing Education Trust. The "
            "trust runs six schools.")
    assert names_at(nlp, text, "Harrowmere Learning Trust") == ["Lapwing Education Trust"]


def test_a_trust_named_after_a_dioceses_two_places(nlp):
    text = ("Church schools\n\nTwo village schools are overseen by the Diocese of Marwick and Tarne, which has its "
            "own trust, the Marwick and Tarne Diocesan Academies Trust. The trust runs 19 schools.")
    assert "Marwick and Tarne Diocesan Academies Trust" in trusts_in(nlp, text)
    assert "Tarne Diocesan Academies Trust" not in orgs_in(nlp, text)


def test_two_trusts_joined_by_and_stay_two(nlp):
    # guard: no place pair written after "Diocese of"
    text = ("Trusts share a director\n\nThe board of the Lantern Partnership of Schools and Cobble Trust met on "
            "Monday. Lantern Partnership of Schools runs four schools.")
    assert "Lantern Partnership of Schools and Cobble Trust" not in orgs_in(nlp, text)


# 2. acronyms and kinds ---------------------------------------------------------------------

def test_an_acronym_after_the_hospital_trust_known_as(nlp):
    text = ("Nurses in class\n\nThe school works with Marbury and Dene NHS Foundation Trust, which runs the "
            "county hospital. Its land is held by the Coltham Education Trust, a charity.\n\n"
            "The hospital trust, known as MDFT, offers placements on wards. MDFT's head of workforce said it "
            "struggled to recruit.")
    assert names_at(nlp, text, "MDFT") == ["Marbury and Dene NHS Foundation Trust"] * 2
    assert "Marbury and Dene NHS Foundation Trust" not in trusts_in(nlp, text)


def test_an_acronym_that_spells_no_earlier_name_is_left(nlp):
    # guard: the letters must spell the body's name
    text = ("Nurses in class\n\nThe school works with Marbury and Dene NHS Foundation Trust.\n\n"
            "The hospital trust, known as QRX, offers placements.")
    assert names_at(nlp, text, "QRX") != ["Marbury and Dene NHS Foundation Trust"]


def test_an_academy_trusts_registered_name_with_ltd(nlp):
    text = ("College to join trust\n\nTrevarth College is to join Kelloe Academy Trust. The school's own trust, "
            "Trevarth College Academy Trust Ltd, will be wound up once its buildings transfer.")
    kinds = kinds_in(nlp, text)
    assert kinds["Trevarth College Academy Trust Ltd"] == "academy_trust"
    assert kinds["Trevarth College"] == "school"


def test_a_trusts_services_company_stays_a_company(nlp):
    # guard: a company named after a trust is not the trust
    text = ("Contract\n\nThe council paid Keldwick Trust Services Ltd and Orrin Learning Trust Ltd for payroll "
            "work last year.")
    kinds = kinds_in(nlp, text)
    assert kinds["Keldwick Trust Services Ltd"] == "company"
    assert kinds["Orrin Learning Trust Ltd"] == "company"


# 3. short forms -----------------------------------------------------------------------------

def test_a_short_form_the_names_appositive_gives(nlp):
    text = ("Trust to grow\n\nBrackley Moor School will transfer to Sedgefell next year.\n\n"
            "Sedgefell Learning Trust, often shortened to Sedgefell, runs 12 schools. It takes its name from "
            "Sedgefell Academy, its founding school. Parents can put questions to Sedgefell's leaders.")
    assert names_at(nlp, text, "Sedgefell", " next") == ["Sedgefell Learning Trust"]
    assert names_at(nlp, text, "Sedgefell", "'s leaders") == ["Sedgefell Learning Trust"]
    assert names_at(nlp, text, "Sedgefell Academy") == ["Sedgefell Academy"]


def test_a_short_form_known_as_after_the_name(nlp):
    text = ("New school\n\nThe school is run by Ravenmoor Specialist Learning Trust, known as Ravenmoor, which "
            "has three other schools, among them Ravenmoor Academy. A spokesperson for Ravenmoor said building "
            "would start in May.")
    assert names_at(nlp, text, "Ravenmoor", " said") == ["Ravenmoor Specialist Learning Trust"]


def test_a_former_name_is_not_a_short_form(nlp):
    # guard: "formerly known as" gives a former name, not words of this one
    text = ("Trust renamed\n\nCastlebeck Learning Trust, formerly known as Castlebeck Academies, runs eight "
            "schools.")
    assert "Castlebeck Learning Trust" in trusts_in(nlp, text)
    assert "Castlebeck Academies" not in orgs_in(nlp, text)


def test_a_short_form_which_takes_its_name_from_its_school(nlp):
    text = ("Trusts merge\n\nOrmsby Vale Schools Trust will move its schools into Whitfriars Academy Trust.\n\n"
            "Whitfriars, which takes its name from its founding school, Whitfriars Academy, runs 15 schools.")
    assert names_at(nlp, text, "Whitfriars", ", which") == ["Whitfriars Academy Trust"]


def test_a_short_forms_central_office_and_finance_director(nlp):
    text = ("Trusts merge\n\nThe 12 schools of Ormsby Vale Schools Trust will move into Whitfriars Academy "
            "Trust. Parents at Ormsby Vale Primary School were told on Monday.\n\n"
            "Staff at Ormsby Vale's central office were told that six roles are at risk. Ormsby Vale's previous "
            "finance director retired in March.")
    assert names_at(nlp, text, "Ormsby Vale", "'s central") == ["Ormsby Vale Schools Trust"]
    assert names_at(nlp, text, "Ormsby Vale", "'s previous") == ["Ormsby Vale Schools Trust"]


def test_a_school_that_keeps_its_name_is_the_school(nlp):
    text = ("College to join trust\n\nTrevarth College is to join Kelloe Academy Trust. The school's own trust, "
            "Trevarth College Academy Trust, will be wound up.\n\nThe move needs the minister's approval. "
            "Trevarth will keep its name and uniform.")
    assert names_at(nlp, text, "Trevarth", " will keep") in ([None], ["Trevarth College"])
