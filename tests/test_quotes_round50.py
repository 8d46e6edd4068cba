"""Wrong speaker strings (issue 13, round quotes-50): "my predecessor" / "her successor" as a
cue's subject is the person the article's hand-over names ("..., taking over from X",
"replacing X", "X ... was succeeded by Y"). Every text is written for this file; each test
fails when its rule is taken out. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp_fixtures import attributions


def _speakers(nlp, text):
    return [s for s, _ in attributions(nlp, text)]


def test_my_predecessor_in_an_answer_is_the_one_taken_over_from(nlp_pipeline):
    text = ("Allotment society\n\n"
            "Dev Mallory took over from Mrs Agnes Rudd as secretary of the Ferncliffe Allotment Society last year.\n\n"
            "Q: How is it going?\n\n"
            "A: Busy. My predecessor used to say \"the onions are the easy part\", and she was right.")
    assert _speakers(nlp_pipeline, text) == ["Agnes Rudd"]


def test_her_predecessor_after_succeeding(nlp_pipeline):
    text = ("New principal at Firth Academy\n\n"
            "Amira Holt was appointed principal of Firth Academy in March, succeeding Tom Brede, who retired "
            "after a decade.\n\n"
            "Her predecessor had described the sixth form as 'a hidden gem'.")
    assert _speakers(nlp_pipeline, text) == ["Tom Brede"]


def test_my_predecessor_after_replacing(nlp_pipeline):
    text = ("Harbour lights: the new chair\n\n"
            "Lena Marsh became chair of the Quayford Parents' Forum in June, replacing Owen Pryce, who moved "
            "to Cardiff. She spoke to us about the year ahead.\n\n"
            "Q: What will change?\n\n"
            "A: My predecessor called the budget \"a slow puncture\" and I agree with him.")
    assert _speakers(nlp_pipeline, text) == ["Owen Pryce"]


def test_her_successor_is_the_agent_of_a_passive_hand_over(nlp_pipeline):
    text = ("Library changes hands\n\n"
            "Bernadette Lowe retired as librarian at Wenmouth in April and was succeeded by Raj Kohli.\n\n"
            "Her successor has already called the reading room 'the engine room of the town'.")
    assert _speakers(nlp_pipeline, text) == ["Raj Kohli"]


def test_two_hand_overs_leave_the_noun_as_written(nlp_pipeline):
    text = ("Two changes at the top\n\n"
            "Sam Ure replaced Jill Oakes as treasurer, and Ben Tye replaced Carl Penn as secretary.\n\n"
            "His predecessor called the accounts 'a maze'.")
    assert _speakers(nlp_pipeline, text) == ["his predecessor"]


def test_no_hand_over_leaves_the_noun_as_written(nlp_pipeline):
    text = ("Governors meet\n\n"
            "Priya Dean joined the board of Elm Row School in 2019.\n\n"
            "Her predecessor used to describe the role as 'unpaid but never unrewarded'.")
    assert _speakers(nlp_pipeline, text) == ["her predecessor"]


# -- a role in the lead, named further on (named_later.py) ------------------------------------

def test_a_role_in_the_lead_is_the_person_introduced_in_that_role(nlp_pipeline):
    text = ("Plans to shut the Tollgate library branch were approved on Thursday despite a warning from the "
            "chairman of the residents association that the move would leave pensioners \"stranded\".\n\n"
            "The association chairman, Cllr Gideon Parr, said: \"This branch is the only warm room some of our "
            "members have all winter.\"")
    assert _speakers(nlp_pipeline, text) == ["Gideon Parr", "Gideon Parr"]


def test_a_role_in_the_lead_named_with_how_long_they_held_it(nlp_pipeline):
    text = ("A veteran trustee of the Kilnworth Almshouse Charity has stepped down, accusing the board of being "
            "\"high-handed\" over the sale of its cottages.\n\n"
            "Philippa Grange, who had been a trustee for 22 years, posted her resignation to the clerk on Friday.")
    assert _speakers(nlp_pipeline, text) == ["Philippa Grange"]


def test_a_leader_in_the_lead_is_the_person_who_leads(nlp_pipeline):
    text = ("The market will move to the car park in April despite a warning from the leader of the "
            "stallholders that the change would be \"ruinous\".\n\n"
            "Hamid Roe, who leads the Dunmere Stallholders Guild, told the meeting: \"Half of us will not "
            "survive a winter out there.\"")
    assert _speakers(nlp_pipeline, text) == ["Hamid Roe", "Hamid Roe"]


def test_a_lead_role_no_later_person_holds_stays_as_written(nlp_pipeline):
    text = ("Plans to shut the Tollgate library branch were approved on Thursday despite a warning from the "
            "chairman of the residents association that the move would leave pensioners \"stranded\".\n\n"
            "Librarian Maud Okafor said: \"We will miss the regulars.\"")
    assert _speakers(nlp_pipeline, text)[0] == "chairman of the residents association"


def test_a_gendered_role_skips_a_person_of_the_other_gender(nlp_pipeline):
    text = ("Plans to shut the Tollgate library branch were approved on Thursday despite a warning from the "
            "chairwoman of the residents association that the move would leave pensioners \"stranded\".\n\n"
            "Mr Colin Parr, the association's former chairman, said: \"This branch is the only warm room some "
            "of our members have all winter.\"")
    assert _speakers(nlp_pipeline, text)[0] != "Colin Parr"


def test_a_place_in_the_roles_own_phrase_is_no_one_named_later(nlp_pipeline):
    text = ("In a letter to the society, the area manager for Tyneside and Yorkshire wrote that the bridge was "
            "“beyond repair”.\n\n"
            "Its treasurer, Dora Finch, said members were “stunned”.")
    assert _speakers(nlp_pipeline, text) == ["area manager for Tyneside and Yorkshire", "Dora Finch"]


def test_a_role_in_the_lead_keeps_the_body_its_phrase_names(nlp_pipeline):
    # the person named later speaks for the body the lead's role phrase names, when their own
    # introduction gives none (the coordinator's fix at the merge: the lede rule of leads.py does so)
    text = ("A governor at Orrin Vale Academy has called the new uniform supplier's prices \"eye-watering\".\n\n"
            "Desmond Kerr, who has been a governor since 2021, raised the matter at Tuesday's meeting.")
    assert attributions(nlp_pipeline, text) == [("Desmond Kerr", "Orrin Vale Academy")]
