"""British local-news styles of attribution (issue 13, fifth round): titles written with a
full stop, vox pops signed after a dash, a quote after a sentence about its speaker,
inspectors speaking for the inspectorate, role nouns, documents and their issuers. Every
text is written for this file; each test fails when its rule is taken out. `nlp_pipeline`
is the fixture in conftest.py."""
from __future__ import annotations


def attributions(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(q["speaker"], q["speaker_org"]) for q in nlp("Headline for the story\n\n" + text)._.quotes]


def test_a_title_with_a_full_stop_keeps_the_name_whole(nlp_pipeline):
    text = ("Plans for Fenwick Road Academy were debated at the town hall.\n\n"
            "“We have waited long enough for a decision on the roof,” said Coun. Mabel Trotter, who "
            "represents Upper Lea ward. “The children deserve better.”")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Mabel Trotter"]


def test_a_vox_pop_signed_after_a_dash_with_a_name_the_model_misses(nlp_pipeline):
    text = ("Thornbury Learning Trust runs nine schools.\n\n"
            "'The heating failed twice in a single week last winter' - Dominic Varga, whose daughter is in Year 5.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Dominic Varga"]


def test_a_quote_after_a_sentence_about_its_speaker_in_the_same_paragraph(nlp_pipeline):
    text = ("Thornbury Learning Trust runs nine schools.\n\n"
            "Josephine Akande, a parent governor at one of them, was less sure. \"Nobody has shown us the "
            "figures for the new contract yet.\"")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Josephine Akande"]


def test_inspectors_and_their_report_speak_for_the_inspectorate(nlp_pipeline):
    text = ("Haldon Primary was rated 'requires improvement' by Ofsted last year.\n\n"
            "Inspectors said leaders had 'not done enough' to improve reading.\n\n"
            "The report, published on Friday, also said pupils were 'kind and courteous'.")
    assert attributions(nlp_pipeline, text) == [("Ofsted", "Ofsted"), ("Ofsted", "Ofsted")]


def test_a_named_inspector_is_a_person_not_the_inspectorate(nlp_pipeline):
    text = ("Haldon Primary was inspected by Ofsted in May.\n\n"
            "Lead inspector Gareth Pollard said: “Pupils here are safe and well looked after.”")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Gareth Pollard"]


def test_a_role_owned_by_the_union_goes_to_the_person_introduced_in_it(nlp_pipeline):
    text = ("UNISON's area organiser, Bronwen Tasker, said members at the three schools were angry.\n\n"
            "'We were promised that nothing would change for the cleaning staff,' the union's area organiser added.")
    assert attributions(nlp_pipeline, text) == [("Bronwen Tasker", "UNISON")]


def test_a_two_word_role_noun_goes_to_its_earlier_holder_not_the_last_name(nlp_pipeline):
    text = ("The committee's chairman, Cllr. Ravi Menon, opened the meeting on Tuesday.\n\n"
            "Head teacher Ruth Allonby said the school could not afford the repairs.\n\n"
            "\"We will want to see the final contract before anything is signed,\" the committee chairman said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Ravi Menon"]


def test_the_party_name_refers_back_to_the_councillor(nlp_pipeline):
    text = ("The scrutiny committee met on Tuesday, where Cllr Gordon Felgate called the increase 'excessive'.\n\n"
            "'Families are struggling and the trust is paying its boss more,' the Liberal Democrat told the meeting.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Gordon Felgate", "Gordon Felgate"]


def test_a_document_speaks_for_whoever_sent_published_or_started_it(nlp_pipeline):
    sent = ("The letter, sent to MPs on Monday by the Lowmoor Heads' Association, says: "
            "'We are running out of things to cut.'")
    assert attributions(nlp_pipeline, sent) == [("Lowmoor Heads' Association", "Lowmoor Heads' Association")]
    published = ("Dearne Valley Learning Trust was issued with a warning, according to a notice published by "
                 "the Department for Education.\n\nThe notice said the trust had 'failed to control its spending'.")
    assert [s for s, _ in attributions(nlp_pipeline, published)] == ["Department for Education"]
    started = "The petition, started by parent Mandy Okoro, says the school is 'fine as it is'."
    assert [s for s, _ in attributions(nlp_pipeline, started)] == ["Mandy Okoro"]


def test_its_document_and_an_organisations_own_report(nlp_pipeline):
    its = "Rushmere Borough Council wants to cut bus passes.\n\nIts consultation document says the scheme is 'no longer affordable'."
    assert [s for s, _ in attributions(nlp_pipeline, its)] == ["Rushmere Borough Council"]
    compound = "A council report said the change would give Harlow District Council \"more control over quality\"."
    assert [s for s, _ in attributions(nlp_pipeline, compound)] == ["Harlow District Council"]


def test_an_academy_trusts_board_speaks_as_the_trust_and_another_board_does_not(nlp_pipeline):
    trust = ("Mossgate Academies Trust runs eleven schools.\n\n"
             "In a statement, the board said it had \"full confidence in the chief executive and her team\".")
    assert attributions(nlp_pipeline, trust) == [("Mossgate Academies Trust", "Mossgate Academies Trust")]
    club = ("Brampton Rovers FC has a new owner.\n\n"
            "In a statement, the board said: \"We have full confidence in the manager and his staff.\"")
    assert "Mossgate" not in str(attributions(nlp_pipeline, "Mossgate Academies Trust was founded in 2012. " + club))


def test_inverted_role_of_a_body_before_the_name(nlp_pipeline):
    text = ("Pay at Greyholt Academy Trust rose by 8 per cent.\n\n"
            "'Our chief executive has led the trust through a period of growth,' said chair of trustees "
            "Imogen Fairley. 'The board is confident the package is fair.'")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Imogen Fairley"]


def test_a_double_barrelled_surname_stays_whole(nlp_pipeline):
    text = ("Cllr Owain Price-Jenkins, the council's cabinet member for education, said the fault rate was "
            "\"higher than expected\".")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Owain Price-Jenkins"]


def test_a_vox_pop_descriptor_is_not_part_of_the_name(nlp_pipeline):
    doc = nlp_pipeline("Headline for the story\n\nParking charges in Kettlewick rise next month.\n\n"
                       "Shopper Doreen Malley, 71, told the Courier: \"I come in once a week for the market.\"")
    assert [p["name"] for p in doc._.people] == ["Doreen Malley"]


def test_they_after_a_name_the_model_missed_goes_to_the_council_not_that_person(nlp_pipeline):
    text = ("Shopper Doreen Malley, 71, told the Courier: \"I come in once a week for the market. I'll still come.\"\n\n"
            "Lidcombe Town Council, led by mayor Roy Dunn, said they had asked for the first hour to be free. "
            "\"We will keep making the case for our high street,\" they said.")
    got = attributions(nlp_pipeline, text)
    assert got[-1] == ("Lidcombe Town Council", "Lidcombe Town Council")


def test_a_singular_they_goes_to_the_person_speaking_and_is_not_sure(nlp_pipeline):
    text = ("GMB organiser Alex Kaye, who represents many of the affected staff, said: \"Lunchtime staff are "
            "being told the trust can't afford them.\"\n\n"
            "They added that the union would be \"seeking urgent talks\" and had not ruled out a ballot.")
    quotes = nlp_pipeline("Headline for the story\n\n" + text)._.quotes
    assert [q["speaker"] for q in quotes] == ["Alex Kaye", "Alex Kaye"]
    assert quotes[-1]["confidence"] < 0.9


def test_a_verb_with_a_clause_of_its_own_after_a_quote_does_not_attribute_it(nlp_pipeline):
    text = ("\"We will ask to see the figures before the cabinet decides,\" the committee chairman, Cllr Ravi Menon, "
            "said at the end of the meeting.\n\n"
            "A spokesperson for Tilbrook Learning Services Ltd said in a statement: \"We are proud to work with "
            "councils across the country and look forward to our new role.\" They said the company would "
            "'offer jobs' to the current team.")
    got = attributions(nlp_pipeline, text)
    org = "Tilbrook Learning Services Ltd"
    assert got[1:] == [(f"spokesperson for {org}", org)] * 2
