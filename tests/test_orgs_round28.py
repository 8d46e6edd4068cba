"""Issue 15, twenty-eighth round: one name per body, and only bodies. Buildings named for
what they are (a hospital site, a venue, a school's old premises) are no bodies. Texts and
names written for these tests."""

from spacy.tokens import Span

from nlp.components.org_common_words import common_word_names
from nlp.components.org_headlines import drop_headline_only
from nlp.components.org_kinds import is_document_title
from nlp.components.org_known_as import known_back
from nlp_fixtures import aliases_of, org_at, orgs_in


# ---- buildings named for what they are ---------------------------------------------------------
def test_a_hospital_site_a_venue_and_old_school_premises_are_buildings():
    for name in ("Marlby General Hospital", "Wenbury Cottage Hospital", "Tolbury Sports Arena", "Pellow Sports Hall",
                 "Old Board School", "the Old Grammar School", "Quenby Corn Exchange"):
        assert is_document_title(name.split()), name


def test_the_bodies_beside_the_buildings_stay_bodies():
    for name in ("Marlby Hospitals NHS Foundation Trust", "Wenbury Hospital School", "Old Buckenham High School",
                 "Old Palace School", "Arena Academy Trust", "Tolbury Sports Partnership"):
        assert not is_document_title(name.split()), name


def test_buildings_in_running_text_are_not_found_as_organisations(nlp):
    text = ("Pupils from Harnley Primary School will sing at Marlby General Hospital next week. The final was played "
            "at Tolbury Sports Arena on Sunday. Quenby Heritage Trust has bought the Old Board School on Mill Lane "
            "for £1.")
    found = orgs_in(nlp, text)
    assert "Harnley Primary School" in found and "Quenby Heritage Trust" in found
    assert not {"Marlby General Hospital", "Tolbury Sports Arena", "Old Board School"} & set(found)


# ---- a rename: the name the model left untagged, and which trust "the trust" is -------------------
def test_a_new_name_after_a_rename_phrase_becomes_the_body(nlp):
    for text in ("Kelworth Schools Trust, which looks after 12 academies in the dales, is set to change its name to "
                 "Veranto next spring. Parents were told on Friday.",
                 "Brindle teachers told\n\nKelworth Schools Trust rebrands as Veranto\n\nParents were told on Friday."):
        found = orgs_in(nlp, text)
        assert "Veranto" in found, text
        assert "Kelworth Schools Trust" in aliases_of(found, "Veranto"), text


def test_a_current_name_before_was_known_as_becomes_the_body(nlp):
    found = orgs_in(nlp, "Pemberly, which was called the Hadlow Learning Partnership until 2020, said its schools "
                         "would stay open over the summer.")
    assert "Pemberly" in found and "Hadlow Learning Partnership" in aliases_of(found, "Pemberly")


def test_two_bodies_merging_into_a_new_name_are_not_renamed(nlp):
    found = orgs_in(nlp, "Ashby Learning Trust and Corran Schools Trust will become Lumen in the autumn. The "
                         "merger was approved on Monday.")
    assert not any("Corran Schools Trust" in aliases_of(found, n) for n in found)


def test_the_trust_is_the_sentences_subject_not_a_trust_named_in_passing(nlp):
    text = ("Ormsby Learning Trust, which runs Ormsby High School, will hand the school over to Cresswell Education "
            "Trust next year. The smaller trust will close. Until 2018 the trust was known as Ormsby High School "
            "Academy Trust.")
    found = orgs_in(nlp, text)
    assert "Ormsby High School Academy Trust" in aliases_of(found, "Ormsby Learning Trust")
    assert "Ormsby High School Academy Trust" not in aliases_of(found, "Cresswell Education Trust")


def test_the_trust_formerly_known_as_opens_on_the_body_named_just_before(nlp):
    text = ("Pay at the county's trusts\n\nFennick (4 schools): £120,000 to £125,000. The trust, previously known as "
            "Ansty Academies Trust, changed its name in 2021.\n\nHarlow Vale Academy Trust (9 schools): £150,000.")
    found = orgs_in(nlp, text)
    assert "Ansty Academies Trust" in aliases_of(found, "Fennick")


# ---- a sentence's first word the tagger reads as a common noun ---------------------------------
def _first_word_as_org(doc):
    return [Span(doc, 0, 1, label="ORG", kb_id=doc[0].text)]


def test_a_common_noun_opening_a_sentence_is_no_body(nlp):
    for text in ("Caretakers at three Dunmore academies walked out on Monday over rotas.",
                 "Residents had objected to the new car park for months.",
                 "Volunteers painted the hall before the summer fair."):
        doc = nlp(text)
        assert common_word_names(doc, _first_word_as_org(doc), frozenset()) == {doc[0].text}, text


def test_a_one_word_body_opening_a_sentence_stays_a_body(nlp):
    for text in ("Ofsted said the school was good.", "Kingsmere said its pay was fair.",
                 "Greenpeace said it would protest outside the hall."):
        doc = nlp(text)
        assert common_word_names(doc, _first_word_as_org(doc), frozenset()) == set(), text


# ---- a Title Case headline's name less the place in front ---------------------------------------
def _headline_cut(nlp, headline: str, body: str, full: str) -> list[tuple[str, str]]:
    doc = nlp(f"{headline}\n\n{body}")
    n = len(nlp.make_doc(headline))
    start = doc.text.index(full)
    ents = [Span(doc, 0, n, label="ORG"), doc.char_span(start, start + len(full), label="ORG", kb_id=full)]
    return [(e.text, e.kb_id_) for e in drop_headline_only(doc, ents, set()) if e.start < n]


def test_a_headline_name_less_the_place_in_front_is_the_body(nlp):
    assert _headline_cut(nlp, "Parent Carers Association Warns Over Transport Cuts",
                         "The Kelby Parent Carers Association, which represents families, said 40 children were "
                         "affected.", "Kelby Parent Carers Association") == [("Parent Carers Association",
                                                                              "Kelby Parent Carers Association")]


def test_a_headline_school_or_trust_less_its_place_is_not_the_body(nlp):
    assert _headline_cut(nlp, "Park School Pupils Win Chess Trophy At County Finals",
                         "Pupils at Oak Park School in Hanley won the trophy.", "Oak Park School") == []
    assert _headline_cut(nlp, "Learning Trust Wins Appeal Over Playing Field Sale",
                         "Hexley Learning Trust won its appeal on Monday.", "Hexley Learning Trust") == []


def test_a_short_form_given_as_what_the_school_is_known_as_with_a_modifier(nlp):
    text = ("Dunmore Park School Academy Trust, which runs Dunmore Park School, will join Hexley Learning Trust.\n\n"
            "Dunmore Park, as the 900-pupil school is known locally, was rated good in May.")
    doc = nlp(text)
    ents = [org_at(doc, "Dunmore Park School Academy Trust"), org_at(doc, "Dunmore Park School", 1),
            org_at(doc, "Hexley Learning Trust")]
    assert known_back(doc, ents) == {"Dunmore Park": "Dunmore Park School"}


def test_the_trust_set_beside_a_name_is_that_name_not_an_earlier_trust(nlp):
    text = ("Top of the table is the head of Ashgrove Learning Trust, paid £190,000. Next comes the head of "
            "Wrenfold (£170,000), the trust previously known as Brackley Academies Trust until 2020.")
    found = orgs_in(nlp, text)
    assert "Brackley Academies Trust" not in aliases_of(found, "Ashgrove Learning Trust")


def test_an_unknown_one_word_name_opening_a_numbered_line_stays_a_body(nlp):
    doc = nlp("2. Wrenvale: £150,000 to £155,000. It runs nine schools.")
    ents = [Span(doc, 2, 3, label="ORG", kb_id="Wrenvale")]
    assert common_word_names(doc, ents, frozenset()) == set()


# ---- a council's scrutiny committee -----------------------------------------------------------
def test_a_councils_scrutiny_committee_is_part_of_the_council(nlp):
    assert is_document_title("Schools and Skills Scrutiny Panel".split())
    text = "A report to Harnby County Council's Schools Scrutiny Committee said costs had risen."
    found = orgs_in(nlp, text)
    assert "Harnby County Council" in found
    assert not any("Scrutiny" in name for name in found)


def test_other_committees_and_boards_stay_bodies():
    for name in ("Public Accounts Committee", "Regional Schools Improvement Board", "Harnby Diocesan Board of Education"):
        assert not is_document_title(name.split()), name
