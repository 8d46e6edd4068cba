"""Speakers of issue 13's tenth round: patterns of British local news read in UK sets 15 and
16 (live blogs quoting a statement, councillors' brackets, parsers misreading appositions).
Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

def speaker_with(nlp, text: str, words: str) -> str | None:
    """The speaker the pipeline gives the quote holding `words`."""
    quotes = [q for q in nlp(text)._.quotes if words in q["text"]]
    assert len(quotes) == 1, quotes
    return quotes[0]["speaker"]


def test_it_reads_after_the_trust_sent_a_statement(nlp_pipeline):
    text = ("Teachers at Hollybank School, part of the Larchmere Learning Trust, walked out this morning.\n\n"
            "10:05 The trust has sent us a statement. It reads: \"We respect the right to strike. "
            "The school is open to Year 11.\"")
    assert speaker_with(nlp_pipeline, text, "respect the right") == "Larchmere Learning Trust"


def test_a_ward_in_a_councillors_bracket_is_not_a_person(nlp_pipeline):
    text = ("Committee chair Cllr Imran Saleem (Independent, Holme North) said the figures were "
            "\"deeply worrying\".")
    assert speaker_with(nlp_pipeline, text, "deeply worrying") == "Imran Saleem"
    assert {p["name"] for p in nlp_pipeline(text)._.people} == {"Imran Saleem"}


def test_the_party_in_a_bracket_is_not_a_person_and_the_role_after_it_counts(nlp_pipeline):
    text = ("Cllr Ruth Penhale (Lib Dem, Westgate), cabinet member for schools, said: \"The buses must run on time.\"\n\n"
            "Parent Sunil Varma said his son had waited an hour. \"Nobody told us anything,\" he said.\n\n"
            "The cabinet member said a review would follow. \"We will be judged on it,\" she added.")
    doc = nlp_pipeline(text)
    assert "Lib Dem" not in {p["name"] for p in doc._.people}
    assert speaker_with(nlp_pipeline, text, "judged on it") == "Ruth Penhale"


def test_father_as_a_title(nlp_pipeline):
    text = "Fr Declan Moody, who chairs the trust, wrote: \"I am proud of these schools.\""
    assert speaker_with(nlp_pipeline, text, "proud of these") == "Declan Moody"


def test_it_after_the_body_the_narrative_names(nlp_pipeline):
    text = ("The GMB has accused Fernhill Academies Trust of cutting cleaners' hours. In a post, the union said: "
            "\"This is a pay cut by the back door.\"\n\n"
            "The trust rejects that claim. In a statement, it said it was \"reviewing rotas\" and that no one would lose pay.")
    assert speaker_with(nlp_pipeline, text, "reviewing rotas") == "Fernhill Academies Trust"


def test_a_while_clause_reports_its_own_speaker(nlp_pipeline):
    text = ("Parent Gemma Holt said staff had 'spotted' her daughter's hearing loss early, "
            "while fellow parent Omar Siddiq described the plan as 'a done deal'.")
    assert speaker_with(nlp_pipeline, text, "a done deal") == "Omar Siddiq"


def test_staff_from_a_named_firm_speak_for_it(nlp_pipeline):
    text = ("Kitchens at six schools closed after the caterer collapsed.\n\n"
            "Administrators from Fairlie & Boyd said they were 'working urgently' to find a buyer.")
    assert speaker_with(nlp_pipeline, text, "working urgently") == "Fairlie & Boyd"


def test_a_newcomer_the_parser_made_the_root_is_she(nlp_pipeline):
    text = ("Cllr Helen Dacre said the decision was \"short-sighted\". \"We will regret this,\" she said.\n\n"
            "Janet Cobley, who has run the crossing outside Hill Top Primary for twelve years, watched from the gallery. "
            "Afterwards she said: \"Nobody asked us what we thought.\"")
    assert speaker_with(nlp_pipeline, text, "Nobody asked us") == "Janet Cobley"


def test_the_union_in_a_clause_about_the_speaker_is_not_the_speaker(nlp_pipeline):
    text = ("Danielle Parry worked at the school for nine years.\n\n"
            "Speaking outside the hearing, Ms Parry, who was supported by her union, UNISON, said: "
            "\"I loved that job.\"")
    assert speaker_with(nlp_pipeline, text, "loved that job") == "Danielle Parry"


def test_a_plain_statement_from_a_named_trust_still_reads_as_the_trust(nlp_pipeline):
    # guard: the named subject of a speech verb is unchanged
    text = "The Marshvale Learning Trust said in a statement: \"We are working with the council.\""
    assert speaker_with(nlp_pipeline, text, "working with the council") == "Marshvale Learning Trust"


def test_parents_who_said_the_council_failed_them_are_they(nlp_pipeline):
    # guard: an organisation inside a reported clause is not the they of the next sentence
    text = ("Brockley Council cut the school bus route in May.\n\n"
            "Parents at Hill Lane said the council had failed their children. They said: \"We were never asked.\"")
    assert speaker_with(nlp_pipeline, text, "never asked") != "Brockley Council"


def test_a_role_as_the_subject_of_the_sentence_before_is_she(nlp_pipeline):
    # guard for the role read from the sentence before (context.py, speaking_since): the
    # nearest main clause's subject, a role, is the speaker, not the cook quoted before
    text = ("Business manager Lorna Pike has run the school's contracts for a decade.\n\n"
            "Mrs Okafor, the cook, said: \"I feed three hundred children a day.\"\n\n"
            "The business manager is now advising four other schools on their contracts. "
            "\"It is not exciting work,\" she says, \"but it matters.\"")
    assert speaker_with(nlp_pipeline, text, "not exciting") == "Lorna Pike"


def test_singular_they_reported_of_themselves(nlp_pipeline):
    text = ("Support staff say they have been underpaid since Oakvale Borough Council moved its payroll to a new firm.\n\n"
            "Robin Ashdown-Kerr, a teaching assistant at Millbrook Primary School, said they had lost £300 since June. "
            "\"Every month something is wrong,\" they said.")
    assert speaker_with(nlp_pipeline, text, "Every month") == "Robin Ashdown-Kerr"


def test_they_after_a_person_reporting_a_group_is_not_that_person_when_gendered(nlp_pipeline):
    # guard: a person whose gender the text states is not "they"
    text = ("Oakvale Borough Council moved its payroll to a new firm in June.\n\n"
            "Mr Robin Ashdown, a teaching assistant, said they had all lost money. "
            "\"Every month something is wrong,\" they said.")
    assert speaker_with(nlp_pipeline, text, "Every month") != "Robin Ashdown"


def test_a_double_barrelled_name_read_as_an_organisation_is_she(nlp_pipeline):
    text = ("Kestrel Roofing was fined £40,000 at Eastfold Crown Court.\n\n"
            "Prosecuting on behalf of Eastfold Council, Rowena Blake-Tierney said the firm had shown "
            "\u201ca casual disregard\u201d for the safety of its workers.\n\n"
            "\u201cThe register was in the office, a few yards away,\u201d she told the court. \u201cNobody asked to see it.\u201d")
    assert speaker_with(nlp_pipeline, text, "The register") == "Rowena Blake-Tierney"


def test_a_first_name_inside_a_name_read_as_a_place(nlp_pipeline):
    # "Helen Mayhew-Jones" tagged as one place: "Helen" still opens the name (persons.py);
    # a place word before it ("Kent") does not
    from spacy.tokens import Doc

    from nlp.components.quoting.persons import _misread_name_word

    words = ["in", "Kent", "Helen", "Carver", "-", "Jones", "said"]
    doc = Doc(nlp_pipeline.vocab, words=words, tags=["IN", "NNP", "NNP", "NNP", "HYPH", "NNP", "VBD"],
              ents=["O", "B-GPE", "B-GPE", "I-GPE", "I-GPE", "I-GPE", "O"])
    assert _misread_name_word(doc[2], doc[5])
    assert not _misread_name_word(doc[1], doc[5])


def test_the_trusts_board_is_the_trust_after_another_body(nlp_pipeline):
    text = ("Larkfield Academies Trust is to close. The Department for Education will move its schools.\n\n"
            "The trust's board wrote to parents on Friday to say it was \"no longer financially viable\".")
    assert speaker_with(nlp_pipeline, text, "financially viable") == "Larkfield Academies Trust"
