"""Speakers of issue 13's fifteenth round: patterns of British local news read in UK set 21
and the development sets (an opening paragraph's unnamed person named in the next one; a
spokesperson for the body a sentence's subject refers back to; "I" in a Q&A's answers; a
finding the parser split; a passive label's agent; a branch of a union; a role no one holds;
a remark's owner). Every text is written for this file. `nlp_pipeline` is the fixture in
conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quote_with, speaker_with


# -- the opening paragraph's unnamed person, named in the next -------------------------------

def test_lead_description_is_the_person_named_next(nlp_pipeline):
    text = ("Headline about a tribunal\n\n"
            "A former school cook who says she was moved to split shifts after complaining about a "
            "catering contract has told a tribunal she felt ‘pushed aside’.\n\n"
            "Maureen Halloway, 58, worked at Brindle Lane Primary School for fourteen years before "
            "she resigned last spring.\n\n"
            "‘I only asked why the freezer was broken,’ she said.")
    found = quote_with(nlp_pipeline, text, "pushed aside")
    assert found["speaker"] == "Maureen Halloway"
    assert found["confidence"] < 0.9  # a link read, not written: below the sure tier


def test_lead_possessive_description_is_the_person_named_next(nlp_pipeline):
    text = ("Headline about governors\n\n"
            "Four governors at Kestrel Vale School have resigned over what their former chair calls a "
            "'power grab' by the academy trust.\n\n"
            "In a letter to families, Gordon Pellew, who chaired the board for six years, said the "
            "trust had taken control of every budget decision.")
    assert speaker_with(nlp_pipeline, text, "power grab") == "Gordon Pellew"


def test_lead_description_with_who_clause_is_not_its_last_noun(nlp_pipeline):
    # the parser takes the relative clause's last noun ("plan") for the subject of "says"
    text = ("Headline about a parent\n\n"
            "A father who spent a year chasing his son's education, health and care plan says the "
            "process is ‘designed to wear people down’.\n\n"
            "Neil Ashworth, from Copley Bridge, won his appeal at the tribunal in May.")
    assert speaker_with(nlp_pipeline, text, "designed to wear") == "Neil Ashworth"


def test_lead_description_not_given_someone_named_before(nlp_pipeline):
    # guard: the person of the second paragraph was named in the first, so is not introduced there
    text = ("Headline about a strike\n\n"
            "A union official has called the pay offer ‘an insult to every cleaner’ as Jan Moss, the "
            "trust's chief executive, defended it.\n\n"
            "Jan Moss said the offer was the best the trust could afford.")
    assert speaker_with(nlp_pipeline, text, "an insult") != "Jan Moss"


def test_lead_description_of_a_man_not_given_a_woman(nlp_pipeline):
    # guard: a gendered description does not go to a person of the other gender
    text = ("Headline about a bus\n\n"
            "A father whose daughter was left at a bus stop says the new contractor is ‘simply not "
            "coping’.\n\n"
            "Mrs Ellen Baxter, the council's transport manager, said the firm had been warned.")
    assert speaker_with(nlp_pipeline, text, "simply not") != "Ellen Baxter"


def test_declared_they_them_is_the_person(nlp_pipeline):
    text = ("Headline about an appeal\n\n"
            "Sam Okonedo, from Haleford, won an appeal against Brackley Council in June.\n\n"
            "Talking about the case, Okonedo, who uses they/them pronouns, described a year of "
            "missed deadlines.\n\n"
            "‘Every letter took a month to answer,’ they said.")
    assert speaker_with(nlp_pipeline, text, "Every letter") == "Sam Okonedo"


# -- a spokesperson for the body the narrative refers back to --------------------------------

def test_spokesperson_after_the_council_said(nlp_pipeline):
    text = ("Headline about pay\n\n"
            "Staff at 20 schools were underpaid after a problem with Marford City Council's payroll "
            "provider.\n\n"
            "The council said emergency payments would be made by Friday. A spokesperson said: "
            "‘Nobody should be left short because of this mistake.’")
    found = quote_with(nlp_pipeline, text, "Nobody should")
    assert found["speaker_org"] == "Marford City Council"


# -- "I" in the answers of a Q&A --------------------------------------------------------------

QA = ("Headline: Q&A with the new chief executive\n\n"
      "Dr Helen Marsh-Tobin became chief executive of the Ridgeway Schools Trust in April. Our "
      "reporter met her at head office.\n\n"
      "Q: Will you bring cleaning back in-house?\n\n"
      "A: Not this year. I have told the contractor, “Fix the rotas or we will talk again in "
      "September.”\n\n"
      "Q: Who taught you most?\n\n"
      "A: My old head. She used to say, “Never promise what you cannot staff.”\n\n"
      "Q: And the deficit?\n\n"
      "A: It will be gone within two years.")


def test_i_in_an_answer_is_the_interviewee(nlp_pipeline):
    assert speaker_with(nlp_pipeline, QA, "Fix the rotas") == "Helen Marsh-Tobin"


def test_someone_else_quoted_in_an_answer_is_not_the_interviewee(nlp_pipeline):
    # guard: the interviewee's old head said this, not the interviewee
    assert speaker_with(nlp_pipeline, QA, "Never promise") != "Helen Marsh-Tobin"


def test_i_agreeing_after_a_quote_in_an_answer_is_not_its_speaker(nlp_pipeline):
    # guard: "As one of them put it, “...”, and I agree": the words are the union rep's
    text = QA + ("\n\nQ: What do the unions say?\n\n"
                 "A: I have met the reps. As one of them put it to me, “the cleaners are part of the school "
                 "too”, and I agree with that.")
    assert speaker_with(nlp_pipeline, text, "cleaners are part") != "Helen Marsh-Tobin"


def test_i_outside_a_qa_is_no_one(nlp_pipeline):
    # guard: no "Q:" turns, no interviewee
    text = ("Headline about a letter\n\n"
            "Sir, I have lived in Norwood for forty years. I told my councillor, “Mend the road before "
            "someone is hurt.”")
    assert speaker_with(nlp_pipeline, text, "Mend the road") is None


# -- findings the parser split; a clause sharing its head's reporter --------------------------

def test_inspectors_found_that_with_a_split_parse(nlp_pipeline):
    text = ("Harbury Primary rated by Ofsted\n\n"
            "Harbury Primary School has been rated ‘good’ by Ofsted.\n\n"
            "Inspectors found that behaviour in the playground was ‘calm and purposeful’ and that "
            "pupils ‘speak warmly about their teachers’.")
    assert speaker_with(nlp_pipeline, text, "calm and purposeful") == "Ofsted"
    assert speaker_with(nlp_pipeline, text, "speak warmly") == "Ofsted"


def test_accepted_with_a_clause_of_its_own(nlp_pipeline):
    text = ("Headline about transport\n\n"
            "Mrs Ruth Calloway, the council's director of children's services, accepted the new "
            "timetable had been ‘badly handled’ and said it would be reviewed.")
    assert speaker_with(nlp_pipeline, text, "badly handled") == "Ruth Calloway"


def test_participle_after_a_passive_subject(nlp_pipeline):
    text = ("Headline about a councillor\n\n"
            "Cllr Martin Abbott has been found to have broken the code of conduct after describing "
            "dinner staff as “hopeless” in an online post.")
    assert speaker_with(nlp_pipeline, text, "hopeless") == "Martin Abbott"


# -- a passive label is its agent's ----------------------------------------------------------

def test_called_by_pupils_is_not_the_one_called(nlp_pipeline):
    text = ("Headline about supply teachers\n\n"
            "Joanna Petrie has taught on supply for six years. She minds being called ‘only the cover’ "
            "by pupils more than she minds the early starts.")
    found = quote_with(nlp_pipeline, text, "only the cover")
    assert found["speaker"] != "Joanna Petrie"


# -- organisations: a branch, a document ------------------------------------------------------

def test_branch_of_a_union_speaks_as_the_union(nlp_pipeline):
    text = ("Headline about repairs\n\n"
            "Repairs to Oakfield Primary School took nine months under Wexley Borough Council's new "
            "contract.\n\n"
            "The Wexley branch of Unison, which represents former council staff, said the delay showed "
            "‘exactly what we warned about’.")
    assert speaker_with(nlp_pipeline, text, "exactly what we warned") in {"Unison", "UNISON"}


def test_guidance_which_says_is_its_issuers(nlp_pipeline):
    text = ("Headline about uniform\n\n"
            "Headteacher Paul Greaves said the school had checked its policy against Department for "
            "Education guidance, which says the cost of uniform should be \"affordable\".")
    assert speaker_with(nlp_pipeline, text, "affordable") == "Department for Education"


# -- people named by a role, or by their remark -----------------------------------------------

def test_a_role_no_one_holds_is_the_paragraphs_subject(nlp_pipeline):
    text = ("Headline about a strike\n\n"
            "Mr Dean Oakes, the GMB's regional secretary, met the trust on Monday.\n\n"
            "Mr Oakes has replied to the chief executive's letter. ‘We want dates, not promises,’ the "
            "organiser said.")
    assert speaker_with(nlp_pipeline, text, "We want dates") == "Dean Oakes"


def test_the_former_role_is_the_person_just_named(nlp_pipeline):
    text = ("Headline about a new chief executive\n\n"
            "Priya Raman took over as chief executive of the Moorfield Learning Trust this month. The "
            "former head of Castle Lane School says she wants to be ‘in every school every term’.")
    assert speaker_with(nlp_pipeline, text, "in every school") == "Priya Raman"


def test_a_remark_owned_by_a_named_person(nlp_pipeline):
    text = ("Headline: letters\n\n"
            "I was surprised by Cllr Tom Varley's comment at the last council meeting that parents "
            "were 'overreacting' about the bus changes.")
    assert speaker_with(nlp_pipeline, text, "overreacting") == "Tom Varley"


# -- letters pages and posts -------------------------------------------------------------------

def test_a_cited_headline_with_its_date_is_not_a_quote(nlp_pipeline):
    text = ("Letters\n\n"
            "Your report on the library closures ('Readers fear for branch libraries', June 12) missed "
            "the point. I have used the Holt Road branch for thirty years.\n\n"
            "Margaret Lyle, Holt Road")
    assert not [q for q in nlp_pipeline(text)._.quotes if "Readers fear" in q["text"]]


def test_the_post_read_out_is_its_posters(nlp_pipeline):
    text = ("Headline about a councillor\n\n"
            "Cllr Gary Whitlow posted the comment in May after a row over school meals.\n\n"
            "The post, read out at a Brenford District Council hearing on Monday, said: “The new "
            "caterer is a joke and so is the council that hired it.”")
    found = quote_with(nlp_pipeline, text, "caterer is a joke")
    assert found["speaker"] == "Gary Whitlow"
    assert found["confidence"] < 0.9


# -- "put it" introducing a quote ---------------------------------------------------------------

def test_put_it_introduces_a_quote(nlp_pipeline):
    text = ("Headline about phones\n\n"
            "I back the ban on phones at Westgate High. The head, Mrs Alison Treece, put it well at the "
            "parents' evening: 'Nobody is taking anything from your child. We are giving them back "
            "their break times.'")
    assert speaker_with(nlp_pipeline, text, "Nobody is taking") == "Alison Treece"


def test_put_it_on_hold_is_not_speech(nlp_pipeline):
    # guard: a thing put somewhere is not a speech verb
    text = ("Headline about a plan\n\n"
            "The chair, Mr Ian Doyle, put it on hold at the meeting: “The consultation will reopen in "
            "the spring, and every parent will be written to.”")
    assert speaker_with(nlp_pipeline, text, "consultation will reopen") is None


# -- a role capitalised before a name the entity model missed --------------------------------

def test_capitalised_role_is_not_part_of_the_name(nlp_pipeline):
    text = ("Headline about cleaners\n\n"
            "Headteacher Nkechi Okwuosa disagrees. She says the cleaning team know the building "
            "better than anyone. ‘They have more keys than I do,’ she says.")
    assert speaker_with(nlp_pipeline, text, "more keys") == "Nkechi Okwuosa"


def test_who_after_a_persons_role_at_an_organisation_is_the_person(nlp_pipeline):
    text = ("Letters\n\n"
            "I read the comments of Mr Desmond Aldred, chief executive of the Larkfield Schools Trust, "
            "who told your reporter that village schools ‘cannot manage alone any longer’.")
    assert speaker_with(nlp_pipeline, text, "cannot manage alone") == "Desmond Aldred"


def test_which_after_an_organisation_stays_the_organisation(nlp_pipeline):
    # guard: "which" after the organisation is the organisation's clause
    text = ("Headline about a trust\n\n"
            "Mr Desmond Aldred chairs the Larkfield Schools Trust, which said in a statement that "
            "village schools were ‘safe for now’.")
    assert speaker_with(nlp_pipeline, text, "safe for now") == "Larkfield Schools Trust"
