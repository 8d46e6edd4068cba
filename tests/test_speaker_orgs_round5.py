"""Fifth speakers' organisations round (issue 15, quote sets 41-44 read): the classes of
speaker_org errors counted across the readable sets, one test each on sentences written for
these tests (nlp/components/speaker_org_firms.py, speaker_org_roles.py, speaker_org_names.py);
and the guards, where the organisation must stay as it was."""
from __future__ import annotations

from nlp_fixtures import org_of, quotes_of

from nlp.components.speaker_org_firms import is_firm_name, only_firm
from nlp.components.speaker_org_nobody import unnamed_member
from nlp.components.speaker_org_roles import is_company_role


# ---- a firm's managers speak for the firm ----------------------------------------------------
def test_company_roles_are_a_firms_posts():
    assert is_company_role(["operations", "director"])
    assert is_company_role(["area", "manager"])
    assert is_company_role(["owner"])
    assert not is_company_role(["headteacher"])
    assert not is_company_role(["director", "of", "children's", "services"])


def test_an_operations_director_speaks_for_the_firm_the_article_names(nlp_pipeline):
    text = ("Parents in Quenbury face a 20p rise in the price of a school dinner after Brambleway "
            "Catering Ltd said its costs had risen.\n\n"
            "Operations director Yusuf Halloran-Pike said: \"We have held prices for as long as we could.\"")
    assert org_of(nlp_pipeline, text, "Yusuf Halloran-Pike") == "Brambleway Catering Ltd"


# ---- a firm the organisation list may lack ---------------------------------------------------
def test_is_firm_name_needs_a_firms_last_word_and_no_first_name():
    assert is_firm_name("Ostrow Digital")
    assert is_firm_name("Kelderby Coaches Ltd")
    assert not is_firm_name("Coaches")
    assert not is_firm_name("Sarah Coaches")  # may be a person
    assert not is_firm_name("Kelderby Primary School")


def test_a_managing_director_named_with_the_firm_speaks_for_it(nlp_pipeline):
    text = ("Pupils' records at two Wendlecombe schools were visible online for a week.\n\n"
            "Ostrow Digital's managing director, Piers Tangwell-Oduya, said: \"This was a mistake in a "
            "single update and it has been put right.\"")
    assert org_of(nlp_pipeline, text, "Piers Tangwell-Oduya") == "Ostrow Digital"


def test_a_firm_cut_to_its_first_word_is_read_on(nlp_pipeline):
    text = ("Kelderby Coaches will run the new route to Hawsfold High from September.\n\n"
            "Kelderby's operations manager, Aoife Brannock-Sayle, said: \"Our drivers know these roads.\"")
    assert org_of(nlp_pipeline, text, "Aoife Brannock-Sayle") == "Kelderby Coaches"


def test_a_managing_director_with_no_firm_named_gets_the_articles_one_firm(nlp_pipeline):
    text = ("The route to Hawsfold High will be run by Tarrowby Coaches from September.\n\n"
            "Managing director Linus Okwuosa-Bright said: \"We are proud to have won it.\"")
    assert org_of(nlp_pipeline, text, "Linus Okwuosa-Bright") == "Tarrowby Coaches"


def test_only_firm_reads_one_firm_and_none_of_two(nlp_pipeline):
    one = nlp_pipeline("The route to Hawsfold High will be run by Tarrowby Coaches Ltd. Tarrowby Coaches "
                       "won it in May.\n\nYesterday Tarrowby Coaches said it was hiring.")
    assert only_firm(one) == "Tarrowby Coaches Ltd"
    two = nlp_pipeline("Tarrowby Coaches and Pellam Travel both bid for the route to Hawsfold High.")
    assert only_firm(two) is None


def test_a_headteacher_is_not_read_as_a_firms_manager(nlp_pipeline):
    text = ("The route to Hawsfold High will be run by Tarrowby Coaches from September.\n\n"
            "Headteacher Linus Okwuosa-Bright said: \"Families have waited a long time.\"")
    assert org_of(nlp_pipeline, text, "Linus Okwuosa-Bright") != "Tarrowby Coaches"


# ---- a trust's executive introduced after a sentence about one of its schools ------------------
def test_a_chief_executive_after_a_school_sentence_speaks_for_the_trust(nlp_pipeline):
    text = ("Inspectors have rated Hollowmere Vale Academy good.\n\n"
            "Hollowmere Vale Academy is part of the Tennick Learning Trust. Its chief executive, Marguerite "
            "Osei-Fairlie, said: \"The staff have earned every word of this report.\"")
    assert org_of(nlp_pipeline, text, "Marguerite Osei-Fairlie") == "Tennick Learning Trust"


def test_a_headteacher_after_a_school_sentence_keeps_the_school(nlp_pipeline):
    text = ("Inspectors have rated Hollowmere Vale Academy good.\n\n"
            "Hollowmere Vale Academy is part of the Tennick Learning Trust. Its headteacher, Marguerite "
            "Osei-Fairlie, said: \"The staff have earned every word of this report.\"")
    assert org_of(nlp_pipeline, text, "Marguerite Osei-Fairlie") == "Hollowmere Vale Academy"


# ---- a head who chairs a group of schools ---------------------------------------------------
def test_a_forum_chair_who_is_a_head_speaks_for_the_forum(nlp_pipeline):
    text = ("The Kellingshire Schools Forum has voted against moving money out of school budgets.\n\n"
            "Forum chair Imelda Brackwood-Nash, head of Penhallow Vale Primary School, said: \"Schools "
            "cannot pay for this twice.\"")
    assert org_of(nlp_pipeline, text, "Imelda Brackwood-Nash") == "Kellingshire Schools Forum"


def test_a_head_with_no_chair_keeps_the_school(nlp_pipeline):
    text = ("The Kellingshire Schools Forum has voted against moving money out of school budgets.\n\n"
            "Imelda Brackwood-Nash, head of Penhallow Vale Primary School, said: \"Schools "
            "cannot pay for this twice.\"")
    assert org_of(nlp_pipeline, text, "Imelda Brackwood-Nash") == "Penhallow Vale Primary School"


# ---- the bench of a magistrates' court written with a curly apostrophe ------------------------
def test_the_chair_of_the_bench_speaks_for_a_curly_magistrates_court(nlp_pipeline):
    text = ("A bus driver who left a child on board has been fined at Wexbury Magistrates’ Court.\n\n"
            "Chair of the bench Philippa Ormerod-Kane said: “You were trusted with that child.”")
    assert org_of(nlp_pipeline, text, "Philippa Ormerod-Kane") == "Wexbury Magistrates’ Court"


# ---- a society's officer --------------------------------------------------------------------
def test_a_society_secretary_speaks_for_the_society(nlp_pipeline):
    text = ("Entries to the Dunstable Road Allotment Society show were up this year.\n\n"
            "Society secretary Wilfred Anang-Pryor said: \"The onions alone took two tables.\"")
    assert org_of(nlp_pipeline, text, "Wilfred Anang-Pryor") == "Dunstable Road Allotment Society"


# ---- a predecessor in the post --------------------------------------------------------------
def test_the_chief_executive_succeeded_speaks_for_the_trust(nlp_pipeline):
    text = ("Anwen Castellby will become chief executive of the Rothwell Fields Academy Trust in "
            "September, succeeding Desmond Okoro-Blaine, who retires in July.\n\n"
            "Mr Okoro-Blaine said: \"It has been the privilege of my working life.\"")
    assert org_of(nlp_pipeline, text, "Desmond Okoro-Blaine") == "Rothwell Fields Academy Trust"


def test_a_person_with_no_successor_clause_gets_no_trust_from_it(nlp_pipeline):
    text = ("Anwen Castellby will become chief executive of the Rothwell Fields Academy Trust in "
            "September.\n\n"
            "Desmond Okoro-Blaine, a parent in the town, said: \"It is good news for the schools.\"")
    assert org_of(nlp_pipeline, text, "Desmond Okoro-Blaine") in {None, ""}


# ---- a school crossing patrol ---------------------------------------------------------------
def test_a_crossing_patrol_speaks_for_the_council(nlp_pipeline):
    text = ("Harlby Council has agreed to keep the patrol outside Fenwold Road Primary School.\n\n"
            "Mavis Oyelaran-Pike, who has worked the crossing since 1998, said: \"I know every family.\"")
    assert org_of(nlp_pipeline, text, "Mavis Oyelaran-Pike") == "Harlby Council"


def test_a_parent_at_the_crossing_gets_no_council(nlp_pipeline):
    text = ("Harlby Council has agreed to keep the patrol outside Fenwold Road Primary School.\n\n"
            "Mavis Oyelaran-Pike, a parent, said the road was busy: \"I know every family.\"")
    assert org_of(nlp_pipeline, text, "Mavis Oyelaran-Pike") in {None, ""}


# ---- a possessive role after "to" or "and" --------------------------------------------------
def test_the_trusts_hr_director_after_to_speaks_for_the_trust(nlp_pipeline):
    text = ("A teacher has won her claim against the Garrowby Learning Trust.\n\n"
            "The tribunal saw a letter from the union to the trust's HR director, Ottilie Brennan-Shaw. "
            "Ms Brennan-Shaw said: \"We followed the policy as written.\"")
    assert org_of(nlp_pipeline, text, "Ottilie Brennan-Shaw") == "Garrowby Learning Trust"


# ---- a parent and their child's school ------------------------------------------------------
def test_a_parent_and_former_governor_speaks_for_no_school(nlp_pipeline):
    text = ("Inspectors have found Ellerbeck Vale Academy requires improvement.\n\n"
            "Marisol Tenby-Achebe, a parent and former governor, said: \"We have waited for this.\"")
    assert org_of(nlp_pipeline, text, "Marisol Tenby-Achebe") in {None, ""}


def test_a_parent_governor_still_speaks_for_the_school(nlp_pipeline):
    text = ("Inspectors have found Ellerbeck Vale Academy requires improvement.\n\n"
            "Parent governor Marisol Tenby-Achebe said: \"We have work to do and we know it.\"")
    assert org_of(nlp_pipeline, text, "Marisol Tenby-Achebe") == "Ellerbeck Vale Academy"


# ---- an unnamed member of a body ------------------------------------------------------------
def test_unnamed_member_reads_descriptions_not_spokespeople():
    assert unnamed_member("One teacher at Grisdale Park School")
    assert unnamed_member("teaching assistant at one of the trust's primary schools")
    assert not unnamed_member("A Grisdale Council spokesperson")
    assert not unnamed_member("a trust representative")
    assert not unnamed_member("regional director for the North East")
    assert not unnamed_member("the trust")
    assert not unnamed_member("Yvette Lomax-Dunne")


def test_one_teacher_at_a_school_speaks_for_no_organisation(nlp_pipeline):
    text = ("Staff at Grisdale Park School say the new marking policy has doubled their workload.\n\n"
            "\"We mark until midnight most nights,\" said one teacher at Grisdale Park School.")
    found = [q for q in quotes_of(nlp_pipeline, text) if "midnight" in q["text"]]
    assert found and not found[0]["speaker_org"]
