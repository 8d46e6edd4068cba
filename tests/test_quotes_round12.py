"""Quote boundaries and missed quotes of issue 13's twelfth round: patterns of British local
news read in UK set 18 and the development sets (a plural possessive against a closing single
mark, clause-only cues, labels, terms, council reports, a partial quote reported after its
comma). Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quote_with


def texts(nlp, text: str) -> list[str]:
    return [q["text"] for q in nlp(text)._.quotes]


# -- scanning: a single mark after an "s" before a preposition closes the quote -------------

def test_a_closing_mark_after_s_before_a_preposition_closes(nlp_pipeline):
    text = ("The inspection, carried out by Pellow Surveys for the council, found 'serious corrosion' "
            "across the steel frame and said the block should be 'closed until further notice'.")
    assert "serious corrosion" in texts(nlp_pipeline, text)
    assert quote_with(nlp_pipeline, text, "closed until")["text"] == "closed until further notice"


def test_a_closing_mark_before_of_closes(nlp_pipeline):
    text = ("Cllr Nadia Brook said she had heard from 'hundreds' of families. She said: 'People cannot "
            "wait until the spring for an answer.'")
    assert quote_with(nlp_pipeline, text, "hundreds")["text"] == "hundreds"


def test_a_plural_possessive_stays_inside_the_quote(nlp_pipeline):
    # guard: "governors' meetings" is a possessive followed by its noun, not a close
    text = "Parent Leah Moss said the trust had 'ignored the governors' meetings for a year'."
    assert quote_with(nlp_pipeline, text, "ignored")["text"] == "ignored the governors' meetings for a year"


# -- cues that report a partial quote inside their own clause -------------------------------

def test_blamed_reports_the_words_it_governs(nlp_pipeline):
    text = "The caterer's managing director, Owen Pryce, blamed 'a national shortage of kitchen staff' for the closures."
    assert quote_with(nlp_pipeline, text, "kitchen staff")["speaker"] == "Owen Pryce"


def test_accepted_that_reports_the_quote_in_its_clause(nlp_pipeline):
    text = ("Gail Rowntree, the firm's regional manager, accepted that the changeover had been "
            "'far bumpier than any of us expected'.")
    assert quote_with(nlp_pipeline, text, "bumpier")["speaker"] == "Gail Rowntree"


def test_accepted_an_offer_reports_no_words(nlp_pipeline):
    # guard: "accepted" without a that-clause is not a cue
    text = "Cleaners at the school accepted a 'one-off' payment last week."
    assert "one-off" not in texts(nlp_pipeline, text)


def test_found_with_the_quote_as_its_object(nlp_pipeline):
    text = ("Governors at Marsh Lane School were told of the survey last week.\n\n"
            "The survey, carried out by Kestrel Structural Ltd for the trust, found 'widespread damp' in "
            "the older classrooms.")
    assert quote_with(nlp_pipeline, text, "widespread damp")["speaker"] == "Kestrel Structural Ltd"


# -- labels and names --------------------------------------------------------------------

def test_calling_a_scheme_something_is_a_quote(nlp_pipeline):
    text = 'Cllr Hugh Barraclough called the scheme "a shambles" and "an insult to parents".'
    found = {q["text"]: q["speaker"] for q in nlp_pipeline(text)._.quotes}
    assert found == {"a shambles": "Hugh Barraclough", "an insult to parents": "Hugh Barraclough"}


def test_a_scheme_named_in_quotes_is_still_a_title(nlp_pipeline):
    # guard: a quoted name right after "scheme" with no labelling verb is a title
    text = "Cllr Hugh Barraclough said the council's scheme 'Ready Steady Read' had reached 400 children."
    assert texts(nlp_pipeline, text) == []


def test_a_quoted_noun_phrase_before_a_noun_is_a_name(nlp_pipeline):
    text = ("Janet Oakes, who runs the kitchens, said the firm had brought in a 'meal of the month' "
            "prize and was 'looking hard' at wages.")
    assert texts(nlp_pipeline, text) == ["looking hard"]


def test_a_quoted_adjective_before_a_noun_is_speech(nlp_pipeline):
    # guard: a quoted adjective modifying a noun is the speaker's word
    text = "Cllr Ann Pope said the 'chaotic' payroll contract had let staff down."
    assert quote_with(nlp_pipeline, text, "chaotic")["speaker"] == "Ann Pope"


def test_the_second_placard_of_a_list(nlp_pipeline):
    text = "Outside the gates one placard read 'Our school is not a business', another 'Kids before profit'."
    assert texts(nlp_pipeline, text) == []  # a placard's words are no one's (signs.py)


# -- reporters the parse or the sentence puts elsewhere ----------------------------------------

def test_a_name_before_a_whose_clause_says(nlp_pipeline):
    text = ("Dawn Petrakis, whose twin daughters have had nine supply teachers this year, said she had "
            "'given up counting'.")
    assert quote_with(nlp_pipeline, text, "given up counting")["speaker"] == "Dawn Petrakis"


def test_a_partial_quote_reported_after_its_comma(nlp_pipeline):
    text = ("Rhodri Vance, for the academy trust, told the tribunal the manager had known about the rota. "
            "She \"could have raised it at any supervision\", he said.")
    assert quote_with(nlp_pipeline, text, "any supervision")["speaker"] == "Rhodri Vance"


def test_a_report_to_cabinet_speaks_for_the_council(nlp_pipeline):
    text = ("Wenford County Council is reviewing its home-to-school transport.\n\n"
            "A report to cabinet says a new contract would give families 'a more reliable service' at lower cost.")
    q = quote_with(nlp_pipeline, text, "more reliable")
    assert q["speaker"] == "Wenford County Council"
    assert q["confidence"] < 0.9  # a document's issuer is not sure evidence


def test_was_quoted_as_saying_gives_the_passive_subject(nlp_pipeline):
    text = ("In your report the chair of governors, Mrs Ellery, was quoted as saying staff were "
            "'stretched to the limit'. I see it differently.")
    assert quote_with(nlp_pipeline, text, "stretched")["speaker"] == "Ellery"


def test_a_grade_far_from_its_grading_verb(nlp_pipeline):
    text = ("The report judged the quality of education, behaviour and attitudes, and leadership all to be "
            "'inadequate'. Inspectors said lessons were 'often disrupted'.")
    assert texts(nlp_pipeline, text) == ["often disrupted"]


def test_a_relative_clause_after_a_quoted_term_reports_nothing(nlp_pipeline):
    # guard: ", which the union says ..." is about the quoted term, not its reporter
    text = ("The row is over the trust's plan to rename lunchtime staff \"midday support assistant\", "
            "which Unison says will cut their hours.")
    assert texts(nlp_pipeline, text) == []


def test_a_quoted_quantity_before_a_noun_is_speech(nlp_pipeline):
    # guard: "‘more than a dozen’ meetings" is the speaker's count, not a name
    text = "Cllr Jo Kilbride said she had sat through 'more than a dozen' meetings on the contract."
    assert quote_with(nlp_pipeline, text, "dozen")["speaker"] == "Jo Kilbride"


def test_a_category_a_system_gave_is_not_speech(nlp_pipeline):
    text = ("Dev Malik, the firm's contracts manager, accepted that the leak had been wrongly logged as "
            "'routine' by the helpdesk system.")
    assert texts(nlp_pipeline, text) == []


def test_words_said_after_a_grade_are_speech(nlp_pipeline):
    # guard: the grading verb is not above a quote reported by a later "said"
    text = ("Ofsted rated Hollins Park Academy as 'good' and said the number of pupils excluded each term "
            "was 'far too high'.")
    assert texts(nlp_pipeline, text) == ["far too high"]
