"""House styles of news written by others (issue 13, fourth round): readers' comments signed
with a dash on lines of their own, a closing mark typed as the opener, names the entity model
ran on into a headline, sentence bounds at titles and initials, pronouns for groups.
Every text is written for this file; each test fails when its rule is taken out.
`nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.components.paragraphs import paragraph_spans
from nlp.components.person_names import titles_and_ents
from nlp.components.quoting.scan import scan_groups


def found(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in nlp(text)._.quotes]


def test_long_lines_are_paragraphs_though_they_end_with_a_name():
    comment = "“The ferry timetable changed again without any notice, and the buses do not meet it any more.” ― "
    text = "What readers told us\n\n" + comment + "Ada Brinkworth\n" + comment + "Leo Marsh\n" + comment + "Ina Pol"
    assert len(paragraph_spans(text)) == 4


def test_hard_wrapped_prose_stays_one_paragraph():
    text = ("Title\n\nThe harbour board met on Monday and agreed\nto look again at the ferry timetable, which\n"
            "has changed three times since the spring.")
    assert len(paragraph_spans(text)) == 2


def test_signed_comments_each_get_their_own_signature(nlp_pipeline):
    text = ("What readers told us\n\n“The ferry timetable changed again and nobody asked us.”\u00a0― Ada Brinkworth\u00a0\n"
            "“We were promised a later sailing on Sundays and it never came.” ― Leo Marsh.")
    assert found(nlp_pipeline, text) == [
        ("Ada Brinkworth", "The ferry timetable changed again and nobody asked us."),
        ("Leo Marsh", "We were promised a later sailing on Sundays and it never came."),
    ]


def test_a_closing_mark_typed_as_the_opener_opens():
    text = "Title\n\n”The pier has been closed for a year and nobody will say why.” ― Ada Brinkworth"
    groups = scan_groups(text, paragraph_spans(text))
    assert [[text[s.start:s.end] for s in g] for g in groups] == [
        ["The pier has been closed for a year and nobody will say why."]]


def test_a_closing_mark_after_words_still_closes():
    text = "Title\n\nShe called it “a disgrace” and left. The pier ” stays shut."
    groups = scan_groups(text, paragraph_spans(text))
    assert [[text[s.start:s.end] for s in g] for g in groups] == [["a disgrace"]]


def test_a_headline_name_stops_at_a_speech_verb(nlp_pipeline):
    # the entity model's mistake, written down: "Pellow Says Cornish" tagged as one PERSON
    words = ["Pellow", "Says", "Cornish", "-", "Language", "School", "Will", "Open"]
    doc = Doc(nlp_pipeline.vocab, words=words, tags=["NNP", "VBZ", "NNP", "HYPH", "NNP", "NNP", "MD", "VB"],
              pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "AUX", "VERB"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    ents, _, _ = titles_and_ents(doc)
    assert [e.text for e in ents if e.label_ == "PERSON"] == ["Pellow"]


def test_a_surname_that_is_a_verb_form_stays_in_the_name(nlp_pipeline):
    doc = Doc(nlp_pipeline.vocab, words=["Omar", "Said", "spoke"], tags=["NNP", "NNP", "VBD"],
              pos=["PROPN", "PROPN", "VERB"], ents=["B-PERSON", "I-PERSON", "O"])
    ents, _, _ = titles_and_ents(doc)
    assert [e.text for e in ents] == ["Omar Said"]


def test_a_long_quote_does_not_push_its_speaker_out_of_the_pronoun_window(nlp_pipeline):
    text = ("Pier fire\n\nGulls circled the pier on Monday. Crews came from Hayle. Tamsin Vosper ran along the "
            "rail shouting to the crew.\n\n“Get back. Get back now. The deck is going. The deck is going. Move. "
            "Please move,” she shouts.\n\nA minute later the boat turns for the slipway, and she says, “Bring it "
            "in slowly, all of you.”")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Tamsin Vosper", "Tamsin Vosper"]


def test_a_verb_in_a_relative_clause_does_not_split_an_interrupted_quote(nlp_pipeline):
    text = ("Gala\n\n“The harbour has had a hard winter, and the boats have stayed in,” Mr. Pellow said on Saturday "
            "at the lifeboat supper in Penzance, where Mrs. Trew also spoke. “Spring will bring the crabbers back.”")
    q = nlp_pipeline(text)._.quotes
    assert [(x["speaker"], len(x["spans"])) for x in q] == [("Pellow", 2)]


def test_the_organisation_named_before_a_document_issued_it(nlp_pipeline):
    text = ("Inspection\n\nThe Ofsted report on Marsh Lane Academy was published on Friday.\n\n"
            "\"Pupils are safe and leaders have acted quickly since the last visit,\" the Ofsted report stated.")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Ofsted"]


def test_an_adverb_of_the_cue_is_not_part_of_a_spokesperson_phrase(nlp_pipeline):
    text = "Kitchen contract\n\nA spokesperson for the Weald Learning Trust later added that staff would be ‘fully consulted’."
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["spokesperson for the Weald Learning Trust"]


def test_a_subject_inside_the_quote_does_not_hide_the_name_after_the_cue(nlp_pipeline):
    # the parser reads "... schools that other sponsors would not,' said" as one clause
    text = ("Pay row\n\n'Marcus has led the trust through a period of significant growth, taking on four schools "
            "that other sponsors would not,' said chair of trustees Helen Varley. 'The board is confident the "
            "package is fair.'")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Helen Varley"]


def test_an_opening_quote_is_the_words_of_the_person_the_next_sentence_is_about(nlp_pipeline):
    text = ("Walkout over merger\n\n'Our teachers know every one of us by name. The new campus will be three "
            "times the size.'\n\nTwelve-year-old Ffion Drury was one of about 40 pupils who stood "
            "outside Gullhaven Free School on Friday.")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Ffion Drury"]


def test_a_quote_later_in_the_story_is_not_handed_to_the_next_sentence_subject(nlp_pipeline):
    text = ("Walkout over merger\n\nPupils stood outside Gullhaven Free School on Friday.\n\n"
            "'Our teachers know every one of us by name. The new campus will be three times the size.'\n\n"
            "Ffion Drury was one of about 40 pupils at the gates.")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == [None]


def test_a_message_before_a_colon_is_its_owners(nlp_pipeline):
    text = ("Pool closure\n\nWith parents worried about the cost, Cllr Jan Pellow is sending the cabinet a "
            "simple message: 'Keep the lido open for one more summer.'\n\nThe pool closes in May.")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Jan Pellow"]


def test_a_later_part_of_the_paragraph_keeps_the_speaker_of_the_part_before(nlp_pipeline):
    text = ("Ferry vote\n\n\"The timetable has to be settled before Easter. That is the whole of it,\" Marsh said "
            "on Monday, speaking at the harbour board in Penzance where the mayor also spoke last year. "
            "\"The crews need to know their shifts.\"")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Marsh", "Marsh"]


def test_asking_someone_is_a_second_cue_that_splits_the_quote(nlp_pipeline):
    text = ("Fair\n\n“The lanterns stay lit till midnight,” Dawn Pascoe sings to the crowd before telling them, "
            "“Mind the steps by the quay.”")
    assert [(q["speaker"], len(q["spans"])) for q in nlp_pipeline(text)._.quotes] == [("Dawn Pascoe", 1), ("Dawn Pascoe", 1)]


def test_a_role_misread_as_a_verb_leaves_the_name_the_speaker(nlp_pipeline):
    # the parser reads "lead" as a verb whose subject is the name, hung on "said"
    text = ("Grounds\n\nCllr Ruth Eversley, lead councillor for education, said the council had “seen this coming” "
            "and had a plan in place.")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Ruth Eversley"]


def test_a_petition_speaks_for_the_person_who_started_it(nlp_pipeline):
    text = ("Grounds\n\nThe petition, started by parent Jodie Marsden, says the school is “thriving as it is” and "
            "accuses governors of “a decision made behind closed doors”.")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Jodie Marsden", "Jodie Marsden"]


def test_a_double_barrelled_surname_stays_whole(nlp_pipeline):
    # the entity model's mistake, written down: "Carys Pryce" of "Carys Pryce-Jenkins"
    doc = Doc(nlp_pipeline.vocab, words=["Carys", "Pryce", "-", "Jenkins", "said", "so"], spaces=[True, False, False, True, True, False],
              tags=["NNP", "NNP", "HYPH", "NNP", "VBD", "RB"], pos=["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "ADV"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    ents, _, _ = titles_and_ents(doc)
    assert [e.text for e in ents] == ["Carys Pryce-Jenkins"]


def test_a_name_the_entity_model_missed_is_the_speaker_when_a_role_sets_it_off(nlp_pipeline):
    text = ("Library\n\nEllie Brannigan, a mum of two who uses the library's Tuesday rhyme-time sessions, said: "
            "'It's the only free thing left that's warm and open at ten o'clock in the morning. Where are we meant to go?'")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Ellie Brannigan"]


def test_a_double_barrelled_surname_after_a_title_stays_whole(nlp_pipeline):
    # the entity model missed the name: the title "Cllr" makes the words after it a name
    doc = Doc(nlp_pipeline.vocab, words=["Cllr", "Carys", "Pryce", "-", "Jenkins", "said", "so"],
              spaces=[True, True, False, False, True, True, False], tags=["NNP", "NNP", "NNP", "HYPH", "NNP", "VBD", "RB"],
              pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "ADV"], ents=["O"] * 7)
    ents, _, _ = titles_and_ents(doc)
    assert [e.text for e in ents] == ["Carys Pryce-Jenkins"]


def test_a_short_question_chanted_is_speech_not_a_name(nlp_pipeline):
    text = ("Toll\n\nThe bridge toll rose on Friday. Drivers queuing at the barrier shouted \"Who pays now?\" at "
            "the attendants.\n\nResidents used the word \"Hope\" on their banners.")
    # (a group's description is written in lower case: issue 13's twenty-third round)
    assert [(q["speaker"], q["text"]) for q in nlp_pipeline(text)._.quotes] == [("drivers", "Who pays now?")]


def test_they_added_after_a_person_of_unstated_gender_is_that_person(nlp_pipeline):
    text = ("Dinner staff\n\nCleaners and cooks at the trust have been told their hours will be cut.\n\nGMB organiser "
            "Alex Kaye, who represents many of the staff, said: \"Lunchtime supervisors are being told the trust "
            "cannot afford them.\"\n\nThey added that the union would be \"seeking urgent talks\" and had not ruled "
            "out a ballot.")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes] == ["Alex Kaye", "Alex Kaye"]


def test_they_added_after_a_man_is_the_group(nlp_pipeline):
    text = ("Dinner staff\n\nThe cooks met on Monday. Mr Alex Kaye, their organiser, said: \"The trust cannot afford "
            "us, it says.\"\n\nThe cooks said they would strike. They added that they were \"not going away\".")
    assert [q["speaker"] for q in nlp_pipeline(text)._.quotes][-1] != "Alex Kaye"
