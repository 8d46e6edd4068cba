"""Issue 15, twenty-fifth round: academy trusts. A one-word brand listed beside only trusts'
names, a "... Learning Group", a partnership of maintained schools (no trust), "Vale of" in a
name, a company with a place in brackets, "From A to B", and short forms a trust shares with its
school or with a charity. Texts and names written for these tests."""

from nlp.components.org_kinds import infer_kind
from nlp.components.org_lists import listed_as_trust
from nlp.components.org_short_forms import short_form_spans
from nlp.components.org_splits import split_joined
from nlp_fixtures import kinds_in, org_at


# ---- one-word brands in lists of trusts ----------------------------------------------------------
def test_a_one_word_name_listed_among_trusts_only_is_a_trust(nlp):
    kinds = kinds_in(nlp, "Awards shortlist\n\nHarlow Brook Learning Trust, Quarrendon and Tanfield Vale "
                          "Academy Trust each have two nominations.")
    assert kinds.get("Quarrendon") == "academy_trust"


def test_a_one_word_name_listed_with_a_body_of_another_kind_is_not_made_a_trust(nlp):
    kinds = kinds_in(nlp, "Awards shortlist\n\nHarlow Brook Learning Trust, Quarrendon and Wexham County "
                          "Council each have two nominations.")
    assert kinds.get("Quarrendon") == "other"


def test_a_one_word_name_listed_among_federations_is_not_made_a_trust(nlp):
    doc = nlp("Awards shortlist\n\nThe Harlow Brook Federation, Quarrendon and the Tanfield Vale Federation "
              "each have two nominations.")
    members = {e.text: e for e in doc.ents}
    assert "Quarrendon" in members
    q = members["Quarrendon"]
    assert not listed_as_trust(doc, q.start, q.end)


# ---- names that say it -------------------------------------------------------------------------
def test_a_learning_group_is_a_trust_unless_a_company_suffix_says_firm():
    assert infer_kind("Castleford Learning Group") == "academy_trust"
    assert infer_kind("Castleford Learning Group Ltd") == "company"


def test_a_partnership_of_maintained_schools_is_not_a_trust():
    assert infer_kind("Hollinby Maintained Schools Partnership") != "academy_trust"
    assert infer_kind("Hollinby Schools Partnership") == "academy_trust"


# ---- "Vale of" opening a name -------------------------------------------------------------------
def test_vale_of_opening_a_trusts_name_is_part_of_it(nlp):
    kinds = kinds_in(nlp, "Marking cut\n\nHalverton Academy said it had cut data drops. Vale of Wexbury Learning "
                          "Trust, which runs Halverton Academy and four primaries, said staff wellbeing was a priority.")
    assert kinds.get("Vale of Wexbury Learning Trust") == "academy_trust"
    assert "Wexbury Learning Trust" not in kinds


def test_vale_of_before_a_name_found_by_its_ending_is_part_of_it(nlp):
    kinds = kinds_in(nlp, "Pay revealed\n\nThe figures were:\n\nVale of Wexbury Learning Trust: £172,000 (9 schools)"
                          "\n\nLumen Schools: £151,000 (7 schools)")
    assert kinds.get("Vale of Wexbury Learning Trust") == "academy_trust"
    assert "Wexbury Learning Trust" not in kinds


# ---- a trust's short form shared with its school ------------------------------------------------
_KELMARSH = ("The Kelmarsh Learning Trust runs 22 schools. Its flagship, Kelmarsh Academy, is popular. {} "
             "Critics say Kelmarsh has grown too fast.")


def test_a_shared_short_form_shown_to_be_the_trusts_is_the_trusts_in_its_other_uses_too(nlp):
    doc = nlp(_KELMARSH.format("Kelmarsh's chief executive said it would grow."))
    ents = [org_at(doc, "Kelmarsh Learning Trust"), org_at(doc, "Kelmarsh Academy"), org_at(doc, "Kelmarsh", 3)]
    found = {(e.start_char, e.kb_id_) for e in short_form_spans(doc, ents)}
    assert (doc.text.index("Kelmarsh has"), "Kelmarsh Learning Trust") in found


def test_a_shared_short_form_never_shown_to_be_the_trusts_is_left_alone(nlp):
    doc = nlp(_KELMARSH.format("The head said it would grow."))
    ents = [org_at(doc, "Kelmarsh Learning Trust"), org_at(doc, "Kelmarsh Academy"), org_at(doc, "Kelmarsh", 2)]
    assert short_form_spans(doc, ents) == []


# ---- a company's name with a place in brackets --------------------------------------------------
def test_a_schools_named_company_with_a_place_in_brackets_is_one_company(nlp):
    doc = nlp("PFI firm fined\n\nArdent Schools (Hollowbrook) plc built Hollowbrook High School in 2003 and is paid "
              "to maintain it. Ardent Schools, which is owned by an investor, said the failures were caused by age.")
    kinds = {o["name"]: o["kind"] for o in doc._.orgs}
    assert kinds.get("Ardent Schools (Hollowbrook) plc") == "company"
    assert "Ardent Schools" not in kinds


# ---- "From A to B" ------------------------------------------------------------------------------
def test_from_a_to_b_in_a_headline_names_two_bodies(nlp):
    doc = nlp("From Fenby Primary Partnership to Quornwell: a trust's ten-year journey")
    joined = doc.char_span(len("From "), doc.text.index(":"), label="ORG")
    assert [p.text for p in split_joined(joined)] == ["Fenby Primary Partnership", "Quornwell"]


def test_a_name_with_to_inside_and_no_from_before_stays_whole(nlp):
    doc = nlp("The Road to Recovery Trust opened a shop.")
    name = doc.char_span(len("The "), doc.text.index(" opened"), label="ORG")
    assert [p.text for p in split_joined(name)] == ["Road to Recovery Trust"]



def test_a_surname_shared_by_a_trust_and_a_charity_is_not_the_charitys_by_default(nlp):
    doc = nlp("The Agnes Pelham Learning Trust has opened its eighth school. It is separate from the Pelham "
              "Foundation, a grant-giving charity. Pupils will now use Pelham's shared curriculum.")
    ents = [org_at(doc, "Agnes Pelham Learning Trust"), org_at(doc, "Pelham Foundation"), org_at(doc, "Pelham", 2)]
    bare = doc.text.index("Pelham's")
    assert (bare, "Pelham Foundation") not in {(e.start_char, e.kb_id_) for e in short_form_spans(doc, ents)}


def test_a_short_form_shared_with_a_bare_x_trust_is_the_schools_bodys(nlp):
    doc = nlp("Brisbury Academies runs Brisbury Community Academy. The Brisbury Trust, the charity, gave a grant. "
              "Brisbury's chief executive said the staff would stay.")
    ents = [org_at(doc, "Brisbury Academies"), org_at(doc, "Brisbury Community Academy"), org_at(doc, "Brisbury Trust"),
            org_at(doc, "Brisbury", 3)]
    bare = doc.text.index("Brisbury's")
    assert (bare, "Brisbury Academies") in {(e.start_char, e.kb_id_) for e in short_form_spans(doc, ents)}
