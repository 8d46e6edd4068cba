"""Speakers of issue 13's seventh round: a pronoun after a person named by their role
("the site manager said ..."), a colon introduction whose verb takes an adverb ("hit back:"),
and a person the story introduces right before a pronoun's quote. Every text is written for
this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp_fixtures import attributions


def test_he_after_the_role_of_a_named_person(nlp_pipeline):
    text = ("Plans for a new sports hall at Brackenfold Academy have been delayed again.\n\n"
            "Orlando Feeney, the trust's estates manager, told governors the contractor had gone into "
            "administration. \"We lost the whole summer,\" he said.\n\n"
            "Councillor Gideon Pratchett asked when work would restart. \"Parents were promised this "
            "hall two years ago,\" he said.\n\n"
            "The estates manager said a new tender would go out in the spring. \"We will not cut "
            "corners to make up time,\" he said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Orlando Feeney", "Gideon Pratchett", "Orlando Feeney"]


def test_a_role_noun_subject_of_a_colon_introduction_with_an_adverb(nlp_pipeline):
    text = ("Councillors clashed over the cost of home-to-school transport on Monday.\n\n"
            "Cllr Winifred Stannard, cabinet member for transport, said the budget had doubled.\n\n"
            "Cllr Basil Ormerod said: \"This administration has lost control of the contract.\"\n\n"
            "The cabinet member hit back: \"The opposition voted for every one of these routes.\"")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Basil Ormerod", "Winifred Stannard"]


def test_a_person_introduced_right_before_the_quote_is_he(nlp_pipeline):
    text = ("Volunteers spent the weekend clearing mud from the Holmbrook community centre.\n\n"
            "Warden Desmond Ashcroft, who has run the centre for a decade, said the damage was the worst "
            "he had seen. \"The floor will have to come up,\" he said.\n\n"
            "His neighbour Ivor Tremlett spent the night carrying chairs upstairs with help from "
            "Mr Ashcroft. \"We were still bailing at dawn,\" he said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Desmond Ashcroft", "Ivor Tremlett"]


def test_a_newcomer_does_not_take_a_quote_when_someone_else_speaks_after(nlp_pipeline):
    text = ("The trust's plan to share receptionists between schools has drawn criticism.\n\n"
            "Marcus Thelwall, the trust's chief executive, said no jobs would go. Cllr Rupert Vance, "
            "who chairs the scrutiny committee, has asked to see the plans, but Mr Thelwall said they "
            "were sound. \"Nobody is losing a post,\" he said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Marcus Thelwall"]
