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
            "The cabinet member shot back: \"The opposition voted for every one of these routes.\"")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Basil Ormerod", "Winifred Stannard"]


def test_a_person_introduced_right_before_the_quote_is_he(nlp_pipeline):
    text = ("Volunteers spent the weekend clearing mud from the Holmbrook community centre.\n\n"
            "Warden Desmond Ashcroft, who has run the centre for a decade, said the damage was the worst "
            "he had seen. \"The floor will have to come up,\" he said.\n\n"
            "Ivor Tremlett, who lives next door, was up all night lifting his sofa onto bricks beside "
            "Mr Ashcroft. \"We were still bailing at dawn,\" he said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Desmond Ashcroft", "Ivor Tremlett"]


def test_a_newcomer_does_not_take_a_quote_when_someone_else_speaks_after(nlp_pipeline):
    text = ("The trust's plan to share receptionists between schools has drawn criticism.\n\n"
            "Marcus Thelwall, the trust's chief executive, said no jobs would go. Cllr Rupert Vance, "
            "who chairs the scrutiny committee, has asked to see the plans, but Mr Thelwall said they "
            "were sound. \"Nobody is losing a post,\" he said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Marcus Thelwall"]


def test_a_passage_of_she_quotes_keeps_its_speaker_past_the_window(nlp_pipeline):
    text = ("A video filmed on a phone shows the moments before the arrest.\n\n"
            "Philippa Marchbank can be heard calling to the officers from across the road.\n\n"
            "\"Leave him alone,\" she says. \"He has done nothing. He has done nothing.\"\n\n"
            "She then walks closer, still filming, as more cars arrive. The picture shakes and turns "
            "to the pavement. Traffic noise drowns out most of the words. A siren starts somewhere "
            "behind the houses. Two officers step into the frame.\n\n"
            "\"Why are you doing this?\" she shouts while crossing the street.\n\n"
            "By then a small crowd has gathered at the corner. A dog barks. A bus goes past. Someone "
            "asks what is happening. Nobody answers.\n\n"
            "\"Let him go,\" she said. \"Please let him go. He is my brother.\"")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Philippa Marchbank"] * 3


def test_a_quote_interrupted_by_she_said_is_one_quote(nlp_pipeline):
    text = ("Residents returned to the estate on Friday.\n\n"
            "Gwendolyn Aspey was among them. The water had reached her kitchen. The carpets were "
            "ruined. Her freezer had floated into the hall. The garden wall had gone. The shed had "
            "gone with it. Her car would not start.\n\n"
            "\"It has to stop,\" she said. \"We cannot go through this every winter.\"")
    quotes = [q for q in nlp_pipeline("Headline for the story\n\n" + text)._.quotes]
    assert [len(q["spans"]) for q in quotes] == [2]


def test_a_judging_verb_reports_a_partial_quote(nlp_pipeline):
    text = ("The chief executive has answered the campaign's questions.\n\n"
            "Rosalind Featherby said every payment was in the published accounts. She dismissed those "
            "figures as \"wholly misleading\" and offered to meet the group.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Rosalind Featherby"]


def test_a_concessive_clause_does_not_report_the_speaker(nlp_pipeline):
    text = ("The transport contract will be reviewed.\n\n"
            "Cllr Millicent Oakes said she was glad of the review, though Cllr Harriet Lund had told the "
            "leader she wanted one months ago. \"Let us have it on the facts,\" she said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Millicent Oakes"]


def test_a_one_word_name_beginning_an_organisation_named_earlier_is_that_organisation(nlp_pipeline):
    for name in ("Osprey", "Merlin"):  # read as a person's name, and as an organisation of its own
        text = (f"Thornvale County Council has handed its school improvement service to {name} Education "
                f"Partners in a three-year deal.\n\nAbout 20 council staff will transfer to {name} in April.\n\n"
                f"{name} said in a statement: \"Our team is ready to support every school in the county.\"")
        assert attributions(nlp_pipeline, text) == [(f"{name} Education Partners", f"{name} Education Partners")]


def test_a_quote_after_a_sentence_with_a_quoted_word_and_a_pronoun_subject(nlp_pipeline):
    text = ("The head of Fennick Primary has defended the school's move into a trust.\n\n"
            "Bartholomew Crane said the decision had been about money. \"The roof alone would have "
            "cost us a year's budget,\" he said.\n\n"
            "He is frank about what was lost. \"We gave up some freedom. I won't pretend otherwise.\"\n\n"
            "He called the first term \"bumpy\" and said staff had settled. \"Nobody has left, and "
            "that tells you something.\"")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Bartholomew Crane"] * 4


def test_the_judge_is_the_person_titled_judge_earlier(nlp_pipeline):
    text = ("A school cook has won her claim against the catering firm that dismissed her.\n\n"
            "Employment Judge Cordelia Vance ruled that the sacking was unfair.\n\n"
            "\"The company did not consider any lesser sanction before dismissing her,\" the judge wrote.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Cordelia Vance"]
