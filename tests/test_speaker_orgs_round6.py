"""Sixth speakers' organisations round (issue 15, fresh quote sets 45-48 counted): a campaign's
officer speaks for the campaign group the article names (nlp/components/speaker_org_campaigns.py).
Sentences written for these tests; the guards, where no group may be given, come last."""
from __future__ import annotations

from nlp_fixtures import org_of

from nlp.components.speaker_org_campaigns import is_campaign_officer


def test_campaign_officers_and_other_organisers():
    assert is_campaign_officer(["campaign", "organiser"])
    assert is_campaign_officer(["group", "chair"])
    assert is_campaign_officer(["co-founder"])
    assert is_campaign_officer(["campaigner"])
    assert not is_campaign_officer(["petition", "organiser"])
    assert not is_campaign_officer(["regional", "organiser"])
    assert not is_campaign_officer(["chair"])  # a chair of what: not a campaign's by itself


def test_a_campaigner_speaks_for_the_group_named_later(nlp_pipeline):
    text = ("Dozens of families gathered outside Harnley Library on Saturday.\n\n"
            "Campaigner Orla Pennyfeather told them: \"This building is the only warm room some of "
            "our pupils have after school.\"\n\n"
            "The group behind the vigil, Protect Harnley Library, plans a second one in June.")
    assert org_of(nlp_pipeline, text, "Orla Pennyfeather") == "Protect Harnley Library"


def test_a_clause_that_ties_the_person_to_a_campaign(nlp_pipeline):
    text = ("Plans to shut the swimming pool at Quarrendon Park Academy were debated on Monday.\n\n"
            "\"We will take this to the Secretary of State if we have to,\" said Ilse Marwick-Dean, "
            "who launched the Rescue Quarrendon Pool campaign in March.")
    assert org_of(nlp_pipeline, text, "Ilse Marwick-Dean") == "Rescue Quarrendon Pool"


def test_a_group_named_with_its_noun_in_quote_marks(nlp_pipeline):
    text = ("Members of the 'Fair Fares for Dunstow' action group handed in 600 letters about school "
            "bus charges.\n\n"
            "Its co-founder, Brendan Okwuosa, said: 'Nobody at the county hall has answered one of them.'")
    assert org_of(nlp_pipeline, text, "Brendan Okwuosa") == "Fair Fares for Dunstow"


# ---- guards: no group -------------------------------------------------------------------------
def test_a_petition_organiser_speaks_for_no_campaign(nlp_pipeline):
    text = ("Supporters of the Keep Velling Nursery Open campaign met at the church hall.\n\n"
            "Petition organiser Marta Szewczyk-Bryce said: \"We have 2,000 names and we are still going.\"")
    assert org_of(nlp_pipeline, text, "Marta Szewczyk-Bryce") is None


def test_a_campaigner_where_no_group_is_named(nlp_pipeline):
    text = ("Parents in Ellerthorpe want a crossing outside the infant school.\n\n"
            "Campaigner Rosalind Ugwu-Hart said: \"Save our children before someone is hurt.\"")
    assert org_of(nlp_pipeline, text, "Rosalind Ugwu-Hart") is None


def test_a_chant_is_no_group(nlp_pipeline):
    text = ("Marchers chanted \"Save Our Ferrydown Schools\" on the way to the council offices.\n\n"
            "Campaigner Rosalind Ugwu-Hart said: \"We will be back next month.\"")
    assert org_of(nlp_pipeline, text, "Rosalind Ugwu-Hart") is None


def test_a_page_named_like_a_campaign_is_no_group(nlp_pipeline):
    text = ("A consultation on closing the breakfast club at Tillbrook Primary ends on Friday.\n\n"
            "Parent Yasmin Corrigan-Lowe, who set up the Save Tillbrook Breakfasts page on Facebook, said: "
            "\"Working parents were never asked.\"")
    assert org_of(nlp_pipeline, text, "Yasmin Corrigan-Lowe") is None
