"""Speakers of issue 13's thirty-eighth round, the classes the fresh sets 45-48 showed:
singular "they" for a named person, a role before a name the parser read as a verb. Every
text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quotes_of


def _said(nlp, text):
    """(text, speaker) of each quote the pipeline finds in text."""
    return [(q["text"], q["speaker"]) for q in quotes_of(nlp, text)]


# -- singular "they" ---------------------------------------------------------------------------
def test_they_after_a_person_who_reports_someone_else(nlp_pipeline):
    # the councillor named in the reported words is not who "they" goes on with
    text = ("Club row\n\nRobin Ashe, who runs the youth club and whose two sons play there, said Cllr Denby "
            "had \"never once asked\" how it worked. They said: \"We found out from the local paper, like "
            "everyone else.\"")
    assert [s for _, s in _said(nlp_pipeline, text)] == ["Robin Ashe", "Robin Ashe"]


def test_they_past_plural_things_and_a_they_before(nlp_pipeline):
    # plural things ("years", "players" in a phrase) are no group speaking; the "they" of
    # the sentence before is the same person
    text = ("Supply\n\nNot everyone agrees. Kit Morgan spent six years as a dinner supervisor and now runs a "
            "netball club for local girls with more than 300 players. They say the same worries come up "
            "each season.\n\n'Nobody ever asks the staff what works,' they say. 'Then they wonder why people "
            "leave.'")
    assert [s for _, s in _said(nlp_pipeline, text)] == ["Kit Morgan"]


def test_they_after_a_person_meeting_a_group_is_not_the_person(nlp_pipeline):
    # guard: a plural group as the object of the sentence before may be who "they" means
    text = ("Talks\n\nCasey Orme spoke to the governors on Monday evening. 'We will not sign this,' they told "
            "the meeting.")
    assert [s for _, s in _said(nlp_pipeline, text)] != ["Casey Orme"]


def test_they_after_a_group_subject_is_not_the_person_named(nlp_pipeline):
    # guard: a plural subject of the main clause keeps "they" plural
    text = ("Walkout\n\nThe cleaners, led by Casey Orme, walked out at noon. 'We have had enough,' they said.")
    assert [s for _, s in _said(nlp_pipeline, text)] != ["Casey Orme"]


# -- a role before the name read as a verb -----------------------------------------------------
def test_role_read_as_a_verb_before_the_name(nlp_pipeline):
    text = ("Walkout\n\nSeveral classes were sent home, and the council said it expected 'serious delays' "
            "across the week.\n\nOutside Holmfield Junior School this morning, teaching assistant Sam Ridley "
            "said they had 'never wanted to strike' in 19 years in the job.\n\n'I'm out here because I "
            "can't afford not to be,' they said.")
    said = _said(nlp_pipeline, text)
    assert ("never wanted to strike", "Sam Ridley") in said
    assert said[-1][1] == "Sam Ridley"


def test_role_read_as_a_verb_before_a_partial_quote(nlp_pipeline):
    text = ("Cuts\n\nAt the gates on Friday, teaching assistant Morwenna Hale said the cuts were 'the last "
            "straw' for her colleagues.")
    assert _said(nlp_pipeline, text) == [("the last straw", "Morwenna Hale")]


# -- he/she for a person just introduced, past the current speaker ------------------------------
def test_he_after_a_newcomer_past_a_sentence_going_on_about_him(nlp_pipeline):
    text = ("Waiting\n\n'It took a year to get a plan for my son,' said Gareth Dyer.\n\n"
            "Owain Pryce, whose two boys attend Brookside School, waited 40 weeks. Like Mr Dyer, he has "
            "appealed to the council.\n\n"
            "'Nobody should have to fight this hard,' he said.")
    assert _said(nlp_pipeline, text)[-1] == ("Nobody should have to fight this hard,", "Owain Pryce")


def test_he_does_not_jump_to_a_newcomer_past_a_sentence_about_someone_else(nlp_pipeline):
    # guard: the sentence between goes on about the current speaker, not the newcomer
    text = ("Waiting\n\n'It took a year to get a plan for my son,' said Gareth Dyer.\n\n"
            "Owain Pryce, whose two boys attend Brookside School, waited 40 weeks. Mr Dyer, by contrast, "
            "waited a full year, and he has since appealed.\n\n"
            "'Nobody should have to fight this hard,' he said.")
    assert _said(nlp_pipeline, text)[-1][1] != "Owain Pryce"


def test_her_son_in_a_description_states_no_gender_of_the_parent(nlp_pipeline):
    text = ("Strike day\n\nParent Maisie Thorley, walking her son to the gate for his maths exam, stops to "
            "talk to the pickets.\n\n'I'd rather lose a day than lose his teachers,' she says.")
    assert _said(nlp_pipeline, text) == [("I'd rather lose a day than lose his teachers,", "Maisie Thorley")]


def test_a_name_opening_with_a_verb_is_not_a_role(nlp_pipeline):
    # guard: "Keep Ferncombe Local" is a group's name, not the role "keep" before a name
    text = ("Library\n\nThe council said the branch would close in May.\n\nKeep Ferncombe Local said they "
            "would be 'watching every vote' the cabinet takes.")
    assert ("watching every vote", "Ferncombe Local") not in _said(nlp_pipeline, text)


# -- a partial quote under a verb that is no speech verb: the person doing it ---------------------
def test_partial_quote_of_what_a_person_planned(nlp_pipeline):
    # ("she" goes back to the name in the clause before it, "When Mabel Okafor ...")
    text = ("Retirement\n\nWhen Mabel Okafor first joined Hollybank Primary in 1992, she planned to stay "
            "'a year, maybe two'.")
    assert [(t, s) for t, s in _said(nlp_pipeline, text)] == [("a year, maybe two", "Mabel Okafor")]


def test_partial_quote_of_the_words_a_person_greeted_with(nlp_pipeline):
    text = ("Retirement\n\nEach morning Stanley Voss greeted the pupils at the gate with the words 'Best foot "
            "forward, everyone'.")
    assert _said(nlp_pipeline, text) == [("Best foot forward, everyone", "Stanley Voss")]


def test_partial_quote_under_a_passive_is_not_the_person_it_is_about(nlp_pipeline):
    # guard: "was remembered as" names who was remembered, not who remembered them
    text = ("Retirement\n\nThe former caretaker, Dennis Orme, was remembered at the service as 'the kindest "
            "man in Tarnbury'.")
    assert all(s != "Dennis Orme" for _, s in _said(nlp_pipeline, text))


def test_partial_quote_in_a_clause_with_its_own_subject_is_not_the_person(nlp_pipeline):
    # guard: the quote belongs to the clause whose subject is a thing, not to the person
    text = "Builders\n\nAnita Shaw believes the new hall will be 'ready by Easter at the latest'."
    assert all(s != "Anita Shaw" for _, s in _said(nlp_pipeline, text))


# -- a quoted summary of what the reporter was told is the reporter's ----------------------------
def test_quoted_noun_phrase_after_informed_by_is_the_reporters(nlp_pipeline):
    text = ("Claims\n\nHarwick District Council said it had been warned by its insurer of \"a sharp rise in "
            "claims\" over the winter.")
    assert _said(nlp_pipeline, text) == [("a sharp rise in claims", "Harwick District Council")]


def test_quoted_clause_of_what_an_agent_told_stays_the_agents(nlp_pipeline):
    # guard: words in a clause of what was told are the teller's, heard second-hand
    text = ("Claims\n\nMr Ames said he had been told by a planning officer that the scheme was \"as good as "
            "approved\".")
    assert all(s != "Ames" and s != "Mr Ames" for _, s in _said(nlp_pipeline, text))


def test_a_quoted_word_under_a_persons_verb_is_a_term(nlp_pipeline):
    # guard: one quoted word is a scare quote, not the person's words
    text = "Fraud\n\nThe court heard that Ms Lyle paid invoices for 'consultancy' into her own account."
    assert all(s != "Ms Lyle" and s != "Lyle" for _, s in _said(nlp_pipeline, text))


# -- an opening quote, and a person named by a first name only ----------------------------------
def test_opening_quote_of_a_person_named_by_first_name_only(nlp_pipeline):
    text = ("Dinners\n\n'By half twelve you have served four hundred meals and eaten none.'\n\n"
            "That is how Nadia, a dinner supervisor who has worked at three schools, explains her week. She "
            "asked us not to use her surname.\n\n'Nobody sees the tidying up afterwards,' she says.")
    assert _said(nlp_pipeline, text) == [
        ("By half twelve you have served four hundred meals and eaten none.", "Nadia"),
        ("Nobody sees the tidying up afterwards,", "Nadia")]


def test_opening_quote_of_the_subject_of_a_joined_clause(nlp_pipeline):
    text = ("Caretaker\n\n'Lights on, heating on, kettle on.'\n\nIt is 5.45am and Ron Pettifer is already "
            "unlocking the gates of Marsh Lane Primary School.")
    assert _said(nlp_pipeline, text) == [("Lights on, heating on, kettle on.", "Ron Pettifer")]


def test_opening_quote_is_not_a_first_name_that_is_a_word(nlp_pipeline):
    # guard: a capitalised word that is also a first name, as the next sentence's subject
    text = ("Village school\n\n'We need more time to find the pupils.'\n\nHope is fading for the village "
            "school, which has 31 pupils.")
    assert all(s != "Hope" for _, s in _said(nlp_pipeline, text))


def test_quote_handed_back_by_those_words_came_from(nlp_pipeline):
    text = ("Picket\n\n'We are out here for the children,' said Lena Hartley, a maths teacher.\n\n"
            "'The board says this is about savings. Our members know better.'\n\n"
            "Those words came from Idris Penhale, the union's regional officer, who spoke at the gates.")
    assert _said(nlp_pipeline, text)[-1] == ("The board says this is about savings. Our members know better.",
                                             "Idris Penhale")

