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


# ---- a union's officer who also works at a school speaks for the union -----------------------
def test_a_union_post_written_after_a_quote_that_opens_the_sentence(nlp_pipeline):
    text = ("Support staff at Brackenholt Primary walked out on Thursday over unpaid overtime.\n\n"
            "'Every one of us would rather be inside with the children' - GMB steward Hilda Mwangi-Rees, "
            "speaking at the gates of Brackenholt Primary.")
    assert org_of(nlp_pipeline, text, "Hilda Mwangi-Rees") == "GMB"


def test_a_union_named_after_the_post(nlp_pipeline):
    text = ("Fenby Primary will lose two teaching assistants in September.\n\n"
            "Lorcan Pimm, business manager at Fenby Primary, has written to parents. Mr Pimm, branch "
            "secretary of the support staff union Unison, said: \"These posts keep children safe.\"")
    assert org_of(nlp_pipeline, text, "Lorcan Pimm") == "Unison"


def test_the_union_rep_of_a_sentence_that_opens_with_the_quote(nlp_pipeline):
    text = ("The National Education Union has called a second day of action at Pellworth High.\n\n"
            "\"We did not want to be here,\" said Iona Brackwell-Sands, a geography teacher and the union "
            "rep at Pellworth High.")
    assert org_of(nlp_pipeline, text, "Iona Brackwell-Sands") == "National Education Union"


def test_a_union_written_in_the_articles_capitals(nlp_pipeline):
    text = ("Cleaners at Tolworth Grange School have voted to accept a 6 per cent pay offer.\n\n"
            "Unison branch secretary Agnieszka Ferrand said: \"It took a ballot to get here.\"")
    assert org_of(nlp_pipeline, text, "Agnieszka Ferrand") == "Unison"


def test_a_teacher_who_quotes_a_union_rep_keeps_her_school(nlp_pipeline):
    text = ("Staff at Corby Lane Primary say their workload has doubled.\n\n"
            "Headteacher Philippa Yardley-Onu said: \"The union rep at our school has been a great help.\"")
    assert org_of(nlp_pipeline, text, "Philippa Yardley-Onu") == "Corby Lane Primary"


# ---- a club's officer speaks for the club the article writes --------------------------------
def test_a_club_secretary_speaks_for_the_club_written_in_the_text(nlp_pipeline):
    text = ("Floodlights at the Orchard Lane ground will be switched on for the first time on Friday.\n\n"
            "Club secretary Wendy Abercorn-Lee said: \"We raised every penny of it with quiz nights.\"\n\n"
            "Tolsey Vale Town AFC play in the county league.")
    assert org_of(nlp_pipeline, text, "Wendy Abercorn-Lee") == "Tolsey Vale Town AFC"


def test_a_goalkeeper_speaks_for_the_club(nlp_pipeline):
    text = ("Pupils from Hembury Primary helped paint the new stand at Hembury Athletic FC.\n\n"
            "Goalkeeper Priyanka Lowell-Amis said: \"They did a better job than we would have.\"")
    assert org_of(nlp_pipeline, text, "Priyanka Lowell-Amis") == "Hembury Athletic FC"


def test_a_bare_manager_is_no_clubs(nlp_pipeline):
    text = ("Kestle Rovers FC have agreed to share their pitch with Ostley Primary.\n\n"
            "Manager Gareth Fennimore-Pike said: \"The pupils will have it every weekday morning.\"")
    assert org_of(nlp_pipeline, text, "Gareth Fennimore-Pike") is None
