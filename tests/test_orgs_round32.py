"""Issue 15, thirty-second round: coordinated names, decided by each conjunct's structure and
what the text says of them ("A Education and B Schools Partnership are ..." is two bodies,
"the A and B Schools Trust, which runs nine schools" one; "the A and B Academies" after "A
Academy" and "B Academy" is those two schools), and an acronym given in a relative clause
("That trust, which runs four schools and is known locally as X"). Texts and names written
for these tests."""

import pytest

from nlp_fixtures import aliases_of, orgs_in, trusts_in


# ---- two bodies run together over "and" ----------------------------------------------------------
@pytest.mark.parametrize("text, first, second", [
    ("Larkspur Education and Meadowgate Schools Partnership have agreed to share a finance team from April.",
     "Larkspur Education", "Meadowgate Schools Partnership"),
    ("Fenwick Learning and Oldmoor Community Schools Trust both run schools in the town.\n\nFenwick runs six "
     "primaries; Oldmoor runs three secondaries.", "Fenwick Learning", "Oldmoor Community Schools Trust"),
    ("Academy trusts in the region, including Marrow and Skelby Vale Academy Trust, were asked for views. "
     "Marrow's finance director said the deal was fair.", "Marrow", "Skelby Vale Academy Trust"),
    ("Several trusts, among them Brackwater and Hollins Moor Academy Trust, backed the plan. Brackwater's "
     "founder, Jo Reid, said it was overdue.", "Brackwater", "Hollins Moor Academy Trust"),
])
def test_two_bodies_run_together_are_two(nlp, text, first, second):
    found = orgs_in(nlp, text)
    assert first in found and second in found, text
    assert f"{first} and {second}" not in found, text
    assert second in trusts_in(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The Ashvale and Lintford Schools Trust, which runs nine schools, said it was pleased with the result.",
     "Ashvale and Lintford Schools Trust"),
    ("Parents in Corley want the school to join Corley and District Learning Trust, which runs nine schools.",
     "Corley and District Learning Trust"),
    ("The Pellham and Oxbury Schools Trust was praised. Pellham's mayor opened the new hall.",
     "Pellham and Oxbury Schools Trust"),
    ("Talks between Ruddock Vale and Stenning Academies Trust and the council have stalled.",
     "Ruddock Vale and Stenning Academies Trust"),
])
def test_one_body_with_and_in_its_name_stays_whole(nlp, text, name):
    assert name in trusts_in(nlp, text), text


def test_a_plural_head_shared_by_two_schools_named_in_full_is_no_trust(nlp):
    text = ("Dunmore Academy has 600 pupils and Kelling Academy has 400.\n\nPupils from the Dunmore and Kelling "
            "Academies will share a sports hall, the council said.")
    found = orgs_in(nlp, text)
    assert "Dunmore and Kelling Academies" not in found
    assert not trusts_in(nlp, text)
    assert found["Kelling Academy"]["kind"] == "school"


def test_a_plural_head_with_no_full_names_is_left_alone(nlp):
    text = "Pupils from the Dunmore and Kelling Academies will share a sports hall, the council said."
    assert "Kelling Academy" not in orgs_in(nlp, text)


# ---- an acronym after "known as", in a relative clause or after another trust --------------------
@pytest.mark.parametrize("text, name, acronym", [
    ("Parents want the school to join Corley and District Learning Trust. That trust, which runs four schools "
     "and is known locally as CADLT, declined to comment.", "Corley and District Learning Trust", "CADLT"),
    ("Governors looked at Brantwood Valley Schools Trust. This trust, which was set up in 2015 and is widely "
     "known as BVST, has eight primaries.", "Brantwood Valley Schools Trust", "BVST"),
])
def test_an_acronym_in_a_relative_clause_is_the_trusts_it_spells(nlp, text, name, acronym):
    assert acronym in aliases_of(orgs_in(nlp, text), name), text


def test_an_acronym_in_a_relative_clause_that_spells_no_trust_is_left_alone(nlp):
    text = ("Parents want the school to join Corley and District Learning Trust. That trust, which runs four "
            "schools and is known locally as KPQ, declined to comment.")
    assert "KPQ" not in aliases_of(orgs_in(nlp, text), "Corley and District Learning Trust")


def test_the_trust_known_as_an_acronym_takes_the_trust_it_spells_not_the_last(nlp):
    text = ("The Hallam and Wenlow Schools Trust wants two more schools. One is run by Greyfield Academies "
            "Partnership.\n\nThe trust, known locally as HAWS, was set up in 2014. HAWS runs nine schools.")
    found = orgs_in(nlp, text)
    assert "HAWS" in aliases_of(found, "Hallam and Wenlow Schools Trust")
    assert "HAWS" not in aliases_of(found, "Greyfield Academies Partnership")
