"""Speakers of issue 13's forty-fifth round: speaker strings wrong in kind in the fresh sets
57-60. A thing as the speaker (a second subject the parser cut from a clause inside the real
one; a submission or an audit whose issuer the article names; a group speaking through a
letter someone named wrote or coordinated); a role or a body's noun where the text names the
holder ("The former head" after a sentence about the trust; "a spokeswoman for the
partnership"; "a branch spokeswoman"; "a company spokeswoman" and "the company" when the
business was read as a person); a name with debris (a live blog's time, a hyphenated first
name cut from its surname). Every text is written for this file. `nlp_pipeline` is the
fixture in conftest.py."""
from __future__ import annotations

from spacy.tokens import Span

from nlp.components.person_names import titles_and_ents
from tests.nlp_fixtures import quotes_of


def _speakers(nlp, text):
    return [q["speaker"] for q in quotes_of(nlp, text)]


def _orgs(nlp, text):
    return [q["speaker_org"] for q in quotes_of(nlp, text)]


# -- a thing as the speaker ----------------------------------------------------------------------
def test_a_clause_object_cut_off_as_a_second_subject_is_no_speaker(nlp_pipeline):
    text = ("Study\n\nA study into how the county funds transport, meals and clubs has found ‘deep "
            "inequalities’ across the district. The study was written by Dr Amara Quist of Bellfield University.")
    assert _speakers(nlp_pipeline, text) == ["Amara Quist"]


def test_an_audit_speaks_for_the_firm_that_carried_it_out(nlp_pipeline):
    text = ("Audit\n\nAn independent audit of how Ferrybridge Council spends transport, meals and clubs money "
            "has found ‘deep inequalities’ across the district.\n\nThe audit, carried out by Oakley Ross "
            "Partners and published on Monday, was ordered after complaints.")
    assert _speakers(nlp_pipeline, text) == ["Oakley Ross Partners"]


def test_a_dossier_speaks_for_the_one_who_compiled_it(nlp_pipeline):
    text = ("Delays\n\nCllr Ray Tambe presented a dossier compiled by Dr Wendy Okafor, a retired paediatrician. "
            "'Every week of delay costs a child a term,' the dossier says.")
    assert _speakers(nlp_pipeline, text) == ["Wendy Okafor"]


def test_a_thing_with_no_issuer_named_is_left_as_written(nlp_pipeline):
    # guard: no issuer anywhere, so nothing to hand the words to
    text = "Budget\n\nThe budget says ‘every school will get more’ from April."
    assert "Ray Tambe" not in _speakers(nlp_pipeline, text)


def test_a_passive_subject_is_no_speaker_and_the_lead_words_said_again_are_the_later_speakers(nlp_pipeline):
    # "was accused of" (joined to the verb the subject belongs to): the firm is spoken of;
    # the lead's words come again in a named councillor's quote
    text = ("Cleaners\n\nA cleaning firm paid £2m to look after 20 schools in Dunmere was accused of ‘cutting "
            "every corner going’ at a council meeting.\n\nCllr Jo Whitfield told the meeting: ‘They have been "
            "cutting every corner going, and the children pay for it.’")
    assert _speakers(nlp_pipeline, text) == ["Jo Whitfield", "Jo Whitfield"]


def test_a_passive_joined_to_the_listeners_verb_names_no_speaker(nlp_pipeline):
    # "had been told" shares its subject with "had raised": he was told, he did not say it
    text = ("Roof\n\nKen Abara, a caretaker, lost his job in May. The panel heard he had twice raised the "
            "leaking roof with his supervisors and had been told to ‘stop moaning’.")
    assert _speakers(nlp_pipeline, text) == [None]


def test_a_lead_term_said_again_is_still_a_term(nlp_pipeline):
    # guard: a short noun phrase quoted twice stays the story's term, not someone's words
    text = ("Hubs\n\nPlans to replace door-to-door transport with ‘drop-off hubs’ were approved on Monday.\n\n"
            "Cllr Jo Whitfield said: ‘Nobody has explained how a child waits at drop-off hubs in the rain.’")
    assert _speakers(nlp_pipeline, text) == ["Jo Whitfield"]


# -- a group speaking through a letter ------------------------------------------------------------
def test_a_group_speaking_in_a_letter_its_secretary_sent(nlp_pipeline):
    text = ("Closure\n\nIn an email sent on behalf of the group by its secretary, Graham Pettifer, parents say "
            "the closure was ‘rushed through’.")
    assert _speakers(nlp_pipeline, text) == ["Graham Pettifer"]


def test_a_group_that_wrote_a_letter_an_association_organised(nlp_pipeline):
    text = ("Crossing\n\nResidents of Pell Street have written to the council warning of ‘a disaster waiting "
            "to happen’ at the junction.\n\nThe letter, organised by the Pell Street Residents' Association, "
            "asks for a crossing.")
    assert _speakers(nlp_pipeline, text) == ["Pell Street Residents' Association"]


def test_a_group_with_no_letter_keeps_its_description(nlp_pipeline):
    # guard
    assert _speakers(nlp_pipeline, "Wards\n\nNurses at the hospital say they are ‘at breaking point’.") == ["nurses"]


# -- a role where the text names the holder --------------------------------------------------------
def test_the_former_role_past_a_sentence_about_the_body(nlp_pipeline):
    text = ("New boss\n\nMargaret Fenby took over as chief executive of Fenwick Schools this month. The trust "
            "runs nine schools. The former primary head says she wants ‘fewer meetings and more visits’.")
    assert _speakers(nlp_pipeline, text) == ["Margaret Fenby"]


def test_the_former_role_after_a_passive_appointment(nlp_pipeline):
    text = ("Principal\n\nDr Nina Farrow was appointed principal of Dunmere College in June, replacing Alan "
            "Pryce.\n\nThe college has 3,000 students. The former deputy principal, who trained in Leeds, says "
            "she will 'listen first and act second'.")
    assert _speakers(nlp_pipeline, text) == ["Nina Farrow"]


def test_a_spokeswoman_for_the_partnership_past_a_newspaper(nlp_pipeline):
    text = ("Cuts\n\nMaple Ridge Learning Partnership runs six schools in the valley. The Herald asked about "
            "the cuts on Monday. A spokeswoman for the partnership told the Herald: 'No teaching posts will go.'")
    assert _orgs(nlp_pipeline, text) == ["Maple Ridge Learning Partnership"]


def test_a_branch_spokeswoman_speaks_for_the_union_of_the_branch(nlp_pipeline):
    text = ("Meeting\n\nThe Dunmere branch of Unison will hold a members' meeting at the Corn Exchange. Cleaners "
            "at Hillcrest School were balloted last week. 'Every member should come along,' a branch "
            "spokeswoman said.")
    assert _orgs(nlp_pipeline, text) == ["Unison"]


def test_a_company_spokeswoman_for_a_business_named_after_its_trade(nlp_pipeline):
    text = ("Canteen\n\nThe canteen at Holm Bank Primary will be run by caterer Brookfield Kitchens from "
            "September. 'We cannot wait to start cooking for the children,' a company spokeswoman said.")
    assert _orgs(nlp_pipeline, text) == ["Brookfield Kitchens"]


def test_the_company_is_the_business_a_which_clause_describes(nlp_pipeline):
    text = ("Portal\n\nPupils lost their homework portal for a week after Brightlane Hosting, which runs the "
            "portal for Ridgeway School, suffered a failed update.\n\nIn an email to parents, the company said: "
            "‘We are sorry for the disruption this caused and have added a second server.’")
    assert _speakers(nlp_pipeline, text) == ["Brightlane Hosting"]


# -- a name with debris ----------------------------------------------------------------------------
def _person_after_title(nlp, text: str, start: int, end: int, label: str) -> list[str]:
    """The people titles_and_ents reads when the entity model tagged tokens start:end as `label`."""
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if getattr(proc, "name", "") in {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}:
            doc = proc(doc)
    doc.ents = [Span(doc, start, end, label=label)]
    ents, _, _ = titles_and_ents(doc)
    return [e.text for e in ents if e.label_ == "PERSON"]


def test_a_hyphenated_first_name_after_a_title_keeps_its_surname(nlp_pipeline):
    # "Cllr Rosa-Lee Ambrose" read as a facility: the name after the title, whole
    names = _person_after_title(nlp_pipeline, "The motion came from Cllr Rosa-Lee Ambrose, who chairs it.", 4, 9, "FAC")
    assert names == ["Rosa-Lee Ambrose"]


def test_a_live_blog_time_is_no_part_of_a_name(nlp_pipeline):
    names = _person_after_title(nlp_pipeline, "8.05pm Cllr Ambrose, leaving the chamber, tells us it is over.", 0, 3, "PERSON")
    assert names == ["Ambrose"]
