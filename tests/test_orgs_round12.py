"""Issue 15, twelfth round: trust-shaped names that are no academy trust: a body the text
says "has never been" an academy trust, a name the model cut out of a council service's name
ending in a service word ("X Schools ICT"), and a federation linking council-run schools or
dissolved when its schools convert. Texts and names written for these tests."""

from nlp.components.org_denials import cut_before_service
from nlp_fixtures import trusts_in


def test_a_body_that_has_never_been_an_academy_trust(nlp):
    text = ("Advice service changes hands\n\nTallowmere Learning Partnership will move to a new company in "
            "the spring. Despite its name, Tallowmere Learning Partnership has never been an academy trust. "
            "It sells courses to any school.")
    assert "Tallowmere Learning Partnership" not in trusts_in(nlp, text)


def test_a_trust_that_has_been_one_for_years_stays_a_trust(nlp):
    text = ("Trust grows\n\nTallowmere Learning Partnership, which has been an academy trust since 2014, "
            "will take on two more primaries.")
    assert "Tallowmere Learning Partnership" in trusts_in(nlp, text)


def test_a_name_cut_before_a_service_acronym_is_no_trust(nlp):
    text = ("Council loses contract\n\nThe work was done by the council's traded service, known as Pellbrook "
            "Schools ICT, which will cut jobs. Pellbrook Schools ICT will still support 30 maintained schools.")
    assert "Pellbrook Schools" not in trusts_in(nlp, text)


def test_cut_before_service(nlp):
    doc = nlp("Pellbrook Schools ICT will still support 30 maintained schools.")
    assert cut_before_service(doc, 2)
    # the body's own officer: "X Schools HR director" is no longer name
    doc = nlp("Pellbrook Schools HR director Ann Lee said the trust would grow.")
    assert not cut_before_service(doc, 2)
    doc = nlp("Pellbrook Schools said it would grow.")
    assert not cut_before_service(doc, 2)


def test_a_federation_linking_council_run_schools_is_no_trust(nlp):
    text = ("Sports clubs\n\nA multi-academy trust will pay for the coaches. The coach said pupils in the "
            "Oakenfold Infant Federation, which links two council-run "
            "infant schools in the north of the town, would get free places.")
    assert "Oakenfold Infant Federation" not in trusts_in(nlp, text)


def test_a_federation_dissolved_when_its_schools_convert_is_no_trust(nlp):
    text = ("Primaries to join trust\n\nTwo village primaries will join a multi-academy trust next year. "
            "The two schools currently form the Marlow Brook Federation, which will be dissolved when they convert.")
    assert "Marlow Brook Federation" not in trusts_in(nlp, text)


def test_a_federation_taking_schools_that_convert_stays_a_trust(nlp):
    text = ("Trust grows\n\nThe Quarrington Federation, a multi-academy trust, runs 12 academies. Two primaries "
            "will join the Quarrington Federation when they convert in September.")
    assert "Quarrington Federation" in trusts_in(nlp, text)
