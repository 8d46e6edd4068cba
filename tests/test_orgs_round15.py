"""Issue 15, fifteenth round: general evidence that separates an academy trust from a
look-alike. A title the model tagged alone ("Bishop") still opens the name of the trust
named after a person; a plain trust that offers or holds something *for* schools, as guests,
is another sort of trust; "X, whose eight schools ..." shows a body running schools; "It is
in fact a federation of two maintained schools" denies a trust; "the X Federation" that the
model read as a place is a body unless X is a nation's adjective. Texts and names written
for these tests."""

from nlp.components.org_denials import offers_to_schools
from nlp.components.org_fragments import federation_of_schools
from nlp_fixtures import kinds_in, trusts_in


def test_a_title_tagged_alone_opens_the_trust_name(nlp):
    text = ("Trusts to merge\n\nOakridge Learning Partnership (OLP) and Bishop Halloway Multi-Academy Trust have "
            "agreed to merge, creating a trust of 14 schools.")
    trusts = trusts_in(nlp, text)
    assert "Bishop Halloway Multi-Academy Trust" in trusts
    assert "Halloway Multi-Academy Trust" not in trusts


def test_other_titles_after_and_stay_in_the_name(nlp):
    text = ("Choir day\n\nPupils from Oakfield Learning Trust and Cardinal Newby Academy Trust sang at the "
            "cathedral on Sunday.")
    assert {"Oakfield Learning Trust", "Cardinal Newby Academy Trust"} <= trusts_in(nlp, text)


def test_a_trust_holding_an_event_for_schools_is_another_sort(nlp):
    text = ("In brief\n\nTarnby: Tarnby Windmill Trust will hold an open day at the restored mill for local "
            "schools on 3 May.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Tarnby Windmill Trust") == "other"


def test_a_trust_offering_trips_to_school_groups_is_another_sort(nlp):
    text = ("In brief\n\nKelby: Kelby Quay Trust is offering free canoe trips on the estuary to school "
            "groups this summer.")
    assert "Kelby Quay Trust" not in trusts_in(nlp, text)


def test_a_trust_opening_schools_stays_a_trust(nlp):
    # a guard: schools are what it opens, not the guests of what it offers
    text = "In brief\n\nMarlby: Fenwold Trust will open two new primary schools next year, it said."
    assert "Fenwold Trust" in trusts_in(nlp, text)


def test_offers_to_its_own_pupils_is_no_denial(nlp):
    # a guard: "its schools" is the trust's own
    text = "In brief\n\nMarlby: Fenwold Trust is offering a free breakfast club to pupils at its schools."
    assert "Fenwold Trust" in trusts_in(nlp, text)


def test_offers_to_schools_reads_only_its_own_clause(nlp):
    doc = nlp("Merton Vale Trust is offering boat trips to school groups. It runs no schools.")
    end = next(t.i for t in doc if t.text == "Trust") + 1
    assert offers_to_schools(doc, end)
    doc = nlp("Merton Vale Trust said. The council is offering boat trips to school groups.")
    end = next(t.i for t in doc if t.text == "Trust") + 1
    assert not offers_to_schools(doc, end)


def test_whose_schools_shows_a_trust(nlp):
    text = ("Uniform firm closes\n\nParents were told not to worry. Marlby Learning, whose eight schools all "
            "used the firm, said pupils would not be penalised.")
    assert "Marlby Learning" in trusts_in(nlp, text)


def test_whose_schools_of_a_diocese_is_no_trust(nlp):
    # a guard: a diocese has schools without being a trust
    text = ("Uniform firm closes\n\nThe Diocese of Marlby, whose schools all used the firm, said pupils would "
            "not be penalised.")
    assert trusts_in(nlp, text) == set()


def test_a_federation_said_in_fact_to_be_maintained_is_no_trust(nlp):
    text = ("Who runs what\n\nA council report listed the Oxley and Tarn Federation as an academy trust. It is in "
            "fact a federation of two maintained schools.")
    assert "Oxley and Tarn Federation" not in trusts_in(nlp, text)


def test_a_federation_of_academies_stays_a_trust(nlp):
    # a guard: "a federation of three academies and two maintained schools" denies nothing
    text = ("Who runs what\n\nThe Oxley Federation is a multi-academy trust. It is a federation of three academies "
            "and two maintained schools.")
    assert "Oxley Federation" in trusts_in(nlp, text)


def test_a_federation_read_as_a_place_is_a_body(nlp):
    text = ("Exclusions\n\nOfficers named Kelsey Learning and the Hawkmoor Federation as trusts with low "
            "exclusion rates.")
    assert {"Kelsey Learning", "Hawkmoor Federation"} <= trusts_in(nlp, text)


def test_federation_of_schools():
    assert federation_of_schools(["the", "Hawkmoor", "Federation"])
    assert not federation_of_schools(["the", "Russian", "Federation"])
    assert not federation_of_schools(["the", "Federation"])
    assert not federation_of_schools(["Hawkmoor", "Federations"])
