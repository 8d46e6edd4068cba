"""Issue 15, thirty-third round: a community interest company's legal ending ("... Partnership
CIC" is a company, never an academy trust, and "CIC" alone names nothing), and bodies the text
says do not exist ("invoices from a fictitious supplier, X"; "a firm that never existed, which
he called X"). Texts and names written for these tests."""

import pytest

from nlp_fixtures import aliases_of, orgs_in, trusts_in


# ---- "CIC": a company's legal ending ---------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Morley Park Tutors Ltd and Greenhill Youth Partnership CIC won the two contracts.",
     "Greenhill Youth Partnership CIC"),
    ("Tutoring is provided by Bright Sparks Learning Trust CIC, which has worked with local schools since 2019.",
     "Bright Sparks Learning Trust CIC"),
    ("The breakfast club is run by Tallow Lane Family Partnership CIC, a social enterprise.",
     "Tallow Lane Family Partnership CIC"),
    ("Sessions are now delivered by Wrenfield Sports Alliance CIC at four primaries.",
     "Wrenfield Sports Alliance CIC"),
])
def test_a_name_ending_in_cic_is_a_company_not_a_trust(nlp, text, name):
    found = orgs_in(nlp, text)
    assert found.get(name, {}).get("kind") == "company", (text, found)
    assert not trusts_in(nlp, text), text


@pytest.mark.parametrize("text, name", [
    ("The holiday scheme is run by Little Wrens Haverby CIC, the council said.", "Little Wrens Haverby CIC"),
    ("Staff will be employed by Northbank Youth Services CIC, a not-for-profit company.",
     "Northbank Youth Services CIC"),
])
def test_cic_is_taken_with_the_name_before_it(nlp, text, name):
    found = orgs_in(nlp, text)
    assert name in found, (text, found)
    assert "CIC" not in found, text


def test_the_name_without_cic_is_the_same_company(nlp):
    text = ("Attendance work is done by Riverside Learning Partnership CIC, a social enterprise. Riverside "
            "Learning Partnership said demand had doubled.")
    found = orgs_in(nlp, text)
    assert "Riverside Learning Partnership" in aliases_of(found, "Riverside Learning Partnership CIC")
    assert not trusts_in(nlp, text)


def test_an_academy_trust_ending_in_ltd_keeps_its_kind(nlp):
    text = "The school joined Kestrel Academy Trust Ltd in 2019, the trust said."
    assert "Kestrel Academy Trust Ltd" in trusts_in(nlp, text)


# ---- bodies the text says do not exist --------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The bursar paid £40,000 into his own account using invoices from a bogus contractor, Hillside Grounds "
     "Maintenance, the court heard.", "Hillside Grounds Maintenance"),
    ("Police said the money went to a company that never existed, which the manager named Redwood Print "
     "Services.", "Redwood Print Services"),
    ("The invoices were made out to Quayside Office Solutions, a fictitious firm set up by the finance officer.",
     "Quayside Office Solutions"),
    ("She invented a non-existent cleaning firm called Sparkle Clean Contracts and billed the academy for it.",
     "Sparkle Clean Contracts"),
])
def test_a_body_the_text_says_does_not_exist_is_not_an_organisation(nlp, text, name):
    assert name not in orgs_in(nlp, text), text


@pytest.mark.parametrize("text, name", [
    ("The council said Northgate Cleaning Ltd, the firm that received the fake invoices, had been paid in full.",
     "Northgate Cleaning Ltd"),
    ("Greyfield Supplies Ltd denied that its invoices were fake and said the claims were a sham.",
     "Greyfield Supplies Ltd"),
    ("A fake email claiming to be from Barwick Learning Trust was sent to parents.", "Barwick Learning Trust"),
    ("The trust named Orchard Print Ltd as its new supplier after a fictitious rival bid was found.",
     "Orchard Print Ltd"),
])
def test_a_real_body_near_a_word_for_fake_is_kept(nlp, text, name):
    assert name in orgs_in(nlp, text), text


# ---- a building named as where something happens or where a body moves -------------------------
@pytest.mark.parametrize("text, name", [
    ("The governors will meet at the Ashwell Enterprise Centre on Tuesday evening.", "Ashwell Enterprise Centre"),
    ("Year 6 pupils returned to the Kellby Outdoor Centre for a second week.", "Kellby Outdoor Centre"),
    ("The trust rents two floors of offices in the Dunmere Business Centre.", "Dunmere Business Centre"),
    ("The exhibition of pupils' art opened at the Fallowfield Museum on Saturday.", "Fallowfield Museum"),
    ("The trust's head office will move to Fernbank House next spring.", "Fernbank House"),
    ("Pupils went on a visit to the Dunmoor Outdoor Centre in May.", "Dunmoor Outdoor Centre"),
])
def test_a_building_named_as_a_place_is_not_an_organisation(nlp, text, name):
    assert name not in orgs_in(nlp, text), text


@pytest.mark.parametrize("text, name", [
    ("Jo Hart, who works at the Greyling Science Centre, said the visits were popular.", "Greyling Science Centre"),
    ("The Greyling Science Centre has offered free places to every primary school in the town.",
     "Greyling Science Centre"),
    ("The grant went to the Marston Family Centre, which supports 300 families.", "Marston Family Centre"),
    ("The Marston Family Centre said the grant would fund two posts. The council gave £5,000 to the Marston "
     "Family Centre last year.", "Marston Family Centre"),
])
def test_a_centre_that_acts_or_employs_is_kept(nlp, text, name):
    assert name in orgs_in(nlp, text), text
