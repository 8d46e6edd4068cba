"""Issue 15, thirteenth round: a trust "named after" its founder keeps its kind; a surname
short form ("the Calloway trust") goes to the trust, not to a foundation of the same name;
grant givers, federations "under one head", a council-run network, a name "as the
programme is known" are no trusts; an acronym defined after "The trust, known as"; the two
sides of a merger that formed a trust, and "Both A and B" beside a trust. Texts and names
written for these tests."""

from nlp.components.org_denials import grant_from
from nlp_fixtures import kinds_in, orgs_in, trusts_in


def test_academies_named_after_a_founder_stay_a_trust(nlp):
    text = ("Trust told to improve\n\nThe Walter Calloway Academies, named after the engineer who sponsored its "
            "first school, must report its spending. The Calloway trust runs four schools. The Calloway "
            "Foundation, a separate body, funds scholarships and is not part of the trust.")
    kinds = kinds_in(nlp, text)
    assert kinds.get("Walter Calloway Academies") == "academy_trust"
    assert kinds.get("Calloway Foundation") != "academy_trust"
    aliases = {a["alias"] for a in orgs_in(nlp, text)["Walter Calloway Academies"]["aliases"]}
    assert "Calloway" in aliases  # "the Calloway trust" is the trust's, not the foundation's


def test_a_memorial_trust_named_after_a_person_is_still_a_charity(nlp):
    text = ("Bursaries for sixth formers\n\nThe Mabel Tarrant Trust, named after a former teacher, will fund "
            "two bursaries at Hexcombe Academy.")
    assert "Mabel Tarrant Trust" not in trusts_in(nlp, text)


def test_grant_from(nlp):
    doc = nlp("The money came from a one-off grant from its sponsor, the Drummond Foundation, not from budgets.")
    start = next(t.i for t in doc if t.text == "Drummond")
    assert grant_from(doc, start)
    doc = nlp("The school will join the Drummond Foundation next year.")
    start = next(t.i for t in doc if t.text == "Drummond")
    assert not grant_from(doc, start)


def test_a_grant_giver_is_no_trust(nlp):
    text = ("Trust renamed\n\nWestcombe Learning Trust will be called Ridgeway Education from May. The trust said "
            "the cost was met by a grant from its sponsor, the Pellinger Foundation, and not by its schools.")
    trusts = trusts_in(nlp, text)
    assert "Pellinger Foundation" not in trusts
    assert "Westcombe Learning Trust" in trusts or "Ridgeway Education" in trusts


def test_a_federation_under_one_head_is_no_trust(nlp):
    text = ("Federation to end\n\nThe Brackenhill Federation, which links Brackenhill Infant School and Brackenhill "
            "Junior School under one head, will end in July. The junior school is joining the Corvid Trust.")
    trusts = trusts_in(nlp, text)
    assert "Brackenhill Federation" not in trusts
    assert "Corvid Trust" in trusts


def test_a_federation_linking_maintained_primaries_is_no_trust(nlp):
    text = ("Village schools stay put\n\nGovernors of the Ellerby Federation, which links three maintained "
            "village primaries, have voted not to join an academy trust.")
    assert "Ellerby Federation" not in trusts_in(nlp, text)


def test_a_council_run_network_is_no_trust(nlp):
    text = ("Trust signs up\n\nHollins Schools has joined the Tarnshire Schools Partnership, a council-run "
            "improvement network. Hollins runs five schools.")
    trusts = trusts_in(nlp, text)
    assert "Tarnshire Schools Partnership" not in trusts
    assert "Hollins Schools" in trusts


def test_a_name_as_the_programme_is_known_is_no_organisation(nlp):
    text = ("Officers in schools\n\nTwo officers will work in Dunmere secondary schools. The Safer Corridors "
            "Partnership, as the programme is known, was tried in Lowbridge last year.")
    assert "Safer Corridors Partnership" not in orgs_in(nlp, text)


def test_an_acronym_defined_after_the_trust_known_as(nlp):
    text = ("Clinic opens\n\nA clinic run by Pellow Valley Health NHS Foundation Trust has opened at Ashby Primary. "
            "The trust, known as PVH, will send a nurse every week. PVH said demand was high.")
    org = orgs_in(nlp, text)["Pellow Valley Health NHS Foundation Trust"]
    assert "PVH" in {a["alias"] for a in org["aliases"]}
    assert "PVH" not in orgs_in(nlp, text)


def test_the_sides_of_a_merger_that_formed_a_trust_are_trusts(nlp):
    text = ("Strike at trust\n\nStaff at the Northgale Education Trust will strike next week. Northgale, formed "
            "last year by the Ambry and Coldwell merger, said it was disappointed.")
    trusts = trusts_in(nlp, text)
    assert {"Ambry", "Coldwell"} <= trusts


def test_two_schools_merging_are_not_trusts(nlp):
    text = ("Schools merge\n\nPellam Primary, formed last year by the Ambry and Coldwell merger, has a new "
            "head. Parents welcomed the change.")
    trusts = trusts_in(nlp, text)
    assert "Ambry" not in trusts and "Coldwell" not in trusts


def test_a_name_paired_with_a_trust_after_trusts_are_mentioned(nlp):
    text = ("Small trust stays independent\n\nHarlow Vale College runs itself. But bigger trusts are circling. "
            "Both Osprey Academies and Lantern have approached the board this year.")
    trusts = trusts_in(nlp, text)
    assert {"Osprey Academies", "Lantern"} <= trusts


def test_both_with_a_person_is_not_a_trust(nlp):
    text = ("Trust visit\n\nMinisters met trusts on Monday. Both Osprey Academies and Jenny Clarke spoke "
            "about funding.")
    assert "Jenny Clarke" not in trusts_in(nlp, text)


def test_a_shared_short_form_before_the_current_chief_executive_is_the_trust(nlp):
    text = ("Trusts to merge\n\nThe Dovecote Learning Trust runs three schools, including Dovecote School. The "
            "merged trust will be led by Dovecote's current chief executive, Amy Hale. Parents at Dovecote "
            "School were told the name would not change.")
    org = orgs_in(nlp, text)["Dovecote Learning Trust"]
    assert "Dovecote" in {a["alias"] for a in org["aliases"]}
