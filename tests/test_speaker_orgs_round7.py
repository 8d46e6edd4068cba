"""Seventh speakers' organisations round (issue 15 point 3, fresh quote sets 49-52 counted):
- a body the role phrase names in full that the entity model did not list ("treasurer of Y
  Society", "who chairs the Friends of Y", "who owns Y") (speaker_org_unlisted.py);
- "a spokesperson for Y" with no listed Y: Y (quoting/org_full_names.py);
- a person dismissed by their workplace does not speak for it (speaker_org_nobody.dismissed);
- a director whose role names no body, in a sentence about "the council": the council
  (speaker_org_roles.officer_council).
Sentences written for these tests; the guards, where no organisation may be given, come last."""
from __future__ import annotations

from nlp_fixtures import org_of

from nlp.components.quoting.org_full_names import spokesperson_org_in_full
from nlp.components.speaker_org_nobody import dismissed
from nlp.components.speaker_org_roles import officer_council
from nlp.components.speaker_org_unlisted import name_run, unlisted_body


def _tokens_from(doc, word: str) -> list:
    start = next(t.i for t in doc if t.text == word)
    return list(doc[start:start + 12])


def _person(doc, name: str) -> dict:
    return next(p for p in doc._.people if p["name"] == name)


def _span(doc, name: str):
    start = doc.text.index(name)
    return doc.char_span(start, start + len(name))


def test_a_body_name_the_list_lacks_is_read_from_the_role_phrase(nlp_pipeline):
    doc = nlp_pipeline("Gwilym Arnott-Sayer, treasurer of Kelsey Vale Pigeon Fanciers Society, said the loft "
                       "would stay.")
    hit = unlisted_body(doc, name_run(_tokens_from(doc, "Kelsey"), 0))
    assert hit is not None and hit["name"] == "Kelsey Vale Pigeon Fanciers Society"


def test_a_head_before_of_and_a_plurals_apostrophe(nlp_pipeline):
    doc = nlp_pipeline("Nasreen Tolley-Bakshi chairs Dunmere Chamber of Commerce and the Pellbury Stallholders' "
                       "Guild.")
    chamber = unlisted_body(doc, name_run(_tokens_from(doc, "Dunmere"), 0))
    guild = unlisted_body(doc, name_run(_tokens_from(doc, "Pellbury"), 0))
    assert chamber is not None and chamber["name"] == "Dunmere Chamber of Commerce"
    assert guild is not None and guild["name"] == "Pellbury Stallholders' Guild"


def test_a_business_owned_needs_no_body_noun(nlp_pipeline):
    doc = nlp_pipeline("Harriet Quennell owns Copperpot Pantry on the corner.")
    run = name_run(_tokens_from(doc, "Copperpot"), 0)
    assert unlisted_body(doc, run) is None  # no body's head noun
    hit = unlisted_body(doc, run, owned=True)
    assert hit is not None and hit["name"] == "Copperpot Pantry"


def test_the_owner_of_a_business_speaks_for_it(nlp_pipeline):
    text = ("A bakery on Tanner Row has won a regional prize.\n\n"
            "Priya Nandakumar, who owns Hollin Lane Bakehouse, said: \"We bake through the night, "
            "so this means a lot to the whole team.\"")
    assert org_of(nlp_pipeline, text, "Priya Nandakumar") == "Hollin Lane Bakehouse"


def test_a_spokesperson_for_a_body_the_list_lacks():
    text = "Drivers face delays. A spokeswoman for Tarnbeck Water Services said the main had burst."
    assert spokesperson_org_in_full(text, "spokeswoman for Tarnbeck Water Services", None, 30) \
        == "Tarnbeck Water Services"


def test_a_person_dismissed_by_their_workplace(nlp_pipeline):
    doc = nlp_pipeline("Bethan Rhys-Okafor, 39, worked at Ferncliffe Primary School for six years until she "
                       "was made redundant in 2024.")
    assert dismissed(doc, _person(doc, "Bethan Rhys-Okafor"), "Ferncliffe Primary School")
    doc = nlp_pipeline("Desmond Quarrie-Lamb, 58, was sacked by Oldmoor Community School last May.")
    assert dismissed(doc, _person(doc, "Desmond Quarrie-Lamb"), "Oldmoor Community School")


def test_a_dismissal_claimed_in_the_next_sentence(nlp_pipeline):
    doc = nlp_pipeline("Ruth Ansell-Varga worked for Brightbowl Catering Ltd at Tenby Road Primary School "
                       "before leaving in 2023. She is claiming constructive dismissal.")
    assert dismissed(doc, _person(doc, "Ruth Ansell-Varga"), "Brightbowl Catering Ltd")


def test_a_council_director_whose_role_names_no_body(nlp_pipeline):
    doc = nlp_pipeline("Harnley District Council must save £2 million.\n\nDirector of resources Petra Olsen "
                       "warned councillors that the council would have to sell land.")
    hit = officer_council(doc, _span(doc, "Petra Olsen"))
    assert hit is not None and hit["name"] == "Harnley District Council"


# ---- guards -----------------------------------------------------------------------------------
def test_a_street_or_a_place_is_no_body(nlp_pipeline):
    doc = nlp_pipeline("Tom Blakey, of Orchard Way, lives near Upper Kelsey Fields.")
    assert unlisted_body(doc, name_run(_tokens_from(doc, "Orchard"), 0)) is None
    assert unlisted_body(doc, name_run(_tokens_from(doc, "Upper"), 0)) is None


def test_a_spokesperson_for_families_or_one_capitalised_word():
    text = "A spokesperson for the families said the road must close. A spokesman for Ashby said no."
    assert spokesperson_org_in_full(text, "spokesperson for the families", None, 0) is None
    assert spokesperson_org_in_full(text, "spokesman for Ashby", None, 60) is None


def test_who_dismissed_someone_else_or_said_so(nlp_pipeline):
    doc = nlp_pipeline("Headteacher Desmond Quarrie-Lamb said the school had dismissed claims that standards "
                       "had slipped.")
    assert not dismissed(doc, _person(doc, "Desmond Quarrie-Lamb"), "Oldmoor Community School")
    doc = nlp_pipeline("Nadia Oyelaran, who represented Jo Pell, put it to him: \"So she was dismissed for "
                       "asking?\"")
    assert not dismissed(doc, _person(doc, "Nadia Oyelaran"), "Ferncliffe Primary School")


def test_a_union_is_kept_for_a_dismissed_member(nlp_pipeline):
    doc = nlp_pipeline("Unison said Maria Costa-Blake, who was sacked by the trust, would appeal.")
    union = next((o["name"] for o in doc._.orgs if o["kind"] == "union"), None)
    assert union is not None and not dismissed(doc, _person(doc, "Maria Costa-Blake"), union)


def test_a_company_director_or_a_named_body_director_gets_no_council(nlp_pipeline):
    doc = nlp_pipeline("Harnley District Council wants lower prices.\n\nManaging director Rob Tate said the "
                       "council had asked too much.")
    assert officer_council(doc, _span(doc, "Rob Tate")) is None
    doc = nlp_pipeline("Harnley District Council wants lower prices.\n\nThe Greenfold director Sam Booth said "
                       "the council had asked too much.")
    assert officer_council(doc, _span(doc, "Sam Booth")) is None
