"""Quote spans of issue 13's third spans round (quotes-spans3): which stretches are quotes, on
patterns of British local news read in UK sets 27-30. Every text is written for this file.
`nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import headed_quote, headed_quotes, headed_texts


# -- a name a group gives a thing is not anyone's words --------------------------------------

def test_staff_nickname_for_a_shift_is_not_a_quote(nlp_pipeline):
    body = "Porters at the hospital school call the late round 'the graveyard lap'."
    assert headed_texts(nlp_pipeline, body) == []


def test_label_with_article_outside_after_bare_group_is_not_a_quote(nlp_pipeline):
    body = ("Brightway took over the canteens in April in what directors called a ‘menu reset’, "
            "cutting hot options to two a day.")
    assert headed_texts(nlp_pipeline, body) == []


def test_relative_clause_of_critics_naming_a_policy_is_not_a_quote(nlp_pipeline):
    body = ("Councillors approved a new charging policy for after-school clubs that opponents call "
            "the “sibling tax”.")
    assert headed_texts(nlp_pipeline, body) == []


def test_named_speaker_calling_something_stays_a_quote(nlp_pipeline):
    # guard: a named person's label is a quote
    body = "Cllr Rhona Vickery called the new charge ‘the sibling tax’ and said she would oppose it."
    assert headed_quote(nlp_pipeline, body, "sibling tax")["speaker"] == "Rhona Vickery"


def test_group_verdict_with_its_own_article_stays_a_quote(nlp_pipeline):
    # guard: a group's verdict, "a ..." inside the marks, is still their words
    body = "Parents called the decision to close the nursery ‘a betrayal’ at Monday's meeting."
    assert "a betrayal" in headed_texts(nlp_pipeline, body)


# -- signs read out ---------------------------------------------------------------------------

def test_sign_read_out_after_a_colon_is_no_quote(nlp_pipeline):
    body = ("08:40 The site is quiet for now. A sign pinned to the fence reads: 'Exams Today - "
            "Use Gate C'.")
    assert headed_texts(nlp_pipeline, body) == []


def test_placards_listed_are_no_quotes(nlp_pipeline):
    body = ("Around 50 parents stood outside County Hall holding placards reading “Keep Marsh Lane "
            "Open” and “Our village needs its school”.")
    assert headed_texts(nlp_pipeline, body) == []


def test_lone_title_case_banner_stays_a_title(nlp_pipeline):
    # guard: a lone slogan in Title Case (the sets annotate it both ways) is left out
    body = "Parents gathered at the gate with a banner reading ‘Hands Off Marsh Lane’ on Friday."
    assert "Hands Off Marsh Lane" not in headed_texts(nlp_pipeline, body)


# -- an inverted attribution the parser misreads -----------------------------------------------

def test_exclamation_then_shouted_by_a_named_person(nlp_pipeline):
    body = "'Shame on them!' shouted Gwen Pritchard from the back of the hall."
    q = headed_quote(nlp_pipeline, body, "Shame on them")
    assert q["speaker"] == "Gwen Pritchard"


# -- a document's verb read as a noun between two parts of one quote -----------------------------

def test_minutes_state_between_two_parts_is_one_quote(nlp_pipeline):
    body = ("'The committee was not told of the second contract and did not sign it off,' the minutes "
            "state. 'An audit of all spending over £10,000 has been ordered.'")
    quotes = headed_quotes(nlp_pipeline, body)
    assert len(quotes) == 1 and len(quotes[0]["spans"]) == 2


# -- a statement issued by someone -----------------------------------------------------------

def test_partial_quote_from_a_statement_an_organisation_issued(nlp_pipeline):
    body = ("The NAHT has issued a statement saying heads in the county will ‘stand by every school "
            "affected’ by the cuts.")
    q = headed_quote(nlp_pipeline, body, "stand by every school")
    assert q["speaker"] in {"NAHT", "the NAHT"}


# -- a name the entity model misreads before "whose" -------------------------------------------

def test_name_before_whose_clause_speaks_a_partial_quote(nlp_pipeline):
    body = ("Mother-of-two Leanne Dobbs, whose son Alfie, nine, travels to Oakridge School, said the "
            "year had been 'exhausting'.")
    q = headed_quote(nlp_pipeline, body, "exhausting")
    assert q["speaker"] == "Leanne Dobbs"


def test_statement_calling_on_someone_quotes_a_term_not_its_words(nlp_pipeline):
    # guard: "a statement calling on X to drop its ‘...’" names a thing
    body = ("Three teaching unions have issued a joint statement calling on the trust to drop its "
            "'learning walks' next term.")
    assert "learning walks" not in headed_texts(nlp_pipeline, body)
