"""Issue 15, twenty-sixth round: one name per body. A company's first word is the name it
trades under whatever comes between it and Ltd/plc; the model's place label on a trust's or a
company's short form is wrong when the article never uses it as a place; a headline's last
words describe nothing in the paragraph below. Texts and names written for these tests."""

from spacy.tokens import Span

from nlp.components.org_context import described_as_academy_trust
from nlp.components.org_short_forms import _place_label_wrong, _trading_name
from nlp_fixtures import names_at


def _span(doc, text: str, label: str = "ORG") -> Span:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text), label=label, kb_id=text)
    assert span is not None
    return span


# ---- a company's trading name -------------------------------------------------------------------
def test_a_company_goes_by_its_first_word_whatever_its_middle_words(nlp):
    text = ("Firm wins contract\n\nMarrowfen Outdoor Adventure Supplies Ltd has won a contract to run "
            "school trips for the county. Marrowfen said it would hire twelve instructors.")
    assert names_at(nlp, text, "Marrowfen", " said") == ["Marrowfen Outdoor Adventure Supplies Ltd"]


def test_no_trading_name_from_two_names_run_together_a_place_or_a_first_name(nlp):
    doc = nlp("Staff moved from Brindlecote to Harwick Education Ltd on Monday. Schools in Pellow use Pellow Sports "
              "Coaching Ltd for games. Margaret Lane Studios Ltd closed.")
    places = {"Pellow"}
    assert not _trading_name(_span(doc, "Brindlecote to Harwick Education Ltd"), places)
    assert not _trading_name(_span(doc, "Pellow Sports Coaching Ltd"), places)
    assert not _trading_name(_span(doc, "Margaret Lane Studios Ltd"), places)


def test_a_trading_name_needs_a_legal_ending(nlp):
    doc = nlp("Quarnby Outdoor Adventure Centre opened. Quarnby Outdoor Adventure Ltd has closed.")
    assert not _trading_name(_span(doc, "Quarnby Outdoor Adventure Centre"), set())
    assert _trading_name(_span(doc, "Quarnby Outdoor Adventure Ltd"), set())


# ---- a place label the article never bears out --------------------------------------------------
def test_a_trust_short_form_read_as_a_place_is_the_trust_when_never_used_as_one(nlp):
    doc = nlp("Staff at another Velmora school were told on Monday. Velmora Learning Trust runs six schools.")
    i = next(t.i for t in doc if t.text == "Velmora")
    assert _place_label_wrong(doc, i, 1, "Velmora Learning Trust")


def test_a_short_form_the_article_uses_as_a_place_stays_a_place(nlp):
    for place_use in ("Families in Velmora were told on Monday.", "The Velmora area has six schools.",
                      "Velmora residents were told on Monday.", "A Velmora-based firm was told."):
        doc = nlp(f"Staff at another Velmora school were told. {place_use} Velmora Learning Trust runs six schools.")
        i = next(t.i for t in doc if t.text == "Velmora")
        assert not _place_label_wrong(doc, i, 1, "Velmora Learning Trust"), place_use


def test_a_place_label_stays_on_a_short_form_of_a_school_or_a_council(nlp):
    doc = nlp("Staff at another Velmora school were told on Monday.")
    i = next(t.i for t in doc if t.text == "Velmora")
    assert not _place_label_wrong(doc, i, 1, "Velmora Primary School")
    assert not _place_label_wrong(doc, i, 1, "Velmora County Council")


# ---- a headline's last words --------------------------------------------------------------------
def test_a_headline_ending_in_trust_does_not_describe_the_next_paragraphs_first_name(nlp):
    doc = nlp("Caterer signs deal with diocesan trust\n\nTollwick Foods Group plc has signed a deal.")
    i = next(t.i for t in doc if t.text == "Tollwick")
    assert not described_as_academy_trust(doc, i, i + 4)
    doc = nlp("He has joined another trust, Ashmere Learning, this term.")
    i = next(t.i for t in doc if t.text == "Ashmere")
    assert described_as_academy_trust(doc, i, i + 2)


# ---- former names ---------------------------------------------------------------------------------
def test_a_former_name_after_a_relative_clause_naming_places(nlp):
    text = ("Sedgemoor, which runs 12 schools in Ashby and Holt, was known until 2020 as the Ashby Academy Trust. "
            "Sedgemoor said it was pleased.")
    assert names_at(nlp, text, "Ashby Academy Trust") == ["Sedgemoor"]


def test_the_named_trust_which_was_formerly_known_as(nlp):
    text = ("Brook Academy Trust and Fenby Learning Trust will merge. The Brook trust, which was formerly known as "
            "the Brook Federation, runs Brook School.")
    assert names_at(nlp, text, "Brook Federation") == ["Brook Academy Trust"]


def test_a_trust_that_was_called_another_name(nlp):
    text = ("Marsh Learning runs six schools. Ruth Kane leads Marsh Learning, the Dunby-based trust that was called Dunby "
            "Schools Trust until 2022, from an office in Dunby.")
    assert names_at(nlp, text, "Dunby Schools Trust") == ["Marsh Learning"]


def test_a_town_before_based_is_no_short_form(nlp):
    text = "Tarnby Schools Trust runs six schools. The Tarnby-based trust has 90 staff. Tarnby said it would grow."
    assert names_at(nlp, text, "Tarnby", "-based") == [None]


# ---- trusts named after a titled person --------------------------------------------------------------
def test_a_trust_named_after_a_dame_keeps_its_name_and_its_surname_short_form(nlp):
    text = ("Pay rises\n\nHolm Learning Trust and Dame Ellen Marsh Academy Trust made smaller payments. "
            "Marsh's trustees approved a donation.")
    assert names_at(nlp, text, "Dame Ellen Marsh Academy Trust") == ["Dame Ellen Marsh Academy Trust"]
    assert names_at(nlp, text, "Marsh", "'s trustees") == ["Dame Ellen Marsh Academy Trust"]


def test_a_dame_outside_a_bodys_name_is_still_a_person(nlp):
    doc = nlp("Dame Ellen Marsh said the plan was sound. Mrs Marsh chairs the board.")
    assert "Ellen Marsh" in [p["name"] for p in doc._.people]


def test_the_school_will_be_renamed(nlp):
    text = ("Pupils at Fernby Primary School will join Holm Learning Trust in April. On conversion the school "
            "will be renamed Fernby Primary Academy.")
    assert names_at(nlp, text, "Fernby Primary School") == names_at(nlp, text, "Fernby Primary Academy")
    other = ("Holm Learning Trust has taken over Ashby High School. The school will work with Fernby Primary School. "
             "From September the school will be renamed Holm Park School.")
    assert names_at(nlp, other, "Ashby High School") != names_at(nlp, other, "Holm Park School")
    assert names_at(nlp, other, "Fernby Primary School") != names_at(nlp, other, "Holm Park School")


def test_the_named_trust_is_the_one_its_word_is_short_for(nlp):
    text = ("Brook Academy Trust and Fenby Learning Trust have merged, and the combined trust will be known as "
            "Brook Fenby Learning. The Brook trust, which was formerly known as the Brook Federation, runs Brook School.")
    assert names_at(nlp, text, "Brook Federation") != ["Brook Fenby Learning"]


def test_a_groups_short_form_stays_the_groups_beside_its_subsidiarys_trading_name(nlp):
    text = ("The trust wants Pellam Site Services Ltd, part of Pellam FM Group, to run its sites. "
            "Staff said Pellam had not met them.")
    assert names_at(nlp, text, "Pellam", " had") == ["Pellam FM Group"]
