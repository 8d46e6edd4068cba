"""Speakers of issue 13's fourteenth round: patterns of British local news read in UK set 20
and the development sets (names with a curly apostrophe, a councillor's party bracket taken
for a speaker, an inverted attribution with a role before the name, an organisation's name
cut short, a name inside an entity opening with titles). Every text is written for this
file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from nlp.components.apostrophes import straightened
from nlp.components.person_hyphens import hyphenated_people


def speaker_of(nlp, text: str, words: str) -> str | None:
    """The speaker of the one quote of `text` holding `words`."""
    quotes = [q for q in nlp(text)._.quotes if words in q["text"]]
    assert len(quotes) == 1, quotes
    return quotes[0]["speaker"]


# -- a name with an apostrophe, curly or straight --------------------------------------------

@pytest.mark.parametrize("mark", ["’", "'"])
@pytest.mark.parametrize("text, words, speaker", [
    ("Cllr O{m}Halloran said the closure was “a disgrace”.", "disgrace", "O{m}Halloran"),
    ("Ms D{m}Souza told the meeting: “We will not accept this.”", "not accept", "D{m}Souza"),
    ("‘We will fight this,’ said Councillor Brendan D{m}Arcy.", "fight this", "Brendan D{m}Arcy"),
    ("The plan was opposed by parents. Cllr Niamh O{m}Halloran said: ‘It is wrong.’", "wrong", "Niamh O{m}Halloran"),
])
def test_a_name_with_an_apostrophe_is_the_speaker_not_its_title(nlp_pipeline, mark, text, words, speaker):
    assert speaker_of(nlp_pipeline, text.format(m=mark), words) == speaker.format(m=mark)


@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_possessive_of_a_curly_name_still_gives_her(nlp_pipeline, mark):
    text = f"Cllr Aoife O{mark}Halloran’s motion was carried by the council. “This is a good day,” she said."
    assert speaker_of(nlp_pipeline, text, "good day") == f"Aoife O{mark}Halloran"


def test_a_curly_name_speaks_after_a_spokesperson(nlp_pipeline):
    text = ("A spokesperson for Avonford Council said it would reply in writing. Dr Liam O’Connor said the "
            "decision was ‘shameful’ and ‘taken in a hurry’.")
    assert speaker_of(nlp_pipeline, text, "shameful") == "Liam O’Connor"


def test_straightened_touches_only_names():
    assert straightened("O’Halloran") == "O'Halloran"
    assert straightened("D’Souza") == "D'Souza"
    # guards: a closing quote, a clitic, a contraction and a lower-case word keep their form
    for word in ("’", "’s", "n’t", "don’t", "o’clock", "Bede’s"):
        assert straightened(word) == word


def test_the_text_keeps_its_curly_apostrophes(nlp_pipeline):
    doc = nlp_pipeline("Cllr O’Halloran said the closure was “a disgrace”.")
    assert doc.text.startswith("Cllr O’Halloran")
    assert [p["name"] for p in doc._.people] == ["O’Halloran"]


# -- a councillor's party bracket is not a speaker -------------------------------------------

def test_she_after_a_party_bracket_is_the_councillor(nlp_pipeline):
    # the parser makes the party ("Dem") the subject of "said": it stands for the name before
    # the bracket, and is never a he/she candidate of its own
    text = ("Headline about a committee\n\n"
            "A row over a £3m bus contract dominated a meeting of Harlow Vale County Council’s scrutiny "
            "committee on Monday.\n\n"
            "The council awarded the deal to Greyline Travel in June after its previous operator pulled out.\n\n"
            "Cllr Efua Mensah-Bonsu (Lib Dem, Fenwick East), who chairs the committee, said families had been "
            "“left in the dark” over the changes.\n\n"
            "“Some children waited an hour in the rain,” she said. “That cannot happen again.”")
    assert speaker_of(nlp_pipeline, text, "waited an hour") == "Efua Mensah-Bonsu"


# -- an inverted attribution with a role before the name -------------------------------------

def test_says_head_cook_name_is_the_speaker(nlp_pipeline):
    text = ("‘We got the letter on a Friday,’ says head cook Pauline Greatbatch, 61, who has worked at the "
            "school since 1991. ‘I read it in the car park.’")
    assert speaker_of(nlp_pipeline, text, "got the letter") == "Pauline Greatbatch"


def test_a_cue_with_its_own_subject_still_reports_its_clause(nlp_pipeline):
    # guard: "Staff said head cook X had ..." is not X speaking the quote before it
    text = ("The kitchen closed on Friday. “We were given no notice at all,” one parent said. Staff said head "
            "cook Jo Bellingham had been moved to another school.")
    assert speaker_of(nlp_pipeline, text, "no notice") == "one parent"


# -- an organisation's name cut short by the entity model ------------------------------------

def test_an_organisation_speaks_under_its_whole_name(nlp_pipeline):
    text = ("Headline about an outage\n\n"
            "Staff at the trust's nine schools could not open shared files after a failure at Quillon "
            "Digital's data centre.\n\n"
            "Quillon Digital said in a statement that a power fault had affected “a small number of clients”.")
    assert speaker_of(nlp_pipeline, text, "small number") == "Quillon Digital"


# -- a name inside an entity that opens with titles ------------------------------------------

def test_the_rt_hon_name_is_a_person_for_she(nlp_pipeline):
    text = ("Headline about an academy order\n\n"
            "The Rt Hon Margaret Fenwick-Shaw, MP for Dunmore and Vale, has written to the education "
            "secretary asking for the order to be paused.\n\n"
            "In the letter, published on her website, she says the process has been “conducted behind "
            "closed doors”.")
    assert speaker_of(nlp_pipeline, text, "behind closed doors") == "Margaret Fenwick-Shaw"


def test_a_role_before_a_double_barrelled_name_makes_a_person(nlp_pipeline):
    # the entity model read the name as an organisation; "Siobhan" is no first name the
    # lexicon knows, so the lower-case role before it is the evidence
    words = ["The", "headteacher", "Siobhan", "Fennimore", "-", "Quinn", "said", "so", "."]
    doc = Doc(nlp_pipeline.vocab, words=words, spaces=[True, True, True, False, False, True, True, False, False])
    found = hyphenated_people(doc, [Span(doc, 2, 6, label="ORG")])
    assert [(e.text, e.label_) for e in found] == [("Siobhan Fennimore-Quinn", "PERSON")]


def test_a_name_inside_an_entity_opening_with_titles_is_a_person(nlp_pipeline):
    words = ["The", "Rt", "Hon", "Margaret", "Fenwick", "-", "Shaw", "wrote", "."]
    doc = Doc(nlp_pipeline.vocab, words=words, spaces=[True, True, True, True, False, False, True, False, False])
    found = hyphenated_people(doc, [Span(doc, 0, 7, label="WORK_OF_ART")])
    assert [(e.text, e.label_) for e in found] == [("Margaret Fenwick-Shaw", "PERSON")]
    # guard: an organisation with a title-like first word stays one
    words = ["Canon", "Hill", "Academy", "Trust", "said", "so", "."]
    doc = Doc(nlp_pipeline.vocab, words=words, spaces=[True, True, True, True, True, False, False])
    found = hyphenated_people(doc, [Span(doc, 0, 4, label="ORG")])
    assert [(e.text, e.label_) for e in found] == [("Canon Hill Academy Trust", "ORG")]


# -- police ranks are titles ------------------------------------------------------------------

def test_a_police_rank_is_a_title_not_part_of_the_name(nlp_pipeline):
    text = "Det Sgt Mark Wellbeloved, of Harcombe Police, said the case had been “a long one”."
    assert speaker_of(nlp_pipeline, text, "a long one") == "Mark Wellbeloved"
