"""Names the model misses and kinds their shape does not tell, found from what the article
itself shows (nlp/components/org_evidence.py). Texts written for these tests."""
from nlp_fixtures import kinds_in, orgs_in


# ---- names the model leaves out ---------------------------------------------------------------
def test_a_name_used_twice_at_sentence_starts_is_found(nlp):
    text = ("Sixth form plan\n\nAshdown Learning said on Monday it would close the sixth form at Leyburn High School. "
            "Ashdown Learning runs four secondaries.")
    assert kinds_in(nlp, text)["Ashdown Learning"] == "academy_trust"


def test_a_school_moving_to_an_untagged_body_names_a_trust(nlp):
    text = ("Trusts named\n\nMorley Vale School goes to Quillon Education; Ash Grove Primary joins Kindle Schools Trust.\n\n"
            "The interim head, who was seconded from Quillon last year, said the move was welcome.")
    found = kinds_in(nlp, text)
    assert found["Quillon Education"] == "academy_trust"
    assert found["Kindle Schools Trust"] == "academy_trust"


def test_the_trust_in_the_next_sentence_says_what_the_subject_is(nlp):
    text = ("New trust\n\nThe Riverbend Partnership has taken over Northfield Junior School. It runs 14 schools in "
            "the county.")
    assert kinds_in(nlp, text)["Riverbend Partnership"] == "academy_trust"
    text = ("Head leaves\n\nBrookhaven Education has confirmed that the head of Ferris Lane Primary will leave at "
            "Easter. The trust runs seven schools in the valley.")
    assert kinds_in(nlp, text)["Brookhaven Education"] == "academy_trust"


def test_a_possessive_with_an_officer_is_a_body(nlp):
    text = "Cuts\n\nCorvedale Learning's chief executive, Anne Platt, said cuts to support staff were inevitable."
    assert "Corvedale Learning" in orgs_in(nlp, text)


def test_part_of_the_body_after_a_school(nlp):
    text = ("Prize\n\nA cook who works at Hensall Primary Academy in Dorby, part of the Wyecliffe Partnership, has won "
            "a national award.")
    assert kinds_in(nlp, text)["Wyecliffe Partnership"] == "academy_trust"


# ---- and what stays as it was -----------------------------------------------------------------
def test_a_charity_described_as_one_is_not_a_trust(nlp):
    text = ("Grant\n\nThe chief executive of the Rowan Foundation, a national charity, said academy trusts must do "
            "more on reading.")
    assert kinds_in(nlp, text).get("Rowan Foundation", "other") == "other"


def test_a_programme_schools_are_part_of_is_not_a_trust(nlp):
    text = ("River week\n\nBoth schools are part of Living Tarn, a two-year programme run by the rivers trust, in "
            "which pupils test the water.")
    assert kinds_in(nlp, text).get("Living Tarn", "other") != "academy_trust"


def test_an_awards_title_gives_no_body(nlp):
    text = ("Winners\n\nA teaching assistant won at the Dunmere Education Awards on Friday. Dunmere Education "
            "Awards judges praised her breakfast club.")
    assert not any(name.startswith("Dunmere Education") and o["kind"] == "academy_trust"
                   for name, o in orgs_in(nlp, text).items())


def test_a_place_before_the_trust_is_not_the_trust(nlp):
    text = ("Pool shut\n\nSchools run by Lumley, the academy trust that has nine primaries in Ketton and Rushby, "
            "booked the pool. The trust's head of primary said pupils would travel to Rushby.\n\nThe trust said "
            "it was sorry.")
    assert kinds_in(nlp, text).get("Rushby", "other") != "academy_trust"


def test_a_short_form_shared_by_a_trust_and_its_school(nlp):
    text = ("Cyber attack\n\nVarndale Academies Trust said the attack hit five schools, including Varndale High "
            "School.\n\nVarndale's chief executive, Gary Moss, apologised.")
    doc = nlp(text)
    start = text.index("Varndale's")
    ents = [e for e in doc.ents if e.start_char == start]
    assert ents and ents[0].kb_id_ == "Varndale Academies Trust"


def test_a_trust_shaped_name_described_as_a_company_is_a_company(nlp):
    text = ("Places\n\nAssessments are handled by Dalemoor Learning Trust, the not-for-profit company the county "
            "council set up in 2016 to run its education services.")
    assert kinds_in(nlp, text)["Dalemoor Learning Trust"] == "company"
    text = ("Accounts\n\nOakfield Learning Trust, a charitable company limited by guarantee, runs six schools in "
            "the town.")
    assert kinds_in(nlp, text)["Oakfield Learning Trust"] == "academy_trust"


def test_a_place_owning_schools_is_not_a_trust(nlp):
    text = ("Talks break down between unions and Witham academy trust\n\nTalks have broken down between unions "
            "and the academy trust which runs two of Witham's schools.")
    assert kinds_in(nlp, text).get("Witham", "other") != "academy_trust"
