"""British local-news styles of attribution (issue 13, fifth round): titles written with a
full stop, vox pops signed after a dash, a quote after a sentence about its speaker,
inspectors speaking for the inspectorate, role nouns, documents and their issuers, they for
organisations and for one person. Every text is written for this file; each test fails when
its rule is taken out. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp.components.quoting.confidence import CONFIDENCE
from nlp_fixtures import attributions


def test_a_title_with_a_full_stop_keeps_the_name_whole(nlp_pipeline):
    text = ("Repairs to Quarrybank Infant School were discussed by the planning panel.\n\n"
            "“Every winter the hall roof lets in water,” said Coun. Mabel Trotter, who sits for Ashgrove "
            "ward. “Patching it again is money thrown away.”")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Mabel Trotter"]


def test_a_vox_pop_signed_after_a_dash_with_a_name_the_model_misses(nlp_pipeline):
    text = ("Thornbury Learning Trust runs nine schools.\n\n"
            "'The boiler broke down three times before half-term' - Casimir Varga, a grandfather who does the "
            "school run.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Casimir Varga"]


def test_a_quote_after_a_sentence_about_its_speaker_in_the_same_paragraph(nlp_pipeline):
    text = ("Thornbury Learning Trust runs nine schools.\n\n"
            "Josephine Akande, a parent governor at one of them, was less sure. \"Nobody has shown us the "
            "figures for the new contract yet.\"")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Josephine Akande"]


def test_inspectors_and_their_report_speak_for_the_inspectorate(nlp_pipeline):
    text = ("Haldon Primary was rated 'requires improvement' by Ofsted last year.\n\n"
            "Inspectors said leaders had 'not done enough' to improve reading.\n\n"
            "Their report, which parents received on Monday, said pupils were 'kind and courteous'.")
    assert attributions(nlp_pipeline, text) == [("Ofsted", "Ofsted"), ("Ofsted", "Ofsted")]


def test_a_named_inspector_is_a_person_not_the_inspectorate(nlp_pipeline):
    text = ("Haldon Primary was inspected by Ofsted in May.\n\n"
            "Lead inspector Perpetua Wragg said: “Pupils here are safe and well looked after.”")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Perpetua Wragg"]


def test_a_role_owned_by_the_union_goes_to_the_person_introduced_in_it(nlp_pipeline):
    text = ("UNISON's area rep, Bronwen Tasker, spoke to cleaners outside the depot.\n\n"
            "'Every one of these jobs was promised to stay as it is,' the union's area rep added.")
    assert attributions(nlp_pipeline, text) == [("Bronwen Tasker", "UNISON")]


def test_a_two_word_role_noun_goes_to_its_earlier_holder_not_the_last_name(nlp_pipeline):
    text = ("The panel's chairman, Cllr. Ravi Menon, opened the hearing on Tuesday.\n\n"
            "Head teacher Ottilie Brandt said the school could not pay for new windows.\n\n"
            "\"Nothing will be signed until we have read every page,\" the panel chairman said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Ravi Menon"]


def test_the_party_name_refers_back_to_the_councillor(nlp_pipeline):
    text = ("Budgets were debated on Monday, when Cllr Hector Quillfeather called the cut 'short-sighted'.\n\n"
            "'Children will pay for this for years,' the Conservative said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Hector Quillfeather", "Hector Quillfeather"]


def test_a_document_speaks_for_whoever_sent_published_or_started_it(nlp_pipeline):
    sent = ("A letter delivered to the minister last week by the Tollbridge Heads Association says: "
            "'Our schools cannot absorb another year like this one.'")
    assert attributions(nlp_pipeline, sent) == [("Tollbridge Heads Association", "Tollbridge Heads Association")]
    published = ("Sandmere Academy Trust has received a financial notice issued by the Department "
                 "for Education.\n\nThe notice said the trust had 'lost control of its budget'.")
    assert [s for s, _ in attributions(nlp_pipeline, published)] == ["Department for Education"]
    started = "The petition, launched by grandmother Winnie Okafor, calls the closure 'a betrayal of the village'."
    assert [s for s, _ in attributions(nlp_pipeline, started)] == ["Winnie Okafor"]


def test_its_document_and_an_organisations_own_report(nlp_pipeline):
    its = ("Rushmere Borough Council has closed two day centres.\n\n"
           "Its annual review says the centres had become 'too costly to run'.")
    assert [s for s, _ in attributions(nlp_pipeline, its)] == ["Rushmere Borough Council"]
    compound = "A council report says that Harlow District Council expects \"savings within two years\"."
    assert [s for s, _ in attributions(nlp_pipeline, compound)] == ["Harlow District Council"]


def test_an_academy_trusts_board_speaks_as_the_trust_and_another_board_does_not(nlp_pipeline):
    trust = ("Mossgate Academies Trust runs eleven schools.\n\n"
             "In a statement, the board said it had \"every confidence in the new head\".")
    assert attributions(nlp_pipeline, trust) == [("Mossgate Academies Trust", "Mossgate Academies Trust")]
    club = ("Mossgate Academies Trust was founded in 2012. Brampton Rovers FC has a new owner.\n\n"
            "In a statement, the board said: \"We have full confidence in the manager and his staff.\"")
    assert "Mossgate" not in str(attributions(nlp_pipeline, club))


def test_inverted_role_of_a_body_before_the_name(nlp_pipeline):
    text = ("Fees at Greyholt Academy Trust's nursery will rise in May.\n\n"
            "'Nobody likes putting prices up,' said chair of governors Catherine Boyd. 'We held off as "
            "long as we could.'")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Catherine Boyd"]


def test_a_double_barrelled_surname_stays_whole(nlp_pipeline):
    text = "Cllr Martha Rees-Mogridge, who leads on highways, said the new crossing was \"long overdue\"."
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Martha Rees-Mogridge"]


def test_a_vox_pop_descriptor_is_not_part_of_the_name(nlp_pipeline):
    doc = nlp_pipeline("Headline for the story\n\nBus fares in Kettlewick rise next month.\n\n"
                       "Commuter Doreen Malley, 71, told the Courier: \"I'll have to walk to the shops now.\"")
    assert [p["name"] for p in doc._.people] == ["Doreen Malley"]


def test_they_after_a_name_the_model_missed_goes_to_the_council_not_that_person(nlp_pipeline):
    text = ("Commuter Doreen Malley, 71, told the Courier: \"I'll have to walk to the shops now. It's too dear.\"\n\n"
            "Lidcombe Town Council, chaired by Roy Dunn, said they had objected to the rise. "
            "\"We will go on pressing the operator to think again,\" they said.")
    got = attributions(nlp_pipeline, text)
    assert got[-1] == ("Lidcombe Town Council", "Lidcombe Town Council")


def test_a_singular_they_goes_to_the_person_speaking_with_a_pronoun_partials_confidence(nlp_pipeline):
    text = ("Unite convenor Sasha Brightwell, who speaks for the depot's drivers, said: \"Drivers have had "
            "no rise for three years and they have had enough.\"\n\n"
            "They added that members would be \"balloted before Easter\" if no offer came.")
    quotes = nlp_pipeline("Headline for the story\n\n" + text)._.quotes
    assert [q["speaker"] for q in quotes] == ["Sasha Brightwell", "Sasha Brightwell"]
    # as sure as a pronoun's partial quotes measure on fresh text (confidence.py), no surer
    assert quotes[-1]["confidence_basis"] == "pronoun-partial"
    assert quotes[-1]["confidence"] == CONFIDENCE["pronoun-partial"]


def test_a_verb_with_a_clause_of_its_own_after_a_quote_does_not_attribute_it(nlp_pipeline):
    text = ("\"Nothing will be signed until we have read every page,\" the panel chairman, Cllr Ravi Menon, "
            "said on Tuesday.\n\n"
            "A spokesperson for Tilbrook Transport Ltd said in a statement: \"Our drivers know these roads "
            "better than anyone.\" They said the firm would 'honour every contract' already agreed.")
    got = attributions(nlp_pipeline, text)
    org = "Tilbrook Transport Ltd"
    assert got[1:] == [(f"spokesperson for {org}", org)] * 2


def test_the_staff_of_a_named_firm_speak_for_it_as_they(nlp_pipeline):
    text = ("Cloverfield Cleaning Ltd held contracts with 14 schools.\n\n"
            "Administrators from Harwood Recovery Partners took charge on Friday. In a brief statement, they "
            "said they were 'reviewing every contract' held by the firm.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Harwood Recovery Partners"]


# -- speaker_org ---------------------------------------------------------------------------

def test_the_organisation_a_relative_clause_ties_the_speaker_to(nlp_pipeline):
    text = ("Tollbridge Learning Trust plans to close Ashby Vale Primary.\n\n"
            "Alma Coutts, who chairs the Tollbridge Heads Association, said: \"We cannot go on like this.\"\n\n"
            "Kit Amadi, 16, who catches two buses to Ashby Vale Primary and is a member of the campaign group "
            "Youth Voice Tollbridge, said: \"Nobody asked us.\"")
    assert attributions(nlp_pipeline, text) == [("Alma Coutts", "Tollbridge Heads Association"),
                                                ("Kit Amadi", "Youth Voice Tollbridge")]


def test_a_childs_school_is_not_the_parents_organisation(nlp_pipeline):
    text = ("Lunch portions at Bristol primaries have shrunk, parents say.\n\n"
            "Nell Sturgess, whose daughter is in Year 2 at Copse Lane Primary School, said: \"She comes "
            "home starving every single day.\"")
    assert attributions(nlp_pipeline, text) == [("Nell Sturgess", None)]


def test_a_trust_executive_with_no_organisation_stated_speaks_for_the_trust(nlp_pipeline):
    text = ("Tollbridge Learning Trust runs six schools.\n\n"
            "Chief executive Bertram Olney said: \"We have listened to every family.\"")
    assert attributions(nlp_pipeline, text) == [("Bertram Olney", "Tollbridge Learning Trust")]


def test_placard_slogans_are_no_quotes(nlp_pipeline):
    # written words of no one (quoting/signs.py)
    text = ("Around 30 teaching assistants stood outside Pellham Primary with placards reading \"Pay us for "
            "every hour\" and \"Support staff matter\".")
    assert attributions(nlp_pipeline, text) == []
