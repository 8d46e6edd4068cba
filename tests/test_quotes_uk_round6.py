"""British local-news attributions of issue 13's sixth round: a clergy or office-holder role
noun ("the vicar", "the treasurer") meaning the person introduced with it, an organisation's
initials naming its spokesperson's organisation, and "they" for an organisation reported
speaking after another speaker's quote. Every text is written for this file; each test fails
when its rule is taken out. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp_fixtures import attributions


def test_the_vicar_is_the_person_introduced_as_vicar(nlp_pipeline):
    text = ("Parents at Dunmarsh Church of England Primary want the merger paused.\n\n"
            "Rev. Hilary Quenby, vicar of St Cuthbert's and a foundation governor, said nobody had asked "
            "the parish. \"We found out from a newsletter,\" said the vicar, who has served the parish "
            "since 2015.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Hilary Quenby"]


def test_the_priest_after_a_clergy_title(nlp_pipeline):
    text = ("Governors of St Brendan's Catholic Primary met the union on Tuesday.\n\n"
            "Fr. Anselm Dorrity, parish priest and chair of governors, said the meeting had been useful. "
            "The priest said the school had \"every intention of keeping its cooks\".")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Anselm Dorrity"]


def test_a_treasurer_title_is_not_part_of_the_name(nlp_pipeline):
    text = ("The Friends of Larchfield Library have raised £40,000 so far.\n\n"
            "Treasurer Winifred Ashdown said she expected more. \"Every coffee morning brings in a few "
            "hundred pounds.\"")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Winifred Ashdown"]


def test_initials_of_a_named_body_give_the_spokespersons_organisation(nlp_pipeline):
    text = ("The Ministry of Housing and Local Government has been asked to step in.\n\n"
            "A MHLG spokesperson said: \"We are aware of the concerns and will respond shortly.\"")
    assert attributions(nlp_pipeline, text) == [("MHLG spokesperson", "Ministry of Housing and Local Government")]


def test_they_is_the_organisation_reported_speaking_after_a_quote(nlp_pipeline):
    text = ("Kelbrook Valley Academy will join a new trust in September.\n\n"
            "A parent who asked not to be named said: \"Nobody asked the families what they wanted.\"\n\n"
            "Heronsgate Learning Partnership said it understood the worries of parents. In a statement, "
            "they said: \"We will hold an open evening at the school every month.\"")
    assert attributions(nlp_pipeline, text)[-1] == ("Heronsgate Learning Partnership", "Heronsgate Learning Partnership")


def test_a_report_by_a_body_set_off_by_commas_found_a_clause(nlp_pipeline):
    text = ("Councillors on the scrutiny panel were sent a review of the leisure centre contract.\n\n"
            "The review, by Pellbridge Assurance Partners, found the operator had ‘no clear plan for the "
            "pool’ and that its repairs log had been ‘incomplete’.")
    assert attributions(nlp_pipeline, text) == [("Pellbridge Assurance Partners", "Pellbridge Assurance Partners")] * 2


def test_she_after_an_unnamed_parent_reported_speaking_is_that_parent(nlp_pipeline):
    text = ("Staff at Corrowby High walked out on Tuesday, said NEU rep Gwendolyn Farraday. \"We had no "
            "choice,\" she said.\n\n"
            "One grandmother at the gates, who did not want to be named, said she supported the staff. "
            "\"They have always looked after my grandson,\" she said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Gwendolyn Farraday", "One grandmother"]


def test_they_after_an_unnamed_worker_reported_speaking_is_that_worker(nlp_pipeline):
    text = ("Fenwray Buses Ltd stopped running the school routes last month.\n\n"
            "Another driver, who asked not to be named, said wages were late again. \"Nobody from the "
            "office would pick up the phone,\" they said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Another driver"]


def test_a_single_quote_ending_in_a_plural_closes_before_a_spaced_dash(nlp_pipeline):
    text = ("Brisworth Academies Trust paid its chief executive £180,000, said chair Ivor Tallack.\n\n"
            "'There is one rule for the managers and another for the dinner ladies' - that was the view of "
            "Unison steward Marjorie Pengelly, who accused the trust of 'two standards'.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Marjorie Pengelly", "Marjorie Pengelly"]


def test_a_dash_signature_with_a_name_and_its_group(nlp_pipeline):
    text = ("Brisworth Academies Trust will put its cleaning out to tender.\n\n"
            "'This proves what families have said for years' - Aldous Brimble of Hands Off Our Schools.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Aldous Brimble"]


def test_so_said_in_the_next_paragraph_beats_the_speaker_of_the_paragraph_before(nlp_pipeline):
    text = ("Cllr Rosamund Hext said the new school would open a year late. \"We are sorry,\" she said.\n\n"
            "Cllr Hext conceded some families would face long journeys.\n\n"
            "\"They have moved the goalposts on us.\"\n\n"
            "So said Petra Linnell, whose son is in Year 5.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Rosamund Hext", "Petra Linnell"]


def test_a_capitalised_label_after_described_as_a_is_a_quote(nlp_pipeline):
    text = ("The county council will take school meals back in house.\n\n"
            "Cllr Horace Venning described the decision as a 'Climbdown' that would cost the county dear.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Horace Venning"]


def test_a_cue_after_by_takes_the_subject_of_the_verb_it_modifies(nlp_pipeline):
    text = ("The transport committee met on Monday.\n\n"
            "Panel chair Cllr Beatrix Ormsby opened the meeting by describing the new timetable as ‘a shambles’.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Beatrix Ormsby"]
