"""Quotes of issue 13's twenty-fifth round: attributions that were not found, so a quote
stood with no speaker or was dropped (a letter writer's "X was quoted saying ...", a colon
introduction after a longer clause or a name with a relative clause, a social-media post
whose issuer is the page's owner or the body that announced it on a network, a Q&A whose
question quotes someone). Every text is written for this file. `nlp_pipeline` is the
fixture in conftest.py."""
from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from nlp.components.quoting.quoted_as import quoted_one
from tests.nlp_fixtures import headed_quotes, speaker_with


# -- "quoted X as saying", "X was quoted saying" -------------------------------------------------

def test_passive_quoted_saying_names_the_one_quoted(nlp_pipeline):
    text = ("Letters: parking at Hillcrest\n\n"
            "SIR – Councillor Bernard Ashdown-Pryce was quoted saying residents were “fully "
            "behind” the new zone. Nobody on my street was asked.")
    assert speaker_with(nlp_pipeline, text, "fully behind") == "Bernard Ashdown-Pryce"


def test_active_quoted_as_saying_names_the_object_in_apposition(nlp_pipeline):
    text = ("Letters: the merger\n\n"
            "SIR – Your article on the Thornbury merger quoted the trust’s finance director, "
            "Rosalind Okafor-Webb, as saying staff had been ‘kept informed at every step’. That "
            "was not my experience.")
    assert speaker_with(nlp_pipeline, text, "kept informed") == "Rosalind Okafor-Webb"


def test_quoted_with_its_subject_lost_in_an_apposition(nlp_pipeline):
    text = ("Letters: the school run\n\n"
            "In your report the caretaker, Mr Pendlebury, was quoted as saying drivers were "
            "“simply ignoring the cones”. I see it every morning.")
    assert speaker_with(nlp_pipeline, text, "simply ignoring") in {"Pendlebury", "Mr Pendlebury"}


def test_quoted_figures_are_no_one_quoted(nlp_pipeline):
    # guard: "quoted figures showing ..." quotes no person; the partial stays unattributed
    text = ("Letters: bus fares\n\n"
            "The council quoted figures showing costs had doubled and then called the plan 'dead'.")
    assert all(q["speaker"] != "figures" for q in headed_quotes(nlp_pipeline, text))


# -- colon introductions ----------------------------------------------------------------------------

def test_a_longer_clause_about_a_named_person_introduces_the_quote(nlp_pipeline):
    text = ("Village school votes on its future\n\n"
            "Governors at Elmsworth Primary met on Tuesday to discuss joining a trust. Their chair, "
            "Winifred Castellanos, summed up the feeling in the room after the vote: ‘We want "
            "partners, not owners. That is all we ask.’")
    assert speaker_with(nlp_pipeline, text, "We want partners") == "Winifred Castellanos"


def test_a_statement_introduced_by_what_the_person_did(nlp_pipeline):
    text = ("Trust defends chief's pay\n\n"
            "The trust's chair, Dr Tobias Llewellyn-Marsh, defended the increase in a short "
            "statement: “The board sets pay against trusts of a similar size and it always will.”")
    assert speaker_with(nlp_pipeline, text, "The board sets pay") == "Tobias Llewellyn-Marsh"


def test_a_role_the_article_gave_a_person_before_a_colon(nlp_pipeline):
    text = ("Uniform grant cut\n\n"
            "The headteacher of Marlow Fields Primary, Graham Oyelowo-Finch, wrote to parents on "
            "Friday.\n\n"
            "Some families said they could not afford the new blazers. But the headteacher was "
            "more hopeful: ‘The school fund will help anyone who asks. No child will go without.’")
    assert speaker_with(nlp_pipeline, text, "The school fund") == "Graham Oyelowo-Finch"


def test_a_name_with_a_relative_clause_before_a_colon(nlp_pipeline):
    text = ("Teachers vote to strike\n\n"
            "Teachers at Corran Bay Academy have voted for strike action.\n\n"
            "NASUWT rep Hamish Oduya-Greer, who teaches Year 6: “We have asked for talks three "
            "times and heard nothing back.”")
    assert speaker_with(nlp_pipeline, text, "We have asked for talks") == "Hamish Oduya-Greer"


def test_a_relative_clause_with_its_own_speech_verb_is_no_name_phrase(nlp_pipeline):
    # guard: "One cook at X School, who did not want to be named, said:" stays a person
    # described, not the school
    text = ("Kitchens outsourced\n\n"
            "One cook at Wexley Grange School, who did not want to be named, said: “We heard about "
            "it from the parents before we heard from the trust.”")
    assert speaker_with(nlp_pipeline, text, "We heard about it") != "Wexley Grange School"



def test_a_statement_from_a_body_with_a_relative_clause_before_the_colon(nlp_pipeline):
    text = ("Live: budget day at County Hall\n\n"
            "11:05 - We have had a statement from the Marshford branch of UNISON, which represents "
            "school crossing patrols: “We will read the detail before we say anything more.”")
    assert speaker_with(nlp_pipeline, text, "We will read the detail") == "UNISON"


def test_more_from_a_role_the_article_gave_a_person(nlp_pipeline):
    text = ("Live: budget day at County Hall\n\n"
            "10:02 - Council leader Harriet Oyedepo-Lane opens the debate.\n\n"
            "10:15 - More from the leader: “Nobody came into politics to close youth clubs. We "
            "have had no choice.”")
    assert speaker_with(nlp_pipeline, text, "Nobody came into politics") == "Harriet Oyedepo-Lane"


def test_her_answer_before_a_colon_is_hers(nlp_pipeline):
    text = ("Merger: what changes?\n\n"
            "We asked the trust's chief executive, Mrs Joanna Whitlock, whether uniforms would "
            "change. Her answer: “Not this year, and not without asking parents first.”")
    assert speaker_with(nlp_pipeline, text, "Not this year") == "Joanna Whitlock"

# -- posts on a social network ------------------------------------------------------------------------

def test_a_post_on_a_bodys_account_is_that_bodys(nlp_pipeline):
    text = ("Snow closes schools\n\n"
            "Eight schools run by the Harrowgate Vale Learning Trust were closed on Monday. A post "
            "on the trust's Facebook page on Sunday evening said: “Please keep checking this page "
            "for updates before you set off.”")
    assert speaker_with(nlp_pipeline, text, "Please keep checking") == "Harrowgate Vale Learning Trust"


def test_a_body_announcing_on_a_network_issued_the_post(nlp_pipeline):
    text = ("New pool for Kettering Marsh\n\n"
            "Northfold District Council announced on Facebook on Friday that building work would "
            "start in March. The post said: 'A fantastic day for the town. Diggers arrive soon.'")
    assert speaker_with(nlp_pipeline, text, "A fantastic day") == "Northfold District Council"


def test_news_posted_on_a_bodys_page(nlp_pipeline):
    text = ("Trusts to merge\n\n"
            "The announcement was posted on Fenbrook Schools Trust's website on Monday afternoon. "
            "The post said: “Joining together will protect our smallest schools for years to come.”")
    assert speaker_with(nlp_pipeline, text, "Joining together") == "Fenbrook Schools Trust"


def test_a_person_who_posted_on_a_bodys_account_keeps_the_post(nlp_pipeline):
    # guard: the page's owner does not take a post someone is said to have written
    text = ("Coach breaks down\n\n"
            "The school's headteacher, Mrs Philippa Okonjo-Hart, posted on the school's X account "
            "that all pupils were safe. “Thank you for your patience this afternoon,” the post said.")
    assert speaker_with(nlp_pipeline, text, "Thank you for your patience") == "Philippa Okonjo-Hart"


# -- a Q&A whose question quotes someone ----------------------------------------------------------------

def test_the_answer_after_a_question_holding_a_quote_is_the_interviewees(nlp_pipeline):
    text = ("Five questions for the new director\n\n"
            "Dr Helen Ashcroft became the county's director of education in May. Our "
            "reporter Dan Hollis asked her about the year ahead.\n\n"
            "Q: What is your first priority?\n\n"
            "A: \"Getting every child with a plan into a school place by September.\"\n\n"
            "Q: Heads' leaders say the service is \"close to collapse\". Do you agree?\n\n"
            "A: \"It is under strain. I would not use the word collapse.\"")
    assert speaker_with(nlp_pipeline, text, "It is under strain") == "Helen Ashcroft"




# -- partial quotes: thanks, and lower-case words after a noun that takes titles ---------------------

def test_thanks_for_a_quoted_phrase_are_the_thankers_words(nlp_pipeline):
    text = ("Head steps down\n\n"
            "The chair of governors, Rosemary Atherton-Clegg, thanked her for her 'tireless "
            "commitment' and said a new head would be found by Easter.")
    assert speaker_with(nlp_pipeline, text, "tireless commitment") == "Rosemary Atherton-Clegg"


def test_a_quoted_verb_after_the_review_is_not_its_title(nlp_pipeline):
    text = ("Pay review published\n\n"
            "Mr Oyelaran-Booth said the review 'exonerated' staff who had raised the alarm.")
    assert speaker_with(nlp_pipeline, text, "exonerated") == "Oyelaran-Booth"


def test_a_quoted_adverb_after_the_plan_is_not_its_title(nlp_pipeline):
    text = ("Kitchen staff angry\n\n"
            "Branch secretary Philippa Grove said cooks had heard about the plan 'second-hand' and "
            "had been offered a single meeting.")
    assert speaker_with(nlp_pipeline, text, "second-hand") == "Philippa Grove"


def test_a_lower_case_name_of_a_scheme_stays_a_name(nlp_pipeline):
    # guard: "the scheme 'breakfast club'" names the scheme (the words hang on the noun)
    text = ("Breakfasts for all\n\n"
            "Parents said the scheme 'breakfast club' had been popular since it began in May.")
    assert not [q for q in headed_quotes(nlp_pipeline, text) if "breakfast club" in q["text"]]

# -- quoted_one on parses the parser gives such sentences -------------------------------------------

def _parsed(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc from rows of (word, head index, dep, tag, lemma, IOB entity)."""
    words, heads, deps, tags, lemmas, ents = (list(x) for x in zip(*rows))
    return Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, ents=ents)


def test_active_quoted_as_saying_hung_on_the_reported_verb():
    # "The Echo quoted the head, Ann Ruiz, as saying staff were 'consulted'": the parser hangs
    # "as saying" on "consulted", not on "quoted"; the one quoted is still quoted's object
    doc = _parsed([("The", 1, "det", "DT", "the", "O"), ("Echo", 2, "nsubj", "NNP", "Echo", "B-ORG"),
                   ("quoted", 2, "ROOT", "VBD", "quote", "O"), ("the", 4, "det", "DT", "the", "O"),
                   ("head", 2, "dobj", "NN", "head", "O"), (",", 4, "punct", ",", ",", "O"),
                   ("Ann", 7, "compound", "NNP", "Ann", "B-PERSON"), ("Ruiz", 4, "appos", "NNP", "Ruiz", "I-PERSON"),
                   (",", 2, "punct", ",", ",", "O"), ("as", 14, "mark", "IN", "as", "O"),
                   ("saying", 9, "pcomp", "VBG", "say", "O"), ("staff", 14, "nsubjpass", "NNS", "staff", "O"),
                   ("were", 14, "auxpass", "VBD", "be", "O"), ("'", 14, "punct", "``", "'", "O"),
                   ("consulted", 2, "advcl", "VBN", "consult", "O"), ("'", 14, "punct", "''", "'", "O"),
                   (".", 2, "punct", ".", ".", "O")])
    assert [t.text for t in quoted_one(doc[10])] == ["head"]


def test_passive_quoted_whose_subject_was_read_as_an_apposition():
    # "..., the head, Mr Ruiz, was quoted as saying ...": no nsubjpass, the name right before
    doc = _parsed([("the", 1, "det", "DT", "the", "O"), ("head", 7, "npadvmod", "NN", "head", "O"),
                   (",", 1, "punct", ",", ",", "O"), ("Mr", 4, "compound", "NNP", "Mr", "O"),
                   ("Ruiz", 1, "appos", "NNP", "Ruiz", "B-PERSON"), (",", 4, "punct", ",", ",", "O"),
                   ("was", 7, "auxpass", "VBD", "be", "O"), ("quoted", 7, "ROOT", "VBN", "quote", "O"),
                   ("as", 7, "prep", "IN", "as", "O"), ("saying", 8, "pcomp", "VBG", "say", "O"),
                   ("so", 9, "advmod", "RB", "so", "O")])
    assert [t.text for t in quoted_one(doc[9])] == ["Ruiz"]


def test_no_quoting_verb_no_one_quoted():
    doc = _parsed([("Jo", 1, "nsubj", "NNP", "Jo", "B-PERSON"), ("left", 1, "ROOT", "VBD", "leave", "O"),
                   ("saying", 1, "advcl", "VBG", "say", "O"), ("so", 2, "advmod", "RB", "so", "O")])
    assert quoted_one(doc[2]) == []
