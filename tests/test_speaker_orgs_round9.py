"""Ninth speakers' organisations round (issue 15 point 3, fresh quote sets 57-60 counted):
- a court (or tribunal) a verb places the person at is not theirs ("pleaded guilty at Y
  Magistrates' Court": a defendant), and a tie word whose verb has another subject ties the
  person to nothing ("since the estate joined the Y Trust") (speaker_org_clauses.tied_org);
- a person moving to a post speaks for the body they join, not the one the apposition says
  they are at now ("X, currently deputy head at W, will take over at Y"; "Y has named X its
  new principal"; "will take up the role" after "Y has appointed ...") (speaker_org_posts.py);
- a speaker_org that is the speaker's own name is dropped also for a name the first-name list
  lacks, where the text writes it as a person's ("Year 4 pupil X, 9,", "X, whose daughters ...")
  (speaker_org_names.written_as_person);
- an event's judge or officer ("Head judge X", "Show organiser X") speaks for the one event the
  article names, or the body the text says runs it (speaker_org_events.py); a council's "head of"
  a service in a sentence about the council for the council (speaker_org_roles.officer_council);
- a signed name ("X, branch secretary, Y:", "- X, leisure manager, Y Council") speaks for the
  body written after the role (speaker_org_mentions.signed_org);
- "who has been a governor at Y" ties like "who is ... at Y"; "at a Y primary school" names no
  body (speaker_org_clauses.who_clause_org);
- a supply or agency worker ("Supply teacher X") speaks for no school they are placed at
  (speaker_org_nobody.placed_workers_school; supply teachers in the gold: 15 none, 1 the school).
Sentences written for these tests; the guards, where the old reading stands, come last."""
from __future__ import annotations

from nlp_fixtures import org_of

from nlp.components.speaker_org_events import event_of
from nlp.components.speaker_org_names import is_own_name


def test_a_defendant_does_not_speak_for_the_court(nlp_pipeline):
    text = ("Kevin Marsh, 52, of Elm Way, Dunstow, appeared at Dunstow Crown Court on Monday charged with theft.\n\n"
            "Marsh said: \"I regret everything I did.\"")
    assert org_of(nlp_pipeline, text, "Kevin Marsh") is None


def test_a_witness_at_a_court_in_a_who_clause(nlp_pipeline):
    text = "Lena Price, who gave evidence at Brackley Magistrates' Court last week, said: \"I only told the truth.\""
    assert org_of(nlp_pipeline, text, "Lena Price") is None


def test_a_tie_verb_with_another_subject_ties_the_person_to_nothing(nlp_pipeline):
    text = ("Ann Cole has tended the gardens for 11 years, since the estate joined the Greyling Heritage Trust "
            "in 2015.\n\n"
            "\"Nobody notices us until something goes wrong,\" Ann Cole said.")
    assert org_of(nlp_pipeline, text, "Ann Cole") is None


def test_currently_at_one_school_taking_over_at_another(nlp_pipeline):
    text = ("Priya Shah, currently deputy head at Elmfield Academy, will take over at Rowan Hill Primary School "
            "in September.\n\nMrs Shah said: \"I can't wait to start.\"")
    assert org_of(nlp_pipeline, text, "Priya Shah") == "Rowan Hill Primary School"


def test_taking_up_the_role_a_body_appointed_before(nlp_pipeline):
    text = ("The Brookvale Learning Trust has appointed a new finance director.\n\n"
            "Tom Reilly, currently head of finance at Kessington Council, will take up the role in May.\n\n"
            "\"It is a big job,\" Mr Reilly said.")
    assert org_of(nlp_pipeline, text, "Tom Reilly") == "Brookvale Learning Trust"


def test_joining_a_club_from_another(nlp_pipeline):
    text = ("Owen Hale, currently secretary of the Marsh Valley Rowing Club, will join the Tidewater Sailing Club "
            "next year.\n\n\"It's time for a change,\" Mr Hale said.")
    assert org_of(nlp_pipeline, text, "Owen Hale") == "Tidewater Sailing Club"


def test_named_by_a_body_as_its_new_principal(nlp_pipeline):
    text = ("Harbour Lane Academy has named Grace Obi as its new principal.\n\n"
            "Ms Obi said: \"I am delighted to be coming home.\"")
    assert org_of(nlp_pipeline, text, "Grace Obi") == "Harbour Lane Academy"


def test_guard_who_works_at_is_still_a_tie(nlp_pipeline):
    text = "Sam Oduya, who works at Fernhill Academy, said: \"We have waited long enough for this.\""
    assert org_of(nlp_pipeline, text, "Sam Oduya") == "Fernhill Academy"


def test_guard_speaking_for_a_body_is_still_a_tie(nlp_pipeline):
    text = "Rita Moss, speaking for the Coldbrook Residents Association, said: \"We will fight this all the way.\""
    assert org_of(nlp_pipeline, text, "Rita Moss") == "Coldbrook Residents Association"


def test_guard_currently_at_a_school_and_not_moving(nlp_pipeline):
    text = ("Leah Park, currently head of science at Crossway High School, said the results were excellent.\n\n"
            "\"We are proud of every pupil,\" Ms Park said.")
    assert org_of(nlp_pipeline, text, "Leah Park") == "Crossway High School"


def test_guard_a_move_with_no_body_to_go_to_keeps_the_post(nlp_pipeline):
    text = ("Mark Ellery, currently head of Dunmore Primary School, will lead both schools from September.\n\n"
            "\"The two communities are close,\" Mr Ellery said.")
    assert org_of(nlp_pipeline, text, "Mark Ellery") == "Dunmore Primary School"



def test_a_pupil_named_by_first_name_and_age_is_not_their_own_organisation(nlp_pipeline):
    doc = nlp_pipeline("Pupils planted 40 trees along the playing field.\n\n"
                       "Year 4 pupil Tobiah, 9, said: \"I planted an oak and I am going to visit it when I am old.\"")
    assert is_own_name(doc, "Tobiah", "Tobiah", False)


def test_a_parent_with_a_whose_clause_is_not_their_own_organisation(nlp_pipeline):
    doc = nlp_pipeline("Councillors approved a new bus route to the special school.\n\n"
                       "Dumisani Osei-Bonsu, whose twin daughters travel an hour each way, said: "
                       "\"It gives us our mornings back.\"")
    assert is_own_name(doc, "Dumisani Osei-Bonsu", "Dumisani Osei-Bonsu", False)


def test_guard_a_body_quoted_by_its_own_name_keeps_it(nlp_pipeline):
    doc = nlp_pipeline("Drivers at Fenbrook Coaches voted to strike.\n\n"
                       "Fenbrook Coaches, which runs 14 school routes, said: "
                       "\"We are disappointed and will keep talking.\"")
    assert not is_own_name(doc, "Fenbrook Coaches", "Fenbrook Coaches", False)
    doc = nlp_pipeline("Unison, 40 years after its founding, said: \"We will fight on.\" "
                       "The NEU, whose members struck, agreed.")
    assert not is_own_name(doc, "NEU", "NEU", False)


def test_a_head_of_service_in_a_sentence_about_the_council(nlp_pipeline):
    text = ("Fenmarsh Council cut the school bus budget last year.\n\n"
            "Head of transport Lisa Drew said the council had no choice. \"We had to make savings,\" Ms Drew said.")
    assert org_of(nlp_pipeline, text, "Lisa Drew") == "Fenmarsh Council"


def test_a_head_judge_speaks_for_the_awards(nlp_pipeline):
    text = ("A Bellmoor bakery won silver at the Trentside Baking Awards on Friday.\n\n"
            "Head judge Colin Ashdown said: \"The sourdough was superb, with a deep and even crust.\"")
    assert org_of(nlp_pipeline, text, "Colin Ashdown") == "Trentside Baking Awards"


def test_a_show_officer_speaks_for_the_show(nlp_pipeline):
    text = ("The Elmstead Vintage Car Show drew 3,000 visitors on Sunday.\n\n"
            "Show organiser Pat Greer said: \"We were overwhelmed by the crowds this year.\"")
    assert org_of(nlp_pipeline, text, "Pat Greer") == "Elmstead Vintage Car Show"


def test_an_event_officer_speaks_for_the_body_that_runs_the_event(nlp_pipeline):
    text = ("The festival, organised by the Hoxley Arts Trust, drew 900 visitors to the park.\n\n"
            "Festival judge Imran Shah said: \"The standard of the young bands was astonishing.\"")
    assert org_of(nlp_pipeline, text, "Imran Shah") == "Hoxley Arts Trust"


def test_guard_a_judge_with_two_events_named_gets_none(nlp_pipeline):
    text = ("A Bellmoor bakery won at the Trentside Baking Awards and at the Northern Pie Awards.\n\n"
            "Head judge Colin Ashdown said: \"The pork pie was the best I have tasted in years.\"")
    assert org_of(nlp_pipeline, text, "Colin Ashdown") is None


def test_a_signed_name_role_and_body_before_a_colon(nlp_pipeline):
    text = ("Bus fares will rise in April.\n\n"
            "Hana Okoro, senior planner, Marlow Vale Transport Partnership: \"The rise was unavoidable.\"")
    assert org_of(nlp_pipeline, text, "Hana Okoro") == "Marlow Vale Transport Partnership"


def test_a_signed_name_role_and_body_after_the_quote(nlp_pipeline):
    text = ("Pelham Borough Council will shut the town's pool in July.\n\n"
            "\"We will keep the pool open as long as we can.\" - Gareth Lowe, leisure manager, Pelham Borough Council")
    assert org_of(nlp_pipeline, text, "Gareth Lowe") == "Pelham Borough Council"


def test_guard_a_parent_signed_with_a_place_gets_none(nlp_pipeline):
    text = ("Pelham Borough Council will shut the town's pool in July.\n\n"
            "\"My daughter learned to swim in that pool.\" - Nia Rees, parent, Pelham")
    assert org_of(nlp_pipeline, text, "Nia Rees") is None


def test_who_has_been_a_governor_at_the_school(nlp_pipeline):
    text = ("Brookfold Primary School has a new chair of governors.\n\n"
            "Omar Sayed, who has been a governor at the school for six years, said: \"The board is in good heart.\"")
    assert org_of(nlp_pipeline, text, "Omar Sayed") == "Brookfold Primary School"


def test_guard_who_has_been_a_worker_at_a_school_names_no_body(nlp_pipeline):
    text = ("Kirkholme Council agreed a pay rise for support staff.\n\n"
            "Rae Dunn, who has been a teaching assistant at a Kirkholme primary school for 14 years, said: "
            "\"It is a start.\"")
    assert org_of(nlp_pipeline, text, "Rae Dunn") is None


def test_a_supply_teacher_does_not_speak_for_the_school_she_is_placed_at(nlp_pipeline):
    text = ("Supply teacher Nia Holt, 41, has covered classes at Wexley Park Academy since January.\n\n"
            "\"I never know where I will be next week,\" Ms Holt said.")
    assert org_of(nlp_pipeline, text, "Nia Holt") is None


def test_guard_a_teacher_at_the_school_speaks_for_it(nlp_pipeline):
    text = ("Nia Holt, a teacher at Wexley Park Academy, has run the chess club since January.\n\n"
            "\"The children beat me every week,\" Ms Holt said.")
    assert org_of(nlp_pipeline, text, "Nia Holt") == "Wexley Park Academy"


def test_event_of_reads_no_role_from_a_mention_outside_the_text(nlp_pipeline):
    text = ("The Larchmere Cheese Awards were held on Saturday.\n\n"
            "Head judge Ivor Penn said: \"The standard was remarkable.\"")
    doc = nlp_pipeline(text)
    start = text.index("Ivor Penn")
    assert event_of(doc, [], [(len(text) + 10, len(text) + 19)]) is None
    assert event_of(doc, [], [(len(text) + 10, len(text) + 19), (start, start + len("Ivor Penn"))]) \
        == "Larchmere Cheese Awards"
