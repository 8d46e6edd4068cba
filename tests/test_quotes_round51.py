"""Wrong speakers on US news (issue 13, round quotes-51): people named together and a "who"
clause after a list of names. Every text is written for this file; each test fails when its
rule is taken out. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp_fixtures import attributions


def _speakers(nlp, text):
    return [s for s, _ in attributions(nlp, text)]


def test_who_after_a_list_is_the_last_name(nlp_pipeline):
    text = ("Guests included Tom Hale, Ann Rudd and Priya Shah, who said, "
            "\"It was a lovely day for everyone.\"")
    assert _speakers(nlp_pipeline, text) == ["Priya Shah"]


def test_who_after_a_list_is_not_the_list_twice(nlp_pipeline):
    text = ("The panel heard from Marek Nowak, Ines Duarte and Kofi Mensah, who warned that the budget "
            "was \"simply not enough\".")
    assert _speakers(nlp_pipeline, text) == ["Kofi Mensah"]


def test_who_after_stallholders_named_in_a_list(nlp_pipeline):
    text = ("At the fair were stallholders Bea Lund, Omar Haddad and Lena Ortiz, who quipped: "
            "\"We sold out of scones by ten.\"")
    assert _speakers(nlp_pipeline, text) == ["Lena Ortiz"]


def test_joint_speakers_still_named_together(nlp_pipeline):
    text = "Priya Shah and Tom Hale said the plan was \"a disgrace\"."
    assert _speakers(nlp_pipeline, text) == ["Priya Shah and Tom Hale"]


def test_state_senator_is_the_senator_named_before(nlp_pipeline):
    text = ("Sen. Hal Brodsky (R-Kan.) left the chamber early. The Kansas senator later called the bill "
            "\"a gift to lobbyists\".")
    assert _speakers(nlp_pipeline, text) == ["Hal Brodsky"]


def test_state_congresswoman_is_the_representative_named_before(nlp_pipeline):
    text = ("Rep. Dana Whitlow (D-Ore.) toured the dam on Friday. \"We cannot wait another decade,\" "
            "the Oregon congresswoman said.")
    assert _speakers(nlp_pipeline, text) == ["Dana Whitlow"]


def test_tribunal_judge_is_the_judge_named_before(nlp_pipeline):
    text = ("Employment Judge Ruth Acari heard the claim in May. The tribunal judge said the dismissal was "
            "\"plainly unfair\".")
    assert _speakers(nlp_pipeline, text) == ["Ruth Acari"]


def test_senator_named_by_no_one_stays_a_role(nlp_pipeline):
    text = "The senior senator called the bill \"a gift to lobbyists\" on Tuesday."
    assert _speakers(nlp_pipeline, text) == ["senior senator"]


def test_pressed_by_a_named_chair_she_is_the_one_pressed(nlp_pipeline):
    text = ("The trust's finance director, Dr Mina Shah, said the accounts were sound. Pressed by the committee "
            "chair, Cllr Ruth Evans, on whether jobs would go, she said: \"I cannot rule anything out.\"")
    assert _speakers(nlp_pipeline, text) == ["Mina Shah"]


def test_asked_by_a_named_coroner_he_is_the_witness(nlp_pipeline):
    text = ("The depot manager, Alan Cooke, said the bins had been logged. Asked by the coroner, Dr Peter Lowe, "
            "why not, he said: \"I have no good answer.\"")
    assert _speakers(nlp_pipeline, text) == ["Alan Cooke"]


def test_challenged_by_a_named_inspector_he_is_the_manager(nlp_pipeline):
    text = ("The site manager, Omar Reid, admitted the gate was faulty. Challenged by the inspector, Karen Doyle, "
            "about the delay, he said: \"We were waiting for parts.\"")
    assert _speakers(nlp_pipeline, text) == ["Omar Reid"]


def test_name_and_role_in_apposition_still_the_name(nlp_pipeline):
    text = "Jo Bell, the administrator, said: \"Creditors will be paid in full.\""
    assert _speakers(nlp_pipeline, text) == ["Jo Bell"]
